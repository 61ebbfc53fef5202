"""The paired test of evals/tuning/mechanisms.py: differences over the same (request, user) pairs."""

from __future__ import annotations

from cesrec.evals.tuning.mechanisms import VARIANTS, paired


def _rows(values: list[float], group: str = "existing") -> list[dict]:
    return [{"id": f"r{i}", "group": group, "user": "u", "ndcg_at_10": v} for i, v in enumerate(values)]


def test_paired_identical_lists_are_no_difference():
    rows = _rows([0.1, 0.5, 0.0, 1.0])
    assert paired(rows, rows, "ndcg_at_10") == {"diff": 0.0, "p": 1.0, "pairs": 4}


def test_paired_consistent_gain_is_significant_and_pairs_by_id():
    base = _rows([0.1 * (i % 5) for i in range(40)])
    better = _rows([0.1 * (i % 5) + 0.05 for i in range(40)])[::-1]  # order must not matter
    got = paired(base, better, "ndcg_at_10")
    assert got["diff"] == 0.05 and got["p"] < 0.001 and got["pairs"] == 40
    mixed = _rows([0.1 * (i % 5) + (0.05 if i % 2 else -0.05) for i in range(40)])
    assert paired(base, mixed, "ndcg_at_10")["p"] > 0.5


def test_variants_are_turn_config_fields():
    from cesrec.tools.turn_config import TurnConfig

    fields = set(TurnConfig.__dataclass_fields__)
    assert all(set(change) <= fields for change in VARIANTS.values())
