"""The simulated people's notion of related films (co-occurrence on the training split, item text)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from cesrec.evals.simulator.budget import SimulatorError


class ItemRelations:
    """The simulated people's notion of related films: cosine co-occurrence on the *training* split
    (validation and test items never count) and item-text embedding similarity; 'mixed' = z(cooc) + z(text).
    similarities(measure, i)[j] for every catalogue item j; padding and i itself are -inf."""

    MEASURES = ("cooc", "text", "mixed")

    def __init__(self, interactions: Any, text_embeddings: np.ndarray | None, cache_size: int = 20000) -> None:
        import scipy.sparse as sp

        x = sp.csr_matrix(interactions, dtype=np.float32)
        x.data[:] = 1.0
        self.n = x.shape[1]  # num_items + 1 (column 0 is padding)
        self._xt = x.T.tocsr()
        self._xc = x.tocsc()
        self._pop = np.asarray(x.sum(axis=0)).ravel().astype(np.float64)
        self.text = None
        if text_embeddings is not None:
            e = np.asarray(text_embeddings, dtype=np.float32)
            if e.shape[0] != self.n:
                raise SimulatorError(f"text embeddings have {e.shape[0]} rows, the catalogue needs {self.n}")
            norms = np.linalg.norm(e, axis=1, keepdims=True)
            self.text = e / np.where(norms > 0, norms, 1.0)
        self._cache: dict[tuple[str, int], np.ndarray] = {}
        self._cache_size = cache_size

    @classmethod
    def build(cls, dataset: Any, text_embeddings: np.ndarray | None = None) -> ItemRelations:
        import scipy.sparse as sp

        rows, cols = [], []
        for u in range(dataset.num_users):
            items = np.unique(dataset.train_sequence(u))
            rows.append(np.full(len(items), u))
            cols.append(items)
        r, c = np.concatenate(rows), np.concatenate(cols)
        m = sp.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)),
                          shape=(dataset.num_users, dataset.num_items + 1))
        return cls(m, text_embeddings)

    def _raw(self, measure: str, item: int) -> np.ndarray:
        if measure == "cooc":
            col = self._xc[:, item].toarray().ravel()
            co = self._xt @ col
            denom = np.sqrt(self._pop * self._pop[item])
            return np.divide(co, denom, out=np.zeros(self.n), where=denom > 0)
        if measure == "text":
            if self.text is None:
                raise SimulatorError("text similarity needs item text embeddings")
            return (self.text @ self.text[item]).astype(np.float64)
        if measure == "mixed":
            out = np.zeros(self.n)
            for m in ("cooc", "text") if self.text is not None else ("cooc",):
                v = self._raw(m, item)
                body = np.delete(v[1:], item - 1)
                sd = body.std()
                out += (v - body.mean()) / (sd if sd > 0 else 1.0)
            return out
        raise SimulatorError(f"unknown similarity measure {measure!r}; use one of {self.MEASURES}")

    def similarities(self, measure: str, item: int) -> np.ndarray:
        key = (measure, int(item))
        v = self._cache.get(key)
        if v is None:
            if not 1 <= int(item) < self.n:
                raise SimulatorError(f"item {item!r} is not a catalogue item")
            v = self._raw(measure, int(item))
            v[0] = -np.inf
            v[int(item)] = -np.inf
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[key] = v
        return v

    def profile_similarities(self, measure: str, items: Sequence[int]) -> np.ndarray:
        """Mean similarity to several wanted items (target-free mode); every wanted item itself is -inf."""
        items = [int(i) for i in items]
        if len(items) == 1:
            return self.similarities(measure, items[0])
        v = np.mean([np.where(np.isfinite(s), s, 0.0) for s in (self.similarities(measure, i) for i in items)],
                    axis=0)
        v[[0, *items]] = -np.inf
        return v
