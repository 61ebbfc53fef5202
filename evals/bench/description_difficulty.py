"""How hard a simulated description is to match (issue 22): the target's rank among all items when the description
is matched to the item texts by BM25 (tools/lexical.py) and by the sentence encoder (the engine's semantic index),
for two sources of descriptions of the same films:

- `plot_cut`: what the simulator says today (evals/simulator/text.py `describe_plot`: up to 14 words cut from the
  target's own plot, which is part of the indexed item text);
- `hand_written`: evals/data/film_descriptions_{a,b}.py, written by people from memory of the films, never from
  the item texts.

    python -m cesrec.evals.bench.description_difficulty      # -> evals/results/description_difficulty.json

A description that ranks its target first almost always says nothing a person would; the hand-written ones show
how hard the task really is.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path

import numpy as np
from cesrec.evals.machine import machine_line
from cesrec.evals.provenance import provenance

OUT = Path(__file__).resolve().parents[1] / "results" / "description_difficulty.json"


def target_rank(scores: np.ndarray, target: int) -> int:
    """1-based rank of `target` among items 1..N (ties counted against it)."""
    s = np.asarray(scores, dtype=np.float64)[1:]
    return int((s >= s[target - 1]).sum())


def summary(ranks: list[int]) -> dict:
    r = np.asarray(ranks)
    return {"n": len(ranks), "median_rank": float(np.median(r)), "top1": round(float((r == 1).mean()), 4),
            "top10": round(float((r <= 10).mean()), 4), "top100": round(float((r <= 100).mean()), 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.bench.description_difficulty", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    from cesrec.evals.data.film_descriptions_a import DESCRIPTIONS as A
    from cesrec.evals.data.film_descriptions_b import DESCRIPTIONS as B
    from cesrec.evals.simulator.text import describe_plot
    from cesrec.tools.engine import load_engine

    prov = provenance("python -m cesrec.evals.bench.description_difficulty" + (f" --out {a.out}" if a.out != OUT else ""))
    engine = load_engine(backbone="sasrec", train=False)
    cat, sem, lex = engine.catalog, engine.semantic, engine.lexical
    by_label = {}
    for i in range(1, cat.num_items + 1):
        by_label.setdefault(cat.label(i), i)
    hand = {by_label[k]: v for k, v in {**A, **B}.items()}
    sources = {"hand_written": hand, "plot_cut": {i: describe_plot(cat, i) for i in hand}}
    res: dict = {**prov, "machine": machine_line(), "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
                 "films": len(hand), "items": cat.num_items, "sources": {}}
    for name, texts in sources.items():
        texts = {i: t for i, t in texts.items() if t}
        ranks = {"bm25": [], "embedding": []}
        for i, t in texts.items():
            ranks["bm25"].append(target_rank(lex.scores(t), i))
            ranks["embedding"].append(target_rank(sem.embeddings @ sem.encode(t), i))
        res["sources"][name] = {k: summary(v) for k, v in ranks.items()}
        print(name, json.dumps(res["sources"][name]), file=sys.stderr)
    a.out.write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
