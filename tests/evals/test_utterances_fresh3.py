"""The third fresh idiom batch (evals/data/utterances_fresh3.jsonl, see evals/data/README.md): in sync with its
writer, every id, film and value exists, ids disjoint from the other utterance files, counts per topic, and
enough refusals and two-clause sentences that a reader always saying "like" (or always "refuse") fails.

The batch is held out from the author of the stance reader it measures: these tests never print a record's text
or gold (failures name record ids and counts only; the checks are in fresh_checks.py)."""

from __future__ import annotations

import pytest
from cesrec.evals.data import write_utterances_fresh3 as fresh3

from tests.evals import fresh_checks as checks

TOPIC_COUNTS = {"enthusiasm": 14, "satiety": 15, "litotes": 14, "double_neg": 14, "except": 14,
                "cant_get_enough": 12, "never_old": 13, "comparison": 15, "sarcasm": 16, "mixed": 16, "polite": 15,
                "question": 14, "era": 14, "people": 15, "titles": 15, "plain": 30}

cat, recs = checks.fixtures(fresh3)


def test_file_is_in_sync_with_its_writer(cat, recs):
    checks.assert_in_sync(fresh3, cat, recs)


def test_size_and_kinds(recs):
    checks.assert_size_and_kinds(recs, size=200, like=60, refuse=60, mixed=30)


def test_counts_per_topic(recs):
    topics = checks.count(recs, fresh3.topic_of)
    assert set(fresh3.TOPICS) == set(TOPIC_COUNTS)
    assert topics == TOPIC_COUNTS, topics  # counts only: the README section quotes them
    assert topics["plain"] <= 0.15 * len(recs), topics  # plain controls are a small share


def test_a_constant_reader_fails(recs):
    checks.assert_refused_share(recs)


def test_all_genres_and_decades(recs):
    checks.assert_all_genres_and_decades(recs)


def test_schema_ids_and_split(recs):
    checks.assert_schema_ids_and_split(recs, fresh3.BATCH)


@pytest.mark.parametrize("path", fresh3.OTHER_FILES, ids=lambda p: p.stem)
def test_new_sentences_and_ids_only(recs, path):
    checks.assert_new_sentences_and_ids(recs, path)


def test_every_film_and_value_exists(cat, recs):
    checks.assert_every_film_and_value_exists(cat, recs)
