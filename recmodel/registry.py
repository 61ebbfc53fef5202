"""Model names -> classes, and loading a saved model from its directory."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from cesrec.recmodel.base import SequentialRecommender
from cesrec.recmodel.ease import EASE, EASEConfig
from cesrec.recmodel.gru4rec import GRU4Rec, GRU4RecConfig
from cesrec.recmodel.popularity import Popularity
from cesrec.recmodel.sasrec import SASRec, SASRecConfig

MODELS: dict[str, type[SequentialRecommender]] = {
    "sasrec": SASRec,
    "gru4rec": GRU4Rec,
    "ease": EASE,
    "pop": Popularity,
}
CONFIGS: dict[str, type | None] = {"sasrec": SASRecConfig, "gru4rec": GRU4RecConfig, "ease": EASEConfig, "pop": None}


def model_class(name: str) -> type[SequentialRecommender]:
    key = name.lower()
    if key not in MODELS:
        raise ValueError(f"unknown model {name!r}; choose one of {sorted(MODELS)}")
    return MODELS[key]


def model_config_fields(name: str) -> set[str]:
    cfg = CONFIGS[name.lower()] if name.lower() in CONFIGS else None
    return {f.name for f in dataclasses.fields(cfg)} if cfg else set()


def build_model(name: str, num_items: int, device: str | None = None, **cfg) -> SequentialRecommender:
    """A fresh (untrained) model; `cfg` are fields of the model's config dataclass."""
    return model_class(name)(num_items, device=device, **cfg)


def load_model(path: str | Path, device: str | None = None) -> SequentialRecommender:
    """Load whatever model `save` wrote into `path` (a run directory or a bare model directory)."""
    path = Path(path)
    meta_path = path / "model.json"
    if not meta_path.exists():
        raise FileNotFoundError(f"{path}: no model.json here; train one with `cesrec train --out {path}`")
    name = json.loads(meta_path.read_text()).get("model", "")
    model = model_class(name).load(path, device=device)
    run_path = path / "run.json"
    if run_path.exists():
        model.train_report = json.loads(run_path.read_text()).get("report", {})
    return model
