"""MCP server (official `mcp` SDK, MCPServer — the v2 name of FastMCP): the CESRec tools for assistant
products, over stdio or streamable HTTP.

Tools: search_catalog, recommend, update_preferences, mask_outliers, item_details, explain_recommendation
(derived from the tool registry `cesrec.tools.tool_specs`: the pure `tools.lc_tools` functions with their
argument schemas), plus start_session / get_session_state / reset_session.
Each tool takes a `session_id` (from start_session; unguessable). The session state lives in the same
LangGraph SQLite checkpoint as the agent's and the HTTP server's sessions (CESREC_HOME/sessions.sqlite),
so a session can be driven through any door and survives restarts. Every tool that writes takes the
session's cross-process lock (agent.locks) and applies its change on top of the latest checkpoint, so a
write from the HTTP server running at the same time is never lost, nor is this one. Arguments have the
same limits as the HTTP API (tools.lc_tools: text length, list lengths, strict integer ids) and errors are
one line, without library help URLs. No LLM runs here: the assistant that calls these tools is the LLM.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import json
import logging
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from pydantic import Field, ValidationError

from cesrec.agent.history import MAX_HISTORY_ITEMS
from cesrec.agent.locks import SessionBusy
from cesrec.backend import state_view
from cesrec.tools.lc_tools import ItemId, SessionId, Value, validation_message
from cesrec.tools.state import SessionState
from cesrec.tools.tool_specs import TOOL_SPECS, ToolSpec

SESSION_ID_BYTES = 24
log = logging.getLogger("cesrec.mcp")


class SessionStore:
    """SessionState per session id, persisted in the agent's LangGraph checkpoint; writes under the
    session's cross-process lock (the same one the HTTP server takes)."""

    def __init__(self, engine: Any, state_dir: str | Path | None = None, agent: Any = None) -> None:
        if agent is None:
            from cesrec.agent.api import RecommenderAgent
            from cesrec.agent.checkpoint import default_sessions_path
            from cesrec.agent.checkpoint_health import DamagedStateError, require_healthy
            from cesrec.agent.llm_scripted import no_llm_chat_model
            from cesrec.backend import BackendError

            sessions = str(Path(state_dir) / "sessions.sqlite") if state_dir else None
            try:  # a damaged file stops the start with one line (never rebuilt silently)
                require_healthy(sessions or default_sessions_path())
            except DamagedStateError as e:
                raise BackendError(str(e)) from None
            agent = RecommenderAgent(engine=engine, llm=no_llm_chat_model(), checkpointer="sqlite", sessions_path=sessions)
        self.agent = agent
        self.engine = engine

    def lock(self, sid: str) -> contextlib.AbstractContextManager[None]:
        self._check_id(sid)
        return self.agent.lock(sid)

    @staticmethod
    def _check_id(sid: Any) -> None:
        if not isinstance(sid, str) or not sid.strip() or len(sid) > 200:
            raise ToolError("session_id must be a non-empty string (from start_session)")

    def create(self, user_id: str, history: list[int | str] | None = None) -> str:
        """A new session: `history` (ids and/or titles) when given, else the dataset's history of the user,
        else empty (a new user). ToolError `history: unknown items: ...` names every unknown entry."""
        reason = self.agent.validate_user(user_id)
        if reason:
            raise ToolError(f"user_id: {reason.removeprefix('user_id ')}")
        ids = self.resolve(history)
        sid = "mcp-" + secrets.token_urlsafe(SESSION_ID_BYTES)
        self.agent.new_session(sid, user_id, ids)
        return sid

    def get(self, sid: str) -> SessionState:
        self._check_id(sid)
        st = self.agent.session_state(sid)
        if st is None:
            raise ToolError(f"unknown session_id {sid[:12]!r}…; call start_session first")
        return st

    def put(self, sid: str, state: SessionState) -> None:
        """Write the session (call under `lock(sid)`, with a state read under it): a completed step on top
        of the latest checkpoint, exactly like the agent's own session updates; old checkpoints pruned."""
        self.agent.write_session(sid, {"session": state})

    def reset(self, sid: str, history: list[int] | None = None) -> SessionState:
        """Back to the session's starting history, or to `history` (resolved ids) which then replaces it."""
        st = self.get(sid)
        return self.agent.reset(sid, st.user_id, history=history)

    def resolve(self, history: list[int | str] | None) -> list[int] | None:
        """Catalogue ids for a caller's history; ToolError `history: unknown items: ...` naming each."""
        from cesrec.agent.history import HistoryError

        try:
            return self.agent.resolve_history(history)
        except HistoryError as e:
            raise ToolError(str(e)) from None


class CESRecMCPServer(MCPServer):
    """MCPServer whose tool errors have one shape: `<tool>: <what is wrong>`, argument problems as
    `field: message` lines without pydantic's help URLs (the SDK passes the raw ValidationError text)."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError as e:  # a crash: its text (a library's internals) stays in the log
            ref = secrets.token_hex(4)
            log.error("tool %s crashed (ref %s)", name, ref, exc_info=e.__cause__ or e)
            raise ToolError(f"{name}: internal error (ref {ref}); see the server log") from None
        except ToolError as e:
            cause = e.__cause__
            if isinstance(cause, ValidationError):
                raise ToolError(f"{name}: invalid arguments: {validation_message(cause)}") from None
            msg = str(e).removeprefix(f"Error executing tool {name}: ")
            raise ToolError(f"{name}: {msg}") from None


def _mcp_function(spec: ToolSpec, run: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """An MCP tool function for `spec`: its signature is generated from `spec.args` (each parameter carries
    the model field itself, so type, default, limits and description are the registry's), plus session_id
    (first when required; last and optional for catalogue reads). The SDK builds its input schema from
    this signature and validates calls against it; the pure function validates again."""
    names = list(spec.args.model_fields)

    def tool(**kwargs: Any) -> dict[str, Any]:
        session_id = kwargs.pop("session_id", None)
        return run(spec.name, session_id, {k: kwargs[k] for k in names if k in kwargs}, write=spec.writes)

    kw = inspect.Parameter.KEYWORD_ONLY
    params = [inspect.Parameter(n, kw, annotation=f.annotation, default=copy.copy(f))
              for n, f in spec.args.model_fields.items()]
    if spec.session == "required":
        params.insert(0, inspect.Parameter("session_id", kw, annotation=SessionId))
    else:
        params.append(inspect.Parameter("session_id", kw, annotation=SessionId | None, default=None))
    tool.__signature__ = inspect.Signature(params, return_annotation=dict[str, Any])  # type: ignore[attr-defined]
    tool.__name__ = spec.name
    tool.__doc__ = spec.description
    return tool


def run_tool(engine: Any, store: SessionStore, name: str, session_id: str | None, args: dict[str, Any],
             write: bool) -> dict[str, Any]:
    """One CESRec tool call through MCP: without a session (read-only catalogue tools), on the latest committed
    state (reads, no lock), or under the session's lock on top of its latest state (writes)."""
    from cesrec.tools.lc_tools import ToolError as CoreToolError

    fn = TOOL_SPECS[name].fn
    if session_id is None:  # read-only catalogue tools may run without a session
        st = SessionState(user_id="", history=[])
        try:
            _, text, payload = fn(engine, st, args)
        except CoreToolError as e:
            raise ToolError(str(e)) from None
        return {"text": text, **payload}
    if not write:  # reads see the latest committed state, no lock needed
        st = store.get(session_id)
        try:
            _, text, payload = fn(engine, st, args)
        except CoreToolError as e:
            raise ToolError(str(e)) from None
        return {"session_id": session_id, "text": text, **payload}
    store.get(session_id)  # validated before locking: an unknown id never makes a lock file
    try:
        with store.lock(session_id):
            st = store.get(session_id)  # the latest state, read under the lock
            try:
                new, text, payload = fn(engine, st, args)
            except CoreToolError as e:
                raise ToolError(str(e)) from None
            if new is not st:
                store.put(session_id, new)
    except SessionBusy as e:
        raise ToolError(str(e)) from None
    return {"session_id": session_id, "text": text, **payload}


def build_mcp_server(engine: Any, store: SessionStore) -> MCPServer:
    """The MCPServer with the CESRec tools bound to `engine` and `store`."""
    mcp = CESRecMCPServer(
        name="cesrec",
        instructions=(
            "Conversational movie recommender (CESRec). Call start_session(user_id) once (any user id: one "
            "the dataset does not know starts with an empty history; pass history=[ids or titles] when you "
            "know what the user watched), then pass its session_id to the other tools. update_preferences records what the user likes/dislikes "
            "(structured or free text); recommend returns the top items for the session; mask_outliers hides "
            "history items that do not fit; search_catalog/item_details look items up; "
            "explain_recommendation says why an item fits this session."
        ),
    )

    def run(name: str, session_id: str | None, args: dict[str, Any], write: bool) -> dict[str, Any]:
        return run_tool(engine, store, name, session_id, args, write)

    @mcp.tool()
    def start_session(
        user_id: Value,
        history: Annotated[list[ItemId | Value] | None, Field(
            max_length=MAX_HISTORY_ITEMS, description=(
                "optional starting history, oldest first: catalogue item ids (integers) and/or titles, "
                "mixed; replaces the dataset's history ([] = none)"))] = None,
    ) -> dict[str, Any]:
        """Start a session. A dataset user's viewing history seeds it; any other user id is a new user
        whose history starts empty (the conversation builds it). `history` gives the starting history
        instead. Returns session_id, history_length, new_user and history_source."""
        sid = store.create(str(user_id), history)
        st = store.get(sid)
        return {"session_id": sid, "user_id": st.user_id, "history_length": len(st.history),
                **store.agent.origin(st)}

    @mcp.tool()
    def get_session_state(session_id: SessionId) -> dict[str, Any]:
        """The session's CESRec state: original history, masked items with reasons, pseudo items with
        provenance, preferences, shown items, last recommendations."""
        st = store.get(session_id)
        return {"session_id": session_id, **state_view(st, engine.catalog), **store.agent.origin(st)}

    @mcp.tool()
    def reset_session(
        session_id: SessionId,
        history: Annotated[list[ItemId | Value] | None, Field(
            max_length=MAX_HISTORY_ITEMS, description=(
                "optional new starting history, oldest first: catalogue item ids (integers) and/or titles, "
                "mixed; replaces the session's history ([] = none)"))] = None,
    ) -> dict[str, Any]:
        """Back to the session's starting history (preferences, masks and pseudo items cleared), or start it
        over with `history` instead."""
        store.get(session_id)  # validated before locking
        ids = store.resolve(history)  # unknown entries named before anything changes
        try:
            with store.lock(session_id):
                st = store.reset(session_id, ids)
        except SessionBusy as e:
            raise ToolError(str(e)) from None
        return {"session_id": session_id, "history_length": len(st.history), "reset": True}

    # the six CESRec tools, each derived from its registry entry (tools.tool_specs): same names, descriptions,
    # defaults and limits as the pure functions and the agent's tools, plus the session_id
    for spec in TOOL_SPECS.values():
        mcp.add_tool(_mcp_function(spec, run), name=spec.name, description=spec.description)

    return mcp


MCP_TOOL_NAMES = frozenset({
    "start_session", "get_session_state", "reset_session", "recommend", "update_preferences", "mask_outliers",
    "search_catalog", "item_details", "explain_recommendation",
})


def mcp_http_app(server: MCPServer, host: str = "127.0.0.1", token: str | None = None) -> Any:
    """The streamable-HTTP ASGI app: the SDK's, behind the JSON-RPC body check and the bearer token."""
    from cesrec.server import BearerAuthMiddleware

    app: Any = JsonRpcBodyCheck(server.streamable_http_app(streamable_http_path="/mcp", host=host))
    if token:
        app = BearerAuthMiddleware(app, token)
    return app


class JsonRpcBodyCheck:
    """Checks a POSTed JSON-RPC body before the SDK sees it, so a bad body gets one short JSON-RPC error
    (no batch support, no library help URL or validator dump): not JSON -> -32700, a batch (array) or
    not a JSON-RPC message -> -32600; HTTP 400 either way."""

    def __init__(self, app: Any, limit: int = 1024 * 1024) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        from cesrec.server.middleware import BodyTooLarge, read_body, replaying

        try:
            body = await read_body(receive, self.limit)
        except BodyTooLarge:
            await _jsonrpc_error(-32600, f"request body exceeds {self.limit} bytes", 413)(scope, receive, send)
            return
        if body is None:
            return
        problem = _jsonrpc_problem(body)
        if problem is not None:
            await _jsonrpc_error(*problem)(scope, receive, send)
            return
        await self.app(scope, replaying(body, receive), send)


def _jsonrpc_problem(body: bytes) -> tuple[int, str] | None:
    from mcp.types import jsonrpc_message_adapter

    try:
        raw = json.loads(body)
    except ValueError as e:  # (UnicodeDecodeError too)
        return -32700, f"parse error: the body is not JSON ({type(e).__name__})"
    if isinstance(raw, list):
        return -32600, "batch requests are not supported: send one JSON-RPC message per request"
    try:
        jsonrpc_message_adapter.validate_python(raw, by_name=False)
    except ValidationError:
        return -32600, ("invalid request: not a JSON-RPC 2.0 message (needs jsonrpc \"2.0\" and a method, "
                        "or a result/error with an id)")
    return None


def _jsonrpc_error(code: int, message: str, status: int = 400) -> Any:
    from starlette.responses import JSONResponse

    return JSONResponse({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}},
                        status_code=status)


def run_mcp(transport: str = "stdio", host: str = "127.0.0.1", port: int = 8001, token: str | None = None,
            dataset: str = "ml-100k", backbone: str | None = None, epochs: int | None = None,
            state_dir: str | None = None) -> None:
    """Load the engine and serve MCP. stdio: stdout is the protocol, so everything else goes to stderr."""
    from cesrec.backend import BackendError, warm_encoder
    from cesrec.recmodel.data import DataError
    from cesrec.tools.engine import load_engine

    with contextlib.redirect_stdout(sys.stderr):  # model loading must not write to the protocol stream
        try:
            engine = load_engine(dataset=dataset, backbone=backbone or "sasrec", epochs=epochs)
        except DataError as e:
            raise BackendError(str(e)) from None
        warm_encoder(engine)  # not inside the first search_catalog call
        store = SessionStore(engine, state_dir)
        server = build_mcp_server(engine, store)
    if transport == "stdio":
        server.run("stdio")
        return
    import uvicorn

    app = mcp_http_app(server, host, token)
    print(f"cesrec mcp: streamable HTTP on http://{host}:{port}/mcp", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning")
