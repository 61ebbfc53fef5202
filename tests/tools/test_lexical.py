"""Lexical retrieval (BM25 over the item texts), the request signal it feeds, and placeholder catalogue rows."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.recmodel.data import Catalog
from cesrec.tools.catalog import search_catalog
from cesrec.tools.feedback import Feedback
from cesrec.tools.lexical import LexicalIndex, lexical_index_for
from cesrec.tools.turn import apply_feedback, recommend_with_feedback


def _tiny() -> Catalog:
    return Catalog(external_ids=["", "a", "b", "c", "d"],
                   titles=["", "Night of the Vampires", "A Submarine Story", "unkonwn", "The Movie Movie"],
                   years=[None, 1990, 1991, None, 1992],
                   genres=[[], ["Horror"], ["War"], [], ["Comedy"]])


def test_bm25_scores_shape_stemming_and_stopwords():
    idx = LexicalIndex([""] + [t for t in _tiny().titles[1:]])
    s = idx.scores("vampires!")
    assert s.shape == (5,) and s[0] == -np.inf
    assert int(np.argmax(s[1:])) + 1 == 1  # "vampires" meets "Vampires" through the stemmer
    # "movie" names no content: a request for "a submarine movie" must not favour "The Movie Movie"
    s = idx.scores("a submarine movie")
    assert int(np.argmax(s[1:])) + 1 == 2 and s[4] == 0.0
    assert idx.query_tokens("a good movie to watch tonight") == []
    assert not idx.scores("zzzz qqqq")[1:].any()  # no known word: all zeros, never an error


def test_index_is_cached_per_catalogue():
    cat = _tiny()
    assert lexical_index_for(cat) is lexical_index_for(cat)
    assert lexical_index_for(_tiny()) is not lexical_index_for(cat)


def test_placeholder_rows_are_recognised():
    cat = _tiny()
    assert cat.placeholder_items() == [3]
    assert not cat.is_placeholder(1) and not cat.is_placeholder(4)


def test_request_words_reach_the_ranking_for_a_new_user(engine):
    """'vampires!' from someone the dataset does not know: the words alone must find vampire films."""
    vamp = next(i for i in range(1, engine.num_items + 1)
                if engine.catalog.titles[i].startswith("Interview with the Vampire"))
    st = apply_feedback(engine, engine.new_session("newcomer", history=[]), "vampires!")
    assert st.preferences.descriptions == ["vampires"]
    _, recs = recommend_with_feedback(engine, st, k=10)
    assert vamp in [r.item for r in recs]


def test_a_specific_request_is_not_drowned_by_the_history(engine):
    """An existing user with a long history asks for vampires: every vampire film they have not seen (by
    title) makes the top 10, ahead of the history's favourites."""
    st = engine.new_session("42")
    vamps = [i for i in range(1, engine.num_items + 1)
             if "vampire" in engine.catalog.titles[i].lower() and i not in st.history]
    assert 1 <= len(vamps) <= 10
    st = apply_feedback(engine, st, Feedback(description="vampires"))
    _, recs = recommend_with_feedback(engine, st, k=10)
    assert set(vamps) <= {r.item for r in recs}


def test_description_keeps_content_words_and_leaves_pointing_and_refusals_out(ml100k):
    from cesrec.tools.feedback import parse_feedback_rules

    cat = ml100k.catalog
    assert parse_feedback_rules("vampires!", cat).description == "vampires"
    # a refused clause's words would pull up what was refused
    d = parse_feedback_rules("a submarine thriller, but nothing too gory", cat).description
    assert "submarine" in d and "gory" not in d
    # words that point at the shown list are no content ("Last Action Hero" for "the last one")
    assert parse_feedback_rules("more like the last one", cat).description == ""
    d = parse_feedback_rules("the fourth one but with pirates", cat).description
    assert "pirates" in d and "fourth" not in d and "one" not in d.split()
    assert parse_feedback_rules("something good to watch tonight", cat).description == ""


def test_placeholders_are_never_recommended_or_searched(engine):
    ph = engine.catalog.placeholder_items()
    if engine.catalog.num_items == 1682:  # ml-100k: item 267 "unkonwn" (no year, no genre)
        assert ph == [267]
    assert engine.placeholders == frozenset(ph)
    st = engine.new_session("newcomer", history=[])
    _, recs = recommend_with_feedback(engine, st, k=200)
    assert not set(ph) & {r.item for r in recs}
    hits = search_catalog(engine, "unknown", k=50)
    assert not set(ph) & {h.item for h in hits}


def test_a_film_listed_twice_is_shown_once_and_seen_under_either_id(engine):
    cat = engine.catalog
    copies = engine.copy_of
    if cat.num_items == 1682:  # ml-100k lists 18 films twice, e.g. "Money Talks (1997)"
        assert len(copies) == 18
        money = [i for i in range(1, cat.num_items + 1) if cat.label(i) == "Money Talks (1997)"]
        assert len(money) == 2 and len({copies.get(i, i) for i in money}) == 1
    for dup, keep in copies.items():
        assert dup != keep and cat.label(dup).lower() == cat.label(keep).lower()
        assert int(engine.popularity[keep]) >= int(engine.popularity[dup])
    # a new user: no list shows one film twice, and the second copies never appear
    st = engine.new_session("newcomer", history=[])
    _, recs = recommend_with_feedback(engine, st, k=300)
    labels = [cat.label(r.item) for r in recs]
    assert len(labels) == len(set(labels)) and not set(copies) & {r.item for r in recs}
    # a user who saw a film under its second id is never offered it under the first
    if copies:
        dup, keep = next(iter(copies.items()))
        st = engine.new_session("newcomer", history=[dup])
        _, recs = recommend_with_feedback(engine, st, k=cat.num_items)
        assert keep not in {r.item for r in recs}


@pytest.mark.parametrize("text", ["the third one sounds good, more like that", "any of his from the 50s?",
                                  "something else by a different director"])
def test_reactions_pronouns_and_roles_are_no_description(engine, text):
    # found trying a multi-turn conversation: "sounds good" pulled up The Sound of Music
    from cesrec.tools.feedback import parse_feedback_rules

    assert parse_feedback_rules(text, engine.catalog).description == ""
