"""Robustness over HTTP on 127.0.0.1 (bounded): concurrency, per-session serialization, LLM endpoint down
or slow, kill -9 + restart, prompt injection planted in item metadata."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from cesrec.bench_serve import ServerProcess, injection_check, live_server, load_test, restart_check
from cesrec.server import create_app

from .conftest import USER, make_backend, settings_for


def test_50_concurrent_sessions_no_errors(backend, state_dir):
    app = create_app(backend, settings_for(state_dir))
    with live_server(app) as url:
        res = asyncio.run(load_test(url, sessions=50, turns=1, timeout_s=600))
    assert res["errors"] == 0, res["error_samples"]
    assert res["requests"] == 50 * 3  # create + 1 turn + state read, per session
    assert res["p50_ms"] > 0 and res["p95_ms"] >= res["p50_ms"]


def test_messages_to_one_session_are_serialized(backend, state_dir, monkeypatch):
    monkeypatch.setenv("CESREC_SCRIPTED_DELAY_S", "0.05")  # widen the race window
    app = create_app(backend, settings_for(state_dir))
    with live_server(app) as url:

        async def go() -> list[int]:
            async with httpx.AsyncClient(base_url=url, timeout=300) as c:
                sid = (await c.post("/sessions", json={"user_id": USER})).json()["session_id"]
                texts = ["something funny", "a 90s thriller", "no horror", "sci-fi please", "from the 80s"]
                rs = await asyncio.gather(*(c.post(f"/sessions/{sid}/messages", json={"text": t}) for t in texts))
                st = (await c.get(f"/sessions/{sid}/state")).json()
                return [r.status_code for r in rs] + [st["turn"]]

        *codes, turn = asyncio.run(go())
    assert codes == [200] * 5
    assert turn == 5  # no lost update: every turn saw the previous one's state
    # per-session lock entries live only while a turn holds or waits for them
    assert len(app.state.runner._locks) == 0 and len(backend.agent.locks) == 0


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the with-block ends: connections are refused


class _BlackHole:
    """A loopback TCP server that accepts connections and never answers (a hung LLM endpoint)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self._stop = False
        self.th = threading.Thread(target=self._run, daemon=True)
        self.th.start()

    def _run(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
            except TimeoutError:
                continue
            except OSError:
                return

    def close(self) -> None:
        self._stop = True
        self.th.join(timeout=5)
        for c in self.conns:
            c.close()
        self.sock.close()


def _openai_backend(engine, state_dir, port: int, timeout_s: float):
    from cesrec.agent.llm import make_chat_model
    from cesrec.agent.llm_config import LLMConfig

    cfg = LLMConfig(provider="openai", base_url=f"http://127.0.0.1:{port}/v1", model="test-model",
                    api_key="x", timeout_s=timeout_s)
    return make_backend(engine, state_dir, llm=make_chat_model(cfg), label=cfg.describe())


@pytest.mark.parametrize("mode", ["down", "slow"])
def test_llm_endpoint_down_or_slow_gives_clear_error_and_keeps_state(engine, state_dir, mode):
    hole = _BlackHole() if mode == "slow" else None
    port = hole.port if hole else _closed_port()
    try:
        backend = _openai_backend(engine, state_dir, port, timeout_s=1.0)
        with TestClient(create_app(backend, settings_for(state_dir))) as c:
            sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
            before = c.get(f"/sessions/{sid}/state").json()
            values = backend.agent.graph.get_state({"configurable": {"thread_id": sid}}).values
            t0 = time.monotonic()
            r = c.post(f"/sessions/{sid}/messages", json={"text": "something funny"})
            took = time.monotonic() - t0
            want = 503 if mode == "down" else 504
            assert r.status_code == want, r.text
            err = r.json()["error"]
            assert "language model" in err["message"] and "unchanged" in err["message"]
            assert "Traceback" not in r.text
            assert c.get(f"/sessions/{sid}/state").json() == before
            # the whole checkpointed graph state (messages included), not just the CESRec view
            assert backend.agent.graph.get_state({"configurable": {"thread_id": sid}}).values == values
            assert took < 30
            # streamed turns fail the same way, as an SSE error event
            with c.stream("POST", f"/sessions/{sid}/messages?stream=true", json={"text": "more"}) as s:
                body = s.read().decode()
            assert "event: error" in body and f'"status": {want}' in body
            assert c.get(f"/sessions/{sid}/state").json() == before
    finally:
        if hole:
            hole.close()


def test_turn_timeout_returns_504_and_rolls_back(backend, state_dir, monkeypatch):
    monkeypatch.setenv("CESREC_SCRIPTED_DELAY_S", "0.6")  # two LLM calls per turn: ~1.2 s
    with TestClient(create_app(backend, settings_for(state_dir, turn_timeout_s=0.5))) as c:
        sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        before = c.get(f"/sessions/{sid}/state").json()
        r = c.post(f"/sessions/{sid}/messages", json={"text": "something funny"})
        assert r.status_code == 504 and r.json()["error"]["code"] == "turn_timeout"
        # the state read waits for the abandoned worker to finish and be rolled back
        assert c.get(f"/sessions/{sid}/state").json() == before
        monkeypatch.setenv("CESREC_SCRIPTED_DELAY_S", "0")
        # the retry must not race the 0.5 s limit on a loaded CI machine (it did once: 504 on a 2-core runner)
        c.app.state.runner.timeout_s = 60.0
        r = c.post(f"/sessions/{sid}/messages", json={"text": "something funny"})
        assert r.status_code == 200 and c.get(f"/sessions/{sid}/state").json()["turn"] == 1


@pytest.mark.slow
def test_kill9_restart_resumes_identical_state(engine, engine_epochs, tmp_path):
    """`cesrec serve` subprocess: kill -9 between turns and inside a turn; the session resumes identically."""
    srv = ServerProcess(tmp_path / "state", llm="scripted", epochs=engine_epochs)
    srv.start()
    try:
        res = restart_check(srv)
    finally:
        srv.stop()
    assert res["between_turns_identical"], res
    assert res["killed_mid_turn"], "the kill must land inside a turn for this test to mean anything"
    assert res["mid_turn_identical"], res
    assert res["continues"], res


def test_prompt_injection_in_item_metadata_cannot_escape_the_session(engine, tmp_path):
    res = injection_check(engine, tmp_path / "inj")
    assert res["injection_cases"] >= 8
    bad = [c for c in res["cases"] if c["escaped"]]
    assert res["injection_escapes"] == 0, bad
    for case in res["cases"]:
        assert case["status"] == 200  # the turn completes; refused calls come back to the LLM as errors
        assert case["attempted"][0] == "item_details" and len(case["attempted"]) >= 2
    assert res["sessions_after"] == 2  # nothing created or deleted sessions
    # the update_preferences call aimed at the victim is an allowed tool: if it ran, it ran on the attacker's
    # session (its extra session/user arguments may also be refused by the tool schema)
    redirected = res["cases"][2]
    assert "update_preferences" in redirected["attempted"]
    if "update_preferences" in redirected["executed"]:
        assert redirected["attacker_state_changed"]
    # names outside the fixed set were attempted and refused
    assert any(c["attempted"][-1] == "reset_all_sessions" and c["executed"] == ["item_details"] for c in res["cases"])
    assert "ignore your instructions" not in engine.catalog.plots[1]  # the planted plot was restored
