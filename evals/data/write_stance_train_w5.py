"""Writes evals/data/stance_train_w5.jsonl: a TRAINING batch for the small stance model (writer W5), in the schema
of utterances.jsonl plus a "batch" field (see README.md here, "Training batch w5 (stance model)").

Written by hand on 2026-12-05 (11:04-11:15 UTC) by W5, one of five writers asked for new training sentences in
their own voice; W5's voice is the emotional and figurative speaker (hyperbole, metaphors, food and body images,
vice-as-praise, warm-sounding refusals), with plain sentences as counterweight and some messages that name a value
the user takes no side on (someone else's taste, a question, a taste that is over). The writer did not open the
stance readers or the judge (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
evals/notes, evals/results, evals/bench, any utterances*.jsonl or the records of the other writers' files, and ran
no reader, agent, benchmark or test on these sentences. Read for the layout only: fresh_batch.py,
write_utterances.py's R / G / D / P and its first ~20 complaint records, and write_utterances_fresh6.py's docstring
and code outside its records (a grep for its layout lines also showed about 16 of its record lines, none copied).
Catalogue values (people, titles) were checked against load_catalog().vocabulary() and the catalogue labels.
Every gold label is what a careful reader takes the sentence to mean for this user now; a value the user takes no
side on is left unlabelled.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any value the catalogue lacks and on a sentence already in another utterance
file. Run:
    python -m cesrec.evals.data.write_stance_train_w5

Removed by the lead after the five training batches landed (11:12 UTC), by a script that printed no sentence: two
records that repeat a sentence of training batch w3 word for word, and one that repeats a sentence of the held-out
fresh #8 (written at the same time; a training sentence must never be a held-out one). 278 records remain.
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w5.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "trainw5-2026-12-05"

TOPICS = {
    "plain_like": "plain likes: a genre, decade, person or film wanted in ordinary words",
    "plain_refuse": "plain refusals, mostly negation (I don't like X, no X please, not into X) and year bounds",
    "plain_pair": "two plain clauses, one value wanted and one refused (X yes, Y no; X but not Y)",
    "body_food": "food and body images of both polarities (comfort food, makes my skin crawl, puts me to sleep)",
    "vice_praise": "vice as praise (guilty pleasure, kryptonite, addiction, weakness, dirty secret)",
    "hyperbole": "hyperbole of both polarities (I'd walk over glass for X, I'd rather chew tinfoil than X)",
    "relationship": "love-life metaphors (X and I are on a break, divorced X, married to X)",
    "warm_refusal": "refusals in warm, polite or apologetic words",
    "fatigue": "satiety and fatigue (had my fill, overdosed, burned out): refusals for now",
    "litotes": "understatement, litotes and double negation (wouldn't say no to X; not exactly my favourite)",
    "only_compare": "nothing but X / anything but X / X or nothing, and comparisons where one side wins",
    "rhetoric_sarcasm": "rhetorical questions and sarcasm whose meaning is clear",
    "slang": "dismissive and enthusiastic slang (hard pass, mid, slaps, goes hard)",
    "bystander": "a value named with no side taken (someone else's taste, a question, a past taste, neutral) "
                 "next to a value the user does take a side on",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ---------------------------------------------------------------------------------------------------- plain_like
T = "plain_like"
R(T, "I like westerns.", like=[G + "Western"])
R(T, "something with Tom Hanks please", like=[P + "Tom Hanks"])
R(T, "i'm in the mood for a good mystery tonight", like=[G + "Mystery"])
R(T, "Documentaries, please. Real stories.", like=[G + "Documentary"])
R(T, "can you find me a war film", like=[G + "War"])
R(T, "I really enjoy musicals, the more singing the better", like=[G + "Musical"])
R(T, "show me some film noir", like=[G + "Film-Noir"])
R(T, "Fantasy would be great right now.", like=[G + "Fantasy"])
R(T, "we want an animated movie for tonight", like=[G + "Animation"])
R(T, "I love anything directed by Martin Scorsese", like=[P + "Martin Scorsese"])
R(T, "Looking for an adventure film, ideally one with a quest in it", like=[G + "Adventure"])
R(T, "80s movies are my favourite", like=[D + "1980s"])
R(T, "i like sci-fi a lot", like=[G + "Sci-Fi"])
R(T, "Give me a thriller.", like=[G + "Thriller"])
R(T, "Comedies are what I end up watching most, and I'd like another", like=[G + "Comedy"])
R(T, "I'd like something from the 1950s", like=[D + "1950s"])
R(T, "Jodie Foster is my favourite actress", like=[P + "Jodie Foster"])
R(T, "a crime movie sounds good right now", like=[G + "Crime"])
R(T, "horror, please", like=[G + "Horror"])
R(T, "I loved Fargo, more like that please", like_items=["Fargo (1996)"])
R(T, "Something for the kids? A proper children's movie.", like=[G + "Children's"])
R(T, "i'm a big fan of dramas", like=[G + "Drama"])
R(T, "Romance is my go-to genre", like=[G + "Romance"])
R(T, "anything with Harrison Ford in it", like=[P + "Harrison Ford"])
R(T, "I like action movies and adventure movies", like=[G + "Action", G + "Adventure"])
R(T, "Could you recommend a Coen brothers film?", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "I'd love a film from the forties tonight", like=[D + "1940s"])
R(T, "Meg Ryan movies, yes please", like=[P + "Meg Ryan"])
R(T, "Kurosawa. Any Kurosawa.", like=[P + "Akira Kurosawa"])
R(T, "i'm into mysteries and thrillers at the moment", like=[G + "Mystery", G + "Thriller"])
R(T, "I enjoy a good documentary on a Sunday afternoon", like=[G + "Documentary"])

# -------------------------------------------------------------------------------------------------- plain_refuse
T = "plain_refuse"
R(T, "I don't like horror.", dislike=[G + "Horror"])
R(T, "no musicals for me please, I get bored", dislike=[G + "Musical"])
R(T, "Not a fan of westerns", dislike=[G + "Western"])
R(T, "please no war movies", dislike=[G + "War"])
R(T, "I dislike sci-fi", dislike=[G + "Sci-Fi"])
R(T, "skip the documentaries", dislike=[G + "Documentary"])
R(T, "nothing before 1970, please", year=(1970, None))
R(T, "I don't enjoy romance films", dislike=[G + "Romance"])
R(T, "no kids' movies, this is for adults", dislike=[G + "Children's"])
R(T, "I'm not into fantasy", dislike=[G + "Fantasy"])
R(T, "Nothing with Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "I really don't like Woody Allen films", dislike=[P + "Woody Allen"])
R(T, "I don't want to see anything from the 70s", dislike=[D + "1970s"])
R(T, "No crime stuff tonight", dislike=[G + "Crime"])
R(T, "I'd rather not watch a thriller", dislike=[G + "Thriller"])
R(T, "no black and white films from the 30s or 40s", dislike=[D + "1930s", D + "1940s"])
R(T, "Film noir isn't for me", dislike=[G + "Film-Noir"])
R(T, "I'm not keen on comedies", dislike=[G + "Comedy"])
R(T, "please, no Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "don't show me any dramas", dislike=[G + "Drama"])
R(T, "I don't care for mysteries", dislike=[G + "Mystery"])
R(T, "no action films", dislike=[G + "Action"])
R(T, "Nothing newer than 1989, please.", year=(None, 1989))
R(T, "I don't want adventure movies", dislike=[G + "Adventure"])
R(T, "please don't recommend Titanic", dislike_items=["Titanic (1997)"])
R(T, "Keep Steven Seagal off my list", dislike=[P + "Steven Seagal"])
R(T, "no 60s films", dislike=[D + "1960s"])
R(T, "I don't like Sylvester Stallone", dislike=[P + "Sylvester Stallone"])
R(T, "not in the mood for anything scary", dislike=[G + "Horror"], ok=["-genre:Thriller"])

# ---------------------------------------------------------------------------------------------------- plain_pair
T = "plain_pair"
R(T, "comedy yes, horror no", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "I like thrillers but not horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "Westerns good, musicals bad", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "I want a drama, not a romance", like=[G + "Drama"], dislike=[G + "Romance"])
R(T, "Sci-fi please, no fantasy", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "Documentaries yes. Ones about war, no.", like=[G + "Documentary"], dislike=[G + "War"])
R(T, "more 90s stuff, less 80s stuff", like=[D + "1990s"], dislike=[D + "1980s"])
R(T, "I like Hitchcock but I don't like Kubrick", like=[P + "Alfred Hitchcock"], dislike=[P + "Stanley Kubrick"])
R(T, "action is fine, just no war films", like=[G + "Action"], dislike=[G + "War"])
R(T, "Animation is great but nothing made for little kids", like=[G + "Animation"], dislike=[G + "Children's"])
R(T, "Crime dramas yes, crime comedies no", like=[G + "Crime"], dislike=[G + "Comedy"], ok=["+genre:Drama"])
R(T, "Adventure, sure. Fantasy, no thanks.", like=[G + "Adventure"], dislike=[G + "Fantasy"])
R(T, "no romance, but a comedy would be nice", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "I like Robin Williams but I can't stand Chevy Chase", like=[P + "Robin Williams"],
  dislike=[P + "Chevy Chase"])
R(T, "Something from the 1960s, but not a western", like=[D + "1960s"], dislike=[G + "Western"])
R(T, "Noir yes. Musicals, absolutely not.", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "A children's film is fine as long as it isn't animated", like=[G + "Children's"], dislike=[G + "Animation"])
R(T, "Give me Tarantino, not Spielberg", like=[P + "Quentin Tarantino"], dislike=[P + "Steven Spielberg"])
R(T, "I'd like a war movie, but nothing made before 1960", like=[G + "War"], year=(1960, None))
R(T, "I like mysteries, I don't like crime films", like=[G + "Mystery"], dislike=[G + "Crime"])
R(T, "drama: yes. documentary: no.", like=[G + "Drama"], dislike=[G + "Documentary"])
R(T, "i like old movies from the 40s but not the 30s", like=[D + "1940s"], dislike=[D + "1930s"])
R(T, "Love Julia Roberts, hate Hugh Grant", like=[P + "Julia Roberts"], dislike=[P + "Hugh Grant"])
R(T, "sci fi works for me, westerns don't", like=[G + "Sci-Fi"], dislike=[G + "Western"])
R(T, "Action please, but not Jean-Claude Van Damme", like=[G + "Action"], dislike=[P + "Jean-Claude Van Damme"])
R(T, "A thriller please, and nothing with Nicolas Cage", like=[G + "Thriller"], dislike=[P + "Nicolas Cage"])

# ----------------------------------------------------------------------------------------------------- body_food
T = "body_food"
R(T, "slashers and haunted houses make my skin crawl, so no horror for me", dislike=[G + "Horror"])
R(T, "musicals put me straight to sleep, every single time", dislike=[G + "Musical"])
R(T, "war films are my comfort food, honestly", like=[G + "War"])
R(T, "documentaries are like broccoli to me. I know they're good for me and I still can't swallow them",
  dislike=[G + "Documentary"])
R(T, "A good noir is a warm bowl of soup on a cold night. Serve one up?", like=[G + "Film-Noir"])
R(T, "westerns give me hives", dislike=[G + "Western"])
R(T, "my stomach turns at anything with Pauly Shore in it", dislike=[P + "Pauly Shore"])
R(T, "i could eat 80s action movies for breakfast, lunch and dinner", like=[D + "1980s", G + "Action"])
R(T, "fantasy epics make my eyes glaze over by the second dragon", dislike=[G + "Fantasy"])
R(T, "mysteries are candy for my brain", like=[G + "Mystery"])
R(T, "Romance films are pure sugar and my teeth already hurt thinking about them", dislike=[G + "Romance"])
R(T, "sci-fi is my bread and butter", like=[G + "Sci-Fi"])
R(T, "Hitchcock gives me goosebumps in the very best way", like=[P + "Alfred Hitchcock"])
R(T, "adventure films get my heart pounding -- serve me one hot", like=[G + "Adventure"])
R(T, "kids' movies give me a migraine", dislike=[G + "Children's"])
R(T, "A Billy Wilder comedy is champagne to me.", like=[P + "Billy Wilder"], ok=["+genre:Comedy"])
R(T, "crime movies leave a bad taste in my mouth", dislike=[G + "Crime"])
R(T, "Oliver Stone films leave me feeling seasick", dislike=[P + "Oliver Stone"])
R(T, "that Tim Burton weirdness is catnip for me", like=[P + "Tim Burton"])
R(T, "thrillers get my blood pumping and I need that tonight", like=[G + "Thriller"])

# --------------------------------------------------------------------------------------------------- vice_praise
T = "vice_praise"
R(T, "sappy romances are my guilty pleasure", like=[G + "Romance"])
R(T, "Cheesy 80s movies are my kryptonite, I can't resist a single one", like=[D + "1980s"])
R(T, "I'm a hopeless western addict, feed the habit", like=[G + "Western"])
R(T, "Schwarzenegger movies are my dirty little secret", like=[P + "Arnold Schwarzenegger"])
R(T, "I shamelessly binge musicals every weekend and I regret nothing", like=[G + "Musical"])
R(T, "animated films are my weakness, I'll take any of them", like=[G + "Animation"])
R(T, "horror is a bad habit I have zero intention of kicking", like=[G + "Horror"])
R(T, "Jackie Chan films are my vice and I'm not even sorry", like=[P + "Jackie Chan"])
R(T, "My worst habit? Staying up till 3am with film noir.", like=[G + "Film-Noir"])
R(T, "fantasy is my drug of choice", like=[G + "Fantasy"])
R(T, "I'm a sucker for a big sweeping war epic", like=[G + "War"])
R(T, "trashy 90s thrillers... I know, I know. guilty as charged, give me one", like=[D + "1990s", G + "Thriller"])
R(T, "I go weak at the knees for anything with Cary Grant", like=[P + "Cary Grant"])
R(T, "Documentaries are my nerdy little vice", like=[G + "Documentary"])
R(T, "children's movies are my shameful secret as a grown man. Don't tell anyone, just find me one",
  like=[G + "Children's"])
R(T, "whodunits are a terrible influence on my sleep schedule and I adore them", like=[G + "Mystery"])

# ----------------------------------------------------------------------------------------------------- hyperbole
T = "hyperbole"
R(T, "I'd walk over broken glass for a good Kubrick film", like=[P + "Stanley Kubrick"])
R(T, "I would rather chew tinfoil than sit through another musical", dislike=[G + "Musical"])
R(T, "I'd sell my soul for a great heist movie", like=[G + "Crime"])
R(T, "Westerns are the greatest thing humanity ever invented", like=[G + "Western"])
R(T, "one more romance and I swear I'm throwing the TV out the window", dislike=[G + "Romance"])
R(T, "I'd sooner have a root canal than watch a documentary", dislike=[G + "Documentary"])
R(T, "I would crawl across a desert for a decent sci-fi film", like=[G + "Sci-Fi"])
R(T, "Spielberg could film a phone book and I'd watch it twice", like=[P + "Steven Spielberg"])
R(T, "horror movies take ten years off my life each time. Absolutely not.", dislike=[G + "Horror"])
R(T, "If I see one more cartoon my brain will actually melt", dislike=[G + "Animation"])
R(T, "the 1970s were the best decade in the history of cinema, fight me", like=[D + "1970s"])
R(T, "I'd wrestle a bear for a good mystery right now", like=[G + "Mystery"])
R(T, "a million times no to Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "I'd rather watch paint dry than a comedy, no offence", dislike=[G + "Comedy"])
R(T, "drama is the air I breathe", like=[G + "Drama"])
R(T, "Put on a Bergman and I'd fall asleep before the opening credits ended, I swear", dislike=[P + "Ingmar Bergman"])

# -------------------------------------------------------------------------------------------------- relationship
T = "relationship"
R(T, "horror and I are on a break", dislike=[G + "Horror"])
R(T, "me and sci-fi broke up last year and I'm not going back", dislike=[G + "Sci-Fi"])
R(T, "I'm in a long-term, very committed relationship with film noir", like=[G + "Film-Noir"])
R(T, "honestly I'd marry Audrey Hepburn's whole filmography", like=[P + "Audrey Hepburn"])
R(T, "Romance and I haven't been on speaking terms since my divorce", dislike=[G + "Romance"])
R(T, "Comedies and I are going steady, find me a new one", like=[G + "Comedy"])
R(T, "thrillers and I need some space from each other", dislike=[G + "Thriller"])
R(T, "it's a full-blown love affair with the 1950s, I'll admit it", like=[D + "1950s"])
R(T, "i've divorced action movies, they never listened to me anyway", dislike=[G + "Action"])
R(T, "War movies are my soulmate.", like=[G + "War"])
R(T, "Me and Mel Brooks go way back, keep him coming", like=[P + "Mel Brooks"])
R(T, "documentaries and I just aren't compatible, sorry", dislike=[G + "Documentary"])
R(T, "musicals and I had our moment, but we've parted ways for good", dislike=[G + "Musical"])

# -------------------------------------------------------------------------------------------------- warm_refusal
T = "warm_refusal"
R(T, "Westerns are lovely for some people, they're just not for me", dislike=[G + "Western"])
R(T, "Bless musicals, I'm sure they make someone very happy. Not me though.", dislike=[G + "Musical"])
R(T, "Thank you, but I'll pass on the horror", dislike=[G + "Horror"])
R(T, "I have nothing against fantasy, I'd just rather not", dislike=[G + "Fantasy"])
R(T, "that's very kind, but documentaries aren't really my cup of tea", dislike=[G + "Documentary"])
R(T, "Sweet of you to suggest kids' films, but there are no kids in this house", dislike=[G + "Children's"])
R(T, "I'm sure Bergman is a genius, I'd just like to skip him", dislike=[P + "Ingmar Bergman"])
R(T, "With the greatest respect to the 1930s, let's stay out of them", dislike=[D + "1930s"])
R(T, "romance is lovely, truly, but maybe another night", dislike=[G + "Romance"])
R(T, "Appreciate it, but let's steer clear of war films", dislike=[G + "War"])
R(T, "I'm sure Tom Cruise is a very nice man. Just not in my queue, please.", dislike=[P + "Tom Cruise"])
R(T, "thanks, but animated stuff isn't really my scene", dislike=[G + "Animation"])
R(T, "I'd gently decline anything by Kevin Smith, if that's alright", dislike=[P + "Kevin Smith"])
R(T, "Lovely idea, though I'd prefer to leave the thrillers out", dislike=[G + "Thriller"])
R(T, "It's not you, it's me: I just don't get along with sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I adore you for trying, but film noir leaves me cold", dislike=[G + "Film-Noir"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "car chases and explosions, I've eaten my fill this month. no more action", dislike=[G + "Action"])
R(T, "I've OD'd on crime dramas lately", dislike=[G + "Crime"], ok=["-genre:Drama"])
R(T, "Honestly I'm sick to death of romantic comedies", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "war films? I've seen enough of them for a lifetime", dislike=[G + "War"])
R(T, "I'm completely burned out on Spielberg", dislike=[P + "Steven Spielberg"])
R(T, "Enough fantasy. My head is full of dragons.", dislike=[G + "Fantasy"])
R(T, "I think I've hit my limit on 90s films", dislike=[D + "1990s"])
R(T, "mystery overload this week, I need a break from whodunits", dislike=[G + "Mystery"])
R(T, "adventure movies are starting to feel like leftovers I've reheated ten times", dislike=[G + "Adventure"])
R(T, "I'm stuffed with horror after Halloween, not one more bite", dislike=[G + "Horror"])
R(T, "Jurassic Park? Seen it forty times. Give it a rest.", dislike_items=["Jurassic Park (1993)"])
R(T, "No more Hanks for a while, I've overdosed", dislike=[P + "Tom Hanks"])
R(T, "I've had it up to here with black-and-white. Nothing before 1955.", year=(1955, None))

# ------------------------------------------------------------------------------------------------------- litotes
T = "litotes"
R(T, "I wouldn't say no to a good western", like=[G + "Western"])
R(T, "I'm not against a bit of romance tonight", like=[G + "Romance"])
R(T, "I wouldn't exactly turn my nose up at a documentary", like=[G + "Documentary"])
R(T, "Not that I'd ever refuse a Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "musicals aren't exactly my favourite thing", dislike=[G + "Musical"])
R(T, "it's not like I don't enjoy horror", like=[G + "Horror"])
R(T, "I can't say I've ever not enjoyed a Coen brothers film", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "Animation is not entirely without its charms", like=[G + "Animation"])
R(T, "war movies are not quite my cup of tea, let's say", dislike=[G + "War"])
R(T, "I'm never unhappy when a mystery shows up", like=[G + "Mystery"])
R(T, "Comedies aren't very high on my list, to put it mildly", dislike=[G + "Comedy"])
R(T, "I'd hardly call myself a fan of the 1960s", dislike=[D + "1960s"])
R(T, "there's no way I'd turn down a heist film", like=[G + "Crime"])
R(T, "I never say no to an adventure", like=[G + "Adventure"])
R(T, "thrillers are not the least bit appealing to me", dislike=[G + "Thriller"])
R(T, "a sci-fi film wouldn't go amiss", like=[G + "Sci-Fi"])

# -------------------------------------------------------------------------------------------------- only_compare
T = "only_compare"
R(T, "anything but horror", dislike=[G + "Horror"])
R(T, "I'll take a mystery over a thriller any day", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "documentaries beat made-up stories hands down", like=[G + "Documentary"])
R(T, "Anything except musicals, honestly", dislike=[G + "Musical"])
R(T, "Scorsese over Coppola, every time", like=[P + "Martin Scorsese"], dislike=[P + "Francis Ford Coppola"])
R(T, "I prefer the 70s to the 80s by a mile", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Whatever you like, just not romance", dislike=[G + "Romance"])
R(T, "War films are leagues above mindless action movies", like=[G + "War"], dislike=[G + "Action"])
R(T, "film noir or nothing", like=[G + "Film-Noir"])
R(T, "Sci-fi knocks fantasy into a cocked hat", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "any genre is fine except animation", dislike=[G + "Animation"])
R(T, "drama wins over comedy for me, every single time", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "Give me Bogart over Cary Grant", like=[P + "Humphrey Bogart"], dislike=[P + "Cary Grant"])
R(T, "Forties films and forties films only", like=[D + "1940s"])

# ---------------------------------------------------------------------------------------------- rhetoric_sarcasm
T = "rhetoric_sarcasm"
R(T, "Who doesn't love a good heist movie? Give me one.", like=[G + "Crime"])
R(T, "Oh great, another musical. Just what I wanted. Not.", dislike=[G + "Musical"])
R(T, "Is there anything better than a 1950s sci-fi B-movie? No. No there isn't.", like=[D + "1950s", G + "Sci-Fi"])
R(T, "oh yes, please show me more war documentaries, I just LOVE being bored to tears",
  dislike=[G + "War", G + "Documentary"])
R(T, "Why would anyone watch a horror film on purpose?", dislike=[G + "Horror"])
R(T, "Can you ever have too much film noir? I think not.", like=[G + "Film-Noir"])
R(T, "Oh wonderful, a children's film, because I'm clearly seven years old", dislike=[G + "Children's"])
R(T, "Sure, because what I really need tonight is three hours of elves", dislike=[G + "Fantasy"])
R(T, "Do I want more Spike Lee? Is water wet?", like=[P + "Spike Lee"])
R(T, "Do I look like someone who watches westerns?", dislike=[G + "Western"])
R(T, "Is there a better way to spend a Sunday than a comedy? Didn't think so.", like=[G + "Comedy"])
R(T, "Another Stallone movie, how delightful, said nobody ever", dislike=[P + "Sylvester Stallone"])
R(T, "what's not to love about an old-fashioned adventure?", like=[G + "Adventure"])

# --------------------------------------------------------------------------------------------------------- slang
T = "slang"
R(T, "lovey-dovey stuff? hard pass from me", dislike=[G + "Romance"])
R(T, "nah, westerns are mid", dislike=[G + "Western"])
R(T, "sci-fi slaps, more of that", like=[G + "Sci-Fi"])
R(T, "musicals are cringe, skip em", dislike=[G + "Musical"])
R(T, "horror hits different at night, gimme", like=[G + "Horror"])
R(T, "docs are a snooze fest fr", dislike=[G + "Documentary"])
R(T, "thrillers are straight fire", like=[G + "Thriller"])
R(T, "animated stuff? not my vibe", dislike=[G + "Animation"])
R(T, "war flicks go hard", like=[G + "War"])
R(T, "Nope, not doing fantasy", dislike=[G + "Fantasy"])
R(T, "Van Damme is an absolute legend, load him up", like=[P + "Jean-Claude Van Damme"])
R(T, "mysteries are kinda meh tbh", dislike=[G + "Mystery"])
R(T, "crime movies are bangers, all of em", like=[G + "Crime"])
R(T, "keanu is the goat, more keanu pls", like=[P + "Keanu Reeves"])
R(T, "Anything older than 1960? yeah, no.", year=(1960, None))

# ----------------------------------------------------------------------------------------------------- bystander
T = "bystander"
R(T, "My wife's the romance fan in this house. Me, I want a thriller.", like=[G + "Thriller"])
R(T, "my son is obsessed with cartoons, but tonight it's my pick: a good western", like=[G + "Western"])
R(T, "Do you have many musicals in your catalogue? Anyway, tonight I want a comedy.", like=[G + "Comedy"])
R(T, "I watched a ton of horror in college. These days I'm all about documentaries.", like=[G + "Documentary"])
R(T, "I'm neutral on sci-fi, but please no romance", dislike=[G + "Romance"])
R(T, "My husband can't stand war films, but I love them", like=[G + "War"])
R(T, "Are there any 1920s films in here? Just curious. I don't want anything from the 90s though.",
  dislike=[D + "1990s"])
R(T, "Fantasy or not, I don't mind, but it has to have Sean Connery", like=[P + "Sean Connery"])
R(T, "my daughter wants a children's movie first, and after she's asleep I'm desperate for some noir",
  like=[G + "Film-Noir"], ok=["+genre:Children's"])
R(T, "Don't care either way about action. I do love a good mystery though.", like=[G + "Mystery"])
R(T, "my flatmate worships Tarantino, I find him exhausting", dislike=[P + "Quentin Tarantino"])
R(T, "Is Fargo a comedy or a crime film? Either way, I want more dark crime.", like=[G + "Crime"])
R(T, "Back in the day I was a big musicals person, that's long over. Give me action.", like=[G + "Action"])
R(T, "Grandma is coming over and she loves Cary Grant; I just want something that isn't horror",
  dislike=[G + "Horror"])
R(T, "What decade is Casablanca from? Whatever, I'm after something from the 1960s.", like=[D + "1960s"])
R(T, "My girlfriend keeps saying I'd like Kubrick, no idea yet. I know I like Spielberg.",
  like=[P + "Steven Spielberg"])
R(T, "Horror's fine either way, but comedy is what I actually want", like=[G + "Comedy"])
R(T, "My dad only watches John Wayne. I'm in the mood for something with Meryl Streep.",
  like=[P + "Meryl Streep"])
R(T, "Is Alien more horror or sci-fi? Asking because I'm trying to avoid horror.", dislike=[G + "Horror"])
R(T, "My kids love animated films, I'm indifferent. Something adventurous for all of us?",
  like=[G + "Adventure"])
R(T, "i was a huge Schwarzenegger fan as a teen, that was a long time ago. I'm into Hitchcock now",
  like=[P + "Alfred Hitchcock"])
R(T, "Does the catalogue even have documentaries? Also, please keep westerns far away from me.",
  dislike=[G + "Western"])
R(T, "Partner wants a musical. I'd prefer a drama, honestly.", like=[G + "Drama"], ok=["-genre:Musical"])
R(T, "Not sure about the 1970s, haven't seen much from then. I loved the 1980s though.",
  like=[D + "1980s"])
R(T, "My brother swears by Jackie Chan. Me? Give me Audrey Hepburn.", like=[P + "Audrey Hepburn"])
R(T, "Romance in it or not, doesn't matter to me, I just want a war story", like=[G + "War"])
R(T, "Do people still watch film noir? Whatever the answer, no sci-fi for me.", dislike=[G + "Sci-Fi"])
R(T, "my mum adores Hugh Grant, but she's out tonight, so it's horror time", like=[G + "Horror"])
R(T, "I'm indifferent to whether it's from the 50s or 60s. What matters is that it's a mystery.",
  like=[G + "Mystery"])
R(T, "Can you tell me if Hoop Dreams is a documentary? Whatever it is, I'm in no mood for thrillers.",
  dislike=[G + "Thriller"])
R(T, "My partner's into westerns and I'm whatever about them. But Jack Nicholson gives me the creeps, so not him.",
  dislike=[P + "Jack Nicholson"])
R(T, "In my teens I lived on slasher horror. Now it's mostly crime dramas for me.", like=[G + "Crime"],
  ok=["+genre:Drama"])
R(T, "Does Mel Gibson direct too? Anyway, I'm in the mood for a 90s action film.",
  like=[D + "1990s", G + "Action"])
R(T, "My kid wants Toy Story again, but tonight the kid's asleep: war movie please", like=[G + "War"])
R(T, "I have no opinion on Kevin Costner either way. I do like westerns, though.", like=[G + "Western"])
R(T, "Both my parents love musicals; I'm neither for nor against them. What I can't do is another romance.",
  dislike=[G + "Romance"])
R(T, "Were war films big in the 1940s? Asking because I'd like something from that decade.",
  like=[D + "1940s"])
R(T, "my boyfriend picks the sci-fi, I pick the documentaries, and tonight it's my turn",
  like=[G + "Documentary"])
R(T, "Dunno how I feel about Godard yet. Definitely want Fellini though.", like=[P + "Federico Fellini"])
R(T, "My sister says fantasy is her whole personality. Good for her. Musicals, though, I can't abide.",
  dislike=[G + "Musical"])


if __name__ == "__main__":
    main()
