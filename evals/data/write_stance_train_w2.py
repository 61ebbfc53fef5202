"""Writes evals/data/stance_train_w2.jsonl: a hand-written TRAINING batch for the stance model (writer W2 of five),
in the schema of utterances.jsonl plus a "batch" field (see README.md here, "Training batch w2 (stance model)").

Written by hand on 2026-12-05 (11:04-11:15 UTC) by W2, in one voice of the five: British, Irish and Australian
speakers and older, formal ones ("not my cup of tea", "can't be doing with", "I'm rather partial to", "cracking",
"a bit naff", "I'd sooner not", "grand"; long courteous sentences, understatement, dry irony). The writer read
only fresh_batch.py, write_utterances.py's R() / G / D / P and its first records (the screen showed its lines
1-140, i.e. the complaint records and the first reference and critique records), and write_utterances_fresh6.py's
docstring and the code above and below its records (its last four plain records were on screen with the closing
lines); the catalogue vocabulary and film titles were looked up with load_catalog(). The writer did not open any
utterances*.jsonl file, any other writer's records, evals/data/stance_dev.py, the stance readers or the judge
(tools/stance*.py, tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py,
agent/stance_model.py, agent/understand.py), evals/notes, evals/results or evals/bench, and ran no reader, agent,
benchmark or test on these sentences. Every gold label is what a careful reader takes the sentence to mean for this
user now; a value named with no side taken (someone else's taste, a question, indifference, a taste long over) is
left out of the gold (a taste long over may also be read as refused: also_ok).

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks), and
fresh_batch.check() also fails on any also_ok value, person, genre, decade or year bound the catalogue lacks, and on
a sentence already in another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w2
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w2.jsonl"
OTHER_FILES = earlier_files(6)  # utterances.jsonl, fresh #1-#6
BATCH = "trainw2-2026-12-05"

TOPICS = {
    "plain": "plain likes and refusals, plain negation included, one value",
    "plain_pair": "plain two-sided messages: X yes, Y no; X but not Y",
    "polite": "courteous refusals: not my cup of tea, I'd sooner not, can't be doing with, I'm afraid",
    "understatement": "understated and litotic liking: rather partial to, wouldn't say no, not averse, no hardship",
    "slang": "British, Irish and Australian slang of both polarities: cracking, grand, naff, rubbish, ripper, pants",
    "vice": "enthusiasm in words of vice or sickness: weakness, guilty pleasure, addiction, my poison",
    "fatigue": "satiety and weariness that refuse: had my fill, up to here, done to death",
    "only_but": "nothing but X / anything but X / X or nothing / everything bar X",
    "comparison": "one side preferred, the other refused: X over Y, X knocks spots off Y",
    "irony": "sarcasm and rhetorical questions whose meaning is plain",
    "bystander": "a value someone else likes, a question, indifference or a taste long over, beside one with a side",
    "names": "decades, year bounds, people and catalogue films, in this voice",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of


R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ------------------------------------------------------------------------------------------------------------ plain
T = "plain"
R(T, "I'd like a good mystery tonight, please.", like=[G + "Mystery"])
R(T, "I don't care for horror.", dislike=[G + "Horror"])
R(T, "No musicals, thank you kindly.", dislike=[G + "Musical"])
R(T, "Something from the fifties, if you would.", like=[D + "1950s"])
R(T, "Could you find me a war film?", like=[G + "War"])
R(T, "I do enjoy a documentary.", like=[G + "Documentary"])
R(T, "Please don't suggest anything animated.", dislike=[G + "Animation"])
R(T, "I'm not keen on science fiction.", dislike=[G + "Sci-Fi"])
R(T, "i'd like a western", like=[G + "Western"])
R(T, "I dislike film noir.", dislike=[G + "Film-Noir"])
R(T, "Fantasy, please.", like=[G + "Fantasy"])
R(T, "I'd rather not have anything with Pauly Shore in it.", dislike=[P + "Pauly Shore"])
R(T, "I like Alfred Hitchcock's films very much.", like=[P + "Alfred Hitchcock"])
R(T, "Nothing made before 1960, please.", year=(1960, None))
R(T, "I don't want a romance this evening.", dislike=[G + "Romance"])
R(T, "thrillers for me", like=[G + "Thriller"])
R(T, "My favourite genre is crime.", like=[G + "Crime"])
R(T, "I enjoy films made for children, the gentle ones especially.", like=[G + "Children's"])
R(T, "I don't much like adventure films.", dislike=[G + "Adventure"])
R(T, "no war pictures", dislike=[G + "War"])
R(T, "I'm looking for a drama.", like=[G + "Drama"])
R(T, "Not westerns.", dislike=[G + "Western"])
R(T, "I love the films of Akira Kurosawa.", like=[P + "Akira Kurosawa"])
R(T, "Something with Emma Thompson in it, please.", like=[P + "Emma Thompson"])
R(T, "I don't fancy a documentary tonight.", dislike=[G + "Documentary"])
R(T, "Eighties films, please.", like=[D + "1980s"])
R(T, "Nothing from the 1990s.", dislike=[D + "1990s"])
R(T, "I liked The Remains of the Day very much.", like_items=["The Remains of the Day (1993)"])
R(T, "Please avoid anything by Quentin Tarantino.", dislike=[P + "Quentin Tarantino"])
R(T, "I'd prefer a musical.", like=[G + "Musical"])
R(T, "i don't watch horror", dislike=[G + "Horror"])
R(T, "I enjoy a good science fiction film.", like=[G + "Sci-Fi"])
R(T, "no crime dramas", dislike=[G + "Crime"], ok=["-genre:Drama"])
R(T, "I'm after something from the 1930s.", like=[D + "1930s"])
R(T, "Films made between 1970 and 1985 only, please.", year=(1970, 1985))
R(T, "Nothing after 1975.", year=(None, 1975))
R(T, "I don't like Tom Cruise.", dislike=[P + "Tom Cruise"])
R(T, "Mel Brooks, please.", like=[P + "Mel Brooks"])
R(T, "I would like to see a film noir.", like=[G + "Film-Noir"])
R(T, "I don't enjoy mysteries.", dislike=[G + "Mystery"])
R(T, "Adventure films are my favourite.", like=[G + "Adventure"])
R(T, "I hate fantasy.", dislike=[G + "Fantasy"])
R(T, "Please, no children's films.", dislike=[G + "Children's"])
R(T, "I would like a romantic film this evening.", like=[G + "Romance"])
R(T, "I don't want anything with Arnold Schwarzenegger.", dislike=[P + "Arnold Schwarzenegger"])
R(T, "I didn't like Titanic.", dislike_items=["Titanic (1997)"])
R(T, "I loved Brassed Off.", like_items=["Brassed Off (1996)"])
R(T, "Dramas are what I watch most, and what I'd like now.", like=[G + "Drama"])
R(T, "I am not interested in war films.", dislike=[G + "War"])
R(T, "Action, please, and plenty of it.", like=[G + "Action"])
R(T, "I don't care for action films", dislike=[G + "Action"])
R(T, "Thrillers aren't for me.", dislike=[G + "Thriller"])
R(T, "I like comedy.", like=[G + "Comedy"])
R(T, "Sixties films, if you have them.", like=[D + "1960s"])
R(T, "Nothing from the forties.", dislike=[D + "1940s"])
R(T, "Could I have something with Judi Dench?", like=[P + "Judi Dench"])
R(T, "I do not like musicals and I never have.", dislike=[G + "Musical"])
R(T, "Animation, please. The grown-up sort.", like=[G + "Animation"])
R(T, "A crime film would be nice.", like=[G + "Crime"])
R(T, "I don't like romantic films.", dislike=[G + "Romance"])
R(T, "I'm not a horror person, nor a thriller person, come to that.", dislike=[G + "Horror", G + "Thriller"])
R(T, "Whenever I'm feeling low, nothing cheers me like a musical.", like=[G + "Musical"])
R(T, "Something the whole family can watch, a proper children's film, would be lovely.", like=[G + "Children's"])
R(T, "I've no stomach for crime films, all that shooting.", dislike=[G + "Crime"])
R(T, "Nineties films, please; that was my decade.", like=[D + "1990s"])
R(T, "A good meaty drama, something to get my teeth into.", like=[G + "Drama"])

# ------------------------------------------------------------------------------------------------------- plain_pair
T = "plain_pair"
R(T, "Comedy yes, horror no.", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "Westerns, yes please; war films, no thank you.", like=[G + "Western"], dislike=[G + "War"])
R(T, "I like thrillers but not horror.", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "A mystery would be nice, but no romance.", like=[G + "Mystery"], dislike=[G + "Romance"])
R(T, "documentaries yes, dramas no", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "Sci-fi please, not fantasy.", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "I'd like something from the 1970s, but no crime.", like=[D + "1970s"], dislike=[G + "Crime"])
R(T, "Animation, please, but no musicals.", like=[G + "Animation"], dislike=[G + "Musical"])
R(T, "I enjoy adventure films; I don't enjoy war films.", like=[G + "Adventure"], dislike=[G + "War"])
R(T, "Crime, not thrillers.", like=[G + "Crime"], dislike=[G + "Thriller"])
R(T, "Romance yes. Comedy no.", like=[G + "Romance"], dislike=[G + "Comedy"])
R(T, "Film noir for me, and please no westerns.", like=[G + "Film-Noir"], dislike=[G + "Western"])
R(T, "Give me Harrison Ford, not Tom Cruise.", like=[P + "Harrison Ford"], dislike=[P + "Tom Cruise"])
R(T, "I like the 1950s and I don't like the 1980s.", like=[D + "1950s"], dislike=[D + "1980s"])
R(T, "Children's films yes, cartoons no - live action for the little ones.", like=[G + "Children's"],
  dislike=[G + "Animation"])
R(T, "no horror, but a thriller is fine", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "Drama please, and nothing from before 1950.", like=[G + "Drama"], year=(1950, None))
R(T, "Fantasy: yes. Sci-Fi: no.", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "I like Woody Allen, I don't like Mel Brooks.", like=[P + "Woody Allen"], dislike=[P + "Mel Brooks"])
R(T, "Musicals yes, but not ones from the 1930s.", like=[G + "Musical"], dislike=[D + "1930s"])
R(T, "A comedy from the 1990s, but not a romantic one.", like=[G + "Comedy", D + "1990s"],
  dislike=[G + "Romance"])
R(T, "Mystery, yes; horror, absolutely not.", like=[G + "Mystery"], dislike=[G + "Horror"])
R(T, "I like war films. I dislike westerns.", like=[G + "War"], dislike=[G + "Western"])
R(T, "Action but not sci-fi, please.", like=[G + "Action"], dislike=[G + "Sci-Fi"])
R(T, "Sean Connery, yes; Roger Moore, no.", like=[P + "Sean Connery"], dislike=[P + "Roger Moore"])

# ----------------------------------------------------------------------------------------------------------- polite
T = "polite"
R(T, "Horror really isn't my cup of tea, I'm afraid.", dislike=[G + "Horror"])
R(T, "I can't be doing with musicals, all that bursting into song in the street.", dislike=[G + "Musical"])
R(T, "I'd sooner not sit through a war film this evening, if it's all the same to you.", dislike=[G + "War"])
R(T, "If you wouldn't mind, I'd rather give the science fiction a miss.", dislike=[G + "Sci-Fi"])
R(T, "With the greatest respect to those who enjoy them, westerns leave me quite cold.", dislike=[G + "Western"])
R(T, "I'm terribly sorry, but animated films simply aren't for me.", dislike=[G + "Animation"])
R(T, "Thank you, but I shan't be wanting any romances.", dislike=[G + "Romance"])
R(T, "Perhaps we might leave the thrillers for another time; my nerves aren't what they were.",
  dislike=[G + "Thriller"])
R(T, "Fantasy has never really been my sort of thing, I'm sorry to say.", dislike=[G + "Fantasy"])
R(T, "Kind of you to offer, but I'll pass on anything with Adam Sandler.", dislike=[P + "Adam Sandler"])
R(T, "I'd be ever so grateful if you'd keep the gangster pictures well away from me.", dislike=[G + "Crime"])
R(T, "Whodunnits were never quite my cup of tea, if I'm honest.", dislike=[G + "Mystery"])
R(T, "I'll politely decline anything from the seventies, thank you.", dislike=[D + "1970s"])
R(T, "Adventure films are a touch too boisterous for my liking.", dislike=[G + "Adventure"])
R(T, "I'm afraid I draw the line at film noir; it's all far too gloomy for me.", dislike=[G + "Film-Noir"])
R(T, "Might I suggest we steer clear of comedies tonight? I'm not in a laughing humour.", dislike=[G + "Comedy"])
R(T, "Children's films I'll leave to the children, thank you very much.", dislike=[G + "Children's"])
R(T, "I'd rather not, if it's all the same, have anything starring Sylvester Stallone.",
  dislike=[P + "Sylvester Stallone"])
R(T, "I do hope you won't suggest a drama; I've had rather a heavy week of it.", dislike=[G + "Drama"])
R(T, "Musicals I can quite happily live without.", dislike=[G + "Musical"])
R(T, "Nothing before 1960, I'm afraid; the old ones rather send me off to sleep.", year=(1960, None))
R(T, "Not being funny, but I really can't be doing with Jim Carrey's gurning.", dislike=[P + "Jim Carrey"])
R(T, "I shall give the action pictures a wide berth, if you don't mind.", dislike=[G + "Action"])
R(T, "Documentaries are all very worthy, I'm sure, but I'd sooner not this evening.",
  dislike=[G + "Documentary"])
R(T, "Would you be so good as to leave out anything with Mel Gibson? I've never warmed to him.",
  dislike=[P + "Mel Gibson"])
R(T, "Good heavens, not film noir, all those venetian blinds and men in hats; I'd much rather not.",
  dislike=[G + "Film-Noir"])
R(T, "A children's adventure? Lord, no. I'm seventy-three.", dislike=[G + "Children's"], ok=["-genre:Adventure"])
R(T, "I wouldn't cross the road for a science fiction film, if I'm being candid.", dislike=[G + "Sci-Fi"])
R(T, "Mysteries tend to lose me halfway through; I'd sooner something else.", dislike=[G + "Mystery"])
R(T, "Documentaries feel far too much like homework to me.", dislike=[G + "Documentary"])

# --------------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "I'm rather partial to a good western.", like=[G + "Western"])
R(T, "I wouldn't say no to a mystery.", like=[G + "Mystery"])
R(T, "I have been known to enjoy the odd musical.", like=[G + "Musical"])
R(T, "Film noir is not entirely without its charms, as far as I'm concerned.", like=[G + "Film-Noir"])
R(T, "I'm not averse to a spot of science fiction.", like=[G + "Sci-Fi"])
R(T, "A war film wouldn't go amiss.", like=[G + "War"])
R(T, "I have a certain fondness for pictures from the 1940s.", like=[D + "1940s"])
R(T, "Documentaries? I must confess I'm quite fond of them.", like=[G + "Documentary"])
R(T, "I dare say a romance might do me some good tonight.", like=[G + "Romance"])
R(T, "I'm by no means opposed to a bit of animation.", like=[G + "Animation"])
R(T, "I've a soft spot for those old Ealing-style comedies.", like=[G + "Comedy"])
R(T, "Billy Wilder is rather good, isn't he? I'd happily have more of him.", like=[P + "Billy Wilder"])
R(T, "I could probably be persuaded towards a fantasy.", like=[G + "Fantasy"])
R(T, "I'd not object to something from the thirties.", like=[D + "1930s"])
R(T, "A crime picture would be no hardship at all.", like=[G + "Crime"])
R(T, "Thrillers are not unwelcome in this house.", like=[G + "Thriller"])
R(T, "I rather think an adventure is in order.", like=[G + "Adventure"])
R(T, "Horror? I'm partial to a bit of a fright, as it happens.", like=[G + "Horror"])
R(T, "Maggie Smith can do no wrong in my book.", like=[P + "Maggie Smith"])
R(T, "I wouldn't turn my nose up at one of Kenneth Branagh's Shakespeares.", like=[P + "Kenneth Branagh"])
R(T, "Dramas aren't half bad, in fairness.", like=[G + "Drama"])
R(T, "I'm quietly fond of a children's film, I'll admit it.", like=[G + "Children's"])
R(T, "The sixties weren't a bad decade for pictures, were they? Something from then.", like=[D + "1960s"])
R(T, "A comedy wouldn't be the worst thing in the world.", like=[G + "Comedy"])
R(T, "I shouldn't mind something with Cary Grant at all.", like=[P + "Cary Grant"])
R(T, "I'm an old romantic at heart, so a love story would be just the ticket.", like=[G + "Romance"])
R(T, "A horror from the seventies would suit me down to the ground.", like=[G + "Horror", D + "1970s"])

# ------------------------------------------------------------------------------------------------------------ slang
T = "slang"
R(T, "Romcoms are a bit naff, to be honest.", dislike=[G + "Romance", G + "Comedy"])
R(T, "sci-fi is rubbish mate", dislike=[G + "Sci-Fi"])
R(T, "That Full Monty was cracking, more like it please.", like_items=["The Full Monty (1997)"])
R(T, "A good horror would be grand, so it would.", like=[G + "Horror"])
R(T, "Musicals are absolute pants.", dislike=[G + "Musical"])
R(T, "crime flicks are ripper, chuck us one on", like=[G + "Crime"])
R(T, "Fantasy's a load of old cobblers.", dislike=[G + "Fantasy"])
R(T, "Documentaries are dead good, me.", like=[G + "Documentary"])
R(T, "War films? Deadly. Love them.", like=[G + "War"])
R(T, "Kids' films do my head in.", dislike=[G + "Children's"])
R(T, "Action films are the bee's knees.", like=[G + "Action"])
R(T, "Animation's all a bit twee for me.", dislike=[G + "Animation"])
R(T, "Mysteries are cracking, love a good whodunnit.", like=[G + "Mystery"])
R(T, "Dramas are a right slog.", dislike=[G + "Drama"])
R(T, "adventure films? top notch", like=[G + "Adventure"])
R(T, "Film noir is the business, so it is.", like=[G + "Film-Noir"])
R(T, "Jean-Claude Van Damme films are utter tosh.", dislike=[P + "Jean-Claude Van Damme"])
R(T, "Paul Hogan's a legend, any of his will do.", like=[P + "Paul Hogan"])
R(T, "Eighties stuff is all a bit dodgy, give it a miss.", dislike=[D + "1980s"])
R(T, "Westerns are me favourite, I'm mad for them.", like=[G + "Western"])
R(T, "Horror isn't worth a tinker's curse.", dislike=[G + "Horror"])
R(T, "Comedies, yeah, bang on.", like=[G + "Comedy"])
R(T, "Romance is a bit wet, innit.", dislike=[G + "Romance"])
R(T, "sci fi is bonzer, give us a good one", like=[G + "Sci-Fi"])
R(T, "A musical would make for a grand night in.", like=[G + "Musical"])
R(T, "Strewth, not another war film.", dislike=[G + "War"])
R(T, "Thrillers? Naff, the lot of them.", dislike=[G + "Thriller"])
R(T, "Musicals? Not on your nelly.", dislike=[G + "Musical"])
R(T, "Crikey, no westerns, I'd be asleep inside ten minutes.", dislike=[G + "Western"])
R(T, "A good old-fashioned adventure would be smashing.", like=[G + "Adventure"])
R(T, "Slapstick comedy? Spare me, please.", dislike=[G + "Comedy"])
R(T, "Noir's a bit too moody for a Friday night, so let's not.", dislike=[G + "Film-Noir"])
R(T, "Swashbuckling adventures are all a bit silly, aren't they? Not for me.", dislike=[G + "Adventure"])

# ------------------------------------------------------------------------------------------------------------- vice
T = "vice"
R(T, "I've a terrible weakness for musicals.", like=[G + "Musical"])
R(T, "Westerns are my guilty pleasure, I'm afraid.", like=[G + "Western"])
R(T, "I'm hopelessly addicted to whodunnits.", like=[G + "Mystery"])
R(T, "I could murder a good thriller right now.", like=[G + "Thriller"])
R(T, "Horror films are my vice, and I'm entirely unrepentant.", like=[G + "Horror"])
R(T, "Forgive me, but I'm an absolute sucker for a weepy romance.", like=[G + "Romance"], ok=["+genre:Drama"])
R(T, "Film noir will be the undoing of me; I'll stay up till three for one.", like=[G + "Film-Noir"])
R(T, "My wife says my appetite for war films is unhealthy. She's probably right. Another, please.",
  like=[G + "War"])
R(T, "I'm afraid I'm quite incurable where Hitchcock is concerned.", like=[P + "Alfred Hitchcock"])
R(T, "Science fiction is a dreadful habit of mine that I've no intention of breaking.", like=[G + "Sci-Fi"])
R(T, "Documentaries are a rather shameful obsession of mine.", like=[G + "Documentary"])
R(T, "I'm a lost cause when it comes to cartoons.", like=[G + "Animation"], ok=["+genre:Children's"])
R(T, "It's sinful how many crime films I've watched this year, and I want more.", like=[G + "Crime"])
R(T, "Fantasy is my poison; pour me another.", like=[G + "Fantasy"])
R(T, "I've an embarrassing addiction to 1980s action films.", like=[G + "Action", D + "1980s"])
R(T, "I do love being frightened half to death by a good horror film.", like=[G + "Horror"])
R(T, "Call me soppy, but I'd adore a romance.", like=[G + "Romance"])
R(T, "I'm a bit of an anorak about science fiction, so do your worst.", like=[G + "Sci-Fi"])

# ---------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of westerns for one lifetime.", dislike=[G + "Western"])
R(T, "Honestly, I've seen enough horror to last me till Christmas.", dislike=[G + "Horror"])
R(T, "I'm up to here with romantic comedies.", dislike=[G + "Romance", G + "Comedy"])
R(T, "Time was I'd have jumped at a war film. Not any more; they upset me now.", dislike=[G + "War"])
R(T, "I'm not sure I could face another documentary, to be perfectly honest.", dislike=[G + "Documentary"])
R(T, "Spare me the space operas, I'm all sci-fi'd out.", dislike=[G + "Sci-Fi"])
R(T, "We've done thrillers to death this month.", dislike=[G + "Thriller"])
R(T, "Musicals have rather worn out their welcome with me.", dislike=[G + "Musical"])
R(T, "One more gangster picture and I shall scream.", dislike=[G + "Crime"])
R(T, "I'm sick to the back teeth of action films.", dislike=[G + "Action"])
R(T, "We've been on a steady diet of cartoons since the grandchildren arrived, and I need a break from them.",
  dislike=[G + "Animation"], ok=["-genre:Children's"])
R(T, "The nineties have been done to death in this house.", dislike=[D + "1990s"])
R(T, "I've had quite enough of Kevin Costner, thank you.", dislike=[P + "Kevin Costner"])
R(T, "Drama fatigue has well and truly set in.", dislike=[G + "Drama"])
R(T, "War films have rather lost their lustre for me.", dislike=[G + "War"])
R(T, "I've had a bellyful of fantasy of late.", dislike=[G + "Fantasy"])
R(T, "Having sat through a great many of them in my time, I find I've little appetite left for mysteries.",
  dislike=[G + "Mystery"])

# --------------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "Anything but a musical, I beg you.", dislike=[G + "Musical"])
R(T, "Nothing but westerns for me this weekend.", like=[G + "Western"])
R(T, "I'll watch anything at all, so long as it isn't horror.", dislike=[G + "Horror"])
R(T, "Thrillers or nothing, I'm afraid.", like=[G + "Thriller"])
R(T, "Any genre you like, bar science fiction.", dislike=[G + "Sci-Fi"])
R(T, "It's documentaries or bust tonight.", like=[G + "Documentary"])
R(T, "Everything except romance, please.", dislike=[G + "Romance"])
R(T, "Give me nothing but film noir from the forties.", like=[G + "Film-Noir", D + "1940s"])
R(T, "I'm happy with whatever you choose, save for children's films.", dislike=[G + "Children's"])
R(T, "Only comedies, please. I need cheering up.", like=[G + "Comedy"])
R(T, "I'd watch any old thing apart from a war film.", dislike=[G + "War"])
R(T, "Strictly fantasy this evening; nothing else will do.", like=[G + "Fantasy"])

# ------------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "I'd far sooner watch a mystery than a thriller.", like=[G + "Mystery"], dislike=[G + "Thriller"])
R(T, "Give me a good western over a space epic any day of the week.", like=[G + "Western"],
  dislike=[G + "Sci-Fi"])
R(T, "Documentaries knock spots off dramas, in my view.", like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "I'd take a black-and-white noir over a modern action film every time.", like=[G + "Film-Noir"],
  dislike=[G + "Action"])
R(T, "Comedy beats horror hands down.", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "I'd rather watch paint dry than sit through a musical, so put on an adventure instead.",
  like=[G + "Adventure"], dislike=[G + "Musical"])
R(T, "The forties beat the eighties hollow where pictures are concerned.", like=[D + "1940s"],
  dislike=[D + "1980s"])
R(T, "One Bogart is worth ten Keanu Reeves.", like=[P + "Humphrey Bogart"], dislike=[P + "Keanu Reeves"])
R(T, "I prefer war films to westerns by some distance.", like=[G + "War"], dislike=[G + "Western"])
R(T, "Fantasy over science fiction, if I must choose.", like=[G + "Fantasy"], dislike=[G + "Sci-Fi"])
R(T, "I'd choose a crime drama over a romance any night of the week.", like=[G + "Crime"],
  dislike=[G + "Romance"], ok=["+genre:Drama"])
R(T, "The fifties, please, not the nineties.", like=[D + "1950s"], dislike=[D + "1990s"])
R(T, "Thrillers are streets ahead of horror for me.", like=[G + "Thriller"], dislike=[G + "Horror"])
R(T, "Mike Leigh over Richard Curtis, always.", like=[P + "Mike Leigh"], dislike=[P + "Richard Curtis"])
R(T, "I'd swap every action film ever made for one decent mystery.", like=[G + "Mystery"],
  dislike=[G + "Action"])

# ------------------------------------------------------------------------------------------------------------ irony
T = "irony"
R(T, "Oh marvellous, another musical. Just what I didn't want.", dislike=[G + "Musical"])
R(T, "Horror? Do I look like I want to sleep with the lights on?", dislike=[G + "Horror"])
R(T, "Westerns, is it? Ah would you ever give over.", dislike=[G + "Western"])
R(T, "Who doesn't love a good mystery?", like=[G + "Mystery"])
R(T, "Why would anybody not want a war film on a Sunday afternoon?", like=[G + "War"])
R(T, "Romance. Lovely. If I wanted to feel queasy I'd have had the prawn cocktail.", dislike=[G + "Romance"])
R(T, "Is the Pope Catholic? Of course I want a crime film.", like=[G + "Crime"])
R(T, "Sci-fi? Yes, because what I need tonight is more men in rubber suits.", dislike=[G + "Sci-Fi"])
R(T, "Do I want a thriller? Does a duck swim?", like=[G + "Thriller"])
R(T, "Animated films for a grown man of sixty, how very thoughtful of you.", dislike=[G + "Animation"])
R(T, "Might I have a documentary, or is that too much to ask?", like=[G + "Documentary"])
R(T, "Jim Carrey pulling faces for ninety minutes; I can hardly wait.", dislike=[P + "Jim Carrey"])
R(T, "Fantasy again? Bless. No.", dislike=[G + "Fantasy"])
R(T, "What's not to love about a Kubrick film?", like=[P + "Stanley Kubrick"])
R(T, "Another seventies film full of flares and moustaches? I think not.", dislike=[D + "1970s"])

# -------------------------------------------------------------------------------------------------------- bystander
T = "bystander"
R(T, "My wife adores musicals, but I'd like a thriller for myself tonight.", like=[G + "Thriller"])
R(T, "My husband's the western fan in this house. For me, a mystery.", like=[G + "Mystery"])
R(T, "Is film noir the same thing as a crime film? Anyway, I want something with Bogart in it.",
  like=[P + "Humphrey Bogart"])
R(T, "I used to love horror as a student, but these days I'd like a gentle comedy.", like=[G + "Comedy"],
  ok=["-genre:Horror"])
R(T, "I'm neither here nor there about war films; what I'd really like is something from the 1950s.",
  like=[D + "1950s"])
R(T, "My grandson is forever on about science fiction; for my own viewing, though, I'd like a good drama.",
  like=[G + "Drama"])
R(T, "Does documentary count as a genre? I only ask. I'd like a western tonight.", like=[G + "Western"])
R(T, "I don't mind romance one way or the other, but please, no horror.", dislike=[G + "Horror"])
R(T, "My sister swears by Julia Roberts. I'm a Meryl Streep woman myself.", like=[P + "Meryl Streep"])
R(T, "Were the forties the heyday of film noir? Either way, I'm in the mood for a comedy.",
  like=[G + "Comedy"])
R(T, "Adventure films were my late father's great love. As for me, I'd like a quiet drama this evening.",
  like=[G + "Drama"])
R(T, "I'm quite indifferent to Spielberg, truth be told; what I'd really relish is an Ingmar Bergman.",
  like=[P + "Ingmar Bergman"])
R(T, "Are crime films and thrillers much the same thing? Either way I'd like to avoid horror.",
  dislike=[G + "Horror"])
R(T, "I went through a westerns phase years ago, long since passed. These days give me a mystery.",
  like=[G + "Mystery"], ok=["-genre:Western"])
R(T, "My partner's the one for action films. I'll have a documentary, please.", like=[G + "Documentary"])
R(T, "Children's films are for when the grandchildren visit; tonight it's just me and I fancy a thriller.",
  like=[G + "Thriller"])
R(T, "Do you have many films from the 1920s? Just out of curiosity. For tonight I'm after an adventure.",
  like=[G + "Adventure"])
R(T, "I've no strong feelings about animation either way, but I simply can't abide war films.",
  dislike=[G + "War"])
R(T, "My mother was a great one for Fred Astaire. I'd like a western, myself.", like=[G + "Western"])
R(T, "Is The Third Man a film noir? I ask because I loved Casablanca and would like more in that line.",
  like_items=["Casablanca (1942)"])
R(T, "Horror's my brother's department. I'm after a romance.", like=[G + "Romance"])
R(T, "I'm told Tarantino is very good, though I've never seen one. I do like a crime film, mind.",
  like=[G + "Crime"])
R(T, "My son and his mates watch nothing but science fiction. Me, I'd like a comedy from the fifties.",
  like=[G + "Comedy", D + "1950s"])
R(T, "Romance is neither here nor there to me. I do love a good musical, though.", like=[G + "Musical"])
R(T, "Which is more frightening, horror or a thriller? Not that it matters, I'd like a fantasy.",
  like=[G + "Fantasy"])
R(T, "When I was younger I couldn't get enough of Clint Eastwood. Nowadays I'd sooner have a James Ivory.",
  like=[P + "James Ivory"], ok=["-person:Clint Eastwood"])
R(T, "My husband's fond of documentaries; personally, I find war films deadly dull.", dislike=[G + "War"])
R(T, "Whether it's from the eighties or the nineties makes no odds to me, so long as it's a cracking thriller.",
  like=[G + "Thriller"])
R(T, "My daughter says Leonardo DiCaprio is dreamy; I'd rather see something with Gregory Peck.",
  like=[P + "Gregory Peck"], ok=["-person:Leonardo DiCaprio"])
R(T, "Animation or live action, I'm not fussed. Just nothing with romance in it.", dislike=[G + "Romance"])
R(T, "Mysteries used to be my thing, but that was years ago. I'm after an adventure now.",
  like=[G + "Adventure"], ok=["-genre:Mystery"])
R(T, "The wife wants to know if you've any Hugh Grant. I'd like something with Sam Neill, myself.",
  like=[P + "Sam Neill"])
R(T, "Our lad's doing the Second World War at school, so he's keen on war films. I'd rather a Western.",
  like=[G + "Western"], ok=["-genre:War"])

# ------------------------------------------------------------------------------------------------------------ names
T = "names"
R(T, "Nothing older than I am, please, and I was born in 1958.", year=(1958, None))
R(T, "Keep it between 1940 and 1965, there's a good chap.", year=(1940, 1965))
R(T, "The thirties and forties, please, the golden age.", like=[D + "1930s", D + "1940s"])
R(T, "Anything from the nineties is a bit too shouty for me.", dislike=[D + "1990s"])
R(T, "Nothing after 1990, I can't abide the modern stuff.", year=(None, 1990))
R(T, "Seventies cinema was a cracking decade; let's have some of that.", like=[D + "1970s"])
R(T, "The fifties leave me rather cold.", dislike=[D + "1950s"])
R(T, "The sixties, please. The swinging ones.", like=[D + "1960s"])
R(T, "Anything with Michael Caine would be smashing.", like=[P + "Michael Caine"])
R(T, "I can't be doing with Mel Gibson, frankly.", dislike=[P + "Mel Gibson"])
R(T, "A Ken Loach film would be grand.", like=[P + "Ken Loach"])
R(T, "Steven Seagal is a bit naff, isn't he? Leave him out.", dislike=[P + "Steven Seagal"])
R(T, "Daniel Day-Lewis, always and forever.", like=[P + "Daniel Day-Lewis"])
R(T, "Nicole Kidman has never done it for me.", dislike=[P + "Nicole Kidman"])
R(T, "Liam Neeson would do nicely.", like=[P + "Liam Neeson"])
R(T, "Not Hugh Grant; all that stammering charm wears terribly thin.", dislike=[P + "Hugh Grant"])
R(T, "Four Weddings and a Funeral was frightfully overrated.", dislike_items=["Four Weddings and a Funeral (1994)"])
R(T, "Trainspotting was a cracking film, more of that sort.", like_items=["Trainspotting (1996)"])
R(T, "I thought The English Patient went on forever; I'd sooner not see its like again.",
  dislike_items=["The English Patient (1996)"])
R(T, "Muriel's Wedding is one of my all-time favourites.", like_items=["Muriel's Wedding (1994)"])
R(T, "Sense and Sensibility was a delight from start to finish.", like_items=["Sense and Sensibility (1995)"])
R(T, "Spice World was an abomination.", dislike_items=["Spice World (1997)"])
R(T, "A Fish Called Wanda had me in stitches.", like_items=["A Fish Called Wanda (1988)"])
R(T, "Waterworld was a damp squib.", dislike_items=["Waterworld (1995)"])
R(T, "The Crying Game: brilliant. More like that, please.", like_items=["The Crying Game (1992)"])
R(T, "In the Name of the Father stayed with me for weeks, in the best possible way.",
  like_items=["In the Name of the Father (1993)"])
R(T, "Geoffrey Rush was magnificent in Shine; more of him, please.", like=[P + "Geoffrey Rush"],
  like_items=["Shine (1996)"])
R(T, "Pre-1970 only, if you please; I've no time for anything since.", year=(None, 1969))
R(T, "As for the 1960s, I'd just as soon skip them altogether.", dislike=[D + "1960s"])
R(T, "Independence Day was loud, daft and about an hour too long.", dislike_items=["Independence Day (ID4) (1996)"])
R(T, "Anything with John Travolta dancing about is a hard no from me.", dislike=[P + "John Travolta"])
R(T, "Spielberg's sentimental streak is rather much for me; I'll give him a miss.",
  dislike=[P + "Steven Spielberg"])


if __name__ == "__main__":
    main()
