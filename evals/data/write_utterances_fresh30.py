"""Writes evals/data/utterances_fresh30.jsonl: a thirtieth fresh held-out batch of `idiom` utterances (see README.md
here, "Thirtieth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (23:01-23:07 UTC) by F30, before and apart from the reader's eighteenth round of
change (issue 21, round 18), at the same time as and apart from the twenty-ninth batch (whose writer's files and
brief F30 did not open): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, tools/mood.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py),
their dev sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results
(evals/results), the understanding benchmarks (evals/bench) or any reader author's work, ran no reader, agent, test
or benchmark on these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record
lists of the earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's
R(), its G / D / P constants, its first ~20 complaint records and a few of its year records (for the year-bound
convention), write_utterances_fresh8.py's first 50 and last 5 lines, README.md's eighth-batch section and the
catalogue vocabulary were read). Four sentences were reworded because the writer's own check named them as
already in an earlier file; about eighty other short or generic ones were lengthened or reworded beforehand to make
a repeat less likely, and six records were dropped to keep the batch near 238.
The reader's author is not to read this file or its output. Every gold label is what a careful reader takes the
sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file (here
utterances.jsonl, fresh #1-#28 and the training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh30
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh30.jsonl"
OTHER_FILES = earlier_files(28, 15)  # utterances.jsonl, fresh #1-#28, training batches w1-w15
BATCH = "fresh30-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are a disease i have zero intention of getting cured of, saddle me up", like=[G + "Western"])
R(T, "film noir is my worst vice honestly, one more rain-soaked detective and i'm gone again", like=[G + "Film-Noir"])
R(T, "car chases and punch-ups, action is the drug and i relapse every single friday night", like=[G + "Action"])
R(T, "musicals damaged me as a kid in the best possible way, i still hum them at the bus stop",
  like=[G + "Musical"])
R(T, "i'm a total wreck for anything tim burton touches, point me straight at his weird little films",
  like=[P + "Tim Burton"])
R(T, "docs are my quiet poison, hand me a good nature one and that's my evening gone", like=[G + "Documentary"])
R(T, "mysteries are an actual menace to my sleep schedule because i physically cannot stop at one",
  like=[G + "Mystery"])
R(T, "war films wreck me every time and yet i keep crawling back for more punishment", like=[G + "War"])
R(T, "my brother reckons my sci-fi habit is a sickness. he's right and i don't care, feed it", like=[G + "Sci-Fi"])
R(T, "jackie chan's stunts are frankly criminal, the man is a lunatic and i adore him", like=[P + "Jackie Chan"])
R(T, "fantasy is dangerous territory for me, i lose entire weekends to dragons and wizards and i'd do it again",
  like=[G + "Fantasy"])
R(T, "the fifties are my cursed obsession, those technicolor weepies absolutely destroy me",
  like=[D + "1950s"])
R(T, "horror is a filthy little addiction of mine and i feed it every night after the kids are down",
  like=[G + "Horror"])
R(T, "adventure flicks are my kryptonite, show me a treasure map and a rope bridge and i'm done for",
  like=[G + "Adventure"])
R(T, "thrillers are genuine torture for my nerves, the bad kind, so leave them out of it", dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've had my fill of cowboys for this lifetime and probably the next one", dislike=[G + "Western"])
R(T, "the whole slasher thing has been done to death, i'm completely tapped out on horror",
  dislike=[G + "Horror"])
R(T, "i'm all musical'd out after the school play season, spare me any more singing", dislike=[G + "Musical"])
R(T, "sick to the back teeth of cop shows and gangsters, crime is off the menu for a good while",
  dislike=[G + "Crime"])
R(T, "binged so many cartoons this month my brain's gone to mush, give animation a rest",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "i've overdosed on tom cruise lately, give the poor guy a night off", dislike=[P + "Tom Cruise"])
R(T, "eighties stuff? been there, rewatched that, bought the t-shirt twice over", dislike=[D + "1980s"])
R(T, "romcoms and me are on a break, i've seen every meet-cute the world has to offer",
  dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "sci-fi has run its course for me this year, my tank is bone dry on spaceships", dislike=[G + "Sci-Fi"])
R(T, "burnt right out on whodunnits, no mysteries for a good long while please", dislike=[G + "Mystery"])
R(T, "after three months of period pieces with my mum i'm fed up to here with drama", dislike=[G + "Drama"])
R(T, "had it up to my eyeballs with adam sandler, no more of him thank you", dislike=[P + "Adam Sandler"])
R(T, "kids' films? the toddler has played them on loop till i could scream, i'm saturated",
  dislike=[G + "Children's"])
R(T, "the nineties blockbuster formula has gone stale on me, i'm well and truly over it", dislike=[D + "1990s"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a decent western wouldn't be the worst way to spend a wet sunday", like=[G + "Western"])
R(T, "i wouldn't exactly say no to a spot of hitchcock this evening, would i", like=[P + "Alfred Hitchcock"])
R(T, "a comedy's hardly going to be a hardship for me tonight", like=[G + "Comedy"])
R(T, "i could probably be talked into something from the seventies, if pushed", like=[D + "1970s"])
R(T, "an animated one wouldn't go amiss tbh, just saying", like=[G + "Animation"])
R(T, "meg ryan has been known to do alright by me over the years", like=[P + "Meg Ryan"])
R(T, "documentaries are... not nothing, i'd sit through one quite happily", like=[G + "Documentary"])
R(T, "i'd hardly complain if you slung an adventure film my way", like=[G + "Adventure"])
R(T, "film noir's a little bit of alright, innit", like=[G + "Film-Noir"])
R(T, "let's just say i'm not the biggest horror person going", dislike=[G + "Horror"])
R(T, "war films aren't quite my speed, let's leave it there shall we", dislike=[G + "War"])
R(T, "me and musicals have what you might call a somewhat strained relationship", dislike=[G + "Musical"])
R(T, "kevin costner isn't exactly top of my wishlist, put it that way", dislike=[P + "Kevin Costner"])
R(T, "i've been ever so slightly less than thrilled by sci-fi of late", dislike=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a twisty mystery now and then", like=[G + "Mystery"])
R(T, "i've never once said no to harrison ford and i'm not starting now", like=[P + "Harrison Ford"])
R(T, "there's not a romance out there i haven't bawled at, so yes please", like=[G + "Romance"])
R(T, "not that i'd ever not watch a spielberg, you know?", like=[P + "Steven Spielberg"])
R(T, "can't say i don't have a thing for the forties", like=[D + "1940s"])
R(T, "i don't dislike action, not one bit, so bring it on", like=[G + "Action"])
R(T, "no way am i not watching something fantasy tonight", like=[G + "Fantasy"])
R(T, "it isn't that i don't respect westerns, i just never want to watch one", dislike=[G + "Western"])
R(T, "i'm not unhappy with a crime flick, no, not at all", like=[G + "Crime"])
R(T, "i mean i wouldn't NOT put on a silly comedy at this hour", like=[G + "Comedy"])
R(T, "nobody can say i don't give horror a fair go, and nope, still can't stand it", dislike=[G + "Horror"])
R(T, "i'm not not a fan of julia roberts, if that makes sense", like=[P + "Julia Roberts"])
R(T, "there isn't a single woody allen film i don't find insufferable", dislike=[P + "Woody Allen"])
R(T, "never met a war movie i didn't get something out of", like=[G + "War"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns for me this week, i'm on a dusty streak", like=[G + "Western"])
R(T, "anything but a musical, i'm on my knees here begging", dislike=[G + "Musical"])
R(T, "everything except horror is fair game tonight, i've got to sleep", dislike=[G + "Horror"])
R(T, "it's kubrick or nothing tonight, i'm in that kind of mood", like=[P + "Stanley Kubrick"])
R(T, "give me anything bar the sixties, i'm easy otherwise", dislike=[D + "1960s"])
R(T, "i'll take anything you've got besides a romcom", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "just crime, crime and more crime, nothing else will scratch the itch", like=[G + "Crime"])
R(T, "comedy or bust tonight, mate, i need a laugh", like=[G + "Comedy"])
R(T, "every genre's on the table apart from sci-fi, that one's off", dislike=[G + "Sci-Fi"])
R(T, "i want film noir and only film noir, nothing in colour", like=[G + "Film-Noir"])
R(T, "show me whatever you fancy as long as it isn't a documentary", dislike=[G + "Documentary"])
R(T, "arnold or nothing, i want explosions and terrible one-liners", like=[P + "Arnold Schwarzenegger"])
R(T, "anyone at all but jim carrey, his face alone exhausts me", dislike=[P + "Jim Carrey"])
R(T, "cartoons and only cartoons, it's a duvet day", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "the thirties and nothing but the thirties for this old soul", like=[D + "1930s"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a proper mystery beats a thriller every day of the week", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "hitchcock wipes the floor with de palma, don't @ me", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Brian De Palma"])
R(T, "i'd take the fifties over the eighties any day", like=[D + "1950s"], dislike=[D + "1980s"])
R(T, "westerns >>> war films, no contest whatsoever", like=[G + "Western"], dislike=[G + "War"])
R(T, "bruce willis over stallone, easiest choice i'll make all week", like=[P + "Bruce Willis"],
  dislike=[P + "Sylvester Stallone"])
R(T, "comedy trumps drama for me right now, by a mile and a half", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "i'd pick a cartoon over a horror movie ten times out of ten", like=[G + "Animation"],
  dislike=[G + "Horror"])
R(T, "fargo knocks pulp fiction into a cocked hat if you ask me", like_items=["Fargo (1996)"],
  dislike_items=["Pulp Fiction (1994)"])
R(T, "put adventure ahead of romance for me, always", like=[G + "Adventure"], dislike=[G + "Romance"])
R(T, "sci-fi has fantasy beat hands down, lasers over swords", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "tom hanks runs rings round robin williams as far as i'm concerned", like=[P + "Tom Hanks"],
  dislike=[P + "Robin Williams"])
R(T, "the seventies eat the nineties for breakfast and still want seconds", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "documentaries are miles ahead of musicals in my book", like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "crime over children's stuff tonight, i'm not babysitting", like=[G + "Crime"], dislike=[G + "Children's"])
R(T, "al pacino leaves keanu reeves standing in the dust", like=[P + "Al Pacino"], dislike=[P + "Keanu Reeves"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's really kind, but i'll sit horror out this time if that's alright", dislike=[G + "Horror"])
R(T, "i appreciate the thought, though westerns have never really been for me", dislike=[G + "Western"])
R(T, "lovely suggestion but perhaps not a musical, if you don't mind terribly", dislike=[G + "Musical"])
R(T, "you're very sweet, but i'd rather steer clear of mel gibson", dislike=[P + "Mel Gibson"])
R(T, "no offence to the animators, but cartoons aren't my scene these days", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "kindly leave out anything from the twenties, with all respect to the silent greats",
  dislike=[D + "1920s"])
R(T, "i'll politely decline anything with sharon stone in it, thank you though", dislike=[P + "Sharon Stone"])
R(T, "it's nothing personal against sci-fi, i'd just prefer to give it a miss", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you, no documentaries today, i've had a long one", dislike=[G + "Documentary"])
R(T, "bless you for trying, but romcoms just aren't going to land with me", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "with the greatest respect to the genre, i'll leave thrillers be", dislike=[G + "Thriller"])
R(T, "you're a gem, but nothing made before 1970 please", year=(1970, None))
R(T, "i'm grateful, honestly, but i'd rather not go near another demi moore picture", dislike=[P + "Demi Moore"])
R(T, "that's thoughtful of you, but film noir is a touch gloomy for me, maybe another time",
  dislike=[G + "Film-Noir"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "horror? nah fam, hard pass on that one", dislike=[G + "Horror"])
R(T, "westerns are naff, bin the lot of them", dislike=[G + "Western"])
R(T, "musicals can do one, honestly, jazz hands and all", dislike=[G + "Musical"])
R(T, "steven seagal? yeah no, miss me with that", dislike=[P + "Steven Seagal"])
R(T, "sci-fi is so mid, skip it and move on", dislike=[G + "Sci-Fi"])
R(T, "fantasy is a whole lotta nope from me, keep your wizards", dislike=[G + "Fantasy"])
R(T, "forget the forties, that dusty old stuff is not my vibe", dislike=[D + "1940s"])
R(T, "crime flicks are pants, not having any of it", dislike=[G + "Crime"])
R(T, "kids' films? big yikes, no thanks, i'm thirty two", dislike=[G + "Children's"])
R(T, "pauly shore stuff is straight trash, keep it well away from me", dislike=[P + "Pauly Shore"])
R(T, "adventure flicks? meh, sack that right off", dislike=[G + "Adventure"])
R(T, "mysteries bore me rigid tbh, ick, all that pointing at suspects", dislike=[G + "Mystery"])
R(T, "docs are for nerds, i'll pass thanks, i get enough facts at work", dislike=[G + "Documentary"])
R(T, "the eighties can get in the bin along with their synth scores", dislike=[D + "1980s"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "casablanca is pure gold, i could have it on a loop", like_items=["Casablanca (1942)"])
R(T, "comedy is the sunshine of my whole grey week", like=[G + "Comedy"])
R(T, "a good western is a warm blanket for the soul on a cold night", like=[G + "Western"])
R(T, "scorsese is a titan, everything he's made is a feast", like=[P + "Martin Scorsese"])
R(T, "sci-fi lights my brain up like a christmas tree in a power surge", like=[G + "Sci-Fi"])
R(T, "animation is magic in a bottle as far as i'm concerned", like=[G + "Animation"])
R(T, "film noir is poetry written in smoke and shadows", like=[G + "Film-Noir"])
R(T, "audrey hepburn is an absolute national treasure, all elegance", like=[P + "Audrey Hepburn"])
R(T, "the sixties were a golden age and i want to live there", like=[D + "1960s"])
R(T, "musicals make my heart soar every single time the orchestra kicks in", like=[G + "Musical"])
R(T, "morgan freeman's voice is pure velvet, i'll watch anything he's in", like=[P + "Morgan Freeman"])
R(T, "a good mystery is catnip for my brain, proper puzzle box stuff", like=[G + "Mystery"])
R(T, "jack nicholson is a firecracker on screen, unpredictable in the best way", like=[P + "Jack Nicholson"])
R(T, "romance stories are my comfort food, plain and simple, hot chocolate for the heart", like=[G + "Romance"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "i'm up for a thriller, but keep the gore out of it, so no horror", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "give me a comedy but nothing older than 1980", like=[G + "Comedy"], year=(1980, None))
R(T, "love a good denzel film, can't stand nicolas cage", like=[P + "Denzel Washington"],
  dislike=[P + "Nicolas Cage"])
R(T, "westerns yes, musicals absolutely not under any circumstances", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "something from the nineties would be ace, just not an action one", like=[D + "1990s"],
  dislike=[G + "Action"])
R(T, "i'm keen on sci-fi, but nothing from before 1960", like=[G + "Sci-Fi"], year=(1960, None))
R(T, "spielberg's great but michael bay makes my ears bleed", like=[P + "Steven Spielberg"],
  dislike=[P + "Michael Bay"])
R(T, "docs are brilliant, dramas not so much lately", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "i'd go for an adventure, but leave the kiddie stuff for another day", like=[G + "Adventure"],
  dislike=[G + "Children's"])
R(T, "fantasy please, and none of that seventies stuff", like=[G + "Fantasy"], dislike=[D + "1970s"])
R(T, "meryl streep yes please, kevin costner no thanks", like=[P + "Meryl Streep"], dislike=[P + "Kevin Costner"])
R(T, "crime is my jam, romance is very much not", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "i'll watch a war film, just nothing made after 1990", like=[G + "War"], year=(None, 1990))
R(T, "noir is great but skip the thirties ones", like=[G + "Film-Noir"], dislike=[D + "1930s"])
R(T, "i adore jodie foster, sylvester stallone i could do without", like=[P + "Jodie Foster"],
  dislike=[P + "Sylvester Stallone"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like westerns? does a cowboy own a hat, come on, obviously yes", like=[G + "Western"])
R(T, "horror? are you having a laugh, absolutely not", dislike=[G + "Horror"])
R(T, "would i watch a coen brothers film? in a heartbeat", like=[P + "Joel Coen"], ok=["+person:Ethan Coen"])
R(T, "musicals, you ask? over my dead and buried body, friend", dislike=[G + "Musical"])
R(T, "am i up for a comedy? always, always, always, that's never a question", like=[G + "Comedy"])
R(T, "could i sit through another war film? honestly, no, i couldn't", dislike=[G + "War"])
R(T, "sci-fi tonight? oh go on then, yes, twist my arm", like=[G + "Sci-Fi"])
R(T, "something from the sixties? why not, sounds lovely", like=[D + "1960s"])
R(T, "do i want a romcom? not in a month of wet sundays, no", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "you wanna know if i like tarantino? mate, i've got his posters on my wall", like=[P + "Quentin Tarantino"])
R(T, "am i a keanu fan? not a chance, the man has one expression", dislike=[P + "Keanu Reeves"])
R(T, "animation for grown-ups? yes please, every time", like=[G + "Animation"])
R(T, "is a thriller on the cards? nope, my nerves are shot", dislike=[G + "Thriller"])
R(T, "anything before 1960? why would i do that to myself, no", year=(1960, None))
R(T, "a mystery, you say? ooh now you're talking my language", like=[G + "Mystery"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the twenties are where it's at for me, silent comedies and all", like=[D + "1920s"])
R(T, "nothing before 1975, i can't handle that old grainy film look", year=(1975, None))
R(T, "seventies grit is my whole thing, grimy streets and all", like=[D + "1970s"])
R(T, "keep me well out of the eighties, the hair alone", dislike=[D + "1980s"])
R(T, "only stuff made after 1993 please, i like it fresh", year=(1994, None))
R(T, "i'm a fifties girl through and through, poodle skirts in spirit", like=[D + "1950s"])
R(T, "anything newer than 1970 is a no from me, the golden years ended there", year=(None, 1970))
R(T, "the thirties feel too creaky and stagey, leave them be", dislike=[D + "1930s"])
R(T, "the forties had the best films ever made, send me back there in a time machine", like=[D + "1940s"])
R(T, "the nineties are my decade, no question about it, grunge and all", like=[D + "1990s"])
R(T, "please nothing before 1950, the ancient ones put me straight to sleep", year=(1950, None))
R(T, "i'm not going anywhere near the sixties, far too psychedelic for me", dislike=[D + "1960s"])
R(T, "films from before 1965 only, the modern ones leave me cold", year=(None, 1964))
R(T, "the twenties and thirties are a bit too far back for my taste", dislike=[D + "1920s", D + "1930s"])
R(T, "the eighties had a magic to them that i keep chasing", like=[D + "1980s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "clint eastwood could growl at me for three hours and i'd be happy", like=[P + "Clint Eastwood"])
R(T, "steven seagal makes me want to throw the remote at the telly", dislike=[P + "Steven Seagal"])
R(T, "i have a massive soft spot for emma thompson and her dry wit", like=[P + "Emma Thompson"])
R(T, "kevin smith's films are a hard no from me, too much chatter", dislike=[P + "Kevin Smith"])
R(T, "john carpenter is the man, full stop, synth score and all", like=[P + "John Carpenter"])
R(T, "sandra bullock leaves me stone cold, can't explain it", dislike=[P + "Sandra Bullock"])
R(T, "i'd follow cary grant anywhere he went, that voice", like=[P + "Cary Grant"])
R(T, "van damme? keep him far, far away from my screen", dislike=[P + "Jean-Claude Van Damme"])
R(T, "billy wilder just never misses, the man was a genius", like=[P + "Billy Wilder"])
R(T, "whoopi goldberg grates on me something rotten", dislike=[P + "Whoopi Goldberg"])
R(T, "i'm a sucker for anything with susan sarandon in it", like=[P + "Susan Sarandon"])
R(T, "oliver stone's stuff gives me a headache, skip him", dislike=[P + "Oliver Stone"])
R(T, "bogart is the coolest man who ever lit a cigarette on film", like=[P + "Humphrey Bogart"])
R(T, "eddie murphy just doesn't do it for me, sorry eddie", dislike=[P + "Eddie Murphy"])
R(T, "james cameron can do no wrong in my eyes, big budget king", like=[P + "James Cameron"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "toy story is basically my whole childhood in one film, more like that please", like_items=["Toy Story (1995)"])
R(T, "i'd sooner chew tinfoil than sit through titanic a second time", dislike_items=["Titanic (1997)"])
R(T, "the godfather is a masterpiece and i want something in that same dark vein", like_items=["The Godfather (1972)"])
R(T, "independence day was dumb as a box of rocks, skip it", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "groundhog day never gets old for me, which is funny given the plot", like_items=["Groundhog Day (1993)"])
R(T, "batman forever was a neon mess, keep it off my list", dislike_items=["Batman Forever (1995)"])
R(T, "i adored babe, that little pig waltzed off with my heart", like_items=["Babe (1995)"])
R(T, "scream was way too try-hard and smug for me", dislike_items=["Scream (1996)"])
R(T, "raiders of the lost ark is peak cinema, give me more of that energy",
  like_items=["Raiders of the Lost Ark (1981)"])
R(T, "jerry maguire left me cold, not again thanks, show me something else", dislike_items=["Jerry Maguire (1996)"])
R(T, "star wars is the whole reason i got hooked on films as a nipper, more of that", like_items=["Star Wars (1977)"])
R(T, "mars attacks! was a waste of a perfectly good evening", dislike_items=["Mars Attacks! (1996)"])
R(T, "the usual suspects blew my tiny mind clean out the back of my skull", like_items=["The Usual Suspects (1995)"])
R(T, "forrest gump is soppy feather-on-the-wind nonsense to me", dislike_items=["Forrest Gump (1994)"])
R(T, "i'd happily rewatch alien tonight, the original one with the chestburster", like_items=["Alien (1979)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my flatmate dragged me to her book club thing last night and afterwards we all ended up at someone's place "
     "watching this old black and white detective thing and honestly?? i was hooked, the smoky rooms, the double "
     "crosses, all of it, so yeah i think i'm a film noir person now, who knew", like=[G + "Film-Noir"])
R(T, "ok long day, kids finally asleep, husband snoring on the sofa, and i've got maybe two hours before i pass out "
     "myself. last time i put on one of those slasher things i couldn't sleep for a week so definitely no horror, "
     "i just want to switch my brain off", dislike=[G + "Horror"])
R(T, "my grandad used to take me to the pictures every saturday when i was small and he always picked westerns, john "
     "wayne squinting into the sun and all that, and now he's gone i find i really want to watch them again, they "
     "feel like him", like=[G + "Western"], ok=["+person:John Wayne"])
R(T, "right so the thing is, i did a film module at uni and the lecturer was obsessed with sixties french and "
     "italian stuff and after twelve weeks of it i never want to see anything from the 1960s ever again, sorry to "
     "him", dislike=[D + "1960s"])
R(T, "we tried watching a musical for my sister's birthday, one of those with dancing on rooftops, and i lasted "
     "about twenty minutes before i went to make tea and just never came back. anyway she's not here tonight so no "
     "singing please", dislike=[G + "Musical"])
R(T, "i was on a long haul flight last month and the only thing working on the little screen was a documentary "
     "about penguins and i ended up watching it three times and loving it more each time, so if you've got good "
     "documentaries i'm game", like=[G + "Documentary"])
R(T, "me and my mates have this tradition where we get pizza and put on the most over the top action film we can "
     "find, last week was some schwarzenegger thing with a helicopter, and it's my turn to pick so action please, "
     "the louder the better", like=[G + "Action"], ok=["+person:Arnold Schwarzenegger"])
R(T, "so i started watching this space thing with my dad, he loves all that, and twenty minutes in he's explaining "
     "the physics and i'm scrolling my phone, and i realised sci-fi just isn't for me, i don't get the appeal",
  dislike=[G + "Sci-Fi"])
R(T, "my partner keeps putting on robin williams films because she grew up with them and i try, i really do, but "
     "the manic thing just wears me out, so maybe none of his tonight while she's at work",
  dislike=[P + "Robin Williams"])
R(T, "last christmas we ended up watching a pile of cartoons with my nieces and honestly i laughed harder than they "
     "did, i reckon animation is criminally underrated by grown-ups and i want more of it", like=[G + "Animation"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i enjoy a good comedy on a weeknight after work", like=[G + "Comedy"])
R(T, "i don't like horror films at all, they just upset me", dislike=[G + "Horror"])
R(T, "please recommend some westerns for me and my dad", like=[G + "Western"])
R(T, "i'm not really into musicals these days, too much singing", dislike=[G + "Musical"])
R(T, "i love films directed by steven spielberg", like=[P + "Steven Spielberg"])
R(T, "no war movies for me tonight please, it's been a heavy week", dislike=[G + "War"])
R(T, "i'd like a mystery with a clever twist at the end", like=[G + "Mystery"])
R(T, "i don't want anything from the 1930s on the list", dislike=[D + "1930s"])
R(T, "i really like tom hanks in pretty much anything", like=[P + "Tom Hanks"])
R(T, "i do not enjoy science fiction in any form", dislike=[G + "Sci-Fi"])
R(T, "i'd like to watch a documentary about history", like=[G + "Documentary"])
R(T, "please don't show me any romance, i'm not in a soppy place", dislike=[G + "Romance"])
R(T, "thrillers are my favourite genre by some distance", like=[G + "Thriller"])
R(T, "i'm not a fan of bruce willis or his smirk", dislike=[P + "Bruce Willis"])
R(T, "i like older films from the 1950s", like=[D + "1950s"])
R(T, "i don't care for fantasy films with elves and all that", dislike=[G + "Fantasy"])
R(T, "can you find me an adventure film for saturday afternoon", like=[G + "Adventure"])
R(T, "i never watch children's movies now the kids have grown up", dislike=[G + "Children's"])
R(T, "i want to see something with julia roberts in the lead", like=[P + "Julia Roberts"])
R(T, "i dislike crime films, always have done", dislike=[G + "Crime"])
R(T, "i like film noir from the forties best of all", like=[G + "Film-Noir", D + "1940s"])
R(T, "no action films please, i'm not in the mood", dislike=[G + "Action"])
R(T, "i liked heat, something similar would be great", like_items=["Heat (1995)"])
R(T, "i don't want to watch anything by quentin tarantino", dislike=[P + "Quentin Tarantino"])


if __name__ == "__main__":
    main()
