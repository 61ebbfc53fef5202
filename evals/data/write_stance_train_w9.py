"""Writes evals/data/stance_train_w9.jsonl: a training batch of labelled `idiom` utterances for the stance model
(see README.md here, "Training batch w9 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:57-12:02 UTC) by W9, one of five more training-sentence writers, in one voice:
messages about PEOPLE and FILMS -- directors, actors, writers and catalogue titles liked or refused in every
register (fans, haters, "anything with X in it", "X ruins every film", "I've had my fill of X", "more like Y"),
mixed with genres, decades and a few year bounds. Every person and title was checked against the catalogue
vocabulary (load_catalog().vocabulary() and the catalogue's labels) before it was used. The writer read only
fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records, the first
50 and last 5 lines of write_utterances_fresh8.py (for the layout) and the catalogue vocabulary; it did not open
any utterances*.jsonl or stance_train*.jsonl file, the record lines of the other writers' scripts, the stance
dev sentences (stance_dev.py), the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py,
tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), the judge, evals/notes,
evals/results or evals/bench, and ran no reader, agent, test or benchmark on these sentences. Two sentences
were reworded because the writer's own check (printing only this batch's sentences) found them already in an
earlier file. Every gold label is what a careful reader takes the sentence to mean for this user now: a value
the user takes no side on (a partner's taste, a question, a past taste that is over, "either way") carries no
label.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks);
fresh_batch.check() also fails on any value, person or year bound the catalogue lacks, and on a sentence already
in another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w9
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w9.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "trainw9-2026-12-05"
CLS = "idiom"

TOPICS = {
    "plain_people": "plain likes and refusals of directors and actors, some with plain negation",
    "plain_films": "plain likes and refusals of catalogue titles and genres, some with negation",
    "fandom": "fan talk: 'anything with X in it', 'I'd watch X read a phone book', devotion in odd words",
    "hater": "hater talk and slang dismissals: 'X ruins every film', 'allergic to X', 'hard pass on X'",
    "satiety": "fatigue and satiety: 'had my fill of X', 'burnt out on X', 'X-ed out'",
    "more_like": "comparisons and 'more like Y': one side preferred, the loser refused",
    "odd_praise": "enthusiasm in negative-looking words, understatement, litotes, double negation",
    "polite": "polite and soft refusals of people, films and genres",
    "rhetorical": "rhetorical questions and sarcasm whose meaning is clear",
    "only_but": "nothing but X / anything but X / X or nothing / everything except X",
    "bystander": "a value named without a side (someone else's taste, a question, a past taste) plus one with a side",
    "era_people": "decades and year bounds, often beside a person or a film",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ---------------------------------------------------------------------------------------------------- plain_people
R("plain_people", "I like Clint Eastwood", like=[P + "Clint Eastwood"])
R("plain_people", "no Adam Sandler please", dislike=[P + "Adam Sandler"])
R("plain_people", "I really don't like Tom Cruise much.", dislike=[P + "Tom Cruise"])
R("plain_people", "Can you find me something directed by Martin Scorsese?", like=[P + "Martin Scorsese"])
R("plain_people", "Meryl Streep yes, Sylvester Stallone no", like=[P + "Meryl Streep"],
  dislike=[P + "Sylvester Stallone"])
R("plain_people", "i really like denzel washington movies", like=[P + "Denzel Washington"])
R("plain_people", "Please leave out anything with Pauly Shore", dislike=[P + "Pauly Shore"])
R("plain_people", "I'm not a fan of Woody Allen", dislike=[P + "Woody Allen"])
R("plain_people", "Hitchcock films, please.", like=[P + "Alfred Hitchcock"])
R("plain_people", "Do you have anything by Akira Kurosawa? I love his samurai stuff", like=[P + "Akira Kurosawa"])
R("plain_people", "no Jean-Claude Van Damme, no Steven Seagal", dislike=[P + "Jean-Claude Van Damme",
                                                                         P + "Steven Seagal"])
R("plain_people", "Give me a Spike Lee joint", like=[P + "Spike Lee"])
R("plain_people", "I don't want to see Kevin Costner tonight", dislike=[P + "Kevin Costner"])
R("plain_people", "Emma Thompson is my favourite actress", like=[P + "Emma Thompson"])
R("plain_people", "skip the Oliver Stone films", dislike=[P + "Oliver Stone"])
R("plain_people", "something with Morgan Freeman in it would be great", like=[P + "Morgan Freeman"])
R("plain_people", "I do not like Jim Carrey at all", dislike=[P + "Jim Carrey"])
R("plain_people", "Stanley Kubrick. Anything of his.", like=[P + "Stanley Kubrick"])
R("plain_people", "I'd like a comedy but not one with Chevy Chase", like=[G + "Comedy"], dislike=[P + "Chevy Chase"])
R("plain_people", "Julia Roberts is great, more of her please", like=[P + "Julia Roberts"])
R("plain_people", "I dislike Nicolas Cage", dislike=[P + "Nicolas Cage"])
R("plain_people", "The Coen brothers are my favourite directors", like=[P + "Joel Coen", P + "Ethan Coen"])
R("plain_people", "Not Demi Moore please", dislike=[P + "Demi Moore"])
R("plain_people", "I like Gene Hackman and Tommy Lee Jones", like=[P + "Gene Hackman", P + "Tommy Lee Jones"])
R("plain_people", "please no more Whoopi Goldberg", dislike=[P + "Whoopi Goldberg"])
R("plain_people", "looking for a western with John Wayne", like=[G + "Western", P + "John Wayne"])
R("plain_people", "I'm not into Robin Williams", dislike=[P + "Robin Williams"])
R("plain_people", "Would love a Billy Wilder picture", like=[P + "Billy Wilder"])
R("plain_people", "Kenneth Branagh's Shakespeare films, yes please", like=[P + "Kenneth Branagh"])
R("plain_people", "avoid Renny Harlin", dislike=[P + "Renny Harlin"])
R("plain_people", "Harrison Ford in an adventure film, that's what I want", like=[P + "Harrison Ford",
                                                                                  G + "Adventure"])
R("plain_people", "I don't care for Richard Gere", dislike=[P + "Richard Gere"])
R("plain_people", "Jodie Foster is brilliant", like=[P + "Jodie Foster"])
R("plain_people", "no Schwarzenegger", dislike=[P + "Arnold Schwarzenegger"])
R("plain_people", "I don't want anything with Bruce Willis in it", dislike=[P + "Bruce Willis"])
R("plain_people", "Please, no Joel Schumacher films", dislike=[P + "Joel Schumacher"])
R("plain_people", "I don't like Tim Burton's style", dislike=[P + "Tim Burton"])
R("plain_people", "not Ron Howard", dislike=[P + "Ron Howard"])
R("plain_people", "Keep Eddie Murphy out of my recommendations", dislike=[P + "Eddie Murphy"])
R("plain_people", "I'd like a drama without Meryl Streep", like=[G + "Drama"], dislike=[P + "Meryl Streep"])
R("plain_people", "no Leslie Nielsen spoofs for me", dislike=[P + "Leslie Nielsen"])
R("plain_people", "I really dislike Michael Douglas", dislike=[P + "Michael Douglas"])
R("plain_people", "Robert Altman, yes. Oliver Stone, no.", like=[P + "Robert Altman"], dislike=[P + "Oliver Stone"])
R("plain_people", "Anything directed by John Ford", like=[P + "John Ford"])
R("plain_people", "I don't want to watch Sharon Stone", dislike=[P + "Sharon Stone"])

# ---------------------------------------------------------------------------------------------------- plain_films
R("plain_films", "I loved Fargo", like_items=["Fargo (1996)"])
R("plain_films", "I didn't like Titanic", dislike_items=["Titanic (1997)"])
R("plain_films", "Something like The Usual Suspects please", like_items=["The Usual Suspects (1995)"])
R("plain_films", "Don't recommend Waterworld to me", dislike_items=["Waterworld (1995)"])
R("plain_films", "I want a documentary, something like Hoop Dreams", like=[G + "Documentary"],
  like_items=["Hoop Dreams (1994)"])
R("plain_films", "no film noir tonight", dislike=[G + "Film-Noir"])
R("plain_films", "I like musicals, Singin' in the Rain is my favourite", like=[G + "Musical"],
  like_items=["Singin' in the Rain (1952)"])
R("plain_films", "Casablanca is the best film ever made", like_items=["Casablanca (1942)"])
R("plain_films", "i hated Showgirls", dislike_items=["Showgirls (1995)"])
R("plain_films", "I'm looking for a mystery, not a horror", like=[G + "Mystery"], dislike=[G + "Horror"])
R("plain_films", "I don't want anything animated this time", dislike=[G + "Animation"])
R("plain_films", "Alien was great, more like that", like_items=["Alien (1979)"])
R("plain_films", "Please don't suggest Batman & Robin", dislike_items=["Batman & Robin (1997)"])
R("plain_films", "war films are good. Das Boot especially", like=[G + "War"], like_items=["Das Boot (1981)"])
R("plain_films", "I don't enjoy fantasy movies", dislike=[G + "Fantasy"])
R("plain_films", "Big fan of The Princess Bride", like_items=["The Princess Bride (1987)"])
R("plain_films", "Speed 2 was awful", dislike_items=["Speed 2: Cruise Control (1997)"])
R("plain_films", "children's films are fine, my nephew is over", like=[G + "Children's"])
R("plain_films", "I'd like something in the vein of Chinatown", like_items=["Chinatown (1974)"])
R("plain_films", "Not a thriller. Anything else.", dislike=[G + "Thriller"])
R("plain_films", "I liked Toy Story and Babe", like_items=["Toy Story (1995)", "Babe (1995)"])
R("plain_films", "Please don't show me Independence Day", dislike_items=["Independence Day (ID4) (1996)"])
R("plain_films", "no horror", dislike=[G + "Horror"])
R("plain_films", "I didn't enjoy The Piano", dislike_items=["The Piano (1993)"])
R("plain_films", "No westerns and no war films, please", dislike=[G + "Western", G + "War"])
R("plain_films", "I don't like romantic comedies like Pretty Woman", dislike=[G + "Romance", G + "Comedy"],
  dislike_items=["Pretty Woman (1990)"])
R("plain_films", "Not Jumanji, we watched it yesterday", dislike_items=["Jumanji (1995)"])
R("plain_films", "I'm not interested in adventure films", dislike=[G + "Adventure"])
R("plain_films", "Crime films are what I want. Not The Godfather though, seen it", like=[G + "Crime"],
  dislike_items=["The Godfather (1972)"])
R("plain_films", "I hated Natural Born Killers", dislike_items=["Natural Born Killers (1994)"])
R("plain_films", "mysteries please, like Rear Window", like=[G + "Mystery"], like_items=["Rear Window (1954)"])
R("plain_films", "No fantasy, no sci-fi", dislike=[G + "Fantasy", G + "Sci-Fi"])
R("plain_films", "I don't want The Sound of Music again", dislike_items=["The Sound of Music (1965)"])
R("plain_films", "I'd like a thriller, but not Basic Instinct", like=[G + "Thriller"],
  dislike_items=["Basic Instinct (1992)"])

# ---------------------------------------------------------------------------------------------------- fandom
R("fandom", "anything with Bill Murray in it, I'm not picky", like=[P + "Bill Murray"])
R("fandom", "I'd watch Gene Kelly tap dance on a parking lot for two hours", like=[P + "Gene Kelly"])
R("fandom", "Tarantino can do no wrong in my book", like=[P + "Quentin Tarantino"])
R("fandom", "if Jack Nicholson is in it, I'm in", like=[P + "Jack Nicholson"])
R("fandom", "Audrey Hepburn could read me the phone book and I'd be happy", like=[P + "Audrey Hepburn"])
R("fandom", "I will follow Terry Gilliam anywhere, however weird it gets", like=[P + "Terry Gilliam"])
R("fandom", "confession: I've seen every Jackie Chan movie at least twice and I want more",
  like=[P + "Jackie Chan"])
R("fandom", "Hopkins. Just Hopkins. The man is a legend", like=[P + "Anthony Hopkins"])
R("fandom", "my queen Michelle Pfeiffer, give me everything she's in", like=[P + "Michelle Pfeiffer"])
R("fandom", "I have a Cary Grant shrine in my living room, so you know what to do", like=[P + "Cary Grant"])
R("fandom", "Kieslowski is basically my religion", like=[P + "Krzysztof Kieslowski"])
R("fandom", "Sam Raimi's camera tricks never get old for me", like=[P + "Sam Raimi"])
R("fandom", "stick Samuel L. Jackson in literally anything and I'll watch it", like=[P + "Samuel L. Jackson"])
R("fandom", "Humphrey Bogart in a trench coat. That's the whole request.", like=[P + "Humphrey Bogart"])
R("fandom", "Ridley Scott has my heart forever", like=[P + "Ridley Scott"])
R("fandom", "I'm a total Sean Connery groupie", like=[P + "Sean Connery"])
R("fandom", "Mel Brooks is the reason I laugh at anything, load me up", like=[P + "Mel Brooks"])
R("fandom", "Nick Park and his clay dog, always yes", like=[P + "Nick Park"])
R("fandom", "I never say no to Goldie Hawn", like=[P + "Goldie Hawn"])
R("fandom", "Jim Jarmusch is my comfort food", like=[P + "Jim Jarmusch"])
R("fandom", "team Ingrid Bergman all the way", like=[P + "Ingrid Bergman"])
R("fandom", "put on a John Carpenter and I'm a happy camper", like=[P + "John Carpenter"])

# ---------------------------------------------------------------------------------------------------- hater
R("hater", "Keanu Reeves ruins every film he's in", dislike=[P + "Keanu Reeves"])
R("hater", "Kevin Costner with a fake accent? hard pass", dislike=[P + "Kevin Costner"])
R("hater", "I'm allergic to Joel Schumacher", dislike=[P + "Joel Schumacher"])
R("hater", "Michael Bay films make my eyes bleed", dislike=[P + "Michael Bay"])
R("hater", "Pauly Shore? in this economy?", dislike=[P + "Pauly Shore"])
R("hater", "Chris Farley just yells for ninety minutes, not for me", dislike=[P + "Chris Farley"])
R("hater", "Hugh Grant stammering at a girl for two hours, I'll pass", dislike=[P + "Hugh Grant"])
R("hater", "Seagal is a hard no. Forever.", dislike=[P + "Steven Seagal"])
R("hater", "I'd rather clean the oven than sit through a Rob Schneider movie", dislike=[P + "Rob Schneider"])
R("hater", "Roland Emmerich blowing up landmarks again? nah", dislike=[P + "Roland Emmerich"])
R("hater", "Tom Hanks is so smug, keep him away from me", dislike=[P + "Tom Hanks"])
R("hater", "ugh, Sharon Stone. Swipe left.", dislike=[P + "Sharon Stone"])
R("hater", "Mel Gibson is cancelled in this house", dislike=[P + "Mel Gibson"])
R("hater", "if Macaulay Culkin shows up in the trailer I'm out", dislike=[P + "Macaulay Culkin"])
R("hater", "Oliver Stone lectures me, I don't need that. Straight action please", dislike=[P + "Oliver Stone"],
  like=[G + "Action"])
R("hater", "Tim Allen grunting? big nope", dislike=[P + "Tim Allen"])
R("hater", "Woody Allen's neurotic routine wore thin for me ages ago", dislike=[P + "Woody Allen"])
R("hater", "Sandra Bullock being adorable, I can't, sorry not sorry", dislike=[P + "Sandra Bullock"])
R("hater", "Eddie Murphy playing six characters is my personal nightmare", dislike=[P + "Eddie Murphy"])
R("hater", "Kubrick is a cold fish, I don't get the hype, skip him", dislike=[P + "Stanley Kubrick"])
R("hater", "Jean-Claude doing the splits on a kickboxer? spare me", dislike=[P + "Jean-Claude Van Damme"])
R("hater", "that Stallone mumble drives me up the wall", dislike=[P + "Sylvester Stallone"])

# ---------------------------------------------------------------------------------------------------- satiety
R("satiety", "I've had my fill of Arnold Schwarzenegger for one lifetime", dislike=[P + "Arnold Schwarzenegger"])
R("satiety", "burnt out on Spielberg, seen them all to death", dislike=[P + "Steven Spielberg"])
R("satiety", "We did a whole Tim Burton marathon last weekend, so give that a rest", dislike=[P + "Tim Burton"])
R("satiety", "I'm Bruce Willis-ed out", dislike=[P + "Bruce Willis"])
R("satiety", "enough Jim Carrey faces to last me a decade", dislike=[P + "Jim Carrey"])
R("satiety", "I'm so over John Travolta's comeback", dislike=[P + "John Travolta"])
R("satiety", "Star Wars? I've worn out three VHS copies, pick something fresh", dislike_items=["Star Wars (1977)"])
R("satiety", "done with Scream, done with slashers, done", dislike_items=["Scream (1996)"],
  dislike=[G + "Horror"])
R("satiety", "Forrest Gump has been on TV every week, I'm sick to death of it", dislike_items=["Forrest Gump (1994)"])
R("satiety", "the Wes Craven well has run dry for me", dislike=[P + "Wes Craven"])
R("satiety", "I've seen enough Hitchcock this month to last a year, something else", dislike=[P + "Alfred Hitchcock"])
R("satiety", "honestly my Tom Cruise quota is full", dislike=[P + "Tom Cruise"])
R("satiety", "no more Ron Howard, I've OD'd on him", dislike=[P + "Ron Howard"])
R("satiety", "Meg Ryan rom-coms, I've eaten that whole box already", dislike=[P + "Meg Ryan"],
  ok=["-genre:Romance", "-genre:Comedy"])
R("satiety", "the Jurassic Park thing is played out for me", dislike_items=["Jurassic Park (1993)"])
R("satiety", "Branagh has been on repeat in my house; I need a break from him", dislike=[P + "Kenneth Branagh"])
R("satiety", "I'm full up on Robert De Niro gangster stuff", dislike=[P + "Robert De Niro"])
R("satiety", "war movies have worn me down lately, I'm done with them", dislike=[G + "War"])
R("satiety", "I'm through with Schwarzenegger, but I could go for a Harrison Ford",
  dislike=[P + "Arnold Schwarzenegger"], like=[P + "Harrison Ford"])

# ---------------------------------------------------------------------------------------------------- more_like
R("more_like", "more like Heat, less like Speed", like_items=["Heat (1995)"], dislike_items=["Speed (1994)"])
R("more_like", "Hitchcock over De Palma any day", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R("more_like", "Paul Newman wipes the floor with Robert Redford", like=[P + "Paul Newman"],
  dislike=[P + "Robert Redford"])
R("more_like", "I want something closer to Brazil than to Twelve Monkeys", like_items=["Brazil (1985)"],
  dislike_items=["Twelve Monkeys (1995)"])
R("more_like", "Fred Astaire > Gene Kelly, fight me", like=[P + "Fred Astaire"], dislike=[P + "Gene Kelly"])
R("more_like", "Aliens beats Alien 3 by a mile, give me the Cameron one", like_items=["Aliens (1986)"],
  dislike_items=["Alien 3 (1992)"], ok=["+person:James Cameron"])
R("more_like", "I'd take a Sidney Lumet courtroom thing over another Grisham adaptation", like=[P + "Sidney Lumet"],
  dislike=[P + "John Grisham"])
R("more_like", "think Reservoir Dogs, not Four Rooms", like_items=["Reservoir Dogs (1992)"],
  dislike_items=["Four Rooms (1995)"])
R("more_like", "Bogart rather than Stewart tonight", like=[P + "Humphrey Bogart"], dislike=[P + "James Stewart"])
R("more_like", "the original Sabrina, not the remake", like_items=["Sabrina (1954)"], dislike_items=["Sabrina (1995)"])
R("more_like", "Kurt Russell is twice the action hero Van Damme is", like=[P + "Kurt Russell"],
  dislike=[P + "Jean-Claude Van Damme"])
R("more_like", "something in the Coen mould, not the Tarantino mould", like=[P + "Joel Coen", P + "Ethan Coen"],
  dislike=[P + "Quentin Tarantino"])
R("more_like", "Give me Jackie Brown energy, not Pulp Fiction energy", like_items=["Jackie Brown (1997)"],
  dislike_items=["Pulp Fiction (1994)"])
R("more_like", "Peter Sellers makes Leslie Nielsen look like an amateur", like=[P + "Peter Sellers"],
  dislike=[P + "Leslie Nielsen"])
R("more_like", "Boris Karloff, yes. Bela Lugosi, not so much", like=[P + "Boris Karloff"],
  dislike=[P + "Bela Lugosi"])
R("more_like", "Die Hard is a masterpiece next to Die Hard 2", like_items=["Die Hard (1988)"],
  dislike_items=["Die Hard 2 (1990)"])
R("more_like", "If it's Cameron I'm happy, if it's Emmerich I'm not", like=[P + "James Cameron"],
  dislike=[P + "Roland Emmerich"])
R("more_like", "Grace Kelly is the real deal, Marilyn Monroe leaves me cold", like=[P + "Grace Kelly"],
  dislike=[P + "Marilyn Monroe"])
R("more_like", "Something that feels like Stand by Me", like_items=["Stand by Me (1986)"])
R("more_like", "Walter Matthau and Jack Lemmon, the older stuff, not Grumpier Old Men",
  like=[P + "Walter Matthau", P + "Jack Lemmon"], dislike_items=["Grumpier Old Men (1995)"])
R("more_like", "I prefer Spike Lee's angry ones to Ron Howard's feel-good ones", like=[P + "Spike Lee"],
  dislike=[P + "Ron Howard"])

# ---------------------------------------------------------------------------------------------------- odd_praise
R("odd_praise", "David Lynch is a sick, sick man and I adore him", like=[P + "David Lynch"])
R("odd_praise", "Christopher Walken is creepy as hell and I can't get enough", like=[P + "Christopher Walken"])
R("odd_praise", "Evil Dead II is gloriously stupid, I need more trash like it", like_items=["Evil Dead II (1987)"])
R("odd_praise", "Peter Greenaway films are a beautiful ordeal and I keep coming back", like=[P + "Peter Greenaway"])
R("odd_praise", "Dennis Hopper is an absolute maniac, perfect", like=[P + "Dennis Hopper"])
R("odd_praise", "I'm not saying Fargo is perfect, but I'm not not saying it", like_items=["Fargo (1996)"])
R("odd_praise", "I wouldn't say no to an Altman ensemble", like=[P + "Robert Altman"])
R("odd_praise", "Gary Oldman chewing the scenery is a guilty pleasure of mine", like=[P + "Gary Oldman"])
R("odd_praise", "I'm not exactly opposed to a bit of Jeff Goldblum", like=[P + "Jeff Goldblum"])
R("odd_praise", "Kubrick's films are cold and merciless, which is exactly why I love them",
  like=[P + "Stanley Kubrick"])
R("odd_praise", "Army of Darkness is dumb as rocks and I'd watch it again tonight",
  like_items=["Army of Darkness (1993)"])
R("odd_praise", "Tarantino's dialogue is criminal, in the best way", like=[P + "Quentin Tarantino"])
R("odd_praise", "I can't say I'd mind some Kurosawa", like=[P + "Akira Kurosawa"])
R("odd_praise", "It's not like I'd turn down a Billy Wilder", like=[P + "Billy Wilder"])
R("odd_praise", "John Woo's shootouts are pure insanity. Love it", like=[P + "John Woo"])
R("odd_praise", "Ed Wood is so bad it's good and I mean that as the highest praise", like_items=["Ed Wood (1994)"])
R("odd_praise", "I don't dislike Meryl Streep, put it that way", like=[P + "Meryl Streep"])
R("odd_praise", "Vincent Price hamming it up is my weakness", like=[P + "Vincent Price"])
R("odd_praise", "Verhoeven is trashy, vulgar and a genius. More please", like=[P + "Paul Verhoeven"])
R("odd_praise", "Gilliam's films are a glorious mess and I'm hooked", like=[P + "Terry Gilliam"])
R("odd_praise", "Trainspotting ruined me, in a good way, find me something like it",
  like_items=["Trainspotting (1996)"])
R("odd_praise", "Kevin Smith's movies are just people talking rubbish and it's my favourite thing",
  like=[P + "Kevin Smith"])
R("odd_praise", "Pedro Almodóvar is shameless and wonderful", like=[P + "Pedro Almodóvar"])
R("odd_praise", "I'm not unhappy with a Clint Eastwood western", like=[P + "Clint Eastwood", G + "Western"])
R("odd_praise", "Heathers is so mean. I love it. More nastiness like that", like_items=["Heathers (1989)"])
R("odd_praise", "Not that I'd complain about a Frank Capra", like=[P + "Frank Capra"])

# ---------------------------------------------------------------------------------------------------- polite
R("polite", "Thanks, but I'd rather skip the Woody Allen ones", dislike=[P + "Woody Allen"])
R("polite", "Lovely suggestions, though Richard Gere isn't really my cup of tea", dislike=[P + "Richard Gere"])
R("polite", "I think I'll give Steven Spielberg a miss this time, if that's alright", dislike=[P + "Steven Spielberg"])
R("polite", "Sorry, musicals just aren't for me, even the Gene Kelly ones", dislike=[G + "Musical"],
  ok=["-person:Gene Kelly"])
R("polite", "I appreciate it, but Titanic isn't something I'd sit through again", dislike_items=["Titanic (1997)"])
R("polite", "If it's all the same to you, could we leave Jim Carrey out of it?", dislike=[P + "Jim Carrey"])
R("polite", "Bless you for trying, but Kevin Costner westerns aren't for me", dislike=[P + "Kevin Costner"],
  ok=["-genre:Western"])
R("polite", "I'd prefer not to have any Tom Hanks, thank you", dislike=[P + "Tom Hanks"])
R("polite", "maybe not Lynch tonight, I'm a bit fragile", dislike=[P + "David Lynch"])
R("polite", "That's kind, but documentaries put me to sleep", dislike=[G + "Documentary"])
R("polite", "I'll politely decline The English Patient", dislike_items=["The English Patient (1996)"])
R("polite", "I'm sure Demi Moore has her fans, I'm just not one of them", dislike=[P + "Demi Moore"])
R("polite", "no offence to Mel Gibson fans, but I'd rather not", dislike=[P + "Mel Gibson"])
R("polite", "Hmm, I'll sit out anything with Whoopi, thanks all the same", dislike=[P + "Whoopi Goldberg"])
R("polite", "Could we steer clear of the Merchant Ivory sort of thing? James Ivory bores me",
  dislike=[P + "James Ivory"])
R("polite", "That's a generous offer but sci-fi isn't really my scene", dislike=[G + "Sci-Fi"])
R("polite", "I'm going to gently say no to Evita", dislike_items=["Evita (1996)"])
R("polite", "With respect to Orson Welles, I'm not in the mood for him", dislike=[P + "Orson Welles"])
R("polite", "Perhaps something without Brad Pitt this time?", dislike=[P + "Brad Pitt"])

# ---------------------------------------------------------------------------------------------------- rhetorical
R("rhetorical", "Who doesn't love a Hitchcock on a rainy Sunday?", like=[P + "Alfred Hitchcock"])
R("rhetorical", "Oh great, another Schwarzenegger movie. Just what I needed.", dislike=[P + "Arnold Schwarzenegger"])
R("rhetorical", "Is there anything better than Jack Lemmon losing his mind? I think not", like=[P + "Jack Lemmon"])
R("rhetorical", "Why would I want to watch Steven Seagal squint for two hours?", dislike=[P + "Steven Seagal"])
R("rhetorical", "Wow, Batman & Robin, truly the pinnacle of cinema. Not.", dislike_items=["Batman & Robin (1997)"])
R("rhetorical", "What's not to love about Jimmy Stewart?", like=[P + "James Stewart"])
R("rhetorical", "Do I look like someone who wants to watch Pocahontas?", dislike_items=["Pocahontas (1995)"])
R("rhetorical", "Could you be any more obvious than suggesting Forrest Gump? Yes I love it, put it on",
  like_items=["Forrest Gump (1994)"])
R("rhetorical", "Nicolas Cage screaming, how could anyone say no to that?", like=[P + "Nicolas Cage"])
R("rhetorical", "Sure, because what I really wanted was Pauly Shore in Bio-Dome", dislike=[P + "Pauly Shore"],
  dislike_items=["Bio-Dome (1996)"])
R("rhetorical", "Has Scorsese ever made a bad film? didn't think so. More of him", like=[P + "Martin Scorsese"])
R("rhetorical", "Another Kevin Costner epic, oh joy", dislike=[P + "Kevin Costner"])
R("rhetorical", "Why is it always Julia Roberts? Can I get a break from her?", dislike=[P + "Julia Roberts"])
R("rhetorical", "who in their right mind turns down Casablanca? not me", like_items=["Casablanca (1942)"])
R("rhetorical", "Mars Attacks? Is this a joke? Next", dislike_items=["Mars Attacks! (1996)"])
R("rhetorical", "Can you ever have too much Cary Grant? Asking for me.", like=[P + "Cary Grant"])
R("rhetorical", "Congo, really? Did you even read what I wrote?", dislike_items=["Congo (1995)"])
R("rhetorical", "Since when does anyone need more Adam Sandler in their life?", dislike=[P + "Adam Sandler"])
R("rhetorical", "you know what the world needs? more Mel Brooks parodies. Give me one", like=[P + "Mel Brooks"])
R("rhetorical", "Yeah, because Kazaam is such a classic. Pass.", dislike_items=["Kazaam (1996)"])

# ---------------------------------------------------------------------------------------------------- only_but
R("only_but", "Nothing but Coen brothers for me this week", like=[P + "Joel Coen", P + "Ethan Coen"])
R("only_but", "anything but Tom Cruise", dislike=[P + "Tom Cruise"])
R("only_but", "Bogart or nothing", like=[P + "Humphrey Bogart"])
R("only_but", "I'll watch anything except a Michael Bay film", dislike=[P + "Michael Bay"])
R("only_but", "just Hitchcock, only Hitchcock, all Hitchcock", like=[P + "Alfred Hitchcock"])
R("only_but", "any western, as long as it isn't Dances with Wolves", like=[G + "Western"],
  dislike_items=["Dances with Wolves (1990)"])
R("only_but", "Everything's fine except the Jim Carrey stuff", dislike=[P + "Jim Carrey"])
R("only_but", "Only Kurosawa will do tonight", like=[P + "Akira Kurosawa"])
R("only_but", "give me any comedy that doesn't star Chris Farley", like=[G + "Comedy"], dislike=[P + "Chris Farley"])
R("only_but", "nothing but film noir, ideally with Bogart", like=[G + "Film-Noir", P + "Humphrey Bogart"])
R("only_but", "Literally anyone but Keanu", dislike=[P + "Keanu Reeves"])
R("only_but", "any Spielberg is fine apart from The Lost World", like=[P + "Steven Spielberg"],
  dislike_items=["The Lost World: Jurassic Park (1997)"])
R("only_but", "Romance is fine, just not with Hugh Grant", like=[G + "Romance"], dislike=[P + "Hugh Grant"])
R("only_but", "Wallace and Gromit or bust", like_items=["Wallace & Gromit: The Best of Aardman Animation (1996)"],
  ok=["+person:Nick Park"])
R("only_but", "Horror is great, anything except the Wes Craven ones", like=[G + "Horror"], dislike=[P + "Wes Craven"])
R("only_but", "Sci-fi, but nothing Emmerich touched", like=[G + "Sci-Fi"], dislike=[P + "Roland Emmerich"])
R("only_but", "all the Spike Lee you've got", like=[P + "Spike Lee"])

# ---------------------------------------------------------------------------------------------------- bystander
R("bystander", "My wife is obsessed with Hugh Grant, but tonight's my pick and I want a western",
  like=[G + "Western"])
R("bystander", "my son loves Jim Carrey, I can't stand him though", dislike=[P + "Jim Carrey"])
R("bystander", "Is Pulp Fiction in your catalogue? Anyway, I'm after a crime film", like=[G + "Crime"])
R("bystander", "I used to be mad about Schwarzenegger as a teenager. These days I'd rather have a good drama",
  like=[G + "Drama"])
R("bystander", "I'm neutral on Tom Hanks, but I really want a Sci-Fi film", like=[G + "Sci-Fi"])
R("bystander", "Does Kubrick count as horror? Either way, I love The Shining", like_items=["The Shining (1980)"])
R("bystander", "My girlfriend wants Sleepless in Seattle. I want literally anything with Bruce Willis",
  like=[P + "Bruce Willis"])
R("bystander", "The kids are into The Lion King, but I'd like a Hitchcock once they're in bed",
  like=[P + "Alfred Hitchcock"])
R("bystander", "I don't mind Robin Williams either way. Just no musicals", dislike=[G + "Musical"])
R("bystander", "Who directed Heat? I liked that one a lot", like_items=["Heat (1995)"])
R("bystander", "My dad swears by John Wayne. I'd rather watch a mystery", like=[G + "Mystery"])
R("bystander", "was Titanic James Cameron? Doesn't matter, I'd love more Kate Winslet", like=[P + "Kate Winslet"])
R("bystander", "Back in college I watched nothing but Kevin Smith. Now I want grown-up film noir",
  like=[G + "Film-Noir"])
R("bystander", "my flatmate keeps quoting The Big Lebowski at me, so definitely not that one",
  dislike_items=["The Big Lebowski (1998)"])
R("bystander", "Sean Connery or Roger Moore, I honestly don't care, but it has to be an action film",
  like=[G + "Action"])
R("bystander", "My mum adores Meg Ryan. Me, I want a war film", like=[G + "War"])
R("bystander", "Is Fargo a comedy or a thriller? Whatever it is, I'm not in the mood for anything animated",
  dislike=[G + "Animation"])
R("bystander", "I went through a Tim Burton phase years ago. Right now I'm craving a documentary",
  like=[G + "Documentary"])
R("bystander", "Our daughter asked for Aladdin, I'm fine with that, but no horror afterwards",
  dislike=[G + "Horror"])
R("bystander", "My boyfriend is the Tarantino fan, I'm the one who likes romance", like=[G + "Romance"])
R("bystander", "I've no strong opinion on Spielberg. I do know I hate fantasy", dislike=[G + "Fantasy"])
R("bystander", "what else has Gwyneth Paltrow done? I loved Emma", like_items=["Emma (1996)"])
R("bystander", "my brother says Jean-Claude Van Damme is a genius, I say give me a children's film for the twins",
  like=[G + "Children's"])
R("bystander", "Is Denzel Washington in anything from the 80s? I really want an adventure film",
  like=[G + "Adventure"])
R("bystander", "Used to love Eddie Murphy, can't stand him now. Comedy still works for me though", like=[G + "Comedy"],
  dislike=[P + "Eddie Murphy"])
R("bystander", "My partner's a huge Bogart person. I'm the sci-fi nerd, so something like Blade Runner for me",
  like=[G + "Sci-Fi"], like_items=["Blade Runner (1982)"])
R("bystander", "Jack Nicholson, meh, take him or leave him. Thrillers are what I'm after", like=[G + "Thriller"])
R("bystander", "my grandma only watches Fred Astaire. For me, please, no musicals", dislike=[G + "Musical"])
R("bystander", "Not sure if Sandra Bullock is still making films, but I'd love an action thriller like Speed",
  like=[G + "Action", G + "Thriller"], like_items=["Speed (1994)"])
R("bystander", "Whether it's Coppola or not doesn't matter, I just don't want a gangster film",
  dislike=[G + "Crime"])
R("bystander", "The wife's a Branagh fan. Me, I'll take an old mystery like The 39 Steps",
  like=[G + "Mystery"], like_items=["The 39 Steps (1935)"])

# ---------------------------------------------------------------------------------------------------- era_people
R("era_people", "Give me 1950s Hitchcock", like=[D + "1950s", P + "Alfred Hitchcock"])
R("era_people", "nothing before 1970, not even the classics", year=(1970, None))
R("era_people", "I love 30s screwball, Cary Grant especially", like=[D + "1930s", P + "Cary Grant"],
  ok=["+genre:Comedy"])
R("era_people", "Scorsese in the 70s was untouchable", like=[D + "1970s", P + "Martin Scorsese"])
R("era_people", "the 80s were a cinematic wasteland if you ask me", dislike=[D + "1980s"])
R("era_people", "anything from the 90s with Samuel L. Jackson", like=[D + "1990s", P + "Samuel L. Jackson"])
R("era_people", "no black and white, nothing older than 1960", year=(1960, None))
R("era_people", "1940s film noir is my happy place", like=[D + "1940s", G + "Film-Noir"])
R("era_people", "keep it in the 1990s; I'm not touching anything from the 70s", like=[D + "1990s"],
  dislike=[D + "1970s"])
R("era_people", "silent era stuff from the 1920s, like Nosferatu", like=[D + "1920s"],
  like_items=["Nosferatu (Nosferatu, eine Symphonie des Grauens) (1922)"])
R("era_people", "I'm done with the 60s, everything looks like a postcard", dislike=[D + "1960s"])
R("era_people", "Early Woody Allen, the 70s stuff like Annie Hall", like=[D + "1970s", P + "Woody Allen"],
  like_items=["Annie Hall (1977)"])
R("era_people", "Not the 1950s, please, I keep falling asleep", dislike=[D + "1950s"])
R("era_people", "Something from 1985 onwards with Harrison Ford", year=(1985, None), like=[P + "Harrison Ford"])
R("era_people", "Fred Astaire in the 30s, top hat and tails, the works", like=[D + "1930s", P + "Fred Astaire"])
R("era_people", "Honestly the 1940s bore me stiff, Bogart included", dislike=[D + "1940s", P + "Humphrey Bogart"])
R("era_people", "A 1960s western with Clint would be ideal", like=[D + "1960s", G + "Western", P + "Clint Eastwood"])
R("era_people", "nothing made before 1990, I like modern-looking films", year=(1990, None))
R("era_people", "I've had it with 80s action, no Stallone, no Arnie", dislike=[D + "1980s", G + "Action",
                                                                             P + "Sylvester Stallone",
                                                                             P + "Arnold Schwarzenegger"])


if __name__ == "__main__":
    main()
