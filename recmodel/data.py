"""Datasets: obtaining, validating and preparing interaction sequences plus the item catalogue.

One place builds both the item text (what the semantic index embeds) and the item attributes (what the
feedback parser, the filters and the simulator reason about), so every layer sees the same catalogue.

Internal item ids are 1..N (0 is padding); `Catalog.external_ids[i]` is the id in the source files.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

RECBOLE_WHEEL = "recbole==1.2.1"
RECBOLE_WHEEL_SHA256 = "9c9948202011f37eb0a7c6768129313f00d6403ad221ec940d5e2d5d5f33a407"
GROUPLENS_ML100K_URL = "https://files.grouplens.org/datasets/movielens/ml-100k.zip"
PREPARE_VERSION = 2  # 2: content_key in the manifest, every input file hashed in the cache key


class DataError(ValueError):
    """Bad input data; the message names the file (and row where known)."""


def cesrec_home() -> Path:
    """Root of caches and artefacts (override with CESREC_HOME)."""
    return Path(os.environ.get("CESREC_HOME", Path.home() / ".cache" / "cesrec")).expanduser()


# --------------------------------------------------------------------------------------------------------
# Catalogue
# --------------------------------------------------------------------------------------------------------

_ARTICLE_SUFFIX = re.compile(r"^(?P<rest>.*), (?P<art>The|A|An|Il|La|Le|Les|L'|Das|Der|Die|El)$")


def display_title(raw: str) -> str:
    """'Usual Suspects, The' -> 'The Usual Suspects' (MovieLens stores articles at the end)."""
    raw = raw.strip()
    m = _ARTICLE_SUFFIX.match(raw)
    if not m:
        return raw
    art = m.group("art")
    sep = "" if art.endswith("'") else " "
    return f"{art}{sep}{m.group('rest')}"


def decade_of(year: int | None) -> str | None:
    return f"{(year // 10) * 10}s" if year else None


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


@dataclass
class Catalog:
    """The item catalogue. Index i (1..N) of every list is internal item id i; index 0 is padding."""

    external_ids: list[str]
    titles: list[str]
    years: list[int | None]
    genres: list[list[str]]
    directors: list[list[str]] = field(default_factory=list)
    writers: list[list[str]] = field(default_factory=list)
    actors: list[list[str]] = field(default_factory=list)
    plots: list[str] = field(default_factory=list)
    rated: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.external_ids)
        for name in ("directors", "writers", "actors"):
            if not getattr(self, name):
                setattr(self, name, [[] for _ in range(n)])
        if not self.plots:
            self.plots = [""] * n
        if not self.rated:
            self.rated = [""] * n
        self._ext_to_int = {e: i for i, e in enumerate(self.external_ids) if i > 0}

    @property
    def num_items(self) -> int:
        return len(self.external_ids) - 1

    @property
    def has_metadata(self) -> bool:
        return any(self.directors[1:]) or any(self.actors[1:])

    def internal_id(self, external_id: str | int) -> int:
        try:
            return self._ext_to_int[str(external_id)]
        except KeyError:
            raise DataError(f"unknown item id {external_id!r}: not in the catalogue") from None

    def check_item(self, item: int) -> int:
        if not isinstance(item, int | np.integer) or not 1 <= int(item) <= self.num_items:
            raise DataError(f"item {item!r} is not a catalogue item (valid internal ids: 1..{self.num_items})")
        return int(item)

    def decade(self, item: int) -> str | None:
        return decade_of(self.years[item])

    def label(self, item: int) -> str:
        y = self.years[item]
        return f"{self.titles[item]} ({y})" if y else self.titles[item]

    def attributes(self, item: int) -> dict[str, list[str]]:
        """Attribute values by kind; the single vocabulary for parsing, filtering and simulating."""
        attrs: dict[str, list[str]] = {"genre": list(self.genres[item])}
        dec = self.decade(item)
        attrs["decade"] = [dec] if dec else []
        attrs["director"] = list(self.directors[item])
        attrs["actor"] = list(self.actors[item])
        attrs["writer"] = list(self.writers[item])
        attrs["rated"] = [self.rated[item]] if self.rated[item] else []
        return attrs

    def text(self, item: int) -> str:
        """Item text embedded by the semantic index."""
        parts = [self.label(item) + "."]
        if self.genres[item]:
            parts.append("Genres: " + ", ".join(self.genres[item]) + ".")
        if self.directors[item]:
            parts.append("Directed by " + ", ".join(self.directors[item]) + ".")
        if self.actors[item]:
            parts.append("Starring " + ", ".join(self.actors[item][:4]) + ".")
        if self.plots[item]:
            parts.append(self.plots[item][:600])
        return " ".join(parts)

    def vocabulary(self) -> dict[str, list[str]]:
        """All attribute values present in the catalogue, by kind (sorted, deduplicated)."""
        vocab: dict[str, set[str]] = {}
        for i in range(1, self.num_items + 1):
            for kind, values in self.attributes(i).items():
                vocab.setdefault(kind, set()).update(values)
        return {k: sorted(v) for k, v in vocab.items()}

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "item": np.arange(self.num_items + 1),
                "external_id": self.external_ids,
                "title": self.titles,
                "year": self.years,
                "genres": self.genres,
                "directors": self.directors,
                "writers": self.writers,
                "actors": self.actors,
                "plot": self.plots,
                "rated": self.rated,
            }
        ).iloc[1:]

    def to_json(self) -> dict:
        return {
            "external_ids": self.external_ids,
            "titles": self.titles,
            "years": self.years,
            "genres": self.genres,
            "directors": self.directors,
            "writers": self.writers,
            "actors": self.actors,
            "plots": self.plots,
            "rated": self.rated,
        }

    @classmethod
    def from_json(cls, d: dict) -> Catalog:
        return cls(**d)


# --------------------------------------------------------------------------------------------------------
# Prepared dataset
# --------------------------------------------------------------------------------------------------------


@dataclass
class SequenceDataset:
    """Chronological item sequences per user with a leave-one-out split.

    sequences[u] is the full chronological sequence (internal ids). Test target = last item, validation
    target = second-to-last, training sequence = everything before the validation target.
    """

    name: str
    catalog: Catalog
    user_ids: list[str]
    sequences: list[np.ndarray]
    timestamps: list[np.ndarray]
    max_seq_len: int = 50
    manifest: dict = field(default_factory=dict)

    @property
    def num_items(self) -> int:
        return self.catalog.num_items

    @property
    def num_users(self) -> int:
        return len(self.user_ids)

    def user_index(self, user_id: str | int) -> int:
        key = str(user_id)
        if not hasattr(self, "_uidx"):
            self._uidx = {u: i for i, u in enumerate(self.user_ids)}
        if key not in self._uidx:
            raise DataError(f"unknown user id {user_id!r} in dataset {self.name!r}")
        return self._uidx[key]

    def train_sequence(self, u: int) -> np.ndarray:
        return self.sequences[u][:-2]

    def valid_input(self, u: int) -> tuple[np.ndarray, int]:
        s = self.sequences[u]
        return s[:-2], int(s[-2])

    def test_input(self, u: int) -> tuple[np.ndarray, int]:
        """History for test (train + validation item) and the held-out test item."""
        s = self.sequences[u]
        return s[:-1], int(s[-1])

    def split(self, stage: str) -> tuple[list[np.ndarray], np.ndarray]:
        """(input sequences, targets) for 'valid' or 'test' over all users."""
        if stage not in ("valid", "test"):
            raise ValueError(f"stage must be 'valid' or 'test', not {stage!r}")
        fn = self.valid_input if stage == "valid" else self.test_input
        pairs = [fn(u) for u in range(self.num_users)]
        return [p[0] for p in pairs], np.array([p[1] for p in pairs], dtype=np.int64)

    def item_popularity(self, stage: str = "train") -> np.ndarray:
        """Interaction counts per internal id over what the given stage may see (no leakage)."""
        counts = np.zeros(self.num_items + 1, dtype=np.int64)
        for u in range(self.num_users):
            seq = self.train_sequence(u) if stage == "train" else self.sequences[u][:-1]
            np.add.at(counts, seq, 1)
        return counts


# --------------------------------------------------------------------------------------------------------
# Raw sources
# --------------------------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_ml100k_from_recbole_wheel(dest: Path | None = None) -> Path:
    """Download the RecBole 1.2.1 wheel with pip (not installed), verify its hash, extract ml-100k."""
    dest = Path(dest or cesrec_home() / "raw" / "ml-100k")
    if (dest / "ml-100k.inter").exists() and (dest / "ml-100k.item").exists():
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp, RECBOLE_WHEEL]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wheels = list(Path(tmp).glob("recbole-1.2.1-*.whl"))
        if proc.returncode != 0 or not wheels:
            raise DataError(
                "could not download the RecBole 1.2.1 wheel from PyPI to obtain ml-100k "
                f"(pip said: {proc.stderr.strip()[-300:] or 'no wheel'}); pass --source DIR with the atomic files"
            )
        digest = _sha256(wheels[0])
        if digest != RECBOLE_WHEEL_SHA256:
            raise DataError(f"RecBole wheel hash mismatch: got {digest}, expected {RECBOLE_WHEEL_SHA256}")
        dest.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(wheels[0]) as zf:
            for name in ("ml-100k.inter", "ml-100k.item", "ml-100k.user"):
                member = f"recbole/dataset_example/ml-100k/{name}"
                with zf.open(member) as src, open(dest / name, "wb") as out:
                    shutil.copyfileobj(src, out)
        (dest / "SOURCE.json").write_text(
            json.dumps({"source": "recbole-wheel", "wheel": RECBOLE_WHEEL, "sha256": digest}, indent=2)
        )
    return dest


def fetch_ml100k_from_grouplens(dest: Path | None = None, url: str = GROUPLENS_ML100K_URL) -> Path:
    """Official GroupLens zip (needs general internet); converted to atomic files."""
    dest = Path(dest or cesrec_home() / "raw" / "ml-100k-grouplens")
    if (dest / "ml-100k.inter").exists():
        return dest
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            blob = resp.read()
    except OSError as e:
        raise DataError(f"could not download {url}: {e}") from None
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        tmp = Path(tempfile.mkdtemp())
        zf.extractall(tmp)
    _grouplens_to_atomic(tmp / "ml-100k", dest)
    return dest


def _grouplens_to_atomic(src: Path, dest: Path) -> None:
    genres = [
        "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary", "Drama",
        "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western",
    ]  # fmt: skip
    dest.mkdir(parents=True, exist_ok=True)
    inter = pd.read_csv(src / "u.data", sep="\t", names=["u", "i", "r", "t"])
    with open(dest / "ml-100k.inter", "w") as f:
        f.write("user_id:token\titem_id:token\trating:float\ttimestamp:float\n")
        for row in inter.itertuples(index=False):
            f.write(f"{row.u}\t{row.i}\t{row.r}\t{row.t}\n")
    items = pd.read_csv(src / "u.item", sep="|", header=None, encoding="latin-1")
    with open(dest / "ml-100k.item", "w") as f:
        f.write("item_id:token\tmovie_title:token_seq\trelease_year:token\tclass:token_seq\n")
        for row in items.itertuples(index=False):
            m = re.match(r"^(.*) \((\d{4})\)\s*$", str(row[1]))
            title, year = (m.group(1), m.group(2)) if m else (str(row[1]), "")
            g = " ".join(genres[k] for k in range(19) if row[5 + k] == 1)
            f.write(f"{row[0]}\t{title}\t{year}\t{g}\n")


def _find_atomic(directory: Path, name: str, ext: str) -> Path | None:
    p = directory / f"{name}.{ext}"
    if p.exists():
        return p
    found = sorted(directory.glob(f"*.{ext}"))
    return found[0] if found else None


def _read_atomic(path: Path) -> pd.DataFrame:
    try:
        df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3, engine="python")
    except Exception as e:  # pandas raises many kinds; the user needs the file name
        raise DataError(f"{path}: cannot be read as a tab-separated atomic file ({e})") from None
    df.columns = [c.split(":")[0] for c in df.columns]
    if df.empty:
        raise DataError(f"{path}: file has no rows")
    return df


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


def load_item_extra(path: Path) -> dict[str, dict]:
    """Item metadata JSONL keyed by item_id (director, writer, actors, plot, rated...)."""
    out: dict[str, dict] = {}
    path = Path(path)
    if not path.exists():
        raise DataError(f"{path}: metadata file not found")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(f"{path}: line {n}: invalid JSON ({e.msg})") from None
            if "item_id" not in rec:
                raise DataError(f"{path}: line {n}: missing 'item_id'")
            out[str(rec["item_id"])] = rec
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


def load_raw(source: str | Path, name: str = "ml-100k", item_extra: str | Path | None = None):
    """Resolve a source ('recbole-wheel', 'grouplens', or a directory of atomic files) to raw frames."""
    src = str(source)
    if src == "recbole-wheel":
        directory = fetch_ml100k_from_recbole_wheel()
    elif src == "grouplens":
        directory = fetch_ml100k_from_grouplens()
    else:
        directory = Path(src).expanduser()
        if not directory.is_dir():
            raise DataError(f"{directory}: data source is not a directory (nor 'recbole-wheel'/'grouplens')")
        if not (directory / f"{name}.inter").exists() and (directory / "u.data").exists():
            conv = cesrec_home() / "raw" / f"{name}-converted"
            _grouplens_to_atomic(directory, conv)
            directory = conv
    inter_path = _find_atomic(directory, name, "inter")
    item_path = _find_atomic(directory, name, "item")
    if inter_path is None or item_path is None:
        raise DataError(f"{directory}: expected {name}.inter and {name}.item atomic files")
    extra = None
    if item_extra is None and (directory / f"{name}.item_extra.jsonl").exists():
        item_extra = directory / f"{name}.item_extra.jsonl"
    if item_extra:
        extra = load_item_extra(Path(item_extra))
    return inter_path, _read_atomic(inter_path), item_path, _read_atomic(item_path), extra


_COLUMN_ALIASES = {
    "user_id": ("user_id", "user", "userId", "userid"),
    "item_id": ("item_id", "item", "movieId", "itemId", "itemid"),
    "timestamp": ("timestamp", "time", "ts", "datetime"),
    "rating": ("rating", "score"),
}


def _pick_column(df: pd.DataFrame, role: str, given: str | None, path: Path, flag: str) -> str | None:
    """The column playing `role`: the one named by the user, else a usual name (user/userId, ...)."""
    if given:
        if given not in df.columns:
            raise DataError(f"{path}: no column {given!r} ({flag}); found {list(df.columns)}")
        return given
    return next((c for c in _COLUMN_ALIASES[role] if c in df.columns), None)


def _read_table(path: Path, what: str) -> pd.DataFrame:
    if not path.exists():
        raise DataError(f"{path}: {what} file not found")
    try:
        if path.suffix == ".parquet":
            df = pd.read_parquet(path)
        elif path.suffix in (".jsonl", ".json"):
            df = pd.read_json(path, lines=path.suffix == ".jsonl", dtype=False)
        else:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, sep="\t" if path.suffix == ".tsv" else ",")
    except Exception as e:  # pandas raises many kinds; the user needs the file name
        raise DataError(f"{path}: cannot be read ({e})") from None
    if df.empty:
        raise DataError(f"{path}: file has no rows")
    return df


def load_generic_frames(
    interactions: str | Path,
    items: str | Path | None = None,
    *,
    user_col: str | None = None,
    item_col: str | None = None,
    time_col: str | None = None,
    rating_col: str | None = None,
):
    """User-supplied interactions CSV/TSV/Parquet (user, item, timestamp[, rating]) and items CSV/JSONL/Parquet.

    Column names default to the usual ones (user_id/user/userId, item_id/item/movieId, timestamp/time,
    rating); `*_col` names them. The items file's id column is `item_col` or item_id/item/movieId/id."""
    ip = Path(interactions)
    df = _read_table(ip, "interactions")
    cols = {
        "user_id": _pick_column(df, "user_id", user_col, ip, "--user-col"),
        "item_id": _pick_column(df, "item_id", item_col, ip, "--item-col"),
        "timestamp": _pick_column(df, "timestamp", time_col, ip, "--time-col"),
        "rating": _pick_column(df, "rating", rating_col, ip, "--rating-col"),
    }
    missing = [role for role in ("user_id", "item_id", "timestamp") if cols[role] is None]
    if missing:
        raise DataError(f"{ip}: missing column(s) {missing}; found {list(df.columns)} "
                        "(name yours with --user-col/--item-col/--time-col)")
    df = df[[c for c in cols.values() if c is not None]].rename(columns={v: k for k, v in cols.items() if v})
    if pd.api.types.is_datetime64_any_dtype(df["timestamp"]):  # Parquet datetimes -> epoch seconds
        df["timestamp"] = df["timestamp"].astype("int64") // 10**9
    df = df.astype({"user_id": str, "item_id": str})
    if items is None:
        item_df = pd.DataFrame({"item_id": sorted(df["item_id"].unique())})
        item_path = ip
    else:
        item_path = Path(items)
        item_df = _read_table(item_path, "items")
        id_col = next((c for c in (item_col, "item_id", "item", "movieId", "itemId", "id") if c and c in item_df.columns),
                      None)
        if id_col is None:
            raise DataError(f"{item_path}: missing column(s) ['item_id']; found {list(item_df.columns)}")
        item_df = item_df.rename(columns={id_col: "item_id"}).astype({"item_id": str})
    return ip, df, item_path, item_df


# --------------------------------------------------------------------------------------------------------
# Preparation
# --------------------------------------------------------------------------------------------------------


def _k_core(df: pd.DataFrame, k: int) -> pd.DataFrame:
    while k > 0:
        uc = df["user_id"].map(df["user_id"].value_counts())
        ic = df["item_id"].map(df["item_id"].value_counts())
        keep = (uc >= k) & (ic >= k)
        if keep.all():
            break
        df = df[keep]
    return df


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
    max_seq_len: int = 50,
    min_seq_len: int = 3,
) -> SequenceDataset:
    """Implicit feedback, chronological per user (stable tie-break on file order), leave-one-out ready."""
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
    return SequenceDataset(name, catalog, user_ids, seqs, tss, max_seq_len, manifest)


def content_hash(catalog: Catalog, user_ids: Sequence[str], sequences: Sequence[np.ndarray],
                 timestamps: Sequence[np.ndarray], max_seq_len: int) -> str:
    """Hash of what a prepared dataset *is* (catalogue, users, sequences, times): the key every model run
    and engine built on it carries, so different data never shares a model whatever its name."""
    h = hashlib.sha256()
    h.update(json.dumps([PREPARE_VERSION, max_seq_len, catalog.to_json(), list(user_ids)],
                        sort_keys=True, default=str).encode())
    h.update(np.array([len(s) for s in sequences], dtype=np.int64).tobytes())
    for arrays, dtype in ((sequences, np.int64), (timestamps, np.float64)):
        if len(arrays):
            h.update(np.concatenate(arrays).astype(dtype).tobytes())
    return h.hexdigest()[:16]


def content_key(ds: SequenceDataset) -> str:
    """The dataset's content key (from its manifest; computed for datasets built in memory)."""
    key = ds.manifest.get("content_key")
    if not key:
        key = content_hash(ds.catalog, ds.user_ids, ds.sequences, ds.timestamps, ds.max_seq_len)
        ds.manifest["content_key"] = key
    return key


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


def default_source() -> str:
    """CESREC_DATA_SOURCE, else the RecBole wheel from PyPI."""
    return os.environ.get("CESREC_DATA_SOURCE", "recbole-wheel")


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
    max_seq_len: int = 50,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
) -> SequenceDataset:
    """Load (from cache when the inputs are unchanged) a prepared dataset.

    Either `source` (recbole-wheel | grouplens | directory of atomic files) or `interactions` (+ `items`)
    for a user-supplied catalogue. The cache is keyed by the content of every input file and the
    settings; the manifest's `content_key` hashes the prepared data itself.
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
    key = _cache_key([name, PREPARE_VERSION, *key_parts, min_rating, k_core, max_seq_len])
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


def shared_ml100k_dir() -> Path | None:
    """../shared/data/ml-100k beside the checkout (tests, CI and benchmarks), if present."""
    env = os.environ.get("CESREC_SHARED_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parents[1]
    candidates += [here.parent / "shared" / "data" / "ml-100k", Path.cwd().parent / "shared" / "data" / "ml-100k"]
    for c in candidates:
        if (c / "ml-100k.inter").exists():
            return c
    return None
