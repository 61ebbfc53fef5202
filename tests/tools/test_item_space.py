"""Masking and construction read the narrow interfaces of tools.item_space, not the engine: the engine
satisfies both, and masking runs on an object that holds nothing but the ItemSpace members."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from cesrec.tools.item_space import ItemSpace, PseudoItemSource
from cesrec.tools.masking import mask_outliers
from cesrec.tools.state import SessionState


def test_the_engine_satisfies_both_interfaces(engine):
    assert isinstance(engine, ItemSpace) and isinstance(engine, PseudoItemSource)


@dataclass
class _Vectors:
    embeddings: np.ndarray


@dataclass
class _BareSpace:
    """Only what ItemSpace names: no model, no index, no engine."""

    catalog: object
    hybrid_unit: np.ndarray
    hybrid_centered: np.ndarray
    hybrid_raw: np.ndarray
    collab_unit: np.ndarray
    semantic: _Vectors

    def disliked_mask(self, prefs) -> np.ndarray:
        return np.zeros(self.hybrid_unit.shape[0], dtype=bool)


def test_masking_runs_on_a_bare_item_space(engine):
    """Eight items on one direction and one planted far away: the planted one is masked, with its label."""
    n, d = engine.catalog.num_items + 1, 8
    rng = np.random.default_rng(0)
    vecs = np.zeros((n, d), np.float32)
    vecs[1:] = rng.normal(size=(n - 1, d)) * 0.05 + np.eye(d)[0]
    history = list(range(1, 9)) + [20]
    vecs[20] = np.eye(d)[3]
    unit = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    space = _BareSpace(engine.catalog, unit, unit, vecs, unit, _Vectors(unit))
    assert isinstance(space, ItemSpace) and not isinstance(space, PseudoItemSource)
    out = mask_outliers(space, SessionState(user_id="u", history=history), k=1)
    assert [m.item for m in out.masked] == [20]
    assert engine.catalog.label(20) in out.masked[0].reason
