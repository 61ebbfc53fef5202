"""The fourth fresh idiom batch (evals/data/utterances_fresh4.jsonl, see evals/data/README.md): in sync with its
writer, every id, film and value exists, ids disjoint from the other utterance files, counts per topic, and
enough refusals and two-clause sentences that a reader always saying "like" (or always "refuse") fails.

The batch is held out from the author of the stance reader it measures: these tests never print a record's text
or gold (failures name record ids and counts only; the checks are in fresh_checks.py)."""

from __future__ import annotations

import pytest
from cesrec.evals.data import write_utterances_fresh4 as fresh4

from tests.evals import fresh_checks as checks

TOPIC_COUNTS = {"enthusiasm": 14, "satiety": 14, "litotes": 13, "double_neg": 13, "except": 14,
                "cant_get_enough": 12, "never_old": 12, "comparison": 15, "sarcasm": 15, "mixed": 15, "polite": 14,
                "question": 13, "era": 14, "people": 14, "titles": 14, "plain": 28}
OTHER_FILES = fresh4.OTHER_FILES  # utterances.jsonl and the three earlier fresh batches

cat, recs = checks.fixtures(fresh4)


def test_file_is_in_sync_with_its_writer(cat, recs):
    checks.assert_in_sync(fresh4, cat, recs)


def test_size_and_kinds(recs):
    checks.assert_size_and_kinds(recs, size=200, like=60, refuse=60, mixed=30)


def test_counts_per_topic(recs):
    topics = checks.count(recs, fresh4.topic_of)
    assert set(fresh4.TOPICS) == set(TOPIC_COUNTS)
    assert topics == TOPIC_COUNTS, topics  # counts only: the README section quotes them
    assert topics["plain"] <= 0.15 * len(recs), topics  # plain controls are a small share


def test_a_constant_reader_fails(recs):
    checks.assert_refused_share(recs)


def test_all_genres_and_decades(recs):
    checks.assert_all_genres_and_decades(recs)


def test_schema_ids_and_split(recs):
    checks.assert_schema_ids_and_split(recs, fresh4.BATCH)


def test_other_files_are_all_earlier_utterance_files():
    assert len(OTHER_FILES) == 4 and all(p.exists() for p in OTHER_FILES)


@pytest.mark.parametrize("path", OTHER_FILES, ids=lambda p: p.stem)
def test_new_sentences_and_ids_only(recs, path):
    checks.assert_new_sentences_and_ids(recs, path)


def test_every_film_and_value_exists(cat, recs):
    checks.assert_every_film_and_value_exists(cat, recs)
