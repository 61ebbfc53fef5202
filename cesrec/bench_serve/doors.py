"""One session through every door (issue 15): HTTP + MCP + a second HTTP process, nothing lost; reads
under slow turns; input limits on every door."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

import httpx

from cesrec.bench_serve.harness import ServerProcess, live_server, percentile
from cesrec.bench_serve.load import USER_IDS


async def mcp_call(server: Any, name: str, args: dict[str, Any]) -> tuple[bool, Any]:
    """Call a tool on an MCPServer object the way the protocol handler does; (ok, data or error text)."""
    from mcp.server.mcpserver.exceptions import ToolError

    try:
        res = await server.call_tool(name, args)
    except ToolError as e:
        return False, str(e)
    if getattr(res, "is_error", False):
        return False, res.content[0].text if res.content else ""
    sc = getattr(res, "structured_content", None)
    if sc is not None:
        return True, sc.get("result", sc) if set(sc) == {"result"} else sc
    return True, json.loads(res.content[0].text)


def _final_session(state_dir: Path, sid: str) -> tuple[list[str], list[int], Any]:
    """What is on disk for the session (a fresh reader, no server): the user messages (transcript, then
    checkpoint), disliked item ids, and the SessionState."""
    import sqlite3

    from langchain_core.messages import HumanMessage
    from langgraph.checkpoint.sqlite import SqliteSaver

    from cesrec.agent import checkpoint_transcript
    from cesrec.agent.checkpoint import checkpoint_serde
    from cesrec.agent.state import as_session

    conn = sqlite3.connect(str(state_dir / "sessions.sqlite"), check_same_thread=False)
    try:
        tup = SqliteSaver(conn, serde=checkpoint_serde()).get_tuple({"configurable": {"thread_id": sid, "checkpoint_ns": ""}})
        # messages of older turns live in the transcript table (a session keeps its last turns' messages)
        texts = [text for kind, text in checkpoint_transcript.read(conn, sid) if kind == "human"]
    finally:
        conn.close()
    values = tup.checkpoint["channel_values"] if tup else {}
    texts += [m.content for m in values.get("messages") or [] if isinstance(m, HumanMessage)]
    st = as_session(values["session"])  # a raw checkpoint: a SessionState, or an old session's dict
    return texts, list(st.preferences.disliked_items), st


def cross_door_check(engine: Any, state_dir: Path, epochs: int | None = None, writes_per_door: int = 70,
                     concurrency: int = 3, user: str = "42", second_process: bool = True) -> dict[str, Any]:
    """One session hammered through three doors at once, each with `concurrency` writes in flight:
    A = HTTP turns on an in-process server, B = HTTP turns on a second `cesrec serve` process over the same
    state directory, C = MCP update_preferences (an MCP server object with its own agent and locks) adding
    one disliked item per call. Afterwards every acknowledged write must be in the session on disk: each
    acknowledged turn's message, each acknowledged dislike. `second_process=False` runs B in-process too
    (a second app with its own agent, locks and registry connection)."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import policy_chat_model
    from cesrec.backend import AgentBackend
    from cesrec.mcp_server import SessionStore, build_mcp_server
    from cesrec.server import ServerSettings, create_app

    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)

    def app_over_state() -> Any:
        agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="sqlite",
                                 sessions_path=str(state_dir / "sessions.sqlite"))
        return create_app(AgentBackend(agent, "scripted (test policy, no LLM)"),
                          ServerSettings(registry_path=state_dir / "server_sessions.sqlite", turn_timeout_s=300))

    store = SessionStore(engine, state_dir)
    mcp = build_mcp_server(engine, store)
    # items to dislike through MCP: ones the user never saw, distinct per write
    history = set(engine.new_session(user).history)
    candidates = [i for i in range(engine.catalog.num_items, 0, -1) if i not in history][:writes_per_door]
    acked_text: list[str] = []
    acked_items: list[int] = []
    failures: list[str] = []
    proc = ServerProcess(state_dir, llm="scripted", epochs=epochs, log=state_dir / "door_b.log") if second_process else None
    with contextlib.ExitStack() as stack:
        url_a = stack.enter_context(live_server(app_over_state()))
        if proc is not None:
            proc.start()
            stack.callback(proc.stop)
            url_b = proc.url
        else:
            url_b = stack.enter_context(live_server(app_over_state()))
        sid = httpx.post(f"{url_a}/sessions", json={"user_id": user}, timeout=120).json()["session_id"]

        t0 = time.perf_counter()
        asyncio.run(_hammer(mcp, sid, (url_a, url_b), candidates, writes_per_door, concurrency,
                            acked_text, acked_items, failures))
        wall = time.perf_counter() - t0
        texts, disliked, st = _final_session(state_dir, sid)
    lost_text = [t for t in acked_text if t not in texts]
    lost_items = [i for i in acked_items if i not in disliked]
    return {
        "cross_door_writes": len(acked_text) + len(acked_items),
        "cross_door_attempted": 3 * writes_per_door,
        "cross_door_lost_writes": len(lost_text) + len(lost_items),
        "cross_door_failed_writes": len(failures),
        "cross_door_failure_samples": failures[:5],
        "cross_door_doors": ["http (in-process)", "http (second `cesrec serve` process)" if second_process
                             else "http (second app, own locks)", "mcp update_preferences"],
        "cross_door_concurrency_per_door": concurrency,
        "cross_door_wall_s": round(wall, 2),
        "cross_door_final_turn": st.turn,
    }


async def _hammer(mcp: Any, sid: str, urls: tuple[str, str], candidates: list[int], writes_per_door: int,
                  concurrency: int, acked_text: list[str], acked_items: list[int], failures: list[str]) -> None:
    """The three doors at once (cross_door_check): HTTP turns on each of `urls` (doors a and b), MCP dislikes
    of `candidates`; each acknowledged write goes to `acked_text` / `acked_items`, each refusal to `failures`."""
    async with httpx.AsyncClient(timeout=600) as client:

        async def http_door(url: str, tag: str) -> None:
            sem = asyncio.Semaphore(concurrency)

            async def one(i: int) -> None:
                text = f"note zx{tag}{i:04d}qv"
                async with sem:
                    try:
                        r = await client.post(f"{url}/sessions/{sid}/messages", json={"text": text})
                    except httpx.HTTPError as e:
                        failures.append(f"{tag}: {type(e).__name__}")
                        return
                if r.status_code == 200:
                    acked_text.append(text)
                else:
                    failures.append(f"{tag}: {r.status_code} {r.text[:120]}")

            await asyncio.gather(*(one(i) for i in range(writes_per_door)))

        async def mcp_door() -> None:
            sem = asyncio.Semaphore(concurrency)

            async def one(item: int) -> None:
                async with sem:
                    ok, data = await mcp_call(mcp, "update_preferences",
                                              {"session_id": sid, "disliked_items": [item]})
                if ok:
                    acked_items.append(item)
                else:
                    failures.append(f"mcp: {str(data)[:120]}")

            await asyncio.gather(*(one(i) for i in candidates))

        await asyncio.gather(http_door(urls[0], "a"), http_door(urls[1], "b"), mcp_door())


def slow_turn_reads(engine: Any, state_dir: Path, slow_turns: int = 12, delay_s: float = 3.0,
                    reads: int = 40) -> dict[str, Any]:
    """While `slow_turns` LLM turns (scripted, `delay_s` per LLM call) run on different sessions, time
    state reads of an idle session and session creation: they must not wait behind the turns."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import policy_chat_model
    from cesrec.backend import AgentBackend
    from cesrec.server import ServerSettings, create_app

    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="sqlite",
                             sessions_path=str(state_dir / "sessions.sqlite"))
    app = create_app(AgentBackend(agent, "scripted"), ServerSettings(registry_path=state_dir / "server_sessions.sqlite",
                                                                      turn_timeout_s=300))
    old = os.environ.get("CESREC_SCRIPTED_DELAY_S")
    read_ms: list[float] = []
    create_ms: list[float] = []
    during: list[bool] = []
    with live_server(app) as url:

        async def go() -> None:
            async with httpx.AsyncClient(base_url=url, timeout=300) as c:
                sids = [(await c.post("/sessions", json={"user_id": USER_IDS[i]})).json()["session_id"]
                        for i in range(slow_turns + 1)]
                idle = sids.pop()
                os.environ["CESREC_SCRIPTED_DELAY_S"] = str(delay_s)
                turns = [asyncio.ensure_future(c.post(f"/sessions/{s}/messages", json={"text": "something funny"}))
                         for s in sids]
                while app.state.runner.turns_admitted < slow_turns:  # all turns admitted and running/queued
                    await asyncio.sleep(0.01)
                for i in range(reads):
                    t0 = time.perf_counter()
                    if i % 4 == 3:
                        r = await c.post("/sessions", json={"user_id": USER_IDS[i]})
                        create_ms.append((time.perf_counter() - t0) * 1000)
                    else:
                        r = await c.get(f"/sessions/{idle}/state")
                        read_ms.append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
                    during.append(app.state.runner.turns_admitted > 0)
                await asyncio.gather(*turns)

        try:
            asyncio.run(go())
        finally:
            if old is None:
                os.environ.pop("CESREC_SCRIPTED_DELAY_S", None)
            else:
                os.environ["CESREC_SCRIPTED_DELAY_S"] = old
    return {"read_p95_ms_under_slow_turns": round(percentile(read_ms, 0.95), 1),
            "create_p95_ms_under_slow_turns": round(percentile(create_ms, 0.95), 1),
            "slow_turns": slow_turns, "slow_turn_llm_delay_s": delay_s,
            "reads_while_turns_running": sum(during), "reads_total": len(during)}


def limits_check(engine: Any, state_dir: Path) -> dict[str, Any]:
    """Oversize and malformed input on every door (HTTP API, MCP tools): all refused with a clear error
    that carries no library help URL; whitespace-only messages get 422 (plain and SSE)."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import policy_chat_model
    from cesrec.backend import AgentBackend
    from cesrec.mcp_server import SessionStore, build_mcp_server
    from cesrec.server import ServerSettings, create_app
    from cesrec.tools.lc_tools import MAX_LIST_ITEMS, MAX_TEXT_CHARS

    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="sqlite",
                             sessions_path=str(state_dir / "sessions.sqlite"))
    app = create_app(AgentBackend(agent, "scripted"), ServerSettings(registry_path=state_dir / "server_sessions.sqlite"))
    mcp = build_mcp_server(engine, SessionStore(engine, agent=agent))
    cases: dict[str, bool] = {}
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as c:
        sid = c.post("/sessions", json={"user_id": "42"}).json()["session_id"]
        rec = c.post(f"/sessions/{sid}/messages", json={"text": "something funny"}).json()["recommendations"][0]
        before = c.get(f"/sessions/{sid}/state").json()
        long_text = "x" * (MAX_TEXT_CHARS + 1)
        cases["http_text_too_long"] = c.post(f"/sessions/{sid}/messages", json={"text": long_text}).status_code == 422
        cases["http_feedback_bool_item"] = c.post(f"/sessions/{sid}/feedback",
                                                  json={"item": True, "verdict": "like"}).status_code == 422
        cases["http_feedback_str_item"] = c.post(f"/sessions/{sid}/feedback",
                                                 json={"item": str(rec["item"]), "verdict": "like"}).status_code == 422
        ws = [c.post(f"/sessions/{sid}/messages", json={"text": t}) for t in ("   ", "\n\t\r")]
        ws_sse = c.post(f"/sessions/{sid}/messages?stream=true", json={"text": "   "})
        whitespace_status = sorted({r.status_code for r in [*ws, ws_sse]})

        async def mcp_cases() -> dict[str, tuple[bool, Any]]:
            calls = {
                "mcp_text_too_long": ("update_preferences", {"session_id": sid, "text": long_text}),
                "mcp_text_1m": ("update_preferences", {"session_id": sid, "text": "y" * 1_000_000}),
                "mcp_whole_catalogue": ("update_preferences", {"session_id": sid, "liked_items": list(
                    range(1, engine.catalog.num_items + 1))}),
                "mcp_too_many_items": ("update_preferences", {"session_id": sid, "disliked_items": list(
                    range(1, MAX_LIST_ITEMS + 2))}),
                "mcp_bool_item_details": ("item_details", {"item": True}),
                "mcp_bool_explain": ("explain_recommendation", {"session_id": sid, "item": True}),
                "mcp_bool_liked_item": ("update_preferences", {"session_id": sid, "liked_items": [True]}),
                "mcp_huge_query": ("search_catalog", {"query": long_text}),
                "mcp_long_session_id": ("get_session_state", {"session_id": "s" * 201}),
            }
            return {k: await mcp_call(mcp, n, a) for k, (n, a) in calls.items()}

        mres = asyncio.run(mcp_cases())
        for k, (ok, text) in mres.items():
            cases[k] = (not ok) and "pydantic.dev" not in str(text) and len(str(text)) < 1000
        after = c.get(f"/sessions/{sid}/state").json()
    return {"oversize_rejected_all_doors": all(cases.values()), "oversize_cases": cases,
            "state_unchanged_by_rejected_input": before == after,
            "whitespace_status": whitespace_status[0] if len(whitespace_status) == 1 else whitespace_status,
            "mcp_error_sample": str(mres["mcp_text_too_long"][1])[:200]}
