"""Issue 21 (item 4): the LLM stance judge (agent.stance_llm) and its place in the understanding step
(agent.understand). The grammar, the parsing, the record/replay and the gate run everywhere with a fake
completer; the last test runs the embedded LLM (skipped with the reason when it is absent) on a few of the
reader authors' own development sentences (evals/data/stance_dev.py), through the product's path."""

from __future__ import annotations

import json

import pytest
from cesrec.agent import stance_llm as sl
from cesrec.agent.understand import understand
from cesrec.tools.feedback import parse_feedback_rules


@pytest.fixture(scope="module")
def cat(ml100k):
    return ml100k.catalog


def test_grammar_fixes_the_keys_and_the_answers():
    g = sl.judge_gbnf(["westerns", 'the "80s"'])
    assert g.startswith('root ::= "{" "\\"westerns\\": " st ", \\"the \\\\\\"80s\\\\\\"\\": " st "}"')
    assert 'st ::= "\\"yes\\"" | "\\"no\\"" | "\\"unsure\\""' in g
    assert set(sl.ANSWERS.values()) == {"want", "avoid", "neither"}


def test_parse_judgement_keeps_only_known_labels_and_answers():
    labels = ["westerns", "musicals", "Tom Hanks"]
    out = sl.parse_judgement('{"westerns": "yes", "musicals": "no", "Tom Hanks": "maybe", "extra": "yes"}', labels)
    assert out == {"westerns": "want", "musicals": "avoid"}
    assert sl.parse_judgement("not json", labels) == {}
    assert sl.parse_judgement("[1, 2]", labels) == {}


def _fake(answers: dict[str, str]):
    """A completer answering from a {label: yes/no/unsure} table, recording what it was asked."""
    asked = []

    def complete(system: str, user: str, gbnf: str) -> str:
        labels = user.rsplit("Items: ", 1)[1].removesuffix(" ->").split(", ")
        asked.append((user, gbnf))
        return json.dumps({lab: answers.get(lab, "unsure") for lab in labels})

    complete.asked = asked
    return complete


def test_judge_puts_named_values_on_the_judged_side(cat):
    text = "I can never get enough of westerns, but musicals leave me cold"
    fake = _fake({"westerns": "yes", "musicals": "no"})
    fb, trace = sl.judge_feedback(text, parse_feedback_rules(text, cat), cat, None, fake, gate="cue")
    assert fb.liked_attributes.get("genre") == ["Western"] and fb.disliked_attributes.get("genre") == ["Musical"]
    assert trace.asked and trace.labels == ["westerns", "musicals"]
    assert fake.asked[0][0] == sl.judge_user(text, ["westerns", "musicals"])


def test_gate_skips_messages_without_a_cue_and_a_failure_keeps_the_reading(cat):
    text = "something with Clint Eastwood"
    rules = parse_feedback_rules(text, cat)
    fake = _fake({"Clint Eastwood": "no"})
    fb, trace = sl.judge_feedback(text, rules, cat, None, fake, gate="cue")
    assert fb == rules and not trace.asked and not fake.asked
    fb, trace = sl.judge_feedback(text, rules, cat, None, fake, gate="always")
    assert trace.asked and fb.disliked_attributes  # "always" asks (and here the fake judge refuses)

    def broken(system: str, user: str, gbnf: str) -> str:
        raise RuntimeError("model gone")

    text = "I'd never say no to a western"
    rules = parse_feedback_rules(text, cat)
    fb, trace = sl.judge_feedback(text, rules, cat, None, broken, gate="always")
    assert fb == rules and trace.asked and "judge failed" in trace.reason


def test_product_gate_leaves_values_without_a_cue_in_their_sentence(cat):
    # every value is asked about, but only one whose own sentence (up to "but") holds a cue takes the verdict
    text = "a sci-fi movie but nothing before 1980"
    rules = parse_feedback_rules(text, cat)
    fb, trace = sl.judge_feedback(text, rules, cat, None, _fake({"sci-fi": "no"}))  # the product's gate
    assert fb == rules and not trace.asked
    text = "I'd kill for a western, but I'm good on musicals, thanks"
    fb, trace = sl.judge_feedback(text, parse_feedback_rules(text, cat), cat, None,
                               _fake({"western": "yes", "musicals": "no"}))
    assert trace.asked and trace.labels == ["western", "musicals"]
    assert fb.liked_attributes.get("genre") == ["Western"] and fb.disliked_attributes.get("genre") == ["Musical"]


def test_with_no_cue_word_the_judge_only_adds_refusals(cat):
    # a refusal the rules read from a complaint about the shown list stands (the judge does not see the list)
    text = "so many dramas"
    rules = parse_feedback_rules(text, cat)
    assert rules.disliked_attributes.get("genre") == ["Drama"]
    fb, _ = sl.judge_feedback(text, rules, cat, None, _fake({"dramas": "yes"}))
    assert fb.disliked_attributes.get("genre") == ["Drama"]
    # ... while a refusal in plain words the rules took for a like is found
    text = "I'm all set with war movies"
    fb, trace = sl.judge_feedback(text, parse_feedback_rules(text, cat), cat, None, _fake({"war movies": "no"}))
    assert trace.asked and fb.disliked_attributes.get("genre") == ["War"]


def test_warm_up_asks_the_judge_once():
    fake = _fake({"westerns": "yes"})
    assert sl.warm_up_judge(fake) >= 0 and len(fake.asked) == 1


def test_recorded_calls_replay_without_the_llm(tmp_path):
    path = tmp_path / "calls.jsonl"
    live = _fake({"westerns": "yes"})
    rec = sl.recorded_completer(path, live)
    assert sl.judge_values("westerns never get old", ["westerns"], rec) == {"westerns": "want"}
    assert sl.judge_values("westerns never get old", ["westerns"], rec) == {"westerns": "want"}
    assert len(live.asked) == 1  # the second call was replayed
    replay = sl.recorded_completer(path)  # no LLM at all
    assert sl.judge_values("westerns never get old", ["westerns"], replay) == {"westerns": "want"}
    with pytest.raises(KeyError):
        sl.judge_values("horror never gets old", ["horror"], replay)
    assert json.loads(path.read_text().splitlines()[0])["out"] == '{"westerns": "yes"}'


def test_understand_applies_the_judge_to_the_turns_reading(cat):
    text = "I'm never not in the mood for a mystery"
    plain = understand(text, ("update_preferences", {"like": ["mystery"]}), None, cat)
    judged = understand(text, ("update_preferences", {"like": ["mystery"]}), None, cat,
                        stance_judge=_fake({"mystery": "yes"}))
    assert judged.feedback.liked_attributes.get("genre") == ["Mystery"]
    assert "Mystery" not in judged.feedback.disliked_attributes.get("genre", [])
    assert judged.stance["asked"] and judged.stance["verdicts"] == {"mystery": "want"}
    assert plain.stance is None
    assert sl.stance_judge_for(None) is None and sl.stance_judge_for(object()) is None


# a few of the reader authors' development sentences (evals/data/stance_dev.py) the rule reader gets wrong
REAL = [
    ("I'd kill for a decent western right now", {"Western"}, set()),
    ("I have nothing against war movies", {"War"}, set()),
    ("I'd rather watch paint dry than sit through a musical", set(), {"Musical"}),
    ("I'm crazy about sci-fi but I can't stand horror", {"Sci-Fi"}, {"Horror"}),
]


@pytest.mark.llm
@pytest.mark.slow
def test_embedded_llm_judges_stance_through_the_product_path(cat, local_llm):
    judge = sl.stance_judge_for(local_llm)
    assert judge is not None
    right = 0
    for text, liked, disliked in REAL:
        u = understand(text, ("update_preferences", {}), None, cat, stance_judge=judge)
        # the grammar holds: one verdict per label, each a known answer
        assert u.stance["asked"] and set(u.stance["verdicts"]) == set(u.stance["labels"]), u.stance
        got = (set(u.feedback.liked_attributes.get("genre", [])), set(u.feedback.disliked_attributes.get("genre", [])))
        right += got == (liked, disliked)
    assert right >= 3, f"the judge read {right} of {len(REAL)} right"
