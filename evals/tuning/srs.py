"""Try SASRec/GRU4Rec training recipes on the VALIDATION split only; one JSON line per recipe.

Each recipe is a JSON object of TrainConfig and model-config fields over the backbone's defaults; the line
written holds the best validation NDCG@10, its epoch, the wall time to it and the whole validation curve.
The test split is never evaluated here. evals/notes/srs_tuning.md records what was tried with it.

    python -m cesrec.evals.tuning.srs --threads 1 --out runs/tune_srs.jsonl \\
        '{"lr_schedule": "constant", "lr": 0.002, "epochs": 100, "dropout": 0.3}' '{"seed": 43}'
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch
from cesrec.evals.provenance import provenance
from cesrec.recmodel.datasets import open_dataset
from cesrec.recmodel.runs import fit_model


def try_recipe(ds, backbone: str, recipe: dict) -> dict:
    _, report, mcfg, tcfg = fit_model(ds, backbone, device="cpu", progress=False, **recipe)
    curve = [c["valid_ndcg10"] for c in report["curve"]]
    return {
        "recipe": recipe,
        "best_valid_ndcg10": round(report["best_valid"]["ndcg@10"], 5),
        "best_epoch": report["best_epoch"],
        "epochs_run": report["epochs_run"],
        "stopped_by": report["stopped_by"],
        "seconds_to_best": report["train_seconds"],
        "epoch_seconds_median": report["epoch_seconds_median"],
        "mean_valid_ndcg10_last5": round(sum(curve[-5:]) / len(curve[-5:]), 5) if curve else None,
        "curve": curve,
        "amp": report["amp"],
        "model_config": mcfg,
        "train_config": {k: v for k, v in tcfg.items() if k != "progress"},
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.tuning.srs", description=__doc__.splitlines()[0])
    ap.add_argument("recipes", nargs="+", help="JSON objects of TrainConfig / model-config fields")
    ap.add_argument("--dataset", default="ml-100k")
    ap.add_argument("--backbone", default="sasrec", choices=["sasrec", "gru4rec"])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="append the JSON lines here too")
    args = ap.parse_args(argv)
    recipes = []
    for i, text in enumerate(args.recipes, 1):
        try:
            recipe = json.loads(text)
        except json.JSONDecodeError as e:
            ap.error(f"recipe {i} is not JSON ({e.msg}): {text!r}")
        if not isinstance(recipe, dict):
            ap.error(f"recipe {i} must be a JSON object, got {text!r}")
        recipes.append(recipe)
    torch.set_num_threads(args.threads)
    ds = open_dataset(args.dataset)
    prov = provenance("python -m cesrec.evals.tuning.srs " + " ".join(argv if argv is not None else sys.argv[1:]))
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
