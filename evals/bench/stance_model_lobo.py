"""The trained stance model (agent/stance_model.py) leave-one-batch-out at the value level (issue 21, item 4;
evals/notes/stance_judge.md, fifth and seventh rounds).

`python -m cesrec.evals.bench.stance_model_lobo [--batches devcases,fresh1,...] [--groups A+B,C+D] [--extra
train,w1,...] [--epochs N] [--seed S] [--out PATH]`

Pairs (message, the words of one catalogue value it names, gold side) from the DEVELOPMENT batches only:
`devcases` / `train` (evals/data/stance_dev.py DEV_CASES / TRAIN_CASES), `fresh1`..`fresh38`
(evals/data/utterances_fresh*.jsonl), `devhalf` (the records of evals/data/utterances.jsonl whose split is dev,
never the `idiom` class or the held-out half), and the training-only batches `w1`..`w15` (rounds 7-9:
evals/data/stance_train_w*.jsonl). A value is the words the product's mention finder covers
(tools.stance_values._mention_labels, as the judge labels it); its side: "want" / "avoid" from the gold reading,
"neither" for a mention that is no gold value (an also-ok value is left out). For each batch held out (or each
`--groups` group of batches held out together) a model is trained on all the other scored batches plus the
training-only ones of `--extra` (default `train`, i.e. TRAIN_CASES) and scores it: accuracy of the side, and how
often a prediction at p >= t contradicts gold (want <-> avoid). `--out` writes the held-out predictions (JSONL) for
the product-path combination (evals/bench/understanding_dev.py --stance-model-preds).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
import time
from pathlib import Path

from cesrec.agent.stance_model import BATCH_FILES, FRESH_BATCHES
from cesrec.evals.machine import machine_line
from cesrec.evals.provenance import provenance

ROOT = Path(__file__).parents[1]
# the batches and their files: agent.stance_model.BATCH_FILES (the product's training data, fingerprinted there)
FRESH = {b: BATCH_FILES[b] for b in FRESH_BATCHES}  # held out once, development data since
BATCHES = ("devcases", *FRESH, "devhalf")
# training-only batches (never held out, never scored), written for the model in rounds 7-9 (README.md there)
TRAIN_ONLY = {b: f for b, f in BATCH_FILES.items() if b.startswith("w")}


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def batch_records(name: str) -> list[dict]:
    from cesrec.evals.data.stance_dev import DEV_CASES, TRAIN_CASES

    def value(v: str) -> str:
        return v if ":" in v else "genre:" + v

    if name in ("devcases", "train"):
        cases = DEV_CASES if name == "devcases" else TRAIN_CASES
        return [{"id": f"{name}-{n}", "text": t, "shown": [],
                 "gold": {"liked": [value(v) for v in lk], "disliked": [value(v) for v in dk], "liked_items": [],
                          "disliked_items": [], "also_ok": []}} for n, (t, lk, dk) in enumerate(cases)]
    from cesrec.evals.bench.understanding import HELDOUT_CLASSES, load_utterances, split_of

    if name == "devhalf":  # never a held-out record
        recs = load_utterances(ROOT / "data" / "utterances.jsonl")
        return [r for r in recs if r["class"] not in HELDOUT_CLASSES and split_of(r) == "dev"]
    return load_utterances(ROOT / "data" / (FRESH.get(name) or TRAIN_ONLY[name]))


def pairs_of(rec: dict, catalog) -> list[tuple[str, tuple[int, int], str, str]]:
    """[(words, span, side, key)] for the values the mention finder finds in the record's message."""
    from cesrec.evals.bench.understanding_score import shown_state
    from cesrec.tools.stance_values import _mention_labels, key_of

    g = rec["gold"]
    side = {}
    for s, vals in (("want", g["liked"]), ("avoid", g["disliked"])):
        for v in vals:
            kind, _, val = v.partition(":")
            side[key_of(kind, val)] = s
    for s, items in (("want", g.get("liked_items") or []), ("avoid", g.get("disliked_items") or [])):
        for i in items:
            side[("item", str(int(i)))] = s
    ok = set()
    for o in g.get("also_ok") or []:
        kind, _, val = o[1:].partition(":")
        ok.add(("item", str(int(val))) if kind == "item" else key_of(kind, val))
    out = []
    for key, (words, span) in _mention_labels(rec["text"], catalog, shown_state(rec, catalog)).items():
        if key in side:
            out.append((words, span, side[key], f"{key[0]}:{key[1]}"))
        elif key not in ok:
            out.append((words, span, "neither", f"{key[0]}:{key[1]}"))
    return out


def examples_of(names, catalog) -> dict[str, list]:
    from cesrec.agent.stance_model import Example

    out = {}
    for name in names:
        exs = []
        for rec in batch_records(name):
            for _words, span, side, _key in pairs_of(rec, catalog):
                exs.append(Example(rec["text"], span, side, name))
        out[name] = exs
    return out


def contradicts(y: str, pred: str) -> bool:
    return {y, pred} == {"want", "avoid"}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batches", default=",".join(BATCHES), help="the scored batches, each held out in turn")
    ap.add_argument("--groups", default=None, help="instead: groups of scored batches held out together, "
                    "comma-separated, the batches of a group joined by + (e.g. devcases+fresh1,fresh2+devhalf)")
    ap.add_argument("--extra", default="train", help="training-only batches (never held out): train and/or w1..w15")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    import torch

    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    from cesrec.agent.stance_model import LABELS, StanceModel
    from cesrec.evals.bench.understanding import load_catalog

    catalog = load_catalog()
    groups = [g.split("+") for g in (a.groups.split(",") if a.groups else a.batches.split(","))]
    extra = [e for e in a.extra.split(",") if e]
    unknown = ({b for g in groups for b in g} - set(BATCHES)) | (set(extra) - {"train", *TRAIN_ONLY})
    if unknown:
        ap.error(f"unknown batches {sorted(unknown)}")
    # every scored batch trains the folds that do not hold it out, as before --groups (a subset of --batches too)
    data = examples_of((*BATCHES, *extra), catalog)
    for n, exs in data.items():
        c = {lab: sum(e.y == lab for e in exs) for lab in LABELS}
        print(f"{n:9s} {len(exs):4d} pairs {c}", flush=True)
    res = {}
    fh = a.out.open("w") if a.out else None
    if fh:  # where the file came from, first (readers skip it: understanding_dev)
        cmd = " ".join(["python -m cesrec.evals.bench.stance_model_lobo", *(argv if argv is not None else sys.argv[1:])])
        fh.write(json.dumps({"_meta": {**provenance(cmd), "machine": machine_line(),
                                       "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")}}) + "\n")
    for group in groups:
        held_exs = [e for b in group for e in data[b]]
        texts = {_fold(e.text) for e in held_exs}
        tr = [e for n, exs in data.items() if n not in group for e in exs if _fold(e.text) not in texts]
        t0 = time.perf_counter()
        m = StanceModel().train(tr, seed=a.seed, epochs=a.epochs)
        t_train = time.perf_counter() - t0
        ps_all = m.predict([(e.text, e.span) for e in held_exs])
        for held in group:
            ps = [p for p, e in zip(ps_all, held_exs, strict=True) if e.batch == held]
            res[held] = _fold_result(held, ps, data[held], len(tr), t_train, fh)
    if fh:
        fh.close()
    return res


def _fold_result(held: str, ps: list, exs: list, n_train: int, t_train: float, fh) -> dict:
    """The held-out batch's figures (printed) and its predictions (to `fh`)."""
    r = {"n": len(ps), "train_pairs": n_train, "train_s": round(t_train, 1)}
    pred = [max(p, key=p.get) for p in ps]
    r["accuracy"] = round(sum(p == e.y for p, e in zip(pred, exs, strict=True)) / len(ps), 3)
    polar = [(p, e) for p, e in zip(ps, exs, strict=True) if e.y != "neither"]
    r["polar_accuracy"] = round(sum(max(p, key=p.get) == e.y for p, e in polar) / len(polar), 3)
    for t in (0.0, 0.5, 0.7, 0.8, 0.9, 0.95):
        conf = [(p, e) for p, e in polar if max(p.values()) >= t]
        r[f"contra@{t}"] = sum(contradicts(e.y, max(p, key=p.get)) for p, e in conf)
        r[f"confident@{t}"] = len(conf)
    print(held, json.dumps(r), flush=True)
    if fh:
        for p, e in zip(ps, exs, strict=True):
            fh.write(json.dumps({"batch": held, "text": e.text, "span": list(e.span), "y": e.y,
                                 "p": {k: round(v, 4) for k, v in p.items()}}) + "\n")
    return r


if __name__ == "__main__":
    main()
