"""Per training run of the open evaluation (evals.protocol.open_eval): the contexts of the issue-22 settings, and
the diagnostics recorded beside the runs (self-demotion, the hand-written descriptions' difficulty, the reference
variants' oracle overlap)."""

from __future__ import annotations

from typing import Any

import numpy as np
from cesrec.evals.protocol.pipeline import SessionOutcome
from cesrec.evals.protocol.types import EvalContext, ProtocolError


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
