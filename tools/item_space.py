"""The narrow interfaces the two CESRec operations need, instead of the whole engine.

`mask_outliers` (tools.masking) reads item vectors in the embedding spaces it can compare a history in, and the
attribute bitmaps of disliked values; `construct_pseudo_interactions` (tools.construct) retrieves candidates
for the user's words under their constraints and re-ranks them with the SRS. `CESRecEngine` satisfies both
(tests/tools/test_item_space.py checks it), and so can anything else that holds these arrays, e.g. an
evaluation that swaps one space for another without building an engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    import torch
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.feedback import Feedback
    from cesrec.tools.state import Preferences, SessionState


@runtime_checkable
class ItemVectors(Protocol):
    """Unit (or raw) item vectors, row i = item i, row 0 the padding."""

    embeddings: np.ndarray


@runtime_checkable
class ItemSpace(Protocol):
    """What masking reads: the catalogue (labels, genres, attributes) and each space's item vectors."""

    catalog: Catalog
    hybrid_unit: np.ndarray  # aligned semantic + collaborative, unit rows
    hybrid_centered: np.ndarray  # the same, centred on the catalogue mean before normalising
    hybrid_raw: np.ndarray  # not normalised (dot product / euclidean)
    collab_unit: np.ndarray  # the SRS's own item embeddings, unit rows

    @property
    def semantic(self) -> ItemVectors: ...

    def disliked_mask(self, prefs: Preferences) -> np.ndarray: ...


class Retriever(Protocol):
    """Candidate search over item texts (tools.semantic.SemanticIndex)."""

    def search(self, query: np.ndarray, where: dict | None = None, k: int = 10,
               exclude: set[int] | None = None) -> list[tuple[int, float]]: ...

    def search_exact(self, query: np.ndarray, allowed: np.ndarray | None = None, k: int = 10,
                     exclude: set[int] | None = None) -> list[tuple[int, float]]: ...


class Scorer(Protocol):
    """The sequential recommender: sequences (+ pseudo flags) in, item scores out (recmodel.base)."""

    def score(self, sequences: Sequence, masks: Sequence | None = None) -> torch.Tensor: ...


@runtime_checkable
class PseudoItemSource(Protocol):
    """What construction reads: the catalogue, the user's words as a query vector, the constraint mask (and
    its chromadb `where`), the retriever and the SRS."""

    catalog: Catalog

    @property
    def semantic(self) -> Retriever: ...

    @property
    def model(self) -> Scorer: ...

    def query_vector(self, feedback: Feedback, state: SessionState) -> np.ndarray | None: ...

    def constraint_mask(self, prefs: Preferences, exclude: set[int] | None = None,
                        k: int = 1) -> tuple[np.ndarray, int]: ...

    def where_for(self, prefs: Preferences) -> dict | None: ...
