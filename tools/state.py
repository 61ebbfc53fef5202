"""Session state of one conversation: ONE pydantic model, JSON round-trippable.

Operations (tools.masking, tools.construct, tools.turn) take a state and return a new state built with
`model_copy(update=...)`; nothing mutates a state in place, so replaying a step gives the same result and
any state can live in a LangGraph checkpoint as plain JSON.

The sequence the SRS sees (`model_sequence`) is the original history followed by the pseudo items, with
masked history positions flagged. Masking never deletes anything: unmasking is removing a MaskedItem.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

ATTRIBUTE_KINDS: tuple[str, ...] = ("genre", "decade", "director", "actor", "writer", "rated")


class _Frozen(BaseModel):
    # frozen: a state is a value; new states are made with model_copy(update=...)
    model_config = ConfigDict(frozen=True, extra="forbid")


class MaskedItem(_Frozen):
    """A hidden history position. `kind`: 'outlier' (dual-alignment masking) or 'disliked' (conflicts with
    a disliked attribute or item); `score` is the outlier score (similarity to the history centre) or, for
    'disliked', the same similarity for reference."""

    position: int
    item: int
    score: float
    reason: str
    kind: Literal["outlier", "disliked"] = "outlier"


class PseudoItem(_Frozen):
    """A catalogue item appended to the sequence because of feedback (not a consumption: it is never
    excluded from the recommendations). `source` says which feedback produced it."""

    item: int
    turn: int
    source: str
    semantic_score: float
    srs_score: float
    score: float
    role: Literal["retrieved", "reference"] = "retrieved"  # a film the user named, or one we retrieved


class Feedback(BaseModel):
    """What the user said, in catalogue terms. Attribute dicts map kind -> values; kinds are
    genre, decade, director, actor, writer, rated. Items are internal catalogue ids: liked items are films
    the user points at ("I loved Heat"), which also enter the rewritten sequence. `year_min`/`year_max`
    bound the release year ("nothing before 1990"); `description` is what the user said about the content
    ("a heist with a twist ending"), retrieved against the plot index; `free_text` is the utterance."""

    model_config = ConfigDict(extra="forbid")

    liked_attributes: dict[str, list[str]] = Field(default_factory=dict)
    disliked_attributes: dict[str, list[str]] = Field(default_factory=dict)
    liked_items: list[int] = Field(default_factory=list)
    disliked_items: list[int] = Field(default_factory=list)
    year_min: int | None = None
    year_max: int | None = None
    description: str = ""
    free_text: str = ""
    notes: list[str] = Field(default_factory=list)

    def is_empty(self) -> bool:
        """No structured signal and no text."""
        return not (self.has_structure() or self.free_text.strip() or self.description.strip())

    def has_structure(self) -> bool:
        return bool(
            any(self.liked_attributes.values()) or any(self.disliked_attributes.values())
            or self.liked_items or self.disliked_items or self.year_min is not None or self.year_max is not None
        )

    def describe(self, label=None) -> str:
        """Short provenance text, e.g. '+genre=Comedy -genre=Horror +Heat (1995)'. `label(item) -> str`
        names items (titles, never bare ids, when given)."""
        name = label or (lambda i: f"item {i}")
        parts = [f"+{k}={v}" for k, vs in self.liked_attributes.items() for v in vs]
        parts += [f"-{k}={v}" for k, vs in self.disliked_attributes.items() for v in vs]
        parts += [f"+{name(i)}" for i in self.liked_items] + [f"-{name(i)}" for i in self.disliked_items]
        if self.year_min is not None or self.year_max is not None:
            parts.append(f"year {self.year_min or ''}-{self.year_max or ''}")
        if self.description:
            parts.append(f'about "{self.description[:60]}"')
        if not parts and self.free_text:
            parts.append(f'text="{self.free_text[:60]}"')
        return " ".join(parts) or "(empty)"


class Preferences(_Frozen):
    """Accumulated across turns. liked/disliked: attribute kind -> canonical catalogue values; liked_items:
    films the user pointed at (references); descriptions: what they said about the content (latest last)."""

    liked: dict[str, list[str]] = Field(default_factory=dict)
    disliked: dict[str, list[str]] = Field(default_factory=dict)
    liked_items: list[int] = Field(default_factory=list)
    disliked_items: list[int] = Field(default_factory=list)
    year_min: int | None = None
    year_max: int | None = None
    descriptions: list[str] = Field(default_factory=list)
    wishes: list[str] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.liked or self.disliked or self.liked_items or self.disliked_items or self.wishes
                    or self.descriptions or self.year_min is not None or self.year_max is not None)


class Recommendation(_Frozen):
    item: int
    title: str
    year: int | None = None
    genres: list[str] = Field(default_factory=list)
    score: float
    why: str


class ItemInfo(BaseModel):
    """One catalogue item's facts as the tools report them (search hits, item details); `similarity` is the
    search score when it came from a search."""

    item: int
    title: str
    year: int | None = None
    genres: list[str] = Field(default_factory=list)
    directors: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    writers: list[str] = Field(default_factory=list)
    rated: str = ""
    plot: str = ""
    similarity: float | None = None


class AppliedConstraints(_Frozen):
    """How the accumulated preferences acted on the last ranking (recorded so the effect is auditable).

    mode: 'filter' (items violating a constraint are removed) or 'boost' (calibrated additive bonus /
    penalty on the SRS logits). `relaxed` lists constraints dropped because they left fewer than k items.
    """

    mode: Literal["filter", "boost", "off"] = "filter"
    required: dict[str, list[str]] = Field(default_factory=dict)
    excluded: dict[str, list[str]] = Field(default_factory=dict)
    relaxed: list[str] = Field(default_factory=list)
    candidates: int = 0


class SessionState(_Frozen):
    user_id: str
    history: list[int]
    masked: list[MaskedItem] = Field(default_factory=list)
    pseudo: list[PseudoItem] = Field(default_factory=list)
    preferences: Preferences = Field(default_factory=Preferences)
    shown: list[int] = Field(default_factory=list)
    rejected: list[int] = Field(default_factory=list)
    turn: int = 0
    last_recommendations: list[Recommendation] = Field(default_factory=list)
    # feedback received by apply_feedback and not yet turned into pseudo items
    pending_feedback: Feedback | None = None
    constraints: AppliedConstraints = Field(default_factory=AppliedConstraints)
    # the liked values and year bounds of the user's current request (tools/turn.latest_request): they rank
    # first; every other accumulated liked value only nudges. None until a turn makes a request.
    request: Preferences | None = None

    # -- derived views ------------------------------------------------------------------------------------
    def masked_positions(self) -> set[int]:
        return {m.position for m in self.masked}

    def model_sequence(self) -> tuple[np.ndarray, np.ndarray]:
        """(sequence, masked flags) for the SRS: history + pseudo items; masked history positions flagged.

        recmodel treats a flagged position exactly as a deleted one."""
        seq = np.asarray(list(self.history) + [p.item for p in self.pseudo], dtype=np.int64)
        flags = np.zeros(len(seq), dtype=bool)
        for m in self.masked:
            flags[m.position] = True
        return seq, flags

    def visible_history(self) -> list[int]:
        """History items the SRS still sees (masked ones left out)."""
        hidden = self.masked_positions()
        return [it for p, it in enumerate(self.history) if p not in hidden]

    def seen_items(self) -> set[int]:
        """Consumed or explicitly dismissed items: excluded from recommendations and pseudo candidates.
        Pseudo items are NOT in here (they are not consumption)."""
        return set(self.history) | set(self.shown) | set(self.rejected)

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str | bytes) -> SessionState:
        return cls.model_validate_json(text)
