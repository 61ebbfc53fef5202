"""Fixtures for the HTTP/MCP/web tests: the real engine and agent (scripted policy instead of an LLM),
served on 127.0.0.1 only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cesrec.agent.llm_scripted import policy_chat_model
from fastapi.testclient import TestClient

from cesrec.backend import AgentBackend
from cesrec.server import ServerSettings, create_app

USER = "42"
OTHER_USER = "7"


@pytest.fixture(scope="session")
def engine_epochs() -> int:
    # must match the shared `engine` fixture (tests/conftest.py) so subprocess servers load the same engine
    return int(os.environ.get("CESREC_TEST_EPOCHS", "3"))


def make_backend(engine, state_dir: Path, llm=None, label: str | None = None) -> AgentBackend:
    from cesrec.agent.api import RecommenderAgent

    agent = RecommenderAgent(engine=engine, llm=llm if llm is not None else policy_chat_model(),
                             checkpointer="sqlite", sessions_path=str(state_dir / "sessions.sqlite"))
    return AgentBackend(agent, label or ("scripted (test policy, no LLM)" if llm is None else None))


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    d = tmp_path / "state"
    d.mkdir()
    return d


@pytest.fixture
def backend(engine, state_dir) -> AgentBackend:
    return make_backend(engine, state_dir)


def settings_for(state_dir: Path, **kw) -> ServerSettings:
    # TestClient sends `Host: testserver`; the Host guard answers loopback names only unless told otherwise
    kw.setdefault("allowed_hosts", ["testserver"])
    return ServerSettings(registry_path=state_dir / "server_sessions.sqlite", **kw)


@pytest.fixture
def client(backend, state_dir) -> Iterator[TestClient]:
    with TestClient(create_app(backend, settings_for(state_dir))) as c:
        yield c


@pytest.fixture
def session_id(client) -> str:
    r = client.post("/sessions", json={"user_id": USER})
    assert r.status_code == 201, r.text
    return r.json()["session_id"]
