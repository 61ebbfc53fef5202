"""`cesrec serve`, `cesrec mcp`, `cesrec bench serve`: the doors assistant products use."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import typer

LLM_HELP = ("local (embedded llama.cpp, default), openai (OpenAI-compatible endpoint: OPENAI_BASE_URL, "
            "OPENAI_API_KEY, CESREC_OPENAI_MODEL) or scripted (deterministic test policy, no LLM — for load "
            "tests and demos; labelled as such everywhere)")


def _fail(msg: str, code: int = 2) -> None:
    typer.secho(f"error: {msg}", fg="red", err=True)
    raise typer.Exit(code)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    register_sessions(app)
    _register_serve(app)
    _register_mcp(app, bench_app)


def _register_serve(app: typer.Typer) -> None:
    """`cesrec serve`: the HTTP API and the web chat page."""
    @app.command("serve")
    def serve(
        host: str = typer.Option("127.0.0.1", help="Address to bind. Anything but loopback needs --token."),
        port: int = typer.Option(8000, min=1, max=65535),
        llm: str = typer.Option(None, help=LLM_HELP + ". Default: $CESREC_LLM or local."),
        model: str = typer.Option(None, help="Model name for --llm openai."),
        base_url: str = typer.Option(None, help="Endpoint for --llm openai (e.g. http://127.0.0.1:8080/v1)."),
        token: str = typer.Option(None, envvar="CESREC_API_TOKEN", help="Bearer token required on the API "
                                  "(env CESREC_API_TOKEN). Mandatory when --host is not loopback."),
        dataset: str = typer.Option("ml-100k", help="Dataset: ml-100k or a name registered with `cesrec data prepare`."),
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
        allowed_host: list[str] = typer.Option(None, help="Extra Host header name the API answers to (repeatable; "
                                               "e.g. a reverse proxy's name). A loopback server answers only "
                                               "to loopback names otherwise."),
        turn_workers: int = typer.Option(8, min=1, max=256, help="Threads for LLM turns (reads, session "
                                         "creation, feedback and reset have their own)."),
        max_queued_turns: int = typer.Option(64, min=1, max=10_000, help="Turns admitted at once (running + "
                                             "waiting); more get 503 with Retry-After."),
        write_wait: float = typer.Option(30.0, min=0.0, max=3600.0, help="Seconds feedback and reset wait for "
                                         "the session's lock (another request's write) before 409 session_busy."),
    ) -> None:
        """Run the HTTP API + web chat page (FastAPI/uvicorn) over the agent and its persisted sessions."""
        import uvicorn

        from cesrec.server import ServerSettings, create_app, is_loopback, token_problem

        if not is_loopback(host) and not token:
            _fail(f"refusing to bind {host} without a bearer token: set CESREC_API_TOKEN or pass --token "
                  "(or bind 127.0.0.1)")
        if token is not None and (problem := token_problem(token)):
            _fail(problem)
        backend = _backend_or_exit(llm=llm, model=model, base_url=base_url, dataset=dataset, backbone=backbone,
                                   epochs=epochs, state_dir=str(state_dir) if state_dir else None, warm_up=True,
                                   postgres_dsn=postgres_dsn)
        settings = ServerSettings(max_body_bytes=max_body_bytes, turn_timeout_s=turn_timeout, token=token,
                                  registry_path=state_dir / "server_sessions.sqlite" if state_dir else None,
                                  postgres_dsn=postgres_dsn, host=host, allowed_hosts=list(allowed_host or []),
                                  turn_workers=turn_workers, max_queued_turns=max_queued_turns,
                                  write_wait_s=write_wait)
        from cesrec.agent.checkpoint_health import DamagedStateError

        try:
            app_ = create_app(backend, settings)
        except (ConnectionError, ImportError, DamagedStateError) as e:  # the Postgres registry; a damaged one
            _fail(str(e))
        typer.echo(f"cesrec: serving on http://{host}:{port}/  (LLM: {backend.llm_label}; "
                   f"auth: {'bearer token' if token else 'none, loopback only'}; API docs /docs)", err=True)
        uvicorn.run(app_, host=host, port=port, log_level=os.environ.get("CESREC_LOG_LEVEL", "warning"),
                    timeout_graceful_shutdown=5)


def _register_mcp(app: typer.Typer, bench_app: typer.Typer) -> None:
    """`cesrec mcp` and `cesrec bench serve`."""
    @app.command("mcp")
    def mcp(
        transport: str = typer.Option("stdio", help="stdio (spawned by the assistant) or http (streamable HTTP)."),
        host: str = typer.Option("127.0.0.1", help="For --transport http. Anything but loopback needs --token."),
        port: int = typer.Option(8001, min=1, max=65535),
        token: str = typer.Option(None, envvar="CESREC_API_TOKEN", help="Bearer token (http transport)."),
        dataset: str = typer.Option("ml-100k", help="Dataset: ml-100k or a name registered with `cesrec data prepare`."),
        backbone: str = typer.Option(None, help="SRS backbone of the engine (default sasrec)."),
        epochs: int = typer.Option(None, help="Engine variant trained with this many epochs."),
        state_dir: Path = typer.Option(None, help="Where sessions live (default CESREC_HOME)."),
    ) -> None:
        """Expose the CESRec tools (search_catalog, recommend, update_preferences, mask_outliers, item_details,
        explain_recommendation) to assistant products over MCP."""
        from cesrec.backend import BackendError
        from cesrec.mcp_server import run_mcp
        from cesrec.server import is_loopback, token_problem

        if transport not in ("stdio", "http"):
            _fail(f"unknown transport {transport!r}: use stdio or http")
        if transport == "http" and not is_loopback(host) and not token:
            _fail(f"refusing to bind {host} without a bearer token: set CESREC_API_TOKEN or pass --token")
        if transport == "http" and token is not None and (problem := token_problem(token)):
            _fail(problem)
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
        from cesrec.bench_serve import main as bench_main

        argv = ["--sessions", str(sessions), "--turns", str(turns), "--llm", llm, "--out", str(out)]
        if epochs is not None:
            argv += ["--epochs", str(epochs)]
        sys.exit(bench_main(argv))


def register_sessions(app: typer.Typer) -> None:
    """`cesrec sessions list|export|delete`: the persisted sessions (agent checkpoints) of a state directory."""
    sessions_app = typer.Typer(help="List, export and delete persisted sessions (CESREC_HOME or --state-dir).",
                               no_args_is_help=True)
    app.add_typer(sessions_app, name="sessions")

    state_opt = typer.Option(None, help="Directory holding sessions.sqlite (default CESREC_HOME).")
    dsn_opt = typer.Option(None, envvar="CESREC_POSTGRES_DSN", help="Sessions in Postgres instead of SQLite.")

    _register_session_reads(sessions_app, state_opt, dsn_opt)
    _register_session_files(sessions_app, state_opt, dsn_opt)


def _register_session_reads(sessions_app: typer.Typer, state_opt: Any, dsn_opt: Any) -> None:
    """`cesrec sessions list | export | check`."""
    @sessions_app.command("list")
    def list_(state_dir: Path = state_opt, postgres_dsn: str = dsn_opt,
              as_json: bool = typer.Option(False, "--json", help="One JSON document instead of a table.")) -> None:
        """Every session: id, user, turn, messages, checkpoints kept, last write."""
        import json

        from cesrec.agent.retention import list_sessions

        rows = list_sessions(_saver(state_dir, postgres_dsn))
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        typer.echo(f"{'session_id':<36} {'user':>6} {'turn':>5} {'msgs':>5} {'ckpts':>5}  updated_at")
        for r in rows:
            sid = r["session_id"] if len(r["session_id"]) <= 36 else r["session_id"][:33] + "..."
            typer.echo(f"{sid:<36} {str(r['user_id']):>6} {str(r['turn']):>5} {r['messages']:>5} "
                       f"{str(r['checkpoints']):>5}  {r['updated_at'] or ''}")
        typer.echo(f"{len(rows)} session(s)", err=True)

    @sessions_app.command("export")
    def export(session_id: str = typer.Argument(..., help="The session id."), state_dir: Path = state_opt,
               postgres_dsn: str = dsn_opt,
               out: Path = typer.Option(None, help="Write the JSON here instead of stdout.")) -> None:
        """The session's latest state (CESRec state, preferences, message log) as JSON."""
        import json

        from cesrec.agent.retention import export_session

        saver = _saver(state_dir, postgres_dsn)
        data = export_session(saver, session_id)
        if data is None:
            _fail(f"no session {session_id!r} in this state directory")
        if not postgres_dsn:  # messages of older turns, kept outside the checkpoint
            from cesrec.agent import checkpoint_transcript

            with saver.lock:
                data["transcript"] = [{"kind": k, "text": t} for k, t in checkpoint_transcript.read(saver.conn, session_id)]
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if out:
            out.write_text(text + "\n")
            typer.echo(f"wrote {out}", err=True)
        else:
            typer.echo(text)

    @sessions_app.command("check")
    def check(state_dir: Path = state_opt) -> None:
        """Quick integrity check of the session files (sessions.sqlite, server_sessions.sqlite) and that the
        server's registry lists no session the checkpoint store lacks. Exit 1 on a problem."""
        from cesrec.server.registry import state_dir_problems

        home = _state_home(state_dir)
        problems = state_dir_problems(home)
        for p in problems:
            typer.secho(f"error: {p}", fg="red", err=True)
        if problems:
            raise typer.Exit(1)
        typer.echo(f"ok: the session files in {home} pass the integrity check")


def _register_session_files(sessions_app: typer.Typer, state_opt: Any, dsn_opt: Any) -> None:
    """`cesrec sessions backup | restore | delete`."""
    @sessions_app.command("backup")
    def backup(out: Path = typer.Option(..., "--out", help="Directory to write the copies to."),
               state_dir: Path = state_opt) -> None:
        """Consistent copies of the session files (SQLite's online backup API: safe while servers run)."""
        from cesrec.agent.checkpoint_health import backup_sqlite

        home = _state_home(state_dir)
        names = [n for n in ("sessions.sqlite", "server_sessions.sqlite") if (home / n).exists()]
        if not names:
            _fail(f"no session files in {home} (pass --state-dir, or set CESREC_HOME); sessions are created by "
                  "`cesrec chat`, `cesrec serve` or `cesrec mcp`")
        for n in names:
            backup_sqlite(home / n, out / n)
        typer.echo(f"backed up {', '.join(names)} to {out}")

    @sessions_app.command("restore")
    def restore(backup_dir: Path = typer.Argument(..., help="A directory written by `cesrec sessions backup`."),
                state_dir: Path = state_opt, yes: bool = typer.Option(False, "--yes", help="Do not ask.")) -> None:
        """Put a backup's session files in place (stop every server and MCP process on the directory
        first). The files replaced are kept next to them as `<name>.replaced-<time>`."""
        from cesrec.agent.checkpoint_health import DamagedStateError, restore_sqlite

        home = _state_home(state_dir)
        names = [n for n in ("sessions.sqlite", "server_sessions.sqlite") if (backup_dir / n).exists()]
        if not names:
            _fail(f"no session files in {backup_dir} (a directory written by `cesrec sessions backup --out DIR`)")
        if not yes and not typer.confirm(f"replace {', '.join(names)} in {home} (servers stopped)?"):
            raise typer.Exit(1)
        for n in names:
            try:
                kept = restore_sqlite(backup_dir / n, home / n)
            except DamagedStateError as e:
                _fail(str(e))
            typer.echo(f"restored {home / n}" + (f" (the old file is {kept})" if kept else ""))

    @sessions_app.command("delete")
    def delete(session_id: str = typer.Argument(..., help="The session id."), state_dir: Path = state_opt,
               postgres_dsn: str = dsn_opt, yes: bool = typer.Option(False, "--yes", help="Do not ask.")) -> None:
        """Delete a session everywhere (checkpoints, the HTTP server's registry, its lock file). Waits for
        a write in progress on it to end."""
        from cesrec.agent.locks import SessionBusy, SessionLocks
        from cesrec.agent.retention import delete_session

        saver = _saver(state_dir, postgres_dsn)
        if not yes and not typer.confirm(f"delete session {session_id}?"):
            raise typer.Exit(1)
        home = _state_home(state_dir)
        locks = (SessionLocks(postgres_dsn=postgres_dsn, timeout_s=30) if postgres_dsn
                 else SessionLocks.for_sqlite(home / "sessions.sqlite", timeout_s=30))
        try:
            with locks.hold(session_id):
                found = delete_session(saver, session_id)
                found = _delete_registered(home, postgres_dsn, session_id) or found
                if not postgres_dsn:
                    from cesrec.agent import checkpoint_transcript

                    with saver.lock:
                        found = checkpoint_transcript.delete(saver.conn, session_id) > 0 or found
        except SessionBusy as e:
            _fail(str(e))
        if not found:
            _fail(f"no session {session_id!r} in this state directory")
        lock_file = locks.lock_file(session_id)
        if lock_file is not None:
            lock_file.unlink(missing_ok=True)
        typer.echo(f"deleted session {session_id}")


def _state_home(state_dir: Path | None) -> Path:
    from cesrec.recmodel.data import cesrec_home

    return Path(state_dir).expanduser() if state_dir else cesrec_home()


def _saver(state_dir: Path | None, postgres_dsn: str | None):
    from cesrec.agent.checkpoint import make_checkpointer

    if postgres_dsn:
        try:
            return make_checkpointer("postgres", dsn=postgres_dsn)
        except (ConnectionError, ImportError) as e:
            _fail(str(e))
    path = _state_home(state_dir) / "sessions.sqlite"
    if not path.exists():
        _fail(f"no sessions database at {path} (pass --state-dir, or set CESREC_HOME); sessions are created by "
              "`cesrec chat`, `cesrec serve` or `cesrec mcp`")
    return make_checkpointer("sqlite", path=path)


def _delete_registered(home: Path, postgres_dsn: str | None, session_id: str) -> bool:
    """Remove the id from the HTTP server's registry, if that registry exists; True if it was there."""
    from cesrec.server import PostgresSessionRegistry, SessionRegistry

    if postgres_dsn:
        reg: SessionRegistry = PostgresSessionRegistry(postgres_dsn)
    else:
        path = home / "server_sessions.sqlite"
        if not path.exists():
            return False
        reg = SessionRegistry(path)
    try:
        there = reg.get(session_id) is not None
        reg.delete(session_id)
        return there
    finally:
        reg.close()


def _backend_or_exit(**kw):
    from cesrec.backend import BackendError, build_backend

    try:
        return build_backend(**kw)
    except BackendError as e:
        _fail(str(e))
