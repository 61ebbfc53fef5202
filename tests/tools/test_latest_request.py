"""The latest request ranks first; earlier requests' values only nudge (a conversation changes its mind)."""

from __future__ import annotations

import numpy as np
from cesrec.tools.feedback import Feedback
from cesrec.tools.ranking import constrained_scores, top_k
from cesrec.tools.state import Preferences
from cesrec.tools.turn import apply_feedback, latest_request, recommend_with_feedback


class _Masks:
    """Items 1..6: genres War (1, 2, 3), Western (4, 5), both (6); years 1990 + i."""

    num_items = 6
    genres = {"War": [1, 2, 3, 6], "Western": [4, 5, 6]}

    def attribute_mask(self, kind: str, value: str) -> np.ndarray:
        m = np.zeros(7, dtype=bool)
        m[self.genres.get(value, [])] = True
        return m

    def year_mask(self, year_min, year_max) -> np.ndarray:
        y = np.array([0] + [1990 + i for i in range(1, 7)])
        m = (y >= (year_min or 0)) & (y <= (year_max or 9999))
        m[0] = False
        return m


def test_latest_request_refines_replaces_and_starts_over():
    war = latest_request(Feedback(liked_attributes={"genre": ["War"]}))
    assert war.liked == {"genre": ["War"]}
    # a new genre replaces the request's genre; another kind refines it
    west = latest_request(Feedback(liked_attributes={"genre": ["Western"]}), war)
    assert west.liked == {"genre": ["Western"]}
    west90 = latest_request(Feedback(liked_attributes={"decade": ["1990s"]}), west)
    assert west90.liked == {"genre": ["Western"], "decade": ["1990s"]}
    assert latest_request(Feedback(year_min=1995), west90).year_min == 1995
    # describing something new, or naming a film, is a new request with no value of its own
    assert latest_request(Feedback(description="a shark terrorises a beach town"), west90) == Preferences()
    assert latest_request(Feedback(liked_items=[3]), west90) == Preferences()
    # refusing something, or nothing new, keeps the request
    assert latest_request(Feedback(disliked_attributes={"genre": ["Horror"]}), west90) == west90
    assert latest_request(None, west90) == west90 and latest_request(None) is None


def test_older_values_nudge_while_the_latest_ranks_first():
    masks = _Masks()
    prefs = Preferences(liked={"genre": ["War", "Western"]})
    scores = np.array([-np.inf, 6.0, 5.0, 4.0, 1.0, 0.5, 0.0])
    # no request known: every liked genre is a tier (the items with both first, then either)
    eff, _ = constrained_scores(scores, prefs, masks)
    assert [i for i, _ in top_k(eff, 3)] == [6, 1, 2]
    # the latest request asked for westerns: westerns first (the war western among them first), war films after
    eff, groups = constrained_scores(scores, prefs, masks, current=Preferences(liked={"genre": ["Western"]}))
    assert [i for i, _ in top_k(eff, 4)] == [6, 4, 5, 1]
    assert {d for d, _ in groups} == {"genre=Western", "genre=War"}
    # a new request with no value of its own: the old values only nudge the scores
    eff, _ = constrained_scores(scores, prefs, masks, current=Preferences())
    assert [i for i, _ in top_k(eff, 2)] == [1, 2]


def test_a_new_topic_is_not_filtered_by_the_old_one(engine):
    """'a World War II movie', then a description of something else: the old genre does not wall it off."""
    st = engine.new_session("newcomer", history=[])
    st = apply_feedback(engine, st, Feedback(liked_attributes={"genre": ["War"]}))
    st, _ = recommend_with_feedback(engine, st, k=5)
    vamps = {i for i in range(1, engine.num_items + 1) if "vampire" in engine.catalog.titles[i].lower()}
    assert vamps and not any("War" in engine.catalog.genres[i] for i in vamps)
    st = apply_feedback(engine, st, Feedback(description="vampires"))
    st, recs = recommend_with_feedback(engine, st, k=5)
    assert st.request == Preferences()
    assert vamps & {r.item for r in recs}
    # then a genre: that genre ranks first, the war films are no longer required
    st = apply_feedback(engine, st, Feedback(liked_attributes={"genre": ["Western"]}))
    st, recs = recommend_with_feedback(engine, st, k=5)
    assert st.request.liked == {"genre": ["Western"]}
    assert all("Western" in r.genres for r in recs)
    # refusing the requested value takes it out of the request
    st = apply_feedback(engine, st, Feedback(disliked_attributes={"genre": ["Western"]}))
    st, recs = recommend_with_feedback(engine, st, k=5)
    assert st.request.liked == {} and not any("Western" in r.genres for r in recs)
