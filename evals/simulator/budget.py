"""What a simulated person may reveal (the information budget) and what they want (the profile)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from cesrec.recmodel.data import Catalog

HEADLINE_KINDS = ("genre", "decade", "rated")
# Feedback beyond bare attribute values (issue 10): a film the user loved, what the story should be about,
# a change to a shown film, a complaint about the shown list.
OPEN_KINDS = ("reference", "description", "critique", "complaint")
FEEDBACK_KINDS = ("attribute", *OPEN_KINDS)
# How a simulated person picks "a film like the one I want" -- each hands one baseline an oracle, so all are
# reported: nearest by co-occurrence (training split), by item-text embedding, the user's own history item
# closest by each measure, and a random pick from ranks 6-50 of a mixed (co-occurrence + text) ranking.
# These five are the systems' own similarities (issue 22): oracles, reported apart (`reference:<variant>`,
# `open_legacy`). The headline budgets use OUTSIDE_VARIANTS (evals/simulator/outside.py): same director or lead
# cast, same genres and era, a film of the user's own history.
ORACLE_VARIANTS = ("cooc", "text", "history_cooc", "history_text", "mixed_rank")
OUTSIDE_VARIANTS = ("people", "genre_era", "own_history")
REFERENCE_VARIANTS = (*OUTSIDE_VARIANTS, *ORACLE_VARIANTS)
# where the clues come from: "outside" (hand-written descriptions, outside references, critiques by catalogue
# facts) or "systems" (the simulator before issue 22: plot-cut descriptions, critiques by the mixed similarity)
CLUE_SOURCES = ("outside", "systems")
RICH_KINDS = ("genre", "decade", "rated", "director", "actor")
# Kinds that nearly name a film (issue 5 calibration: adding the director gives HR@10 0.999).
IDENTIFYING_KINDS = ("director", "actor", "writer")


class SimulatorError(ValueError):
    """Bad simulator input (unknown kind, empty profile, bad rates)."""


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
    clues: str = "outside"

    def __post_init__(self) -> None:
        if self.clues not in CLUE_SOURCES:
            raise SimulatorError(f"clues must be one of {list(CLUE_SOURCES)}, got {self.clues!r}")
        bad_fk = [k for k in self.feedback_kinds if k not in FEEDBACK_KINDS]
        if bad_fk or not self.feedback_kinds:
            raise SimulatorError(f"feedback kinds must be a non-empty subset of {list(FEEDBACK_KINDS)}, "
                                 f"got {self.feedback_kinds}")
        bad_v = [v for v in self.reference_variants if v not in REFERENCE_VARIANTS]
        if bad_v:
            raise SimulatorError(f"unknown reference variant(s) {bad_v}; use {list(REFERENCE_VARIANTS)}")
        if "reference" in self.feedback_kinds and not self.reference_variants:
            object.__setattr__(self, "reference_variants",
                               OUTSIDE_VARIANTS if self.clues == "outside" else ORACLE_VARIANTS)
        known = {"genre", "decade", "rated", "director", "actor", "writer"}
        bad = [k for k in self.kinds if k not in known]
        if bad or not self.kinds:
            raise SimulatorError(f"budget kinds must be a non-empty subset of {sorted(known)}, got {self.kinds}")
        if not 0.0 <= self.noise_rate <= 1.0 or not 0.0 <= self.wrong_share <= 1.0:
            raise SimulatorError("noise_rate and wrong_share must lie in [0, 1]")
        if self.max_attributes_per_turn < 1:
            raise SimulatorError("max_attributes_per_turn must be >= 1")


BUDGET_NAMES = ("headline", "rich", "open", "mixed", "open_legacy", "mixed_legacy", *OPEN_KINDS,
                *(f"reference:{v}" for v in REFERENCE_VARIANTS))


def budget_named(name: str, noise_rate: float = 0.10) -> InformationBudget:
    """'headline': one of genre/decade/rating per turn. 'rich': also director/actors, two per turn.
    'open': one of reference/description/critique/complaint per turn, no bare attribute values, reference
    variants in equal shares, every clue from outside the systems (evals/simulator/outside.py).
    'open_legacy' / 'mixed_legacy': the simulator before issue 22 (plot-cut descriptions, references by the
    systems' own similarities, critiques by the mixed similarity), kept to show the change side by side. 'mixed': one kind per turn drawn from the attribute kind and the open kinds.
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
    if name == "open_legacy":
        return InformationBudget(name, HEADLINE_KINDS, 1, noise_rate, feedback_kinds=OPEN_KINDS, clues="systems")
    if name == "mixed_legacy":
        return InformationBudget(name, HEADLINE_KINDS, 1, noise_rate, feedback_kinds=FEEDBACK_KINDS, clues="systems")
    if name in OPEN_KINDS:
        return InformationBudget(name, HEADLINE_KINDS, 1, noise_rate, feedback_kinds=(name,))
    if name.startswith("reference:") and name.split(":", 1)[1] in REFERENCE_VARIANTS:
        v = name.split(":", 1)[1]
        return InformationBudget(name, HEADLINE_KINDS, 1, noise_rate, feedback_kinds=("reference",),
                                 reference_variants=(v,), clues="outside" if v in OUTSIDE_VARIANTS else "systems")
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
