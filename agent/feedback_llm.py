"""LLM feedback parsing: the user's words -> tools.feedback.Feedback, with the rule parser as fallback.

The LLM fills a deliberately small schema — `like` / `dislike` (genres, decades, people or titles, as
strings) and `wishes` — because every optional field costs a 1.5B model decode time and tempts it to
invent values. Each string is resolved against the catalogue vocabulary (genre synonyms, "90s",
fuzzy names and titles), and each resolved value must be *grounded* in the user's words (the rule parser
finds it there, or the string itself occurs in the text): measured with the embedded model, "recommend
me a few movies" came back with liked genres the user never mentioned. Values that do not resolve or are
not grounded are dropped (and listed). The result is completed with catalogue values the rule parser
finds and the LLM missed. When nothing usable is left, the rule parser's reading of the utterance is
used and the fallback is recorded.

The same schema is the argument schema of the agent's `update_preferences` / `recommend` tools, so on
the agent's common path the tool call itself is the structured output (no second LLM call); the agent
reads a turn's words through agent.understand, which calls `resolve_feedback` with the turn's one rule
reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from cesrec.recmodel.data import Catalog
from cesrec.tools.feedback import Feedback, parse_feedback_rules, validate_feedback
from cesrec.tools.lexicon import _fold, vocabulary_for
from cesrec.tools.state import SessionState
from cesrec.tools.titles import resolver_for, split_year
from cesrec.tools.tool_specs import UserPreferences  # the schema lives in the tool registry
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz


def feedback_schema(catalog: Catalog | None = None) -> type[BaseModel]:
    """The LLM-facing feedback schema (catalogue-independent; values are resolved afterwards)."""
    return UserPreferences


Resolved = tuple[str, str]  # (kind, canonical value); kind "item" carries the id as a string


def resolve_value(catalog: Catalog, raw: str) -> list[Resolved]:
    """Catalogue values meant by one LLM string: genres (with synonyms), a decade, a person, or a title."""
    voc = vocabulary_for(catalog)
    text = str(raw).strip()
    if not text:
        return []
    bare, year = split_year(text)
    if year is not None and bare:  # "Heat (1995)" names the film, it is no decade wish (as in the rule parser)
        item = resolver_for(catalog).resolve(text)
        if item:
            return [("item", str(item))]
    for kind in ("genre", "decade", "rated"):
        got = voc.canonical_value(kind, text)
        if got:
            return [(kind, v) for v in got]
    people = [(kind, got[0]) for kind in ("director", "actor", "writer") if (got := voc.canonical_value(kind, text))]
    if people:
        # a name with several roles takes the one with more catalogue items (Tom Hanks: actor, not director)
        return [max(people, key=lambda kv: voc.name_counts.get(kv, 0))]
    item = resolver_for(catalog).resolve(text)  # the one resolver every door uses
    return [("item", str(item))] if item else []


def _grounded(raw: str, kind: str, value: str, text: str, rules: Feedback) -> bool:
    """The user's words support this value: the rule parser found it (either polarity), or the LLM's
    string itself occurs in the text (names, titles, words the rules have no synonym for)."""
    said = {(k, v) for side in (rules.liked_attributes, rules.disliked_attributes) for k, vs in side.items()
            for v in vs}
    said |= {(p, v) for k, v in list(said) if k in ("director", "actor", "writer") for p in ("director", "actor", "writer")}
    said |= {("item", str(i)) for i in rules.liked_items + rules.disliked_items}
    if (kind, value) in said:
        return True
    folded_text, folded_raw = _fold(text), _fold(raw).strip()
    if not folded_raw:
        return False
    if folded_raw in folded_text:
        return True
    return len(folded_raw) >= 4 and fuzz.partial_ratio(folded_raw, folded_text) >= 90


@dataclass
class ParsedFeedback:
    feedback: Feedback
    source: Literal["llm", "llm+rules", "rules"]
    fallback_reason: str | None = None
    dropped: list[str] = field(default_factory=list)  # LLM strings not used, with why


def _add(target: dict[str, list[str]], kind: str, value: str) -> None:
    bucket = target.setdefault(kind, [])
    if value not in bucket:
        bucket.append(value)


def resolve_feedback(args: dict[str, Any] | BaseModel | None, text: str, catalog: Catalog,
                     rules: Feedback | None = None) -> ParsedFeedback:
    """LLM args -> grounded Feedback, completed by the rule reading of `text` (`rules`; read here when not
    given); the rule reading alone (with the reason recorded) when the LLM gave nothing usable."""
    rules = rules if rules is not None else parse_feedback_rules(text, catalog)
    if args is None:
        return ParsedFeedback(rules, "rules", "no LLM output")
    try:
        prefs = args if isinstance(args, UserPreferences) else UserPreferences.model_validate(
            args.model_dump() if isinstance(args, BaseModel) else args)
    except ValidationError as e:
        return ParsedFeedback(rules, "rules", f"LLM output failed validation: {_one_line(e)}")

    liked: dict[str, list[str]] = {}
    disliked: dict[str, list[str]] = {}
    liked_items: list[int] = []
    disliked_items: list[int] = []
    dropped: list[str] = []
    for raws, attrs, items in ((prefs.like, liked, liked_items), (prefs.dislike, disliked, disliked_items)):
        for raw in raws:
            values = resolve_value(catalog, raw)
            if not values:
                dropped.append(f"{raw!r}: not in the catalogue")
                continue
            for kind, value in values:
                if not _grounded(raw, kind, value, text, rules):
                    dropped.append(f"{raw!r}: not in the user's words")
                elif kind == "item":
                    if int(value) not in items:
                        items.append(int(value))
                else:
                    _add(attrs, kind, value)
    wishes = prefs.wishes.strip()
    if wishes and not _grounded(wishes, "wish", wishes, text, rules):
        dropped.append(f"{wishes!r}: not in the user's words")
        wishes = ""
    llm_fb = Feedback(liked_attributes=liked, disliked_attributes=disliked, liked_items=liked_items,
                      disliked_items=disliked_items, free_text=wishes)
    if llm_fb.is_empty():
        reason = "LLM output was empty" if not dropped else "LLM values dropped: " + "; ".join(dropped)
        return ParsedFeedback(rules, "rules", reason[:300], dropped)
    merged, added = _complete_with_rules(llm_fb, rules)
    merged = _reconcile(_rules_veto(merged, rules), rules)
    # the LLM schema has no year bounds or content description: those come from the user's words
    merged = merged.model_copy(update={"year_min": rules.year_min, "year_max": rules.year_max,
                                       "description": rules.description})
    merged = validate_feedback(merged, catalog, strict=True)
    return ParsedFeedback(merged, "llm+rules" if added else "llm", None, dropped)


def _rules_veto(fb: Feedback, rules: Feedback) -> Feedback:
    """A value the user's words refuse (the rule parser read a negation or a complaint about the list:
    "these are all romances") never stays liked because the LLM put it there: refusing is the safe side."""
    liked = {k: [v for v in vs if v not in rules.disliked_attributes.get(k, [])] for k, vs in fb.liked_attributes.items()}
    disliked = {k: list(vs) for k, vs in fb.disliked_attributes.items()}
    for k, vs in fb.liked_attributes.items():
        for v in vs:
            if v in rules.disliked_attributes.get(k, []):
                _add(disliked, k, v)
    liked_items = [i for i in fb.liked_items if i not in rules.disliked_items]
    disliked_items = list(fb.disliked_items) + [i for i in fb.liked_items if i in rules.disliked_items
                                                and i not in fb.disliked_items]
    return fb.model_copy(update={"liked_attributes": {k: v for k, v in liked.items() if v},
                                 "disliked_attributes": disliked, "liked_items": liked_items,
                                 "disliked_items": disliked_items})


# What happens when the LLM dislikes a value the rule parser read as liked ("Loved Heat, hated Titanic":
# the 1.5B model put Heat under dislike): "drop" - neither side keeps it (the default: on the dev half of
# evals/data, with the recorded LLM calls, it gave the fewest polarity flips: 2, against 3 for "rules" and
# "llm"); "rules" - the rule parser's polarity wins; "llm" - the LLM's dislike stays.
DISAGREEMENT = "drop"


def _reconcile(fb: Feedback, rules: Feedback, policy: str | None = None) -> Feedback:
    """Values the LLM disliked that the user's words like (the rule parser's reading), per DISAGREEMENT.
    Together with _rules_veto (the rules' dislike vetoes an LLM like), the LLM never flips the polarity
    the rule parser read."""
    policy = policy or DISAGREEMENT
    if policy == "llm":
        return fb
    liked = {k: list(vs) for k, vs in fb.liked_attributes.items()}
    disliked: dict[str, list[str]] = {}
    for k, vs in fb.disliked_attributes.items():
        for v in vs:
            if v in rules.liked_attributes.get(k, []):
                if policy == "rules":
                    _add(liked, k, v)
            else:
                _add(disliked, k, v)
    disliked_items = [i for i in fb.disliked_items if i not in rules.liked_items]
    liked_items = list(fb.liked_items)
    if policy == "rules":
        liked_items += [i for i in fb.disliked_items if i in rules.liked_items and i not in liked_items]
    return fb.model_copy(update={"liked_attributes": liked, "disliked_attributes": disliked,
                                 "liked_items": liked_items, "disliked_items": disliked_items})


def _complete_with_rules(fb: Feedback, rules: Feedback) -> tuple[Feedback, bool]:
    """Add catalogue values the rule parser found in the user's words that the LLM left out entirely
    (e.g. "for kids" -> Children's). Values the LLM placed on either side are never flipped."""
    def key(kind: str, value: str) -> tuple[str, str]:
        # one person, whatever role either parser gave them (Tom Hanks acts and directs)
        return ("person" if kind in ("director", "actor", "writer") else kind, value)

    mentioned = {key(k, v) for side in (fb.liked_attributes, fb.disliked_attributes) for k, vs in side.items()
                 for v in vs}
    items = set(fb.liked_items) | set(fb.disliked_items)
    added = False
    sides = []
    for mine, theirs in ((fb.liked_attributes, rules.liked_attributes), (fb.disliked_attributes, rules.disliked_attributes)):
        out = {k: list(v) for k, v in mine.items()}
        for k, vs in theirs.items():
            for v in vs:
                if key(k, v) not in mentioned:
                    _add(out, k, v)
                    mentioned.add(key(k, v))
                    added = True
        sides.append(out)
    liked_items = list(fb.liked_items) + [i for i in rules.liked_items if i not in items]
    disliked_items = list(fb.disliked_items) + [i for i in rules.disliked_items if i not in items and i not in liked_items]
    added = added or len(liked_items) > len(fb.liked_items) or len(disliked_items) > len(fb.disliked_items)
    return fb.model_copy(update={"liked_attributes": sides[0], "disliked_attributes": sides[1],
                                 "liked_items": liked_items, "disliked_items": disliked_items}), added


PARSER_SYSTEM = (
    "Extract the user's movie preferences from their message: `like` and `dislike` hold genres, decades, "
    "people or titles exactly as the user named them; `wishes` holds anything else. Leave out what the "
    "user did not say."
)


def parse_feedback_llm(llm: BaseChatModel, text: str, catalog: Catalog,
                       state: SessionState | None = None) -> ParsedFeedback:
    """Standalone structured-output parser (one LLM call): for evaluations and callers without the agent
    graph. Falls back to the rule parser when the output does not validate."""
    rules = parse_feedback_rules(text, catalog, state)
    try:
        out = llm.with_structured_output(UserPreferences).invoke([SystemMessage(PARSER_SYSTEM), HumanMessage(text)])
    except (ValidationError, ValueError, KeyError, TypeError) as e:
        return ParsedFeedback(rules, "rules", f"LLM output failed validation: {_one_line(e)}")
    return resolve_feedback(out, text, catalog, rules)


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:200]
