r"""The agent graph: one state schema, nodes as plain functions, wired in `build_graph`.

    START -> start -> agent --(tool calls ok)--> tools --(recommended)--> finish -> END
                        |  \                        \--(other results)--> agent ...
                        |   \--(cap / repeat / invalid / asked to answer)--> guard -> agent
                        \--(answer)--> finish -> END

- `agent`: the LLM with the tools bound. Its first call in a turn must call a tool; after a
  tool succeeded (answer_after_success; otherwise only after a recommending tool), after a refused call
  or at the tool-call cap it may only answer (tool_choice="none"), so the common turn costs two LLM
  calls. After a failed call it may retry. Each tool call the LLM makes is read with the user's words
  once, here (agent.understand: the rule reading of the turn's text, done once per turn and kept in
  `turn_words`, merged with the call's arguments); the reading goes to the tools through the state
  (`understood`, by tool-call id), so no tool re-reads the text. A first call that records nothing (search,
  mask, explain), chosen for words that state a preference and do not ask for that tool, becomes
  update_preferences (measured in evals/bench/understanding.py).
- `tools`: LangGraph's ToolNode with error handling on: argument validation errors and tool exceptions
  come back to the LLM as error ToolMessages; tools update the session through Command(update=...).
- `guard`: answers tool calls that must not run (over the per-turn cap, an identical repeat of a call
  made earlier in the turn, an unparseable call) with an error ToolMessage, never executing them.
- `finish`: the reply = the LLM's text + the turn's structured recommendations. After a recommending
  tool (template_reply) the text is composed from the tool's payload instead of a second LLM call: the
  table carries the content, and the 1.5B model, asked to comment, echoed the user or misstated facts.
The prompt sent to the LLM is a window (system + the last turns' question/answer pairs + this turn), so
it stays short; the full message log and the CESRec session live in the checkpoint.
Each node is a module-level function `node(state, ctx)` over the one typed state (agent.state.AgentState,
whose `session` is the CESRec SessionState model itself); `ctx` (GraphContext: engine, LLM bound to the
tools, prompt, turn rules) is fixed per compiled graph with functools.partial in `build_graph`, the one
place the graph is wired. Checkpointers are built in agent/checkpoint.py.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from cesrec.agent.checkpoint import make_checkpointer
from cesrec.agent.clarify import abstained_values, clarification_answer, clarified_feedback, clarify_question
from cesrec.agent.grounding import check_answer, render_from_results, tool_results_text
from cesrec.agent.stance_llm import stance_judge_for
from cesrec.agent.state import AgentState
from cesrec.agent.toolset import RECOMMENDING_TOOLS, AgentToolkit, recommendation_reply
from cesrec.agent.understand import Understanding, understand
from cesrec.tools.state import Feedback, SessionState
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.runnables import Runnable
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import ToolNode

DEFAULT_MAX_TOOL_CALLS = 6
HISTORY_TURNS = 2  # earlier user requests quoted in the context note (answers are not re-sent)

SYSTEM_PROMPT = (
    "You are CESRec, a movie recommendation assistant. The tools know the user's watch history.\n"
    "- The user says what they like or dislike: call update_preferences with `like`/`dislike` exactly as "
    "the user named them (genres, decades, people, titles); it returns new recommendations.\n"
    "- The user asks for recommendations: call recommend.\n"
    "- search_catalog finds movies by description; item_details gives facts about a movie; "
    "explain_recommendation says why a movie is recommended; mask_outliers sets aside history items that "
    "do not fit.\n"
    "- After a tool result, answer the user directly (say \"you\", never \"the user\") in one or two short "
    "sentences using only facts from the tool result. "
    "Recommendations are shown to the user as a table: do not list them."
)


def system_prompt(catalog: Any = None) -> str:
    """SYSTEM_PROMPT plus the catalogue's genre and decade vocabulary, listed once (the tool schemas shown
    to the model leave long enums out; the decoding grammar enforces them)."""
    if catalog is None:
        return SYSTEM_PROMPT
    vocab = catalog.vocabulary()
    return (SYSTEM_PROMPT + "\nGenres: " + ", ".join(vocab.get("genre", [])) + ".\nDecades: "
            + ", ".join(vocab.get("decade", [])) + ".")


# --------------------------------------------------------------------------------------------------------
# Pure helpers over the message log
# --------------------------------------------------------------------------------------------------------


def turn_start(messages: Sequence[BaseMessage]) -> int:
    """Index of the current turn's HumanMessage."""
    for i in range(len(messages) - 1, -1, -1):
        if isinstance(messages[i], HumanMessage):
            return i
    return 0


def current_turn(messages: Sequence[BaseMessage]) -> list[BaseMessage]:
    return list(messages[turn_start(messages):])


def _call_key(tc: dict) -> str:
    return tc["name"] + json.dumps(tc.get("args") or {}, sort_keys=True, default=str)


def prompt_window(messages: Sequence[BaseMessage], session: SessionState | None,
                  history_turns: int = HISTORY_TURNS, system: str = SYSTEM_PROMPT) -> list[BaseMessage]:
    """System prompt + one context note (the user's last requests, saved preferences) + the current turn.

    Earlier answers are left out on purpose: shown its previous answer, the 1.5B model repeated it
    verbatim instead of reading the new tool result. The system prompt never changes, so the local LLM
    keeps it in its KV cache."""
    start = turn_start(messages)
    earlier = [m.content for m in messages[:start] if isinstance(m, HumanMessage) and isinstance(m.content, str)]
    window: list[BaseMessage] = [SystemMessage(system)]
    note = context_note(earlier[-history_turns:] if history_turns else [], session)
    if note:
        window.append(SystemMessage(note))
    return window + list(messages[start:])


def context_note(earlier: list[str], session: SessionState | None) -> str:
    bits = []
    if earlier:
        bits.append("Earlier the user said: " + " / ".join(f'"{t[:120]}"' for t in earlier) + ".")
    if session is not None and session.last_recommendations:
        # so "why the first one?" can be resolved; titles only (ids and scores stay in the state)
        bits.append("Last shown: " + "; ".join(f"{i}. {r.title}" for i, r in
                                              enumerate(session.last_recommendations[:5], 1)) + ".")
    if session is not None and not session.preferences.is_empty():
        p = session.preferences
        for label, d in (("likes", p.liked), ("dislikes", p.disliked)):
            vals = [v for vs in d.values() for v in vs]
            if vals:
                bits.append(f"Saved: {label} {', '.join(vals[:6])}.")
    return " ".join(bits)


def answer_only(messages: Sequence[BaseMessage], max_tool_calls: int, after_any_success: bool = True) -> bool:
    """The next LLM call may only answer: a tool just succeeded (a recommending one always; any one when
    `after_any_success`), a call was refused, or the turn's tool budget is spent. Failed calls leave the
    model free to retry. Measured with the 1.5B model: given a free second call after item_details it
    chained explain_recommendation it had not been asked for (+1 LLM call, +20 s on a loaded CPU)."""
    turn = current_turn(messages)
    results = [m for m in turn if isinstance(m, ToolMessage)]
    if len(results) >= max_tool_calls:
        return True
    if not results:
        return False
    last = results[-1]
    if (last.additional_kwargs or {}).get("refused"):
        return True
    if last.status == "error":
        return False
    return after_any_success or last.name in RECOMMENDING_TOOLS


# --------------------------------------------------------------------------------------------------------
# Nodes
# --------------------------------------------------------------------------------------------------------


class SessionUserError(ValueError):
    """The session belongs to a different user."""


@dataclass(frozen=True)
class GraphContext:
    """What the nodes need besides the state (none of it is checkpointed): the engine, the LLM bound to the
    tools three ways, the prompt and the turn's rules. Built once in `build_graph`, given to each node with
    functools.partial.

    The turn's first LLM call must call a tool (tool_choice="any"). Measured with the embedded 1.5B
    model: left free, it answered "recommend me some movies" and "why X?" from its own knowledge with
    titles that are not in the catalogue; forced, it picked the right tool."""

    engine: Any
    llm_first: Runnable  # first call of the turn: must call a tool
    llm_auto: Runnable  # after a failed call: may retry or answer
    llm_answer: Runnable  # may only answer (tool_choice="none")
    system: str
    max_tool_calls: int = DEFAULT_MAX_TOOL_CALLS
    answer_after_success: bool = True
    template_reply: bool = True
    toolkit: Any = None  # AgentToolkit: its mood reader is part of reading the user's words
    stance_judge: Any = None  # agent.stance_llm judge of the values' stance (embedded LLM only)

    @classmethod
    def build(cls, engine: Any, llm: BaseChatModel, toolkit: AgentToolkit, max_tool_calls: int = DEFAULT_MAX_TOOL_CALLS,
              answer_after_success: bool = True, template_reply: bool = True,
              tools: list | None = None, stance_judge: Any = "auto") -> GraphContext:
        tools = tools if tools is not None else toolkit.tools()  # the ToolNode's own objects, when given
        judge = stance_judge_for(llm) if isinstance(stance_judge, str) and stance_judge == "auto" else stance_judge
        return cls(engine=engine, toolkit=toolkit, stance_judge=judge,
                   llm_first=llm.bind_tools(tools, tool_choice="any"),
                   llm_auto=llm.bind_tools(tools), llm_answer=llm.bind_tools(tools, tool_choice="none", max_tokens=64),
                   system=system_prompt(getattr(engine, "catalog", None)), max_tool_calls=max_tool_calls,
                   answer_after_success=answer_after_success, template_reply=template_reply)

    @property
    def catalog(self) -> Any:
        return getattr(self.engine, "catalog", None)

    @property
    def mood(self) -> Any:
        return self.toolkit.mood if self.toolkit is not None and self.engine is not None else None


def start(state: AgentState, ctx: GraphContext) -> dict:
    """A new session gets the user's history from the dataset; an existing one must be theirs."""
    user_id = str(state.get("user_id") or "")
    sess = state.get("session")
    fresh = {"reply": None, "understood": {}, "turn_words": None}  # this turn's reading starts empty
    if sess is None:
        return {"session": ctx.engine.new_session(user_id), **fresh}
    if sess.user_id != user_id:
        raise SessionUserError(f"this session belongs to user {sess.user_id!r}, not {user_id!r}")
    return fresh


def agent(state: AgentState, ctx: GraphContext) -> dict:
    """One LLM call over the prompt window: forced to call a tool first, free after a failed call, asked
    to answer once a tool succeeded, a call was refused or the cap is reached."""
    messages = state["messages"]
    session = state.get("session")
    if state.get("clarify") and session is not None and ctx.catalog is not None:
        answered = answer_clarification(state)
        if answered is not None:
            return answered
    only_answer = answer_only(messages, ctx.max_tool_calls, ctx.answer_after_success)
    window = prompt_window(messages, session, system=ctx.system)
    t0 = time.perf_counter()
    first = not any(isinstance(m, ToolMessage) for m in current_turn(messages))
    msg = (ctx.llm_answer if only_answer else ctx.llm_first if first else ctx.llm_auto).invoke(window)
    wall = time.perf_counter() - t0
    meta = dict(msg.response_metadata or {})
    update: dict[str, Any] = {}
    if msg.tool_calls and not only_answer and session is not None and ctx.catalog is not None:
        msg, update = understand_calls(state, msg, first, ctx)
        why = next((u["rerouted"] for u in update["understood"].values() if u.get("rerouted")), None)
        if why:
            meta["rerouted"] = why
    meta["agent_llm_s"] = round(wall, 4)
    meta["answer_only"] = only_answer
    return {"messages": [msg.model_copy(update={"response_metadata": meta})], **update}


def answer_clarification(state: AgentState) -> dict | None:
    """The turn's first step when the last reply asked which way the user meant a value (agent.clarify) and the
    message is a bare yes / no: update_preferences with those values on that side, no LLM call (the 1.5B model
    reads a bare "yes" as nothing). None when the turn is under way or the message says more than yes / no."""
    messages = state["messages"]
    if any(isinstance(m, ToolMessage | AIMessage) for m in current_turn(messages)):
        return None
    start_i = turn_start(messages)
    text = messages[start_i].content if messages and isinstance(messages[start_i].content, str) else ""
    sign = clarification_answer(text)
    values = list((state.get("clarify") or {}).get("values") or [])
    if not sign or not values:
        return None
    call_id = f"clarify-{len(messages)}"
    fb = clarified_feedback(values, sign, text)
    u = Understanding(text=text, tool="update_preferences", feedback=fb, source="clarification")
    msg = AIMessage("", tool_calls=[{"name": "update_preferences", "args": {}, "id": call_id, "type": "tool_call"}],
                    response_metadata={"agent_llm_s": 0.0, "answer_only": False, "no_llm": True,
                                       "clarified": "like" if sign > 0 else "dislike"})
    return {"messages": [msg], "understood": {call_id: u.model_dump(mode="json")}, "turn_words": None}


def guard(state: AgentState, ctx: GraphContext) -> dict:
    """Answer the calls that must not run with error ToolMessages (never executing them)."""
    messages = state["messages"]
    last = messages[-1]
    turn = current_turn(messages)
    done = sum(isinstance(m, ToolMessage) for m in turn)
    earlier = {_call_key(tc) for m in turn[:-1] if isinstance(m, AIMessage) for tc in m.tool_calls}
    out: list[ToolMessage] = []
    asked_to_answer = bool((last.response_metadata or {}).get("answer_only"))
    for tc in last.tool_calls:
        if done >= ctx.max_tool_calls:
            why = f"refused: the limit of {ctx.max_tool_calls} tool calls per turn is reached; answer the user now"
        elif asked_to_answer:
            why = "refused: no more tool calls in this turn; answer the user with the results you have"
        elif _call_key(tc) in earlier:
            why = (f"refused: {tc['name']} was already called with the same arguments this turn; "
                   "use the earlier result and answer the user")
        else:
            # only reached when another call in the same message was refused: skip this one too
            why = "refused: not run because another call in the same message was refused"
        done += 1
        out.append(ToolMessage(why, tool_call_id=tc["id"], name=tc["name"], status="error",
                               additional_kwargs={"refused": True}))
    for bad in last.invalid_tool_calls:
        done += 1
        out.append(ToolMessage(f"error: invalid tool call ({bad.get('error') or 'unparseable'}); "
                               "call a tool with valid JSON arguments or answer",
                               tool_call_id=bad.get("id") or "invalid", name=bad.get("name") or "invalid",
                               status="error"))
    return {"messages": out}


def finish(state: AgentState, ctx: GraphContext) -> dict:
    """The reply: the LLM's grounded answer (or the template after a recommending tool) + this turn's picks."""
    messages = state["messages"]
    last = messages[-1]
    catalog = ctx.catalog
    text = last.content if isinstance(last, AIMessage) and isinstance(last.content, str) else ""
    if isinstance(last, ToolMessage):  # template reply straight after a recommending tool
        art = last.artifact if isinstance(last.artifact, dict) else {}
        text = recommendation_reply(art.get("payload") or {}, list(state.get("turn_recommendations") or []))
    if isinstance(last, AIMessage) and last.tool_calls:
        text = ""  # calls that were not run; its text (if any) was written before any result
    recs = list(state.get("turn_recommendations") or [])
    grounding = None
    if isinstance(last, AIMessage) and text.strip() and catalog is not None:
        # the LLM wrote this answer: it may name only what this turn's tools returned; otherwise the
        # answer is rendered from those results instead (issue 12), and the reply says so
        turn = current_turn(messages)
        results = tool_results_text(turn) + "\n" + json.dumps(recs, ensure_ascii=False, default=str)
        check = check_answer(text, results, catalog)
        grounding = {"source": "llm", **check.to_dict()}
        if not check.faithful:
            text = render_from_results(turn)
            grounding["source"] = "rendered from tool results"
    elif isinstance(last, ToolMessage) and catalog is not None:
        # written from the tool's payload; checked all the same
        results = tool_results_text(current_turn(messages)) + "\n" + json.dumps(recs, ensure_ascii=False, default=str)
        grounding = {"source": "template", **check_answer(text, results, catalog).to_dict()}
    if not text.strip():
        # Empty answer (e.g. the model dropped its calls at the cap): say what happened, no made-up text.
        text = ("Here are my recommendations." if recs else
                "Sorry, I could not complete that request within the tool-call limit.")
    reply = {"text": text.strip(), "recommendations": recs, "grounding": grounding}
    # a value the stance judge kept on neither side (agent.clarify): the reply asks which way it was meant
    asked = abstained_values(state.get("understood") or {}, catalog) if catalog is not None else []
    clarify = None
    if asked:
        clarify = {"values": asked, "question": clarify_question(asked)}
        reply["text"] = (reply["text"] + "\n\n" + clarify["question"]).strip()
        reply["clarify"] = clarify
    replies = dict(state.get("replies") or {})
    if state.get("turn_id"):
        replies[state["turn_id"]] = reply
        replies = dict(list(replies.items())[-20:])
    return {"reply": reply, "replies": replies, "clarify": clarify}


def route_after_agent(state: AgentState, ctx: GraphContext) -> Literal["tools", "guard", "finish"]:
    messages = state["messages"]
    last = messages[-1]
    if not isinstance(last, AIMessage) or not (last.tool_calls or last.invalid_tool_calls):
        return "finish"
    turn = current_turn(messages)
    if any((m.additional_kwargs or {}).get("refused") for m in turn if isinstance(m, ToolMessage)):
        return "finish"  # calls again after a refusal (ignoring tool_choice="none"): stop the loop
    if last.invalid_tool_calls or (last.response_metadata or {}).get("answer_only"):
        return "guard"  # unparseable, or calls from a model that was asked to answer
    done = sum(isinstance(m, ToolMessage) for m in turn)
    if done + len(last.tool_calls) > ctx.max_tool_calls:
        return "guard"
    earlier = {_call_key(tc) for m in turn[:-1] if isinstance(m, AIMessage) for tc in m.tool_calls}
    if any(_call_key(tc) in earlier for tc in last.tool_calls):
        return "guard"
    return "tools"


def route_after_tools(state: AgentState, ctx: GraphContext) -> Literal["agent", "finish"]:
    last = state["messages"][-1]
    if (ctx.template_reply and isinstance(last, ToolMessage) and last.name in RECOMMENDING_TOOLS
            and last.status != "error"):
        return "finish"
    return "agent"


def understand_calls(state: AgentState, msg: AIMessage, first: bool, ctx: GraphContext) -> tuple[AIMessage, dict]:
    """Read the turn's words for each of the LLM's tool calls (agent.understand). The rule reading of the
    text is made once per turn (kept in `turn_words`); the turn's first call may be rerouted (same call id).
    Returns the (possibly rerouted) message and the state update: `understood` by tool-call id."""
    messages = state["messages"]
    start_i = turn_start(messages)
    text = messages[start_i].content if messages and isinstance(messages[start_i].content, str) else ""
    words = state.get("turn_words")
    rules = Feedback.model_validate(words) if words is not None else None
    understood = dict(state.get("understood") or {})
    calls, rerouted = [], False
    for j, tc in enumerate(msg.tool_calls):
        u = understand(text, (tc["name"], tc.get("args")), state.get("session"), ctx.catalog, ctx.mood,
                       rules=rules, first_call=first and j == 0, stance_judge=ctx.stance_judge)
        rules = u.rules
        understood[tc["id"]] = u.model_dump(mode="json")
        calls.append({**tc, "name": u.tool, "args": u.args} if u.rerouted else tc)
        rerouted = rerouted or bool(u.rerouted)
    if rerouted:
        msg = msg.model_copy(update={"tool_calls": calls})
    return msg, {"understood": understood, "turn_words": rules.model_dump(mode="json") if rules else None}


def _tool_error(e: Exception) -> str:
    """Tool exceptions and argument errors, as the LLM sees them: one line, no traceback. Argument
    validation errors are marked "error (invalid arguments)" (the benchmark counts them as invalid calls)."""
    from langgraph.prebuilt.tool_node import ToolInvocationError

    if isinstance(e, ToolInvocationError):
        # its own text quotes "Error invoking tool ... with kwargs {...}": internals, and the user's words
        errors = e.filtered_errors if e.filtered_errors is not None else e.source.errors(include_url=False)
        parts = [f"{'.'.join(str(x) for x in err.get('loc', ())) or 'arguments'}: {err.get('msg', 'invalid')}"
                 for err in errors[:3]]
        msg = " ".join("; ".join(parts).split())[:400] or "the arguments do not match the tool"
        return f"error (invalid arguments): {msg}. Fix the arguments or answer the user."
    msg = " ".join(str(e).split())[:400]
    return f"error: {msg}. Fix the arguments or answer the user."


def build_graph(engine, llm: BaseChatModel, checkpointer: BaseCheckpointSaver | None = None,
                max_tool_calls: int = DEFAULT_MAX_TOOL_CALLS, toolkit: AgentToolkit | None = None,
                answer_after_success: bool = True, template_reply: bool = True, stance_judge: Any = "auto"):
    """Compile the agent graph for `engine` and `llm` (checkpointer None: in-memory; toolkit None: the
    default AgentToolkit, whose `k` sets how many films a recommendation shows; stance_judge "auto": the
    embedded LLM's judge, none for other LLMs; or an agent.stance_llm Completer, or None for no judge)."""
    if max_tool_calls < 1:
        raise ValueError(f"max_tool_calls must be >= 1, got {max_tool_calls}")
    toolkit = toolkit or AgentToolkit(engine)
    tools = toolkit.tools()
    ctx = GraphContext.build(engine, llm, toolkit, max_tool_calls, answer_after_success, template_reply, tools,
                             stance_judge)
    g = StateGraph(AgentState)
    g.add_node("start", partial(start, ctx=ctx))
    g.add_node("agent", partial(agent, ctx=ctx))
    g.add_node("tools", ToolNode(tools, handle_tool_errors=_tool_error))
    g.add_node("guard", partial(guard, ctx=ctx))
    g.add_node("finish", partial(finish, ctx=ctx))
    g.add_edge(START, "start")
    g.add_edge("start", "agent")
    g.add_conditional_edges("agent", partial(route_after_agent, ctx=ctx),
                            {"tools": "tools", "guard": "guard", "finish": "finish"})
    g.add_conditional_edges("tools", partial(route_after_tools, ctx=ctx), {"agent": "agent", "finish": "finish"})
    g.add_edge("guard", "agent")
    g.add_edge("finish", END)
    return g.compile(checkpointer=checkpointer or make_checkpointer("memory"))
