"""Writes evals/data/utterances_fresh15.jsonl: a fifteenth fresh held-out batch of `idiom` utterances (see README.md
here, "Fifteenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (from 15:36 UTC) by F15, before and apart from that day's eleventh round of change
to the stance reader (round 11): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-11 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's docstring and its code outside
its records, and the catalogue vocabulary and film titles were read). The writer's own check (fresh_batch.py, which
prints only this batch's sentence) decides whether a sentence is already in an earlier file; any such sentence was
reworded. The reader's author is not to read this file or its output. Every gold label is what a careful reader
takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh15
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh15.jsonl"
OTHER_FILES = earlier_files(14, 15)  # utterances.jsonl, fresh #1-#14, training batches w1-w15
BATCH = "fresh15-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are a disease and I never want the cure", like=[G + "Western"])
R(T, "I'm hopelessly hooked on heist movies, feed the habit", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "musicals are my guilty poison, pour me another glass", like=[G + "Musical"])
R(T, "film noir absolutely wrecks me, in the best possible way", like=[G + "Film-Noir"])
R(T, "Kubrick is a menace of a director, I'd watch anything the man touched", like=[P + "Stanley Kubrick"])
R(T, "docs are dangerously addictive for me lately. one more and then bed, I swear", like=[G + "Documentary"])
R(T, "cheesy eighties action is basically my crack", like=[G + "Action", D + "1980s"])
R(T, "watching Jim Carrey go full unhinged lunatic is a sickness of mine, can't get enough", like=[P + "Jim Carrey"])
R(T, "war films are an obsession at this point and it's honestly becoming a problem lol", like=[G + "War"])
R(T, "I'm a sick puppy, give me the goriest horror you've got", like=[G + "Horror"])
R(T, "Tarantino's dialogue is criminal. should be illegal to write that well", like=[P + "Quentin Tarantino"])
R(T, "sci-fi is a plague on my watchlist since my brother started adding it, purge the lot",
  dislike=[G + "Sci-Fi"])
R(T, "slasher flicks are a nightmare for me and not the fun kind", dislike=[G + "Horror"])
R(T, "cartoons ruined me as a kid (affectionately) and I'm still a total wreck for them", like=[G + "Animation"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've OD'd on action this month, give it a rest", dislike=[G + "Action"])
R(T, "I'm all romcommed out, seriously", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "had my fill of Spielberg for one lifetime", dislike=[P + "Steven Spielberg"])
R(T, "the 80s have been done to death on my queue, time to move on", dislike=[D + "1980s"])
R(T, "war movies? been there, bled that", dislike=[G + "War"])
R(T, "honestly sick to the back teeth of costume dramas", dislike=[G + "Drama"])
R(T, "pretty sure I've hit my lifetime quota of Tom Hanks", dislike=[P + "Tom Hanks"])
R(T, "musicals have worn me down to a nub this year", dislike=[G + "Musical"])
R(T, "me and thrillers need a little break from each other", dislike=[G + "Thriller"])
R(T, "crime stuff is getting stale for me, every one feels like a rerun", dislike=[G + "Crime"])
R(T, "burnt out on documentaries after the semester, nothing educational tonight pls",
  dislike=[G + "Documentary"])
R(T, "one more cartoon and I'll scream, the kids have had them on loop all week", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "I'm maxed out on westerns after that John Wayne marathon", dislike=[G + "Western"],
  ok=["-person:John Wayne"])
R(T, "went on a huge fantasy binge over the holidays and I'm kind of over it now", dislike=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a half decent western", like=[G + "Western"])
R(T, "an evening with Hitchcock isn't the worst way to spend a Sunday", like=[P + "Alfred Hitchcock"])
R(T, "a bit of sci-fi wouldn't go amiss tonight", like=[G + "Sci-Fi"])
R(T, "the 70s weren't exactly a dry spell for movies, were they", like=[D + "1970s"])
R(T, "Meg Ryan has been known to put a smile on my face", like=[P + "Meg Ryan"])
R(T, "mysteries are a little bit my thing, if I'm honest", like=[G + "Mystery"])
R(T, "I could probably be persuaded towards something animated", like=[G + "Animation"])
R(T, "I've had worse nights than one spent with a Coen brothers film",
  like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "a Jackie Chan movie might not be the worst idea in the world", like=[P + "Jackie Chan"])
R(T, "a musical wouldn't kill me, put it that way", like=[G + "Musical"])
R(T, "horror isn't really my cup of tea, to be fair", dislike=[G + "Horror"])
R(T, "I'm not the world's biggest fan of Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "documentaries are... not quite what I had in mind for date night", dislike=[G + "Documentary"])
R(T, "war films aren't exactly top of my list, let's say", dislike=[G + "War"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not as though a tense thriller doesn't do it for me", like=[G + "Thriller"])
R(T, "there's never a time I don't have time for Bill Murray", like=[P + "Bill Murray"])
R(T, "not that I dislike noir. far from it", like=[G + "Film-Noir"])
R(T, "I can't say I don't love a corny 50s musical", like=[G + "Musical", D + "1950s"])
R(T, "there's no comedy I wouldn't give a chance", like=[G + "Comedy"])
R(T, "I'm not NOT into fantasy stuff, you know?", like=[G + "Fantasy"])
R(T, "never been one to turn down an adventure film", like=[G + "Adventure"])
R(T, "no way I'm not watching something with Harrison Ford tonight", like=[P + "Harrison Ford"])
R(T, "can't think of a single crime movie I didn't enjoy", like=[G + "Crime"])
R(T, "can't say I've never cried at a war film, and I'd like that again", like=[G + "War"])
R(T, "I don't not hate westerns, if that makes sense. I hate them.", dislike=[G + "Western"])
R(T, "not gonna pretend I don't find Woody Allen films insufferable", dislike=[P + "Woody Allen"])
R(T, "not gonna lie, there isn't one sci-fi movie that hasn't bored me stiff", dislike=[G + "Sci-Fi"])
R(T, "there's no Robin Williams role I haven't found grating", dislike=[P + "Robin Williams"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but horror for me this October", like=[G + "Horror"])
R(T, "anything but a musical, I'm begging", dislike=[G + "Musical"])
R(T, "everything except romance is fine by me", dislike=[G + "Romance"])
R(T, "it's Kurosawa or nothing tonight", like=[P + "Akira Kurosawa"])
R(T, "give me anything that isn't from the 90s", dislike=[D + "1990s"])
R(T, "only westerns. I mean it. only westerns", like=[G + "Western"])
R(T, "I'll take any genre under the sun apart from documentaries", dislike=[G + "Documentary"])
R(T, "animation or bust", like=[G + "Animation"])
R(T, "any actor you like, so long as it's not Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "strictly film noir tonight, nothing else will do", like=[G + "Film-Noir"])
R(T, "all I'm after is a mystery, no substitutes accepted", like=[G + "Mystery"])
R(T, "whatever you pick is fine, just not thrillers", dislike=[G + "Thriller"])
R(T, "pre-1960 or nothing", year=(None, 1959))
R(T, "I'm good with literally anything except fantasy", dislike=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "comedy beats drama every time for me", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "I'd pick a western over sci-fi any day of the week", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "Hitchcock wipes the floor with De Palma", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R(T, "70s films > 90s films, fight me", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "mysteries knock thrillers into a cocked hat", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "Arnie over Stallone, no contest", like=[P + "Arnold Schwarzenegger"], dislike=[P + "Sylvester Stallone"])
R(T, "I'd take a documentary over a musical any night", like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "horror leaves romance in the dust as far as I'm concerned", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "adventure films run rings round action films imo", like=[G + "Adventure"], dislike=[G + "Action"])
R(T, "Julia Roberts has nothing on Sandra Bullock", like=[P + "Sandra Bullock"], dislike=[P + "Julia Roberts"])
R(T, "Alien beats Aliens hands down, the sequel's just noise", like_items=["Alien (1979)"],
  dislike_items=["Aliens (1986)"])
R(T, "war films trump westerns for me", like=[G + "War"], dislike=[G + "Western"])
R(T, "the 40s had the 30s beat by a country mile", like=[D + "1940s"], dislike=[D + "1930s"])
R(T, "fantasy's got sci-fi licked", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks so much, but I think I'll pass on anything with Nicolas Cage", dislike=[P + "Nicolas Cage"])
R(T, "that's really kind, but horror isn't for me", dislike=[G + "Horror"])
R(T, "I appreciate it, but could we maybe steer clear of westerns?", dislike=[G + "Western"])
R(T, "lovely suggestions! just maybe not the animated ones, if that's alright", dislike=[G + "Animation"])
R(T, "I'd rather not do a war film tonight, if it's all the same to you", dislike=[G + "War"])
R(T, "you're sweet, but musicals really aren't my thing", dislike=[G + "Musical"])
R(T, "if you don't mind, I'd prefer to skip the old black and white stuff from the 30s", dislike=[D + "1930s"])
R(T, "respectfully, I'll give Tarantino a miss", dislike=[P + "Quentin Tarantino"])
R(T, "no offence to documentary lovers, but I'd rather not", dislike=[G + "Documentary"])
R(T, "thank you, though I'm going to politely decline The English Patient",
  dislike_items=["The English Patient (1996)"])
R(T, "that's very thoughtful, but perhaps something other than a thriller?", dislike=[G + "Thriller"])
R(T, "with all due respect to the classics, nothing from the 50s for me please", dislike=[D + "1950s"])
R(T, "so sorry to be picky, but I'd prefer no sci-fi", dislike=[G + "Sci-Fi"])
R(T, "kind of you to offer, but I'm not much of a Mel Gibson person", dislike=[P + "Mel Gibson"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "rom-coms? nah mate", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "westerns can do one, cheers", dislike=[G + "Western"])
R(T, "musicals are a no from me dawg", dislike=[G + "Musical"])
R(T, "miss me with that horror nonsense", dislike=[G + "Horror"])
R(T, "Pauly Shore? yeah nah", dislike=[P + "Pauly Shore"])
R(T, "documentaries are mid, skip", dislike=[G + "Documentary"])
R(T, "kids' films, bin them", dislike=[G + "Children's"])
R(T, "sci-fi is kinda cringe tbh", dislike=[G + "Sci-Fi"])
R(T, "fantasy can jog on", dislike=[G + "Fantasy"])
R(T, "anything from the 60s is a big fat nope", dislike=[D + "1960s"])
R(T, "Steven Seagal flicks? not a chance in hell", dislike=[P + "Steven Seagal"])
R(T, "war films, I'm gonna have to hard no those", dislike=[G + "War"])
R(T, "drama is snoozeville. next", dislike=[G + "Drama"])
R(T, "Titanic? lmao pass", dislike_items=["Titanic (1997)"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Casablanca is pure gold, more like that please", like_items=["Casablanca (1942)"])
R(T, "westerns are the beating heart of cinema for me", like=[G + "Western"])
R(T, "Spielberg is a wizard, honestly", like=[P + "Steven Spielberg"])
R(T, "film noir is catnip to me", like=[G + "Film-Noir"])
R(T, "a big sweeping adventure is where my soul goes to relax", like=[G + "Adventure"])
R(T, "the 40s were an absolute goldmine", like=[D + "1940s"])
R(T, "Fargo is a masterpiece, give me more in that vein", like_items=["Fargo (1996)"])
R(T, "Meryl Streep could read a shopping list aloud and I'd hang on every word", like=[P + "Meryl Streep"])
R(T, "comedies are my comfort blanket", like=[G + "Comedy"])
R(T, "mysteries are my bread and butter", like=[G + "Mystery"])
R(T, "Jodie Foster lights up every scene she's in", like=[P + "Jodie Foster"])
R(T, "hand-drawn animation is proper magic to me", like=[G + "Animation"])
R(T, "a good crime film is a feast for me", like=[G + "Crime"])
R(T, "romance is my love language, no shame", like=[G + "Romance"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "yes to thrillers, no to horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I love a good heist flick but keep the romance out of it", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "Hanks is great, Cruise not so much", like=[P + "Tom Hanks"], dislike=[P + "Tom Cruise"])
R(T, "more 80s stuff, less 70s", like=[D + "1980s"], dislike=[D + "1970s"])
R(T, "documentaries yes, anything animated no", like=[G + "Documentary"], dislike=[G + "Animation"])
R(T, "I dig fantasy but I can't stomach war films", like=[G + "Fantasy"], dislike=[G + "War"])
R(T, "Keanu always welcome, Van Damme never", like=[P + "Keanu Reeves"], dislike=[P + "Jean-Claude Van Damme"])
R(T, "musicals are fine by me, westerns are not", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "loved Toy Story, couldn't stand Babe", like_items=["Toy Story (1995)"], dislike_items=["Babe (1995)"])
R(T, "put on a comedy, just nothing from before the 80s", like=[G + "Comedy"], year=(1980, None))
R(T, "mystery is my jam but sci-fi leaves me cold", like=[G + "Mystery"], dislike=[G + "Sci-Fi"])
R(T, "kids' movies are OK but I draw the line at musicals", like=[G + "Children's"], dislike=[G + "Musical"])
R(T, "Scorsese yes please, Oliver Stone no thanks", like=[P + "Martin Scorsese"], dislike=[P + "Oliver Stone"])
R(T, "I'm into war films, not so much action though", like=[G + "War"], dislike=[G + "Action"])
R(T, "happy with any drama as long as it's not a 90s one", like=[G + "Drama"], dislike=[D + "1990s"])
R(T, "big fan of Bogart, not really a fan of Cary Grant", like=[P + "Humphrey Bogart"],
  dislike=[P + "Cary Grant"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Westerns? Is the Pope Catholic?", like=[G + "Western"])
R(T, "would I watch another musical? not if you paid me", dislike=[G + "Musical"])
R(T, "am I a Hitchcock fan? guilty as charged", like=[P + "Alfred Hitchcock"])
R(T, "Sci-fi? Why would I want that? I don't.", dislike=[G + "Sci-Fi"])
R(T, "you want to know if I like documentaries? absolutely not", dislike=[G + "Documentary"])
R(T, "comedy? who doesn't love comedy? I certainly do", like=[G + "Comedy"])
R(T, "the 60s? yes, more of those please", like=[D + "1960s"])
R(T, "do I want a romance? god no", dislike=[G + "Romance"])
R(T, "anything with Denzel? oh, a hundred percent", like=[P + "Denzel Washington"])
R(T, "would I sit through Forrest Gump again? nope, once was plenty", dislike_items=["Forrest Gump (1994)"])
R(T, "is there anything better than a creepy mystery? I don't think so", like=[G + "Mystery"],
  ok=["+genre:Horror", "+genre:Thriller"])
R(T, "film noir, you ask? can't get enough of it", like=[G + "Film-Noir"])
R(T, "Crime? eh, why not, sure", like=[G + "Crime"])
R(T, "did I enjoy those Clint Eastwood westerns? not even slightly", dislike=[P + "Clint Eastwood"],
  ok=["-genre:Western"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "cut off anything released before 1980, ta", year=(1980, None))
R(T, "I'm a total 30s screwball nut", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "anything made after 1995 can stay in the bin", year=(None, 1995))
R(T, "the silent 20s stuff is where it's at for me", like=[D + "1920s"])
R(T, "skip the 90s entirely", dislike=[D + "1990s"])
R(T, "I only trust films made before 1970", year=(None, 1969))
R(T, "the seventies were peak cinema, give me that era", like=[D + "1970s"])
R(T, "50s movies feel like homework to me", dislike=[D + "1950s"])
R(T, "something from the 80s would really hit the spot", like=[D + "1980s"])
R(T, "no films from before 1950, they all feel so stagey", year=(1950, None))
R(T, "the 60s are a decade I can do without", dislike=[D + "1960s"])
R(T, "I'm craving a bit of 40s glamour", like=[D + "1940s"])
R(T, "keep it between 1985 and 1995 if you can", year=(1985, 1995))
R(T, "the nineties are my decade, no question", like=[D + "1990s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Christopher Walken can do no wrong in my eyes", like=[P + "Christopher Walken"])
R(T, "Sharon Stone gives me the ick", dislike=[P + "Sharon Stone"])
R(T, "I'd follow David Lynch down any weird rabbit hole", like=[P + "David Lynch"])
R(T, "Jack Nicholson is a total legend", like=[P + "Jack Nicholson"])
R(T, "Demi Moore puts me straight to sleep", dislike=[P + "Demi Moore"])
R(T, "Robin Williams can make me laugh and cry in the same scene, love that man", like=[P + "Robin Williams"])
R(T, "Mel Brooks is my comedy spirit animal", like=[P + "Mel Brooks"])
R(T, "Hugh Grant's floppy-haired stammer act wore thin for me years ago", dislike=[P + "Hugh Grant"])
R(T, "I'd walk over hot coals for a John Carpenter film", like=[P + "John Carpenter"])
R(T, "Wesley Snipes' films make me want to claw my eyes out", dislike=[P + "Wesley Snipes"])
R(T, "Gene Kelly dancing is my favourite thing ever", like=[P + "Gene Kelly"])
R(T, "Michael Bay films give me an instant headache", dislike=[P + "Michael Bay"])
R(T, "Bruce Willis, every time, no notes", like=[P + "Bruce Willis"])
R(T, "I've run out of patience with Joel Schumacher", dislike=[P + "Joel Schumacher"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Pulp Fiction is my desert island film", like_items=["Pulp Fiction (1994)"])
R(T, "Braveheart was a three-hour slog I'd never repeat", dislike_items=["Braveheart (1995)"])
R(T, "if it's anything like The Princess Bride, sign me up", like_items=["The Princess Bride (1987)"])
R(T, "keep Independence Day far, far away from me", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Groundhog Day, every single time", like_items=["Groundhog Day (1993)"])
R(T, "The Usual Suspects blew my mind", like_items=["The Usual Suspects (1995)"])
R(T, "honestly Waterworld was a car crash and not the fun kind", dislike_items=["Waterworld (1995)"])
R(T, "I'd happily watch Raiders of the Lost Ark on repeat", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "Jurassic Park left me stone cold", dislike_items=["Jurassic Park (1993)"])
R(T, "something in the spirit of Trainspotting would be ace", like_items=["Trainspotting (1996)"])
R(T, "please no more Lion King, my niece has made me watch it like 40 times",
  dislike_items=["The Lion King (1994)"])
R(T, "Blade Runner still gives me chills, the good kind", like_items=["Blade Runner (1982)"])
R(T, "I'll never get those two hours of Speed 2 back", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "The Silence of the Lambs. yes, that one. more like it", like_items=["The Silence of the Lambs (1991)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so long story short my partner and I tried to watch something last night and it was this huge spaceship "
  "thing and we both gave up after twenty minutes, so yeah, no sci-fi, maybe something funny instead? we're both "
  "pretty wiped from work", like=[G + "Comedy"], dislike=[G + "Sci-Fi"])
R(T, "My dad's visiting this weekend and he's a massive John Wayne guy, which, fine, but I grew up on those "
  "westerns and I could happily never see another one. He'd settle for a war film though and I'm actually into "
  "those", like=[G + "War"], dislike=[G + "Western"], ok=["-person:John Wayne"])
R(T, "I've been rewatching a lot of the stuff I loved as a teenager, so mostly the 80s, and it's been such a nice "
  "trip, the music, the hair, all of it, so anything from around then would make me really happy",
  like=[D + "1980s"])
R(T, "so my book club did a themed night on Hitchcock and I was the only one who actually enjoyed it, everyone "
  "else was on their phones, anyway I'd love more of his stuff if you've got it", like=[P + "Alfred Hitchcock"])
R(T, "Bit of background: I'm a nurse, I work nights, I come home absolutely wrecked and the last thing I want is "
  "people dying or hospitals, so no heavy dramas, and honestly no horror either", dislike=[G + "Drama", G + "Horror"])
R(T, "I was at my cousin's wedding and they played that song from Grease and it got me thinking I haven't watched "
  "a musical in forever, so yeah, let's do that", like=[G + "Musical"])
R(T, "We tried a documentary with the kids last time and it was a total disaster, they were bouncing off the walls "
  "within ten minutes, so this time let's do something animated they'll actually sit still for",
  like=[G + "Animation"], dislike=[G + "Documentary"], ok=["+genre:Children's"])
R(T, "So I just moved to a new city and don't know anyone yet, and I've been spending my evenings with old noir "
  "pictures, Bogart and all that, and it's oddly comforting. more of those would be great",
  like=[G + "Film-Noir"], ok=["+person:Humphrey Bogart"])
R(T, "my friend swears by Tarantino and dragged me to every one of his films in college, and I respect the craft "
  "I suppose, but the violence just isn't for me, so maybe steer away from him", dislike=[P + "Quentin Tarantino"])
R(T, "it's pouring outside, I've got a blanket, a cup of tea and about three hours to kill, and what I really want "
  "is a proper sweeping romance, the kind where everyone's in period costume and nobody says what they mean",
  like=[G + "Romance"], ok=["+genre:Drama"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "show me some action films tonight", like=[G + "Action"])
R(T, "I don't want anything scary, so no horror", dislike=[G + "Horror"])
R(T, "I like comedies made in the nineties", like=[G + "Comedy", D + "1990s"])
R(T, "please don't recommend westerns to me", dislike=[G + "Western"])
R(T, "I enjoy documentaries about nature and animals", like=[G + "Documentary"])
R(T, "musicals just aren't for me, never have been", dislike=[G + "Musical"])
R(T, "looking for a good adventure film for the weekend", like=[G + "Adventure"])
R(T, "I don't watch animated films", dislike=[G + "Animation"])
R(T, "I love Audrey Hepburn movies", like=[P + "Audrey Hepburn"])
R(T, "I really dislike Jim Carrey films", dislike=[P + "Jim Carrey"])
R(T, "can you find me a mystery to watch", like=[G + "Mystery"])
R(T, "I'd like a romance, but not a sad one", like=[G + "Romance"])
R(T, "I don't like films from the 1970s", dislike=[D + "1970s"])
R(T, "recommend me some war movies", like=[G + "War"])
R(T, "no sci-fi for me, thanks", dislike=[G + "Sci-Fi"])
R(T, "I want something with Robert De Niro in it", like=[P + "Robert De Niro"])
R(T, "I don't enjoy thrillers", dislike=[G + "Thriller"])
R(T, "fantasy films are great", like=[G + "Fantasy"])
R(T, "not interested in children's movies", dislike=[G + "Children's"])
R(T, "I'd like to see a film noir", like=[G + "Film-Noir"])
R(T, "I don't want a drama tonight", dislike=[G + "Drama"])
R(T, "movies from the 1960s, please", like=[D + "1960s"])
R(T, "I didn't enjoy Twister", dislike_items=["Twister (1996)"])


if __name__ == "__main__":
    main()
