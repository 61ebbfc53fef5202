"""Choose how much each signal counts once the user gives open feedback -- on VALIDATION users only.

The simulated users of protocol 1 talk to CESRec on the validation split (target = each user's
second-to-last item, history = everything before it; the test item is never seen). After every feedback
turn whose session holds open evidence (films named, descriptions), we record the z-scored signals of
`cesrec.tools.turn.turn_scores` for every catalogue item -- SRS on the history, SRS on the rewritten sequence,
collaborative neighbours of the named films, their semantic neighbours, the description's -- and the
constraint tier, and fit one weight vector per evidence context by maximum likelihood of the held-out item
under a softmax over the admissible items (a convex problem; the tier gets its own weight so the signal
weights are learned given the constraints). The fitted weights are then checked end to end: protocol 1
on the same validation users with the default and the fitted weights.

    python -m cesrec.evals.tuning.fusion --out evals/results/tune_fusion_valid.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.cesrec_systems import CESRecSystem
from cesrec.evals.protocol.pipeline import build_context, make_verbalizer, run_pipeline_system
from cesrec.evals.simulator import budget_named

SIGNALS = ("history", "rewrite", "knn", "text", "description")


class CaptureSystem(CESRecSystem):
    """CESRec that also records, after each re-ranking, the signals and the constraint tier of every item."""

    def __init__(self, ctx: Any, name: str = "cesrec") -> None:
        super().__init__(ctx, name)
        self.records: list[tuple[str, np.ndarray, np.ndarray, np.ndarray, int]] = []

    def evidence(self, st: Any) -> dict[str, np.ndarray]:
        """The evidence signals recorded beside the history (here: the knn decay of the fit that wrote the
        product's weights; evals.tuning.baseline_fusion records them as turn_scores sees them)."""
        return self.view.evidence(st.preferences, self.cfg.knn_decay)

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        from cesrec.tools.ranking import constrained_scores, constraint_tiers, zscore
        from cesrec.tools.turn import evidence_context

        out = super().scores(rows)
        eng = self.view
        for r in rows:
            st = self.states[r]
            ctx = evidence_context(st.preferences)
            if ctx is None or st.turn < 1:
                continue
            hist = eng.srs_scores(st.model_copy(update={"pseudo": []}))
            sig = {"history": hist, "rewrite": eng.srs_scores(st) if st.pseudo else hist, **self.evidence(st)}
            F = np.zeros((len(SIGNALS), eng.num_items + 1), dtype=np.float32)
            for j, name in enumerate(SIGNALS):
                if name in sig:
                    z = zscore(sig[name])
                    z[~np.isfinite(z)] = 0.0
                    F[j] = z
            excluded = st.seen_items() | set(st.preferences.liked_items)
            ok, _ = constrained_scores(np.zeros(eng.num_items + 1), st.preferences, eng, "filter", excluded)
            tiers, _ = constraint_tiers(eng, st.preferences)
            target = int(self.ctx.profiles[r].target)
            self.records.append((ctx, F, np.isfinite(ok), tiers.astype(np.float32), target))
        return out


def fit_weights(records: list, context: str, l2: float = 1e-3) -> dict[str, float] | None:
    rows = [(F, ok, t, y) for c, F, ok, t, y in records if c == context and ok[y]]
    if len(rows) < 20:
        return None
    used = [j for j in range(len(SIGNALS)) if any(np.any(F[j] != 0) for F, _, _, _ in rows)]
    X = torch.from_numpy(np.stack([F[used] for F, _, _, _ in rows]))  # (n, s, N+1)
    T = torch.from_numpy(np.stack([t for _, _, t, _ in rows]))
    M = torch.from_numpy(np.stack([ok for _, ok, _, _ in rows]))
    y = torch.tensor([yy for _, _, _, yy in rows])
    w = torch.zeros(len(used) + 1, dtype=torch.float32, requires_grad=True)
    opt = torch.optim.LBFGS([w], max_iter=200, line_search_fn="strong_wolfe")

    def loss_fn() -> torch.Tensor:
        opt.zero_grad()
        logits = torch.einsum("nsi,s->ni", X, w[:-1]) + w[-1] * T
        logits = logits.masked_fill(~M, float("-inf"))
        loss = -torch.log_softmax(logits, dim=1)[torch.arange(len(y)), y].mean() + l2 * (w ** 2).sum()
        loss.backward()
        return loss

    opt.step(loss_fn)
    ws = w.detach().numpy()
    scale = max(float(np.abs(ws[:-1]).max()), 1e-9)  # the ranking only needs relative weights
    return {SIGNALS[j]: round(float(ws[i]) / scale, 3) for i, j in enumerate(used)}


def fit_mixture(records: list, context: str, weights: dict[str, float], l2: float = 1e-3,
                ) -> dict[str, list[float]] | None:
    """Shares and sharpness of a mixture of experts (the weighted sum and each signal alone, see
    tools.turn.mixture_scores), by maximum likelihood of the held-out item among the admissible ones."""
    rows = [(F, ok, t, y) for c, F, ok, t, y in records if c == context and ok[y]]
    if len(rows) < 20 or not weights:
        return None
    used = [j for j in range(len(SIGNALS)) if any(np.any(F[j] != 0) for F, _, _, _ in rows)]
    X = torch.from_numpy(np.stack([F[used] for F, _, _, _ in rows]))  # (n, s, N+1)
    w = torch.tensor([weights.get(SIGNALS[j], 0.0) for j in used], dtype=torch.float32)
    experts = torch.cat([torch.einsum("nsi,s->ni", X, w)[:, None], X], dim=1)  # (n, 1+s, N+1)
    del X
    T = torch.from_numpy(np.stack([t for _, _, t, _ in rows]))
    M = torch.from_numpy(np.stack([ok for _, ok, _, _ in rows]))
    M[:, 0] = False
    y = torch.tensor([yy for _, _, _, yy in rows])
    names = ["fused"] + [SIGNALS[j] for j in used]
    a = torch.zeros(len(names), requires_grad=True)
    b = torch.zeros(len(names), requires_grad=True)
    tau = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam([a, b, tau], lr=0.05)
    pad = torch.zeros_like(experts[:1, :1])
    pad[..., 0] = -1e4  # the padding item: finite, so no NaN gradients through all -inf columns
    rows_idx = torch.arange(len(y))

    def sharpness() -> torch.Tensor:  # bounded in [e^-3, e^3]: a runaway expert cannot blow up the fit
        return torch.exp(3.0 * torch.tanh(b / 3.0))

    for _ in range(200):
        opt.zero_grad()
        logp = torch.log_softmax(sharpness()[None, :, None] * experts + pad, dim=2)
        logm = torch.logsumexp(torch.log_softmax(a, 0)[None, :, None] + logp, dim=1) + tau * T
        logm = logm.masked_fill(~M, -1e4)
        loss = -torch.log_softmax(logm, dim=1)[rows_idx, y].mean() + l2 * (a ** 2).sum()
        loss.backward()
        opt.step()
    share = torch.softmax(a, 0).detach().numpy()
    sharp = sharpness().detach().numpy()
    return {n: [round(float(share[i]), 4), round(float(sharp[i]), 4)] for i, n in enumerate(names)
            if share[i] >= 1e-3}


def run(backbones: Sequence[str], budgets: Sequence[str], seeds: Sequence[int], users: int | None,
        out: str | None, progress: bool = True) -> dict:
    from cesrec.evals.machine import machine_line
    from cesrec.evals.protocol.open_config import engine_for
    from cesrec.evals.provenance import provenance
    from threadpoolctl import threadpool_limits

    t0 = time.perf_counter()
    records: list = []
    engines = {}
    with threadpool_limits(1, "blas"):
        for bb in backbones:
            eng = engines[bb] = engine_for(bb, 42, progress=progress)
            n = eng.dataset.num_users if users is None else min(users, eng.dataset.num_users)
            ctx = build_context(eng.dataset, eng.model, bb, range(n), "valid", engine=eng)
            for budget in budgets:
                for seed in seeds:
                    system = CaptureSystem(ctx)
                    _run_with(ctx, system, seed, budget_named(budget))
                    records += system.records
        fitted = {c: fit_weights(records, c) for c in ("refs", "desc", "refs+desc")}
        fusion = {c: w for c, w in fitted.items() if w}
        mixed = {c: fit_mixture(records, c, fusion.get(c, {})) for c in fusion}
        mixture = {c: m for c, m in mixed.items() if m}
        counts = {c: sum(1 for r in records if r[0] == c) for c in ("refs", "desc", "refs+desc")}
        del records
        check: dict[str, Any] = {}
        variants = {"default": (None, None), "fitted": (fusion, {}), "fitted+mixture": (fusion, mixture)}
        for bb, eng in engines.items():
            n = eng.dataset.num_users if users is None else min(users, eng.dataset.num_users)
            ctx = build_context(eng.dataset, eng.model, bb, range(n), "valid", engine=eng)
            for budget in budgets:
                for label, (fus, mix) in variants.items():
                    vals = []
                    for seed in seeds:
                        system = CESRecSystem(ctx, "cesrec")
                        if fus is not None:
                            system.cfg = dataclasses.replace(system.cfg, fusion={**system.cfg.fusion, **fus},
                                                             mixture=dict(mix))
                        o = _run_with(ctx, system, seed, budget_named(budget))
                        vals.append(float((o.ranks[-1] < 10).mean()))
                    check.setdefault(bb, {}).setdefault(budget, {})[label] = round(float(np.mean(vals)), 4)
    res = {"machine": machine_line(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           **provenance("python -m cesrec.evals.tuning.fusion " + " ".join(_argv())),
           "stage": "valid", "backbones": list(backbones), "budgets": list(budgets), "seeds": list(seeds),
           "records": counts,
           "fusion": fusion, "mixture": mixture, "valid_hr_at_10_last_turn": check, "seconds": round(time.perf_counter() - t0, 1)}
    if out:
        with open(out, "w") as fh:
            json.dump(res, fh, indent=2)
    return res


def _argv() -> list[str]:
    import sys

    return sys.argv[1:]


def _run_with(ctx: Any, system: Any, seed: int, budget: Any) -> Any:
    return run_pipeline_system(ctx, "cesrec", seed, "structured", 3, budget, make_verbalizer("template", seed),
                               system=system)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backbones", default="sasrec,gru4rec")
    ap.add_argument("--budgets", default="open,mixed")
    ap.add_argument("--seeds", default="100,101")
    ap.add_argument("--users", type=int, default=None)
    ap.add_argument("--out", default="evals/results/tune_fusion_valid.json")
    a = ap.parse_args()
    res = run(a.backbones.split(","), a.budgets.split(","), [int(s) for s in a.seeds.split(",")], a.users, a.out)
    print(json.dumps({k: res[k] for k in ("records", "fusion", "mixture", "valid_hr_at_10_last_turn", "seconds")},
                     indent=2))


if __name__ == "__main__":
    main()
