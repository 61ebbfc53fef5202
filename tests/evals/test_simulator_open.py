"""Open feedback kinds of the simulated user (issue 10): references, descriptions, critiques, complaints.

Each kind is decided from the held-out target under a declared budget and must never leak it: references are
never the target or a sequel/remake of it, descriptions hold no title word and no name, planted leaks are
caught, complaints are read as dislikes."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.evals.protocol.channels import feedback_from_decision
from cesrec.evals.simulator import (
    _STOP,
    OPEN_KINDS,
    ORACLE_VARIANTS,
    OUTSIDE_VARIANTS,
    REFERENCE_VARIANTS,
    Critique,
    Decision,
    DecisionPolicy,
    ItemRelations,
    LeakageAudit,
    LLMVerbalizer,
    SimulatedUser,
    SimulatorError,
    TemplateVerbalizer,
    budget_named,
    describe_plot,
    near_duplicate,
    near_duplicate_items,
    spoken_title,
    target_free_profile,
    target_profile,
    temporal_holdout,
    title_variants,
)

HEAT, USUAL, TOY = 273, 12, 1


@pytest.fixture(scope="module")
def catalog(ml100k):
    return ml100k.catalog


@pytest.fixture(scope="module")
def relations(ml100k, engine):
    # the engine's real item-text embeddings (all-MiniLM-L6-v2 over title + genres + plot)
    return ItemRelations.build(ml100k, engine.semantic.embeddings)


def _users(ml100k, n: int = 60) -> list[int]:
    return list(range(0, ml100k.num_users, max(1, ml100k.num_users // n)))[:n]


def _shown_without(catalog, avoid: set[int], rng: np.random.Generator, k: int = 10) -> list[int]:
    out: list[int] = []
    while len(out) < k:
        i = int(rng.integers(1, catalog.num_items + 1))
        if i not in avoid and i not in out:
            out.append(i)
    return out


def test_budgets_and_validation():
    assert budget_named("headline").feedback_kinds == ("attribute",)
    assert budget_named("open").feedback_kinds == OPEN_KINDS
    # issue 22: the headline budgets' references come from outside the systems; the legacy ones keep the oracles
    assert set(budget_named("open").reference_variants) == set(OUTSIDE_VARIANTS)
    assert set(budget_named("mixed").reference_variants) == set(OUTSIDE_VARIANTS)
    assert set(budget_named("open_legacy").reference_variants) == set(ORACLE_VARIANTS)
    assert budget_named("open").clues == "outside" and budget_named("mixed_legacy").clues == "systems"
    assert set(REFERENCE_VARIANTS) == set(OUTSIDE_VARIANTS) | set(ORACLE_VARIANTS)
    assert "attribute" in budget_named("mixed").feedback_kinds
    assert budget_named("reference:text").reference_variants == ("text",)
    for bad in ("opn", "reference:nearest", "complaints"):
        with pytest.raises(SimulatorError, match="unknown budget"):
            budget_named(bad)


def test_spoken_title_and_near_duplicates():
    assert spoken_title("Usual Suspects, The") == "The Usual Suspects"
    assert spoken_title("City of Lost Children, The (Cité des enfants perdus, La)") == "The City of Lost Children"
    assert near_duplicate("Die Hard 2", "Die Hard")
    assert near_duplicate("Star Trek III: The Search for Spock", "Star Trek IV: The Voyage Home")
    assert near_duplicate("Godfather: Part II, The", "Godfather, The")
    assert not near_duplicate("Heat", "Pulp Fiction")
    assert not near_duplicate("Heat", "Heathers")


def test_relations_use_training_split_only(ml100k, relations):
    # the test item of a user never contributes co-occurrence: build from train sequences only
    u = 0
    hist, target = ml100k.test_input(u)
    assert target not in set(ml100k.train_sequence(u).tolist()) or target in set(hist.tolist())
    s = relations.similarities("cooc", HEAT)
    assert s[0] == -np.inf and s[HEAT] == -np.inf
    assert np.isfinite(s[1:HEAT]).all()
    with pytest.raises(SimulatorError):
        relations.similarities("plot", HEAT)


@pytest.mark.parametrize("variant", REFERENCE_VARIANTS)
def test_references_never_target_nor_near_duplicate_and_pass_audit(ml100k, catalog, relations, variant):
    budget = budget_named(f"reference:{variant}", noise_rate=0.0)
    audit = LeakageAudit(catalog, budget)
    verb = TemplateVerbalizer(0)
    rng = np.random.default_rng(0)
    made = first_attempt_leaks = 0
    for u in _users(ml100k, 40):
        hist, target = ml100k.test_input(u)
        sim = SimulatedUser(catalog, target_profile(catalog, int(target)), budget, verb, seed=0, session_key=(u,),
                            relations=relations, history=hist.tolist())
        assert sim.reference_variant == variant
        for turn in (1, 2, 3):
            st = sim.respond(_shown_without(catalog, {int(target)}, rng), turn)
            d = st.decision
            if d.action != "feedback":
                continue
            assert d.kind == "reference" and len(d.liked_items) == 1
            x = d.liked_items[0]
            assert x != target and not near_duplicate(catalog.titles[x], catalog.titles[target])
            assert not near_duplicate_items(catalog, x, int(target))
            if variant.startswith("history_") or variant == "own_history":
                assert x in set(hist.tolist())
            if variant == "people":
                t_people = set(catalog.directors[int(target)]) | set(catalog.actors[int(target)][:3])
                assert t_people & (set(catalog.directors[x]) | set(catalog.actors[x][:3]))
            if variant == "genre_era":
                g, h = set(catalog.genres[int(target)]), set(catalog.genres[x])
                assert len(g & h) / len(g | h) >= 0.5
                assert abs(catalog.years[x] - catalog.years[int(target)]) <= 5
            made += 1
            first_attempt_leaks += int(st.attempts[0]["leaked"])
            assert not st.dropped
            assert not audit.check(st.utterance, sim.profile, d).leaked
        refs = sim.state.referenced
        assert len(refs) == len(set(refs))  # a person does not repeat the same film
    # people: only targets with a known film by the same director / lead cast can be given one -- with ../shared's
    # metadata (1,653 films with cast) most can; with the hand-written fallback (97 films) only a few
    described = sum(1 for i in range(1, catalog.num_items + 1) if catalog.directors[i] or catalog.actors[i])
    assert made >= ((25 if described >= 500 else 8) if variant == "people" else 60), (made, described)
    assert first_attempt_leaks <= 0.05 * made


def test_reference_variants_pick_by_their_own_measure(ml100k, catalog, relations):
    hist, target = ml100k.test_input(5)
    target = int(target)
    picks = {}
    for v in ("cooc", "text"):
        sim = SimulatedUser(catalog, target_profile(catalog, target), budget_named(f"reference:{v}", 0.0),
                            TemplateVerbalizer(0), relations=relations, history=hist.tolist())
        d = sim.respond(_shown_without(catalog, {target}, np.random.default_rng(1)), 1).decision
        picks[v] = d.liked_items[0]
        s = relations.similarities(v, target)
        assert s[picks[v]] >= np.quantile(s[np.isfinite(s)], 0.99)


def test_descriptions_hold_no_title_word_name_or_number(catalog):
    # the plot-cut descriptions of the legacy simulator (clues="systems")
    from cesrec.evals.simulator import HEADLINE_KINDS, InformationBudget

    budget = InformationBudget("description", HEADLINE_KINDS, 1, 0.0, feedback_kinds=("description",), clues="systems")
    audit = LeakageAudit(catalog, budget)
    # every 7th item of the full metadata (234 with a plot); all plots of a smaller catalogue's metadata
    # (the test sample without ../shared)
    with_plot = [i for i in range(1, catalog.num_items + 1) if catalog.plots[i]]
    items = range(1, catalog.num_items + 1, 7) if len(with_plot) > 1000 else with_plot
    plotted = sum(1 for i in items if catalog.plots[i])
    made = 0
    for item in items:
        phrase = describe_plot(catalog, item)
        if not phrase:
            continue
        made += 1
        words = set(phrase.split())
        for v in title_variants(catalog.titles[item]):
            content = {w for w in v.split() if len(w) > 3 and w not in _STOP}
            assert not (content & words), (catalog.titles[item], phrase)
        for kind in ("director", "actor", "writer"):
            for name in catalog.attributes(item).get(kind, []):
                assert not any(part.lower() in words for part in name.split() if len(part) > 3), (name, phrase)
        assert not any(ch.isdigit() for ch in phrase)
    assert plotted >= 30 and made >= 0.64 * plotted  # 150 of 234 on the full metadata
    # what the policy says also passes the audit (it probes each phrase before choosing it)
    policy = DecisionPolicy(catalog, budget)
    said = 0
    for item in items:
        prof = target_profile(catalog, item)
        d = policy.decide(prof, [i for i in range(1, 11) if i != item], 1, np.random.default_rng(0))
        if d.action == "feedback":
            assert d.kind == "description"
            said += 1
            assert not audit.check(TemplateVerbalizer(0).verbalize(d, (item,)), prof, d).leaked, d.description
    # full metadata: over 90%; the hand-written test metadata (no ../shared) uses more genre words in its plots,
    # which the audit refuses to speak ("fall in love", "soldier"): 87 of 97 there
    assert said >= (0.9 if len(with_plot) > 1000 else 0.85) * made


def test_planted_leaks_are_caught(catalog):
    audit = LeakageAudit(catalog, budget_named("open"))
    prof = target_profile(catalog, HEAT)
    ref = Decision("feedback", 1, kind="reference", liked_items=[USUAL], reference_title="The Usual Suspects")
    assert not audit.check("I loved The Usual Suspects. Something like that?", prof, ref).leaked
    assert audit.check("I loved Heat. Something like that?", prof, ref).leaked  # the target itself
    director = catalog.attributes(HEAT)["director"][0]
    desc = Decision("feedback", 1, kind="description", description="a crew of bank robbers")
    assert audit.check(f"Something about a crew of bank robbers, by {director}.", prof, desc).leaked
    assert audit.check("Something about a crew of bank robbers from 1995.", prof, desc).leaked
    usual = target_profile(catalog, USUAL)
    assert audit.check("Something about the usual suspects in a lineup.", usual, desc).leaked


def test_critique_moves_toward_the_target(ml100k, catalog, relations):
    budget = budget_named("critique", 0.0)
    policy = DecisionPolicy(catalog, budget)
    rng = np.random.default_rng(0)
    seen = set()
    for u in _users(ml100k, 60):
        _, target = ml100k.test_input(u)
        target = int(target)
        prof = target_profile(catalog, target)
        shown = _shown_without(catalog, {target}, rng)
        d = policy.decide(prof, shown, 1, rng, relations=relations)
        if d.action != "feedback":
            continue
        c = d.critique
        assert d.kind == "critique" and c is not None and shown[c.position - 1] == c.item
        fb = feedback_from_decision(d, "", catalog)
        ty, ys = catalog.years[target], catalog.years[c.item]
        if c.change == "newer":
            assert ty >= fb.year_min > ys
        elif c.change == "older":
            assert ty <= fb.year_max < ys
        elif c.change == "not_genre":
            assert c.value in catalog.genres[c.item] and c.value not in catalog.genres[target]
        else:
            assert c.value in catalog.genres[target] and c.value not in catalog.genres[c.item]
        seen.add(c.change)
        text = TemplateVerbalizer(0).verbalize(d, (u,))
        ordinals = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
        assert str(c.position) in text or ordinals[c.position - 1] in text, text
    assert {"newer", "older"} <= seen


def test_complaints_name_what_the_list_is_full_of_and_the_rule_parser_reads_a_dislike(catalog):
    from cesrec.tools.feedback import parse_feedback_rules

    budget = budget_named("complaint", 0.0)
    comedies = [i for i in range(1, catalog.num_items + 1) if catalog.genres[i] == ["Comedy"]][:10]
    target = next(i for i in range(1, catalog.num_items + 1) if "Comedy" not in catalog.genres[i]
                  and "Thriller" in catalog.genres[i])
    d = DecisionPolicy(catalog, budget).decide(target_profile(catalog, target), comedies, 1,
                                                np.random.default_rng(0))
    assert d.kind == "complaint" and d.disliked == {"genre": ["Comedy"]}
    verb = TemplateVerbalizer(0)
    misses = []
    for attempt in range(10):  # every complaint phrasing the simulator has
        for genre in ("Comedy", "Romance", "Horror", "Western"):
            dd = Decision("feedback", 1, kind="complaint", disliked={"genre": [genre]})
            text = verb.verbalize(dd, ("k", genre), attempt)
            fb = parse_feedback_rules(text, catalog)
            if genre not in fb.disliked_attributes.get("genre", []) or fb.liked_attributes.get("genre"):
                misses.append(text)
    assert not misses, misses


def test_open_and_mixed_sessions_cover_every_kind_and_target_free_works(ml100k, catalog, relations):
    rng = np.random.default_rng(3)
    for name in ("open", "mixed"):
        budget = budget_named(name)
        kinds = set()
        for u in _users(ml100k, 50):
            hist, target = ml100k.test_input(u)
            sim = SimulatedUser(catalog, target_profile(catalog, int(target)), budget, TemplateVerbalizer(1),
                                seed=1, session_key=(u,), relations=relations, history=hist.tolist())
            for turn in (1, 2, 3):
                st = sim.respond(_shown_without(catalog, {int(target)}, rng), turn)
                if st.decision.action == "feedback":
                    kinds.add(st.decision.kind)
                assert not st.dropped
        want = set(OPEN_KINDS) | ({"attribute"} if name == "mixed" else set())
        assert kinds == want, (name, kinds)
    # target-free: several held-out items, every kind still decided from them
    for u in _users(ml100k, 20):
        seq = ml100k.sequences[u]
        if len(seq) < 10:
            continue
        hist, future = temporal_holdout(seq, 5)
        prof = target_free_profile(catalog, future)
        sim = SimulatedUser(catalog, prof, budget_named("open"), TemplateVerbalizer(0), relations=relations,
                            history=hist.tolist())
        for turn in (1, 2, 3):
            st = sim.respond(_shown_without(catalog, set(future), rng), turn)
            assert not set(st.decision.liked_items) & set(future)
            assert not st.dropped


def test_reference_needs_relations_and_known_variant(catalog):
    with pytest.raises(SimulatorError, match="ItemRelations"):
        SimulatedUser(catalog, target_profile(catalog, HEAT), budget_named("open"), TemplateVerbalizer())
    with pytest.raises(SimulatorError, match="variant"):
        SimulatedUser(catalog, target_profile(catalog, HEAT), budget_named("critique"), TemplateVerbalizer(),
                      reference_variant="nearest")


def test_llm_verbalizer_faithfulness_for_open_kinds(catalog):
    v = LLMVerbalizer(llm=None, catalog=catalog)
    ref = Decision("feedback", 1, kind="reference", liked_items=[USUAL], reference_title="The Usual Suspects")
    assert v.faithful(ref, "I really loved The Usual Suspects, got anything like it?")[0]
    assert not v.faithful(ref, "I want something exciting.")[0]
    crit = Decision("feedback", 1, kind="critique", critique=Critique(3, 5, "newer"))
    assert v.faithful(crit, "The third one but newer please")[0]
    assert not v.faithful(crit, "Something newer please")[0]
    comp = Decision("feedback", 1, kind="complaint", disliked={"genre": ["Romance"]})
    assert v.faithful(comp, "Ugh, these are all romance movies.")[0]
    assert not v.faithful(comp, "Ugh, these are all boring.")[0]
    desc = Decision("feedback", 1, kind="description", description="a crew of professional bank robbers")
    assert v.faithful(desc, "Something about a crew of professional bank robbers?")[0]
    assert "LOVED the film The Usual Suspects" in LLMVerbalizer.describe(ref)
