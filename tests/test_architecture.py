"""The import graph of the packages, read from the source (ast, no imports run): every import points down
the layering, and no two files import each other, directly or round a loop.

Layering (ARCHITECTURE.md): recmodel <- tools <- agent <- evals; cesrec/ (CLI, servers) on top of all, so
nothing in evals imports cesrec. Counted: every `import` / `from ... import` in a file, at module level or
inside a function (a lazy import is still a dependency), and imports under `if TYPE_CHECKING:` too: they
never run, but a file typed against another depends on it all the same, so the layering and the cycle check
over the whole graph count them (`KNOWN_TYPE_CYCLES`); the runtime-only graph (`KNOWN_CYCLES`) leaves them
out. Not counted: the implicit import of a parent package's __init__ (Python runs it, but it is the
package's own re-export surface).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("recmodel", "tools", "agent", "evals", "cesrec")

LLM_PROVIDERS = {"openai", "langchain_openai", "llama_cpp"}
FORBIDDEN: dict[str, set[str]] = {
    # ids in, scores out: no other room of ours, no LLM or LangChain code
    "recmodel": {"tools", "agent", "evals", "cesrec", "langchain", "langchain_core", "langgraph", *LLM_PROVIDERS},
    # plain typed functions over the engine: no agent graph, no LLM provider
    "tools": {"agent", "evals", "cesrec", "langgraph", *LLM_PROVIDERS},
    "agent": {"evals", "cesrec"},
    "evals": {"cesrec"},
}

# Imports against the layering that are there on purpose: files under a path prefix -> rooms they may import.
# None now: the serving benchmark, which measures the servers, lives beside them in cesrec/bench_serve/.
LAYER_EXCEPTIONS: dict[str, set[str]] = {}


def _excepted(path: str, room: str) -> bool:
    return any(path.startswith(prefix) and room in rooms for prefix, rooms in LAYER_EXCEPTIONS.items())


# Cycles between files that remain, each as the set of files in one strongly connected component. The test
# asserts this list is exactly what the source has: a new cycle fails, and a removed one fails until its
# entry is deleted here.
# Cycles still to be removed; empty now. A new cycle fails the test; listing one here needs a reason.
KNOWN_CYCLES: list[set[str]] = []

# The same over the graph that counts `if TYPE_CHECKING:` imports (a superset of the one above), with the
# same rule: a new cycle fails, a removed one fails until its entry goes. Each entry names its owner.
# (tools engine/turn/catalog was one until fcbfe8f: TurnConfig in turn_config.py, ItemInfo in state.py.)
KNOWN_TYPE_CYCLES: list[set[str]] = []


ROOMS = ("recmodel", "tools", "agent", "evals")


def _module_name(path: Path, root: Path = ROOT) -> str:
    """The import name a file has once installed: recmodel/ tools/ agent/ evals/ live under `cesrec.`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    if parts[0] in ROOMS:
        parts.insert(0, "cesrec")
    return ".".join(parts)


def _room(module: str) -> str:
    """cesrec.tools.engine -> tools; cesrec.server -> cesrec; numpy.linalg -> numpy."""
    parts = module.split(".")
    return parts[1] if parts[0] == "cesrec" and len(parts) > 1 and parts[1] in ROOMS else parts[0]


def _files(root: Path = ROOT) -> dict[str, Path]:
    """module name -> file, for every .py in the packages."""
    out = {}
    for pkg in PACKAGES:
        for path in sorted((root / pkg).rglob("*.py")):
            out[_module_name(path, root)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, type_checking: bool = False) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import node; the bodies of `if TYPE_CHECKING:` only when `type_checking`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if not type_checking and isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> set[str]:
    """Modules an import statement names: ours resolved to the deepest existing module, others by their
    top-level name."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:  # relative: resolve against this module's package
            pkg = module.split(".") if is_package else module.split(".")[:-1]
            pkg = pkg[: len(pkg) - (node.level - 1)]
            base = ".".join([*pkg, base] if base else pkg)
        # `from pkg import sub` names the submodule when there is one
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
    out = set()
    for name in names:
        parts = name.split(".")
        while len(parts) > 1 and ".".join(parts) not in known:
            parts.pop()
        out.add(".".join(parts))
    return out


def _graph(root: Path = ROOT, type_checking: bool = False) -> dict[str, set[str]]:
    """File-level import graph over our modules (module name -> imported names, ours or third-party);
    `type_checking` counts the imports under `if TYPE_CHECKING:` too."""
    files = _files(root)
    known = set(files)
    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        deps: set[str] = set()
        for node in _imports(tree, type_checking):
            deps |= _targets(node, mod, path.name == "__init__.py", known)
        deps.discard(mod)
        graph[mod] = deps
    return graph


def _rel(mod: str, files: dict[str, Path], root: Path = ROOT) -> str:
    return files[mod].relative_to(root).as_posix()


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components with more than one file (Tarjan, iterative)."""
    ours = {m: {d for d in deps if d in graph} for m, deps in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    comps: list[set[str]] = []
    counter = 0
    for root in sorted(ours):
        if root in index:
            continue
        work = [(root, iter(sorted(ours[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(ours[nxt]))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.add(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    comps.append(comp)
    return comps


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return _graph()


@pytest.fixture(scope="module")
def type_graph() -> dict[str, set[str]]:
    """The graph with the `if TYPE_CHECKING:` imports counted."""
    return _graph(type_checking=True)


def _layer_violations(graph: dict[str, set[str]], files: dict[str, Path], root: Path = ROOT):
    """(imports against the layering, not excepted; the rooms LAYER_EXCEPTIONS excused)."""
    bad, excepted = [], set()
    for mod, deps in graph.items():
        room, path = _room(mod), _rel(mod, files, root)
        for dep in sorted(deps):
            top = _room(dep)
            if top not in FORBIDDEN.get(room, set()):
                continue
            if _excepted(path, top):
                excepted.add(top)
            else:
                bad.append(f"{path} imports {dep} ({room} must not import {top})")
    return bad, excepted


def _cycle_files(graph: dict[str, set[str]], files: dict[str, Path], root: Path = ROOT) -> list[set[str]]:
    return [{_rel(m, files, root) for m in comp} for comp in _cycles(graph)]


def _check_cycles(found: list[set[str]], known: list[set[str]], name: str) -> None:
    new = [sorted(c) for c in found if c not in known]
    gone = [sorted(c) for c in known if c not in found]
    assert not new, f"import cycle(s) between files: {new}"
    assert not gone, f"these {name} are gone or changed: delete or update their entries: {gone}"


def test_the_walk_sees_the_imports(graph, type_graph):
    """The walker itself: a function-local import counts, a TYPE_CHECKING one only in the typed graph,
    `from pkg import sub` lands on the submodule (checked on files whose imports are known)."""
    assert "cesrec.recmodel.train" in graph["cesrec.recmodel.neural"]  # lazy import inside NeuralRecommender.fit
    assert "cesrec.tools.semantic" not in graph["cesrec.tools.mood"]  # annotation-only, under TYPE_CHECKING
    assert "cesrec.tools.semantic" in type_graph["cesrec.tools.mood"]
    assert "cesrec.evals.simulator.budget" in graph["cesrec.evals.simulator.policy"]
    assert {"cesrec.evals.simulator", "cesrec.evals.protocol.types"} <= graph["cesrec.evals.protocol.pipeline"]
    assert "langchain_core" in graph["cesrec.agent.toolset"]
    # turn -> masking -> (engine): the turn imports masking; masking names CESRecEngine for type hints only
    assert "cesrec.tools.masking" in graph["cesrec.tools.turn"] and "cesrec.tools.engine" not in graph["cesrec.tools.masking"]
    assert len(graph) > 60


def test_imports_follow_the_layering(type_graph):
    """Type-only imports included: a room typed against a room above it depends on it."""
    bad, excepted = _layer_violations(type_graph, _files())
    assert not bad, "imports against the layering:\n" + "\n".join(bad)
    allowed = set().union(*LAYER_EXCEPTIONS.values())
    assert excepted == allowed, f"stale LAYER_EXCEPTIONS: nothing imports {sorted(allowed - excepted)}"


def test_no_import_cycles_beyond_the_known_ones(graph):
    _check_cycles(_cycle_files(graph, _files()), KNOWN_CYCLES, "KNOWN_CYCLES")


def test_no_cycles_counting_type_only_imports(type_graph):
    _check_cycles(_cycle_files(type_graph, _files()), KNOWN_TYPE_CYCLES, "KNOWN_TYPE_CYCLES")


def test_the_checks_fail_on_a_type_only_cycle_and_on_evals_importing_cesrec(tmp_path):
    """The checker on a tree written for the purpose: a cycle closed only by a TYPE_CHECKING import, and an
    evals module importing the server (inside a function), are both caught."""
    src = {
        "tools/__init__.py": "",
        "tools/a.py": "from cesrec.tools.b import B\n\nA = 1\n",
        "tools/b.py": ("from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from cesrec.tools.a import A\n\n"
                       "B = 2\n"),
        "evals/__init__.py": "",
        "evals/bench.py": "def run():\n    from cesrec.server import create_app\n    return create_app\n",
        "cesrec/__init__.py": "",
        "cesrec/server.py": "def create_app():\n    return None\n",
    }
    for rel, text in src.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    files = _files(tmp_path)
    runtime, typed = _graph(tmp_path), _graph(tmp_path, type_checking=True)
    assert _cycle_files(runtime, files, tmp_path) == []
    assert _cycle_files(typed, files, tmp_path) == [{"tools/a.py", "tools/b.py"}]
    with pytest.raises(AssertionError, match="tools/a.py"):
        _check_cycles(_cycle_files(typed, files, tmp_path), [], "KNOWN_TYPE_CYCLES")
    bad, _ = _layer_violations(typed, files, tmp_path)
    assert bad == ["evals/bench.py imports cesrec.server (evals must not import cesrec)"]


def test_cycle_finder_on_a_known_graph():
    g = {"a": {"b"}, "b": {"c", "numpy"}, "c": {"a"}, "d": {"a"}, "e": {"f"}, "f": {"e"}, "g": set()}
    assert sorted(map(sorted, _cycles(g))) == [["a", "b", "c"], ["e", "f"]]


def test_installed_package_has_no_generic_top_level_names(tmp_path):
    """`pip install .` puts everything under `cesrec.`: a host application with its own `tools/` or
    `agent/` module keeps it. Installs the real package (no deps: they are in this venv) into a folder and
    imports from there, away from the checkout."""
    import subprocess
    import sys

    target = tmp_path / "site"
    leftover = not (ROOT / "build").exists()  # pip builds in ./build; don't leave one behind
    cmd = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(ROOT)]
    # the venv's own setuptools when it can build wheels (offline); else pip's isolated build (from the index)
    build = subprocess.run([*cmd, "--no-build-isolation"], capture_output=True, text=True, timeout=300)
    if build.returncode != 0:
        build = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if leftover:
        import shutil

        shutil.rmtree(ROOT / "build", ignore_errors=True)
    assert build.returncode == 0, build.stderr[-2000:]
    top = {p.name for p in target.iterdir() if not p.name.endswith((".dist-info", ".egg-info"))}
    assert top == {"cesrec"} or top <= {"cesrec", "bin"}, top
    assert not top & {"tools", "agent", "evals", "recmodel"}
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); import cesrec.tools.state, cesrec.evals.simulator, "
             "cesrec.agent.locks, cesrec.recmodel.metrics; print(cesrec.tools.state.__file__)")
    run = subprocess.run([sys.executable, "-c", probe, str(target)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().startswith(str(target / "cesrec" / "tools")), run.stdout
    assert (target / "cesrec" / "web" / "index.html").exists()
    assert (target / "cesrec" / "evals" / "data" / "utterances.jsonl").exists()


def _named_paths(text: str) -> list[tuple[str, list[str]]]:
    """Every backticked file (`x.py`) or folder (`x/`) named in ARCHITECTURE.md's room sections (`## tools/`
    ...), with the places it may mean: from the repository root, from the section's room, or from the list
    item's folder (`- `protocol/` — `types.py` ...` names evals/protocol/types.py)."""
    room = base = None
    out = []
    for line in text.splitlines():
        if line.startswith("## "):
            m = re.match(r"## (\w+)/", line)
            room, base = (m.group(1) if m else None), None
            continue
        if room is None:
            continue
        if line.startswith("- "):
            item = re.match(r"- `([\w./-]+/)`", line)
            base = f"{room}/{item.group(1)}" if item else f"{room}/"
        for tok in re.findall(r"`([\w./-]+)`", line):
            if tok.endswith((".py", "/")) and not tok.startswith("."):
                out.append((tok, sorted({tok, f"{room}/{tok}", f"{base}{tok}"})))
    return out


def test_architecture_md_names_modules_that_exist():
    named = _named_paths((ROOT / "ARCHITECTURE.md").read_text())
    missing = [name for name, places in named if not any((ROOT / p).exists() for p in places)]
    assert len(named) > 80 and not missing, f"ARCHITECTURE.md names files that are not there: {missing}"
    # and the reading itself: a moved module is caught, an item's folder is where its names live
    doc = "## evals/\n- `protocol/` — `types.py` (...), `protocols.py`\n## Artefacts\n- `raw/`\n"
    assert _named_paths(doc) == [("protocol/", ["evals/protocol/", "evals/protocol/protocol/", "protocol/"]),
                                 ("types.py", ["evals/protocol/types.py", "evals/types.py", "types.py"]),
                                 ("protocols.py", ["evals/protocol/protocols.py", "evals/protocols.py", "protocols.py"])]
