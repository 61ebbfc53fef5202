"""Simulated users for conversational evaluation: a decision policy, verbalizers, and a leakage audit.

Why two layers: an LLM that is told the target item leaks it and inflates results ("How Reliable is Your
Simulator?", arXiv 2403.16416). So the *decision* (accept, or which attribute to reveal) is made by a
deterministic policy that knows the held-out target, under an explicit information budget, and the
*verbalizer* (template or LLM) only ever sees that decision -- never the target's title. Every utterance is
still audited (fuzzy title match, attributes outside the budget); a leaking utterance is regenerated, and a
session whose utterance still leaks is dropped and counted.

Two modes:
- target mode: the profile is the one held-out item (leave-one-out test item); success = it is shown.
- target-free mode: the profile is the user's last `n` items held out in time (ml-100k leave-one-out has
  only one test item per user, so we hold out a temporal suffix); the policy reasons about attribute values
  shared by the profile and success is a hit on any profile item.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
from rapidfuzz import fuzz

from recmodel.data import Catalog

HEADLINE_KINDS = ("genre", "decade", "rated")
RICH_KINDS = ("genre", "decade", "rated", "director", "actor")
# Kinds that nearly name a film (issue 5 calibration: adding the director gives HR@10 0.999).
IDENTIFYING_KINDS = ("director", "actor", "writer")


class SimulatorError(ValueError):
    """Bad simulator input (unknown kind, empty profile, bad rates)."""


# --------------------------------------------------------------------------------------------------------
# Budget and profile
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InformationBudget:
    """What the simulated user may reveal, how much per turn, and how often it answers badly.

    noise_rate: probability that a non-accepting answer is noisy; of those, `wrong_share` state a wrong
    attribute value (a genre the target does not have, a neighbouring decade...) and the rest are vague.
    """

    name: str
    kinds: tuple[str, ...]
    max_attributes_per_turn: int = 1
    noise_rate: float = 0.10
    wrong_share: float = 0.5

    def __post_init__(self) -> None:
        known = {"genre", "decade", "rated", "director", "actor", "writer"}
        bad = [k for k in self.kinds if k not in known]
        if bad or not self.kinds:
            raise SimulatorError(f"budget kinds must be a non-empty subset of {sorted(known)}, got {self.kinds}")
        if not 0.0 <= self.noise_rate <= 1.0 or not 0.0 <= self.wrong_share <= 1.0:
            raise SimulatorError("noise_rate and wrong_share must lie in [0, 1]")
        if self.max_attributes_per_turn < 1:
            raise SimulatorError("max_attributes_per_turn must be >= 1")


def budget_named(name: str, noise_rate: float = 0.10) -> InformationBudget:
    """'headline': one of genre/decade/rating per turn. 'rich': also director/actors, two per turn."""
    if name == "headline":
        return InformationBudget("headline", HEADLINE_KINDS, 1, noise_rate)
    if name == "rich":
        return InformationBudget("rich", RICH_KINDS, 2, noise_rate)
    raise SimulatorError(f"unknown budget {name!r}; use 'headline' or 'rich'")


@dataclass
class Profile:
    """What the user wants: the held-out item(s) and, per attribute kind, how strongly each value is wanted
    (the fraction of profile items having it)."""

    items: list[int]
    weights: dict[str, dict[str, float]]
    mode: Literal["target", "target_free"] = "target"

    @property
    def target(self) -> int:
        return self.items[0]


def target_profile(catalog: Catalog, target: int) -> Profile:
    catalog.check_item(target)
    attrs = catalog.attributes(target)
    return Profile([int(target)], {k: {v: 1.0 for v in vals} for k, vals in attrs.items()}, "target")


def target_free_profile(catalog: Catalog, future_items: Sequence[int]) -> Profile:
    """Profile from several held-out future items; success is a hit on any of them."""
    items = [catalog.check_item(int(i)) for i in future_items]
    if not items:
        raise SimulatorError("target-free profile needs at least one held-out item")
    counts: dict[str, Counter] = {}
    for i in items:
        for kind, vals in catalog.attributes(i).items():
            counts.setdefault(kind, Counter()).update(set(vals))
    weights = {k: {v: c / len(items) for v, c in cnt.items()} for k, cnt in counts.items()}
    return Profile(items, weights, "target_free")


def temporal_holdout(sequence: Sequence[int], n: int = 5) -> tuple[np.ndarray, list[int]]:
    """(history, future): the last `n` items form the target-free profile. Needs > n + 2 items."""
    seq = np.asarray(sequence, dtype=np.int64)
    if n < 1 or len(seq) < n + 3:
        raise SimulatorError(f"temporal holdout of {n} needs a sequence longer than {n + 2}, got {len(seq)}")
    return seq[:-n], [int(x) for x in seq[-n:]]


# --------------------------------------------------------------------------------------------------------
# Decision policy
# --------------------------------------------------------------------------------------------------------


@dataclass
class Decision:
    """One simulated reaction, in structured form (the 'structured channel')."""

    action: Literal["accept", "feedback", "vague"]
    turn: int
    liked: dict[str, list[str]] = field(default_factory=dict)
    disliked: dict[str, list[str]] = field(default_factory=dict)
    accepted_item: int | None = None
    accepted_position: int | None = None  # 1-based position in the shown list
    rejected_items: list[int] = field(default_factory=list)
    noise: Literal["none", "vague", "wrong"] = "none"

    def revealed(self) -> list[tuple[str, str]]:
        return [(k, v) for k, vs in self.liked.items() for v in vs]

    def to_dict(self) -> dict[str, Any]:
        # rejected_items is the shown list of the previous turn, already in the transcript
        d: dict[str, Any] = {"action": self.action, "noise": self.noise}
        if self.liked:
            d["liked"] = self.liked
        if self.disliked:
            d["disliked"] = self.disliked
        if self.accepted_item is not None:
            d["accepted_item"], d["accepted_position"] = self.accepted_item, self.accepted_position
        return d


def _mix(*parts: object) -> int:
    """Stable 64-bit hash (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "little")


class DecisionPolicy:
    """Grounded in the profile: accept when a wanted item is shown, otherwise reveal the wanted attribute
    value the shown list lacks most (or reject one the list is full of), within the budget."""

    def __init__(self, catalog: Catalog, budget: InformationBudget, min_weight: float = 0.5) -> None:
        self.catalog = catalog
        self.budget = budget
        self.min_weight = min_weight  # target-free: a value must be shared by this share of the profile
        self._vocab = catalog.vocabulary()
        self._attrs: dict[int, dict[str, list[str]]] = {}

    def attrs(self, item: int) -> dict[str, list[str]]:
        a = self._attrs.get(item)
        if a is None:
            a = self._attrs[item] = self.catalog.attributes(item)
        return a

    def _coverage(self, shown: Sequence[int], kind: str) -> Counter:
        c: Counter = Counter()
        for i in shown:
            c.update(set(self.attrs(int(i)).get(kind, [])))
        return c

    def decide(
        self,
        profile: Profile,
        shown: Sequence[int],
        turn: int,
        rng: np.random.Generator,
        already_liked: set[tuple[str, str]] | None = None,
        already_disliked: set[tuple[str, str]] | None = None,
    ) -> Decision:
        already_liked = already_liked or set()
        already_disliked = already_disliked or set()
        shown = [int(i) for i in shown]
        wanted = set(profile.items)
        for pos, item in enumerate(shown, start=1):
            if item in wanted:
                return Decision("accept", turn, accepted_item=item, accepted_position=pos)
        rejected = list(shown)
        if rng.random() < self.budget.noise_rate:
            if rng.random() < self.budget.wrong_share:
                wrong = self._wrong_value(profile, rng)
                if wrong is not None:
                    return Decision("feedback", turn, liked={wrong[0]: [wrong[1]]}, rejected_items=rejected,
                                    noise="wrong")
            return Decision("vague", turn, rejected_items=rejected, noise="vague")
        n = max(len(shown), 1)
        pos_cands: list[tuple[float, float, str, str]] = []
        neg_cands: list[tuple[float, float, str, str]] = []
        for kind in self.budget.kinds:
            cov = self._coverage(shown, kind)
            for value, w in profile.weights.get(kind, {}).items():
                if w < self.min_weight or (kind, value) in already_liked:
                    continue
                info = w * (1.0 - cov.get(value, 0) / n)
                if info > 0:
                    pos_cands.append((info, rng.random(), kind, value))
            for value, c in cov.items():
                share = c / n
                if share >= 0.5 and profile.weights.get(kind, {}).get(value, 0.0) == 0.0 \
                        and (kind, value) not in already_disliked:
                    neg_cands.append((share, rng.random(), kind, value))
        pos_cands.sort(reverse=True)
        neg_cands.sort(reverse=True)
        liked: dict[str, list[str]] = {}
        disliked: dict[str, list[str]] = {}
        budget = self.budget.max_attributes_per_turn
        # Prefer a strongly informative positive; else a negative about what dominates the list.
        picks: list[tuple[str, str, str]] = []
        strong = [c for c in pos_cands if c[0] >= 0.5]
        for c in strong[:budget]:
            picks.append(("like", c[2], c[3]))
        for c in neg_cands[: budget - len(picks)]:
            picks.append(("dislike", c[2], c[3]))
        for c in pos_cands[len(strong):][: budget - len(picks)]:
            picks.append(("like", c[2], c[3]))
        for polarity, kind, value in picks:
            (liked if polarity == "like" else disliked).setdefault(kind, []).append(value)
        if not picks:
            return Decision("vague", turn, rejected_items=rejected)
        return Decision("feedback", turn, liked=liked, disliked=disliked, rejected_items=rejected)

    def _wrong_value(self, profile: Profile, rng: np.random.Generator) -> tuple[str, str] | None:
        """A plausible mistake: a neighbouring decade or a genre/rating the profile does not have."""
        kinds = [k for k in self.budget.kinds if k in ("genre", "decade", "rated")]
        if not kinds:
            return None
        kind = kinds[int(rng.integers(len(kinds)))]
        have = {v for v, w in profile.weights.get(kind, {}).items() if w > 0}
        vocab = self._vocab.get(kind, [])
        if kind == "decade" and have:
            d = int(sorted(have)[0][:4])
            options = [f"{d + s}s" for s in (-10, 10) if f"{d + s}s" in vocab and f"{d + s}s" not in have]
        else:
            options = [v for v in vocab if v not in have]
        if not options:
            return None
        return kind, options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------------------------
# Verbalizers
# --------------------------------------------------------------------------------------------------------

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
        clauses = [self._clause(_LIKE, kd, v, k, attempt) for kd, vs in decision.liked.items() for v in vs]
        clauses += [self._clause(_DISLIKE, kd, v, k, attempt) for kd, vs in decision.disliked.items() for v in vs]
        return " ".join(clauses)


class LLMVerbalizer:
    """Any LangChain chat model turns the *decision* into words. It never sees the target title or any
    attribute outside the decision, so it cannot leak more than the policy chose (the audit checks anyway).

    Small local models garble role-play (Qwen2.5-Coder-1.5B answered "I'm sorry, but I can't recommend any
    movies" to the first prompt), so every utterance is checked for faithfulness before it is used: each
    revealed value must be mentioned (catalogue-vocabulary mention detection), no wanted value may read as
    refused, nothing beyond the decision may be asked for, an accept must name its position, and
    assistant-style refusals are rejected. After `tries` unfaithful generations the template phrasing is used
    instead and counted (`fallbacks`), so reports can say how much of the conversation the LLM wrote."""

    name = "llm"

    SYSTEM = (
        "You write the next chat message of a movie fan talking to a movie recommender app. The note says "
        "what the fan asks for; write what the fan types: one or two short casual first-person sentences. "
        "Keep the request exactly as in the note (what they want stays wanted, what they refuse stays refused). "
        "No movie titles, no names, no other years."
    )
    # few-shot pairs: a 1.5B model follows examples far better than instructions
    SHOTS = (
        ("The fan WANTS: Comedy movies.", "None of these grab me. Got any comedies?"),
        ("The fan WANTS: 1970s movies.", "Hmm, could you show me something from the seventies?"),
        ("The fan REFUSES: 1980s movies.", "Not feeling these. Please, nothing from the 80s."),
        ("The fan WANTS: Western movies. The fan REFUSES: Horror movies.", "I'd love a western, but no horror please."),
        ("The fan PICKS: number 3 of the list.", "Number 3 looks great, I'll watch that one!"),
    )
    _PHRASE = {"genre": "{v} movies", "decade": "{v} movies", "rated": "movies rated {v}",
               "director": "movies directed by {v}", "actor": "movies with {v}", "writer": "movies written by {v}"}
    _ASSISTANT = re.compile(r"as an ai|can(?:no|')t recommend|i can(?:no|')t help|language model", re.I)

    def __init__(self, llm: Any, catalog: Catalog | None = None, fallback: Any = None, tries: int = 3) -> None:
        self.llm = llm
        self.catalog = catalog
        self.fallback = fallback if fallback is not None else TemplateVerbalizer()
        self.tries = max(1, tries)
        self.usage: list[dict] = []  # token usage per LLM call
        self.rejected = 0
        self.fallbacks = 0
        self.utterances = 0

    @classmethod
    def describe(cls, decision: Decision) -> str:
        if decision.action == "accept":
            return f"The fan PICKS: number {decision.accepted_position} of the list."
        if decision.action == "vague":
            return "The fan WANTS: something different from these, without knowing why."
        parts = [f"The fan WANTS: {cls._PHRASE.get(k, '{v} movies').format(v=v)}."
                 for k, vs in decision.liked.items() for v in vs]
        parts += [f"The fan REFUSES: {cls._PHRASE.get(k, '{v} movies').format(v=v)}."
                  for k, vs in decision.disliked.items() for v in vs]
        return " ".join(parts)

    def faithful(self, decision: Decision, text: str) -> tuple[bool, str]:
        """Does `text` say what the decision says? (ok, reason when not)."""
        if not text or len(text) > 400:
            return False, "empty or overlong"
        if self._ASSISTANT.search(text):
            return False, "answered as an assistant"
        if decision.action == "accept":
            p = decision.accepted_position or 1
            low = text.lower()
            ok = re.search(rf"(?<!\d){p}(?!\d)", low) is not None or (p <= len(ORDINALS) and ORDINALS[p - 1] in low)
            return (ok, "" if ok else "accept without its position")
        if decision.action == "vague" or self.catalog is None:
            return True, ""
        from tools.feedback import parse_feedback_rules

        fb = parse_feedback_rules(text, self.catalog)
        said = {(k, v) for k, vs in fb.liked_attributes.items() for v in vs}
        refused = {(k, v) for k, vs in fb.disliked_attributes.items() for v in vs}
        for k, vs in decision.liked.items():
            for v in vs:
                if (k, v) not in said | refused:
                    return False, f"{k}={v} not mentioned"
                if (k, v) in refused:
                    return False, f"wanted {k}={v} reads as refused"
        for k, vs in decision.disliked.items():
            for v in vs:
                if (k, v) not in refused or (k, v) in said:
                    return False, f"refused {k}={v} does not read as refused"
        allowed = {(k, v) for k, vs in decision.liked.items() for v in vs}
        allowed |= {(k, v) for k, vs in decision.disliked.items() for v in vs}
        extra = sorted((said | refused) - allowed)
        if extra:  # the model copies its examples ("... but no horror please"): a wish the policy never made
            return False, f"adds {extra[0][0]}={extra[0][1]}"
        return True, ""

    def verbalize(self, decision: Decision, key: tuple, attempt: int = 0) -> str:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        self.utterances += 1
        msgs: list[Any] = [SystemMessage(self.SYSTEM)]
        for note, reply in self.SHOTS:
            msgs += [HumanMessage("Note: " + note), AIMessage(reply)]
        for i in range(self.tries):
            n = attempt * self.tries + i
            hint = "" if n == 0 else f" (Version {n + 1}: say it differently, plainly.)"
            out = self.llm.invoke([*msgs, HumanMessage("Note: " + self.describe(decision) + hint)])
            meta = getattr(out, "usage_metadata", None) or {}
            self.usage.append(dict(meta))
            text = out.content if isinstance(out.content, str) else " ".join(str(c) for c in out.content)
            text = text.strip().strip('"').strip()
            ok, _ = self.faithful(decision, text)
            if ok:
                return text
            self.rejected += 1
        self.fallbacks += 1
        return self.fallback.verbalize(decision, key, attempt)

    def stats(self) -> dict[str, Any]:
        return {"utterances": self.utterances, "llm_calls": len(self.usage), "unfaithful_generations": self.rejected,
                "template_fallbacks": self.fallbacks,
                "llm_written_rate": round(1 - self.fallbacks / self.utterances, 3) if self.utterances else None}


# --------------------------------------------------------------------------------------------------------
# Leakage audit
# --------------------------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9']+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _has_words(u: str, phrase: str) -> bool:
    """Whole-word containment on normalised text (plain substring test: no per-name regex to compile)."""
    return f" {phrase} " in f" {u} "


def title_variants(title: str) -> list[str]:
    """Normalised title forms to audit: the display title and any '(alt title)', each without a leading
    article (an utterance that contains 'The Omen' contains 'omen'; keeping 'the' would only add chance
    matches against every 'the ...' in a sentence)."""
    out: list[str] = []
    alts = re.findall(r"\(([^)]*)\)", title)
    main = re.sub(r"\s*\([^)]*\)\s*", " ", title)
    for t in [main, *alts]:
        n = re.sub(r"^(the|a|an|la|le|les|il|el|das|der|die) ", "", _norm(t))
        if n and n not in out:
            out.append(n)
    return out


@dataclass
class AuditResult:
    leaked: bool
    reasons: list[str]
    title_score: float


class LeakageAudit:
    """Flags an utterance that (a) fuzzily contains a profile item's title (rapidfuzz partial_ratio >= 60),
    (b) names a profile item's attribute outside the budget (director, actor, writer, exact year), or
    (c) reveals an in-budget attribute of the profile beyond what the decision chose.

    Titles of fewer than `min_fuzzy_chars` characters ('M', 'Ran', 'Heat') cannot be fuzzily audited --
    partial_ratio of a 3-letter title against any sentence sharing two letters is 67 -- so for them a
    whole-word match is the leak. Documented, and covered by tests.
    """

    def __init__(self, catalog: Catalog, budget: InformationBudget, title_threshold: float = 60.0,
                 min_fuzzy_chars: int = 6) -> None:
        self.catalog = catalog
        self.budget = budget
        self.title_threshold = title_threshold
        self.min_fuzzy_chars = min_fuzzy_chars
        self._variants: dict[int, list[str]] = {}

    def title_score(self, utterance: str, item: int) -> float:
        u = _norm(utterance)
        best = 0.0
        variants = self._variants.get(item)
        if variants is None:
            variants = self._variants[item] = title_variants(self.catalog.titles[item])
        for v in variants:
            if len(v.replace(" ", "")) < self.min_fuzzy_chars:
                hit = _has_words(u, v)
                best = max(best, 100.0 if hit else 0.0)
            else:
                best = max(best, fuzz.partial_ratio(v, u))
        return best

    @staticmethod
    def _mentions_name(u: str, name: str) -> bool:
        n = _norm(name)
        if not n:
            return False
        if _has_words(u, n):
            return True
        last = n.split()[-1]
        return len(n.split()) > 1 and len(last) >= 4 and _has_words(u, last)

    @staticmethod
    def _mentions_value(u: str, kind: str, value: str, raw: str = "") -> bool:
        if kind == "genre":
            forms = {_norm(value), _norm(GENRE_WORDS.get(value, value))}
            if value == "Sci-Fi":
                forms.add("science fiction")
            if value == "Film-Noir":
                forms.add("noir")
            return any(_has_words(u, f) for f in forms if f)
        if kind == "decade":
            d = value[:4]
            forms = {d + "s", d[2:] + "s", DECADE_WORDS.get(value, "")}
            return any(_has_words(u, f) for f in forms if f)
        if kind == "rated":  # on the raw text: 'PG' must not match inside 'PG-13'
            v = re.escape(value.lower())
            pat = rf"(?<![a-z0-9-]){v}(?=[- ]rated)" if len(value) == 1 else rf"(?<![a-z0-9-]){v}(?![a-z0-9-])"
            return re.search(pat, raw) is not None
        return False

    def check(self, utterance: str, profile: Profile, decision: Decision | None = None,
              previously_revealed: set[tuple[str, str]] | None = None) -> AuditResult:
        u = _norm(utterance)
        reasons: list[str] = []
        best = 0.0
        allowed = set(previously_revealed or set())
        if decision is not None:
            allowed |= set(decision.revealed())
        said_names = {v for k, v in allowed if k in IDENTIFYING_KINDS}  # a director who also wrote it
        for item in profile.items:
            s = self.title_score(utterance, item)
            best = max(best, s)
            if s >= self.title_threshold:
                reasons.append(f"title: {self.catalog.titles[item]!r} (score {s:.0f})")
            attrs = self.catalog.attributes(item)
            for kind in IDENTIFYING_KINDS:
                if kind in self.budget.kinds:
                    continue
                for name in attrs.get(kind, []):
                    if name not in said_names and self._mentions_name(u, name):
                        reasons.append(f"out-of-budget {kind}: {name!r}")
            year = self.catalog.years[item]
            if year and _has_words(u, str(year)):
                reasons.append(f"exact year {year} (only the decade is in budget)")
        # In-budget values of the profile said without the policy choosing them.
        for kind in self.budget.kinds:
            if kind in IDENTIFYING_KINDS:
                continue
            for value, w in profile.weights.get(kind, {}).items():
                if w > 0 and (kind, value) not in allowed and self._mentions_value(u, kind, value, utterance.lower()):
                    reasons.append(f"unrequested {kind}: {value!r}")
        return AuditResult(bool(reasons), sorted(set(reasons)), best)


# --------------------------------------------------------------------------------------------------------
# The simulated user
# --------------------------------------------------------------------------------------------------------


@dataclass
class SimTurn:
    decision: Decision
    utterance: str
    attempts: list[dict]
    dropped: bool  # still leaking after all regenerations: the session must be dropped


class SimulatedUser:
    """One session's simulated user: decides (policy), speaks (verbalizer), self-audits (audit)."""

    def __init__(
        self,
        catalog: Catalog,
        profile: Profile,
        budget: InformationBudget,
        verbalizer: Verbalizer,
        seed: int = 0,
        session_key: tuple = (),
        max_regenerations: int = 2,
        audit: LeakageAudit | None = None,
        policy: DecisionPolicy | None = None,
    ) -> None:
        self.catalog = catalog
        self.profile = profile
        self.budget = budget
        self.verbalizer = verbalizer
        self.policy = policy or DecisionPolicy(catalog, budget)  # share one across sessions: it caches
        self.audit = audit or LeakageAudit(catalog, budget)
        self.rng = np.random.default_rng(_mix(seed, *session_key) % (2**63))
        self.key = (seed, *session_key)
        self.max_regenerations = max_regenerations
        self.liked: set[tuple[str, str]] = set()
        self.disliked: set[tuple[str, str]] = set()
        self.history: list[SimTurn] = []

    def opening(self) -> str:
        return "Hi! Can you recommend me a movie?"

    def respond(self, shown: Sequence[int], turn: int) -> SimTurn:
        if not len(shown):
            raise SimulatorError("the system showed no items")
        decision = self.policy.decide(self.profile, shown, turn, self.rng, self.liked, self.disliked)
        attempts: list[dict] = []
        utterance = ""
        dropped = True
        for attempt in range(self.max_regenerations + 1):
            utterance = self.verbalizer.verbalize(decision, self.key, attempt)
            res = self.audit.check(utterance, self.profile, decision, self.liked)
            attempts.append({"utterance": utterance, "leaked": res.leaked, "reasons": res.reasons,
                             "title_score": round(res.title_score, 1)})
            if not res.leaked:
                dropped = False
                break
        self.liked |= set(decision.revealed())
        self.disliked |= {(k, v) for k, vs in decision.disliked.items() for v in vs}
        out = SimTurn(decision, utterance, attempts, dropped)
        self.history.append(out)
        return out
