"""Fit the fusion weights on the issue-22 simulator's VALIDATION users, for cesrec and for the fair baseline.

The simulated users (clues from outside the systems, evals/simulator/outside.py) talk to CESRec on the validation
split (target = each user's second-to-last item; the test item is never seen). After every feedback turn holding
open evidence we record the z-scored signals of `cesrec.tools.turn.turn_scores` -- SRS on the history, SRS on the
rewritten sequence, EASE neighbours of the named films, their text neighbours, the description (encoder + BM25 with
the engine's lexical weight, as cesrec hears it) -- and the constraint tier, and fit one weight vector per evidence
context with `evals/tuning/fusion.py`'s fit_weights (maximum likelihood of the held-out item among the admissible
ones). Two fits from the same records:

- `fusion`: all five signals -- cesrec's weights re-fitted on the new simulator (system `cesrec_refit`);
- `baseline_fusion`: the same without the rewritten sequence -- `tuned_fusion`'s weights, so the baseline gets every
  signal cesrec uses and a fit by the same procedure.

    python -m cesrec.evals.tuning.baseline_fusion      # -> evals/results/tune_fusion_issue22_valid.json

`--check-seed S` then runs protocol 1 on the same validation users with simulator seed S (not a fitting seed) for
cesrec (product weights), cesrec with the re-fitted weights and tuned_fusion, and records their HR@10.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.cesrec_systems import CESRecSystem
from cesrec.evals.protocol.pipeline import build_context, make_verbalizer, run_pipeline_system
from cesrec.evals.simulator import budget_named
from cesrec.evals.tuning.fusion import SIGNALS, CaptureSystem, fit_weights

OUT = Path(__file__).resolve().parents[1] / "results" / "tune_fusion_issue22_valid.json"
CONTEXTS = ("refs", "desc", "refs+desc")


class Capture(CaptureSystem):
    """cesrec that records, after each re-ranking with open evidence, every signal z-scored as turn_scores sees it
    (the engine's knn decay, description decay and lexical weight), the admissible items and the constraint tier."""

    def evidence(self, st: Any) -> dict[str, np.ndarray]:
        cfg = self.cfg
        return self.view.evidence(st.preferences, cfg.knn_decay, cfg.description_decay, cfg.lexical_weight)


def _run(ctx: Any, system: Any, seed: int, budget: str) -> Any:
    return run_pipeline_system(ctx, "cesrec", seed, "structured", 3, budget_named(budget),
                               make_verbalizer("template", seed), system=system)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.tuning.baseline_fusion", description=__doc__.split("\n\n")[0])
    ap.add_argument("--backbones", default="sasrec")
    ap.add_argument("--budgets", default="open,mixed")
    ap.add_argument("--seeds", default="100")
    ap.add_argument("--users", type=int, default=None)
    ap.add_argument("--check-seed", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    from cesrec.evals.machine import machine_line
    from cesrec.evals.protocol.open_baselines import EvidenceBaseline
    from cesrec.evals.protocol.open_config import engine_for
    from cesrec.evals.provenance import provenance
    from threadpoolctl import threadpool_limits

    cmd = "python -m cesrec.evals.tuning.baseline_fusion " + " ".join(sys.argv[1:] if argv is None else argv)
    prov = provenance(cmd.strip())
    t0 = time.perf_counter()
    backbones, budgets = a.backbones.split(","), a.budgets.split(",")
    seeds = [int(s) for s in a.seeds.split(",")]
    if a.check_seed is not None and a.check_seed in seeds:
        ap.error("--check-seed must differ from the fitting seeds")
    records: list = []
    ctxs = {}
    with threadpool_limits(1, "blas"):
        torch.set_num_threads(1)
        for bb in backbones:
            eng = engine_for(bb, 42)
            n = eng.dataset.num_users if a.users is None else min(a.users, eng.dataset.num_users)
            ctx = ctxs[bb] = build_context(eng.dataset, eng.model, bb, range(n), "valid", engine=eng)
            for budget in budgets:
                for seed in seeds:
                    system = Capture(ctx)
                    _run(ctx, system, seed, budget)
                    records += system.records
        counts = {c: sum(1 for r in records if r[0] == c) for c in CONTEXTS}
        fusion = {c: w for c in CONTEXTS if (w := fit_weights(records, c))}
        rw = SIGNALS.index("rewrite")
        for _, F, _, _, _ in records:  # the baseline has no rewritten sequence
            F[rw] = 0.0
        baseline = {c: w for c in CONTEXTS if (w := fit_weights(records, c))}
        del records
        check: dict[str, Any] = {}
        if a.check_seed is not None:
            for bb, ctx in ctxs.items():
                for budget in budgets:
                    res = {}
                    for label in ("cesrec", "cesrec_refit", "tuned_fusion"):
                        if label == "tuned_fusion":
                            system = EvidenceBaseline.__new__(EvidenceBaseline)
                            _init_tuned(system, ctx, baseline)
                        else:
                            system = CESRecSystem(ctx, "cesrec")
                            if label == "cesrec_refit":
                                system.cfg = dataclasses.replace(system.cfg, fusion={**system.cfg.fusion, **fusion},
                                                                 mixture={})
                        o = _run(ctx, system, a.check_seed, budget)
                        res[label] = round(float((o.ranks[-1] < 10).mean()), 4)
                    check.setdefault(bb, {})[budget] = res
    out = {**prov, "machine": machine_line(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "stage": "valid", "backbones": backbones, "budgets": budgets, "seeds": seeds, "users": a.users,
           "records": counts, "signals": list(SIGNALS), "fusion": fusion, "baseline_fusion": baseline,
           "check_seed": a.check_seed, "valid_hr_at_10_last_turn": check,
           "seconds": round(time.perf_counter() - t0, 1)}
    a.out.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps({k: out[k] for k in ("records", "fusion", "baseline_fusion", "valid_hr_at_10_last_turn",
                                          "seconds")}, indent=2))
    return 0


def _init_tuned(system: Any, ctx: Any, weights: dict) -> None:
    """A tuned_fusion baseline with the weights just fitted (the file is not written yet)."""
    from cesrec.evals.protocol import open_baselines as ob

    orig = ob.tuned_fusion_weights
    ob.tuned_fusion_weights = lambda path=None: weights
    try:
        ob.EvidenceBaseline.__init__(system, ctx, "tuned_fusion")
    finally:
        ob.tuned_fusion_weights = orig


if __name__ == "__main__":
    raise SystemExit(main())
