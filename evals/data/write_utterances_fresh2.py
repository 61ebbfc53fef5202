"""Writes evals/data/utterances_fresh2.jsonl: a second fresh held-out batch of `idiom` utterances (see README.md
here, "Second fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (03:05-04:15 UTC) by H1, before and independently of that day's change to the
stance reader (issue 21, by H3): the writer did not open the stance readers (tools/stance.py,
tools/stance_values.py, tools/polarity.py, tools/feedback*.py, tools/lexicon.py, agent/stance_llm.py,
agent/understand.py, agent/feedback_llm.py), their dev sentences (evals/data/stance_dev.py) or the judge notes,
ran no reader on these sentences, and did not read the `idiom` records of utterances.jsonl. The first fresh batch
(write_utterances_fresh.py) was read for its schema and conventions; none of its sentences is reused. The
reader's author is not to read this file or its output. Every gold label is what a careful reader takes the
sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below; kept here, not in the jsonl). Records
are written with write_utterances.R and resolved by write_utterances.build / main (the same label and
vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade, rating or year
bound the catalogue lacks. Run:
    python -m cesrec.evals.data.write_utterances_fresh2
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch
from cesrec.evals.data.write_utterances import DRAMA, HORROR, KIDS, OLD_DECADES, SCIFI, WESTERN, D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh2.jsonl"
FIRST_FRESH = HERE / "utterances_fresh.jsonl"
BATCH = "fresh2-2026-12-05"
CLS = "idiom"

TOPICS = {
    "enthusiasm": "enthusiasm in words that look negative",
    "satiety": "satiety / aversion idioms that are refusals",
    "litotes": "litotes (a yes said as a weak negative)",
    "double_neg": "double negation",
    "except": "nothing but / anything but / except / other than / minus",
    "cant_get_enough": "'can't get enough' said in new ways",
    "never_old": "'never gets old' said in new ways (and one 'aged like milk')",
    "comparison": "comparisons: X over Y, rather X than Y, X beats Y",
    "mixed": "two clauses, one value liked and one refused",
    "polite": "polite refusals in positive words",
    "plain": "plain controls",
    "question": "questions, rhetorical or with a refusal tacked on",
    "era": "era stances: year bounds and decades",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=(FIRST_FRESH,))  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


def R(topic: str, text: str, **kwargs) -> None:
    """write_utterances.R for this batch (class idiom), with the record's topic."""
    FRESH.add(text, topic, **kwargs)


OLDER_THAN_80S = [f"-decade:{d}" for d in OLD_DECADES]  # "nothing older than the 80s": each old decade refused

# ---------------------------------------------------------------------------------------------------- enthusiasm
T = "enthusiasm"
R(T, "i'd kill for another Jackie Chan flick rn", like=[P + "Jackie Chan"])
R(T, "sue me, I love Adam Sandler movies", like=[P + "Adam Sandler"])
R(T, "musicals are my achilles heel (in a good way)", like=[G + "Musical"])
R(T, "Scorsese is a bad influence on me, I've seen Taxi Driver like 20 times", like=[P + "Martin Scorsese"],
  ok=["+item:Taxi Driver (1976)"])
R(T, "Harrison Ford ruined every other action hero for me", like=[P + "Harrison Ford"], ok=["+genre:Action"])
R(T, "horror movies are a disease and I have no cure \U0001f62d gimme more", like=[G + "Horror"])
R(T, "stop me before I watch another Gene Kelly musical... actually don't stop me",
  like=[P + "Gene Kelly", G + "Musical"])
R(T, "Leslie Nielsen is a complete idiot on screen and I adore him", like=[P + "Leslie Nielsen"])
R(T, "westerns are a problem for me. like i literally cannot stop watching them", like=[G + "Western"])
R(T, "The Princess Bride is dangerously quotable, find me more like it", like_items=["The Princess Bride (1987)"])
R(T, "i'm obsessed to an unhealthy degree with 40s screwball comedies", like=[D + "1940s", G + "Comedy"],
  desc=None)
R(T, "Christopher Walken is deranged and I am here for it", like=[P + "Christopher Walken"])
R(T, "sci-fi will be the death of me, keep it coming", like=[G + "Sci-Fi"])
R(T, "I'm hopeless when it comes to Audrey Hepburn, show me everything", like=[P + "Audrey Hepburn"])
R(T, "fargo is sick. like actually disgusting how good it is", like_items=["Fargo (1996)"])
R(T, "ugh Meg Ryan. I hate how much I love her", like=[P + "Meg Ryan"])
R(T, "adventure movies are my drug of choice, the bigger the jungle the better", like=[G + "Adventure"],
  desc=None)

# ---------------------------------------------------------------------------------------------------- satiety
T = "satiety"
R(T, "I've had my fill of war films this year", dislike=[G + "War"])
R(T, "Stallone flicks? not my cup of tea, not even with sugar", dislike=[P + "Sylvester Stallone"],
  note="surname only")
R(T, "I'm so over Tom Cruise", dislike=[P + "Tom Cruise"])
R(T, "i'm sick to death of Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "horror has run its course for me", dislike=[G + "Horror"])
R(T, "I've seen enough Schwarzenegger to last a lifetime", dislike=[P + "Arnold Schwarzenegger"],
  note="surname only")
R(T, "Disney cartoons? I OD'd on those years ago", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "documentaries leave me cold", dislike=[G + "Documentary"])
R(T, "Kubrick just isn't my thing", dislike=[P + "Stanley Kubrick"], note="surname only")
R(T, "romance is a bit much for me at the mo", dislike=[G + "Romance"])
R(T, "pretty sure I'm allergic to Pauly Shore", dislike=[P + "Pauly Shore"])
R(T, "the 70s have worn out their welcome with me", dislike=[D + "1970s"])
R(T, "Fantasy stuff? that ship has sailed for me", dislike=[G + "Fantasy"])
R(T, "thrillers have lost their spark for me", dislike=[G + "Thriller"])
R(T, "I'm all Julia Roberts'd out", dislike=[P + "Julia Roberts"])
R(T, "mysteries are past their sell-by date for me", dislike=[G + "Mystery"])
R(T, "i'm saddle-sore from all these westerns, switch it up", dislike=[G + "Western"], shown=WESTERN)
R(T, "ugh, I've had my fill of these weepies", dislike=[G + "Drama"], shown=DRAMA, desc=None)

# ---------------------------------------------------------------------------------------------------- litotes
T = "litotes"
R(T, "I wouldn't hate a Western tonight", like=[G + "Western"])
R(T, "a Bill Murray movie wouldn't be the worst thing", like=[P + "Bill Murray"])
R(T, "Kenneth Branagh's Shakespeare films aren't half bad", like=[P + "Kenneth Branagh"], desc=None)
R(T, "not gonna lie, the 50s aren't too shabby", like=[D + "1950s"])
R(T, "I'm not averse to a bit of Sharon Stone", like=[P + "Sharon Stone"])
R(T, "can't say I'd turn down a Spielberg", like=[P + "Steven Spielberg"], note="surname only")
R(T, "fantasy doesn't suck, I guess. go on then", like=[G + "Fantasy"])
R(T, "Die Hard is no slouch, more in that vein", like_items=["Die Hard (1988)"])
R(T, "a mystery is hardly a bad shout for tonight", like=[G + "Mystery"])
R(T, "animation isn't off the table for me", like=[G + "Animation"])
R(T, "Gregory Peck? I could do a lot worse", like=[P + "Gregory Peck"])
R(T, "I don't dislike war movies, stick one on", like=[G + "War"])
R(T, "an adventure film wouldn't go down badly", like=[G + "Adventure"])

# ---------------------------------------------------------------------------------------------------- double negation
T = "double_neg"
R(T, "no way I'd skip a Coppola film", like=[P + "Francis Ford Coppola"], note="surname only")
R(T, "I never don't enjoy a Kurt Russell movie", like=[P + "Kurt Russell"])
R(T, "I can't not rewatch Casablanca every winter", like_items=["Casablanca (1942)"])
R(T, "nobody could make me not like Tom Hanks", like=[P + "Tom Hanks"])
R(T, "not a single Jodie Foster film I've disliked", like=[P + "Jodie Foster"])
R(T, "I never said I didn't want a thriller. put one on", like=[G + "Thriller"])
R(T, "it's not like documentaries aren't boring. they are. skip", dislike=[G + "Documentary"])
R(T, "no, I don't NOT hate musicals. I hate them.", dislike=[G + "Musical"])
R(T, "I've never not enjoyed a Clint Eastwood western", like=[P + "Clint Eastwood", G + "Western"])
R(T, "never not in the mood for an action movie", like=[G + "Action"])
R(T, "there isn't a crime movie I don't like", like=[G + "Crime"])

# ---------------------------------------------------------------------------------------------------- except
T = "except"
R(T, "anything but horror, I'm a total wimp", dislike=[G + "Horror"])
R(T, "nothing but Cary Grant for me tonight", like=[P + "Cary Grant"])
R(T, "any genre except romance", dislike=[G + "Romance"])
R(T, "any decade other than the 60s", dislike=[D + "1960s"])
R(T, "i'll watch whatever, other than Steven Seagal", dislike=[P + "Steven Seagal"])
R(T, "only comedies this week, nothing else", like=[G + "Comedy"])
R(T, "honestly anything goes except kids movies", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "give me anything that isn't a Michael Bay movie", dislike=[P + "Michael Bay"])
R(T, "nothing but westerns and war films from now on", like=[G + "Western", G + "War"])
R(T, "any actor but Keanu", dislike=[P + "Keanu Reeves"], note="first name only")
R(T, "any sci-fi is fine other than Starship Troopers", like=[G + "Sci-Fi"],
  dislike_items=["Starship Troopers (1997)"])
R(T, "the whole Bogart back catalogue, minus The Big Sleep", like=[P + "Humphrey Bogart"],
  dislike_items=["The Big Sleep (1946)"], note="surname only")
R(T, "nothing but the 30s and 40s tonight pls", like=[D + "1930s", D + "1940s"])
R(T, "other than Hugh Grant I'm easy", dislike=[P + "Hugh Grant"])
R(T, "i'm up for any adventure movie bar Cutthroat Island", like=[G + "Adventure"],
  dislike_items=["Cutthroat Island (1995)"])

# ---------------------------------------------------------------------------------------------------- can't get enough
T = "cant_get_enough"
R(T, "I could mainline Robin Williams films all day", like=[P + "Robin Williams"])
R(T, "my appetite for westerns is bottomless", like=[G + "Western"])
R(T, "there's no such thing as too much Sean Connery", like=[P + "Sean Connery"])
R(T, "more Hitchcock. and then more. and then more after that", like=[P + "Alfred Hitchcock"],
  note="surname only")
R(T, "i'm insatiable when it comes to documentaries", like=[G + "Documentary"])
R(T, "I go through Sandra Bullock movies like popcorn", like=[P + "Sandra Bullock"])
R(T, "comedies till my sides split please, then a few more", like=[G + "Comedy"])
R(T, "I've watched every Mel Brooks movie and I'm still hungry for more", like=[P + "Mel Brooks"])
R(T, "the more 80s it is the happier I am", like=[D + "1980s"])
R(T, "thrillers are like crisps, I can never stop at one", like=[G + "Thriller"])
R(T, "my watchlist is 90% Denzel and I want it at 100", like=[P + "Denzel Washington"], note="first name only")
R(T, "a film noir marathon? I'd never want it to end", like=[G + "Film-Noir"])

# ---------------------------------------------------------------------------------------------------- never gets old
T = "never_old"
R(T, "Singin' in the Rain hits just as hard on the tenth watch", like_items=["Singin' in the Rain (1952)"])
R(T, "Jaws is as fresh today as the day it came out", like_items=["Jaws (1975)"])
R(T, "some films you can rewatch forever and Alien is one of them", like_items=["Alien (1979)"])
R(T, "holy grail - i can recite the whole thing and it still cracks me up",
  like_items=["Monty Python and the Holy Grail (1974)"], note="short title")
R(T, "Toy Story holds up every single time", like_items=["Toy Story (1995)"])
R(T, "Gene Wilder's stuff ages like fine wine", like=[P + "Gene Wilder"])
R(T, "Blade Runner gets better every time I rewatch it", like_items=["Blade Runner (1982)"])
R(T, "honestly Terminator 2 has aged like milk", dislike_items=["Terminator 2: Judgment Day (1991)"])
R(T, "My Fair Lady every christmas without fail, and I'm still not sick of it",
  like_items=["My Fair Lady (1964)"])
R(T, "john hughes movies will never stop being comfort food for me", like=[P + "John Hughes"])
R(T, "E.T. is timeless. got anything with that kind of magic?", like_items=["E.T. the Extra-Terrestrial (1982)"],
  desc=None)
R(T, "number 4 I could watch on repeat forever, more like that", like_items=["Twelve Monkeys (1995)"],
  shown=SCIFI)
R(T, "the second one, I've worn out the tape and I'd still watch it again", like_items=["Aladdin (1992)"],
  shown=KIDS)
R(T, "number four still gives me chills after all these years, more like that",
  like_items=["Psycho (1960)"], shown=HORROR)

# ---------------------------------------------------------------------------------------------------- comparisons
T = "comparison"
R(T, "Roger Moore over Pierce Brosnan, no contest", like=[P + "Roger Moore"], dislike=[P + "Pierce Brosnan"])
R(T, "I'd rather watch paint dry than sit through another musical", dislike=[G + "Musical"])
R(T, "I'd pick a documentary before a thriller", like=[G + "Documentary"], dislike=[G + "Thriller"])
R(T, "westerns beat sci-fi hands down", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "Jack Nicholson > Al Pacino, fight me", like=[P + "Jack Nicholson"], dislike=[P + "Al Pacino"])
R(T, "give me the 40s instead of the 80s", like=[D + "1940s"], dislike=[D + "1980s"])
R(T, "Keaton's Batman over Kilmer's, every time", like_items=["Batman (1989)"],
  dislike_items=["Batman Forever (1995)"], ok=["+person:Michael Keaton", "-person:Val Kilmer"])
R(T, "Emma Thompson wins over Meryl Streep for me", like=[P + "Emma Thompson"], dislike=[P + "Meryl Streep"])
R(T, "crime movies trump romcoms any night of the week", like=[G + "Crime"],
  dislike=[G + "Romance", G + "Comedy"])
R(T, "I prefer horror to comedy, always have", like=[G + "Horror"], dislike=[G + "Comedy"])
R(T, "id sooner rewatch Aliens than sit through Alien: Resurrection", like_items=["Aliens (1986)"],
  dislike_items=["Alien: Resurrection (1997)"])
R(T, "Paul Newman over Robert Redford, sorry Bob", like=[P + "Paul Newman"], dislike=[P + "Robert Redford"])
R(T, "90s stuff is way better than 70s stuff, more 90s please", like=[D + "1990s"], dislike=[D + "1970s"])
R(T, "a war film sounds way better to me than some fantasy thing", like=[G + "War"], dislike=[G + "Fantasy"])
R(T, "I'd choose Ingrid Bergman over Marilyn Monroe any day", like=[P + "Ingrid Bergman"],
  dislike=[P + "Marilyn Monroe"])

# ---------------------------------------------------------------------------------------------------- two-clause mixes
T = "mixed"
R(T, "The Usual Suspects blew my mind but Seven was just grim", like_items=["The Usual Suspects (1995)"],
  dislike_items=["Seven (Se7en) (1995)"])
R(T, "Jim Carrey makes me laugh, Adam Sandler makes me cringe", like=[P + "Jim Carrey"],
  dislike=[P + "Adam Sandler"])
R(T, "I'm up for a thriller but keep Nicolas Cage far away from it", like=[G + "Thriller"],
  dislike=[P + "Nicolas Cage"])
R(T, "the 50s charm me, the 60s bore me", like=[D + "1950s"], dislike=[D + "1960s"])
R(T, "love a good western, can't stand John Wayne though", like=[G + "Western"], dislike=[P + "John Wayne"])
R(T, "drama's great, Oliver Stone's dramas not so much", like=[G + "Drama"], dislike=[P + "Oliver Stone"])
R(T, "Titanic had me in tears (good ones), Braveheart had me asleep", like_items=["Titanic (1997)"],
  dislike_items=["Braveheart (1995)"])
R(T, "action's cool, just nothing with Wesley Snipes", like=[G + "Action"], dislike=[P + "Wesley Snipes"])
R(T, "adore Winona Ryder, can't do Gwyneth Paltrow", like=[P + "Winona Ryder"], dislike=[P + "Gwyneth Paltrow"])
R(T, "fantasy? absolutely. horror? absolutely not", like=[G + "Fantasy"], dislike=[G + "Horror"])
R(T, "a Spielberg film sounds good, as long as it isn't The Lost World", like=[P + "Steven Spielberg"],
  dislike_items=["The Lost World: Jurassic Park (1997)"], note="short title")
R(T, "I'll watch Mel Gibson in anything. except Maverick. no.", like=[P + "Mel Gibson"],
  dislike_items=["Maverick (1994)"])
R(T, "scream was a blast, scream 2 was a cash grab", like_items=["Scream (1996)"],
  dislike_items=["Scream 2 (1997)"])
R(T, "keep the comedies coming but lose the Dan Aykroyd ones", like=[G + "Comedy"], dislike=[P + "Dan Aykroyd"])
R(T, "sci-fi is my jam, war films are my nap time", like=[G + "Sci-Fi"], dislike=[G + "War"])
R(T, "honestly the 80s were peak, the 20s can stay silent", like=[D + "1980s"], dislike=[D + "1920s"])
R(T, "Mary Poppins = pure joy. The Sound of Music = three hours of nope",
  like_items=["Mary Poppins (1964)"], dislike_items=["The Sound of Music (1965)"])
R(T, "Denzel's great but Philadelphia was way too heavy for me", like=[P + "Denzel Washington"],
  dislike_items=["Philadelphia (1993)"], note="first name only")
R(T, "mysteries are fun, kids' films are not", like=[G + "Mystery"], dislike=[G + "Children's"])
R(T, "i dig Goldie Hawn but Whoopi Goldberg grates on me", like=[P + "Goldie Hawn"],
  dislike=[P + "Whoopi Goldberg"])

# ---------------------------------------------------------------------------------------------------- polite refusals
T = "polite"
R(T, "I'm all set on romances, thank you!", dislike=[G + "Romance"])
R(T, "thanks so much, but I'll give the Dolph Lundgren stuff a miss", dislike=[P + "Dolph Lundgren"])
R(T, "that's sweet of you but westerns aren't for me tonight", dislike=[G + "Western"])
R(T, "appreciate it, but I'll skip the Woody Allen ones", dislike=[P + "Woody Allen"])
R(T, "think I'll be good without cartoons this month, cheers \U0001f60a", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "kind of you to suggest 80s stuff, but no thanks this time", dislike=[D + "1980s"])
R(T, "I'll leave the musicals to the theatre kids, thanks", dislike=[G + "Musical"])
R(T, "Sense and Sensibility is lovely, I'm sure, but not for me thanks",
  dislike_items=["Sense and Sensibility (1995)"])
R(T, "I'm happy to let the Bruce Willis films pass me by", dislike=[P + "Bruce Willis"])
R(T, "happy to skip anything sci-fi tonight, ta", dislike=[G + "Sci-Fi"])
R(T, "perfectly content to live without David Lynch", dislike=[P + "David Lynch"])
R(T, "love that you thought of me, but I'll let thrillers go this time", dislike=[G + "Thriller"])
R(T, "grateful for the idea but PG-13 stuff feels too tame, I'll decline", dislike=["rated:PG-13"],
  desc=None)
R(T, "cheers, but I'm fine without Hercules", dislike_items=["Hercules (1997)"])
R(T, "mysteries are lovely, really, just not what I'm after", dislike=[G + "Mystery"])
R(T, "adventure films are great for some people, I'll kindly pass", dislike=[G + "Adventure"])

# ---------------------------------------------------------------------------------------------------- plain controls
T = "plain"
R(T, "i love comedies", like=[G + "Comedy"])
R(T, "no horror please", dislike=[G + "Horror"])
R(T, "I like Tom Hanks", like=[P + "Tom Hanks"])
R(T, "no Eddie Murphy please", dislike=[P + "Eddie Murphy"])
R(T, "something with Julie Andrews", like=[P + "Julie Andrews"])
R(T, "I don't like westerns", dislike=[G + "Western"])
R(T, "I like films from the 70s", like=[D + "1970s"])
R(T, "not a fan of animation", dislike=[G + "Animation"])
R(T, "I liked Jumanji", like_items=["Jumanji (1995)"])
R(T, "I didn't like Speed", dislike_items=["Speed (1994)"])
R(T, "i want a war movie", like=[G + "War"])
R(T, "no fantasy", dislike=[G + "Fantasy"])
R(T, "Show me Clint Eastwood films", like=[P + "Clint Eastwood"])
R(T, "don't show me anything with Whoopi Goldberg", dislike=[P + "Whoopi Goldberg"])
R(T, "I enjoy film noir", like=[G + "Film-Noir"])
R(T, "no documentaries", dislike=[G + "Documentary"])
R(T, "I hate romance movies", dislike=[G + "Romance"])

# ---------------------------------------------------------------------------------------------------- questions
T = "question"
R(T, "any good war films? nothing with John Wayne though", like=[G + "War"], dislike=[P + "John Wayne"])
R(T, "Do you have anything with Robin Williams? Not Flubber though", like=[P + "Robin Williams"],
  dislike_items=["Flubber (1997)"])
R(T, "can you find me a thriller? preferably no Michael Douglas", like=[G + "Thriller"],
  dislike=[P + "Michael Douglas"])
R(T, "is there anything from the 40s? not war stuff tho", like=[D + "1940s"], dislike=[G + "War"])
R(T, "why would I want another romance? show me some action", like=[G + "Action"], dislike=[G + "Romance"])
R(T, "who needs musicals when you've got westerns?", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "Any Cary Grant you'd recommend?", like=[P + "Cary Grant"])
R(T, "could you do a horror that isn't Scream?", like=[G + "Horror"], dislike_items=["Scream (1996)"])
R(T, "anything from the 60s? bonus points if it's got Peter Sellers", like=[D + "1960s", P + "Peter Sellers"])
R(T, "how about some fantasy? no kiddie stuff though", like=[G + "Fantasy"], dislike=[G + "Children's"])
R(T, "ok but do you have anything that ISN'T sci-fi??", dislike=[G + "Sci-Fi"])
R(T, "got any crime films that aren't Tarantino?", like=[G + "Crime"], dislike=[P + "Quentin Tarantino"],
  note="surname only")
R(T, "what's the best Sigourney Weaver film you've got? just not Alien 3 please", like=[P + "Sigourney Weaver"],
  dislike_items=["Alien 3 (1992)"])
R(T, "rated G? I'm not five. something grown-up please", dislike=["rated:G"])

# ---------------------------------------------------------------------------------------------------- era stances
T = "era"
R(T, "pls nothing older than the 80s, the old stuff creaks", year=(1980, None), ok=OLDER_THAN_80S)
R(T, "90s or newer only", year=(1990, None), ok=["+decade:1990s"])
R(T, "keep it pre-1970 please", year=(None, 1969))
R(T, "I draw the line at anything before 1960", year=(1960, None))
R(T, "nothing after 1980 thank you, modern films are too loud", year=(None, 1980))
R(T, "the 20s and 30s are way too old for me", dislike=[D + "1920s", D + "1930s"])
R(T, "the 30s, 40s and 50s, golden age hollywood, that's my zone",
  like=[D + "1930s", D + "1940s", D + "1950s"])
R(T, "no 90s stuff, it all looks the same", dislike=[D + "1990s"])
R(T, "only stuff up to 1975, nothing newer", year=(None, 1975))
R(T, "sixties onwards, nothing earlier", year=(1960, None))
R(T, "older than 1950 please, I want proper classics", year=(None, 1949))
R(T, "i'm done with the 50s, give me something from the 70s", like=[D + "1970s"], dislike=[D + "1950s"])
R(T, "made after 1993 or don't bother", year=(1994, None))
R(T, "the 60s are my happy place", like=[D + "1960s"])


if __name__ == "__main__":
    main()
