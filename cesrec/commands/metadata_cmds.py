"""`cesrec data metadata`: build the ml-100k item metadata JSONL from the OMDB-derived ML-1M metadata."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    # the `data` group is created by srs_cmds; add to it rather than owning a second group
    data_app = next(g.typer_instance for g in app.registered_groups if g.name == "data")

    @data_app.command("metadata")
    def data_metadata(
        source: Annotated[Path | None, typer.Option(help="Folder with movies.dat and movies_extrainfos.dat (default: CESREC_ML1M_METADATA, ../shared/data/ml-1m-metadata, or an earlier download).")] = None,
        download: Annotated[bool, typer.Option(help="Download the two files from the MeLU repository at a pinned commit (sha256-checked).")] = False,
        ml100k: Annotated[Path | None, typer.Option(help="Folder with ml-100k.item (default: ../shared if present, else the RecBole wheel).")] = None,
        out: Annotated[Path | None, typer.Option(help="Output JSONL (default: CESREC_HOME/metadata/ml-100k.item_extra.jsonl, where the product looks).")] = None,
    ) -> None:
        """Build ml-100k item metadata (rated, director, writer, actors, plot) by title + year matching."""
        from cesrec.recmodel.data import DataError
        from cesrec.recmodel.metadata import (
            build_item_extra,
            built_item_extra_path,
            download_ml1m_metadata,
            ml1m_metadata_dir,
        )
        from cesrec.recmodel.sources import fetch_ml100k_from_recbole_wheel, shared_ml100k_dir

        if download:
            meta = download_ml1m_metadata(source)
        else:
            meta = source or ml1m_metadata_dir()
            if meta is None:
                raise DataError("no ML-1M metadata folder found: run `cesrec data metadata --download` (or pass "
                                "--source DIR holding movies.dat and movies_extrainfos.dat)")
        items_dir = ml100k or shared_ml100k_dir() or fetch_ml100k_from_recbole_wheel()
        stats = build_item_extra(items_dir, meta, out or built_item_extra_path())
        typer.echo(json.dumps({**stats, "unmatched": len(stats["unmatched"]), "metadata": str(meta)}, indent=2))
