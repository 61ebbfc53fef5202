"""Dual alignment: map semantic item embeddings onto the SRS's collaborative item embeddings.

The CESRec recipe: an MLP adapter (Linear -> GELU -> Linear) from the language-model space to the
collaborative space, trained with MSE against the trained SRS's item embeddings. We also train an InfoNCE
variant (cosine logits against all training items, temperature tau; it only cares about direction, i.e.
"normalising before training") and keep whichever aligns better on held-out items.

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


def train_adapter(
    semantic: np.ndarray, collaborative: np.ndarray, train_items: np.ndarray, loss: str, cfg: AlignmentConfig
) -> Adapter:
    """Full-batch training (a few thousand items fit in one batch). loss: 'mse' or 'infonce'."""
    if loss not in ("mse", "infonce"):
        raise ValueError(f"loss must be 'mse' or 'infonce', got {loss!r}")
    g = torch.Generator().manual_seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    x = torch.as_tensor(semantic[train_items], dtype=torch.float32)
    y = torch.as_tensor(collaborative[train_items], dtype=torch.float32)
    model = Adapter(x.shape[1], y.shape[1], cfg.hidden)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    y_unit = F.normalize(y, dim=1)
    labels = torch.arange(len(x))
    model.train()
    for _ in range(cfg.epochs):
        pred = model(x + 0.01 * torch.randn(x.shape, generator=g))  # tiny input noise: smoother map
        if loss == "mse":
            obj = F.mse_loss(pred, y)
        else:
            logits = F.normalize(pred, dim=1) @ y_unit.T / cfg.tau
            obj = 0.5 * (F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels))
        opt.zero_grad()
        obj.backward()
        opt.step()
    model.eval()
    return model


@torch.no_grad()
def adapt(adapter: Adapter, semantic: np.ndarray) -> np.ndarray:
    return adapter(torch.as_tensor(semantic, dtype=torch.float32)).numpy()


def alignment_metrics(
    predicted: np.ndarray, collaborative: np.ndarray, items: np.ndarray, pool: np.ndarray, k: int = 10
) -> dict[str, float]:
    """Metrics of predictions for `items` against the collaborative vectors of `pool` (eligible items)."""
    items = np.asarray(items, dtype=np.int64)
    pool = np.asarray(pool, dtype=np.int64)
    pred = predicted[items]
    true = collaborative[items]
    mse = float(np.mean((pred - true) ** 2))
    cos = float(np.mean(np.sum(_unit(pred) * _unit(true), axis=1)))
    pool_unit = _unit(collaborative[pool])
    sims_pred = _unit(pred) @ pool_unit.T  # (n, |pool|)
    sims_true = _unit(true) @ pool_unit.T
    pos = {int(p): j for j, p in enumerate(pool)}
    self_hits = neigh_hits = 0
    for r, it in enumerate(items):
        j_self = pos[int(it)]
        top = np.argsort(-sims_pred[r], kind="stable")[:k]
        self_hits += int(j_self in top)
        st = sims_true[r].copy()
        st[j_self] = -np.inf
        nn_j = int(np.argmax(st))
        sp = sims_pred[r].copy()
        sp[j_self] = -np.inf
        neigh_hits += int(nn_j in np.argsort(-sp, kind="stable")[:k])
    n = max(1, len(items))
    return {
        "mse": round(mse, 6),
        "cosine": round(cos, 4),
        f"recall_self@{k}": round(self_hits / n, 4),
        f"recall_neighbour@{k}": round(neigh_hits / n, 4),
        "items": int(len(items)),
    }


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
    torch.set_num_threads(1)  # small full-batch matmuls: one thread is as fast and does not fight for shared cores
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
    for loss in ("mse", "infonce"):
        ad = train_adapter(semantic, collaborative, tr, loss, cfg)
        pred = adapt(ad, semantic)
        report[loss] = {
            "valid": alignment_metrics(pred, collaborative, va, eligible),
            "heldout": alignment_metrics(pred, collaborative, ho, eligible),
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
