"""What CESREC_HOME holds for each dataset -- prepared data, model runs, engines -- listed and cleaned.

Layout (every name below carries the content key of the data it was made from):
    datasets.json                       the registry: name -> inputs + prepared data (recmodel.prepare)
    prepared/<name>-<input key>/        a prepared dataset (manifest.json has its content_key)
    runs/<name>-<model>-<run key>/      a trained model (run.json; the run key hashes content + settings)
    engines/<same name as the run>/     the CESRec engine on that run (engine.json, embeddings, chroma,
                                        alignment adapter)
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from cesrec.recmodel.data import cesrec_home
from cesrec.recmodel.datasets import BUILTIN_DATASETS, REGISTRY_FILE, load_registry, registry_path

CACHE_KINDS = {"prepared": "prepared", "runs": "run", "engines": "engine"}


@dataclass
class CacheEntry:
    kind: str  # prepared | run | engine
    path: Path
    dataset: str | None  # None: not attributable (an interrupted write)
    content_key: str | None  # None: made before content keys existed
    bytes: int


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return {}


def _guess_name(dirname: str, names: list[str]) -> str | None:
    """The longest known dataset name `dirname` starts with (directories written before engine.json)."""
    for n in sorted(names, key=len, reverse=True):
        if dirname.startswith(f"{n}-"):
            return n
    return None


def cache_entries() -> list[CacheEntry]:
    """Every directory under prepared/, runs/ and engines/ of CESREC_HOME, attributed to its dataset and
    content key."""
    home = cesrec_home()
    runs: dict[str, dict] = {}
    out: list[CacheEntry] = []
    names = sorted(set(BUILTIN_DATASETS) | set(load_registry()))
    for sub, kind in CACHE_KINDS.items():
        root = home / sub
        if not root.is_dir():
            continue
        for d in sorted(p for p in root.iterdir() if p.is_dir()):
            if kind == "prepared":
                man = _read_json(d / "manifest.json")
                name, key = man.get("name"), man.get("content_key")
            elif kind == "run":
                data = _read_json(d / "run.json").get("data", {})
                runs[d.name] = data
                name, key = data.get("name"), data.get("content_key")
            else:
                meta = _read_json(d / "engine.json") or {
                    "dataset": runs.get(d.name, {}).get("name"), "content_key": runs.get(d.name, {}).get("content_key")}
                name, key = meta.get("dataset"), meta.get("content_key")
            out.append(CacheEntry(kind, d, name or _guess_name(d.name, names), key, _size(d)))
    return out


def dataset_summary(builtin_keys: dict[str, str] | None = None) -> list[dict]:
    """One record per dataset (built-in, registered, or only seen in the caches) with its cached entries;
    `current` says whether an entry was made from the registered content (or, for a built-in dataset, from
    the content `builtin_keys` gives for it; None: unknown); `legacy` entries were written before content
    keys (never loaded again)."""
    reg = load_registry()
    entries = cache_entries()
    names = sorted(set(BUILTIN_DATASETS) | set(reg) | {e.dataset for e in entries if e.dataset})
    if any(e.dataset is None for e in entries):
        names.append(None)  # type: ignore[arg-type]
    out = []
    for name in names:
        entry = reg.get(name) if name else None
        current = entry.get("content_key") if entry else (builtin_keys or {}).get(name) if name else None
        mine = [e for e in entries if e.dataset == name]
        out.append({
            "name": name,
            "builtin": name in BUILTIN_DATASETS,
            "registered": entry is not None,
            "content_key": current,
            "inputs": entry.get("inputs") if entry else None,
            "bytes": sum(e.bytes for e in mine),
            "caches": [{"kind": e.kind, "path": str(e.path), "content_key": e.content_key,
                        "current": (e.content_key == current) if current else None,
                        "legacy": e.content_key is None, "bytes": e.bytes}
                       for e in mine],
        })
    return out


def clean(dataset: str | None = None, everything: bool = False, forget: bool = False,
          stale: bool = False) -> list[CacheEntry]:
    """Remove cached entries and return them: those of `dataset`, of every dataset (`everything`), or
    (`stale`) only those no name points at any more -- made from another version of a registered dataset,
    written before content keys (legacy), or not attributable. `dataset` + `stale` limits that to one
    dataset. `forget` (implied by `everything`) also drops the registration(s). Never asks: CI has no stdin."""
    if not (everything or dataset or stale):
        raise ValueError("clean what? pass a dataset name, stale=True or everything=True")
    reg = load_registry()

    def is_stale(e: CacheEntry) -> bool:
        current = (reg.get(e.dataset) or {}).get("content_key") if e.dataset else None
        return e.dataset is None or e.content_key is None or (current is not None and e.content_key != current)

    gone = [e for e in cache_entries()
            if everything or ((not dataset or e.dataset == dataset) and (not stale or is_stale(e)))]
    for e in gone:
        shutil.rmtree(e.path, ignore_errors=True)
        lock = e.path.parent / f".{e.path.name}.lock"  # recmodel.runs.dir_lock's file
        lock.unlink(missing_ok=True)
    if everything:
        registry_path().unlink(missing_ok=True)
        (registry_path().parent / f".{REGISTRY_FILE}.lock").unlink(missing_ok=True)
    elif forget and dataset:
        from cesrec.recmodel.datasets import unregister_dataset

        unregister_dataset(dataset)
    return gone
