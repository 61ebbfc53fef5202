"""Answers grounded in tool output (issue 12): every title, year, genre and person the assistant's answer names
must appear in that turn's tool results.

`check_answer(answer, tool_texts, catalog)` finds what the answer names:
- titles: catalogue titles (with and without their year, articles and subtitles, via the rule parser's title
  table), and any "Some Title (1994)" or quoted/emphasised phrase, in the catalogue or not (an invented film
  is the failure that matters most);
- years: every 4-digit year 1900-2029;
- genres: catalogue genre names and their synonyms ("sci-fi", "scary" -> Horror), checked by canonical name;
- people: catalogue directors/actors named in full, and a capitalised name after "directed by", "starring",
  "with" ... (so a person the catalogue does not have is caught too).
Each named thing must occur in the tool results' text (the ToolMessage text plus its structured payload),
compared accent- and case-folded. What it cannot see: paraphrased claims ("his second film", "a box-office
hit") and people named without a cue who are not in the catalogue.

`render_from_results` is the fallback the agent graph uses when the check fails: the answer is the tool's own
text (written from the catalogue), and the reply's metadata says so.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from cesrec.tools.lexicon import _fold, _norm_phrase, vocabulary_for

_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-2]\d)(?!\d)")
# "Heat (1995)", "The Usual Suspects (1995)": a capitalised phrase with a year is a title, in the catalogue or not
_TITLE_WITH_YEAR = re.compile(r"((?:[A-Z0-9][\w'’:&!.,-]*|of|the|a|an|and|in|on|to|for|de|la|le)"
                              r"(?:\s+(?:[A-Z0-9][\w'’:&!.,-]*|of|the|a|an|and|in|on|to|for|de|la|le)){0,9})\s*\((?:19|20)\d\d\)")
_QUOTED = re.compile(r"[\"“*_]{1,2}([A-Z0-9][^\"”*_\n]{1,60}?)[\"”*_]{1,2}")
_PERSON_CUE = re.compile(r"\b(?:directed by|director|starring|stars|featuring|with|by|actor|actress)\s+"
                         r"([A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){1,2})")


@dataclass
class Grounding:
    faithful: bool
    named: list[str] = field(default_factory=list)  # "title:Heat", "year:1995", "genre:Crime", "person:Al Pacino"
    unsupported: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def tool_results_text(messages: list[Any]) -> str:
    """The text a turn's tool results make available: each ToolMessage's text and its structured payload."""
    parts = []
    for m in messages:
        if getattr(m, "type", None) != "tool":
            continue
        parts.append(m.content if isinstance(m.content, str) else json.dumps(m.content, ensure_ascii=False))
        art = getattr(m, "artifact", None)
        if art:
            parts.append(json.dumps(art, ensure_ascii=False, default=str))
    return "\n".join(parts)


_TITLE_CUES = frozenset({"try", "watch", "rewatch", "see", "recommend", "suggest", "liked", "loved", "enjoyed"})


def _present(phrase: str, folded_results: str, norm_results: str) -> bool:
    f = _fold(phrase).strip()
    if f and f in folded_results:
        return True
    n = _norm_phrase(phrase)
    return bool(n) and f" {n} " in f" {norm_results} "


def check_answer(answer: str, results_text: str, catalog: Any) -> Grounding:
    """Is every title, year, genre and person named in `answer` in `results_text` (the turn's tool output)?"""
    voc = vocabulary_for(catalog)
    folded_res = _fold(results_text)
    norm_res = _norm_phrase(results_text)
    named: dict[str, bool] = {}

    def claim(key: str, ok: bool) -> None:
        named[key] = named.get(key, True) and ok

    # titles: catalogue titles as token n-grams of the answer (a one-word title only when capitalised and not
    # an everyday word: "Heat" yes, "heat" in a sentence no)
    toks = [(t.group(0), t.start()) for t in re.finditer(r"[^\W_]+", answer)]
    words = [_fold(w) for w, _ in toks]
    spans: list[tuple[int, int]] = []
    n = len(words)
    for size in range(min(voc.max_title_tokens, n), 0, -1):
        for a in range(n - size + 1):
            if any(a < e and s < a + size for s, e in spans):
                continue
            phrase = " ".join(words[a:a + size])
            if phrase not in voc.titles:
                continue
            raw_first = toks[a][0]
            # "try Casino": a capitalised word right after a recommending verb is a title even if it is also
            # an everyday word
            cued = a > 0 and words[a - 1] in _TITLE_CUES
            if size == 1 and (not raw_first[:1].isupper() or (phrase in voc.common and not cued) or len(phrase) < 4):
                continue
            if size > 1 and all(w in voc.common for w in words[a:a + size]) and not raw_first[:1].isupper():
                continue
            if voc.genre_pattern.fullmatch(phrase):
                continue
            spans.append((a, a + size))
            title = catalog.titles[voc.titles[phrase][0]]
            claim(f"title:{title}", _present(phrase, folded_res, norm_res))
    for m in list(_TITLE_WITH_YEAR.finditer(answer)) + list(_QUOTED.finditer(answer)):
        t = m.group(1).strip(" ,.:;!")
        t = re.sub(r"^(?:[Ll]ike|[Tt]ry|[Ww]atch|[Ss]ee|[Hh]ow about|[Mm]aybe)\s+", "", t)
        if len(t) >= 3 and not _YEAR.fullmatch(t):
            claim(f"title:{t}", _present(t, folded_res, norm_res))
    for m in _YEAR.finditer(answer):
        claim(f"year:{m.group(1)}", m.group(1) in results_text)
    in_results = {g for x in voc.genre_pattern.finditer(folded_res) for g in voc.genre_of_match[x.lastgroup].split("+")}
    in_results |= {g for g in voc.vocab.get("genre", []) if _fold(g) in folded_res}
    folded_answer = _fold(answer)
    for m in voc.genre_pattern.finditer(folded_answer):
        if re.search(r"\blive[- ]$", folded_answer[:m.start()]):
            continue
        for g in voc.genre_of_match[m.lastgroup].split("+"):
            claim(f"genre:{g}", g in in_results)
    norm_answer = f" {_norm_phrase(answer)} "
    for name in voc.names:
        if len(name.split()) >= 2 and f" {name} " in norm_answer:
            claim(f"person:{voc.names[name][0][1]}", f" {name} " in f" {norm_res} ")
    for m in _PERSON_CUE.finditer(answer):
        claim(f"person:{m.group(1)}", _present(m.group(1), folded_res, norm_res))
    unsupported = sorted(k for k, ok in named.items() if not ok)
    return Grounding(not unsupported, sorted(named), unsupported)


def render_from_results(messages: list[Any]) -> str:
    """The answer written from the turn's structured results: the last successful tool's own text (catalogue
    facts), or a plain statement that nothing was found."""
    for m in reversed(messages):
        if getattr(m, "type", None) == "tool" and getattr(m, "status", "success") != "error":
            text = m.content if isinstance(m.content, str) else ""
            if text.strip():
                return text.strip()
    return "I could not find that in the catalogue."


def events_text(tool_events: list[dict]) -> str:
    """tool_results_text for a finished turn's tool events (AgentReply.tool_events: text + payload)."""
    return "\n".join(str(e.get("text") or "") + "\n" + json.dumps(e.get("payload") or {}, ensure_ascii=False, default=str)
                     for e in tool_events)


def answers_summary(turns: list[dict], catalog: Any) -> dict[str, Any]:
    """Faithfulness over finished turns ({"reply": text, "tool_events": [...], "recommendations": [...],
    "grounding": reply.grounding}):
    the final answer shown to the user re-checked against the turn's tool events; and how the answers were
    written (LLM answers kept, LLM answers replaced by the render, template replies)."""
    n = len(turns)
    # the recommending tools' structured output (title, year, genres of each pick) is part of the results
    checks = [check_answer(t["reply"], events_text(t["tool_events"]) + "\n" + json.dumps(
        t.get("recommendations") or [], ensure_ascii=False, default=str), catalog) for t in turns]
    sources = [(t.get("grounding") or {}).get("source") or "none" for t in turns]
    llm_written = sum(s in ("llm", "rendered from tool results") for s in sources)
    rendered = sum(s == "rendered from tool results" for s in sources)
    return {
        "turns": n,
        "faithful_rate": round(sum(c.faithful for c in checks) / n, 4) if n else None,
        "unfaithful": [{"reply": t["reply"][:200], "unsupported": c.unsupported}
                       for t, c in zip(turns, checks, strict=True) if not c.faithful],
        "sources": {s: sources.count(s) for s in sorted(set(sources))},
        "llm_answers": llm_written,
        "llm_answers_faithful_rate": round((llm_written - rendered) / llm_written, 4) if llm_written else None,
        "rendered_from_results": rendered,
        "checker": "cesrec.agent.grounding.check_answer: titles, years, genres, people named in the answer must occur in "
                   "the turn's tool results (text + payload)",
    }
