"""One config for every LLM provider (env vars, overridden by CLI flags / keyword arguments) and the
errors every provider raises. The providers: agent.llm_local (embedded llama.cpp), agent.llm_openai
(OpenAI-compatible endpoints), agent.llm_scripted (tests); agent.llm.make_chat_model picks one."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any, Literal

Provider = Literal["local", "openai"]


class LLMConfigError(ValueError):
    """The LLM configuration is incomplete or inconsistent (message says which setting)."""


class LLMUnavailableError(RuntimeError):
    """The LLM cannot be reached or loaded (endpoint down, model missing); the turn is not applied."""


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
