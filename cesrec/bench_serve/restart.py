"""kill -9 the server between turns and in the middle of a turn; the resumed session must equal the last
committed one."""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from cesrec.bench_serve.harness import ServerProcess


def _state(url: str, sid: str) -> dict[str, Any]:
    r = httpx.get(f"{url}/sessions/{sid}/state", timeout=60)
    r.raise_for_status()
    return r.json()


def _pending(state_dir: Path, sid: str) -> bool:
    import sqlite3

    db = sqlite3.connect(str(state_dir / "server_sessions.sqlite"))
    try:
        row = db.execute("SELECT pending FROM api_sessions WHERE id = ?", (sid,)).fetchone()
    finally:
        db.close()
    return bool(row and row[0])


def _checkpoints(state_dir: Path, sid: str) -> int:
    """How many LangGraph checkpoints the session has on disk (to see a turn's partial writes)."""
    import sqlite3

    db = sqlite3.connect(str(state_dir / "sessions.sqlite"))
    try:
        return int(db.execute("SELECT COUNT(*) FROM checkpoints WHERE thread_id = ?", (sid,)).fetchone()[0])
    finally:
        db.close()


def restart_check(server: ServerProcess, user: str = "42", delay_s: float = 1.5) -> dict[str, Any]:
    """(a) kill -9 between turns, (b) kill -9 inside a turn; after each restart the state must equal the
    last committed one and the next turn must work. `server` must be started with --llm scripted."""
    out: dict[str, Any] = {}
    url = server.url
    sid = httpx.post(f"{url}/sessions", json={"user_id": user}, timeout=60).json()["session_id"]
    for text in ("no horror, something funny", "from the 90s please"):
        httpx.post(f"{url}/sessions/{sid}/messages", json={"text": text}, timeout=120).raise_for_status()
    before = _state(url, sid)
    server.kill9()
    server.start()
    after = _state(server.url, sid)
    out["between_turns_identical"] = before == after

    # (b) slow scripted LLM so the kill lands inside a turn
    server.kill9()
    server.start(env={"CESREC_SCRIPTED_DELAY_S": str(delay_s)})
    url = server.url
    before = _state(url, sid)
    n_before = _checkpoints(server.state_dir, sid)

    def send() -> None:
        with contextlib.suppress(httpx.HTTPError):
            httpx.post(f"{url}/sessions/{sid}/messages", json={"text": "something with Tom Hanks"}, timeout=60)

    th = threading.Thread(target=send, daemon=True)
    th.start()
    # Kill while the turn runs: the server has recorded it as pending and the (slow, scripted) LLM call is in
    # progress. The agent writes a turn's checkpoint only at its end, so what must hold after the restart is
    # that the session equals its pre-turn state and the next turn works.
    deadline = time.monotonic() + 60
    while not _pending(server.state_dir, sid) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(delay_s / 3)
    out["killed_mid_turn"] = _pending(server.state_dir, sid)
    server.kill9()
    th.join(timeout=30)
    # informational: with end-of-turn checkpoints an interrupted turn normally leaves none behind
    out["partial_turn_on_disk"] = _checkpoints(server.state_dir, sid) > n_before
    server.start()
    url = server.url
    after = _state(url, sid)
    out["mid_turn_identical"] = before == after
    r = httpx.post(f"{url}/sessions/{sid}/messages", json={"text": "maybe a comedy"}, timeout=120)
    out["continues"] = r.status_code == 200 and _state(url, sid)["turn"] == before["turn"] + 1
    out["identical"] = bool(out["between_turns_identical"] and out["mid_turn_identical"] and out["continues"])
    return out
