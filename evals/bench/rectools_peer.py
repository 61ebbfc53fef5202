"""RecTools SASRec (transformer model, softmax loss) on our exact leave-one-out split: a peer of `cesrec bench srs`.

Runs INSIDE the RecTools venv (scripts/setup_rectools.sh; rectools pins numpy<2), importing nothing from this
project except recmodel.metrics (numpy + torch only) to score the trained model with our protocol.

Input: the directory evals.bench.srs.export_recbole_atomic writes (`users.json`, `sequences.json`: each user's
chronological item ids, our internal ids). Training data = every user's sequence without its test item; the
validation target (the second-to-last item) is held out by RecTools' own `get_val_mask_func` hook, so RecTools
trains on exactly our train split and computes its validation loss on exactly our validation item.

Stopping: RecTools has no early stopping of its own; it hands training to a pytorch-lightning Trainer
(`get_trainer_func`). We give it Lightning's EarlyStopping on RecTools' validation loss (`val_loss`, patience
`--patience` epochs, a large epoch cap) and a callback that keeps the weights of the best-`val_loss` epoch, which
are restored before scoring. So the peer stops by its own validation loss, not by our NDCG@10.

Output: JSON with the val-loss learning curve, wall time to the best epoch, and HR/NDCG with our evaluator
(full ranking over our whole catalogue, history excluded) on valid and test.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
import traceback
from pathlib import Path

import numpy as np
import torch


def last_per_user(interactions, **_):
    """RecTools val-mask hook: each user's most recent interaction (our validation item) is the val target."""
    import pandas as pd

    order = interactions.sort_values(["datetime"], kind="stable")
    last = order.groupby("user_id", sort=False).tail(1).index
    return pd.Series(interactions.index.isin(last), index=interactions.index).values


def frame(users: list[str], seqs: list[np.ndarray]):
    """Interactions frame; datetimes are positions in our chronological order (1 s apart)."""
    import pandas as pd

    rows_u, rows_i, rows_t = [], [], []
    for u, s in zip(users, seqs, strict=True):
        rows_u += [u] * len(s)
        rows_i += [int(x) for x in s]
        rows_t += list(range(len(s)))
    return pd.DataFrame({
        "user_id": rows_u, "item_id": rows_i, "weight": 1.0,
        "datetime": pd.Timestamp("2000-01-01") + pd.to_timedelta(rows_t, unit="s"),
    })


def our_metrics(model, users: list[str], hist: list[np.ndarray], targets: np.ndarray, n_ours: int) -> dict:
    """Every catalogue item scored by RecTools for each user's input history, ranked by recmodel.metrics
    (history excluded). Items RecTools never saw in training get -inf (it cannot recommend them)."""
    # this venv has no cesrec package: recmodel/ is on sys.path (--repo) and metrics.py needs only numpy/torch
    from rectools.dataset import Dataset

    from recmodel.metrics import metrics_from_ranks, target_ranks

    ds = Dataset.construct(frame(users, hist))
    reco = model.recommend(users=users, dataset=ds, k=n_ours, filter_viewed=False)
    row = {u: r for r, u in enumerate(users)}
    scores = torch.full((len(users), n_ours + 1), float("-inf"))
    r = torch.as_tensor(reco["user_id"].map(row).to_numpy(dtype=np.int64))
    c = torch.as_tensor(reco["item_id"].to_numpy(dtype=np.int64))
    scores[r, c] = torch.as_tensor(reco["score"].to_numpy(dtype=np.float32))
    ranks = target_ranks(scores, torch.as_tensor(targets, dtype=torch.long), hist)
    return metrics_from_ranks(ranks)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--repo", required=True, help="project root (for recmodel.metrics)")
    ap.add_argument("--epochs", type=int, default=2000, help="epoch cap (large: early stopping decides)")
    ap.add_argument("--patience", type=int, default=10, help="epochs without a lower val_loss before stopping")
    ap.add_argument("--time-budget", type=float, default=None,
                    help="stop after this many training seconds (then stopped_by = 'cap')")
    ap.add_argument("--max-len", type=int, default=50)
    ap.add_argument("--n-factors", type=int, default=64,
                    help="RecTools' default is 256; 64 matches our SASRec and RecBole's default and is ~10x cheaper")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    return ap


def _keeper_class(Callback, args: argparse.Namespace, out: dict, curve: list[dict], best: dict,  # noqa: N803
                  t0: list[float]):
    """The Keeper callback class on the venv's Lightning `Callback` (passed in: imported inside main's try)."""

    class Keeper(Callback):
        """Learning curve + best-val_loss weights; the time budget stops training like a cap."""

        def on_train_start(self, trainer, pl_module) -> None:
            t0.append(time.perf_counter())

        def on_validation_epoch_end(self, trainer, pl_module) -> None:
            if trainer.sanity_checking or "val_loss" not in trainer.callback_metrics:
                return
            loss = float(trainer.callback_metrics["val_loss"])
            elapsed = time.perf_counter() - t0[0]
            curve.append({"epoch": trainer.current_epoch + 1, "val_loss": round(loss, 5),
                          "elapsed": round(elapsed, 2)})
            print(json.dumps(curve[-1]), flush=True)
            if loss < best["loss"]:
                best.update(loss=loss, state=copy.deepcopy(pl_module.state_dict()),
                            epoch=trainer.current_epoch + 1, elapsed=elapsed)
            if args.time_budget and elapsed > args.time_budget:
                out["time_budget_hit"] = True
                trainer.should_stop = True

    return Keeper


def _summary(args: argparse.Namespace, out: dict, curve: list[dict], best: dict, total: float, ours: dict) -> dict:
    """The run's fields of the output JSON: epochs, why it stopped, the curve, times, config, our metrics."""
    # RecTools deep-copies the trainer (and its callbacks) before fitting, so `early` itself never records
    # the stop: training ends early exactly when neither the epoch cap nor the time budget ended it
    stopped_early = len(curve) < args.epochs and not out.get("time_budget_hit")
    return {
        "epochs_run": len(curve), "epoch_cap": args.epochs, "best_epoch": best["epoch"],
        "stopped_by": "early_stopping" if stopped_early else "cap",
        "train_seconds_to_best": round(best["elapsed"], 2),
        "train_seconds_total": round(total, 2),
        "epoch_seconds_median": round(float(np.median(np.diff([0.0] + [c["elapsed"] for c in curve]))), 3),
        "curve": curve,
        "config": {"n_blocks": 2, "n_heads": 4, "n_factors": args.n_factors, "dropout_rate": 0.2, "lr": 1e-3,
                   "batch_size": 128, "loss": "softmax", "session_max_len": args.max_len},
        "ours_protocol": ours,
        "error": None,
    }


def main() -> None:
    args = _parser().parse_args()
    sys.path.insert(0, args.repo)
    from evals.provenance import git_commit  # the checkout whose evaluator scores this peer (--repo)

    out: dict = {"rectools_version": None, "args": vars(args),
                 "command": " ".join([Path(sys.executable).name, *sys.argv]), "launched_by": "cesrec.evals.bench.srs",
                 "git_commit": git_commit()}
    try:
        import pytorch_lightning as pl
        import rectools
        from pytorch_lightning.callbacks import Callback, EarlyStopping
        from rectools.dataset import Dataset
        from rectools.models import SASRecModel
        from rectools.models.nn.item_net import IdEmbeddingsItemNet

        out["rectools_version"] = rectools.__version__
        out["lightning_version"] = pl.__version__
        data_dir = Path(args.data_dir)
        users = json.loads((data_dir / "users.json").read_text())
        seqs_all = json.loads((data_dir / "sequences.json").read_text())
        full = [np.asarray(seqs_all[u], dtype=np.int64) for u in users]
        n_ours = int(max(int(s.max()) for s in full))

        curve: list[dict] = []
        best: dict = {"loss": float("inf"), "state": None, "epoch": None, "elapsed": None}
        t0: list[float] = []
        Keeper = _keeper_class(Callback, args, out, curve, best, t0)  # noqa: N806 - a class
        early = EarlyStopping(monitor="val_loss", patience=args.patience, mode="min")

        def get_trainer() -> pl.Trainer:
            return pl.Trainer(max_epochs=args.epochs, min_epochs=1, deterministic=True, accelerator="cpu",
                              devices=1, callbacks=[early, Keeper()], enable_checkpointing=False, logger=False,
                              enable_progress_bar=False, enable_model_summary=False, num_sanity_val_steps=0)

        pl.seed_everything(args.seed, workers=True)
        # RecTools' SASRec defaults (2 blocks, 4 heads, dropout 0.2, lr 1e-3, batch 128) with our hidden size,
        # softmax loss over the whole catalogue, id embeddings only (no item features here), our max length
        model = SASRecModel(
            n_factors=args.n_factors, session_max_len=args.max_len, loss="softmax", epochs=args.epochs, deterministic=True,
            item_net_block_types=(IdEmbeddingsItemNet,), get_val_mask_func=last_per_user,
            get_trainer_func=get_trainer, recommend_torch_device="cpu",
        )
        train_ds = Dataset.construct(frame(users, [s[:-1] for s in full]))
        t_fit = time.perf_counter()
        model.fit(train_ds)
        total = time.perf_counter() - t_fit
        model.lightning_model.load_state_dict(best["state"])  # best val_loss epoch
        model.lightning_model.eval()
        ours = {}
        for stage, cut in (("valid", 2), ("test", 1)):
            hist = [s[:-cut] for s in full]
            targets = np.array([s[-cut] for s in full], dtype=np.int64)
            ours[stage] = our_metrics(model, users, hist, targets, n_ours)
        out.update(_summary(args, out, curve, best, total, ours))
    except Exception as e:  # the bench records why the peer could not run
        out["error"] = f"{type(e).__name__}: {e}"
        out["traceback"] = traceback.format_exc()[-3000:]
    Path(args.out).write_text(json.dumps(out, indent=2))
    print(json.dumps({k: v for k, v in out.items() if k not in ("traceback", "curve")}, indent=1)[:3000])


if __name__ == "__main__":
    main()
