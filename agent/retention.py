"""Checkpoint retention and session administration over the LangGraph checkpointers.

Every write to a session adds a checkpoint (~35 KB with the message log); without pruning they pile up
forever. `prune_checkpoints` keeps the newest N of a session (N = $CESREC_KEEP_CHECKPOINTS, default 20)
plus any checkpoint a running turn may roll back to, and deletes the rest (with their pending writes).
Callers hold the session's lock (agent.locks) while pruning.

`list_sessions`, `export_session` and `delete_session` back the `cesrec sessions` command.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from cesrec.agent.state import as_session

DEFAULT_KEEP = 20


def keep_checkpoints() -> int:
    """How many checkpoints per session to keep ($CESREC_KEEP_CHECKPOINTS, default 20, at least 2)."""
    raw = os.environ.get("CESREC_KEEP_CHECKPOINTS", "").strip()
    if not raw:
        return DEFAULT_KEEP
    try:
        n = int(raw)
    except ValueError:
        raise ValueError(f"CESREC_KEEP_CHECKPOINTS must be an integer, got {raw!r}") from None
    if n < 2:
        raise ValueError(f"CESREC_KEEP_CHECKPOINTS must be at least 2 (the latest and one to roll back to), "
                         f"got {n}")
    return n


def _kind(saver: Any) -> str:
    names = {c.__name__ for c in type(saver).__mro__}  # subclasses too (agent.checkpoint's reconnecting saver)
    if "SqliteSaver" in names:
        return "sqlite"
    if "PostgresSaver" in names:
        return "postgres"
    return "other"


def prune_checkpoints(saver: Any, thread_id: str, keep: int, protect: Iterable[str | None] = ()) -> int:
    """Delete all but the newest `keep` checkpoints of `thread_id` (and those in `protect`); returns how many
    were deleted. Checkpoint ids are time-ordered (uuid6), so newest = largest. In-memory and unknown
    checkpointers are left alone (0)."""
    protected = sorted({p for p in protect if p})
    kind = _kind(saver)
    if kind == "sqlite":
        keep_sql = ("SELECT checkpoint_id FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '' "
                    "ORDER BY checkpoint_id DESC LIMIT ?")
        extra = f" AND checkpoint_id NOT IN ({','.join('?' * len(protected))})" if protected else ""
        params = (thread_id, thread_id, keep, *protected)
        with saver.lock, saver.conn:
            cur = saver.conn.execute(
                f"DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '' AND checkpoint_id NOT IN "
                f"({keep_sql}){extra}", params)
            n = cur.rowcount
            if n:
                saver.conn.execute(
                    "DELETE FROM writes WHERE thread_id = ? AND checkpoint_ns = '' AND checkpoint_id NOT IN "
                    "(SELECT checkpoint_id FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '')",
                    (thread_id, thread_id))
        return max(int(n), 0)
    if kind == "postgres":
        keep_sql = ("SELECT checkpoint_id FROM checkpoints WHERE thread_id = %s AND checkpoint_ns = '' "
                    "ORDER BY checkpoint_id DESC LIMIT %s")
        extra = " AND NOT (checkpoint_id = ANY(%s))" if protected else ""
        params: tuple = (thread_id, thread_id, keep) + ((protected,) if protected else ())
        with saver.lock, saver.conn.transaction():
            cur = _pg(saver,
                f"DELETE FROM checkpoints WHERE thread_id = %s AND checkpoint_ns = '' AND checkpoint_id NOT IN "
                f"({keep_sql}){extra}", params)
            n = cur.rowcount or 0
            if n:
                _pg(saver,
                    "DELETE FROM checkpoint_writes WHERE thread_id = %s AND checkpoint_ns = '' AND checkpoint_id "
                    "NOT IN (SELECT checkpoint_id FROM checkpoints WHERE thread_id = %s AND checkpoint_ns = '')",
                    (thread_id, thread_id))
                # channel values no remaining checkpoint points at
                _pg(saver,
                    "DELETE FROM checkpoint_blobs b WHERE b.thread_id = %s AND b.checkpoint_ns = '' AND NOT EXISTS "
                    "(SELECT 1 FROM checkpoints c WHERE c.thread_id = b.thread_id AND c.checkpoint_ns = "
                    "b.checkpoint_ns AND c.checkpoint->'channel_versions'->>b.channel = b.version)",
                    (thread_id,))
        return int(n)
    return 0


def _pg(saver: Any, sql: str, params: tuple = ()) -> Any:
    from psycopg.rows import tuple_row  # our statements read plain tuples whatever the saver's row factory

    return saver.conn.cursor(row_factory=tuple_row).execute(sql, params)


def count_checkpoints(saver: Any, thread_id: str) -> int | None:
    kind = _kind(saver)
    if kind == "sqlite":
        with saver.lock:
            return int(saver.conn.execute("SELECT COUNT(*) FROM checkpoints WHERE thread_id = ?",
                                          (thread_id,)).fetchone()[0])
    if kind == "postgres":
        with saver.lock:
            return int(_pg(saver, "SELECT COUNT(*) FROM checkpoints WHERE thread_id = %s", (thread_id,)).fetchone()[0])
    return None


def thread_ids(saver: Any) -> list[str]:
    kind = _kind(saver)
    if kind == "sqlite":
        with saver.lock:
            rows = saver.conn.execute("SELECT DISTINCT thread_id FROM checkpoints ORDER BY thread_id").fetchall()
    elif kind == "postgres":
        with saver.lock:
            rows = _pg(saver, "SELECT DISTINCT thread_id FROM checkpoints ORDER BY thread_id").fetchall()
    else:
        raise ValueError(f"listing sessions needs the SQLite or Postgres checkpointer, not {type(saver).__name__}")
    return [r[0] for r in rows]


def _latest(saver: Any, thread_id: str) -> Any:
    return saver.get_tuple({"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}})


def list_sessions(saver: Any) -> list[dict[str, Any]]:
    """One row per session: id, user, CESRec turn, messages, checkpoints kept, time of the last write."""
    out = []
    for tid in thread_ids(saver):
        tup = _latest(saver, tid)
        if tup is None:
            continue
        values = tup.checkpoint.get("channel_values") or {}
        # raw checkpoint values (no graph channel in between): an old session may still be a dict
        sess = as_session(values.get("session"))
        out.append({"session_id": tid, "user_id": values.get("user_id") or (sess.user_id if sess else None),
                    "turn": sess.turn if sess else None, "messages": len(values.get("messages") or []),
                    "checkpoints": count_checkpoints(saver, tid), "updated_at": tup.checkpoint.get("ts")})
    return out


def export_session(saver: Any, thread_id: str) -> dict[str, Any] | None:
    """The session's latest checkpoint as JSON-able data (None: no such session)."""
    from langchain_core.messages import messages_to_dict

    tup = _latest(saver, thread_id)
    if tup is None:
        return None
    values = dict(tup.checkpoint.get("channel_values") or {})
    messages = values.pop("messages", None) or []
    return {"session_id": thread_id, "checkpoint_id": tup.checkpoint.get("id"),
            "updated_at": tup.checkpoint.get("ts"), "checkpoints": count_checkpoints(saver, thread_id),
            "values": _jsonable(values), "messages": messages_to_dict(messages)}


def _jsonable(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_jsonable(v) for v in x]
    if x is None or isinstance(x, str | int | float | bool):
        return x
    if hasattr(x, "model_dump"):
        return x.model_dump(mode="json")
    return str(x)


def delete_session(saver: Any, thread_id: str) -> bool:
    """Delete every checkpoint of the session; False if it had none."""
    if _latest(saver, thread_id) is None:
        return False
    saver.delete_thread(thread_id)
    return True
