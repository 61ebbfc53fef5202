"""Protocol 1's session loop (evals.protocol.pipeline): every session of one system for one seed and channel, turn
by turn -- the system ranks the whole catalogue and shows its top k, the simulated user answers under the
information budget (or is dropped by the leakage audit), the answer reaches the system through the structured or
the text channel, the system updates. SRS scoring is batched across the users of a turn."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.channels import TextChannel, feedback_from_decision
from cesrec.evals.protocol.stats import ranks_with_exclusions
from cesrec.evals.protocol.systems import make_system
from cesrec.evals.protocol.types import EvalContext, ProtocolError, StructuredFeedback, System
from cesrec.evals.simulator import (
    DecisionPolicy,
    InformationBudget,
    LeakageAudit,
    SimulatedUser,
    TemplateVerbalizer,
    Verbalizer,
    budget_named,
)


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


class _SessionLoop:
    """The state of every session of one run_pipeline_system call, and its steps (set up, rank and show, one user's
    turn, one turn for everyone, the outcome)."""

    def __init__(self, ctx: EvalContext, system: System, text: TextChannel | None, budget: InformationBudget,
                 verbalizer: Verbalizer, seed: int, turns: int, rows: list[int], max_regenerations: int,
                 sim_histories: Sequence[Sequence[int]] | None, drift_items: Sequence[int | None] | None,
                 drift_turns: int) -> None:
        self.ctx, self.system, self.text, self.rows = ctx, system, text, rows
        n = len(rows)
        self.pos = {r: j for j, r in enumerate(rows)}
        self.k = ctx.k
        audit = LeakageAudit(ctx.catalog, budget)
        policy = DecisionPolicy(ctx.catalog, budget)
        relations = item_relations(ctx) if needs_relations(budget) else None
        variants = tuple(budget.reference_variants)
        self.sims = {
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
        self.shown_all: dict[int, list[int]] = {r: [] for r in rows}
        self.named: dict[int, list[int]] = {r: [] for r in rows}  # films the user pointed at: never recommended back
        self.kinds = np.full((turns + 1, n), "", dtype=object)
        self.shown_now: dict[int, list[int]] = {}
        self.ranks = np.full((turns + 1, n), np.inf)
        self.accept = np.full(n, -1, dtype=np.int64)
        self.dropped = np.zeros(n, dtype=bool)
        self.logs: dict[int, list[dict]] = {r: [] for r in rows}
        self.regen = 0
        self.parse_stats = {"decisions_with_attributes": 0, "exact": 0, "recovered": 0, "asked": 0, "spurious": 0,
                            "empty": 0}
        self.noise = {"none": 0, "vague": 0, "wrong": 0}

    def rank_and_show(self, active: list[int], turn: int) -> None:
        """The system ranks the whole catalogue for the active sessions; their top k is shown, the targets' best
        rank recorded, a list holding a target accepted."""
        ctx, system, k, pos = self.ctx, self.system, self.k, self.pos
        shown_all, named, shown_now, ranks, accept, logs = (self.shown_all, self.named, self.shown_now, self.ranks,
                                                            self.accept, self.logs)
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

    def play_turn(self, turn: int) -> None:
        """Every session still going answers the list it was shown; the systems that heard feedback re-rank."""
        rows, pos, accept, dropped, ranks, logs = self.rows, self.pos, self.accept, self.dropped, self.ranks, self.logs
        active = [r for r in rows if accept[pos[r]] < 0 and not dropped[pos[r]]]
        for r in rows:  # finished sessions keep their last rank
            if accept[pos[r]] >= 0 or dropped[pos[r]]:
                ranks[turn, pos[r]] = ranks[turn - 1, pos[r]]
        going: list[int] = []
        for r in active:
            if self._user_turn(r, turn):
                going.append(r)
        self.rank_and_show(going, turn)
        for r in going:
            extra = self.system.describe_state(r)
            if extra:
                logs[r][-2].setdefault("state_change", {}).update(extra)

    def _user_turn(self, r: int, turn: int) -> bool:
        """One simulated user answers; False when the leakage audit drops the session."""
        sims, pos, kinds, dropped, logs, ranks = self.sims, self.pos, self.kinds, self.dropped, self.logs, self.ranks
        shown_now, system = self.shown_now, self.system
        st = sims[r].respond(shown_now[r], turn)
        self.regen += len(st.attempts) - 1
        self.noise[st.decision.noise] += 1
        kinds[turn, pos[r]] = getattr(st.decision, "kind", "attribute") if st.decision.action == "feedback" \
            else st.decision.action
        entry: dict[str, Any] = {"turn": turn, "utterance": st.utterance, "decision": st.decision.to_dict(),
                                 "audit": st.attempts}
        if st.dropped:
            dropped[pos[r]] = True
            entry["dropped"] = True
            logs[r].append(entry)
            ranks[turn, pos[r]] = ranks[turn - 1, pos[r]]
            return False
        self.shown_all[r].extend(shown_now[r])
        if self.text is not None:
            fb = self._parse(r, st, entry)
        else:
            fb = feedback_from_decision(st.decision, st.utterance, self.ctx.catalog)
        self.named[r] += [int(i) for i in fb.liked_items if int(i) not in self.named[r]]
        if system.uses_feedback:
            entry["state_change"] = system.update(r, fb, shown_now[r], turn)
        logs[r].append(entry)
        return True

    def _parse(self, r: int, st: Any, entry: dict[str, Any]) -> StructuredFeedback:
        """The text channel: what the rule parser heard in the utterance, counted against the decision."""
        parse_stats = self.parse_stats
        fb = self.text.parse(r, st.utterance, self.system, self.shown_now[r])
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
        return fb

    def outcome(self, system_name: str, seed: int, channel: str, on_session: Callable[[dict], None] | None,
                t0: float) -> SessionOutcome:
        """Hand every session's log to `on_session`, and the per-row results."""
        ctx, rows, pos, sims, accept, dropped, logs = (self.ctx, self.rows, self.pos, self.sims, self.accept,
                                                       self.dropped, self.logs)
        for r in rows:
            if on_session is not None:
                on_session({"user": ctx.dataset.user_ids[ctx.users[r]], "system": system_name, "seed": seed,
                            "channel": channel, "backbone": ctx.backbone, "profile": ctx.profiles[r].items,
                            "accept_turn": int(accept[pos[r]]), "dropped": bool(dropped[pos[r]]), "turns": logs[r]})
        meta = {"kinds": self.kinds[1:].T.copy(),
                "variant": np.array([sims[r].reference_variant or "" for r in rows], dtype=object),
                # films the person named (reference clues) and the film a hand-written description described
                "referenced": [[int(i) for i in sims[r].state.referenced] for r in rows],
                "described": np.array([next((t.decision.description_item for t in sims[r].history
                                             if t.decision.description_item is not None), 0) or 0 for r in rows],
                                      dtype=np.int64)}
        return SessionOutcome(system_name, seed, channel, self.ranks, accept, dropped, self.regen, self.parse_stats,
                              self.noise, time.perf_counter() - t0, meta)


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
    loop = _SessionLoop(ctx, system, text, budget, verbalizer, seed, turns, rows, max_regenerations, sim_histories,
                        drift_items, drift_turns)
    loop.rank_and_show(rows, 0)
    for turn in range(1, turns + 1):
        loop.play_turn(turn)
    return loop.outcome(system_name, seed, channel, on_session, t0)
