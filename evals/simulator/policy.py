"""The decision policy: grounded in the profile, within the budget; never sees the verbalizer's output
except to probe whether a candidate could be said without leaking."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from cesrec.evals.simulator.audit import LeakageAudit
from cesrec.evals.simulator.budget import OUTSIDE_VARIANTS, REFERENCE_VARIANTS, InformationBudget, Profile
from cesrec.evals.simulator.decision import Critique, Decision, SessionMemory
from cesrec.evals.simulator.outside import OutsideClues, hand_descriptions, near_duplicate_items
from cesrec.evals.simulator.relations import ItemRelations
from cesrec.evals.simulator.templates import _DESCRIPTION, _HAND_DESCRIPTION, _REFERENCE, TemplateVerbalizer
from cesrec.evals.simulator.text import describe_plot, near_duplicate, spoken_title
from cesrec.recmodel.data import Catalog


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
        self._outside: OutsideClues | None = None

    def outside(self, relations: ItemRelations | None = None) -> OutsideClues:
        """Catalogue-fact clues; the training popularity (if relations are given) only decides which films a
        person knows well enough to name."""
        if self._outside is None:
            pop = getattr(relations, "_pop", None) if relations is not None else None
            self._outside = OutsideClues(self.catalog, pop)
        return self._outside

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
        variant = memory.variant or (self.budget.reference_variants or REFERENCE_VARIANTS)[0]
        if variant in OUTSIDE_VARIANTS:
            return self._outside_reference(profile, turn, rng, memory, relations, variant)
        measure = {"cooc": "cooc", "text": "text", "history_cooc": "cooc", "history_text": "text",
                   "mixed_rank": "mixed"}[variant]
        sims = relations.profile_similarities(measure, profile.items)
        taken = set(memory.referenced) | set(profile.items) | set(memory.avoid) | {0}
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
            if any(near_duplicate(self.catalog.titles[x], t) for t in targets) \
                    or any(near_duplicate_items(self.catalog, x, t) for t in {*profile.items, *memory.avoid}):
                continue  # a sequel, remake or series sibling of the target names it
            if not self._speakable(_REFERENCE, profile, t=title):
                continue
            return Decision("feedback", turn, kind="reference", liked_items=[x], reference_variant=variant,
                            reference_title=title)
        return None

    def _outside_reference(self, profile: Profile, turn: int, rng: np.random.Generator, memory: SessionMemory,
                           relations: ItemRelations | None, variant: str) -> Decision | None:
        """A film picked by catalogue facts or the user's own history (evals/simulator/outside.py), at random
        among the candidates: never by a similarity a system ranks with."""
        out = self.outside(relations)
        taken = set(memory.referenced) | set(profile.items) | set(memory.avoid) | {0}
        cands = [i for i in out.candidates(variant, profile.items, memory.history) if i not in taken]
        for j in rng.permutation(len(cands))[:200]:
            x = int(cands[int(j)])
            if any(near_duplicate_items(self.catalog, x, t) for t in {*profile.items, *memory.avoid}):
                continue
            title = spoken_title(self.catalog.titles[x])
            if not self._speakable(_REFERENCE, profile, t=title):
                continue
            return Decision("feedback", turn, kind="reference", liked_items=[x], reference_variant=variant,
                            reference_title=title)
        return None

    def _description(self, profile: Profile, turn: int, memory: SessionMemory) -> Decision | None:
        if self.budget.clues == "outside":
            return self._hand_description(profile, turn, memory)
        for item in profile.items:
            if not self.catalog.plots[item]:
                continue
            for chunk in range(memory.descriptions, memory.descriptions + 3):
                phrase = describe_plot(self.catalog, item, chunk, banned_items=profile.items)
                if phrase and phrase not in memory.described and self._speakable(_DESCRIPTION, profile, d=phrase):
                    return Decision("feedback", turn, kind="description", description=phrase)
        return None

    def _hand_description(self, profile: Profile, turn: int, memory: SessionMemory) -> Decision | None:
        """The target's hand-written description (evals/data/film_descriptions_*.py), said once; a target without
        one gets no description clue."""
        hand = hand_descriptions(self.catalog)
        for item in profile.items:
            text = hand.get(int(item))
            if not text or text in memory.described:
                continue
            if self._speakable(_HAND_DESCRIPTION, profile, d=text, D=text[:1].upper() + text[1:]):
                return Decision("feedback", turn, kind="description", description=text, description_item=int(item))
        return None

    def _profile_year(self, profile: Profile) -> float | None:
        ys = [self.catalog.years[i] for i in profile.items if self.catalog.years[i]]
        return float(np.median(ys)) if ys else None

    def _critique(self, profile: Profile, shown: list[int], turn: int, rng: np.random.Generator,
                  relations: ItemRelations | None, already_liked: set[tuple[str, str]],
                  already_disliked: set[tuple[str, str]]) -> Decision | None:
        """The shown film closest to what they want, and the one change that moves toward it."""
        order = list(range(len(shown)))
        if self.budget.clues == "outside":  # catalogue facts: genre overlap, then the year gap
            out = self.outside(relations)
            close = {j: out.closeness(profile.items, shown[j]) for j in order}
            order.sort(key=lambda j: (-close[j][0], -close[j][1]))
        elif relations is not None:
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
        if self.budget.clues == "outside":
            for x in self.outside(relations).unrelated(profile.items, rng)[:20]:
                if self._speakable(_REFERENCE, profile, t=spoken_title(self.catalog.titles[x])):
                    return int(x)
            return None
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
