"""The transcript of a SQLite session: messages that left the checkpoint (a session keeps only its last
turns' messages there, so checkpoint size and turn latency stay flat) are kept here, one row per message
(kind, text), in order, in a table next to the checkpoints. Call with the saver's connection, under its
lock."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

TABLE = "transcript"


def _exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() is not None


def archive(conn: sqlite3.Connection, thread_id: str, rows: Iterable[tuple[str, str, str]]) -> None:
    """Append (message id, kind, text) rows; a message already archived is kept once."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (thread_id TEXT NOT NULL, msg_id TEXT NOT NULL, "
                 "kind TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (thread_id, msg_id))")
    conn.executemany(f"INSERT OR IGNORE INTO {TABLE} VALUES (?, ?, ?, ?)",
                     [(thread_id, mid, kind, text) for mid, kind, text in rows])
    conn.commit()


def read(conn: sqlite3.Connection, thread_id: str) -> list[tuple[str, str]]:
    """(kind, text) of the archived messages, oldest first."""
    if not _exists(conn):
        return []
    return conn.execute(f"SELECT kind, text FROM {TABLE} WHERE thread_id = ? ORDER BY rowid", (thread_id,)).fetchall()


def delete(conn: sqlite3.Connection, thread_id: str) -> int:
    """Remove a session's transcript (with the session itself); returns the rows removed."""
    if not _exists(conn):
        return 0
    n = conn.execute(f"DELETE FROM {TABLE} WHERE thread_id = ?", (thread_id,)).rowcount
    conn.commit()
    return n
