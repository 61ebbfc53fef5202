"""The chat model the agent talks to: `make_chat_model(LLMConfig)` picks the provider.

Providers, one module each: the embedded llama.cpp model (agent.llm_local, default, offline; its ChatML
prompt and tool-call grammar in agent.llm_chatml), any OpenAI-compatible endpoint (agent.llm_openai), and a
scripted model for tests (agent.llm_scripted). The config and the shared errors are in agent.llm_config.
"""

from __future__ import annotations

from cesrec.agent.llm_config import LLMConfig
from cesrec.agent.llm_local import ChatLlamaCppLocal
from cesrec.agent.llm_openai import ChatOpenAICompat
from langchain_core.language_models import BaseChatModel


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
