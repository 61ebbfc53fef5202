"""evals/bench/stance_model_choice.py: the cost it minimises, its tie rule, and a clear one-line error for a bad
--variant or threshold before anything loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from cesrec.evals.bench import stance_model_choice as choice

PREDS = Path(__file__).parents[2] / "evals" / "results" / "stance_model_2fold_w_preds_seed0.jsonl"


def test_cost_counts_a_flip_twice_and_every_genre_error_once():
    row = {"a": {"polarity_flips": 2, "genre_tp_fp_fn": [10, 3, 4]}, "b": {"polarity_flips": 0, "genre_tp_fp_fn": [5, 0, 1]}}
    assert choice._cost(row) == 2 * 2 + 3 + 4 + 0 + 0 + 1


def test_ties_go_to_fewer_interventions():
    # candidates sort by (cost, -key(veto), -key(fill), ...): off sorts before any threshold, 0.97 before 0.9
    assert -choice._key(None) < -choice._key(0.97) < -choice._key(0.9)
    assert choice._thresholds("off,0.9") == [None, 0.9]


@pytest.mark.parametrize(("args", "says"), [
    (["--variant", "x"], "expected NAME=preds.jsonl"),
    (["--variant", "x=/no/such/preds.jsonl"], "no such predictions file: /no/such/preds.jsonl"),
    (["--variant", f"x={PREDS}", "--veto", "0.9,high"], "not a number"),
    (["--variant", f"x={PREDS}", "--jobs", "0"], "--jobs 0: expected 1 or more"),
])
def test_bad_arguments_are_one_line_errors(args, says, capsys, tmp_path):
    with pytest.raises(SystemExit) as e:
        choice.main([*args, "--out", str(tmp_path / "o.json")])
    assert e.value.code == 2 and says in capsys.readouterr().err


def test_forked_jobs_read_the_same_grid_as_one_process(monkeypatch, tmp_path):
    """--jobs N reads each point of the grid in a forked process: the same rows and choice as one process."""
    import cesrec.agent.stance_model as smod
    from cesrec.evals.bench import understanding as und
    from cesrec.evals.bench import understanding_dev as ud

    def stand_in(name, catalog, mood, model, calls, command=""):
        # a figure that depends on the thresholds the reading ran with and on whether a model was given
        v, f, n = (2.0 if t is None else t for t in (smod.VETO_P, smod.FILL_P, smod.NEITHER_P))
        flips = int(10 * v) + (0 if model is None else 1)
        return {"genre_f1": 0.5, "polarity_flips": flips, "genre_tp_fp_fn": [1, int(10 * f), int(10 * n)],
                "missing_judge_calls": 0}

    for knob in ("VETO_P", "FILL_P", "NEITHER_P"):  # main sets the product's thresholds: restored after
        monkeypatch.setattr(smod, knob, getattr(smod, knob))
    monkeypatch.setattr(ud, "score_batch", stand_in)
    monkeypatch.setattr(und, "load_catalog", lambda: None)
    monkeypatch.setattr(und, "load_mood", lambda catalog: None)
    args = ["--variant", f"x={PREDS}", "--veto", "off,0.5,0.9", "--fill", "off,0.8", "--neither", "0.9",
            "--batches", "devcases,fresh1"]
    one = choice.main([*args, "--out", str(tmp_path / "one.json")])
    two = choice.main([*args, "--jobs", "2", "--out", str(tmp_path / "two.json")])
    assert one["variants"] == two["variants"] and one["choice"] == two["choice"]
    assert [r["veto_p"] for r in one["variants"]["x"]["rows"]] == [None, None, 0.5, 0.5, 0.9, 0.9]
    assert one["choice"]["veto_p"] == 0.5  # least flips (cost) at the lowest veto of the stand-in
