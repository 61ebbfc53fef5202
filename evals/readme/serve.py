"""README: "Serving" (bench_serve.json, bench_serve_local.json)."""
# ruff: noqa: E501

from __future__ import annotations

import re
from pathlib import Path

from .common import cores, day, hm, load, need

WORDS = {2: "two", 3: "three", 4: "four"}


def render(root: Path) -> str:
    s, lo = load(root, "bench_serve.json"), load(root, "bench_serve_local.json")
    cmd = s["command"].replace("python -m evals.", "python -m cesrec.evals.")
    doors = len(s["cross_door_doors"])
    restart = "kill -9 between turns and mid-turn, restart resumes with identical state" if s["restart"]["identical"] else "kill -9 between turns and mid-turn: **state not identical after restart**"
    refused = "refused on every door (HTTP and MCP)" if s["oversize_rejected_all_doors"] else "**not refused on every door**"
    real = need(re.search(r"\((\d+) turns\)", lo["injection_llm"]), "evals/results/bench_serve_local.json: injection_llm names no turn count").group(1)
    return f"""### Serving (`cesrec bench serve`, loopback)

Scripted LLM (measures the server, not the model). Latest run (`{cmd}`: the {s['engine_epochs']}-epoch SASRec
engine the tests use, not the standard engine; load average {s['load_average_1m']}; {day(s['date'])} {hm(s['date'])} UTC): {s['concurrent_sessions']} concurrent
sessions x {s['turns_per_session']} turns + state reads, {s['requests']} requests, **{s['errors']} errors**, p50 {s['p50_ms']:.0f} ms / p95 {s['p95_ms']:.0f} ms (queueing on {cores(s['machine'], 'evals/results/bench_serve.json')}
cores; {s['throughput_turns_per_s']:.0f} turns/s; one session alone: {s['single_session_turn_p50_ms']:.0f} ms per turn); {restart}; {s['injection_cases']} prompt-injection cases, {s['injection_escapes']} escapes. One session hammered through
{WORDS.get(doors, doors)} doors at once (HTTP on the bench's server, HTTP on a second `cesrec serve` process over the same state
directory, MCP `update_preferences`): **{s['cross_door_writes']} acknowledged writes, {s['cross_door_lost_writes']} lost**. State reads of an
idle session while {s['slow_turns']} slow turns ({s['slow_turn_llm_delay_s']:g} s per LLM call) run: p95 {s['read_p95_ms_under_slow_turns']:.0f} ms (session creation p95
{s['create_p95_ms_under_slow_turns']:.0f} ms). Oversize/malformed input {refused}, whitespace-only
message {s['whitespace_status']} (`evals/results/bench_serve.json`). With the embedded LLM (`--llm {lo['llm']} --sessions {lo['concurrent_sessions']} --turns {lo['turns_per_session']}`,
{day(lo['date'])}, load average {lo['load_average_1m']}): {lo['requests']} requests, {lo['errors']} errors, {lo['throughput_turns_per_s']} turns/s through one llama.cpp context (one session alone
{lo['single_session_turn_p50_ms'] / 1000:.1f} s per turn), {lo['injection_cases']} injection cases including {real} turns of the real model reading a planted plot, {lo['injection_escapes']} escapes
(`evals/results/bench_serve_local.json`).
{_attack(s)}"""


def _attack(s: dict) -> str:
    """The attack sections (issue 25), measured by their own command and merged into the same file."""
    if "attack_provenance" not in s:
        return ""
    p, f, ls, db, mcp = (s["attack_provenance"], s["timeout_flood"], s["long_session"], s["damaged_db_cases"],
                         s["mcp_fuzz"])
    return f"""
Under attack (`{p['command']}`, commit `{p['git_commit'][:12]}`, {day(p['date'])} {hm(p['date'])} UTC, load average {p['load_average_1m']}):

| attack | target | measured |
|---|---|---|
| {f['flood_s']:g} s flood of turns ({f['server']}) | 0 turns started after it, first turn <= 2x idle | **{f['turns_started_after_flood']}** started after; first turn {f['first_turn_ratio_to_idle']}x idle |
| reads on one server while another process holds those sessions' locks | p95 <= 200 ms | **{s['cross_process_read_p95_ms']} ms** |
| {ls['turns']} turns on one session | latency and checkpoint <= 1.5x turn 10's | latency {ls['latency_ratio_500_vs_10']}x, checkpoint {ls['checkpoint_ratio_500_vs_10']}x |
| damaged session databases | >= 4 cases, 0 silently recreated | {db['cases']} cases, {db['refused_one_line']} refused in one line, **{db['silently_recreated']}** recreated |
| MCP fuzz | 0 crashes, 0 lock files left | {mcp['calls']} calls, **{mcp['crashes']}** crashes, {mcp['lock_files_left']} lock files |
"""
