"""The request benchmark: the builder of evals/data/requests.jsonl, the metrics at 10, the exclusions every
system gets, and the results file a tiny LLM-free run writes."""

from __future__ import annotations

import json
import math

import pytest
from cesrec.evals.bench import request_baselines as rb
from cesrec.evals.bench import requests as bench_requests
from cesrec.evals.data.write_requests import CaseError, build, record_id, split_of


def _case(text: str, relevant: dict, shown=None, kind: str = "first") -> dict:
    return {"kind": kind, "text": text, "relevant": relevant, "shown": shown, "note": ""}


def test_builder_resolves_labels_and_splits(ml100k):
    cat = ml100k.catalog
    a, b, c = cat.label(1), cat.label(2), cat.label(3)
    recs = build({"first": [_case("something funny", {a: 2, b: 1})],
                  "context": [_case("more like the second one", {c: 1}, shown=[a, b], kind="followup")]}, cat)
    assert [r["relevant"] for r in recs][0] == [{"item": 1, "title": a, "grade": 2}, {"item": 2, "title": b, "grade": 1}]
    assert recs[1]["shown"] == [1, 2] and recs[1]["shown_titles"] == [a, b]
    assert recs[1]["id"] == record_id("followup", "more like the second one", [a, b])
    assert recs[1]["id"].startswith("followup-") and len(recs[1]["id"]) == len("followup-") + 8
    assert all(r["split"] == split_of(r["id"]) in ("dev", "heldout") for r in recs)
    assert record_id("followup", "more like the second one", [a]) != recs[1]["id"]  # the shown list is hashed too


def test_a_film_listed_twice_in_the_catalogue_is_judged_in_both_copies(ml100k):
    cat = ml100k.catalog
    labels: dict[str, list[int]] = {}
    for i in range(1, cat.num_items + 1):
        labels.setdefault(cat.label(i), []).append(i)
    lab, copies = next((k, v) for k, v in labels.items() if len(v) > 1)  # ml-100k has a few (Chasing Amy, ...)
    recs = build({"first": [_case("something like that", {lab: 2})],
                  "context": [_case("the first one but newer", {cat.label(1): 1}, shown=[lab, cat.label(2)])]}, cat)
    assert [r["item"] for r in recs[0]["relevant"]] == copies and {r["grade"] for r in recs[0]["relevant"]} == {2}
    assert recs[1]["shown"] == [copies[0], 2]  # a shown film is its first copy: positions stay as judged


def test_builder_refuses_an_unknown_label(ml100k):
    with pytest.raises(CaseError, match=r"label 'No Such Film \(1901\)' is not a catalogue label"):
        build({"first": [_case("old silent films", {"No Such Film (1901)": 2})]}, ml100k.catalog)


def test_builder_refuses_a_duplicate(ml100k):
    lab = ml100k.catalog.label(1)
    with pytest.raises(CaseError, match="duplicate text"):
        build({"first": [_case("Something funny", {lab: 2})], "context": [_case("something  FUNNY", {lab: 1})]},
              ml100k.catalog)
    with pytest.raises(CaseError, match="duplicate text"):  # after another shown list too
        build({"context": [_case("the second one", {lab: 2}, shown=[ml100k.catalog.label(5)]),
                           _case("the second one", {lab: 2}, shown=[ml100k.catalog.label(6)])]}, ml100k.catalog)


def test_builder_refuses_bad_grades_and_shown_relevant(ml100k):
    lab = ml100k.catalog.label(1)
    with pytest.raises(CaseError, match="grades must be 1 or 2"):
        build({"first": [_case("x", {lab: 3})]}, ml100k.catalog)
    with pytest.raises(CaseError, match="were shown"):
        build({"first": [_case("x", {lab: 1}, shown=[lab])]}, ml100k.catalog)


def test_metrics_on_a_hand_made_case():
    # list 5, 1, 7, 2; judged 1 (grade 2), 2 (grade 1), 3 (grade 2)
    m = rb.metrics_at_k([5, 1, 7, 2], {1: 2, 2: 1, 3: 2})
    dcg = 2 / math.log2(3) + 1 / math.log2(5)  # rank 2 and rank 4
    ideal = 2 / math.log2(2) + 2 / math.log2(3) + 1 / math.log2(4)
    assert m["success_at_10"] == 1.0 and m["hits_at_10"] == 2.0
    assert m["ndcg_at_10"] == pytest.approx(dcg / ideal) == pytest.approx(0.449920, abs=1e-6)
    assert rb.metrics_at_k([5, 6], {1: 2}) == {"success_at_10": 0.0, "hits_at_10": 0.0, "ndcg_at_10": 0.0}
    assert rb.metrics_at_k([1], {1: 1})["ndcg_at_10"] == 1.0
    # only the first 10 count
    assert rb.metrics_at_k(list(range(100, 110)) + [1], {1: 2})["hits_at_10"] == 0.0


def test_final_list_drops_excluded_then_cuts():
    assert rb.final_list([3, 1, 4, 1, 5, 9, 2, 6], {1, 9}, k=4) == [3, 4, 5, 2]


def test_history_and_shown_are_excluded(engine):
    ds = engine.dataset
    user = ds.user_ids[0]
    hist = [int(i) for i in ds.test_input(0)[0]]
    unseen = [i for i in range(1, engine.num_items + 1) if i not in hist]
    shown, fresh = unseen[:3], unseen[3]
    rec = {"id": "t-1", "text": "something like the first one", "shown": shown,
           "relevant": [{"item": hist[0], "grade": 2}, {"item": shown[0], "grade": 2}, {"item": fresh, "grade": 1}]}
    req = rb.make_request(engine, rec, user)
    assert set(hist) | set(shown) <= req.exclude
    assert req.gains == {fresh: 1}  # the ideal runs over what the user can still get
    assert [r.item for r in req.state.last_recommendations] == shown and req.state.shown == shown
    new = rb.make_request(engine, rec, None)
    assert new.state.history == [] and new.gains == {hist[0]: 2, fresh: 1}
    for name, fn in rb.baseline_fns(engine, ["dense", "rules_popularity", "item_knn"]).items():
        items = rb.final_list(fn(req, {}), req.exclude)
        assert len(items) == 10 and not set(items) & req.exclude, name


def test_named_films_are_excluded_unless_judged(engine):
    cat = engine.catalog
    heat = next(i for i in range(1, engine.num_items + 1) if cat.label(i) == "Heat (1995)")
    other = heat % engine.num_items + 1
    rec = {"id": "t-2", "text": "I loved Heat, more like that", "shown": None,
           "relevant": [{"item": other, "grade": 2}]}
    req = rb.make_request(engine, rec, None)
    assert heat in req.rules.liked_items and heat in req.exclude
    # a judged film the reader takes for a named one stays a judged film: the judges never judge named films
    judged = rb.make_request(engine, {**rec, "relevant": [{"item": heat, "grade": 1}]}, None)
    assert heat not in judged.exclude and judged.gains == {heat: 1}


def test_users_rule_picks_short_median_long(engine):
    users = rb.pick_users(engine.dataset)
    lens = [len(engine.dataset.test_input(engine.dataset.user_index(u))[0]) for u in users]
    assert len(users) == 3 and lens == sorted(lens) and lens[0] < lens[2]


def test_tiny_run_writes_the_results_schema(engine, tmp_path):
    cat = engine.catalog
    lab = cat.label
    cases = {"first": [_case(f"a film like {cat.titles[i]}", {lab(i + 1): 2, lab(i + 2): 1}) for i in (1, 50, 100, 150)],
             "context": [_case("the second one but newer", {lab(300): 1}, shown=[lab(10), lab(11)], kind="critique")]}
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in build(cases, cat)))
    systems = ["product_pipeline", "dense", "bm25", "rules_popularity", "item_knn"]
    out = tmp_path / "bench_requests.json"
    argv = ["--limit", "3", "--systems", ",".join(systems), "--requests", str(path), "--out", str(out)]
    res = bench_requests.run(tuple(systems), ("dev", "heldout"), 3, path, out, engine=engine,
                             command="python -m cesrec.evals.bench.requests " + " ".join(argv))
    data = json.loads(out.read_text())
    assert data == json.loads(json.dumps(res))
    assert set(data) == {"requests", "command", "git_commit", "machine", "date", "users", "settings", "dev", "heldout"}
    assert data["command"].startswith("python -m cesrec.evals.bench.requests --limit 3")
    assert len(data["users"]["existing"]["ids"]) == 3
    assert data["settings"]["systems"]["item_knn"]["tuned_on"] == "dev"
    for split in ("dev", "heldout"):
        assert set(data[split]) == {"existing", "new"}
        for group in ("existing", "new"):
            assert set(data[split][group]) == set(systems)
            for m in data[split][group].values():
                assert set(m) == {"success_at_10", "hits_at_10", "ndcg_at_10", "n"}
                if m["n"]:
                    assert 0 <= m["ndcg_at_10"] <= 1 and 0 <= m["success_at_10"] <= 1
    assert (tmp_path / "bench_requests.md").read_text().startswith("# Request benchmark")


def test_prompt_cache_answers_a_repeated_prompt_without_decoding(tmp_path, monkeypatch):
    from cesrec.agent.llm_local import ChatLlamaCppLocal
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    decoded: list[str] = []

    def fake_run(self, messages, stop, tools, tool_choice, on_text, max_tokens=None):
        decoded.append(messages[-1].content)
        msg = AIMessage(content="", tool_calls=[{"name": "update_preferences", "args": {"like": ["Horror"]},
                                                 "id": "call_1", "type": "tool_call"}])
        return msg, {"prompt_tokens": 10, "cached_tokens": 0, "completion_tokens": 5, "prefill_s": 1.0,
                     "decode_s": 1.0, "total_s": 2.0}

    monkeypatch.setattr(ChatLlamaCppLocal, "_run", fake_run)
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"not a model")
    path = tmp_path / "cache.jsonl"
    llm = bench_requests.CachedChatLlamaCppLocal(model_path=str(gguf)).attach(bench_requests.PromptCache(path))
    msgs = [SystemMessage("system"), HumanMessage("vampires!")]
    first, _ = llm._run(msgs, None, None, "any", None)
    again, timing = llm._run(msgs, None, None, "any", None)
    assert decoded == ["vampires!"] and timing["from_cache"] and timing["decode_s"] == 0.0
    assert again.tool_calls[0]["name"] == "update_preferences" and again.tool_calls[0]["args"] == {"like": ["Horror"]}
    assert again.tool_calls[0]["id"] != "call_1"  # fresh ids: a cached call is a new message
    llm._run(msgs, None, None, "auto", None)  # another tool choice is another key
    llm._run([SystemMessage("system"), HumanMessage("zombies!")], None, None, "any", None)
    assert decoded == ["vampires!", "vampires!", "zombies!"]
    assert llm._cache.summary() | {"path": None} == {"used": True, "path": None, "calls": 4, "distinct_calls": 3,
                                                      "computed_now": 3, "read_from_cache": 1}
    # kept on disk: a new run reads it back
    llm2 = bench_requests.CachedChatLlamaCppLocal(model_path=str(gguf)).attach(bench_requests.PromptCache(path))
    llm2._run(msgs, None, None, "any", None)
    assert len(decoded) == 3 and llm2._cache.hits == 1
