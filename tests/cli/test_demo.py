"""The demo's conversation (cesrec.demo) on the real engine with the real embedded LLM, printed to a pipe
(not a terminal): every line whole, each turn with its list, and the list changes after the complaint.
Plus the table helper (cesrec.tables) on its own: Markdown when piped, nothing cut."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.table import Table

from cesrec import demo
from cesrec.tables import markdown_wanted, print_table, table_markdown


def piped() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=100), buf  # a StringIO is no terminal: what `demo.sh | cat` sees


def test_wide_table_is_markdown_and_whole_when_piped(monkeypatch):
    monkeypatch.delenv("CESREC_TABLES", raising=False)
    console, buf = piped()
    assert markdown_wanted(console)
    t = Table(title="A wide table")
    for col in ("system", "a long column header number one", "another long header", "and a third one"):
        t.add_column(col)
    long_cell = "a cell far wider than the console " * 4
    t.add_row("[bold]cesrec[/bold]", long_cell, "x | y", "0.864 [0.851, 0.877]")
    print_table(t, console)
    out = buf.getvalue()
    assert "**A wide table**" in out
    assert "| cesrec | " + " ".join(long_cell.split()) + " | x \\| y | 0.864 [0.851, 0.877] |" in out
    assert "…" not in out and "━" not in out
    assert table_markdown(t).splitlines()[3] == "|---|---|---|---|"


def test_tables_stay_rich_on_a_terminal(monkeypatch):
    monkeypatch.delenv("CESREC_TABLES", raising=False)
    buf = io.StringIO()
    console = Console(file=buf, width=100, force_terminal=True)
    t = Table()
    t.add_column("a")
    t.add_row("1")
    print_table(t, console)
    assert "|---|" not in buf.getvalue()
    monkeypatch.setenv("CESREC_TABLES", "markdown")
    assert markdown_wanted(console)


def test_demo_conversation_piped(engine, local_llm, monkeypatch):
    from cesrec.agent.api import RecommenderAgent

    monkeypatch.delenv("CESREC_TABLES", raising=False)
    agent = RecommenderAgent(engine=engine, llm=local_llm, checkpointer="memory")
    console, buf = piped()
    turns = demo.NEW_USER_TURNS[:3]  # films loved, a description, the complaint (the critique: the demo run)
    records = demo.run_conversation(agent, "demo-newcomer", turns, console)
    out = buf.getvalue()
    lines = out.splitlines()

    # nothing cut: no ellipsis, no box drawing, every table row has its header's cell count, titles whole
    assert "…" not in out and "\ufffd" not in out and not any(ch in out for ch in "━─│┃")
    header_cells = None
    for line in lines:
        if line.startswith("| #"):
            header_cells = line.count(" | ")
        elif line.startswith("| ") and header_cells is not None:
            assert line.count(" | ") - line.count("\\|") >= header_cells, line
    # every turn is printed with its words and a list
    assert len(records) == len(turns)
    for n, (text, rec) in enumerate(zip(turns, records, strict=True), 1):
        assert f"turn {n} - user demo-newcomer: {text}" in out
        assert rec.recommendations, f"turn {n} produced no list: {rec.reply!r} {rec.calls}"
        for r in rec.recommendations:
            assert f"| {r['title']} | {r['year']} |" in out, r["title"]
    assert sum(1 for line in lines if line.startswith("| # | title")) == len(records)
    # the films the new user named are the start of the sequence the recommender reads (pseudo items)
    assert records[0].sequence.startswith("0 history films; + ") and "Star Wars (1977)" in records[0].sequence
    assert "sequence the recommender reads: 0 history films" in out
    # the complaint ("too old, something after 1990") changes the list and is understood as a year bound
    before, after = records[1], records[2]
    assert after.items != before.items
    assert all((r.get("year") or 0) >= 1990 for r in after.recommendations), after.recommendations
    assert "years 1990" in after.understood or "years 1991" in after.understood, after.understood


@pytest.mark.slow
def test_demo_open_headline_piped(engine, monkeypatch):
    """The evaluation part on a few users: one Markdown table, every system with HR@10 after each turn."""
    monkeypatch.delenv("CESREC_TABLES", raising=False)
    res = demo.open_headline(engine, users=30, seed=0, turns=2, progress=False)
    console, buf = piped()
    demo.print_open_headline(res, console)
    out = buf.getvalue()
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert rows[0] == ("| system | turn 0 | turn 1 | turn 2 | turn 2 95% CI | NDCG@10 | cesrec - system (HR@10) "
                       "| p (Holm) |")
    systems = [r.split(" | ")[0][2:] for r in rows[1:]]
    assert systems == list(res["config"]["systems"]) and "cesrec" in systems and "score_fusion" in systems
    assert all(r.count(" | ") == rows[0].count(" | ") for r in rows)
    assert "The conversation takes cesrec's HR@10 from" in out and "…" not in out
