"""Writes evals/data/utterances_fresh33.jsonl: a thirty-third fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-third fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (02:18-02:22 UTC) by F33, before and apart from the stance reader's round 20 (issue 21):
the writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py,
tools/lexicon.py, tools/mood.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench), /work/notes beyond this batch's brief, or the work of the writer of batch
#34 written at the same time, ran no reader, agent, test or benchmark on these sentences, and did not read any
utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance
training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P constants, its first ~20 complaint
records, its first year-range records (for the year-bound convention) and its build / main, the first 50 and last 5
lines of write_utterances_fresh8.py, README.md's eighth-batch section and the catalogue vocabulary were read). One
sentence was reworded because the writer's own check named it as already in an earlier file; 23 other short or
generic ones were lengthened at the same time to make a repeat less likely. The reader's author is not to read this
file or its output. Every gold label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#32, the stance training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh33
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh33.jsonl"
OTHER_FILES = earlier_files(32, 15)  # utterances.jsonl, fresh #1-#32, training batches w1-w15
BATCH = "fresh33-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "honestly westerns are a disease with me, give me dusty boots and a showdown at noon and i'm gone for the night",
  like=[G + "Western"])
R(T, "my mum calls my musical habit a sickness and tbh she's not wrong, belt me out another one",
  like=[G + "Musical"])
R(T, "film noir has absolutely wrecked me, all those venetian blinds and doomed blokes in trilbies, i need more of it",
  like=[G + "Film-Noir"])
R(T, "war movies are my dirty little addiction, the muddier the trench the happier i am on the sofa",
  like=[G + "War"])
R(T, "Jim Carrey pulling faces is a public menace to my ribs and i'm here for every second of the carnage",
  like=[P + "Jim Carrey"])
R(T, "i'm a total lost cause when it comes to whodunits, hook me up with another locked room murder asap",
  like=[G + "Mystery"])
R(T, "documentaries are my poison of choice lately, i hoover them up like a bag of crisps on a wet tuesday",
  like=[G + "Documentary"])
R(T, "ngl sci-fi has rotted my brain in the best possible way, more robots and wormholes pls", like=[G + "Sci-Fi"])
R(T, "the 1930s screwball stuff is criminally good, i'm obsessed to a frankly unhealthy degree",
  like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "Stanley Kubrick films do horrible things to my sleep schedule and i keep crawling back for more punishment",
  like=[P + "Stanley Kubrick"])
R(T, "cartoons are my shameful little vice at 34, zero regrets, queue one up for me", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(T, "action films are a straight-up drug for me, big dumb explosions are basically my love language",
  like=[G + "Action"])
R(T, "i'm a hopeless case for a sappy romance, go on, ruin my mascara again", like=[G + "Romance"])
R(T, "horror is a nightmare for me and not the fun kind, my nerves are shot to bits, keep it far away",
  dislike=[G + "Horror"])
R(T, "thrillers are pure torture for me, i spend the whole runtime behind a cushion hating my life",
  dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "i've had my fill of westerns this month, i'm saddle sore from them honestly", dislike=[G + "Western"])
R(T, "i'm all musicaled out after that weekend with my aunt, not one more showtune i swear", dislike=[G + "Musical"])
R(T, "sick to the back teeth of shooty action flicks, give it a rest for a bit", dislike=[G + "Action"])
R(T, "comedy has worn a bit thin on me lately, i feel like i've laughed myself empty", dislike=[G + "Comedy"])
R(T, "i've overdosed on Tom Hanks this year, the poor man needs a break from my telly",
  dislike=[P + "Tom Hanks"])
R(T, "so over space operas rn, i've seen enough starships to last me a lifetime", dislike=[G + "Sci-Fi"])
R(T, "my tank is bone dry for sad dramas, i can't face another two hour cry", dislike=[G + "Drama"])
R(T, "burned out on 80s films, the synths and the big hair have finally done me in", dislike=[D + "1980s"])
R(T, "i'm fed up to the eyeballs with cops and robbers crime flicks", dislike=[G + "Crime"])
R(T, "kids films are coming out of my ears after half term, spare me please", dislike=[G + "Children's"],
  ok=["-genre:Animation"])
R(T, "these fantasy quests with the wizards and magic rings are done to death for me, i'm full up",
  dislike=[G + "Fantasy"])
R(T, "i think i've hit peak war movie, my capacity for trenches and tanks is officially gone",
  dislike=[G + "War"])
R(T, "horror has lost all its bite for me after the marathon last week, had more than enough of it",
  dislike=[G + "Horror"])
R(T, "one more whodunit and i'll scream, been bingeing them since christmas and i'm spent",
  dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "i wouldn't exactly turn my nose up at a good rollicking adventure flick", like=[G + "Adventure"])
R(T, "a bit of Harrison Ford never did anyone any harm, did it", like=[P + "Harrison Ford"])
R(T, "war films aren't the worst way to while away a rainy sunday", like=[G + "War"])
R(T, "i'd not be too upset if you slipped a documentary or two in there", like=[G + "Documentary"])
R(T, "animated stuff is, shall we say, not entirely without its charms for me", like=[G + "Animation"])
R(T, "the 1950s aren't completely lost on me, there's something to them", like=[D + "1950s"])
R(T, "i could probably just about tolerate a Meg Ryan film or three, if i'm being honest", like=[P + "Meg Ryan"])
R(T, "fantasy isn't exactly a hardship to sit through for me, put it that way", like=[G + "Fantasy"])
R(T, "film noir is a little bit of alright in my book", like=[G + "Film-Noir"])
R(T, "a tense thriller is hardly what i'd call a chore", like=[G + "Thriller"])
R(T, "musicals are perhaps not quite my natural habitat, shall we say", dislike=[G + "Musical"])
R(T, "i'm not sure Sylvester Stallone and i are on quite the same wavelength, let's leave it at that",
  dislike=[P + "Sylvester Stallone"])
R(T, "westerns are a touch outside my comfort zone, we'll say no more about it", dislike=[G + "Western"])
R(T, "the 1920s might be a slight stretch for my attention span these days", dislike=[D + "1920s"])
R(T, "horror isn't really the cosiest fit for me, to put it gently", dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------ double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a soppy romance every now and again", like=[G + "Romance"])
R(T, "i never say no when there's a Robin Williams film going", like=[P + "Robin Williams"])
R(T, "there isn't a sci-fi movie out there i haven't at least half liked", like=[G + "Sci-Fi"])
R(T, "can't say i've never been moved by a war film, because i have, loads of times", like=[G + "War"])
R(T, "i don't dislike crime stuff, not one little bit", like=[G + "Crime"])
R(T, "no way am i not watching a western if there's one on offer", like=[G + "Western"])
R(T, "it's not that i don't rate Woody Allen, i really do", like=[P + "Woody Allen"])
R(T, "i wouldn't not watch a musical, if you catch my drift", like=[G + "Musical"])
R(T, "never met a comedy from the 40s i didn't get a kick out of", like=[G + "Comedy", D + "1940s"])
R(T, "nobody could ever accuse me of not being a sucker for animated films", like=[G + "Animation"])
R(T, "it's not that i don't like horror, it's that i genuinely can't stand it", dislike=[G + "Horror"])
R(T, "i can't say i've ever not been bored stiff by a documentary", dislike=[G + "Documentary"])
R(T, "never not annoyed by Adam Sandler, every single time without fail", dislike=[P + "Adam Sandler"])
R(T, "there's no fantasy film i haven't regretted pressing play on, no exceptions", dislike=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but thrillers tonight, i want my pulse through the roof", like=[G + "Thriller"])
R(T, "anything but musicals, i am literally begging you", dislike=[G + "Musical"])
R(T, "everything except the sci-fi please, that's the one bit i always skip", dislike=[G + "Sci-Fi"])
R(T, "it's film noir or nothing for me this evening", like=[G + "Film-Noir"])
R(T, "give me mysteries and only mysteries, nothing else is gonna cut it", like=[G + "Mystery"])
R(T, "i'll watch pretty much anything going other than a war film", dislike=[G + "War"])
R(T, "all genres welcome in this house bar westerns", dislike=[G + "Western"])
R(T, "just comedies, nothing else, it's been one of those weeks", like=[G + "Comedy"])
R(T, "honestly anything as long as it isn't a kids film", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "60s or bust mate, nothing else is doing it for me right now", like=[D + "1960s"])
R(T, "only a Clint Eastwood picture will do tonight, full stop", like=[P + "Clint Eastwood"])
R(T, "i'll happily take whatever you've got except a romance", dislike=[G + "Romance"])
R(T, "it's action or i'm going to bed, those are the only two options on the table", like=[G + "Action"])
R(T, "everything's on the table except the horror", dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "westerns knock musicals into a cocked hat any day of the week", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "i'd pick a documentary over a fantasy flick every single time", like=[G + "Documentary"],
  dislike=[G + "Fantasy"])
R(T, "Al Pacino wipes the floor with Kevin Costner, it's no contest", like=[P + "Al Pacino"],
  dislike=[P + "Kevin Costner"])
R(T, "crime films > romcoms, that's the tweet", like=[G + "Crime"], dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "the 70s leave the 90s standing in the dust for me", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "Meryl Streep runs rings round Demi Moore, sorry Demi", like=[P + "Meryl Streep"],
  dislike=[P + "Demi Moore"])
R(T, "sci-fi edges out horror for me, not even close really", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "give me Hitchcock over Spielberg any day, thanks", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Steven Spielberg"])
R(T, "a war film beats a comedy for me tonight, hands down", like=[G + "War"], dislike=[G + "Comedy"])
R(T, "adventure stuff trumps thrillers for me, the thrillers just stress me out", like=[G + "Adventure"],
  dislike=[G + "Thriller"])
R(T, "Denzel Washington > Mel Gibson and it isn't even a debate", like=[P + "Denzel Washington"],
  dislike=[P + "Mel Gibson"])
R(T, "mysteries are miles better than action flicks imo", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "the 1930s knock spots off the 1980s if you ask me", like=[D + "1930s"], dislike=[D + "1980s"])
R(T, "Tim Burton eats Kenneth Branagh for breakfast", like=[P + "Tim Burton"], dislike=[P + "Kenneth Branagh"])

# ------------------------------------------------------------------------------------------------ polite
T = "polite"
R(T, "that's very kind of you, but i think i'll give the westerns a miss if that's alright", dislike=[G + "Western"])
R(T, "thanks ever so much, though horror isn't really for me", dislike=[G + "Horror"])
R(T, "appreciate the effort, but i'd rather we steered clear of Eddie Murphy if we can",
  dislike=[P + "Eddie Murphy"])
R(T, "lovely suggestions, only i'm not much of a war film person, sorry about that", dislike=[G + "War"])
R(T, "oh bless you, but documentaries do tend to send me off to sleep", dislike=[G + "Documentary"])
R(T, "if it's all the same to you, could we skip the 90s ones this time", dislike=[D + "1990s"])
R(T, "i hate to be a pain but musicals aren't my thing, would you mind leaving them out",
  dislike=[G + "Musical"])
R(T, "thank you kindly, i'll pass on the Arnold Schwarzenegger ones though",
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "you're a star, but i'd prefer to avoid anything animated if at all possible", dislike=[G + "Animation"])
R(T, "sorry to be fussy, i'm just not really a fantasy girl", dislike=[G + "Fantasy"])
R(T, "that's thoughtful of you, but the 1960s really aren't my era i'm afraid", dislike=[D + "1960s"])
R(T, "cheers for that, though i'd politely decline the sci-fi ones", dislike=[G + "Sci-Fi"])
R(T, "with the greatest respect to Sharon Stone, i'd rather not", dislike=[P + "Sharon Stone"])
R(T, "oh how kind, i'd be delighted with a good mystery if you've got one going", like=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "romcoms? naff, the whole soppy lot of them, i'd rather do the ironing", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "westerns are a hard pass from me chief, tumbleweeds put me to sleep", dislike=[G + "Western"])
R(T, "Keanu Reeves? mid. next please, i've seen enough of that blank stare", dislike=[P + "Keanu Reeves"])
R(T, "can't be arsed with thrillers tonight, bin 'em", dislike=[G + "Thriller"])
R(T, "kids movies are not it bestie, not it at all", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "action flicks are pants, proper pants, all bangs and no brains", dislike=[G + "Action"])
R(T, "nah fam, documentaries ain't it, i want a story not a lecture", dislike=[G + "Documentary"])
R(T, "the 80s can do one, honestly, shoulder pads and saxophone solos, no thank you", dislike=[D + "1980s"])
R(T, "Nicolas Cage? yeah no, hard no", dislike=[P + "Nicolas Cage"])
R(T, "sci-fi is such a snooze fest, skip skip skip", dislike=[G + "Sci-Fi"])
R(T, "miss me with the horror, i'm good thanks, my cat gets scared when i scream", dislike=[G + "Horror"])
R(T, "crime films are a big fat nope from me", dislike=[G + "Crime"])
R(T, "musicals are cringe af, leave them out", dislike=[G + "Musical"])
R(T, "John Travolta is a no from me dawg", dislike=[P + "John Travolta"])
R(T, "adventure films are rubbish, absolute tosh, bin the lot", dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------ praise
T = "praise"
R(T, "Martin Scorsese films are pure gold dust, start me off there", like=[P + "Martin Scorsese"])
R(T, "a good western is like a warm bath for the soul", like=[G + "Western"])
R(T, "film noir goes down like a shot of cheap whisky and i want another", like=[G + "Film-Noir"])
R(T, "the 1970s were a treasure chest for cinema, dig me something out of it", like=[D + "1970s"])
R(T, "Audrey Hepburn lights up a screen like nobody else ever has, give me her films", like=[P + "Audrey Hepburn"])
R(T, "animated films are pure sunshine in a box", like=[G + "Animation"])
R(T, "a clever mystery is a crossword puzzle with a soundtrack and i adore it", like=[G + "Mystery"])
R(T, "documentaries throw open windows in my head, more of that please", like=[G + "Documentary"])
R(T, "war films hit me right in the chest, in the best way", like=[G + "War"])
R(T, "Gene Kelly dancing is poetry in tap shoes, i want his stuff", like=[P + "Gene Kelly"])
R(T, "comedies are my ray of light on a rubbish day", like=[G + "Comedy"])
R(T, "a proper adventure flick is a rollercoaster for the heart and that's exactly what i'm after",
  like=[G + "Adventure"])
R(T, "the 40s had a glow to them, like a lamp left on in a dark room", like=[D + "1940s"])
R(T, "Joel Coen is a wizard, his films are a feast every time", like=[P + "Joel Coen"],
  ok=["+person:Ethan Coen"])

# ------------------------------------------------------------------------------------------------ mixed
T = "mixed"
R(T, "love a good crime caper but keep the romance well out of it", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "yes to Sean Connery all day long, but no to Roger Moore and his eyebrow", like=[P + "Sean Connery"],
  dislike=[P + "Roger Moore"])
R(T, "sci-fi is great, just nothing made before 1980", like=[G + "Sci-Fi"], year=(1980, None))
R(T, "i'm into fantasy but horror can stay in its box", like=[G + "Fantasy"], dislike=[G + "Horror"])
R(T, "comedies yes, but not the 90s ones, they've aged like milk for me", like=[G + "Comedy"], dislike=[D + "1990s"])
R(T, "give me Jodie Foster but hold the Bruce Willis", like=[P + "Jodie Foster"], dislike=[P + "Bruce Willis"])
R(T, "thrillers are my thing, war films are absolutely not", like=[G + "Thriller"], dislike=[G + "War"])
R(T, "the 50s are lovely, the 60s less so, leave those out", like=[D + "1950s"], dislike=[D + "1960s"])
R(T, "animation's fine by me, but no kids stuff please, i want the grown-up kind", like=[G + "Animation"],
  dislike=[G + "Children's"])
R(T, "documentaries good, westerns bad, that's about the size of it", like=[G + "Documentary"],
  dislike=[G + "Western"])
R(T, "Tom Cruise is a laugh, Brad Pitt leaves me cold", like=[P + "Tom Cruise"], dislike=[P + "Brad Pitt"])
R(T, "action is great as long as it's not from before the 80s", like=[G + "Action"], year=(1980, None))
R(T, "romance is lovely, but the second it turns into a big weepy drama i'm out", like=[G + "Romance"],
  dislike=[G + "Drama"])
R(T, "i'll take a mystery any night, but please nothing with Kevin Spacey", like=[G + "Mystery"],
  dislike=[P + "Kevin Spacey"])
R(T, "adventure films are ace, the sci-fi ones leave me stone cold", like=[G + "Adventure"],
  dislike=[G + "Sci-Fi"])
R(T, "happy with anything noir-ish but i'd rather skip the 1930s", like=[G + "Film-Noir"], dislike=[D + "1930s"])

# ------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like westerns? do bears live in the woods", like=[G + "Western"])
R(T, "horror? me?? not in a million years, i'd be up all night with the landing light on", dislike=[G + "Horror"])
R(T, "would i watch a Jack Nicholson film? is the pope catholic", like=[P + "Jack Nicholson"])
R(T, "am i into musicals? absolutely not, no", dislike=[G + "Musical"])
R(T, "fancy a war film? yeah go on then, twist my arm", like=[G + "War"])
R(T, "do i want anything from the 1920s? nope, far too creaky", dislike=[D + "1920s"])
R(T, "sci-fi tonight? oh hell yes, beam me up and don't spare the lasers", like=[G + "Sci-Fi"])
R(T, "what do i think of romcoms? i think they're a waste of a perfectly good evening", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "is Bill Murray funny? only the funniest man alive, so yes, give me Bill Murray", like=[P + "Bill Murray"])
R(T, "documentaries, you ask? i'd rather watch paint dry", dislike=[G + "Documentary"])
R(T, "can i handle a thriller tonight? yep, bring it on", like=[G + "Thriller"])
R(T, "Julia Roberts? honestly who asked for her, not me", dislike=[P + "Julia Roberts"])
R(T, "do cartoons count as proper films? for me they absolutely do, stick some on", like=[G + "Animation"])
R(T, "crime? why would i want more crime, i get enough of that on the news", dislike=[G + "Crime"])
R(T, "will i sit through a three hour fantasy epic? you bet i will", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "the 1990s are where it's at for me, that decade just had the magic", like=[D + "1990s"])
R(T, "old 30s black and white stuff is gorgeous, yes please", like=[D + "1930s"])
R(T, "i'm all about the 70s, the grit and the grain of it", like=[D + "1970s"])
R(T, "the 1920s silent era is a proper treat, i'd love something from back then", like=[D + "1920s"])
R(T, "80s films are my happy place, always have been", like=[D + "1980s"])
R(T, "the 1960s had the best films and i'll fight anyone who says otherwise", like=[D + "1960s"])
R(T, "i'm not fussed on the 1940s, skip that decade", dislike=[D + "1940s"])
R(T, "nothing from the 50s please, too stiff and starchy for me", dislike=[D + "1950s"])
R(T, "the 70s are too brown and mumbly for me, leave them", dislike=[D + "1970s"])
R(T, "90s movies feel a bit cheap to me, not that decade", dislike=[D + "1990s"])
R(T, "nothing older than 1975 please, i can't be doing with the old stuff", year=(1975, None))
R(T, "keep it pre-1965, i'm in a proper classic mood", year=(None, 1964))
R(T, "stuff from the early 90s would be spot on", year=(1990, 1994), ok=["+decade:1990s"])
R(T, "anything after 1985 is fine, before that is a no", year=(1986, None))
R(T, "only films made between 1960 and 1975 tonight", year=(1960, 1975))

# ------------------------------------------------------------------------------------------------ people
T = "people"
R(T, "anything with Morgan Freeman in it is a yes from me, the man's voice alone", like=[P + "Morgan Freeman"])
R(T, "Sandra Bullock can do no wrong in my eyes", like=[P + "Sandra Bullock"])
R(T, "i'd follow Ridley Scott off a cliff, no questions asked", like=[P + "Ridley Scott"])
R(T, "Whoopi Goldberg is an absolute riot, put her on", like=[P + "Whoopi Goldberg"])
R(T, "Christopher Walken could read out the phone book and i'd watch it twice", like=[P + "Christopher Walken"])
R(T, "Spike Lee is the real deal, i want his joints", like=[P + "Spike Lee"])
R(T, "Jeff Goldblum being Jeff Goldblum is all i need in this life", like=[P + "Jeff Goldblum"])
R(T, "i've got a soft spot the size of texas for Emma Thompson", like=[P + "Emma Thompson"])
R(T, "Steven Seagal can jog on, ponytail and all", dislike=[P + "Steven Seagal"])
R(T, "Jean-Claude Van Damme gives me the ick, sorry", dislike=[P + "Jean-Claude Van Damme"])
R(T, "i'd rather eat a sock than sit through another Richard Gere film", dislike=[P + "Richard Gere"])
R(T, "Oliver Stone films give me a splitting headache, keep him off the list", dislike=[P + "Oliver Stone"])
R(T, "Michael Douglas just doesn't do it for me at all, sorry Michael", dislike=[P + "Michael Douglas"])
R(T, "i'm allergic to Chevy Chase, no offence to the man", dislike=[P + "Chevy Chase"])
R(T, "Quentin Tarantino is not my cup of tea, all that yakking", dislike=[P + "Quentin Tarantino"])
R(T, "Robert De Niro has well and truly outstayed his welcome with me", dislike=[P + "Robert De Niro"])

# ------------------------------------------------------------------------------------------------ titles
T = "titles"
R(T, "Fargo is a stone cold masterpiece, more like that please", like_items=["Fargo (1996)"])
R(T, "i could watch Groundhog Day on a loop forever and never get bored", like_items=["Groundhog Day (1993)"])
R(T, "The Princess Bride is my comfort blanket of a film", like_items=["The Princess Bride (1987)"])
R(T, "Blade Runner still blows my tiny mind every single time", like_items=["Blade Runner (1982)"])
R(T, "Raising Arizona is an absolute gem, find me more like it", like_items=["Raising Arizona (1987)"])
R(T, "Casablanca is about as good as it gets, honestly", like_items=["Casablanca (1942)"])
R(T, "Trainspotting is a banger of a film lads", like_items=["Trainspotting (1996)"])
R(T, "Apollo 13 had me on the edge of my seat the whole way, something like that", like_items=["Apollo 13 (1995)"])
R(T, "Waterworld was a damp squib of a movie, nothing like it please", dislike_items=["Waterworld (1995)"])
R(T, "Spice World is ninety minutes of my life i'm never getting back", dislike_items=["Spice World (1997)"])
R(T, "Showgirls? keep that well away from me and my eyeballs", dislike_items=["Showgirls (1995)"])
R(T, "Batman & Robin made me want to poke my own eyes out", dislike_items=["Batman & Robin (1997)"])
R(T, "The Postman was such a slog, don't give me anything like it", dislike_items=["The Postman (1997)"])
R(T, "Titanic bored me to tears, sorry not sorry", dislike_items=["Titanic (1997)"])
R(T, "Kazaam is an embarrassment to cinema, spare me", dislike_items=["Kazaam (1996)"])

# ------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my flatmate dragged me along to this film club thing on thursday and i was sure i'd hate it, but they "
     "put on an old spaghetti western and i was hooked from the first squinty close-up, so yeah, turns out i'm a "
     "western person now, line some more up", like=[G + "Western"], ok=["+decade:1960s"])
R(T, "my grandad was in the navy and when i was little he'd sit me down with these old war films on a sunday and "
     "explain everything, and now he's gone i find i still want that feeling, so war films please, the older the "
     "better really", like=[G + "War"])
R(T, "we had this massive drive up to scotland and my sister made us listen to a long interview with Ron Howard "
     "the whole way and by the end i wanted to watch every film the man's ever made, so that's where my head is",
  like=[P + "Ron Howard"])
R(T, "right so long story but my ex used to make me sit through Robert Altman films every friday and i nodded "
     "along like i was cultured but i never once got it, so now i'm free, none of his please",
  dislike=[P + "Robert Altman"])
R(T, "went to my niece's birthday sleepover thing and they had the same kids film on repeat all night, i've now "
     "seen it nine times, i can recite it, so nothing made for children for a good long while",
  dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "my dad is obsessed with the 1950s, he'll talk your ear off about drive-ins and diners given half a chance, "
     "and bless him but i don't share it one bit, so nothing from that decade for me", dislike=[D + "1950s"])
R(T, "we tried a romance last night as a sort of date night thing and we both nodded off twenty minutes in, woke "
     "up with the credits rolling and a crick in my neck, so lesson learned, no more of those",
  dislike=[G + "Romance"])
R(T, "been laid up with flu all week and got through a whole stack of mysteries which were brill, but the action "
     "dvds my brother left me were unwatchable, so more of the first kind and none of the second",
  like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "at the pub quiz last night there was a whole round on Steve Martin and i knew every single answer because i "
     "grew up on him, then the next round was all John Wayne and i couldn't have cared less, never liked the bloke",
  like=[P + "Steve Martin"], dislike=[P + "John Wayne"])
R(T, "so the in-laws are over on saturday and my mother in law adores Cary Grant, which is fine, so do i actually, "
     "but my father in law keeps trying to stick on these thrillers and i cannot stand them, they make me jumpy",
  like=[P + "Cary Grant"], dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "i like comedies, especially the really silly ones with pratfalls", like=[G + "Comedy"])
R(T, "i enjoy science fiction films quite a lot", like=[G + "Sci-Fi"])
R(T, "please recommend me some good crime films, i love them", like=[G + "Crime"])
R(T, "i'm a big fan of Susan Sarandon's films", like=[P + "Susan Sarandon"])
R(T, "i love a good musical on a sunday afternoon with a cuppa", like=[G + "Musical"])
R(T, "documentaries are my favourite kind of film to watch", like=[G + "Documentary"])
R(T, "i really like westerns from the 1960s", like=[G + "Western", D + "1960s"])
R(T, "i like animated films, the pixar sort of thing", like=[G + "Animation"])
R(T, "i enjoy horror movies with a bit of gore in them", like=[G + "Horror"])
R(T, "thrillers from the 80s are what i'm after", like=[G + "Thriller", D + "1980s"])
R(T, "i like films that have Dustin Hoffman in them", like=[P + "Dustin Hoffman"])
R(T, "romance and drama both work well for me", like=[G + "Romance", G + "Drama"])
R(T, "i don't like war films at all, they upset me for days afterwards", dislike=[G + "War"])
R(T, "i don't want any horror please, nothing with monsters or ghosts in it", dislike=[G + "Horror"])
R(T, "no westerns for me this time, thanks", dislike=[G + "Western"])
R(T, "i dislike musicals, they really annoy me", dislike=[G + "Musical"])
R(T, "please don't recommend any comedies, i'm not in the mood for laughing", dislike=[G + "Comedy"])
R(T, "i don't enjoy Jim Carrey's films, he's just too much for me", dislike=[P + "Jim Carrey"])
R(T, "i'm not a fan of science fiction, never have been really", dislike=[G + "Sci-Fi"])
R(T, "i don't like anything from the 1970s, the look of them puts me off", dislike=[D + "1970s"])
R(T, "i'd rather not watch anything animated tonight, real actors only", dislike=[G + "Animation"])
R(T, "i don't care for fantasy films with dragons and elves and all that", dislike=[G + "Fantasy"])
R(T, "i don't like films directed by Steven Spielberg", dislike=[P + "Steven Spielberg"])
R(T, "no documentaries please, i find them dull", dislike=[G + "Documentary"])


if __name__ == "__main__":
    main()
