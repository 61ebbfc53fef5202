"""README: "Agent turns with the embedded LLM" (bench_agent_turn.json, transcript_local_llm.md, eval_agent.json)."""
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

from .common import RESULTS, ResultsError, day, f3, hm, load, model_name

BACKBONES = {"sasrec": "SASRec", "gru4rec": "GRU4Rec"}


def _excerpt(root: Path, user: str, text: str) -> str:
    """The turn's block from the transcript the same bench run wrote (nothing edited)."""
    rel = RESULTS / "transcript_local_llm.md"
    try:
        md = (Path(root) / rel).read_text()
    except FileNotFoundError:
        raise ResultsError(f"{rel}: file not found") from None
    head = f"**user {user}:** {text}"
    a = md.find(head)
    if a < 0:
        raise ResultsError(f"{rel}: no turn '{head}'")
    b = md.find("**user ", a + len(head))
    return md[a:b if b > 0 else len(md)].strip()


def render(root: Path) -> str:
    r = load(root, "bench_agent_turn.json")
    target = load(root, "bench_understanding.json")["agent_turn"]["target_p50_s"]
    m, ans = r["machine"], r["answers"]
    llm_part = r["llm"].split("(", 1)[1].rstrip(")") if "(" in r["llm"] else ""
    slow = [t["total_s"] for t in r["per_turn"] if len(t["llm_calls"]) > 1]
    shown = r["per_turn"][1]
    user = shown["session"].split("-")[1]
    faithful = round(ans["faithful_rate"] * ans["turns"])
    L = [f"""### Agent turns with the embedded LLM (`cesrec bench agent`)

{model_name(r['llm'])} in-process ({llm_part}), {BACKBONES[r['backbone']]}
engine, SQLite checkpoints; {r['turns']} turns measured {day(r['date'])} {hm(r['date'])} UTC on {m['cpu']}, {m['cores']} cores (load average
{m['loadavg_1m_before']} → {m['loadavg_1m_after']}) with `{r['command']}`
(`evals/results/bench_agent_turn.json`):

| figure | value | target |
|---|---|---|
| turn p50 / p95, end to end | {r['turn_p50_s']:.2f} s / {r['turn_p95_s']:.1f} s | p50 <= {target:g} s: {'met' if r['turn_p50_s'] <= target else '**missed**'} |
| tool overhead p50 (tool + graph and checkpoint) | {r['tool_overhead_p50_ms']} ms | |
| valid tool calls | {r['tool_calls'] - r['tool_calls_invalid']} / {r['tool_calls']} | |
| final answers naming only what the turn's tools returned | {faithful} / {ans['turns']} | |
| cold start (model load + system-prompt prefill) | {r['cold_start']['model_load_s']:.1f} s + {r['cold_start']['system_prompt_prefill_s']:.1f} s | |

The turns that need an LLM-written answer (explain, item details, search) are the {min(slow):.1f}–{max(slow):.1f} s ones, and those
answers are the weak spot of a small model: it may say "the user" and skip facts the tool gave it.
Excerpt of a real session (full, unedited: `evals/results/transcript_local_llm.md`):

{_excerpt(root, user, shown['text'])}
"""]
    e = load(root, "eval_agent.json")
    s, em = e["summary"], e["machine"]
    cmd = e["command"].split(" --out ")[0]
    by_value: dict[str, list[str]] = {}
    for name, v in e["pipeline_same_users_text_channel"].items():
        by_value.setdefault(f"{v['success_rate']:.2f}", []).append(name)
    same = " and ".join(f"{v} for {' and '.join(names)}" for v, names in sorted(by_value.items(), reverse=True))
    a, sv = s["answers"], s["simulator_verbalizer"]
    src = a["sources"]
    valid = "all valid" if s["tool_call_valid_rate"] == 1 else f"{f3(s['tool_call_valid_rate'])} valid"
    L.append(f"""Protocol 2 (`{cmd}`, {e['date']}, {em['cpu']} {em['cores']} cores, embedded {model_name(e['llm'])} both as the agent and as the
simulated user's verbalizer, separate llama.cpp contexts; `evals/results/eval_agent.json`, command and commit
inside): success {s['success_rate']:.2f} [{s['success_rate_ci95'][0]:.2f}, {s['success_rate_ci95'][1]:.2f}] after at most {e['turns']} feedback turns (by turn: {', '.join(f'{x:.2f}' for x in s['success_by_turn'])}), {s['tool_calls_per_turn']:.1f} tool
calls per turn, {valid}, turn p50 {s['turn_latency_p50_s']:.1f} s / p95 {s['turn_latency_p95_s']:.1f} s, {s['leaked_sessions']} leaked
sessions, final answers naming only what the tools returned in {round(a['faithful_rate'] * a['turns'])} of {a['turns']} turns ({src.get('template', 0)} template replies, {src.get('llm', 0)} LLM
answer{'s' if src.get('llm', 0) != 1 else ''}); on the same {s['users']} users the LLM-free pipeline (text channel) gives {same}. The
simulated user's words are checked before use (every revealed value mentioned, nothing added, no wanted
value reading as refused): {sv['unfaithful_generations']} of {sv['llm_calls']} generations were rejected and regenerated and {sv['template_fallbacks']} of {sv['utterances']} utterances fell
back to the template phrasing, so {sv['llm_written_rate'] * 100:.0f}% of what the simulated users said was written by the LLM
(`evals/results/eval_agent.md`, transcripts in `evals/results/eval_agent_transcripts.jsonl`).""")
    return "\n".join(L)
