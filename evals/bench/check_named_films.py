"""Issue 10's chat check with the embedded LLM: after "I loved Heat and The Usual Suspects, something like
that", how many of the top 10 are among the 50 nearest co-occurrence neighbours of those two films?

    python -m cesrec.evals.bench.check_named_films --out evals/results/check_named_films.json
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

UTTERANCE = "I loved Heat and The Usual Suspects, something like that"
FILMS = ("Heat", "The Usual Suspects")


def cooc_neighbours(engine, items: list[int], n: int = 50) -> set[int]:
    """The n nearest films by cosine co-occurrence on the training split, summed over `items`."""
    ds = engine.dataset
    X = np.zeros((ds.num_users, engine.num_items + 1), dtype=np.float32)
    for u in range(ds.num_users):
        X[u, np.unique(np.asarray(ds.train_sequence(u)))] = 1.0
    X[:, 0] = 0
    norms = np.maximum(np.linalg.norm(X, axis=0), 1e-9)
    sims = sum((X.T @ X[:, i]) / (norms * norms[i]) for i in items)
    sims[items] = -np.inf
    sims[0] = -np.inf
    return set(np.argsort(-sims)[:n].tolist())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--user", default="42")
    ap.add_argument("--llm", default="local")
    ap.add_argument("--out", default="evals/results/check_named_films.json")
    a = ap.parse_args()
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_config import LLMConfig
    from cesrec.evals.machine import machine_line
    from cesrec.evals.protocol.open_config import engine_for
    from cesrec.evals.provenance import provenance
    from cesrec.tools.catalog import find_item

    engine = engine_for("sasrec", 42)
    agent = RecommenderAgent(engine=engine, llm_config=LLMConfig(provider=a.llm), checkpointer="memory", k=10)
    before = agent.chat("before", a.user, "Recommend me some movies.")
    t0 = time.perf_counter()
    reply = agent.chat("named", a.user, UTTERANCE)
    secs = time.perf_counter() - t0
    films = [find_item(engine, t) for t in FILMS]
    near = cooc_neighbours(engine, films)
    top = [r["item"] for r in reply.recommendations][:10]
    res = {"machine": machine_line(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           **provenance("python -m cesrec.evals.bench.check_named_films " + " ".join(f"--{k} {v}" for k, v in vars(a).items())),
           "user": a.user, "utterance": UTTERANCE, "llm": a.llm,
           "tool_calls": [{"name": e["name"], "args": e.get("args")} for e in reply.tool_events],
           "films_saved": [engine.catalog.label(i) for i in agent.session_state("named").preferences.liked_items],
           "top10": [engine.catalog.label(i) for i in top],
           "top10_before": [r["title"] for r in before.recommendations][:10],
           "in_50_nearest": sum(i in near for i in top),
           "in_50_nearest_before": sum(r["item"] in near for r in before.recommendations[:10]),
           "target": ">= 5 of 10", "turn_seconds": round(secs, 2), "reply": reply.text}
    with open(a.out, "w") as fh:
        json.dump(res, fh, indent=2)
    print(json.dumps({k: res[k] for k in ("tool_calls", "films_saved", "top10", "in_50_nearest",
                                          "in_50_nearest_before")}, indent=2))


if __name__ == "__main__":
    main()
