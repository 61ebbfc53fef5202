"""Issue 21: stance without a negator (tools.polarity `unpaired_refusal`, read by tools.stance).

A predicate of aversion, satiety or rejection that governs a mention in its clause refuses it with no negator
("I'm burnt out on action movies", "mysteries put me off"); a negative word that only describes the film ("a
brutal war film") or says what the film should do to the viewer ("a horror film that terrifies me") does not; a
negator over such a predicate still affirms ("I'm not done with westerns yet"). Written for this test before the
reader was changed, different from the examples in the brief and from evals/data/utterances.jsonl (whose idiom
class the writer has not read)."""

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
    ("keep me away from anything with Robin Williams", set(), {"person:Robin Williams"}),
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


# A second batch, written after the first change was committed, to test the sentiment lexicon's part without a
# negator: slang whose surface word is negative but the stance a craving ("crazy about", "dying to see"), and
# refusals only the lexicon rates ("frustrate", "disgust", "terrified"). The first ten were tried on the reader
# before they were written down here (the lexicon read 6 of the cravings as refusals: 16/22 with the lexicon, 14/22
# with the closed class alone), so this batch is development data: it shaped the rule that a rated word takes its
# object with "of"/"by"/"with" as an aversion and with "about"/"for"/"to" as a craving.
SLANG = [
    ("I'm crazy about westerns", {"genre:Western"}, set()),
    ("I'm mad about musicals", {"genre:Musical"}, set()),
    ("I'm dying to see a good thriller", {"genre:Thriller"}, set()),
    ("I'm a sucker for romance", {"genre:Romance"}, set()),
    ("I'm nuts about sci-fi", {"genre:Sci-Fi"}, set()),
    ("anything with Bruce Willis fighting terrorists", {"person:Bruce Willis"}, set()),
    ("sad to say, I still love westerns", {"genre:Western"}, set()),
    ("this killer comedy please", {"genre:Comedy"}, set()),
    ("I'm desperate for a good mystery", {"genre:Mystery"}, set()),
    ("I'm starving for some action", {"genre:Action"}, set()),
    ("war films are brutal but I love them", {"genre:War"}, set()),
    ("I'm hooked on crime dramas", {"genre:Crime", "genre:Drama"}, set()),
    ("a documentary about a terrible disaster", {"genre:Documentary"}, set()),
    ("I'm scared to death of horror movies", set(), {"genre:Horror"}),
    ("horror movies freak me out", set(), {"genre:Horror"}),
    ("musicals embarrass me", set(), {"genre:Musical"}),
    ("westerns frustrate me", set(), {"genre:Western"}),
    ("I'm terrified of horror", set(), {"genre:Horror"}),
    ("romance disgusts me", set(), {"genre:Romance"}),
    ("action movies are stupid", set(), {"genre:Action"}),
    ("fantasy films are ridiculous", set(), {"genre:Fantasy"}),
    ("I'm disgusted by gory horror", set(), {"genre:Horror"}),
]

# A third batch, written after the second change as a check that the classes generalise beyond the sentences they
# were built on: 15/22 at first (the reader before this issue's change: 14/22). Its misses then shaped the next
# change (loss of appetite, "send me to sleep", "wary", a rated adjective of a praised noun "a guilty pleasure", a
# bare verdict after a question naming more than the value), so it is development data too; 20/22 after.
FRESH = [
    ("I've lost my appetite for westerns", set(), {"genre:Western"}),
    ("I'm fed up to the back teeth with musicals", set(), {"genre:Musical"}),
    ("documentaries send me to sleep", set(), {"genre:Documentary"}),
    ("thrillers with Mel Gibson? pass", set(), {"genre:Thriller", "person:Mel Gibson"}),
    ("I'm not keen on science fiction, westerns are my thing", {"genre:Western"}, {"genre:Sci-Fi"}),
    ("I'd happily skip the romance tonight", set(), {"genre:Romance"}),
    ("war films upset me too much", set(), {"genre:War"}),
    ("animated films bore the pants off me", set(), {"genre:Animation"}),
    ("I'm wary of horror", set(), {"genre:Horror"}),
    ("crime films are a guilty pleasure of mine", {"genre:Crime"}, set()),
    ("a heartbreaking drama would be lovely", {"genre:Drama"}, set()),
    ("I adore creepy, unsettling horror", {"genre:Horror"}, set()),
    ("a thriller full of nasty surprises", {"genre:Thriller"}, set()),
    ("a comedy so stupid it's brilliant", {"genre:Comedy"}, set()),
    ("an action movie that blows my mind", {"genre:Action"}, set()),
    ("I'm wild about film noir", {"genre:Film-Noir"}, set()),
    ("a war film with a devastating finale", {"genre:War"}, set()),
    ("musicals are way too cheesy for me", set(), {"genre:Musical"}),
    ("I can't stand romantic comedies but action is fine", {"genre:Action"}, {"genre:Romance", "genre:Comedy"}),
    ("mysteries never bore me, but dramas do", {"genre:Mystery"}, {"genre:Drama"}),
    ("westerns are not boring at all", {"genre:Western"}, set()),
    ("sick of sci-fi, give me a mystery", {"genre:Mystery"}, {"genre:Sci-Fi"}),
]

_LATER_MISSES = {
    "I'm not keen on science fiction, westerns are my thing":
        "tools.feedback reads 'X, Y' as a bare list sharing one polarity even when Y opens its own clause",
    "mysteries never bore me, but dramas do": "an elided verb ('dramas do') is not resolved to the earlier predicate",
}


@pytest.mark.parametrize(("text", "liked", "disliked"), [
    pytest.param(t, lk, dk, id=t, marks=[pytest.mark.xfail(strict=True, reason=_LATER_MISSES[t])]
                 if t in _LATER_MISSES else []) for t, lk, dk in SLANG + FRESH])
def test_later_batches(cat, text, liked, disliked):
    assert _reading(cat, text) == (liked, disliked)


def test_the_lexicon_reads_refusals_the_closed_class_lacks(cat, monkeypatch):
    """The test can fail: without the lexicon "westerns frustrate me" reads as a like."""
    import cesrec.tools.polarity as polarity

    monkeypatch.setattr(polarity, "USE_VERDICT_LEXICON", False)
    assert _reading(cat, "westerns frustrate me") == ({"genre:Western"}, set())
    monkeypatch.setattr(polarity, "USE_VERDICT_LEXICON", True)
    assert _reading(cat, "westerns frustrate me") == (set(), {"genre:Western"})


# A fourth batch, written after the last change to the reader and measured once; the reader was not changed after
# it (its misses are strict xfails, recorded as they fell).
FINAL = [
    ("I've gone off westerns lately", set(), {"genre:Western"}),
    ("musicals make my teeth itch", set(), {"genre:Musical"}),
    ("I'm burned out on crime shows", set(), {"genre:Crime"}),
    ("thrillers are exhausting", set(), {"genre:Thriller"}),
    ("please spare me anything with Kevin Costner", set(), {"person:Kevin Costner"}),
    ("documentaries feel like homework", set(), {"genre:Documentary"}),
    ("I find romance films sickly", set(), {"genre:Romance"}),
    ("I'm kind of tired of war stories", set(), {"genre:War"}),
    ("animation is for kids, count me out", set(), {"genre:Animation"}),
    ("horror makes me jumpy in a fun way", {"genre:Horror"}, set()),
    ("a devastating war drama, please", {"genre:War", "genre:Drama"}, set()),
    ("I love a nasty little thriller", {"genre:Thriller"}, set()),
    ("a grim mystery set in winter", {"genre:Mystery"}, set()),
    ("give me a sci-fi film that messes with my head", {"genre:Sci-Fi"}, set()),
    ("I'm mad keen on adventure films", {"genre:Adventure"}, set()),
    ("I'm itching for a western", {"genre:Western"}, set()),
    ("fantasy films with dark, violent battles", {"genre:Fantasy"}, set()),
    ("comedies never get on my nerves", {"genre:Comedy"}, set()),
    ("I'm not wary of horror at all", {"genre:Horror"}, set()),
    ("musicals don't bore me", {"genre:Musical"}, set()),
    ("I don't dread a long drama", {"genre:Drama"}, set()),
    ("romance bores me, but mysteries hook me", {"genre:Mystery"}, {"genre:Romance"}),
    ("I'm fed up with westerns, a comedy would be great", {"genre:Comedy"}, {"genre:Western"}),
    ("no more horror, it terrifies me", set(), {"genre:Horror"}),
]

# measured once: 19/24 (the reader before this issue's change: 15/24); the refusals without a negator 4/9 (before:
# 1/9), the likes with a negative word and the negated aversions 15/15 (before: 14/15)
_FINAL_MISSES = {
    "I've gone off westerns lately": "'go off' (lose one's liking) is not in the aversion class",
    "musicals make my teeth itch": "'itch' is neither in the aversion class nor rated by the lexicon",
    "documentaries feel like homework": "a comparison with a chore ('like homework') is not read",
    "I find romance films sickly": "'find X <adjective>' puts the verdict after the value, but the clause begins "
                                   "before it; 'sickly' is not rated",
    "animation is for kids, count me out": "'count me out' in a later clause does not reach back; 'for kids' adds "
                                           "Children's",
}


@pytest.mark.parametrize(("text", "liked", "disliked"), [
    pytest.param(t, lk, dk, id=t, marks=[pytest.mark.xfail(strict=True, reason=_FINAL_MISSES[t])]
                 if t in _FINAL_MISSES else []) for t, lk, dk in FINAL])
def test_final_batch(cat, text, liked, disliked):
    assert _reading(cat, text) == (liked, disliked)
