"""Per-session serialization that holds across threads *and* processes.

A session is one piece of state whichever door writes to it (the HTTP server, a second HTTP server on the
same state directory, the MCP server, the terminal chat). Every write — a turn, feedback, reset, each MCP
tool that changes the session — runs under `SessionLocks.hold(session_id)`:

- within a process: one reentrant lock per session (a thread holding it may take it again, e.g. the
  server's turn job around the agent's own turn);
- across processes: SQLite sessions take `fcntl.flock` on a lock file next to the database
  (`<sessions.sqlite>.locks/<sha256(session id)>.lock`, removed again by its holder on release, so lock
  files never pile up: a waiter that locked a file meanwhile unlinked sees it is no longer the one at
  that path and takes the new one; files left by a killed holder are swept when a lock table starts);
  Postgres sessions take the session-level advisory
  lock `pg_advisory_lock(0x0CE5, hashtext(session id))` on a connection of their own — the same lock the
  HTTP server's Postgres registry uses. Both die with the process that holds them, so a crash never
  leaves a session locked.

The holder reads the session's latest checkpoint after taking the lock and writes on top of it, so a
write acknowledged by another process is never overwritten. Waiting is bounded (`timeout_s`, default
$CESREC_LOCK_TIMEOUT_S or 300 s): past it, `SessionBusy` says so in one line.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LOCK_NAMESPACE = 0x0CE5  # advisory-lock namespace of cesrec sessions (shared with cesrec.server)
DEFAULT_TIMEOUT_S = 300.0


class SessionBusy(TimeoutError):
    """The session's lock was not free within the allowed wait (another writer holds it)."""


def lock_key(session_id: str) -> str:
    """File-name-safe key of a session id (ids are caller-chosen strings of up to 200 characters)."""
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()[:40]


def default_timeout_s() -> float:
    raw = os.environ.get("CESREC_LOCK_TIMEOUT_S", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"CESREC_LOCK_TIMEOUT_S must be a number of seconds, got {raw!r}") from None
    if value < 0:
        raise ValueError(f"CESREC_LOCK_TIMEOUT_S must be >= 0, got {raw!r}")
    return value


class _Entry:
    __slots__ = ("rlock", "users", "depth", "handle")

    def __init__(self) -> None:
        self.rlock = threading.RLock()
        self.users = 0  # threads holding or waiting for it (the entry is dropped at 0)
        self.depth = 0  # re-entries of the owning thread
        self.handle: Any = None  # the cross-process lock while depth > 0


class SessionLocks:
    """One lock per session id: reentrant per thread, exclusive across threads and (with a lock directory or
    a Postgres DSN) across processes. Entries live only while a thread holds or waits for them."""

    def __init__(self, lock_dir: str | Path | None = None, postgres_dsn: str | None = None,
                 timeout_s: float | None = None) -> None:
        if lock_dir is not None and postgres_dsn is not None:
            raise ValueError("SessionLocks: a lock directory or a Postgres DSN, not both")
        self.lock_dir = Path(lock_dir) if lock_dir is not None else None
        if self.lock_dir is not None:
            self.lock_dir.mkdir(parents=True, exist_ok=True)
            self.sweep()
        self.postgres_dsn = postgres_dsn
        self.timeout_s = default_timeout_s() if timeout_s is None else float(timeout_s)
        self._entries: dict[str, _Entry] = {}
        self._guard = threading.Lock()

    @classmethod
    def for_sqlite(cls, sessions_path: str | Path, **kw: Any) -> SessionLocks:
        """Locks for a SQLite session database: lock files in `<sessions_path>.locks/`."""
        p = Path(sessions_path)
        return cls(lock_dir=p.with_name(p.name + ".locks"), **kw)

    @property
    def cross_process(self) -> bool:
        return self.lock_dir is not None or self.postgres_dsn is not None

    def lock_file(self, session_id: str) -> Path | None:
        return None if self.lock_dir is None else self.lock_dir / f"{lock_key(session_id)}.lock"

    # ---- holding -------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def hold(self, session_id: str, timeout_s: float | None = None) -> Iterator[None]:
        """Hold `session_id`'s lock; SessionBusy if it is not free within `timeout_s` (default: the
        instance's). Reentrant for the holding thread."""
        wait = self.timeout_s if timeout_s is None else float(timeout_s)
        deadline = time.monotonic() + wait
        with self._guard:
            entry = self._entries.get(session_id)
            if entry is None:
                entry = self._entries[session_id] = _Entry()
            entry.users += 1
        try:
            ok = entry.rlock.acquire(timeout=wait) if wait > 0 else entry.rlock.acquire(blocking=False)
            if not ok:
                raise SessionBusy(_busy_message(wait))
            try:
                if entry.depth == 0:
                    entry.handle = self._acquire_cross(session_id, deadline, wait)
                entry.depth += 1
                try:
                    yield
                finally:
                    entry.depth -= 1
                    if entry.depth == 0:
                        handle, entry.handle = entry.handle, None
                        self._release_cross(handle)
            finally:
                entry.rlock.release()
        finally:
            with self._guard:
                entry.users -= 1
                if entry.users == 0:
                    del self._entries[session_id]

    def held_here(self, session_id: str) -> bool:
        """Whether some thread of this process holds the session's lock right now."""
        with self._guard:
            entry = self._entries.get(session_id)
            return entry is not None and entry.depth > 0

    def __len__(self) -> int:
        with self._guard:
            return len(self._entries)

    # ---- the cross-process part ------------------------------------------------------------------------
    def _acquire_cross(self, session_id: str, deadline: float, wait: float) -> Any:
        if self.lock_dir is not None:
            return self._acquire_file(session_id, deadline, wait)
        if self.postgres_dsn is not None:
            return self._acquire_pg(session_id, deadline, wait)
        return None

    def _release_cross(self, handle: Any) -> None:
        if handle is None:
            return
        with contextlib.suppress(Exception):
            handle.close()  # closing the file drops the flock; closing the connection the advisory lock

    def _acquire_file(self, session_id: str, deadline: float, wait: float) -> Any:
        path = self.lock_file(session_id)
        assert path is not None
        pause = 0.002
        while True:
            path.parent.mkdir(parents=True, exist_ok=True)
            f = open(path, "a+b")  # noqa: SIM115 - the handle outlives this function (closed on release)
            try:
                if _try_flock(f):
                    if _is_current(f, path):
                        return _FileLock(f, path)
                    f.close()  # its holder unlinked it before we got it: lock the file now at the path
                    continue
            except BaseException:
                f.close()
                raise
            f.close()
            if time.monotonic() >= deadline:
                raise SessionBusy(_busy_message(wait))
            time.sleep(pause)
            pause = min(pause * 2, 0.05)

    def sweep(self) -> int:
        """Remove lock files nobody holds (left by a killed holder). Returns how many went."""
        if self.lock_dir is None:
            return 0
        n = 0
        for path in self.lock_dir.glob("*.lock"):
            try:
                f = open(path, "a+b")  # noqa: SIM115
            except OSError:
                continue
            try:
                if _try_flock(f) and _is_current(f, path):
                    path.unlink(missing_ok=True)
                    n += 1
            finally:
                f.close()
        return n

    def _acquire_pg(self, session_id: str, deadline: float, wait: float) -> Any:
        from cesrec.agent.checkpoint import connect_postgres

        conn = connect_postgres(self.postgres_dsn)
        try:
            pause = 0.005
            while True:
                row = conn.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))",
                                   (LOCK_NAMESPACE, session_id)).fetchone()
                if row and row[0]:
                    return conn
                if time.monotonic() >= deadline:
                    raise SessionBusy(_busy_message(wait))
                time.sleep(pause)
                pause = min(pause * 2, 0.1)
        except BaseException:
            conn.close()
            raise


class _FileLock:
    """A held flock on a lock file; closing it removes the file (while still holding the lock) first."""

    def __init__(self, f: Any, path: Path) -> None:
        self.f = f
        self.path = path

    def close(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        finally:
            self.f.close()


def _try_flock(f: Any) -> bool:
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _is_current(f: Any, path: Path) -> bool:
    """Whether the open file `f` is still the file at `path` (not unlinked or replaced meanwhile)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(f.fileno())
    return (st.st_ino, st.st_dev) == (mine.st_ino, mine.st_dev)


def _busy_message(wait: float) -> str:
    return (f"the session is busy: another request is writing to it (waited {wait:g} s); "
            "nothing was applied — please retry")
