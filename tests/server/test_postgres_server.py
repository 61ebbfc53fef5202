"""Two HTTP server instances sharing sessions through Postgres (agent checkpoints + the server registry):
a session created on one continues on the other, concurrent turns from both are serialized (advisory
lock), and start-up recovery rolls back only turns whose owner died."""

from __future__ import annotations

import threading

from cesrec.agent.llm_scripted import policy_chat_model
from fastapi.testclient import TestClient

from cesrec.backend import AgentBackend
from cesrec.server import PostgresSessionRegistry, ServerSettings, create_app

from .conftest import USER


def _instance(engine, dsn: str) -> tuple[TestClient, AgentBackend]:
    from cesrec.agent.api import RecommenderAgent

    agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="postgres", postgres_dsn=dsn)
    backend = AgentBackend(agent, "scripted (test policy, no LLM)")
    return TestClient(create_app(backend, ServerSettings(postgres_dsn=dsn, allowed_hosts=["testserver"]))), backend


def test_two_server_instances_share_sessions(engine, postgres_dsn, monkeypatch):
    a_client, _ = _instance(engine, postgres_dsn)
    b_client, b_backend = _instance(engine, postgres_dsn)
    with a_client as a, b_client as b:
        sid = a.post("/sessions", json={"user_id": USER}).json()["session_id"]
        r = b.post(f"/sessions/{sid}/messages", json={"text": "something funny from the 90s"})
        assert r.status_code == 200, r.text
        assert a.get(f"/sessions/{sid}/state").json() == b.get(f"/sessions/{sid}/state").json()
        assert a.get(f"/sessions/{sid}/state").json()["turn"] == 1

        # concurrent turns on one session through both instances: none lost
        monkeypatch.setenv("CESREC_SCRIPTED_DELAY_S", "0.05")
        codes: list[int] = []

        def send(client: TestClient, text: str) -> None:
            codes.append(client.post(f"/sessions/{sid}/messages", json={"text": text}).status_code)

        threads = [threading.Thread(target=send, args=(c, t))
                   for c, t in ((a, "no horror"), (b, "sci-fi please"), (a, "from the 80s"), (b, "a thriller"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert codes == [200] * 4
        assert b.get(f"/sessions/{sid}/state").json()["turn"] == 5

        # a turn left pending by a dead process (its advisory lock is gone) is rolled back at start-up;
        # one whose lock is held by a live process is left alone
        snap = b_backend.snapshot(sid)
        assert b.post(f"/sessions/{sid}/messages", json={"text": "a western"}).status_code == 200
        reg = PostgresSessionRegistry(postgres_dsn)
        try:
            reg.mark_pending(sid, snap)
            held = reg.claim(sid)  # "still running elsewhere"
            assert sid not in dict(reg.pending())
            reg.release(held)
            assert sid in dict(reg.pending())
        finally:
            reg.close()
    c_client, _ = _instance(engine, postgres_dsn)
    with c_client as c:  # start-up recovery
        assert c.get(f"/sessions/{sid}/state").json()["turn"] == 5
        assert c.get("/health").json()["status"] == "ok"
