"""Writes evals/data/utterances_fresh23.jsonl: a twenty-third fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-third fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (20:39-20:50 UTC) by F23, before and apart from that day's fifteenth round of change
to the stance reader (round 15): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-15 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers. Read: fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its complaint records (the writer's view also ran on past them into its first reference
and critique records, lines 90-150), write_utterances_fresh8.py's first 50 lines and last 5 lines, and the catalogue
vocabulary (people and film titles looked up by name), and README.md's eighth-batch section. Of a first draft of
245, twenty sentences were named by a one-off check (the writer's own check, printing only this batch's sentences)
as already in an earlier file: eight were reworded and twelve dropped, and two more were dropped only to even out
the topic counts. The reader's author is not to read this file or its output. Every gold label is what a careful
reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh23
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh23.jsonl"
OTHER_FILES = earlier_files(22, 15)  # utterances.jsonl, fresh #1-#22, training batches w1-w15
BATCH = "fresh23-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are a disease and I've got it bad", like=[G + "Western"])
R(T, "I'm hopelessly hooked on film noir, feed the habit", like=[G + "Film-Noir"])
R(T, "musicals are my poison of choice, pour me another", like=[G + "Musical"])
R(T, "Kubrick films absolutely wreck me and I keep crawling back for more", like=[P + "Stanley Kubrick"])
R(T, "that Fargo ending destroyed me in the best possible way, find me more like it",
  like_items=["Fargo (1996)"])
R(T, "I'm obsessed with 70s cinema to a frankly unhealthy degree", like=[D + "1970s"])
R(T, "documentaries are my vice, it's becoming a problem tbh", like=[G + "Documentary"])
R(T, "war films haunt me for days afterwards and I wouldn't have it any other way", like=[G + "War"])
R(T, "give me the nastiest, sickest, most twisted horror you've got", like=[G + "Horror"])
R(T, "animated stuff is my kryptonite, I cave every single time", like=[G + "Animation"])
R(T, "Jim Carrey is an absolute menace and I adore him for it", like=[P + "Jim Carrey"])
R(T, "a mystery that tortures me right up to the last scene is my idea of a perfect evening",
  like=[G + "Mystery"])
R(T, "romances make me sick, and not the fun kind of sick", dislike=[G + "Romance"])
R(T, "a thriller that nearly gives me a heart attack is the dream", like=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "my brain is completely westerned out after that box set", dislike=[G + "Western"])
R(T, "sick to death of romcoms at this point", dislike=[G + "Romance", G + "Comedy"])
R(T, "I could do with a break from Tom Hanks, he's been in every single thing we've watched",
  dislike=[P + "Tom Hanks"])
R(T, "Spielberg fatigue is real, give him a rest tonight", dislike=[P + "Steven Spielberg"])
R(T, "war movies have really worn me down lately", dislike=[G + "War"])
R(T, "had it up to here with cartoons, my kids play them on a loop", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "I'm burnt out on crime stuff", dislike=[G + "Crime"])
R(T, "the 80s have been done to death in this house, something else please", dislike=[D + "1980s"])
R(T, "we've overdosed on Hitchcock lately, time to give the man a break", dislike=[P + "Alfred Hitchcock"])
R(T, "I've seen enough documentaries to last me a lifetime", dislike=[G + "Documentary"])
R(T, "zero appetite left for horror after last weekend's marathon", dislike=[G + "Horror"])
R(T, "mysteries are getting stale for me, I always guess whodunnit", dislike=[G + "Mystery"])
R(T, "the very thought of another musical makes me tired", dislike=[G + "Musical"])
R(T, "I OD'd on sci-fi over the holidays, literally anything else", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a bit of Woody Allen wouldn't go amiss", like=[P + "Woody Allen"])
R(T, "I'm not averse to a spot of fantasy", like=[G + "Fantasy"])
R(T, "Casablanca's not half bad, is it", like_items=["Casablanca (1942)"])
R(T, "I could do worse than a 90s comedy tonight", like=[G + "Comedy", D + "1990s"])
R(T, "Meg Ryan isn't exactly my cup of tea", dislike=[P + "Meg Ryan"])
R(T, "horror isn't really my scene, if I'm honest", dislike=[G + "Horror"])
R(T, "I'm not entirely immune to the charms of a good war film", like=[G + "War"])
R(T, "Kevin Costner and I have never quite clicked", dislike=[P + "Kevin Costner"])
R(T, "a documentary could be rather nice, actually", like=[G + "Documentary"])
R(T, "musicals are... not my favourite thing, let's put it that way", dislike=[G + "Musical"])
R(T, "I have been known to enjoy the odd film noir", like=[G + "Film-Noir"])
R(T, "Scorsese's not too shabby, stick one of his on", like=[P + "Martin Scorsese"])
R(T, "children's films aren't really where my head's at", dislike=[G + "Children's"])
R(T, "sitting through some sci-fi would hardly be a chore", like=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "I never said I didn't like musicals, did I?", like=[G + "Musical"])
R(T, "I can't not watch something with Harrison Ford in it", like=[P + "Harrison Ford"])
R(T, "there isn't a romance out there I wouldn't sit through", like=[G + "Romance"])
R(T, "not that I don't love Hitchcock, but I'd rather skip him tonight", dislike=[P + "Alfred Hitchcock"])
R(T, "I don't dislike animation, I just don't want any today", dislike=[G + "Animation"])
R(T, "no way am I not watching a western tonight", like=[G + "Western"])
R(T, "it isn't that comedies aren't funny, I just don't fancy one", dislike=[G + "Comedy"])
R(T, "I wouldn't not watch a Tarantino film", like=[P + "Quentin Tarantino"])
R(T, "never met a film noir I didn't fall for", like=[G + "Film-Noir"])
R(T, "don't tell me you haven't got a single film from the 60s", like=[D + "1960s"])
R(T, "it's not as if I'm not in the mood for a whodunnit", like=[G + "Mystery"])
R(T, "can't say I didn't enjoy Titanic, even if I'd never admit it at work", like_items=["Titanic (1997)"])
R(T, "it's not that I don't like Julia Roberts, I just don't want her in anything tonight",
  dislike=[P + "Julia Roberts"])
R(T, "nobody could say I don't appreciate a decent crime flick", like=[G + "Crime"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "anything but a musical", dislike=[G + "Musical"])
R(T, "everything except horror is fine by me", dislike=[G + "Horror"])
R(T, "sci-fi or nothing, my friend", like=[G + "Sci-Fi"])
R(T, "I'll watch whatever you like as long as it isn't a western", dislike=[G + "Western"])
R(T, "just documentaries please, nothing else", like=[G + "Documentary"])
R(T, "any decade you like apart from the 30s", dislike=[D + "1930s"])
R(T, "give me anything that isn't a kids' movie", dislike=[G + "Children's"])
R(T, "Eastwood or bust", like=[P + "Clint Eastwood"])
R(T, "only war films this weekend, it's a tradition", like=[G + "War"])
R(T, "all genres welcome, drama excepted", dislike=[G + "Drama"])
R(T, "romance and only romance", like=[G + "Romance"])
R(T, "whatever, so long as Adam Sandler isn't in it", dislike=[P + "Adam Sandler"])
R(T, "I'm open to anything save for animation", dislike=[G + "Animation"])
R(T, "strictly mysteries today", like=[G + "Mystery"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "I'd pick a documentary over a romcom every time", like=[G + "Documentary"],
  dislike=[G + "Romance", G + "Comedy"])
R(T, "Hitchcock runs rings round De Palma, no contest", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R(T, "70s movies are miles better than the dross from the 80s", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "thrillers over horror, always and forever", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "Bogart > Cary Grant, don't @ me", like=[P + "Humphrey Bogart"], dislike=[P + "Cary Grant"])
R(T, "comedy knocks drama into a cocked hat as far as I'm concerned", like=[G + "Comedy"],
  dislike=[G + "Drama"])
R(T, "Alien is streets ahead of Aliens, the sequel's just noise", like_items=["Alien (1979)"],
  dislike_items=["Aliens (1986)"])
R(T, "adventure movies trump fantasy ones imo", like=[G + "Adventure"], dislike=[G + "Fantasy"])
R(T, "I'd take a crime picture over a war picture", like=[G + "Crime"], dislike=[G + "War"])
R(T, "Kubrick leaves Spielberg in the dust", like=[P + "Stanley Kubrick"], dislike=[P + "Steven Spielberg"])
R(T, "a mystery is a hundred times more fun than yet another action film", like=[G + "Mystery"],
  dislike=[G + "Action"])
R(T, "I'd much rather watch Meg Ryan than Julia Roberts", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])
R(T, "The Godfather makes GoodFellas look like a student film", like_items=["The Godfather (1972)"],
  dislike_items=["GoodFellas (1990)"])
R(T, "the 90s stuff has nothing on the 40s classics", like=[D + "1940s"], dislike=[D + "1990s"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks so much, but I'll pass on the horror", dislike=[G + "Horror"])
R(T, "I appreciate it, but could we steer clear of war films?", dislike=[G + "War"])
R(T, "lovely suggestions! maybe go a little lighter on the musicals though", dislike=[G + "Musical"])
R(T, "I'm sure Jim Carrey is great for lots of people, just not for me, thank you", dislike=[P + "Jim Carrey"])
R(T, "if it's all the same to you, I'd rather not do anything from the 50s", dislike=[D + "1950s"])
R(T, "Respectfully, I'll sit the sci-fi out", dislike=[G + "Sci-Fi"])
R(T, "cheers for that, but thrillers give me nightmares so perhaps leave them off", dislike=[G + "Thriller"])
R(T, "sorry to be fussy, but no documentaries please", dislike=[G + "Documentary"])
R(T, "would you mind leaving out the animated ones? thank you!", dislike=[G + "Animation"])
R(T, "I hate to be difficult, but Pulp Fiction really isn't my kind of film",
  dislike_items=["Pulp Fiction (1994)"])
R(T, "kind of you to suggest Woody Allen, but I'd really rather not", dislike=[P + "Woody Allen"])
R(T, "ahh that's sweet but I'm not much of a romance person", dislike=[G + "Romance"])
R(T, "If at all possible I'd prefer to avoid anything pre-1960", year=(1960, None))
R(T, "Many thanks, though fantasy isn't quite my thing", dislike=[G + "Fantasy"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "westerns, nah, not having it mate", dislike=[G + "Western"])
R(T, "musicals can jog on", dislike=[G + "Musical"])
R(T, "Stallone films are naff", dislike=[P + "Sylvester Stallone"])
R(T, "sci-fi is mid tbh", dislike=[G + "Sci-Fi"])
R(T, "lol no horror, I'm a total wimp", dislike=[G + "Horror"])
R(T, "romcoms? miss me with that", dislike=[G + "Romance", G + "Comedy"])
R(T, "documentaries are snoozefest central", dislike=[G + "Documentary"])
R(T, "keep your creaky 30s rubbish to yourself", dislike=[D + "1930s"])
R(T, "Van Damme? yeah, no", dislike=[P + "Jean-Claude Van Damme"])
R(T, "war films are so not it for me", dislike=[G + "War"])
R(T, "fantasy is cringe, skip", dislike=[G + "Fantasy"])
R(T, "Independence Day is total pants", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "kids' films? not a chance, bin them", dislike=[G + "Children's"])
R(T, "ugh, mysteries, bore off", dislike=[G + "Mystery"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "film noir is pure gold", like=[G + "Film-Noir"])
R(T, "Audrey Hepburn lights up every frame she's in, more of her please", like=[P + "Audrey Hepburn"])
R(T, "adventure movies are a breath of fresh air", like=[G + "Adventure"])
R(T, "The Princess Bride is an absolute gem", like_items=["The Princess Bride (1987)"])
R(T, "Spielberg is a wizard behind the camera", like=[P + "Steven Spielberg"])
R(T, "80s comedies are comfort food for my soul", like=[G + "Comedy", D + "1980s"])
R(T, "Star Wars was lightning in a bottle", like_items=["Star Wars (1977)"])
R(T, "the 60s were a goldmine for cinema", like=[D + "1960s"])
R(T, "Denzel is a rock in every film he's in", like=[P + "Denzel Washington"])
R(T, "animated films are a feast for the eyes", like=[G + "Animation"])
R(T, "musicals put a spring in my step", like=[G + "Musical"])
R(T, "a Tim Burton film is a treasure chest of weird little details", like=[P + "Tim Burton"])
R(T, "a drama that hits like a freight train, that's my jam", like=[G + "Drama"])
R(T, "Schindler's List is a towering masterpiece", like_items=["Schindler's List (1993)"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good thriller but spare me the gore-fest horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "yes to Tom Hanks, no to Meg Ryan", like=[P + "Tom Hanks"], dislike=[P + "Meg Ryan"])
R(T, "I'm into westerns, not so much war films", like=[G + "Western"], dislike=[G + "War"])
R(T, "comedy is great, romance not so much", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "anything from the 70s, but keep the 60s well away from me", like=[D + "1970s"], dislike=[D + "1960s"])
R(T, "I adore Clerks and can't stand The English Patient", like_items=["Clerks (1994)"],
  dislike_items=["The English Patient (1996)"])
R(T, "cartoons are fine, musicals make me want to leave the room", like=[G + "Animation"],
  dislike=[G + "Musical"])
R(T, "big fan of Kurt Russell, less so of Val Kilmer", like=[P + "Kurt Russell"], dislike=[P + "Val Kilmer"])
R(T, "documentaries yes, heavy dramas no thanks", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "sci-fi sounds good; fantasy, not so good", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "I'll take a mystery any time, but action flicks bore me stiff", like=[G + "Mystery"],
  dislike=[G + "Action"])
R(T, "Spielberg I love, Cameron I can live without", like=[P + "Steven Spielberg"], dislike=[P + "James Cameron"])
R(T, "the 40s are my happy place, though I can't be doing with the 20s", like=[D + "1940s"],
  dislike=[D + "1920s"])
R(T, "keen on crime, allergic to romance", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "kids' movies are fine with me, but horror is off the table", like=[G + "Children's"],
  dislike=[G + "Horror"])
R(T, "give me Arnold, you can keep Stallone", like=[P + "Arnold Schwarzenegger"],
  dislike=[P + "Sylvester Stallone"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Do I like musicals? Absolutely not.", dislike=[G + "Musical"])
R(T, "Am I a horror person? You bet I am.", like=[G + "Horror"])
R(T, "you want to know if I like Woody Allen? not really, no", dislike=[P + "Woody Allen"])
R(T, "what's my favourite decade? the 50s, hands down", like=[D + "1950s"])
R(T, "Would I watch a documentary? Sure, why not, go for it", like=[G + "Documentary"])
R(T, "Could I sit through another war film? I'd really rather not.", dislike=[G + "War"])
R(T, "comedy? yes please!!", like=[G + "Comedy"])
R(T, "romance? eh, not tonight", dislike=[G + "Romance"])
R(T, "is Die Hard a Christmas movie? who cares, it's brilliant, more like that",
  like_items=["Die Hard (1988)"])
R(T, "Do I want something with Robin Williams in it? Always.", like=[P + "Robin Williams"])
R(T, "Action? Ugh, not again.", dislike=[G + "Action"])
R(T, "how do I feel about the 80s? mostly cheesy, so skip them", dislike=[D + "1980s"])
R(T, "me and mysteries? a match made in heaven", like=[G + "Mystery"])
R(T, "Thrillers, anyone? count me in", like=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "I'm all about the 70s", like=[D + "1970s"])
R(T, "50s films feel way too stiff for me", dislike=[D + "1950s"])
R(T, "anything made before 1990 won't fly with my teenagers", year=(1990, None))
R(T, "nothing after 1975 please, the older the better", year=(None, 1975))
R(T, "the 30s had the best screwball films", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "pass on the 90s, it's all too glossy", dislike=[D + "1990s"])
R(T, "black and white pictures from the 40s are my favourite", like=[D + "1940s"])
R(T, "only films made from 1985 onwards", year=(1985, None))
R(T, "silent films from the 20s are a bit much for me", dislike=[D + "1920s"])
R(T, "I'd love some 60s cinema", like=[D + "1960s"])
R(T, "let's keep it between 1970 and 1989", year=(1970, 1989))
R(T, "the 80s are where it's at", like=[D + "1980s"])
R(T, "no films from the 60s or 70s please", dislike=[D + "1960s", D + "1970s"])
R(T, "nothing newer than 1965 please, modern films leave me cold", year=(None, 1965))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Bill Murray can do no wrong", like=[P + "Bill Murray"])
R(T, "I find Nicolas Cage unbearable", dislike=[P + "Nicolas Cage"])
R(T, "Hugh Grant films are my comfort blanket", like=[P + "Hugh Grant"])
R(T, "keep Keanu Reeves out of my recommendations", dislike=[P + "Keanu Reeves"])
R(T, "a Kurosawa would make my night", like=[P + "Akira Kurosawa"])
R(T, "Sharon Stone? not for me", dislike=[P + "Sharon Stone"])
R(T, "I'm a sucker for anything with Sean Connery", like=[P + "Sean Connery"])
R(T, "Tarantino gets on my last nerve", dislike=[P + "Quentin Tarantino"])
R(T, "I'd walk out of anything with Pauly Shore in it", dislike=[P + "Pauly Shore"])
R(T, "Billy Wilder's films never get old for me", like=[P + "Billy Wilder"])
R(T, "I'm done with Mel Gibson", dislike=[P + "Mel Gibson"])
R(T, "Ingrid Bergman, swoon", like=[P + "Ingrid Bergman"])
R(T, "Oliver Stone is too preachy for my taste", dislike=[P + "Oliver Stone"])
R(T, "Emma Thompson could read the phone book and I'd watch it", like=[P + "Emma Thompson"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Groundhog Day is one I'll rewatch forever", like_items=["Groundhog Day (1993)"])
R(T, "Waterworld was a total slog", dislike_items=["Waterworld (1995)"])
R(T, "anything in the same ballpark as The Usual Suspects", like_items=["The Usual Suspects (1995)"])
R(T, "please don't suggest Batman & Robin ever again", dislike_items=["Batman & Robin (1997)"])
R(T, "Blade Runner still blows my mind", like_items=["Blade Runner (1982)"])
R(T, "The Postman was a three-hour nap", dislike_items=["The Postman (1997)"])
R(T, "Heat is the gold standard for me", like_items=["Heat (1995)"])
R(T, "Speed 2 was an embarrassment, nothing like that one", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "E.T. gets me every single time", like_items=["E.T. the Extra-Terrestrial (1982)"])
R(T, "something with the feel of Dazed and Confused", like_items=["Dazed and Confused (1993)"])
R(T, "Jingle All the Way is the worst thing I've ever sat through", dislike_items=["Jingle All the Way (1996)"])
R(T, "The Big Lebowski, man, that's my movie", like_items=["The Big Lebowski (1998)"])
R(T, "Forrest Gump was overrated schmaltz", dislike_items=["Forrest Gump (1994)"])
R(T, "The Shining scared me silly and I loved every minute", like_items=["The Shining (1980)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so my girlfriend and I have been going back and forth about this all week, she wants something "
     "romantic and honestly I'm fine with that, but the one thing I can't handle is horror, last time we "
     "watched one I didn't sleep for three nights, so romance good, horror absolutely out",
  like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "So I grew up watching my dad's old westerns on Sunday afternoons, John Wayne and all that, and now "
     "that he's gone I find myself missing them, I'd love to watch a few again", like=[G + "Western"],
  ok=["+person:John Wayne"])
R(T, "not sure how to explain this but I went through a phase in college of watching nothing but Chevy "
     "Chase comedies and now I literally cannot stand him, every time he mugs at the camera I cringe, so "
     "yeah, anything without him", dislike=[P + "Chevy Chase"])
R(T, "my grandmother is staying with us over the holidays, she's eighty-seven and very proper, so nothing "
     "too modern, she'd be happiest with something from the 40s or 50s, the old Hollywood kind",
  like=[D + "1940s", D + "1950s"])
R(T, "I've been working nights for about six months and when I get home at 7am the last thing I want is "
     "anything heavy, so no dramas, I just want to zone out to something silly and funny",
  like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "long story short, I fell asleep during 2001 at the cinema as a kid and my brother has never let me "
     "forget it, but I rewatched it last year and it's honestly one of the best things I've ever seen",
  like_items=["2001: A Space Odyssey (1968)"])
R(T, "we're doing a themed night at the office where everyone brings snacks and we watch something "
     "together, last time someone picked a documentary about bees and half the room left, so please, "
     "whatever you do, no documentaries", dislike=[G + "Documentary"])
R(T, "Bit of background: I studied film for a year before dropping out, and the one thing that stuck with "
     "me was how much I love noir, the shadows, the femme fatales, the voice-overs, all of it",
  like=[G + "Film-Noir"])
R(T, "my kids are 6 and 9 and we've worn out every animated film in the house, I'd love something for the "
     "whole family that isn't a cartoon for once, a proper live-action kids' film",
  like=[G + "Children's"], dislike=[G + "Animation"])
R(T, "so I told a friend I'd never seen a Scorsese film and she nearly fainted, then she made me watch "
     "GoodFellas and now I want to work through all of them, start me on the rest",
  like=[P + "Martin Scorsese"], like_items=["GoodFellas (1990)"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I enjoy action films, especially ones with big car chases", like=[G + "Action"])
R(T, "I don't want any horror tonight", dislike=[G + "Horror"])
R(T, "Show me a few adventure films", like=[G + "Adventure"])
R(T, "I don't like westerns much", dislike=[G + "Western"])
R(T, "please recommend some good crime movies", like=[G + "Crime"])
R(T, "not interested in musicals at all", dislike=[G + "Musical"])
R(T, "I'm looking for a fantasy film for tonight", like=[G + "Fantasy"])
R(T, "Can you find me a good documentary?", like=[G + "Documentary"])
R(T, "my wife doesn't want anything romantic and neither do I", dislike=[G + "Romance"])
R(T, "I'd like to watch a mystery film this evening", like=[G + "Mystery"])
R(T, "please, no animated films", dislike=[G + "Animation"])
R(T, "a sci-fi movie from the 80s would be great", like=[G + "Sci-Fi", D + "1980s"])
R(T, "I dislike comedies", dislike=[G + "Comedy"])
R(T, "Drama, please", like=[G + "Drama"])
R(T, "I don't watch thrillers", dislike=[G + "Thriller"])
R(T, "Film noir would be nice", like=[G + "Film-Noir"])
R(T, "nothing for children, this is an adults' night", dislike=[G + "Children's"])
R(T, "I like Michelle Pfeiffer", like=[P + "Michelle Pfeiffer"])
R(T, "I don't want anything with Bruce Willis", dislike=[P + "Bruce Willis"])
R(T, "something from the 1990s", like=[D + "1990s"])
R(T, "I don't like films from the 1950s", dislike=[D + "1950s"])
R(T, "I want to watch Jurassic Park or something similar", like_items=["Jurassic Park (1993)"])
R(T, "I'm not a fan of Steven Seagal", dislike=[P + "Steven Seagal"])


if __name__ == "__main__":
    main()
