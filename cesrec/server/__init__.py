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

One module per job: `errors` (API errors, turn-error mapping, handlers), `contract` (ChatBackend),
`registry` (SQLite/Postgres session registries), `schemas` (request/response models), `middleware`
(body limit, bearer token, Host/Origin guard), `runner` (turn runner, locks, crash recovery), `sse`
(streamed turns), `app` (settings, routes, `create_app`).
"""

from cesrec.server.app import WEB_DIR, ServerSettings, create_app
from cesrec.server.contract import ChatBackend
from cesrec.server.errors import ApiError, classify_turn_error, json_error
from cesrec.server.middleware import (
    LOOPBACK_NAMES,
    MIN_TOKEN_CHARS,
    MIN_TOKEN_GUESSES_LOG10,
    BearerAuthMiddleware,
    BodyLimitMiddleware,
    HostGuardMiddleware,
    allowed_host_names,
    is_loopback,
    token_problem,
)
from cesrec.server.registry import SESSION_ID_BYTES, PostgresSessionRegistry, SessionRegistry
from cesrec.server.runner import AsyncKeyedLocks, TurnRunner
from cesrec.server.schemas import (
    ERROR_RESPONSES,
    CreateSession,
    ErrorOut,
    PostFeedback,
    PostMessage,
    RecommendationOut,
    SessionCreated,
    ToolEventOut,
    TurnOut,
)

__all__ = [
    "ERROR_RESPONSES", "LOOPBACK_NAMES", "MIN_TOKEN_CHARS", "MIN_TOKEN_GUESSES_LOG10", "SESSION_ID_BYTES", "WEB_DIR",
    "ApiError", "AsyncKeyedLocks", "BearerAuthMiddleware", "BodyLimitMiddleware", "ChatBackend", "CreateSession",
    "ErrorOut", "HostGuardMiddleware", "PostFeedback", "PostMessage", "PostgresSessionRegistry",
    "RecommendationOut", "ServerSettings", "SessionCreated", "SessionRegistry", "ToolEventOut", "TurnOut",
    "TurnRunner", "allowed_host_names", "classify_turn_error", "create_app", "is_loopback", "json_error",
    "token_problem",
]
