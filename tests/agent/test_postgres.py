"""Postgres sessions (multi-instance deployments): two agent instances with their own connections share one
session through a real, throwaway PostgreSQL server (loopback-free: unix socket in a temp dir).

Skips with the reason when the PostgreSQL server binaries or the `postgres` extra are absent."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from agent.llm import tool_call


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    hits = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return hits[-1] if hits else None


@pytest.fixture(scope="module")
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
    subprocess.run([*run_as, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True, timeout=120)
    opts = f"-c listen_addresses='' -k {sock} -p 54329 -c fsync=off"
    subprocess.run([*run_as, pg_ctl, "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"],
                   check=True, capture_output=True, timeout=120)
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


def test_two_instances_share_a_postgres_session(make_agent, postgres_dsn, engine):
    a, _ = make_agent([tool_call("update_preferences", like=["Comedy"]), "Comedies it is."],
                      checkpointer="postgres", postgres_dsn=postgres_dsn)
    r1 = a.chat("pg-1", "42", "I want comedies")
    state_a = a.session_state("pg-1")
    assert state_a.turn == 1 and r1.recommendations

    # a second instance (own connection, as another server process would have) picks the session up
    b, llm_b = make_agent([tool_call("recommend", k=5), "More comedies."],
                          checkpointer="postgres", postgres_dsn=postgres_dsn)
    assert b.session_state("pg-1") == state_a
    r2 = b.chat("pg-1", "42", "more please")
    prompt = "\n".join(str(m.content) for m in llm_b.seen[0])
    assert "Saved: likes Comedy" in prompt
    assert not {x["item"] for x in r2.recommendations} & {x["item"] for x in r1.recommendations}
    assert all("Comedy" in engine.catalog.genres[x["item"]] for x in r2.recommendations)
    # ... and the first instance sees the second one's turn
    after = b.session_state("pg-1")
    assert a.session_state("pg-1") == after and after != state_a
    assert {x["item"] for x in r2.recommendations} <= set(after.shown)
    # sessions stay isolated
    assert a.session_state("pg-other") is None


def test_postgres_without_dsn_is_a_clear_error():
    from agent.graph import make_checkpointer

    pytest.importorskip("langgraph.checkpoint.postgres")
    with pytest.raises(ValueError, match="DSN"):
        make_checkpointer("postgres", dsn=None)


def test_unreachable_postgres_is_a_one_line_error(tmp_path):
    from agent.graph import make_checkpointer

    pytest.importorskip("langgraph.checkpoint.postgres")
    with pytest.raises(ConnectionError, match="cannot connect to the Postgres sessions database"):
        make_checkpointer("postgres", dsn=f"host={tmp_path} port=1 user=nobody dbname=none")
