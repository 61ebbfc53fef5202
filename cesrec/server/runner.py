"""The per-session turn runner: every write under the session's locks (in-process asyncio lock, then the
backend's cross-process lock), LLM turns all-or-nothing with timeout and rollback, bounded admission,
and crash recovery of turns left pending by a dead process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from cesrec.agent.locks import SessionBusy
from cesrec.server.contract import ChatBackend
from cesrec.server.errors import ApiError, classify_turn_error
from cesrec.server.registry import SessionRegistry

log = logging.getLogger("cesrec.server")


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
                        self.spawn(self._finish_late(sid, fut))
                        raise
                    return await fut
                # The worker keeps running; the in-process lock stays held until it ends and rolls back.
                release_now = False
                self.spawn(self._finish_late(sid, fut))
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

    def spawn(self, coro: Awaitable[None]) -> None:
        """Run `coro` in the background; `drain()` waits for it at shutdown."""
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
