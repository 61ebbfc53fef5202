"""`cesrec bench srs`: quality and speed of the sequential recommenders against RecBole's and RecTools' SASRec.

For each backbone (sasrec, gru4rec; ease as the non-sequential baseline): validation and test HR/NDCG@10
(full ranking, history excluded), training wall time to the best epoch and its learning curve, recommend() p50
latency for one user, and the throughput of the product/evaluation scoring path (`score(sequences, masks)`) on a
synthetic 100k-item catalogue (same architecture, random weights: throughput does not depend on the weights).
Peers, each in its own venv, trained on exactly our split in the same run (in parallel with our models by
default) to their own early stopping unless --peer-time-budget caps them: RecBole 1.2.1 SASRec (CE loss,
scripts/setup_recbole.sh, evals/bench/recbole_peer.py) and RecTools SASRec (softmax loss, scripts/setup_rectools.sh,
evals/bench/rectools_peer.py). Both are scored by our evaluator; RecBole also by its own. Writes
evals/results/bench_srs.json (+ bench_srs_peer_<peer>.json/.log) and a markdown fragment bench_srs.md.
The peers' venvs and processes live in evals/bench/srs_peers.py, the targets and the markdown in srs_report.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from cesrec.evals.bench.srs_peers import (
    PEERS,
    ROOT,
    finish_peer,
    kill_peer,
    peer_entry,
    peer_files,
    read_peer,
    start_peer,
)
from cesrec.evals.bench.srs_report import write_result
from cesrec.evals.machine import machine_line
from cesrec.recmodel.data import SequenceDataset, cesrec_home
from cesrec.recmodel.datasets import open_dataset
from cesrec.recmodel.metrics import evaluate
from cesrec.recmodel.registry import build_model
from cesrec.recmodel.runs import dir_lock, fit_model, resolve_run, save_run

RESULTS = ROOT / "evals" / "results"
SYNTH_ITEMS = 100_000


def recommend_p50_ms(model, ds: SequenceDataset, users: int = 200, seed: int = 0) -> float:
    """Median wall time of one recommend(k=10, history excluded) call for a single user, on one intra-op
    thread (a request this small only loses time to thread hand-offs, badly so on a busy machine)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _recommend_p50_ms(model, ds, users, seed)
    finally:
        torch.set_num_threads(before)


def _recommend_p50_ms(model, ds: SequenceDataset, users: int, seed: int) -> float:
    rng = np.random.default_rng(seed)
    picks = rng.choice(ds.num_users, size=min(users, ds.num_users), replace=False)
    for u in picks[:10]:  # warm-up
        seq, _ = ds.test_input(int(u))
        model.recommend(seq, k=10, exclude=seq)
    times = []
    for u in picks:
        seq, _ = ds.test_input(int(u))
        t = time.perf_counter()
        model.recommend(seq, k=10, exclude=seq)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


SCORING_BATCH, SCORING_THREADS = 1024, 2


def scoring_users_per_s(name: str, model_cfg: dict, batch: int = SCORING_BATCH, threads: int = SCORING_THREADS,
                        batches: int = 5, seed: int = 0) -> dict:
    """Throughput of the path the product and the evaluation call: `model.score(sequences, masks)` (full logits,
    as tools.engine.srs_scores and recmodel.metrics.evaluate use them) on a synthetic 100k-item catalogue with
    random weights (throughput does not depend on them). One configuration: batches of `batch` users of random
    lengths 5..max_len with masks, `threads` torch threads; median over batches. Also recorded: users per
    CPU-second (what the work costs, whatever else runs here), the load average, and a split of one batch's
    time into the sequence encoder and the catalogue matmul."""
    if name == "ease":
        return {"users_per_s": None, "note": "EASE needs a dense 100k x 100k item-item matrix (40 GB): not run"}
    from cesrec.recmodel.neural import pad_batch

    torch.manual_seed(seed)
    model = build_model(name, SYNTH_ITEMS, **model_cfg)
    rng = np.random.default_rng(seed)
    seqs = [rng.integers(1, SYNTH_ITEMS + 1, size=int(rng.integers(5, model.max_len + 1))) for _ in range(batch)]
    masks = [np.zeros(len(s), dtype=bool) for s in seqs]
    before = torch.get_num_threads()
    out: dict = {"path": "score(sequences, masks)", "batch": batch, "threads": threads, "num_items": SYNTH_ITEMS}
    try:
        torch.set_num_threads(threads)
        model.score(seqs, masks)  # warm-up
        rates, cpu_rates = [], []
        load0 = os.getloadavg()[0]
        for _ in range(batches):
            t, c = time.perf_counter(), time.process_time()
            model.score(seqs, masks)
            rates.append(batch / (time.perf_counter() - t))
            cpu_rates.append(batch / max(time.process_time() - c, 1e-9))
        out["users_per_s"] = round(statistics.median(rates), 1)
        out["users_per_cpu_second"] = round(statistics.median(cpu_rates), 1)
        out["load_average_1min_before_after"] = [round(load0, 1), round(os.getloadavg()[0], 1)]
        with torch.inference_mode():  # where the time goes (same batch, same threads)
            model.module.eval()
            padded = pad_batch(seqs, model.max_len, model.pad_side)
            t = time.perf_counter()
            hidden = model.final_hidden(padded)
            t_enc = time.perf_counter() - t
            t = time.perf_counter()
            model.logits(hidden)
            t_mm = time.perf_counter() - t
        out["seconds_per_batch_split"] = {"encoder": round(t_enc, 3), "catalogue_matmul": round(t_mm, 3)}
        t = time.perf_counter()
        model.score_topk(seqs, k=10, masks=masks)
        out["score_topk10_users_per_s_same_config"] = round(batch / (time.perf_counter() - t), 1)
    finally:
        torch.set_num_threads(before)
    out["note"] = (f"product path score(sequences, masks): batch {batch} users (random lengths 5..{model.max_len}), "
                   f"{threads} torch thread(s), 100k items, random weights; median of {batches} batches")
    return out


def bench_backbone(ds: SequenceDataset, name: str, **overrides) -> dict:
    load_before = os.getloadavg()[0]
    model, report, mcfg, tcfg = fit_model(ds, name, **overrides)
    load_after = os.getloadavg()[0]
    # saved where train_or_load looks for this exact config, so tools/ reuse the benchmarked weights;
    # if another process is training that run right now, keep ours beside it instead of waiting
    out_dir, key = resolve_run(ds, name, **overrides)
    try:
        with dir_lock(out_dir, wait=False):
            save_run(model, out_dir, ds, report, tcfg, key)
    except BlockingIOError:
        out_dir = cesrec_home() / "bench" / "runs" / out_dir.name
        save_run(model, out_dir, ds, report, tcfg, key)
    val, test = evaluate(model, ds, "valid"), evaluate(model, ds, "test")
    synth_cfg = {k: v for k, v in (vars(model.config) if model.config is not None else {}).items()}
    return {
        "hr_at_10": test["hr@10"],
        "ndcg_at_10": test["ndcg@10"],
        "valid_hr_at_10": val["hr@10"],
        "valid_ndcg_at_10": val["ndcg@10"],
        "test_metrics": {k: v for k, v in test.items() if "@" in k},
        "train_seconds": report["train_seconds"],
        "train_seconds_total": report.get("total_seconds"),
        "amp": report.get("amp"),  # "bfloat16" when trained under CPU bf16 autocast  # to the last epoch run (best + what followed)
        "best_epoch": report.get("best_epoch"),
        "epochs_run": report.get("epochs_run"),
        "epochs": report.get("epochs_run"),
        # early_stopping (patience ran out), schedule_end (a cosine schedule's last epoch) or cap
        "stopped_by": None if name == "ease" else report.get("stopped_by"),
        "epoch_seconds_median": report.get("epoch_seconds_median"),
        "curve": report.get("curve"),
        "_model": model,
        "load_average_1min_before_after_training": [round(load_before, 1), round(load_after, 1)],
        "run_dir": str(out_dir),
        "model_config": synth_cfg,
        "train_config": tcfg if name in ("sasrec", "gru4rec") else None,
    }


def fp32_rerun(ds: SequenceDataset, extra: dict) -> dict:
    """Our SASRec once more with the same recipe but without bf16 autocast: the peers train in fp32, so the
    time-to-best ratio is also reported without the CPU's bf16 units (not saved as a run)."""
    load_before = os.getloadavg()[0]
    model, report, *_ = fit_model(ds, "sasrec", cpu_bf16=False, **extra)
    val, test = evaluate(model, ds, "valid"), evaluate(model, ds, "test")
    return {"train_seconds": report["train_seconds"], "train_seconds_total": report["total_seconds"],
            "best_epoch": report["best_epoch"], "epochs_run": report["epochs_run"],
            "stopped_by": report["stopped_by"], "epoch_seconds_median": report["epoch_seconds_median"],
            "valid_ndcg_at_10": val["ndcg@10"], "ndcg_at_10": test["ndcg@10"], "hr_at_10": test["hr@10"],
            "curve": report["curve"],
            "load_average_1min_before_after": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="cesrec bench srs", description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", default="ml-100k")
    ap.add_argument("--source", default=None)
    ap.add_argument("--backbones", default="sasrec,ease,gru4rec")
    ap.add_argument("--epochs", type=int, default=None, help="cap our training epochs (default: TrainConfig)")
    ap.add_argument("--peers", default=",".join(PEERS), help=f"comma list of peers ({', '.join(PEERS)})")
    ap.add_argument("--recbole-epochs", type=int, default=500,
                    help="RecBole's epoch cap (large: its early stopping, stopping_step 10, decides)")
    ap.add_argument("--peer-time-budget", type=float, default=None,
                    help="stop a peer after this many training seconds (then stopped_by='cap'): for a peer that "
                         "cannot reach its early stopping on this machine within a session (~200 s per RecBole "
                         "epoch on one quiet core)")
    ap.add_argument("--recbole-time-budget", type=float, default=None,
                    help="RecBole's own time budget (over --peer-time-budget), so RecTools can run to its early "
                         "stopping on a loaded machine while RecBole (minutes per epoch) is capped")
    ap.add_argument("--peer", choices=["run", "parallel", "reuse", "skip"], default="parallel",
                    help="run the peers after our models, in parallel with them (each process gets --threads torch "
                         "threads), reuse their evals/results/bench_srs_peer_*.json, or skip them")
    ap.add_argument("--peer-only", action="store_true", help="only run the peers and write their JSON")
    ap.add_argument("--rebuild", action="store_true",
                    help="no training: recompute the peer entries, ratios and targets of an existing --out from the "
                         "peer JSONs beside it (after a fix to how they are derived); the measuring run's command "
                         "and commit stay, the rebuild's are added under 'rebuilt'")
    ap.add_argument("--scoring-only", action="store_true",
                    help="no training: only the product-path scoring throughput (100k synthetic items) of each "
                         "backbone, with the model configuration bench_srs.json trained, written to "
                         "evals/results/bench_scoring.json (or --out)")
    ap.add_argument("--repeats", type=int, default=3, help="with --scoring-only: independent measurements")
    ap.add_argument("--threads", type=int, default=None,
                    help="torch intra-op threads for training/eval (default: torch's; 1 is faster on a busy box)")
    ap.add_argument("--fp32-check", action="store_true",
                    help="when our SASRec trained under CPU bf16, train it again in fp32 with the same recipe and "
                         "report that time-to-best ratio too (the peers train in fp32)")
    ap.add_argument("--out", default=str(RESULTS / "bench_srs.json"))
    ap.add_argument("--md", default=str(RESULTS / "bench_srs.md"))
    return ap


def main(argv: list[str] | None = None) -> dict:
    ap = _parser()
    args = ap.parse_args(argv)
    if args.threads is not None and args.threads < 1:
        ap.error(f"--threads must be >= 1, got {args.threads}")
    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    bad = [p for p in peers if p not in PEERS]
    if bad:
        ap.error(f"--peers: unknown peer(s) {bad}; choose from {list(PEERS)}")
    if args.scoring_only:
        return scoring_only(argv, args.backbones, args.repeats,
                            Path(args.out) if args.out != str(RESULTS / "bench_srs.json") else RESULTS / "bench_scoring.json")
    if args.threads:
        torch.set_num_threads(args.threads)
    ds = open_dataset(args.dataset, args.source)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)

    def start(name: str) -> dict:
        pj, pl = peer_files(name, out.parent)
        print(f"[bench srs] peer {name} started (log: {pl})", flush=True)
        budget = args.recbole_time_budget if name == "recbole_sasrec" and args.recbole_time_budget else \
            args.peer_time_budget
        return start_peer(name, ds, pj, pl, args.threads, args.recbole_epochs if name == "recbole_sasrec" else None,
                          budget)

    if args.peer_only:
        res = {n: finish_peer(h) for n, h in {n: start(n) for n in peers}.items()}
        print(json.dumps({n: {k: v for k, v in peer_entry(n, r).items() if k != "curve"} for n, r in res.items()},
                         indent=2))
        return res

    from cesrec.evals.provenance import provenance

    prov = provenance("python -m cesrec.evals.bench.srs " + " ".join(sys.argv[1:] if argv is None else argv))
    if args.rebuild:
        if not out.exists():
            ap.error(f"--rebuild: no {out}; run the benchmark first")
        return _rebuild(ap, out, Path(args.md), peers, prov)
    return _measure(ds, args, peers, start, out, prov)


def _rebuild(ap: argparse.ArgumentParser, out: Path, md: Path, peers: list[str], prov: dict) -> dict:
    """--rebuild: the peer entries, ratios and targets of a finished run re-derived from the peer JSONs beside it."""
    result = json.loads(out.read_text())
    if result.get("partial"):
        ap.error(f"--rebuild: {out} is from an interrupted run")
    result["peers"] = {n: peer_entry(n, read_peer(peer_files(n, out.parent)[0])) for n in peers}
    result["rebuilt"] = {**prov, "date": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    return write_result(result, out, md)


def _measure(ds: SequenceDataset, args: argparse.Namespace, peers: list[str], start: Callable[[str], dict],
             out: Path, prov: dict) -> dict:
    """One benchmark run: the peers started (in parallel by default), our models trained and scored, the peers
    awaited (killed if anything fails), then latency and throughput once no peer trains beside them."""
    extra = {"epochs": args.epochs} if args.epochs else {}
    handles = {n: start(n) for n in peers} if args.peer == "parallel" else {}
    loads: list[float] = [os.getloadavg()[0]]
    result: dict = {
        "machine": machine_line(),
        "train_threads": torch.get_num_threads(),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "dataset": {k: ds.manifest.get(k) for k in ("name", "users", "items", "interactions", "max_seq_len")},
        "protocol": "leave-one-out, full ranking over every item, history excluded (target never excluded), "
                    "ties count half; model selection on validation NDCG@10 only",
        "backbones": {},
        "note": "wall times depend on what else runs on the machine: see load_average_* (2 cores here)",
        "peer_mode": args.peer,
        **prov,  # taken at the start: the code that ran, not whatever is checked out when the run ends
    }
    try:
        models = _run_ours(ds, args, extra, result, out, loads)
        res = _await_peers(args.peer, peers, handles, start, out, loads)
    except BaseException:
        for h in handles.values():
            kill_peer(h)
        raise
    result["peers"] = {n: peer_entry(n, r) for n, r in res.items()}
    # latency and throughput last, once no peer trains beside them
    for name, model in models.items():
        b = result["backbones"][name]
        b["recommend_p50_ms"] = recommend_p50_ms(model, ds)
        thr = scoring_users_per_s(name, b["model_config"])
        b["scoring_users_per_s"], b["scoring_detail"] = thr["users_per_s"], thr
    result["load_average_1min_samples"] = [round(x, 1) for x in loads]
    result["load_note"] = (f"shared machine ({os.cpu_count()} cores, other helpers' jobs running): 1-minute load "
                           f"average {min(loads):.1f}-{max(loads):.1f} during training; our models and the peers "
                           f"trained in parallel ({args.peer}), {args.threads or 'default'} torch thread(s) each")
    return write_result(result, out, Path(args.md))


def _run_ours(ds: SequenceDataset, args: argparse.Namespace, extra: dict, result: dict, out: Path,
              loads: list[float]) -> dict:
    """Our backbones trained and scored into result['backbones'] (a partial --out after each), and the fp32 rerun
    of SASRec when asked; returns the trained models by name."""
    models = {}
    for name in [b.strip() for b in args.backbones.split(",") if b.strip()]:
        print(f"[bench srs] {name} ...", flush=True)
        entry = bench_backbone(ds, name, **(extra if name != "ease" else {}))
        models[name] = entry.pop("_model")
        loads += entry["load_average_1min_before_after_training"]
        result["backbones"][name] = entry
        print(json.dumps({k: v for k, v in entry.items() if k not in ("test_metrics", "curve")}), flush=True)
        out.write_text(json.dumps({**result, "partial": True}, indent=2))  # survive an interrupted run
        sas = result["backbones"][name]
        # right after the bf16 run, so both precisions train while the peers (started in parallel) still do
        if name == "sasrec" and args.fp32_check and sas.get("amp"):
            print("[bench srs] sasrec again in fp32 (same recipe, cpu_bf16 off) ...", flush=True)
            sas["fp32_same_recipe"] = fp32_rerun(ds, extra)
            loads += sas["fp32_same_recipe"]["load_average_1min_before_after"]
            out.write_text(json.dumps({**result, "partial": True}, indent=2))
    return models


def _await_peers(mode: str, peers: list[str], handles: dict, start: Callable[[str], dict], out: Path,
                 loads: list[float]) -> dict:
    """Each peer's JSON: none (skip), the last run's (reuse), or its process awaited (started now under 'run';
    a handle started here joins `handles`, so a failure kills it too)."""
    res = {}
    for n in peers:
        if mode == "skip":
            res[n] = None
        elif mode == "reuse":
            res[n] = read_peer(peer_files(n, out.parent)[0])
        else:
            if n not in handles:
                handles[n] = start(n)
            print(f"[bench srs] waiting for peer {n} ...", flush=True)
            res[n] = finish_peer(handles[n])
        loads.append(os.getloadavg()[0])
    return res


def scoring_only(argv: list[str] | None, backbones: str, repeats: int, out: Path) -> dict:
    """The product-path throughput alone (no training, no peers), `repeats` times, for a quiet-machine figure;
    the configuration is the one bench_srs.json trained (so the two files describe the same model)."""
    from cesrec.evals.provenance import provenance

    if repeats < 1:
        raise SystemExit(f"--repeats must be >= 1, got {repeats}")
    trained = json.loads((RESULTS / "bench_srs.json").read_text()).get("backbones", {}) \
        if (RESULTS / "bench_srs.json").exists() else {}
    prov = provenance("python -m cesrec.evals.bench.srs " + " ".join(sys.argv[1:] if argv is None else argv))
    result: dict = {**prov, "machine": machine_line(), "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                    "repeats": repeats, "backbones": {}}
    for name in [b.strip() for b in backbones.split(",") if b.strip() and b.strip() != "ease"]:
        cfg = trained.get(name, {}).get("model_config", {})
        runs = [scoring_users_per_s(name, cfg) for _ in range(repeats)]
        rates = [r["users_per_s"] for r in runs]
        result["backbones"][name] = {
            "model_config": cfg, "users_per_s_median": round(statistics.median(rates), 1), "users_per_s": rates,
            "target_2000_met": statistics.median(rates) >= 2000, "runs": runs}
        print(f"[bench srs] {name}: {statistics.median(rates):.0f} users/s (product path; runs {rates})", flush=True)
    out.write_text(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
