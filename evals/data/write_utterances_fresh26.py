"""Writes evals/data/utterances_fresh26.jsonl: a twenty-sixth fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-sixth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (21:38-21:45 UTC) by F26, before and apart from the reader's round 16 (and at the
same time as, apart from, batch #25, whose files the writer did not open): the writer did not open the stance
readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge
notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench) or the round-16
author's work, ran no reader, agent, test or benchmark on these sentences, and did not read any utterances*.jsonl
or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance training writers.
Only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records,
write_utterances_fresh8.py's first 50 lines (its docstring and set-up, ending on its first record line) and its
last 5 lines (one record line), README.md's eighth-batch section, and the catalogue's vocabulary and film labels
were read. 23 sentences were reworded because they were already in an earlier file (named by the writer's own
check and a one-off script that printed only this batch's sentences found there). Every gold label is what a
careful reader takes the sentence to mean for this user now. The reader's author is not to read this file or
its output.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person,
genre, decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#24, the stance training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh26
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh26.jsonl"
OTHER_FILES = earlier_files(24, 15)  # utterances.jsonl, fresh #1-#24, training batches w1-w15
BATCH = "fresh26-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "noir has its claws in me and I've stopped fighting it, another one please", like=[G + "Film-Noir"])
R(T, "war movies are my guilty pleasure and I don't feel even a tiny bit guilty", like=[G + "War"])
R(T, "heist flicks are a disease and I never want the cure", like=[G + "Crime"])
R(T, "give me something gory and deranged, the nastier the better", like=[G + "Horror"])
R(T, "Kurosawa films absolutely wreck me every single time, in the best way", like=[P + "Akira Kurosawa"])
R(T, "70s paranoid thrillers are my kryptonite, I cannot resist one", like=[G + "Thriller", D + "1970s"])
R(T, "documentaries are my dirty little secret, I binge them like a maniac", like=[G + "Documentary"])
R(T, "swashbuckling adventure stuff is dangerous for me, I'll lose a whole weekend to it gladly",
  like=[G + "Adventure"])
R(T, "I'm obsessed with Jim Carrey to a frankly unhealthy degree", like=[P + "Jim Carrey"])
R(T, "space operas are a sickness I have and I'm refusing treatment", like=[G + "Sci-Fi"])
R(T, "whodunits torture me in the nicest possible way, I NEED to know who did it", like=[G + "Mystery"])
R(T, "that Fargo movie is criminally good, I want more like it", like_items=["Fargo (1996)"])
R(T, "musicals are poison to me, genuinely", dislike=[G + "Musical"])
R(T, "slasher stuff makes me physically ill, keep it away", dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "my cowboy quota for the decade has been met, no westerns ta", dislike=[G + "Western"])
R(T, "honestly I'm all romanced out after Valentine's", dislike=[G + "Romance"])
R(T, "sci-fi and I need a little break from each other", dislike=[G + "Sci-Fi"])
R(T, "I've OD'd on Tarantino this month, give it a rest", dislike=[P + "Quentin Tarantino"])
R(T, "war films... I'm done. done done done", dislike=[G + "War"])
R(T, "been mainlining crime shows and crime films all winter and I'm burnt out on the lot",
  dislike=[G + "Crime"])
R(T, "I could happily go the rest of my life without another big dumb action flick", dislike=[G + "Action"])
R(T, "sick to the back teeth of costume dramas, love", dislike=[G + "Drama"], ok=["-genre:Romance"])
R(T, "the whole 80s nostalgia thing has worn pretty thin for me", dislike=[D + "1980s"])
R(T, "the twins have worn out every cartoon we own and so have I, nothing animated for me tonight",
  dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "I'm maxed out on documentaries after a whole term of film class", dislike=[G + "Documentary"])
R(T, "Tom Hanks fatigue is real in this house, skip him for a while", dislike=[P + "Tom Hanks"])
R(T, "my brain is fried from whodunits, binged about thirty of them this month", dislike=[G + "Mystery"])
R(T, "I've seen Twister so many times I never want to hear a tornado siren again",
  dislike_items=["Twister (1996)"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a western wouldn't exactly ruin my evening", like=[G + "Western"])
R(T, "a spot of sci-fi wouldn't go amiss tonight", like=[G + "Sci-Fi"])
R(T, "I have been known to enjoy the odd Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "I don't hate a musical now and then", like=[G + "Musical"])
R(T, "film noir is not entirely without its charms", like=[G + "Film-Noir"])
R(T, "fantasy is... not really my cup of tea, let's put it that way", dislike=[G + "Fantasy"])
R(T, "horror isn't exactly top of my list", dislike=[G + "Horror"])
R(T, "I'm not the world's biggest Kevin Costner fan, shall we say", dislike=[P + "Kevin Costner"])
R(T, "a documentary could be sort of alright tonight", like=[G + "Documentary"])
R(T, "I'd be fairly ok with something from the fifties", like=[D + "1950s"])
R(T, "war films tend to be a touch too much for my nerves", dislike=[G + "War"])
R(T, "Mel Brooks has made me chuckle once or twice", like=[P + "Mel Brooks"])
R(T, "I still have a bit of a soft spot for kids' films, even at my age", like=[G + "Children's"])
R(T, "thrillers would not be unwelcome", like=[G + "Thriller"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "I wouldn't not enjoy a twisty mystery, put it that way", like=[G + "Mystery"])
R(T, "I can't say I don't love a creepy ghost story", like=[G + "Horror"])
R(T, "there's no crime film I wouldn't watch, honestly", like=[G + "Crime"])
R(T, "not one Spielberg movie I haven't loved", like=[P + "Steven Spielberg"])
R(T, "I don't dislike animation, far from it", like=[G + "Animation"])
R(T, "it's not that I don't get why people love war movies, I just don't", dislike=[G + "War"])
R(T, "never not in the mood for action tbh", like=[G + "Action"])
R(T, "I don't not like documentaries but I'd rather skip them tonight", dislike=[G + "Documentary"])
R(T, "it's not untrue that I'm a massive sci-fi nerd", like=[G + "Sci-Fi"])
R(T, "It isn't that I can't sit through a romance, I just don't want one tonight", dislike=[G + "Romance"])
R(T, "no way am I not watching something with Harrison Ford tonight", like=[P + "Harrison Ford"])
R(T, "I can't not rewatch Pulp Fiction every few months", like_items=["Pulp Fiction (1994)"])
R(T, "I've yet to meet a Coen brothers film I didn't like", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "It's not that I don't appreciate Woody Allen, I just really don't want him right now",
  dislike=[P + "Woody Allen"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns this weekend, I mean it", like=[G + "Western"])
R(T, "anything but horror, I'm watching alone", dislike=[G + "Horror"])
R(T, "throw anything at me except the song-and-dance numbers", dislike=[G + "Musical"])
R(T, "film noir or nothing tonight", like=[G + "Film-Noir"])
R(T, "any genre going, minus the lovey-dovey ones", dislike=[G + "Romance"])
R(T, "just comedies please. only comedies", like=[G + "Comedy"])
R(T, "I'll watch whatever as long as it's not animated", dislike=[G + "Animation"])
R(T, "only stuff from the 90s, nothing older", like=[D + "1990s"], year=(1990, None))
R(T, "it's sci-fi or bust for me", like=[G + "Sci-Fi"])
R(T, "anything at all, bar war films", dislike=[G + "War"])
R(T, "documentaries exclusively, I'm in a learning mood", like=[G + "Documentary"])
R(T, "all genres welcome except fantasy, dragons bore me", dislike=[G + "Fantasy"])
R(T, "nobody but Denzel for me tonight", like=[P + "Denzel Washington"])
R(T, "whatever you like, save for kids' stuff", dislike=[G + "Children's"], ok=["-genre:Animation"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a dusty cowboy picture beats spaceships hands down for me", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a dusty old noir over a shiny action blockbuster", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "comedy over drama, always, life's sad enough", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Kubrick wipes the floor with Spielberg if you ask me", like=[P + "Stanley Kubrick"],
  dislike=[P + "Steven Spielberg"])
R(T, "horror knocks romance into a cocked hat", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "give me the 70s over the 80s every time", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "a slow-burn whodunit is worth ten of your jumpy thrillers", like=[G + "Mystery"],
  dislike=[G + "Thriller"])
R(T, "documentaries > fantasy nonsense", like=[G + "Documentary"], dislike=[G + "Fantasy"])
R(T, "Die Hard is ten times the film Speed is", like_items=["Die Hard (1988)"], dislike_items=["Speed (1994)"])
R(T, "adventure movies leave musicals in the dust", like=[G + "Adventure"], dislike=[G + "Musical"])
R(T, "I'd rather watch paint dry than a war movie, put a crime thing on", like=[G + "Crime"],
  dislike=[G + "War"])
R(T, "Bogart's pure class, Costner's a plank of wood next to him", like=[P + "Humphrey Bogart"],
  dislike=[P + "Kevin Costner"])
R(T, "black-and-white stuff from the 40s is better than anything the 90s made", like=[D + "1940s"],
  dislike=[D + "1990s"])
R(T, "crime flicks > romcoms, no contest", like=[G + "Crime"], dislike=[G + "Romance", G + "Comedy"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "oh that's lovely of you, but I'll sit the horror ones out if that's ok", dislike=[G + "Horror"])
R(T, "that's really kind, though westerns aren't really for me", dislike=[G + "Western"])
R(T, "I appreciate the thought, but could we maybe steer clear of musicals?", dislike=[G + "Musical"])
R(T, "Lovely suggestions! Just not the war films, if that's alright", dislike=[G + "War"])
R(T, "I'm sure they're great, but sci-fi isn't quite my thing", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you, I'd rather not do anything with Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "no offence to the sixties, but I'll give them a miss", dislike=[D + "1960s"])
R(T, "would you mind awfully leaving out the cartoons?", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "I'll respectfully decline the documentaries, thank you", dislike=[G + "Documentary"])
R(T, "you're very sweet but romance really isn't my scene", dislike=[G + "Romance"])
R(T, "kindly hold the thrillers, I'm jumpy enough as it is", dislike=[G + "Thriller"])
R(T, "that's thoughtful of you, though I'd prefer to skip Titanic", dislike_items=["Titanic (1997)"])
R(T, "much obliged, but fantasy films tend to lose me", dislike=[G + "Fantasy"])
R(T, "perhaps something other than a drama? I'd be ever so grateful", dislike=[G + "Drama"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "cowboy films? nahhh bruv", dislike=[G + "Western"])
R(T, "musicals are naff, hard pass", dislike=[G + "Musical"])
R(T, "horror is a big fat nope", dislike=[G + "Horror"])
R(T, "romcoms can do one", dislike=[G + "Romance", G + "Comedy"])
R(T, "ew, documentaries, miss me with that", dislike=[G + "Documentary"])
R(T, "Seagal movies are absolute pants", dislike=[P + "Steven Seagal"])
R(T, "war films? not a chance, mate", dislike=[G + "War"])
R(T, "fantasy is kinda cringe tbh, skip", dislike=[G + "Fantasy"])
R(T, "kiddie films are a hard no from this grown adult", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "Pauly Shore? lmaooo no", dislike=[P + "Pauly Shore"])
R(T, "anything from the 30s is a snoozefest, bin it", dislike=[D + "1930s"])
R(T, "mysteries bore me to tears, next", dislike=[G + "Mystery"])
R(T, "action flicks are mid, pass", dislike=[G + "Action"])
R(T, "Spice World? get that rubbish outta here", dislike_items=["Spice World (1997)"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a good western is worth its weight in gold to me, honestly", like=[G + "Western"])
R(T, "Hitchcock is the gold standard, nobody touches him", like=[P + "Alfred Hitchcock"])
R(T, "a good whodunit is like a warm bath for my brain", like=[G + "Mystery"])
R(T, "put a starship on screen and I'm in my happy place", like=[G + "Sci-Fi"])
R(T, "Casablanca is a gem, I could watch it forever", like_items=["Casablanca (1942)"])
R(T, "musicals light me up inside", like=[G + "Musical"])
R(T, "the fifties were a treasure chest for film", like=[D + "1950s"])
R(T, "documentaries are food for my soul", like=[G + "Documentary"])
R(T, "adventure films are catnip for me", like=[G + "Adventure"])
R(T, "Meryl Streep is a national treasure, more of her please", like=[P + "Meryl Streep"])
R(T, "animated films are little works of art", like=[G + "Animation"])
R(T, "war epics are right up my street", like=[G + "War"])
R(T, "Robin Williams was sunshine in human form, give me his stuff", like=[P + "Robin Williams"])
R(T, "a tight crime thriller is my idea of heaven", like=[G + "Crime", G + "Thriller"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "yes to westerns, no to anything with singing", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "I love a good horror film but slapstick comedy does nothing for me", like=[G + "Horror"],
  dislike=[G + "Comedy"])
R(T, "big on the 40s, not so big on the 70s", like=[D + "1940s"], dislike=[D + "1970s"])
R(T, "keep the sci-fi coming, lose the romance", like=[G + "Sci-Fi"], dislike=[G + "Romance"])
R(T, "I'm all about documentaries; action movies leave me cold", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "Tom Cruise yes, Nicolas Cage please no", like=[P + "Tom Cruise"], dislike=[P + "Nicolas Cage"])
R(T, "fantasy I can do, war I can't", like=[G + "Fantasy"], dislike=[G + "War"])
R(T, "happy with a thriller, just nothing animated", like=[G + "Thriller"], dislike=[G + "Animation"])
R(T, "crime's great, drama's a drag", like=[G + "Crime"], dislike=[G + "Drama"])
R(T, "I adore Audrey Hepburn, can't bear Jerry Lewis", like=[P + "Audrey Hepburn"], dislike=[P + "Jerry Lewis"])
R(T, "The Shining was brilliant, Scream was trash", like_items=["The Shining (1980)"],
  dislike_items=["Scream (1996)"])
R(T, "musicals are my jam, but film noir puts me to sleep", like=[G + "Musical"], dislike=[G + "Film-Noir"])
R(T, "more mysteries please and no more kids' films", like=[G + "Mystery"], dislike=[G + "Children's"])
R(T, "bring on the adventure - hold the horror", like=[G + "Adventure"], dislike=[G + "Horror"])
R(T, "Comedy, sure. Anything before 1960, no thanks", like=[G + "Comedy"], year=(1960, None))
R(T, "loved the Woody Allen picks, the Schwarzenegger ones not so much", like=[P + "Woody Allen"],
  dislike=[P + "Arnold Schwarzenegger"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Do I fancy a western? Go on then, I'd love one", like=[G + "Western"])
R(T, "do I like horror? absolutely not", dislike=[G + "Horror"])
R(T, "am I a musical person? you bet I am", like=[G + "Musical"])
R(T, "Would I watch a documentary tonight? Not in a million years", dislike=[G + "Documentary"])
R(T, "Sci-fi? Is the pope Catholic?", like=[G + "Sci-Fi"])
R(T, "war movies, you ask? not for me, ta", dislike=[G + "War"])
R(T, "ever seen me turn down a Jackie Chan film? didn't think so", like=[P + "Jackie Chan"])
R(T, "romance? in this economy? no", dislike=[G + "Romance"])
R(T, "who doesn't love a good heist movie? exactly. put one on", like=[G + "Crime"])
R(T, "fantasy, you say? eh, I'll pass", dislike=[G + "Fantasy"])
R(T, "do I want something from the 80s? oh heck yes", like=[D + "1980s"])
R(T, "what about animation? sure, why not", like=[G + "Animation"])
R(T, "would I sit through another Julia Roberts film? only at gunpoint", dislike=[P + "Julia Roberts"])
R(T, "Thrillers? Nope, way too stressful", dislike=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing pre-1980, I find older films drag", year=(1980, None))
R(T, "I'm a sucker for 60s films", like=[D + "1960s"])
R(T, "the 30s are way too creaky for me", dislike=[D + "1930s"])
R(T, "nothing after 1975 please, modern films do nothing for me", year=(None, 1975))
R(T, "I love the 20s silents, more of those", like=[D + "1920s"])
R(T, "anything from the 90s works, I'm a 90s kid", like=[D + "1990s"])
R(T, "1990 onwards only, I can't do the old stuff", year=(1990, None))
R(T, "The 50s? Bit too wholesome for me", dislike=[D + "1950s"])
R(T, "films from the forties are the best thing ever made", like=[D + "1940s"])
R(T, "skip anything from the 80s, the hair alone", dislike=[D + "1980s"])
R(T, "the 70s, please, that gritty era", like=[D + "1970s"])
R(T, "I'm not into anything from before the 60s", year=(1960, None),
  ok=[f"-decade:{d}" for d in ("1920s", "1930s", "1940s", "1950s")])
R(T, "late 90s stuff only, like 1995 and up", year=(1995, None), ok=["+decade:1990s"])
R(T, "nothing from the 1920s or 30s, silent stuff puts me to sleep", dislike=[D + "1920s", D + "1930s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "I'd watch Jack Nicholson read the phone book", like=[P + "Jack Nicholson"])
R(T, "can't stand Sylvester Stallone, he mumbles through every film", dislike=[P + "Sylvester Stallone"])
R(T, "Meg Ryan is my comfort actress", like=[P + "Meg Ryan"])
R(T, "Keanu is a legend, gimme Keanu Reeves", like=[P + "Keanu Reeves"])
R(T, "Jean-Claude Van Damme movies are a no from me", dislike=[P + "Jean-Claude Van Damme"])
R(T, "Scorsese can do no wrong in my book", like=[P + "Martin Scorsese"])
R(T, "spare me the Hugh Grant bumbling", dislike=[P + "Hugh Grant"])
R(T, "anything Tim Burton touches, I'm there", like=[P + "Tim Burton"])
R(T, "Mel Gibson's been dead to me for years", dislike=[P + "Mel Gibson"])
R(T, "Sandra Bullock is an absolute delight", like=[P + "Sandra Bullock"])
R(T, "keep Demi Moore far away from my screen", dislike=[P + "Demi Moore"])
R(T, "David Lynch weirdness is exactly my vibe", like=[P + "David Lynch"])
R(T, "Whoopi Goldberg's whole shtick gets on my last nerve", dislike=[P + "Whoopi Goldberg"])
R(T, "big Ingrid Bergman fan over here", like=[P + "Ingrid Bergman"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Braveheart is overrated tosh, don't suggest it", dislike_items=["Braveheart (1995)"])
R(T, "The Princess Bride is perfection", like_items=["The Princess Bride (1987)"])
R(T, "I'd happily rewatch Groundhog Day tonight", like_items=["Groundhog Day (1993)"])
R(T, "I'd rather drown than sit through Waterworld a second time", dislike_items=["Waterworld (1995)"])
R(T, "something in the spirit of The Usual Suspects would be perfect", like_items=["The Usual Suspects (1995)"])
R(T, "Showgirls, god no", dislike_items=["Showgirls (1995)"])
R(T, "Jurassic Park holds up beautifully, I'd put it on again right now", like_items=["Jurassic Park (1993)"])
R(T, "please don't put The English Patient on, it's endless", dislike_items=["The English Patient (1996)"])
R(T, "I keep quoting Monty Python and the Holy Grail, I need it again",
  like_items=["Monty Python and the Holy Grail (1974)"])
R(T, "Batman & Robin is the worst thing I've ever sat through", dislike_items=["Batman & Robin (1997)"])
R(T, "The Big Lebowski is basically my spirit animal", like_items=["The Big Lebowski (1998)"])
R(T, "Forrest Gump bores me rigid", dislike_items=["Forrest Gump (1994)"])
R(T, "Blade Runner is a masterpiece and I'll hear no arguments", like_items=["Blade Runner (1982)"])
R(T, "The Godfather? seen it twenty times, I'll see it twenty more", like_items=["The Godfather (1972)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so my flatmate has been making me watch horror films for like a month straight and I've realised I "
     "actually kind of hate being scared, I jump at every noise in the flat now, so tonight can we please do "
     "literally anything that isn't horror", dislike=[G + "Horror"])
R(T, "so my grandad used to take me to the pictures every Saturday when I was little and he'd always pick "
     "westerns, John Wayne mostly, and now whenever I'm feeling a bit low I just want a western, so yeah",
  like=[G + "Western"], ok=["+person:John Wayne"])
R(T, "Long day at work, boss yelled at me, the train was delayed 40 minutes, and I just want to curl up with "
     "something funny. nothing heavy, nothing sad, just a silly comedy that'll make me forget today",
  like=[G + "Comedy"], ok=["-genre:Drama"])
R(T, "my partner and I have this running argument because she loves musicals and I'd genuinely rather sit in "
     "traffic, but it's my turn to pick tonight so I'm going to say, respectfully, no musicals, and maybe "
     "something with a bit of action instead", like=[G + "Action"], dislike=[G + "Musical"])
R(T, "I went to a talk last week by this guy who'd made a film about Antarctica and ever since I've been on a "
     "real documentary kick, nature ones, history ones, whatever, I just want to learn stuff from the sofa",
  like=[G + "Documentary"])
R(T, "so I tried to watch one of those big fantasy epics everyone was raving about and I think I lasted forty "
     "minutes before I was on my phone, too many made-up names, elves, whatever, so maybe not that again",
  dislike=[G + "Fantasy"])
R(T, "right, so it's my nan's birthday and she's coming round, she's 84 and loves the old stuff, 40s and 50s "
     "Hollywood, and honestly so do I, so anything from back then would go down a treat",
  like=[D + "1940s", D + "1950s"])
R(T, "I've been watching a lot of sci-fi lately because of a podcast I listen to, and I'm starting to realise "
     "I don't actually like it that much? like the ideas are cool but the films themselves bore me, so maybe "
     "skip it for now", dislike=[G + "Sci-Fi"])
R(T, "my son is six and obsessed with anything animated, which is fine, but after the 400th viewing of The Lion "
     "King I'm desperate for a grown-up film once he's in bed, maybe a crime thing or a thriller",
  like=[G + "Crime", G + "Thriller"], ok=["-genre:Animation", "-genre:Children's"])
R(T, "had a pretty rough breakup, and everyone keeps telling me to watch romcoms to cheer up, but honestly the "
     "last thing I want to see is people falling in love, so zero romance please, maybe a war film or "
     "something grim", like=[G + "War"], dislike=[G + "Romance"], ok=["-genre:Comedy"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like action films with good car chases", like=[G + "Action"])
R(T, "I don't want anything scary tonight", dislike=[G + "Horror"])
R(T, "Comedies please, something light", like=[G + "Comedy"])
R(T, "I'm not interested in documentaries", dislike=[G + "Documentary"])
R(T, "I enjoy a good romance", like=[G + "Romance"])
R(T, "I don't want any science fiction today", dislike=[G + "Sci-Fi"])
R(T, "Could you find me a mystery film?", like=[G + "Mystery"])
R(T, "I don't like war movies at all", dislike=[G + "War"])
R(T, "I really like Clint Eastwood", like=[P + "Clint Eastwood"])
R(T, "please don't recommend anything with Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "I'd like a film from the 1970s", like=[D + "1970s"])
R(T, "I don't watch musicals", dislike=[G + "Musical"])
R(T, "looking for a fantasy movie", like=[G + "Fantasy"])
R(T, "not westerns please, my dad watches enough of them", dislike=[G + "Western"])
R(T, "I love animated movies", like=[G + "Animation"])
R(T, "I'm not a fan of dramas", dislike=[G + "Drama"])
R(T, "Recommend me a thriller", like=[G + "Thriller"])
R(T, "I hate film noir", dislike=[G + "Film-Noir"])
R(T, "I want something for the kids, they're 5 and 7", like=[G + "Children's"])
R(T, "nothing with Arnold Schwarzenegger please", dislike=[P + "Arnold Schwarzenegger"])
R(T, "I'm after a crime movie, something with detectives", like=[G + "Crime"], ok=["+genre:Mystery"])
R(T, "I dislike adventure films", dislike=[G + "Adventure"])
R(T, "Something like Star Wars would be great", like_items=["Star Wars (1977)"])


if __name__ == "__main__":
    main()
