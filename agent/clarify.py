"""Asking back: a value whose side the readers and the stance judge could not settle is asked about.

The stance judge (agent.stance_llm) keeps a value on neither side when it is unsure of a value whose sentence
holds a stance cue ("I wouldn't rule out a documentary", "a rain check on action"): a value left out costs less
than a value on the wrong side. Left there, the user's words for it are simply lost. So the reply asks which
way they meant it, and a bare answer on the next turn ("yes", "nah", "definitely not") puts the value on that
side without another LLM call. Any other message is read as usual and the question lapses.
"""

from __future__ import annotations

import re
from typing import Any

from cesrec.agent.feedback_llm import resolve_value
from cesrec.tools.state import Feedback

MAX_ASKED = 3  # more values than this in one question reads as a form, not a conversation

# A bare answer is made only of these words. An answer with anything else in it ("no, but more comedies") is
# read by the readers as a message of its own.
_YES = {"yes", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "more", "do", "would",
        "good", "great", "love", "like", "want", "perfect"}
_NO = {"no", "nope", "nah", "not", "don't", "dont", "never", "avoid", "skip", "less", "none", "pass"}
_FILLER = {"please", "thanks", "thank", "you", "i", "i'd", "id", "definitely", "absolutely", "of", "course",
           "them", "it", "those", "that", "they", "sounds", "really", "way", "god", "hell", "oh", "um", "hmm",
           "well", "thing", "for", "out", "leave", "some", "go", "ahead", "all", "the", "lol"}


def clarification_answer(text: str) -> int:
    """+1 for a bare yes, -1 for a bare no, 0 for anything else (a message of its own, or "not sure")."""
    words = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
    if not words or len(words) > 6 or any(w not in _YES and w not in _NO and w not in _FILLER for w in words):
        return 0
    if any(a == "not" and b == "sure" for a, b in zip(words, words[1:], strict=False)):
        return 0
    if any(w in _NO for w in words) or ("leave" in words and "out" in words):
        return -1
    # "definitely", "of course", "please" alone say yes; with a "not" they said no above
    return 1 if any(w in _YES or w in ("definitely", "absolutely", "course", "please") for w in words) else 0


def abstained_values(understood: dict[str, dict], catalog: Any) -> list[dict[str, Any]]:
    """The values the stance judge kept on neither side in this turn's readings (`understood`: tool-call id ->
    agent.understand.Understanding as JSON), each {"kind", "value", "label"} (`label`: the user's own words)."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for u in understood.values():
        for label in ((u or {}).get("stance") or {}).get("abstained") or []:
            for kind, value in resolve_value(catalog, label)[:1]:
                if (kind, str(value)) not in seen:
                    seen.add((kind, str(value)))
                    out.append({"kind": kind, "value": value, "label": str(label)})
    return out[:MAX_ASKED]


def clarify_question(values: list[dict[str, Any]]) -> str:
    """One short question about `values`, in the user's words."""
    words = [f'"{v["label"]}"' for v in values]
    said = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    them = "it" if len(values) == 1 else "them"
    return (f"I wasn't sure which way you meant {said}, so I haven't saved {them} either way: "
            f"do you want more of {them}? (yes / no)")


def clarified_feedback(values: list[dict[str, Any]], sign: int, text: str) -> Feedback:
    """`values` on the side the answer `sign` gives (+1 liked, -1 refused), as the turn's feedback."""
    attrs: dict[str, list[str]] = {}
    items: list[int] = []
    for v in values:
        if v["kind"] == "item":
            items.append(int(v["value"]))
        else:
            attrs.setdefault(v["kind"], []).append(str(v["value"]))
    if sign > 0:
        return Feedback(liked_attributes=attrs, liked_items=items, free_text=text)
    return Feedback(disliked_attributes=attrs, disliked_items=items, free_text=text)


__all__ = ["MAX_ASKED", "abstained_values", "clarification_answer", "clarified_feedback", "clarify_question"]
