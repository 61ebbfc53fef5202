"""A turn answered as Server-Sent Events: `token` (text pieces), `tool` (tool calls), then `final` (the
TurnOut JSON, sent only after the turn committed) or `error`."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from sse_starlette.sse import EventSourceResponse

from cesrec.server.contract import ChatBackend
from cesrec.server.errors import ApiError
from cesrec.server.registry import SessionRegistry
from cesrec.server.runner import TurnRunner, TurnSlot
from cesrec.server.schemas import TurnOut

log = logging.getLogger("cesrec.server")


def sse_turn(runner: TurnRunner, registry: SessionRegistry, backend: ChatBackend, sid: str, user_id: str,
             text: str, slot: TurnSlot) -> EventSourceResponse:
    """Run one turn of session `sid` through `runner` (same locks, timeout and rollback as a JSON turn) and
    stream its events. `slot`: the turn's admission, taken before the response starts (a refusal is an
    HTTP 503, not an event inside a 200)."""
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
            final = await runner.run(sid, work, slot)
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

    # started now, not when the stream is first read: the turn completes (and commits) even if the client
    # goes away, and its admission slot is always released
    runner.spawn(drive())

    async def events():
        while True:
            item = await queue.get()
            if item is None:
                break
            kind, data = item
            yield {"event": kind, "data": json.dumps(data)}

    return EventSourceResponse(events(), ping=15)
