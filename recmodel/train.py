"""Training loop for the neural backbones, run bookkeeping, and `train_or_load` for other areas.

Objective: full-softmax cross-entropy over the whole catalogue at every position of each user's training
sequence (next-item prediction), no sampled negatives -- up to FULL_SOFTMAX_MAX_ITEMS items; larger
catalogues use a logQ-corrected sampled softmax (memory bounded, see _NextItemCE). AdamW, gradient clipping, early stopping on
validation NDCG@10 with patience; the best epoch's weights are kept. Seeded and deterministic on CPU;
CUDA + autocast (bf16, else fp16 with a grad scaler) when a GPU is present. With `ddp=True` the loop runs
under torch.distributed (launched by torchrun): each rank takes a disjoint shard of every epoch's shuffled
batches, gradients are all-reduced by DistributedDataParallel, rank 0 evaluates and broadcasts the
early-stopping decision so every rank stops at the same epoch with the same weights.
"""

from __future__ import annotations

import copy
import dataclasses
import fcntl
import hashlib
import json
import os
import random
import statistics
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from tqdm.auto import tqdm

from recmodel.base import SequentialRecommender
from recmodel.data import SequenceDataset, cesrec_home
from recmodel.metrics import evaluate
from recmodel.neural import NeuralRecommender, training_windows
from recmodel.registry import CONFIGS, build_model, load_model, model_class, model_config_fields


@dataclass
class TrainConfig:
    epochs: int = 100
    batch_size: int = 128
    lr: float = 2e-3  # chosen on validation NDCG@10 (see evals/results/bench_srs_tuning.md)
    weight_decay: float = 0.1
    patience: int = 10  # evaluations without a better validation NDCG@10 before stopping
    eval_every: int = 1
    grad_clip: float = 1.0
    all_windows: bool = True  # train on every max_len window of a long history, not only the last one
    seed: int = 42
    amp: bool = True  # only takes effect on CUDA
    ddp: bool = False
    progress: bool = True

    def __post_init__(self) -> None:
        if self.epochs < 1 or self.batch_size < 1 or self.eval_every < 1:
            raise ValueError("epochs, batch_size and eval_every must be >= 1")
        if self.lr <= 0:
            raise ValueError(f"lr must be > 0, got {self.lr}")


# fields that change nothing about the trained weights (excluded from the run key)
_NON_SEMANTIC = {"progress", "ddp", "amp"}


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


# Full softmax costs (batch x positions x catalogue) logits per step: 128 x 50 x 100k floats is 2.5 GB
# before gradients. Beyond FULL_SOFTMAX_MAX_ITEMS the loss is a sampled softmax instead: SAMPLED_NEGATIVES
# items drawn once per step (shared by every position) from popularity^0.75, with the logQ correction
# (Bengio & Senecal 2008; Yi et al. 2019) so the estimate stays unbiased for the full softmax; accidental hits
# (a negative equal to the target) are masked. Small catalogues (ml-100k, ml-1m) keep the exact full softmax.
FULL_SOFTMAX_MAX_ITEMS = 20_000
SAMPLED_NEGATIVES = 4096


def sampling_log_q(windows: torch.Tensor, num_items: int, negatives: int) -> torch.Tensor:
    """log(expected count of each item among `negatives` draws from popularity^0.75); -inf for padding."""
    counts = torch.bincount(windows.reshape(-1), minlength=num_items + 1).double()
    q = (counts + 1.0) ** 0.75
    q[0] = 0.0
    q = q / q.sum()
    return torch.log(q * negatives).float()


class _NextItemCE(nn.Module):
    """Wraps a backbone so the whole loss is one forward (what DDP needs to see). `log_q` (N+1,) switches
    to the sampled softmax described above."""

    def __init__(self, module: nn.Module, log_q: torch.Tensor | None = None, negatives: int = 0) -> None:
        super().__init__()
        self.module = module
        self.negatives = negatives
        self.register_buffer("log_q", log_q if log_q is not None else torch.zeros(0), persistent=False)

    def forward(self, inp: torch.Tensor, tgt: torch.Tensor) -> torch.Tensor:
        hidden = self.module(inp)
        keep = tgt != 0
        h, t = hidden[keep], tgt[keep]
        emb = self.module.item_emb.weight
        if not self.negatives:
            logits = h @ emb.T
            logits[:, 0] = float("-inf")  # padding is never a next item
            return F.cross_entropy(logits.float(), t)
        neg = torch.multinomial(self.log_q.exp(), self.negatives, replacement=True)
        pos = (h * emb[t]).sum(-1, keepdim=True) - self.log_q[t][:, None]
        negl = (h @ emb[neg].T - self.log_q[neg][None, :]).masked_fill(neg[None, :] == t[:, None], float("-inf"))
        logits = torch.cat([pos, negl], dim=1).float()
        return F.cross_entropy(logits, torch.zeros(len(t), dtype=torch.long, device=t.device))


def _dist_info(cfg: TrainConfig) -> tuple[int, int, bool]:
    """(rank, world_size, we_initialised_the_group)."""
    if not cfg.ddp:
        return 0, 1, False
    created = False
    if not dist.is_initialized():
        if "RANK" not in os.environ:
            raise RuntimeError("ddp=True needs torch.distributed env vars: launch with `torchrun --nproc_per_node N`")
        dist.init_process_group(backend="nccl" if torch.cuda.is_available() else "gloo")
        created = True
    return dist.get_rank(), dist.get_world_size(), created


def train_model(model: NeuralRecommender, dataset: SequenceDataset, cfg: TrainConfig) -> dict:
    """Train `model` in place; returns a report (best epoch, its validation metrics, train_seconds...)."""
    if dataset.num_items != model.num_items:
        raise ValueError(f"model has {model.num_items} items but dataset {dataset.name!r} has {dataset.num_items}")
    rank, world, created = _dist_info(cfg)
    if cfg.ddp and torch.cuda.is_available():
        model.device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", 0)))
        model.module.to(model.device)
    dev = model.device
    seed_everything(cfg.seed)
    if cfg.ddp:  # identical start on every rank regardless of construction order
        for p in model.module.parameters():
            dist.broadcast(p.data, src=0)

    windows = training_windows(
        [dataset.train_sequence(u) for u in range(dataset.num_users)], model.max_len, model.pad_side, cfg.all_windows
    )
    sampled = model.num_items > FULL_SOFTMAX_MAX_ITEMS
    log_q = sampling_log_q(windows, model.num_items, SAMPLED_NEGATIVES).to(dev) if sampled else None
    net: nn.Module = _NextItemCE(model.module, log_q, SAMPLED_NEGATIVES if sampled else 0)
    if cfg.ddp:
        net = nn.parallel.DistributedDataParallel(net, device_ids=[dev.index] if dev.type == "cuda" else None)
    decay = [p for n, p in model.module.named_parameters() if p.dim() >= 2 and "pos_emb" not in n]
    no_decay = [p for n, p in model.module.named_parameters() if not (p.dim() >= 2 and "pos_emb" not in n)]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": no_decay, "weight_decay": 0.0}], lr=cfg.lr
    )
    use_amp = cfg.amp and dev.type == "cuda"
    amp_dtype = torch.bfloat16 if use_amp and torch.cuda.is_bf16_supported() else torch.float16
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp and amp_dtype == torch.float16)

    best = {"ndcg@10": -1.0}
    best_state, best_epoch, best_elapsed, bad_evals = None, 0, 0.0, 0
    epoch_secs: list[float] = []
    t_start = time.perf_counter()
    bar = tqdm(range(1, cfg.epochs + 1), desc=f"train {model.name}", disable=not cfg.progress or rank != 0,
               dynamic_ncols=True, leave=False)
    epoch = 0
    for epoch in bar:
        t_ep = time.perf_counter()
        model.module.train()
        g = torch.Generator().manual_seed(cfg.seed * 1_000_003 + epoch)
        perm = torch.randperm(len(windows), generator=g)
        if world > 1:  # equal batch counts on every rank (DDP needs them), disjoint shards
            per_rank = -(-len(perm) // world)
            perm = torch.cat([perm, perm[: per_rank * world - len(perm)]])[rank::world]
        losses = []
        for a in range(0, len(perm), cfg.batch_size):
            w = windows[perm[a : a + cfg.batch_size]].to(dev, non_blocking=True)
            inp, tgt = w[:, :-1], w[:, 1:].clone()
            tgt[inp == 0] = 0  # a padded input predicts nothing
            ctx = torch.autocast("cuda", dtype=amp_dtype) if use_amp else nullcontext()
            with ctx:
                loss = net(inp, tgt)
            opt.zero_grad(set_to_none=True)
            scaler.scale(loss).backward()
            if cfg.grad_clip:
                scaler.unscale_(opt)
                nn.utils.clip_grad_norm_(model.module.parameters(), cfg.grad_clip)
            scaler.step(opt)
            scaler.update()
            losses.append(loss.detach())
        epoch_secs.append(time.perf_counter() - t_ep)
        mean_loss = float(torch.stack(losses).mean()) if losses else float("nan")

        if epoch % cfg.eval_every and epoch != cfg.epochs:
            continue
        shared = torch.zeros(2)  # [stop?, best epoch] decided on rank 0
        if rank == 0:
            val = evaluate(model, dataset, "valid")
            if val["ndcg@10"] > best["ndcg@10"]:
                best, best_epoch, bad_evals = val, epoch, 0
                best_elapsed = time.perf_counter() - t_start
                best_state = copy.deepcopy(model.module.state_dict())
            else:
                bad_evals += 1
            bar.set_postfix(loss=f"{mean_loss:.3f}", ndcg10=f"{val['ndcg@10']:.4f}", best=best_epoch)
            shared[0], shared[1] = float(bad_evals >= cfg.patience), float(best_epoch)
        if world > 1:
            dist.broadcast(shared, src=0)
            if rank != 0 and int(shared[1]) != best_epoch:
                best_epoch, best_elapsed = int(shared[1]), time.perf_counter() - t_start
        if shared[0].item():
            break
    bar.close()
    total = time.perf_counter() - t_start

    if world > 1:  # rank 0 decided which epoch was best; every rank ends with those weights
        if rank != 0:
            best_state = copy.deepcopy(model.module.state_dict())
        for t in best_state.values():
            dist.broadcast(t, src=0)
    if best_state is not None:
        model.module.load_state_dict(best_state)
    model.module.eval()
    if created:
        dist.barrier()
    report = {
        "model": model.name,
        "best_epoch": best_epoch,
        "epochs_run": epoch,
        "train_seconds": round(best_elapsed, 3),  # wall time from start to the end of the best epoch's eval
        "total_seconds": round(total, 3),
        "epoch_seconds_median": round(statistics.median(epoch_secs), 4) if epoch_secs else None,
        "best_valid": {k: v for k, v in best.items() if k not in ("stage",)} if rank == 0 else None,
        "train_windows": len(windows),
        "device": str(dev),
        "amp": str(amp_dtype).replace("torch.", "") if use_amp else None,
        "world_size": world,
        "loss": (f"sampled softmax ({SAMPLED_NEGATIVES} popularity^0.75 negatives per step, logQ-corrected)"
                 if sampled else "full softmax"),
        "train_config": dataclasses.asdict(cfg),
    }
    return report


# --------------------------------------------------------------------------------------------------------
# Runs on disk
# --------------------------------------------------------------------------------------------------------

_DATA_KEYS = ("name", "prepare_version", "interactions_sha256", "items_sha256", "users", "items", "interactions",
              "min_rating", "k_core", "max_seq_len", "metadata_items")


def split_overrides(model_name: str, overrides: dict) -> tuple[dict, dict]:
    """Separate model-config fields from TrainConfig fields; unknown keys are an error."""
    mfields = model_config_fields(model_name)
    tfields = {f.name for f in dataclasses.fields(TrainConfig)}
    unknown = sorted(set(overrides) - mfields - tfields)
    if unknown:
        raise ValueError(
            f"unknown option(s) {unknown} for {model_name}; model options: {sorted(mfields)}, "
            f"training options: {sorted(tfields)}"
        )
    return ({k: v for k, v in overrides.items() if k in mfields}, {k: v for k, v in overrides.items() if k in tfields})


def run_key(model_name: str, model_cfg: dict, train_cfg: dict, manifest: dict) -> str:
    payload = {
        "model": model_name,
        "model_config": model_cfg,
        "train_config": {k: v for k, v in train_cfg.items() if k not in _NON_SEMANTIC},
        "data": {k: manifest.get(k) for k in _DATA_KEYS},
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def save_run(model: SequentialRecommender, out_dir: str | Path, dataset: SequenceDataset, report: dict,
             train_cfg: dict, key: str | None = None) -> Path:
    """Weights + model config (model.json) + run.json (training config, data manifest, report, key)."""
    out = Path(out_dir)
    model.save(out)
    mcfg = dataclasses.asdict(model.config) if dataclasses.is_dataclass(model.config) else {}
    run = {
        "model": model.name,
        "model_config": mcfg,
        "train_config": train_cfg,
        "data": {k: dataset.manifest.get(k) for k in (*_DATA_KEYS, "source", "cache_dir")},
        "report": report,
        "key": key or run_key(model.name, mcfg, train_cfg, dataset.manifest),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (out / "run.json").write_text(json.dumps(run, indent=2, default=str))  # written last = run complete
    return out


def fit_model(dataset: SequenceDataset, model_name: str, device: str | None = None, **overrides):
    """Build and train `model_name` on `dataset` -> (model, report, model_cfg, train_cfg)."""
    model_class(model_name)
    mcfg, tcfg = split_overrides(model_name, overrides)
    if "max_len" in model_config_fields(model_name) and model_name != "ease":
        mcfg.setdefault("max_len", dataset.max_seq_len)
    train_cfg = dataclasses.asdict(TrainConfig(**tcfg))
    seed_everything(train_cfg["seed"])  # weight init is part of the seeded run
    model = build_model(model_name, dataset.num_items, device=device, **mcfg)
    report = model.fit(dataset, **tcfg) if isinstance(model, NeuralRecommender) else model.fit(dataset)
    return model, report, mcfg, train_cfg


@contextmanager
def dir_lock(directory: Path, wait: bool = True):
    """Exclusive lock for a run directory; wait=False raises BlockingIOError when another process holds it."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    with open(directory.parent / f".{directory.name}.lock", "w") as fh:
        # two processes asking for the same run train it once
        fcntl.flock(fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def resolve_run(
    dataset: SequenceDataset, model_name: str, out_dir: str | Path | None = None, **overrides
) -> tuple[Path, str]:
    """(run directory, run key) that train_or_load uses for this model + config + data."""
    name = model_name.lower()
    model_class(name)
    mcfg, tcfg = split_overrides(name, overrides)
    full_mcfg = dict(mcfg)
    cfg_cls = CONFIGS[name]
    if cfg_cls is not None:
        if "max_len" in model_config_fields(name) and name != "ease":
            full_mcfg.setdefault("max_len", dataset.max_seq_len)
        full_mcfg = dataclasses.asdict(cfg_cls(**full_mcfg))
    train_cfg = dataclasses.asdict(TrainConfig(**tcfg))
    key = run_key(name, full_mcfg, train_cfg, dataset.manifest)
    if out_dir is None:
        semantic = {k for k in overrides if k not in _NON_SEMANTIC}
        suffix = f"-{key[:8]}" if semantic else ""
        out_dir = cesrec_home() / "runs" / f"{dataset.name}-{name}{suffix}"
    return Path(out_dir), key


def train_or_load(
    dataset: SequenceDataset,
    model_name: str = "sasrec",
    out_dir: str | Path | None = None,
    device: str | None = None,
    **overrides,
) -> SequentialRecommender:
    """Load the run in `out_dir` when it was trained with the same config on the same data, else train
    and save it there. Default `out_dir`: CESREC_HOME/runs/<dataset>-<model> for default settings,
    .../<dataset>-<model>-<key> when overridden (a quick test run never clobbers the real one).
    `overrides` are model-config or TrainConfig fields (e.g. epochs=5, hidden=32)."""
    name = model_name.lower()
    out, key = resolve_run(dataset, name, out_dir, **overrides)
    with dir_lock(out):
        run_path = out / "run.json"
        if run_path.exists():
            try:
                if json.loads(run_path.read_text()).get("key") == key:
                    return load_model(out, device=device)
            except (json.JSONDecodeError, OSError):
                pass  # unreadable run: retrain over it
            run_path.unlink()  # a stale run is overwritten; until run.json is rewritten it is incomplete
        model, report, _, train_cfg = fit_model(dataset, name, device=device, **overrides)
        save_run(model, out, dataset, report, train_cfg, key)
        return model


def dataset_for_run(run_dir: str | Path, source: str | Path | None = None) -> SequenceDataset:
    """The prepared dataset a run was trained on: its cache when intact, else re-prepared from `source`
    (or the run's recorded source). Refuses data whose hashes differ from the run's."""
    from recmodel.data import DataError, load_prepared, open_dataset

    run_path = Path(run_dir) / "run.json"
    if not run_path.exists():
        raise DataError(f"{run_dir}: no run.json (not a run directory written by `cesrec train`)")
    data = json.loads(run_path.read_text()).get("data", {})
    cache = data.get("cache_dir")
    ds = None
    if source is None and cache and (Path(cache) / "manifest.json").exists():
        ds = load_prepared(cache)
    if ds is None:
        src = source or data.get("source")
        ds = open_dataset(data.get("name", "ml-100k"), src, max_seq_len=data.get("max_seq_len") or 50)
    for k in ("interactions_sha256", "items", "users"):
        if data.get(k) is not None and ds.manifest.get(k) != data.get(k):
            raise DataError(f"{run_dir}: dataset differs from the one the run was trained on ({k})")
    return ds
