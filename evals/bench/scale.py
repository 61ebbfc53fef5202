"""The whole chain at catalogue scale: generate -> prepare -> train SASRec -> build the engine -> one turn ->
protocol 1, with wall time and peak memory of every stage (issue 11, "Scale").

    python -m cesrec.evals.bench.scale --items 100000 --users 50000 --interactions 2000000

- generate: evals.bench.synthetic (power-law popularity, taste clusters with drift, item texts); not a target
  stage, timed separately;
- prepare: recmodel.prepare.prepare_dataset(interactions=..., items=..., item_extra=...) (cold cache);
- train: SASRec for `--epochs` epochs, validated once after the last (full ranking of every user's
  validation item costs users x items, as much as an epoch at 100k items); catalogues beyond
  recmodel.train.FULL_SOFTMAX_MAX_ITEMS train with a logQ-corrected sampled softmax;
- engine: item texts embedded with all-MiniLM-L6-v2 (cold: no embedding cache), the chromadb collection
  filled, the alignment adapter fitted (mini-batches, early stopping), item neighbours (cosine
  co-occurrence beyond 20k items), the CESRecEngine assembled; sub-stage seconds are recorded;
- turn: `--turns` test users, one CESRec turn each (rule-parsed genre + decade wish, apply_feedback,
  recommend_with_feedback), timed as evals/bench/turn.py does after a 10-user warm-up; p50 in ms;
- eval: protocol 1 (evals.protocol.pipeline.run_pipeline_eval: headline budget, structured channel, 3 turns,
  seed 0) for srs_only and cesrec on the first `--eval-users` users, full ranking.

Peak RSS: a thread samples this process's resident set (/proc/self/statm) every 50 ms and keeps the
maximum per stage, so a stage's figure includes what earlier stages left in memory (the chain runs in one
process, as the product does). The machine's load average is recorded before and after: other jobs share
the cores. Everything lives under a fresh `--home` that is removed afterwards unless `--keep`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "results"
TARGETS = {"chain_minutes": 45, "peak_rss_mb": 8192, "turn_p50_ms": 50}


class RssSampler:
    """Peak resident set size of this process for every open stage, sampled in a background thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self._page = os.sysconf("SC_PAGE_SIZE")
        self._open: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def rss(self) -> int:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * self._page

    def _sample(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            r = self.rss()
            with self._lock:
                for k, v in self._open.items():
                    self._open[k] = max(v, r)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def begin(self, name: str) -> None:
        with self._lock:
            self._open[name] = 0
        self._sample()

    def end(self, name: str) -> float:
        self._sample()
        with self._lock:
            return round(self._open.pop(name) / 2**20, 1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


class _Stages:
    """Times the stages (seconds + peak RSS, into `stages` or a sub-dict) and writes the results file after
    every one: a run stopped midway still shows its stages."""

    def __init__(self, result: dict, out_path: Path, sampler: RssSampler):
        self.result, self.out_path, self.sampler = result, out_path, sampler
        self.stages: dict[str, dict] = result["stages"]
        self.detail: dict[str, dict] = {}

    def save(self, status: str) -> None:
        self.result["status"] = status
        self.result["detail"] = self.detail
        self.out_path.parent.mkdir(parents=True, exist_ok=True)
        self.out_path.write_text(json.dumps(self.result, indent=2) + "\n")

    @contextlib.contextmanager
    def stage(self, name: str, into: dict | None = None):
        into = self.stages if into is None else into
        self.sampler.begin(name)
        t = time.perf_counter()
        print(f"[bench_scale] {name} ...", flush=True)
        yield
        into[name] = {"seconds": round(time.perf_counter() - t, 2), "peak_rss_mb": self.sampler.end(name)}
        print(f"[bench_scale] {name}: {into[name]}", flush=True)
        self.save(f"after {name}")


def run(args: argparse.Namespace) -> dict:
    import torch
    from cesrec.evals.machine import machine_line
    from cesrec.evals.provenance import provenance

    home = Path(args.home or tempfile.mkdtemp(prefix="cesrec-bench-scale-"))
    home.mkdir(parents=True, exist_ok=True)
    os.environ["CESREC_HOME"] = str(home)
    os.environ.pop("CESREC_EMBED_CACHE", None)  # cold: the item texts are embedded in this run
    if args.threads:
        torch.set_num_threads(args.threads)
    sampler = RssSampler()
    result: dict = {
        "machine": machine_line(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "items": args.items, "users": args.users, "interactions": args.interactions,
        "stages": {},
        "turn_p50_ms": None,
        "targets": TARGETS,
        "load_average_1_5_15min": {"before": _load()},
        **provenance(args.command),
    }
    st = _Stages(result, Path(args.out), sampler)
    try:
        ds, model = _data_and_model(args, home, st)
        engine = _engine(args, home, ds, model, st)
        _turn_and_eval(args, ds, engine, st)
    except BaseException as e:  # keep what was measured; say where it stopped
        result["error"] = f"{type(e).__name__}: {e}"
        result["load_average_1_5_15min"]["after"] = _load()
        st.save("failed")
        raise
    finally:
        sampler.stop()
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    chain = sum(v["seconds"] for v in st.stages.values())
    peak = max(v["peak_rss_mb"] for v in st.stages.values())
    result["chain_seconds"] = round(chain, 1)
    result["peak_rss_mb"] = peak
    result["load_average_1_5_15min"]["after"] = _load()
    result["meets_targets"] = {
        "chain_minutes": chain / 60 <= TARGETS["chain_minutes"],
        "peak_rss_mb": peak <= TARGETS["peak_rss_mb"],
        "turn_p50_ms": result["turn_p50_ms"] is not None and result["turn_p50_ms"] <= TARGETS["turn_p50_ms"],
    }
    st.save("complete")
    return result


def _data_and_model(args: argparse.Namespace, home: Path, st: _Stages):
    """generate -> prepare -> train: the synthetic dataset, prepared, and its SASRec."""
    from cesrec.evals.bench.synthetic import SyntheticConfig, generate, write
    from cesrec.recmodel.prepare import prepare_dataset
    from cesrec.recmodel.runs import train_or_load

    result = st.result
    with st.stage("generate", st.detail):
        cfg = SyntheticConfig(items=args.items, users=args.users, interactions=args.interactions, seed=args.seed)
        paths = write(generate(cfg), home / "synthetic")
    with st.stage("prepare"):
        ds = prepare_dataset(args.name, interactions=paths["interactions"], items=paths["items"],
                             item_extra=paths["item_extra"])
    result["prepared"] = {k: ds.manifest.get(k) for k in ("users", "items", "interactions", "users_dropped_short")}
    with st.stage("train"):
        # bounded: `epochs` epochs, validation (full ranking over every user) only after the last one
        model = train_or_load(ds, "sasrec", out_dir=home / "runs" / f"{ds.name}-sasrec", epochs=args.epochs,
                              patience=args.epochs, eval_every=args.epochs, progress=not args.quiet)
    result["train_report"] = {k: model.train_report.get(k) for k in (
        "best_epoch", "epochs_run", "total_seconds", "epoch_seconds_median", "best_valid", "train_windows",
        "loss", "train_config")}
    return ds, model


def _engine(args: argparse.Namespace, home: Path, ds, model, st: _Stages):
    """The engine stage, with its parts timed one by one (embed, chromadb, alignment, neighbours, assemble)."""
    import numpy as np
    from cesrec.tools.alignment import AlignmentConfig
    from cesrec.tools.engine import CESRecEngine
    from cesrec.tools.engine_build import DEFAULT_CONFIDENCE_P0, cached_alignment, cached_neighbours
    from cesrec.tools.semantic import SemanticIndex

    eng_dir = home / "engines" / f"{ds.name}-sasrec"
    sub: dict[str, dict] = {}
    with st.stage("engine"):
        with st.stage("embed", sub):
            semantic = SemanticIndex(ds.catalog, eng_dir / "semantic", name=ds.name, progress=not args.quiet)
        with st.stage("chromadb", sub):
            semantic.build()
        with st.stage("alignment", sub):
            collab = model.item_embeddings().astype(np.float32)
            adapted, report = cached_alignment(ds, collab, semantic, eng_dir, AlignmentConfig())
        with st.stage("neighbours", sub):
            neighbours = cached_neighbours(ds, eng_dir)
        with st.stage("assemble", sub):
            engine = CESRecEngine(ds, model, semantic, adapted, report, "sasrec", eng_dir, collaborative=collab,
                                  confidence_p0=DEFAULT_CONFIDENCE_P0, neighbours=neighbours)
    st.detail["engine"] = sub
    st.result["alignment"] = {"chosen": report["chosen"], "split": report["split"],
                              **{k: {"heldout": report[k]["heldout"], "steps": report[k].get("steps"),
                                     "train_seconds": report[k].get("train_seconds")} for k in ("mse", "infonce")}}
    st.result["neighbours"] = neighbours.method
    return engine


def _turn_and_eval(args: argparse.Namespace, ds, engine, st: _Stages) -> None:
    """One CESRec turn timed per user, then protocol 1 (structured channel, srs_only vs cesrec)."""
    import torch
    from cesrec.evals.bench.turn import time_turns
    from cesrec.evals.protocol.pipeline import PipelineConfig, run_pipeline_eval

    result = st.result
    with st.stage("turn"):
        torch.set_num_threads(1)  # a turn is small matmuls (bench_turn does the same)
        ids = list(range(min(args.turns + 10, ds.num_users)))
        time_turns(engine, ids[:10], "exact", False)  # warm-up: lazy phrase vectors, allocator growth
        turns = time_turns(engine, ids[10:], "exact", not args.quiet)
    result["turn_p50_ms"] = turns["turn_p50_ms"]
    result["turn"] = {**turns, "users": len(ids) - 10}
    with st.stage("eval"):
        pcfg = PipelineConfig(dataset=ds.name, backbones=("sasrec",), systems=("srs_only", "cesrec"),
                              channels=("structured",), seeds=(0,), users=args.eval_users)
        metrics = run_pipeline_eval(pcfg, dataset=ds, engines={"sasrec": engine}, progress=not args.quiet)
    result["eval"] = {"users": min(args.eval_users, ds.num_users), "protocol": "pipeline (protocol 1)",
                      "budget": pcfg.budget, "turns": pcfg.turns, "channel": "structured", "seed": 0,
                      "metrics": metrics["backbones"]["sasrec"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.bench.scale", description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--users", type=int, default=50_000)
    ap.add_argument("--interactions", type=int, default=2_000_000)
    ap.add_argument("--epochs", type=int, default=3, help="SASRec epochs (bounded; default 3)")
    ap.add_argument("--turns", type=int, default=50, help="users timed for one CESRec turn each")
    ap.add_argument("--eval-users", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (default 1: two threads fighting other jobs for 2 shared cores are slower)")
    ap.add_argument("--name", default="synthetic")
    ap.add_argument("--home", default=None, help="CESREC_HOME for this run (default: a fresh temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the home directory afterwards")
    ap.add_argument("--out", default=str(RESULTS / "bench_scale.json"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    args.command = "python -m cesrec.evals.bench.scale " + " ".join(argv if argv is not None else sys.argv[1:])
    r = run(args)
    print(json.dumps({k: r[k] for k in ("items", "users", "interactions", "stages", "turn_p50_ms", "chain_seconds",
                                        "peak_rss_mb", "meets_targets")}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
