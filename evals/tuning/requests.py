"""How much a specific request outweighs the user's history: the product's turn knobs for open requests, chosen
on the DEV half of the hand-judged request benchmark (evals/data/requests.jsonl) only.

    python -m cesrec.evals.tuning.requests            # -> evals/results/tune_requests_dev.json

The knobs: the weight of the history signal (the SRS on the user's history; log-popularity for a new user) when
the user described what they want ("desc" and "refs+desc" evidence contexts of tools/turn.py) and when they named
films ("refs"), whether the mixture of experts stays on in those contexts (it re-admits the history's most confident picks), and the weight
of BM25 inside the description signal. Each grid point runs the product's LLM-free path (the agent's
update_preferences tool on the user's words) for the dev (request, user) pairs of the benchmark -- a new user and
three dataset users -- and is scored by mean nDCG@10 over the new and the existing users (each half counts
equally). The held-out half is never read here.
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

from cesrec.evals.bench import request_baselines as rb
from cesrec.evals.bench.requests import REQUESTS, load_requests
from cesrec.evals.machine import machine_line
from cesrec.evals.provenance import provenance
from cesrec.tools.turn_config import SIMULATOR_MIXTURE

OUT = Path(__file__).resolve().parents[1] / "results" / "tune_requests_dev.json"
DESC_CONTEXTS = ("desc", "refs+desc")
GRID: dict[str, tuple] = {
    "history_weight": (0.25, 0.5, 1.0),
    "refs_history_weight": (0.25, 0.5),
    "mixture": (True, False),
    "lexical_weight": (0.0, 0.25, 0.5),
}


def configure(base: Any, history_weight: float, refs_history_weight: float, mixture: bool,
              lexical_weight: float) -> Any:
    """A TurnConfig: `base` with the history weight of the description contexts set (refs+desc keeps its
    ratio to desc) and of the films-named context ("refs"), the mixture of the three on or off, and BM25's
    weight inside the description signal."""
    cfg = copy.deepcopy(base)
    for ctx in DESC_CONTEXTS:
        ratio = base.fusion[ctx]["history"] / base.fusion["desc"]["history"]
        cfg.fusion[ctx]["history"] = round(history_weight * ratio, 4)
    cfg.fusion["refs"]["history"] = refs_history_weight
    for ctx in (*DESC_CONTEXTS, "refs"):
        cfg.mixture[ctx] = copy.deepcopy(SIMULATOR_MIXTURE[ctx]) if mixture else {}
    cfg.lexical_weight = lexical_weight
    return cfg


def objective(rows: list[dict]) -> dict[str, float]:
    new = rb.mean_metrics([r for r in rows if r["group"] == "new"])
    old = rb.mean_metrics([r for r in rows if r["group"] == "existing"])
    return {"ndcg_at_10": round((new["ndcg_at_10"] + old["ndcg_at_10"]) / 2, 4),
            "success_at_10": round((new["success_at_10"] + old["success_at_10"]) / 2, 4),
            "new_ndcg_at_10": new["ndcg_at_10"], "existing_ndcg_at_10": old["ndcg_at_10"]}


def dev_pairs(backbone: str) -> tuple[Any, list[dict], list[str], list[Any], Any]:
    """The product engine, the dev requests, the three dataset users, every dev (request, user) pair (a new user
    first) and the agent's toolkit: what a dev-half check of the turn's knobs runs on."""
    from cesrec.agent.toolset import AgentToolkit
    from cesrec.tools.engine import load_engine

    engine = load_engine(backbone=backbone, train=False)
    dev = [r for r in load_requests(REQUESTS) if r["split"] == "dev"]
    users = rb.pick_users(engine.dataset)
    pairs = [rb.make_request(engine, r, u) for r in dev for u in [None, *users]]
    return engine, dev, users, pairs, AgentToolkit(engine, k=rb.ASK)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.tuning.requests", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--backbone", default="sasrec")
    a = ap.parse_args(argv)
    prov = provenance("python -m cesrec.evals.tuning.requests" + (f" --out {a.out}" if a.out != OUT else ""))
    t0 = time.time()
    engine, dev, users, pairs, kit = dev_pairs(a.backbone)
    base = engine.config
    points: list[dict] = [{}]
    for key, values in GRID.items():
        points = [{**p, key: v} for p in points for v in values]
    tried = []
    current = {"history_weight": base.fusion["desc"]["history"], "refs_history_weight": base.fusion["refs"]["history"],
               "mixture": base.mixture.get("desc") == SIMULATOR_MIXTURE["desc"], "lexical_weight": base.lexical_weight}
    try:
        for p in [current] + points:
            engine.config = configure(base, **p)
            got = objective(rb.score(lambda r, _p: rb.product_pipeline(engine, r, kit), pairs, {}))
            tried.append({**p, **got})
            print(json.dumps(tried[-1]), file=sys.stderr)
    finally:
        engine.config = base
    best = max(tried[1:], key=lambda t: (t["ndcg_at_10"], t["success_at_10"]))
    res = {**prov, "machine": machine_line(), "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
           "split": "dev", "requests": len(dev), "pairs": len(pairs), "users": users,
           "objective": "mean nDCG@10 of the new user and of the existing users (product_pipeline)",
           "code_defaults": tried[0], "chosen": {k: best[k] for k in GRID}, "chosen_scores": best,
           "tried": tried[1:], "seconds": round(time.time() - t0, 1)}
    a.out.write_text(json.dumps(res, indent=1) + "\n")
    print(f"chosen {res['chosen']} dev nDCG {best['ndcg_at_10']} (code defaults {tried[0]['ndcg_at_10']}) -> {a.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
