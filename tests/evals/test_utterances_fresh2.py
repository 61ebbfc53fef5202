"""The second fresh idiom batch (evals/data/utterances_fresh2.jsonl, see evals/data/README.md): in sync with its
writer, every id, film and value exists, ids disjoint from the other utterance files, and enough refusals and
two-clause sentences that a reader always saying "like" (or always "refuse") fails.

The batch is held out from the author of the stance reader it measures: these tests never print a record's text
or gold (failures name record ids and counts only; the checks are in fresh_checks.py)."""

from __future__ import annotations

import pytest
from cesrec.evals.data import write_utterances_fresh2 as fresh2

from tests.evals import fresh_checks as checks

cat, recs = checks.fixtures(fresh2)


def test_file_is_in_sync_with_its_writer(cat, recs):
    checks.assert_in_sync(fresh2, cat, recs)


def test_size_and_kinds(recs):
    checks.assert_size_and_kinds(recs, size=150, like=40, refuse=40, mixed=30)


def test_topics_are_spread(recs):
    topics = checks.count(recs, fresh2.topic_of)
    assert set(topics) == set(fresh2.TOPICS), sorted(set(fresh2.TOPICS) - set(topics))
    assert min(topics.values()) >= 8, topics
    assert topics["plain"] <= 0.15 * len(recs), topics  # plain controls are a small share


def test_a_constant_reader_fails(recs):
    checks.assert_refused_share(recs)


def test_all_genres_and_decades(recs):
    checks.assert_all_genres_and_decades(recs)


def test_schema_ids_and_split(recs):
    checks.assert_schema_ids_and_split(recs, fresh2.BATCH)


@pytest.mark.parametrize("path", [None, fresh2.FIRST_FRESH], ids=["utterances", "fresh"])
def test_new_sentences_and_ids_only(recs, path):
    checks.assert_new_sentences_and_ids(recs, path)


def test_every_film_and_value_exists(cat, recs):
    checks.assert_every_film_and_value_exists(cat, recs)
