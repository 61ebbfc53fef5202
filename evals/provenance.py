"""Where a results file came from: the exact command and the git commit of the code that produced it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def git_commit() -> str:
    root = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=10)
        # results written by an earlier step of the same reproduce run are outputs, not code: not "dirty"
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no", "--",
                                ".", ":(exclude)evals/results"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    sha = out.stdout.strip() or "unknown"
    return sha + ("+dirty" if dirty else "")


def provenance(command: str = "") -> dict:
    return {"command": command or " ".join(["cesrec", *sys.argv[1:]]), "git_commit": git_commit()}
