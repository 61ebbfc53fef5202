"""Writes evals/data/utterances_fresh19.jsonl: a nineteenth fresh held-out batch of `idiom` utterances (see README.md
here, "Nineteenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (from 17:49 UTC) by F19, before and apart from the reader's round 13 (the thirteenth
round of change to the stance reader): the writer did not open the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py,
agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the
results (evals/results), the understanding benchmarks (evals/bench), /work/notes (other than this batch's own README
section) or the round-13 author's work, ran no reader, agent, test or benchmark on these sentences, and did not read
any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance
training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20
complaint records, the first 50 and last 5 lines of write_utterances_fresh8.py, README.md's eighth-batch section
and the catalogue vocabulary and film labels were read). The reader's author is not to read this file or its
output. Every gold label is what a careful reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in utterances.jsonl, fresh batches
#1-#18 or the stance training batches w1-w15. Run:
    python -m cesrec.evals.data.write_utterances_fresh19
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh19.jsonl"
OTHER_FILES = earlier_files(18, 15)  # utterances.jsonl, fresh #1-#18, training batches w1-w15
BATCH = "fresh19-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are my kryptonite, one dusty showdown and I'm gone for the whole weekend", like=[G + "Western"])
R(T, "I have a serious problem with heist movies and by problem I mean I've watched every single one twice",
  like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "musicals are a disease and I caught it at age six, never recovered", like=[G + "Musical"])
R(T, "documentaries have absolutely ruined me for regular tv, give me more", like=[G + "Documentary"])
R(T, "that Jim Carrey guy is a menace and I adore every rubber-faced minute", like=[P + "Jim Carrey"])
R(T, "film noir is my vice. rain, cigarettes, bad decisions, yes please", like=[G + "Film-Noir"])
R(T, "I'm obsessed to a frankly unhealthy degree with space operas", like=[G + "Sci-Fi"])
R(T, "thrillers give me actual heart palpitations and I keep crawling back for more, so... another one?",
  like=[G + "Thriller"])
R(T, "war films wreck me every time and honestly that's why I watch them", like=[G + "War"])
R(T, "cartoons are my guilty pleasure, shameless about it at 40", like=[G + "Animation"])
R(T, "I'm a lost cause when it comes to dragons and wizards and swords, hit me", like=[G + "Fantasy"])
R(T, "mystery movies are poison for me, I clock the killer in ten minutes and then I'm bored stiff",
  dislike=[G + "Mystery"])
R(T, "these gory slasher things are sick. sick in the good way, I mean, keep them coming", like=[G + "Horror"])
R(T, "Hitchcock is an addiction I'm not trying to kick", like=[P + "Alfred Hitchcock"])

# ------------------------------------------------------------------------------------------------------ fatigue
T = "fatigue"
R(T, "I've had my fill of big dumb action stuff for one lifetime", dislike=[G + "Action"])
R(T, "honestly I'm all romcom'd out after this month", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "zombie movies? been there, done that, got the bloodstained t-shirt", dislike=[G + "Horror"])
R(T, "I'm so over the whole period drama thing, every corset looks the same to me now", dislike=[G + "Drama"])
R(T, "Tom Hanks fatigue is real in this house, we need a break from the man", dislike=[P + "Tom Hanks"])
R(T, "my tolerance for war movies ran out somewhere around the third beach landing", dislike=[G + "War"])
R(T, "Sci-fi burnout. Seriously, no more spaceships for a while", dislike=[G + "Sci-Fi"])
R(T, "the 80s and I need some time apart, I've binged that whole decade", dislike=[D + "1980s"])
R(T, "if I see one more talking animal I'm going to scream, kids movies are dead to me for now",
  dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "fed up to the back teeth with musicals after my sister's theatre phase", dislike=[G + "Musical"])
R(T, "I've OD'd on cop shows lately so skip the crime stuff", dislike=[G + "Crime"])
R(T, "one more cowboy and I'm moving to the city for good lol, westerns are done for me", dislike=[G + "Western"])
R(T, "funny how I never tire of a good whodunit no matter how many I watch", like=[G + "Mystery"])
R(T, "documentaries have worn me down this year, I just want to switch my brain off", dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a halfway decent western", like=[G + "Western"])
R(T, "a thriller wouldn't go amiss tonight", like=[G + "Thriller"])
R(T, "I've been known to enjoy the odd Woody Allen picture", like=[P + "Woody Allen"])
R(T, "animated stuff isn't the worst thing in the world, I suppose", like=[G + "Animation"])
R(T, "a bit of romance might not kill me tonight", like=[G + "Romance"])
R(T, "I'm not entirely allergic to documentaries", like=[G + "Documentary"])
R(T, "I could probably be persuaded to watch something from the 50s", like=[D + "1950s"])
R(T, "Noir has its charms, I'll grant you that", like=[G + "Film-Noir"])
R(T, "horror's not really my cup of tea, to put it mildly", dislike=[G + "Horror"])
R(T, "musicals and I have never quite hit it off", dislike=[G + "Musical"])
R(T, "I'm not the biggest Kevin Costner fan, let's say", dislike=[P + "Kevin Costner"])
R(T, "war films can be a little much for me", dislike=[G + "War"])
R(T, "I'd hardly complain if you threw an adventure film my way", like=[G + "Adventure"])
R(T, "a Spielberg film has never exactly ruined my evening", like=[P + "Steven Spielberg"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a good comedy", like=[G + "Comedy"])
R(T, "I never said I didn't like sci-fi, I said I hadn't seen much of it. big difference", like=[G + "Sci-Fi"])
R(T, "there isn't a single crime film I haven't enjoyed, honestly", like=[G + "Crime"])
R(T, "there's no musical I wouldn't sit through happily", like=[G + "Musical"])
R(T, "I can't not watch a Harrison Ford movie when one's on", like=[P + "Harrison Ford"])
R(T, "it's not that I don't like westerns, it's that I really really don't. skip them", dislike=[G + "Western"])
R(T, "no way I'm not up for a mystery tonight", like=[G + "Mystery"])
R(T, "I don't dislike dramas, not at all", like=[G + "Drama"])
R(T, "Not that I have nothing against romance. I have plenty against it. Pass.", dislike=[G + "Romance"])
R(T, "nobody could ever accuse me of not loving a war epic", like=[G + "War"])
R(T, "never met a cartoon I didn't like", like=[G + "Animation"])
R(T, "I don't not like the 70s, stick some on the list", like=[D + "1970s"])
R(T, "I wouldn't say I don't mind documentaries... I mind them. a lot.", dislike=[G + "Documentary"])
R(T, "it's not untrue that I hate thrillers", dislike=[G + "Thriller"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns for me this weekend", like=[G + "Western"])
R(T, "anything but horror, please, I'm begging", dislike=[G + "Horror"])
R(T, "everything except musicals is fair game tonight, honest", dislike=[G + "Musical"])
R(T, "animation or nothing, the five year old has spoken", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "just give me comedies and only comedies", like=[G + "Comedy"])
R(T, "I'll watch whatever you want as long as it isn't a war movie", dislike=[G + "War"])
R(T, "it's sci-fi or I'm switching the telly off", like=[G + "Sci-Fi"])
R(T, "any decade you like bar the 1930s", dislike=[D + "1930s"])
R(T, "I'm strictly a film noir girl, nothing else will do", like=[G + "Film-Noir"])
R(T, "anything at all except another romance", dislike=[G + "Romance"])
R(T, "it's thrillers or I'm going to bed", like=[G + "Thriller"])
R(T, "any genre in the world apart from documentaries", dislike=[G + "Documentary"])
R(T, "only Kubrick tonight, accept no substitutes", like=[P + "Stanley Kubrick"])
R(T, "pick anything you want, just not fantasy", dislike=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a dusty old western beats your shiny space movie nine times out of ten", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a good documentary over some dumb action flick", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "crime dramas wipe the floor with romcoms", like=[G + "Crime"], dislike=[G + "Romance"],
  ok=["+genre:Drama", "-genre:Comedy"])
R(T, "Hitchcock runs rings round De Palma", like=[P + "Alfred Hitchcock"], dislike=[P + "Brian De Palma"])
R(T, "comedy > horror, fight me", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "the 70s knock the 90s into a cocked hat", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "give me Fargo over Pulp Fiction every time", like_items=["Fargo (1996)"], dislike_items=["Pulp Fiction (1994)"])
R(T, "musicals are way better than those grim war movies", like=[G + "Musical"], dislike=[G + "War"])
R(T, "Clint Eastwood squints better than John Wayne ever acted, so Eastwood all the way", like=[P + "Clint Eastwood"], dislike=[P + "John Wayne"])
R(T, "fantasy trumps mystery for me, no contest", like=[G + "Fantasy"], dislike=[G + "Mystery"])
R(T, "I'd rather watch paint dry than sit through a thriller, an adventure film on the other hand, yes",
  like=[G + "Adventure"], dislike=[G + "Thriller"])
R(T, "kids films are honestly more fun than most of these heavy dramas", like=[G + "Children's"],
  dislike=[G + "Drama"])
R(T, "old noir leaves your average cop movie in the dust", like=[G + "Film-Noir"], dislike=[G + "Crime"])
R(T, "Meg Ryan over Julia Roberts, no question", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "ah thanks ever so much, but I reckon I'll leave the scary ones to braver folk", dislike=[G + "Horror"])
R(T, "that's very kind, though musicals aren't really for me", dislike=[G + "Musical"])
R(T, "I appreciate the suggestion, but I'd rather steer clear of anything with Adam Sandler",
  dislike=[P + "Adam Sandler"])
R(T, "lovely of you to offer, but westerns just aren't my thing, sorry!", dislike=[G + "Western"])
R(T, "if it's all the same to you, I'd prefer to skip the war films", dislike=[G + "War"])
R(T, "no offence to sci-fi fans but I'll pass on that side of things", dislike=[G + "Sci-Fi"])
R(T, "I'm sure they're wonderful films, but I'd rather not do anything animated", dislike=[G + "Animation"])
R(T, "with the greatest respect, I'm going to decline the documentaries", dislike=[G + "Documentary"])
R(T, "thank you kindly, but the old black and white stuff isn't for me, nothing before 1960 please",
  year=(1960, None))
R(T, "would you mind terribly leaving out the romance ones?", dislike=[G + "Romance"])
R(T, "I hate to be difficult but could we avoid Stallone?", dislike=[P + "Sylvester Stallone"])
R(T, "that's thoughtful, but I'll respectfully sit out the fantasy picks", dislike=[G + "Fantasy"])
R(T, "if it's not too much trouble, I'd love a mystery tonight", like=[G + "Mystery"])
R(T, "would you be so kind as to find me a nice comedy? thank you!", like=[G + "Comedy"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "action movies? nah mate, not having it", dislike=[G + "Action"])
R(T, "horror can do one tbh", dislike=[G + "Horror"])
R(T, "romance is a hard pass from me chief", dislike=[G + "Romance"])
R(T, "westerns? yeah no", dislike=[G + "Western"])
R(T, "kids films are a big fat nope", dislike=[G + "Children's"])
R(T, "musicals are cringe, skip", dislike=[G + "Musical"])
R(T, "war movies can jog on", dislike=[G + "War"])
R(T, "Nic Cage? pfft. next.", dislike=[P + "Nicolas Cage"])
R(T, "docs are mid, don't bother", dislike=[G + "Documentary"])
R(T, "thrillers are naff, give over", dislike=[G + "Thriller"])
R(T, "sci-fi is not it for me, bestie", dislike=[G + "Sci-Fi"])
R(T, "anything from the 40s, I'm gonna say absolutely not", dislike=[D + "1940s"])
R(T, "crime stuff is a snoozefest, miss me with that", dislike=[G + "Crime"])
R(T, "fantasy? lmao no", dislike=[G + "Fantasy"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "film noir is pure gold to me", like=[G + "Film-Noir"])
R(T, "a good western is comfort food for my soul", like=[G + "Western"])
R(T, "Kurosawa hung the moon as far as I'm concerned", like=[P + "Akira Kurosawa"])
R(T, "a twisty mystery is basically catnip for my brain", like=[G + "Mystery"])
R(T, "nicely done animation is candy for the eyes", like=[G + "Animation"])
R(T, "robots, aliens, time loops: sci-fi is where my heart lives", like=[G + "Sci-Fi"])
R(T, "romantic comedies are a warm bath after a long day", like=[G + "Romance"], ok=["+genre:Comedy"])
R(T, "Robin Williams was a national treasure, more of him please", like=[P + "Robin Williams"])
R(T, "war epics are the crown jewels of cinema if you ask me", like=[G + "War"])
R(T, "a big splashy musical lights me up like the Blackpool illuminations", like=[G + "Musical"])
R(T, "adventure films are my bread and butter", like=[G + "Adventure"])
R(T, "Meryl Streep could read the phone book and I'd watch it", like=[P + "Meryl Streep"])
R(T, "the 1960s were a goldmine for movies, dig in there", like=[D + "1960s"])
R(T, "a cracking good crime caper is music to my ears", like=[G + "Crime"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "I love a good war movie but keep the romance out of it", like=[G + "War"], dislike=[G + "Romance"])
R(T, "comedy yes, slapstick kiddie stuff no", like=[G + "Comedy"], dislike=[G + "Children's"])
R(T, "big fan of thrillers, not so much of horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "docs are great, animation leaves me cold", like=[G + "Documentary"], dislike=[G + "Animation"])
R(T, "I'm into westerns these days but musicals bore me stiff", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "the 90s stuff is fine by me, the 60s stuff not so much", like=[D + "1990s"], dislike=[D + "1960s"])
R(T, "Denzel is always a yes, Keanu is always a no", like=[P + "Denzel Washington"], dislike=[P + "Keanu Reeves"])
R(T, "fantasy's my jam although sci-fi does nothing for me", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "give me a mystery, skip the action", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "I adore a weepy drama, I can't stand adventure films", like=[G + "Drama"], dislike=[G + "Adventure"])
R(T, "happy to watch anything with Bill Murray, just nothing with Pauly Shore", like=[P + "Bill Murray"],
  dislike=[P + "Pauly Shore"])
R(T, "kids movies are fine for us, horror is off the table", like=[G + "Children's"], dislike=[G + "Horror"])
R(T, "romance I'm weirdly into lately, war stuff I'm really not", like=[G + "Romance"], dislike=[G + "War"])
R(T, "Loved Groundhog Day, couldn't finish The Cable Guy", like_items=["Groundhog Day (1993)"],
  dislike_items=["The Cable Guy (1996)"])
R(T, "sci-fi is right up my street; westerns are not", like=[G + "Sci-Fi"], dislike=[G + "Western"])
R(T, "musicals make me happy, documentaries make me sleepy", like=[G + "Musical"], dislike=[G + "Documentary"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like horror? does a bear sleep in the woods? obviously yes", like=[G + "Horror"])
R(T, "westerns? are you kidding, I grew up on them, bring em on", like=[G + "Western"])
R(T, "would I watch a musical? not in a million years", dislike=[G + "Musical"])
R(T, "comedy? why not, I could use a laugh", like=[G + "Comedy"])
R(T, "am I in the mood for something heavy like a war film? honestly no", dislike=[G + "War"])
R(T, "you want to know if I'm into sci-fi? only my entire bookshelf is sci-fi", like=[G + "Sci-Fi"])
R(T, "Anything with Schwarzenegger? sure, go for it", like=[P + "Arnold Schwarzenegger"])
R(T, "documentaries, you ask? nope, they put me right to sleep", dislike=[G + "Documentary"])
R(T, "is there anything better than a 40s noir on a rainy night? didn't think so", like=[G + "Film-Noir"],
  ok=["+decade:1940s"])
R(T, "my wife asked if we could do a romance tonight. my answer? absolutely not", dislike=[G + "Romance"])
R(T, "is fantasy any good? never really watched it. anyway what I actually want is a crime film",
  like=[G + "Crime"])
R(T, "do I want something animated? meh, not really", dislike=[G + "Animation"])
R(T, "thrillers, yay or nay? yay, a hundred percent", like=[G + "Thriller"])
R(T, "could I sit through another slow drama tonight? no chance", dislike=[G + "Drama"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "the 70s were peak cinema and I want to live there", like=[D + "1970s"])
R(T, "something from the swinging sixties would be grand", like=[D + "1960s"])
R(T, "I'm on a real 1930s kick right now", like=[D + "1930s"])
R(T, "I've got a proper soft spot for 50s pictures", like=[D + "1950s"])
R(T, "silent stuff from the 20s fascinates me, more please", like=[D + "1920s"])
R(T, "the 80s can stay in the 80s, thanks", dislike=[D + "1980s"])
R(T, "nothing against the 90s generally but I've seen enough films from that decade to last me",
  dislike=[D + "1990s"])
R(T, "1940s movies feel like homework to me", dislike=[D + "1940s"])
R(T, "nothing older than 1980, I need colour and decent sound", year=(1980, None))
R(T, "nothing made after 1965 please, modern stuff does nothing for me", year=(None, 1965))
R(T, "strictly stuff from 1990 onwards pls", year=(1990, None))
R(T, "anything made before 1975 is off the table for me", year=(1975, None))
R(T, "I'll watch anything up to 1960, after that it all goes downhill", year=(None, 1960))
R(T, "films from 1985 or later only, my eyes can't take the grainy old stuff", year=(1985, None))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson with that grin, the man is a legend, give me all of him", like=[P + "Jack Nicholson"])
R(T, "I'd follow Scorsese off a cliff", like=[P + "Martin Scorsese"])
R(T, "Sandra Bullock always cheers me up", like=[P + "Sandra Bullock"])
R(T, "anything the Coen brothers touch, I'm there", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "Jodie Foster is brilliant in pretty much everything", like=[P + "Jodie Foster"])
R(T, "Tim Burton's weird little worlds are totally my vibe", like=[P + "Tim Burton"])
R(T, "Bruce Willis running around in a vest is my idea of a good night", like=[P + "Bruce Willis"])
R(T, "Steven Seagal is a no from me", dislike=[P + "Steven Seagal"])
R(T, "can't stand Whoopi Goldberg, sorry to her fans", dislike=[P + "Whoopi Goldberg"])
R(T, "Oliver Stone's films give me a headache, skip him", dislike=[P + "Oliver Stone"])
R(T, "I'll scream if I see Van Damme doing the splits one more time", dislike=[P + "Jean-Claude Van Damme"])
R(T, "not a fan of Demi Moore, never have been", dislike=[P + "Demi Moore"])
R(T, "Stephen King adaptations just aren't scary to me, leave them out", dislike=[P + "Stephen King"])
R(T, "Michael Bay's explosions leave me cold", dislike=[P + "Michael Bay"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Casablanca is the best film ever made and I want more like it", like_items=["Casablanca (1942)"])
R(T, "The Princess Bride never gets old", like_items=["The Princess Bride (1987)"])
R(T, "Trainspotting blew my mind back in the day and it still does", like_items=["Trainspotting (1996)"])
R(T, "I could watch The Big Lebowski every week", like_items=["The Big Lebowski (1998)"])
R(T, "Jaws still holds up, man", like_items=["Jaws (1975)"])
R(T, "Babe is a gem, honestly, and I'm a grown man", like_items=["Babe (1995)"])
R(T, "L.A. Confidential is about as close to perfect as movies get", like_items=["L.A. Confidential (1997)"])
R(T, "Titanic, sank my evening along with the ship, never again", dislike_items=["Titanic (1997)"])
R(T, "Waterworld is a hard no", dislike_items=["Waterworld (1995)"])
R(T, "keep Batman & Robin a ten foot pole away from my list", dislike_items=["Batman & Robin (1997)"])
R(T, "Independence Day was loud and dumb, skip it", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Showgirls... yikes, no", dislike_items=["Showgirls (1995)"])
R(T, "Forrest Gump is overrated mush, not for me", dislike_items=["Forrest Gump (1994)"])
R(T, "sat through The English Patient once and nearly lost the will to live, so no", dislike_items=["The English Patient (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my brother came over last night and insisted we watch some horror thing he loves, and I spent the whole "
     "time behind a pillow, and honestly tonight I just want something gentle, like a proper old-fashioned romance",
  like=[G + "Romance"], ok=["-genre:Horror"])
R(T, "ok long story but my grandad used to take me to see westerns at the old cinema in town every saturday and "
     "I've been feeling nostalgic since he passed, so yeah, something with cowboys and big skies would mean a lot",
  like=[G + "Western"])
R(T, "work has been insane, twelve hour days all week, and the last thing I need is something that makes me think, "
     "so nothing heavy, no dramas, just something dumb and funny I can half watch while eating",
  like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "we tried a documentary last week because my girlfriend loves them and I fell asleep in the first twenty "
     "minutes, she hasn't let me forget it, so maybe let's not do that again, I'd rather have a thriller",
  like=[G + "Thriller"], dislike=[G + "Documentary"])
R(T, "my daughter's birthday sleepover is saturday, there'll be eight nine-year-olds, I need something animated "
     "they'll all agree on, nothing scary because last year one of them cried at a ghost film and her mum was not "
     "happy", like=[G + "Animation"], dislike=[G + "Horror"], ok=["+genre:Children's"])
R(T, "I used to be huge into sci-fi in college, read everything, watched everything, but these days I find it all "
     "a bit cold and samey so I'd rather you didn't go there", dislike=[G + "Sci-Fi"])
R(T, "my partner loves musicals and i love her so i've sat through a LOT of them but tonight she's out with her "
     "friends and I just want a gritty crime film with no singing", like=[G + "Crime"], dislike=[G + "Musical"])
R(T, "so I've been reading about old hollywood and fell down a rabbit hole of 1940s noir, the lighting, the "
     "dialogue, the hats, and I'd love to keep going with it if you've got more", like=[G + "Film-Noir",
                                                                                     D + "1940s"])
R(T, "been trying to get into war films because my dad loves them and we don't have much else to talk about, but "
     "every time I try one I end up feeling sick and switching off, so count me out on those", dislike=[G + "War"])
R(T, "last time I asked a chatbot for an adventure movie it gave me some kids cartoon, which, not what I meant, "
     "so to be clear I'm after a proper grown up adventure film with no animation", like=[G + "Adventure"],
  dislike=[G + "Animation"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like comedies quite a lot", like=[G + "Comedy"])
R(T, "I really don't like horror films", dislike=[G + "Horror"])
R(T, "I want to watch a western tonight", like=[G + "Western"])
R(T, "please leave out musicals", dislike=[G + "Musical"])
R(T, "I love science fiction films", like=[G + "Sci-Fi"])
R(T, "I hate romance films", dislike=[G + "Romance"])
R(T, "show me a few crime films", like=[G + "Crime"])
R(T, "nothing animated for me, I'm not five", dislike=[G + "Animation"])
R(T, "documentaries would be good", like=[G + "Documentary"])
R(T, "I'm not into war films really", dislike=[G + "War"])
R(T, "I enjoy a mystery film", like=[G + "Mystery"])
R(T, "thrillers aren't for me", dislike=[G + "Thriller"])
R(T, "can you find me a fantasy film", like=[G + "Fantasy"])
R(T, "I do not like dramas", dislike=[G + "Drama"])
R(T, "adventure movies are my favourite kind", like=[G + "Adventure"])
R(T, "no children's movies this time", dislike=[G + "Children's"])
R(T, "I like film noir a lot", like=[G + "Film-Noir"])
R(T, "I dislike action films", dislike=[G + "Action"])
R(T, "I'd like something with Tom Cruise in it", like=[P + "Tom Cruise"])
R(T, "I don't want to watch anything with Eddie Murphy", dislike=[P + "Eddie Murphy"])
R(T, "I really liked Seven", like_items=["Seven (Se7en) (1995)"])
R(T, "a musical would be nice", like=[G + "Musical"])
R(T, "not a fan of westerns myself", dislike=[G + "Western"])


if __name__ == "__main__":
    main()
