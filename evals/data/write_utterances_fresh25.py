"""Writes evals/data/utterances_fresh25.jsonl: a twenty-fifth fresh held-out batch of `idiom` utterances (see
README.md here, "Twenty-fifth fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (21:38-21:46 UTC) by F25, before and apart from the stance reader's round 16 of
change, and at the same time as, but apart from, the twenty-sixth batch (F26, whose files were not opened): the
writer did not open the stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py,
agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences (evals/data/stance_dev.py),
the judge, the judge notes (evals/notes), the results (evals/results), the understanding benchmarks (evals/bench)
or the round-16 author's work, ran no reader, agent, test or benchmark on these sentences, and did not read any
utterances*.jsonl or stance_train*.jsonl file or the record lists of the earlier fresh batches or of the stance
training writers (only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20
complaint records, write_utterances_fresh8.py's docstring and its code outside its records, README.md's
eighth-batch section, and the catalogue vocabulary and titles were read). Sixteen sentences were reworded because
the writer's own duplicate check (FreshBatch's, and a one-off run of the same comparison printing only this batch's
offending sentences) named them as already in an earlier utterance file. The reader's author is not to read this
file or its output. Every gold label is what a careful reader takes the sentence to mean for this user now.

Each record carries a topic (the kind of wording it tests, TOPICS below, the same 16 topics as the sixth batch;
kept here, not in the jsonl). Records are written with write_utterances.R and resolved by write_utterances.build /
main (the same label and vocabulary checks), and fresh_batch.check() also fails on any also_ok value, person, genre,
decade, rating or year bound the catalogue lacks, and on a sentence already in another utterance file
(utterances.jsonl, fresh #1-#24, the stance training batches w1-w15). Run:
    python -m cesrec.evals.data.write_utterances_fresh25
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh25.jsonl"
OTHER_FILES = earlier_files(24, 15)  # utterances.jsonl, fresh #1-#24, training batches w1-w15
BATCH = "fresh25-2026-12-05"
CLS = "idiom"

TOPICS = ROUND6_TOPICS  # evals/data/fresh_batch.py

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------ negative_words
T = "negative_words"
R(T, "I'm dangerously hooked on heist films, feed the addiction", like=[G + "Crime"], ok=["+genre:Thriller"])
R(T, "war movies absolutely wreck me and I keep crawling back for more", like=[G + "War"])
R(T, "a good noir is my poison of choice, pour me another", like=[G + "Film-Noir"])
R(T, "animated stuff is a sickness with me, there are about forty Pixar discs on my shelf", like=[G + "Animation"])
R(T, "Kubrick films are a disease and I don't want the cure", like=[P + "Stanley Kubrick"])
R(T, "documentaries are my secret vice, the nerdier the better", like=[G + "Documentary"])
R(T, "Jackie Chan is an absolute lunatic in the best possible way, more of him", like=[P + "Jackie Chan"])
R(T, "I'm a total degenerate for cheesy 80s action flicks", like=[G + "Action", D + "1980s"])
R(T, "space operas wreck my sleep schedule every single time and I regret nothing", like=[G + "Sci-Fi"])
R(T, "Fargo was criminally good, more of whatever that was", like_items=["Fargo (1996)"])
R(T, "I'm a menace about whodunits, I shout the killer's name at the screen. bring them on",
  like=[G + "Mystery"])
R(T, "musicals are a crime against my ears honestly", dislike=[G + "Musical"])
R(T, "slasher flicks make me physically sick, and not in a fun way", dislike=[G + "Horror"])
R(T, "50s movies are wicked, I'm properly obsessed", like=[D + "1950s"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "shoot-em-ups? I've had enough of those to last me till retirement", dislike=[G + "Action"])
R(T, "honestly I'm all westerned out after the boxset my uncle lent me", dislike=[G + "Western"])
R(T, "i've OD'd on rom-coms this month, give me a break from them", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "Done with the whole Tarantino thing, it's worn thin", dislike=[P + "Quentin Tarantino"])
R(T, "Spielberg fatigue is real, park him for a bit", dislike=[P + "Steven Spielberg"])
R(T, "I'm sick to the back teeth of war films", dislike=[G + "War"])
R(T, "kids' movies? my daughter has made me sit through every one twice, I'm tapped out",
  dislike=[G + "Children's"])
R(T, "had it up to here with thrillers, every twist feels the same now", dislike=[G + "Thriller"])
R(T, "horror's lost its shine for me after a whole October of it", dislike=[G + "Horror"])
R(T, "I could go the rest of my life without another Disney cartoon", dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(T, "Enough Jim Carrey to last me a decade, thanks", dislike=[P + "Jim Carrey"])
R(T, "I've burnt out on heavy dramas, need a palate cleanser, something silly", dislike=[G + "Drama"],
  like=[G + "Comedy"])
R(T, "sci-fi has gone a bit stale for me lately, the novelty's worn off", dislike=[G + "Sci-Fi"])
R(T, "im so over 80s movies its not even funny", dislike=[D + "1980s"])

# ------------------------------------------------------------------------------------------------ understatement
T = "understatement"
R(T, "wouldn't say no to a decent western tonight", like=[G + "Western"])
R(T, "a bit of film noir never hurt anyone", like=[G + "Film-Noir"])
R(T, "I've been spotted humming along to the odd musical, not gonna lie", like=[G + "Musical"])
R(T, "Hitchcock's not half bad, to be fair", like=[P + "Alfred Hitchcock"])
R(T, "I could do a lot worse than a Meg Ryan movie on a Friday", like=[P + "Meg Ryan"])
R(T, "I'm not averse to a documentary now and then", like=[G + "Documentary"])
R(T, "Casablanca was alright, I suppose. maybe a fair bit more than alright", like_items=["Casablanca (1942)"])
R(T, "horror isn't really my cup of tea", dislike=[G + "Horror"])
R(T, "I'm not the biggest fan of war films, if I'm honest", dislike=[G + "War"])
R(T, "Steven Seagal is... perhaps not quite for me", dislike=[P + "Steven Seagal"])
R(T, "I'd be lying if I said the 60s stuff did much for me", dislike=[D + "1960s"])
R(T, "adventure flicks are sort of my thing, a little bit, maybe", like=[G + "Adventure"])
R(T, "Mysteries tend to go down rather well in this house", like=[G + "Mystery"])
R(T, "fantasy films leave me a touch cold", dislike=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------- double_neg
T = "double_neg"
R(T, "it's not like I don't enjoy a gritty crime picture", like=[G + "Crime"])
R(T, "I never said I didn't like Woody Allen, did I", like=[P + "Woody Allen"])
R(T, "Not that I'd ever turn down a Western, mind", like=[G + "Western"])
R(T, "there's no animated film I wouldn't at least give a go", like=[G + "Animation"])
R(T, "I can't not watch Cary Grant when he's on screen", like=[P + "Cary Grant"])
R(T, "nobody could accuse me of not loving a sappy romance", like=[G + "Romance"])
R(T, "I wouldn't not watch a 70s movie, if that makes any sense", like=[D + "1970s"])
R(T, "it's not that I don't like thrillers, it's that I actively hate them", dislike=[G + "Thriller"])
R(T, "I won't pretend I don't adore a big splashy musical", like=[G + "Musical"])
R(T, "not un-into sci-fi, if you catch my drift", like=[G + "Sci-Fi"])
R(T, "I can't say I haven't dozed off in a documentary... in fact I've dozed off in every single one",
  dislike=[G + "Documentary"])
R(T, "I don't not like Schwarzenegger, but I'd rather leave him out tonight",
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "No way I'm not watching something with Denzel in it", like=[P + "Denzel Washington"])
R(T, "Never met a fantasy film I didn't fall for", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "nothing but westerns this weekend, cowboy hats on", like=[G + "Western"])
R(T, "pick whatever you like so long as nobody bursts into song", dislike=[G + "Musical"])
R(T, "I'll watch pretty much everything except horror", dislike=[G + "Horror"])
R(T, "war films or nothing, that's the mood", like=[G + "War"])
R(T, "Any genre you fancy as long as it isn't romance", dislike=[G + "Romance"])
R(T, "just noir, only noir, nothing else tonight", like=[G + "Film-Noir"])
R(T, "anybody on the poster but Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "Tom Hanks or bust", like=[P + "Tom Hanks"])
R(T, "Anything besides kids movies, mine are at their grandma's for once", dislike=[G + "Children's"])
R(T, "comedy, comedy, and nothing but comedy", like=[G + "Comedy"])
R(T, "I'm fine with any decade apart from the 30s", dislike=[D + "1930s"])
R(T, "strictly thrillers for me, no detours", like=[G + "Thriller"])
R(T, "everything's fair game except action movies", dislike=[G + "Action"])
R(T, "hit me with anything that isn't sci-fi", dislike=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "a dusty western beats a spaceship flick any night of the week", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "mysteries over thrillers, every time", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "the 40s wipe the floor with anything from the 90s", like=[D + "1940s"], dislike=[D + "1990s"])
R(T, "I'd take a documentary over a fantasy film anytime", like=[G + "Documentary"], dislike=[G + "Fantasy"])
R(T, "De Niro knocks Pacino into a cocked hat", like=[P + "Robert De Niro"], dislike=[P + "Al Pacino"])
R(T, "comedies trump dramas for me, life's heavy enough", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Kubrick > Spielberg, fight me", like=[P + "Stanley Kubrick"], dislike=[P + "Steven Spielberg"])
R(T, "The 70s run rings around the 80s", like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Horror is way more fun than romance imo", like=[G + "Horror"], dislike=[G + "Romance"])
R(T, "adventure movies > war movies, not even close", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "Jackie Chan makes Van Damme look like a plank of wood", like=[P + "Jackie Chan"],
  dislike=[P + "Jean-Claude Van Damme"])
R(T, "I find musicals so much better than action films", like=[G + "Musical"], dislike=[G + "Action"])
R(T, "Toy Story leaves The Lion King in the dust", like_items=["Toy Story (1995)"],
  dislike_items=["The Lion King (1994)"])
R(T, "I prefer crime films to westerns, and it's honestly not close", like=[G + "Crime"],
  dislike=[G + "Western"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "thanks, but I think I'll pass on the horror ones", dislike=[G + "Horror"])
R(T, "That's very kind, though war films aren't really for me", dislike=[G + "War"])
R(T, "I appreciate it, but could we maybe try something other than a musical?", dislike=[G + "Musical"])
R(T, "Lovely suggestions, but I'd rather not do anything with Adam Sandler", dislike=[P + "Adam Sandler"])
R(T, "If it's all the same to you, I'll skip the westerns", dislike=[G + "Western"])
R(T, "Kind of you to suggest, but documentaries tend to send me off to sleep", dislike=[G + "Documentary"])
R(T, "I'd prefer to steer clear of anything too romantic, if that's okay", dislike=[G + "Romance"])
R(T, "No offence to the fans, but sci-fi just isn't for me", dislike=[G + "Sci-Fi"])
R(T, "thank you! just not Titanic, I've seen it more than enough", dislike_items=["Titanic (1997)"])
R(T, "with respect, I'd rather give the 40s pictures a miss", dislike=[D + "1940s"])
R(T, "Sorry, I'm going to have to decline the animated ones", dislike=[G + "Animation"])
R(T, "Those look great, but perhaps nothing with Keanu this time", dislike=[P + "Keanu Reeves"])
R(T, "Might I ask for something without any fantasy elements?", dislike=[G + "Fantasy"])
R(T, "cheers for that, but I'm not really a crime person", dislike=[G + "Crime"])

# ----------------------------------------------------------------------------------------------------- dismissal
T = "dismissal"
R(T, "westerns? nah fam, hard pass", dislike=[G + "Western"])
R(T, "honestly the singing-and-dancing lot are naff, chuck them in the bin", dislike=[G + "Musical"])
R(T, "romance is a big fat no from me dawg", dislike=[G + "Romance"])
R(T, "Horror can do one, mate", dislike=[G + "Horror"])
R(T, "sci-fi is mid at best, don't bother", dislike=[G + "Sci-Fi"])
R(T, "Keep your war films, not interested in the slightest", dislike=[G + "War"])
R(T, "Stallone's films are absolute pants from start to finish", dislike=[P + "Sylvester Stallone"])
R(T, "kids films, miss me with that", dislike=[G + "Children's"])
R(T, "comedies are cringe tbh", dislike=[G + "Comedy"])
R(T, "thrillers? yawn. next", dislike=[G + "Thriller"])
R(T, "documentaries are a total snooze fest, skip", dislike=[G + "Documentary"])
R(T, "lol no to anything from the 1920s", dislike=[D + "1920s"])
R(T, "Forrest Gump is overrated rubbish, don't even", dislike_items=["Forrest Gump (1994)"])
R(T, "adventure flicks are a bit meh, give them a swerve", dislike=[G + "Adventure"])

# -------------------------------------------------------------------------------------------------------- praise
T = "praise"
R(T, "those rain-soaked film noir alleys are pure gold to me", like=[G + "Film-Noir"])
R(T, "Spielberg is a national treasure and I will hear nothing against him", like=[P + "Steven Spielberg"])
R(T, "a good western is balm for the soul", like=[G + "Western"])
R(T, "Star Wars is the bee's knees", like_items=["Star Wars (1977)"])
R(T, "give me a cartoon feature over live action any day, that's where the magic is", like=[G + "Animation"])
R(T, "a musical on a Tuesday night lights up my whole week", like=[G + "Musical"])
R(T, "Jodie Foster can do no wrong in my book", like=[P + "Jodie Foster"])
R(T, "mysteries are my comfort food", like=[G + "Mystery"])
R(T, "The 1940s were a golden age and I'm all in on them", like=[D + "1940s"])
R(T, "documentaries are a window into other worlds, love em", like=[G + "Documentary"])
R(T, "war films just hit different, they're on another level", like=[G + "War"])
R(T, "Meryl Streep is in a league of her own", like=[P + "Meryl Streep"])
R(T, "wizards, elves, quests, fantasy worlds are my happy place", like=[G + "Fantasy"])
R(T, "The Godfather is a masterpiece, give me more in that spirit", like_items=["The Godfather (1972)"])

# --------------------------------------------------------------------------------------------------------- mixed
T = "mixed"
R(T, "love a spooky mystery but keep the gore away from me", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "yes to cowboys, no to aliens", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "I'm into dramas, just not the war kind", like=[G + "Drama"], dislike=[G + "War"])
R(T, "Harrison Ford yes, Kevin Costner not so much", like=[P + "Harrison Ford"], dislike=[P + "Kevin Costner"])
R(T, "big fan of the 60s, the 90s I can do without", like=[D + "1960s"], dislike=[D + "1990s"])
R(T, "comedy sure, but nothing animated", like=[G + "Comedy"], dislike=[G + "Animation"])
R(T, "keen on thrillers, allergic to romance", like=[G + "Thriller"], dislike=[G + "Romance"])
R(T, "I adore Julia Roberts but can't stand Hugh Grant", like=[P + "Julia Roberts"], dislike=[P + "Hugh Grant"])
R(T, "adventure's great but fantasy loses me", like=[G + "Adventure"], dislike=[G + "Fantasy"])
R(T, "crime yes please, but skip anything before 1960", like=[G + "Crime"], year=(1960, None))
R(T, "Tom Cruise I like, Nicolas Cage I really don't", like=[P + "Tom Cruise"], dislike=[P + "Nicolas Cage"])
R(T, "Loved Jurassic Park, hated Twister", like_items=["Jurassic Park (1993)"], dislike_items=["Twister (1996)"])
R(T, "show me musicals, not westerns", like=[G + "Musical"], dislike=[G + "Western"])
R(T, "documentaries are fine, dramas are a bit much for me right now", like=[G + "Documentary"],
  dislike=[G + "Drama"])
R(T, "I'll happily watch Bruce Willis; Arnold, not so much", like=[P + "Bruce Willis"],
  dislike=[P + "Arnold Schwarzenegger"])
R(T, "horror is my jam, children's films are not", like=[G + "Horror"], dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------ question
T = "question"
R(T, "Do I like westerns? Does a cowboy wear boots?", like=[G + "Western"])
R(T, "Musicals? Not in a million years.", dislike=[G + "Musical"])
R(T, "would I watch a noir at midnight? you bet I would", like=[G + "Film-Noir"])
R(T, "Romance? Ehh, no thanks.", dislike=[G + "Romance"])
R(T, "What do I feel like? honestly, a proper war epic", like=[G + "War"])
R(T, "Animated movies? I'm 40 and yes, absolutely", like=[G + "Animation"])
R(T, "Am I into horror? only if I want nightmares for a week, so no", dislike=[G + "Horror"])
R(T, "you asked about Ron Howard. love the guy, go for it", like=[P + "Ron Howard"])
R(T, "Sci-fi? Is that even a question? Yes!", like=[G + "Sci-Fi"])
R(T, "anything with Sandra Bullock? sure, why not, she's great", like=[P + "Sandra Bullock"])
R(T, "Comedies? meh. Not tonight.", dislike=[G + "Comedy"])
R(T, "stuff from the 50s? can't get into it, sorry", dislike=[D + "1950s"])
R(T, "What about crime films, you ask? Keep them coming", like=[G + "Crime"])
R(T, "Do I want to see Pulp Fiction again? God no, once was plenty", dislike_items=["Pulp Fiction (1994)"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "nothing made before 1980, please", year=(1980, None))
R(T, "the 50s are my decade, hands down", like=[D + "1950s"])
R(T, "skip anything older than 1970", year=(1970, None))
R(T, "I'm stuck in the 30s and perfectly happy about it", like=[D + "1930s"])
R(T, "nothing after 1965 please, I like them old", year=(None, 1965))
R(T, "The 90s are where it's at", like=[D + "1990s"])
R(T, "Anything 40s, I'm a sucker for that era", like=[D + "1940s"])
R(T, "I'm not doing anything from the 70s, the haircuts alone", dislike=[D + "1970s"])
R(T, "the 1960s had the best films ever made", like=[D + "1960s"])
R(T, "I'd like to avoid the eighties entirely", dislike=[D + "1980s"])
R(T, "nothing newer than 1975 for me", year=(None, 1975))
R(T, "films from 1990 onwards only", year=(1990, None), ok=["+decade:1990s"])
R(T, "Twenties silent stuff does nothing for me", dislike=[D + "1920s"])
R(T, "anything between 1985 and 1995 is fair game, nothing outside that", year=(1985, 1995))

# -------------------------------------------------------------------------------------------------------- people
T = "people"
R(T, "Clint Eastwood could read the phone book and I'd watch it", like=[P + "Clint Eastwood"])
R(T, "I'm allergic to Pauly Shore", dislike=[P + "Pauly Shore"])
R(T, "Woody Allen's films don't do it for me anymore", dislike=[P + "Woody Allen"])
R(T, "anything the Coen brothers made, I'm there", like=[P + "Joel Coen"], ok=["+person:Ethan Coen"])
R(T, "John Wayne? the man's a legend", like=[P + "John Wayne"])
R(T, "spare me Sharon Stone please", dislike=[P + "Sharon Stone"])
R(T, "Robin Williams always cheers me up", like=[P + "Robin Williams"])
R(T, "Can't stomach Tim Burton's weirdness", dislike=[P + "Tim Burton"])
R(T, "Audrey Hepburn is my everything", like=[P + "Audrey Hepburn"])
R(T, "Mel Gibson is a no for me", dislike=[P + "Mel Gibson"])
R(T, "Morgan Freeman's voice could sell me any film", like=[P + "Morgan Freeman"])
R(T, "Oliver Stone films make my head hurt, pass", dislike=[P + "Oliver Stone"])
R(T, "Humphrey Bogart, always and forever", like=[P + "Humphrey Bogart"])
R(T, "I find Tom Cruise unbearable", dislike=[P + "Tom Cruise"])

# -------------------------------------------------------------------------------------------------------- titles
T = "titles"
R(T, "Groundhog Day is one I could rewatch on a loop, which feels fitting", like_items=["Groundhog Day (1993)"])
R(T, "Waterworld was a damp squib", dislike_items=["Waterworld (1995)"])
R(T, "more like Heat please, that bank shootout!", like_items=["Heat (1995)"])
R(T, "don't ever show me Showgirls", dislike_items=["Showgirls (1995)"])
R(T, "Blade Runner changed my life", like_items=["Blade Runner (1982)"])
R(T, "The English Patient bored me rigid, three hours of sand", dislike_items=["The English Patient (1996)"])
R(T, "Something in the spirit of The Princess Bride would be just the ticket", like_items=["The Princess Bride (1987)"])
R(T, "I'd happily never see Batman & Robin again", dislike_items=["Batman & Robin (1997)"])
R(T, "Singin' in the Rain is pure joy", like_items=["Singin' in the Rain (1952)"])
R(T, "The Shining scared me silly, in a good way, more of that", like_items=["The Shining (1980)"])
R(T, "Independence Day was loud nonsense", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "anything along the lines of Chinatown?", like_items=["Chinatown (1974)"])
R(T, "Kazaam was a crime, keep it far away", dislike_items=["Kazaam (1996)"])
R(T, "The Wrong Trousers is genius", like_items=["The Wrong Trousers (1993)"])

# ------------------------------------------------------------------------------------------------------ rambling
T = "rambling"
R(T, "So my partner and I have this running argument, right, she's all about the big weepy love stories and I "
     "just... can't. Last time she put one on I was asleep in twenty minutes. Tonight it's my pick though, and "
     "I'm thinking something with a proper heist in it, guns and getaway cars, that sort of thing",
  like=[G + "Crime"], dislike=[G + "Romance"], ok=["+genre:Action", "+genre:Thriller"])
R(T, "ok long story but my grandad used to sit me down with these old cowboy films every sunday, and now that "
     "he's gone I kind of want to get that feeling back, John Wayne and all that, if you've got anything",
  like=[G + "Western", P + "John Wayne"])
R(T, "I work nights at a hospital so when I get home the last thing I want is blood or doctors or people dying, "
     "you know? something light, cartoons even, I don't care if it's meant for kids",
  like=[G + "Animation"], ok=["+genre:Children's", "+genre:Comedy", "-genre:Horror", "-genre:Drama"])
R(T, "Been on a bit of a journey with films this year. Started on the big blockbusters, got bored, went "
     "through an art house phase, and honestly where I've landed is documentaries. Real people, real stories. "
     "That's what I want now.", like=[G + "Documentary"])
R(T, "My sister keeps telling me I'd love musicals if I just gave them a chance, and I did, I sat through The "
     "Sound of Music at Christmas, all three hours of it, and I can now confirm that I do not love musicals",
  dislike=[G + "Musical"], dislike_items=["The Sound of Music (1965)"])
R(T, "The thing is I used to be a massive horror fan as a teenager, all the slashers, but then I had kids and "
     "now I genuinely can't handle it, I'll be up all night checking the locks. So yeah, no horror. maybe a "
     "mystery instead, something I can puzzle over", dislike=[G + "Horror"], like=[G + "Mystery"])
R(T, "i just finished a 12 hour shift and my brain is mush. i dont want to think. something with explosions, "
     "car chases, Bruce Willis shouting at people, that's the level im at", like=[G + "Action", P + "Bruce Willis"])
R(T, "we're having a film night at uni and last time someone picked a 1940s thing and half the room walked out "
     "lol. so this time nothing that old, ideally something from the 90s everyone's heard of",
  like=[D + "1990s"], dislike=[D + "1940s"], ok=["-decade:1920s", "-decade:1930s", "-decade:1950s"])
R(T, "Not to overshare but I just went through a breakup and every film I put on has some couple kissing in "
     "the rain. I'm done with that. Give me a war film, give me submarines, give me anything where nobody is "
     "falling in love", like=[G + "War"], dislike=[G + "Romance"])
R(T, "my dad is staying with us and he only watches stuff with Sean Connery in it, which honestly, fair enough, "
     "I've always liked him too. so Connery please, bonus points if it's a spy one", like=[P + "Sean Connery"],
  ok=["+genre:Thriller", "+genre:Action"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I like comedies that have a bit of heart under the jokes", like=[G + "Comedy"])
R(T, "no horror films tonight please, I'm home alone", dislike=[G + "Horror"])
R(T, "I really love science fiction films about time travel", like=[G + "Sci-Fi"])
R(T, "I don't much like westerns, never have", dislike=[G + "Western"])
R(T, "can you show me a few good thrillers", like=[G + "Thriller"])
R(T, "I don't want anything animated this evening", dislike=[G + "Animation"])
R(T, "I enjoy documentaries about the ocean and the creatures in it", like=[G + "Documentary"])
R(T, "I do not enjoy war movies at all", dislike=[G + "War"])
R(T, "recommend me a sweet romance for a rainy day", like=[G + "Romance"])
R(T, "I'm not into fantasy or anything with dragons", dislike=[G + "Fantasy"])
R(T, "I like films by Martin Scorsese", like=[P + "Martin Scorsese"])
R(T, "please, no Tom Hanks films this time", dislike=[P + "Tom Hanks"])
R(T, "I want a fun adventure movie for the whole family", like=[G + "Adventure"], ok=["+genre:Children's"])
R(T, "I really hate musicals, sorry", dislike=[G + "Musical"])
R(T, "I'd like a mystery, something clever", like=[G + "Mystery"])
R(T, "I don't want anything from the 1980s", dislike=[D + "1980s"])
R(T, "I like movies with Michelle Pfeiffer", like=[P + "Michelle Pfeiffer"])
R(T, "I'm in the mood for a serious drama", like=[G + "Drama"])
R(T, "I don't like crime films, they're too violent for me", dislike=[G + "Crime"])
R(T, "I like films from the 1970s", like=[D + "1970s"])
R(T, "no children's movies please, it's an adults only night", dislike=[G + "Children's"])
R(T, "I enjoy action films but not horror", like=[G + "Action"], dislike=[G + "Horror"])
R(T, "I liked Aladdin a lot", like_items=["Aladdin (1992)"])


if __name__ == "__main__":
    main()
