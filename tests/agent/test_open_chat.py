"""The chat hears more than attributes: films named, complaints about the list (graph + real engine +
scripted chat model)."""

from __future__ import annotations

import numpy as np
from cesrec.agent.llm_scripted import tool_call
from cesrec.tools.catalog import find_item
from cesrec.tools.turn import rank_items

USER = "42"


def _cooc_top(engine, items, n=50):
    ds = engine.dataset
    X = np.zeros((ds.num_users, engine.num_items + 1), dtype=np.float32)
    for u in range(ds.num_users):
        X[u, np.unique(np.asarray(ds.train_sequence(u)))] = 1.0
    X[:, 0] = 0
    norms = np.maximum(np.linalg.norm(X, axis=0), 1e-9)
    sims = sum((X.T @ X[:, i]) / (norms * norms[i]) for i in items)
    sims[items] = -np.inf
    sims[0] = -np.inf
    return set(np.argsort(-sims)[:n].tolist())


def test_chat_named_films_move_the_top_10(make_agent, engine):
    agent, _ = make_agent([tool_call("update_preferences", like=["Heat", "The Usual Suspects"])], k=10)
    reply = agent.chat("s", USER, "I loved Heat and The Usual Suspects, something like that")
    heat, suspects = find_item(engine, "Heat"), find_item(engine, "The Usual Suspects")
    st = agent.session_state("s")
    assert st.preferences.liked_items == [heat, suspects]
    top = [r["item"] for r in reply.recommendations]
    assert len(top) == 10
    near = _cooc_top(engine, [heat, suspects])
    # 3-epoch test engine: >= 3 here; the issue's >= 5 of 10 holds with the real engine and the embedded LLM
    # (python -m cesrec.evals.bench.check_named_films -> evals/results/check_named_films.json)
    assert sum(i in near for i in top) >= 3, [engine.catalog.label(i) for i in top]
    # the list shown is the ranking the session would produce
    again, _, _ = rank_items(engine, st.model_copy(update={"shown": []}), 10, engine.config)
    assert [i for i, _ in again] == top


def test_chat_complaint_is_a_dislike_even_when_the_llm_says_like(make_agent, engine):
    """"These are all romances" was recorded as a *liked* genre: the rule parser now reads the complaint, and
    the user's refusal wins over an LLM that put the genre on the wrong side."""
    agent, _ = make_agent([tool_call("recommend"),
                           tool_call("update_preferences", like=["romances", "crime", "thriller", "Heat"])])
    agent.chat("s", USER, "recommend me something")
    reply = agent.chat("s", USER, "These are all romances. I want crime thrillers like Heat.")
    prefs = agent.session_state("s").preferences
    assert prefs.disliked.get("genre") == ["Romance"]
    assert "Romance" not in prefs.liked.get("genre", []) and {"Crime", "Thriller"} <= set(prefs.liked["genre"])
    assert find_item(engine, "Heat") in prefs.liked_items
    assert all("Romance" not in r["genres"] for r in reply.recommendations)


def test_chat_provenance_names_titles(make_agent):
    agent, _ = make_agent([tool_call("update_preferences", like=["Heat"])])
    reply = agent.chat("s", USER, "I loved Heat")
    ev = reply.tool_events[0]
    assert "Heat (1995)" in ev["text"] and "item=" not in ev["text"]
