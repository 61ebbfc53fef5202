"""Writes evals/data/utterances_fresh35.jsonl: a thirty-fifth fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-fifth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (from 05:42 UTC) by F35, before and apart from the stance reader's round 21 (issue
21): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py,
tools/lexicon.py, tools/mood.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench), /work/notes beyond the writer's own brief, or the files of the writer of
batch #36, ran no reader, agent, test or benchmark on these sentences, and did not read any utterances*.jsonl or
stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance training writers. Read:
fresh_batch.py, write_utterances.py's R(), build() / main(), its G / D / P constants and shown lists, its first ~20
complaint records (the same screen also showed its first ~17 reference records), the first 50 and last 5 lines of
write_utterances_fresh8.py, README.md's eighth-batch section and the ml-100k catalogue's vocabulary and film labels
(loaded to check that names and labels exist). Six rewordings were made because the writer's check named the
sentence as already in an earlier file (five sentences, one of them twice: its first rewording was also taken); the
same round lengthened about 28 other short, generic sentences to make a repeat less likely, and 13 records were then
cut to bring the batch to 238. The check was also run as a one-off script printing only this batch's repeated
sentences. The reader's author is not to read this file or its output.
Every gold label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person,
genre, decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#34, training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh35
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh35.jsonl"
OTHER_FILES = earlier_files(34, 15)  # utterances.jsonl, fresh #1-#34, training batches w1-w15
BATCH = "fresh35-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

KIDS_ALSO = ["-genre:Animation"]
ROMCOM_NO = ["-genre:Comedy"]


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are a genuine sickness with me, my dad passed it down like a family curse and i'm not looking for "
  "a cure", like=[G + "Western"])
R(T, "ok confession: i'm a total lost cause when it comes to heist and gangster stuff, hopeless, feed the habit",
  like=[G + "Crime"])
R(T, "film noir has ruined normal lighting for me, every room now needs venetian blind shadows, pour me more of "
  "that poison", like=[G + "Film-Noir"])
R(T, "musicals are my shameful little vice, i belt along at full volume and the neighbours just have to suffer",
  like=[G + "Musical"])
R(T, "jim carrey is a public menace to my ribcage, i cry laughing every single time, more of that lunatic please",
  like=[P + "Jim Carrey"])
R(T, "documentaries are basically my crack tbh, three back to back on a sunday and i'm vibrating",
  like=[G + "Documentary"])
R(T, "war films absolutely wreck me in the best way and i want to be properly gutted tonight",
  like=[G + "War"])
R(T, "i'm obsessed with 70s cinema to a frankly unhealthy degree, it's a problem, enable me",
  like=[D + "1970s"])
R(T, "sci-fi is a disease i caught at age nine off a battered vhs tape and it's terminal, i want no cure",
  like=[G + "Sci-Fi"])
R(T, "hand drawn cartoons are my kryptonite, show me one and i fold instantly like a cheap deckchair",
  like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "whodunits are dangerous for me, i lose entire weekends to them chasing the killer, go on then, hit me",
  like=[G + "Mystery"], ok=["+genre:Crime"])
R(T, "kubrick films are a brutal assault on my nervous system and i keep crawling back for more punishment",
  like=[P + "Stanley Kubrick"])
R(T, "fantasy stuff is a nightmare for me and not the fun kind, elves and prophecies make me want to scream into "
  "a pillow", dislike=[G + "Fantasy"])
R(T, "adventure films are pure chaos and i'm hopelessly hooked on that chaos, the sillier the quest the better",
  like=[G + "Adventure"])
R(T, "the 1950s have me in a chokehold honestly, technicolor and big skirts, i can't escape and don't want to",
  like=[D + "1950s"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've hit the wall with action flicks, car chase number nine hundred and i'm running on fumes",
  dislike=[G + "Action"])
R(T, "honestly i'm romcommed out for the year, one more dash through an airport and i'll scream",
  dislike=[G + "Romance"], ok=ROMCOM_NO)
R(T, "drama fatigue is real, i've done nothing but sob at screens for a month, give my tear ducts a holiday",
  dislike=[G + "Drama"])
R(T, "thrillers have worn me down to a nub lately, i can call every twist from the opening credits",
  dislike=[G + "Thriller"])
R(T, "i'm so over westerns it isn't even funny, seen enough dusty main streets to last me a lifetime",
  dislike=[G + "Western"])
R(T, "bit burnt out on the whole war genre tbh, my grandad made me sit through every one ever made",
  dislike=[G + "War"])
R(T, "documentaries have run their course for me this month, my brain is full to the brim with facts",
  dislike=[G + "Documentary"])
R(T, "i'm all horrored out after october, the jump scares don't even register anymore", dislike=[G + "Horror"])
R(T, "kids films, done, finished, my two have played them into the ground and i can't face another one",
  dislike=[G + "Children's"], ok=KIDS_ALSO)
R(T, "the 80s have been done to death in this flat, my flatmate's nostalgia kick has broken me",
  dislike=[D + "1980s"])
R(T, "had it up to here with mysteries, i always clock the culprit by the half hour mark anyway",
  dislike=[G + "Mystery"])
R(T, "sick to the back teeth of sci-fi, one more spaceship corridor with blinking lights and i'm leaving",
  dislike=[G + "Sci-Fi"])
R(T, "i never seem to tire of a good comedy though, my appetite for a laugh is bottomless", like=[G + "Comedy"])
R(T, "tom hanks has been on my telly so much lately i see his face when i close my eyes, give the man a rest",
  dislike=[P + "Tom Hanks"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "i wouldn't exactly complain if you stuck a crime thing on", like=[G + "Crime"])
R(T, "a bit of film noir wouldn't go amiss tonight, just saying", like=[G + "Film-Noir"])
R(T, "war films are not the worst way to spend a wet tuesday evening", like=[G + "War"])
R(T, "i could possibly be persuaded toward something animated, it has been known to happen",
  like=[G + "Animation"])
R(T, "robin williams is alright i suppose, in the sense that i've seen everything he's ever done twice",
  like=[P + "Robin Williams"])
R(T, "the odd musical has been known to cheer me up slightly, if i'm honest", like=[G + "Musical"])
R(T, "i'm not entirely allergic to the 60s, there's some half decent stuff in there", like=[D + "1960s"])
R(T, "a western or two would hardly ruin my week, put it that way", like=[G + "Western"])
R(T, "sci-fi has its moments, i'll grant it that much, go on", like=[G + "Sci-Fi"])
R(T, "horror and me aren't on the best of terms, let's put it that way", dislike=[G + "Horror"])
R(T, "documentaries are a touch on the dry side for my taste, i'd probably give them a miss",
  dislike=[G + "Documentary"])
R(T, "i've had more fun at the dentist than watching fantasy films, slight exaggeration but only slight",
  dislike=[G + "Fantasy"])
R(T, "romance isn't exactly setting my world on fire at the moment", dislike=[G + "Romance"])
R(T, "the 30s stuff is a little before my time, shall we say, and a little too creaky", dislike=[D + "1930s"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good thriller, i do, a lot actually", like=[G + "Thriller"])
R(T, "i'd never say no to a mystery, never have and never will", like=[G + "Mystery"])
R(T, "there isn't a single steve martin comedy out there that i don't rate", like=[P + "Steve Martin"])
R(T, "i can't not watch a western when there's one on, it's physically impossible for me",
  like=[G + "Western"])
R(T, "no way am i not up for some loud 90s action tonight", like=[G + "Action", D + "1990s"])
R(T, "it's not that i don't like dramas, i just don't want one tonight, my head's fried", dislike=[G + "Drama"])
R(T, "i don't dislike animation in the slightest, quite the opposite in fact", like=[G + "Animation"])
R(T, "i have never once met a film noir i didn't like, and trust me i've met a great many of them",
  like=[G + "Film-Noir"])
R(T, "not that i'm not a fan of romance but i'm really not feeling it, skip those for now",
  dislike=[G + "Romance"])
R(T, "it's not untrue that i've got a soft spot for kids movies", like=[G + "Children's"], ok=["+genre:Animation"])
R(T, "there's no horror film i wouldn't happily skip, not a single one", dislike=[G + "Horror"])
R(T, "can't say i've ever not enjoyed a harrison ford film, can you", like=[P + "Harrison Ford"])
R(T, "i wouldn't say no to nothing from the 40s, bring the whole lot", like=[D + "1940s"])
R(T, "it's not as though i've never dozed off during a documentary, i have, every single time, so no",
  dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies tonight, i need to laugh till my face hurts", like=[G + "Comedy"])
R(T, "anything but horror, i'm home alone and the house creaks", dislike=[G + "Horror"])
R(T, "everything except musicals is fine by me, honestly anything", dislike=[G + "Musical"])
R(T, "sci-fi or nothing, that's the deal tonight, take it or leave it pal", like=[G + "Sci-Fi"])
R(T, "i'll watch anything at all bar westerns, cowboys bring me out in hives", dislike=[G + "Western"])
R(T, "only thrillers, nothing else will scratch the itch", like=[G + "Thriller"])
R(T, "put on whatever you fancy except a war film, my nerves are shot", dislike=[G + "War"])
R(T, "it's fantasy or bust for me this long weekend", like=[G + "Fantasy"])
R(T, "any decade but the 70s, the brown carpets alone put me off", dislike=[D + "1970s"])
R(T, "nothing but film noir in my queue and i plan to keep it that way", like=[G + "Film-Noir"])
R(T, "give me mysteries and only mysteries, i'm on a streak", like=[G + "Mystery"])
R(T, "anyone but woody allen please, literally anyone", dislike=[P + "Woody Allen"])
R(T, "i'm down for everything but romcoms, those i'll leave to my sister", dislike=[G + "Romance"], ok=ROMCOM_NO)
R(T, "crime, crime and nothing but crime, that's my whole plan for the night", like=[G + "Crime"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a dusty old western beats a sci-fi space opera hands down, weekdays and weekends alike", like=[G + "Western"],
  dislike=[G + "Sci-Fi"])
R(T, "i'd take a documentary over a soppy romance every single time", like=[G + "Documentary"],
  dislike=[G + "Romance"])
R(T, "comedy wipes the floor with horror as far as i'm concerned", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "the 40s knock the 80s into a cocked hat, no question", like=[D + "1940s"], dislike=[D + "1980s"])
R(T, "schwarzenegger over stallone, no contest whatsoever", like=[P + "Arnold Schwarzenegger"],
  dislike=[P + "Sylvester Stallone"])
R(T, "a musical is miles better than an action movie in my book", like=[G + "Musical"], dislike=[G + "Action"])
R(T, "give me a crime flick ahead of a fantasy one any time", like=[G + "Crime"], dislike=[G + "Fantasy"])
R(T, "mystery > thriller, fight me in the car park", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "hitchcock runs rings around spielberg imo, not even close", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Steven Spielberg"])
R(T, "i'd rather sit through a three hour war epic than some animated thing", like=[G + "War"],
  dislike=[G + "Animation"])
R(T, "drama trumps adventure for me nine times out of ten", like=[G + "Drama"], dislike=[G + "Adventure"])
R(T, "the 90s stuff leaves the 60s stuff standing in the dust", like=[D + "1990s"], dislike=[D + "1960s"])
R(T, "fargo is worlds ahead of pulp fiction, never understood the fuss about the second one",
  like_items=["Fargo (1996)"], dislike_items=["Pulp Fiction (1994)"])
R(T, "film noir any day of the week over a kids movie with a talking dog", like=[G + "Film-Noir"],
  dislike=[G + "Children's"], ok=KIDS_ALSO)
R(T, "meg ryan outshines julia roberts by a country mile", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks so much, but i think i'll pass on the horror side of things", dislike=[G + "Horror"])
R(T, "that's very kind of you to suggest musicals but they're really not for me", dislike=[G + "Musical"])
R(T, "i appreciate the thought, though i'd rather steer clear of war films if that's alright",
  dislike=[G + "War"])
R(T, "lovely suggestions, honestly, but could we maybe leave the westerns out of it?", dislike=[G + "Western"])
R(T, "i'm sure they're wonderful films, it's just that sci-fi and i never clicked, sorry!",
  dislike=[G + "Sci-Fi"])
R(T, "no offence meant to the genre but i'll politely decline the documentaries", dislike=[G + "Documentary"])
R(T, "if it's all the same to you, i'd prefer nothing from the 1920s", dislike=[D + "1920s"])
R(T, "sorry to be a pain but could we skip anything with adam sandler in it", dislike=[P + "Adam Sandler"])
R(T, "thank you, though animated films aren't really what i'm after, if you don't mind",
  dislike=[G + "Animation"])
R(T, "you're a star, but i'll give the romances a miss this time round", dislike=[G + "Romance"])
R(T, "kindly hold the thrillers, my heart's not up to it, thanks ever so", dislike=[G + "Thriller"])
R(T, "i'd gently say no to anything by oliver stone, but thanks for thinking of me",
  dislike=[P + "Oliver Stone"])
R(T, "if it's no trouble at all, i'd love a few comedies, thank you kindly", like=[G + "Comedy"])
R(T, "would you be so kind as to find me something with audrey hepburn? much appreciated",
  like=[P + "Audrey Hepburn"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "romance? hard pass, mate, not in this lifetime or the next one", dislike=[G + "Romance"])
R(T, "musicals are naff as anything, bin the lot of them and the jazz hands too", dislike=[G + "Musical"])
R(T, "horror is mid at best and the jumpscares are lazy, skip skip skip", dislike=[G + "Horror"])
R(T, "westerns can do one, seriously, i've no time for men chewing toothpicks", dislike=[G + "Western"])
R(T, "nah fam, no documentaries, that's just homework with a soundtrack", dislike=[G + "Documentary"])
R(T, "kids films? yeah nah, i'm thirty two", dislike=[G + "Children's"], ok=KIDS_ALSO)
R(T, "sci-fi is a total snooze fest with robots in it, next please", dislike=[G + "Sci-Fi"])
R(T, "war movies are not it chief, try again", dislike=[G + "War"])
R(T, "fantasy is lowkey cringe ngl, all those capes and staffs", dislike=[G + "Fantasy"])
R(T, "the 50s can get in the bin, all that wholesome nonsense", dislike=[D + "1950s"])
R(T, "jean-claude van damme doing the splits again? lmao pass", dislike=[P + "Jean-Claude Van Damme"])
R(T, "thrillers are so played out by now, no thx, same twist every time", dislike=[G + "Thriller"])
R(T, "that cartoon rubbish is for toddlers, bin it", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "adventure flicks are total pants, don't bother with any treasure map nonsense", dislike=[G + "Adventure"])
R(T, "kevin costner can jog on, i've had enough of his wooden face", dislike=[P + "Kevin Costner"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "crime films are pure gold to me, the twistier the better", like=[G + "Crime"])
R(T, "a big splashy musical with a tap number down a staircase has me grinning for the whole week after",
  like=[G + "Musical"])
R(T, "a good western is a warm bath for the soul after a long shift", like=[G + "Western"])
R(T, "film noir is poetry written in black and white", like=[G + "Film-Noir"])
R(T, "scorsese is a national treasure, load me up with his stuff", like=[P + "Martin Scorsese"])
R(T, "documentaries are my window on the world, i soak them up like a sponge", like=[G + "Documentary"])
R(T, "comedies are sunshine in a bottle for me when it's grey out", like=[G + "Comedy"])
R(T, "the 1930s are a treasure chest i'm still digging through", like=[D + "1930s"])
R(T, "good sci-fi is jet fuel poured straight onto my imagination, i come away buzzing for days", like=[G + "Sci-Fi"])
R(T, "romances melt me into a puddle, in the best possible way", like=[G + "Romance"])
R(T, "meryl streep is a force of nature, anything with her in it", like=[P + "Meryl Streep"])
R(T, "war films done right are cathedrals, huge and solemn and beautiful", like=[G + "War"])
R(T, "animation is pure magic to me, every frame a little painting", like=[G + "Animation"])
R(T, "the coen brothers are absolute wizards with a camera", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "adventure movies are a rollercoaster i never want to get off", like=[G + "Adventure"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a tense thriller but please no gore-fest horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "comedies yes, slapstick kiddie stuff no", like=[G + "Comedy"], dislike=[G + "Children's"])
R(T, "into westerns, but nothing before 1960 please, the old ones drag", like=[G + "Western"],
  year=(1960, None))
R(T, "i'm up for a drama as long as it's from 1985 onwards", like=[G + "Drama"], year=(1985, None))
R(T, "action is my jam but keep the sci-fi out of it", like=[G + "Action"], dislike=[G + "Sci-Fi"])
R(T, "animation's fine by me, musicals not so much", like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "happy with anything starring denzel washington, just not if it's a war film",
  like=[P + "Denzel Washington"], dislike=[G + "War"])
R(T, "mysteries please, only not the 40s black and white ones", like=[G + "Mystery"], dislike=[D + "1940s"])
R(T, "i'm a sucker for romance, documentaries on the other hand send me straight to sleep",
  like=[G + "Romance"], dislike=[G + "Documentary"])
R(T, "i dig the 70s, the 80s less so, way too much synth", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "tim burton yes please, david lynch absolutely not", like=[P + "Tim Burton"], dislike=[P + "David Lynch"])
R(T, "horror's my thing, but only stuff made up to 1980, the newer ones are all cheap scares",
  like=[G + "Horror"], year=(None, 1980))
R(T, "family films for the kids are great, but nothing with leslie nielsen, he drives me up the wall",
  like=[G + "Children's"], dislike=[P + "Leslie Nielsen"])
R(T, "sci-fi is brilliant, but spare me anything by james cameron", like=[G + "Sci-Fi"],
  dislike=[P + "James Cameron"])
R(T, "war films i'll watch all day, comedies i can take or leave, mostly leave", like=[G + "War"],
  dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like musicals? does a bear sleep in the woods, of course i do", like=[G + "Musical"])
R(T, "am i a horror fan? not in a million years, i sleep with the hall light on", dislike=[G + "Horror"])
R(T, "would i sit down for a western right now? in a heartbeat, saddle up", like=[G + "Western"])
R(T, "documentaries? would i? no, not tonight", dislike=[G + "Documentary"])
R(T, "you asking if i'm into sci-fi? only my entire personality", like=[G + "Sci-Fi"])
R(T, "romance, you say? no chance, not a hope in hell", dislike=[G + "Romance"])
R(T, "do you know what i could really go for? a proper whodunit", like=[G + "Mystery"], ok=["+genre:Crime"])
R(T, "can i stand pauly shore? honestly no, not for a minute", dislike=[P + "Pauly Shore"])
R(T, "is there anything better than an 80s action film? i genuinely don't think so",
  like=[G + "Action", D + "1980s"])
R(T, "fantasy, you ask? absolutely not, not for me", dislike=[G + "Fantasy"])
R(T, "what's not to love about a good crime caper? nothing, that's what", like=[G + "Crime"])
R(T, "do i want something from the 1920s? i'm afraid not, silent films put me to sleep", dislike=[D + "1920s"])
R(T, "who doesn't love a bit of animation? me, as it happens", dislike=[G + "Animation"])
R(T, "have i had enough thrillers this week? not even close, keep them coming", like=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
OLDER = ["1920s", "1930s", "1940s", "1950s", "1960s"]
R(T, "the 50s are where it's at for me, diners, drive-ins, the whole vibe", like=[D + "1950s"])
R(T, "nothing older than 1970 please, the old stuff creaks", year=(1970, None),
  ok=[f"-decade:{d}" for d in OLDER])
R(T, "i live in the 1940s in my head, give me that decade", like=[D + "1940s"])
R(T, "the 90s are a cultural wasteland as far as films go", dislike=[D + "1990s"])
R(T, "only things released from 1990 on, my telly hates grainy prints", year=(1990, None))
R(T, "the sixties are a hoot and a half, load them up", like=[D + "1960s"])
R(T, "keep it to 1975 or earlier please, nothing newer than that", year=(None, 1975))
R(T, "honestly the 80s didn't do it for me, skip that decade", dislike=[D + "1980s"])
R(T, "silent era stuff from the 1920s is right up my street", like=[D + "1920s"])
R(T, "the 30s? too stagey and shouty, give that decade a miss", dislike=[D + "1930s"])
R(T, "only films made between 1960 and 1979 tonight", year=(1960, 1979),
  ok=["+decade:1960s", "+decade:1970s"])
R(T, "anything from the 70s gets my vote, the grain, the moustaches, all of it", like=[D + "1970s"])
R(T, "the forties are too old-fashioned for me, leave them out", dislike=[D + "1940s"])
R(T, "nothing made after 1985, modern films leave me cold", year=(None, 1985), ok=["-decade:1990s"])
R(T, "the 90s, all day long, that's my decade and i'm sticking to it", like=[D + "1990s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "gene hackman can do no wrong in my eyes", like=[P + "Gene Hackman"])
R(T, "nicolas cage is a walking car crash and i want every film he's ever been in", like=[P + "Nicolas Cage"])
R(T, "i can't stand the sight of tom cruise grinning, keep him off my screen", dislike=[P + "Tom Cruise"])
R(T, "clint eastwood squinting at the horizon? sign me up", like=[P + "Clint Eastwood"])
R(T, "sharon stone leaves me stone cold, pass", dislike=[P + "Sharon Stone"])
R(T, "anything directed by john carpenter is a guaranteed good night in", like=[P + "John Carpenter"])
R(T, "steven seagal films are a crime against cinema, spare me", dislike=[P + "Steven Seagal"])
R(T, "i'd follow christopher walken into a burning building, give me his stuff",
  like=[P + "Christopher Walken"])
R(T, "kevin smith's films feel like being trapped at a party with a bore, no thanks",
  dislike=[P + "Kevin Smith"])
R(T, "emma thompson is my comfort blanket on a rainy evening", like=[P + "Emma Thompson"])
R(T, "brad pitt does absolutely nothing for me, next", dislike=[P + "Brad Pitt"])
R(T, "billy wilder was a genius and i'll hear nothing against him", like=[P + "Billy Wilder"])
R(T, "jodie foster, every time, no questions asked", like=[P + "Jodie Foster"])
R(T, "john travolta has well and truly worn out his welcome with me", dislike=[P + "John Travolta"])
R(T, "jackie chan is an absolute legend, bring me his stunts", like=[P + "Jackie Chan"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "titanic was three hours of my life i'm never getting back, nothing like that please",
  dislike_items=["Titanic (1997)"])
R(T, "babe is a masterpiece and i'll fight anyone who says otherwise, something in that vein",
  like_items=["Babe (1995)"])
R(T, "twister was a load of hot air, steer well clear of anything like it", dislike_items=["Twister (1996)"])
R(T, "the princess bride is my happy place whenever work gets grim, more along those lines",
  like_items=["The Princess Bride (1987)"])
R(T, "waterworld? sank without a trace in my book", dislike_items=["Waterworld (1995)"])
R(T, "blade runner lives rent free in my head", like_items=["Blade Runner (1982)"])
R(T, "showgirls was painful, genuinely physically painful", dislike_items=["Showgirls (1995)"])
R(T, "i'd watch brazil every week if i could, the gilliam one i mean", like_items=["Brazil (1985)"])
R(T, "spice world was an insult to my eyes and ears", dislike_items=["Spice World (1997)"])
R(T, "the wrong trousers is absolute perfection, more like that", like_items=["The Wrong Trousers (1993)"])
R(T, "batman & robin single-handedly killed my love of capes", dislike_items=["Batman & Robin (1997)"])
R(T, "casablanca never gets old for me, not once", like_items=["Casablanca (1942)"])
R(T, "con air was dumb as a box of rocks and not the fun kind of dumb", dislike_items=["Con Air (1997)"])
R(T, "heathers is my go-to comfort watch, find me more of that dark high school stuff", like_items=["Heathers (1989)"])
R(T, "speed 2 was a shipwreck, literally and figuratively, nothing like it",
  dislike_items=["Speed 2: Cruise Control (1997)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my sister came round last night and insisted on one of her soppy love stories, which fine, her turn, "
  "but tonight it's my pick and i'm in the mood for something properly scary, the kind of horror where you check "
  "the locks twice after", like=[G + "Horror"], ok=["-genre:Romance"])
R(T, "long week, boss was a nightmare, train broke down twice, got home and my flatmate had a western on and i "
  "sat through about ten minutes of tumbleweeds before giving up, not for me at all. anyway what i actually want "
  "is a comedy to unwind", like=[G + "Comedy"], dislike=[G + "Western"])
R(T, "ok random story but when i was little my grandad had a shelf of old war films on tape and we'd watch them "
  "every sunday after the roast, and i've been missing him lately, so yeah, something like that would mean a lot",
  like=[G + "War"])
R(T, "went on a date last week and she picked a sci-fi thing with lasers and i spent two hours pretending to "
  "care, we're not seeing each other again and frankly the film didn't help, so keep that stuff well away from me",
  dislike=[G + "Sci-Fi"])
R(T, "right so i've been ill all week stuck on the sofa and i've basically worked through every hitchcock i could "
  "find and i'm nowhere near done, the man is carrying me through this flu honestly", like=[P + "Alfred Hitchcock"])
R(T, "my mate keeps going on about the 80s being the golden age of cinema and i keep nodding along but between "
  "you and me i find most of that decade loud and tacky, give me something from the 70s instead, proper grown up "
  "stuff", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "we've started a film club at work and last month someone chose a documentary about fish farming and i "
  "nearly handed in my notice, so this month it's my turn and i want a musical, big numbers, dancing, the lot",
  like=[G + "Musical"], ok=["-genre:Documentary"])
R(T, "my youngest has watched the same cartoon about forty times this month and i now hear the songs in my sleep, "
  "so for my own sanity tonight after bedtime i want nothing animated, grown ups talking in rooms please",
  dislike=[G + "Animation"], ok=["+genre:Drama", "-genre:Children's"])
R(T, "bit of a weird one, was at my nan's and she put on an old james stewart film and i fully expected to be "
  "bored stiff but ended up completely hooked, so weirdly yeah, more james stewart please",
  like=[P + "James Stewart"])
R(T, "planning a night in for my partner's birthday and she adores fantasy, dragons and wizards and all that, and "
  "i used to roll my eyes but honestly i've come round to it myself the last couple of years, so let's do fantasy",
  like=[G + "Fantasy"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like comedies, the sillier the better really", like=[G + "Comedy"])
R(T, "i don't enjoy horror films, please don't suggest any to me", dislike=[G + "Horror"])
R(T, "i enjoy westerns quite a lot, especially the older ones", like=[G + "Western"])
R(T, "i'm not interested in musicals at all, sorry", dislike=[G + "Musical"])
R(T, "please recommend me some good crime films for tonight", like=[G + "Crime"])
R(T, "i do not want any war films this evening", dislike=[G + "War"])
R(T, "i really like science fiction movies with big ideas", like=[G + "Sci-Fi"])
R(T, "no romance films for me, thank you very much", dislike=[G + "Romance"])
R(T, "i would like to watch an animated film with my partner", like=[G + "Animation"])
R(T, "i don't care for documentaries, they're not my thing", dislike=[G + "Documentary"])
R(T, "i love dramas with strong characters and good dialogue", like=[G + "Drama"])
R(T, "i dislike fantasy films with magic and dragons", dislike=[G + "Fantasy"])
R(T, "i like films from the 1960s best of all", like=[D + "1960s"])
R(T, "i don't want anything from the 1980s please", dislike=[D + "1980s"])
R(T, "i'm a big fan of al pacino's films", like=[P + "Al Pacino"])
R(T, "i don't like films with arnold schwarzenegger in them", dislike=[P + "Arnold Schwarzenegger"])
R(T, "i don't like thrillers, they make me anxious", dislike=[G + "Thriller"])
R(T, "i enjoy adventure films that the whole family can watch", like=[G + "Adventure"],
  ok=["+genre:Children's"])
R(T, "please no children's films, there are no kids here", dislike=[G + "Children's"], ok=KIDS_ALSO)
R(T, "i like film noir with a good detective in it", like=[G + "Film-Noir"])
R(T, "i'm not a fan of action movies, too much noise", dislike=[G + "Action"])
R(T, "i liked jumanji a lot, more like that please", like_items=["Jumanji (1995)"])
R(T, "i did not like the english patient, it was far too long", dislike_items=["The English Patient (1996)"])
R(T, "i don't want anything with whoopi goldberg in it", dislike=[P + "Whoopi Goldberg"])


if __name__ == "__main__":
    main()
