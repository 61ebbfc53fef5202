"""Writes evals/data/stance_train_w12.jsonl: a twelfth training batch for the stance model (see README.md here,
"Training batch w12 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:25 UTC) by W12, one of five round-9 writers adding new voices. Voice: World
Englishes and regional idiom -- Indian, Nigerian, Singaporean, South African, Scottish, Irish, Caribbean and US
Southern English as people really type it to a film-recommending chatbot ("too much I like comedy", "not my cup of
chai", "that one is not for me o", "sci-fi can, horror cannot", "pure dead brilliant", "I'm gatvol of musicals",
"fixin' to watch me a western"), in plain, idiomatic / figurative / indirect and no-side wordings.

The writer read only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint
records, write_utterances_fresh8.py's first 50 and last 5 lines, README.md's w10 section (for the layout of the
README section) and the catalogue vocabulary. The writer did not read any utterances*.jsonl or stance_train*.jsonl
file, the records of the other fresh or training writers, evals/data/stance_dev.py, the stance readers
(tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), the judge, evals/notes, evals/results or evals/bench, and ran no
reader, agent, test or benchmark on these sentences. Every gold label is what a careful reader takes the sentence
to mean for this user now; a value named without a side (someone else's taste, a question, a past taste, "I'm
easy about X") carries no label. One sentence was reworded because the writer's own freshness check found it in
an earlier file.

Each record carries a topic (the kind of wording it tests, TOPICS below; kept here, not in the jsonl). Records are
written with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary
checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade or year bound the catalogue
lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w12
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w12.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "trainw12-2026-12-05"

TOPICS = {
    "plain": "plain likes and refusals in regional grammar, incl. plain negation ('I dinnae like X', 'no X please')",
    "mixed": "two clauses, one value liked and one refused ('sci-fi can, horror cannot', 'X aye, Y naw')",
    "fed_up": "fatigue and satiety idioms that are refusals ('I am fed up of', 'gatvol', 'don tire me o', 'sian')",
    "praise": "regional praise and vice-as-praise ('pure dead brilliant', 'lekker', 'shiok', 'my weakness')",
    "dismissal": "regional dismissals and slang refusals ('not my cup of chai', 'mince', 'boh liao', 'mxm')",
    "negation": "litotes, understatement and double negation ('no bad at all', 'I wouldn't be mad about X')",
    "only_but": "nothing but X / anything but X / any other thing except X / bare X",
    "comparison": "comparisons, the preferred side liked and the loser refused ('X dey pass Y')",
    "polite": "polite refusals ('kindly avoid', 'do the needful', 'bless your heart, but')",
    "question": "rhetorical questions answered by their own words",
    "sarcasm": "sarcasm whose meaning is clear (all refusals)",
    "era": "decades liked or refused and year bounds",
    "people_films": "catalogue actors, directors and films liked or refused",
    "no_side": "a value named without a side (someone else's taste, a question, a past taste, 'I'm easy about X') "
               "plus one the user does take a side on",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of

R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ---------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I am very much fond of westerns, kindly show me some", like=[G + "Western"])
R(T, "too much I like comedy, any comedy you have", like=[G + "Comedy"])
R(T, "I don't like war films. Full stop.", dislike=[G + "War"])
R(T, "abeg give me action, the one with plenty fighting", like=[G + "Action"])
R(T, "no horror please, my mum is watching with me", dislike=[G + "Horror"])
R(T, "Ah'm wantin a good mystery the night", like=[G + "Mystery"])
R(T, "I want a thriller lah", like=[G + "Thriller"])
R(T, "I dinnae like romance films", dislike=[G + "Romance"])
R(T, "please no sci-fi, I don't follow all that space talk", dislike=[G + "Sci-Fi"])
R(T, "ja, fantasy tonight, dragons and wizards and all", like=[G + "Fantasy"])
R(T, "looking for film noir, the old black and white detective type", like=[G + "Film-Noir"])
R(T, "we don't do musicals in this house", dislike=[G + "Musical"])
R(T, "adventure films I love, the more jungle the better", like=[G + "Adventure"])
R(T, "I don't want children's films, I'm a big man now", dislike=[G + "Children's"])
R(T, "show me some eighties films", like=[D + "1980s"])
R(T, "documentaries I don't like, it's like being back in school", dislike=[G + "Documentary"])
R(T, "I want me a real good crime picture tonight", like=[G + "Crime"])
R(T, "No cartoons. I'm not five.", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "I like animated films, the hand-drawn ones especially", like=[G + "Animation"])
R(T, "musicals please, the singing and dancing type", like=[G + "Musical"])
R(T, "I don't fancy a thriller tonight", dislike=[G + "Thriller"])
R(T, "gie us a war film, aye", like=[G + "War"])
R(T, "I don't like mystery films, I always guess the ending", dislike=[G + "Mystery"])
R(T, "Romance is what I want, a proper love story", like=[G + "Romance"])
R(T, "no fantasy please, elves and all that is not my thing", dislike=[G + "Fantasy"])
R(T, "I would like a documentary about nature or history", like=[G + "Documentary"])
R(T, "I don't watch westerns", dislike=[G + "Western"])
R(T, "comedy no, I'm not in the mood to laugh", dislike=[G + "Comedy"])
R(T, "Adventure no please, I get bored of treasure maps", dislike=[G + "Adventure"])
R(T, "I enjoy a good drama, something with real feeling", like=[G + "Drama"])
R(T, "Sci-fi is my thing, aliens, spaceships, the works", like=[G + "Sci-Fi"])
R(T, "don't want crime films, too much killing", dislike=[G + "Crime"])
R(T, "Kindly suggest some children's films for the weekend, we are all watching together", like=[G + "Children's"])
R(T, "I don't want action movies today", dislike=[G + "Action"])
R(T, "horror films, I love them", like=[G + "Horror"])
R(T, "I'm fixin' to watch me a western, what y'all got", like=[G + "Western"])
R(T, "I want to watch one nice drama today itself", like=[G + "Drama"])
R(T, "no need for film noir, I don't like it", dislike=[G + "Film-Noir"])
R(T, "oya find me a thriller, sharp sharp", like=[G + "Thriller"])
R(T, "I no like drama films, dem too slow", dislike=[G + "Drama"])

# ---------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "comedy yes o, horror no o", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "I like thrillers but I cannot stand musicals", like=[G + "Thriller"], dislike=[G + "Musical"])
R(T, "war films aye, romance naw", like=[G + "War"], dislike=[G + "Romance"])
R(T, "Give me action, leave out the sci-fi", like=[G + "Action"], dislike=[G + "Sci-Fi"])
R(T, "I'd love a drama, but please, no documentaries", like=[G + "Drama"], dislike=[G + "Documentary"])
R(T, "mystery I enjoy, fantasy I skip", like=[G + "Mystery"], dislike=[G + "Fantasy"])
R(T, "lekker westerns, ja, but no crime stuff hey", like=[G + "Western"], dislike=[G + "Crime"])
R(T, "sci-fi can, horror cannot", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "animation for the small ones and me, but not the musical kind with all the singing",
  like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "romance is sweet, war is too heavy for me", like=[G + "Romance"], dislike=[G + "War"])
R(T, "adventure I'm up for, but keep the children's films away", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "crime dramas, yes please. cartoons, no thanks", like=[G + "Crime", G + "Drama"], dislike=[G + "Animation"])
R(T, "I'm in the mood for a film noir tonight, not a comedy", like=[G + "Film-Noir"], dislike=[G + "Comedy"])
R(T, "Documentaries are my cup of chai, fantasy is not", like=[G + "Documentary"], dislike=[G + "Fantasy"])
R(T, "mi love a good action picture but mi nuh business wid romance", like=[G + "Action"], dislike=[G + "Romance"])
R(T, "Horror I watch every weekend, drama I avoid like the plague", like=[G + "Horror"], dislike=[G + "Drama"])
R(T, "thriller please, and none of that sci-fi business", like=[G + "Thriller"], dislike=[G + "Sci-Fi"])
R(T, "I'll take a musical any day, but war films make me sick", like=[G + "Musical"], dislike=[G + "War"])
R(T, "y'all keep the westerns coming and hold the mysteries", like=[G + "Western"], dislike=[G + "Mystery"])
R(T, "Fantasy is brilliant, I can't be doing with crime though", like=[G + "Fantasy"], dislike=[G + "Crime"])
R(T, "Comedy for the laugh, yes. Documentary, sorry, I'll fall asleep", like=[G + "Comedy"],
  dislike=[G + "Documentary"])
R(T, "animation is deadly, but action is a bit much for me", like=[G + "Animation"], dislike=[G + "Action"])

# --------------------------------------------------------------------------------------------------------- fed_up
T = "fed_up"
R(T, "I am fed up of romance films, every one is the same story", dislike=[G + "Romance"])
R(T, "Honestly I'm scunnered wi westerns, seen enough cowboys for a lifetime", dislike=[G + "Western"])
R(T, "these war films don tire me o", dislike=[G + "War"])
R(T, "sian already with all the action movies lah, every one also explode explode", dislike=[G + "Action"])
R(T, "I've had my fill of sci-fi this year, spaceships coming out of my ears", dislike=[G + "Sci-Fi"])
R(T, "I'm plumb wore out on horror, seen every last one of 'em", dislike=[G + "Horror"])
R(T, "ag, I'm gatvol of musicals, man", dislike=[G + "Musical"])
R(T, "crime films have finished me, I can't watch one more gangster", dislike=[G + "Crime"])
R(T, "I am tired of these cartoons, my kids have played them a hundred times", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "Documentaries, I've done my time with those, no more", dislike=[G + "Documentary"])
R(T, "mi done wid comedy fi now, mi cyaan laugh at one more joke", dislike=[G + "Comedy"])
R(T, "thriller after thriller, my nerves are finished, no more please", dislike=[G + "Thriller"])
R(T, "I'm sick to the back teeth of dramas", dislike=[G + "Drama"])
R(T, "had it up to here with fantasy, wands and dragons everywhere", dislike=[G + "Fantasy"])
R(T, "enough of mystery films yaar, my brain is paining", dislike=[G + "Mystery"])
R(T, "I've been bingeing adventure films all week and I'm well over them", dislike=[G + "Adventure"])
R(T, "seen too many films from the eighties lately, I'm done with that decade", dislike=[D + "1980s"])
R(T, "I watched so much film noir for my course that I never want to see another trench coat",
  dislike=[G + "Film-Noir"])
R(T, "children's films, I have seen enough to last me till the grandchildren come", dislike=[G + "Children's"])

# --------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "westerns are pure dead brilliant, gie's another", like=[G + "Western"])
R(T, "horror films are proper mint, more of them please", like=[G + "Horror"])
R(T, "sci-fi is shiok, confirm plus chop I'll watch anything with spaceships", like=[G + "Sci-Fi"])
R(T, "musicals dey sweet me well well, bring them", like=[G + "Musical"])
R(T, "A good mystery is savage craic altogether", like=[G + "Mystery"])
R(T, "action films are lekker, hey, the more explosions the better", like=[G + "Action"])
R(T, "war films are wicked, man, real history", like=[G + "War"])
R(T, "comedies tickle me pink, always have", like=[G + "Comedy"])
R(T, "crime films are braw, I could watch them all day", like=[G + "Crime"])
R(T, "documentaries are full paisa vasool for me, I learn so much", like=[G + "Documentary"])
R(T, "romance films make me feel irie, give me a nice one", like=[G + "Romance"])
R(T, "fantasy is my jam, y'all, bring on the dragons", like=[G + "Fantasy"])
R(T, "animated films so nice one, I can watch until morning", like=[G + "Animation"])
R(T, "film noir is only gorgeous, the moodier the better", like=[G + "Film-Noir"])
R(T, "thrillers get my heart going like a drum, I love it", like=[G + "Thriller"])
R(T, "adventure films are sweet like sugar cane", like=[G + "Adventure"])
R(T, "dramas are my comfort food, I feel at home with them", like=[G + "Drama"])
R(T, "kids' films are pure magic, I watch them with or without the weans", like=[G + "Children's"])
R(T, "the 70s had the best films, I'm mad about them", like=[D + "1970s"])
R(T, "horror movies are better than jollof, and I don't say that lightly", like=[G + "Horror"])
R(T, "mystery films are my weakness, I cannot resist one", like=[G + "Mystery"])
R(T, "musicals are my guilty pleasure o, don't tell anybody", like=[G + "Musical"])
R(T, "I'm hooked on war films like a fish on a line", like=[G + "War"])
R(T, "thrillers are my drug, I need my fix", like=[G + "Thriller"])
R(T, "westerns are a sickness with me, honest to God", like=[G + "Western"])
R(T, "crime films wicked bad, mi love dem", like=[G + "Crime"])
R(T, "I'm a hopeless case for romance, hopeless", like=[G + "Romance"])
R(T, "Disney-type cartoons are my vice, I'm forty and proud", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "documentaries are my addiction lah, I watch until 3am", like=[G + "Documentary"])
R(T, "the 50s are my obsession, can't get enough", like=[D + "1950s"])
R(T, "horror films frighten the life out of me and I love every minute", like=[G + "Horror"])
R(T, "fantasy has a chokehold on me, I'm not even sorry", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "musicals? not my cup of chai at all", dislike=[G + "Musical"])
R(T, "that one is not for me o, I don't do war films", dislike=[G + "War"])
R(T, "romance films are mince, pure mince", dislike=[G + "Romance"])
R(T, "horror, mxm, don't even bring it", dislike=[G + "Horror"])
R(T, "westerns are pish, so they are", dislike=[G + "Western"])
R(T, "cartoons are boh liao, skip lah", dislike=[G + "Animation"])
R(T, "I cannot be bothered with documentaries", dislike=[G + "Documentary"])
R(T, "comedies are kak, sorry hey", dislike=[G + "Comedy"])
R(T, "sci-fi is not my ting at all, steups", dislike=[G + "Sci-Fi"])
R(T, "fantasy is a load of notions, I wouldn't bother", dislike=[G + "Fantasy"])
R(T, "thrillers are boggin, every one the same", dislike=[G + "Thriller"])
R(T, "that dog won't hunt, no mysteries for me", dislike=[G + "Mystery"])
R(T, "crime films, haba, too much wahala", dislike=[G + "Crime"])
R(T, "action films are just noise, mate, no thanks", dislike=[G + "Action"])
R(T, "kiddie films? I'm not even going there", dislike=[G + "Children's"])
R(T, "dramas are too much crying for me, I'll pass", dislike=[G + "Drama"])
R(T, "adventure stuff very boring one, don't want", dislike=[G + "Adventure"])
R(T, "film noir is a big no from me, too gloomy", dislike=[G + "Film-Noir"])
R(T, "60s films? nah, too slow for me", dislike=[D + "1960s"])
R(T, "war films dey vex me, comot am for my list", dislike=[G + "War"])

# ------------------------------------------------------------------------------------------------------- negation
T = "negation"
R(T, "I wouldn't be saying no to a good western now, sure look", like=[G + "Western"])
R(T, "I'm not against a bit of romance now and then", like=[G + "Romance"])
R(T, "it's not like I hate documentaries, I actually quite enjoy them", like=[G + "Documentary"])
R(T, "horror is not bad at all, I'll take one", like=[G + "Horror"])
R(T, "I can't say I don't enjoy a musical, I sing along every time", like=[G + "Musical"])
R(T, "I wouldn't be mad about war films, to be honest", dislike=[G + "War"])
R(T, "sci-fi wouldn't be my favourite thing in the world, now", dislike=[G + "Sci-Fi"])
R(T, "never have I turned down a thriller", like=[G + "Thriller"])
R(T, "animation is not the worst, I'll watch it", like=[G + "Animation"])
R(T, "I am not not a fan of crime films, if you get me", like=[G + "Crime"])
R(T, "comedy isn't really my thing, not gonna lie", dislike=[G + "Comedy"])
R(T, "I won't pretend I don't love a good fantasy", like=[G + "Fantasy"])
R(T, "I'm not that gone on mysteries, to be fair", dislike=[G + "Mystery"])
R(T, "never met an adventure film I didn't like", like=[G + "Adventure"])
R(T, "film noir is no bad, no bad at all", like=[G + "Film-Noir"])
R(T, "I'd hardly call myself a fan of dramas", dislike=[G + "Drama"])
R(T, "it's no as if I'd turn my nose up at a kids' film, they're grand", like=[G + "Children's"])
R(T, "action films are not unwelcome in this house, let me tell you", like=[G + "Action"])

# ------------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "nothing but comedy tonight, I need to laugh my stress away", like=[G + "Comedy"])
R(T, "anything but horror please, I get bad dreams", dislike=[G + "Horror"])
R(T, "only action for me, no other thing", like=[G + "Action"])
R(T, "any genre you like, just not musicals", dislike=[G + "Musical"])
R(T, "show me any other thing except romance", dislike=[G + "Romance"])
R(T, "It's westerns or nothing for my Saturday", like=[G + "Western"])
R(T, "bare sci-fi, mi nuh want nuttin else", like=[G + "Sci-Fi"])
R(T, "everything is fine except war films", dislike=[G + "War"])
R(T, "mysteries and only mysteries, please", like=[G + "Mystery"])
R(T, "I'll watch anything under the sun apart from documentaries", dislike=[G + "Documentary"])
R(T, "give me drama and drama alone", like=[G + "Drama"])
R(T, "whatever you got, long as it ain't fantasy", dislike=[G + "Fantasy"])
R(T, "thrillers alone I watch, the rest I leave", like=[G + "Thriller"])
R(T, "any film from any year, only not the 1950s", dislike=[D + "1950s"])

# ----------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns beat romance any day of the week", like=[G + "Western"], dislike=[G + "Romance"])
R(T, "I'd rather watch paint dry than sit through a musical, give me a thriller", like=[G + "Thriller"],
  dislike=[G + "Musical"])
R(T, "crime films are far better than that sci-fi rubbish", like=[G + "Crime"], dislike=[G + "Sci-Fi"])
R(T, "action over drama every time, no contest", like=[G + "Action"], dislike=[G + "Drama"])
R(T, "I'll take one documentary over ten silly comedies", like=[G + "Documentary"], dislike=[G + "Comedy"])
R(T, "horror is miles ahead of fantasy for me", like=[G + "Horror"], dislike=[G + "Fantasy"])
R(T, "mystery films knock adventure films into a cocked hat", like=[G + "Mystery"], dislike=[G + "Adventure"])
R(T, "animation is better than all these war films by far", like=[G + "Animation"], dislike=[G + "War"])
R(T, "romance or horror? romance, no contest", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "90s films are sweeter than the 70s ones, give me 90s", like=[D + "1990s"], dislike=[D + "1970s"])
R(T, "I prefer thrillers to comedies, comedies bore me", like=[G + "Thriller"], dislike=[G + "Comedy"])
R(T, "give me film noir before any musical", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "sci-fi dey pass drama for me, no be small", like=[G + "Sci-Fi"], dislike=[G + "Drama"])
R(T, "kids' films are a hundred times better than the horror rubbish you showed", like=[G + "Children's"],
  dislike=[G + "Horror"])
R(T, "I'd pick a documentary over a fantasy film any time", like=[G + "Documentary"], dislike=[G + "Fantasy"])
R(T, "war films leave crime films in the dust", like=[G + "War"], dislike=[G + "Crime"])

# --------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "Kindly avoid horror films, I have a weak heart", dislike=[G + "Horror"])
R(T, "thank you, but I will pass on the musicals", dislike=[G + "Musical"])
R(T, "please do the needful and remove all the war films", dislike=[G + "War"])
R(T, "with respect, westerns are not really to my taste", dislike=[G + "Western"])
R(T, "I'd rather not have any romance if it's all the same to you", dislike=[G + "Romance"])
R(T, "sorry ah, documentaries I'll skip this time", dislike=[G + "Documentary"])
R(T, "bless your heart for trying, but I don't care for sci-fi", dislike=[G + "Sci-Fi"])
R(T, "no offence to anyone, but fantasy is not something I enjoy", dislike=[G + "Fantasy"])
R(T, "if you don't mind, please leave out the cartoons", dislike=[G + "Animation"])
R(T, "I'd be grateful if you could keep the thrillers away, my nerves are weak", dislike=[G + "Thriller"])
R(T, "ah no thanks, I wouldn't be one for the mysteries", dislike=[G + "Mystery"])
R(T, "please sir, comedy I don't enjoy, kindly show other ones", dislike=[G + "Comedy"])
R(T, "if it's not too much trouble, no crime films for me", dislike=[G + "Crime"])
R(T, "I'll leave the action films for someone else, thanks", dislike=[G + "Action"])

# ------------------------------------------------------------------------------------------------------- question
T = "question"
R(T, "who doesn't love a good western, abi?", like=[G + "Western"])
R(T, "why would anyone watch a musical when there are thrillers?", like=[G + "Thriller"], dislike=[G + "Musical"])
R(T, "horror? Are you mad? Never", dislike=[G + "Horror"])
R(T, "do I like comedy? does a fish swim?", like=[G + "Comedy"])
R(T, "who has time for documentaries, honestly?", dislike=[G + "Documentary"])
R(T, "what's not to love about a mystery?", like=[G + "Mystery"])
R(T, "war films again? you want me to cry the whole night, is it?", dislike=[G + "War"])
R(T, "why would I want romance when I can have action?", like=[G + "Action"], dislike=[G + "Romance"])
R(T, "Can a person ever have too many fantasy films? I think not", like=[G + "Fantasy"])
R(T, "cartoons? what am I, seven?", dislike=[G + "Animation"])
R(T, "Is there anything better than an old film noir on a rainy night? No there isn't", like=[G + "Film-Noir"])
R(T, "Drama? When have I ever said no to a drama?", like=[G + "Drama"])

# -------------------------------------------------------------------------------------------------------- sarcasm
T = "sarcasm"
R(T, "oh yes, another romance, exactly what I wanted, said no one", dislike=[G + "Romance"])
R(T, "great, more horror, just what my blood pressure needs", dislike=[G + "Horror"])
R(T, "a three-hour war film, how lovely, I'll just die of boredom then", dislike=[G + "War"])
R(T, "sure, send me a musical, I love people bursting into song for no reason", dislike=[G + "Musical"])
R(T, "wow, a documentary, how thrilling, can't wait to sleep through it", dislike=[G + "Documentary"])
R(T, "yes yes, more cartoons, because I'm clearly five years old", dislike=[G + "Animation"])
R(T, "oh fantastic, another western, because I haven't seen enough horses this week", dislike=[G + "Western"])
R(T, "oh sure, slow dramas, my favourite way to waste an evening", dislike=[G + "Drama"])
R(T, "a sci-fi film, wonderful, I just love it when I understand nothing", dislike=[G + "Sci-Fi"])
R(T, "ha, children's films, lovely, maybe you'll tuck me in after", dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "nothing before 1970 please, the old ones are too slow", year=(1970, None))
R(T, "I love the 60s films, so much style", like=[D + "1960s"])
R(T, "the 1930s films are too old for me, skip them", dislike=[D + "1930s"])
R(T, "I want something from the nineties, y'all", like=[D + "1990s"])
R(T, "from 1985 onwards only, I can't watch the old picture quality", year=(1985, None))
R(T, "1950s films are lovely, my granny raised me on them", like=[D + "1950s"])
R(T, "the 40s? too black and white for me", dislike=[D + "1940s"])
R(T, "I only want old films, nothing after 1960", year=(None, 1960))
R(T, "the 80s are my era, pure nostalgia", like=[D + "1980s"])
R(T, "the 1920s are the real deal, silent films and all", like=[D + "1920s"])
R(T, "I cannot tahan the 70s films, the hair alone", dislike=[D + "1970s"])
R(T, "give me anything from the 40s or 50s", like=[D + "1940s", D + "1950s"])
R(T, "no films older than 1980, abeg", year=(1980, None))
R(T, "I'm partial to the 1930s, the screwball ones", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "keep it between 1975 and 1990 for me", year=(1975, 1990))
R(T, "the 90s are too new for my taste, I'm an old soul", dislike=[D + "1990s"])
R(T, "a western from the 60s would be just the ticket", like=[G + "Western", D + "1960s"])
R(T, "I don't want anything from the 1920s, silent films put me to sleep", dislike=[D + "1920s"])

# --------------------------------------------------------------------------------------------------- people_films
T = "people_films"
R(T, "Jim Carrey is a pure bampot, don't show me his films", dislike=[P + "Jim Carrey"])
R(T, "Sean Connery is a legend, anything with him", like=[P + "Sean Connery"])
R(T, "Jackie Chan films too much I enjoy", like=[P + "Jackie Chan"])
R(T, "I am fed up of Steven Seagal, every film same face", dislike=[P + "Steven Seagal"])
R(T, "Ewan McGregor is class, him and that Trainspotting", like=[P + "Ewan McGregor"],
  like_items=["Trainspotting (1996)"])
R(T, "Clint Eastwood, now that's a man who can make a western", like=[P + "Clint Eastwood"], ok=["+genre:Western"])
R(T, "Woody Allen films are not for me o", dislike=[P + "Woody Allen"])
R(T, "anything by Satyajit Ray, I'll watch happily", like=[P + "Satyajit Ray"])
R(T, "Hugh Grant again? no thank you, he is too posh for me", dislike=[P + "Hugh Grant"])
R(T, "Whoopi Goldberg makes me laugh till my belly pains", like=[P + "Whoopi Goldberg"])
R(T, "Ken Loach is a genius, give me his films", like=[P + "Ken Loach"])
R(T, "Van Damme films are a waste of my time, sorry", dislike=[P + "Jean-Claude Van Damme"])
R(T, "I loved Braveheart, give me something like it", like_items=["Braveheart (1995)"])
R(T, "Titanic was too long and too soppy, don't give me anything like that", dislike_items=["Titanic (1997)"])
R(T, "Local Hero is a wee gem, more like that please", like_items=["Local Hero (1983)"])
R(T, "Cool Runnings is one of my all-time favourites, ya know", like_items=["Cool Runnings (1993)"])
R(T, "Speed 2 was rubbish, keep it far from me", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "My Left Foot had me in tears, something like that", like_items=["My Left Foot (1989)"])
R(T, "Spice World? cringe, no way", dislike_items=["Spice World (1997)"])
R(T, "Rumble in the Bronx is the best, Jackie is the man", like=[P + "Jackie Chan"],
  like_items=["Rumble in the Bronx (1995)"])
R(T, "I could watch Forrest Gump every Sunday, I reckon", like_items=["Forrest Gump (1994)"])
R(T, "Showgirls, lord have mercy, keep that far away from me", dislike_items=["Showgirls (1995)"])
R(T, "Danny Glover is one of my favourite actors", like=[P + "Danny Glover"])
R(T, "Arnold Schwarzenegger is overrated, don't bother with his stuff", dislike=[P + "Arnold Schwarzenegger"])
R(T, "Mira Nair films are so beautiful, any of hers", like=[P + "Mira Nair"])

# -------------------------------------------------------------------------------------------------------- no_side
T = "no_side"
R(T, "my wife is mad about romance, but me, I want action", like=[G + "Action"])
R(T, "the children love cartoons but tonight is for me, give me a thriller", like=[G + "Thriller"])
R(T, "my husband watches westerns every night, I want a comedy", like=[G + "Comedy"])
R(T, "is film noir the same as crime? anyway I want a good mystery", like=[G + "Mystery"])
R(T, "I used to love horror when I was young, these days I prefer a nice drama", like=[G + "Drama"],
  ok=["-genre:Horror"])
R(T, "my boyfriend likes sci-fi, I don't mind it either way; I'm really here for romance", like=[G + "Romance"])
R(T, "what counts as a documentary exactly? anyway, no war films for me", dislike=[G + "War"])
R(T, "my granny loves musicals, me I'm more of a crime person", like=[G + "Crime"])
R(T, "my son is crazy for adventure films; me, I cannot stand horror", dislike=[G + "Horror"])
R(T, "I'm neutral on westerns, but please, please no musicals", dislike=[G + "Musical"])
R(T, "fantasy, I can take or leave; give me a proper thriller", like=[G + "Thriller"])
R(T, "do you have many animated films? just curious. I'd like a war film tonight", like=[G + "War"])
R(T, "my mother-in-law will only watch dramas, but she's not here, so comedy please", like=[G + "Comedy"])
R(T, "my flatmate swears by sci-fi; not bothered myself, but I do love a good mystery", like=[G + "Mystery"])
R(T, "as a teenager I was mad on horror, now I'm into documentaries", like=[G + "Documentary"],
  ok=["-genre:Horror"])
R(T, "the wife fancies a romance but I'm after a western", like=[G + "Western"])
R(T, "the weans can have their kids' films in their room; for me, something from the 40s", like=[D + "1940s"])
R(T, "crime, I don't mind one way or the other; just no fantasy", dislike=[G + "Fantasy"])
R(T, "my friends keep talking about film noir, what is it? anyway I'm in the mood for comedy", like=[G + "Comedy"])
R(T, "my dad is a big Clint Eastwood man; I'd rather something with Meg Ryan", like=[P + "Meg Ryan"],
  ok=["-person:Clint Eastwood"])
R(T, "I was into war films for a while but that's in the past; now I want adventure", like=[G + "Adventure"])
R(T, "my sister thinks musicals are the best thing ever; I just want a good film noir", like=[G + "Film-Noir"])
R(T, "does Spielberg make films for kids or grown-ups? anyway, something with Morgan Freeman please",
  like=[P + "Morgan Freeman"])
R(T, "the 80s, I have no strong feelings about; the 60s I adore", like=[D + "1960s"])
R(T, "action or no action doesn't matter to me, but keep it away from the 1930s", dislike=[D + "1930s"])
R(T, "my brother lives on westerns, God help him. me, I want animation", like=[G + "Animation"],
  ok=["-genre:Western"])
R(T, "my girlfriend says she's going off romance, I don't know. for me, a Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "what's the difference between fantasy and sci-fi, please? asking for my nephew. me, I'll have a thriller",
  like=[G + "Thriller"])
R(T, "mysteries are neither here nor there for me, but I'm dying for a good comedy", like=[G + "Comedy"])
R(T, "my old man's mad about John Wayne; me, I'm fed up of cowboys", dislike=[G + "Western"])
R(T, "the kids watch the animated ones, fine; for me though, no horror, I get frightened", dislike=[G + "Horror"])
R(T, "my aunty only watches dramas but I want something with Jackie Chan", like=[P + "Jackie Chan"])
R(T, "drama or no drama, I'm not fussy there; I just want it from the 90s", like=[D + "1990s"])
R(T, "my wife says I'd like documentaries, I've never tried one; put on a western for now", like=[G + "Western"])
R(T, "I'm easy about comedy, but I won't watch war films", dislike=[G + "War"])
R(T, "I'll leave the sci-fi decision to my son, but I personally love a musical", like=[G + "Musical"])
R(T, "back in the day I was a Stallone fan, now I'm a Tom Hanks man", like=[P + "Tom Hanks"],
  ok=["-person:Sylvester Stallone"])
R(T, "is Braveheart a war film or a history film? whatever, I want war films", like=[G + "War"])


if __name__ == "__main__":
    main()
