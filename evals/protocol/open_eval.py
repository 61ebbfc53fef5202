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

This module runs it (the driver and `python -m cesrec.evals.protocol.open_eval --run/--merge/--render`); the settings
are in open_config.py, the statistics and headline in open_stats.py, the settings' contexts and the diagnostics in
open_probes.py, the results files (eval_open.json/.md, plots) in open_report.py. The grid accumulates across sessions:
each (backbone, training seed, simulator seed) run is a shard in evals/results/eval_open_runs/ with its per-user rows,
commit and code/data fingerprint (open_shards.py); `--merge` builds eval_open.json from the shards and refuses to mix
fingerprints (open_merge.py); `--run ... --missing-only` runs only what the current fingerprint lacks. Continue the
issue-22 grid with
  python -m cesrec.evals.protocol.open_eval --run --backbones sasrec,gru4rec --train-seeds 42,43,44 --sim-seeds 0,1,2 \
      --missing-only --results evals/results/eval_open.json
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from cesrec.evals.protocol.open_config import SETTING_SYSTEMS, OpenEvalConfig, engine_for
from cesrec.evals.protocol.open_merge import merge_shards
from cesrec.evals.protocol.open_probes import (
    hand_description_ranks,
    reference_oracle_overlap,
    setting_context,
)
from cesrec.evals.protocol.open_report import write_results
from cesrec.evals.protocol.open_shards import (
    SHARD_DIR,
    Shard,
    fingerprint,
    missing_runs,
    model_digest,
    read_shards,
    write_shard,
)
from cesrec.evals.protocol.pipeline import build_context, make_verbalizer, run_pipeline_system
from cesrec.evals.protocol.systems import OPEN_SYSTEMS
from cesrec.evals.protocol.types import ProtocolError
from cesrec.evals.simulator import budget_named


def _engine_context(cfg: OpenEvalConfig, bb: str, ts: int, engine: Any, progress: bool) -> tuple[Any, Any, int]:
    eng = engine or engine_for(bb, ts, cfg.dataset, cfg.source, progress, **cfg.train_overrides)
    n = eng.dataset.num_users if cfg.users is None else min(cfg.users, eng.dataset.num_users)
    return eng, build_context(eng.dataset, eng.model, bb, range(n), cfg.stage, k=cfg.k, engine=eng), n


def _run_engine_job(cfg: OpenEvalConfig, bb: str, ts: int, sims: tuple[int, ...], base_meta: dict,
                    shard_dir: Path | None = None, engine: Any = None, progress: bool = False) -> list[Shard]:
    """Every (budget or setting, system) run of one SRS training run (one backbone and seed) for each simulator seed
    in `sims`: one shard per simulator seed, written to `shard_dir` (when given) as soon as it is complete."""
    import torch
    from cesrec.evals.protocol.sessions import item_relations
    from threadpoolctl import threadpool_limits

    out = []
    with threadpool_limits(1, "blas"):
        torch.set_num_threads(1)
        t_engine = time.perf_counter()
        eng, ctx, n = _engine_context(cfg, bb, ts, engine, progress)
        jobs = [(budget, budget, ctx, {}, cfg.systems) for budget in cfg.budgets]
        for setting in cfg.settings:
            c2, kw = setting_context(ctx, setting)
            jobs.append((f"setting:{setting}", cfg.settings_budget, c2, kw, cfg.setting_systems))
        hand = hand_description_ranks(eng)
        digest = model_digest(eng)
        setup_s = time.perf_counter() - t_engine
        for ss in sims:
            t0 = time.perf_counter()
            runs: dict[str, dict[str, Any]] = {}
            extras: dict[str, Any] = {}
            for label, budget, c, kw, systems in jobs:
                b = budget_named(budget, cfg.noise_rate)
                kw = dict(kw)
                info = kw.pop("info", None)
                turns = kw.pop("turns", cfg.turns)
                for name in systems:
                    o = run_pipeline_system(c, name, ss, cfg.channel, turns, b, make_verbalizer("template", ss), **kw)
                    runs.setdefault(label, {})[name] = o
                    if name == "cesrec":
                        ex = extras.setdefault(label, {})
                        if info:
                            ex["setting"] = info
                        if "reference" in b.feedback_kinds:
                            ex["oracle_overlap"] = reference_oracle_overlap(eng, item_relations(ctx), o, c)
            meta = {**base_meta, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "users": n,
                    "engine": digest, "extras": extras, "hand_ranks": hand,
                    "runtime_s": round(time.perf_counter() - t0, 1),
                    "engine_setup_s": round(setup_s, 1)}
            shard = Shard(bb, ts, ss, meta, runs)
            if shard_dir is not None:
                write_shard(shard, shard_dir)
            out.append(shard)
    return out


def run_open_eval(cfg: OpenEvalConfig, progress: bool = True, engines: dict | None = None,
                  command: str = "", workers: int = 1, shard_dir: Path | None = None,
                  missing_only: bool = False) -> dict | None:
    """Run every (backbone, training seed, simulator seed) of the grid -- each a shard, written to `shard_dir` when
    given -- and merge what ran into the eval_open.json structure (None when nothing ran: --missing-only found every
    shard). `engines[(backbone, train_seed)]` may hold prebuilt engines (tests). workers > 1: one process per
    training run at a time (each is single-threaded, so 2 cores run 2)."""
    from cesrec.evals.machine import machine_line
    from cesrec.evals.provenance import provenance
    from cesrec.recmodel.datasets import open_dataset

    cfg.validate()
    prov = provenance(command)  # at the start: the code that ran, not what is checked out when it ends
    manifest = (next(iter(engines.values())).dataset.manifest if engines
                else open_dataset(cfg.dataset, cfg.source).manifest)
    fp = fingerprint(cfg, str(manifest.get("content_key")))
    base = {**prov, "machine": machine_line(), "fingerprint": fp,
            "data": {k: manifest.get(k) for k in ("name", "content_key", "users", "items", "interactions")}}
    grid = [(bb, ts, ss) for ts in sorted({t for b in cfg.backbones for t in cfg.seeds_for(b)})
            for bb in cfg.backbones if ts in cfg.seeds_for(bb) for ss in cfg.sims_for(bb)]
    if missing_only and shard_dir is not None:
        todo = set(missing_runs(shard_dir, fp["digest"], cfg.backbones, tuple(sorted({g[1] for g in grid})),
                                tuple(sorted({g[2] for g in grid}))))
        grid = [g for g in grid if g in todo]
    jobs: dict[tuple[str, int], list[int]] = {}
    for bb, ts, ss in grid:
        jobs.setdefault((bb, ts), []).append(ss)
    args = [(cfg, bb, ts, tuple(v), base, shard_dir) for (bb, ts), v in jobs.items()]
    if progress:
        print(f"open eval: {len(grid)} shard(s) to run (fingerprint {fp['digest']}): "
              + ", ".join(f"{bb}/t{ts}/s{','.join(map(str, v))}" for (bb, ts), v in jobs.items()), flush=True)
    shards: list[Shard] = []
    if workers > 1 and not engines and len(args) > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        for bb, ts in jobs:  # train (or load) in the parent first: workers only read the caches
            engine_for(bb, ts, cfg.dataset, cfg.source, progress, **cfg.train_overrides)
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
            for res in pool.map(_run_engine_job, *zip(*args, strict=True)):
                shards += res
    else:
        for a in args:
            shards += _run_engine_job(*a, engine=(engines or {}).get(a[1:3]), progress=progress)
    return merge_shards(shards, cfg.n_boot, command) if shards else None


def merge_dir(shard_dir: Path, n_boot: int = 1000, command: str = "", digest: str | None = None) -> dict:
    """eval_open.json's structure from the shards in `shard_dir` (only those of fingerprint `digest` when given)."""
    shards = [s for s in read_shards(shard_dir) if digest is None or s.digest == digest]
    if not shards:
        raise ProtocolError(f"no shards in {shard_dir}" + (f" with fingerprint {digest}" if digest else ""))
    return merge_shards(shards, n_boot, command)


def _parser() -> Any:
    import argparse

    ap = argparse.ArgumentParser(description="Run the open evaluation (one shard per backbone, training seed and "
                                             "simulator seed), merge the shards, or render eval_open.md and plots.")
    ap.add_argument("--render", type=Path)
    ap.add_argument("--run", action="store_true", help="run the grid; each run writes its shard to --shards")
    ap.add_argument("--merge", action="store_true", help="build --results from every shard in --shards")
    ap.add_argument("--shards", type=Path, default=SHARD_DIR, help="the shards' folder (default %(default)s)")
    ap.add_argument("--missing-only", action="store_true",
                    help="--run only the grid's runs that have no shard of the current code's fingerprint")
    ap.add_argument("--fingerprint", default=None, help="--merge only the shards of this fingerprint digest")
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
    return ap


def main(argv: list[str] | None = None) -> None:
    """`--render evals/results/eval_open.json`: rewrite the .md and the plots from a results file (nothing is
    recomputed). `--run [options]`: run the open evaluation with the issue-22 settings, one shard per (backbone,
    training seed, simulator seed) in --shards (with --missing-only: only those the current fingerprint lacks);
    with --results it then merges the folder into that file. `--merge --results evals/results/eval_open.json`: the
    results file from every shard (refused when their fingerprints differ)."""
    import sys

    ap = _parser()
    a = ap.parse_args(argv)
    if a.render:
        if not a.render.is_file():
            ap.error(f"--render: no results file at {a.render}")
        write_results(json.loads(a.render.read_text()), a.render)
        return
    if not (a.run or a.merge):
        ap.error("give --render FILE, --run or --merge")
    if a.merge and not a.results:
        ap.error("--merge needs --results FILE")

    def csv(x: str) -> tuple[str, ...]:
        return tuple(v for v in x.split(",") if v)

    cmd = "python -m cesrec.evals.protocol.open_eval " + " ".join(sys.argv[1:] if argv is None else argv)
    if a.run:
        cfg = OpenEvalConfig(budgets=csv(a.budgets), settings=csv(a.settings), backbones=csv(a.backbones),
                             train_seeds=tuple(int(v) for v in csv(a.train_seeds)),
                             sim_seeds=tuple(int(v) for v in csv(a.sim_seeds)), systems=csv(a.systems),
                             setting_systems=csv(a.setting_systems), users=a.users, n_boot=a.n_boot)
        res = run_open_eval(cfg, progress=True, command=cmd, workers=a.workers, shard_dir=a.shards,
                            missing_only=a.missing_only)
        if res is None:
            print("open eval: every shard of the grid exists for the current fingerprint; nothing ran")
    if a.results:
        res = merge_dir(a.shards, a.n_boot, cmd, a.fingerprint)
        write_results(res, a.results)
        print(json.dumps({"headline": res["headline"], "coverage": res["coverage"]}, indent=1))


if __name__ == "__main__":
    main()
