"""Serving benchmark and robustness checks (loopback only, bounded in count and time).

    python -m cesrec.bench_serve [--sessions 50] [--turns 3] [--llm scripted|local]

One module per job: `harness` (servers on loopback: in-process and as a subprocess), `load` (concurrent
sessions), `restart` (kill -9 and resume), `injection` (prompt injection in item metadata), `doors` (one
session through HTTP, MCP and a second process; reads under slow turns; input limits), `cli` (the run that
writes evals/results/bench_serve.json). The server tests use the harness and the checks directly.
"""

from cesrec.bench_serve.cli import main
from cesrec.bench_serve.damage import damaged_db_check
from cesrec.bench_serve.doors import cross_door_check, limits_check, mcp_call, slow_turn_reads
from cesrec.bench_serve.harness import (
    LOOPBACK,
    TEST_EPOCHS_ENV,
    ServerProcess,
    free_port,
    live_server,
    percentile,
)
from cesrec.bench_serve.injection import ALLOWED_TOOLS, INJECTION_TEXT, compromised_llm, injection_check
from cesrec.bench_serve.load import MESSAGES, USER_IDS, load_test
from cesrec.bench_serve.restart import restart_check

__all__ = [
    "ALLOWED_TOOLS", "INJECTION_TEXT", "LOOPBACK", "MESSAGES", "TEST_EPOCHS_ENV", "USER_IDS", "ServerProcess",
    "compromised_llm", "cross_door_check", "damaged_db_check", "free_port", "injection_check", "limits_check", "live_server",
    "load_test", "main", "mcp_call", "percentile", "restart_check", "slow_turn_reads",
]
