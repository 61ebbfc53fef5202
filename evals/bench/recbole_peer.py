"""RecBole 1.2.1 SASRec on our exact leave-one-out split: the peer of `cesrec bench srs`.

Runs INSIDE the RecBole venv (scripts/setup_recbole.sh; old numpy/pandas), so it imports nothing from this
project except recmodel.metrics (numpy + torch only) to score RecBole's trained model with our protocol.

Input: a directory written by evals.bench.srs.export_recbole_atomic — `<name>.inter` whose timestamps are
each user's position in our chronological order (so RecBole's TO ordering + LS valid_and_test split gives
exactly our train/valid/test), and `users.json` (our user order). Output: JSON with RecBole's own metrics
and ours (full ranking, history excluded) on valid and test, per-epoch and to-best-epoch wall time.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
import traceback
from pathlib import Path

import numpy as np
import torch

# RecBole 1.2.1 saves whole config objects in its checkpoints; torch >= 2.6 defaults to weights_only loads.
torch.load = functools.partial(torch.load, weights_only=False)


class _TimeBudget(Exception):  # noqa: N818 - a stop signal, not an error
    """Raised from RecBole's per-epoch callback when the wall-clock budget is spent (a cap, not early stopping)."""



def our_protocol(model, dataset, seqs: list[np.ndarray], targets: np.ndarray, max_len: int, device,
                 exclude_history: bool = True) -> dict:
    """Score our input sequences with RecBole's model and rank with recmodel.metrics (history excluded;
    with exclude_history=False seen items stay candidates, as in RecBole's own sequential evaluation)."""
    # this venv has no cesrec package: recmodel/ is on sys.path (--repo) and metrics.py needs only numpy/torch
    from recbole.data.interaction import Interaction

    from recmodel.metrics import metrics_from_ranks, target_ranks

    tok2id = dataset.field2token_id["item_id"]
    n_ours = int(max(int(t) for t in dataset.field2id_token["item_id"][1:]))
    # our id -> RecBole id (tokens are our internal ids as strings)
    ours_to_rb = np.zeros(n_ours + 1, dtype=np.int64)
    for tok, rid in tok2id.items():
        if tok != "[PAD]":
            ours_to_rb[int(tok)] = rid
    ranks = []
    model.eval()
    with torch.no_grad():
        for a in range(0, len(seqs), 256):
            chunk = seqs[a : a + 256]
            lst = np.zeros((len(chunk), max_len), dtype=np.int64)
            lens = np.zeros(len(chunk), dtype=np.int64)
            for r, s in enumerate(chunk):
                s = ours_to_rb[np.asarray(s[-max_len:], dtype=np.int64)]
                lst[r, : len(s)] = s  # RecBole right-pads and reads item_length
                lens[r] = len(s)
            inter = Interaction({"item_id_list": torch.from_numpy(lst), "item_length": torch.from_numpy(lens)})
            rb_scores = model.full_sort_predict(inter.to(device)).view(len(chunk), -1).float().cpu()
            scores = torch.full((len(chunk), n_ours + 1), float("-inf"))
            scores[:, 1:] = rb_scores[:, torch.from_numpy(ours_to_rb[1:])]
            tg = torch.as_tensor(targets[a : a + 256], dtype=torch.long)
            ranks.append(target_ranks(scores, tg, chunk if exclude_history else []))
    return metrics_from_ranks(torch.cat(ranks))


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--name", default="ml100k_cesrec")
    ap.add_argument("--repo", required=True, help="project root (for recmodel.metrics)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--stopping-step", type=int, default=10)
    ap.add_argument("--time-budget", type=float, default=None,
                    help="stop after the first epoch that ends past this many training seconds (stopped_by='cap')")
    ap.add_argument("--batch-size", type=int, default=2048)  # RecBole default
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=2)  # RecBole SASRec default
    ap.add_argument("--dropout", type=float, default=0.5)  # RecBole SASRec default
    ap.add_argument("--max-len", type=int, default=50)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    return ap


def _recbole_config(args: argparse.Namespace, data_dir: Path) -> dict:
    """RecBole's config: our split (TO order, LS valid_and_test, full ranking), SASRec with CE loss, on CPU."""
    return {
        "data_path": str(data_dir.parent), "dataset": args.name, "checkpoint_dir": str(data_dir / "saved"),
        "USER_ID_FIELD": "user_id", "ITEM_ID_FIELD": "item_id", "TIME_FIELD": "timestamp",
        "load_col": {"inter": ["user_id", "item_id", "timestamp"]},
        "MAX_ITEM_LIST_LENGTH": args.max_len,
        "eval_args": {"split": {"LS": "valid_and_test"}, "order": "TO", "mode": "full", "group_by": "user"},
        "train_neg_sample_args": None, "loss_type": "CE",
        "metrics": ["Hit", "NDCG"], "topk": [10], "valid_metric": "NDCG@10",
        "epochs": args.epochs, "stopping_step": args.stopping_step, "eval_step": 1,
        "train_batch_size": args.batch_size, "eval_batch_size": 4096, "learning_rate": 1e-3,
        "hidden_size": args.hidden, "inner_size": 4 * args.hidden, "n_layers": args.layers,
        "n_heads": args.heads, "hidden_dropout_prob": args.dropout, "attn_dropout_prob": args.dropout,
        "hidden_act": "gelu", "layer_norm_eps": 1e-12, "initializer_range": 0.02,
        "device": "cpu", "use_gpu": False, "seed": args.seed, "reproducibility": True,
        "show_progress": False, "save_dataset": False, "save_dataloaders": False,
    }


def _fit(trainer, model, dataset, train_data, valid_data, full: list[np.ndarray], args: argparse.Namespace,
         device) -> tuple[list[dict], bool, float]:
    """RecBole's Trainer.fit to its own early stopping (or the time budget), our protocol's validation NDCG@10
    logged per epoch outside the timed seconds; returns (per-epoch marks, budget hit?, training seconds)."""
    v_seqs, v_targets = [s[:-2] for s in full], np.array([s[-2] for s in full], dtype=np.int64)
    marks: list[dict] = []
    t_train = time.perf_counter()
    untimed = [0.0]  # seconds spent on our per-epoch curve, kept out of RecBole's training time

    def on_eval(epoch_idx: int, valid_score: float) -> None:
        t_cb = time.perf_counter()
        elapsed = t_cb - t_train - untimed[0]
        # learning curve on our protocol too, for an equal-epoch reading against our SASRec
        ours_v = our_protocol(model, dataset, v_seqs, v_targets, args.max_len, device)["ndcg@10"]
        model.train()
        untimed[0] += time.perf_counter() - t_cb
        marks.append({"epoch": epoch_idx, "elapsed": elapsed, "valid_ndcg10": valid_score,
                      "ours_valid_ndcg10": ours_v})
        print(json.dumps(marks[-1]), flush=True)
        if args.time_budget and marks[-1]["elapsed"] > args.time_budget:
            raise _TimeBudget

    budget_hit = False
    try:
        trainer.fit(train_data, valid_data, saved=True, show_progress=False, callback_fn=on_eval)
    except _TimeBudget:
        budget_hit = True  # the best checkpoint so far is on disk; evaluate loads it
    return marks, budget_hit, time.perf_counter() - t_train - untimed[0]


def _summary(args: argparse.Namespace, marks: list[dict], budget_hit: bool, total: float, trainer, test_result,
             ours: dict) -> dict:
    """The run's fields of the output JSON: epochs, why it stopped, the curve, times, both evaluators' metrics."""
    best = max(marks, key=lambda m: m["valid_ndcg10"]) if marks else None
    per_epoch = [b["elapsed"] - a["elapsed"] for a, b in zip([{"elapsed": 0.0}, *marks], marks, strict=False)]
    return {
        "epochs_run": len(marks), "epoch_cap": args.epochs, "time_budget": args.time_budget,
        "stopped_by": "cap" if budget_hit or len(marks) >= args.epochs else "early_stopping",
        "curve": [{k: round(v, 5) if isinstance(v, float) else v for k, v in m.items()} for m in marks],
        "best_epoch": best["epoch"] + 1 if best else None,
        "train_seconds_to_best": round(best["elapsed"], 2) if best else None,
        "train_seconds_total": round(total, 2),
        "epoch_seconds": [round(x, 2) for x in per_epoch],
        "epoch_seconds_median": round(float(np.median(per_epoch)), 2) if per_epoch else None,
        "recbole_valid": {k: float(v) for k, v in dict(trainer.best_valid_result or {}).items()},
        "recbole_test": {k: float(v) for k, v in dict(test_result).items()},
        "ours_protocol": ours,
        "error": None,
    }


def main() -> None:
    args = _parser().parse_args()
    sys.path.insert(0, args.repo)
    from evals.provenance import git_commit  # the checkout whose evaluator scores this peer (--repo)

    out: dict = {"recbole_version": None, "args": vars(args),
                 "command": " ".join([Path(sys.executable).name, *sys.argv]), "launched_by": "cesrec.evals.bench.srs",
                 "git_commit": git_commit()}
    try:
        import recbole
        from recbole.config import Config
        from recbole.data import create_dataset, data_preparation
        from recbole.model.sequential_recommender import SASRec
        from recbole.trainer import Trainer
        from recbole.utils import init_logger, init_seed

        out["recbole_version"] = recbole.__version__
        data_dir = Path(args.data_dir)
        config = Config(model="SASRec", dataset=args.name, config_dict=_recbole_config(args, data_dir))
        init_seed(config["seed"], config["reproducibility"])
        init_logger(config)
        t0 = time.perf_counter()
        dataset = create_dataset(config)
        train_data, valid_data, test_data = data_preparation(config, dataset)
        out["prepare_seconds"] = round(time.perf_counter() - t0, 2)
        model = SASRec(config, train_data.dataset).to(config["device"])
        trainer = Trainer(config, model)
        users = json.loads((data_dir / "users.json").read_text())
        seqs_all = json.loads((data_dir / "sequences.json").read_text())
        full = [np.asarray(seqs_all[u], dtype=np.int64) for u in users]
        marks, budget_hit, total = _fit(trainer, model, dataset, train_data, valid_data, full, args, config["device"])
        test_result = trainer.evaluate(test_data, load_best_model=True, show_progress=False)

        ours = {}
        for stage, cut in (("valid", 2), ("test", 1)):
            seqs = [s[:-cut] for s in full]
            targets = np.array([s[-cut] for s in full], dtype=np.int64)
            ours[stage] = our_protocol(model, dataset, seqs, targets, args.max_len, config["device"])
            ours[f"{stage}_history_included"] = our_protocol(model, dataset, seqs, targets, args.max_len,
                                                             config["device"], exclude_history=False)
        out.update(_summary(args, marks, budget_hit, total, trainer, test_result, ours))
    except Exception as e:  # the bench records why the peer could not run
        out["error"] = f"{type(e).__name__}: {e}"
        out["traceback"] = traceback.format_exc()[-3000:]
    Path(args.out).write_text(json.dumps(out, indent=2))
    print(json.dumps({k: v for k, v in out.items() if k != "traceback"}, indent=1)[:3000])


if __name__ == "__main__":
    main()
