"""Commands of the recommender area: `data prepare`, `train`, `evaluate`, `bench srs`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console(stderr=True)


def _fail(msg: str) -> typer.Exit:
    """One clear line on stderr, exit status 2 (same as the CLI's DataError handling)."""
    typer.secho(f"error: {msg}", fg="red", err=True)
    return typer.Exit(2)


def _parse_sets(values: list[str] | None) -> dict:
    """--set key=value pairs; values parsed as JSON when possible (numbers, true/false), else strings."""
    out: dict = {}
    for item in values or []:
        if "=" not in item:
            raise typer.BadParameter(f"--set expects key=value, got {item!r}")
        k, v = item.split("=", 1)
        try:
            out[k.strip()] = json.loads(v)
        except json.JSONDecodeError:
            out[k.strip()] = v
    return out


def _metrics_table(title: str, rows: dict[str, dict]) -> Table:
    t = Table(title=title)
    t.add_column("stage")
    keys = ["hr@5", "ndcg@5", "hr@10", "ndcg@10", "hr@20", "ndcg@20"]
    for k in keys:
        t.add_column(k, justify="right")
    for stage, m in rows.items():
        t.add_row(stage, *[f"{m[k]:.4f}" for k in keys])
    return t


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    data_app = typer.Typer(help="Datasets: obtain, validate and prepare (cached with a manifest).", no_args_is_help=True)
    app.add_typer(data_app, name="data")

    @data_app.command("prepare")
    def data_prepare(
        dataset: Annotated[str, typer.Option(help="Dataset name (ml-100k, or your own name with --interactions).")] = "ml-100k",
        source: Annotated[str | None, typer.Option(help="recbole-wheel | grouplens | DIR of atomic files (default: ../shared if present, else the RecBole wheel).")] = None,
        item_extra: Annotated[Path | None, typer.Option(help="Item metadata JSONL keyed by item_id.")] = None,
        interactions: Annotated[Path | None, typer.Option(help="Your interactions CSV/Parquet (user, item, timestamp).")] = None,
        items: Annotated[Path | None, typer.Option(help="Your items CSV/JSONL (item_id, title, ...).")] = None,
        max_seq_len: Annotated[int, typer.Option(help="Max sequence length seen by the models.")] = 50,
        k_core: Annotated[int, typer.Option(help="Keep users and items with at least k interactions (0 = off).")] = 0,
        min_rating: Annotated[float | None, typer.Option(help="Keep only ratings >= this (implicit feedback).")] = None,
        refresh: Annotated[bool, typer.Option(help="Rebuild even if cached.")] = False,
    ) -> None:
        """Prepare a dataset (leave-one-out ready) and print its manifest."""
        from recmodel.data import open_dataset, prepare_dataset

        kw = dict(max_seq_len=max_seq_len, k_core=k_core, min_rating=min_rating, refresh=refresh)
        if interactions is not None:
            ds = prepare_dataset(dataset, interactions=interactions, items=items, item_extra=item_extra, **kw)
        else:
            ds = open_dataset(dataset, source, item_extra=item_extra, **kw)
        typer.echo(json.dumps(ds.manifest, indent=2))

    @app.command("train")
    def train(
        out: Annotated[Path, typer.Option(help="Run directory (weights, model.json, run.json).")],
        dataset: Annotated[str, typer.Option(help="Dataset name.")] = "ml-100k",
        model: Annotated[str, typer.Option(help="sasrec | gru4rec | ease | pop")] = "sasrec",
        source: Annotated[str | None, typer.Option(help="Data source (see `cesrec data prepare`).")] = None,
        epochs: Annotated[int | None, typer.Option(help="Max epochs (early stopping on valid NDCG@10).")] = None,
        patience: Annotated[int | None, typer.Option(help="Evaluations without improvement before stopping.")] = None,
        batch_size: Annotated[int | None, typer.Option(help="Sequences per batch.")] = None,
        lr: Annotated[float | None, typer.Option(help="AdamW learning rate.")] = None,
        seed: Annotated[int | None, typer.Option(help="Random seed.")] = None,
        device: Annotated[str | None, typer.Option(help="auto | cpu | cuda | cuda:N")] = None,
        ddp: Annotated[bool, typer.Option(help="Distributed data parallel (launch with torchrun).")] = False,
        set_: Annotated[list[str] | None, typer.Option("--set", help="Extra model/train option key=value (e.g. --set hidden=128).")] = None,
    ) -> None:
        """Train a model with early stopping on validation NDCG@10 and save it to --out."""
        import torch.distributed as dist

        from recmodel.data import open_dataset
        from recmodel.metrics import evaluate
        from recmodel.train import fit_model, save_run

        ds = open_dataset(dataset, source)
        overrides = _parse_sets(set_)
        for k, v in dict(epochs=epochs, patience=patience, batch_size=batch_size, lr=lr, seed=seed).items():
            if v is not None:
                overrides[k] = v
        if ddp:
            overrides["ddp"] = True
        try:
            m, report, _, tcfg = fit_model(ds, model, device=device, **overrides)
        except ValueError as e:
            raise _fail(str(e)) from None
        rank0 = not (dist.is_available() and dist.is_initialized()) or dist.get_rank() == 0
        if rank0:
            save_run(m, out, ds, report, tcfg)
            val = evaluate(m, ds, "valid")
            console.print(_metrics_table(f"{model} on {ds.name} (best epoch {report.get('best_epoch')})", {"valid": val}))
            console.print(f"train_seconds (to best epoch): {report['train_seconds']:.1f}; saved to {out}")
        if dist.is_available() and dist.is_initialized():
            dist.destroy_process_group()

    @app.command("evaluate")
    def evaluate_cmd(
        run: Annotated[Path, typer.Option(help="Run directory written by `cesrec train`.")],
        json_out: Annotated[Path | None, typer.Option("--json", help="Write metrics JSON here.")] = None,
        stage: Annotated[str, typer.Option(help="valid | test | both")] = "both",
        source: Annotated[str | None, typer.Option(help="Data source if the run's prepared cache is gone.")] = None,
    ) -> None:
        """Full-ranking HR/NDCG@{5,10,20} (history excluded) of a saved run."""
        from recmodel.metrics import evaluate
        from recmodel.registry import load_model
        from recmodel.train import dataset_for_run

        if stage not in ("valid", "test", "both"):
            raise _fail(f"--stage must be valid, test or both, not {stage!r}")
        try:
            m = load_model(run)
        except (FileNotFoundError, ValueError) as e:
            raise _fail(str(e)) from None
        ds = dataset_for_run(run, source)
        stages = ["valid", "test"] if stage == "both" else [stage]
        res = {s: evaluate(m, ds, s) for s in stages}
        console.print(_metrics_table(f"{m.name} on {ds.name}", res))
        payload = {"run": str(run), "model": m.name, "dataset": ds.name, **res}
        if json_out:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(payload, indent=2))
        else:
            typer.echo(json.dumps(payload, indent=2))

    @bench_app.command(
        "srs", context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}
    )
    def bench_srs(ctx: typer.Context) -> None:
        """Quality + speed of sasrec/gru4rec/ease and the RecBole + RecTools peers -> evals/results/bench_srs.json
        (all options: `cesrec bench srs --help`)."""
        from evals.bench_srs import main as bench_main

        bench_main(list(ctx.args))
