"""Scoring and the report of the understanding benchmark (evals/bench/understanding.py): readings, the gold
reading of a record, per-record judgement, the scores, the grounded-answers section and the Markdown table.
Split out of evals/bench/understanding.py (issue 24's size rule); that module re-exports every name here."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PEOPLE = ("director", "actor", "writer")
FIELDS = ("genre", "decade", "person", "rated", "item", "attribute")
PREF_TOOLS = ("update_preferences", "recommend")


def shown_state(rec: dict, catalog, base=None):
    """A session whose last recommendations are the record's shown list (`base`: a session to start from)."""
    from cesrec.tools.state import Recommendation, SessionState

    recs = [Recommendation(item=i, title=catalog.titles[i], year=int(catalog.years[i]) if catalog.years[i] else None,
                           genres=list(catalog.attributes(i).get("genre", [])), score=0.0, why="shown")
            for i in rec.get("shown") or []]
    if base is None:
        return SessionState(user_id="bench", history=[], last_recommendations=recs)
    return base.model_copy(update={"last_recommendations": recs, "shown": [r.item for r in recs]})


@dataclass
class Reading:
    attrs: set[tuple[str, str, str]] = field(default_factory=set)  # (+/-, kind, value); people as "person"
    items: set[tuple[str, int]] = field(default_factory=set)  # (+/-, item id)
    year: tuple[int | None, int | None] = (None, None)
    description: bool = False
    tool: str | None = None
    ms: float = 0.0
    detail: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"attrs": sorted(f"{s}{k}:{v}" for s, k, v in self.attrs),
                "items": sorted(f"{s}{i}" for s, i in self.items), "year": list(self.year),
                "description": self.description, "tool": self.tool, "ms": round(self.ms, 3), **self.detail}


def _kind(k: str) -> str:
    return "person" if k in PEOPLE else k


def reading_from_feedback(fb, tool: str | None = None, ms: float = 0.0, description: bool | None = None) -> Reading:
    attrs = {("+", _kind(k), v) for k, vs in fb.liked_attributes.items() for v in vs}
    attrs |= {("-", _kind(k), v) for k, vs in fb.disliked_attributes.items() for v in vs}
    items = {("+", int(i)) for i in fb.liked_items} | {("-", int(i)) for i in fb.disliked_items}
    desc = bool(fb.description.strip()) if description is None else description
    return Reading(attrs, items, (fb.year_min, fb.year_max), desc, tool, ms)


def gold_reading(rec: dict) -> tuple[Reading, set[tuple[str, str, str]], set[tuple[str, int]]]:
    """Gold reading and the also-ok attribute / item triples."""
    g = rec["gold"]

    def triples(vals: Iterable[str], sign: str) -> set[tuple[str, str, str]]:
        return {(sign, *v.split(":", 1)) for v in vals}

    gold = Reading(triples(g["liked"], "+") | triples(g["disliked"], "-"),
                   {("+", i) for i in g["liked_items"]} | {("-", i) for i in g["disliked_items"]},
                   (g["year_min"], g["year_max"]), bool(g["description"]))
    ok_attrs: set[tuple[str, str, str]] = set()
    ok_items: set[tuple[str, int]] = set()
    for o in g.get("also_ok", []):
        sign, rest = o[0], o[1:]
        kind, value = rest.split(":", 1)
        if kind == "item":
            ok_items.add((sign, int(value)))
        else:
            ok_attrs.add((sign, kind, value))
    return gold, ok_attrs, ok_items


# --------------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _group(kind: str, name: str) -> bool:
    return name == "attribute" or kind == name


def judge(rec: dict, got: Reading) -> dict:
    """Per-record counts: tp/fp/fn per field, flips, year and description agreement, exactness."""
    gold, ok_a, ok_i = gold_reading(rec)
    counts: dict[str, list[int]] = {f: [0, 0, 0] for f in FIELDS}
    flips = []
    for name in FIELDS:
        if name == "item":
            g, p, ok = gold.items, got.items, ok_i
        else:
            g = {t for t in gold.attrs if _group(t[1], name)}
            p = {t for t in got.attrs if _group(t[1], name)}
            ok = {t for t in ok_a if _group(t[1], name)}
        counts[name] = [len(p & g), len((p - g) - ok), len(g - p)]
    for s, k, v in got.attrs:
        if ("-" if s == "+" else "+", k, v) in gold.attrs:
            flips.append(f"{s}{k}:{v}")
    for s, i in got.items:
        if ("-" if s == "+" else "+", i) in gold.items:
            flips.append(f"{s}item:{i}")
    has_range = gold.year != (None, None)
    attrs_ok = counts["attribute"][1] == 0 and counts["attribute"][2] == 0
    items_ok = counts["item"][1] == 0 and counts["item"][2] == 0
    exact = attrs_ok and items_ok and tuple(got.year) == tuple(gold.year)
    tools = rec["gold"]["tools"]
    tool_ok = None if got.tool is None else (got.tool in tools)
    return {"counts": counts, "flips": flips, "has_range": has_range, "year_exact": tuple(got.year) == tuple(gold.year),
            "desc_gold": rec["gold"]["description"], "desc_got": got.description, "exact": exact,
            "tool_ok": tool_ok, "pref_tool_expected": any(t in PREF_TOOLS for t in tools)}


def score(records: list[dict], readings: dict[str, Reading]) -> dict:
    recs = [r for r in records if r["id"] in readings]
    if not recs:
        return {"utterances": 0}
    judged = {r["id"]: judge(r, readings[r["id"]]) for r in recs}
    tot = {f: [0, 0, 0] for f in FIELDS}
    for j in judged.values():
        for f in FIELDS:
            for i in range(3):
                tot[f][i] += j["counts"][f][i]
    fields = {f: _prf(*tot[f]) for f in FIELDS}
    ranged = [j for j in judged.values() if j["has_range"]]
    unranged = [j for j in judged.values() if not j["has_range"]]
    dj = [j for j in judged.values() if j["desc_gold"] is not None]
    d_tp = sum(1 for j in dj if j["desc_gold"] and j["desc_got"])
    d_fp = sum(1 for j in dj if not j["desc_gold"] and j["desc_got"])
    d_fn = sum(1 for j in dj if j["desc_gold"] and not j["desc_got"])
    tooled = [j for j in judged.values() if j["tool_ok"] is not None]
    args_base = [j for j in tooled if j["tool_ok"] and readings_tool_is_pref(j)]
    lat = [readings[r["id"]].ms for r in recs]
    by_class: dict[str, dict] = {}
    for r in recs:
        c = by_class.setdefault(r["class"], {"n": 0, "exact": 0, "flips": 0, "tool_ok": 0, "tooled": 0})
        j = judged[r["id"]]
        c["n"] += 1
        c["exact"] += j["exact"]
        c["flips"] += len(j["flips"])
        if j["tool_ok"] is not None:
            c["tooled"] += 1
            c["tool_ok"] += j["tool_ok"]
    for c in by_class.values():
        c["exact_rate"] = round(c["exact"] / c["n"], 4)
        c["right_tool_rate"] = round(c["tool_ok"] / c["tooled"], 4) if c["tooled"] else None
        del c["tool_ok"], c["tooled"]
    return {
        "utterances": len(recs),
        "genre_f1": fields["genre"]["f1"],
        "item_f1": fields["item"]["f1"],
        "attribute_f1": fields["attribute"]["f1"],
        "year_range_exact": round(sum(j["year_exact"] for j in ranged) / len(ranged), 4) if ranged else None,
        "year_range_utterances": len(ranged),
        "year_range_spurious": sum(1 for j in unranged if not j["year_exact"]),
        "polarity_flips": sum(len(j["flips"]) for j in judged.values()),
        "exact_rate": round(sum(j["exact"] for j in judged.values()) / len(recs), 4),
        "description": _prf(d_tp, d_fp, d_fn),
        "right_tool_rate": round(sum(j["tool_ok"] for j in tooled) / len(tooled), 4) if tooled else None,
        "argument_accuracy": (round(sum(j["exact"] for j in args_base) / len(args_base), 4) if args_base else None),
        "argument_accuracy_n": len(args_base),
        "latency_p50_ms": round(statistics.median(lat), 3),
        "fields": fields,
        "by_class": dict(sorted(by_class.items())),
        "flipped": {rid: j["flips"] for rid, j in judged.items() if j["flips"]},
    }


def readings_tool_is_pref(j: dict) -> bool:
    return j["pref_tool_expected"]


def misses(records: list[dict], readings: dict[str, Reading]) -> list[dict]:
    """Records the reader did not read exactly (for looking at the dev half)."""
    out = []
    for r in records:
        if r["id"] not in readings:
            continue
        j = judge(r, readings[r["id"]])
        if not j["exact"] or j["flips"]:
            out.append({"id": r["id"], "text": r["text"], "got": readings[r["id"]].to_json(),
                        "gold": {k: r["gold"][k] for k in ("liked", "disliked", "liked_items", "disliked_items",
                                                           "year_min", "year_max")}})
    return out


def answers_section(paths: tuple[Path, ...]) -> dict:
    """Grounded answers (agent.grounding) as measured by the agent bench / protocol 2 result files given:
    their turns pooled, each source's own command and figures kept."""
    sources = []
    for p in paths:
        d = json.loads(Path(p).read_text())
        a = d.get("answers") or (d.get("summary") or {}).get("answers")
        if not a:
            raise ValueError(f"{p} has no 'answers' summary: re-run it with the grounded-answer check (issue 12)")
        machine = d.get("machine") or {}
        sources.append({"file": str(p), "command": d.get("command") or (d.get("config") or {}).get("command"),
                        "git_commit": d.get("git_commit"), "date": d.get("date"), "turn_p50_s": d.get("turn_p50_s"),
                        "loadavg_1m": [machine.get("loadavg_1m_before"), machine.get("loadavg_1m_after")],
                        **{k: a.get(k) for k in ("turns", "faithful_rate", "llm_answers", "llm_answers_faithful_rate",
                                                 "rendered_from_results", "sources")}})
    if not sources:
        return {"turns": None, "faithful_rate": None, "status": "not measured: pass --answers-from <bench_agent json>"}
    turns = sum(s["turns"] for s in sources)
    faithful = sum(round(s["faithful_rate"] * s["turns"]) for s in sources)
    llm_n = sum(s["llm_answers"] or 0 for s in sources)
    llm_ok = sum(round((s["llm_answers_faithful_rate"] or 0) * (s["llm_answers"] or 0)) for s in sources)
    return {"turns": turns, "faithful_rate": round(faithful / turns, 4) if turns else None,
            "llm_answers": llm_n, "llm_answers_faithful_rate": round(llm_ok / llm_n, 4) if llm_n else None,
            "note": "faithful_rate: the final answers shown (LLM answers that pass the check, answers rendered from "
                    "the tool results when they do not, template replies), re-checked; llm_answers_faithful_rate: "
                    "the LLM's own answers before the fallback", "from": sources}


HEADLINE = ("utterances", "genre_f1", "item_f1", "attribute_f1", "year_range_exact", "year_range_spurious",
            "polarity_flips", "exact_rate", "right_tool_rate", "argument_accuracy", "latency_p50_ms")


def _headline(s: dict) -> dict:
    out = {k: s.get(k) for k in HEADLINE}
    out["description_f1"] = (s.get("description") or {}).get("f1")
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.3f}" if v < 10 else f"{v:.0f}"
    return str(v)


def render_markdown(res: dict) -> str:
    cols = ("utterances", "genre_f1", "item_f1", "attribute_f1", "year_range_exact", "polarity_flips",
            "exact_rate", "right_tool_rate", "argument_accuracy", "latency_p50_ms")
    lines = ["# Understanding benchmark", "",
             f"{res['utterances']} hand-written utterances ({res['data']}), machine: {res['machine']['cpu']}, "
             f"{res['machine']['cores']} cores; {res['date']}. Command: `{res['command']}`.", ""]
    if res.get("llm"):
        m = res["llm"]
        lines += [f"LLM readers: `{m.get('llm')}`, {m.get('subset')}"
                  + (f"; calls reused from {m['calls_reused_from']}" if m.get("calls_reused_from") else "") + ".", ""]
    for title, table in (("All utterances", res["readers"]), ("Dev half", res["splits"]["dev"]),
                         ("Held-out half", res["splits"]["heldout"])):
        lines += [f"## {title}", "", "| reader | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
        for name, s in table.items():
            lines.append(f"| {name} | " + " | ".join(_fmt(s.get(c)) for c in cols) + " |")
        lines.append("")
    a = res.get("answers") or {}
    if a.get("turns"):
        lines += ["## Answers grounded in tool output", "",
                  f"{a['turns']} agent turns; final answers faithful: {_fmt(a['faithful_rate'])}; the LLM's own answers: "
                  f"{a['llm_answers']}, faithful before the fallback: {_fmt(a['llm_answers_faithful_rate'])}. "
                  + " ".join(f"From `{x['command']}` ({x['file']}, {x['date']}, load {x['loadavg_1m']}"
                             + (f", turn p50 {x['turn_p50_s']} s" if x.get("turn_p50_s") else "") + ")."
                             for x in a["from"]), ""]
    if res.get("agent_turn"):
        t = res["agent_turn"]
        lines += [f"Agent turn with the embedded LLM: p50 {t['p50_s']} s (target ≤ {t['target_p50_s']} s), load average "
                  f"{t['loadavg_1m_before_after']} (1 min, before/after) on a 2-core machine shared with other jobs.", ""]
    lines += ["## Exact rate by class", "", "| class | n | " + " | ".join(res["readers"]) + " |",
              "|" + "---|" * (len(res["readers"]) + 2)]
    classes = res["classes"]
    for c, n in classes.items():
        cells = []
        for name in res["readers"]:
            bc = (res["readers"][name].get("by_class") or {}).get(c)
            cells.append(_fmt(bc["exact_rate"]) if bc else "—")
        lines.append(f"| {c} | {n} | " + " | ".join(cells) + " |")
    lines.append("")
    if res.get("by_class"):
        names = list(res["by_class"])
        lines += ["## Genre F1 and polarity flips by class", "", "| class | n | " + " | ".join(names) + " |",
                  "|" + "---|" * (len(names) + 2)]
        for c, n in classes.items():
            cells = []
            for name in names:
                h = res["by_class"][name].get(c) or {}
                cells.append(f"{_fmt(h.get('genre_f1'))} · {_fmt(h.get('polarity_flips'))}" if h.get("utterances") else "—")
            lines.append(f"| {c} | {n} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)
