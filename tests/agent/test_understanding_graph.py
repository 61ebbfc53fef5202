"""Issue 12: a first tool call that records nothing, chosen for words that state a preference, becomes
update_preferences in the graph (measured: the embedded model sent "something like Forest Gump" to
search_catalog and "I never watch westerns" to mask_outliers). Scripted model, real engine."""

from __future__ import annotations

from cesrec.agent.llm_scripted import tool_call

USER = "42"


def test_search_for_a_film_the_user_liked_becomes_a_preference(make_agent, engine):
    agent, _ = make_agent([tool_call("search_catalog", query="Forest Gump")])
    reply = agent.chat("s", USER, "Give me something like Forest Gump")
    assert [e["name"] for e in reply.tool_events] == ["update_preferences"]
    gump = next(i for i in range(1, engine.catalog.num_items + 1) if engine.catalog.label(i) == "Forrest Gump (1994)")
    assert agent.session_state("s").preferences.liked_items == [gump]
    assert reply.recommendations


def test_masking_chosen_for_a_refusal_becomes_a_dislike(make_agent):
    agent, _ = make_agent([tool_call("mask_outliers", method="k_lowest", k=1)])
    reply = agent.chat("s", USER, "I never watch westerns")
    assert [e["name"] for e in reply.tool_events] == ["update_preferences"]
    st = agent.session_state("s")
    assert st.preferences.disliked == {"genre": ["Western"]}
    # the refused k_lowest masking is not run: what is masked is exactly what update_preferences masks on
    # its own (its outlier check on the history, which depends on the engine's embeddings)
    plain, _ = make_agent([tool_call("update_preferences")])
    plain.chat("s", USER, "I never watch westerns")
    assert [(m.item, m.kind) for m in st.masked] == [(m.item, m.kind) for m in plain.session_state("s").masked]
    assert all("Western" not in r["genres"] for r in reply.recommendations)


def test_asked_for_tools_are_left_alone(make_agent):
    agent, _ = make_agent([tool_call("search_catalog", query="westerns with a train robbery"),
                           tool_call("mask_outliers", method="k_lowest", k=1), "Done."])
    assert agent.chat("s", USER, "find westerns with a train robbery").tool_events[0]["name"] == "search_catalog"
    assert agent.chat("s", USER, "my history has westerns that are not me").tool_events[0]["name"] == "mask_outliers"
