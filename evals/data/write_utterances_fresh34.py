"""Writes evals/data/utterances_fresh34.jsonl: a thirty-fourth fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-fourth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (02:18-02:23 UTC) by F34, before and apart from the reader's round 20 of change to
the stance reader (issue 21), and at the same time as, but apart from, the writer of batch #33 (whose script, output
and brief were not opened): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, tools/mood.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py),
their dev sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results
(evals/results), the understanding benchmarks (evals/bench; its load_catalog was only called, as fresh_batch.main
calls it, to list the catalogue's people, genres, decades and film labels), any utterances*.jsonl or
stance_train*.jsonl file, the record lists of the earlier fresh batches or of the stance training writers
(write_stance_train_w*.py), or /work/notes beyond this writer's brief; it ran no reader, agent, test or benchmark on
these sentences. Read: fresh_batch.py, write_utterances.py's docstring, shown lists, R(), its G / D / P constants,
its first ~20 complaint records (the first ~17 reference records after them were in the same view), its build() and
main() (the two idiom records just above build() were in that view too; nothing here follows them),
write_utterances_fresh8.py's first 50 and last 5 lines, README.md's eighth-batch section and the catalogue
vocabulary. Every sentence was written fresh for this batch. One sentence was reworded because the writer's own
check (fresh_batch's check against utterances.jsonl, fresh #1-#32 and the training batches w1-w15, printing only
this batch's sentence) named it as already in an earlier file; 32 other short, generic ones were then lengthened or
reworded to make a repeat less likely (not because the check named them), and 15 records were then dropped to bring
the batch to its planned size (253 -> 238). The reader's author is not to read this file or its output. Every gold
label is what a careful reader takes the sentence to mean for this user now (a comparison refuses its loser; a mild
yes is a like; refused "romcoms" refuse Romance with Comedy in also_ok).

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh34
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh34.jsonl"
OTHER_FILES = earlier_files(32, 15)  # utterances.jsonl, fresh #1-#32, training batches w1-w15
BATCH = "fresh34-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

ITEM = "item:"  # also_ok films: "-item:Title (Year)"
BEFORE_80S = [f"-decade:{d}" for d in ("1920s", "1930s", "1940s", "1950s", "1960s", "1970s")]


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "ngl westerns are a sickness with me, got a whole shelf of dusty cowboy dvds and i still want more",
  like=[G + "Western"])
R(T, "my sister calls my thing for musicals a menace to the household and she's not wrong, stick one on",
  like=[G + "Musical"])
R(T, "film noir is my worst habit honestly, rainy streets and terrible decisions, i cannot quit it",
  like=[G + "Film-Noir"])
R(T, "docs have become a proper addiction at this point, i got through four of them last weekend alone",
  like=[G + "Documentary"])
R(T, "nicolas cage is an absolute lunatic on screen and i am obsessed, feed me more of the man",
  like=[P + "Nicolas Cage"])
R(T, "war films wreck me every single time and that's exactly why i keep crawling back to them",
  like=[G + "War"])
R(T, "cartoons are my guilty poison lol, the hand-drawn ones especially, i'm hopeless",
  like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "i'm a lost cause when it comes to 80s action, just feed the beast and leave the room",
  like=[G + "Action", D + "1980s"])
R(T, "kubrick is a disease i caught at seventeen and frankly i never recovered",
  like=[P + "Stanley Kubrick"])
R(T, "whodunits are dangerous for me, i end up awake till 3am trying to crack them. hit me with one",
  like=[G + "Mystery"])
R(T, "horror is my filthy little vice, the nastier the better tbh", like=[G + "Horror"])
R(T, "fantasy is an illness i flatly refuse to be cured of, dragons, wizards, the whole deranged lot",
  like=[G + "Fantasy"])
R(T, "jim carrey is a total menace to society and i adore him for it", like=[P + "Jim Carrey"])
R(T, "adventure flicks are a real problem for me, i'll drop everything for a treasure map and a rope bridge",
  like=[G + "Adventure"])
R(T, "slapstick comedies give me hives, and not the fun kind of hives", dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "i've had my fill of westerns for about a lifetime, honestly", dislike=[G + "Western"])
R(T, "done and dusted with space operas after the month i've had, my eyes are full of lasers",
  dislike=[G + "Sci-Fi"])
R(T, "i'm completely thrillered out, my nerves cannot handle another twist ending", dislike=[G + "Thriller"])
R(T, "had it up to here with tom hanks being everybody's lovely dad", dislike=[P + "Tom Hanks"])
R(T, "musicals? i'm all sung out mate, couldn't take another chorus line", dislike=[G + "Musical"])
R(T, "courtroom dramas have worn me down to a nub, give it a rest for a bit", dislike=[G + "Drama"])
R(T, "i've OD'd on cartoons with the kids all summer, spare me please", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "war films, nah, i've seen enough trenches to last me till next christmas", dislike=[G + "War"])
R(T, "i'm so over 90s stuff, it's literally all i've watched since march", dislike=[D + "1990s"])
R(T, "the horror well has run bone dry for me, i'm burnt out on jump scares", dislike=[G + "Horror"])
R(T, "schwarzenegger fatigue is very real round here, i'm tapping out", dislike=[P + "Arnold Schwarzenegger"])
R(T, "i've binged so many whodunits my brain is porridge, no more of those for a good while",
  dislike=[G + "Mystery"])
R(T, "gangster flicks have lost all their shine for me, fed up to the back teeth with them",
  dislike=[G + "Crime"])
R(T, "sick to death of romcoms, every single one ends with the same sprint through an airport",
  dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "adventure movies just tire me out these days, i think i'm past the age for them",
  dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "a western wouldn't be the worst thing to happen to me tonight", like=[G + "Western"])
R(T, "i could be persuaded towards a noir, if somebody twisted my arm a tiny bit", like=[G + "Film-Noir"])
R(T, "harrison ford's alright i suppose, in roughly the way the sun is alright", like=[P + "Harrison Ford"])
R(T, "a documentary could be quite nice actually, not gonna lie", like=[G + "Documentary"])
R(T, "meryl streep isn't half bad at this acting lark, is she", like=[P + "Meryl Streep"])
R(T, "the 50s had a few decent films knocking about in them i reckon", like=[D + "1950s"])
R(T, "comedy's not the daftest idea you've had today", like=[G + "Comedy"])
R(T, "i have been known to enjoy the odd musical or two, on occasion", like=[G + "Musical"])
R(T, "sean connery does the job, i'll give the fella that much", like=[P + "Sean Connery"])
R(T, "thrillers are a bit of alright, tbh, i wouldn't kick one out of bed", like=[G + "Thriller"])
R(T, "horror's not exactly top of my wish list, let's put it that way", dislike=[G + "Horror"])
R(T, "i'd probably survive the rest of my days without another sylvester stallone film",
  dislike=[P + "Sylvester Stallone"])
R(T, "war movies and i aren't what you'd call the best of friends", dislike=[G + "War"])
R(T, "children's films aren't quite hitting the spot for me these days", dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------ double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a good heist picture now and then", like=[G + "Crime"])
R(T, "i can't say i've never bawled my eyes out at a romance", like=[G + "Romance"])
R(T, "i am never not in the mood for a proper mystery", like=[G + "Mystery"])
R(T, "it's not that i don't rate denzel washington, i really, really do", like=[P + "Denzel Washington"])
R(T, "i wouldn't not watch an old hitchcock, put it that way", like=[P + "Alfred Hitchcock"])
R(T, "no way would i ever turn down animation, never in a million years", like=[G + "Animation"])
R(T, "i don't dislike the 70s at all, quite the opposite in fact", like=[D + "1970s"])
R(T, "there isn't a sci-fi film out there i haven't enjoyed on some level", like=[G + "Sci-Fi"])
R(T, "it's not impossible i'd enjoy a spike lee joint, go on", like=[P + "Spike Lee"])
R(T, "nobody who knows me would say i don't love a swashbuckler", like=[G + "Adventure"])
R(T, "it's not that i don't get why people like musicals, i just don't, ever", dislike=[G + "Musical"])
R(T, "can't say i don't find robin williams exhausting, because i really do", dislike=[P + "Robin Williams"])
R(T, "there's no drama i haven't found a bit much lately, so no thanks", dislike=[G + "Drama"])
R(T, "i don't not hate documentaries, if that makes sense, they bore me stiff", dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but comedies tonight please, i desperately need a laugh", like=[G + "Comedy"])
R(T, "anything but war films, i'm begging you", dislike=[G + "War"])
R(T, "everything except horror works for me, genuinely anything else", dislike=[G + "Horror"])
R(T, "westerns or nothing, that's the deal on the table", like=[G + "Western"])
R(T, "it's scorsese or bust this evening", like=[P + "Martin Scorsese"])
R(T, "show me anything apart from the 80s, that decade is a flat no from me", dislike=[D + "1980s"])
R(T, "i want thrillers and only thrillers, nothing else gets a look in", like=[G + "Thriller"])
R(T, "literally anything at all that isn't a musical", dislike=[G + "Musical"])
R(T, "noir is all i'm watching this month, keep it coming", like=[G + "Film-Noir"])
R(T, "any genre works for me bar romance", dislike=[G + "Romance"])
R(T, "just sci-fi. nothing else. i mean it this time", like=[G + "Sci-Fi"])
R(T, "give me 40s pictures or don't bother giving me anything", like=[D + "1940s"])
R(T, "i'm up for all sorts, save for kids' films", dislike=[G + "Children's"])
R(T, "fine with whatever you pick minus the adam sandler stuff", dislike=[P + "Adam Sandler"])

# ------------------------------------------------------------------------------------------------ comparison
T = "comparison"
R(T, "westerns beat sci-fi any day of the week and twice on sundays", like=[G + "Western"],
  dislike=[G + "Sci-Fi"])
R(T, "i'd take a crime film over a soppy romance every single time", like=[G + "Crime"],
  dislike=[G + "Romance"])
R(T, "hitchcock wipes the floor with de palma, it isn't a contest", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Brian De Palma"])
R(T, "give me a documentary over some overwrought drama any night", like=[G + "Documentary"],
  dislike=[G + "Drama"])
R(T, "the 70s absolutely bury the 90s when it comes to films", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "comedy trumps horror in this house, end of discussion", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "de niro acts circles round pacino, fight me", like=[P + "Robert De Niro"], dislike=[P + "Al Pacino"])
R(T, "mysteries > thrillers, it's not even close lads", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "war movies leave brainless action flicks in the dust", like=[G + "War"], dislike=[G + "Action"])
R(T, "musicals run rings round westerns if you ask me", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "the 30s beat the 60s hands down for me", like=[D + "1930s"], dislike=[D + "1960s"])
R(T, "fantasy over sci-fi, dragons over spaceships, always and forever", like=[G + "Fantasy"],
  dislike=[G + "Sci-Fi"])
R(T, "julia roberts over sandra bullock, no question about it", like=[P + "Julia Roberts"],
  dislike=[P + "Sandra Bullock"])
R(T, "emma thompson is miles ahead of kate winslet in my book", like=[P + "Emma Thompson"],
  dislike=[P + "Kate Winslet"])
R(T, "literally anything beats a pauly shore movie", dislike=[P + "Pauly Shore"])

# ------------------------------------------------------------------------------------------------ polite
T = "polite"
R(T, "that's really kind of you, but i think i'll give the horror ones a miss", dislike=[G + "Horror"])
R(T, "thanks so much, though westerns aren't quite for me i'm afraid", dislike=[G + "Western"])
R(T, "i appreciate the thought, but i'd rather steer clear of anything with mel gibson",
  dislike=[P + "Mel Gibson"])
R(T, "lovely suggestion, but could we maybe skip the musicals? thank you!", dislike=[G + "Musical"])
R(T, "you're a star for trying, but the 60s just aren't my era", dislike=[D + "1960s"])
R(T, "i hate to be a bother but no animated ones, please", dislike=[G + "Animation"])
R(T, "sorry to be fussy, but crime isn't something i get much out of", dislike=[G + "Crime"])
R(T, "if it's all the same to you i'd pass on the war films", dislike=[G + "War"])
R(T, "very kind offer, but i'll respectfully decline the tom cruise ones", dislike=[P + "Tom Cruise"])
R(T, "i'm sure they're wonderful but documentaries aren't really for me, thanks anyway",
  dislike=[G + "Documentary"])
R(T, "thank you, truly, but no romances tonight if that's alright with you", dislike=[G + "Romance"])
R(T, "you've been so helpful, i'd just prefer nothing from the 20s, silent films lose me",
  dislike=[D + "1920s"])
R(T, "with the greatest respect, i'd rather not do fantasy, thanks ever so much", dislike=[G + "Fantasy"])
R(T, "that's very thoughtful, but kids' films aren't what i'm after this evening, cheers",
  dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------ dismissal
T = "dismissal"
R(T, "westerns? nah mate, hard pass on the lot", dislike=[G + "Western"])
R(T, "musicals can do one, seriously, the whole jazz-hands lot of them", dislike=[G + "Musical"])
R(T, "noir is mid at best, skip it and move on", dislike=[G + "Film-Noir"])
R(T, "pfft, wesley snipes? yeah no, not happening", dislike=[P + "Wesley Snipes"])
R(T, "thrillers are a big fat no from me fam", dislike=[G + "Thriller"])
R(T, "bin the horror off the list, cheers pal", dislike=[G + "Horror"])
R(T, "romcoms are so cringe, miss me with all that", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "documentaries? not in a million years, boring af", dislike=[G + "Documentary"])
R(T, "keanu reeves? lol no, next one please", dislike=[P + "Keanu Reeves"])
R(T, "the 50s can stay in the 50s where they belong tbh", dislike=[D + "1950s"])
R(T, "kids' movies are a whole no from me dawg", dislike=[G + "Children's"])
R(T, "mystery stuff is naff, don't bother with it", dislike=[G + "Mystery"])
R(T, "woody allen? bruh. pass on him", dislike=[P + "Woody Allen"])
R(T, "adventure films can jog on, ta", dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------ praise
T = "praise"
R(T, "comedies are my comfort blanket, wrap me right up in one", like=[G + "Comedy"])
R(T, "spielberg is pure movie magic, every single time without fail", like=[P + "Steven Spielberg"])
R(T, "mysteries are absolute catnip to me, i pounce on every single one", like=[G + "Mystery"])
R(T, "a good war film is like a punch to the heart in the best possible way", like=[G + "War"])
R(T, "the 40s were a golden goose for cinema, give me those", like=[D + "1940s"])
R(T, "heist and mob pictures are my meat and potatoes, have been since i was about fourteen", like=[G + "Crime"])
R(T, "audrey hepburn lights up a screen like nobody else ever has", like=[P + "Audrey Hepburn"])
R(T, "musicals put a spring in my step like nothing else on earth", like=[G + "Musical"])
R(T, "romance is my happy place, honestly, pure sunshine", like=[G + "Romance"])
R(T, "clint eastwood is a national treasure, load me up with him", like=[P + "Clint Eastwood"])
R(T, "documentaries are food for the brain and i gobble them up", like=[G + "Documentary"])
R(T, "animation is a feast for the eyes, i'd happily live inside those worlds", like=[G + "Animation"])
R(T, "a big fantasy epic is a warm bath for my soul", like=[G + "Fantasy"])
R(T, "morgan freeman's voice is pure honey, i'd watch him read a phone book", like=[P + "Morgan Freeman"])

# ------------------------------------------------------------------------------------------------ mixed
T = "mixed"
R(T, "go on then, a thriller, but leave out anything with bruce willis in it", like=[G + "Thriller"],
  dislike=[P + "Bruce Willis"])
R(T, "comedy, yes. anything from the 80s, no.", like=[G + "Comedy"], dislike=[D + "1980s"])
R(T, "love a good drama, nothing made before 1970 though", like=[G + "Drama"], year=(1970, None))
R(T, "i'm keen on westerns but john wayne does nothing whatsoever for me", like=[G + "Western"],
  dislike=[P + "John Wayne"])
R(T, "sci-fi's great, horror a lot less so", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "bring on the romance, just keep the big song and dance numbers out of it", like=[G + "Romance"],
  dislike=[G + "Musical"])
R(T, "i'd love a war film, but please nothing made after 1980", like=[G + "War"], year=(None, 1980))
R(T, "kubrick yes please, but spare me the nicholson scenery chewing", like=[P + "Stanley Kubrick"],
  dislike=[P + "Jack Nicholson"])
R(T, "documentaries are my jam, the 60s ones not so much", like=[G + "Documentary"], dislike=[D + "1960s"])
R(T, "crime dramas are great but i can't stand joe pesci yelling", like=[G + "Crime"],
  dislike=[P + "Joe Pesci"])
R(T, "adventure please, minus the kiddie stuff", like=[G + "Adventure"], dislike=[G + "Children's"])
R(T, "fantasy's a yes from me, tim burton's a no", like=[G + "Fantasy"], dislike=[P + "Tim Burton"])
R(T, "i'm into mysteries, but keep it post-1960 please", like=[G + "Mystery"], year=(1960, None))
R(T, "goldie hawn cracks me up, chevy chase really doesn't", like=[P + "Goldie Hawn"],
  dislike=[P + "Chevy Chase"])
R(T, "noir for sure, but skip the 30s stuff", like=[G + "Film-Noir"], dislike=[D + "1930s"])

# ------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like horror? is the pope catholic, mate", like=[G + "Horror"])
R(T, "would i watch a musical? over my dead body", dislike=[G + "Musical"])
R(T, "westerns? you bet your dusty boots i do", like=[G + "Western"])
R(T, "tom hanks? who on earth doesn't love tom hanks", like=[P + "Tom Hanks"])
R(T, "am i into sci-fi? not even slightly, sorry", dislike=[G + "Sci-Fi"])
R(T, "documentaries, you ask? absolutely, all day long", like=[G + "Documentary"])
R(T, "should we do a war film? honestly, i'd rather not", dislike=[G + "War"])
R(T, "something from the 60s? oh go on, why not", like=[D + "1960s"])
R(T, "could i sit through a romance tonight? not a chance", dislike=[G + "Romance"])
R(T, "is there anything better than a good heist film? i don't think there is", like=[G + "Crime"])
R(T, "what's not to love about jackie chan? nothing, that's what", like=[P + "Jackie Chan"])
R(T, "do i want cartoons? i'm forty, so no", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "eddie murphy, you say? yeah no, not for me", dislike=[P + "Eddie Murphy"])
R(T, "comedy? is that even a question? yes, obviously", like=[G + "Comedy"])
R(T, "thrillers, am i in the mood for one? nope, not tonight", dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "anything from the 80s please, that's my decade through and through", like=[D + "1980s"])
R(T, "nothing older than 1990, and i mean it", year=(1990, None))
R(T, "the 20s are a bit before my time, skip them", dislike=[D + "1920s"])
R(T, "golden age 30s stuff is where i live, screwball and all", like=[D + "1930s"])
R(T, "keep it pre-1970 for me if you can, the older the better", year=(None, 1969))
R(T, "the 70s were peak cinema and i will happily die on this hill", like=[D + "1970s"])
R(T, "no 60s films, the colours make my eyes bleed", dislike=[D + "1960s"])
R(T, "only stuff made from 1985 onwards, ta", year=(1985, None))
R(T, "the 40s and 50s are my sweet spot", like=[D + "1940s", D + "1950s"])
R(T, "nothing past 1979, modern films lose me", year=(None, 1979))
R(T, "the 90s are so overrated, give that decade a rest", dislike=[D + "1990s"])
R(T, "fifties films are a treat, hand me one", like=[D + "1950s"])
R(T, "nothing from before the 80s, i can't do the grainy look", year=(1980, None), ok=BEFORE_80S)
R(T, "the 80s, absolutely not, shoulder pads and synths, no", dislike=[D + "1980s"])
R(T, "twenties silent stuff is brilliant, more of it", like=[D + "1920s"])

# ------------------------------------------------------------------------------------------------ people
T = "people"
R(T, "i'd follow quentin tarantino into a burning building", like=[P + "Quentin Tarantino"])
R(T, "kevin costner puts me to sleep faster than melatonin", dislike=[P + "Kevin Costner"])
R(T, "jodie foster can do no wrong in my eyes", like=[P + "Jodie Foster"])
R(T, "please spare me any more hugh grant bumbling", dislike=[P + "Hugh Grant"])
R(T, "billy wilder is the man, full stop, end of sentence", like=[P + "Billy Wilder"])
R(T, "sharon stone leaves me stone cold every time", dislike=[P + "Sharon Stone"])
R(T, "i'm a sucker for pretty much anything with michelle pfeiffer", like=[P + "Michelle Pfeiffer"])
R(T, "oliver stone films make me want to throw the remote at the telly", dislike=[P + "Oliver Stone"])
R(T, "watching gene kelly dance is basically my serotonin supply", like=[P + "Gene Kelly"])
R(T, "john travolta gets on my very last nerve", dislike=[P + "John Travolta"])
R(T, "david lynch is weird in all the right ways, gimme", like=[P + "David Lynch"])
R(T, "demi moore's films never quite land for me", dislike=[P + "Demi Moore"])
R(T, "samuel l jackson could read a shopping list and i'd be hooked", like=[P + "Samuel L. Jackson"])
R(T, "cary grant is smooth as butter, any of his please", like=[P + "Cary Grant"])
R(T, "the coen brothers are geniuses, bring on joel and ethan", like=[P + "Joel Coen", P + "Ethan Coen"])

# ------------------------------------------------------------------------------------------------ titles
T = "titles"
R(T, "fargo is a flippin' masterpiece, more like that", like_items=["Fargo (1996)"])
R(T, "titanic bored me to tears, nothing like it please", dislike_items=["Titanic (1997)"])
R(T, "the big lebowski is basically my religion at this point, man", like_items=["The Big Lebowski (1998)"])
R(T, "waterworld was a soggy mess, steer well clear of that kind of thing", dislike_items=["Waterworld (1995)"])
R(T, "jaws still gives me the chills in the best way, decades on", like_items=["Jaws (1975)"])
R(T, "batman & robin is a crime against cinema, nothing similar please", dislike_items=["Batman & Robin (1997)"])
R(T, "the princess bride is pure joy, find me its long lost cousin", like_items=["The Princess Bride (1987)"])
R(T, "con air was dumb as rocks and not in a fun way", dislike_items=["Con Air (1997)"])
R(T, "blade runner has lived rent-free in my head since the first watch", like_items=["Blade Runner (1982)"])
R(T, "home alone drove me right up the wall, all that shrieking", dislike_items=["Home Alone (1990)"])
R(T, "trainspotting is a banger, something with that energy", like_items=["Trainspotting (1996)"])
R(T, "showgirls, absolutely not, i'd sooner eat glass", dislike_items=["Showgirls (1995)"])
R(T, "brazil blew my tiny mind, anything in that vein", like_items=["Brazil (1985)"])
R(T, "jerry maguire made me want to walk out halfway", dislike_items=["Jerry Maguire (1996)"])
R(T, "the full monty had me in stitches, more of that", like_items=["The Full Monty (1997)"])

# ------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "ok so long story but my flatmate made me watch this old black and white detective thing last week, "
     "thought i'd hate it, ended up absolutely hooked, the shadows, the smoky offices, all of it, so yeah, "
     "film noir, i think i'm a convert now", like=[G + "Film-Noir"])
R(T, "so we had my nephew over on saturday and i swear he put on the same cartoon like six times in a row, "
     "and by the end of it i was ready to walk into the sea, so please, for the love of god, nothing animated "
     "for a good long while", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "right so background: i worked nights at a video shop back in the day, and the one shelf i never got sick "
     "of restocking was the hong kong section, john woo especially, the man's a legend, anyway point is i'd "
     "love one of his", like=[P + "John Woo"])
R(T, "me and my girlfriend tried to watch a horror film on our second date and she spent an hour behind a "
     "cushion and i had to pretend i wasn't scared either, anyway we're married now and we've agreed, horror "
     "stays off the menu", dislike=[G + "Horror"])
R(T, "was telling my dad about this the other day, he grew up on westerns and dragged me along to every one "
     "of them, and i suppose it rubbed off, because these days there's nothing i'd rather watch than a good "
     "cowboy picture, especially the 60s ones", like=[G + "Western", D + "1960s"])
R(T, "ok bit of a ramble but my book club did a film month and someone picked a musical and i sat there for "
     "two and a half hours with my teeth clenched, so keep those far away from me please, but the mystery "
     "they picked the week after was brilliant, more of that", like=[G + "Mystery"], dislike=[G + "Musical"])
R(T, "funny story, i fell asleep during titanic at the cinema back in 97 and my mate has never let me forget "
     "it, so yeah, long weepy romances aren't for me, but something zippy with a bit of action i could do",
  like=[G + "Action"], dislike=[G + "Romance"], ok=["-" + ITEM + "Titanic (1997)"])
R(T, "so i've been off sick all week and basically living on documentaries, nature ones, history ones, "
     "whatever was on, and honestly it's been the best week i've had in ages, keep them coming",
  like=[G + "Documentary"])
R(T, "my grandad always says they don't make them like they used to, and for years i rolled my eyes, but "
     "i've started watching 40s films with him on sundays and he's bang on, so yeah anything from that decade",
  like=[D + "1940s"])
R(T, "i'll be honest, i went through a massive robert de niro phase at uni, posters on the wall, the lot, "
     "and it never really ended, so whatever you've got with him in it, i'm there", like=[P + "Robert De Niro"])

# ------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "i like comedies, the sillier the better", like=[G + "Comedy"])
R(T, "i don't like horror, it gives me nightmares for days", dislike=[G + "Horror"])
R(T, "please recommend a good drama for tonight, something serious", like=[G + "Drama"])
R(T, "no westerns please, i find them really slow", dislike=[G + "Western"])
R(T, "i really enjoy the films steven spielberg directs", like=[P + "Steven Spielberg"])
R(T, "i do not want anything with adam sandler in it", dislike=[P + "Adam Sandler"])
R(T, "i'd like a sci-fi movie for the weekend, something with aliens", like=[G + "Sci-Fi"])
R(T, "i don't enjoy war films, too much shooting for me", dislike=[G + "War"])
R(T, "i love romantic films, the more kissing the better", like=[G + "Romance"])
R(T, "i don't want any musicals this time round", dislike=[G + "Musical"])
R(T, "i'm looking for an adventure film, something with a quest in it", like=[G + "Adventure"])
R(T, "i'm not interested in documentaries right now, i want a story", dislike=[G + "Documentary"])
R(T, "i mostly like films from the 1990s, that's when i grew up", like=[D + "1990s"])
R(T, "please don't suggest anything from the 1950s", dislike=[D + "1950s"])
R(T, "i like tom hanks movies a lot, he's always good", like=[P + "Tom Hanks"])
R(T, "crime movies are what i want this evening", like=[G + "Crime"])
R(T, "i don't like animated films, i'm a grown adult", dislike=[G + "Animation"])
R(T, "i want a thriller, something tense and gripping", like=[G + "Thriller"])
R(T, "i don't care for film noir at all, too dark and mumbly", dislike=[G + "Film-Noir"])
R(T, "i'd like a fantasy movie tonight with magic in it", like=[G + "Fantasy"])
R(T, "i don't want a mystery, i'm too tired to think tonight", dislike=[G + "Mystery"])
R(T, "i like harrison ford films, the older ones mostly", like=[P + "Harrison Ford"])
R(T, "i'm not a fan of nicole kidman, sorry", dislike=[P + "Nicole Kidman"])
R(T, "action movies aren't for me, i don't like all the explosions", dislike=[G + "Action"])


if __name__ == "__main__":
    main()
