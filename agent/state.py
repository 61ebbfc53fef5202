"""The agent graph's state: one TypedDict whose `session` channel carries the typed CESRec `SessionState`.

Nodes and tools read `state["session"]` as the pydantic model and write the model back; the checkpointers
(SQLite, Postgres, in-memory) store it with LangGraph's msgpack serializer, which rebuilds the model on
load. The one place a dict is still turned into a `SessionState` is `SessionChannel`, where every value
enters the `session` channel (see `as_session` for why a dict can still arrive).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, TypedDict

from cesrec.tools.state import SessionState
from langchain_core.messages import AnyMessage
from langgraph.channels import LastValue
from langgraph.graph.message import add_messages

# The session's pydantic classes, for a checkpoint serializer's msgpack allowlist (nested models are
# stored inside SessionState's own kwargs and rebuilt by its validation).
SESSION_MSGPACK_TYPES: tuple[tuple[str, str], ...] = ((SessionState.__module__, SessionState.__name__),)


def as_session(value: Any) -> Any:
    """`value` as a SessionState when it is the session's JSON dict; anything else unchanged.

    A dict still arrives in two cases: checkpoints written before the session was typed (it was stored as
    `model_dump(mode="json")`), and a serializer that refuses to rebuild the class (LangGraph's strict
    msgpack mode hands back the model's kwargs). Both are validated here, once, so existing sessions load."""
    if isinstance(value, dict):
        return SessionState.model_validate(value)
    return value


class SessionChannel(LastValue):
    """LastValue for `session` that types a dict on the way in: on every update and on every checkpoint
    load. (A reducer would not do: LangGraph restores a channel from a checkpoint without calling its
    reducer, and the first write to an empty reducer channel skips it too.)"""

    __slots__ = ()

    def update(self, values: Sequence[Any]) -> bool:
        return super().update([as_session(v) for v in values])

    def from_checkpoint(self, checkpoint: Any) -> SessionChannel:
        return super().from_checkpoint(as_session(checkpoint))


class AgentState(TypedDict, total=False):
    """Everything a session keeps between turns (checkpointed) plus the current turn's scratch."""

    messages: Annotated[list[AnyMessage], add_messages]
    user_id: str
    session: Annotated[SessionState | None, SessionChannel]  # the CESRec session; None until `start`
    turn_recommendations: list[dict]  # set by recommending tools during this turn
    turn_words: dict | None  # the rule reading of this turn's text (tools.feedback.Feedback as JSON), made once
    understood: dict[str, dict]  # tool-call id -> agent.understand.Understanding (JSON) for this turn's calls
    turn_id: str | None  # idempotency key of the current turn
    replies: dict[str, dict]  # turn_id -> reply, last few turns (retries return the stored reply)
    reply: dict | None
    clarify: dict | None  # the last reply's question about values kept on neither side (agent.clarify), or None
