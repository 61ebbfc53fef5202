"""HTTP API over the recommender agent (FastAPI): sessions, messages (JSON and SSE), state, reset, health.

Design notes (why it looks like this):
- The agent is synchronous and CPU-bound; LLM turns run on their own thread pool, reads / session creation /
  feedback / reset on another, so reads never wait behind slow turns. Admitted turns are bounded
  (`max_queued_turns`): past that a turn gets 503 with Retry-After.
- Every write to a session runs under the session's lock: an asyncio lock in this process, then the
  backend's cross-process lock (agent.locks: flock next to the SQLite database, the advisory lock for
  Postgres), which the MCP server and other server processes take too. The writer reads the latest
  checkpoint under the lock and writes on top of it, so no acknowledged write from another door is lost.
- A turn is a transaction: the backend snapshots the session before the turn and rolls back when it fails
  or times out, so an LLM outage never leaves a half-applied turn behind. A timed-out worker thread cannot
  be killed, so the session lock stays held until it really ends and its writes are undone. A turn whose
  process died is undone (at start-up, or by the next writer) only if nobody wrote on top of it since.
- Host (and Origin) headers are checked: a loopback server answers only to loopback names (DNS
  rebinding), cross-origin browser requests get 403.
- Session ids are unguessable (secrets.token_urlsafe); every route touches exactly one session, found by id.
- Errors are JSON `{"error": {"code", "message"}}` with a 4xx/5xx status, never a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import math
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator
from sse_starlette.sse import EventSourceResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.locks import SessionBusy
from tools.lc_tools import MAX_TEXT_CHARS, ItemId

log = logging.getLogger("cesrec.server")

WEB_DIR = Path(__file__).parent / "web"
SESSION_ID_BYTES = 24  # 192 bits: not enumerable, not guessable


# --------------------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------------------


class ApiError(Exception):
    """An error with an HTTP status and a message meant for the API user."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class LLMUnavailable(Exception):
    """The LLM endpoint could not be reached (connection refused, DNS, 5xx from the endpoint)."""


class LLMTimeout(Exception):
    """The LLM endpoint did not answer in time."""


def classify_turn_error(exc: BaseException) -> ApiError:
    """Map an exception from a turn to what the API user should see (no internals, no traceback)."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, SessionBusy):
        return ApiError(409, "session_busy", str(exc))
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and len(chain) < 8:  # look through wrappers (LangChain/LangGraph re-raise)
        chain.append(e)
        e = e.__cause__ or e.__context__
    names = {f"{type(x).__module__}.{type(x).__name__}" for x in chain}
    for x in chain:
        if isinstance(x, LLMTimeout | TimeoutError) or any(
            n.endswith(("APITimeoutError", "TimeoutException", "ReadTimeout", "ConnectTimeout")) for n in names
        ):
            return ApiError(504, "llm_timeout", "the language model did not answer in time; the turn was "
                            "not applied and the session is unchanged — please retry")
        if isinstance(x, LLMUnavailable | ConnectionError) or any(
            n.endswith(("APIConnectionError", "ConnectError", "InternalServerError", "APIStatusError",
                        "RemoteProtocolError", "LLMUnavailableError"))
            for n in names
        ):
            return ApiError(503, "llm_unavailable", "the language model endpoint is unavailable; the turn "
                            "was not applied and the session is unchanged — please retry later")
    return ApiError(500, "internal_error", "the turn failed with an internal error; the session is unchanged")


# --------------------------------------------------------------------------------------------------------
# Backend contract (implemented over agent.api.RecommenderAgent in cesrec.backend)
# --------------------------------------------------------------------------------------------------------


class ChatBackend(Protocol):
    """What the server needs from the agent. All methods are synchronous and run in worker threads."""

    llm_label: str

    def new_session(self, session_id: str, user_id: str) -> None:
        """Create the session's initial state (the user's history from the dataset)."""

    def chat(self, session_id: str, user_id: str, text: str) -> dict[str, Any]:
        """One user turn. Returns {"text", "recommendations": [...], "tool_events": [...], "timings": {...}}."""

    def stream(self, session_id: str, user_id: str, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Same turn as events: ("token", {"text"}), ("tool", {...}), and last ("final", <chat() result>)."""

    def state(self, session_id: str, user_id: str) -> dict[str, Any]:
        """JSON view of the session's CESRec state (see cesrec.backend.state_view)."""

    def reset(self, session_id: str, user_id: str) -> None:
        """Back to the user's original history; no preferences, no pseudo items."""

    def snapshot(self, session_id: str) -> Any:
        """A JSON-serialisable marker of the session's current persisted state (None: no state yet)."""

    def rollback(self, session_id: str, snapshot: Any) -> None:
        """Undo everything written to the session after `snapshot` (a failed or timed-out turn)."""

    def validate_user(self, user_id: str) -> str | None:
        """None when the user id is acceptable, else a one-line reason."""

    def feedback(self, session_id: str, user_id: str, item: int, verdict: str) -> dict[str, Any]:
        """Like/dislike of a shown item as a structured preference + fresh recommendations (chat() shape)."""

    def session_lock(self, session_id: str, timeout_s: float | None = None) -> Any:
        """Context manager: the session's write lock, held across processes (agent.locks)."""

    def undo_interrupted(self, session_id: str, snapshot: Any) -> str:
        """Undo a dead process's turn without dropping writes made after it (see RecommenderAgent)."""

    def prune(self, session_id: str) -> int:
        """Checkpoint retention: drop all but the newest N checkpoints of the session."""


# --------------------------------------------------------------------------------------------------------
# Session registry (which ids exist and whose they are); persisted so sessions survive restarts
# --------------------------------------------------------------------------------------------------------


class SessionRegistry:
    """Which session ids exist, whose they are, and the pre-turn snapshot of a turn in flight. SQLite on
    disk: one server process (per-session serialization is the process's own lock)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db: Any = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a created session must survive kill -9
        # `pending` holds the pre-turn snapshot while a turn runs: after a crash (kill -9) the next start
        # rolls those sessions back, so a turn is never left half-applied.
        self._q("CREATE TABLE IF NOT EXISTS api_sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                "created_at REAL NOT NULL, turns INTEGER NOT NULL DEFAULT 0, pending TEXT)")

    def _q(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            cur = self._db.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def create(self, user_id: str) -> str:
        sid = secrets.token_urlsafe(SESSION_ID_BYTES)
        self._q("INSERT INTO api_sessions VALUES (?, ?, ?, 0, NULL)", (sid, user_id, time.time()))
        return sid

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
            from agent.graph import live_postgres

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
    from agent.graph import connect_postgres  # psycopg only when Postgres is asked for

    return connect_postgres(dsn)


# --------------------------------------------------------------------------------------------------------
# Request/response models (they make the OpenAPI spec)
# --------------------------------------------------------------------------------------------------------


class CreateSession(BaseModel):
    user_id: str = Field(..., min_length=1, max_length=64, description="User id from the dataset (e.g. '42').")


class SessionCreated(BaseModel):
    session_id: str
    user_id: str


class PostMessage(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="What the user says.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must contain some non-whitespace text")
        return v


class PostFeedback(BaseModel):
    item: ItemId = Field(..., description="Catalogue id of a recommended item (an integer; booleans are refused).")
    verdict: str = Field(..., pattern="^(like|dislike)$", description="'like' or 'dislike'.")


class RecommendationOut(BaseModel):
    item: int
    title: str
    year: int | None = None
    genres: list[str] = []
    score: float | None = None
    why: str = ""


class ToolEventOut(BaseModel):
    name: str
    args: dict[str, Any] = {}
    ok: bool = True
    summary: str = ""
    ms: float | None = None


class TurnOut(BaseModel):
    session_id: str
    text: str
    recommendations: list[RecommendationOut]
    tool_events: list[ToolEventOut] = []
    timings: dict[str, float] = {}


class ErrorOut(BaseModel):
    error: dict[str, str]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorOut} for s in (400, 401, 403, 404, 409, 413, 421, 422, 503, 504)
}


# --------------------------------------------------------------------------------------------------------
# Middleware: body size limit and bearer token (plain ASGI so they also cover streaming routes)
# --------------------------------------------------------------------------------------------------------


def _json_error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class BodyLimitMiddleware:
    """413 for bodies over `limit` bytes, whether announced by Content-Length or streamed chunked."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = _json_error(413, "body_too_large", f"request body exceeds the limit of {self.limit} bytes")
        headers = dict(scope.get("headers") or [])
        cl = headers.get(b"content-length")
        if cl is not None:
            try:
                if int(cl) > self.limit:
                    await too_big(scope, receive, send)
                    return
            except ValueError:
                await _json_error(400, "bad_request", "invalid Content-Length header")(scope, receive, send)
                return
        # Buffer (at most limit + 1 bytes) so a chunked body cannot sneak past the limit.
        chunks: list[bytes] = []
        size = 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            size += len(body)
            if size > self.limit:
                await too_big(scope, receive, send)
                return
            chunks.append(body)
            if not msg.get("more_body", False):
                break
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class BearerAuthMiddleware:
    """Requires `Authorization: Bearer <token>` on the API; the page, its assets and /health stay open."""

    OPEN_PREFIXES = ("/static/",)
    OPEN_PATHS = frozenset({"/", "/health", "/favicon.ico"})

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode()

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        if path in self.OPEN_PATHS or path.startswith(self.OPEN_PREFIXES):
            await self.app(scope, receive, send)
            return
        got = dict(scope.get("headers") or []).get(b"authorization", b"")
        if not secrets.compare_digest(got, self.expected):
            resp = _json_error(401, "unauthorized", "missing or wrong bearer token (Authorization: Bearer <token>)")
            resp.headers["WWW-Authenticate"] = "Bearer"
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


MIN_TOKEN_CHARS = 16
MIN_TOKEN_BITS = 48.0


def token_problem(token: str) -> str | None:
    """None for an acceptable bearer token, else what is wrong with it (one line). At least 16 characters,
    no whitespace or control characters, and real variety: >= 8 distinct characters and >= 48 bits by
    the character-frequency (Shannon) estimate, so "k" * 20 or 16 spaces are refused."""
    hint = 'generate one with: python -c "import secrets; print(secrets.token_urlsafe(24))"'
    if len(token) < MIN_TOKEN_CHARS:
        return f"the bearer token must be at least {MIN_TOKEN_CHARS} characters ({hint})"
    if any(c.isspace() for c in token) or not token.isprintable():
        return f"the bearer token must not contain whitespace or control characters ({hint})"
    counts = [token.count(c) for c in set(token)]
    bits = max(0.0, -sum(n * math.log2(n / len(token)) for n in counts))
    if len(counts) < 8 or bits < MIN_TOKEN_BITS:
        return (f"the bearer token is too predictable ({len(counts)} distinct characters, ~{bits:.0f} bits; "
                f"needs >= 8 distinct and >= {MIN_TOKEN_BITS:.0f} bits) ({hint})")
    return None


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "localhost.localdomain"})


def _host_only(value: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    v = value.strip().lower()
    if v.startswith("["):
        return v[1:v.index("]")] if "]" in v else v
    return v.rsplit(":", 1)[0] if v.count(":") == 1 else v


def allowed_host_names(bind_host: str, extra: list[str] | None) -> frozenset[str] | None:
    """Host header names the API answers to (None: any). A loopback server answers only to loopback
    names (a DNS-rebinding page cannot reach it by another name); a server bound elsewhere (which needs a
    token) answers any name unless a list is given."""
    names = {_host_only(h) for h in (extra or []) if h.strip()}
    if is_loopback(bind_host):
        return frozenset(LOOPBACK_NAMES | {_host_only(bind_host)} | names)
    if names:
        return frozenset(LOOPBACK_NAMES | names | ({_host_only(bind_host)} - {"0.0.0.0", "::"}))
    return None


class HostGuardMiddleware:
    """421 for a Host header the server does not answer to; 403 for a cross-origin browser request (an
    Origin header that is not the page's own origin), as the MCP app does."""

    def __init__(self, app: Any, allowed: frozenset[str] | None, origins: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.allowed = allowed
        self.origins = origins  # host names whose pages may call the API too (--allowed-host: a proxy's name)

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        if self.allowed is not None and _host_only(host) not in self.allowed:
            await _json_error(421, "misdirected_request", "this server does not answer to that Host header "
                              "(see --allowed-host)")(scope, receive, send)
            return
        origin = headers.get(b"origin")
        if origin is not None:
            from urllib.parse import urlsplit

            o = origin.decode("latin-1").strip()
            netloc = urlsplit(o).netloc.lower() if "://" in o else ""
            if not netloc or (netloc != host.strip().lower() and _host_only(netloc) not in self.origins):
                await _json_error(403, "forbidden_origin", "cross-origin requests are not allowed (the Origin "
                                  "header is not this server)")(scope, receive, send)
                return
        await self.app(scope, receive, send)


# --------------------------------------------------------------------------------------------------------
# Per-session turn runner
# --------------------------------------------------------------------------------------------------------


@dataclass
class ServerSettings:
    max_body_bytes: int = 16 * 1024
    turn_timeout_s: float = 120.0
    token: str | None = None
    registry_path: Path | None = None
    postgres_dsn: str | None = None  # registry in Postgres (several server processes share sessions)
    host: str = "127.0.0.1"  # the address bound: decides which Host headers are accepted
    allowed_hosts: list[str] | None = None  # extra Host names (a reverse proxy's public name, ...)
    turn_workers: int = 8  # threads for LLM turns
    read_workers: int = 8  # threads for reads, session creation, feedback, reset
    max_queued_turns: int = 64  # turns admitted at once (running + waiting); more get 503


class AsyncKeyedLocks:
    """asyncio twin of agent.api.KeyedLocks: one lock per session id, the entry kept only while a turn
    holds or waits for it."""

    def __init__(self) -> None:
        self._entries: dict[str, list] = {}  # key -> [lock, holders + waiters]

    async def acquire(self, key: str) -> None:
        entry = self._entries.setdefault(key, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            await entry[0].acquire()
        except BaseException:  # cancelled while waiting
            self._forget(key)
            raise

    def release(self, key: str) -> None:
        self._entries[key][0].release()
        self._forget(key)

    def _forget(self, key: str) -> None:
        entry = self._entries[key]
        entry[1] -= 1
        if entry[1] == 0:
            del self._entries[key]

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        await self.acquire(key)
        try:
            yield
        finally:
            self.release(key)

    def __len__(self) -> int:
        return len(self._entries)


class _TurnControl:
    """Decides, once, whether a running turn commits or is abandoned (timeout, client gone): the worker
    calls `commit()` when the agent is done, the request side `abandon()` when it gives up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = "running"

    def commit(self) -> bool:
        with self._lock:
            if self._state == "abandoned":
                return False
            self._state = "committed"
            return True

    def abandon(self) -> bool:
        with self._lock:
            if self._state == "committed":
                return False
            self._state = "abandoned"
            return True


class _Abandoned(Exception):
    """The turn finished after its request gave up; it was rolled back."""


class TurnRunner:
    """Runs writes to sessions: each under the session's lock (in-process asyncio lock, then the backend's
    cross-process lock in the worker thread), LLM turns all-or-nothing with timeout and rollback.

    Capacity: LLM turns run on their own thread pool (`turn_workers`); reads, session creation, feedback
    and reset on another (`read_workers`), so they never wait behind slow turns. At most
    `max_queued_turns` turns are admitted at once (running or waiting); past that a turn gets 503."""

    def __init__(self, backend: ChatBackend, timeout_s: float, registry: SessionRegistry, turn_workers: int = 8,
                 read_workers: int = 8, max_queued_turns: int = 64) -> None:
        self.backend = backend
        self.timeout_s = timeout_s
        self.registry = registry
        self.max_queued_turns = max_queued_turns
        self.turn_pool = ThreadPoolExecutor(turn_workers, thread_name_prefix="cesrec-turn")
        self.read_pool = ThreadPoolExecutor(read_workers, thread_name_prefix="cesrec-read")
        self._locks = AsyncKeyedLocks()
        self._background: set[asyncio.Task] = set()
        self._admitted = 0

    @property
    def turns_admitted(self) -> int:
        return self._admitted

    def lock(self, sid: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold session `sid`'s in-process lock (readers of that session: never see a turn half-applied)."""
        return self._locks.hold(sid)

    async def read(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a blocking read on the read pool."""
        return await asyncio.get_running_loop().run_in_executor(self.read_pool, lambda: fn(*args))

    async def write(self, sid: str, fn: Callable[[], Any]) -> Any:
        """A quick write (no LLM) under the session's locks, on the read pool."""
        async with self._locks.hold(sid):
            return await asyncio.get_running_loop().run_in_executor(self.read_pool, self._locked, sid, fn)

    def _locked(self, sid: str, fn: Callable[[], Any]) -> Any:
        with self._session_lock(sid):
            self._recover_stale(sid)
            out = fn()
            self.backend.prune(sid)
            return out

    def _session_lock(self, sid: str) -> Any:
        lock = getattr(self.backend, "session_lock", None)
        return lock(sid) if lock is not None else contextlib.nullcontext()

    def _recover_stale(self, sid: str) -> None:
        """Under the session's locks: a pending marker here was left by a turn whose process died (a live
        turn would hold the lock). Undo its own writes only, then go on."""
        found, stale = self.registry.pending_for(sid)
        if not found:
            return
        outcome = self.backend.undo_interrupted(sid, stale)
        self.registry.clear_pending(sid)
        log.warning("session %s…: turn interrupted by a dead process: %s", sid[:6], outcome)

    async def run(self, sid: str, work: Callable[[], Any]) -> Any:
        """Run an LLM turn `work` (blocking) for session `sid`: bounded admission, session locks, timeout,
        rollback. Raises ApiError (503 when too many turns are admitted, 504 on timeout, ...)."""
        if self._admitted >= self.max_queued_turns:
            raise ApiError(503, "server_busy", f"too many turns in progress ({self.max_queued_turns}); "
                           "nothing was applied — please retry shortly")
        self._admitted += 1
        try:
            return await self._run(sid, work)
        finally:
            self._admitted -= 1

    async def _run(self, sid: str, work: Callable[[], Any]) -> Any:
        await self._locks.acquire(sid)
        release_now = True
        ctl = _TurnControl()
        try:
            fut = asyncio.get_running_loop().run_in_executor(self.turn_pool, self._turn_job, sid, work, ctl)
            try:
                return await asyncio.wait_for(asyncio.shield(fut), self.timeout_s)
            except (TimeoutError, asyncio.CancelledError) as exc:
                if not ctl.abandon():  # it committed just now: the result stands
                    if isinstance(exc, asyncio.CancelledError):
                        release_now = False
                        self._spawn(self._finish_late(sid, fut))
                        raise
                    return await fut
                # The worker keeps running; the in-process lock stays held until it ends and rolls back.
                release_now = False
                self._spawn(self._finish_late(sid, fut))
                if isinstance(exc, asyncio.CancelledError):
                    raise
                raise ApiError(504, "turn_timeout", f"the turn took longer than {self.timeout_s:g} s; it was "
                               "cancelled and the session is unchanged — please retry") from None
            except ApiError:
                raise
            except BaseException as exc:
                err = classify_turn_error(exc)
                if err.status >= 500:
                    log.warning("turn failed for session %s…: %s: %s", sid[:6], type(exc).__name__, exc)
                raise err from None
        finally:
            if release_now:
                self._locks.release(sid)

    def _turn_job(self, sid: str, work: Callable[[], Any], ctl: _TurnControl) -> Any:
        """In a turn-pool thread, under the session's cross-process lock: snapshot, mark pending, run,
        commit or roll back."""
        with self._session_lock(sid):
            self._recover_stale(sid)
            snap = self.backend.snapshot(sid)
            self.registry.mark_pending(sid, snap)
            try:
                result = work()
            except BaseException:
                try:
                    self.backend.rollback(sid, snap)  # (the agent already undid its own partial turn)
                finally:
                    self.registry.clear_pending(sid)
                raise
            if not ctl.commit():  # the request gave up meanwhile: undo, nobody will see this result
                try:
                    self.backend.rollback(sid, snap)
                finally:
                    self.registry.clear_pending(sid)
                raise _Abandoned()
            self.registry.clear_pending(sid)
            self.backend.prune(sid)
            return result

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _finish_late(self, sid: str, fut: asyncio.Future) -> None:
        try:
            with contextlib.suppress(BaseException):
                await fut  # the worker rolls back itself (see _turn_job)
        finally:
            self._locks.release(sid)

    def recover(self) -> int:
        """At start-up: undo turns left pending by a process that died. A session whose lock is held is
        still running elsewhere and is left alone; a write another door made after the crash is kept."""
        n = 0
        for sid, snap in self.registry.pending():
            try:
                if self.registry.pending_holds_lock:  # yielded under the session's advisory lock
                    self.backend.undo_interrupted(sid, snap)
                    self.registry.clear_pending(sid)
                    n += 1
                    continue
                lock = getattr(self.backend, "session_lock", None)
                with lock(sid, 0) if lock is not None else contextlib.nullcontext():
                    found, still = self.registry.pending_for(sid)
                    if not found:
                        continue
                    self.backend.undo_interrupted(sid, still)
                    self.registry.clear_pending(sid)
                    n += 1
            except SessionBusy:
                continue
            except Exception:
                log.exception("could not undo the interrupted turn of session %s…", sid[:6])
        return n

    async def drain(self) -> None:
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    def shutdown(self) -> None:
        self.turn_pool.shutdown(wait=False, cancel_futures=True)
        self.read_pool.shutdown(wait=False, cancel_futures=True)


# --------------------------------------------------------------------------------------------------------
# App
# --------------------------------------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(backend: ChatBackend, settings: ServerSettings | None = None) -> FastAPI:
    """The FastAPI app. `backend` does the real work (see ChatBackend)."""
    settings = settings or ServerSettings()
    if settings.token is not None and (problem := token_problem(settings.token)):
        raise ValueError(problem)
    if settings.postgres_dsn:
        registry: SessionRegistry = PostgresSessionRegistry(settings.postgres_dsn)
    else:
        if settings.registry_path is None:
            from recmodel.data import cesrec_home

            settings.registry_path = cesrec_home() / "server_sessions.sqlite"
        registry = SessionRegistry(settings.registry_path)
    runner = TurnRunner(backend, settings.turn_timeout_s, registry, turn_workers=settings.turn_workers,
                        read_workers=settings.read_workers, max_queued_turns=settings.max_queued_turns)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI):
        n = await asyncio.to_thread(runner.recover)
        if n:
            log.warning("recovered %d turn(s) interrupted by the previous shutdown (undone unless another "
                        "door wrote after them)", n)
        yield
        await runner.drain()
        runner.shutdown()
        registry.close()

    app = FastAPI(
        title="cesrec-agent",
        version="0.1.0",
        description="Conversational + sequential recommender (CESRec). Create a session for a user, talk to "
        "it, read its state (original / masked / pseudo history, preferences). All routes except `/`, "
        "`/static/*` and `/health` need `Authorization: Bearer <token>` when the server was started with a token.",
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.registry = registry
    app.state.runner = runner

    # ---- error handlers: one JSON shape, no tracebacks --------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        resp = _json_error(exc.status, exc.code, exc.message)
        if exc.status == 503:
            resp.headers["Retry-After"] = "2"
        return resp

    @app.exception_handler(SessionBusy)
    async def _busy(_: Request, exc: SessionBusy) -> JSONResponse:
        return _json_error(409, "session_busy", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        for e in errors:
            if e.get("type") == "json_invalid":
                ctx = e.get("ctx") or {}
                return _json_error(400, "invalid_json", f"request body is not valid JSON ({ctx.get('error', 'parse error')})")
        parts = []
        for e in errors[:5]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
            msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            parts.append(f"{loc}: {msg}")
        return _json_error(422, "invalid_request", "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        msg = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and msg == "Not Found":
            msg = "no such route"
        return _json_error(exc.status_code, code, msg)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        ref = uuid.uuid4().hex[:8]
        log.exception("unhandled error (ref %s)", ref)
        return _json_error(500, "internal_error", f"internal error (ref {ref}); see the server log")

    def session_or_404(sid: str) -> dict[str, Any]:
        sess = registry.get(sid)
        if sess is None:
            raise ApiError(404, "unknown_session", "unknown session id (create one with POST /sessions)")
        return sess

    # ---- routes ----------------------------------------------------------------------------------------
    @app.get("/health", tags=["meta"])
    async def health() -> dict[str, Any]:
        return {"status": "ok", "llm": backend.llm_label, "sessions": await runner.read(registry.count),
                "auth": bool(settings.token), "turns_in_progress": runner.turns_admitted}

    @app.post("/sessions", tags=["sessions"], status_code=201, response_model=SessionCreated,
              responses=ERROR_RESPONSES)
    async def create_session(body: CreateSession) -> SessionCreated:
        reason = await runner.read(backend.validate_user, body.user_id)
        if reason:
            raise ApiError(422, "unknown_user", reason)
        sid = await runner.read(registry.create, body.user_id)
        try:  # no LLM: on the read pool, never behind slow turns
            await runner.write(sid, lambda: backend.new_session(sid, body.user_id))
        except BaseException:
            registry.delete(sid)
            raise
        return SessionCreated(session_id=sid, user_id=body.user_id)

    @app.post("/sessions/{session_id}/messages", tags=["sessions"], response_model=TurnOut,
              responses=ERROR_RESPONSES)
    async def post_message(session_id: str, body: PostMessage, request: Request, stream: bool = False):
        """One user turn. `?stream=true` (or `Accept: text/event-stream`) answers with Server-Sent Events:
        `token` (text pieces), `tool` (tool calls), `final` (the TurnOut JSON) or `error`."""
        sess = session_or_404(session_id)
        wants_sse = stream or "text/event-stream" in request.headers.get("accept", "")
        if wants_sse:
            return _sse_turn(session_id, sess["user_id"], body.text)
        out = await runner.run(session_id, lambda: backend.chat(session_id, sess["user_id"], body.text))
        registry.count_turn(session_id)
        return TurnOut(session_id=session_id, **out)

    @app.post("/sessions/{session_id}/feedback", tags=["sessions"], response_model=TurnOut,
              responses=ERROR_RESPONSES)
    async def post_feedback(session_id: str, body: PostFeedback) -> TurnOut:
        """Like/dislike a recommended item: the item itself is saved as a liked/disliked item (no sentence
        is re-parsed, nothing is inferred from its year) and fresh recommendations come back. No LLM call.
        Only items this session was shown are accepted."""
        sess = session_or_404(session_id)
        out = await runner.write(session_id,
                                 lambda: backend.feedback(session_id, sess["user_id"], body.item, body.verdict))
        registry.count_turn(session_id)
        return TurnOut(session_id=session_id, **out)

    @app.get("/sessions/{session_id}/state", tags=["sessions"], responses=ERROR_RESPONSES)
    async def get_state(session_id: str) -> dict[str, Any]:
        """Original history, masked items (with reasons), pseudo items (with provenance), preferences,
        shown/rejected items and the last recommendations."""
        sess = session_or_404(session_id)
        # Under this session's in-process lock (a reader never sees a turn half-applied); on the read pool,
        # so reads of other sessions never wait behind turns.
        async with runner.lock(session_id):
            view = await runner.read(backend.state, session_id, sess["user_id"])
        return {"session_id": session_id, **view}

    @app.post("/sessions/{session_id}/reset", tags=["sessions"], responses=ERROR_RESPONSES)
    async def reset_session(session_id: str) -> dict[str, Any]:
        sess = session_or_404(session_id)
        await runner.write(session_id, lambda: backend.reset(session_id, sess["user_id"]))
        return {"session_id": session_id, "reset": True}

    # ---- web page ---------------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=str(WEB_DIR)), name="static")

    # ---- SSE turn ---------------------------------------------------------------------------------------
    def _sse_turn(sid: str, user_id: str, text: str) -> EventSourceResponse:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue()

        def work() -> dict[str, Any]:
            final: dict[str, Any] | None = None
            for kind, data in backend.stream(sid, user_id, text):
                if kind == "final":
                    final = data  # sent only after the turn committed (see below)
                else:
                    loop.call_soon_threadsafe(queue.put_nowait, (kind, data))
            if final is None:
                raise RuntimeError("agent stream ended without a final event")
            return final

        async def drive() -> None:
            try:
                final = await runner.run(sid, work)
                registry.count_turn(sid)
                out = TurnOut(session_id=sid, **final).model_dump()
                await queue.put(("final", out))
            except ApiError as e:
                await queue.put(("error", {"status": e.status, "code": e.code, "message": e.message}))
            except BaseException:
                log.exception("streamed turn failed")
                await queue.put(("error", {"status": 500, "code": "internal_error", "message": "internal error"}))
            finally:
                await queue.put(None)

        async def events():
            task = asyncio.ensure_future(drive())
            runner._background.add(task)  # the turn completes (and commits) even if the client goes away
            task.add_done_callback(runner._background.discard)
            while True:
                item = await queue.get()
                if item is None:
                    break
                kind, data = item
                yield {"event": kind, "data": json.dumps(data)}

        return EventSourceResponse(events(), ping=15)

    app.add_middleware(BodyLimitMiddleware, limit=settings.max_body_bytes)
    if settings.token:
        app.add_middleware(BearerAuthMiddleware, token=settings.token)
    # outermost: a request for another Host (DNS rebinding) or from another origin goes no further
    app.add_middleware(HostGuardMiddleware, allowed=allowed_host_names(settings.host, settings.allowed_hosts),
                       origins=frozenset(_host_only(h) for h in settings.allowed_hosts or [] if h.strip()))
    return app
