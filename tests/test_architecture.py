"""The import graph of the packages, read from the source (ast, no imports run): every import points down
the layering, and no two files import each other, directly or round a loop.

Layering (ARCHITECTURE.md): recmodel <- tools <- agent <- evals; cesrec/ (CLI, servers) on top of all.
Counted: every `import` / `from ... import` in a file, at module level or inside a function (a lazy import
is still a dependency). Not counted: imports under `if TYPE_CHECKING:` (never run) and the implicit import
of a parent package's __init__ (Python runs it, but it is the package's own re-export surface).
"""

from __future__ import annotations

import ast
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


ROOMS = ("recmodel", "tools", "agent", "evals")


def _module_name(path: Path) -> str:
    """The import name a file has once installed: recmodel/ tools/ agent/ evals/ live under `cesrec.`."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    if parts[0] in ROOMS:
        parts.insert(0, "cesrec")
    return ".".join(parts)


def _room(module: str) -> str:
    """cesrec.tools.engine -> tools; cesrec.server -> cesrec; numpy.linalg -> numpy."""
    parts = module.split(".")
    return parts[1] if parts[0] == "cesrec" and len(parts) > 1 and parts[1] in ROOMS else parts[0]


def _files() -> dict[str, Path]:
    """module name -> file, for every .py in the packages."""
    out = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            out[_module_name(path)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import node, skipping the bodies of `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
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


def _graph() -> dict[str, set[str]]:
    """File-level import graph over our modules (module name -> imported names, ours or third-party)."""
    files = _files()
    known = set(files)
    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        deps: set[str] = set()
        for node in _imports(tree):
            deps |= _targets(node, mod, path.name == "__init__.py", known)
        deps.discard(mod)
        graph[mod] = deps
    return graph


def _rel(mod: str, files: dict[str, Path]) -> str:
    return files[mod].relative_to(ROOT).as_posix()


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


def test_the_walk_sees_the_imports(graph):
    """The walker itself: a function-local import counts, a TYPE_CHECKING one does not, `from pkg import
    sub` lands on the submodule (checked on files whose imports are known)."""
    assert "cesrec.recmodel.train" in graph["cesrec.recmodel.neural"]  # lazy import inside NeuralRecommender.fit
    assert "cesrec.recmodel.neural" not in graph["cesrec.recmodel.train"]  # annotation-only, under TYPE_CHECKING
    assert "cesrec.evals.simulator.budget" in graph["cesrec.evals.simulator.policy"]
    assert {"cesrec.evals.simulator", "cesrec.evals.protocol.types"} <= graph["cesrec.evals.protocol.pipeline"]
    assert "langchain_core" in graph["cesrec.agent.toolset"]
    # turn -> masking -> (engine): the turn imports masking; masking names CESRecEngine for type hints only
    assert "cesrec.tools.masking" in graph["cesrec.tools.turn"] and "cesrec.tools.engine" not in graph["cesrec.tools.masking"]
    assert len(graph) > 60


def test_imports_follow_the_layering(graph):
    files = _files()
    bad, excepted = [], set()
    for mod, deps in graph.items():
        room, path = _room(mod), _rel(mod, files)
        for dep in sorted(deps):
            top = _room(dep)
            if top not in FORBIDDEN.get(room, set()):
                continue
            if _excepted(path, top):
                excepted.add(top)
            else:
                bad.append(f"{path} imports {dep} ({room} must not import {top})")
    assert not bad, "imports against the layering:\n" + "\n".join(bad)
    allowed = set().union(*LAYER_EXCEPTIONS.values())
    assert excepted == allowed, f"stale LAYER_EXCEPTIONS: nothing imports {sorted(allowed - excepted)}"


def test_no_import_cycles_beyond_the_known_ones(graph):
    files = _files()
    found = [{_rel(m, files) for m in comp} for comp in _cycles(graph)]
    new = [sorted(c) for c in found if c not in KNOWN_CYCLES]
    gone = [sorted(c) for c in KNOWN_CYCLES if c not in found]
    assert not new, f"import cycle(s) between files: {new}"
    assert not gone, f"these KNOWN_CYCLES are gone or changed: delete or update their entries: {gone}"


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
