"""THE tool registry: each CESRec tool declared once — name, description, argument schema, pure function —
and every door derived from it: the MCP tools (cesrec/mcp_server.py: `args` plus a session_id) and the
agent's LangChain tools (agent/toolset.py: `llm_args`, the view the embedded model fills).

Why two argument views, declared side by side here rather than one: MCP callers (an assistant product's
own LLM) pass catalogue ids and structured preferences; the embedded 1.5B model decodes under a grammar
built from its schema, so it gets small, bounded fields in the user's words — titles (ordinals like "the
first one" allowed) instead of ids, `like`/`dislike`/`wishes` strings the agent resolves against the
catalogue, a query without optional filters (it fills every filter it is offered), short max lengths (a
4,000-character bound would blow up the grammar). `llm_args` is `args` itself wherever that works;
tests/server/test_doors.py checks both doors against this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal

from cesrec.tools.lc_tools import (
    ExplainArgs,
    ItemArgs,
    MaskOutliersArgs,
    RecommendArgs,
    SearchCatalogArgs,
    ToolResult,
    UpdatePreferencesArgs,
    tool_explain_recommendation,
    tool_item_details,
    tool_mask_outliers,
    tool_recommend,
    tool_search_catalog,
    tool_update_preferences,
)
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model
from pydantic.json_schema import SkipJsonSchema

# ---- the embedded model's argument views -------------------------------------------------------------
LLMValue = Annotated[str, StringConstraints(max_length=60)]  # bounded: the grammar stops run-on strings


class UserPreferences(BaseModel):
    """Record what the user just said they want or don't want, then get fresh recommendations."""

    model_config = ConfigDict(extra="forbid")  # an unknown argument is an error the LLM reads back

    like: list[LLMValue] = Field(default_factory=list, description="genres, decades, people or titles wanted")
    dislike: list[LLMValue] = Field(default_factory=list, description="genres, decades, people or titles not wanted")
    wishes: str = Field("", max_length=160, description="anything else, in the user's words")


# same fields as update_preferences. `k` is accepted (API/scripted callers) but not shown to the LLM (nor
# allowed by its grammar): the embedded model wrote "k": 5 every time, tokens for nothing.
LLMRecommendArgs = create_model("RecommendArgs", __base__=UserPreferences,
                                k=(SkipJsonSchema[int | None], Field(None, ge=1, le=50)))
LLMMaskArgs = create_model(
    "MaskArgs", method=(Literal["k_lowest", "robust"], Field("k_lowest")), k=(int, Field(1, ge=1, le=3)))
# Only a query: a 1.5B model fills every optional filter it is offered (and over-constrains).
LLMSearchArgs = create_model("SearchArgs", query=(str, Field(..., min_length=1, description="what to look for")))
LLMTitleArgs = create_model("TitleArgs", title=(str, Field(..., min_length=1, max_length=80, description="movie title")))


@dataclass(frozen=True)
class ToolSpec:
    """One tool, for every door."""

    name: str
    description: str  # what the tool does (both doors, unless llm_description says otherwise)
    args: type[BaseModel]  # the argument schema of the pure function and of MCP (ids, structured values)
    fn: Callable[..., ToolResult]  # (engine, state, args) -> (new_state, text, payload)
    writes: bool  # changes the session: MCP runs it under the session's write lock
    session: Literal["required", "optional"]  # "optional": a catalogue read that runs without a session
    llm_args: type[BaseModel]  # what the embedded agent's LLM fills (see the module docstring)
    llm_description: str | None = None  # only where the agent's tool does more than `fn` (save + recommend)

    @property
    def agent_description(self) -> str:
        return self.llm_description or self.description


# Order is the agent prompt's tool order (prompt text is prefill time and steers the 1.5B model).
TOOL_SPECS: dict[str, ToolSpec] = {s.name: s for s in (
    ToolSpec("update_preferences",
             "Record what the user likes or dislikes: structured (attribute kinds and values, item ids, a year "
             "range, a content description) or just the user's words, parsed against the catalogue.",
             UpdatePreferencesArgs, tool_update_preferences, writes=True, session="required",
             llm_args=UserPreferences,
             llm_description="Save what the user likes or dislikes (genres, decades, people, titles, wishes) and "
                             "get fresh recommendations."),
    ToolSpec("recommend",
             "Recommend k items now, using everything the user said so far (masking, pseudo items, constraints).",
             RecommendArgs, tool_recommend, writes=True, session="required", llm_args=LLMRecommendArgs,
             llm_description="Recommend movies from the user's history and saved preferences (plus any likes or "
                             "dislikes in this message)."),
    ToolSpec("search_catalog", "Search movies by description.", SearchCatalogArgs, tool_search_catalog,
             writes=False, session="optional", llm_args=LLMSearchArgs),
    ToolSpec("item_details", "Facts about one movie.", ItemArgs, tool_item_details, writes=False,
             session="optional", llm_args=LLMTitleArgs),
    ToolSpec("explain_recommendation", "Why a movie is recommended to this user.", ExplainArgs,
             tool_explain_recommendation, writes=False, session="required", llm_args=LLMTitleArgs),
    ToolSpec("mask_outliers", "Set aside history items that do not fit the user's taste.", MaskOutliersArgs,
             tool_mask_outliers, writes=True, session="required", llm_args=LLMMaskArgs),
)}


__all__ = ["ToolSpec", "TOOL_SPECS", "UserPreferences", "LLMRecommendArgs", "LLMMaskArgs", "LLMSearchArgs",
           "LLMTitleArgs"]
