"""Which masking helps once people give open feedback? Measured on VALIDATION users only.

CESRec sets aside history items before the SRS reads the sequence: outliers (`mask_outliers`) and, in
earlier defaults, every history item carrying a disliked attribute value (`mask_disliked`). The open
evaluation on test users showed the masking costing a little; this asks the same question where choosing
is allowed -- all validation users, both backbones, budgets open/mixed/headline, two simulator seeds --
for the four combinations, and writes HR@10 / NDCG@10 at the last turn.

    python -m cesrec.evals.bench.diagnose_masking --out evals/results/masking_valid.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from typing import Any

import numpy as np

COMBINATIONS: dict[str, tuple[str | None, bool]] = {
    "outliers+disliked": ("robust", True),
    "disliked only": (None, True),
    "outliers only": ("robust", False),
    "none": (None, False),
}


def run(backbones: list[str], budgets: list[str], seeds: list[int], users: int | None) -> dict:
    import torch
    from cesrec.evals.machine import machine_line
    from cesrec.evals.protocol.cesrec_systems import CESRecSystem
    from cesrec.evals.protocol.open_config import engine_for
    from cesrec.evals.protocol.pipeline import build_context, make_verbalizer, run_pipeline_system
    from cesrec.evals.protocol.stats import per_user_metrics
    from cesrec.evals.provenance import provenance
    from cesrec.evals.simulator import budget_named
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    t0 = time.perf_counter()
    out: dict[str, Any] = {}
    with threadpool_limits(1, "blas"):
        for bb in backbones:
            eng = engine_for(bb, 42)
            n = eng.dataset.num_users if users is None else min(users, eng.dataset.num_users)
            ctx = build_context(eng.dataset, eng.model, bb, range(n), "valid", engine=eng)
            for budget in budgets:
                for label, (method, disliked) in COMBINATIONS.items():
                    hr, ndcg = [], []
                    for seed in seeds:
                        system = CESRecSystem(ctx, "cesrec")
                        system.cfg = dataclasses.replace(system.cfg, mask_method=method)
                        system.mask_disliked = disliked
                        o = run_pipeline_system(ctx, "cesrec", seed, "structured", 3, budget_named(budget),
                                                make_verbalizer("template", seed), system=system)
                        m = per_user_metrics(o.ranks[-1])
                        hr.append(float(m["hr@10"].mean()))
                        ndcg.append(float(m["ndcg@10"].mean()))
                    out.setdefault(bb, {}).setdefault(budget, {})[label] = {
                        "hr_at_10": round(float(np.mean(hr)), 4), "ndcg_at_10": round(float(np.mean(ndcg)), 4)}
    mean = {label: round(float(np.mean([out[b][g][label]["hr_at_10"] for b in out for g in out[b]])), 4)
            for label in COMBINATIONS}
    import sys

    return {"machine": machine_line(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            **provenance("python -m cesrec.evals.bench.diagnose_masking " + " ".join(sys.argv[1:])),
            "stage": "valid", "seeds": seeds, "results": out, "mean_hr_at_10": mean,
            "seconds": round(time.perf_counter() - t0, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backbones", default="sasrec,gru4rec")
    ap.add_argument("--budgets", default="open,mixed,headline")
    ap.add_argument("--seeds", default="100,101")
    ap.add_argument("--users", type=int, default=None)
    ap.add_argument("--out", default="evals/results/masking_valid.json")
    a = ap.parse_args()
    res = run(a.backbones.split(","), a.budgets.split(","), [int(s) for s in a.seeds.split(",")], a.users)
    with open(a.out, "w") as fh:
        json.dump(res, fh, indent=2)
    print(json.dumps(res["mean_hr_at_10"], indent=2))


if __name__ == "__main__":
    main()
