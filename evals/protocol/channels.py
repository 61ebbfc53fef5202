"""How the simulated user's reaction reaches a system in protocol 1: the structured channel hands over
the decision itself; the text channel sends the utterance through the rule parser
(tools.feedback.parse_feedback_rules, no LLM). Both produce a StructuredFeedback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cesrec.evals.protocol.types import EvalContext, ProtocolError, StructuredFeedback, System
from cesrec.recmodel.data import Catalog


def feedback_from_decision(decision, utterance: str, catalog: Catalog | None = None) -> StructuredFeedback:
    """The structured channel: what the simulated user decided, in the systems' terms. A critique of a
    shown film is that film as a reference plus the change ('newer' -> released after it, 'not_genre' ->
    that genre disliked, 'more_genre' -> liked)."""
    fb = StructuredFeedback({k: list(v) for k, v in decision.liked.items()},
                            {k: list(v) for k, v in decision.disliked.items()}, free_text=utterance)
    fb.liked_items = [int(i) for i in getattr(decision, "liked_items", []) or []]
    fb.description = getattr(decision, "description", "") or ""
    crit = getattr(decision, "critique", None)
    if crit is not None:
        if crit.item not in fb.liked_items:
            fb.liked_items.append(int(crit.item))
        year = catalog.years[crit.item] if catalog is not None else None
        if crit.change == "newer" and year:
            fb.year_min = int(year) + 1
        elif crit.change == "older" and year:
            fb.year_max = int(year) - 1
        elif crit.change == "not_genre" and crit.value:
            fb.disliked.setdefault("genre", []).append(crit.value)
        elif crit.change == "more_genre" and crit.value and crit.value not in fb.liked.get("genre", []):
            fb.liked.setdefault("genre", []).append(crit.value)
    return fb


def feedback_from_parsed(fb: Any, utterance: str) -> StructuredFeedback:
    """cesrec.tools.feedback.Feedback (or a dict of it) -> StructuredFeedback."""
    d = fb.model_dump() if hasattr(fb, "model_dump") else dict(fb)
    return StructuredFeedback(
        {k: list(v) for k, v in (d.get("liked_attributes") or {}).items() if v},
        {k: list(v) for k, v in (d.get("disliked_attributes") or {}).items() if v},
        [int(i) for i in d.get("liked_items") or []],
        [int(i) for i in d.get("disliked_items") or []],
        utterance,
        year_min=d.get("year_min"),
        year_max=d.get("year_max"),
        description=d.get("description") or "",
    )


class TextChannel:
    """Utterance -> tools.feedback.parse_feedback_rules (no LLM) -> StructuredFeedback."""

    def __init__(self, ctx: EvalContext) -> None:
        try:
            from cesrec.tools.feedback import parse_feedback_rules
            from cesrec.tools.state import SessionState
        except ImportError as e:  # tools/ not built yet
            raise ProtocolError(f"the text channel needs tools.feedback.parse_feedback_rules ({e})") from None
        self._parse = parse_feedback_rules
        self._state_cls = SessionState
        self.ctx = ctx

    def parse(self, row: int, utterance: str, system: System, shown: Sequence[int] = ()) -> StructuredFeedback:
        from cesrec.tools.state import Recommendation

        state = system.state_for_parser(row)
        if state is None:
            state = self._state_cls(user_id=self.ctx.dataset.user_ids[self.ctx.users[row]],
                                    history=[int(i) for i in self.ctx.histories[row]])
        if shown:  # the list the user is looking at: "like number 3, but newer" points into it
            cat = self.ctx.catalog
            recs = [Recommendation(item=int(i), title=cat.titles[i], year=cat.years[i], genres=list(cat.genres[i]),
                                   score=0.0, why="") for i in shown]
            state = state.model_copy(update={"last_recommendations": recs})
        return feedback_from_parsed(self._parse(utterance, self.ctx.catalog, state), utterance)

