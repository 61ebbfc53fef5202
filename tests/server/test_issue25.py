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

from cesrec.bench_serve import live_server
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
        # the server is idle again: the next turn runs at once (under a limit a loaded CI runner cannot race)
        gate.set()
        app.state.runner.timeout_s = 60.0
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


# ---- 5. MCP: no lock files for unknown sessions, ASCII ids, one error shape, year bounds, bodies ------------


def _lock_files(state_dir) -> list:
    d = state_dir / "sessions.sqlite.locks"
    return sorted(d.glob("*.lock")) if d.exists() else []


def test_mcp_unknown_sessions_leave_no_lock_files_and_stale_ones_are_swept(engine, state_dir):
    from cesrec.bench_serve import mcp_call
    from cesrec.mcp_server import SessionStore, build_mcp_server

    store = SessionStore(engine, state_dir)
    mcp = build_mcp_server(engine, store)

    async def go() -> list[tuple[bool, str]]:
        out = []
        for i in range(50):
            for name, args in (("update_preferences", {"text": "funny"}), ("mask_outliers", {}),
                               ("recommend", {}), ("reset_session", {})):
                out.append(await mcp_call(mcp, name, {"session_id": f"mcp-unknown-{i}", **args}))
        ok, sess = await mcp_call(mcp, "start_session", {"user_id": USER})
        out.append(await mcp_call(mcp, "update_preferences", {"session_id": sess["session_id"], "text": "funny"}))
        return out

    import asyncio

    res = asyncio.run(go())
    assert all(not ok and "unknown session_id" in text for ok, text in res[:-1])
    assert res[-1][0]  # a real session's write still works
    assert _lock_files(state_dir) == []  # released locks remove their files; unknown ids never made one
    # a lock file left by a killed holder goes when the next lock table starts
    stale = state_dir / "sessions.sqlite.locks" / ("0" * 40 + ".lock")
    stale.parent.mkdir(exist_ok=True)
    stale.write_bytes(b"")
    SessionLocks.for_sqlite(state_dir / "sessions.sqlite")
    assert _lock_files(state_dir) == []


def test_lock_files_removed_on_release_still_exclude(state_dir):
    """Two lock tables (two processes) hammering one session: mutual exclusion holds although every
    release unlinks the file, and nothing is left behind."""
    a, b = (SessionLocks.for_sqlite(state_dir / "sessions.sqlite", timeout_s=60) for _ in range(2))
    inside = 0
    worst = 0
    count = 0
    guard = threading.Lock()

    def work(locks: SessionLocks) -> None:
        nonlocal inside, worst, count
        for _ in range(150):
            with locks.hold("s1"):
                with guard:
                    inside += 1
                    worst = max(worst, inside)
                time.sleep(0.0005)
                with guard:
                    inside -= 1
                    count += 1

    threads = [threading.Thread(target=work, args=(x,)) for x in (a, b, a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert worst == 1 and count == 600
    assert _lock_files(state_dir) == []


def test_mcp_ids_are_ascii_digits_and_errors_have_one_shape(engine, state_dir, monkeypatch):
    import asyncio

    from cesrec.bench_serve import mcp_call
    from cesrec.mcp_server import SessionStore, build_mcp_server

    mcp = build_mcp_server(engine, SessionStore(engine, state_dir))

    async def go() -> dict:
        out = {v: await mcp_call(mcp, "item_details", {"item": v}) for v in ("²", "①", "-²", "١", "٢٠٠", "1")}
        out["year"] = await mcp_call(mcp, "search_catalog", {"query": "space", "year_min": 2**63})
        out["year_neg"] = await mcp_call(mcp, "search_catalog", {"query": "space", "year_max": -(2**63)})
        return out

    r = asyncio.run(go())
    assert r["1"][0] and r["1"][1]["item"]["item"] == 1  # an ASCII id still works
    for v in ("²", "①", "-²", "١", "٢٠٠"):
        ok, text = r[v]
        assert not ok and text.startswith("item_details: ") and "\n" not in text, (v, text)
    for key in ("year", "year_neg"):
        ok, text = r[key]
        assert not ok and text.startswith("search_catalog: invalid arguments: year_"), text
        assert "where" not in text.lower() and "pydantic" not in text
    # a crash inside a tool: the one shape, with a reference, never the library's text
    def boom(*a, **k):
        raise RuntimeError("Invalid where clause: internal detail")

    monkeypatch.setattr(engine.semantic, "search", boom)
    ok, text = asyncio.run(mcp_call(mcp, "search_catalog", {"query": "space"}))
    assert not ok and text.startswith("search_catalog: internal error (ref ") and "where" not in text


def test_mcp_http_bad_bodies_get_one_short_jsonrpc_error(engine, state_dir):
    from cesrec.mcp_server import SessionStore, build_mcp_server, mcp_http_app

    app = mcp_http_app(build_mcp_server(engine, SessionStore(engine, state_dir)), "127.0.0.1")
    headers = {"accept": "application/json, text/event-stream", "content-type": "application/json"}
    msg = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    with live_server(app) as url:
        cases = {"batch": [msg, msg], "not_jsonrpc": {"hello": 1}, "number": 5}
        for name, body in cases.items():
            r = httpx.post(f"{url}/mcp", json=body, headers=headers)
            err = r.json()["error"]
            assert r.status_code == 400 and err["code"] == -32600, (name, r.text)
            assert "pydantic" not in r.text and "http" not in err["message"], (name, r.text)
        r = httpx.post(f"{url}/mcp", content=b"{not json", headers=headers)
        assert r.status_code == 400 and r.json()["error"]["code"] == -32700 and "pydantic" not in r.text


# ---- 4. damaged session files are never silently replaced ---------------------------------------------------


def test_damaged_session_files_refuse_to_start_in_one_line(engine, tmp_path):
    from cesrec.bench_serve import damaged_db_check

    res = damaged_db_check(engine, tmp_path)
    assert res["cases"] >= 5 and res["silently_recreated"] == 0 and res["crashed"] == 0, res["details"]
    assert res["refused_one_line"] == res["cases"], res["details"]


def test_sessions_backup_check_restore(engine, tmp_path):
    from typer.testing import CliRunner

    from cesrec.bench_serve.damage import REGISTRY, _garbage_in_the_middle, _seed, _start
    from cesrec.cli import app as cli

    d = tmp_path / "state"
    d.mkdir()
    states = _seed(engine, d, 2)
    run = CliRunner().invoke
    ok = run(cli, ["sessions", "check", "--state-dir", str(d)])
    assert ok.exit_code == 0, ok.output
    r = run(cli, ["sessions", "backup", "--out", str(tmp_path / "bk"), "--state-dir", str(d)])
    assert r.exit_code == 0 and (tmp_path / "bk" / REGISTRY).exists(), r.output
    _garbage_in_the_middle(d)
    bad = run(cli, ["sessions", "check", "--state-dir", str(d)])
    assert bad.exit_code == 1 and "sessions.sqlite is damaged" in bad.output
    r = run(cli, ["sessions", "restore", str(tmp_path / "bk"), "--state-dir", str(d), "--yes"])
    assert r.exit_code == 0, r.output
    assert list(d.glob("sessions.sqlite.replaced-*"))  # the damaged file is kept, never deleted
    assert run(cli, ["sessions", "check", "--state-dir", str(d)]).exit_code == 0
    assert _start(engine, d, states) == {"outcome": "started", "intact": True}


# ---- 6 and 7. tokens by zxcvbn; Unicode blanks; security headers --------------------------------------------


def test_tokens_are_judged_by_zxcvbn():
    import secrets

    from cesrec.server import token_problem

    for bad in ("0123456789abcdef", "abcdefghijklmnop", "a" * 105 + "bcdefgh", "a" * 400 + "bcdefgh",
                "qwertyuiopasdfgh", "passwordpassword1"):
        assert token_problem(bad) and "too predictable" in token_problem(bad), bad
    for good in (secrets.token_urlsafe(16), secrets.token_urlsafe(200), secrets.token_hex(16), "Qx8vR2mW9pL4nZ7a"):
        assert token_problem(good) is None, good


def test_unicode_format_and_space_characters_are_whitespace(client, session_id):
    before = client.get(f"/sessions/{session_id}/state").json()
    for text in ("\u200b\u200b", "\u2060\ufeff", "\u00a0\u3000", "\u200d\u200c\u200e", "\u2028"):
        r = client.post(f"/sessions/{session_id}/messages", json={"text": text})
        assert r.status_code == 422 and r.json()["error"]["message"].startswith("text:"), (repr(text), r.text)
    assert client.get(f"/sessions/{session_id}/state").json() == before
    assert client.post(f"/sessions/{session_id}/messages", json={"text": "\u200bfunny"}).status_code == 200


def test_page_and_api_carry_security_headers(client):
    for path in ("/", "/static/app.js", "/health", "/sessions/nope/state"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["x-frame-options"] == "DENY", path
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, path
    assert "content-security-policy" not in client.get("/docs").headers  # its assets come from a CDN
    r = client.get("/", headers={"host": "evil.example"})  # refusals carry them too
    assert r.status_code == 421 and r.headers["x-content-type-options"] == "nosniff"


# ---- 3. bounded sessions ------------------------------------------------------------------------------------


def _checkpoint_bytes(backend, sid: str) -> int:
    conn = backend.agent.checkpointer.conn
    with backend.agent.checkpointer.lock:
        return conn.execute("SELECT length(checkpoint) FROM checkpoints WHERE thread_id = ? "
                            "ORDER BY checkpoint_id DESC LIMIT 1", (sid,)).fetchone()[0]


def test_long_sessions_stay_small_and_keep_their_transcript(backend, client, session_id):
    texts = ["something funny", "a 90s thriller", "no horror", "sci-fi please", "from the 80s"]
    sizes = {}
    for t in range(1, 31):
        r = client.post(f"/sessions/{session_id}/messages", json={"text": f"{texts[t % 5]} #{t}"})
        assert r.status_code == 200, r.text
        if t in (10, 30):
            sizes[t] = _checkpoint_bytes(backend, session_id)
    st = client.get(f"/sessions/{session_id}/state").json()
    assert st["turn"] == 30
    assert st["conversation_messages"] <= 8 * 6  # the last 8 turns only
    assert sizes[30] <= 1.2 * sizes[10], sizes
    # the older messages are kept, compactly, outside the checkpoint, in order
    said = [text for kind, text in backend.transcript(session_id) if kind == "human"]
    assert said == [f"{texts[t % 5]} #{t}" for t in range(1, 23)]
    # feedback writes are compacted too, and the session goes on as before
    item = st["last_recommendations"][0]["item"]
    assert client.post(f"/sessions/{session_id}/feedback", json={"item": item, "verdict": "like"}).status_code == 200
    assert client.get(f"/sessions/{session_id}/state").json()["conversation_messages"] <= 8 * 6


def test_ids_are_ascii_digits_in_the_command_line_history():
    from cesrec.agent.history import parse_history_text

    assert parse_history_text("12, ², ١, ٢٠٠, -3") == [12, "²", "١", "٢٠٠", "-3"]  # never int()-ed: no crash, no id 1


def test_sessions_export_includes_and_delete_removes_the_transcript(backend, client, session_id, state_dir):
    import json

    from typer.testing import CliRunner

    from cesrec.cli import app as cli

    for t in range(12):
        assert client.post(f"/sessions/{session_id}/messages", json={"text": f"funny #{t}"}).status_code == 200
    assert len(backend.transcript(session_id)) > 0
    run = CliRunner().invoke
    r = run(cli, ["sessions", "export", session_id, "--state-dir", str(state_dir)])
    assert r.exit_code == 0, r.output
    said = [m["text"] for m in json.loads(r.stdout)["transcript"] if m["kind"] == "human"]
    assert said == [f"funny #{t}" for t in range(4)]  # the 4 turns beyond the last 8
    r = run(cli, ["sessions", "delete", session_id, "--state-dir", str(state_dir), "--yes"])
    assert r.exit_code == 0, r.output
    assert backend.transcript(session_id) == []  # deleted everywhere, its old messages too


def test_a_creation_killed_midway_is_not_taken_for_damage(engine, state_dir):
    from cesrec.agent.checkpoint_health import DamagedStateError
    from fastapi.testclient import TestClient

    from cesrec.server import create_app

    backend = make_backend(engine, state_dir)
    with TestClient(create_app(backend, settings_for(state_dir))) as c:
        kept = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        before = c.get(f"/sessions/{kept}/state").json()
        # killed between the registry row and the session's first state: the row is still marked pending
        half = c.app.state.registry.create(USER, True)
        assert c.get(f"/sessions/{half}/state").status_code == 404
    app = create_app(make_backend(engine, state_dir), settings_for(state_dir))  # no DamagedStateError
    with TestClient(app) as c:  # start-up recovery drops the row that never got state
        assert app.state.registry.get(half) is None
        assert c.get(f"/sessions/{kept}/state").json() == before
    # a settled row without state is damage, not a crash window
    from cesrec.server import SessionRegistry

    reg = SessionRegistry(state_dir / "server_sessions.sqlite")
    reg.create(USER)
    reg.close()
    import pytest

    with pytest.raises(DamagedStateError, match="lists 1 session"):
        create_app(make_backend(engine, state_dir), settings_for(state_dir))
