"""Issue 21 (item 4): the LLM-free half of the stance judge (tools.stance_values) and the reader authors'
development sentences (evals/data/stance_dev.py)."""

from __future__ import annotations

import pytest
from cesrec.evals.data.stance_dev import DEV_CASES, TRAIN_CASES
from cesrec.tools.feedback import parse_feedback_rules
from cesrec.tools.stance_values import apply_verdicts, key_of, stance_cue, stance_targets
from cesrec.tools.state import Feedback, Recommendation, SessionState


@pytest.fixture(scope="module")
def cat(ml100k):
    return ml100k.catalog


def test_targets_carry_the_users_own_words(cat):
    text = "I can never get my fill of cartoons, but skip the 80s"
    fb = parse_feedback_rules(text, cat)
    targets = {t.key: t for t in stance_targets(text, fb, cat)}
    assert targets[("genre", "Animation")].label == "cartoons"
    assert targets[("decade", "1980s")].label == "80s"
    a, b = targets[("genre", "Animation")].span
    assert text[a:b] == "cartoons"
    # in the order the user said them
    assert [t.key for t in stance_targets(text, fb, cat)][0] == ("genre", "Animation")


def test_values_no_mention_names_are_not_judged(cat):
    # a relative period ("old": several decades) and a shown film pointed at by position stay with their reader
    shown = [Recommendation(item=i, title=cat.titles[i], year=None, genres=[], score=0.0, why="shown")
             for i in (1, 2, 3)]
    state = SessionState(user_id="t", history=[], last_recommendations=shown)
    for text in ("these are all pretty old", "the 3rd one, but a comedy"):
        fb = parse_feedback_rules(text, cat, state)
        keys = {t.key for t in stance_targets(text, fb, cat, state)}
        assert not any(k[0] in ("decade", "item") for k in keys), (text, keys)
    # a value only the LLM read ("a tearjerker" -> Drama) has no words of its own in the message
    fb = Feedback(liked_attributes={"genre": ["Drama"]})
    assert stance_targets("a real tearjerker please", fb, cat) == []


def test_verdicts_move_values_and_neither_keeps_the_side(cat):
    fb = Feedback(liked_attributes={"genre": ["Western", "Comedy"], "actor": ["Tom Hanks"]},
                  disliked_attributes={"genre": ["Horror"]}, liked_items=[5], disliked_items=[7])
    out = apply_verdicts(fb, {("genre", "Western"): "avoid", ("genre", "Horror"): "want",
                              ("genre", "Comedy"): "neither", ("person", "Tom Hanks"): "avoid",
                              ("item", "7"): "want"})
    assert out.liked_attributes == {"genre": ["Comedy", "Horror"]}
    assert out.disliked_attributes == {"genre": ["Western"], "actor": ["Tom Hanks"]}
    assert out.liked_items == [5, 7] and out.disliked_items == []
    assert key_of("director", "Alfred Hitchcock") == ("person", "Alfred Hitchcock")


def test_stance_cues():
    assert stance_cue("I can't get enough of westerns")
    assert stance_cue("I've outgrown fantasy")
    assert stance_cue("anything but horror")
    assert not stance_cue("something with Clint Eastwood")
    assert not stance_cue("I'm good on westerns, thanks")  # no cue word: the narrow gate leaves it to the rules
    assert stance_cue("I'm good on westerns, thanks", broad=True)  # a rated word ("good")


def test_development_sentences_are_well_formed(cat):
    genres = {g for gs in cat.genres[1:] for g in gs}
    texts = [c[0].lower() for c in DEV_CASES + TRAIN_CASES]
    assert len(DEV_CASES) >= 150 and len(set(texts)) == len(texts)
    for text, liked, disliked in DEV_CASES + TRAIN_CASES:
        assert liked or disliked, text
        assert not set(liked) & set(disliked), text
        for v in liked + disliked:
            kind = v.split(":", 1)[0] if ":" in v else "genre"
            assert kind in ("genre", "person", "decade", "item"), v
            if kind == "genre":
                assert v in genres, v


def test_a_question_takes_its_answer_into_the_values_sentence():
    from cesrec.tools.stance_values import scope_of

    def scope(text: str, words: str) -> str:
        a = text.lower().index(words.lower())
        return scope_of(text, (a, a + len(words)), "sentence")

    # a value asked about is answered by the next sentence (its stance lives there)
    assert scope("Horror? Count me out. Comedy is fine", "Horror") == "horror? count me out"
    assert stance_cue(scope("Westerns? nah", "Westerns"))
    # a plain sentence end or a contrast still bounds it
    assert scope("I love horror. No comedy.", "horror") == "i love horror"
    assert scope("a sci-fi movie but nothing before 1980", "sci-fi") == "a sci-fi movie "


def test_a_values_own_words_are_no_cue():
    from cesrec.tools.stance_values import without_spans

    text = "Raiders of the Lost Ark, please"
    a = text.index("Raiders")
    bare = without_spans(text, [(a, a + len("Raiders of the Lost Ark"))])
    assert len(bare) == len(text) and "Lost" not in bare
    assert stance_cue(text, broad=True) and not stance_cue(bare)
