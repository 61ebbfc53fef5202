"""The graph state carries the typed SessionState: through a turn, a checkpoint on disk and a reload; old
checkpoints that stored the session as its JSON dict still load (agent.state.SessionChannel)."""

from __future__ import annotations

from typing import Annotated, TypedDict

from cesrec.agent.checkpoint import make_checkpointer
from cesrec.agent.llm_scripted import tool_call
from cesrec.agent.state import SessionChannel, as_session
from cesrec.tools.state import SessionState
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.graph.message import add_messages

USER = "42"


def _raw_session(saver, sid: str):
    """The session as the checkpoint stores it (no graph channel in between)."""
    tup = saver.get_tuple({"configurable": {"thread_id": sid, "checkpoint_ns": ""}})
    return tup.checkpoint["channel_values"]["session"]


def test_session_is_a_sessionstate_after_reload_from_sqlite(make_agent, tmp_path):
    from langgraph.checkpoint.serde.event_hooks import register_serde_event_listener

    path = str(tmp_path / "sessions.sqlite")
    agent, _ = make_agent([tool_call("update_preferences", like=["Comedy"]),
                           tool_call("item_details", title="the first one"), "It is a comedy."],
                          checkpointer="sqlite", sessions_path=path)
    agent.chat("s", USER, "I want comedies")
    agent.chat("s", USER, "tell me about the first one")
    before = agent.session_state("s")
    assert isinstance(before, SessionState) and before.turn == 1
    assert before.preferences.liked == {"genre": ["Comedy"]}

    events: list[dict] = []
    unregister = register_serde_event_listener(events.append)
    try:
        fresh = make_checkpointer("sqlite", path=path)  # another process reading the same file
        raw = _raw_session(fresh, "s")
        again, _ = make_agent([], checkpointer="sqlite", sessions_path=path)
        reloaded = again.session_state("s")
    finally:
        unregister()
    assert isinstance(raw, SessionState) and raw == before  # stored as the model, rebuilt as the model
    assert isinstance(reloaded, SessionState) and reloaded == before
    # everything in our checkpoints is on the serializer's allowlist: nothing revived unlisted or refused
    assert not events, events


def test_session_is_typed_in_memory_checkpoints(make_agent):
    agent, _ = make_agent([tool_call("recommend")])
    agent.chat("m", USER, "recommend something")
    raw = _raw_session(agent.checkpointer, "m")
    assert isinstance(raw, SessionState) and raw.last_recommendations
    assert isinstance(agent.graph.get_state({"configurable": {"thread_id": "m"}}).values["session"], SessionState)


class _OldAgentState(TypedDict, total=False):
    """The state schema before the session was typed: it was checkpointed as its JSON dict."""

    messages: Annotated[list[AnyMessage], add_messages]
    user_id: str
    session: dict | None


def _write_old_style_session(saver, sid: str, sess: SessionState) -> None:
    from langgraph.graph import START, StateGraph

    g = StateGraph(_OldAgentState)
    g.add_node("finish", lambda state: {})
    g.add_edge(START, "finish")
    old = g.compile(checkpointer=saver)
    old.update_state({"configurable": {"thread_id": sid}},
                     {"user_id": USER, "session": sess.model_dump(mode="json"),
                      "messages": [HumanMessage("I like comedies"), AIMessage("Noted.")]}, as_node="finish")


def test_a_dict_style_checkpoint_still_loads(make_agent, engine, tmp_path):
    from cesrec.agent.retention import list_sessions

    path = str(tmp_path / "sessions.sqlite")
    old = engine.new_session(USER)
    old = old.model_copy(update={"turn": 3, "shown": old.history[:2]})
    saver = make_checkpointer("sqlite", path=path)
    _write_old_style_session(saver, "old", old)
    assert isinstance(_raw_session(saver, "old"), dict)  # what existing users have on disk

    agent, _ = make_agent([tool_call("recommend")], checkpointer="sqlite", sessions_path=path)
    loaded = agent.session_state("old")
    assert isinstance(loaded, SessionState) and loaded == old
    assert [r["turn"] for r in list_sessions(agent.checkpointer) if r["session_id"] == "old"] == [3]
    # a turn runs on top of it, and the session is stored typed from then on
    reply = agent.chat("old", USER, "recommend something")
    assert reply.recommendations and not {r["item"] for r in reply.recommendations} & set(old.shown)
    after = _raw_session(make_checkpointer("sqlite", path=path), "old")
    assert isinstance(after, SessionState) and after.turn == 3 and after.history == old.history


def test_a_serializer_that_refuses_the_class_still_gives_a_sessionstate(make_agent):
    # LangGraph's strict msgpack mode hands a refused class back as its kwargs dict: the channel types it
    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

    strict = InMemorySaver(serde=JsonPlusSerializer(allowed_msgpack_modules=None))
    agent, _ = make_agent([tool_call("recommend")], checkpointer=strict)
    agent.chat("x", USER, "recommend something")
    assert isinstance(_raw_session(strict, "x"), dict)
    st = agent.session_state("x")
    assert isinstance(st, SessionState) and st.last_recommendations


def test_session_channel_types_dicts_once_and_passes_models_through(engine):
    sess = engine.new_session(USER)
    assert as_session(sess) is sess and as_session(None) is None
    assert as_session(sess.model_dump(mode="json")) == sess
    ch = SessionChannel(SessionState | None).from_checkpoint(sess.model_dump(mode="json"))
    assert isinstance(ch.get(), SessionState) and ch.get() == sess
    ch.update([sess.model_dump(mode="json")])
    assert isinstance(ch.get(), SessionState)
