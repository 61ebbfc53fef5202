"""Postgres sessions (multi-instance deployments): two agent instances with their own connections share one
session through a real, throwaway PostgreSQL server (tests/conftest.py `postgres_dsn`; it skips with the
reason when the PostgreSQL server binaries or the `postgres` extra are absent)."""

from __future__ import annotations

import pytest
from cesrec.agent.llm_scripted import tool_call


def test_two_instances_share_a_postgres_session(make_agent, postgres_dsn, engine):
    a, _ = make_agent([tool_call("update_preferences", like=["Comedy"]), "Comedies it is."],
                      checkpointer="postgres", postgres_dsn=postgres_dsn)
    r1 = a.chat("pg-1", "42", "I want comedies")
    state_a = a.session_state("pg-1")
    assert state_a.turn == 1 and r1.recommendations

    # a second instance (own connection, as another server process would have) picks the session up
    b, llm_b = make_agent([tool_call("recommend", k=5), "More comedies."],
                          checkpointer="postgres", postgres_dsn=postgres_dsn)
    assert b.session_state("pg-1") == state_a
    r2 = b.chat("pg-1", "42", "more please")
    prompt = "\n".join(str(m.content) for m in llm_b.seen[0])
    assert "Saved: likes Comedy" in prompt
    assert not {x["item"] for x in r2.recommendations} & {x["item"] for x in r1.recommendations}
    assert all("Comedy" in engine.catalog.genres[x["item"]] for x in r2.recommendations)
    # ... and the first instance sees the second one's turn
    after = b.session_state("pg-1")
    assert a.session_state("pg-1") == after and after != state_a
    assert {x["item"] for x in r2.recommendations} <= set(after.shown)
    # stored as the typed model (LangGraph's msgpack, rebuilt on load), not the session's JSON dict
    from cesrec.tools.state import SessionState

    tup = a.checkpointer.get_tuple({"configurable": {"thread_id": "pg-1", "checkpoint_ns": ""}})
    assert isinstance(tup.checkpoint["channel_values"]["session"], SessionState)
    assert isinstance(after, SessionState)
    # sessions stay isolated
    assert a.session_state("pg-other") is None


def test_postgres_without_dsn_is_a_clear_error():
    from cesrec.agent.checkpoint import make_checkpointer

    pytest.importorskip("langgraph.checkpoint.postgres")
    with pytest.raises(ValueError, match="DSN"):
        make_checkpointer("postgres", dsn=None)


def test_unreachable_postgres_is_a_one_line_error(tmp_path):
    from cesrec.agent.checkpoint import make_checkpointer

    pytest.importorskip("langgraph.checkpoint.postgres")
    with pytest.raises(ConnectionError, match="cannot connect to the Postgres sessions database"):
        make_checkpointer("postgres", dsn=f"host={tmp_path} port=1 user=nobody dbname=none")
