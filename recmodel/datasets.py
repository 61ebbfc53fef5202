"""The dataset registry and THE dataset opener: `cesrec data prepare --dataset NAME` records NAME in
CESREC_HOME/datasets.json; `open_dataset(name)` gives exactly that data to every command, engine and
benchmark (the built-in ml-100k from ../shared or the RecBole wheel, with the item metadata of
recmodel.metadata); an unknown name is a one-line DataError listing the known ones."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

from cesrec.recmodel.data import DataError, SequenceDataset, cesrec_home, content_key
from cesrec.recmodel.metadata import ml100k_item_extra
from cesrec.recmodel.prepare import load_prepared, prepare_dataset
from cesrec.recmodel.sources import default_source, shared_ml100k_dir

REGISTRY_FILE = "datasets.json"
BUILTIN_DATASETS = ("ml-100k",)
# --------------------------------------------------------------------------------------------------------
# The dataset registry: CESREC_HOME/datasets.json maps a name to its inputs and prepared data
# --------------------------------------------------------------------------------------------------------

# prepare_dataset arguments that say what the data is (recorded at registration, replayed on open)
INPUT_KEYS = ("source", "interactions", "items", "item_extra", "user_col", "item_col", "time_col", "rating_col",
              "min_rating", "k_core", "max_seq_len")


def registry_path() -> Path:
    return cesrec_home() / REGISTRY_FILE


def load_registry() -> dict[str, dict]:
    """{name: {"content_key", "prepared", "inputs", "registered"}} ({} when nothing is registered)."""
    path = registry_path()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text())
    except (json.JSONDecodeError, OSError) as e:
        raise DataError(f"{path}: unreadable dataset registry ({e}); fix or delete it") from None


def _update_registry(change) -> dict[str, dict]:
    """Apply `change(registry)` under an exclusive lock and write the file atomically."""
    import fcntl

    path = registry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / f".{REGISTRY_FILE}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        reg = load_registry()
        change(reg)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(reg, indent=2, sort_keys=True))
        tmp.replace(path)
    return reg


def register_dataset(name: str, ds: SequenceDataset, inputs: dict) -> dict:
    """Record `name` -> the prepared data `ds` and the inputs it was prepared from; returns the entry."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", name):
        raise DataError(f"dataset name {name!r}: use letters, digits, '.', '_' and '-' (at most 64)")
    entry = {
        "content_key": content_key(ds),
        "prepared": ds.manifest.get("cache_dir"),
        "inputs": {k: (str(v) if isinstance(v, Path) else v) for k, v in inputs.items() if k in INPUT_KEYS},
        "registered": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    _update_registry(lambda reg: reg.__setitem__(name, entry))
    return entry


def unregister_dataset(name: str) -> bool:
    """Forget `name`; True when it was registered."""
    found = name in load_registry()
    if found:
        _update_registry(lambda reg: reg.pop(name, None))
    return found


def known_datasets() -> list[str]:
    """The built-in names and every registered one, sorted."""
    return sorted(set(BUILTIN_DATASETS) | set(load_registry()))


def unknown_dataset(name: str) -> DataError:
    return DataError(f"unknown dataset {name!r}; known datasets: {', '.join(known_datasets())} "
                     f"(register yours with `cesrec data prepare --dataset {name} --interactions FILE`)")


def _open_registered(name: str, entry: dict, kwargs: dict) -> SequenceDataset:
    """The registered data: its prepared copy when intact, else re-prepared from the recorded inputs."""
    inputs = {**entry.get("inputs", {})}
    kwargs = {k: (str(v) if isinstance(v, Path) else v) for k, v in kwargs.items()}
    changed = {k: v for k, v in kwargs.items() if k in INPUT_KEYS and v is not None and inputs.get(k) != v}
    prepared = Path(entry.get("prepared") or "")
    if not changed and not kwargs.get("refresh") and (prepared / "manifest.json").exists():
        ds = load_prepared(prepared)
        if ds.manifest.get("content_key") == entry.get("content_key"):
            return ds
    inputs.update(changed)
    ds = prepare_dataset(name, **inputs, **{k: v for k, v in kwargs.items() if k not in INPUT_KEYS})
    if not changed:  # the registered recipe, prepared again: point the name at it
        if content_key(ds) != entry.get("content_key"):  # its files changed since: new models, say so
            print(f"note: dataset {name!r} re-prepared from its files, whose content changed "
                  f"({entry.get('content_key')} -> {content_key(ds)}); its models are trained anew",
                  file=sys.stderr)
        register_dataset(name, ds, inputs)
    return ds


def open_dataset(
    name: str = "ml-100k",
    source: str | Path | None = None,
    *,
    item_extra: str | Path | None = None,
    max_seq_len: int | None = None,
    **kwargs,
) -> SequenceDataset:
    """THE dataset a command, engine or benchmark means by `name`.

    A name registered with `cesrec data prepare` is exactly that data. The built-in ml-100k comes from
    ../shared when present (with its metadata), else from CESREC_DATA_SOURCE / the RecBole wheel. An
    explicit `source` (atomic files) prepares that instead. Anything else is a one-line DataError listing
    the known datasets -- never a silent fallback to another dataset. `max_seq_len` 0 chooses it from the data
    (recmodel.prepare.choose_max_seq_len); None keeps the registered value (the built-in's: 50)."""
    entry = load_registry().get(name) if source is None else None
    if entry is not None:
        return _open_registered(name, entry, {"item_extra": item_extra, "max_seq_len": max_seq_len, **kwargs})
    if source is None:
        if name not in BUILTIN_DATASETS:
            raise unknown_dataset(name)
        shared = shared_ml100k_dir()
        source = shared if shared is not None else default_source()
        if item_extra is None and name == "ml-100k":
            item_extra = ml100k_item_extra(shared)  # ../shared's file, a built one, or a notice
    # the built-in ml-100k keeps 50 (every published figure uses it); 0 chooses from the data (ml-100k: 200)
    return prepare_dataset(name, source, item_extra=item_extra, max_seq_len=50 if max_seq_len is None else max_seq_len,
                           **kwargs)
