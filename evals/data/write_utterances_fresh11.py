"""Writes evals/data/utterances_fresh11.jsonl: an eleventh fresh held-out batch of `idiom` utterances (see README.md
here, "Eleventh fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:50 UTC) by F11, before and apart from that day's ninth round of change to
the stance reader (round 9): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-9 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 46 lines and last 5
lines, and the catalogue vocabulary and film labels were read). Eleven sentences were reworded: ten because a
check against the earlier files (printing only this batch's sentences) found them there, one because the same check
against the other utterance files then in evals/data found it in utterances_fresh12.jsonl; six more were reworded
by the writer to vary their frames. The reader's author is not to read this file or its output. Every gold label
is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#10, training batches w1-w10). Run:
    python -m cesrec.evals.data.write_utterances_fresh11
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh11.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "fresh11-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war movies are a sickness with me, I've seen every one of them twice", like=[G + "War"])
R(T, "my husband calls my film noir habit a disease. he's not wrong and I'm not stopping", like=[G + "Film-Noir"])
R(T, "I'm dangerously hooked on Hitchcock, feed the addiction", like=[P + "Alfred Hitchcock"])
R(T, "westerns absolutely wreck me, in the best possible way", like=[G + "Western"])
R(T, "documentaries are my filthy little vice, the nerdier the better", like=[G + "Documentary"])
R(T, "I'm a lost cause when it comes to musicals, hit me with the cheesiest ones you've got",
  like=[G + "Musical"])
R(T, "Jim Carrey is an absolute menace and I adore him", like=[P + "Jim Carrey"])
R(T, "mysteries murder my sleep schedule every time and I keep crawling back for more", like=[G + "Mystery"])
R(T, "Blade Runner haunts me, it's criminal how good it is, anything in that vein", like_items=["Blade Runner (1982)"],
  ok=["+genre:Sci-Fi"])
R(T, "sci-fi is a black hole that eats my weekends and I have zero intention of escaping", like=[G + "Sci-Fi"])
R(T, "I'm obsessed to a frankly unhealthy degree with 70s cinema", like=[D + "1970s"])
R(T, "Tarantino's stuff is violent trash and I mean that as the highest compliment", like=[P + "Quentin Tarantino"])
R(T, "animated films are my kryptonite, I'll bawl at every single one and love it", like=[G + "Animation"])
R(T, "fantasy is pure poison to me, seriously, keep it far away", dislike=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of big dumb action flicks this month", dislike=[G + "Action"])
R(T, "honestly I'm sick to the back teeth of romances, every one is the same story", dislike=[G + "Romance"])
R(T, "after the last three you showed me I'm all thrillered out", dislike=[G + "Thriller"])
R(T, "I've OD'd on Spielberg lately, give the man a rest", dislike=[P + "Steven Spielberg"])
R(T, "the 80s have been done to death in my house, pick another decade", dislike=[D + "1980s"])
R(T, "I'm burnt out on whodunnits, I cannot guess one more killer", dislike=[G + "Mystery"])
R(T, "cartoons? my kids have worn me down to a nub with those, please no", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "had it up to here with Tom Hanks playing everyone's favourite dad", dislike=[P + "Tom Hanks"])
R(T, "war films have run their course for me", dislike=[G + "War"])
R(T, "crime stuff has gone stale on me, I've seen one heist too many", dislike=[G + "Crime"])
R(T, "I'm westerned out after that marathon with my dad", dislike=[G + "Western"])
R(T, "Titanic has been played to death at our place, spare me", dislike_items=["Titanic (1997)"])
R(T, "comedies have worn thin lately, nothing lands anymore", dislike=[G + "Comedy"])
R(T, "enough sci-fi to last me a lifetime, I could really go for a good romance instead", like=[G + "Romance"],
  dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I'd hardly turn my nose up at a half-decent western", like=[G + "Western"])
R(T, "a good heist movie has been known to cheer me up", like=[G + "Crime"])
R(T, "there are worse ways to kill a Tuesday night than a nature documentary", like=[G + "Documentary"])
R(T, "I've been known to enjoy the odd Hugh Grant film", like=[P + "Hugh Grant"])
R(T, "the 50s had one or two decent films in them, I'll admit", like=[D + "1950s"])
R(T, "musicals are not entirely my cup of tea", dislike=[G + "Musical"])
R(T, "I'm not what you'd call a horror fan", dislike=[G + "Horror"])
R(T, "Kevin Costner isn't exactly my favourite person to watch", dislike=[P + "Kevin Costner"])
R(T, "fantasy is a bit of a tough sell for me", dislike=[G + "Fantasy"])
R(T, "I suppose a little bit of romance wouldn't kill me", like=[G + "Romance"])
R(T, "Fargo was not half bad, more like that please", like_items=["Fargo (1996)"])
R(T, "war films are not without their charms", like=[G + "War"])
R(T, "I'm not entirely allergic to animated stuff, if it's clever", like=[G + "Animation"])
R(T, "Adam Sandler's humour is somewhat lost on me", dislike=[P + "Adam Sandler"])

# ------------------------------------------------------------------------------------------------ double_neg
T = "double_neg"
R(T, "it isn't as if a tense thriller has ever not grabbed me", like=[G + "Thriller"])
R(T, "I'd never say no to a Meg Ryan movie", like=[P + "Meg Ryan"])
R(T, "there isn't a western I haven't loved", like=[G + "Western"])
R(T, "I can't not watch anything with Harrison Ford in it", like=[P + "Harrison Ford"])
R(T, "no way I'm not up for sci-fi tonight", like=[G + "Sci-Fi"])
R(T, "I don't dislike comedies, I just don't want one tonight", dislike=[G + "Comedy"])
R(T, "it's not that I can't stand musicals... ok no, it's exactly that", dislike=[G + "Musical"])
R(T, "never met a documentary I didn't like", like=[G + "Documentary"])
R(T, "I don't not like Woody Allen, I just can't watch him anymore", dislike=[P + "Woody Allen"])
R(T, "no film noir is too obscure for me, none", like=[G + "Film-Noir"])
R(T, "there's not one romcom I wouldn't skip", dislike=[G + "Romance", G + "Comedy"])
R(T, "nobody ever made a kids' film I didn't fall asleep in", dislike=[G + "Children's"])
R(T, "you can't go wrong with Spielberg, never could", like=[P + "Steven Spielberg"])
R(T, "it's not impossible that I'd enjoy a 40s picture, not impossible at all", like=[D + "1940s"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "this weekend is strictly cowboys, nothing but westerns from Friday to Sunday", like=[G + "Western"])
R(T, "anything but horror, my nerves are shot", dislike=[G + "Horror"])
R(T, "pick whatever, everything bar the singing-and-dancing stuff. musicals are out", dislike=[G + "Musical"])
R(T, "it's animation or nothing with my lot tonight", like=[G + "Animation"])
R(T, "give me anything that isn't a war film", dislike=[G + "War"])
R(T, "only comedies, I badly need to laugh", like=[G + "Comedy"])
R(T, "I'll watch whatever you want apart from Schwarzenegger movies", dislike=[P + "Arnold Schwarzenegger"])
R(T, "I'm fine with every decade save the 1930s", dislike=[D + "1930s"])
R(T, "nothing but Billy Wilder for me, I'm on a binge", like=[P + "Billy Wilder"])
R(T, "any genre at all, with the one exception of romance", dislike=[G + "Romance"])
R(T, "drama and only drama, don't bother with anything else", like=[G + "Drama"])
R(T, "spaceships and robots or I'm going to bed. sci-fi or nothing", like=[G + "Sci-Fi"])
R(T, "all genres welcome except documentaries, I watch enough of those at work", dislike=[G + "Documentary"])
R(T, "literally anything but a Julia Roberts movie", dislike=[P + "Julia Roberts"])
R(T, "crime, crime and more crime. nothing else.", like=[G + "Crime"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "a clever thriller beats a gory horror flick seven days a week", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I'll take film noir over a musical every time", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "Bruce Willis wipes the floor with Stallone", like=[P + "Bruce Willis"], dislike=[P + "Sylvester Stallone"])
R(T, "the 70s knock the 80s into a cocked hat", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Aliens >>> Alien 3, not even close", like_items=["Aliens (1986)"], dislike_items=["Alien 3 (1992)"])
R(T, "I'd rather watch paint dry than a western, give me a mystery", like=[G + "Mystery"], dislike=[G + "Western"])
R(T, "comedy trumps drama for me, always", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "adventure films over fantasy, please", like=[G + "Adventure"], dislike=[G + "Fantasy"])
R(T, "Scorsese runs rings around Oliver Stone", like=[P + "Martin Scorsese"], dislike=[P + "Oliver Stone"])
R(T, "docs are miles better than any of that kiddie stuff", like=[G + "Documentary"], dislike=[G + "Children's"])
R(T, "romance > action, fight me", like=[G + "Romance"], dislike=[G + "Action"])
R(T, "one good war film is worth ten of your gangster flicks, bin those", like=[G + "War"], dislike=[G + "Crime"])
R(T, "Meryl Streep acts circles around Demi Moore", like=[P + "Meryl Streep"], dislike=[P + "Demi Moore"])
R(T, "Sense and Sensibility leaves Emma in the dust", like_items=["Sense and Sensibility (1995)"],
  dislike_items=["Emma (1996)"])

# ------------------------------------------------------------------------------------------------ polite
T = "polite"
R(T, "cheers for the horror picks, but I think I'll sit those out", dislike=[G + "Horror"])
R(T, "that's kind, but westerns aren't really for me", dislike=[G + "Western"])
R(T, "I appreciate it, though I'd rather not do another musical", dislike=[G + "Musical"])
R(T, "lovely suggestions, but perhaps nothing with Nicolas Cage?", dislike=[P + "Nicolas Cage"])
R(T, "if it's all the same to you, I'd prefer to skip anything animated", dislike=[G + "Animation"])
R(T, "I'm sure they're great films, but war movies upset me a little", dislike=[G + "War"])
R(T, "would you mind leaving out the sci-fi? thank you so much", dislike=[G + "Sci-Fi"])
R(T, "respectfully, the 1920s are a bit before my time", dislike=[D + "1920s"])
R(T, "oh, that's very thoughtful, but I'm not really one for thrillers", dislike=[G + "Thriller"])
R(T, "I'll give Pulp Fiction a miss, thanks all the same", dislike_items=["Pulp Fiction (1994)"])
R(T, "I hate to be difficult but could we avoid anything too romantic", dislike=[G + "Romance"])
R(T, "sorry to be a pain, crime dramas aren't my favourite, could we try something else?", dislike=[G + "Crime"],
  ok=["-genre:Drama"])
R(T, "no offence to Mel Gibson fans, but I'd rather skip him", dislike=[P + "Mel Gibson"])
R(T, "I'd love something else if possible, documentaries tend to send me to sleep", dislike=[G + "Documentary"])
R(T, "that's sweet of you, but maybe a comedy rather than a drama?", like=[G + "Comedy"], dislike=[G + "Drama"])

# ------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "romcoms? nah mate, hard pass", dislike=[G + "Romance", G + "Comedy"])
R(T, "westerns can do one", dislike=[G + "Western"])
R(T, "musicals are so cringe, skip", dislike=[G + "Musical"])
R(T, "Keanu? lol no", dislike=[P + "Keanu Reeves"])
R(T, "not touching fantasy with a ten foot pole", dislike=[G + "Fantasy"])
R(T, "kids films, yeah nah", dislike=[G + "Children's"])
R(T, "film noir is a snooze fest, next", dislike=[G + "Film-Noir"])
R(T, "miss me with the 90s stuff", dislike=[D + "1990s"])
R(T, "horror's a no from me dawg", dislike=[G + "Horror"])
R(T, "action flicks are a bit naff tbh, bin them", dislike=[G + "Action"])
R(T, "Pauly Shore is cancelled in this house", dislike=[P + "Pauly Shore"])
R(T, "mysteries? meh. pass.", dislike=[G + "Mystery"])
R(T, "Waterworld can jog on", dislike_items=["Waterworld (1995)"])
R(T, "adventure films are mid, don't bother", dislike=[G + "Adventure"])
R(T, "docs are not it for me bestie", dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------ praise
T = "praise"
R(T, "the 1940s were an absolute goldmine for movies", like=[D + "1940s"])
R(T, "Frank Capra's films are pure sunshine", like=[P + "Frank Capra"])
R(T, "musicals are comfort food for my soul", like=[G + "Musical"])
R(T, "Cary Grant is a national treasure, more of him please", like=[P + "Cary Grant"])
R(T, "war films are in a league of their own", like=[G + "War"])
R(T, "a good noir goes down like a fine whisky", like=[G + "Film-Noir"])
R(T, "Star Wars is the gold standard, give me things like it", like_items=["Star Wars (1977)"],
  ok=["+genre:Sci-Fi"])
R(T, "animated films are a breath of fresh air after a long day at work", like=[G + "Animation"])
R(T, "those 30s screwball comedies are an absolute gem", like=[D + "1930s", G + "Comedy"])
R(T, "thrillers keep me on the edge of my seat, they're my jam", like=[G + "Thriller"])
R(T, "Robin Williams was a ray of light, I want all his stuff", like=[P + "Robin Williams"])
R(T, "fantasy worlds are my happy place", like=[G + "Fantasy"])
R(T, "Kurosawa is the real deal", like=[P + "Akira Kurosawa"])
R(T, "adventure movies are a shot of pure joy", like=[G + "Adventure"])
R(T, "crime films are my bread and butter", like=[G + "Crime"])

# ------------------------------------------------------------------------------------------------ mixed
T = "mixed"
R(T, "I'm keen on a mystery tonight, just not a horror one", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "sci-fi yes, war films no", like=[G + "Sci-Fi"], dislike=[G + "War"])
R(T, "Harrison Ford works for me, Kevin Costner doesn't", like=[P + "Harrison Ford"], dislike=[P + "Kevin Costner"])
R(T, "keep the 90s coming, lose the 70s", like=[D + "1990s"], dislike=[D + "1970s"])
R(T, "animation is fine but nothing aimed at toddlers", like=[G + "Animation"], dislike=[G + "Children's"])
R(T, "big fan of documentaries, not so much dramas", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "westerns, yes please; musicals, no thank you", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "I'll watch anything by Joel Coen but spare me Brian De Palma", like=[P + "Joel Coen"],
  dislike=[P + "Brian De Palma"])
R(T, "I'm a sucker for a love story but gangsters and cops leave me cold", like=[G + "Romance"], dislike=[G + "Crime"])
R(T, "dragons and wizards, fine by me; lasers and spaceships, you can keep", like=[G + "Fantasy"],
  dislike=[G + "Sci-Fi"])
R(T, "more Denzel Washington, less Tom Cruise", like=[P + "Denzel Washington"], dislike=[P + "Tom Cruise"])
R(T, "the 1950s are my jam but anything from the 1920s puts me to sleep", like=[D + "1950s"], dislike=[D + "1920s"])
R(T, "a slow-burn thriller would hit the spot; explosions-every-five-minutes action, not so much",
  like=[G + "Thriller"], dislike=[G + "Action"])
R(T, "adventure: yes. children's films: absolutely not", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "Good Will Hunting was brilliant, Jerry Maguire was a snooze", like_items=["Good Will Hunting (1997)"],
  dislike_items=["Jerry Maguire (1996)"])
R(T, "film noir I can do, westerns I cannot", like=[G + "Film-Noir"], dislike=[G + "Western"])
R(T, "I'm into Julia Roberts but not Richard Gere", like=[P + "Julia Roberts"], dislike=[P + "Richard Gere"])

# ------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "horror? not in a million years", dislike=[G + "Horror"])
R(T, "do I like westerns? does a bear live in the woods?", like=[G + "Western"])
R(T, "you want to know if I like sci-fi? I live for it", like=[G + "Sci-Fi"])
R(T, "musicals, you ask? god no.", dislike=[G + "Musical"])
R(T, "what about the 60s? yes, love that decade", like=[D + "1960s"])
R(T, "am I into documentaries? not really, no", dislike=[G + "Documentary"])
R(T, "would I watch a Jackie Chan film? in a heartbeat", like=[P + "Jackie Chan"])
R(T, "is a romance on the cards? absolutely not tonight", dislike=[G + "Romance"])
R(T, "do I want a war film? honestly, yes I do", like=[G + "War"])
R(T, "comedy? sure, why not, sounds good", like=[G + "Comedy"])
R(T, "who's my favourite director? Kubrick, no contest", like=[P + "Stanley Kubrick"])
R(T, "anything with Steven Seagal? why would you even ask, no", dislike=[P + "Steven Seagal"])
R(T, "you're asking if I liked Twister? I hated every second", dislike_items=["Twister (1996)"])
R(T, "fantasy? eh, why not, go for it", like=[G + "Fantasy"])
R(T, "drama? what am I, eighty? no", dislike=[G + "Drama"])

# ------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "nothing before 1970, the old stuff bores me rigid", year=(1970, None))
R(T, "I'm an 80s kid through and through", like=[D + "1980s"])
R(T, "please nothing made after 1990", year=(None, 1990))
R(T, "black and white stuff from the 30s and 40s is a no for me", dislike=[D + "1930s", D + "1940s"])
R(T, "the sixties were peak cinema", like=[D + "1960s"])
R(T, "keep it post-1985", year=(1985, None))
R(T, "I only want films from between 1975 and 1985", year=(1975, 1985))
R(T, "don't give me anything from the 1990s, too recent for my taste", dislike=[D + "1990s"])
R(T, "golden age Hollywood, the 1950s especially", like=[D + "1950s"])
R(T, "old films from the twenties are great fun, the silent ones especially", like=[D + "1920s"])
R(T, "anything pre-1960 is off the table", year=(1960, None))
R(T, "the seventies, man. that's my decade.", like=[D + "1970s"])
R(T, "I can't stand 80s movies, all that synth", dislike=[D + "1980s"])
R(T, "modern stuff only, nothing older than 1995", year=(1995, None))
R(T, "the 40s? no thanks, but the 50s are lovely", like=[D + "1950s"], dislike=[D + "1940s"])

# ------------------------------------------------------------------------------------------------ people
T = "people"
R(T, "in my book Jack Nicholson has never put a foot wrong", like=[P + "Jack Nicholson"])
R(T, "I can't bear Sharon Stone", dislike=[P + "Sharon Stone"])
R(T, "if Christopher Walken's in it, I'm there", like=[P + "Christopher Walken"])
R(T, "Van Damme movies are a hard no", dislike=[P + "Jean-Claude Van Damme"])
R(T, "big Audrey Hepburn girl here", like=[P + "Audrey Hepburn"])
R(T, "Tim Burton's whole style does nothing for me", dislike=[P + "Tim Burton"])
R(T, "John Carpenter is a legend, show me his stuff", like=[P + "John Carpenter"])
R(T, "Whoopi Goldberg grates on me, sorry", dislike=[P + "Whoopi Goldberg"])
R(T, "Sean Connery in anything, honestly", like=[P + "Sean Connery"])
R(T, "spare me the Chevy Chase comedies", dislike=[P + "Chevy Chase"])
R(T, "Jodie Foster is just phenomenal, more of her please", like=[P + "Jodie Foster"])
R(T, "David Lynch films just confuse and annoy me", dislike=[P + "David Lynch"])
R(T, "Bill Murray's deadpan is exactly my sense of humour", like=[P + "Bill Murray"])
R(T, "Ron Howard films feel like homework to me", dislike=[P + "Ron Howard"])
R(T, "watching Gene Kelly dance makes my whole week", like=[P + "Gene Kelly"])

# ------------------------------------------------------------------------------------------------ titles
T = "titles"
R(T, "Casablanca is the one, find me more like that", like_items=["Casablanca (1942)"])
R(T, "Showgirls was a crime against cinema", dislike_items=["Showgirls (1995)"])
R(T, "I'd happily watch The Princess Bride every week", like_items=["The Princess Bride (1987)"])
R(T, "Speed 2 was a car crash, and not a fun one", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "I've worn out my copy of Groundhog Day", like_items=["Groundhog Day (1993)"])
R(T, "Batman & Robin: never again", dislike_items=["Batman & Robin (1997)"])
R(T, "The Shawshank Redemption is perfection", like_items=["The Shawshank Redemption (1994)"])
R(T, "couldn't sit through The English Patient, don't show me it", dislike_items=["The English Patient (1996)"])
R(T, "Raiders of the Lost Ark still gives me goosebumps", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "Independence Day was loud nonsense, skip it", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "The Big Lebowski is basically my personality at this point, love it", like_items=["The Big Lebowski (1998)"])
R(T, "please don't recommend Forrest Gump, I've had enough of that feather", dislike_items=["Forrest Gump (1994)"])
R(T, "Chinatown blew me away, anything along those lines", like_items=["Chinatown (1974)"],
  ok=["+genre:Film-Noir", "+genre:Mystery"])
R(T, "The Flintstones movie is a hard skip", dislike_items=["The Flintstones (1994)"])
R(T, "Babe made me a weepy mess, in the best way", like_items=["Babe (1995)"])

# ------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so last weekend my sister came over with a stack of DVDs and it was all these weepy romances, and I sat "
  "through maybe two before I wanted to climb out the window. anyway tonight it's just me and I want something "
  "with a bit of bite, like a proper crime thriller", like=[G + "Crime", G + "Thriller"], dislike=[G + "Romance"])
R(T, "ok long story but my grandad used to watch westerns every Sunday and I always moaned about it, but he's gone "
  "now and I kind of miss it, so I think I'd actually like to watch one or two", like=[G + "Western"])
R(T, "I've been doing night shifts, my brain is mush, and the last thing I need is something heavy or sad, so no "
  "dramas, maybe something animated and silly if you've got it", like=[G + "Animation"], dislike=[G + "Drama"],
  ok=["+genre:Comedy"])
R(T, "my friend keeps telling me to watch the Kubrick ones, and I did try 2001 once and fell asleep twice, so "
  "maybe not that one, but honestly I'm open to other stuff", dislike_items=["2001: A Space Odyssey (1968)"],
  ok=["-person:Stanley Kubrick"])
R(T, "we're having a sleepover for my daughter's eighth birthday, eight girls in sleeping bags, I need something "
  "they'll all sit through, so children's films please, and for the love of god nothing scary",
  like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "I went through a massive documentary phase at uni, watched nothing else for a year, and I think I burnt "
  "myself out because now I can't face them, so something else please", dislike=[G + "Documentary"])
R(T, "this is going to sound weird but I've been learning to tap dance and my teacher says I should watch the old "
  "Fred Astaire films for inspiration, so yeah, those", like=[P + "Fred Astaire"], ok=["+genre:Musical"])
R(T, "honestly I used to think I hated sci-fi because my ex made me sit through all the Star Trek films, but I saw "
  "Contact on a plane last month and loved it, so maybe more like that?", like_items=["Contact (1997)"],
  ok=["+genre:Sci-Fi"])
R(T, "me and my boyfriend can never agree, he wants explosions and car chases and I want a good mystery, and "
  "tonight it's my turn to pick, so mystery it is", like=[G + "Mystery"])
R(T, "the thing is, I grew up in the 90s, so all that stuff feels stale to me now, I'd rather see something from "
  "way before I was born, the 60s ideally", like=[D + "1960s"], dislike=[D + "1990s"])
R(T, "my mum's staying with us for a week and she's quite religious, so I'm trying to avoid anything too violent "
  "or saucy, she loves a musical though, and so do I secretly", like=[G + "Musical"])

# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "I really enjoy war films", like=[G + "War"])
R(T, "please don't suggest horror films, I don't watch them", dislike=[G + "Horror"])
R(T, "something with Tom Hanks would be nice", like=[P + "Tom Hanks"])
R(T, "I'm not a fan of fantasy films", dislike=[G + "Fantasy"])
R(T, "show me some good 1970s crime films", like=[D + "1970s", G + "Crime"])
R(T, "I don't like animated movies at all", dislike=[G + "Animation"])
R(T, "I want a romantic film for date night", like=[G + "Romance"])
R(T, "I'd like to watch a documentary about music", like=[G + "Documentary"])
R(T, "no children's movies, this is for adults", dislike=[G + "Children's"])
R(T, "I love adventure movies with treasure maps and ancient temples", like=[G + "Adventure"])
R(T, "I don't want anything with Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "recommend me a musical", like=[G + "Musical"])
R(T, "westerns aren't something I enjoy", dislike=[G + "Western"])
R(T, "looking for a sci-fi film with aliens in it", like=[G + "Sci-Fi"])
R(T, "I hate thrillers, they stress me out", dislike=[G + "Thriller"])
R(T, "film noir, please. something dark and smoky.", like=[G + "Film-Noir"])
R(T, "my wife wants a romcom but I'm after an action film", like=[G + "Action"])
R(T, "I'm not into mysteries", dislike=[G + "Mystery"])
R(T, "anything by Steven Spielberg", like=[P + "Steven Spielberg"])
R(T, "I'm not interested in dramas today", dislike=[G + "Drama"])
R(T, "I'd like something from the 1980s", like=[D + "1980s"])
R(T, "I don't care for Eddie Murphy films", dislike=[P + "Eddie Murphy"])
R(T, "I'd love a comedy from the 1990s", like=[G + "Comedy", D + "1990s"])
R(T, "I love Humphrey Bogart films", like=[P + "Humphrey Bogart"])


if __name__ == "__main__":
    main()
