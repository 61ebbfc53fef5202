"""What a turn gives back (agent.api.RecommenderAgent.chat / stream): `AgentReply` and the streamed
`AgentEvent`s, assembled from the turn's graph updates and messages."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from cesrec.agent.graph import current_turn
from langchain_core.messages import AIMessage, ToolMessage


@dataclass
class AgentReply:
    """One turn's result. `recommendations`: [{item, title, year, genres, score, why}] produced in this
    turn (empty if the turn did not recommend). `tool_events`: [{name, args, status, text, ms}].
    `timings`: total_s, llm_s (the LLM calls of the turn, the stance judge's included), stance_judge_s, tool_s,
    other_s, llm_calls, tool_calls, prompt_tokens, completion_tokens."""

    text: str
    recommendations: list[dict] = field(default_factory=list)
    tool_events: list[dict] = field(default_factory=list)
    timings: dict[str, Any] = field(default_factory=dict)
    session_id: str = ""
    turn_id: str = ""
    replayed: bool = False
    grounding: dict[str, Any] | None = None  # agent.grounding check of the answer: source, faithful, unsupported
    # values the stance judge kept on neither side, asked about at the end of `text` (agent.clarify):
    # {"values": [{"kind", "value", "label"}], "question"}; a bare yes / no next turn places them
    clarify: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class AgentEvent:
    """Streamed during a turn: `token` (data: {"text"}), `tool_start` ({"name", "args", "id"}),
    `tool_end` ({"name", "status", "text", "ms", "id"}), and last `final` ({"reply": AgentReply})."""

    type: Literal["token", "tool_start", "tool_end", "final"]
    data: dict[str, Any]


def tool_events(update: dict) -> Iterator[AgentEvent]:
    """`tool_start` / `tool_end` events of one graph update (stream mode "updates")."""
    for node, out in (update or {}).items():
        msgs = (out or {}).get("messages", []) if isinstance(out, dict) else []
        if node == "agent":
            for m in msgs:
                for tc in getattr(m, "tool_calls", []) or []:
                    yield AgentEvent("tool_start", {"name": tc["name"], "args": tc["args"], "id": tc["id"]})
        elif node in ("tools", "guard"):
            for m in msgs:
                if isinstance(m, ToolMessage):
                    yield AgentEvent("tool_end", tool_event(m))


def build_reply(values: dict, session_id: str, turn_id: str, total: float) -> AgentReply:
    """The finished turn's reply from the graph's values: text and recommendations, each tool call with its
    arguments, and the timings (LLM / tool / other seconds, calls, tokens)."""
    turn = current_turn(values.get("messages") or [])
    reply = values.get("reply") or {"text": "", "recommendations": []}
    calls = {tc["id"]: tc for m in turn if isinstance(m, AIMessage) for tc in m.tool_calls}
    events = []
    for m in turn:
        if isinstance(m, ToolMessage):
            ev = tool_event(m)
            ev["args"] = (calls.get(m.tool_call_id) or {}).get("args", {})
            events.append(ev)
    # a step that answered a question without the LLM (agent.clarify) made no LLM call
    ais = [m for m in turn if isinstance(m, AIMessage) and not (m.response_metadata or {}).get("no_llm")]
    # the stance judge's call (agent.stance_llm, made while the turn's words are read) is LLM time too
    understood = values.get("understood") or {}
    judge_s = sum(float(((understood.get(i) or {}).get("stance") or {}).get("ms", 0.0)) for i in calls) / 1000
    llm_s = sum(float((m.response_metadata or {}).get("agent_llm_s", 0.0)) for m in ais) + judge_s
    tool_s = sum(float(e["ms"]) for e in events) / 1000
    usage = [m.usage_metadata or {} for m in ais]
    timings = {
        "total_s": round(total, 4),
        "llm_s": round(llm_s, 4),
        "stance_judge_s": round(judge_s, 4),
        "tool_s": round(tool_s, 4),
        "other_s": round(max(total - llm_s - tool_s, 0.0), 4),
        "llm_calls": len(ais),
        "tool_calls": len(events),
        "prompt_tokens": sum(u.get("input_tokens", 0) for u in usage),
        "completion_tokens": sum(u.get("output_tokens", 0) for u in usage),
        "llm": [(m.response_metadata or {}).get("llm_timing") for m in ais],
    }
    return AgentReply(reply["text"], list(reply["recommendations"]), events, timings, session_id, turn_id,
                      grounding=reply.get("grounding"), clarify=reply.get("clarify"))


def tool_event(m: ToolMessage) -> dict[str, Any]:
    """One tool result as an event: id, name, status, text, milliseconds, payload."""
    art = m.artifact if isinstance(m.artifact, dict) else {}
    return {"id": m.tool_call_id, "name": m.name, "status": m.status or "success",
            "text": m.content if isinstance(m.content, str) else str(m.content),
            "ms": float(art.get("ms", 0.0)), "payload": art.get("payload", {})}


__all__ = ["AgentReply", "AgentEvent", "tool_events", "build_reply", "tool_event"]
