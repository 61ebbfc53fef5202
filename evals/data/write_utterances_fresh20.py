"""Writes evals/data/utterances_fresh20.jsonl: a twentieth fresh held-out batch of `idiom` utterances (see README.md
here, "Twentieth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (17:50-18:05 UTC) by F20, before and apart from the thirteenth round of change to
the stance reader (round 13): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-13 author's work, ran no reader, agent, test or benchmark on these
sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier
fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P
constants, its build / main and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines (its
docstring, its code above the records and its first record) and its last 5 lines, and the catalogue vocabulary
(genres, decades, people and the film labels used here) were read). Eleven sentences were reworded: ten because
the writer's own check (or a script doing that check and printing only this batch's sentences) named them as
already in an earlier file (one of them twice), one because a one-off check against the then uncommitted
utterances_fresh19.jsonl (printing only this batch's sentences) found it there. The reader's author is not to read
this file or its output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main
(the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#18, the stance training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh20
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh20.jsonl"
OTHER_FILES = earlier_files(18, 15)  # utterances.jsonl, fresh #1-#18, training batches w1-w15
BATCH = "fresh20-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war movies are basically a sickness with me, I put one on every single weekend", like=[G + "War"])
R(T, "my husband calls my western habit a disease and honestly he's not wrong, keep them coming",
  like=[G + "Western"])
R(T, "film noir is my poison of choice, the moodier the better", like=[G + "Film-Noir"])
R(T, "I'm a total wreck for a sappy romance, can't help myself", like=[G + "Romance"])
R(T, "Jackie Chan films are a dangerous obsession in this house", like=[P + "Jackie Chan"])
R(T, "90s action flicks are my dirty little vice, hit me", like=[G + "Action", D + "1990s"])
R(T, "documentaries are criminally underrated and I'm properly hooked on them", like=[G + "Documentary"])
R(T, "musicals are an affliction I'm very happy to live with", like=[G + "Musical"])
R(T, "I'm an absolute junkie for a good heist movie", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "Hitchcock is a menace to my sleep schedule, I always stay up for one more", like=[P + "Alfred Hitchcock"])
R(T, "Kubrick ruined me for other directors, in the best possible way", like=[P + "Stanley Kubrick"])
R(T, "fantasy stuff is like crack to me, dragons, wizards, whatever, bring it on", like=[G + "Fantasy"])
R(T, "sci-fi is a drug for my brother, for me it's more of a sedative, so none of that", dislike=[G + "Sci-Fi"])
R(T, "thrillers used to be my addiction but I'm clean now and I want to stay that way", dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of Tom Cruise for one lifetime", dislike=[P + "Tom Cruise"])
R(T, "westerns and me are done, I OD'd on them last winter", dislike=[G + "Western"])
R(T, "I'm all musical-ed out after the holidays", dislike=[G + "Musical"])
R(T, "honestly I've seen enough zombies to last me till the day I die", dislike=[G + "Horror"])
R(T, "no more war films for a while please, I'm burnt out on them", dislike=[G + "War"])
R(T, "Sick to death of Adam Sandler, my kids made me sit through every one of them", dislike=[P + "Adam Sandler"])
R(T, "I've binged so much 80s stuff lately I could scream, something else", dislike=[D + "1980s"])
R(T, "spy thrillers have lost their shine for me, I'm so over them", dislike=[G + "Thriller"])
R(T, "Meg Ryan movies? been there, done that, bought the t-shirt", dislike=[P + "Meg Ryan"])
R(T, "I think I've hit my quota of space operas for the year", dislike=[G + "Sci-Fi"])
R(T, "had it up to here with slapstick, I really have", dislike=[G + "Comedy"])
R(T, "the Disney well has run dry for me, my daughter's grown out of it and so have I",
  dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "I'm completely fed up with crime stuff, could go for a comedy though", like=[G + "Comedy"],
  dislike=[G + "Crime"])
R(T, "mysteries? I've had a bellyful, thanks", dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "honestly I wouldn't say no if a western popped up on the list", like=[G + "Western"])
R(T, "a Spielberg film wouldn't be the worst thing in the world tonight", like=[P + "Steven Spielberg"])
R(T, "I'm not entirely against a documentary tonight, if it's a short one", like=[G + "Documentary"])
R(T, "film noir isn't half bad, to be fair", like=[G + "Film-Noir"])
R(T, "Harrison Ford has been known to keep me entertained", like=[P + "Harrison Ford"])
R(T, "I could probably tolerate a comedy or two", like=[G + "Comedy"])
R(T, "a tense little thriller has been known to make my evening", like=[G + "Thriller"])
R(T, "the 70s weren't a bad time for movies, were they", like=[D + "1970s"])
R(T, "all that singing and dancing isn't exactly my cup of tea, so musicals can sit this one out", dislike=[G + "Musical"])
R(T, "I'm not the biggest horror person, let's put it that way", dislike=[G + "Horror"])
R(T, "Jim Carrey's not really doing it for me these days", dislike=[P + "Jim Carrey"])
R(T, "romance is fine I guess, just not tonight", dislike=[G + "Romance"])
R(T, "Bruce Willis? I've seen worse ways to spend two hours", like=[P + "Bruce Willis"])
R(T, "the odd war epic is not without its charms, I'll grant you", like=[G + "War"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "I don't not like sci-fi, if that makes sense, put some on", like=[G + "Sci-Fi"])
R(T, "it's not that I dislike comedies, I actually adore them", like=[G + "Comedy"])
R(T, "there's no horror film I wouldn't at least give a go", like=[G + "Horror"])
R(T, "never met a Cary Grant picture I didn't like", like=[P + "Cary Grant"])
R(T, "can't say I've ever not enjoyed a Coen brothers film", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "I wouldn't not watch a mystery tonight", like=[G + "Mystery"])
R(T, "it's not like I don't enjoy a good cry, bring on the dramas", like=[G + "Drama"])
R(T, "no way I'm not watching another Kurosawa this week", like=[P + "Akira Kurosawa"])
R(T, "Not that I don't appreciate musicals, but I don't want one", dislike=[G + "Musical"])
R(T, "It isn't that I never enjoy a western, more that I'm not up for one now", dislike=[G + "Western"])
R(T, "I won't pretend I don't hate Stallone films, because I do", dislike=[P + "Sylvester Stallone"])
R(T, "no fantasy film has ever not bored me", dislike=[G + "Fantasy"])
R(T, "I'm not unhappy with old black and white stuff, the 40s especially", like=[D + "1940s"])
R(T, "never not in the mood for Denzel", like=[P + "Denzel Washington"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies tonight please", like=[G + "Comedy"])
R(T, "pick literally anything but a musical, I am begging you here", dislike=[G + "Musical"])
R(T, "everything except horror is on the table", dislike=[G + "Horror"])
R(T, "thriller or nothing, that's the mood", like=[G + "Thriller"])
R(T, "I'll watch whatever you pick as long as it isn't a western", dislike=[G + "Western"])
R(T, "only 90s stuff, nothing else", like=[D + "1990s"])
R(T, "give me anything that's not animated", dislike=[G + "Animation"])
R(T, "just war movies, no other genre", like=[G + "War"])
R(T, "Sci-fi and only sci-fi", like=[G + "Sci-Fi"])
R(T, "any decade bar the 50s", dislike=[D + "1950s"])
R(T, "everyone's fine except Keanu Reeves, keep him out of it", dislike=[P + "Keanu Reeves"])
R(T, "Kids' films or nothing, the little ones are watching", like=[G + "Children's"])
R(T, "all genres welcome save for romance", dislike=[G + "Romance"])
R(T, "Strictly documentaries tonight", like=[G + "Documentary"])
R(T, "any film at all apart from Sandra Bullock ones", dislike=[P + "Sandra Bullock"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns beat sci-fi every day of the week", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a comedy over a drama any night", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Bogart wipes the floor with any of the new guys", like=[P + "Humphrey Bogart"])
R(T, "horror > romance, no contest", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "Schwarzenegger over Stallone, always", like=[P + "Arnold Schwarzenegger"], dislike=[P + "Sylvester Stallone"])
R(T, "animated films knock the socks off musicals", like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "The 70s had way better movies than the 80s", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "rather a mystery than an action movie", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "crime dramas run circles around adventure stuff for me", like=[G + "Crime"], dislike=[G + "Adventure"],
  ok=["+genre:Drama"])
R(T, "Film noir makes modern thrillers look like amateur hour", like=[G + "Film-Noir"], dislike=[G + "Thriller"])
R(T, "Jodie Foster is miles better than Demi Moore", like=[P + "Jodie Foster"], dislike=[P + "Demi Moore"])
R(T, "I prefer fantasy to sci-fi by a mile", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "Casablanca > Titanic and I will die on this hill", like_items=["Casablanca (1942)"],
  dislike_items=["Titanic (1997)"])
R(T, "Documentaries are far more interesting to me than war films", like=[G + "Documentary"], dislike=[G + "War"])

# ------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thank you, that's thoughtful, but I think I'll pass on the scary ones, horror's not for me", dislike=[G + "Horror"])
R(T, "that's ever so kind, but cowboy films aren't really for me", dislike=[G + "Western"])
R(T, "I appreciate it, though maybe we could steer clear of Robin Williams", dislike=[P + "Robin Williams"])
R(T, "Lovely suggestions, only I'd rather not do anything animated", dislike=[G + "Animation"])
R(T, "If it's all the same to you, I'll give the musicals a miss", dislike=[G + "Musical"])
R(T, "I'm sure they're wonderful but sci-fi just isn't my thing, sorry", dislike=[G + "Sci-Fi"])
R(T, "would you mind leaving out the war films? thanks so much", dislike=[G + "War"])
R(T, "respectfully, no more John Travolta", dislike=[P + "John Travolta"])
R(T, "kindly skip the 60s ones, thank you", dislike=[D + "1960s"])
R(T, "Thanks, but could we avoid thrillers? they make me anxious", dislike=[G + "Thriller"])
R(T, "Oh that's sweet of you, but I'm not much for documentaries", dislike=[G + "Documentary"])
R(T, "i'd prefer not to see any Nicolas Cage, hope that's ok", dislike=[P + "Nicolas Cage"])
R(T, "Very thoughtful picks, but perhaps something other than crime?", dislike=[G + "Crime"])
R(T, "Thanks ever so much, but could I have a comedy instead of all the dramas?", like=[G + "Comedy"],
  dislike=[G + "Drama"])

# ---------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "soppy love stories can do one", dislike=[G + "Romance"])
R(T, "westerns are a big fat nope", dislike=[G + "Western"])
R(T, "Pauly Shore, lol no", dislike=[P + "Pauly Shore"])
R(T, "musicals are naff, bin them", dislike=[G + "Musical"])
R(T, "horror can jog on", dislike=[G + "Horror"])
R(T, "sci-fi is mid tbh, skip", dislike=[G + "Sci-Fi"])
R(T, "not a chance on anything from the 30s, way too creaky", dislike=[D + "1930s"])
R(T, "fantasy? miss me with that", dislike=[G + "Fantasy"])
R(T, "documentaries are a snoozefest, pass", dislike=[G + "Documentary"])
R(T, "Kevin Costner can kick rocks", dislike=[P + "Kevin Costner"])
R(T, "war movies are a no from me dawg", dislike=[G + "War"])
R(T, "childrens films, hard no, we're all adults here", dislike=[G + "Children's"])
R(T, "Steven Seagal? behave", dislike=[P + "Steven Seagal"])
R(T, "cartoons are cringe, leave em out", dislike=[G + "Animation"])

# ------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "The Godfather is a masterpiece from top to bottom, more like it please", like_items=["The Godfather (1972)"])
R(T, "westerns are the bread and butter of my movie diet", like=[G + "Western"])
R(T, "Ridley Scott is an absolute legend", like=[P + "Ridley Scott"])
R(T, "musicals are a ray of sunshine on a bad day", like=[G + "Musical"])
R(T, "the 50s were the golden age as far as I'm concerned", like=[D + "1950s"])
R(T, "a good mystery is like a warm blanket", like=[G + "Mystery"])
R(T, "film noir is pure poetry in shadows", like=[G + "Film-Noir"])
R(T, "Meryl Streep is a national treasure", like=[P + "Meryl Streep"])
R(T, "adventure films are my happy place", like=[G + "Adventure"])
R(T, "romances make my heart sing", like=[G + "Romance"])
R(T, "Tom Hanks can do no wrong in my eyes", like=[P + "Tom Hanks"])
R(T, "Star Wars is the crown jewel of my childhood, anything in that vein", like_items=["Star Wars (1977)"],
  ok=["+genre:Sci-Fi"])
R(T, "animated films are a breath of fresh air after a long week", like=[G + "Animation"])
R(T, "horror is the beating heart of cinema for me", like=[G + "Horror"])

# -------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "big yes to thrillers, big no to anything romantic", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "I love a good western but I can't sit through a musical", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "comedy's great, horror not so much", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "count me in for sci-fi, count me out for war stuff", like=[G + "Sci-Fi"], dislike=[G + "War"])
R(T, "Mel Gibson yes, Richard Gere no", like=[P + "Mel Gibson"], dislike=[P + "Richard Gere"])
R(T, "keen on 80s stuff, not fussed on the 60s", like=[D + "1980s"], dislike=[D + "1960s"])
R(T, "adventure is great for me, though animation gets old quick", like=[G + "Adventure"],
  dislike=[G + "Animation"])
R(T, "dramas are my jam; action movies bore me stiff", like=[G + "Drama"], dislike=[G + "Action"])
R(T, "I adore Audrey Hepburn, Marilyn Monroe leaves me cold", like=[P + "Audrey Hepburn"],
  dislike=[P + "Marilyn Monroe"])
R(T, "mysteries please, fantasy no thanks", like=[G + "Mystery"], dislike=[G + "Fantasy"])
R(T, "crime yes, documentaries absolutely not", like=[G + "Crime"], dislike=[G + "Documentary"])
R(T, "my vote goes to a war film, just nothing with Tom Cruise", like=[G + "War"], dislike=[P + "Tom Cruise"])
R(T, "happy with anything from the 40s, just not film noir", like=[D + "1940s"], dislike=[G + "Film-Noir"])
R(T, "Kids films are fine for us, horror obviously isn't", like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "give me Coppola for sure, never Michael Bay", like=[P + "Francis Ford Coppola"],
  dislike=[P + "Michael Bay"])
R(T, "a fantasy film sounds perfect; a horror one, not at all", like=[G + "Fantasy"], dislike=[G + "Horror"])

# ----------------------------------------------------------------------------------------------------- question
T = "question"
R(T, "westerns, do I like them? does a horse like hay, mate", like=[G + "Western"])
R(T, "Would I sit through a musical? not in a million years, no", dislike=[G + "Musical"])
R(T, "Am I in the mood for horror? Absolutely not", dislike=[G + "Horror"])
R(T, "Sci-fi? Yes please, the weirder the better", like=[G + "Sci-Fi"])
R(T, "Can you ever have too much Jim Carrey? I don't think so", like=[P + "Jim Carrey"])
R(T, "What do I want? Comedies, and lots of them", like=[G + "Comedy"])
R(T, "you know what I can't stand? war films", dislike=[G + "War"])
R(T, "Romance? Ugh, why would I", dislike=[G + "Romance"])
R(T, "Guess who's obsessed with Hitchcock again? me", like=[P + "Alfred Hitchcock"])
R(T, "Is there anything better than a 70s thriller? no there isn't", like=[G + "Thriller", D + "1970s"])
R(T, "what's the one thing I never want to see? anything animated", dislike=[G + "Animation"])
R(T, "Documentaries, you ask? only if you want me asleep in ten minutes", dislike=[G + "Documentary"])
R(T, "who doesn't love a good heist movie, am I right", like=[G + "Crime"])
R(T, "old movies from the 20s, are you serious? no", dislike=[D + "1920s"])
R(T, "Eddie Murphy? Heck yes", like=[P + "Eddie Murphy"])

# ---------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1975, I can't do the grainy look", year=(1975, None))
R(T, "I'm a sucker for the 80s", like=[D + "1980s"])
R(T, "the 30s and 40s are where it's at", like=[D + "1930s", D + "1940s"])
R(T, "skip anything made after 1990", year=(None, 1990))
R(T, "black and white stuff from the 50s is a no for me", dislike=[D + "1950s"])
R(T, "keep it post-1985 if you can, the older ones look so dated", year=(1985, None))
R(T, "nothing from the 90s, it all looks too glossy", dislike=[D + "1990s"])
R(T, "I want something from the 60s", like=[D + "1960s"])
R(T, "films made before 1960 only", year=(None, 1959))
R(T, "The seventies were peak cinema, give me those", like=[D + "1970s"])
R(T, "Anything pre-1950 is too slow for me", year=(1950, None))
R(T, "silent films from the 20s are my jam", like=[D + "1920s"])
R(T, "no 80s cheese, I'm begging", dislike=[D + "1980s"])
R(T, "keep it between 1965 and 1980", year=(1965, 1980))
R(T, "the forties yes, the nineties nah", like=[D + "1940s"], dislike=[D + "1990s"])

# ------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson is my guy", like=[P + "Jack Nicholson"])
R(T, "I can't stand Sharon Stone", dislike=[P + "Sharon Stone"])
R(T, "anything with Samuel L. Jackson yelling in it", like=[P + "Samuel L. Jackson"])
R(T, "Woody Allen's stuff gives me the ick", dislike=[P + "Woody Allen"])
R(T, "Tarantino's my favourite director", like=[P + "Quentin Tarantino"])
R(T, "keep Jean-Claude Van Damme far away from me", dislike=[P + "Jean-Claude Van Damme"])
R(T, "Michelle Pfeiffer could read the phone book and I'd watch", like=[P + "Michelle Pfeiffer"])
R(T, "Tim Burton's weird little films are totally my thing", like=[P + "Tim Burton"])
R(T, "Chevy Chase gets on my last nerve", dislike=[P + "Chevy Chase"])
R(T, "I'd follow Scorsese anywhere", like=[P + "Martin Scorsese"])
R(T, "Leslie Nielsen makes me laugh till I cry", like=[P + "Leslie Nielsen"])
R(T, "Sean Connery, not for me, sorry", dislike=[P + "Sean Connery"])
R(T, "Oliver Stone films are too preachy, skip him", dislike=[P + "Oliver Stone"])
R(T, "big fan of anything Kenneth Branagh does", like=[P + "Kenneth Branagh"])
R(T, "John Wayne? never warmed to him", dislike=[P + "John Wayne"])

# ------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo was perfect, I want more like that", like_items=["Fargo (1996)"])
R(T, "Independence Day bored me to tears, nothing like it", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "I could watch Pulp Fiction on loop", like_items=["Pulp Fiction (1994)"])
R(T, "The English Patient was three hours of my life I'll never get back",
  dislike_items=["The English Patient (1996)"])
R(T, "Toy Story never gets old", like_items=["Toy Story (1995)"])
R(T, "Waterworld was a soggy mess", dislike_items=["Waterworld (1995)"])
R(T, "Groundhog Day is my comfort film", like_items=["Groundhog Day (1993)"])
R(T, "Alien still scares the life out of me and I adore it", like_items=["Alien (1979)"])
R(T, "please don't ever show me Batman & Robin again", dislike_items=["Batman & Robin (1997)"])
R(T, "The Shawshank Redemption is the best film ever made", like_items=["The Shawshank Redemption (1994)"])
R(T, "Forrest Gump was so overrated, nothing like it", dislike_items=["Forrest Gump (1994)"])
R(T, "Something in the spirit of Raiders of the Lost Ark", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "Speed 2 was dire, keep it away", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Blade Runner blew my mind", like_items=["Blade Runner (1982)"])

# ----------------------------------------------------------------------------------------------------- rambling
T = "rambling"
R(T, "so my sister came over last night and we tried to watch this musical she loves and I lasted maybe twenty "
     "minutes before I fell asleep on the couch, so yeah, no musicals for me, maybe something with a bit of action "
     "instead", like=[G + "Action"], dislike=[G + "Musical"])
R(T, "ok long story but when I was a kid my grandad used to put on these old westerns every Sunday afternoon and "
     "I'd sit on the floor next to him, and now that he's gone I kind of want to get back into them, any good ones?",
  like=[G + "Western"])
R(T, "I had the worst week at work, my boss is a nightmare and the printer broke twice, I just want to laugh at "
     "something silly tonight, comedy all the way", like=[G + "Comedy"])
R(T, "my boyfriend keeps trying to get me into horror and I've really tried, honestly I have, but every time I end "
     "up watching through my fingers and not sleeping, so can we leave horror out of it", dislike=[G + "Horror"])
R(T, "back in college we had a film club and the guy who ran it was obsessed with Godard, so I've seen way too much "
     "of that and I'd rather not go back there", dislike=[P + "Jean-Luc Godard"])
R(T, "so we're doing a sleepover for my son's 8th birthday, there'll be like six boys and I need something they'll "
     "all watch without anyone getting scared, kids' stuff basically", like=[G + "Children's"])
R(T, "I've been on a bit of a sci-fi kick since I reread some Asimov over the summer, and honestly space stuff is "
     "where my head's at right now, anything from the 80s or earlier", like=[G + "Sci-Fi"], year=(None, 1989),
  ok=["+decade:1980s"])
R(T, "My mum's staying with us this week and she's mad about the old Gene Kelly musicals, which I have to admit "
     "I've grown to love too, so something along those lines would go down well with both of us",
  like=[P + "Gene Kelly", G + "Musical"])
R(T, "was flicking through channels and landed on some war film with loads of explosions and I just thought, why "
     "do people watch this, it's noise, no thanks, I want something quieter, maybe a drama", like=[G + "Drama"],
  dislike=[G + "War"])
R(T, "my flatmate is into those cheesy action films, last Saturday it was Dolph Lundgren back to back and I "
     "honestly want nothing to do with him ever again, so please not him", dislike=[P + "Dolph Lundgren"])

# -------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like thrillers with twists", like=[G + "Thriller"])
R(T, "I really don't enjoy fantasy films", dislike=[G + "Fantasy"])
R(T, "show me a few crime films from any era", like=[G + "Crime"])
R(T, "please no adventure films", dislike=[G + "Adventure"])
R(T, "I love stop motion animation", like=[G + "Animation"])
R(T, "I'm not into film noir", dislike=[G + "Film-Noir"])
R(T, "I want a documentary about music", like=[G + "Documentary"])
R(T, "I hate whodunits", dislike=[G + "Mystery"])
R(T, "I'd like something with Julia Roberts", like=[P + "Julia Roberts"])
R(T, "Don't recommend me anything with Hugh Grant", dislike=[P + "Hugh Grant"])
R(T, "I enjoy dramas about families", like=[G + "Drama"])
R(T, "I don't want anything from the 1970s", dislike=[D + "1970s"])
R(T, "I like comedies but not romantic ones", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "I'm looking for a sci-fi film", like=[G + "Sci-Fi"])
R(T, "I don't care for musicals at all", dislike=[G + "Musical"])
R(T, "Any good Westerns from the 1950s?", like=[G + "Western", D + "1950s"])
R(T, "Put on something animated for the kids", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "Please avoid anything with Whoopi Goldberg", dislike=[P + "Whoopi Goldberg"])
R(T, "Recommend me a war movie", like=[G + "War"])
R(T, "I'm not interested in action films", dislike=[G + "Action"])
R(T, "Can I get a mystery with a good twist?", like=[G + "Mystery"])
R(T, "I'd rather not watch anything from the 1930s", dislike=[D + "1930s"])
R(T, "my favourite actor is Kevin Kline", like=[P + "Kevin Kline"])
R(T, "I don't want to see Arnold Schwarzenegger in anything", dislike=[P + "Arnold Schwarzenegger"])


if __name__ == "__main__":
    main()
