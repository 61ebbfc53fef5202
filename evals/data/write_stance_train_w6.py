"""Writes evals/data/stance_train_w6.jsonl: training batch w6 for the stance model (see README.md here, "Training
batch w6 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:57-12:05 UTC) by W6, one of five writers of round-7 training sentences, in the
voice of parents, grandparents and families picking a film together (casual, Facebook-style, some long-winded) and
of film buffs with critic vocabulary ('overrated', 'a masterpiece', 'derivative', 'a slog', 'criminally
underrated'). The writer read only evals/data/fresh_batch.py, write_utterances.py's R(), its G / D / P constants
and its first ~20 complaint records, the first 50 and last 5 lines of write_utterances_fresh8.py (layout only) and
the catalogue vocabulary (genres, decades, people, titles). The writer did not open any utterances*.jsonl or
stance_train*.jsonl file, the record lines of the other fresh or training writers, the stance readers
(tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, evals/notes,
evals/results or evals/bench, and ran no reader, agent, test or benchmark on these sentences. Every gold label is what
a careful reader takes the sentence to mean for this user now; a value the user takes no side on (a partner's or
child's taste, a question, a taste that is over, "either way") carries no label.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written with
write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any value or year bound the catalogue lacks and on a sentence already in another
utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w6

Removed by the lead after the round's batches landed (12:07 UTC), by a script that printed no sentence: one record
that repeats, word for word, a sentence of a held-out batch written at the same time (a training sentence must
never be a held-out one).
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w6.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "trainw6-2026-12-05"

TOPICS = {
    "plain": "plain likes and refusals, some with plain negation or 'X yes, Y no'",
    "family": "long-winded family / Facebook-style messages with the stance inside the story",
    "critic_praise": "critic vocabulary as praise (a masterpiece, criminally underrated, a classic)",
    "critic_pan": "critic vocabulary as refusal (overrated, derivative, pretentious, a slog, style over substance)",
    "fatigue": "satiety and fatigue idioms that are refusals",
    "understated": "understatement, litotes and double negation (both polarities)",
    "only_but": "nothing but X / anything but X / X or nothing / everything except X",
    "comparison": "comparisons where one side is preferred (the other refused)",
    "polite": "polite and apologetic refusals",
    "odd_praise": "enthusiasm in negative-looking or odd words, vice as praise, slang",
    "sarcasm": "sarcasm and rhetorical questions whose meaning is clear",
    "era_people": "decades, year bounds, directors, actors and films liked or refused",
    "other_side": "a value named without a side (someone else's taste, a question, a past taste, neutral) "
                  "next to one the user takes a side on",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of

R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ---------------------------------------------------------------------------------------------------------- plain
R("plain", "we like westerns in this house", like=[G + "Western"])
R("plain", "No horror please, the little one is sitting with us", dislike=[G + "Horror"])
R("plain", "I don't like musicals. Never have.", dislike=[G + "Musical"])
R("plain", "comedy yes, anything romantic no", like=[G + "Comedy"], dislike=[G + "Romance"])
R("plain", "Looking for a good documentary for tonight", like=[G + "Documentary"])
R("plain", "grandpa wants a war film and so do I", like=[G + "War"])
R("plain", "please no animated stuff, the kids are teenagers now", dislike=[G + "Animation"])
R("plain", "I'd love a mystery, something with a proper twist", like=[G + "Mystery"])
R("plain", "Not a fan of sci-fi at all", dislike=[G + "Sci-Fi"])
R("plain", "fantasy for family night? yes please", like=[G + "Fantasy"])
R("plain", "we don't watch crime films", dislike=[G + "Crime"])
R("plain", "Adventure films are our favourite", like=[G + "Adventure"])
R("plain", "Thrillers, please. Nothing gory though, so no horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R("plain", "My wife and I both love film noir", like=[G + "Film-Noir"])
R("plain", "skip the dramas tonight", dislike=[G + "Drama"])
R("plain", "an action film would be perfect", like=[G + "Action"])
R("plain", "Children's films only, the twins are 6", like=[G + "Children's"])
R("plain", "I really don't enjoy war movies", dislike=[G + "War"])
R("plain", "romance is fine by me, thrillers are not", like=[G + "Romance"], dislike=[G + "Thriller"])
R("plain", "cartoons are great for us, the whole family laughs at them", like=[G + "Animation"])
R("plain", "no documentaries, it's Friday", dislike=[G + "Documentary"])
R("plain", "We want something from the 80s", like=[D + "1980s"])
R("plain", "I don't care for fantasy films", dislike=[G + "Fantasy"])
R("plain", "mysteries no, comedies yes", like=[G + "Comedy"], dislike=[G + "Mystery"])
R("plain", "Give us a musical!", like=[G + "Musical"])
R("plain", "Please nothing with Jim Carrey", dislike=[P + "Jim Carrey"])
R("plain", "I like Tom Hanks films", like=[P + "Tom Hanks"])
R("plain", "no westerns for me thanks", dislike=[G + "Western"])
R("plain", "love a good crime drama", like=[G + "Crime", G + "Drama"])
R("plain", "adventure no. too long and too loud", dislike=[G + "Adventure"])
R("plain", "anything set in space, the kids adore sci-fi", like=[G + "Sci-Fi"])
R("plain", "nothing made before 1970 for us, thank you", year=(1970, None))
R("plain", "I don't want an action film", dislike=[G + "Action"])
R("plain", "we enjoy a scary film on Saturdays", like=[G + "Horror"])
R("plain", "Hitchcock is my favourite director", like=[P + "Alfred Hitchcock"])
R("plain", "No film noir, my mother finds black and white depressing", dislike=[G + "Film-Noir"])
R("plain", "i like comedies from the 90s", like=[G + "Comedy", D + "1990s"])
R("plain", "Not in the mood for a romance", dislike=[G + "Romance"])
R("plain", "kids films are a no now that they're 14 and 16", dislike=[G + "Children's"])
R("plain", "Documentaries about real people, we love those", like=[G + "Documentary"])
R("plain", "horror: no. thriller: yes.", like=[G + "Thriller"], dislike=[G + "Horror"])
R("plain", "I'm after a drama, a proper serious one", like=[G + "Drama"])
R("plain", "don't show me anything with Arnold Schwarzenegger", dislike=[P + "Arnold Schwarzenegger"])
R("plain", "something with Audrey Hepburn for my nan", like=[P + "Audrey Hepburn"])
R("plain", "We would like a western, John Wayne ideally", like=[G + "Western", P + "John Wayne"])
R("plain", "No mysteries, I always guess the ending", dislike=[G + "Mystery"])
R("plain", "I'd like an animated film for the grandchildren", like=[G + "Animation"])
R("plain", "not fussed on comedies to be honest, I'd rather a drama", like=[G + "Drama"], dislike=[G + "Comedy"])
R("plain", "a 1950s film would be lovely", like=[D + "1950s"])
R("plain", "Nothing from the 70s, please", dislike=[D + "1970s"])
R("plain", "war films yes, musicals absolutely not", like=[G + "War"], dislike=[G + "Musical"])
R("plain", "can you find me a fantasy adventure", like=[G + "Fantasy", G + "Adventure"])
R("plain", "I do not want sci-fi tonight", dislike=[G + "Sci-Fi"])
R("plain", "Find us a romantic comedy, it's our anniversary",
  like=[G + "Romance", G + "Comedy"])
R("plain", "no crime, no violence, no swearing. a comedy is fine", like=[G + "Comedy"], dislike=[G + "Crime"])
R("plain", "Spielberg films are always a hit with us", like=[P + "Steven Spielberg"])
R("plain", "I don't like Woody Allen films", dislike=[P + "Woody Allen"])
R("plain", "thriller please, something tense", like=[G + "Thriller"])
R("plain", "Show us something like The Sound of Music", like_items=["The Sound of Music (1965)"])
R("plain", "i don't want anything animated, thanks", dislike=[G + "Animation"])
R("plain", "Westerns and war films are what dad likes best and so do I", like=[G + "Western", G + "War"])
R("plain", "No Titanic. We have seen it four times.", dislike_items=["Titanic (1997)"])
R("plain", "we love Mary Poppins, anything like that", like_items=["Mary Poppins (1964)"])
R("plain", "adventure, 1980s, that's the brief", like=[G + "Adventure", D + "1980s"])
R("plain", "not a horror person at all", dislike=[G + "Horror"])
R("plain", "I like musicals. My husband doesn't, but he's out tonight", like=[G + "Musical"])
R("plain", "Crime films, please, the older the better", like=[G + "Crime"])
R("plain", "Please don't suggest documentaries, we want to switch off",
  dislike=[G + "Documentary"])
R("plain", "something Kubrick", like=[P + "Stanley Kubrick"])
R("plain", "no Kevin Costner please", dislike=[P + "Kevin Costner"])
R("plain", "a good old mystery for grandma", like=[G + "Mystery"])
R("plain", "Sci-fi yes. Fantasy with dragons and elves, no.", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R("plain", "I don't do thrillers, they keep me up", dislike=[G + "Thriller"])
R("plain", "Nothing newer than 1979 for grandad please, he says modern films are too loud",
  year=(None, 1979))
R("plain", "Pick us a 60s film", like=[D + "1960s"])

# --------------------------------------------------------------------------------------------------------- family
R("family", "Ok so it's my turn to pick for family movie night (again!!) and honestly after last week's disaster "
  "with the scary one, my youngest slept in our bed for three nights, so whatever you do, no horror this time",
  dislike=[G + "Horror"])
R("family", "Grandma is staying with us this weekend and she absolutely lights up for an old musical, the "
  "singing and dancing ones, so let's find one of those", like=[G + "Musical"])
R("family", "Hi! Family of five here, ages 4 to 41 lol. We usually end up fighting over the remote but the one "
  "thing everybody agrees on is cartoons, so an animated one please", like=[G + "Animation"])
R("family", "My father-in-law is visiting and he has made it VERY clear at dinner that he will not sit through "
  "another one of those space films. Something else please", dislike=[G + "Sci-Fi"])
R("family", "we tried a documentary last sunday and the kids were on their phones within ten minutes, so that's "
  "off the table for a while", dislike=[G + "Documentary"])
R("family", "Mum's 80th!! She grew up on Cary Grant so anything with him would make her night",
  like=[P + "Cary Grant"])
R("family", "So my teenager rolls her eyes at anything 'for kids' now, which I get, so children's films are "
  "officially retired in our house", dislike=[G + "Children's"])
R("family", "Rainy bank holiday, house full of cousins, and they all went quiet the last time we put on an "
  "adventure film. More of those please!", like=[G + "Adventure"])
R("family", "Me and the hubby finally have a night to ourselves (grandparents have the kids, bless them) and I "
  "would love a proper weepy drama for once", like=[G + "Drama"])
R("family", "Every Christmas we end up watching a war film because of Grandad, and every Christmas Nana falls "
  "asleep. This year I'm putting my foot down: no war films", dislike=[G + "War"])
R("family", "The boys have been playing cowboys in the garden all week after watching one with their grandpa so "
  "I think a western is in order", like=[G + "Western"])
R("family", "Sister's hen weekend, eight of us, wine, pyjamas. Needs to be a romcom. Non negotiable.",
  like=[G + "Romance", G + "Comedy"])
R("family", "my mum can't follow anything with too many characters and twists, she gets lost and then asks "
  "questions all the way through, so please not a mystery", dislike=[G + "Mystery"])
R("family", "We watched Home Alone with the kids last night and honestly it's been the best night in weeks, more "
  "like that please", like_items=["Home Alone (1990)"])
R("family", "Long story but our daughter is doing a school project on the 1940s so we're trying to watch films "
  "from then as a family, any good ones?", like=[D + "1940s"])
R("family", "Dad only really watches things with explosions in them, and to be fair so does my husband, so an "
  "action one will keep the peace", like=[G + "Action"])
R("family", "Oh and before I forget, my son is dead set against anything with singing in it since his school "
  "play, so no musicals", dislike=[G + "Musical"])
R("family", "Our little one has been asking about dinosaurs and dragons and wizards nonstop, so I think fantasy "
  "would go down a treat", like=[G + "Fantasy"])
R("family", "My in-laws are over and my mother-in-law will walk out if there's anything violent, so crime films "
  "are out", dislike=[G + "Crime"])
R("family", "Took a vote at tea time and it came out 4 to 1 for a comedy (sorry Ben)", like=[G + "Comedy"])

# -------------------------------------------------------------------------------------------------- critic_praise
R("critic_praise", "Film noir is the purest thing cinema ever produced. Give me more.", like=[G + "Film-Noir"])
R("critic_praise", "Kurosawa is a master and I will hear nothing against him", like=[P + "Akira Kurosawa"])
R("critic_praise", "westerns are criminally underrated these days", like=[G + "Western"])
R("critic_praise", "Citizen Kane really does deserve every word of praise it gets, show me more like it",
  like_items=["Citizen Kane (1941)"])
R("critic_praise", "the 1970s were a golden age and I'll die on that hill", like=[D + "1970s"])
R("critic_praise", "A great documentary is the best cinema there is, full stop", like=[G + "Documentary"])
R("critic_praise", "Billy Wilder never made a bad film. Not one.", like=[P + "Billy Wilder"])
R("critic_praise", "good horror is high art, people just don't admit it", like=[G + "Horror"])
R("critic_praise", "Rear Window is a masterclass in tension, anything in that vein", like_items=["Rear Window (1954)"])
R("critic_praise", "Musicals are an underappreciated art form and I want one", like=[G + "Musical"])
R("critic_praise", "The best war films are some of the most important ever made", like=[G + "War"])
R("critic_praise", "Hoop Dreams is a towering achievement, I'd love something like it",
  like_items=["Hoop Dreams (1994)"])
R("critic_praise", "Animation, when it's done well, is pure cinema. Show me some.", like=[G + "Animation"])
R("critic_praise", "Robert Altman is criminally under-discussed, I'll take anything of his",
  like=[P + "Robert Altman"])
R("critic_praise", "a well made mystery is a thing of beauty", like=[G + "Mystery"])
R("critic_praise", "Bergman's films are flawless, I never tire of them", like=[P + "Ingmar Bergman"])

# ----------------------------------------------------------------------------------------------------- critic_pan
R("critic_pan", "Forrest Gump is saccharine, manipulative and wildly overrated", dislike_items=["Forrest Gump (1994)"])
R("critic_pan", "Comedies nowadays are lazy and derivative, I'd rather not", dislike=[G + "Comedy"])
R("critic_pan", "horror is mostly cheap jump scares stapled to a thin plot, count me out", dislike=[G + "Horror"])
R("critic_pan", "Most modern action films are style over substance, so no thanks", dislike=[G + "Action"])
R("critic_pan", "Titanic is the most overrated film of the decade", dislike_items=["Titanic (1997)"])
R("critic_pan", "fantasy is so derivative, every one is the same quest", dislike=[G + "Fantasy"])
R("critic_pan", "I find Godard unbearably pretentious", dislike=[P + "Jean-Luc Godard"])
R("critic_pan", "The English Patient was a three hour slog, spare me anything like it",
  dislike_items=["The English Patient (1996)"])
R("critic_pan", "musicals are cloying nonsense", dislike=[G + "Musical"])
R("critic_pan", "Sci-fi these days is all effects and no ideas, not for me", dislike=[G + "Sci-Fi"])
R("critic_pan", "Oliver Stone is about as subtle as a brick", dislike=[P + "Oliver Stone"])
R("critic_pan", "romances are formulaic to the point of parody", dislike=[G + "Romance"])
R("critic_pan", "war films tend to be a slog, honestly", dislike=[G + "War"])
R("critic_pan", "Waterworld: bloated, wet, and dull. Nothing like that.", dislike_items=["Waterworld (1995)"])
R("critic_pan", "thrillers are so by-the-numbers, you see every twist coming", dislike=[G + "Thriller"])
R("critic_pan", "Tim Burton is all look and no heart, pass", dislike=[P + "Tim Burton"])
R("critic_pan", "Adventure films are the cinematic equivalent of fast food, and I'm on a diet", dislike=[G + "Adventure"])
R("critic_pan", "most documentaries are just lectures with a soundtrack", dislike=[G + "Documentary"])
R("critic_pan", "The 80s were a wasteland for cinema, skip that decade", dislike=[D + "1980s"])

# -------------------------------------------------------------------------------------------------------- fatigue
R("fatigue", "three Disney nights in a row, I am cartoon-ed out, please something else", dislike=[G + "Animation"])
R("fatigue", "Had my lifetime quota of Meg Ryan, thank you", dislike=[P + "Meg Ryan"])
R("fatigue", "the novelty of musicals wore off somewhere around the fourth one", dislike=[G + "Musical"])
R("fatigue", "we've had our fill of cartoons this half term", dislike=[G + "Animation"])
R("fatigue", "I'm all westerned out after the box set Dad bought", dislike=[G + "Western"])
R("fatigue", "Honestly if I see one more spaceship I'll scream", dislike=[G + "Sci-Fi"])
R("fatigue", "the kids have worn out every children's film we own, I can't face another",
  dislike=[G + "Children's"])
R("fatigue", "Romance has run its course in this house", dislike=[G + "Romance"])
R("fatigue", "had enough thrillers to last me a lifetime", dislike=[G + "Thriller"])
R("fatigue", "we're sick to the back teeth of war films", dislike=[G + "War"])
R("fatigue", "Done with crime for a while, we binged every gangster film going", dislike=[G + "Crime"])
R("fatigue", "I've OD'd on comedies this month", dislike=[G + "Comedy"])
R("fatigue", "The Spielberg marathon has finished us off, someone else please", dislike=[P + "Steven Spielberg"])

# ---------------------------------------------------------------------------------------------------- understated
R("understated", "I wouldn't say no to a western", like=[G + "Western"])
R("understated", "a musical wouldn't go amiss", like=[G + "Musical"])
R("understated", "it's not that I don't like mysteries, I love them", like=[G + "Mystery"])
R("understated", "I'm not unhappy with a bit of noir", like=[G + "Film-Noir"])
R("understated", "I've been known to enjoy a documentary or two", like=[G + "Documentary"])
R("understated", "war films are not really my thing", dislike=[G + "War"])
R("understated", "I could do worse than an old Hitchcock", like=[P + "Alfred Hitchcock"])
R("understated", "can't say I'm mad keen on fantasy", dislike=[G + "Fantasy"])
R("understated", "There's never a bad time for a comedy in our house", like=[G + "Comedy"])
R("understated", "romance is not high on my list, let's say", dislike=[G + "Romance"])
R("understated", "I wouldn't not watch a sci-fi film", like=[G + "Sci-Fi"])
R("understated", "an animated one would be no bad thing", like=[G + "Animation"])
R("understated", "I'm not what you'd call a crime fan", dislike=[G + "Crime"])

# -------------------------------------------------------------------------------------------------------- only_but
R("only_but", "Anything but a western, please", dislike=[G + "Western"])
R("only_but", "nothing but cartoons until the kids are in bed", like=[G + "Animation"])
R("only_but", "It's a musical or nothing for Nana", like=[G + "Musical"])
R("only_but", "everything except horror is fine", dislike=[G + "Horror"])
R("only_but", "only thrillers for me tonight", like=[G + "Thriller"])
R("only_but", "Any genre at all other than documentary", dislike=[G + "Documentary"])
R("only_but", "give me noir and only noir", like=[G + "Film-Noir"])
R("only_but", "whatever you like, so long as it isn't a war film", dislike=[G + "War"])
R("only_but", "90s or bust", like=[D + "1990s"])
R("only_but", "Just mysteries. Nothing else will do for my aunt.", like=[G + "Mystery"])
R("only_but", "I'll watch anything that isn't a romcom", dislike=[G + "Romance", G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ comparison
R("comparison", "I'd take a good western over any of those shoot-em-up action films", like=[G + "Western"],
  dislike=[G + "Action"])
R("comparison", "documentaries beat dramas any day", like=[G + "Documentary"], dislike=[G + "Drama"])
R("comparison", "Comedy rather than horror please, the kids are with us", like=[G + "Comedy"],
  dislike=[G + "Horror"])
R("comparison", "Kubrick wipes the floor with Spielberg", like=[P + "Stanley Kubrick"],
  dislike=[P + "Steven Spielberg"])
R("comparison", "I'd sooner watch paint dry than a musical, give me an action film", like=[G + "Action"],
  dislike=[G + "Musical"])
R("comparison", "old noir knocks modern thrillers into a cocked hat", like=[G + "Film-Noir"],
  dislike=[G + "Thriller"])
R("comparison", "Fantasy over sci-fi for us, every time", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R("comparison", "the 50s are so much better than the 80s", like=[D + "1950s"], dislike=[D + "1980s"])
R("comparison", "mystery, not thriller. there's a difference", like=[G + "Mystery"], dislike=[G + "Thriller"])
R("comparison", "Adventure any day over a soppy romance", like=[G + "Adventure"], dislike=[G + "Romance"])
R("comparison", "war films are better than crime films, for me", like=[G + "War"], dislike=[G + "Crime"])

# ---------------------------------------------------------------------------------------------------------- polite
R("polite", "I hate to be difficult, but nothing older than 1975 if possible", year=(1975, None))
R("polite", "Kind of you, but adventure films aren't really our sort of thing", dislike=[G + "Adventure"])
R("polite", "That's very kind but we'll give the horror a miss", dislike=[G + "Horror"])
R("polite", "Thanks, but I think we'll pass on the westerns this time", dislike=[G + "Western"])
R("polite", "sorry, I know lots of people love them, but documentaries just aren't for us",
  dislike=[G + "Documentary"])
R("polite", "Lovely suggestions, though perhaps not musicals if you don't mind", dislike=[G + "Musical"])
R("polite", "I'd rather not have anything too sad, so maybe steer clear of dramas", dislike=[G + "Drama"])
R("polite", "bless you for trying, but Grandad and sci-fi don't mix", dislike=[G + "Sci-Fi"])
R("polite", "If it's all the same to you, could we avoid war films?", dislike=[G + "War"])
R("polite", "We're not really a fantasy family, if that makes sense", dislike=[G + "Fantasy"])
R("polite", "No offence to Hugh Grant but I'd rather someone else", dislike=[P + "Hugh Grant"])
R("polite", "appreciate it, but the animated ones are a bit young for us now", dislike=[G + "Animation"])
R("polite", "I'm going to politely decline anything from the 1930s", dislike=[D + "1930s"])
R("polite", "mysteries are lovely, but maybe not tonight, we're too tired to concentrate",
  dislike=[G + "Mystery"])

# ------------------------------------------------------------------------------------------------------ odd_praise
R("odd_praise", "I'm a hopeless sucker for a musical", like=[G + "Musical"])
R("odd_praise", "westerns are my guilty pleasure and I'm not even a little bit guilty", like=[G + "Western"])
R("odd_praise", "Horror films are my poison, pour me another", like=[G + "Horror"])
R("odd_praise", "my weakness is a trashy action film", like=[G + "Action"])
R("odd_praise", "Noir has ruined all other films for me", like=[G + "Film-Noir"])
R("odd_praise", "I'm shamelessly obsessed with mysteries", like=[G + "Mystery"])
R("odd_praise", "a silly cartoon is my kryptonite", like=[G + "Animation"])
R("odd_praise", "we are tragically devoted to romcoms in this house", like=[G + "Romance", G + "Comedy"])
R("odd_praise", "I have an unhealthy love of war films, my wife despairs", like=[G + "War"])
R("odd_praise", "Documentaries are a bit of a vice of mine", like=[G + "Documentary"])
R("odd_praise", "sci-fi absolutely wrecks me every time, in a good way", like=[G + "Sci-Fi"])
R("odd_praise", "Thrillers that make me chew my nails off, that's the dream", like=[G + "Thriller"])
R("odd_praise", "Fantasy films are wicked, the kids go mad for them", like=[G + "Fantasy"])
R("odd_praise", "the Coen brothers are disgustingly good", like=[P + "Joel Coen", P + "Ethan Coen"])
R("odd_praise", "dramas that absolutely destroy me are what I live for", like=[G + "Drama"])

# --------------------------------------------------------------------------------------------------------- sarcasm
R("sarcasm", "Ah yes, a Kevin Costner epic, my evening is complete. Not.", dislike=[P + "Kevin Costner"])
R("sarcasm", "because nothing says family fun like a film noir about a murdered husband, right?",
  dislike=[G + "Film-Noir"])
R("sarcasm", "Oh great, another musical, just what I wanted", dislike=[G + "Musical"])
R("sarcasm", "Who doesn't love a three-hour war film on a school night? Me. I don't.", dislike=[G + "War"])
R("sarcasm", "why would anyone want a documentary on a Saturday night?", dislike=[G + "Documentary"])
R("sarcasm", "Is there anything better than an old western? I don't think so", like=[G + "Western"])
R("sarcasm", "yes, because what my six year old really needs is a horror film", dislike=[G + "Horror"])
R("sarcasm", "Another romance. How original.", dislike=[G + "Romance"])
R("sarcasm", "who could say no to a Hitchcock?", like=[P + "Alfred Hitchcock"])
R("sarcasm", "Oh fantastic, more fantasy with elves, my absolute favourite thing", dislike=[G + "Fantasy"])
R("sarcasm", "Does anyone actually enjoy Jean-Claude Van Damme films? Asking for nobody.",
  dislike=[P + "Jean-Claude Van Damme"])
R("sarcasm", "why would I want anything but a comedy after the week I've had?", like=[G + "Comedy"])
R("sarcasm", "sure, let's watch something from the 20s, I love squinting at flickering title cards",
  dislike=[D + "1920s"])
R("sarcasm", "A crime thriller? Twist my arm", like=[G + "Crime", G + "Thriller"])

# ------------------------------------------------------------------------------------------------------ era_people
R("era_people", "Anything from the 40s, they don't make them like that anymore", like=[D + "1940s"])
R("era_people", "nothing before 1980, the kids won't watch old stuff", year=(1980, None))
R("era_people", "Only films made before 1960 please, it's Grandma's birthday and she insists", year=(None, 1959))
R("era_people", "I can't stand Tarantino", dislike=[P + "Quentin Tarantino"])
R("era_people", "We all adore Robin Williams, anything with him", like=[P + "Robin Williams"])
R("era_people", "the 60s had the best films, no contest", like=[D + "1960s"])
R("era_people", "Please, no more Sylvester Stallone", dislike=[P + "Sylvester Stallone"])
R("era_people", "James Stewart for Nana, she's had a crush on him since 1950", like=[P + "James Stewart"])
R("era_people", "nothing from the 90s, we've seen it all", dislike=[D + "1990s"])
R("era_people", "Meryl Streep is always a safe bet with my mum and me", like=[P + "Meryl Streep"])
R("era_people", "Steven Seagal films are a hard no", dislike=[P + "Steven Seagal"])
R("era_people", "Something like Babe for the little ones", like_items=["Babe (1995)"])
R("era_people", "We sat through Batman & Robin once and never again", dislike_items=["Batman & Robin (1997)"])
R("era_people", "keep it between 1960 and 1989 please", year=(1960, 1989))
R("era_people", "Singin' in the Rain is Nana's favourite film ever, find us something like it",
  like_items=["Singin' in the Rain (1952)"])
R("era_people", "anything Frank Capra, it's Christmas", like=[P + "Frank Capra"])

# ------------------------------------------------------------------------------------------------------ other_side
R("other_side", "My husband loves westerns but I'd really like a comedy tonight", like=[G + "Comedy"])
R("other_side", "the kids are obsessed with cartoons, but it's adults only tonight so a thriller please",
  like=[G + "Thriller"])
R("other_side", "Is a musical a good idea for a 5 year old? Either way, no horror", dislike=[G + "Horror"])
R("other_side", "I used to love sci-fi as a teenager, these days I'm much more into dramas", like=[G + "Drama"])
R("other_side", "My wife can't stand war films, but I could happily watch a crime film",
  like=[G + "Crime"])
R("other_side", "I'm neutral on romance, but please no documentaries", dislike=[G + "Documentary"])
R("other_side", "our eldest is into anything with dragons, I just want something that's not animated",
  dislike=[G + "Animation"])
R("other_side", "Do you have any good mysteries? Also, I'm not keen on anything from the 70s",
  dislike=[D + "1970s"])
R("other_side", "Grandad's a big Clint Eastwood man. Me, I just want an adventure film", like=[G + "Adventure"])
R("other_side", "I don't mind fantasy either way, but I do love a good noir", like=[G + "Film-Noir"])
R("other_side", "my daughter says horror is 'iconic' now, whatever that means. I'm sticking with comedy",
  like=[G + "Comedy"])
R("other_side", "Back in the day I watched nothing but action films. Now I'd rather a quiet drama, honestly",
  like=[G + "Drama"])
R("other_side", "Is Titanic any good? I've never seen it. Not in the mood for a war film though",
  dislike=[G + "War"])
R("other_side", "partner is a huge sci-fi nerd, I'm more of a romance person", like=[G + "Romance"])
R("other_side", "the boys want action, I'm not fussed about that, but I refuse to watch another horror",
  dislike=[G + "Horror"])
R("other_side", "What counts as film noir exactly? Anyway, a western would suit me", like=[G + "Western"])
R("other_side", "My mother swears by Hitchcock. I'd like something with Tom Hanks", like=[P + "Tom Hanks"])
R("other_side", "Westerns, comedies, whatever, I'm easy. Just not a musical", dislike=[G + "Musical"])
R("other_side", "I went through a big Woody Allen phase at uni, that's long over. A mystery would be nice though",
  like=[G + "Mystery"])
R("other_side", "hubby wants a documentary, I want a fantasy film. you decide which I'm voting for lol",
  like=[G + "Fantasy"])
R("other_side", "My son thinks the 80s were the best decade for films, I'm more of a 50s girl myself",
  like=[D + "1950s"])
R("other_side", "are thrillers ok for a 12 year old? we'd like a children's film anyway", like=[G + "Children's"])
R("other_side", "No opinion on Spielberg, but I won't sit through anything with Jim Carrey",
  dislike=[P + "Jim Carrey"])
R("other_side", "Mum used to drag us to musicals every Christmas. Tonight I'd love an old war film",
  like=[G + "War"])
R("other_side", "my wife's the crime buff in our house; me, I'm after a comedy", like=[G + "Comedy"])
R("other_side", "Any romance in the list is fine, I'm indifferent, but please no sci-fi",
  dislike=[G + "Sci-Fi"])
R("other_side", "my sister raves about Kieslowski, never seen one myself. Tonight just give me an action film",
  like=[G + "Action"])
R("other_side", "Would a documentary be too dull for the grandkids? We definitely want something animated",
  like=[G + "Animation"])
R("other_side", "Dad's the horror fan, not me, I'd run a mile from it", dislike=[G + "Horror"])
R("other_side", "I was mad about westerns as a boy. Those days are gone; a good thriller suits me now",
  like=[G + "Thriller"])
R("other_side", "the teenager wants something from the 90s, I don't mind, as long as it's not a romance",
  dislike=[G + "Romance"])
R("other_side", "I don't feel strongly about dramas one way or the other. Adventure though, yes please",
  like=[G + "Adventure"])
R("other_side", "Which is better for a family, fantasy or sci-fi? Honestly I'd just like to avoid crime",
  dislike=[G + "Crime"])
R("other_side", "My partner loves Meg Ryan films. I'll take anything with Harrison Ford",
  like=[P + "Harrison Ford"])
R("other_side", "Nan used to watch mysteries all day, bless her. For us tonight, a musical",
  like=[G + "Musical"])
R("other_side", "the little one keeps asking for Space Jam, I'm dreading it, I'd much rather Toy Story",
  dislike_items=["Space Jam (1996)"], like_items=["Toy Story (1995)"])
R("other_side", "Not sure what the kids will think of a 60s film, but I know I'm done with anything from the 80s",
  dislike=[D + "1980s"])
R("other_side", "My brother calls Kubrick a genius. I'm more of a Capra man", like=[P + "Frank Capra"])


if __name__ == "__main__":
    main()
