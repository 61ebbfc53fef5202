"""LLM providers behind one config: embedded llama.cpp (default, offline), OpenAI-compatible, scripted fake.

The embedded model is a 1.5B Qwen2.5-Coder GGUF run in-process by llama-cpp-python. llama.cpp's own
function-calling handler returned empty answers after a tool result, so `ChatLlamaCppLocal` renders the
ChatML prompt itself (Qwen's native `<tool_call>` format) and constrains decoding with a GBNF grammar:
either one tool call whose JSON matches a bound tool's argument schema, or a plain-text answer. The
system prompt + tool specs come first and never change, so llama.cpp's prefix reuse keeps them in the
KV cache across calls and turns (prefill is the cost on 2 CPU cores).
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import queue
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, PrivateAttr

Provider = Literal["local", "openai"]


class LLMConfigError(ValueError):
    """The LLM configuration is incomplete or inconsistent (message says which setting)."""


class LLMUnavailableError(RuntimeError):
    """The LLM cannot be reached or loaded (endpoint down, model missing); the turn is not applied."""


# --------------------------------------------------------------------------------------------------------
# One config for every provider: env vars, overridden by CLI flags / keyword arguments
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LLMConfig:
    """Which LLM the agent talks to.

    Env vars: CESREC_LLM=local|openai, OPENAI_BASE_URL, OPENAI_API_KEY, CESREC_OPENAI_MODEL,
    CESREC_LLM_GGUF (a GGUF of your own), CESREC_LLM_THREADS, CESREC_LLM_TIMEOUT.
    """

    provider: Provider = "local"
    # OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server)
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    timeout_s: float = 60.0
    # embedded llama.cpp
    gguf: str | None = None
    n_threads: int = 2
    n_ctx: int = 4096
    # both
    temperature: float = 0.0
    max_tokens: int = 320
    seed: int = 0

    @classmethod
    def from_env(cls, **overrides: Any) -> LLMConfig:
        """Env vars first, then non-None keyword overrides (the CLI passes its flags here)."""
        env = os.environ
        cfg = cls(
            provider=env.get("CESREC_LLM", "local").strip().lower() or "local",  # type: ignore[arg-type]
            model=env.get("CESREC_OPENAI_MODEL") or None,
            base_url=env.get("OPENAI_BASE_URL") or None,
            api_key=env.get("OPENAI_API_KEY") or None,
            timeout_s=float(env.get("CESREC_LLM_TIMEOUT", 60.0)),
            gguf=env.get("CESREC_LLM_GGUF") or None,
            n_threads=int(env.get("CESREC_LLM_THREADS", 2)),
        )
        cfg = replace(cfg, **{k: v for k, v in overrides.items() if v is not None})
        cfg.validate()
        return cfg

    def validate(self) -> None:
        if self.provider not in ("local", "openai"):
            raise LLMConfigError(f"unknown LLM provider {self.provider!r}: use 'local' or 'openai' (CESREC_LLM)")
        if self.provider == "openai":
            if not self.base_url and not self.api_key:
                raise LLMConfigError(
                    "provider 'openai' needs OPENAI_API_KEY (api.openai.com) or OPENAI_BASE_URL "
                    "(vLLM, Ollama, llama.cpp server)"
                )
            if self.base_url and not self.model:
                raise LLMConfigError(
                    f"provider 'openai' with base_url {self.base_url} needs a model name (CESREC_OPENAI_MODEL / --model)"
                )
        if self.n_threads < 1 or self.n_ctx < 512 or self.max_tokens < 8:
            raise LLMConfigError("n_threads >= 1, n_ctx >= 512 and max_tokens >= 8 are required")

    def describe(self) -> str:
        if self.provider == "openai":
            return f"openai:{self.model or 'gpt-4o-mini'}" + (f"@{self.base_url}" if self.base_url else "")
        return f"local:{os.path.basename(self.gguf) if self.gguf else 'qwen2.5-coder-1.5b-instruct-q4_k_m'}"


def make_chat_model(config: LLMConfig | None = None) -> BaseChatModel:
    """The chat model for `config` (never a silent fallback: errors say what is missing)."""
    config = config or LLMConfig.from_env()
    config.validate()
    if config.provider == "openai":
        return ChatOpenAICompat(
            model=config.model or "gpt-4o-mini",
            base_url=config.base_url,
            api_key=config.api_key or "not-needed",  # local servers ignore it; the client requires one
            temperature=config.temperature,
            max_tokens=config.max_tokens,
            timeout=config.timeout_s,
            max_retries=1,
            seed=config.seed,
        )
    from cesrec.agent.model_files import ensure_gguf

    path = config.gguf or str(ensure_gguf())
    return ChatLlamaCppLocal(
        model_path=path,
        n_threads=config.n_threads,
        n_ctx=config.n_ctx,
        temperature=config.temperature,
        max_tokens=config.max_tokens,
        seed=config.seed,
    )


@functools.cache
def _openai_compat_class() -> type:
    import openai
    from langchain_openai import ChatOpenAI
    from pydantic import PrivateAttr

    class _ChatOpenAICompat(ChatOpenAI):
        """ChatOpenAI for any OpenAI-compatible endpoint, with what servers differ on made explicit:

        - `content: ""` instead of null on tool-calling assistant messages (llama.cpp's server rejects null;
          OpenAI, vLLM and Ollama accept both);
        - no streaming while tools may be called (tool_choice other than "none"): a tool call is used whole
          anyway, and llama-cpp-python's server refuses to stream with tools ("Automatic streaming tool
          choice is not supported"; LangChain then reports "No generations found in stream"). Plain
          answers (tool_choice "none" or no tools) still stream token by token;
        - a forced call (tool_choice "required", LangChain's "any") that the endpoint refuses with a
          server or request error (llama-cpp-python's chatml-function-calling handler asserts "auto") is
          retried once with "auto", and the endpoint is remembered as auto-only; the reply's metadata says
          so (`tool_choice_downgraded`), never silently."""

        _auto_only: bool = PrivateAttr(default=False)

        def _streaming_disabled(self, **kwargs: Any) -> bool:
            if kwargs.get("tools") and kwargs.get("tool_choice") != "none":
                return True
            return super()._streaming_disabled(**kwargs)

        def _get_request_payload(self, input_: LanguageModelInput, *, stop: list[str] | None = None, **kwargs: Any) -> dict:
            payload = super()._get_request_payload(input_, stop=stop, **kwargs)
            for m in payload.get("messages", []):
                if m.get("role") == "assistant" and m.get("content") is None:
                    m["content"] = ""
            if self._auto_only and payload.get("tools") and payload.get("tool_choice") == "required":
                payload["tool_choice"] = "auto"
            return payload

        def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                      run_manager: Any = None, **kwargs: Any) -> ChatResult:
            forced = kwargs.get("tools") and kwargs.get("tool_choice") in ("required", "any")
            if forced and not self._auto_only:
                try:
                    return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)
                except (openai.InternalServerError, openai.BadRequestError, openai.UnprocessableEntityError):
                    self._auto_only = True  # this endpoint cannot force a call: ask it for "auto" from now on
            result = super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)
            if forced:
                for g in result.generations:
                    g.message.response_metadata["tool_choice_downgraded"] = "required -> auto (refused by the endpoint)"
            return result

    return _ChatOpenAICompat


def ChatOpenAICompat(**kwargs: Any) -> BaseChatModel:  # noqa: N802 - a factory that reads like the class
    return _openai_compat_class()(**kwargs)


# --------------------------------------------------------------------------------------------------------
# Scripted model for tests
# --------------------------------------------------------------------------------------------------------


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
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id or _new_call_id(),
                                              "type": "tool_call"}])


def _new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:12]


# --------------------------------------------------------------------------------------------------------
# Embedded llama.cpp
# --------------------------------------------------------------------------------------------------------

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


def _strip_titles(schema: Any) -> Any:
    """Drop pydantic's `title` noise from schemas shown to the model (prompt tokens are prefill time)."""
    if isinstance(schema, dict):
        return {k: _strip_titles(v) for k, v in schema.items() if k != "title" or not isinstance(v, str)}
    if isinstance(schema, list):
        return [_strip_titles(v) for v in schema]
    return schema


_PROMPT_DROP = {"default", "minimum", "maximum", "minLength", "maxLength", "additionalProperties"}


def _prompt_schema(schema: Any) -> Any:
    """The schema as shown in the prompt: long enums become their item type (the grammar still enforces
    them; the system prompt lists the vocabulary once) and validation-only keys are dropped — prompt tokens
    are prefill time on a CPU."""
    if isinstance(schema, dict):
        out = {k: _prompt_schema(v) for k, v in schema.items() if k not in _PROMPT_DROP}
        if isinstance(out.get("enum"), list) and len(out["enum"]) > 6:
            del out["enum"]
        return out
    if isinstance(schema, list):
        return [_prompt_schema(v) for v in schema]
    return schema


def _inline_refs(schema: dict) -> dict:
    """Resolve local `$ref`s so a tool's parameters can be nested inside the combined grammar schema."""
    defs = schema.get("$defs", {}) | schema.get("definitions", {})

    def walk(node: Any, depth: int = 0) -> Any:
        if depth > 20:
            raise ValueError("recursive $ref in a tool schema is not supported by the grammar")
        if isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].split("/")[-1]
                return walk({**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}, depth + 1)
            return {k: walk(v, depth) for k, v in node.items() if k not in ("$defs", "definitions")}
        if isinstance(node, list):
            return [walk(v, depth) for v in node]
        return node

    return walk(schema)


def _closed(schema: Any) -> Any:
    """Grammar-side schema: additionalProperties false on every object (no invented argument names) and
    small integer ranges as enums (llama-cpp-python's converter ignores minimum/maximum)."""
    if isinstance(schema, dict):
        out = {k: _closed(v) for k, v in schema.items()}
        if out.get("type") == "object" and "properties" in out:
            out.setdefault("additionalProperties", False)
        lo, hi = out.get("minimum"), out.get("maximum")
        if out.get("type") == "integer" and isinstance(lo, int) and isinstance(hi, int) and 0 <= hi - lo <= 32:
            out = {"enum": list(range(lo, hi + 1))}
        return out
    if isinstance(schema, list):
        return [_closed(v) for v in schema]
    return schema


@dataclass
class _ToolSpec:
    name: str
    description: str
    parameters: dict
    prompt_json: str = field(default="")


def _tool_specs(tools: Sequence[Any]) -> list[_ToolSpec]:
    specs = []
    for t in tools:
        fn = (t if isinstance(t, dict) and "function" in t else convert_to_openai_tool(t))["function"]
        params = _strip_titles(_inline_refs(fn.get("parameters") or {"type": "object", "properties": {}}))
        spec = _ToolSpec(fn["name"], (fn.get("description") or "").strip(), params)
        spec.prompt_json = json.dumps(
            {"name": spec.name, "description": spec.description, "parameters": _prompt_schema(params)},
            separators=(",", ":"), ensure_ascii=False,
        )
        specs.append(spec)
    return specs


TOOL_PREAMBLE = (
    "\n\n# Tools\n\nYou may call a function to help with the user query. Function signatures:\n<tools>\n{tools}\n</tools>\n\n"
    "To call a function, reply with only:\n<tool_call>\n{{\"name\": <function-name>, \"arguments\": <args-json-object>}}\n"
    "</tool_call>\nOtherwise reply to the user in plain text."
)


def render_chatml(messages: Sequence[BaseMessage], tools: Sequence[_ToolSpec]) -> str:
    """Qwen2.5 ChatML, tool specs in the system block (the stable, cached prefix); tool results as
    `<tool_response>` in a user turn, as Qwen was trained."""
    out: list[str] = []
    msgs = list(messages)
    system = ""
    if msgs and isinstance(msgs[0], SystemMessage):
        system = _text(msgs.pop(0))
    if tools:
        system += TOOL_PREAMBLE.format(tools="\n".join(s.prompt_json for s in tools))
    if system:
        out.append(f"<|im_start|>system\n{system}<|im_end|>\n")
    i = 0
    while i < len(msgs):
        m = msgs[i]
        if isinstance(m, ToolMessage):
            parts = []
            while i < len(msgs) and isinstance(msgs[i], ToolMessage):
                parts.append(f"<tool_response>\n{_text(msgs[i])}\n</tool_response>")
                i += 1
            out.append("<|im_start|>user\n" + "\n".join(parts) + "<|im_end|>\n")
            continue
        if isinstance(m, AIMessage):
            raw = (m.additional_kwargs or {}).get("llama_raw")
            if isinstance(raw, str) and m.tool_calls:
                # exactly the tokens the model generated, so the KV cache still matches on the next call
                out.append(f"<|im_start|>assistant\n{raw}<|im_end|>\n")
                i += 1
                continue
            body = _text(m).strip()
            for tc in m.tool_calls:
                call = json.dumps({"name": tc["name"], "arguments": tc["args"]}, ensure_ascii=False)
                body += ("\n" if body else "") + f"<tool_call>\n{call}\n</tool_call>"
            out.append(f"<|im_start|>assistant\n{body}<|im_end|>\n")
        elif isinstance(m, SystemMessage):
            out.append(f"<|im_start|>system\n{_text(m)}<|im_end|>\n")
        else:
            out.append(f"<|im_start|>user\n{_text(m)}<|im_end|>\n")
        i += 1
    out.append("<|im_start|>assistant\n")
    return "".join(out)


def _text(m: BaseMessage) -> str:
    if isinstance(m.content, str):
        return m.content
    return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in m.content)


_GRAMMAR_CACHE: dict[tuple, Any] = {}


def build_gbnf(tools: Sequence[_ToolSpec], tool_choice: str | None) -> str:
    """GBNF: a `<tool_call>` whose JSON is {"name": <bound tool>, "arguments": <its schema>}, or a plain
    answer (unless tool_choice forces a call)."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    forced = tool_choice not in (None, "auto", "none")
    chosen = [s for s in tools if not forced or tool_choice in ("any", "required") or s.name == tool_choice]
    if forced and not chosen:
        raise ValueError(f"tool_choice {tool_choice!r} is not a bound tool ({[s.name for s in tools]})")
    call_schema = {
        "anyOf": [
            {
                "type": "object",
                "properties": {"name": {"const": s.name}, "arguments": _closed(s.parameters)},
                "required": ["name", "arguments"],
                "additionalProperties": False,
            }
            for s in chosen
        ]
    }
    body = json_schema_to_gbnf(json.dumps(call_schema))
    body = re.sub(r"^root\s*::=", "tool-json ::=", body, count=1, flags=re.M)
    # Qwen's native `<tool_call>` wrapper, or the bare JSON object the 1.5B model often prefers.
    call = 'tool-call ::= "<tool_call>\\n" tool-json "\\n</tool_call>" | tool-json\n'
    # A plain answer may not start with "<", "{" or "`" (so it is never a malformed tool call);
    # the end-of-turn token ends it.
    answer = 'answer ::= [^<{`\\n ] [^<]*\n'
    if tool_choice == "none" or not tools:
        return "root ::= answer\n" + answer
    if forced:
        return "root ::= tool-call\n" + call + body
    return "root ::= tool-call | answer\n" + call + answer + body


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
        prompt = render_chatml(messages, _tool_specs(tools))
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
        specs = _tool_specs(tools or [])
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
        return _parse_output(res.text, truncated=res.truncated), timing

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


def _common_prefix(llama: Any, tokens: list[int]) -> int:
    """How many prompt tokens llama.cpp will reuse from its KV cache (it keeps the last prompt's tokens)."""
    prev = llama._input_ids[: llama.n_tokens].tolist() if llama.n_tokens else []
    n = 0
    for a, b in zip(prev, tokens, strict=False):
        if a != b:
            break
        n += 1
    return n


_CALL_RE = re.compile(r"<tool_call>\s*(\{.*\})\s*</tool_call>", re.S)


def _parse_output(text: str, truncated: bool = False) -> AIMessage:
    """Grammar output -> AIMessage. A truncated/unparseable call becomes an invalid_tool_call (the graph
    reports it back to the model instead of crashing)."""
    stripped = text.strip()
    if not stripped.startswith(("<tool_call>", "{")):
        if truncated:  # an answer cut by max_tokens ends at its last complete sentence
            cut = max(stripped.rfind(c) for c in ".!?")
            stripped = stripped[: cut + 1] if cut > 0 else stripped
        return AIMessage(content=stripped)
    m = _CALL_RE.search(stripped)
    call_id = _new_call_id()
    if m or stripped.startswith("{"):
        try:
            obj = json.loads(m.group(1) if m else stripped)
            return AIMessage(content="", tool_calls=[{"name": obj["name"], "args": obj.get("arguments") or {},
                                                      "id": call_id, "type": "tool_call"}],
                             additional_kwargs={"llama_raw": text})
        except (json.JSONDecodeError, KeyError, TypeError):
            pass
    return AIMessage(content="", invalid_tool_calls=[{
        "name": None, "args": stripped[:400], "id": call_id, "type": "invalid_tool_call",
        "error": "tool call was cut off (max_tokens)" if truncated else "tool call is not valid JSON",
    }])


__all__ = [
    "ChatLlamaCppLocal",
    "ChatOpenAICompat",
    "HumanMessage",
    "LLMConfig",
    "LLMConfigError",
    "LLMUnavailableError",
    "ScriptedChatModel",
    "make_chat_model",
    "render_chatml",
    "tool_call",
]
