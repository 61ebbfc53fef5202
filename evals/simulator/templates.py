"""Template phrasings of a decision: the word tables, the Verbalizer protocol and TemplateVerbalizer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from cesrec.evals.simulator.decision import Decision
from cesrec.evals.simulator.text import _mix

GENRE_WORDS = {
    "Action": "action", "Adventure": "adventure", "Animation": "animation", "Children's": "children's",
    "Comedy": "comedy", "Crime": "crime", "Documentary": "documentary", "Drama": "drama", "Fantasy": "fantasy",
    "Film-Noir": "film-noir", "Horror": "horror", "Musical": "musical", "Mystery": "mystery",
    "Romance": "romance", "Sci-Fi": "sci-fi", "Thriller": "thriller", "War": "war", "Western": "western",
}  # fmt: skip
# Everyday paraphrases a vocabulary-matching parser will likely miss (kept on purpose, measured honestly).
GENRE_PARAPHRASES = {
    "Action": "explosions and fist fights", "Adventure": "an epic journey somewhere far away",
    "Animation": "a cartoon", "Children's": "something I could watch with my little ones",
    "Comedy": "something that makes me laugh", "Crime": "gangsters and heists",
    "Documentary": "something about real events, non-fiction", "Drama": "something serious and moving",
    "Fantasy": "magic and dragons", "Film-Noir": "a shadowy detective story", "Horror": "something scary",
    "Musical": "lots of singing and dancing", "Mystery": "a good whodunit", "Romance": "a love story",
    "Sci-Fi": "spaceships or the future", "Thriller": "something that keeps me on the edge of my seat",
    "War": "soldiers and battlefields", "Western": "cowboys and the old west",
}  # fmt: skip
DECADE_WORDS = {
    "1920s": "twenties", "1930s": "thirties", "1940s": "forties", "1950s": "fifties", "1960s": "sixties",
    "1970s": "seventies", "1980s": "eighties", "1990s": "nineties", "2000s": "two-thousands",
}  # fmt: skip
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

_LIKE = {
    "genre": [
        "Could you show me some {g} movies?", "I'd like something more {g}.", "More {g}, please.",
        "I'm in the mood for {g}.", "Honestly I want {p}.", "None of these. Got anything with {p}?",
    ],
    "decade": [
        "Something from the {d}, please.", "I'd prefer a movie from the {d}.", "Anything from the {d}?",
        "Maybe something from the {w}?", "I feel like a {w} film.",
    ],
    "rated": ["Something rated {r}, please.", "I'd like a {r} rated movie.", "Could it be rated {r}?"],
    "director": ["I'd love something directed by {n}.", "I'm a big fan of {n} as a director."],
    "actor": ["Something with {n} in it?", "I'd like a movie starring {n}."],
}
_DISLIKE = {
    "genre": ["No more {g}, please.", "Not {g} this time.", "I'm tired of {g} movies.", "Less {g}, please."],
    "decade": ["Nothing from the {d}, please.", "Not from the {d} this time.", "I don't want {w} movies."],
    "rated": ["Nothing rated {r}, please.", "Not {r} rated this time."],
    "director": ["Nothing by {n}, please."],
    "actor": ["Nothing with {n}, please."],
}
_VAGUE = [
    "Hmm, none of these really grab me.", "Not quite what I want. Something else?",
    "I'm not sure, maybe show me different ones.", "These aren't it, sorry.",
]
# Open kinds (issue 10), phrased without looking at tools/feedback.py's patterns: the text channel measures
# whether the product hears ordinary ways of saying these, not whether it matches our own templates.
_REFERENCE = [
    "I loved {t}. Something like that?", "Do you have anything similar to {t}?",
    "{t} is one of my favourites, more in that vein please.", "Something along the lines of {t} would be great.",
    "I really enjoyed {t}; what else would I like?", "Big fan of {t}. Anything close to it?",
]
_DESCRIPTION = [
    "Something about {d}.", "I want a film about {d}.", "Do you have a movie about {d}?",
    "In the mood for a story about {d}.", "Looking for one where the story is about {d}.",
]
# a hand-written description is already what a person says: said as it is, or with a short lead-in
_HAND_DESCRIPTION = [
    "{D}.", "I'm trying to find {d}.", "Hmm, what I'd like is {d}.", "Can you find {d}?",
]
_CRITIQUE = {
    "newer": ["Number {p} is close, but I'd like something more recent.", "The {o} one is almost it, only newer.",
              "Something like #{p}, just from later years."],
    "older": ["Number {p} is close, but I'd prefer an older film.", "Like the {o} one, but from earlier years.",
              "Something like #{p}, only older."],
    "not_genre": ["Something like number {p}, but not {g}.", "The {o} one is close, minus the {g}.",
                  "Like #{p}, though I don't want {g}."],
    "more_genre": ["Like number {p}, but more {g}.", "The {o} one is close; more {g} though.",
                   "Something like #{p} with more {g} in it."],
}
_COMPLAINT = {
    "genre": ["These are all {g} movies.", "Why is everything {g}? That's not what I'm after.",
              "Way too much {g} in this list.", "Enough {g} already.", "Every single one of these is {g}."],
    "decade": ["Everything here is from the {d}; not that.", "All of these are {w} films, I don't want that era.",
               "Why is it all from the {d}?"],
}
_ACCEPT = [
    "Number {p} looks great, I'll watch that one.", "Yes! The {o} one is exactly what I wanted.",
    "Oh, the {o} one. Perfect, thanks.",
]


class Verbalizer(Protocol):
    name: str

    def verbalize(self, decision: Decision, key: tuple, attempt: int = 0) -> str: ...


class TemplateVerbalizer:
    """Deterministic phrasings (chosen by a stable hash of seed, session key, turn and attempt). Most use the
    catalogue's own words, which the rule parser should understand; about a fifth use paraphrases ('something
    that makes me laugh', 'the seventies') that it may not -- on purpose, to measure the text channel."""

    name = "template"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def _pick(self, options: Sequence[str], *key: object, attempt: int = 0) -> str:
        # a regeneration moves to the next phrasing, so retries really differ
        return options[(_mix(self.seed, *key) + attempt) % len(options)]

    def _clause(self, table: dict, kind: str, value: str, key: tuple, attempt: int) -> str:
        tmpl = self._pick(table[kind], *key, kind, value, attempt=attempt)
        return tmpl.format(
            g=GENRE_WORDS.get(value, value.lower()), p=GENRE_PARAPHRASES.get(value, value.lower()),
            d=value, w=DECADE_WORDS.get(value, value), r=value, n=value,
        )

    def verbalize(self, decision: Decision, key: tuple, attempt: int = 0) -> str:
        k = (*key, decision.turn)
        if decision.action == "accept":
            p = decision.accepted_position or 1
            o = ORDINALS[p - 1] if p <= len(ORDINALS) else f"#{p}"
            return self._pick(_ACCEPT, *k, attempt=attempt).format(p=p, o=o)
        if decision.action == "vague":
            return self._pick(_VAGUE, *k, attempt=attempt)
        if decision.kind == "reference":
            return self._pick(_REFERENCE, *k, attempt=attempt).format(t=decision.reference_title)
        if decision.kind == "description" and getattr(decision, "description_item", None) is not None:
            d = decision.description
            return self._pick(_HAND_DESCRIPTION, *k, attempt=attempt).format(d=d, D=d[:1].upper() + d[1:])
        if decision.kind == "description":
            return self._pick(_DESCRIPTION, *k, attempt=attempt).format(d=decision.description)
        if decision.kind == "critique" and decision.critique is not None:
            c = decision.critique
            o = ORDINALS[c.position - 1] if c.position <= len(ORDINALS) else f"#{c.position}"
            return self._pick(_CRITIQUE[c.change], *k, attempt=attempt).format(
                p=c.position, o=o, g=GENRE_WORDS.get(c.value, c.value.lower()))
        if decision.kind == "complaint":
            (kd, vs), = decision.disliked.items()
            v = vs[0]
            return self._pick(_COMPLAINT[kd], *k, attempt=attempt).format(
                g=GENRE_WORDS.get(v, v.lower()), d=v, w=DECADE_WORDS.get(v, v))
        clauses = [self._clause(_LIKE, kd, v, k, attempt) for kd, vs in decision.liked.items() for v in vs]
        clauses += [self._clause(_DISLIKE, kd, v, k, attempt) for kd, vs in decision.disliked.items() for v in vs]
        return " ".join(clauses)
