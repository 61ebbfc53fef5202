"""eval_open.json from the shards of evals/results/eval_open_runs/ (evals.protocol.open_shards): the shards must share
one fingerprint (else a clear error naming them and the files that differ), each backbone uses the largest complete
grid of training x simulator seeds it has, and the statistics are open_stats' (user-level averaging over every
(training seed, simulator seed) pair, one Holm family over every test of the file)."""

from __future__ import annotations

import time
from typing import Any

from cesrec.evals.protocol.open_config import BASELINES, OpenEvalConfig
from cesrec.evals.protocol.open_shards import TARGET_GRID, Shard
from cesrec.evals.protocol.open_stats import aggregate_open, headline_tests
from cesrec.evals.protocol.types import ProtocolError


class ShardMismatch(ProtocolError):
    """Shards whose fingerprints (code, data or run configuration) differ: their figures must not be mixed."""


def check_compatible(shards: list[Shard]) -> None:
    """One fingerprint, one embedding matrix, and one SRS model per (backbone, training seed)."""
    if not shards:
        raise ProtocolError("no shards to merge: run `python -m cesrec.evals.protocol.open_eval --run ...` first")
    groups: dict[str, list[Shard]] = {}
    for s in shards:
        groups.setdefault(s.digest, []).append(s)
    if len(groups) > 1:
        (d0, g0), *rest = sorted(groups.items(), key=lambda kv: -len(kv[1]))
        f0, lines = g0[0].meta["fingerprint"], []
        for d, g in rest:
            f = g[0].meta["fingerprint"]
            diff = sorted(k for k in set(f0["files"]) | set(f["files"]) if f0["files"].get(k) != f["files"].get(k))
            if f0["data"] != f["data"]:
                diff.append(f"data ({f0['data']} vs {f['data']})")
            diff += [f"config.{k}" for k in sorted(set(f0["config"]) | set(f["config"]))
                     if f0["config"].get(k) != f["config"].get(k)]
            lines.append(f"  {d} ({', '.join(_names(g))}, commit {g[0].meta.get('git_commit')}) differs from {d0} in: "
                         + ", ".join(diff))
        raise ShardMismatch(
            f"the shards were made by different code, data or settings and cannot be merged:\n  {d0}: "
            f"{', '.join(_names(g0))} (commit {g0[0].meta.get('git_commit')})\n" + "\n".join(lines)
            + "\nre-run the stale ones (`--run ... --missing-only` runs what the current fingerprint lacks) or merge "
              "one fingerprint with --fingerprint DIGEST")
    emb = {s.meta["engine"]["embeddings"] for s in shards}
    if len(emb) > 1:
        raise ShardMismatch(f"the shards scored with different item-text embeddings ({sorted(emb)})")
    models: dict[tuple[str, int], set[str]] = {}
    for s in shards:
        if s.meta["engine"]["model"] != "unknown":  # "unknown": recorded by the first shards (before a8bf483+1)
            models.setdefault((s.backbone, s.train_seed), set()).add(s.meta["engine"]["model"])
    bad = {k: v for k, v in models.items() if len(v) > 1}
    if bad:
        raise ShardMismatch(f"one (backbone, training seed) scored with different SRS weights in different shards: "
                            f"{bad}; the engine cache was retrained between them: re-run those shards")


def _names(g: list[Shard]) -> list[str]:
    return [f"{s.backbone}/t{s.train_seed}/s{s.sim_seed}" for s in g]


def select_grid(shards: list[Shard]) -> tuple[dict[str, tuple[tuple[int, ...], tuple[int, ...]]], list[str]]:
    """Per backbone the largest complete rectangle (training seeds x simulator seeds) of the shards it has (ties:
    more training seeds, then the smaller seeds); and the shards left out of it."""
    have: dict[str, dict[int, set[int]]] = {}
    for s in shards:
        have.setdefault(s.backbone, {}).setdefault(s.train_seed, set()).add(s.sim_seed)
    grid: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    left: list[str] = []
    for bb, by_ts in have.items():
        best: tuple = ()
        for cand in {frozenset(v) for v in by_ts.values()}:
            for sims in _subsets_by_size(cand):
                ts = tuple(sorted(t for t, v in by_ts.items() if sims <= v))
                score = (len(ts) * len(sims), len(ts), [-x for x in sorted(sims)])
                if not best or score > best[0]:
                    best = (score, ts, tuple(sorted(sims)))
        grid[bb] = (best[1], best[2])
        left += [f"{bb}/t{t}/s{x}" for t, v in sorted(by_ts.items()) for x in sorted(v)
                 if t not in best[1] or x not in best[2]]
    return grid, left


def _subsets_by_size(s: frozenset) -> list[frozenset]:
    """Every non-empty subset of a (small) set of simulator seeds."""
    items = sorted(s)
    return [frozenset(x for j, x in enumerate(items) if m >> j & 1) for m in range(1, 2 ** len(items))]


def merged_config(shards: list[Shard], grid: dict[str, tuple[tuple[int, ...], tuple[int, ...]]],
                  n_boot: int) -> OpenEvalConfig:
    conf = dict(shards[0].meta["fingerprint"]["config"])
    tuple_fields = ("budgets", "settings", "setting_systems", "systems")
    kw = {k: tuple(v) if k in tuple_fields else v for k, v in conf.items() if k in OpenEvalConfig.__dataclass_fields__}
    bbs = tuple(b for b in TARGET_GRID["backbones"] if b in grid) + tuple(b for b in grid
                                                                        if b not in TARGET_GRID["backbones"])
    first = grid[bbs[0]]
    return OpenEvalConfig(**kw, backbones=bbs, train_seeds=first[0], sim_seeds=first[1], n_boot=n_boot,
                          train_seeds_by_backbone={b: grid[b][0] for b in bbs},
                          sim_seeds_by_backbone={b: grid[b][1] for b in bbs})


def _collect(shards: list[Shard], grid: dict) -> tuple[dict, dict, dict]:
    """outcomes[label][backbone][system][(ts, ss)], extras[label][backbone] (from the grid's first training and
    simulator seed, as a single run records them), seconds per label."""
    outcomes: dict[str, dict] = {}
    extras: dict[str, dict] = {}
    seconds: dict[str, float] = {}
    for s in sorted(shards, key=lambda x: x.key):
        ts_ok, ss_ok = grid[s.backbone]
        if s.train_seed not in ts_ok or s.sim_seed not in ss_ok:
            continue
        first = s.train_seed == ts_ok[0] and s.sim_seed == ss_ok[0]
        for label, by_sys in s.runs.items():
            for name, o in by_sys.items():
                outcomes.setdefault(label, {}).setdefault(s.backbone, {}).setdefault(name, {})[
                    (s.train_seed, s.sim_seed)] = o
                seconds[label] = seconds.get(label, 0.0) + o.seconds
            ex = dict((s.meta.get("extras") or {}).get(label) or {})
            if first and "cesrec" in by_sys:
                if s.meta.get("hand_ranks"):
                    ex["hand_ranks"] = s.meta["hand_ranks"]
                extras.setdefault(label, {})[s.backbone] = ex
    return outcomes, extras, seconds


def coverage(grid: dict, left_out: list[str]) -> dict[str, Any]:
    """What the merged figures cover and what the issue-22 grid still lacks."""
    covered = {bb: {"train_seeds": list(ts), "sim_seeds": list(ss)} for bb, (ts, ss) in grid.items()}
    missing = [f"{bb}/t{t}/s{x}" for bb in TARGET_GRID["backbones"] for t in TARGET_GRID["train_seeds"]
               for x in TARGET_GRID["sim_seeds"]
               if bb not in grid or t not in grid[bb][0] or x not in grid[bb][1]]
    return {"covered": covered, "target": {k: list(v) for k, v in TARGET_GRID.items()},
            "missing": missing, "shards_not_in_grid": left_out, "complete": not missing}


def merge_shards(shards: list[Shard], n_boot: int = 1000, command: str = "") -> dict:
    """The eval_open.json structure from compatible shards (see the module docstring)."""
    from cesrec.evals.provenance import provenance

    check_compatible(shards)
    grid, left = select_grid(shards)
    cfg = merged_config(shards, grid, n_boot)
    outcomes, extras, seconds = _collect(shards, grid)
    runs = sum(len(ts) * len(ss) for ts, ss in grid.values())
    m0 = shards[0].meta
    out = {
        "machine": m0.get("machine"),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        **provenance(command),
        "fingerprint": m0["fingerprint"]["digest"],
        "shards": [{"backbone": s.backbone, "train_seed": s.train_seed, "sim_seed": s.sim_seed,
                    "git_commit": s.meta.get("git_commit"), "date": s.meta.get("date"),
                    "runtime_s": s.meta.get("runtime_s"), "in_grid": f"{s.backbone}/t{s.train_seed}/s{s.sim_seed}"
                    not in left} for s in sorted(shards, key=lambda x: x.key)],
        "shard_commits": sorted({str(s.meta.get("git_commit")) for s in shards}),
        "coverage": coverage(grid, left),
        "config": _config_dict(cfg),
        "data": m0.get("data"),
        "budgets": (budgets := aggregate_open(outcomes, cfg, extras)),
        "holm_family_size": budgets.pop("_holm")["family_size"],
        "headline": headline_tests(budgets),
        "train_seeds": list(cfg.train_seeds),
        "train_seeds_by_backbone": {b: list(v) for b, v in cfg.train_seeds_by_backbone.items()},
        "sim_seeds": list(cfg.sim_seeds),
        "sim_seeds_by_backbone": {b: list(v) for b, v in cfg.sim_seeds_by_backbone.items()},
        "self_demotion": {},
        "protocol_seconds_per_budget": {b: round(s, 1) for b, s in seconds.items()},
        "protocol_seconds_per_budget_per_run": {b: round(s / max(1, runs), 1) for b, s in seconds.items()},
        "workers": 1,
        "runtime_s": round(sum(float(s.meta.get("runtime_s") or 0) for s in shards
                               if f"{s.backbone}/t{s.train_seed}/s{s.sim_seed}" not in left), 1),
        "headline_test": ("cesrec vs the best baseline (highest HR@10 of " + ", ".join(BASELINES) + ") under "
                          "`open` and `mixed` (clues from outside the systems), per backbone, HR@10 and NDCG@10 at the "
                          "last turn, user level, Holm-corrected over every test in the file"
                          if "open" in cfg.budgets else
                          "none in this run (the pre-declared headline test is under the `open` budget); "
                          "every comparison here is Holm-corrected"),
    }
    return out


def _config_dict(cfg: OpenEvalConfig) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(cfg)
