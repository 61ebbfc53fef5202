"""Every recorded-call file in evals/results/ says where it came from (evals/bench/calls_provenance.py): its own
command, or the results files whose commands name it; stamping keeps the recorded calls replayable."""

from __future__ import annotations

import json

from cesrec.agent.stance_llm import recorded_completer
from cesrec.evals.bench import calls_provenance as cp


def test_every_committed_call_file_names_its_command():
    files = cp.call_files()
    assert len(files) >= 10
    assert [p.name for p in files if not cp.has_provenance(p)] == []


def test_stamping_names_the_results_and_keeps_the_calls(tmp_path):
    cmd = ("python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in "
           "evals/results/x_llm_calls.jsonl --judge-calls evals/results/x_judge_calls.jsonl --out x.json")
    (tmp_path / "bench_understanding_x.json").write_text(json.dumps(
        {"command": cmd, "git_commit": "abc", "date": "2026-12-05T00:00:00+00:00"}))
    judge = tmp_path / "x_judge_calls.jsonl"
    judge.write_text(json.dumps({"system": "s", "user": "u", "gbnf": "g", "out": '{"a": "yes"}'}) + "\n")
    llm = tmp_path / "x_llm_calls.jsonl"
    llm.write_text(json.dumps({"id": "_meta", "llm_meta": {"llm": "m"}}) + "\n" + json.dumps({"id": "u1"}) + "\n")
    orphan = tmp_path / "y_judge_calls.jsonl"
    orphan.write_text(json.dumps({"system": "s", "user": "v", "gbnf": "g", "out": "{}"}) + "\n")
    assert not any(cp.has_provenance(p) for p in (judge, llm, orphan))
    assert cp.main(["--results", str(tmp_path), "--check"]) == 1

    cp.main(["--results", str(tmp_path)])
    assert cp.has_provenance(judge) and cp.has_provenance(llm) and not cp.has_provenance(orphan)
    head = json.loads(judge.read_text().splitlines()[0])["_meta"]
    assert head["named_by"][0]["results"] == "bench_understanding_x.json" and head["named_by"][0]["flag"] == "--judge-calls"
    assert recorded_completer(judge)("s", "u", "g") == '{"a": "yes"}'  # the _meta row is skipped on replay
    meta = json.loads(llm.read_text().splitlines()[0])
    assert meta["id"] == "_meta" and meta["llm_meta"] == {"llm": "m"} and meta["named_by"][0]["flag"] == "--calls-in"
    assert len(llm.read_text().splitlines()) == 2  # nothing else changes
    before = judge.read_text()
    cp.main(["--results", str(tmp_path)])  # idempotent
    assert judge.read_text() == before
