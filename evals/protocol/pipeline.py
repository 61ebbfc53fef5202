"""Evaluation protocols.

Protocol 1 ("pipeline", LLM-free, all test users): the SRS shows its top-k; the simulated user reacts
(accept, or one attribute under the information budget); the reaction reaches the system either as the
structured decision ("structured" channel) or as text through the rule parser ("text" channel); the system
updates and re-recommends; T turns. Systems differ only in how they use the same feedback (see evals.protocol.systems).
SRS scoring is batched across users per turn (one `score()` call per system and turn).

This module is the loop and its orchestration (contexts, sessions, the run directory); the systems are
named and built in evals.protocol.systems, the channels in evals.protocol.channels. Protocol 2 ("agent") is
evals.protocol.agent.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.channels import TextChannel, feedback_from_decision
from cesrec.evals.protocol.stats import ranks_with_exclusions
from cesrec.evals.protocol.systems import (
    ALL_SYSTEMS,
    DEFAULT_SYSTEMS,
    ENGINE_SYSTEMS,
    make_system,
    system_signature,
)
from cesrec.evals.protocol.types import AttributeIndex, EvalContext, ProtocolError, System
from cesrec.evals.simulator import (
    DecisionPolicy,
    InformationBudget,
    LeakageAudit,
    SimulatedUser,
    TemplateVerbalizer,
    Verbalizer,
    budget_named,
    target_free_profile,
    target_profile,
    temporal_holdout,
)
from cesrec.recmodel.base import SequentialRecommender
from cesrec.recmodel.data import SequenceDataset


def build_context(
    dataset: SequenceDataset,
    model: SequentialRecommender,
    backbone: str,
    users: Sequence[int] | None = None,
    stage: str = "test",
    mode: str = "target",
    profile_size: int = 5,
    k: int = 10,
    batch_size: int = 1024,
    engine: Any = None,
) -> EvalContext:
    """Histories and profiles for the chosen users.

    stage 'test': history = everything but the last item, target = last item (leave-one-out test).
    stage 'valid': history = everything but the last two, target = second-to-last (for tuning/diagnosis;
    never tune on 'test'). mode 'target_free': the last `profile_size` items (of the stage's sequence) are
    the profile, the rest the history. Note the SRS was trained on train_sequence (all but the last two), so
    in target-free mode with profile_size > 2 the model has seen some profile items as training targets for
    this user -- the numbers are optimistic there; profile_size=2 avoids it.
    """
    if stage not in ("test", "valid"):
        raise ProtocolError(f"stage must be 'test' or 'valid', not {stage!r}")
    if mode not in ("target", "target_free"):
        raise ProtocolError(f"mode must be 'target' or 'target_free', not {mode!r}")
    if k < 1:
        raise ProtocolError("k must be >= 1")
    idx = list(range(dataset.num_users)) if users is None else [int(u) for u in users]
    bad = [u for u in idx if not 0 <= u < dataset.num_users]
    if bad:
        raise ProtocolError(f"user index {bad[0]} out of range 0..{dataset.num_users - 1}")
    histories, profiles = [], []
    for u in idx:
        seq = dataset.sequences[u] if stage == "test" else dataset.sequences[u][:-1]
        if mode == "target":
            histories.append(np.asarray(seq[:-1], dtype=np.int64))
            profiles.append(target_profile(dataset.catalog, int(seq[-1])))
        else:
            hist, fut = temporal_holdout(seq, profile_size)
            histories.append(hist)
            profiles.append(target_free_profile(dataset.catalog, fut))
    ctx = EvalContext(dataset, model, backbone, idx, histories, profiles, k, engine=engine)
    with torch.no_grad():
        parts = [model.score(histories[a : a + batch_size]) for a in range(0, len(histories), batch_size)]
    ctx.base_scores = torch.cat(parts) if parts else torch.empty(0, dataset.num_items + 1)
    ctx.attr_index = AttributeIndex(dataset.catalog)
    return ctx


# --------------------------------------------------------------------------------------------------------
# Protocol 1: the pipeline
# --------------------------------------------------------------------------------------------------------


@dataclass
class SessionOutcome:
    """Per-row results of one (system, seed, channel) run."""

    system: str
    seed: int
    channel: str
    ranks: np.ndarray  # (T + 1, rows): full-ranking rank of the (best) target per turn
    accept_turn: np.ndarray  # (rows,): turn whose list contained the target, -1 = never
    dropped: np.ndarray  # (rows,) bool: session dropped by the leakage audit
    regenerations: int = 0
    parse: dict = field(default_factory=dict)
    noise: dict = field(default_factory=dict)
    seconds: float = 0.0
    meta: dict = field(default_factory=dict)  # per row: feedback kind per turn, reference variant


def needs_relations(budget: InformationBudget) -> bool:
    return any(k in ("reference", "critique") for k in budget.feedback_kinds)


def item_relations(ctx: EvalContext) -> Any:
    """The simulated user's notion of related films (co-occurrence on the training split, item-text
    embeddings), built once per context."""
    if ctx.relations is None:
        from cesrec.evals.simulator import ItemRelations

        if ctx.engine is None:
            raise ProtocolError("references and critiques need item text embeddings: build the CESRec engine")
        ctx.relations = ItemRelations.build(ctx.dataset, ctx.engine.semantic.embeddings)
    return ctx.relations


def _pairs(d: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(k, v) for k, vs in d.items() for v in vs}


def run_pipeline_system(
    ctx: EvalContext,
    system_name: str,
    seed: int,
    channel: str = "structured",
    turns: int = 3,
    budget: InformationBudget | None = None,
    verbalizer: Verbalizer | None = None,
    max_regenerations: int = 2,
    on_session: Callable[[dict], None] | None = None,
    rows: Sequence[int] | None = None,
    system: System | None = None,
    sim_histories: Sequence[Sequence[int]] | None = None,
    drift_items: Sequence[int | None] | None = None,
    drift_turns: int = 0,
) -> SessionOutcome:
    """Run all sessions of one system for one seed and channel; per-turn SRS scoring is batched. `system`:
    a prepared instance (e.g. re-weighted for tuning) instead of the one `system_name` builds.
    `sim_histories`: what each simulated person remembers having watched when it differs from what the system
    knows (new users: the system sees a cut history; shared accounts: the system sees another user's items too);
    `drift_items` / `drift_turns`: long conversations whose first turns talk about another film (issue 22)."""
    if channel not in ("structured", "text"):
        raise ProtocolError(f"channel must be 'structured' or 'text', not {channel!r}")
    if turns < 0:
        raise ProtocolError("turns must be >= 0")
    t0 = time.perf_counter()
    budget = budget or budget_named("headline")
    verbalizer = verbalizer or TemplateVerbalizer(seed)
    system = system if system is not None else make_system(system_name, ctx)
    text = TextChannel(ctx) if channel == "text" and system.uses_feedback else None
    rows = list(range(len(ctx.users))) if rows is None else list(rows)
    n = len(rows)
    pos = {r: j for j, r in enumerate(rows)}
    k = ctx.k
    audit = LeakageAudit(ctx.catalog, budget)
    policy = DecisionPolicy(ctx.catalog, budget)
    relations = item_relations(ctx) if needs_relations(budget) else None
    variants = tuple(budget.reference_variants)
    sims = {
        r: SimulatedUser(ctx.catalog, ctx.profiles[r], budget, verbalizer, seed=seed,
                         session_key=(ctx.dataset.user_ids[ctx.users[r]],), max_regenerations=max_regenerations,
                         audit=audit, policy=policy, relations=relations,
                         history=[int(i) for i in (sim_histories[r] if sim_histories is not None
                                                   else ctx.histories[r])],
                         # equal shares of every reference variant, rotated across seeds
                         reference_variant=variants[(r + seed) % len(variants)] if variants else None,
                         drift_item=drift_items[r] if drift_items is not None else None,
                         drift_turns=drift_turns)
        for r in rows
    }
    system.start(rows)
    shown_all: dict[int, list[int]] = {r: [] for r in rows}
    named: dict[int, list[int]] = {r: [] for r in rows}  # films the user pointed at: never recommended back
    kinds = np.full((turns + 1, n), "", dtype=object)
    shown_now: dict[int, list[int]] = {}
    ranks = np.full((turns + 1, n), np.inf)
    accept = np.full(n, -1, dtype=np.int64)
    dropped = np.zeros(n, dtype=bool)
    logs: dict[int, list[dict]] = {r: [] for r in rows}
    regen = 0
    parse_stats = {"decisions_with_attributes": 0, "exact": 0, "recovered": 0, "asked": 0, "spurious": 0,
                   "empty": 0}
    noise = {"none": 0, "vague": 0, "wrong": 0}

    def rank_and_show(active: list[int], turn: int) -> None:
        if not active:
            return
        scores = system.scores(active).clone()
        excluded = [ctx.histories[r].tolist() + (shown_all[r] + named[r] if system.uses_feedback else [])
                    for r in active]
        # rank of every profile item; the best one counts (target mode: the single target)
        best = np.full(len(active), np.inf)
        n_prof = max(len(ctx.profiles[r].items) for r in active)
        for j in range(n_prof):
            tg = [ctx.profiles[r].items[min(j, len(ctx.profiles[r].items) - 1)] for r in active]
            best = np.minimum(best, ranks_with_exclusions(scores, tg, excluded))
        for b, r in enumerate(active):
            row = scores[b]
            row[0] = float("-inf")
            if excluded[b]:
                row[torch.as_tensor(excluded[b], dtype=torch.long)] = float("-inf")
            kk = min(k, int(torch.isfinite(row).sum()))
            top = torch.topk(row, kk).indices.tolist() if kk > 0 else []
            shown_now[r] = top
            ranks[turn, pos[r]] = best[b]
            if set(top) & set(ctx.profiles[r].items):
                accept[pos[r]] = turn
            logs[r].append({"turn": turn, "shown": top, "rank": float(best[b])})

    rank_and_show(rows, 0)
    for turn in range(1, turns + 1):
        active = [r for r in rows if accept[pos[r]] < 0 and not dropped[pos[r]]]
        for r in rows:  # finished sessions keep their last rank
            if accept[pos[r]] >= 0 or dropped[pos[r]]:
                ranks[turn, pos[r]] = ranks[turn - 1, pos[r]]
        going: list[int] = []
        for r in active:
            st = sims[r].respond(shown_now[r], turn)
            regen += len(st.attempts) - 1
            noise[st.decision.noise] += 1
            kinds[turn, pos[r]] = getattr(st.decision, "kind", "attribute") if st.decision.action == "feedback" \
                else st.decision.action
            entry: dict[str, Any] = {"turn": turn, "utterance": st.utterance, "decision": st.decision.to_dict(),
                                     "audit": st.attempts}
            if st.dropped:
                dropped[pos[r]] = True
                entry["dropped"] = True
                logs[r].append(entry)
                ranks[turn, pos[r]] = ranks[turn - 1, pos[r]]
                continue
            shown_all[r].extend(shown_now[r])
            if text is not None:
                fb = text.parse(r, st.utterance, system, shown_now[r])
                want = _pairs(st.decision.liked) | {("not",) + p for p in _pairs(st.decision.disliked)}
                got = _pairs(fb.liked) | {("not",) + p for p in _pairs(fb.disliked)}
                if want:
                    parse_stats["decisions_with_attributes"] += 1
                    parse_stats["exact"] += int(want == got)
                    parse_stats["recovered"] += len(want & got)
                    parse_stats["asked"] += len(want)
                parse_stats["spurious"] += len(got - want)
                parse_stats["empty"] += int(not got)
                entry["parsed"] = fb.to_dict()
            else:
                fb = feedback_from_decision(st.decision, st.utterance, ctx.catalog)
            named[r] += [int(i) for i in fb.liked_items if int(i) not in named[r]]
            if system.uses_feedback:
                entry["state_change"] = system.update(r, fb, shown_now[r], turn)
            logs[r].append(entry)
            going.append(r)
        rank_and_show(going, turn)
        for r in going:
            extra = system.describe_state(r)
            if extra:
                logs[r][-2].setdefault("state_change", {}).update(extra)
    for r in rows:
        if on_session is not None:
            on_session({"user": ctx.dataset.user_ids[ctx.users[r]], "system": system_name, "seed": seed,
                        "channel": channel, "backbone": ctx.backbone, "profile": ctx.profiles[r].items,
                        "accept_turn": int(accept[pos[r]]), "dropped": bool(dropped[pos[r]]), "turns": logs[r]})
    meta = {"kinds": kinds[1:].T.copy(),
            "variant": np.array([sims[r].reference_variant or "" for r in rows], dtype=object),
            # films the person named (reference clues) and the film a hand-written description described
            "referenced": [[int(i) for i in sims[r].state.referenced] for r in rows],
            "described": np.array([next((t.decision.description_item for t in sims[r].history
                                         if t.decision.description_item is not None), 0) or 0 for r in rows],
                                  dtype=np.int64)}
    return SessionOutcome(system_name, seed, channel, ranks, accept, dropped, regen, parse_stats, noise,
                          time.perf_counter() - t0, meta)


@dataclass
class PipelineConfig:
    """Protocol 1 settings (what `cesrec eval --protocol pipeline` exposes)."""

    dataset: str = "ml-100k"
    source: str | None = None  # None: the shared ml-100k when present, else the default source
    backbones: tuple[str, ...] = ("sasrec", "gru4rec")
    systems: tuple[str, ...] = DEFAULT_SYSTEMS
    channels: tuple[str, ...] = ("structured", "text")
    # systems run on the text channel (None = all); the text channel mostly measures the parser
    text_systems: tuple[str, ...] | None = None
    seeds: tuple[int, ...] = (0, 1, 2)
    turns: int = 3
    k: int = 10
    budget: str = "headline"
    noise_rate: float = 0.10
    mode: str = "target"
    profile_size: int = 5
    stage: str = "test"
    users: int | None = None  # None = all users; else the first N (a fixed sample, seed-independent)
    max_regenerations: int = 2
    verbalizer: str = "template"
    train_overrides: dict = field(default_factory=dict)  # e.g. {"epochs": 2} for a smoke run
    protocol: str = "pipeline"

    def validate(self) -> None:
        unknown = [s for s in self.systems if s not in ALL_SYSTEMS]
        if unknown:
            raise ProtocolError(f"unknown system(s) {unknown}; known: {', '.join(ALL_SYSTEMS)}")
        bad = [c for c in self.channels if c not in ("structured", "text")]
        if bad or not self.channels:
            raise ProtocolError(f"channels must be structured and/or text, got {list(self.channels)}")
        if not self.seeds or not self.backbones or not self.systems:
            raise ProtocolError("need at least one seed, backbone and system")
        if self.turns < 0 or self.k < 1:
            raise ProtocolError("turns must be >= 0 and k >= 1")
        if self.users is not None and self.users < 1:
            raise ProtocolError("users must be >= 1")
        budget_named(self.budget, self.noise_rate)


def load_dataset(name: str = "ml-100k", source: str | None = None) -> SequenceDataset:
    """The dataset `name` means everywhere (recmodel.datasets.open_dataset); unknown names fail."""
    from cesrec.recmodel.datasets import open_dataset

    return open_dataset(name, source)


def run_pipeline_eval(
    cfg: PipelineConfig,
    out_dir: str | None = None,
    progress: bool = True,
    dataset: SequenceDataset | None = None,
    models: dict[str, SequentialRecommender] | None = None,
    engines: dict[str, Any] | None = None,
) -> dict:
    """Protocol 1 end to end: load data and backbones, run every (backbone, seed, channel, system), aggregate,
    write the run directory (when `out_dir`), and return metrics.json's content."""
    from threadpoolctl import threadpool_limits

    cfg.validate()
    # one BLAS thread: the per-user numpy work is tiny matrix-vector products, and a multi-threaded BLAS
    # on a loaded 2-core machine made each one ~100x slower (17 ms instead of 0.15 ms)
    with threadpool_limits(1, "blas"):
        return _run_pipeline_eval(cfg, out_dir, progress, dataset, models, engines)


def _run_pipeline_eval(
    cfg: PipelineConfig,
    out_dir: str | None,
    progress: bool,
    dataset: SequenceDataset | None,
    models: dict[str, SequentialRecommender] | None,
    engines: dict[str, Any] | None,
) -> dict:
    from dataclasses import asdict

    from cesrec.evals.protocol.report import RunDir, aggregate, finish_run, headline
    from cesrec.recmodel.runs import train_or_load
    from tqdm.auto import tqdm

    t_start = time.perf_counter()
    ds = dataset or load_dataset(cfg.dataset, cfg.source)
    run = RunDir(out_dir) if out_dir else None
    conf = asdict(cfg)
    if run:
        run.write_json("config.json", conf)
    budget = budget_named(cfg.budget, cfg.noise_rate)
    metrics: dict[str, Any] = {"config": conf, "backbones": {}, "timings": {}}
    # which data exactly (a name alone once hid a run on another dataset): content key + size
    metrics["data"] = {k: ds.manifest.get(k) for k in ("name", "content_key", "users", "items", "interactions")}
    n_users = ds.num_users if cfg.users is None else min(cfg.users, ds.num_users)
    total = len(cfg.backbones) * len(cfg.seeds) * len(cfg.channels) * len(cfg.systems)
    bar = tqdm(total=total, desc="protocol 1", disable=not progress, dynamic_ncols=True)
    for backbone in cfg.backbones:
        t_b = time.perf_counter()
        engine = None
        ds_b = ds
        if any(s in ENGINE_SYSTEMS for s in cfg.systems) or needs_relations(budget):
            from cesrec.tools.engine import CESRecEngine

            engine = (engines or {}).get(backbone) or CESRecEngine.build(
                cfg.dataset, backbone, source=cfg.source, progress=progress, **cfg.train_overrides)
            model, ds_b = engine.model, engine.dataset
        else:
            model = (models or {}).get(backbone) or train_or_load(ds, backbone, progress=progress,
                                                                  **cfg.train_overrides)
        ctx = build_context(ds_b, model, backbone, range(n_users), cfg.stage, cfg.mode, cfg.profile_size, cfg.k,
                            engine=engine)
        signatures = {name: system_signature(name, ctx) for name in cfg.systems}
        outcomes: list[SessionOutcome] = []
        srs_cache: dict[int, SessionOutcome] = {}
        for seed in cfg.seeds:
            for channel in cfg.channels:
                done: dict[Any, SessionOutcome] = {}
                for name in cfg.systems:
                    if channel == "text" and cfg.text_systems is not None and name not in cfg.text_systems:
                        bar.update(1)
                        continue
                    bar.set_postfix_str(f"{backbone} seed {seed} {channel} {name}")
                    same = srs_cache.get(seed) if name == "srs_only" else done.get(signatures[name])
                    if same is not None:  # feedback-free, or the very same configuration: reuse
                        outcomes.append(dataclasses.replace(same, system=name, channel=channel, seconds=0.0,
                                                            parse={} if name == "srs_only" else same.parse))
                        bar.update(1)
                        continue
                    verb = make_verbalizer(cfg.verbalizer, seed)
                    sink = run.transcript_sink(backbone, name, channel, seed) if run else None
                    o = run_pipeline_system(ctx, name, seed, channel, cfg.turns, budget, verb,
                                            cfg.max_regenerations, on_session=sink)
                    if name == "srs_only":
                        srs_cache[seed] = o
                    done[signatures[name]] = o
                    outcomes.append(o)
                    bar.update(1)
        metrics["backbones"][backbone] = aggregate(outcomes, cfg.turns)
        metrics["timings"][backbone] = {
            "seconds": round(time.perf_counter() - t_b, 1),
            "per_system_seconds": {f"{o.system}/{o.channel}/seed{o.seed}": round(o.seconds, 2) for o in outcomes},
        }
    bar.close()
    metrics["runtime_s"] = round(time.perf_counter() - t_start, 1)
    metrics["headline"] = {ch: headline(metrics, ch) for ch in cfg.channels}
    metrics["notes"] = PIPELINE_NOTES
    if run:
        run.close()
        finish_run(run, metrics)
    return metrics


PIPELINE_NOTES = [
    "Seeds vary the simulated user (noise draws, tie-breaks, phrasings); each backbone is trained once "
    "(recmodel.train defaults) and shared across seeds.",
    "srs_only ignores feedback (its list never changes); every feedback system also stops showing items the "
    "user already saw and rejected.",
    "The simulator's decision comes from the held-out target under the information budget; the verbalizer "
    "never sees the target. Leaking utterances are regenerated; sessions still leaking are dropped for every "
    "system of that backbone and counted.",
]


def make_verbalizer(name: str, seed: int, llm: Any = None, catalog: Any = None) -> Verbalizer:
    if name == "template":
        return TemplateVerbalizer(seed)
    if name == "llm":
        from cesrec.evals.simulator import LLMVerbalizer

        if llm is None:
            raise ProtocolError("the LLM verbalizer needs a chat model (see agent.llm.make_chat_model)")
        return LLMVerbalizer(llm, catalog=catalog, fallback=TemplateVerbalizer(seed))
    raise ProtocolError(f"unknown verbalizer {name!r}; use template or llm")
