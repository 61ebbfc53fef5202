"""Session registry: which session ids exist, whose they are, and the pre-turn snapshot of a turn in
flight; persisted (SQLite, or Postgres for several server processes) so sessions survive restarts."""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cesrec.agent.checkpoint_health import DamagedStateError, damaged_message, require_healthy

SESSION_ID_BYTES = 24  # 192 bits: not enumerable, not guessable


class SessionRegistry:
    """Which session ids exist, whose they are, and the pre-turn snapshot of a turn in flight. SQLite on
    disk: one server process (per-session serialization is the process's own lock)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        require_healthy(path)  # a damaged registry stops the start with one line, never a traceback
        try:
            self._db: Any = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a created session must survive kill -9
            # `pending` holds the pre-turn snapshot while a turn runs: after a crash (kill -9) the next start
            # rolls those sessions back, so a turn is never left half-applied.
            self._q("CREATE TABLE IF NOT EXISTS api_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                    "created_at REAL NOT NULL, turns INTEGER NOT NULL DEFAULT 0, pending TEXT)")
        except sqlite3.DatabaseError as e:
            raise DamagedStateError(damaged_message(path, str(e))) from None

    def _q(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            cur = self._db.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def create(self, user_id: str, creating: bool = False) -> str:
        """A new session id for `user_id`. `creating`: marked pending (no pre-turn state) until its first
        state is written (`clear_pending`), so a crash in between is recognised, not taken for lost state."""
        sid = secrets.token_urlsafe(SESSION_ID_BYTES)
        while sid.startswith("-"):  # an id a command line would read as an option (`cesrec sessions export -x`)
            sid = secrets.token_urlsafe(SESSION_ID_BYTES)
        self._q("INSERT INTO api_sessions VALUES (?, ?, ?, 0, ?)",
                (sid, user_id, time.time(), json.dumps(None) if creating else None))
        return sid

    def settled_ids(self) -> set[str]:
        """Sessions with no write in flight: each must have state in the checkpoint store."""
        return {r[0] for r in self._q("SELECT id FROM api_sessions WHERE pending IS NULL")}

    def delete(self, sid: str) -> None:
        self._q("DELETE FROM api_sessions WHERE id = ?", (sid,))

    def get(self, sid: str) -> dict[str, Any] | None:
        rows = self._q("SELECT id, user_id, created_at, turns FROM api_sessions WHERE id = ?", (sid,))
        if not rows:
            return None
        row = rows[0]
        return {"session_id": row[0], "user_id": row[1], "created_at": row[2], "turns": row[3]}

    def count_turn(self, sid: str) -> None:
        self._q("UPDATE api_sessions SET turns = turns + 1 WHERE id = ?", (sid,))

    def mark_pending(self, sid: str, snapshot: Any) -> None:
        self._q("UPDATE api_sessions SET pending = ? WHERE id = ?", (json.dumps(snapshot), sid))

    def clear_pending(self, sid: str) -> None:
        self._q("UPDATE api_sessions SET pending = NULL WHERE id = ?", (sid,))

    # pending() below yields sessions without holding their lock (the runner takes it)
    pending_holds_lock = False

    def pending(self) -> Iterator[tuple[str, Any]]:
        """Turns marked in flight (the caller checks under the session's lock whether their owner died)."""
        rows = self._q("SELECT id, pending FROM api_sessions WHERE pending IS NOT NULL")
        return [(sid, json.loads(p)) for sid, p in rows]

    def pending_for(self, sid: str) -> tuple[bool, Any]:
        """(True, pre-turn snapshot) while `sid` has a turn marked in flight, else (False, None)."""
        rows = self._q("SELECT pending FROM api_sessions WHERE id = ? AND pending IS NOT NULL", (sid,))
        return (True, json.loads(rows[0][0])) if rows else (False, None)

    def claim(self, sid: str) -> Any:
        """A handle serializing `sid`'s turns across processes (release it after the turn); one process
        needs none."""
        return None

    def release(self, handle: Any) -> None:
        pass

    def count(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM api_sessions")[0][0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


class PostgresSessionRegistry(SessionRegistry):
    """The registry in Postgres, for several server processes sharing sessions (with the Postgres agent
    checkpointer on the same database). A turn holds a session-level advisory lock on its own connection
    (`claim`), so turns of one session are serialized across processes; the lock dies with its
    connection, so at start-up a pending turn whose lock is free was left by a dead process and is rolled
    back, while one whose lock is held is still running elsewhere and is left alone."""

    pending_holds_lock = True

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._lock = threading.Lock()
        self._db = _connect(dsn)
        self._q("CREATE TABLE IF NOT EXISTS api_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                "created_at DOUBLE PRECISION NOT NULL, turns INTEGER NOT NULL DEFAULT 0, pending TEXT)")

    def _q(self, sql: str, params: tuple = ()) -> list[tuple]:
        # same statements as SQLite; the table gets a prefix in a database other apps may share
        sql = sql.replace("api_sessions", "cesrec_api_sessions").replace("?", "%s")
        with self._lock:  # the database restarted: reconnect instead of failing every request
            from cesrec.agent.checkpoint import live_postgres

            self._db = live_postgres(self._db, self._dsn)
        return super()._q(sql, params)

    def pending(self) -> Iterator[tuple[str, Any]]:
        """Turns whose owner died: yielded while this process holds their advisory lock, so the caller's
        rollback cannot race a live process claiming the session meanwhile."""
        for sid, _ in super().pending():
            conn = self.claim(sid, wait=False)
            if conn is None:
                continue  # still running in a live process
            try:
                rows = self._q("SELECT pending FROM api_sessions WHERE id = ? AND pending IS NOT NULL", (sid,))
                if rows:
                    yield sid, json.loads(rows[0][0])
            finally:
                self.release(conn)

    def claim(self, sid: str, wait: bool = True) -> Any:
        """A connection holding `sid`'s advisory lock (None when wait=False and another process has it)."""
        conn = _connect(self._dsn)
        try:
            fn = "pg_advisory_lock" if wait else "pg_try_advisory_lock"
            # two-key form: the first key namespaces our locks in a database other apps may share
            row = conn.execute(f"SELECT {fn}({_LOCK_NAMESPACE}, hashtext(%s))", (sid,)).fetchone()
        except BaseException:
            conn.close()
            raise
        if not wait and not row[0]:
            conn.close()
            return None
        return conn

    def release(self, handle: Any) -> None:
        if handle is not None:
            handle.close()  # closing the connection releases its advisory lock


_LOCK_NAMESPACE = 0x0CE5  # advisory-lock namespace of cesrec sessions


def _connect(dsn: str) -> Any:
    from cesrec.agent.checkpoint import connect_postgres  # psycopg only when Postgres is asked for

    return connect_postgres(dsn)


def state_dir_problems(home: Path) -> list[str]:
    """What is wrong with the SQLite session files of a state directory (one line each; [] when healthy):
    a file failing the quick check, or a registry listing sessions the checkpoint store lacks."""
    from cesrec.agent.checkpoint_health import sqlite_problem, thread_ids

    store, reg = home / "sessions.sqlite", home / "server_sessions.sqlite"
    problems = [damaged_message(p, why) for p in (store, reg) if (why := sqlite_problem(p)) is not None]
    if problems or not reg.exists():
        return problems
    conn = sqlite3.connect(str(reg), timeout=30)
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='api_sessions'").fetchone()
        listed = {r[0] for r in conn.execute("SELECT id FROM api_sessions WHERE pending IS NULL")} if has else set()
    finally:
        conn.close()
    missing = listed - (thread_ids(store) if store.exists() else set())
    if missing:
        problems.append(f"{reg} lists {len(missing)} session(s) that {store} lacks (e.g. {sorted(missing)[0][:8]}…): "
                        f"the checkpoint file was emptied, replaced or damaged; restore a backup with "
                        f"`cesrec sessions restore BACKUP_DIR --state-dir {home}`")
    return problems
