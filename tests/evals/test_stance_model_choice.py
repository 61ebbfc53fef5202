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
])
def test_bad_arguments_are_one_line_errors(args, says, capsys, tmp_path):
    with pytest.raises(SystemExit) as e:
        choice.main([*args, "--out", str(tmp_path / "o.json")])
    assert e.value.code == 2 and says in capsys.readouterr().err
