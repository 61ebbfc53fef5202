"""Writes evals/data/stance_train_w4.jsonl: the w4 batch of hand-labelled TRAINING sentences for the stance model
(see README.md here, "Training batch w4 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:04-11:25 UTC) by W4, one of five writers of training sentences, each in a voice of
their own. W4's voice: long messages with context -- the evening, partners, kids, friends, what was watched last
week; contrasts over time ("used to hate X, now ..."), self-corrections, conditions ("if it's a western I'm out"),
hedges, questions answered in the next words, and other people's tastes the user does or does not share.

What was read: fresh_batch.py; write_utterances.py's R(), its constants G/D/P, build() / main() and its first
~25 `complaint` records; write_utterances_fresh6.py's docstring and the code above and below its records (a grep
for the layout also showed about 18 of its record lines, whose wording was not reused); the catalogue vocabulary
(people, genres, decades) and film labels through load_catalog(). What was NOT read: the utterances*.jsonl files,
the record lines of the other write_utterances_fresh*.py / write_stance_train*.py writers, stance_dev.py, the
stance readers and the judge (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), evals/notes, evals/results, evals/bench. No
reader, agent, benchmark or test was run on these sentences; every label is what a careful human reader takes the
sentence to mean for this user now (a value the user takes no side on -- someone else's taste, a question, a past
taste that is over -- carries no label).

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks);
fresh_batch.check() also fails on any value or year bound the catalogue lacks and on a sentence already in
another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w4
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w4.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "trainw4-2026-12-05"

TOPICS = {
    "plain": "plain likes and refusals, with plain negation ('I don't like X', 'no X please', 'X yes, Y no')",
    "evening": "long stories about the evening, the people watching and last week's film, the stance inside",
    "over_time": "contrasts over time: used to hate X and now love it, used to love X and now done with it",
    "correction": "self-corrections: 'wait, not X, I meant Y', a slip taken back",
    "condition": "conditions and deal-breakers: 'if it's X I'm out', 'as long as it's not X'",
    "others": "someone else's taste (partner, kids, friends) named beside the user's own stance",
    "hedge": "hedges, understatement, litotes and double negation, of both polarities",
    "question": "questions answered in the next words, rhetorical questions, and questions the user leaves open",
    "appetite": "vice-as-praise and enthusiasm in negative-looking words; fatigue and satiety as refusals",
    "only_but": "'nothing but X' / 'anything but X' / 'X or nothing' / 'everything except X'",
    "comparison": "comparisons where one side is preferred and the other refused",
    "polite_slang": "polite refusals and dismissive slang; sarcasm whose meaning is clear",
    "era": "decades and year bounds, liked or shut out",
    "people_films": "directors, actors and catalogue films liked or refused",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ---------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I don't like horror. Never have. My sister dragged me to a slasher when I was twelve and I slept with the "
     "light on for a week.", dislike=[G + "Horror"])
R(T, "no musicals please, my husband walks out of the room the second anyone starts singing and honestly so do I",
  dislike=[G + "Musical"])
R(T, "comedy yes, drama no. it's been a long week at work and I need to laugh, not think",
  like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Could you find me a good mystery? I love guessing the killer before the end, and my wife hates that I'm "
     "always right.", like=[G + "Mystery"])
R(T, "no war movies tonight please. my dad was in the army and he's staying with us this week, it's not the time",
  dislike=[G + "War"])
R(T, "i'm not into sci-fi at all", dislike=[G + "Sci-Fi"])
R(T, "Please don't suggest anything animated. The kids are at their grandma's and for once I want a grown-up film.",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "Film noir, please. Black and white, rain on the windows, someone lying to a detective. That's my Friday.",
  like=[G + "Film-Noir"])
R(T, "thrillers yes. romance no. that's the whole brief", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "i hate fantasy. dragons, elves, swords with names, all of it", dislike=[G + "Fantasy"])
R(T, "Crime dramas are my favourite thing to watch on a Sunday night.", like=[G + "Crime"], ok=["+genre:Drama"])
R(T, "I don't do children's films unless my niece is over, and she isn't", dislike=[G + "Children's"])
R(T, "action please! big loud explosions, I've earned it after this week", like=[G + "Action"])
R(T, "no westerns, no musicals. anything else is fair game", dislike=[G + "Western", G + "Musical"])
R(T, "I don't care for documentaries, I watch films to get away from real life", dislike=[G + "Documentary"])
R(T, "Give me a romance. A proper one, with a rainy airport and a big speech at the end.", like=[G + "Romance"])
R(T, "I'm not a fan of thrillers, they make me anxious and I end up pausing every ten minutes",
  dislike=[G + "Thriller"])
R(T, "mystery no, comedy yes - we tried a whodunit last night and nobody in the room could follow it",
  like=[G + "Comedy"], dislike=[G + "Mystery"])
R(T, "I want a horror film tonight. A real one, not one of those spoofs.", like=[G + "Horror"],
  ok=["-genre:Comedy"])
R(T, "i don't like animation, sorry. never clicked for me, even as a kid", dislike=[G + "Animation"])
R(T, "drama is fine, horror is not", like=[G + "Drama"], dislike=[G + "Horror"])
R(T, "My brother's coming round tonight and he always wants some big adventure film with treasure maps. Not "
     "this time. I'm putting my foot down, no adventure.", dislike=[G + "Adventure"])
R(T, "Adventure, not tonight. Horror, yes please.", like=[G + "Horror"], dislike=[G + "Adventure"])
R(T, "don't give me anything from before 1960, I just can't settle into old films", year=(1960, None))
R(T, "Please, no fantasy. My son has been reading wizard books all month and I've had enough of it second hand.",
  dislike=[G + "Fantasy"])
R(T, "kids' films are what we need, the twins are six and easily scared", like=[G + "Children's"])
R(T, "not a big action person. I drift off during car chases.", dislike=[G + "Action"])
R(T, "Romance is my favourite genre and I'm not embarrassed about it anymore.", like=[G + "Romance"])
R(T, "no documentaries, no dramas, I want something that moves", dislike=[G + "Documentary", G + "Drama"],
  ok=["+genre:Action"])
R(T, "Skip anything with a war in it, please.", dislike=[G + "War"])

# -------------------------------------------------------------------------------------------------------- evening
T = "evening"
R(T, "So last Friday we watched a musical because it was my daughter's turn to pick, and I lasted about twenty "
     "minutes. Tonight it's my pick and I want a crime film, ideally one with a heist.",
  like=[G + "Crime"], dislike=[G + "Musical"])
R(T, "My partner's working late, the dog's asleep on my feet and I've poured a glass of red. Perfect night for a "
     "slow, sad drama, honestly.", like=[G + "Drama"])
R(T, "Eight friends coming round for a birthday and the only rule is nothing gloomy. A comedy everyone can shout "
     "at the screen would be ideal.", like=[G + "Comedy"])
R(T, "it's pouring, the power has flickered twice already and my flatmate is begging for a horror film. I'm in, "
     "actually. the creepier the better", like=[G + "Horror"])
R(T, "We did the Star Wars films last weekend and now my son wants more space stuff. Happy to go along, I loved "
     "them too.", like=[G + "Sci-Fi"], ok=["+item:Star Wars (1977)"])
R(T, "Grandparents are over for Sunday lunch and afterwards we always put something on. Last time it was a gory "
     "thriller by accident and Nan has not forgotten. Something gentle, a family film maybe.",
  like=[G + "Children's"], ok=["-genre:Thriller", "+genre:Comedy"])
R(T, "First date night since the baby arrived. We have maybe two hours before someone wakes up. Something "
     "romantic and not too long, please.", like=[G + "Romance"])
R(T, "Just got back from a long hike, legs are dead, and I want to lie on the sofa and watch other people cross "
     "deserts and climb mountains instead. An adventure film, basically.", like=[G + "Adventure"])
R(T, "Last week I watched a documentary about a chess player and couldn't sleep for thinking about it. More of "
     "those please, real stories.", like=[G + "Documentary"])
R(T, "My book club finished a noir novel this month and now we're all in the mood for the films. Fog, "
     "fedoras, a woman with a gun in her handbag, that sort of thing.", like=[G + "Film-Noir"])
R(T, "Snowed in, the kids are building a fort out of sofa cushions and I'm on blanket duty. We need an animated "
     "film, the longer the better so I can drink a coffee in peace.", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(T, "Saturday. Takeaway ordered. My wife wants a laugh and I want explosions, so let's meet in the middle: an "
     "action comedy.", like=[G + "Action", G + "Comedy"])
R(T, "we went to a wedding today and everyone cried for six hours straight, so for the love of god nothing "
     "romantic tonight", dislike=[G + "Romance"])
R(T, "Tried to watch a western with my dad on Sunday and we both fell asleep before the first shootout. Let's "
     "not repeat that. Something else tonight.", dislike=[G + "Western"])
R(T, "Came home from night shift, it's 8am, and the last thing I want is something heavy. No drama, nothing "
     "with a funeral in it. Light, please.", dislike=[G + "Drama"])
R(T, "It's my turn to pick for film club and last time someone chose a three-hour documentary. Revenge time: "
     "I'm picking a musical, the cheesier the better.", like=[G + "Musical"], ok=["-genre:Documentary"])
R(T, "Halloween party tonight, twenty people, half of them jumpy. Horror's the theme so horror it is, just "
     "nothing too gory.", like=[G + "Horror"])
R(T, "my girlfriend fell asleep on my shoulder twenty minutes into that space opera last week, so tonight "
     "sci-fi's off the table. she gets to choose and she said mystery, which suits me fine",
  like=[G + "Mystery"], dislike=[G + "Sci-Fi"])
R(T, "Long day at the hospital. I just want to sit with my cat and watch something where the good guys catch "
     "the bad guys. A crime film, nothing too clever.", like=[G + "Crime"])
R(T, "The in-laws are here for the week. My father-in-law only watches westerns and, honestly, I've come round "
     "to them. One of those tonight.", like=[G + "Western"])
R(T, "Our anniversary: fifteen years. She picked the restaurant, I get to pick the film, and I'm thinking "
     "something from the 40s, a proper old-fashioned romance.", like=[D + "1940s", G + "Romance"])
R(T, "been sick in bed all week and I've watched every comedy I own. I am comedied out. give me knights and "
     "magic instead, something fantastical", like=[G + "Fantasy"], dislike=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ over_time
T = "over_time"
R(T, "I used to hate westerns when my dad had them on every Sunday, but somewhere in my thirties they got under "
     "my skin. Now I'm the one putting them on.", like=[G + "Western"])
R(T, "Used to love horror as a teenager. Then I had kids and now I can't handle any of it. So no horror.",
  dislike=[G + "Horror"])
R(T, "A few years ago I'd have laughed at you for suggesting a musical. Then my daughter made me watch one and "
     "I cried like a baby. So... yes. A musical.", like=[G + "Musical"])
R(T, "I went through a big sci-fi phase at university, that's long over. These days I'm mostly after a good "
     "mystery.", like=[G + "Mystery"], ok=["-genre:Sci-Fi"])
R(T, "documentaries used to bore me senseless. now I can't get through a week without one",
  like=[G + "Documentary"])
R(T, "I loved fantasy as a kid but I've grown out of it - I just find it silly now.", dislike=[G + "Fantasy"])
R(T, "Romcoms were my whole personality in my twenties. I'm 41 now, divorced, and frankly I'd rather watch "
     "paint dry.", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "I was never a war film person, but after my grandfather passed I started watching them to understand "
     "what he went through, and now they mean a lot to me.", like=[G + "War"])
R(T, "Animated films were a kids' thing to me until last year. Now I've watched more of them than my kids "
     "have. Got any good ones?", like=[G + "Animation"])
R(T, "There was a time I'd watch any action film going. These days I find them exhausting, so let's give "
     "them a miss.", dislike=[G + "Action"])
R(T, "I didn't get film noir at first, all that talking in shadows, but it grew on me and now it's what I "
     "reach for.", like=[G + "Film-Noir"])
R(T, "i used to think thrillers were the best thing going, but after a year of nothing else they all feel the "
     "same to me now. give them a rest", dislike=[G + "Thriller"])
R(T, "Spent my teens watching every 80s movie in the video shop. Now when I see one it just feels dated and "
     "a bit embarrassing, so maybe skip that decade.", dislike=[D + "1980s"])
R(T, "I gave up on comedies a while ago, they stopped being funny to me. I'd take a good drama over one any "
     "day now.", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "Never understood the appeal of Woody Allen when I was young. I think I get it now. Put one of his on.",
  like=[P + "Woody Allen"])
R(T, "I used to watch a lot of Schwarzenegger films with my brother. We don't talk much anymore. Anyway, "
     "something with a good story tonight, a drama maybe.", like=[G + "Drama"])
R(T, "Kids' films used to drive me up the wall, but since becoming an uncle I've softened completely. "
     "Something the three of us can watch would be great.", like=[G + "Children's"])
R(T, "i went off mysteries after guessing the ending of about ten in a row. still off them, to be honest",
  dislike=[G + "Mystery"])
R(T, "Back in the day I only watched stuff from the 90s because that's what was new. Now I'm all about the "
     "70s.", like=[D + "1970s"])
R(T, "Used to be mad for Jackie Chan; can't remember the last time I watched one. Right now I'm not feeling "
     "action at all, though.", dislike=[G + "Action"])

# ----------------------------------------------------------------------------------------------------- correction
T = "correction"
R(T, "Can you find me a romance? Wait, no, not romance, I meant drama. Something serious, nothing lovey-dovey.",
  like=[G + "Drama"], dislike=[G + "Romance"])
R(T, "I want a thriller -- sorry, I meant a western. My head's all over the place today.", like=[G + "Western"])
R(T, "Horror for tonight please. Actually, scratch that, my son's sleeping over - make it something for kids.",
  like=[G + "Children's"], ok=["-genre:Horror"])
R(T, "70s please. Sorry, I mean the 60s. The 70s are my dad's thing, not mine.", like=[D + "1960s"])
R(T, "Something with Tom Hanks. No, hang on, I'm thinking of Kevin Costner, the one from the baseball films. "
     "Him.", like=[P + "Kevin Costner"])
R(T, "a comedy would be nice. hmm, actually no, not comedy, I've had a rotten day and I won't laugh at "
     "anything. a drama I can lose myself in.", like=[G + "Drama"], dislike=[G + "Comedy"])
R(T, "I said earlier I wanted sci-fi but I was thinking of my flatmate, not me. I'm more of an adventure "
     "person.", like=[G + "Adventure"])
R(T, "Let me rephrase: it's not that I hate musicals, I just don't want one tonight. Tonight's for a war film.",
  like=[G + "War"], dislike=[G + "Musical"])
R(T, "fantasy please. oh hang on, I've mixed it up, I meant sci-fi. spaceships, not dragons", like=[G + "Sci-Fi"],
  ok=["-genre:Fantasy"])
R(T, "Earlier I told you I don't like animation. That came out wrong. I love it, I just don't want the baby "
     "stuff.", like=[G + "Animation"], ok=["-genre:Children's"])
R(T, "Correction to what I said before: Spielberg, not Scorsese. Scorsese's far too violent for my mum, who's "
     "watching with me.", like=[P + "Steven Spielberg"], dislike=[P + "Martin Scorsese"])
R(T, "Nineties, did I say nineties? I meant eighties. Nineties stuff is what my kids watch.",
  like=[D + "1980s"])
R(T, "Just to be clear, when I said 'nothing scary' I didn't mean thrillers. Thrillers are great. I meant "
     "horror.", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "not a documentary - a DRAMA based on a true story. sorry for the confusion", like=[G + "Drama"],
  dislike=[G + "Documentary"])
R(T, "Hang on, I typed western but I meant war. Although a western about a war wouldn't be the worst thing.",
  like=[G + "War"], ok=["+genre:Western"])

# ------------------------------------------------------------------------------------------------------ condition
T = "condition"
R(T, "if it's a western I'm out, if it's a thriller I'm in", like=[G + "Thriller"], dislike=[G + "Western"])
R(T, "As long as nobody gets possessed by a demon, I'm easy.", dislike=[G + "Horror"])
R(T, "I'll watch anything with Denzel Washington in it. Genuinely anything.", like=[P + "Denzel Washington"])
R(T, "If the word 'musical' appears anywhere on the poster, I'm going to bed.", dislike=[G + "Musical"])
R(T, "Comedy's fine as long as it isn't a romcom - my ex ruined those for me.", like=[G + "Comedy"],
  dislike=[G + "Romance"])
R(T, "I'm happy with anything from the 80s or 90s, but if it's older than that the kids will riot.",
  like=[D + "1980s", D + "1990s"], year=(1980, None))
R(T, "If there's a dragon in it, I'm in. Seriously, that's my only criterion.", like=[G + "Fantasy"])
R(T, "If it's got Jim Carrey pulling faces, count me out.", dislike=[P + "Jim Carrey"])
R(T, "A mystery's perfect, provided it isn't one of those where everyone sits in a country house and nothing "
     "happens for an hour.", like=[G + "Mystery"])
R(T, "unless it's animated my 4 year old won't sit through it, so animated please", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(T, "whatever it is, if it's from before 1970 my girlfriend won't watch it, and I'm not that bothered about "
     "old films either", year=(1970, None))
R(T, "if there's a heist, I'm there. if there's a love triangle, I'm not.", like=[G + "Crime"],
  dislike=[G + "Romance"], ok=["+genre:Thriller"])
R(T, "Only thing I ask: if it's an adventure film, make it one the kids can watch too.",
  like=[G + "Adventure"], ok=["+genre:Children's"])
R(T, "Thriller's a yes provided nobody gets their eyes gouged out. Horror's a flat no regardless.",
  like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "When it's a Tarantino film I'm there on opening night. Put one on.", like=[P + "Quentin Tarantino"])
R(T, "Any war film is fine by me, as long as it's not one of those ones where they sing.", like=[G + "War"],
  dislike=[G + "Musical"])

# --------------------------------------------------------------------------------------------------------- others
T = "others"
R(T, "My husband is obsessed with war films. I'm really not, but I'll happily sit through a thriller with him.",
  like=[G + "Thriller"], ok=["-genre:War"])
R(T, "My daughter loves animated films, but it's my night tonight and I'd like a crime thriller.",
  like=[G + "Crime", G + "Thriller"])
R(T, "My wife loves musicals; I can take them or leave them. What I can't do is another thriller, we've had "
     "three this week.", dislike=[G + "Thriller"])
R(T, "The kids want a cartoon, I want a western. Is there an animated western? That would solve everything.",
  like=[G + "Western"], ok=["+genre:Animation"])
R(T, "Boyfriend's a huge sci-fi nerd. I don't mind it either way. What I really love is a good romance, though.",
  like=[G + "Romance"])
R(T, "My brother swears by John Carpenter. Never seen one myself. What I do know is I'm not in the mood for a "
     "comedy, everyone's been trying to cheer me up all week.", dislike=[G + "Comedy"])
R(T, "my mum's coming and she'll only watch something from the 50s. I'm easy, and to be fair I like them too, "
     "so the 50s it is.", like=[D + "1950s"])
R(T, "My flatmate hates documentaries. I love them. She's out tonight. You see where I'm going with this.",
  like=[G + "Documentary"])
R(T, "Partner likes horror, I don't. We usually compromise on a thriller.", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "My son's into Jackie Chan at the moment, which is fine by me. Anything he'd like with a bit of action?",
  like=[G + "Action"], ok=["+person:Jackie Chan"])
R(T, "My dad's a big John Wayne man. I've never seen the appeal. Tonight's for me though, so a fantasy film "
     "please.", like=[G + "Fantasy"], dislike=[P + "John Wayne"])
R(T, "Everyone at work keeps going on about Pulp Fiction. I haven't seen it. Is it worth it, or should I stay "
     "in my comfort zone, which is romantic comedies?", like=[G + "Romance", G + "Comedy"])
R(T, "my girlfriend's really into Hugh Grant films and I can tolerate him. what I want tonight is a mystery, "
     "though", like=[G + "Mystery"])
R(T, "The kids want Toy Story again. I have seen it eleven times. Please, something else animated, anything "
     "else.", like=[G + "Animation"], dislike_items=["Toy Story (1995)"])
R(T, "My husband says film noir is boring. He's wrong, and he's away this weekend.", like=[G + "Film-Noir"])
R(T, "My friends all rave about Kubrick and I don't get the fuss, to be honest. Can we do something lighter, "
     "a comedy?", like=[G + "Comedy"], dislike=[P + "Stanley Kubrick"])
R(T, "My wife can't stand westerns and tonight I'm with her - something else, maybe a war film?",
  like=[G + "War"], dislike=[G + "Western"])
R(T, "Our eldest is going through a big horror phase. Not my cup of tea, but she's fifteen, whatever. For me "
     "tonight: adventure, please.", like=[G + "Adventure"], dislike=[G + "Horror"])
R(T, "my partner grew up on musicals and I've no strong feelings about them. i'm more interested in whether "
     "you've got any good documentaries", like=[G + "Documentary"])
R(T, "My son asked if there are any good 70s sci-fi films. I don't know, are there? I'd love to watch one with "
     "him.", like=[G + "Sci-Fi", D + "1970s"])
R(T, "My granny only watches Cary Grant films. She has excellent taste, and so do I: one of his, please.",
  like=[P + "Cary Grant"])
R(T, "the teenager wants action, the little one wants cartoons, and I just want something that isn't a horror "
     "film", dislike=[G + "Horror"])
R(T, "My girlfriend's dad told me Sergio Leone is the greatest director who ever lived. No opinion yet myself. "
     "Tonight, though, I'd just like a horror film.", like=[G + "Horror"])
R(T, "Everyone in my family is crazy about Disney. I'm the odd one out, cartoons do nothing for me.",
  dislike=[G + "Animation"])
R(T, "My sister keeps telling me to try Almodóvar. Maybe one day. For now I just want an action film.",
  like=[G + "Action"])
R(T, "My son thinks all old films are boring. I disagree - give me something from the 30s and I'll prove him "
     "wrong.", like=[D + "1930s"])
R(T, "My partner's been on a documentary kick; I haven't decided how I feel about them yet. Tonight it's my "
     "turn, and I'd like a western.", like=[G + "Western"])
R(T, "My best friend has a thing for Keanu Reeves. Good for her. I'm more into Jodie Foster, if you've got "
     "anything with her.", like=[P + "Jodie Foster"])
R(T, "My husband's mad about sci-fi and I don't mind it either way. What I do mind is a slow "
     "whodunit, so none of that, please.", dislike=[G + "Mystery"])
R(T, "The kids keep asking whether there are any good musicals with songs they'd know. No idea, I'll look later. "
     "For me tonight: nothing animated, I've had weeks of it.", dislike=[G + "Animation"])
R(T, "Does anyone still watch 60s films? My mum swears by them. Not for me, they're far too twee.",
  dislike=[D + "1960s"])
R(T, "I was a big documentary person in my twenties, not so much now. Whatever you pick, though, not a fantasy "
     "film - my daughter has cured me of elves.", dislike=[G + "Fantasy"])
R(T, "My partner's asking if you've got any Woody Allen, I'll leave that with her. For my part: no crime "
     "tonight, we had a break-in last month and I'm still rattled.", dislike=[G + "Crime"])
R(T, "Meg Ryan is my wife's favourite and I'm neutral on her. The one thing I won't sit through is another war "
     "film, I've seen my share.", dislike=[G + "War"])
R(T, "My father-in-law keeps recommending war films and I nod politely at every one. Tonight is my choice and "
     "I'd rather not see a single uniform.", dislike=[G + "War"])
R(T, "The twins have decided they're 'too old' for children's films now, whatever that means, and I'm neither "
     "here nor there on them. What I really can't do is another romance, my wife's had three on this week.",
  dislike=[G + "Romance"])
R(T, "My girlfriend is trying to get me into documentaries; the jury's still out. What I do know for sure is I "
     "don't want anything with Hugh Grant.", dislike=[P + "Hugh Grant"])
R(T, "My dad thinks film noir is the height of cinema. I think it's a lot of men in hats muttering. Not "
     "tonight.", dislike=[G + "Film-Noir"])

# ---------------------------------------------------------------------------------------------------------- hedge
T = "hedge"
R(T, "I wouldn't say no to a western.", like=[G + "Western"])
R(T, "I'm not not in the mood for a musical, if you follow me.", like=[G + "Musical"])
R(T, "Horror isn't really my thing, if I'm honest.", dislike=[G + "Horror"])
R(T, "Sci-fi isn't entirely without its charms.", like=[G + "Sci-Fi"])
R(T, "I'm not the biggest fan of war films, put it that way.", dislike=[G + "War"])
R(T, "A comedy wouldn't hurt, would it? After the week we've had.", like=[G + "Comedy"])
R(T, "It's not that I dislike fantasy... okay, it is. I do dislike it.", dislike=[G + "Fantasy"])
R(T, "Thrillers are kind of, sort of, a little bit my favourite thing.", like=[G + "Thriller"])
R(T, "I can't say a western has ever grabbed me, and I doubt tonight will be any different.",
  dislike=[G + "Western"])
R(T, "I'd hardly object to a decent mystery.", like=[G + "Mystery"])
R(T, "Dramas are... fine? I guess? I'd probably rather have something else.", dislike=[G + "Drama"])
R(T, "I don't hate romance. I don't love it either. Comedy I do love, though.", like=[G + "Comedy"])
R(T, "Animation's not nothing to me - some of my favourite films are cartoons.", like=[G + "Animation"])
R(T, "I wouldn't be heartbroken if you skipped the musicals.", dislike=[G + "Musical"])
R(T, "Let's say action films and I have an understanding: I don't watch them, and they don't bother me.",
  dislike=[G + "Action"])
R(T, "I'm not against a bit of adventure.", like=[G + "Adventure"])
R(T, "it's not like I'd never watch a kids' film, but tonight's not the night", dislike=[G + "Children's"])
R(T, "I could do worse than a Billy Wilder film, couldn't I?", like=[P + "Billy Wilder"])
R(T, "A little crime never hurt anybody. Cinematically speaking.", like=[G + "Crime"])
R(T, "I can't pretend documentaries do much for me.", dislike=[G + "Documentary"])
R(T, "Don't tell anyone, but I don't mind a Meg Ryan film now and then. Go on.", like=[P + "Meg Ryan"])
R(T, "I won't pretend I'm not tempted by something from the 60s.", like=[D + "1960s"])
R(T, "film noir probably isn't a hill I'd die on, but I'd pick it over most things", like=[G + "Film-Noir"])
R(T, "sci-fi... hmm. maybe not. not tonight, anyway.", dislike=[G + "Sci-Fi"])
R(T, "It would be a lie to say I've never enjoyed a war film. Quite the opposite.", like=[G + "War"])
R(T, "I'm neutral on Tom Cruise, but please, nothing with Sylvester Stallone.", dislike=[P + "Sylvester Stallone"])
R(T, "Old or new, I honestly don't mind. Just not a thriller, my heart rate's high enough after today.",
  dislike=[G + "Thriller"])
R(T, "If we end up on a western, so be it, I'm fine either way. But a drama? After the day I've had? No.",
  dislike=[G + "Drama"])

# ------------------------------------------------------------------------------------------------------- question
T = "question"
R(T, "Do I like thrillers? Does a fish like water?", like=[G + "Thriller"])
R(T, "Am I a western person? Not even slightly.", dislike=[G + "Western"])
R(T, "What do I want? Honestly, a good cry. Drama, please.", like=[G + "Drama"])
R(T, "Musicals? In this house? With my husband groaning through every song? Never going to happen.",
  dislike=[G + "Musical"])
R(T, "Would I watch a horror film alone, at night, with the lights off? Absolutely. That's the only way.",
  like=[G + "Horror"])
R(T, "Are there any good films from the 30s? Asking for my grandfather, I've never seen one. For myself, I'd "
     "like an action movie.", like=[G + "Action"])
R(T, "Why would anyone watch a documentary on a Friday night? That's exactly what Friday nights are NOT for.",
  dislike=[G + "Documentary"])
R(T, "Who doesn't love a good heist film? Not me, that's for sure. Give me one.", like=[G + "Crime"],
  ok=["+genre:Thriller"])
R(T, "Is it possible to be sick of Tom Hanks? Because I think I am.", dislike=[P + "Tom Hanks"])
R(T, "Have you got any war films from the 40s? My uncle asked, and honestly I'd love one too.",
  like=[G + "War", D + "1940s"])
R(T, "Fantasy? Sure, why not. That Tolkien sort of thing is lovely on a cold night.", like=[G + "Fantasy"])
R(T, "Can you find an adventure film that isn't aimed at ten-year-olds? I'm 38.", like=[G + "Adventure"],
  dislike=[G + "Children's"])
R(T, "Romance? Me? After the year I've had? Let's pick something with explosions in it.", like=[G + "Action"],
  dislike=[G + "Romance"])
R(T, "Is Robin Williams in anything you've got? My kids keep asking about him. Me, I just want a comedy, so "
     "that'd work either way.", like=[G + "Comedy"])
R(T, "do you have documentaries about music? my partner asked, I'm not sure they're for me. I'd love a good "
     "drama afterwards though", like=[G + "Drama"], ok=["-genre:Documentary"])
R(T, "Why do people love animated films so much? No idea. Can we do a western?", like=[G + "Western"],
  ok=["-genre:Animation"])
R(T, "Have you got anything with Sean Connery? Doesn't matter what, the man could read a phone book.",
  like=[P + "Sean Connery"])
R(T, "Mystery or thriller? Mystery. Always mystery.", like=[G + "Mystery"], ok=["-genre:Thriller"])
R(T, "Children's films, at my age? Well... yes, actually. The good ones are better than most grown-up films.",
  like=[G + "Children's"])
R(T, "A friend asked whether I've seen Braveheart. I haven't, no idea if I'd like it. Anyway - no westerns "
     "tonight, please.", dislike=[G + "Western"])

# ------------------------------------------------------------------------------------------------------- appetite
T = "appetite"
R(T, "My wife calls my documentary habit 'the affliction'. The affliction wants feeding tonight.",
  like=[G + "Documentary"])
R(T, "I'll be a puddle by the end of a good drama and I'd pay money for that feeling. Another one, please.",
  like=[G + "Drama"])
R(T, "Musicals are my guilty pleasure; my kids are mortified and I could not care less.", like=[G + "Musical"])
R(T, "I've had it up to here with action films. No more explosions for at least a month.",
  dislike=[G + "Action"])
R(T, "Honestly I've overdosed on romance this month. Three weddings and a breakup. No more love stories.",
  dislike=[G + "Romance"])
R(T, "Horror is my comfort food. Sick, I know.", like=[G + "Horror"])
R(T, "I think I watched every crime film ever made over the holidays. My brain is full. Something that isn't "
     "crime.", dislike=[G + "Crime"])
R(T, "If I see one more cartoon this week I will scream. Something for grown-ups, please.",
  dislike=[G + "Animation"])
R(T, "Film noir is a terrible influence on me, I've started wearing a trench coat to the shops. More please.",
  like=[G + "Film-Noir"])
R(T, "I've had my fill of westerns for this lifetime, thank you, Dad.", dislike=[G + "Western"])
R(T, "My partner says my thriller habit is unhealthy. My partner is probably right. Another one.",
  like=[G + "Thriller"])
R(T, "kids' movies coming out of my ears after half term. please, something with swearing in it",
  dislike=[G + "Children's"])
R(T, "the 80s are my weakness. neon, synths, terrible hair, I'm helpless", like=[D + "1980s"])
R(T, "I'm so tired of sci-fi. Every single film my brother picks has a spaceship in it.",
  dislike=[G + "Sci-Fi"])
R(T, "I'm a hopeless case when it comes to Spielberg. Bring me one.", like=[P + "Steven Spielberg"])
R(T, "I've had enough mysteries to last me a year, I watched them all on the train to Edinburgh and back. "
     "Something else.", dislike=[G + "Mystery"])
R(T, "Adventure films ruin my productivity, which is exactly what I need this weekend.",
  like=[G + "Adventure"])
R(T, "Comedy's been on heavy rotation and I'm weirdly over laughing. Not a comedy.", dislike=[G + "Comedy"])
R(T, "I've been binging horror all month for spooky season and I am DONE. Cosy stuff only.",
  dislike=[G + "Horror"])

# ------------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "Anything but a musical, please - it's my dad's birthday and he'd rather eat his own hat.",
  dislike=[G + "Musical"])
R(T, "Nothing but westerns this weekend, it's a tradition with my brother.", like=[G + "Western"])
R(T, "Every genre's fine except horror, my partner has nightmares for days.", dislike=[G + "Horror"])
R(T, "It's sci-fi or nothing tonight, the boys have decided and for once I agree with them.",
  like=[G + "Sci-Fi"])
R(T, "Any decade but the 50s. They feel so stiff to me.", dislike=[D + "1950s"])
R(T, "Anything other than a war film. We had one on last week and my wife still hasn't forgiven me.",
  dislike=[G + "War"])
R(T, "I'll be watching nothing but comedies until this cold clears up.", like=[G + "Comedy"])
R(T, "Whatever you like, so long as it isn't fantasy.", dislike=[G + "Fantasy"])
R(T, "My kids will watch anything except live action, which means cartoons it is, and fine, I like them too.",
  like=[G + "Animation"])
R(T, "Nothing newer than 1980, please, I'm on a classics kick.", year=(None, 1980))
R(T, "Give me whatever you've got, bar crime. I've been on jury duty all month.", dislike=[G + "Crime"])
R(T, "All I want is an adventure: ships, maps, islands, a parrot if you can manage it.",
  like=[G + "Adventure"])
R(T, "Everything's on the table except Adam Sandler.", dislike=[P + "Adam Sandler"])

# ----------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "I'd take a good western over a space film any day of the week.", like=[G + "Western"],
  dislike=[G + "Sci-Fi"])
R(T, "Give me a dusty old film noir before any of these shiny new action films.", like=[G + "Film-Noir"],
  dislike=[G + "Action"])
R(T, "Thrillers beat horror for me - I like being tense, not disgusted.", like=[G + "Thriller"],
  dislike=[G + "Horror"])
R(T, "Comedy over drama tonight, no contest.", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Documentaries are miles better than dramas in my book. Real beats made-up.", like=[G + "Documentary"],
  dislike=[G + "Drama"])
R(T, "Kids' films I can tolerate; musicals I cannot. So a kids' film without any singing, please.",
  like=[G + "Children's"], dislike=[G + "Musical"])
R(T, "I'd rather sit through a three-hour war film than ninety minutes of romance.", like=[G + "War"],
  dislike=[G + "Romance"])
R(T, "The 70s were so much better than the 80s for films. Give me the 70s.", like=[D + "1970s"],
  dislike=[D + "1980s"])
R(T, "Hitchcock any time, Kubrick never.", like=[P + "Alfred Hitchcock"], dislike=[P + "Stanley Kubrick"])
R(T, "Fantasy's more fun than sci-fi for me. Wizards over robots.", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "Mysteries are a notch above thrillers in my opinion, but honestly I'd enjoy either.",
  like=[G + "Mystery", G + "Thriller"])
R(T, "A cartoon would be better than another gloomy drama, honestly.", like=[G + "Animation"],
  dislike=[G + "Drama"])
R(T, "Old Hollywood musicals, yes; modern action, no thank you.", like=[G + "Musical"], dislike=[G + "Action"],
  ok=["+decade:1950s", "+decade:1940s"])
R(T, "A crime film any day over a fantasy one. Elves don't do it for me.", like=[G + "Crime"],
  dislike=[G + "Fantasy"])
R(T, "Costner's westerns I can take or leave. Eastwood's I'd watch on a loop.", like=[P + "Clint Eastwood"])
R(T, "I'd rather watch a creepy horror film than some sweaty jungle adventure, weirdly.", like=[G + "Horror"],
  dislike=[G + "Adventure"])

# --------------------------------------------------------------------------------------------------- polite_slang
T = "polite_slang"
R(T, "Thanks, but I'll pass on the musicals.", dislike=[G + "Musical"])
R(T, "That's really kind of you, but horror's not for me.", dislike=[G + "Horror"])
R(T, "westerns? nah mate, not my bag", dislike=[G + "Western"])
R(T, "Romance? Yeah, no.", dislike=[G + "Romance"])
R(T, "Oh, a documentary. How thrilling. Next.", dislike=[G + "Documentary"])
R(T, "I appreciate the thought, but I'd rather not do another war film.", dislike=[G + "War"])
R(T, "kids films are a hard no from me, no offence to the kids", dislike=[G + "Children's"])
R(T, "Fantasy's a bit naff, innit. Something real, please.", dislike=[G + "Fantasy"])
R(T, "Sci-fi, oh great, more men in silver suits shouting at computers. Pass.", dislike=[G + "Sci-Fi"])
R(T, "I'd love to say yes to a mystery, but I'm afraid they bore me stiff.", dislike=[G + "Mystery"])
R(T, "Animation's a no from me, cheers.", dislike=[G + "Animation"])
R(T, "Oh good, another gangster film. Just what I needed. Not.", dislike=[G + "Crime"])
R(T, "I'll politely decline the film noir, thanks. All that mumbling in the dark.", dislike=[G + "Film-Noir"])
R(T, "Action flicks are a big fat meh from me.", dislike=[G + "Action"])
R(T, "My nerves are shot, so thrillers are a heck no.", dislike=[G + "Thriller"])
R(T, "Pauly Shore? lol no.", dislike=[P + "Pauly Shore"])
R(T, "With the greatest respect to your algorithm, I'm not a drama person.", dislike=[G + "Drama"])
R(T, "adventure films slap, ngl", like=[G + "Adventure"])
R(T, "Musicals absolutely rule and I will die on this hill.", like=[G + "Musical"])

# ------------------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "Nothing before 1970 please. I tried an old one last week and the sound was like a tin can on a string.",
  year=(1970, None))
R(T, "I love the 40s. The clothes, the dialogue, the hats, everything.", like=[D + "1940s"])
R(T, "We're doing a 90s night for my sister's 30th, so 90s films all the way.", like=[D + "1990s"])
R(T, "no 80s films for me, thanks, that decade's a blur of shoulder pads I'd rather forget",
  dislike=[D + "1980s"])
R(T, "Only stuff from 1990 onwards, my partner can't stand grainy old film and I'm not much better.",
  year=(1990, None))
R(T, "Something from the 20s would be amazing, I've got a silent film itch that needs scratching.",
  like=[D + "1920s"])
R(T, "The 30s, please. My grandmother and I watch one every Sunday and I've grown to love them.",
  like=[D + "1930s"])
R(T, "anything made before 1975 feels too old to me, sorry", year=(1975, None))
R(T, "I don't want anything made after 1985. Modern films cut too fast for me.", year=(None, 1985))
R(T, "Please, nothing from the 50s, it's all so buttoned-up.", dislike=[D + "1950s"])
R(T, "We're sticking between 1960 and 1980 tonight. My dad's choosing and I'm happy with that.",
  year=(1960, 1980))
R(T, "The 90s were a bit naff for films if you ask me. I'd prefer older stuff.", dislike=[D + "1990s"])
R(T, "My husband likes 70s stuff and I'm not fussed either way. For me it's anything from the 90s.",
  like=[D + "1990s"])
R(T, "I've no opinion on the 80s one way or the other, my friends argue about it constantly. Just nothing "
     "older than 1950, please.", year=(1950, None))
R(T, "My uncle tried to get me into silent films from the 20s. Didn't take. Skip those.", dislike=[D + "1920s"])
R(T, "I know the 70s are meant to be a golden age, but every one I try is brown and slow. I'll pass on the 70s.",
  dislike=[D + "1970s"])
R(T, "Honestly the 30s and 40s leave me cold - I can't get past the clipped accents and the swelling strings.",
  dislike=[D + "1930s", D + "1940s"])

# --------------------------------------------------------------------------------------------------- people_films
T = "people_films"
R(T, "We watched Fargo last week and my wife and I haven't stopped quoting it since. More like that, please.",
  like_items=["Fargo (1996)"])
R(T, "I can't stand Titanic. Three hours of my life I'm never getting back.", dislike_items=["Titanic (1997)"])
R(T, "The Godfather is the best film ever made and I'll fight anyone who says otherwise.",
  like_items=["The Godfather (1972)"])
R(T, "Please don't put on anything with Steven Seagal. My husband loves him and I've suffered enough.",
  dislike=[P + "Steven Seagal"])
R(T, "My son made me watch Space Jam and it was painful. Nothing like it, please.",
  dislike_items=["Space Jam (1996)"])
R(T, "Toy Story is one of the few films that makes both me and my kids happy. Something in that spirit?",
  like_items=["Toy Story (1995)"])
R(T, "Quentin Tarantino is a bit much for me. Too much blood.", dislike=[P + "Quentin Tarantino"])
R(T, "Anything by the Coen brothers. Raising Arizona is my comfort film.",
  like=[P + "Joel Coen", P + "Ethan Coen"], like_items=["Raising Arizona (1987)"])
R(T, "I watched Casablanca with my grandmother last month and fell for old films completely. Something like "
     "that.", like_items=["Casablanca (1942)"], ok=["+decade:1940s"])
R(T, "Not a fan of Arnold Schwarzenegger, sorry. The accent, the one-liners, none of it works for me.",
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "I adore Audrey Hepburn. Roman Holiday's my favourite.", like=[P + "Audrey Hepburn"],
  like_items=["Roman Holiday (1953)"])
R(T, "We put on Batman & Robin last night as a joke and it wasn't even funny-bad. Nothing like that again.",
  dislike_items=["Batman & Robin (1997)"])
R(T, "Tim Burton, always. My daughter and I watched The Nightmare Before Christmas four times in December.",
  like=[P + "Tim Burton"], ok=["+item:The Nightmare Before Christmas (1993)"])
R(T, "My partner loves The English Patient. I found it interminable.",
  dislike_items=["The English Patient (1996)"])
R(T, "Harrison Ford is my go-to. Can't go wrong with him.", like=[P + "Harrison Ford"])
R(T, "Please no Kevin Costner, Waterworld put me off him for life.", dislike=[P + "Kevin Costner"],
  dislike_items=["Waterworld (1995)"])
R(T, "Friends dragged me to Showgirls ironically and I found it neither ironic nor fun. Avoid.",
  dislike_items=["Showgirls (1995)"])
R(T, "Mel Brooks makes me cry laughing. Young Frankenstein especially.", like=[P + "Mel Brooks"],
  like_items=["Young Frankenstein (1974)"])
R(T, "Robin Williams is a bit too much for me, all that shouting and doing voices.", dislike=[P + "Robin Williams"])
R(T, "I'm over Bruce Willis. Every film, the same squint.", dislike=[P + "Bruce Willis"])


if __name__ == "__main__":
    main()
