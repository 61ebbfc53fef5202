"""`cesrec` command line. Each area registers its own commands (cesrec/commands/*.py)."""

from __future__ import annotations

import sys

import typer

from cesrec.commands.errors import CliGroup

app = typer.Typer(
    name="cesrec",
    cls=CliGroup,  # a missing artefact or setup problem: one line naming the fixing command, exit 2
    help="Conversational + sequential recommender (CESRec): data, training, chat, evaluation, serving.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
bench_app = typer.Typer(help="Benchmarks that write JSON to evals/results/.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


def _register() -> None:
    from cesrec import demo
    from cesrec.commands import agent_cmds, core_cmds, eval_cmds, metadata_cmds, serve_cmds, srs_cmds

    for mod in (srs_cmds, metadata_cmds, core_cmds, agent_cmds, eval_cmds, demo, serve_cmds):
        mod.register(app, bench_app)


_register()


def main() -> None:
    """Entry point: user mistakes end in one clear line, not a traceback (cesrec.commands.errors.CliGroup)."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
