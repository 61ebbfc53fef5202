"""The real embedded LLM (Qwen2.5-Coder-1.5B, llama.cpp) driving the agent: a 2-turn conversation where
the second turn's feedback changes the recommendations through the tools. Skips with the reason when
llama-cpp-python or the model parts are absent."""

from __future__ import annotations

import pytest
from cesrec.agent.api import RecommenderAgent

pytestmark = [pytest.mark.llm, pytest.mark.slow]


def test_two_turn_conversation_feedback_changes_recommendations(engine, local_llm):
    agent = RecommenderAgent(engine=engine, llm=local_llm, checkpointer="memory")
    r1 = agent.chat("llm-s", "42", "Can you recommend me some movies?")
    assert r1.recommendations, f"turn 1 did not recommend: {r1.text!r} {r1.tool_events}"
    assert r1.text.strip()
    r2 = agent.chat("llm-s", "42", "I want comedies, and no dramas please.")
    saving = [e for e in r2.tool_events if e["status"] == "success" and (e["payload"] or {}).get("feedback")]
    assert saving and saving[0]["name"] in ("update_preferences", "recommend"), r2.tool_events
    prefs = agent.session_state("llm-s").preferences
    assert "Comedy" in prefs.liked.get("genre", []), prefs
    items1 = [r["item"] for r in r1.recommendations]
    items2 = [r["item"] for r in r2.recommendations]
    assert items2 and items2 != items1
    genres = engine.catalog.genres
    assert all("Comedy" in genres[i] for i in items2)
    assert "Drama" in prefs.disliked.get("genre", []), prefs
    assert not any("Drama" in genres[i] for i in items2)
    # grammar-constrained decoding: every call the model made was a valid call of a bound tool
    assert all(not e["text"].startswith(("error (invalid", "error: invalid")) for e in r1.tool_events + r2.tool_events)


def test_token_streaming_with_embedded_llm(engine, local_llm):
    agent = RecommenderAgent(engine=engine, llm=local_llm, checkpointer="memory")
    events = list(agent.stream("llm-t", "42", "Tell me about the movie Star Wars."))
    kinds = [e.type for e in events]
    tokens = [e.data["text"] for e in events if e.type == "token"]
    final = events[-1].data["reply"]
    assert kinds[-1] == "final" and "tool_start" in kinds and "tool_end" in kinds, final.tool_events
    assert final.tool_events[0]["status"] == "success"
    assert len(tokens) > 3  # the LLM's answer arrives token by token, after the tool result
    assert kinds.index("tool_end") < kinds.index("token")
    assert final.text
    if (final.grounding or {}).get("source") == "rendered from tool results":
        # the streamed answer named something the tool did not return: the reply is the tool's own text
        assert final.grounding["unsupported"] and final.text == final.tool_events[0]["text"]
    else:
        assert "".join(tokens).strip().startswith(final.text)  # equal unless cut at max_tokens
