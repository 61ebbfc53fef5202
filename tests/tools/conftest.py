"""Fixtures of the tools/ tests. `engine` (SASRec, few epochs) lives in tests/conftest.py; the masking tests
also use an EASE-backed engine: EASE is closed-form, so its item-item geometry is fully fitted in seconds,
whereas a 3-epoch SASRec's embeddings are still dominated by popularity (see evals/bench/turn.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import data_kwargs


@pytest.fixture(scope="session")
def ease_engine(shared_dir, cesrec_home):
    from cesrec.tools.engine import CESRecEngine
    from cesrec.tools.threads import single_threaded

    os.environ.setdefault("CESREC_EMBED_CACHE", str(Path.home() / ".cache" / "cesrec" / "embeddings"))
    with single_threaded():
        return CESRecEngine.build("ml-100k", "ease", **data_kwargs(shared_dir))
