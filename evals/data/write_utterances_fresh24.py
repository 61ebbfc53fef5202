"""Writes evals/data/utterances_fresh24.jsonl: a twenty-fourth fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-fourth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (about 20:40-20:45 UTC) by F24, before and apart from the stance reader's round 15: the
writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the
judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench), the
round-15 author's work or /work/notes (other than its own brief), ran no reader, agent, test or benchmark on these
sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier
fresh batches or of the stance training writers. Read: fresh_batch.py, write_utterances.py's R(), its shown lists,
its G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines and last 5
lines (the layout; two of its records were in those lines), and the catalogue vocabulary and film titles. A grep of
write_utterances.py for `like_items` also showed fragments of about eight of its record lines outside the complaint
section; none of their sentences is reused here. The reader's author is not to read this file or its output. Every
gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main
(the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh24
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh24.jsonl"
OTHER_FILES = earlier_files(22, 15)  # utterances.jsonl, fresh #1-#22, training batches w1-w15
BATCH = "fresh24-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "I have a genuinely unhealthy obsession with heist movies", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "sci-fi is my drug of choice, hook it straight into my veins", like=[G + "Sci-Fi"])
R(T, "honestly Hitchcock ruined me, every other thriller feels flat after him", like=[P + "Alfred Hitchcock"],
  ok=["+genre:Thriller"])
R(T, "i'm a hopeless addict when it comes to musicals, guilty as charged", like=[G + "Musical"])
R(T, "westerns are a disease and I've got it bad lol", like=[G + "Western"])
R(T, "Kubrick films wreck me in the best possible way", like=[P + "Stanley Kubrick"])
R(T, "those old 40s noirs are dangerously good, I lose whole weekends to them", like=[G + "Film-Noir"],
  ok=["+decade:1940s"])
R(T, "animated stuff is my weakness, I'm 40 and I'll still bawl at a cartoon lamp", like=[G + "Animation"])
R(T, "war movies absolutely destroy me and I keep crawling back for more", like=[G + "War"])
R(T, "Jim Carrey is criminally funny, give me anything he's in", like=[P + "Jim Carrey"])
R(T, "a proper whodunit is my kryptonite, I'm powerless against them", like=[G + "Mystery"])
R(T, "documentaries are dangerous for me, I start one at 10 and suddenly it's 3am and I'm on my fourth",
  like=[G + "Documentary"])
R(T, "gory slasher stuff is my filthy little secret, bring it on", like=[G + "Horror"])
R(T, "Pulp Fiction is a menace, I've seen it about thirty times and I'd put it on again right now",
  like_items=["Pulp Fiction (1994)"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of shoot-em-up action for a while", dislike=[G + "Action"])
R(T, "I'm all romcommed out after the holidays", dislike=[G + "Romance", G + "Comedy"])
R(T, "burnt out on war films, had to watch like six of them for a history class", dislike=[G + "War"])
R(T, "horror's run its course for me this month", dislike=[G + "Horror"])
R(T, "ok I've OD'd on Tarantino, somebody else please", dislike=[P + "Quentin Tarantino"])
R(T, "I'm westerned out, my dad made me sit through every John Wayne picture ever made", dislike=[G + "Western"],
  ok=["-person:John Wayne"])
R(T, "the 80s well has run dry for me, I'm done with that decade", dislike=[D + "1980s"])
R(T, "I've seen enough cartoons to last a lifetime thanks to my nephews", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "I'm so over gritty crime stuff right now", dislike=[G + "Crime"])
R(T, "had it up to here with musicals, one more song and I'll scream", dislike=[G + "Musical"])
R(T, "sci-fi fatigue is real, I can't face another spaceship", dislike=[G + "Sci-Fi"])
R(T, "I've done Spielberg to death this year, let's give the man a rest", dislike=[P + "Steven Spielberg"])
R(T, "mysteries? I've watched so many I solve them in the first ten minutes, I'm done", dislike=[G + "Mystery"])
R(T, "full up on thrillers this week, I could really use a comedy", like=[G + "Comedy"],
  dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I suppose I wouldn't turn my nose up at a cowboy picture", like=[G + "Western"])
R(T, "a Cary Grant film wouldn't exactly be a hardship", like=[P + "Cary Grant"])
R(T, "the occasional musical has been known to put a spring in my step", like=[G + "Musical"])
R(T, "fantasy isn't entirely my cup of tea, if I'm honest", dislike=[G + "Fantasy"])
R(T, "horror and I are not the best of friends", dislike=[G + "Horror"])
R(T, "I'm not totally averse to something from the 50s", like=[D + "1950s"])
R(T, "Meg Ryan has been known to make me smile once or twice", like=[P + "Meg Ryan"])
R(T, "war movies are a bit much for me, truth be told", dislike=[G + "War"])
R(T, "Star Wars was not bad at all, more along those lines would be grand", like_items=["Star Wars (1977)"],
  ok=["+genre:Sci-Fi"])
R(T, "adventure films have their charms, I'll admit", like=[G + "Adventure"])
R(T, "I could probably live without Woody Allen", dislike=[P + "Woody Allen"])
R(T, "noir's not half bad, actually", like=[G + "Film-Noir"])
R(T, "I'm not the biggest fan of Adam Sandler, let's put it that way", dislike=[P + "Adam Sandler"])
R(T, "crime films do tend to go down rather well in this house", like=[G + "Crime"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "I never don't enjoy a Spielberg movie", like=[P + "Steven Spielberg"])
R(T, "it's not like I don't like comedies, I just want a really good one", like=[G + "Comedy"])
R(T, "there's no thriller I wouldn't at least give a go", like=[G + "Thriller"])
R(T, "I can't not watch a Jackie Chan movie when one comes on", like=[P + "Jackie Chan"])
R(T, "not that I dislike the 70s or anything, I adore that decade", like=[D + "1970s"])
R(T, "it's not that I hate romance, it's that I really really hate it", dislike=[G + "Romance"])
R(T, "no way am I not watching Jurassic Park tonight", like_items=["Jurassic Park (1993)"])
R(T, "I don't dislike Tom Cruise... nah who am I kidding, I can't stand him", dislike=[P + "Tom Cruise"])
R(T, "I've yet to meet a war film I didn't like", like=[G + "War"])
R(T, "can't say I don't enjoy a good musical now and again", like=[G + "Musical"])
R(T, "not un-fond of the odd documentary, me", like=[G + "Documentary"])
R(T, "it's not that I don't get the appeal of animation, I just don't want it", dislike=[G + "Animation"])
R(T, "nobody could ever accuse me of not loving a good mystery", like=[G + "Mystery"])
R(T, "there isn't a Schwarzenegger film I wouldn't skip, honestly", dislike=[P + "Arnold Schwarzenegger"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies tonight please, I need a laugh", like=[G + "Comedy"])
R(T, "anything but horror, my girlfriend would actually kill me", dislike=[G + "Horror"])
R(T, "everything's on the table apart from musicals", dislike=[G + "Musical"])
R(T, "noir or nothing", like=[G + "Film-Noir"])
R(T, "I'm fine with any film at all provided it wasn't made for under-tens", dislike=[G + "Children's"],
  ok=["-genre:Animation"])
R(T, "only westerns. just westerns. all the westerns", like=[G + "Western"])
R(T, "I'll watch whatever you like as long as it isn't from the 60s", dislike=[D + "1960s"])
R(T, "sci-fi and only sci-fi this weekend", like=[G + "Sci-Fi"])
R(T, "all I want is a drama, nothing funny", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "anything bar war films tbh", dislike=[G + "War"])
R(T, "it's Bruce Willis or bust for me tonight", like=[P + "Bruce Willis"])
R(T, "literally any genre except fantasy", dislike=[G + "Fantasy"])
R(T, "nothing made after 1980 please", year=(None, 1980))
R(T, "everything but Julia Roberts, I beg you", dislike=[P + "Julia Roberts"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a good thriller beats a romance any day of the week", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "I'd take Kubrick over Spielberg every single time", like=[P + "Stanley Kubrick"],
  dislike=[P + "Steven Spielberg"])
R(T, "westerns wipe the floor with war films", like=[G + "Western"], dislike=[G + "War"])
R(T, "seventies cinema knocks the eighties into a cocked hat, no contest", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "comedies > dramas, don't @ me", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Alien is miles better than Aliens, fight me", like_items=["Alien (1979)"], dislike_items=["Aliens (1986)"])
R(T, "give me a documentary over some made-up fantasy nonsense", like=[G + "Documentary"],
  dislike=[G + "Fantasy"])
R(T, "Harrison Ford knocks spots off Kevin Costner", like=[P + "Harrison Ford"], dislike=[P + "Kevin Costner"])
R(T, "mysteries leave thrillers in the dust for me", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "horror trumps sci-fi in my book", like=[G + "Horror"], dislike=[G + "Sci-Fi"])
R(T, "Meryl Streep runs rings around Demi Moore", like=[P + "Meryl Streep"], dislike=[P + "Demi Moore"])
R(T, "adventure films are a hundred times more fun than musicals", like=[G + "Adventure"],
  dislike=[G + "Musical"])
R(T, "old 40s pictures beat anything from the 90s hands down", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "Fargo is so much better than Pulp Fiction it's not even funny", like_items=["Fargo (1996)"],
  dislike_items=["Pulp Fiction (1994)"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind but I'll give the horror a miss, thank you", dislike=[G + "Horror"])
R(T, "thanks ever so much, but musicals aren't really for me", dislike=[G + "Musical"])
R(T, "I appreciate it, but I'd rather not do anything with Keanu Reeves", dislike=[P + "Keanu Reeves"])
R(T, "lovely suggestions! though maybe we could leave the war films out", dislike=[G + "War"])
R(T, "if it's all the same to you, I'll pass on the westerns", dislike=[G + "Western"])
R(T, "you're very thoughtful, but sci-fi just isn't my thing, sorry", dislike=[G + "Sci-Fi"])
R(T, "I hate to be a bother but could we skip anything animated?", dislike=[G + "Animation"])
R(T, "with respect, I'd prefer nothing from the 30s or 40s", dislike=[D + "1930s", D + "1940s"])
R(T, "thank you, but I think I'll sit the documentaries out this time", dislike=[G + "Documentary"])
R(T, "that's sweet of you, though I'm not much of a Tom Hanks person", dislike=[P + "Tom Hanks"])
R(T, "no offence to the Titanic crowd but I'll politely decline that one", dislike_items=["Titanic (1997)"])
R(T, "kindly hold the romance, if you don't mind", dislike=[G + "Romance"])
R(T, "sorry to be fussy, I'd love a comedy but nothing too childish please", like=[G + "Comedy"],
  dislike=[G + "Children's"])
R(T, "much obliged, but the thrillers can stay on the shelf for now", dislike=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "nah fam, horror is a no from me", dislike=[G + "Horror"])
R(T, "cowboys and tumbleweed? do one, I'm not having it", dislike=[G + "Western"])
R(T, "musicals are cringe af, skip", dislike=[G + "Musical"])
R(T, "Pauly Shore? miss me with that", dislike=[P + "Pauly Shore"])
R(T, "war films are a bit naff tbh", dislike=[G + "War"])
R(T, "fantasy is mid, next", dislike=[G + "Fantasy"])
R(T, "ugh documentaries, that's homework not entertainment", dislike=[G + "Documentary"])
R(T, "kids' films are a snooze, bin them", dislike=[G + "Children's"])
R(T, "anything from the 50s is a hard no", dislike=[D + "1950s"])
R(T, "Stallone films are absolute pants", dislike=[P + "Sylvester Stallone"])
R(T, "ain't nobody got time for mysteries", dislike=[G + "Mystery"])
R(T, "Batman & Robin? lol no, not in a million years", dislike_items=["Batman & Robin (1997)"])
R(T, "action movies are a load of old bollocks, just explosions and shouting", dislike=[G + "Action"])
R(T, "drama is not it, bestie", dislike=[G + "Drama"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a dusty old oater with a good shootout is pure gold to me", like=[G + "Western"])
R(T, "Audrey Hepburn lights up every single scene she's in", like=[P + "Audrey Hepburn"])
R(T, "a good romance is a warm blanket on a cold night", like=[G + "Romance"])
R(T, "Casablanca is an absolute treasure", like_items=["Casablanca (1942)"])
R(T, "thrillers get my heart going like nothing else", like=[G + "Thriller"])
R(T, "the 60s were a goldmine for cinema, load me up", like=[D + "1960s"])
R(T, "hand-drawn animation is where the real magic lives for me", like=[G + "Animation"])
R(T, "Coppola is a titan, anything by him is appointment viewing", like=[P + "Francis Ford Coppola"])
R(T, "musicals are basically sunshine in a tin, I'm grinning from the overture", like=[G + "Musical"])
R(T, "a proper adventure film is a rollercoaster I never want to get off", like=[G + "Adventure"])
R(T, "Morgan Freeman could read me a shopping list and I'd be enthralled", like=[P + "Morgan Freeman"])
R(T, "The Princess Bride is a perfect little gem", like_items=["The Princess Bride (1987)"])
R(T, "docs about real people are food for the soul", like=[G + "Documentary"])
R(T, "Kurosawa is a genius, full stop", like=[P + "Akira Kurosawa"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "big fan of comedies, not a fan of anything animated", like=[G + "Comedy"], dislike=[G + "Animation"])
R(T, "keen on westerns, couldn't care less for musicals", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "Tom Hanks yes, Meg Ryan no", like=[P + "Tom Hanks"], dislike=[P + "Meg Ryan"])
R(T, "I'm in the mood for sci-fi, just nothing from the 50s with rubber monsters", like=[G + "Sci-Fi"],
  dislike=[D + "1950s"])
R(T, "give me a war film, but spare me any romance", like=[G + "War"], dislike=[G + "Romance"])
R(T, "I'll happily do a mystery tonight; horror I'll leave to someone braver", like=[G + "Mystery"],
  dislike=[G + "Horror"])
R(T, "Nicolas Cage I adore, John Travolta I can't bear", like=[P + "Nicolas Cage"], dislike=[P + "John Travolta"])
R(T, "the 90s are my era, the 70s just feel brown and sad to me", like=[D + "1990s"], dislike=[D + "1970s"])
R(T, "documentaries please, and keep the sci-fi well away from me", like=[G + "Documentary"],
  dislike=[G + "Sci-Fi"])
R(T, "adventure is great, fantasy less so, I like my dragons nonexistent", like=[G + "Adventure"],
  dislike=[G + "Fantasy"])
R(T, "The Godfather is the best thing ever made but Casino bored me senseless",
  like_items=["The Godfather (1972)"], dislike_items=["Casino (1995)"])
R(T, "something with Denzel would be ace, nothing with Bruce Willis though", like=[P + "Denzel Washington"],
  dislike=[P + "Bruce Willis"])
R(T, "kids' films are fine for us, but the scary stuff is out", like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "drama I can do, action I cannot", like=[G + "Drama"], dislike=[G + "Action"])
R(T, "Hugh Grant is a delight; Van Damme, not so much", like=[P + "Hugh Grant"],
  dislike=[P + "Jean-Claude Van Damme"])
R(T, "a Billy Wilder film would be lovely, just not a Woody Allen one", like=[P + "Billy Wilder"],
  dislike=[P + "Woody Allen"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like horror? does a bear live in the woods", like=[G + "Horror"])
R(T, "musicals? in this house? absolutely not", dislike=[G + "Musical"])
R(T, "Am I in the mood for a western? Honestly, no.", dislike=[G + "Western"])
R(T, "what do I fancy tonight? something from the 80s, that's what", like=[D + "1980s"])
R(T, "you want to know if I like John Carpenter? I've got a Halloween poster above my bed",
  like=[P + "John Carpenter"], ok=["+genre:Horror"])
R(T, "sci-fi? sure, why not, go for it", like=[G + "Sci-Fi"])
R(T, "a documentary? on a friday night? nah mate", dislike=[G + "Documentary"])
R(T, "is there anything better than a Mel Brooks comedy? no there is not", like=[P + "Mel Brooks"],
  ok=["+genre:Comedy"])
R(T, "would I watch another war movie? not if you paid me", dislike=[G + "War"])
R(T, "romance? go on then, twist my arm", like=[G + "Romance"])
R(T, "do I want animated stuff? god no, I'm not five", dislike=[G + "Animation"])
R(T, "Back to the Future? yes, a thousand times yes", like_items=["Back to the Future (1985)"])
R(T, "what's my favourite genre? has to be crime", like=[G + "Crime"])
R(T, "Sharon Stone? is that a serious suggestion? no.", dislike=[P + "Sharon Stone"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1990 please, I need colour and decent sound", year=(1990, None))
R(T, "I'm a sucker for the 30s screwball era", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "anything from before 1960 is off the table", year=(1960, None))
R(T, "the 70s are the golden age as far as I'm concerned", like=[D + "1970s"])
R(T, "skip the 80s, the hair alone puts me off", dislike=[D + "1980s"])
R(T, "please nothing newer than 1975, modern films leave me cold", year=(None, 1975))
R(T, "40s and 50s classics are my happy place", like=[D + "1940s", D + "1950s"])
R(T, "the 20s? silent films? yeah no", dislike=[D + "1920s"])
R(T, "I only really watch stuff from '93 onwards", year=(1993, None))
R(T, "the 60s had the best films and I'll die on that hill", like=[D + "1960s"])
R(T, "1930s films are too creaky for me", dislike=[D + "1930s"])
R(T, "cut it off at 1970 please, I don't want anything after that", year=(None, 1970))
R(T, "I'm in a real 50s mood, Technicolor and big skirts", like=[D + "1950s"])
R(T, "no 90s stuff, it all looks so glossy and fake", dislike=[D + "1990s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson is my guy, give me unhinged Jack", like=[P + "Jack Nicholson"])
R(T, "I'll watch Robin Williams in literally anything", like=[P + "Robin Williams"])
R(T, "Al Pacino shouting for three hours is not my idea of fun", dislike=[P + "Al Pacino"])
R(T, "can we have a break from Sandra Bullock, she's in everything", dislike=[P + "Sandra Bullock"])
R(T, "Tim Burton's weird little worlds are exactly my vibe", like=[P + "Tim Burton"])
R(T, "Steven Seagal makes my teeth itch", dislike=[P + "Steven Seagal"])
R(T, "Sigourney Weaver could kick my door in and I'd thank her", like=[P + "Sigourney Weaver"])
R(T, "I've gone right off Kevin Spacey", dislike=[P + "Kevin Spacey"])
R(T, "Emma Thompson is a national treasure, more of her please", like=[P + "Emma Thompson"])
R(T, "anything directed by Oliver Stone, I'd rather not", dislike=[P + "Oliver Stone"])
R(T, "big Spike Lee stan over here", like=[P + "Spike Lee"])
R(T, "David Lynch makes my brain hurt, and not in a good way", dislike=[P + "David Lynch"])
R(T, "Gene Kelly dancing is everything, I need more of him", like=[P + "Gene Kelly"])
R(T, "the Coen brothers never miss", like=[P + "Joel Coen", P + "Ethan Coen"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Groundhog Day is my comfort movie, anything with that feel", like_items=["Groundhog Day (1993)"])
R(T, "Independence Day was loud dumb nonsense, nothing like that", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "I could rewatch The Shawshank Redemption till the end of time",
  like_items=["The Shawshank Redemption (1994)"])
R(T, "Showgirls should be locked up for crimes against cinema", dislike_items=["Showgirls (1995)"])
R(T, "Babe made me cry happy tears, more like that please", like_items=["Babe (1995)"])
R(T, "Speed 2 was two hours of my life I won't get back", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "anything in the vein of Trainspotting would be brilliant", like_items=["Trainspotting (1996)"])
R(T, "please nothing like Spice World, once was plenty", dislike_items=["Spice World (1997)"])
R(T, "The Big Lebowski is the funniest thing ever, hit me with similar", like_items=["The Big Lebowski (1998)"])
R(T, "The English Patient bored me to tears, steer clear of that kind of thing",
  dislike_items=["The English Patient (1996)"])
R(T, "Singin' in the Rain lives rent free in my head", like_items=["Singin' in the Rain (1952)"],
  ok=["+genre:Musical"])
R(T, "Mars Attacks was so bad it gave me a headache", dislike_items=["Mars Attacks! (1996)"])
R(T, "loved Heat, loved Seven, more of that please", like_items=["Heat (1995)", "Seven (Se7en) (1995)"])
R(T, "Forrest Gump is overrated sentimental mush, don't show me anything like it",
  dislike_items=["Forrest Gump (1994)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my sister came over last weekend and made us watch three romcoms back to back, and by the end I was ready "
     "to climb the walls, so tonight I'm on my own and I want the complete opposite, like a proper grim war film",
  like=[G + "War"], dislike=[G + "Romance", G + "Comedy"])
R(T, "ok so background: I grew up on my grandad's VHS collection, which was basically John Wayne and a lot of "
     "horses, and I swore I'd never go near them again, but lately I've found myself really missing those old "
     "westerns, so yeah, something like that", like=[G + "Western"], ok=["+person:John Wayne"])
R(T, "not sure how to put this but I tried watching Event Horizon last night because a mate swore by it, and I had "
     "to turn it off halfway because I was genuinely too scared to be alone in my own flat, so horror is off the "
     "cards for the foreseeable", dislike=[G + "Horror"], dislike_items=["Event Horizon (1997)"])
R(T, "me and my boyfriend can never agree on anything, he wants explosions and I want people talking in kitchens, "
     "but we've finally found common ground, we both love a good mystery, so whatever you've got along those lines",
  like=[G + "Mystery"])
R(T, "long day at work, kids finally asleep, glass of wine poured, and what I really need now is something light "
     "and silly, a comedy, nothing where anyone dies or cries", like=[G + "Comedy"], ok=["-genre:Drama"])
R(T, "I've been trying to get into old films for a film studies module and honestly the 20s and 30s stuff is hard "
     "going, the acting is so stagey, but when I got to the 40s something clicked and now I can't stop",
  like=[D + "1940s"], dislike=[D + "1920s", D + "1930s"])
R(T, "my dad's birthday is coming up and he's a massive Clint Eastwood fan, which is fine for him, but I honestly "
     "can't stand the man, so I'm looking for something for ME tonight, maybe some sci-fi",
  like=[G + "Sci-Fi"], dislike=[P + "Clint Eastwood"])
R(T, "right, so I went through a phase of watching nothing but documentaries, nature ones, true crime ones, all of "
     "it, and I think I've burnt myself out completely, I just want a story with made-up people in it now, maybe "
     "a good drama", like=[G + "Drama"], dislike=[G + "Documentary"])
R(T, "ok weird one but my flatmate is obsessed with Tarantino and keeps quoting bits at me over breakfast, and I've "
     "never actually seen any of his films, and I think I'm finally ready to dive in, where do I start",
  like=[P + "Quentin Tarantino"])
R(T, "I used to think I hated animated films because of all the singing animals, but then someone showed me Akira "
     "and Ghost in the Shell and my brain basically exploded, so I guess what I mean is more animation, just the "
     "grown-up kind", like=[G + "Animation"],
  like_items=["Akira (1988)", "Ghost in the Shell (Kokaku kidotai) (1995)"], ok=["-genre:Children's"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "in the mood for a thriller tonight", like=[G + "Thriller"])
R(T, "can you find me a good western", like=[G + "Western"])
R(T, "could you leave out the horror, I'm a total scaredy-cat", dislike=[G + "Horror"])
R(T, "I enjoy documentaries about musicians", like=[G + "Documentary"])
R(T, "I don't want anything with Tom Cruise in it", dislike=[P + "Tom Cruise"])
R(T, "please recommend some comedies from the 80s", like=[G + "Comedy", D + "1980s"])
R(T, "I'm not really into fantasy films", dislike=[G + "Fantasy"])
R(T, "something with Harrison Ford would be good", like=[P + "Harrison Ford"])
R(T, "I don't watch war films anymore", dislike=[G + "War"])
R(T, "looking for a family film the kids will enjoy", like=[G + "Children's"])
R(T, "I prefer films from the 1990s", like=[D + "1990s"])
R(T, "no musicals for me thanks", dislike=[G + "Musical"])
R(T, "I want to watch an action movie tonight", like=[G + "Action"])
R(T, "I hate romantic comedies with a passion", dislike=[G + "Romance", G + "Comedy"])
R(T, "I'd like something directed by Martin Scorsese", like=[P + "Martin Scorsese"])
R(T, "please don't suggest anything animated", dislike=[G + "Animation"])
R(T, "I loved Jaws, something like it please", like_items=["Jaws (1975)"])
R(T, "I'm not a fan of sci-fi at all", dislike=[G + "Sci-Fi"])
R(T, "a mystery would be nice for a change", like=[G + "Mystery"])
R(T, "no Jim Carrey films please", dislike=[P + "Jim Carrey"])
R(T, "I didn't enjoy Braveheart much", dislike_items=["Braveheart (1995)"])
R(T, "recommend me a fun adventure film", like=[G + "Adventure"])
R(T, "I love a moody film noir with lots of rain and cigarette smoke", like=[G + "Film-Noir"])


if __name__ == "__main__":
    main()
