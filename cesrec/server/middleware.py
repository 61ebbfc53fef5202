"""ASGI middlewares (plain ASGI so they also cover streaming routes): body size limit, bearer token, and
the Host/Origin guard (DNS rebinding, cross-origin browser requests); plus the token and host checks the
CLI and the MCP server share."""

from __future__ import annotations

import ipaddress
import secrets
from collections.abc import Callable
from typing import Any

from cesrec.server.errors import json_error


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class BodyTooLarge(Exception):
    """The request body went past the limit while it was being read."""


async def read_body(receive: Callable, limit: int) -> bytes | None:
    """The whole request body, read chunk by chunk so a chunked body cannot sneak past `limit` (BodyTooLarge
    at limit + 1 bytes); None when the client went away first."""
    chunks: list[bytes] = []
    size = 0
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect":
            return None
        body = msg.get("body", b"")
        size += len(body)
        if size > limit:
            raise BodyTooLarge
        chunks.append(body)
        if not msg.get("more_body", False):
            return b"".join(chunks)


def replaying(body: bytes, receive: Callable) -> Callable:
    """An ASGI `receive` that hands the already-read body to the app once, then defers to the real one."""
    sent = False

    async def replay() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class BodyLimitMiddleware:
    """413 for bodies over `limit` bytes, whether announced by Content-Length or streamed chunked."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = json_error(413, "body_too_large", f"request body exceeds the limit of {self.limit} bytes")
        headers = dict(scope.get("headers") or [])
        cl = headers.get(b"content-length")
        if cl is not None:
            try:
                if int(cl) > self.limit:
                    await too_big(scope, receive, send)
                    return
            except ValueError:
                await json_error(400, "bad_request", "invalid Content-Length header")(scope, receive, send)
                return
        try:
            body = await read_body(receive, self.limit)
        except BodyTooLarge:
            await too_big(scope, receive, send)
            return
        if body is not None:
            await self.app(scope, replaying(body, receive), send)


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
            resp = json_error(401, "unauthorized", "missing or wrong bearer token (Authorization: Bearer <token>)")
            resp.headers["WWW-Authenticate"] = "Bearer"
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


MIN_TOKEN_CHARS = 16
MIN_TOKEN_GUESSES_LOG10 = 14.0  # zxcvbn's estimate: >= 10^14 guesses (~46 bits)
_ZXCVBN_MAX = 72  # the longest input zxcvbn takes; longer tokens are judged in pieces of this size


def token_guesses_log10(token: str) -> float:
    """log10 of the guesses zxcvbn (Dropbox's strength estimator: dictionaries, keyboard patterns,
    sequences, repeats, dates) needs for `token`. A token longer than zxcvbn takes is as strong as its
    weakest 72-character window (windows cover it end to end), so a long repeat cannot add up to strong."""
    from zxcvbn import zxcvbn

    n = _ZXCVBN_MAX
    starts = sorted({*range(0, max(1, len(token) - n + 1), n), max(0, len(token) - n)})
    return min(float(zxcvbn(token[i:i + n])["guesses_log10"]) for i in starts)


def token_problem(token: str) -> str | None:
    """None for an acceptable bearer token, else what is wrong with it (one line). At least 16 characters,
    no whitespace or control characters, and strong by zxcvbn's estimate (>= 10^14 guesses): sequences
    ("0123456789abcdef"), repeats ("k" * 20), keyboard walks and dictionary words are refused."""
    hint = 'generate one with: python -c "import secrets; print(secrets.token_urlsafe(24))"'
    if len(token) < MIN_TOKEN_CHARS:
        return f"the bearer token must be at least {MIN_TOKEN_CHARS} characters ({hint})"
    if any(c.isspace() for c in token) or not token.isprintable():
        return f"the bearer token must not contain whitespace or control characters ({hint})"
    guesses = token_guesses_log10(token)
    if guesses < MIN_TOKEN_GUESSES_LOG10:
        return (f"the bearer token is too predictable (zxcvbn estimates ~10^{guesses:.0f} guesses; needs "
                f">= 10^{MIN_TOKEN_GUESSES_LOG10:.0f}) ({hint})")
    return None


class SecurityHeadersMiddleware:
    """Headers on every response: no MIME sniffing, no framing (clickjacking), no referrer; and a
    Content-Security-Policy allowing only this origin's own scripts, styles and API (the page has no inline
    script or style). FastAPI's /docs pages load their assets from a CDN, so they get no CSP."""

    CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    NO_CSP = ("/docs", "/redoc")

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                 (b"referrer-policy", b"no-referrer")]
        if not scope.get("path", "").startswith(self.NO_CSP):
            extra.append((b"content-security-policy", self.CSP.encode()))

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in extra if h[0] not in have]
            await send(message)

        await self.app(scope, receive, send_with_headers)


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "localhost.localdomain"})


def host_only(value: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    v = value.strip().lower()
    if v.startswith("["):
        return v[1:v.index("]")] if "]" in v else v
    return v.rsplit(":", 1)[0] if v.count(":") == 1 else v


def allowed_host_names(bind_host: str, extra: list[str] | None) -> frozenset[str] | None:
    """Host header names the API answers to (None: any). A loopback server answers only to loopback
    names (a DNS-rebinding page cannot reach it by another name); a server bound elsewhere (which needs a
    token) answers any name unless a list is given."""
    names = {host_only(h) for h in (extra or []) if h.strip()}
    if is_loopback(bind_host):
        return frozenset(LOOPBACK_NAMES | {host_only(bind_host)} | names)
    if names:
        return frozenset(LOOPBACK_NAMES | names | ({host_only(bind_host)} - {"0.0.0.0", "::"}))
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
        if self.allowed is not None and host_only(host) not in self.allowed:
            await json_error(421, "misdirected_request", "this server does not answer to that Host header "
                              "(see --allowed-host)")(scope, receive, send)
            return
        origin = headers.get(b"origin")
        if origin is not None:
            from urllib.parse import urlsplit

            o = origin.decode("latin-1").strip()
            netloc = urlsplit(o).netloc.lower() if "://" in o else ""
            if not netloc or (netloc != host.strip().lower() and host_only(netloc) not in self.origins):
                await json_error(403, "forbidden_origin", "cross-origin requests are not allowed (the Origin "
                                  "header is not this server)")(scope, receive, send)
                return
        await self.app(scope, receive, send)
