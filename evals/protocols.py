"""Evaluation protocols.

Protocol 1 ("pipeline", LLM-free, all test users): the SRS shows its top-k; the simulated user reacts
(accept, or one attribute under the information budget); the reaction reaches the system either as the
structured decision ("structured" channel) or as text through the rule parser ("text" channel); the system
updates and re-recommends; T turns. Systems differ only in how they use the same feedback (see SYSTEMS).
SRS scoring is batched across users per turn (one `score()` call per system and turn).

Protocol 2 ("agent"): the LangGraph agent with an LLM orchestrator talks to the simulated user in natural
language on a sample of users; tool-call validity, tool calls per turn, latency and tokens are recorded.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol_types import AttributeIndex, EvalContext, ProtocolError, StructuredFeedback, System
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
from cesrec.evals.stats import ranks_with_exclusions
from cesrec.recmodel.base import SequentialRecommender
from cesrec.recmodel.data import Catalog, SequenceDataset

OPEN_BASELINES = ("semantic_retrieval", "item_knn", "score_fusion")
BASELINE_SYSTEMS = ("srs_only", "srs_paging", "attribute_filter", "attribute_filter_hard", "attribute_boost",
                    *OPEN_BASELINES)
CESREC_SYSTEMS = ("cesrec", "cesrec_no_mask", "cesrec_mask_disliked", "cesrec_no_pseudo", "cesrec_no_evidence", "cesrec_k_lowest",
                  "cesrec_robust", "paper_recipe", "cesrec_pseudo_w1")
# systems that need the CESRec engine (semantic index, item neighbours)
ENGINE_SYSTEMS = CESREC_SYSTEMS + OPEN_BASELINES
# protocol 1 on open feedback: every baseline of issue 10 and the ablations that answer it
OPEN_SYSTEMS = ("srs_only", "attribute_filter", "semantic_retrieval", "item_knn", "score_fusion", "cesrec",
                "cesrec_no_pseudo", "cesrec_no_mask", "cesrec_mask_disliked", "cesrec_no_evidence", "paper_recipe")
ALL_SYSTEMS = BASELINE_SYSTEMS + CESREC_SYSTEMS
DEFAULT_SYSTEMS = ("srs_only", "attribute_filter", "cesrec", "cesrec_no_mask", "cesrec_no_pseudo",
                   "cesrec_k_lowest", "cesrec_robust", "paper_recipe", "cesrec_pseudo_w1", "attribute_filter_hard", "attribute_boost",
                   "srs_paging")


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
# Systems
# --------------------------------------------------------------------------------------------------------


class SRSOnly(System):
    """The sequential recommender alone, no feedback: the list never changes."""

    name = "srs_only"
    uses_feedback = False

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        return self.ctx.base_scores[list(rows)]


class SRSPaging(System):
    """The SRS ranking unchanged, but items already shown are not shown again: how much of any gain is
    just 'next page', without using what the user said."""

    name = "srs_paging"

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        return self.ctx.base_scores[list(rows)]


class AttributeBaseline(System):
    """The same accumulated feedback applied to the *original* SRS ranking -- no sequence rewrite, no
    masking: "constraints alone", the strong non-LLM baseline.

    mode 'filter' (the headline `attribute_filter`): ranked by `cesrec.tools.ranking.constrained_scores`, the very
    function the product ranks with: items are ranked first by how many liked constraint groups they
    satisfy (each liked genre is a group; each other kind and the year range is one group), then by SRS
    score; disliked values are hard exclusions. With >= k items satisfying everything this is exactly a
    hard filter. A referenced film ("I loved Heat") becomes its genres and decade as liked constraints --
    the strongest reading a filter can make of it; a description it cannot read.
    mode 'hard' (`attribute_filter_hard`): an item must match one liked value of *every* liked kind and
    no disliked value; the oldest liked constraints are dropped while fewer than k candidates survive.
    mode 'boost' (`attribute_boost`): SRS score +/- beta * the user's score std per matched liked/disliked
    value.
    """

    NAMES = {"filter": "attribute_filter", "hard": "attribute_filter_hard", "boost": "attribute_boost"}

    def __init__(self, ctx: EvalContext, mode: str = "filter", beta: float = 1.0) -> None:
        super().__init__(ctx)
        if mode not in self.NAMES:
            raise ProtocolError(f"attribute baseline mode must be one of {list(self.NAMES)}, not {mode!r}")
        self.mode = mode
        self.beta = beta
        self.name = self.NAMES[mode]
        self.liked: dict[int, list[tuple[str, str]]] = {}
        self.disliked: dict[int, list[tuple[str, str]]] = {}
        self.disliked_items: dict[int, list[int]] = {}
        self.years: dict[int, tuple[int | None, int | None]] = {}
        self.seen: dict[int, set[int]] = {}

    def describe_state(self, row: int) -> dict:
        return {"liked": [list(x) for x in self.liked[row]], "disliked": [list(x) for x in self.disliked[row]]}

    def start(self, rows: Sequence[int]) -> None:
        for r in rows:
            self.liked[r], self.disliked[r], self.disliked_items[r] = [], [], []
            self.years[r] = (None, None)
            self.seen[r] = set(self.ctx.histories[r].tolist())

    def preferences(self, row: int) -> Any:
        from cesrec.tools.state import Preferences

        liked: dict[str, list[str]] = {}
        disliked: dict[str, list[str]] = {}
        for kind, v in self.liked[row]:
            liked.setdefault(kind, []).append(v)
        for kind, v in self.disliked[row]:
            disliked.setdefault(kind, []).append(v)
        lo, hi = self.years[row]
        return Preferences(liked=liked, disliked=disliked, disliked_items=self.disliked_items[row],
                           year_min=lo, year_max=hi)

    def update(self, row: int, fb: StructuredFeedback, shown: Sequence[int], turn: int) -> dict:
        self.seen[row].update(int(i) for i in shown)
        liked = {k: list(v) for k, v in fb.liked.items()}
        cat = self.ctx.catalog
        for item in fb.liked_items:  # a referenced film -> its genres and decade
            for g in cat.genres[item]:
                if g not in fb.disliked.get("genre", []) and g not in liked.setdefault("genre", []):
                    liked["genre"].append(g)
            dec = cat.decade(item)
            if dec and dec not in fb.disliked.get("decade", []) and dec not in liked.setdefault("decade", []):
                liked["decade"].append(dec)
        self.disliked_items[row] += [int(i) for i in fb.disliked_items if int(i) not in self.disliked_items[row]]
        if fb.year_min is not None or fb.year_max is not None:
            lo, hi = self.years[row]
            self.years[row] = (fb.year_min if fb.year_min is not None else lo,
                               fb.year_max if fb.year_max is not None else hi)
        for kind, vals in liked.items():
            for v in vals:
                if (kind, v) not in self.liked[row]:
                    self.liked[row].append((kind, v))
                if (kind, v) in self.disliked[row]:
                    self.disliked[row].remove((kind, v))  # the newest statement wins
        for kind, vals in fb.disliked.items():
            for v in vals:
                if (kind, v) not in self.disliked[row]:
                    self.disliked[row].append((kind, v))
                if (kind, v) in self.liked[row]:
                    self.liked[row].remove((kind, v))
        return {}

    def _disliked_mask(self, row: int) -> np.ndarray:
        ai = self.ctx.attr_index
        neg = np.zeros(ai.n, dtype=bool)
        for kind, v in self.disliked[row]:
            neg |= ai.has(kind, v)
        return neg

    def _hard_allowed(self, row: int, drop: int = 0) -> np.ndarray:
        ai = self.ctx.attr_index
        allowed = np.ones(ai.n, dtype=bool)
        by_kind: dict[str, np.ndarray] = {}
        for kind, v in self.liked[row][drop:]:
            by_kind[kind] = by_kind.get(kind, np.zeros(ai.n, dtype=bool)) | ai.has(kind, v)
        for vec in by_kind.values():
            allowed &= vec
        return allowed & ~self._disliked_mask(row)

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        base = self.ctx.base_scores[list(rows)].clone()
        ai = self.ctx.attr_index
        from cesrec.tools.ranking import constrained_scores

        for b, r in enumerate(rows):
            if not self.liked[r] and not self.disliked[r] and self.years[r] == (None, None) \
                    and not self.disliked_items[r]:
                continue
            row = base[b]
            if self.mode == "filter":
                out, _ = constrained_scores(row.double().numpy(), self.preferences(r), ai, "filter")
                base[b] = torch.from_numpy(out.astype(np.float32))
            elif self.mode == "hard":
                seen = np.zeros(ai.n, dtype=bool)
                seen[list(self.seen[r])] = True
                for drop in range(len(self.liked[r]) + 1):  # relax the oldest liked constraints first
                    allowed = self._hard_allowed(r, drop)
                    if int((allowed & ~seen).sum()) >= self.ctx.k:
                        break
                else:
                    allowed = np.ones(ai.n, dtype=bool)
                row[torch.from_numpy(~allowed)] = float("-inf")
            else:
                finite = torch.isfinite(row)
                step = float(row[finite].std()) * self.beta
                bonus = np.zeros(ai.n, dtype=np.float32)
                for kind, v in self.liked[r]:
                    bonus += ai.has(kind, v)
                for kind, v in self.disliked[r]:
                    bonus -= ai.has(kind, v)
                base[b] = row + step * torch.from_numpy(bonus)
        return base


def system_signature(name: str, ctx: EvalContext) -> Any:
    """Two systems with the same signature behave identically (e.g. cesrec and cesrec_k_lowest when the
    engine's default masking is k-lowest): the second reuses the first's sessions."""
    if name in CESREC_SYSTEMS:
        from cesrec.evals.cesrec_systems import SYSTEM_CONFIGS

        overrides, flag = SYSTEM_CONFIGS[name]
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
        from cesrec.evals.cesrec_systems import CESRecSystem

        return CESRecSystem(ctx, name)
    if name in OPEN_BASELINES:
        from cesrec.evals.open_baselines import EvidenceBaseline

        return EvidenceBaseline(ctx, name)
    raise ProtocolError(f"unknown system {name!r}; known: {', '.join(ALL_SYSTEMS)}")


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


def _feedback_from_decision(decision, utterance: str, catalog: Catalog | None = None) -> StructuredFeedback:
    """The structured channel: what the simulated user decided, in the systems' terms. A critique of a
    shown film is that film as a reference plus the change ('newer' -> released after it, 'not_genre' ->
    that genre disliked, 'more_genre' -> liked)."""
    fb = StructuredFeedback({k: list(v) for k, v in decision.liked.items()},
                            {k: list(v) for k, v in decision.disliked.items()}, free_text=utterance)
    fb.liked_items = [int(i) for i in getattr(decision, "liked_items", []) or []]
    fb.description = getattr(decision, "description", "") or ""
    crit = getattr(decision, "critique", None)
    if crit is not None:
        if crit.item not in fb.liked_items:
            fb.liked_items.append(int(crit.item))
        year = catalog.years[crit.item] if catalog is not None else None
        if crit.change == "newer" and year:
            fb.year_min = int(year) + 1
        elif crit.change == "older" and year:
            fb.year_max = int(year) - 1
        elif crit.change == "not_genre" and crit.value:
            fb.disliked.setdefault("genre", []).append(crit.value)
        elif crit.change == "more_genre" and crit.value and crit.value not in fb.liked.get("genre", []):
            fb.liked.setdefault("genre", []).append(crit.value)
    return fb


def _feedback_from_parsed(fb: Any, utterance: str) -> StructuredFeedback:
    """cesrec.tools.feedback.Feedback (or a dict of it) -> StructuredFeedback."""
    d = fb.model_dump() if hasattr(fb, "model_dump") else dict(fb)
    return StructuredFeedback(
        {k: list(v) for k, v in (d.get("liked_attributes") or {}).items() if v},
        {k: list(v) for k, v in (d.get("disliked_attributes") or {}).items() if v},
        [int(i) for i in d.get("liked_items") or []],
        [int(i) for i in d.get("disliked_items") or []],
        utterance,
        year_min=d.get("year_min"),
        year_max=d.get("year_max"),
        description=d.get("description") or "",
    )


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


class TextChannel:
    """Utterance -> tools.feedback.parse_feedback_rules (no LLM) -> StructuredFeedback."""

    def __init__(self, ctx: EvalContext) -> None:
        try:
            from cesrec.tools.feedback import parse_feedback_rules
            from cesrec.tools.state import SessionState
        except ImportError as e:  # tools/ not built yet
            raise ProtocolError(f"the text channel needs tools.feedback.parse_feedback_rules ({e})") from None
        self._parse = parse_feedback_rules
        self._state_cls = SessionState
        self.ctx = ctx

    def parse(self, row: int, utterance: str, system: System, shown: Sequence[int] = ()) -> StructuredFeedback:
        from cesrec.tools.state import Recommendation

        state = system.state_for_parser(row)
        if state is None:
            state = self._state_cls(user_id=self.ctx.dataset.user_ids[self.ctx.users[row]],
                                    history=[int(i) for i in self.ctx.histories[row]])
        if shown:  # the list the user is looking at: "like number 3, but newer" points into it
            cat = self.ctx.catalog
            recs = [Recommendation(item=int(i), title=cat.titles[i], year=cat.years[i], genres=list(cat.genres[i]),
                                   score=0.0, why="") for i in shown]
            state = state.model_copy(update={"last_recommendations": recs})
        return _feedback_from_parsed(self._parse(utterance, self.ctx.catalog, state), utterance)


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
) -> SessionOutcome:
    """Run all sessions of one system for one seed and channel; per-turn SRS scoring is batched. `system`:
    a prepared instance (e.g. re-weighted for tuning) instead of the one `system_name` builds."""
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
                         audit=audit, policy=policy, relations=relations, history=ctx.histories[r].tolist(),
                         # equal shares of every reference variant, rotated across seeds
                         reference_variant=variants[(r + seed) % len(variants)] if variants else None)
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
                fb = _feedback_from_decision(st.decision, st.utterance, ctx.catalog)
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
            "variant": np.array([sims[r].reference_variant or "" for r in rows], dtype=object)}
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

    from cesrec.evals.report import RunDir, aggregate, finish_run, headline
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
