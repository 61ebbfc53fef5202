"""Semantic index (real MiniLM + chromadb) and the dual-alignment adapter."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.tools.alignment import hybrid_embeddings
from cesrec.tools.semantic import SemanticIndex, SemanticIndexError, genre_key, where_clause


def test_embeddings_are_unit_vectors_and_cached(engine, tmp_path):
    sem = engine.semantic
    norms = np.linalg.norm(sem.embeddings[1:], axis=1)
    assert np.allclose(norms, 1.0, atol=1e-4) and not sem.embeddings[0].any()
    cached = list(sem.directory.glob(f"embeddings-{sem.key}.npy"))
    assert cached
    again = SemanticIndex(engine.catalog, sem.directory)  # loads the cache: no model needed
    assert again.key == sem.key and np.array_equal(again.embeddings, sem.embeddings)
    assert again._encoder is None


def test_chroma_collection_holds_the_catalogue_with_metadata(engine):
    col = engine.semantic.collection
    assert col.count() == engine.num_items
    got = col.get(ids=["1"], include=["metadatas"])["metadatas"][0]
    assert got["title"] == "Toy Story" and got["decade"] == "1990s" and got[genre_key("Children's")] is True
    assert got[genre_key("Horror")] is False


def test_semantic_search_finds_the_obvious(engine):
    hits = engine.semantic.search("Toy Story animated toys come to life", k=5)
    assert 1 in [i for i, _ in hits]
    hits = engine.semantic.search("toys", where=where_clause(genres_none=["Animation"]), k=5, exclude=[1])
    assert all("Animation" not in engine.catalog.genres[i] and i != 1 for i, _ in hits)


def test_where_clause_shapes():
    assert where_clause() is None
    assert where_clause(genres_all=["Sci-Fi"]) == {"g_scifi": True}
    w = where_clause(genres_all=["Comedy"], decades=["1990s"], year_range=(1990, 1995))
    assert w["$and"][0] == {"g_comedy": True} and {"decade": {"$in": ["1990s"]}} in w["$and"]


def test_unreachable_chroma_server_is_a_clear_error(engine, monkeypatch, tmp_path):
    monkeypatch.setenv("CESREC_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CESREC_CHROMA_PORT", "9")  # discard port: nothing listens
    idx = SemanticIndex(engine.catalog, engine.semantic.directory)
    with pytest.raises(SemanticIndexError, match="127.0.0.1:9"):
        idx.search("anything", k=1)


def test_alignment_report_has_both_variants_and_beats_chance(engine):
    rep = engine.alignment_report
    assert rep["chosen"] in ("mse", "infonce")
    pool = rep["split"]["train"] + rep["split"]["valid"] + rep["split"]["heldout"]
    chance = 10 / pool
    for loss in ("mse", "infonce"):
        held = rep[loss]["heldout"]
        assert {"mse", "cosine", "recall_self@10", "recall_neighbour@10"} <= set(held)
    best = rep[rep["chosen"]]["heldout"]
    assert best["recall_neighbour@10"] > 2 * chance  # a real, if modest, alignment signal
    assert best["cosine"] > 0.2


def test_hybrid_embeddings_definition():
    rng = np.random.default_rng(0)
    a, c = rng.normal(size=(5, 8)).astype(np.float32), rng.normal(size=(5, 8)).astype(np.float32)
    h = hybrid_embeddings(a, c, alpha=1.0)
    assert np.allclose(h[1:], a[1:] / np.linalg.norm(a[1:], axis=1, keepdims=True), atol=1e-6)
    h = hybrid_embeddings(a, c, alpha=0.5, trained=np.array([False, True, False, True, True]))
    assert np.allclose(h[2], a[2] / np.linalg.norm(a[2]), atol=1e-6)  # untrained item: semantic side only
    assert not h[0].any()
    with pytest.raises(ValueError, match="alpha"):
        hybrid_embeddings(a, c, alpha=2)
    with pytest.raises(ValueError, match="shape mismatch"):
        hybrid_embeddings(a, c[:, :4])


def test_engine_hybrid_matrix_is_consistent(engine):
    h = engine.hybrid_unit
    assert h.shape == (engine.num_items + 1, engine.collab.shape[1])
    assert np.isfinite(h).all()
