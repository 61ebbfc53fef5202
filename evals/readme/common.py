"""What every README section renderer shares: reading a results file so that a missing field is an error
naming the file and the field, and the few number formats the README uses."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

RESULTS = Path("evals/results")

# evals/ was regrouped by job (issue 24) and the serving benchmark moved beside the servers. A results file
# records the module its command ran at its own commit (valid there, see its git_commit); the docs show
# today's name of the same module, so a reader can copy the command.
MOVED = {
    "protocol_types": "evals.protocol.types", "systems": "evals.protocol.systems",
    "baselines": "evals.protocol.baselines", "open_baselines": "evals.protocol.open_baselines",
    "cesrec_systems": "evals.protocol.cesrec_systems", "channels": "evals.protocol.channels",
    "protocols": "evals.protocol.pipeline", "open_eval": "evals.protocol.open_eval",
    "agent_protocol": "evals.protocol.agent", "report": "evals.protocol.report", "stats": "evals.protocol.stats",
    "bench_agent": "evals.bench.agent", "bench_alignment": "evals.bench.alignment",
    "bench_requests": "evals.bench.requests", "request_baselines": "evals.bench.request_baselines",
    "bench_scale": "evals.bench.scale", "bench_srs": "evals.bench.srs", "synthetic": "evals.bench.synthetic",
    "bench_turn": "evals.bench.turn", "understanding": "evals.bench.understanding",
    "check_named_films": "evals.bench.check_named_films",
    "description_difficulty": "evals.bench.description_difficulty",
    "diagnose_masking": "evals.bench.diagnose_masking", "tune_fusion": "evals.tuning.fusion",
    "tune_requests": "evals.tuning.requests", "tune_srs": "evals.tuning.srs",
    "readme_tables": "evals.readme.tables", "open_readme": "evals.readme.tables", "bench_serve": "bench_serve",
}
_OLD_MODULE = re.compile(r"python -m (?:cesrec\.)?evals\.(\w+)")


def current_command(cmd: str) -> str:
    """A recorded `python -m ...evals.<module>` command with today's module name (see MOVED)."""
    return _OLD_MODULE.sub(lambda m: f"python -m cesrec.{MOVED.get(m.group(1), 'evals.' + m.group(1))}", cmd)


class ResultsError(RuntimeError):
    """A results file, or a field of one, that a README section needs is not there."""


class J:
    """Read-only view of parsed JSON; a missing key or index raises ResultsError with the file and the path."""

    def __init__(self, data, file: str, path: str = ""):
        self._d, self._file, self._path = data, file, path

    def _wrap(self, v, key):
        if key == "command" and isinstance(v, str):
            return current_command(v)
        path = f"{self._path}.{key}" if self._path else str(key)
        return J(v, self._file, path) if isinstance(v, (dict, list)) else v

    def __getitem__(self, key):
        try:
            v = self._d[key]
        except (KeyError, IndexError, TypeError):
            where = f"{self._path}.{key}" if self._path else str(key)
            raise ResultsError(f"{self._file}: missing field '{where}'") from None
        return self._wrap(v, key)

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        if isinstance(self._d, dict):
            return iter(self._d)
        return (self._wrap(v, i) for i, v in enumerate(self._d))

    def get(self, key, default=None):
        return self[key] if key in self._d else default

    def keys(self):
        return self._d.keys()

    def items(self):
        return [(k, self[k]) for k in self._d]

    def values(self):
        return [self[k] for k in self._d]

    def __repr__(self):
        return repr(self._d)

    def __eq__(self, other):
        return self._d == (other._d if isinstance(other, J) else other)

    __hash__ = None

    @property
    def raw(self):
        return self._d


def load(root: Path, name: str) -> J:
    """evals/results/NAME under root, as a J view."""
    path = Path(root) / RESULTS / name
    rel = str(RESULTS / name)
    try:
        return J(json.loads(path.read_text()), rel)
    except FileNotFoundError:
        raise ResultsError(f"{rel}: file not found") from None
    except json.JSONDecodeError as e:
        raise ResultsError(f"{rel}: not valid JSON ({e})") from None


def load_jsonl(root: Path, name: str) -> list[J]:
    rel = str(RESULTS / name)
    try:
        lines = (Path(root) / RESULTS / name).read_text().splitlines()
    except FileNotFoundError:
        raise ResultsError(f"{rel}: file not found") from None
    return [J(json.loads(x), rel, f"line {i + 1}") for i, x in enumerate(lines) if x.strip()]


def need(value, what: str):
    """A value parsed out of a field's text (regex); None means the text no longer says it."""
    if value is None:
        raise ResultsError(what)
    return value


def parse_date(s: str) -> datetime:
    """The date formats the results files use: ISO with offset, '2026-11-30 05:02 UTC', '2026-11-30'."""
    s = s.replace(" UTC", "").replace("+0000", "+00:00")
    return datetime.fromisoformat(s)


def day(s: str) -> str:
    return parse_date(s).strftime("%Y-%m-%d")


def hm(s: str) -> str:
    return parse_date(s).strftime("%H:%M")


def cores(machine: str, file: str) -> int:
    m = re.search(r"(\d+) (?:cores|CPUs)", machine)
    return int(need(m, f"{file}: field 'machine' names no core count").group(1))


def model_name(llm: str) -> str:
    """'local:qwen2.5-coder-1.5b-instruct-q4_k_m (...)' -> 'Qwen2.5-Coder-1.5B-Instruct Q4_K_M'."""
    name = llm.split(":", 1)[-1].split(" ")[0].split("@")[0]
    base, _, quant = name.rpartition("-")
    parts = [p.upper() if re.fullmatch(r"[\d.]+b", p) else p[:1].upper() + p[1:] for p in base.split("-")]
    return "-".join(parts) + " " + quant.upper()


def f3(x: float) -> str:
    return f"{x:.3f}"


def p_holm(x: float) -> str:
    return "< 0.001" if x < 0.001 else f"{x:.3f}"


def n(x: float, digits: int = 0) -> str:
    """Thousands separator, as the README writes counts and seconds: 1,205 / 2,718 (Python's rounding, as in the
    generated .md reports)."""
    return f"{x:,.{digits}f}"
