"""README.md's "Measured results" figures are what evals/readme_tables renders from evals/results/ (no data,
no training: reads the committed JSON files and README.md only)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from cesrec.evals import readme_tables
from cesrec.evals.readme.common import ResultsError

ROOT = Path(__file__).resolve().parents[2]


def test_readme_matches_the_results_files(capsys):
    rc = readme_tables.main(["--check", "--root", str(ROOT)])
    assert rc == 0, capsys.readouterr().err


def _copy(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    shutil.copytree(ROOT / "evals" / "results", tmp_path / "evals" / "results")
    return tmp_path


def test_check_names_a_stale_section(tmp_path, capsys):
    root = _copy(tmp_path)
    readme = root / "README.md"
    text = readme.read_text()
    row = re.search(r"\| sasrec \| srs_only \| \d\.\d{3}", text)  # protocol 1's table, whatever the figure
    assert row, "README has no protocol-1 srs_only row for sasrec"
    readme.write_text(text.replace(row.group(0), "| sasrec | srs_only | 9.999", 1))
    assert readme_tables.main(["--check", "--root", str(root)]) == 1
    assert "section 'pipeline'" in capsys.readouterr().err
    assert readme_tables.main(["--root", str(root)]) == 0  # re-rendering repairs it
    assert readme_tables.main(["--check", "--root", str(root)]) == 0


def test_missing_field_is_an_error_naming_the_file(tmp_path, capsys):
    root = _copy(tmp_path)
    path = root / "evals" / "results" / "bench_turn.json"
    data = json.loads(path.read_text())
    del data["planted_outlier"]["chance"]
    path.write_text(json.dumps(data))
    with pytest.raises(ResultsError, match=r"evals/results/bench_turn\.json: missing field 'planted_outlier\.chance'"):
        readme_tables.render_all(root)
    before = (root / "README.md").read_text()
    assert readme_tables.main(["--root", str(root)]) == 2
    assert "bench_turn.json" in capsys.readouterr().err
    assert (root / "README.md").read_text() == before  # nothing written


def test_missing_file_is_an_error_naming_it(tmp_path):
    root = _copy(tmp_path)
    (root / "evals" / "results" / "bench_serve_local.json").unlink()
    with pytest.raises(ResultsError, match=r"evals/results/bench_serve_local\.json: file not found"):
        readme_tables.render_all(root)
