"""Commands of this area (filled in by its owner)."""

import typer


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    pass
