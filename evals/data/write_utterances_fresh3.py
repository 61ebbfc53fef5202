"""Writes evals/data/utterances_fresh3.jsonl: a third fresh held-out batch of `idiom` utterances (see README.md
here, "Third fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (06:01-06:15 UTC) by F3, before and apart from that day's change to the stance
reader (issue 21, item 4, by S): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback*.py, tools/lexicon.py, agent/stance_llm.py, agent/understand.py, agent/feedback_llm.py), their dev
sentences (evals/data/stance_dev.py) or the judge notes, ran no reader or benchmark on these sentences, and did
not read the `idiom` records of utterances.jsonl or the record lists of the first two fresh batches (their
writers' docstrings and helper functions were read for the schema and conventions; one grep for the layout of
write_utterances_fresh2.py showed its first ~50 records, whose idioms are not reused here). The reader's author
is not to read this file or its output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below; kept here, not in the jsonl). Records
are written with write_utterances.R and resolved by write_utterances.build / main (the same label and
vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade, rating or year
bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh3
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch
from cesrec.evals.data.write_utterances import HORROR, ROMANCE, D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh3.jsonl"
OTHER_FILES = (HERE / "utterances.jsonl", HERE / "utterances_fresh.jsonl", HERE / "utterances_fresh2.jsonl")
BATCH = "fresh3-2026-12-05"
CLS = "idiom"

TOPICS = {
    "enthusiasm": "enthusiasm in words that look negative",
    "satiety": "satiety / aversion idioms that are refusals",
    "litotes": "litotes (a yes said as a weak negative)",
    "double_neg": "double negation (most resolve to a yes, some to a no)",
    "except": "nothing but / anything but / except / other than / bar / save for",
    "cant_get_enough": "'can't get enough' said in new ways",
    "never_old": "'never gets old' said in new ways (and one 'has not aged well')",
    "comparison": "comparisons: X over Y, X beats Y, rather X than Y (the loser is refused)",
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
R(T, "ok i have a serious problem with film noir and the problem is i need more of it", like=[G + "Film-Noir"])
R(T, "jim carrey is so stupid in everything and i'm crying laughing every time, more pls", like=[P + "Jim Carrey"])
R(T, "war movies wreck me every single time and i keep coming back for more", like=[G + "War"])
R(T, "Tarantino movies are filthy and i mean that as the highest compliment", like=[P + "Quentin Tarantino"],
  note="surname only")
R(T, "monster movies are trash and i am a raccoon \U0001f99d feed me", like=[G + "Horror"], ok=["+genre:Sci-Fi"])
R(T, "damn you Hitchcock for making me check the shower curtain every night. more of him",
  like=[P + "Alfred Hitchcock"], note="surname only")
R(T, "documentaries are my guilty pleasure, the nerdier the worse (better)", like=[G + "Documentary"])
R(T, "Nicolas Cage is unhinged in the best possible way lol", like=[P + "Nicolas Cage"])
R(T, "cheesy 80s action is criminally underrated and i will die on this hill", like=[D + "1980s", G + "Action"])
R(T, "the coen brothers have spoiled me rotten, nobody else does weird like them", like=[P + "Joel Coen"],
  ok=["+person:Ethan Coen"], note="the brothers, no first name")
R(T, "sappy romance is my kryptonite and i've stopped fighting it", like=[G + "Romance"])
R(T, "animated stuff makes me ugly cry and i keep pressing play anyway, give me another", like=[G + "Animation"])
R(T, "Robin Williams is an absolute menace and i mean that lovingly", like=[P + "Robin Williams"])
R(T, "mysteries keep me up way past bedtime, terrible for my job, pls recommend one", like=[G + "Mystery"])

# ---------------------------------------------------------------------------------------------------- satiety
T = "satiety"
R(T, "i've hit my quota of musicals for the decade", dislike=[G + "Musical"])
R(T, "honestly I'm full up on superhero-y action flicks, pass", dislike=[G + "Action"], desc=None)
R(T, "Eddie Murphy gets on my last nerve", dislike=[P + "Eddie Murphy"])
R(T, "sci-fi and i need a break from each other", dislike=[G + "Sci-Fi"])
R(T, "if i see one more courtroom drama i'm throwing the remote", dislike=[G + "Drama"], desc=None)
R(T, "zombies, vampires, whatever... horror's been done to death for me", dislike=[G + "Horror"])
R(T, "i'm burnt out on Tom Hanks tbh", dislike=[P + "Tom Hanks"])
R(T, "romcoms make my teeth hurt at this point", dislike=[G + "Romance", G + "Comedy"])
R(T, "Wesley Snipes is a hard no forever", dislike=[P + "Wesley Snipes"])
R(T, "kids' movies? been there done that, mine are teenagers now", dislike=[G + "Children's"])
R(T, "westerns put me straight to sleep", dislike=[G + "Western"])
R(T, "the 60s stuff is starting to feel like homework", dislike=[D + "1960s"])
R(T, "thrillers have stopped doing anything for me", dislike=[G + "Thriller"])
R(T, "i'm maxed out on Woody Allen neurotics", dislike=[P + "Woody Allen"])
R(T, "fantasy has me glazing over these days, elves and dragons and blah blah", dislike=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------- litotes
T = "litotes"
R(T, "a documentary is not the dumbest idea you've had", like=[G + "Documentary"])
R(T, "i'm not exactly unhappy when Michelle Pfeiffer shows up on screen", like=[P + "Michelle Pfeiffer"])
R(T, "war films are far from boring for me", like=[G + "War"])
R(T, "Meryl Streep isn't what i'd call a weak actress, put one on", like=[P + "Meryl Streep"])
R(T, "a musical wouldn't exactly ruin my night", like=[G + "Musical"])
R(T, "sci-fi from the 70s isn't the least bit dull to me", like=[G + "Sci-Fi", D + "1970s"])
R(T, "crime movies are no small part of why i love film", like=[G + "Crime"])
R(T, "Sean Connery was never a letdown for me", like=[P + "Sean Connery"])
R(T, "film noir hardly ever dissapoints", like=[G + "Film-Noir"], note="misspelt")
R(T, "adventure flicks aren't a tough sell with me", like=[G + "Adventure"])
R(T, "i'm far from indifferent to Jodie Foster", like=[P + "Jodie Foster"])
R(T, "a bit of animation would not go amiss tonight", like=[G + "Animation"])
R(T, "i wouldn't say no to something from the 40s", like=[D + "1940s"])
R(T, "thrillers don't leave me unmoved, put it that way", like=[G + "Thriller"])

# ---------------------------------------------------------------------------------------------------- double negation
T = "double_neg"
R(T, "i'm not NOT in the mood for a mystery", like=[G + "Mystery"])
R(T, "it's not that i don't like westerns, i just like them a LOT", like=[G + "Western"])
R(T, "never have i not enjoyed a Tim Burton movie", like=[P + "Tim Burton"])
R(T, "there's no horror film i don't want to see", like=[G + "Horror"])
R(T, "i can't say i don't love a good heist movie", like=[G + "Crime"], ok=["+genre:Thriller"], desc=None)
R(T, "not one Spike Lee joint i didn't like", like=[P + "Spike Lee"])
R(T, "don't not show me comedies lol", like=[G + "Comedy"])
R(T, "it isn't that i can't stand romance... ok no, i really can't stand it", dislike=[G + "Romance"])
R(T, "no way i'm not watching something with Morgan Freeman tonight", like=[P + "Morgan Freeman"])
R(T, "i don't dislike Anthony Hopkins, i'm fully obsessed", like=[P + "Anthony Hopkins"])
R(T, "not that i'm against fantasy, it's actually my fave", like=[G + "Fantasy"])
R(T, "i never said i didn't want action... i want action", like=[G + "Action"])
R(T, "nobody could make me not want a war movie", like=[G + "War"])
R(T, "it's not untrue that i hate documentaries", dislike=[G + "Documentary"])

# ---------------------------------------------------------------------------------------------------- nothing but / anything but / except
T = "except"
R(T, "anything but horror tonight pls, i'm home alone", dislike=[G + "Horror"])
R(T, "nothing but cartoons for the kids' sleepover", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "i'll watch whatever except westerns", dislike=[G + "Western"])
R(T, "every genre is fine other than musicals", dislike=[G + "Musical"])
R(T, "gimme nothing but film noir this weekend, a full noir marathon", like=[G + "Film-Noir"])
R(T, "literally anything other than Demi Moore", dislike=[P + "Demi Moore"])
R(T, "all the genres work for me bar sci-fi", dislike=[G + "Sci-Fi"])
R(T, "anything but 90s stuff, i lived through it once already", dislike=[D + "1990s"])
R(T, "nothing but Cary Grant on my watchlist this month", like=[P + "Cary Grant"])
R(T, "i eat up every genre save for documentaries", dislike=[G + "Documentary"])
R(T, "no preference except NOT war", dislike=[G + "War"])
R(T, "it can be anything at all apart from a romance", dislike=[G + "Romance"])
R(T, "i'll take everything Jack Nicholson's done except the horror ones", like=[P + "Jack Nicholson"],
  dislike=[G + "Horror"])
R(T, "nothing but crime and thrillers for me, period", like=[G + "Crime", G + "Thriller"])

# ---------------------------------------------------------------------------------------------------- can't get enough
T = "cant_get_enough"
R(T, "i could mainline Sandra Bullock movies all weekend", like=[P + "Sandra Bullock"])
R(T, "my appetite for thrillers is bottomless", like=[G + "Thriller"])
R(T, "there's no such thing as too much Mel Brooks", like=[P + "Mel Brooks"])
R(T, "i keep going back for seconds and thirds on space sci-fi", like=[G + "Sci-Fi"], ok=["+genre:Adventure"])
R(T, "give me musicals till i drop", like=[G + "Musical"])
R(T, "adventure movies? my tank never runs dry", like=[G + "Adventure"])
R(T, "i would happily drown in 50s melodramas", like=[D + "1950s", G + "Drama"], ok=["+genre:Romance"])
R(T, "my watchlist is 90% Jeff Goldblum and i want the other 10% to be him too", like=[P + "Jeff Goldblum"])
R(T, "comedy is like chips for me, one is never enough", like=[G + "Comedy"])
R(T, "the more Bruce Willis explosions the merrier", like=[P + "Bruce Willis"], ok=["+genre:Action"])
R(T, "i'm insatiable when it comes to whodunits", like=[G + "Mystery"])
R(T, "twenty mob movies in a row and i'd still ask for one more", like=[G + "Crime"])

# ---------------------------------------------------------------------------------------------------- never gets old
T = "never_old"
R(T, "Groundhog Day never wears thin for me, more like it", like_items=["Groundhog Day (1993)"])
R(T, "john wayne westerns stay fresh no matter how many times i rewatch", like=[P + "John Wayne"],
  ok=["+genre:Western"])
R(T, "Back to the Future is evergreen in this house", like_items=["Back to the Future (1985)"])
R(T, "the 80s never lose their shine for me", like=[D + "1980s"])
R(T, "casablanca somehow gets better every rewatch", like_items=["Casablanca (1942)"])
R(T, "Steve Martin's bits are timeless, i laugh like it's the first time", like=[P + "Steve Martin"])
R(T, "old war films have aged like fine wine", like=[G + "War"])
R(T, "Ace Ventura has not aged well at all, cringe", dislike_items=["Ace Ventura: Pet Detective (1994)"],
  ok=["-item:Ace Ventura: When Nature Calls (1995)"], note="title without subtitle")
R(T, "the original star wars trilogy is my comfort rewatch, forever and always",
  like_items=["Star Wars (1977)", "The Empire Strikes Back (1980)", "Return of the Jedi (1983)"])
R(T, "i've literally worn out two VHS copies of Dirty Dancing and i'd buy a third",
  like_items=["Dirty Dancing (1987)"])
R(T, "Katharine Hepburn's banter is still razor sharp after all these decades", like=[P + "Katharine Hepburn"])
R(T, "slasher flicks? been watching them since i was 12 and still not bored", like=[G + "Horror"])
R(T, "the holy grail is the gift that keeps on giving", like_items=["Monty Python and the Holy Grail (1974)"],
  note="partial title")

# ---------------------------------------------------------------------------------------------------- comparisons
T = "comparison"
R(T, "i'd take a western over a musical any day", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "Bogart beats Cary Grant every time", like=[P + "Humphrey Bogart"], dislike=[P + "Cary Grant"],
  note="surname only")
R(T, "rather watch paint dry than another romcom, give me a thriller", like=[G + "Thriller"],
  dislike=[G + "Romance", G + "Comedy"])
R(T, "comedy > drama tonight", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Alien is way better than Aliens, fight me", like_items=["Alien (1979)"], dislike_items=["Aliens (1986)"])
R(T, "70s crime flicks knock the 90s ones out of the park", like=[D + "1970s", G + "Crime"],
  dislike=[D + "1990s"])
R(T, "documentaries over fantasy, always", like=[G + "Documentary"], dislike=[G + "Fantasy"])
R(T, "Hitchcock is twice the director Spielberg is", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Steven Spielberg"], note="surnames only")
R(T, "i'd sooner rewatch Jaws than sit through Titanic again", like_items=["Jaws (1975)"],
  dislike_items=["Titanic (1997)"])
R(T, "mysteries win out over horror for me every time", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "the coens run circles around tarantino imo", like=[P + "Joel Coen"], dislike=[P + "Quentin Tarantino"],
  ok=["+person:Ethan Coen"], note="surnames only")
R(T, "give me swashbuckling adventure before gritty war stuff", like=[G + "Adventure"], dislike=[G + "War"],
  desc=None)
R(T, "old noir beats modern thrillers hands down", like=[G + "Film-Noir"], dislike=[G + "Thriller"])
R(T, "Keanu > Van Damme, no contest", like=[P + "Keanu Reeves"], dislike=[P + "Jean-Claude Van Damme"],
  note="first name / surname only")
R(T, "honestly a bad sci-fi is still better than a good western for me", like=[G + "Sci-Fi"],
  dislike=[G + "Western"])

# ---------------------------------------------------------------------------------------------------- sarcasm
T = "sarcasm"
R(T, "oh great, another musical. just what i needed. NOT", dislike=[G + "Musical"])
R(T, "yeah because what i really want after a long day is a 3 hour war epic \U0001f644", dislike=[G + "War"])
R(T, "wow, Chevy Chase, such range, much talent. pass", dislike=[P + "Chevy Chase"])
R(T, "sure, show me more horror, i love not sleeping \U0001f643", dislike=[G + "Horror"])
R(T, "oh yes please, more creaky stuff from the 30s, sooo thrilling /s", dislike=[D + "1930s"])
R(T, "oh wonderful, Macaulay Culkin again, my absolute favourite /s", dislike=[P + "Macaulay Culkin"])
R(T, "Showgirls, a true masterpiece of cinema \U0001f644 skip it", dislike_items=["Showgirls (1995)"])
R(T, "because nothing says fun friday night like a documentary /s", dislike=[G + "Documentary"])
R(T, "yeah i totally want to cry for two hours, put on another tearjerker drama, great idea \U0001f644",
  dislike=[G + "Drama"])
R(T, "oh boy, a children's movie, how very grown up of you /s", dislike=[G + "Children's"])
R(T, "westerns, how refreshing, haven't seen a cowboy in like 5 minutes /s", dislike=[G + "Western"])
R(T, "yes, more Speed 2, that's exactly the quality i'm after \U0001f644",
  dislike_items=["Speed 2: Cruise Control (1997)"], note="title without subtitle")
R(T, "ugh Die Hard, so awful, i only rewatch it every christmas \U0001f602", like_items=["Die Hard (1988)"],
  note="sarcastic yes")
R(T, "oh no, not a Cary Grant comedy, anything but that (please yes)", like=[P + "Cary Grant"],
  ok=["+genre:Comedy"], note="sarcastic yes")
R(T, "fantasy? sure, if you want me asleep in 10 minutes", dislike=[G + "Fantasy"])
R(T, "wow, five romances in a row, you really get me \U0001f644", dislike=[G + "Romance"], shown=ROMANCE)

# ---------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good thriller but keep the gore out of it, no horror", like=[G + "Thriller"], dislike=[G + "Horror"],
  desc=None)
R(T, "Tom Hanks yes, Meg Ryan no, weird combo i know", like=[P + "Tom Hanks"], dislike=[P + "Meg Ryan"])
R(T, "the 50s are cool, the 20s are way too creaky for me", like=[D + "1950s"], dislike=[D + "1920s"])
R(T, "sci-fi's great but i'm done with the space war stuff", like=[G + "Sci-Fi"], dislike=[G + "War"])
R(T, "the kids are fine with animation, they draw the line at musicals", like=[G + "Animation"],
  dislike=[G + "Musical"])
R(T, "mel gibson action is a blast, his romances not so much", like=[P + "Mel Gibson"], dislike=[G + "Romance"],
  ok=["+genre:Action"])
R(T, "crime's my jam; mysteries tho, meh, i always guess the ending", like=[G + "Crime"],
  dislike=[G + "Mystery"])
R(T, "Brad Pitt's a treat, Keanu bores me", like=[P + "Brad Pitt"], dislike=[P + "Keanu Reeves"],
  note="first name only")
R(T, "im into adventure flicks but the fantasy ones with wizards can go", like=[G + "Adventure"],
  dislike=[G + "Fantasy"], desc=None)
R(T, "documentaries are fascinating, the war ones are too heavy though", like=[G + "Documentary"],
  dislike=[G + "War"])
R(T, "i liked jurassic park, the lost world was a mess", like_items=["Jurassic Park (1993)"],
  dislike_items=["The Lost World: Jurassic Park (1997)"], note="partial title")
R(T, "film noir gets me, westerns lose me", like=[G + "Film-Noir"], dislike=[G + "Western"])
R(T, "Woody Allen's early comedies rule, i'm out on his dramas", like=[P + "Woody Allen"],
  dislike=[G + "Drama"], ok=["+genre:Comedy"])
R(T, "Julia Roberts, sure. Richard Gere, please no", like=[P + "Julia Roberts"], dislike=[P + "Richard Gere"])
R(T, "movie night w the kids: childrens stuff is great but nothing scary, so no horror",
  like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "80s comedies slap, 90s ones not so much", like=[D + "1980s", G + "Comedy"], dislike=[D + "1990s"])

# ---------------------------------------------------------------------------------------------------- polite refusals
T = "polite"
R(T, "thanks so much, but i think i'll sit out the horror ones", dislike=[G + "Horror"])
R(T, "musicals are lovely for other people, honestly, just not for me", dislike=[G + "Musical"])
R(T, "i'm sure Kevin Spacey is great, i'll pass though", dislike=[P + "Kevin Spacey"])
R(T, "appreciate the westerns, but let's give them a rest", dislike=[G + "Western"])
R(T, "sweet of you to suggest war films, i'll have to decline", dislike=[G + "War"])
R(T, "love that you thought of documentaries! maybe another time though \U0001f60a", dislike=[G + "Documentary"])
R(T, "the 40s stuff looks charming but i'm gonna bow out of those", dislike=[D + "1940s"])
R(T, "Danny DeVito seems like a lovely guy, but I'll give his films a miss", dislike=[P + "Danny DeVito"])
R(T, "fantasy's wonderful for the kids, i'll let them have it and skip it myself", dislike=[G + "Fantasy"])
R(T, "that's thoughtful, but romance is kindly a no from me", dislike=[G + "Romance"])
R(T, "i'm flattered you think i'd like sci-fi, but i'll politely decline", dislike=[G + "Sci-Fi"])
R(T, "great suggestions! could we steer clear of the animated ones though", dislike=[G + "Animation"])
R(T, "i'm all set as far as thrillers go, cheers though", dislike=[G + "Thriller"])
R(T, "Whoopi Goldberg's fab, i'm just gonna take a raincheck on her stuff indefinitely",
  dislike=[P + "Whoopi Goldberg"])
R(T, "thank you for these! they're all a touch too spooky for me though", dislike=[G + "Horror"], shown=HORROR)

# ---------------------------------------------------------------------------------------------------- questions
T = "question"
R(T, "do i like horror? is the pope catholic", like=[G + "Horror"])
R(T, "would i watch a western? in a heartbeat", like=[G + "Western"])
R(T, "Tarantino? is that even a question. yes. always.", like=[P + "Quentin Tarantino"], note="surname only")
R(T, "why would anyone want a war movie on a friday night? skip those", dislike=[G + "War"])
R(T, "what's not to love about a good mystery?", like=[G + "Mystery"])
R(T, "who doesn't love Jack Nicholson? more of him", like=[P + "Jack Nicholson"])
R(T, "am i in the mood for drama? nope, not even a bit", dislike=[G + "Drama"])
R(T, "could you maybe not with the kids movies? we're all adults here", dislike=[G + "Children's"])
R(T, "remember Twister? loved it, more like that", like_items=["Twister (1996)"])
R(T, "is there anything better than a 30s screwball comedy? didn't think so", like=[D + "1930s", G + "Comedy"])
R(T, "Van Damme again? really? no thanks", dislike=[P + "Jean-Claude Van Damme"], note="surname only")
R(T, "sci-fi? when have i ever said no to sci-fi", like=[G + "Sci-Fi"])
R(T, "animation for a grown-up? why not, go for it", like=[G + "Animation"])
R(T, "action? hmm no, not tonight", dislike=[G + "Action"])

# ---------------------------------------------------------------------------------------------------- era stances
T = "era"
R(T, "nothing made before 1980 please, old film grain makes me sleepy", year=(1980, None))
R(T, "stuff from the 70s is my sweet spot", like=[D + "1970s"])
R(T, "the 90s can keep their movies, i'm a 60s girl", like=[D + "1960s"], dislike=[D + "1990s"])
R(T, "i draw the line at anything after 1985", year=(None, 1985))
R(T, "pre-1960 only, thanks", year=(None, 1959))
R(T, "the 1920s are a bit too silent for me lol", dislike=[D + "1920s"])
R(T, "anything older than 1975 is a no go", year=(1975, None))
R(T, "eighties stuff all day", like=[D + "1980s"])
R(T, "keep it to the 40s and 50s, nothing after that", like=[D + "1940s", D + "1950s"], year=(None, 1959))
R(T, "i'm not touching anything from the 30s", dislike=[D + "1930s"])
R(T, "after 1990 or bust", year=(1991, None))
R(T, "the 60s? groovy. the 50s? snooze", like=[D + "1960s"], dislike=[D + "1950s"])
R(T, "films made between 1970 and 1985, nothing outside that", year=(1970, 1985))
R(T, "90s movies are peak cinema tbh", like=[D + "1990s"])

# ---------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Denzel can do no wrong", like=[P + "Denzel Washington"], note="first name only")
R(T, "Clint Eastwood is a national treasure", like=[P + "Clint Eastwood"])
R(T, "i'd follow David Lynch down any weird little rabbit hole", like=[P + "David Lynch"])
R(T, "Steven Seagal couldn't act his way out of a paper bag", dislike=[P + "Steven Seagal"])
R(T, "John Travolta makes my skin crawl, no thanks", dislike=[P + "John Travolta"])
R(T, "Winona Ryder is basically my whole personality", like=[P + "Winona Ryder"])
R(T, "Oliver Stone films give me a headache", dislike=[P + "Oliver Stone"])
R(T, "any movie with Samuel L. Jackson in it is an automatic yes", like=[P + "Samuel L. Jackson"])
R(T, "Nicole Kidman does nothing for me", dislike=[P + "Nicole Kidman"])
R(T, "Uma Thurman? queen behaviour, more please", like=[P + "Uma Thurman"])
R(T, "i've got a soft spot for John Carpenter", like=[P + "John Carpenter"])
R(T, "Billy Crystal's schtick wore thin on me years ago", dislike=[P + "Billy Crystal"])
R(T, "Sigourney Weaver could read me the phone book and i'd watch", like=[P + "Sigourney Weaver"])
R(T, "pierce brosnan as bond? meh, skip him", dislike=[P + "Pierce Brosnan"])
R(T, "Ridley Scott's stuff is right up my alley", like=[P + "Ridley Scott"])

# ---------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Blade Runner broke my brain years ago and it's never been fixed, find me something in that vein",
  like_items=["Blade Runner (1982)"])
R(T, "Heat is not without its charms, find me something close", like_items=["Heat (1995)"])
R(T, "Waterworld was a soggy mess, nothing like it", dislike_items=["Waterworld (1995)"])
R(T, "Pulp Fiction lives rent free in my head", like_items=["Pulp Fiction (1994)"])
R(T, "i'd rather forget Batman & Robin ever happened", dislike_items=["Batman & Robin (1997)"])
R(T, "The Shining scared the daylights out of me and i loved every second", like_items=["The Shining (1980)"])
R(T, "Independence Day was a big dumb blast, more of that energy", like_items=["Independence Day (ID4) (1996)"],
  note="title without (ID4)")
R(T, "The English Patient felt longer than the actual war", dislike_items=["The English Patient (1996)"])
R(T, "forrest gump is my comfort blanket", like_items=["Forrest Gump (1994)"])
R(T, "Mars Attacks was so bad it's good, give me more like it", like_items=["Mars Attacks! (1996)"],
  note="no exclamation mark")
R(T, "Jingle All the Way is a crime against christmas", dislike_items=["Jingle All the Way (1996)"])
R(T, "Trainspotting hit me like a truck, in a good way", like_items=["Trainspotting (1996)"])
R(T, "Spice World is where brain cells go to die", dislike_items=["Spice World (1997)"])
R(T, "Good Will Hunting got me right in the feels, something like it pls", like_items=["Good Will Hunting (1997)"])
R(T, "Con Air is peak dumb fun, i want that", like_items=["Con Air (1997)"])

# ---------------------------------------------------------------------------------------------------- plain controls
T = "plain"
R(T, "I like comedies", like=[G + "Comedy"])
R(T, "i don't like horror movies much", dislike=[G + "Horror"])
R(T, "show me some westerns", like=[G + "Western"])
R(T, "no musicals please", dislike=[G + "Musical"])
R(T, "I love Tom Hanks", like=[P + "Tom Hanks"])
R(T, "i hate war movies", dislike=[G + "War"])
R(T, "something from the 80s", like=[D + "1980s"])
R(T, "not in the mood for romance", dislike=[G + "Romance"])
R(T, "I enjoy documentaries", like=[G + "Documentary"])
R(T, "i really don't want anything animated", dislike=[G + "Animation"])
R(T, "crime dramas please", like=[G + "Crime", G + "Drama"])
R(T, "I dislike Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "sci-fi sounds good", like=[G + "Sci-Fi"])
R(T, "no thrillers", dislike=[G + "Thriller"])
R(T, "i'd like a mystery", like=[G + "Mystery"])
R(T, "I don't watch fantasy", dislike=[G + "Fantasy"])
R(T, "a film noir would be nice", like=[G + "Film-Noir"])
R(T, "kids movies are not for me", dislike=[G + "Children's"])
R(T, "i like Meryl Streep", like=[P + "Meryl Streep"])
R(T, "don't show me anything with Bruce Willis", dislike=[P + "Bruce Willis"])
R(T, "adventure movies please", like=[G + "Adventure"])
R(T, "I'm not a fan of action films", dislike=[G + "Action"])
R(T, "movies from the 1950s", like=[D + "1950s"])
R(T, "no dramas today", dislike=[G + "Drama"])
R(T, "I liked Toy Story", like_items=["Toy Story (1995)"])
R(T, "I didn't like Jumanji", dislike_items=["Jumanji (1995)"])
R(T, "musicals are great", like=[G + "Musical"])
R(T, "i can't stand westerns", dislike=[G + "Western"])
R(T, "Hitchcock films please", like=[P + "Alfred Hitchcock"], note="surname only")
R(T, "nothing from the 70s", dislike=[D + "1970s"])


if __name__ == "__main__":
    main()
