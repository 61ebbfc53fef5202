"""Catalogue-facing operations: semantic search with validated filters, item facts, title resolution
(tools.titles) and grounded explanations of a recommendation. They read the narrow interfaces of
tools.item_space (the engine satisfies them), never the engine itself."""

from __future__ import annotations

import re

import numpy as np
from cesrec.tools.feedback import FeedbackError
from cesrec.tools.item_space import CatalogSpace, ExplainSpace, ItemFacts
from cesrec.tools.semantic import where_clause
from cesrec.tools.state import ItemInfo, SessionState
from cesrec.tools.threads import single_threaded
from cesrec.tools.titles import resolver_for
from cesrec.tools.turn import turn_scores
from pydantic import BaseModel, Field


class Explanation(BaseModel):
    """Grounded explanation: the sequence items closest to the recommendation in the hybrid space, the
    preference values it matches or violates, and where the SRS ranks it."""

    item: int
    title: str
    srs_rank: int
    because: list[dict] = Field(default_factory=list)  # {item, title, role: history|pseudo, similarity}
    matched: dict[str, list[str]] = Field(default_factory=dict)
    conflicts: dict[str, list[str]] = Field(default_factory=dict)
    text: str


def search_catalog(engine: CatalogSpace, query: str, filters: dict | None = None, k: int = 10,
                   exclude: list[int] | None = None) -> list[ItemInfo]:
    """Semantic search over the catalogue through chromadb. `filters` (all optional): genres (all required),
    any_genres, exclude_genres, decades, year_min, year_max — values are validated against the catalogue
    ("sci-fi", "90s" accepted). Unknown filter keys or values raise FeedbackError."""
    if not isinstance(query, str) or not query.strip():
        raise ValueError("search_catalog: query must be a non-empty string")
    if k < 1:
        raise ValueError(f"search_catalog: k must be >= 1, got {k}")
    filters = dict(filters or {})
    known = {"genres", "any_genres", "exclude_genres", "decades", "year_min", "year_max"}
    unknown = sorted(set(filters) - known)
    if unknown:
        raise FeedbackError(f"search_catalog: unknown filter(s) {unknown}; known: {sorted(known)}")
    voc = engine.vocabulary

    def canon(kind: str, key: str) -> list[str]:
        vals = filters.get(key) or []
        vals = [vals] if isinstance(vals, str) else list(vals)
        out = []
        for v in vals:
            got = voc.canonical_value(kind, v)
            if not got:
                raise FeedbackError(f"search_catalog: filters[{key!r}]: {v!r} is not a {kind} in the catalogue"
                                    f"{voc.suggest(kind, str(v))}")
            out += got
        return out

    yr = None
    if filters.get("year_min") is not None or filters.get("year_max") is not None:
        try:
            yr = (int(filters.get("year_min") or 0), int(filters.get("year_max") or 9999))
        except (TypeError, ValueError):
            raise FeedbackError("search_catalog: year_min/year_max must be integers") from None
    where = where_clause(genres_all=canon("genre", "genres"), genres_any=canon("genre", "any_genres"),
                         genres_none=canon("genre", "exclude_genres"), decades=canon("decade", "decades"),
                         year_range=yr)
    skip = sorted(set(exclude or []) | engine.never_shown)
    hits = engine.semantic.search(query, where=where, k=k, exclude=skip or None)
    return [engine.item_info(i, s) for i, s in hits]


def item_details(engine: ItemFacts, item: int | str) -> ItemInfo:
    """Catalogue facts of one item: by internal id, or by title (exact, then fuzzy; DataError if none)."""
    # ids are ASCII digits only: "²", "①" or Arabic-Indic "١" are text (a title), never int()-ed
    if isinstance(item, str) and not re.fullmatch(r"-?[0-9]+", item.strip()):
        return engine.item_info(find_item(engine, item))
    if isinstance(item, str):
        item = int(item)
    return engine.item_info(engine.check_item(item))


def find_item(engine: ItemFacts, title: str) -> int:
    """Internal id of the item whose title matches `title` (DataError when nothing is close): the one
    title resolver (tools.titles) over the engine's catalogue, so every door resolves titles alike."""
    return resolver_for(engine.catalog).require(title)


def explain_recommendation(engine: ExplainSpace, state: SessionState, item: int) -> Explanation:
    """Why `item` is (or would be) recommended, grounded in the session: the closest visible history and
    pseudo items in the hybrid space, the liked/disliked values it matches or violates, and its rank under
    the SRS for the current sequence (1 = top, consumed items excluded)."""
    item = engine.check_item(item)
    prefs = state.preferences
    attrs = engine.catalog.attributes(item)
    matched = {k: [v for v in vals if v in attrs.get(k, [])] for k, vals in prefs.liked.items()}
    matched = {k: v for k, v in matched.items() if v}
    conflicts = {k: [v for v in vals if v in attrs.get(k, [])] for k, vals in prefs.disliked.items()}
    conflicts = {k: v for k, v in conflicts.items() if v}
    with single_threaded():
        scores = turn_scores(engine, state, engine.config)
        because = engine.similar_in_sequence(state, item, top=3)
    seen = state.seen_items()
    ok = np.isfinite(scores)
    if seen:
        ok[np.fromiter(seen, dtype=np.int64)] = False
    rank = int((scores[ok] > scores[item]).sum()) + 1
    label = engine.catalog.label(item)
    bits = [f"the sequential model ranks {label} #{rank} for your current sequence"]
    if because:
        bits.append("it is closest to " + ", ".join(f"{b['title']} ({b['role']})" for b in because))
    if matched:
        bits.append("it matches " + ", ".join(f"{k} {'/'.join(v)}" for k, v in matched.items()))
    if conflicts:
        bits.append("but it has " + ", ".join(f"{k} {'/'.join(v)}" for k, v in conflicts.items())
                    + ", which you said you don't want")
    if item in set(state.history) | set(state.rejected):
        bits.append("(you have already seen or dismissed it)")
    return Explanation(item=item, title=label, srs_rank=rank, because=because, matched=matched,
                       conflicts=conflicts, text="; ".join(bits) + ".")


__all__ = ["Explanation", "search_catalog", "item_details", "find_item", "explain_recommendation"]
