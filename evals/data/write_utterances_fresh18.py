"""Writes evals/data/utterances_fresh18.jsonl: an eighteenth fresh held-out batch of `idiom` utterances (see README.md
here, "Eighteenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (from 16:26 UTC) by F18, before and apart from that day's twelfth round of change to
the stance reader (round 12): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-12 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 and last 5 lines
and the catalogue vocabulary and titles were read). Fifteen sentences were reworded because the writer's own
check named them as already in an earlier file; a one-off check against the then uncommitted
utterances_fresh17.jsonl (printing only this batch's sentences) found none there. The reader's author is not to
read this file or its output.
Every gold label is what a careful reader takes the sentence to mean for the user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file (utterances.jsonl,
fresh #1-#16, the stance training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh18
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh18.jsonl"
OTHER_FILES = earlier_files(16, 15)  # utterances.jsonl, fresh #1-#16, training batches w1-w15
BATCH = "fresh18-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "I caught the western bug off my uncle years ago and it's terminal, no cure wanted", like=[G + "Western"])
R(T, "I have a serious problem with heist movies, in that I physically cannot stop watching them",
  like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "noir is my poison of choice, pour me another", like=[G + "Film-Noir"])
R(T, "war movies leave me an emotional wreck and somehow that's exactly why I need another one", like=[G + "War"])
R(T, "that Kubrick guy is a menace, every film of his lives rent-free in my head", like=[P + "Stanley Kubrick"])
R(T, "musicals are my filthy little vice, don't tell anyone", like=[G + "Musical"])
R(T, "documentaries are dangerous for me, I start one at 10pm and suddenly it's 3am and I've watched six",
  like=[G + "Documentary"])
R(T, "sci-fi is a sickness with me honestly, the nerdier the better", like=[G + "Sci-Fi"])
R(T, "I'm hopelessly, embarrassingly hooked on Jackie Chan fight scenes", like=[P + "Jackie Chan"],
  ok=["+genre:Action"])
R(T, "fantasy stuff is my kryptonite, show me a dragon and I'm done for", like=[G + "Fantasy"])
R(T, "horror genuinely makes me sick to my stomach, I can't do it", dislike=[G + "Horror"])
R(T, "animated stuff is a chore for me, it's just dead boring", dislike=[G + "Animation"])
R(T, "grimy 70s horror is pure evil and I love every frame of it", like=[G + "Horror", D + "1970s"])
R(T, "Tarantino films are absolute filth and I adore them", like=[P + "Quentin Tarantino"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've OD'd on action flicks this year, I'm done with action", dislike=[G + "Action"])
R(T, "I'm so over love stories it isn't even funny", dislike=[G + "Romance"])
R(T, "had my fill of war films after last month's marathon, give it a rest", dislike=[G + "War"])
R(T, "zombies, vampires, haunted houses... my quota for horror is well and truly used up", dislike=[G + "Horror"])
R(T, "I've seen enough Hitchcock to last me a lifetime", dislike=[P + "Alfred Hitchcock"])
R(T, "cartoons are coming out of my ears, my kids watch them nonstop, nothing animated tonight please",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "I'm fed up to the back teeth with dramas, honestly", dislike=[G + "Drama"])
R(T, "documentaries: burnt out on them, sorry", dislike=[G + "Documentary"])
R(T, "after three Tom Cruise films in a row I need a break from the man", dislike=[P + "Tom Cruise"])
R(T, "sci-fi fatigue is real, I can't look at another spaceship", dislike=[G + "Sci-Fi"])
R(T, "the 80s have been done to death in my house, skip that decade", dislike=[D + "1980s"])
R(T, "enough whodunnits for one lifetime, I always guess the killer anyway", dislike=[G + "Mystery"])
R(T, "I'm sick of serious stuff, gimme a comedy", like=[G + "Comedy"])
R(T, "Musicals? had my lifetime supply of those in drama school", dislike=[G + "Musical"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a half-decent oater wouldn't go amiss, if you've got one about", like=[G + "Western"])
R(T, "a good thriller is not the worst way to spend an evening", like=[G + "Thriller"])
R(T, "I've been known to enjoy the odd Woody Allen film", like=[P + "Woody Allen"])
R(T, "sci-fi and I get along alright, I suppose", like=[G + "Sci-Fi"])
R(T, "I'm not averse to a bit of film noir", like=[G + "Film-Noir"])
R(T, "fifties films are a bit of alright, as my nan would say", like=[D + "1950s"])
R(T, "musicals aren't exactly top of my list, let's say", dislike=[G + "Musical"])
R(T, "Jim Carrey's brand of humour is a tad wasted on me", dislike=[P + "Jim Carrey"])
R(T, "I'm not the biggest fan of war pictures, to put it mildly", dislike=[G + "War"])
R(T, "Spielberg knows a thing or two about making a movie", like=[P + "Steven Spielberg"])
R(T, "I could probably be talked into an animated film", like=[G + "Animation"])
R(T, "horror and I have a slightly strained relationship", dislike=[G + "Horror"])
R(T, "adventure films don't exactly bore me", like=[G + "Adventure"])
R(T, "kids' films are a little beneath my pay grade these days", dislike=[G + "Children's"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "not that I don't like comedies, I do, quite a lot", like=[G + "Comedy"])
R(T, "I can't say I've never enjoyed a Bruce Willis film, because I have, loads", like=[P + "Bruce Willis"])
R(T, "there's no crime film I wouldn't at least try", like=[G + "Crime"])
R(T, "there's never a time I don't want a mystery, put one on", like=[G + "Mystery"])
R(T, "it's not that I dislike documentaries, they're just not what I want tonight", dislike=[G + "Documentary"])
R(T, "there isn't a Coen brothers film I wouldn't sit down for", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "not a single western I haven't hated", dislike=[G + "Western"])
R(T, "I'm not against romance, not at all, bring it on", like=[G + "Romance"])
R(T, "no adventure film has ever not bored me", dislike=[G + "Adventure"])
R(T, "it's not that I don't appreciate musicals; I just can't sit through them", dislike=[G + "Musical"])
R(T, "never have I not cried at a war movie, and I love that about them", like=[G + "War"])
R(T, "it isn't untrue that I'm a massive Meg Ryan fan", like=[P + "Meg Ryan"])
R(T, "not one horror film has failed to give me nightmares, so no thanks", dislike=[G + "Horror"])
R(T, "nobody could ever accuse me of not loving sci-fi", like=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but noir this weekend, I'm committed", like=[G + "Film-Noir"])
R(T, "anything but animation, I beg you", dislike=[G + "Animation"])
R(T, "everything except horror is fine with me", dislike=[G + "Horror"])
R(T, "saddle up a western for me or don't bother, that's the only option on the table", like=[G + "Western"])
R(T, "I'll watch any genre besides sci-fi", dislike=[G + "Sci-Fi"])
R(T, "just thrillers for me, only thrillers", like=[G + "Thriller"])
R(T, "any decade but the 1930s", dislike=[D + "1930s"])
R(T, "Give me Harrison Ford or give me nothing", like=[P + "Harrison Ford"])
R(T, "all genres are fair game apart from musicals", dislike=[G + "Musical"])
R(T, "comedy, comedy and more comedy, nothing else", like=[G + "Comedy"])
R(T, "whatever you want as long as it isn't a documentary", dislike=[G + "Documentary"])
R(T, "no films other than war films, it's my grandad's birthday and that's all he watches", like=[G + "War"])
R(T, "anyone in the lead except Steven Seagal", dislike=[P + "Steven Seagal"])
R(T, "I'm happy with everything save children's films", dislike=[G + "Children's"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns wipe the floor with war movies any day", like=[G + "Western"], dislike=[G + "War"])
R(T, "I'd take a mystery over a romance every single time", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "comedies beat dramas hands down for me", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "hard sci-fi knocks elves-and-wizards fantasy into a cocked hat", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "Eastwood over Wayne, no contest", like=[P + "Clint Eastwood"], dislike=[P + "John Wayne"])
R(T, "the 70s run rings around the 80s when it comes to film", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "a documentary trumps an action movie for me", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "give me a proper scary horror over a cosy mystery any day", like=[G + "Horror"], dislike=[G + "Mystery"])
R(T, "Spielberg leaves James Cameron in the dust", like=[P + "Steven Spielberg"], dislike=[P + "James Cameron"])
R(T, "I'd pick adventure over crime any night of the week", like=[G + "Adventure"], dislike=[G + "Crime"])
R(T, "Hanks is twice the actor Costner is", like=[P + "Tom Hanks"], dislike=[P + "Kevin Costner"])
R(T, "musicals are way more fun than documentaries, which put me to sleep", like=[G + "Musical"],
  dislike=[G + "Documentary"])
R(T, "compared with the 90s, the 60s were leagues ahead", like=[D + "1960s"], dislike=[D + "1990s"])
R(T, "Fargo is better than Pulp Fiction and it isn't close", like_items=["Fargo (1996)"],
  dislike_items=["Pulp Fiction (1994)"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "aw thanks so much, though I reckon I'll sit the horror ones out this evening", dislike=[G + "Horror"])
R(T, "that's very kind of you, although westerns never quite land with me", dislike=[G + "Western"])
R(T, "I appreciate the suggestions, but could we steer away from sci-fi?", dislike=[G + "Sci-Fi"])
R(T, "lovely picks! maybe just not so much animation, if that's alright", dislike=[G + "Animation"])
R(T, "I'm sure Tarantino's films are brilliant for some, they're just a bit much for me",
  dislike=[P + "Quentin Tarantino"])
R(T, "respectfully, I'll pass on anything from the 1940s", dislike=[D + "1940s"])
R(T, "you're a star, but I'd rather not do a war film tonight", dislike=[G + "War"])
R(T, "with all due respect to the fans, I'd prefer to skip musicals", dislike=[G + "Musical"])
R(T, "oh, that's thoughtful, but dramas tend to bring me down, so perhaps something else", dislike=[G + "Drama"])
R(T, "kindly leave out anything with Adam Sandler, cheers", dislike=[P + "Adam Sandler"])
R(T, "if it's all the same to you, I'd sooner avoid crime films", dislike=[G + "Crime"])
R(T, "no offence to Julia Roberts, she's just not someone I'd choose to watch", dislike=[P + "Julia Roberts"])
R(T, "those all sound wonderful, I'd just love a bit more comedy in there", like=[G + "Comedy"])
R(T, "I'll politely decline the thrillers, but thank you for thinking of me", dislike=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "westerns? naff, mate", dislike=[G + "Western"])
R(T, "fantasy is mid tbh, skip", dislike=[G + "Fantasy"])
R(T, "romance films are so cringe, hard no", dislike=[G + "Romance"])
R(T, "nah fam, no cartoons", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "Stallone movies are absolute pants", dislike=[P + "Sylvester Stallone"])
R(T, "documentaries are a snooze fest, next", dislike=[G + "Documentary"])
R(T, "miss me with them black and white noir flicks", dislike=[G + "Film-Noir"])
R(T, "musicals are straight-up trash, no cap", dislike=[G + "Musical"])
R(T, "Nicolas Cage? yeah nah", dislike=[P + "Nicolas Cage"])
R(T, "crime flicks are dead boring, can't be arsed", dislike=[G + "Crime"])
R(T, "kids' movies can do one", dislike=[G + "Children's"])
R(T, "that 30s stuff is proper dusty, bin it", dislike=[D + "1930s"])
R(T, "action movies are braindead noise, meh", dislike=[G + "Action"])
R(T, "mystery stuff? yawn. hard pass", dislike=[G + "Mystery"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "westerns are the beating heart of cinema", like=[G + "Western"])
R(T, "anything Spike Lee touches turns to gold", like=[P + "Spike Lee"])
R(T, "a good noir is like a fine whisky", like=[G + "Film-Noir"])
R(T, "hand-drawn animation is where the real wizardry lives for me", like=[G + "Animation"])
R(T, "Audrey Hepburn lights up every scene she's in", like=[P + "Audrey Hepburn"])
R(T, "romance movies are a warm hug on a cold night", like=[G + "Romance"])
R(T, "the 40s were a golden age, those films still shine", like=[D + "1940s"])
R(T, "fantasy films are pure rocket fuel for my imagination", like=[G + "Fantasy"])
R(T, "Kurosawa is a giant, full stop", like=[P + "Akira Kurosawa"])
R(T, "adventure movies make me feel ten years old again, in the best way", like=[G + "Adventure"])
R(T, "war films done right are cathedrals of cinema", like=[G + "War"])
R(T, "a clever mystery is candy for my brain", like=[G + "Mystery"])
R(T, "Robin Williams was a national treasure", like=[P + "Robin Williams"])
R(T, "Casablanca is a diamond, it never gets old", like_items=["Casablanca (1942)"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "thriller yes, horror no", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I love a good comedy but that Leslie Nielsen slapstick leaves me cold", like=[G + "Comedy"],
  dislike=[P + "Leslie Nielsen"])
R(T, "keen on the 60s, not the 70s", like=[D + "1960s"], dislike=[D + "1970s"])
R(T, "bring on the musicals, but keep the westerns away", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "docs are great, animation is not", like=[G + "Documentary"], dislike=[G + "Animation"])
R(T, "I'm all in for crime films, just nothing with Keanu Reeves", like=[G + "Crime"], dislike=[P + "Keanu Reeves"])
R(T, "Sci-Fi, sure. war stuff, no thanks.", like=[G + "Sci-Fi"], dislike=[G + "War"])
R(T, "my wife loves romance, I don't, but we both love adventure", like=[G + "Adventure"], dislike=[G + "Romance"])
R(T, "fantasy for me, please, and hold the drama", like=[G + "Fantasy"], dislike=[G + "Drama"])
R(T, "I dig Denzel Washington but can't stand Wesley Snipes", like=[P + "Denzel Washington"],
  dislike=[P + "Wesley Snipes"])
R(T, "something from the 1990s, not the 1980s", like=[D + "1990s"], dislike=[D + "1980s"])
R(T, "mysteries I devour, children's films I avoid", like=[G + "Mystery"], dislike=[G + "Children's"])
R(T, "action's fine by me; noir, less so", like=[G + "Action"], dislike=[G + "Film-Noir"])
R(T, "fond of Tim Burton, not so fond of David Lynch", like=[P + "Tim Burton"], dislike=[P + "David Lynch"])
R(T, "loved Titanic, hated Waterworld", like_items=["Titanic (1997)"], dislike_items=["Waterworld (1995)"])
R(T, "I'd happily watch something with Meryl Streep, just not another Hugh Grant one", like=[P + "Meryl Streep"],
  dislike=[P + "Hugh Grant"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Horror? Absolutely not.", dislike=[G + "Horror"])
R(T, "do I like westerns? is the Pope Catholic?", like=[G + "Western"])
R(T, "you want to know if I'm into sci-fi? obviously, yes", like=[G + "Sci-Fi"])
R(T, "Musicals, you ask? Over my dead body.", dislike=[G + "Musical"])
R(T, "what do I think of the 1980s? best decade for movies, no question", like=[D + "1980s"])
R(T, "would I watch a documentary? maybe if I was being paid", dislike=[G + "Documentary"])
R(T, "Steve Martin? love the guy.", like=[P + "Steve Martin"])
R(T, "fantasy? nope, never got into it", dislike=[G + "Fantasy"])
R(T, "am I a crime film person? through and through", like=[G + "Crime"])
R(T, "Romance? Sure, why not, put one on", like=[G + "Romance"])
R(T, "can I handle war movies? not really, they gut me", dislike=[G + "War"])
R(T, "why would anyone want a thriller when they could have a comedy? comedy please", like=[G + "Comedy"],
  ok=["-genre:Thriller"])
R(T, "Billy Wilder? the best there ever was.", like=[P + "Billy Wilder"])
R(T, "is anything from the 1920s worth watching? no, so skip it", dislike=[D + "1920s"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1980, please", year=(1980, None))
R(T, "I only watch stuff from the 70s", like=[D + "1970s"])
R(T, "no black-and-white era stuff, so nothing before 1960", year=(1960, None))
R(T, "the 90s are my decade", like=[D + "1990s"])
R(T, "skip anything made after 1990, modern films bore me", year=(None, 1990))
R(T, "films from the 1950s are a no for me", dislike=[D + "1950s"])
R(T, "mid-century classics, the 40s especially, are what I'm after", like=[D + "1940s"])
R(T, "keep it 1975 onwards", year=(1975, None))
R(T, "I'm a sucker for the swinging sixties", like=[D + "1960s"])
R(T, "the eighties are a cultural wasteland, avoid", dislike=[D + "1980s"])
R(T, "nothing from the 20s or 30s, that old stuff puts me to sleep", dislike=[D + "1920s", D + "1930s"])
R(T, "nothing newer than 1970, the older the better", year=(None, 1970))
R(T, "give me the 1930s, Hollywood's real heyday", like=[D + "1930s"])
R(T, "late 90s stuff all looks the same to me, no 90s please", dislike=[D + "1990s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "I'd watch Jack Nicholson read a phone book", like=[P + "Jack Nicholson"])
R(T, "can't bear Demi Moore", dislike=[P + "Demi Moore"])
R(T, "Scorsese can do no wrong in my eyes", like=[P + "Martin Scorsese"])
R(T, "keep Arnold Schwarzenegger off my screen", dislike=[P + "Arnold Schwarzenegger"])
R(T, "Sandra Bullock is my comfort actress", like=[P + "Sandra Bullock"])
R(T, "Oliver Stone films feel like a lecture, not for me", dislike=[P + "Oliver Stone"])
R(T, "Jodie Foster has not made a single dud performance in my book, I'd follow her anywhere", like=[P + "Jodie Foster"])
R(T, "Ridley Scott's stuff is way too bleak for me", dislike=[P + "Ridley Scott"])
R(T, "I'm a Sean Connery girl through and through", like=[P + "Sean Connery"])
R(T, "Eddie Murphy's humour grates on me", dislike=[P + "Eddie Murphy"])
R(T, "Anthony Hopkins is a master of his craft", like=[P + "Anthony Hopkins"])
R(T, "I'm wary of anything with Jean-Claude Van Damme in it", dislike=[P + "Jean-Claude Van Damme"])
R(T, "Bill Murray deadpan is my love language", like=[P + "Bill Murray"])
R(T, "spare me the Kevin Smith films", dislike=[P + "Kevin Smith"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Jurassic Park is my all-time comfort watch", like_items=["Jurassic Park (1993)"])
R(T, "Spice World was the most painful 90 minutes of my life", dislike_items=["Spice World (1997)"])
R(T, "I know every line of The Princess Bride and I'd happily learn them all again", like_items=["The Princess Bride (1987)"])
R(T, "please don't put Batman & Robin anywhere near me", dislike_items=["Batman & Robin (1997)"])
R(T, "Groundhog Day, every time, forever", like_items=["Groundhog Day (1993)"])
R(T, "The English Patient was three hours of me checking the clock, never again", dislike_items=["The English Patient (1996)"])
R(T, "The Shawshank Redemption is as close to a perfect film as it gets",
  like_items=["The Shawshank Redemption (1994)"])
R(T, "Anaconda was laughably bad, never again", dislike_items=["Anaconda (1997)"])
R(T, "something like The Fugitive would hit the spot", like_items=["The Fugitive (1993)"])
R(T, "Independence Day was loud, dumb and not for me", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Trainspotting blew my mind, more of that please", like_items=["Trainspotting (1996)"])
R(T, "Striptease, no. just no.", dislike_items=["Striptease (1996)"])
R(T, "my dad and I quote Monty Python and the Holy Grail all the time, we love it",
  like_items=["Monty Python and the Holy Grail (1974)"])
R(T, "Twister was a total letdown, don't bother suggesting it", dislike_items=["Twister (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so my flatmate and I have this rule where whoever loses at darts picks the film, and I lost, which "
  "normally means she drags me through something with singing and dancing, but tonight it's MY pick and I'm "
  "thinking something properly scary, a real horror, the kind where you sleep with the light on",
  like=[G + "Horror"], ok=["-genre:Musical"])
R(T, "Long day. Kids are finally asleep, the dishwasher's on, and I've got maybe two hours before I pass out on "
  "the sofa. Whatever you suggest, please don't let it be a war film, my husband watched three this weekend and "
  "I've had enough gunfire for a month.", dislike=[G + "War"])
R(T, "So I was at my gran's on Sunday and she had this old film on from the 1940s, all hats and cigarettes and "
  "fast talking, and I sat down expecting to be bored and ended up completely hooked, so I guess what I'm saying "
  "is more of that era please", like=[D + "1940s"])
R(T, "my brother keeps telling me to watch sci-fi because he thinks I'd like it, and I've tried, honestly I "
  "have, but every time there's a spaceship I just zone out, so can we rule that out and maybe find me a nice "
  "mystery instead", like=[G + "Mystery"], dislike=[G + "Sci-Fi"])
R(T, "Not sure how this works but here goes: I'm 67, I don't care much for the modern stuff with all the "
  "explosions, my late husband loved his westerns and I find they remind me of him in a good way, so I'd quite "
  "like one of those", like=[G + "Western"], ok=["-genre:Action"])
R(T, "right, so first date tomorrow, at mine, and I want to look cultured but not pretentious, I was going to do "
  "something subtitled but then I panicked, so maybe just a really good Nora Ephron film? she's kind of my "
  "thing, people either get it or they don't", like=[P + "Nora Ephron"])
R(T, "I teach Year 9 and we've been doing a unit on propaganda and now every time I watch a documentary I'm "
  "picking it apart, which is exhausting, so honestly for my own sanity nothing factual, made-up stories only",
  dislike=[G + "Documentary"])
R(T, "we've got the in-laws this weekend and they're lovely but very old fashioned, and my father-in-law has a "
  "weird thing about cartoons, says they're for babies, so nothing animated or he'll grumble all night",
  dislike=[G + "Animation"])
R(T, "been ill all week, tissues everywhere, I've worked my way through half your comedies and honestly they've "
  "kept me going, so keep the laughs coming, but I've noticed you keep slipping in Robin Williams ones and his "
  "stuff makes me weirdly sad so maybe not him", like=[G + "Comedy"], dislike=[P + "Robin Williams"])
R(T, "honestly I used to be all about action films in my twenties, car chases, the lot, but I've gotten older "
  "and they just feel like noise now, so these days I gravitate to quiet character dramas",
  like=[G + "Drama"], dislike=[G + "Action"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like comedies with a bit of heart", like=[G + "Comedy"])
R(T, "no horror movies for me tonight, thanks", dislike=[G + "Horror"])
R(T, "pull up a few westerns for me would you", like=[G + "Western"])
R(T, "skip the animated ones for me", dislike=[G + "Animation"])
R(T, "I'm after an adventure film for tonight", like=[G + "Adventure"])
R(T, "no musicals this time please", dislike=[G + "Musical"])
R(T, "I enjoy films from the 1960s", like=[D + "1960s"])
R(T, "I don't like thrillers much", dislike=[G + "Thriller"])
R(T, "recommend me a good fantasy movie", like=[G + "Fantasy"])
R(T, "I'm not really a documentary person", dislike=[G + "Documentary"])
R(T, "I'd like a romance", like=[G + "Romance"])
R(T, "nothing with Mel Gibson", dislike=[P + "Mel Gibson"])
R(T, "I like films with Morgan Freeman", like=[P + "Morgan Freeman"])
R(T, "I don't watch war movies", dislike=[G + "War"])
R(T, "find me a mystery", like=[G + "Mystery"])
R(T, "children's films aren't something I enjoy", dislike=[G + "Children's"])
R(T, "I want a sci-fi film that isn't too long", like=[G + "Sci-Fi"])
R(T, "avoid crime movies", dislike=[G + "Crime"])
R(T, "a drama would be good", like=[G + "Drama"])
R(T, "I don't enjoy action films", dislike=[G + "Action"])
R(T, "something noir, please", like=[G + "Film-Noir"])
R(T, "I like Tom Hanks but not Meg Ryan", like=[P + "Tom Hanks"], dislike=[P + "Meg Ryan"])
R(T, "no romance, please, but a comedy would be fine", like=[G + "Comedy"], dislike=[G + "Romance"])


if __name__ == "__main__":
    main()
