"""The open evaluation's results files (evals.protocol.open_eval): eval_open.json, its eval_open.md (the table per
budget and backbone, the breakdowns) and the plots."""

from __future__ import annotations

import json
from pathlib import Path


def render_open_markdown(res: dict, stem: str = "eval_open") -> str:
    """The README section: per budget and backbone, HR@10 / NDCG@10 at turn T with CIs and Holm p-values."""
    by_bb = res.get("train_seeds_by_backbone") or {}
    seeds_txt = "; ".join(f"{b} {v}" for b, v in by_bb.items()) or str(res["train_seeds"])
    lines = [f"Command: `{res.get('command', '')}` (commit {res.get('git_commit', 'unknown')}); the plots "
             f"{stem}_<budget>.png come from the same run.", "",
             f"Measured {res['date']} on {res['machine']}; SRS training seeds {seeds_txt}, simulator "
             f"seeds {res['sim_seeds']}, all {next(iter(next(iter(res['budgets'].values())).values()))['users']}"
             f" test users, full ranking, {res['config'].get('channel', 'structured')} feedback channel.", ""]
    if res.get("shards"):
        lines += [f"Merged from {len(res['shards'])} shard(s) in evals/results/eval_open_runs/ (fingerprint "
                  f"{res.get('fingerprint')}): " + "; ".join(
                      f"{s['backbone']}/t{s['train_seed']}/s{s['sim_seed']} at {str(s['git_commit'])[:7]}, {s['date']}"
                      + ("" if s["in_grid"] else " (not in the grid)") for s in res["shards"])
                  + (f". Still missing from the issue-22 grid: {', '.join(res['coverage']['missing'])}."
                     if res.get("coverage", {}).get("missing") else "."), ""]
    for name, h in (res.get("headline") or {}).items():
        lines.append(f"- headline {name}: cesrec {h['cesrec_hr_at_10']:.3f} vs best baseline {h['best_baseline']} "
                     f"{h['baseline_hr_at_10']:.3f}: HR {h['hr_diff']:+.3f} (Holm p {_p(h['hr_p_holm'])}), NDCG "
                     f"{h['ndcg_diff']:+.3f} (Holm p {_p(h['ndcg_p_holm'])}); met: {h['met']}")
    if res.get("holm_family_size"):
        lines += [f"- Holm over all {res['holm_family_size']} tests of the file (user level).", ""]
    for budget, by_bb in res["budgets"].items():
        turns = next(iter(by_bb.values())).get("turns", res["config"]["turns"])
        lines += [f"**{budget}** (turn {turns})", "",
                  "| backbone | system | HR@10 [95% CI] | NDCG@10 | cesrec - system (HR) | p Holm (HR / NDCG) |",
                  "|---|---|---|---|---|---|"]
        for bb, block in by_bb.items():
            systems = [s for s in block if isinstance(block[s], dict) and "hr_at_10" in block[s]]
            for s in systems:
                r = block[s]
                t = block["tests"].get(f"cesrec_vs_{s}")
                diff = f"{t['diff']:+.3f}" if t else ""
                ps = f"{_p(t['hr_at_10_p_holm'])} / {_p(t['ndcg_at_10_p_holm'])}" if t else ""
                name = f"**{s}**" if s == "cesrec" else s
                lines.append(f"| {bb} | {name} | {r['hr_at_10']:.3f} [{r['hr_at_10_ci95'][0]:.3f}, "
                             f"{r['hr_at_10_ci95'][1]:.3f}] | {r['ndcg_at_10']:.3f} | {diff} | {ps} |")
        lines.append("")
    return "\n".join(lines)


def render_breakdowns(res: dict) -> str:
    lines = []
    for budget, by_bb in res["budgets"].items():
        for bb, block in by_bb.items():
            pk = block.get("per_kind_turn1") or {}
            if pk and budget in ("mixed", "open"):
                systems = [s for s in next(iter(pk.values())) if s not in ("sessions", "tests")]
                lines += [f"HR@10 after one turn by feedback kind ({budget}, {bb}):", "",
                          "| kind | sessions | " + " | ".join(systems) + " |", "|---|---|" + "---|" * len(systems)]
                for kind, rec in pk.items():
                    lines.append(f"| {kind} | {rec['sessions']} | " + " | ".join(f"{rec[s]:.3f}" for s in systems) + " |")
                lines.append("")
            oo = block.get("oracle_overlap") or {}
            if oo:
                sig = [k for k in next(iter(oo.values())) if k not in ("pairs", "any", "oracle")]
                lines += [f"Oracle overlap ({budget}, {bb}): share of (named film, target) pairs whose target is in the "
                          "film's top 10 by each system signal (> 1/3 = an oracle):", "",
                          "| variant | pairs | " + " | ".join(sig) + " | any | oracle |",
                          "|---|---|" + "---|" * (len(sig) + 2)]
                for v, rec in oo.items():
                    lines.append(f"| {v} | {rec['pairs']} | " + " | ".join(f"{rec[k]:.3f}" for k in sig)
                                 + f" | {rec['any']:.3f} | {rec['oracle']} |")
                lines.append("")
            dd = block.get("description_difficulty") or {}
            if dd.get("sessions_with_description"):
                lines.append(f"Descriptions ({budget}, {bb}): {dd['sessions_with_description']} of {dd['sessions']} "
                             "cesrec sessions heard a hand-written one; the target's rank for it: " + "; ".join(
                                 f"{k} median {dd[k]['median_rank']:.1f}, first {dd[k]['top1']:.3f}, top 10 "
                                 f"{dd[k]['top10']:.3f}" for k in ("bm25", "embedding") if k in dd))
                lines.append("")
            pv = block.get("per_variant") or {}
            if pv:
                systems = [s for s in next(iter(pv.values())) if s not in ("sessions", "tests")]
                lines += [f"HR@10 at the last turn by reference variant ({budget}, {bb}); worst cesrec "
                          "difference and its Holm p:", "",
                          "| variant | sessions | " + " | ".join(systems) + " | worst diff (p Holm) |",
                          "|---|---|" + "---|" * (len(systems) + 1)]
                for v, rec in pv.items():
                    worst = min(rec["tests"].items(), key=lambda kv: kv[1]["diff"])
                    lines.append(f"| {v} | {rec['sessions']} | " + " | ".join(f"{rec[s]:.3f}" for s in systems)
                                 + f" | {worst[1]['diff']:+.3f} vs {worst[0][len('cesrec_vs_'):]} ({_p(worst[1]['p_holm'])}) |")
                lines.append("")
    return "\n".join(lines)


def _p(p: float) -> str:
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def plot_open(res: dict, results: str | Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = []
    results = Path(results)
    for budget, by_bb in res["budgets"].items():
        fig, axes = plt.subplots(1, len(by_bb), figsize=(5.5 * len(by_bb), 4), squeeze=False)
        for ax, (bb, block) in zip(axes[0], by_bb.items(), strict=True):
            for s, r in block.items():
                if isinstance(r, dict) and "hr_at_10_by_turn" in r:
                    ax.plot(range(len(r["hr_at_10_by_turn"])), r["hr_at_10_by_turn"], marker="o", label=s,
                            linewidth=2.5 if s == "cesrec" else 1.2)
            ax.set_title(f"{budget} - {bb}")
            ax.set_xlabel("turn")
            ax.set_ylabel("HR@10 (full ranking)")
            ax.grid(alpha=0.3)
        axes[0][-1].legend(fontsize=7, loc="lower right")
        fig.tight_layout()
        # named after the results file: eval_pipeline.json's run must not overwrite eval_open.json's plots
        p = results.parent / f"{results.stem}_{budget.replace(':', '_')}.png"
        fig.savefig(p, dpi=110)
        plt.close(fig)
        paths.append(p)
    return paths


def write_results(res: dict, results: str | Path) -> None:
    results = Path(results)
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps(res, indent=2, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o)))
    md = results.with_suffix(".md")
    md.write_text("# Protocol 1 on open feedback\n\n" + render_open_markdown(res, results.stem) + "\n"
                  + render_breakdowns(res))
    plot_open(res, results)
