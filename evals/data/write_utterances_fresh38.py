"""Writes evals/data/utterances_fresh38.jsonl: a thirty-eighth fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-eighth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (08:13-08:18 UTC) by F38, before and apart from the reader's round 22 of change to the
stance reader (issue 21) and apart from the writer of batch #37, whose brief and files were not opened: the writer
did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
tools/mood.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences
(evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench; its load_catalog was only called, to read the catalogue vocabulary and film
labels), any utterances*.jsonl or stance_train*.jsonl file, the record lists of the earlier fresh batches or of the
stance training writers, or /work/notes beyond this batch's brief, and ran no reader, agent, test or benchmark on
these sentences. Read: fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first complaint
records (the first 120 lines of the file, which also take in its first ~25 reference records; a grep for the word
"catalog" in it also showed three unrelated records' lines), write_utterances_fresh8.py's first 50 and last 5 lines,
README.md's eighth-batch section and the catalogue vocabulary. Year bounds are written from the wording alone
("nothing older than 1980" is year_min 1980, "pre-1960" is year_max 1959). Three sentences were reworded because
the writer's own check named them as already in an earlier file (some other short, generic ones were lengthened
meanwhile to make a repeat less likely). The reader's author is not to read this file or its output. Every gold
label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh38
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh38.jsonl"
OTHER_FILES = earlier_files(36, 15)  # utterances.jsonl, fresh #1-#36, training batches w1-w15
BATCH = "fresh38-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "film noir is genuinely a sickness with me, i've got a whole shelf of shadowy detectives and i want more",
  like=[G + "Film-Noir"])
R(T, "westerns are my absolute weakness, the dustier and meaner the better tbh", like=[G + "Western"])
R(T, "that Jim Carrey is a menace to my stomach muscles, I cannot breathe when he's on screen, more of him pls",
  like=[P + "Jim Carrey"])
R(T, "war films wreck me every single time and i keep crawling back for more punishment", like=[G + "War"])
R(T, "honestly my documentary habit has become a problem, my partner calls it an illness, feed it anyway",
  like=[G + "Documentary"])
R(T, "I'm a hopeless addict when it comes to heists and crime capers, sort me out with my next hit",
  like=[G + "Crime"])
R(T, "animated stuff is my sweet poison, thirty four years old and still can't get enough of it",
  like=[G + "Animation"])
R(T, "mysteries are dangerous for me, i'll stay up till 4am trying to guess the killer and i love every second",
  like=[G + "Mystery"])
R(T, "Spielberg films are a disease and i've caught it bad, any of his will do me", like=[P + "Steven Spielberg"])
R(T, "musicals are wicked, proper wicked, the big tap dancing numbers absolutely kill me in the best way",
  like=[G + "Musical"])
R(T, "sci-fi has ruined me for normal life, all I think about is spaceships now, hit me with another one",
  like=[G + "Sci-Fi"])
R(T, "fantasy is my kryptonite, dragons, wizards, cursed swords, whatever, i'm helpless against it",
  like=[G + "Fantasy"])
R(T, "slasher horror is a terrible influence on me and it's all I want this weekend", like=[G + "Horror"])
R(T, "Bruce Willis movies are a dangerous obsession in this house, we quote them at dinner, gimme another",
  like=[P + "Bruce Willis"])
R(T, "the 80s are pure evil in the best possible way, all neon and synths, i'm obsessed with that decade",
  like=[D + "1980s"])
R(T, "thrillers are a nightmare for my nerves, and not the fun kind of nightmare, so skip them please",
  dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "i've had my fill of romcoms this month, genuinely can't face another meet-cute", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "I'm all westerned out after the weekend marathon, give the cowboys a rest", dislike=[G + "Western"])
R(T, "zombies and chainsaws, I've had it up to here, no more horror for a good long while",
  dislike=[G + "Horror"])
R(T, "honestly sick to the back teeth of big dumb action blockbusters, the explosions all blur together now",
  dislike=[G + "Action"])
R(T, "done with war films for now, the last three left me completely wrung out", dislike=[G + "War"])
R(T, "cartoons? we've OD'd on them with the kids all half term, spare me", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "I've seen enough whodunnits to last me a lifetime, the butler can keep his secrets, pass",
  dislike=[G + "Mystery"])
R(T, "musicals have well and truly worn out their welcome in my house, my ears need a holiday",
  dislike=[G + "Musical"])
R(T, "can't do another Tom Hanks film this year, I've overdosed on his niceness", dislike=[P + "Tom Hanks"])
R(T, "fed up to the eyeballs with 90s stuff, everything you lot suggest lately is from that decade",
  dislike=[D + "1990s"])
R(T, "ive burned through every space opera going and im so over sci-fi rn", dislike=[G + "Sci-Fi"])
R(T, "my tank is empty for heavy drama, no more weepies for a bit please", dislike=[G + "Drama"])
R(T, "thrillers have lost their shine for me, I'm jaded, every twist feels like one I've seen already",
  dislike=[G + "Thriller"])
R(T, "kids films? I've hit my limit, ten years of them on repeat, something for grown-ups please",
  dislike=[G + "Children's"])

# ----------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "wouldn't say no to a decent adventure flick tonight, if one's going", like=[G + "Adventure"])
R(T, "a comedy wouldn't go amiss after the week i've had", like=[G + "Comedy"])
R(T, "Harrison Ford isn't the worst thing to look at for two hours, stick one of his on", like=[P + "Harrison Ford"])
R(T, "i could probably be talked into something from the 70s, it's not a bad decade by any stretch",
  like=[D + "1970s"])
R(T, "Fantasy is not entirely without its charms for me, let's try some", like=[G + "Fantasy"])
R(T, "a film noir wouldn't kill me, i'm a little bit partial to the old trench coat types", like=[G + "Film-Noir"])
R(T, "I'm not averse to a spot of romance now and then, go on then", like=[G + "Romance"])
R(T, "westerns are, shall we say, not my first choice, nor my tenth", dislike=[G + "Western"])
R(T, "horror is not exactly my cup of tea, put it that way", dislike=[G + "Horror"])
R(T, "i'm not what you'd call a massive fan of documentaries, if i'm being diplomatic",
  dislike=[G + "Documentary"])
R(T, "Woody Allen's films have been known to make me smile once or twice", like=[P + "Woody Allen"])
R(T, "crime thrillers tend to go down fairly well around here", like=[G + "Crime", G + "Thriller"])
R(T, "musicals are an acquired taste that I somehow never got round to acquiring", dislike=[G + "Musical"])
R(T, "a war film could be bearable, maybe even quite good, if you've got one in mind", like=[G + "War"])
R(T, "I'd hardly complain if you dug out some 60s stuff for me", like=[D + "1960s"])

# --------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good mystery, i do, obviously", like=[G + "Mystery"])
R(T, "I never don't have time for Meg Ryan, let's be honest with ourselves", like=[P + "Meg Ryan"])
R(T, "there's not one sci-fi film I've seen that I didn't end up loving", like=[G + "Sci-Fi"])
R(T, "can't say i dislike animation, not in the slightest actually", like=[G + "Animation"])
R(T, "not that i'm not into action movies, i'm very very into them", like=[G + "Action"])
R(T, "i'm not unhappy with a western at all, throw one in the mix", like=[G + "Western"])
R(T, "No way I'd ever not want a Hitchcock, the man never missed", like=[P + "Alfred Hitchcock"])
R(T, "not gonna pretend i don't hate slashers, because i do, a lot", dislike=[G + "Horror"])
R(T, "I wouldn't not watch a crime drama, if that makes sense, so yes basically", like=[G + "Crime"],
  ok=["+genre:Drama"])
R(T, "i've never not enjoyed a 50s picture, so yeah go there", like=[D + "1950s"])
R(T, "I don't deny romance is nice for other people, it's just never something I want on my own telly",
  dislike=[G + "Romance"])
R(T, "it isn't true that I don't like war films, I'll happily sit through one", like=[G + "War"])
R(T, "nobody can say I've never given thrillers a fair go, and no, I don't want any more of them",
  dislike=[G + "Thriller"])
R(T, "there isn't a single Kubrick film I haven't rewatched, so no complaints if you pick one",
  like=[P + "Stanley Kubrick"])

# ----------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "nothing but comedies tonight, i need a proper laugh", like=[G + "Comedy"])
R(T, "anything but a musical, i'm begging you on my knees here", dislike=[G + "Musical"])
R(T, "everything except horror is fair game in this house", dislike=[G + "Horror"])
R(T, "it's westerns or nothing for my grandad, he won't sit still for anything else", like=[G + "Western"])
R(T, "give me anything at all but Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "I watch nothing but old film noir these days, can't help myself", like=[G + "Film-Noir"])
R(T, "any genre apart from documentaries works for me", dislike=[G + "Documentary"])
R(T, "John Carpenter or nothing, that's the rule this halloween", like=[P + "John Carpenter"])
R(T, "Show me everything except stuff from the 1930s, too creaky for my liking", dislike=[D + "1930s"])
R(T, "nothing but fantasy adventures for the kids tonight please, swords and quests",
  like=[G + "Fantasy", G + "Adventure"])
R(T, "Literally anything apart from war movies, dad's had a long week", dislike=[G + "War"])
R(T, "it's 80s action or nothing for me, end of", like=[G + "Action", D + "1980s"])
R(T, "i'll take every genre going except animation, gonna be honest", dislike=[G + "Animation"])
R(T, "children's films and nothing else, we've got a seven year old and a five year old on the sofa",
  like=[G + "Children's"])
R(T, "nothing but thrillers for me, and absolutely no romance sneaking in", like=[G + "Thriller"],
  dislike=[G + "Romance"])

# --------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "Sean Connery wipes the floor with Roger Moore, don't @ me", like=[P + "Sean Connery"],
  dislike=[P + "Roger Moore"])
R(T, "sci-fi over fantasy any day of the week and twice on sundays", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "give me a proper dusty western over some soppy romance", like=[G + "Western"], dislike=[G + "Romance"])
R(T, "the 70s beat the 80s hands down for cinema, no contest", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Scorsese knocks Coppola into a cocked hat for my money", like=[P + "Martin Scorsese"],
  dislike=[P + "Francis Ford Coppola"])
R(T, "Thrillers > horror, every time, i'd rather be tense than grossed out", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "Jackie Chan runs rings round Van Damme, the stunts alone settle it", like=[P + "Jackie Chan"],
  dislike=[P + "Jean-Claude Van Damme"])
R(T, "Comedy trumps drama for me on a friday night", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "i'd pick a documentary over an action flick nine times out of ten", like=[G + "Documentary"],
  dislike=[G + "Action"])
R(T, "Heat is miles better than Con Air, more of the first sort please", like_items=["Heat (1995)"],
  dislike_items=["Con Air (1997)"])
R(T, "Meryl Streep acts circles around Julia Roberts imo", like=[P + "Meryl Streep"], dislike=[P + "Julia Roberts"])
R(T, "crime capers leave mysteries for dead, i want the heist not the whodunnit", like=[G + "Crime"],
  dislike=[G + "Mystery"])
R(T, "the 40s are streets ahead of the 50s if you ask me", like=[D + "1940s"], dislike=[D + "1950s"])
R(T, "Tim Burton's weird stuff over Chris Columbus's family stuff, easy call", like=[P + "Tim Burton"],
  dislike=[P + "Chris Columbus"])

# ------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind, but i think i'll give the horror a miss, thank you", dislike=[G + "Horror"])
R(T, "thanks so much for the ideas, but I'd rather not have anything with Robin Williams in it, if that's alright",
  dislike=[P + "Robin Williams"])
R(T, "lovely of you, but I'll politely pass on the documentaries", dislike=[G + "Documentary"])
R(T, "I appreciate it, really I do, but westerns just aren't my thing, sorry!", dislike=[G + "Western"])
R(T, "if it's all the same to you, could we steer clear of anything from the 1920s", dislike=[D + "1920s"])
R(T, "you're a star, but perhaps not the war films today, i'm not in the right headspace", dislike=[G + "War"])
R(T, "sorry to be a pain but could we leave out the romances this time round", dislike=[G + "Romance"])
R(T, "I'm sure Kevin Costner is a lovely man, but I'd prefer to skip his films, no offence to him",
  dislike=[P + "Kevin Costner"])
R(T, "thank you kindly, though sci-fi is one I'll respectfully decline", dislike=[G + "Sci-Fi"])
R(T, "hate to be fussy but would you mind keeping the cartoons off the list", dislike=[G + "Animation"])
R(T, "it's sweet of you but fantasy has never quite clicked for me, so maybe not", dislike=[G + "Fantasy"])
R(T, "with the greatest respect to Quentin Tarantino, I'll sit his films out, all that blood isn't for me",
  dislike=[P + "Quentin Tarantino"])
R(T, "no worries if not, but i'd really rather avoid anything with Sylvester Stallone",
  dislike=[P + "Sylvester Stallone"])
R(T, "many thanks! only small thing, i'm not keen on film noir, so maybe swerve those", dislike=[G + "Film-Noir"])

# ---------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "musicals? nah mate, hard pass from me, all that jazz hands business", dislike=[G + "Musical"])
R(T, "action films are a load of old tosh, sort it out", dislike=[G + "Action"])
R(T, "Steven Seagal? lmaooo no. absolutely not", dislike=[P + "Steven Seagal"])
R(T, "the 60s can jog on, i've no time for any of it", dislike=[D + "1960s"])
R(T, "romance is giving cringe, skip skip skip, i'm allergic", dislike=[G + "Romance"])
R(T, "ngl anything with Pauly Shore goes straight in the bin", dislike=[P + "Pauly Shore"])
R(T, "horror's a big fat nope from me chief, my heart can't take jump scares", dislike=[G + "Horror"])
R(T, "documentaries feel like homework, miss me with that", dislike=[G + "Documentary"])
R(T, "kids films can do one, it's adults only tonight", dislike=[G + "Children's"])
R(T, "westerns are a total snooze fest, bin them", dislike=[G + "Western"])
R(T, "comedies are mid at best, not bothered, leave em out", dislike=[G + "Comedy"])
R(T, "Nicolas Cage can go kick rocks tbh", dislike=[P + "Nicolas Cage"])
R(T, "that 1940s stuff is naff, give it a wide berth", dislike=[D + "1940s"])
R(T, "thrillers? yawn. pass, next, they all blur into one", dislike=[G + "Thriller"])
R(T, "Hugh Grant? do me a favour. all that stammering, next one", dislike=[P + "Hugh Grant"])

# ------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Kurosawa films are pure gold, every single frame of them", like=[P + "Akira Kurosawa"])
R(T, "a good war epic is a feast for the soul, bring one on", like=[G + "War"])
R(T, "nature documentaries are the cherry on top of any lazy sunday", like=[G + "Documentary"])
R(T, "romance done right is a warm blanket on a cold night, and tonight is a cold one", like=[G + "Romance"])
R(T, "Film noir is poetry in smoke and shadow, I'll watch any of it", like=[G + "Film-Noir"])
R(T, "Morgan Freeman's voice is pure honey and I want more of it in my ears", like=[P + "Morgan Freeman"])
R(T, "the 50s were a golden age for the movies, hit me with that era", like=[D + "1950s"])
R(T, "animation is where the magic lives, seriously, more of it please", like=[G + "Animation"])
R(T, "Mysteries are a jigsaw I never tire of, pile them on", like=[G + "Mystery"])
R(T, "musicals are sunshine in a bottle, the cheesier the choreography the happier i am", like=[G + "Musical"])
R(T, "Billy Wilder was a genius, pure and simple, anything by him", like=[P + "Billy Wilder"])
R(T, "Adventure movies are a breath of fresh air, the bigger the map the better", like=[G + "Adventure"])
R(T, "a sharp crime film is like a fine wine to me", like=[G + "Crime"])
R(T, "the 30s screwball stuff is a treasure chest, I'd happily dig through all of it", like=[D + "1930s"],
  ok=["+genre:Comedy"])

# -------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good thriller but please nothing from before 1970", like=[G + "Thriller"], year=(1970, None))
R(T, "happy with comedy, just not the slapstick Leslie Nielsen kind", like=[G + "Comedy"],
  dislike=[P + "Leslie Nielsen"])
R(T, "sci-fi yes absolutely, horror no thank you, not even the fun kind", like=[G + "Sci-Fi"],
  dislike=[G + "Horror"])
R(T, "i'm well into dramas but keep Alec Baldwin well away from them", like=[G + "Drama"],
  dislike=[P + "Alec Baldwin"])
R(T, "westerns are great, the really old black and white ones less so, so nothing older than 1960",
  like=[G + "Western"], year=(1960, None))
R(T, "Adventure is my jam but cut the animation, i'm not 8", like=[G + "Adventure"], dislike=[G + "Animation"])
R(T, "i like Denzel Washington a lot, Tom Cruise not so much", like=[P + "Denzel Washington"],
  dislike=[P + "Tom Cruise"])
R(T, "Give me a mystery, just none of the 1990s ones, they feel too samey", like=[G + "Mystery"],
  dislike=[D + "1990s"])
R(T, "romance is totally fine by me, but musicals are not, no singing please", like=[G + "Romance"],
  dislike=[G + "Musical"])
R(T, "crime's my favourite but i've gone right off war movies", like=[G + "Crime"], dislike=[G + "War"])
R(T, "Keen on fantasy, less keen on anything made after 1990", like=[G + "Fantasy"], year=(None, 1990))
R(T, "the Coen brothers are brilliant, Oliver Stone leaves me stone cold", like=[P + "Joel Coen", P + "Ethan Coen"],
  dislike=[P + "Oliver Stone"])
R(T, "documentaries i'm fine with, children's films i'm really not", like=[G + "Documentary"],
  dislike=[G + "Children's"])
R(T, "action's great as long as it isn't from the 1970s", like=[G + "Action"], dislike=[D + "1970s"])
R(T, "I adore Audrey Hepburn, but Marilyn Monroe never did it for me", like=[P + "Audrey Hepburn"],
  dislike=[P + "Marilyn Monroe"])

# ----------------------------------------------------------------------------------------------------- question
T = "question"
R(T, "horror tonight? god no, I'd be up all night with the lights on", dislike=[G + "Horror"])
R(T, "do I like westerns? does a bear live in the woods, yes obviously", like=[G + "Western"])
R(T, "Would I watch a Spike Lee joint? in a heartbeat, mate", like=[P + "Spike Lee"])
R(T, "animated films? not for me, thanks all the same, they feel like babysitting", dislike=[G + "Animation"])
R(T, "who doesn't love a screwball comedy? me, actually, I can't stand them", dislike=[G + "Comedy"])
R(T, "is the 80s my era? absolutely, big hair and shoulder pads and all", like=[D + "1980s"])
R(T, "anything with Arnold Schwarzenegger? oh go on then, yes", like=[P + "Arnold Schwarzenegger"])
R(T, "romance? i mean, why would i want that? i don't", dislike=[G + "Romance"])
R(T, "you asking if I want a musical? not on your life", dislike=[G + "Musical"])
R(T, "Want to know my favourite genre? it's mystery, hands down", like=[G + "Mystery"])
R(T, "how do I feel about Demi Moore films? lukewarm at best, let's skip her", dislike=[P + "Demi Moore"])
R(T, "sci-fi? is the pope catholic, of course i want sci-fi", like=[G + "Sci-Fi"])
R(T, "would i sit through something from the 1920s? no, silent films bore me rigid", dislike=[D + "1920s"])
R(T, "drama? why not, i'm in a thoughtful sort of mood", like=[G + "Drama"])

# ---------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1980 please, the picture quality does my head in", year=(1980, None))
R(T, "I'm a sucker for the 1940s, anything from then", like=[D + "1940s"])
R(T, "keep it to 1975 or earlier, I like the grain and the grit", year=(None, 1975))
R(T, "the 90s are my comfort era, always have been, flannel shirts and all", like=[D + "1990s"])
R(T, "skip the 70s entirely, too much brown and too many moustaches", dislike=[D + "1970s"])
R(T, "only films made in 1990 or later, i can't do the old stuff", year=(1990, None))
R(T, "the 1920s silent era has a hold on me, yes please", like=[D + "1920s"])
R(T, "please nothing from the 80s, i lived through it once already", dislike=[D + "1980s"])
R(T, "pre-1960 only please, modern films have no manners", year=(None, 1959))
R(T, "the 1930s feel like a foreign country to me and not one I want to visit", dislike=[D + "1930s"])
R(T, "the 60s are where it's at, flower power and all that", like=[D + "1960s"])
R(T, "nothing made before 1950, black and white just doesn't work for me", year=(1950, None))
R(T, "50s films give me the ick, far too wholesome", dislike=[D + "1950s"])
R(T, "the 70s? yes yes yes, new hollywood forever", like=[D + "1970s"])
R(T, "Anything up to and including 1969 is fine, nothing after that", year=(None, 1969))

# ------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson can do no wrong in my book, eyebrows and all", like=[P + "Jack Nicholson"])
R(T, "Keanu Reeves has my whole heart, queue up his stuff", like=[P + "Keanu Reeves"])
R(T, "i can't be doing with Sharon Stone, sorry, she just rubs me up the wrong way", dislike=[P + "Sharon Stone"])
R(T, "Clint Eastwood is the real deal, directing or acting, either works for me", like=[P + "Clint Eastwood"])
R(T, "Whoopi Goldberg cracks me up every time, put her on", like=[P + "Whoopi Goldberg"])
R(T, "Dolph Lundgren makes me cringe, keep him far far away", dislike=[P + "Dolph Lundgren"])
R(T, "Emma Thompson is a national treasure and i will hear no argument", like=[P + "Emma Thompson"])
R(T, "Wes Craven has given me nightmares for years and i mean that fondly, more please", like=[P + "Wes Craven"])
R(T, "John Travolta is a no from me, the man grates on me something rotten", dislike=[P + "John Travolta"])
R(T, "Ridley Scott is a safe pair of hands, go with him", like=[P + "Ridley Scott"])
R(T, "Chevy Chase's face makes me want to throw the remote at the telly", dislike=[P + "Chevy Chase"])
R(T, "Michelle Pfeiffer lights up every scene she's in, more please", like=[P + "Michelle Pfeiffer"])
R(T, "Joel Schumacher ruined a franchise for me, keep his films off my list", dislike=[P + "Joel Schumacher"])
R(T, "can we have something with Jodie Foster, she's top tier", like=[P + "Jodie Foster"])
R(T, "Steve Martin leaves me stony faced, not for me", dislike=[P + "Steve Martin"])
R(T, "Robert De Niro and Al Pacino in anything, I'm there", like=[P + "Robert De Niro", P + "Al Pacino"])

# ------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is a snowy little masterpiece, something in that vein please", like_items=["Fargo (1996)"])
R(T, "Waterworld was a soggy waste of a huge budget, i want nothing resembling it", dislike_items=["Waterworld (1995)"])
R(T, "I've watched The Princess Bride more times than I can count, more like that",
  like_items=["The Princess Bride (1987)"])
R(T, "Batman & Robin was an insult to my eyes, keep anything like it away", dislike_items=["Batman & Robin (1997)"])
R(T, "Jaws still gives me chills in the best way, find me its cousins", like_items=["Jaws (1975)"])
R(T, "Showgirls? burn it with fire, don't show me anything like it", dislike_items=["Showgirls (1995)"])
R(T, "Groundhog Day is perfect and I want that cosy loop-de-loop feeling again", like_items=["Groundhog Day (1993)"])
R(T, "The English Patient bored me into a coma, nothing like that please",
  dislike_items=["The English Patient (1996)"])
R(T, "Trainspotting hit me like a truck and i loved it", like_items=["Trainspotting (1996)"])
R(T, "Spice World was ninety minutes of my life i want back", dislike_items=["Spice World (1997)"])
R(T, "Monty Python and the Holy Grail is comfort food, similar daftness please",
  like_items=["Monty Python and the Holy Grail (1974)"])
R(T, "Independence Day is loud nonsense, no thanks to that sort", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "The Big Lebowski is a whole vibe, more like it", like_items=["The Big Lebowski (1998)"])
R(T, "Mars Attacks! is a hoot, that kind of silly please", like_items=["Mars Attacks! (1996)"])
R(T, "Dumb & Dumber made me want to walk into the sea, avoid", dislike_items=["Dumb & Dumber (1994)"])

# ----------------------------------------------------------------------------------------------------- rambling
T = "rambling"
R(T, "so my sister came round last night and we were trying to pick something and she wanted one of those weepy "
     "period dramas and i was like absolutely not, i wanted a proper war film with mud and explosions and blokes "
     "shouting, anyway she's gone home now so it's my pick, war film please", like=[G + "War"],
  dislike=[G + "Drama"])
R(T, "ok long story but my dad used to put old John Wayne films on every sunday when I was a kid and I moaned "
     "about it every time, but now he's gone i kind of miss them, so yeah, john wayne westerns if you've got any",
  like=[P + "John Wayne", G + "Western"])
R(T, "i was on a date once and we went to see a horror film and i screamed so loud the whole cinema turned "
     "round, she never called me back, so horror is dead to me forever basically", dislike=[G + "Horror"])
R(T, "my flatmate keeps putting on nature documentaries and at first i rolled my eyes but after about the fifth "
     "one about penguins i was hooked and now i'm the one begging for them", like=[G + "Documentary"])
R(T, "so we had a family movie night planned and the little one wanted the same cartoon for the hundredth time "
     "and my partner and I made a pact, no more animation in this house until spring, so pick something else "
     "everyone can watch", dislike=[G + "Animation"])
R(T, "back in uni my mate ran a film club and it was all 1960s french stuff and i sat through every single one "
     "and honestly? loved them, still think about them now, so anything from the 60s works", like=[D + "1960s"])
R(T, "I've been working nights so my sleep is all over the place and the last thing i need is a thriller keeping "
     "me wired, something gentle, a romance maybe, nothing with a body count", like=[G + "Romance"],
  dislike=[G + "Thriller"])
R(T, "went to my nan's and she had a pile of old videos, Gene Kelly in all of them, and we watched three back to "
     "back and I was expecting to be bored stiff but I was grinning the whole time, more Gene Kelly please",
  like=[P + "Gene Kelly"])
R(T, "so there's this bloke at work who won't shut up about Mel Gibson films and I finally caved and watched one "
     "and, no, I can see why he likes them but they're not for me at all", dislike=[P + "Mel Gibson"])
R(T, "my kid brother dragged me to some sci-fi thing last year and I fell asleep twice and then he made me watch "
     "the sequel too, I'm done, I'd sooner watch paint dry than another spaceship film", dislike=[G + "Sci-Fi"])

# -------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like comedies where grown adults fall over things, the sillier the better honestly", like=[G + "Comedy"])
R(T, "I don't like horror and I never have, even as a teenager", dislike=[G + "Horror"])
R(T, "please recommend me some adventure films for saturday afternoon with my nephew", like=[G + "Adventure"])
R(T, "no romance please, not tonight of all nights", dislike=[G + "Romance"])
R(T, "I enjoy crime films with a clever plot and a proper double cross", like=[G + "Crime"])
R(T, "I don't want any musicals on the list this time, my husband will walk out", dislike=[G + "Musical"])
R(T, "i love film noir and old detective stories told in voiceover", like=[G + "Film-Noir"], ok=["+genre:Mystery"])
R(T, "I'm not interested in westerns, skip them please, horses bore me", dislike=[G + "Western"])
R(T, "I do not like war films, they upset me for days after", dislike=[G + "War"])
R(T, "Fantasy films are my favourite genre by a mile", like=[G + "Fantasy"])
R(T, "no documentaries for me, thank you, I get enough facts at work", dislike=[G + "Documentary"])
R(T, "i'd like a thriller with Gary Oldman in it", like=[G + "Thriller", P + "Gary Oldman"])
R(T, "I don't enjoy animated films much these days", dislike=[G + "Animation"])
R(T, "I really like Tim Robbins as an actor", like=[P + "Tim Robbins"])
R(T, "I don't like Eddie Murphy films, never found him funny", dislike=[P + "Eddie Murphy"])
R(T, "show me some 1950s films please, whatever you've got", like=[D + "1950s"])
R(T, "Please no sci-fi, I find it boring and confusing in equal measure", dislike=[G + "Sci-Fi"])
R(T, "I want a mystery movie for tonight with my mum", like=[G + "Mystery"])
R(T, "i'm not a fan of films from the 1980s, the hair alone puts me off", dislike=[D + "1980s"])
R(T, "I like movies directed by Ron Howard, he's dependable", like=[P + "Ron Howard"])
R(T, "i dislike children's movies, i'm an adult with no kids", dislike=[G + "Children's"])
R(T, "a serious drama is what I'm after tonight", like=[G + "Drama"])
R(T, "I don't really like Sandra Bullock's films, can't explain why", dislike=[P + "Sandra Bullock"])


if __name__ == "__main__":
    main()
