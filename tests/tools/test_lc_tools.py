"""The shared tool functions, and the LangChain tools the agent runs over them."""

from __future__ import annotations

import pytest
from cesrec.tools.lc_tools import (
    ToolError,
    tool_explain_recommendation,
    tool_item_details,
    tool_mask_outliers,
    tool_recommend,
    tool_search_catalog,
    tool_update_preferences,
)
from cesrec.tools.tool_specs import TOOL_SPECS


def test_tool_functions_chain(engine):
    st = engine.new_session("13")
    st1, text, payload = tool_recommend(engine, st, {"k": 5})
    assert len(payload["recommendations"]) == 5 and text.startswith("1. [")
    st2, text, payload = tool_update_preferences(engine, st1, {"text": "something scary from the 80s"})
    assert payload["preferences"]["liked"] == {"genre": ["Horror"], "decade": ["1980s"]} and st2.turn == 1
    st3, _, payload = tool_recommend(engine, st2, {"k": 3})
    recs = payload["recommendations"]
    assert all("Horror" in r["genres"] for r in recs)
    _, text, payload = tool_explain_recommendation(engine, st3, {"item": recs[0]["item"]})
    assert payload["explanation"]["item"] == recs[0]["item"] and text
    st4, text, payload = tool_mask_outliers(engine, st3, {"method": "robust", "k": 2})
    assert "masked" in payload
    _, text, payload = tool_search_catalog(engine, st, {"query": "mafia family", "genres": ["crime"], "k": 3})
    assert all("Crime" in it["genres"] for it in payload["items"])
    _, text, payload = tool_item_details(engine, st, {"item": "Fargo"})
    assert payload["item"]["title"] == "Fargo"
    assert st.turn == 0 and st.shown == []  # inputs untouched


def test_structured_update_and_noop(engine):
    st = engine.new_session("1")
    new, _, payload = tool_update_preferences(engine, st, {"liked_attributes": {"genre": ["sci-fi"]}})
    assert payload["preferences"]["liked"] == {"genre": ["Sci-Fi"]}
    same, text, _ = tool_update_preferences(engine, st, {"text": "  "})
    assert same is st and "Nothing" in text


@pytest.mark.parametrize(
    ("fn", "args", "match"),
    [
        (tool_recommend, {"k": 0}, "k"),
        (tool_recommend, {"kk": 3}, "kk"),
        (tool_update_preferences, {"liked_attributes": {"genre": ["Bollywood"]}}, "Bollywood"),
        (tool_item_details, {"item": 99999}, "99999"),
        (tool_explain_recommendation, {"item": -3}, "-3"),
        (tool_search_catalog, {"query": "x", "decades": ["2050s"]}, "2050s"),
    ],
)
def test_bad_arguments_become_tool_errors(engine, fn, args, match):
    with pytest.raises(ToolError, match=match):
        fn(engine, engine.new_session("1"), args)


def test_agent_tools_wrap_the_shared_functions(engine):
    """The agent's LangChain tools (the real path: agent.toolset, session and the turn's reading of the words
    injected from the graph state) cover every shared tool function and carry its effect back as a session
    update."""
    from cesrec.agent.toolset import AgentToolkit
    from cesrec.agent.understand import understand
    from langchain_core.messages import HumanMessage
    from langgraph.types import Command

    kit = AgentToolkit(engine)
    tools = {t.name: t for t in kit.tools()}
    assert set(tools) == set(TOOL_SPECS)
    state = {"session": engine.new_session("1"), "messages": [HumanMessage("a western")]}

    def call(name: str, **args) -> Command:
        # the graph's agent node stores the reading of the words by tool-call id before the tool runs
        u = understand("a western", (name, args), state["session"], engine.catalog, kit.mood)
        state["understood"] = {"c1": u.model_dump(mode="json")}
        return tools[name].invoke({"type": "tool_call", "id": "c1", "name": name, "args": {**args, "state": state}})

    out = call("recommend", k=3)
    assert isinstance(out, Command) and len(out.update["session"].shown) == 3
    assert len(out.update["turn_recommendations"]) == 3
    out = call("update_preferences", like=["Western"])
    assert out.update["session"].turn == 1  # the typed SessionState, not its JSON dict
    assert out.update["messages"][0].content.startswith("Saved:")
    with pytest.raises(ToolError, match="Qwxyzzy"):  # the ToolNode hands this line to the LLM
        call("item_details", title="Qwxyzzy Plonk")
    assert tools["search_catalog"].tool_call_schema.model_json_schema()["required"] == ["query"]
