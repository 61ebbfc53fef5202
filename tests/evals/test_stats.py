"""Metrics and statistics on hand-built cases."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from cesrec.evals.protocol.stats import (
    bootstrap_ci,
    paired_test,
    per_user_metrics,
    ranks_with_exclusions,
    seed_ci,
    success_by_turn,
    turns_to_success,
)


def test_ranks_full_ranking_with_exclusions():
    # 6 items (ids 1..6); col 0 is padding
    scores = torch.tensor([
        [-math.inf, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
        [-math.inf, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
        [-math.inf, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0],
        [-math.inf, 6.0, -math.inf, 4.0, 3.0, 2.0, 1.0],  # the system filtered the target out
    ])
    targets = [3, 3, 1, 2]
    excluded = [[], [1], [2, 3], []]
    r = ranks_with_exclusions(scores, targets, excluded)
    assert r.tolist()[:3] == [2.0, 1.0, 0.0]  # item 1 excluded -> target moves up; exclusions never hurt
    assert r[3] >= 4  # filtered target: behind every finite item (a miss)


def test_ranks_half_ties_and_validation():
    scores = torch.tensor([[-math.inf, 1.0, 1.0, 1.0, 0.0]])
    assert ranks_with_exclusions(scores, [2], [[]]).tolist() == [1.0]  # two ties count half
    with pytest.raises(ValueError):
        ranks_with_exclusions(scores, [1, 2], [[]])


def test_hr_ndcg_values():
    m = per_user_metrics(np.array([0, 4, 9, 10, 25]))
    assert m["hr@5"].tolist() == [1, 1, 0, 0, 0]
    assert m["hr@10"].tolist() == [1, 1, 1, 0, 0]
    assert m["hr@20"].tolist() == [1, 1, 1, 1, 0]
    assert m["ndcg@10"][0] == 1.0
    assert m["ndcg@10"][1] == pytest.approx(1 / math.log2(6))
    assert m["ndcg@10"][2] == pytest.approx(1 / math.log2(11))
    assert m["ndcg@5"][2] == 0.0


def test_success_and_turns():
    acc = np.array([0, 2, -1, 1, -1])
    assert success_by_turn(acc, 3).tolist() == [0.2, 0.4, 0.6, 0.6]
    assert turns_to_success(acc, 3).tolist() == [0, 2, 4, 1, 4]  # misses count T + 1


def test_seed_ci():
    m, lo, hi = seed_ci([0.1, 0.2, 0.3])
    assert m == pytest.approx(0.2)
    # t(0.975, 2) = 4.303; sd = 0.1; half = 4.303 * 0.1 / sqrt(3)
    assert hi - m == pytest.approx(4.3027 * 0.1 / math.sqrt(3), rel=1e-3)
    assert seed_ci([0.5]) == (0.5, 0.5, 0.5)
    with pytest.raises(ValueError):
        seed_ci([])


def test_bootstrap_ci_contains_mean_and_shrinks():
    rng = np.random.default_rng(0)
    small = rng.binomial(1, 0.3, 100).astype(float)
    big = rng.binomial(1, 0.3, 5000).astype(float)
    m, lo, hi = bootstrap_ci(small)
    assert lo <= m <= hi
    _, blo, bhi = bootstrap_ci(big)
    assert (bhi - blo) < (hi - lo) / 3


def test_paired_tests():
    a = np.array([1, 0, 1, 1, 0, 1, 1, 1, 0, 1] * 20, dtype=float)
    assert paired_test(a, a)["wilcoxon_p"] == 1.0
    b = np.zeros_like(a)
    res = paired_test(a, b)
    assert res["mean_diff"] == pytest.approx(0.7)
    assert res["wilcoxon_p"] < 1e-6 and res["t_p"] < 1e-6
    assert res["wins"] == 140 and res["losses"] == 0
    rng = np.random.default_rng(0)
    x = rng.normal(size=300)
    y = x + rng.normal(scale=1.0, size=300)  # no true difference
    assert paired_test(x, y)["wilcoxon_p"] > 0.01
    with pytest.raises(ValueError):
        paired_test([1.0, 2.0], [1.0])
