"""What a stance judge is asked about, and how its verdicts change a reading (issue 21, item 4).

The readers of the user's words (the rule parser, the orchestrator LLM's arguments) find the catalogue values a
message names; the polarity they give them is the weak part ("I can't get enough of westerns" read as a
refusal). A stance judge (agent.stance_llm: the embedded LLM under a tight grammar; tools.stance_model: a small
trained classifier, measured and not used) is asked, for each value found, whether the user wants it, wants to avoid it, or neither.
This module holds the LLM-free half of that:

- `stance_targets(text, feedback, catalog, state)`: the values of a reading the user named, each with the user's
  own words for it (the mention's span: "cartoons" for Animation, "80s" for 1980s) so a judge reads what the
  user wrote; values no mention names (the LLM's reading of "a tearjerker", a shown film pointed at by position)
  are not judged.
- `stance_cue(text)`: whether the message holds a word that may turn a stance round (a negator, an aversion or
  refusal word, a word the VADER lexicon rates negative): where there is none the rule parser's plain reading
  stands.
- `apply_verdicts(feedback, verdicts)`: the reading with each judged value moved to the side the judge gave
  ("want" -> liked, "avoid" -> disliked; "neither" keeps the reader's side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cesrec.tools.lexicon import _fold, vocabulary_for
from cesrec.tools.mentions import _find_mentions
from cesrec.tools.polarity import (
    _AVERSE_PHRASE,
    _PHRASAL,
    AVERSION,
    NEGATORS,
    OPPOSING,
    REFUSING,
    _rated,
    _tokens,
    _valences,
    negation_pairs,
    rated_negative,
)
from cesrec.tools.state import Feedback

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.state import SessionState

PEOPLE = ("director", "actor", "writer")
STANCES = ("want", "avoid", "neither")
Key = tuple[str, str]  # (kind, value): kind "person" for every role, "item" with the id as a string


def key_of(kind: str, value: object) -> Key:
    return ("person" if kind in PEOPLE else kind, str(value))


@dataclass(frozen=True)
class Target:
    """One value to judge: its key, the user's words shown to the judge, the reader's current side (+1 / -1)
    and the span of those words in the message."""

    key: Key
    label: str
    sign: int
    span: tuple[int, int] | None = None


def _mention_labels(text: str, catalog: Catalog, state: SessionState | None) -> dict[Key, tuple[str, tuple[int, int]]]:
    voc = vocabulary_for(catalog)
    raw = text.replace("\u2019", "'").replace("\u2018", "'")
    folded = _fold(raw)
    if len(folded) != len(raw):
        folded = raw.lower()
    out: dict[Key, tuple[str, tuple[int, int]]] = {}
    for m in _find_mentions(raw, folded, voc, state, catalog):
        words = raw[m.start:m.end].strip()
        # a phrase that carries its own polarity ("too old") or a relative period ("old", "classics", "recent":
        # several decades) is a description the rule reader places, no value the user named
        if not words or m.fixed_polarity is not None or (m.kind == "decade" and len(m.values) > 1):
            continue
        for v in m.values:
            out.setdefault(key_of(m.kind, v), (words, (m.start, m.end)))
    return out


def stance_targets(text: str, feedback: Feedback, catalog: Catalog, state: SessionState | None = None) -> list[Target]:
    """The reading's values (attributes and films) that the user named, in the order they said them, each with
    the user's words for it. Values no mention names (a shown film pointed at by position, a genre the LLM or
    the mood reader inferred, a relative period) are not judged: the reader that placed them keeps them."""
    labels = _mention_labels(text, catalog, state)
    found: dict[Key, int] = {}
    for sign, attrs in ((1, feedback.liked_attributes), (-1, feedback.disliked_attributes)):
        for kind, vals in attrs.items():
            for v in vals:
                found.setdefault(key_of(kind, v), sign)
    for sign, items in ((1, feedback.liked_items), (-1, feedback.disliked_items)):
        for i in items:
            found.setdefault(("item", str(int(i))), sign)
    out = [Target(k, labels[k][0], sign, labels[k][1]) for k, sign in found.items() if k in labels]
    return sorted(out, key=lambda t: t.span or (0, 0))


_REFUSAL_WORDS = re.compile(r"\b(?:rather|instead|without|except|skip|pass|spare|enough|less|fewer|stop|no|nope|"
                            r"nah|forget|drop|lose|avoid|away|break|rest|off|out|but|over)\b")


def stance_cue(text: str, broad: bool = False) -> bool:
    """A word in the message that may turn a stance round: a negator, an opposing / aversion / refusal word, a
    phrasal refusal, or a word VADER rates negative; `broad`: also any word VADER rates (either sign, |valence|
    >= 1: "good" in "I'm good on westerns, thanks", "glad" in "I'd be glad never to see one again")."""
    low = _fold(text.replace("\u2019", "'"))
    if _PHRASAL.search(low) or _AVERSE_PHRASE.search(low) or _REFUSAL_WORDS.search(low):
        return True
    neg = rated_negative()
    if any(w in NEGATORS or w in OPPOSING or w in AVERSION or w in neg for w, _, _ in _tokens(low)):
        return True
    return broad and any(abs(_valences().get(w, 0.0)) >= 1.0 for w, _, _ in _tokens(low))


def only_rated_negative(text: str) -> bool:
    """The only stance cue in `text` is a word VADER rates negative ("I'm mad about animation", "comedies are
    my weakness"): no negator, no opposing / aversion / refusal word or phrase."""
    low = _fold(text.replace("\u2019", "'"))
    if _PHRASAL.search(low) or _AVERSE_PHRASE.search(low) or _REFUSAL_WORDS.search(low):
        return False
    toks = [w for w, _, _ in _tokens(low)]
    if any(w in NEGATORS or w in OPPOSING or w in AVERSION for w in toks):
        return False
    neg = rated_negative()
    return any(w in neg for w in toks)


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` blanked (same length, so spans and scopes still line up): a value's
    own words ("Raiders of the Lost Ark") are no stance cue."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_SENTENCE_END = re.compile(r"[.!?;]+|\bbut\b|\bhowever\b|\bthough\b|\bwhereas\b")


def scope_of(text: str, span: tuple[int, int], scope: str = "clause") -> str:
    """The part of `text` a value's stance lives in, without the words that bound it: "clause" (tools.stance's
    clause: punctuation and conjunctions end it), "sentence" (a sentence end or a contrast: "but", "however"; a
    sentence that is a question runs on to the end of the next one, its answer)."""
    from cesrec.tools.stance import _BOUNDARY

    low = _fold(text.replace("\u2019", "'"))
    if len(low) != len(text):
        low = text.lower()
    a, b = span
    bounds = list((_BOUNDARY if scope == "clause" else _SENTENCE_END).finditer(low))
    begin = max((m.end() for m in bounds if m.end() <= a), default=0)
    end = min((m.start() for m in bounds if m.start() >= b), default=len(low))
    if scope == "sentence" and low[end:end + 1] == "?":
        # a value asked about ("Mysteries? nah, I'm good", "Westerns? Count me in") takes its answer: the
        # sentence after the question
        end = min((m.start() for m in bounds if m.start() > end and not low[m.start():m.end()].startswith("?")),
                  default=len(low))
    return low[begin:end]


def value_keys(feedback: Feedback) -> set[Key]:
    keys = {key_of(k, v) for side in (feedback.liked_attributes, feedback.disliked_attributes)
            for k, vs in side.items() for v in vs}
    return keys | {("item", str(int(i))) for i in feedback.liked_items + feedback.disliked_items}


def with_values_of(feedback: Feedback, other: Feedback) -> Feedback:
    """`feedback` plus the values of `other` it lacks on either side (on `other`'s side): the values a merge
    of two readings dropped ("Heat" liked by the rules, disliked by the LLM: neither side keeps it)."""
    have = value_keys(feedback)
    liked = {k: list(v) for k, v in feedback.liked_attributes.items()}
    disliked = {k: list(v) for k, v in feedback.disliked_attributes.items()}
    for src, dst in ((other.liked_attributes, liked), (other.disliked_attributes, disliked)):
        for kind, vals in src.items():
            for v in vals:
                if key_of(kind, v) not in have:
                    dst.setdefault(kind, []).append(v)
                    have.add(key_of(kind, v))
    liked_items = list(feedback.liked_items) + [i for i in other.liked_items if ("item", str(int(i))) not in have]
    have |= {("item", str(int(i))) for i in liked_items}
    disliked_items = list(feedback.disliked_items) + [i for i in other.disliked_items
                                                      if ("item", str(int(i))) not in have]
    return feedback.model_copy(update={"liked_attributes": liked, "disliked_attributes": disliked,
                                       "liked_items": liked_items, "disliked_items": disliked_items})


def without_values(feedback: Feedback, keys: set[Key]) -> Feedback:
    def keep(attrs: dict[str, list[str]]) -> dict[str, list[str]]:
        out = {k: [v for v in vs if key_of(k, v) not in keys] for k, vs in attrs.items()}
        return {k: vs for k, vs in out.items() if vs}

    return feedback.model_copy(update={
        "liked_attributes": keep(feedback.liked_attributes), "disliked_attributes": keep(feedback.disliked_attributes),
        "liked_items": [i for i in feedback.liked_items if ("item", str(int(i))) not in keys],
        "disliked_items": [i for i in feedback.disliked_items if ("item", str(int(i))) not in keys]})


def apply_verdicts(feedback: Feedback, verdicts: dict[Key, str]) -> Feedback:
    """`feedback` with every judged value on the side its verdict gives: "want" liked, "avoid" disliked;
    "neither" (or no verdict) leaves it where the reader put it."""
    def side(kind: str, v: object, sign: int) -> int:
        s = verdicts.get(key_of(kind, v))
        return 1 if s == "want" else -1 if s == "avoid" else sign

    liked: dict[str, list[str]] = {}
    disliked: dict[str, list[str]] = {}
    for sign, attrs in ((1, feedback.liked_attributes), (-1, feedback.disliked_attributes)):
        for kind, vals in attrs.items():
            for v in vals:
                tgt = liked if side(kind, v, sign) > 0 else disliked
                bucket = tgt.setdefault(kind, [])
                if v not in bucket:
                    bucket.append(v)
    for kind in list(liked):  # one value cannot be both: the refusal wins (as validate_feedback)
        liked[kind] = [v for v in liked[kind] if v not in disliked.get(kind, [])]
        if not liked[kind]:
            del liked[kind]
    liked_items: list[int] = []
    disliked_items: list[int] = []
    for sign, items in ((1, feedback.liked_items), (-1, feedback.disliked_items)):
        for i in items:
            tgt = liked_items if side("item", int(i), sign) > 0 else disliked_items
            if i not in tgt:
                tgt.append(i)
    liked_items = [i for i in liked_items if i not in disliked_items]
    return feedback.model_copy(update={"liked_attributes": liked, "disliked_attributes": disliked,
                                       "liked_items": liked_items, "disliked_items": disliked_items})


# --------------------------------------------------------------------------------------------------------
# Constructions whose side follows from the grammar, whatever the words (2026-12-05, third round): the readers
# and the 1.5B judge both put these values on the wrong side, with confidence (evals/notes/stance_judge.md)
# --------------------------------------------------------------------------------------------------------

# the first negator of a double negation: any but an interjection or a coordination ("No, I don't ...", "no I
# don't want horror": "no" answers, it negates nothing in the clause)
_NEG_FIRST = NEGATORS - {"no", "nor", "neither", "nope"}
# the second: a verb's negation ("not", "n't", a contraction written without its apostrophe); a negative
# pronoun after a negated verb ("I don't want nothing scary") is negative concord, not a double negation
_NEG_SECOND = frozenset({"not", "n't", "cannot", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "arent",
                         "wasnt", "werent", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "aint", "never"})
# a comparison and the value it is made against: "X over Y", "X beats Y", "X instead of Y", "rather X than Y",
# "anything is better than Y"
_OVER = re.compile(r"\b(?:over(?![\s-]+(?:the[\s-]+top|and[\s-]+over)\b)|beats?|trumps?|tops|outshines?|outdoes|wins? over|instead of|rather than|in place of|"
                   r"better than|superior to|preferable to|ahead of|"
                   r"worth\s+(?:two|three|five|ten|twenty|fifty|a\s+hundred|a\s+dozen|a\s+thousand|\d+)\s+of(?:\s+your)?)\b"
                   r"|(?:runs?|ran)\s+(?:rings|circles)\s+(?:a)?round"
                   r"|(?<=\s)>(?=\s)")
# ... and the one it is made for, the value before it the loser: "Y is worse than X", "Y has nothing on X"
_UNDER = re.compile(r"\b(?:worse than|inferior to|pales?(?:\s+in\s+comparison)?\s+(?:to|next to|beside)|"
                    r"(?:can'?t|cannot)\s+(?:compare|compete)\s+(?:to|with)|no match for|ha(?:s|ve) nothing on|"
                    r"(?:can'?t|cannot)\s+hold a candle to|loses? to)\b")
_PREFER = re.compile(r"\bprefer(?:s|red)?\b")
_ANYTHING_OVER = re.compile(r"\b(?:anything|everything|whatever)\s+(?:(?:is|'s|would be|will be)\s+)?"
                            r"(?:beats?|trumps?|better than)\s+(?:[a-z']+\s+){0,2}$")
# a question over the universal: "is there anything better than X?", "can you name anything that beats X?"
_ASKED_BEFORE = re.compile(r"\b(?:(?:is|was|'s|s)\s+there|(?:can|could)\s+(?:you|anyone|anybody)\s+(?:name|think\s+of|find))"
                           r"\s+$")
_RATHER = re.compile(r"\brather\b")
_THAN = re.compile(r"\bthan\b")
_TO = re.compile(r"\bto\b")


def _fold_same(text: str) -> str:
    low = _fold(text.replace("\u2019", "'"))
    return low if len(low) == len(text) else text.lower().replace("\u2019", "'")


def _clause_begin(low: str, a: int) -> int:
    """Where the clause holding position `a` of `low` begins."""
    from cesrec.tools.stance import _clause_starts

    return max(_clause_starts(low[:a]))


def _unpaired_negators(low: str, span: tuple[int, int]) -> list[str]:
    """The negators of the value's clause before it that no negative predicate cancels (tools.polarity)."""
    begin = _clause_begin(low, span[0])
    paired, _ = negation_pairs(low)
    return [w for w, s, _e in _tokens(low[begin:span[0]]) if w in NEGATORS
            and not any(p <= begin + s < q for p, q in paired)]


def double_negation(text: str, span: tuple[int, int]) -> bool:
    """The value's clause negates a negation before it: "I don't not like horror", "I'm not not into sci-fi",
    "never not in the mood for action", "not gonna pretend I don't love 80s action". Two plain negators (a
    negator that cancels a negative predicate, "can't get enough", is read by tools.polarity) and no other."""
    low = _fold_same(text)
    negs = _unpaired_negators(low, span)
    if len(negs) == 2 and negs[0] in _NEG_FIRST and negs[1] in _NEG_SECOND:
        return True
    # a negated value whose relative clause negates the liking: "there's no western I don't like", "never met
    # a musical I didn't love" (the clause ends after the verb: in "no horror I don't like gore" it is the verb's)
    return len(negs) == 1 and bool(_REL_NOT_LIKE.match(low[span[1]:])) and not _rel_not_averse(low, span)


# "there isn't a single Woody Allen film I don't find insufferable": the relative clause negates a negative judgement,
# the value is refused (nineteenth round); the judgement is a word of tools.polarity's aversion class, one VADER
# rates negative, or one of a few film judgements VADER lacks
_REL_NOT_FIND = re.compile(r"\s*(?:(?:movies?|films?|flicks?|ones)\s+)?(?:that\s+|which\s+)?(?:i|we)\s+(?:do|did|would|could|"
                           r"ca|wo)?(?:n't|not|nt)\s+(?:find|think\s+(?:is|was)|consider|call)\s+(?:(?:a\s+bit|utterly|"
                           r"totally|completely|just|really|so|pretty|kinda)\s+)*([a-z'-]+)")
_FILM_JUDGEMENTS = frozenset({"insufferable", "unwatchable", "unbearable", "pretentious", "bleak", "dreary", "grim",
                              "try-hard"})


def _rel_not_averse(low: str, span: tuple[int, int]) -> bool:
    m = _REL_NOT_FIND.match(low, span[1])
    return m is not None and (m.group(1) in AVERSION or m.group(1) in _FILM_JUDGEMENTS or _rated(m.group(1)))


_REL_NOT_LIKE = re.compile(r"\s*(?:(?:movies?|films?|flicks?)\s+)?(?:that\s+|which\s+)?(?:i|we)\s+(?:do|did|would|could|will|"
                           r"ca|wo)?(?:n't|not|nt)\s+(?:really\s+)?(?:like|love|enjoy|adore|dig|watch|rate)\s*(?:[.,;!?]|$)")


def _words(s: str) -> int:
    return len([w for w, _a, _b in _tokens(s) if w.isalnum() or w == "n't"])


def compared_loser(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """The value is the one a comparison is made against, in its own clause: "sci-fi over fantasy" (fantasy),
    "Emma Thompson wins over Meryl Streep", "comedy instead of horror", "rather a western than a musical",
    "anything is better than another romance". A comparison preceded by a negator ("nothing beats horror", "no
    one over Hackman") makes the value the winner: not this."""
    low = _fold_same(text)
    a, b = span
    before = low[:a]
    # "anything is better than (another) romance"; asked, "is there anything better than a 70s thriller?" praises it
    tail = before[-60:]
    m = _ANYTHING_OVER.search(tail)
    if m and not _negated(before[: len(before) - len(tail) + m.start()]) \
            and not _ASKED_BEFORE.search(tail[: m.start()]):
        return True
    for oa, ob in others:
        if ob > a:
            continue
        seg = low[ob:b]
        # "X over Y": the connector right after the other value (up to three words between: "X any day over Y",
        # "Keaton's Batman over"), the value right after it (up to two: "over the 60s"); the value's own
        # span may have taken the connector in ("over Pierce Brosnan")
        for c in _OVER.finditer(seg):
            cs, ce = ob + c.start(), ob + c.end()
            if cs >= b or _words(low[ob:cs]) > 3 or _BOUNDARY_RE.search(low[ob:cs]):
                continue
            if ce <= a and (_words(low[ce:a]) > 2 or _BOUNDARY_RE.search(low[ce:a])):
                continue
            if ce > b:
                continue
            return not _negated(low[max(0, oa - 40):oa])
        # "rather X than Y", "prefer X to Y"
        for lead, link in ((_RATHER, _THAN), (_PREFER, _TO)):
            r = lead.search(low[max(0, oa - 30):oa])
            t = link.search(low[ob:a])
            if r and t and _words(low[ob + t.end():a]) <= 2 and not _BOUNDARY_RE.search(low[ob:a]):
                return True
        # "X has Y beat", "X knocks Y into a cocked hat", "X leaves Y in the dust": the loser inside the idiom
        if _FRAME_BEFORE.fullmatch(low[ob:a]) and _FRAME_AFTER.match(low, b) and not _negated(low[max(0, oa - 40):oa]):
            return True
    # "Y is worse than X", "Y has nothing on X": the value first, then the connector, then the other value
    return any(oa >= b and _under_link(low, b, oa) for oa, _ob in others)


# a comparison framed round its loser (nineteenth round): "X has Y beat (hands down)", "X knocks Y into a cocked hat",
# "X leaves Y in the dust / shade", "X puts Y to shame", "X blows Y out of the water", "X eats Y for breakfast"
_FRAME_BEFORE = re.compile(r"\s*(?:(?:movies?|films?|flicks?|stuff|ones)\s+)?(?:(?:just|really|totally|easily|always|"
                           r"still|honestly)\s+)?(?:has|have|had|'s\s+got|has\s+got|knocks?|knocked|leaves?|left|"
                           r"puts?|blows?|blew|eats?|ate)\s+(?:(?:the|all|any|those|these|your)\s+)?(?:[a-z'-]+\s+)?")
_FRAME_AFTER = re.compile(r"\s*(?:(?:movies?|films?|flicks?|stuff|ones)\s+)?(?:beat(?:en)?\b|into\s+a\s+cocked\s+hat|"
                          r"in\s+the\s+(?:dust|shade)|to\s+shame|out\s+of\s+the\s+water|for\s+breakfast)")


def _under_link(low: str, first_end: int, second_start: int) -> bool:
    """A loser-first connector ("worse than", "has nothing on") joins the value ending at `first_end` to the one
    starting at `second_start`: up to three words before it, up to two after, no clause boundary."""
    seg = low[first_end:second_start]
    c = _UNDER.search(seg)
    return bool(c) and _words(seg[:c.start()]) <= 3 and _words(seg[c.end():]) <= 2 and not _BOUNDARY_RE.search(seg)


_BOUNDARY_RE = re.compile(r"[.;!?]|\bbut\b")
# an exception to a universal: "every genre but animation", "any adventure movie bar Cutthroat Island", "all the
# decades except the 50s" (the excepted value is refused; "nothing but westerns" is no universal: a like)
# ("but" only right after the universal or its noun: in "I like all kinds of movies but horror is my favourite"
# it joins two clauses)
_EXCEPTED = re.compile(r"\b(?:any|every|all)[a-z]*(?:(?:\s+[a-z'-]+)?\s+but|(?:\s+[a-z'-]+){0,3}?\s+(?:except(?:\s+for)?|"
                       r"bar|barring|save|other\s+than|apart\s+from|besides|excluding))\s+"
                       r"(?:(?:the|a|an|any|those|that)\s+)?$")
# satiety said politely, the value its object: "I'm all set with war movies", "I'm good on westerns, thanks" (a
# closed class of two idioms, from the development sentences; "I'm good with horror" accepts it: not here)
_SATED = re.compile(r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:all\s+)?(?:set\s+(?:on|with|for)|good\s+on)\s+"
                    r"(?:(?:the|those|these|any|more)\s+)?$")


def under_winner(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """The value a loser-first comparison is made for ("Meg Ryan has nothing on Julia Roberts": Julia Roberts),
    whose own words may hold a negator that negates nothing of it."""
    low = _fold_same(text)
    return any(ob <= span[0] and _under_link(low, ob, span[0]) for _oa, ob in others)


# a dismissal: the value told to stay where it is, or handed back ("the 70s can stay in the 70s", "the 90s can keep
# their blockbusters", "comedies can wait", "you can keep your romcoms", "give the 50s a wide berth / a miss"): a
# closed class of the modal and the verbs, the value their subject or object
_DISMISSED_AFTER = re.compile(r"^\s*(?:(?:movies?|films?|flicks?|stuff|ones)\s+)?(?:can|could|may)\s+(?:stay|remain)\s+"
                              r"(?:in|where|buried|away|there|put)\b|^\s*(?:(?:movies?|films?|flicks?|stuff|ones)\s+)?"
                              r"(?:can|could|may)\s+(?:keep\s+(?:their|its|his|her|them|it)\b|wait\b)"
                              # told to go away: "sci-fi can do one", "musicals can jog on", "romcoms can get lost"
                              r"|^\s*(?:(?:movies?|films?|flicks?|stuff|ones)\s+)?(?:can|could|may|should)\s+(?:(?:go\s+)?do\s+one|"
                              r"jog\s+on|get\s+lost|take\s+a\s+hike|go\s+away|(?:sod|naff|bugger|clear)\s+off|get\s+in\s+the\s+bin|"
                              r"go\s+jump\b)")
_DISMISSED_BEFORE = re.compile(r"\b(?:you|they|others|everyone)\s+can\s+keep\s+(?:your|their|the|all|all\s+the|those|these)?"
                               r"\s*$|\bgiv(?:e|ing)\s+(?:the\s+|any\s+|all\s+)?$"
                               # the same handed back as an imperative: "keep your documentaries, I'm good"
                               r"|(?:^|[.;!?,]\s*)keep\s+(?:your|all\s+your|your\s+precious)\s*$")
_BERTH = re.compile(r"^\s*(?:(?:movies?|films?|flicks?|stuff)\s+)?an?\s+(?:wide\s+)?(?:berth|miss)\b")


def dismissed(text: str, span: tuple[int, int]) -> bool:
    """The value is dismissed: told to stay where it is or handed back (_DISMISSED_AFTER / _BEFORE)."""
    low = _fold_same(text)
    before, after = low[: span[0]][-40:], low[span[1]:]
    if _DISMISSED_AFTER.search(after):
        return not _negated(before)
    m = _DISMISSED_BEFORE.search(before)
    if m is None:
        return False
    return not m.group(0).startswith("giv") or bool(_BERTH.search(after))


def excepted(text: str, span: tuple[int, int]) -> bool:
    """The value is the exception to a universal ("every genre but animation works for me")."""
    before = _fold_same(text)[: span[0]]
    return bool(_EXCEPTED.search(before[-80:])) and not _negated(before)


# satiety by the value's own word made a verb: "I'm all westerned out", "romcommed out", "sci-fi'd out" (the lexicon
# keeps the -ed / -'d in the value's words; "animated" is a genre word that ends so on its own)
_VERB_SATED = re.compile(r"[\s-]+out\b")
# ... and for a lifetime: "enough whodunnits for one lifetime", "seen enough cartoons to last me a lifetime"
_ENOUGH_BEFORE = re.compile(r"\benough\s+(?:of\s+)?(?:[a-z'-]+\s+){0,2}$")
_LIFETIME_AFTER = re.compile(r"\s*(?:(?:movies?|films?|flicks?|pictures|stuff|ones)\s+)?(?:to\s+last\s+(?:me\s+|us\s+)?"
                             r"(?:a|one|several)\s+lifetimes?|for\s+(?:one|a|this)\s+lifetime)\b")


# ... or to last me till whenever, after a verb of having had it: "I've seen enough zombies to last me till
# retirement" ("give me enough comedies to last the weekend" is a wish: no such verb; "to last him": not the user)
_HAD_ENOUGH_BEFORE = re.compile(r"\b(?:seen|had|watched|sat\s+through|done)\s+enough\s+(?:of\s+)?(?:[a-z'-]+\s+){0,2}$")
_TO_LAST_AFTER = re.compile(r"\s*(?:(?:movies?|films?|flicks?|pictures|stuff|ones)\s+)?to\s+last\s+(?:me|us)\b")


# ... or by fullness, the value its object: "full up on Hitchcock", "saturated with mysteries", "maxed out on war films",
# "OD'd on romance" (eighteenth round; "I'm never full up on westerns" is negated: not here)
_FULL_BEFORE = re.compile(r"\b(?:full\s+up\s+(?:on|with)|(?:over)?saturated\s+(?:with|by)|maxed\s+out\s+on|"
                          r"stuffed\s+(?:with|on)|overdosed\s+on|od'?d\s+on|o\.d\.'?d\s+on|filled\s+up\s+on)\s+"
                          r"(?:(?:the|those|these|any|all|more)\s+)?$")


def sated(text: str, span: tuple[int, int]) -> bool:
    """The value is what the user says they have had enough of, politely ("I'm all set with war movies") or by its
    own word made a verb of satiety ("I'm all musicaled out") or for a lifetime ("enough noir to last me a lifetime")."""
    low = _fold_same(text)
    words = low[span[0]:span[1]]
    if words.endswith(("ed", "'d")) and not words.endswith("animated") and _VERB_SATED.match(low, span[1]):
        return True
    if _ENOUGH_BEFORE.search(low[: span[0]][-40:]) and _LIFETIME_AFTER.match(low, span[1]):
        return True
    if _HAD_ENOUGH_BEFORE.search(low[: span[0]][-50:]) and _TO_LAST_AFTER.match(low, span[1]):
        return True
    before = low[: span[0]][-60:]
    if _FULL_BEFORE.search(before) and not _negated(before):
        return True
    return bool(_SATED.search(before))


# a later clause that takes a value back, pointing at it by a pronoun or by ellipsis: for this time ("I just don't
# want one tonight", "I'm not in the mood for them right now", "I'd rather skip them this time", "just not tonight",
# "but none tonight") or at all ("I just can't watch him anymore", "I'm done with them", "I just never want them").
# The pronoun ends its clause, maybe after a time word: "I don't want it too gory" qualifies the value instead.
_NOW = (r"(?:\s+(?:right\s+)?(?:now|tonight|today|this (?:time|evening|weekend|week|once)|at the moment|atm|for now|"
        r"any ?more|these days|at all|enough(?:\s+to\s+[a-z' ]+)?))?")
_PRONOUN_OBJ = r"(?:one|it|them|any|those|that one|him|her)"
_NOT_NOW = re.compile(
    r"(?:\b(?:i|we)\s+(?:just\s+|really\s+|simply\s+|honestly\s+)?(?:don'?t|do not|dont|can'?t|cannot|won'?t|never)|"
    r"\bi'?m\s+(?:just\s+|really\s+)?not|\bjust\s+not|\bbut\s+not)\s+(?:really\s+|that\s+|even\s+)?"
    r"(?:want(?:ing)?|fancy(?:ing)?|feel(?:ing)?\s+like|in\s+the\s+mood\s+for|up\s+for|feeling|watch|see|like|enjoy|"
    r"stand|sit\s+through)\s+" + _PRONOUN_OBJ + r"\b" + _NOW + r"\s*(?:[.,;!]|$)"
    r"|\b(?:i'?m|i am|we'?re)\s+(?:just\s+|really\s+|so\s+)?(?:done with|sick of|tired of|over)\s+" + _PRONOUN_OBJ
    + r"\b" + _NOW + r"\s*(?:[.,;!]|$)"
    r"|\b(?:i'?d|i would|we'?d)\s+(?:much\s+)?(?:rather|sooner|prefer to)\s+(?:skip|pass on|avoid|give)\s+"
    + _PRONOUN_OBJ + r"\b(?:\s+a\s+miss)?" + _NOW + r"\s*(?:[.,;!]|$)"
    r"|\b(?:just|but)\s+(?:not|none)\s+(?:right\s+)?(?:now|tonight|today|this (?:time|evening|weekend|week)|at the moment)\b")


def deferred(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """The value is taken back by a later clause that points at it ("it's not that I don't like westerns, I just
    don't want one tonight", "I love horror, just not tonight", "I don't not like Woody Allen, I just can't watch
    him anymore"): what the user says they want now outranks the concession before it. The clause follows the
    value after a contrast, with no other value named in between (a pronoun points at the nearest; a bare list
    the value heads shares its fate)."""
    from cesrec.tools.stance import _COORDINATED

    low = _fold_same(text)
    m = _NOT_NOW.search(low, span[1])
    if m is None:
        return False
    end = span[1]  # a bare list the value heads shares its fate: "comedies and westerns, just not tonight"
    for a, b in sorted(o for o in others if span[1] <= o[0] < m.start()):
        if not _COORDINATED.fullmatch(low[end:a]):
            return False
        end = b
    # the clause comes after a contrast, or opens with one ("... just not tonight", "... but none tonight")
    return bool(re.search(r"[.;!?,]|\b(?:but|though|just|only)\b", low[end:m.start()])
                or re.match(r"(?:just|but)\b", m.group(0)))


def _named_again(text: str, span: tuple[int, int]) -> bool:
    low = _fold_same(text)
    words = low[span[0]:span[1]].strip()
    return bool(words) and re.search(r"\b" + re.escape(words) + r"\b", low[span[1]:]) is not None


def _negated(s: str) -> bool:
    clause = re.split(r"[.;!?,]|\bbut\b", s)[-1]
    return any(w in NEGATORS for w, _a, _b in _tokens(clause))


# the constructions construction_side reads (all on in the product; a subset to measure one against the others)
CONSTRUCTION_KINDS = ("comparison", "exception", "satiety", "double_negation", "dismissal", "deferral", "insistence")
KINDS_ON = CONSTRUCTION_KINDS


def construction_side(text: str, target: Target, targets: list[Target]) -> int | None:
    """+1 / -1 when the value's side follows from a construction of the grammar (double negation: liked; the
    loser of a comparison, the exception to a universal, the object of a polite satiety idiom, a dismissed value,
    a value a later clause takes back: refused), else None."""
    if target.span is None:
        return None
    return construction_side_of(text, target.span, [t.span for t in targets if t.span and t.span != target.span])


def construction_side_of(text: str, span: tuple[int, int], others: list[tuple[int, int]],
                         kinds: tuple[str, ...] | None = None) -> int | None:
    """construction_side for the value at `span` of `text`, the other values at `others`."""
    kinds = KINDS_ON if kinds is None else kinds
    if "comparison" in kinds and compared_loser(text, span, others):
        return -1
    if ("exception" in kinds and excepted(text, span)) or ("satiety" in kinds and sated(text, span)) \
            or ("dismissal" in kinds and dismissed(text, span)) or ("deferral" in kinds and deferred(text, span, others)):
        return -1
    if "comparison" in kinds and under_winner(text, span, others):
        return 1
    if "insistence" in kinds and insisted(text, span):
        return 1
    # a double negation over a verb of aversion: the negations cancel, the aversion stays ("I don't not hate
    # musicals", "I'd never not skip a war film", "I can't say I haven't dozed off in a documentary")
    if "double_negation" in kinds and negated_aversion(text, span) and not _named_again(text, span):
        return -1
    # a concession ("it's not that I don't like romance, it's that I really don't like romance"): the value named
    # again later is read there; taken back by a later clause ("..., it's that I really don't", "... and I'm done
    # giving them one") it is refused, as a deferral's value is
    if "double_negation" in kinds and double_negation(text, span) and not _named_again(text, span):
        return -1 if _taken_back(text, span) else 1
    return None


# a verb of aversion: the closed class of tools.polarity, "can't stand", and falling asleep or walking out on a film
_AVERSE_ACT = re.compile(r"\b(?:doz(?:e|es|ed|ing)|nod(?:s|ded|ding)?|drift(?:s|ed|ing)?)\s+off\b|"
                         r"\b(?:fall|falls|fell|falling)\s+asleep\b|\bwalk(?:s|ed|ing)?\s+out\b|"
                         r"\b(?:switch|turn)(?:s|ed|ing|es)?\s+(?:it\s+|them\s+)?off\b")


def negated_aversion(text: str, span: tuple[int, int]) -> bool:
    """The value's clause negates twice a verb of aversion before it: "I don't not hate musicals", "I'd never not
    skip a war film", "I can't say I haven't dozed off in a documentary", "it's not untrue that I can't stand X";
    or a negated value whose relative clause negates a negative judgement of it ("there isn't one X film I don't
    find tedious"). The two negations cancel (as in double_negation) and the aversion is what is left: refused."""
    low = _fold_same(text)
    if len(_unpaired_negators(low, span)) == 1 and _rel_not_averse(low, span):
        return True
    a = span[0]
    begin = _clause_begin(low, a)
    toks = _tokens(low[begin:a])
    negs = [i for i, (w, _s, _e) in enumerate(toks) if w in NEGATORS]
    if len(negs) != 2 or toks[negs[0]][0] not in _NEG_FIRST or toks[negs[1]][0] not in _NEG_SECOND:
        return False
    after = toks[negs[1] + 1:]
    if any(w in AVERSION or w in REFUSING for w, _s, _e in after):
        return True
    # "can't stand": the second negation's own verb
    if after and after[0][0] == "stand" and toks[negs[1]][0] in ("n't", "cannot", "cant"):
        return True
    rest = low[begin + toks[negs[1]][2]: a]
    return bool(_AVERSE_ACT.search(rest))


# insistence: the value or nothing ("it's sci-fi or bust", "westerns or nothing", "horror or I'm going to bed") and
# the rhetorical yes ("sci-fi? is the pope catholic?"): the value is wanted (no negator before it in its clause:
# "no horror or I'm leaving" refuses it)
_OR_ELSE = re.compile(r"\s*(?:(?:movies?|films?|flicks?|stuff)\s+)?,?\s*or\s+(?:(?:it'?s|its)\s+)?(?:bust|nothing|nada|nowt|"
                      r"go\s+home|i'?m\s+(?:going|off|out|leaving|switching|turning|walking|gonna)|"
                      r"i\s+(?:walk|leave|riot|quit|go)|i'?ll\s+(?:walk|leave|riot|scream|cry|go))\b")
_POPE = re.compile(r"\s*(?:(?:movies?|films?|flicks?|stuff)\s+)?[?!.,]*\s*(?:is\s+the\s+pope\s+catholic|"
                   r"does\s+a\s+bear\s+\w+\s+in\s+the\s+woods|is\s+water\s+wet|do\s+fish\s+swim)\b")


def insisted(text: str, span: tuple[int, int]) -> bool:
    """The value insisted on: "X or bust", "it's X or I'm going to bed", "X? is the pope catholic?"."""
    low = _fold_same(text)
    if not (_OR_ELSE.match(low, span[1]) or _POPE.match(low, span[1])):
        return False
    return not _negated(low[: span[0]])


# a later clause of a concession: after a clause boundary or "it's (just) that" / "I just"
_LATER_CLAUSE = re.compile(r"[,.;!?]|\b(?:but|though|it'?s\s+(?:just\s+)?that|i\s+just|and\s+i'?m)\b")
# ... that takes the value back by ellipsis ("it's that I really really don't", "I won't"), by a pronoun ("I just
# don't want her in anything tonight") or by having had enough ("and I'm done giving them one"); a clause with an
# object of its own ("but not slashers") takes nothing back
_TAKE_BACK = re.compile(
    r"\b(?:i|we)\s+(?:(?:just|really|simply|honestly|still)\s+)*(?:don'?t|dont|do\s+not|won'?t|wont|will\s+not|"
    r"can'?t|cant|cannot|never)\s*(?:[.,;!?]|$)"
    r"|\b(?:i|we)\s+(?:(?:just|really|simply|honestly|still)\s+)*(?:don'?t|dont|do\s+not|won'?t|wont|can'?t|cant|never)"
    r"\s+(?:(?:really|even)\s+)?(?:want|like|watch|fancy|need|enjoy|see|stand)"
    r"(?:\s+to\s+(?:watch|see|sit\s+through))?\s+(?:her|him|them|it|one|any|"
    r"(?:his|her|their)\s+(?:films?|movies?|flicks?|stuff|work|pictures))\b"
    r"|\b(?:i'?m|i\s+am|we'?re)\s+(?:(?:so|really|just|totally)\s+)?(?:done|over\s+(?:it|them|him|her)|through\s+with|"
    r"sick\s+of|tired\s+of)\b"
    r"|(?:^|[,.;!?]\s*|\b(?:and|but|nope|no)\s+)(?:(?:still|just|really)\s+)*(?:can'?t|cannot)\s+stand\s+(?:it|them|him|her)\b"
    r"|\b(?:i|we)\s+(?:(?:just|kinda|kind\s+of|[a-z]+ly)\s+)*(?:hate|loathe|detest|despise|"
    r"dislike|can'?t\s+stand|cannot\s+stand)\s+(?:them|it|him|her|those)\b")


def _taken_back(text: str, span: tuple[int, int]) -> bool:
    """A clause after the value's takes it back ("it's not that I don't like westerns, it's that I really really
    don't", "it's not that I can't sit through musicals, it's that I won't", "nobody can say I don't give war films a
    chance, and I'm done giving them one")."""
    low = _fold_same(text)
    m = _LATER_CLAUSE.search(low, span[1])
    return m is not None and _TAKE_BACK.search(low, m.start()) is not None
