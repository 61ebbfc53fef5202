"""Collaborative item neighbours: "people who watched X also watched ...", from the training split.

When a user points at films ("I loved Heat and The Usual Suspects"), the most reliable evidence of what
they mean is the films that co-occur with those in other people's histories (issue 10's calibration:
HR@10 0.84 from item-item scores vs 0.39 from appending the film to the SRS sequence). We keep the top-K
neighbours of every item as two dense (N+1, K) arrays, so memory and the per-turn cost are linear in
the catalogue:
- up to `ease_max_items` items: EASE item-item weights (Steck 2019, closed form, lam=300);
- beyond that (EASE inverts an N x N matrix): cosine co-occurrence of the binary user x item matrix,
  computed block by block with sparse products.
Only training sequences enter (validation and test targets never do).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from cesrec.recmodel.data import SequenceDataset


@dataclass
class ItemNeighbours:
    ids: np.ndarray  # (N+1, K) int64 neighbour ids per item, best first (0 = none)
    weights: np.ndarray  # (N+1, K) float32
    method: str

    @property
    def num_items(self) -> int:
        return self.ids.shape[0] - 1

    def scores(self, items: list[int], decay: float = 1.0) -> np.ndarray:
        """Summed neighbour weights of `items` over the catalogue (N+1,); later items count more when
        decay < 1 (the most recent statement weighs most)."""
        out = np.zeros(self.num_items + 1, dtype=np.float64)
        n = len(items)
        for j, it in enumerate(items):
            w = decay ** (n - 1 - j)
            np.add.at(out, self.ids[it], w * self.weights[it])
        out[0] = 0.0
        return out

    def save(self, path) -> None:
        np.savez(path, ids=self.ids, weights=self.weights, method=np.array(self.method))

    @classmethod
    def load(cls, path) -> ItemNeighbours:
        z = np.load(path)
        return cls(z["ids"], z["weights"], str(z["method"]))


def _binary_matrix(dataset: SequenceDataset) -> sp.csr_matrix:
    rows, cols = [], []
    for u in range(dataset.num_users):
        items = np.unique(np.asarray(dataset.train_sequence(u), dtype=np.int64))
        items = items[items > 0]
        rows.append(np.full(len(items), u))
        cols.append(items)
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    n = dataset.catalog.num_items + 1
    return sp.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(dataset.num_users, n))


def _top_k_rows(block: np.ndarray, k: int, offset: int) -> tuple[np.ndarray, np.ndarray]:
    block = block.copy()
    rows = np.arange(block.shape[0])
    block[rows, rows + offset] = -np.inf  # never one's own neighbour
    block[:, 0] = -np.inf
    k = min(k, block.shape[1] - 1)
    part = np.argpartition(-block, k - 1, axis=1)[:, :k]
    vals = np.take_along_axis(block, part, axis=1)
    order = np.argsort(-vals, axis=1, kind="stable")
    ids = np.take_along_axis(part, order, axis=1)
    w = np.take_along_axis(vals, order, axis=1)
    bad = ~np.isfinite(w) | (w <= 0)
    ids[bad], w[bad] = 0, 0.0
    return ids.astype(np.int64), w.astype(np.float32)


def build_item_neighbours(dataset: SequenceDataset, k: int = 100, lam: float = 300.0,
                          ease_max_items: int = 20_000, block: int = 2048) -> ItemNeighbours:
    """Top-k collaborative neighbours of every item (row 0 and untrained items: none)."""
    X = _binary_matrix(dataset)
    n = X.shape[1]
    ids = np.zeros((n, min(k, n - 1)), dtype=np.int64)
    w = np.zeros(ids.shape, dtype=np.float32)
    if n - 1 <= ease_max_items:
        G = (X.T @ X).toarray().astype(np.float64)
        G[np.diag_indices(n)] += lam
        P = np.linalg.inv(G)
        B = -P / np.diag(P)[None, :]
        B[np.diag_indices(n)] = 0.0
        B[0, :], B[:, 0] = 0.0, 0.0
        for a in range(1, n, block):
            ids[a:a + block], w[a:a + block] = _top_k_rows(B[a:a + block], ids.shape[1], a)
        method = f"ease(lam={lam:g})"
    else:
        norms = np.sqrt(np.asarray(X.sum(axis=0)).ravel())
        inv = np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0).astype(np.float32)
        Xn = (X @ sp.diags(inv)).tocsc()
        XnT = Xn.T.tocsr()
        block = max(64, min(block, 50_000_000 // n))  # a dense block is block x N floats: ~200 MB at most
        for a in range(1, n, block):
            sims = (XnT[a:a + block] @ Xn).toarray()
            ids[a:a + block], w[a:a + block] = _top_k_rows(sims, ids.shape[1], a)
        method = "cosine co-occurrence"
    ids[0], w[0] = 0, 0.0
    return ItemNeighbours(ids, w, method)


__all__ = ["ItemNeighbours", "build_item_neighbours"]
