"""Fixtures for the agent tests: agents over the shared CESRec engine (tests/conftest.py) with the scripted
chat model. The embedded-LLM fixture skips with the reason when llama_cpp or the GGUF is absent."""

from __future__ import annotations

import os
from pathlib import Path

import cesrec.agent  # noqa: F401  (sets OMP_WAIT_POLICY before anything loads torch)
import pytest

# Captured at import (before the session fixture points CESREC_HOME at a temp dir): where the user's
# assembled GGUF lives, so the LLM test does not re-assemble 1.1 GB per run.
_USER_HOME = Path(os.environ.get("CESREC_HOME") or Path.home() / ".cache" / "cesrec").expanduser()


@pytest.fixture
def make_agent(engine):
    """Agent factory over the shared engine with an in-memory checkpointer (or one passed in)."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import ScriptedChatModel

    def make(responses, checkpointer="memory", **kw):
        llm = ScriptedChatModel(responses=list(responses))
        return RecommenderAgent(engine=engine, llm=llm, checkpointer=checkpointer, **kw), llm

    return make


@pytest.fixture(scope="session")
def local_llm():
    """The embedded LLM, or a skip saying exactly what is missing."""
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        pytest.skip("llama-cpp-python is not installed (pip install 'cesrec-agent[local-llm]')")
    from cesrec.agent.llm import make_chat_model
    from cesrec.agent.llm_config import LLMConfig
    from cesrec.agent.model_files import ModelFilesError, ensure_gguf, gguf_available

    ok, reason = gguf_available(_USER_HOME / "llm")
    if not ok:
        pytest.skip(f"embedded LLM unavailable: {reason}")
    try:
        path = ensure_gguf(_USER_HOME / "llm")
    except ModelFilesError as e:
        pytest.skip(f"embedded LLM unavailable: {e}")
    return make_chat_model(LLMConfig(provider="local", gguf=str(path), n_threads=int(os.environ.get("CESREC_LLM_THREADS", 2))))
