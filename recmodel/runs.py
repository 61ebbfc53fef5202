"""Runs on disk: which run directory and key a model + config + data gets, saving a trained run, and
`train_or_load` (load the run when its key matches, else train and save it) for other areas."""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import time
from contextlib import contextmanager
from pathlib import Path

from cesrec.recmodel.base import SequentialRecommender
from cesrec.recmodel.data import SequenceDataset, cesrec_home, content_key
from cesrec.recmodel.neural import NeuralRecommender
from cesrec.recmodel.registry import CONFIGS, build_model, load_model, model_class, model_config_fields
from cesrec.recmodel.train import TrainConfig, seed_everything

# fields that change nothing about the trained weights (excluded from the run key)
_NON_SEMANTIC = {"progress", "ddp", "amp", "cpu_bf16"}  # how it runs here, not what it learns


def full_train_config(model_name: str, tcfg: dict) -> dict:
    """Every TrainConfig field for `model_name`: its own recipe (`train_defaults`) under the caller's overrides."""
    cls = model_class(model_name)
    return dataclasses.asdict(cls.train_config(**tcfg) if issubclass(cls, NeuralRecommender) else TrainConfig(**tcfg))


_DATA_KEYS = ("name", "content_key", "prepare_version", "interactions_sha256", "items_sha256", "users", "items", "interactions",
              "min_rating", "k_core", "max_seq_len", "metadata_items")


def split_overrides(model_name: str, overrides: dict) -> tuple[dict, dict]:
    """Separate model-config fields from TrainConfig fields; unknown keys are an error."""
    mfields = model_config_fields(model_name)
    tfields = {f.name for f in dataclasses.fields(TrainConfig)}
    unknown = sorted(set(overrides) - mfields - tfields)
    if unknown:
        raise ValueError(
            f"unknown option(s) {unknown} for {model_name}; model options: {sorted(mfields)}, "
            f"training options: {sorted(tfields)}"
        )
    return ({k: v for k, v in overrides.items() if k in mfields}, {k: v for k, v in overrides.items() if k in tfields})


# fields added after runs were keyed: at these values they are left out of the key, so older runs keep theirs
_LATER_FIELDS = {"plateau_patience": 5, "cooldown_frac": 0.25, "valid_sample": 0}


def _semantic(train_cfg: dict) -> dict:
    out = {k: v for k, v in train_cfg.items() if k not in _NON_SEMANTIC}
    for k, default in _LATER_FIELDS.items():
        plateau_only = k != "valid_sample" and out.get("lr_schedule") != "plateau"
        if out.get(k, default) == default or plateau_only:
            out.pop(k, None)
    if out.get("lr_schedule", "constant") == "constant":  # keys of runs made before schedules existed hold
        out.pop("lr_schedule", None)
        out.pop("warmup_epochs", None)
    return out


def run_key(model_name: str, model_cfg: dict, train_cfg: dict, manifest: dict) -> str:
    """Hash of the model, its full configuration and the data (content key included)."""
    payload = {
        "model": model_name,
        "model_config": model_cfg,
        "train_config": _semantic(train_cfg),
        "data": {k: manifest.get(k) for k in _DATA_KEYS},
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def save_run(model: SequentialRecommender, out_dir: str | Path, dataset: SequenceDataset, report: dict,
             train_cfg: dict, key: str | None = None) -> Path:
    """Weights + model config (model.json) + run.json (training config, data manifest, report, key)."""
    out = Path(out_dir)
    model.save(out)
    mcfg = dataclasses.asdict(model.config) if dataclasses.is_dataclass(model.config) else {}
    run = {
        "model": model.name,
        "model_config": mcfg,
        "train_config": train_cfg,
        "data": {k: dataset.manifest.get(k) for k in (*_DATA_KEYS, "source", "cache_dir")},
        "report": report,
        "key": key or run_key(model.name, mcfg, train_cfg, dataset.manifest),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (out / "run.json").write_text(json.dumps(run, indent=2, default=str))  # written last = run complete
    return out


def fit_model(dataset: SequenceDataset, model_name: str, device: str | None = None, **overrides):
    """Build and train `model_name` on `dataset` -> (model, report, model_cfg, train_cfg)."""
    model_class(model_name)
    mcfg, tcfg = split_overrides(model_name, overrides)
    if "max_len" in model_config_fields(model_name) and model_name != "ease":
        mcfg.setdefault("max_len", dataset.max_seq_len)
    train_cfg = full_train_config(model_name, tcfg)
    seed_everything(train_cfg["seed"])  # weight init is part of the seeded run
    model = build_model(model_name, dataset.num_items, device=device, **mcfg)
    report = model.fit(dataset, **train_cfg) if isinstance(model, NeuralRecommender) else model.fit(dataset)
    return model, report, mcfg, train_cfg


@contextmanager
def dir_lock(directory: Path, wait: bool = True):
    """Exclusive lock for a run directory; wait=False raises BlockingIOError when another process holds it."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    with open(directory.parent / f".{directory.name}.lock", "w") as fh:
        # two processes asking for the same run train it once
        fcntl.flock(fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def artefact_name(dataset_name: str, model_name: str, key: str) -> str:
    """THE directory name of a model run and of the engine built on it: `<dataset>-<model>-<key>`, where
    the key hashes the data's content and every setting (recmodel.runs.run_key)."""
    return f"{dataset_name}-{model_name}-{key[:12]}"


def resolve_run(
    dataset: SequenceDataset, model_name: str, out_dir: str | Path | None = None, home: str | Path | None = None,
    **overrides,
) -> tuple[Path, str]:
    """(run directory, run key) that train_or_load uses for this model + config + data. Default directory:
    `<home or CESREC_HOME>/runs/<artefact_name>`, so two datasets (or two versions of one name) and two
    configurations never share a run."""
    name = model_name.lower()
    model_class(name)
    content_key(dataset)  # datasets built in memory get theirs here
    mcfg, tcfg = split_overrides(name, overrides)
    full_mcfg = dict(mcfg)
    cfg_cls = CONFIGS[name]
    if cfg_cls is not None:
        if "max_len" in model_config_fields(name) and name != "ease":
            full_mcfg.setdefault("max_len", dataset.max_seq_len)
        full_mcfg = dataclasses.asdict(cfg_cls(**full_mcfg))
    train_cfg = full_train_config(name, tcfg)
    key = run_key(name, full_mcfg, train_cfg, dataset.manifest)
    if out_dir is None:
        root = Path(home).expanduser() if home else cesrec_home()
        out_dir = root / "runs" / artefact_name(dataset.name, name, key)
    return Path(out_dir), key


def train_or_load(
    dataset: SequenceDataset,
    model_name: str = "sasrec",
    out_dir: str | Path | None = None,
    device: str | None = None,
    **overrides,
) -> SequentialRecommender:
    """Load the run in `out_dir` when it was trained with the same config on the same data, else train
    and save it there. Default `out_dir`: CESREC_HOME/runs/<dataset>-<model>-<key> (`resolve_run`), the key
    hashing the data's content and the settings (a quick test run never clobbers the real one).
    `overrides` are model-config or TrainConfig fields (e.g. epochs=5, hidden=32)."""
    name = model_name.lower()
    out, key = resolve_run(dataset, name, out_dir, **overrides)
    with dir_lock(out):
        run_path = out / "run.json"
        if run_path.exists():
            try:
                if json.loads(run_path.read_text()).get("key") == key:
                    return load_model(out, device=device)
            except (json.JSONDecodeError, OSError):
                pass  # unreadable run: retrain over it
            run_path.unlink()  # a stale run is overwritten; until run.json is rewritten it is incomplete
        model, report, _, train_cfg = fit_model(dataset, name, device=device, **overrides)
        save_run(model, out, dataset, report, train_cfg, key)
        return model


def dataset_for_run(run_dir: str | Path, source: str | Path | None = None) -> SequenceDataset:
    """The prepared dataset a run was trained on: its cache when intact, else `source` when given, else the
    dataset of that name (`open_dataset`: registry or built-in). Refuses data whose content differs from
    the run's."""
    from cesrec.recmodel.data import DataError
    from cesrec.recmodel.datasets import open_dataset
    from cesrec.recmodel.prepare import load_prepared

    run_path = Path(run_dir) / "run.json"
    if not run_path.exists():
        raise DataError(f"{run_dir}: no run.json (not a run directory written by `cesrec train`)")
    data = json.loads(run_path.read_text()).get("data", {})
    cache = data.get("cache_dir")
    ds = None
    if source is None and cache and (Path(cache) / "manifest.json").exists():
        ds = load_prepared(cache)
    if ds is None:
        ds = open_dataset(data.get("name", "ml-100k"), source, max_seq_len=data.get("max_seq_len") or 50)
    for k in ("content_key", "interactions_sha256", "items", "users"):
        if data.get(k) is not None and ds.manifest.get(k) != data.get(k):
            raise DataError(f"{run_dir}: dataset differs from the one the run was trained on ({k})")
    return ds
