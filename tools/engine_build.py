"""The engine's artefacts, built once and cached (what `CESRecEngine.build` assembles; the engine itself, the
lookups and scores a turn reads: tools/engine.py).

Artefacts: CESREC_HOME/runs/<dataset>-<backbone>-<key> (SRS, by recmodel.runs.train_or_load) and
CESREC_HOME/engines/<same name>/ (semantic embeddings + chroma, alignment adapter and report, item neighbours);
the key (recmodel.runs.resolve_run) hashes the prepared data's content and the settings.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from cesrec.recmodel.data import SequenceDataset, cesrec_home, content_key
from cesrec.recmodel.datasets import open_dataset
from cesrec.tools.alignment import AlignmentConfig, fit_alignment
from cesrec.tools.neighbours import ItemNeighbours, build_item_neighbours
from cesrec.tools.semantic import SemanticIndex

ENGINE_VERSION = 1
DEFAULT_CONFIDENCE_P0 = 0.0  # hybrid weight shift towards the semantic side for rarely seen items (0 = off)


class EngineNotBuiltError(FileNotFoundError):
    """No trained SRS run for this dataset, backbone and settings, and training was not allowed (`train=False`).
    `dataset`, `backbone` and `epochs` say which engine was asked for, so a caller (the CLI) can name the
    command that builds it."""

    def __init__(self, message: str, *, dataset: str | None = None, backbone: str | None = None,
                 epochs: int | None = None) -> None:
        super().__init__(message)
        self.dataset, self.backbone, self.epochs = dataset, backbone, epochs


@dataclass
class EngineParts:
    """Everything `CESRecEngine(...)` is made of that lives on disk."""

    dataset: SequenceDataset
    model: Any
    semantic: SemanticIndex
    adapted: np.ndarray
    alignment_report: dict
    backbone: str
    directory: Path
    collaborative: np.ndarray
    neighbours: ItemNeighbours


def _hash_array(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a, dtype=np.float32).tobytes()).hexdigest()[:16]


def build_parts(
    dataset_name: str = "ml-100k",
    backbone: str = "sasrec",
    source: str | Path | None = None,
    item_extra: str | Path | None = None,
    home: str | Path | None = None,
    epochs: int | None = None,
    embedding_model: str | None = None,
    alignment: AlignmentConfig | None = None,
    train: bool = True,
    progress: bool = False,
    **train_overrides,
) -> EngineParts:
    """Prepare the data, train (or load) the SRS via recmodel.runs.train_or_load, embed the catalogue,
    fill chromadb, fit (or load) the alignment adapter, find the item neighbours. Everything is cached under
    `home` (default CESREC_HOME). `train=False` raises EngineNotBuiltError instead of training when no run
    exists."""
    from cesrec.recmodel.runs import resolve_run, train_or_load

    home_dir = Path(home).expanduser() if home else cesrec_home()
    ds = open_dataset(dataset_name, source, item_extra=item_extra, cache_dir=home_dir / "prepared")
    overrides = dict(train_overrides)
    if epochs is not None:
        overrides["epochs"] = int(epochs)
    overrides.setdefault("progress", progress)
    # one naming for the run and the engine built on it: data content + every setting
    run_dir, _ = resolve_run(ds, backbone, home=home_dir, **overrides)
    if not train and not (run_dir / "run.json").exists():
        raise EngineNotBuiltError(f"{run_dir}: no trained {backbone} run; build the engine with train=True",
                                  dataset=dataset_name, backbone=backbone, epochs=overrides.get("epochs"))
    model = train_or_load(ds, backbone, out_dir=run_dir, **overrides)
    eng_dir = home_dir / "engines" / run_dir.name
    if not (eng_dir / "engine.json").exists():  # what `cesrec data list` attributes the engine by
        eng_dir.mkdir(parents=True, exist_ok=True)
        (eng_dir / "engine.json").write_text(json.dumps(
            {"dataset": ds.name, "content_key": content_key(ds), "backbone": backbone, "run": str(run_dir)}))
    semantic = SemanticIndex(ds.catalog, eng_dir / "semantic", model=embedding_model, name=ds.name,
                             progress=progress)
    semantic.build()
    collab = model.item_embeddings().astype(np.float32)  # computed once (EASE derives it by SVD)
    adapted, report = cached_alignment(ds, collab, semantic, eng_dir, alignment or AlignmentConfig())
    return EngineParts(ds, model, semantic, adapted, report, backbone, eng_dir, collab,
                       cached_neighbours(ds, eng_dir))


def cached_neighbours(ds: SequenceDataset, eng_dir: Path) -> ItemNeighbours:
    """The item neighbours of the training split (tools.neighbours), cached in `eng_dir` by data content."""
    key = hashlib.sha256(json.dumps([content_key(ds), ds.catalog.num_items, ENGINE_VERSION]).encode()
                         ).hexdigest()[:16]
    path = eng_dir / f"neighbours-{key}.npz"
    if path.exists():
        return ItemNeighbours.load(path)
    nb = build_item_neighbours(ds)
    eng_dir.mkdir(parents=True, exist_ok=True)
    nb.save(path)
    return nb


def cached_alignment(ds: SequenceDataset, collab: np.ndarray, semantic: SemanticIndex, eng_dir: Path,
                     cfg: AlignmentConfig) -> tuple[np.ndarray, dict]:
    """(adapted semantic vectors, alignment report): fitted on the trained items (tools.alignment), cached in
    `eng_dir` by the collaborative vectors, the semantic model and the config."""
    key_src = json.dumps([_hash_array(collab), semantic.key, dataclasses.asdict(cfg), ENGINE_VERSION])
    key = hashlib.sha256(key_src.encode()).hexdigest()[:16]
    eng_dir.mkdir(parents=True, exist_ok=True)
    npy, rep = eng_dir / f"adapted-{key}.npy", eng_dir / f"alignment-{key}.json"
    if npy.exists() and rep.exists():
        return np.load(npy), json.loads(rep.read_text())
    sem_in = semantic.embeddings
    eligible = np.flatnonzero(ds.item_popularity("train") > 0)
    eligible = eligible[eligible > 0]
    res = fit_alignment(sem_in, collab, eligible, cfg)
    torch.save(res.adapter.state_dict(), eng_dir / f"adapter-{key}.pt")
    np.save(npy, res.adapted)
    rep.write_text(json.dumps(res.report, indent=2))
    return res.adapted, res.report


__all__ = ["ENGINE_VERSION", "DEFAULT_CONFIDENCE_P0", "EngineNotBuiltError", "EngineParts", "build_parts",
           "cached_neighbours", "cached_alignment"]
