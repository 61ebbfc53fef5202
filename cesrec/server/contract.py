"""What the HTTP server needs from the agent (implemented over agent.api.RecommenderAgent in
cesrec.backend)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol


class ChatBackend(Protocol):
    """What the server needs from the agent. All methods are synchronous and run in worker threads."""

    llm_label: str

    def new_session(self, session_id: str, user_id: str, history: list[int] | None = None) -> dict[str, Any]:
        """Create the session's initial state: `history` (catalogue ids) when given, else the user's history
        from the dataset, else empty (a new user). Returns {"user_id", "history_length", "new_user",
        "history_source"}."""

    def resolve_history(self, history: list[int | str] | None) -> list[int] | None:
        """Catalogue ids for a caller's history of ids and/or titles; ApiError 422 naming unknown entries."""

    def chat(self, session_id: str, user_id: str, text: str) -> dict[str, Any]:
        """One user turn. Returns {"text", "recommendations": [...], "tool_events": [...], "timings": {...}}."""

    def stream(self, session_id: str, user_id: str, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Same turn as events: ("token", {"text"}), ("tool", {...}), and last ("final", <chat() result>)."""

    def state(self, session_id: str, user_id: str, checkpoint_id: str | None = None) -> dict[str, Any]:
        """JSON view of the session's CESRec state (see cesrec.backend.state_view): the latest checkpoint,
        or `checkpoint_id`. Lock-free."""

    def reset(self, session_id: str, user_id: str, history: list[int] | None = None) -> None:
        """Back to the session's original history, or to `history` (resolved ids) which then replaces it; no
        preferences, no pseudo items."""

    def snapshot(self, session_id: str) -> Any:
        """A JSON-serialisable marker of the session's current persisted state (None: no state yet)."""

    def rollback(self, session_id: str, snapshot: Any) -> None:
        """Undo everything written to the session after `snapshot` (a failed or timed-out turn)."""

    def validate_user(self, user_id: str) -> str | None:
        """None when the user id is acceptable, else a one-line reason."""

    def feedback(self, session_id: str, user_id: str, item: int, verdict: str) -> dict[str, Any]:
        """Like/dislike of a shown item as a structured preference + fresh recommendations (chat() shape)."""

    def session_lock(self, session_id: str, timeout_s: float | None = None) -> Any:
        """Context manager: the session's write lock, held across processes (agent.locks)."""

    def undo_interrupted(self, session_id: str, snapshot: Any) -> str:
        """Undo a dead process's turn without dropping writes made after it (see RecommenderAgent)."""

    def prune(self, session_id: str) -> int:
        """Checkpoint retention: drop all but the newest N checkpoints of the session."""
