"""README: "Hand-judged requests" (bench_requests.json)."""
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

from .common import day, f3, hm, load

SYSTEMS = {
    "product": "**product** (agent, embedded LLM)",
    "product_pipeline": "product, LLM-free path (rule + mood readers, the turn)",
    "dense": "dense (sentence encoder over item texts)",
    "bm25": "bm25 (item texts)",
    "rules_popularity": "rules + popularity",
    "item_knn": "item kNN from the named films",
}
BASELINES = ("dense", "bm25", "rules_popularity", "item_knn")
TARGET = 1.1


def _cell(m, key: str) -> str:
    return "—" if m[key] is None else f3(m[key])


def _params(r) -> str:
    out = []
    for name, s in r["settings"]["systems"].items():
        if s.get("tuned_on") == "dev":
            out.append(f"{name} " + ", ".join(f"{k}={v}" for k, v in s["params"].items()))
    return "; ".join(out)


def _target(r, group: str, system: str = "product") -> str:
    """The held-out target for one user group, stated from the figures."""
    h = r["heldout"][group]
    base = [b for b in BASELINES if b in h and h[b]["n"]]
    if system not in h or not h[system]["n"] or not base:
        return f"{group} users: not measured in this run (needs `{system}` and a baseline on held-out)"
    parts = []
    met = True
    for key, label in (("success_at_10", "success@10"), ("ndcg_at_10", "nDCG@10")):
        best = max(base, key=lambda b: h[b][key])
        bv, pv = h[best][key], h[system][key]
        ratio = pv / bv if bv else float("inf")
        met &= pv >= TARGET * bv
        parts.append(f"{label} {f3(pv)} vs {best} {f3(bv)} ({ratio:.2f}x)")
    return f"{group} users: {'met' if met else '**missed**'} — " + "; ".join(parts)


def render(root: Path) -> str:
    r = load(root, "bench_requests.json")
    st, u = r["settings"], r["users"]
    ex = u["existing"]
    users = ", ".join(f"{i} ({n} films)" for i, n in zip(ex["ids"], ex["history_lengths"], strict=True))
    llm = st["llm"]
    if llm:
        c = llm["cache"]
        llm_line = (f"`product` ran {llm['llm']} with an exact-prompt cache ({c['distinct_calls']} distinct calls, "
                    f"{c['computed_now']} computed in this run, {c['read_from_cache']} read back; {len(llm['errors'])} failed turns).")
    else:
        llm_line = "`product` (the agent with the LLM) was not part of this run."
    L = [f"""### Hand-judged requests (`{r['command']}`)

{r['requests']} requests written and judged by two team members from their own film knowledge (not from the item
texts, genres or any system output; grades 2 / 1; method and schema: `evals/data/README.md`), sent to
the product and to four baselines over the same ml-100k SASRec engine. Measured {day(r['date'])} {hm(r['date'])} UTC on
{r['machine']}, load average {st['loadavg_1m'][0]} → {st['loadavg_1m'][1]}, {st['runtime_s']:.0f} s, commit
`{r['git_commit'][:12]}{'+dirty' if r['git_commit'].endswith('+dirty') else ''}` (`evals/results/bench_requests.json`, command and commit inside). Users: a new user (empty
history) and three dataset users with their real histories — {users}: short, median and long. Every list
drops the user's history, the films shown before the request and the films it names (never a judged one), then is cut at 10;
nDCG's ideal list runs over the judged films that survive the same exclusions. Baseline parameters chosen
on dev: {_params(r)}. {llm_line}
"""]
    for split in ("dev", "heldout"):
        if split not in r:
            continue
        n = st["splits"][split]["requests"]
        pairs = st["splits"][split]["pairs_scored"]
        L.append(f"**{split}** ({n} requests; {pairs} (request, user) pairs with a judged film left; existing users: "
                 "mean over requests × 3 users)\n")
        L.append("| system | existing success@10 | existing nDCG@10 | existing hits@10 | new success@10 | new nDCG@10 | new hits@10 |")
        L.append("|---|---|---|---|---|---|---|")
        for name, label in SYSTEMS.items():
            if name not in r[split]["existing"]:
                continue
            e, nw = r[split]["existing"][name], r[split]["new"][name]
            L.append(f"| {label} | {_cell(e, 'success_at_10')} | {_cell(e, 'ndcg_at_10')} | {_cell(e, 'hits_at_10')} | "
                     f"{_cell(nw, 'success_at_10')} | {_cell(nw, 'ndcg_at_10')} | {_cell(nw, 'hits_at_10')} |")
        L.append("")
    if "heldout" in r:
        L.append(f"Target (held-out): product ≥ {TARGET}x the best baseline on success@10 and nDCG@10 — "
                 + "; ".join(_target(r, g) for g in ("existing", "new")) + ".")
        if "product_pipeline" in r["heldout"]["new"]:
            L.append("For reference (not the target's system), the LLM-free path against the same bar: "
                     + "; ".join(_target(r, g, "product_pipeline") for g in ("existing", "new")) + ".")
    return "\n".join(L)
