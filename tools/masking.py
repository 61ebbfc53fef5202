"""Outlier masking by dual alignment (CESRec) plus a robust variant, and masking of disliked items.

Paper recipe (`method="k_lowest"`): every visible history item is scored by the cosine between its hybrid
embedding and the mean hybrid embedding of the history; the k lowest (k = 1..2) are masked.

Robust variant (`method="robust"`): the centre is recency-weighted (recent items count more: weights halve
every `half_life` items back) and leaves the scored item out (in short histories an outlier drags the mean
towards itself); an item is an outlier only if its score is below median - c * MAD (scaled MAD, per user);
the masked fraction is capped (`max_fraction`) and at least `min_keep` items always stay visible.

Similarity (`similarity=`): cosine can be arbitrary for learned embeddings depending on regularisation
(Steck et al., WWW'24 companion), so alternatives are available and compared in evals/bench/turn.py on a
planted-outlier test: "cosine" (unit hybrid vectors), "dot" (raw hybrid vectors, dot with the mean),
"euclidean" (negative distance to the mean, raw hybrid), "centered_cosine" (cosine after removing the
mean item vector from both halves: learned item embeddings share a common "popularity" direction that
makes popular items look central in any history), "collab_cosine" and "semantic_cosine" (one side of the
alignment only), "dual" (average z-score of centered_cosine and semantic_cosine).

Masks are flags on positions (recmodel treats a masked position exactly as a deleted one); nothing is
deleted and re-running replaces the previous outlier masks, so the step is reversible and replayable.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from cesrec.tools.item_space import ItemSpace
from cesrec.tools.state import MaskedItem, SessionState

SIMILARITIES = ("cosine", "centered_cosine", "dot", "euclidean", "collab_cosine", "semantic_cosine", "dual")
METHODS = ("k_lowest", "robust")


def _space(space: ItemSpace, similarity: str) -> tuple[np.ndarray, str]:
    """(embedding matrix, scoring rule) for a similarity name."""
    if similarity == "cosine":
        return space.hybrid_unit, "cos"
    if similarity == "centered_cosine":
        return space.hybrid_centered, "cos"
    if similarity == "dot":
        return space.hybrid_raw, "dot"
    if similarity == "euclidean":
        return space.hybrid_raw, "euclid"
    if similarity == "collab_cosine":
        return space.collab_unit, "cos"
    if similarity == "semantic_cosine":
        return space.semantic.embeddings, "cos"
    raise ValueError(f"unknown similarity {similarity!r}; choose one of {', '.join(SIMILARITIES)}")


def _score(vecs: np.ndarray, centre: np.ndarray, rule: str) -> np.ndarray:
    # centre: one vector, or one per row (leave-one-out centres)
    num = vecs @ centre if centre.ndim == 1 else np.sum(vecs * centre, axis=-1)
    if rule == "dot":
        return num
    if rule == "euclid":
        return -np.linalg.norm(vecs - centre, axis=-1)
    den = np.linalg.norm(vecs, axis=-1) * np.linalg.norm(centre, axis=-1)
    return num / np.maximum(den, 1e-12)


def outlier_scores(
    space: ItemSpace,
    items: list[int] | np.ndarray,
    similarity: str = "cosine",
    leave_one_out: bool = False,
    half_life: float | None = None,
) -> np.ndarray:
    """Similarity of each item to the (weighted) centre of `items`; low = outlier."""
    items = np.asarray(items, dtype=np.int64)
    n = len(items)
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    if similarity == "dual":
        # evidence from both sides of the alignment: z-scores (within this history) of the centred hybrid
        # cosine and the language-model cosine, averaged
        parts = [outlier_scores(space, items, s, leave_one_out, half_life) for s in ("centered_cosine", "semantic_cosine")]
        zs = [(p - p.mean()) / (p.std() + 1e-6) for p in parts]
        return (0.5 * (zs[0] + zs[1])).astype(np.float32)
    emb, rule = _space(space, similarity)
    vecs = emb[items].astype(np.float64)
    w = np.ones(n) if not half_life else 0.5 ** ((n - 1 - np.arange(n)) / float(half_life))
    total = (w[:, None] * vecs).sum(0)
    if leave_one_out and n > 1:
        centres = (total[None, :] - w[:, None] * vecs) / (w.sum() - w)[:, None]
        return _score(vecs, centres, rule).astype(np.float32)
    return _score(vecs, total / w.sum(), rule).astype(np.float32)


def _dominant_genres(space: ItemSpace, items: list[int], top: int = 2) -> list[str]:
    cnt = Counter(g for it in items for g in space.catalog.genres[it])
    return [g for g, _ in cnt.most_common(top)]


def _outlier_reason(space: ItemSpace, item: int, score: float, median: float, dominant: list[str]) -> str:
    cat = space.catalog
    own = cat.genres[item]
    off = [g for g in own if g not in dominant]
    tail = ""
    if dominant and off:
        tail = f"; {'/'.join(off)} among mostly {', '.join(dominant)}"
    return f"{cat.label(item)} fits your history least (similarity {score:.2f} vs median {median:.2f}{tail})"


def mask_outliers(
    space: ItemSpace,
    state: SessionState,
    method: str = "k_lowest",
    k: int = 1,
    similarity: str = "cosine",
    max_fraction: float = 0.2,
    min_keep: int = 3,
    mad_c: float = 2.5,
    half_life: float | None = 20.0,
    window: int | None = None,
) -> SessionState:
    """New state with the history's outliers masked (previous outlier masks replaced; masks for disliked
    items kept). Histories with at most `min_keep` visible items are left alone (documented no-op).

    k_lowest: mask the k lowest-scoring visible items (k capped so `min_keep` stay visible).
    robust: mask items below median - mad_c * 1.4826 * MAD, lowest first, at most k (k=0: no limit
    besides the cap), at most floor(max_fraction * visible) items, never below `min_keep` visible.
    window: only the last `window` visible positions are scored (what the SRS can see; the engine passes
    the model's max_len)."""
    if method not in METHODS:
        raise ValueError(f"unknown masking method {method!r}; choose one of {', '.join(METHODS)}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    if not 0.0 <= max_fraction <= 1.0:
        raise ValueError(f"max_fraction must be in [0, 1], got {max_fraction}")
    kept = [m for m in state.masked if m.kind != "outlier"]
    hidden = {m.position for m in kept}
    positions = [p for p in range(len(state.history)) if p not in hidden]
    if window:
        positions = positions[-window:]
    base = state.model_copy(update={"masked": kept})
    if len(positions) <= max(min_keep, 1):
        return base
    items = [state.history[p] for p in positions]
    if method == "k_lowest":
        scores = outlier_scores(space, items, similarity)
        budget = min(k, len(positions) - min_keep)
        chosen = list(np.argsort(scores, kind="stable")[:budget])
    else:
        scores = outlier_scores(space, items, similarity, leave_one_out=True, half_life=half_life)
        med = float(np.median(scores))
        mad = float(np.median(np.abs(scores - med))) * 1.4826
        thr = med - mad_c * max(mad, 1e-6)
        budget = min(int(np.floor(max_fraction * len(positions))), len(positions) - min_keep)
        if k:
            budget = min(budget, k)
        below = [j for j in np.argsort(scores, kind="stable") if scores[j] < thr]
        chosen = below[: max(budget, 0)]
    if not chosen:
        return base
    med = float(np.median(scores))
    dominant = _dominant_genres(space, items)
    new = [
        MaskedItem(
            position=positions[j],
            item=items[j],
            score=round(float(scores[j]), 4),
            reason=_outlier_reason(space, items[j], float(scores[j]), med, dominant),
            kind="outlier",
        )
        for j in sorted(chosen, key=lambda j: positions[j])
    ]
    return state.model_copy(update={"masked": sorted(kept + new, key=lambda m: m.position)})


def conflicting_attributes(space: ItemSpace, item: int, disliked: dict[str, list[str]]) -> list[tuple[str, str]]:
    attrs = space.catalog.attributes(item)
    return [(kind, v) for kind, vals in disliked.items() for v in vals if v in attrs.get(kind, [])]


def mask_disliked(space: ItemSpace, state: SessionState, min_keep: int = 1) -> SessionState:
    """New state with history items that conflict with disliked attributes or are disliked items masked
    (recomputed from the accumulated preferences). At least `min_keep` items stay visible: if everything
    conflicts, the most recent items are kept."""
    prefs = state.preferences
    others = [m for m in state.masked if m.kind != "disliked"]
    if not (any(prefs.disliked.values()) or prefs.disliked_items):
        return state.model_copy(update={"masked": others}) if len(others) != len(state.masked) else state
    taken = {m.position for m in others}
    disliked_items = set(prefs.disliked_items)
    neg = space.disliked_mask(prefs)  # precomputed attribute bitmaps: one lookup per history item
    new: list[MaskedItem] = []
    for p, it in enumerate(state.history):
        if p in taken or not neg[it]:
            continue
        if it in disliked_items:
            reason = f"{space.catalog.label(it)}: you said you did not like it"
        else:
            hits = conflicting_attributes(space, it, prefs.disliked)
            what = ", ".join(f"{k} {v}" for k, v in hits[:2])
            reason = f"{space.catalog.label(it)} is {what}, which you said you don't want"
        new.append(MaskedItem(position=p, item=it, score=0.0, reason=reason, kind="disliked"))
    visible_after = len(state.history) - len(taken) - len(new)
    if visible_after < min_keep:
        new = sorted(new, key=lambda m: m.position)[: max(0, len(new) - (min_keep - visible_after))]
    return state.model_copy(update={"masked": sorted(others + new, key=lambda m: m.position)})
