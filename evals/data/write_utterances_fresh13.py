"""Writes evals/data/utterances_fresh13.jsonl: a thirteenth fresh held-out batch of `idiom` utterances (see README.md
here, "Thirteenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (from 14:07 UTC) by F13, before and apart from the reader's round 10 (the next
change to the stance reader): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-10 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines and last 5
lines, and the catalogue vocabulary were read). A batch written at the same time by another writer (F14) was not
read. Fourteen sentences were reworded because the writer's own check (FreshBatch's, and a one-off run of the same
comparison that printed only this batch's sentences) named them as already in an earlier file; one more was reworded
for clarity. The reader's author is not to read this file or its output. Every gold label is what a careful reader takes
the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh13
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh13.jsonl"
OTHER_FILES = earlier_files(12, 15)  # utterances.jsonl, fresh #1-#12, training batches w1-w15
BATCH = "fresh13-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war movies are a genuine sickness with me, I've seen every one twice", like=[G + "War"])
R(T, "my partner calls my film noir habit an addiction and honestly she's not wrong, feed it", like=[G + "Film-Noir"])
R(T, "that Hitchcock guy is a menace, he ruined showers AND birds for me. more please", like=[P + "Alfred Hitchcock"])
R(T, "sci-fi is my weakness, always has been, I'm helpless against a spaceship", like=[G + "Sci-Fi"])
R(T, "documentaries are my guilty vice, I'll binge three on a Sunday", like=[G + "Documentary"])
R(T, "mysteries are dangerous for me, once I start one I can't sleep until I know who did it. give me one",
  like=[G + "Mystery"])
R(T, "I'm obsessed to an unhealthy degree with 80s action movies", like=[G + "Action", D + "1980s"])
R(T, "Jim Carrey is a total lunatic and I adore him for it", like=[P + "Jim Carrey"])
R(T, "musicals are my kryptonite, one chorus line and I'm a puddle", like=[G + "Musical"])
R(T, "westerns are a disease in my family, dad passed it down to me and I'm not fighting it", like=[G + "Western"])
R(T, "horror wrecks my nerves and I keep coming back, I'm a glutton for punishment", like=[G + "Horror"])
R(T, "Tarantino's stuff is pure poison for a sensible person, which is why I need another hit",
  like=[P + "Quentin Tarantino"])
R(T, "the crazier the fantasy world the better, I'm a lost cause", like=[G + "Fantasy"])
R(T, "I have a terrible problem with cartoons for a grown man, don't judge, send me animated stuff",
  like=[G + "Animation"])

# ------------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of superhero-ish action for one lifetime", dislike=[G + "Action"])
R(T, "romcoms? I'm all romcom'd out after this month", dislike=[G + "Romance", G + "Comedy"])
R(T, "I'm so over war films, my grandpa made me watch them every weekend", dislike=[G + "War"])
R(T, "think I've OD'd on musicals, give it a rest", dislike=[G + "Musical"])
R(T, "sick to death of kids' movies, my nephews have been staying with us all summer", dislike=[G + "Children's"])
R(T, "horror has worn thin for me lately, every one feels like the last one", dislike=[G + "Horror"])
R(T, "I've seen enough Tom Hanks to last me till retirement", dislike=[P + "Tom Hanks"])
R(T, "burnt out on 90s stuff tbh, it's all I've watched since March", dislike=[D + "1990s"])
R(T, "my tank is empty when it comes to heavy dramas", dislike=[G + "Drama"])
R(T, "I'm fed up to the back teeth with crime films", dislike=[G + "Crime"])
R(T, "one more mystery and I'll solve it before the opening credits, I'm done with them", dislike=[G + "Mystery"])
R(T, "westerns have run their course for me, no more dusty towns", dislike=[G + "Western"])
R(T, "enough thrillers for a while, my blood pressure needs a vacation", dislike=[G + "Thriller"])
R(T, "I've hit my quota of sci-fi for the year", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "wouldn't say no to a cowboy picture with a bit of grit", like=[G + "Western"])
R(T, "a Coen brothers film wouldn't be the worst thing tonight", like=[P + "Joel Coen"], ok=["+person:Ethan Coen"])
R(T, "comedies are not entirely without their charms", like=[G + "Comedy"])
R(T, "I've been known to enjoy the odd documentary", like=[G + "Documentary"])
R(T, "adventure films sit pretty well with me, I suppose", like=[G + "Adventure"])
R(T, "Kubrick's alright. bit of a genius, some say", like=[P + "Stanley Kubrick"])
R(T, "I could be persuaded towards something from the 70s", like=[D + "1970s"])
R(T, "film noir doesn't exactly offend me, let's put it that way", like=[G + "Film-Noir"])
R(T, "horror is not quite my cup of tea", dislike=[G + "Horror"])
R(T, "musicals aren't really my favourite thing, if I'm honest", dislike=[G + "Musical"])
R(T, "I'm not the biggest fan of animation, shall we say", dislike=[G + "Animation"])
R(T, "war films leave me a touch cold", dislike=[G + "War"])
R(T, "fantasy is a bit of a hard sell for me", dislike=[G + "Fantasy"])
R(T, "I'd be lying if I said mysteries weren't fun", like=[G + "Mystery"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not as if thrillers don't do anything for me, they do", like=[G + "Thriller"])
R(T, "there's never been a Spielberg film I didn't like", like=[P + "Steven Spielberg"])
R(T, "I can't say I dislike romance", like=[G + "Romance"])
R(T, "never not in the mood for a crime flick", like=[G + "Crime"])
R(T, "I don't not like sci-fi, it's fine", like=[G + "Sci-Fi"])
R(T, "no way I'd ever turn down an Eddie Murphy comedy", like=[P + "Eddie Murphy"], ok=["+genre:Comedy"])
R(T, "it isn't that I don't want a drama, I just don't want one tonight", dislike=[G + "Drama"])
R(T, "can't say I have nothing against westerns, because I do: they bore me stiff", dislike=[G + "Western"])
R(T, "I wouldn't not watch a musical, put it that way", like=[G + "Musical"])
R(T, "nobody could ever make me not love an old war picture", like=[G + "War"])
R(T, "I don't dislike kids' films but I don't want one either, none of that please", dislike=[G + "Children's"])
R(T, "can't not recommend Fargo to everyone I meet", like_items=["Fargo (1996)"])
R(T, "it's not impossible that I'd enjoy a documentary for once, go on", like=[G + "Documentary"])
R(T, "there's no adventure movie I haven't loved so far", like=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "anything but horror tonight, I beg you", dislike=[G + "Horror"])
R(T, "nothing but westerns for me this week", like=[G + "Western"])
R(T, "whatever you like except musicals", dislike=[G + "Musical"])
R(T, "it's comedy or bust", like=[G + "Comedy"])
R(T, "all genres welcome, sci-fi excepted", dislike=[G + "Sci-Fi"])
R(T, "only thrillers please, I'm in that headspace", like=[G + "Thriller"])
R(T, "literally anything that isn't a romance", dislike=[G + "Romance"])
R(T, "give me film noir or give me nothing", like=[G + "Film-Noir"])
R(T, "happy with whatever as long as it's not a war movie", dislike=[G + "War"])
R(T, "just animation, nothing else will do for this crowd", like=[G + "Animation"])
R(T, "everything's on the table apart from documentaries", dislike=[G + "Documentary"])
R(T, "any decade at all bar the 50s", dislike=[D + "1950s"])
R(T, "mysteries and mysteries alone", like=[G + "Mystery"])
R(T, "I'll watch any actor you name save for Steven Seagal", dislike=[P + "Steven Seagal"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns knock spots off space operas any day", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a quiet mystery over a loud action movie every time", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "comedy wins over drama, hands down", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Bogart wipes the floor with any of today's leading men, give me Bogart", like=[P + "Humphrey Bogart"])
R(T, "documentaries beat made-up stories by a mile for me", like=[G + "Documentary"])
R(T, "De Niro runs rings round Pacino, sorry not sorry", like=[P + "Robert De Niro"], dislike=[P + "Al Pacino"])
R(T, "the 70s leave the 80s for dead, cinema-wise", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "a cartoon beats a musical any night of the week", like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "horror is miles better than romance, no contest", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "war films > musicals, always", like=[G + "War"], dislike=[G + "Musical"])
R(T, "Jackie Chan makes Van Damme look like a cardboard cutout", like=[P + "Jackie Chan"],
  dislike=[P + "Jean-Claude Van Damme"])
R(T, "fantasy trumps sci-fi for me, dragons over robots", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "Alien is leagues above that Independence Day nonsense", like_items=["Alien (1979)"],
  dislike_items=["Independence Day (ID4) (1996)"])
R(T, "crime dramas leave adventure films in the dust", like=[G + "Crime"], dislike=[G + "Adventure"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks so much, but I think I'll give the horror a miss", dislike=[G + "Horror"])
R(T, "that's very kind, although war films aren't really for me", dislike=[G + "War"])
R(T, "lovely suggestions! maybe nothing with Woody Allen though, if that's alright", dislike=[P + "Woody Allen"])
R(T, "I appreciate it, but I'd rather steer clear of musicals if possible", dislike=[G + "Musical"])
R(T, "you're a star, but could we leave out the westerns?", dislike=[G + "Western"])
R(T, "if it's all the same to you I'll pass on the documentaries", dislike=[G + "Documentary"])
R(T, "I'm sure they're wonderful films, but the 1930s stuff isn't quite for me", dislike=[D + "1930s"])
R(T, "sorry to be a pain, but fantasy doesn't really work for me", dislike=[G + "Fantasy"])
R(T, "thank you kindly, though I'd prefer to skip anything with Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "would you mind terribly if we avoided sci-fi?", dislike=[G + "Sci-Fi"])
R(T, "bless you for trying, but cartoons are a no from me", dislike=[G + "Animation"])
R(T, "great list, only I'm not much of a thriller person, forgive me", dislike=[G + "Thriller"])
R(T, "I'll politely decline the romance, cheers though", dislike=[G + "Romance"])
R(T, "if possible nothing too crime-heavy, thank you ever so much", dislike=[G + "Crime"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "musicals? nah fam", dislike=[G + "Musical"])
R(T, "romance is a hard no, next", dislike=[G + "Romance"])
R(T, "westerns can do one, mate, seriously", dislike=[G + "Western"])
R(T, "documentaries are snooze city, pass", dislike=[G + "Documentary"])
R(T, "Pauly Shore? lmao absolutely not", dislike=[P + "Pauly Shore"])
R(T, "horror gets a big fat nope from this household", dislike=[G + "Horror"])
R(T, "kids films, yeah no", dislike=[G + "Children's"])
R(T, "not arsed about sci-fi, bin it", dislike=[G + "Sci-Fi"])
R(T, "film noir is pants, skip", dislike=[G + "Film-Noir"])
R(T, "war movies? miss me with that", dislike=[G + "War"])
R(T, "animated stuff is for babies, hard pass", dislike=[G + "Animation"])
R(T, "ew, 40s movies, no thx", dislike=[D + "1940s"])
R(T, "Kevin Costner can jog on", dislike=[P + "Kevin Costner"])
R(T, "fantasy is cringe, I'm out", dislike=[G + "Fantasy"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Scorsese's films are pure gold", like=[P + "Martin Scorsese"])
R(T, "westerns hit me right in the heart", like=[G + "Western"])
R(T, "a good mystery is catnip to me", like=[G + "Mystery"])
R(T, "Meg Ryan lights up every single scene she's in", like=[P + "Meg Ryan"])
R(T, "adventure films are the beating heart of cinema for me", like=[G + "Adventure"])
R(T, "Casablanca is a diamond, they don't make them like that anymore", like_items=["Casablanca (1942)"])
R(T, "documentaries are a window on the world and I live for them", like=[G + "Documentary"])
R(T, "the 50s were a golden age, show me that", like=[D + "1950s"])
R(T, "comedies are my sunshine on a grey day", like=[G + "Comedy"])
R(T, "hand-drawn animation is where the real magic happens for me", like=[G + "Animation"])
R(T, "Harrison Ford is the coolest man who ever lived", like=[P + "Harrison Ford"])
R(T, "thrillers keep me on a knife edge and I love that", like=[G + "Thriller"])
R(T, "romance films make my heart sing", like=[G + "Romance"])
R(T, "crime films are a masterclass in tension every time", like=[G + "Crime"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good heist movie but keep the romance out of it", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "sci-fi yes, horror no", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "I'm up for a comedy, just not one of those Jim Carrey gurning fests", like=[G + "Comedy"],
  dislike=[P + "Jim Carrey"])
R(T, "dramas are fine by me, war ones excluded", like=[G + "Drama"], dislike=[G + "War"])
R(T, "happy to do 60s stuff, the 30s is too creaky though", like=[D + "1960s"], dislike=[D + "1930s"])
R(T, "fantasy is great, cartoons not so much", like=[G + "Fantasy"], dislike=[G + "Animation"])
R(T, "bring on the thrillers, but nothing with Nicolas Cage please", like=[G + "Thriller"],
  dislike=[P + "Nicolas Cage"])
R(T, "westerns I can live without, a war film I'd happily watch", like=[G + "War"], dislike=[G + "Western"])
R(T, "musicals are a treat; documentaries put me to sleep", like=[G + "Musical"], dislike=[G + "Documentary"])
R(T, "mystery, absolutely. action, meh, skip it", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "I'd love a Spielberg tonight but not Jurassic Park, seen it to death", like=[P + "Steven Spielberg"],
  dislike_items=["Jurassic Park (1993)"])
R(T, "kids films are okay for the little one, anything scary is off the table", like=[G + "Children's"],
  dislike=[G + "Horror"])
R(T, "noir is my jam whereas adventure stuff bores me", like=[G + "Film-Noir"], dislike=[G + "Adventure"])
R(T, "romance is lovely but skip anything with Hugh Grant, he's so smarmy", like=[G + "Romance"],
  dislike=[P + "Hugh Grant"])
R(T, "comedy's off the menu tonight, I want a proper drama", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "crime yes please, the 1990s no thanks", like=[G + "Crime"], dislike=[D + "1990s"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like westerns? is the pope catholic? saddle up", like=[G + "Western"])
R(T, "musicals, you ask? not in a million years", dislike=[G + "Musical"])
R(T, "am I a horror person? god no", dislike=[G + "Horror"])
R(T, "what's my favourite genre? sci-fi, no question", like=[G + "Sci-Fi"])
R(T, "would I watch a Kubrick? in a heartbeat", like=[P + "Stanley Kubrick"])
R(T, "romance? please, who do you think I am", dislike=[G + "Romance"])
R(T, "documentaries, you wonder? only if I want a nap", dislike=[G + "Documentary"])
R(T, "who doesn't love a good caper? I certainly do, crime all the way", like=[G + "Crime"])
R(T, "is the 80s my decade? you bet it is", like=[D + "1980s"])
R(T, "could I sit through another war film? honestly no", dislike=[G + "War"])
R(T, "anything with Meryl Streep? yes, yes and yes", like=[P + "Meryl Streep"])
R(T, "why would anyone want an animated film at my age? skip those", dislike=[G + "Animation"])
R(T, "fancy a mystery? oh I always fancy a mystery", like=[G + "Mystery"])
R(T, "Titanic? I'd rather sink with the ship than watch it again", dislike_items=["Titanic (1997)"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing made before 1980, the effects just pull me out", year=(1980, None))
R(T, "I'm a sucker for the 1940s", like=[D + "1940s"])
R(T, "keep it pre-1970 if you can, modern stuff is too loud", year=(None, 1969))
R(T, "the 90s are my comfort zone", like=[D + "1990s"])
R(T, "no black-and-white oldies, I mean nothing earlier than 1960", year=(1960, None))
R(T, "seventies cinema is where it's at, gritty and grown-up", like=[D + "1970s"])
R(T, "spare me the 80s, all that hairspray", dislike=[D + "1980s"])
R(T, "silent era stuff from the 20s, I'm all in", like=[D + "1920s"])
R(T, "nothing newer than 1985, I can't stand the 90s look", year=(None, 1985), dislike=[D + "1990s"])
R(T, "sixties films, hit me", like=[D + "1960s"])
R(T, "the 30s feel like a museum to me, not interested", dislike=[D + "1930s"])
R(T, "between 1950 and 1975 is my sweet spot, nothing outside that", year=(1950, 1975))
R(T, "the fifties bore me rigid", dislike=[D + "1950s"])
R(T, "only stuff from the last ten years or so, 1988 onwards", year=(1988, None))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Clint Eastwood can do no wrong in my eyes", like=[P + "Clint Eastwood"])
R(T, "Sylvester Stallone's mumbling drives me up the wall, leave him out", dislike=[P + "Sylvester Stallone"])
R(T, "I'd follow Tim Burton into any weird world he dreams up", like=[P + "Tim Burton"])
R(T, "Julia Roberts grates on me something awful", dislike=[P + "Julia Roberts"])
R(T, "Audrey Hepburn is an absolute vision, more of her", like=[P + "Audrey Hepburn"])
R(T, "keep Arnold Schwarzenegger far, far away from my screen", dislike=[P + "Arnold Schwarzenegger"])
R(T, "Robin Williams could make me laugh reading a phone book", like=[P + "Robin Williams"])
R(T, "Keanu Reeves acts like a plank of wood, no thanks", dislike=[P + "Keanu Reeves"])
R(T, "David Lynch is a proper genius, the weirder the better", like=[P + "David Lynch"])
R(T, "Demi Moore films all blur into one for me, skip her", dislike=[P + "Demi Moore"])
R(T, "I'm a Jack Nicholson devotee, always have been", like=[P + "Jack Nicholson"])
R(T, "Mel Gibson has lost me for good", dislike=[P + "Mel Gibson"])
R(T, "Sigourney Weaver is the queen and I'll hear nothing else", like=[P + "Sigourney Weaver"])
R(T, "Bruce Willis smirking through another explosion? I'll sit that one out", dislike=[P + "Bruce Willis"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Pulp Fiction is a masterpiece, something in that vein", like_items=["Pulp Fiction (1994)"])
R(T, "Waterworld was a soggy mess of a film, keep it well away from me", dislike_items=["Waterworld (1995)"])
R(T, "The Shining scared me senseless and I loved every second", like_items=["The Shining (1980)"])
R(T, "Pretty Woman makes my skin crawl, avoid", dislike_items=["Pretty Woman (1990)"])
R(T, "Star Wars changed my life when I was seven", like_items=["Star Wars (1977)"])
R(T, "I walked out of Batman Forever, that bad", dislike_items=["Batman Forever (1995)"])
R(T, "Babe is pure joy on a plate", like_items=["Babe (1995)"])
R(T, "The English Patient was three hours of my life I won't get back", dislike_items=["The English Patient (1996)"])
R(T, "GoodFellas is about as perfect as a film gets", like_items=["GoodFellas (1990)"])
R(T, "Independence Day is dumb as rocks, spare me", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Toy Story never gets old in our house", like_items=["Toy Story (1995)"])
R(T, "Forrest Gump was so saccharine it gave me a toothache", dislike_items=["Forrest Gump (1994)"])
R(T, "Vertigo is the one I'd take to a desert island", like_items=["Vertigo (1958)"])
R(T, "I could watch Braveheart on a loop", like_items=["Braveheart (1995)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so long story but my sister dragged me to a musical on broadway last year and I spent two hours checking "
     "my phone, she thinks I'm a philistine, whatever, I just know what I like and singing ain't it",
  dislike=[G + "Musical"])
R(T, "so we've got the in-laws coming round on saturday and my father-in-law is a retired army guy who only ever "
     "talks about his service, I reckon a proper war film would actually go down a treat with everyone",
  like=[G + "War"])
R(T, "I used to watch tons of horror in college, like every friday, but after the baby arrived I just can't do "
     "it anymore, any jump scare and I'm a wreck for days, so no horror for me now", dislike=[G + "Horror"])
R(T, "my grandad had this shelf of old VHS tapes, all John Wayne, and we'd watch them on rainy afternoons with "
     "biscuits, I've been missing him lately and honestly a Duke film sounds perfect",
  like=[P + "John Wayne"], ok=["+genre:Western"])
R(T, "had a rubbish week at work, boss on my back, train cancelled twice, I just want to laugh at something daft "
     "and switch my brain off, a comedy would really save me", like=[G + "Comedy"])
R(T, "my flatmate keeps putting on these documentaries about serial killers and cults and I've reached the point "
     "where I leave the room, real-life stuff is just too grim for me, so none of that please",
  dislike=[G + "Documentary"])
R(T, "when I was a kid my mum worked nights so I'd stay up watching old detective movies with rain and "
     "trench coats and shadows everywhere, and that noir stuff still feels like home to me",
  like=[G + "Film-Noir"])
R(T, "so my boyfriend is a massive sci-fi nerd, fine, but I've sat through so many laser battles with him that "
     "if I see another spaceship I'll scream, can we find something else for once", dislike=[G + "Sci-Fi"])
R(T, "back in uni we had a film club and the guy who ran it was obsessed with the 1960s, french stuff, italian "
     "stuff, and I thought I'd hate it but I ended up loving that whole decade",
  like=[D + "1960s"])
R(T, "honestly I've tried with Woody Allen, I have, people keep telling me he's a genius, but every time it's "
     "just neurotic guys talking over each other for ninety minutes and I'm done trying",
  dislike=[P + "Woody Allen"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like action movies", like=[G + "Action"])
R(T, "no horror tonight please", dislike=[G + "Horror"])
R(T, "I enjoy romantic films", like=[G + "Romance"])
R(T, "westerns just aren't something I like", dislike=[G + "Western"])
R(T, "show me some adventure films", like=[G + "Adventure"])
R(T, "I really don't want a documentary", dislike=[G + "Documentary"])
R(T, "Fantasy films are my favourite", like=[G + "Fantasy"])
R(T, "not a fan of war movies", dislike=[G + "War"])
R(T, "I'd like a crime film", like=[G + "Crime"])
R(T, "please no musicals", dislike=[G + "Musical"])
R(T, "I prefer movies from the 1980s", like=[D + "1980s"])
R(T, "I generally dislike thrillers", dislike=[G + "Thriller"])
R(T, "can you recommend a mystery film", like=[G + "Mystery"])
R(T, "no animated films for me", dislike=[G + "Animation"])
R(T, "something for children, please", like=[G + "Children's"])
R(T, "I hate sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I love old film noir", like=[G + "Film-Noir"])
R(T, "I don't enjoy comedies much", dislike=[G + "Comedy"])
R(T, "dramas are what I like to watch", like=[G + "Drama"])
R(T, "I'm not interested in films from the 1970s", dislike=[D + "1970s"])
R(T, "I like movies with Denzel Washington", like=[P + "Denzel Washington"])
R(T, "please don't suggest anything with Sharon Stone", dislike=[P + "Sharon Stone"])
R(T, "I want to watch a horror film, not a comedy", like=[G + "Horror"], dislike=[G + "Comedy"])


if __name__ == "__main__":
    main()
