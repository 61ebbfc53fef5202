"""Baselines for open feedback (references, descriptions) that a sceptical reviewer would ask for.

All three keep the user's accumulated preferences exactly as the product does (`cesrec.tools.turn.
apply_feedback` on a session state that is never rewritten) and rank through the same constraint function
(`cesrec.tools.ranking.constrained_scores`, mode 'filter'), so they differ from CESRec only in the score they rank:
- `semantic_retrieval`: embedding similarity to the referenced films and to the description -- what a
  retrieval-only / LLM-only recommender does;
- `item_knn`: EASE item-item scores from the referenced films ("more like these");
- `score_fusion`: z(SRS on the history) + z(semantic relevance): the obvious fusion that the sequence rewrite
  must beat to earn its place.
Until the user gives open feedback, each ranks by the SRS on the history (the turn-0 list is shared).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.types import EvalContext, ProtocolError, StructuredFeedback, System

OPEN_BASELINES = ("semantic_retrieval", "item_knn", "score_fusion")


class EvidenceBaseline(System):
    def __init__(self, ctx: EvalContext, name: str) -> None:
        super().__init__(ctx)
        if name not in OPEN_BASELINES:
            raise ProtocolError(f"unknown open baseline {name!r}; known: {', '.join(OPEN_BASELINES)}")
        if ctx.engine is None:
            raise ProtocolError(f"{name} needs a CESRecEngine (its semantic index and item neighbours)")
        from cesrec.tools.feedback import FeedbackError
        from cesrec.tools.turn import apply_feedback

        self._apply, self._fb_error = apply_feedback, FeedbackError
        self.name = name
        self.states: dict[int, Any] = {}
        self.errors = 0

    def start(self, rows: Sequence[int]) -> None:
        for r in rows:
            uid = self.ctx.dataset.user_ids[self.ctx.users[r]]
            self.states[r] = self.ctx.engine.new_session(uid, history=[int(i) for i in self.ctx.histories[r]])

    def state_for_parser(self, row: int) -> Any:
        return self.states[row]

    def update(self, row: int, fb: StructuredFeedback, shown: Sequence[int], turn: int) -> dict:
        st = self.states[row]
        st = st.model_copy(update={"shown": list(st.shown) + [int(i) for i in shown if int(i) not in st.shown]})
        change: dict[str, Any] = {}
        try:
            st = self._apply(self.ctx.engine, st, fb.to_feedback())
        except self._fb_error as e:
            self.errors += 1
            change["feedback_error"] = str(e)
        self.states[row] = st.model_copy(update={"pending_feedback": None})
        change["preferences"] = self.states[row].preferences.model_dump(exclude_defaults=True)
        return change

    def relevance(self, row: int, base: np.ndarray) -> np.ndarray:
        from cesrec.tools.ranking import zscore

        prefs = self.states[row].preferences
        ev = self.ctx.engine.evidence(prefs)
        if self.name == "item_knn":
            return ev["knn"] if "knn" in ev else base
        sem = [zscore(ev[k]) for k in ("text", "description") if k in ev]
        if not sem:
            return base
        rel = np.mean(sem, axis=0)
        if self.name == "semantic_retrieval":
            return rel
        return zscore(base) + rel  # score_fusion

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        from cesrec.tools.ranking import constrained_scores

        rows = list(rows)
        base = self.ctx.base_scores[rows].double().numpy()
        out = np.empty_like(base)
        for j, r in enumerate(rows):
            st = self.states[r]
            raw = self.relevance(r, base[j])
            excluded = set(st.preferences.liked_items)
            out[j], _ = constrained_scores(raw, st.preferences, self.ctx.engine, "filter", excluded)
        return torch.from_numpy(out.astype(np.float32))
