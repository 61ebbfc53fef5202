"""Writes evals/data/utterances_fresh29.jsonl: a twenty-ninth fresh held-out batch of `idiom` utterances (see README.md
here, "Twenty-ninth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (23:01-23:05 UTC) by F29, before and apart from the stance reader's eighteenth
round (issue 21, round 18), while another writer (F30) wrote batch #30, whose files and brief F29 did not open: the
writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
tools/mood.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences
(evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench, apart from importing its catalogue loader to check names and labels), ran no
reader, agent, test or benchmark on these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl
file, the record lists of the earlier fresh batches (#1-#28) or of the stance training writers (w1-w15). Read:
fresh_batch.py, write_utterances.py's R(), its G / D / P constants, its first ~20 complaint records (the same
listing ran on over its first ~17 reference records and a search showed two of its critique lines) and its year
class records (for the year-bound convention), write_utterances_fresh8.py's first 50 and last 5 lines, README.md's
eighth-batch section and the ml-100k catalogue's vocabulary and film labels (through the catalogue loader and
the director and actor fields of ml-100k.item_extra.jsonl). Eight sentences were reworded
because the writer's check named them as already in an earlier file (a throwaway script ran the same comparison
over the whole batch at once, printing only this batch's sentences); sixteen other short, generic ones were
lengthened or reworded to make a repeat less likely, and three records (one of those sixteen among them) were
dropped to bring the count to 239.
The reader's author is not to read this file or its output. Every gold label is what a careful reader takes the
sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh29
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh29.jsonl"
OTHER_FILES = earlier_files(28, 15)  # utterances.jsonl, fresh #1-#28, training batches w1-w15
BATCH = "fresh29-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "kung fu flicks are basically a disease with me at this point, go on, feed the addiction",
  like=[G + "Action"])
R(T, "war films are my absolute weakness, i'm an emotional wreck by the end every time and i keep coming back for "
  "more", like=[G + "War"])
R(T, "film noir has ruined me for normal movies honestly, all those shadows and fedoras, obsessed",
  like=[G + "Film-Noir"])
R(T, "ngl musicals are a sickness i can't shake, belting it out in the kitchen levels of sick",
  like=[G + "Musical"])
R(T, "westerns are my grubby little vice, the dustier and meaner the better", like=[G + "Western"])
R(T, "i'm dangerously hooked on mysteries, the twistier the more damage they do to my sleep schedule",
  like=[G + "Mystery"])
R(T, "documentaries are my kryptonite, i lose whole weekends to them and love every minute",
  like=[G + "Documentary"])
R(T, "that Tarantino guy is an absolute menace with dialogue and i mean it as the highest compliment",
  like=[P + "Quentin Tarantino"])
R(T, "sci-fi is a problem for me. like a real problem. i will watch anything with a spaceship on the poster",
  like=[G + "Sci-Fi"])
R(T, "cartoons are my embarrassing habit even at 40 lol, the good ones absolutely destroy me in the best way",
  like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "thrillers give me actual heart palpitations and i am so here for it, bring the nastiest one you've got",
  like=[G + "Thriller"])
R(T, "80s action is a criminal amount of fun, total brain rot and i adore every dumb explosion",
  like=[D + "1980s", G + "Action"])
R(T, "horror is my sickest obsession, i'm the freak in the cinema who giggles at the gore",
  like=[G + "Horror"])
R(T, "romance is a total killer for me... as in it kills my will to live, skip it", dislike=[G + "Romance"])
R(T, "kids films are dangerous territory for me, they knock me out cold in ten minutes flat, no thanks",
  dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've had my fill of big dumb action stuff for a lifetime tbh", dislike=[G + "Action"])
R(T, "westerns and me are done, i've seen enough tumbleweeds to last me till i'm in the ground",
  dislike=[G + "Western"])
R(T, "sick to the back teeth of war movies after my dad's marathon last weekend", dislike=[G + "War"])
R(T, "i'm all musical'd out after the school show season, spare me the jazz hands", dislike=[G + "Musical"])
R(T, "burnt out on whodunnits, my brain can't handle one more locked room and a butler",
  dislike=[G + "Mystery"])
R(T, "pretty sure i've maxed out my quota of weepy dramas for this month", dislike=[G + "Drama"])
R(T, "animated stuff has worn thin for me, the kids have it on loop and i'm cooked",
  dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "i'm over horror, like genuinely full up, one more jump scare and i'll scream for the wrong reasons",
  dislike=[G + "Horror"])
R(T, "had it up to here with spy thrillers this year, seriously", dislike=[G + "Thriller"])
R(T, "documentaries? i've OD'd on them lately, my brain is begging for a break from facts",
  dislike=[G + "Documentary"])
R(T, "enough Jim Carrey gurning to last me a decade, i'm tapped out", dislike=[P + "Jim Carrey"])
R(T, "sci-fi fatigue is real, i spent the whole autumn on spaceships and i'm done with them",
  dislike=[G + "Sci-Fi"])
R(T, "rom-coms have lost their shine for me, i've binged so many that the plots all blur into one",
  dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "i could watch fantasy stuff till the cows come home and never get bored of dragons",
  like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "wouldn't say no to a decent crime flick tonight if you've got one", like=[G + "Crime"])
R(T, "a good mystery never did anyone any harm, i'd be up for that", like=[G + "Mystery"])
R(T, "film noir isn't the worst way to spend a rainy evening, let's say that", like=[G + "Film-Noir"])
R(T, "i'm not entirely opposed to a bit of animation tbh", like=[G + "Animation"])
R(T, "war films are alright i suppose. more than alright if i'm being honest", like=[G + "War"])
R(T, "i've been known to enjoy the odd Spielberg picture now and then", like=[P + "Steven Spielberg"])
R(T, "wouldn't exactly kick a swinging 60s caper out of bed", like=[D + "1960s"])
R(T, "a western wouldn't go amiss right about now", like=[G + "Western"])
R(T, "musicals are not without their charms, i'll give you that, stick one on", like=[G + "Musical"])
R(T, "i have a slight soft spot for Meg Ryan, sue me", like=[P + "Meg Ryan"])
R(T, "horror isn't exactly my cup of tea, to put it mildly", dislike=[G + "Horror"])
R(T, "documentaries aren't really what i'd call a relaxing night off", dislike=[G + "Documentary"])
R(T, "i'm not what you'd call a huge fan of slapstick comedies", dislike=[G + "Comedy"])
R(T, "sci-fi and i have never been the closest of friends, let's leave it there", dislike=[G + "Sci-Fi"])
R(T, "Stallone films are not terribly high on my list, shall we say", dislike=[P + "Sylvester Stallone"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good thriller, i absolutely do", like=[G + "Thriller"])
R(T, "i never said i wasn't up for a fantasy film, go on then", like=[G + "Fantasy"])
R(T, "can't say i've never cried at a good romance, i'm not made of stone, put one on", like=[G + "Romance"])
R(T, "there's no western i haven't liked at least a little bit, so don't hold back", like=[G + "Western"])
R(T, "i wouldn't not watch an adventure movie right now, if that makes any sense", like=[G + "Adventure"])
R(T, "it's not that i don't like the 40s, it's that i love them to bits", like=[D + "1940s"])
R(T, "not a single Hitchcock has ever failed to grip me", like=[P + "Alfred Hitchcock"])
R(T, "i'm not un-keen on a crime flick, put it that way", like=[G + "Crime"])
R(T, "nobody could ever say i don't love a big war epic", like=[G + "War"])
R(T, "don't think there's ever been a Sam Raimi movie i didn't have fun with", like=[P + "Sam Raimi"])
R(T, "it's not that i don't get why people like musicals, i just really really don't",
  dislike=[G + "Musical"])
R(T, "can't say i've never wanted to walk out of a horror film, in fact it's every single one of them",
  dislike=[G + "Horror"])
R(T, "i have never not fallen asleep during a documentary, so maybe not one of those",
  dislike=[G + "Documentary"])
R(T, "there isn't a single kids' movie i don't find grating, so none of those please",
  dislike=[G + "Children's"])
R(T, "it's not untrue that i hate action films, i really can't stand them", dislike=[G + "Action"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but film noir for me tonight, all rain and cigarette smoke", like=[G + "Film-Noir"])
R(T, "anything but a musical please, i'm begging you", dislike=[G + "Musical"])
R(T, "everything except westerns is fair game for me", dislike=[G + "Western"])
R(T, "it's comedy or nothing tonight, my week has been a slow-motion car crash", like=[G + "Comedy"])
R(T, "give me nothing but adventure stuff, treasure maps and jungles and rope bridges",
  like=[G + "Adventure"])
R(T, "i'll watch anything but another Keanu Reeves movie", dislike=[P + "Keanu Reeves"])
R(T, "all genres are on the table bar sci-fi", dislike=[G + "Sci-Fi"])
R(T, "only 90s stuff, i mean strictly 90s, nothing else will do", like=[D + "1990s"])
R(T, "i'd take anything at all apart from a romcom", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "it's horror or bust for halloween week", like=[G + "Horror"])
R(T, "any era is fine except the 1920s, silent stuff isn't for me", dislike=[D + "1920s"])
R(T, "just war movies, nothing but war movies this whole weekend", like=[G + "War"])
R(T, "anything other than a mystery, i'm far too tired to follow clues", dislike=[G + "Mystery"])
R(T, "animated films exclusively please, no live action whatsoever", like=[G + "Animation"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "honestly a good western beats any sci-fi thing hands down",
  like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "i'd pick a thriller over a romance every single time", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "comedies wipe the floor with dramas for me, life's heavy enough already", like=[G + "Comedy"],
  dislike=[G + "Drama"])
R(T, "Harrison Ford knocks Kevin Costner into a cocked hat", like=[P + "Harrison Ford"],
  dislike=[P + "Kevin Costner"])
R(T, "the 50s run rings round the 80s when it comes to films", like=[D + "1950s"], dislike=[D + "1980s"])
R(T, "mysteries > action movies, no contest whatsoever", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "i'd sooner watch a documentary than sit through another fantasy epic", like=[G + "Documentary"],
  dislike=[G + "Fantasy"])
R(T, "war films trump crime films in my book, every time", like=[G + "War"], dislike=[G + "Crime"])
R(T, "give me Billy Wilder over Woody Allen any day of the week", like=[P + "Billy Wilder"],
  dislike=[P + "Woody Allen"])
R(T, "Fargo leaves Independence Day for dead", like_items=["Fargo (1996)"],
  dislike_items=["Independence Day (ID4) (1996)"])
R(T, "musicals knock spots off horror for a family night in", like=[G + "Musical"], dislike=[G + "Horror"])
R(T, "adventure flicks are miles better than those mopey film noirs", like=[G + "Adventure"],
  dislike=[G + "Film-Noir"])
R(T, "kids' films run circles around the grown-up comedies these days, pick one of those",
  like=[G + "Children's"],
  dislike=[G + "Comedy"])
R(T, "the 30s > the 70s for movies, fight me in the car park", like=[D + "1930s"], dislike=[D + "1970s"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind of you but i think i'll pass on the horror, thanks", dislike=[G + "Horror"])
R(T, "i appreciate the thought, but westerns aren't really for me", dislike=[G + "Western"])
R(T, "lovely suggestions as always, though i'd rather steer clear of war films if that's alright",
  dislike=[G + "War"])
R(T, "thank you so much! maybe not a musical though, if you don't mind", dislike=[G + "Musical"])
R(T, "you're a star, but i'll give the Tom Cruise ones a miss", dislike=[P + "Tom Cruise"])
R(T, "i hate to be a bother but could we skip the animated ones", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "with the greatest respect to sci-fi fans, i'd prefer something else", dislike=[G + "Sci-Fi"])
R(T, "that's thoughtful of you, but documentaries aren't quite what i'm after tonight",
  dislike=[G + "Documentary"])
R(T, "bless you for trying, but i'm going to politely decline the thrillers", dislike=[G + "Thriller"])
R(T, "i'm sure the 60s stuff is great but it's not really my era, if that's ok", dislike=[D + "1960s"])
R(T, "thanks ever so, i think i'll sit out the Robin Williams films though", dislike=[P + "Robin Williams"])
R(T, "kind of you to offer, but fantasy is not really my scene", dislike=[G + "Fantasy"])
R(T, "if it's not too much trouble, i'd love a crime film", like=[G + "Crime"])
R(T, "would you be so kind as to find me a nice romance? that'd be lovely", like=[G + "Romance"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "nah mate, westerns are naff, next", dislike=[G + "Western"])
R(T, "musicals?? hard pass lmao, my ears are still recovering from the last one", dislike=[G + "Musical"])
R(T, "horror is a big fat nope from me fam", dislike=[G + "Horror"])
R(T, "war films can do one, honestly, i've no patience for all that shouting in trenches",
  dislike=[G + "War"])
R(T, "miss me with that rom-com nonsense", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "documentaries are mid at best tbh, narrator voice puts me to sleep, skip", dislike=[G + "Documentary"])
R(T, "sci-fi is lowkey cringe, not touching it with a ten foot lightsaber", dislike=[G + "Sci-Fi"])
R(T, "Steven Seagal? yeah, no. bin it", dislike=[P + "Steven Seagal"])
R(T, "anything from the 20s is a snooze fest, bye", dislike=[D + "1920s"])
R(T, "kids stuff is a no-go zone, i'm not five", dislike=[G + "Children's"])
R(T, "fantasy is total pants imo, the elves can jog on", dislike=[G + "Fantasy"])
R(T, "Pauly Shore films are straight garbage, keep them far away", dislike=[P + "Pauly Shore"])
R(T, "adventure movies? meh, swipe left", dislike=[G + "Adventure"])
R(T, "mysteries are a snore-fest, by the time they reveal the killer i'm out cold", dislike=[G + "Mystery"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a good heist film is pure gold to me", like=[G + "Crime"])
R(T, "film noir is pure poetry in black and white", like=[G + "Film-Noir"])
R(T, "a dusty old western is like a warm bath and a cuppa for my soul", like=[G + "Western"])
R(T, "Ridley Scott is a wizard with atmosphere, the man paints with light", like=[P + "Ridley Scott"])
R(T, "documentaries are a window into other worlds, love them", like=[G + "Documentary"])
R(T, "a great musical is like sunshine in a bottle", like=[G + "Musical"])
R(T, "the 70s were a golden age for film, the grit, the faces", like=[D + "1970s"])
R(T, "animated films are a feast for the eyes, bring me one", like=[G + "Animation"])
R(T, "sci-fi is rocket fuel for my imagination", like=[G + "Sci-Fi"])
R(T, "mysteries are pure catnip for me", like=[G + "Mystery"])
R(T, "Morgan Freeman's voice is velvet, i'd watch him read the phone book", like=[P + "Morgan Freeman"])
R(T, "war epics hit me like a symphony, give me one", like=[G + "War"])
R(T, "fantasy films are escapism heaven, dragons and all", like=[G + "Fantasy"])
R(T, "a proper thriller is a rollercoaster i never want to get off", like=[G + "Thriller"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "up for a comedy but please nothing with Adam Sandler",
  like=[G + "Comedy"], dislike=[P + "Adam Sandler"])
R(T, "love a good drama, just not anything older than 1980", like=[G + "Drama"], year=(1980, None))
R(T, "action, yes please. horror, absolutely not, i'd sooner sleep in the car",
  like=[G + "Action"], dislike=[G + "Horror"])
R(T, "keen on westerns, but skip the ones from before 1960", like=[G + "Western"], year=(1960, None))
R(T, "i'm into sci-fi these days but the 70s stuff looks so dated to me", like=[G + "Sci-Fi"],
  dislike=[D + "1970s"])
R(T, "fantasy sounds fun, musicals not so much", like=[G + "Fantasy"], dislike=[G + "Musical"])
R(T, "would happily watch something with Denzel Washington, but no war stuff", like=[P + "Denzel Washington"],
  dislike=[G + "War"])
R(T, "a crime movie would be ace, just keep it free of Nicolas Cage", like=[G + "Crime"],
  dislike=[P + "Nicolas Cage"])
R(T, "i'm loving the 40s at the moment but film noir is a bit bleak for me", like=[D + "1940s"],
  dislike=[G + "Film-Noir"])
R(T, "romance is fine by me, documentaries are a no", like=[G + "Romance"], dislike=[G + "Documentary"])
R(T, "go for a mystery, skip any kids films", like=[G + "Mystery"], dislike=[G + "Children's"])
R(T, "i dig adventure flicks but nothing made after 1985 please", like=[G + "Adventure"], year=(None, 1985))
R(T, "thrillers are my jam, animation isn't", like=[G + "Thriller"], dislike=[G + "Animation"])
R(T, "i'll take a Julia Roberts movie any day but spare me Hugh Grant", like=[P + "Julia Roberts"],
  dislike=[P + "Hugh Grant"])
R(T, "80s movies yes, 60s movies no thanks", like=[D + "1980s"], dislike=[D + "1960s"])
R(T, "horror's fine, but nothing before 1975, the old ones are just silly", like=[G + "Horror"],
  year=(1975, None))

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like westerns? is the pope catholic", like=[G + "Western"])
R(T, "would i watch a war film tonight? not a chance", dislike=[G + "War"])
R(T, "musicals? you bet your tap shoes i'm in", like=[G + "Musical"])
R(T, "horror? why would i put myself through that, no", dislike=[G + "Horror"])
R(T, "am i in the mood for a comedy? honestly yeah, big time", like=[G + "Comedy"])
R(T, "do i fancy a documentary tonight? not really, no", dislike=[G + "Documentary"])
R(T, "who doesn't love a good crime caper? exactly, nobody, put one on", like=[G + "Crime"])
R(T, "what's not to like about the 50s? nothing, that's what", like=[D + "1950s"])
R(T, "do i want to see another Schwarzenegger film? i'd rather eat my own shoe",
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "is sci-fi my thing? lol no, i zone out the second someone says hyperdrive", dislike=[G + "Sci-Fi"])
R(T, "ever met someone who'd rewatch Star Wars weekly? you have now", like_items=["Star Wars (1977)"])
R(T, "can animation be for grown ups? absolutely, and i want some", like=[G + "Animation"])
R(T, "romance? at my age? pass, i've got a mortgage and a bad knee", dislike=[G + "Romance"])
R(T, "why do people love fantasy so much? i genuinely don't get it, not for me", dislike=[G + "Fantasy"])
R(T, "would a mystery hit the spot right now? yes yes yes", like=[G + "Mystery"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the 30s screwball era is where my heart lives", like=[D + "1930s"])
R(T, "anything from the 90s is a winner in my book", like=[D + "1990s"])
R(T, "the 1950s have a glow about them, more of that please", like=[D + "1950s"])
R(T, "really into the 20s right now, silent films and all", like=[D + "1920s"])
R(T, "i'm a child of the 80s and those films still hit", like=[D + "1980s"])
R(T, "the 70s look so brown and grim, not for me", dislike=[D + "1970s"])
R(T, "40s films feel creaky to me, skip that decade", dislike=[D + "1940s"])
R(T, "can't get into the 30s at all, too stagey", dislike=[D + "1930s"])
R(T, "nothing made before 1970, the old stuff just isn't for me", year=(1970, None))
R(T, "keep it pre-1965 please, modern films leave me cold", year=(None, 1964))
R(T, "only stuff from 1990 onward, anything older feels dusty", year=(1990, None), ok=["+decade:1990s"])
R(T, "i'd rather not go later than 1979, that's my cutoff", year=(None, 1979))
R(T, "post-1985 only, i can't do the older effects", year=(1986, None))
R(T, "between 1960 and 1975 is my sweet spot, nothing outside that", year=(1960, 1975),
  ok=["+decade:1960s", "+decade:1970s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson could read a shopping list and i'd be hooked", like=[P + "Jack Nicholson"])
R(T, "Kubrick is the real deal, give me whatever he made", like=[P + "Stanley Kubrick"])
R(T, "i'd follow Sigourney Weaver into any movie, the woman is a legend", like=[P + "Sigourney Weaver"])
R(T, "Scorsese never misses for me, load one up", like=[P + "Martin Scorsese"])
R(T, "Cary Grant is the smoothest man who ever lived, more of him please", like=[P + "Cary Grant"])
R(T, "anything John Carpenter touched, i'm there", like=[P + "John Carpenter"])
R(T, "Whoopi Goldberg makes everything better, honestly", like=[P + "Whoopi Goldberg"])
R(T, "Kenneth Branagh's shakespeare stuff is right up my alley", like=[P + "Kenneth Branagh"])
R(T, "Sharon Stone does nothing for me, skip her stuff", dislike=[P + "Sharon Stone"])
R(T, "Oliver Stone films make my head hurt, keep him away", dislike=[P + "Oliver Stone"])
R(T, "i can't be doing with Demi Moore, sorry not sorry", dislike=[P + "Demi Moore"])
R(T, "Joel Schumacher has a lot to answer for, none of his please", dislike=[P + "Joel Schumacher"])
R(T, "Jean-Claude Van Damme is a hard no, all kicks no brains", dislike=[P + "Jean-Claude Van Damme"])
R(T, "Tim Burton's whole gothic thing leaves me stone cold", dislike=[P + "Tim Burton"])
R(T, "Chevy Chase grates on me like nails down a chalkboard, leave him off the list",
  dislike=[P + "Chevy Chase"])
R(T, "i'm allergic to John Travolta, can't explain it", dislike=[P + "John Travolta"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Pulp Fiction lives rent free in my head, more like that", like_items=["Pulp Fiction (1994)"])
R(T, "i could rewatch Casablanca till the tape wears out", like_items=["Casablanca (1942)"])
R(T, "The Princess Bride is my happy place", like_items=["The Princess Bride (1987)"])
R(T, "Groundhog Day never gets old for me, funnily enough", like_items=["Groundhog Day (1993)"])
R(T, "Blade Runner blew my tiny mind as a teenager and still does", like_items=["Blade Runner (1982)"])
R(T, "Babe is the most wholesome thing ever made and i will die on that hill", like_items=["Babe (1995)"])
R(T, "Trainspotting is a masterpiece, something in that vein", like_items=["Trainspotting (1996)"])
R(T, "Raiders of the Lost Ark is peak cinema for me", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "Titanic can sink again as far as i'm concerned", dislike_items=["Titanic (1997)"])
R(T, "Waterworld was a soggy two-hour shrug, please nothing in that vein",
  dislike_items=["Waterworld (1995)"])
R(T, "The English Patient bored me into a coma", dislike_items=["The English Patient (1996)"])
R(T, "Showgirls? burn every copy", dislike_items=["Showgirls (1995)"])
R(T, "Forrest Gump is overrated schmaltz, don't give me anything like it",
  dislike_items=["Forrest Gump (1994)"])
R(T, "Batman Forever was a clown show and not the fun kind", dislike_items=["Batman Forever (1995)"])
R(T, "i'd happily never see Twister again, all wind no story", dislike_items=["Twister (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my flatmate dragged me to this old film club thing last month, and i figured i'd hate it, but they put "
  "on a bunch of 40s film noir and honestly i've been thinking about it ever since, the lighting, the dialogue, so "
  "yeah i think that's what i want more of", like=[G + "Film-Noir"])
R(T, "ok long story but my brother's been on a massive kung fu kick and every time i go round there's someone "
  "getting kicked through a window, and look i love him, but i've had enough action for a good while, i'd like "
  "literally anything calmer", dislike=[G + "Action"])
R(T, "we had a power cut last winter and the only thing that worked was my old portable dvd player with one disc "
  "in it, which was a Mel Brooks movie, and i must have watched it six times that night and laughed every time, so "
  "something by him would be ace", like=[P + "Mel Brooks"])
R(T, "my partner is the musicals person in this house, she's got the soundtracks on in the car, in the shower, you "
  "name it, and i've come to the conclusion that i actually can't stand them, so while she's away this weekend i "
  "want anything that doesn't involve singing", dislike=[G + "Musical"])
R(T, "my kid's been begging for a cartoon marathon which, fine, she can have her sunday, but tonight is mine and "
  "i'm after a proper gritty crime film, the kind with rain and bad decisions, not a talking animal in sight",
  like=[G + "Crime"], dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "i used to work nights at a petrol station and the only thing that kept me sane was a little telly behind the "
  "counter playing old John Wayne westerns, and now whenever i can't sleep that's what i reach for, so yeah, "
  "westerns", like=[G + "Western"], ok=["+person:John Wayne"])
R(T, "so funny story, i went on a date to see a horror film because i wanted to look brave and ended up hiding "
  "behind my coat for ninety minutes while she laughed at me, and we're married now, but i swore i'd never sit "
  "through another one and i meant it", dislike=[G + "Horror"])
R(T, "my grandad was a history teacher and every christmas he'd put on some long black and white war film and "
  "explain every battle, and bless him, but it's put me off war movies for life, i just can't with them",
  dislike=[G + "War"])
R(T, "after the week i've had at work, with the audit and the printer literally catching fire, i need something "
  "daft and funny, a proper comedy, and please not one of those slow european dramas my sister keeps recommending",
  like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "i was on a long haul flight to sydney and the plane had this tiny selection, and out of boredom i put on a "
  "documentary about deep sea fish and i was genuinely gripped for two hours, ended up watching three more, so "
  "maybe more documentaries", like=[G + "Documentary"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like romantic films, something sweet for a date night", like=[G + "Romance"])
R(T, "i'd like a sci-fi movie with aliens in it please", like=[G + "Sci-Fi"])
R(T, "looking for a good adventure film to watch with my dad on saturday afternoon", like=[G + "Adventure"])
R(T, "i enjoy comedies a lot, something light for tonight", like=[G + "Comedy"])
R(T, "please recommend a children's film for my nephew and me", like=[G + "Children's"])
R(T, "i love Tom Hanks, something with him in it please", like=[P + "Tom Hanks"])
R(T, "a fantasy movie with wizards or a quest would be great right now", like=[G + "Fantasy"])
R(T, "i want to watch something from the 1960s tonight", like=[D + "1960s"])
R(T, "i like dramas with strong characters who actually change by the end", like=[G + "Drama"])
R(T, "show me a mystery film, i'm in the mood to guess the killer", like=[G + "Mystery"])
R(T, "i'm a fan of Audrey Hepburn, anything she's in", like=[P + "Audrey Hepburn"])
R(T, "i'd like a horror film for tonight, a properly scary one", like=[G + "Horror"])
R(T, "i don't like westerns, please leave them out", dislike=[G + "Western"])
R(T, "no thrillers please, they make me anxious for days afterwards", dislike=[G + "Thriller"])
R(T, "i don't want anything animated today, my head's not in that place", dislike=[G + "Animation"])
R(T, "please don't recommend any war movies to me", dislike=[G + "War"])
R(T, "i do not enjoy musicals at all, the random singing puts me right off", dislike=[G + "Musical"])
R(T, "no Bruce Willis films for me, thanks", dislike=[P + "Bruce Willis"])
R(T, "i'm not interested in documentaries at the moment, please leave those out", dislike=[G + "Documentary"])
R(T, "i really don't care for film noir movies", dislike=[G + "Film-Noir"])
R(T, "i'd rather not watch anything from the 1950s", dislike=[D + "1950s"])
R(T, "i dislike crime films, there's always too much violence for my taste", dislike=[G + "Crime"])
R(T, "no comedies tonight, i'm not in the mood to laugh", dislike=[G + "Comedy"])
R(T, "i don't want a romance tonight, thank you, just got dumped", dislike=[G + "Romance"])


if __name__ == "__main__":
    main()
