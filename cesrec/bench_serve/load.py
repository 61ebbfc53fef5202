"""Load: N sessions created concurrently, each sending `turns` messages; latency of every request."""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

import httpx

from cesrec.bench_serve.harness import percentile

USER_IDS = [str(u) for u in range(1, 944)]
MESSAGES = [
    "something funny, no horror please",
    "I'd like a 90s thriller",
    "more like that but animated",
    "no more dramas, maybe sci-fi",
    "something romantic from the 80s",
]


async def load_test(base_url: str, sessions: int = 50, turns: int = 3, timeout_s: float = 600,
                    headers: dict[str, str] | None = None) -> dict[str, Any]:
    """N concurrent sessions x `turns` messages; returns latencies (ms) and error count."""
    lat: list[float] = []
    turn_lat: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=sessions + 10, max_keepalive_connections=sessions + 10)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout_s, limits=limits, headers=headers) as client:

        async def one(i: int) -> None:
            user = USER_IDS[(i * 17) % len(USER_IDS)]
            try:
                t0 = time.perf_counter()
                r = await client.post("/sessions", json={"user_id": user})
                lat.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 201:
                    errors.append(f"create {r.status_code}: {r.text[:200]}")
                    return
                sid = r.json()["session_id"]
                for t in range(turns):
                    t0 = time.perf_counter()
                    r = await client.post(f"/sessions/{sid}/messages", json={"text": MESSAGES[(i + t) % len(MESSAGES)]})
                    ms = (time.perf_counter() - t0) * 1000
                    lat.append(ms)
                    turn_lat.append(ms)
                    if r.status_code != 200 or not r.json().get("recommendations"):
                        errors.append(f"turn {r.status_code}: {r.text[:200]}")
                t0 = time.perf_counter()
                r = await client.get(f"/sessions/{sid}/state")
                lat.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200 or r.json().get("turn") != turns:
                    errors.append(f"state {r.status_code}: turn={r.json().get('turn') if r.status_code == 200 else '?'}")
            except httpx.HTTPError as e:
                errors.append(f"transport: {type(e).__name__}: {e}")

        t0 = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(sessions))), timeout_s)
        wall = time.perf_counter() - t0
    return {
        "requests": len(lat),
        "errors": len(errors),
        "error_samples": errors[:5],
        "p50_ms": round(statistics.median(lat), 1) if lat else None,
        "p95_ms": round(percentile(lat, 0.95), 1) if lat else None,
        "turn_p50_ms": round(statistics.median(turn_lat), 1) if turn_lat else None,
        "turn_p95_ms": round(percentile(turn_lat, 0.95), 1) if turn_lat else None,
        "wall_s": round(wall, 2),
    }
