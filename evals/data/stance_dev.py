"""The stance reader's DEVELOPMENT sentences (issue 21, item 4) -- written by the engineer who builds the reader.

These sentences are the reader authors' own development set: they were used to build, choose and tune the stance
readers (tools.stance_model, agent.stance_llm, tools.polarity) and to train the small classifier in
tools.stance_model. They are therefore NEVER evidence of how a reader generalizes: the held-out figures are the
utterance benchmark's `idiom` class and the fresh set written by someone else (evals/data/README.md).

They were written from general English usage before any reader was run on them, without opening the utterance
benchmark's held-out records. Hard cases on purpose: idioms of enthusiasm whose words look negative
("can't get enough", "I'd kill for", "a sucker for"), litotes and double negation, "nothing but" / "anything but",
refusals whose words look positive ("I'm good, thanks", "I'll gladly leave that to others"), and mixed sentences
that like one value and refuse another.

Each case: (text, liked, disliked). A value is a catalogue genre name ("Western"), or "person:<name>",
"decade:<1980s>", "item:<catalogue label>". `DEV_CASES` is the development set; `TRAIN_CASES` are more sentences
of the same kinds, written afterwards as the classifier's training data only (never scored).
"""

from __future__ import annotations

Case = tuple[str, tuple[str, ...], tuple[str, ...]]


def _c(text: str, liked: str = "", disliked: str = "") -> Case:
    split = lambda s: tuple(x.strip() for x in s.split("|") if x.strip())  # noqa: E731
    return (text, split(liked), split(disliked))


DEV_CASES: list[Case] = [
    # --- enthusiasm whose surface words look negative ------------------------------------------------------
    _c("I'm a sucker for a good romance", "Romance"),
    _c("sci-fi is my guilty pleasure", "Sci-Fi"),
    _c("I'm crazy about musicals", "Musical"),
    _c("I'm dying to see a good thriller", "Thriller"),
    _c("I'm obsessed with film noir lately", "Film-Noir"),
    _c("give me a killer comedy", "Comedy"),
    _c("I'm addicted to mysteries", "Mystery"),
    _c("documentaries are criminally underrated", "Documentary"),
    _c("I'd kill for a decent western right now", "Western"),
    _c("I'm a glutton for punishment, so war films please", "War"),
    _c("horror? hell yes", "Horror"),
    _c("westerns are insanely good", "Western"),
    _c("I'm mad about animation", "Animation"),
    _c("comedies are my weakness", "Comedy"),
    _c("I'm hooked on crime stories", "Crime"),
    _c("fantasy is wicked fun", "Fantasy"),
    _c("thrillers scratch an itch nothing else does", "Thriller"),
    _c("I'm a sucker for anything with Tom Hanks", "person:Tom Hanks"),
    _c("adventure films are stupidly entertaining", "Adventure"),
    _c("that dumb fun of action movies is exactly what I need", "Action"),
    _c("a seriously scary horror film would be perfect", "Horror"),
    _c("dramas that wreck me emotionally are my favourite", "Drama"),
    _c("I'm desperate for a good mystery", "Mystery"),
    _c("a ridiculously silly comedy, please", "Comedy"),
    _c("I'm nuts about the 80s", "decade:1980s"),
    # --- "can't get enough" family, told differently --------------------------------------------------------
    _c("westerns? I can never get my fill", "Western"),
    _c("I could watch sci-fi until I drop", "Sci-Fi"),
    _c("there's no such thing as too much comedy", "Comedy"),
    _c("you can never have too many thrillers", "Thriller"),
    _c("I'm never not in the mood for a mystery", "Mystery"),
    _c("I've never met a western I didn't like", "Western"),
    _c("there isn't a horror film I wouldn't watch", "Horror"),
    _c("I'd never pass up a good war film", "War"),
    _c("I haven't had my fill of crime films yet", "Crime"),
    _c("I'm far from tired of adventure films", "Adventure"),
    _c("animation never stops being fun", "Animation"),
    _c("romance never wears thin for me", "Romance"),
    _c("I never tire of Hitchcock", "person:Alfred Hitchcock"),
    _c("Robin Williams never fails to make me laugh", "person:Robin Williams"),
    _c("musicals never lose their charm", "Musical"),
    _c("film noir never goes out of style", "Film-Noir"),
    _c("I can't stop watching documentaries", "Documentary"),
    _c("I can't help loving a cheesy action flick", "Action"),
    _c("it's impossible to hate a good comedy", "Comedy"),
    _c("sci-fi never lets me down", "Sci-Fi"),
    # --- comparisons the value wins ------------------------------------------------------------------------
    _c("there's no beating a classic film noir", "Film-Noir"),
    _c("sci-fi is second to none", "Sci-Fi"),
    _c("no one does suspense like Hitchcock", "person:Alfred Hitchcock"),
    _c("nobody beats Harrison Ford in an adventure", "person:Harrison Ford|Adventure"),
    _c("nothing hits the spot like a cosy mystery", "Mystery"),
    _c("you can't top a good western", "Western"),
    _c("it's hard to go wrong with a thriller", "Thriller"),
    _c("you can't go wrong with Spielberg", "person:Steven Spielberg"),
    _c("honestly nothing compares to 80s comedies", "Comedy|decade:1980s"),
    _c("no other genre comes close to horror for me", "Horror"),
    _c("few things are better than a rainy day and a romance", "Romance"),
    # --- litotes, double negation, mild yes ----------------------------------------------------------------
    _c("I'm not against a musical tonight", "Musical"),
    _c("I have nothing against war movies", "War"),
    _c("dramas aren't half bad", "Drama"),
    _c("thrillers aren't boring in the slightest", "Thriller"),
    _c("I wouldn't be against some fantasy", "Fantasy"),
    _c("I'm not unhappy with comedies", "Comedy"),
    _c("it's not like I don't enjoy westerns", "Western"),
    _c("I can't say I dislike thrillers", "Thriller"),
    _c("I don't not like horror", "Horror"),
    _c("not that I'm against dramas, I'd take one", "Drama"),
    _c("I never said I didn't like sci-fi", "Sci-Fi"),
    _c("there's no reason not to watch a mystery", "Mystery"),
    _c("I can't not watch a Hitchcock film", "person:Alfred Hitchcock"),
    _c("romance isn't something I'd ever avoid", "Romance"),
    _c("a western wouldn't be the worst thing", "Western"),
    _c("I'd not say no to an adventure", "Adventure"),
    _c("animation is not beneath me at all", "Animation"),
    _c("I've no problem whatsoever with subtitles or documentaries", "Documentary"),
    _c("an action movie doesn't sound bad at all", "Action"),
    _c("I'm not averse to a crime film", "Crime"),
    _c("I wouldn't mind some film noir", "Film-Noir"),
    _c("no harm in a musical now and then", "Musical"),
    _c("there's nothing wrong with a cheesy romance", "Romance"),
    _c("war films don't scare me off", "War"),
    # --- "nothing but", "only", "anything but" -------------------------------------------------------------
    _c("nothing but comedies tonight, please", "Comedy"),
    _c("give me nothing but thrillers", "Thriller"),
    _c("I want nothing but 90s films", "decade:1990s"),
    _c("horror and nothing but horror", "Horror"),
    _c("nothing except westerns will do", "Western"),
    _c("only sci-fi, nothing else", "Sci-Fi"),
    _c("westerns and only westerns", "Western"),
    _c("anything but horror", "", "Horror"),
    _c("anything but westerns and musicals", "", "Western|Musical"),
    _c("whatever you like except romance", "", "Romance"),
    _c("all genres are fine apart from war", "", "War"),
    _c("anything other than a documentary", "", "Documentary"),
    _c("every genre but animation works for me", "", "Animation"),
    # --- refusals whose words look positive ----------------------------------------------------------------
    _c("thanks, but I'll pass on romance", "", "Romance"),
    _c("I'm good on westerns, thanks", "", "Western"),
    _c("westerns are fine for other people, not me", "", "Western"),
    _c("I'd rather watch paint dry than sit through a musical", "", "Musical"),
    _c("romantic comedies are a hard no", "", "Romance|Comedy"),
    _c("horror is great and all, but not tonight", "", "Horror"),
    _c("I'm happy to skip the documentaries", "", "Documentary"),
    _c("I'd be glad never to see another war film", "", "War"),
    _c("I've had plenty of dramas lately", "", "Drama"),
    _c("I've seen enough sci-fi for a lifetime", "", "Sci-Fi"),
    _c("comedies? been there, done that", "", "Comedy"),
    _c("keep the fantasy stuff for someone else", "", "Fantasy"),
    _c("I'll gladly leave the horror to my brother", "", "Horror"),
    _c("musicals are lovely but not my cup of tea", "", "Musical"),
    _c("I respect westerns, I just don't enjoy them", "", "Western"),
    _c("sure, thrillers are well made, but I'd rather not", "", "Thriller"),
    _c("I'd happily live without Tom Cruise films", "", "person:Tom Cruise"),
    _c("feel free to leave out the romance", "", "Romance"),
    _c("let's give the crime films a rest", "", "Crime"),
    _c("I could do with fewer comedies", "", "Comedy"),
    _c("maybe lay off the action for a bit", "", "Action"),
    _c("time for a break from dramas", "", "Drama"),
    _c("I'm all set with war movies", "", "War"),
    _c("horror is fun for some, count me out though", "", "Horror"),
    _c("nice try, but no westerns", "", "Western"),
    _c("much as I admire Spielberg, not today", "", "person:Steven Spielberg"),
    _c("I'd prefer pretty much anything over a musical", "", "Musical"),
    _c("anything is better than another romance", "", "Romance"),
    _c("I'd choose a trip to the dentist over a horror film", "", "Horror"),
    _c("I've been spoiled with thrillers this week, something else please", "", "Thriller"),
    _c("I'm perfectly fine without documentaries", "", "Documentary"),
    _c("we'd like to steer away from westerns", "", "Western"),
    _c("we're good without any action tonight", "", "Action"),
    _c("nope on the horror", "", "Horror"),
    _c("spare me the musicals, please", "", "Musical"),
    _c("I'll leave the sci-fi to the nerds", "", "Sci-Fi"),
    _c("the 70s can stay in the 70s", "", "decade:1970s"),
    _c("Jim Carrey is a bit much for me", "", "person:Jim Carrey"),
    _c("cartoons are for my kids, not for me", "", "Animation"),
    _c("I've outgrown fantasy", "", "Fantasy"),
    _c("romance just isn't my scene", "", "Romance"),
    _c("war films are too heavy for a Friday", "", "War"),
    _c("not in a million years would I watch a musical", "", "Musical"),
    _c("the last thing I want is a documentary", "", "Documentary"),
    _c("I'd sooner eat my shoe than watch another western", "", "Western"),
    _c("mysteries bore me to tears", "", "Mystery"),
    _c("adventure films have lost their shine for me", "", "Adventure"),
    _c("crime films leave me cold", "", "Crime"),
    _c("dramas are a slog", "", "Drama"),
    _c("I'd rather not do horror", "", "Horror"),
    _c("it's not that I hate westerns, I just don't want one", "", "Western"),
    _c("I don't hate romance, but tonight no", "", "Romance"),
    _c("it's not that action is bad, I'm just not in the mood", "", "Action"),
    _c("I used to love musicals, not anymore", "", "Musical"),
    _c("I never liked comedies much", "", "Comedy"),
    _c("horror has never been my thing", "", "Horror"),
    _c("sci-fi never did anything for me", "", "Sci-Fi"),
    _c("I never got the appeal of film noir", "", "Film-Noir"),
    # --- mixed: like one value, refuse another -------------------------------------------------------------
    _c("I'm crazy about sci-fi but I can't stand horror", "Sci-Fi", "Horror"),
    _c("no more romance, I want nothing but action", "Action", "Romance"),
    _c("I never get tired of westerns, but musicals bore me", "Western", "Musical"),
    _c("keep the comedies, lose the dramas", "Comedy", "Drama"),
    _c("yes to thrillers, no to horror", "Thriller", "Horror"),
    _c("thrillers yes, horror nope", "Thriller", "Horror"),
    _c("I'll pass on the war films; a mystery would hit the spot", "Mystery", "War"),
    _c("can't get enough of animation, though documentaries put me to sleep", "Animation", "Documentary"),
    _c("forget the westerns, I'm in the mood for crime", "Crime", "Western"),
    _c("swap the romance for some adventure", "Adventure", "Romance"),
    _c("less drama, more comedy", "Comedy", "Drama"),
    _c("I'd trade every musical for one good thriller", "Thriller", "Musical"),
    _c("not a fan of horror, but sci-fi never disappoints", "Sci-Fi", "Horror"),
    _c("I have nothing against comedies but war films are a no", "Comedy", "War"),
    _c("dramas are fine, just no romance", "Drama", "Romance"),
    _c("fantasy rocks, musicals don't", "Fantasy", "Musical"),
    _c("I'd kill for a mystery, but spare me the horror", "Mystery", "Horror"),
    _c("I'm so over action movies, give me a good drama", "Drama", "Action"),
    _c("westerns are a hard pass, but I never say no to crime", "Crime", "Western"),
    _c("no documentaries, no animation, just a solid thriller", "Thriller", "Documentary|Animation"),
    _c("I could live without romance but never without comedy", "Comedy", "Romance"),
    _c("skip the 80s stuff, the 90s never get old", "decade:1990s", "decade:1980s"),
    _c("Tom Hanks can't do wrong, but Jim Carrey gets on my nerves", "person:Tom Hanks", "person:Jim Carrey"),
    _c("instead of another drama, how about an adventure", "Adventure", "Drama"),
    _c("rather than horror, let's go for a comedy", "Comedy", "Horror"),
    _c("not sci-fi again, something with Meg Ryan would be lovely", "person:Meg Ryan", "Sci-Fi"),
    _c("I don't dislike war films, it's musicals I can't bear", "War", "Musical"),
    _c("no way am I watching horror; a western though, absolutely", "Western", "Horror"),
    # --- plain controls (the readers must keep these right) ------------------------------------------------
    _c("I love westerns", "Western"),
    _c("I hate musicals", "", "Musical"),
    _c("no horror please", "", "Horror"),
    _c("something with Clint Eastwood", "person:Clint Eastwood"),
    _c("a funny comedy from the 90s", "Comedy|decade:1990s"),
    _c("I don't like war movies", "", "War"),
    _c("a dark thriller with a twist", "Thriller"),
    _c("a brutal war film", "War"),
    _c("a sad drama that makes me cry", "Drama"),
    _c("something scary, a horror film", "Horror"),
]


# More sentences of the same kinds, written after DEV_CASES, as the trained classifier's training data only
# (option b of issue 21 item 4; never scored). One per line: text :: liked :: disliked.
_TRAIN = """
I'm a huge sucker for westerns :: Western ::
horror is my guilty pleasure :: Horror ::
I'm crazy for comedies :: Comedy ::
dying for a thriller tonight :: Thriller ::
obsessed with sci-fi :: Sci-Fi ::
a killer mystery please :: Mystery ::
I'm addicted to action flicks :: Action ::
musicals are seriously underrated :: Musical ::
I would kill for a good drama :: Drama ::
war films? hell yeah :: War ::
fantasy is insanely fun :: Fantasy ::
I'm mad for romance :: Romance ::
crime is my weakness :: Crime ::
I'm hooked on documentaries :: Documentary ::
animation is wickedly clever :: Animation ::
adventure films are ridiculously fun :: Adventure ::
I'm desperate for some film noir :: Film-Noir ::
comedies, I can never get enough :: Comedy ::
I could binge westerns forever :: Western ::
there's no such thing as too many horror films :: Horror ::
you can never watch too much sci-fi :: Sci-Fi ::
I'm never not up for a thriller :: Thriller ::
I've yet to meet a musical I didn't love :: Musical ::
there's no drama I wouldn't give a chance :: Drama ::
I'd never say no to a mystery :: Mystery ::
I haven't had enough of war films :: War ::
I'm nowhere near tired of fantasy :: Fantasy ::
romance never gets boring :: Romance ::
crime films never get stale :: Crime ::
documentaries never bore me :: Documentary ::
animation never stops amazing me :: Animation ::
adventure never gets old :: Adventure ::
I can't get over how good film noir is :: Film-Noir ::
it's impossible not to love a western :: Western ::
nothing beats a good comedy :: Comedy ::
no genre tops horror :: Horror ::
nothing compares to sci-fi :: Sci-Fi ::
can't beat a thriller :: Thriller ::
you can't go wrong with a musical :: Musical ::
dramas are second to none :: Drama ::
nothing like a mystery on a Sunday :: Mystery ::
I'm not opposed to war films :: War ::
I've got nothing against fantasy :: Fantasy ::
romance isn't bad at all :: Romance ::
crime films aren't dull in the least :: Crime ::
I wouldn't object to a documentary :: Documentary ::
I'm not unwilling to watch animation :: Animation ::
it's not as if I dislike adventure :: Adventure ::
I can't say I hate film noir :: Film-Noir ::
I don't not want a western :: Western ::
I'd hardly turn down a comedy :: Comedy ::
a horror film wouldn't be a bad choice :: Horror ::
I wouldn't mind a sci-fi film :: Sci-Fi ::
no harm in a thriller :: Thriller ::
there's nothing wrong with musicals :: Musical ::
nothing but dramas please :: Drama ::
I want nothing but mysteries :: Mystery ::
only war films tonight :: War ::
fantasy and nothing else :: Fantasy ::
anything but romance ::  :: Romance
anything but crime films ::  :: Crime
everything except documentaries ::  :: Documentary
any genre apart from animation ::  :: Animation
anything other than adventure ::  :: Adventure
I'll pass on film noir, thanks ::  :: Film-Noir
I'm good without westerns ::  :: Western
comedies are fine for others but not for me ::  :: Comedy
I'd rather do my taxes than watch horror ::  :: Horror
sci-fi is a hard no ::  :: Sci-Fi
thrillers are great but not tonight ::  :: Thriller
happy to skip the musicals ::  :: Musical
I'd be happy never to see a drama again ::  :: Drama
I've had plenty of mysteries this month ::  :: Mystery
I've seen enough war films ::  :: War
fantasy? been there, done that ::  :: Fantasy
keep the romance for my sister ::  :: Romance
I'll leave the crime films to my dad ::  :: Crime
documentaries are nice but not my thing ::  :: Documentary
I respect animation but don't enjoy it ::  :: Animation
adventure is well made, but I'd rather not ::  :: Adventure
please leave out the film noir ::  :: Film-Noir
let's give westerns a rest ::  :: Western
fewer comedies please ::  :: Comedy
lay off the horror ::  :: Horror
I need a break from sci-fi ::  :: Sci-Fi
I'm all set with thrillers ::  :: Thriller
count me out of musicals ::  :: Musical
nice idea, but no dramas ::  :: Drama
anything beats another mystery ::  :: Mystery
I'd pick a root canal over a war film ::  :: War
I'm fine without fantasy ::  :: Fantasy
steer away from romance ::  :: Romance
nope to crime ::  :: Crime
spare me documentaries ::  :: Documentary
animation is for kids, not me ::  :: Animation
I've outgrown adventure films ::  :: Adventure
film noir isn't my scene ::  :: Film-Noir
westerns are too slow for tonight ::  :: Western
never in my life would I pick a comedy ::  :: Comedy
the last thing I need is horror ::  :: Horror
I'd rather eat glass than watch sci-fi ::  :: Sci-Fi
thrillers bore me stiff ::  :: Thriller
musicals have lost their magic for me ::  :: Musical
dramas leave me cold ::  :: Drama
mysteries are a chore ::  :: Mystery
I'd rather skip war films ::  :: War
it's not that fantasy is bad, I just don't want it ::  :: Fantasy
I don't hate romance but not today ::  :: Romance
I used to enjoy crime films, not anymore ::  :: Crime
I never cared for documentaries ::  :: Documentary
animation has never been my thing ::  :: Animation
adventure never did much for me ::  :: Adventure
I love comedies but I can't stand horror :: Comedy :: Horror
no more dramas, give me action :: Action :: Drama
I never tire of mysteries, but westerns bore me :: Mystery :: Western
keep the sci-fi, drop the romance :: Sci-Fi :: Romance
yes to fantasy, no to war :: Fantasy :: War
crime yes, musicals nope :: Crime :: Musical
I'll skip the horror; a comedy would be great :: Comedy :: Horror
less action, more romance :: Romance :: Action
not a fan of westerns, but thrillers never disappoint :: Thriller :: Western
forget documentaries, I want adventure :: Adventure :: Documentary
I want a thriller :: Thriller ::
I like dramas :: Drama ::
no musicals ::  :: Musical
I dislike horror ::  :: Horror
please no war films ::  :: War
a fun adventure :: Adventure ::
a gory horror movie :: Horror ::
a bleak war drama :: War|Drama ::
"""
TRAIN_CASES: list[Case] = [_c(*(part.strip() for part in line.split("::"))) for line in _TRAIN.strip().splitlines()]
