"""A scripted chat model for tests and demos: replays fixed tool calls and answers, so the graph logic
runs unchanged without an LLM."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from cesrec.agent.llm_chatml import new_call_id
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool


class ScriptedChatModel(FakeMessagesListChatModel):
    """Replays a fixed list of AIMessages (tool calls or answers); `bind_tools` returns itself so the graph
    logic runs unchanged. Records every prompt it was given in `seen` for assertions.
    A response may also be a callable(messages) -> AIMessage, to react to tool results."""

    responses: list[Any]
    seen: list[list[BaseMessage]] = []
    bound_tools: list[str] = []

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: str | None = None, **kwargs: Any) -> Runnable:
        self.bound_tools = [convert_to_openai_tool(t)["function"]["name"] for t in tools]
        return self

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
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
        return "scripted"


def tool_call(name: str, call_id: str | None = None, **args: Any) -> AIMessage:
    """An AIMessage that calls one tool (for scripting)."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id or new_call_id(),
                                              "type": "tool_call"}])
