"""Writes evals/data/utterances_fresh5.jsonl: a fifth fresh held-out batch of `idiom` utterances (see README.md
here, "Fifth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (08:25-08:45 UTC) by F5, before and apart from that day's fifth round of change to
the stance reader (issue 21, round 5, by S3): the writer did not open the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback*.py, tools/lexicon.py, agent/stance_llm.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge notes, the understanding benchmarks or S3's work, ran no reader
or benchmark on these sentences, and did not read the `idiom` records of utterances.jsonl or the record lists of
the four earlier fresh batches (only fresh_batch.py, tests/evals/fresh_checks.py,
tests/evals/test_utterances_fresh_rounds.py, write_utterances.py's API, and write_utterances_fresh4.py's
docstring, code outside its records and its first few records while finding the layout were read). The reader's
author is not to read this file or its output. Every gold label is what a careful reader takes the sentence to
mean.

Each record carries a topic (the kind of wording it tests, TOPICS below; kept here, not in the jsonl). Records
are written with write_utterances.R and resolved by write_utterances.build / main (the same label and
vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade, rating or year
bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh5
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh5.jsonl"
OTHER_FILES = (HERE / "utterances.jsonl", HERE / "utterances_fresh.jsonl", HERE / "utterances_fresh2.jsonl",
               HERE / "utterances_fresh3.jsonl", HERE / "utterances_fresh4.jsonl")
BATCH = "fresh5-2026-12-05"
CLS = "idiom"

TOPICS = {
    "upside_down": "enthusiasm in words that look negative (curse, trap, helpless, ruined)",
    "fatigue": "satiety and fatigue idioms that are refusals",
    "understatement": "litotes and understatement (mostly a mild yes, three understated refusals)",
    "double_neg": "double negation (most resolve to a yes, three to a no)",
    "only_but": "only X / any genre other than X / bar / save / X or bust / as long as it isn't",
    "comparison": "comparisons: X beats Y, X over Y, X runs circles around Y (the loser is refused)",
    "polite": "polite refusals in kind words",
    "dismissal": "dismissals and slang refusals",
    "praise": "plain figurative praise without irony",
    "mixed": "two clauses, one value liked and one refused",
    "question": "questions answered in the next words (rhetorical or explicit)",
    "era": "era stances: decades and year bounds",
    "people": "actors / directors liked or refused idiomatically",
    "titles": "catalogue films liked or refused idiomatically",
    "rambling": "long rambling messages with the stance inside the story",
    "plain": "plain controls: simple likes and refusals, some with negation",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# --------------------------------------------------------------------------------------------------- upside_down
T = "upside_down"
R(T, "westerns have ruined every other genre for me, they're just that good", like=[G + "Western"])
R(T, "i'm helpless the second a heist movie starts, totally defenceless against a good crime caper",
  like=[G + "Crime"])
R(T, "musicals are my kryptonite, i melt every single time", like=[G + "Musical"])
R(T, "horror is a curse i'd never want lifted", like=[G + "Horror"])
R(T, "documentries are a hole i'd gladly fall down again tonight", like=[G + "Documentary"])
R(T, "noir is a bad habit i refuse to kick", like=[G + "Film-Noir"])
R(T, "i'm a lost cause when it comes to space stuff, sci fi forever", like=[G + "Sci-Fi"])
R(T, "Harrison Ford movies are the enemy of my sleep schedule, i binge them till 4am",
  like=[P + "Harrison Ford"])
R(T, "the 80s spoiled me rotten, nothing hits like that decade", like=[D + "1980s"])
R(T, "animated films turn me into a blubbering wreck and i'm here for it", like=[G + "Animation"])
R(T, "war movies hurt so good", like=[G + "War"])
R(T, "dragons and wizards get me every time, fantasy is my achilles heel", like=[G + "Fantasy"])
R(T, "a whodunit is a trap i walk into willingly, gimme a mystery", like=[G + "Mystery"])
R(T, "i have zero self control around Jim Carrey", like=[P + "Jim Carrey"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "romance is coming out of my ears at this point, give it a rest", dislike=[G + "Romance"])
R(T, "i've OD'd on shoot-em-up action this month, spare me the explosions", dislike=[G + "Action"])
R(T, "sci fi has worn me down to the bone lately", dislike=[G + "Sci-Fi"])
R(T, "i'm fed up to the back teeth with westerns", dislike=[G + "Western"])
R(T, "three thrillers in a row last week, my nerves are shot, no more of those", dislike=[G + "Thriller"])
R(T, "i'm all musicaled out after the holidays", dislike=[G + "Musical"])
R(T, "comedies stopped landing for me ages ago, i'm burnt out on them", dislike=[G + "Comedy"])
R(T, "the 90s stuff has been done to death on this app, i'm sick of it", dislike=[D + "1990s"])
R(T, "my quota of Tom Hanks is full for this lifetime", dislike=[P + "Tom Hanks"])
R(T, "cartoon overload in my house thanks to the kids, i need a break from animation",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "horror used to be my thing but i've burned through all of it and i'm so over it", dislike=[G + "Horror"])
R(T, "enough with the dramas already, i'm drowning in my own tears here", dislike=[G + "Drama"])
R(T, "war films have overstayed their visit in my queue, enough", dislike=[G + "War"])
R(T, "im done done done with crime stories for a while", dislike=[G + "Crime"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a western wouldn't go amiss tonight", like=[G + "Western"])
R(T, "i'd hardly turn my nose up at a good mystery", like=[G + "Mystery"])
R(T, "adventure movies aren't the worst way to spend a sunday", like=[G + "Adventure"])
R(T, "i wouldn't kick a Cary Grant picture out of bed", like=[P + "Cary Grant"])
R(T, "documentaries are not without their charms", like=[G + "Documentary"])
R(T, "a spot of film noir could do no harm", like=[G + "Film-Noir"])
R(T, "i'd not object to something from the fifties", like=[D + "1950s"])
R(T, "comedies are hardly a chore for me", like=[G + "Comedy"])
R(T, "musicals aren't exactly my cup of tea", dislike=[G + "Musical"])
R(T, "horror is not what i'd call relaxing, so let's not", dislike=[G + "Horror"])
R(T, "i could do a lot worse than a Meg Ryan film", like=[P + "Meg Ryan"])
R(T, "sci-fi isn't entirely lost on me, i'd give one a go", like=[G + "Sci-Fi"])
R(T, "kids' films are a little less than thrilling for me", dislike=[G + "Children's"])
R(T, "Spielberg's stuff is not too shabby at all", like=[P + "Steven Spielberg"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it isn't as though war pictures leave me cold", like=[G + "War"])
R(T, "i never said i didn't want romance, put some in", like=[G + "Romance"])
R(T, "there isn't a thriller i haven't loved", like=[G + "Thriller"])
R(T, "not one Hitchcock film has failed to grip me", like=[P + "Alfred Hitchcock"])
R(T, "i couldn't not hit play on a Jackie Chan flick if i tried", like=[P + "Jackie Chan"])
R(T, "no way am i not watching more animation", like=[G + "Animation"])
R(T, "i don't dislike fantasy, quite the opposite", like=[G + "Fantasy"])
R(T, "it's not that i never like dramas, i just can't stand them tonight", dislike=[G + "Drama"])
R(T, "never have i not regretted a Steven Seagal flick", dislike=[P + "Steven Seagal"])
R(T, "i wouldn't not recommend the 40s to anybody", like=[D + "1940s"])
R(T, "it's not untrue that i adore musicals", like=[G + "Musical"])
R(T, "nobody could say i don't love crime films", like=[G + "Crime"])
R(T, "there's no slasher i didn't regret watching, so no horror please", dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "give me westerns and only westerns", like=[G + "Western"])
R(T, "literally any genre other than sci fi", dislike=[G + "Sci-Fi"])
R(T, "throw anything my way as long as it isn't a documentary", dislike=[G + "Documentary"])
R(T, "all comedies, zero exceptions", like=[G + "Comedy"])
R(T, "whatever you fancy, bar romance", dislike=[G + "Romance"])
R(T, "i'll watch any decade save the 1930s", dislike=[D + "1930s"])
R(T, "mystery, mystery and more mystery, nothing else", like=[G + "Mystery"])
R(T, "everything's fair game except Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "i'm easy, just no war stuff", dislike=[G + "War"])
R(T, "only crime dramas from here on out", like=[G + "Crime"], ok=["+genre:Drama"])
R(T, "show me whatever but spare me the musicals", dislike=[G + "Musical"])
R(T, "adventure or bust", like=[G + "Adventure"])
R(T, "pick any film as long as Robin Williams is in it", like=[P + "Robin Williams"])
R(T, "anything goes apart from stuff made for little kids", dislike=[G + "Children's"], ok=["-genre:Animation"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "horror beats romance any night of the week", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "i'd take a 70s film over a 90s one every time", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "westerns > musicals, fight me", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "sci-fi wipes the floor with fantasy imo", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "Hitchcock runs circles around Brian De Palma", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R(T, "comedy wins, drama loses, simple as that", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "a thriller before a mystery any day, mysteries drag", like=[G + "Thriller"], dislike=[G + "Mystery"])
R(T, "Schwarzenegger leaves Stallone in the dust", like=[P + "Arnold Schwarzenegger"],
  dislike=[P + "Sylvester Stallone"])
R(T, "crime flicks are miles ahead of war flicks for me", like=[G + "Crime"], dislike=[G + "War"])
R(T, "the 50s knock the 80s into a cocked hat", like=[D + "1950s"], dislike=[D + "1980s"])
R(T, "one documentary is worth ten action movies", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "Alien is in a different league from Alien: Resurrection, give me the first not the fourth",
  like_items=["Alien (1979)"], dislike_items=["Alien: Resurrection (1997)"])
R(T, "a noir over a western, always", like=[G + "Film-Noir"], dislike=[G + "Western"])
R(T, "i prefer Meg Ryan to Julia Roberts by a mile", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])
R(T, "adventure movies are way more my speed than horror", like=[G + "Adventure"], dislike=[G + "Horror"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks but i'll sit this one out if it's a western", dislike=[G + "Western"])
R(T, "i appreciate the thought, but romance isn't for me tonight", dislike=[G + "Romance"])
R(T, "lovely picks, but could the horror titles quietly disappear", dislike=[G + "Horror"])
R(T, "i'd rather give thrillers a miss if that's alright", dislike=[G + "Thriller"])
R(T, "kind of you, but i'll decline the Woody Allen films", dislike=[P + "Woody Allen"])
R(T, "perhaps leave the documentaries for another day", dislike=[G + "Documentary"])
R(T, "that's sweet but no musicals for me, thank you", dislike=[G + "Musical"])
R(T, "i'd prefer to hold off on anything from the 60s", dislike=[D + "1960s"])
R(T, "respectfully, let's not do animation", dislike=[G + "Animation"])
R(T, "if it's all the same to you, no sci fi", dislike=[G + "Sci-Fi"])
R(T, "you're very kind, but i'll let the action movies go by", dislike=[G + "Action"])
R(T, "i'll gracefully bow out of the war films", dislike=[G + "War"])
R(T, "no offence to fantasy fans but i'd sooner avoid it", dislike=[G + "Fantasy"])
R(T, "much obliged, though Jim Carrey's not really my speed", dislike=[P + "Jim Carrey"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "noir can take a hike", dislike=[G + "Film-Noir"])
R(T, "mysteries are a snooze fest, nah", dislike=[G + "Mystery"])
R(T, "keep that Pauly Shore garbage away from me", dislike=[P + "Pauly Shore"])
R(T, "adventure flicks? meh, yawn", dislike=[G + "Adventure"])
R(T, "comedy is dead to me", dislike=[G + "Comedy"])
R(T, "the 20s? silent stuff puts me to sleep, bin it", dislike=[D + "1920s"])
R(T, "cartoons are for babies lol no thx", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "westerns can ride off into the sunset without me", dislike=[G + "Western"])
R(T, "crime movies bore me stiff", dislike=[G + "Crime"])
R(T, "Van Damme can roundhouse kick himself right off my list", dislike=[P + "Jean-Claude Van Damme"])
R(T, "forget the 70s, that decade's a write-off for me", dislike=[D + "1970s"])
R(T, "childrens films are a big fat nope", dislike=[G + "Children's"])
R(T, "sci fi is so not my jam", dislike=[G + "Sci-Fi"])
R(T, "drama? zzz. next", dislike=[G + "Drama"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "thrillers are pure gold", like=[G + "Thriller"])
R(T, "the 40s were a golden age, bring them on", like=[D + "1940s"])
R(T, "Denzel Washington is a class act, more of him", like=[P + "Denzel Washington"])
R(T, "war films move me like nothing else", like=[G + "War"])
R(T, "a romance warms my heart every time", like=[G + "Romance"])
R(T, "animation is pure magic to me", like=[G + "Animation"])
R(T, "Stanley Kubrick was a genius, i'd watch any of his", like=[P + "Stanley Kubrick"])
R(T, "the 30s screwball stuff is a real treat", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "documentaries open my eyes, love em", like=[G + "Documentary"])
R(T, "comedy is the best medicine, give me a big dose", like=[G + "Comedy"])
R(T, "adventure films make me feel twelve again", like=[G + "Adventure"])
R(T, "Audrey Hepburn lights up the screen, i adore her", like=[P + "Audrey Hepburn"])
R(T, "a great horror movie is a rollercoaster i never want to get off", like=[G + "Horror"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "a puzzle-box mystery sounds lovely, blood and guts do not, so no horror", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "action is great, just not the 80s kind", like=[G + "Action"], dislike=[D + "1980s"])
R(T, "i'm all in on fantasy, sci fi not so much", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "romance is fine by me, musicals are where i draw the line", like=[G + "Romance"], dislike=[G + "Musical"])
R(T, "Tom Cruise yes please, Nicolas Cage no thank you", like=[P + "Tom Cruise"], dislike=[P + "Nicolas Cage"])
R(T, "documentaries are my happy place but war is too heavy for me", like=[G + "Documentary"],
  dislike=[G + "War"])
R(T, "give me crime, leave the thrillers on the shelf", like=[G + "Crime"], dislike=[G + "Thriller"])
R(T, "kids movies are off the table, animated ones for grown ups are welcome", like=[G + "Animation"],
  dislike=[G + "Children's"])
R(T, "westerns do it for me; dramas, not a chance", like=[G + "Western"], dislike=[G + "Drama"])
R(T, "the 60s are groovy, the 30s are dusty, pass on those", like=[D + "1960s"], dislike=[D + "1930s"])
R(T, "adore Robin Williams, can't bear Adam Sandler", like=[P + "Robin Williams"], dislike=[P + "Adam Sandler"])
R(T, "comedies yes but skip the romantic ones", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "Fargo was fantastic, Kingpin was dire", like_items=["Fargo (1996)"], dislike_items=["Kingpin (1996)"])
R(T, "i'm keen on film noir, far less keen on anything from the 90s", like=[G + "Film-Noir"],
  dislike=[D + "1990s"])
R(T, "sci-fi floats my boat; horror sinks it", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "more Clint Eastwood, less John Wayne", like=[P + "Clint Eastwood"], dislike=[P + "John Wayne"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "horror? not tonight, i'm alone in the house", dislike=[G + "Horror"])
R(T, "a musical, you ask? heck yes", like=[G + "Musical"])
R(T, "do i want the 80s? absolutely, neon and synths all the way", like=[D + "1980s"])
R(T, "what about romance? nah, i just went through a breakup", dislike=[G + "Romance"])
R(T, "am i into war movies? is the pope catholic", like=[G + "War"])
R(T, "should we try fantasy? eh, let's not", dislike=[G + "Fantasy"])
R(T, "crime? you bet", like=[G + "Crime"])
R(T, "any Spielberg? sure, the more the merrier", like=[P + "Steven Spielberg"])
R(T, "documentaries, seriously? no, i want to switch my brain off", dislike=[G + "Documentary"])
R(T, "Sandra Bullock again? i'd be there in a flash", like=[P + "Sandra Bullock"])
R(T, "how do i feel about the 50s? bored, honestly, skip them", dislike=[D + "1950s"])
R(T, "thrillers or comedies? comedies, the thrillers can wait", like=[G + "Comedy"], dislike=[G + "Thriller"])
R(T, "is a children's film ok? sure, my niece is over", like=[G + "Children's"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the 1920s please, silent and grainy is my thing", like=[D + "1920s"])
R(T, "keep it post 1985, older stuff looks too dated", year=(1986, None))
R(T, "nothing that came out before i was born in 1978", year=(1978, None))
R(T, "the 40s were the peak, the 60s i can do without", like=[D + "1940s"], dislike=[D + "1960s"])
R(T, "i'm stuck in the 70s and happy there", like=[D + "1970s"])
R(T, "skip anything made after 1990, modern movies are too loud", year=(None, 1990))
R(T, "the 30s feel like a museum trip, count me out", dislike=[D + "1930s"])
R(T, "only the 90s for me, the fresher the better", like=[D + "1990s"])
R(T, "pre-1970 stuff is a no go", year=(1970, None))
R(T, "i'd happily live in the fifties, movie-wise", like=[D + "1950s"])
R(T, "the 80s can stay buried", dislike=[D + "1980s"])
R(T, "films from the 1960s are right up my street", like=[D + "1960s"])
R(T, "steer me away from anything earlier than 1975", year=(1975, None))
R(T, "keep it before 1960 please, the older the better", year=(None, 1959))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson is unhinged in the best possible way, more please", like=[P + "Jack Nicholson"])
R(T, "Kevin Costner puts me to sleep faster than a lullaby", dislike=[P + "Kevin Costner"])
R(T, "i'd follow Martin Scorsese anywhere", like=[P + "Martin Scorsese"])
R(T, "Keanu Reeves acts like a cardboard cutout, leave him out", dislike=[P + "Keanu Reeves"])
R(T, "Meryl Streep can do no wrong", like=[P + "Meryl Streep"])
R(T, "i've got a soft spot the size of texas for Chevy Chase", like=[P + "Chevy Chase"])
R(T, "Stallone mumbling for two hours? i'll live without it", dislike=[P + "Sylvester Stallone"])
R(T, "Tim Burton's weird little worlds are my jam", like=[P + "Tim Burton"])
R(T, "Demi Moore is a turn-off for me, leave her out", dislike=[P + "Demi Moore"])
R(T, "Anthony Hopkins chews the scenery gloriously, yes", like=[P + "Anthony Hopkins"])
R(T, "Eddie Murphy has me in stitches without fail", like=[P + "Eddie Murphy"])
R(T, "David Lynch goes straight over my head, skip him", dislike=[P + "David Lynch"])
R(T, "Sean Connery could narrate a tax form and i'd be glued", like=[P + "Sean Connery"])
R(T, "Whoopi Goldberg grates on me", dislike=[P + "Whoopi Goldberg"])
R(T, "the Coen brothers are a national treasure", like=[P + "Joel Coen", P + "Ethan Coen"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Casablanca still gives me goosebumps, more like that", like_items=["Casablanca (1942)"])
R(T, "Waterworld sank like a stone for me, keep it away", dislike_items=["Waterworld (1995)"])
R(T, "Pulp Fiction is a masterpiece, full stop", like_items=["Pulp Fiction (1994)"])
R(T, "Showgirls made me want my two hours back", dislike_items=["Showgirls (1995)"])
R(T, "i could watch Toy Story on a loop", like_items=["Toy Story (1995)"])
R(T, "Batman & Robin should be buried in a desert somewhere", dislike_items=["Batman & Robin (1997)"])
R(T, "The Princess Bride is my comfort blanket", like_items=["The Princess Bride (1987)"])
R(T, "Speed 2 was dead in the water for me", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Shawshank is a gem, every single rewatch", like_items=["The Shawshank Redemption (1994)"])
R(T, "Spice World is an insult to my eyeballs", dislike_items=["Spice World (1997)"])
R(T, "Raiders of the Lost Ark is peak fun for me", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "don't even think about putting Barb Wire on my list", dislike_items=["Barb Wire (1996)"])
R(T, "Groundhog Day is one i'd happily relive", like_items=["Groundhog Day (1993)"])
R(T, "The English Patient dragged on like a desert trek, nothing similar please",
  dislike_items=["The English Patient (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so my girlfriend wanted something romantic earlier but she's fallen asleep on the couch, so it's my pick "
     "now and what i'd really love is a proper old school western, horses and dust and long stares, let's do that",
  like=[G + "Western"])
R(T, "long day at work, brain is mush, i tried starting a documentary earlier and lasted ten minutes, so nothing "
     "that makes me think, no documentaries, something light and silly, a comedy would be perfect",
  like=[G + "Comedy"], dislike=[G + "Documentary"])
R(T, "so i was reading about Billy Wilder the other day and it reminded me how much i love his films, even the "
     "lesser known ones, please find me more Billy Wilder", like=[P + "Billy Wilder"])
R(T, "my brother keeps pushing those gory slasher things on me and every time i end up sleeping with the light "
     "on, so honestly i'm begging you, no horror whatsoever, i've suffered enough", dislike=[G + "Horror"])
R(T, "not sure how to put this but i've sat through so many musicals with my mum over the years that if i hear "
     "one more song and dance number i might scream, so yeah, no musicals, anything else is fine",
  dislike=[G + "Musical"])
R(T, "grew up on my dad's VHS tapes, all those 80s action movies with the one liners and the explosions, and i "
     "still think nothing made since comes close, so 80s action if you have it",
  like=[D + "1980s", G + "Action"])
R(T, "i don't usually go for animated stuff, always assumed it was for kids, but my friend made me watch a few "
     "last month and now i'm kind of hooked, so yes animation please", like=[G + "Animation"])
R(T, "last weekend we did a whole sci fi marathon, six films back to back, and i've had enough spaceships and "
     "lasers to last until next year, so something without any sci fi would be great, maybe a mystery",
  like=[G + "Mystery"], dislike=[G + "Sci-Fi"])
R(T, "i know everyone says the 1990s were great but for me most of that decade feels cheap and plastic, i'd much "
     "rather go back to the 1940s when films had real atmosphere", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "ok hear me out, i know it sounds odd but whenever i'm sad i put on a war film, there's something about the "
     "courage in them that picks me up, so yeah, war films are kind of my comfort thing", like=[G + "War"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like adventure films a lot", like=[G + "Adventure"])
R(T, "recommend me some film noir", like=[G + "Film-Noir"])
R(T, "i'd like to watch a western tonight", like=[G + "Western"])
R(T, "i enjoy documentaries about real people", like=[G + "Documentary"])
R(T, "show me comedies from the 1950s", like=[G + "Comedy", D + "1950s"])
R(T, "i love Harrison Ford films", like=[P + "Harrison Ford"])
R(T, "a fantasy movie would be nice", like=[G + "Fantasy"])
R(T, "something with Julia Roberts in it please", like=[P + "Julia Roberts"])
R(T, "i really like mystery movies", like=[G + "Mystery"])
R(T, "put on a musical for me", like=[G + "Musical"])
R(T, "thrillers are what i want", like=[G + "Thriller"])
R(T, "i'd like a film from the 1920s", like=[D + "1920s"])
R(T, "crime movies are my favourite", like=[G + "Crime"])
R(T, "a romance please", like=[G + "Romance"])
R(T, "i don't want a western", dislike=[G + "Western"])
R(T, "i don't like war films", dislike=[G + "War"])
R(T, "leave out horror films", dislike=[G + "Horror"])
R(T, "i'm not into musicals at all", dislike=[G + "Musical"])
R(T, "no Adam Sandler movies", dislike=[P + "Adam Sandler"])
R(T, "i hate romantic films", dislike=[G + "Romance"])
R(T, "nothing animated for me please", dislike=[G + "Animation"])
R(T, "avoid films from the 1980s", dislike=[D + "1980s"])
R(T, "no comedies tonight", dislike=[G + "Comedy"])
R(T, "don't show me any thrillers", dislike=[G + "Thriller"])
R(T, "i don't care for documentaries", dislike=[G + "Documentary"])
R(T, "no dramas please", dislike=[G + "Drama"])
R(T, "i don't want mysteries", dislike=[G + "Mystery"])
R(T, "keep sci-fi out of my list", dislike=[G + "Sci-Fi"])


if __name__ == "__main__":
    main()
