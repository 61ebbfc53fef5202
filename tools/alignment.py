"""Dual alignment: map semantic item embeddings onto the SRS's collaborative item embeddings.

The CESRec recipe: an MLP adapter (Linear -> GELU -> Linear) from the language-model space to the
collaborative space, trained with MSE against the trained SRS's item embeddings. We also train an InfoNCE
variant (cosine logits, temperature tau, the other items of the mini-batch as negatives; it only cares
about direction, i.e. "normalising before training") and keep whichever aligns better on held-out items.
Training is mini-batched (AlignmentConfig.batch_size) with early stopping on the validation items' loss
and a bounded number of steps, so it is linear in the catalogue (the original full-batch InfoNCE was
|train|^2 per step: >15 min at 9k items); metrics score at most `metric_items` items against all eligible.

Items are split (seeded) into train / validation / held-out; only items the SRS actually saw in training
(popularity > 0) take part, because an unseen item's collaborative vector is just its initialisation.
Selection uses the validation items; the reported numbers are on the held-out items:
- mse: mean squared error to the true collaborative vector;
- cosine: mean cosine between prediction and truth;
- recall_self@10: the item's own collaborative vector is among the 10 nearest (cosine) of all eligible
  items' collaborative vectors to the prediction;
- recall_neighbour@10: the item's nearest collaborative neighbour (excluding itself) is among the 10
  nearest collaborative vectors to the prediction (excluding the item) — "does the adapter land in the
  right collaborative neighbourhood".

`hybrid_embeddings(adapted, collaborative, alpha)`: alpha * unit(adapted semantic) + (1 - alpha) *
unit(collaborative). Both halves live in the collaborative space; unit-normalising each first keeps one
from dominating by scale (learned embedding norms track popularity). alpha=0.5 by default; an item the SRS
never saw in training gets alpha=1 (its collaborative vector carries no signal).
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class AlignmentConfig:
    hidden: int = 256
    epochs: int = 400
    lr: float = 3e-3
    weight_decay: float = 1e-4
    tau: float = 0.1  # InfoNCE temperature
    valid_frac: float = 0.1
    heldout_frac: float = 0.1
    seed: int = 0
    # mini-batches with in-batch negatives: memory and time per step are bounded whatever the catalogue
    # size; 0 = one full batch of every training item and no early stopping (the original recipe, whose
    # InfoNCE logits are |train| x |train|: fine for ml-100k's 1.3k items, quadratic at 100k)
    batch_size: int = 2048
    # catalogues with at most this many training items keep the original full-batch recipe (cheap there:
    # 4k x 4k logits), so the committed ml-100k results, measured with it, stay what the code computes;
    # mini-batching measured slightly better on ml-100k's held-out items (evals/bench/alignment.py) but
    # was not re-validated downstream. 0 = mini-batches whatever the size.
    full_batch_max: int = 4096
    eval_every: int = 20  # optimiser steps between validation-loss checks (early stopping)
    patience: int = 10  # checks without a better validation loss before stopping; the best weights are kept
    max_steps: int = 1000  # hard bound on optimiser steps whatever `epochs` says
    metric_items: int = 2000  # valid/held-out items scored by alignment_metrics (a seeded sample beyond)


class Adapter(nn.Module):
    """Linear -> GELU -> Linear, semantic dim -> collaborative dim (the paper's adapter)."""

    def __init__(self, d_in: int, d_out: int, hidden: int = 256) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d_in, hidden), nn.GELU(), nn.Linear(hidden, d_out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def _unit(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.maximum(n, 1e-12)


def split_items(eligible: np.ndarray, cfg: AlignmentConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Seeded (train, valid, held-out) split of the eligible item ids."""
    rng = np.random.default_rng(cfg.seed)
    ids = rng.permutation(np.asarray(eligible, dtype=np.int64))
    n_h = max(1, int(round(len(ids) * cfg.heldout_frac)))
    n_v = max(1, int(round(len(ids) * cfg.valid_frac)))
    return np.sort(ids[n_h + n_v :]), np.sort(ids[n_h : n_h + n_v]), np.sort(ids[:n_h])


def _loss(model: Adapter, x: torch.Tensor, y: torch.Tensor, loss: str, tau: float) -> torch.Tensor:
    """MSE to the collaborative vectors, or symmetric InfoNCE whose negatives are the other rows of the batch."""
    pred = model(x)
    if loss == "mse":
        return F.mse_loss(pred, y)
    logits = F.normalize(pred, dim=1) @ F.normalize(y, dim=1).T / tau
    labels = torch.arange(len(x))
    return 0.5 * (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels))


def _batches(n: int, size: int, g: torch.Generator) -> list[torch.Tensor]:
    """A shuffled epoch cut into near-equal batches (no tiny last batch: InfoNCE needs its negatives)."""
    perm = torch.randperm(n, generator=g)
    return list(torch.tensor_split(perm, max(1, -(-n // size))))


@torch.no_grad()
def _valid_loss(model: Adapter, x: torch.Tensor, y: torch.Tensor, loss: str, cfg: AlignmentConfig) -> float:
    model.eval()
    parts = torch.tensor_split(torch.arange(len(x)), max(1, -(-len(x) // cfg.batch_size)))
    val = sum(float(_loss(model, x[p], y[p], loss, cfg.tau)) * len(p) for p in parts) / max(1, len(x))
    model.train()
    return val


def train_adapter(
    semantic: np.ndarray, collaborative: np.ndarray, train_items: np.ndarray, loss: str, cfg: AlignmentConfig,
    valid_items: np.ndarray | None = None,
) -> Adapter:
    """loss: 'mse' or 'infonce'. Mini-batches of `cfg.batch_size` items (InfoNCE negatives: the rest of the
    batch), early stopping on the validation loss of `valid_items` every `eval_every` steps, at most
    `epochs` epochs and `max_steps` steps. batch_size=0: full batch for `epochs` epochs, no early stopping."""
    if loss not in ("mse", "infonce"):
        raise ValueError(f"loss must be 'mse' or 'infonce', got {loss!r}")
    g = torch.Generator().manual_seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    x = torch.as_tensor(semantic[train_items], dtype=torch.float32)
    y = torch.as_tensor(collaborative[train_items], dtype=torch.float32)
    model = Adapter(x.shape[1], y.shape[1], cfg.hidden)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    model.train()
    full = cfg.batch_size <= 0 or len(x) <= cfg.full_batch_max
    early = not full and valid_items is not None and len(valid_items) > 0
    if early:
        xv = torch.as_tensor(semantic[valid_items], dtype=torch.float32)
        yv = torch.as_tensor(collaborative[valid_items], dtype=torch.float32)
    best, best_state, bad, step, done = float("inf"), None, 0, 0, False
    for _ in range(cfg.epochs):
        if done:
            break
        for idx in [torch.arange(len(x))] if full else _batches(len(x), cfg.batch_size, g):
            xb = x[idx]
            xb = xb + 0.01 * torch.randn(xb.shape, generator=g)  # tiny input noise: smoother map
            obj = _loss(model, xb, y[idx], loss, cfg.tau)
            opt.zero_grad()
            obj.backward()
            opt.step()
            step += 1
            if early and step % cfg.eval_every == 0:
                v = _valid_loss(model, xv, yv, loss, cfg)
                if v < best:
                    best, bad = v, 0
                    best_state = {k: t.clone() for k, t in model.state_dict().items()}
                else:
                    bad += 1
            done = (early and bad >= cfg.patience) or (not full and step >= cfg.max_steps)
            if done:
                break
    if best_state is not None:
        if _valid_loss(model, xv, yv, loss, cfg) >= best:  # the last weights may be better than the last check
            model.load_state_dict(best_state)
    model.eval()
    model.steps = step  # type: ignore[attr-defined]  # reported by fit_alignment
    return model


@torch.no_grad()
def adapt(adapter: Adapter, semantic: np.ndarray) -> np.ndarray:
    return adapter(torch.as_tensor(semantic, dtype=torch.float32)).numpy()


def alignment_metrics(
    predicted: np.ndarray, collaborative: np.ndarray, items: np.ndarray, pool: np.ndarray, k: int = 10,
    chunk: int = 256,
) -> dict[str, float]:
    """Metrics of predictions for `items` against the collaborative vectors of `pool` (eligible items).

    Rows are scored in chunks (memory: chunk x |pool|); a hit is "fewer than k pool items rank above",
    ties broken by pool position -- the same as membership in a stable argsort's top k, without sorting."""
    items = np.asarray(items, dtype=np.int64)
    pool = np.asarray(pool, dtype=np.int64)
    pred = predicted[items]
    true = collaborative[items]
    mse = float(np.mean((pred - true) ** 2))
    cos = float(np.mean(np.sum(_unit(pred) * _unit(true), axis=1)))
    pool_unit = _unit(collaborative[pool])
    pos = {int(p): j for j, p in enumerate(pool)}
    j_self_all = np.array([pos[int(it)] for it in items], dtype=np.int64)
    cols = np.arange(len(pool))
    self_hits = neigh_hits = 0
    for a in range(0, len(items), chunk):
        sp = _unit(pred[a : a + chunk]) @ pool_unit.T  # (c, |pool|)
        st = _unit(true[a : a + chunk]) @ pool_unit.T
        rows = np.arange(len(sp))
        js = j_self_all[a : a + chunk]
        s_self = sp[rows, js][:, None]
        above = (sp > s_self).sum(1) + ((sp == s_self) & (cols[None, :] < js[:, None])).sum(1)
        self_hits += int((above < k).sum())
        st[rows, js] = -np.inf
        nn_j = np.argmax(st, axis=1)
        sp[rows, js] = -np.inf
        s_nn = sp[rows, nn_j][:, None]
        above = (sp > s_nn).sum(1) + ((sp == s_nn) & (cols[None, :] < nn_j[:, None])).sum(1)
        neigh_hits += int((above < k).sum())
    n = max(1, len(items))
    return {
        "mse": round(mse, 6),
        "cosine": round(cos, 4),
        f"recall_self@{k}": round(self_hits / n, 4),
        f"recall_neighbour@{k}": round(neigh_hits / n, 4),
        "items": int(len(items)),
    }


def _metric_sample(items: np.ndarray, cfg: AlignmentConfig) -> np.ndarray:
    """At most cfg.metric_items of `items` (seeded), so scoring stays linear in the catalogue."""
    if cfg.metric_items <= 0 or len(items) <= cfg.metric_items:
        return items
    rng = np.random.default_rng(cfg.seed + 1)
    return np.sort(rng.choice(items, size=cfg.metric_items, replace=False))


@dataclass
class AlignmentResult:
    chosen: str
    adapter: Adapter
    adapted: np.ndarray  # (N+1, d_collab) adapted semantic vectors, row 0 zero
    report: dict  # {"mse": {"valid": {...}, "heldout": {...}}, "infonce": {...}, "chosen": ..., "config": ...}


def fit_alignment(
    semantic: np.ndarray,
    collaborative: np.ndarray,
    eligible: np.ndarray,
    cfg: AlignmentConfig | None = None,
    select_by: str = "recall_neighbour@10",
) -> AlignmentResult:
    """Train both adapters, keep the better one by `select_by` on validation items (ties -> MSE, the
    paper's). `semantic`, `collaborative`: (N+1, d) with row 0 padding; `eligible`: item ids with a
    trained collaborative vector."""
    cfg = cfg or AlignmentConfig()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # small matmuls: one thread is as fast and does not fight for shared cores
    try:
        return _fit_alignment(semantic, collaborative, eligible, cfg, select_by)
    finally:
        torch.set_num_threads(threads)


def _fit_alignment(semantic: np.ndarray, collaborative: np.ndarray, eligible: np.ndarray, cfg: AlignmentConfig,
                   select_by: str) -> AlignmentResult:
    eligible = np.asarray(eligible, dtype=np.int64)
    if len(eligible) < 20:
        raise ValueError(f"need at least 20 items with collaborative embeddings to align, got {len(eligible)}")
    tr, va, ho = split_items(eligible, cfg)
    report: dict = {"config": dataclasses.asdict(cfg), "split": {"train": len(tr), "valid": len(va), "heldout": len(ho)}}
    fitted: dict[str, tuple[Adapter, np.ndarray]] = {}
    va_m, ho_m = _metric_sample(va, cfg), _metric_sample(ho, cfg)
    for loss in ("mse", "infonce"):
        t0 = time.perf_counter()
        ad = train_adapter(semantic, collaborative, tr, loss, cfg, valid_items=va)
        seconds = time.perf_counter() - t0
        pred = adapt(ad, semantic)
        report[loss] = {
            "valid": alignment_metrics(pred, collaborative, va_m, eligible),
            "heldout": alignment_metrics(pred, collaborative, ho_m, eligible),
            "steps": int(getattr(ad, "steps", 0)),
            "train_seconds": round(seconds, 2),
        }
        fitted[loss] = (ad, pred)
    chosen = "mse"
    if report["infonce"]["valid"][select_by] > report["mse"]["valid"][select_by]:
        chosen = "infonce"
    report["chosen"] = chosen
    report["selected_by"] = f"valid {select_by}"
    ad, pred = fitted[chosen]
    pred = pred.astype(np.float32)
    pred[0] = 0.0
    return AlignmentResult(chosen, ad, pred, report)


def collaborative_confidence(popularity: np.ndarray, p0: float) -> np.ndarray:
    """How much to trust an item's collaborative vector: pop / (pop + p0) (0 for unseen items; p0=0: 1 for
    every seen item). Rarely seen items have barely trained embeddings."""
    pop = np.asarray(popularity, dtype=np.float64)
    if p0 <= 0:
        return (pop > 0).astype(np.float32)
    return (pop / (pop + p0)).astype(np.float32)


def hybrid_embeddings(
    adapted_semantic: np.ndarray,
    collaborative: np.ndarray,
    alpha: float = 0.5,
    trained: np.ndarray | None = None,
    confidence: np.ndarray | None = None,
) -> np.ndarray:
    """alpha_i * unit(adapted semantic) + (1 - alpha_i) * unit(collaborative), per item (row 0 stays zero).

    alpha_i = 1 - (1 - alpha) * confidence_i: `confidence` in [0, 1] per item (see collaborative_confidence)
    moves rarely seen items towards their adapted semantic vector; `trained` (bool) is the hard version
    (untrained items use alpha = 1 because their collaborative vector is initialisation noise)."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha must be in [0, 1], got {alpha}")
    if adapted_semantic.shape != collaborative.shape:
        raise ValueError(f"shape mismatch: adapted {adapted_semantic.shape} vs collaborative {collaborative.shape}")
    a = np.full((len(collaborative), 1), alpha, dtype=np.float32)
    if confidence is not None:
        a = (1.0 - (1.0 - alpha) * np.asarray(confidence, dtype=np.float32))[:, None]
    if trained is not None:
        a[~np.asarray(trained, dtype=bool)] = 1.0
    h = a * _unit(adapted_semantic) + (1.0 - a) * _unit(collaborative)
    h[0] = 0.0
    return h.astype(np.float32)
