"""What the embedded model reads and writes: tool specs from LangChain tools, the Qwen2.5 ChatML prompt
(Qwen's native `<tool_call>` format), the GBNF grammar that constrains decoding to one valid tool call or a
plain answer, and the parse of its output back into an AIMessage."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.utils.function_calling import convert_to_openai_tool


def new_call_id() -> str:
    return "call_" + uuid.uuid4().hex[:12]


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
class ToolSpec:
    name: str
    description: str
    parameters: dict
    prompt_json: str = field(default="")


def tool_specs(tools: Sequence[Any]) -> list[ToolSpec]:
    specs = []
    for t in tools:
        fn = (t if isinstance(t, dict) and "function" in t else convert_to_openai_tool(t))["function"]
        params = _strip_titles(_inline_refs(fn.get("parameters") or {"type": "object", "properties": {}}))
        spec = ToolSpec(fn["name"], (fn.get("description") or "").strip(), params)
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


def render_chatml(messages: Sequence[BaseMessage], tools: Sequence[ToolSpec]) -> str:
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


def build_gbnf(tools: Sequence[ToolSpec], tool_choice: str | None) -> str:
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

_CALL_RE = re.compile(r"<tool_call>\s*(\{.*\})\s*</tool_call>", re.S)


def parse_output(text: str, truncated: bool = False) -> AIMessage:
    """Grammar output -> AIMessage. A truncated/unparseable call becomes an invalid_tool_call (the graph
    reports it back to the model instead of crashing)."""
    stripped = text.strip()
    if not stripped.startswith(("<tool_call>", "{")):
        if truncated:  # an answer cut by max_tokens ends at its last complete sentence
            cut = max(stripped.rfind(c) for c in ".!?")
            stripped = stripped[: cut + 1] if cut > 0 else stripped
        return AIMessage(content=stripped)
    m = _CALL_RE.search(stripped)
    call_id = new_call_id()
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
