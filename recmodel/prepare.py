"""Preparation: raw frames (recmodel.sources) -> a validated, chronological `SequenceDataset` with its
catalogue, cached on disk under CESREC_HOME/prepared keyed by the content of every input file."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from cesrec.recmodel.data import (
    PREPARE_VERSION,
    Catalog,
    DataError,
    SequenceDataset,
    cesrec_home,
    content_hash,
    display_title,
)
from cesrec.recmodel.sources import _sha256, default_source, load_generic_frames, load_item_extra, load_raw


def _require_columns(df: pd.DataFrame, cols: Iterable[str], path: Path) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {missing}; found {list(df.columns)}")


def _numeric_column(df: pd.DataFrame, col: str, path: Path, header_rows: int = 1) -> np.ndarray:
    vals = pd.to_numeric(df[col], errors="coerce")
    bad = np.flatnonzero(vals.isna().to_numpy())
    if len(bad):
        r = int(bad[0])
        raise DataError(
            f"{path}: row {r + 1 + header_rows}: column {col!r} must be numeric, got {df[col].iloc[r]!r}"
        )
    return vals.to_numpy()


def _split_names(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    parts = [re.sub(r"\s*\(.*?\)\s*", "", p).strip() for p in str(value).split(",")]
    out: list[str] = []
    for p in parts:
        if p and p.upper() != "N/A" and p not in out:
            out.append(p)
    return out


_TITLE_YEAR = re.compile(r"^(?P<title>.*\S)\s*\((?P<year>\d{4})\)\s*$")
_NO_GENRE = {"", "unknown", "(no genres listed)"}


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))


def _genre_list(value: object) -> list[str]:
    """Genres given as a list (JSONL/Parquet) or one string split on '|', else ',', else whitespace."""
    if _blank(value):
        return []
    if isinstance(value, list | tuple | np.ndarray):
        parts = [str(v) for v in value]
    else:
        g = str(value).strip()
        sep = "|" if "|" in g else ("," if "," in g else None)
        parts = g.split(sep) if sep else g.split()
    return [x.strip() for x in parts if x.strip() not in _NO_GENRE]


def _build_catalog(items: pd.DataFrame, path: Path, extra: dict[str, dict] | None) -> Catalog:
    _require_columns(items, ["item_id"], path)
    ids = items["item_id"].astype(str).str.strip()
    dup = ids[ids.duplicated()]
    if len(dup):
        raise DataError(f"{path}: duplicate item_id {dup.iloc[0]!r}")
    order = sorted(range(len(ids)), key=lambda r: (0, int(ids.iloc[r])) if ids.iloc[r].isdigit() else (1, ids.iloc[r]))
    title_col = next((c for c in ("movie_title", "title", "name") if c in items.columns), None)
    year_col = next((c for c in ("release_year", "year") if c in items.columns), None)
    genre_col = next((c for c in ("class", "genres", "genre") if c in items.columns), None)
    meta_cols = [c for c in ("director", "writer", "actors", "plot", "rated") if c in items.columns]
    ext_ids, titles, years, genres = [""], ["<pad>"], [None], [[]]
    directors, writers, actors, plots, rated = [[]], [[]], [[]], [""], [""]
    for r in order:
        row = items.iloc[r]
        eid = ids.iloc[r]
        ext_ids.append(eid)
        raw_title = "" if not title_col or _blank(row[title_col]) else str(row[title_col]).strip()
        y = str(row[year_col]).strip() if year_col and not _blank(row[year_col]) else ""
        year = int(float(y)) if re.fullmatch(r"\d{4}(\.0)?", y) else None
        m = _TITLE_YEAR.match(raw_title)
        if m:  # "Toy Story (1995)": the year is part of the title only in the file
            raw_title = m.group("title")
            year = year or int(m.group("year"))
        titles.append(display_title(raw_title) if raw_title else eid)
        years.append(year)
        genres.append(_genre_list(row[genre_col]) if genre_col else [])
        meta = {c: row[c] for c in meta_cols if not _blank(row[c])}
        meta.update((extra or {}).get(eid, {}))
        directors.append(_split_names(meta.get("director")))
        writers.append(_split_names(meta.get("writer")))
        actors.append(_split_names(meta.get("actors")))
        plot = str(meta.get("plot") or "")
        plots.append("" if plot == "N/A" else plot)
        rt = str(meta.get("rated") or "")
        rated.append("" if rt in ("N/A", "NOT RATED", "UNRATED") else rt)
    return Catalog(ext_ids, titles, years, genres, directors, writers, actors, plots, rated)


def _k_core(df: pd.DataFrame, k: int) -> pd.DataFrame:
    while k > 0:
        uc = df["user_id"].map(df["user_id"].value_counts())
        ic = df["item_id"].map(df["item_id"].value_counts())
        keep = (uc >= k) & (ic >= k)
        if keep.all():
            break
        df = df[keep]
    return df


# `max_seq_len` from the data (`cesrec data prepare` without --max-seq-len): the history length that covers
# most users whole -- the MAX_SEQ_LEN_PERCENTILE-th percentile of the users' training-history lengths, rounded
# up to a multiple of 10 -- capped at MAX_SEQ_LEN_CAP for memory (SASRec's attention grows with its square;
# a training batch holds batch x max_seq_len positions of logits) and never below MAX_SEQ_LEN_FLOOR unless
# no history is that long. Longer histories keep their most recent max_seq_len items at scoring time and are
# cut into windows of max_seq_len for training, so nothing is thrown away by the cap.
MAX_SEQ_LEN_PERCENTILE = 90
MAX_SEQ_LEN_CAP = 200
MAX_SEQ_LEN_FLOOR = 10


def choose_max_seq_len(lengths: Sequence[int] | np.ndarray, percentile: float = MAX_SEQ_LEN_PERCENTILE,
                       cap: int = MAX_SEQ_LEN_CAP, floor: int = MAX_SEQ_LEN_FLOOR) -> tuple[int, dict]:
    """(max_seq_len, how it was chosen) from the training-history lengths (a user's sequence less the
    validation and test items). The dict says the rule, the percentile's value and the share of users whose
    training history is longer than the choice (they are windowed, not truncated, in training)."""
    arr = np.asarray(lengths, dtype=np.int64)
    if arr.size == 0:
        raise DataError("cannot choose max_seq_len: no user histories")
    value = float(np.percentile(arr, percentile))
    rounded = int(-(-max(value, 1.0) // 10) * 10)
    chosen = int(min(cap, max(min(floor, int(arr.max())), rounded)))
    chosen = max(chosen, 1)
    info = {
        "rule": f"{percentile:g}th percentile of training-history lengths, rounded up to 10, "
                f"at least {floor}, capped at {cap}",
        "percentile_value": round(value, 1),
        "median_length": float(np.median(arr)),
        "max_length": int(arr.max()),
        "users_longer": round(float((arr > chosen).mean()), 4),
        "capped": bool(rounded > cap),
    }
    return chosen, info


def describe_max_seq_len(manifest: dict) -> str:
    """One line saying which max_seq_len a prepared dataset has and why (for `cesrec data prepare`)."""
    n = manifest.get("max_seq_len")
    info = manifest.get("max_seq_len_choice")
    if not info:
        return f"max_seq_len {n} (given)"
    cap = " (capped)" if info.get("capped") else ""
    return (f"max_seq_len {n} chosen from the data{cap}: {info['rule']}; percentile value "
            f"{info['percentile_value']:g}, median history {info['median_length']:g}, longest "
            f"{info['max_length']}; {info['users_longer'] * 100:.1f}% of users have longer training histories "
            f"(trained on every window, scored on their most recent {n}). Pass --max-seq-len to set it.")


def build_dataset(
    name: str,
    inter_path: Path,
    inter: pd.DataFrame,
    item_path: Path,
    items: pd.DataFrame,
    extra: dict[str, dict] | None = None,
    *,
    min_rating: float | None = None,
    k_core: int = 0,
    max_seq_len: int | None = 50,
    min_seq_len: int = 3,
) -> SequenceDataset:
    """Implicit feedback, chronological per user (stable tie-break on file order), leave-one-out ready.
    `max_seq_len` None (or 0) chooses it from the data (`choose_max_seq_len`), recorded in the manifest."""
    _require_columns(inter, ["user_id", "item_id", "timestamp"], inter_path)
    inter = inter.reset_index(drop=True)
    ts = _numeric_column(inter, "timestamp", inter_path)
    inter = inter.assign(timestamp=ts, _row=np.arange(len(inter)))
    if min_rating is not None:  # explicit ratings -> implicit feedback: keep what the user liked
        if "rating" not in inter.columns:
            raise DataError(f"{inter_path}: --min-rating needs a rating column (name it with --rating-col)")
        inter = inter[_numeric_column(inter, "rating", inter_path) >= min_rating]
    catalog = _build_catalog(items, item_path, extra)
    known = set(catalog.external_ids[1:])
    inter = inter.assign(item_id=inter["item_id"].astype(str).str.strip(), user_id=inter["user_id"].astype(str).str.strip())
    unknown = ~inter["item_id"].isin(known)
    if unknown.any():
        r = int(inter.index[np.flatnonzero(unknown.to_numpy())[0]])
        raise DataError(
            f"{inter_path}: row {r + 2}: item_id {inter['item_id'].loc[r]!r} is not in the items file {item_path}"
        )
    if k_core:
        inter = _k_core(inter, k_core)
    inter = inter.sort_values(["user_id", "timestamp", "_row"], kind="mergesort")
    item_int = inter["item_id"].map(catalog._ext_to_int).to_numpy(np.int64)
    users, starts = np.unique(inter["user_id"].to_numpy(), return_index=True)
    bounds = list(starts) + [len(inter)]
    tsv = inter["timestamp"].to_numpy(np.float64)
    user_ids, seqs, tss = [], [], []
    dropped = 0
    for j, u in enumerate(users):
        a, b = bounds[j], bounds[j + 1]
        if b - a < min_seq_len:
            dropped += 1
            continue
        user_ids.append(str(u))
        seqs.append(item_int[a:b].copy())
        tss.append(tsv[a:b].copy())
    order = sorted(range(len(user_ids)), key=lambda i: (0, int(user_ids[i])) if user_ids[i].isdigit() else (1, user_ids[i]))
    user_ids = [user_ids[i] for i in order]
    seqs = [seqs[i] for i in order]
    tss = [tss[i] for i in order]
    if not seqs:
        raise DataError(f"{inter_path}: no user has at least {min_seq_len} interactions after filtering")
    choice = None
    if not max_seq_len:
        max_seq_len, choice = choose_max_seq_len([max(1, len(s) - 2) for s in seqs])
    elif max_seq_len < 1:
        raise DataError(f"max_seq_len must be >= 1 (or 0 / None: from the data), got {max_seq_len}")
    manifest = {
        "name": name,
        "content_key": content_hash(catalog, user_ids, seqs, tss, max_seq_len),
        "prepare_version": PREPARE_VERSION,
        "interactions_file": str(inter_path),
        "items_file": str(item_path),
        "interactions_sha256": _sha256(inter_path) if inter_path.is_file() else None,
        "items_sha256": _sha256(item_path) if item_path.is_file() else None,
        "metadata_items": sum(1 for d in catalog.directors[1:] if d) if extra else 0,
        "users": len(user_ids),
        "items": catalog.num_items,
        "interactions": int(sum(len(s) for s in seqs)),
        "users_dropped_short": dropped,
        "min_rating": min_rating,
        "k_core": k_core,
        "max_seq_len": max_seq_len,
    }
    if choice is not None:  # absent when given, so manifests (and run keys) of given lengths are unchanged
        manifest["max_seq_len_choice"] = choice
    return SequenceDataset(name, catalog, user_ids, seqs, tss, max_seq_len, manifest)


def _cache_key(parts: Sequence[object]) -> str:
    return hashlib.sha256(json.dumps([str(p) for p in parts]).encode()).hexdigest()[:16]


def save_dataset(ds: SequenceDataset, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    lengths = np.array([len(s) for s in ds.sequences], dtype=np.int64)
    np.savez_compressed(
        directory / "sequences.npz",
        items=np.concatenate(ds.sequences),
        timestamps=np.concatenate(ds.timestamps),
        lengths=lengths,
    )
    (directory / "catalog.json").write_text(json.dumps(ds.catalog.to_json()))
    (directory / "users.json").write_text(json.dumps(ds.user_ids))
    (directory / "manifest.json").write_text(json.dumps(ds.manifest, indent=2))


def load_prepared(directory: str | Path) -> SequenceDataset:
    directory = Path(directory)
    man_path = directory / "manifest.json"
    if not man_path.exists():
        raise DataError(f"{directory}: not a prepared dataset (no manifest.json); run `cesrec data prepare`")
    manifest = json.loads(man_path.read_text())
    z = np.load(directory / "sequences.npz")
    splits = np.cumsum(z["lengths"])[:-1]
    seqs = list(np.split(z["items"], splits))
    tss = list(np.split(z["timestamps"], splits))
    catalog = Catalog.from_json(json.loads((directory / "catalog.json").read_text()))
    users = json.loads((directory / "users.json").read_text())
    return SequenceDataset(manifest["name"], catalog, users, seqs, tss, manifest["max_seq_len"], manifest)


def _file_key(path: str | Path | None) -> str | None:
    """Name and content hash of an input file (None stays None), for the prepared-data cache key."""
    if path is None:
        return None
    p = Path(path).expanduser()
    return f"{p.resolve()}:{_sha256(p)}" if p.is_file() else str(p)


def prepare_dataset(
    name: str = "ml-100k",
    source: str | Path | None = None,
    *,
    item_extra: str | Path | None = None,
    interactions: str | Path | None = None,
    items: str | Path | None = None,
    user_col: str | None = None,
    item_col: str | None = None,
    time_col: str | None = None,
    rating_col: str | None = None,
    min_rating: float | None = None,
    k_core: int = 0,
    max_seq_len: int | None = 50,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
) -> SequenceDataset:
    """Load (from cache when the inputs are unchanged) a prepared dataset.

    Either `source` (recbole-wheel | grouplens | directory of atomic files) or `interactions` (+ `items`)
    for a user-supplied catalogue. The cache is keyed by the content of every input file and the
    settings; the manifest's `content_key` hashes the prepared data itself. `max_seq_len` None (or 0): chosen
    from the data's history lengths (`choose_max_seq_len`; the manifest's `max_seq_len_choice` says how).
    """
    if interactions is not None:
        ip, inter, item_path, item_df = load_generic_frames(
            interactions, items, user_col=user_col, item_col=item_col, time_col=time_col, rating_col=rating_col)
        extra = load_item_extra(Path(item_extra)) if item_extra else None
        key_parts = [_file_key(ip), _file_key(items), user_col, item_col, time_col, rating_col]
    else:
        source = source or default_source()
        inter_path, inter, item_path, item_df, extra = load_raw(source, name, item_extra)
        ip = inter_path
        key_parts = [source, _file_key(inter_path), _file_key(item_path)]
        if item_extra is None and extra is not None:  # found beside the atomic files
            item_extra = Path(inter_path).parent / f"{name}.item_extra.jsonl"
    key_parts.append(_file_key(item_extra))
    key = _cache_key([name, PREPARE_VERSION, *key_parts, min_rating, k_core, max_seq_len or "auto"])
    cache = Path(cache_dir or cesrec_home() / "prepared") / f"{name}-{key}"
    if not refresh and (cache / "manifest.json").exists():
        return load_prepared(cache)
    ds = build_dataset(
        name, ip, inter, item_path, item_df, extra, min_rating=min_rating, k_core=k_core, max_seq_len=max_seq_len
    )
    ds.manifest["source"] = str(source) if interactions is None else str(interactions)
    ds.manifest["item_extra"] = str(item_extra) if item_extra else None
    ds.manifest["cache_dir"] = str(cache)
    save_dataset(ds, cache)
    return ds
