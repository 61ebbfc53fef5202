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
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from cesrec.evals.protocol.pipeline import SessionOutcome, build_context, make_verbalizer, run_pipeline_system
from cesrec.evals.protocol.stats import holm, per_user_metrics, user_level_test
from cesrec.evals.protocol.systems import OPEN_SYSTEMS
from cesrec.evals.protocol.types import EvalContext, ProtocolError
from cesrec.evals.simulator import budget_named

BASELINES = ("srs_only", "attribute_filter", "semantic_retrieval", "item_knn", "score_fusion", "tuned_fusion", "bm25")
# the systems of the settings built for CESRec's mechanisms (issue 22): the baselines and the ablations there
SETTING_SYSTEMS = ("srs_only", "attribute_filter", "item_knn", "score_fusion", "tuned_fusion", "bm25", "cesrec",
                   "cesrec_no_pseudo", "cesrec_no_mask")
DEFAULT_TRAIN_SEED = 42  # the product's model; other seeds get their own cached runs


@dataclass
class OpenEvalConfig:
    budgets: tuple[str, ...] = ("open", "mixed", "open_legacy")
    # issue 22: settings where CESRec's mechanisms should matter, run under `settings_budget`
    settings: tuple[str, ...] = ("new_users", "noisy_history", "long")
    settings_budget: str = "open"
    setting_systems: tuple[str, ...] = SETTING_SYSTEMS
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
    self_demotion: bool = False  # the issue-10 diagnostic (appending a film to the history); off since issue 22
    dataset: str = "ml-100k"
    source: str | None = None
    train_overrides: dict = field(default_factory=dict)

    def seeds_for(self, backbone: str) -> tuple[int, ...]:
        return tuple(self.train_seeds_by_backbone.get(backbone, self.train_seeds))

    def validate(self) -> None:
        from cesrec.evals.simulator.settings import SETTINGS

        for b in (*self.budgets, self.settings_budget):
            budget_named(b, self.noise_rate)
        bad = [x for x in self.settings if x not in SETTINGS or x == "default"]
        if bad:
            raise ProtocolError(f"unknown setting(s) {bad}; use {[x for x in SETTINGS if x != 'default']}")
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


def _units(by_sys: dict, keep: np.ndarray, cfg: OpenEvalConfig, turn: int) -> dict[str, dict[str, np.ndarray]]:
    """system -> {'hr', 'kind1', 'variant', 'user'}: one entry per (seed pair, kept user) session."""
    out: dict[str, dict[str, np.ndarray]] = {}
    users = np.flatnonzero(keep)
    for s, runs in by_sys.items():
        hr, kind1, var, who = [], [], [], []
        for ts in sorted({k[0] for k in runs}):
            for ss in cfg.sim_seeds:
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
    units = _units(by_sys, keep, cfg, 1)
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
    units = _units(by_sys, keep, cfg, cfg.turns if turns is None else turns)
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


def setting_context(ctx: EvalContext, setting: str) -> tuple[EvalContext, dict]:
    """The evaluation context of one issue-22 setting and the run_pipeline_system arguments it needs: the system
    sees a changed history (new users: cut to 0-3 items; noisy_history: another user's items interleaved), the
    simulated person remembers their own; `long`: 6 turns whose first two talk about the last film watched."""
    import dataclasses

    import torch
    from cesrec.evals.simulator.settings import (
        DRIFT_TURNS,
        LONG_TURNS,
        donor,
        new_user_history,
        noisy_history,
    )

    hist = [np.asarray(h, dtype=np.int64) for h in ctx.histories]
    kw: dict[str, Any] = {}
    info: dict[str, Any] = {"setting": setting}
    if setting == "new_users":
        new = [new_user_history(h, r) for r, h in enumerate(hist)]
        kw["sim_histories"] = [h.tolist() for h in hist]
        info["history_lengths"] = {str(n): int(sum(len(h) == n for h in new)) for n in range(4)}
    elif setting == "noisy_history":
        new, inserted = [], []
        for r, h in enumerate(hist):
            out, flags = noisy_history(h, hist[donor(r, len(hist))], (ctx.dataset.user_ids[ctx.users[r]],),
                                       avoid=ctx.profiles[r].items)
            new.append(out)
            inserted.append(float(flags.mean()) if len(flags) else 0.0)
        kw["sim_histories"] = [h.tolist() for h in hist]
        info["inserted_share_mean"] = round(float(np.mean(inserted)), 4)
    elif setting == "long":
        new = hist
        kw["drift_items"] = [int(h[-1]) if len(h) else None for h in hist]
        kw["drift_turns"] = DRIFT_TURNS
        kw["turns"] = LONG_TURNS
        info.update(turns=LONG_TURNS, drift_turns=DRIFT_TURNS)
    else:
        raise ProtocolError(f"unknown setting {setting!r}")
    c2 = dataclasses.replace(ctx, histories=new)
    with torch.no_grad():
        parts = [ctx.model.score(new[a:a + 512]) for a in range(0, len(new), 512)]
    c2.base_scores = torch.cat(parts)
    return c2, {**kw, "info": info}


def hand_description_ranks(engine: Any) -> dict[int, dict[str, int]]:
    """item -> the target's rank (1 = first, ties against it) when its hand-written description is matched to the
    item texts by BM25 and by the sentence encoder (what evals/bench/description_difficulty.py measures)."""
    from cesrec.evals.bench.description_difficulty import target_rank
    from cesrec.evals.simulator import hand_descriptions

    sem, lex = engine.semantic, engine.lexical
    return {i: {"bm25": target_rank(lex.scores(t), i), "embedding": target_rank(sem.embeddings @ sem.encode(t), i)}
            for i, t in hand_descriptions(engine.catalog).items()}


def reference_oracle_overlap(engine: Any, relations: Any, outcome: SessionOutcome, ctx: EvalContext) -> dict:
    """Per reference variant: how often each system signal holds the target in the named film's top 10 -- the
    EASE neighbours cesrec/item_knn use (`knn`), the item-text embedding (`text`), BM25 on the item text (`bm25`)
    and the training co-occurrence the legacy simulator used (`cooc`)."""
    from cesrec.evals.simulator import oracle_overlap

    emb = engine.semantic.embeddings
    cat = engine.catalog
    cache: dict[tuple[str, int], np.ndarray] = {}

    def cached(name: str, fn: Any) -> Any:
        def f(x: int) -> np.ndarray:
            if (name, x) not in cache:
                cache[(name, x)] = fn(x)
            return cache[(name, x)]
        return f

    signals = {"knn": cached("knn", lambda x: engine.neighbours.scores([x])),
               "text": cached("text", lambda x: emb @ emb[x]),
               "bm25": cached("bm25", lambda x: engine.lexical.scores(cat.text(x))),
               "cooc": cached("cooc", lambda x: relations.similarities("cooc", x))}
    pairs: dict[str, list[tuple[int, int]]] = {}
    for j, refs in enumerate(outcome.meta.get("referenced", [])):
        v = outcome.meta["variant"][j]
        for x in refs:
            for t in ctx.profiles[j].items:
                pairs.setdefault(v, []).append((int(x), int(t)))
    return {v: oracle_overlap(p, signals) for v, p in sorted(pairs.items()) if v}


def _run_engine_job(cfg: OpenEvalConfig, bb: str, ts: int, engine: Any = None, progress: bool = False,
                    ) -> tuple[str, int, list[tuple[str, str, int, SessionOutcome]], dict | None]:
    """Every (budget or setting, simulator seed, system) run of one SRS training run (one backbone and seed)."""
    import torch
    from cesrec.evals.protocol.pipeline import item_relations
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


def render_open_markdown(res: dict, stem: str = "eval_open") -> str:
    """The README section: per budget and backbone, HR@10 / NDCG@10 at turn T with CIs and Holm p-values."""
    by_bb = res.get("train_seeds_by_backbone") or {}
    seeds_txt = "; ".join(f"{b} {v}" for b, v in by_bb.items()) or str(res["train_seeds"])
    lines = [f"Command: `{res.get('command', '')}` (commit {res.get('git_commit', 'unknown')}); the plots "
             f"{stem}_<budget>.png come from the same run.", "",
             f"Measured {res['date']} on {res['machine']}; SRS training seeds {seeds_txt}, simulator "
             f"seeds {res['sim_seeds']}, all {next(iter(next(iter(res['budgets'].values())).values()))['users']}"
             f" test users, full ranking, {res['config'].get('channel', 'structured')} feedback channel.", ""]
    for name, h in (res.get("headline") or {}).items():
        lines.append(f"- headline {name}: cesrec {h['cesrec_hr_at_10']:.3f} vs best baseline {h['best_baseline']} "
                     f"{h['baseline_hr_at_10']:.3f}: HR {h['hr_diff']:+.3f} (Holm p {_p(h['hr_p_holm'])}), NDCG "
                     f"{h['ndcg_diff']:+.3f} (Holm p {_p(h['ndcg_p_holm'])}); met: {h['met']}")
    if res.get("holm_family_size"):
        lines += [f"- Holm over all {res['holm_family_size']} tests of the file (user level).", ""]
    for budget, by_bb in res["budgets"].items():
        turns = next(iter(by_bb.values())).get("turns", res["config"]["turns"])
        lines += [f"**{budget}** (turn {turns})", "",
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
                systems = [s for s in next(iter(pk.values())) if s not in ("sessions", "tests")]
                lines += [f"HR@10 after one turn by feedback kind ({budget}, {bb}):", "",
                          "| kind | sessions | " + " | ".join(systems) + " |", "|---|---|" + "---|" * len(systems)]
                for kind, rec in pk.items():
                    lines.append(f"| {kind} | {rec['sessions']} | " + " | ".join(f"{rec[s]:.3f}" for s in systems) + " |")
                lines.append("")
            oo = block.get("oracle_overlap") or {}
            if oo:
                sig = [k for k in next(iter(oo.values())) if k not in ("pairs", "any", "oracle")]
                lines += [f"Oracle overlap ({budget}, {bb}): share of (named film, target) pairs whose target is in the "
                          "film's top 10 by each system signal (> 1/3 = an oracle):", "",
                          "| variant | pairs | " + " | ".join(sig) + " | any | oracle |",
                          "|---|---|" + "---|" * (len(sig) + 2)]
                for v, rec in oo.items():
                    lines.append(f"| {v} | {rec['pairs']} | " + " | ".join(f"{rec[k]:.3f}" for k in sig)
                                 + f" | {rec['any']:.3f} | {rec['oracle']} |")
                lines.append("")
            dd = block.get("description_difficulty") or {}
            if dd.get("sessions_with_description"):
                lines.append(f"Descriptions ({budget}, {bb}): {dd['sessions_with_description']} of {dd['sessions']} "
                             "cesrec sessions heard a hand-written one; the target's rank for it: " + "; ".join(
                                 f"{k} median {dd[k]['median_rank']:.1f}, first {dd[k]['top1']:.3f}, top 10 "
                                 f"{dd[k]['top10']:.3f}" for k in ("bm25", "embedding") if k in dd))
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
        p = results.parent / f"{results.stem}_{budget.replace(':', '_')}.png"
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
