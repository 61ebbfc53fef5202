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
    _tokens,
    _valences,
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
