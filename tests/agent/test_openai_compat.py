"""What the OpenAI-compatible client sends (agent.llm_openai.ChatOpenAICompat): no streaming while a tool may be called,
"required" turned to "auto" for an endpoint that refused it. The real server is in test_openai_server.py."""

from __future__ import annotations

from cesrec.agent.llm_openai import ChatOpenAICompat
from langchain_core.messages import HumanMessage
from langchain_core.tools import tool


@tool
def recommend(like: list[str]) -> str:
    """Recommend films."""
    return ""


def _model():
    return ChatOpenAICompat(model="m", base_url="http://127.0.0.1:9/v1", api_key="x")


def test_no_streaming_while_tools_may_be_called():
    m = _model()
    assert m._streaming_disabled(tools=[{"type": "function"}], tool_choice="required")
    assert m._streaming_disabled(tools=[{"type": "function"}])  # auto
    assert not m._streaming_disabled(tools=[{"type": "function"}], tool_choice="none")  # plain answers stream
    assert not m._streaming_disabled()


def test_required_becomes_auto_once_the_endpoint_refused_it():
    m = _model()
    kw = m.bind_tools([recommend], tool_choice="any").kwargs
    assert kw["tool_choice"] == "required"
    payload = m._get_request_payload([HumanMessage("hi")], **kw)
    assert payload["tool_choice"] == "required"
    m._auto_only = True
    payload = m._get_request_payload([HumanMessage("hi")], **kw)
    assert payload["tool_choice"] == "auto"
    none_kw = m.bind_tools([recommend], tool_choice="none").kwargs
    assert m._get_request_payload([HumanMessage("hi")], **none_kw)["tool_choice"] == "none"
