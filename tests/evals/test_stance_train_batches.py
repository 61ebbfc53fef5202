"""The training batches for the stance model (rounds 7-9: evals/data/stance_train_w1..w15.jsonl, writers
evals/data/write_stance_train_w*.py; evals/data/README.md): each in sync with its writer, every film and value in
the catalogue, both sides well represented, and -- what keeps the held-out figures honest -- no sentence shared with
any other utterance file: the benchmark's (its idiom class and held-out half included), the fresh batches
(#13 and #14 are held out), or another training batch. Failures name record ids and counts, never a sentence."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from cesrec.evals.data.fresh_batch import norm

from tests.evals import fresh_checks as checks

NAMES = tuple(f"w{n}" for n in range(1, 16))  # w1-w5 round 7, w6-w10 round 8, w11-w15 round 9
WRITERS = {n: importlib.import_module(f"cesrec.evals.data.write_stance_train_{n}") for n in NAMES}
DATA = Path(__file__).parents[2] / "evals" / "data"
UTTERANCE_FILES = ("utterances.jsonl", *(f"utterances_fresh{n}.jsonl" for n in ("", *range(2, 39))))


@pytest.fixture(scope="module")
def cat():
    return checks.load_catalog()


@pytest.fixture(scope="module", params=NAMES)
def batch(request):
    writer = WRITERS[request.param]
    return writer, checks.load_utterances(writer.OUT)


def test_file_is_in_sync_with_its_writer(cat, batch):
    writer, recs = batch
    checks.assert_in_sync(writer, cat, recs)


def test_size_sides_and_coverage(batch):
    writer, recs = batch
    assert writer.BATCH == f"train{writer.OUT.stem.rsplit('_', 1)[1]}-2026-12-05"
    checks.assert_size_and_kinds(recs, size=200, like=50, refuse=50, mixed=15)
    checks.assert_refused_share(recs, lo=0.3, hi=0.65)
    named = {v for r in recs for v in r["gold"]["liked"] + r["gold"]["disliked"]}
    assert len({v for v in named if v.startswith("genre:")}) == checks.GENRES  # every genre on some side
    assert len({v for v in named if v.startswith("decade:")}) >= 5
    assert len({r["id"] for r in recs}) == len(recs), "duplicate ids"


def test_every_film_and_value_exists(cat, batch):
    checks.assert_every_film_and_value_exists(cat, batch[1])


@pytest.mark.parametrize("other", UTTERANCE_FILES)
def test_no_sentence_of_an_utterance_file(batch, other):
    _, recs = batch
    path = DATA / other
    assert path.exists(), path
    checks.assert_new_sentences_and_ids(recs, None if other == "utterances.jsonl" else path)


def test_training_batches_are_disjoint():
    seen: dict[str, str] = {}
    shared = []
    for n, writer in WRITERS.items():
        for r in checks.load_utterances(writer.OUT):
            t = norm(r["text"])
            if t in seen and seen[t] != n:
                shared.append((seen[t], n, r["id"]))
            seen.setdefault(t, n)
    assert not shared, f"sentences in two training batches (batches, id): {shared}"
