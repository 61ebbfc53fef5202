"""Writes evals/data/utterances_fresh8.jsonl: an eighth fresh held-out batch of `idiom` utterances (see README.md
here, "Eighth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:05-11:20 UTC) by F8, before and apart from that day's seventh round of change to
the stance reader (issue 21, round 7): the writer did not open the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py,
agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge notes
(evals/notes), the results (evals/results), the understanding benchmarks (evals/bench) or the round-7 author's
work, ran no reader, agent, test or benchmark on these sentences, and did not read any utterances*.jsonl file or the
record lists of the earlier fresh batches or of the stance training writers (only fresh_batch.py,
write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records, write_utterances_fresh6.py's
docstring and its code outside its records, README.md's sixth-batch section and the catalogue vocabulary
were read). Three sentences were reworded:
two because the writer's own check named them as already in an earlier file, one because a one-off check against
the then uncommitted utterances_fresh7.jsonl (printing only this batch's sentences) found it there. The reader's
author is not to read this file or its output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh8
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh8.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "fresh8-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "horror films are my toxic trait, I'll put one on at 2am with zero regrets", like=[G + "Horror"])
R(T, "I have a real problem with heist movies. as in I physically cannot stop watching them",
  like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "film noir ruined me for everything else, in the best possible way", like=[G + "Film-Noir"])
R(T, "Musicals are my dirty little secret and I'm beyond help", like=[G + "Musical"])
R(T, "war movies wreck me every single time and I keep crawling back for more", like=[G + "War"])
R(T, "westerns are a disease I caught off my grandad, and there's no cure", like=[G + "Western"])
R(T, "I'm dangerously obsessed with Hitchcock at the moment", like=[P + "Alfred Hitchcock"])
R(T, "documentaries are murdering my sleep schedule lol. one more. always one more", like=[G + "Documentary"])
R(T, "sci-fi is my kryptonite, throw aliens and starships at me", like=[G + "Sci-Fi"])
R(T, "cheesy eighties action is a terrible habit of mine and I refuse to kick it",
  like=[G + "Action", D + "1980s"])
R(T, "whodunits drive me absolutely nuts and I love being stumped, so bring one on", like=[G + "Mystery"])
R(T, "Animated films are my weakness, which is frankly embarrassing for a 50 year old man",
  like=[G + "Animation"])
R(T, "romcoms make me sick. like genuinely queasy. no.", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "fantasy epics are a ridiculous time sink and I am here for it", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of action flicks this month", dislike=[G + "Action"])
R(T, "dramas... I'm all cried out, give it a rest", dislike=[G + "Drama"])
R(T, "Over horror. So completely over it.", dislike=[G + "Horror"])
R(T, "i've OD'd on Tom Hanks this year, mix it up", dislike=[P + "Tom Hanks"])
R(T, "Thrillers have run their course for me, I think", dislike=[G + "Thriller"])
R(T, "I'm sick to the back teeth of period dramas", dislike=[G + "Drama"])
R(T, "completely westerned out after that marathon last weekend", dislike=[G + "Western"])
R(T, "the whole war film thing is done to death as far as I'm concerned", dislike=[G + "War"])
R(T, "seen enough 90s stuff to last me a lifetime, burnt out on it", dislike=[D + "1990s"])
R(T, "cartoons? we're maxed out, the kids have had them on a loop for weeks", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "the novelty of gangster films wore off years ago", dislike=[G + "Crime"])
R(T, "I could never get tired of comedies, honestly", like=[G + "Comedy"])
R(T, "Musicals have well and truly worn out their welcome in this house", dislike=[G + "Musical"])
R(T, "had it up to HERE with space movies", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a decent western", like=[G + "Western"])
R(T, "a thriller wouldn't be the worst thing in the world tonight", like=[G + "Thriller"])
R(T, "not entirely opposed to a musical, if it's a good one", like=[G + "Musical"])
R(T, "documentaries aren't exactly my cup of tea", dislike=[G + "Documentary"])
R(T, "I'm not unacquainted with the charms of a good noir", like=[G + "Film-Noir"])
R(T, "Horror's not really my favourite thing, let's put it that way", dislike=[G + "Horror"])
R(T, "I have been known to enjoy the odd Woody Allen picture", like=[P + "Woody Allen"])
R(T, "war films are a bit much for me, if I'm being honest", dislike=[G + "War"])
R(T, "a mystery? I could probably be persuaded", like=[G + "Mystery"])
R(T, "fantasy isn't half bad when somebody does it properly", like=[G + "Fantasy"])
R(T, "I'm not what you'd call the biggest fan of kids' movies", dislike=[G + "Children's"])
R(T, "A spot of sci-fi never hurt anybody", like=[G + "Sci-Fi"])
R(T, "slapstick is... not quite my scene", dislike=[G + "Comedy"])
R(T, "i don't hate the 70s stuff, stick some on", like=[D + "1970s"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a good love story", like=[G + "Romance"])
R(T, "can't say I've never loved a war movie. I've loved loads", like=[G + "War"])
R(T, "there isn't a Coen brothers film I don't like", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "no way am I not watching an adventure movie tonight", like=[G + "Adventure"])
R(T, "there is never a time I don't want a comedy", like=[G + "Comedy"])
R(T, "not that I don't respect documentaries, I just don't want one right now", dislike=[G + "Documentary"])
R(T, "honestly? I wouldn't not watch a slasher tonight", like=[G + "Horror"])
R(T, "It's not that I don't like westerns. I actively can't stand them.", dislike=[G + "Western"])
R(T, "never met a tense thriller I didn't like", like=[G + "Thriller"])
R(T, "I don't dislike musicals exactly, but I'm not watching one tonight", dislike=[G + "Musical"])
R(T, "can't think of one animated film I didn't enjoy", like=[G + "Animation"])
R(T, "Not unlike everybody else, I can't resist a Spielberg movie", like=[P + "Steven Spielberg"])
R(T, "nobody could accuse me of not loving film noir", like=[G + "Film-Noir"])
R(T, "it isn't that sci-fi isn't good, it just isn't for me", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies tonight please, I need to laugh", like=[G + "Comedy"])
R(T, "anything, literally anything, but horror", dislike=[G + "Horror"])
R(T, "everything except musicals, I'm begging you", dislike=[G + "Musical"])
R(T, "westerns or nothing, partner", like=[G + "Western"])
R(T, "give me any film that isn't a romance", dislike=[G + "Romance"])
R(T, "I'll watch whatever you pick, bar war films", dislike=[G + "War"])
R(T, "strictly thrillers this weekend", like=[G + "Thriller"])
R(T, "any genre at all except documentaries", dislike=[G + "Documentary"])
R(T, "only 1950s films for me, I'm doing a little project", like=[D + "1950s"])
R(T, "Drama, drama and more drama. Nothing else will do.", like=[G + "Drama"])
R(T, "Anything other than sci-fi works for me", dislike=[G + "Sci-Fi"])
R(T, "mystery or bust!!", like=[G + "Mystery"])
R(T, "whatever you fancy, as long as it isn't a cartoon", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "just kids' films for now, the little ones are still up", like=[G + "Children's"], ok=["+genre:Animation"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "thrillers beat horror any day of the week", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I'd take a western over a musical every single time", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "a good documentary wipes the floor with these big dumb action films", like=[G + "Documentary"],
  dislike=[G + "Action"])
R(T, "comedy > drama, fight me", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "give me the seventies over the nineties", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "Kubrick runs rings round Spielberg in my book", like=[P + "Stanley Kubrick"],
  dislike=[P + "Steven Spielberg"])
R(T, "fantasy trumps sci-fi for me, dragons over spaceships", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "mysteries are miles better than war films", like=[G + "Mystery"], dislike=[G + "War"])
R(T, "old noir knocks spots off today's thrillers", like=[G + "Film-Noir"], dislike=[G + "Thriller"])
R(T, "Schwarzenegger over Stallone, no contest", like=[P + "Arnold Schwarzenegger"],
  dislike=[P + "Sylvester Stallone"])
R(T, "adventure films leave kiddie stuff in the dust", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "I prefer animated films to horror, by a mile", like=[G + "Animation"], dislike=[G + "Horror"])
R(T, "anything from the 40s is better than what they churned out in the 80s", like=[D + "1940s"],
  dislike=[D + "1980s"])
R(T, "crime dramas are a thousand times better than soppy romances", like=[G + "Crime"],
  dislike=[G + "Romance"], ok=["+genre:Drama"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks, but I think I'll pass on the horror", dislike=[G + "Horror"])
R(T, "that's very kind, but musicals aren't really for me", dislike=[G + "Musical"])
R(T, "I appreciate it, though I'd rather skip westerns if that's alright", dislike=[G + "Western"])
R(T, "Lovely suggestions! Maybe just not quite so much war, if you don't mind", dislike=[G + "War"])
R(T, "I'm sure they're wonderful films, but could we steer clear of Woody Allen?", dislike=[P + "Woody Allen"])
R(T, "with respect, I'd prefer no documentaries this evening", dislike=[G + "Documentary"])
R(T, "sorry to be a pain, romance just isn't my thing", dislike=[G + "Romance"])
R(T, "it's not you, it's me: I just can't do sci-fi", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you I'd give the cartoons a miss", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "That's thoughtful of you, but I'll politely decline anything from the sixties", dislike=[D + "1960s"])
R(T, "Kind of you to offer the Tom Cruise ones, but no thank you", dislike=[P + "Tom Cruise"])
R(T, "could we perhaps leave fantasy to one side for now?", dislike=[G + "Fantasy"])
R(T, "if it's no trouble, I'd really love a mystery", like=[G + "Mystery"])
R(T, "would you mind terribly keeping the thrillers coming? they're perfect", like=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "crime flicks? nah fam", dislike=[G + "Crime"])
R(T, "musicals can do one, mate", dislike=[G + "Musical"])
R(T, "horror is a hard no from me dawg", dislike=[G + "Horror"])
R(T, "Westerns are naff. Bin them.", dislike=[G + "Western"])
R(T, "miss me with the romcoms", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "kids films are not it. at all.", dislike=[G + "Children's"])
R(T, "sci fi?? yeet it into the sun", dislike=[G + "Sci-Fi"])
R(T, "Jim Carrey can jog on", dislike=[P + "Jim Carrey"])
R(T, "docos are a snooze, next", dislike=[G + "Documentary"])
R(T, "war films? gonna have to pass on that one, chief", dislike=[G + "War"])
R(T, "80s movies are so cringe tbh, skip", dislike=[D + "1980s"])
R(T, "fantasy is pants. sorry not sorry", dislike=[G + "Fantasy"])
R(T, "thrillers? hard pass bestie", dislike=[G + "Thriller"])
R(T, "dramas are mid, gimme something else", dislike=[G + "Drama"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "westerns are pure gold to me", like=[G + "Western"])
R(T, "a proper whodunit is like a warm bath for my brain", like=[G + "Mystery"])
R(T, "animation is where the real magic happens", like=[G + "Animation"])
R(T, "Hitchcock was a genius, give me the lot", like=[P + "Alfred Hitchcock"])
R(T, "war films hit like nothing else, they're the real deal", like=[G + "War"])
R(T, "musicals are pure sunshine in a can", like=[G + "Musical"])
R(T, "sci-fi is the bee's knees", like=[G + "Sci-Fi"])
R(T, "comedy is my medicine after a long shift", like=[G + "Comedy"])
R(T, "Documentaries are a window on the world and I devour them", like=[G + "Documentary"])
R(T, "a big old-fashioned adventure movie is my happy place on a Sunday", like=[G + "Adventure"])
R(T, "Meryl Streep could read the phone book and I'd be riveted", like=[P + "Meryl Streep"])
R(T, "fantasy films are a feast for the eyes", like=[G + "Fantasy"])
R(T, "the thirties were a golden age for the movies, honestly", like=[D + "1930s"])
R(T, "noir is catnip for me", like=[G + "Film-Noir"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "I love a good crime story but gory horror I can't stand", like=[G + "Crime"], dislike=[G + "Horror"])
R(T, "keep the musicals, lose the westerns", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "yes to sci-fi, no to anything romantic", like=[G + "Sci-Fi"], dislike=[G + "Romance"])
R(T, "comedies are fine; dramas aren't, not tonight", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "I'm mad about the sixties but the eighties do nothing for me", like=[D + "1960s"], dislike=[D + "1980s"])
R(T, "Fantasy please, and spare me the war stuff", like=[G + "Fantasy"], dislike=[G + "War"])
R(T, "documentaries I adore; thrillers just stress me out", like=[G + "Documentary"],
  dislike=[G + "Thriller"])
R(T, "Denzel yes, Nic Cage no", like=[P + "Denzel Washington"], dislike=[P + "Nicolas Cage"])
R(T, "big fan of adventure films, much less so of straight action", like=[G + "Adventure"],
  dislike=[G + "Action"])
R(T, "mysteries are my jam, kids' films are not", like=[G + "Mystery"], dislike=[G + "Children's"])
R(T, "animation's lovely but musicals I can't abide", like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "bring on the noir, hold the romance", like=[G + "Film-Noir"], dislike=[G + "Romance"])
R(T, "I'm up for horror, just please nothing from the 70s", like=[G + "Horror"], dislike=[D + "1970s"])
R(T, "war movies yes, anything with Keanu Reeves in it no", like=[G + "War"], dislike=[P + "Keanu Reeves"])
R(T, "Give me westerns. I'm not into sci-fi at all.", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "drama is great, comedy mostly leaves me cold", like=[G + "Drama"], dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Horror? Not in a million years.", dislike=[G + "Horror"])
R(T, "do I like westerns? does a bear... yes. loads.", like=[G + "Western"])
R(T, "why does everyone rave about musicals? anyway, I'm after a western", like=[G + "Western"])
R(T, "musicals, you ask? not on your life", dislike=[G + "Musical"])
R(T, "Am I a sci-fi person? Absolutely, through and through.", like=[G + "Sci-Fi"])
R(T, "what about war films? eh, no, I'll skip them", dislike=[G + "War"])
R(T, "would I watch a documentary? only if I had insomnia. so no", dislike=[G + "Documentary"])
R(T, "who doesn't love a good mystery? I certainly do", like=[G + "Mystery"])
R(T, "thrillers? why on earth would I say no to that", like=[G + "Thriller"])
R(T, "Kids' movies? Please. I'm 40 and I don't have kids.", dislike=[G + "Children's"])
R(T, "do i want a Spielberg film? more than anything", like=[P + "Steven Spielberg"])
R(T, "Is fantasy my thing? Not really, no.", dislike=[G + "Fantasy"])
R(T, "anything from the forties? yes please, the older the better", like=[D + "1940s"],
  ok=["+decade:1930s", "+decade:1920s"])
R(T, "did somebody say romance? count me in", like=[G + "Romance"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing made before 1970 please", year=(1970, None))
R(T, "I'm all about the 1950s lately", like=[D + "1950s"])
R(T, "no black and white, so nothing older than 1960", year=(1960, None))
R(T, "stop at 1979, nothing newer than that", year=(None, 1979))
R(T, "the 90s, all day long", like=[D + "1990s"])
R(T, "seventies cinema is where it's at", like=[D + "1970s"])
R(T, "keep it pre-1960 if you can", year=(None, 1959))
R(T, "the eighties can stay in the eighties", dislike=[D + "1980s"])
R(T, "films from the 20s, silent era, the whole lot", like=[D + "1920s"])
R(T, "anything from the 1930s is too creaky for me", dislike=[D + "1930s"])
R(T, "nothing after 1990, I can't stand how films look now", year=(None, 1990))
R(T, "I'd love some films from the forties", like=[D + "1940s"])
R(T, "sixties films bore me stiff", dislike=[D + "1960s"])
R(T, "only stuff from 1985 onwards", year=(1985, None))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson can do no wrong in my eyes", like=[P + "Jack Nicholson"])
R(T, "anything with Van Damme in it, count me out", dislike=[P + "Jean-Claude Van Damme"])
R(T, "I'm such a sucker for Julia Roberts", like=[P + "Julia Roberts"])
R(T, "Kevin Costner films put me straight to sleep", dislike=[P + "Kevin Costner"])
R(T, "more Tarantino please, as bloody as you like", like=[P + "Quentin Tarantino"])
R(T, "Meg Ryan? spare me", dislike=[P + "Meg Ryan"])
R(T, "I'd follow David Lynch anywhere", like=[P + "David Lynch"])
R(T, "Steven Seagal is a no-go zone", dislike=[P + "Steven Seagal"])
R(T, "Emma Thompson is an absolute treasure", like=[P + "Emma Thompson"])
R(T, "not another Robin Williams film, I beg you", dislike=[P + "Robin Williams"])
R(T, "John Wayne's my guy", like=[P + "John Wayne"])
R(T, "Sandra Bullock leaves me completely cold", dislike=[P + "Sandra Bullock"])
R(T, "Hugh Grant's bumbling charm gets me every time", like=[P + "Hugh Grant"])
R(T, "I've gone right off Mel Gibson", dislike=[P + "Mel Gibson"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is a masterpiece, more like that", like_items=["Fargo (1996)"])
R(T, "I couldn't sit through Waterworld if you paid me", dislike_items=["Waterworld (1995)"])
R(T, "The Shawshank Redemption is the best thing ever put on film", like_items=["The Shawshank Redemption (1994)"])
R(T, "titanic? it sank for me too", dislike_items=["Titanic (1997)"])
R(T, "something in the spirit of Jaws would be perfect", like_items=["Jaws (1975)"])
R(T, "please never show me Batman & Robin again", dislike_items=["Batman & Robin (1997)"])
R(T, "I could watch The Princess Bride a hundred times over", like_items=["The Princess Bride (1987)"])
R(T, "Speed 2 was an insult to my intelligence", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Groundhog Day never gets old for me", like_items=["Groundhog Day (1993)"])
R(T, "I nodded off twice during The English Patient, not again", dislike_items=["The English Patient (1996)"])
R(T, "GoodFellas is my comfort food", like_items=["GoodFellas (1990)"])
R(T, "Showgirls, no thanks", dislike_items=["Showgirls (1995)"])
R(T, "Blade Runner blew my mind, I want more like it", like_items=["Blade Runner (1982)"])
R(T, "forrest gump is overrated, don't bother with it", dislike_items=["Forrest Gump (1994)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so my brother came round last weekend and insisted on some horror thing, and I spent the whole film behind "
  "a cushion while he laughed at me. never again. anyway tonight it's just me and I fancy something funny and "
  "light", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "I grew up on my dad's old VHS tapes, mostly Clint Eastwood westerns and a few Bond films, and honestly those "
  "are still what I reach for when I'm knackered after work. Find me something along those lines?",
  like=[G + "Western", P + "Clint Eastwood"])
R(T, "my wife adores Richard Gere, she'd watch him read a shopping list, but I find him unbearable and it's my "
  "pick tonight, so let's avoid him", dislike=[P + "Richard Gere"])
R(T, "I started a film club at work and we've spent the last month on old noir, but people are asking for "
  "something more recent now, so basically nothing before 1980 and nothing with subtitles",
  year=(1980, None))
R(T, "honestly I don't watch many films, more of a podcast person, but my niece is staying over and she's 8 and "
  "mad about animals, so something for kids, maybe animated, and nothing scary obviously",
  like=[G + "Children's"], dislike=[G + "Horror"], ok=["+genre:Animation"])
R(T, "I was on a long-haul flight last month and watched three war films back to back, and by the third I was an "
  "absolute wreck, so I'm taking a break from those. What I could use now is a proper adventure, treasure maps, "
  "that sort of thing", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "my uni course had us watching a documentary every week for a whole year and I came out of it genuinely "
  "loving them, which I did not see coming, so yeah, docs please", like=[G + "Documentary"])
R(T, "we tried a musical for date night and my boyfriend was asleep inside twenty minutes, and tbh I was bored too, "
  "so no more of those. he's into sci-fi and I'm happy to go along with that",
  like=[G + "Sci-Fi"], dislike=[G + "Musical"])
R(T, "I used to think thrillers were my thing, but lately every one I watch feels identical, twist, twist, chase, "
  "and I just roll my eyes, so maybe something slower and more character driven, like a good drama",
  like=[G + "Drama"], dislike=[G + "Thriller"])
R(T, "as a teenager I watched nothing but 80s stuff, Die Hard, Back to the Future, all of it, and I still love that "
  "decade more than any other, so surprise me but keep it in there", like=[D + "1980s"],
  ok=["+item:Die Hard (1988)", "+item:Back to the Future (1985)"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "Looking for a good horror movie", like=[G + "Horror"])
R(T, "I don't really like musicals much", dislike=[G + "Musical"])
R(T, "show me some crime films", like=[G + "Crime"])
R(T, "No romance, please.", dislike=[G + "Romance"])
R(T, "I enjoy documentaries about nature", like=[G + "Documentary"])
R(T, "i'm not into westerns", dislike=[G + "Western"])
R(T, "Can you find me a war film?", like=[G + "War"])
R(T, "I don't want anything animated", dislike=[G + "Animation"])
R(T, "recommend me a mystery", like=[G + "Mystery"])
R(T, "I dislike thrillers", dislike=[G + "Thriller"])
R(T, "I love fantasy movies", like=[G + "Fantasy"])
R(T, "please no sci-fi", dislike=[G + "Sci-Fi"])
R(T, "A film from the 1960s would be good", like=[D + "1960s"])
R(T, "I'm not a fan of Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "I like films with Harrison Ford", like=[P + "Harrison Ford"])
R(T, "no children's films", dislike=[G + "Children's"])
R(T, "Drama please", like=[G + "Drama"])
R(T, "I don't enjoy film noir", dislike=[G + "Film-Noir"])
R(T, "something with a lot of action in it", like=[G + "Action"])
R(T, "I hate comedies", dislike=[G + "Comedy"])
R(T, "I'd like an adventure film", like=[G + "Adventure"])
R(T, "not Spike Lee, please", dislike=[P + "Spike Lee"])
R(T, "I want something like Toy Story", like_items=["Toy Story (1995)"])


if __name__ == "__main__":
    main()
