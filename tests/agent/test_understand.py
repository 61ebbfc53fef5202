"""Issue 24: the user's words are read once per turn, in one place (agent.understand), and the tools get
that reading through the graph state, never from the message log."""

from __future__ import annotations

import pytest
from cesrec.agent.llm_scripted import tool_call
from cesrec.agent.understand import Understanding, understand

USER = "42"


@pytest.fixture
def count_reads(monkeypatch):
    """Counts every call of the rule parser, under each name a module imported it by."""
    import cesrec.agent.feedback_llm as feedback_llm
    import cesrec.agent.understand as und
    import cesrec.tools.feedback as feedback
    import cesrec.tools.lc_tools as lc_tools
    import cesrec.tools.turn as turn

    real = feedback.parse_feedback_rules
    texts: list[str] = []

    def counted(text, catalog, state=None):
        texts.append(text)
        return real(text, catalog, state)

    for mod in (feedback, und, feedback_llm, lc_tools, turn):
        if hasattr(mod, "parse_feedback_rules"):
            monkeypatch.setattr(mod, "parse_feedback_rules", counted)
    return texts


@pytest.mark.parametrize("call", [tool_call("update_preferences", like=["Action"]), tool_call("recommend"),
                                  tool_call("search_catalog", query="action like Die Hard"),
                                  tool_call("mask_outliers")])  # rerouted: the words state a preference
def test_a_turn_reads_the_words_once(make_agent, count_reads, call):
    agent, _ = make_agent([call])
    reply = agent.chat("s", USER, "non-stop action like Die Hard")
    assert count_reads == ["non-stop action like Die Hard"]
    assert reply.recommendations
    assert agent.session_state("s").preferences.liked.get("genre") == ["Action"]


def test_a_second_call_in_the_turn_reuses_the_reading(make_agent, count_reads):
    # a failed first call (unknown title) leaves the model free to retry: the words are not read again
    agent, _ = make_agent([tool_call("item_details", title="No Such Film Anywhere"),
                           tool_call("update_preferences", like=["Western"])])
    agent.chat("s", USER, "westerns never get old, tell me about No Such Film Anywhere")
    assert len(count_reads) == 1


def test_recording_tools_need_the_turns_reading(engine):
    from cesrec.agent.toolset import AgentToolkit

    kit = AgentToolkit(engine)
    with pytest.raises(RuntimeError, match="words were not read"):
        kit.update_preferences(engine.new_session(USER), {}, None)


def test_search_query_naming_a_person_is_a_liked_person(engine):
    u = understand("anything with Harrison Ford?", ("search_catalog", {"query": "Harrison Ford"}),
                   engine.new_session(USER), engine.catalog)
    people = {v for k in ("actor", "director", "writer") for v in u.feedback.liked_attributes.get(k, [])}
    assert u.tool == "search_catalog" and "Harrison Ford" in people and not u.feedback.description


def test_search_query_without_a_person_is_a_description(engine):
    u = understand("find me something", ("search_catalog", {"query": "a submarine crew under pressure"}),
                   engine.new_session(USER), engine.catalog)
    assert u.feedback.description == "a submarine crew under pressure"


def test_llm_free_reading_is_the_rule_and_mood_reading(engine):
    from cesrec.agent.toolset import AgentToolkit

    kit = AgentToolkit(engine)
    sess = engine.new_session("newcomer-understand", history=[])  # a new user
    u = understand("I can't stand horror, give me a comedy", None, sess, engine.catalog, kit.mood)
    assert u.tool is None and u.source == "rules"
    assert u.feedback.liked_attributes.get("genre") == ["Comedy"]
    assert u.feedback.disliked_attributes.get("genre") == ["Horror"]
    out = kit.record_and_recommend(sess, u, k=5)
    assert len(out.recommendations) == 5 and all("Comedy" in r.genres for r in out.recommendations)


def test_understanding_survives_the_checkpoint_round_trip():
    u = Understanding(text="x", tool="recommend", args={"k": 3})
    assert Understanding.model_validate(u.model_dump(mode="json")) == u


def test_the_graph_asks_its_stance_judge_and_only_the_embedded_llm_has_one(make_agent, monkeypatch):
    import dataclasses

    import cesrec.agent.graph as graph
    from langchain_core.messages import AIMessage, HumanMessage

    agent, llm = make_agent([])
    ctx = graph.GraphContext.build(agent.engine, llm, graph.AgentToolkit(agent.engine))
    assert ctx.stance_judge is None  # a scripted (or OpenAI-compatible) model: the readers' polarity stands
    asked: list[str] = []

    def judge(system: str, user: str, gbnf: str) -> str:
        asked.append(user)
        return "{}"  # no verdict: the reading stands

    ctx = dataclasses.replace(ctx, stance_judge=judge)
    text = "westerns never get old"
    msg = AIMessage("", tool_calls=[{"name": "update_preferences", "args": {}, "id": "c1"}])
    state = {"messages": [HumanMessage(text)], "session": agent.engine.new_session(USER)}
    graph.understand_calls(state, msg, True, ctx)
    assert asked and "westerns" in asked[0].lower()
