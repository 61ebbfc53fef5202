"""Run directories, aggregation, report.md tables and plots.

A run directory holds: config.json, transcripts/<backbone>/<system>-<channel>-seed<s>.jsonl (one line per
session: every utterance, audit attempt, parsed feedback, state change, shown list and target rank per turn),
metrics.json (everything aggregated), report.md (tables), hr10.png / ndcg10.png (per turn, per system).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
from cesrec.evals.machine import machine_info
from cesrec.evals.protocol.stats import (
    KS,
    bootstrap_ci,
    paired_test,
    per_user_metrics,
    seed_ci,
    success_by_turn,
    turns_to_success,
)

REFERENCE_SYSTEMS = ("srs_only", "attribute_filter")


class RunDir:
    """Writes one evaluation run's files; transcripts stream to disk as sessions finish."""

    def __init__(self, out: str | Path) -> None:
        self.path = Path(out)
        self.path.mkdir(parents=True, exist_ok=True)
        self._files: dict[Path, IO[str]] = {}

    def write_json(self, name: str, obj: Any) -> Path:
        p = self.path / name
        p.write_text(json.dumps(obj, indent=2, default=_json_default))
        return p

    def transcript_sink(self, backbone: str, system: str, channel: str, seed: int):
        p = self.path / "transcripts" / backbone / f"{system}-{channel}-seed{seed}.jsonl"
        p.parent.mkdir(parents=True, exist_ok=True)
        fh = self._files.get(p)
        if fh is None:
            fh = self._files[p] = open(p, "w", encoding="utf-8")

        def write(record: dict) -> None:
            fh.write(json.dumps(record, default=_json_default) + "\n")

        return write

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._files.clear()


def _json_default(o: Any) -> Any:
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, np.floating):
        return float(o)
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, set | tuple):
        return list(o)
    if hasattr(o, "model_dump"):
        return o.model_dump()
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


# --------------------------------------------------------------------------------------------------------
# Aggregation
# --------------------------------------------------------------------------------------------------------


def aggregate(outcomes: Sequence[Any], turns: int, ks: Sequence[int] = KS, n_boot: int = 1000) -> dict:
    """Outcomes of one backbone -> {channel: {system: {...}}} plus leakage counts.

    Sessions dropped by the leakage audit in *any* run of this backbone are left out of every system's
    numbers, so paired tests compare the same users; they are counted in `leaked_sessions`.
    """
    if not outcomes:
        raise ValueError("nothing to aggregate")
    n = len(outcomes[0].accept_turn)
    dropped_any = np.zeros(n, dtype=bool)
    leaked = 0
    for o in outcomes:
        dropped_any |= o.dropped
        leaked += int(o.dropped.sum())
    keep = ~dropped_any
    audited = n * len(outcomes)  # sessions the audit saw: users x (channel, system, seed) runs
    by: dict[tuple[str, str], dict[int, Any]] = {}
    for o in outcomes:
        by.setdefault((o.channel, o.system), {})[o.seed] = o
    channels = sorted({c for c, _ in by})
    out: dict[str, Any] = {"users": int(n), "users_kept": int(keep.sum()), "leaked_sessions": leaked,
                           "sessions_audited": audited, "leaked_users": int(dropped_any.sum()), "channels": {}}
    # per-user, seed-averaged arrays for the paired tests: (channel, system) -> metric -> (T+1, users)
    user_avg: dict[tuple[str, str], dict[str, np.ndarray]] = {}
    for (channel, system), seeds in by.items():
        rec, user_avg[(channel, system)] = _system_record(channel, seeds, keep, turns, ks, n_boot)
        out["channels"].setdefault(channel, {})[system] = rec
    for channel in channels:
        for system, rec in out["channels"][channel].items():
            rec["tests"] = _paired_tests(channel, system, user_avg, turns, n_boot)
    return out


def _system_record(channel: str, seeds: dict[int, Any], keep: np.ndarray, turns: int, ks: Sequence[int],
                   n_boot: int) -> tuple[dict, dict[str, np.ndarray]]:
    """One (channel, system) over its seeds, kept users only: per-turn metrics with bootstrap (users) and
    seed intervals, success, turns to success, audit and parse counts; and its per-user seed-averaged
    arrays (metric -> (T+1, users)) for the paired tests."""
    metric_stack: dict[str, list[np.ndarray]] = {}
    succ_stack, tts_stack = [], []
    for _, o in sorted(seeds.items()):
        per_turn = [per_user_metrics(o.ranks[t][keep], ks) for t in range(turns + 1)]
        for m in per_turn[0]:
            metric_stack.setdefault(m, []).append(np.stack([pt[m] for pt in per_turn]))
        acc = o.accept_turn[keep]
        succ_stack.append(np.stack([((acc >= 0) & (acc <= t)).astype(float) for t in range(turns + 1)]))
        tts_stack.append(turns_to_success(acc, turns))
    metric_stack["success"] = succ_stack
    avg = {m: np.mean(v, axis=0) for m, v in metric_stack.items()}
    avg["turns_to_success"] = np.mean(tts_stack, axis=0)[None, :]
    rows = []
    for t in range(turns + 1):
        rec: dict[str, Any] = {"turn": t}
        for m, stack in metric_stack.items():
            per_seed = [float(s[t].mean()) for s in stack]
            mean, lo, hi = seed_ci(per_seed)
            _, blo, bhi = bootstrap_ci(avg[m][t], n_boot=n_boot, seed=t)
            key = m.replace("@", "_at_")
            rec[key] = mean
            rec[f"{key}_ci95"] = [blo, bhi]  # bootstrap over users
            rec[f"{key}_ci95_seeds"] = [lo, hi]  # t-interval over seeds
            rec[f"{key}_per_seed"] = per_seed
        rows.append(rec)
    ttsm = [float(x.mean()) for x in tts_stack]
    first = next(iter(seeds.values()))
    record = {
        "turns": rows,
        "success_rate": float(np.mean([s[-1].mean() for s in succ_stack])),
        "success_by_turn": [float(x) for x in np.mean([success_by_turn(o.accept_turn[keep], turns)
                                                       for o in seeds.values()], axis=0)],
        "avg_turns_to_success": float(np.mean(ttsm)),
        "avg_turns_to_success_ci95_seeds": list(seed_ci(ttsm)[1:]),
        "seeds": sorted(seeds),
        "regenerations": int(sum(o.regenerations for o in seeds.values())),
        "dropped_sessions": int(sum(int(o.dropped.sum()) for o in seeds.values())),
        "noise": {k: int(sum(o.noise.get(k, 0) for o in seeds.values())) for k in first.noise},
        "text_parse": _sum_dicts([o.parse for o in seeds.values()]) if channel == "text" else None,
        "seconds": float(sum(o.seconds for o in seeds.values())),
    }
    return record, avg


def _paired_tests(channel: str, system: str, user_avg: dict[tuple[str, str], dict[str, np.ndarray]], turns: int,
                  n_boot: int) -> dict[str, Any]:
    """Paired tests of one system against the reference systems, same channel (srs_only has no channel
    dependence: its run on any channel serves)."""
    tests: dict[str, Any] = {}
    for ref in REFERENCE_SYSTEMS:
        ref_key = (channel, ref) if (channel, ref) in user_avg else next(
            ((c, s) for c, s in user_avg if s == ref), None)
        if ref_key is None or ref == system:
            continue
        a, b = user_avg[(channel, system)], user_avg[ref_key]
        tests[f"vs_{ref}"] = {
            f"{m.replace('@', '_at_')}_turn{t}": paired_test(a[m][t], b[m][t], n_boot=n_boot)
            for m in ("hr@10", "ndcg@10") for t in range(1, turns + 1)
        }
        tests[f"vs_{ref}"]["turns_to_success"] = paired_test(
            b["turns_to_success"][0], a["turns_to_success"][0], n_boot=n_boot)  # fewer is better
    return tests


def _sum_dicts(ds: Sequence[dict]) -> dict:
    out: dict[str, float] = {}
    for d in ds:
        for k, v in d.items():
            out[k] = out.get(k, 0) + v
    if out.get("asked"):
        out["attribute_recall"] = out["recovered"] / out["asked"]
    if out.get("decisions_with_attributes"):
        out["exact_rate"] = out["exact"] / out["decisions_with_attributes"]
    return out


def results_file(metrics: dict, headline_channel: str = "structured") -> dict:
    """The issue's schema: results[backbone][system] = per-turn rows (headline channel); other channels
    appear as '<system>@<channel>'."""
    res: dict[str, dict[str, list]] = {}
    for backbone, bm in metrics["backbones"].items():
        res[backbone] = {}
        for channel, systems in bm["channels"].items():
            for system, rec in systems.items():
                name = system if channel == headline_channel else f"{system}@{channel}"
                rows = []
                for r in rec["turns"]:
                    t = r["turn"]
                    row = {"turn": t, "hr_at_10": r["hr_at_10"], "hr_at_10_ci95": r["hr_at_10_ci95"],
                           "hr_at_10_ci95_seeds": r["hr_at_10_ci95_seeds"],
                           "ndcg_at_10": r["ndcg_at_10"], "ndcg_at_10_ci95": r["ndcg_at_10_ci95"],
                           "hr_at_5": r["hr_at_5"], "hr_at_20": r["hr_at_20"],
                           "ndcg_at_5": r["ndcg_at_5"], "ndcg_at_20": r["ndcg_at_20"],
                           "success_rate": r["success"]}
                    for ref, tests in rec.get("tests", {}).items():
                        if t >= 1:
                            tt = tests[f"hr_at_10_turn{t}"]
                            row[f"p_hr_at_10_{ref}"] = {"t": tt["t_p"], "wilcoxon": tt["wilcoxon_p"],
                                                        "diff": tt["mean_diff"], "diff_ci95": tt["diff_ci95"]}
                    rows.append(row)
                res[backbone][name] = rows
    return {
        "machine": metrics.get("machine"),
        "date": metrics.get("date"),
        "dataset": metrics["config"].get("dataset"),
        "protocol": metrics["config"].get("protocol", "pipeline"),
        "turns": metrics["config"].get("turns"),
        "seeds": metrics["config"].get("seeds"),
        "budget": metrics["config"].get("budget"),
        "headline_channel": headline_channel,
        "users": {b: m["users_kept"] for b, m in metrics["backbones"].items()},
        "leaked_sessions": sum(m["leaked_sessions"] for m in metrics["backbones"].values()),
        # per backbone: users dropped from every system, and the leaking sessions out of all audited ones
        # (users x channel x system x seed runs; the same user counts once per run)
        "leakage": {b: {"users_dropped": m.get("leaked_users"), "users": m.get("users"),
                        "leaked_sessions": m["leaked_sessions"], "sessions_audited": m.get("sessions_audited")}
                    for b, m in metrics["backbones"].items()},
        "runtime_s": metrics.get("runtime_s"),
        "headline": metrics.get("headline"),
        "results": res,
    }


def headline(metrics: dict, channel: str = "structured", system: str = "cesrec") -> dict:
    """The question the report must answer, per backbone: at turn T, is `system` >= 1.5x srs_only on
    HR@10, and above attribute_filter with a paired p < 0.05?"""
    T = metrics["config"]["turns"]
    out: dict[str, Any] = {}
    for backbone, bm in metrics["backbones"].items():
        systems = bm["channels"].get(channel, {})
        if system not in systems:
            continue
        rec = systems[system]
        hr = rec["turns"][T]["hr_at_10"]
        srs = bm["channels"].get(channel, {}).get("srs_only") or next(
            (s["srs_only"] for s in bm["channels"].values() if "srs_only" in s), None)
        af = systems.get("attribute_filter")
        row: dict[str, Any] = {"hr_at_10": hr}
        if srs is not None:
            row["srs_only_hr_at_10"] = srs["turns"][T]["hr_at_10"]
            row["ratio_vs_srs_only"] = hr / max(row["srs_only_hr_at_10"], 1e-12)
            row["meets_1_5x"] = row["ratio_vs_srs_only"] >= 1.5
        if af is not None:
            test = rec["tests"]["vs_attribute_filter"][f"hr_at_10_turn{T}"]
            row["attribute_filter_hr_at_10"] = af["turns"][T]["hr_at_10"]
            row["diff_vs_attribute_filter"] = test["mean_diff"]
            row["diff_ci95"] = test["diff_ci95"]
            row["p_wilcoxon_vs_attribute_filter"] = test["wilcoxon_p"]
            row["p_t_vs_attribute_filter"] = test["t_p"]
            row["beats_attribute_filter_p05"] = bool(test["mean_diff"] > 0 and test["wilcoxon_p"] < 0.05)
        out[backbone] = row
    return out


# --------------------------------------------------------------------------------------------------------
# report.md and plots
# --------------------------------------------------------------------------------------------------------


def _fmt_ci(v: float, ci: Sequence[float]) -> str:
    return f"{v:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]"


def _fmt_p(p: float) -> str:
    if p != p:  # nan
        return "n/a"
    return "<1e-4" if p < 1e-4 else f"{p:.4f}"


def render_markdown(metrics: dict) -> str:
    cfg = metrics["config"]
    T = cfg["turns"]
    lines = [f"# Evaluation: {cfg.get('protocol', 'pipeline')} protocol on {cfg.get('dataset')}", ""]
    lines.append(f"Date {metrics.get('date')}; machine: {metrics.get('machine', {}).get('cpu')} "
                 f"({metrics.get('machine', {}).get('cores')} cores); runtime {metrics.get('runtime_s', 0):.0f} s.")
    lines.append(f"Turns {T}; seeds {cfg.get('seeds')}; shown list k = {cfg.get('k')}; budget "
                 f"`{cfg.get('budget')}` (noise {cfg.get('noise_rate')}); mode `{cfg.get('mode')}`; stage "
                 f"`{cfg.get('stage')}`; verbalizer `{cfg.get('verbalizer')}`.")
    lines.append("Full-ranking metrics (all items, history and already-shown items excluded); CI = 95% bootstrap "
                 "over users of seed-averaged values; p = Wilcoxon signed-rank (paired over users), t-test in "
                 "metrics.json. Sessions that accepted keep their accepted list in later turns.")
    lines.append("")
    for channel, hl in (metrics.get("headline") or {}).items():
        if not hl:
            continue
        lines += [f"## Headline ({channel} channel, turn {T}): does cesrec beat srs_only x1.5 and attribute_filter?",
                  "",
                  "| backbone | cesrec HR@10 | srs_only | ratio | >= 1.5x | attribute_filter | diff [95% CI] | p (Wilcoxon) | p (t) | beats filter (p<0.05) |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for b, r in hl.items():
            ci = r.get("diff_ci95") or [float("nan")] * 2
            lines.append(
                f"| {b} | {r['hr_at_10']:.3f} | {r.get('srs_only_hr_at_10', float('nan')):.3f} | "
                f"{r.get('ratio_vs_srs_only', float('nan')):.2f} | {r.get('meets_1_5x')} | "
                f"{r.get('attribute_filter_hr_at_10', float('nan')):.3f} | "
                f"{r.get('diff_vs_attribute_filter', float('nan')):+.4f} [{ci[0]:+.4f}, {ci[1]:+.4f}] | "
                f"{_fmt_p(r.get('p_wilcoxon_vs_attribute_filter', float('nan')))} | "
                f"{_fmt_p(r.get('p_t_vs_attribute_filter', float('nan')))} | {r.get('beats_attribute_filter_p05')} |")
        lines.append("")
    for backbone, bm in metrics["backbones"].items():
        lines.append(f"## {backbone}")
        lines.append("")
        lines.append(f"Users {bm['users_kept']} of {bm['users']} (leaked sessions {bm['leaked_sessions']}, "
                     f"users dropped {bm['leaked_users']}).")
        for channel, systems in bm["channels"].items():
            lines += ["", f"### channel `{channel}` — HR@10 per turn", ""]
            head = "| system | " + " | ".join(f"turn {t}" for t in range(T + 1)) + \
                " | NDCG@10 T | success | avg turns | p vs srs_only | p vs attr_filter |"
            lines += [head, "|" + "---|" * (T + 7)]
            for system, rec in systems.items():
                cells = [_fmt_ci(r["hr_at_10"], r["hr_at_10_ci95"]) for r in rec["turns"]]
                last = rec["turns"][T]
                ps = []
                for ref in ("vs_srs_only", "vs_attribute_filter"):
                    t = rec.get("tests", {}).get(ref, {}).get(f"hr_at_10_turn{T}") if T >= 1 else None
                    ps.append(f"{_fmt_p(t['wilcoxon_p'])} ({t['mean_diff']:+.3f})" if t else "—")
                lines.append(f"| {system} | " + " | ".join(cells) +
                             f" | {last['ndcg_at_10']:.3f} | {rec['success_rate']:.3f} | "
                             f"{rec['avg_turns_to_success']:.2f} | {ps[0]} | {ps[1]} |")
            if channel == "text":
                tp = next((r["text_parse"] for r in systems.values() if r.get("text_parse")), None)
                if tp:
                    lines += ["", f"Rule parser on simulator utterances: attribute recall "
                                  f"{tp.get('attribute_recall', 0):.3f}, exact {tp.get('exact_rate', 0):.3f}, "
                                  f"spurious {tp.get('spurious', 0)}, empty parses {tp.get('empty', 0)}."]
        lines.append("")
    for note in metrics.get("notes", []):
        lines.append(f"- {note}")
    return "\n".join(lines) + "\n"


def plot_metrics(metrics: dict, out_dir: str | Path, channel: str = "structured") -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = []
    for metric, fname in (("hr_at_10", "hr10.png"), ("ndcg_at_10", "ndcg10.png")):
        backs = list(metrics["backbones"])
        fig, axes = plt.subplots(1, len(backs), figsize=(6 * len(backs), 4.2), squeeze=False)
        for ax, b in zip(axes[0], backs, strict=True):
            chans = metrics["backbones"][b]["channels"]
            systems = chans.get(channel) or next(iter(chans.values()))
            for name, rec in systems.items():
                xs = [r["turn"] for r in rec["turns"]]
                ys = [r[metric] for r in rec["turns"]]
                lo = [r[f"{metric}_ci95"][0] for r in rec["turns"]]
                hi = [r[f"{metric}_ci95"][1] for r in rec["turns"]]
                (line,) = ax.plot(xs, ys, marker="o", label=name)
                ax.fill_between(xs, lo, hi, alpha=0.12, color=line.get_color())
            ax.set_title(f"{b} ({channel})")
            ax.set_xlabel("turn")
            ax.set_ylabel(metric.replace("_at_", "@").upper())
            ax.set_xticks(xs)
            ax.grid(alpha=0.3)
        axes[0][-1].legend(fontsize=7, loc="upper left")
        fig.tight_layout()
        p = Path(out_dir) / fname
        fig.savefig(p, dpi=110)
        plt.close(fig)
        out.append(p)
    return out


def finish_run(run: RunDir, metrics: dict) -> None:
    metrics.setdefault("date", time.strftime("%Y-%m-%d"))
    metrics.setdefault("machine", machine_info())
    run.write_json("metrics.json", metrics)
    (run.path / "report.md").write_text(render_markdown(metrics))
    plot_metrics(metrics, run.path)


def merge_runs(run_dirs: Sequence[str | Path], out: str | Path) -> dict:
    """Combine protocol-1 runs made one backbone at a time (same config otherwise) into one run directory
    (metrics.json, report.md, plots; transcripts stay where they are and are referenced)."""
    ms = [json.loads((Path(d) / "metrics.json").read_text()) for d in run_dirs]
    if not ms:
        raise ValueError("nothing to merge")
    base = dict(ms[0])
    keys = ("turns", "seeds", "k", "budget", "noise_rate", "mode", "stage", "channels", "systems")
    for m in ms[1:]:
        diff = [k for k in keys if m["config"].get(k) != base["config"].get(k)]
        if diff:
            raise ValueError(f"runs differ in {diff}; only the backbone may differ")
    base["config"] = {**ms[0]["config"], "backbones": [b for m in ms for b in m["config"]["backbones"]]}
    base["backbones"] = {b: v for m in ms for b, v in m["backbones"].items()}
    base["timings"] = {b: v for m in ms for b, v in m["timings"].items()}
    base["runtime_s"] = round(sum(m["runtime_s"] for m in ms), 1)
    base["merged_from"] = [str(d) for d in run_dirs]
    base["headline"] = {ch: headline(base, ch) for ch in base["config"]["channels"]}
    run = RunDir(out)
    finish_run(run, base)
    return base
