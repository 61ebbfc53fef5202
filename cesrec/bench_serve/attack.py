"""Serving under attack (issue 25), measured on loopback with the scripted LLM:

- timeout_flood: `cesrec serve --turn-workers 1 --max-queued-turns 4 --turn-timeout 3` with a 1 s LLM,
  flooded with turns for `flood_s` seconds; afterwards no turn may start (turns_started_after_flood) and,
  once /health shows nothing in progress, the next turn takes about as long as on an idle server.
- cross_process_read_p95_ms: a `cesrec serve` process (C) runs 12 slow turns (3 s per LLM call), holding
  those sessions' locks; a second server (D, this process) on the same state directory gets POST /reset
  for those sessions (they wait for the locks) while its /health, session creation and state reads (of an
  idle session and of the locked ones) are timed.
- long_session: 500 turns on one session; turn latency and checkpoint size at turn 500 vs turn 10.
- mcp_fuzz: MCP tool calls with unknown session ids and hostile arguments; crashes (an exception that is
  not a tool error, or a tool error that is an internal error) and lock files left behind.
(damaged_db_cases: cesrec/bench_serve/damage.py.)"""

from __future__ import annotations

import asyncio
import os
import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

import httpx

from cesrec.bench_serve.harness import ServerProcess, live_server, percentile
from cesrec.bench_serve.load import USER_IDS

TEXTS = ["something funny", "a 90s thriller", "no horror", "sci-fi please", "from the 80s"]


def _local_server(engine: Any, state_dir: Path, **settings: Any) -> Any:
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import policy_chat_model
    from cesrec.backend import AgentBackend
    from cesrec.server import ServerSettings, create_app

    state_dir.mkdir(parents=True, exist_ok=True)
    agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="sqlite",
                             sessions_path=str(state_dir / "sessions.sqlite"))
    return create_app(AgentBackend(agent, "scripted"),
                      ServerSettings(registry_path=state_dir / "server_sessions.sqlite", **settings))


# ---- timeout flood -----------------------------------------------------------------------------------------


def timeout_flood(state_dir: Path, epochs: int | None, flood_s: float = 30.0, clients: int = 8) -> dict[str, Any]:
    srv = ServerProcess(state_dir, epochs=epochs, env={"CESREC_SCRIPTED_DELAY_S": "1"},
                        args=["--turn-workers", "1", "--max-queued-turns", "4", "--turn-timeout", "3"])
    srv.start()
    try:
        with httpx.Client(base_url=srv.url, timeout=120) as c:
            sids = [c.post("/sessions", json={"user_id": USER_IDS[i]}).json()["session_id"] for i in range(clients + 1)]
            probe = sids.pop()
            idle = []
            for i in range(3):
                t0 = time.perf_counter()
                c.post(f"/sessions/{probe}/messages", json={"text": TEXTS[i]}).raise_for_status()
                idle.append((time.perf_counter() - t0) * 1000)
        codes: dict[int, int] = {}

        async def flood() -> None:
            end = time.monotonic() + flood_s
            async with httpx.AsyncClient(base_url=srv.url, timeout=120) as ac:
                async def one(k: int) -> None:
                    i = 0
                    while time.monotonic() < end:
                        sid = sids[(k + i) % len(sids)]  # several clients per session: lock waits too
                        r = await ac.post(f"/sessions/{sid}/messages", json={"text": TEXTS[i % 5]})
                        codes[r.status_code] = codes.get(r.status_code, 0) + 1
                        i += 1
                        if r.status_code == 503:
                            await asyncio.sleep(0.05)

                await asyncio.gather(*(one(k) for k in range(clients)))

        asyncio.run(flood())
        with httpx.Client(base_url=srv.url, timeout=120) as c:
            started_at_end = c.get("/health").json()["turns_started"]
            t_wait = time.monotonic()
            while c.get("/health").json()["turns_in_progress"] > 0:
                time.sleep(0.05)
            drain_s = time.monotonic() - t_wait
            started_after = c.get("/health").json()["turns_started"] - started_at_end
            t0 = time.perf_counter()
            c.post(f"/sessions/{probe}/messages", json={"text": "something funny"}).raise_for_status()
            first_ms = (time.perf_counter() - t0) * 1000
    finally:
        srv.stop()
    idle_ms = statistics.median(idle)
    return {"turns_started_after_flood": started_after, "first_turn_ms": round(first_ms, 1),
            "idle_turn_ms": round(idle_ms, 1), "first_turn_ratio_to_idle": round(first_ms / idle_ms, 2),
            "flood_s": flood_s, "flood_clients": clients, "flood_status_counts": {str(k): v for k, v in sorted(codes.items())},
            "drain_after_flood_s": round(drain_s, 2),
            "server": "--turn-workers 1 --max-queued-turns 4 --turn-timeout 3, scripted LLM 1 s per call"}


# ---- reads on one server while another process holds the sessions' locks -----------------------------------


def cross_process_reads(engine: Any, state_dir: Path, epochs: int | None, slow_turns: int = 12,
                        delay_s: float = 3.0, reads: int = 60) -> dict[str, Any]:
    c_srv = ServerProcess(state_dir, epochs=epochs, env={"CESREC_SCRIPTED_DELAY_S": str(delay_s)},
                          args=["--turn-workers", str(slow_turns)], log=state_dir.parent / "server-c.log")
    c_srv.start()
    lat: dict[str, list[float]] = {"health": [], "create": [], "state_idle": [], "state_locked": []}
    try:
        app = _local_server(engine, state_dir, read_workers=8, write_workers=8, turn_timeout_s=300)
        with live_server(app) as d_url:

            async def go() -> dict[str, Any]:
                async with httpx.AsyncClient(base_url=c_srv.url, timeout=300) as cc, \
                        httpx.AsyncClient(base_url=d_url, timeout=300) as dc:
                    sids = [(await cc.post("/sessions", json={"user_id": USER_IDS[i]})).json()["session_id"]
                            for i in range(slow_turns + 1)]
                    idle = sids.pop()
                    turns = [asyncio.ensure_future(cc.post(f"/sessions/{s}/messages", json={"text": "funny"}))
                             for s in sids]
                    while (await cc.get("/health")).json()["turns_started"] < slow_turns:
                        await asyncio.sleep(0.02)  # every slow turn holds its session's lock in C
                    resets = [asyncio.ensure_future(dc.post(f"/sessions/{s}/reset")) for s in sids]
                    await asyncio.sleep(0.3)  # the resets now wait in D for C's locks
                    waiting = 0
                    for i in range(reads):
                        kind = ("health", "create", "state_idle", "state_locked")[i % 4]
                        t0 = time.perf_counter()
                        if kind == "health":
                            r = await dc.get("/health")
                        elif kind == "create":
                            r = await dc.post("/sessions", json={"user_id": USER_IDS[100 + i]})
                        elif kind == "state_idle":
                            r = await dc.get(f"/sessions/{idle}/state")
                        else:
                            r = await dc.get(f"/sessions/{sids[i % len(sids)]}/state")
                        lat[kind].append((time.perf_counter() - t0) * 1000)
                        r.raise_for_status()
                        waiting += sum(not f.done() for f in resets) > 0
                    reset_codes = [(await f).status_code for f in resets]
                    turn_codes = [(await f).status_code for f in turns]
                    return {"reads_while_resets_waited": waiting, "reset_codes": sorted(set(reset_codes)),
                            "slow_turn_codes": sorted(set(turn_codes))}

            extra = asyncio.run(go())
    finally:
        c_srv.stop()
    every = [x for v in lat.values() for x in v]
    return {"cross_process_read_p95_ms": round(percentile(every, 0.95), 1),
            "cross_process_reads": {**{f"{k}_p95_ms": round(percentile(v, 0.95), 1) for k, v in lat.items()},
                                    "reads": len(every), "slow_turns_in_other_process": slow_turns,
                                    "slow_turn_llm_delay_s": delay_s, **extra}}


# ---- long session ------------------------------------------------------------------------------------------


def long_session(engine: Any, state_dir: Path, turns: int = 500) -> dict[str, Any]:
    app = _local_server(engine, state_dir, turn_timeout_s=300)
    lat: list[float] = []
    size: dict[int, int] = {}
    db = state_dir / "sessions.sqlite"
    with live_server(app) as url, httpx.Client(base_url=url, timeout=300) as c:
        sid = c.post("/sessions", json={"user_id": "42"}).json()["session_id"]
        for t in range(1, turns + 1):
            t0 = time.perf_counter()
            c.post(f"/sessions/{sid}/messages", json={"text": f"{TEXTS[t % 5]} #{t}"}).raise_for_status()
            lat.append((time.perf_counter() - t0) * 1000)
            if t in (10, turns):
                conn = sqlite3.connect(str(db))
                size[t] = conn.execute("SELECT length(checkpoint) FROM checkpoints WHERE thread_id = ? ORDER BY "
                                       "checkpoint_id DESC LIMIT 1", (sid,)).fetchone()[0]
                conn.close()
        msgs = c.get(f"/sessions/{sid}/state").json()["conversation_messages"]
    early, late = statistics.median(lat[5:15]), statistics.median(lat[-10:])
    return {"turns": turns, "turn_ms_at_10": round(early, 1), "turn_ms_at_500": round(late, 1),
            "latency_ratio_500_vs_10": round(late / early, 2), "checkpoint_bytes_at_10": size[10],
            "checkpoint_bytes_at_500": size[turns], "checkpoint_ratio_500_vs_10": round(size[turns] / size[10], 2),
            "messages_in_checkpoint_at_500": msgs, "latency_windows": "median of turns 6-15 vs the last 10"}


# ---- MCP fuzz ----------------------------------------------------------------------------------------------

_HOSTILE = ["²", "①", "-²", "١", "٢٠٠", "0x10", "1e3", " 7 ", "\u0000", "\u200b", "", " ", "Star Wars",
            "a" * 5000, 2**63, -(2**63), 2**200, -1, 0, 1, 1.5, float("nan"), True, None, [], {}, [1, "x"],
            {"genre": ["Polka"]}, {"x" * 100: ["y"]}, {"genre": "Comedy"}]


def _fuzz_args(rng: random.Random, name: str) -> dict[str, Any]:
    from cesrec.tools.tool_specs import TOOL_SPECS

    fields = list(TOOL_SPECS[name].args.model_fields) if name in TOOL_SPECS else ["user_id"]
    args = {f: rng.choice(_HOSTILE) for f in rng.sample(fields, k=rng.randint(0, len(fields)))}
    if rng.random() < 0.1:
        args["unexpected"] = 1
    return args


def mcp_fuzz(engine: Any, state_dir: Path, calls: int = 2000, seed: int = 0) -> dict[str, Any]:
    from cesrec.bench_serve.doors import mcp_call
    from cesrec.mcp_server import MCP_TOOL_NAMES, SessionStore, build_mcp_server

    store = SessionStore(engine, state_dir)
    mcp = build_mcp_server(engine, store)
    rng = random.Random(seed)
    names = sorted(MCP_TOOL_NAMES)
    out = {"calls": 0, "ok": 0, "tool_errors": 0, "crashes": 0, "bad_shape": 0, "samples": []}

    async def go() -> None:
        real = (await mcp_call(mcp, "start_session", {"user_id": "42"}))[1]["session_id"]
        for i in range(calls):
            name = rng.choice(names)
            args = _fuzz_args(rng, name)
            if name != "start_session":
                roll = rng.random()
                args["session_id"] = (real if roll < 0.3 else f"mcp-unknown-{i}" if roll < 0.85
                                      else rng.choice(_HOSTILE))
            out["calls"] += 1
            try:
                ok, got = await mcp_call(mcp, name, args)
            except Exception as e:  # anything but a tool error escaping the tool is a crash
                out["crashes"] += 1
                if len(out["samples"]) < 5:
                    out["samples"].append(f"{name}: {type(e).__name__}: {str(e)[:200]}")
                continue
            if ok:
                out["ok"] += 1
            else:
                text = str(got)
                out["tool_errors"] += 1
                if "internal error" in text:
                    out["crashes"] += 1
                elif not text.startswith(f"{name}: ") or "\n" in text or "pydantic" in text:
                    out["bad_shape"] += 1
                else:
                    continue
                if len(out["samples"]) < 5:
                    out["samples"].append(f"{name}({args!r:.120}): {text[:200]}")

    t0 = time.perf_counter()
    asyncio.run(go())
    locks = state_dir / "sessions.sqlite.locks"
    out["lock_files_left"] = len(list(locks.glob("*.lock"))) if locks.exists() else 0
    out["wall_s"] = round(time.perf_counter() - t0, 1)
    return out


def attack_sections(engine: Any, workdir: Path, epochs: int | None, flood_s: float = 30.0,
                    long_turns: int = 500, fuzz_calls: int = 2000, log: Any = None) -> dict[str, Any]:
    """Every issue-25 section, in the shape bench_serve.json keeps them."""
    from cesrec.bench_serve.damage import damaged_db_check

    def say(msg: str) -> None:
        if log is not None:
            print(f"[bench serve attack] {msg}", file=log, flush=True)

    res: dict[str, Any] = {}
    res["timeout_flood"] = timeout_flood(workdir / "flood", epochs, flood_s=flood_s)
    say(f"timeout flood: {res['timeout_flood']}")
    res.update(cross_process_reads(engine, workdir / "cross-process", epochs))
    say(f"cross-process reads: {res['cross_process_reads']}")
    res["long_session"] = long_session(engine, workdir / "long", turns=long_turns)
    say(f"long session: {res['long_session']}")
    dmg = damaged_db_check(engine, workdir / "damaged")
    res["damaged_db_cases"] = {k: v for k, v in dmg.items() if k != "details"}
    res["damaged_db_cases"]["outcomes"] = {k: {kk: vv for kk, vv in v.items() if kk != "message"}
                                           | {"message": v.get("message", "")[:160]} for k, v in dmg["details"].items()}
    say(f"damaged db: {res['damaged_db_cases']}")
    res["mcp_fuzz"] = mcp_fuzz(engine, workdir / "mcp-fuzz", calls=fuzz_calls)
    say(f"mcp fuzz: {res['mcp_fuzz']}")
    res["load_average_1m_after_attack"] = round(os.getloadavg()[0], 2)
    return res
