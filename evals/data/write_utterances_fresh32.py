"""Writes evals/data/utterances_fresh32.jsonl: a thirty-second fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-second fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (from 00:26 UTC) by F32, before and apart from the stance reader's round 19 (issue
21), while another writer (F31) wrote batch #31, whose files and brief this writer did not open. The writer did not
open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, tools/mood.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench)
or /work/notes beyond its own brief, ran no reader, agent, test or benchmark on these sentences, and did not read
any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the
stance training writers. Read: fresh_batch.py, write_utterances.py's R(), its G / D / P constants, its complaint
records (and, in the same screenful, the first reference records), its build() / main() code,
write_utterances_fresh8.py's first 50 and last 5 lines, README.md's eighth-batch section and the ml-100k
catalogue's vocabulary and film labels (people's names and exact labels checked against it). Five sentences were
reworded because the writer's own check named them as already in an earlier file, and 64 other short or generic
ones were lengthened or reworded as a precaution. The reader's author is not to read this file or its output.
Every gold label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main
(the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file (utterances.
jsonl, fresh #1-#30, training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh32
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh32.jsonl"
OTHER_FILES = earlier_files(30, 15)  # utterances.jsonl, fresh #1-#30, training batches w1-w15
BATCH = "fresh32-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

KIDS_OK_LIKE = ["+genre:Children's"]
KIDS_OK_REFUSE = ["-genre:Children's"]
ANIM_OK_LIKE = ["+genre:Animation"]
ANIM_OK_REFUSE = ["-genre:Animation"]
ROMCOM_OK = ["-genre:Comedy"]


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are an actual sickness with me, my dad started it and now i physically cannot stop",
  like=[G + "Western"])
R(T, "ngl film noir is my worst vice, those rainy alleys and venetian blind shadows own me",
  like=[G + "Film-Noir"])
R(T, "kung fu flicks are a menace to my sleep schedule and i love them for it", like=[G + "Action"])
R(T, "my brother calls my war movie habit a disease and tbh he isn't wrong, keep em coming", like=[G + "War"])
R(T, "musicals wreck me every single time, in the best possible way, i'm a puddle by the finale",
  like=[G + "Musical"])
R(T, "documentaries are my problem now, full blown addiction, i could binge them all weekend",
  like=[G + "Documentary"])
R(T, "mysteries are dangerous for me, i'll stay up till 3am trying to guess who did it", like=[G + "Mystery"])
R(T, "sci-fi has absolutely ruined me for normal films, it's a real problem and i don't want help",
  like=[G + "Sci-Fi"])
R(T, "animated stuff is my kryptonite, grown adult here and i sob at every single one",
  like=[G + "Animation"],
  ok=KIDS_OK_LIKE)
R(T, "horror is a sickness i do not want cured lol, hit me", like=[G + "Horror"])
R(T, "the 80s are an illness with me, the synths, the hair, the neon, i'm beyond saving", like=[D + "1980s"])
R(T, "thrillers are pure poison for my productivity and honestly i'm here for it", like=[G + "Thriller"])
R(T, "Jackie Chan is a menace on screen and i mean that as the highest compliment going",
  like=[P + "Jackie Chan"])
R(T, "adventure films are my ruin, one treasure map on a poster and i'm gone, wallet out",
  like=[G + "Adventure"])
R(T, "that man Harrison Ford is criminally good, it should be illegal, give me all of him",
  like=[P + "Harrison Ford"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've had my fill of war films for this lifetime and probably the next one too", dislike=[G + "War"])
R(T, "honestly i'm sick to the back teeth of action films, all bangs and zero brains", dislike=[G + "Action"])
R(T, "zombies, vampires, slashers, i'm all horrored out after the october marathon", dislike=[G + "Horror"])
R(T, "i've overdosed on romance this year, one more kiss in the rain and i'll lose it",
  dislike=[G + "Romance"])
R(T, "me and westerns are done, seen enough dusty main streets and tumbleweeds to last forever",
  dislike=[G + "Western"])
R(T, "my tank is completely empty when it comes to musicals, no more jazz hands thx", dislike=[G + "Musical"])
R(T, "i'm mysteried out after that whodunnit binge with my aunt, enough sleuthing", dislike=[G + "Mystery"])
R(T, "sci-fi's worn really thin on me lately, i've seen enough spaceships for one year",
  dislike=[G + "Sci-Fi"])
R(T, "documentaries have run their course in this house, the kids groan at the very word",
  dislike=[G + "Documentary"])
R(T, "burnt out on kids films after six weeks of summer holidays, spare me please",
  dislike=[G + "Children's"],
  ok=ANIM_OK_REFUSE)
R(T, "thrillers have lost their shine for me, so over the big twist at the end", dislike=[G + "Thriller"])
R(T, "crime sagas are wearing me right down, so done with mob bosses and their cousins",
  dislike=[G + "Crime"])
R(T, "had enough Tom Hanks to last me a decade if i'm honest, give the man a rest", dislike=[P + "Tom Hanks"])
R(T, "the fantasy well has run dry for me, no more dragons no more wizards", dislike=[G + "Fantasy"])
R(T, "the 90s feel totally played out to me now, i've caned everything from that decade",
  dislike=[D + "1990s"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a decent western wouldn't go amiss this evening", like=[G + "Western"])
R(T, "comedies aren't the worst thing on earth, i suppose, go on then", like=[G + "Comedy"])
R(T, "i'm not entirely opposed to a mystery tonight if one's going", like=[G + "Mystery"])
R(T, "Meryl Streep is a half decent actress, i'll give her that much", like=[P + "Meryl Streep"])
R(T, "the 50s had one or two watchable films in them, i'll grant you", like=[D + "1950s"])
R(T, "horror isn't really my cup of tea if i'm being honest with you", dislike=[G + "Horror"])
R(T, "musicals are perhaps not quite my thing, shall we say", dislike=[G + "Musical"])
R(T, "i could probably stand to sit through an adventure film, yeah", like=[G + "Adventure"])
R(T, "i've been known to enjoy the odd war film now and again", like=[G + "War"])
R(T, "i'm not exactly over the moon about sci-fi, let's put it that way", dislike=[G + "Sci-Fi"])
R(T, "crime films have occasionally held my attention for two whole hours, so there's that",
  like=[G + "Crime"])
R(T, "Jim Carrey is a touch much for me, to put it mildly", dislike=[P + "Jim Carrey"])
R(T, "a bit of animation does the job now and then, no complaints here", like=[G + "Animation"],
  ok=KIDS_OK_LIKE)
R(T, "a thriller wouldn't exactly ruin my night", like=[G + "Thriller"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good thriller, i really do", like=[G + "Thriller"])
R(T, "there's never a time i don't have room for a Steven Spielberg film", like=[P + "Steven Spielberg"])
R(T, "can't say i've never loved a romance, cause i have, loads of them", like=[G + "Romance"])
R(T, "there's no western out there i wouldn't at least give a go", like=[G + "Western"])
R(T, "i don't dislike comedies, not in the slightest actually", like=[G + "Comedy"])
R(T, "not that i'm not into action, i am, big time", like=[G + "Action"])
R(T, "i won't pretend i don't hate musicals, because i very much do", dislike=[G + "Musical"])
R(T, "no, it's not that i don't want sci-fi, stick some on", like=[G + "Sci-Fi"])
R(T, "i can't not watch an Alfred Hitchcock when one comes on the telly", like=[P + "Alfred Hitchcock"])
R(T, "there isn't a war film i haven't regretted starting", dislike=[G + "War"])
R(T, "never met a documentary i didn't nod off in halfway through", dislike=[G + "Documentary"])
R(T, "i'm not unfond of the 60s, they made some proper gems", like=[D + "1960s"])
R(T, "it wouldn't be untrue to say i kinda love mysteries", like=[G + "Mystery"])
R(T, "no fantasy film has ever failed to bore me stiff", dislike=[G + "Fantasy"])
R(T, "it'd be wrong to say i don't like crime flicks, i'm mad for them", like=[G + "Crime"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies tonight please, i need a proper laugh after this week", like=[G + "Comedy"])
R(T, "anything but horror, my nerves are completely shot", dislike=[G + "Horror"])
R(T, "everything except westerns is fine by me, truly anything else", dislike=[G + "Western"])
R(T, "sci-fi or nothing, that's the house rule on friday nights", like=[G + "Sci-Fi"])
R(T, "give me nothing but 70s stuff for a while, i'm on a real kick", like=[D + "1970s"])
R(T, "literally anything but a musical, i'm begging you here", dislike=[G + "Musical"])
R(T, "any genre at all except romance, my ex ruined it for me", dislike=[G + "Romance"])
R(T, "thrillers or bust this weekend, i've earned it", like=[G + "Thriller"])
R(T, "i'll watch anything bar Kevin Costner, can't be doing with him", dislike=[P + "Kevin Costner"])
R(T, "it's noir or nothing in this flat, the flatmates have accepted it", like=[G + "Film-Noir"])
R(T, "all kinds of films are fine except war ones, they upset my nan", dislike=[G + "War"])
R(T, "just animation for me, only that and nothing else please", like=[G + "Animation"], ok=KIDS_OK_LIKE)
R(T, "anything that isn't a documentary, i've had a long week", dislike=[G + "Documentary"])
R(T, "strictly adventure films from here on out, nothing else will do", like=[G + "Adventure"])
R(T, "whatever you fancy, except the 30s, way too creaky for me", dislike=[D + "1930s"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns beat war films any day of the week", like=[G + "Western"], dislike=[G + "War"])
R(T, "i'd grab a daft comedy over a heavy drama every single time, no question",
  like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "a creepy horror wipes the floor with a soppy romance, as far as i'm concerned anyway",
  like=[G + "Horror"],
  dislike=[G + "Romance"])
R(T, "Arnold Schwarzenegger > Sylvester Stallone, fight me", like=[P + "Arnold Schwarzenegger"],
  dislike=[P + "Sylvester Stallone"])
R(T, "the 80s knock the 90s into a cocked hat for films", like=[D + "1980s"], dislike=[D + "1990s"])
R(T, "mysteries over thrillers always, the slow burn wins it for me", like=[G + "Mystery"],
  dislike=[G + "Thriller"])
R(T, "a documentary beats a musical hands down in my book", like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "Cary Grant runs rings round Humphrey Bogart imo", like=[P + "Cary Grant"],
  dislike=[P + "Humphrey Bogart"])
R(T, "fantasy leaves sci-fi in the dust for me, magic over lasers", like=[G + "Fantasy"],
  dislike=[G + "Sci-Fi"])
R(T, "crime over action for me, i want a plot not just a load of explosions", like=[G + "Crime"],
  dislike=[G + "Action"])
R(T, "the 40s knock spots off the 60s, it's not even close, mate", like=[D + "1940s"], dislike=[D + "1960s"])
R(T, "Tim Burton wipes the floor with James Cameron, no contest", like=[P + "Tim Burton"],
  dislike=[P + "James Cameron"])
R(T, "Aliens beats Alien hands down, the first one drags like mad", like_items=["Aliens (1986)"],
  dislike_items=["Alien (1979)"])
R(T, "adventure trumps a thriller every time, i want fun not stress", like=[G + "Adventure"],
  dislike=[G + "Thriller"])
R(T, "i'd pick Meg Ryan over Julia Roberts ten times out of ten", like=[P + "Meg Ryan"],
  dislike=[P + "Julia Roberts"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks so much, but i think i'll pass on horror tonight", dislike=[G + "Horror"])
R(T, "that's very kind of you, but westerns aren't really for me", dislike=[G + "Western"])
R(T, "i appreciate the thought, but maybe no musicals if that's okay with you", dislike=[G + "Musical"])
R(T, "lovely suggestions, though i'd rather steer clear of war films if possible", dislike=[G + "War"])
R(T, "oh bless you, but romance isn't quite what i'm after at the moment", dislike=[G + "Romance"])
R(T, "i'm sure they're all wonderful, but sci-fi just isn't for me, sorry", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you i'll give the Robin Williams films a miss", dislike=[P + "Robin Williams"])
R(T, "you're very sweet, but i'll politely decline anything from the 50s", dislike=[D + "1950s"])
R(T, "no offence to documentary lovers, but i'd really rather not", dislike=[G + "Documentary"])
R(T, "kind of you to offer, but animated films aren't really my scene", dislike=[G + "Animation"],
  ok=KIDS_OK_REFUSE)
R(T, "thank you, truly, but could we avoid anything with Steven Seagal in it", dislike=[P + "Steven Seagal"])
R(T, "i hate to be awkward but thrillers stress me out, perhaps something else?", dislike=[G + "Thriller"])
R(T, "respectfully, i'd rather skip the Quentin Tarantino ones", dislike=[P + "Quentin Tarantino"])
R(T, "that's thoughtful, but i'll sit out the fantasy ones if you don't mind", dislike=[G + "Fantasy"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "crime films? nah mate, not having it, not on a school night", dislike=[G + "Crime"])
R(T, "westerns are well naff if you ask me, bin the lot of them", dislike=[G + "Western"])
R(T, "musicals are cringe af, hard pass from me", dislike=[G + "Musical"])
R(T, "horror? lmaooo no thanks, miss me with that", dislike=[G + "Horror"])
R(T, "Jean-Claude Van Damme films are absolute pants, sorry not sorry", dislike=[P + "Jean-Claude Van Damme"])
R(T, "rom coms can do one, honestly, sick of the lot", dislike=[G + "Romance"], ok=ROMCOM_OK)
R(T, "action flicks are mid at best, skip skip skip", dislike=[G + "Action"])
R(T, "the 70s? yawn, pass, next, what else have you got", dislike=[D + "1970s"])
R(T, "docs are a total snoozefest bruh, i'd rather watch paint dry", dislike=[G + "Documentary"])
R(T, "sci-fi is a hard no from me dawg, hard no", dislike=[G + "Sci-Fi"])
R(T, "kids films? get outta here with that, i'm a grown woman", dislike=[G + "Children's"], ok=ANIM_OK_REFUSE)
R(T, "war movies are a big fat nope from this guy", dislike=[G + "War"])
R(T, "Pauly Shore? ratio + L, next one please", dislike=[P + "Pauly Shore"])
R(T, "fantasy is rubbish, all elves and no story, chuck it", dislike=[G + "Fantasy"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Stanley Kubrick films are pure gold to me, every frame", like=[P + "Stanley Kubrick"])
R(T, "a good western is a warm blanket on a cold night", like=[G + "Western"])
R(T, "comedy is the sunshine in my week, honestly", like=[G + "Comedy"])
R(T, "romance films make my heart sing every time", like=[G + "Romance"])
R(T, "film noir is catnip for me, can't get enough", like=[G + "Film-Noir"])
R(T, "the 90s were a treasure chest of films, dig in", like=[D + "1990s"])
R(T, "Robert De Niro is a titan, put him in anything and i'm there", like=[P + "Robert De Niro"])
R(T, "adventure films light me up like a christmas tree", like=[G + "Adventure"])
R(T, "documentaries feed my brain, more of those please", like=[G + "Documentary"])
R(T, "musicals are my happy place, full stop, end of story", like=[G + "Musical"])
R(T, "Audrey Hepburn is a breath of fresh air in every film she's in", like=[P + "Audrey Hepburn"])
R(T, "sci-fi is rocket fuel for my imagination, always has been since i was wee", like=[G + "Sci-Fi"])
R(T, "the 20s silent stuff is poetry in motion, those faces, that light", like=[D + "1920s"])
R(T, "Michelle Pfeiffer lights up the screen every single time", like=[P + "Michelle Pfeiffer"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good mystery but spare me the blood and guts of horror", like=[G + "Mystery"],
  dislike=[G + "Horror"])
R(T, "comedies yes, anything from the 60s no, simple as", like=[G + "Comedy"], dislike=[D + "1960s"])
R(T, "i'm into westerns, just nothing made before 1960", like=[G + "Western"], year=(1960, None))
R(T, "Tom Cruise is great but Nicolas Cage drives me up the wall", like=[P + "Tom Cruise"],
  dislike=[P + "Nicolas Cage"])
R(T, "big fan of animation, not so much of musicals", like=[G + "Animation"], dislike=[G + "Musical"],
  ok=KIDS_OK_LIKE)
R(T, "war films are fine by me, romance not so much", like=[G + "War"], dislike=[G + "Romance"])
R(T, "crime yes please, but nothing made after 1990 thanks", like=[G + "Crime"], year=(None, 1990))
R(T, "sci-fi is my jam, drama is my snooze button", like=[G + "Sci-Fi"], dislike=[G + "Drama"])
R(T, "i adore Emma Thompson but can't bear Hugh Grant",
  like=[P + "Emma Thompson"], dislike=[P + "Hugh Grant"])
R(T, "the 30s are charming, the 80s are just garish", like=[D + "1930s"], dislike=[D + "1980s"])
R(T, "fantasy's fab, thrillers are a no from me", like=[G + "Fantasy"], dislike=[G + "Thriller"])
R(T, "keep the action coming but bin the documentaries", like=[G + "Action"], dislike=[G + "Documentary"])
R(T, "Denzel Washington yes all day, Wesley Snipes no thank you",
  like=[P + "Denzel Washington"], dislike=[P + "Wesley Snipes"])
R(T, "i'm good with kids films, i'm not good with horror", like=[G + "Children's"], dislike=[G + "Horror"],
  ok=ANIM_OK_LIKE)
R(T, "noir is lush, westerns are dull as dishwater", like=[G + "Film-Noir"], dislike=[G + "Western"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like westerns? does a bear do its business in the woods, obviously i do", like=[G + "Western"])
R(T, "horror? are you kidding me, absolutely not", dislike=[G + "Horror"])
R(T, "you asking if i'm into sci-fi? is the pope catholic", like=[G + "Sci-Fi"])
R(T, "romance? why on earth would i ever want that, no chance", dislike=[G + "Romance"])
R(T, "would i watch a Spike Lee film? in a heartbeat", like=[P + "Spike Lee"])
R(T, "musicals, you ask? over my cold dead body, pal", dislike=[G + "Musical"])
R(T, "war films? sure, why not, i'm well up for one tonight", like=[G + "War"])
R(T, "who doesn't love a heist caper? me, i don't, skip the crime stuff", dislike=[G + "Crime"])
R(T, "the 40s? yes yes a thousand times yes, bring them on", like=[D + "1940s"])
R(T, "Woody Allen? honestly who still wants that? not me", dislike=[P + "Woody Allen"])
R(T, "am i in the mood for comedy? you bet i am", like=[G + "Comedy"])
R(T, "thrillers? is that even a question? obviously yes", like=[G + "Thriller"])
R(T, "do i want a documentary tonight? god no, my brain is fried", dislike=[G + "Documentary"])
R(T, "Keanu Reeves? what's not to love about that sweet man", like=[P + "Keanu Reeves"])
R(T, "fantasy? why not, it's been ages since i saw a good one", like=[G + "Fantasy"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "i'm a 70s kid at heart, those films just hit different", like=[D + "1970s"])
R(T, "nothing older than 1980 please, the old stuff looks too grainy on my telly", year=(1980, None))
R(T, "the 20s and 30s are ancient history to me, skip both", dislike=[D + "1920s", D + "1930s"])
R(T, "only films from 1990 onwards for me, my eyes can't do old film grain", year=(1990, None))
R(T, "the 50s are where it's at, technicolour dreams", like=[D + "1950s"])
R(T, "nothing made after 1969 please, modern stuff leaves me cold", year=(None, 1969))
R(T, "the 60s can stay in the 60s as far as i'm concerned", dislike=[D + "1960s"])
R(T, "80s films are basically my whole personality", like=[D + "1980s"])
R(T, "i refuse to watch anything from the 40s, it's all so stiff", dislike=[D + "1940s"])
R(T, "give me the 90s, the golden decade, my childhood basically", like=[D + "1990s"])
R(T, "nothing from before 1975, and i mean it this time", year=(1975, None))
R(T, "the 30s had the best films going, more from that era", like=[D + "1930s"])
R(T, "70s films bore me rigid, all brown and beige", dislike=[D + "1970s"])
R(T, "anything made in 1985 or later is fine, nothing earlier", year=(1985, None))
R(T, "the silent 20s? i adore them, the slapstick, the organ music, all of it", like=[D + "1920s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson could read out the phone book and i'd watch", like=[P + "Jack Nicholson"])
R(T, "i can't stand Sandra Bullock, she really grates on me", dislike=[P + "Sandra Bullock"])
R(T, "Clint Eastwood is the coolest man who ever lived", like=[P + "Clint Eastwood"])
R(T, "Eddie Murphy films are my comfort food after a double shift", like=[P + "Eddie Murphy"])
R(T, "Demi Moore leaves me cold, skip her stuff please", dislike=[P + "Demi Moore"])
R(T, "anything Martin Scorsese touches turns to gold", like=[P + "Martin Scorsese"])
R(T, "Adam Sandler makes my skin crawl, can't explain it", dislike=[P + "Adam Sandler"])
R(T, "Sean Connery is the business, always has been", like=[P + "Sean Connery"])
R(T, "Mel Gibson? not for me anymore, i'll pass on him", dislike=[P + "Mel Gibson"])
R(T, "Jodie Foster is an absolute powerhouse, never puts a foot wrong", like=[P + "Jodie Foster"])
R(T, "David Lynch films give me a headache, no thanks", dislike=[P + "David Lynch"])
R(T, "Morgan Freeman's voice alone sells me on a film", like=[P + "Morgan Freeman"])
R(T, "i've gone right off Bruce Willis lately, the smirk got old", dislike=[P + "Bruce Willis"])
R(T, "Gene Kelly dancing in anything, yes please", like=[P + "Gene Kelly"])
R(T, "Macaulay Culkin films are a hard skip for me", dislike=[P + "Macaulay Culkin"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is a bona fide masterpiece, more in that vein", like_items=["Fargo (1996)"])
R(T, "Titanic was three hours and change that i'm never getting back, the door had room",
  dislike_items=["Titanic (1997)"])
R(T, "The Princess Bride is my comfort blanket when i'm poorly", like_items=["The Princess Bride (1987)"])
R(T, "Waterworld sank without a trace for me, never again", dislike_items=["Waterworld (1995)"])
R(T, "Blade Runner blew my tiny mind when i was fifteen and still does", like_items=["Blade Runner (1982)"])
R(T, "Batman & Robin is a crime against cinema and the ice puns are the worst of it",
  dislike_items=["Batman & Robin (1997)"])
R(T, "Groundhog Day is one i could rewatch forever, funnily enough", like_items=["Groundhog Day (1993)"])
R(T, "Showgirls? no. just no. never again.", dislike_items=["Showgirls (1995)"])
R(T, "Raiders of the Lost Ark is peak cinema, i'll hear no arguments",
  like_items=["Raiders of the Lost Ark (1981)"])
R(T, "Speed 2 was a slow motion car crash of a film", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Trainspotting absolutely slaps, the soundtrack alone", like_items=["Trainspotting (1996)"])
R(T, "The English Patient bored me to actual tears, i kept dozing off",
  dislike_items=["The English Patient (1996)"])
R(T, "Back to the Future never gets old, we quote it at dinner", like_items=["Back to the Future (1985)"])
R(T, "Mars Attacks! was a total misfire for me, didn't laugh once", dislike_items=["Mars Attacks! (1996)"])
R(T, "Jaws still scares the pants off me and i love it", like_items=["Jaws (1975)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so last night my sister dragged me round hers and put on some film with singing in it, a musical thing, "
     "and twenty minutes in i was on my phone, then her boyfriend put on a western and honestly that one had me, "
     "couldn't look away, so yeah more westerns and less singing", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "ok long story but my grandad used to watch old war films every sunday afternoon and i'd sit with him, "
     "and now he's gone i kind of want to watch them again cause they remind me of him, so war stuff please",
  like=[G + "War"])
R(T, "we had a horror night at uni and everyone else was screaming and laughing and i just sat there feeling "
     "sick the whole time, went home and couldn't sleep for two nights, lesson learnt, none of that for me",
  dislike=[G + "Horror"])
R(T, "my partner keeps picking documentaries and to be fair i was sceptical at first but the one about the "
     "moon landing hooked me and now i'm the one asking for more of them haha", like=[G + "Documentary"])
R(T, "been on a long haul flight and the only thing on was a romcom marathon and by the fourth one i wanted to "
     "open the emergency door, so please for the love of god no more romcoms", dislike=[G + "Romance"],
  ok=ROMCOM_OK)
R(T, "my kid has been obsessed with animated films for about three years and i thought i'd be sick of them by "
     "now but i've come round, some are better than the grown up stuff, so keep them coming for both of us",
  like=[G + "Animation"], ok=KIDS_OK_LIKE)
R(T, "was chatting with a mate at the pub about directors and he kept going on about Ridley Scott and i "
     "realised i've seen nearly all of his and loved every one, so yeah more of his if there's any i missed",
  like=[P + "Ridley Scott"])
R(T, "tried watching a bunch of 80s stuff over christmas cause everyone says it's the best decade but the hair "
     "and the music grated on me and i switched most of them off halfway, so maybe not that decade",
  dislike=[D + "1980s"])
R(T, "my drama teacher back at school was obsessed with Kenneth Branagh and made us sit through his "
     "shakespeare ones and i hated it then and i feel exactly the same now, sorry ken", dislike=[P + "Kenneth Branagh"])
R(T, "went to a film festival last summer and ended up in a screening of some 40s film noir by accident and "
     "it was the best thing i saw all week, the shadows, the smoky dialogue, i've been hunting for more since",
  like=[G + "Film-Noir"], ok=["+decade:1940s"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like comedies quite a lot, always have", like=[G + "Comedy"])
R(T, "i don't like horror films at all, they give me nightmares", dislike=[G + "Horror"])
R(T, "please recommend me some adventure movies for tonight", like=[G + "Adventure"])
R(T, "no westerns for me please, thank you", dislike=[G + "Western"])
R(T, "i really enjoy a good mystery film with a clever ending", like=[G + "Mystery"])
R(T, "i do not want any musicals in my recommendations", dislike=[G + "Musical"])
R(T, "i love Anthony Hopkins in pretty much anything he does", like=[P + "Anthony Hopkins"])
R(T, "i don't enjoy war films very much, too grim", dislike=[G + "War"])
R(T, "i prefer films from the 1990s to anything else", like=[D + "1990s"])
R(T, "i'm not a fan of Brad Pitt films, never have been", dislike=[P + "Brad Pitt"])
R(T, "i like crime films a lot, especially with my dad", like=[G + "Crime"])
R(T, "i don't want anything animated please, live action only", dislike=[G + "Animation"], ok=KIDS_OK_REFUSE)
R(T, "i would like to watch a thriller with my wife later", like=[G + "Thriller"])
R(T, "i don't really like sci-fi films, they go over my head", dislike=[G + "Sci-Fi"])
R(T, "can you recommend me a documentary for after work", like=[G + "Documentary"])
R(T, "no romance films please, not tonight", dislike=[G + "Romance"])
R(T, "i like films with Whoopi Goldberg in them, she's a hoot", like=[P + "Whoopi Goldberg"])
R(T, "i don't like films from the 1950s much, too starchy", dislike=[D + "1950s"])
R(T, "i want to watch a fantasy film this evening", like=[G + "Fantasy"])
R(T, "i'm not interested in children's films, it's just me watching",
  dislike=[G + "Children's"], ok=ANIM_OK_REFUSE)
R(T, "i love a good drama on a sunday evening with a cuppa", like=[G + "Drama"])
R(T, "i don't like Sharon Stone as an actress", dislike=[P + "Sharon Stone"])
R(T, "i love Home Alone, we watch it every year", like_items=["Home Alone (1990)"])
R(T, "i didn't like Independence Day when i saw it", dislike_items=["Independence Day (ID4) (1996)"])


if __name__ == "__main__":
    main()
