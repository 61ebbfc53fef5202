"""Issue 25 (serving under attack): timeouts that really end turns, reads that never wait on locks, SSE
refusals as HTTP statuses. Races are made real by gating the turns (they cannot finish until the test says
so) and by holding a session's lock from a second lock table on the same lock directory (what another
server process does: flock locks of two open files conflict even inside one process)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from cesrec.agent.locks import SessionLocks
from cesrec.evals.bench_serve import live_server

from cesrec.server import create_app

from .conftest import USER, make_backend, settings_for


def _wait(cond, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def _gated(backend, monkeypatch) -> tuple[threading.Event, list[str]]:
    """backend.chat blocks until the returned event is set; the list records which sessions' turns ran."""
    gate = threading.Event()
    ran: list[str] = []
    real_chat = backend.chat

    def chat(sid, *a, **k):
        ran.append(sid)
        gate.wait(120)
        return real_chat(sid, *a, **k)

    monkeypatch.setattr(backend, "chat", chat)
    return gate, ran


def _other_process_locks(state_dir) -> SessionLocks:
    return SessionLocks.for_sqlite(state_dir / "sessions.sqlite", timeout_s=0)


# ---- 1. a timed-out turn never runs later; its slot is held until its worker is free -----------------------


def test_timed_out_queued_turn_never_runs_and_the_bound_holds_in_time(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, turn_workers=1, max_queued_turns=4, turn_timeout_s=0.5))
    gate, ran = _gated(backend, monkeypatch)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        a, b = (c.post("/sessions", json={"user_id": USER}).json()["session_id"] for _ in range(2))
        try:
            with ThreadPoolExecutor(2) as ex:
                fa = ex.submit(c.post, f"/sessions/{a}/messages", json={"text": "funny"})
                _wait(lambda: ran == [a])  # a holds the only turn worker
                rb = c.post(f"/sessions/{b}/messages", json={"text": "funny"})  # queued behind it
                assert rb.status_code == 504 and rb.json()["error"]["code"] == "turn_timeout"
                assert fa.result().status_code == 504
            # a's worker is still busy: its slot stays taken; b never started, so its slot is free
            health = c.get("/health").json()
            assert health["turns_in_progress"] == 1 and health["turns_started"] == 1
        finally:
            gate.set()
        _wait(lambda: c.get("/health").json()["turns_in_progress"] == 0)
        time.sleep(0.3)  # a queued job would have been picked up by now
        assert ran == [a] and app.state.runner.turns_started == 1  # b's turn never ran
        assert c.get(f"/sessions/{b}/state").json()["turn"] == 0
        assert c.get(f"/sessions/{a}/state").json()["turn"] == 0  # a was rolled back
        # the server is idle again: the next turn runs at once
        gate.set()
        r = c.post(f"/sessions/{b}/messages", json={"text": "funny"})
        assert r.status_code == 200 and c.get(f"/sessions/{b}/state").json()["turn"] == 1


def test_waiting_for_the_session_lock_counts_against_the_timeout(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, turn_timeout_s=1.0))
    gate, ran = _gated(backend, monkeypatch)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        other = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        try:
            # (a) behind a turn of the same session in this process (the in-process lock)
            with ThreadPoolExecutor(1) as ex:
                first = ex.submit(c.post, f"/sessions/{sid}/messages", json={"text": "funny"})
                _wait(lambda: ran == [sid])
                t0 = time.monotonic()
                r = c.post(f"/sessions/{sid}/messages", json={"text": "funny"})
                assert r.status_code == 504 and time.monotonic() - t0 < 10
                assert first.result().status_code == 504
        finally:
            gate.set()
        _wait(lambda: c.get("/health").json()["turns_in_progress"] == 0)
        # (b) behind another process's lock on the session: 504 (or 409) within the timeout, never run later
        locks = _other_process_locks(state_dir)
        with locks.hold(other):
            t0 = time.monotonic()
            r = c.post(f"/sessions/{other}/messages", json={"text": "funny"})
            assert r.status_code in (504, 409) and time.monotonic() - t0 < 10, r.text
        time.sleep(0.5)
        assert ran == [sid] and c.get(f"/sessions/{other}/state").json()["turn"] == 0


# ---- 2. reads never wait on locks --------------------------------------------------------------------------


def test_reads_do_not_wait_for_another_process_locks(engine, state_dir):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, read_workers=2, write_workers=2, write_wait_s=60))
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        busy = [c.post("/sessions", json={"user_id": USER}).json()["session_id"] for _ in range(4)]
        idle = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        locks = _other_process_locks(state_dir)
        with ThreadPoolExecutor(4) as ex, contextlib_hold_all(locks, busy):
            resets = [ex.submit(c.post, f"/sessions/{s}/reset") for s in busy]  # all wait for the locks
            time.sleep(0.5)
            t0 = time.monotonic()
            assert c.get("/health").status_code == 200
            assert c.get(f"/sessions/{idle}/state").status_code == 200
            assert c.get(f"/sessions/{busy[0]}/state").status_code == 200  # a locked session reads too
            assert c.post("/sessions", json={"user_id": USER}).status_code == 201
            assert time.monotonic() - t0 < 5
            assert not any(f.done() for f in resets)  # the resets are still waiting
        assert [f.result().status_code for f in resets] == [200] * 4


def contextlib_hold_all(locks: SessionLocks, sids: list[str]):
    import contextlib

    stack = contextlib.ExitStack()
    for s in sids:
        stack.enter_context(locks.hold(s))
    return stack


def test_a_write_that_waits_too_long_for_the_lock_is_409(engine, state_dir):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, write_wait_s=0.3))
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        with _other_process_locks(state_dir).hold(sid):
            r = c.post(f"/sessions/{sid}/reset")
        assert r.status_code == 409 and r.json()["error"]["code"] == "session_busy"


def test_state_of_a_session_with_a_running_turn_is_read_at_once(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir))
    gate, ran = _gated(backend, monkeypatch)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        before = c.get(f"/sessions/{sid}/state").json()
        try:
            with ThreadPoolExecutor(1) as ex:
                f = ex.submit(c.post, f"/sessions/{sid}/messages", json={"text": "funny"})
                _wait(lambda: ran == [sid])
                t0 = time.monotonic()
                assert c.get(f"/sessions/{sid}/state").json() == before  # the committed, pre-turn state
                assert time.monotonic() - t0 < 5
                gate.set()
                assert f.result().status_code == 200
        finally:
            gate.set()
        assert c.get(f"/sessions/{sid}/state").json()["turn"] == 1


# ---- 6. SSE refusals are HTTP statuses ---------------------------------------------------------------------


def test_sse_past_the_queue_bound_is_a_503_with_retry_after(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, max_queued_turns=1))
    gate, ran = _gated(backend, monkeypatch)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        a, b = (c.post("/sessions", json={"user_id": USER}).json()["session_id"] for _ in range(2))
        try:
            with ThreadPoolExecutor(1) as ex:
                f = ex.submit(c.post, f"/sessions/{a}/messages", json={"text": "funny"})
                _wait(lambda: ran == [a])
                r = c.post(f"/sessions/{b}/messages?stream=true", json={"text": "funny"})
                assert r.status_code == 503 and r.headers.get("retry-after")
                assert r.json()["error"]["code"] == "server_busy"
                gate.set()
                assert f.result().status_code == 200
        finally:
            gate.set()
        r = c.post(f"/sessions/{b}/messages?stream=true", json={"text": "funny"})
        assert r.status_code == 200 and "event: final" in r.text
        assert app.state.runner.turns_admitted == 0
