"""Writes evals/data/utterances_fresh36.jsonl: a thirty-sixth fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-sixth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (from 05:42 UTC) by F36, before and apart from the stance reader's round 21 (issue
21), while another writer (F35) wrote batch #35 whose files and brief F36 did not open: the writer did not open the
stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, tools/mood.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench)
or /work/notes beyond its own brief, ran no reader, agent, test or benchmark on these sentences, and did not read
any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance
training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P constants, its first ~20 complaint
records and its build / main, write_utterances_fresh8.py's first 50 and last 5 lines, README.md's eighth-batch
section and the catalogue vocabulary and film labels were read). REWORDED_NOTE below says how many sentences were
reworded because the writer's own check named them as already in an earlier file. The reader's author is not to
read this file or its output. Every gold label is what a careful reader takes the sentence to mean for this user
now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#34, training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh36
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh36.jsonl"
OTHER_FILES = earlier_files(34, 15)  # utterances.jsonl, fresh #1-#34, training batches w1-w15
BATCH = "fresh36-2026-12-06"
CLS = "idiom"
REWORDED_NOTE = "2 sentences reworded because the check named them as already in an earlier file"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are a genuine sickness with me, my dad got me hooked as a kid and now im worse than he ever was",
  like=[G + "Western"])
R(T, "honestly film noir is my vice, rain-slicked streets and a double-cross in the last reel, any night of the week",
  like=[G + "Film-Noir"])
R(T, "i'm a total lost cause when it comes to punch-ups and car chases, action all day every day", like=[G + "Action"])
R(T, "that Jim Carrey is an absolute menace and i mean that with love, more of his rubber face pls",
  like=[P + "Jim Carrey"])
R(T, "documentaries have ruined me, i can't stop at one, it's become a real problem in this flat",
  like=[G + "Documentary"])
R(T, "musicals are my dirty little habit, do not tell the lads at work", like=[G + "Musical"])
R(T, "the 80s have an actual chokehold on me, synths and shoulder pads till i die", like=[D + "1980s"])
R(T, "whodunits are my poison of choice, i'm unhealthily obsessed with a good mystery", like=[G + "Mystery"])
R(T, "horror wrecks my nerves every single time and i keep crawling back for more, hit me with one",
  like=[G + "Horror"])
R(T, "war films absolutely destroy me, i'm a sobbing wreck by the credits and i live for it", like=[G + "War"])
R(T, "Sigourney Weaver is lethal, that woman murders every role she's handed", like=[P + "Sigourney Weaver"])
R(T, "cartoons are dangerous for my productivity, one animated film and the whole sunday's gone, bring them on",
  like=[G + "Animation"])
R(T, "fantasy is an illness i caught at age nine and never got over, dragons and swords please",
  like=[G + "Fantasy"])
R(T, "Tarantino films are dangerously moreish, one more and i'll need a twelve step programme, go on",
  like=[P + "Quentin Tarantino"])
R(T, "thrillers give me an actual migraine, the stress makes me ill, so leave them off", dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've had my fill of space operas for this lifetime and probably the next", dislike=[G + "Sci-Fi"])
R(T, "done and dusted with musicals, i sat through about six of them this month", dislike=[G + "Musical"])
R(T, "honestly i'm westerned out, no more cowboys or dusty saloons for a good while", dislike=[G + "Western"])
R(T, "i'm sick to the back teeth of Tom Cruise sprinting at the camera", dislike=[P + "Tom Cruise"])
R(T, "war movies, i'm maxed out, grandad made me watch every last one ever made over christmas",
  dislike=[G + "War"])
R(T, "i've OD'd on soppy love stories lately, give the romance a rest", dislike=[G + "Romance"])
R(T, "had it up to here with the 70s, all brown carpets and droopy moustaches", dislike=[D + "1970s"])
R(T, "the well's run dry on horror for me, i'm all scared out after october", dislike=[G + "Horror"])
R(T, "crime sagas have worn me down to a nub, three hours of mobsters is too much now", dislike=[G + "Crime"])
R(T, "i've sat through so many cartoons with my nephew that i'm done with animated films for good",
  dislike=[G + "Animation"])
R(T, "burnt out on kids movies after the half-term holidays, i need a break from that stuff",
  dislike=[G + "Children's"])
R(T, "i've had enough Schwarzenegger to last me until retirement, thanks", dislike=[P + "Arnold Schwarzenegger"])
R(T, "my tank is empty on thrillers, every twist feels like one i've already seen", dislike=[G + "Thriller"])
R(T, "you know what, i could watch comedies till the cows come home and never get bored of them",
  like=[G + "Comedy"])
R(T, "adventure stuff has gone stale for me, i've followed every treasure map going", dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "i wouldn't say no to a decent mystery tonight", like=[G + "Mystery"])
R(T, "a western or two wouldn't go amiss this weekend", like=[G + "Western"])
R(T, "i don't hate the fifties, put it that way", like=[D + "1950s"])
R(T, "Meg Ryan isn't the worst thing that ever happened to cinema, i'll give her that", like=[P + "Meg Ryan"])
R(T, "a drama would not be entirely unwelcome this evening", like=[G + "Drama"])
R(T, "i could do a lot worse than a bit of sci-fi right now", like=[G + "Sci-Fi"])
R(T, "i'm not averse to a spot of animation now and again", like=[G + "Animation"])
R(T, "Harrison Ford isn't exactly a chore to look at for two hours", like=[P + "Harrison Ford"])
R(T, "i'd be lying if i said film noir did nothing for me", like=[G + "Film-Noir"])
R(T, "documentaries are... fine, i suppose, i'd sit through one happily enough", like=[G + "Documentary"])
R(T, "a musical is hardly top of my wish list, if i'm being honest", dislike=[G + "Musical"])
R(T, "horror isn't quite my scene, if you catch my drift", dislike=[G + "Horror"])
R(T, "war films are a touch much for me these days, i'll leave them be", dislike=[G + "War"])
R(T, "Woody Allen is a bit of an acquired taste and i never quite acquired it", dislike=[P + "Woody Allen"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "i never don't enjoy a good heist, so crime it is", like=[G + "Crime"])
R(T, "it's not like i don't love a proper romance, go on then", like=[G + "Romance"])
R(T, "there's hardly a thriller i haven't liked, so pick one of those", like=[G + "Thriller"])
R(T, "can't say i've ever not enjoyed a Spielberg picture", like=[P + "Steven Spielberg"])
R(T, "no way would i not watch a big loud action flick tonight", like=[G + "Action"])
R(T, "i'm not NOT into musicals, if that makes any sense", like=[G + "Musical"])
R(T, "never met a comedy i didn't at least half like, so chuck one on", like=[G + "Comedy"])
R(T, "there's not a forties picture that hasn't charmed me somehow", like=[D + "1940s"])
R(T, "i don't dislike Julia Roberts, not in the slightest", like=[P + "Julia Roberts"])
R(T, "nobody could ever say i'm not a sucker for sci-fi", like=[G + "Sci-Fi"])
R(T, "not once have i not cried at a war picture and i keep going back, so yes to that", like=[G + "War"])
R(T, "it's not that adventure films aren't fun, they just aren't for me any more", dislike=[G + "Adventure"])
R(T, "it wouldn't be untrue to say i've no time for Stallone", dislike=[P + "Sylvester Stallone"])
R(T, "it's not as if i'm not sick of kids films after this summer, i really am", dislike=[G + "Children's"])
R(T, "there's no fantasy film with elves in it that i wouldn't happily skip", dislike=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns for me tonight, saddle up partner, we ride at dusk", like=[G + "Western"])
R(T, "anything but horror, i've got a dodgy ticker and the doctor says no jump scares", dislike=[G + "Horror"])
R(T, "everything except the singing-and-dancing musicals is fair game, tonight and always", dislike=[G + "Musical"])
R(T, "comedy or nothing, it's been a rotten week at the depot and i need a giggle", like=[G + "Comedy"])
R(T, "i'll take literally anything you've got but a war film, not after the week i've had", dislike=[G + "War"])
R(T, "thrillers only, nothing else is going to scratch the itch", like=[G + "Thriller"])
R(T, "everything but the 30s, those feel too creaky for me", dislike=[D + "1930s"])
R(T, "give me noir or give me nothing at all", like=[G + "Film-Noir"])
R(T, "anything whatsoever as long as Pauly Shore isn't in it", dislike=[P + "Pauly Shore"])
R(T, "nothing but the nineties tonight ta, flannel shirts and dial-up modems era", like=[D + "1990s"])
R(T, "every genre going except romance, and i do mean that", dislike=[G + "Romance"])
R(T, "Hitchcock or bust, my friend, i'm in a staircase-and-shower-curtain mood", like=[P + "Alfred Hitchcock"])
R(T, "whatever takes your fancy apart from documentaries, i get enough facts at work", dislike=[G + "Documentary"])
R(T, "mysteries and only mysteries, i've got my detective hat on", like=[G + "Mystery"])
R(T, "pick anything except a sci-fi, my brain is fried", dislike=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "drama beats comedy for me any day of the week", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "i'd pick a western over a musical every single time", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "kubrick wipes the floor with spielberg, don't @ me", like=[P + "Stanley Kubrick"],
  dislike=[P + "Steven Spielberg"])
R(T, "the 40s knock the 80s into a cocked hat", like=[D + "1940s"], dislike=[D + "1980s"])
R(T, "thrillers >>> horror, it's no contest when you're on your own in a creaky house", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "give me Bogart over Cruise any day, trench coat beats toothy grin", like=[P + "Humphrey Bogart"], dislike=[P + "Tom Cruise"])
R(T, "sci-fi leaves fantasy standing, wizards bore me to tears", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "adventure trumps war tonight, i want fun not trenches", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "De Niro outclasses Pacino in every scene they share, sorry Al, love you but no", like=[P + "Robert De Niro"], dislike=[P + "Al Pacino"])
R(T, "i'd rather a mystery than a romance, easy choice", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "crime stuff is streets ahead of action for me", like=[G + "Crime"], dislike=[G + "Action"])
R(T, "the 50s over the 70s, all day long and twice on a sunday", like=[D + "1950s"], dislike=[D + "1970s"])
R(T, "Jodie Foster acts rings around Demi Moore, not even a fair fight", like=[P + "Jodie Foster"], dislike=[P + "Demi Moore"])
R(T, "a documentary would beat a cartoon hands down tonight", like=[G + "Documentary"], dislike=[G + "Animation"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind but i'll pass on the horror, thank you", dislike=[G + "Horror"])
R(T, "thanks so much, though westerns aren't really for me", dislike=[G + "Western"])
R(T, "i appreciate it, but i'd rather give the musicals a miss if that's alright", dislike=[G + "Musical"])
R(T, "lovely of you to suggest him, but Jim Carrey isn't quite my thing", dislike=[P + "Jim Carrey"])
R(T, "bless you for trying, but could we steer clear of the war films?", dislike=[G + "War"])
R(T, "i'm grateful for the thought, but i'll kindly decline anything sci-fi", dislike=[G + "Sci-Fi"])
R(T, "no disrespect to the 20s, but silent pictures aren't for me, thanks all the same", dislike=[D + "1920s"])
R(T, "you're a star, but maybe hold off on the animated ones for me", dislike=[G + "Animation"])
R(T, "that's sweet of you, but documentaries tend to send me off to sleep, so perhaps not",
  dislike=[G + "Documentary"])
R(T, "if it's all the same to you i'd rather not do Robin Williams tonight", dislike=[P + "Robin Williams"])
R(T, "with the greatest respect, fantasy isn't where my heart lies", dislike=[G + "Fantasy"])
R(T, "oh how kind! but i'm going to politely bow out of Titanic", dislike_items=["Titanic (1997)"])
R(T, "if it's no trouble at all, i'd love a nice drama please", like=[G + "Drama"])
R(T, "would you be so kind as to find me something with Audrey Hepburn? she's lovely", like=[P + "Audrey Hepburn"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "horror? nah mate, you're having a laugh, i'd be sleeping with the big light on", dislike=[G + "Horror"])
R(T, "musicals are naff, bin the lot of them and the jazz hands too", dislike=[G + "Musical"])
R(T, "romcoms are peak cringe, miss me with all of that", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "westerns are proper dead, innit, all horses and squinting", dislike=[G + "Western"])
R(T, "Stallone? yeah no, that's gonna be a no from me dawg", dislike=[P + "Sylvester Stallone"])
R(T, "kids films = instant snooze for a grown adult, skip skip skip", dislike=[G + "Children's"])
R(T, "lmao no to the 60s, absolutely not vibing with that era", dislike=[D + "1960s"])
R(T, "sci-fi is so mid, don't even bother queuing any of it up for me", dislike=[G + "Sci-Fi"])
R(T, "nineties flicks are played out for me fr, skip em", dislike=[D + "1990s"])
R(T, "Steven Seagal films are pants, absolute pants, the ponytail can't save them", dislike=[P + "Steven Seagal"])
R(T, "gangster flicks? bruh. no. i've heard 'fuggedaboutit' enough for one life", dislike=[G + "Crime"])
R(T, "adventure movies can do one tbh, i'm not chasing any more golden idols", dislike=[G + "Adventure"])
R(T, "war films are a big fat nope from me", dislike=[G + "War"])
R(T, "Van Damme? get outta here with that, splits aren't a personality", dislike=[P + "Jean-Claude Van Damme"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Fargo is a masterpiece from the first shot to the last", like_items=["Fargo (1996)"])
R(T, "mysteries are pure gold to me, the twistier the better", like=[G + "Mystery"])
R(T, "comedies are a ray of sunshine after my night shifts", like=[G + "Comedy"])
R(T, "Morgan Freeman's voice is like warm honey, anything with him", like=[P + "Morgan Freeman"])
R(T, "noir is poetry in black and white, all venetian blind shadows and smoke", like=[G + "Film-Noir"])
R(T, "romance films are a warm hug on a cold night", like=[G + "Romance"])
R(T, "the thirties were a treasure chest of great pictures", like=[D + "1930s"])
R(T, "a good adventure flick is food for the soul", like=[G + "Adventure"])
R(T, "Kenneth Branagh's Shakespeare films are a feast for the eyes and ears", like=[P + "Kenneth Branagh"])
R(T, "animated films are little pieces of magic, every time", like=[G + "Animation"])
R(T, "westerns are the bread and butter of my film diet, and i mean that as high praise", like=[G + "Western"])
R(T, "Cary Grant was the bee's knees, more of him please", like=[P + "Cary Grant"])
R(T, "documentaries light my brain up like a christmas tree", like=[G + "Documentary"])
R(T, "crime films hit the spot like nothing else does", like=[G + "Crime"])
R(T, "Gene Hackman is a rock, solid gold in everything he's in", like=[P + "Gene Hackman"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "i'm up for a comedy but keep the lovey-dovey romance out of it", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "sci-fi yes, anything pre-1970 no, the wobbly cardboard sets kill it for me", like=[G + "Sci-Fi"], year=(1970, None))
R(T, "love a good thriller, can't stand Nicolas Cage though", like=[G + "Thriller"], dislike=[P + "Nicolas Cage"])
R(T, "westerns are great but please not the John Wayne ones", like=[G + "Western"], dislike=[P + "John Wayne"])
R(T, "dramas are fine by me, just nothing from the 80s with those synth scores", like=[G + "Drama"], dislike=[D + "1980s"])
R(T, "action's grand, horror less so, actually not at all", like=[G + "Action"], dislike=[G + "Horror"])
R(T, "mel brooks makes me howl, whereas woody allen leaves me cold", like=[P + "Mel Brooks"],
  dislike=[P + "Woody Allen"])
R(T, "fantasy suits me fine, but leave the children's films for the actual children", like=[G + "Fantasy"],
  dislike=[G + "Children's"])
R(T, "i'm in for a war film tonight as long as it's not one of the Oliver Stone ones", like=[G + "War"],
  dislike=[P + "Oliver Stone"])
R(T, "mysteries, sure, only nothing older than 1960 or i'll nod off halfway", like=[G + "Mystery"], year=(1960, None))
R(T, "i'm keen on the 70s, the 30s i'll skip", like=[D + "1970s"], dislike=[D + "1930s"])
R(T, "Tom Hanks is a treasure but Sandra Bullock grates on me", like=[P + "Tom Hanks"],
  dislike=[P + "Sandra Bullock"])
R(T, "documentary please, and please nothing about war, i've had my fill of tanks on the history channel", like=[G + "Documentary"], dislike=[G + "War"])
R(T, "Heat was bloody brilliant, Waterworld was a soggy mess", like_items=["Heat (1995)"],
  dislike_items=["Waterworld (1995)"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i fancy a slasher? does a fish swim? yes", like=[G + "Horror"])
R(T, "westerns? not in a month of sundays, my uncle ruined them for me", dislike=[G + "Western"])
R(T, "would i voluntarily watch a musical? only if someone paid me double time, so that is a no", dislike=[G + "Musical"])
R(T, "am i into sci-fi? you bet your life i am", like=[G + "Sci-Fi"])
R(T, "comedy? why not, go on then, twist my arm", like=[G + "Comedy"])
R(T, "you want to know if i'll sit through a romance? absolutely not", dislike=[G + "Romance"])
R(T, "is Jackie Chan any good? he's the best there is, put him on", like=[P + "Jackie Chan"])
R(T, "thrillers? you know it, edge of the sofa is where i live", like=[G + "Thriller"])
R(T, "what do i think of the 50s? a snoozefest, skip", dislike=[D + "1950s"])
R(T, "do i want a Keanu Reeves movie? yeah, whoa, totally", like=[P + "Keanu Reeves"])
R(T, "animation? honestly why would i, i'm not ten, no", dislike=[G + "Animation"])
R(T, "is a crime caper my idea of a perfect night? you'd better believe it", like=[G + "Crime"])
R(T, "will i watch Batman & Robin again? over my dead body", dislike_items=["Batman & Robin (1997)"])
R(T, "did somebody say film noir? count me in, i've already got the fedora on", like=[G + "Film-Noir"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the forties are my happy place, big band music and snappy dialogue", like=[D + "1940s"])
R(T, "nothing from before 1980 please, my eyes can't handle the grain", year=(1980, None))
R(T, "the 20s are where it's at, silent slapstick forever", like=[D + "1920s"])
R(T, "skip the 80s for me, far too much hairspray and saxophone", dislike=[D + "1980s"])
R(T, "anything released after 1990 is fair game, older stuff not so much", year=(1991, None))
R(T, "i'm a 60s kid at heart even though i was born way after, give me that decade", like=[D + "1960s"])
R(T, "anything older than 1975 and i'm out, i need my colour film to look like colour", year=(1975, None))
R(T, "the 30s? lovely, more of those screwball talkies please", like=[D + "1930s"])
R(T, "the seventies leave me cold, all that grainy brown gloom", dislike=[D + "1970s"])
R(T, "up to about 1965 is fine, nothing more recent than that", year=(None, 1965))
R(T, "the nineties are my jam, i grew up renting those on VHS", like=[D + "1990s"])
R(T, "i'd cap it at 1959, stuff after that isn't for me", year=(None, 1959))
R(T, "fifties films bore me senseless, so stiff and starchy", dislike=[D + "1950s"])
R(T, "no films released before 1985 please, my dad's collection has scarred me", year=(1985, None))
R(T, "the twenties are too far back for me, i need people to actually talk", dislike=[D + "1920s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Clint Eastwood can do no wrong in my book", like=[P + "Clint Eastwood"])
R(T, "i cannot stand Adam Sandler's shouty man-child shtick", dislike=[P + "Adam Sandler"])
R(T, "Meryl Streep is my queen and i will hear nothing against her", like=[P + "Meryl Streep"])
R(T, "keep Kevin Costner well away from my screen, i mean miles away", dislike=[P + "Kevin Costner"])
R(T, "Tim Burton's weird little worlds get me every time", like=[P + "Tim Burton"])
R(T, "Chevy Chase makes my skin crawl, that smug little smirk", dislike=[P + "Chevy Chase"])
R(T, "David Lynch is exactly my kind of strange, the weirder the better", like=[P + "David Lynch"])
R(T, "Sharon Stone? can't be doing with her, sorry, she's a no", dislike=[P + "Sharon Stone"])
R(T, "Denzel Washington could read out the phone book and i'd watch", like=[P + "Denzel Washington"])
R(T, "Hugh Grant's floppy-haired stammering act has well and truly had its day", dislike=[P + "Hugh Grant"])
R(T, "Christopher Walken is a national treasure, that voice, those pauses", like=[P + "Christopher Walken"])
R(T, "Macaulay Culkin really grinds my gears, that screaming face", dislike=[P + "Macaulay Culkin"])
R(T, "Spike Lee joints are right up my street, always have been", like=[P + "Spike Lee"])
R(T, "Steve Martin just isn't funny to me, sorry, the arrow-through-the-head thing never landed", dislike=[P + "Steve Martin"])
R(T, "Ingrid Bergman lights up the screen, give me all of her", like=[P + "Ingrid Bergman"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Showgirls was a car crash, not that one please", dislike_items=["Showgirls (1995)"])
R(T, "The Shining scared me silly and i loved every second", like_items=["The Shining (1980)"])
R(T, "Kazaam should be wiped from history and from my childhood memories", dislike_items=["Kazaam (1996)"])
R(T, "Jurassic Park is peak cinema to me, that ripple in the water glass", like_items=["Jurassic Park (1993)"])
R(T, "Independence Day was a load of bombastic nonsense, don't put that on", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Trainspotting is gloriously grimy, more stuff like that please", like_items=["Trainspotting (1996)"])
R(T, "The English Patient felt like a three-day hike, nope", dislike_items=["The English Patient (1996)"])
R(T, "Back to the Future is a perfect film, end of", like_items=["Back to the Future (1985)"])
R(T, "Space Jam? i'd rather eat a shoe than sit through that again", dislike_items=["Space Jam (1996)"])
R(T, "Casablanca gets me every single time, the ending at the airport, sob", like_items=["Casablanca (1942)"])
R(T, "Twister blew, and not in the good way, flying cow and all", dislike_items=["Twister (1996)"])
R(T, "Blade Runner lives rent free in my head, tears in rain and all that", like_items=["Blade Runner (1982)"])
R(T, "Congo was a total dud, talking gorilla and everything, don't bother", dislike_items=["Congo (1995)"])
R(T, "The Usual Suspects is a proper gem, that ending floored me", like_items=["The Usual Suspects (1995)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my sister came round last weekend and made us all watch this soppy romance thing she's obsessed with and "
     "i spent the whole time on my phone, never again, anyway she's gone home now and i'd love something with a "
     "bit of bite, a crime thriller maybe", like=[G + "Crime", G + "Thriller"], dislike=[G + "Romance"])
R(T, "right so long story, i used to work nights at a video shop back in the day and we always had Die Hard "
     "playing on the telly behind the counter, and to this day i reckon nothing beats a big dumb action film, so "
     "yeah, that", like=[G + "Action"], ok=["+item:Die Hard (1988)"])
R(T, "ok so my kid is five and we've done every cartoon going, i can hum the whole Lion King soundtrack in my "
     "sleep, but tonight it's just me and i want nothing with talking animals, grown-up drama please",
  like=[G + "Drama"], dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "my grandad was in the navy and he used to tell me about all these old war pictures from the 40s, and i "
     "finally started watching them last year and honestly they're incredible, i'm hooked on that whole era",
  like=[G + "War", D + "1940s"])
R(T, "had a date last night, she picked a horror, i jumped so hard i threw popcorn all over her, mortifying, so "
     "tonight no scares whatsoever, i need to calm down, something gentle", dislike=[G + "Horror"])
R(T, "i was reading about Orson Welles on the train this morning, the whole radio martians thing, and it made me "
     "want to finally get through his films properly, start me off with whichever you think",
  like=[P + "Orson Welles"])
R(T, "so we've got the in-laws staying this week and my father-in-law only watches westerns, which, fine, but "
     "i've seen enough tumbleweed to last me, for myself tonight i'd really like a sharp little mystery",
  like=[G + "Mystery"], dislike=[G + "Western"])
R(T, "bit of a ramble sorry, my flatmate keeps putting on these long sci-fi epics and i keep nodding off, but "
     "then the other night she put on Groundhog Day and i laughed till i cried, so more comedies like that and "
     "less of the space stuff", like=[G + "Comedy"], dislike=[G + "Sci-Fi"], like_items=["Groundhog Day (1993)"])
R(T, "when i was a teenager i watched Scream about forty times with my mates, we'd quote it at each other on the "
     "bus, and i still think the 90s were the best decade for films by a mile", like=[D + "1990s"],
  ok=["+item:Scream (1996)"])
R(T, "long day, boss was a nightmare, train was late, and now my partner wants to put on some three hour musical, "
     "absolutely not, i need something short and daft, a comedy", like=[G + "Comedy"], dislike=[G + "Musical"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "could you recommend me a fantasy film, something with magic in it", like=[G + "Fantasy"])
R(T, "i don't want to watch a romance tonight, please pick something else", dislike=[G + "Romance"])
R(T, "show me some action movies, any era is fine", like=[G + "Action"])
R(T, "i'm not interested in documentaries, please leave them out", dislike=[G + "Documentary"])
R(T, "i really enjoy films with Anthony Hopkins in them", like=[P + "Anthony Hopkins"])
R(T, "no war movies for me please, i find them upsetting", dislike=[G + "War"])
R(T, "i love musicals, the big song and dance kind", like=[G + "Musical"])
R(T, "i'd rather not see anything with Eddie Murphy in it", dislike=[P + "Eddie Murphy"])
R(T, "a mystery film would be great right now, something with a detective", like=[G + "Mystery"])
R(T, "i don't like westerns much, so skip those when you pick for me", dislike=[G + "Western"])
R(T, "recommend something from the 1980s please, any genre", like=[D + "1980s"])
R(T, "no sci-fi, i don't enjoy it and never have", dislike=[G + "Sci-Fi"])
R(T, "i like comedies with plenty of slapstick and pratfalls", like=[G + "Comedy"])
R(T, "i do not want any animated films in my recommendations", dislike=[G + "Animation"])
R(T, "something with Robin Williams in it would be nice tonight", like=[P + "Robin Williams"])
R(T, "i dislike crime films, they're too violent for me", dislike=[G + "Crime"])
R(T, "i want to watch an adventure film with my family tonight", like=[G + "Adventure"])
R(T, "please don't suggest anything starring Wesley Snipes to me", dislike=[P + "Wesley Snipes"])
R(T, "i'm in the mood for a film noir with a good detective", like=[G + "Film-Noir"])
R(T, "thrillers aren't for me, please leave them out of the list", dislike=[G + "Thriller"])
R(T, "i'd like a good drama with strong acting and a serious story", like=[G + "Drama"])
R(T, "i don't watch films from the 1930s, they're too old for me", dislike=[D + "1930s"])
R(T, "recommend a kids film we can all watch together", like=[G + "Children's"])
R(T, "i like films directed by Ridley Scott a lot", like=[P + "Ridley Scott"])


if __name__ == "__main__":
    main()
