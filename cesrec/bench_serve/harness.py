"""Servers on loopback for the serving benchmark and the server tests: in-process (a thread) and as a
`cesrec serve` subprocess (so it can be killed with -9)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

LOOPBACK = "127.0.0.1"
TEST_EPOCHS_ENV = "CESREC_TEST_EPOCHS"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def percentile(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    ys = sorted(xs)
    k = (len(ys) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ys) - 1)
    return ys[lo] + (ys[hi] - ys[lo]) * (k - lo)


@contextlib.contextmanager
def live_server(app: Any, port: int | None = None) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 in a thread; yields the base URL."""
    import uvicorn

    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host=LOOPBACK, port=port, log_level="warning", lifespan="on"))
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not th.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://{LOOPBACK}:{port}"
    finally:
        server.should_exit = True
        th.join(timeout=30)


class ServerProcess:
    """`cesrec serve` as a child process on 127.0.0.1 (so it can be killed with SIGKILL)."""

    def __init__(self, state_dir: Path, llm: str = "scripted", epochs: int | None = None,
                 env: dict[str, str] | None = None, log: Path | None = None, args: list[str] | None = None) -> None:
        self.state_dir = Path(state_dir)
        self.args = list(args or [])  # more `cesrec serve` options (--turn-workers 1, ...)
        self.llm = llm
        self.epochs = epochs
        self.extra_env = env or {}
        self.port = free_port()
        self.url = f"http://{LOOPBACK}:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.log = log or self.state_dir / "server.log"

    def start(self, timeout_s: float = 600, env: dict[str, str] | None = None) -> None:
        cmd = [sys.executable, "-m", "cesrec.cli", "serve", "--host", LOOPBACK, "--port", str(self.port),
               "--llm", self.llm, "--state-dir", str(self.state_dir)]
        if self.epochs is not None:
            cmd += ["--epochs", str(self.epochs)]
        cmd += self.args
        full_env = {**os.environ, **self.extra_env, **(env or {})}
        full_env.pop("CESREC_API_TOKEN", None)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as logf:
            self.proc = subprocess.Popen(cmd, env=full_env, stdout=logf, stderr=subprocess.STDOUT,
                                         cwd=str(Path(__file__).resolve().parents[2]))
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; log: {self.log}\n"
                                   + self.log.read_text()[-2000:])
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        self.kill9()
        raise RuntimeError(f"server did not become healthy in {timeout_s:.0f} s; log: {self.log}")

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill9()
        self.proc = None
