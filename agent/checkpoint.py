"""Where sessions are checkpointed: SQLite on disk (default), in memory (tests) or Postgres (several server
processes sharing sessions; the connection is checked before each use and replaced after a database
restart, `live_postgres`). The agent graph, the session locks and the HTTP server's registry build their
connections here; nothing in this module knows the graph.

All three store the state with LangGraph's JsonPlusSerializer (msgpack), which keeps the session's pydantic
model as (module, class, kwargs) and rebuilds it on load; `checkpoint_serde` names that class explicitly.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any, Literal

from cesrec.agent.state import SESSION_MSGPACK_TYPES
from cesrec.recmodel.data import cesrec_home
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

POSTGRES_EXTRA = "Postgres sessions need the optional extra: pip install 'cesrec-agent[postgres]'"


def default_sessions_path() -> Path:
    return cesrec_home() / "sessions.sqlite"


def checkpoint_serde() -> JsonPlusSerializer:
    """LangGraph's serializer with the session model on its msgpack allowlist. By default it rebuilds any
    class a checkpoint names, logging that unlisted ones will be blocked in a future version; listed, the
    SessionState comes back silently, and nothing beyond LangGraph's safe types (messages, ...) and ours is
    imported on load. (A refused class would come back as its kwargs dict: agent.state types it anyway.)"""
    return JsonPlusSerializer(allowed_msgpack_modules=SESSION_MSGPACK_TYPES)


def connect_postgres(dsn: str, **kwargs: Any) -> Any:
    """An autocommit psycopg connection, or ConnectionError with the server's one-line reason (bad host,
    auth, database) instead of a driver traceback."""
    try:
        import psycopg
    except ImportError as e:
        raise ImportError(POSTGRES_EXTRA) from e
    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=10, **kwargs)
    except psycopg.Error as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ConnectionError(f"cannot connect to the Postgres sessions database: {first}") from None


def live_postgres(conn: Any, dsn: str, **kwargs: Any) -> Any:
    """`conn` when it still reaches the server, else a new connection: after a database restart an idle
    connection is dead, and only a round trip finds out (an empty query, as psycopg's pool checks)."""
    import psycopg

    if not (conn.closed or conn.broken):
        try:
            conn.execute("")
            return conn
        except psycopg.OperationalError:
            pass
    with contextlib.suppress(Exception):
        conn.close()
    return connect_postgres(dsn, **kwargs)


def _reconnecting_postgres_saver(dsn: str) -> BaseCheckpointSaver:
    # defined here, not at module level: langgraph.checkpoint.postgres is an optional extra
    from langgraph.checkpoint.postgres import PostgresSaver

    class ReconnectingPostgresSaver(PostgresSaver):
        """PostgresSaver that outlives a database restart: its connection is checked before each use and
        replaced when dead, instead of failing every later turn."""

        @contextlib.contextmanager
        def _cursor(self, *, pipeline: bool = False):  # type: ignore[override]
            with self.lock:
                self.conn = live_postgres(self.conn, dsn, prepare_threshold=0)
            with super()._cursor(pipeline=pipeline) as cur:
                yield cur

    conn = connect_postgres(dsn, prepare_threshold=0)
    try:
        saver = ReconnectingPostgresSaver(conn, serde=checkpoint_serde())
        saver.setup()
    except Exception:
        conn.close()
        raise
    return saver


def make_checkpointer(kind: Literal["sqlite", "memory", "postgres"] = "sqlite", path: str | Path | None = None,
                      dsn: str | None = None) -> BaseCheckpointSaver:
    """SQLite on disk (default CESREC_HOME/sessions.sqlite), in-memory (tests), or Postgres (optional extra
    `cesrec-agent[postgres]`, for several server instances sharing sessions)."""
    if kind == "memory":
        return InMemorySaver(serde=checkpoint_serde())
    if kind == "sqlite":
        from langgraph.checkpoint.sqlite import SqliteSaver

        p = Path(path) if path else default_sessions_path()
        p.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread=False: the server runs turns in worker threads; SqliteSaver has its own lock.
        conn = sqlite3.connect(str(p), check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        saver = SqliteSaver(conn, serde=checkpoint_serde())
        saver.setup()
        return saver
    if kind == "postgres":
        try:
            import langgraph.checkpoint.postgres  # noqa: F401 (the optional extra)
        except ImportError as e:
            raise ImportError(POSTGRES_EXTRA) from e
        if not dsn:
            raise ValueError("Postgres checkpointer needs a DSN (CESREC_POSTGRES_DSN)")
        return _reconnecting_postgres_saver(dsn)
    raise ValueError(f"unknown checkpointer {kind!r}: use sqlite, memory or postgres")
