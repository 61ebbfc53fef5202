"""The fresh idiom batches written with exact topic counts, one per round of work on the stance reader:
#3 (evals/data/utterances_fresh3.jsonl, round 3), #4 (utterances_fresh4.jsonl, round 4), #5
(utterances_fresh5.jsonl, round 5), #6 (utterances_fresh6.jsonl, round 6), #7 and #8 (utterances_fresh7.jsonl,
utterances_fresh8.jsonl, both written for round 7, apart from each other), #9 and #10 (round 8), #11 and #12 (round 9), #13 and
#14 (round 10), #15 and #16 (round 11), #17 and #18 (round 12), #19 and #20 (round 13), #21 and #22 (round 14), #23
and #24 (round 15), #25 and #26 (round 16), #27 and #28 (round 17), #29 and #30 (round 18), #31 and #32 (round 19), #33 and #34 (round 20), #35 and #36 (round 21), #37 and #38 (round 22); see evals/data/README.md. Each is in sync with its writer, every id, film
and value exists, ids and sentences are disjoint from every earlier utterance file, its counts per topic are the
ones its README section quotes, and it holds enough refusals and two-clause sentences that a reader always saying "like" (or always "refuse") fails.

A batch is held out from the author of the stance reader it measures: these tests never print a record's text or
gold (failures name record ids and counts only; the checks are in fresh_checks.py)."""

from __future__ import annotations

import pytest
from cesrec.evals.data import write_utterances_fresh3 as fresh3
from cesrec.evals.data import write_utterances_fresh4 as fresh4
from cesrec.evals.data import write_utterances_fresh5 as fresh5
from cesrec.evals.data import write_utterances_fresh6 as fresh6
from cesrec.evals.data import write_utterances_fresh7 as fresh7
from cesrec.evals.data import write_utterances_fresh8 as fresh8
from cesrec.evals.data import write_utterances_fresh9 as fresh9
from cesrec.evals.data import write_utterances_fresh10 as fresh10
from cesrec.evals.data import write_utterances_fresh11 as fresh11
from cesrec.evals.data import write_utterances_fresh12 as fresh12
from cesrec.evals.data import write_utterances_fresh13 as fresh13
from cesrec.evals.data import write_utterances_fresh14 as fresh14
from cesrec.evals.data import write_utterances_fresh15 as fresh15
from cesrec.evals.data import write_utterances_fresh16 as fresh16
from cesrec.evals.data import write_utterances_fresh17 as fresh17
from cesrec.evals.data import write_utterances_fresh18 as fresh18
from cesrec.evals.data import write_utterances_fresh19 as fresh19
from cesrec.evals.data import write_utterances_fresh20 as fresh20
from cesrec.evals.data import write_utterances_fresh21 as fresh21
from cesrec.evals.data import write_utterances_fresh22 as fresh22
from cesrec.evals.data import write_utterances_fresh23 as fresh23
from cesrec.evals.data import write_utterances_fresh24 as fresh24
from cesrec.evals.data import write_utterances_fresh25 as fresh25
from cesrec.evals.data import write_utterances_fresh26 as fresh26
from cesrec.evals.data import write_utterances_fresh27 as fresh27
from cesrec.evals.data import write_utterances_fresh28 as fresh28
from cesrec.evals.data import write_utterances_fresh29 as fresh29
from cesrec.evals.data import write_utterances_fresh30 as fresh30
from cesrec.evals.data import write_utterances_fresh31 as fresh31
from cesrec.evals.data import write_utterances_fresh32 as fresh32
from cesrec.evals.data import write_utterances_fresh33 as fresh33
from cesrec.evals.data import write_utterances_fresh34 as fresh34
from cesrec.evals.data import write_utterances_fresh35 as fresh35
from cesrec.evals.data import write_utterances_fresh36 as fresh36
from cesrec.evals.data import write_utterances_fresh37 as fresh37
from cesrec.evals.data import write_utterances_fresh38 as fresh38
from cesrec.evals.data.fresh_batch import ROUND6_TOPICS, norm

from tests.evals import fresh_checks as checks

R6_COUNTS = {t: 14 for t in ROUND6_TOPICS} | {"mixed": 16, "rambling": 10, "plain": 23}
# batch -> (writer, its topic counts, how many earlier utterance files it must differ from: utterances.jsonl and
# the earlier fresh batches)
BATCHES = {
    "fresh3": (fresh3, {"enthusiasm": 14, "satiety": 15, "litotes": 14, "double_neg": 14, "except": 14,
                        "cant_get_enough": 12, "never_old": 13, "comparison": 15, "sarcasm": 16, "mixed": 16,
                        "polite": 15, "question": 14, "era": 14, "people": 15, "titles": 15, "plain": 30}, 3),
    "fresh4": (fresh4, {"enthusiasm": 14, "satiety": 14, "litotes": 13, "double_neg": 13, "except": 14,
                        "cant_get_enough": 12, "never_old": 12, "comparison": 15, "sarcasm": 15, "mixed": 15,
                        "polite": 14, "question": 13, "era": 14, "people": 14, "titles": 14, "plain": 28}, 4),
    "fresh5": (fresh5, {"upside_down": 14, "fatigue": 14, "understatement": 14, "double_neg": 13, "only_but": 14,
                        "comparison": 15, "polite": 14, "dismissal": 14, "praise": 13, "mixed": 16, "question": 13,
                        "era": 14, "people": 15, "titles": 14, "rambling": 10, "plain": 28}, 5),
    "fresh6": (fresh6, {"negative_words": 14, "fatigue": 14, "understatement": 14, "double_neg": 13, "only_but": 14,
                        "comparison": 14, "polite": 14, "dismissal": 14, "praise": 13, "mixed": 16, "question": 13,
                        "era": 14, "people": 15, "titles": 14, "rambling": 10, "plain": 23}, 6),
    "fresh7": (fresh7, R6_COUNTS, 7),
    "fresh8": (fresh8, R6_COUNTS, 7),
    # #9 and #10 (round 8) also list the five training batches of round 7 among their earlier files
    "fresh9": (fresh9, R6_COUNTS, 14),
    "fresh10": (fresh10, R6_COUNTS, 14),
    # #11 and #12 (round 9): utterances.jsonl, fresh #1-#10 and the training batches w1-w10
    "fresh11": (fresh11, R6_COUNTS | {"only_but": 15, "polite": 15, "dismissal": 15, "praise": 15, "mixed": 17,
                                      "question": 15, "era": 15, "people": 15, "titles": 15, "rambling": 11,
                                      "plain": 24}, 21),
    "fresh12": (fresh12, R6_COUNTS, 21),
    # #13 and #14 (round 10): utterances.jsonl, fresh #1-#12 and the training batches w1-w15
    "fresh13": (fresh13, R6_COUNTS, 28),
    "fresh14": (fresh14, R6_COUNTS | {"negative_words": 15, "fatigue": 15, "only_but": 15, "comparison": 15,
                                      "polite": 15, "dismissal": 15, "people": 15, "titles": 15}, 28),
    # #15 and #16 (round 11): utterances.jsonl, fresh #1-#14 and the training batches w1-w15
    "fresh15": (fresh15, R6_COUNTS, 30),
    "fresh16": (fresh16, R6_COUNTS, 30),
    # #17 and #18 (round 12): utterances.jsonl, fresh #1-#16 and the training batches w1-w15
    "fresh17": (fresh17, R6_COUNTS, 32),
    "fresh18": (fresh18, R6_COUNTS, 32),
    # #19 and #20 (round 13): utterances.jsonl, fresh #1-#18 and the training batches w1-w15
    "fresh19": (fresh19, R6_COUNTS, 34),
    "fresh20": (fresh20, R6_COUNTS | {"only_but": 15, "question": 15, "era": 15, "people": 15, "plain": 24}, 34),
    # #21 and #22 (round 14): utterances.jsonl, fresh #1-#20 and the training batches w1-w15
    "fresh21": (fresh21, R6_COUNTS | {"rambling": 11}, 36),
    "fresh22": (fresh22, R6_COUNTS, 36),
    # #23 and #24 (round 15): utterances.jsonl, fresh #1-#22 and the training batches w1-w15
    "fresh23": (fresh23, R6_COUNTS, 38),
    "fresh24": (fresh24, R6_COUNTS, 38),
    # #25 and #26 (round 16): utterances.jsonl, fresh #1-#24 and the training batches w1-w15
    "fresh25": (fresh25, R6_COUNTS, 40),
    "fresh26": (fresh26, R6_COUNTS, 40),
    # #27 and #28 (round 17): utterances.jsonl, fresh #1-#26 and the training batches w1-w15
    "fresh27": (fresh27, R6_COUNTS, 42),
    "fresh28": (fresh28, R6_COUNTS | {"understatement": 15, "double_neg": 15, "dismissal": 15, "question": 15,
                                      "era": 15, "people": 15, "titles": 15, "plain": 24}, 42),
    # #29 and #30 (round 18): utterances.jsonl, fresh #1-#28 and the training batches w1-w15
    "fresh29": (fresh29, R6_COUNTS | {"negative_words": 15, "understatement": 15, "double_neg": 15, "question": 15,
                                      "people": 16, "titles": 15, "plain": 24}, 44),
    "fresh30": (fresh30, R6_COUNTS | {"negative_words": 15, "only_but": 15, "comparison": 15, "mixed": 15,
                                      "question": 15, "era": 15, "people": 15, "titles": 15, "plain": 24}, 44),
    # #31 and #32 (round 19): utterances.jsonl, fresh #1-#30 and the training batches w1-w15
    "fresh31": (fresh31, R6_COUNTS | {"understatement": 15, "only_but": 15, "comparison": 15, "mixed": 15,
                                      "question": 15, "era": 15, "people": 16, "titles": 15, "plain": 24}, 46),
    "fresh32": (fresh32, R6_COUNTS | {"negative_words": 15, "fatigue": 15, "double_neg": 15, "only_but": 15,
                                      "comparison": 15, "mixed": 15, "question": 15, "era": 15, "people": 15,
                                      "titles": 15, "plain": 24}, 46),
    # #33 and #34 (round 20): utterances.jsonl, fresh #1-#32 and the training batches w1-w15
    "fresh33": (fresh33, R6_COUNTS | {"negative_words": 15, "understatement": 15, "dismissal": 15, "question": 15,
                                      "era": 15, "people": 16, "titles": 15, "plain": 24}, 48),
    "fresh34": (fresh34, R6_COUNTS | {"negative_words": 15, "fatigue": 15, "comparison": 15, "mixed": 15,
                                      "question": 15, "era": 15, "people": 15, "titles": 15, "plain": 24}, 48),
    # #35 and #36 (round 21): utterances.jsonl, fresh #1-#34 and the training batches w1-w15
    "fresh35": (fresh35, R6_COUNTS | {"negative_words": 15, "comparison": 15, "dismissal": 15,
                                      "praise": 15, "mixed": 15, "era": 15, "people": 15, "titles": 15,
                                      "plain": 24}, 50),
    "fresh36": (fresh36, R6_COUNTS | {"negative_words": 15, "fatigue": 15, "double_neg": 15,
                                      "only_but": 15, "praise": 15, "mixed": 14, "era": 15, "people": 15,
                                      "plain": 24}, 50),
    # #37 and #38 (round 22): utterances.jsonl, fresh #1-#36 and the training batches w1-w15
    "fresh37": (fresh37, R6_COUNTS | {"fatigue": 15, "understatement": 15, "double_neg": 15,
                                      "only_but": 15, "mixed": 15, "question": 15, "era": 15, "people": 15,
                                      "titles": 15, "plain": 24}, 52),
    "fresh38": (fresh38, R6_COUNTS | {"negative_words": 16, "understatement": 15, "only_but": 15,
                                      "dismissal": 15, "mixed": 15, "era": 15, "people": 16, "titles": 15}, 52),
}


@pytest.fixture(scope="module")
def cat():
    return checks.load_catalog()


@pytest.fixture(scope="module", params=sorted(BATCHES))
def batch(request):
    writer, counts, earlier = BATCHES[request.param]
    return writer, counts, earlier, checks.load_utterances(writer.OUT)


def test_file_is_in_sync_with_its_writer(cat, batch):
    writer, _, _, recs = batch
    checks.assert_in_sync(writer, cat, recs)


def test_size_and_kinds(batch):
    # about one record in eight two-clause (one liked, one refused): fresh #13 has 29 of 231 (measured as written)
    checks.assert_size_and_kinds(batch[3], size=200, like=60, refuse=60, mixed=28)


def test_counts_per_topic(batch):
    writer, counts, _, recs = batch
    topics = checks.count(recs, writer.topic_of)
    assert set(writer.TOPICS) == set(counts)
    assert topics == counts, topics  # counts only: the README section quotes them
    assert topics["plain"] <= 0.15 * len(recs), topics  # plain controls are a small share


def test_a_constant_reader_fails(batch):
    checks.assert_refused_share(batch[3])


def test_all_genres_and_decades(batch):
    checks.assert_all_genres_and_decades(batch[3])


def test_schema_ids_and_split(batch):
    writer, _, _, recs = batch
    checks.assert_schema_ids_and_split(recs, writer.BATCH)


def test_new_sentences_and_ids_only(batch):
    writer, _, earlier, recs = batch
    assert len(writer.OTHER_FILES) == earlier and all(p.exists() for p in writer.OTHER_FILES)
    for path in writer.OTHER_FILES:
        checks.assert_new_sentences_and_ids(recs, path)


def test_every_film_and_value_exists(cat, batch):
    writer, _, _, recs = batch
    checks.assert_every_film_and_value_exists(cat, recs)



def test_fresh9_and_fresh10_share_one_sentence_only():
    """Written at the same time apart from each other: one short sentence came out word for word in both (found
    while both were being measured "before"; kept, so the measurements stand, and counted so no more slip in)."""
    a = {norm(r["text"]) for r in checks.load_utterances(fresh9.OUT)}
    b = {norm(r["text"]) for r in checks.load_utterances(fresh10.OUT)}
    assert len(a & b) <= 1



def test_fresh13_and_fresh14_share_one_sentence_only():
    """Written at the same time apart from each other (round 10): one sentence came out in both (found before
    either was measured; kept, as with #9 / #10, and counted so no more slip in)."""
    a = {norm(r["text"]) for r in checks.load_utterances(fresh13.OUT)}
    b = {norm(r["text"]) for r in checks.load_utterances(fresh14.OUT)}
    assert len(a & b) <= 1


def test_fresh15_and_fresh16_share_one_sentence_only():
    """Written at the same time apart from each other (round 11): one sentence came out in both (found before
    either was measured, by a script that printed only the count; kept, as with #9 / #10 and #13 / #14)."""
    a = {norm(r["text"]) for r in checks.load_utterances(fresh15.OUT)}
    b = {norm(r["text"]) for r in checks.load_utterances(fresh16.OUT)}
    assert len(a & b) <= 1







def test_fresh27_and_fresh28_share_one_sentence_only():
    """Written at the same time apart from each other (round 17): one short sentence came out the same in both (found
    after both were measured, by a script that printed only counts; evals/data/README.md), none else."""
    a, b = checks.load_utterances(fresh27.OUT), checks.load_utterances(fresh28.OUT)
    same = {checks.norm(r["text"]) for r in a} & {checks.norm(r["text"]) for r in b}
    assert len(same) == 1 and len({r["id"] for r in a} & {r["id"] for r in b}) == 1


# the batches written two at a time, apart from each other (rounds 7-22), that share no sentence and no id; #9 / #10,
# #13 / #14, #15 / #16 and #27 / #28 share one sentence each (their tests above say how it was found)
APART = ((7, 8), (11, 12), (17, 18), (19, 20), (21, 22), (23, 24), (25, 26), (29, 30), (31, 32), (33, 34),
         (35, 36), (37, 38))


@pytest.mark.parametrize("first,second", APART, ids=[f"fresh{a}-fresh{b}" for a, b in APART])
def test_batches_written_apart_share_no_sentence(first, second):
    """Written at the same time apart from each other, so neither lists the other among its earlier files."""
    a, b = BATCHES[f"fresh{first}"][0], BATCHES[f"fresh{second}"][0]
    checks.assert_new_sentences_and_ids(checks.load_utterances(b.OUT), a.OUT)
