"""Fixtures for the agent tests: agents over the shared CESRec engine (tests/conftest.py) with the scripted
chat model. The embedded LLM is tests/conftest.py's `local_llm` (it skips with the reason when llama_cpp or the
GGUF is absent)."""

from __future__ import annotations

import cesrec.agent  # noqa: F401  (sets OMP_WAIT_POLICY before anything loads torch)
import pytest


@pytest.fixture
def make_agent(engine):
    """Agent factory over the shared engine with an in-memory checkpointer (or one passed in)."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import ScriptedChatModel

    def make(responses, checkpointer="memory", **kw):
        llm = ScriptedChatModel(responses=list(responses))
        return RecommenderAgent(engine=engine, llm=llm, checkpointer=checkpointer, **kw), llm

    return make
