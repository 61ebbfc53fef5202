"""Writes evals/data/stance_train_w1.jsonl: training batch w1 for the stance model (see README.md here, "Training
batch w1 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:04-11:10 UTC) by W1, one of five writers of new training sentences for the
stance model, in one voice: a teenager / twenty-something texting (lowercase, internet slang, abbreviations,
occasional typos and emoji, run-on messages). The writer read only evals/data/fresh_batch.py, the API of
write_utterances.py (R, G / D / P) and its first ~20 complaint records, and the docstring and the code outside the
records of write_utterances_fresh6.py (to copy the layout; a grep for the layout showed three of its record lines,
whose wording was not reused), and looked up catalogue people and film titles with load_catalog(). The writer did
not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), the judge, evals/data/stance_dev.py, any
utterances*.jsonl, the records of the other fresh or training batches, evals/notes, evals/results, evals/bench or
/work/notes, and ran no reader, agent, benchmark or test on these sentences. Every gold label is what a careful
reader takes the sentence to mean for this user now: like= what they want, dislike= what they refuse, nothing for
a value named without a side (someone else's taste, a question, a past taste that is over, indifference).

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any value, person or year bound the catalogue lacks and on a sentence already in
another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w1
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w1.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "trainw1-2026-12-05"
CLS = "idiom"

TOPICS = {
    "plain": "plain texted likes and refusals, some with plain negation (i don't like X, no X pls)",
    "mixed": "two clauses or a list, one value wanted and one refused (X yes, Y no)",
    "slang_praise": "slang enthusiasm (slaps, peak, bussin, goated, it's giving, ate, be so fr)",
    "slang_dismissal": "slang refusals (mid, not it, hard pass, the ick, i'm good, skip)",
    "vice_praise": "enthusiasm in negative-looking words (unwell, obsessed, ruined me, addicted, my toxic trait)",
    "fatigue": "fatigue and satiety as refusals (sick of, burnt out, overdosed, i've seen enough)",
    "understatement": "understatement, litotes and double negation (wouldn't hate, not mad at, can't not watch)",
    "only_but": "nothing but X / anything but X / X or nothing / everything except X",
    "comparison": "comparisons where one side is preferred and the other refused",
    "rhetorical": "rhetorical questions and clear sarcasm",
    "era": "decades and year bounds, liked or shut out",
    "people_titles": "directors, actors and catalogue films liked or refused",
    "no_side": "a value named without a side (partner's / sibling's / kid's taste, a question, a past taste, "
               "indifference) next to one the user does take a side on",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ---------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "horror movies pls 🙏", like=[G + "Horror"])
R(T, "i dont like westerns", dislike=[G + "Western"])
R(T, "no musicals please i beg", dislike=[G + "Musical"])
R(T, "can u find me a good war movie", like=[G + "War"])
R(T, "not really a documentary person ngl", dislike=[G + "Documentary"])
R(T, "i want something sci fi tonight", like=[G + "Sci-Fi"])
R(T, "anything animated? im in the mood for one", like=[G + "Animation"])
R(T, "i don't do kids movies sorry", dislike=[G + "Children's"])
R(T, "thrillers r my thing", like=[G + "Thriller"])
R(T, "no horror. im a baby abt it", dislike=[G + "Horror"])
R(T, "something w a mystery in it pls, like a proper whodunit", like=[G + "Mystery"])
R(T, "fantasy is my fav genre fr", like=[G + "Fantasy"])
R(T, "not a fan of film noir tbh", dislike=[G + "Film-Noir"])
R(T, "i love a good adventure movie, treasure maps and jungles and stuff", like=[G + "Adventure"])
R(T, "dont show me any dramas", dislike=[G + "Drama"])
R(T, "crime movies are my comfort genre", like=[G + "Crime"])
R(T, "pls no cartoons", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "ACTION. i want explosions and car chases", like=[G + "Action"])
R(T, "i don't like musicals, never have never will", dislike=[G + "Musical"])
R(T, "docs r cool, got any good ones?", like=[G + "Documentary"])
R(T, "i hate war films they make me too sad", dislike=[G + "War"])
R(T, "i dont like sci-fi its too confusing for me", dislike=[G + "Sci-Fi"])
R(T, "i want a western, like cowboys and saloons and a shootout", like=[G + "Western"])
R(T, "mystery isnt really my thing", dislike=[G + "Mystery"])
R(T, "can we do fantasy tonight? dragons wizards whatever", like=[G + "Fantasy"])
R(T, "give me a comedy i need to laugh so bad rn", like=[G + "Comedy"])
R(T, "no romance please, just got dumped 💀", dislike=[G + "Romance"])
R(T, "i really dont want anything animated tonight, my eyes need real ppl", dislike=[G + "Animation"])
R(T, "adventure movies, no thanks", dislike=[G + "Adventure"])
R(T, "i dont like crime stuff, the gangster kind especially", dislike=[G + "Crime"])
R(T, "i like film noir, the black and white detective ones w the voiceover", like=[G + "Film-Noir"],
  ok=["+genre:Mystery", "+genre:Crime"])
R(T, "i enjoy kids movies honestly, no shame", like=[G + "Children's"])
R(T, "not into horror at all", dislike=[G + "Horror"])
R(T, "musicals are fun i like them a lot", like=[G + "Musical"])
R(T, "sci fi please. aliens, spaceships, lasers, all of it", like=[G + "Sci-Fi"])
R(T, "i dont wanna see anything about war", dislike=[G + "War"])
R(T, "i'd rather watch a documentary than some made up story tbh", like=[G + "Documentary"])
R(T, "thrillers no, too stressful for a weeknight", dislike=[G + "Thriller"])
R(T, "westerns r boring to me", dislike=[G + "Western"])
R(T, "animation is so underrated, i want one of those", like=[G + "Animation"])
R(T, "romance pls, i want to feel something", like=[G + "Romance"])
R(T, "i dont like action movies, theyre all noise", dislike=[G + "Action"])
R(T, "drama is good. i like a movie that makes me think", like=[G + "Drama"])
R(T, "no fantasy, elves and stuff just isnt for me", dislike=[G + "Fantasy"])
R(T, "comedies dont really do it for me", dislike=[G + "Comedy"])
R(T, "no mysteries tonight, my brain is fried", dislike=[G + "Mystery"])
R(T, "i'm not watching a western, don't even try", dislike=[G + "Western"])
R(T, "i don't want a kids movie, it's date night", dislike=[G + "Children's"])
R(T, "no old detective noir stuff pls", dislike=[G + "Film-Noir"])
R(T, "fantasy and i just don't get along", dislike=[G + "Fantasy"])
R(T, "i'll pass on documentaries, i get enough real life already", dislike=[G + "Documentary"])
R(T, "ugh no adventure movies theyre all the same walking montage", dislike=[G + "Adventure"])

# ---------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "comedy yes romance no", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "action yes pls, sci fi nah", like=[G + "Action"], dislike=[G + "Sci-Fi"])
R(T, "i like thrillers but i dont like horror, theres a difference ok", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "crime yes. drama no. simple as", like=[G + "Crime"], dislike=[G + "Drama"])
R(T, "gimme a mystery, no war stuff tho", like=[G + "Mystery"], dislike=[G + "War"])
R(T, "fantasy 👍 documentary 👎", like=[G + "Fantasy"], dislike=[G + "Documentary"])
R(T, "love animation, hate musicals, and yes i know half of disney is both lol", like=[G + "Animation"],
  dislike=[G + "Musical"])
R(T, "kids stuff is lowkey great but nothing scary pls", like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "no noir pls i need color in my life, give me an adventure", like=[G + "Adventure"],
  dislike=[G + "Film-Noir"])
R(T, "i want romance but not a musical one, nobody needs to sing", like=[G + "Romance"], dislike=[G + "Musical"])
R(T, "a western would go hard rn. no sci fi tho i'm begging", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "horror is my thing, comedy is not. idk why ppl laugh at stuff", like=[G + "Horror"], dislike=[G + "Comedy"])
R(T, "docs yes, drama no, i want real stuff not acting", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "adventure = yes. war = absolutely not", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "not feeling action, more like a quiet drama kinda night", like=[G + "Drama"], dislike=[G + "Action"])
R(T, "skip the thrillers, i want a cute romcom", like=[G + "Romance", G + "Comedy"], dislike=[G + "Thriller"])
R(T, "mystery ok, crime meh no", like=[G + "Mystery"], dislike=[G + "Crime"])
R(T, "something sci fi but pls not horror sci fi, no aliens bursting out of ppl", like=[G + "Sci-Fi"],
  dislike=[G + "Horror"])
R(T, "war movies i actually like, westerns i just cant", like=[G + "War"], dislike=[G + "Western"])
R(T, "animated yes!! kids movie no, i mean like the grown up animated ones", like=[G + "Animation"],
  dislike=[G + "Children's"])
R(T, "i'm down for fantasy, not down for romance", like=[G + "Fantasy"], dislike=[G + "Romance"])

# --------------------------------------------------------------------------------------------------- slang_praise
T = "slang_praise"
R(T, "horror slaps every single time", like=[G + "Horror"])
R(T, "westerns are lowkey peak cinema and nobody talks abt it", like=[G + "Western"])
R(T, "ngl a good heist movie is bussin", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "musicals?? ate. every time. no crumbs", like=[G + "Musical"])
R(T, "sci fi is goated, be so fr", like=[G + "Sci-Fi"])
R(T, "it's giving cozy mystery night and i'm here for it", like=[G + "Mystery"])
R(T, "film noir has such a vibe omg the hats the smoke the lighting 😩", like=[G + "Film-Noir"])
R(T, "war movies go crazy tbh", like=[G + "War"])
R(T, "docs are so underrated like the real world is wilder than any script", like=[G + "Documentary"])
R(T, "animation is literally elite, dont @ me", like=[G + "Animation"])
R(T, "adventure movies hit different when ur sick on the couch", like=[G + "Adventure"])
R(T, "fantasy era activated 🐉", like=[G + "Fantasy"])
R(T, "a good thriller is my roman empire fr", like=[G + "Thriller"])
R(T, "romcoms are the blueprint idc", like=[G + "Romance", G + "Comedy"])
R(T, "kids movies are so wholesome i'm not even joking they heal me", like=[G + "Children's"])
R(T, "action movies are a whole vibe, big dumb fun is valid", like=[G + "Action"])
R(T, "a sad drama w a good soundtrack? say less", like=[G + "Drama"])
R(T, "comedy main character energy tonight", like=[G + "Comedy"])
R(T, "crime dramas >>>", like=[G + "Crime"], ok=["+genre:Drama"])
R(T, "the 80s were so iconic for movies like the neon alone", like=[D + "1980s"])

# ------------------------------------------------------------------------------------------------ slang_dismissal
T = "slang_dismissal"
R(T, "musicals are so mid", dislike=[G + "Musical"])
R(T, "westerns? not it", dislike=[G + "Western"])
R(T, "romcoms, hard pass", dislike=[G + "Romance", G + "Comedy"])
R(T, "documentaries give me the ick ngl, feels like school", dislike=[G + "Documentary"])
R(T, "horror is a no from me dawg", dislike=[G + "Horror"])
R(T, "fantasy? im good lol", dislike=[G + "Fantasy"])
R(T, "war films r giving history homework", dislike=[G + "War"])
R(T, "kids movies are cringe im sorry", dislike=[G + "Children's"])
R(T, "sci fi is such a snooze fest", dislike=[G + "Sci-Fi"])
R(T, "noir is just old guys in hats talking, pass", dislike=[G + "Film-Noir"])
R(T, "crime movies r overrated fr, all the same guy in a suit", dislike=[G + "Crime"])
R(T, "thrillers are lowkey mid, u always know who did it", dislike=[G + "Thriller"])
R(T, "adventure stuff is a skip for me", dislike=[G + "Adventure"])
R(T, "drama = boring. next", dislike=[G + "Drama"])
R(T, "animated movies are not the move tonight", dislike=[G + "Animation"])
R(T, "action movies are so brainrot i cant", dislike=[G + "Action"])
R(T, "mysteries just arent my vibe", dislike=[G + "Mystery"])
R(T, "romance is so not it rn, im in my villain era", dislike=[G + "Romance"])
R(T, "big fat nope on anything with singing", dislike=[G + "Musical"])

# ------------------------------------------------------------------------------------------------------ vice_praise
T = "vice_praise"
R(T, "i am unwell about westerns. give me more", like=[G + "Western"])
R(T, "horror movies ruined my sleep schedule and i'd do it again", like=[G + "Horror"])
R(T, "my toxic trait is watching sad war movies at 3am and crying", like=[G + "War"])
R(T, "im genuinely addicted to true crime docs someone stop me (dont)", like=[G + "Documentary"],
  ok=["+genre:Crime"])
R(T, "obsessed is an understatement. fantasy forever", like=[G + "Fantasy"])
R(T, "romcoms are my guilty pleasure and i have zero guilt", like=[G + "Romance", G + "Comedy"])
R(T, "a good mystery has me in a chokehold", like=[G + "Mystery"])
R(T, "musicals have rotted my brain and honestly good", like=[G + "Musical"])
R(T, "animated movies literally destroyed me as a kid and i need that pain again", like=[G + "Animation"])
R(T, "sci fi is a disease and i'm patient zero", like=[G + "Sci-Fi"])
R(T, "thrillers stress me out so bad and thats exactly why i want one", like=[G + "Thriller"])
R(T, "noir is my problem and i'm not looking for a solution", like=[G + "Film-Noir"])
R(T, "i'm so embarrassingly into kids movies like its not even funny", like=[G + "Children's"])
R(T, "drama movies wreck me every time, which is why i keep coming back", like=[G + "Drama"])
R(T, "action flicks are my junk food and im starving", like=[G + "Action"])
R(T, "adventure movies are dangerous for me i end up wanting to quit my job and go live in a jungle",
  like=[G + "Adventure"])
R(T, "comedies have me wheezing like an old man and i need that rn", like=[G + "Comedy"])

# ---------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i'm so sick of superhero-ish action stuff", dislike=[G + "Action"])
R(T, "ive watched like 40 horror movies this month im cooked, something else", dislike=[G + "Horror"])
R(T, "romance burnout is real, spare me", dislike=[G + "Romance"])
R(T, "im all dramad out for the year honestly", dislike=[G + "Drama"])
R(T, "had my fill of war movies in history class thx", dislike=[G + "War"])
R(T, "i think ive seen every crime movie ever made, i'm done w them", dislike=[G + "Crime"])
R(T, "my little sister made me watch so many cartoons this week i never want to see one again",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "sci fi overdose, need a break from space for a while", dislike=[G + "Sci-Fi"])
R(T, "thrillers have worn me out, my heart needs a rest", dislike=[G + "Thriller"])
R(T, "enough documentaries for one lifetime tbh", dislike=[G + "Documentary"])
R(T, "comedy fatigue is hitting, nothing is funny anymore", dislike=[G + "Comedy"])
R(T, "westerns have been done to death, i'm tapping out", dislike=[G + "Western"])
R(T, "ive been on a fantasy binge for months and im kinda over it now", dislike=[G + "Fantasy"])
R(T, "crime shows have cooked my brain enough, no crime movies on top of that", dislike=[G + "Crime"])
R(T, "one more musical and i swear i'll start singing my complaints", dislike=[G + "Musical"])
R(T, "i've had it up to here w mysteries, just tell me who did it", dislike=[G + "Mystery"])
R(T, "adventure movies used to be fun but i'm so tired of the same quest plot", dislike=[G + "Adventure"])

# -------------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "i wouldnt hate a western tbh", like=[G + "Western"])
R(T, "not gonna lie a musical doesnt sound terrible rn", like=[G + "Musical"])
R(T, "i'm not mad at horror tonight", like=[G + "Horror"])
R(T, "a documentary wouldnt be the worst thing", like=[G + "Documentary"])
R(T, "sci fi is not my least favorite thing ever lol", like=[G + "Sci-Fi"])
R(T, "i cant say i dont like a good war movie", like=[G + "War"])
R(T, "its not like i'd say no to a fantasy movie", like=[G + "Fantasy"])
R(T, "not that i dont love romance but tonight i really dont want it", dislike=[G + "Romance"])
R(T, "id never not watch a heist movie", like=[G + "Crime"])
R(T, "i cant not watch a thriller when one's on", like=[G + "Thriller"])
R(T, "kids movies aren't not fun, ya know? put one on", like=[G + "Children's"])
R(T, "comedies are fine i guess... just not really for me", dislike=[G + "Comedy"])
R(T, "i wouldnt exactly say im a noir fan", dislike=[G + "Film-Noir"])
R(T, "drama isnt really my top choice, like at all", dislike=[G + "Drama"])
R(T, "mystery is kinda growing on me ngl", like=[G + "Mystery"])
R(T, "animation is... not my favorite, lets say that", dislike=[G + "Animation"])
R(T, "no way i'm NOT watching an adventure movie tonight", like=[G + "Adventure"])

# -------------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "nothing but horror this whole month 🎃", like=[G + "Horror"])
R(T, "literally anything but a musical", dislike=[G + "Musical"])
R(T, "westerns or nothing", like=[G + "Western"])
R(T, "i'll watch whatever except war stuff", dislike=[G + "War"])
R(T, "only sci fi for me, i don't make the rules", like=[G + "Sci-Fi"])
R(T, "anything but romance pls my heart cant take it", dislike=[G + "Romance"])
R(T, "i only watch documentaries now, i've evolved", like=[G + "Documentary"])
R(T, "everything's fair game except kids movies", dislike=[G + "Children's"])
R(T, "its thrillers or i'm going to bed", like=[G + "Thriller"])
R(T, "any genre u want as long as it isnt horror", dislike=[G + "Horror"])
R(T, "just comedy. only comedy. i need serotonin", like=[G + "Comedy"])
R(T, "put anything on but drama, i can't handle crying today", dislike=[G + "Drama"])
R(T, "give me fantasy and only fantasy", like=[G + "Fantasy"])
R(T, "whatever u pick is fine unless its animated", dislike=[G + "Animation"])
R(T, "crime movies and nothing else, thats the whole list", like=[G + "Crime"])
R(T, "literally anything but action, my ears are still ringing from the last one", dislike=[G + "Action"])

# ------------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "horror > romance, not even close", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "i'd take a western over sci fi any day", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "docs clear dramas tbh, real life is better than fake crying", like=[G + "Documentary"],
  dislike=[G + "Drama"])
R(T, "comedy beats action every time for me", like=[G + "Comedy"], dislike=[G + "Action"])
R(T, "thrillers are way better than mysteries, mysteries are too slow", like=[G + "Thriller"],
  dislike=[G + "Mystery"])
R(T, "fantasy eats sci fi alive sorry not sorry", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "animated movies are 10x better than live action ones, no contest", like=[G + "Animation"])
R(T, "i'd rather watch a war movie than another musical", like=[G + "War"], dislike=[G + "Musical"])
R(T, "crime movies shmrime movies, give me a good adventure instead", like=[G + "Adventure"],
  dislike=[G + "Crime"])
R(T, "noir >>> modern thrillers, they dont make em like that anymore", like=[G + "Film-Noir"],
  dislike=[G + "Thriller"])
R(T, "romance over horror, my anxiety says so", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "musicals are better than dramas bc at least someone's having fun", like=[G + "Musical"],
  dislike=[G + "Drama"])
R(T, "80s movies wipe the floor w 90s ones", like=[D + "1980s"], dislike=[D + "1990s"])
R(T, "i'll pick a kids movie over a horror one every day of the week", like=[G + "Children's"],
  dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------------ rhetorical
T = "rhetorical"
R(T, "who even likes westerns anymore lol", dislike=[G + "Western"])
R(T, "why would i ever say no to a horror movie??", like=[G + "Horror"])
R(T, "oh wow another romance, how original 🙄", dislike=[G + "Romance"])
R(T, "is there anything better than a good heist movie? no there isnt", like=[G + "Crime"],
  ok=["+genre:Thriller"])
R(T, "yay more musicals, just what i always wanted (it's not)", dislike=[G + "Musical"])
R(T, "did somebody say fantasy?? bc i'm in", like=[G + "Fantasy"])
R(T, "how is anyone supposed to sit thru a 3 hour war movie lmao", dislike=[G + "War"])
R(T, "who doesnt love a cartoon tbh", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "oh great a documentary, my favorite way to fall asleep", dislike=[G + "Documentary"])
R(T, "a sci fi movie? on a friday night? say no more", like=[G + "Sci-Fi"])
R(T, "why is every drama just ppl being sad in a kitchen", dislike=[G + "Drama"])
R(T, "can u really go wrong w a mystery? i dont think so", like=[G + "Mystery"])
R(T, "omg yes please show me more kids movies, i'm only 24 🙃", dislike=[G + "Children's"])
R(T, "what's not to love about a thriller honestly", like=[G + "Thriller"])
R(T, "wow action again, truly groundbreaking", dislike=[G + "Action"])
R(T, "why would anyone pick a sci fi movie on purpose lmao", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "i want something from the 70s, the grainy look is everything", like=[D + "1970s"])
R(T, "nothing older than 1980 pls", year=(1980, None))
R(T, "pls nothing from the 90s", dislike=[D + "1990s"])
R(T, "im into 80s stuff rn", like=[D + "1980s"])
R(T, "black and white 40s movies are so cozy ngl", like=[D + "1940s"])
R(T, "if it came out before 1970 i'm not watching it sorry", year=(1970, None))
R(T, "50s movies r so corny i cant", dislike=[D + "1950s"])
R(T, "60s movies have the best outfits, gimme one", like=[D + "1960s"])
R(T, "anything before like 1960 is too old for me, the acting is so weird", year=(1960, None))
R(T, "30s movies are lowkey fascinating, show me some", like=[D + "1930s"])
R(T, "nothing made after 1989 pls, new stuff looks too shiny", year=(None, 1989))
R(T, "no 80s movies, the hair alone is a crime", dislike=[D + "1980s"])
R(T, "nothing from the 60s pls my parents played those to death", dislike=[D + "1960s"])
R(T, "idc about the genre, just nothing before 1975", year=(1975, None))
R(T, "90s movies are my entire personality", like=[D + "1990s"])
R(T, "keep it recent, nothing before '90 pls", year=(1990, None))
R(T, "70s movies feel so dusty to me idk", dislike=[D + "1970s"])
R(T, "anything from the 20s is a hard no, i need sound lol", dislike=[D + "1920s"])
R(T, "i want 90s horror specifically, the scream era", like=[D + "1990s", G + "Horror"])
R(T, "50s sci fi is so campy and i love it, the rubber monsters omg", like=[D + "1950s", G + "Sci-Fi"])
R(T, "no 40s stuff, i cant keep up w the fast talking", dislike=[D + "1940s"])
R(T, "the 30s? way too old for me, pass", dislike=[D + "1930s"])
R(T, "give me something from the 20s, i wanna try a silent one for once", like=[D + "1920s"])
R(T, "60s yes, 70s no, its a whole thing dont ask", like=[D + "1960s"], dislike=[D + "1970s"])
R(T, "keep it between 1960 and 1979, nothing outside that", year=(1960, 1979))
R(T, "dont give me anything older than the 90s", year=(1990, None))

# --------------------------------------------------------------------------------------------------- people_titles
T = "people_titles"
R(T, "tarantino movies go so hard", like=[P + "Quentin Tarantino"])
R(T, "no adam sandler pls", dislike=[P + "Adam Sandler"])
R(T, "i like tom hanks movies, he's like everyone's dad", like=[P + "Tom Hanks"])
R(T, "pls no jim carrey his face stresses me out", dislike=[P + "Jim Carrey"])
R(T, "keanu reeves could read me a grocery list and i'd watch it", like=[P + "Keanu Reeves"])
R(T, "nicolas cage is so unhinged i love him", like=[P + "Nicolas Cage"])
R(T, "steven seagal is a hard pass", dislike=[P + "Steven Seagal"])
R(T, "tim burton is the blueprint for my whole aesthetic", like=[P + "Tim Burton"])
R(T, "kubrick is too slow for me tbh, i fell asleep during the shining", dislike=[P + "Stanley Kubrick"],
  ok=["-item:The Shining (1980)"])
R(T, "hitchcock was so ahead of his time omg give me more", like=[P + "Alfred Hitchcock"])
R(T, "woody allen movies are all just ppl talking, skip", dislike=[P + "Woody Allen"])
R(T, "leo dicaprio in anything = instant yes", like=[P + "Leonardo DiCaprio"])
R(T, "jackie chan fight scenes are art fr", like=[P + "Jackie Chan"])
R(T, "pauly shore? absolutely not", dislike=[P + "Pauly Shore"])
R(T, "i'm in my winona ryder phase and i'm not leaving", like=[P + "Winona Ryder"])
R(T, "van damme movies are all the same kick on repeat, no thx", dislike=[P + "Jean-Claude Van Damme"])
R(T, "sam raimi is so fun, the evil dead stuff especially", like=[P + "Sam Raimi"])
R(T, "meg ryan in a sweater in autumn, thats the movie i want", like=[P + "Meg Ryan"])
R(T, "john wayne? thats my grandpa's thing, not mine", dislike=[P + "John Wayne"])
R(T, "christopher walken could be in every movie and i'd be happy", like=[P + "Christopher Walken"])
R(T, "i want to watch titanic again for the 12th time, i'm weak", like_items=["Titanic (1997)"])
R(T, "i didnt like pulp fiction, everyone lied to me", dislike_items=["Pulp Fiction (1994)"])
R(T, "clueless is my comfort movie, anything like it", like_items=["Clueless (1995)"])
R(T, "the big lebowski is peak comedy and i will not be taking questions", like_items=["The Big Lebowski (1998)"])
R(T, "batman & robin was so bad i'm still mad abt it", dislike_items=["Batman & Robin (1997)"])
R(T, "spice world is a masterpiece and im being 100% serious", like_items=["Spice World (1997)"])
R(T, "if u recommend waterworld i'm uninstalling", dislike_items=["Waterworld (1995)"])
R(T, "the princess bride lives in my head rent free", like_items=["The Princess Bride (1987)"])
R(T, "dont make me watch the english patient again, 3 hours of sand", dislike_items=["The English Patient (1996)"])
R(T, "scream is the best horror movie ever made and i'll die on this hill", like_items=["Scream (1996)"],
  ok=["+genre:Horror"])
R(T, "trainspotting was so good but so gross, more like that tho", like_items=["Trainspotting (1996)"])
R(T, "kazaam is not a real movie, it cant hurt u. please dont show it to me", dislike_items=["Kazaam (1996)"])
R(T, "spielberg movies feel like being a kid again", like=[P + "Steven Spielberg"])
R(T, "michael bay is just explosions w a plot taped on, nah", dislike=[P + "Michael Bay"])
R(T, "robin williams movies make me too sad now, skip him", dislike=[P + "Robin Williams"])
R(T, "hugh grant and his stammering thing? no", dislike=[P + "Hugh Grant"])
R(T, "sandra bullock is just not it for me", dislike=[P + "Sandra Bullock"])

# --------------------------------------------------------------------------------------------------------- no_side
T = "no_side"
R(T, "my gf is obsessed with musicals, idc either way, but i need horror tonight", like=[G + "Horror"])
R(T, "my little bro loves cartoons lol. anyway for me: a thriller", like=[G + "Thriller"])
R(T, "idk what film noir even is tbh. anyway comedy pls", like=[G + "Comedy"])
R(T, "i was a huge fantasy kid back in middle school lol. tonight tho, crime", like=[G + "Crime"])
R(T, "is a western the same as a cowboy movie? also no romance pls", dislike=[G + "Romance"])
R(T, "my mom only watches romance, but i want something w explosions", like=[G + "Action"])
R(T, "my bf thinks war movies are the best thing ever, i just dont like documentaries", dislike=[G + "Documentary"])
R(T, "sci fi or not sci fi, idc, just no horror", dislike=[G + "Horror"])
R(T, "does anyone actually watch documentaries for fun? anyway gimme a mystery", like=[G + "Mystery"])
R(T, "my roommate's into kids movies, weird flex. i want a good drama", like=[G + "Drama"])
R(T, "i used to love horror in high school, now im more into romance", like=[G + "Romance"])
R(T, "musicals are whatever to me tbh, but westerns? i love them", like=[G + "Western"])
R(T, "my dad keeps asking for war movies but i'm picking tonight and i'm picking fantasy",
  like=[G + "Fantasy"])
R(T, "what even counts as adventure? i just know i dont like sci fi", dislike=[G + "Sci-Fi"])
R(T, "my sister says animation is only for kids, no clue if she's right, i want a thriller",
  like=[G + "Thriller"])
R(T, "ok neutral on comedy, kinda hate thrillers though", dislike=[G + "Thriller"])
R(T, "watching w my 6yo cousin so it has to be a kids movie, also she wont sit thru a musical",
  like=[G + "Children's"], dislike=[G + "Musical"])
R(T, "i went through a whole noir phase in college lol. rn? i want a dumb comedy", like=[G + "Comedy"])
R(T, "my best friend loves horror but i'm such a wimp, no horror for me", dislike=[G + "Horror"])
R(T, "crime doesnt bother me either way. what i rly want is an adventure", like=[G + "Adventure"])
R(T, "are 70s movies good? idk. i just know i love 90s ones", like=[D + "1990s"])
R(T, "my boyfriend wants action, i want romance, show me romance first lol", like=[G + "Romance"])
R(T, "drama or no drama, whatever, as long as its not a western", dislike=[G + "Western"])
R(T, "wait do u have mysteries? btw i rly dont like war stuff", dislike=[G + "War"])
R(T, "my nan is a huge musical fan so maybe for her later, for me rn a sci fi", like=[G + "Sci-Fi"])
R(T, "fantasy was my thing when i was 12, now i'm into documentaries", like=[G + "Documentary"])
R(T, "i don't care about the decade really, but pls no cartoons", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "my twin loves tarantino lol, i'd rather have a romcom", like=[G + "Romance", G + "Comedy"])
R(T, "whats the deal w film noir? anyway i'm a horror girlie", like=[G + "Horror"])
R(T, "my little cousins are obsessed w animation so that's covered on sunday, tonight i want crime",
  like=[G + "Crime"])
R(T, "thrillers are fine whatever, but i'm SO over comedies", dislike=[G + "Comedy"])
R(T, "my ex loved westerns, irrelevant, i want a mystery", like=[G + "Mystery"])
R(T, "does jim carrey have any serious movies? also i want an 80s one", like=[D + "1980s"])
R(T, "i'm neutral on romance tbh, but action is a hard no", dislike=[G + "Action"])
R(T, "sci fi used to be my whole thing but i grew out of it, give me a drama", like=[G + "Drama"])
R(T, "my friends say kubrick is a genius, i wouldnt know. i just want something scary", like=[G + "Horror"])
R(T, "gonna watch a doc w my dad later, but for me alone i want a fantasy", like=[G + "Fantasy"])


if __name__ == "__main__":
    main()
