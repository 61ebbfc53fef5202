"""Outlier masking on a real engine (trained EASE + MiniLM + adapter; see conftest for why EASE)."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.tools.masking import SIMILARITIES, mask_disliked, mask_outliers, outlier_scores
from cesrec.tools.state import MaskedItem, Preferences, SessionState


@pytest.fixture(scope="module")
def engine(ease_engine):
    """This module masks with the EASE-backed engine (fully fitted item geometry; see conftest)."""
    return ease_engine


def _items_with(engine, want: set[str], avoid: set[str] = frozenset(), n: int = 12, popular: int = 5) -> list[int]:
    c = engine.catalog
    out = [i for i in range(1, c.num_items + 1)
           if want <= set(c.genres[i]) and not (set(c.genres[i]) & avoid) and engine.popularity[i] >= popular]
    return out[:n]


@pytest.fixture(scope="module")
def planted(engine):
    """Children's animations with one horror film planted in the middle."""
    kids = _items_with(engine, {"Animation", "Children's"}, {"Horror"}, n=10)
    horror = _items_with(engine, {"Horror"}, {"Animation", "Children's", "Comedy"}, n=1, popular=20)[0]
    assert len(kids) >= 8
    history = kids[:5] + [horror] + kids[5:]
    return history, 5, horror


@pytest.mark.parametrize("method", ["k_lowest", "robust"])
def test_planted_horror_film_is_masked(engine, planted, method):
    history, pos, horror = planted
    st = SessionState(user_id="kid", history=history)
    new = mask_outliers(engine, st, method=method, k=1)
    assert [m.position for m in new.masked] == [pos]
    m = new.masked[0]
    assert m.item == horror and m.kind == "outlier"
    assert engine.catalog.titles[horror] in m.reason and "Horror" in m.reason
    assert st.masked == []  # the input state is untouched
    seq, flags = new.model_sequence()
    assert list(seq) == history and flags.tolist() == [p == pos for p in range(len(history))]


def test_outlier_scores_rank_the_planted_item_lowest_with_cosine(engine, planted):
    history, pos, _ = planted
    s = outlier_scores(engine, history, "cosine")
    assert int(np.argmin(s)) == pos


def test_robust_caps_the_masked_fraction_and_keeps_items(engine):
    kids = _items_with(engine, {"Animation", "Children's"}, {"Horror"}, n=10)
    horrors = _items_with(engine, {"Horror"}, {"Animation", "Children's", "Comedy"}, n=5, popular=20)
    history = kids + horrors  # a third are "outliers": the cap must bind
    st = SessionState(user_id="mixed", history=history)
    new = mask_outliers(engine, st, method="robust", k=0, max_fraction=0.2)
    assert len(new.masked) <= int(0.2 * len(history))
    assert len(new.visible_history()) >= 3
    tiny = SessionState(user_id="short", history=history[:3])
    assert mask_outliers(engine, tiny, method="k_lowest", k=2).masked == []  # documented no-op


def test_k_lowest_never_empties_history(engine):
    st = SessionState(user_id="u", history=_items_with(engine, {"Drama"}, n=5))
    new = mask_outliers(engine, st, method="k_lowest", k=5)
    assert len(new.visible_history()) >= 3


def test_rerun_replaces_previous_outlier_masks(engine, planted):
    history, _, _ = planted
    st = SessionState(user_id="kid", history=history)
    once = mask_outliers(engine, st, k=1)
    twice = mask_outliers(engine, once, k=1)
    assert once == twice


@pytest.mark.parametrize("similarity", SIMILARITIES)
def test_every_similarity_runs(engine, planted, similarity):
    history, _, _ = planted
    new = mask_outliers(engine, SessionState(user_id="u", history=history), k=1, similarity=similarity)
    assert len(new.masked) == 1


def test_bad_arguments(engine, planted):
    st = SessionState(user_id="u", history=planted[0])
    with pytest.raises(ValueError, match="unknown masking method"):
        mask_outliers(engine, st, method="zscore")
    with pytest.raises(ValueError, match="unknown similarity"):
        mask_outliers(engine, st, similarity="manhattan")
    with pytest.raises(ValueError, match="k must be"):
        mask_outliers(engine, st, k=-1)
    empty = SessionState(user_id="u", history=[])
    assert mask_outliers(engine, empty).masked == []


def test_disliked_attributes_mask_conflicting_history(engine, planted):
    history, pos, horror = planted
    st = SessionState(user_id="kid", history=history, preferences=Preferences(disliked={"genre": ["Horror"]}))
    new = mask_disliked(engine, st)
    assert [(m.position, m.kind) for m in new.masked] == [(pos, "disliked")]
    assert "Horror" in new.masked[0].reason
    # outlier masking afterwards keeps the disliked mask
    both = mask_outliers(engine, new, k=1)
    assert any(m.kind == "disliked" and m.position == pos for m in both.masked)


def test_disliking_everything_keeps_one_item(engine):
    dramas = _items_with(engine, {"Drama"}, n=4)
    st = SessionState(user_id="u", history=dramas, preferences=Preferences(disliked={"genre": ["Drama"]}))
    new = mask_disliked(engine, st)
    assert len(new.visible_history()) == 1 and new.visible_history()[0] == dramas[-1]
    assert all(isinstance(m, MaskedItem) for m in new.masked)
