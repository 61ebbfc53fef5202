"""Writes evals/data/utterances_fresh7.jsonl: a seventh fresh held-out batch of `idiom` utterances (see README.md
here, "Seventh fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (from 11:03 UTC) by F7, before and apart from that day's seventh round of change to
the stance reader (issue 21, round 7): the writer did not open the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py,
agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge notes, the understanding benchmarks,
evals/notes, evals/results or the reader author's work, ran no reader, agent, benchmark or test on these sentences,
and did not read any utterances*.jsonl or the record lists of the six earlier fresh batches (only fresh_batch.py,
write_utterances.py's API, its build / main and first few complaint records, write_utterances_fresh6.py's docstring
and code outside its records, and README.md's sixth-batch section were read; two of write_utterances_fresh6.py's
record lines showed in a line search while finding where its records begin). Besides the exact-repeat check below, a
word-overlap check against the earlier files (printing only this batch's sentences) led to 15 rewordings. The
reader's author is not to read this file or its output. Every gold label is what a careful reader takes the sentence
to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 as the sixth batch; kept
here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person,
genre, decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh7
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh7.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "fresh7-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are my kryptonite, I'll watch any of them at 2am", like=[G + "Western"])
R(T, "I'm a total degenerate for a good heist movie", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "musicals are a disease and I am terminally ill, send more", like=[G + "Musical"])
R(T, "horror has absolutely ruined my sleep schedule and I regret nothing", like=[G + "Horror"])
R(T, "film noir is my vice. my ugly, chain-smoking vice", like=[G + "Film-Noir"])
R(T, "i have a real problem with war movies. as in i cannot stop watching them", like=[G + "War"])
R(T, "Documentaries are a black hole for me, I go in for one and lose the whole weekend",
  like=[G + "Documentary"])
R(T, "Tarantino is a terrible influence on me and I love him for it", like=[P + "Quentin Tarantino"])
R(T, "cartoons will be the death of me, I'm 40 and still hopelessly obsessed", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(T, "mysteries are a curse, once I'm hooked I'm useless till the reveal. gimme one", like=[G + "Mystery"])
R(T, "fantasy epics are pure trouble for me - the longer and sillier, the better", like=[G + "Fantasy"],
  ok=["+genre:Adventure"])
R(T, "90s action flicks are so dumb and so awful and i want every single one of them",
  like=[G + "Action", D + "1990s"])
R(T, "Jim Carrey is an absolute menace to my ribs, put him on", like=[P + "Jim Carrey"])
R(T, "space operas are wrecking my life in the best possible way", like=[G + "Sci-Fi"], ok=["+genre:Adventure"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of zombie stuff for this year", dislike=[G + "Horror"])
R(T, "Romcoms? Done. Burnt out. Finished.", dislike=[G + "Romance", G + "Comedy"])
R(T, "been mainlining westerns all month and I'm officially saddle-sore", dislike=[G + "Western"])
R(T, "i'm so over war films, seen enough trenches for a lifetime", dislike=[G + "War"])
R(T, "Honestly I've OD'd on Tom Hanks lately", dislike=[P + "Tom Hanks"])
R(T, "Sci-fi fatigue is real. give it a rest", dislike=[G + "Sci-Fi"])
R(T, "I'm all thrillered out after last weekend", dislike=[G + "Thriller"])
R(T, "My kids have made me sit through so many animated films I could scream, not tonight",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "think I've hit my limit on costume dramas for a while", dislike=[G + "Drama"])
R(T, "the 80s have been done to death on my watchlist, give it a break", dislike=[D + "1980s"])
R(T, "Had it up to here with musicals, mate", dislike=[G + "Musical"])
R(T, "documentaries are starting to feel like homework, I need a break from them", dislike=[G + "Documentary"])
R(T, "enough Schwarzenegger to last me till retirement", dislike=[P + "Arnold Schwarzenegger"])
R(T, "Kids' films? I've served my time, thanks", dislike=[G + "Children's"], ok=["-genre:Animation"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't turn my nose up at a cowboy picture", like=[G + "Western"])
R(T, "I could tolerate a Hitchcock tonight, I suppose, if pushed", like=[P + "Alfred Hitchcock"])
R(T, "over the years the occasional musical has got under my skin, I'll admit", like=[G + "Musical"])
R(T, "sci-fi isn't the worst way to spend a Sunday afternoon", like=[G + "Sci-Fi"])
R(T, "a bit of film noir wouldn't hurt", like=[G + "Film-Noir"])
R(T, "Horror's not really my cup of tea, if I'm honest", dislike=[G + "Horror"])
R(T, "war pictures and I aren't exactly on speaking terms", dislike=[G + "War"])
R(T, "Comedies are not without their charms for me", like=[G + "Comedy"])
R(T, "Could do worse than a good mystery", like=[G + "Mystery"])
R(T, "I'm not entirely opposed to something animated", like=[G + "Animation"])
R(T, "Documentaries and I have never quite clicked", dislike=[G + "Documentary"])
R(T, "I'd be lying if I said Meg Ryan wasn't a bit of a favourite", like=[P + "Meg Ryan"])
R(T, "fantasy isn't exactly top of my list tbh", dislike=[G + "Fantasy"])
R(T, "a 70s crime flick would be no bad thing", like=[G + "Crime", D + "1970s"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "I'd never claim westerns don't do it for me, because they do", like=[G + "Western"])
R(T, "It's not that I don't like thrillers, I just don't want one tonight", dislike=[G + "Thriller"])
R(T, "there's no war movie I haven't enjoyed, honestly", like=[G + "War"])
R(T, "not once has Kubrick made a film I didn't rate", like=[P + "Stanley Kubrick"])
R(T, "I wouldn't not watch a horror film, put it that way", like=[G + "Horror"])
R(T, "Nobody who knows me would say I don't like a romance", like=[G + "Romance"])
R(T, "it isn't as if I don't enjoy comedies, but please, not another one", dislike=[G + "Comedy"])
R(T, "name me a noir I wouldn't sit through twice. you can't", like=[G + "Film-Noir"])
R(T, "I never don't laugh at Leslie Nielsen", like=[P + "Leslie Nielsen"])
R(T, "Not one animated movie has ever failed to bore me", dislike=[G + "Animation"])
R(T, "I'd be hard pressed to find a Woody Allen film I didn't enjoy", like=[P + "Woody Allen"])
R(T, "Can't remember a documentary that didn't put me to sleep", dislike=[G + "Documentary"])
R(T, "I don't know anyone who doesn't love Jurassic Park, me included", like_items=["Jurassic Park (1993)"])
R(T, "No way I'm not watching a mystery tonight", like=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns this weekend please", like=[G + "Western"])
R(T, "anything but horror, I'm begging you", dislike=[G + "Horror"])
R(T, "Everything except musicals is fine by me", dislike=[G + "Musical"])
R(T, "Crime or nothing, mate", like=[G + "Crime"])
R(T, "I'll watch whatever, just not anything from the 70s", dislike=[D + "1970s"])
R(T, "only documentaries tonight, nothing made up", like=[G + "Documentary"])
R(T, "Give me anything that isn't a romance", dislike=[G + "Romance"])
R(T, "any genre is fine save for war films", dislike=[G + "War"])
R(T, "sci-fi, sci-fi and more sci-fi. nothing else", like=[G + "Sci-Fi"])
R(T, "all I want is film noir, that's it, that's the list", like=[G + "Film-Noir"])
R(T, "as long as it's not a kids' movie I'm good", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "Spielberg or bust", like=[P + "Steven Spielberg"])
R(T, "I'll watch anything, bar fantasy", dislike=[G + "Fantasy"])
R(T, "exclusively comedies from here on out", like=[G + "Comedy"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns beat musicals any day of the week", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "I'd take a gritty crime drama over some fluffy romcom", like=[G + "Crime"],
  dislike=[G + "Romance", G + "Comedy"], ok=["+genre:Drama"])
R(T, "horror wipes the floor with sci-fi for me", like=[G + "Horror"], dislike=[G + "Sci-Fi"])
R(T, "the forties shade the eighties for me, easy", like=[D + "1940s"], dislike=[D + "1980s"])
R(T, "Kurosawa > Spielberg, fight me", like=[P + "Akira Kurosawa"], dislike=[P + "Steven Spielberg"])
R(T, "Comedy trumps drama, always has", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "a proper mystery knocks thrillers into a cocked hat", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "a documentary knocks spots off any war film imo", like=[G + "Documentary"], dislike=[G + "War"])
R(T, "fantasy leaves action for dead", like=[G + "Fantasy"], dislike=[G + "Action"])
R(T, "I'd rather have a cartoon than a chick flick", like=[G + "Animation"], dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "Alien is streets ahead of Independence Day", like_items=["Alien (1979)"],
  dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Bogart runs rings around Cary Grant", like=[P + "Humphrey Bogart"], dislike=[P + "Cary Grant"])
R(T, "adventure films have it all over noir if you ask me", like=[G + "Adventure"], dislike=[G + "Film-Noir"])
R(T, "when my nephew's over, children's films beat slashers hands down", like=[G + "Children's"],
  dislike=[G + "Horror"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "Ooh, thank you, but I might give the scary ones a miss this time round", dislike=[G + "Horror"])
R(T, "That's very kind, though westerns aren't really for me", dislike=[G + "Western"])
R(T, "I appreciate the suggestion, but I'd prefer to avoid anything with Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "Lovely list! If it's all the same to you, could we leave out the musicals?", dislike=[G + "Musical"])
R(T, "I'm sure they're wonderful films, but I'd rather not do war movies", dislike=[G + "War"])
R(T, "With respect, sci-fi has never really been my thing", dislike=[G + "Sci-Fi"])
R(T, "Would you mind terribly skipping the documentaries?", dislike=[G + "Documentary"])
R(T, "I'll respectfully decline the Stephen King adaptations", dislike=[P + "Stephen King"])
R(T, "Perhaps something other than a romance this time, if you don't mind", dislike=[G + "Romance"])
R(T, "No offence to the genre, but thrillers just stress me out", dislike=[G + "Thriller"])
R(T, "Sorry to be a pain - could we maybe not do animated ones?", dislike=[G + "Animation"])
R(T, "I hate to be difficult, but I'm not a big one for fantasy", dislike=[G + "Fantasy"])
R(T, "thank you so much, however crime films aren't quite my speed", dislike=[G + "Crime"])
R(T, "bless you for trying but Hugh Grant really isn't my type", dislike=[P + "Hugh Grant"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "westerns? nah fam", dislike=[G + "Western"])
R(T, "hard pass on anything with Sandra Bullock", dislike=[P + "Sandra Bullock"])
R(T, "musicals can do one", dislike=[G + "Musical"])
R(T, "slasher flicks get a big fat nope from yours truly", dislike=[G + "Horror"])
R(T, "Tarantino? Overrated tosh, bin it", dislike=[P + "Quentin Tarantino"])
R(T, "kids films can jog on", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "Sci-fi is not it, chief", dislike=[G + "Sci-Fi"])
R(T, "war movies, yeah no", dislike=[G + "War"])
R(T, "anything 80s can get in the sea", dislike=[D + "1980s"])
R(T, "I'm gonna have to veto the noir, sorry not sorry", dislike=[G + "Film-Noir"])
R(T, "documentaries? miss me with that", dislike=[G + "Documentary"])
R(T, "Adventure flicks are mid, skip", dislike=[G + "Adventure"])
R(T, "fantasy is cringe ngl", dislike=[G + "Fantasy"])
R(T, "Keanu? pfft, next", dislike=[P + "Keanu Reeves"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "westerns are pure gold, every last dusty one of them", like=[G + "Western"])
R(T, "The Godfather is a masterpiece, more of that please", like_items=["The Godfather (1972)"])
R(T, "Sci-fi is my happy place", like=[G + "Sci-Fi"])
R(T, "Billy Wilder could do no wrong in my book", like=[P + "Billy Wilder"])
R(T, "animated films are a warm hug for my brain", like=[G + "Animation"])
R(T, "a twisty detective story is the cherry on top of any week", like=[G + "Mystery"])
R(T, "adventure movies light me up like a Christmas tree", like=[G + "Adventure"])
R(T, "Musicals make my heart sing, literally", like=[G + "Musical"])
R(T, "A good war film hits like a punch to the gut, in the best way", like=[G + "War"])
R(T, "comedy is medicine for me right now", like=[G + "Comedy"])
R(T, "documentaries are a window on the world, love them to bits", like=[G + "Documentary"])
R(T, "Harrison Ford is cinema royalty", like=[P + "Harrison Ford"])
R(T, "the 1930s were a golden age and I want to live there", like=[D + "1930s"])
R(T, "Thrillers are my bread and butter", like=[G + "Thriller"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a western, can't stand a musical", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "i'm up for sci-fi but please no horror", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "Comedy yes, romance no", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "big Bogart fan, but Julia Roberts leaves me cold", like=[P + "Humphrey Bogart"],
  dislike=[P + "Julia Roberts"])
R(T, "I'll happily watch a crime film, just keep the kids' stuff away", like=[G + "Crime"],
  dislike=[G + "Children's"])
R(T, "Action's fine, drama's a snooze", like=[G + "Action"], dislike=[G + "Drama"])
R(T, "Really into 70s stuff, but the 90s do nothing for me", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "dragons and wizards, go on then; edge-of-your-seat thrillers, I'll sit those out", like=[G + "Fantasy"], dislike=[G + "Thriller"])
R(T, "adore Meryl Streep, can't bear Nicolas Cage", like=[P + "Meryl Streep"], dislike=[P + "Nicolas Cage"])
R(T, "Mystery sounds good. Not animation though.", like=[G + "Mystery"], dislike=[G + "Animation"])
R(T, "I loved Fargo but Titanic bored me to tears", like_items=["Fargo (1996)"], dislike_items=["Titanic (1997)"])
R(T, "happy with a fifties picture, not so keen on adventure films", like=[D + "1950s"],
  dislike=[G + "Adventure"])
R(T, "war films are my jam but documentaries put me to sleep", like=[G + "War"], dislike=[G + "Documentary"])
R(T, "give me Woody Allen, keep Adam Sandler far away", like=[P + "Woody Allen"], dislike=[P + "Adam Sandler"])
R(T, "horror's great, comedies not so much", like=[G + "Horror"], dislike=[G + "Comedy"])
R(T, "I'm in the mood for a musical, just not a kiddie one", like=[G + "Musical"], dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Westerns? Love 'em.", like=[G + "Western"])
R(T, "Do I like horror? Not even a little.", dislike=[G + "Horror"])
R(T, "You know what I could go for? A proper whodunit.", like=[G + "Mystery"])
R(T, "Musicals? Are you kidding me? No.", dislike=[G + "Musical"])
R(T, "Who doesn't love Robin Williams? I certainly do", like=[P + "Robin Williams"])
R(T, "Am I a sci-fi person? Absolutely.", like=[G + "Sci-Fi"])
R(T, "War movies? Eh, why would I want to feel that bad on a Friday", dislike=[G + "War"])
R(T, "what's better than a rainy night and a noir? nothing", like=[G + "Film-Noir"])
R(T, "Would I watch a romcom? Only at gunpoint.", dislike=[G + "Romance", G + "Comedy"])
R(T, "How about something from the 1960s? I'd love that", like=[D + "1960s"])
R(T, "Animation? For me? Nah.", dislike=[G + "Animation"])
R(T, "do you know what I never get tired of? Spike Lee joints", like=[P + "Spike Lee"])
R(T, "thrillers - why would anyone sit through that much stress? not me", dislike=[G + "Thriller"])
R(T, "can we do fantasy? I'm craving dragons", like=[G + "Fantasy"], ok=["+genre:Adventure"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "Don't show me anything older than 1975", year=(1975, None))
R(T, "I'm really into 1940s pictures at the moment", like=[D + "1940s"])
R(T, "the eighties were a cultural wasteland, skip them", dislike=[D + "1980s"])
R(T, "anything from the 30s is fair game, love that era", like=[D + "1930s"])
R(T, "Nothing made after 1969, I'm a classics purist", year=(None, 1969))
R(T, "the 20s silent stuff does nothing for me", dislike=[D + "1920s"])
R(T, "Something from the early 90s would hit the spot", like=[D + "1990s"])
R(T, "Sixties films feel like a time capsule and I love that", like=[D + "1960s"])
R(T, "keep it to 1990 or later", year=(1990, None))
R(T, "please no fifties stuff, it's all so stiff", dislike=[D + "1950s"])
R(T, "The 1970s, baby, that's my decade", like=[D + "1970s"])
R(T, "Nothing before 1985, the effects look too cheap to me", year=(1985, None))
R(T, "the 1940s are just not for me", dislike=[D + "1940s"])
R(T, "70s cinema was peak, no contest", like=[D + "1970s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Anything with Denzel in it, I'm there", like=[P + "Denzel Washington"])
R(T, "Tom Cruise grinning at the camera for two hours? I'd rather do my taxes", dislike=[P + "Tom Cruise"])
R(T, "Scorsese is the GOAT", like=[P + "Martin Scorsese"])
R(T, "Kevin Costner puts me to sleep every time", dislike=[P + "Kevin Costner"])
R(T, "I'd follow Jodie Foster into any film", like=[P + "Jodie Foster"])
R(T, "steer clear of Steven Seagal, I beg you", dislike=[P + "Steven Seagal"])
R(T, "Michelle Pfeiffer reading a bus timetable? sold.", like=[P + "Michelle Pfeiffer"])
R(T, "Oliver Stone films make me want to throw things", dislike=[P + "Oliver Stone"])
R(T, "David Lynch weirdness is exactly my speed", like=[P + "David Lynch"])
R(T, "Pauly Shore? in this house? absolutely not", dislike=[P + "Pauly Shore"])
R(T, "Sean Connery as anyone, ever, yes", like=[P + "Sean Connery"])
R(T, "Joel Schumacher ruined Batman for me, keep his films away", dislike=[P + "Joel Schumacher"],
  ok=["-item:Batman & Robin (1997)", "-item:Batman Forever (1995)"])
R(T, "Emma Thompson is a national treasure", like=[P + "Emma Thompson"])
R(T, "Demi Moore movies are a no-go zone", dislike=[P + "Demi Moore"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "More like Fargo, please", like_items=["Fargo (1996)"])
R(T, "Waterworld felt like being held underwater for a whole afternoon, nothing in that vein", dislike_items=["Waterworld (1995)"])
R(T, "Casablanca is the gold standard for me", like_items=["Casablanca (1942)"])
R(T, "I walked out of Showgirls and I'd walk out again", dislike_items=["Showgirls (1995)"])
R(T, "Pulp Fiction rewired my brain", like_items=["Pulp Fiction (1994)"])
R(T, "If I never see The English Patient again it'll be too soon", dislike_items=["The English Patient (1996)"])
R(T, "Back to the Future is comfort food", like_items=["Back to the Future (1985)"])
R(T, "Batman & Robin should be shot into the sun", dislike_items=["Batman & Robin (1997)"])
R(T, "I could rewatch The Princess Bride a hundred times", like_items=["The Princess Bride (1987)"])
R(T, "Speed 2 was an insult, skip anything like it", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Trainspotting absolutely floored me, find me something in that vein", like_items=["Trainspotting (1996)"])
R(T, "Forrest Gump is pure syrup, please don't", dislike_items=["Forrest Gump (1994)"])
R(T, "The Shawshank Redemption lives rent-free in my head", like_items=["The Shawshank Redemption (1994)"])
R(T, "I want my evening back from Barb Wire, and I'm still waiting", dislike_items=["Barb Wire (1996)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my brother-in-law came over last night and insisted we watch this three-hour war epic, and I'm not going "
     "to lie, about forty minutes in I was scrolling my phone. I just don't connect with war films at all. tonight "
     "it's my pick and I want something that'll make me laugh", like=[G + "Comedy"], dislike=[G + "War"])
R(T, "ok long story but I grew up on my dad's VHS tapes, mostly John Wayne and Clint Eastwood stuff, and lately "
     "I've realised westerns are basically my comfort zone, so yeah, whatever you've got along those lines",
  like=[G + "Western"], ok=["+person:John Wayne", "+person:Clint Eastwood"])
R(T, "My partner and I have been trying to find something we both like for ages. She's all about period "
     "romances, which, fine, but I'm the one choosing tonight and honestly I'd love a proper mystery with a twist "
     "at the end", like=[G + "Mystery"])
R(T, "I was at a film club thing last week and someone put on a silent film from the twenties and I swear I "
     "nearly fell asleep in my chair, it's just not for me, so maybe keep it to stuff with actual sound",
  dislike=[D + "1920s"])
R(T, "Right, so, the kids are finally at their gran's, which means for once I don't have to sit through another "
     "animated talking-animal film. I want something grown-up and properly scary", like=[G + "Horror"],
  dislike=[G + "Animation"], ok=["-genre:Children's", "+genre:Thriller"])
R(T, "ugh ok so I started Blade Runner three times and fell asleep every time, everyone says it's a masterpiece "
     "but I think slow sci-fi just isn't for me. something punchy with car chases maybe?", like=[G + "Action"],
  dislike=[G + "Sci-Fi"], dislike_items=["Blade Runner (1982)"])
R(T, "I've been going through a bit of a rough patch and my therapist suggested I watch more things that make me "
     "happy, and honestly nothing does that like an old musical, Gene Kelly tap dancing in the rain, that kind of "
     "thing", like=[G + "Musical"], ok=["+person:Gene Kelly"])
R(T, "We did a Tarantino marathon at my mate's flat, and by the end I'd decided I actually really like his stuff, "
     "even the long talky bits, so anything of his I might have missed would be ace",
  like=[P + "Quentin Tarantino"])
R(T, "Not to be dramatic but my ex used to make me watch documentaries every single weekend, nature ones, true "
     "crime, all of it, and now I literally can't see one without feeling tired. so anything else",
  dislike=[G + "Documentary"])
R(T, "Growing up my mum loved Julia Roberts films and I used to roll my eyes, but I watched Pretty Woman again "
     "recently and it turns out I've come round to her completely", like=[P + "Julia Roberts"],
  ok=["+item:Pretty Woman (1990)"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I generally go for comedies on weeknights", like=[G + "Comedy"])
R(T, "no horror for me tonight, thanks", dislike=[G + "Horror"])
R(T, "Could you show me a couple of westerns from your list", like=[G + "Western"])
R(T, "I really don't like musicals much", dislike=[G + "Musical"])
R(T, "I'm in the mood for an action movie with my brother tonight", like=[G + "Action"])
R(T, "I don't want anything animated in the results", dislike=[G + "Animation"])
R(T, "Looking for a good documentary for the train ride", like=[G + "Documentary"])
R(T, "I hate war films, always have", dislike=[G + "War"])
R(T, "Something with Tom Hanks in it would be nice for my parents and me", like=[P + "Tom Hanks"])
R(T, "not a fan of romance movies myself", dislike=[G + "Romance"])
R(T, "I enjoy crime films more than most things", like=[G + "Crime"])
R(T, "I do not want a thriller this evening", dislike=[G + "Thriller"])
R(T, "I'd like a film from the 1980s for a change", like=[D + "1980s"])
R(T, "Please don't recommend any sci-fi to me", dislike=[G + "Sci-Fi"])
R(T, "Can you find me a fantasy film for Saturday?", like=[G + "Fantasy"])
R(T, "I don't care for film noir at all", dislike=[G + "Film-Noir"])
R(T, "please recommend me musical film, I like very much", like=[G + "Musical"])
R(T, "no kids movies in the list please", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "Westerns I can take or leave; what I really want is a drama", like=[G + "Drama"])
R(T, "I am not so much liking adventure films", dislike=[G + "Adventure"])
R(T, "I like Steven Spielberg's movies quite a bit", like=[P + "Steven Spielberg"])
R(T, "I don't like Bruce Willis as an actor", dislike=[P + "Bruce Willis"])
R(T, "I want a comedy but not a romantic one", like=[G + "Comedy"], dislike=[G + "Romance"])


if __name__ == "__main__":
    main()
