"""Damaged session files (issue 25): each case damages a copy of a state directory that holds sessions
with turns, then starts the server the way `cesrec serve` does (build_backend, then create_app). A case
passes when the start is refused with one line naming the file, or the server starts with every session
intact; it counts as `silently_recreated` when the server starts and a session's state is gone."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

SESSIONS, REGISTRY = "sessions.sqlite", "server_sessions.sqlite"


def _settle(path: Path) -> None:
    """Fold the WAL into the main file so damage to it is damage to the data."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for s in ("-wal", "-shm"):
        path.with_name(path.name + s).unlink(missing_ok=True)


def _truncate_to_zero(d: Path) -> str:
    (d / SESSIONS).write_bytes(b"")
    return SESSIONS


def _garbage_in_the_middle(d: Path) -> str:
    p = d / SESSIONS
    data = bytearray(p.read_bytes())
    mid = len(data) // 2
    data[mid:mid + 8192] = bytes((i * 131 + 7) % 251 for i in range(min(8192, len(data) - mid)))
    p.write_bytes(bytes(data))
    return SESSIONS


def _half_truncated(d: Path) -> str:
    p = d / SESSIONS
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])
    return SESSIONS


def _registry_garbage(d: Path) -> str:
    p = d / REGISTRY
    data = bytearray(p.read_bytes())
    data[100: 100 + 4096] = b"\xa5" * min(4096, len(data) - 100)
    p.write_bytes(bytes(data))
    return REGISTRY


def _registry_half_truncated(d: Path) -> str:
    p = d / REGISTRY
    p.write_bytes(p.read_bytes()[: max(1, p.stat().st_size // 2)])
    return REGISTRY


CASES: dict[str, Callable[[Path], str]] = {
    "sessions_truncated_to_0_bytes": _truncate_to_zero,
    "sessions_8kb_garbage_in_the_middle": _garbage_in_the_middle,
    "sessions_half_truncated": _half_truncated,
    "registry_garbage": _registry_garbage,
    "registry_half_truncated": _registry_half_truncated,
}


def _seed(engine: Any, d: Path, sessions: int) -> dict[str, dict]:
    from fastapi.testclient import TestClient

    from cesrec.backend import build_backend
    from cesrec.server import ServerSettings, create_app

    backend = build_backend(llm="scripted", engine=engine, state_dir=str(d))
    app = create_app(backend, ServerSettings(registry_path=d / REGISTRY, allowed_hosts=["testserver"]))
    states = {}
    with TestClient(app) as c:
        for i in range(sessions):
            sid = c.post("/sessions", json={"user_id": str(1 + i)}).json()["session_id"]
            assert c.post(f"/sessions/{sid}/messages", json={"text": "something funny"}).status_code == 200
            states[sid] = c.get(f"/sessions/{sid}/state").json()
    backend.agent.checkpointer.conn.close()
    app.state.registry.close()
    for name in (SESSIONS, REGISTRY):
        _settle(d / name)
    return states


def _start(engine: Any, d: Path, states: dict[str, dict]) -> dict[str, Any]:
    """Start as `cesrec serve` does; 'refused' (with the message) or 'started' (and whether state is intact)."""
    from fastapi.testclient import TestClient

    from cesrec.agent.checkpoint_health import DamagedStateError
    from cesrec.backend import BackendError, build_backend
    from cesrec.server import ServerSettings, create_app

    try:
        backend = build_backend(llm="scripted", engine=engine, state_dir=str(d))
        app = create_app(backend, ServerSettings(registry_path=d / REGISTRY, allowed_hosts=["testserver"]))
    except (BackendError, DamagedStateError) as e:
        return {"outcome": "refused", "message": str(e)}
    except Exception as e:  # a raw library error: a refusal, but not in the promised shape
        return {"outcome": "crashed", "message": f"{type(e).__name__}: {e}"}
    with TestClient(app) as c:
        intact = all(c.get(f"/sessions/{sid}/state").json() == st for sid, st in states.items())
    return {"outcome": "started", "intact": intact}


def damaged_db_check(engine: Any, workdir: Path, sessions: int = 3) -> dict[str, Any]:
    """Every case in CASES on a fresh copy of one seeded state directory."""
    pristine = workdir / "pristine"
    pristine.mkdir(parents=True, exist_ok=True)
    states = _seed(engine, pristine, sessions)
    results = {}
    for name, damage in CASES.items():
        d = workdir / name
        shutil.copytree(pristine, d)
        damaged = damage(d)
        r = _start(engine, d, states)
        r["file"] = damaged
        r["one_line_naming_the_file"] = (r["outcome"] == "refused" and "\n" not in r["message"]
                                         and damaged in r["message"] and "cesrec sessions" in r["message"])
        results[name] = r
    return {
        "cases": len(results),
        "refused_one_line": sum(r["one_line_naming_the_file"] for r in results.values()),
        "started_intact": sum(r["outcome"] == "started" and r["intact"] for r in results.values()),
        "silently_recreated": sum(r["outcome"] == "started" and not r["intact"] for r in results.values()),
        "crashed": sum(r["outcome"] == "crashed" for r in results.values()),
        "details": results,
    }
