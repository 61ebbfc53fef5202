"""Writes evals/data/stance_train_w10.jsonl: a TRAINING batch for the stance model (writer W10, see README.md here,
"Training batch w10 (stance model)"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 (11:57-12:03 UTC) by W10, one of five writers adding training sentences in new
voices. W10's voice: dense messages with several values -- lists and contrasts with three or more values, decades
and year bounds ("nothing before 1960", "only the 70s and 80s"), exceptions ("anything but westerns, except
Unforgiven") -- in plain, idiomatic / figurative / indirect and no-side wordings. The writer read only
fresh_batch.py, write_utterances.py's R(), its G / D / P constants and its first ~20 complaint records,
write_utterances_fresh8.py's first 50 lines and last 5 lines, and the catalogue vocabulary (genres, decades,
people, film titles). The writer did not open any utterances*.jsonl or stance_train*.jsonl file, the record lines
of the other fresh or training writers, evals/data/stance_dev.py, the stance readers (tools/stance*.py,
tools/polarity.py, tools/feedback.py, tools/lexicon.py, agent/stance_llm.py, agent/stance_model.py,
agent/understand.py), the judge, evals/notes, evals/results or evals/bench, and ran no reader, agent, test or
benchmark on these sentences. Every gold label is what a careful reader takes the sentence to mean for this user
now; a value named without a side (someone else's taste, a question, a past taste, "neutral on X") is left out.
One sentence was reworded because the writer's own freshness check named it as already in an earlier file.

Each record carries a topic (the kind of wording, TOPICS below; kept here, not in the jsonl). Records are written
with write_utterances.R and resolved by write_utterances.build / main (the same label and vocabulary checks);
fresh_batch.check() also fails on any value or year bound the catalogue lacks and on a sentence already in
another utterance file. Run:
    python -m cesrec.evals.data.write_stance_train_w10
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch, earlier_files
from cesrec.evals.data.write_utterances import D, G, P

HERE = Path(__file__).resolve().parent
OUT = HERE / "stance_train_w10.jsonl"
OTHER_FILES = earlier_files(8, 5)  # utterances.jsonl, fresh #1-#8, training batches w1-w5
BATCH = "trainw10-2026-12-05"

TOPICS = {
    "lists": "plain lists of three or more values liked or refused, some with plain negation",
    "contrast": "X yes, Y no: contrasts of several values in one message, some as terse tallies",
    "era": "decades liked or refused and year bounds that shut out a period",
    "exception": "a refusal with an exception (or a liking with one): anything but X, except Y",
    "only_but": "nothing but X / anything but X / X or nothing / everything except X",
    "comparison": "comparisons where one side is preferred (the loser is refused)",
    "fatigue": "satiety and fatigue idioms that are refusals",
    "vice_praise": "enthusiasm in negative-looking words: vice, addiction, weakness, problem",
    "understatement": "litotes, understatement and double negation (mostly mild yeses, some soft refusals)",
    "polite_slang": "polite refusals and dismissive or enthusiastic slang",
    "rhetorical": "rhetorical questions and sarcasm whose meaning is clear",
    "no_side": "a value named without a side (someone else's taste, a question, a past taste, neutral) plus one "
               "the user does take a side on",
    "people_films": "actors, directors and catalogue films liked or refused, often several at once",
}

FRESH = FreshBatch(OUT, BATCH, TOPICS, earlier=OTHER_FILES)  # the shared machinery (fresh_batch.py)
RECORDS = FRESH.records
build, main, topic_of = FRESH.build, FRESH.main, FRESH.topic_of

R = FRESH.R  # write_utterances.R for this batch (class idiom), with the record's topic

# ---------------------------------------------------------------------------------------------------------- lists
T = "lists"
R(T, "I like thrillers, mysteries and a good film noir", like=[G + "Thriller", G + "Mystery", G + "Film-Noir"])
R(T, "no horror, no war films, no musicals please", dislike=[G + "Horror", G + "War", G + "Musical"])
R(T, "comedy, adventure and animation are my go-tos", like=[G + "Comedy", G + "Adventure", G + "Animation"])
R(T, "I don't like westerns, I don't like war movies and I really don't like documentaries",
  dislike=[G + "Western", G + "War", G + "Documentary"])
R(T, "Looking for crime dramas from the 70s", like=[G + "Crime", G + "Drama", D + "1970s"])
R(T, "sci-fi and fantasy, ideally 80s, and no romance subplot nonsense",
  like=[G + "Sci-Fi", G + "Fantasy", D + "1980s"], dislike=[G + "Romance"])
R(T, "Musicals and romances, please. Nothing violent, so skip action and crime.",
  like=[G + "Musical", G + "Romance"], dislike=[G + "Action", G + "Crime"])
R(T, "I'm into documentaries mostly, plus the odd war film and the odd western",
  like=[G + "Documentary", G + "War", G + "Western"])
R(T, "kids films and animation for tonight, no horror obviously", like=[G + "Children's", G + "Animation"],
  dislike=[G + "Horror"])
R(T, "not a fan of fantasy, sci-fi or anything else with dragons and spaceships",
  dislike=[G + "Fantasy", G + "Sci-Fi"])
R(T, "Give me Hitchcock, give me noir, give me the 1940s",
  like=[P + "Alfred Hitchcock", G + "Film-Noir", D + "1940s"])
R(T, "no cartoons, no kids stuff and no singing", dislike=[G + "Animation", G + "Children's", G + "Musical"])
R(T, "Please skip dramas and romances tonight, I want a comedy", like=[G + "Comedy"],
  dislike=[G + "Drama", G + "Romance"])
R(T, "horror and thrillers from the 70s or 80s",
  like=[G + "Horror", G + "Thriller", D + "1970s", D + "1980s"])
R(T, "I don't want anything with Jim Carrey, Adam Sandler or Pauly Shore",
  dislike=[P + "Jim Carrey", P + "Adam Sandler", P + "Pauly Shore"])
R(T, "Crime, war and westerns. Those are my three.", like=[G + "Crime", G + "War", G + "Western"])
R(T, "No documentaries and nothing older than 1970 please", dislike=[G + "Documentary"], year=(1970, None))
R(T, "I enjoy musicals, Gene Kelly ones especially, and the fifties in general",
  like=[G + "Musical", P + "Gene Kelly", D + "1950s"])
R(T, "i hate horror and i hate thrillers, both are way too tense for me", dislike=[G + "Horror", G + "Thriller"])
R(T, "mysteries, film noir, anything with Bogart", like=[G + "Mystery", G + "Film-Noir", P + "Humphrey Bogart"])
R(T, "Please no Western, no War, no Documentary.", dislike=[G + "Western", G + "War", G + "Documentary"])
R(T, "I want an animated film or a fantasy, something from the 90s",
  like=[G + "Animation", G + "Fantasy", D + "1990s"])
R(T, "We want comedy. Not romantic comedy, not dark comedy, just comedy.", like=[G + "Comedy"],
  ok=["-genre:Romance"])
R(T, "No Schwarzenegger, no Van Damme, no Seagal. Something with actual acting in it.",
  dislike=[P + "Arnold Schwarzenegger", P + "Jean-Claude Van Damme", P + "Steven Seagal"])
R(T, "I'd love a thriller with Harrison Ford or Gene Hackman",
  like=[G + "Thriller", P + "Harrison Ford", P + "Gene Hackman"])
R(T, "Adventure, animation, children's films -- it's a family night",
  like=[G + "Adventure", G + "Animation", G + "Children's"])
R(T, "I don't enjoy mysteries, crime films or anything with a detective in it",
  dislike=[G + "Mystery", G + "Crime"])
R(T, "Fantasy and adventure from the 80s, the Labyrinth sort of era",
  like=[G + "Fantasy", G + "Adventure", D + "1980s"])
R(T, "Please don't suggest any sci-fi, horror or animated films", dislike=[G + "Sci-Fi", G + "Horror",
                                                                         G + "Animation"])
R(T, "war dramas, 60s or 70s, something like Patton",
  like=[G + "War", G + "Drama", D + "1960s", D + "1970s"], like_items=["Patton (1970)"])

R(T, "Not interested in thrillers, war films, horror or anything with Bruce Willis",
  dislike=[G + "Thriller", G + "War", G + "Horror", P + "Bruce Willis"])
R(T, "please nothing for children, nothing animated, nothing from Disney's 90s run",
  dislike=[G + "Children's", G + "Animation"], ok=["-decade:1990s"])

# ------------------------------------------------------------------------------------------------------- contrast
T = "contrast"
R(T, "Action's fine, adventure's fine, sci-fi I don't like", like=[G + "Action", G + "Adventure"],
  dislike=[G + "Sci-Fi"])
R(T, "Up for: adventure, fantasy. Not up for: sci-fi, horror.", like=[G + "Adventure", G + "Fantasy"],
  dislike=[G + "Sci-Fi", G + "Horror"])
R(T, "westerns good, war good, documentaries bad", like=[G + "Western", G + "War"], dislike=[G + "Documentary"])
R(T, "Tonight's rules: comedy allowed, romance allowed, nothing from the 90s",
  like=[G + "Comedy", G + "Romance"], dislike=[D + "1990s"])
R(T, "Drama ✓ Mystery ✓ Musical ✗", like=[G + "Drama", G + "Mystery"], dislike=[G + "Musical"])
R(T, "Want: the 70s, crime, Pacino. Don't want: the 90s, romance, Hugh Grant.",
  like=[D + "1970s", G + "Crime", P + "Al Pacino"], dislike=[D + "1990s", G + "Romance", P + "Hugh Grant"])
R(T, "I like action but I hate war films and I can't stand westerns", like=[G + "Action"],
  dislike=[G + "War", G + "Western"])
R(T, "sci fi: yes. space opera: yes. horror in space: no thank you", like=[G + "Sci-Fi"], dislike=[G + "Horror"])
R(T, "On the menu: noir, mystery. Off the menu: anything after 1960.",
  like=[G + "Film-Noir", G + "Mystery"], year=(None, 1960))
R(T, "Adventure, yes please; fantasy, fine; musicals, never", like=[G + "Adventure", G + "Fantasy"],
  dislike=[G + "Musical"])
R(T, "80s comedies are in, 80s horror is out, 90s anything is out",
  like=[D + "1980s", G + "Comedy"], dislike=[G + "Horror", D + "1990s"])
R(T, "drama in, documentary in, action out (I've got a headache)", like=[G + "Drama", G + "Documentary"],
  dislike=[G + "Action"])
R(T, "romance: fine. musicals: fine. war: not tonight, not ever.", like=[G + "Romance", G + "Musical"],
  dislike=[G + "War"])
R(T, "Thumbs up for crime and noir, thumbs down for anything animated or anything for kids",
  like=[G + "Crime", G + "Film-Noir"], dislike=[G + "Animation", G + "Children's"])
R(T, "mystery and thriller are what I'm after; fantasy and musical are what I'm not",
  like=[G + "Mystery", G + "Thriller"], dislike=[G + "Fantasy", G + "Musical"])
R(T, "Spielberg yes, Lucas yes, Michael Bay no way",
  like=[P + "Steven Spielberg", P + "George Lucas"], dislike=[P + "Michael Bay"])
R(T, "comedy good. horror bad. 1950s good. 1990s bad. that's the whole list",
  like=[G + "Comedy", D + "1950s"], dislike=[G + "Horror", D + "1990s"])
R(T, "Keep the westerns and the war films coming, drop the romances and the dramas",
  like=[G + "Western", G + "War"], dislike=[G + "Romance", G + "Drama"])

# ------------------------------------------------------------------------------------------------------------ era
T = "era"
R(T, "nothing before 1960, and nothing after 1990 either", year=(1960, 1990))
R(T, "only the 70s and 80s, crime or thriller", like=[D + "1970s", D + "1980s", G + "Crime", G + "Thriller"])
R(T, "I only watch stuff from 1980 onwards, preferably action or sci-fi", year=(1980, None),
  like=[G + "Action", G + "Sci-Fi"])
R(T, "Anything from the 30s or 40s, the older the better", like=[D + "1930s", D + "1940s"])
R(T, "the 90s are overrated, give me the 60s", dislike=[D + "1990s"], like=[D + "1960s"])
R(T, "No films made before 1970 please, the acting feels so stagey to me", year=(1970, None))
R(T, "Keep it between 1975 and 1995, any genre except horror", year=(1975, 1995), dislike=[G + "Horror"])
R(T, "I'm a 1950s girl at heart: musicals, westerns, Technicolor everything",
  like=[D + "1950s", G + "Musical", G + "Western"])
R(T, "don't show me anything from the 80s, the hair alone is enough to put me off", dislike=[D + "1980s"])
R(T, "silent era through the 30s, that's where the magic is", like=[D + "1920s", D + "1930s"])
R(T, "post-1990 only, and no sci-fi", year=(1990, None), dislike=[G + "Sci-Fi"])
R(T, "Films older than me are a no. I was born in 1975.", year=(1975, None))
R(T, "Modern stuff bores me stiff, so nothing made after 1970", year=(None, 1970))
R(T, "the 70s gave us the best war films and the best crime films, so: 70s war or 70s crime",
  like=[D + "1970s", G + "War", G + "Crime"])
R(T, "Not the 40s, not the 50s, and no film noir", dislike=[D + "1940s", D + "1950s", G + "Film-Noir"])
R(T, "Sixties spy thrillers or seventies conspiracy thrillers, either works",
  like=[D + "1960s", D + "1970s", G + "Thriller"])
R(T, "only stuff from the last ten years or so, so 1988 and later", year=(1988, None))
R(T, "I can't do anything pre-1950, it's too creaky, and I can't do musicals from any year",
  year=(1950, None), dislike=[G + "Musical"])
R(T, "Hand me an 80s comedy and nobody gets hurt", like=[D + "1980s", G + "Comedy"])
R(T, "90s thrillers, 90s comedies, 90s anything really", like=[D + "1990s", G + "Thriller", G + "Comedy"])
R(T, "Hard cutoff at 1965: nothing older, and please no westerns", year=(1965, None), dislike=[G + "Western"])
R(T, "The 60s and 70s for me, but the 80s I can live without",
  like=[D + "1960s", D + "1970s"], dislike=[D + "1980s"])
R(T, "nothing from before the talkies, and nothing from the thirties either",
  dislike=[D + "1920s", D + "1930s"])
R(T, "the forties and fifties are my sweet spot, the noirs especially",
  like=[D + "1940s", D + "1950s", G + "Film-Noir"])
R(T, "anything from 1970 to 1979 is fair game, except the horror", like=[D + "1970s"], dislike=[G + "Horror"])
R(T, "Old Hollywood only: 1930s, 1940s, nothing in colour if you can help it",
  like=[D + "1930s", D + "1940s"])
R(T, "Skip the 1960s and the 1970s, I've seen everything from them twice",
  dislike=[D + "1960s", D + "1970s"])

R(T, "Nothing from the 1920s, 1930s or 1940s; I need colour, and sound that doesn't crackle",
  dislike=[D + "1920s", D + "1930s", D + "1940s"])
R(T, "Keep anything after 1985 away from me, and anything before 1960 too", year=(1960, 1985))
R(T, "no 90s, no 80s, and no sci-fi from any decade", dislike=[D + "1990s", D + "1980s", G + "Sci-Fi"])

# ------------------------------------------------------------------------------------------------------ exception
T = "exception"
R(T, "anything but westerns -- well, except Unforgiven, Unforgiven is allowed", dislike=[G + "Western"],
  like_items=["Unforgiven (1992)"])
R(T, "I avoid musicals, apart from Singin' in the Rain", dislike=[G + "Musical"],
  like_items=["Singin' in the Rain (1952)"])
R(T, "No horror, with one exception: Alien. Alien is perfect.", dislike=[G + "Horror"],
  like_items=["Alien (1979)"])
R(T, "Kids films are banned in this house, Toy Story excepted", dislike=[G + "Children's"],
  like_items=["Toy Story (1995)"])
R(T, "I skip every war film except Das Boot", dislike=[G + "War"], like_items=["Das Boot (1981)"])
R(T, "I don't do sci-fi unless it's Blade Runner or 2001", dislike=[G + "Sci-Fi"],
  like_items=["Blade Runner (1982)", "2001: A Space Odyssey (1968)"])
R(T, "Love Tom Cruise films, except Top Gun, which I can't stand", like=[P + "Tom Cruise"],
  dislike_items=["Top Gun (1986)"])
R(T, "All the 90s action you've got, minus anything with Van Damme in it", like=[D + "1990s", G + "Action"],
  dislike=[P + "Jean-Claude Van Damme"])
R(T, "romance is a no for me unless it's Casablanca", dislike=[G + "Romance"],
  like_items=["Casablanca (1942)"])
R(T, "I'm off documentaries, though Hoop Dreams was great", dislike=[G + "Documentary"],
  like_items=["Hoop Dreams (1994)"])
R(T, "comedies are fine by me, apart from the Jim Carrey kind", like=[G + "Comedy"], dislike=[P + "Jim Carrey"])
R(T, "Nothing before 1970, except Hitchcock -- Hitchcock I'll watch from any year", year=(1970, None),
  like=[P + "Alfred Hitchcock"])
R(T, "Every genre's on the table except horror and musicals", dislike=[G + "Horror", G + "Musical"])
R(T, "Animation is for kids, The Nightmare Before Christmas being the one exception",
  dislike=[G + "Animation"], like_items=["The Nightmare Before Christmas (1993)"])
R(T, "Thrillers, sure, just not the Stallone ones and not the 90s ones", like=[G + "Thriller"],
  dislike=[P + "Sylvester Stallone", D + "1990s"])
R(T, "I hate fantasy, with the obvious exception of The Princess Bride", dislike=[G + "Fantasy"],
  like_items=["The Princess Bride (1987)"])
R(T, "Dramas are too heavy for me, Shawshank aside", dislike=[G + "Drama"],
  like_items=["The Shawshank Redemption (1994)"])
R(T, "Bring on the sci-fi, just not Independence Day or anything like it", like=[G + "Sci-Fi"],
  dislike_items=["Independence Day (ID4) (1996)"])
R(T, "any decade except the 80s; any genre except crime", dislike=[D + "1980s", G + "Crime"])
R(T, "No Kevin Costner. Yes, that includes Dances with Wolves.", dislike=[P + "Kevin Costner"],
  dislike_items=["Dances with Wolves (1990)"])
R(T, "I'm done with Spielberg, though Jaws still gets a pass", dislike=[P + "Steven Spielberg"],
  like_items=["Jaws (1975)"])
R(T, "Any war film at all, but not Apocalypse Now again and not Platoon", like=[G + "War"],
  dislike_items=["Apocalypse Now (1979)", "Platoon (1986)"])
R(T, "westerns, crime, war, whatever you like -- just leave out anything with John Wayne",
  like=[G + "Western", G + "Crime", G + "War"], dislike=[P + "John Wayne"])

R(T, "No Costner, no Gibson, no Willis -- unless it's Die Hard, Die Hard is a Christmas film",
  dislike=[P + "Kevin Costner", P + "Mel Gibson", P + "Bruce Willis"], like_items=["Die Hard (1988)"])
R(T, "Nothing animated, nothing for kids and nothing musical, with the single exception of The Lion King",
  dislike=[G + "Animation", G + "Children's", G + "Musical"], like_items=["The Lion King (1994)"])

# ------------------------------------------------------------------------------------------------------- only_but
T = "only_but"
R(T, "nothing but noir and thrillers tonight", like=[G + "Film-Noir", G + "Thriller"])
R(T, "anything but romance, drama or musicals", dislike=[G + "Romance", G + "Drama", G + "Musical"])
R(T, "Westerns or nothing. And by westerns I mean the 60s ones.", like=[G + "Western", D + "1960s"])
R(T, "It's documentaries or bust for me this week, no fiction at all", like=[G + "Documentary"])
R(T, "everything except horror is fair game, and maybe not war either", dislike=[G + "Horror", G + "War"])
R(T, "Only comedies, only from the 80s, only with Bill Murray if possible",
  like=[G + "Comedy", D + "1980s", P + "Bill Murray"])
R(T, "I watch one thing: Kurosawa. Well, Kurosawa and John Ford.",
  like=[P + "Akira Kurosawa", P + "John Ford"])
R(T, "animation, animation, animation. Nothing live action, nothing from before the 90s.",
  like=[G + "Animation"], year=(1990, None), ok=["+decade:1990s"])
R(T, "Give me anything at all but a war film or a western", dislike=[G + "War", G + "Western"])
R(T, "Nothing but 1930s screwball and 1940s noir", like=[D + "1930s", G + "Comedy", D + "1940s", G + "Film-Noir"])
R(T, "It's fantasy or adventure or I'm going to bed", like=[G + "Fantasy", G + "Adventure"])
R(T, "everything but the 90s, please, and especially not 90s thrillers", dislike=[D + "1990s"],
  ok=["-genre:Thriller"])
R(T, "Any film at all, so long as it isn't sci-fi, horror or a musical",
  dislike=[G + "Sci-Fi", G + "Horror", G + "Musical"])
R(T, "Just crime. Crime, crime and more crime, Scorsese by preference", like=[G + "Crime", P + "Martin Scorsese"])
R(T, "I'll take literally anything but Adam Sandler and anything but kids films",
  dislike=[P + "Adam Sandler", G + "Children's"])
R(T, "Mysteries only -- whodunits, locked rooms, the lot, ideally black and white 40s ones",
  like=[G + "Mystery", D + "1940s"])
R(T, "It's a Meg Ryan romcom or nothing tonight", like=[P + "Meg Ryan", G + "Romance", G + "Comedy"])
R(T, "All genres welcome bar documentary, war and western", dislike=[G + "Documentary", G + "War", G + "Western"])

R(T, "Anything except a romance or a comedy or, god forbid, a romantic comedy",
  dislike=[G + "Romance", G + "Comedy"])
R(T, "Literally anything but the 80s and the 90s", dislike=[D + "1980s", D + "1990s"])

# ----------------------------------------------------------------------------------------------------- comparison
T = "comparison"
R(T, "I'd take a slow 70s drama over a loud 90s action film every time", like=[D + "1970s", G + "Drama"],
  dislike=[D + "1990s", G + "Action"])
R(T, "Hitchcock over Spielberg, and noir over blockbusters", like=[P + "Alfred Hitchcock", G + "Film-Noir"],
  dislike=[P + "Steven Spielberg"])
R(T, "Sci-fi wipes the floor with fantasy. Robots, yes. Elves, no.", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(T, "documentaries are better than most dramas, so documentaries please and skip the dramas",
  like=[G + "Documentary"], dislike=[G + "Drama"])
R(T, "I prefer the old westerns to the new ones: 50s and 60s, not 90s",
  like=[G + "Western", D + "1950s", D + "1960s"], dislike=[D + "1990s"])
R(T, "Bogart and Bacall over Cruise and Kidman any day of the week",
  like=[P + "Humphrey Bogart", P + "Lauren Bacall"], dislike=[P + "Tom Cruise", P + "Nicole Kidman"])
R(T, "One good mystery is worth ten action films", like=[G + "Mystery"], dislike=[G + "Action"])
R(T, "I'd rather rewatch The Empire Strikes Back than sit through another romcom",
  like_items=["The Empire Strikes Back (1980)"], dislike=[G + "Romance", G + "Comedy"])
R(T, "horror over action every time, and the 70s over the 90s", like=[G + "Horror", D + "1970s"],
  dislike=[G + "Action", D + "1990s"])
R(T, "War films from the 60s beat anything made in the 80s", like=[G + "War", D + "1960s"],
  dislike=[D + "1980s"])
R(T, "Crime > romance, thriller > comedy. Do the maths.", like=[G + "Crime", G + "Thriller"],
  dislike=[G + "Romance", G + "Comedy"])
R(T, "I'd sooner watch paint dry than a musical. Actually a documentary about paint would be ideal.",
  like=[G + "Documentary"], dislike=[G + "Musical"])
R(T, "Kubrick leaves Michael Bay in the dust, and so does pretty much every director from the 60s",
  like=[P + "Stanley Kubrick", D + "1960s"], dislike=[P + "Michael Bay"])
R(T, "A 40s noir knocks spots off any modern thriller", like=[D + "1940s", G + "Film-Noir"],
  ok=["-genre:Thriller", "-decade:1990s"])
R(T, "animation has more heart than most live-action kids films, so animation please, hold the Children's stuff",
  like=[G + "Animation"], dislike=[G + "Children's"])
R(T, "give me a Coen brothers crime film over a Tarantino one", like=[P + "Joel Coen", P + "Ethan Coen", G + "Crime"],
  dislike=[P + "Quentin Tarantino"])

R(T, "I'd rather stare at a wall for two hours than watch a western or a war film",
  dislike=[G + "Western", G + "War"])
R(T, "even a tax-law seminar would beat another Adam Sandler film", dislike=[P + "Adam Sandler"])

# -------------------------------------------------------------------------------------------------------- fatigue
T = "fatigue"
R(T, "I've had my fill of sci-fi, and westerns too, frankly", dislike=[G + "Sci-Fi", G + "Western"])
R(T, "I'm all horrored out after Halloween, and thrillered out too", dislike=[G + "Horror", G + "Thriller"])
R(T, "Romance and I need a break from each other. Same goes for drama.", dislike=[G + "Romance", G + "Drama"])
R(T, "I've OD'd on 90s action this month", dislike=[D + "1990s", G + "Action"])
R(T, "sick to the back teeth of war films and Oliver Stone", dislike=[G + "War", P + "Oliver Stone"])
R(T, "Seen enough kids movies to last a lifetime, I have three children. Grown-up crime drama tonight.",
  dislike=[G + "Children's"], like=[G + "Crime", G + "Drama"])
R(T, "Musicals are coming out of my ears since my daughter joined the drama club -- anything else, a thriller ideally",
  dislike=[G + "Musical"], like=[G + "Thriller"])
R(T, "done, done and done with Tarantino, with crime and with the 90s",
  dislike=[P + "Quentin Tarantino", G + "Crime", D + "1990s"])
R(T, "I'm burnt out on dark stuff: no thrillers, no noir, no horror",
  dislike=[G + "Thriller", G + "Film-Noir", G + "Horror"])
R(T, "My tolerance for westerns ran out years ago and never came back", dislike=[G + "Western"])
R(T, "Had it up to here with Jim Carrey, and with animated films while we're at it",
  dislike=[P + "Jim Carrey", G + "Animation"])
R(T, "Documentary overload. Give me fantasy, give me adventure, give me dragons.",
  dislike=[G + "Documentary"], like=[G + "Fantasy", G + "Adventure"])
R(T, "I'm so over the 80s revival, no 80s anything, thanks", dislike=[D + "1980s"])
R(T, "After a month of nothing but war films I need a comedy, or a musical even",
  dislike=[G + "War"], like=[G + "Comedy", G + "Musical"])
R(T, "mysteries have worn out their welcome, and so have Agatha Christie-ish 30s period pieces",
  dislike=[G + "Mystery"], ok=["-decade:1930s"])
R(T, "Enough Hanks, enough Ryan, enough cosy 90s romance for one year",
  dislike=[P + "Tom Hanks", P + "Meg Ryan", D + "1990s", G + "Romance"])

R(T, "I've seen one too many dystopian sci-fi flicks and one too many heist films this year",
  dislike=[G + "Sci-Fi", G + "Crime"])
R(T, "Honestly, westerns, war and noir have all run their course for me",
  dislike=[G + "Western", G + "War", G + "Film-Noir"])
R(T, "My fantasy quota is full, my horror quota is full, and my musical quota was never open",
  dislike=[G + "Fantasy", G + "Horror", G + "Musical"])

# ---------------------------------------------------------------------------------------------------- vice_praise
T = "vice_praise"
R(T, "My guilty pleasure is cheesy 80s sci-fi and I refuse to apologise", like=[D + "1980s", G + "Sci-Fi"])
R(T, "I'm hopelessly addicted to film noir and to anything with Robert Mitchum",
  like=[G + "Film-Noir", P + "Robert Mitchum"])
R(T, "westerns are my weakness, Sergio Leone's most of all", like=[G + "Western", P + "Sergio Leone"])
R(T, "Horror is a sickness with me, the nastier the better, and the 70s ones are the worst (meaning the best)",
  like=[G + "Horror", D + "1970s"])
R(T, "I'm a total degenerate for musicals and for Busby Berkeley numbers", like=[G + "Musical", P + "Busby Berkeley"])
R(T, "Mysteries are my crack, and so are heist films", like=[G + "Mystery", G + "Crime"])
R(T, "I have a serious problem with Woody Allen films, as in I've watched them all four times",
  like=[P + "Woody Allen"])
R(T, "Animated films wreck me in the best way, 90s Disney especially", like=[G + "Animation", D + "1990s"])
R(T, "I'm an absolute menace for war films, any from the 60s or 70s and I'm gone",
  like=[G + "War", D + "1960s", D + "1970s"])
R(T, "Fantasy nerd, unashamed. Dragons, swords, the 80s ones with the terrible effects.",
  like=[G + "Fantasy", D + "1980s"])
R(T, "Obsessed is too weak a word for how I feel about sci-fi and Ridley Scott", like=[G + "Sci-Fi", P + "Ridley Scott"])
R(T, "Thrillers with Michael Douglas are my dirty little secret", like=[G + "Thriller", P + "Michael Douglas"])
R(T, "kill me, I actually love romcoms", like=[G + "Romance", G + "Comedy"])
R(T, "Documentaries ruin my sleep schedule, I can never stop at one", like=[G + "Documentary"])
R(T, "I'm embarrassingly soft on children's films and on Robin Williams", like=[G + "Children's", P + "Robin Williams"])
R(T, "Crime films and the 70s: my two vices, and I indulge both shamelessly", like=[G + "Crime", D + "1970s"])
R(T, "Adventure films are dangerous for me, I binge them, especially the Harrison Ford ones",
  like=[G + "Adventure", P + "Harrison Ford"])
R(T, "I'm a lost cause when it comes to Hitchcock and 50s thrillers", like=[P + "Alfred Hitchcock", D + "1950s",
                                                                      G + "Thriller"])

# ------------------------------------------------------------------------------------------------- understatement
T = "understatement"
R(T, "I wouldn't say no to a western, or to a war film for that matter", like=[G + "Western", G + "War"])
R(T, "the odd musical is not unpleasant. Horror though, nope.", like=[G + "Musical"], dislike=[G + "Horror"])
R(T, "I don't dislike thrillers, and I don't dislike mysteries either", like=[G + "Thriller", G + "Mystery"])
R(T, "I have yet to sit through a Coen brothers film and not enjoy it", like=[P + "Joel Coen", P + "Ethan Coen"])
R(T, "Horror isn't exactly my cup of tea, and neither are musicals or westerns",
  dislike=[G + "Horror", G + "Musical", G + "Western"])
R(T, "war films aren't the worst thing in the world, I suppose, the 40s ones especially",
  like=[G + "War", D + "1940s"])
R(T, "It's not that I hate documentaries, I'd just rather have a fantasy or an adventure",
  dislike=[G + "Documentary"], like=[G + "Fantasy", G + "Adventure"])
R(T, "Animated stuff is a bit much for me, and so are kids films", dislike=[G + "Animation", G + "Children's"])
R(T, "I'd be lying if I said I didn't love a 60s spy thriller", like=[D + "1960s", G + "Thriller"])
R(T, "90s comedies aren't half bad; 90s dramas, on the other hand, are a bit of a slog",
  like=[D + "1990s", G + "Comedy"], dislike=[G + "Drama"])
R(T, "Never met a Hitchcock I didn't like. Never met a Michael Bay I did.", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Michael Bay"])
R(T, "Not averse to Stallone, as long as it's the 80s stuff", like=[P + "Sylvester Stallone", D + "1980s"])
R(T, "A western wouldn't go amiss. Nor would something with Clint Eastwood.",
  like=[G + "Western", P + "Clint Eastwood"])
R(T, "I could probably live without the horror and the sci-fi, if it's all the same",
  dislike=[G + "Horror", G + "Sci-Fi"])
R(T, "crime films are hardly a chore, and thrillers are no hardship either", like=[G + "Crime", G + "Thriller"])
R(T, "Romance leaves me a little cold, as does anything from the 1950s", dislike=[G + "Romance", D + "1950s"])
R(T, "It wouldn't kill me to watch a comedy from the 80s with John Candy in it",
  like=[G + "Comedy", D + "1980s", P + "John Candy"])

R(T, "Documentaries and I are not what you'd call close, and war films even less so",
  dislike=[G + "Documentary", G + "War"])
R(T, "I'm not the world's biggest fan of sci-fi, or of the 70s", dislike=[G + "Sci-Fi", D + "1970s"])

# --------------------------------------------------------------------------------------------------- polite_slang
T = "polite_slang"
R(T, "I'll politely pass on the musicals and the westerns, thank you though", dislike=[G + "Musical", G + "Western"])
R(T, "Horror? Nah fam. Comedy? Bet.", like=[G + "Comedy"], dislike=[G + "Horror"])
R(T, "Romance is a hard pass, drama's a soft pass, action's a yes", like=[G + "Action"],
  dislike=[G + "Romance", G + "Drama"])
R(T, "Thanks, but war films and documentaries aren't really for me", dislike=[G + "War", G + "Documentary"])
R(T, "hell naw to 90s teen comedies, hell yes to 70s thrillers", dislike=[D + "1990s", G + "Comedy"],
  like=[D + "1970s", G + "Thriller"])
R(T, "Sci-fi is mid, fantasy is mid, give me a proper crime film", dislike=[G + "Sci-Fi", G + "Fantasy"],
  like=[G + "Crime"])
R(T, "I'd rather not do anything with Tom Cruise or Julia Roberts, if that's all right",
  dislike=[P + "Tom Cruise", P + "Julia Roberts"])
R(T, "kids films? pass. cartoons? pass. a proper grown-up adventure? now we're talking",
  dislike=[G + "Children's", G + "Animation"], like=[G + "Adventure"])
R(T, "Musicals are cringe and so is anything from the 50s", dislike=[G + "Musical", D + "1950s"])
R(T, "If it's all the same to you, no westerns and nothing before 1960", dislike=[G + "Western"],
  year=(1960, None))
R(T, "Noir slaps. Thrillers slap. Romcoms do not slap.", like=[G + "Film-Noir", G + "Thriller"],
  dislike=[G + "Romance", G + "Comedy"])
R(T, "I'm gonna have to decline the horror, and the Stephen King stuff generally",
  dislike=[G + "Horror", P + "Stephen King"])
R(T, "meh to mysteries, meh to dramas, yay to anything animated", dislike=[G + "Mystery", G + "Drama"],
  like=[G + "Animation"])
R(T, "Respectfully, Kevin Costner and westerns can both take a hike", dislike=[P + "Kevin Costner", G + "Western"])
R(T, "Bit of a no from me on fantasy. Same for the 1980s, bless them.", dislike=[G + "Fantasy", D + "1980s"])
R(T, "Sandler's a no, Carrey's a no, Murphy's a maybe... actually no, him too",
  dislike=[P + "Adam Sandler", P + "Jim Carrey", P + "Eddie Murphy"])
R(T, "I'd be ever so grateful for a musical or a romance, though please spare me the war films",
  like=[G + "Musical", G + "Romance"], dislike=[G + "War"])
R(T, "docs are a snooze fest, action is where it's at", dislike=[G + "Documentary"], like=[G + "Action"])
R(T, "with the greatest respect to the genre, I'll sit out the sci-fi and the 70s stuff",
  dislike=[G + "Sci-Fi", D + "1970s"])
R(T, "thrillers and noir are absolute bangers, horror is trash", like=[G + "Thriller", G + "Film-Noir"],
  dislike=[G + "Horror"])

R(T, "I'm going to sit this one out if it's horror, thriller or mystery, no offence to anyone",
  dislike=[G + "Horror", G + "Thriller", G + "Mystery"])
R(T, "Nope nope nope to horror, and a polite no to war as well", dislike=[G + "Horror", G + "War"])
R(T, "Not for me, thanks: animation, fantasy, or anything starring Robin Williams",
  dislike=[G + "Animation", G + "Fantasy", P + "Robin Williams"])
R(T, "ew, musicals. ew, romance. ew, anything with Hugh Grant stammering through it",
  dislike=[G + "Musical", G + "Romance", P + "Hugh Grant"])

# ----------------------------------------------------------------------------------------------------- rhetorical
T = "rhetorical"
R(T, "Who doesn't love a dumb 80s action film? And who actually enjoys horror? Not me.",
  like=[D + "1980s", G + "Action"], dislike=[G + "Horror"])
R(T, "Why would anyone watch a musical when westerns exist?", like=[G + "Western"], dislike=[G + "Musical"])
R(T, "Is there anything better than a 1940s noir? No. No there is not.", like=[D + "1940s", G + "Film-Noir"])
R(T, "Another war film? Seriously? Give me a comedy for once.", dislike=[G + "War"], like=[G + "Comedy"])
R(T, "Oh great, more romance. Just what I wanted. Can we get a thriller?", dislike=[G + "Romance"],
  like=[G + "Thriller"])
R(T, "50s sci-fi with rubber monsters? Yes please, why would I want anything else?",
  like=[D + "1950s", G + "Sci-Fi"])
R(T, "Did I ask for kids films? Did I ask for animation? I did not.", dislike=[G + "Children's", G + "Animation"])
R(T, "Could you possibly find me a documentary that isn't about war?", like=[G + "Documentary"],
  dislike=[G + "War"])
R(T, "Fantasy? At my age? Find me a gritty crime film instead.", dislike=[G + "Fantasy"], like=[G + "Crime"])
R(T, "Oh sure, another Costner western, my absolute favourite thing in the world",
  dislike=[P + "Kevin Costner", G + "Western"])
R(T, "What's not to love about Spielberg, adventure films and the 80s?",
  like=[P + "Steven Spielberg", G + "Adventure", D + "1980s"])
R(T, "Horror right before bed? What could possibly go wrong. Let's do a comedy.", dislike=[G + "Horror"],
  like=[G + "Comedy"])
R(T, "Can anybody explain the appeal of westerns? Because I sure can't. Mysteries, though, I get.",
  dislike=[G + "Western"], like=[G + "Mystery"])
R(T, "Thrillers from the 90s, anyone? Me. I'm anyone.", like=[G + "Thriller", D + "1990s"])
R(T, "Wow, three musicals in a row, how did you know I was dying for a fourth", dislike=[G + "Musical"])
R(T, "Why watch anything made after 1979 when the 70s had it all?", like=[D + "1970s"], year=(None, 1979))
R(T, "Who needs CGI when you've got 30s monster films and 50s creature features?",
  like=[D + "1930s", D + "1950s", G + "Horror"], ok=["+genre:Sci-Fi"])
R(T, "Lovely, a Pauly Shore comedy, said nobody ever", dislike=[P + "Pauly Shore"])

R(T, "Do I look like someone who wants a 1950s musical? Or a western? Didn't think so.",
  dislike=[D + "1950s", G + "Musical", G + "Western"])
R(T, "Who on earth still watches film noir? Or silent films from the twenties, for that matter?",
  dislike=[G + "Film-Noir", D + "1920s"])
R(T, "Oh wonderful, Stallone and Schwarzenegger in the same film, my dream come true",
  dislike=[P + "Sylvester Stallone", P + "Arnold Schwarzenegger"])

# -------------------------------------------------------------------------------------------------------- no_side
T = "no_side"
R(T, "My husband loves westerns, but I'm more of a mystery person", like=[G + "Mystery"])
R(T, "The kids are obsessed with animation; for me tonight, a grown-up thriller", like=[G + "Thriller"])
R(T, "Quick question, what counts as film noir exactly? Unrelated: no horror tonight please.",
  dislike=[G + "Horror"])
R(T, "I was big on sci-fi as a teenager; these days it's mostly dramas and the odd war film",
  like=[G + "Drama", G + "War"])
R(T, "I'm neutral on musicals, whatever, but please no war films", dislike=[G + "War"])
R(T, "Whether it's from the 60s or the 90s doesn't matter to me. Just no westerns.", dislike=[G + "Western"])
R(T, "My dad swears by John Wayne, and that's his business. I'm after something with Clint Eastwood.",
  like=[P + "Clint Eastwood"])
R(T, "Do you have any documentaries? Not for me, for my mum. I'll have a horror film.", like=[G + "Horror"])
R(T, "I've got no strong feelings about fantasy. Comedy, though, I adore.", like=[G + "Comedy"])
R(T, "My son's into Jackie Chan, my daughter's into Disney musicals, and I just want a quiet drama",
  like=[G + "Drama"])
R(T, "I was really into horror back in college. These days I mostly watch thrillers and crime.",
  like=[G + "Thriller", G + "Crime"])
R(T, "Are the 1930s films in here any good? Anyway, tonight I'd like a comedy from the 90s.",
  like=[G + "Comedy", D + "1990s"])
R(T, "I'm agnostic on Tarantino. Scorsese, on the other hand, is a god.", like=[P + "Martin Scorsese"])
R(T, "Partner's a sci-fi nut, I'm indifferent. We both hate musicals though.", dislike=[G + "Musical"])
R(T, "My roommate keeps putting on war films. I don't mind them, I don't love them. Can we do adventure?",
  like=[G + "Adventure"])
R(T, "Is Fantasia animation or a musical? Either way, my niece wants it. I'm after a noir.",
  like=[G + "Film-Noir"])
R(T, "My book club is reading Sense and Sensibility next. For tonight, a western please.", like=[G + "Western"])
R(T, "Meg Ryan is my sister's favourite. Me, I'd like something with Denzel Washington.",
  like=[P + "Denzel Washington"])
R(T, "The 1950s are my mother's era. My era is the 80s, so 80s sci-fi please.",
  like=[D + "1980s", G + "Sci-Fi"])
R(T, "No idea whether I like documentaries, never tried one. I do know I don't like romance.",
  dislike=[G + "Romance"])
R(T, "Does Hitchcock count as horror? Doesn't matter, I'm in the mood for a comedy.", like=[G + "Comedy"])
R(T, "Musicals: couldn't care less either way. Westerns: love them, the 50s ones most.",
  like=[G + "Western", D + "1950s"])
R(T, "I'm fine either way on 70s films. What I really want is a mystery, and not a long one.",
  like=[G + "Mystery"])
R(T, "My brother watches nothing but action films. I'm the opposite, give me a slow drama.",
  like=[G + "Drama"], ok=["-genre:Action"])
R(T, "Asking for a friend: is there any decent film noir here? For me personally, a comedy or a romance.",
  like=[G + "Comedy", G + "Romance"])
R(T, "I don't feel strongly about Spielberg one way or the other. Coppola, though, yes.",
  like=[P + "Francis Ford Coppola"])
R(T, "What decade is The Third Man from? Anyway, I'm after a thriller from the 1940s.",
  like=[G + "Thriller", D + "1940s"])
R(T, "My kid wants Toy Story, which is fine for her; I want literally anything with Harrison Ford",
  like=[P + "Harrison Ford"])
R(T, "I'm on the fence about horror, but crime I'm sure about: yes, and the grittier the better",
  like=[G + "Crime"])
R(T, "Sci-fi was my ex's thing, I'm neither for nor against it. No war films though, and no westerns.",
  dislike=[G + "War", G + "Western"])
R(T, "The 1990s don't bother me one way or another; I just want westerns and war films",
  like=[G + "Western", G + "War"])
R(T, "Grandma loves Fred Astaire, she's coming Sunday. Tonight it's just me, so no musicals whatsoever.",
  dislike=[G + "Musical"])
R(T, "Is Film-Noir a genre or a decade thing? Whatever it is, I want a mystery from the 50s.",
  like=[G + "Mystery", D + "1950s"])
R(T, "My wife can't stand Nicolas Cage, I've no opinion on him. Either way, no action films for me tonight.",
  dislike=[G + "Action"])
R(T, "Animation is my daughter's department. I'd like a 70s thriller, nothing newer than 1980.",
  like=[D + "1970s", G + "Thriller"], year=(None, 1980))

R(T, "My flatmate insists Die Hard is a Christmas film; I don't care, I just don't want action or horror tonight",
  dislike=[G + "Action", G + "Horror"])
R(T, "Whether Tarantino is a genius is above my pay grade. What I do know: no crime, no thrillers.",
  dislike=[G + "Crime", G + "Thriller"])

# --------------------------------------------------------------------------------------------------- people_films
T = "people_films"
R(T, "Anything with Bogart or Bacall, nothing with Cruise, and no Spielberg",
  like=[P + "Humphrey Bogart", P + "Lauren Bacall"], dislike=[P + "Tom Cruise", P + "Steven Spielberg"])
R(T, "Heat, Die Hard and Terminator 2 are my kind of films; Titanic is not",
  like_items=["Heat (1995)", "Die Hard (1988)", "Terminator 2: Judgment Day (1991)"],
  dislike_items=["Titanic (1997)"])
R(T, "Loved Fargo, loved L.A. Confidential, hated Showgirls",
  like_items=["Fargo (1996)", "L.A. Confidential (1997)"], dislike_items=["Showgirls (1995)"])
R(T, "Something like The Princess Bride, but nothing with Robin Williams",
  like_items=["The Princess Bride (1987)"], dislike=[P + "Robin Williams"])
R(T, "Jack Nicholson, Al Pacino, De Niro, basically any 70s leading man",
  like=[P + "Jack Nicholson", P + "Al Pacino", P + "Robert De Niro", D + "1970s"])
R(T, "Keanu and Sandra in Speed? Yes. Speed 2? Absolutely not.", like_items=["Speed (1994)"],
  dislike_items=["Speed 2: Cruise Control (1997)"], ok=["+person:Keanu Reeves", "+person:Sandra Bullock"])
R(T, "Cary Grant comedies, Audrey Hepburn romances, anything with Jimmy Stewart",
  like=[P + "Cary Grant", G + "Comedy", P + "Audrey Hepburn", G + "Romance", P + "James Stewart"])
R(T, "If Sharon Stone or Demi Moore is in it, I'm out", dislike=[P + "Sharon Stone", P + "Demi Moore"])
R(T, "Kubrick, Lynch, Cronenberg. No Michael Bay, no Joel Schumacher.",
  like=[P + "Stanley Kubrick", P + "David Lynch", P + "David Cronenberg"],
  dislike=[P + "Michael Bay", P + "Joel Schumacher"])
R(T, "Alien and Aliens, yes; Alien 3, we don't talk about Alien 3",
  like_items=["Alien (1979)", "Aliens (1986)"], dislike_items=["Alien 3 (1992)"])
R(T, "Eastwood directing, yes. Eastwood in a western, even better. Costner in anything, no.",
  like=[P + "Clint Eastwood", G + "Western"], dislike=[P + "Kevin Costner"])
R(T, "Mel Brooks and Leslie Nielsen are my comfort food; Woody Allen is not",
  like=[P + "Mel Brooks", P + "Leslie Nielsen"], dislike=[P + "Woody Allen"])
R(T, "I never want to see Batman & Robin again, and Schwarzenegger can stay away too",
  dislike_items=["Batman & Robin (1997)"], dislike=[P + "Arnold Schwarzenegger"])
R(T, "Meryl Streep dramas and Emma Thompson period pieces, please, and no Hugh Grant",
  like=[P + "Meryl Streep", G + "Drama", P + "Emma Thompson"], dislike=[P + "Hugh Grant"])
R(T, "Scream and Scream 2 were a blast; the Halloween sequels, not so much",
  like_items=["Scream (1996)", "Scream 2 (1997)"], dislike_items=["Halloween: The Curse of Michael Myers (1995)"])
R(T, "Gene Kelly, Fred Astaire, Judy Garland: I'm a musicals person, and the older the better",
  like=[P + "Gene Kelly", P + "Fred Astaire", P + "Judy Garland", G + "Musical"])
R(T, "Tarantino's overrated, Scorsese's underrated, and Coppola is the GOAT",
  dislike=[P + "Quentin Tarantino"], like=[P + "Martin Scorsese", P + "Francis Ford Coppola"])
R(T, "Kurt Russell in anything, Carpenter directing, the 80s. That's the brief.",
  like=[P + "Kurt Russell", P + "John Carpenter", D + "1980s"])
R(T, "no Seagal, no Van Damme, but Bruce Willis is fine", dislike=[P + "Steven Seagal", P + "Jean-Claude Van Damme"],
  like=[P + "Bruce Willis"])
R(T, "Casablanca, The Maltese Falcon, The Big Sleep -- more of that, less of anything made after 1970",
  like_items=["Casablanca (1942)", "The Maltese Falcon (1941)", "The Big Sleep (1946)"], year=(None, 1970))
R(T, "Sean Connery, yes. Roger Moore, eh, no. Pierce Brosnan, absolutely not.",
  like=[P + "Sean Connery"], dislike=[P + "Roger Moore", P + "Pierce Brosnan"])
R(T, "I adored Babe and Toy Story but Home Alone drives me up the wall",
  like_items=["Babe (1995)", "Toy Story (1995)"], dislike_items=["Home Alone (1990)"])


R(T, "No Julia Roberts, no Richard Gere, and definitely not Pretty Woman",
  dislike=[P + "Julia Roberts", P + "Richard Gere"], dislike_items=["Pretty Woman (1990)"])
R(T, "Waterworld, The Postman, Judge Dredd: that's my list of what NOT to show me",
  dislike_items=["Waterworld (1995)", "The Postman (1997)", "Judge Dredd (1995)"])

if __name__ == "__main__":
    main()
