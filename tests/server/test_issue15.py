"""Issue 15 (serving): one session through any door without lost writes, bounded resources, exact errors.
One test (or group) per numbered finding of the issue. No test depends on timing: where a race matters,
the test waits for the state that makes the race real (a turn holding the session's lock) before acting."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from cesrec.bench_serve import cross_door_check, limits_check, live_server, mcp_call
from cesrec.mcp_server import SessionStore, build_mcp_server
from cesrec.server import create_app, token_problem

from .conftest import USER, make_backend, settings_for


def _wait(cond, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def _pending(app, sid: str) -> bool:
    return app.state.registry.pending_for(sid)[0]


# ---- 1. lost write across doors -------------------------------------------------------------------------


def test_mcp_write_during_an_http_turn_survives(engine, state_dir, monkeypatch):
    """The issue's reproduction: a slow HTTP turn, and an MCP update_preferences on the same session while
    it runs (a separate agent with its own locks, as in another process: only the lock file is shared)."""
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir))
    mcp_store = SessionStore(engine, state_dir)  # its own RecommenderAgent over the same sessions.sqlite
    assert mcp_store.agent.locks is not backend.agent.locks
    mcp = build_mcp_server(engine, mcp_store)
    monkeypatch.setenv("CESREC_SCRIPTED_DELAY_S", "1.0")
    with live_server(app) as url:
        sid = httpx.post(f"{url}/sessions", json={"user_id": USER}, timeout=60).json()["session_id"]
        result: dict = {}

        def turn() -> None:
            result["r"] = httpx.post(f"{url}/sessions/{sid}/messages", json={"text": "comedy please"}, timeout=120)

        th = threading.Thread(target=turn)
        th.start()
        _wait(lambda: _pending(app, sid))  # the turn holds the session's lock and is in its LLM call
        ok, data = asyncio.run(mcp_call(mcp, "update_preferences",
                                        {"session_id": sid, "disliked_attributes": {"genre": ["Horror"]}}))
        assert ok, data
        th.join(timeout=120)
        assert result["r"].status_code == 200, result["r"].text
        st = httpx.get(f"{url}/sessions/{sid}/state", timeout=60).json()
    assert st["preferences"]["disliked"].get("genre") == ["Horror"]  # the MCP write was not overwritten
    assert st["turn"] >= 2 and st["conversation_messages"] >= 2  # and the turn is there too
    ok, data = asyncio.run(mcp_call(mcp, "get_session_state", {"session_id": sid}))
    assert ok and data["preferences"]["disliked"]["genre"] == ["Horror"]


def test_mcp_write_during_a_turn_that_times_out_survives_the_rollback(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, turn_timeout_s=0.3))
    mcp = build_mcp_server(engine, SessionStore(engine, state_dir))
    monkeypatch.setenv("CESREC_SCRIPTED_DELAY_S", "1.0")
    with live_server(app) as url:
        sid = httpx.post(f"{url}/sessions", json={"user_id": USER}, timeout=60).json()["session_id"]
        before_turn = httpx.get(f"{url}/sessions/{sid}/state", timeout=60).json()["turn"]
        result: dict = {}
        th = threading.Thread(target=lambda: result.setdefault(
            "r", httpx.post(f"{url}/sessions/{sid}/messages", json={"text": "comedy please"}, timeout=120)))
        th.start()
        _wait(lambda: _pending(app, sid))
        ok, data = asyncio.run(mcp_call(mcp, "update_preferences",
                                        {"session_id": sid, "disliked_attributes": {"genre": ["Horror"]}}))
        assert ok, data
        th.join(timeout=120)
        assert result["r"].status_code == 504
        _wait(lambda: not _pending(app, sid))
        st = httpx.get(f"{url}/sessions/{sid}/state", timeout=60).json()
    assert st["preferences"]["disliked"].get("genre") == ["Horror"]
    assert st["turn"] == before_turn + 1  # the dislike only: the timed-out turn was undone


def test_crash_recovery_keeps_writes_made_after_the_crash(engine, state_dir):
    """A turn left pending by a dead process: undone at start-up when nobody wrote after it, kept (with the
    later write) when another door wrote on top."""
    backend = make_backend(engine, state_dir)
    agent = backend.agent
    agent.new_session("s1", USER)
    agent.new_session("s2", USER)
    # s1: the dead turn wrote its checkpoint, nothing after it -> rolled back at start-up
    snap1 = agent.snapshot("s1")
    agent.chat("s1", USER, "no horror please")
    # s2: the dead turn wrote, then MCP wrote on top -> kept
    snap2 = agent.snapshot("s2")
    agent.chat("s2", USER, "no horror please")
    mcp = build_mcp_server(engine, SessionStore(engine, state_dir))
    ok, _ = asyncio.run(mcp_call(mcp, "update_preferences", {"session_id": "s2", "disliked_items": [50]}))
    assert ok
    app = create_app(backend, settings_for(state_dir))
    reg = app.state.registry
    for sid in ("s1", "s2"):
        reg._q("INSERT INTO api_sessions VALUES (?, ?, ?, 0, NULL)", (sid, USER, time.time()))
    reg.mark_pending("s1", snap1)
    reg.mark_pending("s2", snap2)
    with TestClient(app) as c:  # start-up recovery
        s1 = c.get("/sessions/s1/state").json()
        s2 = c.get("/sessions/s2/state").json()
        assert not reg.pending_for("s1")[0] and not reg.pending_for("s2")[0]
    assert s1["turn"] == 0 and s1["conversation_messages"] == 0
    assert 50 in [i["item"] for i in s2["preferences"]["disliked_items"]]
    assert s2["preferences"]["disliked"].get("genre") == ["Horror"]


def test_three_doors_hammering_one_session_lose_nothing(engine, engine_epochs, tmp_path):
    """HTTP (this process) + HTTP (a second `cesrec serve` process) + MCP, 3 writes in flight per door."""
    res = cross_door_check(engine, tmp_path / "state", epochs=engine_epochs, writes_per_door=12, concurrency=3)
    assert res["cross_door_failed_writes"] == 0, res["cross_door_failure_samples"]
    assert res["cross_door_writes"] == 36
    assert res["cross_door_lost_writes"] == 0, res


# ---- 2 and 8. input limits on every door, one error shape ------------------------------------------------


def test_limits_on_every_door(engine, tmp_path):
    res = limits_check(engine, tmp_path / "state")
    assert res["oversize_rejected_all_doors"], res["oversize_cases"]
    assert res["state_unchanged_by_rejected_input"]
    assert res["whitespace_status"] == 422
    err = res["mcp_error_sample"]
    assert err.startswith("update_preferences: invalid arguments: text:") and "4000" in err
    assert "pydantic" not in err and "Error executing tool" not in err


def test_mcp_errors_one_shape_and_bool_ids_refused(engine, tmp_path):
    mcp = build_mcp_server(engine, SessionStore(engine, tmp_path / "state"))

    async def go():
        ok, sess = await mcp_call(mcp, "start_session", {"user_id": USER})
        assert ok
        sid = sess["session_id"]
        return sid, {
            "details_true": await mcp_call(mcp, "item_details", {"item": True}),
            "explain_true": await mcp_call(mcp, "explain_recommendation", {"session_id": sid, "item": True}),
            "bad_k": await mcp_call(mcp, "recommend", {"session_id": sid, "k": "many"}),
            "unknown_session": await mcp_call(mcp, "recommend", {"session_id": "mcp-nope", "k": 3}),
            "details_1": await mcp_call(mcp, "item_details", {"item": 1}),
        }

    sid, r = asyncio.run(go())
    for key in ("details_true", "explain_true", "bad_k", "unknown_session"):
        ok, text = r[key]
        assert not ok, key
        assert "pydantic.dev" not in text and "Error executing tool" not in text and "\n" not in text, text
    assert r["details_true"][1].startswith("item_details: invalid arguments: item:")
    assert "boolean" in r["details_true"][1]
    assert r["unknown_session"][1].startswith("recommend: unknown session_id")
    assert r["details_1"][0] and r["details_1"][1]["item"]["item"] == 1  # a real id still works


def test_agent_tool_argument_errors_do_not_reach_the_user(engine, state_dir):
    """A tool call with bad arguments: the LLM reads a short `field: message` error, never LangChain's
    "Error invoking tool ... with kwargs {...}"."""
    from cesrec.agent.llm_scripted import ScriptedChatModel, tool_call
    from langchain_core.messages import AIMessage

    def echo_error(messages):  # a model that repeats the tool error to the user (as the scripted policy does)
        return AIMessage(content="Sorry: " + str(messages[-1].content))

    llm = ScriptedChatModel(responses=[tool_call("item_details", title=["not", "a", "string"]), echo_error])
    backend = make_backend(engine, state_dir, llm=llm, label="scripted")
    with TestClient(create_app(backend, settings_for(state_dir))) as c:
        sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        r = c.post(f"/sessions/{sid}/messages", json={"text": "tell me about it"})
    assert r.status_code == 200, r.text
    body = r.json()
    everything = body["text"] + json.dumps(body["tool_events"])
    assert "Error invoking tool" not in everything and "kwargs" not in everything
    assert "invalid arguments" in body["text"] and "title" in body["text"]


# ---- 3. whitespace-only message -> 422 ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["   ", "\n\t\r"])
def test_whitespace_only_message_is_422_naming_the_field(client, session_id, text):
    before = client.get(f"/sessions/{session_id}/state").json()
    for path in (f"/sessions/{session_id}/messages", f"/sessions/{session_id}/messages?stream=true"):
        r = client.post(path, json={"text": text}, headers={"Accept": "text/event-stream"} if "stream" in path else {})
        assert r.status_code == 422, r.text
        err = r.json()["error"]
        assert err["code"] == "invalid_request" and err["message"].startswith("text:")
    assert client.get(f"/sessions/{session_id}/state").json() == before


# ---- 4. turns and reads on separate capacity; bounded turn queue ------------------------------------------


def test_reads_and_session_creation_do_not_wait_behind_slow_turns(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, turn_workers=2, read_workers=2))
    gate = threading.Event()
    real_chat = backend.chat

    def blocked_chat(*a, **k):  # turns that cannot finish until the test says so
        gate.wait(120)
        return real_chat(*a, **k)

    monkeypatch.setattr(backend, "chat", blocked_chat)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        sids = [c.post("/sessions", json={"user_id": USER}).json()["session_id"] for _ in range(5)]
        idle = sids.pop()
        threads = [threading.Thread(target=lambda s=s: c.post(f"/sessions/{s}/messages", json={"text": "funny"}))
                   for s in sids]
        for t in threads:
            t.start()
        try:
            _wait(lambda: app.state.runner.turns_admitted == 4)  # both turn threads busy, two turns queued
            # reads and creation complete while every turn is still blocked
            assert c.get(f"/sessions/{idle}/state").status_code == 200
            assert c.post("/sessions", json={"user_id": USER}).status_code == 201
            assert c.get("/health").json()["turns_in_progress"] == 4
            assert app.state.runner.turns_admitted == 4 and not gate.is_set()
        finally:
            gate.set()
            for t in threads:
                t.join(timeout=120)


def test_turn_queue_is_bounded_with_503(engine, state_dir, monkeypatch):
    backend = make_backend(engine, state_dir)
    app = create_app(backend, settings_for(state_dir, max_queued_turns=2))
    gate = threading.Event()
    real_chat = backend.chat
    monkeypatch.setattr(backend, "chat", lambda *a, **k: (gate.wait(120), real_chat(*a, **k))[1])
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        sids = [c.post("/sessions", json={"user_id": USER}).json()["session_id"] for _ in range(3)]
        codes: list[int] = []
        threads = [threading.Thread(target=lambda s=s: codes.append(
            c.post(f"/sessions/{s}/messages", json={"text": "funny"}).status_code)) for s in sids[:2]]
        for t in threads:
            t.start()
        try:
            _wait(lambda: app.state.runner.turns_admitted == 2)
            r = c.post(f"/sessions/{sids[2]}/messages", json={"text": "funny"})
            assert r.status_code == 503 and r.json()["error"]["code"] == "server_busy"
            assert r.headers.get("retry-after")
            assert c.get(f"/sessions/{sids[2]}/state").json()["turn"] == 0  # nothing applied
        finally:
            gate.set()
            for t in threads:
                t.join(timeout=120)
    assert codes == [200, 200]


# ---- 5. structured feedback: the item itself, nothing from its year -----------------------------------------


@pytest.mark.parametrize("verdict", ["like", "dislike"])
def test_feedback_saves_the_item_not_a_decade(client, session_id, engine, verdict):
    recs = client.post(f"/sessions/{session_id}/messages", json={"text": "something funny"}).json()["recommendations"]
    target = next(r for r in recs if r.get("year"))
    before = client.get(f"/sessions/{session_id}/state").json()["preferences"]
    r = client.post(f"/sessions/{session_id}/feedback", json={"item": target["item"], "verdict": verdict})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["tool_events"][0]["args"] == ({"liked_items": [target["item"]]} if verdict == "like"
                                             else {"disliked_items": [target["item"]]})
    prefs = client.get(f"/sessions/{session_id}/state").json()["preferences"]
    key = "liked_items" if verdict == "like" else "disliked_items"
    assert target["item"] in [i["item"] for i in prefs[key]]
    # nothing else was inferred: no decade, no year bound, no new attribute or wish
    assert prefs["liked"] == before["liked"] and prefs["disliked"] == before["disliked"]
    assert prefs["wishes"] == before["wishes"]
    assert "decade" not in prefs["liked"]
    if verdict == "like":  # the picks are not all from the liked film's year
        assert len({x["year"] for x in out["recommendations"]}) > 1


# ---- 6 and 7. tokens; Host and Origin -----------------------------------------------------------------------


def test_token_strength():
    for bad in (" " * 16, "\t" * 20, "k" * 20, "x", "ab" * 10, "t0ken-" + "z" * 20, "abc def ghi jkl mno"):
        assert token_problem(bad), bad
    import secrets

    assert token_problem(secrets.token_urlsafe(16)) is None
    assert token_problem("Qx8vR2mW9pL4nZ7a") is None


def test_cli_refuses_weak_tokens_on_both_doors(monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    import cesrec.backend
    import cesrec.mcp_server
    from cesrec.cli import app

    def boom(*a, **k):
        raise AssertionError("must not get this far")

    monkeypatch.setattr(uvicorn, "run", boom)
    monkeypatch.setattr(cesrec.backend, "build_backend", boom)
    monkeypatch.setattr(cesrec.mcp_server, "run_mcp", boom)
    monkeypatch.delenv("CESREC_API_TOKEN", raising=False)
    r = CliRunner().invoke(app, ["serve", "--llm", "scripted", "--token", " " * 16])
    assert r.exit_code == 2 and "whitespace" in r.output
    r = CliRunner().invoke(app, ["serve", "--llm", "scripted", "--token", "k" * 32])
    assert r.exit_code == 2 and "too predictable" in r.output
    r = CliRunner().invoke(app, ["mcp", "--transport", "http", "--token", "x"])
    assert r.exit_code == 2 and "at least 16" in r.output


def test_host_and_origin_checked_on_the_http_api(backend, state_dir):
    from cesrec.server import ServerSettings

    app = create_app(backend, ServerSettings(registry_path=state_dir / "server_sessions.sqlite"))  # loopback
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/health").status_code == 200
        assert c.post("/sessions", json={"user_id": USER}).status_code == 201
        for host in ("evil.example", "attacker.example:8000", "127.0.0.1.nip.io"):
            r = c.get("/health", headers={"Host": host})
            assert r.status_code == 421 and r.json()["error"]["code"] == "misdirected_request", host
        r = c.post("/sessions", json={"user_id": USER}, headers={"Host": "evil.example"})
        assert r.status_code == 421
        assert c.get("/", headers={"Host": "localhost:8000"}).status_code == 200
        # the page's own origin passes; any other origin is refused
        ok = c.post("/sessions", json={"user_id": USER}, headers={"Origin": "http://127.0.0.1:8000"})
        assert ok.status_code == 201
        for origin in ("http://evil.example", "null", "http://127.0.0.1:9999"):
            r = c.post("/sessions", json={"user_id": USER}, headers={"Origin": origin})
            assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden_origin", origin
    # bound to all interfaces (token required): any Host unless a list is given
    tok = "Qx8vR2mW9pL4nZ7a"
    app = create_app(backend, ServerSettings(registry_path=state_dir / "r2.sqlite", host="0.0.0.0", token=tok))
    with TestClient(app, base_url="http://recs.example.org") as c:
        assert c.get("/health").status_code == 200
    app = create_app(backend, ServerSettings(registry_path=state_dir / "r3.sqlite", host="0.0.0.0", token=tok,
                                             allowed_hosts=["recs.example.org"]))
    with TestClient(app, base_url="http://recs.example.org") as c:
        assert c.get("/health").status_code == 200
        assert c.get("/health", headers={"Host": "other.example"}).status_code == 421
        # a page served under the proxy's name may call the API even if the proxy rewrites Host
        r = c.get("/health", headers={"Host": "127.0.0.1:8000", "Origin": "https://recs.example.org"})
        assert r.status_code == 200
        assert c.get("/health", headers={"Origin": "https://evil.example"}).status_code == 403
    with pytest.raises(ValueError, match="too predictable"):
        create_app(backend, ServerSettings(registry_path=state_dir / "r4.sqlite", token="k" * 20))


# ---- 8. checkpoint retention, `cesrec sessions`, encoder warmed at start-up ----------------------------------


def test_checkpoints_are_pruned_to_the_last_n(engine, state_dir, monkeypatch):
    from cesrec.agent.retention import count_checkpoints

    monkeypatch.setenv("CESREC_KEEP_CHECKPOINTS", "3")
    backend = make_backend(engine, state_dir)
    mcp = build_mcp_server(engine, SessionStore(engine, state_dir))
    with TestClient(create_app(backend, settings_for(state_dir))) as c:
        sid = c.post("/sessions", json={"user_id": USER}).json()["session_id"]
        for text in ("something funny", "no horror", "from the 90s", "sci-fi please", "a thriller"):
            assert c.post(f"/sessions/{sid}/messages", json={"text": text}).status_code == 200
        assert count_checkpoints(backend.agent.checkpointer, sid) <= 3
        for item in (10, 11, 12):
            ok, _ = asyncio.run(mcp_call(mcp, "update_preferences", {"session_id": sid, "disliked_items": [item]}))
            assert ok
        assert count_checkpoints(backend.agent.checkpointer, sid) <= 3
        st = c.get(f"/sessions/{sid}/state").json()
    assert st["turn"] == 8 and st["conversation_messages"] > 0  # pruning never touched the latest state
    monkeypatch.setenv("CESREC_KEEP_CHECKPOINTS", "1")
    with pytest.raises(ValueError, match="at least 2"):
        make_backend(engine, state_dir)


def test_sessions_command_lists_exports_deletes(engine, state_dir, client, session_id, tmp_path):
    from typer.testing import CliRunner

    from cesrec.cli import app

    client.post(f"/sessions/{session_id}/messages", json={"text": "something funny"}).raise_for_status()
    runner = CliRunner()
    r = runner.invoke(app, ["sessions", "list", "--state-dir", str(state_dir), "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    row = next(x for x in rows if x["session_id"] == session_id)
    assert row["user_id"] == USER and row["turn"] == 1 and row["checkpoints"] >= 1
    out = tmp_path / "export.json"
    r = runner.invoke(app, ["sessions", "export", session_id, "--state-dir", str(state_dir), "--out", str(out)])
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text())
    assert data["values"]["session"]["user_id"] == USER and data["messages"]
    r = runner.invoke(app, ["sessions", "delete", session_id, "--state-dir", str(state_dir), "--yes"])
    assert r.exit_code == 0, r.output
    assert client.get(f"/sessions/{session_id}/state").status_code == 404
    r = runner.invoke(app, ["sessions", "export", session_id, "--state-dir", str(state_dir)])
    assert r.exit_code == 2 and "no session" in r.output


def test_encoder_is_warmed_at_server_start(engine, state_dir):
    from cesrec.backend import build_backend

    sem = engine.semantic
    saved = sem._encoder
    sem._encoder = None
    sem._query_cache.pop("warm up", None)
    try:
        build_backend(llm="scripted", engine=engine, state_dir=str(state_dir), warm_up=True)
        assert sem._encoder is not None
    finally:
        if sem._encoder is None:
            sem._encoder = saved
