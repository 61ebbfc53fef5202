"""Writes evals/data/utterances_fresh31.jsonl: a thirty-first fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-first fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (00:26-00:31 UTC) by F31, before and apart from the stance reader's round 19 (issue
21), while another writer (F32) wrote batch #32, whose files and brief were not opened: the writer did not open the
stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, tools/mood.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench;
only its load_catalog was imported, to list the catalogue's vocabulary and film labels) or /work/notes beyond the
writer's own brief, ran no reader, agent, test or benchmark on these sentences, and did not read any
utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance
training writers. Read: fresh_batch.py, write_utterances.py's R(), its G / D / P constants, its first ~20
complaint records and its build() / main() code, the first 50 and last 5 lines of write_utterances_fresh8.py,
README.md's eighth-batch section and the catalogue vocabulary. Beyond what the brief allowed, one look at
write_utterances.py (while looking for R) also showed its reference, critique, year and mood records and the
first dozen plain ones; none of their wording was taken. Two sentences were reworded because
the writer's own check named them as already in an earlier file (and 31 other short ones were lengthened to make a
repeat less likely).
The reader's author is not to read this file or its output. Every gold label is what a careful reader takes the
sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of ROUND6_TOPICS; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh31
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh31.jsonl"
OTHER_FILES = earlier_files(30, 15)  # utterances.jsonl, fresh #1-#30, training batches w1-w15
BATCH = "fresh31-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war films are a disease i have no intention of ever curing, load me up", like=[G + "War"])
R(T, "film noir is my vice, it's honestly unhealthy how many of them i burned through this month",
  like=[G + "Film-Noir"])
R(T, "musicals are my sweet little poison lol, the cheesier the better", like=[G + "Musical"])
R(T, "i'm a hopeless wreck for a good whodunnit mystery, throw your twistiest one at me", like=[G + "Mystery"])
R(T, "jim carrey is an absolute menace and i adore every rubber-faced second of him", like=[P + "Jim Carrey"])
R(T, "sci-fi is basically my crack, no joke, i could mainline space stuff all weekend", like=[G + "Sci-Fi"])
R(T, "cartoons ruined me as a kid and i've never recovered, in the best possible way, so animation pls",
  like=[G + "Animation"])
R(T, "80s action flicks are a filthy habit i've got zero plans to kick", like=[G + "Action", D + "1980s"])
R(T, "documentaries are my rabbit hole of doom, i fall in at 10pm and crawl out at 4am grinning",
  like=[G + "Documentary"])
R(T, "that tarantino bloke is a public health hazard and i am completely hooked", like=[P + "Quentin Tarantino"])
R(T, "horror is the itch i can never stop scratching, give me something properly nasty", like=[G + "Horror"])
R(T, "i have a westerns problem. a serious one. please feed it", like=[G + "Western"])
R(T, "thrillers are a literal headache for me, they just wind me up and stress me out, so no",
  dislike=[G + "Thriller"])
R(T, "kubrick films haunt me for weeks afterwards and still i keep crawling back for more punishment",
  like=[P + "Stanley Kubrick"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "had my fill of big dumb action lately, seriously done with action for a while", dislike=[G + "Action"])
R(T, "overdosed on romcoms over christmas, can't stomach a single other one",
  dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "i'm all westerned out after my dad's birthday marathon, mercy", dislike=[G + "Western"])
R(T, "zombies, slashers, possessed dolls... had it up to here with horror, my quota is full", dislike=[G + "Horror"])
R(T, "honestly sick to the back teeth of worthy costume dramas", dislike=[G + "Drama"])
R(T, "tom cruise fatigue is real, give the man a rest and give me one too", dislike=[P + "Tom Cruise"])
R(T, "i've sat through enough war films to last me three lifetimes", dislike=[G + "War"])
R(T, "60s films have run their course with me, completely burned out on that decade", dislike=[D + "1960s"])
R(T, "the kids have wrung me dry of cartoons this half term, no animation for me tonight",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "the thriller well has run bone dry for me, i'm so over them", dislike=[G + "Thriller"])
R(T, "gangster and crime stuff is coming out of my ears at this point", dislike=[G + "Crime"])
R(T, "couldn't face another musical if you paid me, i'm full up to the brim", dislike=[G + "Musical"])
R(T, "i've had enough kevin costner to last me the decade, cheers", dislike=[P + "Kevin Costner"])
R(T, "elves, dragons, chosen ones... maxed out on fantasy, give it a rest for a bit", dislike=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "i wouldn't say no to a spot of film noir tonight", like=[G + "Film-Noir"])
R(T, "comedies aren't the worst thing in the world, i suppose", like=[G + "Comedy"])
R(T, "meryl streep has been known to do alright by me over the years", like=[P + "Meryl Streep"])
R(T, "a mystery wouldn't exactly hurt, just saying", like=[G + "Mystery"])
R(T, "i'm not wholly opposed to something out of the 50s", like=[D + "1950s"])
R(T, "ngl hitchcock is not half bad for an old timer", like=[P + "Alfred Hitchcock"])
R(T, "westerns are maybe not quite my cup of tea, if i'm being honest", dislike=[G + "Western"])
R(T, "horror and me aren't the best of friends, let's put it that way", dislike=[G + "Horror"])
R(T, "i could probably be talked into a war film, i reckon", like=[G + "War"])
R(T, "adam sandler isn't exactly my favourite person on earth", dislike=[P + "Adam Sandler"])
R(T, "a documentary might go down reasonably well, i'd say", like=[G + "Documentary"])
R(T, "i've been known to enjoy the odd kids film, no shame in it", like=[G + "Children's"])
R(T, "musicals are a touch much for me, if i'm honest about it", dislike=[G + "Musical"])
R(T, "the 70s produced a film or two worth a look, i'll grant it that", like=[D + "1970s"])
R(T, "robin williams is... fine. more than fine, actually, go on", like=[P + "Robin Williams"])

# ------------------------------------------------------------------------------------------------ double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good tense thriller now and then", like=[G + "Thriller"])
R(T, "there is no time when i'm not up for a heist or a crime caper", like=[G + "Crime"])
R(T, "there isn't a single sci-fi film out there i wouldn't at least give a go", like=[G + "Sci-Fi"])
R(T, "i wouldn't not watch a spielberg movie, put it that way", like=[P + "Steven Spielberg"])
R(T, "not that i dislike romance, i'm actually a massive softie for it", like=[G + "Romance"])
R(T, "no way am i not watching something with harrison ford in it tonight", like=[P + "Harrison Ford"])
R(T, "it's not that i don't get fantasy, i just don't want it, ever", dislike=[G + "Fantasy"])
R(T, "no, i don't not mind musicals, i mind them a whole lot", dislike=[G + "Musical"])
R(T, "nobody could ever accuse me of not loving an old 40s picture", like=[D + "1940s"])
R(T, "it's not untrue that i'm a bit obsessed with adventure films", like=[G + "Adventure"])
R(T, "i'm not unhappy with a bit of drama, provided it's a decent one", like=[G + "Drama"])
R(T, "i've genuinely never met a war movie that didn't grip me by the collar", like=[G + "War"])
R(T, "not one pauly shore film has ever failed to annoy me, keep him well away", dislike=[P + "Pauly Shore"])
R(T, "it's not impossible i'd enjoy a 1930s film, but it's not likely either, so skip them", dislike=[D + "1930s"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies for me this week, i badly need the laughs", like=[G + "Comedy"])
R(T, "anything but horror, my nerves are shot to pieces", dislike=[G + "Horror"])
R(T, "everything except westerns is fair game tonight", dislike=[G + "Western"])
R(T, "it's film noir or nothing tonight, my mind's made up", like=[G + "Film-Noir"])
R(T, "show me literally anything but a keanu reeves flick", dislike=[P + "Keanu Reeves"])
R(T, "denzel or nothing, that's the house rule tonight", like=[P + "Denzel Washington"])
R(T, "anything at all except a musical, i am begging you", dislike=[G + "Musical"])
R(T, "i want nothing but 90s stuff, the decade i grew up in", like=[D + "1990s"])
R(T, "everything bar sci-fi, i'm just not a space person", dislike=[G + "Sci-Fi"])
R(T, "gimme the coen brothers or gimme nothing at all", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "anything but a war film, my grandad has them on from breakfast to bedtime", dislike=[G + "War"])
R(T, "all i'm after is crime, nothing else will do the job", like=[G + "Crime"])
R(T, "any decade apart from the 20s, silent stuff sends me straight to sleep", dislike=[D + "1920s"])
R(T, "mysteries and only mysteries, please and thank you", like=[G + "Mystery"])
R(T, "open to whatever you've got except heavy dramas, those are off the table", dislike=[G + "Drama"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "westerns knock sci-fi into a cocked hat", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "bruce willis over stallone any day of the week", like=[P + "Bruce Willis"], dislike=[P + "Sylvester Stallone"])
R(T, "the 70s wipe the floor with the 90s, it's not even close", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "comedy beats horror every single time for me", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "documentaries beat dramas hands down, real life is way wilder", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "give me mel gibson over kevin costner, no contest whatsoever",
  like=[P + "Mel Gibson"], dislike=[P + "Kevin Costner"])
R(T, "i'd pick a mystery over a romance nine times out of ten", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "war films leave action films standing in the dust", like=[G + "War"], dislike=[G + "Action"])
R(T, "scorsese runs rings round tarantino if you ask me",
  like=[P + "Martin Scorsese"], dislike=[P + "Quentin Tarantino"])
R(T, "musicals trump thrillers for a lazy sunday, every time", like=[G + "Musical"], dislike=[G + "Thriller"])
R(T, "fantasy > crime, always, give me wizards not gangsters", like=[G + "Fantasy"], dislike=[G + "Crime"])
R(T, "the 50s made better films than the 80s ever did, the 80s can stay in the bin",
  like=[D + "1950s"], dislike=[D + "1980s"])
R(T, "julia roberts is miles ahead of sandra bullock for me",
  like=[P + "Julia Roberts"], dislike=[P + "Sandra Bullock"])
R(T, "one good film noir is worth ten action blockbusters", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "eddie murphy is funnier than jim carrey by a country mile",
  like=[P + "Eddie Murphy"], dislike=[P + "Jim Carrey"])

# ------------------------------------------------------------------------------------------------ polite
T = "polite"
R(T, "aw thanks ever so much, but i think i'll sit this round of horror out if that's ok", dislike=[G + "Horror"])
R(T, "that's really kind, though musicals aren't quite for me", dislike=[G + "Musical"])
R(T, "i appreciate it, but could we maybe leave nicolas cage out of it", dislike=[P + "Nicolas Cage"])
R(T, "lovely suggestions, i'd just rather not do war films, if that's alright with you", dislike=[G + "War"])
R(T, "you're a star, but i'll politely pass on anything from the 30s", dislike=[D + "1930s"])
R(T, "sorry to be a pain, but romcoms aren't really my thing", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "with the greatest respect to arnold schwarzenegger, i'd prefer to skip him",
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "if it's all the same to you, i'll give the westerns a miss", dislike=[G + "Western"])
R(T, "kind of you to offer, but i'm not much of a documentary person", dislike=[G + "Documentary"])
R(T, "no offence meant to the animation crowd, but it's a no from me", dislike=[G + "Animation"])
R(T, "i hate to be difficult but crime films haven't been sitting well with me lately", dislike=[G + "Crime"])
R(T, "thank you, truly, but john travolta isn't someone i'd pick", dislike=[P + "John Travolta"])
R(T, "gently declining the sci-fi, cheers for thinking of me though", dislike=[G + "Sci-Fi"])
R(T, "if you don't mind, i'd rather steer clear of the 40s this time round", dislike=[D + "1940s"])

# ------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "westerns? naff. proper naff, mate", dislike=[G + "Western"])
R(T, "kids films are a hard no from me fam", dislike=[G + "Children's"])
R(T, "musicals can honestly do one tbh, not having it", dislike=[G + "Musical"])
R(T, "steven seagal? bin him off", dislike=[P + "Steven Seagal"])
R(T, "fantasy is mid at best, skip it", dislike=[G + "Fantasy"])
R(T, "horror's pants, don't even bother queueing one up", dislike=[G + "Horror"])
R(T, "lol no to the 20s, way too creaky for me", dislike=[D + "1920s"])
R(T, "van damme? yeah nah, nah nah nah", dislike=[P + "Jean-Claude Van Damme"])
R(T, "documentaries are a total snooze fest, nope", dislike=[G + "Documentary"])
R(T, "drama is so not it for me rn, like at all", dislike=[G + "Drama"])
R(T, "romance is cringe, miss me with all that", dislike=[G + "Romance"])
R(T, "demi moore films can go kick rocks", dislike=[P + "Demi Moore"])
R(T, "action flicks? that's a pass from me chief", dislike=[G + "Action"])
R(T, "the 60s are dead to me, next decade please", dislike=[D + "1960s"])

# ------------------------------------------------------------------------------------------------ praise
T = "praise"
R(T, "crime films are my bread and butter, always have been", like=[G + "Crime"])
R(T, "morgan freeman's voice is liquid velvet, give me his films", like=[P + "Morgan Freeman"])
R(T, "sci-fi is where my heart lives and pays rent", like=[G + "Sci-Fi"])
R(T, "audrey hepburn lights up a screen like a lighthouse", like=[P + "Audrey Hepburn"])
R(T, "adventure films are a proper breath of fresh air for me", like=[G + "Adventure"])
R(T, "the 40s were a goldmine for cinema, dig me up some treasure from there", like=[D + "1940s"])
R(T, "gene kelly dances like gravity forgot about him, more please", like=[P + "Gene Kelly"])
R(T, "a good thriller is a rollercoaster i never want to climb off", like=[G + "Thriller"])
R(T, "romance warms me right down to my toes, pile it on", like=[G + "Romance"])
R(T, "tim burton's head is a treasure chest and i want whatever's in there", like=[P + "Tim Burton"])
R(T, "animation is pure magic, the crown jewel of the whole medium", like=[G + "Animation"])
R(T, "jodie foster is a powerhouse, she's in a league all of her own", like=[P + "Jodie Foster"])
R(T, "war movies hit me like a freight train, in the best way", like=[G + "War"])
R(T, "musicals are sunshine in a little bottle for me", like=[G + "Musical"])

# ------------------------------------------------------------------------------------------------ mixed
T = "mixed"
R(T, "comedies yes, but nothing at all made before 1980", like=[G + "Comedy"], year=(1980, None))
R(T, "keen on a mystery, not so keen on anything old, so post-1970 please", like=[G + "Mystery"], year=(1971, None))
R(T, "harrison ford is my guy but tom cruise gives me the ick",
  like=[P + "Harrison Ford"], dislike=[P + "Tom Cruise"])
R(T, "i'm up for a drama, just keep the romance well out of it", like=[G + "Drama"], dislike=[G + "Romance"])
R(T, "action's great, but skip anything from the 90s", like=[G + "Action"], dislike=[D + "1990s"])
R(T, "kids films are fine by me, cartoons not so much", like=[G + "Children's"], dislike=[G + "Animation"])
R(T, "sean connery yes please, pierce brosnan no thanks", like=[P + "Sean Connery"], dislike=[P + "Pierce Brosnan"])
R(T, "horror i'm game for, but only newer than 1985", like=[G + "Horror"], year=(1986, None))
R(T, "sci-fi's a go tonight, fantasy's a no", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "happy with westerns as long as it's nothing after 1970", like=[G + "Western"], year=(None, 1970))
R(T, "the 80s rule and the 70s drool", like=[D + "1980s"], dislike=[D + "1970s"])
R(T, "whoopi goldberg always, steve martin never", like=[P + "Whoopi Goldberg"], dislike=[P + "Steve Martin"])
R(T, "an adventure sounds good, but please no war stuff", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "up for crime tonight, down on thrillers", like=[G + "Crime"], dislike=[G + "Thriller"])
R(T, "documentaries are my jam, just not anything from before 1960", like=[G + "Documentary"], year=(1960, None))

# ------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "westerns, you ask? oh absolutely, saddle me up", like=[G + "Western"])
R(T, "would i watch a horror film alone at night? not in a million years", dislike=[G + "Horror"])
R(T, "am i into christopher walken? is water wet? duh", like=[P + "Christopher Walken"])
R(T, "musicals? why on earth would i do that to myself", dislike=[G + "Musical"])
R(T, "do i fancy a bit of 50s glamour? go on then, yes", like=[D + "1950s"])
R(T, "who needs romance films? definitely not me", dislike=[G + "Romance"])
R(T, "fancy a documentary? you know full well i do", like=[G + "Documentary"])
R(T, "robert de niro? how is that even a question, yes", like=[P + "Robert De Niro"])
R(T, "would a comedy go down well? it'd go down a treat", like=[G + "Comedy"])
R(T, "what's the point of sci-fi? none, as far as i'm concerned", dislike=[G + "Sci-Fi"])
R(T, "am i in the mood for a war epic? honestly, no", dislike=[G + "War"])
R(T, "is there anything better than a proper mystery? didn't think so", like=[G + "Mystery"])
R(T, "wesley snipes films, are they my thing? nah, never have been", dislike=[P + "Wesley Snipes"])
R(T, "need i say more than fred astaire? put one on", like=[P + "Fred Astaire"])
R(T, "should we try an animated one? yes, go on, let's", like=[G + "Animation"])

# ------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "the 30s have a charm nobody's matched since, more from that decade", like=[D + "1930s"])
R(T, "nothing older than 1990 please, i like mine fresh", year=(1990, None))
R(T, "20s silents are an absolute joy, honestly", like=[D + "1920s"])
R(T, "keep it pre-1975 please, modern stuff leaves me cold", year=(None, 1974))
R(T, "the 80s? leave them back in the 80s where they belong", dislike=[D + "1980s"])
R(T, "anything made since 1993 or thereabouts is my sweet spot", year=(1993, None))
R(T, "60s cinema is where it's at for me", like=[D + "1960s"])
R(T, "please don't go any earlier than 1965 with these", year=(1965, None))
R(T, "the 90s are my happy place, always will be", like=[D + "1990s"])
R(T, "no 50s stuff for me, far too stiff", dislike=[D + "1950s"])
R(T, "between 1970 and 1985 is the golden zone, stay inside it", year=(1970, 1985))
R(T, "up to 1960 and not one single year later", year=(None, 1960))
R(T, "40s and 50s, i'm dug in there and won't budge", like=[D + "1940s", D + "1950s"])
R(T, "skip the 70s, it's all brown carpets and moustaches", dislike=[D + "1970s"])
R(T, "from '87 on, nothing earlier than that", year=(1987, None))

# ------------------------------------------------------------------------------------------------ people
T = "people"
R(T, "bill murray could read out a phone book and i'd watch it", like=[P + "Bill Murray"])
R(T, "sharon stone leaves me stone cold, skip her", dislike=[P + "Sharon Stone"])
R(T, "i'd follow michelle pfeiffer into any film, any genre", like=[P + "Michelle Pfeiffer"])
R(T, "chevy chase couldn't get a laugh out of me with a feather", dislike=[P + "Chevy Chase"])
R(T, "gary oldman is a chameleon and i'm here for every colour", like=[P + "Gary Oldman"])
R(T, "joel schumacher wrecked a whole franchise for me, keep his stuff away", dislike=[P + "Joel Schumacher"])
R(T, "samuel l. jackson makes any film ten times better", like=[P + "Samuel L. Jackson"])
R(T, "hugh grant's stammering charm wore thin on me years ago", dislike=[P + "Hugh Grant"])
R(T, "emma thompson is a national treasure, she's the reason i watch half of what i watch",
  like=[P + "Emma Thompson"])
R(T, "woody allen films just grate on me, i'd rather not", dislike=[P + "Woody Allen"])
R(T, "i'd walk through fire for a john carpenter film", like=[P + "John Carpenter"])
R(T, "winona ryder and i just don't get on, on screen i mean", dislike=[P + "Winona Ryder"])
R(T, "ridley scott has never once steered me wrong", like=[P + "Ridley Scott"])
R(T, "oliver stone gives me a headache every single time, no thank you", dislike=[P + "Oliver Stone"])
R(T, "cary grant is the smoothest man who ever lived, i'll take anything of his", like=[P + "Cary Grant"])
R(T, "alicia silverstone isn't someone i'd cross the road to see", dislike=[P + "Alicia Silverstone"])

# ------------------------------------------------------------------------------------------------ titles
T = "titles"
R(T, "fargo is a little snow globe of perfection, i want that", like_items=["Fargo (1996)"])
R(T, "waterworld was a soggy mess, don't go anywhere near it", dislike_items=["Waterworld (1995)"])
R(T, "jurassic park still gives me goosebumps, more along those lines", like_items=["Jurassic Park (1993)"])
R(T, "batman & robin is the cinematic equivalent of a stubbed toe", dislike_items=["Batman & Robin (1997)"])
R(T, "groundhog day is the one film i'd happily rewatch forever, which is fitting really",
  like_items=["Groundhog Day (1993)"])
R(T, "i'd rather alphabetise my sock drawer than sit through showgirls again", dislike_items=["Showgirls (1995)"])
R(T, "the usual suspects blew my tiny mind, something cut from that cloth", like_items=["The Usual Suspects (1995)"])
R(T, "titanic sank for me long before the boat did", dislike_items=["Titanic (1997)"])
R(T, "brazil is a glorious fever dream and i want more fever dreams like it", like_items=["Brazil (1985)"])
R(T, "kazaam is a crime against genies, never again", dislike_items=["Kazaam (1996)"])
R(T, "the princess bride is a warm blanket of a movie, find me its cousins", like_items=["The Princess Bride (1987)"])
R(T, "speed 2 was a shipwreck in every sense, spare me", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "citizen kane earns every ounce of the hype, got anything in that spirit?", like_items=["Citizen Kane (1941)"])
R(T, "home alone 3 should've stayed at home, no thanks", dislike_items=["Home Alone 3 (1997)"])
R(T, "l.a. confidential is a slow burn that set me on fire, more of that", like_items=["L.A. Confidential (1997)"])

# ------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my flatmate dragged me to this board game night last week and everyone kept banging on about dragons and "
  "quests and i realised i haven't watched a proper fantasy film in ages, which is weird because they were my whole "
  "childhood, so yeah, something with swords and magic would be perfect tonight", like=[G + "Fantasy"])
R(T, "ok long story but my little brother put some slasher thing on at his birthday sleepover and i ended up being "
  "the one who couldn't sleep, at 34, so horror is off the menu for me for the foreseeable, sorry", dislike=[G + "Horror"])
R(T, "was clearing out my nan's loft and found a box of old detective paperbacks, rain, trench coats, cigarette smoke, "
  "the lot, and now i'm craving that whole black and white film noir feeling if you've got any", like=[G + "Film-Noir"])
R(T, "my dad had westerns on every sunday of my childhood, every single one, the dust and the horses and the squinting, "
  "and i think that cured me of them for life tbh, so please don't", dislike=[G + "Western"])
R(T, "had the week from hell at work, the printer literally caught fire, my manager quit and the cat's been sick twice, "
  "so i need something daft and funny to switch my brain off, a comedy basically", like=[G + "Comedy"])
R(T, "my teenage years were the 90s and i've been going back through stuff from then and honestly none of it has aged "
  "well for me, the hair, the dialogue, the frosted tips, so i'd rather avoid the 90s if we can", dislike=[D + "1990s"])
R(T, "went to a wedding on saturday and the best man's speech was basically a tom hanks monologue, everyone was in "
  "bits, and it reminded me i haven't seen a tom hanks film in forever, so one of his would be lovely", like=[P + "Tom Hanks"])
R(T, "babysat my sister's three kids all weekend and we watched every kids film in the house twice, i know all the "
  "songs off by heart now, so tonight is a grown-up night, nothing for kids please", dislike=[G + "Children's"])
R(T, "my grandad was in the navy and he'd tell these stories every christmas, so lately i've been getting into war "
  "films as a way of, idk, understanding it, and my partner keeps suggesting musicals which, no, absolutely not, "
  "not tonight", like=[G + "War"], dislike=[G + "Musical"])
R(T, "i was lying on the trampoline in the garden last night staring up at the stars and had a full-on existential "
  "moment, in a good way, and now all i want is some big sci-fi about space and the universe and all that", like=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "i'd like a crime film tonight please, a good one", like=[G + "Crime"])
R(T, "i don't want any horror at all this evening", dislike=[G + "Horror"])
R(T, "show me something with jack nicholson in it, please", like=[P + "Jack Nicholson"])
R(T, "no westerns for me tonight thank you kindly", dislike=[G + "Western"])
R(T, "i really enjoy a mystery film now and then", like=[G + "Mystery"])
R(T, "i'm not really a fan of war films at the moment", dislike=[G + "War"])
R(T, "something from the 70s would be good for tonight", like=[D + "1970s"])
R(T, "please don't recommend any musicals to me again", dislike=[G + "Musical"])
R(T, "i love the films james cameron directs", like=[P + "James Cameron"])
R(T, "i don't like sylvester stallone's movies very much", dislike=[P + "Sylvester Stallone"])
R(T, "i want an animated film for tonight with my tea", like=[G + "Animation"])
R(T, "i dislike science fiction films in general", dislike=[G + "Sci-Fi"])
R(T, "dramas are what i'm looking for this evening", like=[G + "Drama"])
R(T, "i'd prefer no romantic comedies in the mix, please", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "i really do like meg ryan's films", like=[P + "Meg Ryan"])
R(T, "no documentaries please, not tonight", dislike=[G + "Documentary"])
R(T, "i think i'd enjoy a film from the 1960s tonight", like=[D + "1960s"])
R(T, "i don't care for fantasy films with all the elves", dislike=[G + "Fantasy"])
R(T, "give me an adventure movie to watch on the sofa", like=[G + "Adventure"])
R(T, "i'm not interested in anything with jim carrey in it", dislike=[P + "Jim Carrey"])
R(T, "i'd like a film noir this evening, please", like=[G + "Film-Noir"])
R(T, "not a comedy this time round, thanks though", dislike=[G + "Comedy"])
R(T, "dustin hoffman films please, any of them", like=[P + "Dustin Hoffman"])
R(T, "i don't want anything from the 1980s, the whole decade can stay put", dislike=[D + "1980s"])


if __name__ == "__main__":
    main()
