"""What a protocol and its systems share: the feedback as systems receive it, the evaluation context of one
backbone, and the System interface. Its own module so the systems (evals.protocol.cesrec_systems,
evals.protocol.open_baselines) and the protocol loop (evals.protocol.sessions, driven by evals.protocol.pipeline) import it without importing each other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from cesrec.evals.simulator import Profile
from cesrec.recmodel.base import SequentialRecommender
from cesrec.recmodel.data import Catalog, SequenceDataset


class ProtocolError(ValueError):
    """Bad protocol configuration (unknown system, channel, stage...)."""


# --------------------------------------------------------------------------------------------------------
# Shared context
# --------------------------------------------------------------------------------------------------------


@dataclass
class StructuredFeedback:
    """Feedback as the systems receive it (the same content as tools.feedback.Feedback): attribute values,
    referenced films (liked_items), a year range, a description of the content."""

    liked: dict[str, list[str]] = field(default_factory=dict)
    disliked: dict[str, list[str]] = field(default_factory=dict)
    liked_items: list[int] = field(default_factory=list)
    disliked_items: list[int] = field(default_factory=list)
    free_text: str = ""
    year_min: int | None = None
    year_max: int | None = None
    description: str = ""

    def is_empty(self) -> bool:
        return not (self.liked or self.disliked or self.liked_items or self.disliked_items or self.description
                    or self.year_min is not None or self.year_max is not None)

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"liked": self.liked, "disliked": self.disliked, "liked_items": self.liked_items,
                             "disliked_items": self.disliked_items}
        if self.year_min is not None or self.year_max is not None:
            d["year_range"] = [self.year_min, self.year_max]
        if self.description:
            d["description"] = self.description
        return d

    def to_feedback(self) -> Any:
        from cesrec.tools.state import Feedback

        return Feedback(liked_attributes=self.liked, disliked_attributes=self.disliked,
                        liked_items=self.liked_items, disliked_items=self.disliked_items, year_min=self.year_min,
                        year_max=self.year_max, description=self.description, free_text=self.free_text)


class AttributeIndex:
    """Boolean item vectors per (kind, value) and release years: answers `cesrec.tools.ranking.AttributeMasks`, so
    the baselines rank through the very function the product uses."""

    def __init__(self, catalog: Catalog) -> None:
        n = catalog.num_items + 1
        self.vectors: dict[tuple[str, str], np.ndarray] = {}
        for i in range(1, n):
            for kind, vals in catalog.attributes(i).items():
                for v in vals:
                    vec = self.vectors.get((kind, v))
                    if vec is None:
                        vec = self.vectors[(kind, v)] = np.zeros(n, dtype=bool)
                    vec[i] = True
        self.n = n
        self.num_items = n - 1
        self.years = np.array([y or 0 for y in catalog.years], dtype=np.int32)

    def has(self, kind: str, value: str) -> np.ndarray:
        return self.vectors.get((kind, value), np.zeros(self.n, dtype=bool))

    def attribute_mask(self, kind: str, value: str) -> np.ndarray:
        return self.has(kind, value)

    def year_mask(self, year_min: int | None, year_max: int | None) -> np.ndarray:
        m = self.years > 0
        if year_min is not None:
            m &= self.years >= year_min
        if year_max is not None:
            m &= self.years <= year_max
        m[0] = False
        return m


@dataclass
class EvalContext:
    """Everything one backbone's evaluation shares: model, users, histories, targets, base SRS scores."""

    dataset: SequenceDataset
    model: SequentialRecommender
    backbone: str
    users: list[int]  # dataset user indices
    histories: list[np.ndarray]
    profiles: list[Profile]
    k: int = 10
    engine: Any = None  # tools.engine.CESRecEngine, built lazily for the CESRec systems
    base_scores: torch.Tensor | None = None
    attr_index: AttributeIndex | None = None
    relations: Any = None  # evals.simulator.ItemRelations, built on first use

    @property
    def catalog(self) -> Catalog:
        return self.dataset.catalog


class System:
    """How a system reacts to feedback. `scores(rows)` returns logits for those session rows with hard
    filters as -inf; the protocol excludes history (and, for feedback systems, shown items) itself."""

    name = "system"
    uses_feedback = True

    def __init__(self, ctx: EvalContext) -> None:
        self.ctx = ctx

    def start(self, rows: Sequence[int]) -> None:
        pass

    def update(self, row: int, fb: StructuredFeedback, shown: Sequence[int], turn: int) -> dict:
        return {}

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        raise NotImplementedError

    def state_for_parser(self, row: int) -> Any:
        return None

    def describe_state(self, row: int) -> dict:
        """What the transcript records after a turn's re-ranking (masks, pseudo items, constraints)."""
        return {}
