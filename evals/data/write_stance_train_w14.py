"""Writes evals/data/stance_train_w14.jsonl: training batch w14 of the stance model (see README.md here, "Training
batch w14 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:35 UTC) by W14, one of five round-9 writers, in one voice: voice-assistant
transcripts and people thinking aloud (little or no punctuation, fillers such as 'um', 'uh', 'like', 'you know',
restarts and self-corrections where the last word wins, hesitations that end in a decision). The writer read only
evals/data/fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records,
the first 46 and last 5 lines of write_utterances_fresh8.py (its layout, not its records) and the catalogue
vocabulary (genres, decades, people, film titles, through load_catalog()). The writer did not open any
utterances*.jsonl or stance_train*.jsonl file, the records of the other fresh or training writers, the stance
readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge
notes (evals/notes), the results (evals/results) or the benchmarks (evals/bench), and ran no reader, agent, test or
benchmark on these sentences. Every gold label is what a careful reader takes the sentence to mean for this user
now: a value only retracted in a self-correction ("comedy no wait thrillers") is given no side unless the speaker
also turns it down.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any value or year bound the catalogue lacks and on a sentence already in another
utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w14
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w14.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "trainw14-2026-12-05"
CLS = "idiom"

TOPICS = {
    "self_correct": "restarts and self-corrections where the final word wins",
    "hesitation": "um / uh / like hesitations that end in a decision",
    "plain": "plain spoken likes and refusals, incl. plain negation and 'X yes Y no'",
    "fatigue": "fatigue and satiety idioms that are refusals",
    "understatement": "litotes, understatement and double negation (mostly a mild yes, some a no)",
    "only_but": "nothing but X / anything but X / X or nothing",
    "comparison": "comparisons where one side is preferred (the loser refused)",
    "polite_slang": "polite refusals and dismissive slang",
    "odd_praise": "enthusiasm in odd or negative-looking words, vice as praise",
    "rhetorical": "rhetorical questions and sarcasm whose meaning is clear",
    "no_side": "a value named without a side (someone else's taste, a question, a past taste, neutral) next to one "
               "with a side",
    "era_people": "decades, year bounds, actors and directors, films",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------ self_correct
T = "self_correct"
R(T, "um play me some horror no wait not horror thrillers thrillers are what i want", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "anything but musicals actually no musicals are fine just no westerns", dislike=[G + "Western"],
  ok=["+genre:Musical"])
R(T, "give me a comedy uh scratch that a documentary", like=[G + "Documentary"])
R(T, "i want a war movie wait no i don't i want something funny a comedy", like=[G + "Comedy"], dislike=[G + "War"])
R(T, "no sci-fi please hmm actually you know what sci-fi is fine sci-fi sounds good", like=[G + "Sci-Fi"])
R(T, "romance no hang on not romance my brain is fried let's do action", like=[G + "Action"],
  dislike=[G + "Romance"])
R(T, "something from the eighties or no the seventies yeah seventies", like=[D + "1970s"])
R(T, "cartoons are out uh well not all cartoons i mean animation is okay just not the baby stuff the children's "
  "ones", dislike=[G + "Children's"], ok=["+genre:Animation"])
R(T, "play a mystery or like a noir actually yeah make it film noir", like=[G + "Film-Noir"], ok=["+genre:Mystery"])
R(T, "i said fantasy earlier but forget that i want a western tonight", like=[G + "Western"])
R(T, "hey so adventure movie please wait actually no adventure i'm not in the mood crime instead", like=[G + "Crime"],
  dislike=[G + "Adventure"])
R(T, "i hate dramas well hate is a strong word but yeah no dramas", dislike=[G + "Drama"])
R(T, "horror's fine no actually it isn't i'll have nightmares skip horror", dislike=[G + "Horror"])
R(T, "uh show me something with tom hanks no sorry i meant tom cruise", like=[P + "Tom Cruise"])
R(T, "nothing with jim carrey hmm no okay i take it back jim carrey is fine i like him", like=[P + "Jim Carrey"])
R(T, "a musical yeah no a musical no definitely musical okay go", like=[G + "Musical"])
R(T, "documentaries bore me um no that's not true they don't bore me i actually really like them",
  like=[G + "Documentary"])
R(T, "i want old stuff like the fifties oh wait no the forties the forties", like=[D + "1940s"])
R(T, "let's do thriller uh mystery no thriller final answer thriller", like=[G + "Thriller"])
R(T, "put on a kids movie uh never mind the kids went to bed something for grown ups a crime thing",
  like=[G + "Crime"], ok=["-genre:Children's"])
R(T, "i could go for war films wait did i say war i meant westerns not war", like=[G + "Western"],
  ok=["-genre:War"])
R(T, "i don't want animation i mean i do want animation sorry tired", like=[G + "Animation"])
R(T, "something spooky no not spooky something sweet like a romance", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "sci-fi yes fantasy no uh actually flip it fantasy yes sci-fi no", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "no comedies tonight eh who am i kidding i always want comedies give me comedies", like=[G + "Comedy"])
R(T, "nothing from the nineties uh wait i love the nineties what am i saying nothing from the sixties",
  like=[D + "1990s"], dislike=[D + "1960s"])
R(T, "the godfather um no i mean the godfather part two that one", like_items=["The Godfather: Part II (1974)"])
R(T, "okay so adventure right no action it's action i'm after", like=[G + "Action"])
R(T, "i kind of like mysteries no strike kind of i love mysteries", like=[G + "Mystery"])
R(T, "war films are fine hmm actually they're not they wreck me no war please", dislike=[G + "War"])

# ------------------------------------------------------------------------------------------------ hesitation
T = "hesitation"
R(T, "um i don't know uh maybe a western yeah a western", like=[G + "Western"])
R(T, "hmm like something uh like a sci-fi thing i guess yeah", like=[G + "Sci-Fi"])
R(T, "uh i was gonna say horror but um no no horror", dislike=[G + "Horror"])
R(T, "so um i was thinking maybe like a musical you know like a big song and dance one", like=[G + "Musical"])
R(T, "er what do i want uh not romance that's for sure", dislike=[G + "Romance"])
R(T, "like uh you know those old black and white detective ones film noir yeah those", like=[G + "Film-Noir"])
R(T, "umm fantasy hmm yeah fantasy why not", like=[G + "Fantasy"])
R(T, "i dunno i dunno uh okay no cartoons tonight decided", dislike=[G + "Animation"])
R(T, "let me think um let me think a documentary i think yes", like=[G + "Documentary"])
R(T, "uhh war movie war movie hmm no i'm not up for a war movie", dislike=[G + "War"])
R(T, "ok so like uh the thing is i'm kind of over mysteries right now", dislike=[G + "Mystery"])
R(T, "hmm uh maybe a drama hmm yeah a drama feels right", like=[G + "Drama"])
R(T, "like um you know something for my niece she's six so like a children's movie", like=[G + "Children's"])
R(T, "so uh crime hmm crime crime no i don't think so not crime", dislike=[G + "Crime"])
R(T, "errr adventure i think i'm in an adventure mood yeah", like=[G + "Adventure"])
R(T, "hmm well uh i'm not sure about a lot but i know i don't want a comedy", dislike=[G + "Comedy"])
R(T, "um so yeah uh thrillers i suppose i always end up on thrillers", like=[G + "Thriller"])
R(T, "uh uh uh no musicals sorry i was thinking no musicals", dislike=[G + "Musical"])
R(T, "i mean uh i guess like something with robots and spaceships you know sci-fi", like=[G + "Sci-Fi"])
R(T, "hm maybe something animated hmm no i'll pass on animated stuff", dislike=[G + "Animation"])
R(T, "okay um i'm thinking um western no um yeah no westerns", dislike=[G + "Western"])
R(T, "well uh if i'm honest uh i kind of want a romance tonight", like=[G + "Romance"])
# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "i like westerns play a western", like=[G + "Western"])
R(T, "uh no horror please okay", dislike=[G + "Horror"])
R(T, "i don't like musicals never have", dislike=[G + "Musical"])
R(T, "comedy yes drama no got it", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "hey play me a documentary about anything", like=[G + "Documentary"])
R(T, "i don't really like war movies they're not for me", dislike=[G + "War"])
R(T, "find me a good mystery to watch in bed", like=[G + "Mystery"])
R(T, "um no romance okay", dislike=[G + "Romance"])
R(T, "i want an action movie tonight something with car chases", like=[G + "Action"])
R(T, "i'm not into fantasy at all", dislike=[G + "Fantasy"])
R(T, "show me some film noir from the old days", like=[G + "Film-Noir"])
R(T, "no kids movies this is grown up night", dislike=[G + "Children's"])
R(T, "i love animated movies show me one", like=[G + "Animation"])
R(T, "crime movies please the gritty kind", like=[G + "Crime"])
R(T, "i do not want anything sci-fi", dislike=[G + "Sci-Fi"])
R(T, "adventure please and no thrillers", like=[G + "Adventure"], dislike=[G + "Thriller"])
R(T, "i like dramas a good slow drama", like=[G + "Drama"])
R(T, "westerns no thanks", dislike=[G + "Western"])
R(T, "i'd like a horror movie for friday", like=[G + "Horror"])
R(T, "comedies are not my thing", dislike=[G + "Comedy"])
R(T, "musicals yes put on a musical", like=[G + "Musical"])
R(T, "i don't want a documentary", dislike=[G + "Documentary"])
R(T, "war movies i like war movies", like=[G + "War"])
R(T, "no mysteries tonight my brain is off", dislike=[G + "Mystery"])
R(T, "romance please something romantic", like=[G + "Romance"])
R(T, "i don't watch action movies", dislike=[G + "Action"])
R(T, "fantasy i like fantasy", like=[G + "Fantasy"])
R(T, "no noir stuff", dislike=[G + "Film-Noir"])
R(T, "something for kids please a children's film", like=[G + "Children's"])
R(T, "not animation anything else is fine", dislike=[G + "Animation"])
R(T, "i don't like crime films", dislike=[G + "Crime"])
R(T, "sci-fi please the spacey kind", like=[G + "Sci-Fi"])
R(T, "thrillers yes horror no", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "i'm not a fan of adventure movies", dislike=[G + "Adventure"])
R(T, "no dramas tonight", dislike=[G + "Drama"])
R(T, "okay i want a thriller now", like=[G + "Thriller"])
R(T, "westerns no sci-fi yes", like=[G + "Sci-Fi"], dislike=[G + "Western"])
R(T, "i don't like horror at all", dislike=[G + "Horror"])
R(T, "a musical and nothing with war", like=[G + "Musical"], dislike=[G + "War"])
R(T, "i like comedies play a comedy", like=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "ugh i've had my fill of westerns this month", dislike=[G + "Western"])
R(T, "honestly i'm so sick of superhero uh action stuff i could scream", dislike=[G + "Action"])
R(T, "i'm all dramaed out you know like no more dramas", dislike=[G + "Drama"])
R(T, "no more romance i've overdosed on love stories", dislike=[G + "Romance"])
R(T, "we've done like five horror nights in a row i'm horrored out", dislike=[G + "Horror"])
R(T, "the kids have worn out every cartoon we own so uh no animation please", dislike=[G + "Animation"])
R(T, "i think i've hit my limit on documentaries for a while", dislike=[G + "Documentary"])
R(T, "um yeah i'm burnt out on war films", dislike=[G + "War"])
R(T, "i've seen enough spaceships to last me a lifetime so no sci-fi", dislike=[G + "Sci-Fi"])
R(T, "mysteries uh i'm kind of mysteried out honestly", dislike=[G + "Mystery"])
R(T, "i'm done with thrillers for now like done done", dislike=[G + "Thriller"])
R(T, "comedy just isn't landing for me lately i'm tired of it", dislike=[G + "Comedy"])
R(T, "oh man crime movies i've binged so many i never want to see another mobster", dislike=[G + "Crime"])
R(T, "musicals have kind of worn thin for me", dislike=[G + "Musical"])
R(T, "the fantasy thing has run its course for me dragons and elves enough", dislike=[G + "Fantasy"])
R(T, "i've had it up to here with adventure flicks", dislike=[G + "Adventure"])
R(T, "uh the nineties stuff i'm so over it i've seen it all", dislike=[D + "1990s"])
R(T, "kids movies morning noon and night i need a break from children's films", dislike=[G + "Children's"])
# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "uh i wouldn't say no to a western you know", like=[G + "Western"])
R(T, "um a film noir wouldn't be the worst thing", like=[G + "Film-Noir"])
R(T, "i'm not not in the mood for a musical", like=[G + "Musical"])
R(T, "i don't dislike mysteries you know i actually kinda like them", like=[G + "Mystery"])
R(T, "horror is uh not exactly my favorite thing in the world", dislike=[G + "Horror"])
R(T, "a documentary wouldn't hurt", like=[G + "Documentary"])
R(T, "yeah i'm not totally opposed to some sci-fi", like=[G + "Sci-Fi"])
R(T, "war movies aren't really uh my cup of tea", dislike=[G + "War"])
R(T, "i can't say i've ever met a heist movie i didn't like crime stuff generally", like=[G + "Crime"])
R(T, "it's not like i'd hate a romance tonight", like=[G + "Romance"])
R(T, "fantasy is uh let's say not high on my list", dislike=[G + "Fantasy"])
R(T, "i'm not unhappy with a good adventure you know", like=[G + "Adventure"])
R(T, "animation hmm i wouldn't go out of my way for it let's say no", dislike=[G + "Animation"])
R(T, "a thriller wouldn't go amiss", like=[G + "Thriller"])
R(T, "i don't not like dramas i just like them less than i used to still yeah a drama is fine tonight",
  like=[G + "Drama"])
R(T, "comedies are uh fine i guess not really for me though", dislike=[G + "Comedy"])
R(T, "i've never been known to turn down a good action movie", like=[G + "Action"])
R(T, "kids films are not entirely terrible uh i'd watch one", like=[G + "Children's"])
R(T, "westerns are let's say not my first choice or my second", dislike=[G + "Western"])
R(T, "i'd be lying if i said i didn't want a horror movie", like=[G + "Horror"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "uh anything but horror", dislike=[G + "Horror"])
R(T, "nothing but westerns tonight cowboy hat is on", like=[G + "Western"])
R(T, "um like anything except romance honestly", dislike=[G + "Romance"])
R(T, "it's sci-fi or nothing for me", like=[G + "Sci-Fi"])
R(T, "give me anything that isn't a musical", dislike=[G + "Musical"])
R(T, "only documentaries uh only documentaries please", like=[G + "Documentary"])
R(T, "i'll watch whatever just not war stuff", dislike=[G + "War"])
R(T, "noir or bust baby", like=[G + "Film-Noir"])
R(T, "everything's fine except animation you know", dislike=[G + "Animation"])
R(T, "um i'll take anything as long as it's a comedy", like=[G + "Comedy"])
R(T, "whatever you got minus the thrillers", dislike=[G + "Thriller"])
R(T, "just fantasy just fantasy nothing else", like=[G + "Fantasy"])
R(T, "literally any genre apart from mysteries", dislike=[G + "Mystery"])
R(T, "if it's not a crime movie i don't want it", like=[G + "Crime"])
R(T, "like i'm easy anything but kids stuff", dislike=[G + "Children's"])
R(T, "adventures and only adventures tonight", like=[G + "Adventure"])
R(T, "anything anything at all but a drama", dislike=[G + "Drama"])
R(T, "i only watch action movies so uh yeah action", like=[G + "Action"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "i'd rather watch a documentary than a musical any day", like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "westerns over war movies for sure", like=[G + "Western"], dislike=[G + "War"])
R(T, "um thrillers beat horror hands down", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "comedy wins over romance every time you know", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "i'd pick sci-fi over fantasy like ten times out of ten", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "mysteries are so much better than action movies", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "animated stuff uh over westerns definitely", like=[G + "Animation"], dislike=[G + "Western"])
R(T, "i'll take a crime movie over an adventure one", like=[G + "Crime"], dislike=[G + "Adventure"])
R(T, "noir makes modern thrillers look like cartoons give me noir", like=[G + "Film-Noir"],
  dislike=[G + "Thriller"])
R(T, "dramas yeah way better than comedies for me", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "horror over romance no contest", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "musicals over westerns uh yeah obviously", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "i'd rather be bored by a documentary than scared by a horror movie", like=[G + "Documentary"],
  dislike=[G + "Horror"])
R(T, "the seventies beat the eighties easy", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "war films hit harder than any action flick give me war", like=[G + "War"], dislike=[G + "Action"])
R(T, "fantasy over sci-fi um i like dragons more than lasers", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "hitchcock over spielberg uh for me anyway", like=[P + "Alfred Hitchcock"], dislike=[P + "Steven Spielberg"])
R(T, "a kids movie is better than one more grim drama honestly", like=[G + "Children's"], dislike=[G + "Drama"])
R(T, "adventure hmm beats mystery tonight", like=[G + "Adventure"], dislike=[G + "Mystery"])
R(T, "romance please i'd take that over another crime thing", like=[G + "Romance"], dislike=[G + "Crime"])
# ------------------------------------------------------------------------------------------------ polite_slang
T = "polite_slang"
R(T, "thanks but i'll pass on the westerns", dislike=[G + "Western"])
R(T, "uh musicals nah hard pass", dislike=[G + "Musical"])
R(T, "i appreciate it but horror isn't really for me", dislike=[G + "Horror"])
R(T, "romcoms yeah no hard no on romance", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "that's kind of you but maybe not a documentary tonight", dislike=[G + "Documentary"])
R(T, "war movies meh not feeling it", dislike=[G + "War"])
R(T, "sci-fi uh nope nope nope", dislike=[G + "Sci-Fi"])
R(T, "i'd rather not do fantasy if that's okay", dislike=[G + "Fantasy"])
R(T, "cartoons lol no i'm good", dislike=[G + "Animation"])
R(T, "mysteries um thanks but no thanks", dislike=[G + "Mystery"])
R(T, "action flicks are so mid honestly skip", dislike=[G + "Action"])
R(T, "if it's all the same to you let's leave the thrillers out", dislike=[G + "Thriller"])
R(T, "dramas pfft boring next", dislike=[G + "Drama"])
R(T, "sorry to be difficult but no crime movies", dislike=[G + "Crime"])
R(T, "children's movies um respectfully no", dislike=[G + "Children's"])
R(T, "nah film noir's not it for me chief", dislike=[G + "Film-Noir"])
R(T, "adventure movies eh miss me with those", dislike=[G + "Adventure"])
R(T, "i'm gonna have to politely decline the comedies", dislike=[G + "Comedy"])
R(T, "yeah that's a no from me on adam sandler", dislike=[P + "Adam Sandler"])
R(T, "i'd love it if we could maybe steer clear of the eighties", dislike=[D + "1980s"])

# ------------------------------------------------------------------------------------------------ odd_praise
T = "odd_praise"
R(T, "westerns are like my guilty pleasure i'm obsessed", like=[G + "Western"])
R(T, "dude horror movies are my drug i need a fix", like=[G + "Horror"])
R(T, "musicals are my weakness seriously i'm hopeless", like=[G + "Musical"])
R(T, "i'm a total sucker for a sappy romance", like=[G + "Romance"])
R(T, "noir is a disease and i have it bad", like=[G + "Film-Noir"])
R(T, "um documentaries are kind of my dirty little secret", like=[G + "Documentary"])
R(T, "i'm addicted to mysteries it's a problem", like=[G + "Mystery"])
R(T, "war films wreck me and i keep coming back like an idiot put one on", like=[G + "War"])
R(T, "sci-fi is a sickness and there's no cure thank god", like=[G + "Sci-Fi"])
R(T, "i'm shamelessly hooked on cartoons at 40", like=[G + "Animation"])
R(T, "crime movies are my comfort food even the brutal ones", like=[G + "Crime"])
R(T, "i'm a fantasy junkie uh dragons wizards all of it", like=[G + "Fantasy"])
R(T, "thrillers are just evil they eat my whole weekend love them", like=[G + "Thriller"])
R(T, "give me a stupid dumb loud action movie i'm begging", like=[G + "Action"])
R(T, "kids movies are my secret vice no shame", like=[G + "Children's"])
R(T, "adventure movies are dangerous for me i lose whole sundays to them yeah one of those", like=[G + "Adventure"])
R(T, "dramas make me ugly cry and i live for that", like=[G + "Drama"])
R(T, "comedies are my therapy honestly give me a dumb one", like=[G + "Comedy"])
R(T, "i have a serious kubrick problem like unhealthy levels", like=[P + "Stanley Kubrick"])
R(T, "fifties movies are my poison of choice", like=[D + "1950s"])

# ------------------------------------------------------------------------------------------------ rhetorical
T = "rhetorical"
R(T, "who doesn't love a good western right", like=[G + "Western"])
R(T, "oh great another musical just what i needed", dislike=[G + "Musical"])
R(T, "is there anything better than an old film noir i don't think so", like=[G + "Film-Noir"])
R(T, "why would i want to be scared for two hours no horror", dislike=[G + "Horror"])
R(T, "oh yeah romance my favorite not", dislike=[G + "Romance"])
R(T, "um who wouldn't want a mystery on a rainy night", like=[G + "Mystery"])
R(T, "oh sure war movies because i love being depressed", dislike=[G + "War"])
R(T, "what's not to love about a good heist crime movie", like=[G + "Crime"])
R(T, "more cartoons wow how exciting for a grown adult", dislike=[G + "Animation"])
R(T, "have you ever seen a bad sci-fi movie exactly me neither play one", like=[G + "Sci-Fi"])
R(T, "yay a documentary said no one ever skip it", dislike=[G + "Documentary"])
R(T, "what could be better than a big dumb fun comedy nothing that's what", like=[G + "Comedy"])
R(T, "fantasy again really like really", dislike=[G + "Fantasy"])
R(T, "can you ever have too many thrillers no you can't", like=[G + "Thriller"])
R(T, "oh wonderful another children's movie i'm thrilled", dislike=[G + "Children's"])
R(T, "why watch anything but adventure movies honestly", like=[G + "Adventure"])
# ------------------------------------------------------------------------------------------------ no_side
T = "no_side"
R(T, "my wife loves romance uh i'm more of a thriller guy", like=[G + "Thriller"])
R(T, "the kids want animation but i can't stand it i just can't", dislike=[G + "Animation"])
R(T, "um is there like a good western in there i'm asking for my dad mostly i want a comedy", like=[G + "Comedy"])
R(T, "i used to love horror in high school but now uh i'm really into documentaries", like=[G + "Documentary"])
R(T, "i don't mind musicals either way but definitely no war movies", dislike=[G + "War"])
R(T, "my boyfriend's big on sci-fi i just want a mystery", like=[G + "Mystery"])
R(T, "does fantasy count as adventure whatever no dramas please", dislike=[G + "Drama"])
R(T, "westerns are whatever to me but i do love a good crime movie", like=[G + "Crime"])
R(T, "so like my sister only watches romance and i get dragged along but i'm a horror person", like=[G + "Horror"])
R(T, "is noir the same thing as mystery uh anyway i don't want anything animated", dislike=[G + "Animation"])
R(T, "i went through a big western phase years ago these days um i like sci-fi", like=[G + "Sci-Fi"])
R(T, "my son's obsessed with children's movies i'm fine with those either way but please no horror",
  dislike=[G + "Horror"])
R(T, "thrillers meh neutral on thrillers uh but musicals yes", like=[G + "Musical"])
R(T, "do you have documentaries just curious um i'll take an action movie", like=[G + "Action"])
R(T, "my mom is a huge romance fan uh not me though i like war films", like=[G + "War"])
R(T, "i don't care one way or the other about comedy just no fantasy", dislike=[G + "Fantasy"])
R(T, "my roommate keeps putting on crime documentaries i'm indifferent uh i really want a western though",
  like=[G + "Western"])
R(T, "uh what even is film noir hmm anyway i'm in the mood for an adventure", like=[G + "Adventure"])
R(T, "back in college i only watched action stuff now i'm more uh drama", like=[G + "Drama"])
R(T, "my husband likes war movies i hate them", dislike=[G + "War"])
R(T, "sci-fi i can take or leave but mysteries nope", dislike=[G + "Mystery"])
R(T, "do people still watch musicals um i'm asking because i want a thriller and i'm curious",
  like=[G + "Thriller"])
R(T, "my daughter's into animation i'm uh not fussed either way but i'd love a romance for me",
  like=[G + "Romance"])
R(T, "i was a big fantasy nerd as a teen these days no thanks to fantasy honestly", dislike=[G + "Fantasy"])
R(T, "the grandkids like kids movies me i want a film noir", like=[G + "Film-Noir"])
R(T, "what's the deal with westerns is that still a thing anyway i'd like a comedy", like=[G + "Comedy"])
R(T, "horror is fine whatever i don't mind but please no romance", dislike=[G + "Romance"])
R(T, "my partner wants adventure i couldn't care less about that but no action for me", dislike=[G + "Action"])
R(T, "i used to hate documentaries uh now i love them", like=[G + "Documentary"])
R(T, "um crime eh no opinion on crime honestly but children's movies i really like", like=[G + "Children's"])
R(T, "my friends are all about sci-fi i'm just not", dislike=[G + "Sci-Fi"])
R(T, "is there a difference between thriller and mystery uh i just know i don't want comedy",
  dislike=[G + "Comedy"])
R(T, "my brother swears by tarantino whatever i want something from the fifties", like=[D + "1950s"])
R(T, "i'm neutral on the eighties but the seventies yes please", like=[D + "1970s"])
R(T, "my wife's a meg ryan fan i'm more of a bruce willis guy", like=[P + "Bruce Willis"])
R(T, "drama hmm no feelings about drama uh musicals though no", dislike=[G + "Musical"])
R(T, "i grew out of animation uh years ago but i still love a good western", like=[G + "Western"])
R(T, "kids want horror dad wants uh sleep and a documentary", like=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------ era_people
T = "era_people"
R(T, "um nothing before like 1970 please", year=(1970, None))
R(T, "old stuff the thirties and forties that's my jam", like=[D + "1930s", D + "1940s"])
R(T, "nothing from the eighties uh the hair alone", dislike=[D + "1980s"])
R(T, "nineties movies yes please", like=[D + "1990s"])
R(T, "uh nothing made after 1980 i like the old stuff", year=(None, 1980))
R(T, "i like old hitchcock movies", like=[P + "Alfred Hitchcock"])
R(T, "no tom cruise please", dislike=[P + "Tom Cruise"])
R(T, "anything with meryl streep i'm in", like=[P + "Meryl Streep"])
R(T, "um woody allen no thanks", dislike=[P + "Woody Allen"])
R(T, "i'm a sucker for a spielberg movie", like=[P + "Steven Spielberg"])
R(T, "arnold schwarzenegger uh nah too loud for me", dislike=[P + "Arnold Schwarzenegger"])
R(T, "give me some tarantino i need blood and talking", like=[P + "Quentin Tarantino"])
R(T, "julia roberts no wait hugh grant i want hugh grant", like=[P + "Hugh Grant"])
R(T, "i don't like jim carrey he's too much", dislike=[P + "Jim Carrey"])
R(T, "something like pulp fiction you know", like_items=["Pulp Fiction (1994)"])
R(T, "i hated titanic so uh nothing like that", dislike_items=["Titanic (1997)"])
R(T, "fargo fargo is the best movie ever", like_items=["Fargo (1996)"])
R(T, "i've seen the sound of music like forty times never again", dislike_items=["The Sound of Music (1965)"])
R(T, "um something like blade runner but not as slow", like_items=["Blade Runner (1982)"])
R(T, "no forrest gump please my mom made me watch it a million times", dislike_items=["Forrest Gump (1994)"])
R(T, "uh the sixties the sixties are great", like=[D + "1960s"])
R(T, "nothing older than um 1985 please", year=(1985, None))
R(T, "john wayne hmm no john wayne", dislike=[P + "John Wayne"])
R(T, "i could watch the coen brothers uh i mean fargo forever", like_items=["Fargo (1996)"])
R(T, "clint eastwood clint eastwood clint eastwood", like=[P + "Clint Eastwood"])
R(T, "nothing from the twenties or thirties uh way too old", dislike=[D + "1920s", D + "1930s"])
R(T, "i want the godfather vibe you know like the godfather", like_items=["The Godfather (1972)"])
R(T, "um no scream no scream 2 i'm scared of those", dislike_items=["Scream (1996)", "Scream 2 (1997)"],
  ok=["-genre:Horror"])


if __name__ == "__main__":
    main()
