"""Writes evals/data/stance_train_w3.jsonl: hand-written TRAINING sentences for the stance model (see README.md
here, "Training batch w3 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:04-11:15 UTC) by W3, one of five writers of training sentences, in one voice:
people whose first language is not English (learners' simple or slightly wrong grammar, idioms translated word
for word from German, Spanish, French, Italian, Portuguese, Russian, Hindi, Chinese) and very terse users who type
fragments and commands ("no horror pls. comedy ok", "westerns??? no"). The writer read only
evals/data/fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first twenty complaint
records, and write_utterances_fresh6.py's docstring and the code around its records (a grep for its line numbers
also showed its first two record lines); the catalogue vocabulary and film labels were looked up with
load_catalog(). The writer did not open any utterances*.jsonl, the record lines of the other fresh or stance
training writers, evals/data/stance_dev.py, the stance readers or the judge (tools/stance*.py, tools/polarity.py,
tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py),
evals/notes, evals/results or evals/bench, and ran no reader, agent, benchmark or test on these sentences. Every
gold label is what a careful reader takes the sentence to mean for this user now: like= what they want, dislike=
what they refuse, nothing for a value named without a side (someone else's taste, a question, "it is sausage to
me"); ok= marks a reading that is also not wrong.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any value, person or year bound the catalogue lacks and on a sentence already
in another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w3
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w3.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "trainw3-2026-12-05"

TOPICS = {
    "fragment": "terse fragments and commands: a genre, decade or name with yes / no / pls / ??? / arrows",
    "learner_plain": "plain likes and refusals in learner English (missing articles, wrong tense, 'I am liking')",
    "translated": "idioms translated word for word from another language (German, Spanish, French, Hindi, ...)",
    "vice_praise": "enthusiasm in negative-looking words: addiction, poison, sickness, a problem",
    "fatigue": "satiety and fatigue: had enough, full of, overdose, cannot see it anymore",
    "litotes": "understatement, litotes and double negation (most resolve to a mild yes, some to a no)",
    "only_but": "nothing but X / anything except X / X or nothing / everything beside X",
    "comparison": "comparisons where one side is preferred: better X than Y, X more than Y",
    "polite": "polite requests and refusals: thank you but, kindly, sorry, with respect",
    "slang": "dismissive slang, rhetorical questions and sarcasm whose meaning is clear",
    "neutral_other": "a value named without a side (someone else's taste, a question, indifference, a past "
                     "taste) beside one the user does take a side on",
    "era": "decades and year bounds",
    "people_titles": "actors, directors and catalogue films liked or refused",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic
ANIM_OK = ["-genre:Children's"]  # "cartoons" refused: the kids' genre may be read as refused too


# ------------------------------------------------------------------------------------------------------ fragment
T = "fragment"
R(T, "no horror pls. comedy ok", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "comedy yes pls", like=[G + "Comedy"])
R(T, "action but not 80s", like=[G + "Action"], dislike=[D + "1980s"])
R(T, "westerns??? no", dislike=[G + "Western"])
R(T, "thriller. now.", like=[G + "Thriller"])
R(T, "sci fi, 70s, go", like=[G + "Sci-Fi", D + "1970s"])
R(T, "musical yes. always.", like=[G + "Musical"])
R(T, "docu pls", like=[G + "Documentary"])
R(T, "war film tonite", like=[G + "War"])
R(T, "anything w/ dragons and wizards", like=[G + "Fantasy"], ok=["+genre:Adventure"])
R(T, "noir, black & white, 40s", like=[G + "Film-Noir", D + "1940s"])
R(T, "kids film, my daughter is 6", like=[G + "Children's"], ok=["+genre:Animation"])
R(T, "cartoons - no", dislike=[G + "Animation"], ok=ANIM_OK)
R(T, "mystery+crime", like=[G + "Mystery", G + "Crime"])
R(T, "romance -> skip", dislike=[G + "Romance"])
R(T, "ADVENTURE!!", like=[G + "Adventure"])
R(T, "drama no, too heavy today", dislike=[G + "Drama"])
R(T, "horror from the 90s", like=[G + "Horror", D + "1990s"])
R(T, "pls thriller or mystery, not horror", like=[G + "Thriller", G + "Mystery"], dislike=[G + "Horror"])
R(T, "something scary", like=[G + "Horror"], ok=["+genre:Thriller"])
R(T, "something romantic", like=[G + "Romance"])
R(T, "crime, 70s, american", like=[G + "Crime", D + "1970s"])
R(T, "no kids stuff", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(T, "family film for children, sunday, pls", like=[G + "Children's"])
R(T, "cartoons for big people like me -- yes yes", like=[G + "Animation"])
R(T, "documentary? nah", dislike=[G + "Documentary"])
R(T, "old noir - no", dislike=[G + "Film-Noir"])
R(T, "action action action", like=[G + "Action"])
R(T, "zero crime, zero gangsters", dislike=[G + "Crime"])
R(T, "war, western, whatever with guns", like=[G + "War", G + "Western"], ok=["+genre:Action"])
R(T, "adventure not", dislike=[G + "Adventure"])
R(T, "no 50s", dislike=[D + "1950s"])
R(T, "60s pls", like=[D + "1960s"])
R(T, "hitchcock pls", like=[P + "Alfred Hitchcock"])
R(T, "no stallone", dislike=[P + "Sylvester Stallone"])
R(T, "jackie chan!!!", like=[P + "Jackie Chan"])
R(T, "comedy, but no jim carrey", like=[G + "Comedy"], dislike=[P + "Jim Carrey"])
R(T, "thriller no / comedy no / so... documentary", like=[G + "Documentary"],
  dislike=[G + "Thriller", G + "Comedy"])
R(T, "fantasy. elves. etc", like=[G + "Fantasy"])
R(T, "musicals x", dislike=[G + "Musical"])
R(T, "sci-fi: no thx", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------- learner_plain
T = "learner_plain"
R(T, "I don't like the horror films, they make me bad dreams", dislike=[G + "Horror"])
R(T, "Please I want see a drama film tonight", like=[G + "Drama"])
R(T, "I am liking very much the war films", like=[G + "War"])
R(T, "For me the musicals are not good, too many singing", dislike=[G + "Musical"])
R(T, "I search a western film, old one, not the modern 90s style", like=[G + "Western"],
  dislike=[D + "1990s"])
R(T, "Me no like cartoon film, I am adult", dislike=[G + "Animation"], ok=ANIM_OK)
R(T, "I prefer crime films, like detective and police", like=[G + "Crime"], ok=["+genre:Mystery"])
R(T, "Documentary films I like very much, I learn English with them", like=[G + "Documentary"])
R(T, "I don't want romance film please, I am alone this night", dislike=[G + "Romance"])
R(T, "Give me one fantasy film, with magic inside", like=[G + "Fantasy"])
R(T, "I not like so much the sci-fi", dislike=[G + "Sci-Fi"])
R(T, "Thriller films are my favourites ones", like=[G + "Thriller"])
R(T, "My favourite is the mystery films, when you must guess who is the killer", like=[G + "Mystery"])
R(T, "I do not watch the drama, is too sad for me", dislike=[G + "Drama"])
R(T, "Children film please, is for my nephew and me", like=[G + "Children's"])
R(T, "Film noir I love it, the black and white detective ones", like=[G + "Film-Noir"])
R(T, "No war film please, my grandfather was in the war and I don't like", dislike=[G + "War"])
R(T, "I want a action film with many explosion", like=[G + "Action"])
R(T, "Horror yes, I like to be scared", like=[G + "Horror"])
R(T, "I hate westerns, all the time horses and desert", dislike=[G + "Western"])
R(T, "Can you recommend me a comedy from the 80s years?", like=[G + "Comedy", D + "1980s"])
R(T, "The films from the 30s are too old for me, I don't want", dislike=[D + "1930s"])
R(T, "Is possible a musical? I like the singing and the dance", like=[G + "Musical"])
R(T, "Animation please, my son and me we watch together", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(T, "I don't like adventure films, always the same story", dislike=[G + "Adventure"])
R(T, "I like much the documentary about animals and nature", like=[G + "Documentary"])
R(T, "Me and my wife we like romantic films", like=[G + "Romance"])
R(T, "No mystery film, I am not enough clever for this", dislike=[G + "Mystery"])
R(T, "Sci-fi is my favourite genre since I am child, but fantasy I never liked", like=[G + "Sci-Fi"],
  dislike=[G + "Fantasy"])
R(T, "I am not interesting in fantasy, it is for the childrens", dislike=[G + "Fantasy"])
R(T, "The noir films I don't understand, too dark", dislike=[G + "Film-Noir"])
R(T, "Thriller please not, I have the heart problem", dislike=[G + "Thriller"])
R(T, "Kids film is good, I watch with my little girl", like=[G + "Children's"])
R(T, "Give me drama, a good one with good actors", like=[G + "Drama"])
R(T, "I am not like the action films, too much fighting", dislike=[G + "Action"])
R(T, "comedy I don't like, I don't understand the jokes in English", dislike=[G + "Comedy"])
R(T, "I like western and I like the 60s", like=[G + "Western", D + "1960s"])

# ---------------------------------------------------------------------------------------------------- translated
T = "translated"
R(T, "Horror is not my cup of chai, yaar", dislike=[G + "Horror"])
R(T, "I stand on westerns, really, give me more", like=[G + "Western"])
R(T, "I have horror of the musicals", dislike=[G + "Musical"])
R(T, "Jim Carrey falls fat on me, sorry", dislike=[P + "Jim Carrey"])
R(T, "The documentaries are my beach", like=[G + "Documentary"])
R(T, "I have the nose full of war films", dislike=[G + "War"])
R(T, "Action films make me crazy, in the good way", like=[G + "Action"])
R(T, "That is not my beer, the science fiction", dislike=[G + "Sci-Fi"])
R(T, "I have buck on a good thriller tonight", like=[G + "Thriller"])
R(T, "Fantasy is not saint of my devotion", dislike=[G + "Fantasy"])
R(T, "I die for a good mystery film", like=[G + "Mystery"])
R(T, "I am until the noses with the romance films", dislike=[G + "Romance"])
R(T, "The comedies, they make me break my belly from laughing, I want one", like=[G + "Comedy"])
R(T, "These stupid comedies make yogurt of my brain", dislike=[G + "Comedy"])
R(T, "Kids films, this hits me not from the stool", dislike=[G + "Children's"])
R(T, "I watched so many westerns that my eyes are greasy", dislike=[G + "Western"])
R(T, "Crime films are my weak point", like=[G + "Crime"])
R(T, "For a good war film I would sell my soul", like=[G + "War"])
R(T, "Adventure films, I am crazy of them", like=[G + "Adventure"])
R(T, "Animation is not my dish", dislike=[G + "Animation"], ok=ANIM_OK)
R(T, "Mysteries stuff me like a goose, too much thinking", dislike=[G + "Mystery"])
R(T, "Musicals I love from the bottom of the heart", like=[G + "Musical"])
R(T, "Horror films give me the goose skin, and I love this", like=[G + "Horror"])
R(T, "With sci-fi you can hunt me away", dislike=[G + "Sci-Fi"])
R(T, "War films... how we say in Russia, not my cinema", dislike=[G + "War"])
R(T, "My little sister and me, we are mad behind fantasy films", like=[G + "Fantasy"])
R(T, "Comedies from the 90s are the top of the top", like=[G + "Comedy", D + "1990s"])
R(T, "I am not hot for crime films tonight", dislike=[G + "Crime"])
R(T, "Film-Noir is the hammer!", like=[G + "Film-Noir"])

# --------------------------------------------------------------------------------------------------- vice_praise
T = "vice_praise"
R(T, "I am a addict of the thrillers, is a sickness", like=[G + "Thriller"])
R(T, "Westerns are my poison, I drink every day", like=[G + "Western"])
R(T, "This mystery films are a disease for me, I cannot stop", like=[G + "Mystery"])
R(T, "Horror is terrible habit of me, I watch every night", like=[G + "Horror"])
R(T, "Sci-fi ruined my life, I cannot watch other thing now", like=[G + "Sci-Fi"])
R(T, "Damn documentaries, they steal all my sleep. one more", like=[G + "Documentary"])
R(T, "Musicals are my guilty... how you say, my shame pleasure", like=[G + "Musical"])
R(T, "Crime films are dangerous for me, once I begin I watch five", like=[G + "Crime"])
R(T, "I am hopeless case with the war films", like=[G + "War"])
R(T, "the 80s action is my drug", like=[G + "Action", D + "1980s"])
R(T, "Kurosawa is a big problem for me, I watched all his films two times", like=[P + "Akira Kurosawa"])
R(T, "Ugh this noir films, I hate how good they are", like=[G + "Film-Noir"])
R(T, "Romance films are killing me, every time I cry, give me more", like=[G + "Romance"])
R(T, "adventure films very bad for my work, I sleep 3 hours", like=[G + "Adventure"])
R(T, "animation!! I am ill with it", like=[G + "Animation"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I have eaten enough of thrillers this month", dislike=[G + "Thriller"])
R(T, "Enough westerns, my head is full of horses", dislike=[G + "Western"])
R(T, "I am full with comedies, I laughed all the week", dislike=[G + "Comedy"])
R(T, "Last month only war films, now my soul is tired of them", dislike=[G + "War"])
R(T, "No more sci-fi please, I saw every space film already", dislike=[G + "Sci-Fi"])
R(T, "The romance is finish for me, I watched too much", dislike=[G + "Romance"])
R(T, "I cannot see the musicals anymore", dislike=[G + "Musical"])
R(T, "Thrillers, too much of them lately, my nerves are finish", dislike=[G + "Thriller"])
R(T, "After ten action films I need pause from action", dislike=[G + "Action"])
R(T, "Crime crime crime, I am sick from it", dislike=[G + "Crime"])
R(T, "Drama, I had my portion for this year", dislike=[G + "Drama"])
R(T, "my kids watched the cartoons all weekend, I am finished with cartoons", dislike=[G + "Animation"],
  ok=ANIM_OK)
R(T, "the mysteries, I have overdose", dislike=[G + "Mystery"])
R(T, "Fantasy films, I am saturated", dislike=[G + "Fantasy"])
R(T, "documentaries enough for now, it is like school", dislike=[G + "Documentary"])
R(T, "80s films I had my fill, other decade please", dislike=[D + "1980s"])

# ------------------------------------------------------------------------------------------------------- litotes
T = "litotes"
R(T, "I would not say no to a good western", like=[G + "Western"])
R(T, "A drama is not bad idea for tonight", like=[G + "Drama"])
R(T, "Is not that I don't like thrillers, I like them very much", like=[G + "Thriller"])
R(T, "I am not against a musical", like=[G + "Musical"])
R(T, "I don't never say no to a war film", like=[G + "War"])
R(T, "Not exactly my favourite, the romance", dislike=[G + "Romance"])
R(T, "I can't say I don't like sci-fi", like=[G + "Sci-Fi"])
R(T, "Crime films don't leave me cold", like=[G + "Crime"])
R(T, "Documentary is not really my thing", dislike=[G + "Documentary"])
R(T, "I will not be sad if there is no comedy in the list", dislike=[G + "Comedy"])
R(T, "Mystery? not nothing for me... I mean, yes I like", like=[G + "Mystery"])
R(T, "I am not hating the adventure films, in fact I love", like=[G + "Adventure"])
R(T, "no one can say I don't like fantasy", like=[G + "Fantasy"])
R(T, "Not a big fan of the 50s films", dislike=[D + "1950s"])
R(T, "Film-noir is not unpleasant for me", like=[G + "Film-Noir"])
R(T, "Children films? Not for me, not really", dislike=[G + "Children's"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "Nothing but westerns for me tonight", like=[G + "Western"])
R(T, "Anything except thriller, anything", dislike=[G + "Thriller"])
R(T, "Only comedy, nothing else", like=[G + "Comedy"])
R(T, "All genres ok, only not musical", dislike=[G + "Musical"])
R(T, "Give me whatever, just not the war", dislike=[G + "War"])
R(T, "I watch only documentary, other films are lie", like=[G + "Documentary"])
R(T, "Any film without romance", dislike=[G + "Romance"])
R(T, "sci-fi or nothing!", like=[G + "Sci-Fi"])
R(T, "Every genre is good for me except the documentary", dislike=[G + "Documentary"])
R(T, "Just horror, only horror, I am simple man", like=[G + "Horror"])
R(T, "Everything is fine beside comedy", dislike=[G + "Comedy"])
R(T, "Mystery and only mystery", like=[G + "Mystery"])
R(T, "Anything from the 40s, but not the noir", like=[D + "1940s"], dislike=[G + "Film-Noir"])
R(T, "I eat everything, except Stallone", dislike=[P + "Sylvester Stallone"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "Better a comedy than a drama tonight", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "I prefer thousand times westerns over sci-fi", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R(T, "Documentaries are more good than the action films", like=[G + "Documentary"], dislike=[G + "Action"])
R(T, "Mystery? I take horror rather", like=[G + "Horror"], dislike=[G + "Mystery"])
R(T, "Romance is more better for me than thriller", like=[G + "Romance"], dislike=[G + "Thriller"])
R(T, "War films beat the musicals, no contest", like=[G + "War"], dislike=[G + "Musical"])
R(T, "Old films from 50s are more beautiful than new ones from 90s", like=[D + "1950s"], dislike=[D + "1990s"])
R(T, "Between fantasy and adventure I choose adventure", like=[G + "Adventure"], ok=["-genre:Fantasy"])
R(T, "Crime is 100 times better than this children stuff", like=[G + "Crime"], dislike=[G + "Children's"])
R(T, "Hitchcock over Spielberg, always", like=[P + "Alfred Hitchcock"], dislike=[P + "Steven Spielberg"])
R(T, "Action is ok but sci-fi is much more my style", like=[G + "Sci-Fi"], ok=["+genre:Action"])
R(T, "Musicals are nicer than the war films, less blood", like=[G + "Musical"], dislike=[G + "War"])
R(T, "cartoon > romance, sorry not sorry", like=[G + "Animation"], dislike=[G + "Romance"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "Thank you, but crime films are not for me", dislike=[G + "Crime"])
R(T, "Sorry, maybe not a war film, it is too heavy for me", dislike=[G + "War"])
R(T, "Kindly avoid the crime films, I am requesting", dislike=[G + "Crime"])
R(T, "With respect, I will pass on the westerns", dislike=[G + "Western"])
R(T, "It is very kind but I don't watch cartoons", dislike=[G + "Animation"], ok=ANIM_OK)
R(T, "Excuse me, could you please show me musicals", like=[G + "Musical"])
R(T, "Thank you so much, but sci-fi I must decline", dislike=[G + "Sci-Fi"])
R(T, "Please, if possible, no sad dramas", dislike=[G + "Drama"])
R(T, "I am sorry to say, documentaries make me sleep", dislike=[G + "Documentary"])
R(T, "Very kind suggestions, but thrillers I will leave", dislike=[G + "Thriller"])
R(T, "If it's not too much trouble, a good drama please", like=[G + "Drama"])
R(T, "Kindly suggest some good romantic films, thanks in advance", like=[G + "Romance"])
R(T, "I would be grateful for a fantasy film", like=[G + "Fantasy"])
R(T, "Maybe I leave the action films for another day", dislike=[G + "Action"])

# --------------------------------------------------------------------------------------------------------- slang
T = "slang"
R(T, "romance?? lol no", dislike=[G + "Romance"])
R(T, "westerns. yawn.", dislike=[G + "Western"])
R(T, "horror = nope nope nope", dislike=[G + "Horror"])
R(T, "who watch musicals in 2026 seriously", dislike=[G + "Musical"])
R(T, "Oh yes, another war film, exactly what I need... NOT", dislike=[G + "War"])
R(T, "drama? hell yes, give me tears", like=[G + "Drama"])
R(T, "documentaries, boring boring", dislike=[G + "Documentary"])
R(T, "sci fi is king", like=[G + "Sci-Fi"])
R(T, "Why would I want a kids film, I am 40 years", dislike=[G + "Children's"])
R(T, "why not, mystery sounds great", like=[G + "Mystery"])
R(T, "horror?? obviously yes, what a question", like=[G + "Horror"])
R(T, "comedies meh", dislike=[G + "Comedy"])
R(T, "Fantasy, wow, elves again, how original", dislike=[G + "Fantasy"])
R(T, "action = pure gold", like=[G + "Action"])
R(T, "animation? am I five?", dislike=[G + "Animation"], ok=ANIM_OK)
R(T, "noir is soooo boring", dislike=[G + "Film-Noir"])
R(T, "Adventure? bleh", dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------- neutral_other
T = "neutral_other"
R(T, "My wife loves the musicals, but for me tonight a thriller please", like=[G + "Thriller"])
R(T, "My son is crazy for cartoons. Me, I want a good crime film", like=[G + "Crime"])
R(T, "What means film-noir? Anyway, only not comedy please", dislike=[G + "Comedy"])
R(T, "Westerns, is sausage to me, how Germans say. But no horror", dislike=[G + "Horror"])
R(T, "Romance makes me neither hot nor cold. Action, this one I don't want", dislike=[G + "Action"])
R(T, "Before I was big fan of horror, now I'm old, I want documentaries", like=[G + "Documentary"],
  ok=["-genre:Horror"])
R(T, "My girlfriend hates westerns, I don't know why. Me, I hate the sci-fi", dislike=[G + "Sci-Fi"])
R(T, "Do you have war films also? For now please something funny", like=[G + "Comedy"],
  ok=["+genre:War"])
R(T, "Drama or not drama, I don't mind. Only no musical", dislike=[G + "Musical"])
R(T, "My daughter watches only fantasy. Me, please no mystery, I fall asleep", dislike=[G + "Mystery"])
R(T, "Is the 1960s a good decade for films? Crime films I don't want, just to say", dislike=[G + "Crime"])
R(T, "My husband likes Schwarzenegger, I don't care. I want romance", like=[G + "Romance"])
R(T, "Thriller is on the drum to me, as Russians say. but war films I love", like=[G + "War"])
R(T, "my grandmother loves the old musicals, I am neutral. but adventure films, please no",
  dislike=[G + "Adventure"])
R(T, "I don't have opinion about animation. But documentary, no, thank you", dislike=[G + "Documentary"])
R(T, "Are there westerns from the 1990s in your list? I ask for my father. For me comedy", like=[G + "Comedy"])
R(T, "My friend says noir is boring. I never seen one. Show me a thriller", like=[G + "Thriller"])
R(T, "In India we watch much musicals, but the action films, those no", dislike=[G + "Action"],
  ok=["+genre:Musical"])
R(T, "Sci-fi, mystery, I have no preference. But please not the romance", dislike=[G + "Romance"],
  ok=["+genre:Sci-Fi", "+genre:Mystery"])
R(T, "My mother asks for a Julia Roberts film. And I, I want no drama", dislike=[G + "Drama"],
  ok=["+person:Julia Roberts"])
R(T, "When I was student I watched every Godard film. Now I like simple comedies", like=[G + "Comedy"],
  ok=["-person:Jean-Luc Godard"])
R(T, "Who is the director of Fargo? Also I search a crime film", like=[G + "Crime"])
R(T, "Crime or war, it gives me equal. But no horror please", dislike=[G + "Horror"],
  ok=["+genre:Crime", "+genre:War"])
R(T, "My boyfriend is fan of Jackie Chan. I prefer the 40s films", like=[D + "1940s"],
  ok=["-person:Jackie Chan"])
R(T, "Is Titanic a romance or a drama? Whatever, no war film for me", dislike=[G + "War"])
R(T, "Documentary, I cannot say, I never watched. For sure I like the mystery", like=[G + "Mystery"])
R(T, "my little brother want Animation, he is not here now, so a thriller for me", like=[G + "Thriller"])
R(T, "My English teacher said watch Hitchcock, but I like action more", like=[G + "Action"],
  ok=["-person:Alfred Hitchcock"])
R(T, "Years ago I loved Stallone. Today, Hugh Grant", like=[P + "Hugh Grant"],
  ok=["-person:Sylvester Stallone"])
R(T, "The 70s, 80s, I don't care the decade. Genre: anything but western", dislike=[G + "Western"])
R(T, "Musicals, my mother-in-law's favourite. I want something with fight, action", like=[G + "Action"])
R(T, "For fantasy films I have no feelings. But I am crazy for adventure", like=[G + "Adventure"])
R(T, "What is the difference between thriller and mystery? I want a scary one, horror", like=[G + "Horror"])
R(T, "My colleagues all love Tarantino, I never seen him. Today not action, please", dislike=[G + "Action"])
R(T, "Animation is my kids' decision. I myself refuse sci-fi", dislike=[G + "Sci-Fi"])
R(T, "I don't know the noir style, maybe later. Just no kids films", dislike=[G + "Children's"],
  ok=["-genre:Animation"])
R(T, "Drama ok, no drama also ok. But the 80s, no", dislike=[D + "1980s"])
R(T, "my husband's favourite is Clint Eastwood. For me, romance please", like=[G + "Romance"])
R(T, "Children's films are for my sister to choose. I don't like the horror", dislike=[G + "Horror"])

# ----------------------------------------------------------------------------------------------------------- era
T = "era"
R(T, "Nothing older than 1970 pls", year=(1970, None))
R(T, "I like the films of 1950s, the elegance", like=[D + "1950s"])
R(T, "the 20s films, the silent ones, no thanks", dislike=[D + "1920s"])
R(T, "only films from 1980 and after, in the old ones the picture is bad", year=(1980, None))
R(T, "90s forever", like=[D + "1990s"])
R(T, "30s and 40s, golden time of cinema", like=[D + "1930s", D + "1940s"])
R(T, "60s no, 70s yes", like=[D + "1970s"], dislike=[D + "1960s"])
R(T, "I want films from 1960 or older, the new films are too fast for me", year=(None, 1960))
R(T, "no film older than me, I am born 1975", year=(1975, None))
R(T, "80s movies have the best music", like=[D + "1980s"])
R(T, "Sorry, 1990s films I find them too loud", dislike=[D + "1990s"])
R(T, "The 40s?? too old man", dislike=[D + "1940s"])
R(T, "70s films have ugly colours, brown brown brown, no", dislike=[D + "1970s"])
R(T, "silent films of the 20s, I love this time of Chaplin", like=[D + "1920s"], ok=["+person:Charles Chaplin"])
R(T, "the films after 1985 are too noisy, I stop at 1985", year=(None, 1985))

# ------------------------------------------------------------------------------------------------- people_titles
T = "people_titles"
R(T, "Something like Casablanca, I cry every time but I love", like_items=["Casablanca (1942)"])
R(T, "Not Titanic again please, my girlfriend showed it me 5 times", dislike_items=["Titanic (1997)"])
R(T, "Tom Hanks is always good choice, Kevin Costner never", like=[P + "Tom Hanks"],
  dislike=[P + "Kevin Costner"])
R(T, "Van Damme no, please, his films are all the same", dislike=[P + "Jean-Claude Van Damme"])
R(T, "I adore Gérard Depardieu, he is like uncle", like=[P + "Gérard Depardieu"])
R(T, "Meg Ryan, pfff", dislike=[P + "Meg Ryan"])
R(T, "A film like Farewell My Concubine, from my country", like_items=["Farewell My Concubine (1993)"])
R(T, "Satyajit Ray films please, like Pather Panchali", like=[P + "Satyajit Ray"],
  like_items=["Pather Panchali (1955)"])
R(T, "Schwarzenegger is the best, Terminator 2 I watched 20 times", like=[P + "Arnold Schwarzenegger"],
  like_items=["Terminator 2: Judgment Day (1991)"])
R(T, "Woody Allen talks too much, I don't like", dislike=[P + "Woody Allen"])
R(T, "No Steven Seagal please, he has one face only", dislike=[P + "Steven Seagal"])
R(T, "Rumble in the Bronx is my favourite film ever", like_items=["Rumble in the Bronx (1995)"])
R(T, "Independence Day, very stupid film, nothing like this", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Something with Audrey Hepburn, she is so elegant", like=[P + "Audrey Hepburn"])
R(T, "Tarantino too much blood for me", dislike=[P + "Quentin Tarantino"])
R(T, "Sergio Leone westerns, the music!!", like=[P + "Sergio Leone"], ok=["+genre:Western"])
R(T, "Il Postino, like that, soft italian film", like_items=["Il Postino (1994)"])


if __name__ == "__main__":
    main()
