"""The open evaluation's statistics (evals.protocol.open_eval): hierarchical bootstrap intervals, user-level tests
in one Holm family over the whole file, the breakdowns by feedback kind and reference variant, the description
difficulty, and the pre-declared headline test."""

from __future__ import annotations

from typing import Any

import numpy as np
from cesrec.evals.protocol.open_config import BASELINES, OpenEvalConfig
from cesrec.evals.protocol.pipeline import SessionOutcome
from cesrec.evals.protocol.stats import holm, per_user_metrics, user_level_test


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


def aggregate_open(outcomes: dict, cfg: OpenEvalConfig, extras: dict | None = None) -> dict:
    """outcomes[budget][backbone][system][(train_seed, sim_seed)] -> the eval_open.json `budgets` part. Every test
    (cesrec vs each system per budget/setting, backbone and metric; per feedback kind; per reference variant) goes
    into ONE Holm family; `holm_family_size` says how many. extras[budget][backbone]: oracle overlap and description
    difficulty measured by the runs."""
    res: dict[str, Any] = {}
    raw_p: dict[str, float] = {}
    where: dict[str, tuple[dict, str]] = {}  # test key -> (the dict holding it, the field prefix)
    for budget, by_bb in outcomes.items():
        res[budget] = {}
        for bb, by_sys in by_bb.items():
            any_run = next(iter(next(iter(by_sys.values())).values()))
            T = int(any_run.ranks.shape[0] - 1)
            dropped = np.zeros(len(any_run.dropped), dtype=bool)
            for runs in by_sys.values():
                for o in runs.values():
                    dropped |= o.dropped
            keep = ~dropped
            block: dict[str, Any] = {"users": int(len(keep)), "users_kept": int(keep.sum()),
                                     "leaked_users": int(dropped.sum()), "turns": T}
            seeds = cfg.seeds_for(bb)
            sims = cfg.sims_for(bb)
            cubes = {s: _metric_cube(runs, keep, T, seeds, sims) for s, runs in by_sys.items()}
            for s, runs in by_sys.items():
                c = cubes[s]
                by_turn = []
                for t in range(T + 1):
                    ct = _metric_cube(runs, keep, t, seeds, sims)
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
                # user level: each user's value averaged over every (training seed, simulator seed) first
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
                        where[f"{budget}/{bb}/{s}/{key}"] = (t, f"{key}_p_holm")
                    tests[f"cesrec_vs_{s}"] = t
            block["tests"] = tests
            block["per_kind_turn1"] = _per_kind(by_sys, keep, cfg, budget, bb, raw_p, where)
            if any(o.meta.get("variant") is not None and any(o.meta["variant"]) for runs in by_sys.values()
                   for o in runs.values()):
                block["per_variant"] = _per_variant(by_sys, keep, cfg, budget, bb, raw_p, where, T)
            for k, v in ((extras or {}).get(budget, {}).get(bb, {}) or {}).items():
                block[k] = v
            block["description_difficulty"] = _description_difficulty(by_sys, keep, block.pop("hand_ranks", None))
            res[budget][bb] = block
    adj = holm(raw_p)
    for key, p in adj.items():
        holder, field = where[key]
        holder[field] = p
    res["_holm"] = {"family_size": len(raw_p),
                    "what": "every cesrec test in this file: per budget/setting, backbone, system and metric; per "
                            "feedback kind (turn 1) and per reference variant (last turn), each at the user level"}
    return res


def _description_difficulty(by_sys: dict, keep: np.ndarray, hand_ranks: dict | None) -> dict:
    """The target's BM25 / embedding rank for the hand-written description each session heard (cesrec's sessions,
    every seed pair), and how many sessions heard one."""
    if not hand_ranks or "cesrec" not in by_sys:
        return {}
    items = []
    sessions = 0
    for o in by_sys["cesrec"].values():
        d = o.meta.get("described")
        if d is None:
            continue
        d = np.asarray(d)[keep]
        sessions += len(d)
        items += [int(i) for i in d if int(i) > 0]
    out: dict[str, Any] = {"sessions": sessions, "sessions_with_description": len(items)}
    for signal in ("bm25", "embedding"):
        r = np.array([hand_ranks[i][signal] for i in items if i in hand_ranks], dtype=np.float64)
        if len(r):
            out[signal] = {"median_rank": float(np.median(r)), "top1": round(float((r == 1).mean()), 4),
                           "top10": round(float((r <= 10).mean()), 4), "top100": round(float((r <= 100).mean()), 4)}
    return out


def _units(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig, turn: int, bb: str = ""
           ) -> dict[str, dict[str, np.ndarray]]:
    """system -> {'hr', 'kind1', 'variant', 'user'}: one entry per (seed pair, kept user) session."""
    out: dict[str, dict[str, np.ndarray]] = {}
    users = np.flatnonzero(keep)
    for s, runs in by_sys.items():
        hr, kind1, var, who = [], [], [], []
        for ts in sorted({k[0] for k in runs}):
            for ss in cfg.sims_for(bb):
                o = runs[(ts, ss)]
                t = min(turn, o.ranks.shape[0] - 1)
                hr.append(per_user_metrics(o.ranks[t][keep])["hr@10"])
                kinds = o.meta.get("kinds")
                kind1.append(kinds[keep, 0] if kinds is not None and kinds.shape[1] else np.full(keep.sum(), ""))
                v = o.meta.get("variant")
                var.append(v[keep] if v is not None else np.full(keep.sum(), ""))
                who.append(users)
        out[s] = {"hr": np.concatenate(hr), "kind1": np.concatenate(kind1), "variant": np.concatenate(var),
                  "user": np.concatenate(who)}
    return out


def _breakdown_tests(units: dict, sel: np.ndarray, rec: dict, tag: str, raw_p: dict, where: dict) -> None:
    """cesrec vs each baseline on the selected sessions, at the user level; p-values join the file's family."""
    ref = units["cesrec"]
    tests = {}
    for s, u in units.items():
        if s == "cesrec" or s not in BASELINES or s == "srs_only":
            continue
        t = user_level_test(ref["hr"], u["hr"], ref["user"], sel)
        entry = {"diff": round(t["diff"], 4), "users": t["users"], "p": t["p"]}
        raw_p[f"{tag}/{s}"] = t["p"]
        where[f"{tag}/{s}"] = (entry, "p_holm")
        tests[f"cesrec_vs_{s}"] = entry
    rec["tests"] = tests


def _per_kind(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig, budget: str = "", bb: str = "",
              raw_p: dict | None = None, where: dict | None = None) -> dict:
    """HR@10 after ONE feedback turn, by the kind of that feedback (sessions still open at turn 1)."""
    if cfg.turns < 1:
        return {}
    units = _units(by_sys, keep, cfg, 1, bb)
    ref = units.get("cesrec") or next(iter(units.values()))
    out: dict[str, Any] = {}
    for kind in sorted(set(ref["kind1"].tolist()) - {""}):
        sel = ref["kind1"] == kind
        out[kind] = {"sessions": int(sel.sum()), **{s: round(float(u["hr"][sel].mean()), 4) for s, u in units.items()}}
        if "cesrec" in units and raw_p is not None and kind not in ("accept", "vague"):
            _breakdown_tests(units, sel, out[kind], f"{budget}/{bb}/kind:{kind}", raw_p, where)
    return out


def _per_variant(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig, budget: str = "", bb: str = "",
                 raw_p: dict | None = None, where: dict | None = None, turns: int | None = None) -> dict:
    """Last-turn HR@10 of each reference variant's sessions, with cesrec's user-level tests vs the baselines."""
    units = _units(by_sys, keep, cfg, cfg.turns if turns is None else turns, bb)
    ref = units.get("cesrec")
    if ref is None:
        return {}
    out: dict[str, Any] = {}
    for v in sorted(set(ref["variant"].tolist()) - {""}):
        sel = ref["variant"] == v
        rec: dict[str, Any] = {"sessions": int(sel.sum())}
        for s, u in units.items():
            rec[s] = round(float(u["hr"][sel].mean()), 4)
        _breakdown_tests(units, sel, rec, f"{budget}/{bb}/variant:{v}", raw_p if raw_p is not None else {},
                         where if where is not None else {})
        out[v] = rec
    return out


def headline_tests(budgets: dict) -> dict:
    """The pre-declared test (issue 22): cesrec vs the BEST baseline (highest HR@10 among BASELINES) under `open`
    and `mixed`, per backbone, HR@10 and NDCG@10, Holm-corrected within the file's family."""
    out: dict[str, Any] = {}
    for budget in ("open", "mixed"):
        for bb, block in (budgets.get(budget) or {}).items():
            base = [s for s in BASELINES if s in block and isinstance(block[s], dict)]
            if not base or "cesrec" not in block:
                continue
            best = max(base, key=lambda s: block[s]["hr_at_10"])
            t = block["tests"].get(f"cesrec_vs_{best}", {})
            out[f"{budget}/{bb}"] = {
                "best_baseline": best, "cesrec_hr_at_10": round(block["cesrec"]["hr_at_10"], 4),
                "baseline_hr_at_10": round(block[best]["hr_at_10"], 4),
                "hr_diff": round(t.get("diff", float("nan")), 4), "ndcg_diff": round(t.get("ndcg_diff", float("nan")), 4),
                "hr_p_holm": t.get("hr_at_10_p_holm"), "ndcg_p_holm": t.get("ndcg_at_10_p_holm"),
                "met": bool(t.get("diff", 0) > 0 and t.get("ndcg_diff", 0) > 0
                            and (t.get("hr_at_10_p_holm") or 1) < 0.05 and (t.get("ndcg_at_10_p_holm") or 1) < 0.05)}
    return out
