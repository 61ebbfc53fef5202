"""New users and caller-given histories over HTTP and MCP (real engine and agent, scripted policy): a user
id the dataset does not know starts empty; `history` (ids and titles, mixed) seeds the session; unknown
entries get one error naming each, in the door's own error shape; nothing is created on an error."""

from __future__ import annotations

import asyncio
import json

import pytest
from cesrec.tools.titles import resolver_for
from mcp import Client

from cesrec.mcp_server import SessionStore, build_mcp_server

from .conftest import USER

NEW = "newcomer-1"
BAD = [1, 99999, "Heat (1995)", "Not A Film"]
BAD_MESSAGE = "history: unknown items: 99999, 'Not A Film'"


@pytest.fixture
def ids(engine) -> dict[str, int]:
    r = resolver_for(engine.catalog)
    return {"heat": r.require("Heat (1995)"), "star_wars": r.require("Star Wars")}


def _recommend(client, sid: str) -> list[int]:
    r = client.post(f"/sessions/{sid}/messages", json={"text": "something funny from the 90s"})
    assert r.status_code == 200, r.text
    recs = [x["item"] for x in r.json()["recommendations"]]
    assert len(recs) == 5
    return recs


def test_http_new_user_starts_empty(client):
    r = client.post("/sessions", json={"user_id": NEW})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["user_id"] == NEW and body["history_length"] == 0
    assert body["new_user"] is True and body["history_source"] == "none"
    sid = body["session_id"]
    _recommend(client, sid)
    st = client.get(f"/sessions/{sid}/state").json()
    assert st["history"] == [] and st["new_user"] is True and st["pseudo"]
    assert client.post(f"/sessions/{sid}/reset").status_code == 200
    assert client.get(f"/sessions/{sid}/state").json()["history"] == []


def test_http_caller_history_ids_and_titles(client, ids):
    r = client.post("/sessions", json={"user_id": NEW, "history": [1, "Heat (1995)", 2, "Star Wars"]})
    assert r.status_code == 201, r.text
    assert r.json()["history_length"] == 4 and r.json()["history_source"] == "caller"
    sid = r.json()["session_id"]
    history = [1, ids["heat"], 2, ids["star_wars"]]
    st = client.get(f"/sessions/{sid}/state").json()
    assert [h["item"] for h in st["history"]] == history and st["history"][1]["title"] == "Heat"
    assert not set(_recommend(client, sid)) & set(history)
    # a known user with a caller history: the caller's, not the dataset's
    r = client.post("/sessions", json={"user_id": USER, "history": ["Star Wars"]})
    assert r.status_code == 201 and r.json()["new_user"] is False and r.json()["history_source"] == "caller"
    st = client.get(f"/sessions/{r.json()['session_id']}/state").json()
    assert [h["item"] for h in st["history"]] == [ids["star_wars"]]


def test_http_unknown_history_entries_are_one_422(client):
    before = client.get("/health").json()["sessions"]
    r = client.post("/sessions", json={"user_id": NEW, "history": BAD})
    assert r.status_code == 422
    assert r.json() == {"error": {"code": "invalid_history", "message": BAD_MESSAGE}}
    assert client.get("/health").json()["sessions"] == before  # no session was registered
    r = client.post("/sessions", json={"user_id": NEW, "history": [True]})  # a boolean is no id
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    assert "Traceback" not in r.text
    r = client.post("/sessions", json={"user_id": "   "})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_user"


def _data(result) -> dict:
    assert not result.is_error, result.content
    sc = result.structured_content
    if sc is not None:
        return sc.get("result", sc) if set(sc) == {"result"} else sc
    return json.loads(result.content[0].text)


def test_mcp_new_user_and_caller_history(engine, tmp_path, ids):
    server = build_mcp_server(engine, SessionStore(engine, tmp_path / "state"))

    async def go() -> None:
        async with Client(server) as client:
            s = _data(await client.call_tool("start_session", {"user_id": NEW}))
            assert s["history_length"] == 0 and s["new_user"] is True and s["history_source"] == "none"
            await client.call_tool("update_preferences", {"session_id": s["session_id"], "text": "comedies"})
            rec = _data(await client.call_tool("recommend", {"session_id": s["session_id"], "k": 5}))
            assert len(rec["recommendations"]) == 5

            s = _data(await client.call_tool("start_session",
                                             {"user_id": NEW, "history": [1, "Heat (1995)", "Star Wars"]}))
            history = [1, ids["heat"], ids["star_wars"]]
            st = _data(await client.call_tool("get_session_state", {"session_id": s["session_id"]}))
            assert [h["item"] for h in st["history"]] == history and st["history_source"] == "caller"
            rec = _data(await client.call_tool("recommend", {"session_id": s["session_id"], "k": 10}))
            items = [r["item"] for r in rec["recommendations"]]
            assert len(items) == 10 and not set(items) & set(history)

            bad = await client.call_tool("start_session", {"user_id": NEW, "history": BAD})
            assert bad.is_error and bad.content[0].text == f"start_session: {BAD_MESSAGE}"
            bad = await client.call_tool("start_session", {"user_id": "   "})
            assert bad.is_error and bad.content[0].text.startswith("start_session: user_id: must be")

    asyncio.run(asyncio.wait_for(go(), 300))


def test_http_reset_with_a_new_history(client, ids):
    r = client.post("/sessions", json={"user_id": NEW, "history": ["Star Wars"]})
    sid = r.json()["session_id"]
    _recommend(client, sid)
    r = client.post(f"/sessions/{sid}/reset", json={"history": [1, "Heat (1995)"]})
    assert r.status_code == 200, r.text
    assert r.json() == {"session_id": sid, "reset": True, "history_length": 2}
    st = client.get(f"/sessions/{sid}/state").json()
    assert [h["item"] for h in st["history"]] == [1, ids["heat"]] and st["pseudo"] == []
    # unknown entries: one 422 naming each, the session left as it was
    r = client.post(f"/sessions/{sid}/reset", json={"history": BAD})
    assert r.status_code == 422 and r.json() == {"error": {"code": "invalid_history", "message": BAD_MESSAGE}}
    assert [h["item"] for h in client.get(f"/sessions/{sid}/state").json()["history"]] == [1, ids["heat"]]
    # no body: back to the starting history (the one the last reset gave); [] empties it
    assert client.post(f"/sessions/{sid}/reset").json()["history_length"] == 2
    assert client.post(f"/sessions/{sid}/reset", json={"history": []}).json()["history_length"] == 0


def test_mcp_reset_with_a_new_history(engine, tmp_path, ids):
    server = build_mcp_server(engine, SessionStore(engine, tmp_path / "state"))

    async def go() -> None:
        async with Client(server) as client:
            s = _data(await client.call_tool("start_session", {"user_id": NEW}))
            sid = s["session_id"]
            r = _data(await client.call_tool("reset_session", {"session_id": sid, "history": ["Heat (1995)", 1]}))
            assert r == {"session_id": sid, "history_length": 2, "reset": True}
            st = _data(await client.call_tool("get_session_state", {"session_id": sid}))
            assert [h["item"] for h in st["history"]] == [ids["heat"], 1]
            bad = await client.call_tool("reset_session", {"session_id": sid, "history": BAD})
            assert bad.is_error and bad.content[0].text == f"reset_session: {BAD_MESSAGE}"
            st = _data(await client.call_tool("get_session_state", {"session_id": sid}))
            assert [h["item"] for h in st["history"]] == [ids["heat"], 1]  # unchanged by the refused reset
            r = _data(await client.call_tool("reset_session", {"session_id": sid}))
            assert r["history_length"] == 2

    asyncio.run(asyncio.wait_for(go(), 300))
