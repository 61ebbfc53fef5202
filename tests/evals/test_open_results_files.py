"""The files a protocol-1 run writes are named after its results file, so two runs never overwrite each other."""

from __future__ import annotations

import json
from pathlib import Path

from cesrec.evals.protocol.open_report import write_results

ROOT = Path(__file__).resolve().parents[2]


def test_plots_and_report_follow_the_results_file_name(tmp_path):
    res = json.loads((ROOT / "evals" / "results" / "eval_pipeline.json").read_text())
    write_results(res, tmp_path / "eval_pipeline.json")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["eval_pipeline.json", "eval_pipeline.md"] + [f"eval_pipeline_{b}.png" for b in sorted(res["budgets"])]
    assert "eval_pipeline_<budget>.png" in (tmp_path / "eval_pipeline.md").read_text()
    assert not list(tmp_path.glob("eval_open_*"))
