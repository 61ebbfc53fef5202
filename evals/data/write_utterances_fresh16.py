"""Writes evals/data/utterances_fresh16.jsonl: a sixteenth fresh held-out batch of `idiom` utterances (see README.md
here, "Sixteenth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (from 15:36 UTC) by F16, before and apart from that day's eleventh round of change to
the stance reader (round 11): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-11 author's work, ran no reader, agent, test or benchmark on
these sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the
earlier fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines and last 5
lines (one record line of it in each), README.md's eighth-batch section (for the shape of this batch's section)
and the catalogue vocabulary and titles were read). 25 sentences were reworded because a check of this batch against the earlier files
(the writer's own check, and a one-off run of the same comparison printing only this batch's sentences) found them
already there; 12 records were then dropped to keep about 14 per topic. The reader's author is not to read this file
or its output. Every gold label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#14, stance training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh16
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh16.jsonl"
OTHER_FILES = earlier_files(14, 15)  # utterances.jsonl, fresh #1-#14, training batches w1-w15
BATCH = "fresh16-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "westerns are my kryptonite, I cave every single time one comes up", like=[G + "Western"])
R(T, "I have a genuine problem with heist films, as in I physically cannot stop watching them", like=[G + "Crime"])
R(T, "musicals are a disease and I'm terminally infected. send more", like=[G + "Musical"])
R(T, "film noir is my vice. my smoky, ugly, gorgeous little vice", like=[G + "Film-Noir"])
R(T, "war movies absolutely wreck me every time and I keep crawling back for more", like=[G + "War"])
R(T, "Kubrick was a sick, twisted genius and I eat that up", like=[P + "Stanley Kubrick"])
R(T, "horror is my most shameful addiction, the nastier the better tbh", like=[G + "Horror"])
R(T, "docos are a dangerous rabbit hole for me lol. go on then, push me in", like=[G + "Documentary"])
R(T, "Jim Carrey is an absolute menace on screen and I'm here for every second of it", like=[P + "Jim Carrey"])
R(T, "cartoons have ruined every Sunday I've had since 2009 and I regret nothing", like=[G + "Animation"])
R(T, "mysteries are murder on my sleep schedule, I HAVE to know who did it. hit me with a vicious one",
  like=[G + "Mystery"])
R(T, "sci-fi has completely destroyed me as a functioning adult, I need my fix", like=[G + "Sci-Fi"])
R(T, "80s movies are criminally cheesy and I'm hopelessly hooked on them", like=[D + "1980s"])
R(T, "romance is poison to me, it actually makes me feel queasy", dislike=[G + "Romance"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of war films for a good long while", dislike=[G + "War"])
R(T, "honestly I'm all westerned out after this month", dislike=[G + "Western"])
R(T, "burnt out on action movies, the explosions have all started to blur together", dislike=[G + "Action"])
R(T, "rom-coms? been there, done that, bought the t-shirt", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "Tom Hanks fatigue is very real in this house right now", dislike=[P + "Tom Hanks"])
R(T, "so over horror. every one is the same jump scare in a different hallway", dislike=[G + "Horror"])
R(T, "think I've maxed out on crime dramas for this year", dislike=[G + "Crime"], ok=["-genre:Drama"])
R(T, "I've seen enough Disney cartoons to last me a lifetime, cheers", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "I've overdosed on 90s stuff lately and I need a palate cleanser", dislike=[D + "1990s"])
R(T, "musicals, I've had it up to here with them", dislike=[G + "Musical"])
R(T, "spy thrillers have well and truly worn out their welcome with me", dislike=[G + "Thriller"])
R(T, "I'm sick to the back teeth of sci-fi, my husband picks it every single night", dislike=[G + "Sci-Fi"])
R(T, "done with Schwarzenegger for a bit, I need a break from the one-liners", dislike=[P + "Arnold Schwarzenegger"])
R(T, "I could watch comedies till the cows come home and never tire of them", like=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "wouldn't say no to a western with a proper shootout at the end", like=[G + "Western"])
R(T, "a spot of film noir wouldn't go amiss this evening", like=[G + "Film-Noir"])
R(T, "Hitchcock's not too shabby, I suppose", like=[P + "Alfred Hitchcock"])
R(T, "I've been known to hum along to the occasional musical, not gonna lie", like=[G + "Musical"])
R(T, "I'm not entirely opposed to a cheesy 80s flick", like=[D + "1980s"])
R(T, "there's something to be said for a well-made war picture, I'll admit", like=[G + "War"])
R(T, "let's just say horror and I aren't exactly best mates", dislike=[G + "Horror"])
R(T, "I could probably be talked into a fantasy film", like=[G + "Fantasy"])
R(T, "I'm not what you'd call a big fan of sci-fi", dislike=[G + "Sci-Fi"])
R(T, "Spielberg's films are, I'd say, not entirely terrible... which from me is high praise",
  like=[P + "Steven Spielberg"])
R(T, "kids' films are not high on my list, put it that way", dislike=[G + "Children's"])
R(T, "a mystery could be quite nice actually", like=[G + "Mystery"])
R(T, "I don't hate the idea of an adventure movie", like=[G + "Adventure"])
R(T, "Meg Ryan films are, shall we say, not a priority for me", dislike=[P + "Meg Ryan"])

# ----------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "there's no way I'm not watching a Tarantino tonight", like=[P + "Quentin Tarantino"])
R(T, "I can't say I don't love a good war movie", like=[G + "War"])
R(T, "it's not like I don't enjoy comedies, I just don't want one tonight", dislike=[G + "Comedy"])
R(T, "not that I dislike romance or anything, go ahead and add some", like=[G + "Romance"])
R(T, "I don't NOT like musicals, if you know what I mean. put one on", like=[G + "Musical"])
R(T, "I wouldn't not watch a Coen brothers film", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "it's not that animated films aren't good, they're just not for me", dislike=[G + "Animation"])
R(T, "I can't imagine not loving a Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "I'm not unwilling to try a documentary", like=[G + "Documentary"])
R(T, "It's not that I never watch westerns, I just never enjoy them", dislike=[G + "Western"])
R(T, "there's never not a good time for sci-fi", like=[G + "Sci-Fi"])
R(T, "I don't disagree that the 70s were the best decade for film", like=[D + "1970s"])
R(T, "can't say I've never enjoyed a Woody Allen film, but I'd rather not right now",
  dislike=[P + "Woody Allen"])
R(T, "not a day goes by that I don't crave a crime thriller, no joke", like=[G + "Crime", G + "Thriller"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "this weekend is strictly westerns, nothing else gets a look in", like=[G + "Western"])
R(T, "any genre you like bar horror, my nerves are shot", dislike=[G + "Horror"])
R(T, "I'm easy, everything's on the table except musicals", dislike=[G + "Musical"])
R(T, "it's comedy or nothing tonight", like=[G + "Comedy"])
R(T, "whatever it is, just make sure it's not a war film, no trenches, no battlefields", dislike=[G + "War"])
R(T, "only documentaries for me at the moment, I'm on a learning kick", like=[G + "Documentary"])
R(T, "literally any genre but romance", dislike=[G + "Romance"])
R(T, "I only watch stuff from the 90s, nothing older", like=[D + "1990s"], year=(1990, None))
R(T, "animation all the way or I'm going to bed", like=[G + "Animation"])
R(T, "whatever you suggest, so long as it's not sci-fi", dislike=[G + "Sci-Fi"])
R(T, "it has to be a thriller, there's no other option", like=[G + "Thriller"])
R(T, "noir and only noir", like=[G + "Film-Noir"])
R(T, "fine with whatever, bar kids' films", dislike=[G + "Children's"])
R(T, "I'll take any decade apart from the 80s", dislike=[D + "1980s"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "westerns beat sci-fi any day of the week", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'd pick a documentary over a drama every time", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "Kubrick makes Spielberg look like an amateur, honestly", like=[P + "Stanley Kubrick"],
  dislike=[P + "Steven Spielberg"])
R(T, "comedy > horror, no contest", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "old noir knocks modern action flicks into a cocked hat", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "give me a mystery instead of a thriller", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "fantasy runs rings round musicals in my book", like=[G + "Fantasy"], dislike=[G + "Musical"])
R(T, "the 70s were miles better than the 80s for movies", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Bogart over Cary Grant, always", like=[P + "Humphrey Bogart"], dislike=[P + "Cary Grant"])
R(T, "a good war film leaves your average gangster flick eating dust", like=[G + "War"], dislike=[G + "Crime"])
R(T, "I'd rather watch paint dry than a romance, give me action", like=[G + "Action"], dislike=[G + "Romance"])
R(T, "Eastwood is twice the cowboy John Wayne ever was", like=[P + "Clint Eastwood"], dislike=[P + "John Wayne"])
R(T, "I'd choose a Jane Austen adaptation over a war epic any night", like=[P + "Jane Austen"], dislike=[G + "War"])
R(T, "drama trumps comedy for me tonight", like=[G + "Drama"], dislike=[G + "Comedy"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks, but I think I'll give the westerns a miss", dislike=[G + "Western"])
R(T, "that's sweet of you to suggest, but I'm a total wimp, horror's not really for me", dislike=[G + "Horror"])
R(T, "I appreciate it, though I'd rather steer clear of musicals", dislike=[G + "Musical"])
R(T, "lovely suggestions! could we maybe skip the war films though?", dislike=[G + "War"])
R(T, "I'm sure Woody Allen is very talented, but I'll pass on him", dislike=[P + "Woody Allen"])
R(T, "no offence to the sci-fi crowd, it's just not for me", dislike=[G + "Sci-Fi"])
R(T, "if it's all the same to you, I'd prefer no cartoons", dislike=[G + "Animation"])
R(T, "that's very thoughtful. I'm just not much of a documentary person", dislike=[G + "Documentary"])
R(T, "kindly leave out anything from the 30s, they're a bit slow for me", dislike=[D + "1930s"])
R(T, "with all due respect to Jim Carrey, his films aren't really my thing", dislike=[P + "Jim Carrey"])
R(T, "I'd love to say yes, but crime films tend to stress me out", dislike=[G + "Crime"])
R(T, "those romances look sweet, but perhaps something else?", dislike=[G + "Romance"])
R(T, "thank you! maybe hold off on the thrillers for me though", dislike=[G + "Thriller"])
R(T, "if it's not too much trouble, a comedy would be lovely", like=[G + "Comedy"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "westerns? nah mate", dislike=[G + "Western"])
R(T, "romcoms are a hard pass, sorry not sorry", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "horror is mid, skip", dislike=[G + "Horror"])
R(T, "lol no musicals, I'm not five", dislike=[G + "Musical"])
R(T, "Sandler? yikes. pass.", dislike=[P + "Adam Sandler"])
R(T, "war films are naff, bin them", dislike=[G + "War"])
R(T, "documentaries bore me to tears fr", dislike=[G + "Documentary"])
R(T, "ew, cartoons", dislike=[G + "Animation"])
R(T, "sci-fi is a total snoozefest, not touching it", dislike=[G + "Sci-Fi"])
R(T, "keep your fantasy elf nonsense away from me", dislike=[G + "Fantasy"])
R(T, "anything 1950s is way too dusty, nope", dislike=[D + "1950s"])
R(T, "kids' movies are cringe, get them outta here", dislike=[G + "Children's"])
R(T, "adventure movies? meh. hard no", dislike=[G + "Adventure"])
R(T, "Van Damme films are trash tier, no ta", dislike=[P + "Jean-Claude Van Damme"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "a dusty old western is twenty-four carat gold in my eyes", like=[G + "Western"])
R(T, "Hitchcock is the GOAT, give me all of it", like=[P + "Alfred Hitchcock"])
R(T, "a good mystery is like a warm bath for my brain", like=[G + "Mystery"])
R(T, "fantasy films light me up like a Christmas tree", like=[G + "Fantasy"])
R(T, "80s comedies are my comfort food", like=[G + "Comedy", D + "1980s"])
R(T, "documentaries are my happy place", like=[G + "Documentary"])
R(T, "Meryl Streep could read the phone book and I'd be glued to the screen", like=[P + "Meryl Streep"])
R(T, "musicals make my heart sing, quite literally", like=[G + "Musical"])
R(T, "a sweeping adventure film is the reason I fell in love with the movies", like=[G + "Adventure"])
R(T, "trench coats, venetian blinds, a femme fatale... noir is pure catnip to me", like=[G + "Film-Noir"])
R(T, "Spielberg's movies are pure magic", like=[P + "Steven Spielberg"])
R(T, "a big war epic is a feast for the eyes, count me in", like=[G + "War"])
R(T, "animation is where the real artistry is at", like=[G + "Animation"])
R(T, "a solid crime picture is basically my bread and butter at this point", like=[G + "Crime"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "I'm a sucker for a thriller but keep the horror away from me", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "love a good romcom, can't stand slasher films", like=[G + "Romance"], dislike=[G + "Horror"],
  ok=["+genre:Comedy"])
R(T, "documentaries yes, anything animated no", like=[G + "Documentary"], dislike=[G + "Animation"])
R(T, "big Eastwood fan, though the musicals can stay on the shelf", like=[P + "Clint Eastwood"],
  dislike=[G + "Musical"])
R(T, "sci-fi is great, westerns not so much", like=[G + "Sci-Fi"], dislike=[G + "Western"])
R(T, "the 40s had the best films; the 90s, honestly, not for me", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "comedies please, and spare me the war stuff", like=[G + "Comedy"], dislike=[G + "War"])
R(T, "mystery is my jam but fantasy does nothing for me", like=[G + "Mystery"], dislike=[G + "Fantasy"])
R(T, "I'll happily watch Denzel in anything, just not Nicolas Cage", like=[P + "Denzel Washington"],
  dislike=[P + "Nicolas Cage"])
R(T, "adventure is fine by me, crime is a no-go", like=[G + "Adventure"], dislike=[G + "Crime"])
R(T, "a drama suits me tonight, nothing with singing in it though", like=[G + "Drama"], dislike=[G + "Musical"])
R(T, "I adore Julia Roberts but I can't bear Hugh Grant", like=[P + "Julia Roberts"], dislike=[P + "Hugh Grant"])
R(T, "give me noir, not action", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "we're watching with the little one so a kids' film is perfect, horror's obviously off the table",
  like=[G + "Children's"],
  dislike=[G + "Horror"])
R(T, "horror's my thing, romance really isn't", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "Tarantino yes please, Kevin Smith no thanks", like=[P + "Quentin Tarantino"], dislike=[P + "Kevin Smith"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "westerns? love them", like=[G + "Western"])
R(T, "do I like horror? not in a million years", dislike=[G + "Horror"])
R(T, "you want to know if I'm into musicals? absolutely, the cheesier the better", like=[G + "Musical"])
R(T, "Sci-fi? eh, not really.", dislike=[G + "Sci-Fi"])
R(T, "am I a Spielberg person? guilty as charged", like=[P + "Steven Spielberg"])
R(T, "would I watch a war film? only under protest", dislike=[G + "War"])
R(T, "documentaries, you ask? bring them on", like=[G + "Documentary"])
R(T, "who doesn't love a gangster movie? me, actually", dislike=[G + "Crime"])
R(T, "what's better than a rainy night and a noir? nothing, that's what", like=[G + "Film-Noir"])
R(T, "should I try a fantasy film? yeah why not, go on", like=[G + "Fantasy"])
R(T, "cartoons? at my age? ...ok fine, yes, I love them", like=[G + "Animation"])
R(T, "anything from the 60s? yes please, that's my era", like=[D + "1960s"])
R(T, "did somebody say Jackie Chan? I'm there", like=[P + "Jackie Chan"])
R(T, "is a Hugh Grant film a good idea? for my sister maybe, not for me", dislike=[P + "Hugh Grant"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "please skip anything made before 1960, I can't get into the older stuff", year=(1960, None))
R(T, "keep it to the 70s and earlier, nothing after that", year=(None, 1979))
R(T, "the 50s just feel so stiff, leave them out", dislike=[D + "1950s"])
R(T, "anything from 1990 on is fair game, the older stuff not so much", year=(1990, None))
R(T, "I love a 30s screwball", like=[D + "1930s"], ok=["+genre:Comedy"])
R(T, "80s all the way baby", like=[D + "1980s"])
R(T, "no silent-era stuff, so nothing from the 20s", dislike=[D + "1920s"])
R(T, "films from the 1940s are my favourite", like=[D + "1940s"])
R(T, "only stuff from 1995 onwards, my eyes can't handle old film grain", year=(1995, None))
R(T, "60s movies bore me, sorry", dislike=[D + "1960s"])
R(T, "I want something recent-ish, nothing older than 1985", year=(1985, None))
R(T, "the nineties were the golden age as far as I'm concerned", like=[D + "1990s"])
R(T, "nothing newer than 1970, I'm an old soul", year=(None, 1970))
R(T, "skip the 70s, it's all brown and grainy", dislike=[D + "1970s"])

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "anything with Robin Williams in it, honestly", like=[P + "Robin Williams"])
R(T, "I can't stand Kevin Costner, he sucks the air out of every scene", dislike=[P + "Kevin Costner"])
R(T, "Jodie Foster never puts a foot wrong", like=[P + "Jodie Foster"])
R(T, "Tim Burton's stuff gives me the creeps, and not in a good way", dislike=[P + "Tim Burton"])
R(T, "Cary Grant could charm the birds out of the trees", like=[P + "Cary Grant"])
R(T, "Steven Seagal, hard no, the man cannot act", dislike=[P + "Steven Seagal"])
R(T, "I'd follow David Lynch into any weird dream he wanted", like=[P + "David Lynch"])
R(T, "keep Pauly Shore well away from my screen", dislike=[P + "Pauly Shore"])
R(T, "Audrey Hepburn is an icon, give me one of hers", like=[P + "Audrey Hepburn"])
R(T, "Oliver Stone is far too preachy for my taste", dislike=[P + "Oliver Stone"])
R(T, "I've never warmed to Sandra Bullock", dislike=[P + "Sandra Bullock"])
R(T, "Scorsese's the man", like=[P + "Martin Scorsese"])
R(T, "something by Billy Wilder would really hit the spot", like=[P + "Billy Wilder"])
R(T, "anything with Demi Moore is an instant skip", dislike=[P + "Demi Moore"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "I could watch Fargo on a loop", like_items=["Fargo (1996)"])
R(T, "Titanic was three hours of my life I'll never get back", dislike_items=["Titanic (1997)"])
R(T, "something in the vein of The Princess Bride would be perfect", like_items=["The Princess Bride (1987)"])
R(T, "Showgirls was a car crash and not the fun kind", dislike_items=["Showgirls (1995)"])
R(T, "Casablanca is the film every other film has to live up to for me", like_items=["Casablanca (1942)"])
R(T, "please never recommend me anything like Batman & Robin", dislike_items=["Batman & Robin (1997)"])
R(T, "I found The English Patient unbearably dull", dislike_items=["The English Patient (1996)"])
R(T, "Pulp Fiction changed my life, more like that", like_items=["Pulp Fiction (1994)"])
R(T, "The Big Lebowski? the dude abides, yes please", like_items=["The Big Lebowski (1998)"])
R(T, "Waterworld is a punchline for a reason", dislike_items=["Waterworld (1995)"])
R(T, "Trainspotting is a masterpiece and I will die on this hill", like_items=["Trainspotting (1996)"])
R(T, "I walked out of Independence Day, none of that please", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "The Wrong Trousers has me crying with laughter every time", like_items=["The Wrong Trousers (1993)"])
R(T, "Forrest Gump is overrated sentimental mush", dislike_items=["Forrest Gump (1994)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so me and my girlfriend have been going back and forth about what to watch for like forty minutes, she "
     "wants something cosy and I kept pushing for a gangster thing, but honestly after the week I've had I think "
     "she's right, let's do a romance, something sweet and not too long", like=[G + "Romance"], ok=["-genre:Crime"])
R(T, "ok long story but my dad used to take me to the drive-in every summer and they only ever seemed to play "
     "westerns, so now whenever I see a dusty main street and a guy in a hat I go all misty-eyed, anyway that's a "
     "very long way of saying I want a western", like=[G + "Western"])
R(T, "I tried one of those found-footage horror things last night with my flatmates and I didn't sleep, like at "
     "all, I had the lights on till 4am, so yeah please nothing scary tonight, I'm dead serious",
  dislike=[G + "Horror"])
R(T, "my nephew is staying over this weekend, he's eight and obsessed with dinosaurs and pirates, and I'd really "
     "like something we'll both enjoy that isn't too babyish, maybe an adventure film?", like=[G + "Adventure"],
  ok=["+genre:Children's"])
R(T, "I was at a wedding last weekend and the DJ played show tunes for a solid hour and I think something broke "
     "inside me, so no musicals, not for a long, long time", dislike=[G + "Musical"])
R(T, "right, so I teach history and I watch loads of documentaries for work, which is fine, but on my evenings off "
     "I really, really don't want anything educational, I want something daft and funny",
  like=[G + "Comedy"], dislike=[G + "Documentary"])
R(T, "my book club just finished one of Jane Austen's novels and everyone's still buzzing about it, and I'm "
     "thinking a film version would be a lovely way to round it off, any of hers really", like=[P + "Jane Austen"])
R(T, "I went through a massive Bruce Willis phase as a teenager, watched everything he was in twice, but I "
     "rewatched one recently and it hasn't aged well at all and I think I'm done with him to be honest",
  dislike=[P + "Bruce Willis"])
R(T, "we're doing a themed movie night at work and somebody picked the 1950s, which I wasn't thrilled about at "
     "first, but I've come round to it and now I actually want to find a really good one from back then",
  like=[D + "1950s"])
R(T, "I spent all of last year on nights at the hospital and watched so many tearjerkers on my breaks that I "
     "genuinely can't face another drama, please give me a thriller, something tense with a twist at the end",
  like=[G + "Thriller"], dislike=[G + "Drama"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "comedies are what I like best", like=[G + "Comedy"])
R(T, "please don't show me horror", dislike=[G + "Horror"])
R(T, "can you show me a few action movies", like=[G + "Action"])
R(T, "westerns aren't something I like", dislike=[G + "Western"])
R(T, "I'm in the mood for a drama tonight", like=[G + "Drama"])
R(T, "I'm not interested in science fiction", dislike=[G + "Sci-Fi"])
R(T, "I enjoy a good mystery.", like=[G + "Mystery"])
R(T, "please no animated films, I'm watching with my parents", dislike=[G + "Animation"])
R(T, "I want to watch a thriller this evening", like=[G + "Thriller"])
R(T, "I hate war movies, they upset me", dislike=[G + "War"])
R(T, "could you recommend me a romance?", like=[G + "Romance"])
R(T, "no documentaries, thanks", dislike=[G + "Documentary"])
R(T, "I'm looking for a fantasy film", like=[G + "Fantasy"])
R(T, "I dislike musicals.", dislike=[G + "Musical"])
R(T, "I like movies with Tom Hanks in them", like=[P + "Tom Hanks"])
R(T, "I don't want films from the 1980s", dislike=[D + "1980s"])
R(T, "I'm not a fan of crime films", dislike=[G + "Crime"])
R(T, "adventure movies are my favorite kind", like=[G + "Adventure"])
R(T, "no children's movies, it's just adults tonight", dislike=[G + "Children's"])
R(T, "film noir is a genre I really like", like=[G + "Film-Noir"])
R(T, "I don't enjoy Eddie Murphy movies", dislike=[P + "Eddie Murphy"])
R(T, "I'd like to watch a Kurosawa film", like=[P + "Akira Kurosawa"])
R(T, "nothing older than 1975 please", year=(1975, None))


if __name__ == "__main__":
    main()
