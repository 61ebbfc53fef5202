"""Terminal chat: streamed turn, recommendations table, /history, /reset, /quit; CLI wiring and errors."""

from __future__ import annotations

from cesrec.agent.chat import run_chat
from cesrec.agent.llm_scripted import tool_call
from rich.console import Console
from typer.testing import CliRunner


def test_chat_repl_commands(make_agent):
    agent, _ = make_agent([tool_call("update_preferences", like=["Comedy"])])
    lines = iter(["I want comedies", "/history", "/bogus", "/reset", "/history", "/quit"])
    console = Console(record=True, width=160, force_terminal=False)
    run_chat(agent, "cli-s", "42", console=console, read=lambda _p: next(lines))
    out = console.export_text()
    assert "Noted: you like Comedy" in out
    assert "title" in out and "why" in out  # the recommendations table
    assert "original history" in out and "pseudo items" in out
    assert "unknown command /bogus" in out and "session reset" in out
    assert agent.session_state("cli-s").pseudo == []


def test_chat_reset_with_a_history(make_agent):
    agent, _ = make_agent([tool_call("update_preferences", like=["Comedy"])])
    lines = iter(["I want comedies", "/reset 1, Heat (1995)", "/reset 99999, Not A Film", "/reset []", "/quit"])
    console = Console(record=True, width=160, force_terminal=False)
    seen: list[int] = []
    read_lines = iter(lines)

    def read(_p: str) -> str:
        seen.append(len(agent.session_state("cli-h").history))
        return next(read_lines)

    run_chat(agent, "cli-h", "newcomer-9", console=console, read=read)
    out = console.export_text()
    assert "session reset: 2 items given" in out
    assert "history: unknown items: 99999, 'Not A Film'" in out and "session unchanged" in out
    assert "session reset: 0 items given" in out
    # history length before each line: empty (new user), empty, 2 (reset), 2 (refused), 0
    assert seen == [0, 0, 2, 2, 0]


def test_chat_resumes_existing_session(make_agent):
    agent, _ = make_agent([tool_call("recommend"), tool_call("item_details", title="Heat"), "Second."])
    agent.chat("cli-r", "42", "recommend")
    console = Console(record=True, width=160)
    lines = iter(["again", "/quit"])
    run_chat(agent, "cli-r", "42", console=console, read=lambda _p: next(lines))
    out = console.export_text()
    assert "turn 0" in out and "Second." in out
    assert len(agent.session_state("cli-r").shown) == 5  # the first turn's recommendations were kept


def test_cli_chat_registered_and_config_errors(monkeypatch):
    from cesrec.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["chat", "--help"])
    assert res.exit_code == 0 and "--session" in res.output and "--llm" in res.output
    for k in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "CESREC_OPENAI_MODEL"):
        monkeypatch.delenv(k, raising=False)
    res = runner.invoke(app, ["chat", "--user", "42", "--llm", "openai"])
    assert res.exit_code == 2 and "OPENAI_API_KEY" in res.output
    res = runner.invoke(app, ["bench", "agent", "--help"])
    assert res.exit_code == 0 and "--turns" in res.output
