"""The system registry of protocol 1: the names of every system, which ones need the CESRec engine,
the default line-ups, and the factory that builds a system by name."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from cesrec.evals.protocol.baselines import AttributeBaseline, SRSOnly, SRSPaging
from cesrec.evals.protocol.cesrec_systems import SYSTEM_CONFIGS, CESRecSystem, config_overrides
from cesrec.evals.protocol.open_baselines import EvidenceBaseline
from cesrec.evals.protocol.types import EvalContext, ProtocolError, System

OPEN_BASELINES = ("semantic_retrieval", "item_knn", "score_fusion", "tuned_fusion", "bm25")
BASELINE_SYSTEMS = ("srs_only", "srs_paging", "attribute_filter", "attribute_filter_hard", "attribute_boost",
                    *OPEN_BASELINES)
CESREC_SYSTEMS = ("cesrec", "cesrec_refit", "cesrec_no_mask", "cesrec_mask", "cesrec_mask_disliked", "cesrec_no_pseudo", "cesrec_no_evidence", "cesrec_k_lowest",
                  "cesrec_robust", "paper_recipe", "cesrec_pseudo_w1")
# systems that need the CESRec engine (semantic index, item neighbours)
ENGINE_SYSTEMS = CESREC_SYSTEMS + OPEN_BASELINES
# protocol 1 on open feedback: every baseline of issue 10 and the ablations that answer it
OPEN_SYSTEMS = ("srs_only", "attribute_filter", "semantic_retrieval", "item_knn", "score_fusion", "tuned_fusion",
                "bm25", "cesrec", "cesrec_refit", "cesrec_no_pseudo", "cesrec_mask", "cesrec_no_evidence")
ALL_SYSTEMS = BASELINE_SYSTEMS + CESREC_SYSTEMS
DEFAULT_SYSTEMS = ("srs_only", "attribute_filter", "cesrec", "cesrec_no_mask", "cesrec_no_pseudo",
                   "cesrec_k_lowest", "cesrec_robust", "paper_recipe", "cesrec_pseudo_w1", "attribute_filter_hard", "attribute_boost",
                   "srs_paging")


def system_signature(name: str, ctx: EvalContext) -> Any:
    """Two systems with the same signature behave identically (e.g. cesrec and cesrec_k_lowest when the
    engine's default masking is k-lowest): the second reuses the first's sessions."""
    if name in CESREC_SYSTEMS:
        _, flag = SYSTEM_CONFIGS[name]
        overrides = config_overrides(name)
        if "fusion" in overrides:
            overrides["fusion"] = {**ctx.engine.config.fusion, **overrides["fusion"]}
        cfg = dataclasses.replace(ctx.engine.config, **overrides)
        mask_disliked = cfg.mask_disliked_history if flag is None else flag
        # the fusion weights are nested dicts: a canonical JSON string keeps the signature hashable
        return ("cesrec", json.dumps(dataclasses.asdict(cfg), sort_keys=True, default=str), mask_disliked)
    return name


def make_system(name: str, ctx: EvalContext) -> System:
    if name == "srs_only":
        return SRSOnly(ctx)
    if name == "srs_paging":
        return SRSPaging(ctx)
    if name == "attribute_filter":
        return AttributeBaseline(ctx, "filter")
    if name == "attribute_boost":
        return AttributeBaseline(ctx, "boost")
    if name == "attribute_filter_hard":
        return AttributeBaseline(ctx, "hard")
    if name in CESREC_SYSTEMS:
        return CESRecSystem(ctx, name)
    if name in OPEN_BASELINES:
        return EvidenceBaseline(ctx, name)
    raise ProtocolError(f"unknown system {name!r}; known: {', '.join(ALL_SYSTEMS)}")
