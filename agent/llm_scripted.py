"""THE scripted chat model (no LLM), so the graph logic runs unchanged without one: `ScriptedChatModel` replays
fixed tool calls and answers (tests), or follows a `policy` on every call -- `policy_chat_model()`, the
deterministic tool-calling policy behind `--llm scripted` (load tests, demos, browser tests), and
`no_llm_chat_model()`, which refuses to run (the MCP server, where the calling assistant is the LLM)."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from cesrec.agent.llm_chatml import new_call_id
from cesrec.agent.llm_config import LLMUnavailableError
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool


class ScriptedChatModel(FakeMessagesListChatModel):
    """Replays a fixed list of AIMessages (tool calls or answers); `bind_tools` returns itself so the graph
    logic runs unchanged. Records every prompt it was given in `seen` for assertions.
    A response may also be a callable(messages) -> AIMessage, to react to tool results.
    With a `policy` (callable(messages) -> AIMessage | str) every call is answered by it instead, without
    end (nothing is recorded: a load test's prompts would pile up); `label` is what `_llm_type` reports."""

    responses: list[Any] = []
    seen: list[list[BaseMessage]] = []
    bound_tools: list[str] = []
    policy: Callable[[list[BaseMessage]], Any] | None = None
    label: str = "scripted"

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: str | None = None, **kwargs: Any) -> Runnable:
        self.bound_tools = [convert_to_openai_tool(t)["function"]["name"] for t in tools]
        return self

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        if self.policy is not None:
            msg = self.policy(messages)
        else:
            self.seen.append(list(messages))
            if self.i >= len(self.responses):
                raise AssertionError(f"scripted model ran out of responses after {self.i} calls")
            r = self.responses[self.i]
            self.i += 1
            msg = r(messages) if callable(r) else r
        if isinstance(msg, str):
            msg = AIMessage(content=msg)
        return ChatResult(generations=[ChatGeneration(message=msg.model_copy(update={"id": None}))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        # Stream answers word by word (like a real model) and a tool call as one chunk.
        msg = self._generate(messages, stop, run_manager, **kwargs).generations[0].message
        text = msg.content if isinstance(msg.content, str) else ""
        for piece in re.findall(r"\S+\s*|\s+", text):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
        yield ChatGenerationChunk(message=AIMessageChunk(
            content="",
            tool_call_chunks=[{"name": tc["name"], "args": json.dumps(tc["args"]), "id": tc["id"], "index": i,
                               "type": "tool_call_chunk"} for i, tc in enumerate(msg.tool_calls)],
            response_metadata=msg.response_metadata,
        ))

    @property
    def _llm_type(self) -> str:
        return self.label


def tool_call(name: str, call_id: str | None = None, **args: Any) -> AIMessage:
    """An AIMessage that calls one tool (for scripting)."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id or new_call_id(),
                                              "type": "tool_call"}])


# --------------------------------------------------------------------------------------------------------
# `--llm scripted`: a deterministic tool-calling policy (load tests, demos, browser tests). It never
# pretends to be a language model: the server labels it "scripted" in /health and on the page.
# --------------------------------------------------------------------------------------------------------

_WHY = re.compile(r"^\s*why\b.*?\b(?:recommend(?:ed)?|suggest(?:ed)?|pick(?:ed)?)\s+(?P<title>.+?)\s*\??$", re.I)
_ABOUT = re.compile(r"^\s*(?:tell me about|details (?:of|on|about)|what is)\s+(?P<title>.+?)\s*\??$", re.I)
_FIND = re.compile(r"^\s*(?:find|search(?: for)?)\s+(?P<query>.+?)\s*$", re.I)
_MASK = re.compile(r"\b(?:mask|hide|set aside|ignore)\b.*\bhistory\b", re.I)


def tool_policy(messages: list[BaseMessage]) -> AIMessage:
    """A fixed policy instead of a finite script:
    - "why ... recommend X" -> explain_recommendation(X); "tell me about X" -> item_details(X);
      "find/search Q" -> search_catalog(Q); "hide/ignore ... history" -> mask_outliers(k_lowest, 2);
      anything else -> update_preferences() without arguments (the agent's rule parser reads the words);
    - after a tool result -> a one-line answer built from that result.
    CESREC_SCRIPTED_DELAY_S adds a fixed delay per call (simulates LLM latency in robustness tests)."""
    delay = float(os.environ.get("CESREC_SCRIPTED_DELAY_S", "0") or 0)
    if delay > 0:
        time.sleep(delay)
    last = messages[-1]
    if isinstance(last, ToolMessage):
        return AIMessage(content=_answer(last))
    text = last.content if isinstance(last, HumanMessage) and isinstance(last.content, str) else ""
    return _call_for(text) or tool_call("update_preferences")


def _call_for(text: str) -> AIMessage | None:
    if m := _WHY.match(text):
        return tool_call("explain_recommendation", title=m.group("title"))
    if m := _ABOUT.match(text):
        return tool_call("item_details", title=m.group("title"))
    if m := _FIND.match(text):
        return tool_call("search_catalog", query=m.group("query"))
    if _MASK.search(text):
        return tool_call("mask_outliers", method="k_lowest", k=2)
    return None


def _answer(tool_msg: ToolMessage) -> str:
    content = tool_msg.content if isinstance(tool_msg.content, str) else str(tool_msg.content)
    if tool_msg.status == "error":
        return "Sorry, that did not work: " + content.split(".")[0] + "."
    if tool_msg.name in ("update_preferences", "recommend"):
        return "Here are my picks for you, based on your history and what you told me."
    return content[:400]


def policy_chat_model() -> ScriptedChatModel:
    """The scripted model with the fixed tool-calling policy (`tool_policy`): `--llm scripted`."""
    return ScriptedChatModel(policy=tool_policy, label="scripted-policy")


def _refuse(messages: list[BaseMessage]) -> AIMessage:
    raise LLMUnavailableError("the MCP server runs no LLM; the calling assistant is the LLM")


def no_llm_chat_model() -> ScriptedChatModel:
    """A chat model that refuses to run (LLMUnavailableError): for an agent used only as a session store."""
    return ScriptedChatModel(policy=_refuse, label="none")


def scripted_stance_judge(unsure: tuple[str, ...] = (), avoid: tuple[str, ...] = ()):
    """A stance judge (agent.stance_llm Completer, grammar-style answers) for tests: "unsure" for a value whose
    words contain one of `unsure`, "no" for one of `avoid`, "yes" for any other."""

    def judge(system: str, user: str, spec: str) -> str:
        items = re.search(r"Items: (.*) ->\s*$", user, re.S)
        labels = [x.strip() for x in items.group(1).split(", ")] if items else []
        low = [lab.lower() for lab in labels]
        return json.dumps({lab: "unsure" if any(w in lo for w in unsure) else "no" if any(w in lo for w in avoid)
                           else "yes" for lab, lo in zip(labels, low, strict=True)})

    return judge


__all__ = ["ScriptedChatModel", "tool_call", "tool_policy", "policy_chat_model", "no_llm_chat_model",
           "scripted_stance_judge"]
