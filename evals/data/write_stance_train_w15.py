"""Writes evals/data/stance_train_w15.jsonl: training batch w15 of the stance model (see README.md here, "Training
batch w15 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:25 UTC) by W15, one of round 9's five new writers, in one voice: negation
SCOPE and hedged stances ('not just X' / 'not only X' with X still liked, 'I don't hate X', 'it's not that I don't
like X', 'never been a big X person', 'wouldn't mind X', 'not opposed to X', 'I could do without X', 'not a fan of X
but Y is fine', 'no more X than usual', a negation that covers one value and not the next, conditions and
situations such as 'date night, so nothing too gory'), with plain controls, idioms of both polarities and messages
naming a value the user takes no side on. The writer read only evals/data/fresh_batch.py, write_utterances.py's R(),
its G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 lines and last 5
lines (the layout) and the catalogue vocabulary (people and film titles checked against load_catalog()); it did not
open any utterances*.jsonl or stance_train*.jsonl file, the record lines of the other fresh or training writers,
evals/data/stance_dev.py, the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py,
tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), the judge, evals/notes,
evals/results or evals/bench, and ran no reader, agent, test or benchmark on these sentences. Every gold label is
what a careful reader takes the sentence to mean for this user now; a value named with no side taken (someone
else's taste, a question, a past taste that is over, "I'm neutral on X") carries no label.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any value or year bound the catalogue lacks and on a sentence already in
utterances.jsonl, fresh #1-#10 or training batches w1-w10. Run:
    python -m cesrec.evals.data.write_stance_train_w15

After the writer's commit the lead removed one record (296 -> 295) whose sentence equals one of the held-out
fresh #11 / #12 batches, found by a script that printed only this file's record number.
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w15.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "trainw15-2026-12-05"
CLS = "idiom"

TOPICS = {
    "not_only": "'not just X' / 'not only X': the scope widens (a liked X stays liked, a refusal takes in more)",
    "scope_split": "a negation that covers one value and not the next ('no horror or gore, but thrillers yes')",
    "hedged_like": "hedged and litotes likes: wouldn't mind, not opposed to, don't hate, wouldn't say no",
    "mild_refusal": "hedged refusals: never been a big X person, could do without X, not really my cup of tea",
    "but_fine": "'not a fan of X but Y is fine': a soft refusal and a soft yes in one message",
    "double_neg": "double negation and 'it's not that I don't like X' (resolving either way)",
    "situation": "conditions and situations deciding the stance (date night, kids asleep, hangover, Halloween)",
    "only_but": "nothing but X / anything but X / X or nothing / no more X than usual",
    "comparison": "one side preferred over the other (the loser refused)",
    "idiom": "enthusiasm in odd words, fatigue, polite refusals and dismissive slang",
    "no_side": "a value named with no side taken (someone else's taste, a question, a past taste) next to one with",
    "plain": "plain controls: simple likes and refusals, some with plain negation",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------------ not_only
T = "not_only"
R(T, "not just horror - thrillers too, I can't handle any of it tonight", dislike=[G + "Horror", G + "Thriller"])
R(T, "no war films, and not only the gory ones, the noble ones too", dislike=[G + "War"])
R(T, "I don't want sci-fi, and that goes for the fun sci-fi as well", dislike=[G + "Sci-Fi"])
R(T, "I'm not only into westerns, but they're definitely top of my list", like=[G + "Western"])
R(T, "it's not just the animation I love about the old Disney ones, it's the songs too",
  like=[G + "Animation", G + "Musical"])
R(T, "not just comedies please, mix some crime in there", like=[G + "Comedy", G + "Crime"])
R(T, "I don't only watch documentaries, but I'd take a good one tonight", like=[G + "Documentary"])
R(T, "Thrillers, and not only the twisty kind. The slow-burn ones too.", like=[G + "Thriller"])
R(T, "more than just the fight scenes, I want an adventure with some heart", like=[G + "Adventure"],
  ok=["+genre:Action"])
R(T, "Hitchcock, and not just Psycho, I've seen the famous ones and I want the deep cuts",
  like=[P + "Alfred Hitchcock"])
R(T, "not just 90s stuff, I'm into the 80s as well", like=[D + "1990s", D + "1980s"])
R(T, "it's not only kids who like cartoons!! I'm 40 and I want an animated film", like=[G + "Animation"])
R(T, "Not only do I like war movies, I like the really long ones", like=[G + "War"])
R(T, "mysteries, and not just whodunits - anything with a puzzle at the centre", like=[G + "Mystery"])
R(T, "I'm not just a horror fan, I'm a horror completist. obscure ones welcome", like=[G + "Horror"])
R(T, "drama's good but not only drama, I'd like a laugh in there somewhere", like=[G + "Drama", G + "Comedy"])
R(T, "not only Spielberg's blockbusters, his smaller films too", like=[P + "Steven Spielberg"])
R(T, "I don't just tolerate musicals, I sing along to every one", like=[G + "Musical"])
R(T, "fantasy, and not just for the dragons, it's the worldbuilding I'm there for", like=[G + "Fantasy"])
R(T, "it isn't only the look of noir I love, it's the dialogue. so, film noir please", like=[G + "Film-Noir"])
R(T, "not just crime - crime with a bit of comedy, like a caper", like=[G + "Crime", G + "Comedy"])
R(T, "not just one Jackie Chan film, all of them, in order", like=[P + "Jackie Chan"])
R(T, "Julia Roberts, and I don't mean only Pretty Woman, I mean everything she's done", like=[P + "Julia Roberts"])

# --------------------------------------------------------------------------------------------------- scope_split
T = "scope_split"
R(T, "no horror or gore, but thrillers yes", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "no musicals. romance is welcome though", like=[G + "Romance"], dislike=[G + "Musical"])
R(T, "nothing animated; kids films with real actors are fine", like=[G + "Children's"], dislike=[G + "Animation"])
R(T, "not war, but westerns yeah", like=[G + "Western"], dislike=[G + "War"])
R(T, "no sci-fi and no fantasy. Mysteries I'm good with.", like=[G + "Mystery"],
  dislike=[G + "Sci-Fi", G + "Fantasy"])
R(T, "Don't give me action, give me adventure, there's a difference", like=[G + "Adventure"],
  dislike=[G + "Action"])
R(T, "no documentaries, but a dramatised true crime story is fine", like=[G + "Crime"],
  dislike=[G + "Documentary"], ok=["+genre:Drama"])
R(T, "no 70s stuff. the 80s are fine", like=[D + "1980s"], dislike=[D + "1970s"])
R(T, "not Tarantino. Scorsese, sure", like=[P + "Martin Scorsese"], dislike=[P + "Quentin Tarantino"])
R(T, "no romance, no musicals, but a comedy would be great", like=[G + "Comedy"],
  dislike=[G + "Romance", G + "Musical"])
R(T, "not the horror kind of scary, the thriller kind is what I'm after", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "anything noir, just not the westerns you keep sending", like=[G + "Film-Noir"], dislike=[G + "Western"])
R(T, "No cartoons. Fantasy is fine as long as it's live action", like=[G + "Fantasy"], dislike=[G + "Animation"])
R(T, "nothing with Jim Carrey in it, though comedy in general is great", like=[G + "Comedy"],
  dislike=[P + "Jim Carrey"])
R(T, "no crime or war stuff -- sci-fi though, absolutely", like=[G + "Sci-Fi"], dislike=[G + "Crime", G + "War"])
R(T, "not a thriller. A mystery, yes.", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "skip the children's films, but animation for adults I'm all in on", like=[G + "Animation"],
  dislike=[G + "Children's"])
R(T, "not the 50s, not the 60s, anything from the 70s onwards", year=(1970, None),
  ok=["-decade:1950s", "-decade:1960s"])
R(T, "neither westerns nor war films, but a good old-fashioned adventure, ok", like=[G + "Adventure"],
  dislike=[G + "Western", G + "War"])
R(T, "not the 20s or 30s, too creaky, but the 40s are great", like=[D + "1940s"],
  dislike=[D + "1920s", D + "1930s"])
R(T, "not The Shining, I've seen it a dozen times, but Kubrick yes", like=[P + "Stanley Kubrick"],
  dislike_items=["The Shining (1980)"])
R(T, "nothing from before 1950 and nothing from the 90s either", dislike=[D + "1990s"], year=(1950, None))

# --------------------------------------------------------------------------------------------------- hedged_like
T = "hedged_like"
R(T, "I wouldn't mind a western tonight", like=[G + "Western"])
R(T, "not opposed to a musical if it's a good one", like=[G + "Musical"])
R(T, "I don't hate documentaries, actually. put one on", like=[G + "Documentary"])
R(T, "honestly I don't hate romcoms nearly as much as I pretend to", like=[G + "Romance", G + "Comedy"])
R(T, "wouldn't say no to some sci-fi", like=[G + "Sci-Fi"])
R(T, "I'm not against a bit of horror, as long as it's the fun kind", like=[G + "Horror"])
R(T, "I could be talked into a war film", like=[G + "War"])
R(T, "a mystery wouldn't be the worst thing in the world", like=[G + "Mystery"])
R(T, "I'm not allergic to old films. the 40s are fine by me", like=[D + "1940s"])
R(T, "a Kubrick film wouldn't go amiss", like=[P + "Stanley Kubrick"])
R(T, "I've been known to enjoy a film noir or two", like=[G + "Film-Noir"])
R(T, "can't say I'd turn down an adventure film", like=[G + "Adventure"])
R(T, "I'm open to animation, not gonna lie", like=[G + "Animation"])
R(T, "kids' films don't bother me at all, I quite like them actually", like=[G + "Children's"])
R(T, "I wouldn't object to some Meg Ryan", like=[P + "Meg Ryan"])
R(T, "thrillers are never a bad idea", like=[G + "Thriller"])
R(T, "got nothing against crime films - in fact I'd like one", like=[G + "Crime"])
R(T, "I'm not one to turn my nose up at a comedy", like=[G + "Comedy"])
R(T, "heavy drama doesn't scare me off, bring on the heavy stuff", like=[G + "Drama"])
R(T, "not opposed to a Scorsese marathon this weekend", like=[P + "Martin Scorsese"])
R(T, "Meryl Streep? I wouldn't say no", like=[P + "Meryl Streep"])
R(T, "I wouldn't mind something along the lines of Fargo", like_items=["Fargo (1996)"])
R(T, "I don't hate Forrest Gump, unlike everyone on the internet. more like that please",
  like_items=["Forrest Gump (1994)"])
R(T, "I'm not opposed to silent films from the 20s, if you've got any", like=[D + "1920s"])

# -------------------------------------------------------------------------------------------------- mild_refusal
T = "mild_refusal"
R(T, "Musicals have always been a bit of a no for me", dislike=[G + "Musical"])
R(T, "I'd rather not do a documentary, if that's okay", dislike=[G + "Documentary"])
R(T, "Romance tends to leave me cold", dislike=[G + "Romance"])
R(T, "I could do without Demi Moore, no offence to her", dislike=[P + "Demi Moore"])
R(T, "1940s films aren't really for me", dislike=[D + "1940s"])
R(T, "never been a big western person", dislike=[G + "Western"])
R(T, "I could do without the musicals", dislike=[G + "Musical"])
R(T, "I've never really been a horror person, if I'm honest", dislike=[G + "Horror"])
R(T, "sci-fi has never quite clicked for me", dislike=[G + "Sci-Fi"])
R(T, "I could live without documentaries tonight", dislike=[G + "Documentary"])
R(T, "war films and I have never really gotten along", dislike=[G + "War"])
R(T, "I'm not much of a fantasy guy", dislike=[G + "Fantasy"])
R(T, "I'd just as soon skip the romance", dislike=[G + "Romance"])
R(T, "animated films aren't really my cup of tea", dislike=[G + "Animation"])
R(T, "I'm not what you'd call a drama enthusiast", dislike=[G + "Drama"])
R(T, "kids' movies... I could happily never see another one", dislike=[G + "Children's"])
R(T, "Film noir has never done much for me", dislike=[G + "Film-Noir"])
R(T, "I can take or leave thrillers. mostly leave", dislike=[G + "Thriller"])
R(T, "I'd rather we steered clear of Stallone", dislike=[P + "Sylvester Stallone"])
R(T, "Woody Allen's films were never really for me", dislike=[P + "Woody Allen"])
R(T, "I've never warmed to mysteries", dislike=[G + "Mystery"])
R(T, "adventure movies tend to lose me about halfway through", dislike=[G + "Adventure"])
R(T, "I don't think I'm an action person, honestly", dislike=[G + "Action"])
R(T, "the 30s, hmm, probably not for me", dislike=[D + "1930s"])
R(T, "I could do without anything from the 80s", dislike=[D + "1980s"])
R(T, "never been much of a Kevin Costner fan", dislike=[P + "Kevin Costner"])
R(T, "I've never been a big Robin Williams person, sorry", dislike=[P + "Robin Williams"])
R(T, "crime films are a bit much for me these days, I'd give them a miss", dislike=[G + "Crime"])

# ------------------------------------------------------------------------------------------------------ but_fine
T = "but_fine"
R(T, "not a huge fan of westerns, but war films are fine", like=[G + "War"], dislike=[G + "Western"])
R(T, "Musicals aren't my favourite, but I'll happily watch anything animated", like=[G + "Animation"],
  dislike=[G + "Musical"])
R(T, "I'm cold on sci-fi; fantasy, though, I love", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "not big on documentaries. dramas based on true stories are fine", like=[G + "Drama"],
  dislike=[G + "Documentary"])
R(T, "crime is mostly a miss for me, but mysteries are fine", like=[G + "Mystery"], dislike=[G + "Crime"])
R(T, "I'm no fan of Tom Hanks but Meg Ryan is fine by me", like=[P + "Meg Ryan"], dislike=[P + "Tom Hanks"])
R(T, "action not so much, comedy absolutely", like=[G + "Comedy"], dislike=[G + "Action"])
R(T, "drama's not my scene; a good adventure is", like=[G + "Adventure"], dislike=[G + "Drama"])
R(T, "older films not so much, 90s onwards is fine", year=(1990, None), ok=["+decade:1990s"])
R(T, "I wasn't wild about the kiddie stuff you suggested, grown-up animation is fine though",
  like=[G + "Animation"], dislike=[G + "Children's"])
R(T, "horror, not so much. a creepy mystery I'd watch", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "war movies, meh. westerns, yes please", like=[G + "Western"], dislike=[G + "War"])
R(T, "I'm not one for thrillers, crime dramas are fine", like=[G + "Crime"], dislike=[G + "Thriller"],
  ok=["+genre:Drama"])
R(T, "Not a fan of Schwarzenegger, but Bruce Willis is fine", like=[P + "Bruce Willis"],
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "musicals don't do it for me; a good romance does", like=[G + "Romance"], dislike=[G + "Musical"])
R(T, "space operas no, sword-and-sorcery stuff yes", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "noir leaves me cold, but a Hitchcock thriller is fine", like=[G + "Thriller", P + "Alfred Hitchcock"],
  dislike=[G + "Film-Noir"])
R(T, "I've got nothing against Sandra Bullock, but Nicolas Cage I just can't do",
  dislike=[P + "Nicolas Cage"], ok=["+person:Sandra Bullock"])
R(T, "comedy's not really my thing, but a sharp documentary is always fine", like=[G + "Documentary"],
  dislike=[G + "Comedy"])
R(T, "the 60s aren't my era, the 70s are fine though", like=[D + "1970s"], dislike=[D + "1960s"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not that I don't like adventure films, it's that I'm sick to death of them", dislike=[G + "Adventure"])
R(T, "not that I've got anything against crime films, but not tonight", dislike=[G + "Crime"])
R(T, "it's not that I don't like war films, I just need a break from them", dislike=[G + "War"])
R(T, "It's not that I don't like comedy - I love it, actually", like=[G + "Comedy"])
R(T, "I can't say I don't enjoy a good western", like=[G + "Western"])
R(T, "not that I'd never watch a horror, but tonight, no", dislike=[G + "Horror"])
R(T, "there's no musical I don't like", like=[G + "Musical"])
R(T, "never met a heist film I didn't like", like=[G + "Crime"])
R(T, "I wouldn't NOT watch a documentary", like=[G + "Documentary"])
R(T, "it's not untrue that I'm obsessed with 80s action", like=[G + "Action", D + "1980s"])
R(T, "I don't dislike fantasy, go on then", like=[G + "Fantasy"])
R(T, "can't think of a mystery I haven't enjoyed", like=[G + "Mystery"])
R(T, "not that noir isn't great, it's just too bleak for tonight", dislike=[G + "Film-Noir"])
R(T, "no one could ever accuse me of not liking animation", like=[G + "Animation"])
R(T, "it's not that I don't like sci-fi, it's that I've watched nothing else for a month", dislike=[G + "Sci-Fi"])
R(T, "it isn't that romance is bad, it's that I'm not in the mood for it at all", dislike=[G + "Romance"])
R(T, "not a day goes by that I don't want an adventure film", like=[G + "Adventure"])

# ----------------------------------------------------------------------------------------------------- situation
T = "situation"
R(T, "I'm eating dinner while I watch, so nothing gory", dislike=[G + "Horror"])
R(T, "the kids are in the room, so no thrillers", dislike=[G + "Thriller"])
R(T, "early start tomorrow so nothing long and heavy, no epic dramas", dislike=[G + "Drama"])
R(T, "date night, so nothing too gory", dislike=[G + "Horror"])
R(T, "watching with my nan so something old and gentle, maybe a musical", like=[G + "Musical"])
R(T, "kids are finally asleep so no cartoons tonight, I want a proper thriller", like=[G + "Thriller"],
  dislike=[G + "Animation"])
R(T, "it's a rainy Sunday, perfect for a long old war epic", like=[G + "War"])
R(T, "home alone tonight so please, nothing scary", dislike=[G + "Horror"])
R(T, "first date at mine - nothing heavy, a comedy maybe", like=[G + "Comedy"], ok=["-genre:Drama"])
R(T, "long flight tomorrow, need something to doze off to, so no action", dislike=[G + "Action"])
R(T, "sick in bed. comfort films please, kids' films even", like=[G + "Children's"])
R(T, "my parents are staying and we all love westerns, so a western it is", like=[G + "Western"])
R(T, "it's Halloween, so obviously horror", like=[G + "Horror"])
R(T, "Christmas with the whole family: something everyone can watch, animated would be ideal",
  like=[G + "Animation"])
R(T, "work was brutal today, I can't face a drama tonight", dislike=[G + "Drama"])
R(T, "Saturday night with the lads, so nothing romantic. explosions", like=[G + "Action"],
  dislike=[G + "Romance"])
R(T, "studying for exams, need background noise, a documentary would be perfect", like=[G + "Documentary"])
R(T, "hangover day. nothing loud, no action, something cosy", dislike=[G + "Action"])
R(T, "my friend's coming over and she hates horror - so do I, so leave it out", dislike=[G + "Horror"])
R(T, "rainy night in, which always puts me in the mood for a noir", like=[G + "Film-Noir"])
R(T, "date night again. last time I picked a horror and she didn't speak to me for a day, so let's do romance",
  like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "babysitting my niece tonight so nothing scary, something for kids", like=[G + "Children's"],
  dislike=[G + "Horror"])
R(T, "my daughter wants another kids' movie and honestly I want anything but", dislike=[G + "Children's"])
R(T, "It's my birthday so I'm allowed a sci-fi marathon", like=[G + "Sci-Fi"])
R(T, "wedding anniversary - romance, obviously, and nothing with guns", like=[G + "Romance"],
  ok=["-genre:Action", "-genre:War"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "anything but another Disney cartoon", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "all genres welcome apart from westerns", dislike=[G + "Western"])
R(T, "I'll watch anything at all, just please not film noir", dislike=[G + "Film-Noir"])
R(T, "no more mysteries than usual, which for me means zero", dislike=[G + "Mystery"])
R(T, "anything but a romance, please", dislike=[G + "Romance"])
R(T, "nothing but thrillers this week", like=[G + "Thriller"])
R(T, "any genre you like except horror", dislike=[G + "Horror"])
R(T, "only westerns, nothing else will do", like=[G + "Western"])
R(T, "anything except kids' stuff", dislike=[G + "Children's"])
R(T, "it's crime or nothing tonight", like=[G + "Crime"])
R(T, "all I want is 40s noir", like=[G + "Film-Noir", D + "1940s"])
R(T, "whatever you fancy, just not war", dislike=[G + "War"])
R(T, "Nothing but Tom Hanks for me", like=[P + "Tom Hanks"])
R(T, "everything's on the table except musicals", dislike=[G + "Musical"])
R(T, "give me anything but sci-fi and I'm happy", dislike=[G + "Sci-Fi"])
R(T, "literally just comedies, I'm begging you", like=[G + "Comedy"])
R(T, "any decade but the 50s", dislike=[D + "1950s"])
R(T, "I'm no more into romance than I was last time we talked, i.e. not at all", dislike=[G + "Romance"])
R(T, "no less keen on sci-fi than ever, keep it coming", like=[G + "Sci-Fi"])
R(T, "no more Keanu Reeves than strictly necessary, which is none", dislike=[P + "Keanu Reeves"])
R(T, "my appetite for war films is as big as it's ever been", like=[G + "War"])
R(T, "documentaries and only documentaries", like=[G + "Documentary"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "anything's better than another Kevin Costner epic", dislike=[P + "Kevin Costner"])
R(T, "I'd rather stare at the wall than watch a kids' film", dislike=[G + "Children's"])
R(T, "I'd take a western over a war film any day", like=[G + "Western"], dislike=[G + "War"])
R(T, "mysteries beat thrillers for me every single time", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "I'd rather a good documentary than another loud action film", like=[G + "Documentary"],
  dislike=[G + "Action"])
R(T, "give me the 70s over the 80s", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Kubrick over Spielberg, no contest", like=[P + "Stanley Kubrick"], dislike=[P + "Steven Spielberg"])
R(T, "I'd happily rewatch Toy Story; another musical, no thanks", like_items=["Toy Story (1995)"],
  dislike=[G + "Musical"])
R(T, "comedy wins over romance tonight", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "Adventure > action, always", like=[G + "Adventure"], dislike=[G + "Action"])
R(T, "less drama, more laughs", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "I'd pick the Coens over Tarantino by a mile", like=[P + "Joel Coen"], dislike=[P + "Quentin Tarantino"])
R(T, "anything like Blade Runner, nothing like Independence Day", like_items=["Blade Runner (1982)"],
  dislike_items=["Independence Day (ID4) (1996)"])
R(T, "fantasy knocks horror into a cocked hat", like=[G + "Fantasy"], dislike=[G + "Horror"])
R(T, "a black-and-white noir beats a glossy crime flick for me", like=[G + "Film-Noir"], ok=["-genre:Crime"])
R(T, "I'd sooner watch a kids' film than another gritty crime thing", dislike=[G + "Crime"],
  ok=["+genre:Children's"])

# --------------------------------------------------------------------------------------------------------- idiom
T = "idiom"
R(T, "comedies have been a total dud for me lately, give them a rest", dislike=[G + "Comedy"])
R(T, "action films? been there, done that, got the T-shirt", dislike=[G + "Action"])
R(T, "fantasy's a bit twee for my taste", dislike=[G + "Fantasy"])
R(T, "I'm a sucker for a good musical", like=[G + "Musical"])
R(T, "80s horror is my weakness", like=[G + "Horror", D + "1980s"])
R(T, "war films are my comfort food", like=[G + "War"])
R(T, "documentaries are my drug of choice", like=[G + "Documentary"])
R(T, "I'm hopelessly addicted to heist movies", like=[G + "Crime"])
R(T, "sci-fi is my kryptonite, can't resist it", like=[G + "Sci-Fi"])
R(T, "fantasy ruined me for every other genre", like=[G + "Fantasy"])
R(T, "I'm unhealthily obsessed with film noir", like=[G + "Film-Noir"])
R(T, "a mystery is my idea of a perfect evening", like=[G + "Mystery"])
R(T, "adventure films are criminally underrated and I want one", like=[G + "Adventure"])
R(T, "I've had my fill of dramas this month", dislike=[G + "Drama"])
R(T, "I'm all thriller-ed out", dislike=[G + "Thriller"])
R(T, "thanks, but I'll pass on the westerns", dislike=[G + "Western"])
R(T, "that's kind of you, but horror really isn't for me", dislike=[G + "Horror"])
R(T, "if it's all the same to you I'd rather skip the musicals", dislike=[G + "Musical"])
R(T, "sci-fi? nah. hard pass", dislike=[G + "Sci-Fi"])
R(T, "documentaries are such a snooze", dislike=[G + "Documentary"])
R(T, "romance is cringe tbh", dislike=[G + "Romance"])
R(T, "fantasy bores me to tears", dislike=[G + "Fantasy"])
R(T, "mysteries, bleh", dislike=[G + "Mystery"])
R(T, "one more war film and I'll scream", dislike=[G + "War"])
R(T, "I've seen enough animated movies to last a lifetime", dislike=[G + "Animation"])
R(T, "no offence but 60s films feel like homework", dislike=[D + "1960s"])
R(T, "I appreciate the thought, but kids' movies aren't what I'm after", dislike=[G + "Children's"])
R(T, "lovely picks, but adventure's not really my thing", dislike=[G + "Adventure"])
R(T, "crime films? I'd rather watch paint dry", dislike=[G + "Crime"])
R(T, "Titanic, never again", dislike_items=["Titanic (1997)"])
R(T, "I could watch Casablanca every night of my life, more like that", like_items=["Casablanca (1942)"])
R(T, "Jackie Chan can do no wrong", like=[P + "Jackie Chan"])
R(T, "action films are my happy place", like=[G + "Action"])

# ------------------------------------------------------------------------------------------------------- no_side
T = "no_side"
R(T, "my mum loves a romance; I don't mind them either way. what I don't want is horror", dislike=[G + "Horror"])
R(T, "I'm not sure yet whether I like the 80s. I'm sure I don't like the 50s", dislike=[D + "1950s"])
R(T, "my wife loves romance, but I'm after a thriller", like=[G + "Thriller"])
R(T, "my son is obsessed with animation; for me though, something with Clint Eastwood",
  like=[P + "Clint Eastwood"])
R(T, "is film noir the same thing as crime? either way I want a crime film", like=[G + "Crime"])
R(T, "I used to love horror as a teenager, these days give me a documentary", like=[G + "Documentary"],
  ok=["-genre:Horror"])
R(T, "I'm neutral on musicals, but I really want a comedy", like=[G + "Comedy"])
R(T, "my husband can't stand westerns, but I adore them", like=[G + "Western"])
R(T, "what even counts as a mystery? whatever, I want a war film", like=[G + "War"])
R(T, "I don't care one way or the other about sci-fi. romance I do care about: none, please",
  dislike=[G + "Romance"])
R(T, "do the 90s count as old now? anyway, I love the 70s", like=[D + "1970s"])
R(T, "my girlfriend keeps asking for Hugh Grant films; me, I'd like a Spielberg", like=[P + "Steven Spielberg"])
R(T, "do you have documentaries? just curious. tonight I want an adventure", like=[G + "Adventure"])
R(T, "my mate says Tarantino is overrated, I wouldn't know. I'm after a western", like=[G + "Western"])
R(T, "back in college I watched nothing but sci-fi; these days I'm mostly into dramas", like=[G + "Drama"])
R(T, "the kids will want animation tomorrow, but tonight's just me and I want a horror", like=[G + "Horror"])
R(T, "no strong feelings about the 60s. I do know I don't want anything from the 30s", dislike=[D + "1930s"])
R(T, "Is Fargo a comedy or a crime film? I want a comedy either way", like=[G + "Comedy"])
R(T, "my dad's a massive John Wayne fan; I'm more of a Harrison Ford person", like=[P + "Harrison Ford"])
R(T, "I go back and forth on thrillers, but war movies I always love", like=[G + "War"])
R(T, "are mysteries popular? I'm indifferent to them really. I just know I don't want action",
  dislike=[G + "Action"])
R(T, "80s or 90s doesn't matter to me, but please no westerns", dislike=[G + "Western"])
R(T, "my brother only watches action, I'm the opposite, something quiet, a drama", like=[G + "Drama"],
  ok=["-genre:Action"])
R(T, "no idea what film noir even is, but I know I love a good mystery", like=[G + "Mystery"])
R(T, "I haven't decided how I feel about animation for grown-ups. war films though: yes", like=[G + "War"])
R(T, "I loved the 50s musicals when I was small; nowadays I'm strictly a thriller person", like=[G + "Thriller"],
  ok=["-genre:Musical"])
R(T, "which is scarier, Alien or The Shining? doesn't matter, I hate horror, I'm not watching either",
  dislike=[G + "Horror"], dislike_items=["Alien (1979)", "The Shining (1980)"])
R(T, "my flatmate says fantasy is for nerds. I'm a nerd then, fantasy please", like=[G + "Fantasy"])
R(T, "does Braveheart count as a war film? I'm asking because I don't want any war tonight",
  dislike=[G + "War"])
R(T, "my partner's into Tim Burton; I have no opinion on him. I'd love a Billy Wilder though",
  like=[P + "Billy Wilder"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I don't like thrillers, too stressful", dislike=[G + "Thriller"])
R(T, "no Tarantino please, too much blood", dislike=[P + "Quentin Tarantino"])
R(T, "I like comedies with a bit of an edge", like=[G + "Comedy"])
R(T, "no horror please, I scare easily", dislike=[G + "Horror"])
R(T, "I love documentaries, especially nature ones", like=[G + "Documentary"])
R(T, "romance yes, war no", like=[G + "Romance"], dislike=[G + "War"])
R(T, "I want something from the 90s, any genre", like=[D + "1990s"])
R(T, "please no musicals tonight, my ears need a rest", dislike=[G + "Musical"])
R(T, "I don't really like sci-fi, all that tech talk", dislike=[G + "Sci-Fi"])
R(T, "thrillers please, the tenser the better", like=[G + "Thriller"])
R(T, "I'm in the mood for an adventure film", like=[G + "Adventure"])
R(T, "I don't like animated films much", dislike=[G + "Animation"])
R(T, "Fantasy, please. the more magic the better", like=[G + "Fantasy"])
R(T, "I don't want anything with Steven Seagal", dislike=[P + "Steven Seagal"])
R(T, "crime films, yes. kids films, no.", like=[G + "Crime"], dislike=[G + "Children's"])
R(T, "give me a mystery tonight, something I can try to solve", like=[G + "Mystery"])
R(T, "action films are my favourite thing to watch on a Friday", like=[G + "Action"])
R(T, "I don't like children's movies, they talk down to everyone", dislike=[G + "Children's"])
R(T, "I'd like a film noir with a proper femme fatale", like=[G + "Film-Noir"])
R(T, "no dramas please, I cried enough this week", dislike=[G + "Drama"])
R(T, "I don't enjoy war movies, they upset me", dislike=[G + "War"])
R(T, "some 60s films would be nice", like=[D + "1960s"])
R(T, "I'm not into documentaries, I watch films to escape", dislike=[G + "Documentary"])
R(T, "I like Mel Gibson films", like=[P + "Mel Gibson"])
R(T, "I hate slasher films", dislike=[G + "Horror"])
R(T, "I really like Clint Eastwood westerns", like=[P + "Clint Eastwood", G + "Western"])
R(T, "nothing before 1960, please", year=(1960, None))
R(T, "nothing after 1980, I like the old stuff", year=(None, 1980))
R(T, "I don't want anything older than me, and I was born in 1975", year=(1975, None))
R(T, "I want another Jurassic Park", like_items=["Jurassic Park (1993)"])
R(T, "no fantasy, no sci-fi, nothing with spaceships or wizards", dislike=[G + "Fantasy", G + "Sci-Fi"])
R(T, "I like mysteries and I don't like romance", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "I don't like Eddie Murphy, his humour grates on me", dislike=[P + "Eddie Murphy"])
R(T, "I'd love a musical, something with big dance numbers", like=[G + "Musical"])
R(T, "I'm not a fan of Adam Sandler, skip anything he's in", dislike=[P + "Adam Sandler"])


if __name__ == "__main__":
    main()
