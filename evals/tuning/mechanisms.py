"""CESRec's two sequence mechanisms on the hand-judged request benchmark's DEV half: the sequence rewrite
(pseudo interactions from the user's words + the films they name appended to the sequence) and the outlier
masking, each on or off, for the product's LLM-free path.

    python -m cesrec.evals.tuning.mechanisms        # -> evals/results/tune_mechanisms_dev.json

The open-feedback evaluation (eval_open.json) found that neither helps its simulated users; this is the other
evidence a default must agree with: people's requests, judged by hand. Each variant runs the agent's
`update_preferences` path (tools.turn via evals.bench.request_baselines.product_pipeline) for the dev (request,
user) pairs -- a new user and three dataset users -- scored by nDCG@10 / success@10, the new user and the existing
users apart and their mean (as evals.tuning.requests). Paired per (request, user) against the code's defaults:
the mean difference and a two-sided sign-flip permutation p-value (10,000 draws, seeded). The held-out half is
never read here.
"""

from __future__ import annotations

import argparse
import copy
import datetime as _dt
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from cesrec.evals.bench import request_baselines as rb
from cesrec.evals.machine import machine_line
from cesrec.evals.provenance import provenance
from cesrec.evals.tuning.requests import dev_pairs, objective

OUT = Path(__file__).resolve().parents[1] / "results" / "tune_mechanisms_dev.json"
VARIANTS: dict[str, dict[str, Any]] = {
    "no_rewrite": {"pseudo_m": 0, "append_references": False},
    "no_pseudo_items": {"pseudo_m": 0},
    "no_appended_references": {"append_references": False},
    "masking_robust": {"mask_method": "robust"},
    "masking_k_lowest": {"mask_method": "k_lowest"},
}
DRAWS = 10_000


def paired(base: list[dict], other: list[dict], metric: str, seed: int = 0) -> dict[str, float]:
    """Mean of other - base over the same (request, user) pairs and a sign-flip permutation p-value."""
    b = {(r["id"], r["group"], r.get("user")): r[metric] for r in base}
    d = np.array([r[metric] - b[(r["id"], r["group"], r.get("user"))] for r in other], dtype=float)
    if not d.size or not np.any(d):
        return {"diff": 0.0, "p": 1.0, "pairs": int(d.size)}
    signs = np.random.default_rng(seed).choice((-1.0, 1.0), size=(DRAWS, d.size))
    null = np.abs((signs * d).mean(axis=1))
    p = (1 + int(np.sum(null >= abs(d.mean()) - 1e-12))) / (DRAWS + 1)
    return {"diff": round(float(d.mean()), 4), "p": round(p, 4), "pairs": int(d.size)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.tuning.mechanisms", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--backbone", default="sasrec")
    a = ap.parse_args(argv)
    prov = provenance("python -m cesrec.evals.tuning.mechanisms" + (f" --out {a.out}" if a.out != OUT else ""))
    t0 = time.time()
    engine, dev, users, pairs, kit = dev_pairs(a.backbone)
    base_cfg = engine.config
    rows: dict[str, list[dict]] = {}
    try:
        for name, change in {"defaults": {}, **VARIANTS}.items():
            cfg = copy.deepcopy(base_cfg)
            for key, value in change.items():
                setattr(cfg, key, value)
            engine.config = cfg
            rows[name] = [{**row, "user": p.user} for row, p in zip(
                rb.score(lambda r, _p: rb.product_pipeline(engine, r, kit), pairs, {}),
                [p for p in pairs if p.gains], strict=True)]
            print(name, json.dumps(objective(rows[name])), file=sys.stderr)
    finally:
        engine.config = base_cfg
    defaults = {k: getattr(base_cfg, k) for k in ("pseudo_m", "append_references", "mask_method")}
    out: dict[str, Any] = {"defaults": {"settings": defaults, **objective(rows["defaults"])}}
    for name, change in VARIANTS.items():
        out[name] = {"settings": change, **objective(rows[name]),
                     "vs_defaults": {f"{g}_{m}": paired([r for r in rows["defaults"] if r["group"] == g],
                                                        [r for r in rows[name] if r["group"] == g], m)
                                     for g in ("new", "existing") for m in ("ndcg_at_10", "success_at_10")}}
    res = {**prov, "machine": machine_line(), "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
           "split": "dev", "requests": len(dev), "pairs": sum(1 for p in pairs if p.gains), "users": users,
           "system": "product_pipeline (the agent's LLM-free update_preferences path)",
           "test": f"paired over (request, user), two-sided sign-flip permutation, {DRAWS} draws, seed 0; no "
                   "multiple-comparison correction (a dev check, not a claim)",
           "variants": out, "seconds": round(time.time() - t0, 1)}
    a.out.write_text(json.dumps(res, indent=1) + "\n")
    print(f"-> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
