"""The third fresh idiom batch (evals/data/utterances_fresh3.jsonl, see evals/data/README.md): in sync with its
writer, every id, film and value exists, ids disjoint from the other utterance files, counts per topic, and
enough refusals and two-clause sentences that a reader always saying "like" (or always "refuse") fails.

The batch is held out from the author of the stance reader it measures: these tests never print a record's text
or gold (failures name record ids and counts only)."""

from __future__ import annotations

import hashlib

import pytest
from cesrec.evals.bench.understanding import load_catalog, load_utterances, split_of
from cesrec.evals.data import write_utterances_fresh3 as fresh3
from cesrec.recmodel.sources import shared_ml100k_dir

SCHEMA = {"id", "class", "lang", "text", "shown", "shown_titles", "gold", "note", "batch"}
GOLD = {"liked", "disliked", "liked_items", "disliked_items", "liked_titles", "disliked_titles", "year_min",
        "year_max", "description", "tools", "also_ok"}
GENRES = 18
DECADES = 8
TOPIC_COUNTS = {"enthusiasm": 14, "satiety": 15, "litotes": 14, "double_neg": 14, "except": 14,
                "cant_get_enough": 12, "never_old": 13, "comparison": 15, "sarcasm": 16, "mixed": 16, "polite": 15,
                "question": 14, "era": 14, "people": 15, "titles": 15, "plain": 30}


@pytest.fixture(scope="module")
def cat():
    # no skip: without ml-100k this fails with the FileNotFoundError that says how to point at it
    return load_catalog()


@pytest.fixture(scope="module")
def recs():
    return load_utterances(fresh3.OUT)


def _count(recs, key) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in recs:
        out[key(r)] = out.get(key(r), 0) + 1
    return out


def test_file_is_in_sync_with_its_writer(cat, recs):
    in_sync = recs == fresh3.build(cat)  # compared apart so a failure does not print the records
    assert in_sync, "utterances_fresh3.jsonl is stale: run python -m cesrec.evals.data.write_utterances_fresh3"


def test_size_and_kinds(recs):
    kinds = _count(recs, fresh3.kind_of)
    assert len(recs) >= 200, f"{len(recs)} records"
    assert kinds.get("refuse", 0) >= 60, kinds
    assert kinds.get("mixed", 0) >= 30, kinds
    assert kinds.get("like", 0) >= 60, kinds
    assert kinds.get("none", 0) == 0, kinds


def test_counts_per_topic(recs):
    topics = _count(recs, fresh3.topic_of)
    assert set(fresh3.TOPICS) == set(TOPIC_COUNTS)
    assert topics == TOPIC_COUNTS, topics  # counts only: the README section quotes them
    assert topics["plain"] <= 0.15 * len(recs), topics  # plain controls are a small share


def test_a_constant_reader_fails(recs):
    """Of the values and films named, 35-60% are refused, so a reader that puts every value on one side gets at
    most 65% of them right; and it misses every mixed record."""
    liked = refused = 0
    for r in recs:
        pos, neg = fresh3.sides(r)
        liked, refused = liked + pos, refused + neg
    share = refused / (liked + refused)
    assert 0.35 <= share <= 0.60, f"refused share {share:.2f} ({refused} of {liked + refused})"


def test_all_genres_and_decades(recs):
    named = {v for r in recs for v in r["gold"]["liked"] + r["gold"]["disliked"]}
    assert len({v for v in named if v.startswith("genre:")}) == GENRES
    assert len({v for v in named if v.startswith("decade:")}) == DECADES


def test_schema_ids_and_split(recs):
    bad = [r.get("id") for r in recs if set(r) != SCHEMA or set(r["gold"]) != GOLD]
    assert not bad, f"records off the utterances.jsonl schema: {bad}"
    bad = [r["id"] for r in recs
           if r["id"] != "idiom-" + hashlib.sha1(r["text"].encode()).hexdigest()[:8]
           or r["class"] != "idiom" or r["batch"] != fresh3.BATCH or r["lang"] != "en"]
    assert not bad, f"wrong id, class, batch or lang: {bad}"
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"
    assert all(split_of(r) == "heldout" for r in recs), "every record of the batch is held out"


@pytest.mark.parametrize("name", ["utterances.jsonl", "utterances_fresh.jsonl", "utterances_fresh2.jsonl"])
def test_new_sentences_and_ids_only(recs, name):
    path = fresh3.HERE / name
    assert path in fresh3.OTHER_FILES
    other = load_utterances(path)
    norm = {" ".join(r["text"].lower().split()) for r in other}
    bad = [r["id"] for r in recs if " ".join(r["text"].lower().split()) in norm]
    assert not bad, f"already in {name}: {bad}"
    shared = sorted({r["id"] for r in recs} & {r["id"] for r in other})
    assert not shared, f"ids shared with {name}: {shared}"


def test_every_film_and_value_exists(cat, recs):
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
