"""Checks shared by the tests of the fresh held-out idiom batches (tests/evals/test_utterances_fresh*.py, writers
evals/data/write_utterances_fresh*.py on evals/data/fresh_batch.py).

The batches are held out from the author of the stance reader they measure: these checks never print a record's
text or gold (a failure names record ids and counts only), so they compare apart and assert on plain flags."""

from __future__ import annotations

import hashlib
from types import ModuleType

import pytest
from cesrec.evals.bench.understanding import load_catalog, load_utterances, split_of
from cesrec.evals.data.fresh_batch import kind_of, norm, sides
from cesrec.recmodel.sources import shared_ml100k_dir

SCHEMA = {"id", "class", "lang", "text", "shown", "shown_titles", "gold", "note", "batch"}
GOLD = {"liked", "disliked", "liked_items", "disliked_items", "liked_titles", "disliked_titles", "year_min",
        "year_max", "description", "tools", "also_ok"}
GENRES = 18
DECADES = 8


def fixtures(writer: ModuleType):
    """The module-scoped fixtures `cat` (the catalogue; no skip: without ml-100k it fails with the
    FileNotFoundError that says how to point at it) and `recs` (the batch's file) of one batch's test module."""

    @pytest.fixture(scope="module", name="cat")
    def _cat():
        return load_catalog()

    @pytest.fixture(scope="module", name="recs")
    def _recs():
        return load_utterances(writer.OUT)

    return _cat, _recs


def count(recs: list[dict], key) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in recs:
        out[key(r)] = out.get(key(r), 0) + 1
    return out


def assert_in_sync(writer: ModuleType, cat, recs: list[dict]) -> None:
    in_sync = recs == writer.build(cat)  # compared apart so a failure does not print the records
    assert in_sync, f"{writer.OUT.name} is stale: run python -m {writer.__name__}"


def assert_size_and_kinds(recs: list[dict], size: int, like: int, refuse: int, mixed: int) -> None:
    kinds = count(recs, kind_of)
    assert len(recs) >= size, f"{len(recs)} records"
    assert kinds.get("refuse", 0) >= refuse, kinds
    assert kinds.get("mixed", 0) >= mixed, kinds
    assert kinds.get("like", 0) >= like, kinds
    assert kinds.get("none", 0) == 0, kinds


def assert_refused_share(recs: list[dict], lo: float = 0.35, hi: float = 0.60) -> None:
    """Of the values and films named, lo-hi are refused, so a reader that puts every value on one side gets at
    most 1 - lo of them right; and it misses every mixed record."""
    liked = refused = 0
    for r in recs:
        pos, neg = sides(r)
        liked, refused = liked + pos, refused + neg
    share = refused / (liked + refused)
    assert lo <= share <= hi, f"refused share {share:.2f} ({refused} of {liked + refused})"


def assert_all_genres_and_decades(recs: list[dict]) -> None:
    named = {v for r in recs for v in r["gold"]["liked"] + r["gold"]["disliked"]}
    assert len({v for v in named if v.startswith("genre:")}) == GENRES
    assert len({v for v in named if v.startswith("decade:")}) == DECADES


def assert_schema_ids_and_split(recs: list[dict], batch: str) -> None:
    bad = [r.get("id") for r in recs if set(r) != SCHEMA or set(r["gold"]) != GOLD]
    assert not bad, f"records off the utterances.jsonl schema: {bad}"
    bad = [r["id"] for r in recs
           if r["id"] != "idiom-" + hashlib.sha1(r["text"].encode()).hexdigest()[:8]
           or r["class"] != "idiom" or r["batch"] != batch or r["lang"] != "en"]
    assert not bad, f"wrong id, class, batch or lang: {bad}"
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"
    assert all(split_of(r) == "heldout" for r in recs), "every record of the batch is held out"


def assert_new_sentences_and_ids(recs: list[dict], path=None) -> None:
    """No sentence (case and spacing aside) and no id of the batch is in `path` (None: utterances.jsonl)."""
    other = load_utterances() if path is None else load_utterances(path)
    name = "utterances.jsonl" if path is None else path.name
    taken = {norm(r["text"]) for r in other}
    bad = [r["id"] for r in recs if norm(r["text"]) in taken]
    assert not bad, f"already in {name}: {bad}"
    shared = sorted({r["id"] for r in recs} & {r["id"] for r in other})
    assert not shared, f"ids shared with {name}: {shared}"


def assert_every_film_and_value_exists(cat, recs: list[dict]) -> None:
    vocab = cat.vocabulary()
    with_people = shared_ml100k_dir() is not None  # the hand-written test metadata has 97 films' people only
    bad = []
    for r in recs:
        g = r["gold"]
        pairs = list(zip(g["liked_items"] + g["disliked_items"], g["liked_titles"] + g["disliked_titles"],
                         strict=True)) + list(zip(r["shown"], r["shown_titles"], strict=True))
        if not all(1 <= i <= cat.num_items and cat.label(i) == t for i, t in pairs):
            bad.append(r["id"])
        for o in g["also_ok"]:
            kind, value = o[1:].split(":", 1)
            if o[0] not in "+-" or (kind == "item" and not 1 <= int(value) <= cat.num_items):
                bad.append(r["id"])
        for v in g["liked"] + g["disliked"] + [o[1:] for o in g["also_ok"] if o[1:5] != "item"]:
            kind, value = v.split(":", 1)
            if kind in ("genre", "decade"):
                ok = value in vocab[kind]
            elif kind in ("person", "rated"):
                kinds = ("director", "actor", "writer") if kind == "person" else ("rated",)
                ok = not with_people or any(value in vocab.get(k, []) for k in kinds)
            else:
                ok = False
            if not ok:
                bad.append(r["id"])
        lo, hi = g["year_min"], g["year_max"]
        if (lo is not None and not 1900 <= lo <= 2000) or (hi is not None and not 1900 <= hi <= 2000) or (
                lo is not None and hi is not None and lo > hi):
            bad.append(r["id"])
    assert not bad, f"records with a film, value or bound the catalogue lacks: {sorted(set(bad))}"
