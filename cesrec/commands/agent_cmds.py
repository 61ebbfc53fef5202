"""Commands of the agent area: `cesrec chat` and `cesrec bench agent`."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated

import typer


def _llm_config(llm: str | None, model: str | None, base_url: str | None, threads: int | None):
    from cesrec.agent.llm_config import LLMConfig, LLMConfigError

    try:
        return LLMConfig.from_env(provider=llm, model=model, base_url=base_url, n_threads=threads)
    except LLMConfigError as e:
        raise typer.BadParameter(str(e)) from None


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    @app.command("chat")
    def chat(
        user: Annotated[str, typer.Option(help="User id. A dataset user's history seeds the session; any other id "
                                          "is a new user whose history starts empty.")],
        history: Annotated[str | None, typer.Option(help="Starting history instead, oldest first: comma-separated "
                                                    "item ids and/or titles, e.g. \"50, Heat (1995), 181\" "
                                                    "(\"\" = none). Only when the session is created.")] = None,
        llm: Annotated[str | None, typer.Option(help="local (embedded llama.cpp, default) | openai (CESREC_LLM) | "
                                                "scripted (deterministic test policy, no LLM; labelled as such).")] = None,
        dataset: Annotated[str, typer.Option(help="Dataset (ml-100k or a name registered with `cesrec data prepare`).")] = "ml-100k",
        session: Annotated[str | None, typer.Option(help="Session id to resume (default: a new one).")] = None,
        model: Annotated[str | None, typer.Option(help="Model name for --llm openai (CESREC_OPENAI_MODEL).")] = None,
        base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint (OPENAI_BASE_URL).")] = None,
        threads: Annotated[int | None, typer.Option(help="CPU threads for the embedded LLM.")] = None,
        backbone: Annotated[str, typer.Option(help="Sequential recommender: sasrec | gru4rec | ease.")] = "sasrec",
        epochs: Annotated[int | None, typer.Option(help="Engine variant trained with this many epochs (default: the standard engine).")] = None,
        sessions: Annotated[Path | None, typer.Option(help="SQLite file of sessions (default CESREC_HOME/sessions.sqlite).")] = None,
        postgres_dsn: Annotated[str | None, typer.Option(envvar="CESREC_POSTGRES_DSN", help="Keep sessions in Postgres (needs the `postgres` extra).")] = None,
    ) -> None:
        """Chat with the recommender in the terminal (/history, /reset, /quit)."""
        from rich.console import Console

        from cesrec.agent.api import RecommenderAgent
        from cesrec.agent.chat import run_chat
        from cesrec.agent.llm_config import LLMUnavailableError
        from cesrec.agent.model_files import ModelFilesError
        from cesrec.tools.engine import load_engine

        scripted = (llm or "").strip().lower() == "scripted"
        cfg = None if scripted else _llm_config(llm, model, base_url, threads)
        Console(stderr=True).print(f"[dim]loading the {dataset}/{backbone} engine (built on first use)…[/]")
        engine = load_engine(dataset=dataset, backbone=backbone, epochs=epochs)
        chat_model = None
        if scripted:
            from cesrec.agent.llm_scripted import policy_chat_model

            chat_model = policy_chat_model()
        err = None
        try:
            agent = RecommenderAgent(engine=engine, llm=chat_model, llm_config=cfg,
                                     checkpointer="postgres" if postgres_dsn else "sqlite", postgres_dsn=postgres_dsn,
                                     sessions_path=str(sessions) if sessions else None)
        except (ModelFilesError, LLMUnavailableError, ConnectionError, ImportError) as e:
            err = e
        if err is not None:
            typer.secho(f"error: {err}", fg="red", err=True)
            raise typer.Exit(2)
        if reason := agent.validate_user(user):
            raise typer.BadParameter(reason, param_hint="--user")
        sid = session or f"cli-{user}-{uuid.uuid4().hex[:8]}"
        owner = agent.session_user(sid)
        if owner is not None and owner != str(user):
            raise typer.BadParameter(f"session {sid} belongs to user {owner}", param_hint="--session")
        from cesrec.agent.history import HistoryError, parse_history_text

        try:  # before the LLM loads: a typo in a title costs no wait
            ids = agent.resolve_history(None if history is None else parse_history_text(history))
            agent.new_session(sid, str(user), ids)
        except HistoryError as e:
            typer.secho(f"error: {e}", fg="red", err=True)
            raise typer.Exit(2) from None
        agent.warm_up()
        run_chat(agent, sid, str(user), history=ids)

    @bench_app.command("agent")
    def bench_agent(
        turns: Annotated[int, typer.Option(help="Number of user turns to time.")] = 20,
        threads: Annotated[int, typer.Option(help="CPU threads for the embedded LLM.")] = 2,
        backbone: Annotated[str, typer.Option(help="Sequential recommender backbone.")] = "sasrec",
        out: Annotated[Path, typer.Option(help="Result JSON.")] = Path("evals/results/bench_agent_turn.json"),
        transcript: Annotated[Path | None, typer.Option(help="Also write a Markdown transcript here.")] = Path(
            "evals/results/transcript_local_llm.md"),
    ) -> None:
        """Time user turns with the embedded LLM (p50 end to end, LLM/tool split, tool-call validity)."""
        from cesrec.evals.bench.agent import run_bench

        res = run_bench(turns=turns, threads=threads, backbone=backbone, out=out, transcript=transcript)
        typer.echo(f"turn p50 {res['turn_p50_s']:.2f} s, tool overhead p50 {res['tool_overhead_p50_ms']:.1f} ms, "
                   f"tool-call validity {res['tool_call_valid_rate']:.2f} -> {out}")
