"""Writes evals/data/stance_train_w8.jsonl: the w8 TRAINING batch for the stance model (see README.md here,
"Training batch w8 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:57-12:05 UTC) by W8, one of five further writers of stance training sentences,
in the voice of negotiators and hedgers: questions, requests and conditions ("any chance of a western?", "how about
no horror", "only if it isn't a musical"), indirect requests, tentative likes, soft refusals and people changing
their mind mid-message. The writer read only fresh_batch.py, write_utterances.py's R(), its G / D / P constants and
its first ~20 complaint records, the first 50 lines and last 5 lines of write_utterances_fresh8.py (its layout, not
its records) and the catalogue vocabulary (genres, decades, people, titles). The writer did not open any
utterances*.jsonl or stance_train*.jsonl file, the record lines of the other writers' scripts, stance_dev.py, the
stance readers (tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), the judge, evals/notes, evals/results or evals/bench, and ran no
reader, agent, test or benchmark on these sentences. Every gold label is what a careful reader takes the sentence to
mean for this user now: a value someone else likes, a value asked about or one the user is neutral on is not
labelled. Two sentences were reworded because the writer's own check named them as already in an earlier file;
the other short plain sentences were then lengthened before the next run, unseen, to avoid such clashes. Nineteen
liked-only records were dropped and fourteen records (mostly refusals, at the end of the list) added to even out
liked and refused values.

Each record carries a topic (the kind of wording it holds, TOPICS below; kept here, not in the jsonl). Records are
written with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary
checks); fresh_batch.check() also fails on a value, person or year bound the catalogue lacks and on a sentence
already in another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w8
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w8.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "trainw8-2026-12-05"

TOPICS = {
    "ask": "requests phrased as questions ('any chance of a western?', 'would it kill you to show a comedy?')",
    "tentative": "tentative likes ('I wouldn't say no to', 'I could be talked into', 'maybe a bit of')",
    "soft_no": "soft and polite refusals ('how about no horror', 'maybe something that isn't a musical?')",
    "condition": "conditions and provisos ('only if it's not', 'as long as', 'fine unless')",
    "mind_change": "changing one's mind mid-message (the final word counts)",
    "trade": "bargains and comparisons: X instead of Y, I'd take X over Y",
    "litotes": "understatement, litotes and double negation",
    "fatigue": "satiety and fatigue refusals, and vice-as-praise likes",
    "sarcasm": "rhetorical questions and sarcasm whose meaning is clear",
    "neutral": "a value someone else likes, a question or a neutral value beside one the user takes a side on",
    "era_people": "decades, year bounds, directors / actors and catalogue films, hedged",
    "plain": "plain likes and refusals, incl. plain negation",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of

R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------------------ ask
R("ask", "would it kill you to show me a comedy for once?", like=[G + "Comedy"])
R("ask", "any chance of a western tonight?", like=[G + "Western"])
R("ask", "Is there any way we could get a decent mystery in here", like=[G + "Mystery"])
R("ask", "could you maybe throw a documentary or two into the mix?", like=[G + "Documentary"])
R("ask", "hey, any film noir lurking in that catalogue of yours? I'd love one", like=[G + "Film-Noir"])
R("ask", "Can I get something animated? Pretty please", like=[G + "Animation"])
R("ask", "is a musical too much to ask for on a sunday afternoon?", like=[G + "Musical"])
R("ask", "what would it take to get some proper sci-fi out of you", like=[G + "Sci-Fi"])
R("ask", "do you have anything with a bit of adventure in it? that's what I'm after", like=[G + "Adventure"])
R("ask", "could we possibly steer towards romance tonight... it's our anniversary", like=[G + "Romance"])
R("ask", "wouldn't hurt to see a crime flick in there, would it?", like=[G + "Crime"])
R("ask", "so... horror? is that on the table? because I'd really like it to be", like=[G + "Horror"])
R("ask", "Is it possible to get an action movie that isn't a sequel", like=[G + "Action"])
R("ask", "might you have something for the kids? they're bouncing off the walls", like=[G + "Children's"])
R("ask", "Any drama in stock? The good, heavy kind.", like=[G + "Drama"])
R("ask", "how about a nice old noir, just this once?", like=[G + "Film-Noir"])
R("ask", "can we do something with Clint Eastwood? pretty please", like=[P + "Clint Eastwood"])
R("ask", "any chance you'd have stuff from the 70s? that's my era", like=[D + "1970s"])
R("ask", "how about something like Fargo, could you manage that?", like_items=["Fargo (1996)"])
R("ask", "would you consider, just maybe, a comedy with Robin Williams", like=[G + "Comedy", P + "Robin Williams"])
R("ask", "I'm begging you, one documentary. just one.", like=[G + "Documentary"])
R("ask", "is a fantasy epic out of the question? because I'm in the mood for one", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------ tentative
R("tentative", "I wouldn't say no to a good thriller", like=[G + "Thriller"])
R("tentative", "a western could be nice, I guess", like=[G + "Western"])
R("tentative", "I could probably be talked into a musical", like=[G + "Musical"])
R("tentative", "maybe something a bit romantic? if that's ok", like=[G + "Romance"])
R("tentative", "I think I'm sort of in a sci-fi mood, maybe", like=[G + "Sci-Fi"])
R("tentative", "kinda leaning toward horror tonight tbh", like=[G + "Horror"])
R("tentative", "I suppose a documentary wouldn't be the worst thing", like=[G + "Documentary"])
R("tentative", "perhaps a crime film? I'm warming to the idea", like=[G + "Crime"])
R("tentative", "I've been sort of curious about film noir lately, maybe show me one", like=[G + "Film-Noir"])
R("tentative", "not sure, but an adventure might hit the spot", like=[G + "Adventure"])
R("tentative", "if you twisted my arm I'd watch a war film. twist away", like=[G + "War"])
R("tentative", "I'd be open to a fantasy, I think", like=[G + "Fantasy"])
R("tentative", "hmm I'd probably enjoy a comedy more than anything right now", like=[G + "Comedy"])
R("tentative", "I might be in the mood for some action, don't quote me", like=[G + "Action"])
R("tentative", "I'm halfway tempted by a kids' movie, honestly", like=[G + "Children's"])
R("tentative", "I'd happily settle for something from the 80s", like=[D + "1980s"])
R("tentative", "I reckon I'd like a Spielberg, if you've got one", like=[P + "Steven Spielberg"])
R("tentative", "something with Meg Ryan wouldn't go amiss", like=[P + "Meg Ryan"])
R("tentative", "thrillers are growing on me, so maybe one of those", like=[G + "Thriller"])
R("tentative", "possibly a horror? I've never been brave but I'm feeling it", like=[G + "Horror"])

# -------------------------------------------------------------------------------------------------------- soft_no
R("soft_no", "how about no horror this time", dislike=[G + "Horror"])
R("soft_no", "maybe something that isn't a musical?", dislike=[G + "Musical"])
R("soft_no", "I'd rather we skipped the westerns, if it's all the same to you", dislike=[G + "Western"])
R("soft_no", "could we leave out the war films? they get me down", dislike=[G + "War"])
R("soft_no", "if possible, no romance please", dislike=[G + "Romance"])
R("soft_no", "I'll pass on the sci-fi, thanks though", dislike=[G + "Sci-Fi"])
R("soft_no", "perhaps not a documentary tonight, I want to switch off", dislike=[G + "Documentary"])
R("soft_no", "I'm not sure I'm up for a drama, honestly", dislike=[G + "Drama"])
R("soft_no", "would you mind keeping the cartoons away from me", dislike=[G + "Animation"])
R("soft_no", "let's maybe not do thrillers, my nerves are shot", dislike=[G + "Thriller"])
R("soft_no", "Sorry, fantasy just isn't for me", dislike=[G + "Fantasy"])
R("soft_no", "it's a no from me on the kids' films, sorry", dislike=[G + "Children's"])
R("soft_no", "I'd prefer to avoid crime stuff if we can", dislike=[G + "Crime"])
R("soft_no", "not a huge action person, so maybe hold those back", dislike=[G + "Action"])
R("soft_no", "no offence to noir fans but I'll sit that one out", dislike=[G + "Film-Noir"])
R("soft_no", "I'd gently suggest we don't go near comedies tonight", dislike=[G + "Comedy"])
R("soft_no", "adventure's not really my cup of tea, if I'm honest", dislike=[G + "Adventure"])
R("soft_no", "could you hold off on the mysteries for a bit", dislike=[G + "Mystery"])
R("soft_no", "I think I'll give horror a miss, ta", dislike=[G + "Horror"])
R("soft_no", "might be best to steer clear of musicals with me", dislike=[G + "Musical"])
R("soft_no", "um, maybe fewer westerns? like zero?", dislike=[G + "Western"])
R("soft_no", "I'm going to have to politely decline the romcoms", dislike=[G + "Romance", G + "Comedy"])
R("soft_no", "I'm not really feeling sci-fi, could we try something else", dislike=[G + "Sci-Fi"])
R("soft_no", "would it be awful if we didn't do animation", dislike=[G + "Animation"])
R("soft_no", "rather not watch anything with Jim Carrey if that's alright", dislike=[P + "Jim Carrey"])
R("soft_no", "can we not do Tarantino tonight? not in the mood for all that", dislike=[P + "Quentin Tarantino"])
R("soft_no", "Please, I beg you, no more documentaries", dislike=[G + "Documentary"])
R("soft_no", "if it's all the same, I'll skip anything from the 50s", dislike=[D + "1950s"])

# ------------------------------------------------------------------------------------------------------ condition
R("condition", "a thriller's fine as long as it isn't horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R("condition", "I'll watch a comedy, provided there's no romance in it", like=[G + "Comedy"],
  dislike=[G + "Romance"])
R("condition", "sci-fi is great, just not the kiddie kind", like=[G + "Sci-Fi"], dislike=[G + "Children's"])
R("condition", "only if it's not a musical. anything else goes", dislike=[G + "Musical"])
R("condition", "ok to a drama, but only if it's not a war one", like=[G + "Drama"], dislike=[G + "War"])
R("condition", "Action's good, on condition that it's not sci-fi", like=[G + "Action"], dislike=[G + "Sci-Fi"])
R("condition", "I'm fine with anything so long as it's not a western", dislike=[G + "Western"])
R("condition", "animation works for me, unless it's a musical", like=[G + "Animation"], dislike=[G + "Musical"])
R("condition", "as long as there's a mystery at the heart of it, I'm happy", like=[G + "Mystery"])
R("condition", "I'd do a crime film, assuming it isn't a thriller too. I just want a heist", like=[G + "Crime"],
  dislike=[G + "Thriller"])
R("condition", "adventure yes, but keep fantasy out of it", like=[G + "Adventure"], dislike=[G + "Fantasy"])
R("condition", "anything at all, provided it was made in 1980 or later", year=(1980, None))
R("condition", "fine with romance so long as it's not a drama, I want it light", like=[G + "Romance"],
  dislike=[G + "Drama"])
R("condition", "I'll only watch a horror if it's a comedy as well", like=[G + "Comedy"], ok=["+genre:Horror"])
R("condition", "war movies are ok by me as long as they're not from before 1960", like=[G + "War"],
  year=(1960, None))
R("condition", "documentary is fine... unless it's about war, then no thank you", like=[G + "Documentary"],
  dislike=[G + "War"])
R("condition", "give me a noir, but only if it's black and white 40s stuff", like=[G + "Film-Noir", D + "1940s"])
R("condition", "any genre you like, except I draw the line at horror", dislike=[G + "Horror"])
R("condition", "Comedy, yes, if it isn't a kids' one", like=[G + "Comedy"], dislike=[G + "Children's"])
R("condition", "thrillers are fine unless they star Steven Seagal", like=[G + "Thriller"],
  dislike=[P + "Steven Seagal"])
R("condition", "I'm game for a fantasy so long as nobody sings", like=[G + "Fantasy"], dislike=[G + "Musical"])
R("condition", "westerns are okay if they're not too old, nothing pre-1960 please", like=[G + "Western"],
  year=(1960, None))
R("condition", "I'd take a 90s movie, provided it isn't an action one", like=[D + "1990s"], dislike=[G + "Action"])
R("condition", "sure to a mystery, as long as it's not a scary one", like=[G + "Mystery"], dislike=[G + "Horror"])

# ---------------------------------------------------------------------------------------------------- mind_change
R("mind_change", "horror? no wait, actually yes, horror, I'm feeling brave", like=[G + "Horror"])
R("mind_change", "I was going to say comedy but nah, give me a thriller", like=[G + "Thriller"],
  ok=["-genre:Comedy"])
R("mind_change", "a romance sounds nice. hmm. on second thought, no romance, I'm too grumpy", dislike=[G + "Romance"])
R("mind_change", "maybe a western... no, I've gone off the idea. no westerns", dislike=[G + "Western"])
R("mind_change", "not sci-fi. well. ok, fine, sci-fi. I've talked myself into it", like=[G + "Sci-Fi"])
R("mind_change", "let's do a war film - actually scratch that, I'd rather have a comedy", like=[G + "Comedy"],
  ok=["-genre:War"])
R("mind_change", "I said no musicals earlier but honestly I could do one now", like=[G + "Musical"])
R("mind_change", "documentaries, I guess? ugh no, too much like homework. skip them", dislike=[G + "Documentary"])
R("mind_change", "I normally hate animation but you know what, let's try one", like=[G + "Animation"])
R("mind_change", "give me fantasy. or... no. not fantasy. crime", like=[G + "Crime"], dislike=[G + "Fantasy"])
R("mind_change", "I thought I wanted drama but I've changed my mind, let's laugh instead", like=[G + "Comedy"],
  ok=["-genre:Drama"])
R("mind_change", "action's fine. hmm, actually, on reflection, I'm sick of it, leave it out", dislike=[G + "Action"])
R("mind_change", "no noir. hang on, is that the detective stuff? then yes please, noir", like=[G + "Film-Noir"])
R("mind_change", "I'll take a kids' film - oh wait, the kids are at their gran's. no kids' stuff then",
  dislike=[G + "Children's"])
R("mind_change", "adventure was my first thought but mystery's growing on me, let's go mystery",
  like=[G + "Mystery"])
R("mind_change", "something from the 60s? nope, changed my mind, too dated, nothing from the 60s",
  dislike=[D + "1960s"])
R("mind_change", "I wanted to say no thrillers but eh, one thriller won't hurt", like=[G + "Thriller"])
R("mind_change", "put on a horror. no. no horror, I'm home alone", dislike=[G + "Horror"])
R("mind_change", "ok forget what I said about musicals being awful, I'd actually love one", like=[G + "Musical"])
R("mind_change", "Tom Hanks? hmm, nah, I've had my fill of him this month", dislike=[P + "Tom Hanks"])

# ---------------------------------------------------------------------------------------------------------- trade
R("trade", "could I swap the romance for a thriller?", like=[G + "Thriller"], dislike=[G + "Romance"])
R("trade", "I'd take a western over a war movie any day", like=[G + "Western"], dislike=[G + "War"])
R("trade", "how about a mystery instead of all this action?", like=[G + "Mystery"], dislike=[G + "Action"])
R("trade", "less horror, more comedy, if you can manage", like=[G + "Comedy"], dislike=[G + "Horror"])
R("trade", "fewer cartoons and more documentaries would be lovely", like=[G + "Documentary"],
  dislike=[G + "Animation"])
R("trade", "I'd rather have a fantasy than sit through another crime drama", like=[G + "Fantasy"],
  dislike=[G + "Crime"])
R("trade", "what if we did sci-fi in place of the musicals", like=[G + "Sci-Fi"], dislike=[G + "Musical"])
R("trade", "Drama beats adventure for me, every time", like=[G + "Drama"], dislike=[G + "Adventure"])
R("trade", "deal: you drop the kids' films and I'll stop complaining. give me noir instead",
  like=[G + "Film-Noir"], dislike=[G + "Children's"])
R("trade", "can we trade the thrillers for some romance", like=[G + "Romance"], dislike=[G + "Thriller"])
R("trade", "I'll meet you halfway: no horror, but a mystery's fine", like=[G + "Mystery"], dislike=[G + "Horror"])
R("trade", "a comedy would suit me better than a drama tonight", like=[G + "Comedy"], dislike=[G + "Drama"])
R("trade", "the 40s over the 90s, no contest", like=[D + "1940s"], dislike=[D + "1990s"])
R("trade", "given the choice between a war film and a musical I'd pick the war film", like=[G + "War"],
  dislike=[G + "Musical"])
R("trade", "instead of the sci-fi could you find me a western", like=[G + "Western"], dislike=[G + "Sci-Fi"])
R("trade", "bin the action, bring on the animation", like=[G + "Animation"], dislike=[G + "Action"])
R("trade", "I'd sooner watch a documentary than another fantasy", like=[G + "Documentary"],
  dislike=[G + "Fantasy"])
R("trade", "adventure rather than crime, if you'd be so kind", like=[G + "Adventure"], dislike=[G + "Crime"])
R("trade", "compromise? a thriller, not a horror", like=[G + "Thriller"], dislike=[G + "Horror"])
R("trade", "put Hitchcock ahead of Spielberg for me, always",
  like=[P + "Alfred Hitchcock"], dislike=[P + "Steven Spielberg"])
R("trade", "I'd take Sleepless in Seattle over Titanic any day of the week",
  like_items=["Sleepless in Seattle (1993)"], dislike_items=["Titanic (1997)"])

# -------------------------------------------------------------------------------------------------------- litotes
R("litotes", "I'm not exactly averse to a good western", like=[G + "Western"])
R("litotes", "it's not like I'd complain about a musical", like=[G + "Musical"])
R("litotes", "I wouldn't not watch a thriller, put it that way", like=[G + "Thriller"])
R("litotes", "sci-fi isn't the worst idea you've ever had", like=[G + "Sci-Fi"])
R("litotes", "I don't dislike noir. at all. in fact show me one", like=[G + "Film-Noir"])
R("litotes", "can't say I'm not tempted by a war epic", like=[G + "War"])
R("litotes", "a comedy wouldn't be unwelcome", like=[G + "Comedy"])
R("litotes", "I'm not un-fond of a spooky mystery", like=[G + "Mystery"])
R("litotes", "it's not that I hate romance, it's that I never want to see one", dislike=[G + "Romance"])
R("litotes", "documentaries aren't exactly my idea of a fun night", dislike=[G + "Documentary"])
R("litotes", "horror isn't really high on my list, let's say", dislike=[G + "Horror"])
R("litotes", "I wouldn't say I'm a musical person", dislike=[G + "Musical"])
R("litotes", "fantasy's not the most thrilling prospect for me", dislike=[G + "Fantasy"])
R("litotes", "I don't not want animation, if you follow", like=[G + "Animation"])
R("litotes", "I'm hardly going to turn down an adventure", like=[G + "Adventure"])
R("litotes", "crime isn't nothing to me, I quite like it actually", like=[G + "Crime"])
R("litotes", "I'm not a total stranger to a kids' movie, go on then", like=[G + "Children's"])
R("litotes", "action is not unappealing right now", like=[G + "Action"])
R("litotes", "westerns aren't entirely my thing, to be diplomatic about it", dislike=[G + "Western"])
R("litotes", "I can't honestly say I've ever enjoyed a war film", dislike=[G + "War"])
R("litotes", "I'd be lying if I said I didn't want a drama", like=[G + "Drama"])
R("litotes", "not the biggest Woody Allen fan, gently put", dislike=[P + "Woody Allen"])
R("litotes", "there's nothing I don't like about 30s screwball stuff", like=[D + "1930s", G + "Comedy"])

# -------------------------------------------------------------------------------------------------------- fatigue
R("fatigue", "I've had my fill of westerns for one lifetime", dislike=[G + "Western"])
R("fatigue", "honestly, I'm all thrillered out", dislike=[G + "Thriller"])
R("fatigue", "I think I've OD'd on romance lately, give it a rest maybe?", dislike=[G + "Romance"])
R("fatigue", "one more superhero-type action flick and I'll scream", dislike=[G + "Action"])
R("fatigue", "I'm a bit done with sci-fi for now, if that's ok", dislike=[G + "Sci-Fi"])
R("fatigue", "war films... I've seen enough of them to last me", dislike=[G + "War"])
R("fatigue", "I could do with a break from crime, it's all I've watched", dislike=[G + "Crime"])
R("fatigue", "my kids have worn me out on animation, could we not?", dislike=[G + "Animation"])
R("fatigue", "too much drama in my actual life, spare me on screen", dislike=[G + "Drama"])
R("fatigue", "I'm maxed out on documentaries this month", dislike=[G + "Documentary"])
R("fatigue", "can't face another fantasy, the dragons have to stop", dislike=[G + "Fantasy"])
R("fatigue", "I'm horror-ed out after halloween, maybe something else", dislike=[G + "Horror"])
R("fatigue", "mysteries are my guilty pleasure, I can never get enough", like=[G + "Mystery"])
R("fatigue", "musicals are my weakness, honestly, feed the habit", like=[G + "Musical"])
R("fatigue", "I'm hopelessly hooked on noir, enable me", like=[G + "Film-Noir"])
R("fatigue", "westerns are a bit of a sickness with me, so... more please?", like=[G + "Western"])
R("fatigue", "I'm an incurable adventure junkie, any more you've got?", like=[G + "Adventure"])
R("fatigue", "I've been bingeing kids' films with my nephew and I'm secretly obsessed", like=[G + "Children's"])
R("fatigue", "I'm sick of comedy, could I maybe get something serious?", dislike=[G + "Comedy"], ok=["+genre:Drama"])
R("fatigue", "I swear I've seen every 80s movie ever made, let's move on", dislike=[D + "1980s"])
R("fatigue", "Bruce Willis fatigue is real, could we skip him", dislike=[P + "Bruce Willis"])
R("fatigue", "sci-fi is my vice and I'm not sorry, feed me", like=[G + "Sci-Fi"])

# -------------------------------------------------------------------------------------------------------- sarcasm
R("sarcasm", "oh great, another musical. just what I wanted.", dislike=[G + "Musical"])
R("sarcasm", "wow, a documentary, how thrilling. can we not", dislike=[G + "Documentary"])
R("sarcasm", "is it too much to ask for a comedy that's actually funny?", like=[G + "Comedy"])
R("sarcasm", "who doesn't love a three hour war epic... me, that's who", dislike=[G + "War"])
R("sarcasm", "sure, more horror, because my sleep wasn't bad enough already", dislike=[G + "Horror"])
R("sarcasm", "why would anyone NOT want a western? give me one", like=[G + "Western"])
R("sarcasm", "yes, exactly, a romance, my absolute favourite thing (it's not)", dislike=[G + "Romance"])
R("sarcasm", "because nothing says relaxing like a tense thriller, right?", dislike=[G + "Thriller"])
R("sarcasm", "could you possibly find me something that ISN'T a cartoon", dislike=[G + "Animation"])
R("sarcasm", "do I look like someone who wants a fantasy movie", dislike=[G + "Fantasy"])
R("sarcasm", "who says no to Star Wars? not me", like_items=["Star Wars (1977)"])
R("sarcasm", "did anyone ask for more Pauly Shore? no. no they did not", dislike=[P + "Pauly Shore"])
R("sarcasm", "is there a law against recommending film noir? because I'd really like some", like=[G + "Film-Noir"])
R("sarcasm", "am I the only person alive who still wants a good crime drama?", like=[G + "Crime", G + "Drama"])
R("sarcasm", "yeah, because what I need tonight is a kids' film about talking dogs", dislike=[G + "Children's"])
R("sarcasm", "oh look, sci-fi again. shocking. let's not", dislike=[G + "Sci-Fi"])
R("sarcasm", "would it physically pain you to recommend something from the 70s?", like=[D + "1970s"])

# -------------------------------------------------------------------------------------------------------- neutral
R("neutral", "my wife loves romance but could we do a thriller for me this time?", like=[G + "Thriller"])
R("neutral", "the kids want animation tonight, fine by me either way, but any chance of a western for me "
  "after they're in bed?", like=[G + "Western"])
R("neutral", "is fantasy the one with wizards? either way, no horror please", dislike=[G + "Horror"])
R("neutral", "I used to be into sci-fi as a teenager. these days I'd rather a good drama", like=[G + "Drama"],
  ok=["-genre:Sci-Fi"])
R("neutral", "my husband's a war-film guy; me, I'd love a musical", like=[G + "Musical"])
R("neutral", "don't mind about comedy either way, but I'd really like no horror", dislike=[G + "Horror"])
R("neutral", "what counts as film noir anyway? whatever it is, I'd like a mystery", like=[G + "Mystery"])
R("neutral", "my dad swears by westerns. I'd rather skip them myself", dislike=[G + "Western"])
R("neutral", "I'm neutral on action, but could we avoid the romance?", dislike=[G + "Romance"])
R("neutral", "my flatmate keeps asking for documentaries; could you find me an adventure instead?",
  like=[G + "Adventure"], ok=["-genre:Documentary"])
R("neutral", "do you have many kids' films? not for me, I'd like a crime thriller", like=[G + "Crime", G + "Thriller"],
  ok=["-genre:Children's"])
R("neutral", "my girlfriend is obsessed with musicals. I'm not fussed. I'd quite like a comedy though",
  like=[G + "Comedy"])
R("neutral", "I was mad about horror in my twenties, that's over now. something gentle, a romance maybe",
  like=[G + "Romance"], ok=["-genre:Horror"])
R("neutral", "genuinely curious, are there any westerns from the 30s? meanwhile I'd love a noir",
  like=[G + "Film-Noir"])
R("neutral", "dramas, comedies, whatever, I'm easy, just please no sci-fi", dislike=[G + "Sci-Fi"])
R("neutral", "my son is into fantasy at the moment; for myself, could I get a documentary?",
  like=[G + "Documentary"])
R("neutral", "I have no strong feelings about the 90s but I'd love something from the 50s", like=[D + "1950s"])
R("neutral", "my mum only watches war films. I'd sooner avoid them, personally", dislike=[G + "War"])
R("neutral", "how many animated films do you have? I'm asking, not ordering. what I want is action",
  like=[G + "Action"])
R("neutral", "is Kubrick in your list? also, please no more Adam Sandler", dislike=[P + "Adam Sandler"])
R("neutral", "my brother raves about Tarantino. I'd rather have something with Audrey Hepburn",
  like=[P + "Audrey Hepburn"], ok=["-person:Quentin Tarantino"])
R("neutral", "thrillers I can take or leave. musicals I cannot take at all", dislike=[G + "Musical"])
R("neutral", "we tried the children's stuff for the twins already; for the grown-ups, a mystery maybe?",
  like=[G + "Mystery"])
R("neutral", "my partner wants romance, I'm indifferent, but I'd like it to be a comedy", like=[G + "Comedy"])
R("neutral", "i went through a big crime phase in college, totally over it; something fantasy would be nice",
  like=[G + "Fantasy"], ok=["-genre:Crime"])

# ----------------------------------------------------------------------------------------------------- era_people
R("era_people", "could we maybe stick to stuff made from 1985 on?", year=(1985, None))
R("era_people", "nothing older than 1970 if you can help it", year=(1970, None))
R("era_people", "I wouldn't mind something from the 1940s, they had style", like=[D + "1940s"])
R("era_people", "any chance of some 20s silent stuff? I adore it", like=[D + "1920s"])
R("era_people", "the 60s aren't really my decade, sorry", dislike=[D + "1960s"])
R("era_people", "please nothing newer than 1979, modern films bore me", year=(None, 1979))
R("era_people", "is it asking too much for a 30s picture?", like=[D + "1930s"])
R("era_people", "let's keep it before 1960, if you'd humour me", year=(None, 1959))
R("era_people", "the 80s? I'd rather not, the hair alone", dislike=[D + "1980s"])
R("era_people", "how about something with Humphrey Bogart", like=[P + "Humphrey Bogart"])
R("era_people", "I wouldn't say no to a bit of Harrison Ford", like=[P + "Harrison Ford"])
R("era_people", "could you not put Kevin Costner in front of me again", dislike=[P + "Kevin Costner"])
R("era_people", "maybe lay off the Arnold Schwarzenegger films? they're not for me",
  dislike=[P + "Arnold Schwarzenegger"])
R("era_people", "a Coen brothers film would be lovely, Joel Coen specifically", like=[P + "Joel Coen"])
R("era_people", "any Kurosawa? I'd watch one in a heartbeat", like=[P + "Akira Kurosawa"])
R("era_people", "I'm not sure about David Lynch, he's a bit much for me. pass", dislike=[P + "David Lynch"])
R("era_people", "Jackie Chan, if you've got him, I'd be thrilled", like=[P + "Jackie Chan"])
R("era_people", "I could probably manage a Meryl Streep film", like=[P + "Meryl Streep"])
R("era_people", "would you spare me the Steven Seagal, please", dislike=[P + "Steven Seagal"])
R("era_people", "I'd rather not sit through Julia Roberts again, if it's all the same", dislike=[P + "Julia Roberts"])
R("era_people", "a little Cary Grant wouldn't go amiss", like=[P + "Cary Grant"])
R("era_people", "something like Casablanca, if there's anything close?", like_items=["Casablanca (1942)"])
R("era_people", "please don't make me watch Waterworld", dislike_items=["Waterworld (1995)"])
R("era_people", "could we have something in the spirit of The Princess Bride", like_items=["The Princess Bride (1987)"])
R("era_people", "anything but Batman & Robin, I'm still recovering", dislike_items=["Batman & Robin (1997)"])
R("era_people", "I wouldn't mind rewatching Raiders of the Lost Ark, honestly",
  like_items=["Raiders of the Lost Ark (1981)"])
R("era_people", "if you suggest The English Patient I'm leaving", dislike_items=["The English Patient (1996)"])
R("era_people", "maybe something along the lines of Blade Runner?", like_items=["Blade Runner (1982)"])
R("era_people", "I'd give anything for another film like The Silence of the Lambs",
  like_items=["The Silence of the Lambs (1991)"])
R("era_people", "Speed 2? thanks, but no thanks", dislike_items=["Speed 2: Cruise Control (1997)"])
R("era_people", "Mary Poppins would be lovely, if you can stretch to it", like_items=["Mary Poppins (1964)"])
R("era_people", "anything from the 50s but not a western", like=[D + "1950s"], dislike=[G + "Western"])
R("era_people", "a 90s comedy with Jim Carrey? I'd be all over it", like=[D + "1990s", G + "Comedy", P + "Jim Carrey"])

# ---------------------------------------------------------------------------------------------------------- plain
R("plain", "I don't like horror, never have", dislike=[G + "Horror"])
R("plain", "no westerns please, my dad ruined them for me", dislike=[G + "Western"])
R("plain", "I like comedies where nobody dies", like=[G + "Comedy"])
R("plain", "thrillers yes. romance, no thank you", like=[G + "Thriller"], dislike=[G + "Romance"])
R("plain", "I'd like a documentary please, nature if possible", like=[G + "Documentary"])
R("plain", "Not a fan of musicals, sorry to say.", dislike=[G + "Musical"])
R("plain", "I enjoy film noir more than most things", like=[G + "Film-Noir"])
R("plain", "please no animation for this one", dislike=[G + "Animation"])
R("plain", "war films are my favourite, always have been", like=[G + "War"])
R("plain", "I really don't want sci-fi tonight", dislike=[G + "Sci-Fi"])
R("plain", "fantasy, please, the more swords the better", like=[G + "Fantasy"])
R("plain", "I don't care for crime movies, all that shooting", dislike=[G + "Crime"])
R("plain", "something for the kids, please, they're 6 and 8", like=[G + "Children's"])
R("plain", "drama no, adventure yes, simple as that", like=[G + "Adventure"], dislike=[G + "Drama"])
R("plain", "I want a mystery I can't solve in ten minutes", like=[G + "Mystery"])
R("plain", "No action movies tonight, thanks.", dislike=[G + "Action"])
R("plain", "I love a good romance on a rainy night", like=[G + "Romance"])
R("plain", "I hate thrillers, they make me jumpy", dislike=[G + "Thriller"])
R("plain", "can I have a horror film with actual scares", like=[G + "Horror"])
R("plain", "Musicals, please! the old ones!", like=[G + "Musical"])
R("plain", "I don't like kids' movies much, never did even as a kid", dislike=[G + "Children's"])
R("plain", "documentaries bore me stiff", dislike=[G + "Documentary"])
R("plain", "I'd like something from the 60s, the swinging kind", like=[D + "1960s"])
R("plain", "nothing before 1975, I can't do old film stock", year=(1975, None))
R("plain", "I like Denzel Washington in pretty much anything", like=[P + "Denzel Washington"])
R("plain", "no Sylvester Stallone please, I'm begging", dislike=[P + "Sylvester Stallone"])
R("plain", "comedy and adventure please, but no fantasy", like=[G + "Comedy", G + "Adventure"],
  dislike=[G + "Fantasy"])
R("plain", "I don't want anything animated today", dislike=[G + "Animation"])
R("plain", "I like westerns and war films, the dustier the better", like=[G + "Western", G + "War"])
R("plain", "I don't like mysteries or noir", dislike=[G + "Mystery", G + "Film-Noir"])
R("plain", "sci-fi please, but no horror, I scare easily", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R("plain", "I liked Fargo, could I get more like that?", like_items=["Fargo (1996)"])
R("plain", "I didn't like Titanic, way too long for me", dislike_items=["Titanic (1997)"])
R("plain", "crime, please, something with a clever heist", like=[G + "Crime"])
R("plain", "I don't want a drama, I had a long week", dislike=[G + "Drama"])
R("plain", "action please, lots of explosions", like=[G + "Action"])

# ------------------------------------------------- added last, across topics, to even out liked and refused values
R("sarcasm", "because obviously what every date night needs is a war documentary",
  dislike=[G + "War", G + "Documentary"])
R("sarcasm", "love how you think I'm twelve. no more kids' films, yeah?", dislike=[G + "Children's"])
R("sarcasm", "another Jean-Claude Van Damme film? you shouldn't have. really, you shouldn't have",
  dislike=[P + "Jean-Claude Van Damme"])
R("soft_no", "I don't think mysteries are going to do it for me tonight", dislike=[G + "Mystery"])
R("soft_no", "adventure films aren't really landing for me lately, could we give them a rest",
  dislike=[G + "Adventure"])
R("soft_no", "would you be terribly offended if I said no to anything from the 30s?", dislike=[D + "1930s"])
R("condition", "whatever you pick, just make sure it's not a horror or a thriller",
  dislike=[G + "Horror", G + "Thriller"])
R("mind_change", "I was all set for a fantasy but honestly, the more I think about it, no, not fantasy",
  dislike=[G + "Fantasy"])
R("litotes", "I wouldn't call myself a fan of noir, really", dislike=[G + "Film-Noir"])
R("era_people", "maybe not Nicolas Cage? he's a lot", dislike=[P + "Nicolas Cage"])
R("era_people", "Forrest Gump? I'd honestly rather not", dislike_items=["Forrest Gump (1994)"])
R("fatigue", "Spielberg's lovely but I've watched him to death, skip him for now", dislike=[P + "Steven Spielberg"])
R("trade", "I'd choose a 90s thriller over some dusty 40s thing",
  like=[D + "1990s", G + "Thriller"], dislike=[D + "1940s"])
R("plain", "no musicals and no fantasy for me", dislike=[G + "Musical", G + "Fantasy"])


if __name__ == "__main__":
    main()
