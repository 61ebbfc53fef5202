"""Choose the trained stance model's data and thresholds on the DEVELOPMENT batches only (issue 21, item 4;
evals/notes/stance_judge.md, seventh round).

`python -m cesrec.evals.bench.stance_model_choice --variant NAME=PREDS[,PREDS...] [--variant ...]
[--veto off,0.9,...] [--fill off,0.8,...] [--neither off,0.9,...] [--move off,0.9,...] [--seconded off,on]
[--batches devcases,...]
[--jobs N] --out PATH`

Each variant is a set of held-out predictions (evals/bench/stance_model_lobo.py --out: every batch read by a model
that did not train on it; several files, one per seed, averaged as the product averages its seeds). For every veto
/ fill / no-side threshold (agent.stance_model.combine) the product's path reads every development batch (evals/bench/understanding_dev.py: the
recorded orchestrator and judge calls replayed, the judge carrying the predictions as its model) and is scored:
genre F1 and polarity flips per batch, and the cost over all batches, 2 per flip + 1 per genre false positive or
miss (a flip is worse than a value missed, which the reply can still ask about). The choice, written with the
figures: the (variant, veto, fill, no side, move) of least cost among the points that put no more values on the
wrong side than the product's point now (when the grid holds it: round 14's choice cut the cost and raised the
flips, and the utterance benchmark then showed the same); a tie goes to the fewer interventions (a threshold off
or higher). Also the reading without a model (`none`), for reference. Never a held-out record. `--jobs N` reads
the grid's points in N forked processes (the same figures: each point is read on its own).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import json
import sys
from pathlib import Path

from cesrec.evals.machine import machine_line
from cesrec.evals.provenance import provenance


def _thresholds(text: str) -> list[float | None]:
    return [None if t == "off" else float(t) for t in text.split(",") if t]


def _cost(row: dict) -> int:
    return sum(2 * b["polarity_flips"] + b["genre_tp_fp_fn"][1] + b["genre_tp_fp_fn"][2] for b in row.values())


def _flips(row: dict) -> int:
    return sum(b["polarity_flips"] for b in row.values())


def _key(v: float | None) -> float:
    return 2.0 if v is None else v  # off is the fewest interventions; a higher threshold fewer than a lower


# what a forked worker reads with: set in main before the pool forks (a closure does not pickle)
_WORK: dict = {}


def _read_at(thresholds: tuple) -> dict:
    import cesrec.agent.stance_model as smod

    if _WORK.get("forked"):
        import torch

        torch.set_num_threads(1)  # a forked child must not enter the parent's OpenMP pool
    # this process's settings (a command, not a library call)
    smod.VETO_P, smod.FILL_P, smod.NEITHER_P, smod.MOVE_P, smod.MOVE_SECONDED = thresholds
    return _WORK["read_all"](_WORK["model"])


def main(argv: list[str] | None = None) -> dict:
    from cesrec.evals.bench import understanding_dev as ud

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variant", action="append", required=True, help="NAME=preds.jsonl[,preds_seed1.jsonl]")
    ap.add_argument("--veto", default="off,0.9,0.93,0.95,0.97")
    ap.add_argument("--fill", default="off,0.7,0.8,0.9")
    ap.add_argument("--neither", default="off", help="no-side thresholds (agent.stance_model.NEITHER_P)")
    ap.add_argument("--move", default="off", help="move thresholds (agent.stance_model.MOVE_P, thirteenth round on)")
    ap.add_argument("--seconded", default="off", help="off,on: the move only where the rule reading has the value "
                    "on the model's side too (agent.stance_model.MOVE_SECONDED, fifteenth round)")
    ap.add_argument("--batches", default=",".join(ud.BATCHES))
    ap.add_argument("--jobs", type=int, default=1, help="processes reading the grid's points (forked)")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    if a.jobs < 1:
        ap.error(f"--jobs {a.jobs}: expected 1 or more")
    variants = {}  # checked before anything loads: a user's typo is one line, not a traceback
    for spec in a.variant:
        name, _, files = spec.partition("=")
        paths = [Path(f) for f in files.split(",") if f]
        if not name or not paths:
            ap.error(f"--variant {spec!r}: expected NAME=preds.jsonl[,preds_seed1.jsonl]")
        if missing := [str(q) for q in paths if not q.is_file()]:
            ap.error(f"--variant {name}: no such predictions file: {', '.join(missing)}")
        variants[name] = paths
    try:
        grid = [_thresholds(t) for t in (a.veto, a.fill, a.neither, a.move)]
    except ValueError as e:
        ap.error(f"a threshold is not a number or 'off': {e}")
    seconded = [t for t in a.seconded.split(",") if t]
    if not seconded or set(seconded) - {"off", "on"}:
        ap.error(f"--seconded {a.seconded!r}: expected off, on or off,on")
    grid.append([t == "on" for t in seconded])
    import cesrec.agent.stance_model as smod
    from cesrec.evals.bench.understanding import load_catalog, load_mood

    catalog = load_catalog()
    mood = load_mood(catalog)
    batches = a.batches.split(",")
    if set(batches) - {"devcases", *ud.DATA}:
        ap.error(f"unknown batches {sorted(set(batches) - {'devcases', *ud.DATA})}")

    def read_all(model) -> dict:  # the figures the choice needs, per batch
        keep = ("genre_f1", "polarity_flips", "genre_tp_fp_fn", "missing_judge_calls")
        return {name: {k: v for k, v in ud.score_batch(name, catalog, mood, model, ud.DEVCASES_CALLS,
                                                        command="python -m cesrec.evals.bench.stance_model_choice")
                       .items() if k in keep} for name in batches}

    out: dict = {"variants": {}}
    # the product's point now: no choice may put more values on the wrong side than it (fourteenth round's lesson)
    product = (smod.VETO_P, smod.FILL_P, smod.NEITHER_P, smod.MOVE_P, smod.MOVE_SECONDED)
    cap = None
    smod.VETO_P = smod.FILL_P = smod.NEITHER_P = smod.MOVE_P = None
    smod.MOVE_SECONDED = False
    base = read_all(None)
    out["none"] = {"batches": base, "cost": _cost(base)}
    print(f"none: cost {_cost(base)}", flush=True)
    best = None
    for name, paths in variants.items():
        reader = ud.preds_reader(ud.load_preds(paths))
        rows = []
        # seconded without a move is the point without it
        points = [p for p in itertools.product(*grid) if p[3] is not None or not p[4]]
        _WORK.update(read_all=read_all, model=reader, forked=a.jobs > 1)
        if a.jobs > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(a.jobs) as pool:
                read = pool.map(_read_at, points, chunksize=1)
        else:
            read = [_read_at(p) for p in points]
        _WORK.clear()
        at = [row for p, row in zip(points, read, strict=True) if p == product]
        if at:
            cap = _flips(at[0]) if cap is None else min(cap, _flips(at[0]))
            print(f"{name} at the product's point {product}: flips {_flips(at[0])}", flush=True)
        for (v, f, n, m, sec), row in zip(points, read, strict=True):
            rows.append({"veto_p": v, "fill_p": f, "neither_p": n, "move_p": m, "seconded": sec, "cost": _cost(row),
                         "flips": _flips(row), "batches": row})
            line = " ".join(f"{b} {r['genre_f1']:.3f}/{r['polarity_flips']}" for b, r in row.items())
            print(f"{name} veto {v} fill {f} neither {n} move {m} seconded {sec}: cost {_cost(row)} flips "
                  f"{_flips(row)} | {line}", flush=True)
            cand = (_cost(row), -_key(m), sec, -_key(v), -_key(f), -_key(n), name)
            if cap is not None and _flips(row) > cap:
                continue
            if best is None or cand < best[0]:
                best = (cand, {"variant": name, "veto_p": v, "fill_p": f, "neither_p": n, "move_p": m,
                               "seconded": sec, "cost": _cost(row), "flips": _flips(row)})
        out["variants"][name] = {"preds": [str(q) for q in paths], "rows": rows}
    smod.VETO_P = smod.FILL_P = smod.NEITHER_P = smod.MOVE_P = None
    smod.MOVE_SECONDED = False
    out["choice"] = best[1]
    out["rule"] = ("least cost over the development batches (2 per polarity flip + 1 per genre false positive or "
                   "miss) among the points with no more flips than the product's point (when the grid holds it); "
                   "ties to the fewer interventions")
    out["product_point"] = dict(zip(("veto_p", "fill_p", "neither_p", "move_p", "seconded"), product, strict=True))
    out["flips_cap"] = cap
    cmd = " ".join(["python -m cesrec.evals.bench.stance_model_choice", *(argv if argv is not None else sys.argv[1:])])
    out = {**provenance(cmd), "machine": machine_line(),
           "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"), **out}
    a.out.write_text(json.dumps(out, indent=1) + "\n")
    print(f"choice: {out['choice']}", flush=True)
    return out


if __name__ == "__main__":
    main()
