"""Request/response models of the HTTP API (they make the OpenAPI spec)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator

from cesrec.agent.history import MAX_HISTORY_ITEMS
from cesrec.tools.lc_tools import MAX_TEXT_CHARS, ItemId, Value
from cesrec.tools.lexicon import is_blank


class CreateSession(BaseModel):
    user_id: str = Field(..., min_length=1, max_length=64, description=(
        "Any user id. One the dataset knows (e.g. '42') starts from their viewing history; any other is a new "
        "user, starting with an empty history that the conversation builds."))
    history: list[ItemId | Value] | None = Field(None, max_length=MAX_HISTORY_ITEMS, description=(
        "Optional starting history, oldest first: catalogue item ids (integers) and/or titles (text), "
        "mixed. Replaces the dataset's history; [] starts empty."))


class ResetSession(BaseModel):
    history: list[ItemId | Value] | None = Field(None, max_length=MAX_HISTORY_ITEMS, description=(
        "Optional new starting history, oldest first: catalogue item ids (integers) and/or titles (text), mixed; "
        "replaces the session's history ([] = empty). Without it the session goes back to its starting history."))


class SessionCreated(BaseModel):
    session_id: str
    user_id: str
    history_length: int = 0
    new_user: bool = False  # the dataset does not know this user id
    history_source: str = "dataset"  # dataset | caller | none




class PostMessage(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="What the user says.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if is_blank(v):
            raise ValueError("must contain some non-whitespace text")
        return v


class PostFeedback(BaseModel):
    item: ItemId = Field(..., description="Catalogue id of a recommended item (an integer; booleans are refused).")
    verdict: str = Field(..., pattern="^(like|dislike)$", description="'like' or 'dislike'.")


class RecommendationOut(BaseModel):
    item: int
    title: str
    year: int | None = None
    genres: list[str] = []
    score: float | None = None
    why: str = ""


class ToolEventOut(BaseModel):
    name: str
    args: dict[str, Any] = {}
    ok: bool = True
    summary: str = ""
    ms: float | None = None


class ClarifyValueOut(BaseModel):
    kind: str  # genre | decade | director | actor | writer | rated | item
    value: str | int
    label: str  # the user's own words for it


class ClarifyOut(BaseModel):
    """Values the reply asks about (kept on neither side: which way the user meant them was unclear); a bare
    "yes" / "no" as the next message puts them on that side."""

    values: list[ClarifyValueOut]
    question: str


class TurnOut(BaseModel):
    session_id: str
    text: str
    recommendations: list[RecommendationOut]
    tool_events: list[ToolEventOut] = []
    timings: dict[str, float] = {}
    clarify: ClarifyOut | None = None


class ErrorOut(BaseModel):
    error: dict[str, str]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorOut} for s in (400, 401, 403, 404, 409, 413, 421, 422, 503, 504)
}
