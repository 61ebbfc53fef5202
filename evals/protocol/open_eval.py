"""Protocol 1 on open feedback (issue 10): budgets x backbones x SRS training seeds x simulator seeds.

Simulated users speak beyond attributes (films they loved, what the film is about, critiques of a shown
film, complaints about the list; `cesrec.evals.simulator`), every system hears the same structured decision, and
the comparison is full ranking over the whole catalogue. Statistics:
- each backbone is trained with several seeds and the simulator runs with several seeds; a session's
  value is its mean over all (training seed, simulator seed) pairs;
- 95% intervals come from a hierarchical bootstrap that resamples training seeds, simulator seeds and
  users, so a lucky training run or simulator draw widens them;
- cesrec is compared with every other system on the same users (paired Wilcoxon on the per-user means),
  and the p-values are Holm-corrected over every comparison reported (budgets x backbones x systems x
  metrics). The pre-declared headline test: cesrec vs the best baseline under `open`, HR@10, turn T.
- breakdowns: HR@10 after one turn by the kind of that turn's feedback, and turn-T HR@10 per reference
  variant under `open` (units = (seed pair, user) sessions of that variant).
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from cesrec.evals.protocol.pipeline import SessionOutcome, build_context, make_verbalizer, run_pipeline_system
from cesrec.evals.protocol.stats import per_user_metrics
from cesrec.evals.protocol.systems import OPEN_SYSTEMS
from cesrec.evals.protocol.types import EvalContext, ProtocolError
from cesrec.evals.simulator import budget_named

BASELINES = ("srs_only", "attribute_filter", "semantic_retrieval", "item_knn", "score_fusion")
DEFAULT_TRAIN_SEED = 42  # the product's model; other seeds get their own cached runs


@dataclass
class OpenEvalConfig:
    budgets: tuple[str, ...] = ("open", "mixed", "headline")
    backbones: tuple[str, ...] = ("sasrec", "gru4rec")
    systems: tuple[str, ...] = OPEN_SYSTEMS
    train_seeds: tuple[int, ...] = (42, 43, 44)
    # fewer training seeds for one backbone, e.g. {"gru4rec": (42,)} when its runs could not all be trained
    train_seeds_by_backbone: dict = field(default_factory=dict)
    sim_seeds: tuple[int, ...] = (0, 1, 2)
    turns: int = 3
    k: int = 10
    users: int | None = None
    stage: str = "test"
    noise_rate: float = 0.10
    n_boot: int = 1000
    # "structured": the systems receive the simulator's decision; "text": they hear its words through the
    # rule parser (what the product's tools record), so the gap between the two is what is lost in hearing
    channel: str = "structured"
    dataset: str = "ml-100k"
    source: str | None = None
    train_overrides: dict = field(default_factory=dict)

    def seeds_for(self, backbone: str) -> tuple[int, ...]:
        return tuple(self.train_seeds_by_backbone.get(backbone, self.train_seeds))

    def validate(self) -> None:
        for b in self.budgets:
            budget_named(b, self.noise_rate)
        if "cesrec" not in self.systems:
            raise ProtocolError("the open evaluation compares cesrec with the others: include it in --systems")
        if self.channel not in ("structured", "text"):
            raise ProtocolError(f"channel must be 'structured' or 'text', not {self.channel!r}")
        if not self.train_seeds or not self.sim_seeds or not all(self.train_seeds_by_backbone.values()):
            raise ProtocolError("need at least one training seed and one simulator seed")


def engine_for(backbone: str, train_seed: int, dataset: str = "ml-100k", source: str | None = None,
               progress: bool = False, **overrides: Any) -> Any:
    """The CESRec engine of one backbone and SRS training seed (trained once, then cached)."""
    from cesrec.tools.engine import CESRecEngine

    kw = dict(overrides)
    if train_seed != DEFAULT_TRAIN_SEED:
        kw["seed"] = train_seed
    return CESRecEngine.build(dataset, backbone, source=source, progress=progress, **kw)


def _hier_boot(values: np.ndarray, n_boot: int, seed: int = 0) -> list[float]:
    """95% interval of the mean of values[train_seed, sim_seed, user], resampling all three levels."""
    rng = np.random.default_rng(seed)
    t, s, u = values.shape
    means = np.empty(n_boot)
    for b in range(n_boot):
        ti = rng.integers(0, t, t)
        si = rng.integers(0, s, s)
        ui = rng.integers(0, u, u)
        means[b] = values[np.ix_(ti, si, ui)].mean()
    return [float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))]


def holm(pvalues: dict[str, float]) -> dict[str, float]:
    """Holm-Bonferroni adjusted p-values (step-down, monotone)."""
    keys = sorted(pvalues, key=lambda k: pvalues[k])
    m = len(keys)
    out: dict[str, float] = {}
    running = 0.0
    for i, k in enumerate(keys):
        running = max(running, min(1.0, (m - i) * pvalues[k]))
        out[k] = running
    return out


def _wilcoxon(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import wilcoxon

    d = a - b
    if np.allclose(d, 0):
        return 1.0
    return float(wilcoxon(a, b, zero_method="wilcox").pvalue)


def _metric_cube(runs: dict[tuple[int, int], SessionOutcome], keep: np.ndarray, turn: int,
                 train_seeds: tuple[int, ...], sim_seeds: tuple[int, ...]) -> dict[str, np.ndarray]:
    """metric -> (train seeds, sim seeds, kept users)."""
    cube: dict[str, np.ndarray] = {}
    for a, ts in enumerate(train_seeds):
        for b, ss in enumerate(sim_seeds):
            m = per_user_metrics(runs[(ts, ss)].ranks[turn][keep])
            for name in ("hr@10", "ndcg@10"):
                arr = cube.setdefault(name, np.zeros((len(train_seeds), len(sim_seeds), int(keep.sum()))))
                arr[a, b] = m[name]
    return cube


def aggregate_open(outcomes: dict, cfg: OpenEvalConfig) -> dict:
    """outcomes[budget][backbone][system][(train_seed, sim_seed)] -> the eval_open.json `budgets` part,
    Holm-corrected over every cesrec comparison reported."""
    T = cfg.turns
    res: dict[str, Any] = {}
    raw_p: dict[str, float] = {}
    for budget, by_bb in outcomes.items():
        res[budget] = {}
        for bb, by_sys in by_bb.items():
            any_run = next(iter(next(iter(by_sys.values())).values()))
            dropped = np.zeros(len(any_run.dropped), dtype=bool)
            for runs in by_sys.values():
                for o in runs.values():
                    dropped |= o.dropped
            keep = ~dropped
            block: dict[str, Any] = {"users": int(len(keep)), "users_kept": int(keep.sum()),
                                     "leaked_users": int(dropped.sum())}
            seeds = cfg.seeds_for(bb)
            cubes = {s: _metric_cube(runs, keep, T, seeds, cfg.sim_seeds) for s, runs in by_sys.items()}
            for s, runs in by_sys.items():
                c = cubes[s]
                by_turn = []
                for t in range(T + 1):
                    ct = _metric_cube(runs, keep, t, seeds, cfg.sim_seeds)
                    by_turn.append(round(float(ct["hr@10"].mean()), 4))
                block[s] = {
                    "hr_at_10": float(c["hr@10"].mean()),
                    "ndcg_at_10": float(c["ndcg@10"].mean()),
                    "hr_at_10_ci95": _hier_boot(c["hr@10"], cfg.n_boot),
                    "ndcg_at_10_ci95": _hier_boot(c["ndcg@10"], cfg.n_boot, 1),
                    "hr_at_10_per_train_seed": [float(x) for x in c["hr@10"].mean(axis=(1, 2))],
                    "hr_at_10_by_turn": by_turn,
                    "seconds": round(float(sum(o.seconds for o in runs.values())), 1),
                }
            tests: dict[str, Any] = {}
            if "cesrec" in cubes:
                me = {m: cubes["cesrec"][m].mean(axis=(0, 1)) for m in ("hr@10", "ndcg@10")}
                for s in by_sys:
                    if s == "cesrec":
                        continue
                    other = {m: cubes[s][m].mean(axis=(0, 1)) for m in ("hr@10", "ndcg@10")}
                    t = {"diff": float(me["hr@10"].mean() - other["hr@10"].mean()),
                         "ndcg_diff": float(me["ndcg@10"].mean() - other["ndcg@10"].mean())}
                    for m in ("hr@10", "ndcg@10"):
                        key = m.replace("@", "_at_")
                        p = _wilcoxon(me[m], other[m])
                        t[f"{key}_p"] = p
                        raw_p[f"{budget}/{bb}/{s}/{key}"] = p
                    tests[f"cesrec_vs_{s}"] = t
            block["tests"] = tests
            block["per_kind_turn1"] = _per_kind(by_sys, keep, cfg)
            if budget == "open":
                block["per_variant"] = _per_variant(by_sys, keep, cfg)
            res[budget][bb] = block
    adj = holm(raw_p)
    for key, p in adj.items():
        budget, bb, s, metric = key.split("/")
        res[budget][bb]["tests"][f"cesrec_vs_{s}"][f"{metric}_p_holm"] = p
    return res


def _units(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig, turn: int) -> dict[str, dict[str, np.ndarray]]:
    """system -> {'hr': (units,), 'kind1': (units,), 'variant': (units,)} over (seed pair, kept user)."""
    out: dict[str, dict[str, np.ndarray]] = {}
    for s, runs in by_sys.items():
        hr, kind1, var = [], [], []
        for ts in sorted({k[0] for k in runs}):
            for ss in cfg.sim_seeds:
                o = runs[(ts, ss)]
                hr.append(per_user_metrics(o.ranks[turn][keep])["hr@10"])
                kinds = o.meta.get("kinds")
                kind1.append(kinds[keep, 0] if kinds is not None and kinds.shape[1] else np.full(keep.sum(), ""))
                v = o.meta.get("variant")
                var.append(v[keep] if v is not None else np.full(keep.sum(), ""))
        out[s] = {"hr": np.concatenate(hr), "kind1": np.concatenate(kind1), "variant": np.concatenate(var)}
    return out


def _per_kind(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig) -> dict:
    """HR@10 after ONE feedback turn, by the kind of that feedback (sessions still open at turn 1)."""
    if cfg.turns < 1:
        return {}
    units = _units(by_sys, keep, cfg, 1)
    ref = units.get("cesrec") or next(iter(units.values()))
    out: dict[str, Any] = {}
    for kind in sorted(set(ref["kind1"].tolist()) - {""}):
        sel = ref["kind1"] == kind
        out[kind] = {"sessions": int(sel.sum()), **{s: round(float(u["hr"][sel].mean()), 4) for s, u in units.items()}}
    return out


def _per_variant(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig) -> dict:
    """Turn-T HR@10 of each reference variant's sessions, with cesrec's paired tests (Holm within variant)."""
    units = _units(by_sys, keep, cfg, cfg.turns)
    ref = units.get("cesrec")
    if ref is None:
        return {}
    out: dict[str, Any] = {}
    for v in sorted(set(ref["variant"].tolist()) - {""}):
        sel = ref["variant"] == v
        rec: dict[str, Any] = {"sessions": int(sel.sum())}
        ps = {}
        for s, u in units.items():
            rec[s] = round(float(u["hr"][sel].mean()), 4)
            if s != "cesrec":
                ps[s] = _wilcoxon(ref["hr"][sel], u["hr"][sel])
        adj = holm(ps)
        rec["tests"] = {f"cesrec_vs_{s}": {"diff": round(rec["cesrec"] - rec[s], 4), "p": ps[s], "p_holm": adj[s]}
                        for s in ps}
        out[v] = rec
    return out


def self_demotion(engine: Any, relations: Any, users: int | None = None, neighbours: int = 10) -> dict:
    """Does appending a film to the sequence push that film and its neighbours down? For each test user,
    X = the held-out target's nearest co-occurrence neighbour outside the history; compare SRS(history)
    with SRS(history + X): the rank of X, the mean rank of X's `neighbours` nearest co-occurrence
    neighbours, and whether the target enters the top 10 (ranks over items not in the history; 1 = top)."""
    ds = engine.dataset
    n = ds.num_users if users is None else min(users, ds.num_users)
    seqs_a, seqs_b, xs, nbs, targets, hists = [], [], [], [], [], []
    for u in range(n):
        hist, target = ds.test_input(u)
        hist = [int(i) for i in hist]
        sims = relations.similarities("cooc", int(target)).copy()
        sims[hist] = -np.inf
        x = int(np.argmax(sims))
        if not np.isfinite(sims[x]):
            continue
        nsim = relations.similarities("cooc", x).copy()
        nsim[hist + [x]] = -np.inf
        nb = np.argsort(-nsim)[:neighbours]
        seqs_a.append(np.asarray(hist))
        seqs_b.append(np.asarray(hist + [x]))
        xs.append(x)
        nbs.append(nb)
        targets.append(int(target))
        hists.append(hist)
    import torch

    with torch.no_grad():
        sa = torch.cat([engine.model.score(seqs_a[i:i + 512]) for i in range(0, len(seqs_a), 512)]).numpy()
        sb = torch.cat([engine.model.score(seqs_b[i:i + 512]) for i in range(0, len(seqs_b), 512)]).numpy()

    def rank(row: np.ndarray, hist: list[int], item: int) -> int:
        r = row.copy()
        r[0] = -np.inf
        r[hist] = -np.inf
        return int((r > r[item]).sum()) + 1

    rx_a = np.array([rank(sa[j], hists[j], xs[j]) for j in range(len(xs))])
    rx_b = np.array([rank(sb[j], hists[j], xs[j]) for j in range(len(xs))])
    rn_a = np.array([np.mean([rank(sa[j], hists[j], int(i)) for i in nbs[j]]) for j in range(len(xs))])
    rn_b = np.array([np.mean([rank(sb[j], hists[j] + [xs[j]], int(i)) for i in nbs[j]]) for j in range(len(xs))])
    rt_a = np.array([rank(sa[j], hists[j], targets[j]) for j in range(len(xs))])
    rt_b = np.array([rank(sb[j], hists[j] + [xs[j]], targets[j]) for j in range(len(xs))])
    return {
        "users": len(xs),
        "x_rank_median": {"history": float(np.median(rx_a)), "history_plus_x": float(np.median(rx_b))},
        "x_rank_mean": {"history": float(rx_a.mean()), "history_plus_x": float(rx_b.mean())},
        "x_demoted_share": float((rx_b > rx_a).mean()),
        "x_neighbours_mean_rank": {"history": float(rn_a.mean()), "history_plus_x": float(rn_b.mean())},
        "x_neighbours_median_rank": {"history": float(np.median(rn_a)), "history_plus_x": float(np.median(rn_b))},
        "target_hr_at_10": {"history": float((rt_a <= 10).mean()), "history_plus_x": float((rt_b <= 10).mean())},
    }


def _run_engine_job(cfg: OpenEvalConfig, bb: str, ts: int, engine: Any = None, progress: bool = False,
                    ) -> tuple[str, int, list[tuple[str, str, int, SessionOutcome]], dict | None]:
    """Every (budget, simulator seed, system) run of one SRS training run (one backbone and seed)."""
    import torch
    from cesrec.evals.protocol.pipeline import item_relations
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, "blas"):
        torch.set_num_threads(1)
        eng = engine or engine_for(bb, ts, cfg.dataset, cfg.source, progress, **cfg.train_overrides)
        n = eng.dataset.num_users if cfg.users is None else min(cfg.users, eng.dataset.num_users)
        ctx: EvalContext = build_context(eng.dataset, eng.model, bb, range(n), cfg.stage, k=cfg.k, engine=eng)
        demotion = self_demotion(eng, item_relations(ctx), users=n) if ts == cfg.seeds_for(bb)[0] else None
        runs = []
        for budget in cfg.budgets:
            b = budget_named(budget, cfg.noise_rate)
            for ss in cfg.sim_seeds:
                for name in cfg.systems:
                    o = run_pipeline_system(ctx, name, ss, cfg.channel, cfg.turns, b, make_verbalizer("template", ss))
                    runs.append((budget, name, ss, o))
    return bb, ts, runs, demotion


def run_open_eval(cfg: OpenEvalConfig, progress: bool = True, engines: dict | None = None,
                  command: str = "", workers: int = 1) -> dict:
    """Run every (budget, backbone, training seed, simulator seed, system) and aggregate into the
    eval_open.json structure. `engines[(backbone, train_seed)]` may hold prebuilt engines (tests).
    workers > 1: one process per training run at a time (each is single-threaded, so 2 cores run 2)."""
    from cesrec.evals.machine import machine_line
    from tqdm.auto import tqdm

    cfg.validate()
    from cesrec.evals.provenance import provenance

    prov = provenance(command)  # at the start: the code that ran, not what is checked out when it ends
    t0 = time.perf_counter()
    outcomes: dict[str, dict[str, dict[str, dict]]] = {b: {} for b in cfg.budgets}
    budget_seconds = {b: 0.0 for b in cfg.budgets}
    demotion: dict[str, Any] = {}
    jobs = [(bb, ts) for bb in cfg.backbones for ts in cfg.seeds_for(bb)]
    bar = tqdm(total=len(jobs), desc="open eval (training runs)", disable=not progress, dynamic_ncols=True)

    def collect(result: tuple) -> None:
        bb, ts, runs, dem = result
        if dem is not None:
            demotion[bb] = dem
        for budget, name, ss, o in runs:
            budget_seconds[budget] += o.seconds
            outcomes[budget].setdefault(bb, {}).setdefault(name, {})[(ts, ss)] = o
        bar.update(1)

    if workers > 1 and not engines:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        for bb, ts in jobs:  # train (or load) in the parent first: workers only read the caches
            engine_for(bb, ts, cfg.dataset, cfg.source, progress, **cfg.train_overrides)
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
            for res in pool.map(_run_engine_job, [cfg] * len(jobs), [j[0] for j in jobs], [j[1] for j in jobs]):
                collect(res)
    else:
        for bb, ts in jobs:
            collect(_run_engine_job(cfg, bb, ts, (engines or {}).get((bb, ts)), progress))
    bar.close()
    from cesrec.recmodel.datasets import open_dataset

    # the engines' data (given engines, else the prepared cache the engines were built from)
    manifest = (next(iter(engines.values())).dataset.manifest if engines
                else open_dataset(cfg.dataset, cfg.source).manifest)
    out = {
        "machine": machine_line(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        **prov,
        "config": asdict(cfg),
        "data": {k: manifest.get(k) for k in ("name", "content_key", "users", "items", "interactions")},
        "budgets": aggregate_open(outcomes, cfg),
        "train_seeds": list(cfg.train_seeds),
        "train_seeds_by_backbone": {b: list(cfg.seeds_for(b)) for b in cfg.backbones},
        "sim_seeds": list(cfg.sim_seeds),
        "self_demotion": demotion,
        "protocol_seconds_per_budget": {b: round(s, 1) for b, s in budget_seconds.items()},
        # one simulator seed x one training run x one backbone: what "protocol 1 on all users" costs
        "protocol_seconds_per_budget_per_run": {
            b: round(s / max(1, len(jobs) * len(cfg.sim_seeds)), 1) for b, s in budget_seconds.items()},
        "workers": workers,
        "runtime_s": round(time.perf_counter() - t0, 1),
        # the pre-declared test lives in the `open` budget; a run without it says so instead of naming it
        "headline_test": ("cesrec vs the best baseline under `open`, HR@10 at the last turn, Holm-corrected"
                          if "open" in cfg.budgets else
                          "none in this run (the pre-declared headline test is under the `open` budget); "
                          "every comparison here is Holm-corrected"),
    }
    return out


def render_open_markdown(res: dict, stem: str = "eval_open") -> str:
    """The README section: per budget and backbone, HR@10 / NDCG@10 at turn T with CIs and Holm p-values."""
    by_bb = res.get("train_seeds_by_backbone") or {}
    seeds_txt = "; ".join(f"{b} {v}" for b, v in by_bb.items()) or str(res["train_seeds"])
    lines = [f"Command: `{res.get('command', '')}` (commit {res.get('git_commit', 'unknown')}); the plots "
             f"{stem}_<budget>.png come from the same run.", "",
             f"Measured {res['date']} on {res['machine']}; SRS training seeds {seeds_txt}, simulator "
             f"seeds {res['sim_seeds']}, all {next(iter(next(iter(res['budgets'].values())).values()))['users']}"
             f" test users, full ranking, {res['config'].get('channel', 'structured')} feedback channel.", ""]
    for budget, by_bb in res["budgets"].items():
        lines += [f"**{budget}** (turn {res['config']['turns']})", "",
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
                systems = [s for s in next(iter(pk.values())) if s != "sessions"]
                lines += [f"HR@10 after one turn by feedback kind ({budget}, {bb}):", "",
                          "| kind | sessions | " + " | ".join(systems) + " |", "|---|---|" + "---|" * len(systems)]
                for kind, rec in pk.items():
                    lines.append(f"| {kind} | {rec['sessions']} | " + " | ".join(f"{rec[s]:.3f}" for s in systems) + " |")
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
        p = results.parent / f"{results.stem}_{budget}.png"
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


def main() -> None:
    """`python -m cesrec.evals.protocol.open_eval --render evals/results/eval_open.json`: rewrite the .md and the plots from
    a results file (the numbers come from the run recorded in it; nothing is recomputed)."""
    import argparse

    ap = argparse.ArgumentParser(description="Render eval_open.md and its plots from eval_open.json.")
    ap.add_argument("--render", type=Path, required=True)
    a = ap.parse_args()
    if not a.render.is_file():
        ap.error(f"--render: no results file at {a.render}")
    write_results(json.loads(a.render.read_text()), a.render)


if __name__ == "__main__":
    main()
