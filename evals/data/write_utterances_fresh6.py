"""Writes evals/data/utterances_fresh6.jsonl: a sixth fresh held-out batch of `idiom` utterances (see README.md
here, "Sixth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (09:30-09:50 UTC) by F6, before and apart from that day's sixth round of change to
the stance reader (issue 21, round 6, by S4): the writer did not open the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py,
agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge notes, the understanding
benchmarks or S4's work, ran no reader or benchmark on these sentences, and did not read the `idiom` records of
utterances.jsonl or the record lists of the five earlier fresh batches (only fresh_batch.py,
tests/evals/fresh_checks.py, tests/evals/test_utterances_fresh_rounds.py, write_utterances.py's API and first few
complaint records, and write_utterances_fresh5.py's docstring, code outside its records and a few of its records
while finding the layout were read). The reader's author is not to read this file or its output. Every gold label
is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below; kept here, not in the jsonl). Records
are written with write_utterances.R and resolved by write_utterances.build / main (the same label and
vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade, rating or year
bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh6
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh6.jsonl"
OTHER_FILES = earlier_files(5)  # utterances.jsonl, fresh #1-#5
BATCH = "fresh6-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "thrillers are a menace to my fingernails and i wouldn't have it any other way", like=[G + "Thriller"])
R(T, "ugh, whodunits. i physically cannot stop once one starts. give me another", like=[G + "Mystery"])
R(T, "documentaries are my secret vice, feed it", like=[G + "Documentary"])
R(T, "westerns are dangerous for me, i lose whole weekends to them. load me up", like=[G + "Western"])
R(T, "love stories absolutely destroy me and i keep crawling back for more", like=[G + "Romance"])
R(T, "kids movies are embarassingly addictive for a 40 year old man but here we are, more please",
  like=[G + "Children's"])
R(T, "the moment a monster lurches out of the dark i'm done for. horror owns my soul", like=[G + "Horror"])
R(T, "fantasy epics are a sickness and i have zero interest in a cure", like=[G + "Fantasy"])
R(T, "i'm hopelessly, tragically obsessed with cartoons", like=[G + "Animation"])
R(T, "action flicks are pure junk food and i am STARVING", like=[G + "Action"])
R(T, "i'm a total 70s junkie, it's honestly becoming a problem", like=[D + "1970s"])
R(T, "sci fi has rotted my brain and i'd let it do it all over again", like=[G + "Sci-Fi"])
R(T, "war films leave me shattered for days. that's exactly why i keep watching them", like=[G + "War"])
R(T, "mob sagas are my worst addiction, i need a fix tonight", like=[G + "Crime"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've had my fill of horror this month, enough jump scares to last a lifetime", dislike=[G + "Horror"])
R(T, "honestly i'm all musical'd out after the school play season", dislike=[G + "Musical"])
R(T, "westerns? i've seen enough dusty saloons to last me three lifetimes", dislike=[G + "Western"])
R(T, "spaceships and lasers have lost their shine, i'm running on fumes with sci-fi", dislike=[G + "Sci-Fi"])
R(T, "if i sit through one more tearjerker drama i'll lose it, give it a rest", dislike=[G + "Drama"])
R(T, "cartoon overload in our house, the kids have burned me right out on animation", dislike=[G + "Animation"])
R(T, "war movies have worn me down to a nub lately", dislike=[G + "War"])
R(T, "i've reached saturation point with romances", dislike=[G + "Romance"])
R(T, "had it up to here with gritty crime stuff", dislike=[G + "Crime"])
R(T, "the well has run dry on mysteries for me", dislike=[G + "Mystery"])
R(T, "my tolerance for car chases and explosions is sitting at zero after this week", dislike=[G + "Action"])
R(T, "i've overdosed on Tom Hanks, the man needs a holiday from my screen", dislike=[P + "Tom Hanks"])
R(T, "comedy fatigue is real, i'm all laughed out", dislike=[G + "Comedy"])
R(T, "think i've maxed out on 80s movies for a good while", dislike=[D + "1980s"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "an adventure film would hardly be a hardship", like=[G + "Adventure"])
R(T, "a spot of noir never did anyone any harm", like=[G + "Film-Noir"])
R(T, "i have been known to enjoy the odd musical", like=[G + "Musical"])
R(T, "documentaries aren't the worst way to spend an evening", like=[G + "Documentary"])
R(T, "Meg Ryan is not exactly hard to watch", like=[P + "Meg Ryan"])
R(T, "i could do a lot worse than a good old fashioned war picture", like=[G + "War"])
R(T, "mysteries tend to go down rather well with me", like=[G + "Mystery"])
R(T, "i could be talked into a fantasy film without much arm twisting", like=[G + "Fantasy"])
R(T, "the 50s turned out one or two half decent pictures, i'll grant you that", like=[D + "1950s"])
R(T, "thrillers have their moments, i'd take one", like=[G + "Thriller"])
R(T, "i'd not object to something sci-fi", like=[G + "Sci-Fi"])
R(T, "horror is not quite my scene, if i'm being honest", dislike=[G + "Horror"])
R(T, "i'm not what you'd call a fan of westerns", dislike=[G + "Western"])
R(T, "children's films are a little lost on me these days", dislike=[G + "Children's"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "i'd be lying if i said romance did nothing for me", like=[G + "Romance"])
R(T, "i never say no to a crime thriller", like=[G + "Crime", G + "Thriller"])
R(T, "there's no documentary i haven't liked, honestly", like=[G + "Documentary"])
R(T, "a Spielberg picture on the telly is impossible for me not to sit down for", like=[P + "Steven Spielberg"])
R(T, "not once in my life have i disliked a western", like=[G + "Western"])
R(T, "it isn't that i don't like comedies, i flat out love them", like=[G + "Comedy"])
R(T, "no way would i turn down an action movie", like=[G + "Action"])
R(T, "there isn't a war film i wouldn't happily sit through", like=[G + "War"])
R(T, "i don't dislike noir, not one bit", like=[G + "Film-Noir"])
R(T, "i've yet to meet a space movie i didn't like", like=[G + "Sci-Fi"])
R(T, "it's not that i don't get the appeal of musicals, i just don't want one", dislike=[G + "Musical"])
R(T, "it's not untrue that i'm sick of dramas", dislike=[G + "Drama"])
R(T, "i can't pretend i don't find mysteries tedious", dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "anything but a romance tonight please", dislike=[G + "Romance"])
R(T, "nothing but comedies for me this weekend", like=[G + "Comedy"])
R(T, "any genre works for me except horror", dislike=[G + "Horror"])
R(T, "i'd watch literally anything other than a war movie", dislike=[G + "War"])
R(T, "just thrillers, nothing else", like=[G + "Thriller"])
R(T, "all genres welcome, save for musicals", dislike=[G + "Musical"])
R(T, "it's animation or nothing for movie night", like=[G + "Animation"])
R(T, "everything's fair game apart from sci-fi", dislike=[G + "Sci-Fi"])
R(T, "adventure films and adventure films only", like=[G + "Adventure"])
R(T, "whatever you fancy, just no documentaries", dislike=[G + "Documentary"])
R(T, "surprise me, as long as it's not a drama", dislike=[G + "Drama"])
R(T, "pure film noir, accept no substitutes", like=[G + "Film-Noir"])
R(T, "crime, crime and more crime", like=[G + "Crime"])
R(T, "i'm easy, with the one exception of westerns", dislike=[G + "Western"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "thrillers knock comedies into a cocked hat", like=[G + "Thriller"], dislike=[G + "Comedy"])
R(T, "i'd pick a documentary over a fantasy film any day of the week", like=[G + "Documentary"],
  dislike=[G + "Fantasy"])
R(T, "give me noir ahead of action every time", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "westerns leave sci-fi in the dust", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "musicals are miles better than war films", like=[G + "Musical"], dislike=[G + "War"])
R(T, "romance beats horror hands down", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "the 40s wipe the floor with the 90s", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "mysteries > dramas, no contest", like=[G + "Mystery"], dislike=[G + "Drama"])
R(T, "cartoons are way more fun than these grim crime things", like=[G + "Animation"], dislike=[G + "Crime"])
R(T, "i'd sooner have an adventure than a romance, to be honest", like=[G + "Adventure"],
  dislike=[G + "Romance"])
R(T, "Jim Carrey is a poor man's Robin Williams, i want the real thing", like=[P + "Robin Williams"],
  dislike=[P + "Jim Carrey"])
R(T, "Hitchcock over Spielberg, every single time", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Steven Spielberg"])
R(T, "for our lot, kids films trump the grown up comedies", like=[G + "Children's"], dislike=[G + "Comedy"])
R(T, "the 60s run rings round the 80s", like=[D + "1960s"], dislike=[D + "1980s"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind but i'll sit out the horror ones", dislike=[G + "Horror"])
R(T, "thanks, though i'd rather we skipped anything with Arnold Schwarzenegger",
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "i appreciate the thought, but westerns just aren't for me", dislike=[G + "Western"])
R(T, "if it's all the same to you, let's steer clear of musicals", dislike=[G + "Musical"])
R(T, "lovely suggestions, but perhaps something that isn't a war film?", dislike=[G + "War"])
R(T, "i'll politely decline the sci-fi, if that's alright", dislike=[G + "Sci-Fi"])
R(T, "with respect, i'd prefer no cartoons", dislike=[G + "Animation"])
R(T, "sorry to be a pain, but could we leave out the dramas", dislike=[G + "Drama"])
R(T, "i'm sure they're great films, but thrillers just aren't my thing", dislike=[G + "Thriller"])
R(T, "i'll pass on the fantasy ones, thank you kindly", dislike=[G + "Fantasy"])
R(T, "no offence to the documentary crowd but count me out", dislike=[G + "Documentary"])
R(T, "would you mind keeping Woody Allen off the list?", dislike=[P + "Woody Allen"])
R(T, "kind of you, but mystery films aren't really my speed", dislike=[G + "Mystery"])
R(T, "might i gently suggest we give the 70s a miss this time", dislike=[D + "1970s"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "romance? hard pass", dislike=[G + "Romance"])
R(T, "horror is a big fat nope from me", dislike=[G + "Horror"])
R(T, "musicals can sling their hook", dislike=[G + "Musical"])
R(T, "war flicks are dead to me", dislike=[G + "War"])
R(T, "kids movies, yeah no", dislike=[G + "Children's"])
R(T, "sci fi is mid tbh, skip", dislike=[G + "Sci-Fi"])
R(T, "Stallone movies? bin them", dislike=[P + "Sylvester Stallone"])
R(T, "documentaries put me straight to sleep, not interested", dislike=[G + "Documentary"])
R(T, "fantasy is so cringe, next", dislike=[G + "Fantasy"])
R(T, "westerns are a total snooze fest", dislike=[G + "Western"])
R(T, "action movies are brainless noise, don't bother", dislike=[G + "Action"])
R(T, "comdies these days are trash lol keep em away", dislike=[G + "Comedy"])
R(T, "Van Damme? spare me", dislike=[P + "Jean-Claude Van Damme"])
R(T, "crime stuff can get in the sea mate", dislike=[G + "Crime"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Hitchcock was a genius, full stop", like=[P + "Alfred Hitchcock"])
R(T, "westerns are cinema at its very finest", like=[G + "Western"])
R(T, "nothing warms my heart quite like a good children's film", like=[G + "Children's"])
R(T, "adventure movies are the bee's knees", like=[G + "Adventure"])
R(T, "the 30s gave us the best screwball stuff ever made", like=[D + "1930s"])
R(T, "Denzel Washington lights up every scene he's in", like=[P + "Denzel Washington"])
R(T, "a well made drama is a thing of beauty", like=[G + "Drama"])
R(T, "musicals are pure sunshine in a bottle", like=[G + "Musical"])
R(T, "film noir is the coolest thing ever put on celluloid", like=[G + "Film-Noir"])
R(T, "mysteries are catnip to me", like=[G + "Mystery"])
R(T, "horror done right is an art form", like=[G + "Horror"])
R(T, "in my book Meryl Streep simply cannot put a foot wrong", like=[P + "Meryl Streep"])
R(T, "sci-fi gives me goosebumps, the good kind", like=[G + "Sci-Fi"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good comedy, can't stand horror though", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "westerns yes, musicals absolutely not", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "i'm all in on sci-fi but keep the romance out of it", like=[G + "Sci-Fi"], dislike=[G + "Romance"])
R(T, "crime dramas are my jam, war films not so much", like=[G + "Crime"], dislike=[G + "War"],
  ok=["+genre:Drama"])
R(T, "thumbs up for animation, thumbs down for fantasy", like=[G + "Animation"], dislike=[G + "Fantasy"])
R(T, "documentaries please, no thrilers", like=[G + "Documentary"], dislike=[G + "Thriller"])
R(T, "i adore the 50s, the 90s leave me stone cold", like=[D + "1950s"], dislike=[D + "1990s"])
R(T, "Cary Grant forever, but spare me John Wayne", like=[P + "Cary Grant"], dislike=[P + "John Wayne"])
R(T, "mystery is great, horror is where i draw the line", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "yes to adventure, a firm no to action", like=[G + "Adventure"], dislike=[G + "Action"])
R(T, "the kids want something animated and i want anything but a musical", like=[G + "Animation"],
  dislike=[G + "Musical"])
R(T, "i'll take a drama but not some weepy romance", like=[G + "Drama"], dislike=[G + "Romance"])
R(T, "noir gets my vote, comedy gets the boot", like=[G + "Film-Noir"], dislike=[G + "Comedy"])
R(T, "happy with any war movie as long as it's not from the 80s", like=[G + "War"], dislike=[D + "1980s"])
R(T, "Tom Hanks is a national treasure, Kevin Costner is a sedative", like=[P + "Tom Hanks"],
  dislike=[P + "Kevin Costner"])
R(T, "fantasy, sure. children's stuff, no thanks", like=[G + "Fantasy"], dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like westerns? is the sky blue?", like=[G + "Western"])
R(T, "would i watch a horror movie? not in a million years", dislike=[G + "Horror"])
R(T, "musicals? oh go on then, i'm in", like=[G + "Musical"])
R(T, "am i up for another romance? honestly, no", dislike=[G + "Romance"])
R(T, "what do i think of thrillers? best genre going", like=[G + "Thriller"])
R(T, "action? eh, skip it", dislike=[G + "Action"])
R(T, "do i want a documentary tonight? yes please, something real", like=[G + "Documentary"])
R(T, "you want to know if i'd watch a war film? not a chance", dislike=[G + "War"])
R(T, "comedy? always, always yes", like=[G + "Comedy"])
R(T, "sci-fi? only if you want me snoring in ten minutes", dislike=[G + "Sci-Fi"])
R(T, "what about Robin Williams? can't get enough of the guy", like=[P + "Robin Williams"])
R(T, "how do i feel about the 60s? could happily live without them", dislike=[D + "1960s"])
R(T, "Crime? now you're talking", like=[G + "Crime"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "anything from the 20s is a treasure to me", like=[D + "1920s"])
R(T, "the 90s can stay in the 90s, i'm done with them", dislike=[D + "1990s"])
R(T, "i'm an absolute pushover for the 40s", like=[D + "1940s"])
R(T, "nothing older than 1970 please, the old ones drag", year=(1970, None))
R(T, "keep it pre-1980, i can't bear the modern gloss", year=(None, 1979))
R(T, "the 30s feel like a dusty museum to me, i'll pass on that era", dislike=[D + "1930s"])
R(T, "the 60s were a golden age, give me more from then", like=[D + "1960s"])
R(T, "only stuff from 1990 onwards please", year=(1990, None))
R(T, "the 80s have aged like milk", dislike=[D + "1980s"])
R(T, "silent films from the 20s? no thank you", dislike=[D + "1920s"])
R(T, "the 50s feel like coming home, lovely stuff", like=[D + "1950s"])
R(T, "nothing past 1985 please, new films are far too slick", year=(None, 1985))
R(T, "the 70s were the best decade for film, don't @ me", like=[D + "1970s"])
R(T, "i'd rather avoid the 40s, it all feels too stagey", dislike=[D + "1940s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jackie Chan is my hero, give me every stunt he's ever pulled", like=[P + "Jackie Chan"])
R(T, "Pauly Shore is a no from me, dawg", dislike=[P + "Pauly Shore"])
R(T, "i'd follow Clint Eastwood into any film", like=[P + "Clint Eastwood"])
R(T, "Nicolas Cage makes my eyes roll into the back of my head", dislike=[P + "Nicolas Cage"])
R(T, "Julia Roberts' smile could sell me anything", like=[P + "Julia Roberts"])
R(T, "Steven Seagal films are a crime against good taste", dislike=[P + "Steven Seagal"])
R(T, "Kubrick gets me every single time", like=[P + "Stanley Kubrick"])
R(T, "Demi Moore has had her chance with me", dislike=[P + "Demi Moore"])
R(T, "i'd watch Emma Thompson read out a shopping list", like=[P + "Emma Thompson"])
R(T, "i've seen quite enough of Keanu Reeves' wooden face", dislike=[P + "Keanu Reeves"])
R(T, "Tarantino's films are my comfort food", like=[P + "Quentin Tarantino"])
R(T, "Mel Gibson's movies are off the table for me", dislike=[P + "Mel Gibson"])
R(T, "Anthony Hopkins is an absolute powerhouse", like=[P + "Anthony Hopkins"])
R(T, "i'm allergic to Sandra Bullock movies", dislike=[P + "Sandra Bullock"])
R(T, "Jodie Foster films are always a safe bet with me", like=[P + "Jodie Foster"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is a masterpiece, anything in that vein", like_items=["Fargo (1996)"])
R(T, "Waterworld was a soggy mess, don't go near anything like it", dislike_items=["Waterworld (1995)"])
R(T, "i could watch The Princess Bride on a loop", like_items=["The Princess Bride (1987)"])
R(T, "Showgirls was two hours i'll never get back", dislike_items=["Showgirls (1995)"])
R(T, "Babe made a grown man cry, in a good way", like_items=["Babe (1995)"])
R(T, "Batman & Robin was a crime against cinema", dislike_items=["Batman & Robin (1997)"])
R(T, "Casablanca gets better every time i see it", like_items=["Casablanca (1942)"])
R(T, "Speed 2 should be buried at sea", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "The Shawshank Redemption is about as close to perfect as films get",
  like_items=["The Shawshank Redemption (1994)"])
R(T, "Spice World made my ears bleed", dislike_items=["Spice World (1997)"])
R(T, "loved Groundhog Day so much i watched it twice in a row, fittingly", like_items=["Groundhog Day (1993)"])
R(T, "Independence Day is dumb fun and i adore it", like_items=["Independence Day (ID4) (1996)"])
R(T, "The English Patient bored me to tears", dislike_items=["The English Patient (1996)"])
R(T, "Trainspotting was brilliant, more like that please", like_items=["Trainspotting (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my sister dragged me to a musical last year and i was sure i'd hate it but i ended up humming the songs "
     "for weeks, and now i actually want more of them, weird right", like=[G + "Musical"])
R(T, "long week at work, boss was a nightmare, the car broke down, and the last thing i need tonight is some "
     "depressing war movie, i just want to laugh at something silly", like=[G + "Comedy"], dislike=[G + "War"])
R(T, "my dad watched westerns every sunday when i was little and i used to groan but now i'm older i kind of get "
     "it and honestly i'd love one tonight", like=[G + "Western"])
R(T, "we tried a horror movie on our first date and she didn't sleep for two nights so yeah, we're not doing that "
     "again, something romantic would go down better", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "i once sat through three hours of a documentary about ants and never again, i want an actual story, maybe "
     "a mystery", like=[G + "Mystery"], dislike=[G + "Documentary"])
R(T, "been on a massive Harrison Ford kick since christmas, started with the space ones, now onto the whip and "
     "hat ones, i don't want it to end", like=[P + "Harrison Ford"])
R(T, "my roommate keeps putting on cartoon stuff and i have tried, i really have tried, but animation just "
     "doesn't do it for me", dislike=[G + "Animation"])
R(T, "grew up on 80s movies with my cousins, all taped off the telly, and nothing since has come close, so "
     "anything from that decade is golden", like=[D + "1980s"])
R(T, "last month we did a fantasy marathon for my nephew's birthday, dragons, elves, the whole lot, and i think "
     "i'm good on fantasy till about 2030", dislike=[G + "Fantasy"])
R(T, "a friend put me onto a thriller last week, i was on the edge of my seat the whole way with my heart "
     "pounding, i need another one of those asap", like=[G + "Thriller"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i enjoy adventure movies", like=[G + "Adventure"])
R(T, "please recommend some dramas", like=[G + "Drama"])
R(T, "i want a mystery film", like=[G + "Mystery"])
R(T, "westerns, if you have any good ones", like=[G + "Western"])
R(T, "animated features are what i like best", like=[G + "Animation"])
R(T, "a war movie would suit me tonight", like=[G + "War"])
R(T, "recommend me something from the 1960s", like=[D + "1960s"])
R(T, "i like films with Sean Connery", like=[P + "Sean Connery"])
R(T, "fantasy films please", like=[G + "Fantasy"])
R(T, "i fancy watching a thriller", like=[G + "Thriller"])
R(T, "something with Eddie Murphy please", like=[P + "Eddie Murphy"])
R(T, "i would like a film noir tonight", like=[G + "Film-Noir"])
R(T, "no action movies", dislike=[G + "Action"])
R(T, "please no westerns", dislike=[G + "Western"])
R(T, "i don't like sci-fi", dislike=[G + "Sci-Fi"])
R(T, "not a mystery please", dislike=[G + "Mystery"])
R(T, "i don't want films from the 1950s", dislike=[D + "1950s"])
R(T, "no Jim Carrey films", dislike=[P + "Jim Carrey"])
R(T, "i don't enjoy adventure films", dislike=[G + "Adventure"])
R(T, "skip the children's movies", dislike=[G + "Children's"])
R(T, "no crime films please", dislike=[G + "Crime"])
R(T, "i don't want a fantasy film", dislike=[G + "Fantasy"])
R(T, "please leave out the 1990s", dislike=[D + "1990s"])


if __name__ == "__main__":
    main()
