"""Issue 12: the answer names only what the turn's tools returned (agent.grounding), the graph renders the
answer from the results when it does not, and provenance names films by title."""

from __future__ import annotations

import pytest
from cesrec.agent.grounding import check_answer, render_from_results, tool_results_text
from cesrec.agent.llm_scripted import tool_call
from langchain_core.messages import ToolMessage

RESULT = ("Heat (1995); Crime, Action, Thriller; directed by Michael Mann; starring Al Pacino, Robert De Niro. "
          "A group of professional bank robbers start to feel the heat from police.")


@pytest.fixture(scope="module")
def cat(engine):
    return engine.catalog


def test_faithful_answer_passes(cat):
    g = check_answer("Heat (1995) is a crime thriller by Michael Mann with Al Pacino.", RESULT, cat)
    assert g.faithful, g
    assert {"title:Heat", "year:1995", "person:Michael Mann", "person:Al Pacino", "genre:Crime",
            "genre:Thriller"} <= set(g.named), g


@pytest.mark.parametrize("answer,bad", [
    ("Heat came out in 1997.", "year:1997"),                                  # wrong year
    ("Heat is a romantic comedy.", "genre:Romance"),                          # wrong genre
    ("Heat, directed by Martin Scorsese.", "person:Martin Scorsese"),         # a person the tools did not return
    ("You might also like Inception (2010).", "title:Inception"),             # a film not in the catalogue
    ("If you liked Heat, try Casino.", "title:Casino"),                # a catalogue film the tools did not return
])
def test_unsupported_names_are_caught(cat, answer, bad):
    g = check_answer(answer, RESULT, cat)
    assert not g.faithful
    assert any(u.startswith(bad) for u in g.unsupported), g


def test_no_names_no_claims(cat):
    g = check_answer("Sure, happy to help with that!", "", cat)
    assert g.faithful and not g.named


def test_results_text_includes_structured_payload():
    msgs = [ToolMessage("Found 2 films", tool_call_id="1", name="search_catalog",
                        artifact={"payload": {"items": [{"title": "Fargo (1996)", "year": 1996}]}})]
    text = tool_results_text(msgs)
    assert "Fargo (1996)" in text and "Found 2 films" in text
    assert render_from_results(msgs) == "Found 2 films"
    assert render_from_results([]) == "I could not find that in the catalogue."


def test_graph_renders_from_results_when_the_llm_answer_is_unfaithful(make_agent):
    agent, _ = make_agent([tool_call("item_details", title="Star Wars"),
                           "Star Wars (1977) was directed by Steven Spielberg in 1982."])
    r = agent.chat("g-1", "42", "Tell me about Star Wars")
    assert r.grounding["source"] == "rendered from tool results", r.grounding
    assert not r.grounding["faithful"] and any("1982" in u or "Spielberg" in u for u in r.grounding["unsupported"])
    assert "Spielberg" not in r.text and "Star Wars" in r.text


def test_graph_keeps_a_faithful_llm_answer(make_agent):
    agent, _ = make_agent([tool_call("item_details", title="Star Wars"), "Star Wars (1977) is a sci-fi classic."])
    r = agent.chat("g-2", "42", "Tell me about Star Wars")
    assert r.grounding["source"] == "llm" and r.grounding["faithful"], r.grounding
    assert r.text == "Star Wars (1977) is a sci-fi classic."


def test_template_reply_is_marked(make_agent):
    agent, _ = make_agent([tool_call("recommend", like=["Comedy"])])
    r = agent.chat("g-3", "42", "comedies please")
    assert r.grounding["source"] == "template" and r.recommendations
    # the template names the top pick's title, year and genres: all in the recommending tool's output
    assert r.grounding["faithful"], r.grounding
    assert any(n.startswith("genre:") for n in r.grounding["named"]), r.grounding


def test_provenance_names_titles_never_ids(make_agent):
    agent, _ = make_agent([tool_call("update_preferences", like=["Heat"])])
    agent.chat("g-4", "42", "I loved Heat, more like that")
    hist = agent.history("g-4")
    sources = [p["source"] for p in hist["pseudo"]]
    assert sources and all("item=" not in s and "item " not in s for s in sources), sources
    assert any("Heat" in s for s in sources), sources
