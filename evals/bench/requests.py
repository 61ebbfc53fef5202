"""The request benchmark (issue 21): hand-judged requests (evals/data/requests.jsonl) sent to the product and
to baselines, scored at 10 against the films two film experts judged relevant.

    python -m cesrec.evals.bench.requests                     # every system, both splits (the LLM is slow)
    python -m cesrec.evals.bench.requests --systems product_pipeline,dense,bm25,rules_popularity,item_knn
    python -m cesrec.evals.bench.requests --limit 5 --split dev --systems product   # a quick look
    cesrec bench requests ...                                 # the same

Engine: the product's ml-100k SASRec engine (tools.engine.load_engine; never retrained here). Users: a new user
(empty history) and three dataset users with their real histories (request_baselines.pick_users). Each
(request, user) gets a fresh session; a follow-up request's shown list is recorded in the session first.
Systems: `product` = the agent (agent.api.RecommenderAgent) with the embedded LLM on its default settings,
k=10; `product_pipeline` = the agent's LLM-free path; baselines `dense`, `bm25`, `rules_popularity`,
`item_knn` (evals/bench/request_baselines.py), their free parameters chosen on the dev requests only.

The embedded LLM decodes greedily (agent/llama_decode.py: argmax under the grammar; the config asks for
temperature 0), so one prompt gives one output: calls are kept in an exact-prompt cache (`PromptCache`,
default CESREC_HOME/llm_cache/bench_requests.jsonl) keyed by the rendered prompt (messages + tool specs),
the tool choice, the token limit, the model file and the decoding code; the results file says how many
distinct calls the run needed and how many were computed rather than read back. llama.cpp reuses the KV cache
of the previous prompt's prefix, so a prompt's logits could in principle depend on what ran before; checked
once (2026-12-04, 4 dev requests x 4 users, decoded first in one run and after 4 other prompts in another):
the same outputs and the same figures.
Writes evals/results/bench_requests.json (+ .md).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from cesrec.agent.llm_local import ChatLlamaCppLocal
from cesrec.evals.bench import request_baselines as rb
from cesrec.evals.machine import machine_line
from cesrec.evals.provenance import provenance
from pydantic import PrivateAttr

HERE = Path(__file__).resolve().parents[1]  # evals/
REQUESTS = HERE / "data" / "requests.jsonl"
RESULTS = HERE / "results" / "bench_requests.json"
QUICK = HERE.parent / "runs" / "bench_requests" / "quick.json"
SYSTEMS = ("product", "product_pipeline", "dense", "bm25", "rules_popularity", "item_knn")
BASELINES = ("dense", "bm25", "rules_popularity", "item_knn")
SPLITS = ("dev", "heldout")
TARGET_RATIO = 1.1  # product >= 1.1x the best baseline on success@10 and nDCG@10 (held-out)


# ---------------------------------------------------------------------------------------- prompt cache
class PromptCache:
    """Exact-prompt cache of the chat model's outputs, one JSON line per computed call. Valid only because
    decoding is deterministic (greedy); a changed prompt, tool choice, limit, model file or decoding code
    is a different key."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path else None
        self._data: dict[str, dict] = {}
        self._lock = threading.Lock()
        self.used: set[str] = set()
        self.hits = self.misses = 0
        if self.path and self.path.exists():
            for line in self.path.read_text().splitlines():
                if line.strip():
                    row = json.loads(line)
                    self._data[row["key"]] = row

    @staticmethod
    def key(prompt: str, settings: dict) -> str:
        return hashlib.sha256(json.dumps([prompt, settings], sort_keys=True).encode()).hexdigest()

    def get(self, key: str) -> dict | None:
        with self._lock:
            row = self._data.get(key)
            self.used.add(key)
            if row is not None:
                self.hits += 1
            return row

    def put(self, key: str, message: dict, timing: dict) -> None:
        row = {"key": key, "message": message, "timing": timing}
        with self._lock:
            self.misses += 1
            self._data[key] = row
            if self.path:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a") as f:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")

    def summary(self) -> dict:
        return {"used": True, "path": str(self.path) if self.path else None, "calls": self.hits + self.misses,
                "distinct_calls": len(self.used), "computed_now": self.misses, "read_from_cache": self.hits}


def _code_hash() -> str:
    """The code that turns a prompt into output: chat template + grammar, decoding, the model wrapper."""
    agent = HERE.parent / "agent"
    h = hashlib.sha256()
    for name in ("llm_chatml.py", "llama_decode.py", "llm_local.py"):
        h.update((agent / name).read_bytes())
    return h.hexdigest()[:16]


def _dump(msg: Any) -> dict:
    return {"content": msg.content, "tool_calls": [{"name": t["name"], "args": t["args"]} for t in msg.tool_calls],
            "invalid_tool_calls": [{k: t.get(k) for k in ("name", "args", "error")} for t in msg.invalid_tool_calls],
            "additional_kwargs": dict(msg.additional_kwargs or {})}


def _load(d: dict) -> Any:
    from cesrec.agent.llm_chatml import new_call_id
    from langchain_core.messages import AIMessage

    return AIMessage(content=d["content"], additional_kwargs=dict(d["additional_kwargs"]),
                     tool_calls=[{**t, "id": new_call_id(), "type": "tool_call"} for t in d["tool_calls"]],
                     invalid_tool_calls=[{**t, "id": new_call_id(), "type": "invalid_tool_call"}
                                         for t in d["invalid_tool_calls"]])


class CachedChatLlamaCppLocal(ChatLlamaCppLocal):
    """The embedded chat model with `PromptCache` in front of its decoding; everything else unchanged."""

    _cache: Any = PrivateAttr(default=None)
    _settings: dict = PrivateAttr(default_factory=dict)

    def attach(self, cache: PromptCache) -> CachedChatLlamaCppLocal:
        p = Path(self.model_path)
        self._cache = cache
        self._settings = {"model": p.name, "model_bytes": p.stat().st_size, "n_ctx": self.n_ctx,
                          "temperature": self.temperature, "seed": self.seed, "code": _code_hash()}
        return self

    def _run(self, messages, stop, tools, tool_choice, on_text, max_tokens=None):  # noqa: ANN001, ANN202
        from cesrec.agent.llm_chatml import render_chatml, tool_specs

        if self._cache is None:
            return super()._run(messages, stop, tools, tool_choice, on_text, max_tokens)
        prompt = render_chatml(messages, tool_specs(tools or []))
        key = self._cache.key(prompt, {**self._settings, "stop": stop, "tool_choice": tool_choice,
                                       "max_tokens": max_tokens or self.max_tokens})
        row = self._cache.get(key)
        if row is not None:
            msg = _load(row["message"])
            if on_text and msg.content:
                on_text(msg.content)
            return msg, {**row["timing"], "prefill_s": 0.0, "decode_s": 0.0, "total_s": 0.0, "from_cache": True}
        msg, timing = super()._run(messages, stop, tools, tool_choice, on_text, max_tokens)
        self._cache.put(key, _dump(msg), timing)
        return msg, timing


def make_product(engine: Any, cache: PromptCache, threads: int) -> tuple[Any, dict]:
    """f(request) -> ranked ids through the agent with the embedded LLM (default LLM config), and a
    description of the LLM for the results file."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_config import LLMConfig
    from cesrec.agent.model_files import ensure_gguf

    cfg = LLMConfig.from_env(provider="local", n_threads=threads)
    if cfg.temperature != 0.0:
        raise SystemExit(f"bench_requests: the prompt cache needs greedy decoding; LLM temperature is {cfg.temperature}")
    llm = CachedChatLlamaCppLocal(model_path=cfg.gguf or str(ensure_gguf()), n_threads=cfg.n_threads,
                                  n_ctx=cfg.n_ctx, temperature=cfg.temperature, max_tokens=cfg.max_tokens,
                                  seed=cfg.seed).attach(cache)
    # no warm_up: the model loads on the first call the cache cannot answer (none, when every call is cached)
    agent = RecommenderAgent(engine=engine, llm=llm, llm_config=cfg, checkpointer="memory", k=rb.K)
    errors: list[str] = []
    short: list[int] = []  # turns that returned fewer than k films (the LLM may ask for fewer, or fail)
    done: list[int] = []
    t0 = time.time()

    def run(req: rb.Request, params: dict) -> list[int]:
        uid = req.user or "new"
        sid = f"req-{req.rec['id']}-{uid}"
        with agent.lock(sid):
            agent.write_session(sid, {"user_id": uid, "session": req.state})
        done.append(1)
        if len(done) % 50 == 0:  # a full run is ~900 turns: say where it is
            print(f"product: {len(done)} turns, {time.time() - t0:.0f} s, LLM calls computed {cache.misses}, "
                  f"read back {cache.hits}", file=sys.stderr)
        try:
            reply = agent.chat(sid, uid, req.rec["text"])
        except Exception as e:  # a failed turn recommends nothing; counted in the results file
            errors.append(f"{sid}: {' '.join(str(e).split())[:200]}")
            short.append(1)
            return []
        if len(reply.recommendations) < rb.K:
            short.append(1)
        return [int(r["item"]) for r in reply.recommendations]

    info = {"llm": cfg.describe() + f" (llama.cpp, {cfg.n_threads} threads, greedy: argmax under the grammar, "
                                    f"temperature {cfg.temperature})", "k": rb.K, "errors": errors,
            "short_lists": short}
    return run, info


# -------------------------------------------------------------------------------------------------- run
def load_requests(path: Path) -> list[dict]:
    try:
        lines = Path(path).read_text().splitlines()
    except FileNotFoundError:
        raise SystemExit(f"bench_requests: {path} not found (python -m cesrec.evals.data.write_requests)") from None
    return [json.loads(x) for x in lines if x.strip()]


def run(systems: tuple[str, ...] = SYSTEMS, splits: tuple[str, ...] = SPLITS, limit: int | None = None,
        requests: Path = REQUESTS, out: Path | None = RESULTS, engine: Any = None, threads: int = 2,
        llm_cache: Path | None = None, command: str = "", backbone: str = "sasrec",
        kinds: tuple[str, ...] = ()) -> dict:
    """Score `systems` on the requests of `splits` (each split's first `limit`, of `kinds` when given) and
    write the results file `out` (+ .md); returns its content."""
    bad = [s for s in systems if s not in SYSTEMS]
    if bad:
        raise SystemExit(f"bench_requests: unknown system(s) {bad}; known: {', '.join(SYSTEMS)}")
    bad = [s for s in splits if s not in SPLITS]
    if bad:
        raise SystemExit(f"bench_requests: unknown split(s) {bad}; known: {', '.join(SPLITS)}")
    t0 = time.time()
    load_before = os.getloadavg()[0]
    prov = provenance(command)  # taken at the start: files edited while it runs do not make it "+dirty"
    date = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    by_split = _requests_by_split(requests, kinds, limit)
    if engine is None:
        from cesrec.tools.engine import load_engine

        engine = load_engine(backbone=backbone, train=False)
    users = rb.pick_users(engine.dataset)
    pairs = {s: [rb.make_request(engine, r, u) for r in by_split[s] for u in [None, *users]] for s in SPLITS}
    fns, params, llm_info, cache = _systems(engine, systems, pairs, threads, llm_cache)
    results = _score(fns, params, pairs, splits)
    if llm_info is not None and cache is not None:
        llm_info["cache"] = cache.summary()
        llm_info["errors"] = list(llm_info["errors"])
        llm_info["short_lists"] = len(llm_info["short_lists"])
    lens = {u: len(engine.dataset.test_input(engine.dataset.user_index(u))[0]) for u in users}
    res = {
        "requests": sum(len(by_split[s]) for s in splits),
        **prov,
        "machine": machine_line(),
        "date": date,
        "users": {
            "new": {"history_length": 0, "sessions": "engine.new_session(user, history=[])"},
            "existing": {"ids": users, "history_lengths": [lens[u] for u in users],
                         "rule": "dataset users sorted by history length (ties: dataset order), the users at the "
                                 f"{', '.join(f'{q:g}' for q in rb.USER_QUANTILES)} quantiles"},
        },
        "settings": {
            "k": rb.K, "asked": rb.ASK, "engine": f"ml-100k {backbone} ({engine.directory.name})",
            "exclusions": "every list and the ideal list exclude the user's history, the films shown before the "
                          "request and the films it names (the rule reader's liked and refused films, "
                          "except judged ones: the judges left named films out, so those are misreadings)",
            "splits": {s: {"requests": len(by_split[s]),
                           "pairs_scored": sum(1 for p in pairs[s] if p.gains),
                           "pairs_without_judged_film": sum(1 for p in pairs[s] if not p.gains)} for s in splits},
            "systems": params, "llm": llm_info, "requests_file": str(Path(requests).name),
            "requests_sha256": hashlib.sha256(Path(requests).read_bytes()).hexdigest()[:16],
            "runtime_s": round(time.time() - t0, 1),
            "loadavg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        },
        **{s: results[s] for s in splits},
    }
    if out is not None:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(res, indent=2) + "\n")
        out.with_suffix(".md").write_text(markdown(res))
    return res


def _requests_by_split(requests: Path, kinds: tuple[str, ...], limit: int | None) -> dict[str, list[dict]]:
    """The judged requests of each split (of `kinds` when given), each split's first `limit`."""
    recs = load_requests(requests)
    if kinds:
        unknown = sorted(set(kinds) - {r["kind"] for r in recs})
        if unknown:
            raise SystemExit(f"bench_requests: no request of kind(s) {unknown} in {requests}")
        recs = [r for r in recs if r["kind"] in kinds]
    return {s: [r for r in recs if r["split"] == s][:limit] for s in SPLITS}


def _systems(engine: Any, systems: tuple[str, ...], pairs: dict[str, list], threads: int,
             llm_cache: Path | None) -> tuple[dict[str, Any], dict[str, dict], dict | None, PromptCache | None]:
    """name -> f(request, params) for the systems asked for, their parameters (a baseline's free ones chosen
    on DEV only, whatever splits are reported) and, with the product, its LLM's record and prompt cache."""
    fns = rb.baseline_fns(engine, [s for s in systems if s != "product"])
    params: dict[str, dict] = {}
    for name, fn in fns.items():
        if name in rb.GRIDS:  # chosen on DEV only, whatever splits are reported
            best, tried = rb.tune(fn, rb.GRIDS[name], pairs["dev"])
            params[name] = {"params": best, "tuned_on": "dev", "tried": tried}
        else:
            params[name] = {"params": {}}
    llm_info = None
    cache = None
    if "product" in systems:
        cache = PromptCache(llm_cache if llm_cache is not None else _default_cache())
        fns = {"product": None, **fns}
        fns["product"], llm_info = make_product(engine, cache, threads)
        params["product"] = {"params": {"k": rb.K}}
    return fns, params, llm_info, cache


def _score(fns: dict[str, Any], params: dict[str, dict], pairs: dict[str, list],
           splits: tuple[str, ...]) -> dict[str, dict]:
    """split -> group (existing / new users) -> system -> metrics at 10 (each system's line on stderr)."""
    results: dict[str, dict] = {}
    for split in splits:
        results[split] = {"existing": {}, "new": {}}
        for name in [s for s in SYSTEMS if s in fns]:
            rows = rb.score(fns[name], pairs[split], params[name]["params"])
            for group in ("existing", "new"):
                results[split][group][name] = rb.mean_metrics([r for r in rows if r["group"] == group])
            print(f"{split} {name}: " + "  ".join(
                f"{g} s@10 {results[split][g][name]['success_at_10']} nDCG {results[split][g][name]['ndcg_at_10']}"
                for g in ("existing", "new")), file=sys.stderr)
    return results


def _default_cache() -> Path:
    from cesrec.recmodel.data import cesrec_home

    return cesrec_home() / "llm_cache" / "bench_requests.jsonl"


def markdown(res: dict) -> str:
    """The results file as tables (one per split), headed by the command and commit."""
    L = [f"# Request benchmark ({res['requests']} requests)", "",
         f"Command: `{res['command']}`; commit `{res['git_commit']}`; {res['date']}; {res['machine']}. "
         "Generated with bench_requests.json; nothing edited.", ""]
    for split in SPLITS:
        if split not in res:
            continue
        L += [f"## {split}", "", "| system | existing success@10 | existing nDCG@10 | existing hits@10 | n | "
              "new success@10 | new nDCG@10 | new hits@10 | n |", "|---|---|---|---|---|---|---|---|---|"]
        for name in SYSTEMS:
            if name not in res[split]["existing"]:
                continue
            e, n = res[split]["existing"][name], res[split]["new"][name]
            cells = [f"{m[k]:.3f}" if m[k] is not None else "—" for m in (e, n)
                     for k in ("success_at_10", "ndcg_at_10", "hits_at_10")]
            L.append(f"| {name} | {' | '.join(cells[:3])} | {e['n']} | {' | '.join(cells[3:])} | {n['n']} |")
        L.append("")
    return "\n".join(L)


def main(argv: list[str] | None = None, prog: str = "python -m cesrec.evals.bench.requests") -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    ap.add_argument("--systems", default=",".join(SYSTEMS), help=f"comma list of {', '.join(SYSTEMS)}")
    ap.add_argument("--split", default="dev,heldout", help="dev, heldout or both (comma list)")
    ap.add_argument("--limit", type=int, default=None, help="first N requests of each split (quick runs)")
    ap.add_argument("--kinds", default="", help="only these request kinds (comma list; quick looks)")
    ap.add_argument("--requests", type=Path, default=REQUESTS)
    ap.add_argument("--out", type=Path, default=None,
                    help="results JSON, a .md next to it (default evals/results/bench_requests.json; with --limit or "
                         "--kinds runs/bench_requests/quick.json, so a quick look never replaces the results file)")
    ap.add_argument("--threads", type=int, default=2, help="CPU threads of the embedded LLM")
    ap.add_argument("--llm-cache", type=Path, default=None,
                    help="prompt cache file (default CESREC_HOME/llm_cache/bench_requests.jsonl)")
    ap.add_argument("--backbone", default="sasrec")
    a = ap.parse_args(argv)
    if a.limit is not None and a.limit < 1:
        ap.error("--limit must be >= 1")
    if a.out is None:
        a.out = QUICK if a.limit is not None or a.kinds.strip() else RESULTS
    res = run(tuple(s.strip() for s in a.systems.split(",") if s.strip()),
              tuple(s.strip() for s in a.split.split(",") if s.strip()), a.limit, a.requests, a.out,
              threads=a.threads, llm_cache=a.llm_cache, command=" ".join([prog, *argv]), backbone=a.backbone,
              kinds=tuple(k.strip() for k in a.kinds.split(",") if k.strip()))
    print(f"{res['requests']} requests -> {a.out} ({res['settings']['runtime_s']} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
