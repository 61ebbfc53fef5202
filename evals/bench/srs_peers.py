"""The peers of `cesrec bench srs` (evals/bench/srs.py): RecBole's and RecTools' SASRec, each in its own venv
(scripts/setup_recbole.sh, setup_rectools.sh) running evals/bench/recbole_peer.py or rectools_peer.py on our exact
split -- the split exported as RecBole atomic files, the peer processes started, awaited or killed, and each
peer's JSON turned into its entry of bench_srs.json."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import time
from pathlib import Path

from cesrec.recmodel.data import SequenceDataset, cesrec_home

ROOT = Path(__file__).resolve().parents[2]
PEER_NAME = "ml100k_cesrec"


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


PEERS = {
    "recbole_sasrec": {"label": "RecBole 1.2.1 SASRec", "env": "CESREC_RECBOLE_VENV", "venv": ".venv-recbole",
                       "setup": "setup_recbole.sh", "script": "recbole_peer.py"},
    "rectools_sasrec": {"label": "RecTools 0.19 SASRec", "env": "CESREC_RECTOOLS_VENV", "venv": ".venv-rectools",
                        "setup": "setup_rectools.sh", "script": "rectools_peer.py"},
}


def peer_python(name: str) -> Path:
    env = os.environ.get(PEERS[name]["env"])
    venv = Path(env) if env else ROOT / PEERS[name]["venv"]
    return venv / "bin" / "python"


def peer_files(name: str, results: Path) -> tuple[Path, Path]:
    return results / f"bench_srs_peer_{name}.json", results / f"bench_srs_peer_{name}.log"


def start_peer(name: str, ds: SequenceDataset, out_json: Path, log: Path, threads: int | None = None,
               epochs: int | None = None, time_budget: float | None = None) -> dict:
    """Set up the peer's venv if needed and start its script there in the background (one process per peer)."""
    py = peer_python(name)
    if not py.exists():
        setup = subprocess.run(["bash", str(ROOT / "scripts" / PEERS[name]["setup"]), str(py.parent.parent)],
                               capture_output=True, text=True)
        if setup.returncode != 0:
            return {"error": f"{name} venv setup failed: {setup.stderr.strip()[-500:]}"}
    work = cesrec_home() / "bench" / name
    work.mkdir(parents=True, exist_ok=True)
    data_dir = export_recbole_atomic(ds, cesrec_home() / "bench" / "recbole")
    out_json.unlink(missing_ok=True)
    cmd = [str(py), str(ROOT / "evals" / "bench" / PEERS[name]["script"]), "--data-dir", str(data_dir), "--repo", str(ROOT),
           "--max-len", str(ds.max_seq_len), "--out", str(out_json)]
    if name == "recbole_sasrec":
        cmd += ["--name", PEER_NAME]
    if epochs:
        cmd += ["--epochs", str(epochs)]
    if time_budget:
        cmd += ["--time-budget", str(time_budget)]
    # the peer's own venv only: a PYTHONPATH inherited from the caller (cleanrun.sh puts the main venv's
    # site-packages there) would load numpy 2 / pandas 3 over the peer's pinned ones
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    if threads:
        env.update({"OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)})
    fh = open(log, "w")  # noqa: SIM115 - closed in finish_peer
    proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=str(work), env=env)
    return {"proc": proc, "log": fh, "t0": time.perf_counter(), "out_json": out_json, "log_path": log,
            "threads": threads, "cmd": cmd}


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


def kill_peer(handle: dict) -> None:
    if "proc" in handle:  # do not leave a peer training in the background
        handle["proc"].kill()
        handle["proc"].wait()
        handle["log"].close()


def peer_entry(name: str, res: dict | None) -> dict:
    empty = {"ndcg_at_10": None, "hr_at_10": None, "train_seconds": None, "epochs": None, "stopped_by": None}
    if not res:
        return {**empty, "note": "peer not run (--peer skip)"}
    if res.get("pending"):
        return {**empty, "note": f"pending: {res['error']}"}
    if res.get("error"):
        return {**empty, "note": f"could not run: {res['error']}"}
    ours = res["ours_protocol"]
    # derived from what ended training, not the peer's own label (rectools_peer.py before 2026-11-30 04:40 UTC
    # labelled an early stop 'cap': RecTools deep-copies the Lightning callbacks it is given)
    if name == "recbole_sasrec":
        stopped_by = res["stopped_by"]  # set from its time-budget signal and its epoch cap
    else:
        stopped_by = "cap" if res.get("time_budget_hit") or res["epochs_run"] >= res["epoch_cap"] else "early_stopping"
    entry = {
        "ndcg_at_10": ours["test"]["ndcg@10"],
        "hr_at_10": ours["test"]["hr@10"],
        "valid_ndcg_at_10": ours["valid"]["ndcg@10"],
        "valid_hr_at_10": ours["valid"]["hr@10"],
        "train_seconds": res["train_seconds_to_best"],
        "train_seconds_total": res["train_seconds_total"],
        "epochs": res["epochs_run"],
        "best_epoch": res["best_epoch"],
        "epoch_cap": res["epoch_cap"],
        "time_budget_s": res.get("time_budget") or res.get("args", {}).get("time_budget"),
        "stopped_by": stopped_by,
        "epoch_seconds_median": res["epoch_seconds_median"],
        "torch_threads": res.get("torch_threads"),
        "curve": res.get("curve"),
        "date": res.get("date"),
    }
    stop = ("its own early stopping" if stopped_by == "early_stopping" else
            f"a cap ({res['epoch_cap']} epochs" + (f" or {entry['time_budget_s']:.0f} s of training"
                                                   if entry["time_budget_s"] else "") + "), not early stopping")
    if name == "recbole_sasrec":
        entry["recbole_own_metrics_test"] = res.get("recbole_test")
        entry["ours_history_included_test"] = ours.get("test_history_included")
        entry["note"] = (
            f"RecBole {res.get('recbole_version')} SASRec, its default architecture (hidden 64, 2 layers, 2 heads, "
            f"dropout 0.5), CE loss, batch {res['args']['batch_size']}, same split and max_len; early stopping on "
            f"its valid NDCG@10 with stopping_step {res['args']['stopping_step']}; stopped by {stop}. ndcg/hr: its "
            "best-validation model scored by our evaluator (full ranking, history excluded); "
            "recbole_own_metrics_test: RecBole's own evaluator; ours_history_included_test: our evaluator with "
            "the history left in the candidates (what RecBole does for sequential models)")
    else:
        cfg = res.get("config", {})
        entry["note"] = (
            f"RecTools {res.get('rectools_version')} SASRecModel (lightning {res.get('lightning_version')}), "
            f"{cfg.get('n_blocks')} blocks, {cfg.get('n_heads')} heads, {cfg.get('n_factors')} factors (RecTools' "
            f"default is 256), dropout {cfg.get('dropout_rate')}, lr {cfg.get('lr')}, batch {cfg.get('batch_size')}, "
            "softmax loss, same split and max_len; validation item held out by RecTools' get_val_mask_func; "
            f"Lightning EarlyStopping on RecTools' val_loss (patience {res['args']['patience']}), best-val_loss "
            f"weights restored; stopped by {stop}. ndcg/hr: our evaluator (full ranking, history excluded)")
    return entry



def read_peer(peer_json: Path) -> dict:
    if not peer_json.exists():
        return {"pending": True, "error": f"no peer results at {peer_json} yet (run `cesrec bench srs --peer-only`)"}
    return json.loads(peer_json.read_text())
