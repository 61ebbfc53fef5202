"""Provider config, prompt rendering, grammar and output parsing of the embedded model (no weights needed),
and the LLM feedback parser with the scripted model."""

from __future__ import annotations

import pytest
from cesrec.agent.llm import make_chat_model
from cesrec.agent.llm_chatml import parse_output, render_chatml, tool_specs
from cesrec.agent.llm_config import LLMConfig, LLMConfigError
from cesrec.agent.llm_scripted import ScriptedChatModel, tool_call
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import tool


@tool
def recommend(k: int = 5) -> str:
    """Recommend k movies."""
    return ""


def test_config_from_env_and_flags(monkeypatch):
    monkeypatch.setenv("CESREC_LLM", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("CESREC_OPENAI_MODEL", "qwen")
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    cfg = LLMConfig.from_env()
    assert (cfg.provider, cfg.base_url, cfg.model) == ("openai", "http://127.0.0.1:9/v1", "qwen")
    assert LLMConfig.from_env(provider="local").provider == "local"  # a flag beats the env
    m = make_chat_model(cfg)
    assert m.model_name == "qwen" and str(m.openai_api_base).startswith("http://127.0.0.1:9")


def test_config_errors_are_clear(monkeypatch):
    for k in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "CESREC_OPENAI_MODEL"):
        monkeypatch.delenv(k, raising=False)
    with pytest.raises(LLMConfigError, match="OPENAI_API_KEY"):
        LLMConfig.from_env(provider="openai")
    with pytest.raises(LLMConfigError, match="model name"):
        LLMConfig.from_env(provider="openai", base_url="http://x/v1")
    with pytest.raises(LLMConfigError, match="unknown LLM provider"):
        LLMConfig.from_env(provider="gpt5")


def test_openai_compat_sends_empty_string_not_null(monkeypatch):
    m = make_chat_model(LLMConfig(provider="openai", base_url="http://127.0.0.1:9/v1", model="m"))
    payload = m._get_request_payload([HumanMessage("hi"), tool_call("recommend", call_id="c1", k=3),
                                      ToolMessage("ok", tool_call_id="c1")])
    assistant = [x for x in payload["messages"] if x["role"] == "assistant"][0]
    assert assistant["content"] == "" and assistant["tool_calls"][0]["function"]["name"] == "recommend"


def test_render_chatml_puts_tools_in_stable_prefix():
    specs = tool_specs([recommend])
    a = render_chatml([SystemMessage("sys"), HumanMessage("one")], specs)
    b = render_chatml([SystemMessage("sys"), HumanMessage("two"), tool_call("recommend", call_id="c", k=2),
                       ToolMessage("done", tool_call_id="c")], specs)
    prefix = a[: a.index("<|im_start|>user")]
    assert b.startswith(prefix) and '"name":"recommend"' in prefix
    assert '<tool_call>\n{"name": "recommend", "arguments": {"k": 2}}\n</tool_call>' in b
    assert "<tool_response>\ndone\n</tool_response>" in b and b.endswith("<|im_start|>assistant\n")


def test_parse_output_variants():
    m = parse_output('<tool_call>\n{"name": "recommend", "arguments": {"k": 3}}\n</tool_call>')
    assert m.tool_calls[0]["name"] == "recommend" and m.tool_calls[0]["args"] == {"k": 3}
    bare = parse_output('{"name": "recommend", "arguments": {}}')
    assert bare.tool_calls[0]["args"] == {}
    # re-rendered verbatim, so the next prompt shares the KV-cached tokens the model generated
    assert '<|im_start|>assistant\n{"name": "recommend", "arguments": {}}<|im_end|>' in render_chatml(
        [HumanMessage("x"), bare, ToolMessage("ok", tool_call_id=bare.tool_calls[0]["id"])], [])
    assert parse_output("Hello there.").content == "Hello there."
    bad = parse_output('<tool_call>\n{"name": "recommend", "argu', truncated=True)
    assert not bad.tool_calls and "cut off" in bad.invalid_tool_calls[0]["error"]


def test_grammar_compiles_and_constrains():
    pytest.importorskip("llama_cpp", reason="llama-cpp-python not installed")
    from cesrec.agent.llm_chatml import build_gbnf

    specs = tool_specs([recommend])
    auto = build_gbnf(specs, None)
    assert auto.startswith("root ::= tool-call | answer") and '"\\"recommend\\""' in auto
    assert build_gbnf(specs, "any").startswith("root ::= tool-call\n")
    assert build_gbnf(specs, "none").startswith("root ::= answer")
    with pytest.raises(ValueError, match="not a bound tool"):
        build_gbnf(specs, "nope")


def test_scripted_model_binds_tools_and_streams():
    m = ScriptedChatModel(responses=[tool_call("recommend", k=1), "a b c"])
    bound = m.bind_tools([recommend])
    assert bound is m and m.bound_tools == ["recommend"]
    assert bound.invoke("x").tool_calls[0]["args"] == {"k": 1}
    assert [c.content for c in bound.stream("y") if c.content] == ["a ", "b ", "c"]


def test_llm_feedback_parser_structured_output_and_fallback(ml100k):
    from cesrec.agent.feedback_llm import parse_feedback_llm, resolve_feedback

    cat = ml100k.catalog

    def call(**args):
        return AIMessage(content="", tool_calls=[{"name": "UserPreferences", "id": "c", "type": "tool_call",
                                                  "args": args}])

    p = parse_feedback_llm(ScriptedChatModel(responses=[call(like=["comedy", "Toy Story"], dislike=["horror"])]),
                           "comedy not horror, like Toy Story", cat)
    assert p.source == "llm" and p.fallback_reason is None and p.dropped == []
    assert p.feedback.liked_attributes == {"genre": ["Comedy"]}
    assert p.feedback.disliked_attributes == {"genre": ["Horror"]}
    assert cat.titles[p.feedback.liked_items[0]].startswith("Toy Story")

    # synonyms, decades and people resolve against the catalogue; rules complete what the LLM missed
    p = resolve_feedback({"like": ["90s", "Tom Hanks"]}, "something funny from the 90s with Tom Hanks", cat)
    assert p.source == "llm+rules"
    assert p.feedback.liked_attributes == {"decade": ["1990s"], "actor": ["Tom Hanks"], "genre": ["Comedy"]}

    # nothing usable from the LLM -> the rule parser, with the reason recorded
    p = parse_feedback_llm(ScriptedChatModel(responses=[call(like=["Bollywood"])]), "scary movies from the 80s", cat)
    assert p.source == "rules" and "not in the catalogue" in p.fallback_reason
    assert p.feedback.liked_attributes == {"genre": ["Horror"], "decade": ["1980s"]}
    p = resolve_feedback({"like": ["Drama"]}, "recommend me a few movies", cat)
    assert p.source == "rules" and "not in the user's words" in p.fallback_reason
    p = resolve_feedback({"like": 3}, "I love Tom Hanks", cat)
    assert p.source == "rules" and "validation" in p.fallback_reason
    assert p.feedback.liked_attributes.get("actor") == ["Tom Hanks"]
    p = resolve_feedback({}, "something funny", cat)
    assert p.source == "rules" and p.fallback_reason == "LLM output was empty"
