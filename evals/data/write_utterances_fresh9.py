"""Writes evals/data/utterances_fresh9.jsonl: a ninth fresh held-out batch of `idiom` utterances (see README.md
here, "Ninth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:57-12:05 UTC) by F9, before and apart from the reader's eighth round of change
(round 8): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py,
tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences
(evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-8 author's work, ran no reader, agent, test or benchmark on these
sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier
fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P
constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 and last 5 lines, and the
catalogue vocabulary and film labels were read). The reader's author is not to read this file or its output. Every
gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth to eighth
batches; kept here, not in the jsonl). Records are written with write_utterances.R and resolved by
write_utterances.build / main (the same label and vocabulary checks), and fresh_batch.check() also fails on any
also_ok value, person, genre, decade, rating or year bound the catalogue lacks, and on a sentence already in another
utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh9
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh9.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "fresh9-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are my guilty little addiction, feed it", like=[G + "Western"])
R(T, "noir is a disease and I never want the cure", like=[G + "Film-Noir"])
R(T, "horror movies absolutely wreck me in the best way, more pls", like=[G + "Horror"])
R(T, "musicals are my kryptonite, I cave every single time", like=[G + "Musical"])
R(T, "that Kubrick guy is a menace, I've watched The Shining like nine times", like=[P + "Stanley Kubrick"],
  ok=["+item:The Shining (1980)"])
R(T, "war films destroy me emotionally and I keep crawling back for more", like=[G + "War"])
R(T, "ok I'm hopelessly hooked on 80s action trash", like=[G + "Action", D + "1980s"])
R(T, "Documentaries are a dangerous habit of mine, gimme another", like=[G + "Documentary"])
R(T, "Jim Carrey is a walking disaster and I adore the man", like=[P + "Jim Carrey"])
R(T, "creepy slow mysteries that mess with my head = the dream", like=[G + "Mystery"])
R(T, "kids' films turn me into a sobbing wreck and I love every minute", like=[G + "Children's"])
R(T, "sci-fi rots my brain and honestly I'm fine with that, more please", like=[G + "Sci-Fi"])
R(T, "thrillers give me a sick headache, the bad kind, so no", dislike=[G + "Thriller"])
R(T, "the fantasy stuff is a plague on my queue, make it stop", dislike=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of action movies for one lifetime", dislike=[G + "Action"])
R(T, "honestly I'm all westerned out", dislike=[G + "Western"])
R(T, "romcoms and I need a break from each other", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "Sick to death of 90s stuff, it's all I've watched this year", dislike=[D + "1990s"])
R(T, "I've OD'd on Tom Hanks lately, give the man a rest", dislike=[P + "Tom Hanks"])
R(T, "one more heist flick and I'll scream. done with crime for now", dislike=[G + "Crime"])
R(T, "war movies have worn me right out", dislike=[G + "War"])
R(T, "I've seen enough animated talking animals to last me till I'm 90", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "Horror's lost its charm for me, burnt out on jump scares", dislike=[G + "Horror"])
R(T, "frankly I'm fed up to the back teeth with costume dramas", dislike=[G + "Drama"])
R(T, "My musical quota is full for the year, thank you", dislike=[G + "Musical"])
R(T, "Think I'm done with Schwarzenegger, seen every one twice over", dislike=[P + "Arnold Schwarzenegger"])
R(T, "sci-fi's been overdone on my end. tapped out", dislike=[G + "Sci-Fi"])
R(T, "I'm so over thrillers, could really use a good documentary instead", like=[G + "Documentary"],
  dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "a western wouldn't be the worst thing in the world", like=[G + "Western"])
R(T, "Comedies aren't exactly unwelcome around here", like=[G + "Comedy"])
R(T, "I have been known to enjoy a musical or two", like=[G + "Musical"])
R(T, "fantasy's not entirely my cup of tea, if I'm honest", dislike=[G + "Fantasy"])
R(T, "Bit of a soft spot for old noir, not gonna lie", like=[G + "Film-Noir"])
R(T, "Sandra Bullock is not exactly my favourite person on screen", dislike=[P + "Sandra Bullock"])
R(T, "I could be persuaded to watch something from the 70s", like=[D + "1970s"])
R(T, "horror isn't the most relaxing thing for me, let's put it that way", dislike=[G + "Horror"])
R(T, "war films are not without their merits, I suppose. go on then", like=[G + "War"])
R(T, "I'm not the world's biggest fan of documentaries", dislike=[G + "Documentary"])
R(T, "a good whodunit generally goes down a treat with me", like=[G + "Mystery"])
R(T, "an adventure film wouldn't go amiss", like=[G + "Adventure"])
R(T, "Van Damme isn't quite what I had in mind, to be honest", dislike=[P + "Jean-Claude Van Damme"])

# ------------------------------------------------------------------------------------------------ double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a good romance", like=[G + "Romance"])
R(T, "I never don't watch a Spielberg when one's on", like=[P + "Steven Spielberg"])
R(T, "No no, I'm not against sci-fi at all", like=[G + "Sci-Fi"])
R(T, "I can't say I don't love a heist movie", like=[G + "Crime"])
R(T, "there's no way I'm not watching a Coen brothers film tonight", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "I don't dislike westerns, I just don't want one today", dislike=[G + "Western"])
R(T, "it isn't that I don't like cartoons, I just don't want any right now", dislike=[G + "Animation"])
R(T, "Not that I'd ever turn down a Bogart picture", like=[P + "Humphrey Bogart"])
R(T, "I wouldn't never watch a musical, but not tonight", dislike=[G + "Musical"])
R(T, "can't not love the 50s, honestly", like=[D + "1950s"])
R(T, "Nobody could ever accuse me of not liking thrillers", like=[G + "Thriller"])
R(T, "I don't hate comedies, I'm just not in the mood for one", dislike=[G + "Comedy"])
R(T, "it's not untrue that I'm a sucker for war films", like=[G + "War"])
R(T, "I'm hardly going to say no to an adventure movie, am I?", like=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "any genre you fancy except horror, please", dislike=[G + "Horror"])
R(T, "nothing but westerns this weekend", like=[G + "Western"])
R(T, "I'll watch literally everything except musicals", dislike=[G + "Musical"])
R(T, "it's crime or nothing for me tonight", like=[G + "Crime"])
R(T, "Give me any decade but the 80s", dislike=[D + "1980s"])
R(T, "Only animated stuff, the kids are watching", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "just documentaries, nothing else", like=[G + "Documentary"])
R(T, "whatever you like as long as it isn't a romance", dislike=[G + "Romance"])
R(T, "comedy and comedy alone, I need to laugh", like=[G + "Comedy"])
R(T, "any actor on earth apart from Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "sci-fi or bust", like=[G + "Sci-Fi"])
R(T, "All genres welcome, bar war films", dislike=[G + "War"])
R(T, "nowt but 40s films, cheers", like=[D + "1940s"])
R(T, "Everything's fine save for the kids' movies", dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "westerns beat space operas any day", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd pick a mystery over a thriller every time", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "noir wipes the floor with modern action", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "Give me a documentary over a drama, always", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "old Hitchcock > anything Tarantino ever made", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Quentin Tarantino"])
R(T, "comedies trump romances for me", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "A musical is ten times better than some gory horror thing", like=[G + "Musical"], dislike=[G + "Horror"])
R(T, "70s films knock 90s ones into a cocked hat", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "Adventure movies are way ahead of war films in my book", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "I rate Harrison Ford miles above Tom Cruise", like=[P + "Harrison Ford"], dislike=[P + "Tom Cruise"])
R(T, "fantasy kicks sci-fi's butt", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "crime stories over cartoons, no contest", like=[G + "Crime"], dislike=[G + "Animation"])
R(T, "Jaws > Jurassic Park, fight me", like_items=["Jaws (1975)"], dislike_items=["Jurassic Park (1993)"])
R(T, "Dramas are a lot more my speed than action", like=[G + "Drama"], dislike=[G + "Action"])

# ------------------------------------------------------------------------------------------------ polite
T = "polite"
R(T, "thanks so much, but I think I'll pass on the horror", dislike=[G + "Horror"])
R(T, "That's very kind but westerns aren't really for me", dislike=[G + "Western"])
R(T, "lovely suggestions! though I'd rather steer clear of musicals", dislike=[G + "Musical"])
R(T, "I appreciate it, but maybe no Jim Carrey this time?", dislike=[P + "Jim Carrey"])
R(T, "sorry to be a pain, could we leave out the war films", dislike=[G + "War"])
R(T, "Perhaps something other than a documentary, if that's alright", dislike=[G + "Documentary"])
R(T, "I'm grateful for the effort, but sci-fi just doesn't do it for me", dislike=[G + "Sci-Fi"])
R(T, "with respect, I'd prefer to skip anything from the 60s", dislike=[D + "1960s"])
R(T, "Oh that's sweet, but cartoons aren't quite my thing anymore", dislike=[G + "Animation"])
R(T, "thank you! I'd just as soon avoid fantasy if possible", dislike=[G + "Fantasy"])
R(T, "if it's all the same to you, no Adam Sandler please", dislike=[P + "Adam Sandler"])
R(T, "Kind of you, but I'll give the thrillers a miss", dislike=[G + "Thriller"])
R(T, "I'd love a comedy, thank you, just nothing too romantic", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "Would you mind terribly if we avoided anything before 1960?", year=(1960, None))

# ------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "romcoms? hard no from me", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "nah mate, musicals are naff", dislike=[G + "Musical"])
R(T, "westerns are mid tbh, skip", dislike=[G + "Western"])
R(T, "documentaries = snooze fest", dislike=[G + "Documentary"])
R(T, "Sci-fi can do one", dislike=[G + "Sci-Fi"])
R(T, "Stallone? lmao no", dislike=[P + "Sylvester Stallone"])
R(T, "kids movies are a no from me dawg", dislike=[G + "Children's"])
R(T, "horror is so cringe, next", dislike=[G + "Horror"])
R(T, "Not bothered about war films tbh, give em a swerve", dislike=[G + "War"])
R(T, "fantasy stuff is pants", dislike=[G + "Fantasy"])
R(T, "ugh 80s movies, pass, they're so cheesy", dislike=[D + "1980s"])
R(T, "Meg Ryan films make me wanna yeet my phone", dislike=[P + "Meg Ryan"])
R(T, "crime flicks? meh. whatever. no", dislike=[G + "Crime"])
R(T, "mysteries are overrated ngl, skip em", dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ praise
T = "praise"
R(T, "noir is pure gold to me", like=[G + "Film-Noir"])
R(T, "Westerns are my comfort food", like=[G + "Western"])
R(T, "a good war film is worth its weight in gold", like=[G + "War"])
R(T, "Scorsese is a genius, I'll watch anything with his name on it", like=[P + "Martin Scorsese"])
R(T, "animation is pure magic, show me some", like=[G + "Animation"])
R(T, "Musicals light up my whole week", like=[G + "Musical"])
R(T, "Mysteries are catnip for me", like=[G + "Mystery"])
R(T, "the 1950s were cinema's golden age and I live there", like=[D + "1950s"])
R(T, "Robin Williams was a national treasure, more of him", like=[P + "Robin Williams"])
R(T, "adventure films are the wind in my sails", like=[G + "Adventure"])
R(T, "a tense thriller is basically my oxygen", like=[G + "Thriller"])
R(T, "A fine documentary is a feast for the mind", like=[G + "Documentary"])
R(T, "Casablanca is perfection in black and white", like_items=["Casablanca (1942)"])
R(T, "horror is my happy place, weirdly", like=[G + "Horror"])

# ------------------------------------------------------------------------------------------------ mixed
T = "mixed"
R(T, "love a good comedy but I can't stand kiddie stuff", like=[G + "Comedy"], dislike=[G + "Children's"])
R(T, "Action yes, horror absolutely not", like=[G + "Action"], dislike=[G + "Horror"])
R(T, "I'm into the 60s, just not the 30s", like=[D + "1960s"], dislike=[D + "1930s"])
R(T, "Bring on the dramas, leave the westerns at home", like=[G + "Drama"], dislike=[G + "Western"])
R(T, "Mel Gibson is fine but no Kevin Costner please", like=[P + "Mel Gibson"], dislike=[P + "Kevin Costner"])
R(T, "sci-fi sounds great, but skip anything animated", like=[G + "Sci-Fi"], dislike=[G + "Animation"])
R(T, "fantasy for sure. war stuff, no thanks", like=[G + "Fantasy"], dislike=[G + "War"])
R(T, "thrillers are fine by me, documentaries are not", like=[G + "Thriller"], dislike=[G + "Documentary"])
R(T, "I'll take a romance, hold the musical numbers", like=[G + "Romance"], dislike=[G + "Musical"])
R(T, "crime movies, great; anything from the 90s, not so great", like=[G + "Crime"], dislike=[D + "1990s"])
R(T, "Mystery please, and keep Bruce Willis out of it", like=[G + "Mystery"], dislike=[P + "Bruce Willis"])
R(T, "I love Meryl Streep, can't bear Julia Roberts", like=[P + "Meryl Streep"], dislike=[P + "Julia Roberts"])
R(T, "Adventure is welcome, children's films are not", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "Happy with a musical, but the horror can stay on the shelf", like=[G + "Musical"], dislike=[G + "Horror"])
R(T, "Give me Spielberg any day, but Oliver Stone can stay home", like=[P + "Steven Spielberg"],
  dislike=[P + "Oliver Stone"])
R(T, "the 1980s, yes; the 1920s, nope", like=[D + "1980s"], dislike=[D + "1920s"])

# ------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Westerns? Love them.", like=[G + "Western"])
R(T, "do I like horror? not even slightly", dislike=[G + "Horror"])
R(T, "Am I a Woody Allen person? God no.", dislike=[P + "Woody Allen"])
R(T, "Musicals? Yes please, always", like=[G + "Musical"])
R(T, "you asking if I want a war film? nope", dislike=[G + "War"])
R(T, "what about sci-fi? sure, why not, go for it", like=[G + "Sci-Fi"])
R(T, "Would I watch a Tarantino? In a heartbeat", like=[P + "Quentin Tarantino"])
R(T, "Romance? eh, not today", dislike=[G + "Romance"])
R(T, "documentary? absolutely, count me in", like=[G + "Documentary"])
R(T, "Is crime my thing? Not really, no", dislike=[G + "Crime"])
R(T, "Fancy some 40s stuff? Too right I do", like=[D + "1940s"])
R(T, "cartoons? nah, I'm good", dislike=[G + "Animation"])
R(T, "Who doesn't love a good mystery? me, that's who", dislike=[G + "Mystery"])
R(T, "Why would anyone skip film noir? I certainly won't", like=[G + "Film-Noir"])

# ------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "Please nothing earlier than 1975", year=(1975, None))
R(T, "I'm a 70s kid at heart, give me that decade", like=[D + "1970s"])
R(T, "keep it pre-1960 if you can manage that, ta", year=(None, 1959))
R(T, "the 80s were peak cinema", like=[D + "1980s"])
R(T, "the thirties feel too creaky for me", dislike=[D + "1930s"])
R(T, "Nothing older than 1990, please", year=(1990, None))
R(T, "the 1960s are my sweet spot", like=[D + "1960s"])
R(T, "I'm done with anything from the 90s", dislike=[D + "1990s"])
R(T, "Old Hollywood, 40s and 50s, that's where I live", like=[D + "1940s", D + "1950s"])
R(T, "Films from the twenties? Not for me, too silent", dislike=[D + "1920s"])
R(T, "anything after 1985 is fair game, earlier stuff isn't", year=(1985, None))
R(T, "Let's stick to before 1980", year=(None, 1979))
R(T, "no 50s movies, my gran watches them all day", dislike=[D + "1950s"])
R(T, "I'd love something from the 1930s", like=[D + "1930s"])

# ------------------------------------------------------------------------------------------------ people
T = "people"
R(T, "Clint Eastwood can do no wrong", like=[P + "Clint Eastwood"])
R(T, "Keep Nicolas Cage far away from me", dislike=[P + "Nicolas Cage"])
R(T, "big Kurosawa nerd here", like=[P + "Akira Kurosawa"])
R(T, "Pauly Shore is a hard no", dislike=[P + "Pauly Shore"])
R(T, "I'd follow Denzel Washington into any film", like=[P + "Denzel Washington"])
R(T, "Steven Seagal bores me rigid", dislike=[P + "Steven Seagal"])
R(T, "Audrey Hepburn lights up the screen, more of her", like=[P + "Audrey Hepburn"])
R(T, "Tim Burton's stuff is too weird for me", dislike=[P + "Tim Burton"])
R(T, "Jodie Foster is brilliant in everything", like=[P + "Jodie Foster"])
R(T, "I'm allergic to Whoopi Goldberg", dislike=[P + "Whoopi Goldberg"])
R(T, "Gene Kelly! That man could dance. More please", like=[P + "Gene Kelly"])
R(T, "David Lynch films give me a headache and not in a fun way", dislike=[P + "David Lynch"])
R(T, "Morgan Freeman could narrate my life, I'd watch anything he's in", like=[P + "Morgan Freeman"])
R(T, "Can we avoid John Travolta?", dislike=[P + "John Travolta"])

# ------------------------------------------------------------------------------------------------ titles
T = "titles"
R(T, "Something in the vein of Groundhog Day would be perfect", like_items=["Groundhog Day (1993)"])
R(T, "Three hours of Titanic was a punishment, spare me that sort of thing", dislike_items=["Titanic (1997)"])
R(T, "Fargo is a masterpiece", like_items=["Fargo (1996)"])
R(T, "Batman & Robin was an insult, don't you dare", dislike_items=["Batman & Robin (1997)"])
R(T, "The Princess Bride lives on permanent repeat in my house", like_items=["The Princess Bride (1987)"])
R(T, "spice world? absolutely not lol", dislike_items=["Spice World (1997)"])
R(T, "The Big Lebowski is my spirit animal", like_items=["The Big Lebowski (1998)"])
R(T, "Showgirls was dreadful", dislike_items=["Showgirls (1995)"])
R(T, "Heat with De Niro and Pacino, that's the level I want", like_items=["Heat (1995)"],
  ok=["+person:Robert De Niro", "+person:Al Pacino"])
R(T, "Waterworld made me seasick, and not from the water", dislike_items=["Waterworld (1995)"])
R(T, "Brazil blew my mind, more in that spirit", like_items=["Brazil (1985)"])
R(T, "My husband loves Top Gun but I really can't stand it", dislike_items=["Top Gun (1986)"])
R(T, "Singin' in the Rain makes me happy every time", like_items=["Singin' in the Rain (1952)"])
R(T, "Honestly Forrest Gump is overrated sap, avoid", dislike_items=["Forrest Gump (1994)"])

# ------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my sister came over last night and we ended up arguing about what to watch for like an hour, she wanted "
  "some slasher thing and I was like absolutely not, I don't do horror, so anyway now it's just me and I want "
  "something cosy", dislike=[G + "Horror"])
R(T, "ok long story but I grew up on my dad's VHS collection, mostly John Wayne westerns, and now whenever I'm "
  "homesick that's exactly what I reach for", like=[G + "Western", P + "John Wayne"])
R(T, "I had the worst week at work, my boss is a nightmare, the printer broke twice, and all I want is to switch "
  "my brain off with a silly comedy and a takeaway", like=[G + "Comedy"])
R(T, "My flatmate keeps putting on these endless space films with lasers and I nod along but honestly by the "
  "second one I'm checking my phone, it's just not me", dislike=[G + "Sci-Fi"])
R(T, "back in uni we had a film club that only showed noir, and I used to moan about it, but these days I "
  "actually miss those grim little detective stories so much", like=[G + "Film-Noir"],
  ok=["+genre:Mystery", "+genre:Crime"])
R(T, "we took the kids to see a cartoon at the weekend and I nearly fell asleep twice, so tonight, now they're "
  "in bed, please nothing animated", dislike=[G + "Animation"])
R(T, "I've been reading a lot of history lately, ww2 stuff mostly, and I think it's got me in the mood for a "
  "proper war film with a bit of weight to it", like=[G + "War"])
R(T, "my boyfriend is obsessed with Adam Sandler and I've sat through so many of them for his sake, but tonight "
  "he's away and I want anything else", dislike=[P + "Adam Sandler"])
R(T, "there was this one rainy Sunday when I was about eleven and my nan put on The Wizard of Oz and I've been "
  "chasing that feeling ever since, any musicals in that spirit", like=[G + "Musical"],
  like_items=["The Wizard of Oz (1939)"])
R(T, "tried watching a documentary about penguins yesterday to be more cultured or whatever and lasted about "
  "nine minutes, so let's be honest with ourselves here and skip those", dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "I like thrillers a lot", like=[G + "Thriller"])
R(T, "no horror for me please", dislike=[G + "Horror"])
R(T, "I want to watch a comedy tonight", like=[G + "Comedy"])
R(T, "I don't really like westerns", dislike=[G + "Western"])
R(T, "something with Tom Hanks in it", like=[P + "Tom Hanks"])
R(T, "not in the mood for a drama", dislike=[G + "Drama"])
R(T, "recommend me a good fantasy film", like=[G + "Fantasy"])
R(T, "I hate musicals, sorry", dislike=[G + "Musical"])
R(T, "I'm looking for a mystery to watch", like=[G + "Mystery"])
R(T, "please don't suggest any war movies", dislike=[G + "War"])
R(T, "I enjoy documentaries quite a bit", like=[G + "Documentary"])
R(T, "No romance, thanks", dislike=[G + "Romance"])
R(T, "a crime film would be good", like=[G + "Crime"])
R(T, "I don't want anything animated tonight", dislike=[G + "Animation"])
R(T, "I'd like a film from the 1990s", like=[D + "1990s"])
R(T, "i dont like sci fi much", dislike=[G + "Sci-Fi"])
R(T, "Something for young children please", like=[G + "Children's"])
R(T, "I really don't like Arnold Schwarzenegger films", dislike=[P + "Arnold Schwarzenegger"])
R(T, "an adventure movie please", like=[G + "Adventure"])
R(T, "not a fan of action films", dislike=[G + "Action"])
R(T, "I love film noir", like=[G + "Film-Noir"])
R(T, "No films from the 1940s", dislike=[D + "1940s"])
R(T, "I like comedies, but I don't like horror", like=[G + "Comedy"], dislike=[G + "Horror"])


if __name__ == "__main__":
    main()
