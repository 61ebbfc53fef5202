"""Metrics and statistics for the conversational evaluation.

Ranking metrics come from recmodel.metrics (one definition for the whole project): the target's 0-based rank
among *all* catalogue items with the user's history excluded (and, after feedback, the items already shown
and rejected), half of any ties counted; HR@k = [rank < k], NDCG@k = 1/log2(rank + 2). Never sampled
negatives.

Turn numbering: turn 0 is the SRS list before any feedback; turn t is the list after t rounds of feedback.
A session that accepted at turn t keeps that list afterwards (the user stopped talking), so a system's turn-t
numbers are cumulative. Turns to success = the turn of acceptance (0..T); a miss counts as T + 1.

Uncertainty: (a) across seeds -- a t-interval over the per-seed means; (b) across users -- a percentile
bootstrap over users of the per-user values averaged over seeds. Paired tests compare two systems on the same
users (per-user values averaged over seeds): paired t-test and Wilcoxon signed-rank. Breakdowns (by reference
variant, by feedback kind, by setting) are tested at the user level too (`user_level_test`: a user's rows over
seeds are averaged before the test), and `holm` corrects one family -- the open evaluation puts every test of its
results file in one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from cesrec.recmodel.metrics import target_ranks
from scipy import stats as sps

KS = (5, 10, 20)
METRIC_NAMES = tuple(f"{m}@{k}" for m in ("hr", "ndcg") for k in KS)


def ranks_with_exclusions(
    scores: torch.Tensor, targets: Sequence[int], excluded: Sequence[Sequence[int]]
) -> np.ndarray:
    """0-based full-ranking rank of each target; `excluded[b]` (history + shown items) never outrank it.
    A target the system filtered out (score -inf) lands behind every finite item: a miss."""
    if scores.dim() != 2 or scores.shape[0] != len(targets) or len(excluded) != len(targets):
        raise ValueError(f"scores {tuple(scores.shape)}, {len(targets)} targets, {len(excluded)} exclusion lists")
    tg = torch.as_tensor(np.asarray(targets, dtype=np.int64))
    ex = [np.asarray(e, dtype=np.int64) for e in excluded]
    return target_ranks(scores, tg, ex).numpy()


def per_user_metrics(ranks: np.ndarray, ks: Sequence[int] = KS) -> dict[str, np.ndarray]:
    r = np.asarray(ranks, dtype=np.float64)
    out: dict[str, np.ndarray] = {}
    for k in ks:
        hit = r < k
        out[f"hr@{k}"] = hit.astype(np.float64)
        out[f"ndcg@{k}"] = np.where(hit, 1.0 / np.log2(r + 2.0), 0.0)
    return out


def success_by_turn(accept_turn: np.ndarray, turns: int) -> np.ndarray:
    """Share of sessions that accepted at or before each turn 0..T (accept_turn = -1: never)."""
    a = np.asarray(accept_turn)
    return np.array([float(np.mean((a >= 0) & (a <= t))) if len(a) else 0.0 for t in range(turns + 1)])


def turns_to_success(accept_turn: np.ndarray, turns: int) -> np.ndarray:
    a = np.asarray(accept_turn, dtype=np.float64)
    return np.where(a >= 0, a, turns + 1.0)


def seed_ci(values: Sequence[float], level: float = 0.95) -> tuple[float, float, float]:
    """(mean, lo, hi): Student-t interval over independent seeds (degenerate for one seed)."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) == 0:
        raise ValueError("seed_ci needs at least one value")
    m = float(v.mean())
    if len(v) < 2:
        return m, m, m
    half = float(sps.t.ppf(0.5 + level / 2, len(v) - 1) * v.std(ddof=1) / np.sqrt(len(v)))
    return m, m - half, m + half


def bootstrap_ci(
    values: Sequence[float], n_boot: int = 1000, level: float = 0.95, seed: int = 0
) -> tuple[float, float, float]:
    """(mean, lo, hi): percentile bootstrap over users."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) == 0:
        raise ValueError("bootstrap_ci needs at least one value")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(v), size=(n_boot, len(v)))
    means = v[idx].mean(axis=1)
    a = (1 - level) / 2
    return float(v.mean()), float(np.quantile(means, a)), float(np.quantile(means, 1 - a))


def paired_test(a: Sequence[float], b: Sequence[float], n_boot: int = 1000, seed: int = 0) -> dict:
    """a vs b on the same users: mean difference (a - b) with a bootstrap CI, paired t-test and Wilcoxon
    signed-rank p-values (two-sided). Identical inputs give p = 1."""
    x = np.asarray(a, dtype=np.float64)
    y = np.asarray(b, dtype=np.float64)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError(f"paired_test needs two equal-length 1-D arrays, got {x.shape} and {y.shape}")
    d = x - y
    out: dict = {"n": int(len(d)), "mean_a": float(x.mean()) if len(x) else float("nan"),
                 "mean_b": float(y.mean()) if len(y) else float("nan")}
    if len(d) == 0:
        return {**out, "mean_diff": float("nan"), "diff_ci95": [float("nan")] * 2, "t_p": float("nan"),
                "wilcoxon_p": float("nan")}
    m, lo, hi = bootstrap_ci(d, n_boot=n_boot, seed=seed)
    out.update(mean_diff=m, diff_ci95=[lo, hi], wins=int((d > 0).sum()), losses=int((d < 0).sum()))
    if np.allclose(d, 0):
        out.update(t_p=1.0, wilcoxon_p=1.0)
        return out
    out["t_p"] = float(sps.ttest_rel(x, y).pvalue) if d.std() > 0 else 0.0
    out["wilcoxon_p"] = float(sps.wilcoxon(x, y, zero_method="wilcox").pvalue)
    return out


# ---- user-level tests and one Holm family per results file (issue 22) -------------------------------------------


def user_means(values: Sequence[float], users: Sequence, mask: Sequence[bool] | None = None,
               ) -> tuple[np.ndarray, np.ndarray]:
    """(user keys, per-user means) of `values` -- one row per (training seed, simulator seed, user) -- over the rows
    where `mask` holds: a user counts once however many seed pairs they appear in."""
    v = np.asarray(values, dtype=np.float64)
    u = np.asarray(users)
    if v.shape != u.shape or v.ndim != 1:
        raise ValueError(f"user_means needs equal-length 1-D values and users, got {v.shape} and {u.shape}")
    if mask is not None:
        m = np.asarray(mask, dtype=bool)
        if m.shape != v.shape:
            raise ValueError("mask must have the shape of values")
        v, u = v[m], u[m]
    keys, inv = np.unique(u, return_inverse=True)
    sums = np.bincount(inv, weights=v, minlength=len(keys))
    counts = np.bincount(inv, minlength=len(keys))
    return keys, sums / np.maximum(counts, 1)


def user_level_test(a: Sequence[float], b: Sequence[float], users: Sequence,
                    mask: Sequence[bool] | None = None) -> dict:
    """a vs b, rows paired (same row = same session under both systems): each user's rows are averaged first, then
    a two-sided Wilcoxon signed-rank test runs on the per-user differences. Returns n (users), the mean difference
    and p (1.0 when every difference is zero or there are no users)."""
    keys, ma = user_means(a, users, mask)
    _, mb = user_means(b, users, mask)
    d = ma - mb
    out = {"users": int(len(keys)), "diff": float(d.mean()) if len(d) else float("nan")}
    if len(d) == 0 or np.allclose(d, 0):
        return {**out, "p": 1.0}
    out["p"] = float(sps.wilcoxon(ma, mb, zero_method="wilcox").pvalue)
    return out


def holm(pvalues: dict[str, float]) -> dict[str, float]:
    """Holm-Bonferroni adjusted p-values over one family (step-down, monotone, capped at 1)."""
    keys = sorted(pvalues, key=lambda k: pvalues[k])
    m = len(keys)
    out: dict[str, float] = {}
    running = 0.0
    for i, k in enumerate(keys):
        running = max(running, min(1.0, (m - i) * pvalues[k]))
        out[k] = running
    return out
