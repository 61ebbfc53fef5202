"""Renders every subsection of README.md's "Measured results" from the files in evals/results/ (no figure
is typed by hand). Each section sits between markers

    <!-- results:NAME begin (rendered by python -m cesrec.evals.readme_tables; do not edit) -->
    ...
    <!-- results:NAME end -->

    python -m cesrec.evals.readme_tables            # rewrite the sections in README.md
    python -m cesrec.evals.readme_tables --check    # exit 1 naming the first section that is not up to date

A results file or field a section needs that is missing is an error naming the file and the field (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .readme import agent, open_feedback, pipeline, requests, scale, serve, srs, turn, understanding
from .readme.common import ResultsError

# README order; each renders its section (heading included) from evals/results/ under the given root
SECTIONS: dict[str, Callable[[Path], str]] = {
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


def begin(name: str) -> str:
    return f"<!-- results:{name} begin (rendered by python -m cesrec.evals.readme_tables; do not edit) -->"


def end(name: str) -> str:
    return f"<!-- results:{name} end -->"


def span(text: str, name: str) -> tuple[int, int]:
    """Start and end offsets of the section's body (between the marker lines) in the README text."""
    b, e = text.find(begin(name)), text.find(end(name))
    if b < 0 or e < b:
        raise ResultsError(f"README.md: markers of section '{name}' not found (expected '{begin(name)}' ... '{end(name)}')")
    return b + len(begin(name)) + 1, e


def render_all(root: Path) -> dict[str, str]:
    return {name: fn(Path(root)).strip("\n") + "\n" for name, fn in SECTIONS.items()}


def rewrite(text: str, bodies: dict[str, str]) -> str:
    for name, body in bodies.items():
        a, b = span(text, name)
        text = text[:a] + body + text[b:]
    return text


def stale_sections(text: str, bodies: dict[str, str]) -> list[str]:
    out = []
    for name, body in bodies.items():
        a, b = span(text, name)
        if text[a:b] != body:
            out.append(name)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if README.md is not up to date")
    ap.add_argument("--root", default=".", help="repository root (README.md and evals/results/)")
    a = ap.parse_args(argv)
    root = Path(a.root)
    readme = root / "README.md"
    try:
        text = readme.read_text()
        bodies = render_all(root)
        if a.check:
            stale = stale_sections(text, bodies)
            if stale:
                print(f"README.md section '{stale[0]}' differs from evals/results/ "
                      f"(stale: {', '.join(stale)}); run python -m cesrec.evals.readme_tables", file=sys.stderr)
                return 1
            print(f"README.md: {len(bodies)} results sections up to date")
            return 0
        new = rewrite(text, bodies)
    except ResultsError as e:
        print(f"readme_tables: {e}", file=sys.stderr)
        return 2
    if new != text:
        readme.write_text(new)
    print(f"README.md: {len(bodies)} results sections rendered ({'changed' if new != text else 'unchanged'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
