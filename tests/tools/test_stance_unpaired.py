"""Issue 21: stance without a negator (tools.polarity `unpaired_refusal`, read by tools.stance).

A predicate of aversion, satiety or rejection that governs a mention in its clause refuses it with no negator
("I'm burnt out on action movies", "mysteries put me off"); a negative word that only describes the film ("a
brutal war film") or says what the film should do to the viewer ("a horror film that terrifies me") does not; a
negator over such a predicate still affirms ("I'm not done with westerns yet"). Written for this test before the
reader was changed, different from the examples in the brief and from evals/data/utterances.jsonl (whose idiom
class the writer has not read)."""

from __future__ import annotations

import pytest
from cesrec.evals.understanding import load_catalog
from cesrec.tools.feedback import parse_feedback_rules


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def _reading(cat, text: str) -> tuple[set[str], set[str]]:
    fb = parse_feedback_rules(text, cat)
    def keys(attrs: dict) -> set[str]:
        return {f"{k if k not in ('director', 'actor', 'writer') else 'person'}:{v}" for k, vs in attrs.items()
                for v in vs}
    return (keys(fb.liked_attributes) | {f"item:{cat.label(i)}" for i in fb.liked_items},
            keys(fb.disliked_attributes) | {f"item:{cat.label(i)}" for i in fb.disliked_items})


# a predicate before the mention governs it: refusal with no negator
GOVERNING = [
    ("I've had my fill of westerns", set(), {"genre:Western"}),
    ("I'm burnt out on action movies", set(), {"genre:Action"}),
    ("I steer clear of horror", set(), {"genre:Horror"}),
    ("I tend to shy away from war films", set(), {"genre:War"}),
    ("keep me away from anything with Jim Carrey", set(), {"person:Jim Carrey"}),
    ("I'm weary of crime dramas", set(), {"genre:Crime", "genre:Drama"}),
    ("I dread sitting through a documentary", set(), {"genre:Documentary"}),
    ("I'm sick to death of action flicks", set(), {"genre:Action"}),
    ("ditch the romance please", set(), {"genre:Romance"}),
    ("I can do without documentaries tonight", set(), {"genre:Documentary"}),
    ("I've grown out of animated films", set(), {"genre:Animation"}),
    ("I'm done with Arnold Schwarzenegger", set(), {"person:Arnold Schwarzenegger"}),
    ("I've had it with thrillers", set(), {"genre:Thriller"}),
    ("ugh, musicals", set(), {"genre:Musical"}),
]
# a verdict after the mention, the mention its subject: refusal with no negator
VERDICT = [
    ("war movies give me a headache", set(), {"genre:War"}),
    ("dramas just drain me", set(), {"genre:Drama"}),
    ("mysteries put me off", set(), {"genre:Mystery"}),
    ("comedies grate on me", set(), {"genre:Comedy"}),
    ("fantasy films turn me off", set(), {"genre:Fantasy"}),
    ("animated films irritate me", set(), {"genre:Animation"}),
    ("westerns? yawn.", set(), {"genre:Western"}),
    ("romances make me roll my eyes", set(), {"genre:Romance"}),
    ("spy thrillers are a turn-off", set(), {"genre:Thriller"}),
    ("sci-fi is a chore to sit through", set(), {"genre:Sci-Fi"}),
    ("Sylvester Stallone films are cringeworthy", set(), {"person:Sylvester Stallone"}),
    ("documentaries are tedious", set(), {"genre:Documentary"}),
]
# a negative word that describes the film, or the effect the film is wanted for: still a like
DESCRIBING = [
    ("a brutal war film please", {"genre:War"}, set()),
    ("I want a bleak, depressing drama", {"genre:Drama"}, set()),
    ("give me a creepy mystery", {"genre:Mystery"}, set()),
    ("a horror film that terrifies me", {"genre:Horror"}, set()),
    ("a comedy that makes me laugh until it hurts", {"genre:Comedy"}, set()),
    ("I love thrillers that keep me on edge", {"genre:Thriller"}, set()),
    ("I love a violent crime movie", {"genre:Crime"}, set()),
    ("a western with a grim, bloody ending", {"genre:Western"}, set()),
    ("a disturbing sci-fi film", {"genre:Sci-Fi"}, set()),
    ("I want a horror film that gives me nightmares for a week", {"genre:Horror"}, set()),
    ("a war movie that breaks my heart", {"genre:War"}, set()),
    ("I really miss watching westerns", {"genre:Western"}, set()),
    ("I'm addicted to crime shows", {"genre:Crime"}, set()),
    ("a tragic romance would be perfect", {"genre:Romance"}, set()),
    ("I love being scared by a good horror movie", {"genre:Horror"}, set()),
    ("sad dramas are my favourite", {"genre:Drama"}, set()),
]
# a negator over the aversion predicate affirms; a negator over a plain one still refuses
NEGATED = [
    ("I'm not done with westerns yet", {"genre:Western"}, set()),
    ("dramas never leave me cold", {"genre:Drama"}, set()),
    ("comedies never make me cringe", {"genre:Comedy"}, set()),
    ("I'd never steer clear of a good mystery", {"genre:Mystery"}, set()),
    ("animated films don't irritate me at all", {"genre:Animation"}, set()),
    ("I don't want anything bleak, so no dramas", set(), {"genre:Drama"}),
]
# two clauses of opposite stance
MIXED = [
    ("love westerns but musicals make my skin crawl", {"genre:Western"}, {"genre:Musical"}),
    ("crime yes, romance I can skip", {"genre:Crime"}, {"genre:Romance"}),
    ("horror bores me stiff, give me an action movie", {"genre:Action"}, {"genre:Horror"}),
    ("I've had it with dramas, give me a western", {"genre:Western"}, {"genre:Drama"}),
    ("a gritty crime film, and spare me any romance", {"genre:Crime"}, {"genre:Romance"}),
]
ALL = GOVERNING + VERDICT + DESCRIBING + NEGATED + MIXED


# not a stance miss: "creepy" is also a mood word for Horror in the mention reader (tools.mentions)
_MISSES = {"give me a creepy mystery": "'creepy' also names Horror (a mood word), read as a second liked genre"}


@pytest.mark.parametrize(("text", "liked", "disliked"), [
    pytest.param(t, lk, dk, id=t, marks=[pytest.mark.xfail(strict=True, reason=_MISSES[t])] if t in _MISSES else [])
    for t, lk, dk in ALL])
def test_stance_without_a_negator(cat, text, liked, disliked):
    assert _reading(cat, text) == (liked, disliked)
