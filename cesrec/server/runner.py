"""The per-session turn runner: every write under the session's locks (in-process asyncio lock, then the
backend's cross-process lock), LLM turns all-or-nothing with timeout and rollback, bounded admission,
and crash recovery of turns left pending by a dead process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from cesrec.agent.locks import SessionBusy
from cesrec.server.contract import ChatBackend
from cesrec.server.errors import ApiError, classify_turn_error
from cesrec.server.registry import SessionRegistry

log = logging.getLogger("cesrec.server")


class AsyncKeyedLocks:
    """One asyncio lock per session id, the entry kept only while a turn holds or waits for it (in front of
    the cross-process agent.locks.SessionLocks, so a waiting turn holds no thread)."""

    def __init__(self) -> None:
        self._entries: dict[str, list] = {}  # key -> [lock, holders + waiters]

    async def acquire(self, key: str, timeout_s: float | None = None) -> bool:
        """Take `key`'s lock; False (not held) when `timeout_s` passed first."""
        entry = self._entries.setdefault(key, [asyncio.Lock(), 0])
        entry[1] += 1
        lock: asyncio.Lock = entry[0]
        try:
            if timeout_s is None:
                await lock.acquire()
                return True
            # asyncio.wait, not wait_for: on 3.11 wait_for can drop a lock acquired just as it times out
            task = asyncio.ensure_future(lock.acquire())
            try:
                await asyncio.wait({task}, timeout=max(0.0, timeout_s))
            finally:
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            if task.cancelled() or task.exception() is not None:
                self._forget(key)
                return False
            return True
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
    """Decides, once, whether a turn starts, commits or is abandoned (timeout, client gone): the worker
    calls `start()` before it does anything and `commit()` when the agent is done, the request side
    `abandon()` when it gives up. A turn abandoned before it started never starts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = "queued"
        self.started = False

    def start(self) -> bool:
        with self._lock:
            if self._state == "abandoned":
                return False
            self._state = "running"
            self.started = True
            return True

    @property
    def abandoned(self) -> bool:
        with self._lock:
            return self._state == "abandoned"

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
    """The turn finished after its request gave up (it was rolled back), or never started."""


class TurnSlot:
    """One admitted turn (running or waiting). Released once: when its request gave up before the worker
    started it, or when its worker is really done, so the admission bound holds in time, not only in
    count."""

    def __init__(self, runner: TurnRunner) -> None:
        self._runner = runner
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._runner._admitted -= 1


class TurnRunner:
    """Runs writes to sessions: each under the session's lock (in-process asyncio lock, then the backend's
    cross-process lock in the worker thread), LLM turns all-or-nothing with timeout and rollback.

    Capacity: LLM turns run on their own thread pool (`turn_workers`); reads, session creation, feedback
    and reset on another (`read_workers`), so they never wait behind slow turns. At most
    `max_queued_turns` turns are admitted at once (running or waiting); past that a turn gets 503."""

    def __init__(self, backend: ChatBackend, timeout_s: float, registry: SessionRegistry, turn_workers: int = 8,
                 read_workers: int = 8, max_queued_turns: int = 64, write_workers: int = 8,
                 write_wait_s: float = 30.0) -> None:
        self.backend = backend
        self.timeout_s = timeout_s
        self.registry = registry
        self.max_queued_turns = max_queued_turns
        self.write_wait_s = write_wait_s  # feedback/reset wait this long for the session's locks, then 409
        self.turn_pool = ThreadPoolExecutor(turn_workers, thread_name_prefix="cesrec-turn")
        self.read_pool = ThreadPoolExecutor(read_workers, thread_name_prefix="cesrec-read")
        # writes that may wait for a session lock (another process's turn) wait here, never on the read pool
        self.write_pool = ThreadPoolExecutor(write_workers, thread_name_prefix="cesrec-write")
        self._locks = AsyncKeyedLocks()
        self._background: set[asyncio.Task] = set()
        self._admitted = 0
        self.turns_started = 0  # turn jobs that really ran (a cancelled one never counts)
        self._count_lock = threading.Lock()

    @property
    def turns_admitted(self) -> int:
        return self._admitted

    def lock(self, sid: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold session `sid`'s in-process lock (no read takes it: reads are lock-free snapshots)."""
        return self._locks.hold(sid)

    async def read(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a blocking read on the read pool (it never waits for a session lock)."""
        return await asyncio.get_running_loop().run_in_executor(self.read_pool, lambda: fn(*args))

    async def write(self, sid: str, fn: Callable[[], Any], fresh: bool = False) -> Any:
        """A quick write (no LLM) under the session's locks. It waits for them at most `write_wait_s`
        (then 409 session_busy), on the write pool, so a lock held by another process's turn never ties
        up the read pool. `fresh`: a session id created just now (nobody else can hold its lock): on the
        read pool, without waiting, so creation never queues behind writes that wait."""
        wait = 0.0 if fresh else self.write_wait_s
        if not await self._locks.acquire(sid, wait):
            raise ApiError(409, "session_busy", f"the session is busy: another request is writing to it "
                           f"(waited {wait:g} s); nothing was applied — please retry")
        try:
            pool = self.read_pool if fresh else self.write_pool
            deadline = time.monotonic() + wait
            return await asyncio.get_running_loop().run_in_executor(pool, self._locked, sid, fn, deadline, fresh)
        finally:
            self._locks.release(sid)

    def _locked(self, sid: str, fn: Callable[[], Any], deadline: float, fresh: bool = False) -> Any:
        with self._session_lock(sid, max(0.0, deadline - time.monotonic())):
            if not fresh:  # (a fresh session's pending marker is its own creation, not a dead turn)
                self._recover_stale(sid)
            out = fn()
            self.backend.prune(sid)
            self._compact(sid)
            return out

    def _session_lock(self, sid: str, timeout_s: float | None = None) -> Any:
        lock = getattr(self.backend, "session_lock", None)
        return lock(sid, timeout_s) if lock is not None else contextlib.nullcontext()

    def _recover_stale(self, sid: str) -> None:
        """Under the session's locks: a pending marker here was left by a turn whose process died (a live
        turn would hold the lock). Undo its own writes only, then go on."""
        found, stale = self.registry.pending_for(sid)
        if not found:
            return
        outcome = self.backend.undo_interrupted(sid, stale)
        self.registry.clear_pending(sid)
        log.warning("session %s…: turn interrupted by a dead process: %s", sid[:6], outcome)

    def admit(self) -> TurnSlot:
        """Admit one turn (503 past `max_queued_turns`). Called before a streamed answer starts, so a
        refusal is an HTTP status with Retry-After, not an event inside a 200."""
        if self._admitted >= self.max_queued_turns:
            raise ApiError(503, "server_busy", f"too many turns in progress ({self.max_queued_turns}); "
                           "nothing was applied — please retry shortly")
        self._admitted += 1
        return TurnSlot(self)

    async def run(self, sid: str, work: Callable[[], Any], slot: TurnSlot | None = None) -> Any:
        """Run an LLM turn `work` (blocking) for session `sid`: bounded admission, session locks, timeout,
        rollback. Raises ApiError (503 when too many turns are admitted, 504 on timeout, ...). The timeout
        covers waiting for the session's locks too; a turn that timed out before its worker started it
        never runs."""
        return await self._run(sid, work, slot if slot is not None else self.admit())

    def _timeout_error(self) -> ApiError:
        return ApiError(504, "turn_timeout", f"the turn took longer than {self.timeout_s:g} s; it was "
                        "cancelled and the session is unchanged — please retry")

    async def _run(self, sid: str, work: Callable[[], Any], slot: TurnSlot) -> Any:
        loop = asyncio.get_running_loop()
        deadline = time.monotonic() + self.timeout_s
        handed = False  # once the worker has the slot it is freed when the worker is really done
        release_now = False
        try:
            if not await self._locks.acquire(sid, self.timeout_s):  # earlier turns of this session run
                raise self._timeout_error()
            release_now = True
            ctl = _TurnControl()
            fut = loop.run_in_executor(self.turn_pool, self._turn_job, sid, work, ctl, deadline)
            fut.add_done_callback(lambda _: slot.release())
            handed = True
            try:
                return await asyncio.wait_for(asyncio.shield(fut), max(0.0, deadline - time.monotonic()))
            except (TimeoutError, asyncio.CancelledError) as exc:
                if not ctl.abandon():  # it committed just now: the result stands
                    if isinstance(exc, asyncio.CancelledError):
                        release_now = False
                        self.spawn(self._finish_late(sid, fut))
                        raise
                    return await fut
                if not ctl.started:  # cancelled before it started: it never runs; slot and lock are free now
                    slot.release()
                else:  # a started worker runs on; the in-process lock stays held until it has rolled back
                    release_now = False
                    self.spawn(self._finish_late(sid, fut))
                if isinstance(exc, asyncio.CancelledError):
                    raise
                raise self._timeout_error() from None
            except ApiError:
                raise
            except BaseException as exc:
                err = classify_turn_error(exc)
                if err.status >= 500:
                    log.warning("turn failed for session %s…: %s: %s", sid[:6], type(exc).__name__, exc)
                raise err from None
        finally:
            if not handed:
                slot.release()
            if release_now:
                self._locks.release(sid)

    def _turn_job(self, sid: str, work: Callable[[], Any], ctl: _TurnControl, deadline: float) -> Any:
        """In a turn-pool thread, under the session's cross-process lock (its wait counts against the
        turn's timeout): snapshot, mark pending, run, commit or roll back."""
        if not ctl.start():
            raise _Abandoned()  # its request gave up while it waited for a worker: never runs
        with self._session_lock(sid, max(0.0, deadline - time.monotonic())):
            if ctl.abandoned:  # its request gave up while it waited for the lock
                raise _Abandoned()
            with self._count_lock:
                self.turns_started += 1
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
            self._compact(sid)
            return result

    def _compact(self, sid: str) -> None:
        """After a committed write, under the lock: keep the session's checkpoint small (never fails it)."""
        compact = getattr(self.backend, "compact", None)
        if compact is None:
            return
        try:
            compact(sid)
        except Exception:
            log.exception("could not compact session %s…", sid[:6])

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
                    if still is None and self.backend.snapshot(sid) is None:
                        self.registry.delete(sid)  # killed while being created: it never existed
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
        for pool in (self.turn_pool, self.read_pool, self.write_pool):
            pool.shutdown(wait=False, cancel_futures=True)
