"""Training loop for the neural backbones (run bookkeeping and `train_or_load` live in recmodel.runs).

Objective: full-softmax cross-entropy over the whole catalogue at every position of each user's training
sequence (next-item prediction), no sampled negatives -- up to FULL_SOFTMAX_MAX_ITEMS items; larger
catalogues use a logQ-corrected sampled softmax (memory bounded; both losses live in recmodel.losses). AdamW,
gradient clipping, early stopping on validation NDCG@10 with patience; the best epoch's weights are kept. A
backbone may bring its own recipe (`train_defaults`: SASRec uses a warm-up + cosine learning-rate decay over a
fixed number of epochs).
Seeded and deterministic on CPU; CUDA + autocast (bf16, else fp16 with a grad scaler) when a GPU is present,
bf16 autocast on CPUs with native bf16 when `cpu_bf16` is set. With `ddp=True` the loop runs
under torch.distributed (launched by torchrun): each rank takes a disjoint shard of every epoch's shuffled
batches, gradients are all-reduced by DistributedDataParallel, rank 0 evaluates and broadcasts the
early-stopping decision so every rank stops at the same epoch with the same weights.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import math
import os
import random
import statistics
import time
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import torch
import torch.distributed as dist
from cesrec.recmodel.batching import training_windows
from cesrec.recmodel.data import SequenceDataset
from cesrec.recmodel.losses import (  # ChunkedSoftmaxCE and CE_ROW_CHUNK stay importable from here
    CE_ROW_CHUNK,  # noqa: F401
    FULL_SOFTMAX_MAX_ITEMS,
    SAMPLED_NEGATIVES,
    ChunkedSoftmaxCE,  # noqa: F401
    _NextItemCE,
    sampling_log_q,
)
from cesrec.recmodel.metrics import evaluate
from torch import nn
from tqdm.auto import tqdm


class Trainable(Protocol):
    """What train_model needs of a backbone (recmodel.neural.NeuralRecommender has it); a Protocol rather than
    that class, because neural.py imports this module to train itself."""

    name: str
    num_items: int
    module: nn.Module
    device: torch.device
    pad_side: str

    @property
    def max_len(self) -> int: ...


@dataclass
class TrainConfig:
    epochs: int = 100
    batch_size: int = 128
    lr: float = 2e-3  # chosen on validation NDCG@10 (see evals/notes/srs_tuning.md)
    # "constant"; "cosine" (linear warm-up, then cosine decay to 0 at `epochs`); "plateau" (a probe at the
    # constant rate until validation NDCG@10 has not improved for `plateau_patience` evaluations, then the
    # best epoch's weights and optimizer state come back and the rate decays to 0 along a cosine over
    # max(3, round(cooldown_frac x best epoch)) epochs: the schedule's length comes from the data)
    lr_schedule: str = "constant"
    warmup_epochs: float = 1.0  # cosine only; at most a tenth of the run
    plateau_patience: int = 5  # plateau only
    cooldown_frac: float = 0.25  # plateau only
    weight_decay: float = 0.1
    patience: int = 10  # evaluations without a better validation NDCG@10 before stopping
    eval_every: int = 1
    grad_clip: float = 1.0
    all_windows: bool = True  # train on every max_len window of a long history, not only the last one
    seed: int = 42
    amp: bool = True  # CUDA autocast: bf16, else fp16 with a grad scaler
    cpu_bf16: bool = False  # CPU bf16 autocast, only where the CPU has native bf16 (else ignored)
    ddp: bool = False
    progress: bool = True
    # early stopping decided on this many validation users (a fixed seeded sample; 0 = all of them), the best
    # epoch's weights then scored on the full validation split once: fewer evaluation passes on big data
    valid_sample: int = 0

    def __post_init__(self) -> None:
        if self.epochs < 1 or self.batch_size < 1 or self.eval_every < 1:
            raise ValueError("epochs, batch_size and eval_every must be >= 1")
        if self.lr <= 0:
            raise ValueError(f"lr must be > 0, got {self.lr}")
        if self.lr_schedule not in ("constant", "cosine", "plateau"):
            raise ValueError(f"lr_schedule must be 'constant', 'cosine' or 'plateau', got {self.lr_schedule!r}")
        if self.warmup_epochs < 0:
            raise ValueError(f"warmup_epochs must be >= 0, got {self.warmup_epochs}")
        if self.plateau_patience < 1 or self.cooldown_frac < 0:
            raise ValueError("plateau_patience must be >= 1 and cooldown_frac >= 0")
        if self.valid_sample < 0:
            raise ValueError(f"valid_sample must be >= 0, got {self.valid_sample}")


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


@functools.cache
def cpu_has_native_bf16() -> bool:
    """AVX512-BF16 or AMX: bf16 matmuls run natively (SASRec trains ~1.5x faster on ml-100k, 1 thread).
    Elsewhere CPU bf16 is emulated and slower than fp32, so `cpu_bf16` is ignored there."""
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


class _Cooldown:
    """The plateau schedule's multiplier: 1 until `start(step, steps)`, then a cosine from 1 to 0 over `steps`."""

    def __init__(self) -> None:
        self.begin: int | None = None
        self.steps = 1

    def start(self, step: int, steps: int) -> None:
        self.begin, self.steps = step, max(1, steps)

    def __call__(self, step: int) -> float:
        if self.begin is None:
            return 1.0
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, (step - self.begin) / self.steps)))


def cooldown_epochs(cfg: TrainConfig, best_epoch: int) -> int:
    """Length of the plateau schedule's decay: a quarter of the epochs the probe needed (at least 3)."""
    return max(3, round(cfg.cooldown_frac * best_epoch))


def _lr_factor(cfg: TrainConfig, steps_per_epoch: int):
    """Step -> multiplier of cfg.lr. Cosine reaches 0 at the last epoch, so a run decays instead of hovering
    at a noisy plateau and its best validation epoch comes early (see evals/notes/srs_tuning.md). The
    plateau schedule's multiplier is a `_Cooldown` the training loop starts when the probe ends."""
    if cfg.lr_schedule == "constant":
        return lambda step: 1.0
    if cfg.lr_schedule == "plateau":
        return _Cooldown()
    total = cfg.epochs * steps_per_epoch
    warm = max(1, min(round(cfg.warmup_epochs * steps_per_epoch), total // 10))

    def factor(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / (total - warm) if total > warm else 1.0
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))

    return factor


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


def _check_ranks_agree(state: dict[str, torch.Tensor]) -> None:
    """Raise on every rank when any rank's weights differ from rank 0's (a broken all-reduce, a rank that
    skipped a step): the run would otherwise save one replica and silently drop what the others learned."""
    flat = torch.cat([t.detach().reshape(-1).to(torch.float64) for t in state.values()])
    ref = flat.clone()
    dist.broadcast(ref, src=0)
    diff = (flat - ref).abs().max() if flat.numel() else torch.zeros((), dtype=torch.float64, device=flat.device)
    dist.all_reduce(diff, op=dist.ReduceOp.MAX)
    if diff.item() != 0.0:
        raise RuntimeError(f"DDP ranks ended with different weights (max |difference| {diff.item():.3g})")


@dataclass
class _Run:
    """What one train_model call builds once (model on its device, loss, optimizer, schedule, precision) and
    the state its epochs carry (the best epoch so far, the plateau probe, the curve)."""

    rank: int
    world: int
    created: bool
    dev: torch.device
    windows: torch.Tensor
    sampled: bool
    net: nn.Module
    opt: torch.optim.Optimizer
    sched: torch.optim.lr_scheduler.LambdaLR
    factor: object  # _lr_factor's multiplier (a _Cooldown under the plateau schedule)
    steps_per_epoch: int
    valid_users: np.ndarray | None
    use_amp: bool
    amp_dtype: torch.dtype
    scaler: torch.amp.GradScaler
    best: dict = dataclasses.field(default_factory=lambda: {"ndcg@10": -1.0})
    best_state: dict | None = None
    best_opt: dict | None = None
    best_epoch: int = 0
    best_elapsed: float = 0.0
    bad_evals: int = 0
    end_epoch: int = 0  # plateau: the cooldown's last epoch once the probe has ended
    probe_epochs: int | None = None
    stopped_by: str = "cap"
    epoch_secs: list[float] = dataclasses.field(default_factory=list)
    curve: list[dict] = dataclasses.field(default_factory=list)  # per-evaluation learning curve for benchmarks
    t_start: float = 0.0
    plateau: bool = False


def _setup(model: Trainable, dataset: SequenceDataset, cfg: TrainConfig) -> _Run:
    """Device and process group, seeded identical start, training windows, loss, AdamW, schedule, precision."""
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
    steps_per_epoch = math.ceil(math.ceil(len(windows) / world) / cfg.batch_size)  # per rank, as in the loop
    factor = _lr_factor(cfg, steps_per_epoch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
    valid_users = None  # early stopping on a fixed sample of validation users (then the best on all of them)
    if cfg.valid_sample and cfg.valid_sample < dataset.num_users:
        valid_users = np.sort(np.random.default_rng(cfg.seed).choice(dataset.num_users, cfg.valid_sample, replace=False))
    use_amp = (cfg.amp and dev.type == "cuda") or (cfg.cpu_bf16 and dev.type == "cpu" and cpu_has_native_bf16())
    amp_dtype = torch.bfloat16 if dev.type == "cpu" or torch.cuda.is_bf16_supported() else torch.float16
    scaler = torch.amp.GradScaler("cuda", enabled=use_amp and dev.type == "cuda" and amp_dtype == torch.float16)
    return _Run(rank, world, created, dev, windows, sampled, net, opt, sched, factor, steps_per_epoch, valid_users,
                use_amp, amp_dtype, scaler, end_epoch=cfg.epochs, plateau=cfg.lr_schedule == "plateau",
                # patience ran out; else the run ended at `epochs`: the planned end of a cosine schedule, a cap
                stopped_by="schedule_end" if cfg.lr_schedule == "cosine" else "cap")


def _train_epoch(run: _Run, model: Trainable, cfg: TrainConfig, epoch: int) -> float:
    """One pass over this rank's shard of the epoch's seeded shuffle; returns the mean training loss."""
    t_ep = time.perf_counter()
    model.module.train()
    g = torch.Generator().manual_seed(cfg.seed * 1_000_003 + epoch)
    perm = torch.randperm(len(run.windows), generator=g)
    if run.world > 1:  # equal batch counts on every rank (DDP needs them), disjoint shards
        per_rank = -(-len(perm) // run.world)
        perm = torch.cat([perm, perm[: per_rank * run.world - len(perm)]])[run.rank :: run.world]
    losses = []
    for a in range(0, len(perm), cfg.batch_size):
        w = run.windows[perm[a : a + cfg.batch_size]].to(run.dev, non_blocking=True)
        inp, tgt = w[:, :-1], w[:, 1:].clone()
        tgt[inp == 0] = 0  # a padded input predicts nothing
        ctx = torch.autocast(run.dev.type, dtype=run.amp_dtype) if run.use_amp else nullcontext()
        with ctx:
            loss = run.net(inp, tgt)
        run.opt.zero_grad(set_to_none=True)
        run.scaler.scale(loss).backward()
        if cfg.grad_clip:
            run.scaler.unscale_(run.opt)
            nn.utils.clip_grad_norm_(model.module.parameters(), cfg.grad_clip)
        run.scaler.step(run.opt)
        run.scaler.update()
        run.sched.step()
        losses.append(loss.detach())
    run.epoch_secs.append(time.perf_counter() - t_ep)
    return float(torch.stack(losses).mean()) if losses else float("nan")


def _keep_best(run: _Run, model: Trainable) -> None:
    run.best_state = copy.deepcopy(model.module.state_dict())
    if run.plateau and run.probe_epochs is None:
        run.best_opt = copy.deepcopy(run.opt.state_dict())


def _validate(run: _Run, model: Trainable, dataset: SequenceDataset, cfg: TrainConfig, epoch: int,
              mean_loss: float, bar) -> bool:
    """After an epoch: validation on rank 0, the best epoch kept on every rank, early stopping or the plateau
    probe's end (back to its best epoch, then the cooldown). True when the run stops here."""
    if epoch % cfg.eval_every and epoch not in (cfg.epochs, run.end_epoch):
        return False
    shared = torch.zeros(3)  # [stop?, best epoch, start the cooldown?] decided on rank 0
    if run.rank == 0:
        val = evaluate(model, dataset, "valid", users=run.valid_users)
        run.curve.append({"epoch": epoch, "elapsed": round(time.perf_counter() - run.t_start, 2),
                          "valid_ndcg10": round(val["ndcg@10"], 5)})
        if val["ndcg@10"] > run.best["ndcg@10"]:
            run.best, run.best_epoch, run.bad_evals = val, epoch, 0
            run.best_elapsed = time.perf_counter() - run.t_start
            _keep_best(run, model)
        else:
            run.bad_evals += 1
        bar.set_postfix(loss=f"{mean_loss:.3f}", ndcg10=f"{val['ndcg@10']:.4f}", best=run.best_epoch)
        if run.plateau:  # no early stopping: the probe's end starts the cooldown, whose end stops the run
            shared[2] = float(run.probe_epochs is None and run.bad_evals >= cfg.plateau_patience)
        else:
            shared[0] = float(run.bad_evals >= cfg.patience)
        shared[1] = float(run.best_epoch)
    if run.world > 1:
        dist.broadcast(shared, src=0)
        if run.rank != 0 and int(shared[1]) != run.best_epoch:  # a new best: every rank keeps its own copy
            run.best_epoch, run.best_elapsed = int(shared[1]), time.perf_counter() - run.t_start
            _keep_best(run, model)
    if shared[0].item():
        run.stopped_by = "early_stopping"
        return True
    if shared[2].item():  # the probe ended: back to its best epoch, then decay the rate to 0
        run.probe_epochs = epoch
        model.module.load_state_dict(run.best_state)
        if run.best_opt is not None:
            run.opt.load_state_dict(run.best_opt)
        cd = cooldown_epochs(cfg, run.best_epoch)
        run.factor.start(run.sched.last_epoch, cd * run.steps_per_epoch)
        run.end_epoch = min(cfg.epochs, epoch + cd)
        if run.end_epoch == epoch:
            return True
    if run.plateau and run.probe_epochs is not None and epoch >= run.end_epoch:
        run.stopped_by = "schedule_end"
        return True
    return False


def _finish(run: _Run, model: Trainable, dataset: SequenceDataset, cfg: TrainConfig, epoch: int) -> dict:
    """The best epoch's weights restored (scored on the full validation split when a sample decided), the DDP
    replicas checked equal, and the report."""
    total = time.perf_counter() - run.t_start
    best, sample_best, valid_users = run.best, None, run.valid_users
    if valid_users is not None and run.rank == 0:  # the decisions were a sample's: the best epoch on everyone
        if run.best_state is not None:
            model.module.load_state_dict(run.best_state)
        sample_best = {k: v for k, v in best.items() if k != "stage"}
        best = evaluate(model, dataset, "valid")

    if run.world > 1:  # DDP keeps the replicas bit-identical; check it rather than paper over a divergence
        _check_ranks_agree(run.best_state if run.best_state is not None else model.module.state_dict())
    if run.best_state is not None:
        model.module.load_state_dict(run.best_state)
    model.module.eval()
    if run.created:
        dist.barrier()
    return {
        "model": model.name,
        "best_epoch": run.best_epoch,
        "epochs_run": epoch,
        "stopped_by": run.stopped_by,
        "train_seconds": round(run.best_elapsed, 3),  # wall time from start to the end of the best epoch's eval
        "total_seconds": round(total, 3),
        "epoch_seconds_median": round(statistics.median(run.epoch_secs), 4) if run.epoch_secs else None,
        "curve": run.curve,
        "best_valid": {k: v for k, v in best.items() if k not in ("stage",)} if run.rank == 0 else None,
        "train_windows": len(run.windows),
        "probe_epochs": run.probe_epochs,  # plateau schedule: the epoch its probe ended (then the cooldown)
        "valid_sample": ({"users": int(len(valid_users)), "best_valid_on_sample": sample_best}
                         if valid_users is not None else None),
        "device": str(run.dev),
        "amp": str(run.amp_dtype).replace("torch.", "") if run.use_amp else None,
        "world_size": run.world,
        "loss": (f"sampled softmax ({SAMPLED_NEGATIVES} popularity^0.75 negatives per step, logQ-corrected)"
                 if run.sampled else "full softmax"),
        "train_config": dataclasses.asdict(cfg),
    }


def train_model(model: Trainable, dataset: SequenceDataset, cfg: TrainConfig) -> dict:
    """Train `model` in place; returns a report (best epoch, its validation metrics, train_seconds...)."""
    run = _setup(model, dataset, cfg)
    run.t_start = time.perf_counter()
    bar = tqdm(range(1, cfg.epochs + 1), desc=f"train {model.name}", disable=not cfg.progress or run.rank != 0,
               dynamic_ncols=True, leave=False)
    epoch = 0
    for epoch in bar:
        mean_loss = _train_epoch(run, model, cfg, epoch)
        if _validate(run, model, dataset, cfg, epoch, mean_loss, bar):
            break
    bar.close()
    return _finish(run, model, dataset, cfg, epoch)
