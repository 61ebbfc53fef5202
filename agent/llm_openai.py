"""The OpenAI-compatible client (OpenAI, vLLM, Ollama, llama.cpp server). langchain_openai and openai
are imported on first use, so the embedded-only product does not load them."""

from __future__ import annotations

import functools
from typing import Any

from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import (
    BaseMessage,
)
from langchain_core.outputs import ChatResult
from pydantic import PrivateAttr


@functools.cache
def _openai_compat_class() -> type:
    import openai
    from langchain_openai import ChatOpenAI

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
