"""What `cesrec bench srs` (evals/bench/srs.py) derives from a run and writes: the targets and the same-run
ratios against the peers, the markdown fragment bench_srs.md, and the JSON itself."""

from __future__ import annotations

import json
from pathlib import Path

from cesrec.evals.bench.srs_peers import PEERS


def fmt(x, nd=3) -> str:
    return "n/a" if x is None else f"{x:.{nd}f}"


def markdown(result: dict) -> str:
    lines = [
        f"Measured {result['date'][:16].replace('T', ' ')} on {result['machine']} (ml-100k, leave-one-out, full "
        "ranking over all 1,682 items, history excluded; `" + result.get("command", "cesrec bench srs") + "`).",
        "",
        "| model | valid HR@10 | valid NDCG@10 | test HR@10 | test NDCG@10 | train s (to best epoch) | epochs (best) | "
        "stopped by | recommend p50 ms | users/s @100k items |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, b in result["backbones"].items():
        lines.append(
            f"| {name} | {fmt(b.get('valid_hr_at_10'))} | {fmt(b.get('valid_ndcg_at_10'))} | {fmt(b['hr_at_10'])} | "
            f"{fmt(b['ndcg_at_10'])} | {fmt(b['train_seconds'], 1)} | {b.get('epochs')} ({b.get('best_epoch')}) | "
            f"{b.get('stopped_by') or 'n/a'} | {fmt(b.get('recommend_p50_ms'), 2)} | "
            f"{fmt(b.get('scoring_users_per_s'), 0)} |"
        )
    for name, p in result["peers"].items():
        lines.append(
            f"| {PEERS[name]['label']} (peer) | {fmt(p.get('valid_hr_at_10'))} | {fmt(p.get('valid_ndcg_at_10'))} | "
            f"{fmt(p['hr_at_10'])} | {fmt(p['ndcg_at_10'])} | {fmt(p['train_seconds'], 1)} | "
            f"{p.get('epochs')} ({p.get('best_epoch')}) | {p.get('stopped_by') or 'n/a'} | n/a | n/a |"
        )
    lines.append("")
    for name, p in result["peers"].items():
        lines += [f"{PEERS[name]['label']}: {p.get('note', '')}", ""]
    lines += [f"Load: {result.get('load_note', '')}", ""]
    sd = result["backbones"].get("sasrec", {}).get("scoring_detail")
    if sd and sd.get("users_per_s"):
        lines += [f"Scoring (sasrec): {sd['note']}: {sd['users_per_s']:.0f} users/s wall, "
                  f"{sd['users_per_cpu_second']:.0f} users per CPU-second, load average "
                  f"{sd['load_average_1min_before_after']}; one batch = encoder {sd['seconds_per_batch_split']['encoder']}"
                  f" s + catalogue matmul {sd['seconds_per_batch_split']['catalogue_matmul']} s.", ""]
    rb = result.get("rebuilt")
    if rb:
        lines += [f"Peer entries, ratios and targets re-derived from the same run's peer JSONs by `{rb['command']}` "
                  f"(commit {rb['git_commit'][:12]}, {rb['date'][:16].replace('T', ' ')}); nothing re-measured.", ""]
    t = result.get("targets", {})
    if t:
        lines.append("Targets: " + "; ".join(f"{k}: {'met' if v.get('met') else 'missed'} ({v.get('detail')})"
                                            for k, v in t.items()))
    return "\n".join(lines) + "\n"


def _curve_at(curve: list[dict] | None, epoch: int, key: str) -> float | None:
    hits = [c[key] for c in curve or [] if c.get("epoch") == epoch and c.get(key) is not None]
    return hits[0] if hits else None


def targets(result: dict) -> dict:
    s, e = result["backbones"]["sasrec"], result["backbones"].get("ease")
    out = {}
    if e:
        out["sasrec_beats_ease"] = {
            "met": s["hr_at_10"] > e["hr_at_10"] and s["ndcg_at_10"] > e["ndcg_at_10"],
            "detail": f"HR@10 {s['hr_at_10']:.3f} vs {e['hr_at_10']:.3f}, NDCG@10 {s['ndcg_at_10']:.3f} vs {e['ndcg_at_10']:.3f}",
        }
    done = {n: p for n, p in result.get("peers", {}).items() if p.get("ndcg_at_10")}
    if done:
        best = max(done, key=lambda n: done[n]["ndcg_at_10"])
        fastest = min(done, key=lambda n: done[n]["train_seconds"])
        r_q = s["ndcg_at_10"] / done[best]["ndcg_at_10"]
        r_t = s["train_seconds"] / done[fastest]["train_seconds"]
        result["ratios"] = {"ndcg_ours_over_best_peer": round(r_q, 3), "best_peer": best,
                            "time_to_best_ours_over_fastest_peer": round(r_t, 3), "fastest_peer": fastest}
        capped = [n for n, p in done.items() if p.get("stopped_by") != "early_stopping"]
        caveat = f"; {', '.join(capped)} stopped by a cap, not its own early stopping" if capped else ""
        out["ndcg_ge_1.05x_best_peer"] = {"met": r_q >= 1.05, "detail": f"{s['ndcg_at_10']:.4f} / {best} "
                                          f"{done[best]['ndcg_at_10']:.4f} = {r_q:.3f}{caveat}"}
        out["time_to_best_le_0.5x_fastest_peer"] = {"met": r_t <= 0.5, "detail": f"{s['train_seconds']:.1f} s / "
                                                    f"{fastest} {done[fastest]['train_seconds']:.1f} s = {r_t:.3f}"}
        f32 = s.get("fp32_same_recipe")
        if f32:  # the peers train in fp32: the same target without our CPU bf16
            r_32 = f32["train_seconds"] / done[fastest]["train_seconds"]
            result["ratios"]["time_to_best_ours_fp32_over_fastest_peer"] = round(r_32, 3)
            out["time_to_best_fp32_le_0.5x_fastest_peer"] = {
                "met": r_32 <= 0.5, "detail": f"{f32['train_seconds']:.1f} s (fp32, same recipe) / {fastest} "
                                              f"{done[fastest]['train_seconds']:.1f} s = {r_32:.3f}"}
        eq = {}
        for n, p in done.items():  # equal-epoch reading where the peer logged our protocol per epoch
            ep = min(p.get("epochs") or 0, s.get("epochs") or 0)
            peer_v = _curve_at(p.get("curve"), ep - 1 if n == "recbole_sasrec" else ep, "ours_valid_ndcg10")
            ours_v = _curve_at(s.get("curve"), ep, "valid_ndcg10")
            if ep and peer_v is not None and ours_v is not None:
                eq[n] = {"epoch": ep, "ours_valid_ndcg10": ours_v, "peer_valid_ndcg10": round(peer_v, 5)}
        if eq:
            result["equal_epochs"] = eq
    out["recommend_p50_le_5ms"] = {"met": s["recommend_p50_ms"] <= 5, "detail": f"{s['recommend_p50_ms']:.2f} ms"}
    sd = s.get("scoring_detail") or {}
    out["scoring_ge_2000_users_per_s"] = {
        "met": (s["scoring_users_per_s"] or 0) >= 2000,
        "detail": f"{s['scoring_users_per_s']:.0f} users/s ({sd.get('note', '')}; "
                  f"{sd.get('users_per_cpu_second')} per CPU-second; load {sd.get('load_average_1min_before_after')})"}
    return out



def write_result(result: dict, out: Path, md: Path) -> dict:
    if "sasrec" in result["backbones"]:
        result["targets"] = targets(result)
    out.write_text(json.dumps(result, indent=2))
    md.write_text(markdown(result))
    print(markdown(result))
    return result
