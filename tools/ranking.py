"""The one constraint-ranking function.

Every ranking under accumulated preferences goes through `constrained_scores`: the product's turn
(`cesrec.tools.turn.rank_items`), the CESRec evaluation systems and the attribute baselines of protocol 1. The
headline comparison (CESRec vs the attribute filter) is only fair if both apply the constraints the same
way, so there is exactly one implementation.

Rules (`mode`):
- "filter": items are ranked first by how many liked constraint groups they satisfy (each liked genre is
  a group; decade, director, actor, writer, rating and the year range are one group each), then by score.
  With at least k items satisfying everything this is exactly a hard filter; with fewer it relaxes
  gracefully instead of returning an empty list.
- "boost": score + gamma * std(score) * (groups satisfied) -- a calibrated soft version.
- "off": no constraint (the paper as published).
Disliked values and items are hard exclusions in "filter" and "boost".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import numpy as np
from cesrec.tools.state import Preferences

CONSTRAINT_MODES = ("filter", "boost", "off")


class AttributeMasks(Protocol):
    """Anything that answers item bitmaps per attribute value (the engine, the evaluation's index)."""

    num_items: int

    def attribute_mask(self, kind: str, value: str) -> np.ndarray: ...

    def year_mask(self, year_min: int | None, year_max: int | None) -> np.ndarray: ...


def disliked_mask(masks: AttributeMasks, prefs: Preferences) -> np.ndarray:
    """Items the preferences exclude outright (a disliked value, a disliked item)."""
    neg = np.zeros(masks.num_items + 1, dtype=bool)
    for kind, vals in prefs.disliked.items():
        for v in vals:
            neg |= masks.attribute_mask(kind, v)
    if prefs.disliked_items:
        neg[np.asarray(prefs.disliked_items, dtype=np.int64)] = True
    return neg


def constraint_groups(masks: AttributeMasks, prefs: Preferences) -> list[tuple[str, np.ndarray]]:
    """(description, satisfied-bitmap) per liked constraint group: one per liked genre, one per other kind,
    one for the year range."""
    groups: list[tuple[str, np.ndarray]] = []
    for kind, vals in prefs.liked.items():
        if not vals:
            continue
        if kind == "genre":
            groups += [(f"genre={v}", masks.attribute_mask("genre", v)) for v in vals]
        else:
            m = np.zeros(masks.num_items + 1, dtype=bool)
            for v in vals:
                m |= masks.attribute_mask(kind, v)
            groups.append((f"{kind}={'|'.join(vals)}", m))
    if prefs.year_min is not None or prefs.year_max is not None:
        lo = "" if prefs.year_min is None else str(prefs.year_min)
        hi = "" if prefs.year_max is None else str(prefs.year_max)
        groups.append((f"year={lo}-{hi}", masks.year_mask(prefs.year_min, prefs.year_max)))
    return groups


def constraint_tiers(masks: AttributeMasks, prefs: Preferences) -> tuple[np.ndarray, list[tuple[str, np.ndarray]]]:
    groups = constraint_groups(masks, prefs)
    tiers = np.zeros(masks.num_items + 1, dtype=np.int32)
    for _, m in groups:
        tiers += m
    return tiers, groups


def constrained_scores(
    scores: np.ndarray,
    prefs: Preferences,
    masks: AttributeMasks,
    mode: str = "filter",
    exclude: Iterable[int] = (),
    boost_gamma: float = 1.0,
    current: Preferences | None = None,
) -> tuple[np.ndarray, list[tuple[str, np.ndarray]]]:
    """One score per item (index 0 = padding) whose descending order is the ranking under `prefs`.

    Excluded, disliked (unless mode 'off') and non-finite items are -inf. Returns (scores, groups) where
    groups are the liked constraint groups that acted on the ranking (empty for 'off').

    `current`: the liked values and year bounds of the user's latest request, when it stated a new one. Then only
    those are tiered as `mode` says; the older liked groups in `prefs` become a soft boost (as in "boost"), so a
    new request is not buried under an earlier one ("a World War II movie", then "I can't get enough of
    westerns": westerns first, war westerns among them first). None: every group as `mode` says."""
    if mode not in CONSTRAINT_MODES:
        raise ValueError(f"constraint mode must be one of {CONSTRAINT_MODES}, got {mode!r}")
    s = np.asarray(scores, dtype=np.float64)
    ok = np.isfinite(s)
    ok[0] = False
    ex = np.fromiter((int(i) for i in exclude), dtype=np.int64)
    if len(ex):
        ok[ex[(ex > 0) & (ex < len(s))]] = False
    out = np.full(len(s), -np.inf)
    groups: list[tuple[str, np.ndarray]] = []
    older = np.zeros(len(s), dtype=np.int32)
    if mode != "off":
        ok &= ~disliked_mask(masks, prefs)
        if current is None:
            tiers, groups = constraint_tiers(masks, prefs)
        else:
            tiers, groups = constraint_tiers(masks, current)
            said = {d for d, _ in groups}
            for d, m in constraint_groups(masks, prefs):
                if d not in said:
                    groups.append((d, m))
                    older += m
    if not ok.any():
        return out, groups
    sv = s[ok]
    if older.any():  # earlier requests' values: a nudge, never a wall in front of the latest request
        sv = sv + boost_gamma * float(np.std(sv)) * older[ok]
    if mode == "filter" and groups:
        big = float(sv.max() - sv.min()) + 1.0  # one tier outranks any score difference
        out[ok] = tiers[ok] * big + sv
    elif mode == "boost" and groups:
        out[ok] = sv + boost_gamma * float(np.std(sv)) * tiers[ok]
    else:
        out[ok] = sv
    return out, groups


def top_k(effective: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k best (item, score) of a constrained score vector; ties broken by the smaller id."""
    cand = np.flatnonzero(np.isfinite(effective))
    if len(cand) == 0:
        return []
    order = np.lexsort((cand, -effective[cand]))[:k]
    return [(int(cand[j]), float(effective[cand[j]])) for j in order]


def zscore(x: np.ndarray) -> np.ndarray:
    """Standardise the finite entries (others -inf); a constant vector becomes zeros."""
    x = np.asarray(x, dtype=np.float64)
    fin = np.isfinite(x)
    out = np.full_like(x, -np.inf)
    if fin.any():
        v = x[fin]
        sd = float(v.std())
        out[fin] = (v - v.mean()) / sd if sd > 1e-9 else 0.0
    return out


__all__ = ["AttributeMasks", "CONSTRAINT_MODES", "constrained_scores", "constraint_groups", "constraint_tiers",
           "disliked_mask", "top_k", "zscore"]
