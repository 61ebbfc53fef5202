"""Protocol 2's results files each name the command and commit that wrote them (evals/results rule)."""

from __future__ import annotations

import json

from cesrec.commands.eval_cmds import _write_agent_results


def test_agent_results_json_report_and_transcripts_carry_their_provenance(tmp_path):
    out = tmp_path / "run"
    (out / "transcripts" / "sasrec").mkdir(parents=True)
    (out / "report.md").write_text("# Protocol 2: agent\n\n| metric | value |\n")
    (out / "transcripts" / "sasrec" / "agent-llm-seed0.jsonl").write_text('{"user": "1"}\n')
    results = tmp_path / "res" / "eval_agent.json"
    _write_agent_results({"results_file": {"summary": {"success_rate": 0.5}}}, results, out)

    js = json.loads(results.read_text())
    assert js["summary"] == {"success_rate": 0.5} and js["command"].startswith("cesrec") and js["git_commit"]
    assert js["files"] == {"report": "eval_agent.md", "transcripts": "eval_agent_transcripts.jsonl"}
    md = (tmp_path / "res" / "eval_agent.md").read_text().splitlines()
    assert md[0] == "# Protocol 2: agent" and md[2].startswith("Command: `cesrec") and js["git_commit"] in md[2]
    assert "| metric | value |" in md
    assert (tmp_path / "res" / "eval_agent_transcripts.jsonl").read_text() == '{"user": "1"}\n'
