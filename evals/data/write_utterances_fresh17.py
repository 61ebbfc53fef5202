"""Writes evals/data/utterances_fresh17.jsonl: a seventeenth fresh held-out batch of `idiom` utterances (see README.md
here, "Seventeenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (16:26-16:30 UTC by the machine clock) by F17, before and apart from that day's
twelfth round of change to the stance reader (round 12): the writer did not open the stance readers
(tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge
notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench) or the round-12
author's work, ran no reader, agent, test or benchmark on these sentences, and did not read any utterances*.jsonl or
stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance training writers (only
fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records,
write_utterances_fresh8.py's first 50 lines and last 5 lines, and the catalogue vocabulary and titles were read).
Twelve sentences were reworded because the writer's own check (the FreshBatch check, and a one-off run of the same
comparison printing only this batch's sentences) named them as already in an earlier file; two more were reworded so
that they name no catalogue film the user takes no side on. The reader's author is not to read this file or its
output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh17
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh17.jsonl"
OTHER_FILES = earlier_files(16, 15)  # utterances.jsonl, fresh #1-#16, training batches w1-w15
BATCH = "fresh17-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "film noir is an actual illness with me, every rainy night I'm back in some smoky office with a dame and a gun",
  like=[G + "Film-Noir"])
R(T, "my war movie obsession is getting out of hand honestly, feed it", like=[G + "War"])
R(T, "musicals are my guilty vice and I'm done apologising for it", like=[G + "Musical"])
R(T, "I'm a lost cause when it comes to Kubrick, the man ruined every other director for me",
  like=[P + "Stanley Kubrick"])
R(T, "westerns are a sickness I never want cured", like=[G + "Western"])
R(T, "mysteries are pure poison for my sleep schedule, I can never stop at one. more please", like=[G + "Mystery"])
R(T, "documentaries have wrecked my weekends in the best possible way", like=[G + "Documentary"])
R(T, "I'm dangerously hooked on 70s cinema rn", like=[D + "1970s"])
R(T, "animated stuff is my kryptonite, I bawl every single time and I love it", like=[G + "Animation"])
R(T, "sci-fi is the monster that ate my twenties and I'd happily feed it again", like=[G + "Sci-Fi"])
R(T, "fantasy flicks are my drug of choice tbh", like=[G + "Fantasy"])
R(T, "thrillers give me anxiety, and not the fun kind, so skip them", dislike=[G + "Thriller"])
R(T, "Romance gives me a rash. Genuinely, leave it out", dislike=[G + "Romance"])
R(T, "I'm criminally addicted to heist and gangster films, it's a problem", like=[G + "Crime"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of westerns for this lifetime", dislike=[G + "Western"])
R(T, "honestly I'm musicaled out after last weekend", dislike=[G + "Musical"])
R(T, "shoot-em-up action has worn me down to nothing, give it a rest", dislike=[G + "Action"])
R(T, "I'm all horrored out, October did me in", dislike=[G + "Horror"])
R(T, "Sick to the back teeth of soppy love stories, mate", dislike=[G + "Romance"])
R(T, "war films have run their course for me, I've seen enough trenches to last a lifetime", dislike=[G + "War"])
R(T, "the 80s nostalgia thing has worn thin, I'm so over it", dislike=[D + "1980s"])
R(T, "I've OD'd on Tom Hanks this month, give the man a break", dislike=[P + "Tom Hanks"])
R(T, "kids movies? I've done my time, the twins are at uni now", dislike=[G + "Children's"])
R(T, "Crime stuff is getting old for me. Bored stiff of cops and robbers", dislike=[G + "Crime"])
R(T, "Had enough Spielberg to last me a decade", dislike=[P + "Steven Spielberg"])
R(T, "I've watched Titanic so many times I could scream, never again", dislike_items=["Titanic (1997)"])
R(T, "sci-fi fatigue is real, my brain needs a holiday from spaceships", dislike=[G + "Sci-Fi"])
R(T, "done with dramas for a while, they've been wringing me dry", dislike=[G + "Drama"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a decent whodunnit", like=[G + "Mystery"])
R(T, "a Hitchcock wouldn't go amiss tonight", like=[P + "Alfred Hitchcock"])
R(T, "I've been known to enjoy the odd western", like=[G + "Western"])
R(T, "documentaries aren't entirely my cup of tea", dislike=[G + "Documentary"])
R(T, "the 50s stuff is a bit much for me, if I'm honest", dislike=[D + "1950s"])
R(T, "I'm not unfond of a good war picture", like=[G + "War"])
R(T, "Animation's alright. Bit more than alright actually", like=[G + "Animation"])
R(T, "I could be persuaded toward some noir", like=[G + "Film-Noir"])
R(T, "horror and I are not exactly best friends", dislike=[G + "Horror"])
R(T, "fantasy's not terrible when it's done well, I'll allow it", like=[G + "Fantasy"])
R(T, "musicals are perhaps a touch too jolly for my liking", dislike=[G + "Musical"])
R(T, "I'd hardly object to something from the forties", like=[D + "1940s"])
R(T, "Jim Carrey is slightly less than my favourite person on earth", dislike=[P + "Jim Carrey"])
R(T, "a comedy might not be the worst idea in the world tonight", like=[G + "Comedy"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a thriller", like=[G + "Thriller"])
R(T, "there's never been a heist movie I didn't want to watch", like=[G + "Crime"])
R(T, "I can't not watch a Scorsese when one comes on", like=[P + "Martin Scorsese"])
R(T, "It's not that I don't like romance, I just don't like it enough to sit through one", dislike=[G + "Romance"])
R(T, "no way am I not picking the sci-fi one", like=[G + "Sci-Fi"])
R(T, "there's not one musical I haven't adored", like=[G + "Musical"])
R(T, "I don't hate documentaries, but I don't want one either", dislike=[G + "Documentary"])
R(T, "nobody can say I don't love a good 90s flick", like=[D + "1990s"])
R(T, "there isn't a war film I wouldn't sit through", like=[G + "War"])
R(T, "can't say I've never enjoyed an adventure flick, because I have, loads", like=[G + "Adventure"])
R(T, "it's not untrue that I'm a sucker for children's films", like=[G + "Children's"])
R(T, "I'm not NOT interested in the Tarantino stuff", like=[P + "Quentin Tarantino"])
R(T, "Never have I not fallen asleep during a drama. skip them", dislike=[G + "Drama"])
R(T, "there's no horror film I don't end up regretting, so no thanks", dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but noir for me tonight", like=[G + "Film-Noir"])
R(T, "anything but a musical, I'm begging you", dislike=[G + "Musical"])
R(T, "everything except westerns is fair game", dislike=[G + "Western"])
R(T, "comedy or nothing, it's been a long week", like=[G + "Comedy"])
R(T, "I'll watch anything as long as it isn't animated", dislike=[G + "Animation"])
R(T, "sci-fi only please, nothing else will do", like=[G + "Sci-Fi"])
R(T, "show me anything from any era but the 60s", dislike=[D + "1960s"])
R(T, "give me anything except Adam Sandler, I'm serious", dislike=[P + "Adam Sandler"])
R(T, "mysteries and only mysteries this weekend", like=[G + "Mystery"])
R(T, "every genre is on the table bar horror", dislike=[G + "Horror"])
R(T, "It's Hitchcock or bust tonight", like=[P + "Alfred Hitchcock"])
R(T, "whatever you've got, other than romance", dislike=[G + "Romance"])
R(T, "strictly documentaries for me, cheers", like=[G + "Documentary"])
R(T, "I'm open to anything save for war films", dislike=[G + "War"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a tense thriller beats a slasher any night of the week", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I'd take a western over a musical every time", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "Spielberg wipes the floor with Lucas", like=[P + "Steven Spielberg"], dislike=[P + "George Lucas"])
R(T, "90s films knock the 80s into a cocked hat", like=[D + "1990s"], dislike=[D + "1980s"])
R(T, "drama over comedy for me, comedy just never lands", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "give me a war movie before a romance any day", like=[G + "War"], dislike=[G + "Romance"])
R(T, "crime > sci-fi, no contest", like=[G + "Crime"], dislike=[G + "Sci-Fi"])
R(T, "Fantasy runs rings round adventure for me, adventure is so samey", like=[G + "Fantasy"],
  dislike=[G + "Adventure"])
R(T, "De Niro outclasses Pacino, sorry not sorry", like=[P + "Robert De Niro"], dislike=[P + "Al Pacino"])
R(T, "I'll pick a documentary over some dumb action flick", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "mysteries are miles better than thrillers imo", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "films from the 40s have it all over the stuff from the 70s", like=[D + "1940s"], dislike=[D + "1970s"])
R(T, "Arnie trumps Stallone every single time", like=[P + "Arnold Schwarzenegger"],
  dislike=[P + "Sylvester Stallone"])
R(T, "Toy Story is leagues ahead of Space Jam", like_items=["Toy Story (1995)"], dislike_items=["Space Jam (1996)"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thank you, but I'll pass on anything horror", dislike=[G + "Horror"])
R(T, "that's very kind of you, though cowboy films aren't really my scene", dislike=[G + "Western"])
R(T, "I appreciate the effort but I'd rather steer clear of musicals", dislike=[G + "Musical"])
R(T, "lovely suggestions, though maybe leave out the war ones if you don't mind", dislike=[G + "War"])
R(T, "I'm sure sci-fi is wonderful for some people, just not for me, thanks", dislike=[G + "Sci-Fi"])
R(T, "Would you mind awfully not including any romances? Thank you so much", dislike=[G + "Romance"])
R(T, "with respect, I'd prefer nothing from the 1930s", dislike=[D + "1930s"])
R(T, "no offence to Woody Allen fans, but I'd rather skip him", dislike=[P + "Woody Allen"])
R(T, "sorry to be difficult, but cartoons aren't really my thing", dislike=[G + "Animation"])
R(T, "I'll politely decline the documentaries, thanks though", dislike=[G + "Documentary"])
R(T, "if it's all the same to you, let's give the crime stuff a miss", dislike=[G + "Crime"])
R(T, "appreciated, but I'd kindly ask for no Nicolas Cage", dislike=[P + "Nicolas Cage"])
R(T, "it's a nice thought but I'm not much for fantasy, sorry", dislike=[G + "Fantasy"])
R(T, "thanks! one thing: could we avoid anything made before 1960? much obliged", year=(1960, None))

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "westerns? nah, hard pass", dislike=[G + "Western"])
R(T, "musicals can do one, ta very much", dislike=[G + "Musical"])
R(T, "slashers and ghosties? big fat nope, horror is off the menu", dislike=[G + "Horror"])
R(T, "romance? yeah no", dislike=[G + "Romance"])
R(T, "Sandler can jog on", dislike=[P + "Adam Sandler"])
R(T, "documentaries are a total snooze, skip", dislike=[G + "Documentary"])
R(T, "kids films lol no", dislike=[G + "Children's"])
R(T, "sci-fi is naff, bin it", dislike=[G + "Sci-Fi"])
R(T, "war movies? not today satan", dislike=[G + "War"])
R(T, "action flicks are mid at best, I'll pass", dislike=[G + "Action"])
R(T, "70s stuff is just not it chief", dislike=[D + "1970s"])
R(T, "Van Damme? bruh no", dislike=[P + "Jean-Claude Van Damme"])
R(T, "miss me with the film noir", dislike=[G + "Film-Noir"])
R(T, "Fantasy is so cringe ngl", dislike=[G + "Fantasy"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Kurosawa is a god among men", like=[P + "Akira Kurosawa"])
R(T, "comedy is the sunshine of my week", like=[G + "Comedy"])
R(T, "give me a sun-baked western and I am a happy, happy woman", like=[G + "Western"])
R(T, "mysteries are catnip for my brain", like=[G + "Mystery"])
R(T, "Meryl Streep could read out a shopping list and I'd hang on every word", like=[P + "Meryl Streep"])
R(T, "a good adventure film is a holiday in a box", like=[G + "Adventure"])
R(T, "the 1950s were a treasure chest for movies", like=[D + "1950s"])
R(T, "Casablanca is the crown jewel of cinema", like_items=["Casablanca (1942)"])
R(T, "romances are my warm blanket on cold nights", like=[G + "Romance"])
R(T, "Billy Wilder's films are pure champagne", like=[P + "Billy Wilder"])
R(T, "documentaries open windows in my head", like=[G + "Documentary"])
R(T, "musicals make my heart do cartwheels", like=[G + "Musical"])
R(T, "thrillers are a rollercoaster I never want to get off", like=[G + "Thriller"])
R(T, "Harrison Ford is a national treasure", like=[P + "Harrison Ford"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good heist film but keep the romance out of it", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "big on animation, not so much on musicals", like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "Hitchcock yes, De Palma no", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R(T, "I'm into war films, but spare me the westerns", like=[G + "War"], dislike=[G + "Western"])
R(T, "comedies are great, but nothing from the 80s please", like=[G + "Comedy"], dislike=[D + "1980s"])
R(T, "sci-fi I adore; horror, I can't stomach", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "mysteries work for me, documentaries really don't", like=[G + "Mystery"], dislike=[G + "Documentary"])
R(T, "I'm a 60s kid at heart, but the 30s leave me cold", like=[D + "1960s"], dislike=[D + "1930s"])
R(T, "Meg Ryan's great, Julia Roberts not so much", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])
R(T, "fantasy's a yes, children's films a firm no", like=[G + "Fantasy"], dislike=[G + "Children's"])
R(T, "action's fine, just no Steven Seagal", like=[G + "Action"], dislike=[P + "Steven Seagal"])
R(T, "dramas hit home for me while thrillers just stress me out", like=[G + "Drama"], dislike=[G + "Thriller"])
R(T, "Loved Fargo, couldn't stand The English Patient", like_items=["Fargo (1996)"],
  dislike_items=["The English Patient (1996)"])
R(T, "adventure films please, and hold the sci-fi", like=[G + "Adventure"], dislike=[G + "Sci-Fi"])
R(T, "noir's my jam but musicals make me want to leave the room", like=[G + "Film-Noir"], dislike=[G + "Musical"])
R(T, "Give me Denzel any day, but Travolta can stay home", like=[P + "Denzel Washington"],
  dislike=[P + "John Travolta"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like westerns? does a cowboy wear boots", like=[G + "Western"])
R(T, "horror flicks? not in a million years, mate", dislike=[G + "Horror"])
R(T, "what do I want? something from the 70s, that's what", like=[D + "1970s"])
R(T, "am I a musicals person? absolutely not", dislike=[G + "Musical"])
R(T, "you asking if I'm into sci-fi? obviously, yes", like=[G + "Sci-Fi"])
R(T, "Romance? Why on earth would I want that? No.", dislike=[G + "Romance"])
R(T, "is Tarantino any good? best director alive, so yes, more of him", like=[P + "Quentin Tarantino"])
R(T, "cartoons? sure, why not, I'm a big kid", like=[G + "Animation"])
R(T, "documentaries, you ask? never, they bore me silly", dislike=[G + "Documentary"])
R(T, "would I watch a war movie tonight? in a heartbeat", like=[G + "War"])
R(T, "Do I want Stallone movies? Let me think... no.", dislike=[P + "Sylvester Stallone"])
R(T, "what genre am I after? crime, always crime", like=[G + "Crime"])
R(T, "anything from before 1980? nope, nothing that old", year=(1980, None))
R(T, "thriller tonight? oh, go on then", like=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing before 1970, the old stuff just drags", year=(1970, None))
R(T, "I want the 80s, big hair, synths, the lot", like=[D + "1980s"])
R(T, "black and white is lost on me, keep it post-1960", year=(1960, None))
R(T, "strictly 1990 onwards for me, nothing earlier", year=(1990, None))
R(T, "the 1940s are my happy place", like=[D + "1940s"])
R(T, "anything after 1985 feels too glossy, keep it older than that", year=(None, 1985))
R(T, "20s silent films? oh absolutely, love them", like=[D + "1920s"])
R(T, "spare me the 90s, I lived through them once already", dislike=[D + "1990s"])
R(T, "I'm all about the sixties, man", like=[D + "1960s"])
R(T, "the fifties bore me senseless", dislike=[D + "1950s"])
R(T, "nothing newer than 1979 please, I like my films with a bit of grain", year=(None, 1979))
R(T, "the 30s screwball era is where it's at", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "skip the 70s, everything's too brown and grim", dislike=[D + "1970s"])
R(T, "films made between 1975 and 1990 only, that's my sweet spot", year=(1975, 1990))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Bill Murray can do no wrong in my book", like=[P + "Bill Murray"])
R(T, "Keanu's wooden as a plank, leave him out", dislike=[P + "Keanu Reeves"])
R(T, "Hugh Grant doing his floppy-haired stammer thing gets me every time", like=[P + "Hugh Grant"])
R(T, "Oliver Stone films give me a headache, no ta", dislike=[P + "Oliver Stone"])
R(T, "I'd follow Jodie Foster into just about any script she picks", like=[P + "Jodie Foster"])
R(T, "Tim Burton has lost his charm for me, skip his stuff", dislike=[P + "Tim Burton"])
R(T, "anything with Morgan Freeman's voice in it, yes please", like=[P + "Morgan Freeman"])
R(T, "Kevin Costner makes me want to throw the remote", dislike=[P + "Kevin Costner"])
R(T, "Sean Connery in anything, I'm there", like=[P + "Sean Connery"])
R(T, "David Lynch is too weird for me, pass", dislike=[P + "David Lynch"])
R(T, "Emma Thompson is an absolute gem", like=[P + "Emma Thompson"])
R(T, "keep Pauly Shore far away from my screen", dislike=[P + "Pauly Shore"])
R(T, "John Carpenter's my guy", like=[P + "John Carpenter"])
R(T, "Sharon Stone isn't someone I want to watch, thanks", dislike=[P + "Sharon Stone"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Groundhog Day is one I could rewatch forever", like_items=["Groundhog Day (1993)"])
R(T, "Waterworld was a crime against my eyes, don't show me that", dislike_items=["Waterworld (1995)"])
R(T, "I want something in the vein of The Usual Suspects", like_items=["The Usual Suspects (1995)"])
R(T, "Showgirls? spare me", dislike_items=["Showgirls (1995)"])
R(T, "The Princess Bride is basically my comfort blanket", like_items=["The Princess Bride (1987)"])
R(T, "please never recommend Batman & Robin to me", dislike_items=["Batman & Robin (1997)"])
R(T, "Blade Runner blew my tiny mind, more like that", like_items=["Blade Runner (1982)"])
R(T, "Forrest Gump was schmaltzy nonsense", dislike_items=["Forrest Gump (1994)"])
R(T, "been craving something like Raiders for weeks", like_items=["Raiders of the Lost Ark (1981)"])
R(T, "The Big Lebowski is my religion", like_items=["The Big Lebowski (1998)"])
R(T, "saw Speed 2 once and that was once too many", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Trainspotting, that's the energy I'm after", like_items=["Trainspotting (1996)"])
R(T, "can't bear The Piano, too slow by half", dislike_items=["The Piano (1993)"])
R(T, "Jurassic Park still slaps", like_items=["Jurassic Park (1993)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so my sister came over last night and insisted we watch this weepy love story thing, two hours of people "
     "staring at each other across rainy train stations, and I nearly lost the will to live. so tonight I'm choosing, "
     "and I want car chases and explosions, proper action, no kissing", like=[G + "Action"], dislike=[G + "Romance"])
R(T, "I grew up on my dad's VHS collection, which was basically all cowboys and dusty towns and saloon brawls, and "
     "I used to roll my eyes but now I'm older I find myself really missing that stuff, so yeah, westerns if you've "
     "got them", like=[G + "Western"])
R(T, "So I'm hosting a sleepover for my nephew and four of his mates, they're all about eight, and I need something "
     "they'll actually sit still for. nothing scary though, last time one of them had nightmares for a week and his "
     "mum still hasn't forgiven me", like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "long story but I did a film studies module at uni and we had to watch about forty documentaries back to back "
     "and I think it broke something in me. I can't do them anymore, even the good ones. Anything else is fine",
  dislike=[G + "Documentary"])
R(T, "my wife and I have this running joke where she picks the film and I fall asleep within twenty minutes, because "
     "it's always some heavy three-hour period drama. trying to get in first tonight with a comedy, something that'll "
     "actually keep me awake", like=[G + "Comedy"], ok=["-genre:Drama"])
R(T, "I was flicking through channels at my gran's on Sunday and caught the end of some old film with people tap "
     "dancing up the walls and bursting into song and I'd forgotten how much I love that stuff, we used to watch them "
     "together all the time when I was little. anyway I'm feeling nostalgic, so musicals please",
  like=[G + "Musical"])
R(T, "right, so I finally watched The Exorcist after everyone telling me for years that I had to, and I get why people rate "
     "it but I spent the whole thing behind a cushion and didn't sleep. so, lesson learned, I'm not a horror person "
     "and I'd like to keep it that way", dislike=[G + "Horror"])
R(T, "My boyfriend is obsessed with anything set in space, every weekend it's another spaceship film, and honestly "
     "I've started to love them too, which I'll never admit to him. So, secretly, sci-fi, the more stars the better",
  like=[G + "Sci-Fi"])
R(T, "we went on holiday to Monument Valley last year and the guide kept pointing out where they filmed all these old "
     "John Ford pictures and I realised I'd never seen a single one of them. I'd like to fix that",
  like=[P + "John Ford"], ok=["+genre:Western"])
R(T, "I keep getting recommended these grim cop films from the 70s because I watched one once for a friend's "
     "birthday thing, and I really don't want them, that whole decade looks sticky and brown to me. something from "
     "the 90s instead please", like=[D + "1990s"], dislike=[D + "1970s"], ok=["-genre:Crime"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I'm in the mood for a comedy tonight", like=[G + "Comedy"])
R(T, "I don't want horror tonight, thanks", dislike=[G + "Horror"])
R(T, "I really enjoy films about the war, WW2 especially", like=[G + "War"])
R(T, "I don't like musicals at all", dislike=[G + "Musical"])
R(T, "Can you recommend me some good westerns?", like=[G + "Western"])
R(T, "I'm not a fan of romance movies", dislike=[G + "Romance"])
R(T, "adventure films are my favourite kind", like=[G + "Adventure"])
R(T, "I dislike animated films", dislike=[G + "Animation"])
R(T, "show me some film noir please", like=[G + "Film-Noir"])
R(T, "I don't enjoy documentaries much", dislike=[G + "Documentary"])
R(T, "I'd love to watch a fantasy movie", like=[G + "Fantasy"])
R(T, "please don't suggest any sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I like Tom Cruise movies", like=[P + "Tom Cruise"])
R(T, "I don't want anything with Robin Williams in it", dislike=[P + "Robin Williams"])
R(T, "I want to watch a mystery", like=[G + "Mystery"])
R(T, "I'm not interested in crime films", dislike=[G + "Crime"])
R(T, "recommend me a 1990s drama", like=[D + "1990s", G + "Drama"])
R(T, "no children's films for me please", dislike=[G + "Children's"])
R(T, "I love Audrey Hepburn", like=[P + "Audrey Hepburn"])
R(T, "I don't like action movies very much", dislike=[G + "Action"])
R(T, "something like Pulp Fiction please", like_items=["Pulp Fiction (1994)"])
R(T, "I'd rather not watch anything from the 1980s", dislike=[D + "1980s"])
R(T, "I hate thrillers", dislike=[G + "Thriller"])


if __name__ == "__main__":
    main()
