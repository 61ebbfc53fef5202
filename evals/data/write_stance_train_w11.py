"""Writes evals/data/stance_train_w11.jsonl: training batch w11 of the stance model (see README.md here, "Training
batch w11 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (13:20-13:30 UTC) by W11, one of five round-9 writers, in one voice: people reacting to a
list the bot has just shown them (critiques, complaints and follow-ups: "ugh, more westerns?", "less horror this
time", "the first one, yes, more like that", "swap the cartoons for a proper thriller"), each naming catalogue values
(genres, decades, year bounds, people, films). The writer read only fresh_batch.py, write_utterances.py's R(), its
G / D / P constants and its first ~20 complaint records, write_utterances_fresh8.py's first 50 and last 5 lines and
the catalogue vocabulary (genres, decades, people, film titles). The writer did not open the stance readers
(tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py), the judge, the judge
notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench), any utterances*.jsonl
or stance_train*.jsonl file or the record lists of the other writers, and ran no reader, agent, test or benchmark on
these sentences. One sentence was reworded because the writer's own check named it as already in an earlier
file. Every gold label is what a careful reader takes the sentence to mean for this user now; a value the
user takes no side on (someone else's taste, a question, a past taste, "I'm neutral on X") carries no label.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written with
write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any also_ok value, person, genre, decade or year bound the catalogue lacks, and on a
sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w11
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w11.jsonl"
OTHER_FILES = earlier_files(10, 10)  # utterances.jsonl, fresh #1-#10, training batches w1-w10
BATCH = "trainw11-2026-12-05"

TOPICS = {
    "groan": "exasperated complaints about the list just shown ('ugh, more X?'), mostly refusals",
    "less_more": "turning the dials on the next list: less X, more Y, tone down, keep coming",
    "pick_from_list": "pointing at a film on the shown list: more like that one, drop that one",
    "swap": "swap / replace / trade X for Y (X refused, Y wanted)",
    "fatigue": "fatigue and satiety: had my fill, X-ed out, enough with X",
    "warm_praise": "figurative enthusiasm, often in negative-looking words (menace, kryptonite, catnip)",
    "polite_no": "polite, hedged refusals",
    "sarcasm": "sarcasm and rhetorical questions whose meaning is clear",
    "litotes": "understatement, litotes and double negation (mild yes and understated no)",
    "only_except": "nothing but X / anything but X / everything except X / X or nothing",
    "era_people": "decades, year bounds, actors and directors",
    "bystander": "a value named without a side (someone else's taste, a question, a past taste, neutral) plus one "
                 "the user does take a side on",
    "plain": "plain controls: simple likes and refusals, some with negation",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of

R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

ANIM = ["-genre:Children's"]  # "cartoons" refused: Children's may also be read as refused

# ---------------------------------------------------------------------------------------------------------- groan
T = "groan"
R(T, "ugh, more westerns? that's like the fourth list in a row", dislike=[G + "Western"])
R(T, "oh come on, cartoons again", dislike=[G + "Animation"], ok=ANIM)
R(T, "seriously, another war movie. pass", dislike=[G + "War"])
R(T, "why is half of this list musicals", dislike=[G + "Musical"])
R(T, "not the horror again, I told you I get nightmares", dislike=[G + "Horror"])
R(T, "this list is drowning in sci-fi and I asked for something normal", dislike=[G + "Sci-Fi"])
R(T, "groan. Kevin Costner again?", dislike=[P + "Kevin Costner"])
R(T, "every single thing you show me is from the 90s, it's getting old", dislike=[D + "1990s"])
R(T, "ugh these are all kids' films, and mine are at their gran's tonight", dislike=[G + "Children's"])
R(T, "hmm, way too many thrillers in there, my nerves are shot", dislike=[G + "Thriller"])
R(T, "that's a lot of romance for a guy who asked for crime capers", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "oof, film noir again. it's all so grey and gloomy", dislike=[G + "Film-Noir"])
R(T, "yikes, Steven Seagal? hard no", dislike=[P + "Steven Seagal"])
R(T, "meh, the fantasy picks are the weakest bit, drop them", dislike=[G + "Fantasy"])
R(T, "another Adam Sandler movie... really?", dislike=[P + "Adam Sandler"])
R(T, "oh no, not more mysteries, I always guess the ending in ten minutes", dislike=[G + "Mystery"])
R(T, "all adventure, no substance. gimme a drama", like=[G + "Drama"], dislike=[G + "Adventure"])
R(T, "you keep pushing dramas at me when I came here for action", like=[G + "Action"], dislike=[G + "Drama"])
R(T, "why so few westerns on there? it's the one genre I asked for", like=[G + "Western"])
R(T, "this list is missing the one thing I actually love: animation", like=[G + "Animation"])

# ------------------------------------------------------------------------------------------------------ less_more
T = "less_more"
R(T, "less horror this time round, more comedy", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "a bit more action and a bit less talking, please", like=[G + "Action"])
R(T, "fewer musicals, more thrillers", like=[G + "Thriller"], dislike=[G + "Musical"])
R(T, "tone down the romance, turn up the crime", like=[G + "Crime"], dislike=[G + "Romance"])
R(T, "more of the sci-fi please, that's the good stuff", like=[G + "Sci-Fi"])
R(T, "dial back the war films, they're heavy going", dislike=[G + "War"])
R(T, "can we get more comedies in the next batch", like=[G + "Comedy"])
R(T, "more westerns next round, those were the best bit", like=[G + "Western"])
R(T, "less 80s, more 70s", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "next list: double the noir, zero action", like=[G + "Film-Noir"], dislike=[G + "Action"])
R(T, "go easier on the animation next time", dislike=[G + "Animation"], ok=ANIM)
R(T, "more Hitchcock, fewer explosions", like=[P + "Alfred Hitchcock"], ok=["-genre:Action"])
R(T, "keep the documentaries coming", like=[G + "Documentary"])
R(T, "lighter on the drama, heavier on the laughs", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "can you cut the fantasy stuff down to zero", dislike=[G + "Fantasy"])
R(T, "way more mysteries please, the one with the butler was perfect", like=[G + "Mystery"])
R(T, "crank up the adventure a notch, it's a rainy Sunday", like=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------- pick_from_list
T = "pick_from_list"
R(T, "the first one, Fargo, yes, more like that", like_items=["Fargo (1996)"])
R(T, "Heat's the only one on there I'd actually watch, find me more like it", like_items=["Heat (1995)"])
R(T, "that Toy Story pick is spot on, more in that vein", like_items=["Toy Story (1995)"])
R(T, "scratch Titanic off, I've sat through it way too many times", dislike_items=["Titanic (1997)"])
R(T, "the Alien one at the bottom, that's the mood I'm after", like_items=["Alien (1979)"])
R(T, "Waterworld? you've got to be joking", dislike_items=["Waterworld (1995)"])
R(T, "GoodFellas is the standout, show me more gangster stuff like it", like=[G + "Crime"],
  like_items=["GoodFellas (1990)"])
R(T, "third one down is a no, I can't stand Jim Carrey", dislike=[P + "Jim Carrey"])
R(T, "Casablanca, yes yes yes. more of those", like_items=["Casablanca (1942)"], ok=["+decade:1940s"])
R(T, "the Grease one can go", dislike_items=["Grease (1978)"])
R(T, "ooh Groundhog Day, now you're talking", like_items=["Groundhog Day (1993)"])
R(T, "everything after Pulp Fiction on that list is filler; more Tarantino, please",
  like=[P + "Quentin Tarantino"], like_items=["Pulp Fiction (1994)"])
R(T, "Showgirls? why would you even show me that", dislike_items=["Showgirls (1995)"])
R(T, "that Jackie Chan one at the end looks fun, more of him", like=[P + "Jackie Chan"])
R(T, "The Wrong Trousers made my day, more like that please", like_items=["The Wrong Trousers (1993)"],
  ok=["+genre:Animation"])
R(T, "Speed 2, seriously? drop it", dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "The Empire Strikes Back on there made me grin, more space adventures like it",
  like_items=["The Empire Strikes Back (1980)"], ok=["+genre:Sci-Fi", "+genre:Adventure"])
R(T, "The Shining is the only one I'd keep, the rest of that horror is tame",
  like_items=["The Shining (1980)"], ok=["+genre:Horror"])
R(T, "Sleepless in Seattle? my eyes rolled so hard they hurt", dislike_items=["Sleepless in Seattle (1993)"])
R(T, "keep Braveheart, lose Batman & Robin", like_items=["Braveheart (1995)"],
  dislike_items=["Batman & Robin (1997)"])

# ----------------------------------------------------------------------------------------------------------- swap
T = "swap"
R(T, "swap out the rom-coms for something that actually bites", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "trade the cartoons for a proper thriller", like=[G + "Thriller"], dislike=[G + "Animation"], ok=ANIM)
R(T, "could you replace the musicals with some westerns?", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "switch the horror out for a comedy, it's date night", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "bin the documentaries and put some action in there", like=[G + "Action"], dislike=[G + "Documentary"])
R(T, "instead of all this drama, how about a mystery or two", like=[G + "Mystery"], dislike=[G + "Drama"])
R(T, "lose the war films, give me some adventure instead", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "can the sci-fi slots go to film noir instead?", like=[G + "Film-Noir"], dislike=[G + "Sci-Fi"])
R(T, "replace the Stallone films with anything by the Coen brothers", like=[P + "Joel Coen"],
  dislike=[P + "Sylvester Stallone"], ok=["+person:Ethan Coen"])
R(T, "switch the 90s stuff for something from the 50s", like=[D + "1950s"], dislike=[D + "1990s"])
R(T, "out with the fantasy, in with the crime", like=[G + "Crime"], dislike=[G + "Fantasy"])
R(T, "ditch the kids' movies for a grown-up drama", like=[G + "Drama"], dislike=[G + "Children's"])
R(T, "drop the Meg Ryan ones and slot a Kubrick in", like=[P + "Stanley Kubrick"], dislike=[P + "Meg Ryan"])
R(T, "can you turn those adventure picks into mysteries", like=[G + "Mystery"], dislike=[G + "Adventure"])

# -------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "okay, enough with the cartoons already", dislike=[G + "Animation"], ok=ANIM)
R(T, "I've had my fill of westerns this month", dislike=[G + "Western"])
R(T, "I'm all musicaled out", dislike=[G + "Musical"])
R(T, "three war films in a row, I'm done with war for a while", dislike=[G + "War"])
R(T, "sci-fi overload. give it a rest", dislike=[G + "Sci-Fi"])
R(T, "I'm thrillered out after last weekend, nothing tense please", dislike=[G + "Thriller"])
R(T, "had it up to here with romance", dislike=[G + "Romance"])
R(T, "I'm zombied out, no more horror for a week", dislike=[G + "Horror"])
R(T, "my comedy tank is full, I could use something serious", dislike=[G + "Comedy"])
R(T, "I've OD'd on Tom Hanks lately", dislike=[P + "Tom Hanks"])
R(T, "sick to death of 80s action flicks", dislike=[G + "Action"], ok=["-decade:1980s"])
R(T, "the crime stuff is wearing thin, honestly", dislike=[G + "Crime"])
R(T, "I've seen every Disney cartoon twice, no more animation", dislike=[G + "Animation"], ok=ANIM)
R(T, "Sherlock this, whodunit that, I'm mysteried out", dislike=[G + "Mystery"])
R(T, "I've binged so many documentaries my brain hurts, give me fantasy", like=[G + "Fantasy"],
  dislike=[G + "Documentary"])
R(T, "done with cartoons, done with musicals, something with teeth please",
  dislike=[G + "Animation", G + "Musical"], ok=ANIM)

# ---------------------------------------------------------------------------------------------------- warm_praise
T = "warm_praise"
R(T, "those westerns at the top are catnip to me", like=[G + "Western"])
R(T, "oh, the noir picks, you're going to wreck my sleep schedule", like=[G + "Film-Noir"])
R(T, "that's a dangerous list for me, I'm a sucker for war films", like=[G + "War"])
R(T, "musicals! you absolute menace, I'm in", like=[G + "Musical"])
R(T, "the documentaries are killing it, more please", like=[G + "Documentary"])
R(T, "okay the sci-fi on here is criminally good", like=[G + "Sci-Fi"])
R(T, "I'm hopelessly hooked on crime films and this list gets it", like=[G + "Crime"])
R(T, "those fantasy ones are my kryptonite", like=[G + "Fantasy"])
R(T, "the adventure picks are scratching an itch I didn't know I had", like=[G + "Adventure"])
R(T, "horror, my beloved. keep them coming", like=[G + "Horror"])
R(T, "bless you for the Fred Astaire one", like=[P + "Fred Astaire"])
R(T, "the mysteries on there? chef's kiss", like=[G + "Mystery"])
R(T, "you had me at Kurosawa", like=[P + "Akira Kurosawa"])
R(T, "the comedies are a riot, that's exactly the energy", like=[G + "Comedy"])
R(T, "thrillers are my guilty pleasure and you found the good ones", like=[G + "Thriller"])
R(T, "seventies stuff, yes, feed me more of it", like=[D + "1970s"])
R(T, "oh, the Spike Lee pick is a gem", like=[P + "Spike Lee"])
R(T, "the war movies slap, honestly", like=[G + "War"])
R(T, "I'd walk over hot coals for a decent musical and you found three", like=[G + "Musical"])
R(T, "documentaries about weird hobbies are my crack, and you nailed it", like=[G + "Documentary"])
R(T, "film noir from the forties is my happy place, more please", like=[G + "Film-Noir", D + "1940s"])
R(T, "that batch of children's films is exactly what the sleepover needs", like=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------ polite_no
T = "polite_no"
R(T, "thanks, but I'll sit out the horror ones", dislike=[G + "Horror"])
R(T, "lovely list, though I'd rather skip the musicals if that's alright", dislike=[G + "Musical"])
R(T, "I appreciate the effort, but war films aren't really for me", dislike=[G + "War"])
R(T, "kind of you, but maybe not the documentaries tonight", dislike=[G + "Documentary"])
R(T, "those look nice but I'm not much of a western person", dislike=[G + "Western"])
R(T, "sorry, I'm going to pass on the Schwarzenegger ones", dislike=[P + "Arnold Schwarzenegger"])
R(T, "hmm, thank you, though romance isn't quite my cup of tea", dislike=[G + "Romance"])
R(T, "if it's all the same to you, could we leave out the sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I'd prefer no fantasy, if possible", dislike=[G + "Fantasy"])
R(T, "with respect to Woody Allen fans, I'll skip his", dislike=[P + "Woody Allen"])
R(T, "the animated ones are sweet, just not for me tonight", dislike=[G + "Animation"])
R(T, "I'll gently decline the film noir, thanks", dislike=[G + "Film-Noir"])

# -------------------------------------------------------------------------------------------------------- sarcasm
T = "sarcasm"
R(T, "wow, a Jean-Claude Van Damme movie, just what I didn't ask for", dislike=[P + "Jean-Claude Van Damme"])
R(T, "oh great, more sad dramas, because my week wasn't bleak enough", dislike=[G + "Drama"])
R(T, "did you think I was six? why all the children's films", dislike=[G + "Children's"])
R(T, "who doesn't want a western on a Sunday? put more on", like=[G + "Western"])
R(T, "is there any such thing as too much Hitchcock? didn't think so", like=[P + "Alfred Hitchcock"])
R(T, "oh sure, another musical, I'll just go hum in the corner", dislike=[G + "Musical"])
R(T, "who asked for three hours of war? not me", dislike=[G + "War"])
R(T, "how did you know I love a good mystery?", like=[G + "Mystery"])
R(T, "am I ever going to say no to a Spielberg? nope", like=[P + "Steven Spielberg"])
R(T, "brilliant, Pauly Shore. my evening is ruined", dislike=[P + "Pauly Shore"])
R(T, "why would anyone skip a Billy Wilder film? keep him on the list", like=[P + "Billy Wilder"])
R(T, "cartoons, lovely, because I'm clearly eight", dislike=[G + "Animation"], ok=ANIM)
R(T, "is it even a movie night without a comedy? add more", like=[G + "Comedy"])
R(T, "oh fantastic, horror. said nobody in this house ever", dislike=[G + "Horror"])
R(T, "too much doom and gloom on here. where are the comedies?", like=[G + "Comedy"])
R(T, "yeah, because what I really need is another Julia Roberts weepie", dislike=[P + "Julia Roberts"])
R(T, "a thriller list? did you read my mind? keep going", like=[G + "Thriller"])

# -------------------------------------------------------------------------------------------------------- litotes
T = "litotes"
R(T, "the thrillers aren't half bad, actually", like=[G + "Thriller"])
R(T, "I wouldn't say no to another western", like=[G + "Western"])
R(T, "not that I dislike sci-fi, so keep a couple in", like=[G + "Sci-Fi"])
R(T, "I'm not NOT into the noir ones", like=[G + "Film-Noir"])
R(T, "can't say I'd object to more adventure", like=[G + "Adventure"])
R(T, "it's not like I'd ever turn down a Scorsese", like=[P + "Martin Scorsese"])
R(T, "the war ones aren't exactly my idea of a fun night", dislike=[G + "War"])
R(T, "I don't hate the documentaries, leave a couple on", like=[G + "Documentary"])
R(T, "musicals are not without their charm, keep one in", like=[G + "Musical"])
R(T, "I could take or leave... no, actually, I'd leave the fantasy", dislike=[G + "Fantasy"])
R(T, "the Meg Ryan idea isn't the worst you've had", like=[P + "Meg Ryan"])
R(T, "romance isn't entirely off the table, throw one in", like=[G + "Romance"])
R(T, "I wouldn't exactly be heartbroken if the crime films vanished", dislike=[G + "Crime"])
R(T, "no objection to the 1960s stuff at all, more of that", like=[D + "1960s"])
R(T, "can't say the kids' films do much for me", dislike=[G + "Children's"])
R(T, "I'd hardly call myself a fan of the 70s stuff", dislike=[D + "1970s"])
R(T, "Robin Williams isn't someone I'd ever skip", like=[P + "Robin Williams"])
R(T, "not bad at all, those crime ones", like=[G + "Crime"])

# ---------------------------------------------------------------------------------------------------- only_except
T = "only_except"
R(T, "nothing but comedies from here on, please", like=[G + "Comedy"])
R(T, "anything but horror, I'm begging", dislike=[G + "Horror"])
R(T, "it's westerns or bust for me, partner", like=[G + "Western"])
R(T, "everything on there except the musicals is fine", dislike=[G + "Musical"])
R(T, "just the documentaries, the rest can go", like=[G + "Documentary"])
R(T, "give me anything as long as it's not a romance", dislike=[G + "Romance"])
R(T, "only sci-fi from now on", like=[G + "Sci-Fi"])
R(T, "all of it's good apart from the war ones", dislike=[G + "War"])
R(T, "noir, noir and more noir, nothing else", like=[G + "Film-Noir"])
R(T, "I'll watch literally anything that isn't animated", dislike=[G + "Animation"])
R(T, "strictly thrillers tonight", like=[G + "Thriller"])
R(T, "anything besides a Robin Williams film, sorry", dislike=[P + "Robin Williams"])
R(T, "mysteries and only mysteries", like=[G + "Mystery"])
R(T, "the lot's fine bar the fantasy stuff", dislike=[G + "Fantasy"])
R(T, "give me any 90s film that isn't a comedy", like=[D + "1990s"], dislike=[G + "Comedy"])
R(T, "everything but the Bruce Willis ones", dislike=[P + "Bruce Willis"])

# ----------------------------------------------------------------------------------------------------- era_people
T = "era_people"
R(T, "nothing older than 1980 this time, please", year=(1980, None))
R(T, "too many 90s blockbusters, take me back to the 40s", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "anything before 1960 is a no for me", year=(1960, None))
R(T, "these are all black-and-white, I want stuff from after 1970", year=(1970, None))
R(T, "the thirties picks are gorgeous, more of that era", like=[D + "1930s"])
R(T, "nothing past 1979, I'm on a retro kick", year=(None, 1979))
R(T, "love the 50s ones, skip anything from the 90s", like=[D + "1950s"], dislike=[D + "1990s"])
R(T, "the 1920s silents, yes, please dig up more", like=[D + "1920s"])
R(T, "1960s films bore me stiff, drop them", dislike=[D + "1960s"])
R(T, "more Clint Eastwood, less Kevin Costner", like=[P + "Clint Eastwood"], dislike=[P + "Kevin Costner"])
R(T, "Julia Roberts in everything? I love it", like=[P + "Julia Roberts"])
R(T, "can you leave Hugh Grant out of the next list", dislike=[P + "Hugh Grant"])
R(T, "Tim Burton's stuff is exactly what I'm after", like=[P + "Tim Burton"])
R(T, "the Michael Bay one has to go", dislike=[P + "Michael Bay"])
R(T, "the Meryl Streep picks were perfect, keep her coming", like=[P + "Meryl Streep"])
R(T, "Harrison Ford, yes; Nicolas Cage, absolutely not", like=[P + "Harrison Ford"], dislike=[P + "Nicolas Cage"])
R(T, "only stuff made between 1970 and 1989, please", year=(1970, 1989))
R(T, "nothing made after 1950", year=(None, 1950))
R(T, "more John Wayne, fewer talky dramas", like=[P + "John Wayne"], dislike=[G + "Drama"])
R(T, "Audrey Hepburn, always. the rest I could skip", like=[P + "Audrey Hepburn"])
R(T, "I'll never sit through a Joel Schumacher film again", dislike=[P + "Joel Schumacher"])
R(T, "the Cary Grant ones are heaven", like=[P + "Cary Grant"])
R(T, "anything from the 1980s gets a yes from me", like=[D + "1980s"])
R(T, "skip everything pre-1940, the sound's awful", year=(1940, None))
R(T, "the 20s stuff is too creaky for me", dislike=[D + "1920s"])

# ------------------------------------------------------------------------------------------------------ bystander
T = "bystander"
R(T, "my wife loves the musicals on there, but I'm after a western", like=[G + "Western"])
R(T, "the kids would go for the cartoons; once they're in bed I want a crime thriller",
  like=[G + "Crime", G + "Thriller"])
R(T, "is Stargate sci-fi or more adventure? either way, I'm after horror tonight", like=[G + "Horror"])
R(T, "I used to be big on horror back in college; these days give me comedies", like=[G + "Comedy"],
  ok=["-genre:Horror"])
R(T, "I'm neutral on the dramas, but the war films can go", dislike=[G + "War"])
R(T, "my husband's the Schwarzenegger fan; I'd rather have a romance", like=[G + "Romance"],
  ok=["-person:Arnold Schwarzenegger"])
R(T, "does the documentary at the bottom have subtitles? anyway, more comedies would be good", like=[G + "Comedy"])
R(T, "my son's obsessed with The Lion King, but this one's for me: give me film noir", like=[G + "Film-Noir"])
R(T, "I don't mind the sci-fi either way, but please no musicals", dislike=[G + "Musical"])
R(T, "are any of these from the 1940s? I'd love some thrillers", like=[G + "Thriller"])
R(T, "my flatmate's the one who hates fantasy; me, I'm after a good mystery", like=[G + "Mystery"])
R(T, "I went through a big Tom Cruise phase years ago, that's done; right now I want a documentary",
  like=[G + "Documentary"])
R(T, "whether it's action or adventure doesn't matter to me, just not a horror", dislike=[G + "Horror"])
R(T, "my daughter picks the animated ones; for my own night, drama please", like=[G + "Drama"])
R(T, "is Psycho horror or a thriller? whatever, I'm in the mood for Hitchcock", like=[P + "Alfred Hitchcock"])
R(T, "my partner wants the romance, I'm honestly easy on that, but no war films for me", dislike=[G + "War"])
R(T, "what decade is most of this from, the 80s? either way I'd like more crime", like=[G + "Crime"])
R(T, "grandad would love the John Ford ones; I'd rather have sci-fi", like=[G + "Sci-Fi"])
R(T, "my mum adores Cary Grant, but she isn't watching; I want something from the 1990s", like=[D + "1990s"])
R(T, "I've no strong feelings about the comedies; the crime stuff though, more please", like=[G + "Crime"])
R(T, "not sure if my brother's seen Heat; either way, I'm after sci-fi tonight", like=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like the comedies, keep those", like=[G + "Comedy"])
R(T, "no horror on the next list please", dislike=[G + "Horror"])
R(T, "I don't like westerns, take them off", dislike=[G + "Western"])
R(T, "romance yes, the horror stuff no", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "I want more documentaries on the list", like=[G + "Documentary"])
R(T, "I don't want any musicals in there", dislike=[G + "Musical"])
R(T, "the action ones are good", like=[G + "Action"])
R(T, "I don't like the war films on there", dislike=[G + "War"])
R(T, "sci-fi is what I want", like=[G + "Sci-Fi"])
R(T, "please remove the children's movies", dislike=[G + "Children's"])
R(T, "I like the mystery ones best", like=[G + "Mystery"])
R(T, "drama, yes. fantasy, no.", like=[G + "Drama"], dislike=[G + "Fantasy"])
R(T, "I really like the crime films you picked", like=[G + "Crime"])
R(T, "I'd like more thrillers next time", like=[G + "Thriller"])
R(T, "no adventure movies please", dislike=[G + "Adventure"])
R(T, "I love film noir, give me more", like=[G + "Film-Noir"])
R(T, "take out the animation", dislike=[G + "Animation"], ok=ANIM)
R(T, "I don't want anything with Tom Cruise", dislike=[P + "Tom Cruise"])
R(T, "more Denzel Washington please", like=[P + "Denzel Washington"])
R(T, "I enjoy the 1970s ones", like=[D + "1970s"])
R(T, "no 80s films", dislike=[D + "1980s"])
R(T, "I liked Braveheart, find similar", like_items=["Braveheart (1995)"])
R(T, "I don't like Jurassic Park", dislike_items=["Jurassic Park (1993)"])
R(T, "comedy and romance please, no thrillers", like=[G + "Comedy", G + "Romance"], dislike=[G + "Thriller"])
R(T, "I don't like documentaries much", dislike=[G + "Documentary"])
R(T, "more musicals", like=[G + "Musical"])
R(T, "keep the westerns, drop the horror", like=[G + "Western"], dislike=[G + "Horror"])
R(T, "I like the fantasy ones", like=[G + "Fantasy"])
R(T, "adventure films please", like=[G + "Adventure"])
R(T, "not a fan of the war movies", dislike=[G + "War"])
R(T, "I'd like some children's films for me and the kids", like=[G + "Children's"])
R(T, "no Eddie Murphy", dislike=[P + "Eddie Murphy"])
R(T, "the drama ones are what I want", like=[G + "Drama"])
R(T, "I don't like sci-fi or fantasy", dislike=[G + "Sci-Fi", G + "Fantasy"])
R(T, "mysteries from the 40s please", like=[G + "Mystery", D + "1940s"])
R(T, "I don't want action tonight", dislike=[G + "Action"])
R(T, "I want a horror film", like=[G + "Horror"])
R(T, "no romance at all this time", dislike=[G + "Romance"])
R(T, "I like the animated ones", like=[G + "Animation"])


if __name__ == "__main__":
    main()
