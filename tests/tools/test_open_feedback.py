"""Open feedback moves the ranking: films named, descriptions, critiques of a shown film, complaints."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.tools.catalog import find_item
from cesrec.tools.feedback import parse_feedback_rules
from cesrec.tools.state import Feedback, Recommendation, SessionState
from cesrec.tools.turn import apply_feedback, recommend_with_feedback


def _cooc_neighbours(engine, items: list[int], n: int = 50) -> set[int]:
    """The n nearest films by cosine co-occurrence on the training split (summed over `items`)."""
    ds = engine.dataset
    N = engine.num_items + 1
    X = np.zeros((ds.num_users, N), dtype=np.float32)
    for u in range(ds.num_users):
        X[u, np.unique(np.asarray(ds.train_sequence(u)))] = 1.0
    X[:, 0] = 0
    norms = np.maximum(np.linalg.norm(X, axis=0), 1e-9)
    sims = sum((X.T @ X[:, i]) / (norms * norms[i]) for i in items)
    sims[items] = -np.inf
    sims[0] = -np.inf
    return set(np.argsort(-sims)[:n].tolist())


def test_named_films_move_the_ranking(engine):
    """Issue 10's check: after "I loved Heat and The Usual Suspects", at least half of the top 10 are among
    the 50 nearest co-occurrence neighbours of those films (it was 0 of 5 for user 42)."""
    heat, suspects = find_item(engine, "Heat"), find_item(engine, "The Usual Suspects")
    st = engine.new_session("42")
    _, before = recommend_with_feedback(engine, st, k=10)
    fb = parse_feedback_rules("I loved Heat and The Usual Suspects, something like that", engine.catalog, st)
    assert fb.liked_items == [heat, suspects]
    st = apply_feedback(engine, st, fb)
    st, recs = recommend_with_feedback(engine, st, k=10)
    near = _cooc_neighbours(engine, [heat, suspects])
    hits = [r.title for r in recs if r.item in near]
    # The test engine's SRS trains for 3 epochs only, so its list before any feedback is the popular films,
    # most of which are co-occurrence neighbours of anything (9 of 10 here): the list must change and keep
    # >= 3. The issue's >= 5 of 10 is checked with the real engine and the embedded LLM by
    # `python -m cesrec.evals.bench.check_named_films` (evals/results/check_named_films.json).
    assert len(hits) >= 3 and [r.item for r in recs] != [r.item for r in before], [r.title for r in recs]
    # the films themselves entered the rewritten sequence, and are not recommended back
    assert [p.item for p in st.pseudo if p.role == "reference"] == [heat, suspects]
    assert heat not in [r.item for r in recs] and suspects not in [r.item for r in recs]
    assert "Heat (1995)" in st.pseudo[0].source  # provenance names titles, never ids


def test_complaint_is_a_dislike_and_critique_resolves_against_the_list(engine):
    st = engine.new_session("42")
    st, recs = recommend_with_feedback(engine, st, k=5)
    fb = parse_feedback_rules("These are all romances. I want crime thrillers like Heat.", engine.catalog, st)
    assert fb.disliked_attributes == {"genre": ["Romance"]}
    assert fb.liked_attributes == {"genre": ["Crime", "Thriller"]}
    st2 = apply_feedback(engine, st, fb)
    st2, recs2 = recommend_with_feedback(engine, st2, k=10)
    assert all("Romance" not in r.genres for r in recs2)
    # "like number 3, but newer": the third film is a reference, and a year bound after its release
    third = recs[2]
    fb = parse_feedback_rules("Like number 3, but more recent.", engine.catalog, st)
    assert fb.liked_items == [third.item] and fb.year_min == third.year + 1 and not fb.liked_attributes
    st3 = apply_feedback(engine, st, fb)
    st3, recs3 = recommend_with_feedback(engine, st3, k=10)
    assert all(r.year and r.year > third.year for r in recs3)


def test_description_reaches_the_plot_index(engine):
    st = engine.new_session("42")
    fb = parse_feedback_rules("a heist movie with a twist ending", engine.catalog, st)
    assert fb.description and fb.liked_attributes == {"genre": ["Crime"]}
    before = recommend_with_feedback(engine, apply_feedback(engine, st, Feedback(liked_attributes={"genre": ["Crime"]})),
                                     k=10)[1]
    st = apply_feedback(engine, st, fb)
    assert st.preferences.descriptions == [fb.description]
    st, recs = recommend_with_feedback(engine, st, k=10)
    assert [r.item for r in recs] != [r.item for r in before]  # the words beyond the genre changed the list
    assert any(p.role == "retrieved" for p in st.pseudo)


@pytest.mark.parametrize("text,want", [
    ("nothing before 1990", (1990, None)), ("something after 1995", (1996, None)),
    ("nothing older than the 80s", (1980, None)), ("only movies before 1970", (None, 1969)),
    ("nothing after 1985 please", (None, 1985)),
])
def test_year_ranges_are_first_class(engine, text, want):
    fb = parse_feedback_rules(text, engine.catalog)
    assert (fb.year_min, fb.year_max) == want and not fb.disliked_attributes.get("decade")
    st = apply_feedback(engine, engine.new_session("42"), fb)
    assert (st.preferences.year_min, st.preferences.year_max) == want
    _, recs = recommend_with_feedback(engine, st, k=10)
    lo, hi = want
    assert all((lo is None or r.year >= lo) and (hi is None or r.year <= hi) for r in recs)


@pytest.mark.parametrize("text,genre", [
    ("These are all romances.", "Romance"), ("Ugh, every one of these is a drama.", "Drama"),
    ("Way too many comedies in there.", "Comedy"), ("They're all westerns", "Western"),
    ("So many thrillers!", "Thriller"), ("nothing but action movies here", "Action"),
    ("you keep showing me horror", "Horror"),
])
def test_complaints_about_the_list_are_dislikes(engine, text, genre):
    fb = parse_feedback_rules(text, engine.catalog)
    assert fb.disliked_attributes.get("genre") == [genre] and not fb.liked_attributes


@pytest.mark.parametrize("text,genre", [
    ("These are great comedies, more please", "Comedy"), ("I want westerns", "Western"),
    ("more like these but funnier", "Comedy"),
])
def test_praise_and_wishes_stay_likes(engine, text, genre):
    assert parse_feedback_rules(text, engine.catalog).liked_attributes.get("genre") == [genre]


def test_title_year_is_not_a_decade_preference(engine):
    fb = parse_feedback_rules("I enjoyed Star Wars (1977) a lot", engine.catalog)
    assert fb.liked_items == [find_item(engine, "Star Wars")] and not fb.liked_attributes


def test_critique_needs_a_shown_list(engine):
    recs = [Recommendation(item=i, title=engine.catalog.titles[i], year=engine.catalog.years[i], score=0, why="")
            for i in (1, 50, 100)]
    st = SessionState(user_id="x", history=[2, 3], last_recommendations=recs)
    fb = parse_feedback_rules("the second one but not a comedy", engine.catalog, st)
    assert fb.liked_items == [50] and fb.disliked_attributes == {"genre": ["Comedy"]}
    assert parse_feedback_rules("the second one but not a comedy", engine.catalog).liked_items == []
    assert parse_feedback_rules("number 9 but newer", engine.catalog, st).liked_items == []  # no 9th film
