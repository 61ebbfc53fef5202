"""The simulated user of one session: decides (policy), speaks (verbalizer), self-audits (audit)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from cesrec.evals.simulator.audit import LeakageAudit
from cesrec.evals.simulator.budget import REFERENCE_VARIANTS, InformationBudget, Profile, SimulatorError
from cesrec.evals.simulator.decision import Decision, SessionMemory
from cesrec.evals.simulator.policy import DecisionPolicy
from cesrec.evals.simulator.relations import ItemRelations
from cesrec.evals.simulator.templates import Verbalizer
from cesrec.evals.simulator.text import _mix
from cesrec.recmodel.data import Catalog


@dataclass
class SimTurn:
    decision: Decision
    utterance: str
    attempts: list[dict]
    dropped: bool  # still leaking after all regenerations: the session must be dropped


class SimulatedUser:
    """One session's simulated user: decides (policy), speaks (verbalizer), self-audits (audit)."""

    def __init__(
        self,
        catalog: Catalog,
        profile: Profile,
        budget: InformationBudget,
        verbalizer: Verbalizer,
        seed: int = 0,
        session_key: tuple = (),
        max_regenerations: int = 2,
        audit: LeakageAudit | None = None,
        policy: DecisionPolicy | None = None,
        relations: ItemRelations | None = None,
        history: Sequence[int] | None = None,
        reference_variant: str | None = None,
        drift_item: int | None = None,
        drift_turns: int = 0,
    ) -> None:
        """drift_item / drift_turns (issue 22, long conversations): for the first `drift_turns` feedback turns
        the person talks about `drift_item` (a film they just watched) before asking for what they want now;
        they still accept a wanted item as soon as it is shown."""
        if "reference" in budget.feedback_kinds and relations is None:
            raise SimulatorError(f"budget {budget.name!r} has references: pass ItemRelations (relations=...)")
        if reference_variant is not None and reference_variant not in REFERENCE_VARIANTS:
            raise SimulatorError(f"unknown reference variant {reference_variant!r}; use {list(REFERENCE_VARIANTS)}")
        if reference_variant is None and budget.reference_variants:
            reference_variant = budget.reference_variants[_mix(seed, *session_key) % len(budget.reference_variants)]
        self.reference_variant = reference_variant
        self.relations = relations
        self.user_history = [int(i) for i in (history if history is not None else [])]
        self.state = SessionMemory(history=self.user_history, variant=reference_variant, avoid=list(profile.items))
        self.catalog = catalog
        self.profile = profile
        self.budget = budget
        self.verbalizer = verbalizer
        self.policy = policy or DecisionPolicy(catalog, budget)  # share one across sessions: it caches
        self.audit = audit or LeakageAudit(catalog, budget)
        self.rng = np.random.default_rng(_mix(seed, *session_key) % (2**63))
        self.key = (seed, *session_key)
        self.max_regenerations = max_regenerations
        self.liked: set[tuple[str, str]] = set()
        self.disliked: set[tuple[str, str]] = set()
        self.history: list[SimTurn] = []
        self.drift_turns = int(drift_turns) if drift_item is not None else 0
        self.drift_profile = None
        if drift_item is not None:
            from cesrec.evals.simulator.budget import target_profile

            self.drift_profile = target_profile(catalog, int(drift_item))

    def opening(self) -> str:
        return "Hi! Can you recommend me a movie?"

    def respond(self, shown: Sequence[int], turn: int) -> SimTurn:
        if not len(shown):
            raise SimulatorError("the system showed no items")
        about = self.profile
        if self.drift_profile is not None and turn <= self.drift_turns \
                and not set(int(i) for i in shown) & set(self.profile.items):
            about = self.drift_profile
        decision = self.policy.decide(about, shown, turn, self.rng, self.liked, self.disliked,
                                      memory=self.state, relations=self.relations)
        attempts: list[dict] = []
        utterance = ""
        dropped = True
        for attempt in range(self.max_regenerations + 1):
            utterance = self.verbalizer.verbalize(decision, self.key, attempt)
            res = self.audit.check(utterance, self.profile, decision, self.liked)
            attempts.append({"utterance": utterance, "leaked": res.leaked, "reasons": res.reasons,
                             "title_score": round(res.title_score, 1)})
            if not res.leaked:
                dropped = False
                break
        self.liked |= set(decision.revealed())
        self.disliked |= {(k, v) for k, vs in decision.disliked.items() for v in vs}
        if decision.critique is not None and decision.critique.change == "not_genre":
            self.disliked.add(("genre", decision.critique.value))
        self.state.referenced += [i for i in decision.liked_items if i not in self.state.referenced]
        if decision.description:
            self.state.descriptions += 1
            self.state.described.append(decision.description)
        out = SimTurn(decision, utterance, attempts, dropped)
        self.history.append(out)
        return out
