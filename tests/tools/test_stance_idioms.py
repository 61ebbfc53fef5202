"""Issue 21 (item 4): idioms and negation scope, read compositionally (tools.stance).

A negator flips the predicate it scopes over: over a negative predicate ("tired of", "enough", "wrong", "beats")
the result is a like, over a positive one ("like", "fan of") or straight over a catalogue value ("no westerns") a
refusal. Time words are a period only when they are about the film. These sentences were written for this test
before the reader was changed; none is from evals/data/utterances.jsonl."""

from __future__ import annotations

import pytest
from cesrec.tools.feedback import parse_feedback_rules


@pytest.fixture(scope="module")
def cat(ml100k):
    # the session's ml-100k (tests/conftest.py): ../shared's metadata, or the hand-written one without it, so the
    # people named here are in the catalogue either way
    return ml100k.catalog


def _reading(cat, text: str) -> tuple[set[str], set[str]]:
    fb = parse_feedback_rules(text, cat)
    liked = {f"{k if k not in ('director', 'actor', 'writer') else 'person'}:{v}"
             for k, vs in fb.liked_attributes.items() for v in vs}
    disliked = {f"{k if k not in ('director', 'actor', 'writer') else 'person'}:{v}"
                for k, vs in fb.disliked_attributes.items() for v in vs}
    liked |= {f"item:{cat.label(i)}" for i in fb.liked_items}
    disliked |= {f"item:{cat.label(i)}" for i in fb.disliked_items}
    return liked, disliked


# (text, liked, disliked): every attribute and film read, exactly
IDIOMS = [
    # a negator over a negative predicate: a like
    ("I never grow tired of a good mystery", {"genre:Mystery"}, set()),
    ("honestly I could never get bored of thrillers", {"genre:Thriller"}, set()),
    ("I can never have enough horror in my life", {"genre:Horror"}, set()),
    ("a good western never disappoints", {"genre:Western"}, set()),
    ("musicals never fail to cheer me up", {"genre:Musical"}, set()),
    ("you can't go wrong with a war movie", {"genre:War"}, set()),
    ("I've got nothing against documentaries", {"genre:Documentary"}, set()),
    ("I wouldn't object to a fantasy film", {"genre:Fantasy"}, set()),
    ("no complaints about comedies from me", {"genre:Comedy"}, set()),
    ("I'd never turn down a good thriller", {"genre:Thriller"}, set()),
    ("I don't dislike animation", {"genre:Animation"}, set()),
    ("I'm not opposed to a romance tonight", {"genre:Romance"}, set()),
    ("crime dramas never get boring", {"genre:Crime", "genre:Drama"}, set()),
    ("sci-fi never gets old for me", {"genre:Sci-Fi"}, set()),
    ("a western is never a bad choice", {"genre:Western"}, set()),
    ("I can't resist a good romance", {"genre:Romance"}, set()),
    ("there's never a dull moment in an action film", {"genre:Action"}, set()),
    ("Tom Hanks can do no wrong", {"person:Tom Hanks"}, set()),
    ("there's not enough comedy on this list", {"genre:Comedy"}, set()),
    ("I don't hate comedies", {"genre:Comedy"}, set()),
    # comparisons: "nothing beats X" praises X, "nothing is worse than X" refuses it
    ("nothing tops a scary movie at the weekend", {"genre:Horror"}, set()),
    ("no genre beats film noir", {"genre:Film-Noir"}, set()),
    ("nothing compares to a great war film", {"genre:War"}, set()),
    ("nothing is better than a lazy Sunday comedy", {"genre:Comedy"}, set()),
    ("nothing is worse than a slow western", set(), {"genre:Western"}),
    # restriction and exception
    ("I want nothing but thrillers tonight", {"genre:Thriller"}, set()),
    ("only westerns for me", {"genre:Western"}, set()),
    ("give me anything but a musical", set(), {"genre:Musical"}),
    ("no one but Tom Hanks, please", {"person:Tom Hanks"}, set()),
    ("nothing other than a documentary will do", {"genre:Documentary"}, set()),
    # "no-" / "non-" compounds modify the noun they stand before; over the value itself they refuse it
    ("a no-frills action movie", {"genre:Action"}, set()),
    ("some non-violent westerns please", {"genre:Western"}, set()),
    ("non-stop laughs please", {"genre:Comedy"}, set()),
    ("a non-horror pick for the kids", {"genre:Children's"}, {"genre:Horror"}),
    # plain refusals stay refusals
    ("I'm not a fan of musicals", set(), {"genre:Musical"}),
    ("I never watch horror", set(), {"genre:Horror"}),
    ("no westerns tonight", set(), {"genre:Western"}),
    ("nothing with Tom Cruise please", set(), {"person:Tom Cruise"}),
    ("I don't want anything romantic", set(), {"genre:Romance"}),
    ("I hate slow dramas", set(), {"genre:Drama"}),
    ("no gory horror please", set(), {"genre:Horror"}),
    ("I wouldn't watch a western if you paid me", set(), {"genre:Western"}),
    ("I'm fed up with dramas", set(), {"genre:Drama"}),
    # time words about the film, not in idioms
    ("comedies never get old", {"genre:Comedy"}, set()),
    ("an old favourite like Casablanca would be nice", {"item:Casablanca (1942)"}, set()),
    ("my old man swears by westerns", {"genre:Western"}, set()),
    # "like" as a preposition names a liked reference film
    ("something fast like Speed", {"item:Speed (1994)"}, set()),
    ("nothing like Titanic please", set(), {"item:Titanic (1997)"}),
    ("I want a thriller, not like Seven", {"genre:Thriller"}, {"item:Seven (Se7en) (1995)"}),
]


# predicates only the sentiment lexicon rates (written after the first 49, to compare the lexicon with the closed
# classes alone: 22/24 with it, 14/24 without); a rated word right before the value describes the film instead
RATED = [
    ("I never get sick of war films", {"genre:War"}, set()),
    ("there's nothing boring about a western", {"genre:Western"}, set()),
    ("no shame in loving musicals", {"genre:Musical"}, set()),
    ("no harm in a little romance", {"genre:Romance"}, set()),
    ("there's nothing stupid about animation", {"genre:Animation"}, set()),
    ("I never feel guilty watching comedies", {"genre:Comedy"}, set()),
    ("I never regret picking a mystery", {"genre:Mystery"}, set()),
    ("there's never anything dull about film noir", {"genre:Film-Noir"}, set()),
    ("I'm not afraid of horror", {"genre:Horror"}, set()),
    ("I never hesitate to pick a western", {"genre:Western"}, set()),
    ("I have no issue with dramas", {"genre:Drama"}, set()),
    ("musicals never annoy me", {"genre:Musical"}, set()),
    ("westerns never bore me", {"genre:Western"}, set()),
    ("I'm never embarrassed to watch cartoons", {"genre:Animation"}, set()),
    ("no depressing dramas please", set(), {"genre:Drama"}),
    ("I don't want a violent western", set(), {"genre:Western"}),
    ("no dark comedies", set(), {"genre:Comedy"}),
    ("not a fan of slow thrillers", set(), {"genre:Thriller"}),
    ("I never watch sad movies or dramas", set(), {"genre:Drama"}),
    ("I'm not afraid to say I hate musicals", set(), {"genre:Musical"}),
    ("no stupid comedies", set(), {"genre:Comedy"}),
    ("nothing with ugly violence, no war films", set(), {"genre:War"}),
    ("I'm not up for anything depressing like a war movie", set(), {"genre:War"}),
]


# refusal verbs, litotes, pronouns after a cancelled negation, short verdicts after a question (written with RATED)
MORE = [
    ("I'll pass on musicals", set(), {"genre:Musical"}),
    ("I'd say no to horror tonight", set(), {"genre:Horror"}),
    ("I'd turn down any musical", set(), {"genre:Musical"}),
    ("I wouldn't be caught dead watching a musical", set(), {"genre:Musical"}),
    ("it wouldn't be the worst idea to watch a western", {"genre:Western"}, set()),
    ("I'm not unhappy with comedies", {"genre:Comedy"}, set()),
    ("I couldn't live without comedies", {"genre:Comedy"}, set()),
    ("I can live without horror", set(), {"genre:Horror"}),
    ("I used to hate westerns but now I can't get enough of them", {"genre:Western"}, set()),
    ("horror and sci-fi, I can never have enough of those", {"genre:Horror", "genre:Sci-Fi"}, set()),
    ("westerns? not my cup of tea", set(), {"genre:Western"}),
    ("Musicals. Never again.", set(), {"genre:Musical"}),
    ("horror, nothing too gory", {"genre:Horror"}, set()),
    ("westerns? I could never say no", {"genre:Western"}, set()),
    ("I'm no stranger to horror films", {"genre:Horror"}, set()),
    ("there's no shortage of great westerns", {"genre:Western"}, set()),
    ("Comedy is the last thing I need right now", set(), {"genre:Comedy"}),
    ("the last thing I want is a western", set(), {"genre:Western"}),
    ("there's nothing like a good mystery", {"genre:Mystery"}, set()),
]


@pytest.mark.parametrize(("text", "liked", "disliked"), IDIOMS + RATED + MORE,
                         ids=[t for t, _, _ in IDIOMS + RATED + MORE])
def test_idioms_and_negation_scope(cat, text, liked, disliked):
    got_liked, got_disliked = _reading(cat, text)
    assert (got_liked, got_disliked) == (liked, disliked)


def test_non_stop_action_like_die_hard(cat):
    """Issue 21: "non-stop" is a positive intensifier and "like" a preposition naming a liked reference."""
    fb = parse_feedback_rules("non-stop action like Die Hard", cat)
    assert fb.liked_attributes == {"genre": ["Action"]}
    assert [cat.label(i) for i in fb.liked_items] == ["Die Hard (1988)"]
    assert not fb.disliked_attributes and not fb.disliked_items


@pytest.mark.parametrize("text", ["old movies please", "something from the old days, black and white"])
def test_old_about_the_film_is_still_a_period(cat, text):
    fb = parse_feedback_rules(text, cat)
    assert "1940s" in fb.liked_attributes.get("decade", [])


def test_old_westerns_are_westerns_and_old(cat):
    fb = parse_feedback_rules("I like old westerns", cat)
    assert "Western" in fb.liked_attributes["genre"] and "1950s" in fb.liked_attributes["decade"]
    assert not fb.disliked_attributes


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("I wouldn't say no to anything before 1970", None, 1969),  # a cancelled negator bounds nothing
    ("I never get tired of anything from before 1980", None, 1979),
    ("nothing before 1990", 1990, None),  # a negator over the bound itself still turns it round
    ("I don't want anything made before 1980", 1980, None),
])
def test_year_bounds_under_cancelled_negation(cat, text, lo, hi):
    fb = parse_feedback_rules(text, cat)
    assert (fb.year_min, fb.year_max) == (lo, hi)


def test_the_closed_classes_alone_miss_what_only_the_lexicon_rates(cat, monkeypatch):
    """The test can fail: without the lexicon "never a dull moment" is read as a refusal."""
    import cesrec.tools.polarity as polarity

    monkeypatch.setattr(polarity, "USE_LEXICON", False)
    assert _reading(cat, "there's never a dull moment in an action film") == (set(), {"genre:Action"})
    monkeypatch.setattr(polarity, "USE_LEXICON", True)
    assert _reading(cat, "there's never a dull moment in an action film") == ({"genre:Action"}, set())


# A second set, written after the one measurement on the held-out idiom class without reading that class. The
# first list is what the compositional reader is for (a negator and what it scopes over); the second is outside
# it: refusals that carry no negator at all. The misses are kept as strict xfails so that fixing one shows up.
DOUBLE_NEGATION = [
    ("I never get fed up with a good comedy", {"genre:Comedy"}, set()),
    ("I'm never sick of Harrison Ford", {"person:Harrison Ford"}, set()),
    ("a musical never goes amiss", {"genre:Musical"}, set()),
    ("thrillers never let me down", {"genre:Thriller"}, set()),
    ("I'd never pass up a good mystery", {"genre:Mystery"}, set()),
    ("there's no topping a great war movie", {"genre:War"}, set()),
    ("I can't complain about westerns", {"genre:Western"}, set()),
    ("no way I'd skip a Spielberg film", {"person:Steven Spielberg"}, set()),
    ("I've never disliked a documentary", {"genre:Documentary"}, set()),
    ("horror is never a waste of time", {"genre:Horror"}, set()),
    ("I don't object to some romance", {"genre:Romance"}, set()),
    ("I'm not against animated films at all", {"genre:Animation"}, set()),
    ("you can't beat a classic film noir", {"genre:Film-Noir"}, set()),
    ("nothing ever beats a heist movie", {"genre:Crime"}, set()),
    ("I could never tire of adventure films", {"genre:Adventure"}, set()),
    ("sci-fi doesn't get boring", {"genre:Sci-Fi"}, set()),
    ("I never say no to fantasy", {"genre:Fantasy"}, set()),
    ("I'm not one to turn down a thriller", {"genre:Thriller"}, set()),
    ("never enough war films for me", {"genre:War"}, set()),
    ("no complaints if it's a comedy", {"genre:Comedy"}, set()),
    ("I'm not a fan of horror", set(), {"genre:Horror"}),
    ("I never enjoy musicals", set(), {"genre:Musical"}),
    ("not into westerns", set(), {"genre:Western"}),
    ("no romance tonight", set(), {"genre:Romance"}),
    ("I don't care for documentaries", set(), {"genre:Documentary"}),
]
NO_NEGATOR = [
    ("musicals make me cringe", set(), {"genre:Musical"}),
    ("I'd rather watch paint dry than a western", set(), {"genre:Western"}),
    ("spare me the romance", set(), {"genre:Romance"}),
    ("count me out for horror", set(), {"genre:Horror"}),
    ("westerns leave me cold", set(), {"genre:Western"}),
    ("I'm allergic to musicals", set(), {"genre:Musical"}),
    ("I've outgrown cartoons", set(), {"genre:Animation"}),
    ("documentaries are a hard pass", set(), {"genre:Documentary"}),
    ("I'm so over romantic comedies", set(), {"genre:Romance", "genre:Comedy"}),
    ("war films depress me", set(), {"genre:War"}),
    ("fantasy is a snooze fest", set(), {"genre:Fantasy"}),
    ("keep the musicals away from me", set(), {"genre:Musical"}),
    ("sci-fi goes over my head", set(), {"genre:Sci-Fi"}),
    ("horror gives me nightmares, so skip it", set(), {"genre:Horror"}),
    ("dramas drag on forever", set(), {"genre:Drama"}),
    ("I've seen enough westerns for a lifetime", set(), {"genre:Western"}),
    ("mysteries are hit and miss for me, mostly miss", set(), {"genre:Mystery"}),
    ("I'm allergic to anything with Tom Cruise", set(), {"person:Tom Cruise"}),
    ("thrillers stress me out", set(), {"genre:Thriller"}),
    ("comedy is a tough sell for me", set(), {"genre:Comedy"}),
]

_KNOWN_MISSES = {
    "there's no topping a great war movie": "no lemmatiser: 'topping' is not 'top'",
    "you can't beat a classic film noir": "'classic' also reads as the old decades (a period word before a genre)",
}
# read since the aversion class and the verdict reader (tools.polarity: `refusal_left`, `verdict_refuses`); these
# three are still misses: a preference comparison whose loser is the value ("rather X than Y"), a pun on "miss", a
# noun idiom of reluctance ("a tough sell")
_NO_NEGATOR_MISSES = {"I'd rather watch paint dry than a western", "mysteries are hit and miss for me, mostly miss",
                      "comedy is a tough sell for me"}


def _cases(rows, misses, reason):
    return [pytest.param(t, liked, disliked, id=t, marks=[] if t not in misses else
                         pytest.mark.xfail(strict=True, reason=misses[t] if isinstance(misses, dict) else reason))
            for t, liked, disliked in rows]


@pytest.mark.parametrize(("text", "liked", "disliked"), _cases(DOUBLE_NEGATION, _KNOWN_MISSES, ""))
def test_second_set_negation_scope(cat, text, liked, disliked):
    assert _reading(cat, text) == (liked, disliked)


@pytest.mark.parametrize(("text", "liked", "disliked"), _cases(
    NO_NEGATOR, _NO_NEGATOR_MISSES,
    "issue 21, not solved: a refusal with no negator and no aversion predicate the reader knows reads as a like"))
def test_second_set_refusals_without_a_negator(cat, text, liked, disliked):
    assert _reading(cat, text) == (liked, disliked)
