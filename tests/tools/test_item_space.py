"""The CESRec operations read the narrow interfaces of tools.item_space, not the engine: the engine satisfies
every one of them, masking runs on an object that holds nothing but the ItemSpace members, and the turn and
catalogue modules import nothing from the engine (not even for type checking)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from cesrec.tools.item_space import (
    CatalogSpace,
    ExplainSpace,
    ItemFacts,
    ItemSpace,
    PseudoItemSource,
    SignalSource,
    TurnSpace,
)
from cesrec.tools.masking import mask_outliers
from cesrec.tools.state import SessionState


def test_the_engine_satisfies_every_interface(engine):
    for proto in (ItemSpace, PseudoItemSource, SignalSource, TurnSpace, ItemFacts, CatalogSpace, ExplainSpace):
        assert isinstance(engine, proto), proto.__name__


TOOLS = Path(__file__).resolve().parents[2] / "tools"


def _imported(path: Path) -> set[str]:
    """Every module a file imports, TYPE_CHECKING and function-local imports included."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_turn_and_catalog_never_import_the_engine():
    """The engine imports TurnConfig (tools.turn_config) and ItemInfo (tools.state); the turn and the catalogue
    tools are typed against tools.item_space. So no import, not even a type-only one, closes a cycle."""
    for name in ("turn.py", "catalog.py", "item_space.py", "turn_config.py", "masking.py", "construct.py"):
        assert not {"cesrec.tools.engine", "cesrec.tools.engine_build"} & _imported(TOOLS / name), name
    assert not {"cesrec.tools.turn", "cesrec.tools.catalog"} & _imported(TOOLS / "engine.py")


@dataclass
class _Vectors:
    embeddings: np.ndarray


@dataclass
class _BareSpace:
    """Only what ItemSpace names: no model, no index, no engine."""

    catalog: object
    hybrid_unit: np.ndarray
    hybrid_centered: np.ndarray
    hybrid_raw: np.ndarray
    collab_unit: np.ndarray
    semantic: _Vectors

    def disliked_mask(self, prefs) -> np.ndarray:
        return np.zeros(self.hybrid_unit.shape[0], dtype=bool)


def test_masking_runs_on_a_bare_item_space(engine):
    """Eight items on one direction and one planted far away: the planted one is masked, with its label."""
    n, d = engine.catalog.num_items + 1, 8
    rng = np.random.default_rng(0)
    vecs = np.zeros((n, d), np.float32)
    vecs[1:] = rng.normal(size=(n - 1, d)) * 0.05 + np.eye(d)[0]
    history = list(range(1, 9)) + [20]
    vecs[20] = np.eye(d)[3]
    unit = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    space = _BareSpace(engine.catalog, unit, unit, vecs, unit, _Vectors(unit))
    assert isinstance(space, ItemSpace) and not isinstance(space, PseudoItemSource)
    out = mask_outliers(space, SessionState(user_id="u", history=history), k=1)
    assert [m.item for m in out.masked] == [20]
    assert engine.catalog.label(20) in out.masked[0].reason
