"""Benchmark of one CESRec turn on CPU (LLM excluded) + the checks that chose the turn defaults.

Writes evals/results/bench_turn.json:
- turn latency over all test users: for each user the turn-0 list is shown first (untimed), then one turn
  is timed end to end: rule-parse a template utterance built from the held-out item's attributes (one
  genre + decade) + apply_feedback + recommend_with_feedback (mask -> construct -> SRS re-rank ->
  constraints -> top-10). Median and p95 in ms, per-stage medians, with in-memory exact retrieval (the
  default) and with chromadb retrieval;
- alignment: held-out metrics of the MSE and InfoNCE adapters and which one was kept;
- planted_outlier: on every user's validation-time history (last 50 items), an item sharing no genre with
  the user's three most frequent genres is planted at a random position; detection rate of masking k=1
  per similarity (cosine / dot / euclidean / collaborative-only / semantic-only) and method;
- traps_valid: HR@10 / NDCG@10 on the VALIDATION split after one feedback turn, for constraints only vs
  constraints + pseudo items (+ masking), the paper's recipe (no constraints) and the "pseudo items
  excluded" trap — so the defaults are chosen without touching the test split.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import numpy as np
import torch
from cesrec.evals.machine import machine_line
from cesrec.tools.engine import CESRecEngine
from cesrec.tools.feedback import parse_feedback_rules
from cesrec.tools.masking import SIMILARITIES, mask_outliers
from cesrec.tools.state import SessionState
from cesrec.tools.threads import single_threaded
from cesrec.tools.turn import apply_feedback, prepare_sequence, rank_items, recommend_with_feedback
from cesrec.tools.turn_config import TurnConfig
from tqdm.auto import tqdm

TEMPLATES = (
    "I'd like a {genre} from the {decade}.",
    "Can you show me {genre} films from the {decade}?",
    "Something {genre}, ideally from the {decade}",
)
_GENRE_WORD = {"Children's": "kids", "Sci-Fi": "sci-fi", "Film-Noir": "film noir"}


def template_feedback(engine: CESRecEngine, target: int, u: int) -> str:
    """An utterance revealing one genre and the decade of `target` (deterministic per user)."""
    c = engine.catalog
    genres = c.genres[target]
    genre = genres[u % len(genres)] if genres else ""
    dec = c.decade(target) or ""
    short = f"'{dec[2:]}" if dec.startswith("19") else dec  # "1990s" -> "'90s": exercises the parser
    g = _GENRE_WORD.get(genre, genre.lower())
    if not genre:
        return f"Something from the {short}."
    if not dec:
        return f"I'd like a {g}."
    return TEMPLATES[u % len(TEMPLATES)].format(genre=g, decade=short)



def _pct(xs: list[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(xs), q)), 3)


def time_turns(engine: CESRecEngine, users: list[int], retrieval: str, progress: bool) -> dict:
    cfg = dataclasses.replace(engine.config, retrieval=retrieval)
    total, parse_ms, rewrite_ms, rank_ms = [], [], [], []
    for u in tqdm(users, desc=f"turn ({retrieval})", disable=not progress, leave=False):
        hist, target = engine.dataset.test_input(u)
        st = engine.new_session(engine.dataset.user_ids[u])
        st, _ = recommend_with_feedback(engine, st, k=10, config=cfg)  # turn 0 (shown), untimed
        text = template_feedback(engine, target, u)
        with single_threaded():  # as recommend_with_feedback runs them
            t0 = time.perf_counter()
            fb = parse_feedback_rules(text, engine.catalog, st)
            st1 = apply_feedback(engine, st, fb)
            t1 = time.perf_counter()
            st2 = prepare_sequence(engine, st1, cfg)
            t2 = time.perf_counter()
            rank_items(engine, st2, 10, cfg)
            t3 = time.perf_counter()
        # the real entry point, timed as a whole, is what the targets are about
        t4 = time.perf_counter()
        fb = parse_feedback_rules(text, engine.catalog, st)
        recommend_with_feedback(engine, apply_feedback(engine, st, fb), k=10, config=cfg)
        total.append((time.perf_counter() - t4) * 1000)
        parse_ms.append((t1 - t0) * 1000)
        rewrite_ms.append((t2 - t1) * 1000)
        rank_ms.append((t3 - t2) * 1000)
    return {
        "turn_p50_ms": _pct(total, 50),
        "turn_p95_ms": _pct(total, 95),
        "stage_p50_ms": {"parse+apply": _pct(parse_ms, 50), "mask+construct": _pct(rewrite_ms, 50),
                         "srs+constraints+topk": _pct(rank_ms, 50)},
    }


def planted_outliers(engine: CESRecEngine, seed: int = 0, window: int = 50) -> dict:
    """Detection rate of k=1 masking for a planted off-genre item, per similarity and method."""
    rng = np.random.default_rng(seed)
    pool = np.flatnonzero(engine.popularity >= 10)
    cases = []
    for u in range(engine.dataset.num_users):
        hist = [int(i) for i in engine.dataset.train_sequence(u)[-window:]]
        if len(hist) < 5:
            continue
        counts: dict[str, int] = {}
        for it in hist:
            for g in engine.catalog.genres[it]:
                counts[g] = counts.get(g, 0) + 1
        top = {g for g, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]}
        options = [i for i in pool if not (set(engine.catalog.genres[i]) & top) and i not in hist]
        if not options:
            continue
        planted = int(options[rng.integers(len(options))])
        pos = int(rng.integers(len(hist) + 1))
        cases.append((hist[:pos] + [planted] + hist[pos:], pos))
    out: dict = {"users": len(cases), "chance": round(float(np.mean([1 / len(h) for h, _ in cases])), 4)}
    for method in ("k_lowest", "robust"):
        for sim in SIMILARITIES:
            hits = 0
            for hist, pos in cases:
                st = SessionState(user_id="planted", history=hist)
                st = mask_outliers(engine, st, method=method, k=1, similarity=sim)
                hits += int(any(m.position == pos for m in st.masked))
            out[f"{method}/{sim}"] = round(hits / max(1, len(cases)), 4)
    return out


def traps_valid(engine: CESRecEngine, users: list[int], progress: bool) -> dict:
    """One feedback turn on the validation split: which parts of a turn earn their place."""
    base = engine.config
    paper = dataclasses.replace(base, mask_method="k_lowest", pseudo_weight=1.0, pseudo_beta=0.5,
                                constraint_mode="off")
    systems: dict[str, TurnConfig | str] = {
        "srs_only": "srs_only",
        "constraints_only": dataclasses.replace(base, mask_method=None, pseudo_m=0),
        "constraints+pseudo": dataclasses.replace(base, mask_method=None),
        "constraints+mask": dataclasses.replace(base, pseudo_m=0),
        "cesrec_default(constraints+pseudo+mask)": base,
        "cesrec_default,mask=k_lowest": dataclasses.replace(base, mask_method="k_lowest"),
        "cesrec_default,mask_similarity=dot": dataclasses.replace(base, similarity="dot"),
        "cesrec_default,mask_similarity=semantic": dataclasses.replace(base, similarity="semantic_cosine"),
        "cesrec_default,pseudo_weight=1(rank from pseudo sequence only)": dataclasses.replace(base, pseudo_weight=1.0),
        "cesrec_default,constraint_mode=boost": dataclasses.replace(base, constraint_mode="boost"),
        "paper_recipe(k_lowest,pseudo_weight=1,no_constraints)": paper,
        "trap:paper_recipe_with_pseudo_items_excluded": "pseudo_excluded",
    }
    hits: dict[str, list[float]] = {name: [] for name in systems}
    ndcg: dict[str, list[float]] = {name: [] for name in systems}
    for u in tqdm(users, desc="traps (valid)", disable=not progress, leave=False):
        hist, target = engine.dataset.valid_input(u)
        st0 = SessionState(user_id=engine.dataset.user_ids[u], history=[int(i) for i in hist])
        st0, recs0 = recommend_with_feedback(engine, st0, k=10, config=base)  # turn 0: identical for all
        shown0 = [r.item for r in recs0]
        if target in shown0:  # success before any feedback
            for name in systems:
                hits[name].append(1.0)
                ndcg[name].append(1.0 / np.log2(2 + shown0.index(target)))
            continue
        fb = parse_feedback_rules(template_feedback(engine, target, u), engine.catalog, st0)
        st1 = apply_feedback(engine, st0, fb)
        for name, cfg in systems.items():
            if cfg == "srs_only":
                top, _, _ = rank_items(engine, st0, 10, dataclasses.replace(base, constraint_mode="off"))
            elif cfg == "pseudo_excluded":
                c = paper
                st = prepare_sequence(engine, st1, c)
                st = st.model_copy(update={"rejected": list(st.rejected) + [p.item for p in st.pseudo]})
                top, _, _ = rank_items(engine, st, 10, c)
            else:
                top, _, _ = rank_items(engine, prepare_sequence(engine, st1, cfg), 10, cfg)
            items = [i for i, _ in top]
            hit = target in items
            hits[name].append(float(hit))
            ndcg[name].append(1.0 / np.log2(2 + items.index(target)) if hit else 0.0)
    res = {name: {"hr_at_10": round(float(np.mean(hits[name])), 4), "ndcg_at_10": round(float(np.mean(ndcg[name])), 4)}
           for name in systems}
    return {"split": "valid", "users": len(users), "feedback": "template: one genre + decade of the target",
            "metric": "success within turn 0 or turn 1 (turn-0 list shown, then excluded)", "systems": res}


def run(
    dataset: str = "ml-100k",
    backbone: str = "sasrec",
    out: str | Path = "evals/results/bench_turn.json",
    users: int | None = None,
    epochs: int | None = None,
    threads: int | None = 1,
    checks: bool = True,
    progress: bool = True,
) -> dict:
    """Build/load the engine, time turns for all (or `users`) test users, run the checks, write JSON."""
    if threads:
        torch.set_num_threads(threads)  # one turn = tiny matmuls: 1 thread avoids fighting over shared cores
    t = time.perf_counter()
    engine = CESRecEngine.build(dataset, backbone, epochs=epochs, progress=progress)
    build_s = time.perf_counter() - t
    ids = list(range(engine.dataset.num_users))[: users or None]
    # warm-up: first calls pay for lazy phrase embeddings and allocator growth
    time_turns(engine, ids[:20], "exact", False)
    time_turns(engine, ids[:20], "chroma", False)
    load_before = [round(x, 2) for x in os.getloadavg()]
    exact = time_turns(engine, ids, "exact", progress)
    chroma = time_turns(engine, ids, "chroma", progress)
    load_after = [round(x, 2) for x in os.getloadavg()]
    enc = []
    for j in range(30):
        t = time.perf_counter()
        engine.semantic.encode(f"an unseen wish number {j} about rainy detective stories")
        enc.append((time.perf_counter() - t) * 1000)
    result = {
        "machine": machine_line(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "dataset": dataset,
        "backbone": backbone,
        "users": len(ids),
        "turn_p50_ms": exact["turn_p50_ms"],
        "turn_p95_ms": exact["turn_p95_ms"],
        "targets": {"turn_p50_ms": 20, "turn_p95_ms": 50},
        "retrieval": {"exact_numpy (default)": exact, "chromadb": chroma},
        "free_text_query_encode_p50_ms": _pct(enc, 50),
        "load_average_1_5_15min": {"before": load_before, "after": load_after},
        "turn_config": dataclasses.asdict(engine.config),
        "engine_build_seconds": round(build_s, 2),
        "alignment": {
            "mse": engine.alignment_report["mse"],
            "infonce": engine.alignment_report["infonce"],
            "chosen": engine.alignment_report["chosen"],
            "selected_by": engine.alignment_report.get("selected_by"),
            "split": engine.alignment_report.get("split"),
        },
        "note": "latency: parse+apply_feedback+recommend_with_feedback for one turn, single process, "
        "LLM excluded; the machine's cores are shared with other jobs, so p95 includes their noise.",
    }
    if checks:
        with single_threaded():
            result["planted_outlier"] = planted_outliers(engine)
            result["traps_valid"] = traps_valid(engine, list(range(engine.dataset.num_users)), progress)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":  # python -m cesrec.evals.bench.turn
    r = run()
    print(json.dumps({k: r[k] for k in ("users", "turn_p50_ms", "turn_p95_ms")}, indent=2))
