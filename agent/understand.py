"""The user's words, read once per turn: `understand(text, llm_call, session, ...) -> Understanding`.

One place turns what the user typed (plus the orchestrator LLM's tool call for it) into what the turn
records. The agent graph calls it once per turn, right after the LLM's first call, and hands the result
to the tools through the graph state; the tools never go back to the message log for the text. The
LLM-free doors (the request benchmark's `product_pipeline`, the server's policy without an LLM) call it
with `llm_call=None`.

Steps, each reading what the step before produced:
1. the rule parser reads the words (tools.feedback.parse_feedback_rules) — the only pass over the text
   besides the mood reader's embedding;
2. a first call that records nothing (search, mask, explain), chosen for words that state a preference
   and do not ask for that tool, becomes `update_preferences` (measured on the utterance benchmark: the
   1.5B model sends "anything with Tom Hanks" to search and "I never watch westerns" to mask);
3. the call's arguments are resolved against the catalogue, grounded in the words and merged with the
   rule reading (agent.feedback_llm.resolve_feedback); a search query that names a person is a liked
   person, any other query is a description when the words gave none;
4. the stance judge (agent.stance_llm, issue 21 item 4): when the caller passes one (`stance_judge`, the
   embedded LLM's judge: agent.stance_llm.stance_judge_for(llm)), the values the user named are put on the
   side one extra grammar-constrained LLM call gives them ("I can't get enough of westerns": want), asked
   only where the words hold a stance cue (agent.stance_llm.STANCE_GATE);
5. mood and content words add genres neither reader placed (tools.mood.MoodReader).
"""

from __future__ import annotations

import re
from typing import Any

from cesrec.agent.feedback_llm import resolve_feedback, resolve_value
from cesrec.agent.stance_llm import STANCE_GATE, Completer, judge_feedback
from cesrec.tools.feedback import parse_feedback_rules
from cesrec.tools.lexicon import _fold
from cesrec.tools.state import Feedback, SessionState
from cesrec.tools.tool_specs import UserPreferences
from pydantic import BaseModel, Field

# tools whose call records the user's preferences (the rest read or explain and record nothing)
RECORDING_TOOLS = ("update_preferences", "recommend", "search_catalog")
PEOPLE_KINDS = ("director", "actor", "writer")

# A first tool call the embedded 1.5B model gets wrong, measured on evals/data (prompt of agent/graph.py):
# "anything with Tom Hanks" / "something like Forest Gump" -> search_catalog, "I never watch westerns" /
# "nothing newer than 1985" -> mask_outliers, "why is everything a romance?" -> explain_recommendation.
# Those tools record no preference, so the user's words were lost. When the rule reading holds a
# preference and the user did not ask for what the tool does, the call becomes update_preferences (its
# arguments: none, so the rule reading is what is recorded).
_ASKS_FOR = {
    "mask_outliers": re.compile(r"\b(?:histor(?:y|ies)|watched|watches|watch list|profile|clean|odd ones?|outliers?|"
                                r"don'?t fit|weird stuff|set aside)\b"),
    # a question may be a search ("Any with Harrison Ford?")
    "search_catalog": re.compile(r"\b(?:find|search|look(?:ing)? for|is there (?:a|any) (?:movie|film)|which (?:movie|film))\b"
                                 r"|\?\s*$"),
    "explain_recommendation": re.compile(r"^$"),  # a complaint is rerouted only when it reads as a dislike (below)
}


class Understanding(BaseModel):
    """What one turn's words mean for the session: the tool that runs (after rerouting), the feedback it
    records, and how that reading came about (for the reply's provenance and the benchmarks)."""

    text: str
    tool: str | None = None  # None: no LLM call (the LLM-free doors)
    args: dict[str, Any] = Field(default_factory=dict)
    feedback: Feedback = Field(default_factory=Feedback)
    rules: Feedback = Field(default_factory=Feedback)  # the rule parser's reading of `text`
    source: str = "rules"  # llm | llm+rules | rules
    fallback_reason: str | None = None
    dropped: list[str] = Field(default_factory=list)
    rerouted: str | None = None  # why the LLM's tool was replaced
    stance: dict[str, Any] | None = None  # the stance judge: asked or why not, the words asked about, verdicts, ms


def reroute(name: str, args: dict[str, Any] | None, text: str, rules: Feedback,
            label: Any = None) -> tuple[str, dict[str, Any], str | None]:
    """(tool, args, why): the call unchanged, or update_preferences without arguments when the LLM chose a
    tool that records nothing while the rule reading holds a preference the user did not ask that tool for."""
    if name not in _ASKS_FOR or _ASKS_FOR[name].search(_fold(text)):
        return name, dict(args or {}), None
    if name == "explain_recommendation":
        if not (any(rules.disliked_attributes.values()) or rules.disliked_items):
            return name, dict(args or {}), None
    elif not rules.has_structure():
        return name, dict(args or {}), None
    return "update_preferences", {}, f"{name} records no preference; the words state one ({rules.describe(label)})"


def _search_arguments(query: str, catalog: Any) -> tuple[dict[str, Any], str]:
    """A search query as preference arguments: a person it names is a liked person ("anything with
    Harrison Ford"); any other query is kept as a description."""
    people = [v for k, v in resolve_value(catalog, query) if k in PEOPLE_KINDS]
    return ({"like": [people[0]]}, "") if people else ({}, query)


def understand(text: str, llm_call: tuple[str, dict[str, Any] | None] | None, session: SessionState | None,
               catalog: Any, mood: Any = None, rules: Feedback | None = None,
               first_call: bool = True, stance_judge: Completer | None = None,
               stance_gate: str = STANCE_GATE) -> Understanding:
    """The turn's reading of the user's words. `llm_call`: the LLM's (tool, arguments), or None for the
    LLM-free path (the rule and mood readings alone, as `update_preferences` without arguments records).
    `mood`: a tools.mood.MoodReader. `rules`: the rule reading of `text` when the caller already has it
    (a second call in the same turn). `first_call`: only the turn's first call is rerouted.
    `stance_judge`: an agent.stance_llm Completer (None: no judge, the readers' polarity stands)."""
    rules = rules if rules is not None else parse_feedback_rules(text, catalog, session)
    tool, args, why = (llm_call[0], dict(llm_call[1] or {}), None) if llm_call else ("update_preferences", {}, None)
    if llm_call and first_call:
        tool, args, why = reroute(tool, args, text, rules, catalog.label)
    base = Understanding(text=text, tool=tool if llm_call else None, args=args, rules=rules, rerouted=why)
    if tool not in RECORDING_TOOLS:
        return base
    query = ""
    if tool == "search_catalog":
        given, query = _search_arguments(" ".join(str(args.get("query") or "").split()), catalog)
    else:
        given = {k: v for k, v in args.items() if k in UserPreferences.model_fields and v not in (None, "", [])}
    parsed = resolve_feedback(given or None, text, catalog, rules)
    fb = parsed.feedback
    if tool != "update_preferences" and parsed.source == "rules":
        # `recommend` without usable preference arguments keeps the rule reading but no free-text wish
        # (a film asked about, as in "why did you recommend Heat?", is no like)
        fb = fb.model_copy(update={"free_text": ""})
    stance = None
    if stance_judge is not None:
        fb, trace = judge_feedback(text, fb, catalog, session, stance_judge, gate=stance_gate, also=rules)
        stance = trace.to_json()
    if mood is not None:
        fb, _ = mood.read(text, fb)  # genres neither reader placed, with the rule reading's polarity
    if query and not fb.description:  # a search query the user's own words did not already describe
        fb = fb.model_copy(update={"description": query[:500]})
    return base.model_copy(update={"feedback": fb, "source": parsed.source,
                                   "fallback_reason": parsed.fallback_reason if given else None,
                                   "dropped": parsed.dropped, "stance": stance})

