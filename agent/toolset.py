"""The agent's tools: LangGraph tools over the CESRec core, reading and updating the typed session state.

Each tool gets the graph state through `InjectedState` (invisible to the LLM) and returns a
`Command(update=...)` with the new `SessionState` (the model itself), a short ToolMessage for the LLM
and an `artifact` with the structured payload (ids, scores, timings) that stays out of the prompt.
Exceptions propagate to the ToolNode, which turns them into error ToolMessages for the LLM.

LLM-facing argument schemas are small and use the catalogue's own vocabulary (enums for genres and
decades) so a grammar-constrained 1.5B model fills them reliably.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from cesrec.agent.understand import Understanding
from cesrec.tools.state import Recommendation, SessionState
from cesrec.tools.tool_specs import TOOL_SPECS
from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool, InjectedToolCallId, StructuredTool
from langgraph.prebuilt import InjectedState
from langgraph.types import Command
from pydantic import BaseModel, create_model
from rapidfuzz import fuzz

if TYPE_CHECKING:
    from cesrec.tools.engine import CESRecEngine

# Tools whose successful result already holds the turn's recommendations: the next LLM call only answers.
# search_catalog is one of them: a search for films is a request, answered with recommendations.
RECOMMENDING_TOOLS = frozenset({"update_preferences", "recommend", "search_catalog"})
DEFAULT_K = 5


@dataclass
class ToolOutcome:
    """What a tool function returns: the new session (None = unchanged), text for the LLM, payload."""

    text: str
    session: SessionState | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    recommendations: list[Recommendation] | None = None


# a tool's behaviour: (session, validated arguments, the turn's reading of the words for this call)
ToolFn = Callable[[SessionState, dict, "Understanding | None"], ToolOutcome]


def _recs_text(recs: list[Recommendation]) -> str:
    """What the LLM reads about a recommendation list: count + top pick only. The list itself is shown to
    the user as a table; given all titles, the 1.5B model just recited them (slow decode, no value)."""
    if not recs:
        return "No movie matches all of that; nothing to recommend."
    top = recs[0]
    genres = ", ".join(top.genres[:3])
    return (f"{len(recs)} movies recommended and shown to the user as a table; top pick: {top.title}"
            + (f" ({top.year})" if top.year else "") + (f", {genres}" if genres else "") + ".")


def decade_spans(decades: list[str]) -> list[str]:
    """Decade values as the reader says them: a run of three or more consecutive decades as one span
    ("1920s to the 1970s" for "something older"), the others one by one, in order."""
    years = sorted({int(d[:4]) for d in decades if len(d) == 5 and d[:4].isdigit() and d.endswith("s")})
    other = [d for d in decades if not (len(d) == 5 and d[:4].isdigit() and d.endswith("s"))]
    out: list[str] = []
    i = 0
    while i < len(years):
        j = i
        while j + 1 < len(years) and years[j + 1] == years[j] + 10:
            j += 1
        if j - i >= 2:
            out.append(f"{years[i]}s to the {years[j]}s")
        else:
            out += [f"{y}s" for y in years[i:j + 1]]
        i = j + 1
    return out + other


def _join(xs: list[str]) -> str:
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def recommendation_reply(payload: dict, recs: list[dict]) -> str:
    """The reply after a recommending tool, from its payload (what was saved, what was relaxed, the top
    pick). Deterministic and grounded: every fact comes from the session."""
    bits: list[str] = []
    fb = payload.get("feedback") or {}

    def phrases(attrs: dict) -> list[str]:
        out = []
        for kind, vals in (attrs or {}).items():
            if kind == "decade":
                out += [f"movies from the {span}" for span in decade_spans(vals)]
                continue
            for v in vals:
                out.append(f"rated {v}" if kind == "rated" else v)
        return out

    liked = phrases(fb.get("liked_attributes")) + [f"movies like {t}" for t in payload.get("liked_titles") or []]
    disliked = phrases(fb.get("disliked_attributes")) + list(payload.get("disliked_titles") or [])
    if liked or disliked:
        parts = ([f"you like {_join(liked)}"] if liked else []) + ([f"you want to avoid {_join(disliked)}"] if disliked else [])
        bits.append("Noted: " + " and ".join(parts) + ".")
    elif fb.get("free_text"):
        bits.append(f'Noted: "{fb["free_text"][:80]}".')
    if not recs:
        bits.append("Nothing in the catalogue matches all of that; try relaxing a preference.")
        return " ".join(bits)
    relaxed = (payload.get("constraints") or {}).get("relaxed") or []
    if relaxed:
        bits.append(f"Not enough movies match everything, so some picks relax {_join(relaxed)}.")
    top = recs[0]
    year = f", {top['year']}" if top.get("year") else ""
    bits.append(f"Here are {len(recs)} picks for you; my top pick is {top['title']} ({', '.join(top.get('genres') or [])}"
                f"{year}).")
    return " ".join(bits)


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "top": 1}


def resolve_item_ref(catalog, sess: SessionState, ref: str) -> int:
    """The catalogue item a tool argument means: an ordinal into the last recommendations ("the first
    one", "#2", "last"), a title among the last recommendations, else a catalogue title (strict fuzzy
    match). A sentence or an unknown title is a ToolError the LLM reads, never a random nearest title."""
    from cesrec.tools.lc_tools import ToolError
    from cesrec.tools.titles import resolver_for

    ref = " ".join(str(ref).split())
    low = ref.lower()
    shown = [r.item for r in sess.last_recommendations]
    if shown:
        m = re.fullmatch(r"(?:the\s+)?(?:#|no\.?\s*|number\s*)?(\d+)(?:st|nd|rd|th)?(?:\s+one)?", low)
        if m and 1 <= int(m.group(1)) <= len(shown):
            return shown[int(m.group(1)) - 1]
        words = re.findall(r"[a-z0-9]+", low)
        if len(words) <= 4:
            if "last" in words:
                return shown[-1]
            for w in words:
                if w in _ORDINALS and _ORDINALS[w] <= len(shown):
                    return shown[_ORDINALS[w] - 1]
        for i in shown:
            if fuzz.WRatio(ref, catalog.label(i)) >= 90 or fuzz.WRatio(ref, catalog.titles[i]) >= 90:
                return i
    if len(ref) > 80:
        raise ToolError(f"{ref[:60]!r}… is not a movie title; pass just the title")
    item = resolver_for(catalog).resolve(ref)
    if item is None:
        raise ToolError(f"no catalogue movie is titled {ref!r}")
    return item


def _required(understood: Understanding | None, tool: str) -> Understanding:
    if understood is None:
        # the graph's agent node reads the turn's words (agent.understand) before any tool runs
        raise RuntimeError(f"{tool}: the turn's words were not read (call agent.understand first)")
    return understood


def understood_for(state: dict, tool_call_id: str) -> Understanding | None:
    """The reading of the turn's words the agent node stored for this tool call (agent.understand)."""
    got = (state.get("understood") or {}).get(tool_call_id)
    return None if got is None else Understanding.model_validate(got)


def _session(state: dict) -> SessionState:
    # typed already: the graph's session channel (agent.state.SessionChannel) holds the model
    sess = state.get("session")
    if sess is None:
        raise RuntimeError("no session state (the graph's start node creates it)")
    return sess


class AgentToolkit:
    """Builds the tool list for one engine; `tools()` is what the ToolNode runs and the LLM sees."""

    def __init__(self, engine: CESRecEngine, k: int = DEFAULT_K) -> None:
        self.engine = engine
        self.k = k
        self._mood = None

    @property
    def mood(self):
        """Mood and content words -> genres through the engine's semantic index (built on first use)."""
        if self._mood is None:
            from cesrec.tools.mood import MoodReader

            self._mood = MoodReader(self.engine.semantic, self.engine.catalog)
        return self._mood

    # ---- tool functions: (session, args, understood) -> ToolOutcome, over tools.lc_tools / tools.turn ----
    # The CESRec operations are tools.lc_tools' pure `tool_*` functions (shared with the MCP server).
    # The agent adds what a 1.5B model needs: flat, catalogue-enum argument schemas, the turn's words read
    # once (agent.understand, stored by the agent node, handed to the tool: never re-read from the message
    # log), recommend-after-feedback in one call, and terse texts (prompt tokens cost prefill time); full
    # payloads stay in ToolMessage.artifact.

    def _recommend(self, sess: SessionState, k: int) -> tuple[SessionState, list[Recommendation], dict]:
        from cesrec.tools.lc_tools import tool_recommend

        new, _, payload = tool_recommend(self.engine, sess, {"k": k})
        return new, list(new.last_recommendations), payload

    def update_preferences(self, sess: SessionState, args: dict, understood: Understanding | None) -> ToolOutcome:
        """What the turn's words say (agent.understand: the LLM's arguments merged with the rule reading),
        saved into the session, then fresh recommendations."""
        return self.record_and_recommend(sess, _required(understood, "update_preferences"), self.k)

    def recommend(self, sess: SessionState, args: dict, understood: Understanding | None) -> ToolOutcome:
        """Recommendations; preferences stated in the same message are saved first. The 1.5B model often
        picks `recommend` for "something from the 80s with Bill Murray" and puts the preferences in its
        arguments, so `recommend` takes the same optional fields as `update_preferences`."""
        return self.record_and_recommend(sess, _required(understood, "recommend"), int(args.get("k") or self.k))

    def search_catalog(self, sess: SessionState, args: dict, understood: Understanding | None) -> ToolOutcome:
        """"Find me X" is a request like any other: the query goes down the recommending path, so what the
        user is shown are recommendations (cards, the shown list later critiques point at, provenance) and
        the words of the request reach the ranking, whichever of the two tools the LLM picked (agent.understand
        turns the query into a liked person or a description)."""
        return self.record_and_recommend(sess, _required(understood, "search_catalog"), self.k)

    def record_and_recommend(self, sess: SessionState, understood: Understanding, k: int | None = None) -> ToolOutcome:
        """Save what the turn understood (nothing when it is empty), then recommend `k` films. The agent's
        recording tools and the LLM-free path (understand(text, None, ...)) both end here."""
        from cesrec.tools.turn import apply_feedback

        fb = understood.feedback
        new = sess if fb.is_empty() else apply_feedback(self.engine, sess, fb)
        saved = None if new is sess else (fb.describe(self.engine.catalog.label) if fb.has_structure() or fb.description
                                          else f'wish "{fb.free_text[:60]}"')
        new, recs, rec_payload = self._recommend(new, int(k or self.k))
        out = (f"Saved: {saved}. " if saved else "") + _recs_text(recs)
        payload = {"feedback": fb.model_dump() if saved else None, "parser": understood.source if saved else None,
                   "fallback_reason": understood.fallback_reason, "dropped": understood.dropped,
                   "rerouted": understood.rerouted,
                   "liked_titles": [self.engine.catalog.titles[i] for i in fb.liked_items] if saved else [],
                   "disliked_titles": [self.engine.catalog.titles[i] for i in fb.disliked_items] if saved else [],
                   "items": [r.item for r in recs], "pseudo": [p.item for p in new.pseudo],
                   "masked": [m.item for m in new.masked], "constraints": rec_payload.get("constraints")}
        return ToolOutcome(out, new, payload, recs)

    def mask_outliers(self, sess: SessionState, args: dict, understood: Understanding | None = None) -> ToolOutcome:
        from cesrec.tools.lc_tools import tool_mask_outliers

        new, text, payload = tool_mask_outliers(self.engine, sess, args)
        return ToolOutcome(text, new, payload)

    def item_details(self, sess: SessionState, args: dict, understood: Understanding | None = None) -> ToolOutcome:
        from cesrec.tools.lc_tools import tool_item_details

        item = resolve_item_ref(self.engine.catalog, sess, args["title"])
        _, text, payload = tool_item_details(self.engine, sess, {"item": item})
        return ToolOutcome(text.split("] ", 1)[-1], None, payload)  # ids are noise for the LLM

    def explain_recommendation(self, sess: SessionState, args: dict,
                               understood: Understanding | None = None) -> ToolOutcome:
        from cesrec.tools.lc_tools import tool_explain_recommendation

        item = resolve_item_ref(self.engine.catalog, sess, args["title"])
        _, text, payload = tool_explain_recommendation(self.engine, sess, {"item": item})
        return ToolOutcome(text, None, payload)

    # ---- LangChain tool objects ------------------------------------------------------------------------
    def specs(self) -> list[tuple[str, str, type[BaseModel], ToolFn]]:
        """(name, description, LLM-visible schema, behaviour) per tool; all but the behaviour come from the
        one registry (tools.tool_specs), which the MCP server is derived from too."""
        behaviour = {"update_preferences": self.update_preferences, "recommend": self.recommend,
                     "search_catalog": self.search_catalog, "item_details": self.item_details,
                     "explain_recommendation": self.explain_recommendation, "mask_outliers": self.mask_outliers}
        return [(s.name, s.agent_description, s.llm_args, behaviour[s.name]) for s in TOOL_SPECS.values()]

    def tools(self) -> list[BaseTool]:
        return [_make_tool(name, desc, schema, fn) for name, desc, schema, fn in self.specs()]


def _make_tool(name: str, description: str, schema: type[BaseModel], fn: ToolFn) -> BaseTool:
    """A StructuredTool whose LLM-visible schema is `schema`, with the graph state and tool-call id
    injected, returning a Command that updates the session and appends the ToolMessage."""
    full = create_model(
        f"{schema.__name__}Injected",
        __base__=schema,
        state=(Annotated[dict, InjectedState], ...),
        tool_call_id=(Annotated[str, InjectedToolCallId], ...),
    )
    arg_names = list(schema.model_fields)

    def run(state: dict, tool_call_id: str, **kwargs: Any) -> Command:
        args = schema.model_validate({k: kwargs[k] for k in arg_names if k in kwargs}).model_dump()
        t0 = time.perf_counter()
        out = fn(_session(state), args, understood_for(state, tool_call_id))
        ms = (time.perf_counter() - t0) * 1000
        update: dict[str, Any] = {
            "messages": [ToolMessage(out.text, tool_call_id=tool_call_id, name=name,
                                     artifact={"payload": out.payload, "ms": round(ms, 2)})],
        }
        if out.session is not None:
            update["session"] = out.session
        if out.recommendations is not None:
            update["turn_recommendations"] = [r.model_dump(mode="json") for r in out.recommendations]
        return Command(update=update)

    return StructuredTool.from_function(func=run, name=name, description=description, args_schema=full)
