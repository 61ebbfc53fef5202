"""Writes evals/data/stance_train_w13.jsonl: training batch w13 of the stance model (round 9; see README.md here,
"Training batch w13 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:30 UTC) by W13, one of five round-9 writers, in one voice: teenagers and
Gen-Z / gamer / meme slang ("slaps", "mid", "the ick", "not me crying at", "I'm deceased", "no cap", "rent free",
"ate", "hard pass", "touch grass", tier lists, "main quest", "ragequit"), both polarities. The writer did not open
the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge
notes (evals/notes), the results (evals/results), the benchmarks (evals/bench, beyond calling load_catalog() for
the vocabulary), any utterances*.jsonl or stance_train*.jsonl file, or the record lists of the fresh batches and
of the other training writers; it ran no reader, agent, test or benchmark on these sentences. Only fresh_batch.py,
write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's
first 50 lines and last 5 lines, and the catalogue vocabulary (people and film titles checked there) were read.
Every gold label is what a careful reader takes the sentence to mean for this user now; a value named as someone
else's taste, a question, a past taste or an "either way" takes no side and is left out of the gold.

Each record carries a topic (the kind of wording it is, TOPICS below; kept here, not in the jsonl). Records are
written with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary
checks); fresh_batch.check() also fails on any value, person or year bound the catalogue lacks, and FreshBatch on
a sentence already in utterances.jsonl, fresh #1-#10 or training batches w1-w10. Run:
    python -m cesrec.evals.data.write_stance_train_w13
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w13.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "trainw13-2026-12-05"

TOPICS = {
    "plain": "plain controls: simple likes and refusals in a teen's typing, plain negation, 'X yes, Y no'",
    "slang_hype": "Gen-Z praise slang: slaps, ate, no cap, rent free, lowkey obsessed, hits different, say less",
    "slang_diss": "Gen-Z dismissals: mid, the ick, cringe, hard pass, touch grass, not the vibe, giving dusty",
    "cursed_praise": "enthusiasm in negative-looking words: I'm deceased, not me crying at, unhinged, feral, unwell",
    "burnout": "fatigue and satiety as refusals: cooked, fried, overdose, quota full, done to death",
    "only_but": "nothing but X / anything but X / X or nothing / everything except X",
    "versus": "comparisons and tier lists: X > Y, S tier vs D tier, X mogs Y, X clears Y (the loser is refused)",
    "understated": "litotes, double negation and polite refusals: wouldn't say no, not NOT, respectfully pass",
    "sarcasm_question": "sarcasm and rhetorical or real questions whose stance is clear (/s, 'in this economy?')",
    "gamer": "gaming metaphors: main quest, boss fight, skip cutscene, nerfed, ragequit, easy mode, gg go next",
    "bystander": "a value the user takes no side on (a friend's or family member's taste, a question, a past "
                 "phase, 'neutral on X') next to one they do",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ---------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like horror movies a lot tbh", like=[G + "Horror"])
R(T, "comedies pls", like=[G + "Comedy"])
R(T, "i want a western. a real one w cowboys", like=[G + "Western"])
R(T, "something animated?? im in the mood", like=[G + "Animation"])
R(T, "can u give me a war movie", like=[G + "War"])
R(T, "i love mysteries, like whodunit stuff where u have to guess", like=[G + "Mystery"])
R(T, "fantasy please, dragons and wizards and all that", like=[G + "Fantasy"])
R(T, "im into sci-fi rn", like=[G + "Sci-Fi"])
R(T, "give me a documentary, i wanna actually learn something today", like=[G + "Documentary"])
R(T, "film noir is so good ngl", like=[G + "Film-Noir"])
R(T, "i like musicals and i'm not ashamed of it", like=[G + "Musical"])
R(T, "crime movies r my favorite", like=[G + "Crime"])
R(T, "romance pls i'm feeling soft today", like=[G + "Romance"])
R(T, "action action action!! gimme", like=[G + "Action"])
R(T, "adventure movies!! the treasure hunting kind", like=[G + "Adventure"])
R(T, "a thriller would be good rn", like=[G + "Thriller"])
R(T, "drama is fine, i like drama", like=[G + "Drama"])
R(T, "kids movies are honestly my comfort genre", like=[G + "Children's"])
R(T, "90s movies are the vibe today", like=[D + "1990s"])
R(T, "something from the 80s please", like=[D + "1980s"])
R(T, "i like old stuff from the 50s, my grandma got me into it", like=[D + "1950s"])
R(T, "i love jim carrey movies", like=[P + "Jim Carrey"])
R(T, "anything w keanu reeves", like=[P + "Keanu Reeves"])
R(T, "i want something like Twister", like_items=["Twister (1996)"])
R(T, "tarantino is my fav director", like=[P + "Quentin Tarantino"])
R(T, "no horror pls i have school tmrw", dislike=[G + "Horror"])
R(T, "i don't like romance movies at all", dislike=[G + "Romance"])
R(T, "not really a fan of westerns fr", dislike=[G + "Western"])
R(T, "no musicals!!! none", dislike=[G + "Musical"])
R(T, "i hate documentaries, they're so boring", dislike=[G + "Documentary"])
R(T, "dont give me anything animated", dislike=[G + "Animation"])
R(T, "i don't want a war movie", dislike=[G + "War"])
R(T, "im not into sci-fi", dislike=[G + "Sci-Fi"])
R(T, "no kids movies, i'm 16 not 6", dislike=[G + "Children's"])
R(T, "i don't like scary stuff so no horror", dislike=[G + "Horror"])
R(T, "skip the dramas please", dislike=[G + "Drama"])
R(T, "no black and white stuff, nothing before 1950", year=(1950, None))
R(T, "nothing older than 1980 pls, i beg", year=(1980, None))
R(T, "i don't want anything from the 70s", dislike=[D + "1970s"])
R(T, "no fantasy please, i can't do elves", dislike=[G + "Fantasy"])
R(T, "no thrillers tonight, too stressful", dislike=[G + "Thriller"])
R(T, "i don't like adam sandler", dislike=[P + "Adam Sandler"])
R(T, "not film noir, that's my grandpa's thing", dislike=[G + "Film-Noir"])
R(T, "i don't do mystery movies", dislike=[G + "Mystery"])
R(T, "no adventure stuff pls", dislike=[G + "Adventure"])
R(T, "not crime, i don't want gangsters", dislike=[G + "Crime"])
R(T, "i don't like action movies that much", dislike=[G + "Action"])
R(T, "no comedies, i'm not in a laughing mood", dislike=[G + "Comedy"])
R(T, "horror yes, romance no", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "comedy yes. drama no.", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "sci-fi good, westerns bad", like=[G + "Sci-Fi"], dislike=[G + "Western"])
R(T, "i want animation but not little kid stuff if that makes sense", like=[G + "Animation"],
  dislike=[G + "Children's"])
R(T, "action pls, no romance", like=[G + "Action"], dislike=[G + "Romance"])
R(T, "thriller but not horror, i scare easy", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "mystery yes. film noir also yes. musicals no.", like=[G + "Mystery", G + "Film-Noir"],
  dislike=[G + "Musical"])
R(T, "i like the 90s, i don't like the 60s", like=[D + "1990s"], dislike=[D + "1960s"])
R(T, "war movies are cool, documentaries aren't", like=[G + "War"], dislike=[G + "Documentary"])
R(T, "fantasy is fine but no sci-fi", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "i like crime but not war", like=[G + "Crime"], dislike=[G + "War"])
R(T, "romance pls. no comedy tho", like=[G + "Romance"], dislike=[G + "Comedy"])
R(T, "give me adventure and no drama", like=[G + "Adventure"], dislike=[G + "Drama"])
R(T, "brad pitt yes, tom cruise no", like=[P + "Brad Pitt"], dislike=[P + "Tom Cruise"])
R(T, "spielberg good, michael bay no thanks", like=[P + "Steven Spielberg"], dislike=[P + "Michael Bay"])
R(T, "i want a western but nothing from before 1950", like=[G + "Western"], year=(1950, None))
R(T, "80s action please, no musicals", like=[D + "1980s", G + "Action"], dislike=[G + "Musical"])
R(T, "i don't want horror, i want comedy", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "no sci-fi, give me a mystery", like=[G + "Mystery"], dislike=[G + "Sci-Fi"])
R(T, "i like meg ryan movies but i don't like hugh grant", like=[P + "Meg Ryan"], dislike=[P + "Hugh Grant"])
R(T, "i want something like Toy Story, no horror obviously", like_items=["Toy Story (1995)"],
  dislike=[G + "Horror"])
R(T, "i don't like Titanic, don't recommend it to me", dislike_items=["Titanic (1997)"])
R(T, "i liked Pulp Fiction so much", like_items=["Pulp Fiction (1994)"])
R(T, "Jurassic Park is my favorite movie ever", like_items=["Jurassic Park (1993)"])
R(T, "not The English Patient, my mom made me watch it and i fell asleep",
  dislike_items=["The English Patient (1996)"])
R(T, "i'm not into the 40s", dislike=[D + "1940s"])
R(T, "animation please, the 90s disney kind", like=[G + "Animation", D + "1990s"], ok=["+genre:Children's"])
R(T, "no documentaries and no musicals", dislike=[G + "Documentary", G + "Musical"])
R(T, "i love horror and thrillers", like=[G + "Horror", G + "Thriller"])
R(T, "i hate action and i hate war movies", dislike=[G + "Action", G + "War"])
R(T, "i dont like sad movies so no drama", dislike=[G + "Drama"])
R(T, "tim burton is my favorite", like=[P + "Tim Burton"])
R(T, "no stallone movies please", dislike=[P + "Sylvester Stallone"])
R(T, "only stuff from 1990 onwards for me", year=(1990, None), ok=["+decade:1990s"])
R(T, "sci-fi from the 70s or 80s", like=[G + "Sci-Fi", D + "1970s", D + "1980s"])
R(T, "i don't like comedies", dislike=[G + "Comedy"])
R(T, "kubrick pls", like=[P + "Stanley Kubrick"])

# ----------------------------------------------------------------------------------------------------- slang_hype
T = "slang_hype"
R(T, "horror movies slap, no cap", like=[G + "Horror"])
R(T, "westerns lowkey slap and i'm not even sorry", like=[G + "Western"])
R(T, "sci-fi is so based, give me all the spaceships", like=[G + "Sci-Fi"])
R(T, "film noir?? it ate. every single time", like=[G + "Film-Noir"])
R(T, "musicals live in my head rent free", like=[G + "Musical"])
R(T, "i'm lowkey obsessed with mystery movies rn", like=[G + "Mystery"])
R(T, "war movies go hard fr", like=[G + "War"])
R(T, "the 80s were peak cinema no cap", like=[D + "1980s"])
R(T, "romance movies be giving butterflies and i'm here for it", like=[G + "Romance"])
R(T, "tarantino said blood everywhere and ATE", like=[P + "Quentin Tarantino"])
R(T, "keanu is literally him", like=[P + "Keanu Reeves"])
R(T, "documentaries are my roman empire ngl", like=[G + "Documentary"])
R(T, "animated movies are elite, idc how old i am", like=[G + "Animation"])
R(T, "crime films hit different at night", like=[G + "Crime"])
R(T, "a good fantasy movie is the whole vibe", like=[G + "Fantasy"])
R(T, "Men in Black is such a vibe, give me more like it", like_items=["Men in Black (1997)"])
R(T, "adventure movies are lowkey my comfort food", like=[G + "Adventure"])
R(T, "jim carrey's face acting is peak, i need more of him", like=[P + "Jim Carrey"], ok=["+genre:Comedy"])
R(T, "a messy drama is the moment, bring it", like=[G + "Drama"])
R(T, "thrillers got me in a chokehold fr", like=[G + "Thriller"])
R(T, "kids movies are so wholesome, it's giving comfort", like=[G + "Children's"])
R(T, "90s comedies are unmatched, that's the tweet", like=[G + "Comedy", D + "1990s"])
R(T, "action films? say less", like=[G + "Action"])
R(T, "the coen brothers cooked every single time", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "Clueless is iconic, give me that energy", like_items=["Clueless (1995)"])
R(T, "wes craven understood the assignment", like=[P + "Wes Craven"])

# ----------------------------------------------------------------------------------------------------- slang_diss
T = "slang_diss"
R(T, "romcoms are mid, hard pass", dislike=[G + "Romance", G + "Comedy"])
R(T, "westerns give me the ick", dislike=[G + "Western"])
R(T, "musicals are so cringe, please no", dislike=[G + "Musical"])
R(T, "documentaries are giving school assignment, pass", dislike=[G + "Documentary"])
R(T, "horror is mid and everyone hyping it needs to touch grass", dislike=[G + "Horror"])
R(T, "sci-fi is not the vibe tonight", dislike=[G + "Sci-Fi"])
R(T, "war movies? that's a no from me dawg", dislike=[G + "War"])
R(T, "film noir is boomer core, i'm good", dislike=[G + "Film-Noir"])
R(T, "anything from the 50s is giving dusty", dislike=[D + "1950s"])
R(T, "kids movies are cringe, i'm literally in high school", dislike=[G + "Children's"])
R(T, "fantasy movies are so mid it hurts", dislike=[G + "Fantasy"])
R(T, "pauly shore gives me the ick ngl", dislike=[P + "Pauly Shore"])
R(T, "drama is such a snooze, hard pass", dislike=[G + "Drama"])
R(T, "mystery movies are lowkey mid, i always guess the ending", dislike=[G + "Mystery"])
R(T, "animation is for babies, skip", dislike=[G + "Animation"])
R(T, "thrillers be all build up and no payoff, i'm out", dislike=[G + "Thriller"])
R(T, "ID4 is so mid idk why people like it", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "crime movies are giving repetitive, pass", dislike=[G + "Crime"])
R(T, "adventure movies are cringe tbh", dislike=[G + "Adventure"])
R(T, "action is just noise, it's a no", dislike=[G + "Action"])
R(T, "comedies are not it rn, nothing is funny to me", dislike=[G + "Comedy"])
R(T, "the 60s? ick. way too groovy", dislike=[D + "1960s"])
R(T, "michael bay? explosions and cringe, nah", dislike=[P + "Michael Bay"])
R(T, "steven seagal is a hard no, the ponytail alone", dislike=[P + "Steven Seagal"])
R(T, "black and white is not it bestie, nothing before 1960 fr", year=(1960, None))

# -------------------------------------------------------------------------------------------------- cursed_praise
T = "cursed_praise"
R(T, "i need a comedy that leaves me deceased on the floor", like=[G + "Comedy"])
R(T, "not me crying at every war movie and still asking for another one", like=[G + "War"])
R(T, "my toxic trait is thinking i can sing along to every musical. more pls", like=[G + "Musical"])
R(T, "sci-fi has me unwell in the best way", like=[G + "Sci-Fi"])
R(T, "film noir broke my brain and i want it broken again", like=[G + "Film-Noir"])
R(T, "westerns have me feral, i need another one asap", like=[G + "Western"])
R(T, "mystery movies are pure brainrot for me and i love it", like=[G + "Mystery"])
R(T, "that david lynch weirdness is so cursed, i'm obsessed", like=[P + "David Lynch"])
R(T, "animated movies ruin me every time, queue one up", like=[G + "Animation"])
R(T, "Scream is literally unhinged and i'm here for it", like_items=["Scream (1996)"])
R(T, "fantasy movies are a disease and i'm patient zero", like=[G + "Fantasy"])
R(T, "romance movies destroy me emotionally and i keep coming back for more", like=[G + "Romance"])
R(T, "serial killer documentaries are my villain era", like=[G + "Documentary"], ok=["+genre:Crime"])
R(T, "not me yelling at the screen during every crime movie like the cops can hear me. more",
  like=[G + "Crime"])
R(T, "90s action movies are so dumb and i'm obsessed", like=[G + "Action", D + "1990s"])
R(T, "leslie nielsen had me deceased, i need every single one", like=[P + "Leslie Nielsen"])

# -------------------------------------------------------------------------------------------------------- burnout
T = "burnout"
R(T, "i've had enough romance to last me till 2030", dislike=[G + "Romance"])
R(T, "i'm so done with big dumb action stuff, my brain is fried", dislike=[G + "Action"])
R(T, "seen like 40 horror movies this month, i'm cooked, no more", dislike=[G + "Horror"])
R(T, "sci-fi overdose. i need a break from it", dislike=[G + "Sci-Fi"])
R(T, "english class fed me way too many dramas, spare me", dislike=[G + "Drama"])
R(T, "westerns? grandpa made me sit through all of them, i'm good for life", dislike=[G + "Western"])
R(T, "i'm burnt out on thrillers fr", dislike=[G + "Thriller"])
R(T, "animated stuff... i babysit, i've seen enough to last forever", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "my whole fyp is true crime, i'm maxed out on crime", dislike=[G + "Crime"])
R(T, "comedy fatigue is real, i need a break from laughing", dislike=[G + "Comedy"])
R(T, "i binged every fantasy movie last summer, my quota is full", dislike=[G + "Fantasy"])
R(T, "so tired of the 80s nostalgia thing, no 80s", dislike=[D + "1980s"])
R(T, "mystery movies have been done to death for me, skip", dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "nothing but horror tonight", like=[G + "Horror"])
R(T, "anything but musicals pls i'm begging", dislike=[G + "Musical"])
R(T, "literally anything except a documentary", dislike=[G + "Documentary"])
R(T, "comedy or nothing, that's the rule", like=[G + "Comedy"])
R(T, "it's war movies or i'm logging off", like=[G + "War"])
R(T, "i'll watch whatever, just not romance", dislike=[G + "Romance"])
R(T, "only sci-fi today, don't try me", like=[G + "Sci-Fi"])
R(T, "anything but the 30s and 40s, i can't with the crunchy old audio", dislike=[D + "1930s", D + "1940s"])
R(T, "every genre is fine except westerns", dislike=[G + "Western"])
R(T, "nothing but 90s stuff, i was born in the wrong decade", like=[D + "1990s"])
R(T, "i want adventure and only adventure", like=[G + "Adventure"])
R(T, "give me anything that isn't a kids movie", dislike=[G + "Children's"])
R(T, "anything with harrison ford, nothing without him", like=[P + "Harrison Ford"])

# -------------------------------------------------------------------------------------------------------- versus
T = "versus"
R(T, "thrillers > horror, don't @ me", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "sci-fi is S tier, romance is D tier", like=[G + "Sci-Fi"], dislike=[G + "Romance"])
R(T, "action clears drama any day", like=[G + "Action"], dislike=[G + "Drama"])
R(T, "mysteries mog thrillers, give me a whodunit", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "westerns are cooler than war movies, not even close", like=[G + "Western"], dislike=[G + "War"])
R(T, "fantasy over sci-fi every time, wizards > robots", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "90s >>> 70s, no debate", like=[D + "1990s"], dislike=[D + "1970s"])
R(T, "i'd rather watch paint dry than sit through a musical, give me a crime movie", like=[G + "Crime"],
  dislike=[G + "Musical"])
R(T, "docs clear adventure movies, real life is crazier anyway", like=[G + "Documentary"],
  dislike=[G + "Adventure"])
R(T, "carrey over sandler, it's not even a competition", like=[P + "Jim Carrey"], dislike=[P + "Adam Sandler"])
R(T, "spielberg is the goat, cameron is washed", like=[P + "Steven Spielberg"], dislike=[P + "James Cameron"])
R(T, "noir is top tier, musicals are bottom of my tier list", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "i'd pick an adventure movie over a romcom 10 times out of 10", like=[G + "Adventure"],
  dislike=[G + "Romance", G + "Comedy"])
R(T, "horror is way more fun than thrillers imo", like=[G + "Horror"], dislike=[G + "Thriller"])
R(T, "the 80s clear the 60s easy", like=[D + "1980s"], dislike=[D + "1960s"])
R(T, "keanu >>> van damme", like=[P + "Keanu Reeves"], dislike=[P + "Jean-Claude Van Damme"])

# --------------------------------------------------------------------------------------------------- understated
T = "understated"
R(T, "ngl i wouldn't say no to a western", like=[G + "Western"])
R(T, "not gonna lie, i don't hate musicals", like=[G + "Musical"])
R(T, "it's not like i don't enjoy a good mystery", like=[G + "Mystery"])
R(T, "horror isn't NOT my thing", like=[G + "Horror"])
R(T, "i can't say i'd mind a sci-fi one", like=[G + "Sci-Fi"])
R(T, "a documentary wouldn't be the worst thing ever", like=[G + "Documentary"])
R(T, "romance isn't really my cup of tea, thanks tho", dislike=[G + "Romance"])
R(T, "i'm gonna respectfully pass on war movies", dislike=[G + "War"])
R(T, "thanks but i think i'll skip the fantasy ones", dislike=[G + "Fantasy"])
R(T, "no shade to musicals but they're not for me", dislike=[G + "Musical"])
R(T, "i appreciate it but kids movies aren't really my speed anymore", dislike=[G + "Children's"])
R(T, "not the biggest fan of noir, no offense", dislike=[G + "Film-Noir"])
R(T, "drama is... a lot. maybe something else?", dislike=[G + "Drama"])
R(T, "it's not that i hate action, i just don't want it rn", dislike=[G + "Action"])
R(T, "can't say no to a good crime flick", like=[G + "Crime"])
R(T, "the 70s aren't bad at all honestly", like=[D + "1970s"])
R(T, "adventure movies are kinda fun ngl", like=[G + "Adventure"])
R(T, "you know what, a comedy wouldn't hurt", like=[G + "Comedy"])
R(T, "i'd rather not do anything animated if that's ok", dislike=[G + "Animation"])
R(T, "bruce willis isn't terrible, i'd watch one", like=[P + "Bruce Willis"])
R(T, "i'm not NOT in the mood for a thriller", like=[G + "Thriller"])
R(T, "it's giving 'i'll pass' on the 20s stuff, sorry", dislike=[D + "1920s"])

# ---------------------------------------------------------------------------------------------- sarcasm_question
T = "sarcasm_question"
R(T, "wow another romance movie, just what i needed 🙄", dislike=[G + "Romance"])
R(T, "who doesn't love a good heist movie?? crime please", like=[G + "Crime"])
R(T, "why would i want a western, do i look like a cowboy", dislike=[G + "Western"])
R(T, "is there anything better than a 90s teen comedy? no. exactly.", like=[G + "Comedy", D + "1990s"])
R(T, "oh yay a three hour war epic, my favorite /s", dislike=[G + "War"])
R(T, "can we not do horror? ty", dislike=[G + "Horror"])
R(T, "do you have any sci-fi? i've been craving it all week", like=[G + "Sci-Fi"])
R(T, "musicals? in this economy?", dislike=[G + "Musical"])
R(T, "who needs sleep when there's a good mystery to watch, right?", like=[G + "Mystery"])
R(T, "documentaries, really? i asked for fun", dislike=[G + "Documentary"])
R(T, "can you recommend a fantasy movie? i'm obsessed lately", like=[G + "Fantasy"])
R(T, "another kids movie. cool. love that for me. /s", dislike=[G + "Children's"])
R(T, "you're telling me there's a nicolas cage movie i haven't seen? gimme", like=[P + "Nicolas Cage"])
R(T, "bro why is everything you show me from the 40s, i'm not 90 years old", dislike=[D + "1940s"])

# ---------------------------------------------------------------------------------------------------------- gamer
T = "gamer"
R(T, "action movies are my main quest, everything else is side content", like=[G + "Action"])
R(T, "musicals are a skip-the-cutscene situation for me", dislike=[G + "Musical"])
R(T, "sci-fi is my comfort respawn point", like=[G + "Sci-Fi"])
R(T, "romance is nerfed to zero for me, don't queue it", dislike=[G + "Romance"])
R(T, "horror is the boss fight i actually look forward to", like=[G + "Horror"])
R(T, "westerns feel like a loading screen that never ends, pure pain", dislike=[G + "Western"])
R(T, "documentaries are basically a tutorial level, skip", dislike=[G + "Documentary"])
R(T, "fantasy is my endgame content fr", like=[G + "Fantasy"])
R(T, "dramas make me wanna ragequit", dislike=[G + "Drama"])
R(T, "gg go next on anything from the 30s", dislike=[D + "1930s"])
R(T, "jackie chan fights are pure combo chains, 10/10, more", like=[P + "Jackie Chan"])
R(T, "crime movies feel like a stealth mission and i main stealth", like=[G + "Crime"])
R(T, "kids movies = easy mode, i want a challenge, no thanks", dislike=[G + "Children's"])
R(T, "war movies are my grind, i could farm them all night", like=[G + "War"])

# ------------------------------------------------------------------------------------------------------ bystander
T = "bystander"
R(T, "my sister loves musicals but i want something with action", like=[G + "Action"])
R(T, "my bf is obsessed with westerns lol. anyway, i want a comedy", like=[G + "Comedy"])
R(T, "my little brother only watches animated stuff but this is for me and i want horror", like=[G + "Horror"])
R(T, "is film noir the black and white detective stuff? anyway i want a thriller", like=[G + "Thriller"])
R(T, "i was a huge fantasy kid in middle school, now i'm all about crime", like=[G + "Crime"])
R(T, "idc about sci-fi either way, but no romance", dislike=[G + "Romance"])
R(T, "my mom's into romance, i'm into horror. this is my account so horror", like=[G + "Horror"])
R(T, "what even counts as a documentary lol. anyway no war movies pls", dislike=[G + "War"])
R(T, "my friends keep hyping tarantino, never seen one. i just want a chill comedy", like=[G + "Comedy"])
R(T, "war movies are whatever to me. i'd like a mystery tho", like=[G + "Mystery"])
R(T, "my dad thinks the 70s were the best decade, i think it's the 90s", like=[D + "1990s"])
R(T, "i was a huge jim carrey fan as a kid, now i'm more into drama", like=[G + "Drama"])
R(T, "neutral on action honestly. musicals tho? absolutely not", dislike=[G + "Musical"])
R(T, "my cousin watches nothing but cartoons, i need live-action sci-fi", like=[G + "Sci-Fi"],
  ok=["-genre:Animation"])
R(T, "my gf picks romance every time, tonight it's my pick: thriller", like=[G + "Thriller"])
R(T, "do people still watch westerns? whatever, just no mystery stuff", dislike=[G + "Mystery"])
R(T, "is Titanic any good? my friend won't shut up about it. i want action either way", like=[G + "Action"])
R(T, "i'm not picky about the 80s or 90s, just no comedies", dislike=[G + "Comedy"])
R(T, "my grandpa loves john wayne, i like kevin costner westerns though",
  like=[P + "Kevin Costner", G + "Western"])
R(T, "was crime ever good or is that just my dad's thing? anyway, anything but comedy", dislike=[G + "Comedy"])
R(T, "documentaries are fine i guess, i really want a mystery though", like=[G + "Mystery"])
R(T, "no opinion on keanu. brad pitt though, yes", like=[P + "Brad Pitt"])
R(T, "back in the day i watched every war film, these days i want romance", like=[G + "Romance"])
R(T, "my teacher showed us a film noir in class, it was ok. anyway a comedy tonight", like=[G + "Comedy"])
R(T, "my bff is a theatre kid so she'd pick musicals, but i want a crime movie", like=[G + "Crime"])
R(T, "has spielberg done any horror? asking for a friend. personally i want sci-fi", like=[G + "Sci-Fi"])
R(T, "what's the oldest movie you have, like 1920s? i want 90s tho", like=[D + "1990s"])
R(T, "i could go either way on drama. no westerns tho", dislike=[G + "Western"])
R(T, "my parents only watch dramas, i need an action movie to recover", like=[G + "Action"])
R(T, "i'm indifferent to the 60s, just keep the adventure movies away from me", dislike=[G + "Adventure"])
R(T, "my boyfriend likes war movies. i don't have feelings about them. mystery though, love", like=[G + "Mystery"])
R(T, "my little cousins are obsessed with The Lion King but i need something scary", like=[G + "Horror"],
  ok=["+genre:Thriller"])
R(T, "people keep telling me to watch the 50s classics, idk. what i don't want is thrillers",
  dislike=[G + "Thriller"])
R(T, "my brother swears by van damme, never watched one. please no documentaries tho",
  dislike=[G + "Documentary"])
R(T, "film noir or not, idc. i need a crime movie", like=[G + "Crime"])
R(T, "my roommate loves horror, i don't mind it either way, but please no romance", dislike=[G + "Romance"])
R(T, "my dad's always on about the 50s, i'm neutral. just don't give me anything animated",
  dislike=[G + "Animation"])
R(T, "my friend says Titanic is a must watch, not sure. but no dramas tonight", dislike=[G + "Drama"])
R(T, "my sister's into thrillers, i have no opinion, but for me no fantasy", dislike=[G + "Fantasy"])
R(T, "whatever my brother watches (war stuff) is his business, just don't give me a western",
  dislike=[G + "Western"])
R(T, "is The Godfather worth it? also no sci-fi please", dislike=[G + "Sci-Fi"])
R(T, "i used to love kids movies when i was little, now i'd rather skip anything action-y",
  dislike=[G + "Action"])


if __name__ == "__main__":
    main()
