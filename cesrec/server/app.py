"""The FastAPI app: settings, registry and runner wiring, routes and the web page."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from cesrec.agent.checkpoint_health import DamagedStateError
from cesrec.server.contract import ChatBackend
from cesrec.server.errors import ApiError, install_error_handlers
from cesrec.server.middleware import (
    BearerAuthMiddleware,
    BodyLimitMiddleware,
    HostGuardMiddleware,
    SecurityHeadersMiddleware,
    allowed_host_names,
    host_only,
    token_problem,
)
from cesrec.server.registry import PostgresSessionRegistry, SessionRegistry
from cesrec.server.runner import TurnRunner
from cesrec.server.schemas import (
    ERROR_RESPONSES,
    CreateSession,
    PostFeedback,
    PostMessage,
    ResetSession,
    SessionCreated,
    TurnOut,
)
from cesrec.server.sse import sse_turn

log = logging.getLogger("cesrec.server")

WEB_DIR = Path(__file__).resolve().parent.parent / "web"


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
    write_workers: int = 8  # threads for feedback and reset (they may wait for another process's lock)
    write_wait_s: float = 30.0  # how long feedback/reset wait for the session's lock before 409 session_busy


def check_registry_against_store(registry: SessionRegistry, backend: ChatBackend) -> None:
    """A registry that lists sessions the checkpoint store lacks means the store was emptied, replaced or
    damaged: stop with one line instead of answering "never started" and rebuilding them from nothing."""
    ids = getattr(backend, "session_ids", None)
    store = getattr(backend, "checkpoint_file", lambda: None)()
    if ids is None or store is None:  # (Postgres, or a backend without a listing)
        return
    missing = registry.settled_ids() - ids()
    if missing:
        raise DamagedStateError(
            f"{registry.path} lists {len(missing)} session(s) that {store} lacks (e.g. {sorted(missing)[0][:8]}…): "
            f"the checkpoint file was emptied, replaced or damaged; no session was recreated. Stop every process "
            f"using {store.parent}, then restore a backup: `cesrec sessions restore BACKUP_DIR --state-dir "
            f"{store.parent}`; `cesrec sessions check --state-dir {store.parent}` lists what is wrong")


def create_app(backend: ChatBackend, settings: ServerSettings | None = None) -> FastAPI:
    """The FastAPI app. `backend` does the real work (see ChatBackend)."""
    settings = settings or ServerSettings()
    if settings.token is not None and (problem := token_problem(settings.token)):
        raise ValueError(problem)
    registry = _open_registry(settings, backend)
    runner = TurnRunner(backend, settings.turn_timeout_s, registry, turn_workers=settings.turn_workers,
                        read_workers=settings.read_workers, max_queued_turns=settings.max_queued_turns,
                        write_workers=settings.write_workers, write_wait_s=settings.write_wait_s)
    app = FastAPI(
        title="cesrec-agent",
        version="0.1.0",
        description="Conversational + sequential recommender (CESRec). Create a session for a user, talk to "
        "it, read its state (original / masked / pseudo history, preferences). All routes except `/`, "
        "`/static/*` and `/health` need `Authorization: Bearer <token>` when the server was started with a token.",
        lifespan=_lifespan(runner, registry),
    )
    app.state.backend = backend
    app.state.registry = registry
    app.state.runner = runner
    install_error_handlers(app)
    doors = _Doors(backend, registry, runner, settings)
    _session_routes(app, doors)
    _turn_routes(app, doors)
    _web_page(app)
    _middleware(app, settings)
    return app


def _open_registry(settings: ServerSettings, backend: ChatBackend) -> SessionRegistry:
    if settings.postgres_dsn:
        return PostgresSessionRegistry(settings.postgres_dsn)
    if settings.registry_path is None:
        from cesrec.recmodel.data import cesrec_home

        settings.registry_path = cesrec_home() / "server_sessions.sqlite"
    registry = SessionRegistry(settings.registry_path)
    check_registry_against_store(registry, backend)
    return registry


def _lifespan(runner: TurnRunner, registry: SessionRegistry):
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

    return lifespan


@dataclass
class _Doors:
    """What the routes share: the backend, the session registry, the turn runner and the settings."""

    backend: ChatBackend
    registry: SessionRegistry
    runner: TurnRunner
    settings: ServerSettings

    def session_or_404(self, sid: str) -> dict[str, Any]:
        sess = self.registry.get(sid)
        if sess is None:
            raise ApiError(404, "unknown_session", "unknown session id (create one with POST /sessions)")
        return sess

    def committed_state(self, sid: str, user_id: str) -> dict[str, Any]:
        pending, before = self.registry.pending_for(sid)
        if not pending:
            return self.backend.state(sid, user_id)
        if before is None:  # the session's first write is in flight
            raise ApiError(404, "unknown_session", "this session has no state yet (it is being started)")
        return self.backend.state(sid, user_id, checkpoint_id=before)


def _session_routes(app: FastAPI, d: _Doors) -> None:
    """Health, creating a session, reading its state, resetting it."""
    backend, registry, runner = d.backend, d.registry, d.runner

    @app.get("/health", tags=["meta"])
    async def health() -> dict[str, Any]:
        return {"status": "ok", "llm": backend.llm_label, "sessions": await runner.read(registry.count),
                "auth": bool(d.settings.token), "turns_in_progress": runner.turns_admitted,
                "turns_started": runner.turns_started}

    @app.post("/sessions", tags=["sessions"], status_code=201, response_model=SessionCreated,
              responses=ERROR_RESPONSES)
    async def create_session(body: CreateSession) -> SessionCreated:
        """Any user id: one the dataset does not know starts empty. `history` (ids and/or titles) replaces
        the starting history; unknown entries: 422 `invalid_history` naming each."""
        reason = await runner.read(backend.validate_user, body.user_id)
        if reason:
            raise ApiError(422, "invalid_user", reason)
        history = await runner.read(backend.resolve_history, body.history)  # before any session exists
        # marked pending until its first state is written: a crash in between is not taken for lost state
        sid = await runner.read(registry.create, body.user_id, True)
        try:  # no LLM: on the read pool, never behind slow turns
            info = await runner.write(sid, lambda: backend.new_session(sid, body.user_id, history), fresh=True)
        except BaseException:
            registry.delete(sid)
            raise
        await runner.read(registry.clear_pending, sid)
        return SessionCreated(session_id=sid, **info)

    @app.get("/sessions/{session_id}/state", tags=["sessions"], responses=ERROR_RESPONSES)
    async def get_state(session_id: str) -> dict[str, Any]:
        """Original history, masked items (with reasons), pseudo items (with provenance), preferences,
        shown/rejected items and the last recommendations."""
        sess = d.session_or_404(session_id)
        # Lock-free: the latest committed checkpoint (while a turn runs, its pre-turn one), on the read
        # pool, so no read waits behind a turn or another process's lock, and none sees a turn half-applied.
        view = await runner.read(d.committed_state, session_id, sess["user_id"])
        return {"session_id": session_id, **view}

    @app.post("/sessions/{session_id}/reset", tags=["sessions"], responses=ERROR_RESPONSES)
    async def reset_session(session_id: str, body: ResetSession | None = None) -> dict[str, Any]:
        """Back to the session's starting history (preferences, masks, pseudo items cleared). A body
        `{"history": [...]}` (ids and/or titles) starts it over with that history instead; unknown entries:
        422 `invalid_history` naming each, and the session is left as it was."""
        sess = d.session_or_404(session_id)
        history = await runner.read(backend.resolve_history, body.history if body else None)
        await runner.write(session_id, lambda: backend.reset(session_id, sess["user_id"], history))
        view = await runner.read(d.committed_state, session_id, sess["user_id"])
        return {"session_id": session_id, "reset": True, "history_length": len(view.get("history", []))}


def _turn_routes(app: FastAPI, d: _Doors) -> None:
    """A user turn (JSON or Server-Sent Events) and like/dislike feedback on a shown item."""
    backend, registry, runner = d.backend, d.registry, d.runner

    @app.post("/sessions/{session_id}/messages", tags=["sessions"], response_model=TurnOut,
              responses=ERROR_RESPONSES)
    async def post_message(session_id: str, body: PostMessage, request: Request, stream: bool = False):
        """One user turn. `?stream=true` (or `Accept: text/event-stream`) answers with Server-Sent Events:
        `token` (text pieces), `tool` (tool calls), `final` (the TurnOut JSON) or `error`."""
        sess = d.session_or_404(session_id)
        wants_sse = stream or "text/event-stream" in request.headers.get("accept", "")
        if wants_sse:
            # admitted before the stream starts: a refusal is a real 503 with Retry-After
            return sse_turn(runner, registry, backend, session_id, sess["user_id"], body.text, runner.admit())
        out = await runner.run(session_id, lambda: backend.chat(session_id, sess["user_id"], body.text))
        registry.count_turn(session_id)
        return TurnOut(session_id=session_id, **out)

    @app.post("/sessions/{session_id}/feedback", tags=["sessions"], response_model=TurnOut,
              responses=ERROR_RESPONSES)
    async def post_feedback(session_id: str, body: PostFeedback) -> TurnOut:
        """Like/dislike a recommended item: the item itself is saved as a liked/disliked item (no sentence
        is re-parsed, nothing is inferred from its year) and fresh recommendations come back. No LLM call.
        Only items this session was shown are accepted."""
        sess = d.session_or_404(session_id)
        out = await runner.write(session_id,
                                 lambda: backend.feedback(session_id, sess["user_id"], body.item, body.verdict))
        registry.count_turn(session_id)
        return TurnOut(session_id=session_id, **out)


def _web_page(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=str(WEB_DIR)), name="static")


def _middleware(app: FastAPI, settings: ServerSettings) -> None:
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_body_bytes)
    if settings.token:
        app.add_middleware(BearerAuthMiddleware, token=settings.token)
    # outermost: a request for another Host (DNS rebinding) or from another origin goes no further
    app.add_middleware(HostGuardMiddleware, allowed=allowed_host_names(settings.host, settings.allowed_hosts),
                       origins=frozenset(host_only(h) for h in settings.allowed_hosts or [] if h.strip()))
    app.add_middleware(SecurityHeadersMiddleware)  # on every answer, refusals included
