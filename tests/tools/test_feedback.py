"""Rule parser and validation against the real ml-100k catalogue vocabulary."""

from __future__ import annotations

import pytest
from cesrec.tools.feedback import Feedback, FeedbackError, parse_feedback_rules, validate_feedback
from cesrec.tools.state import Recommendation, SessionState


@pytest.fixture(scope="module")
def catalog(ml100k):
    return ml100k.catalog


def _parse(text, catalog, state=None):
    fb = parse_feedback_rules(text, catalog, state)
    return fb.liked_attributes, fb.disliked_attributes


@pytest.mark.parametrize(
    ("text", "liked", "disliked"),
    [
        ("I'd like a Comedy from the 1990s.", {"genre": ["Comedy"], "decade": ["1990s"]}, {}),
        ("something scary from the 80s", {"genre": ["Horror"], "decade": ["1980s"]}, {}),
        ("sci-fi please", {"genre": ["Sci-Fi"]}, {}),
        ("some science fiction from the seventies", {"genre": ["Sci-Fi"], "decade": ["1970s"]}, {}),
        ("a funny film for the kids", {"genre": ["Comedy", "Children's"]}, {}),
        ("comedy instead of horror", {"genre": ["Comedy"]}, {"genre": ["Horror"]}),
        ("no more dramas, I want a thriller", {"genre": ["Thriller"]}, {"genre": ["Drama"]}),
        ("Not horror but a western from 1965", {"genre": ["Western"], "decade": ["1960s"]}, {"genre": ["Horror"]}),
        ("less drama, more action", {"genre": ["Action"]}, {"genre": ["Drama"]}),
        ("a rom-com", {"genre": ["Romance", "Comedy"]}, {}),
        # negation words that come after the mention or open the next clause, and 'nothing'/'can't'
        ("Not feeling these. Nothing from the 80s please.", {}, {"decade": ["1980s"]}),
        ("Thrillers are not my thing.", {}, {"genre": ["Thriller"]}),
        ("Drama? No thanks. A western maybe", {"genre": ["Western"]}, {"genre": ["Drama"]}),
        ("I can't watch drama movies", {}, {"genre": ["Drama"]}),
        ("More comedy, no horror", {"genre": ["Comedy"]}, {"genre": ["Horror"]}),
        ("Comedies are not bad", {"genre": ["Comedy"]}, {}),
        ("I can't wait for a good comedy", {"genre": ["Comedy"]}, {}),
        ("comedy, no thanks to horror", {"genre": ["Comedy"]}, {"genre": ["Horror"]}),
        ("I love comedy. Nope, not horror", {"genre": ["Comedy"]}, {"genre": ["Horror"]}),
    ],
)
def test_genres_decades_and_negation(catalog, text, liked, disliked):
    got_liked, got_disliked = _parse(text, catalog)
    assert got_liked == liked
    assert got_disliked == disliked


def test_relative_decades(catalog):
    liked, disliked = _parse("These are too old. Something recent please", catalog)
    assert liked == {"decade": ["1990s"]}
    assert "1970s" in disliked["decade"] and "1990s" not in disliked["decade"]
    # "too old" also covers the decades of what was just shown
    shown = SessionState(user_id="x", history=[1], last_recommendations=[
        Recommendation(item=1, title="t", year=1985, score=1.0, why="w")])
    _, disliked = _parse("too old", catalog, shown)
    assert "1980s" in disliked["decade"]


def test_names_exact_fuzzy_and_surname(catalog):
    fb = parse_feedback_rules("a film by Spielberg with Tom Hanx", catalog)
    assert fb.liked_attributes == {"director": ["Steven Spielberg"], "actor": ["Tom Hanks"]}
    fb = parse_feedback_rules("no films directed by Quentin Tarantino", catalog)
    assert fb.disliked_attributes == {"director": ["Quentin Tarantino"]}


def test_titles_become_items(catalog):
    fb = parse_feedback_rules("more like Toy Story, but I didn't like Scream", catalog)
    assert [catalog.titles[i] for i in fb.liked_items] == ["Toy Story"]
    assert [catalog.titles[i] for i in fb.disliked_items] == ["Scream"]


def test_unrecognised_text_is_a_documented_noop(catalog):
    fb = parse_feedback_rules("I want a Bollywood movie", catalog)
    assert not fb.has_structure()
    assert fb.free_text == "I want a Bollywood movie" and fb.notes
    empty = parse_feedback_rules("", catalog)
    assert empty.is_empty()
    with pytest.raises(FeedbackError, match="string"):
        parse_feedback_rules(None, catalog)  # type: ignore[arg-type]


def test_validate_canonicalises_loose_values(catalog):
    fb = validate_feedback(
        Feedback(liked_attributes={"genres": ["sci-fi", "kids"], "year": ["1995"], "director": ["steven spielberg"]}),
        catalog,
    )
    assert fb.liked_attributes == {"genre": ["Sci-Fi", "Children's"], "decade": ["1990s"], "director": ["Steven Spielberg"]}


@pytest.mark.parametrize(
    ("fb", "match"),
    [
        (Feedback(liked_attributes={"genre": ["Bollywood"]}), r"liked_attributes\['genre'\]: 'Bollywood' is not a genre"),
        (Feedback(disliked_attributes={"mood": ["happy"]}), "unknown attribute kind 'mood'"),
        (Feedback(liked_attributes={"decade": ["2010s"]}), "not a decade"),
        (Feedback(liked_items=[99999]), "item 99999 is not a catalogue item"),
        (Feedback(disliked_items=[0]), "item 0 is not a catalogue item"),
    ],
)
def test_validate_rejects_what_the_catalogue_lacks(catalog, fb, match):
    with pytest.raises(FeedbackError, match=match):
        validate_feedback(fb, catalog)


def test_validate_lenient_mode_drops_and_notes(catalog):
    fb = validate_feedback(Feedback(liked_attributes={"genre": ["Comedy", "Bollywood"]}), catalog, strict=False)
    assert fb.liked_attributes == {"genre": ["Comedy"]}
    assert any("Bollywood" in n for n in fb.notes)


def test_same_value_liked_and_disliked_resolves_to_disliked(catalog):
    fb = validate_feedback(Feedback(liked_attributes={"genre": ["Drama"]}, disliked_attributes={"genre": ["Drama"]}), catalog)
    assert fb.liked_attributes == {} and fb.disliked_attributes == {"genre": ["Drama"]}


@pytest.mark.parametrize("text, genre, word", [
    ("a heist movie", "Crime", "heist"),
    ("any good gangster films?", "Crime", "gangster"),
    ("cowboys please", "Western", "cowboys"),
    ("a cozy whodunit", "Mystery", "whodunit"),
])
def test_a_subgenre_word_is_its_genre_and_content_too(catalog, text, genre, word):
    fb = parse_feedback_rules(text, catalog)
    assert fb.liked_attributes.get("genre") == [genre]
    assert word in fb.description  # "a heist movie" is not any crime film: the plot index gets the word


@pytest.mark.parametrize("text, kept, dropped", [
    ("I'm good on thrillers, thanks. A heist movie maybe?", "heist", "thrillers"),
    ("no westerns, a heist with a twist ending", "twist", "westerns"),
    ("comedies, not horror, something about a haunted lighthouse", "lighthouse", "horror"),
])
def test_a_refused_values_clause_stays_out_of_the_description(catalog, text, kept, dropped):
    fb = parse_feedback_rules(text, catalog)
    assert kept in fb.description and dropped not in fb.description, fb.description
