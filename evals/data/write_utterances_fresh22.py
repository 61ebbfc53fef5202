"""Writes evals/data/utterances_fresh22.jsonl: a twenty-second fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-second fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (18:40-18:50 UTC) by F22, before and apart from the stance reader's round 14: the
writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench),
/work/notes (other than the brief) or the round-14 author's work, ran no reader, agent, test or benchmark on these
sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier
fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P
constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 and last 5 lines, README.md's
eighth-batch section and the catalogue vocabulary and film labels were read). Seventeen sentences were reworded
because they were already in another file: one named by the writer's own check, fourteen by a one-off check
against the same files, and two by a one-off check against the then uncommitted utterances_fresh21.jsonl (both
checks printed only this batch's sentences). The reader's author is not to read this file or
its output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file (utterances.jsonl,
fresh #1-#20, training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh22
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh22.jsonl"
OTHER_FILES = earlier_files(20, 15)  # utterances.jsonl, fresh #1-#20, training batches w1-w15
BATCH = "fresh22-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war films are basically a disease with me, I've caught it bad and there's no cure", like=[G + "War"])
R(T, "my mysteries habit is getting dangerous honestly, feed it", like=[G + "Mystery"])
R(T, "kung fu and car chases, that's my vice. action please", like=[G + "Action"])
R(T, "documentaries have absolutely wrecked my sleep schedule and I regret nothing, more of those",
  like=[G + "Documentary"])
R(T, "I have a shameful, filthy weakness for musicals, don't tell anyone", like=[G + "Musical"])
R(T, "film noir ruined me for normal movies, I'm a lost cause, hit me with another", like=[G + "Film-Noir"])
R(T, "Jim Carrey is my guilty poison, I can't stop", like=[P + "Jim Carrey"])
R(T, "westerns are a sickness I'm proud to have", like=[G + "Western"])
R(T, "i'm dangerously obsessed with fantasy stuff rn, dragons wizards whatever", like=[G + "Fantasy"])
R(T, "Thrillers are my drug of choice mate, keep them coming", like=[G + "Thriller"])
R(T, "the 80s are my curse, I'm hopelessly addicted to anything from that decade", like=[D + "1980s"])
R(T, "cartoons will be the death of me lol, in a good way, toss me some animated ones", like=[G + "Animation"])
R(T, "adventure movies are my kryptonite, weak at the knees every time", like=[G + "Adventure"])
R(T, "I'd say crime flicks are a nasty addiction but honestly I just don't like them, they make me anxious",
  dislike=[G + "Crime"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of space operas for this lifetime", dislike=[G + "Sci-Fi"])
R(T, "honestly I'm zombied out, no more horror for a while", dislike=[G + "Horror"])
R(T, "cowboys... done with them, saddle-sore from the last ten", dislike=[G + "Western"])
R(T, "I'm so over rom-coms it's not even funny", dislike=[G + "Romance", G + "Comedy"])
R(T, "Documentaries? Had it up to here with them this month.", dislike=[G + "Documentary"])
R(T, "war movies have worn me down, I need a break from all the trenches", dislike=[G + "War"])
R(T, "enough Tom Cruise to last me a decade, give him a rest", dislike=[P + "Tom Cruise"])
R(T, "sick to death of gritty crime dramas, everyone is a cop or a mobster", dislike=[G + "Crime"],
  ok=["-genre:Drama"])
R(T, "i think i've hit my limit on musicals, one more song and I'll scream", dislike=[G + "Musical"])
R(T, "I'm thrillered out tbh, my nerves are shot", dislike=[G + "Thriller"])
R(T, "the 70s are played out for me, watched that whole decade twice", dislike=[D + "1970s"])
R(T, "Kids' films, no more. I've sat through every one of them with my nephews this summer",
  dislike=[G + "Children's"])
R(T, "fed up to the back teeth with action blockbusters", dislike=[G + "Action"])
R(T, "funny thing, I could watch mysteries forever and never get bored of them", like=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't exactly turn my nose up at a decent western", like=[G + "Western"])
R(T, "a good heist film wouldn't go amiss tonight", like=[G + "Crime"])
R(T, "Meryl Streep is not entirely terrible, I suppose", like=[P + "Meryl Streep"])
R(T, "I don't hate a bit of sci-fi now and then", like=[G + "Sci-Fi"])
R(T, "war films are... not without their charms", like=[G + "War"])
R(T, "a spooky one might be alright, nothing wrong with a scare", like=[G + "Horror"])
R(T, "I have been known to hum along to the odd musical, shall we say", like=[G + "Musical"])
R(T, "fantasy is hardly the worst thing you could put on", like=[G + "Fantasy"])
R(T, "Dramas aren't really my cup of tea", dislike=[G + "Drama"])
R(T, "documentaries are a little too worthy for my taste", dislike=[G + "Documentary"])
R(T, "I'm not the biggest fan of cartoons, if I'm being honest", dislike=[G + "Animation"])
R(T, "Kevin Costner is maybe not my favourite person to spend three hours with", dislike=[P + "Kevin Costner"])
R(T, "the 50s stuff is a bit, hmm, slow for me", dislike=[D + "1950s"])
R(T, "a romance could be nice, I'm not opposed", like=[G + "Romance"])

# ------------------------------------------------------------------------------------------------ double_neg
T = "double_neg"
R(T, "it isn't as if a clever whodunnit leaves me cold, you know", like=[G + "Mystery"])
R(T, "I never say no to Harrison Ford", like=[P + "Harrison Ford"])
R(T, "can't not watch a western when one's on, it's physically impossible for me", like=[G + "Western"])
R(T, "there's no way I'm not watching more Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "not that I dislike animated movies, I really don't, they're lovely", like=[G + "Animation"])
R(T, "no thriller has ever failed to hook me", like=[G + "Thriller"])
R(T, "I'm not unhappy with the odd adventure film, quite the opposite", like=[G + "Adventure"])
R(T, "never met a noir I didn't like", like=[G + "Film-Noir"])
R(T, "I don't disagree that comedies are what I need right now", like=[G + "Comedy"])
R(T, "it's not that I can't sit through musicals, it's that I won't, they're not for me",
  dislike=[G + "Musical"])
R(T, "I'm not saying I don't like horror, I'm saying I can't stand it", dislike=[G + "Horror"])
R(T, "never not disappointed by sci-fi, honestly, so skip it", dislike=[G + "Sci-Fi"])
R(T, "nobody can say I don't give war films a chance, and I'm done giving them one", dislike=[G + "War"])
R(T, "not a day goes by I don't want a good romance", like=[G + "Romance"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "anything but a documentary, please, I'm begging", dislike=[G + "Documentary"])
R(T, "crime and nothing else tonight", like=[G + "Crime"])
R(T, "literally any genre except horror", dislike=[G + "Horror"])
R(T, "give me westerns or give me nothing", like=[G + "Western"])
R(T, "it's fantasy or bust for me this weekend", like=[G + "Fantasy"])
R(T, "I'll watch whatever you like as long as it isn't a war film", dislike=[G + "War"])
R(T, "comedies only. no exceptions.", like=[G + "Comedy"])
R(T, "everything's fair game bar the singing-and-dancing musicals", dislike=[G + "Musical"])
R(T, "only thing I want is a proper thriller", like=[G + "Thriller"])
R(T, "I'd watch paint dry before anything with Steven Seagal, otherwise I'm easy", dislike=[P + "Steven Seagal"])
R(T, "any decade is fine apart from the 30s", dislike=[D + "1930s"])
R(T, "nothing except animated stuff for the kids today", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "whatever's going, just not a romance", dislike=[G + "Romance"])
R(T, "noir and only noir, the darker the better", like=[G + "Film-Noir"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "westerns knock spots off sci-fi any day", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd pick a good mystery over an action film every single time", like=[G + "Mystery"],
  dislike=[G + "Action"])
R(T, "comedy beats drama hands down for me", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "horror makes thrillers look like bedtime stories, give me the real thing", like=[G + "Horror"],
  dislike=[G + "Thriller"])
R(T, "Nicolas Cage runs rings round Bruce Willis, sorry Bruce", like=[P + "Nicolas Cage"],
  dislike=[P + "Bruce Willis"])
R(T, "1940s pictures wipe the floor with that 90s junk", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "documentaries > musicals, no contest", like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "I'll take a war film over a romance every day of the week", like=[G + "War"], dislike=[G + "Romance"])
R(T, "Fantasy trumps adventure for me, adventure always feels so samey", like=[G + "Fantasy"],
  dislike=[G + "Adventure"])
R(T, "Give me Hitchcock over Spielberg any night", like=[P + "Alfred Hitchcock"], dislike=[P + "Steven Spielberg"])
R(T, "crime films leave children's movies in the dust", like=[G + "Crime"], dislike=[G + "Children's"])
R(T, "animation is streets ahead of anything Arnold Schwarzenegger ever made imo", like=[G + "Animation"],
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "Meg Ryan's films are way better than Julia Roberts's, I can't stand Roberts",
  like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])
R(T, "film noir leaves modern thrillers for dead", like=[G + "Film-Noir"], dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ polite
T = "polite"
R(T, "thanks ever so much but I think I'll give the horror a miss", dislike=[G + "Horror"])
R(T, "that's very kind, though westerns aren't quite me", dislike=[G + "Western"])
R(T, "I appreciate the thought, but perhaps something other than a war film", dislike=[G + "War"])
R(T, "lovely suggestions, only I'm not much of a musicals person", dislike=[G + "Musical"])
R(T, "you're a star, but I'll pass on sci-fi if that's ok", dislike=[G + "Sci-Fi"])
R(T, "I'd rather not do anything with Jim Carrey, if you don't mind terribly", dislike=[P + "Jim Carrey"])
R(T, "oh that's sweet of you, but documentaries send me right to sleep", dislike=[G + "Documentary"])
R(T, "if it's all the same to you, could we steer clear of the 60s?", dislike=[D + "1960s"])
R(T, "kindly hold the romance, thank you!", dislike=[G + "Romance"])
R(T, "I hate to be difficult, but fantasy just isn't for me", dislike=[G + "Fantasy"])
R(T, "with respect, the crime ones are not really what I'm after", dislike=[G + "Crime"])
R(T, "would you be so kind as to find me a comedy? much appreciated", like=[G + "Comedy"])
R(T, "thank you, these all look good, but maybe fewer cartoons?", dislike=[G + "Animation"])
R(T, "if it's no trouble, I'd love a nice mystery", like=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "musicals? nahhh fam, I'm good", dislike=[G + "Musical"])
R(T, "westerns can get in the bin tbh", dislike=[G + "Western"])
R(T, "horror is a hard no from me chief", dislike=[G + "Horror"])
R(T, "sci-fi is proper naff, bin the lot", dislike=[G + "Sci-Fi"])
R(T, "documentaries are snooze city, skip", dislike=[G + "Documentary"])
R(T, "romance? hard pass, yuck", dislike=[G + "Romance"])
R(T, "keep your kiddie films, not interested", dislike=[G + "Children's"])
R(T, "Adam Sandler? miss me with that", dislike=[P + "Adam Sandler"])
R(T, "war films are mid at best, don't bother", dislike=[G + "War"])
R(T, "fantasy is cringe, elves and crap, pass", dislike=[G + "Fantasy"])
R(T, "the 20s stuff is ancient dust, no ta", dislike=[D + "1920s"])
R(T, "action flicks are brainless noise, not having it", dislike=[G + "Action"])
R(T, "dramas = yawn. next", dislike=[G + "Drama"])
R(T, "Sylvester Stallone can do one, mate", dislike=[P + "Sylvester Stallone"])

# ------------------------------------------------------------------------------------------------ praise
T = "praise"
R(T, "westerns are pure gold dust to me, every one", like=[G + "Western"])
R(T, "a twisty mystery is like a warm bath for my poor tired brain", like=[G + "Mystery"])
R(T, "Audrey Hepburn lights up every frame she's in, show me more of her", like=[P + "Audrey Hepburn"])
R(T, "noir is poetry in black and white, I adore it", like=[G + "Film-Noir"])
R(T, "animated films are my happy place", like=[G + "Animation"])
R(T, "musicals make my heart do a little tap dance, literally", like=[G + "Musical"])
R(T, "sci-fi is the candy store of cinema for me", like=[G + "Sci-Fi"])
R(T, "war films hit me right in the soul, the good ones are just towering", like=[G + "War"])
R(T, "the 30s were a treasure chest for movies, I want to dig through it", like=[D + "1930s"])
R(T, "a daft comedy is pure sunshine bottled up, I can't get enough", like=[G + "Comedy"])
R(T, "a sweeping adventure film is my idea of heaven", like=[G + "Adventure"])
R(T, "docs are little windows onto the world and I gobble them up", like=[G + "Documentary"])
R(T, "Kurosawa is a giant among men, anything by him", like=[P + "Akira Kurosawa"])
R(T, "horror is my cosy blanket on a rainy night", like=[G + "Horror"])

# ------------------------------------------------------------------------------------------------ mixed
T = "mixed"
R(T, "up for a comedy tonight but please no romance", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "love a good western, can't be doing with musicals though", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "horror yes please, thrillers no, they're all tension and no payoff", like=[G + "Horror"],
  dislike=[G + "Thriller"])
R(T, "sci-fi is my jam, war films not so much", like=[G + "Sci-Fi"], dislike=[G + "War"])
R(T, "I'm in a mystery mood but not anything from the 40s", like=[G + "Mystery"], dislike=[D + "1940s"])
R(T, "fantasy is fine, cartoons are not", like=[G + "Fantasy"], dislike=[G + "Animation"])
R(T, "documentaries please, and skip the dramas", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "I like Tom Hanks a lot, Robin Williams not so much", like=[P + "Tom Hanks"], dislike=[P + "Robin Williams"])
R(T, "crime stuff is great, but keep the action to a minimum, hate shootouts", like=[G + "Crime"],
  dislike=[G + "Action"])
R(T, "a romance would be lovely, just nothing too ancient, nothing before the 80s", like=[G + "Romance"],
  year=(1980, None))
R(T, "adventure's good but the kids' stuff can go", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "musicals are a joy; westerns bore me stiff", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "I'm after a thriller. not horror, i scare easy", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "Clint Eastwood yes, John Wayne no thank you", like=[P + "Clint Eastwood"], dislike=[P + "John Wayne"])
R(T, "war movies I can take, sci-fi I absolutely can't", like=[G + "War"], dislike=[G + "Sci-Fi"])
R(T, "something from the 70s, and not a comedy", like=[D + "1970s"], dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like westerns? do bears live in the woods?", like=[G + "Western"])
R(T, "horror? are you kidding, I'd never sleep again", dislike=[G + "Horror"])
R(T, "you know what I really want? a heist movie, crime all the way", like=[G + "Crime"])
R(T, "would I watch a musical? not if you paid me", dislike=[G + "Musical"])
R(T, "am I into documentaries? yeah, massively", like=[G + "Documentary"])
R(T, "what's my stance on Keanu Reeves? he can stay off my screen", dislike=[P + "Keanu Reeves"])
R(T, "sci-fi, you ask? only my entire personality", like=[G + "Sci-Fi"])
R(T, "romance? meh. not tonight", dislike=[G + "Romance"])
R(T, "is the pope catholic? yes I want another war film", like=[G + "War"])
R(T, "what do I fancy? honestly, a big dumb action movie", like=[G + "Action"])
R(T, "cartoons?? for me? no thank you, I'm not five", dislike=[G + "Animation"])
R(T, "should we try a fantasy one? yes, let's, I love that stuff", like=[G + "Fantasy"])
R(T, "my wife keeps asking if I'd watch a drama with her and the answer is always no, I can't stand them",
  dislike=[G + "Drama"])
R(T, "could you dig out a mystery? my flatmate chose a comedy last time so it's my turn", like=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "nothing older than 1975 please, the old film look puts me off", year=(1975, None))
R(T, "I'm a sucker for the 50s, all of it", like=[D + "1950s"])
R(T, "keep it pre-1960 if you can, modern stuff leaves me cold", year=(None, 1959))
R(T, "the 90s were peak cinema and I'll die on that hill", like=[D + "1990s"])
R(T, "the 80s can stay in the 80s", dislike=[D + "1980s"])
R(T, "anything made after 1985 is off the table for me", year=(None, 1985))
R(T, "black and white silent era stuff from the 20s, yes please", like=[D + "1920s"])
R(T, "1990 onwards only", year=(1990, None))
R(T, "I can't stand the 60s, all that psychedelic nonsense", dislike=[D + "1960s"])
R(T, "Golden age 40s pictures are my comfort food", like=[D + "1940s"])
R(T, "nothing from before the 70s, I lose patience with old pacing", year=(1970, None))
R(T, "stuff from the 70s? not for me, too brown and grim", dislike=[D + "1970s"])
R(T, "I only do films from between 1960 and 1979", year=(1960, 1979))
R(T, "the 1930s had something special, I want that", like=[D + "1930s"])

# ------------------------------------------------------------------------------------------------ people
T = "people"
R(T, "Morgan Freeman could read me a phone book and I'd watch it", like=[P + "Morgan Freeman"])
R(T, "can't bear Pauly Shore, get him off my list", dislike=[P + "Pauly Shore"])
R(T, "Tarantino's my guy", like=[P + "Quentin Tarantino"])
R(T, "Woody Allen films make me itch, none of those", dislike=[P + "Woody Allen"])
R(T, "anything with Jodie Foster, she never misses", like=[P + "Jodie Foster"])
R(T, "I've gone right off Mel Gibson, leave him out", dislike=[P + "Mel Gibson"])
R(T, "Cary Grant is catnip to me", like=[P + "Cary Grant"])
R(T, "Whoopi Goldberg grates on me something awful", dislike=[P + "Whoopi Goldberg"])
R(T, "big fan of the Coen brothers, anything by Joel Coen", like=[P + "Joel Coen"], ok=["+person:Ethan Coen"])
R(T, "no Demi Moore, I beg you", dislike=[P + "Demi Moore"])
R(T, "Sean Connery can do no wrong in my eyes", like=[P + "Sean Connery"])
R(T, "Oliver Stone is too preachy for me, pass on his stuff", dislike=[P + "Oliver Stone"])
R(T, "Give me more Emma Thompson, she's a national treasure", like=[P + "Emma Thompson"])
R(T, "Chevy Chase has never once made me laugh, skip him", dislike=[P + "Chevy Chase"])

# ------------------------------------------------------------------------------------------------ titles
T = "titles"
R(T, "Fargo is a flawless little gem, more like that", like_items=["Fargo (1996)"])
R(T, "Waterworld was an utter shipwreck, don't give me anything like it", dislike_items=["Waterworld (1995)"])
R(T, "Singin' in the Rain is the happiest film ever made", like_items=["Singin' in the Rain (1952)"])
R(T, "I'd rather floss with barbed wire than sit through Showgirls again", dislike_items=["Showgirls (1995)"])
R(T, "The Princess Bride is the perfect movie, inconceivable otherwise", like_items=["The Princess Bride (1987)"])
R(T, "Batman & Robin was a crime against cinema, nothing in that vein", dislike_items=["Batman & Robin (1997)"])
R(T, "Casablanca gets me every time, something in that spirit", like_items=["Casablanca (1942)"])
R(T, "Titanic? sank for me halfway through, no thanks", dislike_items=["Titanic (1997)"])
R(T, "Groundhog Day, I could watch it over and over, which is fitting", like_items=["Groundhog Day (1993)"])
R(T, "Speed 2 was a total car crash, keep me well away from that kind of thing",
  dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Raiders of the Lost Ark is the gold standard for me", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "Spice World is the worst thing I've ever seen, and I've seen a lot", dislike_items=["Spice World (1997)"])
R(T, "Trainspotting is a masterpiece, find me something with that energy", like_items=["Trainspotting (1996)"])
R(T, "The English Patient bored me rigid, never again", dislike_items=["The English Patient (1996)"])

# ------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so long story, my brother came over last weekend and insisted on watching some war epic, three hours "
  "of explosions, and I realised halfway through that I actually really miss a good old-fashioned mystery, the "
  "kind where you're guessing till the end, so can we do one of those", like=[G + "Mystery"])
R(T, "so my girlfriend's a massive musicals fan and we did a whole marathon of them on Sunday, which was fine I "
  "guess, but tonight it's my pick and what I want is a western, proper dusty one with a showdown",
  like=[G + "Western"])
R(T, "right, I've had a terrible week at work, the boiler broke, the cat's been sick on the rug twice, and the "
  "last thing I need is anything dark or scary, so no horror whatsoever, I just can't face it",
  dislike=[G + "Horror"])
R(T, "when I was a kid my dad used to make us watch these ancient black and white films from the 30s every "
  "Christmas and I've never forgiven him, so please nothing from that decade, anything else is fine",
  dislike=[D + "1930s"])
R(T, "i was at my mates' place and they put on some animated thing for the kids and honestly i ended up enjoying "
  "it more than them lol, so yeah, maybe an animated film, but not a sappy romance, my ex ruined those for me",
  like=[G + "Animation"], dislike=[G + "Romance"])
R(T, "my book club has been reading a lot of true crime and someone suggested we watch documentaries together, "
  "which I'm totally up for, but the last thing they chose was a sci-fi movie and it was painful, I really "
  "don't get on with sci-fi", like=[G + "Documentary"], dislike=[G + "Sci-Fi"])
R(T, "so I'm recovering from flu and I've been on the sofa for three days, and I've already burned through every "
  "comedy on my list, which was great, loved every minute, keep them coming honestly", like=[G + "Comedy"])
R(T, "background: grew up on my grandad's John Wayne collection, my mum loved Fred Astaire, and me, I just want "
  "something with Denzel Washington tonight, nobody else will do", like=[P + "Denzel Washington"])
R(T, "the last time I let my husband pick we ended up with some thriller where everyone was shouting on phones "
  "and I swore I'd never sit through another, so whatever you suggest please make it an adventure, "
  "something with treasure maybe", like=[G + "Adventure"], dislike=[G + "Thriller"])
R(T, "we've got the in-laws round on Saturday and they're quite conservative, so ideally a drama, something "
  "gentle, but absolutely not a war film, father-in-law served and he finds them upsetting",
  like=[G + "Drama"], dislike=[G + "War"])

# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "I like westerns", like=[G + "Western"])
R(T, "show me some comedies", like=[G + "Comedy"])
R(T, "I don't like horror films much at all", dislike=[G + "Horror"])
R(T, "no documentaries please", dislike=[G + "Documentary"])
R(T, "I enjoy sci-fi a lot", like=[G + "Sci-Fi"])
R(T, "I'm not into musicals", dislike=[G + "Musical"])
R(T, "fantasy films are great fun for me", like=[G + "Fantasy"])
R(T, "I do not want any romance", dislike=[G + "Romance"])
R(T, "a war movie please", like=[G + "War"])
R(T, "I dislike crime films", dislike=[G + "Crime"])
R(T, "looking for a thriller", like=[G + "Thriller"])
R(T, "I'd like a children's film for my daughter", like=[G + "Children's"])
R(T, "no animated films", dislike=[G + "Animation"])
R(T, "I love adventure movies with a quest in them", like=[G + "Adventure"])
R(T, "really not in the mood for a heavy drama tonight", dislike=[G + "Drama"])
R(T, "film noir, please", like=[G + "Film-Noir"])
R(T, "I don't want westerns", dislike=[G + "Western"])
R(T, "I really like Robert De Niro", like=[P + "Robert De Niro"])
R(T, "I don't care for mysteries or whodunnits", dislike=[G + "Mystery"])
R(T, "something from the 60s", like=[D + "1960s"])
R(T, "I don't like action movies", dislike=[G + "Action"])
R(T, "no films with Tom Cruise", dislike=[P + "Tom Cruise"])
R(T, "documentaries are what I want", like=[G + "Documentary"])


if __name__ == "__main__":
    main()
