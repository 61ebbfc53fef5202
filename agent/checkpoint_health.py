"""Integrity of the SQLite session files: a quick check before anything opens them, online backups
(SQLite's backup API, safe while servers run) and restore. Damaged state is never silently replaced: a
file that fails the check stops the process with one line naming the file and the way back."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

SIDECARS = ("-wal", "-shm")


class DamagedStateError(RuntimeError):
    """A session file is damaged or inconsistent; the message is one line: the file, what is wrong, and
    the command that recovers."""


def sqlite_problem(path: str | Path) -> str | None:
    """None when `path` is absent or a healthy SQLite database (`PRAGMA quick_check`), else what is wrong."""
    p = Path(path)
    if not p.exists():
        return None
    try:
        conn = sqlite3.connect(str(p), timeout=30)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        return str(e) or type(e).__name__
    if rows != [("ok",)]:
        return "integrity check failed: " + "; ".join(str(r[0]) for r in rows[:2])
    return None


def damaged_message(path: str | Path, problem: str) -> str:
    p = Path(path)
    return (f"{p} is damaged ({' '.join(problem.split())}); nothing was changed. Stop every process using "
            f"{p.parent}, then restore a backup: `cesrec sessions restore BACKUP_DIR --state-dir {p.parent}` "
            f"(backups: `cesrec sessions backup --out DIR`); or move the file aside to start without those sessions")


def require_healthy(path: str | Path) -> None:
    """DamagedStateError (one line) unless `path` is absent or passes the quick check."""
    problem = sqlite_problem(path)
    if problem is not None:
        raise DamagedStateError(damaged_message(path, problem))


def thread_ids(path: str | Path) -> set[str]:
    """Session ids that have checkpoints in the SQLite checkpoint file (empty when it has none)."""
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='checkpoints'").fetchone()
        return {r[0] for r in conn.execute("SELECT DISTINCT thread_id FROM checkpoints")} if has else set()
    finally:
        conn.close()


def backup_sqlite(src: str | Path, dst: str | Path) -> None:
    """Copy `src` to `dst` with SQLite's online backup API: a consistent snapshot even while other
    processes write (WAL content included)."""
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".partial")
    tmp.unlink(missing_ok=True)
    source = sqlite3.connect(str(src), timeout=30)
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    tmp.replace(dst)


def restore_sqlite(backup: str | Path, dst: str | Path) -> Path | None:
    """Put `backup` (checked first) in place of `dst`; the file it replaces (and its WAL) is kept next to it
    as `<name>.replaced-<time>`, never deleted. Returns that path (None when there was no file)."""
    require_healthy(backup)
    dst = Path(dst)
    kept = None
    if dst.exists():
        kept = dst.with_name(f"{dst.name}.replaced-{time.strftime('%Y%m%d-%H%M%S')}")
        dst.replace(kept)
        for s in SIDECARS:
            side = dst.with_name(dst.name + s)
            if side.exists():
                side.replace(kept.with_name(kept.name + s))
    backup_sqlite(backup, dst)
    return kept
