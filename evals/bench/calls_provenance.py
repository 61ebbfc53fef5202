"""Provenance of the recorded-call files in evals/results/ (the orchestrator's first calls `*_llm_calls*.jsonl` and
the stance judge's calls `*_judge_calls*.jsonl`), written into the files themselves.

Since 5581a6f the benchmark writes the command into a file it records (`_meta`). Files recorded before that say
nothing about where they came from. Their provenance is in the results files: every `bench_understanding*.json`
names its command, and that command names the call files it read (`--calls-in`), recorded (`--calls-out`) or
replayed and extended (`--judge-calls`). This command copies that into each call file: the LLM-call file's
`_meta` row gains `named_by`, a judge-call file gets a first `{"_meta": {"named_by": [...]}}` row (replay skips
`_meta` rows). Nothing else in a file changes.

    python -m cesrec.evals.bench.calls_provenance            # write what is missing
    python -m cesrec.evals.bench.calls_provenance --check    # exit 1 naming every call file without provenance
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "results"
FLAGS = ("--calls-in", "--calls-out", "--judge-calls")
STAMPED_BY = "python -m cesrec.evals.bench.calls_provenance"


def call_files(results: Path = RESULTS) -> list[Path]:
    return sorted(p for p in results.glob("*.jsonl") if "_calls" in p.name)


def named_by(results: Path = RESULTS) -> dict[str, list[dict]]:
    """call file name -> [{"results", "flag", "command", "git_commit", "date"}] over the results files whose
    command names it."""
    out: dict[str, list[dict]] = {}
    for res in sorted(results.glob("bench_understanding*.json")):
        d = json.loads(res.read_text())
        args = shlex.split(d.get("command") or "")
        for flag, value in zip(args, args[1:], strict=False):
            if flag in FLAGS:
                out.setdefault(Path(value).name, []).append(
                    {"results": res.name, "flag": flag, "command": d["command"], "git_commit": d.get("git_commit"),
                     "date": d.get("date")})
    return out


def has_provenance(path: Path) -> bool:
    """The file names a command: its own (`_meta.command`, `_meta.llm_meta.command`) or the results naming it."""
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        meta = r.get("_meta") if "_meta" in r else r if r.get("id") == "_meta" else None
        if meta is not None and (meta.get("command") or (meta.get("llm_meta") or {}).get("command")
                                 or meta.get("named_by")):
            return True
    return False


def stamp(path: Path, names: list[dict]) -> None:
    lines = path.read_text().splitlines()
    record = {"named_by": names, "stamped_by": STAMPED_BY}
    first = json.loads(lines[0]) if lines else {}
    if first.get("id") == "_meta":  # the orchestrator-call file's own meta row
        lines[0] = json.dumps({**first, **record}, ensure_ascii=False)
    else:
        lines.insert(0, json.dumps({"_meta": record}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only report call files without provenance (exit 1)")
    ap.add_argument("--results", type=Path, default=RESULTS)
    a = ap.parse_args(argv)
    names = named_by(a.results)
    missing = [p for p in call_files(a.results) if not has_provenance(p)]
    if a.check:
        for p in missing:
            print(f"{p.name}: no command inside and not stamped ({STAMPED_BY})", file=sys.stderr)
        return 1 if missing else 0
    for p in missing:
        if p.name not in names:
            print(f"{p.name}: no results file's command names it; left unchanged", file=sys.stderr)
            continue
        stamp(p, names[p.name])
        print(f"{p.name}: named by {', '.join(n['results'] for n in names[p.name])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
