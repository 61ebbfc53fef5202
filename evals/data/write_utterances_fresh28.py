"""Writes evals/data/utterances_fresh28.jsonl: a twenty-eighth fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-eighth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (22:14-22:35 UTC) by F28, before and apart from the reader's round 17 of change to
the stance reader: the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench), any utterances*.jsonl or stance_train*.jsonl file, the record lists of the
earlier fresh batches or of the stance training writers, or the files of F27 (writing batch #27 at the same time),
and ran no reader, agent, test or benchmark on these sentences. Only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines (its docstring
and setup, and with them its first record line) and its last 5 lines, and the catalogue vocabulary (people and film
titles checked against load_catalog()) and README.md's eighth-batch section (for the shape of the README section)
were read. Eleven sentences were reworded because the writer's own check named them as already in an earlier file,
and some ninety more were lengthened or reworded before a rerun of that check to make a repeat less likely. The
reader's author is not to read this file or its output. Every gold label is what a careful reader takes the
sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of ROUND6_TOPICS; kept here,
not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main (the
same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre, decade,
rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh28
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh28.jsonl"
OTHER_FILES = earlier_files(26, 15)  # utterances.jsonl, fresh #1-#26, training batches w1-w15
BATCH = "fresh28-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "film noir is my kryptonite, I cannot resist a fedora and a double-cross", like=[G + "Film-Noir"])
R(T, "I have a genuine sickness when it comes to war movies, can't stop watching them", like=[G + "War"])
R(T, "documentaries are a dangerous rabbit hole for me and I love falling down it", like=[G + "Documentary"])
R(T, "Kurosawa absolutely wrecks me every single time, give me more of that", like=[P + "Akira Kurosawa"])
R(T, "musicals are my shameful little vice, the cheesier the better", like=[G + "Musical"])
R(T, "westerns are a disease and I am patient zero", like=[G + "Western"])
R(T, "seventies paranoia thrillers are criminally good, feed me", like=[D + "1970s", G + "Thriller"])
R(T, "whodunits are a full-blown addiction at this point, I need my next fix", like=[G + "Mystery"])
R(T, "Jim Carrey being a total lunatic on screen is my happy place", like=[P + "Jim Carrey"])
R(T, "cheesy 80s action is trash and I am a raccoon", like=[G + "Action", D + "1980s"])
R(T, "horror, the nastier and more twisted the better honestly", like=[G + "Horror"])
R(T, "anything animated is poison to me, keep it well away", dislike=[G + "Animation"])
R(T, "sci-fi has ruined me for normal movies, I only want spaceships now", like=[G + "Sci-Fi"])
R(T, "fantasy films are a killer for me - dragons, wizards, I'm helpless", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I'm all thrillered out after this week, something else", dislike=[G + "Thriller"])
R(T, "I've had my fill of Tom Hanks for one lifetime", dislike=[P + "Tom Hanks"])
R(T, "honestly I'm burnt out on explosions and car chases, give action a rest", dislike=[G + "Action"])
R(T, "romance? I've OD'd on it this month", dislike=[G + "Romance"])
R(T, "honestly I'm sick to the back teeth of war films by now", dislike=[G + "War"])
R(T, "Spielberg fatigue is real, I'm done with him for a while", dislike=[P + "Steven Spielberg"])
R(T, "my quota for 90s stuff is well and truly filled", dislike=[D + "1990s"])
R(T, "we've done cartoons every weekend since June, the kids and I are so over it", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "mysteries have lost their shine for me, I'm tapped out", dislike=[G + "Mystery"])
R(T, "the well has run dry on horror for me, I can't face another one", dislike=[G + "Horror"])
R(T, "full up on Hitchcock after the film society marathon, cheers", dislike=[P + "Alfred Hitchcock"])
R(T, "bored stiff of comedies lately, nothing lands anymore", dislike=[G + "Comedy"])
R(T, "I've got show tunes coming out of my ears, no more musicals for a good while", dislike=[G + "Musical"])
R(T, "been bingeing westerns for weeks and I've properly hit the wall with them", dislike=[G + "Western"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a decent heist film", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "a bit of Cary Grant never hurt anyone", like=[P + "Cary Grant"])
R(T, "documentaries are not the worst way to spend an evening", like=[G + "Documentary"])
R(T, "I'm not entirely opposed to a musical, if it's a good one", like=[G + "Musical"])
R(T, "adventure films are not half bad, to be fair", like=[G + "Adventure"])
R(T, "Emma Thompson is, shall we say, not unwatchable", like=[P + "Emma Thompson"])
R(T, "I could be persuaded toward something from the fifties", like=[D + "1950s"])
R(T, "sci-fi's alright I suppose, better than a poke in the eye", like=[G + "Sci-Fi"])
R(T, "slasher-type horror isn't exactly my cup of tea, if I'm honest", dislike=[G + "Horror"])
R(T, "I'm not the biggest fan of Adam Sandler, put it that way", dislike=[P + "Adam Sandler"])
R(T, "war films are a little on the heavy side for me these days", dislike=[G + "War"])
R(T, "a romance wouldn't go amiss tonight", like=[G + "Romance"])
R(T, "westerns are... not really my scene", dislike=[G + "Western"])
R(T, "I've been known to enjoy a Mel Brooks picture or two", like=[P + "Mel Brooks"])
R(T, "noir can be a touch too gloomy for my liking", dislike=[G + "Film-Noir"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a good western", like=[G + "Western"])
R(T, "hey, I never said I didn't like comedies", like=[G + "Comedy"])
R(T, "not that I'd ever turn down a Harrison Ford movie", like=[P + "Harrison Ford"])
R(T, "there's not an animated film out there I don't adore", like=[G + "Animation"])
R(T, "I can't not watch a Kubrick when it's on", like=[P + "Stanley Kubrick"])
R(T, "I don't dislike romance... no wait, I do. skip it", dislike=[G + "Romance"])
R(T, "never met a heist movie I didn't like", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "it's not impossible that I'd enjoy a documentary, go on then", like=[G + "Documentary"])
R(T, "I'm not unhappy with the 80s picks, keep them coming", like=[D + "1980s"])
R(T, "I can't say I don't find horror tedious, because I do", dislike=[G + "Horror"])
R(T, "it's not that I don't respect Woody Allen, I just don't want his films", dislike=[P + "Woody Allen"])
R(T, "not a single mystery I've seen has failed to grab me", like=[G + "Mystery"])
R(T, "I don't dislike Meg Ryan, not one bit", like=[P + "Meg Ryan"])
R(T, "I'd never not skip a war film, if that makes sense", dislike=[G + "War"])
R(T, "it's not as if I wouldn't watch Sean Connery read the phone book", like=[P + "Sean Connery"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "saddle up, it's nothing but Westerns on my telly tonight", like=[G + "Western"])
R(T, "anything but romance please, I'm begging you here", dislike=[G + "Romance"])
R(T, "genre-wise I'm easy, everything except musicals counts as fair game", dislike=[G + "Musical"])
R(T, "it's Hitchcock or nothing for me this evening", like=[P + "Alfred Hitchcock"])
R(T, "just horror. only horror. nothing else will do tonight", like=[G + "Horror"])
R(T, "pull from whatever decade you fancy bar the 1930s", dislike=[D + "1930s"])
R(T, "I'll take whatever you've got as long as it isn't a documentary", dislike=[G + "Documentary"])
R(T, "give me sci-fi and only sci-fi, rockets and robots", like=[G + "Sci-Fi"])
R(T, "all genres welcome except war, I can't stomach it", dislike=[G + "War"])
R(T, "comedy or bust, my friend, I need cheering up", like=[G + "Comedy"])
R(T, "I'm fine with anyone in it, just not Steven Seagal", dislike=[P + "Steven Seagal"])
R(T, "exclusively animated stuff please, the little one won't sit through anything else", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(T, "whatever you like so long as it's not a kids' film", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "strictly film noir this week, nothing else gets a look in", like=[G + "Film-Noir"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "thrillers beat horror hands down for me", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I'd take a Bogart picture over anything with Tom Cruise", like=[P + "Humphrey Bogart"],
  dislike=[P + "Tom Cruise"])
R(T, "give me drama over comedy any day of the week", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "westerns wipe the floor with war films for me, every time", like=[G + "Western"], dislike=[G + "War"])
R(T, "give me Jackie Chan over Van Damme, no contest", like=[P + "Jackie Chan"],
  dislike=[P + "Jean-Claude Van Damme"])
R(T, "the 70s run rings around the 90s as far as I'm concerned", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "for my money a proper space opera knocks any sword-and-sorcery fantasy into a cocked hat", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "mysteries trump romances every single time", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "documentaries are miles better than any of that action nonsense", like=[G + "Documentary"],
  dislike=[G + "Action"])
R(T, "adventure films > musicals, not even close", like=[G + "Adventure"], dislike=[G + "Musical"])
R(T, "Denzel is streets ahead of Kevin Costner in my book", like=[P + "Denzel Washington"], dislike=[P + "Kevin Costner"])
R(T, "Spielberg > Michael Bay and it isn't close", like=[P + "Steven Spielberg"], dislike=[P + "Michael Bay"])
R(T, "I prefer the forties to the sixties by a long way", like=[D + "1940s"], dislike=[D + "1960s"])
R(T, "comedy's way more my speed than crime these days", like=[G + "Comedy"], dislike=[G + "Crime"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "oh thanks ever so much, though I think I'll sit the horror ones out if that's ok", dislike=[G + "Horror"])
R(T, "that's awfully kind of you, though cowboy pictures have never really been for me", dislike=[G + "Western"])
R(T, "I appreciate the effort, but could we steer clear of Jim Carrey?", dislike=[P + "Jim Carrey"])
R(T, "lovely suggestions! I'd rather not do anything from the 1960s though", dislike=[D + "1960s"])
R(T, "you're a star for looking, but maybe hold off on the singing-and-dancing musicals for now", dislike=[G + "Musical"])
R(T, "I'm sure they're all wonderful films, but a romance just isn't what I'm after this evening", dislike=[G + "Romance"])
R(T, "if it's all the same to you, I'd prefer we skipped anything set in a war", dislike=[G + "War"])
R(T, "sorry to be a pain, but could you leave the animated ones off the list?", dislike=[G + "Animation"])
R(T, "with all due respect to Mr. Stallone, I'll give him a miss", dislike=[P + "Sylvester Stallone"])
R(T, "no offence meant to the sci-fi lot, but it's not for me, thank you", dislike=[G + "Sci-Fi"])
R(T, "I'd kindly ask that we avoid documentaries tonight, ta very much", dislike=[G + "Documentary"])
R(T, "much appreciated, though perhaps something other than a thriller?", dislike=[G + "Thriller"])
R(T, "bless you for trying, but I've never really gotten on with Robin Williams", dislike=[P + "Robin Williams"])
R(T, "thank you kindly, but I'll politely decline the elves-and-wizards fantasy stuff", dislike=[G + "Fantasy"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "mate, fantasy films are absolute pants, every last one", dislike=[G + "Fantasy"])
R(T, "crime stuff is so mid tbh, skip all that", dislike=[G + "Crime"])
R(T, "nah fam, horror is a no from me, I scare too easy", dislike=[G + "Horror"])
R(T, "Schwarzenegger? yeah nah, not for me", dislike=[P + "Arnold Schwarzenegger"])
R(T, "documentaries are snooze city, population me", dislike=[G + "Documentary"])
R(T, "westerns are well naff, give over", dislike=[G + "Western"])
R(T, "musicals = instant cringe, miss me with all that jazz hands", dislike=[G + "Musical"])
R(T, "anything from the 80s is a hard no, the hair alone", dislike=[D + "1980s"])
R(T, "sci-fi is just not it for me chief", dislike=[G + "Sci-Fi"])
R(T, "kids' films? bin the lot of them", dislike=[G + "Children's"])
R(T, "Pauly Shore can get in the sea", dislike=[P + "Pauly Shore"])
R(T, "war movies are a big ol' nope from this guy", dislike=[G + "War"])
R(T, "mysteries bore me to tears, next please", dislike=[G + "Mystery"])
R(T, "adventure flicks are so cheugy, pass", dislike=[G + "Adventure"])
R(T, "drama is such a vibe killer, not tonight", dislike=[G + "Drama"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Billy Wilder's films are pure gold, every one", like=[P + "Billy Wilder"])
R(T, "adventure films light me up like a kid on Christmas morning", like=[G + "Adventure"])
R(T, "Audrey Hepburn is an absolute gem, more of her please", like=[P + "Audrey Hepburn"])
R(T, "comedies are my comfort blanket on a bad day", like=[G + "Comedy"])
R(T, "westerns are poetry on horseback, honestly", like=[G + "Western"])
R(T, "film noir is a feast for the eyes, all those shadows", like=[G + "Film-Noir"])
R(T, "the 1940s were a golden age and I want to live there", like=[D + "1940s"])
R(T, "romance films warm the cockles of my cold little heart", like=[G + "Romance"])
R(T, "animation is pure magic to me, the hand-drawn stuff especially", like=[G + "Animation"])
R(T, "Morgan Freeman could narrate my life and I'd be happy", like=[P + "Morgan Freeman"])
R(T, "a good war film hits me like a freight train", like=[G + "War"])
R(T, "documentaries open up whole new worlds for me", like=[G + "Documentary"])
R(T, "musicals are sunshine in a bottle for me", like=[G + "Musical"])
R(T, "fantasy is where my heart lives, always has been", like=[G + "Fantasy"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good mystery, but horror's off the table", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "sci-fi yes, anything with Kevin Costner no", like=[G + "Sci-Fi"], dislike=[P + "Kevin Costner"])
R(T, "I'm keen on the 50s but the 20s are too creaky", like=[D + "1950s"], dislike=[D + "1920s"])
R(T, "happy to watch something with Julia Roberts, just no romance", like=[P + "Julia Roberts"],
  dislike=[G + "Romance"])
R(T, "comedy's great, spare me the animated ones though", like=[G + "Comedy"], dislike=[G + "Animation"])
R(T, "thrillers I can do all day; westerns I cannot", like=[G + "Thriller"], dislike=[G + "Western"])
R(T, "keep the crime films coming but lose the Tarantino", like=[G + "Crime"], dislike=[P + "Quentin Tarantino"])
R(T, "Drama, fine. War, absolutely not.", like=[G + "Drama"], dislike=[G + "War"])
R(T, "put on an adventure, not a documentary", like=[G + "Adventure"], dislike=[G + "Documentary"])
R(T, "my partner loves romance but I can't stand it, and I'm picking tonight, so something with Bruce Willis",
  like=[P + "Bruce Willis"], dislike=[G + "Romance"])
R(T, "children's films are fine by me, but no musicals please", like=[G + "Children's"], dislike=[G + "Musical"])
R(T, "more Spike Lee, less Oliver Stone", like=[P + "Spike Lee"], dislike=[P + "Oliver Stone"])
R(T, "I'm into fantasy lately, sci-fi not so much", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "noir's brilliant; slapstick comedy is torture", like=[G + "Film-Noir"], dislike=[G + "Comedy"])
R(T, "go ahead with the eighties, steer clear of the seventies", like=[D + "1980s"], dislike=[D + "1970s"])
R(T, "horror's my jam, but keep Stephen King out of it", like=[G + "Horror"], dislike=[P + "Stephen King"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Westerns? Love 'em to bits.", like=[G + "Western"])
R(T, "do I like horror? not in a million years, mate", dislike=[G + "Horror"])
R(T, "am I a Tom Hanks fan? you bet I am", like=[P + "Tom Hanks"])
R(T, "would I watch a musical? only at gunpoint", dislike=[G + "Musical"])
R(T, "what do I want? sci-fi, obviously, what else", like=[G + "Sci-Fi"])
R(T, "documentaries, you ask? yawn.", dislike=[G + "Documentary"])
R(T, "you want to know if I like the sixties? absolutely, best decade going", like=[D + "1960s"])
R(T, "could I sit through another romance? don't think so", dislike=[G + "Romance"])
R(T, "is there anything better than a Scorsese gangster film? no there isn't", like=[P + "Martin Scorsese"],
  ok=["+genre:Crime"])
R(T, "comedies? ehh, not tonight, not feeling it", dislike=[G + "Comedy"])
R(T, "a mystery? oh go on then, twist my arm", like=[G + "Mystery"])
R(T, "Nic Cage? who doesn't love Nic Cage", like=[P + "Nicolas Cage"])
R(T, "why would anyone want a war film on a Friday night? not me anyway", dislike=[G + "War"])
R(T, "do I want anything from the thirties? ha. no.", dislike=[D + "1930s"])
R(T, "thriller or drama? thriller, easily", like=[G + "Thriller"], ok=["-genre:Drama"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "I don't want anything older than 1975", year=(1975, None))
R(T, "strictly pre-1960 for me", year=(None, 1959))
R(T, "the nineties are where it's at for me, no question", like=[D + "1990s"])
R(T, "anything from the 1920s is too silent and too old for me", dislike=[D + "1920s"])
R(T, "I'm a sucker for 30s screwball", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "cut everything after 1985 out please", year=(None, 1985))
R(T, "the eighties were a cultural wasteland, leave them out", dislike=[D + "1980s"])
R(T, "something from the '60s would be groovy", like=[D + "1960s"])
R(T, "between 1950 and 1965 ideally, nothing outside that", year=(1950, 1965))
R(T, "my dad can't cope with black and white, so nothing made before 1960 please", year=(1960, None))
R(T, "the seventies had the best films ever made, fight me", like=[D + "1970s"])
R(T, "please, nothing at all from the forties", dislike=[D + "1940s"])
R(T, "only recent-ish ones, 1990 onwards", year=(1990, None))
R(T, "I'm not in the mood for the 50s at all", dislike=[D + "1950s"])
R(T, "fifties and sixties are my sweet spot", like=[D + "1950s", D + "1960s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson can do no wrong in my eyes, ever", like=[P + "Jack Nicholson"])
R(T, "Sharon Stone leaves me completely cold, sorry", dislike=[P + "Sharon Stone"])
R(T, "anything Tim Burton touches turns weird and wonderful, I'm in", like=[P + "Tim Burton"])
R(T, "keep Kevin Spacey well away from my list, ta", dislike=[P + "Kevin Spacey"])
R(T, "Meryl Streep could play a table lamp and I'd still watch", like=[P + "Meryl Streep"])
R(T, "Brad Pitt's a pretty face and not much else, skip him", dislike=[P + "Brad Pitt"])
R(T, "I'd follow Frances McDormand to the ends of the earth", like=[P + "Frances McDormand"])
R(T, "all that Jean-Luc Godard stuff is pretentious twaddle to me", dislike=[P + "Jean-Luc Godard"])
R(T, "big fan of whatever madness Terry Gilliam is up to", like=[P + "Terry Gilliam"])
R(T, "that Whoopi Goldberg voice grates on my nerves, leave her out", dislike=[P + "Whoopi Goldberg"])
R(T, "John Carpenter is the master of the craft, end of story", like=[P + "John Carpenter"])
R(T, "I've got no patience for Hugh Grant's stammering-toff routine", dislike=[P + "Hugh Grant"])
R(T, "Steve Buscemi in literally anything, please and thank you", like=[P + "Steve Buscemi"])
R(T, "Mel Gibson is a total no-go for me", dislike=[P + "Mel Gibson"])
R(T, "Ingrid Bergman lights up every screen she's on", like=[P + "Ingrid Bergman"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Fargo is one of the best things I've ever watched, find me more along those lines", like_items=["Fargo (1996)"])
R(T, "Titanic was three-odd hours of my life I'll never see again", dislike_items=["Titanic (1997)"])
R(T, "I could rewatch The Princess Bride until the tape wore out", like_items=["The Princess Bride (1987)"])
R(T, "I'd genuinely rather do my taxes than sit through Waterworld a second time", dislike_items=["Waterworld (1995)"])
R(T, "Groundhog Day is comfort food for the soul, I'd happily watch it on loop", like_items=["Groundhog Day (1993)"])
R(T, "Batman & Robin should be wiped from the history books, don't you dare", dislike_items=["Batman & Robin (1997)"])
R(T, "something in the vein of Blade Runner would be just perfect right now", like_items=["Blade Runner (1982)"])
R(T, "The English Patient bored me into an actual coma", dislike_items=["The English Patient (1996)"])
R(T, "Casablanca never gets old for me", like_items=["Casablanca (1942)"])
R(T, "Showgirls? absolute car crash, and not the fun kind", dislike_items=["Showgirls (1995)"])
R(T, "I quote Holy Grail at least once a day", like_items=["Monty Python and the Holy Grail (1974)"])
R(T, "Forrest Gump is overrated sap, don't bother with it", dislike_items=["Forrest Gump (1994)"])
R(T, "loved Trainspotting, want that kind of energy again", like_items=["Trainspotting (1996)"])
R(T, "Jingle All the Way was genuinely painful to sit through", dislike_items=["Jingle All the Way (1996)"])
R(T, "The Wrong Trousers is a masterpiece, no notes, more like it", like_items=["The Wrong Trousers (1993)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my brother came over last night and insisted we watch this three hour war epic, and look, I get that "
     "it's important and all, but I was checking my phone every five minutes, so tonight I'm picking and I really "
     "don't want another war film", dislike=[G + "War"])
R(T, "ok long story but when I was a kid my grandad used to put on these old John Wayne pictures every sunday "
     "after lunch and I'd fall asleep on the rug, and lately I've been getting really nostalgic for that, so yeah, "
     "John Wayne if you've got him", like=[P + "John Wayne"], ok=["+genre:Western"])
R(T, "I tried to get into cartoon films during lockdown because everyone at work raves about them, gave it a "
     "proper go, like ten of them, and I just... it's not for me, I'd rather you didn't suggest animated things "
     "at all", dislike=[G + "Animation"])
R(T, "My wife and I have this running argument: she thinks the 1990s were the peak of cinema and I'm a 1970s "
     "guy through and through. Tonight's her birthday though, so I'm conceding - give us her decade",
  like=[D + "1990s"], ok=["+decade:1970s"])
R(T, "went to see a documentary at the local indie cinema on a first date, about mushrooms I think, and honestly "
     "it was the best night I've had in ages, the date went well too, and ever since I've been hungry for more "
     "documentaries", like=[G + "Documentary"])
R(T, "I've had a nightmare week at work, the boiler broke, the cat's poorly, and I just need to laugh, so could "
     "you find me a silly comedy, nothing that's going to make me think", like=[G + "Comedy"])
R(T, "Right so I run a little film club and last month someone picked a David Lynch and half the room was "
     "baffled, me included if I'm honest, so whatever we do this time, it can't be one of his",
  dislike=[P + "David Lynch"])
R(T, "my daughter is six and has just discovered the old Disney classics, she's watched the same princess one "
     "about forty times this month, so I'm happy to keep going with children's films for her, it's her pick",
  like=[G + "Children's"], ok=["+genre:Animation", "+genre:Musical"])
R(T, "I used to think I hated romance films because my ex made me watch nothing else, but then I saw one on a "
     "plane on my own and cried my eyes out, so I think I actually like them now? yeah, go on, a romance",
  like=[G + "Romance"])
R(T, "We're going camping this weekend and there's a projector at the site, and the kids want something with "
     "dragons and magic and knights, so I guess fantasy is what we're after, though nothing too scary, I don't "
     "want horror with the little ones", like=[G + "Fantasy"], dislike=[G + "Horror"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I'd like a crime film tonight if you have one", like=[G + "Crime"])
R(T, "please no thrillers this time", dislike=[G + "Thriller"])
R(T, "show me some adventure movies, the globe-trotting kind", like=[G + "Adventure"])
R(T, "I really don't enjoy musicals, never have", dislike=[G + "Musical"])
R(T, "I want a documentary about something real", like=[G + "Documentary"])
R(T, "I don't watch animated films as a rule", dislike=[G + "Animation"])
R(T, "I love Robert De Niro in basically everything", like=[P + "Robert De Niro"])
R(T, "not Sandra Bullock please, anyone but her", dislike=[P + "Sandra Bullock"])
R(T, "something with Clint Eastwood in it please", like=[P + "Clint Eastwood"])
R(T, "I dislike fantasy films quite strongly", dislike=[G + "Fantasy"])
R(T, "I'm looking for a good mystery to get stuck into", like=[G + "Mystery"])
R(T, "I hate sci-fi films, always have", dislike=[G + "Sci-Fi"])
R(T, "recommend me a war movie for tonight", like=[G + "War"])
R(T, "No romantic movies for me, thanks.", dislike=[G + "Romance"])
R(T, "I enjoy films from the 1980s the most", like=[D + "1980s"])
R(T, "I don't want anything from the 1960s, thanks", dislike=[D + "1960s"])
R(T, "I'd like to see a Spielberg film this evening", like=[P + "Steven Spielberg"])
R(T, "I don't like Tom Cruise very much", dislike=[P + "Tom Cruise"])
R(T, "I like children's movies, even as a grown-up", like=[G + "Children's"])
R(T, "no heavy drama please, not tonight", dislike=[G + "Drama"])
R(T, "I'd love a film noir on a rainy night like this", like=[G + "Film-Noir"])
R(T, "please don't recommend horror to me", dislike=[G + "Horror"])
R(T, "I want to watch The Godfather or something like it", like_items=["The Godfather (1972)"])
R(T, "I don't want to see Home Alone ever again", dislike_items=["Home Alone (1990)"])


if __name__ == "__main__":
    main()
