"""Writes evals/data/utterances_fresh.jsonl: a fresh held-out batch of `idiom` utterances (see README.md here,
"Fresh idiom batch"), in the schema of utterances.jsonl plus a "batch" field.

Written by hand on 2026-12-05 by an engineer who did not open the stance readers (tools/polarity.py, stance.py,
lexicon.py, mentions.py, feedback.py, agent/feedback_llm.py) or any word list they read, while another engineer
was building a new stance reader; that engineer is not to read this file or its output. The lead measures the
batch once, at the end. Every gold label is what a careful reader takes the sentence to mean.

Records are written with write_utterances.R and resolved by write_utterances.build / main (same label and
vocabulary checks: a label, person, genre or decade the catalogue lacks is an error), through fresh_batch.py,
whose check() also fails on an also_ok value or year bound the catalogue lacks. Run:
    python -m cesrec.evals.data.write_utterances_fresh
"""

from __future__ import annotations

from pathlib import Path

from cesrec.evals.data.fresh_batch import FreshBatch
from cesrec.evals.data.write_utterances import (
    CRIME,
    HORROR,
    KIDS,
    OLD,
    OLD_DECADES,
    ROMANCE,
    SCIFI,
    WESTERN,
    D,
    G,
    P,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "utterances_fresh.jsonl"
BATCH = "fresh-2026-12-05"
CLS = "idiom"

FRESH = FreshBatch(OUT, BATCH)  # the machinery shared with the later batches (fresh_batch.py)
RECORDS = FRESH.records
build, main = FRESH.build, FRESH.main


def R(cls: str, text: str, **kwargs) -> None:
    """write_utterances.R for this batch (every record is of class idiom), the record going to RECORDS."""
    if cls != CLS:
        raise SystemExit(f"{cls!r}: this batch holds class {CLS!r} only")
    FRESH.add(text, **kwargs)


# ---------------------------------------------------------------------------------------------------- liking
# enthusiasm said with words that look negative or neutral, litotes, double negation, hedged yeses
R(CLS, "I could watch Cary Grant till the cows come home", like=[P + "Cary Grant"])
R(CLS, "film noir is my guilty pleasure, no shame", like=[G + "Film-Noir"])
R(CLS, "A Mel Brooks spoof? Say no more!!", like=[P + "Mel Brooks", G + "Comedy"], desc=None)
R(CLS, "I'm such a sucker for a good heist movie", like=[G + "Crime"], desc=True, ok=["+genre:Thriller"])
R(CLS, "Sean Connery never disappoints", like=[P + "Sean Connery"])
R(CLS, "honestly the 40s are criminally underrated", like=[D + "1940s"])
R(CLS, "a proper creepy ghost story would really scratch an itch right now", like=[G + "Horror"], desc=True)
R(CLS, "Jack Nicholson losing his mind on screen is to die for", like=[P + "Jack Nicholson"], desc=None)
R(CLS, "cant get enuf of 70s disaster flicks", like=[D + "1970s"], desc=None,
  ok=["+genre:Action", "+genre:Adventure", "+genre:Drama", "+genre:Thriller"], note="typos")
R(CLS, "Back to the Future never gets old, more like it please", like_items=["Back to the Future (1985)"])
R(CLS, "nothing but war movies this weekend, the grittier the better", like=[G + "War"], desc=None)
R(CLS, "When it comes to sci-fi, Ridley Scott is second to none", like=[P + "Ridley Scott", G + "Sci-Fi"])
R(CLS, "You had me at Tom Hanks", like=[P + "Tom Hanks"])
R(CLS, "you had me at 'war film'", like=[G + "War"])
R(CLS, "A cartoon is not the worst idea for tonight", like=[G + "Animation"], ok=["+genre:Children's"])
R(CLS, "I wouldn't say no to a swashbuckler", like=[G + "Adventure"], desc=True, ok=["+genre:Action"])
R(CLS, "I'm not un-fond of a good courtroom drama", like=[G + "Drama"], desc=True)
R(CLS, "a screwball comedy could be fun", like=[G + "Comedy"], desc=None, ok=["+decade:1930s", "+decade:1940s"])
R(CLS, "I'm open to documentaries tonight", like=[G + "Documentary"])
R(CLS, "not gonna pretend I don't love a cheesy 80s action flick", like=[G + "Action", D + "1980s"], desc=None)
R(CLS, "It's not like I don't enjoy a good horror film", like=[G + "Horror"])
R(CLS, "I'd be lying if I said I didn't adore Sandra Bullock", like=[P + "Sandra Bullock"])
R(CLS, "You can never fault a Kevin Kline comedy", like=[P + "Kevin Kline", G + "Comedy"])
R(CLS, "Trainspotting was wicked, more of that pls", like_items=["Trainspotting (1996)"])
R(CLS, "se7en slaps. more like it", like_items=["Seven (Se7en) (1995)"], note="title as on the poster")
R(CLS, "The Rock is an absolute banger", like_items=["The Rock (1996)"])
R(CLS, "I'm dying to see something like Jurassic Park", like_items=["Jurassic Park (1993)"])
R(CLS, "The Shining scared the hell out of me, in the best way. More like that", like_items=["The Shining (1980)"])
R(CLS, "Any movie with Denzel Washington is a no-brainer for me", like=[P + "Denzel Washington"])
R(CLS, "De Niro is a force of nature, I never skip his stuff", like=[P + "Robert De Niro"], note="surname only")
R(CLS, "I'd walk over hot coals for a Coen brothers film", like=[P + "Joel Coen"], ok=["+person:Ethan Coen"])
R(CLS, "There isn't a single Bogart film I wouldn't watch", like=[P + "Humphrey Bogart"], note="surname only")
R(CLS, "Hard to go past a good war epic", like=[G + "War"], desc=None)
R(CLS, "I've got a real weakness for Michelle Pfeiffer", like=[P + "Michelle Pfeiffer"])
R(CLS, "No complaints if you throw a thriller my way", like=[G + "Thriller"])
R(CLS, "I'll never say no to Morgan Freeman", like=[P + "Morgan Freeman"])
R(CLS, "gimme 50s sci-fi, the cheesier the better", like=[G + "Sci-Fi", D + "1950s"], desc=None)
R(CLS, "a mystery wouldn't go amiss", like=[G + "Mystery"])
R(CLS, "A romance wouldn't kill me, I suppose", like=[G + "Romance"])
R(CLS, "I'm not against an action movie, as long as it isn't too gory", like=[G + "Action"], desc=True)
R(CLS, "Star Wars is criminally good", like_items=["Star Wars (1977)"])
R(CLS, "I never get tired of Groundhog Day, got anything in that spirit?", like_items=["Groundhog Day (1993)"])
R(CLS, "raiders of the lost ark is ridiculously good", like_items=["Raiders of the Lost Ark (1981)"])
R(CLS, "Honestly can't get enough of the Godfather films",
  like_items=["The Godfather (1972)", "The Godfather: Part II (1974)"])
R(CLS, "spaghetti westerns are my kryptonite", like=[G + "Western"], desc=None,
  ok=["+decade:1960s", "+decade:1970s"])
R(CLS, "I have zero self-control when it comes to Disney cartoons", like=[G + "Animation"],
  ok=["+genre:Children's"])
R(CLS, "I'm a total fiend for a twisty whodunit", like=[G + "Mystery"], desc=True, ok=["+genre:Thriller"])
R(CLS, "Crime capers, hell yeah", like=[G + "Crime"], desc=None, ok=["+genre:Comedy"])
R(CLS, "Nothing wrong with a bit of Kevin Costner", like=[P + "Kevin Costner"])
R(CLS, "wouldn't object to a Meryl Streep drama", like=[P + "Meryl Streep", G + "Drama"])
R(CLS, "80s sci-fi is the stuff of legend", like=[G + "Sci-Fi", D + "1980s"])
R(CLS, "The sixties, man. Unbeatable.", like=[D + "1960s"])
R(CLS, "Amadeus was a masterpiece, more like that please", like_items=["Amadeus (1984)"])
R(CLS, "I'm game for an Eddie Murphy comedy", like=[P + "Eddie Murphy", G + "Comedy"])
R(CLS, "keen as mustard for anything with Gene Hackman", like=[P + "Gene Hackman"])
R(CLS, "Tarantino is sick af", like=[P + "Quentin Tarantino"], note="surname only")
R(CLS, "Westerns? I mean... if you twist my arm", like=[G + "Western"])
R(CLS, "Ugh, FINE, I'll admit it: I love a good chick flick", like=[G + "Romance"],
  ok=["+genre:Comedy", "+genre:Drama"])
R(CLS, "Brad Pitt can't put a foot wrong", like=[P + "Brad Pitt"])
R(CLS, "If it's got Robin Williams in it, I'm there", like=[P + "Robin Williams"])
R(CLS, "I'd never get bored of The Empire Strikes Back", like_items=["The Empire Strikes Back (1980)"])
R(CLS, "Sleepless in Seattle is my ultimate guilty pleasure, show me more like it",
  like_items=["Sleepless in Seattle (1993)"])
R(CLS, "I'm not not into sci-fi", like=[G + "Sci-Fi"])
R(CLS, "I don't NOT want a comedy tonight", like=[G + "Comedy"])
R(CLS, "hardly a week goes by without me rewatching Rear Window", like_items=["Rear Window (1954)"])
R(CLS, "Who doesn't love a good pirate movie?", like=[G + "Adventure"], desc=True, ok=["+genre:Action"])
R(CLS, "How could anyone hate Some Like It Hot?", like_items=["Some Like It Hot (1959)"])
R(CLS, "Clueless is a perfect movie. I will not be taking questions", like_items=["Clueless (1995)"])
R(CLS, "a 60s spy caper could be fun", like=[D + "1960s"], desc=True,
  ok=["+genre:Action", "+genre:Thriller", "+genre:Comedy"])
R(CLS, "Maybe a western? Could be fun.", like=[G + "Western"])
R(CLS, "I'm open to something from the 30s", like=[D + "1930s"])
R(CLS, "i supose a comedy wouldnt be the end of the world", like=[G + "Comedy"], note="typos")
R(CLS, "I could be talked into a horror film", like=[G + "Horror"])
R(CLS, "wouldn't rule out a documentary", like=[G + "Documentary"])
R(CLS, "Anything from the 80s is fair game", like=[D + "1980s"])
R(CLS, "the nineties are my decade, full stop", like=[D + "1990s"])
R(CLS, "the nastier the better, R-rated all the way", like=["rated:R"], desc=None, ok=["+rated:NC-17"])
R(CLS, "Jimmy Stewart is a national treasure, more of him", like=[P + "James Stewart"], note="nickname")
R(CLS, "Arnie movies are stupid fun and I love them", like=[P + "Arnold Schwarzenegger"], note="nickname")
R(CLS, "Billy Wilder was a genius, no two ways about it", like=[P + "Billy Wilder"])
R(CLS, "i would literally die for a good fantasy epic rn", like=[G + "Fantasy"], desc=None)
R(CLS, "Frank Capra films make me cry like a baby every time, and I love it", like=[P + "Frank Capra"])
R(CLS, "honestly? tim burton's weird stuff is my kind of weird", like=[P + "Tim Burton"], desc=None)
R(CLS, "It'd be a crime not to show me more Billy Crystal", like=[P + "Billy Crystal"])
R(CLS, "Musicals are the bomb", like=[G + "Musical"])
R(CLS, "Kids' movies get a bad rap, I love 'em", like=[G + "Children's"], ok=["+genre:Animation"])
R(CLS, "I'm down for some Spike Lee", like=[P + "Spike Lee"])
R(CLS, "Mystery? Don't mind if I do!", like=[G + "Mystery"])
R(CLS, "ok these westerns are pure gold, keep 'em coming", like=[G + "Western"], shown=WESTERN)
R(CLS, "these old ones are a breath of fresh air", like=[D + "1940s", D + "1950s"], shown=OLD,
  ok=[f"+decade:{d}" for d in OLD_DECADES])
R(CLS, "the first one is a stone-cold classic, more like it", like_items=["Heat (1995)"], shown=CRIME)
R(CLS, "Number 3 is pure cheese, and I mean that as a compliment", like_items=["The Lion King (1994)"],
  shown=KIDS)
R(CLS, "the last one is the only one worth a damn", like_items=["Interview with the Vampire (1994)"],
  shown=HORROR, ok=["-item:" + t for t in HORROR[:-1]])

# ---------------------------------------------------------------------------------------------------- refusing
# refusals said with words that look positive or neutral, and plain-worded refusals of named films and people
R(CLS, "Slasher flicks? hard pass lol", dislike=[G + "Horror"], desc=None)
R(CLS, "I'll pass on the Arnold stuff this time", dislike=[P + "Arnold Schwarzenegger"], note="first name only")
R(CLS, "sci fi has never been my cup of tea tbh", dislike=[G + "Sci-Fi"])
R(CLS, "anything but Richard Gere, please", dislike=[P + "Richard Gere"])
R(CLS, "Honestly, anything starring Demi Moore is a no from me", dislike=[P + "Demi Moore"])
R(CLS, "Romcoms are a total no-go tonight", dislike=[G + "Romance", G + "Comedy"])
R(CLS, "spare me the gushy love stories", dislike=[G + "Romance"], desc=None)
R(CLS, "Val Kilmer does absolutely nothing for me", dislike=[P + "Val Kilmer"])
R(CLS, "I've had it up to here with war movies", dislike=[G + "War"])
R(CLS, "costume dramas bore me to tears", dislike=[G + "Drama"], desc=None)
R(CLS, "The English Patient is massively overrated", dislike_items=["The English Patient (1996)"])
R(CLS, "Leonardo DiCaprio gives me the ick", dislike=[P + "Leonardo DiCaprio"])
R(CLS, "Space stuff? Been there, done that", dislike=[G + "Sci-Fi"], ok=["-genre:Adventure"])
R(CLS, "Horror is the very last thing I'm in the mood for", dislike=[G + "Horror"])
R(CLS, "Congo was a snooze", dislike_items=["Congo (1995)"])
R(CLS, "Independence Day was a lot of noise about nothing", dislike_items=["Independence Day (ID4) (1996)"])
R(CLS, "Kids' films are fine... for kids", dislike=[G + "Children's"], ok=["-genre:Animation"])
R(CLS, "I'm good on thrillers, thanks", dislike=[G + "Thriller"])
R(CLS, "Mysteries? nah I'm good", dislike=[G + "Mystery"])
R(CLS, "Sure, put on a documentary if you want me asleep in ten minutes", dislike=[G + "Documentary"],
  note="sarcasm")
R(CLS, "John Travolta? I'd rather not", dislike=[P + "John Travolta"])
R(CLS, "Gonna give the 50s a wide berth tonight", dislike=[D + "1950s"])
R(CLS, "Schmaltzy family stuff, thanks but I'll skip it", dislike=[G + "Children's"], desc=None)
R(CLS, "The 30s? Lovely era I'm sure, just not for me", dislike=[D + "1930s"])
R(CLS, "Not really feeling film noir these days", dislike=[G + "Film-Noir"])
R(CLS, "I've had my quota of Bruce Willis for this decade", dislike=[P + "Bruce Willis"])
R(CLS, "Cartoons are great... for five-year-olds", dislike=[G + "Animation"], ok=["-genre:Children's"])
R(CLS, "Sorry, Woody Harrelson just isn't doing it for me", dislike=[P + "Woody Harrelson"])
R(CLS, "Mission: Impossible was a big nothing", dislike_items=["Mission: Impossible (1996)"])
R(CLS, "Waterworld? Good lord, no", dislike_items=["Waterworld (1995)"])
R(CLS, "Batman & Robin? I'd honestly rather stare at a wall", dislike_items=["Batman & Robin (1997)"])
R(CLS, "I'd be perfectly happy never seeing another musical", dislike=[G + "Musical"])
R(CLS, "Mel Gibson, respectfully, no", dislike=[P + "Mel Gibson"])
R(CLS, "The sixties can stay in the past where they belong", dislike=[D + "1960s"])
R(CLS, "Oh yes, I love Hugh Grant... said no one ever", dislike=[P + "Hugh Grant"], note="sarcasm")
R(CLS, "Drama is great and all, but not tonight", dislike=[G + "Drama"])
R(CLS, "Sword and sorcery? Thanks, I'll sit this one out", dislike=[G + "Fantasy"], desc=None,
  ok=["-genre:Adventure"])
R(CLS, "I'll take a rain check on action tonight", dislike=[G + "Action"])
R(CLS, "Forrest Gump was sweet for ten minutes and then it just dragged", dislike_items=["Forrest Gump (1994)"])
R(CLS, "Everyone raves about Pulp Fiction, I just don't see it", dislike_items=["Pulp Fiction (1994)"])
R(CLS, "The Piano was beautifully shot and I never want to see it again", dislike_items=["The Piano (1993)"])
R(CLS, "Jerry Maguire: fine, whatever, not for me", dislike_items=["Jerry Maguire (1996)"])
R(CLS, "Not a Julia Roberts person at all", dislike=[P + "Julia Roberts"])
R(CLS, "The 20s? Silent stuff? Not a chance", dislike=[D + "1920s"], desc=None)
R(CLS, "Chevy Chase, you say? I'll politely decline", dislike=[P + "Chevy Chase"])
R(CLS, "westerns are fine if you're 80, which I am not", dislike=[G + "Western"])
R(CLS, "Mob stuff is all well and good, just not for me", dislike=[G + "Crime"])
R(CLS, "Tearjerkers? I'll save my tissues, thanks", dislike=[G + "Drama"], desc=True, ok=["-genre:Romance"])
R(CLS, "i'm gonna say a firm 'no thank you' to Danny DeVito", dislike=[P + "Danny DeVito"])
R(CLS, "I'm fresh out of patience for Oliver Stone", dislike=[P + "Oliver Stone"])
R(CLS, "Honestly I'd sooner do my taxes than watch a war film", dislike=[G + "War"])
R(CLS, "Kevin Smith's humour is wasted on me", dislike=[P + "Kevin Smith"])
R(CLS, "PG-rated stuff is a bit too vanilla for me", dislike=["rated:PG"], desc=None, ok=["-rated:G"])
R(CLS, "Great, another western. Just what I wanted.", dislike=[G + "Western"], shown=WESTERN, note="sarcasm")
R(CLS, "Romance overload, I'm drowning here", dislike=[G + "Romance"], shown=ROMANCE)
R(CLS, "I could do without all the cartoons", dislike=[G + "Animation"], shown=KIDS, ok=["-genre:Children's"])
R(CLS, "number two? been there, done that", dislike_items=["Contact (1997)"], shown=SCIFI)
# year bounds said as refusals of a period (a bound counts as a refusal: see kind_of)
R(CLS, "Nothing pre-80s, thanks.", year=(1980, None), ok=[f"-decade:{d}" for d in OLD_DECADES])
R(CLS, "Anything made after 1985 is a hard no", year=(None, 1985))
R(CLS, "Honestly, if it came out before 1975 I'm not interested", year=(1975, None))

# ---------------------------------------------------------------------------------------------------- mixed
# one value liked and another refused in the same sentence
R(CLS, "Less romance, more action", like=[G + "Action"], dislike=[G + "Romance"])
R(CLS, "swap the cartoons for something with Bogart", like=[P + "Humphrey Bogart"], dislike=[G + "Animation"],
  shown=KIDS, ok=["-genre:Children's"])
R(CLS, "Sci-fi over fantasy any day", like=[G + "Sci-Fi"], dislike=[G + "Fantasy"])
R(CLS, "I'd rather have a documentary than another comedy", like=[G + "Documentary"], dislike=[G + "Comedy"])
R(CLS, "Give me Hitchcock over Spielberg any day of the week", like=[P + "Alfred Hitchcock"],
  dislike=[P + "Steven Spielberg"])
R(CLS, "Heat was a masterpiece, Assassins was a chore", like_items=["Heat (1995)"],
  dislike_items=["Assassins (1995)"])
R(CLS, "Loved Toy Story, couldn't sit through Pocahontas", like_items=["Toy Story (1995)"],
  dislike_items=["Pocahontas (1995)"])
R(CLS, "the 70s were a golden age, the 90s can keep their blockbusters", like=[D + "1970s"],
  dislike=[D + "1990s"], desc=None)
R(CLS, "A comedy is not the worst idea, as long as it's not Jim Carrey", like=[G + "Comedy"],
  dislike=[P + "Jim Carrey"])
R(CLS, "Fewer gunfights, more singing", like=[G + "Musical"], dislike=[G + "Action"], desc=None,
  ok=["-genre:Western", "-genre:Crime"])
R(CLS, "Ditch the westerns and give me something by Woody Allen", like=[P + "Woody Allen"],
  dislike=[G + "Western"])
R(CLS, "Scrap the sci-fi, I fancy a romance", like=[G + "Romance"], dislike=[G + "Sci-Fi"])
R(CLS, "Anything but Tom Cruise; Harrison Ford I'll watch all night", like=[P + "Harrison Ford"],
  dislike=[P + "Tom Cruise"])
R(CLS, "Musicals are overrated, war films are underrated", like=[G + "War"], dislike=[G + "Musical"])
R(CLS, "I'm done with mobster movies, a good mystery would be a nice change", like=[G + "Mystery"],
  dislike=[G + "Crime"])
R(CLS, "Less Schwarzenegger, more Jack Lemmon", like=[P + "Jack Lemmon"], dislike=[P + "Arnold Schwarzenegger"])
R(CLS, "Ghost was a snooze but I'd rewatch Pretty Woman any time", like_items=["Pretty Woman (1990)"],
  dislike_items=["Ghost (1990)"])
R(CLS, "Forget the 50s, the 80s are where the fun is", like=[D + "1980s"], dislike=[D + "1950s"])
R(CLS, "Anything 90s goes, cartoons excepted", like=[D + "1990s"], dislike=[G + "Animation"],
  ok=["-genre:Children's"])
R(CLS, "A drama's fine, just nothing with Tom Hanks", like=[G + "Drama"], dislike=[P + "Tom Hanks"])
R(CLS, "I'll take a thriller over a romcom every time", like=[G + "Thriller"],
  dislike=[G + "Romance", G + "Comedy"])
R(CLS, "Swap the Eddie Murphy for some Steve Martin", like=[P + "Steve Martin"], dislike=[P + "Eddie Murphy"])
R(CLS, "More Fred Astaire, less Keanu", like=[P + "Fred Astaire"], dislike=[P + "Keanu Reeves"],
  note="first name only")
R(CLS, "Crime is fine, war is not", like=[G + "Crime"], dislike=[G + "War"])
R(CLS, "GoodFellas gets a 10 from me, Donnie Brasco a 4", like_items=["GoodFellas (1990)"],
  dislike_items=["Donnie Brasco (1997)"])
R(CLS, "Not a musical person, except for The Wizard of Oz", like_items=["The Wizard of Oz (1939)"],
  dislike=[G + "Musical"])
R(CLS, "Rather a 40s noir than some 90s blockbuster", like=[G + "Film-Noir", D + "1940s"],
  dislike=[D + "1990s"], desc=None)
R(CLS, "Documentaries, yes please; fantasy, no thank you", like=[G + "Documentary"], dislike=[G + "Fantasy"])
R(CLS, "Kids' movies are a hard no, but grown-up animation I'm open to", like=[G + "Animation"],
  dislike=[G + "Children's"], desc=None)
R(CLS, "After Twister I'm off disaster movies, but Apollo 13 was brilliant", like_items=["Apollo 13 (1995)"],
  dislike_items=["Twister (1996)"], desc=None,
  ok=["-genre:Action", "-genre:Adventure", "-genre:Thriller"])
R(CLS, "I'd take Katharine Hepburn over Meg Ryan any day", like=[P + "Katharine Hepburn"],
  dislike=[P + "Meg Ryan"])
R(CLS, "No more Disney, please, I'm craving some proper horror", like=[G + "Horror"],
  dislike=[G + "Children's"], ok=["-genre:Animation"])
R(CLS, "Sweet Jesus, not another thriller. Something light, a comedy maybe", like=[G + "Comedy"],
  dislike=[G + "Thriller"], desc=None)
R(CLS, "John Carpenter yes, Wes Craven no", like=[P + "John Carpenter"], dislike=[P + "Wes Craven"])
R(CLS, "Enough mob films, I'm in the mood for Walter Matthau", like=[P + "Walter Matthau"],
  dislike=[G + "Crime"])
R(CLS, "the 80s rule, the 60s drool", like=[D + "1980s"], dislike=[D + "1960s"])
# one value liked, the other left open ("take it or leave it" is neither a like nor a refusal)
R(CLS, "romance I can take or leave, but a war film? I'm in", like=[G + "War"], ok=["-genre:Romance"])


if __name__ == "__main__":
    main()
