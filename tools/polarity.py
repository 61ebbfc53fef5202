"""Compositional polarity (issue 21): a negator flips the predicate it scopes over.

"I can't get enough of westerns", "comedies never get old", "nothing beats a good horror movie", "I'd never say no
to sci-fi", "no-nonsense action": a negator ("not", "n't", "never", "no", "nothing", "non-", "hardly" ...) over a
predicate that is itself negative toward its object (satiety "enough", fatigue "tired of", cessation "stop",
fault "wrong", failure "disappoints", opposition "mind", "against", refusal "say no", a comparison the object wins
"beats", "better than", exclusion "but", "other than") affirms the object; over a positive or neutral predicate
("like", "fan of", "watch") or straight over a catalogue value ("no westerns") it refuses it.

Predicate polarity comes from two sources, no per-idiom list:
- a closed class of verbs and prepositions that oppose, tire of, stop, beat or exclude their object (grammar
  words a sentiment lexicon does not score, or scores for the wrong role: VADER rates "better" positive, but in
  "nothing is better than X" it is X that wins);
- the VADER sentiment lexicon (`vadersentiment`, vader_lexicon.txt, 7,500 rated words) for any other word with
  a negative rating ("nothing wrong with", "never a dull moment", "no complaints about"). A rated word that stands
  right before the value, with no function word between, describes the film ("no gory horror", "no violent
  westerns") and is no predicate; nor is a catalogue genre word (VADER rates "horror", "war", "crime" negative).

`negation_pairs(text, mode)` returns the character spans of each negator and the negative predicate it cancels;
tools.stance reads the rest of its cues with those spans blanked, so a cancelled pair reads as a plain like.
`refusal_left(text, spans)` finds a predicate of refusal no negator cancelled, before the value ("I'm allergic
to musicals"); `verdict_refuses(text)` one after it, with the value its subject ("westerns leave me cold").

Stance with no negator at all: a predicate of aversion, satiety or rejection (`AVERSION`, a closed class: "outgrow",
"allergic", "cringe", "spare me", "fed up", "so over", "had my fill", "steer clear", "meh", ...) or a word VADER
rates at or below `VERDICT_VALENCE` refuses the value it governs. It governs the value when it stands as a
predicate: before the value it is followed by a preposition, a pronoun or a verb ("sick OF", "allergic TO", "dread
SITTING through"), not by the value's noun ("a brutal war film", "a bleak, depressing drama"); after the value it
is the value's verb or complement ("westerns irritate me", "dramas are tedious", "horror gives me nightmares"),
not a relative clause or a preposition's phrase, which say what the film should be ("a horror film that terrifies
me", "a western with a grim ending"). A rated word (not one of the closed class) the user says they love or want
is what the film is for ("I love being scared by a good horror movie") and refuses nothing.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from cesrec.tools.lexicon import FOREIGN_GENRE_SYNONYMS, GENRE_SYNONYMS, _expand_simple

# "can't" -> "ca" + "n't"; hyphens kept as tokens ("non-stop", "no-nonsense" are compounds)
_WORD = re.compile(r"n't\b|[a-z]+(?=n't\b)|[a-z0-9]+|-|[,;:.!?]")
NEGATORS = frozenset({
    "not", "n't", "never", "no", "nothing", "none", "nobody", "neither", "nor", "hardly", "barely", "scarcely",
    "non", "nowhere", "cannot", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent",
    "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "aint",
    # French, German, Spanish (accent-folded)
    "pas", "jamais", "rien", "aucun", "aucune", "nicht", "nichts", "kein", "keine", "keinen", "nie", "niemals",
    "nada", "nunca", "ningun", "ninguna", "ninguno",
})  # fmt: skip
# verbs and prepositions that oppose, tire of, stop, beat or exclude their object: they cancel a negator
# wherever they stand ("I don't hate westerns", "nothing beats horror")
OPPOSING = frozenset({
    # aversion, opposition, refusal
    "hate", "hates", "hated", "dislike", "dislikes", "disliked", "detest", "detests", "loathe", "loathes",
    "despise", "despises", "mind", "minds", "against", "opposed", "object", "objects", "averse", "refuse",
    "refuses", "refused", "reject", "rejects", "resist", "resists", "resisted", "decline", "skip", "skips",
    "avoid", "avoids", "fear", "fears", "afraid",
    # satiety, fatigue, cessation
    "enough", "tire", "tires", "tired", "sick", "bored", "bore", "bores", "weary", "stop", "stops", "stopped",
    "quit", "wait",
    # failure
    "fail", "fails", "failed", "disappoint", "disappoints", "disappointed",
    # a comparison its object wins
    "beat", "beats", "beaten", "top", "tops", "topped", "better", "compare", "compares", "compared", "rival",
    "rivals", "match", "matches", "surpass", "surpasses", "outdo", "outdoes", "trump", "trumps", "close",
    # exclusion
    "but", "except", "besides", "other", "apart", "without",
    # lack, unfamiliarity ("no shortage of", "no stranger to")
    "lack", "lacking", "shortage", "short", "stranger", "absence", "scarce", "missing",
})  # fmt: skip
# a comparison its object loses: "nothing is worse than X" refuses X, so these never cancel a negator before
# "than"/"to" (the litotes "not the worst idea" still does)
_OBJECT_LOSES = frozenset({"worse", "inferior"})
# verbs of refusal that refuse their object when no negator cancels them ("I'll pass on musicals")
REFUSING = frozenset({"detest", "detests", "loathe", "loathes", "despise", "despises", "refuse", "refuses",
                      "reject", "rejects", "against", "opposed", "averse"})
# aversion, satiety, rejection: refuse the value they govern with no negator ("I've outgrown cartoons"), affirm it
# under one ("I'm not done with westerns yet"). Grammar of stance the sentiment lexicon does not rate.
AVERSION = frozenset({
    "outgrow", "outgrew", "outgrown", "outgrowing", "allergic", "cringe", "cringes", "cringey", "cringy",
    "cringeworthy", "cringing", "sick", "tired", "weary", "bored", "done", "meh", "ugh", "yawn", "yuck", "eww",
    "ew", "bleh", "blah", "dread", "dreads", "dreading", "avoid", "avoids", "skip", "skips", "ditch", "spare",
    "chore", "snooze", "snoozefest", "headache", "headaches", "nightmares", "grate", "grates", "drain", "drains",
    "irritate", "irritates", "annoy", "annoys", "depress", "depresses", "tedious", "bore", "bores", "overrated",
    "detest", "detests", "loathe", "loathes", "despise", "despises", "hate", "hates", "dislike", "dislikes",
    "wary", "leery", "sleep", "asleep",
})  # fmt: skip
# multiword aversion predicates: a verb with its particle ("turn me off", "put me off", "count me out", "burnt out
# on", "grown out of", "shy away", "steer clear", "keep ... away", "leave me cold"), "fed up", "had my fill", "had
# it (up to here) with", "do without", "so over", "a hard pass", "enough with", "roll my eyes", "skin crawl", "hard
# going" (tedious)
_AVERSE_PHRASE = re.compile(
    r"\b(?:(?:turn|turns|turned|put|puts)\s+(?:me\s+)?off|turn-off|off-putting|count\s+me\s+out|"
    r"(?:burnt|burned|burning|worn|wore)\s+out|(?:grown|grew|grow|growing)\s+out\s+of|shy\s+away|steer\s+clear|"
    r"stay\s+away|keep\s+(?:\w+\s+){0,3}?away|(?:leave|leaves|left)\s+me\s+cold|fed\s+up|had\s+(?:my|our)\s+fill|"
    r"had\s+it\s+(?:up\s+to\s+here\s+)?with|up\s+to\s+here\s+with|lifetime(?:'s)?\s+supply\s+of|do\s+without|(?:'m|'re|am|is|are|so|totally|completely|i'm)\s+over(?=\s+(?:the\s+|all\s+)?[a-z]|\s*$)|"
    r"hard\s+pass|pass\s+on|enough\s+(?:with|of)|roll\s+my\s+eyes|eye-?roll|skin\s+crawl|over\s+my\s+head|"
    r"drags?\s+on|hard\s+going|get\s+on\s+my\s+nerves|freak(?:s|ed)?\s+(?:me\s+)?out|"
    r"(?:lost|losing|lose)\s+(?:(?:my|all|any|the)\s+)*(?:appetite|interest|taste|patience|love)\s+(?:for|in|with))\b"
)
# a verdict threshold: a word the lexicon rates at most this (VADER mean valence, -4..4) is a negative predicate
# when it stands as one (chosen on the dev half and the own test sentences: see the report of issue 21)
VERDICT_VALENCE = -1.0
USE_VERDICT_LEXICON = True  # False: the closed aversion class only
# a positive verb before a rated word makes the experience the point ("I love being scared by horror")
_WANTING = frozenset({"love", "loved", "loves", "like", "likes", "enjoy", "enjoys", "adore", "want", "wants",
                      "need", "crave", "fancy", "prefer", "mood", "dig", "relish"})
# before the value, a predicate is followed by one of these (a preposition or pronoun it takes) or an -ing verb
_TAKES = frozenset({"of", "to", "with", "on", "by", "from", "about", "at", "me", "us", "through", "the", "any",
                    "anything", "all", "those", "these", "that", "it", "them", "for"})
# ... and is no adjective of a noun: no determiner right before it
_DETERMINER = frozenset({"a", "an", "the", "some", "any", "something", "anything", "everything", "more", "very",
                         "really", "pretty", "super", "most", "least", "extra", "less", "too"})
# after the value: a relative clause or a preposition's phrase says what the film is, not what the user thinks
_DESCRIBES = frozenset({"that", "which", "who", "whose", "where", "when", "with", "about", "from", "like", "for",
                        "in", "on", "set", "featuring", "starring", "by", "to", "than", "full", "filled", "packed",
                        "loaded", "and", "or", "but", ",", "as", "of", "at", "without", "so", "such"})
_SKIP_AFTER = frozenset({"movies", "movie", "films", "film", "flicks", "flick", "ones", "stuff", "shows", "just",
                         "really", "always", "all", "only", "usually", "honestly", "totally", "kinda", "simply",
                         "tend", "mostly", "generally", "s", "re", "-"})
_LINKING = frozenset({"is", "are", "was", "were", "be", "been", "seem", "seems", "feel", "feels", "felt", "get",
                      "gets", "got", "become", "becomes", "make", "makes", "made", "give", "gives", "gave", "leave",
                      "leaves", "left", "put", "puts", "turn", "turns", "drive", "drives", "go", "goes", "drag",
                      "send", "sends", "sent",
                      "drags", "i", "you", "we", "can", "could", "would", "will", "d", "ll"})
_CAUSATIVE = frozenset({"make", "makes", "made", "give", "gives", "gave", "leave", "leaves", "left", "put", "puts",
                        "turn", "turns", "drive", "drives", "get", "gets", "got", "send", "sends", "sent"})
# phrasal refusals: "turn down", "pass up", "say no"
_PHRASAL = re.compile(r"\b(?:turn(?:s|ed|ing)?\s+(?:it\s+|that\s+)?down|pass(?:es|ed|ing)?\s+(?:on|up)|"
                      r"say(?:s|ing)?\s+no|said\s+no|the last thing)\b")
# adjectives and nouns of fault or fatigue the lexicon may not rate, read like VADER's rated words
_FAULTY = frozenset({"wrong", "nonsense", "stale", "dated", "tedious", "letdown", "complaint", "complaints",
                     "problem", "problems", "issue", "issues", "objection", "objections", "regrets"})
# "never gets old": "old" is fatigue only after a verb of becoming
_BECOMING = frozenset({"get", "gets", "got", "getting", "grow", "grows", "grew", "growing", "go", "goes", "going",
                       "gone", "become", "becomes", "became", "feel", "feels", "seem", "seems"})
# words that link a predicate to what follows: a rated word followed by one of them is a predicate, not an
# adjective of the film ("nothing wrong WITH westerns" vs "no violent westerns")
FUNCTION = frozenset({
    "a", "an", "the", "of", "to", "for", "with", "about", "on", "in", "at", "than", "by", "from", "any", "some",
    "my", "your", "his", "her", "their", "our", "this", "that", "these", "those", "as", "me", "it", "them",
    "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "get", "gets", "got", "go", "goes",
    "have", "has", "had", "there", "into", "around", "when", "anything", "something", "one", "ones", "moment",
    "i", "you", "we", "if", "what", "where", "whenever", "up", "out", "s", "re", "ve", "ll", "d", "m", "watch",
    "see", "pick", "choose", "say",
})  # fmt: skip
_COORD = frozenset({"and", "or", "nor", "plus", ",", ";", ":", ".", "!", "?"})
_SCOPE = 8  # tokens a negator reaches


def _genre_words() -> frozenset[str]:
    out: set[str] = set()
    for table in (GENRE_SYNONYMS, FOREIGN_GENRE_SYNONYMS):
        for pats in table.values():
            for p in pats:
                out.update(w for phrase in _expand_simple(p) for w in phrase.split())
    return frozenset(out)


GENRE_WORDS = _genre_words()


@functools.lru_cache(maxsize=1)
def rated_negative() -> frozenset[str]:
    """Words the VADER lexicon rates negative (mean valence <= -1.0), less negators and genre words."""
    import vaderSentiment

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]):
            try:
                if float(parts[1]) <= -1.0:
                    words.add(parts[0])
            except ValueError:
                continue
    return frozenset(words - NEGATORS - GENRE_WORDS)


USE_LEXICON = True  # False: the closed classes only (measured against the lexicon, evals notes in the report)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def _predicate(toks: list[tuple[str, int, int]], j: int, phrasal: list[tuple[int, int]]) -> str | None:
    """'verb' (cancels a negator wherever it stands), 'rated' (cancels it when it is no adjective of the value)
    or None for token j."""
    w, s, _ = toks[j]
    nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
    if w in _OBJECT_LOSES and nxt in ("than", "to"):
        return None
    if w == "dead" and j > 0 and toks[j - 1][0] == "caught":  # "wouldn't be caught dead with": never
        return None
    if any(a <= s < b for a, b in phrasal):
        return "verb"
    if w in OPPOSING or w in AVERSION:
        return "verb"
    if w == "old":
        return "rated" if j > 0 and toks[j - 1][0] in _BECOMING else None
    if w in _FAULTY or (USE_LEXICON and w in rated_negative()):
        return "rated"
    return None


def negation_pairs(text: str, mode: str = "before") -> tuple[list[tuple[int, int]], list[int]]:
    """(spans to blank, positions of negators left unpaired) in `text`, a clause before a value ("before": the
    value follows the text's end) or after it ("after").

    A negator pairs with the first opposing or negatively rated predicate in its scope (up to _SCOPE tokens, not
    past another negator or a coordination: "no violence or war" refuses both). A "no-"/"non-" compound before
    a noun modifies that noun ("non-stop action", "no-frills comedy") and scopes over nothing else."""
    toks = _tokens(text)
    phrasal = [m.span() for m in _PHRASAL.finditer(text)] + [m.span() for m in _AVERSE_PHRASE.finditer(text)]
    blank: list[tuple[int, int]] = []
    unpaired: list[int] = []
    used: set[int] = set()
    n = len(toks)
    for i, (w, s, e) in enumerate(toks):
        if i in used or w not in NEGATORS or any(a <= s < b for a, b in phrasal):
            continue
        if i + 2 < n and toks[i + 1][0] == "-" and w in ("no", "non"):
            # a compound adjective: "non-stop action", "a no-frills western"; over the value itself ("non-horror")
            # the value is the compound's noun and is refused (handled below: the compound ends the text)
            blank.append((s, toks[i + 2][2]))
            used.update((i, i + 1, i + 2))
            continue
        hit = None
        # "there's nothing like X", "nothing quite like X": a comparison X wins, as "nothing beats X" ("nothing
        # like Titanic, please" stays a refusal)
        k = i + 2 if i + 2 < n and toks[i + 1][0] in ("quite", "really", "else") else i + 1
        if w == "nothing" and k < n and toks[k][0] == "like" and (k == i + 2 or toks[max(0, i - 2)][0] == "there"):
            hit = k
        for j in range(i + 1, min(n, i + 1 + _SCOPE)) if hit is None else ():
            wj = toks[j][0]
            if wj in _COORD:
                break
            kind = _predicate(toks, j, phrasal)
            if kind == "verb":
                hit = j
                break
            if kind == "rated":
                rest = [t[0] for t in toks[j + 1:]]
                # a link word or a verb ("guilty watching comedies") after it: a predicate, not an adjective
                # ... unless "like"/"such as" gives an example of it ("anything depressing like a war film")
                if mode == "after" or (rest[:1] not in (["like"], ["such"]) and any(
                        x in FUNCTION or (x.endswith("ing") and len(x) > 4) for x in rest)):
                    hit = j
                    break
            if wj in NEGATORS and not any(a <= toks[j][1] < b for a, b in phrasal):
                break
        if hit is None:
            unpaired.append(s)
            continue
        used.update((i, hit))
        blank.append((s, e))
        hs, he = toks[hit][1], toks[hit][2]
        for a, b in phrasal:  # the whole phrasal verb goes ("say no", "turn it down")
            if a <= hs < b:
                hs, he = a, b
        blank.append((hs, he))
    return blank, unpaired


def _rated(w: str) -> bool:
    return USE_VERDICT_LEXICON and w in _verdict_words()


@functools.lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's mean valence of each plain word (vader_lexicon.txt)."""
    import vaderSentiment

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]):
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


@functools.lru_cache(maxsize=4)
def _lexicon_at_most(threshold: float) -> frozenset[str]:
    return frozenset(w for w, v in _valences().items() if v <= threshold) - NEGATORS - GENRE_WORDS


@functools.lru_cache(maxsize=1)
def _rated_positive() -> frozenset[str]:
    """Words VADER rates at least +1.0 ("pleasure", "treat", "gem")."""
    return frozenset(w for w, v in _valences().items() if v >= 1.0)


def _verdict_words() -> frozenset[str]:
    return _lexicon_at_most(VERDICT_VALENCE)


def _free(s: int, spans: list[tuple[int, int]]) -> bool:
    return not any(a <= s < b for a, b in spans)


def refusal_left(text: str, spans: list[tuple[int, int]], governing: bool = True) -> bool:
    """A predicate of refusal no negator cancelled ("I'd pass on westerns", "I'm against remakes"); with
    `governing` (the text before the value) also one of aversion that governs what follows ("I'm allergic to",
    "I've outgrown", "I dread sitting through"); after the value `verdict_refuses` reads those."""
    if any(_free(m.start(), spans) for m in _PHRASAL.finditer(text)):
        return True
    if not governing:
        return any(w in REFUSING and _free(s, spans) for w, s, _ in _tokens(text))
    if any(_free(m.start(), spans) for m in _AVERSE_PHRASE.finditer(text)):
        return True
    toks = _tokens(text)
    for j, (w, s, _) in enumerate(toks):
        if not _free(s, spans):
            continue
        if w in REFUSING:
            return True
        closed = w in AVERSION
        if not closed and not _rated(w):
            continue
        prev = toks[j - 1][0] if j > 0 else ""
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
        if prev in _DETERMINER:
            continue  # "a sad ...", "something scary ...": an adjective of a noun
        if not closed and any(t[0] in _WANTING for t in toks[:j]):
            continue  # "I love being scared by": the point of the film
        if w in ("ugh", "meh", "yawn", "yuck", "eww", "ew", "bleh", "blah") and nxt in ("", ",", ":", "!", ".", "-"):
            return True  # an interjection of its own: "ugh, musicals"
        if not closed:
            # a rated word takes its object with "of", "by", "with" when it is an aversion ("scared (to death) of",
            # "disgusted by"); with "about", "for", "to" it is a craving ("crazy about", "desperate for", "dying
            # to see"), slang whose surface word is negative
            if any(t[0] in ("of", "by", "with") for t in toks[j + 1:j + 4]):
                return True
            continue
        if nxt in _TAKES or (nxt.endswith("ing") and len(nxt) > 4) or nxt == "":
            return True
    return False


def aversion_around(clause: str, start: int, end: int) -> bool:
    """A multiword aversion predicate wraps the value ("keep the musicals away from me")."""
    return any(m.start() < start and m.end() > end for m in _AVERSE_PHRASE.finditer(clause))


def verdict_refuses(post: str) -> bool:
    """`post` (the rest of the value's clause) is a negative verdict on the value: the value is the subject of an
    aversion predicate or of a verb / complement the lexicon rates negative ("westerns irritate me", "dramas are
    tedious", "musicals leave me cold", "romance I can skip"); a relative clause or a preposition's phrase
    describes the film instead ("a horror film that terrifies me", "a western with a grim ending")."""
    toks = _tokens(post)
    spans = [m.span() for m in _AVERSE_PHRASE.finditer(post)]
    i = 0
    while i < len(toks) and toks[i][0] in _SKIP_AFTER:
        i += 1
    if i >= len(toks) or toks[i][0] in _DESCRIBES:
        return False
    if toks[i][0].endswith("ing") and toks[i][0] not in AVERSION:
        return False  # a participle describes the film: "Bruce Willis fighting terrorists"
    first = toks[i][0]
    if not (first in _LINKING or first in AVERSION or _rated(first) or not _free(toks[i][1], spans)):
        return False
    if spans:
        return True
    # what the film makes the viewer feel may be its point ("it made me cry, in a good way"): after a causative
    # verb only the closed aversion class refuses ("makes me cringe"), not a word the lexicon merely rates
    wanted = first in _CAUSATIVE
    rest = [t[0] for t in toks[i:]]
    for k, w in enumerate(rest):
        if w in _WANTING:
            wanted = True
        if w in ("that", "which", "who"):
            break
        # a rated word before a noun the lexicon rates positive modifies it: "a guilty pleasure" is praise
        praised = k + 1 < len(rest) and rest[k + 1] in _rated_positive()
        if w in AVERSION or (_rated(w) and not wanted and not praised):
            return True
    return False


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans replaced by spaces (offsets kept)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
