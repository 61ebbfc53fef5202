"""The fresh idiom batch (evals/data/utterances_fresh.jsonl, see evals/data/README.md): in sync with its writer,
every id exists, enough refusals and two-clause sentences that a reader always saying "like" fails.

The batch is held out from the author of the stance reader it measures: these tests never print a record's text
or gold (failures name record ids and counts only; the checks are in fresh_checks.py)."""

from __future__ import annotations

from cesrec.evals.data import write_utterances_fresh as fresh

from tests.evals import fresh_checks as checks

cat, recs = checks.fixtures(fresh)


def test_file_is_in_sync_with_its_writer(cat, recs):
    checks.assert_in_sync(fresh, cat, recs)


def test_size_and_kinds(recs):
    checks.assert_size_and_kinds(recs, size=120, like=25, refuse=25, mixed=20)


def test_schema_ids_and_split(recs):
    checks.assert_schema_ids_and_split(recs, fresh.BATCH)


def test_new_sentences_only(recs):
    checks.assert_new_sentences_and_ids(recs)


def test_every_film_and_value_exists(cat, recs):
    checks.assert_every_film_and_value_exists(cat, recs)
