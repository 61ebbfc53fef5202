"""The dataset schema: the item catalogue and the prepared interaction sequences every layer reads.

`Catalog` carries both the item text (what the semantic index embeds) and the item attributes (what the
feedback parser, the filters and the simulator reason about), so every layer sees the same catalogue.
Where the raw files come from is recmodel.sources; turning them into a `SequenceDataset` (and its cache)
is recmodel.prepare.

Internal item ids are 1..N (0 is padding); `Catalog.external_ids[i]` is the id in the source files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

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


_PLACEHOLDER_TITLES = {"unknown", "unkonwn", "n a", "na", "none", "untitled", "tbd", "placeholder"}


def _fold_title(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(title).lower()))


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

    def is_placeholder(self, item: int) -> bool:
        """A catalogue row that stands for no real film (ml-100k's item 267 "unkonwn": no year, no genre, no
        metadata): it is never shown or recommended. A title alone is not enough to be a film; a year, a genre
        or any metadata is."""
        if self.years[item] or self.genres[item] or self.directors[item] or self.actors[item] or self.plots[item]:
            return False
        return _fold_title(self.titles[item]) in _PLACEHOLDER_TITLES or not self.titles[item].strip()

    def placeholder_items(self) -> list[int]:
        return [i for i in range(1, self.num_items + 1) if self.is_placeholder(i)]

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
