"""Issue 21 (item 4), round 22: the judge's and the stance model's readings weighed together (agent.stance_stack)
and the command that fits the weights (evals/tuning/stance_stack.py)."""

from __future__ import annotations

import json

import pytest
from cesrec.agent import stance_llm as sl
from cesrec.agent import stance_stack as stack
from cesrec.tools.feedback import parse_feedback_rules


@pytest.fixture(scope="module")
def cat(ml100k):
    return ml100k.catalog


def _weights(**rows) -> dict:
    """Weights reading one feature per side: {side name: (feature, weight)}, the rest 0."""
    w = {"features": list(stack.FEATURES), "sides": list(stack.SIDES), "p": 0.9,
         "W": [[0.0] * len(stack.FEATURES) for _ in stack.SIDES], "b": [0.0, 0.0, 0.0]}
    for side, (feat, v) in rows.items():
        w["W"][{"refused": 0, "neither": 1, "liked": 2}[side]][stack.FEATURES.index(feat)] = v
    return w


def test_the_committed_weights_load_and_give_probabilities():
    w = stack.weights()
    assert len(w["W"]) == 3 and all(len(r) == len(stack.FEATURES) for r in w["W"]) and 0.5 <= w["p"] < 1
    assert w["command"] == "python -m cesrec.evals.tuning.stance_stack" and w["batches"][0] == "fresh19"
    sure_like = stack.features(1, False, {"yes": 0.95, "no": 0.03, "unsure": 0.02},
                               {"want": 0.97, "avoid": 0.02, "neither": 0.01}, "genre")
    ps = stack.probabilities(sure_like)
    assert abs(sum(ps.values()) - 1) < 1e-9 and stack.decide(ps, w["p"]) == 1
    sure_refusal = stack.features(-1, False, {"yes": 0.03, "no": 0.95, "unsure": 0.02},
                                  {"want": 0.02, "avoid": 0.97, "neither": 0.01}, "genre")
    assert stack.decide(stack.probabilities(sure_refusal), w["p"]) == -1
    # the judge sure one way, the model sure the other: asked back, not saved on either side
    torn = stack.features(1, False, {"yes": 0.9, "no": 0.05, "unsure": 0.05},
                          {"want": 0.02, "avoid": 0.97, "neither": 0.01}, "genre")
    assert stack.decide(stack.probabilities(torn), w["p"]) == 0


def test_decide_needs_the_threshold():
    assert stack.decide({-1: 0.05, 0: 0.05, 1: 0.9}, 0.9) == 1
    assert stack.decide({-1: 0.1, 0: 0.05, 1: 0.85}, 0.9) == 0
    assert stack.decide({-1: 0.92, 0: 0.0, 1: 0.08}, 0.9) == -1


def test_weights_fitted_on_other_features_are_a_clear_error(tmp_path):
    bad = tmp_path / "w.json"
    bad.write_text(json.dumps({**_weights(), "features": ["side_liked"]}))
    with pytest.raises(stack.StackMissing, match="python -m cesrec.evals.tuning.stance_stack"):
        stack.weights(bad)
    with pytest.raises(stack.StackMissing, match="rebuild"):
        stack.weights(tmp_path / "absent.json")


def test_judge_feedback_decides_with_the_weights(cat, monkeypatch, tmp_path):
    text = "I can't stand westerns, though musicals don't bother me"
    rules = parse_feedback_rules(text, cat)

    def judge(system: str, user: str, spec: str) -> str:
        labels = json.loads(spec.removeprefix(sl.SCORE_SPEC))
        table = {"westerns": {"yes": 0.05, "no": 0.9, "unsure": 0.05},
                 "musicals": {"yes": 0.2, "no": 0.2, "unsure": 0.6}}
        return json.dumps({lab: table[lab] for lab in labels})

    judge.scored = True
    model = {"westerns": {"want": 0.1, "avoid": 0.85, "neither": 0.05},
             "musicals": {"want": 0.95, "avoid": 0.03, "neither": 0.02}}
    judge.stance_model = lambda pairs: [model[t[s:e]] for t, (s, e) in pairs]
    # weights that follow the model's log-odds: westerns stays refused, musicals (abstained) is filled
    path = tmp_path / "w.json"
    path.write_text(json.dumps(_weights(liked=("model_logodds", 3.0), refused=("model_logodds", -3.0))))
    monkeypatch.setattr(stack, "STACK_FILE", path)
    stack._load.cache_clear()
    try:
        fb, trace = sl.judge_feedback(text, rules, cat, None, judge, gate="always")
        assert fb.disliked_attributes.get("genre") == ["Western"] and fb.liked_attributes.get("genre") == ["Musical"]
        assert trace.model == {"musicals": "want"} and trace.abstained == []
        assert trace.scores["westerns"]["no"] == 0.9 and "scores" not in trace.to_json()
        # weights that see nothing: every value below the threshold goes to neither side and is asked back
        path.write_text(json.dumps(_weights()))
        stack._load.cache_clear()
        fb, trace = sl.judge_feedback(text, rules, cat, None, judge, gate="always")
        assert not fb.disliked_attributes.get("genre") and not fb.liked_attributes.get("genre")
        assert trace.model == {"westerns": "vetoed"} and trace.abstained == ["musicals", "westerns"]
        # off: combine's rules, and the fitting command's record of the product's own features
        monkeypatch.setattr(stack, "STACK", False)
        monkeypatch.setattr(stack, "RECORD", [])
        fb, trace = sl.judge_feedback(text, rules, cat, None, judge, gate="always")
        assert "vetoed" not in (trace.model or {}).values()
        assert [(tuple(k), lab, ruled) for _, k, lab, ruled in stack.RECORD] == [
            (("genre", "Western"), "westerns", -1), (("genre", "Musical"), "musicals", 1)]
        x = stack.RECORD[0][0]
        assert len(x) == len(stack.FEATURES) and x[stack.FEATURES.index("side_refused")] == 1.0
    finally:
        stack._load.cache_clear()


def test_the_fitting_command_fits_counts_and_chooses():
    from cesrec.evals.tuning import stance_stack as tune

    # a separable toy: the first feature says liked, the second refused
    xs = [[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9], [0.0, 0.0], [0.05, 0.05]]
    ys = [1, 1, -1, -1, 0, 0]
    w = tune.fit(xs, ys, c=10.0)
    assert len(w["W"]) == 3 and len(w["W"][0]) == 2
    import math

    def side(x):
        ps = stack.probabilities(x, w)
        return max(ps, key=ps.get)

    assert [side(x) for x in xs] == ys and all(math.isfinite(v) for r in w["W"] for v in r)
    rows = [{"key": ["genre", "Western"], "gold": 1}, {"key": ["genre", "Drama"], "gold": -1},
            {"key": ["genre", "War"], "gold": 0}, {"key": ["decade", "1980s"], "gold": 1}]
    assert tune.genre_counts(rows, [1, 1, 0, 0]) == {"tp": 1, "fp": 1, "fn": 1, "flips": 1, "cost": 4}
    assert tune.genre_counts(rows, [0, -1, -1, -1]) == {"tp": 1, "fp": 1, "fn": 1, "flips": 0, "cost": 2}
