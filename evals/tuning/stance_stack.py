"""Fit the weights that weigh the stance judge's and the stance model's readings of a value together
(agent/stance_stack.py; issue 21, item 4; round 22 of evals/notes/stance_judge.md).

    python -m cesrec.evals.tuning.stance_stack [--out agent/stance_stack.json] [--quiet]

Data: the development batches fresh #19-#36 (STACK_BATCHES), which the product's stance model never trained on
(agent.stance_model.TRAIN_BATCHES), read by the product's path with every orchestrator and judge call replayed from
the committed files (evals.bench.understanding_dev.DATA); each value the judge step and the model read gives one
row -- the product's own features (agent.stance_stack.features, recorded by agent.stance_llm.judge_feedback) and
the value's gold side from the batch's hand-written labels. Never a held-out record.

Model: multinomial logistic regression (liked / refused / neither), L2 penalty 1 / (2 C) on the weights, fitted
to convergence with L-BFGS in float64. Choice, fixed before it was run: every C in CS and threshold in PS is scored
leave-one-batch-out over the eighteen batches (each batch decided by weights fitted on the seventeen others), at
value level on genre values (tp / fp / fn / polarity flips, as the utterance benchmark counts them); among the
points that miss no more genre values than combine's rules (the product before round 22), the fewest flips, then
the least cost (2 per flip + fp + fn). The chosen C is refitted on all eighteen batches and written with its
threshold, the leave-one-batch-out table and this command. Deterministic; ~6 min on 2 cores (the replays).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from cesrec.agent import stance_stack as stack

STACK_BATCHES = tuple(f"fresh{n}" for n in range(19, 37))
CS = (0.1, 1.0, 10.0)
PS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
COMMAND = "python -m cesrec.evals.tuning.stance_stack"


def rows_of(names=STACK_BATCHES, progress: bool = True) -> list[dict]:
    """Every value the product's path reads with the judge and the model on the batches `names`: features, gold side
    and the side combine's rules give it."""
    from cesrec.agent.stance_llm import STANCE_GATE, recorded_completer
    from cesrec.agent.stance_model import product_reader
    from cesrec.evals.bench.understanding import load_catalog, load_mood, read_llm
    from cesrec.evals.bench.understanding_dev import DATA, batch_records
    from cesrec.evals.bench.understanding_score import gold_reading
    from cesrec.tools.stance_values import PEOPLE

    catalog = load_catalog()
    mood = load_mood(catalog)
    model = product_reader()
    rows: list[dict] = []
    was = stack.STACK
    stack.STACK = False  # the rules' sides are recorded for the comparison; the features do not depend on it
    try:
        for name in names:
            recs, calls = batch_records(name)
            judge = recorded_completer(DATA[name][2])
            judge.stance_model = model  # type: ignore[attr-defined]
            for rec in recs:
                stack.RECORD = []
                read_llm([rec], calls, catalog, mood=mood, stance_judge=judge, gate=STANCE_GATE)
                gold, _, _ = gold_reading(rec)
                sides = {("person" if k in PEOPLE else k, str(v)): 1 if s == "+" else -1 for s, k, v in gold.attrs}
                sides |= {("item", str(i)): 1 if s == "+" else -1 for s, i in gold.items}
                for x, key, label, ruled in stack.RECORD:
                    rows.append({"batch": name, "id": rec["id"], "key": list(key), "label": label, "x": x,
                                 "gold": sides.get(tuple(key), 0), "ruled": ruled})
            if progress:
                print(f"{name}: {sum(r['batch'] == name for r in rows)} values", file=sys.stderr, flush=True)
    finally:
        stack.RECORD = None
        stack.STACK = was
    return rows


def fit(xs: list[list[float]], ys: list[int], c: float) -> dict:
    """Multinomial logistic regression: sum of cross-entropies + ||W||^2 / (2 c), L-BFGS to convergence."""
    import torch

    x = torch.tensor(xs, dtype=torch.float64)
    y = torch.tensor([stack.SIDES.index(v) for v in ys])
    w = torch.zeros((len(stack.SIDES), x.shape[1]), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(len(stack.SIDES), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], lr=1.0, max_iter=5000, tolerance_grad=1e-9, tolerance_change=1e-12,
                            history_size=50, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(x @ w.T + b, y, reduction="sum") + (w * w).sum() / (2 * c)
        loss.backward()
        return loss

    opt.step(closure)
    return {"W": w.detach().tolist(), "b": b.detach().tolist()}


def genre_counts(rows: list[dict], sides: list[int]) -> dict:
    """Genre values: tp / fp / fn / polarity flips and the cost (2 per flip + fp + fn) of deciding `sides`."""
    tp = fp = fn = flips = 0
    for r, s in zip(rows, sides, strict=True):
        if r["key"][0] != "genre":
            continue
        g = r["gold"]
        tp += s != 0 and s == g
        fp += s != 0 and s != g
        fn += g != 0 and s != g
        flips += s != 0 and s == -g
    return {"tp": tp, "fp": fp, "fn": fn, "flips": flips, "cost": 2 * flips + fp + fn}


def lobo(rows: list[dict], c: float) -> list[dict[int, float]]:
    """Each row's probabilities from weights fitted on the other batches."""
    out: list[dict[int, float] | None] = [None] * len(rows)
    for name in sorted({r["batch"] for r in rows}):
        train = [r for r in rows if r["batch"] != name]
        w = fit([r["x"] for r in train], [r["gold"] for r in train], c)
        for i, r in enumerate(rows):
            if r["batch"] == name:
                out[i] = stack.probabilities(r["x"], w)
    return out  # type: ignore[return-value]


def choose(rows: list[dict], progress: bool = True) -> tuple[dict, list[dict]]:
    ruled = genre_counts(rows, [r["ruled"] for r in rows])
    table = []
    for c in CS:
        probs = lobo(rows, c)
        for p in PS:
            counts = genre_counts(rows, [stack.decide(ps, p) for ps in probs])
            table.append({"C": c, "p": p, **counts})
            if progress:
                print(f"C={c:<5} p={p:<5} {counts}", file=sys.stderr, flush=True)
    ok = [t for t in table if t["fn"] <= ruled["fn"]]
    best = min(ok, key=lambda t: (t["flips"], t["cost"])) if ok else None
    return {"rules": ruled, "chosen": best}, table


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=stack.STACK_FILE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.time()
    rows = rows_of(progress=not a.quiet)
    verdict, table = choose(rows, progress=not a.quiet)
    best = verdict["chosen"]
    if best is None:
        raise SystemExit("stance_stack: no point misses no more genre values than the rules; nothing written")
    w = fit([r["x"] for r in rows], [r["gold"] for r in rows], best["C"])
    from cesrec.agent.stance_model import model_path

    out = {"features": list(stack.FEATURES), "sides": list(stack.SIDES), **w, "p": best["p"], "C": best["C"],
           "batches": list(STACK_BATCHES), "values": len(rows), "stance_model": model_path().name,
           "leave_one_batch_out": {"rules": verdict["rules"], "chosen": best, "table": table},
           "command": COMMAND, "date": datetime.now(UTC).isoformat(timespec="seconds")}
    a.out.write_text(json.dumps(out, indent=1) + "\n")
    stack._load.cache_clear()
    print(f"{len(rows)} values; rules {verdict['rules']}; chosen C={best['C']} p={best['p']} {best}; "
          f"-> {a.out} ({time.time() - t0:.0f} s)", flush=True)
    return out


if __name__ == "__main__":
    main()
