"""The request benchmark's measuring parts (evals/bench/requests.py runs them): the users, one session per
(request, user), the metrics at 10, and the LLM-free systems -- the product's own LLM-free path and four
baselines, each over the same engine and with the same exclusions.

Fair to every system: each is asked for more than 10 films, the user's history, the films shown before
the request and the films the request names (read by the product's rule reader, the same set for every
system; never a judged film) are dropped, then the list is cut at 10. The ideal list of nDCG runs over the
judged films that survive the same exclusions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from cesrec.tools.feedback import parse_feedback_rules
from cesrec.tools.ranking import constrained_scores, top_k
from cesrec.tools.state import Feedback, Preferences, Recommendation, SessionState

K = 10
ASK = 50  # films asked of every system before the exclusions (the recommend tool allows at most 50)
USER_QUANTILES = (0.1, 0.5, 0.9)  # existing users: short, median and long history among all dataset users

# Free parameters of the baselines and the values tried; each is chosen on the DEV requests only.
GRIDS: dict[str, dict[str, tuple]] = {
    "rules_popularity": {"mode": ("filter", "boost")},  # the two constraint modes of tools.ranking
    "item_knn": {"decay": (0.5, 0.8, 1.0)},  # weight of an earlier named film relative to the next
    "bm25": {"k1": (0.9, 1.2, 1.5, 2.0), "b": (0.4, 0.75, 0.9)},  # term saturation, length normalisation
}


# -------------------------------------------------------------------------------------------------- users
def pick_users(dataset: Any, quantiles: Iterable[float] = USER_QUANTILES) -> list[str]:
    """The existing users, by a fixed rule: users sorted by the length of their history (the test input:
    everything but the held-out last film; ties by dataset order); the user at each quantile of that order."""
    lens = [len(dataset.test_input(u)[0]) for u in range(dataset.num_users)]
    order = sorted(range(dataset.num_users), key=lambda u: (lens[u], u))
    picked: list[str] = []
    for q in quantiles:
        u = order[round(q * (len(order) - 1))]
        if dataset.user_ids[u] not in picked:
            picked.append(dataset.user_ids[u])
    return picked


def shown_recommendations(engine: Any, shown: list[int]) -> list[Recommendation]:
    """The shown list as the session records it (`last_recommendations`), so "the second one" refers to it."""
    c = engine.catalog
    return [Recommendation(item=i, title=c.titles[i], year=c.years[i], genres=list(c.genres[i]), score=0.0,
                           why="shown before this request") for i in shown]


def request_session(engine: Any, user: str | None, shown: list[int] | None) -> SessionState:
    """A fresh session: a new user (empty history, `user` None) or a dataset user with their real history;
    the films shown before the request recorded as the session's shown list and last recommendations."""
    state = engine.new_session("new", history=[]) if user is None else engine.new_session(user)
    if shown:
        state = state.model_copy(update={"shown": list(shown),
                                         "last_recommendations": shown_recommendations(engine, shown)})
    return state


# ------------------------------------------------------------------------------------------------ metrics
def eligible_relevant(relevant: list[dict], exclude: set[int]) -> dict[int, int]:
    """Judged films (item -> grade) the user can still be recommended."""
    return {int(r["item"]): int(r["grade"]) for r in relevant if int(r["item"]) not in exclude}


def final_list(ranked: Iterable[int], exclude: set[int], k: int = K) -> list[int]:
    """The list a system is scored on: its ranking with the excluded films dropped, cut at k."""
    out: list[int] = []
    for i in ranked:
        i = int(i)
        if i not in exclude and i not in out:
            out.append(i)
            if len(out) == k:
                break
    return out


def metrics_at_k(items: list[int], gains: dict[int, int], k: int = K) -> dict[str, float]:
    """success@k (any judged film in the list), hits@k (how many) and graded nDCG@k: gain = grade,
    discount 1/log2(rank + 1), ideal = the judged films sorted by grade."""
    top = items[:k]
    dcg = sum(gains.get(i, 0) / math.log2(r + 2) for r, i in enumerate(top))
    ideal = sum(g / math.log2(r + 2) for r, g in enumerate(sorted(gains.values(), reverse=True)[:k]))
    hits = sum(1 for i in top if i in gains)
    return {"success_at_10": float(hits > 0), "hits_at_10": float(hits), "ndcg_at_10": dcg / ideal if ideal else 0.0}


def mean_metrics(rows: list[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {"success_at_10": None, "hits_at_10": None, "ndcg_at_10": None, "n": 0}
    out = {m: round(float(np.mean([r[m] for r in rows])), 4) for m in ("success_at_10", "hits_at_10", "ndcg_at_10")}
    return {**out, "n": len(rows)}


# ---------------------------------------------------------------------------------------- one request
@dataclass
class Request:
    """One (request, user) pair as every system sees it."""

    rec: dict
    user: str | None  # None: a new user
    state: SessionState  # the session before the request (history, shown list)
    rules: Feedback  # the product's rule reader on the text (named films, constraints)
    exclude: set[int] = field(default_factory=set)
    gains: dict[int, int] = field(default_factory=dict)

    @property
    def group(self) -> str:
        return "new" if self.user is None else "existing"


def make_request(engine: Any, rec: dict, user: str | None) -> Request:
    state = request_session(engine, user, rec.get("shown"))
    rules = parse_feedback_rules(rec["text"], engine.catalog, state)
    # films the request names (as the rule reader reads them) are dropped from every list; a judged film
    # never is: the judges left out what the request names, so a judged film the reader takes for a named
    # one ("hackers and cyberpunk" -> Hackers (1995)) is a misreading, and recommending it still counts
    judged = {int(r["item"]) for r in rec["relevant"]}
    named = (set(rules.liked_items) | set(rules.disliked_items)) - judged
    exclude = set(state.history) | set(state.shown) | named
    return Request(rec, user, state, rules, exclude, eligible_relevant(rec["relevant"], exclude))


# ----------------------------------------------------------------------------------------------- systems
def _ranked(scores: np.ndarray, exclude: set[int], k: int = ASK) -> list[int]:
    s = np.asarray(scores, dtype=np.float64).copy()
    s[0] = -np.inf
    if exclude:
        s[np.fromiter(exclude, dtype=np.int64)] = -np.inf
    return [i for i, _ in top_k(s, k)]


def _popularity(engine: Any) -> np.ndarray:
    return np.log1p(engine.popularity.astype(np.float64))


def product_pipeline(engine: Any, req: Request, toolkit: Any) -> list[int]:
    """The agent's LLM-free path (the policy the server runs without an LLM): the turn's words read by
    agent.understand with no LLM call (the rule reader plus the mood reader), the preferences saved, then
    the product's turn (tools.turn.recommend_with_feedback) — what `update_preferences` without arguments
    records."""
    from cesrec.agent.understand import understand

    u = understand(req.rec["text"], None, req.state, engine.catalog, toolkit.mood)
    out = toolkit.record_and_recommend(req.state, u)
    return [r.item for r in out.recommendations or []]


def dense(engine: Any, req: Request) -> list[int]:
    """The request text embedded with the engine's sentence encoder, cosine to every item's text vector."""
    sem = engine.semantic
    return _ranked(sem.embeddings @ sem.encode(req.rec["text"]), req.exclude)


def bm25(engine: Any, req: Request, index: Any) -> list[int]:
    """BM25 of the request text over the item texts (tools.lexical); popularity only orders exact ties
    (a request none of whose words occurs in the catalogue scores every item 0)."""
    pop = _popularity(engine)
    return _ranked(index.scores(req.rec["text"]) + 1e-9 * pop / max(float(pop.max()), 1e-12), req.exclude)


def rules_popularity(engine: Any, req: Request, mode: str = "filter") -> list[int]:
    """Item popularity under the rule reader's constraints (liked/disliked genres, decades, people,
    ratings, year range, refused films) through the project's one constraint function."""
    fb = req.rules
    prefs = Preferences(liked=fb.liked_attributes, disliked=fb.disliked_attributes, year_min=fb.year_min,
                        year_max=fb.year_max, disliked_items=list(fb.disliked_items))
    eff, _ = constrained_scores(_popularity(engine), prefs, engine, mode, req.exclude)
    return [i for i, _ in top_k(eff, ASK)]


def item_knn(engine: Any, req: Request, decay: float = 1.0) -> list[int]:
    """The engine's collaborative neighbours of the films the request names (the rule reader's liked
    films), popularity to break ties; popularity alone when no film is named."""
    pop = _popularity(engine)
    named = [int(i) for i in req.rules.liked_items]
    if not named:
        return _ranked(pop, req.exclude)
    knn = engine.neighbours.scores(named, decay)
    return _ranked(knn + 1e-6 * pop / max(float(pop.max()), 1e-12), req.exclude)


def baseline_fns(engine: Any, names: Iterable[str]) -> dict[str, Callable[[Request, dict], list[int]]]:
    """name -> f(request, params) for the LLM-free systems asked for (built once: indexes, the toolkit)."""
    out: dict[str, Callable[[Request, dict], list[int]]] = {}
    for name in names:
        if name == "product_pipeline":
            from cesrec.agent.toolset import AgentToolkit

            kit = AgentToolkit(engine, k=ASK)
            out[name] = lambda r, p, kit=kit: product_pipeline(engine, r, kit)
        elif name == "dense":
            out[name] = lambda r, p: dense(engine, r)
        elif name == "bm25":
            try:
                from cesrec.tools.lexical import LexicalConfig, lexical_index_for
            except ImportError as e:
                raise SystemExit(f"bench_requests: system bm25 needs tools/lexical.py ({e})") from None
            # one index per (k1, b), built once (lexical_index_for caches by catalogue and config)
            out[name] = lambda r, p: bm25(engine, r, lexical_index_for(engine.catalog, LexicalConfig(**p)))
        elif name == "rules_popularity":
            out[name] = lambda r, p: rules_popularity(engine, r, **p)
        elif name == "item_knn":
            out[name] = lambda r, p: item_knn(engine, r, **p)
        else:
            raise SystemExit(f"bench_requests: unknown LLM-free system {name!r}")
    return out


def score(fn: Callable[[Request, dict], list[int]], reqs: list[Request], params: dict) -> list[dict]:
    """Per (request, user) metrics of one system; pairs with no judged film left are not scored."""
    rows = []
    for r in reqs:
        if r.gains:
            rows.append({"id": r.rec["id"], "group": r.group,
                         **metrics_at_k(final_list(fn(r, params), r.exclude), r.gains)})
    return rows


def tune(fn: Callable[[Request, dict], list[int]], grid: dict[str, tuple], dev: list[Request]
         ) -> tuple[dict, list[dict]]:
    """The grid point with the best mean nDCG@10 over the DEV (request, user) pairs (first on ties)."""
    points: list[dict] = [{}]
    for key, values in grid.items():
        points = [{**p, key: v} for p in points for v in values]
    tried, best, best_v = [], points[0], -1.0
    for p in points:
        v = mean_metrics(score(fn, dev, p))["ndcg_at_10"] or 0.0
        tried.append({**p, "dev_ndcg_at_10": round(v, 4)})
        if v > best_v + 1e-12:
            best, best_v = p, v
    return best, tried
