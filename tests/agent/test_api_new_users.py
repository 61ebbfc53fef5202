"""New users (not in the dataset) and caller-given histories through the Python API and `cesrec chat`:
the session starts empty or from the caller's ids/titles, recommendations come back without the history's
items, unknown entries get one error naming each, and a second different history is refused."""

from __future__ import annotations

import os

import pytest
from cesrec.agent.history import HistoryError, parse_history_text, resolve_history
from cesrec.agent.llm_scripted import tool_call
from cesrec.tools.titles import resolver_for
from typer.testing import CliRunner

NEW = "newcomer-1"
KNOWN = "42"


def _comedy():
    return tool_call("update_preferences", like=["Comedy"])


@pytest.fixture
def heat_and_star_wars(engine) -> tuple[int, int]:
    r = resolver_for(engine.catalog)
    return r.require("Heat (1995)"), r.require("Star Wars")


def test_new_user_starts_empty_and_gets_recommendations(make_agent, engine):
    agent, _ = make_agent([_comedy()])
    assert not agent.is_known_user(NEW) and agent.validate_user(NEW) is None
    st = agent.new_session("s-new", NEW)
    assert st.user_id == NEW and st.history == []
    h = agent.history("s-new")
    assert h["original"] == [] and h["new_user"] is True and h["history_source"] == "none"
    reply = agent.chat("s-new", NEW, "I want comedies")
    assert len(reply.recommendations) == 5
    assert all("Comedy" in engine.catalog.genres[r["item"]] for r in reply.recommendations)
    assert agent.session_state("s-new").history == []  # the conversation builds pseudo items, not history


def test_first_chat_creates_a_new_users_session_from_a_mixed_history(make_agent, heat_and_star_wars):
    heat, star_wars = heat_and_star_wars
    agent, _ = make_agent([_comedy()])
    reply = agent.chat("s-mixed", NEW, "I want comedies", history=[1, "Heat (1995)", 2, "Star Wars"])
    st = agent.session_state("s-mixed")
    assert st.history == [1, heat, 2, star_wars]
    assert agent.origin(st) == {"new_user": True, "history_source": "caller"}
    recs = [r["item"] for r in reply.recommendations]
    assert len(recs) == 5 and not set(recs) & set(st.history)


def test_known_user_with_a_caller_history_uses_it(make_agent, engine, heat_and_star_wars):
    agent, _ = make_agent([tool_call("recommend", k=10)])
    st = agent.new_session("s-known", KNOWN, history=list(heat_and_star_wars))
    assert st.history == list(heat_and_star_wars)
    assert agent.origin(st) == {"new_user": False, "history_source": "caller"}
    recs = [r["item"] for r in agent.chat("s-known", KNOWN, "recommend").recommendations]
    assert len(recs) == 10 and not set(recs) & set(heat_and_star_wars)
    # the dataset history is what a session without `history` gets; [] means none at all
    assert agent.origin(agent.new_session("s-ds", KNOWN))["history_source"] == "dataset"
    assert agent.new_session("s-none", KNOWN, history=[]).history == []


def test_unknown_entries_get_one_error_naming_each(make_agent, engine):
    agent, _ = make_agent([])
    with pytest.raises(HistoryError) as e:
        agent.new_session("s-bad", NEW, history=[1, 99999, "Heat (1995)", "Not A Film", 0])
    assert str(e.value) == "history: unknown items: 99999, 'Not A Film', 0"
    assert isinstance(e.value, ValueError)
    assert agent.session_state("s-bad") is None  # nothing was created
    with pytest.raises(HistoryError, match=r"^history: unknown items: 'Nope'$"):
        agent.chat("s-bad", NEW, "hello", history=["Nope"])
    assert agent.session_state("s-bad") is None
    with pytest.raises(HistoryError, match=r"not item ids or titles: True, 1\.5"):
        resolve_history(engine.catalog, [True, 1.5, 3])
    with pytest.raises(HistoryError, match="must be a list"):
        resolve_history(engine.catalog, "Heat")
    with pytest.raises(HistoryError, match="at most 200 items"):
        resolve_history(engine.catalog, [1] * 201)
    with pytest.raises(ValueError, match="user_id must be"):
        agent.new_session("s-blank", "   ")


def test_history_is_set_once_reset_can_replace_it(make_agent, heat_and_star_wars):
    heat, star_wars = heat_and_star_wars
    agent, _ = make_agent([_comedy()])
    agent.new_session("s-once", NEW, history=["Heat (1995)"])
    assert agent.new_session("s-once", NEW, history=[heat]).history == [heat]  # the same history: fine
    assert agent.new_session("s-once", NEW).history == [heat]  # none given: the session's own
    with pytest.raises(HistoryError, match="already started with a different history"):
        agent.new_session("s-once", NEW, history=[star_wars])
    with pytest.raises(HistoryError, match="already started with a different history"):
        agent.chat("s-once", NEW, "I want comedies", history=[star_wars])
    agent.chat("s-once", NEW, "I want comedies")
    assert agent.session_state("s-once").pseudo
    # reset keeps the caller's history (not the dataset's: there is none), clearing the conversation
    st = agent.reset("s-once", NEW)
    assert st.history == [heat] and st.pseudo == [] and st.preferences.liked == {}
    assert agent.reset("s-once", NEW, history=[star_wars, "Heat (1995)"]).history == [star_wars, heat]
    assert agent.reset("s-once", NEW, history=[]).history == []


def test_parse_history_text():
    assert parse_history_text(" 50, Heat (1995) ,, 181") == [50, "Heat (1995)", 181]
    assert parse_history_text("") == []


def test_chat_cli_new_user_with_history(engine, tmp_path, heat_and_star_wars):
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import ScriptedChatModel

    from cesrec.cli import app

    sessions = tmp_path / "sessions.sqlite"
    epochs = os.environ.get("CESREC_TEST_EPOCHS", "3")  # the shared `engine` fixture's variant (tests/conftest.py)
    base = ["chat", "--llm", "scripted", "--epochs", epochs, "--sessions", str(sessions)]
    res = CliRunner().invoke(app, [*base, "--user", NEW, "--session", "cli-new", "--history", "1, Heat (1995), Star Wars"],
                             input="something funny\n/history\n/quit\n")
    assert res.exit_code == 0, res.output
    assert "3 items in your history (given)" in res.output
    assert "original history (3" in res.output and "│ 2 │ Star Wars (1977) │" in res.output

    agent = RecommenderAgent(engine=engine, llm=ScriptedChatModel(responses=[]), sessions_path=str(sessions))
    st = agent.session_state("cli-new")
    assert st.user_id == NEW and st.history == [1, *heat_and_star_wars]
    recs = [r.item for r in st.last_recommendations]
    assert recs and not set(recs) & set(st.history)

    # no history at all: an empty start, said so
    res = CliRunner().invoke(app, [*base, "--user", "newcomer-2", "--session", "cli-empty"],
                             input="something funny\n/quit\n")
    assert res.exit_code == 0, res.output
    assert "new user: your history starts empty" in res.output
    assert agent.session_state("cli-empty").history == [] and agent.session_state("cli-empty").last_recommendations

    # unknown entries: one line naming each, exit 2, no session
    res = CliRunner().invoke(app, [*base, "--user", NEW, "--session", "cli-bad", "--history", "1, 99999, Not A Film"],
                             input="/quit\n")
    assert res.exit_code == 2
    lines = [ln for ln in res.output.splitlines() if "history:" in ln]
    assert lines == ["error: history: unknown items: 99999, 'Not A Film'"], res.output
    assert "Traceback" not in res.output and agent.session_state("cli-bad") is None
    # a different history for an existing session: refused, one line
    res = CliRunner().invoke(app, [*base, "--user", NEW, "--session", "cli-new", "--history", "2"], input="/quit\n")
    assert res.exit_code == 2 and "already started with a different history" in res.output


def test_a_message_of_zero_width_characters_is_refused_by_the_python_api(make_agent):
    """Issue 25: Unicode format and space characters count as whitespace on every door, Python included."""
    from cesrec.agent.llm_scripted import tool_call

    agent, _ = make_agent([tool_call("recommend")])
    for blank in ("\u200b\u200b", "\ufeff \u2060", "\u3000"):
        with pytest.raises(ValueError, match="non-empty"):
            agent.chat("zw", "42", blank)
    assert agent.session_state("zw") is None
