"""Writes evals/data/utterances_fresh14.jsonl: a fourteenth fresh held-out batch of `idiom` utterances (see README.md
here, "Fourteenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (14:07-14:12 UTC) by F14, before and apart from the stance reader's round 10 (and
apart from F13, who wrote the thirteenth batch at the same time; neither read the other's): the writer did not
open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench)
or any round's author's work, ran no reader, agent, test or benchmark on these sentences, and did not read any
utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance
training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20
complaint records, write_utterances_fresh8.py's first 50 and last 5 lines, and the catalogue vocabulary and film
titles were read). Eleven sentences were reworded because the writer's own check (fresh_batch's comparison,
printing only this batch's sentences) named them as already in an earlier file; four film labels were corrected to
the catalogue's spelling ("The Big Lebowski (1998)"). The reader's author is not to read this file or its output.
Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh14
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh14.jsonl"
OTHER_FILES = earlier_files(12, 15)  # utterances.jsonl, fresh #1-#12, training batches w1-w15
BATCH = "fresh14-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are a disease with me, my dad infected me young and I never recovered", like=[G + "Western"])
R(T, "I have a real problem with heist and gangster stuff, as in I can't stop watching it", like=[G + "Crime"])
R(T, "musicals are my guilty vice, judge me all you want", like=[G + "Musical"])
R(T, "film noir absolutely wrecks me every time, in the best way", like=[G + "Film-Noir"])
R(T, "mysteries are a dangerous obsession of mine, I will stay up till 4 solving them", like=[G + "Mystery"])
R(T, "that Tarantino dialogue is criminal, it should be illegal to write that well",
  like=[P + "Quentin Tarantino"])
R(T, "space operas are pure poison to my sleep schedule and I keep drinking it", like=[G + "Sci-Fi"])
R(T, "documentaries have ruined me for normal TV honestly", like=[G + "Documentary"])
R(T, "creepy slasher movies are a sickness I'm proud of", like=[G + "Horror"])
R(T, "the 80s action stuff is so stupid it's brilliant, give me all of it", like=[G + "Action", D + "1980s"])
R(T, "I'm hopelessly, pathetically addicted to war epics", like=[G + "War"])
R(T, "Jim Carrey being an absolute menace on screen is my comfort food", like=[P + "Jim Carrey"])
R(T, "fantasy stuff is a black hole for my weekends, I fall in and don't come out", like=[G + "Fantasy"])
R(T, "cartoons absolutely kill me, I cry laughing at them at 30 years old", like=[G + "Animation"])
R(T, "thrillers are nasty in the best possible way, keep them coming", like=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of superhero-ish action for one lifetime", dislike=[G + "Action"])
R(T, "honestly I'm all romanced out after this month", dislike=[G + "Romance"])
R(T, "I've OD'd on space movies, give my brain a break from the stars", dislike=[G + "Sci-Fi"])
R(T, "after three weeks of nothing but war films I'm shell-shocked, no more please", dislike=[G + "War"])
R(T, "done with horror for a while, I jump at my own shadow now", dislike=[G + "Horror"])
R(T, "I'm musical-ed out, if anybody bursts into song again I'm leaving", dislike=[G + "Musical"])
R(T, "cowboys have worn out their welcome at my house", dislike=[G + "Western"])
R(T, "the kids have watched so many cartoons I can't face another one", dislike=[G + "Animation"])
R(T, "we've been through every documentary going, I need a rest from real life", dislike=[G + "Documentary"])
R(T, "my tolerance for murder mysteries has hit zero, I always guess the butler anyway",
  dislike=[G + "Mystery"])
R(T, "Spielberg fatigue has fully set in, sorry Steven", dislike=[P + "Steven Spielberg"])
R(T, "I'm past saturation point with 90s movies, my whole childhood is on repeat", dislike=[D + "1990s"])
R(T, "Heavy dramas? been there, cried that, bought the tissues, not tonight", dislike=[G + "Drama"])
R(T, "I'm stuffed to the gills with crime shows, switch it up", dislike=[G + "Crime"])
R(T, "my thriller quota is well and truly used up for this year", dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "wouldn't say no to a dusty old western round about now, to be fair", like=[G + "Western"])
R(T, "a comedy wouldn't be the worst thing in the world right now", like=[G + "Comedy"])
R(T, "Hitchcock's stuff is not too shabby, I suppose", like=[P + "Alfred Hitchcock"])
R(T, "I've been known to enjoy the odd musical", like=[G + "Musical"])
R(T, "sci-fi is alright by me", like=[G + "Sci-Fi"])
R(T, "I might be slightly partial to a film noir", like=[G + "Film-Noir"])
R(T, "a bit of adventure wouldn't go amiss tonight", like=[G + "Adventure"])
R(T, "Fargo was a tiny bit good, just a tad", like_items=["Fargo (1996)"])
R(T, "horror and I aren't exactly on speaking terms", dislike=[G + "Horror"])
R(T, "I'm not what you'd call a big fan of musicals", dislike=[G + "Musical"])
R(T, "romance is not really my forte as a viewer", dislike=[G + "Romance"])
R(T, "war films are not entirely unpleasant to me", like=[G + "War"])
R(T, "I could do worse than a mystery tonight", like=[G + "Mystery"])
R(T, "Adam Sandler is, let's say, not the highlight of my week", dislike=[P + "Adam Sandler"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not as if a tense thriller has ever done me wrong", like=[G + "Thriller"])
R(T, "I never say no to animation", like=[G + "Animation"])
R(T, "there's no crime movie I wouldn't at least try", like=[G + "Crime"])
R(T, "not a single western has ever failed to entertain me", like=[G + "Western"])
R(T, "I can't not watch a Kubrick film when it's on", like=[P + "Stanley Kubrick"])
R(T, "I don't dislike documentaries, quite the opposite", like=[G + "Documentary"])
R(T, "there isn't a comedy from the 30s that doesn't make me smile", like=[G + "Comedy", D + "1930s"])
R(T, "no way I'm not watching something scary tonight, it's Halloween", like=[G + "Horror"],
  ok=["+genre:Thriller"])
R(T, "it's not that I don't like romance, it's that I really don't like romance", dislike=[G + "Romance"])
R(T, "I'd be lying if I said I didn't love a good whodunit", like=[G + "Mystery"])
R(T, "never not in the mood for a Harrison Ford adventure", like=[P + "Harrison Ford"],
  ok=["+genre:Adventure"])
R(T, "I wouldn't not pick a sci-fi if it were up to me", like=[G + "Sci-Fi"])
R(T, "it isn't that I can't stand children's films, I just never want them", dislike=[G + "Children's"])
R(T, "I don't know anyone who doesn't love a good war movie, me included", like=[G + "War"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but noir for me this week", like=[G + "Film-Noir"])
R(T, "anything but a musical, I beg you", dislike=[G + "Musical"])
R(T, "I'll watch everything except horror", dislike=[G + "Horror"])
R(T, "westerns or bust", like=[G + "Western"])
R(T, "sci-fi or nothing, that's the rule tonight", like=[G + "Sci-Fi"])
R(T, "show me whatever you like as long as it isn't a kids' film", dislike=[G + "Children's"])
R(T, "documentaries only, I want to learn something", like=[G + "Documentary"])
R(T, "literally any genre apart from romance", dislike=[G + "Romance"])
R(T, "I'm up for all of it save for war movies", dislike=[G + "War"])
R(T, "it's comedy or I'm going to bed", like=[G + "Comedy"])
R(T, "no genre is off the table except westerns", dislike=[G + "Western"])
R(T, "just give me thrillers and nothing else", like=[G + "Thriller"])
R(T, "pick any decade you want bar the 1950s", dislike=[D + "1950s"])
R(T, "only animated stuff, my brain is mush", like=[G + "Animation"])
R(T, "any actor is fine other than Steven Seagal", dislike=[P + "Steven Seagal"])

# --------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a good mystery beats a dumb action flick every day of the week", like=[G + "Mystery"],
  dislike=[G + "Action"])
R(T, "give me westerns over war movies any time", like=[G + "Western"], dislike=[G + "War"])
R(T, "horror wipes the floor with romance as far as I'm concerned", like=[G + "Horror"],
  dislike=[G + "Romance"])
R(T, "real-life documentaries knock fantasy into a cocked hat", like=[G + "Documentary"],
  dislike=[G + "Fantasy"])
R(T, "I'd take a 40s noir over any modern blockbuster", like=[G + "Film-Noir", D + "1940s"],
  ok=["-genre:Action"])
R(T, "comedies > dramas, fight me", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "crime films run rings around sci-fi for me", like=[G + "Crime"], dislike=[G + "Sci-Fi"])
R(T, "I prefer adventure to thrillers by a mile", like=[G + "Adventure"], dislike=[G + "Thriller"])
R(T, "Scorsese leaves Spielberg in the dust, no contest", like=[P + "Martin Scorsese"],
  dislike=[P + "Steven Spielberg"])
R(T, "musicals trump cartoons in this household", like=[G + "Musical"], dislike=[G + "Animation"])
R(T, "the 70s make the 90s look like amateur hour", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "rather a slow drama than some loud action nonsense", like=[G + "Drama"], dislike=[G + "Action"])
R(T, "Clint Eastwood is twice the cowboy John Wayne ever was", like=[P + "Clint Eastwood"],
  dislike=[P + "John Wayne"])
R(T, "thrillers beat horror hands down, I want tension not gore", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "war movies come a distant second to westerns for me", like=[G + "Western"], dislike=[G + "War"])

# ------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks, but I'll pass on the horror if that's okay", dislike=[G + "Horror"])
R(T, "that's kind of you, but musicals aren't really for me", dislike=[G + "Musical"])
R(T, "I appreciate it, though I'd rather steer clear of war films", dislike=[G + "War"])
R(T, "lovely suggestions, but maybe no westerns this time?", dislike=[G + "Western"])
R(T, "I'm sure documentaries are great, I just don't tend to enjoy them", dislike=[G + "Documentary"])
R(T, "no offence to sci-fi fans, but it's not my thing", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you, could we leave out the romances", dislike=[G + "Romance"])
R(T, "respectfully, I'd rather not do anything from the 1960s", dislike=[D + "1960s"])
R(T, "kind thought, but cartoons aren't quite what I'm after", dislike=[G + "Animation"])
R(T, "I'd prefer to give Woody Allen films a miss, if you don't mind", dislike=[P + "Woody Allen"])
R(T, "that's very thoughtful, though thrillers make me too anxious", dislike=[G + "Thriller"])
R(T, "could you possibly skip the kids' films? thank you so much", dislike=[G + "Children's"])
R(T, "I'm grateful for the list, but fantasy doesn't really speak to me", dislike=[G + "Fantasy"])
R(T, "if I may, I'd love something with a bit of mystery to it, please", like=[G + "Mystery"])
R(T, "I hope you don't mind me asking for a comedy, it's been a long week", like=[G + "Comedy"])

# ---------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "rom-coms? nah mate, not for me", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "westerns are a hard no", dislike=[G + "Western"])
R(T, "horror can do one, honestly", dislike=[G + "Horror"])
R(T, "musicals? yeah, no", dislike=[G + "Musical"])
R(T, "keep your documentaries, I'm good", dislike=[G + "Documentary"])
R(T, "sci-fi is mid at best, skip", dislike=[G + "Sci-Fi"])
R(T, "war movies are a snooze fest, miss me with those", dislike=[G + "War"])
R(T, "cartoons are for babies, bin them", dislike=[G + "Animation"])
R(T, "Tom Cruise? bruh. pass", dislike=[P + "Tom Cruise"])
R(T, "fantasy elves and dragons, absolutely not my jam", dislike=[G + "Fantasy"])
R(T, "romance is cringe, take it away", dislike=[G + "Romance"])
R(T, "old black and white 30s stuff, no thanks, too dusty", dislike=[D + "1930s"])
R(T, "Jean-Claude Van Damme is a big fat nope", dislike=[P + "Jean-Claude Van Damme"])
R(T, "thrillers are overrated tbh, not bothered", dislike=[G + "Thriller"])
R(T, "crime dramas can jog on", dislike=[G + "Crime"], ok=["-genre:Drama"])

# ------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a western on a rainy Sunday is worth its weight in gold to me", like=[G + "Western"])
R(T, "a good noir is like a fine whisky, I savour every drop", like=[G + "Film-Noir"])
R(T, "hand-drawn animation makes my heart sing", like=[G + "Animation"])
R(T, "musicals are sunshine in a can", like=[G + "Musical"])
R(T, "Hitchcock was a wizard, every frame is a gift", like=[P + "Alfred Hitchcock"])
R(T, "documentaries feed my soul", like=[G + "Documentary"])
R(T, "war films hit me like a freight train, in the best way", like=[G + "War"])
R(T, "wizards, quests, all of it, fantasy is where my heart lives", like=[G + "Fantasy"])
R(T, "crime flicks are the bread and butter of my movie diet", like=[G + "Crime"])
R(T, "adventure films are catnip to me", like=[G + "Adventure"])
R(T, "the 50s were a golden age, those films glow", like=[D + "1950s"])
R(T, "Meryl Streep could read a phone book and I'd be riveted", like=[P + "Meryl Streep"])
R(T, "a tight thriller is music to my ears", like=[G + "Thriller"])
R(T, "kids' films from Disney are little treasures", like=[G + "Children's"], ok=["+genre:Animation"])

# -------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "I'm into westerns, but keep the musicals away from me", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "love a good horror, can't stand romance", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "sci-fi yes, fantasy no", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "documentaries are fine but war movies depress me", like=[G + "Documentary"], dislike=[G + "War"])
R(T, "I'll do comedy, just nothing animated", like=[G + "Comedy"], dislike=[G + "Animation"])
R(T, "crime is my jam, though thrillers stress me out", like=[G + "Crime"], dislike=[G + "Thriller"])
R(T, "something from the 80s would be ace, nothing from the 60s though", like=[D + "1980s"],
  dislike=[D + "1960s"])
R(T, "dramas are great, action movies bore me to tears", like=[G + "Drama"], dislike=[G + "Action"])
R(T, "I adore Tom Hanks but I can't bear Meg Ryan", like=[P + "Tom Hanks"], dislike=[P + "Meg Ryan"])
R(T, "mystery please, and hold the horror", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "keen on adventure stuff, not keen on kids' movies", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "noir is brilliant, westerns leave me cold", like=[G + "Film-Noir"], dislike=[G + "Western"])
R(T, "musicals make me happy, war films make me miserable", like=[G + "Musical"], dislike=[G + "War"])
R(T, "fantasy I can do, sci-fi I really can't", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "romance is sweet but comedies never make me laugh", like=[G + "Romance"], dislike=[G + "Comedy"])
R(T, "Kubrick is a genius, Tim Burton is just weird to me", like=[P + "Stanley Kubrick"],
  dislike=[P + "Tim Burton"])

# ----------------------------------------------------------------------------------------------------- question
T = "question"
R(T, "do I like westerns? does a bear live in the woods", like=[G + "Western"])
R(T, "horror? me? not in a million years", dislike=[G + "Horror"])
R(T, "you know what I could go for? a proper heist movie", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "would I watch a musical voluntarily? absolutely not", dislike=[G + "Musical"])
R(T, "what am I in the mood for? honestly, something scary", like=[G + "Horror"], ok=["+genre:Thriller"])
R(T, "war films? I'll never understand the appeal", dislike=[G + "War"])
R(T, "is sci-fi my favourite? yes, yes it is", like=[G + "Sci-Fi"])
R(T, "do I want romance tonight? hard pass", dislike=[G + "Romance"])
R(T, "you want to know my weakness? animated films, every time", like=[G + "Animation"])
R(T, "documentaries? why would I watch homework", dislike=[G + "Documentary"])
R(T, "who doesn't love a good old 70s thriller? certainly not me", like=[G + "Thriller", D + "1970s"])
R(T, "Pauly Shore? are you kidding me? no", dislike=[P + "Pauly Shore"])
R(T, "what do I want? mystery, mystery and more mystery", like=[G + "Mystery"])
R(T, "fantasy, you ask? bring on the dragons", like=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1980 please, the old ones drag", year=(1980, None))
R(T, "I love films from the 1940s", like=[D + "1940s"])
R(T, "the 70s were peak cinema for me", like=[D + "1970s"])
R(T, "nothing made after 1970, I want the classics", year=(None, 1970))
R(T, "please, no films from the 90s, I've seen them all", dislike=[D + "1990s"])
R(T, "silent-era stuff from the 1920s is fascinating to me", like=[D + "1920s"])
R(T, "anything pre-1960 is a no for me, the acting is too stiff", year=(1960, None))
R(T, "I'm really into 60s movies at the moment", like=[D + "1960s"])
R(T, "the eighties? too cheesy, no thanks", dislike=[D + "1980s"])
R(T, "only stuff from 1990 onwards, I'm not into the old look", year=(1990, None),
  ok=["+decade:1990s"])
R(T, "films from the thirties have a charm nothing else does", like=[D + "1930s"])
R(T, "skip the 50s entirely, it's all so wholesome", dislike=[D + "1950s"])
R(T, "nothing from after about 1985, modern films are too loud", year=(None, 1985))
R(T, "I'm a sucker for late 90s movies", like=[D + "1990s"])

# ------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Denzel can do no wrong in my eyes", like=[P + "Denzel Washington"])
R(T, "I'd watch Bill Murray read a grocery list", like=[P + "Bill Murray"])
R(T, "Kevin Costner puts me to sleep, skip him", dislike=[P + "Kevin Costner"])
R(T, "anything with Audrey Hepburn in it, sign me up", like=[P + "Audrey Hepburn"])
R(T, "Nicolas Cage overacts so hard it physically hurts me, no", dislike=[P + "Nicolas Cage"])
R(T, "the Coen brothers' films are right up my street", like=[P + "Joel Coen"],
  ok=["+person:Ethan Coen"])
R(T, "Sylvester Stallone mumbling for two hours? I'll pass", dislike=[P + "Sylvester Stallone"])
R(T, "Jodie Foster is one of the all-time greats", like=[P + "Jodie Foster"])
R(T, "I can't stand Julia Roberts, sorry not sorry", dislike=[P + "Julia Roberts"])
R(T, "David Lynch's weirdness is exactly my kind of weird", like=[P + "David Lynch"])
R(T, "Joel Schumacher's films give me hives, keep them well away", dislike=[P + "Joel Schumacher"])
R(T, "Cary Grant's charm never gets old", like=[P + "Cary Grant"])
R(T, "Michael Bay movies give me a headache", dislike=[P + "Michael Bay"])
R(T, "I'm a massive Morgan Freeman fan", like=[P + "Morgan Freeman"])
R(T, "Chevy Chase grates on me something awful", dislike=[P + "Chevy Chase"])

# ------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Casablanca is the one I'd take to a desert island", like_items=["Casablanca (1942)"])
R(T, "Waterworld was a soggy mess, don't show me that again", dislike_items=["Waterworld (1995)"])
R(T, "something in the spirit of The Big Lebowski would be perfect",
  like_items=["The Big Lebowski (1998)"])
R(T, "Titanic? sank for me too, three hours I'll never get back", dislike_items=["Titanic (1997)"])
R(T, "GoodFellas is basically my religion", like_items=["GoodFellas (1990)"])
R(T, "please not Spice World, I've suffered enough", dislike_items=["Spice World (1997)"])
R(T, "The Princess Bride never fails to cheer me up", like_items=["The Princess Bride (1987)"])
R(T, "Batman & Robin is a crime against cinema", dislike_items=["Batman & Robin (1997)"])
R(T, "Blade Runner blew my mind as a teenager and still does", like_items=["Blade Runner (1982)"])
R(T, "Forrest Gump is so sappy I can't sit through it", dislike_items=["Forrest Gump (1994)"])
R(T, "I could watch Groundhog Day over and over, which is kind of the point",
  like_items=["Groundhog Day (1993)"])
R(T, "Showgirls is so bad it isn't even funny, spare me", dislike_items=["Showgirls (1995)"])
R(T, "more like Vertigo, that kind of slow-burn paranoia", like_items=["Vertigo (1958)"])
R(T, "Men in Black was a blast, I want something with that energy", like_items=["Men in Black (1997)"])
R(T, "The English Patient bored me to actual tears", dislike_items=["The English Patient (1996)"])

# ---------------------------------------------------------------------------------------------------- rambling
T = "rambling"
R(T, "ok so my girlfriend is away this weekend and I finally get the telly to myself, which means I can "
     "watch all the gangster stuff she hates, so yeah, crime films please, the grittier the better",
  like=[G + "Crime"])
R(T, "long day at work, kids finally asleep, husband snoring on the couch already, and I just want "
     "something light, a comedy maybe, but please nothing with singing because I had a school musical "
     "rehearsal all afternoon and I've had it", like=[G + "Comedy"], dislike=[G + "Musical"])
R(T, "so my grandad used to watch John Wayne films every Sunday and I'd sit with him, and now he's "
     "gone I kind of want to watch westerns again, it feels like having him around", like=[G + "Western"],
  ok=["+person:John Wayne"])
R(T, "I tried watching a horror movie last week because everyone at the office kept talking about it, "
     "and I didn't sleep for three nights, so let's just say that genre and I are finished",
  dislike=[G + "Horror"])
R(T, "my flatmate put on some space movie with lasers last night and I kept waiting for it to get "
     "good and it never did, I think sci-fi just isn't for me, maybe something real instead like a "
     "documentary", like=[G + "Documentary"], dislike=[G + "Sci-Fi"])
R(T, "when I was little we had a VHS of The Lion King that I wore out completely, and my nephew is "
     "coming over Saturday, so anything animated in that vein would be amazing",
  like=[G + "Animation"], like_items=["The Lion King (1994)"], ok=["+genre:Children's"])
R(T, "we did a history project on WW2 at uni and since then I've been reading loads about it, so "
     "honestly war movies are exactly what I want to dig into right now", like=[G + "War"])
R(T, "so me and my mates have this tradition where we watch something awful on a Friday, but this "
     "week I actually want something proper, a good old fashioned mystery where you have to work out "
     "who did it", like=[G + "Mystery"])
R(T, "I was dragged to see a romantic film on a date once and I literally fell asleep and snored, "
     "she never called me back, so maybe no romance, bad memories", dislike=[G + "Romance"])
R(T, "my mum keeps saying I should watch more old movies and I tried a couple from the forties but "
     "honestly the black and white just doesn't do it for me, can we stick to stuff from the "
     "90s", like=[D + "1990s"], dislike=[D + "1940s"])

# -------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like comedies with a bit of bite", like=[G + "Comedy"])
R(T, "I don't like horror movies", dislike=[G + "Horror"])
R(T, "please recommend me a thriller", like=[G + "Thriller"])
R(T, "no westerns", dislike=[G + "Western"])
R(T, "I really enjoy science fiction", like=[G + "Sci-Fi"])
R(T, "I'm not a fan of musicals at all", dislike=[G + "Musical"])
R(T, "I want to watch a documentary", like=[G + "Documentary"])
R(T, "I hate war movies, they're just too grim", dislike=[G + "War"])
R(T, "looking for an adventure film", like=[G + "Adventure"])
R(T, "I don't want anything animated, I'm a grown adult", dislike=[G + "Animation"])
R(T, "I'd like a romantic movie tonight", like=[G + "Romance"])
R(T, "no kids movies please", dislike=[G + "Children's"])
R(T, "can you find me a film noir", like=[G + "Film-Noir"])
R(T, "I don't enjoy fantasy films", dislike=[G + "Fantasy"])
R(T, "show me some action movies", like=[G + "Action"])
R(T, "I'm not into crime films", dislike=[G + "Crime"])
R(T, "I love mysteries", like=[G + "Mystery"])
R(T, "I don't want a drama", dislike=[G + "Drama"])
R(T, "I like Robin Williams", like=[P + "Robin Williams"])
R(T, "I don't like Keanu Reeves", dislike=[P + "Keanu Reeves"])
R(T, "I want something from the 1980s", like=[D + "1980s"])
R(T, "nothing from the 1970s", dislike=[D + "1970s"])
R(T, "I'd like a western but not a violent one", like=[G + "Western"])


if __name__ == "__main__":
    main()
