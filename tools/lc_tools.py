"""Tool layer shared by the agent (LangChain/LangGraph) and the MCP/HTTP servers.

Each `tool_*` function is pure: `(engine, state, args) -> (new_state, short_text, payload)`, where
`short_text` is what an LLM reads back and `payload` is JSON-able data for a UI/API. `args` is the tool's
pydantic schema (or a dict validated into it). Errors the user can fix (unknown item, attribute not in the
catalogue) come back as a ToolError with one clear line; callers show it instead of crashing.

Names, descriptions and which schema each door shows live in one registry, tools/tool_specs.py
(`TOOL_SPECS`), from which the agent's LangChain tools (agent/toolset.py) and the MCP tools are derived.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal

from cesrec.recmodel.data import DataError
from cesrec.tools.catalog import explain_recommendation, item_details, search_catalog
from cesrec.tools.engine import CESRecEngine
from cesrec.tools.feedback import Feedback, FeedbackError, parse_feedback_rules
from cesrec.tools.masking import mask_outliers
from cesrec.tools.semantic import SemanticIndexError
from cesrec.tools.state import SessionState
from cesrec.tools.turn import apply_feedback, recommend_with_feedback
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, ValidationError

ToolResult = tuple[SessionState, str, dict]


class ToolError(ValueError):
    """A tool call that cannot be served as asked (bad arguments); the message is for the caller/LLM."""


# ---- input limits, the same on every door (HTTP API, MCP, the agent's tools) ----------------------------
MAX_TEXT_CHARS = 4000  # a user message / free-text preference
MAX_VALUE_CHARS = 200  # one attribute value, a title, a session id
MAX_LIST_ITEMS = 50  # item ids or attribute values in one call
MAX_ATTRIBUTE_KINDS = 10  # keys of liked_attributes / disliked_attributes
MAX_ITEM_ID = 10_000_000  # ids are catalogue row numbers; the engine rejects ids it does not know



def _integer(v: Any) -> Any:
    """Booleans are not numbers here (pydantic would read `true` as 1); numpy integers are."""
    if isinstance(v, bool):
        raise ValueError("a boolean is not a valid integer here")
    if isinstance(v, numbers.Integral):
        return int(v)
    return v


Int = Annotated[int, BeforeValidator(_integer)]
# a release-year bound: range-checked here, so an absurd one (2**63) never reaches the vector store's filter
Year = Annotated[int, BeforeValidator(_integer), Field(ge=0, le=9999)]
ItemId = Annotated[StrictInt, BeforeValidator(_integer), Field(ge=1, le=MAX_ITEM_ID, description="catalogue item id")]
ItemIds = Annotated[list[ItemId], Field(max_length=MAX_LIST_ITEMS)]
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]
Value = Annotated[str, Field(min_length=1, max_length=MAX_VALUE_CHARS)]
Values = Annotated[list[Value], Field(max_length=MAX_LIST_ITEMS)]
AttributeMap = Annotated[dict[Annotated[str, Field(max_length=32)], Values], Field(max_length=MAX_ATTRIBUTE_KINDS)]
SessionId = Annotated[str, Field(min_length=1, max_length=MAX_VALUE_CHARS)]
Count = Annotated[StrictInt, BeforeValidator(_integer), Field(ge=1, le=50)]


def validation_message(e: ValidationError, limit: int = 3) -> str:
    """One line, `field: message` per field, without pydantic's help URLs; short scalar inputs are echoed
    (they say what was wrong), long text and containers never are."""
    parts: dict[str, str] = {}
    for err in e.errors(include_url=False):
        # union members add tags like "function-after[...]" / "constrained-str" to the location: drop them
        loc = [str(x) for x in err.get("loc", ()) if x != "body" and (isinstance(x, int) or _FIELD.match(str(x)))]
        where = ".".join(loc) or "arguments"
        if where in parts:
            continue
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        got = err.get("input")
        if isinstance(got, bool | int | float) or (isinstance(got, str) and len(got) <= 40):
            msg += f" (got {got!r})"
        parts[where] = f"{where}: {msg}"
    shown = list(parts.values())[:limit]
    more = len(parts) - len(shown)
    return "; ".join(shown) + (f" (and {more} more)" if more > 0 else "")


_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RecommendArgs(_Args):
    k: Count = Field(10, description="how many items to recommend")


class UpdatePreferencesArgs(_Args):
    liked_attributes: AttributeMap = Field(
        default_factory=dict,
        description="attribute kind -> values the user wants; kinds: genre, decade, director, actor, writer, rated",
    )
    disliked_attributes: AttributeMap = Field(default_factory=dict, description="kind -> values to avoid")
    liked_items: ItemIds = Field(default_factory=list, description="catalogue item ids the user likes")
    disliked_items: ItemIds = Field(default_factory=list, description="catalogue item ids the user rejects")
    year_min: Year | None = Field(None, description="earliest release year wanted")
    year_max: Year | None = Field(None, description="latest release year wanted")
    description: str = Field("", max_length=500, description="what the user said about the content")
    text: Text = Field("", description="the user's words; parsed by rules when no structured field is given")


class MaskOutliersArgs(_Args):
    method: Literal["k_lowest", "robust"] = "k_lowest"
    k: Int = Field(1, ge=0, le=5, description="how many history items to hide at most")


class SearchCatalogArgs(_Args):
    query: Text = Field(..., min_length=1, description="what to look for, in words")
    genres: Values = Field(default_factory=list, description="genres the items must all have")
    exclude_genres: Values = Field(default_factory=list)
    decades: Values = Field(default_factory=list, description='e.g. ["1990s"] or ["90s"]')
    year_min: Year | None = None
    year_max: Year | None = None
    k: Count = 5


class ItemArgs(_Args):
    item: ItemId | Value = Field(..., description="catalogue item id, or a title")


class ExplainArgs(_Args):
    item: ItemId = Field(..., description="catalogue item id to explain")


def _coerce(schema: type[BaseModel], args: BaseModel | dict | None) -> Any:
    if isinstance(args, schema):
        return args
    try:
        return schema.model_validate(args or {})
    except ValidationError as e:
        raise ToolError(f"invalid arguments: {validation_message(e)}") from None


def _guard(fn: Callable[..., ToolResult]) -> Callable[..., ToolResult]:
    """User-fixable errors become ToolError with the original one-line message."""

    def wrapped(engine: CESRecEngine, state: SessionState, args: BaseModel | dict | None = None) -> ToolResult:
        try:
            return fn(engine, state, args)
        except (DataError, FeedbackError, SemanticIndexError) as e:
            raise ToolError(str(e)) from None

    wrapped.__name__ = fn.__name__
    wrapped.__doc__ = fn.__doc__
    return wrapped


def _rec_payload(recs) -> list[dict]:
    return [r.model_dump() for r in recs]


@_guard
def tool_recommend(engine: CESRecEngine, state: SessionState, args: RecommendArgs | dict | None = None) -> ToolResult:
    """Recommend items now, using everything the user said so far (masking + pseudo items + constraints)."""
    a = _coerce(RecommendArgs, args)
    new, recs = recommend_with_feedback(engine, state, k=a.k)
    if not recs:
        return new, "No catalogue item satisfies the current preferences.", {"recommendations": []}
    lines = [f"{j + 1}. [{r.item}] {engine.catalog.label(r.item)} — {r.why}" for j, r in enumerate(recs)]
    return new, "\n".join(lines), {"recommendations": _rec_payload(recs), "constraints": new.constraints.model_dump()}


@_guard
def tool_update_preferences(engine: CESRecEngine, state: SessionState,
                            args: UpdatePreferencesArgs | dict | None = None) -> ToolResult:
    """Record what the user likes or dislikes (structured, or free text parsed by the catalogue rules)."""
    a = _coerce(UpdatePreferencesArgs, args)
    structured = a.liked_attributes or a.disliked_attributes or a.liked_items or a.disliked_items \
        or a.year_min is not None or a.year_max is not None or a.description
    if structured:
        fb = Feedback(liked_attributes=a.liked_attributes, disliked_attributes=a.disliked_attributes,
                      liked_items=a.liked_items, disliked_items=a.disliked_items, year_min=a.year_min,
                      year_max=a.year_max, description=a.description, free_text=a.text)
    else:
        fb = parse_feedback_rules(a.text, engine.catalog, state)
    new = apply_feedback(engine, state, fb)
    if new is state:
        return state, "Nothing to record (no preference recognised).", {"preferences": state.preferences.model_dump()}
    p = new.preferences
    label = engine.catalog.label
    loved = f"; films you loved: {', '.join(label(i) for i in p.liked_items)}" if p.liked_items else ""
    text = f"Noted. Wants: {p.liked or '-'}; avoids: {p.disliked or '-'}{loved}."
    return new, text, {"preferences": p.model_dump(), "turn": new.turn}


@_guard
def tool_mask_outliers(engine: CESRecEngine, state: SessionState,
                       args: MaskOutliersArgs | dict | None = None) -> ToolResult:
    """Hide history items that do not fit the rest of the user's history (reversible)."""
    a = _coerce(MaskOutliersArgs, args)
    new = mask_outliers(engine, state, method=a.method, k=a.k, similarity=engine.config.similarity,
                        max_fraction=engine.config.max_mask_fraction, window=engine.window)
    masked = [m for m in new.masked if m.kind == "outlier"]
    text = "Hid: " + "; ".join(m.reason for m in masked) if masked else "No history item stands out as an outlier."
    return new, text, {"masked": [m.model_dump() for m in new.masked]}


@_guard
def tool_search_catalog(engine: CESRecEngine, state: SessionState,
                        args: SearchCatalogArgs | dict | None = None) -> ToolResult:
    """Semantic catalogue search with optional genre/decade/year filters (does not change the state)."""
    a = _coerce(SearchCatalogArgs, args)
    filters = {"genres": a.genres, "exclude_genres": a.exclude_genres, "decades": a.decades,
               "year_min": a.year_min, "year_max": a.year_max}
    hits = search_catalog(engine, a.query, {k: v for k, v in filters.items() if v}, k=a.k)
    text = "\n".join(f"[{h.item}] {engine.catalog.label(h.item)} ({', '.join(h.genres)})" for h in hits) or "No match."
    return state, text, {"items": [h.model_dump(exclude={"plot"}) for h in hits]}


@_guard
def tool_item_details(engine: CESRecEngine, state: SessionState, args: ItemArgs | dict | None = None) -> ToolResult:
    """Facts about one catalogue item (by id or title)."""
    a = _coerce(ItemArgs, args)
    info = item_details(engine, a.item)
    bits = [engine.catalog.label(info.item), ", ".join(info.genres)]
    if info.directors:
        bits.append("directed by " + ", ".join(info.directors))
    if info.actors:
        bits.append("starring " + ", ".join(info.actors[:3]))
    text = f"[{info.item}] " + "; ".join(b for b in bits if b)
    if info.plot:
        text += ". " + info.plot[:200]
    return state, text, {"item": info.model_dump()}


@_guard
def tool_explain_recommendation(engine: CESRecEngine, state: SessionState,
                                args: ExplainArgs | dict | None = None) -> ToolResult:
    """Explain, from the session itself, why an item is recommended."""
    a = _coerce(ExplainArgs, args)
    ex = explain_recommendation(engine, state, a.item)
    return state, ex.text, {"explanation": ex.model_dump()}
