"""The alignment adapter before and after mini-batching, on the same inputs (issue 11, "Scale").

Fits the adapter twice on ml-100k's trained SASRec item embeddings and the all-MiniLM item texts:
`full_batch` is the original recipe (AlignmentConfig(batch_size=0): one batch of every training item,
InfoNCE logits |train| x |train|, 400 epochs, no early stopping; still the default up to 4,096 training
items, `full_batch_max`); `minibatch` is the default beyond that, forced here with full_batch_max=0
(in-batch negatives, early stopping on the validation items' loss, bounded steps). Both reports hold the
validation and held-out metrics of the MSE and InfoNCE adapters and which one was chosen (on validation).

    python -m cesrec.evals.bench.alignment            # -> evals/results/bench_alignment.json
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from cesrec.evals.machine import machine_line
from cesrec.evals.protocol.pipeline import load_dataset
from cesrec.evals.provenance import provenance
from cesrec.recmodel.registry import load_model
from cesrec.recmodel.runs import resolve_run
from cesrec.tools.alignment import AlignmentConfig, fit_alignment
from cesrec.tools.engine import engine_home
from cesrec.tools.semantic import SemanticIndex

RESULTS = Path(__file__).resolve().parents[1] / "results"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.bench.alignment", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(RESULTS / "bench_alignment.json"))
    a = ap.parse_args(argv)
    ds = load_dataset("ml-100k")
    run_dir, key = resolve_run(ds, "sasrec")  # the product's default run; never retrained (or clobbered) here
    run_json = run_dir / "run.json"
    if not run_json.exists() or json.loads(run_json.read_text()).get("key") != key:
        raise SystemExit(f"error: {run_dir}: no trained default SASRec run; build it first (cesrec train)")
    model = load_model(run_dir)
    semantic = SemanticIndex(ds.catalog, engine_home() / run_dir.name / "semantic", name=ds.name)  # the engine beside its run
    collab = model.item_embeddings().astype(np.float32)
    eligible = np.flatnonzero(ds.item_popularity("train") > 0)
    eligible = eligible[eligible > 0]
    out: dict = {"dataset": ds.name, "items": ds.num_items, "eligible_items": int(len(eligible)),
                 "machine": machine_line(), "date": time.strftime("%Y-%m-%d"),
                 "load_average": [round(x, 2) for x in __import__("os").getloadavg()], "runs": {}}
    for name, cfg in (("full_batch", AlignmentConfig(batch_size=0)), ("minibatch", AlignmentConfig(full_batch_max=0))):
        t = time.perf_counter()
        res = fit_alignment(semantic.embeddings, collab, eligible, cfg)
        out["runs"][name] = {"seconds": round(time.perf_counter() - t, 2), **res.report}
        print(name, json.dumps({k: res.report[k]["heldout"] for k in ("mse", "infonce")}), res.report["chosen"])
    out.update(provenance("python -m cesrec.evals.bench.alignment"))
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
