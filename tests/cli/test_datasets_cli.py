"""One dataset registry: a user's own CSV catalogue goes through prepare -> train -> evaluate -> eval -> chat
by name; unknown names fail in one line; caches are keyed by content; `data list` / `data clean`.

The data is generated here (a few dozen users and films with "Title (1999)" titles and `|` genres), so the
whole file runs in seconds of training and needs nothing from ../shared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from cesrec.recmodel.data import DataError
from cesrec.recmodel.datasets import load_registry, open_dataset
from typer.testing import CliRunner

GENRES = ["Comedy", "Drama", "Horror", "Sci-Fi", "Romance", "Western"]
NAME = "tinyfilms"


def write_tiny(d: Path, users: int = 36, items: int = 30, length: int = 9, seed: int = 0,
               drop_last: bool = False) -> tuple[Path, Path]:
    """Interactions (own column names: uid, movieId, ts, stars) and items (movieId, title "X (1999)",
    genres "A|B"). Users walk the catalogue in steps of +1: a learnable sequential pattern."""
    rng = np.random.default_rng(seed)
    d.mkdir(parents=True, exist_ok=True)
    rows = ["uid,movieId,ts,stars"]
    for u in range(users):
        start = int(rng.integers(0, items))
        n = length - 1 if drop_last and u == 0 else length
        for k in range(n):
            rows.append(f"u{u},{(start + k) % items + 100},{1000 + k},{1 + (u + k) % 5}")
    inter = d / "ratings.csv"
    inter.write_text("\n".join(rows) + "\n")
    lines = ["movieId,title,genres"]
    for i in range(items):
        g = "|".join(sorted({GENRES[i % 6], GENRES[(i * 7 + 2) % 6]}))
        title = f'"Film {i}, The ({1960 + i})"' if i % 5 == 0 else f"Film {i} ({1960 + i})"
        lines.append(f"{i + 100},{title},{g}")
    items_csv = d / "movies.csv"
    items_csv.write_text("\n".join(lines) + "\n")
    return inter, items_csv


@pytest.fixture()
def home(tmp_path, monkeypatch):
    """A CESREC_HOME of its own (the registry, prepared data, runs and engines of this test only)."""
    import torch

    h = tmp_path / "home"
    monkeypatch.setenv("CESREC_HOME", str(h))
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny models on a shared box
    yield h
    torch.set_num_threads(before)


def cli(*args: str, input: str | None = None):
    from cesrec.cli import app

    res = CliRunner().invoke(app, list(args), input=input)
    if res.exit_code != 0:
        raise AssertionError(f"cesrec {' '.join(args)} -> {res.exit_code}\n{res.output}\n{res.exception!r}")
    return res


def prepare(inter: Path, items: Path, name: str = NAME):
    return cli("data", "prepare", "--dataset", name, "--interactions", str(inter), "--items", str(items),
               "--user-col", "uid", "--item-col", "movieId", "--time-col", "ts")


@pytest.mark.timeout(900)
def test_own_csv_by_name_through_every_command(home, tmp_path):
    inter, items = write_tiny(tmp_path / "data")
    prepare(inter, items)
    entry = load_registry()[NAME]
    ds = open_dataset(NAME)
    assert ds.manifest["content_key"] == entry["content_key"] and ds.num_users == 36 and ds.num_items == 30
    c = ds.catalog
    i = c.internal_id("100")
    assert (c.titles[i], c.years[i]) == ("The Film 0", 1960)  # year from the title, article moved back
    assert c.genres[c.internal_id("101")] == ["Drama", "Sci-Fi"]  # split on |

    # train (1 epoch) and evaluate by name
    run = tmp_path / "run"
    cli("train", "--dataset", NAME, "--model", "sasrec", "--epochs", "1", "--out", str(run))
    assert json.loads((run / "run.json").read_text())["data"]["content_key"] == entry["content_key"]
    res = cli("evaluate", "--run", str(run), "--stage", "test")
    assert json.loads(res.stdout)["dataset"] == NAME

    # protocol 1 on 2 users: the engine is built on this data, never on ml-100k
    out = tmp_path / "eval"
    cli("eval", "--dataset", NAME, "--users", "2", "--seeds", "1", "--epochs", "1", "--backbones", "sasrec",
        "--channels", "structured", "--systems", "srs_only,attribute_filter,cesrec", "--out", str(out),
        "--no-progress")
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["config"]["dataset"] == NAME
    assert metrics["data"]["content_key"] == entry["content_key"] and metrics["data"]["users"] == 36
    assert metrics["backbones"]["sasrec"]["users"] == 2
    assert len(metrics["backbones"]["sasrec"]["channels"]["structured"]["cesrec"]["turns"]) == 4  # turns 0..3
    engines = sorted(p.name for p in (home / "engines").iterdir())
    assert len(engines) == 1 and engines[0].startswith(f"{NAME}-sasrec-")
    assert json.loads((home / "engines" / engines[0] / "engine.json").read_text())["content_key"] == \
        entry["content_key"]
    assert not list((home / "prepared").glob("ml-100k-*")), "ml-100k must not be touched"

    # chat by name with the scripted test policy (no LLM): same engine, the user's films
    res = cli("chat", "--dataset", NAME, "--user", "u3", "--llm", "scripted", "--epochs", "1",
              "--sessions", str(tmp_path / "s.sqlite"), input="I want comedies\n/quit\n")
    assert "Film" in res.output and "CESRec chat" in res.output
    assert sorted(p.name for p in (home / "engines").iterdir()) == engines  # reused, not rebuilt elsewhere

    # data list shows the dataset and its caches; data clean removes them and says what it removed
    listing = json.loads(cli("data", "list", "--json").stdout)
    mine = next(r for r in listing if r["name"] == NAME)
    kinds = sorted(x["kind"] for x in mine["caches"])
    assert kinds == ["engine", "prepared", "run"] and all(x["current"] for x in mine["caches"])
    assert mine["bytes"] > 0
    builtin = next(r for r in listing if r["name"] == "ml-100k")  # its key is the content it has here and now
    assert builtin["builtin"] and builtin["content_key"] == open_dataset("ml-100k").manifest["content_key"]
    assert NAME in cli("data", "list").stdout
    res = cli("data", "clean", "--dataset", NAME)
    removed = [line for line in res.stdout.splitlines() if line.startswith("removed ")]
    assert len(removed) == 3 and "3 cache entries of tinyfilms removed" in res.stdout
    assert not any(list((home / sub).glob(f"{NAME}-*")) for sub in ("prepared", "runs", "engines"))
    # the registration survives: the next open prepares the same content again from the recorded files
    assert open_dataset(NAME).manifest["content_key"] == entry["content_key"]
    res = cli("data", "clean", "--all")
    assert "registry removed" in res.stdout and not (home / "datasets.json").exists()


def test_unknown_name_is_one_line_listing_known(home, tmp_path):
    inter, items = write_tiny(tmp_path / "data")
    prepare(inter, items)
    with pytest.raises(DataError, match=r"unknown dataset 'mydata'; known datasets: ml-100k, tinyfilms"):
        open_dataset("mydata")
    # through the real CLI: exit 2, one line, nothing trained or prepared for ml-100k behind the user's back
    env = {**os.environ, "CESREC_HOME": str(home)}
    r = subprocess.run([sys.executable, "-m", "cesrec.cli", "eval", "--dataset", "mydata", "--users", "2",
                        "--out", str(tmp_path / "x")], capture_output=True, text=True, env=env, timeout=300,
                       cwd=Path(__file__).resolve().parents[2])
    assert r.returncode == 2, r.stderr
    err = r.stderr.strip()
    assert "\n" not in err and "unknown dataset 'mydata'" in err and "ml-100k, tinyfilms" in err, err
    assert not (tmp_path / "x" / "metrics.json").exists()
    assert not (home / "runs").exists() and not (home / "engines").exists()


def test_same_name_new_content_never_shares_a_run_or_engine(home, tmp_path):
    from cesrec.recmodel.runs import resolve_run, train_or_load
    from cesrec.tools.engine import CESRecEngine

    inter, items = write_tiny(tmp_path / "v1")
    prepare(inter, items)
    v1 = open_dataset(NAME)
    run1, _ = resolve_run(v1, "sasrec", epochs=1)
    train_or_load(v1, "sasrec", epochs=1, progress=False)
    assert (run1 / "run.json").exists()

    inter2, items2 = write_tiny(tmp_path / "v2", drop_last=True)  # one interaction fewer
    prepare(inter2, items2)
    v2 = open_dataset(NAME)
    assert v2.manifest["content_key"] != v1.manifest["content_key"]
    run2, _ = resolve_run(v2, "sasrec", epochs=1)
    assert run2 != run1 and run2.name.startswith(f"{NAME}-sasrec-")
    # the engine for the new version finds no run: v1's model is never loaded for v2
    with pytest.raises(FileNotFoundError):
        CESRecEngine.load(NAME, "sasrec", epochs=1)
    # same content under two names, same settings -> a run each (the name is part of the directory)
    prepare(inter2, items2, name="tinyfilms2")
    other, _ = resolve_run(open_dataset("tinyfilms2"), "sasrec", epochs=1)
    assert other.name.startswith("tinyfilms2-sasrec-")
    # the listing marks v1's run stale
    from cesrec.recmodel.cache import dataset_summary

    mine = next(r for r in dataset_summary() if r["name"] == NAME)
    runs = [x for x in mine["caches"] if x["kind"] == "run"]
    assert [x["current"] for x in runs] == [False]
    # --stale removes exactly that old version (its prepared data and run), not the current one
    res = cli("data", "clean", "--stale")
    removed = sorted(line.split()[1] for line in res.stdout.splitlines() if line.startswith("removed "))
    assert removed == ["prepared", "run"] and not run1.exists()
    assert open_dataset(NAME).manifest["content_key"] == v2.manifest["content_key"]


def test_parsing_options(home, tmp_path):
    """Genres as JSONL lists, a year column beating the title, explicit ratings thresholded."""
    from cesrec.recmodel.prepare import prepare_dataset

    inter, _ = write_tiny(tmp_path / "d")
    items = tmp_path / "d" / "items.jsonl"
    items.write_text("\n".join(json.dumps({"movieId": i + 100, "title": f"Film {i} (1990)", "year": 2000 + i,
                                           "genres": ["Drama", "Sci-Fi"], "director": "Ann Lee"})
                               for i in range(30)) + "\n")
    ds = prepare_dataset("j", interactions=inter, items=items, user_col="uid", time_col="ts",
                         cache_dir=tmp_path / "c")
    i = ds.catalog.internal_id("105")
    assert ds.catalog.genres[i] == ["Drama", "Sci-Fi"] and ds.catalog.years[i] == 2005
    assert ds.catalog.titles[i] == "Film 5" and ds.catalog.directors[i] == ["Ann Lee"]
    full = ds.manifest["interactions"]
    kept = prepare_dataset("j", interactions=inter, items=items, user_col="uid", time_col="ts",
                           rating_col="stars", min_rating=4, cache_dir=tmp_path / "c")
    assert 0 < kept.manifest["interactions"] < full
    with pytest.raises(DataError, match=r"ratings\.csv: --min-rating needs a rating column"):
        prepare_dataset("j", interactions=inter, user_col="uid", time_col="ts", min_rating=4,
                        cache_dir=tmp_path / "c")
    with pytest.raises(DataError, match=r"ratings\.csv: no column 'user' \(--user-col\)"):
        prepare_dataset("j", interactions=inter, user_col="user", cache_dir=tmp_path / "c")
