"""Mixture-of-experts fusion (tools.turn.mixture_scores) and the TurnConfig checks around it."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.tools.turn import mixture_scores
from cesrec.tools.turn_config import TurnConfig


def _z(rng: np.random.Generator, n: int = 200) -> np.ndarray:
    v = rng.normal(size=n + 1)
    v[0] = -np.inf
    return v


def test_single_expert_keeps_its_ranking():
    rng = np.random.default_rng(0)
    fused = _z(rng)
    out = mixture_scores(fused, {}, {"fused": [1.0, 1.0]})
    assert out[0] == -np.inf
    assert np.array_equal(np.argsort(-out[1:]), np.argsort(-fused[1:]))


def test_mixture_keeps_each_experts_confident_pick():
    # knn is sure about item 5, text about item 9; a weighted sum of the two ranks neither first,
    # a mixture keeps both at the top
    rng = np.random.default_rng(1)
    knn, text = rng.normal(scale=0.3, size=201), rng.normal(scale=0.3, size=201)
    knn[5], text[9] = 6.0, 6.0
    knn[9], text[5] = -3.0, -3.0
    knn[0] = text[0] = -np.inf
    other = rng.normal(scale=0.3, size=201)
    other[0] = -np.inf
    other[17] = 2.0  # the item both signals find merely good
    knn[17] = text[17] = 2.5
    fused = knn + text
    assert set(np.argsort(-fused)[:1]) == {17}
    out = mixture_scores(fused, {"knn": knn, "text": text},
                         {"fused": [0.2, 1.0], "knn": [0.4, 3.0], "text": [0.4, 3.0]})
    assert set(np.argsort(-out)[:2]) == {5, 9}


def test_turn_config_rejects_bad_mixture():
    with pytest.raises(ValueError, match="mixture"):
        TurnConfig(mixture={"refs": {"plot": [0.5, 1.0]}})
    with pytest.raises(ValueError, match="mixture"):
        TurnConfig(mixture={"refs": {"knn": [0.5]}})
    with pytest.raises(ValueError, match="mixture"):
        TurnConfig(mixture={"nowhere": {"knn": [0.5, 1.0]}})
    TurnConfig(mixture={"refs": {"fused": [0.5, 1.0], "knn": [0.5, 2.0]}})
