"""Most-popular baseline: every user gets the training-interaction counts as scores (the floor to beat)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from cesrec.recmodel.base import MaskLike, SeqLike, SequentialRecommender


class Popularity(SequentialRecommender):
    name = "pop"

    def __init__(self, num_items: int, device: str | None = None, **cfg) -> None:
        if cfg:
            raise ValueError(f"unknown pop option(s) {sorted(cfg)}; it has none")
        self.num_items = num_items
        self.counts = np.zeros(num_items + 1, dtype=np.float32)
        self.config = None
        self.train_report: dict = {}

    def fit(self, dataset, **_ignored) -> dict:
        # training sequences only: validation/test targets never count
        self.counts = dataset.item_popularity("train").astype(np.float32)
        self.train_report = {"train_seconds": 0.0, "best_epoch": 0, "epochs_run": 0}
        return self.train_report

    def score(self, sequences: Sequence[SeqLike], masks: Sequence[MaskLike] | None = None) -> torch.Tensor:
        out = torch.from_numpy(self.counts).float().repeat(len(sequences), 1)
        out[:, 0] = float("-inf")
        return out

    def item_embeddings(self) -> np.ndarray:
        return self.counts[:, None].copy()

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "pop_counts.npy", self.counts)
        (path / "model.json").write_text(json.dumps({"model": self.name, "num_items": self.num_items, "model_config": {}}))

    @classmethod
    def load(cls, path: str | Path, device: str | None = None) -> Popularity:
        path = Path(path)
        meta = json.loads((path / "model.json").read_text())
        m = cls(meta["num_items"])
        m.counts = np.load(path / "pop_counts.npy")
        return m
