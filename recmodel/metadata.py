"""Item metadata (rated, released, genre, director, writer, actors, plot) for ml-100k, derived from the
public OMDB-derived ML-1M metadata of the MeLU cold-start study (movies.dat + movies_extrainfos.dat).

ml-100k and ML-1M share most films but not ids, so items are matched on a normalised title + release year:
MovieLens titles move articles to the end ("Usual Suspects, The") and add alternate titles in parentheses
("Seven (Se7en)", "Promise, The (La Promesse)"); ML-1M's movies.dat lost accented letters ("Mis\ufffdrables")
while movies_extrainfos.dat has the OMDB title ("Les Misérables"). A match needs the same year (one year
off only when nothing matches on the exact year) and, among several candidates, the full-title match wins.

The output is the item metadata JSONL that `--item-extra` takes (one object per line):
  {"item_id": "12", "ml1m_id": 50, "rated": "R", "released": "16 Aug 1995", "genre": "Crime, Mystery, Thriller",
   "director": "...", "writer": "...", "actors": "...", "plot": "..."}
Only `item_id` is required; names are comma-separated strings (or lists); "N/A" means unknown.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import unicodedata
import urllib.request
from pathlib import Path

from cesrec.recmodel.data import DataError, cesrec_home
from cesrec.recmodel.sources import _read_atomic, _sha256

# The MeLU repository's data folder at a fixed commit; the hashes are those of the files in ../shared.
MELU_COMMIT = "f70c8ff91471193cd598bc241c6b0f22665f6375"
MELU_RAW_BASE = f"https://raw.githubusercontent.com/hoyeoplee/MeLU/{MELU_COMMIT}/movielens/ml-1m"
ML1M_METADATA_SHA256 = {
    "movies.dat": "ad22fd112a753c753925eea3a7a46b7ed82b1273fc4f47f798ee52ec0c28576b",
    "movies_extrainfos.dat": "18432b1713b66a5262c11f6d929801a6e6f414d861cd2adf191dfba61e45c74d",
}
FIELDS = ("rated", "released", "genre", "director", "writer", "actors", "plot")
ITEM_EXTRA_NAME = "ml-100k.item_extra.jsonl"

_ARTICLES = r"(?:the|a|an|la|le|les|l'|il|el|das|der|die|los|las)"
_TRAILING_ARTICLE = re.compile(rf"^(?P<rest>.*),\s*(?P<art>{_ARTICLES})$", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(rf"^{_ARTICLES}\s+", re.IGNORECASE)
_YEAR_SUFFIX = re.compile(r"^(?P<title>.*?)\s*\((?P<year>\d{4})\)\s*$")


# ---- title normalisation ------------------------------------------------------------------------------


def _norm(text: str, keep_accented: bool) -> str:
    """Lower-case words without punctuation or a leading article. `keep_accented=False` drops every
    non-ASCII letter instead of stripping its accent, so "Nénette" and movies.dat's "N\ufffdnette" meet."""
    text = text.replace("&", " and ")
    if keep_accented:
        text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if ord(c) < 128)
    text = re.sub(r"^a\.k\.a\.?\s*", "", text.strip(), flags=re.IGNORECASE)
    m = _TRAILING_ARTICLE.match(text)
    if m:
        text = m.group("rest")
    text = _LEADING_ARTICLE.sub("", text.strip())
    text = re.sub(r"['`]", "", text.lower())  # "Boy's Life" = "Boys Life"
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def title_keys(title: str) -> tuple[set[str], set[str]]:
    """(full-title keys, alternate-title keys) of a MovieLens-style title without its year."""
    title = title.strip()
    alts = re.findall(r"\(([^()]*)\)", title)
    main = re.sub(r"\s*\([^()]*\)", "", title).strip()
    full: set[str] = set()
    other: set[str] = set()
    for keep in (True, False):
        full.add(_norm(main, keep))
        for a in alts:
            other.update(_norm(part, keep) for part in re.split(r",\s*a\.k\.a\.\s*", a))
    full.discard("")
    other.discard("")
    return full, other - full


# ---- sources ------------------------------------------------------------------------------------------


def _read_lines(path: Path) -> list[list[str]]:
    if not path.exists():
        raise DataError(f"{path}: file not found (need movies.dat and movies_extrainfos.dat)")
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return [line.rstrip("\r\n").split("::") for line in f if line.strip()]


def read_ml1m_metadata(directory: str | Path) -> dict[int, dict]:
    """ML-1M id -> {"titles": [...], "years": {...}, FIELDS...} from the two MeLU files."""
    directory = Path(directory)
    out: dict[int, dict] = {}
    for n, parts in enumerate(_read_lines(directory / "movies.dat"), start=1):
        m = _YEAR_SUFFIX.match(parts[1]) if len(parts) >= 3 else None
        if m is None:
            raise DataError(f"{directory / 'movies.dat'}: line {n}: expected 'id::Title (year)::genres'")
        out[int(parts[0])] = {"titles": [m.group("title")], "years": {int(m.group("year"))}}
    for n, parts in enumerate(_read_lines(directory / "movies_extrainfos.dat"), start=1):
        if len(parts) != 11 or not parts[0].isdigit():
            raise DataError(f"{directory / 'movies_extrainfos.dat'}: line {n}: expected 11 '::'-separated fields")
        rec = out.setdefault(int(parts[0]), {"titles": [], "years": set()})
        rec["titles"].append(parts[1])
        if parts[2][:4].isdigit():
            rec["years"].add(int(parts[2][:4]))
        rec.update(zip(FIELDS, parts[3:10], strict=True))
    return {k: v for k, v in out.items() if "plot" in v}  # ids without extra info carry nothing to copy


def read_ml100k_items(directory: str | Path) -> list[tuple[str, str, int | None]]:
    """(item_id, title, year) of ml-100k.item (RecBole atomic file)."""
    path = Path(directory) / "ml-100k.item"
    if not path.exists():
        raise DataError(f"{path}: file not found")
    df = _read_atomic(path)
    rows = []
    for item_id, title, year in zip(df["item_id"], df["movie_title"], df["release_year"], strict=True):
        y = str(year).strip()
        rows.append((str(item_id).strip(), str(title), int(y) if y.isdigit() else None))
    return rows


# ---- matching -----------------------------------------------------------------------------------------


def match_items(items: list[tuple[str, str, int | None]], ml1m: dict[int, dict]) -> dict[str, int]:
    """item_id -> ML-1M id by normalised title + year (see the module docstring); unmatched items are absent."""
    full_index: dict[tuple[str, int], set[int]] = {}
    alt_index: dict[tuple[str, int], set[int]] = {}
    for mid, rec in ml1m.items():
        for t in rec["titles"]:
            full, alt = title_keys(t)
            for y in rec["years"]:
                for k in full:
                    full_index.setdefault((k, y), set()).add(mid)
                for k in alt:
                    alt_index.setdefault((k, y), set()).add(mid)
    out: dict[str, int] = {}
    for item_id, title, year in items:
        if year is None:
            continue
        full, alt = title_keys(title)
        for y in (year, year - 1, year + 1):  # the exact year first; OMDB and MovieLens differ by one at times
            # full title against full title, then any alternate title on either side
            tiers = [
                (full, full_index),
                (full, alt_index),
                (alt, full_index),
                (alt, alt_index),
            ]
            found: set[int] = set()
            for keys, index in tiers:
                for k in keys:
                    found |= index.get((k, y), set())
                if found:
                    break
            if found:
                out[item_id] = min(found)  # ties are duplicate ML-1M entries of one film: the lowest id
                break
    return out


def build_item_extra(ml100k_dir: str | Path, metadata_dir: str | Path, out: str | Path) -> dict:
    """Write the ml-100k item metadata JSONL to `out`; returns counts (items, matched, unmatched ids)."""
    items = read_ml100k_items(ml100k_dir)
    ml1m = read_ml1m_metadata(metadata_dir)
    matches = match_items(items, ml1m)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # write then rename: a reader never sees half a file
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent, delete=False, suffix=".tmp") as f:
        for item_id, _, _ in items:
            if item_id in matches:
                mid = matches[item_id]
                rec = {"item_id": item_id, "ml1m_id": mid, **{k: ml1m[mid][k] for k in FIELDS}}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(f.name, out)
    unmatched = [i for i, _, _ in items if i not in matches]
    return {"items": len(items), "matched": len(matches), "unmatched": unmatched, "out": str(out)}


# ---- obtaining the inputs -----------------------------------------------------------------------------


def download_ml1m_metadata(dest: str | Path | None = None, base_url: str = MELU_RAW_BASE) -> Path:
    """Download movies.dat and movies_extrainfos.dat at the pinned commit; refuse a file whose sha256
    differs from the pinned one."""
    dest = Path(dest or cesrec_home() / "raw" / "ml-1m-metadata")
    dest.mkdir(parents=True, exist_ok=True)
    for name, expected in ML1M_METADATA_SHA256.items():
        target = dest / name
        if target.exists() and _sha256(target) == expected:
            continue
        url = f"{base_url}/{name}"
        try:
            with urllib.request.urlopen(url, timeout=60) as resp:
                blob = resp.read()
        except OSError as e:
            raise DataError(f"could not download {url}: {e}") from None
        tmp = target.with_suffix(".part")
        tmp.write_bytes(blob)
        got = _sha256(tmp)
        if got != expected:
            tmp.unlink()
            raise DataError(f"{url}: sha256 {got} does not match the pinned {expected}; refusing to use it")
        os.replace(tmp, target)
    return dest


def ml1m_metadata_dir() -> Path | None:
    """CESREC_ML1M_METADATA, else ../shared/data/ml-1m-metadata beside the checkout (or the cwd), else a
    copy downloaded earlier into CESREC_HOME/raw/ml-1m-metadata."""
    env = os.environ.get("CESREC_ML1M_METADATA")
    here = Path(__file__).resolve().parents[1]
    candidates = [Path(env)] if env else []
    candidates += [
        here.parent / "shared" / "data" / "ml-1m-metadata",
        Path.cwd().parent / "shared" / "data" / "ml-1m-metadata",
        cesrec_home() / "raw" / "ml-1m-metadata",
    ]
    for c in candidates:
        if (c / "movies.dat").exists() and (c / "movies_extrainfos.dat").exists():
            return c
    return None


def built_item_extra_path() -> Path:
    """Where the builder caches its ml-100k output (CESREC_HOME/metadata/)."""
    return cesrec_home() / "metadata" / ITEM_EXTRA_NAME


_NOTICE_SHOWN = False


def ml100k_item_extra(ml100k_dir: str | Path | None = None) -> Path | None:
    """The ml-100k item metadata for the product: ../shared's file when present, else one built earlier
    into CESREC_HOME, else one built now from a local ML-1M metadata folder. Without any of them, says
    once on stderr that the metadata is absent and how to get it, and returns None."""
    global _NOTICE_SHOWN
    if ml100k_dir is not None and (Path(ml100k_dir) / ITEM_EXTRA_NAME).exists():
        return Path(ml100k_dir) / ITEM_EXTRA_NAME
    cached = built_item_extra_path()
    if cached.exists():
        return cached
    meta = ml1m_metadata_dir()
    if meta is not None:
        if ml100k_dir is None or not (Path(ml100k_dir) / "ml-100k.item").exists():
            from cesrec.recmodel.sources import fetch_ml100k_from_recbole_wheel

            ml100k_dir = fetch_ml100k_from_recbole_wheel()
        build_item_extra(ml100k_dir, meta, cached)
        return cached
    if not _NOTICE_SHOWN:
        _NOTICE_SHOWN = True
        print(
            "notice: ml-100k item metadata (rated, director/writer/actors, plot) is absent; "
            "get it with `cesrec data metadata --download` (or set CESREC_ML1M_METADATA to a folder with "
            "movies.dat and movies_extrainfos.dat)",
            file=sys.stderr,
        )
    return None
