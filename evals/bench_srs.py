"""`cesrec bench srs`: quality and speed of the sequential recommenders, plus RecBole's SASRec as the peer.

For each backbone (sasrec, gru4rec; ease as the non-sequential baseline): validation and test HR/NDCG@10
(full ranking, history excluded), training wall time to the best epoch, recommend() p50 latency for one
user, and batched scoring throughput on a synthetic 100k-item catalogue (same architecture, random weights:
throughput does not depend on the weights). The peer is RecBole 1.2.1 SASRec (CE loss, same max length,
same split) trained in its own venv with a capped number of epochs; it is scored both by RecBole and by our
evaluator. Writes evals/results/bench_srs.json and a markdown table fragment evals/results/bench_srs.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import torch

from evals.machine import machine_line
from recmodel.data import SequenceDataset, cesrec_home
from recmodel.datasets import open_dataset
from recmodel.metrics import evaluate
from recmodel.registry import build_model
from recmodel.runs import dir_lock, fit_model, resolve_run, save_run

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "evals" / "results"
PEER_NAME = "ml100k_cesrec"
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


def scoring_users_per_s(name: str, model_cfg: dict, batch: int = 1024, batches: int = 5, seed: int = 0) -> dict:
    """Batched score() on a synthetic 100k-item catalogue with random weights (throughput does not depend on
    them); median over batches, at 1 thread and at all cores; also the fused top-10 scorer (chunked matmul +
    running top-k, history excluded), which never materialises the (batch x 100k) logits."""
    if name == "ease":
        return {"users_per_s": None, "note": "EASE needs a dense 100k x 100k item-item matrix (40 GB): not run"}
    torch.manual_seed(seed)
    model = build_model(name, SYNTH_ITEMS, **model_cfg)
    rng = np.random.default_rng(seed)
    seqs = [rng.integers(1, SYNTH_ITEMS + 1, size=model.max_len) for _ in range(batch)]
    before = torch.get_num_threads()
    out: dict = {"batch": batch, "num_items": SYNTH_ITEMS}
    try:
        for threads in sorted({1, os.cpu_count() or 1}):
            torch.set_num_threads(threads)
            for label, fn in (("score", lambda: model.score(seqs)),
                              ("score_top10", lambda: model.score_topk(seqs, k=10))):
                fn()  # warm-up
                rates, cpu_rates = [], []
                for _ in range(batches):
                    t, c = time.perf_counter(), time.process_time()
                    fn()
                    rates.append(batch / (time.perf_counter() - t))
                    cpu_rates.append(batch / max(time.process_time() - c, 1e-9))
                out[f"{label}_users_per_s_{threads}_threads"] = round(statistics.median(rates), 1)
                if threads == 1:  # per CPU-second: what one free core would do, whatever else runs here
                    out[f"{label}_users_per_cpu_second"] = round(statistics.median(cpu_rates), 1)
    finally:
        torch.set_num_threads(before)
    out["users_per_s"] = max(v for k, v in out.items() if k.startswith("score_users_per_s"))
    out["top10_users_per_s"] = max(v for k, v in out.items() if k.startswith("score_top10_users_per_s"))
    out["note"] = ("random weights, same architecture, 100k items, sequences of max_len; users_per_s = best median "
                   "of score() (full logits) over 1 thread / all cores; score_top10_* = score_topk(k=10), the fused "
                   "chunked scorer with history exclusion")
    return out


def export_recbole_atomic(ds: SequenceDataset, root: Path, name: str = PEER_NAME) -> Path:
    """Atomic files whose RecBole TO + LS(valid_and_test) split equals our leave-one-out split exactly:
    item tokens are our internal ids, timestamps are positions in our chronological order."""
    d = root / name
    d.mkdir(parents=True, exist_ok=True)
    with open(d / f"{name}.inter", "w") as f:
        f.write("user_id:token\titem_id:token\ttimestamp:float\n")
        for u, seq in enumerate(ds.sequences):
            for pos, item in enumerate(seq):
                f.write(f"u{u}\t{int(item)}\t{pos}\n")
    (d / "users.json").write_text(json.dumps([f"u{u}" for u in range(ds.num_users)]))
    (d / "sequences.json").write_text(json.dumps({f"u{u}": [int(x) for x in s] for u, s in enumerate(ds.sequences)}))
    return d


def recbole_python() -> Path:
    env = os.environ.get("CESREC_RECBOLE_VENV")
    venv = Path(env) if env else ROOT / ".venv-recbole"
    return venv / "bin" / "python"


def start_peer(ds: SequenceDataset, epochs: int, out_json: Path, log: Path, threads: int | None = None) -> dict:
    """Set up the RecBole venv if needed and start evals/recbole_peer.py there in the background."""
    py = recbole_python()
    if not py.exists():
        setup = subprocess.run(["bash", str(ROOT / "scripts" / "setup_recbole.sh"), str(py.parent.parent)],
                               capture_output=True, text=True)
        if setup.returncode != 0:
            return {"error": f"RecBole venv setup failed: {setup.stderr.strip()[-500:]}"}
    work = cesrec_home() / "bench" / "recbole"
    data_dir = export_recbole_atomic(ds, work)
    out_json.unlink(missing_ok=True)
    cmd = [str(py), str(ROOT / "evals" / "recbole_peer.py"), "--data-dir", str(data_dir), "--name", PEER_NAME,
           "--repo", str(ROOT), "--epochs", str(epochs), "--max-len",
           str(ds.max_seq_len), "--out", str(out_json)]
    env = dict(os.environ)
    if threads:
        env.update({"OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)})
    fh = open(log, "w")  # noqa: SIM115 - closed in finish_peer
    proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=str(work), env=env)
    return {"proc": proc, "log": fh, "t0": time.perf_counter(), "out_json": out_json, "log_path": log,
            "threads": threads}


def finish_peer(handle: dict) -> dict:
    """Wait for a started peer and return its JSON (or why there is none)."""
    if "proc" not in handle:
        return handle
    rc = handle["proc"].wait()
    handle["log"].close()
    out_json = handle["out_json"]
    if not out_json.exists():
        return {"error": f"peer exited {rc} without results; see {handle['log_path']}"}
    res = json.loads(out_json.read_text())
    res["wall_seconds"] = round(time.perf_counter() - handle["t0"], 1)
    res["torch_threads"] = handle["threads"]
    res["date"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    out_json.write_text(json.dumps(res, indent=2))
    return res


def run_peer(ds: SequenceDataset, epochs: int, out_json: Path, log: Path, threads: int | None = None) -> dict:
    return finish_peer(start_peer(ds, epochs, out_json, log, threads))


def peer_entry(res: dict | None) -> dict:
    if not res:
        return {"ndcg_at_10": None, "hr_at_10": None, "train_seconds": None, "note": "peer not run (--peer skip)"}
    if res.get("pending"):
        return {"ndcg_at_10": None, "hr_at_10": None, "train_seconds": None, "note": f"pending: {res['error']}"}
    if res.get("error"):
        return {"ndcg_at_10": None, "hr_at_10": None, "train_seconds": None, "note": f"could not run: {res['error']}"}
    ours = res["ours_protocol"]
    return {
        "ndcg_at_10": ours["test"]["ndcg@10"],
        "hr_at_10": ours["test"]["hr@10"],
        "valid_ndcg_at_10": ours["valid"]["ndcg@10"],
        "valid_hr_at_10": ours["valid"]["hr@10"],
        "train_seconds": res["train_seconds_to_best"],
        "train_seconds_total": res["train_seconds_total"],
        "epoch_seconds_median": res["epoch_seconds_median"],
        "epochs_run": res["epochs_run"],
        "epoch_cap": res["epoch_cap"],
        "best_epoch": res["best_epoch"],
        "recbole_own_metrics_test": res.get("recbole_test"),
        "date": res.get("date"),
        "note": (f"RecBole {res.get('recbole_version')} SASRec with its default architecture (hidden 64, 2 layers, "
                 f"2 heads, dropout 0.5), CE loss, same split and max_len, batch "
                 f"{res['args']['batch_size']}, epochs capped at {res['epoch_cap']} (~{res['epoch_seconds_median']} s"
                 f" per epoch incl. validation here, {res.get('torch_threads') or 'default'} torch thread(s)); ndcg/hr are its best-validation model scored by our evaluator "
                 "(full ranking, history excluded); recbole_own_metrics_test are RecBole's own numbers"),
    }


def fmt(x, nd=3) -> str:
    return "n/a" if x is None else f"{x:.{nd}f}"


def markdown(result: dict) -> str:
    lines = [
        f"Measured {result['date'][:10]} on {result['machine']} (ml-100k, leave-one-out, full ranking over all "
        "1,682 items, history excluded; `cesrec bench srs`).",
        "",
        "| model | valid HR@10 | valid NDCG@10 | test HR@10 | test NDCG@10 | train s (to best epoch) | "
        "recommend p50 ms | users/s @100k items |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, b in result["backbones"].items():
        lines.append(
            f"| {name} | {fmt(b.get('valid_hr_at_10'))} | {fmt(b.get('valid_ndcg_at_10'))} | {fmt(b['hr_at_10'])} | "
            f"{fmt(b['ndcg_at_10'])} | {fmt(b['train_seconds'], 1)} | {fmt(b['recommend_p50_ms'], 2)} | "
            f"{fmt(b['scoring_users_per_s'], 0)} |"
        )
    p = result["peer"]["recbole_sasrec"]
    lines.append(
        f"| RecBole 1.2.1 SASRec (peer) | {fmt(p.get('valid_hr_at_10'))} | {fmt(p.get('valid_ndcg_at_10'))} | "
        f"{fmt(p['hr_at_10'])} | {fmt(p['ndcg_at_10'])} | {fmt(p['train_seconds'], 1)} | n/a | n/a |"
    )
    lines += ["", f"Peer: {p.get('note', '')}", ""]
    loads = [v for b in result["backbones"].values() for v in b.get("load_average_1min_before_after_training", [])]
    if loads:
        lines += [f"Wall times were taken on a shared machine (1-minute load average {min(loads):.0f}-{max(loads):.0f} "
                  f"on {os.cpu_count()} cores during training), with {result.get('train_threads')} torch thread(s); "
                  "per-CPU-second scoring rates are in the JSON (scoring_detail).", ""]
    t = result.get("targets", {})
    if t:
        lines.append("Targets: " + "; ".join(f"{k}: {'met' if v.get('met') else 'missed'} ({v.get('detail')})"
                                            for k, v in t.items()))
    return "\n".join(lines) + "\n"


def targets(result: dict) -> dict:
    s, e = result["backbones"]["sasrec"], result["backbones"].get("ease")
    p = result["peer"]["recbole_sasrec"]
    out = {}
    if e:
        out["sasrec_beats_ease"] = {
            "met": s["hr_at_10"] > e["hr_at_10"] and s["ndcg_at_10"] > e["ndcg_at_10"],
            "detail": f"HR@10 {s['hr_at_10']:.3f} vs {e['hr_at_10']:.3f}, NDCG@10 {s['ndcg_at_10']:.3f} vs {e['ndcg_at_10']:.3f}",
        }
    if p.get("ndcg_at_10"):
        ratio = s["ndcg_at_10"] / p["ndcg_at_10"]
        out["ndcg_ge_1.05x_recbole"] = {"met": ratio >= 1.05, "detail": f"ratio {ratio:.3f}"}
        tr = s["train_seconds"] / p["train_seconds"] if p.get("train_seconds") else None
        out["train_time_le_0.5x_recbole"] = {
            "met": tr is not None and tr <= 0.5,
            "detail": f"ratio {tr:.3f} (RecBole epoch-capped, so its full time would be longer)" if tr else "n/a",
        }
    out["recommend_p50_le_5ms"] = {"met": s["recommend_p50_ms"] <= 5, "detail": f"{s['recommend_p50_ms']:.2f} ms"}
    out["scoring_ge_2000_users_per_s"] = {
        "met": (s["scoring_users_per_s"] or 0) >= 2000, "detail": f"{s['scoring_users_per_s']:.0f} users/s"}
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
    thr = scoring_users_per_s(name, synth_cfg)
    return {
        "hr_at_10": test["hr@10"],
        "ndcg_at_10": test["ndcg@10"],
        "valid_hr_at_10": val["hr@10"],
        "valid_ndcg_at_10": val["ndcg@10"],
        "test_metrics": {k: v for k, v in test.items() if "@" in k},
        "train_seconds": report["train_seconds"],
        "best_epoch": report.get("best_epoch"),
        "epochs_run": report.get("epochs_run"),
        "epoch_seconds_median": report.get("epoch_seconds_median"),
        "recommend_p50_ms": recommend_p50_ms(model, ds),
        "scoring_users_per_s": thr["users_per_s"],
        "scoring_detail": thr,
        "load_average_1min_before_after_training": [round(load_before, 1), round(load_after, 1)],
        "run_dir": str(out_dir),
        "model_config": synth_cfg,
        "train_config": tcfg if name in ("sasrec", "gru4rec") else None,
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="cesrec bench srs", description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", default="ml-100k")
    ap.add_argument("--source", default=None)
    ap.add_argument("--backbones", default="sasrec,ease,gru4rec")
    ap.add_argument("--epochs", type=int, default=None, help="cap our training epochs (default: TrainConfig)")
    ap.add_argument("--recbole-epochs", type=int, default=20,
                    help="epoch cap of the RecBole peer (~90 s each on 2 quiet cores here)")
    ap.add_argument("--peer", choices=["run", "parallel", "reuse", "skip"], default="run",
                    help="run the RecBole peer after our models, in parallel with them (each side gets --threads "
                         "torch threads), reuse evals/results/bench_srs_peer.json, or skip it")
    ap.add_argument("--peer-only", action="store_true", help="only run the peer and write its JSON")
    ap.add_argument("--merge-peer", action="store_true",
                    help="no training: fold the finished peer JSON into an existing bench_srs.json (+ .md)")
    ap.add_argument("--threads", type=int, default=None,
                    help="torch intra-op threads for training/eval (default: torch's; 1 is faster on a busy box)")
    ap.add_argument("--out", default=str(RESULTS / "bench_srs.json"))
    ap.add_argument("--md", default=str(RESULTS / "bench_srs.md"))
    args = ap.parse_args(argv)
    if args.threads is not None and args.threads < 1:
        ap.error(f"--threads must be >= 1, got {args.threads}")
    if args.threads:
        torch.set_num_threads(args.threads)
    ds = open_dataset(args.dataset, args.source)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    peer_json, peer_log = out.parent / "bench_srs_peer.json", out.parent / "bench_srs_peer.log"
    if args.peer_only:
        res = run_peer(ds, args.recbole_epochs, peer_json, peer_log, args.threads)
        print(json.dumps(peer_entry(res), indent=2))
        return res
    if args.merge_peer:
        if not out.exists():
            ap.error(f"--merge-peer: no {out} to merge into; run `cesrec bench srs` without it first")
        result = json.loads(out.read_text())
        result.pop("partial", None)
        result["peer"] = {"recbole_sasrec": peer_entry(_read_peer(peer_json))}
        return _write(result, out, Path(args.md))

    extra = {"epochs": args.epochs} if args.epochs else {}
    handle = None
    if args.peer == "parallel":
        print(f"[bench srs] RecBole peer started in parallel (log: {peer_log})", flush=True)
        handle = start_peer(ds, args.recbole_epochs, peer_json, peer_log, args.threads)
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
    }
    try:
        for name in [b.strip() for b in args.backbones.split(",") if b.strip()]:
            print(f"[bench srs] {name} ...", flush=True)
            result["backbones"][name] = bench_backbone(ds, name, **(extra if name != "ease" else {}))
            print(json.dumps({k: v for k, v in result["backbones"][name].items() if k != "test_metrics"}),
                  flush=True)
            out.write_text(json.dumps({**result, "partial": True}, indent=2))  # survive an interrupted run
    except BaseException:
        if handle is not None and "proc" in handle:  # do not leave the peer training in the background
            handle["proc"].kill()
            handle["proc"].wait()
            handle["log"].close()
        raise

    if args.peer == "skip":
        peer = None
    elif args.peer == "reuse":
        peer = _read_peer(peer_json)
    elif handle is not None:
        print("[bench srs] waiting for the RecBole peer ...", flush=True)
        peer = finish_peer(handle)
    else:
        print(f"[bench srs] RecBole peer (log: {peer_log}) ...", flush=True)
        peer = run_peer(ds, args.recbole_epochs, peer_json, peer_log, args.threads)
    result["peer"] = {"recbole_sasrec": peer_entry(peer)}
    return _write(result, out, Path(args.md))


def _read_peer(peer_json: Path) -> dict:
    if not peer_json.exists():
        return {"pending": True, "error": f"no peer results at {peer_json} yet (run `cesrec bench srs --peer-only`)"}
    return json.loads(peer_json.read_text())


def _write(result: dict, out: Path, md: Path) -> dict:
    if "sasrec" in result["backbones"]:
        result["targets"] = targets(result)
    out.write_text(json.dumps(result, indent=2))
    md.write_text(markdown(result))
    print(markdown(result))
    return result


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
