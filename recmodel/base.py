"""The one interface every recommender in recmodel implements: ids in, scores out.

Conventions (shared by tools/, agent/, evals/):
- internal item ids 1..num_items, 0 = padding; `score` returns (B, num_items + 1) with column 0 = -inf;
- a sequence is chronological (oldest first);
- `masked` marks positions to ignore (True = hidden). Hiding a position is exactly equivalent to deleting it
  from the sequence: the model never sees it and positions are recomputed on the compacted sequence.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

SeqLike = Sequence[int] | np.ndarray
MaskLike = Sequence[bool] | np.ndarray | None


def apply_mask(sequence: SeqLike, masked: MaskLike) -> np.ndarray:
    """The sequence with masked positions removed (the model-side meaning of a mask)."""
    seq = np.asarray(sequence, dtype=np.int64)
    if masked is None:
        return seq
    m = np.asarray(masked, dtype=bool)
    if m.shape != seq.shape:
        raise ValueError(f"mask length {m.shape[0]} does not match sequence length {seq.shape[0]}")
    return seq[~m]


def pick_device(device: str | None = None) -> torch.device:
    """CUDA when present (or as asked), CPU otherwise."""
    if device and device != "auto":
        return torch.device(device)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


class SequentialRecommender(ABC):
    """fit / score / recommend / item_embeddings / save / load."""

    name: str = "base"
    num_items: int

    @abstractmethod
    def fit(self, dataset, **kwargs) -> dict:
        """Train on `dataset` (a recmodel.data.SequenceDataset); returns a report dict."""

    @abstractmethod
    def score(self, sequences: Sequence[SeqLike], masks: Sequence[MaskLike] | None = None) -> torch.Tensor:
        """Logits over the whole catalogue, shape (B, num_items + 1), column 0 = -inf, on CPU, float32."""

    def recommend(
        self,
        sequence: SeqLike,
        k: int = 10,
        exclude: Sequence[int] | None = None,
        masked: MaskLike = None,
        allowed: np.ndarray | None = None,
    ) -> list[tuple[int, float]]:
        """Top-k (item, score) for one sequence. `exclude`: ids never returned; `allowed`: boolean
        vector of length num_items + 1 restricting candidates (hard filters)."""
        scores = self.score([sequence], [masked] if masked is not None else None)[0].clone()
        if exclude is not None and len(exclude):
            scores[torch.as_tensor(np.asarray(list(exclude), dtype=np.int64))] = float("-inf")
        if allowed is not None:
            scores[~torch.as_tensor(np.asarray(allowed, dtype=bool))] = float("-inf")
        k = min(k, int(torch.isfinite(scores).sum()))
        if k <= 0:
            return []
        vals, idx = torch.topk(scores, k)
        return [(int(i), float(v)) for i, v in zip(idx.tolist(), vals.tolist(), strict=True)]

    @abstractmethod
    def item_embeddings(self) -> np.ndarray:
        """Collaborative item embeddings, shape (num_items + 1, d); row 0 is padding."""

    @abstractmethod
    def save(self, path: str | Path) -> None:
        """Write weights + config to directory `path`."""

    @classmethod
    @abstractmethod
    def load(cls, path: str | Path, device: str | None = None) -> SequentialRecommender:
        """Inverse of save."""
