"""Evaluation protocols.

Protocol 1 ("pipeline", LLM-free, all test users): the SRS shows its top-k; the simulated user reacts
(accept, or one attribute under the information budget); the reaction reaches the system either as the
structured decision ("structured" channel) or as text through the rule parser ("text" channel); the system
updates and re-recommends; T turns. Systems differ only in how they use the same feedback (see evals.protocol.systems).
SRS scoring is batched across users per turn (one `score()` call per system and turn).

This module is the orchestration (contexts, the run over backbones x seeds x channels x systems, the run
directory); the session loop is evals.protocol.sessions, the systems are named and built in evals.protocol.systems, the channels in evals.protocol.channels. Protocol 2 ("agent") is
evals.protocol.agent.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.sessions import SessionOutcome, needs_relations, run_pipeline_system
from cesrec.evals.protocol.systems import (
    ALL_SYSTEMS,
    DEFAULT_SYSTEMS,
    ENGINE_SYSTEMS,
    system_signature,
)
from cesrec.evals.protocol.types import AttributeIndex, EvalContext, ProtocolError
from cesrec.evals.simulator import (
    InformationBudget,
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
        ctx = _backbone_context(cfg, backbone, ds, n_users, budget, progress, models, engines)
        outcomes = _run_backbone(cfg, ctx, backbone, budget, run, bar)
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


def _backbone_context(cfg: PipelineConfig, backbone: str, ds: SequenceDataset, n_users: int,
                      budget: InformationBudget, progress: bool, models: dict[str, SequentialRecommender] | None,
                      engines: dict[str, Any] | None) -> EvalContext:
    """The evaluation context of one backbone: the CESRec engine when a system or the simulator needs it, else
    the trained (or cached) SRS alone."""
    from cesrec.recmodel.runs import train_or_load

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
    return build_context(ds_b, model, backbone, range(n_users), cfg.stage, cfg.mode, cfg.profile_size, cfg.k,
                         engine=engine)


def _run_backbone(cfg: PipelineConfig, ctx: EvalContext, backbone: str, budget: InformationBudget, run: Any,
                  bar: Any) -> list[SessionOutcome]:
    """Every (seed, channel, system) of one backbone; a feedback-free system, or the very same configuration under
    another name, reuses the outcome already run."""
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
    return outcomes


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
