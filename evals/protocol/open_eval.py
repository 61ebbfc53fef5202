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
  variant under `open`; their tests are at the user level too (a user's sessions of that kind or variant are
  averaged over the seed pairs first), and every test of the file -- main, per kind, per variant, per setting --
  is in ONE Holm family (issue 22).
- issue 22: the clues come from outside the systems (evals/simulator/outside.py); per budget the file records how
  hard the hand-written descriptions are (`description_difficulty`: the target's BM25 and embedding rank) and, per
  reference variant, how often each system signal already holds the target in the named film's top 10
  (`oracle_overlap`; a variant above a third for any signal is an oracle and is never in the headline). Settings
  built for CESRec's mechanisms (`settings`: new users, shared-account histories, drifting long conversations) run
  under the `open` budget with the ablations.

This module runs it (the driver and `python -m cesrec.evals.protocol.open_eval --run/--render`); the settings are in
open_config.py, the statistics and headline in open_stats.py, the settings' contexts and the diagnostics in
open_probes.py, the results files (eval_open.json/.md, plots) in open_report.py.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cesrec.evals.protocol.open_config import BASELINES, SETTING_SYSTEMS, OpenEvalConfig, engine_for
from cesrec.evals.protocol.open_probes import (
    hand_description_ranks,
    reference_oracle_overlap,
    self_demotion,
    setting_context,
)
from cesrec.evals.protocol.open_report import write_results
from cesrec.evals.protocol.open_stats import aggregate_open, headline_tests
from cesrec.evals.protocol.pipeline import SessionOutcome, build_context, make_verbalizer, run_pipeline_system
from cesrec.evals.protocol.systems import OPEN_SYSTEMS
from cesrec.evals.protocol.types import EvalContext
from cesrec.evals.simulator import budget_named


def _run_engine_job(cfg: OpenEvalConfig, bb: str, ts: int, engine: Any = None, progress: bool = False,
                    ) -> tuple[str, int, list[tuple[str, str, int, SessionOutcome]], dict | None]:
    """Every (budget or setting, simulator seed, system) run of one SRS training run (one backbone and seed)."""
    import torch
    from cesrec.evals.protocol.sessions import item_relations
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, "blas"):
        torch.set_num_threads(1)
        eng = engine or engine_for(bb, ts, cfg.dataset, cfg.source, progress, **cfg.train_overrides)
        n = eng.dataset.num_users if cfg.users is None else min(cfg.users, eng.dataset.num_users)
        ctx: EvalContext = build_context(eng.dataset, eng.model, bb, range(n), cfg.stage, k=cfg.k, engine=eng)
        first = ts == cfg.seeds_for(bb)[0]
        demotion = self_demotion(eng, item_relations(ctx), users=n) if first and cfg.self_demotion else None
        extras: dict[str, Any] = {}
        hand = hand_description_ranks(eng) if first else None
        runs = []
        jobs = [(budget, budget, ctx, {}, cfg.systems) for budget in cfg.budgets]
        for setting in cfg.settings:
            c2, kw = setting_context(ctx, setting)
            jobs.append((f"setting:{setting}", cfg.settings_budget, c2, kw, cfg.setting_systems))
        for label, budget, c, kw, systems in jobs:
            b = budget_named(budget, cfg.noise_rate)
            kw = dict(kw)
            info = kw.pop("info", None)
            turns = kw.pop("turns", cfg.turns)
            for ss in cfg.sim_seeds:
                for name in systems:
                    o = run_pipeline_system(c, name, ss, cfg.channel, turns, b, make_verbalizer("template", ss), **kw)
                    runs.append((label, name, ss, o))
                    if first and ss == cfg.sim_seeds[0] and name == "cesrec":
                        ex = extras.setdefault(label, {})
                        if info:
                            ex["setting"] = info
                        if hand is not None:
                            ex["hand_ranks"] = hand
                        if "reference" in b.feedback_kinds:
                            ex["oracle_overlap"] = reference_oracle_overlap(eng, item_relations(ctx), o, c)
    return bb, ts, runs, {"demotion": demotion, "extras": extras}


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
    budget_seconds: dict[str, float] = {b: 0.0 for b in cfg.budgets}
    demotion: dict[str, Any] = {}
    jobs = [(bb, ts) for bb in cfg.backbones for ts in cfg.seeds_for(bb)]
    bar = tqdm(total=len(jobs), desc="open eval (training runs)", disable=not progress, dynamic_ncols=True)

    extras: dict[str, dict[str, Any]] = {}

    def collect(result: tuple) -> None:
        bb, ts, runs, more = result
        if more.get("demotion") is not None:
            demotion[bb] = more["demotion"]
        for label, ex in (more.get("extras") or {}).items():
            extras.setdefault(label, {})[bb] = ex
        for budget, name, ss, o in runs:
            budget_seconds[budget] = budget_seconds.get(budget, 0.0) + o.seconds
            outcomes.setdefault(budget, {}).setdefault(bb, {}).setdefault(name, {})[(ts, ss)] = o
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
        "budgets": (budgets := aggregate_open(outcomes, cfg, extras)),
        "holm_family_size": budgets.pop("_holm")["family_size"],
        "headline": headline_tests(budgets),
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
        "headline_test": ("cesrec vs the best baseline (highest HR@10 of " + ", ".join(BASELINES) + ") under "
                          "`open` and `mixed` (clues from outside the systems), per backbone, HR@10 and NDCG@10 at the "
                          "last turn, user level, Holm-corrected over every test in the file"
                          if "open" in cfg.budgets else
                          "none in this run (the pre-declared headline test is under the `open` budget); "
                          "every comparison here is Holm-corrected"),
    }
    return out


def main(argv: list[str] | None = None) -> None:
    """`python -m cesrec.evals.protocol.open_eval --render evals/results/eval_open.json`: rewrite the .md and the plots
    from a results file (the numbers come from the run recorded in it; nothing is recomputed).
    `python -m cesrec.evals.protocol.open_eval --run [options] --results evals/results/eval_open.json`: run the open
    evaluation with the issue-22 settings (what `cesrec eval --protocol pipeline --budget open,...` runs, plus the
    choice of settings and the systems run in them)."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description="Run the open evaluation, or render eval_open.md and its plots.")
    ap.add_argument("--render", type=Path)
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--budgets", default="open,mixed,open_legacy")
    ap.add_argument("--settings", default="new_users,noisy_history,long", help="comma list; '' for none")
    ap.add_argument("--backbones", default="sasrec,gru4rec")
    ap.add_argument("--train-seeds", default="42,43,44")
    ap.add_argument("--sim-seeds", default="0,1,2")
    ap.add_argument("--systems", default=",".join(OPEN_SYSTEMS))
    ap.add_argument("--setting-systems", default=",".join(SETTING_SYSTEMS))
    ap.add_argument("--users", type=int, default=None)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--results", type=Path, default=None)
    a = ap.parse_args(argv)
    if a.render:
        if not a.render.is_file():
            ap.error(f"--render: no results file at {a.render}")
        write_results(json.loads(a.render.read_text()), a.render)
        return
    if not a.run:
        ap.error("give --render FILE or --run")

    def csv(x: str) -> tuple[str, ...]:
        return tuple(v for v in x.split(",") if v)

    cfg = OpenEvalConfig(budgets=csv(a.budgets), settings=csv(a.settings), backbones=csv(a.backbones),
                         train_seeds=tuple(int(v) for v in csv(a.train_seeds)),
                         sim_seeds=tuple(int(v) for v in csv(a.sim_seeds)), systems=csv(a.systems),
                         setting_systems=csv(a.setting_systems), users=a.users, n_boot=a.n_boot)
    cmd = "python -m cesrec.evals.protocol.open_eval " + " ".join(sys.argv[1:] if argv is None else argv)
    res = run_open_eval(cfg, progress=False, command=cmd, workers=a.workers)
    if a.results:
        write_results(res, a.results)
    print(json.dumps({"headline": res["headline"], "runtime_s": res["runtime_s"]}, indent=1))


if __name__ == "__main__":
    main()
