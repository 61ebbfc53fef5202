"""Writes evals/data/utterances_fresh12.jsonl: a twelfth fresh held-out batch of `idiom` utterances (see README.md
here, "Twelfth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:50 UTC) by F12, before and apart from that day's ninth round of change to
the stance reader (round 9): the writer did not open the stance readers (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev
sentences (evals/data/stance_dev.py), the judge, the judge notes (evals/notes), the results (evals/results), the
understanding benchmarks (evals/bench) or the round-9 author's work, ran no reader, agent, test or benchmark on these
sentences, and did not read any utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier
fresh batches or of the stance training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P
constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 and last 5 lines and the
catalogue vocabulary and titles were read). Sentences that the writer's own check named as already in an earlier
file were reworded. The reader's author is not to read this file or its output. Every gold label is what a careful
reader takes the sentence to mean.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_utterances_fresh12
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh12.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "fresh12-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic


# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "kung fu flicks are basically a disease with me, I'll watch any of them going", like=[G + "Action"])
R(T, "I have a genuinely unhealthy obsession with film noir and I'm not seeking help", like=[G + "Film-Noir"])
R(T, "westerns are my guilty little addiction, my wife just rolls her eyes at me", like=[G + "Western"])
R(T, "a good whodunnit is a menace to my sleep schedule, I can never stop at one", like=[G + "Mystery"])
R(T, "that Jim Carrey is an absolute lunatic and I love every second he's on screen", like=[P + "Jim Carrey"])
R(T, "Hitchcock was a sick twisted genius, line up more of his stuff", like=[P + "Alfred Hitchcock"])
R(T, "docs are my poison of choice on a lazy Sunday", like=[G + "Documentary"])
R(T, "I'm a total wreck for a good weepy love story, bring it on", like=[G + "Romance"])
R(T, "sci-fi is a bad habit I have zero intention of kicking", like=[G + "Sci-Fi"])
R(T, "musicals are my filthy weakness, I belt out every number like a maniac", like=[G + "Musical"])
R(T, "Die Hard is criminally good, anything in that vein", like_items=["Die Hard (1988)"], ok=["+genre:Action"])
R(T, "crime films have properly ruined me for normal telly, feed me more", like=[G + "Crime"])
R(T, "70s cinema is brutal in the best possible way, more of that", like=[D + "1970s"])
R(T, "war films wreck me every single time and I keep crawling back for more", like=[G + "War"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of shoot-'em-up action flicks for one month, cheers", dislike=[G + "Action"])
R(T, "honestly I'm all westerned out after the Christmas telly", dislike=[G + "Western"])
R(T, "cartoons? done and dusted, I've seen enough of them with my kids to last a lifetime",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "I could do without another heavy drama for a good long while", dislike=[G + "Drama"])
R(T, "sick to the back teeth of Tom Hanks, to be honest", dislike=[P + "Tom Hanks"])
R(T, "romance overload this year, I need a break from the lovey-dovey stuff", dislike=[G + "Romance"])
R(T, "the 80s have been done to death in our house, give them a rest", dislike=[D + "1980s"])
R(T, "burnt out on horror after October, the whole month was slashers", dislike=[G + "Horror"])
R(T, "I think I've hit my lifetime quota of war movies", dislike=[G + "War"])
R(T, "Spielberg fatigue is real and I've got it bad", dislike=[P + "Steven Spielberg"])
R(T, "thrillers have worn pretty thin for me lately", dislike=[G + "Thriller"])
R(T, "I'm completely sci-fi'd out after that marathon weekend", dislike=[G + "Sci-Fi"])
R(T, "had it up to here with musicals, thanks", dislike=[G + "Musical"])
R(T, "enough Titanic for one lifetime, my sister made me sit through it six times",
  dislike_items=["Titanic (1997)"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "I wouldn't say no to a decent mystery", like=[G + "Mystery"])
R(T, "a comedy wouldn't be the worst thing in the world tonight", like=[G + "Comedy"])
R(T, "I'm not entirely opposed to the odd musical", like=[G + "Musical"])
R(T, "Harrison Ford's not half bad, is he", like=[P + "Harrison Ford"])
R(T, "westerns aren't exactly my cup of tea", dislike=[G + "Western"])
R(T, "I have been known to enjoy a fantasy film or two", like=[G + "Fantasy"])
R(T, "documentaries aren't the most thrilling prospect for me, if I'm honest", dislike=[G + "Documentary"])
R(T, "film noir? yeah, I could probably be persuaded", like=[G + "Film-Noir"])
R(T, "Jaws was a bit of alright, actually", like_items=["Jaws (1975)"])
R(T, "horror isn't terribly high on my list", dislike=[G + "Horror"])
R(T, "fifties pictures have a certain something about them, I'll admit", like=[D + "1950s"])
R(T, "I'm not the world's biggest Adam Sandler fan", dislike=[P + "Adam Sandler"])
R(T, "something with a bit of adventure in it wouldn't go amiss", like=[G + "Adventure"])
R(T, "war films are a tad on the heavy side for my taste", dislike=[G + "War"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not as if I don't enjoy a tense thriller now and then", like=[G + "Thriller"])
R(T, "I never said I didn't like cartoons, did I", like=[G + "Animation"])
R(T, "can't say I've ever not enjoyed a Woody Allen film", like=[P + "Woody Allen"])
R(T, "there's no crime movie I haven't loved, honestly", like=[G + "Crime"])
R(T, "I don't dislike romances, I just really don't want one tonight", dislike=[G + "Romance"])
R(T, "I wouldn't not watch a sci-fi film tonight, put it that way", like=[G + "Sci-Fi"])
R(T, "no way I'm not watching something with Bruce Willis tonight", like=[P + "Bruce Willis"])
R(T, "not a single horror film has failed to bore me stupid", dislike=[G + "Horror"])
R(T, "I can't not laugh at Leslie Nielsen", like=[P + "Leslie Nielsen"])
R(T, "I'm not unhappy with kids' films as long as they're clever", like=[G + "Children's"])
R(T, "never not in the mood for an adventure movie, me", like=[G + "Adventure"])
R(T, "nobody can say I don't give dramas a fair go, but I'm done with them", dislike=[G + "Drama"])
R(T, "it's not that documentaries are bad, I just don't watch them, ever", dislike=[G + "Documentary"])
R(T, "there isn't a Kubrick film I wouldn't happily rewatch", like=[P + "Stanley Kubrick"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns this weekend, pardner", like=[G + "Western"])
R(T, "anything but horror, I'm home alone tonight", dislike=[G + "Horror"])
R(T, "every genre except musicals is fine by me, honestly", dislike=[G + "Musical"])
R(T, "sci-fi or nothing, that's the deal", like=[G + "Sci-Fi"])
R(T, "give me anything besides a war film", dislike=[G + "War"])
R(T, "just comedies. only comedies. nothing else will do", like=[G + "Comedy"])
R(T, "any decade you like apart from the 1930s", dislike=[D + "1930s"])
R(T, "whatever you fancy as long as it isn't animated", dislike=[G + "Animation"])
R(T, "Tarantino or bust", like=[P + "Quentin Tarantino"])
R(T, "I'll take literally anything that isn't a romance", dislike=[G + "Romance"])
R(T, "only mysteries tonight, the twistier the better", like=[G + "Mystery"])
R(T, "everything's on the table except Stallone films", dislike=[P + "Sylvester Stallone"])
R(T, "crime, crime and more crime, nothing else", like=[G + "Crime"])
R(T, "all good as long as it's not a kiddie movie", dislike=[G + "Children's"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a proper thriller beats a gory horror any day of the week", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "I'd pick a documentary over a musical every single time", like=[G + "Documentary"],
  dislike=[G + "Musical"])
R(T, "Eastwood wipes the floor with John Wayne", like=[P + "Clint Eastwood"], dislike=[P + "John Wayne"])
R(T, "old noir knocks modern action into a cocked hat", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "give me fantasy over sci-fi", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "the 70s run rings round the 90s when it comes to movies", like=[D + "1970s"], dislike=[D + "1990s"])
R(T, "comedy trumps drama for me, always has", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Aliens is miles better than Alien 3, the third one was a total mess", like_items=["Aliens (1986)"],
  dislike_items=["Alien 3 (1992)"])
R(T, "one good mystery is worth ten soppy romances", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "Scorsese > Oliver Stone, fight me", like=[P + "Martin Scorsese"], dislike=[P + "Oliver Stone"])
R(T, "adventure films leave westerns eating their dust", like=[G + "Adventure"], dislike=[G + "Western"])
R(T, "I'd much rather a war movie than another gangster one", like=[G + "War"], dislike=[G + "Crime"])
R(T, "Meg Ryan beats Julia Roberts hands down", like=[P + "Meg Ryan"], dislike=[P + "Julia Roberts"])
R(T, "Pulp Fiction, yes; Reservoir Dogs bored me stiff and is nowhere near as good",
  like_items=["Pulp Fiction (1994)"], dislike_items=["Reservoir Dogs (1992)"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks, but I think I'll give the horror a miss", dislike=[G + "Horror"])
R(T, "that's kind of you, but musicals really aren't for me", dislike=[G + "Musical"])
R(T, "I appreciate it, but I'd rather not do another western", dislike=[G + "Western"])
R(T, "lovely suggestions, though perhaps nothing animated this time", dislike=[G + "Animation"])
R(T, "I'm sure they're great films, but war stuff isn't really my thing", dislike=[G + "War"])
R(T, "if it's all the same to you, I'll pass on the Jim Carrey ones", dislike=[P + "Jim Carrey"])
R(T, "would you mind leaving out the sci-fi? thank you!", dislike=[G + "Sci-Fi"])
R(T, "no offence to fans, but I'd prefer to skip anything from the 1940s", dislike=[D + "1940s"])
R(T, "respectfully, documentaries send me to sleep, so maybe not those", dislike=[G + "Documentary"])
R(T, "kind thought, but I'll steer clear of Schindler's List tonight", dislike_items=["Schindler's List (1993)"])
R(T, "I'd be ever so grateful if we could avoid anything too romantic", dislike=[G + "Romance"])
R(T, "perhaps something other than a thriller, if you don't mind", dislike=[G + "Thriller"])
R(T, "cheers, but Arnie films aren't really my scene", dislike=[P + "Arnold Schwarzenegger"])
R(T, "thanks so much, but I'd sooner have a comedy than more of these dramas", like=[G + "Comedy"],
  dislike=[G + "Drama"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "musicals? nah mate", dislike=[G + "Musical"])
R(T, "westerns are a hard no from me", dislike=[G + "Western"])
R(T, "fantasy is cringe tbh", dislike=[G + "Fantasy"])
R(T, "miss me with that Kevin Costner stuff", dislike=[P + "Kevin Costner"])
R(T, "horror is so not it", dislike=[G + "Horror"])
R(T, "pfft, film noir. pass", dislike=[G + "Film-Noir"])
R(T, "Waterworld? yeah no", dislike_items=["Waterworld (1995)"])
R(T, "documentaries are a total snoozefest, bin them", dislike=[G + "Documentary"])
R(T, "kids' films are naff, I'm forty", dislike=[G + "Children's"])
R(T, "60s films? do me a favour", dislike=[D + "1960s"])
R(T, "romance is mid, skip", dislike=[G + "Romance"])
R(T, "Van Damme? lmao no", dislike=[P + "Jean-Claude Van Damme"])
R(T, "crime flicks can do one", dislike=[G + "Crime"])
R(T, "whodunnits are a yawn, next", dislike=[G + "Mystery"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "Casablanca is pure magic", like_items=["Casablanca (1942)"])
R(T, "Kurosawa films are a feast for the eyes", like=[P + "Akira Kurosawa"])
R(T, "animation is where the real artistry lives", like=[G + "Animation"])
R(T, "westerns are comfort food for my soul", like=[G + "Western"])
R(T, "a good heist movie is music to my ears", like=[G + "Crime"])
R(T, "Meryl Streep could read the phone book and I'd be spellbound", like=[P + "Meryl Streep"])
R(T, "musicals light me up like a Christmas tree", like=[G + "Musical"])
R(T, "the 1940s were a golden age, feed me those", like=[D + "1940s"])
R(T, "Star Wars is the gold standard and always will be", like_items=["Star Wars (1977)"])
R(T, "space-age sci-fi is my happy place, always has been", like=[G + "Sci-Fi"])
R(T, "a twisty thriller is catnip to me", like=[G + "Thriller"])
R(T, "documentaries throw open whole new worlds for me", like=[G + "Documentary"])
R(T, "Robin Williams was a ray of sunshine on screen", like=[P + "Robin Williams"])
R(T, "a sweeping war epic is right up my street", like=[G + "War"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a good mystery but please, no horror", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "comedy yes, kiddie stuff no", like=[G + "Comedy"], dislike=[G + "Children's"])
R(T, "I'm into westerns, not so much musicals", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "Hanks is great, Costner not so much", like=[P + "Tom Hanks"], dislike=[P + "Kevin Costner"])
R(T, "keen on the 80s, can't be doing with the 50s", like=[D + "1980s"], dislike=[D + "1950s"])
R(T, "fantasy sounds fun; drama, not tonight", like=[G + "Fantasy"], dislike=[G + "Drama"])
R(T, "action's fine by me but I draw the line at war films", like=[G + "Action"], dislike=[G + "War"])
R(T, "big fan of animation, less so of sci-fi", like=[G + "Animation"], dislike=[G + "Sci-Fi"])
R(T, "crime thrillers please, romances can wait for another night", like=[G + "Crime", G + "Thriller"],
  dislike=[G + "Romance"])
R(T, "Tarantino I'll watch all day, Kevin Smith I can't stand", like=[P + "Quentin Tarantino"],
  dislike=[P + "Kevin Smith"])
R(T, "adventure yes please, documentary no thanks", like=[G + "Adventure"], dislike=[G + "Documentary"])
R(T, "more Fargo-type stuff, less Twister-type stuff", like_items=["Fargo (1996)"],
  dislike_items=["Twister (1996)"])
R(T, "nothing made before 1980, but a comedy would be grand", like=[G + "Comedy"], year=(1980, None))
R(T, "noir's my jam, but don't give me anything with Steven Seagal", like=[G + "Film-Noir"],
  dislike=[P + "Steven Seagal"])
R(T, "Hugh Grant yes, Adam Sandler absolutely not", like=[P + "Hugh Grant"], dislike=[P + "Adam Sandler"])
R(T, "I'm after something spooky, just not one of those slow arty dramas", like=[G + "Horror"],
  dislike=[G + "Drama"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "do I like horror? does a bear sleep in the woods", like=[G + "Horror"])
R(T, "musicals? who has the patience. not me", dislike=[G + "Musical"])
R(T, "you want my favourite genre? westerns, easy", like=[G + "Western"])
R(T, "am I in the mood for romance? not even slightly", dislike=[G + "Romance"])
R(T, "what do I never get tired of? documentaries", like=[G + "Documentary"])
R(T, "would I watch a Keanu Reeves movie? in a heartbeat", like=[P + "Keanu Reeves"])
R(T, "why would anyone sit through a three-hour war epic? not me, thanks", dislike=[G + "War"])
R(T, "is it weird that I love kids' movies at my age? don't care, I do", like=[G + "Children's"])
R(T, "animated films? meh, why bother", dislike=[G + "Animation"])
R(T, "how about something from the 90s? yes, that's exactly what I want", like=[D + "1990s"])
R(T, "can you guess what I hate? anything with Pauly Shore in it", dislike=[P + "Pauly Shore"])
R(T, "who doesn't love a good whodunnit? I certainly do", like=[G + "Mystery"])
R(T, "fantasy again? please no", dislike=[G + "Fantasy"])
R(T, "have I seen The Shining? a dozen times, and I'd happily go again", like_items=["The Shining (1980)"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing older than 1975, the picture quality does my head in", year=(1975, None))
R(T, "I'm mad about 1930s screwball comedies", like=[D + "1930s", G + "Comedy"])
R(T, "black-and-white films from the 40s leave me cold", dislike=[D + "1940s"])
R(T, "nothing after about 1985 please, I'm a grumpy old man", year=(None, 1985))
R(T, "strictly 60s and 70s movies tonight", like=[D + "1960s", D + "1970s"])
R(T, "anything from the 80s is a no-go", dislike=[D + "1980s"])
R(T, "the 1920s silent era is a real treasure trove", like=[D + "1920s"])
R(T, "keep it recent, nothing pre-1990", year=(1990, None))
R(T, "I don't much care for 90s movies, they've dated badly", dislike=[D + "1990s"])
R(T, "something from the fifties would be lovely", like=[D + "1950s"])
R(T, "only stuff from 1980 to 1995, nothing outside that", year=(1980, 1995))
R(T, "I find 30s films painfully stagey, skip them", dislike=[D + "1930s"])
R(T, "that gritty 70s New Hollywood era is my absolute favourite", like=[D + "1970s"])
R(T, "if it's older than my parents I'm not interested, so pre-1960 is out", year=(1960, None))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Jack Nicholson could do no wrong in my eyes", like=[P + "Jack Nicholson"])
R(T, "I find Nicolas Cage completely unwatchable", dislike=[P + "Nicolas Cage"])
R(T, "anything with Audrey Hepburn in it and I'm there", like=[P + "Audrey Hepburn"])
R(T, "Spike Lee makes me think, I want more of that", like=[P + "Spike Lee"])
R(T, "Sharon Stone does nothing for me", dislike=[P + "Sharon Stone"])
R(T, "Billy Wilder is the GOAT", like=[P + "Billy Wilder"])
R(T, "I can't bear Mel Gibson any more, keep him off my screen", dislike=[P + "Mel Gibson"])
R(T, "Jodie Foster is brilliant in everything she does", like=[P + "Jodie Foster"])
R(T, "Tim Burton's weird little worlds are so my vibe", like=[P + "Tim Burton"])
R(T, "please spare me Demi Moore", dislike=[P + "Demi Moore"])
R(T, "Jackie Chan's stunts are unreal, more please", like=[P + "Jackie Chan"])
R(T, "David Lynch gives me a headache, he's not for me", dislike=[P + "David Lynch"])
R(T, "Eddie Murphy used to be funny, now he just grates on me", dislike=[P + "Eddie Murphy"])
R(T, "Fred Astaire and Gene Kelly, the kings of dancing, give me both", like=[P + "Fred Astaire", P + "Gene Kelly"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "I could have The Princess Bride on a loop and never tire of it", like_items=["The Princess Bride (1987)"])
R(T, "Showgirls was an embarrassment, keep anything like it away from me", dislike_items=["Showgirls (1995)"])
R(T, "something in the spirit of Groundhog Day would be perfect", like_items=["Groundhog Day (1993)"])
R(T, "Independence Day was loud, dumb, flag-waving nonsense", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Trainspotting blew my mind at uni, more like that", like_items=["Trainspotting (1996)"])
R(T, "The English Patient bored me rigid", dislike_items=["The English Patient (1996)"])
R(T, "Babe is adorable and I have no shame about it", like_items=["Babe (1995)"])
R(T, "just not Batman & Robin, I'm begging you", dislike_items=["Batman & Robin (1997)"])
R(T, "The Usual Suspects still gives me chills", like_items=["The Usual Suspects (1995)"])
R(T, "I'm so over The Lion King, my toddler's worn the tape out", dislike_items=["The Lion King (1994)"])
R(T, "Blade Runner changed how I see films", like_items=["Blade Runner (1982)"])
R(T, "Speed 2 was an insult to cinema", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "give me more along the lines of Some Like It Hot", like_items=["Some Like It Hot (1959)"])
R(T, "Forrest Gump is overrated schmaltz, don't bother recommending it", dislike_items=["Forrest Gump (1994)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "so my brother-in-law came round last weekend and insisted on putting on some zombie thing, and I spent the "
  "whole evening behind a cushion. I'm done with horror, genuinely, just find me something that won't give me "
  "nightmares", dislike=[G + "Horror"])
R(T, "ok long story but when I was little my grandad used to tape every old John Wayne western off the telly and "
  "we'd watch them on Sundays with a pot of tea, and I've been craving that feeling lately, so his westerns if "
  "you've got any", like=[G + "Western", P + "John Wayne"])
R(T, "my girlfriend keeps dragging me along to these musicals and I've tried, I really have, I sat through three "
  "this year alone, but I'm putting my foot down now, no more singing", dislike=[G + "Musical"])
R(T, "just finished a really long week of nights at the hospital and all I want is to switch my brain off and "
  "laugh at something properly silly, a comedy basically, nothing that'll make me think too hard",
  like=[G + "Comedy"])
R(T, "I went through a phase in college where I watched every Kubrick I could get my hands on and wrote a "
  "terrible essay about 2001, and I think I'm finally ready to revisit him, maybe one I haven't seen yet",
  like=[P + "Stanley Kubrick"])
R(T, "we're doing a family night with my nieces who are six and eight, so it has to be a kids' film, and their "
  "mum said nothing with fighting in it, so no action stuff", like=[G + "Children's"], dislike=[G + "Action"])
R(T, "I'm writing a dissertation on 1940s Britain and my supervisor suggested I watch films from the period for "
  "context, so anything from the forties, ideally a war film, would be a huge help",
  like=[D + "1940s", G + "War"])
R(T, "every time I open this app it pushes sci-fi at me because I watched one space movie on a plane once, and I "
  "want to make it clear I don't actually like sci-fi, I was just bored at 30,000 feet", dislike=[G + "Sci-Fi"])
R(T, "my mum's birthday is coming up and she adores Cary Grant, she never stops going on about him, but for me "
  "tonight I'd like something by Scorsese, I've been meaning to get into his films for ages",
  like=[P + "Martin Scorsese"])
R(T, "I used to think documentaries were dull until a mate showed me Hoop Dreams, and now I'm hooked, I've watched "
  "it twice already, so anything real like that", like=[G + "Documentary"], like_items=["Hoop Dreams (1994)"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I really like comedies with a bit of heart", like=[G + "Comedy"])
R(T, "no horror for me please, I scare easily", dislike=[G + "Horror"])
R(T, "show me some good action movies", like=[G + "Action"])
R(T, "I don't like westerns at all, never have", dislike=[G + "Western"])
R(T, "something with Tom Cruise in it", like=[P + "Tom Cruise"])
R(T, "I hate romantic films, sorry", dislike=[G + "Romance"])
R(T, "recommend me a tense thriller", like=[G + "Thriller"])
R(T, "not in the mood for a drama tonight", dislike=[G + "Drama"])
R(T, "I want to watch a fantasy movie with dragons", like=[G + "Fantasy"])
R(T, "no documentaries this time", dislike=[G + "Documentary"])
R(T, "I enjoy mystery films a lot", like=[G + "Mystery"])
R(T, "please skip the animated ones", dislike=[G + "Animation"])
R(T, "war movies, please", like=[G + "War"])
R(T, "I don't want anything starring Robin Williams", dislike=[P + "Robin Williams"])
R(T, "films from the 1980s would be nice", like=[D + "1980s"])
R(T, "I don't enjoy musicals", dislike=[G + "Musical"])
R(T, "something like Jurassic Park", like_items=["Jurassic Park (1993)"])
R(T, "I don't want a crime film tonight", dislike=[G + "Crime"])
R(T, "I love adventure movies", like=[G + "Adventure"])
R(T, "nothing with Whoopi Goldberg please", dislike=[P + "Whoopi Goldberg"])
R(T, "a film noir, if you have one", like=[G + "Film-Noir"])
R(T, "I dislike children's movies", dislike=[G + "Children's"])
R(T, "sci-fi, but not horror", like=[G + "Sci-Fi"], dislike=[G + "Horror"])


if __name__ == "__main__":
    main()
