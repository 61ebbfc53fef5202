"""Issue 21 (item 4), fourth round: the stance judge's bank of retrieved demonstrations (agent.stance_bank,
agent/stance_bank.jsonl, written by evals/data/write_stance_bank.py). The bank holds development sentences only:
never one of the utterance benchmark (evals/data/utterances.jsonl, any half) nor of a held-out fresh batch
(checked by exact text; no sentence is printed). Retrieval runs with a stand-in encoder (no model load)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from cesrec.agent import stance_bank as sb
from cesrec.agent import stance_llm as sl

ROOT = Path(sl.__file__).parents[1]
DATA = ROOT / "evals" / "data"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_the_product_shows_no_demonstration():
    # measured leave-one-batch-out and rejected (evals/notes/stance_judge.md, fourth round)
    assert sl.BANK_K == 0 and sl.judge_user("I like westerns", ["westerns"]) == "Message: I like westerns\nItems: westerns ->"


def test_bank_is_development_data_only():
    bank = sb.load_bank()
    assert bank and {r["batch"] for r in bank} <= {"devcases", "train", "fresh1", "fresh2", "fresh3"}
    assert all(len(r["labels"]) == len(r["answers"]) and set(r["answers"]) <= {"yes", "no"} for r in bank)
    texts = {_norm(r["text"]) for r in bank}
    for name in ("utterances.jsonl", "utterances_fresh4.jsonl"):
        path = DATA / name
        if not path.is_file():
            continue
        held = {_norm(json.loads(line)["text"]) for line in path.read_text().splitlines() if line.strip()}
        n = len(texts & held)
        assert n == 0, f"{n} bank sentences are in {name}"  # counted, never printed


def test_bank_file_is_in_sync_with_its_writer(ml100k):
    from cesrec.evals.data.write_stance_bank import BANK, bank_lines

    assert BANK == sb.BANK_PATH
    assert BANK.read_text() == "\n".join(bank_lines(ml100k.catalog)) + "\n", \
        "run python -m cesrec.evals.data.write_stance_bank"


def test_masking_hides_the_values_words():
    assert sb.masked("Westerns? I love   westerns", ["westerns"]) == "X? I love X"
    assert sb.masked("Star Wars over Star Trek", ["Star Wars", "Star Trek"]) == "X over X"


@pytest.fixture
def toy_bank(monkeypatch):
    bank = [{"batch": "a", "text": "I can't get enough of westerns", "labels": ["westerns"], "answers": ["yes"]},
            {"batch": "b", "text": "I'm good on thrillers, thanks", "labels": ["thrillers"], "answers": ["no"]},
            {"batch": "b", "text": "crime is my weakness", "labels": ["crime"], "answers": ["yes"]}]

    def encode(texts):  # a stand-in encoder: bag of words, hashed
        out = np.zeros((len(texts), 64), np.float32)
        for n, t in enumerate(texts):
            for w in t.lower().replace(",", " ").split():
                out[n, sum(map(ord, w)) % 64] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    monkeypatch.setattr(sb, "_state", {"bank": bank, "vecs": encode([sb.masked(r["text"], r["labels"])
                                                                    for r in bank])})
    monkeypatch.setattr(sb, "_encode", encode)
    return bank


def test_nearest_leaves_out_excluded_batches_and_the_same_sentence(toy_bank):
    assert sb.nearest("I'm good on westerns, thanks", ["westerns"], 1)[0]["text"].startswith("I'm good on")
    assert all(r["batch"] != "b" for r in sb.nearest("I'm good on westerns, thanks", ["westerns"], 3,
                                                     exclude=frozenset({"b"})))
    assert all(r["text"] != "crime is my weakness" for r in sb.nearest("crime is my weakness", ["crime"], 3))
    assert sb.nearest("anything", ["x"], 0) == []
    assert sb.nearest("I'm good on westerns, thanks", ["westerns"], 3, min_sim=1.01) == []
    both = sb.nearest("I'm good on westerns, thanks", ["westerns"], 2, balanced=True)
    assert sorted(r["answers"][0] for r in both) == ["no", "yes"]


def test_judge_shows_retrieved_demonstrations_after_the_fixed_prompt(toy_bank, monkeypatch, ml100k):
    from cesrec.tools.feedback import parse_feedback_rules

    cat = ml100k.catalog
    monkeypatch.setattr(sl, "BANK_K", 2)
    asked = []

    def complete(system: str, user: str, gbnf: str) -> str:
        asked.append((system, user))
        return json.dumps({"westerns": "no"})

    text = "I'm good on westerns, thanks"
    fb, trace = sl.judge_feedback(text, parse_feedback_rules(text, cat), cat, None, complete, constructions=False)
    system, user = asked[0]
    assert system == sl.SYSTEM  # the fixed, cached prefix is unchanged
    lines = user.split("\n")
    # two demonstrations in the examples' own format, the most similar last, then the message
    assert lines[2] == "Message: I'm good on thrillers, thanks"
    assert lines[3] == 'Items: thrillers -> {"thrillers": "no"}'
    assert lines[-2:] == ["Message: I'm good on westerns, thanks", "Items: westerns ->"]
    assert fb.disliked_attributes.get("genre") == ["Western"]
    monkeypatch.setattr(sl, "BANK_K", 0)
    assert sl.judge_user(text, ["westerns"]) == "Message: I'm good on westerns, thanks\nItems: westerns ->"
