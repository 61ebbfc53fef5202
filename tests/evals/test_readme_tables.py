"""README.md (the front door) and docs/results.md (every measured result): their results sections are what
evals/readme/tables.py renders from evals/results/ (no data, no training: reads the committed JSON files and the
two markdown files only), and the README stays a short front door whose first commands are the two scripts."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from cesrec.evals.readme import tables as readme_tables
from cesrec.evals.readme.common import ResultsError

ROOT = Path(__file__).resolve().parents[2]
README_MAX_LINES = 220


def test_readme_and_results_doc_match_the_results_files(capsys):
    rc = readme_tables.main(["--check", "--root", str(ROOT)])
    assert rc == 0, capsys.readouterr().err


def _copy(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    (tmp_path / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "results.md", tmp_path / "docs" / "results.md")
    shutil.copytree(ROOT / "evals" / "results", tmp_path / "evals" / "results")
    return tmp_path


def test_every_section_lives_in_one_of_the_two_files():
    assert set(readme_tables.FILES) == set(readme_tables.SECTIONS)
    assert set(readme_tables.FILES.values()) == {"README.md", "docs/results.md"}
    # the front door keeps the chat example, the headline table, the recommender's recipe (issue 23), what the
    # open-feedback evidence shows and how well the stance of what people say is read (issue 21)
    assert {n for n, f in readme_tables.FILES.items() if f == "README.md"} == {"chat", "headline", "recipe", "evidence",
                                                                              "stance"}
    for name, file in readme_tables.FILES.items():
        text = (ROOT / file).read_text()
        readme_tables.span(text, name, file)  # raises if the markers are not there
        other = (ROOT / ("docs/results.md" if file == "README.md" else "README.md")).read_text()
        assert readme_tables.begin(name) not in other, f"section '{name}' is in both files"


def test_check_names_a_stale_section(tmp_path, capsys):
    root = _copy(tmp_path)
    doc = root / "docs" / "results.md"
    text = doc.read_text()
    row = re.search(r"\| sasrec \| srs_only \| \d\.\d{3}", text)  # protocol 1's table, whatever the figure
    assert row, "docs/results.md has no protocol-1 srs_only row for sasrec"
    doc.write_text(text.replace(row.group(0), "| sasrec | srs_only | 9.999", 1))
    assert readme_tables.main(["--check", "--root", str(root)]) == 1
    assert "docs/results.md section 'pipeline'" in capsys.readouterr().err
    assert readme_tables.main(["--root", str(root)]) == 0  # re-rendering repairs it
    assert readme_tables.main(["--check", "--root", str(root)]) == 0


def test_the_readme_headline_is_rendered_from_the_request_benchmark(tmp_path, capsys):
    root = _copy(tmp_path)
    path = root / "evals" / "results" / "bench_requests.json"
    data = json.loads(path.read_text())
    new = data["heldout"]["new"]
    new["dense"]["success_at_10"] = 0.9871  # now the best baseline for new users on success@10
    path.write_text(json.dumps(data))
    assert readme_tables.main(["--check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "README.md section 'headline'" in err
    assert readme_tables.main(["--root", str(root)]) == 0
    readme = (root / "README.md").read_text()
    a, b = readme_tables.span(readme, "headline")
    assert "0.987 (dense)" in readme[a:b]
    # the full section in docs/results.md follows the same file
    doc = (root / "docs" / "results.md").read_text()
    a, b = readme_tables.span(doc, "requests", "docs/results.md")
    assert "0.987" in doc[a:b]


def test_missing_field_is_an_error_naming_the_file(tmp_path, capsys):
    root = _copy(tmp_path)
    path = root / "evals" / "results" / "bench_turn.json"
    data = json.loads(path.read_text())
    del data["planted_outlier"]["chance"]
    path.write_text(json.dumps(data))
    with pytest.raises(ResultsError, match=r"evals/results/bench_turn\.json: missing field 'planted_outlier\.chance'"):
        readme_tables.render_all(root)
    before = {f: (root / f).read_text() for f in ("README.md", "docs/results.md")}
    assert readme_tables.main(["--root", str(root)]) == 2
    assert "bench_turn.json" in capsys.readouterr().err
    assert {f: (root / f).read_text() for f in before} == before  # nothing written


def test_missing_file_is_an_error_naming_it(tmp_path):
    root = _copy(tmp_path)
    (root / "evals" / "results" / "bench_serve_local.json").unlink()
    with pytest.raises(ResultsError, match=r"evals/results/bench_serve_local\.json: file not found"):
        readme_tables.render_all(root)


def test_missing_results_doc_is_an_error_naming_it(tmp_path, capsys):
    root = _copy(tmp_path)
    (root / "docs" / "results.md").unlink()
    readme = (root / "README.md").read_text()
    assert readme_tables.main(["--root", str(root)]) == 2
    assert "docs/results.md: file not found" in capsys.readouterr().err
    assert (root / "README.md").read_text() == readme


def test_readme_is_a_short_front_door_whose_first_commands_are_the_two_scripts():
    text = (ROOT / "README.md").read_text()
    assert len(text.splitlines()) <= README_MAX_LINES, f"README.md has {len(text.splitlines())} lines (max {README_MAX_LINES})"
    first = re.search(r"^```[a-z]*\n(.*?)^```", text, re.S | re.M)
    assert first, "README.md has no code block"
    commands = [line.split("#", 1)[0].strip() for line in first.group(1).splitlines() if line.strip()]
    assert commands == ["./scripts/demo.sh", "./scripts/test.sh"]
    # CI runs exactly the README's test command
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
          if line.strip() and not line.lstrip().startswith("#")]
    assert "./scripts/test.sh" in ci


def test_relative_links_in_readme_and_docs_point_at_files_that_exist():
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert len(files) > 1
    for md in files:
        text = md.read_text()
        ids = set(re.findall(r'<a id="([^"]+)"></a>', text))
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+://", target):
                continue
            path, _, anchor = target.partition("#")
            dest = (md.parent / path).resolve() if path else md
            assert dest.exists(), f"{md.relative_to(ROOT)}: link to {target} points at nothing"
            if anchor and dest.name == "results.md" and dest.parent.name == "docs":
                linked = ids if dest == md else set(re.findall(r'<a id="([^"]+)"></a>', dest.read_text()))
                assert anchor in linked, f"{md.relative_to(ROOT)}: link to {target}: no anchor '{anchor}'"


def test_rounds_are_named_in_words_and_every_registered_fresh_batch_has_its_round():
    from cesrec.agent.stance_model import BATCH_FILES
    from cesrec.evals.readme.understanding import HELD_OUT_FROM, _ordinal

    assert [_ordinal(n) for n in (3, 12, 19, 20, 21, 34)] == ["third", "twelfth", "nineteenth", "twentieth",
                                                               "twenty-first", "thirty-fourth"]
    fresh = {int(b.removeprefix("fresh")) for b in BATCH_FILES if b.startswith("fresh")}
    # fresh #1 / #2 were measured before the held-out rounds began; from #7 on two batches per round
    assert set(HELD_OUT_FROM) == fresh - {1, 2}
    assert HELD_OUT_FROM[7] == HELD_OUT_FROM[8] == 7 and HELD_OUT_FROM[31] == HELD_OUT_FROM[32] == 19
