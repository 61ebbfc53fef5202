"""The open evaluation's settings (evals.protocol.open_eval): the systems compared, the run configuration and the
engine of one backbone and SRS training seed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cesrec.evals.protocol.systems import OPEN_SYSTEMS
from cesrec.evals.protocol.types import ProtocolError
from cesrec.evals.simulator import budget_named

BASELINES = ("srs_only", "attribute_filter", "semantic_retrieval", "item_knn", "score_fusion", "tuned_fusion", "bm25")
# the systems of the settings built for CESRec's mechanisms (issue 22): the baselines and the ablations there
SETTING_SYSTEMS = ("srs_only", "attribute_filter", "item_knn", "score_fusion", "tuned_fusion", "bm25", "cesrec",
                   "cesrec_no_pseudo", "cesrec_mask")
DEFAULT_TRAIN_SEED = 42  # the product's model; other seeds get their own cached runs


@dataclass
class OpenEvalConfig:
    budgets: tuple[str, ...] = ("open", "mixed", "open_legacy")
    # issue 22: settings where CESRec's mechanisms should matter, run under `settings_budget`
    settings: tuple[str, ...] = ("new_users", "noisy_history", "long")
    settings_budget: str = "open"
    setting_systems: tuple[str, ...] = SETTING_SYSTEMS
    backbones: tuple[str, ...] = ("sasrec", "gru4rec")
    systems: tuple[str, ...] = OPEN_SYSTEMS
    train_seeds: tuple[int, ...] = (42, 43, 44)
    # fewer training seeds for one backbone, e.g. {"gru4rec": (42,)} when its runs could not all be trained
    train_seeds_by_backbone: dict = field(default_factory=dict)
    sim_seeds: tuple[int, ...] = (0, 1, 2)
    # a merge of shards (open_merge.py) may hold other simulator seeds for one backbone than for another
    sim_seeds_by_backbone: dict = field(default_factory=dict)
    turns: int = 3
    k: int = 10
    users: int | None = None
    stage: str = "test"
    noise_rate: float = 0.10
    n_boot: int = 1000
    # "structured": the systems receive the simulator's decision; "text": they hear its words through the
    # rule parser (what the product's tools record), so the gap between the two is what is lost in hearing
    channel: str = "structured"
    self_demotion: bool = False  # the issue-10 diagnostic (appending a film to the history); off since issue 22
    dataset: str = "ml-100k"
    source: str | None = None
    train_overrides: dict = field(default_factory=dict)

    def seeds_for(self, backbone: str) -> tuple[int, ...]:
        return tuple(self.train_seeds_by_backbone.get(backbone, self.train_seeds))

    def sims_for(self, backbone: str) -> tuple[int, ...]:
        return tuple(self.sim_seeds_by_backbone.get(backbone, self.sim_seeds))

    def validate(self) -> None:
        from cesrec.evals.simulator.settings import SETTINGS

        for b in (*self.budgets, self.settings_budget):
            budget_named(b, self.noise_rate)
        bad = [x for x in self.settings if x not in SETTINGS or x == "default"]
        if bad:
            raise ProtocolError(f"unknown setting(s) {bad}; use {[x for x in SETTINGS if x != 'default']}")
        if "cesrec" not in self.systems:
            raise ProtocolError("the open evaluation compares cesrec with the others: include it in --systems")
        if self.channel not in ("structured", "text"):
            raise ProtocolError(f"channel must be 'structured' or 'text', not {self.channel!r}")
        if not self.train_seeds or not self.sim_seeds or not all(self.train_seeds_by_backbone.values()):
            raise ProtocolError("need at least one training seed and one simulator seed")


def engine_for(backbone: str, train_seed: int, dataset: str = "ml-100k", source: str | None = None,
               progress: bool = False, **overrides: Any) -> Any:
    """The CESRec engine of one backbone and SRS training seed (trained once, then cached)."""
    from cesrec.tools.engine import CESRecEngine

    kw = dict(overrides)
    if train_seed != DEFAULT_TRAIN_SEED:
        kw["seed"] = train_seed
    return CESRecEngine.build(dataset, backbone, source=source, progress=progress, **kw)
