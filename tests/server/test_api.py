"""HTTP API over the real agent + engine (scripted policy instead of an LLM): routes, shapes, SSE, errors,
isolation, auth."""

from __future__ import annotations

import json

import httpx
import pytest
from fastapi.testclient import TestClient

from cesrec.server import create_app, is_loopback

from .conftest import OTHER_USER, USER, settings_for


def _sse(body: str) -> list[tuple[str, dict]]:
    out = []
    for frame in body.replace("\r\n", "\n").split("\n\n"):
        ev, data = "message", ""
        for line in frame.split("\n"):
            if line.startswith("event:"):
                ev = line[6:].strip()
            elif line.startswith("data:"):
                data += line[5:].strip()
        if data:
            out.append((ev, json.loads(data)))
    return out


def _assert_clean_error(r: httpx.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and body["error"]["message"], body
    if code:
        assert body["error"]["code"] == code, body
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body["error"]


def test_health_and_openapi(client):
    h = client.get("/health").json()
    assert h["status"] == "ok" and "scripted" in h["llm"] and h["auth"] is False
    spec = client.get("/openapi.json").json()
    for path in ("/sessions", "/sessions/{session_id}/messages", "/sessions/{session_id}/state",
                 "/sessions/{session_id}/reset", "/sessions/{session_id}/feedback", "/health"):
        assert path in spec["paths"], path


def test_session_lifecycle_message_state_reset(client, session_id, engine):
    st = client.get(f"/sessions/{session_id}/state").json()
    assert st["user_id"] == USER and st["turn"] == 0 and len(st["history"]) > 10
    assert st["history"][0]["title"] == engine.catalog.titles[st["history"][0]["item"]]
    original = [h["item"] for h in st["history"]]

    r = client.post(f"/sessions/{session_id}/messages", json={"text": "no more horror, something funny"})
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["session_id"] == session_id and out["text"]
    assert [e["name"] for e in out["tool_events"]] == ["update_preferences"] and out["tool_events"][0]["ok"]
    recs = out["recommendations"]
    assert 1 <= len(recs) <= 10 and all(r["title"] and r["why"] for r in recs)
    for rec in recs:
        assert "Horror" not in engine.catalog.genres[rec["item"]]

    st = client.get(f"/sessions/{session_id}/state").json()
    assert st["turn"] == 1
    assert st["preferences"]["disliked"].get("genre") == ["Horror"]
    assert st["preferences"]["liked"].get("genre") == ["Comedy"]
    assert st["pseudo"] and all(p["source"] and p["title"] for p in st["pseudo"])
    assert all(m["reason"] for m in st["masked"])
    assert [r["item"] for r in st["last_recommendations"]] == [r["item"] for r in recs]
    assert {r["item"] for r in recs} <= {s["item"] for s in st["shown_items"]}
    assert [h["item"] for h in st["history"]] == original  # the original history is never rewritten

    r = client.post(f"/sessions/{session_id}/reset")
    assert r.status_code == 200 and r.json()["reset"] is True
    st = client.get(f"/sessions/{session_id}/state").json()
    assert st["turn"] == 0 and not st["pseudo"] and not st["masked"] and not st["preferences"]["disliked"]
    assert [h["item"] for h in st["history"]] == original


def test_streaming_sse_tokens_tools_final(client, session_id):
    with client.stream("POST", f"/sessions/{session_id}/messages", json={"text": "a 90s thriller"},
                       headers={"Accept": "text/event-stream"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = _sse(r.read().decode())
    kinds = [k for k, _ in events]
    assert kinds[-1] == "final" and "tool" in kinds and "token" in kinds
    assert kinds.index("tool") < kinds.index("final")
    final = events[-1][1]
    assert final["recommendations"] and final["text"]
    tokens = "".join(d["text"] for k, d in events if k == "token")
    assert tokens.strip() == final["text"].strip()
    tools = [d for k, d in events if k == "tool"]
    assert {"start", "end"} <= {t["phase"] for t in tools} and tools[0]["name"] == "update_preferences"
    assert client.get(f"/sessions/{session_id}/state").json()["turn"] == 1


def test_like_dislike_feedback_turns(client, session_id, engine):
    recs = client.post(f"/sessions/{session_id}/messages", json={"text": "something funny"}).json()["recommendations"]
    liked, disliked = recs[0], recs[1]
    r = client.post(f"/sessions/{session_id}/feedback", json={"item": liked["item"], "verdict": "like"})
    assert r.status_code == 200, r.text
    st = client.get(f"/sessions/{session_id}/state").json()
    assert liked["item"] in [i["item"] for i in st["preferences"]["liked_items"]]
    r = client.post(f"/sessions/{session_id}/feedback", json={"item": disliked["item"], "verdict": "dislike"})
    assert r.status_code == 200, r.text
    st = client.get(f"/sessions/{session_id}/state").json()
    assert disliked["item"] in [i["item"] for i in st["preferences"]["disliked_items"]]
    assert disliked["item"] not in [r["item"] for r in r.json()["recommendations"]]
    # only items this session was shown can be rated
    never_shown = next(i for i in range(1, engine.catalog.num_items + 1)
                       if i not in {s["item"] for s in st["shown_items"]})
    _assert_clean_error(client.post(f"/sessions/{session_id}/feedback", json={"item": never_shown, "verdict": "like"}),
                        409, "item_not_shown")
    _assert_clean_error(client.post(f"/sessions/{session_id}/feedback", json={"item": liked["item"], "verdict": "meh"}),
                        422, "invalid_request")


def test_bad_requests_are_clear_4xx(client, session_id):
    url = f"/sessions/{session_id}/messages"
    before = client.get(f"/sessions/{session_id}/state").json()
    e = _assert_clean_error(client.post(url, content=b'{"text": "hi"', headers={"Content-Type": "application/json"}),
                            400, "invalid_json")
    assert "not valid JSON" in e["message"]
    e = _assert_clean_error(client.post(url, json={"txt": "hi"}), 422, "invalid_request")
    assert "text" in e["message"] and "required" in e["message"].lower()
    _assert_clean_error(client.post(url, json={"text": ""}), 422, "invalid_request")
    _assert_clean_error(client.post(url, json={"text": 5}), 422)
    _assert_clean_error(client.post(url, json={"text": "x" * 4001}), 422)
    e = _assert_clean_error(client.post(url, json={"text": "x" * 40_000}), 413, "body_too_large")
    assert "16384" in e["message"]

    def chunks():  # no Content-Length: the limit must hold for streamed bodies too
        for _ in range(40):
            yield b" " * 1024

    _assert_clean_error(client.post(url, content=chunks(), headers={"Content-Type": "application/json"}), 413)
    _assert_clean_error(client.post("/sessions", json={"user_id": "   "}), 422, "invalid_user")  # unknown ids are new users
    _assert_clean_error(client.post("/sessions", json={}), 422)
    for method, path, body in (("POST", "/sessions/nope/messages", {"text": "hi"}), ("GET", "/sessions/nope/state", None),
                               ("POST", "/sessions/nope/reset", None),
                               ("POST", "/sessions/nope/feedback", {"item": 1, "verdict": "like"})):
        e = _assert_clean_error(client.request(method, path, json=body), 404, "unknown_session")
        assert "unknown session id" in e["message"]
    _assert_clean_error(client.get("/no/such/route"), 404)
    _assert_clean_error(client.delete(f"/sessions/{session_id}/state"), 405)
    assert client.get(f"/sessions/{session_id}/state").json() == before  # nothing was applied


def test_sessions_are_isolated_and_ids_unguessable(client, engine):
    ids = [client.post("/sessions", json={"user_id": u}).json()["session_id"] for u in (USER, OTHER_USER, USER)]
    assert len(set(ids)) == 3 and all(len(i) >= 32 for i in ids)
    a, b, c = ids
    b_before = client.get(f"/sessions/{b}/state").json()
    c_before = client.get(f"/sessions/{c}/state").json()
    client.post(f"/sessions/{a}/messages", json={"text": "no dramas, I want sci-fi"}).raise_for_status()
    client.post(f"/sessions/{a}/reset").raise_for_status()
    client.post(f"/sessions/{a}/messages", json={"text": "something from the 80s"}).raise_for_status()
    assert client.get(f"/sessions/{b}/state").json() == b_before
    assert client.get(f"/sessions/{c}/state").json() == c_before  # same user, different session: untouched
    assert client.get(f"/sessions/{b}/state").json()["user_id"] == OTHER_USER
    # an id that differs in one character is just unknown
    _assert_clean_error(client.get(f"/sessions/{a[:-1] + ('x' if a[-1] != 'x' else 'y')}/state"), 404)


def test_bearer_token_required_when_configured(backend, state_dir):
    token = "t0ken-Qx8vR2mW9pL4nZ7a"
    with TestClient(create_app(backend, settings_for(state_dir, token=token))) as c:
        assert c.get("/health").status_code == 200 and c.get("/health").json()["auth"] is True
        assert c.get("/").status_code == 200 and c.get("/static/app.js").status_code == 200
        _assert_clean_error(c.post("/sessions", json={"user_id": USER}), 401, "unauthorized")
        _assert_clean_error(c.post("/sessions", json={"user_id": USER}, headers={"Authorization": "Bearer nope"}), 401)
        _assert_clean_error(c.get("/openapi.json"), 401)
        r = c.post("/sessions", json={"user_id": USER}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 201


def test_serve_refuses_non_loopback_without_token(monkeypatch):
    """The CLI refuses before building anything or binding (uvicorn.run would fail the test if reached)."""
    import uvicorn
    from typer.testing import CliRunner

    import cesrec.backend
    from cesrec.cli import app

    def boom(*a, **k):
        raise AssertionError("must not get this far")

    monkeypatch.setattr(uvicorn, "run", boom)
    monkeypatch.setattr(cesrec.backend, "build_backend", boom)
    monkeypatch.delenv("CESREC_API_TOKEN", raising=False)
    r = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--llm", "scripted"])
    assert r.exit_code == 2 and "refusing to bind 0.0.0.0 without a bearer token" in r.output
    r = CliRunner().invoke(app, ["mcp", "--transport", "http", "--host", "10.1.2.3"])
    assert r.exit_code == 2 and "refusing to bind" in r.output
    r = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--token", "short"])
    assert r.exit_code == 2 and "at least 16" in r.output
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2") and not is_loopback("example.com")


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/style.css"])
def test_web_assets_served(client, path):
    r = client.get(path)
    assert r.status_code == 200 and len(r.text) > 500
