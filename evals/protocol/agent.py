"""Protocol 2: the LangGraph agent (agent.api.RecommenderAgent) with an LLM orchestrator talks to the
simulated user in natural language, on a sample of test users.

Per turn the simulator sees only the agent's recommendation list (the items in the reply), decides under
the information budget, and speaks through the template or the LLM verbalizer; every utterance is audited.
Recorded: success (target among the reply's recommendations), turns to success, tool calls per turn,
tool-call validity (share of tool messages with status 'success'), latency (total / LLM / tools),
prompt and completion tokens. For context, the LLM-free pipeline systems are run on the same users.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import numpy as np
from cesrec.evals.protocol.stats import bootstrap_ci
from cesrec.evals.simulator import (
    LeakageAudit,
    LLMVerbalizer,
    SimulatedUser,
    TemplateVerbalizer,
    budget_named,
    target_profile,
)

FALLBACK_ASK = "Could you just recommend a few movies?"


@dataclass
class AgentEvalConfig:
    dataset: str = "ml-100k"
    source: str | None = None
    backbone: str = "sasrec"
    llm: str = "local"  # local | openai (a chat model object can also be passed to run_agent_eval)
    verbalizer: str = "template"  # template | llm
    users: int = 20
    turns: int = 3
    k: int = 10
    budget: str = "headline"
    noise_rate: float = 0.10
    seed: int = 0
    stage: str = "test"
    max_regenerations: int = 2
    compare_systems: tuple[str, ...] = ("srs_only", "attribute_filter", "cesrec")
    train_overrides: dict = field(default_factory=dict)
    protocol: str = "agent"


def sample_users(num_users: int, n: int, seed: int) -> list[int]:
    """A fixed random sample of user indices (sorted), independent of anything but the seed."""
    rng = np.random.default_rng(10_007 + seed)
    return sorted(int(u) for u in rng.choice(num_users, size=min(n, num_users), replace=False))


def run_agent_eval(
    cfg: AgentEvalConfig,
    out_dir: str | None = None,
    progress: bool = True,
    engine: Any = None,
    llm: Any = None,
) -> dict:
    """Protocol 2 on `cfg.users` sampled test users: each talks to the agent for up to `cfg.turns` feedback
    turns; writes config.json, the transcripts, metrics.json and report.md under `out_dir` when given."""
    from cesrec.evals.protocol.report import RunDir
    from cesrec.evals.protocol.types import ProtocolError
    from tqdm.auto import tqdm

    if cfg.stage != "test":
        raise ProtocolError("the agent protocol runs on test users (the agent's sessions hold out the test item)")
    if cfg.users < 1 or cfg.turns < 0:
        raise ProtocolError("users must be >= 1 and turns >= 0")
    budget = budget_named(cfg.budget, cfg.noise_rate)
    t_start = time.perf_counter()
    if engine is None:
        from cesrec.tools.engine import CESRecEngine

        engine = CESRecEngine.build(cfg.dataset, cfg.backbone, source=cfg.source, progress=progress,
                                    **cfg.train_overrides)
    agent, verbalizer, llm_label, t_warm = _agent_and_verbalizer(cfg, engine, llm)
    ds = engine.dataset
    rows_users = sample_users(ds.num_users, cfg.users, cfg.seed)
    audit = LeakageAudit(ds.catalog, budget)
    run = RunDir(out_dir) if out_dir else None
    if run:
        run.write_json("config.json", {**asdict(cfg), "llm_label": llm_label, "user_indices": rows_users})
    sink = run.transcript_sink(cfg.backbone, "agent", cfg.verbalizer, cfg.seed) if run else None

    sessions: list[dict] = []
    turn_records: list[dict] = []
    answered: list[dict] = []  # for the grounded-answer check (issue 12)
    bar = tqdm(rows_users, desc="protocol 2 (agent)", disable=not progress, dynamic_ncols=True)
    for u in bar:
        uid = ds.user_ids[u]
        hist, target = ds.test_input(u)
        sim = SimulatedUser(ds.catalog, target_profile(ds.catalog, target), budget, verbalizer, seed=cfg.seed,
                            session_key=(uid,), max_regenerations=cfg.max_regenerations, audit=audit)
        sess = _session(agent, sim, uid, target, cfg, turn_records, answered)
        sessions.append(sess)
        if sink:
            sink(sess)
        bar.set_postfix(success=f"{np.mean([s['accept_turn'] >= 0 for s in sessions]):.2f}")
    bar.close()

    summary, by_turn = _summary(sessions, turn_records, answered, cfg.turns, t_warm, ds.catalog)
    if isinstance(verbalizer, LLMVerbalizer):
        summary["simulator_verbalizer"] = verbalizer.stats()
    compare = _pipeline_same_users(cfg, engine, rows_users, budget)
    metrics = _metrics(cfg, llm_label, t_start, summary, by_turn, compare, users=len(sessions))
    if run:
        run.close()
        run.write_json("metrics.json", metrics)
        (run.path / "report.md").write_text(render_agent_markdown(metrics))
    return metrics


def _agent_and_verbalizer(cfg: AgentEvalConfig, engine: Any, llm: Any) -> tuple[Any, Any, str, float | None]:
    """The agent over `engine` with `llm` (or the one `cfg.llm` names), warmed up, and the simulated user's
    verbalizer: (agent, verbalizer, llm label, warm-up seconds)."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm import make_chat_model
    from cesrec.agent.llm_config import LLMConfig
    from cesrec.evals.protocol.types import ProtocolError

    sim_llm = None
    if llm is None:
        llm_cfg = LLMConfig.from_env(provider=cfg.llm)
        llm = make_chat_model(llm_cfg)
        llm_label = llm_cfg.describe()
        if cfg.verbalizer == "llm" and llm_cfg.provider == "local":
            # the simulator gets its own llama.cpp context (a different n_ctx is a different instance; the
            # mmapped weights are shared): alternating prompts in one context would re-prefill the agent's
            # ~700-token prompt every turn
            sim_llm = make_chat_model(replace(llm_cfg, n_ctx=1024, max_tokens=60))
    else:
        llm_label = getattr(llm, "model_name", None) or type(llm).__name__
    agent = RecommenderAgent(engine=engine, llm=llm, checkpointer="memory", k=cfg.k)
    t_warm = agent.warm_up()
    if cfg.verbalizer == "llm":
        verbalizer: Any = LLMVerbalizer(sim_llm or llm, catalog=engine.catalog,
                                        fallback=TemplateVerbalizer(cfg.seed))
    elif cfg.verbalizer == "template":
        verbalizer = TemplateVerbalizer(cfg.seed)
    else:
        raise ProtocolError(f"unknown verbalizer {cfg.verbalizer!r}; use template or llm")
    return agent, verbalizer, llm_label, t_warm


def _session(agent: Any, sim: SimulatedUser, uid: Any, target: int, cfg: AgentEvalConfig,
             turn_records: list[dict], answered: list[dict]) -> dict:
    """One simulated user's conversation with the agent; appends each turn to `turn_records` and each
    answer to `answered`, returns the session record."""
    from cesrec.agent.api import AgentTurnError
    from cesrec.agent.llm_config import LLMUnavailableError

    session_id = f"eval-{cfg.seed}-{uid}-{time.time_ns()}"
    text = sim.opening()
    log: list[dict] = []
    accept, dropped, error = -1, False, None
    last_shown: list[int] = []
    for turn in range(cfg.turns + 1):
        try:
            reply = agent.chat(session_id, uid, text)
        except (AgentTurnError, LLMUnavailableError) as e:
            error = str(e)
            log.append({"turn": turn, "user": text, "error": error})
            break
        shown = [int(r["item"]) for r in reply.recommendations][: cfg.k]
        rec = _turn_record(agent, session_id, turn, text, reply, shown, target)
        log.append(rec)
        turn_records.append(rec)
        answered.append({"reply": reply.text, "tool_events": reply.tool_events,
                         "recommendations": reply.recommendations, "grounding": reply.grounding})
        if shown:
            last_shown = shown
        if target in shown:
            accept = turn
            break
        if turn == cfg.turns:
            break
        if not last_shown:  # the agent asked something instead of recommending
            text = FALLBACK_ASK
            continue
        st = sim.respond(last_shown, turn + 1)
        log[-1]["simulator"] = {"decision": st.decision.to_dict(), "audit": st.attempts}
        if st.dropped:
            dropped = True
            break
        text = st.utterance
    return {"user": uid, "target": target, "accept_turn": accept, "dropped": dropped, "error": error, "turns": log}


def _turn_record(agent: Any, session_id: str, turn: int, text: str, reply: Any, shown: list[int],
                 target: int) -> dict:
    """What the transcript keeps of one agent turn: the words, the list, the tool calls, timings, the
    session's masked / pseudo items and preferences after it."""
    rec = {
        "turn": turn, "user": text, "agent": reply.text, "shown": shown,
        "tool_calls": [{"name": e["name"], "status": e["status"], "args": e.get("args", {}),
                        "ms": e.get("ms")} for e in reply.tool_events],
        "timings": {k: v for k, v in reply.timings.items() if k != "llm"},
        "hit": target in shown,
        "grounding": reply.grounding,
    }
    state = agent.session_state(session_id)
    if state is not None:
        rec["state"] = {"masked": [m.item for m in state.masked], "pseudo": [p.item for p in state.pseudo],
                        "liked": state.preferences.liked, "disliked": state.preferences.disliked}
    return rec


def _summary(sessions: list[dict], turn_records: list[dict], answered: list[dict], T: int,
             t_warm: float | None, catalog: Any) -> tuple[dict, list[float]]:
    """The run's summary (success, tool use, latency, tokens, grounded answers) and success by turn."""
    from cesrec.agent.grounding import answers_summary

    kept = [s for s in sessions if not s["dropped"]]
    acc = np.array([s["accept_turn"] for s in kept]) if kept else np.zeros(0)
    calls = [len(r["tool_calls"]) for r in turn_records]
    statuses = [c["status"] for r in turn_records for c in r["tool_calls"]]
    totals = [r["timings"].get("total_s", 0.0) for r in turn_records]
    llm_s = [r["timings"].get("llm_s", 0.0) for r in turn_records]
    tool_s = [r["timings"].get("tool_s", 0.0) for r in turn_records]
    ptoks = [r["timings"].get("prompt_tokens", 0) for r in turn_records]
    ctoks = [r["timings"].get("completion_tokens", 0) for r in turn_records]
    succ = [(acc >= 0).astype(float) if len(acc) else np.zeros(0)]
    by_turn = [float(np.mean((acc >= 0) & (acc <= t))) if len(acc) else 0.0 for t in range(T + 1)]
    summary = {
        "users": len(sessions),
        "users_kept": len(kept),
        "leaked_sessions": sum(s["dropped"] for s in sessions),
        "errors": sum(s["error"] is not None for s in sessions),
        "success_rate": float(succ[0].mean()) if len(acc) else 0.0,
        "success_rate_ci95": list(bootstrap_ci(succ[0])[1:]) if len(acc) else [0.0, 0.0],
        "success_by_turn": by_turn,
        "hit_at_10_last_turn": by_turn[-1],
        "avg_turns_to_success": float(np.mean(np.where(acc >= 0, acc, T + 1))) if len(acc) else float(T + 1),
        "turns_run": len(turn_records),
        "tool_calls_per_turn": float(np.mean(calls)) if calls else 0.0,
        "tool_call_valid_rate": float(np.mean([s == "success" for s in statuses])) if statuses else 1.0,
        "tool_calls_by_name": _count([c["name"] for r in turn_records for c in r["tool_calls"]]),
        "turns_without_recommendations": sum(not r["shown"] for r in turn_records),
        "items_shown_per_turn": float(np.mean([len(r["shown"]) for r in turn_records])) if turn_records else 0.0,
        "turn_latency_p50_s": float(np.median(totals)) if totals else 0.0,
        "turn_latency_p95_s": float(np.percentile(totals, 95)) if totals else 0.0,
        "llm_s_p50": float(np.median(llm_s)) if llm_s else 0.0,
        "tool_s_p50": float(np.median(tool_s)) if tool_s else 0.0,
        "prompt_tokens_per_turn": float(np.mean(ptoks)) if ptoks else 0.0,
        "completion_tokens_per_turn": float(np.mean(ctoks)) if ctoks else 0.0,
        "warm_up_s": round(float(t_warm or 0.0), 2),
        "answers": {k: v for k, v in answers_summary(answered, catalog).items() if k != "unfaithful"},
    }
    return summary, by_turn


def _pipeline_same_users(cfg: AgentEvalConfig, engine: Any, rows_users: list[int], budget: Any) -> dict[str, Any]:
    """The LLM-free systems on the same users, same budget and seed, for context (text channel)."""
    from cesrec.evals.protocol.pipeline import build_context, run_pipeline_system

    compare: dict[str, Any] = {}
    if not cfg.compare_systems:
        return compare
    T = cfg.turns
    rows = list(range(len(rows_users)))
    ctx = build_context(engine.dataset, engine.model, cfg.backbone, rows_users, "test", "target", k=cfg.k,
                        engine=engine)
    for name in cfg.compare_systems:
        o = run_pipeline_system(ctx, name, cfg.seed, "text", T, budget, TemplateVerbalizer(cfg.seed),
                                cfg.max_regenerations, rows=rows)
        ok = ~o.dropped
        compare[name] = {"success_rate": float(np.mean(o.accept_turn[ok] >= 0)) if ok.any() else 0.0,
                         "hr_at_10_last_turn": float(np.mean(o.ranks[T][ok] < 10)) if ok.any() else 0.0}
    return compare


def _metrics(cfg: AgentEvalConfig, llm_label: str, t_start: float, summary: dict, by_turn: list[float],
             compare: dict, users: int) -> dict:
    """metrics.json, with the results-file view (`results_file`) the CLI writes to evals/results/."""
    from cesrec.evals.machine import machine_info

    T = cfg.turns
    metrics = {
        "config": {**asdict(cfg), "llm_label": llm_label},
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine_info(),
        "runtime_s": round(time.perf_counter() - t_start, 1),
        "summary": summary,
        "pipeline_same_users_text_channel": compare,
    }
    metrics["results_file"] = {
        "machine": metrics["machine"], "date": metrics["date"], "dataset": cfg.dataset, "protocol": "agent",
        "llm": llm_label, "backbone": cfg.backbone, "verbalizer": cfg.verbalizer, "turns": T,
        "seeds": [cfg.seed], "users": users, "leaked_sessions": summary["leaked_sessions"],
        "results": {cfg.backbone: {"agent": [{"turn": t, "success_rate": by_turn[t], "hr_at_10": by_turn[t]}
                                             for t in range(T + 1)]}},
        "summary": summary,
        "pipeline_same_users_text_channel": compare,
        "notes": [
            "hr_at_10 here = the target is among the agent's (up to k=10) recommendations by that turn; the "
            "agent's full ranking is not observed, so NDCG over all items is not reported for protocol 2.",
        ],
    }
    return metrics


def _count(xs: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for x in xs:
        out[x] = out.get(x, 0) + 1
    return out


def render_agent_markdown(m: dict) -> str:
    s, c = m["summary"], m["config"]
    lines = [
        f"# Protocol 2: agent on {c['dataset']} ({c['backbone']}), LLM `{c['llm_label']}`", "",
        f"{s['users']} users (seed {c['seed']}), up to {c['turns']} feedback turns, budget `{c['budget']}` "
        f"(noise {c['noise_rate']}), verbalizer `{c['verbalizer']}`; runtime {m['runtime_s']:.0f} s.", "",
        "| metric | value |", "|---|---|",
    ]
    for key in ("success_rate", "success_by_turn", "avg_turns_to_success", "tool_calls_per_turn",
                "tool_call_valid_rate", "tool_calls_by_name", "turns_without_recommendations", "items_shown_per_turn",
                "turn_latency_p50_s", "turn_latency_p95_s", "llm_s_p50", "tool_s_p50", "prompt_tokens_per_turn",
                "completion_tokens_per_turn", "leaked_sessions", "errors", "simulator_verbalizer"):
        if key not in s:
            continue
        v = s[key]
        lines.append(f"| {key} | {v if not isinstance(v, float) else round(v, 4)} |")
    if m.get("pipeline_same_users_text_channel"):
        lines += ["", "LLM-free pipeline on the same users (text channel, rule parser):", "",
                  "| system | success | HR@10 last turn |", "|---|---|---|"]
        for name, r in m["pipeline_same_users_text_channel"].items():
            lines.append(f"| {name} | {r['success_rate']:.3f} | {r['hr_at_10_last_turn']:.3f} |")
    return "\n".join(lines) + "\n"
