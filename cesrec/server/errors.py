"""Errors as the API user sees them: one JSON shape `{"error": {"code", "message"}}`, a 4xx/5xx status,
never a traceback; and the mapping from whatever a turn raised to that shape."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from cesrec.agent.locks import SessionBusy

log = logging.getLogger("cesrec.server")


class ApiError(Exception):
    """An error with an HTTP status and a message meant for the API user."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message



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
        if isinstance(x, TimeoutError) or any(
            n.endswith(("APITimeoutError", "TimeoutException", "ReadTimeout", "ConnectTimeout")) for n in names
        ):
            return ApiError(504, "llm_timeout", "the language model did not answer in time; the turn was "
                            "not applied and the session is unchanged — please retry")
        if isinstance(x, ConnectionError) or any(
            n.endswith(("APIConnectionError", "ConnectError", "InternalServerError", "APIStatusError",
                        "RemoteProtocolError", "LLMUnavailableError"))
            for n in names
        ):
            return ApiError(503, "llm_unavailable", "the language model endpoint is unavailable; the turn "
                            "was not applied and the session is unchanged — please retry later")
    return ApiError(500, "internal_error", "the turn failed with an internal error; the session is unchanged")


def json_error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app can raise answers in the one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        resp = json_error(exc.status, exc.code, exc.message)
        if exc.status == 503:
            resp.headers["Retry-After"] = "2"
        return resp

    @app.exception_handler(SessionBusy)
    async def _busy(_: Request, exc: SessionBusy) -> JSONResponse:
        return json_error(409, "session_busy", str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        for e in errors:
            if e.get("type") == "json_invalid":
                ctx = e.get("ctx") or {}
                return json_error(400, "invalid_json", f"request body is not valid JSON ({ctx.get('error', 'parse error')})")
        parts = []
        for e in errors[:5]:
            loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
            msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            parts.append(f"{loc}: {msg}")
        return json_error(422, "invalid_request", "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        msg = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and msg == "Not Found":
            msg = "no such route"
        return json_error(exc.status_code, code, msg)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        ref = uuid.uuid4().hex[:8]
        log.exception("unhandled error (ref %s)", ref)
        return json_error(500, "internal_error", f"internal error (ref {ref}); see the server log")
