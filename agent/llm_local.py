"""The embedded LLM: a 1.5B Qwen2.5-Coder GGUF run in-process by llama-cpp-python.

llama.cpp's own function-calling handler returned empty answers after a tool result, so `ChatLlamaCppLocal`
renders the ChatML prompt itself (agent.llm_chatml) and constrains decoding with a GBNF grammar: either one
tool call whose JSON matches a bound tool's argument schema, or a plain-text answer. The system prompt +
tool specs come first and never change, so llama.cpp's prefix reuse keeps them in the KV cache across calls
and turns (prefill is the cost on 2 CPU cores).
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from cesrec.agent.llm_chatml import build_gbnf, parse_output, render_chatml, tool_specs
from cesrec.agent.llm_config import LLMUnavailableError
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, PrivateAttr

_LLAMAS: dict[tuple, Any] = {}
_LLAMAS_LOCK = threading.Lock()


@atexit.register
def _close_llamas() -> None:
    """Free the models before interpreter teardown (llama_cpp's __del__ fails once its module is gone)."""
    for llm, _ in list(_LLAMAS.values()):
        try:
            llm.close()
        except Exception:  # noqa: BLE001 - best effort at exit
            pass
    _LLAMAS.clear()


def _load_llama(model_path: str, n_ctx: int, n_threads: int, seed: int) -> tuple[Any, threading.Lock]:
    """One Llama per (file, ctx, threads) per process, with its own lock: the weights are 1.1 GB and a
    llama.cpp context is not thread-safe; one shared context also keeps the shared prefix cached."""
    key = (os.path.abspath(model_path), n_ctx, n_threads)
    with _LLAMAS_LOCK:
        if key not in _LLAMAS:
            try:
                import llama_cpp
            except ImportError as e:
                raise LLMUnavailableError(
                    "the embedded LLM needs llama-cpp-python: pip install 'cesrec-agent[local-llm]' "
                    "(or install a prebuilt wheel), or use --llm openai"
                ) from e
            if not os.path.isfile(model_path):
                raise LLMUnavailableError(f"GGUF not found: {model_path}")
            llm = llama_cpp.Llama(
                model_path=model_path,
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                n_batch=512,
                seed=seed,
                verbose=False,
            )
            _LLAMAS[key] = (llm, threading.Lock())
        return _LLAMAS[key]


_GRAMMAR_CACHE: dict[tuple, Any] = {}


class ChatLlamaCppLocal(BaseChatModel):
    """LangChain chat model over an in-process llama_cpp.Llama with grammar-constrained tool calls.

    - `bind_tools(tools, tool_choice=None|"auto"|"any"|name|"none")`: output is either one tool call
      matching a bound schema (returned as `AIMessage.tool_calls`) or a plain answer.
    - streaming: answer text streams token by token; a tool call arrives as one chunk when complete.
    - `response_metadata["llm_timing"]`: prompt/cached/generated tokens, prefill and decode seconds.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_path: str
    n_ctx: int = 4096
    n_threads: int = 2
    temperature: float = 0.0
    max_tokens: int = 320
    seed: int = 0

    _llama: Any = PrivateAttr(default=None)
    _lock: threading.Lock | None = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_path": os.path.basename(self.model_path), "n_ctx": self.n_ctx, "temperature": self.temperature}

    def load(self) -> ChatLlamaCppLocal:
        if self._llama is None:
            self._llama, self._lock = _load_llama(self.model_path, self.n_ctx, self.n_threads, self.seed)
        return self

    def bind_tools(self, tools: Sequence[dict[str, Any] | type | Callable | BaseTool], *,
                   tool_choice: str | dict | bool | None = None, **kwargs: Any) -> Runnable[LanguageModelInput, AIMessage]:
        if isinstance(tool_choice, dict):  # OpenAI style {"type": "function", "function": {"name": ...}}
            tool_choice = tool_choice.get("function", {}).get("name") or "any"
        elif tool_choice is True:
            tool_choice = "any"
        return self.bind(tools=[convert_to_openai_tool(t) for t in tools], tool_choice=tool_choice, **kwargs)

    def warm_up(self, messages: Sequence[BaseMessage], tools: Sequence[Any] = ()) -> float:
        """Prefill a prompt prefix (system + tools) into the KV cache; returns seconds spent."""
        self.load()
        prompt = render_chatml(messages, tool_specs(tools))
        t0 = time.perf_counter()
        with self._lock:
            toks = self._llama.tokenize(prompt.encode(), add_bos=False, special=True)
            n = self._llama.n_tokens
            prev = self._llama.input_ids[:n].tolist()
            if prev[: len(toks)] != toks[: len(prev)] or n < len(toks):
                self._llama.n_tokens = 0
                self._llama.eval(toks)
        return time.perf_counter() - t0

    # --- generation -------------------------------------------------------------------------------------

    def _run(self, messages: list[BaseMessage], stop: list[str] | None, tools: list | None,
             tool_choice: str | None, on_text: Callable[[str], None] | None,
             max_tokens: int | None = None) -> tuple[AIMessage, dict]:
        from cesrec.agent.llama_decode import decode

        self.load()
        specs = tool_specs(tools or [])
        prompt = render_chatml(messages, specs)
        gkey = (tuple(s.prompt_json for s in specs), tool_choice)
        if gkey not in _GRAMMAR_CACHE:
            _GRAMMAR_CACHE[gkey] = build_gbnf(specs, tool_choice)
        state = {"text": "", "answer": None}

        def stream_answer(piece: str) -> None:
            # Only plain answers stream; a tool call is returned whole once the grammar completes it.
            state["text"] += piece
            if state["answer"] is None and state["text"].strip():
                state["answer"] = not state["text"].lstrip().startswith(("<", "{"))
                if state["answer"] and on_text:
                    on_text(state["text"].lstrip())
                return
            if state["answer"] and on_text:
                on_text(piece)

        with self._lock:
            tokens = self._llama.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
            if len(tokens) + 16 > self.n_ctx:
                raise LLMUnavailableError(
                    f"prompt of {len(tokens)} tokens does not fit the context ({self.n_ctx}); start a new session"
                )
            res = decode(self._llama, tokens, _GRAMMAR_CACHE[gkey], min(max_tokens or self.max_tokens, self.n_ctx - len(tokens)),
                         stream_answer)
        timing = {
            "prompt_tokens": res.prompt_tokens,
            "cached_tokens": res.cached_tokens,
            "completion_tokens": res.completion_tokens,
            "prefill_s": round(res.prefill_s, 4),
            "decode_s": round(res.decode_s, 4),
            "total_s": round(res.prefill_s + res.decode_s, 4),
        }
        return parse_output(res.text, truncated=res.truncated), timing

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        msg, timing = self._run(messages, stop, kwargs.get("tools"), kwargs.get("tool_choice"), None,
                                kwargs.get("max_tokens"))
        msg.response_metadata = {"llm_timing": timing, "model_name": os.path.basename(self.model_path)}
        msg.usage_metadata = {"input_tokens": timing["prompt_tokens"], "output_tokens": timing["completion_tokens"],
                              "total_tokens": timing["prompt_tokens"] + timing["completion_tokens"]}
        return ChatResult(generations=[ChatGeneration(message=msg)])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        # Decode on a worker thread and yield its text pieces as they arrive, so token streaming reaches
        # LangGraph's "messages" stream while llama.cpp is still generating.
        q: queue.Queue = queue.Queue()
        result: dict[str, Any] = {}

        def worker() -> None:
            try:
                result["out"] = self._run(messages, stop, kwargs.get("tools"), kwargs.get("tool_choice"), q.put,
                                          kwargs.get("max_tokens"))
            except BaseException as e:  # re-raised in the consumer thread
                result["err"] = e
            finally:
                q.put(None)

        th = threading.Thread(target=worker, daemon=True)
        th.start()
        while (piece := q.get()) is not None:
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
        th.join()
        if "err" in result:
            raise result["err"]
        msg, timing = result["out"]
        final = AIMessageChunk(
            content="",
            tool_call_chunks=[
                {"name": tc["name"], "args": json.dumps(tc["args"]), "id": tc["id"], "index": i, "type": "tool_call_chunk"}
                for i, tc in enumerate(msg.tool_calls)
            ] + [
                {"name": tc.get("name"), "args": tc.get("args"), "id": tc.get("id"), "index": len(msg.tool_calls) + i,
                 "type": "tool_call_chunk"}
                for i, tc in enumerate(msg.invalid_tool_calls)
            ],
            additional_kwargs=dict(msg.additional_kwargs or {}),
            response_metadata={"llm_timing": timing, "model_name": os.path.basename(self.model_path)},
            usage_metadata={"input_tokens": timing["prompt_tokens"], "output_tokens": timing["completion_tokens"],
                            "total_tokens": timing["prompt_tokens"] + timing["completion_tokens"]},
        )
        yield ChatGenerationChunk(message=final)
