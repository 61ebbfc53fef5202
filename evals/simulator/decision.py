"""One simulated reaction in structured form (the 'structured channel') and what a person remembers within
a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


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
    description_item: int | None = None  # a hand-written description: the film it describes (a profile item)
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
            d["description_source"] = "hand_written" if self.description_item is not None else "plot_cut"
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
    # films never to name (the wanted items while the person still talks about something else)
    avoid: list[int] = field(default_factory=list)
