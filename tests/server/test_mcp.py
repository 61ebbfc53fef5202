"""MCP server tested with the SDK's own client: stdio (the server as a subprocess) and streamable HTTP
(on 127.0.0.1). Session state persists in the same checkpoint store as the agent's sessions."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from cesrec.bench_serve import live_server
from cesrec.mcp_server import MCP_TOOL_NAMES, SessionStore, build_mcp_server, mcp_http_app

from .conftest import USER

REPO = Path(__file__).resolve().parents[2]


def _data(result) -> dict:
    assert not result.is_error, result.content
    if result.structured_content is not None:
        sc = result.structured_content
        return sc.get("result", sc) if set(sc) == {"result"} else sc
    return json.loads(result.content[0].text)


async def _exercise(client: Client, engine) -> str:
    tools = {t.name for t in (await client.list_tools()).tools}
    assert tools == MCP_TOOL_NAMES
    sid = _data(await client.call_tool("start_session", {"user_id": USER}))["session_id"]
    assert sid.startswith("mcp-") and len(sid) > 30

    up = _data(await client.call_tool("update_preferences", {"session_id": sid, "text": "no horror, I want comedies"}))
    assert "Comedy" in up["text"]
    structured = _data(await client.call_tool("update_preferences", {
        "session_id": sid, "disliked_attributes": {"decade": ["1970s"]}}))
    assert structured["preferences"]["disliked"]["decade"] == ["1970s"]

    rec = _data(await client.call_tool("recommend", {"session_id": sid, "k": 5}))
    items = [r["item"] for r in rec["recommendations"]]
    assert len(items) == 5
    for i in items:
        assert "Horror" not in engine.catalog.genres[i] and engine.catalog.decade(i) != "1970s"

    masked = _data(await client.call_tool("mask_outliers", {"session_id": sid, "method": "k_lowest", "k": 1}))
    assert "masked" in masked
    ex = _data(await client.call_tool("explain_recommendation", {"session_id": sid, "item": items[0]}))
    assert ex["explanation"]["item"] == items[0] and ex["text"]
    det = _data(await client.call_tool("item_details", {"item": "Star Wars"}))
    assert det["item"]["title"].startswith("Star Wars")
    found = _data(await client.call_tool("search_catalog", {"query": "space adventure", "genres": ["Sci-Fi"], "k": 3}))
    assert len(found["items"]) == 3 and all("Sci-Fi" in h["genres"] for h in found["items"])

    st = _data(await client.call_tool("get_session_state", {"session_id": sid}))
    assert st["preferences"]["disliked"]["genre"] == ["Horror"] and st["pseudo"]
    assert [r["item"] for r in st["last_recommendations"]] == items

    # clear errors, no crash: unknown session, bad value, bad argument type
    bad = await client.call_tool("recommend", {"session_id": "mcp-nope", "k": 3})
    assert bad.is_error and "unknown session_id" in bad.content[0].text
    bad = await client.call_tool("update_preferences", {"session_id": sid, "liked_attributes": {"genre": ["Polka"]}})
    assert bad.is_error and "Polka" in bad.content[0].text
    bad = await client.call_tool("recommend", {"session_id": sid, "k": "many"})
    assert bad.is_error
    bad = await client.call_tool("start_session", {"user_id": "   "})  # an unknown id is a new user; blank is not
    assert bad.is_error
    return sid


@pytest.mark.slow
def test_mcp_stdio_subprocess(engine, engine_epochs, tmp_path):
    state = tmp_path / "state"
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "cesrec.cli", "mcp", "--transport", "stdio", "--epochs", str(engine_epochs),
              "--state-dir", str(state)],
        env={k: v for k, v in os.environ.items() if k.startswith(("CESREC_", "HF_", "TRANSFORMERS_", "ANONYMIZED_"))},
        cwd=str(REPO),
    )

    async def go() -> str:
        async with Client(params, read_timeout_seconds=600) as client:
            return await _exercise(client, engine)

    sid = asyncio.run(asyncio.wait_for(go(), 900))
    # persisted in the agent's checkpoint store: a fresh store over the same directory sees it
    store = SessionStore(engine, state)
    st = store.get(sid)
    assert st.preferences.disliked["genre"] == ["Horror"] and st.pseudo


def test_mcp_streamable_http_loopback(engine, tmp_path):
    store = SessionStore(engine, tmp_path / "state")
    server = build_mcp_server(engine, store)
    app = mcp_http_app(server, "127.0.0.1")  # what `cesrec mcp --transport http` serves
    with live_server(app) as url:

        async def go() -> str:
            async with Client(f"{url}/mcp", read_timeout_seconds=300) as client:
                return await _exercise(client, engine)

        sid = asyncio.run(asyncio.wait_for(go(), 600))
    assert store.get(sid).preferences.disliked["genre"] == ["Horror"]


def test_mcp_http_bearer_token(engine, tmp_path):
    import httpx

    from cesrec.server import BearerAuthMiddleware

    store = SessionStore(engine, tmp_path / "state")
    app = BearerAuthMiddleware(build_mcp_server(engine, store).streamable_http_app(host="127.0.0.1"), "k" * 20)
    with live_server(app) as url:
        r = httpx.post(f"{url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
