"""Writes evals/data/utterances_fresh4.jsonl: a fourth fresh held-out batch of `idiom` utterances (see README.md
here, "Fourth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (06:40-06:50 UTC) by F4, before and apart from that day's fourth round of change to
the stance reader (issue 21, item 4, by S2): the writer did not open the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback*.py, tools/lexicon.py, agent/stance_llm.py, agent/understand.py,
agent/feedback_llm.py), their dev sentences (evals/data/stance_dev.py), the judge notes or S2's work, ran no
reader or benchmark on these sentences, and did not read the `idiom` records of utterances.jsonl or the record
lists of the three earlier fresh batches (only write_utterances_fresh3.py's docstring and code outside its
records, fresh_batch.py, tests/evals/fresh_checks.py and tests/evals/test_utterances_fresh3.py were read for the
layout). The reader's author is not to read this file or its output. Every gold label is what a careful reader
takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below; kept here, not in the jsonl). Records
are written with write_utterances.R and resolved by write_utterances.build / main (the same label and
vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade, rating or year
bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh4
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh4.jsonl"
OTHER_FILES = (HERE / "utterances.jsonl", HERE / "utterances_fresh.jsonl", HERE / "utterances_fresh2.jsonl",
               HERE / "utterances_fresh3.jsonl")
BATCH = "fresh4-2026-12-05"
CLS = "idiom"

TOPICS = {
    "enthusiasm": "enthusiasm in words that look negative",
    "satiety": "satiety / aversion idioms that are refusals",
    "litotes": "litotes (a yes said as a weak negative)",
    "double_neg": "double negation (most resolve to a yes, two to a no)",
    "except": "nothing but / anything but / except / other than / apart from / X or nothing",
    "cant_get_enough": "'can't get enough' said in new ways",
    "never_old": "'never gets old' said in new ways (and one 'aged like milk')",
    "comparison": "comparisons: X over Y, X beats Y, rather X than Y, X > Y (the loser is refused)",
    "sarcasm": "clear sarcasm (mostly refusals, two sarcastic yeses)",
    "mixed": "two clauses, one value liked and one refused",
    "polite": "polite refusals in positive words",
    "question": "questions with an answer (rhetorical or answered in the same message)",
    "era": "era stances: decades and year bounds",
    "people": "actors / directors liked or refused idiomatically",
    "titles": "catalogue films liked or refused idiomatically",
    "plain": "plain controls: simple likes and refusals, some with negation",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ---------------------------------------------------------------------------------------------------- enthusiasm
T = "enthusiasm"
R(T, "horror movies are my absolute weakness, i'm hopeless about them", like=[G + "Horror"])
R(T, "westerns are dangerously good, i lose whole weekends to them", like=[G + "Western"])
R(T, "i'm a total sucker for a sappy musical ngl", like=[G + "Musical"])
R(T, "film noir is an addiction at this point, send help (don't actually)", like=[G + "Film-Noir"])
R(T, "war movies wreck me every time and i keep crawling back for more", like=[G + "War"])
R(T, "that crazy 70s stuff is wicked, gimme more of it", like=[D + "1970s"])
R(T, "documentaries are my guilty pleasure, sue me", like=[G + "Documentary"])
R(T, "mysteries are killer, the twistier the better", like=[G + "Mystery"])
R(T, "sci-fi is sick. like genuinely unhinged levels of good", like=[G + "Sci-Fi"])
R(T, "i'm obsessed to an unhealthy degree with animated stuff 😅", like=[G + "Animation"])
R(T, "that Tarantino guy is a menace and i adore it", like=[P + "Quentin Tarantino"])
R(T, "thrillers give me anxiety and honestly thats the point, i love it", like=[G + "Thriller"])
R(T, "cheesy fantasy flicks? im shameless, bring it on", like=[G + "Fantasy"])
R(T, "ridiculous over the top action is brutal in the best way", like=[G + "Action"])

# ---------------------------------------------------------------------------------------------------- satiety
T = "satiety"
R(T, "i've had it up to here with romcoms", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "done done DONE with action flicks for a while lol", dislike=[G + "Action"])
R(T, "musicals make my skin crawl tbh", dislike=[G + "Musical"])
R(T, "kids movies? been there, done that, got the t-shirt", dislike=[G + "Children's"])
R(T, "i'm westerned out after last month, give me a break from cowboys", dislike=[G + "Western"])
R(T, "horror's been beaten to death for me, i'm over it", dislike=[G + "Horror"])
R(T, "no more war stuff, i've had my fill for a lifetime", dislike=[G + "War"])
R(T, "sci fi just isnt my jam anymore, burned out on spaceships", dislike=[G + "Sci-Fi"])
R(T, "i'm sick to death of 90s movies", dislike=[D + "1990s"])
R(T, "mysteries have worn out their welcome with me", dislike=[G + "Mystery"])
R(T, "thrillers? i'd sooner watch paint dry", dislike=[G + "Thriller"])
R(T, "cartoons are a hard pass, had enough of them with my nephews", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "one more Jim Carrey face and i swear i'll scream", dislike=[P + "Jim Carrey"])
R(T, "documentaries put me to sleep every single time, spare me", dislike=[G + "Documentary"])

# ---------------------------------------------------------------------------------------------------- litotes
T = "litotes"
R(T, "i wouldn't say no to a good crime flick", like=[G + "Crime"])
R(T, "a western isn't the worst idea tonight", like=[G + "Western"])
R(T, "comedies don't exactly suck, yknow", like=[G + "Comedy"])
R(T, "i'm not opposed to some film noir", like=[G + "Film-Noir"])
R(T, "Meg Ryan is not without her charms", like=[P + "Meg Ryan"])
R(T, "wouldnt hate a musical tbh", like=[G + "Musical"])
R(T, "sci-fi is far from my least favorite thing", like=[G + "Sci-Fi"])
R(T, "adventure movies are not half bad at all", like=[G + "Adventure"])
R(T, "i'm hardly indifferent to a good war movie", like=[G + "War"])
R(T, "the 50s stuff is not too shabby", like=[D + "1950s"])
R(T, "not unhappy with a horror pick if you've got one", like=[G + "Horror"])
R(T, "i don't dislike Harrison Ford, put it that way", like=[P + "Harrison Ford"])
R(T, "a little romance wouldn't kill me", like=[G + "Romance"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good thriller", like=[G + "Thriller"])
R(T, "never met a Hitchcock movie i didn't love", like=[P + "Alfred Hitchcock"])
R(T, "i can't not watch a Spielberg movie when its on", like=[P + "Steven Spielberg"])
R(T, "there's no documentary i wouldn't at least try", like=[G + "Documentary"])
R(T, "i don't not like cartoons, if that makes sense", like=[G + "Animation"])
R(T, "not a single 40s film i haven't enjoyed", like=[D + "1940s"])
R(T, "wouldn't never turn down a fantasy movie lol", like=[G + "Fantasy"])
R(T, "it's not that i don't like musicals, i just really really don't want one right now",
  dislike=[G + "Musical"])
R(T, "no way i'm not watching something with Robin Williams", like=[P + "Robin Williams"])
R(T, "i never said i didn't like mysteries... because i love them", like=[G + "Mystery"])
R(T, "can't say i've never been bored by a western, honestly most of them bore me", dislike=[G + "Western"])
R(T, "nobody could make me not love crime movies", like=[G + "Crime"])
R(T, "not one comedy from the 80s that i didn't laugh at", like=[G + "Comedy", D + "1980s"])

# ---------------------------------------------------------------------------------------------------- except
T = "except"
R(T, "anything but horror please", dislike=[G + "Horror"])
R(T, "i watch nothing but westerns these days", like=[G + "Western"])
R(T, "any genre is fine except musicals", dislike=[G + "Musical"])
R(T, "other than romance im open to whatever", dislike=[G + "Romance"])
R(T, "nothing but sci fi for me tonight", like=[G + "Sci-Fi"])
R(T, "gimme anything but another kids movie 🙏", dislike=[G + "Children's"])
R(T, "everything except war films, i cant handle them", dislike=[G + "War"])
R(T, "i'll take anything, so long as it's not a documentary", dislike=[G + "Documentary"])
R(T, "nothing except comedy will do after the week i had", like=[G + "Comedy"])
R(T, "im down for any decade other than the 30s", dislike=[D + "1930s"])
R(T, "it's thrillers or nothing", like=[G + "Thriller"])
R(T, "all the genres are fine but animation", dislike=[G + "Animation"])
R(T, "literally anything apart from Steven Seagal movies", dislike=[P + "Steven Seagal"])
R(T, "only mysteries. nothing else. mysteries.", like=[G + "Mystery"])

# ---------------------------------------------------------------------------------------------------- cant_get_enough
T = "cant_get_enough"
R(T, "i could watch adventure movies on a loop forever", like=[G + "Adventure"])
R(T, "my appetite for film noir is bottomless", like=[G + "Film-Noir"])
R(T, "i'll never have too many war movies", like=[G + "War"])
R(T, "keep the comedies coming, i'm insatiable", like=[G + "Comedy"])
R(T, "my craving for westerns has no ceiling", like=[G + "Western"])
R(T, "there's no such thing as too much Tom Hanks", like=[P + "Tom Hanks"])
R(T, "feed me horror till i drop", like=[G + "Horror"])
R(T, "i keep wanting more and more 60s movies, it never stops", like=[D + "1960s"])
R(T, "one musical is never enough for me", like=[G + "Musical"])
R(T, "mysteries are my bottomless bag of chips", like=[G + "Mystery"])
R(T, "can never get my fill of Jackie Chan fights", like=[P + "Jackie Chan"], ok=["+genre:Action"])
R(T, "i'm always hungry for another sci fi flick", like=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------- never_old
T = "never_old"
R(T, "Groundhog Day hits just as hard on the tenth rewatch", like_items=["Groundhog Day (1993)"])
R(T, "westerns stay fresh for me no matter how many i see", like=[G + "Western"])
R(T, "the 80s never wear thin for me", like=[D + "1980s"])
R(T, "i've seen The Princess Bride like 40 times and its still magic", like_items=["The Princess Bride (1987)"])
R(T, "crime dramas don't lose their shine for me", like=[G + "Crime"], ok=["+genre:Drama"])
R(T, "animation never goes stale for me, even as an adult", like=[G + "Animation"])
R(T, "Hitchcock is evergreen, i'll rewatch him till i die", like=[P + "Alfred Hitchcock"])
R(T, "musicals don't get tired for me no matter how many times", like=[G + "Musical"])
R(T, "fantasy will never lose its magic for me", like=[G + "Fantasy"])
R(T, "i rewatch Casablanca every year and it never goes stale", like_items=["Casablanca (1942)"])
R(T, "war movies age like fine wine for me", like=[G + "War"])
R(T, "that Jurassic Park movie has aged like milk", dislike_items=["Jurassic Park (1993)"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "comedy over drama any day", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "i'd rather watch a western than some romance", like=[G + "Western"], dislike=[G + "Romance"])
R(T, "sci fi beats fantasy hands down", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "horror > thrillers, fight me", like=[G + "Horror"], dislike=[G + "Thriller"])
R(T, "give me the 70s over the 90s every time", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "Bruce Willis >>> Sylvester Stallone", like=[P + "Bruce Willis"], dislike=[P + "Sylvester Stallone"])
R(T, "mysteries win out over action for me", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "documentaries trump animated stuff", like=[G + "Documentary"], dislike=[G + "Animation"])
R(T, "crime flicks blow war movies out of the water", like=[G + "Crime"], dislike=[G + "War"])
R(T, "adventure, not drama, if i had to choose", like=[G + "Adventure"], dislike=[G + "Drama"])
R(T, "I prefer film noir to musicals by a mile", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "Star Wars is miles better than Star Trek: First Contact", like_items=["Star Wars (1977)"],
  dislike_items=["Star Trek: First Contact (1996)"])
R(T, "Scorsese puts Oliver Stone to shame", like=[P + "Martin Scorsese"], dislike=[P + "Oliver Stone"])
R(T, "kids movies are way better than musicals imo", like=[G + "Children's"], dislike=[G + "Musical"])
R(T, "50s over 60s, not even close", like=[D + "1950s"], dislike=[D + "1960s"])

# ---------------------------------------------------------------------------------------------------- sarcasm
T = "sarcasm"
R(T, "oh great, another romance. just what i needed 🙄", dislike=[G + "Romance"])
R(T, "wow a musical, my favorite thing ever... not", dislike=[G + "Musical"])
R(T, "yeah because i LOVE being bored by documentaries", dislike=[G + "Documentary"])
R(T, "sure, more Adam Sandler, that's exactly what my life is missing", dislike=[P + "Adam Sandler"])
R(T, "oh joy, horror. i just adore not sleeping", dislike=[G + "Horror"])
R(T, "cartoons again? how thrilling. truly.", dislike=[G + "Animation"])
R(T, "ah yes, war movies, nothing says cozy date night like carnage 🙃", dislike=[G + "War"])
R(T, "fantastic, a 3 hour western, can't wait to fall asleep", dislike=[G + "Western"])
R(T, "oh boy, sci fi with laser noises, be still my heart 😑", dislike=[G + "Sci-Fi"])
R(T, "brilliant idea, a kids flick for a bachelor party 👏", dislike=[G + "Children's"])
R(T, "thrillers, because my blood pressure is clearly too low", dislike=[G + "Thriller"])
R(T, "oh no, not another Hitchcock, whatever will i do 😏", like=[P + "Alfred Hitchcock"])
R(T, "oh the horror, more comedies, how will i ever cope lol", like=[G + "Comedy"])
R(T, "Titanic? wow, because 3 hours of a boat sinking is SO fun", dislike_items=["Titanic (1997)"])
R(T, "oh perfect, another 80s movie, my favorite decade of terrible hair", dislike=[D + "1980s"])

# ---------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good mystery but spare me the romance", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "westerns yes, musicals hell no", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "i'm fine with horror, just not the 70s stuff", like=[G + "Horror"], dislike=[D + "1970s"])
R(T, "crime is my thing, war is not", like=[G + "Crime"], dislike=[G + "War"])
R(T, "bring on the comedy, keep the drama far away", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Tom Cruise is a yes, Keanu Reeves is a big no", like=[P + "Tom Cruise"], dislike=[P + "Keanu Reeves"])
R(T, "sci fi sounds perfect as long as it isnt horror", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "adventure stuff i eat up but documentaries bore me stiff", like=[G + "Adventure"],
  dislike=[G + "Documentary"])
R(T, "im into thrillers, fantasy can take a hike", like=[G + "Thriller"], dislike=[G + "Fantasy"])
R(T, "the 40s are gold, the 20s not so much", like=[D + "1940s"], dislike=[D + "1920s"])
R(T, "action is cool but anything with Steven Seagal is a no go", like=[G + "Action"],
  dislike=[P + "Steven Seagal"])
R(T, "film noir rocks. war movies, meh, pass", like=[G + "Film-Noir"], dislike=[G + "War"])
R(T, "Meryl Streep always, Julia Roberts never", like=[P + "Meryl Streep"], dislike=[P + "Julia Roberts"])
R(T, "give me a musical and skip anything animated", like=[G + "Musical"], dislike=[G + "Animation"])
R(T, "kinda in the mood for romance, but nothing from the 90s", like=[G + "Romance"], dislike=[D + "1990s"])

# ---------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks but i think i'll pass on the horror tonight", dislike=[G + "Horror"])
R(T, "westerns are lovely and all, but not for me, thank you", dislike=[G + "Western"])
R(T, "appreciate it! i'm good on musicals though", dislike=[G + "Musical"])
R(T, "that's sweet, but i'd love to skip war films if that's ok", dislike=[G + "War"])
R(T, "i'm sure sci fi is great for some people, i'll happily sit this one out", dislike=[G + "Sci-Fi"])
R(T, "kind of you, but i'll take a rain check on the documentaries", dislike=[G + "Documentary"])
R(T, "i'd be delighted to avoid kids movies for a bit 😊", dislike=[G + "Children's"])
R(T, "romance sounds nice in theory but i'll gladly pass", dislike=[G + "Romance"])
R(T, "thank u so much, but fantasy really isn't my cup of tea", dislike=[G + "Fantasy"])
R(T, "all good suggestions, i'd just prefer to leave the 60s out", dislike=[D + "1960s"])
R(T, "i'm perfectly happy without any Kevin Costner, thanks", dislike=[P + "Kevin Costner"])
R(T, "you're great, but let's give the thrillers a rest", dislike=[G + "Thriller"])
R(T, "i'll politely decline the comedies for now ty", dislike=[G + "Comedy"])
R(T, "mysteries are fine for others, i'm all set though", dislike=[G + "Mystery"])

# ---------------------------------------------------------------------------------------------------- question
T = "question"
R(T, "do i like westerns? does a bear sleep in the woods lol", like=[G + "Western"])
R(T, "horror? are you kidding me? absolutely not", dislike=[G + "Horror"])
R(T, "would i watch another musical? only if someone paid me", dislike=[G + "Musical"])
R(T, "who doesn't love a good mystery? certainly not me", like=[G + "Mystery"])
R(T, "crime movies? is the pope catholic?", like=[G + "Crime"])
R(T, "war films, you ask? i'd rather not, thanks", dislike=[G + "War"])
R(T, "any good sci fi? i'm craving it", like=[G + "Sci-Fi"])
R(T, "why would anyone want a documentary on a friday night? not me", dislike=[G + "Documentary"])
R(T, "animation? yes please, a thousand times yes", like=[G + "Animation"])
R(T, "do i want romance? not in a million years", dislike=[G + "Romance"])
R(T, "50s movies? how could i say no to those", like=[D + "1950s"])
R(T, "is there anything better than a Spielberg movie? didn't think so", like=[P + "Steven Spielberg"])
R(T, "Jean-Claude Van Damme? who even asked for him", dislike=[P + "Jean-Claude Van Damme"])

# ---------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1980 please", year=(1980, None))
R(T, "the 30s are where it's at for me", like=[D + "1930s"])
R(T, "anything before 1970 feels like homework to me", year=(1970, None))
R(T, "the 20s? silent films? hard pass", dislike=[D + "1920s"])
R(T, "i only want stuff made after 1995", year=(1996, None))
R(T, "the 70s are just a goldmine, keep em coming", like=[D + "1970s"])
R(T, "nothing past 1985 please, new movies feel soulless", year=(None, 1985))
R(T, "the 90s can stay in the 90s lol", dislike=[D + "1990s"])
R(T, "i've got a soft spot for the 40s", like=[D + "1940s"])
R(T, "please nothing from the 80s, the synth soundtracks kill me", dislike=[D + "1980s"])
R(T, "old stuff from before 1960 is the best stuff", year=(None, 1959))
R(T, "the 60s? bleh, not my era", dislike=[D + "1960s"])
R(T, "stuff from the 50s never lets me down", like=[D + "1950s"])
R(T, "only movies from 1990 on, nothing earlier", year=(1990, None))

# ---------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jim Carrey cracks me up every single time", like=[P + "Jim Carrey"])
R(T, "i can't stand Tom Cruise's smug face", dislike=[P + "Tom Cruise"])
R(T, "Meryl Streep could read a phone book and i'd watch", like=[P + "Meryl Streep"])
R(T, "Keanu Reeves is wooden as a plank, no thanks", dislike=[P + "Keanu Reeves"])
R(T, "Clint Eastwood is the man, period", like=[P + "Clint Eastwood"])
R(T, "steer me well clear of anything with Sylvester Stallone", dislike=[P + "Sylvester Stallone"])
R(T, "Robin Williams is pure sunshine, give me all of him", like=[P + "Robin Williams"])
R(T, "i'd cross the street to avoid a Woody Allen movie", dislike=[P + "Woody Allen"])
R(T, "Morgan Freeman's voice alone sells me on a movie", like=[P + "Morgan Freeman"])
R(T, "Sandra Bullock has never done anything for me", dislike=[P + "Sandra Bullock"])
R(T, "Denzel Washington is a national treasure", like=[P + "Denzel Washington"])
R(T, "Whoopi Goldberg grates on me like nails on a chalkboard", dislike=[P + "Whoopi Goldberg"])
R(T, "i'd follow Stanley Kubrick anywhere", like=[P + "Stanley Kubrick"])
R(T, "Mel Gibson? i've written him off", dislike=[P + "Mel Gibson"])

# ---------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is an absolute banger", like_items=["Fargo (1996)"])
R(T, "Waterworld was a soggy mess, never again", dislike_items=["Waterworld (1995)"])
R(T, "pulp fiction has been squatting in my brain since i first saw it, zero complaints", like_items=["Pulp Fiction (1994)"])
R(T, "Batman & Robin made my eyes bleed", dislike_items=["Batman & Robin (1997)"])
R(T, "Forrest Gump makes me ugly cry in the best way", like_items=["Forrest Gump (1994)"])
R(T, "i'd pay money to unsee Showgirls", dislike_items=["Showgirls (1995)"])
R(T, "Toy Story is pure gold start to finish", like_items=["Toy Story (1995)"])
R(T, "Spice World is a crime against cinema", dislike_items=["Spice World (1997)"])
R(T, "The Shawshank Redemption is hands down a masterpiece", like_items=["The Shawshank Redemption (1994)"])
R(T, "Independence Day was dumb as rocks, keep it away", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Trainspotting slaps so hard", like_items=["Trainspotting (1996)"])
R(T, "Twister blew. and not in the good way", dislike_items=["Twister (1996)"])
R(T, "Die Hard is the goat xmas movie", like_items=["Die Hard (1988)"])
R(T, "i'll pass on Congo, that was a snooze", dislike_items=["Congo (1995)"])

# ---------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like comedies a lot", like=[G + "Comedy"])
R(T, "recommend me some good westerns", like=[G + "Western"])
R(T, "i enjoy dramas", like=[G + "Drama"])
R(T, "I love sci-fi movies!", like=[G + "Sci-Fi"])
R(T, "horror please, something scary", like=[G + "Horror"])
R(T, "something from the 1970s would be great", like=[D + "1970s"])
R(T, "i really like Tom Hanks", like=[P + "Tom Hanks"])
R(T, "looking for a good adventure movie tonight", like=[G + "Adventure"])
R(T, "im in the mood for a mystery", like=[G + "Mystery"])
R(T, "i like crime films", like=[G + "Crime"])
R(T, "musicals are my favorite genre", like=[G + "Musical"])
R(T, "I want a romantic movie for tonight", like=[G + "Romance"])
R(T, "any good animated films you'd recommend?", like=[G + "Animation"])
R(T, "show me some war movies", like=[G + "War"])
R(T, "i don't like horror movies at all", dislike=[G + "Horror"])
R(T, "no musicals for me", dislike=[G + "Musical"])
R(T, "i hate westerns", dislike=[G + "Western"])
R(T, "not a fan of documentaries", dislike=[G + "Documentary"])
R(T, "please no romance this time", dislike=[G + "Romance"])
R(T, "i dont want anything animated", dislike=[G + "Animation"])
R(T, "i don't enjoy action movies", dislike=[G + "Action"])
R(T, "no children's movies please", dislike=[G + "Children's"])
R(T, "i dislike Woody Allen films", dislike=[P + "Woody Allen"])
R(T, "nothing from the 1990s", dislike=[D + "1990s"])
R(T, "i'm not into sci fi", dislike=[G + "Sci-Fi"])
R(T, "skip the thrillers", dislike=[G + "Thriller"])
R(T, "no fantasy movies", dislike=[G + "Fantasy"])
R(T, "I don't want a comedy tonight", dislike=[G + "Comedy"])


if __name__ == "__main__":
    main()
