"""Writes evals/data/utterances_fresh21.jsonl: a twenty-first fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-first fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (18:40-18:50 UTC) by F21, before and apart from the stance reader's round 14: the
writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench),
/work/notes (other than the writer's brief) or the round-14 author's work, ran no reader, agent, test or benchmark
on these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 and last 5 lines,
README.md's eighth-batch section and the catalogue vocabulary and film labels were read). The reader's author is
not to read this file or its output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of ROUND6_TOPICS; kept here,
not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main (the
same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade,
rating or year bound the catalogue lacks, and on a sentence already in another utterance file (utterances.jsonl,
fresh #1-#20, training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh21
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh21.jsonl"
OTHER_FILES = earlier_files(20, 15)  # utterances.jsonl, fresh #1-#20, training batches w1-w15
BATCH = "fresh21-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war films are basically a drug for me at this point, I'm hooked", like=[G + "War"])
R(T, "I have a genuine sickness when it comes to film noir, please feed it", like=[G + "Film-Noir"])
R(T, "my musicals obsession is frankly unhealthy and I refuse to get help for it", like=[G + "Musical"])
R(T, "documentaries wreck me in the best possible way, send one over", like=[G + "Documentary"])
R(T, "westerns are my poison of choice, the dustier the better", like=[G + "Western"])
R(T, "ngl I'm a total degenerate for cheesy 80s action", like=[G + "Action", D + "1980s"])
R(T, "mysteries are a dangerous habit of mine, the twistier the worse for my sleep schedule",
  like=[G + "Mystery"])
R(T, "I'm criminally addicted to heist and gangster flicks", like=[G + "Crime"])
R(T, "fantasy is my kryptonite, I cave every single time", like=[G + "Fantasy"])
R(T, "sci-fi is a disease and I am patient zero", like=[G + "Sci-Fi"])
R(T, "thrillers give me an ulcer and I love every minute of it", like=[G + "Thriller"])
R(T, "romance is an absolute menace to my tear ducts and honestly I'm here for it", like=[G + "Romance"])
R(T, "horror is a plague on my evenings lately, a real plague, keep it far away from me", dislike=[G + "Horror"])
R(T, "adventure movies have been killing me lately and not in a fun way, skip them",
  dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've OD'd on big dumb action this year, give it a rest", dislike=[G + "Action"])
R(T, "honestly I'm all comedied out after the holidays", dislike=[G + "Comedy"])
R(T, "had my fill of war movies for a lifetime tbh", dislike=[G + "War"])
R(T, "romance? been there, done that, bought the t-shirt", dislike=[G + "Romance"])
R(T, "I've seen enough crime films to last me till retirement", dislike=[G + "Crime"])
R(T, "sick to the back teeth of sci-fi, mate", dislike=[G + "Sci-Fi"])
R(T, "my tolerance for musicals ran out somewhere around 2019", dislike=[G + "Musical"])
R(T, "I'm burnt out on documentaries, my partner makes me watch one every single night",
  dislike=[G + "Documentary"])
R(T, "the thriller well has run dry for me, I need a break from them", dislike=[G + "Thriller"])
R(T, "kids' movies have worn me down to a nub, I've got three children", dislike=[G + "Children's"],
  ok=["-genre:Animation"])
R(T, "fantasy fatigue is real, no more elves and wizards thank you", dislike=[G + "Fantasy"])
R(T, "had it up to here with horror flicks this month", dislike=[G + "Horror"])
R(T, "I could watch mysteries till the end of time and never tire of them", like=[G + "Mystery"])
R(T, "westerns have well and truly overstayed their welcome in my queue", dislike=[G + "Western"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a good western wouldn't go amiss tonight", like=[G + "Western"])
R(T, "I'd not say no to a bit of animation", like=[G + "Animation"])
R(T, "film noir isn't the worst way to spend an evening, is it", like=[G + "Film-Noir"])
R(T, "I might be ever so slightly partial to a Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "comedies are not entirely without their charms for me", like=[G + "Comedy"])
R(T, "a sci-fi flick would hardly be a hardship", like=[G + "Sci-Fi"])
R(T, "I've been known to enjoy the odd thriller", like=[G + "Thriller"])
R(T, "a crime caper would be rather nice, actually", like=[G + "Crime"])
R(T, "a musical could be sort of alright, I suppose", like=[G + "Musical"])
R(T, "war films are not exactly my cup of tea", dislike=[G + "War"])
R(T, "horror isn't really my favourite thing in the world, if I'm honest", dislike=[G + "Horror"])
R(T, "I'm not what you'd call a huge fan of documentaries", dislike=[G + "Documentary"])
R(T, "I wouldn't be heartbroken if you skipped the romances", dislike=[G + "Romance"])
R(T, "adventure films are a touch overrated in my book, let's leave them be", dislike=[G + "Adventure"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not as if I don't enjoy a good whodunnit mystery now and then", like=[G + "Mystery"])
R(T, "I never not watch a Spielberg film when one's on", like=[P + "Steven Spielberg"])
R(T, "there's no drama I wouldn't at least give a go", like=[G + "Drama"])
R(T, "I can't say I dislike westerns", like=[G + "Western"])
R(T, "not that I'm against comedies, just so you know", like=[G + "Comedy"])
R(T, "I don't not like fantasy, put one on", like=[G + "Fantasy"])
R(T, "no way am I not watching a war film tonight", like=[G + "War"])
R(T, "never have I ever not cried at an animated film, and I want to cry tonight", like=[G + "Animation"])
R(T, "don't think I'd ever not pick a thriller if given the choice", like=[G + "Thriller"])
R(T, "it's not impossible I'd enjoy a children's film, go for it", like=[G + "Children's"])
R(T, "it's not untrue that I hate musicals", dislike=[G + "Musical"])
R(T, "I can't not cringe at romances, so no", dislike=[G + "Romance"])
R(T, "nobody can say I didn't give documentaries a fair shot, and I'm done with them",
  dislike=[G + "Documentary"])
R(T, "I don't disagree with people who say crime films are overrated, so skip them", dislike=[G + "Crime"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "cowboys and only cowboys this weekend, nothing but westerns", like=[G + "Western"])
R(T, "pick anything at all but a musical, I'm on my knees here", dislike=[G + "Musical"])
R(T, "everything except horror is fair game", dislike=[G + "Horror"])
R(T, "it's sci-fi or I'm going to bed", like=[G + "Sci-Fi"])
R(T, "give me comedy and only comedy", like=[G + "Comedy"])
R(T, "any genre you fancy bar romance", dislike=[G + "Romance"])
R(T, "I'll watch whatever, save for war movies", dislike=[G + "War"])
R(T, "it's film noir or nothing tonight", like=[G + "Film-Noir"])
R(T, "pure animation, nothing else will do", like=[G + "Animation"])
R(T, "all genres welcome apart from documentaries", dislike=[G + "Documentary"])
R(T, "just crime films, strictly crime films", like=[G + "Crime"])
R(T, "whatever you've got minus the kids' movies", dislike=[G + "Children's"])
R(T, "mystery, mystery and more mystery", like=[G + "Mystery"])
R(T, "literally any decade but the 1930s", dislike=[D + "1930s"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a dusty western beats shiny sci-fi nonsense any night you care to name", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a thriller over a romance every time", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "documentaries wipe the floor with action movies imo", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "comedy > horror, always and forever", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "give me a musical before a war movie any day", like=[G + "Musical"], dislike=[G + "War"])
R(T, "noir knocks fantasy into a cocked hat", like=[G + "Film-Noir"], dislike=[G + "Fantasy"])
R(T, "I prefer Spielberg to Tarantino by a mile", like=[P + "Steven Spielberg"],
  dislike=[P + "Quentin Tarantino"])
R(T, "80s films run rings around 90s ones", like=[D + "1980s"], dislike=[D + "1990s"])
R(T, "crime stories are miles better than adventure films", like=[G + "Crime"], dislike=[G + "Adventure"])
R(T, "mysteries over thrillers, no contest", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "Tom Hanks beats Jim Carrey hands down", like=[P + "Tom Hanks"], dislike=[P + "Jim Carrey"])
R(T, "even a dumb comedy is better than some arty drama", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Alien leaves Independence Day in the dust", like_items=["Alien (1979)"],
  dislike_items=["Independence Day (ID4) (1996)"])
R(T, "animated films are a safer bet than westerns for us", like=[G + "Animation"], dislike=[G + "Western"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks so much, but I think I'll pass on the horror ones", dislike=[G + "Horror"])
R(T, "that's ever so kind of you, though I've never really taken to westerns", dislike=[G + "Western"])
R(T, "I appreciate the suggestion but I'd rather steer clear of war films", dislike=[G + "War"])
R(T, "lovely picks! maybe hold off on the musicals though", dislike=[G + "Musical"])
R(T, "if it's all the same to you, could we leave out the sci-fi?", dislike=[G + "Sci-Fi"])
R(T, "sorry to be a pain, but no documentaries please", dislike=[G + "Documentary"])
R(T, "you're a star, but romance isn't quite my scene", dislike=[G + "Romance"])
R(T, "with respect, I'd prefer nothing from the 1950s", dislike=[D + "1950s"])
R(T, "kind of you, but Adam Sandler's not someone I enjoy watching", dislike=[P + "Adam Sandler"])
R(T, "I'd gently suggest we skip the animated ones, if that's ok", dislike=[G + "Animation"])
R(T, "no offence to fantasy fans, but it's not for me", dislike=[G + "Fantasy"])
R(T, "grateful for the effort, just not keen on thrillers at the moment", dislike=[G + "Thriller"])
R(T, "many thanks, and if you could find a comedy I'd be ever so grateful", like=[G + "Comedy"])
R(T, "would you kindly find me a nice mystery, please and thank you", like=[G + "Mystery"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "musicals are well naff, chuck them in the bin", dislike=[G + "Musical"])
R(T, "westerns? yeah nah", dislike=[G + "Western"])
R(T, "sci-fi is kinda mid tbh, skip all of it", dislike=[G + "Sci-Fi"])
R(T, "horror can do one", dislike=[G + "Horror"])
R(T, "documentaries are an absolute snooze fest, next!", dislike=[G + "Documentary"])
R(T, "war films? not in a million years", dislike=[G + "War"])
R(T, "kids films are cringe, miss me with that", dislike=[G + "Children's"])
R(T, "fantasy is pants, mate", dislike=[G + "Fantasy"])
R(T, "noir is boring af, nope", dislike=[G + "Film-Noir"])
R(T, "Steven Seagal? lmao no", dislike=[P + "Steven Seagal"])
R(T, "action flicks are a big fat no from me dawg", dislike=[G + "Action"])
R(T, "adventure stuff is proper rubbish, don't bother", dislike=[G + "Adventure"])
R(T, "the 70s can jog on", dislike=[D + "1970s"])
R(T, "ew, dramas. pass", dislike=[G + "Drama"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a western on a sunday afternoon is pure gold to me", like=[G + "Western"])
R(T, "a good thriller is like oxygen", like=[G + "Thriller"])
R(T, "musicals make my heart sing", like=[G + "Musical"])
R(T, "film noir is poetry written in shadows, I adore it", like=[G + "Film-Noir"])
R(T, "sci-fi lights up my whole brain", like=[G + "Sci-Fi"])
R(T, "comedies are sunshine in a bottle", like=[G + "Comedy"])
R(T, "war movies hit me right in the soul and I love them for it", like=[G + "War"])
R(T, "animation is pure magic, always has been", like=[G + "Animation"])
R(T, "Kubrick is a god among directors", like=[P + "Stanley Kubrick"])
R(T, "crooks and heists on screen have been my bread and butter since I was a teen, crime all day", like=[G + "Crime"])
R(T, "romance is the warm blanket I need after a long shift", like=[G + "Romance"])
R(T, "documentaries are windows onto the world, I devour them", like=[G + "Documentary"])
R(T, "The Godfather is a cathedral of a film", like_items=["The Godfather (1972)"])
R(T, "adventure flicks are my happy place", like=[G + "Adventure"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good western, can't stand musicals", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "up for a comedy but please nothing with Adam Sandler in it", like=[G + "Comedy"],
  dislike=[P + "Adam Sandler"])
R(T, "big fan of noir, not so much of modern thrillers", like=[G + "Film-Noir"], dislike=[G + "Thriller"])
R(T, "mysteries are great, war films are a drag", like=[G + "Mystery"], dislike=[G + "War"])
R(T, "sci-fi please, but not the cheesy 50s stuff", like=[G + "Sci-Fi"], dislike=[D + "1950s"])
R(T, "I'm in for animation, out for documentaries", like=[G + "Animation"], dislike=[G + "Documentary"])
R(T, "fantasy sounds fun; horror, not so much", like=[G + "Fantasy"], dislike=[G + "Horror"])
R(T, "drama's fine but spare me the romance", like=[G + "Drama"], dislike=[G + "Romance"])
R(T, "Hitchcock yes, De Palma absolutely not", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R(T, "crime films hit the spot, kids' films don't", like=[G + "Crime"], dislike=[G + "Children's"])
R(T, "adventure is a go, westerns are a no", like=[G + "Adventure"], dislike=[G + "Western"])
R(T, "keen on 40s films, and nothing after 1980 please", like=[D + "1940s"], year=(None, 1980))
R(T, "loved Fargo, hated Pulp Fiction", like_items=["Fargo (1996)"], dislike_items=["Pulp Fiction (1994)"])
R(T, "action's my jam but I'm allergic to war movies", like=[G + "Action"], dislike=[G + "War"])
R(T, "I adore Meg Ryan, but Julia Roberts grates on me", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])
R(T, "give me a documentary, not some brainless comedy", like=[G + "Documentary"], dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "am I into westerns? does a cowboy wear a hat", like=[G + "Western"])
R(T, "horror? are you kidding, absolutely not", dislike=[G + "Horror"])
R(T, "would I watch a musical? only if someone paid me, so no", dislike=[G + "Musical"])
R(T, "you want to know if I'm into sci-fi? hell yes", like=[G + "Sci-Fi"])
R(T, "comedy? why not, go on then", like=[G + "Comedy"])
R(T, "thrillers, you ask? bring them all on", like=[G + "Thriller"])
R(T, "war films? what's the point, they just depress me", dislike=[G + "War"])
R(T, "romance? who doesn't love a good love story", like=[G + "Romance"])
R(T, "fantasy, really? that's a no from me", dislike=[G + "Fantasy"])
R(T, "animation? is the pope catholic", like=[G + "Animation"])
R(T, "documentaries? what am I, a teacher? nope", dislike=[G + "Documentary"])
R(T, "can you find me a mystery? I'm in the mood for one", like=[G + "Mystery"])
R(T, "do I want Kevin Costner? god no", dislike=[P + "Kevin Costner"])
R(T, "my wife asked if I'd watch a drama with her tonight and honestly, why not, let's find one",
  like=[G + "Drama"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the 70s were the golden age, give me something from then", like=[D + "1970s"])
R(T, "nothing made before 1960, I can't do black and white", year=(1960, None))
R(T, "I'm an absolute sucker for anything shot in the 1940s", like=[D + "1940s"])
R(T, "stuff from the 80s feels so dated to me, skip it", dislike=[D + "1980s"])
R(T, "only films from 1990 onwards please", year=(1990, None))
R(T, "the thirties screwball era is where my heart lives", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "please, nothing newer than 1975", year=(None, 1975))
R(T, "the sixties bore me stiff", dislike=[D + "1960s"])
R(T, "keep it to the 50s and earlier if you can", year=(None, 1959))
R(T, "silent-era 1920s stuff fascinates me", like=[D + "1920s"])
R(T, "anything older than 1985 is off the table", year=(1985, None))
R(T, "50s films feel like homework, no thanks", dislike=[D + "1950s"])
R(T, "mid-90s stuff is my sweet spot", like=[D + "1990s"])
R(T, "I draw the line at anything after 1995", year=(None, 1995))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "in my eyes Jack Nicholson has never put a foot wrong", like=[P + "Jack Nicholson"])
R(T, "Keanu Reeves is a wooden plank, leave him out", dislike=[P + "Keanu Reeves"])
R(T, "I'd follow the Coen brothers anywhere", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "Pauly Shore on screen makes my skin crawl, every time", dislike=[P + "Pauly Shore"])
R(T, "anything with Bill Murray and I'm there", like=[P + "Bill Murray"])
R(T, "Kevin Smith's humour just isn't for me", dislike=[P + "Kevin Smith"])
R(T, "Sean Connery is the absolute business", like=[P + "Sean Connery"])
R(T, "Stallone mumbles his way through everything, no thanks", dislike=[P + "Sylvester Stallone"])
R(T, "I've got a big soft spot for Meryl Streep", like=[P + "Meryl Streep"])
R(T, "please keep Nicolas Cage far, far away from my screen", dislike=[P + "Nicolas Cage"])
R(T, "Tim Burton's weirdness is exactly my vibe", like=[P + "Tim Burton"])
R(T, "Woody Allen films? I'll skip every last one", dislike=[P + "Woody Allen"])
R(T, "Morgan Freeman could narrate my grocery list and I'd watch it", like=[P + "Morgan Freeman"])
R(T, "Schwarzenegger's one-liners got old years ago, leave him out", dislike=[P + "Arnold Schwarzenegger"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Casablanca gets me every single time, give me more like it", like_items=["Casablanca (1942)"])
R(T, "Titanic was three hours of my life I want back", dislike_items=["Titanic (1997)"])
R(T, "Braveheart is an all-timer for me", like_items=["Braveheart (1995)"])
R(T, "please don't make me sit through Waterworld again", dislike_items=["Waterworld (1995)"])
R(T, "The Shawshank Redemption is about as close to perfect as it gets",
  like_items=["The Shawshank Redemption (1994)"])
R(T, "Forrest Gump is overrated schmaltz, don't recommend it", dislike_items=["Forrest Gump (1994)"])
R(T, "something in the vein of Jurassic Park would be ace", like_items=["Jurassic Park (1993)"])
R(T, "The English Patient put me to sleep twice, never again", dislike_items=["The English Patient (1996)"])
R(T, "I could rewatch Vertigo on a loop", like_items=["Vertigo (1958)"])
R(T, "Batman Forever was a hot mess, steer clear of it", dislike_items=["Batman Forever (1995)"])
R(T, "Babe is the sweetest film ever made, I want that energy", like_items=["Babe (1995)"])
R(T, "Speed? way too dumb for me", dislike_items=["Speed (1994)"])
R(T, "Star Wars is the reason I fell in love with movies", like_items=["Star Wars (1977)"])
R(T, "Independence Day was loud nonsense, skip anything like it", dislike_items=["Independence Day (ID4) (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my brother-in-law is staying with us and he's obsessed with war movies, which fine, his business, but "
     "I've got the remote tonight and what I really want is a proper old-school musical with big dance numbers",
  like=[G + "Musical"])
R(T, "ok long story but I fell asleep during a documentary last weekend and my friends haven't let me forget it, "
     "so yeah, I think documentaries are just not my thing, I'd rather avoid them going forward",
  dislike=[G + "Documentary"])
R(T, "I grew up on my dad's VHS collection, mostly Clint Eastwood stuff, and I still love those westerns, they're "
     "comfort food. the one thing I can't handle is horror, my sister made me watch one at a sleepover when I was "
     "nine and I never recovered", like=[G + "Western"], dislike=[G + "Horror"], ok=["+person:Clint Eastwood"])
R(T, "we tried a sci-fi marathon last month and by the end my girlfriend was begging for mercy and honestly so was "
     "I, so let's leave space out of it. she's been on about wanting a romantic comedy though and I'm fine with "
     "that", like=[G + "Romance", G + "Comedy"], dislike=[G + "Sci-Fi"])
R(T, "my kids are finally old enough that we don't have to sit through cartoons every night, thank god, so I'm "
     "craving something grown-up for once, a twisty crime story would be perfect", like=[G + "Crime"],
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "I've been in a bit of a slump, work's been brutal, and the only thing that cheers me up lately is old "
     "comedies from the 1930s and 40s, Marx Brothers type stuff, so anything along those lines",
  like=[G + "Comedy", D + "1930s", D + "1940s"])
R(T, "last time I used one of these apps it kept pushing fantasy epics at me, three hours of elves each, and I "
     "bailed every time. I just want something tight and tense, a thriller under two hours",
  like=[G + "Thriller"], dislike=[G + "Fantasy"])
R(T, "funny thing, my mum loves Hugh Grant and makes us watch his films every Christmas, and I don't mind them "
     "really, but tonight I'm on my own and I want a gritty film noir", like=[G + "Film-Noir"])
R(T, "So I went to a revival screening of some old monster movie with a friend who's really into that stuff, and I "
     "spent the whole time checking my phone. never again, horror is just not for me", dislike=[G + "Horror"])
R(T, "I've been rewatching Toy Story with my nephew so often I know every line, and weirdly I don't mind at all, "
     "I'd happily watch more animated stuff like it", like=[G + "Animation"], like_items=["Toy Story (1995)"])
R(T, "my partner and I have this running argument, she's all about Tom Cruise and I've never had an opinion on him "
     "either way, but we both agree adventure movies make the best date night and we both find 60s films way too "
     "slow", like=[G + "Adventure"], dislike=[D + "1960s"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I'd like a comedy for tonight", like=[G + "Comedy"])
R(T, "please don't show me any horror films tonight", dislike=[G + "Horror"])
R(T, "I really enjoy adventure films with my family", like=[G + "Adventure"])
R(T, "I don't like westerns at all, not one bit", dislike=[G + "Western"])
R(T, "show me some crime movies please", like=[G + "Crime"])
R(T, "I don't want anything animated for this evening, thanks", dislike=[G + "Animation"])
R(T, "looking for a good drama to watch", like=[G + "Drama"])
R(T, "I'm not interested in musicals at all", dislike=[G + "Musical"])
R(T, "recommend me a sci-fi film from the 90s", like=[G + "Sci-Fi", D + "1990s"])
R(T, "I dislike war movies a lot", dislike=[G + "War"])
R(T, "something romantic would be nice please", like=[G + "Romance"])
R(T, "no thrillers, they stress me out", dislike=[G + "Thriller"])
R(T, "I like Harrison Ford movies a lot", like=[P + "Harrison Ford"])
R(T, "I'm not a fan of Eddie Murphy", dislike=[P + "Eddie Murphy"])
R(T, "find me a documentary about nature or animals", like=[G + "Documentary"])
R(T, "I don't enjoy fantasy films much", dislike=[G + "Fantasy"])
R(T, "a mystery would be good tonight", like=[G + "Mystery"])
R(T, "avoid children's movies please, it's an adults-only night", dislike=[G + "Children's"])
R(T, "I want to watch a film noir", like=[G + "Film-Noir"])
R(T, "I don't watch anything from the 1960s", dislike=[D + "1960s"])
R(T, "I really liked Heat, find me something similar", like_items=["Heat (1995)"])
R(T, "I didn't enjoy Ghost at all", dislike_items=["Ghost (1990)"])
R(T, "Denzel Washington is great, show me his films", like=[P + "Denzel Washington"])


if __name__ == "__main__":
    main()
