"""LLM feedback parsing: the user's words -> tools.feedback.Feedback, with the rule parser as fallback.

The LLM fills a flat schema built from the catalogue's own vocabulary (genres and decades are enums, so a
grammar-constrained model cannot invent them); people and titles are free strings resolved against the
catalogue. Whatever does not validate sends the whole utterance to `parse_feedback_rules`, and the result
records that it fell back and why.

The same flat schema is the argument schema of the agent's `update_preferences` tool, so on the agent's
common path the tool call itself is the structured output (no second LLM call).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError, create_model

from recmodel.data import Catalog, DataError
from tools.feedback import Feedback, FeedbackError, parse_feedback_rules, validate_feedback, vocabulary_for
from tools.state import SessionState

_SCHEMAS: dict[int, tuple[Catalog, type[BaseModel]]] = {}


def feedback_schema(catalog: Catalog) -> type[BaseModel]:
    """The flat, catalogue-specific feedback schema (cached per catalogue)."""
    hit = _SCHEMAS.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    vocab = catalog.vocabulary()
    Genre = Literal[tuple(vocab.get("genre") or ["Drama"])]  # type: ignore[valid-type]  # noqa: N806
    Decade = Literal[tuple(vocab.get("decade") or ["1990s"])]  # type: ignore[valid-type]  # noqa: N806
    model = create_model(
        "UserPreferences",
        __doc__="Record what the user just said they want or don't want, then get fresh recommendations.",
        liked_genres=(list[Genre], Field(default_factory=list, description="genres wanted")),
        disliked_genres=(list[Genre], Field(default_factory=list, description="genres not wanted")),
        liked_decades=(list[Decade], Field(default_factory=list)),
        disliked_decades=(list[Decade], Field(default_factory=list)),
        liked_people=(list[str], Field(default_factory=list, description="directors/actors wanted")),
        disliked_people=(list[str], Field(default_factory=list)),
        liked_titles=(list[str], Field(default_factory=list, description="movie titles the user liked")),
        disliked_titles=(list[str], Field(default_factory=list)),
        wishes=(str, Field("", description="other wishes, user's words")),
    )
    _SCHEMAS[id(catalog)] = (catalog, model)
    return model


def _find_title(catalog: Catalog, title: str) -> int:
    from rapidfuzz import fuzz, process

    from tools.feedback import _norm_phrase

    voc = vocabulary_for(catalog)
    norm = _norm_phrase(title)
    if norm in voc.titles:
        return voc.titles[norm][0]
    labels = [catalog.label(i) for i in range(1, catalog.num_items + 1)]
    hit = process.extractOne(title, labels, scorer=fuzz.WRatio, score_cutoff=88)
    if not hit:
        raise FeedbackError(f"title {title!r} is not in the catalogue")
    return int(hit[2]) + 1


def _person(catalog: Catalog, name: str) -> tuple[str, str]:
    voc = vocabulary_for(catalog)
    for kind in ("director", "actor", "writer"):
        got = voc.canonical_value(kind, name)
        if got:
            return kind, got[0]
    raise FeedbackError(f"person {name!r} is not a director, actor or writer in the catalogue")


def flat_to_feedback(args: dict[str, Any] | BaseModel, catalog: Catalog) -> Feedback:
    """Flat LLM output -> validated Feedback (FeedbackError / ValidationError when something doesn't fit)."""
    schema = feedback_schema(catalog)
    flat = args if isinstance(args, BaseModel) else schema.model_validate(args)
    liked: dict[str, list[str]] = {}
    disliked: dict[str, list[str]] = {}
    if flat.liked_genres:
        liked["genre"] = list(flat.liked_genres)
    if flat.disliked_genres:
        disliked["genre"] = list(flat.disliked_genres)
    if flat.liked_decades:
        liked["decade"] = list(flat.liked_decades)
    if flat.disliked_decades:
        disliked["decade"] = list(flat.disliked_decades)
    for names, target in ((flat.liked_people, liked), (flat.disliked_people, disliked)):
        for n in names:
            kind, value = _person(catalog, n)
            target.setdefault(kind, []).append(value)
    fb = Feedback(
        liked_attributes=liked,
        disliked_attributes=disliked,
        liked_items=[_find_title(catalog, t) for t in flat.liked_titles],
        disliked_items=[_find_title(catalog, t) for t in flat.disliked_titles],
        free_text=flat.wishes.strip(),
    )
    return validate_feedback(fb, catalog, strict=True)


@dataclass
class ParsedFeedback:
    feedback: Feedback
    source: Literal["llm", "llm+rules", "rules"]
    fallback_reason: str | None = None


def _complete_with_rules(fb: Feedback, rules: Feedback) -> tuple[Feedback, bool]:
    """Add catalogue values the rule parser found in the user's words that the LLM left out entirely
    (e.g. "for kids" -> Children's). Values the LLM placed on either side are never flipped."""
    mentioned = {(k, v) for side in (fb.liked_attributes, fb.disliked_attributes) for k, vs in side.items() for v in vs}
    items = set(fb.liked_items) | set(fb.disliked_items)
    added = False
    sides = []
    for mine, theirs in ((fb.liked_attributes, rules.liked_attributes), (fb.disliked_attributes, rules.disliked_attributes)):
        out = {k: list(v) for k, v in mine.items()}
        for k, vs in theirs.items():
            for v in vs:
                if (k, v) not in mentioned:
                    out.setdefault(k, []).append(v)
                    mentioned.add((k, v))
                    added = True
        sides.append(out)
    liked_items = list(fb.liked_items) + [i for i in rules.liked_items if i not in items]
    disliked_items = list(fb.disliked_items) + [i for i in rules.disliked_items if i not in items and i not in liked_items]
    added = added or len(liked_items) > len(fb.liked_items) or len(disliked_items) > len(fb.disliked_items)
    return fb.model_copy(update={"liked_attributes": sides[0], "disliked_attributes": sides[1],
                                 "liked_items": liked_items, "disliked_items": disliked_items}), added


def resolve_feedback(args: dict[str, Any] | None, text: str, catalog: Catalog,
                     state: SessionState | None = None) -> ParsedFeedback:
    """LLM-structured args if they validate and carry a signal (completed with catalogue values the rule
    parser finds in the user's words and the LLM missed); else the rule parser alone, with the reason."""
    reason: str | None = None
    if args is not None:
        try:
            fb = flat_to_feedback(args, catalog)
            if not fb.is_empty():
                merged, added = _complete_with_rules(fb, parse_feedback_rules(text, catalog, state))
                return ParsedFeedback(merged, "llm+rules" if added else "llm")
            reason = "LLM output was empty"
        except (FeedbackError, ValidationError, DataError) as e:
            reason = f"LLM output failed validation: {_one_line(e)}"
    else:
        reason = "no LLM output"
    return ParsedFeedback(parse_feedback_rules(text, catalog, state), "rules", reason)


PARSER_SYSTEM = (
    "Extract the user's movie preferences from their message. Use only values that the user expressed; "
    "leave fields empty otherwise."
)


def parse_feedback_llm(llm: BaseChatModel, text: str, catalog: Catalog,
                       state: SessionState | None = None) -> ParsedFeedback:
    """Standalone structured-output parser (one LLM call): used by evaluations and callers without the
    agent graph. Falls back to the rule parser when the output does not validate or the call fails."""
    schema = feedback_schema(catalog)
    try:
        out = llm.with_structured_output(schema).invoke([SystemMessage(PARSER_SYSTEM), HumanMessage(text)])
        args = out.model_dump() if isinstance(out, BaseModel) else out
    except (ValidationError, ValueError, KeyError, TypeError) as e:
        return ParsedFeedback(parse_feedback_rules(text, catalog, state), "rules",
                              f"LLM output failed validation: {_one_line(e)}")
    return resolve_feedback(args, text, catalog, state)


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:200]
