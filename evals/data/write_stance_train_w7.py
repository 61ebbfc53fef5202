"""Writes evals/data/stance_train_w7.jsonl: a TRAINING batch for the small stance model (writer W7), in the schema
of utterances.jsonl plus a "batch" field (see README.md here, "Training batch w7 (stance model)").

Written by hand on 2026-12-05 (11:57-12:03 UTC) by W7, one of five more writers asked for new training sentences
in their own voice; W7's voice is the ironic and humorous speaker (sarcasm and dry wit whose meaning is still clear
to a careful reader, jokes, mock outrage, exaggerated complaints, backhanded praise, self-deprecation about one's
own taste), with plain sentences as counterweight and some messages that name a value the user takes no side on
(a partner's or kid's taste, a question, a taste that is over, "I'm neutral on X") next to one they do. The writer
did not open the stance readers or the judge (tools/stance*.py, tools/polarity.py, tools/feedback.py,
tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py, agent/understand.py), their dev sentences
(evals/data/stance_dev.py), evals/notes, evals/results, evals/bench, any utterances*.jsonl or stance_train*.jsonl,
or the records of the other writers' files, and ran no reader, agent, benchmark or test on these sentences. Read
for the layout only: fresh_batch.py, write_utterances.py's R / G / D / P and its first ~20 complaint records,
write_utterances_fresh8.py's first 50 lines and last 5 lines, the first 12 docstring lines of
write_stance_train_w5.py (no records), and the catalogue vocabulary (genres, decades, people, film labels). Every
gold label is what a careful reader takes the sentence to mean for this user now. Six plain sentences were reworded
because the writer's freshness check (FreshBatch's, and a one-off run of the same comparison printing only this
batch's sentences) found them already in an earlier file; nine sentences were turned from likes into
refusals (wording and label changed together) to balance the two sides.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R (class idiom) and resolved by write_utterances.build / main (the same label and vocabulary
checks); fresh_batch.check() also fails on any value or year bound the catalogue lacks, and FreshBatch fails on a
sentence already in another utterance or training file. Run:
    python -m cesrec.evals.data.write_stance_train_w7
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w7.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "trainw7-2026-12-05"

TOPICS = {
    "sarcasm": "sarcasm whose meaning is clear (mostly refusals in mock-delighted words, some mock-reluctant yeses)",
    "mock_outrage": "mock outrage and exaggerated complaints about what is missing or what keeps coming",
    "backhanded": "backhanded or grudging praise that still ends in a yes",
    "self_deprecation": "jokes about the user's own taste, courage or attention span (both polarities)",
    "hyperbole": "exaggerated enthusiasm, vice-as-praise (addiction, sickness, selling a kidney)",
    "fatigue": "satiety and fatigue jokes that are refusals",
    "understatement": "litotes, understatement and double negation (mild yeses and dry refusals)",
    "only_but": "nothing but X / anything but X / X or nothing / everything except X",
    "comparison": "comparisons and put-downs where one side is preferred (the loser refused where it is clear)",
    "polite": "dry, polite refusals in kind words",
    "rhetorical": "rhetorical questions answered by the asker",
    "two_clause": "two jokey clauses, one value liked and one refused",
    "bystander": "a value named with no side (someone else's taste, a question, a past taste, neutrality) "
                 "next to one the user takes a side on",
    "plain": "plain controls: simple likes and refusals, some with negation",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of

R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------------- sarcasm
T = "sarcasm"
R(T, "Oh great, another musical. Just what my life was missing.", dislike=[G + "Musical"])
R(T, "Wow, a third romcom in a row, you really do know me so well", dislike=[G + "Romance"],
  ok=["-genre:Comedy"])
R(T, "Yes, please, more war films, I simply haven't been depressed enough this week.", dislike=[G + "War"])
R(T, "Documentaries? Oh sure, I love being lectured on a Friday night.", dislike=[G + "Documentary"])
R(T, "ah yes, horror, because what I really want is to sleep with the lights on for a week",
  dislike=[G + "Horror"])
R(T, "Another Kevin Costner epic? Be still, my beating heart. No.", dislike=[P + "Kevin Costner"])
R(T, "Oh how thrilling, a movie from the 1930s. Can't wait to squint at it. Pass.", dislike=[D + "1930s"])
R(T, "sure, recommend me another Adam Sandler film, I had too many brain cells anyway",
  dislike=[P + "Adam Sandler"])
R(T, "Cartoons again? Brilliant. I'm only forty-two.", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "Nothing says relaxing evening like three hours of cowboys squinting at each other. Pass.",
  dislike=[G + "Western"])
R(T, "More sci-fi? Lovely, I'll just nod along at the time travel bits again. Hard pass.",
  dislike=[G + "Sci-Fi"])
R(T, "'Oh good, a Steven Seagal film' is a sentence I have never once said sincerely.",
  dislike=[P + "Steven Seagal"])
R(T, "Oh no, a Hitchcock film, how will I ever cope. Put it on immediately.", like=[P + "Alfred Hitchcock"])
R(T, "Please, I beg you, no more film noir. Kidding. Show me all of it.", like=[G + "Film-Noir"])
R(T, "Another slasher? Wow. Groundbreaking. No.", dislike=[G + "Horror"])
R(T, "Because what every Saturday needs is a nice long James Ivory costume drama. Not.",
  dislike=[P + "James Ivory"], ok=["-genre:Drama"])
R(T, "Oh, a Spice World recommendation. You shouldn't have. Really, you shouldn't have.",
  dislike_items=["Spice World (1997)"])

# -------------------------------------------------------------------------------------------------- mock_outrage
T = "mock_outrage"
R(T, "How dare you recommend a kids' film to me, I pay taxes.", dislike=[G + "Children's"])
R(T, "I am personally offended that there isn't a single western on this list.", like=[G + "Western"])
R(T, "Where are the documentaries?! I demand a recount.", like=[G + "Documentary"])
R(T, "Unacceptable. Not one heist movie in here. I'm writing to my MP.", like=[G + "Crime"])
R(T, "who let the romance in here?? security!", dislike=[G + "Romance"])
R(T, "Five horror films in a row. Are you trying to kill me? Because it's working.", dislike=[G + "Horror"])
R(T, "I swear if you show me one more Julia Roberts film I'm throwing my laptop into the sea.",
  dislike=[P + "Julia Roberts"])
R(T, "No Kubrick? In THIS economy?", like=[P + "Stanley Kubrick"])
R(T, "Outrageous that you'd hide the fantasy stuff from me. Dragons. Now.", like=[G + "Fantasy"])
R(T, "I asked for a thriller and you gave me a weepy drama. I'm calling my lawyer.", like=[G + "Thriller"],
  dislike=[G + "Drama"])
R(T, "This list is a crime against cinema: zero films from the 1970s.", like=[D + "1970s"])
R(T, "The sheer audacity of recommending Showgirls to me. Absolutely not.", dislike_items=["Showgirls (1995)"])
R(T, "Absolutely scandalous that there's no sci-fi here. Spaceships, immediately, I'm not joking.",
  like=[G + "Sci-Fi"])
R(T, "You put a Pauly Shore movie at the top? We're done here. We are so done.", dislike=[P + "Pauly Shore"])
R(T, "Why is the war section empty? I'm filing a complaint with the Geneva Convention.", like=[G + "War"])

# ---------------------------------------------------------------------------------------------------- backhanded
T = "backhanded"
R(T, "Fine, I'll admit it, musicals aren't the worst thing humanity ever invented. Give me one.",
  like=[G + "Musical"])
R(T, "Tom Cruise is smug, but the man can carry a movie. Give me one of his.", like=[P + "Tom Cruise"])
R(T, "Westerns are basically just hats and squinting, and I love them anyway.", like=[G + "Western"])
R(T, "documentaries: like homework, but the good kind. yes please", like=[G + "Documentary"])
R(T, "Romance is mostly people failing to talk to each other for two hours, and somehow I keep watching it. "
  "Go on then.", like=[G + "Romance"])
R(T, "Kenneth Branagh does tend to shout Shakespeare at me, but I'm weirdly into it.",
  like=[P + "Kenneth Branagh"])
R(T, "Film noir is just sad men in hats smoking, which, honestly, same. More of that.", like=[G + "Film-Noir"])
R(T, "The 1980s had terrible hair and great movies. Take me back.", like=[D + "1980s"])
R(T, "Kids' films are secretly better than most grown-up ones, don't tell anyone.", like=[G + "Children's"])
R(T, "Horror is dumb and I love it.", like=[G + "Horror"])
R(T, "Schwarzenegger can't act his way out of a paper bag, which is exactly why I want his movies.",
  like=[P + "Arnold Schwarzenegger"])
R(T, "Godard is insufferable and I'd still watch every one of his films twice.", like=[P + "Jean-Luc Godard"])
R(T, "Independence Day is gloriously stupid and I will defend it to the death. Something like that, please.",
  like_items=["Independence Day (ID4) (1996)"])

# ---------------------------------------------------------------------------------------------- self_deprecation
T = "self_deprecation"
R(T, "Yes, I'm thirty-five and I want an animated movie, alert the authorities.", like=[G + "Animation"])
R(T, "My taste is terrible, I know, but I want the dumbest action movie you've got.", like=[G + "Action"])
R(T, "I'm a simple creature: explosions and Bruce Willis. That's the whole list.", like=[P + "Bruce Willis"],
  ok=["+genre:Action"])
R(T, "I'm too dim for sci-fi, all that space maths goes straight over my head. Skip it.", dislike=[G + "Sci-Fi"])
R(T, "Go ahead and judge me, I cry at every romance ever made and I want another one.", like=[G + "Romance"])
R(T, "I'm the kind of person who fell asleep during Citizen Kane, so maybe not the classics from the 1940s.",
  dislike=[D + "1940s"], ok=["-item:Citizen Kane (1941)"])
R(T, "I have the attention span of a goldfish, so documentaries are a no.", dislike=[G + "Documentary"])
R(T, "Don't laugh, but I genuinely love Leslie Nielsen films.", like=[P + "Leslie Nielsen"])
R(T, "I'm a coward. Horror is absolutely off the table.", dislike=[G + "Horror"])
R(T, "My friends say I have the taste of a twelve-year-old and they're right: give me a kids' adventure movie.",
  like=[G + "Children's", G + "Adventure"])
R(T, "I am far too uncultured for Bergman. Spare me.", dislike=[P + "Ingmar Bergman"])
R(T, "Guilty pleasure time: I want a cheesy 80s musical and I refuse to be ashamed.",
  like=[G + "Musical", D + "1980s"])
R(T, "I'm basically a grandpa at heart, nothing made after 1965 interests me.", year=(None, 1965))
R(T, "I don't have the nerves for thrillers, I'd chew my own arm off from the suspense.", dislike=[G + "Thriller"])

# ----------------------------------------------------------------------------------------------------- hyperbole
T = "hyperbole"
R(T, "I would sell a kidney for a decent heist film.", like=[G + "Crime"])
R(T, "westerns are my drug of choice, hook me up", like=[G + "Western"])
R(T, "Kurosawa ruined all other directors for me, in the best way.", like=[P + "Akira Kurosawa"])
R(T, "Thrillers are a sickness with me, I can't stop.", like=[G + "Thriller"])
R(T, "I'd walk over hot coals for a good whodunit.", like=[G + "Mystery"])
R(T, "Jackie Chan could kick me in the face and I'd thank him. His films, please.", like=[P + "Jackie Chan"])
R(T, "Spaceships, lasers, aliens: I'm hopelessly addicted. Feed the habit.", like=[G + "Sci-Fi"])
R(T, "I have a dangerous Fred Astaire problem and I don't want to be cured.", like=[P + "Fred Astaire"])
R(T, "Give me a war epic and I'll disappear for three hours, happily.", like=[G + "War"])
R(T, "Wizards and dragons are basically my whole personality.", like=[G + "Fantasy"])
R(T, "Dinosaur movies make me lose my mind in the best possible way. Jurassic Park forever.",
  like_items=["Jurassic Park (1993)"])
R(T, "The fifties are my spiritual home, cinematically speaking.", like=[D + "1950s"])
R(T, "Animated films absolutely wreck me and I keep coming back for more.", like=[G + "Animation"])
R(T, "A gloomy noir with rain on every window? That's my love language.", like=[G + "Film-Noir"])

# ------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of car chases and explosions for one lifetime.", dislike=[G + "Action"])
R(T, "I'm all romanced out, honestly.", dislike=[G + "Romance"])
R(T, "If I see one more cowboy I will personally ride off into the sunset. Something else.",
  dislike=[G + "Western"])
R(T, "I've solved so many fake murders this month I could join the police. Ease off the mysteries.",
  dislike=[G + "Mystery"])
R(T, "Musicals and me need a break from each other.", dislike=[G + "Musical"])
R(T, "I'm sick to death of the Tom Hanks nice-guy routine.", dislike=[P + "Tom Hanks"])
R(T, "Dramas have drained every tear I had. Running on empty here.", dislike=[G + "Drama"])
R(T, "My quota of kids' films for this decade has been met, thanks.", dislike=[G + "Children's"])
R(T, "Seen enough thrillers to last me till retirement.", dislike=[G + "Thriller"])
R(T, "I've overdosed on documentaries lately, give my brain a holiday.", dislike=[G + "Documentary"])
R(T, "Space stuff is coming out of my ears at this point.", dislike=[G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "I wouldn't exactly say no to a good old western.", like=[G + "Western"])
R(T, "It's not like I'd hate a crime thriller.", like=[G + "Crime", G + "Thriller"])
R(T, "Musicals are not entirely my cup of tea, let's put it that way.", dislike=[G + "Musical"])
R(T, "I'm not un-fond of a bit of noir.", like=[G + "Film-Noir"])
R(T, "Animation and I are... not close.", dislike=[G + "Animation"])
R(T, "Can't say I'd object to something from the 1960s.", like=[D + "1960s"])
R(T, "War films aren't exactly my idea of unwinding, so maybe not.", dislike=[G + "War"])
R(T, "I've been known to tolerate a Meryl Streep film. Tolerate happily, even.", like=[P + "Meryl Streep"])
R(T, "Slightly less than thrilled by fantasy, if I'm honest.", dislike=[G + "Fantasy"])
R(T, "It's not that I don't like documentaries. I just really, really like them.", like=[G + "Documentary"])
R(T, "Not the biggest fan of Stallone. By a long way.", dislike=[P + "Sylvester Stallone"])
R(T, "I wouldn't cross the street to avoid a Hugh Grant film, put it that way.", like=[P + "Hugh Grant"])
R(T, "A comedy wouldn't go amiss after the week I've had.", like=[G + "Comedy"])

# ------------------------------------------------------------------------------------------------------ only_but
T = "only_but"
R(T, "Literally anything but a musical, I'll watch paint dry if I have to.", dislike=[G + "Musical"])
R(T, "Nothing but gangsters and heists tonight, I'm in a mood.", like=[G + "Crime"])
R(T, "Everything except horror. I scream when the toaster pops.", dislike=[G + "Horror"])
R(T, "Westerns or nothing, partner.", like=[G + "Western"])
R(T, "Give me anything that isn't a romance and I'll be grateful forever.", dislike=[G + "Romance"])
R(T, "All sci-fi, all the time, no exceptions.", like=[G + "Sci-Fi"])
R(T, "Whatever you've got, as long as it isn't Robin Williams being zany.", dislike=[P + "Robin Williams"])
R(T, "Only films from the 1990s, I'm a child of that decade.", like=[D + "1990s"])
R(T, "Any genre, any decade, just no kids' movies.", dislike=[G + "Children's"])
R(T, "It's adventure or bust tonight.", like=[G + "Adventure"])

# ---------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "Old-school noir beats any sci-fi blockbuster with one hand tied behind its back.",
  like=[G + "Film-Noir"], dislike=[G + "Sci-Fi"])
R(T, "I'd take a boring documentary over a loud action movie any day.", like=[G + "Documentary"],
  dislike=[G + "Action"])
R(T, "Comedy over drama, every single time.", like=[G + "Comedy"], dislike=[G + "Drama"])
R(T, "Between a western and a war movie I'd pick the western, and it's not close.", like=[G + "Western"],
  dislike=[G + "War"])
R(T, "Hitchcock makes every other suspense director look like an amateur.", like=[P + "Alfred Hitchcock"])
R(T, "Mysteries are chess, horror is just someone yelling 'boo'. Mysteries, please.", like=[G + "Mystery"],
  dislike=[G + "Horror"])
R(T, "the 70s over the 80s any day, the eighties were all synths and shoulder pads",
  like=[D + "1970s"], dislike=[D + "1980s"])
R(T, "Keanu Reeves could out-act Nicolas Cage in his sleep. So: Keanu, please, and no Cage.",
  like=[P + "Keanu Reeves"], dislike=[P + "Nicolas Cage"])
R(T, "A musical is still better than a horror film, which is faint praise, but musical it is.",
  like=[G + "Musical"], dislike=[G + "Horror"])
R(T, "Fantasy is just sci-fi that forgot its homework. I'll take the sci-fi.", like=[G + "Sci-Fi"],
  dislike=[G + "Fantasy"])
R(T, "Cartoons have more heart than most live-action dramas, so give me animation.", like=[G + "Animation"],
  ok=["-genre:Drama"])

# -------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "I'm sure westerns are lovely for somebody. That somebody is not me.", dislike=[G + "Western"])
R(T, "Thank you kindly, but I'll pass on anything with Madonna.", dislike=[P + "Madonna"])
R(T, "With the greatest respect to the genre, war films and I should stay apart.", dislike=[G + "War"])
R(T, "Very generous of you to keep offering horror. Still no.", dislike=[G + "Horror"])
R(T, "Lovely thought, but I'll let the mysteries go unsolved, thanks.", dislike=[G + "Mystery"])
R(T, "Let's politely leave the 1920s where they are.", dislike=[D + "1920s"])
R(T, "Animation's very charming, I'm sure, but I'd rather not.", dislike=[G + "Animation"])
R(T, "Kind of you, truly, but no Sharon Stone tonight.", dislike=[P + "Sharon Stone"])
R(T, "I'll graciously decline the romcoms.", dislike=[G + "Romance"], ok=["-genre:Comedy"])
R(T, "That's a no from me on fantasy, delivered with love.", dislike=[G + "Fantasy"])

# ---------------------------------------------------------------------------------------------------- rhetorical
T = "rhetorical"
R(T, "Who doesn't love a good heist? Exactly. Heists, please.", like=[G + "Crime"])
R(T, "Does anyone actually enjoy musicals, or is it a prank? Not me, anyway.", dislike=[G + "Musical"])
R(T, "Is there anything better than a 1940s screwball comedy? No. There isn't.",
  like=[G + "Comedy", D + "1940s"])
R(T, "Why would I want to watch teenagers getting stabbed? Skip the slashers.", dislike=[G + "Horror"])
R(T, "Can you ever have too many Spielberg films? I think not.", like=[P + "Steven Spielberg"])
R(T, "Why watch a documentary when real life is already right there? Pass.", dislike=[G + "Documentary"])
R(T, "Do I look like someone who wants a three-hour drama? Don't answer that. No.", dislike=[G + "Drama"])
R(T, "Did someone say western? Saddle up.", like=[G + "Western"])
R(T, "Is it even a Friday without Eddie Murphy? Asking for me.", like=[P + "Eddie Murphy"])
R(T, "Who greenlit Speed 2, and why would you think I'd want to watch it?",
  dislike_items=["Speed 2: Cruise Control (1997)"])
R(T, "Have I mentioned that David Lynch is a genius? Because I'm mentioning it. Lynch, please.",
  like=[P + "David Lynch"])

# ---------------------------------------------------------------------------------------------------- two_clause
T = "two_clause"
R(T, "Thrillers, yes; anything with singing, God no.", like=[G + "Thriller"], dislike=[G + "Musical"])
R(T, "Bring on the cowboys, hold the kissing.", like=[G + "Western"], dislike=[G + "Romance"])
R(T, "I'll take the spaceships, you can keep the gunfights.", like=[G + "Sci-Fi"], dislike=[G + "Action"])
R(T, "Crime is great; courtroom dramas can stay in court.", like=[G + "Crime"], dislike=[G + "Drama"])
R(T, "Comedy please, and keep the cartoons for the kids.", like=[G + "Comedy"], dislike=[G + "Animation"])
R(T, "A mystery would be lovely. A war movie would ruin my whole evening.", like=[G + "Mystery"],
  dislike=[G + "War"])
R(T, "Scorsese, absolutely. Dolph Lundgren, absolutely not.", like=[P + "Martin Scorsese"],
  dislike=[P + "Dolph Lundgren"])
R(T, "Sixties, great; thirties, too creaky for me.", like=[D + "1960s"], dislike=[D + "1930s"])
R(T, "I'm in for a documentary, out for anything animated.", like=[G + "Documentary"], dislike=[G + "Animation"])
R(T, "Adventure sounds fun. Horror sounds like a bad night's sleep.", like=[G + "Adventure"],
  dislike=[G + "Horror"])
R(T, "Audrey Hepburn yes, Demi Moore not so much.", like=[P + "Audrey Hepburn"], dislike=[P + "Demi Moore"])
R(T, "Fantasy, sure. Anything before 1950, no chance.", like=[G + "Fantasy"], year=(1950, None))

# ----------------------------------------------------------------------------------------------------- bystander
T = "bystander"
R(T, "My husband is obsessed with westerns; I just want a good comedy.", like=[G + "Comedy"],
  ok=["-genre:Western"])
R(T, "My kid would watch cartoons all day, but tonight's for me: a thriller, please.", like=[G + "Thriller"])
R(T, "Is film noir worth trying? Either way, tonight I want a war movie.", like=[G + "War"])
R(T, "I went through a huge horror phase as a teenager. These days, documentaries.",
  like=[G + "Documentary"], ok=["-genre:Horror"])
R(T, "I'm honestly neutral on musicals. What I do want is a Jack Nicholson film.", like=[P + "Jack Nicholson"])
R(T, "My wife has a thing for Hugh Grant. Me, I can't sit through one more gangster film.",
  dislike=[G + "Crime"])
R(T, "What year was Casablanca made? Also, no sci-fi tonight.", dislike=[G + "Sci-Fi"])
R(T, "My mother-in-law only watches romance. Anyway, I want something with explosions.", like=[G + "Action"])
R(T, "Out of curiosity, how far back does the catalogue go, the 1920s? For tonight I'd like a 1990s comedy.",
  like=[D + "1990s", G + "Comedy"])
R(T, "My roommate swears by Tarantino. I have no opinion on him, but I do hate musicals.",
  dislike=[G + "Musical"])
R(T, "Back in college I watched nothing but Kubrick; that's long over. Something light and funny now.",
  like=[G + "Comedy"])
R(T, "Don't mind fantasy either way. Mysteries, on the other hand, bore me stiff.", dislike=[G + "Mystery"])
R(T, "My kids watch The Lion King on repeat; I'm after a gritty war film.", like=[G + "War"])
R(T, "Is Clueless any good? My sister keeps quoting it. Anyway, please, no westerns.",
  dislike=[G + "Western"])
R(T, "I'm indifferent to the 1980s. Just make sure nothing's from before 1960.", year=(1960, None))
R(T, "My dad thinks Clint Eastwood hung the moon. I'm more of a Jim Jarmusch person.",
  like=[P + "Jim Jarmusch"])
R(T, "What exactly counts as sci-fi versus fantasy? Asking for a friend. For me: a musical, please.",
  like=[G + "Musical"])
R(T, "I used to be big on action movies, now I'm more of a drama person.", like=[G + "Drama"],
  ok=["-genre:Action"])
R(T, "My girlfriend wants a romcom tonight and honestly I'm fine either way, as long as it's not a horror film.",
  dislike=[G + "Horror"])
R(T, "Whatever you think of Woody Allen, I just want something from the 1970s.", like=[D + "1970s"])
R(T, "Would my nephew like Space Jam? He's eight. Separately, I'd like a Hitchcock film for myself.",
  like=[P + "Alfred Hitchcock"])
R(T, "I can take or leave comedies. Dramas, though, are my comfort food.", like=[G + "Drama"])
R(T, "My brother's favourite genre is war films; mine's adventure.", like=[G + "Adventure"])
R(T, "Documentaries don't bother me either way. I'd really rather not see anything with Tom Cruise, though.",
  dislike=[P + "Tom Cruise"])
R(T, "Is The English Patient really three hours long? Just curious. I want something short and funny.",
  like=[G + "Comedy"])
R(T, "Westerns are my grandad's department. Mine's anything with Jodie Foster.", like=[P + "Jodie Foster"])
R(T, "My partner is the noir fan in this house; I'm the one who wants animated films.", like=[G + "Animation"])
R(T, "Never had strong feelings about the 1960s. What I don't want is anything from the 1990s.",
  dislike=[D + "1990s"])
R(T, "Did Ridley Scott direct Alien? Anyway, no war films for me.", dislike=[G + "War"])
R(T, "My teenager is into slasher films, God help us all. I need a gentle children's film to recover.",
  like=[G + "Children's"], ok=["-genre:Horror"])
R(T, "I had a Sandra Bullock phase in the 90s, it passed. Anyway, no romance, please.", dislike=[G + "Romance"])
R(T, "My flatmate keeps recommending Lars von Trier and I've yet to form an opinion. Tonight: a crime thriller.",
  like=[G + "Crime", G + "Thriller"])
R(T, "Not sure how I feel about musicals yet. I'm sure about sci-fi, though: love it.", like=[G + "Sci-Fi"])
R(T, "My son asked if you have Batman. For me, though, nothing from the 1980s.", dislike=[D + "1980s"])
R(T, "Comedy or no comedy, I don't mind; I do want it to be from the 1950s.", like=[D + "1950s"])
R(T, "Mum's coming over later and she'll want a period drama, but this one's just for me: Jackie Chan, please.",
  like=[P + "Jackie Chan"])
R(T, "Are musicals mostly from the 1950s? Genuine question. Anyway, I don't want any films with John Travolta.",
  dislike=[P + "John Travolta"])

# --------------------------------------------------------------------------------------------------------- plain
T = "plain"
R(T, "I don't like horror movies.", dislike=[G + "Horror"])
R(T, "Comedies, please.", like=[G + "Comedy"])
R(T, "no musicals for me please", dislike=[G + "Musical"])
R(T, "Westerns yes, romance no.", like=[G + "Western"], dislike=[G + "Romance"])
R(T, "I'm in the mood for a documentary", like=[G + "Documentary"])
R(T, "Please don't suggest any war films.", dislike=[G + "War"])
R(T, "I really like film noir", like=[G + "Film-Noir"])
R(T, "not much of a fan of animation tbh", dislike=[G + "Animation"])
R(T, "Can I get some sci-fi?", like=[G + "Sci-Fi"])
R(T, "I don't want anything from the 1980s.", dislike=[D + "1980s"])
R(T, "I love a good mystery", like=[G + "Mystery"])
R(T, "skip the thrillers this time", dislike=[G + "Thriller"])
R(T, "Something with Tom Hanks would be nice.", like=[P + "Tom Hanks"])
R(T, "I do not enjoy Jim Carrey movies.", dislike=[P + "Jim Carrey"])
R(T, "Adventure films are what I like best.", like=[G + "Adventure"])
R(T, "No fantasy, thanks.", dislike=[G + "Fantasy"])
R(T, "I want a crime movie", like=[G + "Crime"])
R(T, "I don't watch kids' movies.", dislike=[G + "Children's"])
R(T, "I prefer dramas.", like=[G + "Drama"])
R(T, "please no action movies tonight", dislike=[G + "Action"])
R(T, "Give me something from the 70s.", like=[D + "1970s"])
R(T, "Nothing made before 1960, please, I mean it.", year=(1960, None))
R(T, "I liked Fargo, more like that.", like_items=["Fargo (1996)"])
R(T, "I didn't like Titanic at all.", dislike_items=["Titanic (1997)"])
R(T, "Musicals are great.", like=[G + "Musical"])
R(T, "I'm not into documentaries.", dislike=[G + "Documentary"])
R(T, "Romance is fine. Horror is not.", like=[G + "Romance"], dislike=[G + "Horror"])
R(T, "hitchcock films would be great", like=[P + "Alfred Hitchcock"])
R(T, "I don't want to see anything with Adam Sandler in it.", dislike=[P + "Adam Sandler"])
R(T, "war movies aren't my thing", dislike=[G + "War"])
R(T, "No sci-fi for me.", dislike=[G + "Sci-Fi"])
R(T, "I wouldn't enjoy a fantasy film.", dislike=[G + "Fantasy"])
R(T, "I don't care for westerns.", dislike=[G + "Western"])
R(T, "Looking for a comedy from the 1990s.", like=[G + "Comedy", D + "1990s"])
R(T, "Thrillers, definitely not.", dislike=[G + "Thriller"])
R(T, "I dislike crime films.", dislike=[G + "Crime"])
R(T, "animated films are what I want", like=[G + "Animation"])
R(T, "nothing older than 1980", year=(1980, None))
R(T, "I don't like Meg Ryan.", dislike=[P + "Meg Ryan"])
R(T, "no Kevin Costner", dislike=[P + "Kevin Costner"])
R(T, "Children's films please, it's for family night.", like=[G + "Children's"])
R(T, "I don't enjoy mysteries much.", dislike=[G + "Mystery"])
R(T, "A 1950s movie would be nice.", like=[D + "1950s"])
R(T, "Please, no dramas.", dislike=[G + "Drama"])
R(T, "Action and adventure, please.", like=[G + "Action", G + "Adventure"])
R(T, "I don't like romance or musicals.", dislike=[G + "Romance", G + "Musical"])
R(T, "I'd like to watch a Spielberg film.", like=[P + "Steven Spielberg"])
R(T, "Not interested in Woody Allen.", dislike=[P + "Woody Allen"])
R(T, "I like old black-and-white noir from the 1940s.", like=[G + "Film-Noir", D + "1940s"])
R(T, "Documentaries are my favourite kind of film.", like=[G + "Documentary"])
R(T, "horror yes, comedy no", like=[G + "Horror"], dislike=[G + "Comedy"])
R(T, "I'd rather not watch anything from the 1930s.", dislike=[D + "1930s"])
R(T, "Something like Blade Runner please", like_items=["Blade Runner (1982)"])
R(T, "I hated Waterworld.", dislike_items=["Waterworld (1995)"])
R(T, "no films after 1990 please", year=(None, 1990))
R(T, "I enjoy Clint Eastwood movies.", like=[P + "Clint Eastwood"])
R(T, "Not Steven Seagal, please.", dislike=[P + "Steven Seagal"])
R(T, "I want a musical.", like=[G + "Musical"])
R(T, "I don't like adventure films.", dislike=[G + "Adventure"])
R(T, "Mystery or thriller, either is good.", like=[G + "Mystery", G + "Thriller"])
R(T, "I like comedies but not romantic ones.", like=[G + "Comedy"], dislike=[G + "Romance"])
R(T, "No animation, no kids' stuff.", dislike=[G + "Animation", G + "Children's"])
R(T, "I'm looking for a war film from the 1960s.", like=[G + "War", D + "1960s"])
R(T, "Sci-fi is my favourite genre.", like=[G + "Sci-Fi"])
R(T, "I'm not a fan of film noir.", dislike=[G + "Film-Noir"])
R(T, "Anything with Harrison Ford.", like=[P + "Harrison Ford"])
R(T, "I don't want a western.", dislike=[G + "Western"])
R(T, "Fantasy films, please.", like=[G + "Fantasy"])
R(T, "I dislike horror and thrillers.", dislike=[G + "Horror", G + "Thriller"])
R(T, "A crime drama sounds good.", like=[G + "Crime", G + "Drama"])
R(T, "I don't like Quentin Tarantino's films.", dislike=[P + "Quentin Tarantino"])
R(T, "I enjoyed The Big Lebowski.", like_items=["The Big Lebowski (1998)"])
R(T, "I'd like something from the 1920s.", like=[D + "1920s"])
R(T, "no documentaries tonight", dislike=[G + "Documentary"])
R(T, "I love Julia Roberts films.", like=[P + "Julia Roberts"])
R(T, "romance please", like=[G + "Romance"])
R(T, "I don't enjoy action films.", dislike=[G + "Action"])
R(T, "I like the Coen brothers.", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "I don't want anything with Jean-Claude Van Damme.", dislike=[P + "Jean-Claude Van Damme"])
R(T, "Comedy is not for me.", dislike=[G + "Comedy"])


if __name__ == "__main__":
    main()
