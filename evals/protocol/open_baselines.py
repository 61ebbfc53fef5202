"""Baselines for open feedback (references, descriptions) that a sceptical reviewer would ask for.

All three keep the user's accumulated preferences exactly as the product does (`cesrec.tools.turn.
apply_feedback` on a session state that is never rewritten) and rank through the same constraint function
(`cesrec.tools.ranking.constrained_scores`, mode 'filter'), so they differ from CESRec only in the score they rank:
- `semantic_retrieval`: embedding similarity to the referenced films and to the description -- what a
  retrieval-only / LLM-only recommender does;
- `item_knn`: EASE item-item scores from the referenced films ("more like these");
- `score_fusion`: z(SRS on the history) + z(semantic relevance): the obvious fusion that the sequence rewrite
  must beat to earn its place.
- `tuned_fusion` (issue 22): every evidence signal cesrec uses -- the SRS on the history, the EASE neighbours
  of the named films, their text neighbours, the description (encoder + BM25, as cesrec hears it) -- and the same
  constraints, weighted per evidence context by weights fitted on VALIDATION users with the very procedure that
  fits cesrec's (`evals/tuning/fusion.py` fit_weights; `python -m cesrec.evals.tuning.baseline_fusion`); what it
  lacks is only the rewritten sequence and the masking;
- `bm25` (issue 22): BM25 over the item texts (tools/lexical.py) for the descriptions and the named films' texts.
Until the user gives open feedback, each ranks by the SRS on the history (the turn-0 list is shared).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.types import EvalContext, ProtocolError, StructuredFeedback, System

OPEN_BASELINES = ("semantic_retrieval", "item_knn", "score_fusion", "tuned_fusion", "bm25")
# where tuned_fusion's weights come from (fitted on validation users; never the test split)
TUNED_FUSION_FILE = "tune_fusion_issue22_valid.json"


def tuned_fusion_weights(path: str | None = None) -> dict[str, dict[str, float]]:
    """The validation-fitted weights of `tuned_fusion`, per evidence context ('refs', 'desc', 'refs+desc')."""
    import json
    from pathlib import Path

    f = Path(path) if path else Path(__file__).resolve().parents[1] / "results" / TUNED_FUSION_FILE
    if not f.is_file():
        raise ProtocolError(f"tuned_fusion needs weights fitted on validation users: run "
                            f"`python -m cesrec.evals.tuning.baseline_fusion` (writes {f})")
    w = json.loads(f.read_text()).get("baseline_fusion") or {}
    if not w:
        raise ProtocolError(f"{f} holds no baseline_fusion weights")
    return w


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
        self.weights = tuned_fusion_weights() if name == "tuned_fusion" else None
        cfg = ctx.engine.config
        self._evidence_kw = (cfg.knn_decay, cfg.description_decay, cfg.lexical_weight)

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
        if self.name == "bm25":
            return self._bm25(prefs, base)
        if self.name == "tuned_fusion":
            return self._tuned(prefs, base)
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

    def _tuned(self, prefs: Any, base: np.ndarray) -> np.ndarray:
        """sum_s w_s z(signal_s) with the validation-fitted weights of the session's evidence context -- the
        signals cesrec's turn_scores fuses, without the rewritten sequence."""
        from cesrec.tools.ranking import zscore
        from cesrec.tools.turn import evidence_context

        c = evidence_context(prefs)
        weights = (self.weights or {}).get(c or "", {})
        if not weights:
            return base
        sig = {"history": base, **self.ctx.engine.evidence(prefs, *self._evidence_kw)}
        total = np.zeros(len(base), dtype=np.float64)
        for name, w in weights.items():
            if w and name in sig:
                z = zscore(np.asarray(sig[name], dtype=np.float64))
                total += w * np.where(np.isfinite(z), z, 0.0)
        total[0] = -np.inf
        return total

    def _bm25(self, prefs: Any, base: np.ndarray) -> np.ndarray:
        """BM25 of the descriptions and of the named films' item texts (z-scored, summed); the SRS until then."""
        from cesrec.tools.ranking import zscore

        eng = self.ctx.engine
        queries = [d for d in prefs.descriptions if d and d.strip()]
        queries += [eng.catalog.text(int(i)) for i in prefs.liked_items]
        if not queries:
            return base
        total = np.zeros(len(base), dtype=np.float64)
        for q in queries:
            s = eng.lexical.scores(q)
            if np.isfinite(s[1:]).all() and float(np.std(s[1:])) > 0:
                total += np.where(np.isfinite(z := zscore(s)), z, 0.0)
        total[0] = -np.inf
        for i in prefs.liked_items:  # a named film is never its own answer
            total[int(i)] = -np.inf
        return total

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
