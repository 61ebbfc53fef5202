"""Asking back (agent.clarify): a value the stance judge keeps on neither side is asked about in the reply, and a
bare yes / no next turn places it without an LLM call; anything else is read as usual and the question lapses."""

from __future__ import annotations

import pytest
from cesrec.agent.clarify import clarification_answer, clarified_feedback, clarify_question
from cesrec.agent.llm_scripted import scripted_stance_judge, tool_call

USER = "42"
UNSURE_TEXT = "I wouldn't rule out a western"


@pytest.mark.parametrize("text", ["yes", "Yes please!", "yeah", "sure", "yep 👍", "definitely", "I do",
                                  "sounds good", "ok", "more please", "yes, more of them"])
def test_bare_yes(text):
    assert clarification_answer(text) == 1


@pytest.mark.parametrize("text", ["no", "Nope.", "nah", "no thanks", "definitely not", "absolutely not",
                                  "I don't", "leave them out", "hell no", "pass", "never"])
def test_bare_no(text):
    assert clarification_answer(text) == -1


@pytest.mark.parametrize("text", ["not sure", "no, but more comedies", "maybe", "why the first one?",
                                  "yes and something with Tom Hanks", "", "   ", "what do you mean"])
def test_anything_else_is_a_message_of_its_own(text):
    assert clarification_answer(text) == 0


def test_question_and_feedback_from_values():
    vals = [{"kind": "genre", "value": "Western", "label": "western"},
            {"kind": "item", "value": "50", "label": "Star Wars"}]
    q = clarify_question(vals)
    assert '"western"' in q and '"Star Wars"' in q and q.endswith("(yes / no)")
    fb = clarified_feedback(vals, -1, "no")
    assert fb.disliked_attributes == {"genre": ["Western"]} and fb.disliked_items == [50] and not fb.liked_items
    fb = clarified_feedback(vals[:1], 1, "yes")
    assert fb.liked_attributes == {"genre": ["Western"]} and not fb.disliked_attributes


unsure_judge = scripted_stance_judge(unsure=("western",))


def _pending_turn(make_agent, session: str, answer_responses: list):
    agent, llm = make_agent([tool_call("update_preferences"), *answer_responses], stance_judge=unsure_judge)
    first = agent.chat(session, USER, UNSURE_TEXT)
    return agent, llm, first


def test_an_abstained_value_is_asked_about_and_a_yes_likes_it(make_agent):
    agent, llm, first = _pending_turn(make_agent, "s", [])
    assert first.clarify is not None, first.text
    assert [(v["kind"], v["value"]) for v in first.clarify["values"]] == [("genre", "Western")]
    assert first.text.endswith(first.clarify["question"])
    prefs = agent.session_state("s").preferences
    assert "Western" not in prefs.liked.get("genre", []) + prefs.disliked.get("genre", [])  # neither side yet
    calls = len(llm.seen)
    reply = agent.chat("s", USER, "yes please")
    assert len(llm.seen) == calls and reply.timings["llm_calls"] == 0  # answered without the LLM
    assert agent.session_state("s").preferences.liked.get("genre") == ["Western"]
    assert reply.clarify is None and len(reply.recommendations) == 5
    assert [e["name"] for e in reply.tool_events] == ["update_preferences"]
    assert reply.tool_events[0]["payload"]["parser"] == "clarification"
    assert "Western" in reply.text


def test_a_no_refuses_it(make_agent):
    agent, _, first = _pending_turn(make_agent, "s2", [])
    assert first.clarify is not None
    reply = agent.chat("s2", USER, "nah")
    prefs = agent.session_state("s2").preferences
    assert prefs.disliked.get("genre") == ["Western"] and "Western" not in prefs.liked.get("genre", [])
    assert all("Western" not in r["genres"] for r in reply.recommendations)


def test_another_message_is_read_as_usual_and_the_question_lapses(make_agent):
    agent, llm, first = _pending_turn(make_agent, "s3", [tool_call("update_preferences", like=["comedies"])])
    assert first.clarify is not None
    reply = agent.chat("s3", USER, "actually, comedies please")
    assert reply.timings["llm_calls"] == 1  # the LLM read this one
    prefs = agent.session_state("s3").preferences
    assert prefs.liked.get("genre") == ["Comedy"]
    assert "Western" not in prefs.liked.get("genre", []) + prefs.disliked.get("genre", [])
    values = agent.graph.get_state({"configurable": {"thread_id": "s3"}}).values
    assert values.get("clarify") is None  # a later bare "yes" places nothing


def test_no_question_without_a_judge_or_an_abstention(make_agent):
    agent, _ = make_agent([tool_call("update_preferences", like=["comedies"])], stance_judge=None)
    reply = agent.chat("s4", USER, "comedies please")
    assert reply.clarify is None and "(yes / no)" not in reply.text


def test_the_question_reaches_http_clients(make_agent):
    from cesrec.backend import AgentBackend
    from cesrec.server.schemas import TurnOut

    agent, _, first = _pending_turn(make_agent, "s5", [])
    out = AgentBackend.reply_json(first)
    turn = TurnOut(session_id="s5", **out)
    assert turn.clarify is not None and turn.clarify.values[0].value == "Western"
    assert turn.clarify.values[0].label.lower() == "western"
