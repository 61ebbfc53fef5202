"""Writes evals/data/utterances_fresh10.jsonl: a tenth fresh held-out batch of `idiom` utterances (see README.md
here, "Tenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:57-12:00 UTC) by F10, before and apart from that day's eighth round of change to
the stance reader (round 8): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-8 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines and last 5
lines, and the catalogue vocabulary were read). Eight sentences were reworded because they were already in an
earlier file: three named one at a time by this writer's own check, five by a one-off run of the same check over
the whole batch (printing only this batch's sentences). The reader's author is not to read this file or its
output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth to eighth
batches; kept here, not in the jsonl). Records are written with write_utterances.R and resolved by
write_utterances.build / main (the same label and vocabulary checks), and fresh_batch.check() also fails on any
also_ok value, person, genre, decade, rating or year bound the catalogue lacks, and on a sentence already in
another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh10
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh10.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "fresh10-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are my kryptonite, I cave every single time one comes on", like=[G + "Western"])
R(T, "I have a genuine problem with heist movies. like a real problem. send help and also more heists",
  like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "horror is my poison of choice, I'll be up till 3am with it and regret nothing", like=[G + "Horror"])
R(T, "film noir ruined me for normal movies tbh, nothing else hits the same", like=[G + "Film-Noir"])
R(T, "musicals are a disease and I am patient zero, belt it out", like=[G + "Musical"])
R(T, "these big war epics absolutely destroy me, in the best way, more please", like=[G + "War"])
R(T, "Hitchcock is a dangerous habit of mine I have no intention of kicking", like=[P + "Alfred Hitchcock"])
R(T, "i'm hopelessly hooked on the old eighties sci-fi, it's a sickness", like=[G + "Sci-Fi", D + "1980s"])
R(T, "whodunnits are my vice. the nastier the twist, the worse I've got it", like=[G + "Mystery"])
R(T, "cartoons are a wicked weakness of mine even at forty, judge away", like=[G + "Animation"])
R(T, "documentaries are basically crack for me at this point", like=[G + "Documentary"])
R(T, "that Jim Carrey is an absolute menace and I love every second of him", like=[P + "Jim Carrey"])
R(T, "thrillers are a trainwreck of a genre lately, same twist every time, give it a rest", dislike=[G + "Thriller"])
R(T, "Fantasy is insanely addictive for me - dragons, quests, wizards, the whole lot", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of shoot-em-up action for one lifetime", dislike=[G + "Action"])
R(T, "done and dusted with war films, we watched about fifty in history class", dislike=[G + "War"])
R(T, "I'm all horrored out after October, truly", dislike=[G + "Horror"])
R(T, "honestly sick to the back teeth of Tom Cruise", dislike=[P + "Tom Cruise"])
R(T, "musicals? been there, sung that, not doing it again", dislike=[G + "Musical"])
R(T, "I'm so over the 90s stuff, it's literally all I've watched this year", dislike=[D + "1990s"])
R(T, "gangster films are played out for me, I could recite them in my sleep", dislike=[G + "Crime"])
R(T, "my kids have burnt me out on animated films, I need a break from them", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "think I've hit my sci-fi quota for the month", dislike=[G + "Sci-Fi"])
R(T, "westerns have well and truly worn out their welcome in this house", dislike=[G + "Western"])
R(T, "fed up to here with mysteries where it's always the butler", dislike=[G + "Mystery"])
R(T, "had enough Spielberg to last me till retirement", dislike=[P + "Steven Spielberg"])
R(T, "I've OD'd on sad dramas lately, I need something funny", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "me and documentaries need some time apart I think", dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "wouldn't turn my nose up at a decent western, put it that way", like=[G + "Western"])
R(T, "a bit of Hugh Grant never hurt anybody", like=[P + "Hugh Grant"])
R(T, "film noir isn't the worst way to spend an evening", like=[G + "Film-Noir"])
R(T, "I'm not entirely opposed to a musical every now and then", like=[G + "Musical"])
R(T, "horror isn't exactly my cup of tea", dislike=[G + "Horror"])
R(T, "a comedy wouldn't go amiss tonight", like=[G + "Comedy"])
R(T, "war films are not quite my scene, let's say", dislike=[G + "War"])
R(T, "Kubrick has been known to hold my attention once or twice", like=[P + "Stanley Kubrick"])
R(T, "the seventies weren't a bad decade for films, were they", like=[D + "1970s"])
R(T, "sci-fi and me aren't what you'd call close friends", dislike=[G + "Sci-Fi"])
R(T, "I have been known to enjoy the odd thriller", like=[G + "Thriller"])
R(T, "I've got no quarrel with a fantasy film, if you've a good one", like=[G + "Fantasy"])
R(T, "documentaries aren't something I'd go out of my way for", dislike=[G + "Documentary"])
R(T, "sitting through a Meg Ryan film is hardly a punishment", like=[P + "Meg Ryan"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a good crime flick", like=[G + "Crime"])
R(T, "I never say no to a mystery, ever", like=[G + "Mystery"])
R(T, "there's no western I wouldn't happily sit through", like=[G + "Western"])
R(T, "I can't not watch a Tarantino film when it's on", like=[P + "Quentin Tarantino"])
R(T, "not that I don't like musicals, I just don't like them enough to sit through one tonight",
  dislike=[G + "Musical"])
R(T, "no one could accuse me of not loving a war movie", like=[G + "War"])
R(T, "never met an adventure movie I didn't like", like=[G + "Adventure"])
R(T, "I don't NOT like thrillers, but I'd rather skip them this time", dislike=[G + "Thriller"])
R(T, "can't say I've never enjoyed a romance, but none tonight, thanks", dislike=[G + "Romance"])
R(T, "there isn't a Bill Murray film I haven't loved", like=[P + "Bill Murray"])
R(T, "it's not that I can't stand sci-fi. ok actually I really can't stand sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I'm not not in the mood for a comedy, if you catch my drift", like=[G + "Comedy"])
R(T, "hard to think of a documentary that didn't bore me stiff", dislike=[G + "Documentary"])
R(T, "never not down for some Jackie Chan", like=[P + "Jackie Chan"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns tonight, partner", like=[G + "Western"])
R(T, "anything but horror, I beg you", dislike=[G + "Horror"])
R(T, "everything except musicals is fair game", dislike=[G + "Musical"])
R(T, "thrillers or nothing, I mean it", like=[G + "Thriller"])
R(T, "I'll watch whatever as long as it isn't a war film", dislike=[G + "War"])
R(T, "comedies only, nothing else gets a look in", like=[G + "Comedy"])
R(T, "any genre bar romance", dislike=[G + "Romance"])
R(T, "film noir and only film noir, that's the brief", like=[G + "Film-Noir"])
R(T, "all genres welcome apart from the animated ones", dislike=[G + "Animation"])
R(T, "give me sci-fi or give me death", like=[G + "Sci-Fi"])
R(T, "Scorsese or bust", like=[P + "Martin Scorsese"])
R(T, "just not the sixties, any other decade is fine", dislike=[D + "1960s"])
R(T, "fantasy, full stop. nothing else will do", like=[G + "Fantasy"])
R(T, "whatever you fancy, save for documentaries", dislike=[G + "Documentary"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns beat space movies any day of the week", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a comedy over a drama every single time", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "old noir wipes the floor with these modern thrillers", like=[G + "Film-Noir"], dislike=[G + "Thriller"])
R(T, "Hanks over Cruise, no contest", like=[P + "Tom Hanks"], dislike=[P + "Tom Cruise"])
R(T, "horror > romance, fight me", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "the 40s leave the 80s in the dust", like=[D + "1940s"], dislike=[D + "1980s"])
R(T, "I rate a clever mystery miles above any brainless action flick", like=[G + "Mystery"],
  dislike=[G + "Action"])
R(T, "I'd pick a documentary before a musical, no question", like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "Kubrick knocks Spielberg into a cocked hat", like=[P + "Stanley Kubrick"], dislike=[P + "Steven Spielberg"])
R(T, "war films are leagues better than westerns imo", like=[G + "War"], dislike=[G + "Western"])
R(T, "fantasy over sci-fi, always and forever", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "a proper adventure trumps a crime picture for me", like=[G + "Adventure"], dislike=[G + "Crime"])
R(T, "I'd choose Eastwood over John Wayne in a heartbeat", like=[P + "Clint Eastwood"],
  dislike=[P + "John Wayne"])
R(T, "a good thriller knocks horror into next week", like=[G + "Thriller"], dislike=[G + "Horror"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thank you, but I think I'll pass on the horror", dislike=[G + "Horror"])
R(T, "that's very kind, but westerns aren't really for me", dislike=[G + "Western"])
R(T, "I appreciate the thought, but I'd rather not do musicals", dislike=[G + "Musical"])
R(T, "lovely picks, though perhaps a few less war films?", dislike=[G + "War"])
R(T, "I'm sure Adam Sandler is a perfectly nice man, but no thank you", dislike=[P + "Adam Sandler"])
R(T, "if it's all the same to you, I'd rather give the sci-fi a miss", dislike=[G + "Sci-Fi"])
R(T, "I'll politely decline the romance, ta", dislike=[G + "Romance"])
R(T, "with the greatest respect to the 1930s, I'd prefer something a bit newer", dislike=[D + "1930s"])
R(T, "those documentaries look very worthy, but maybe another time", dislike=[G + "Documentary"])
R(T, "sorry to be a pain, could we leave out the cartoony ones?", dislike=[G + "Animation"])
R(T, "thanks ever so much, though crime films aren't quite my thing", dislike=[G + "Crime"])
R(T, "kind of you, but no dramas for me this evening", dislike=[G + "Drama"])
R(T, "I'd be ever so grateful for a comedy, if you have one", like=[G + "Comedy"])
R(T, "a mystery would be lovely, thank you", like=[G + "Mystery"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "cowboy films? nah fam, hard skip", dislike=[G + "Western"])
R(T, "musicals can jog on, the lot of them", dislike=[G + "Musical"])
R(T, "horror? big no from me, dawg, I don't sleep as it is", dislike=[G + "Horror"])
R(T, "sci-fi? miss me with that", dislike=[G + "Sci-Fi"])
R(T, "Stallone? bin it", dislike=[P + "Sylvester Stallone"])
R(T, "romcoms are so cringe tbh", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "documentaries, yawn, next", dislike=[G + "Documentary"])
R(T, "kids films? not a chance mate", dislike=[G + "Children's"])
R(T, "war films are so not it", dislike=[G + "War"])
R(T, "anything from the 1920s is a big fat nope", dislike=[D + "1920s"])
R(T, "fantasy? pfft. pass", dislike=[G + "Fantasy"])
R(T, "Van Damme movies are absolute pants", dislike=[P + "Jean-Claude Van Damme"])
R(T, "thrillers are mid honestly, skip em", dislike=[G + "Thriller"])
R(T, "action movies? talk to the hand", dislike=[G + "Action"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a dusty old western is worth its weight in gold to me", like=[G + "Western"])
R(T, "Hitchcock is the GOAT, no debate", like=[P + "Alfred Hitchcock"])
R(T, "animated films light up my whole week", like=[G + "Animation"])
R(T, "sci-fi is where my heart lives", like=[G + "Sci-Fi"])
R(T, "musicals are my happy place", like=[G + "Musical"])
R(T, "noir is poetry in black and white", like=[G + "Film-Noir"])
R(T, "a great war film hits me right in the chest every time, in a good way", like=[G + "War"])
R(T, "the fifties were the golden age, I'll take anything from then", like=[D + "1950s"])
R(T, "Streep could do a shampoo ad and I'd call it the performance of the year", like=[P + "Meryl Streep"])
R(T, "crime capers are my jam", like=[G + "Crime"])
R(T, "documentaries feed my brain like nothing else", like=[G + "Documentary"])
R(T, "a romance is a warm blanket for the soul", like=[G + "Romance"])
R(T, "adventure movies are pure sunshine in a can", like=[G + "Adventure"])
R(T, "Tim Burton is a genius, end of", like=[P + "Tim Burton"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "I love a good mystery but thrillers just stress me out", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "westerns yes, musicals no", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "keep the comedies coming but drop the kiddie stuff", like=[G + "Comedy"], dislike=[G + "Children's"])
R(T, "I'm really into sci-fi these days; horror not so much", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "bring on the war movies, hold the romance", like=[G + "War"], dislike=[G + "Romance"])
R(T, "Nic Cage is a legend, Keanu not so much", like=[P + "Nicolas Cage"], dislike=[P + "Keanu Reeves"])
R(T, "70s yes please, 80s no thanks", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "documentaries I adore, dramas I can live without", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "fantasy's great, the animated stuff less so", like=[G + "Fantasy"], dislike=[G + "Animation"])
R(T, "in the mood for an adventure but not a mindless action one", like=[G + "Adventure"],
  dislike=[G + "Action"])
R(T, "crime flicks are fine by me, noir just bores me", like=[G + "Crime"], dislike=[G + "Film-Noir"])
R(T, "musicals make me grin; horror makes me hide behind the sofa and not in a fun way", like=[G + "Musical"],
  dislike=[G + "Horror"])
R(T, "Julia Roberts yes, Sandra Bullock hmm no", like=[P + "Julia Roberts"], dislike=[P + "Sandra Bullock"])
R(T, "a thriller sounds good, comedies not tonight", like=[G + "Thriller"], dislike=[G + "Comedy"])
R(T, "really into the whole 60s vibe but don't give me anything from the 90s", like=[D + "1960s"],
  dislike=[D + "1990s"])
R(T, "I'll happily watch Gene Kelly dance all night, Fred Astaire leaves me cold", like=[P + "Gene Kelly"],
  dislike=[P + "Fred Astaire"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "westerns? love them, obviously", like=[G + "Western"])
R(T, "do I like horror? not even slightly", dislike=[G + "Horror"])
R(T, "musicals, you ask? absolutely yes", like=[G + "Musical"])
R(T, "what do I think of war films? far too grim for me", dislike=[G + "War"])
R(T, "any chance of a comedy? I could really use a laugh", like=[G + "Comedy"])
R(T, "you want to know my favourite genre? sci-fi, hands down", like=[G + "Sci-Fi"])
R(T, "would I watch a romance? not in a million years", dislike=[G + "Romance"])
R(T, "ever sat through a documentary that wasn't a snooze? me neither, skip them", dislike=[G + "Documentary"])
R(T, "Spielberg? who doesn't love Spielberg", like=[P + "Steven Spielberg"])
R(T, "got any film noir? I'm gagging for some", like=[G + "Film-Noir"])
R(T, "what's the point of fantasy films? elves and swords, no thanks", dislike=[G + "Fantasy"])
R(T, "the 80s? best decade for movies, easily", like=[D + "1980s"])
R(T, "animated stuff? I'm 45, so no", dislike=[G + "Animation"])
R(T, "is there anything better than a good mystery? didn't think so", like=[G + "Mystery"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing made before 1970, please", year=(1970, None))
R(T, "I'm a total sucker for the forties", like=[D + "1940s"])
R(T, "keep it pre-1980, the newer stuff leaves me cold", year=(None, 1979))
R(T, "black and white era only, nothing after 1960", year=(None, 1960))
R(T, "the 90s are my era, no question", like=[D + "1990s"])
R(T, "anything from the thirties feels like homework", dislike=[D + "1930s"])
R(T, "nothing older than 1985 please, grainy film gives me a headache", year=(1985, None))
R(T, "the sixties had the best films, hands down", like=[D + "1960s"])
R(T, "skip the 70s, that brown and orange look does my head in", dislike=[D + "1970s"])
R(T, "only stuff from 1990 onwards", year=(1990, None))
R(T, "I go weak at the knees for fifties Technicolor", like=[D + "1950s"])
R(T, "twenties silent stuff is a hard pass", dislike=[D + "1920s"])
R(T, "something from the eighties please, that's my childhood", like=[D + "1980s"])
R(T, "cut it off at 1975, I don't want anything newer than that", year=(None, 1975))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "anything with Harrison Ford in it, honestly", like=[P + "Harrison Ford"])
R(T, "can't stand all that Jim Carrey face-pulling", dislike=[P + "Jim Carrey"])
R(T, "Woody Allen's films just don't do it for me anymore", dislike=[P + "Woody Allen"])
R(T, "Robin Williams gets me every single time", like=[P + "Robin Williams"])
R(T, "I'd watch Denzel read a grocery list", like=[P + "Denzel Washington"])
R(T, "Steven Seagal, dear god no", dislike=[P + "Steven Seagal"])
R(T, "the Coen brothers are my favourite filmmakers by a mile", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "Pauly Shore makes my skin crawl", dislike=[P + "Pauly Shore"])
R(T, "Audrey Hepburn, always and forever", like=[P + "Audrey Hepburn"])
R(T, "keep Kevin Costner well away from me", dislike=[P + "Kevin Costner"])
R(T, "I'm a massive Jodie Foster fan", like=[P + "Jodie Foster"])
R(T, "David Lynch is way too weird for me, sorry", dislike=[P + "David Lynch"])
R(T, "Sean Connery can do no wrong in my book", like=[P + "Sean Connery"])
R(T, "please, no more Bruce Willis", dislike=[P + "Bruce Willis"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is a masterpiece, more like that please", like_items=["Fargo (1996)"])
R(T, "I'd rather eat glass than sit through Titanic again", dislike_items=["Titanic (1997)"])
R(T, "Pulp Fiction lives rent-free in my head", like_items=["Pulp Fiction (1994)"])
R(T, "The English Patient is three hours of my life I want back", dislike_items=["The English Patient (1996)"])
R(T, "I must have seen Groundhog Day forty times and I'd happily go for forty-one", like_items=["Groundhog Day (1993)"])
R(T, "Batman & Robin was an insult to cinema", dislike_items=["Batman & Robin (1997)"])
R(T, "I could rewatch Casablanca till the end of time", like_items=["Casablanca (1942)"])
R(T, "Waterworld? keep it far, far away", dislike_items=["Waterworld (1995)"])
R(T, "Jurassic Park is peak movie magic", like_items=["Jurassic Park (1993)"])
R(T, "Forrest Gump is overrated schmaltz", dislike_items=["Forrest Gump (1994)"])
R(T, "Alien still scares the life out of me and I love it", like_items=["Alien (1979)"])
R(T, "Independence Day was loud dumb nonsense", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Toy Story is perfect, something in that vein please", like_items=["Toy Story (1995)"])
R(T, "Speed 2 was a crime against boats", dislike_items=["Speed 2: Cruise Control (1997)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so me and my wife had this whole argument last night about what to watch, she wanted a romance and I "
     "wanted literally anything else, and honestly I think she's coming round to my side now, so yeah, no love "
     "stories please", dislike=[G + "Romance"])
R(T, "I grew up on a farm and my grandad used to put on these old John Wayne pictures every Sunday after lunch "
     "and I'd nod off halfway through, but now I'm older I kind of get it? anyway, westerns, if you've got any",
  like=[G + "Western"], ok=["+person:John Wayne"])
R(T, "long day. boss yelled at me, train was late, the dog threw up on the rug... I just need something that'll "
     "make me laugh", like=[G + "Comedy"])
R(T, "my nephew's staying over this weekend, he's eight and obsessed with dinosaurs and volcanoes and whatever, "
     "but his mum said nothing scary, so keep horror out of it, though something made for kids would be perfect",
  like=[G + "Children's"], dislike=[G + "Horror"], ok=["+genre:Animation", "+genre:Adventure"])
R(T, "went through a phase at uni of watching nothing but French stuff, then a phase of only Kurosawa, and now "
     "I think I've come full circle and just want a good old-fashioned whodunnit, a proper one",
  like=[G + "Mystery"], ok=["+genre:Crime"])
R(T, "I used to think documentaries were for nerds but then I watched one about chess players at like 2am and "
     "it absolutely floored me, so I'm a convert now, show me more", like=[G + "Documentary"])
R(T, "so my flatmate put on a musical last weekend, won't say which, and two hours in everyone was still "
     "singing about their feelings and I realised I'd rather be doing my taxes. so please, spare me",
  dislike=[G + "Musical"])
R(T, "we're doing a movie marathon for my dad's 70th and he was a teenager in the 60s, so anything from that "
     "decade would go down a treat", like=[D + "1960s"])
R(T, "I tried SO hard to get into sci-fi because my boyfriend loves it, I really did, watched all the space "
     "ones with him, and I'm sorry but it's just not happening for me", dislike=[G + "Sci-Fi"])
R(T, "it's chucking it down, I've got tea, the cat's asleep on my lap, and I want to lose myself in some big "
     "sweeping fantasy world with swords and prophecies and all that", like=[G + "Fantasy"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I really like thrillers", like=[G + "Thriller"])
R(T, "no horror for me", dislike=[G + "Horror"])
R(T, "I don't like westerns at all", dislike=[G + "Western"])
R(T, "show me some good action films", like=[G + "Action"])
R(T, "I enjoy watching documentaries", like=[G + "Documentary"])
R(T, "I'm not a fan of musicals", dislike=[G + "Musical"])
R(T, "I love a romantic film", like=[G + "Romance"])
R(T, "please no animated movies", dislike=[G + "Animation"])
R(T, "I'm looking for a war movie tonight", like=[G + "War"])
R(T, "I hate crime movies", dislike=[G + "Crime"])
R(T, "comedies, please", like=[G + "Comedy"])
R(T, "I don't want anything from the 1950s", dislike=[D + "1950s"])
R(T, "can you recommend some fantasy", like=[G + "Fantasy"])
R(T, "I don't watch dramas", dislike=[G + "Drama"])
R(T, "I like Tom Hanks a lot", like=[P + "Tom Hanks"])
R(T, "no adventure films please", dislike=[G + "Adventure"])
R(T, "I'd like to watch a mystery", like=[G + "Mystery"])
R(T, "don't show me any sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I like film noir", like=[G + "Film-Noir"])
R(T, "I dislike children's films", dislike=[G + "Children's"])
R(T, "I want a movie from the 80s", like=[D + "1980s"])
R(T, "no Arnold Schwarzenegger, please", dislike=[P + "Arnold Schwarzenegger"])
R(T, "I like comedies and I don't like horror", like=[G + "Comedy"], dislike=[G + "Horror"])


if __name__ == "__main__":
    main()
