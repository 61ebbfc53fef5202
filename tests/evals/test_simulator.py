"""Simulated user: decision policy, verbalizers, leakage audit (planted leaks), target-free mode."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.evals.simulator import (
    Decision,
    DecisionPolicy,
    LeakageAudit,
    LLMVerbalizer,
    SimulatedUser,
    SimulatorError,
    TemplateVerbalizer,
    budget_named,
    target_free_profile,
    target_profile,
    temporal_holdout,
    title_variants,
)
from langchain_core.language_models.fake_chat_models import FakeListChatModel

PULP, HEAT, TOY, TRIAD = 56, 273, 1, 6  # ml-100k internal ids (Pulp Fiction, Heat, Toy Story, Shanghai Triad)


@pytest.fixture(scope="module")
def catalog(ml100k):
    c = ml100k.catalog
    assert c.titles[PULP] == "Pulp Fiction" and c.titles[HEAT] == "Heat" and c.titles[TOY] == "Toy Story"
    return c


@pytest.fixture(scope="module")
def headline_audit(catalog):
    return LeakageAudit(catalog, budget_named("headline"))


def _items_with(catalog, genre: str, without: str | None = None, n: int = 10) -> list[int]:
    out = [i for i in range(1, catalog.num_items + 1)
           if genre in catalog.genres[i] and (without is None or without not in catalog.genres[i])]
    return out[:n]


# ---------------------------------------------------------------------------------------------- audit


@pytest.mark.parametrize("utterance", [
    "I really want to watch Pulp Fiction tonight",
    "something like pulp fictoin maybe",  # misspelt
    "PULP-FICTION!",
])
def test_audit_catches_planted_title(catalog, headline_audit, utterance):
    res = headline_audit.check(utterance, target_profile(catalog, PULP))
    assert res.leaked and any(r.startswith("title") for r in res.reasons)


def test_audit_catches_alternate_and_short_titles(catalog, headline_audit):
    assert "yao a yao yao dao waipo qiao" in title_variants(catalog.titles[TRIAD])
    assert headline_audit.check("yao a yao yao dao waipo qiao please", target_profile(catalog, TRIAD)).leaked
    # 'Heat' is too short for fuzzy matching: a whole-word match is the leak, a chance overlap is not
    assert headline_audit.check("Something with real heat, please.", target_profile(catalog, HEAT)).leaked
    assert not headline_audit.check("Could you show me some thriller movies?", target_profile(catalog, HEAT),
                                    Decision("feedback", 1, liked={"genre": ["Thriller"]})).leaked


@pytest.mark.parametrize("utterance,reason", [
    ("I love films directed by Quentin Tarantino", "out-of-budget director"),
    ("anything by Tarantino?", "out-of-budget director"),
    ("something with John Travolta in it", "out-of-budget actor"),
    ("I want a movie from 1994", "exact year"),
])
def test_audit_catches_out_of_budget_attributes(catalog, headline_audit, utterance, reason):
    res = headline_audit.check(utterance, target_profile(catalog, PULP))
    assert res.leaked and any(r.startswith(reason) for r in res.reasons), res.reasons


def test_rich_budget_allows_director(catalog):
    audit = LeakageAudit(catalog, budget_named("rich"))
    dec = Decision("feedback", 1, liked={"director": ["Quentin Tarantino"]})
    assert not audit.check("Something directed by Quentin Tarantino?", target_profile(catalog, PULP), dec).leaked
    # writers stay outside even the rich budget
    assert audit.check("written by Roger Avary", target_profile(catalog, PULP), dec).leaked


def test_audit_catches_unrequested_in_budget_attribute(catalog, headline_audit):
    prof = target_profile(catalog, PULP)  # Crime, Drama, 1990s, R
    dec = Decision("feedback", 1, liked={"genre": ["Crime"]})
    assert not headline_audit.check("More crime, please.", prof, dec).leaked
    res = headline_audit.check("More crime, please, and a drama from the 90s.", prof, dec)
    assert res.leaked and "unrequested decade: '1990s'" in res.reasons and "unrequested genre: 'Drama'" in res.reasons
    # said in an earlier turn: no longer news
    assert not headline_audit.check("Crime again, and drama.", prof, dec, {("genre", "Drama")}).leaked
    # 'PG' is not mentioned inside 'PG-13'
    prof_pg = target_profile(catalog, TOY)
    assert not headline_audit.check("Something rated PG-13, please.", prof_pg,
                                    Decision("feedback", 1, liked={"rated": ["PG-13"]})).leaked


def test_template_utterances_mostly_pass_audit(catalog, headline_audit):
    """The template verbalizer's clean utterances rarely trip the audit (chance fuzzy matches only)."""
    tv = TemplateVerbalizer(0)
    flagged = total = 0
    for t in range(1, 400):
        prof = target_profile(catalog, t)
        for kind in ("genre", "decade"):
            for v in prof.weights[kind]:
                dec = Decision("feedback", 1, liked={kind: [v]})
                total += 1
                flagged += headline_audit.check(tv.verbalize(dec, (t,)), prof, dec).leaked
    assert total > 500 and flagged / total < 0.05


# ---------------------------------------------------------------------------------------------- policy


def test_policy_accepts_target_with_position(catalog):
    pol = DecisionPolicy(catalog, budget_named("headline", noise_rate=0.0))
    shown = [2, 3, PULP, 4]
    d = pol.decide(target_profile(catalog, PULP), shown, 1, np.random.default_rng(0))
    assert d.action == "accept" and d.accepted_item == PULP and d.accepted_position == 3


def test_policy_reveals_missing_target_attribute_within_budget(catalog):
    pol = DecisionPolicy(catalog, budget_named("headline", noise_rate=0.0))
    comedies = _items_with(catalog, "Comedy", without="Crime")
    d = pol.decide(target_profile(catalog, PULP), comedies, 1, np.random.default_rng(0))
    assert d.action == "feedback" and d.noise == "none"
    revealed = d.revealed()
    assert len(revealed) + sum(len(v) for v in d.disliked.values()) == 1  # one attribute per turn
    kind, value = revealed[0]
    assert kind in ("genre", "decade", "rated") and value in catalog.attributes(PULP)[kind]
    assert not any(value in catalog.attributes(i)[kind] for i in comedies) or kind != "genre"
    d2 = pol.decide(target_profile(catalog, PULP), comedies, 2, np.random.default_rng(0), {revealed[0]})
    assert d2.revealed() != revealed  # does not repeat itself


def test_policy_rejects_dominant_wrong_genre(catalog):
    pol = DecisionPolicy(catalog, budget_named("headline", noise_rate=0.0))

    def horror_dramas(rated: str) -> list[int]:  # share the target's decade and rating: only the genre is off
        return [i for i in _items_with(catalog, "Horror", n=200) if catalog.decade(i) == "1990s"
                and catalog.rated[i] == rated and "Crime" not in catalog.genres[i] and "Drama" in catalog.genres[i]][:10]

    target, horror = PULP, horror_dramas("R")
    if len(horror) < 3:  # ratings only for a few films (the metadata sample without ../shared): unrated ones
        target = next(i for i in range(1, catalog.num_items + 1) if catalog.decade(i) == "1990s"
                      and not catalog.rated[i] and set(catalog.genres[i]) == {"Crime", "Drama"})
        horror = horror_dramas("")
    assert len(horror) >= 3
    d = pol.decide(target_profile(catalog, target), horror, 1, np.random.default_rng(0),
                   already_liked={("genre", "Crime")})
    assert d.disliked == {"genre": ["Horror"]}


def test_policy_noise_rate(catalog):
    pol = DecisionPolicy(catalog, budget_named("headline", noise_rate=0.2))
    rng = np.random.default_rng(1)
    shown = _items_with(catalog, "Comedy", without="Crime")
    noises = [pol.decide(target_profile(catalog, PULP), shown, 1, rng).noise for _ in range(2000)]
    frac = np.mean([n != "none" for n in noises])
    assert 0.17 < frac < 0.23
    wrong = [i for i, n in enumerate(noises) if n == "wrong"]
    assert wrong  # wrong answers state a value the target does not have
    rng = np.random.default_rng(1)
    for _ in range(300):
        d = pol.decide(target_profile(catalog, PULP), shown, 1, rng)
        if d.noise == "wrong":
            (kind, value), = d.revealed()
            assert value not in catalog.attributes(PULP)[kind]


def test_budget_validation():
    with pytest.raises(SimulatorError):
        budget_named("everything")
    with pytest.raises(SimulatorError):
        budget_named("headline", noise_rate=1.5)


# ---------------------------------------------------------------------------------------------- verbalizers


def test_template_verbalizer_deterministic_and_varied():
    tv = TemplateVerbalizer(seed=3)
    dec = Decision("feedback", 1, liked={"genre": ["Comedy"]})
    assert tv.verbalize(dec, ("u1",)) == tv.verbalize(dec, ("u1",))
    phrasings = {tv.verbalize(dec, (f"u{i}",)) for i in range(50)}
    assert len(phrasings) >= 4
    assert tv.verbalize(dec, ("u1",), 0) != tv.verbalize(dec, ("u1",), 1)  # regeneration differs
    acc = tv.verbalize(Decision("accept", 2, accepted_item=PULP, accepted_position=3), ("u1",))
    assert "3" in acc or "third" in acc


class _AlwaysLeaks:
    name = "leaky"

    def verbalize(self, decision, key, attempt=0):
        return "Just give me Pulp Fiction."


class _LeaksOnce:
    name = "leaks-once"

    def verbalize(self, decision, key, attempt=0):
        return "Just give me Pulp Fiction." if attempt == 0 else "Something else, please."


def test_regenerate_then_drop(catalog):
    b = budget_named("headline", noise_rate=0.0)
    shown = _items_with(catalog, "Comedy", without="Crime")
    sim = SimulatedUser(catalog, target_profile(catalog, PULP), b, _AlwaysLeaks(), max_regenerations=2)
    st = sim.respond(shown, 1)
    assert st.dropped and len(st.attempts) == 3 and all(a["leaked"] for a in st.attempts)
    sim = SimulatedUser(catalog, target_profile(catalog, PULP), b, _LeaksOnce(), max_regenerations=2)
    st = sim.respond(shown, 1)
    assert not st.dropped and len(st.attempts) == 2 and st.utterance == "Something else, please."


def test_llm_verbalizer_never_sees_target(catalog):
    llm = FakeListChatModel(responses=["Got anything funnier? Maybe a comedy."])
    v = LLMVerbalizer(llm)
    dec = Decision("feedback", 1, liked={"genre": ["Comedy"]})
    assert "Pulp" not in v.describe(dec)
    sim = SimulatedUser(catalog, target_profile(catalog, PULP), budget_named("headline", noise_rate=0.0), v)
    st = sim.respond(_items_with(catalog, "Horror"), 1)
    assert st.utterance == "Got anything funnier? Maybe a comedy."


def test_llm_verbalizer_rejects_unfaithful_words_and_counts_fallbacks(catalog):
    """Garbled role-play (an assistant refusal, a lost attribute, a wanted genre turned into a refusal) is
    regenerated; after `tries` failures the template phrasing is used and counted."""
    dec = Decision("feedback", 1, liked={"genre": ["Comedy"]})
    bad = ["I'm sorry, but I can't recommend any movies.", "Hmm, show me something else.",
           "No more comedies, please."]
    v = LLMVerbalizer(FakeListChatModel(responses=bad), catalog=catalog, tries=3)
    assert [v.faithful(dec, t)[0] for t in bad] == [False, False, False]
    assert v.faithful(dec, "I'd love a comedy, but no horror please.") == (False, "adds genre=Horror")
    refuse = Decision("feedback", 1, disliked={"genre": ["Horror"]})
    assert v.faithful(refuse, "No horror please.")[0] and not v.faithful(refuse, "I'd love some horror!")[0]
    out = v.verbalize(dec, ("u", 0))
    assert "comed" in out.lower()  # the template's words
    assert v.stats() == {"utterances": 1, "llm_calls": 3, "unfaithful_generations": 3, "template_fallbacks": 1,
                         "llm_written_rate": 0.0}
    v = LLMVerbalizer(FakeListChatModel(responses=["Hmm, nope.", "Got any comedies?"]), catalog=catalog)
    assert v.verbalize(dec, ("u", 0)) == "Got any comedies?"
    assert v.stats()["template_fallbacks"] == 0 and v.stats()["unfaithful_generations"] == 1
    acc = Decision("accept", 2, accepted_item=5, accepted_position=7)
    assert v.faithful(acc, "Number 7 it is!")[0] and v.faithful(acc, "The seventh one, thanks")[0]
    assert not v.faithful(acc, "Number 17 it is!")[0]
    assert "PICKS: number 7" in LLMVerbalizer.describe(acc)


# ---------------------------------------------------------------------------------------------- target-free


def test_target_free_mode(catalog, ml100k):
    seq = ml100k.sequences[0]
    hist, fut = temporal_holdout(seq, 5)
    assert len(fut) == 5 and list(hist) + fut == list(seq)
    prof = target_free_profile(catalog, fut)
    assert prof.mode == "target_free" and prof.items == fut
    assert all(0 < w <= 1 for vals in prof.weights.values() for w in vals.values())
    pol = DecisionPolicy(catalog, budget_named("headline", noise_rate=0.0))
    d = pol.decide(prof, [fut[3], 1, 2], 1, np.random.default_rng(0))  # any profile item is a hit
    assert d.action == "accept" and d.accepted_item == fut[3]
    d = pol.decide(prof, [i for i in range(1, 400) if i not in fut][:10], 1, np.random.default_rng(0))
    for kind, value in d.revealed():  # only values shared by at least half of the profile
        assert prof.weights[kind][value] >= 0.5
    audit = LeakageAudit(catalog, budget_named("headline"))
    assert audit.check(f"I'd like {catalog.titles[fut[2]]}", prof).leaked  # any profile title leaks
    with pytest.raises(SimulatorError):
        temporal_holdout([1, 2, 3], 5)
