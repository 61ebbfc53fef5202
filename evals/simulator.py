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
# Feedback beyond bare attribute values (issue 10): a film the user loved, what the story should be about,
# a change to a shown film, a complaint about the shown list.
OPEN_KINDS = ("reference", "description", "critique", "complaint")
FEEDBACK_KINDS = ("attribute", *OPEN_KINDS)
# How a simulated person picks "a film like the one I want" -- each hands one baseline an oracle, so all are
# reported: nearest by co-occurrence (training split), by item-text embedding, the user's own history item
# closest by each measure, and a random pick from ranks 6-50 of a mixed (co-occurrence + text) ranking.
REFERENCE_VARIANTS = ("cooc", "text", "history_cooc", "history_text", "mixed_rank")
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
    feedback_kinds: tuple[str, ...] = ("attribute",)  # one is drawn per turn among those feasible
    reference_variants: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        bad_fk = [k for k in self.feedback_kinds if k not in FEEDBACK_KINDS]
        if bad_fk or not self.feedback_kinds:
            raise SimulatorError(f"feedback kinds must be a non-empty subset of {list(FEEDBACK_KINDS)}, "
                                 f"got {self.feedback_kinds}")
        bad_v = [v for v in self.reference_variants if v not in REFERENCE_VARIANTS]
        if bad_v:
            raise SimulatorError(f"unknown reference variant(s) {bad_v}; use {list(REFERENCE_VARIANTS)}")
        if "reference" in self.feedback_kinds and not self.reference_variants:
            object.__setattr__(self, "reference_variants", REFERENCE_VARIANTS)
        known = {"genre", "decade", "rated", "director", "actor", "writer"}
        bad = [k for k in self.kinds if k not in known]
        if bad or not self.kinds:
            raise SimulatorError(f"budget kinds must be a non-empty subset of {sorted(known)}, got {self.kinds}")
        if not 0.0 <= self.noise_rate <= 1.0 or not 0.0 <= self.wrong_share <= 1.0:
            raise SimulatorError("noise_rate and wrong_share must lie in [0, 1]")
        if self.max_attributes_per_turn < 1:
            raise SimulatorError("max_attributes_per_turn must be >= 1")


BUDGET_NAMES = ("headline", "rich", "open", "mixed", *OPEN_KINDS,
                *(f"reference:{v}" for v in REFERENCE_VARIANTS))


def budget_named(name: str, noise_rate: float = 0.10) -> InformationBudget:
    """'headline': one of genre/decade/rating per turn. 'rich': also director/actors, two per turn.
    'open': one of reference/description/critique/complaint per turn, no bare attribute values, reference
    variants in equal shares. 'mixed': one kind per turn drawn from the attribute kind and the open kinds.
    A single open kind ('reference', 'critique', ...) or 'reference:<variant>' isolates one behaviour.
    Complaints and critiques speak about genre and decade; the audit checks genre/decade/rating."""
    if name == "headline":
        return InformationBudget("headline", HEADLINE_KINDS, 1, noise_rate)
    if name == "rich":
        return InformationBudget("rich", RICH_KINDS, 2, noise_rate)
    if name == "open":
        return InformationBudget("open", HEADLINE_KINDS, 1, noise_rate, feedback_kinds=OPEN_KINDS)
    if name == "mixed":
        return InformationBudget("mixed", HEADLINE_KINDS, 1, noise_rate, feedback_kinds=FEEDBACK_KINDS)
    if name in OPEN_KINDS:
        return InformationBudget(name, HEADLINE_KINDS, 1, noise_rate, feedback_kinds=(name,))
    if name.startswith("reference:") and name.split(":", 1)[1] in REFERENCE_VARIANTS:
        return InformationBudget(name, HEADLINE_KINDS, 1, noise_rate, feedback_kinds=("reference",),
                                 reference_variants=(name.split(":", 1)[1],))
    raise SimulatorError(f"unknown budget {name!r}; use one of {', '.join(BUDGET_NAMES)}")


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


@dataclass(frozen=True)
class Critique:
    """'Like number 3, but more recent': a shown film (1-based position) and one change toward the target.
    change: 'newer' | 'older' (than that film) | 'not_genre' (without genre `value`) | 'more_genre'."""

    position: int
    item: int
    change: Literal["newer", "older", "not_genre", "more_genre"]
    value: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"position": self.position, "item": self.item, "change": self.change, "value": self.value}


@dataclass
class Decision:
    """One simulated reaction, in structured form (the 'structured channel'). `kind` says which feedback
    kind the policy chose: 'attribute' (liked/disliked values), 'reference' (liked_items: a film the user
    loved), 'description' (what the story should be about), 'critique' (of a shown film), 'complaint'
    (disliked: what the shown list is full of)."""

    action: Literal["accept", "feedback", "vague"]
    turn: int
    liked: dict[str, list[str]] = field(default_factory=dict)
    disliked: dict[str, list[str]] = field(default_factory=dict)
    accepted_item: int | None = None
    accepted_position: int | None = None  # 1-based position in the shown list
    rejected_items: list[int] = field(default_factory=list)
    noise: Literal["none", "vague", "wrong"] = "none"
    kind: str = "attribute"
    liked_items: list[int] = field(default_factory=list)
    reference_variant: str | None = None
    reference_title: str = ""  # as the person says it ("The Usual Suspects")
    description: str = ""
    critique: Critique | None = None

    def revealed(self) -> list[tuple[str, str]]:
        out = [(k, v) for k, vs in self.liked.items() for v in vs]
        if self.critique is not None and self.critique.change == "more_genre":
            out.append(("genre", self.critique.value))
        return out

    def to_dict(self) -> dict[str, Any]:
        # rejected_items is the shown list of the previous turn, already in the transcript
        d: dict[str, Any] = {"action": self.action, "noise": self.noise}
        if self.action == "feedback" and self.kind != "attribute":
            d["kind"] = self.kind
        if self.liked:
            d["liked"] = self.liked
        if self.disliked:
            d["disliked"] = self.disliked
        if self.liked_items:
            d["liked_items"] = self.liked_items
            if self.reference_variant:
                d["reference_variant"] = self.reference_variant
        if self.description:
            d["description"] = self.description
        if self.critique is not None:
            d["critique"] = self.critique.to_dict()
        if self.accepted_item is not None:
            d["accepted_item"], d["accepted_position"] = self.accepted_item, self.accepted_position
        return d


@dataclass
class SessionMemory:
    """What one simulated person remembers within a session: their own history (for the history reference
    variants), which notion of "like" they use, what they already pointed at or described."""

    history: list[int] = field(default_factory=list)
    variant: str | None = None
    referenced: list[int] = field(default_factory=list)
    descriptions: int = 0
    described: list[str] = field(default_factory=list)


class ItemRelations:
    """The simulated people's notion of related films: cosine co-occurrence on the *training* split
    (validation and test items never count) and item-text embedding similarity; 'mixed' = z(cooc) + z(text).
    similarities(measure, i)[j] for every catalogue item j; padding and i itself are -inf."""

    MEASURES = ("cooc", "text", "mixed")

    def __init__(self, interactions: Any, text_embeddings: np.ndarray | None, cache_size: int = 20000) -> None:
        import scipy.sparse as sp

        x = sp.csr_matrix(interactions, dtype=np.float32)
        x.data[:] = 1.0
        self.n = x.shape[1]  # num_items + 1 (column 0 is padding)
        self._xt = x.T.tocsr()
        self._xc = x.tocsc()
        self._pop = np.asarray(x.sum(axis=0)).ravel().astype(np.float64)
        self.text = None
        if text_embeddings is not None:
            e = np.asarray(text_embeddings, dtype=np.float32)
            if e.shape[0] != self.n:
                raise SimulatorError(f"text embeddings have {e.shape[0]} rows, the catalogue needs {self.n}")
            norms = np.linalg.norm(e, axis=1, keepdims=True)
            self.text = e / np.where(norms > 0, norms, 1.0)
        self._cache: dict[tuple[str, int], np.ndarray] = {}
        self._cache_size = cache_size

    @classmethod
    def build(cls, dataset: Any, text_embeddings: np.ndarray | None = None) -> ItemRelations:
        import scipy.sparse as sp

        rows, cols = [], []
        for u in range(dataset.num_users):
            items = np.unique(dataset.train_sequence(u))
            rows.append(np.full(len(items), u))
            cols.append(items)
        r, c = np.concatenate(rows), np.concatenate(cols)
        m = sp.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)),
                          shape=(dataset.num_users, dataset.num_items + 1))
        return cls(m, text_embeddings)

    def _raw(self, measure: str, item: int) -> np.ndarray:
        if measure == "cooc":
            col = self._xc[:, item].toarray().ravel()
            co = self._xt @ col
            denom = np.sqrt(self._pop * self._pop[item])
            return np.divide(co, denom, out=np.zeros(self.n), where=denom > 0)
        if measure == "text":
            if self.text is None:
                raise SimulatorError("text similarity needs item text embeddings")
            return (self.text @ self.text[item]).astype(np.float64)
        if measure == "mixed":
            out = np.zeros(self.n)
            for m in ("cooc", "text") if self.text is not None else ("cooc",):
                v = self._raw(m, item)
                body = np.delete(v[1:], item - 1)
                sd = body.std()
                out += (v - body.mean()) / (sd if sd > 0 else 1.0)
            return out
        raise SimulatorError(f"unknown similarity measure {measure!r}; use one of {self.MEASURES}")

    def similarities(self, measure: str, item: int) -> np.ndarray:
        key = (measure, int(item))
        v = self._cache.get(key)
        if v is None:
            if not 1 <= int(item) < self.n:
                raise SimulatorError(f"item {item!r} is not a catalogue item")
            v = self._raw(measure, int(item))
            v[0] = -np.inf
            v[int(item)] = -np.inf
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[key] = v
        return v

    def profile_similarities(self, measure: str, items: Sequence[int]) -> np.ndarray:
        """Mean similarity to several wanted items (target-free mode); every wanted item itself is -inf."""
        items = [int(i) for i in items]
        if len(items) == 1:
            return self.similarities(measure, items[0])
        v = np.mean([np.where(np.isfinite(s), s, 0.0) for s in (self.similarities(measure, i) for i in items)],
                    axis=0)
        v[[0, *items]] = -np.inf
        return v


_ARTICLE_TAIL = re.compile(r"^(.*), (The|A|An|La|Le|Les|L'|Il|El|Das|Der|Die)$")
_STOP = frozenset(
    "a an the of and or in on at to for with from by as is are was were be been his her their its they them "
    "he she it who whom whose that this these those which what when where while after before into about "
    "over under up down out off than then but not no so if one two all own has have had do does did".split()
)


def spoken_title(title: str) -> str:
    """How a person says a catalogue title: 'Usual Suspects, The (1995)' -> 'The Usual Suspects'."""
    main = re.sub(r"\s*\([^)]*\)", "", title).strip() or title.strip()
    m = _ARTICLE_TAIL.match(main)
    return f"{m.group(2)} {m.group(1)}".replace("' ", "'") if m else main


def near_duplicate(a: str, b: str, threshold: float = 80.0) -> bool:
    """Sequels, remakes and re-releases: 'Die Hard 2' vs 'Die Hard', 'Star Trek III' vs 'Star Trek IV'."""
    va, vb = title_variants(a), title_variants(b)
    series_a = {_series(t) for t in [a, *va]} - {""}
    if series_a & ({_series(t) for t in [b, *vb]} - {""}):
        return True
    for x in va:
        for y in vb:
            if x == y or fuzz.token_set_ratio(x, y) >= threshold:
                return True
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 4 and _has_words(long_, short):
                return True
    return False


_NUMERAL = re.compile(r"\s+(?:part\s+)?(?:[ivx]+|\d+)$")


def _series(title: str) -> str:
    """A franchise key: the part before ':' without a trailing numeral ('Star Trek III: The Search for Spock'
    -> 'star trek'), or the title without its trailing numeral ('Lethal Weapon 3' -> 'lethal weapon')."""
    main = re.sub(r"\s*\([^)]*\)", "", title)
    head = main.split(":")[0] if ":" in main else main
    key = _NUMERAL.sub("", _norm(head)).strip()
    key = re.sub(r"^(the|a|an) ", "", key)
    return key if len(key.replace(" ", "")) >= 4 and (":" in main or key != _norm(head)) else ""


def describe_plot(catalog: Catalog, item: int, chunk: int = 0, max_words: int = 14,
                  banned_items: Sequence[int] = ()) -> str:
    """'something about ...': a phrase from the film's plot with every title word, every named person, every
    other proper noun (characters, places) and every number removed. chunk picks a later sentence, so a
    second description says something new. '' when too little is left to say."""
    plot = catalog.plots[item]
    if not plot:
        return ""
    banned: set[str] = set()
    for i in {int(item), *[int(b) for b in banned_items]}:
        for v in title_variants(catalog.titles[i]):
            banned |= {w for w in v.split() if w not in _STOP}
        for kind in ("director", "actor", "writer"):
            for name in catalog.attributes(i).get(kind, []):
                banned |= set(_norm(name).split())
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", plot.strip()) if x]
    if chunk >= len(sentences):
        return ""
    words: list[str] = []
    for sent in sentences[chunk:]:
        for j, tok in enumerate(sent.split()):
            w = _norm(tok)
            if not w or any(ch.isdigit() for ch in w) or w in banned or _stem_banned(w, banned):
                continue
            core = tok.strip("\"'()[],.;:!?")
            if j > 0 and core[:1].isupper():  # a proper noun mid-sentence: a character or a place
                continue
            if j == 0 and w not in _STOP and _looks_like_name(core, sent):
                continue
            words.extend(w.split())
        if sum(w not in _STOP for w in words) >= 4:
            break
    words = words[:max_words]
    while words and words[-1] in _STOP:
        words.pop()
    if sum(w not in _STOP for w in words) < 3:
        return ""
    return " ".join(words)


def _stem_banned(word: str, banned: set[str]) -> bool:
    """'toys' for the title 'Toy Story', 'suspect' for 'The Usual Suspects': plurals and inflections."""
    for b in banned:
        if len(b) >= 3 and len(word) >= 3 and abs(len(word) - len(b)) <= 3 \
                and (word.startswith(b) or b.startswith(word)):
            return True
    return False


def _looks_like_name(word: str, sentence: str) -> bool:
    """A capitalised sentence-initial word followed by another capitalised word ('Neil McCauley leads'), or
    that the plot capitalises again later, or a possessive, is a proper noun."""
    toks = [t.strip("\"'()[],.;:!?") for t in sentence.split()]
    if not word[:1].isupper():
        return False
    nxt = toks[1] if len(toks) > 1 else ""
    return nxt[:1].isupper() or word in toks[1:] or word.endswith("'s")


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
        self._probe = LeakageAudit(catalog, budget)
        self._words = TemplateVerbalizer(0)

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
        memory: SessionMemory | None = None,
        relations: ItemRelations | None = None,
    ) -> Decision:
        already_liked = already_liked or set()
        already_disliked = already_disliked or set()
        shown = [int(i) for i in shown]
        wanted = set(profile.items)
        for pos, item in enumerate(shown, start=1):
            if item in wanted:
                return Decision("accept", turn, accepted_item=item, accepted_position=pos)
        if self.budget.feedback_kinds != ("attribute",):
            return self._decide_open(profile, shown, turn, rng, already_liked, already_disliked,
                                     memory or SessionMemory(), relations)
        rejected = list(shown)
        if rng.random() < self.budget.noise_rate:
            if rng.random() < self.budget.wrong_share:
                wrong = self._wrong_value(profile, rng)
                if wrong is not None:
                    return Decision("feedback", turn, liked={wrong[0]: [wrong[1]]}, rejected_items=rejected,
                                    noise="wrong")
            return Decision("vague", turn, rejected_items=rejected, noise="vague")
        return self._attribute_decision(profile, shown, turn, rng, already_liked, already_disliked)

    def _attribute_decision(self, profile: Profile, shown: list[int], turn: int, rng: np.random.Generator,
                            already_liked: set[tuple[str, str]],
                            already_disliked: set[tuple[str, str]]) -> Decision:
        rejected = list(shown)
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

    # ---- open feedback (issue 10) ------------------------------------------------------------------------

    def _decide_open(self, profile: Profile, shown: list[int], turn: int, rng: np.random.Generator,
                     already_liked: set[tuple[str, str]], already_disliked: set[tuple[str, str]],
                     memory: SessionMemory, relations: ItemRelations | None) -> Decision:
        """One kind per turn, drawn among the budget's kinds that have something true to say."""
        rejected = list(shown)
        if rng.random() < self.budget.noise_rate:
            if rng.random() < self.budget.wrong_share:
                if "attribute" in self.budget.feedback_kinds and rng.random() < 0.5:
                    wrong = self._wrong_value(profile, rng)
                    if wrong is not None:
                        return Decision("feedback", turn, liked={wrong[0]: [wrong[1]]}, rejected_items=rejected,
                                        noise="wrong")
                elif relations is not None:  # a misleading mention: a film far from what they want
                    x = self._unrelated_film(profile, relations, rng)
                    if x is not None:
                        return Decision("feedback", turn, rejected_items=rejected, noise="wrong", kind="reference",
                                        liked_items=[x], reference_title=spoken_title(self.catalog.titles[x]))
            return Decision("vague", turn, rejected_items=rejected, noise="vague")
        order = list(self.budget.feedback_kinds)
        rng.shuffle(order)
        for kind in order:
            d: Decision | None = None
            if kind == "attribute":
                d = self._attribute_decision(profile, shown, turn, rng, already_liked, already_disliked)
                d = d if d.action == "feedback" else None
            elif kind == "reference" and relations is not None:
                d = self._reference(profile, turn, rng, memory, relations)
            elif kind == "description":
                d = self._description(profile, turn, memory)
            elif kind == "critique":
                d = self._critique(profile, shown, turn, rng, relations, already_liked, already_disliked)
            elif kind == "complaint":
                d = self._complaint(profile, shown, turn, rng, already_disliked)
            if d is not None:
                d.rejected_items = rejected
                return d
        return Decision("vague", turn, rejected_items=rejected)

    def _speakable(self, templates: Sequence[str], profile: Profile, **fill: str) -> bool:
        """Would any way of saying it leak the profile (title, out-of-budget names, exact year)? Checked
        before a reference or description is chosen, so the audit rarely has to drop a session."""
        return not any(self._probe.check(t.format(**fill), profile, None, ignore_values=True).leaked
                       for t in templates)

    def _reference(self, profile: Profile, turn: int, rng: np.random.Generator, memory: SessionMemory,
                   relations: ItemRelations) -> Decision | None:
        variant = memory.variant or REFERENCE_VARIANTS[0]
        measure = {"cooc": "cooc", "text": "text", "history_cooc": "cooc", "history_text": "text",
                   "mixed_rank": "mixed"}[variant]
        sims = relations.profile_similarities(measure, profile.items)
        taken = set(memory.referenced) | set(profile.items) | {0}
        if variant.startswith("history_"):
            hist = [int(i) for i in dict.fromkeys(memory.history) if int(i) not in taken]
            cands = sorted(hist, key=lambda i: -sims[i])
        else:
            ranking = [int(i) for i in np.argsort(-sims, kind="stable") if np.isfinite(sims[i])]
            if variant == "mixed_rank":  # a loose notion of "like": somewhere in ranks 6-50
                window = [i for i in ranking[5:50] if i not in taken]
                cands = [window[j] for j in rng.permutation(len(window))]
            else:
                cands = [i for i in ranking[:300] if i not in taken]
        targets = [self.catalog.titles[t] for t in profile.items]
        for x in cands[:200]:
            if not np.isfinite(sims[x]):
                continue
            title = spoken_title(self.catalog.titles[x])
            if any(near_duplicate(self.catalog.titles[x], t) for t in targets):
                continue  # a sequel or remake of the target names it
            if not self._speakable(_REFERENCE, profile, t=title):
                continue
            return Decision("feedback", turn, kind="reference", liked_items=[x], reference_variant=variant,
                            reference_title=title)
        return None

    def _description(self, profile: Profile, turn: int, memory: SessionMemory) -> Decision | None:
        for item in profile.items:
            if not self.catalog.plots[item]:
                continue
            for chunk in range(memory.descriptions, memory.descriptions + 3):
                phrase = describe_plot(self.catalog, item, chunk, banned_items=profile.items)
                if phrase and phrase not in memory.described and self._speakable(_DESCRIPTION, profile, d=phrase):
                    return Decision("feedback", turn, kind="description", description=phrase)
        return None

    def _profile_year(self, profile: Profile) -> float | None:
        ys = [self.catalog.years[i] for i in profile.items if self.catalog.years[i]]
        return float(np.median(ys)) if ys else None

    def _critique(self, profile: Profile, shown: list[int], turn: int, rng: np.random.Generator,
                  relations: ItemRelations | None, already_liked: set[tuple[str, str]],
                  already_disliked: set[tuple[str, str]]) -> Decision | None:
        """The shown film closest to what they want, and the one change that moves toward it."""
        order = list(range(len(shown)))
        if relations is not None:
            sims = relations.profile_similarities("mixed", profile.items)
            order.sort(key=lambda j: -sims[shown[j]] if np.isfinite(sims[shown[j]]) else np.inf)
        ty = self._profile_year(profile)
        want = {v for v, w in profile.weights.get("genre", {}).items() if w >= self.min_weight}
        options: list[Critique] = []
        for j in order[:3]:
            s = shown[j]
            ys = self.catalog.years[s]
            if ty is not None and ys:
                if ty - ys >= 5:
                    options.append(Critique(j + 1, s, "newer"))
                elif ys - ty >= 5:
                    options.append(Critique(j + 1, s, "older"))
            have = set(self.catalog.genres[s])
            extra = sorted(g for g in have - want if profile.weights.get("genre", {}).get(g, 0.0) == 0.0
                           and ("genre", g) not in already_disliked)
            missing = sorted(g for g in want - have if ("genre", g) not in already_liked)
            if extra:
                options.append(Critique(j + 1, s, "not_genre", extra[int(rng.integers(len(extra)))]))
            if missing:
                options.append(Critique(j + 1, s, "more_genre", missing[int(rng.integers(len(missing)))]))
        for c in options:
            d = Decision("feedback", turn, kind="critique", critique=c)
            if self._decision_speakable(d, profile):
                return d
        return None

    def _complaint(self, profile: Profile, shown: list[int], turn: int, rng: np.random.Generator,
                   already_disliked: set[tuple[str, str]]) -> Decision | None:
        """What the shown list is full of (at least half of it) and the target lacks."""
        n = max(len(shown), 1)
        cands = []
        for kind in ("genre", "decade"):
            if kind not in self.budget.kinds:
                continue
            for value, c in self._coverage(shown, kind).items():
                if c / n >= 0.5 and profile.weights.get(kind, {}).get(value, 0.0) == 0.0 \
                        and (kind, value) not in already_disliked:
                    cands.append((c / n, rng.random(), kind, value))
        for _, _, kind, value in sorted(cands, reverse=True):
            d = Decision("feedback", turn, kind="complaint", disliked={kind: [value]})
            if self._decision_speakable(d, profile):
                return d
        return None

    def _decision_speakable(self, d: Decision, profile: Profile) -> bool:
        """Every template phrasing of `d` passes the audit (short titles like 'Scream' fuzzily match
        ordinary words such as 'dream'; pick something else to say rather than drop the session)."""
        return not any(self._probe.check(self._words.verbalize(d, (), a), profile, d).leaked for a in range(6))

    def _unrelated_film(self, profile: Profile, relations: ItemRelations, rng: np.random.Generator) -> int | None:
        sims = relations.profile_similarities("mixed", profile.items)
        finite = np.flatnonzero(np.isfinite(sims))
        if not len(finite):
            return None
        far = finite[np.argsort(sims[finite], kind="stable")[: max(1, len(finite) // 2)]]
        for x in rng.permutation(far)[:20]:
            x = int(x)
            if self._speakable(_REFERENCE, profile, t=spoken_title(self.catalog.titles[x])):
                return x
        return None

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
        if decision.kind == "reference":
            return f"The fan LOVED the film {decision.reference_title} and wants films like it (say its title)."
        if decision.kind == "description":
            return f"The fan WANTS a film about: {decision.description}."
        if decision.kind == "critique" and decision.critique is not None:
            c = decision.critique
            change = {"newer": "but a more recent film", "older": "but an older film",
                      "not_genre": f"but not {c.value}", "more_genre": f"but with more {c.value}"}[c.change]
            return f"The fan WANTS: something like number {c.position} of the list, {change}."
        if decision.kind == "complaint":
            (kd, vs), = decision.disliked.items()
            return f"The fan COMPLAINS that the list is all {vs[0]} movies and does not want that."
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
        if decision.kind != "attribute":
            return self._faithful_open(decision, text)
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

    def _faithful_open(self, decision: Decision, text: str) -> tuple[bool, str]:
        low = _norm(text)
        if decision.kind == "reference":
            t = _norm(decision.reference_title)
            ok = fuzz.partial_ratio(t, low) >= 85
            return ok, "" if ok else "reference title missing"
        if decision.kind == "description":
            content = [w for w in decision.description.split() if w not in _STOP]
            share = sum(_has_words(low, w) for w in content) / max(len(content), 1)
            return share >= 0.6, "" if share >= 0.6 else "description not kept"
        if decision.kind == "critique" and decision.critique is not None:
            p = decision.critique.position
            ok = re.search(rf"(?<!\d){p}(?!\d)", low) is not None or (p <= len(ORDINALS) and ORDINALS[p - 1] in low)
            return ok, "" if ok else "critique without its position"
        if decision.kind == "complaint":
            (kd, vs), = decision.disliked.items()
            ok = LeakageAudit._mentions_value(low, kd, vs[0], text.lower())
            return ok, "" if ok else "complaint without its value"
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
              previously_revealed: set[tuple[str, str]] | None = None, ignore_values: bool = False) -> AuditResult:
        """ignore_values: check titles, names and years only (probing a candidate reference or description)."""
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
        # In-budget values of the profile said without the policy choosing them. A description from the plot
        # or a referenced title may contain a genre word ("a war hero"); that is the content, not a request.
        uv, raw = u, utterance.lower()
        if decision is not None:
            for said in (decision.description, decision.reference_title):
                if said:
                    uv = uv.replace(_norm(said), " ")
                    raw = raw.replace(said.lower(), " ")
        for kind in () if ignore_values else self.budget.kinds:
            if kind in IDENTIFYING_KINDS:
                continue
            for value, w in profile.weights.get(kind, {}).items():
                if w > 0 and (kind, value) not in allowed and self._mentions_value(uv, kind, value, raw):
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
        relations: ItemRelations | None = None,
        history: Sequence[int] | None = None,
        reference_variant: str | None = None,
    ) -> None:
        if "reference" in budget.feedback_kinds and relations is None:
            raise SimulatorError(f"budget {budget.name!r} has references: pass ItemRelations (relations=...)")
        if reference_variant is not None and reference_variant not in REFERENCE_VARIANTS:
            raise SimulatorError(f"unknown reference variant {reference_variant!r}; use {list(REFERENCE_VARIANTS)}")
        if reference_variant is None and budget.reference_variants:
            reference_variant = budget.reference_variants[_mix(seed, *session_key) % len(budget.reference_variants)]
        self.reference_variant = reference_variant
        self.relations = relations
        self.user_history = [int(i) for i in (history if history is not None else [])]
        self.state = SessionMemory(history=self.user_history, variant=reference_variant)
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
        decision = self.policy.decide(self.profile, shown, turn, self.rng, self.liked, self.disliked,
                                      memory=self.state, relations=self.relations)
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
        if decision.critique is not None and decision.critique.change == "not_genre":
            self.disliked.add(("genre", decision.critique.value))
        self.state.referenced += [i for i in decision.liked_items if i not in self.state.referenced]
        if decision.description:
            self.state.descriptions += 1
            self.state.described.append(decision.description)
        out = SimTurn(decision, utterance, attempts, dropped)
        self.history.append(out)
        return out
