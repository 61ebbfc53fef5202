"""EASE (Steck, WWW 2019): a closed-form item-item linear autoencoder, the non-sequential baseline.

B = argmin ||X - XB||^2 + lam ||B||^2 s.t. diag(B) = 0, solved as P = (X^T X + lam I)^-1,
B = -P / diag(P) (column-wise), diag(B) = 0. X is the binary user x item matrix of the training
sequences (validation and test targets never enter it). A user is scored as x @ B, so order is ignored
and a masked position is simply dropped from x.

item_embeddings(): EASE has no embedding table, so we return the rank-`emb_dim` truncated SVD of B,
U_k * sqrt(S_k) (the "input side" factor: x @ B ~= (x @ U_k sqrt S_k) @ (sqrt S_k V_k^T)). It keeps the
item-item structure the scorer uses in a small dense vector suitable for the semantic alignment step.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from cesrec.recmodel.base import MaskLike, SeqLike, SequentialRecommender, apply_mask


@dataclass
class EASEConfig:
    lam: float = 300.0
    emb_dim: int = 64
    max_len: int = 0  # unused (EASE sees the whole history); kept so every config answers max_len

    def __post_init__(self) -> None:
        if self.lam <= 0:
            raise ValueError(f"lam must be > 0, got {self.lam}")


class EASE(SequentialRecommender):
    name = "ease"

    def __init__(self, num_items: int, config: EASEConfig | None = None, device: str | None = None, **cfg) -> None:
        if config is None:
            names = {f.name for f in dataclasses.fields(EASEConfig)}
            unknown = sorted(set(cfg) - names)
            if unknown:
                raise ValueError(f"unknown ease option(s) {unknown}; valid: {sorted(names)}")
            config = EASEConfig(**cfg)
        self.config = config
        self.num_items = num_items
        self.B: np.ndarray | None = None  # (N+1, N+1) float32, row/col 0 = padding
        self.train_report: dict = {}

    def fit(self, dataset, **_ignored) -> dict:
        import time

        t0 = time.perf_counter()
        n = self.num_items + 1
        rows, cols = [], []
        for u in range(dataset.num_users):
            items = np.unique(dataset.train_sequence(u))
            rows.append(np.full(len(items), u))
            cols.append(items)
        X = np.zeros((dataset.num_users, n), dtype=np.float64)
        X[np.concatenate(rows), np.concatenate(cols)] = 1.0
        X[:, 0] = 0.0
        G = X.T @ X
        G[np.diag_indices(n)] += self.config.lam
        P = np.linalg.inv(G)
        B = -P / np.diag(P)[None, :]
        B[np.diag_indices(n)] = 0.0
        B[0, :] = 0.0
        B[:, 0] = 0.0
        self.B = B.astype(np.float32)
        secs = time.perf_counter() - t0
        self.train_report = {"train_seconds": secs, "best_epoch": 0, "epochs_run": 0}
        return self.train_report

    def _check_fitted(self) -> np.ndarray:
        if self.B is None:
            raise RuntimeError("EASE model is not fitted; call fit(dataset) or load a saved model")
        return self.B

    @torch.inference_mode()
    def score(self, sequences: Sequence[SeqLike], masks: Sequence[MaskLike] | None = None) -> torch.Tensor:
        B = torch.from_numpy(self._check_fitted())
        if masks is not None and len(masks) != len(sequences):
            raise ValueError(f"got {len(masks)} masks for {len(sequences)} sequences")
        X = torch.zeros(len(sequences), self.num_items + 1)
        for r, s in enumerate(sequences):
            s = apply_mask(s, masks[r] if masks is not None else None)
            if len(s) and (s.min() < 0 or s.max() > self.num_items):
                raise ValueError(f"sequence holds item ids outside 0..{self.num_items}")
            X[r, torch.from_numpy(s)] = 1.0
        X[:, 0] = 0.0
        out = X @ B
        out[:, 0] = float("-inf")
        return out

    def item_embeddings(self) -> np.ndarray:
        B = self._check_fitted()
        k = min(self.config.emb_dim, self.num_items)
        U, S, _ = np.linalg.svd(B.astype(np.float64), full_matrices=False)
        emb = (U[:, :k] * np.sqrt(S[:k])[None, :]).astype(np.float32)
        emb[0] = 0.0
        return emb

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "ease_B.npy", self._check_fitted())
        meta = {"model": self.name, "num_items": self.num_items, "model_config": dataclasses.asdict(self.config)}
        (path / "model.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, path: str | Path, device: str | None = None) -> EASE:
        path = Path(path)
        if not (path / "model.json").exists():
            raise FileNotFoundError(f"{path}: no model.json (not a saved ease model)")
        meta = json.loads((path / "model.json").read_text())
        if meta.get("model") != cls.name:
            raise ValueError(f"{path}: holds a {meta.get('model')!r} model, not {cls.name!r}")
        m = cls(meta["num_items"], EASEConfig(**meta["model_config"]))
        m.B = np.load(path / "ease_B.npy")
        return m
