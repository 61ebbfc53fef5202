"""The stance judge in the understanding benchmark (evals/bench/understanding.py): the rule reading with the
judge, the judge's completer with its recorded calls, and the summary of how often it was asked. Split out of
evals/bench/understanding.py (issue 24's size rule)."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

from cesrec.evals.bench.understanding_score import Reading, reading_from_feedback, shown_state


def read_rules_judged(records: list[dict], catalog, judge, gate: str) -> dict[str, Reading]:
    """The rule reading with the stance judge (agent.stance_llm.judge_feedback) on it."""
    from cesrec.agent.stance_llm import judge_feedback
    from cesrec.tools.feedback import parse_feedback_rules

    out = {}
    for rec in records:
        st = shown_state(rec, catalog)
        t0 = time.perf_counter()
        fb, trace = judge_feedback(rec["text"], parse_feedback_rules(rec["text"], catalog, st), catalog, st, judge, gate)
        out[rec["id"]] = reading_from_feedback(fb, None, (time.perf_counter() - t0) * 1000)
        out[rec["id"]].detail = {"stance": trace.to_json()}
    return out


def judge_completer(path: Path | None, llm: str | None = None, base_url: str | None = None, model: str | None = None,
                    command: str | None = None):
    """The stance judge for the benchmark: the product's judge for the configured LLM (agent.stance_llm.
    stance_judge_for), its calls recorded to / replayed from the JSONL `path`. A call not recorded is made with
    the LLM (loaded on first need); with no embedded LLM it fails and the reading stays unjudged (counted)."""
    from cesrec.agent.stance_llm import recorded_completer, stance_judge_for

    state: dict[str, Any] = {}

    def live(system: str, user: str, gbnf: str) -> str:
        if "judge" not in state:
            from cesrec.agent.llm import make_chat_model
            from cesrec.agent.llm_config import LLMConfig

            state["judge"] = stance_judge_for(make_chat_model(LLMConfig.from_env(provider=llm, base_url=base_url,
                                                                                  model=model)))
        if state["judge"] is None:
            raise RuntimeError("the configured LLM has no stance judge")
        return state["judge"](system, user, gbnf)

    live.scored = True  # type: ignore[attr-defined]  # the embedded model's judge gives answer probabilities
    judge = recorded_completer(path, live, command=command) if path else live
    from cesrec.agent.stance_model import product_reader

    judge.stance_model = product_reader()  # type: ignore[attr-defined]  # the product's trained stance model, as
    return judge  # agent.stance_llm.stance_judge_for gives the product's judge


def _judge_meta(readings: dict[str, Reading], path: Path | None, gate: str) -> dict:
    """How often the judge was asked in the combined reading, its failures, and the recorded call latency."""
    traces = [r.detail.get("stance") for r in readings.values() if r.detail.get("stance")]
    asked = [t for t in traces if t["asked"]]
    ms = []
    if path and Path(path).is_file():
        ms = [json.loads(x).get("ms") for x in Path(path).read_text().splitlines() if x.strip() and "_meta" not in x]
        ms = [m for m in ms if m is not None]
    return {"gate": gate, "calls_file": str(path) if path else None, "turns_with_values": len(traces),
            "asked": len(asked), "failed": sum(1 for t in asked if t.get("reason")),
            "recorded_call_p50_ms": round(statistics.median(ms), 1) if ms else None, "recorded_calls": len(ms),
            "note": "latency of the judge's own LLM call as recorded (embedded model, its own llama.cpp context, "
                    "2 threads, on the shared 2-core machine)"}
