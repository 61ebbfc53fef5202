"""Writes evals/data/utterances_fresh27.jsonl: a twenty-seventh fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-seventh fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (22:14-22:20 UTC) by F27, before and apart from the stance reader's round 17 (and
at the same time as, but apart from, F28's batch #28, whose files were not opened): the writer did not open the
stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge
notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench) or the round-17
author's work, ran no reader, agent, test or benchmark on these sentences, and did not read any utterances*.jsonl
or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance training writers
(only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records,
write_utterances_fresh8.py's first 50 and last 5 lines, and the catalogue vocabulary were read). 31 sentences
were reworded because the writer's own check (printing only this batch's sentences) named them as already in an
earlier file; 4 labels/sentences were revised on the writer's own reread before commit. The reader's
author is not to read this file or its output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main
(the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#26, training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh27
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh27.jsonl"
OTHER_FILES = earlier_files(26, 15)  # utterances.jsonl, fresh #1-#26, training batches w1-w15
BATCH = "fresh27-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "film noir is basically a controlled substance in my flat, I relapse every weekend", like=[G + "Film-Noir"])
R(T, "creature features are a disease and I have no interest in being cured", like=[G + "Horror"])
R(T, "my westerns habit is genuinely unhealthy at this point, feed it", like=[G + "Western"])
R(T, "Kubrick ruined me for other directors in the best possible way", like=[P + "Stanley Kubrick"])
R(T, "war movies wreck me every single time and I keep going back for more punishment", like=[G + "War"])
R(T, "honestly musicals are my guilty little vice, show me the worst offenders", like=[G + "Musical"])
R(T, "80s action is pure junk food for my brain and I am starving", like=[D + "1980s", G + "Action"])
R(T, "mystery novels turned me into a monster, now I need whodunnit films too", like=[G + "Mystery"])
R(T, "Jim Carrey is a menace to my ribs, I cry laughing, give me more of him", like=[P + "Jim Carrey"])
R(T, "documentaries have ruined my sleep schedule, I cannot stop, keep them coming",
  like=[G + "Documentary"])
R(T, "I'm dangerously obsessed with heist and gangster flicks, it's a problem and I love it", like=[G + "Crime"])
R(T, "Hitchcock is my poison of choice", like=[P + "Alfred Hitchcock"])
R(T, "sci-fi rots my brain and I'm fine with that, put on something with spaceships", like=[G + "Sci-Fi"])
R(T, "the 50s are a sickness I caught from my nan and never shook off", like=[D + "1950s"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've OD'd on superhero-ish action this month, give my eyes a break from it", dislike=[G + "Action"])
R(T, "had my fill of romcoms for about a decade", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "if I see one more haunted house I'll scream, and not the fun kind", dislike=[G + "Horror"])
R(T, "I'm all cartooned out after babysitting my nephews all week", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "Tom Hanks fatigue is real, I've seen enough of his face for one year", dislike=[P + "Tom Hanks"])
R(T, "war films have worn me down to nothing lately, need a rest from them", dislike=[G + "War"])
R(T, "I am so over the 90s, everything you suggest looks the same", dislike=[D + "1990s"])
R(T, "been living on a diet of thrillers and I'm properly sick of them now", dislike=[G + "Thriller"])
R(T, "my tolerance for westerns has officially run out", dislike=[G + "Western"])
R(T, "done with Disney princesses, my daughter wore that out completely", dislike=[G + "Children's"],
  ok=["-genre:Animation", "-genre:Musical"])
R(T, "musicals? I've sung along to enough of them for a lifetime thanks", dislike=[G + "Musical"])
R(T, "fantasy has lost its sparkle for me, one dragon too many", dislike=[G + "Fantasy"])
R(T, "I've maxed out on Schwarzenegger for now", dislike=[P + "Arnold Schwarzenegger"])
R(T, "saturated with mysteries after that box set binge, anything else", dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "honestly I wouldn't turn my nose up at a half-decent western", like=[G + "Western"])
R(T, "a bit of Hitchcock never hurt anyone", like=[P + "Alfred Hitchcock"])
R(T, "sci-fi is not the worst way to spend a Sunday", like=[G + "Sci-Fi"])
R(T, "I could be persuaded to sit through a war film", like=[G + "War"])
R(T, "I'd not exactly queue round the block for a musical, let's put it that way", dislike=[G + "Musical"])
R(T, "Woody Allen is a bit of a hard sell for me these days", dislike=[P + "Woody Allen"])
R(T, "a 40s noir would go down quite nicely tonight", like=[D + "1940s", G + "Film-Noir"])
R(T, "I have been caught enjoying the occasional documentary, I'll admit", like=[G + "Documentary"])
R(T, "horror and I aren't what you'd call close friends", dislike=[G + "Horror"])
R(T, "Meg Ryan is rather pleasant company on a rainy evening", like=[P + "Meg Ryan"])
R(T, "cartoons aren't really doing much for me at my age", dislike=[G + "Animation"])
R(T, "a crime caper might hit the spot, I reckon", like=[G + "Crime"])
R(T, "I'm not entirely unmoved by a good romance", like=[G + "Romance"])
R(T, "I'd not be disappointed with something from the 70s", like=[D + "1970s"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not as if a twisty thriller ever fails to grab me", like=[G + "Thriller"])
R(T, "there's no comedy I wouldn't watch, honestly", like=[G + "Comedy"])
R(T, "I can't say I've never loved a Spielberg film, I've loved nearly all of them",
  like=[P + "Steven Spielberg"])
R(T, "I never don't want fantasy, that's my default answer", like=[G + "Fantasy"])
R(T, "not that I dislike war movies, I just never turn one down", like=[G + "War"])
R(T, "I wouldn't not watch a Clint Eastwood western, if you follow", like=[P + "Clint Eastwood", G + "Western"])
R(T, "it isn't that horror doesn't scare me, it's that it does and I can't handle it", dislike=[G + "Horror"])
R(T, "there's no chance I'm not in the mood for a mystery tonight", like=[G + "Mystery"])
R(T, "I don't not hate musicals, put it that way", dislike=[G + "Musical"])
R(T, "it's not untrue that I can't stand Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "nobody could say I don't adore old noir", like=[G + "Film-Noir"])
R(T, "I'd never say no to anything from the 60s", like=[D + "1960s"])
R(T, "there isn't a documentary I haven't fallen asleep in, so not those", dislike=[G + "Documentary"])
R(T, "not a single animated film has failed to make me cry, and I mean that fondly", like=[G + "Animation"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "anything but sci-fi tonight please", dislike=[G + "Sci-Fi"])
R(T, "saddle up, it's westerns tonight or nothing at all", like=[G + "Western"])
R(T, "give me whatever you like except romance", dislike=[G + "Romance"])
R(T, "either you find me a comedy or I'm off to bed in a huff", like=[G + "Comedy"])
R(T, "I'll watch literally anything that isn't a musical", dislike=[G + "Musical"])
R(T, "only horror. nothing else is allowed tonight", like=[G + "Horror"])
R(T, "everything's on the table bar war films", dislike=[G + "War"])
R(T, "just thrillers, nothing but thrillers", like=[G + "Thriller"])
R(T, "any decade you fancy apart from the 30s", dislike=[D + "1930s"])
R(T, "I want Tarantino and only Tarantino", like=[P + "Quentin Tarantino"])
R(T, "open to all genres save for animation", dislike=[G + "Animation"])
R(T, "nothing but documentaries this week, I'm on a learning kick", like=[G + "Documentary"])
R(T, "all sorts is fine, just not Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "fantasy, fantasy and more fantasy, no substitutes", like=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a dusty western knocks spots off any space opera, no contest", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a noir over a musical every time", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "Hitchcock leaves Spielberg in the dust", like=[P + "Alfred Hitchcock"], dislike=[P + "Steven Spielberg"])
R(T, "thrillers beat horror hands down for me", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "give me the 70s over the 90s any night of the week", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "a proper drama is worth ten action films", like=[G + "Drama"], dislike=[G + "Action"])
R(T, "comedy wins, romance loses, that's my vote", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "De Niro acts circles around Stallone", like=[P + "Robert De Niro"], dislike=[P + "Sylvester Stallone"])
R(T, "mysteries are miles better than fantasy nonsense", like=[G + "Mystery"], dislike=[G + "Fantasy"])
R(T, "a war film trumps a kids' movie for me, easily", like=[G + "War"], dislike=[G + "Children's"])
R(T, "Cary Grant makes Hugh Grant look like a cardboard cutout", like=[P + "Cary Grant"],
  dislike=[P + "Hugh Grant"])
R(T, "documentaries are way more interesting than made-up sci-fi stuff", like=[G + "Documentary"],
  dislike=[G + "Sci-Fi"])
R(T, "the 50s blow the 80s out of the water", like=[D + "1950s"], dislike=[D + "1980s"])
R(T, "I prefer adventure to crime, crime's too grim", like=[G + "Adventure"], dislike=[G + "Crime"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind, but I'd rather give the horror a miss", dislike=[G + "Horror"])
R(T, "thank you, though westerns aren't quite my cup of tea", dislike=[G + "Western"])
R(T, "lovely suggestions, but could we steer clear of war films?", dislike=[G + "War"])
R(T, "I appreciate it, but I'll politely pass on anything with Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "sorry to be difficult, but musicals really aren't for me", dislike=[G + "Musical"])
R(T, "if it's all the same to you, I'd prefer nothing from the 1940s", dislike=[D + "1940s"])
R(T, "you're a star, but maybe hold the sci-fi for another day", dislike=[G + "Sci-Fi"])
R(T, "with respect to fans of it, film noir isn't something I'd pick", dislike=[G + "Film-Noir"])
R(T, "I'd be ever so grateful if we avoided romance tonight", dislike=[G + "Romance"])
R(T, "no offence to cartoon lovers, but I'll sit those out", dislike=[G + "Animation"])
R(T, "kindly leave out the documentaries, if you don't mind", dislike=[G + "Documentary"])
R(T, "I'm sure he's talented, but Tom Cruise just isn't for me, thank you", dislike=[P + "Tom Cruise"])
R(T, "you're very thoughtful, but I'd sooner skip the fantasy ones", dislike=[G + "Fantasy"])
R(T, "would you mind terribly if we did a comedy instead?", like=[G + "Comedy"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "romcoms? yeah nah", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "westerns are naff, bin them", dislike=[G + "Western"])
R(T, "musicals can jog on, honestly", dislike=[G + "Musical"])
R(T, "lol no to horror, hard pass", dislike=[G + "Horror"])
R(T, "Stallone films are mid at best, skip", dislike=[P + "Sylvester Stallone"])
R(T, "kids movies are a snooze fest, miss me with those", dislike=[G + "Children's"])
R(T, "war stuff is a no from me dawg", dislike=[G + "War"])
R(T, "anything from the 20s is proper pants, not having it", dislike=[D + "1920s"])
R(T, "documentaries = homework. nope", dislike=[G + "Documentary"])
R(T, "fantasy is cringe tbh, hard skip", dislike=[G + "Fantasy"])
R(T, "Van Damme? do me a favour", dislike=[P + "Jean-Claude Van Damme"])
R(T, "sci-fi is for nerds, not tonight mate", dislike=[G + "Sci-Fi"])
R(T, "dramas are such a drag, ick", dislike=[G + "Drama"])
R(T, "Showgirls can stay in the bin where it belongs", dislike_items=["Showgirls (1995)"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "cowboy pictures are pure gold as far as I'm concerned", like=[G + "Western"])
R(T, "Scorsese is a titan, I'll watch anything he's touched", like=[P + "Martin Scorsese"])
R(T, "a clever mystery is like a hot bath for my poor tired brain", like=[G + "Mystery"])
R(T, "cartoons done properly are the closest thing to magic on a screen, put one on", like=[G + "Animation"])
R(T, "the 40s were the golden age and I'm here for it", like=[D + "1940s"])
R(T, "Audrey Hepburn lights up every frame, give me her films", like=[P + "Audrey Hepburn"])
R(T, "big sweeping adventure films are my happy place, full stop", like=[G + "Adventure"])
R(T, "war movies hit like a freight train, in a good way", like=[G + "War"])
R(T, "Casablanca is a masterpiece that never gets old", like_items=["Casablanca (1942)"])
R(T, "horror is the beating heart of cinema imo", like=[G + "Horror"])
R(T, "thrillers keep me glued to the sofa, I adore them", like=[G + "Thriller"])
R(T, "Robin Williams was a gift, show me his stuff", like=[P + "Robin Williams"])
R(T, "kids' films are just sunshine in a box", like=[G + "Children's"])
R(T, "musicals make my heart do a little tap dance every time", like=[G + "Musical"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good western, can't be doing with musicals", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "horror's my pick tonight, comedy can wait for another day", like=[G + "Horror"],
  dislike=[G + "Comedy"])
R(T, "something from the 60s would be ace, but nothing with John Wayne in it", like=[D + "1960s"],
  dislike=[P + "John Wayne"])
R(T, "I'm in the mood for a thriller; keep the romance away from me", like=[G + "Thriller"],
  dislike=[G + "Romance"])
R(T, "documentaries are great, sci-fi is a turn-off", like=[G + "Documentary"], dislike=[G + "Sci-Fi"])
R(T, "Julia Roberts is lovely but Richard Gere does nothing for me", like=[P + "Julia Roberts"],
  dislike=[P + "Richard Gere"])
R(T, "bring on the crime dramas, spare me the fantasy", like=[G + "Crime"], dislike=[G + "Fantasy"])
R(T, "happy with animation, not with anything scary", like=[G + "Animation"], dislike=[G + "Horror"])
R(T, "war films are fine by me, but nothing made before 1960", like=[G + "War"], year=(1960, None))
R(T, "I'm a sucker for noir though I've gone right off mysteries", like=[G + "Film-Noir"],
  dislike=[G + "Mystery"])
R(T, "yes to Tarantino, a firm no to Tim Burton", like=[P + "Quentin Tarantino"], dislike=[P + "Tim Burton"])
R(T, "the 80s are my jam, the 70s can stay buried", like=[D + "1980s"], dislike=[D + "1970s"])
R(T, "I like adventure but I'm not keen on action for action's sake", like=[G + "Adventure"],
  dislike=[G + "Action"])
R(T, "comedies, sure, just not ones aimed at children", like=[G + "Comedy"], dislike=[G + "Children's"])
R(T, "Jaws is brilliant, Jaws 2 not so much", like_items=["Jaws (1975)"], dislike_items=["Jaws 2 (1978)"])
R(T, "drama's fine tonight, but no war ones please", like=[G + "Drama"], dislike=[G + "War"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like westerns?? mate, does a horse have four legs", like=[G + "Western"])
R(T, "musicals? god no", dislike=[G + "Musical"])
R(T, "would I watch a horror movie alone at night? not in a million years", dislike=[G + "Horror"])
R(T, "you know what I fancy? a proper 30s screwball comedy", like=[D + "1930s", G + "Comedy"])
R(T, "is Spielberg any good? is the Pope Catholic? put one on", like=[P + "Steven Spielberg"])
R(T, "sci-fi, you ask? absolutely, the weirder the better", like=[G + "Sci-Fi"])
R(T, "what don't I like? romance. that's the list", dislike=[G + "Romance"])
R(T, "why would anyone sit through a documentary on a Friday? skip those", dislike=[G + "Documentary"])
R(T, "am I a Coen brothers fan? obviously yes", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "thriller tonight? hell yes", like=[G + "Thriller"])
R(T, "who needs another war film? not me", dislike=[G + "War"])
R(T, "how about some fantasy? yeah, that sounds perfect actually", like=[G + "Fantasy"])
R(T, "cartoons? at my age? nah", dislike=[G + "Animation"])
R(T, "fancy a crime flick? always, mate", like=[G + "Crime"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1980 please, I need my films in colour with proper sound", year=(1980, None))
R(T, "I'm after something from the 1950s", like=[D + "1950s"])
R(T, "nothing released after 1969 if you can help it", year=(None, 1969))
R(T, "the 90s are where it's at for me", like=[D + "1990s"])
R(T, "black and white stuff from the 30s bores me stiff", dislike=[D + "1930s"])
R(T, "stop at 1989, everything after feels too slick", year=(None, 1989))
R(T, "seventies cinema is peak, give me that", like=[D + "1970s"])
R(T, "nothing from the 1960s please, can't bear the hairdos", dislike=[D + "1960s"])
R(T, "only films from 1985 onward for me", year=(1985, None))
R(T, "I've got a real soft spot for the 40s", like=[D + "1940s"])
R(T, "the eighties were a cultural crime, keep them away", dislike=[D + "1980s"])
R(T, "silent-era 20s stuff is fascinating, I'm up for it", like=[D + "1920s"])
R(T, "no films before 1975, my patience is short", year=(1975, None))
R(T, "don't go anywhere near the 50s, too wholesome", dislike=[D + "1950s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Bogart could read the phone book and I'd watch it", like=[P + "Humphrey Bogart"])
R(T, "Keanu Reeves has the acting range of a plank, pass", dislike=[P + "Keanu Reeves"])
R(T, "I'd follow John Carpenter into any dark corridor", like=[P + "John Carpenter"])
R(T, "Mel Gibson is a hard no in this house", dislike=[P + "Mel Gibson"])
R(T, "anything with Meryl Streep is an automatic yes", like=[P + "Meryl Streep"])
R(T, "Nicolas Cage shouting for two hours is not my idea of fun", dislike=[P + "Nicolas Cage"])
R(T, "Billy Wilder never made a dud, line them up", like=[P + "Billy Wilder"])
R(T, "please spare me Pauly Shore", dislike=[P + "Pauly Shore"])
R(T, "I'd watch Denzel Washington do his taxes", like=[P + "Denzel Washington"])
R(T, "David Lynch films give me a headache, leave him out", dislike=[P + "David Lynch"])
R(T, "Jodie Foster is a national treasure", like=[P + "Jodie Foster"])
R(T, "Steven Seagal's whole career is a no for me", dislike=[P + "Steven Seagal"])
R(T, "big fan of Harrison Ford, especially the adventure ones", like=[P + "Harrison Ford", G + "Adventure"])
R(T, "I can't stomach Oliver Stone, too preachy", dislike=[P + "Oliver Stone"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is one of those films I could rewatch forever", like_items=["Fargo (1996)"])
R(T, "I'd like a refund on the three hours Titanic took off me", dislike_items=["Titanic (1997)"])
R(T, "something in the vein of The Usual Suspects would be perfect", like_items=["The Usual Suspects (1995)"])
R(T, "please never show me Batman & Robin again, once was plenty", dislike_items=["Batman & Robin (1997)"])
R(T, "Groundhog Day is comfort food, more like that", like_items=["Groundhog Day (1993)"])
R(T, "Waterworld was a soggy mess, nothing like it thanks", dislike_items=["Waterworld (1995)"])
R(T, "The Princess Bride is perfection, don't argue with me", like_items=["The Princess Bride (1987)"])
R(T, "I found Forrest Gump unbearably sappy", dislike_items=["Forrest Gump (1994)"])
R(T, "anything with the energy of Die Hard, please", like_items=["Die Hard (1988)"])
R(T, "Spice World actually made my ears bleed, keep it away", dislike_items=["Spice World (1997)"])
R(T, "The Third Man is my favourite film of all time, find me its cousins", like_items=["The Third Man (1949)"])
R(T, "I've tried with 2001: A Space Odyssey three times and fell asleep every time, no more",
  dislike_items=["2001: A Space Odyssey (1968)"])
R(T, "Babe made me cry happy tears, something like that", like_items=["Babe (1995)"])
R(T, "keep Jingle All the Way far away from my telly", dislike_items=["Jingle All the Way (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so long story but my partner and I have been arguing about what to watch for literally forty minutes, "
  "she wanted something cosy and I said fine as long as it isn't another romance because we've done about six "
  "of those this month and I'm losing the will to live", dislike=[G + "Romance"])
R(T, "I grew up on my dad's VHS collection, which was mostly Clint Eastwood and nothing else, and weirdly I never "
  "got sick of it, so if you've got any of his I'm all ears", like=[P + "Clint Eastwood"])
R(T, "so I tried watching a horror film last week because everyone at work kept banging on about it, and I "
  "didn't sleep for two nights, genuinely, so yeah, let's not do that again", dislike=[G + "Horror"])
R(T, "my grandad used to take me to the pictures every Saturday and we'd always end up at some musical, and now "
  "whenever I hear a big song and dance number I get all nostalgic, so honestly I'd love one of those tonight",
  like=[G + "Musical"])
R(T, "I've been on night shifts for ages and my brain is mush, I don't want anything heavy, definitely not a "
  "war film, I watched one last month and it flattened me for days", dislike=[G + "War"])
R(T, "right so we're having people over and half of them are film buffs and half couldn't care less, and the "
  "one thing that seems to keep everyone happy is a good old-fashioned heist or crime thing, so maybe that",
  like=[G + "Crime"])
R(T, "I was at my sister's and her kids had the telly on, and it was wall to wall cartoons for about eight hours "
  "straight, so as much as I love them I'd rather not see anything animated for a while",
  dislike=[G + "Animation"])
R(T, "been reading loads of Agatha Christie on the train and it's put me in a real whodunnit mood, something where "
  "you're guessing till the end would be brilliant", like=[G + "Mystery"])
R(T, "so my flatmate put on some 1930s film the other night thinking I'd love it because I like old stuff, but "
  "honestly it was so creaky and slow I nearly walked out, I think the 30s just aren't for me",
  dislike=[D + "1930s"])
R(T, "I used to think westerns were just my dad's thing but then I watched Unforgiven on a plane of all places "
  "and it completely changed my mind, so now I want all the westerns you can find", like=[G + "Western"],
  ok=["+item:Unforgiven (1992)"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I tend to go for comedies when I'm choosing", like=[G + "Comedy"])
R(T, "no horror for me tonight", dislike=[G + "Horror"])
R(T, "I'm looking for a sci-fi film to watch with my brother", like=[G + "Sci-Fi"])
R(T, "I don't like westerns very much", dislike=[G + "Western"])
R(T, "show me some dramas please", like=[G + "Drama"])
R(T, "I really don't enjoy musicals", dislike=[G + "Musical"])
R(T, "can I have an adventure movie", like=[G + "Adventure"])
R(T, "I hate war films", dislike=[G + "War"])
R(T, "recommend me a thriller for tonight", like=[G + "Thriller"])
R(T, "not a fan of fantasy", dislike=[G + "Fantasy"])
R(T, "I love film noir so much", like=[G + "Film-Noir"])
R(T, "no documentaries this time, thanks", dislike=[G + "Documentary"])
R(T, "I want a romance tonight", like=[G + "Romance"])
R(T, "my wife and I don't want anything animated tonight", dislike=[G + "Animation"])
R(T, "something for children please, my kids are watching", like=[G + "Children's"])
R(T, "I dislike crime films in general", dislike=[G + "Crime"])
R(T, "films from the 1990s please", like=[D + "1990s"])
R(T, "nothing from the 1970s, please", dislike=[D + "1970s"])
R(T, "I like Tom Hanks a great deal", like=[P + "Tom Hanks"])
R(T, "I don't like Sandra Bullock", dislike=[P + "Sandra Bullock"])
R(T, "a mystery would be good", like=[G + "Mystery"])
R(T, "please no action films", dislike=[G + "Action"])
R(T, "I enjoy films by Akira Kurosawa", like=[P + "Akira Kurosawa"])


if __name__ == "__main__":
    main()
