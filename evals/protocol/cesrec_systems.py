"""CESRec and its ablations as protocol-1 systems, batched across users.

Each turn runs exactly the tools/ operations of `cesrec.tools.turn.recommend_with_feedback` --
`apply_feedback` -> `mask_disliked` + `mask_outliers` -> `construct_pseudo_interactions` -> ranking with the
accumulated constraints -- but the two SRS forward passes of a turn (the construction's re-scoring on the
masked sequence, and the final scores on the masked + pseudo sequence) are done for all users in one
batched `score()` call each: the tools functions get a shallow copy of the engine whose model answers
from that batch. The final ranking is `cesrec.tools.ranking.constrained_scores` -- the function `rank_items` uses --
as one score vector per user (needed for full-ranking metrics); tests check the top-k equals `rank_items`.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.types import EvalContext, ProtocolError, StructuredFeedback, System

# system name -> (TurnConfig overrides, mask history items with a disliked attribute? None = as the config says)
SYSTEM_CONFIGS: dict[str, tuple[dict[str, Any], bool | None]] = {
    "cesrec": ({}, None),  # the engine's defaults: constraints + pseudo items + evidence + outlier masking
    "cesrec_no_mask": ({"mask_method": None}, False),
    # the outlier masking ON (robust, the product's default until the masking was switched off by default): the
    # open evaluation's masking ablation now that `cesrec` itself masks nothing (cesrec_no_mask == cesrec)
    "cesrec_mask": ({"mask_method": "robust"}, None),
    # the masking of earlier defaults: outliers and every history item with a disliked value
    "cesrec_mask_disliked": ({"mask_disliked_history": True}, None),
    # no rewritten sequence: neither retrieved pseudo items nor the referenced films enter the sequence
    "cesrec_no_pseudo": ({"pseudo_m": 0, "append_references": False}, None),
    # the rewritten sequence, but no collaborative/semantic evidence in the final ranking
    "cesrec_no_evidence": ({"use_evidence": False}, None),
    "cesrec_k_lowest": ({"mask_method": "k_lowest"}, None),
    "cesrec_robust": ({"mask_method": "robust"}, None),
    # the paper as published: k-lowest masking, the SRS ranks from the rewritten sequence alone, no
    # constraint on the ranking
    "paper_recipe": ({"mask_method": "k_lowest", "mask_k": 1, "pseudo_weight": 1.0, "constraint_mode": "off",
                      "use_evidence": False}, False),
    # diagnostic: constraints + the rewritten sequence alone (pseudo_weight 1, the first tools/ default)
    "cesrec_pseudo_w1": ({"pseudo_weight": 1.0}, None),
    # issue 22: cesrec with its fusion weights re-fitted on the new simulator's validation users (the same fit as
    # tuned_fusion's, evals/results/tune_fusion_issue22_valid.json "fusion"); the product defaults stay in tools/
    "cesrec_refit": ({}, None),
}


def refit_overrides() -> dict[str, Any]:
    """TurnConfig overrides of `cesrec_refit`: the validation-fitted fusion weights, no mixture."""
    import json
    from pathlib import Path

    from cesrec.evals.protocol.open_baselines import TUNED_FUSION_FILE

    f = Path(__file__).resolve().parents[1] / "results" / TUNED_FUSION_FILE
    if not f.is_file():
        raise ProtocolError(f"cesrec_refit needs {f}: run `python -m cesrec.evals.tuning.baseline_fusion`")
    fusion = json.loads(f.read_text()).get("fusion") or {}
    return {"fusion": {k: dict(v) for k, v in fusion.items()}, "mixture": {}}


def config_overrides(name: str) -> dict[str, Any]:
    overrides = dict(SYSTEM_CONFIGS[name][0])
    if name == "cesrec_refit":
        overrides.update(refit_overrides())
    return overrides


class _BatchScores:
    """Stands in for the SRS inside tools/: single-sequence `score()` calls are answered from a batch
    computed beforehand (`prime`); anything not primed falls through to the real model."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.cache: dict[tuple[bytes, bytes], torch.Tensor] = {}
        self.misses = 0

    @staticmethod
    def _key(seq: np.ndarray, flags: np.ndarray | None) -> tuple[bytes, bytes]:
        s = np.asarray(seq, dtype=np.int64)
        f = np.zeros(len(s), dtype=bool) if flags is None else np.asarray(flags, dtype=bool)
        return s.tobytes(), f.tobytes()

    def prime(self, seqs: Sequence[np.ndarray], flags: Sequence[np.ndarray], batch_size: int = 1024) -> torch.Tensor:
        self.cache.clear()
        if not seqs:
            return torch.empty(0)
        with torch.no_grad():
            out = torch.cat([self.model.score(list(seqs[a:a + batch_size]), list(flags[a:a + batch_size]))
                             for a in range(0, len(seqs), batch_size)])
        for s, f, row in zip(seqs, flags, out, strict=True):
            self.cache[self._key(s, f)] = row
        return out

    def score(self, sequences, masks=None) -> torch.Tensor:
        if len(sequences) == 1:
            hit = self.cache.get(self._key(sequences[0], None if masks is None else masks[0]))
            if hit is not None:
                return hit[None, :]
        self.misses += 1
        return self.model.score(sequences, masks)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)


def effective_scores(engine: Any, state: Any, raw: np.ndarray, cfg: Any) -> np.ndarray:
    """One score per item whose descending order is `cesrec.tools.turn.rank_items`' order (the same
    `cesrec.tools.ranking.constrained_scores` call, with the same exclusions)."""
    from cesrec.tools.ranking import constrained_scores

    excluded = state.seen_items() | set(state.preferences.liked_items)
    out, _ = constrained_scores(raw, state.preferences, engine, cfg.constraint_mode, excluded, cfg.boost_gamma)
    return out


class CESRecSystem(System):
    """CESRec (or an ablation) driven through the tools/ turn operations."""

    def __init__(self, ctx: EvalContext, name: str) -> None:
        super().__init__(ctx)
        if name not in SYSTEM_CONFIGS:
            raise ProtocolError(f"unknown CESRec system {name!r}; known: {', '.join(SYSTEM_CONFIGS)}")
        if ctx.engine is None:
            raise ProtocolError(f"{name} needs a CESRecEngine (EvalContext.engine); build it with "
                                "cesrec.tools.engine.CESRecEngine.build(...)")
        from cesrec.tools.construct import construct_pseudo_interactions
        from cesrec.tools.feedback import FeedbackError
        from cesrec.tools.masking import mask_disliked, mask_outliers
        from cesrec.tools.turn import apply_feedback, turn_scores

        self._apply, self._fb_error = apply_feedback, FeedbackError
        self._turn_scores = turn_scores
        self._mask_disliked, self._mask_outliers = mask_disliked, mask_outliers
        self._construct = construct_pseudo_interactions
        self.name = name
        _, flag = SYSTEM_CONFIGS[name]
        overrides = config_overrides(name)
        if "fusion" in overrides:
            overrides["fusion"] = {**ctx.engine.config.fusion, **overrides["fusion"]}
        self.cfg = dataclasses.replace(ctx.engine.config, **overrides)
        self.mask_disliked = self.cfg.mask_disliked_history if flag is None else flag
        self.batch = _BatchScores(ctx.engine.model)
        self.view = copy.copy(ctx.engine)  # shares every array; only the model is swapped
        self.view.model = self.batch
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
        feedback = fb.to_feedback()
        change: dict[str, Any] = {}
        try:
            st = self._apply(self.view, st, feedback)
        except self._fb_error as e:  # the rule parser or a noisy answer named something invalid
            self.errors += 1
            change["feedback_error"] = str(e)
        self.states[row] = st
        change["preferences"] = st.preferences.model_dump(exclude_defaults=True)
        return change

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        rows = list(rows)
        states = [self.states[r] for r in rows]
        cfg = self.cfg
        # 1. masking (numpy, per user) -- as tools.turn.prepare_sequence does from turn 1 on
        for j, st in enumerate(states):
            if st.turn >= 1:
                if self.mask_disliked:
                    st = self._mask_disliked(self.view, st)
                if cfg.mask_method:
                    st = self._mask_outliers(self.view, st, method=cfg.mask_method, k=cfg.mask_k,
                                             similarity=cfg.similarity, max_fraction=cfg.max_mask_fraction,
                                             window=self.view.window)
                states[j] = st
        # 2. pseudo construction: its SRS re-scoring comes from one batched pass
        todo = [j for j, st in enumerate(states) if st.pending_feedback is not None]
        if todo:
            if cfg.pseudo_m > 0 or cfg.append_references:
                seqs = [states[j].model_sequence() for j in todo]
                self.batch.prime([s for s, _ in seqs], [f for _, f in seqs])
            for j in todo:
                states[j] = self._construct(self.view, states[j], m=cfg.pseudo_m, candidates=cfg.pseudo_candidates,
                                            beta=cfg.pseudo_beta, retrieval=cfg.retrieval,
                                            append_references=cfg.append_references)
        # 3. final SRS scores: the rewritten sequences and (for the pseudo_weight blend) the pseudo-free
        # ones in one batched pass; tools.turn.turn_scores then combines them exactly as a live turn does
        seqs = [st.model_sequence() for st in states]
        extra = [st.model_copy(update={"pseudo": []}).model_sequence() for st in states if st.pseudo]
        self.batch.prime([s for s, _ in seqs] + [s for s, _ in extra], [f for _, f in seqs] + [f for _, f in extra])
        raw = np.stack([self._turn_scores(self.view, st, cfg) for st in states])
        out = np.stack([effective_scores(self.view, st, raw[j], cfg) for j, st in enumerate(states)])
        for r, st in zip(rows, states, strict=True):
            self.states[r] = st
        return torch.from_numpy(out.astype(np.float32))

    def describe_state(self, row: int) -> dict:
        st = self.states[row]
        return {"masked": [m.model_dump() for m in st.masked], "pseudo": [p.model_dump() for p in st.pseudo],
                "constraints": st.preferences.model_dump(exclude_defaults=True)}
