"""Renders every results section of README.md (the front door: the headline table and the chat example) and of
docs/results.md (every measured result) from the files in evals/results/ (no figure is typed by hand). Each
section sits between markers

    <!-- results:NAME begin (rendered by python -m cesrec.evals.readme.tables; do not edit) -->
    ...
    <!-- results:NAME end -->

    python -m cesrec.evals.readme.tables            # rewrite the sections in README.md and docs/results.md
    python -m cesrec.evals.readme.tables --check    # exit 1 naming the first section that is not up to date

A results file or field a section needs that is missing is an error naming the file and the field (exit 2);
then nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import (
    agent,
    evidence,
    headline,
    open_feedback,
    pipeline,
    requests,
    scale,
    serve,
    srs,
    turn,
    understanding,
)
from .common import ResultsError

README = "README.md"
RESULTS_DOC = "docs/results.md"
DOCS = (README, RESULTS_DOC)

# Order within each file; each renders its section (heading included, if any) from evals/results/ under the root
SECTIONS: dict[str, Callable[[Path], str]] = {
    "chat": headline.render_chat,
    "headline": headline.render,
    "evidence": evidence.render,
    "stance": understanding.render_front,
    "recipe": srs.render_front,
    "intro": srs.render_intro,
    "srs": srs.render,
    "turn": turn.render,
    "scale": scale.render,
    "serve": serve.render,
    "agent": agent.render,
    "understanding": understanding.render,
    "requests": requests.render,
    "open": open_feedback.render,
    "pipeline": pipeline.render,
}
# the file each section lives in: the README keeps the front door, docs/results.md everything measured
FILES: dict[str, str] = {name: README if name in ("chat", "headline", "evidence", "stance", "recipe") else RESULTS_DOC for name in SECTIONS}


def begin(name: str) -> str:
    return f"<!-- results:{name} begin (rendered by python -m cesrec.evals.readme.tables; do not edit) -->"


def end(name: str) -> str:
    return f"<!-- results:{name} end -->"


def span(text: str, name: str, file: str = README) -> tuple[int, int]:
    """Start and end offsets of the section's body (between the marker lines) in the file's text."""
    b, e = text.find(begin(name)), text.find(end(name))
    if b < 0 or e < b:
        raise ResultsError(f"{file}: markers of section '{name}' not found (expected '{begin(name)}' ... '{end(name)}')")
    return b + len(begin(name)) + 1, e


def render_all(root: Path) -> dict[str, str]:
    return {name: fn(Path(root)).strip("\n") + "\n" for name, fn in SECTIONS.items()}


def in_file(bodies: dict[str, str], file: str) -> dict[str, str]:
    """The rendered sections that live in this file."""
    return {name: body for name, body in bodies.items() if FILES[name] == file}


def rewrite(text: str, bodies: dict[str, str], file: str = README) -> str:
    for name, body in bodies.items():
        a, b = span(text, name, file)
        text = text[:a] + body + text[b:]
    return text


def stale_sections(text: str, bodies: dict[str, str], file: str = README) -> list[str]:
    out = []
    for name, body in bodies.items():
        a, b = span(text, name, file)
        if text[a:b] != body:
            out.append(name)
    return out


def _read(root: Path, file: str) -> str:
    try:
        return (root / file).read_text()
    except FileNotFoundError:
        raise ResultsError(f"{file}: file not found") from None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if README.md or docs/results.md is not up to date")
    ap.add_argument("--root", default=".", help="repository root (README.md, docs/ and evals/results/)")
    a = ap.parse_args(argv)
    root = Path(a.root)
    try:
        texts = {f: _read(root, f) for f in DOCS}
        bodies = render_all(root)
        if a.check:
            for f in DOCS:
                stale = stale_sections(texts[f], in_file(bodies, f), f)
                if stale:
                    print(f"{f} section '{stale[0]}' differs from evals/results/ "
                          f"(stale: {', '.join(stale)}); run python -m cesrec.evals.readme.tables", file=sys.stderr)
                    return 1
            print(f"{', '.join(DOCS)}: {len(bodies)} results sections up to date")
            return 0
        # every file rendered before any is written: an error leaves both as they were
        new = {f: rewrite(texts[f], in_file(bodies, f), f) for f in DOCS}
    except ResultsError as e:
        print(f"readme_tables: {e}", file=sys.stderr)
        return 2
    changed = [f for f in DOCS if new[f] != texts[f]]
    for f in changed:
        (root / f).write_text(new[f])
    print(f"{', '.join(DOCS)}: {len(bodies)} results sections rendered "
          f"({'changed: ' + ', '.join(changed) if changed else 'unchanged'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
