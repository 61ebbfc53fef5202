"""Glue between the doors (HTTP server, MCP server) and the agent: the JSON view of a session's state and
`AgentBackend`, the server's ChatBackend over agent.api.RecommenderAgent."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

from cesrec.tools.state import SessionState


def _item(catalog: Any, item: int) -> dict[str, Any]:
    return {
        "item": int(item),
        "title": catalog.titles[item],
        "year": catalog.years[item],
        "genres": list(catalog.genres[item]),
    }


def state_view(state: SessionState, catalog: Any) -> dict[str, Any]:
    """What a UI or API user wants to see: ids resolved to titles, masked/pseudo items with reasons and
    provenance, positions in the original history marked."""
    masked_at = {m.position: m for m in state.masked}
    prefs = state.preferences
    return {
        "user_id": state.user_id,
        "turn": state.turn,
        "history": [
            {**_item(catalog, it), "position": p, "masked": p in masked_at} for p, it in enumerate(state.history)
        ],
        "masked": [
            {**_item(catalog, m.item), "position": m.position, "score": round(float(m.score), 4),
             "reason": m.reason, "kind": m.kind}
            for m in sorted(state.masked, key=lambda m: m.position)
        ],
        "pseudo": [
            {**_item(catalog, p.item), "turn": p.turn, "source": p.source,
             "semantic_score": round(float(p.semantic_score), 4), "srs_score": round(float(p.srs_score), 4),
             "score": round(float(p.score), 4)}
            for p in state.pseudo
        ],
        "preferences": {
            "liked": prefs.liked,
            "disliked": prefs.disliked,
            "liked_items": [_item(catalog, i) for i in prefs.liked_items],
            "disliked_items": [_item(catalog, i) for i in prefs.disliked_items],
            "wishes": list(prefs.wishes),
        },
        "shown_items": [_item(catalog, i) for i in state.shown],
        "rejected_items": [_item(catalog, i) for i in state.rejected],
        "last_recommendations": [r.model_dump() for r in state.last_recommendations],
        "constraints": state.constraints.model_dump(),
    }


# --------------------------------------------------------------------------------------------------------
# Engine + agent construction (shared by `cesrec serve`, `cesrec mcp` and the benchmarks)
# --------------------------------------------------------------------------------------------------------


class BackendError(RuntimeError):
    """The server cannot start as configured (one line: what is missing and how to fix it)."""


def build_backend(llm: str | None = None, model: str | None = None, base_url: str | None = None,
                  dataset: str = "ml-100k", backbone: str | None = None, epochs: int | None = None,
                  state_dir: str | None = None, engine: Any = None, warm_up: bool = False,
                  postgres_dsn: str | None = None) -> AgentBackend:
    """The server's backend: engine + agent with the SQLite checkpointer in `state_dir` (default
    CESREC_HOME), or Postgres with `postgres_dsn`. llm: local | openai | scripted (scripted is never chosen
    implicitly)."""
    from pathlib import Path

    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_config import LLMConfig, LLMConfigError, LLMUnavailableError
    from cesrec.agent.llm_scripted import policy_chat_model
    from cesrec.recmodel.data import DataError
    from cesrec.tools.engine import load_engine

    provider = (llm or os.environ.get("CESREC_LLM") or "local").strip().lower()
    chat_model = None
    cfg = None
    if provider == "scripted":
        chat_model = policy_chat_model()
    else:
        try:
            cfg = LLMConfig.from_env(provider=provider, model=model, base_url=base_url)
        except LLMConfigError as e:
            raise BackendError(str(e)) from None
    if engine is None:
        try:
            engine = load_engine(dataset=dataset, backbone=backbone or "sasrec", epochs=epochs)
        except DataError as e:
            raise BackendError(str(e)) from None
    sessions = Path(state_dir).expanduser() / "sessions.sqlite" if state_dir else None
    if not postgres_dsn:  # a damaged file stops the start with one line (never rebuilt silently)
        from cesrec.agent.checkpoint import default_sessions_path
        from cesrec.agent.checkpoint_health import DamagedStateError, require_healthy

        try:
            require_healthy(sessions or default_sessions_path())
        except DamagedStateError as e:
            raise BackendError(str(e)) from None
    try:
        agent = RecommenderAgent(engine=engine, llm=chat_model, llm_config=cfg,
                                 checkpointer="postgres" if postgres_dsn else "sqlite", postgres_dsn=postgres_dsn,
                                 sessions_path=str(sessions) if sessions else None)
    except ConnectionError as e:  # the Postgres sessions database
        raise BackendError(str(e)) from None
    except (LLMUnavailableError, OSError) as e:
        raise BackendError(f"cannot start the {provider} LLM: {e}") from None
    except ImportError as e:  # the postgres extra is missing
        raise BackendError(str(e)) from None
    except Exception as e:  # ModelFilesError and friends: one line, no traceback
        if type(e).__name__ == "ModelFilesError":
            raise BackendError(str(e)) from None
        raise
    if warm_up and provider == "local":
        # load the GGUF and prefill the fixed system prompt + tool specs now, not in the first user's turn
        # (agent.warm_up loads the sentence encoder too)
        try:
            agent.warm_up()
        except (LLMUnavailableError, OSError) as e:
            raise BackendError(f"cannot start the local LLM: {e}") from None
    elif warm_up:
        warm_encoder(engine)
    label = "scripted (test policy, no LLM)" if provider == "scripted" else agent.llm_label
    return AgentBackend(agent, label)


def warm_encoder(engine: Any) -> float:
    """Load the sentence encoder now (it loads lazily on the first semantic query: 4.5 s inside the first
    user's search turn otherwise). Returns the seconds it took."""
    t0 = time.perf_counter()
    engine.semantic.encode("warm up")
    return time.perf_counter() - t0


# --------------------------------------------------------------------------------------------------------
# The server's ChatBackend over RecommenderAgent
# --------------------------------------------------------------------------------------------------------


KEEP_TURNS = 8  # turns of messages kept in the checkpoint (the LLM's prompt quotes only the last 2 requests)


class AgentBackend:
    """Adapts agent.api.RecommenderAgent to cesrec.server.ChatBackend (JSON shapes of the API)."""

    def __init__(self, agent: Any, llm_label: str | None = None, keep_turns: int = KEEP_TURNS) -> None:
        self.agent = agent
        self.catalog = agent.engine.catalog
        self.llm_label = llm_label or agent.llm_label
        self.keep_turns = keep_turns

    def compact(self, session_id: str) -> int:
        """Keep a session small (call under its lock, after a committed write): messages older than the
        last `keep_turns` turns move out of the checkpoint into the transcript table (one row per message:
        kind and text), and so do stored replies beyond that many turns, so checkpoint size and turn latency stay flat however long the session runs; the
        typed SessionState keeps everything the recommender needs. SQLite sessions only (other stores keep
        their log in the checkpoint). Returns how many messages moved."""
        from langchain_core.messages import HumanMessage, RemoveMessage

        conn = self._sqlite_conn()
        if conn is None:
            return 0
        values = self.agent.graph.get_state({"configurable": {"thread_id": session_id}}).values or {}
        msgs = values.get("messages") or []
        replies = values.get("replies") or {}
        starts = [i for i, m in enumerate(msgs) if isinstance(m, HumanMessage)]
        if len(starts) <= self.keep_turns and len(replies) <= self.keep_turns:
            return 0
        # stored replies (a retried turn id gets its reply back) for the same recent turns
        update: dict[str, Any] = {"replies": dict(list(replies.items())[-self.keep_turns:])}
        old = [m for m in msgs[:starts[-self.keep_turns]] if m.id] if len(starts) > self.keep_turns else []
        from cesrec.agent import checkpoint_transcript

        rows = [(m.id, m.type, m.content if isinstance(m.content, str) else str(m.content)) for m in old]
        if rows:
            with self.agent.checkpointer.lock:  # (the saver's connection; archived before it leaves the checkpoint)
                checkpoint_transcript.archive(conn, session_id, rows)
        if old:
            update["messages"] = [RemoveMessage(id=m.id) for m in old]
        self.agent.write_session(session_id, update)
        return len(old)

    def transcript(self, session_id: str) -> list[tuple[str, str]]:
        """(kind, text) of the messages compacted out of the checkpoint, oldest first."""
        from cesrec.agent import checkpoint_transcript

        conn = self._sqlite_conn()
        if conn is None:
            return []
        with self.agent.checkpointer.lock:
            return checkpoint_transcript.read(conn, session_id)

    def _sqlite_conn(self) -> Any:
        conn = getattr(self.agent.checkpointer, "conn", None)
        return conn if conn is not None and type(conn).__module__ == "sqlite3" else None

    def validate_user(self, user_id: str) -> str | None:
        return self.agent.validate_user(user_id)

    def resolve_history(self, history: list[int | str] | None) -> list[int] | None:
        """Catalogue ids for a caller's history; ApiError 422 `invalid_history` naming every unknown entry."""
        from cesrec.agent.history import HistoryError
        from cesrec.server import ApiError

        try:
            return self.agent.resolve_history(history)
        except HistoryError as e:
            raise ApiError(422, "invalid_history", str(e)) from None

    def new_session(self, session_id: str, user_id: str, history: list[int] | None = None) -> dict[str, Any]:
        """Create the session (`history`: resolved ids, or None for the dataset's / an empty one); returns
        its user id, history length, new_user and history_source."""
        st = self.agent.new_session(session_id, user_id, history)
        return {"user_id": st.user_id, "history_length": len(st.history), **self.agent.origin(st)}

    def chat(self, session_id: str, user_id: str, text: str) -> dict[str, Any]:
        return self.reply_json(self.agent.chat(session_id, user_id, text))

    def stream(self, session_id: str, user_id: str, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for ev in self.agent.stream(session_id, user_id, text):
            if ev.type == "token":
                yield "token", {"text": ev.data.get("text", "")}
            elif ev.type == "tool_start":
                yield "tool", {"phase": "start", "name": ev.data.get("name", ""), "args": ev.data.get("args", {})}
            elif ev.type == "tool_end":
                yield "tool", {"phase": "end", **tool_event_json(ev.data)}
            elif ev.type == "final":
                yield "final", self.reply_json(ev.data["reply"])

    def state(self, session_id: str, user_id: str, checkpoint_id: str | None = None) -> dict[str, Any]:
        """The session's JSON view: its latest checkpoint, or `checkpoint_id` (a turn's pre-turn state
        while that turn runs). A lock-free read."""
        cfg: dict[str, Any] = {"thread_id": session_id}
        if checkpoint_id is not None:
            cfg.update(checkpoint_ns="", checkpoint_id=checkpoint_id)
        values = self.agent.graph.get_state({"configurable": cfg}).values or {}
        if values.get("session") is None:
            from cesrec.server import ApiError

            raise ApiError(404, "unknown_session", "this session has no state (it was never started)")
        view = state_view(values["session"], self.catalog)  # a SessionState (the graph's session channel)
        view.update(self.agent.origin(values["session"]))  # new_user, history_source
        # the conversation log is part of the session too (a half-applied turn would show up here)
        view["conversation_messages"] = len(values.get("messages") or [])
        return view

    def session_state(self, session_id: str) -> SessionState | None:
        return self.agent.session_state(session_id)

    def checkpoint_file(self) -> Any:
        """The SQLite checkpoint file (a Path), None for other stores."""
        from pathlib import Path

        conn = self._sqlite_conn()
        if conn is None:
            return None
        with self.agent.checkpointer.lock:
            rows = conn.execute("PRAGMA database_list").fetchall()
        return Path(rows[0][2]) if rows and rows[0][2] else None

    def session_ids(self) -> set[str]:
        """Ids of the sessions the checkpoint store has."""
        from cesrec.agent.retention import thread_ids

        return set(thread_ids(self.agent.checkpointer))

    def reset(self, session_id: str, user_id: str, history: list[int] | None = None) -> None:
        self.agent.reset(session_id, user_id, history=history)

    def snapshot(self, session_id: str) -> Any:
        return self.agent.snapshot(session_id)

    def rollback(self, session_id: str, snapshot: Any) -> None:
        self.agent.rollback(session_id, snapshot)

    def session_lock(self, session_id: str, timeout_s: float | None = None) -> Any:
        return self.agent.lock(session_id, timeout_s)

    def undo_interrupted(self, session_id: str, snapshot: Any) -> str:
        return self.agent.undo_interrupted_turn(session_id, snapshot)

    def prune(self, session_id: str) -> int:
        return self.agent.prune(session_id)

    def feedback(self, session_id: str, user_id: str, item: int, verdict: str) -> dict[str, Any]:
        """Like/dislike of a shown item, saved as a structured preference on the item itself (nothing is
        re-parsed from a sentence, nothing inferred from its year), then fresh recommendations. No LLM
        call. Runs under the session's lock, on top of its latest state."""
        from langchain_core.messages import AIMessage, HumanMessage

        from cesrec.agent.toolset import recommendation_reply
        from cesrec.server import ApiError
        from cesrec.tools.lc_tools import tool_recommend, tool_update_preferences

        engine = self.agent.engine
        t0 = time.perf_counter()
        with self.agent.lock(session_id):
            st = self.agent.session_state(session_id)
            if st is None:
                raise ApiError(404, "unknown_session", "this session has no state (it was never started)")
            if st.user_id != str(user_id):
                raise ApiError(409, "wrong_user", "this session belongs to another user")
            if item not in {r.item for r in st.last_recommendations} and item not in st.shown:
                raise ApiError(409, "item_not_shown", f"item {item} was not recommended in this session")
            args: dict[str, Any] = {"liked_items": [item]} if verdict == "like" else {"disliked_items": [item]}
            t1 = time.perf_counter()
            new, _, _ = tool_update_preferences(engine, st, args)
            new, _, rec_payload = tool_recommend(engine, new, {"k": self.agent.toolkit.k})
            tool_ms = (time.perf_counter() - t1) * 1000
            recs = [r.model_dump(mode="json") for r in new.last_recommendations]
            title = engine.catalog.titles[item]
            payload = {"feedback": {"liked_attributes": {}, "disliked_attributes": {}},
                       "liked_titles": [title] if verdict == "like" else [],
                       "disliked_titles": [title] if verdict == "dislike" else [],
                       "constraints": rec_payload.get("constraints")}
            text = recommendation_reply(payload, recs)
            reply = {"text": text, "recommendations": recs}
            self.agent.write_session(session_id, {
                "session": new,
                # the conversation log shows the click; no year in it (nothing to re-parse later)
                "messages": [HumanMessage(f"[{verdict}] {title}"), AIMessage(text)],
                "turn_recommendations": recs, "reply": reply, "clarify": None})
        summary = f"Saved: {'liked' if verdict == 'like' else 'disliked'} {title}. {len(recs)} movies recommended."
        return {
            "text": text,
            "recommendations": [{k: r.get(k) for k in ("item", "title", "year", "genres", "score", "why")}
                                for r in recs],
            "tool_events": [{"name": "update_preferences", "args": args, "ok": True, "summary": summary,
                             "ms": round(tool_ms, 2)}],
            "timings": {"total_s": round(time.perf_counter() - t0, 4), "tool_s": round(tool_ms / 1000, 4),
                        "llm_s": 0.0, "llm_calls": 0.0, "tool_calls": 1.0},
        }

    @staticmethod
    def reply_json(reply: Any) -> dict[str, Any]:
        timings = {k: float(v) for k, v in (reply.timings or {}).items()
                   if isinstance(v, int | float) and not isinstance(v, bool)}
        return {
            "text": reply.text,
            "recommendations": [
                {k: r.get(k) for k in ("item", "title", "year", "genres", "score", "why")} for r in reply.recommendations
            ],
            "tool_events": [tool_event_json(e) for e in reply.tool_events],
            "timings": timings,
            **({"clarify": reply.clarify} if getattr(reply, "clarify", None) else {}),
        }


def tool_event_json(e: dict[str, Any]) -> dict[str, Any]:
    text = str(e.get("text", ""))
    return {
        "name": str(e.get("name", "")),
        "args": e.get("args") or {},
        "ok": e.get("status", "success") == "success",
        "summary": text if len(text) <= 300 else text[:297] + "...",
        "ms": float(e.get("ms") or 0.0),
    }
