"""The CLI's answer to a missing artefact or a setup problem: one line on stderr naming the command that
fixes it, exit status 2, no traceback (`CESREC_DEBUG=1` lets the traceback through).

`CliGroup` is the root command group of `cesrec` (cesrec/cli.py): every subcommand runs inside its
`invoke`, so the commands raise the library's own errors and this module turns them into CLI lines. The
classes are looked up in `sys.modules` (an error's module is loaded by whoever raised it), so the CLI's
start-up imports none of them.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click
import typer
from typer.core import TyperGroup

# (module, class) whose message is already the one line a user needs (it says what to run or set)
ONE_LINE_ERRORS = (
    ("cesrec.recmodel.data", "DataError"),  # unknown dataset, bad or missing data file (names `cesrec data ...`)
    ("cesrec.agent.model_files", "ModelFilesError"),  # embedded LLM parts not installed (names the pip command)
    ("cesrec.agent.stance_model", "StanceModelMissing"),  # the stance judge's model not trained (names the command)
    ("cesrec.agent.llm_config", "LLMConfigError"),
    ("cesrec.agent.llm_config", "LLMUnavailableError"),  # llama-cpp-python missing, endpoint down
    ("cesrec.tools.semantic", "SemanticIndexError"),  # sentence encoder package missing, chromadb unreadable
    ("cesrec.backend", "BackendError"),
    ("cesrec.agent.history", "HistoryError"),
    ("cesrec.agent.checkpoint_health", "DamagedStateError"),
    ("cesrec.agent.locks", "SessionBusy"),
)


def _is(e: BaseException, module: str, name: str) -> bool:
    cls = getattr(sys.modules.get(module), name, None)
    return isinstance(cls, type) and isinstance(e, cls)


def engine_hint(dataset: str | None, backbone: str | None, epochs: int | None = None) -> str:
    """The command that builds (trains on first use) the engine a command asked for."""
    cmd = f"cesrec index build --dataset {dataset or 'ml-100k'} --backbone {backbone or 'sasrec'}"
    return cmd + (f" --epochs {epochs}" if epochs is not None else "")


def problem_line(e: BaseException) -> str | None:
    """The one line for an error a user can fix (None: not one of those; its traceback stays)."""
    if _is(e, "cesrec.tools.engine_build", "EngineNotBuiltError"):
        variant = f" (the variant trained {e.epochs} epochs)" if e.epochs is not None else ""
        return (f"no {e.backbone or 'sasrec'} engine for dataset {e.dataset or 'ml-100k'}{variant} has been built "
                f"yet: build it with `{engine_hint(e.dataset, e.backbone, e.epochs)}`")
    if any(_is(e, m, n) for m, n in ONE_LINE_ERRORS):
        return " ".join(str(e).split()) or type(e).__name__
    if isinstance(e, FileNotFoundError):  # a file named on the command line, or one a command expects
        return f"{e.filename}: file not found" if e.filename else (" ".join(str(e).split()) or "file not found")
    return None


class CliGroup(TyperGroup):
    """The `cesrec` group: known user-facing errors of any subcommand end in one line and exit status 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:
            line = problem_line(e)
            if line is None or os.environ.get("CESREC_DEBUG"):
                raise
            typer.secho(f"error: {line}", fg="red", err=True)
            raise typer.Exit(2) from None
