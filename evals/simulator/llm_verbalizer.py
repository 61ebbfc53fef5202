"""LLMVerbalizer: a chat model words the decision, checked for faithfulness, template fallback."""

from __future__ import annotations

import re
from typing import Any

from cesrec.evals.simulator.audit import LeakageAudit
from cesrec.evals.simulator.decision import Decision
from cesrec.evals.simulator.templates import ORDINALS, TemplateVerbalizer
from cesrec.evals.simulator.text import _STOP, _has_words, _norm
from cesrec.recmodel.data import Catalog
from rapidfuzz import fuzz


class LLMVerbalizer:
    """Any LangChain chat model turns the *decision* into words. It never sees the target title or any
    attribute outside the decision, so it cannot leak more than the policy chose (the audit checks anyway).

    Small local models garble role-play (Qwen2.5-Coder-1.5B answered "I'm sorry, but I can't recommend any
    movies" to the first prompt), so every utterance is checked for faithfulness before it is used: each
    revealed value must be mentioned (catalogue-vocabulary mention detection), no wanted value may read as
    refused, nothing beyond the decision may be asked for, an accept must name its position, and
    assistant-style refusals are rejected. After `tries` unfaithful generations the template phrasing is used
    instead and counted (`fallbacks`), so reports can say how much of the conversation the LLM wrote."""

    name = "llm"

    SYSTEM = (
        "You write the next chat message of a movie fan talking to a movie recommender app. The note says "
        "what the fan asks for; write what the fan types: one or two short casual first-person sentences. "
        "Keep the request exactly as in the note (what they want stays wanted, what they refuse stays refused). "
        "No movie titles, no names, no other years."
    )
    # few-shot pairs: a 1.5B model follows examples far better than instructions
    SHOTS = (
        ("The fan WANTS: Comedy movies.", "None of these grab me. Got any comedies?"),
        ("The fan WANTS: 1970s movies.", "Hmm, could you show me something from the seventies?"),
        ("The fan REFUSES: 1980s movies.", "Not feeling these. Please, nothing from the 80s."),
        ("The fan WANTS: Western movies. The fan REFUSES: Horror movies.", "I'd love a western, but no horror please."),
        ("The fan PICKS: number 3 of the list.", "Number 3 looks great, I'll watch that one!"),
    )
    _PHRASE = {"genre": "{v} movies", "decade": "{v} movies", "rated": "movies rated {v}",
               "director": "movies directed by {v}", "actor": "movies with {v}", "writer": "movies written by {v}"}
    _ASSISTANT = re.compile(r"as an ai|can(?:no|')t recommend|i can(?:no|')t help|language model", re.I)

    def __init__(self, llm: Any, catalog: Catalog | None = None, fallback: Any = None, tries: int = 3) -> None:
        self.llm = llm
        self.catalog = catalog
        self.fallback = fallback if fallback is not None else TemplateVerbalizer()
        self.tries = max(1, tries)
        self.usage: list[dict] = []  # token usage per LLM call
        self.rejected = 0
        self.fallbacks = 0
        self.utterances = 0

    @classmethod
    def describe(cls, decision: Decision) -> str:
        if decision.action == "accept":
            return f"The fan PICKS: number {decision.accepted_position} of the list."
        if decision.action == "vague":
            return "The fan WANTS: something different from these, without knowing why."
        if decision.kind == "reference":
            return f"The fan LOVED the film {decision.reference_title} and wants films like it (say its title)."
        if decision.kind == "description":
            return f"The fan WANTS a film about: {decision.description}."
        if decision.kind == "critique" and decision.critique is not None:
            c = decision.critique
            change = {"newer": "but a more recent film", "older": "but an older film",
                      "not_genre": f"but not {c.value}", "more_genre": f"but with more {c.value}"}[c.change]
            return f"The fan WANTS: something like number {c.position} of the list, {change}."
        if decision.kind == "complaint":
            (kd, vs), = decision.disliked.items()
            return f"The fan COMPLAINS that the list is all {vs[0]} movies and does not want that."
        parts = [f"The fan WANTS: {cls._PHRASE.get(k, '{v} movies').format(v=v)}."
                 for k, vs in decision.liked.items() for v in vs]
        parts += [f"The fan REFUSES: {cls._PHRASE.get(k, '{v} movies').format(v=v)}."
                  for k, vs in decision.disliked.items() for v in vs]
        return " ".join(parts)

    def faithful(self, decision: Decision, text: str) -> tuple[bool, str]:
        """Does `text` say what the decision says? (ok, reason when not)."""
        if not text or len(text) > 400:
            return False, "empty or overlong"
        if self._ASSISTANT.search(text):
            return False, "answered as an assistant"
        if decision.action == "accept":
            p = decision.accepted_position or 1
            low = text.lower()
            ok = re.search(rf"(?<!\d){p}(?!\d)", low) is not None or (p <= len(ORDINALS) and ORDINALS[p - 1] in low)
            return (ok, "" if ok else "accept without its position")
        if decision.action == "vague" or self.catalog is None:
            return True, ""
        if decision.kind != "attribute":
            return self._faithful_open(decision, text)
        from cesrec.tools.feedback import parse_feedback_rules

        fb = parse_feedback_rules(text, self.catalog)
        said = {(k, v) for k, vs in fb.liked_attributes.items() for v in vs}
        refused = {(k, v) for k, vs in fb.disliked_attributes.items() for v in vs}
        for k, vs in decision.liked.items():
            for v in vs:
                if (k, v) not in said | refused:
                    return False, f"{k}={v} not mentioned"
                if (k, v) in refused:
                    return False, f"wanted {k}={v} reads as refused"
        for k, vs in decision.disliked.items():
            for v in vs:
                if (k, v) not in refused or (k, v) in said:
                    return False, f"refused {k}={v} does not read as refused"
        allowed = {(k, v) for k, vs in decision.liked.items() for v in vs}
        allowed |= {(k, v) for k, vs in decision.disliked.items() for v in vs}
        extra = sorted((said | refused) - allowed)
        if extra:  # the model copies its examples ("... but no horror please"): a wish the policy never made
            return False, f"adds {extra[0][0]}={extra[0][1]}"
        return True, ""

    def _faithful_open(self, decision: Decision, text: str) -> tuple[bool, str]:
        low = _norm(text)
        if decision.kind == "reference":
            t = _norm(decision.reference_title)
            ok = fuzz.partial_ratio(t, low) >= 85
            return ok, "" if ok else "reference title missing"
        if decision.kind == "description":
            content = [w for w in decision.description.split() if w not in _STOP]
            share = sum(_has_words(low, w) for w in content) / max(len(content), 1)
            return share >= 0.6, "" if share >= 0.6 else "description not kept"
        if decision.kind == "critique" and decision.critique is not None:
            p = decision.critique.position
            ok = re.search(rf"(?<!\d){p}(?!\d)", low) is not None or (p <= len(ORDINALS) and ORDINALS[p - 1] in low)
            return ok, "" if ok else "critique without its position"
        if decision.kind == "complaint":
            (kd, vs), = decision.disliked.items()
            ok = LeakageAudit._mentions_value(low, kd, vs[0], text.lower())
            return ok, "" if ok else "complaint without its value"
        return True, ""

    def verbalize(self, decision: Decision, key: tuple, attempt: int = 0) -> str:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        self.utterances += 1
        msgs: list[Any] = [SystemMessage(self.SYSTEM)]
        for note, reply in self.SHOTS:
            msgs += [HumanMessage("Note: " + note), AIMessage(reply)]
        for i in range(self.tries):
            n = attempt * self.tries + i
            hint = "" if n == 0 else f" (Version {n + 1}: say it differently, plainly.)"
            out = self.llm.invoke([*msgs, HumanMessage("Note: " + self.describe(decision) + hint)])
            meta = getattr(out, "usage_metadata", None) or {}
            self.usage.append(dict(meta))
            text = out.content if isinstance(out.content, str) else " ".join(str(c) for c in out.content)
            text = text.strip().strip('"').strip()
            ok, _ = self.faithful(decision, text)
            if ok:
                return text
            self.rejected += 1
        self.fallbacks += 1
        return self.fallback.verbalize(decision, key, attempt)

    def stats(self) -> dict[str, Any]:
        return {"utterances": self.utterances, "llm_calls": len(self.usage), "unfaithful_generations": self.rejected,
                "template_fallbacks": self.fallbacks,
                "llm_written_rate": round(1 - self.fallbacks / self.utterances, 3) if self.utterances else None}
