"""Commands of the CESRec core area: `cesrec index build`, `cesrec bench turn`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

console = Console(stderr=True)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    index_app = typer.Typer(help="The CESRec engine: semantic index (chromadb), alignment adapter.",
                            no_args_is_help=True)
    app.add_typer(index_app, name="index")

    @index_app.command("build")
    def index_build(
        dataset: Annotated[str, typer.Option(help="Dataset: ml-100k or a name registered with `cesrec data prepare`.")] = "ml-100k",
        backbone: Annotated[str, typer.Option(help="SRS backbone: sasrec | gru4rec | ease.")] = "sasrec",
        source: Annotated[str | None, typer.Option(help="recbole-wheel | grouplens | DIR (default: ../shared if present).")] = None,
        item_extra: Annotated[Path | None, typer.Option(help="Item metadata JSONL keyed by item_id.")] = None,
        epochs: Annotated[int | None, typer.Option(help="Override training epochs (default: recmodel's).")] = None,
        embedding_model: Annotated[str | None, typer.Option(help="sentence-transformers model path/name (default: packaged all-MiniLM-L6-v2).")] = None,
    ) -> None:
        """Train/load the SRS, embed the catalogue into chromadb, fit the alignment adapter (all cached)."""
        from cesrec.tools.engine import CESRecEngine

        eng = CESRecEngine.build(dataset, backbone, source=source, item_extra=item_extra, epochs=epochs,
                                 embedding_model=embedding_model, progress=True)
        rep = eng.alignment_report
        console.print(f"engine ready in {eng.directory}")
        console.print(f"chromadb collection {eng.semantic.collection_name!r}: {eng.semantic.collection.count()} items")
        for loss in ("mse", "infonce"):
            console.print(f"alignment {loss:8s} held-out: {json.dumps(rep[loss]['heldout'])}")
        console.print(f"kept: {rep['chosen']} ({rep.get('selected_by')})")

    @bench_app.command("turn")
    def bench_turn(
        dataset: Annotated[str, typer.Option(help="Dataset: ml-100k or a name registered with `cesrec data prepare`.")] = "ml-100k",
        backbone: Annotated[str, typer.Option(help="SRS backbone.")] = "sasrec",
        out: Annotated[Path, typer.Option(help="JSON output.")] = Path("evals/results/bench_turn.json"),
        users: Annotated[int | None, typer.Option(help="Limit to the first N test users (default: all).")] = None,
        epochs: Annotated[int | None, typer.Option(help="Override training epochs.")] = None,
        checks: Annotated[bool, typer.Option(help="Also run the planted-outlier and validation traps checks.")] = True,
    ) -> None:
        """Time one full turn (parse + mask + construct + SRS re-rank) for every test user; write JSON."""
        from cesrec.evals.bench.turn import run

        r = run(dataset, backbone, out=out, users=users, epochs=epochs, checks=checks)
        console.print(f"{r['users']} users: turn p50 {r['turn_p50_ms']} ms, p95 {r['turn_p95_ms']} ms -> {out}")
