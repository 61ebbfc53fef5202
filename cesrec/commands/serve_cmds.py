"""`cesrec serve`, `cesrec mcp`, `cesrec bench serve`: the doors assistant products use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

LLM_HELP = ("local (embedded llama.cpp, default), openai (OpenAI-compatible endpoint: OPENAI_BASE_URL, "
            "OPENAI_API_KEY, CESREC_OPENAI_MODEL) or scripted (deterministic test policy, no LLM — for load "
            "tests and demos; labelled as such everywhere)")


def _fail(msg: str, code: int = 2) -> None:
    typer.secho(f"error: {msg}", fg="red", err=True)
    raise typer.Exit(code)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", help="Address to bind. Anything but loopback needs --token."),
        port: int = typer.Option(8000, min=1, max=65535),
        llm: str = typer.Option(None, help=LLM_HELP + ". Default: $CESREC_LLM or local."),
        model: str = typer.Option(None, help="Model name for --llm openai."),
        base_url: str = typer.Option(None, help="Endpoint for --llm openai (e.g. http://127.0.0.1:8080/v1)."),
        token: str = typer.Option(None, envvar="CESREC_API_TOKEN", help="Bearer token required on the API "
                                  "(env CESREC_API_TOKEN). Mandatory when --host is not loopback."),
        dataset: str = typer.Option("ml-100k", help="Dataset of the engine."),
        backbone: str = typer.Option(None, help="SRS backbone of the engine (default sasrec)."),
        epochs: int = typer.Option(None, help="Engine variant trained with this many epochs (default: the "
                                   "standard engine)."),
        state_dir: Path = typer.Option(None, help="Where sessions live (sessions.sqlite, server_sessions.sqlite); "
                                       "default CESREC_HOME."),
        postgres_dsn: str = typer.Option(None, envvar="CESREC_POSTGRES_DSN", help="Keep sessions (agent "
                                         "checkpoints and the server's registry) in Postgres instead of SQLite, "
                                         "so several server processes can share them (needs the `postgres` extra)."),
        max_body_bytes: int = typer.Option(16 * 1024, min=256, help="Largest accepted request body."),
        turn_timeout: float = typer.Option(120.0, min=1.0, help="Seconds before a turn fails with 504."),
    ) -> None:
        """Run the HTTP API + web chat page (FastAPI/uvicorn) over the agent and its persisted sessions."""
        import uvicorn

        from cesrec.server import ServerSettings, create_app, is_loopback

        if not is_loopback(host) and not token:
            _fail(f"refusing to bind {host} without a bearer token: set CESREC_API_TOKEN or pass --token "
                  "(or bind 127.0.0.1)")
        if token is not None and len(token) < 16:
            _fail("the bearer token must be at least 16 characters")
        backend = _backend_or_exit(llm=llm, model=model, base_url=base_url, dataset=dataset, backbone=backbone,
                                   epochs=epochs, state_dir=str(state_dir) if state_dir else None, warm_up=True,
                                   postgres_dsn=postgres_dsn)
        settings = ServerSettings(max_body_bytes=max_body_bytes, turn_timeout_s=turn_timeout, token=token,
                                  registry_path=state_dir / "server_sessions.sqlite" if state_dir else None,
                                  postgres_dsn=postgres_dsn)
        try:
            app_ = create_app(backend, settings)
        except (ConnectionError, ImportError) as e:  # the Postgres registry
            _fail(str(e))
        typer.echo(f"cesrec: serving on http://{host}:{port}/  (LLM: {backend.llm_label}; "
                   f"auth: {'bearer token' if token else 'none, loopback only'}; API docs /docs)", err=True)
        uvicorn.run(app_, host=host, port=port, log_level=os.environ.get("CESREC_LOG_LEVEL", "warning"),
                    timeout_graceful_shutdown=5)

    @app.command("mcp")
    def mcp(
        transport: str = typer.Option("stdio", help="stdio (spawned by the assistant) or http (streamable HTTP)."),
        host: str = typer.Option("127.0.0.1", help="For --transport http. Anything but loopback needs --token."),
        port: int = typer.Option(8001, min=1, max=65535),
        token: str = typer.Option(None, envvar="CESREC_API_TOKEN", help="Bearer token (http transport)."),
        dataset: str = typer.Option("ml-100k"),
        backbone: str = typer.Option(None, help="SRS backbone of the engine (default sasrec)."),
        epochs: int = typer.Option(None, help="Engine variant trained with this many epochs."),
        state_dir: Path = typer.Option(None, help="Where sessions live (default CESREC_HOME)."),
    ) -> None:
        """Expose the CESRec tools (search_catalog, recommend, update_preferences, mask_outliers, item_details,
        explain_recommendation) to assistant products over MCP."""
        from cesrec.backend import BackendError
        from cesrec.mcp_server import run_mcp
        from cesrec.server import is_loopback

        if transport not in ("stdio", "http"):
            _fail(f"unknown transport {transport!r}: use stdio or http")
        if transport == "http" and not is_loopback(host) and not token:
            _fail(f"refusing to bind {host} without a bearer token: set CESREC_API_TOKEN or pass --token")
        try:
            run_mcp(transport=transport, host=host, port=port, token=token, dataset=dataset, backbone=backbone,
                    epochs=epochs, state_dir=str(state_dir) if state_dir else None)
        except BackendError as e:
            _fail(str(e))

    @bench_app.command("serve")
    def bench_serve(
        sessions: int = typer.Option(50, min=1, max=200, help="Concurrent sessions."),
        turns: int = typer.Option(3, min=1, max=10, help="Turns per session."),
        llm: str = typer.Option("scripted", help="scripted (default) or local (embedded LLM: also runs the "
                                "injection cases against the real model)."),
        epochs: int = typer.Option(None, help="Engine variant trained with this many epochs."),
        out: Path = typer.Option(Path("evals/results/bench_serve.json")),
    ) -> None:
        """Load test over loopback (bounded): N concurrent sessions, kill -9 + resume, injection cases."""
        from evals.bench_serve import main as bench_main

        argv = ["--sessions", str(sessions), "--turns", str(turns), "--llm", llm, "--out", str(out)]
        if epochs is not None:
            argv += ["--epochs", str(epochs)]
        sys.exit(bench_main(argv))


def _backend_or_exit(**kw):
    from cesrec.backend import BackendError, build_backend

    try:
        return build_backend(**kw)
    except BackendError as e:
        _fail(str(e))
