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
    # ("I'm all set with war movies" is now a construction the rules read: another plain refusal)
    text = "I'll leave war movies to my brother"
    fb, trace = sl.judge_feedback(text, parse_feedback_rules(text, cat), cat, None, _fake({"war movies": "no"}))
    assert trace.asked and fb.disliked_attributes.get("genre") == ["War"]


def test_warm_up_asks_the_judge_once():
    fake = _fake({"westerns": "yes"})
    assert sl.warm_up_judge(fake) >= 0 and len(fake.asked) == 1


def test_recorded_calls_replay_without_the_llm(tmp_path):
    path = tmp_path / "calls.jsonl"
    live = _fake({"westerns": "yes"})
    rec = sl.recorded_completer(path, live, command="python -m cesrec.evals.bench.understanding --judge-calls x")
    assert sl.judge_values("westerns never get old", ["westerns"], rec) == {"westerns": "want"}
    assert sl.judge_values("westerns never get old", ["westerns"], rec) == {"westerns": "want"}
    assert len(live.asked) == 1  # the second call was replayed
    replay = sl.recorded_completer(path)  # no LLM at all
    assert sl.judge_values("westerns never get old", ["westerns"], replay) == {"westerns": "want"}
    with pytest.raises(KeyError):
        sl.judge_values("horror never gets old", ["horror"], replay)
    # the file names the command that recorded its calls, in a record replay skips
    meta, first = (json.loads(x) for x in path.read_text().splitlines()[:2])
    assert meta["_meta"]["command"] == "python -m cesrec.evals.bench.understanding --judge-calls x"
    assert first["out"] == '{"westerns": "yes"}'


def test_understand_applies_the_judge_to_the_turns_reading(cat):
    text = "I'm never bored by a mystery"
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


def _scored(probs: dict[str, dict[str, float]]):
    """A scoring completer (like the embedded LLM's): answer probabilities per label, recording the requests."""
    asked = []

    def complete(system: str, user: str, spec: str) -> str:
        asked.append(spec)
        labels = json.loads(spec.removeprefix(sl.SCORE_SPEC))
        return json.dumps({lab: probs.get(lab, {"yes": 0.1, "no": 0.1, "unsure": 0.8}) for lab in labels})

    complete.scored = True
    complete.asked = asked
    return complete


def test_scores_parse_from_probabilities_or_answers():
    labels = ["westerns", "musicals"]
    out = sl.parse_scores('{"westerns": {"yes": 0.7, "no": 0.2, "unsure": 0.1}, "musicals": "no"}', labels)
    assert out["westerns"]["yes"] == 0.7 and out["musicals"] == {"yes": 0.0, "no": 1.0, "unsure": 0.0}
    assert sl.parse_judgement('{"westerns": {"yes": 0.2, "no": 0.7, "unsure": 0.1}}', labels) == {"westerns": "avoid"}
    assert sl.parse_scores('{"westerns": {"yes": "x"}}', labels) == {}
    # a scoring completer is asked for probabilities, not given a grammar
    fake = _scored({"westerns": {"yes": 0.9, "no": 0.05, "unsure": 0.05}})
    assert sl.judge_values("westerns never get old", ["westerns"], fake) == {"westerns": "want"}
    assert fake.asked == [sl.score_spec(["westerns"])]
    # below min_p an answer counts as unsure
    assert sl.judge_values("westerns never get old", ["westerns"], fake, min_p=0.95) == {"westerns": "neither"}


def test_decide_moves_on_a_sure_verdict_and_abstains_on_doubt(monkeypatch):
    monkeypatch.setattr(sl, "MIN_MOVE_P", 0.8)
    sure_no = {"yes": 0.05, "no": 0.9, "unsure": 0.05}
    weak_no = {"yes": 0.35, "no": 0.6, "unsure": 0.05}
    unsure = {"yes": 0.2, "no": 0.2, "unsure": 0.6}
    assert sl.decide(1, False, sure_no, cue=True) == -1  # a sure verdict against the readers moves the value
    assert sl.decide(-1, False, weak_no, cue=True) == -1  # agreement keeps it, however weak
    assert sl.decide(1, False, weak_no, cue=True, abstain=False) == 1  # a weak one leaves the readers' side ...
    assert sl.decide(1, False, weak_no, cue=True, abstain=True) == 0  # ... or, abstaining, neither side
    assert sl.decide(1, False, unsure, cue=True, abstain=True) == 0  # unsure where the sentence holds a cue
    assert sl.decide(1, False, unsure, cue=False, abstain=True) == 1  # unsure on plain words: the readers' side
    assert sl.decide(1, True, sure_no, cue=True) == -1 and sl.decide(1, True, weak_no, cue=True) == 0  # lost values
    # with no cue word in the message the judge may only turn a like into a refusal
    assert sl.decide(-1, False, {"yes": 0.9, "no": 0.05, "unsure": 0.05}, cue=False, refusals_only=True) == -1
    assert sl.decide(1, False, sure_no, cue=False, refusals_only=True) == -1


def test_judge_feedback_keeps_a_doubtful_value_on_neither_side(cat):
    text = "I'd kill for a western, but I'm not sure about musicals"
    rules = parse_feedback_rules(text, cat)
    fake = _scored({"western": {"yes": 0.95, "no": 0.03, "unsure": 0.02},
                    "musicals": {"yes": 0.2, "no": 0.2, "unsure": 0.6}})
    fb, trace = sl.judge_feedback(text, rules, cat, None, fake, gate="always", abstain=True)
    assert fb.liked_attributes.get("genre") == ["Western"]
    assert "Musical" not in fb.liked_attributes.get("genre", []) + fb.disliked_attributes.get("genre", [])
    assert trace.abstained == ["musicals"] and trace.p["western"] == 0.95
    assert trace.to_json()["abstained"] == ["musicals"]


def test_recorded_scored_calls_replay_as_scored(tmp_path):
    path = tmp_path / "calls.jsonl"
    live = _scored({"westerns": {"yes": 0.9, "no": 0.05, "unsure": 0.05}})
    rec = sl.recorded_completer(path, live)
    assert rec.scored and sl.judge_values("westerns never get old", ["westerns"], rec) == {"westerns": "want"}
    replay = sl.recorded_completer(path)  # no LLM: scored because the recorded calls are
    assert replay.scored and sl.judge_values("westerns never get old", ["westerns"], replay) == {"westerns": "want"}
    assert len(live.asked) == 1


def test_a_title_is_no_stance_cue_for_the_gate(cat):
    # "Lost" in a title named as a like is no cue: under a cue gate the judge is not asked
    item = next(i for i, t in enumerate(cat.titles) if t and t.startswith("Raiders of the Lost Ark"))
    text = "Raiders of the Lost Ark please"
    rules = parse_feedback_rules(text, cat)
    assert item in rules.liked_items
    fake = _fake({})
    fb, trace = sl.judge_feedback(text, rules, cat, None, fake, gate="cue")
    assert not trace.asked and fb == rules


def test_turn_timings_count_the_judge_as_llm_time():
    from cesrec.agent.reply import build_reply
    from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

    msgs = [HumanMessage("I can't get enough of westerns", id="u"),
            AIMessage("", id="a", tool_calls=[{"name": "update_preferences", "args": {}, "id": "c1"}],
                      response_metadata={"agent_llm_s": 2.0}),
            ToolMessage("ok", tool_call_id="c1", name="update_preferences", id="t")]
    values = {"messages": msgs, "reply": {"text": "ok", "recommendations": []},
              "understood": {"c1": {"stance": {"asked": True, "ms": 1500.0}}, "old": {"stance": {"ms": 9000.0}}}}
    t = build_reply(values, "s", "t1", 5.0).timings
    assert t["stance_judge_s"] == 1.5 and t["llm_s"] == 3.5  # this turn's judge call only
    assert t["other_s"] == round(5.0 - 3.5 - t["tool_s"], 4)


def test_a_construction_fixes_the_side_whatever_the_judge_says(cat):
    # the 1.5B judge says "want" for both sides of a comparison and "avoid" for a double negation: the grammar's
    # side stands, the value is not judged
    text = "Sci-fi over fantasy any day"
    fake = _fake({"Sci-fi": "yes", "fantasy": "yes"})
    fb, trace = sl.judge_feedback(text, parse_feedback_rules(text, cat), cat, None, fake)
    assert fb.liked_attributes.get("genre") == ["Sci-Fi"] and fb.disliked_attributes.get("genre") == ["Fantasy"]
    assert trace.fixed == {"fantasy": "avoid"}
    text = "I'm not not into sci-fi"
    fake = _fake({"sci-fi": "no"})
    rules = parse_feedback_rules(text, cat)
    fb, trace = sl.judge_feedback(text, rules.model_copy(update={"liked_attributes": {}, "disliked_attributes":
                                                                  {"genre": ["Sci-Fi"]}}), cat, None, fake)
    assert fb.liked_attributes.get("genre") == ["Sci-Fi"] and not fb.disliked_attributes
    assert trace.fixed == {"sci-fi": "want"} and not fake.asked
    fb, _ = sl.judge_feedback(text, rules.model_copy(update={"liked_attributes": {}, "disliked_attributes":
                                                              {"genre": ["Sci-Fi"]}}), cat, None, fake,
                              constructions=False)
    assert fb.disliked_attributes.get("genre") == ["Sci-Fi"]


def test_a_like_refused_only_for_a_negative_sounding_word_is_kept_on_neither_side(cat, monkeypatch):
    text = "I'm mad about animation"
    rules = parse_feedback_rules(text, cat)
    assert rules.liked_attributes.get("genre") == ["Animation"]
    fake = _fake({"animation": "no"})
    fb, trace = sl.judge_feedback(text, rules, cat, None, fake)
    assert not fb.liked_attributes.get("genre") and not fb.disliked_attributes.get("genre")
    assert trace.abstained == ["animation"]
    # a negator or an aversion word in the sentence: the judge's refusal stands
    text = "animation leaves me cold"
    fb, _ = sl.judge_feedback(text, parse_feedback_rules(text, cat).model_copy(
        update={"liked_attributes": {"genre": ["Animation"]}, "disliked_attributes": {}}), cat, None, fake)
    assert fb.disliked_attributes.get("genre") == ["Animation"]
    monkeypatch.setattr(sl, "DOUBT_RATED_ONLY", False)
    fb, _ = sl.judge_feedback("I'm mad about animation", rules, cat, None, fake)
    assert fb.disliked_attributes.get("genre") == ["Animation"]
