"""Writes evals/data/utterances_fresh37.jsonl: a thirty-seventh fresh held-out batch of `idiom` utterances (see
README.md here, "Thirty-seventh fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-06 (08:13-08:17 UTC) by F37, before and apart from the stance reader's round 22
(issue 21), while another engineer (F38) wrote batch #38 apart from this one: the writer did not open the stance
readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, tools/mood.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench),
/work/notes beyond its own brief, or F38's writer, output or brief; ran no reader, agent, test or benchmark on these
sentences; and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier
fresh batches (#1-#36) or of the stance training writers (w1-w15). Read: fresh_batch.py, write_utterances.py's R(),
its G / D / P constants and its first ~20 complaint records (the same screenful also showed its first ~25 reference
records, none of them idioms), the first 50 and last 5 lines of write_utterances_fresh8.py, README.md's eighth-batch
section and the ml-100k catalogue's vocabulary and film labels. Four sentences were reworded because the writer's
own check named them as already in an earlier file; about sixty other short or generic ones were lengthened or
reworded along the way to make a repeat less likely. The reader's author is not to read this file or its output.
Every gold label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the 16 topics of the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build / main
(the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh37
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh37.jsonl"
OTHER_FILES = earlier_files(36, 15)  # utterances.jsonl, fresh #1-#36, training batches w1-w15
BATCH = "fresh37-2026-12-06"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "war films are a full blown sickness with me, i've got a whole shelf just for them", like=[G + "War"])
R(T, "honestly westerns are my kryptonite, one dusty saloon door swinging and i'm gone for the night",
  like=[G + "Western"])
R(T, "mysteries are an absolute menace to my sleep schedule, can't switch off till i know who did it",
  like=[G + "Mystery"])
R(T, "i'm a hopeless wreck for a good weepy romance, tissues at the ready, line one up", like=[G + "Romance"])
R(T, "my film noir habit is getting properly out of hand and i'd like you to feed it anyway",
  like=[G + "Film-Noir"])
R(T, "jackie chan stunts are a dangerous drug for me mate, more of that please", like=[P + "Jackie Chan"])
R(T, "animated stuff is my guilty little vice, hand drawn or computer, hit me with one", like=[G + "Animation"])
R(T, "i'm criminally obsessed with heist movies, the bit where the crew gets assembled kills me every time",
  like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "90s action is a disease i caught at age nine and i never want the cure", like=[G + "Action", D + "1990s"])
R(T, "documentaries have ruined me for normal telly, i'm insufferable about them now, give me another one",
  like=[G + "Documentary"])
R(T, "scary films wreck me in the best possible way, bring on the nightmares tonight", like=[G + "Horror"])
R(T, "musicals are my shameful addiction, yes even the cheesy ones with the jazz hands, go on",
  like=[G + "Musical"])
R(T, "slasher stuff is just sickening to me, actually sickening, not the fun kind of sick",
  dislike=[G + "Horror"])
R(T, "thrillers are pure torture for my nerves and i don't mean that as a compliment this time",
  dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "i've had my fill of courtroom dramas this year, honestly couldn't face another one",
  dislike=[G + "Drama"])
R(T, "mate i'm all cowboyed out after that bank holiday marathon, no westerns for a good while",
  dislike=[G + "Western"])
R(T, "big dumb action has worn me right down, i'm running on empty when it comes to explosions",
  dislike=[G + "Action"])
R(T, "i've overdosed on romcoms this month, my teeth actually hurt from all the sugar",
  dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "haunted house films have gotten so old for me, i'm done being jumped at by a cat in a cupboard",
  dislike=[G + "Horror"])
R(T, "cartoons? had them up to here with the kids all summer holidays, grown up stuff please",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "i'm sick to the back teeth of 80s movies, the hair alone is exhausting", dislike=[D + "1980s"])
R(T, "my tank is empty on space operas, watched three last weekend and that's me done with them",
  dislike=[G + "Sci-Fi"])
R(T, "the detective whodunnit thing is done to death for me, can't bring myself to care who the butler was",
  dislike=[G + "Mystery"])
R(T, "burnt out on war films after my history channel binge, give it a rest for now", dislike=[G + "War"])
R(T, "i've seen enough tap dancing to last me a lifetime, so no musicals", dislike=[G + "Musical"])
R(T, "one more gangster flick and i'll genuinely scream, that's how fed up i am", dislike=[G + "Crime"])
R(T, "tom cruise fatigue is real for me, he's in everything and i've hit my limit", dislike=[P + "Tom Cruise"])
R(T, "the 50s have run their course with me, i've seen all the black and white i'll ever need",
  dislike=[D + "1950s"], ok=["-decade:1940s"])
R(T, "i will never ever tire of a good swashbuckler, keep them coming", like=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "wouldn't say no to a spot of film noir tonight, as it happens", like=[G + "Film-Noir"])
R(T, "a western wouldn't be the worst thing in the world right about now", like=[G + "Western"])
R(T, "i don't mind a documentary now and again, they're alright actually", like=[G + "Documentary"])
R(T, "fantasy is not entirely without its charms for me", like=[G + "Fantasy"])
R(T, "i could probably be talked into something from the sixties", like=[D + "1960s"])
R(T, "denzel's not bad at all, not bad at all, i'd watch him", like=[P + "Denzel Washington"])
R(T, "a comedy might not go amiss after the week i've had", like=[G + "Comedy"])
R(T, "i'm not totally allergic to a musical if it's a decent one", like=[G + "Musical"])
R(T, "adventure stuff would be, let's say, not unwelcome this evening", like=[G + "Adventure"])
R(T, "horror's a bit of alright every now and then, i'll allow it", like=[G + "Horror"])
R(T, "mysteries aren't exactly my cup of tea if i'm honest with you", dislike=[G + "Mystery"])
R(T, "i'm not what you'd call a massive fan of war pictures", dislike=[G + "War"])
R(T, "animation is a little bit lost on me, i think, always has been", dislike=[G + "Animation"])
R(T, "adam sandler and me haven't really clicked over the years, put it that way",
  dislike=[P + "Adam Sandler"])
R(T, "the 1920s stuff is perhaps slightly before my time, shall we say", dislike=[D + "1920s"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like i don't enjoy a thriller, i do, so go ahead", like=[G + "Thriller"])
R(T, "i never say no to a spielberg film, never have and never will", like=[P + "Steven Spielberg"])
R(T, "can't say i've never loved a musical, i grew up on the things", like=[G + "Musical"])
R(T, "there's no comedy going that i won't at least give a shot", like=[G + "Comedy"])
R(T, "not a single crime film has ever failed to hook me, not one", like=[G + "Crime"])
R(T, "i don't not like romance, if that makes any sense, so yeah go for it", like=[G + "Romance"])
R(T, "no way am i not watching some sci-fi tonight, it's tradition", like=[G + "Sci-Fi"])
R(T, "it's not that i dislike the 70s, quite the opposite in fact", like=[D + "1970s"])
R(T, "we wouldn't not watch an animated one, we're easy like that", like=[G + "Animation"])
R(T, "i've yet to meet a period drama i didn't fall for", like=[G + "Drama"])
R(T, "i'm not unhappy with fantasy stuff, not at all, bring it", like=[G + "Fantasy"])
R(T, "it's not that i don't get why people love horror, i just don't myself, so no", dislike=[G + "Horror"])
R(T, "i can't not cringe my way through documentaries, so leave those out", dislike=[G + "Documentary"])
R(T, "not that i never gave war films a fair chance, i did, and no thanks", dislike=[G + "War"])
R(T, "it's not as if i don't find slapstick annoying, i absolutely do, so none of that",
  dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but noir for me tonight, rain soaked streets and fedoras", like=[G + "Film-Noir"])
R(T, "it's a war film or nothing, that's the mood i'm in", like=[G + "War"])
R(T, "animation or bust this evening, the kids have spoken", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "the only thing i'll sit through right now is a good mystery", like=[G + "Mystery"])
R(T, "strictly 90s please, nothing but the nineties", like=[D + "1990s"])
R(T, "just hitchcock, only hitchcock, all the hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "it's adventure or i'm going to bed, simple as", like=[G + "Adventure"])
R(T, "i want sci-fi and only sci-fi, end of discussion", like=[G + "Sci-Fi"])
R(T, "anything but horror, i'm actually begging you", dislike=[G + "Horror"])
R(T, "i'll watch whatever you fancy except a musical, i'm flexible otherwise", dislike=[G + "Musical"])
R(T, "everything's fair game tonight bar westerns, dealer's choice", dislike=[G + "Western"])
R(T, "any genre you like apart from documentaries, i get enough of those at school", dislike=[G + "Documentary"])
R(T, "put on anything from any decade, just not the 30s", dislike=[D + "1930s"])
R(T, "you can pick anyone except jim carrey, i can't cope with his face", dislike=[P + "Jim Carrey"])
R(T, "anything goes tonight save for romance, not feeling it", dislike=[G + "Romance"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "comedy beats drama every day of the week for me, life's heavy enough", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "i'd take a thriller over a soppy romance any time you asked me", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "westerns wipe the floor with sci-fi as far as i'm concerned", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "honestly the seventies knock the eighties into a cocked hat, it's not even close",
  like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "give me de niro over pacino, no contest whatsoever", like=[P + "Robert De Niro"],
  dislike=[P + "Al Pacino"])
R(T, "mysteries leave horror standing in the dust for me", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "adventure > fantasy and i will die on this hill, fight me", like=[G + "Adventure"], dislike=[G + "Fantasy"])
R(T, "kubrick over spielberg all day long and twice on sundays",
  like=[P + "Stanley Kubrick"], dislike=[P + "Steven Spielberg"])
R(T, "a good war film trumps any action flick going", like=[G + "War"], dislike=[G + "Action"])
R(T, "documentaries are miles better than musicals in my book", like=[G + "Documentary"],
  dislike=[G + "Musical"])
R(T, "the 40s make the 60s look like amateur hour", like=[D + "1940s"], dislike=[D + "1960s"])
R(T, "crime knocks spots off children's films for me, no contest", like=[G + "Crime"],
  dislike=[G + "Children's"])
R(T, "meg ryan outshines julia roberts for me every single time", like=[P + "Meg Ryan"],
  dislike=[P + "Julia Roberts"])
R(T, "film noir has got the edge on modern thrillers, the old ones hit harder", like=[G + "Film-Noir"],
  dislike=[G + "Thriller"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "that's very kind of you but i'll pass on the horror if that's alright", dislike=[G + "Horror"])
R(T, "thanks so much, though i think i'll sit out the westerns", dislike=[G + "Western"])
R(T, "i appreciate the thought, but war films aren't really for me", dislike=[G + "War"])
R(T, "lovely suggestions, but could we maybe steer clear of musicals?", dislike=[G + "Musical"])
R(T, "you're a gem for trying but i'd rather not do anything from the 50s", dislike=[D + "1950s"])
R(T, "i'm sure they're wonderful but sci-fi tends to lose me, sorry about that", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you, i'd prefer to give the cartoons a miss", dislike=[G + "Animation"])
R(T, "no offence to stallone fans, but i'd rather skip him if i can", dislike=[P + "Sylvester Stallone"])
R(T, "i hate to be a bother but could we leave out the romance please", dislike=[G + "Romance"])
R(T, "that's thoughtful of you, but documentaries aren't quite my thing, thank you though",
  dislike=[G + "Documentary"])
R(T, "kindly and respectfully, no more woody allen for me please", dislike=[P + "Woody Allen"])
R(T, "bless you for the effort but the 1920s stuff is a bit much for me", dislike=[D + "1920s"])
R(T, "if it isn't too much bother, i'd really love a twisty mystery tonight", like=[G + "Mystery"])
R(T, "would you be so kind as to find me something with audrey hepburn in it?", like=[P + "Audrey Hepburn"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "horror? nah mate, not a chance in hell, i scare too easy", dislike=[G + "Horror"])
R(T, "westerns are a hard pass from me, innit, too much dust", dislike=[G + "Western"])
R(T, "musicals can do one, honestly, the singing sets my teeth on edge", dislike=[G + "Musical"])
R(T, "lol no, kids movies, next please, i'm a grown adult", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "sci-fi is such a snooze fest, miss me with all that laser stuff", dislike=[G + "Sci-Fi"])
R(T, "romance? yeah no, bin it, i'm not in that headspace", dislike=[G + "Romance"])
R(T, "the 80s can jog on as far as i'm concerned, mullets and all", dislike=[D + "1980s"])
R(T, "schwarzenegger? pfft, not today satan", dislike=[P + "Arnold Schwarzenegger"])
R(T, "documentaries are a big fat nope from me", dislike=[G + "Documentary"])
R(T, "fantasy can get in the sea tbh, wizards and all", dislike=[G + "Fantasy"])
R(T, "war stuff, meh, pass on that one chief", dislike=[G + "War"])
R(T, "kevin costner can take a long walk off a short pier", dislike=[P + "Kevin Costner"])
R(T, "crime dramas, ugh, hard no, i'm good thanks", dislike=[G + "Crime"])
R(T, "anything from the 30s gets an instant swipe left from me", dislike=[D + "1930s"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "film noir is pure velvet for the eyes, all those shadows", like=[G + "Film-Noir"])
R(T, "a good adventure film is like a holiday in a box", like=[G + "Adventure"])
R(T, "mysteries are catnip for my brain, i can't get enough", like=[G + "Mystery"])
R(T, "morgan freeman's voice is honey poured over gravel, give me all of him", like=[P + "Morgan Freeman"])
R(T, "comedies are the little bit of sunshine in my grey week", like=[G + "Comedy"])
R(T, "the 60s were a goldmine, an absolute treasure trove of films", like=[D + "1960s"])
R(T, "thrillers make my heart sing and race at the same time", like=[G + "Thriller"])
R(T, "westerns are poetry on horseback to me, wide skies and all", like=[G + "Western"])
R(T, "animation is magic in a bottle, every frame of it", like=[G + "Animation"])
R(T, "kurosawa is a towering giant, anything of his will do", like=[P + "Akira Kurosawa"])
R(T, "war films done right are a punch to the soul in the best way, more of those", like=[G + "War"])
R(T, "documentaries are windows onto whole other worlds, i adore them", like=[G + "Documentary"])
R(T, "the 50s had a sparkle that nothing since has quite matched", like=[D + "1950s"])
R(T, "fantasy films are pure escape, a door to somewhere else, love em", like=[G + "Fantasy"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good heist film but keep the romance well out of it", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "yes to sci-fi, no to anything scary, my nerves are shot", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "keen on comedies, just nothing made before 1980", like=[G + "Comedy"], year=(1980, None))
R(T, "i'm all for westerns, but not the creaky old 40s ones with the painted skies",
  like=[G + "Western"], dislike=[D + "1940s"])
R(T, "musicals are brilliant, dramas send me straight to sleep", like=[G + "Musical"], dislike=[G + "Drama"])
R(T, "bruce willis yes, dolph lundgren absolutely not", like=[P + "Bruce Willis"], dislike=[P + "Dolph Lundgren"])
R(T, "give me mysteries, but hold the fisticuffs, no action films", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "adventure's great, the 90s stuff less so", like=[G + "Adventure"], dislike=[D + "1990s"])
R(T, "been into documentaries lately, gone right off thrillers though", like=[G + "Documentary"],
  dislike=[G + "Thriller"])
R(T, "fantasy i'm up for, animated fantasy i'm not", like=[G + "Fantasy"], dislike=[G + "Animation"])
R(T, "anything with harrison ford, as long as it's from before 1990", like=[P + "Harrison Ford"],
  year=(None, 1989))
R(T, "the 70s were ace, the 60s i can live without", like=[D + "1970s"], dislike=[D + "1960s"])
R(T, "i'll happily watch a war movie but spare me the crime ones", like=[G + "War"], dislike=[G + "Crime"])
R(T, "kids films are fine by me, horror is not", like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "emma thompson always and forever, hugh grant never ever", like=[P + "Emma Thompson"], dislike=[P + "Hugh Grant"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do i like westerns, you ask? does a bear live in the woods, of course i do", like=[G + "Western"])
R(T, "would i sit through a musical? not in a million years, mate", dislike=[G + "Musical"])
R(T, "you want to know if i'm into horror? yes, obviously, big time", like=[G + "Horror"])
R(T, "sci-fi? honestly, why would i, i find it dull as dishwater", dislike=[G + "Sci-Fi"])
R(T, "fancy a thriller? oh go on then, twist my arm", like=[G + "Thriller"])
R(T, "am i a fan of 80s films? not really, no, they haven't aged well for me", dislike=[D + "1980s"])
R(T, "war films? i'll be straight with you, they're my favourite", like=[G + "War"])
R(T, "do i want romance tonight? nope, not one bit", dislike=[G + "Romance"])
R(T, "tom hanks? who doesn't love him, i certainly do", like=[P + "Tom Hanks"])
R(T, "is there anything better than a proper whodunnit? no there isn't", like=[G + "Mystery"])
R(T, "documentaries? what's even the point, i'd rather just read a book on it", dislike=[G + "Documentary"])
R(T, "should we try a cartoon tonight? hmm, no, actually, not for me", dislike=[G + "Animation"])
R(T, "fantasy or not fantasy, that is the question? fantasy, definitely", like=[G + "Fantasy"])
R(T, "anything from the 40s? god no, too creaky for me", dislike=[D + "1940s"])
R(T, "comedy? yeah why not, sounds good to me after the day i've had", like=[G + "Comedy"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the 70s are my happy place when it comes to films, grainy and all", like=[D + "1970s"])
R(T, "something from the 30s please, i'm in a vintage sort of mood", like=[D + "1930s"])
R(T, "i'm after some 80s cheese, neon and synths and big shoulder pads", like=[D + "1980s"])
R(T, "golden age 40s pictures are just the ticket tonight", like=[D + "1940s"])
R(T, "proper 20s silent stuff, yes please, with the organ music", like=[D + "1920s"])
R(T, "the 90s have nothing whatsoever to offer me, grunge era films included", dislike=[D + "1990s"])
R(T, "no thank you to the 60s, far too psychedelic for me", dislike=[D + "1960s"])
R(T, "anything from the 1950s is off the table for me this week", dislike=[D + "1950s"])
R(T, "70s films look grimy and brown to me, give them a miss", dislike=[D + "1970s"])
R(T, "nothing older than 1985, i need colour and decent sound", year=(1985, None))
R(T, "from 1975 onwards only, please and thank you", year=(1975, None))
R(T, "keep it pre-1970 for me, the newer stuff leaves me cold", year=(None, 1969))
R(T, "stop at 1979 for me, nothing from the 80s onwards", year=(None, 1979))
R(T, "cut off everything before 1960 please, it all feels stagey to me", year=(1960, None))
R(T, "as long as it was made in 1990 or later i'm happy with whatever", year=(1990, None))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "meryl streep could read out the phone book and i'd be riveted", like=[P + "Meryl Streep"])
R(T, "jack nicholson has that glint in his eye, i'll follow him anywhere", like=[P + "Jack Nicholson"])
R(T, "tarantino is my guy, full stop, no notes", like=[P + "Quentin Tarantino"])
R(T, "sigourney weaver is a total boss, more of her please", like=[P + "Sigourney Weaver"])
R(T, "bill murray's deadpan gets me every single time", like=[P + "Bill Murray"])
R(T, "i'd watch anything the coen brothers so much as touch", like=[P + "Joel Coen"], ok=["+person:Ethan Coen"])
R(T, "cary grant, the charm on that man, yes", like=[P + "Cary Grant"])
R(T, "john carpenter knows how to build dread like nobody else, i'm in", like=[P + "John Carpenter"])
R(T, "nicolas cage shouting for two hours is not my idea of a fun night", dislike=[P + "Nicolas Cage"])
R(T, "keanu's acting is as wooden as a plank, skip him", dislike=[P + "Keanu Reeves"])
R(T, "i can't stand pauly shore, not even a little bit", dislike=[P + "Pauly Shore"])
R(T, "van damme films all blur into one long roundhouse kick, no ta", dislike=[P + "Jean-Claude Van Damme"])
R(T, "michael bay makes my head hurt, keep him well away from me", dislike=[P + "Michael Bay"])
R(T, "demi moore just doesn't do it for me, sorry", dislike=[P + "Demi Moore"])
R(T, "oliver stone is far too preachy for my tastes, pass", dislike=[P + "Oliver Stone"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "fargo is a little masterpiece, find me its cousins", like_items=["Fargo (1996)"])
R(T, "apollo 13 had me holding my breath the whole way through, more like that", like_items=["Apollo 13 (1995)"])
R(T, "blade runner lives rent free in my head and has done since i was fifteen", like_items=["Blade Runner (1982)"])
R(T, "monty python and the holy grail still makes me cry laughing", like_items=[
  "Monty Python and the Holy Grail (1974)"])
R(T, "jaws is still the gold standard of summer films, don't @ me", like_items=["Jaws (1975)"])
R(T, "when harry met sally is the comfiest film ever made", like_items=["When Harry Met Sally... (1989)"])
R(T, "clueless is iconic and i will hear nothing against it", like_items=["Clueless (1995)"])
R(T, "brazil is a glorious fever dream, something in that vein please", like_items=["Brazil (1985)"])
R(T, "waterworld was a soggy disaster, nothing like that", dislike_items=["Waterworld (1995)"])
R(T, "batman & robin? the ice puns alone, no thank you", dislike_items=["Batman & Robin (1997)"])
R(T, "titanic bored me stiff, three hours i'll never get back", dislike_items=["Titanic (1997)"])
R(T, "spice world is a crime against cinema, keep it away", dislike_items=["Spice World (1997)"])
R(T, "showgirls was a car crash and not the entertaining kind", dislike_items=["Showgirls (1995)"])
R(T, "speed 2 sank without a trace for me, avoid anything like it",
  dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "jerry maguire left me cold, show me the exit", dislike_items=["Jerry Maguire (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my sister dragged me to this old cinema at the weekend and they were showing some 50s thing in black and "
     "white and i went in grumbling but honestly i came out buzzing, so yeah i think i want more from the 50s, "
     "weird i know", like=[D + "1950s"])
R(T, "ok long story but my flatmate has been on a robin williams kick since we found his old stuff on some channel "
     "and now i'm hooked too, the man was a genius, anything of his you've got", like=[P + "Robin Williams"])
R(T, "right so i've just got back from a camping trip where it rained for four days straight and all i want now is "
     "to curl up with something swashbuckly and adventurous, ships and treasure maps and all that",
  like=[G + "Adventure"])
R(T, "my ex was obsessed with sci-fi and made me sit through every single one of them, so between you and me i'd "
     "quite like to never see a spaceship again for as long as i live", dislike=[G + "Sci-Fi"])
R(T, "we tried a horror night for halloween last year and my youngest didn't sleep for a week and to be honest "
     "neither did i, so let's just say that's not happening again", dislike=[G + "Horror"])
R(T, "i used to work in a video shop in the 90s and we had steven seagal on a loop in the staff room every shift, "
     "so i've had enough of him for three lifetimes tbh", dislike=[P + "Steven Seagal"])
R(T, "my dad's birthday is coming up and he only ever watches westerns, which suits me fine, but my mum will walk "
     "out if there's any war stuff in it, so a western without the war bits is what we need",
  like=[G + "Western"], dislike=[G + "War"])
R(T, "been on a bit of a journey this year, went through a massive documentary phase and i think i'm out the "
     "other side of it now, what i really fancy is a daft comedy to switch my brain off",
  like=[G + "Comedy"], dislike=[G + "Documentary"])
R(T, "so we're doing a film club at work and last month somebody picked a musical and it was carnage, nobody's "
     "forgiven them, so this month it's my pick and i'm thinking a proper gritty crime thriller",
  like=[G + "Crime", G + "Thriller"], dislike=[G + "Musical"])
R(T, "bit of background, i grew up on disney and all that but i'm 40 now and the cartoons have lost their sparkle "
     "for me, although i'll still watch anything from the 80s because that's when i was a kid and it's pure "
     "nostalgia", like=[D + "1980s"], dislike=[G + "Animation"], ok=["-genre:Children's"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "i like comedies, and honestly the sillier the better for me tonight", like=[G + "Comedy"])
R(T, "thrillers are what i enjoy most of all, the twistier the better", like=[G + "Thriller"])
R(T, "i'd like a romance tonight please, something sweet and not too sad", like=[G + "Romance"])
R(T, "looking for a crime film this evening, nothing fancy", like=[G + "Crime"])
R(T, "i really love films from the 1940s, they don't make them like that now", like=[D + "1940s"])
R(T, "julia roberts is great, find me something with her in it please", like=[P + "Julia Roberts"])
R(T, "i'm a big horror fan and always have been, since i was about twelve", like=[G + "Horror"])
R(T, "we want an animated film the whole family can watch on sunday", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "war films are the ones i like best, the grittier the better", like=[G + "War"])
R(T, "a sci-fi movie would be good right now if you've got one", like=[G + "Sci-Fi"])
R(T, "i like clint eastwood films a lot, my grandad got me into them", like=[P + "Clint Eastwood"])
R(T, "i'd like a fantasy film from the 90s if there's a good one", like=[G + "Fantasy", D + "1990s"])
R(T, "i don't like westerns at all, never have, never will", dislike=[G + "Western"])
R(T, "no horror films tonight please, i'm home on my own", dislike=[G + "Horror"])
R(T, "i'm not into musicals, never really was even as a kid", dislike=[G + "Musical"])
R(T, "i really dislike action movies, the noise gets to me", dislike=[G + "Action"])
R(T, "please don't suggest any documentaries this time", dislike=[G + "Documentary"])
R(T, "i don't want anything from the 1970s tonight, thanks", dislike=[D + "1970s"])
R(T, "not a fan of robert de niro, to be honest, he mumbles", dislike=[P + "Robert De Niro"])
R(T, "i do not enjoy film noir, all that mumbling in the shadows", dislike=[G + "Film-Noir"])
R(T, "no children's films, it's just us adults tonight", dislike=[G + "Children's"])
R(T, "i don't like mysteries very much, i always guess wrong", dislike=[G + "Mystery"])
R(T, "i don't want to watch anything with mel gibson in it", dislike=[P + "Mel Gibson"])
R(T, "i'm not in the mood for a heavy drama tonight", dislike=[G + "Drama"])


if __name__ == "__main__":
    main()
