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


# ---- issue 22: user-level tests and one Holm family --------------------------------------------------------------


def test_user_means_average_a_users_rows_first():
    from cesrec.evals.protocol.stats import user_means

    keys, m = user_means([1.0, 0.0, 1.0, 1.0, 0.0], [7, 7, 3, 3, 9])
    assert keys.tolist() == [3, 7, 9] and m.tolist() == [1.0, 0.5, 0.0]
    keys, m = user_means([1.0, 0.0, 1.0, 1.0, 0.0], [7, 7, 3, 3, 9], mask=[True, False, False, True, True])
    assert keys.tolist() == [3, 7, 9] and m.tolist() == [1.0, 1.0, 0.0]
    with pytest.raises(ValueError):
        user_means([1.0, 2.0], [1])


def test_user_level_test_counts_users_not_rows():
    """Nine copies of each user's row (3 training x 3 simulator seeds) must not shrink the p-value: the test runs on
    the per-user means, so it equals the test on one row per user, and pooling the rows would be smaller."""
    from cesrec.evals.protocol.stats import user_level_test
    from scipy.stats import wilcoxon

    rng = np.random.default_rng(0)
    n = 25
    a1 = rng.normal(0.1, 1.0, n)
    b1 = rng.normal(0.0, 1.0, n)
    users = np.tile(np.arange(n), 9)
    a, b = np.tile(a1, 9), np.tile(b1, 9)
    t = user_level_test(a, b, users)
    assert t["users"] == n
    assert t["p"] == pytest.approx(float(wilcoxon(a1, b1).pvalue))
    assert float(wilcoxon(a, b).pvalue) < t["p"]  # what pooling would have claimed
    assert user_level_test(a, a, users)["p"] == 1.0
    # a mask keeps only some rows of each user (the sessions of one reference variant)
    sel = np.arange(len(a)) % 2 == 0
    assert user_level_test(a, b, users, sel)["users"] == n


def test_holm_step_down():
    from cesrec.evals.protocol.stats import holm

    adj = holm({"a": 0.01, "b": 0.04, "c": 0.03})
    assert adj == pytest.approx({"a": 0.03, "c": 0.06, "b": 0.06})
    adj = holm({"x": 0.5, "y": 0.6})
    assert adj == {"x": 1.0, "y": 1.0}
    assert holm({}) == {}


def test_open_eval_holm_family_covers_every_test():
    """aggregate_open: the main tests, the per-kind and the per-variant tests share one family, and every adjusted
    p-value is at least its raw one."""
    from cesrec.evals.protocol.open_config import OpenEvalConfig
    from cesrec.evals.protocol.open_stats import aggregate_open
    from cesrec.evals.protocol.pipeline import SessionOutcome

    rng = np.random.default_rng(1)
    n = 40
    kinds = np.array([["reference"], ["description"]] * (n // 2), dtype=object)
    variant = np.array(["people", "genre_era"] * (n // 2), dtype=object)

    def outcome(name: str, shift: float) -> SessionOutcome:
        ranks = np.vstack([rng.integers(0, 30, n), rng.integers(0, 30, n) - shift]).clip(0).astype(float)
        return SessionOutcome(name, 0, "structured", ranks, np.full(n, -1), np.zeros(n, dtype=bool),
                              meta={"kinds": kinds, "variant": variant})

    cfg = OpenEvalConfig(budgets=("open",), backbones=("sasrec",), train_seeds=(42,), sim_seeds=(0,), turns=1,
                         n_boot=20, settings=())
    out = {"open": {"sasrec": {s: {(42, 0): outcome(s, d)} for s, d in
                               (("cesrec", 8), ("tuned_fusion", 2), ("bm25", 0))}}}
    res = aggregate_open(out, cfg)
    fam = res.pop("_holm")["family_size"]
    block = res["open"]["sasrec"]
    main = [t for t in block["tests"].values()]
    kind = [t for r in block["per_kind_turn1"].values() for t in r["tests"].values()]
    var = [t for r in block["per_variant"].values() for t in r["tests"].values()]
    assert fam == 2 * len(main) + len(kind) + len(var) == 2 * 2 + 2 * 2 + 2 * 2
    for t in main:
        assert t["hr_at_10_p_holm"] >= t["hr_at_10_p"]
    for t in kind + var:
        assert t["p_holm"] >= t["p"] and t["users"] == n // 2
