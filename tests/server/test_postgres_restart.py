"""Sessions in a real PostgreSQL started by the test with docs/scale.md's command (scripts/local_postgres.py,
loopback TCP, password set): turns through the HTTP app (Postgres checkpointer + registry), the agent's
session lock and the registry's claim are one advisory lock, the database restarts under a running server
without losing a session or failing the next turn, a new server instance continues the session, and
`cesrec sessions list` reads it from the same database."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from cesrec.agent.llm_scripted import policy_chat_model
from fastapi.testclient import TestClient

from cesrec.backend import AgentBackend
from cesrec.server import PostgresSessionRegistry, ServerSettings, create_app
from tests.conftest import LocalPostgres

from .conftest import USER

PASSWORD = "cesrec-test-Pg-7f3a9c"


def _instance(engine, dsn: str) -> TestClient:
    from cesrec.agent.api import RecommenderAgent

    agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="postgres", postgres_dsn=dsn)
    backend = AgentBackend(agent, "scripted (test policy, no LLM)")
    return TestClient(create_app(backend, ServerSettings(postgres_dsn=dsn, allowed_hosts=["testserver"])))


@pytest.mark.timeout(300)
def test_sessions_survive_a_postgres_restart_and_a_new_instance(engine, monkeypatch):
    pytest.importorskip("langgraph.checkpoint.postgres", reason="needs the extra: pip install 'cesrec-agent[postgres]'")
    from cesrec.agent.checkpoint import connect_postgres
    from cesrec.agent.locks import SessionBusy, SessionLocks

    pg = LocalPostgres(env={"CESREC_PG_PASSWORD": PASSWORD})
    dsn = pg.start()
    try:
        assert dsn.startswith("postgresql://postgres@127.0.0.1:")
        monkeypatch.delenv("PGPASSWORD", raising=False)
        with pytest.raises(ConnectionError, match="password"):  # TCP needs the password, loopback included
            connect_postgres(dsn)
        monkeypatch.setenv("PGPASSWORD", PASSWORD)

        with _instance(engine, dsn) as a:
            sid = a.post("/sessions", json={"user_id": USER}).json()["session_id"]
            for text in ("something funny from the 90s", "no horror"):
                r = a.post(f"/sessions/{sid}/messages", json={"text": text})
                assert r.status_code == 200, r.text
            before = a.get(f"/sessions/{sid}/state").json()
            assert before["turn"] == 2

            # the registry's claim (a server's turn) and the agent's SessionLocks are the same advisory lock
            reg = PostgresSessionRegistry(dsn)
            try:
                held = reg.claim(sid)
                with pytest.raises(SessionBusy), SessionLocks(postgres_dsn=dsn).hold(sid, timeout_s=0.3):
                    pass
                reg.release(held)
                with SessionLocks(postgres_dsn=dsn).hold(sid, timeout_s=5):
                    assert reg.claim(sid, wait=False) is None
            finally:
                reg.close()

            # the database restarts under the running server: state is on disk, the next turn goes through
            pg.stop()
            pg.start()
            assert a.get(f"/sessions/{sid}/state").json() == before
            r = a.post(f"/sessions/{sid}/messages", json={"text": "from the 80s"})
            assert r.status_code == 200, r.text
            after = a.get(f"/sessions/{sid}/state").json()
            assert after["turn"] == 3

        with _instance(engine, dsn) as b:  # a new server instance (fresh connections) continues it
            assert b.get(f"/sessions/{sid}/state").json() == after
            assert b.post(f"/sessions/{sid}/messages", json={"text": "a thriller"}).status_code == 200
            assert b.get(f"/sessions/{sid}/state").json()["turn"] == 4
            assert b.get("/health").json()["status"] == "ok"

        # the admin command reads the same database (CESREC_POSTGRES_DSN, as a deployment would set it)
        r = subprocess.run([sys.executable, "-m", "cesrec.cli", "sessions", "list", "--json"], capture_output=True,
                           text=True, timeout=120, env={**os.environ, "CESREC_POSTGRES_DSN": dsn})
        assert r.returncode == 0, r.stderr[-2000:]
        rows = {row["session_id"]: row for row in json.loads(r.stdout)}
        assert rows[sid]["turn"] == 4 and rows[sid]["user_id"] == USER and rows[sid]["checkpoints"] >= 2
    finally:
        try:
            pg.stop()
        finally:
            pg.cleanup()
