"""One constraint-ranking function: the product's turn, the CESRec evaluation system and the attribute
filter baseline must give the identical top-k for the same preferences and scores."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from cesrec.tools.ranking import constrained_scores, top_k, zscore
from cesrec.tools.state import Preferences, SessionState
from cesrec.tools.turn import rank_items, turn_scores
from cesrec.tools.turn_config import TurnConfig

PREFS = [
    Preferences(liked={"genre": ["Comedy"]}, disliked={"genre": ["Horror"]}),
    Preferences(liked={"genre": ["Action", "Sci-Fi"], "decade": ["1990s"]}),
    Preferences(liked={"genre": ["Drama"]}, disliked={"decade": ["1990s"]}, year_min=1960, year_max=1985),
    Preferences(liked={"genre": ["Western", "Musical", "Film-Noir"]}),  # few items satisfy all: relaxation
    Preferences(disliked={"genre": ["Drama", "Comedy"]}, disliked_items=[50, 100]),
]


@pytest.mark.parametrize("prefs", PREFS)
def test_product_cesrec_system_and_attribute_filter_rank_identically(engine, prefs):
    from cesrec.evals.protocol.baselines import AttributeBaseline
    from cesrec.evals.protocol.cesrec_systems import effective_scores
    from cesrec.evals.protocol.pipeline import build_context
    from cesrec.evals.protocol.types import AttributeIndex, StructuredFeedback

    cfg = TurnConfig(pseudo_m=0, use_evidence=False, mask_method=None)
    u = 7
    ctx = build_context(engine.dataset, engine.model, "sasrec", [u], "test", k=10, engine=engine)
    history = [int(i) for i in ctx.histories[0]]
    state = SessionState(user_id="x", history=history, preferences=prefs)
    top, _, _ = rank_items(engine, state, 10, cfg)
    product = [i for i, _ in top]

    raw = turn_scores(engine, state, cfg)
    eff = effective_scores(engine, state, raw, cfg)
    system = [i for i, _ in top_k(eff, 10)]

    base = AttributeBaseline(ctx, "filter")
    base.start([0])
    fb = StructuredFeedback(liked=prefs.liked, disliked=prefs.disliked, disliked_items=prefs.disliked_items,
                            year_min=prefs.year_min, year_max=prefs.year_max)
    base.update(0, fb, [], 1)
    s = base.scores([0])[0].double().numpy()
    s[history] = -np.inf
    baseline = [i for i, _ in top_k(s, 10)]
    assert product == system == baseline
    # and the constraints really acted
    ai = AttributeIndex(engine.catalog)
    for i in product:
        for kind, vals in prefs.disliked.items():
            assert not any(ai.has(kind, v)[i] for v in vals)
        assert i not in prefs.disliked_items
    if prefs.year_min:
        assert all(engine.catalog.years[i] >= prefs.year_min for i in product)


def test_constrained_scores_rules():
    class Masks:
        num_items = 5

        def attribute_mask(self, kind, value):
            return np.array([False, True, True, False, False, True]) if value == "A" else np.array(
                [False, False, True, True, False, False])

        def year_mask(self, lo, hi):
            return np.array([False, True, True, True, True, False])

    s = np.array([0.0, 5.0, 1.0, 4.0, 3.0, 2.0])
    eff, groups = constrained_scores(s, Preferences(liked={"genre": ["A"]}), Masks(), "filter")
    assert [i for i, _ in top_k(eff, 5)] == [1, 5, 2, 3, 4]  # tier first, then score
    eff, _ = constrained_scores(s, Preferences(disliked={"genre": ["B"]}), Masks(), "filter", exclude=[1])
    assert [i for i, _ in top_k(eff, 5)] == [4, 5]  # B items and the excluded one are gone
    eff, _ = constrained_scores(s, Preferences(liked={"genre": ["A"]}, year_min=1), Masks(), "filter")
    assert [i for i, _ in top_k(eff, 2)] == [1, 2]  # both groups satisfied
    eff, _ = constrained_scores(s, Preferences(liked={"genre": ["A"]}), Masks(), "off")
    assert [i for i, _ in top_k(eff, 5)] == [1, 3, 4, 5, 2]
    with pytest.raises(ValueError, match="constraint mode"):
        constrained_scores(s, Preferences(), Masks(), "nope")
    z = zscore(np.array([-np.inf, 1.0, 3.0]))
    assert z[0] == -np.inf and z[1] == pytest.approx(-1.0)


def test_turn_config_rejects_unknown_fusion_signals():
    with pytest.raises(ValueError, match="fusion"):
        dataclasses.replace(TurnConfig(), fusion={"refs": {"popularity": 1.0}})


def test_fused_turn_scores_never_nan_with_negative_weights():
    """An item one signal cannot score (-inf) stays -inf under a negative fusion weight (it was NaN / +inf)."""
    n = 6

    class Src:
        num_items = n

        def srs_scores(self, state):
            return np.arange(n + 1, dtype=np.float32)

        def evidence(self, prefs, *_):
            text = np.linspace(0.0, 1.0, n + 1)
            text[3] = -np.inf
            return {"text": text, "knn": np.linspace(1.0, 0.0, n + 1)}

    cfg = TurnConfig(fusion={"refs": {"history": 0.5, "text": -0.4, "knn": 0.3}})
    state = SessionState(user_id="x", history=[1, 2], preferences=Preferences(liked_items=[2]))
    s = turn_scores(Src(), state, cfg)
    assert not np.isnan(s).any() and not np.isposinf(s).any()
    assert s[0] == -np.inf and s[3] == -np.inf and np.isfinite(np.delete(s, [0, 3])).all()
