"""The stance reading on the DEVELOPMENT batches only, batch by batch (issue 21, item 4; evals/notes/stance_judge.md).

`python -m cesrec.evals.bench.understanding_dev [--constructions on|off|<kind>,...] [--doubt-rated-only on|off]
[--devcases-calls PATH] [--batches devcases,fresh1,...,fresh38,devhalf] [--judge-dir DIR]
[--stance-model product|off] [--stance-model-preds PATH [--veto-p P] [--fill-p P] [--neither-p P] [--move-p P]]
[--move-seconded on|off] [--doubt-p P]`

The development batches, written by different people at different times, each scored on its own (genre F1 / polarity flips,
attribute F1), never a held-out record:

- `devcases`: evals/data/stance_dev.py DEV_CASES (the reader's author's sentences): the rule reading with the judge
  (no orchestrator call); judge calls replayed from --devcases-calls (recorded there, live, when missing);
- `fresh1` .. `fresh38` (the fresh batches of agent.stance_model.BATCH_FILES, #1-#38 now): evals/data/utterances_fresh.jsonl
  / utterances_fresh2.jsonl / ... / utterances_fresh38.jsonl
  (development data since they were measured), the product's combined reading (recorded
  orchestrator calls, then agent.understand with the judge), judge calls replayed from the committed files;
- `devhalf`: the records of evals/data/utterances.jsonl whose split is dev (no `idiom` record, no held-out one).

The trained stance model (agent/stance_model.py, fifth round): by default the judge carries the product's model
as in the product (trained on all these batches but fresh #19-#36, written after its data was fixed: in-sample
figures for the others, not evidence); `--stance-model off` reads as before it; `--stance-model-preds` combines the judge's reading with held-out predictions instead
(evals/bench/stance_model_lobo.py --out: each batch read by a model not trained on it), with the veto / fill
thresholds `--veto-p` / `--fill-p` (default off), set as the product's (agent.stance_model.VETO_P / FILL_P) for this
process, the judge carrying the predictions as its model: the leave-one-batch-out figures of evals/notes/stance_judge.md.

With `--constructions` a subset of tools.stance_values.CONSTRUCTION_KINDS (or off) is read, to measure each
construction on every batch (a choice made on some batches has to hold on the others); `--judge-dir` records the
judge calls of a changed prompt apart from the committed ones. Nothing else is written. (Round 4's retrieved
demonstrations were measured with this command at commit 15a916e and removed since: evals/notes/stance_judge.md.)
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from cesrec.agent.stance_model import FRESH_BATCHES
from cesrec.evals.bench.understanding import (
    HELDOUT_CLASSES,
    load_catalog,
    load_mood,
    load_utterances,
    read_llm,
    split_of,
)
from cesrec.evals.bench.understanding_score import _headline, reading_from_feedback, score, shown_state

ROOT = Path(__file__).parents[1]
RESULTS = ROOT / "results"
# DEV_CASES has no orchestrator calls: its judge calls are made with the embedded LLM once and replayed after
DEVCASES_CALLS = Path(tempfile.gettempdir()) / "devcases_judge_calls.jsonl"
BATCHES = ("devcases", *FRESH_BATCHES, "devhalf")
DATA = {"fresh1": (ROOT / "data" / "utterances_fresh.jsonl", RESULTS / "bench_understanding_fresh_llm_calls.jsonl",
                   RESULTS / "bench_understanding_fresh_judge_calls_v2.jsonl"),
        "fresh2": (ROOT / "data" / "utterances_fresh2.jsonl", RESULTS / "bench_understanding_fresh2_llm_calls.jsonl",
                   RESULTS / "bench_understanding_fresh2_judge_calls.jsonl"),
        "fresh3": (ROOT / "data" / "utterances_fresh3.jsonl", RESULTS / "bench_understanding_fresh3_llm_calls.jsonl",
                   RESULTS / "bench_understanding_fresh3_judge_calls.jsonl"),
        # from fresh #4 on, the judge calls of the batch's "before" run (the trained model changes no judge call)
        **{f"fresh{n}": (ROOT / "data" / f"utterances_fresh{n}.jsonl",
                         RESULTS / f"bench_understanding_fresh{n}_llm_calls.jsonl",
                         RESULTS / f"bench_understanding_fresh{n}_judge_calls_before.jsonl")
           for n in (int(b.removeprefix("fresh")) for b in FRESH_BATCHES) if n >= 4},
        "devhalf": (ROOT / "data" / "utterances.jsonl", RESULTS / "bench_understanding_llm_calls.jsonl",
                    RESULTS / "bench_understanding_judge_calls_v2.jsonl")}


def devcases_records() -> list[dict]:
    from cesrec.evals.data.stance_dev import DEV_CASES

    def value(v: str) -> str:
        return v if ":" in v else "genre:" + v

    return [{"id": f"dev-{n}", "class": "stance_dev", "text": text, "shown": [],
             "gold": {"liked": [value(v) for v in liked], "disliked": [value(v) for v in disliked], "liked_items": [],
                      "disliked_items": [], "year_min": None, "year_max": None, "description": None,
                      "tools": ["update_preferences"], "also_ok": []}}
            for n, (text, liked, disliked) in enumerate(DEV_CASES)]


def batch_records(name: str) -> tuple[list[dict], dict | None]:
    if name == "devcases":
        return devcases_records(), None
    data, calls, _ = DATA[name]
    recs = load_utterances(data)
    if name == "devhalf":  # never a held-out record
        recs = [r for r in recs if r["class"] not in HELDOUT_CLASSES and split_of(r) == "dev"]
    by_id = {}
    for line in calls.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            by_id[r["id"]] = r
    return recs, by_id


def load_preds(paths) -> dict:
    """Held-out predictions (evals/bench/stance_model_lobo.py --out), (text, span) -> probabilities; several files
    (one per seed) averaged, as the product averages its seeds."""
    runs: dict = {}
    for path in paths:
        for line in Path(path).read_text().splitlines():
            r = json.loads(line)
            if "_meta" in r:  # the command that wrote the file
                continue
            runs.setdefault((r["text"], tuple(r["span"])), []).append(r["p"])
    return {k: {lab: sum(p[lab] for p in ps) / len(ps) for lab in ps[0]} for k, ps in runs.items()}


def preds_reader(preds: dict):
    """The judge's model made of held-out predictions: a pair without one is left alone (combine skips None)."""
    def read(pairs):
        return [preds.get((text, tuple(span))) for text, span in pairs]
    return read


def read_batch(name: str, catalog, mood, judge) -> tuple[list[dict], dict]:
    from cesrec.agent.stance_llm import STANCE_GATE, judge_feedback
    from cesrec.tools.feedback import parse_feedback_rules

    recs, calls = batch_records(name)
    if calls is None:
        out = {}
        for rec in recs:
            st = shown_state(rec, catalog)
            fb, trace = judge_feedback(rec["text"], parse_feedback_rules(rec["text"], catalog, st), catalog, st, judge)
            out[rec["id"]] = reading_from_feedback(fb)
            out[rec["id"]].detail = {"missing": trace.reason.startswith("judge failed")}
        return recs, out
    _, comb = read_llm(recs, calls, catalog, mood=mood, stance_judge=judge, gate=STANCE_GATE)
    for r in comb.values():
        r.detail = {"missing": str((r.detail.get("stance") or {}).get("reason", "")).startswith("judge failed")}
    return [r for r in recs if r["id"] in comb], comb


def score_batch(name: str, catalog, mood, model, devcases_calls: Path, judge_dir: Path | None = None,
                command: str = "python -m cesrec.evals.bench.understanding_dev") -> dict:
    """One development batch read by the product's path with `model` as the judge's stance model (None: none) and
    scored: genre F1, flips (and which), attribute / item F1, genre tp/fp/fn, judge calls missing. The committed
    judge calls are only replayed (a call they lack fails, the reading stays unjudged, counted); DEV_CASES' calls
    are made with the embedded LLM once into `devcases_calls`; `judge_dir`: every batch's calls there instead."""
    from cesrec.agent.stance_llm import recorded_completer
    from cesrec.evals.bench.understanding_judge import judge_completer

    if judge_dir is not None:
        judge = judge_completer(judge_dir / f"{name}.jsonl", command=command)
    elif name == "devcases":
        judge = judge_completer(devcases_calls, command=command)
    else:
        judge = recorded_completer(DATA[name][2])
    judge.stance_model = model
    recs, rd = read_batch(name, catalog, mood, judge)
    full = score(recs, rd)
    s = _headline(full)
    g = full["fields"]["genre"]
    return {"n": len(recs), **{k: s.get(k) for k in ("genre_f1", "polarity_flips", "attribute_f1", "item_f1")},
            "genre_tp_fp_fn": [g["tp"], g["fp"], g["fn"]], "flipped": full["flipped"],
            "missing_judge_calls": sum(1 for r in rd.values() if r.detail.get("missing"))}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--constructions", default="on", help="on | off | a comma list of tools.stance_values."
                    "CONSTRUCTION_KINDS")
    ap.add_argument("--devcases-calls", type=Path, default=DEVCASES_CALLS,
                    help="judge calls for DEV_CASES (replayed; missing ones made with the embedded LLM and appended)")
    ap.add_argument("--doubt-rated-only", choices=("on", "off"), default="on",
                    help="agent.stance_llm.DOUBT_RATED_ONLY (on in the product)")
    ap.add_argument("--batches", default=",".join(BATCHES))
    ap.add_argument("--judge-dir", type=Path, default=None,
                    help="judge calls of every batch replayed from / recorded live into DIR/<batch>.jsonl (a new "
                         "prompt needs new calls); default: the committed files, replayed only")
    ap.add_argument("--stance-model", choices=("product", "off"), default="product",
                    help="product: the judge carries the trained stance model as in the product "
                         "(agent.stance_model, trained on the development batches but fresh #19-#36: in-sample "
                         "figures for the others); off: the reading path before it (the fourth round's product)")
    ap.add_argument("--stance-model-preds", default=None,
                    help="held-out predictions of the trained stance model (evals/bench/stance_model_lobo.py --out; "
                         "several files, comma-separated: averaged, as the product averages its seeds): combine "
                         "them with the judge's reading (--veto-p, --fill-p)")
    ap.add_argument("--veto-p", type=float, default=None, help="veto: a value the model puts on the other side "
                    "with at least this probability goes to neither side (default off)")
    ap.add_argument("--fill-p", type=float, default=None, help="fill: a value the judge abstained on takes the "
                    "model's side with at least this probability (default off)")
    ap.add_argument("--neither-p", type=float, default=None, help="no side: a value on one side that the model "
                    "reads as named without a stance with at least this probability goes to neither side (default "
                    "off)")
    ap.add_argument("--move-p", type=float, default=None, help="move: a value on one side that the model puts on the "
                    "other with at least this probability goes there (default off; with the product's model too)")
    ap.add_argument("--doubt-p", type=float, default=None, help="doubt: a value on one side to which the model "
                    "gives less than this probability is asked back (default: the product's, "
                    "agent.stance_model.DOUBT_P)")
    ap.add_argument("--move-seconded", choices=("on", "off"), default=None, help="the move only where the rule "
                    "reading has the value on the model's side too (default: the product's, "
                    "agent.stance_model.MOVE_SECONDED)")
    a = ap.parse_args(argv)
    import cesrec.agent.stance_llm as sl
    import cesrec.agent.stance_model as smod
    import cesrec.tools.feedback as fbm
    import cesrec.tools.stance_values as sv
    from cesrec.agent.stance_model import product_reader

    kinds = tuple(k for k in a.constructions.split(",") if k) if a.constructions not in ("on", "off") else ()
    unknown = set(kinds) - set(sv.CONSTRUCTION_KINDS)
    if unknown:  # checked before any module setting changes
        ap.error(f"unknown constructions {sorted(unknown)}; known: {', '.join(sv.CONSTRUCTION_KINDS)}")
    if a.doubt_p is not None and not 0.0 < a.doubt_p <= 1.0:
        ap.error(f"--doubt-p {a.doubt_p}: a probability in (0, 1] is needed")
    # the settings are the process's (this is a command, not a library call)
    sl.DOUBT_RATED_ONLY = a.doubt_rated_only == "on"
    if a.constructions == "off":
        sl.CONSTRUCTIONS = fbm.CONSTRUCTIONS = False
    elif kinds:
        sv.KINDS_ON = kinds
    catalog = load_catalog()
    mood = load_mood(catalog)
    held_out_reader = None
    if a.stance_model_preds is not None:
        held_out_reader = preds_reader(load_preds(str(a.stance_model_preds).split(",")))
        # None: off (agent.stance_model.combine)
        smod.VETO_P, smod.FILL_P, smod.NEITHER_P, smod.MOVE_P = a.veto_p, a.fill_p, a.neither_p, a.move_p
    elif a.move_p is not None:
        smod.MOVE_P = a.move_p
    if a.move_seconded is not None:
        smod.MOVE_SECONDED = a.move_seconded == "on"
    if a.doubt_p is not None:
        smod.DOUBT_P = a.doubt_p
    res = {}
    for name in a.batches.split(","):
        # the product's model only where asked for (judge_completer attaches it, as the product's judge has it)
        model = held_out_reader or (product_reader() if a.stance_model == "product" else None)
        res[name] = r = score_batch(name, catalog, mood, model, devcases_calls=a.devcases_calls,
                                    judge_dir=a.judge_dir, command="python -m cesrec.evals.bench.understanding_dev")
        print(f"{name:9s} n={r['n']:3d} genre F1 {r['genre_f1']:.3f}  flips {r['polarity_flips']:2d}  "
              f"attribute F1 {r['attribute_f1']:.3f}  missing judge calls {r['missing_judge_calls']}", flush=True)
    return res


if __name__ == "__main__":
    main()
