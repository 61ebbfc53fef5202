"""Simulated users for conversational evaluation: a decision policy, verbalizers, and a leakage audit.

Why two layers: an LLM that is told the target item leaks it and inflates results ("How Reliable is Your
Simulator?", arXiv 2403.16416). So the *decision* (accept, or which attribute to reveal) is made by a
deterministic policy that knows the held-out target, under an explicit information budget, and the
*verbalizer* (template or LLM) only ever sees that decision -- never the target's title. Every utterance is
still audited (fuzzy title match, attributes outside the budget); a leaking utterance is regenerated, and a
session whose utterance still leaks is dropped and counted.

Two modes:
- target mode: the profile is the one held-out item (leave-one-out test item); success = it is shown.
- target-free mode: the profile is the user's last `n` items held out in time (ml-100k leave-one-out has
  only one test item per user, so we hold out a temporal suffix); the policy reasons about attribute values
  shared by the profile and success is a hit on any profile item.

Issue 22: the headline budgets' clues come from outside the systems (`outside`: hand-written descriptions,
references by people / genre and era / the user's own history, critiques by catalogue facts, a franchise-aware
near-duplicate audit); `open_legacy` / `mixed_legacy` keep the earlier clues for a side-by-side comparison.

One module per job: `budget` (kinds, InformationBudget, Profile), `decision` (Decision, Critique,
SessionMemory), `relations` (ItemRelations), `text` (title forms, spoken titles, plot phrases), `policy`
(DecisionPolicy), `templates` (word tables, TemplateVerbalizer), `llm_verbalizer` (LLMVerbalizer),
`audit` (LeakageAudit), `user` (SimulatedUser).
"""

from cesrec.evals.simulator.audit import AuditResult, LeakageAudit
from cesrec.evals.simulator.budget import (
    BUDGET_NAMES,
    FEEDBACK_KINDS,
    HEADLINE_KINDS,
    IDENTIFYING_KINDS,
    OPEN_KINDS,
    ORACLE_VARIANTS,
    OUTSIDE_VARIANTS,
    REFERENCE_VARIANTS,
    RICH_KINDS,
    InformationBudget,
    Profile,
    SimulatorError,
    budget_named,
    target_free_profile,
    target_profile,
    temporal_holdout,
)
from cesrec.evals.simulator.decision import Critique, Decision, SessionMemory
from cesrec.evals.simulator.llm_verbalizer import LLMVerbalizer
from cesrec.evals.simulator.outside import (
    OutsideClues,
    franchise_of,
    hand_descriptions,
    near_duplicate_items,
    oracle_overlap,
)
from cesrec.evals.simulator.policy import DecisionPolicy
from cesrec.evals.simulator.relations import ItemRelations
from cesrec.evals.simulator.templates import (
    DECADE_WORDS,
    GENRE_PARAPHRASES,
    GENRE_WORDS,
    ORDINALS,
    TemplateVerbalizer,
    Verbalizer,
)
from cesrec.evals.simulator.text import _STOP, describe_plot, near_duplicate, spoken_title, title_variants
from cesrec.evals.simulator.user import SimTurn, SimulatedUser

__all__ = [
    "BUDGET_NAMES", "DECADE_WORDS", "FEEDBACK_KINDS", "GENRE_PARAPHRASES", "GENRE_WORDS", "HEADLINE_KINDS",
    "IDENTIFYING_KINDS", "OPEN_KINDS", "ORACLE_VARIANTS", "ORDINALS", "OUTSIDE_VARIANTS", "OutsideClues",
    "REFERENCE_VARIANTS", "franchise_of", "hand_descriptions", "near_duplicate_items", "oracle_overlap", "RICH_KINDS", "_STOP", "AuditResult",
    "Critique", "Decision", "DecisionPolicy", "InformationBudget", "ItemRelations", "LLMVerbalizer",
    "LeakageAudit", "Profile", "SessionMemory", "SimTurn", "SimulatedUser", "SimulatorError",
    "TemplateVerbalizer", "Verbalizer", "budget_named", "describe_plot", "near_duplicate", "spoken_title",
    "target_free_profile", "target_profile", "temporal_holdout", "title_variants",
]
