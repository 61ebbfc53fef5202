"""Python API of the agent — what the terminal chat, the HTTP/MCP servers and the evaluations call.

    agent = RecommenderAgent()                       # engine + LLM from env (CESREC_LLM=local|openai)
    reply = agent.chat("s1", "42", "no more horror, something funny from the 90s")
    reply.text, reply.recommendations, reply.tool_events, reply.timings

A user id the dataset does not know starts with an empty history (the conversation builds the whole
sequence; the SRS ranks by popularity until something is visible). `history=[...]` (item ids and/or
titles, oldest first) gives the session its starting history instead, for any user: see `new_session`.

A turn is a transaction: if it fails (LLM endpoint down or slow, internal error) the session is rolled
back to its state before the turn and `AgentTurnError` (or `LLMUnavailableError`) says what happened.
Turns of one session are serialized by a per-session lock; different sessions run concurrently (the
embedded LLM itself serves one call at a time).
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from cesrec.agent.checkpoint import default_sessions_path, make_checkpointer
from cesrec.agent.graph import DEFAULT_MAX_TOOL_CALLS, build_graph, system_prompt
from cesrec.agent.history import HistoryEntry, HistoryError, history_origin, resolve_history
from cesrec.agent.llm import make_chat_model
from cesrec.agent.llm_config import LLMConfig, LLMUnavailableError
from cesrec.agent.locks import SessionLocks
from cesrec.agent.reply import AgentEvent, AgentReply, build_reply, tool_events
from cesrec.agent.retention import keep_checkpoints, prune_checkpoints
from cesrec.agent.stance_llm import stance_judge_for, warm_up_judge
from cesrec.agent.toolset import AgentToolkit
from cesrec.tools.engine import load_engine
from cesrec.tools.lexicon import is_blank
from cesrec.tools.state import SessionState
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, HumanMessage, RemoveMessage, SystemMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.message import REMOVE_ALL_MESSAGES


class AgentTurnError(RuntimeError):
    """A turn failed; the session is unchanged (rolled back). The message says why in one line."""


def _llm_error(e: BaseException) -> bool:
    chain: list[BaseException] = []
    x: BaseException | None = e
    while x is not None and len(chain) < 8:
        chain.append(x)
        x = x.__cause__ or x.__context__
    names = [type(c).__name__ for c in chain]
    return any(isinstance(c, LLMUnavailableError | TimeoutError | ConnectionError) for c in chain) or any(
        n.startswith("API") or n in ("ConnectError", "ReadTimeout", "RateLimitError", "InternalServerError")
        for n in names
    )


class RecommenderAgent:
    """The conversational recommender: LangGraph agent over a CESRecEngine, sessions checkpointed.

    engine: a tools.engine.CESRecEngine (default: tools.engine.load_engine(train=False) — the built ml-100k
    SASRec engine).
    llm: a LangChain chat model (default: make_chat_model(llm_config or LLMConfig.from_env())).
    checkpointer: "sqlite" (default, CESREC_HOME/sessions.sqlite or `sessions_path`), "memory", "postgres"
    (with `postgres_dsn`), or a BaseCheckpointSaver.
    stance_judge: "auto" (the embedded LLM judges the stance of the values the user names; other LLMs get no
    judge), an agent.stance_llm Completer, or None (the readers' polarity stands).
    """

    def __init__(
        self,
        engine: Any = None,
        llm: BaseChatModel | None = None,
        llm_config: LLMConfig | None = None,
        checkpointer: BaseCheckpointSaver | Literal["sqlite", "memory", "postgres"] = "sqlite",
        sessions_path: str | None = None,
        postgres_dsn: str | None = None,
        max_tool_calls: int = DEFAULT_MAX_TOOL_CALLS,
        k: int = 5,
        answer_after_success: bool = True,
        template_reply: bool = True,
        stance_judge: Any = "auto",
    ) -> None:
        if engine is None:
            engine = load_engine(train=False)
        self.engine = engine
        self.llm_config = llm_config
        self.llm = llm if llm is not None else make_chat_model(llm_config or LLMConfig.from_env())
        # Writes to a session are serialized across processes too (agent.locks): lock files next to the
        # SQLite database, the advisory lock for Postgres, a plain in-process lock otherwise.
        if checkpointer == "sqlite":
            self.locks = SessionLocks.for_sqlite(sessions_path or default_sessions_path())
        elif checkpointer == "postgres":
            self.locks = SessionLocks(postgres_dsn=postgres_dsn)
        else:
            self.locks = SessionLocks()
        if isinstance(checkpointer, str):
            checkpointer = make_checkpointer(checkpointer, path=sessions_path, dsn=postgres_dsn)
        self.checkpointer = checkpointer
        self.keep_checkpoints = keep_checkpoints()
        self.toolkit = AgentToolkit(engine, k=k)
        self.graph = build_graph(engine, self.llm, checkpointer, max_tool_calls=max_tool_calls, toolkit=self.toolkit,
                                 answer_after_success=answer_after_success,
                                 template_reply=template_reply, stance_judge=stance_judge)
        self.max_tool_calls = max_tool_calls

    # ---- identity / description ------------------------------------------------------------------------
    @property
    def llm_label(self) -> str:
        if self.llm_config is not None:
            return self.llm_config.describe()
        name = getattr(self.llm, "model_name", None) or getattr(self.llm, "model_path", None) or self.llm._llm_type
        return str(name)

    def validate_user(self, user_id: str | int) -> str | None:
        """None when `user_id` can own a session, else a one-line reason. Any non-blank id of at most 64
        characters can: one the dataset does not know is a new user (see `is_known_user`)."""
        uid = str(user_id)
        if not uid.strip() or len(uid) > 64 or not uid.isprintable():
            return "user_id must be 1-64 printable characters, not only spaces"
        return None

    def is_known_user(self, user_id: str | int) -> bool:
        """Whether the dataset has `user_id` (its history seeds a session created without `history`)."""
        try:
            self.engine.dataset.user_index(user_id)
            return True
        except Exception:  # DataError / KeyError from the dataset
            return False

    def resolve_history(self, history: list[HistoryEntry] | None) -> list[int] | None:
        """Catalogue ids for a caller's history of ids and/or titles (HistoryError names every unknown one)."""
        return resolve_history(self.engine.catalog, history)

    def warm_up(self) -> float:
        """Load the sentence encoder and the local LLM, prefill the stable system prompt + tool specs."""
        t0 = time.perf_counter()
        # the sentence encoder loads lazily on the first semantic query: not inside a user's turn
        self.engine.semantic.encode("warm up")
        if hasattr(self.llm, "warm_up"):
            self.llm.warm_up([SystemMessage(system_prompt(self.engine.catalog))], self.toolkit.tools())
        judge = stance_judge_for(self.llm)  # the stance judge's own context and fixed prompt (embedded LLM only)
        if judge is not None:
            warm_up_judge(judge)
        return time.perf_counter() - t0

    # ---- sessions ----------------------------------------------------------------------------------------
    def _config(self, session_id: str) -> dict:
        if not isinstance(session_id, str) or not session_id.strip() or len(session_id) > 200:
            raise ValueError("session_id must be a non-empty string of at most 200 characters")
        return {"configurable": {"thread_id": session_id}}

    def _lock(self, session_id: str) -> contextlib.AbstractContextManager[None]:
        return self.locks.hold(session_id)

    def lock(self, session_id: str, timeout_s: float | None = None) -> contextlib.AbstractContextManager[None]:
        """Hold the session's write lock (across processes; reentrant for this thread). Every door takes
        it around a write, reads the latest checkpoint under it and writes on top of it."""
        self._config(session_id)  # validates the id
        return self.locks.hold(session_id, timeout_s)

    def prune(self, session_id: str, protect: tuple[str | None, ...] = ()) -> int:
        """Keep the newest `keep_checkpoints` checkpoints of the session (and `protect`); call under its lock."""
        return prune_checkpoints(self.checkpointer, session_id, self.keep_checkpoints, protect)

    def write_session(self, session_id: str, values: dict[str, Any]) -> None:
        """Write channel values on top of the session's latest checkpoint (a completed step, like the
        agent's own updates) and prune old checkpoints. Call under `lock(session_id)`."""
        self.graph.update_state(self._config(session_id), values, as_node="finish")
        self.prune(session_id)

    def _values(self, session_id: str) -> dict[str, Any]:
        snap = self.graph.get_state(self._config(session_id))
        return dict(snap.values or {})

    def session_state(self, session_id: str) -> SessionState | None:
        """The CESRec session state (None: the session does not exist yet)."""
        return self._values(session_id).get("session")  # typed by the graph's session channel

    def session_user(self, session_id: str) -> str | None:
        return self._values(session_id).get("user_id")

    def _start_state(self, user_id: str, history: list[HistoryEntry] | None) -> SessionState:
        if reason := self.validate_user(user_id):
            raise ValueError(reason)
        ids = self.resolve_history(history)
        if ids is None and not self.is_known_user(user_id):
            ids = []  # a new user: the conversation builds the whole pseudo sequence
        return self.engine.new_session(user_id, history=ids)

    def new_session(self, session_id: str, user_id: str | int,
                    history: list[HistoryEntry] | None = None) -> SessionState:
        """Create (or return the existing) session for `user_id`. Its starting history: `history` when
        given (item ids and/or titles, oldest first; `[]` = none), else the dataset's history of the user,
        else (a user the dataset does not know) empty. A history is set once, at creation: for an existing
        session the same history (or none) returns it unchanged, a different one raises HistoryError
        (`reset(..., history=...)` starts the session over with a new one)."""
        user_id = str(user_id)
        with self._lock(session_id):
            existing = self.session_state(session_id)
            if existing is not None:
                if existing.user_id != user_id:
                    raise AgentTurnError(f"session {session_id!r} belongs to another user")
                ids = self.resolve_history(history)
                if ids is not None and ids != list(existing.history):
                    raise HistoryError(f"history: session {session_id!r} already started with a different history "
                                       "(a history is set when a session is created; reset the session with "
                                       "the new history, or start a new session)")
                return existing
            sess = self._start_state(user_id, history)
            self.write_session(session_id, {"user_id": user_id, "session": sess})
            return sess

    def reset(self, session_id: str, user_id: str | int,
              history: list[HistoryEntry] | None = None) -> SessionState:
        """Back to the session's original history (or to `history` when given, which then replaces it): no
        preferences, masks, pseudo items or messages."""
        user_id = str(user_id)
        with self._lock(session_id):
            owner = self.session_user(session_id)
            if owner is not None and owner != user_id:
                raise AgentTurnError(f"session {session_id!r} belongs to another user")
            existing = self.session_state(session_id)
            if history is None and existing is not None:
                sess = self.engine.new_session(user_id, history=list(existing.history))
            else:
                sess = self._start_state(user_id, history)
            self.write_session(
                session_id,
                {"messages": [RemoveMessage(id=REMOVE_ALL_MESSAGES)], "user_id": str(user_id),
                 "session": sess, "turn_recommendations": [], "reply": None,
                 "replies": {}},
            )
            return sess

    def history(self, session_id: str) -> dict[str, Any]:
        """Original history, masked items (with reasons) and pseudo items (with provenance), titles resolved."""
        s = self.session_state(session_id)
        if s is None:
            raise AgentTurnError(f"unknown session {session_id!r}")
        cat = self.engine.catalog
        return {
            "original": [{"item": i, "title": cat.label(i)} for i in s.history],
            "masked": [{"item": m.item, "title": cat.label(m.item), "position": m.position, "reason": m.reason}
                       for m in s.masked],
            "pseudo": [{"item": p.item, "title": cat.label(p.item), "turn": p.turn, "source": p.source}
                       for p in s.pseudo],
            **history_origin(self.engine, s),  # new_user, history_source
        }

    def origin(self, state: SessionState) -> dict[str, Any]:
        """`new_user` and `history_source` ("dataset" | "caller" | "none") of a session's state."""
        return history_origin(self.engine, state)

    def snapshot(self, session_id: str) -> str | None:
        """Marker of the session's current persisted state (its checkpoint id); None if none yet."""
        snap = self.graph.get_state(self._config(session_id))
        return (snap.config or {}).get("configurable", {}).get("checkpoint_id") if snap.values else None

    def rollback(self, session_id: str, snapshot: str | None) -> None:
        """Make the state at `snapshot` the session's latest again (undo a failed turn)."""
        self._config(session_id)  # validates the id
        if snapshot is None:
            self.checkpointer.delete_thread(session_id)
            return
        if self.snapshot(session_id) == snapshot:
            return
        at = {"configurable": {"thread_id": session_id, "checkpoint_ns": "", "checkpoint_id": snapshot}}
        values = self.graph.get_state(at).values
        if not values:
            raise AgentTurnError(f"cannot roll back session {session_id!r}: checkpoint {snapshot} not found")
        # Fork from the pre-turn checkpoint: the copy becomes the latest, dropping the partial turn.
        self.graph.update_state(at, None, as_node="__end__")

    def undo_interrupted_turn(self, session_id: str, snapshot: str | None) -> str:
        """Undo a turn whose process died mid-turn, without dropping anyone else's write. Call under
        `lock(session_id)`. Returns "unchanged" (the turn wrote nothing), "rolled_back" (only the dead
        turn's own graph checkpoints came after `snapshot`: back to it) or "kept" (another door wrote on
        top after the crash: its write stays, and so does the completed turn underneath it)."""
        cfg = self._config(session_id)
        if snapshot is None:  # the session did not exist before: nothing anyone else could have built on
            if self.snapshot(session_id) is not None:
                newer = list(self.graph.get_state_history(cfg))
                if any((st.metadata or {}).get("source") not in ("loop", "input") for st in newer):
                    return "kept"
                self.checkpointer.delete_thread(session_id)
                return "rolled_back"
            return "unchanged"
        if self.snapshot(session_id) == snapshot:
            return "unchanged"
        for st in self.graph.get_state_history(cfg):
            cid = (st.config or {}).get("configurable", {}).get("checkpoint_id")
            if cid == snapshot:
                self.rollback(session_id, snapshot)
                return "rolled_back"
            if (st.metadata or {}).get("source") not in ("loop", "input"):
                return "kept"  # an update_state write (MCP tool, feedback, reset, another turn's fork)
        return "kept"  # the snapshot was pruned: nothing safe to roll back to

    # ---- turns -------------------------------------------------------------------------------------------
    def chat(self, session_id: str, user_id: str | int, text: str, turn_id: str | None = None,
             history: list[HistoryEntry] | None = None) -> AgentReply:
        """One user turn; returns the reply. A repeated `turn_id` returns the stored reply (idempotent).
        The first turn of a session creates it (`history`: as in `new_session`)."""
        final: AgentReply | None = None
        for ev in self._run(session_id, user_id, text, turn_id, stream=False, history=history):
            if ev.type == "final":
                final = ev.data["reply"]
        assert final is not None
        return final

    def stream(self, session_id: str, user_id: str | int, text: str, turn_id: str | None = None,
               history: list[HistoryEntry] | None = None) -> Iterator[AgentEvent]:
        """The same turn as events: tokens of the answer, tool starts/ends, and the final reply."""
        yield from self._run(session_id, user_id, text, turn_id, stream=True, history=history)

    def _run(self, session_id: str, user_id: str | int, text: str, turn_id: str | None,
             stream: bool, history: list[HistoryEntry] | None = None) -> Iterator[AgentEvent]:
        if not isinstance(text, str) or is_blank(text):
            raise ValueError("message text must be a non-empty string (zero-width and format characters count as blank)")
        if len(text) > 4000:
            raise ValueError(f"message too long ({len(text)} characters, at most 4000)")
        user_id = str(user_id)
        cfg = self._config(session_id)
        with self._lock(session_id):
            values = self._values(session_id)
            owner = values.get("user_id")
            if owner is not None and owner != user_id:
                raise AgentTurnError(f"session {session_id!r} belongs to another user")
            if owner is None and (reason := self.validate_user(user_id)):
                raise ValueError(reason)
            if history is not None and owner is not None:
                self.new_session(session_id, user_id, history)  # same history: fine; a different one: HistoryError
            if turn_id and turn_id in (values.get("replies") or {}):
                stored = values["replies"][turn_id]
                yield AgentEvent("final", {"reply": AgentReply(stored["text"], stored["recommendations"],
                                                               session_id=session_id, turn_id=turn_id,
                                                               replayed=True)})
                return
            turn_id = turn_id or uuid.uuid4().hex
            before = self.snapshot(session_id)
            if owner is None:  # created here (not by the graph), so new users and caller histories work
                self.new_session(session_id, user_id, history)
            inputs = {"messages": [HumanMessage(text, id=f"user-{turn_id}")], "user_id": user_id,
                      "turn_recommendations": [], "turn_id": turn_id, "reply": None}
            t0 = time.perf_counter()
            try:
                # "messages" mode makes the LLM stream tokens; plain chat() does not need them.
                modes = ["messages", "updates"] if stream else ["updates"]
                # durability="exit": one checkpoint write per turn, not one per step (a turn is atomic;
                # a failed turn is rolled back below, a killed process leaves the pre-turn state)
                streamed = False
                for mode, chunk in self.graph.stream(inputs, cfg, stream_mode=modes, durability="exit"):
                    if mode == "messages" and stream:
                        msg, meta = chunk
                        if (isinstance(msg, AIMessageChunk) and meta.get("langgraph_node") == "agent"
                                and isinstance(msg.content, str) and msg.content):
                            streamed = True
                            yield AgentEvent("token", {"text": msg.content})
                    elif mode == "updates":
                        yield from tool_events(chunk)
            except GeneratorExit:
                self.rollback(session_id, before)  # the consumer stopped mid-turn: nothing half-applied
                raise
            except Exception as e:
                self.rollback(session_id, before)
                one = " ".join(str(e).split())[:300] or type(e).__name__
                if _llm_error(e):
                    raise LLMUnavailableError(f"the language model failed ({one}); the turn was not applied, "
                                              "the session is unchanged") from e
                raise AgentTurnError(f"the turn failed ({type(e).__name__}: {one}); the session is unchanged") from e
            total = time.perf_counter() - t0
            # old checkpoints go; the pre-turn one stays (a caller may still undo this turn, e.g. a timeout)
            self.prune(session_id, protect=(before,))
            values = self._values(session_id)
            reply = build_reply(values, session_id, turn_id, total)
            if stream and not streamed and reply.text:
                yield AgentEvent("token", {"text": reply.text})  # a template reply: one chunk, same event shape
            yield AgentEvent("final", {"reply": reply})


__all__ = ["RecommenderAgent", "AgentReply", "AgentEvent", "AgentTurnError"]
