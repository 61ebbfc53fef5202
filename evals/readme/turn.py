"""README: "One CESRec turn" (bench_turn.json)."""
# ruff: noqa: E501

from __future__ import annotations

import re
from pathlib import Path

from .common import day, f3, hm, load, need


def render(root: Path) -> str:
    r = load(root, "bench_turn.json")
    ex, ch = r["retrieval"]["exact_numpy (default)"], r["retrieval"]["chromadb"]
    tg, al, po = r["targets"], r["alignment"], r["planted_outlier"]
    threads = need(re.search(r"(\d+) threads?$", r["machine"]), "evals/results/bench_turn.json: 'machine' names no thread count").group(1)
    la = r["load_average_1_5_15min"]
    met = ex["turn_p50_ms"] <= tg["turn_p50_ms"] and ex["turn_p95_ms"] <= tg["turn_p95_ms"]
    eligible = sum(al["split"].values())
    tr = r["traps_valid"]
    s = tr["systems"]

    def hr(k):
        return f3(s[k]["hr_at_10"])

    return f"""### One CESRec turn (`cesrec bench turn`, all {r['users']} test users, LLM excluded)

Measured {day(r['date'])} {hm(r['date'])} UTC, {r['machine'].split(';')[0]}, 1-minute load average {la['before'][0]} before / {la['after'][0]} after, {threads} torch thread{'s' if threads != '1' else ''}
(`evals/results/bench_turn.json`):

| figure | value |
|---|---|
| turn p50 / p95 (parse + mask + construct + SRS re-rank), in-memory exact retrieval | {ex['turn_p50_ms']:.2f} ms / {ex['turn_p95_ms']:.2f} ms (targets {tg['turn_p50_ms']} / {tg['turn_p95_ms']} ms: {'met' if met else '**missed**'}) |
| same with a chromadb query per turn | {ch['turn_p50_ms']:.1f} ms / {ch['turn_p95_ms']:.1f} ms |
| alignment adapter, held-out recall@10 of the true collaborative neighbour: MSE / InfoNCE | {f3(al['mse']['heldout']['recall_neighbour@10'])} / {f3(al['infonce']['heldout']['recall_neighbour@10'])} (random {10 / eligible:.3f}) |
| planted outlier detected (k-lowest, cosine on hybrid embeddings) | {f3(po['k_lowest/cosine'])} (chance {f3(po['chance'])}) |

Validation check of the two traps (one feedback turn: {tr['feedback'].split(': ', 1)[-1]}, HR@10):
SRS only {hr('srs_only')}; constraints only {hr('constraints_only')}; constraints + pseudo items {hr('constraints+pseudo')}; CESRec defaults (constraints +
pseudo + robust masking) {hr('cesrec_default(constraints+pseudo+mask)')}; the paper's recipe without constraints {hr('paper_recipe(k_lowest,pseudo_weight=1,no_constraints)')}; with pseudo items wrongly
excluded from the candidates {hr('trap:paper_recipe_with_pseudo_items_excluded')}. The constraints do nearly all the work; the sequence rewrite and masking
are level with them, within noise, on this kind of feedback."""
