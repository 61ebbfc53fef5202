"""Shared fixtures: ml-100k from ../shared (never copied into the repo), caches in a per-run temp home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recmodel.data import prepare_dataset, shared_ml100k_dir


@pytest.fixture(scope="session", autouse=True)
def cesrec_home(tmp_path_factory) -> Path:
    """Isolate caches unless CESREC_TEST_HOME points at a reusable one (CI sets it to save retraining)."""
    home = Path(os.environ.get("CESREC_TEST_HOME") or tmp_path_factory.mktemp("cesrec_home"))
    os.environ["CESREC_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    d = shared_ml100k_dir()
    if d is None:
        pytest.skip("../shared/data/ml-100k not found (set CESREC_SHARED_DATA)")
    return d


@pytest.fixture(scope="session")
def ml100k(shared_dir, cesrec_home):
    """ml-100k with item metadata, prepared once per test session."""
    return prepare_dataset("ml-100k", shared_dir, item_extra=shared_dir / "ml-100k.item_extra.jsonl")


@pytest.fixture(scope="session")
def engine(shared_dir, cesrec_home):
    """A CESRec engine on ml-100k (SASRec trained for a few epochs, cached under the test home), shared by
    the tools/, agent/, evals/ and server tests. Item embeddings are content-addressed, so they are also
    kept in CESREC_EMBED_CACHE (default ~/.cache/cesrec/embeddings) to embed the catalogue once per machine."""
    from tools.engine import CESRecEngine, single_threaded

    os.environ.setdefault("CESREC_EMBED_CACHE", str(Path.home() / ".cache" / "cesrec" / "embeddings"))
    epochs = int(os.environ.get("CESREC_TEST_EPOCHS", "3"))
    with single_threaded():  # small models on a shared box: one thread is ~10x faster than two fighting
        return CESRecEngine.build(
            "ml-100k", "sasrec", source=shared_dir, item_extra=shared_dir / "ml-100k.item_extra.jsonl", epochs=epochs
        )
