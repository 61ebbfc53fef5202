"""The narrow interfaces the CESRec operations read, instead of the whole engine.

`mask_outliers` (tools.masking) reads item vectors in the embedding spaces it can compare a history in, and the
attribute bitmaps of disliked values (`ItemSpace`); `construct_pseudo_interactions` (tools.construct) retrieves
candidates for the user's words under their constraints and re-ranks them with the SRS (`PseudoItemSource`).
A turn (tools.turn) scores from the SRS and the open-feedback evidence (`SignalSource`) and does all of it
(`TurnSpace`); the catalogue tools (tools.catalog) look items up and search their texts (`ItemFacts`,
`CatalogSpace`) and explain a recommendation (`ExplainSpace`). `CESRecEngine` satisfies every one of them
(tests/tools/test_item_space.py checks it), and so can anything else that holds these arrays, e.g. an
evaluation that swaps one space for another without building an engine. Nothing here imports the engine,
the turn or the catalogue tools: they import this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
from cesrec.tools.ranking import AttributeMasks
from cesrec.tools.turn_config import TurnConfig

if TYPE_CHECKING:
    import torch
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.lexicon import FeedbackVocabulary
    from cesrec.tools.neighbours import ItemNeighbours
    from cesrec.tools.state import Feedback, ItemInfo, Preferences, SessionState


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


@runtime_checkable
class SignalSource(Protocol):
    """What a turn's score vector is made of (tools.turn.turn_scores): the SRS on a state's sequence and the
    open-feedback evidence of the accumulated preferences, each (N+1,)."""

    num_items: int

    def srs_scores(self, state: SessionState) -> np.ndarray: ...

    def evidence(self, prefs: Preferences, decay: float = 1.0, description_decay: float = 0.5,
                 lexical_weight: float = 1.0) -> dict[str, np.ndarray]: ...


class SequenceView(Protocol):
    """The visible sequence the SRS sees, and its items closest to a given one (for the "why" lines)."""

    def sequence_context(self, state: SessionState) -> tuple[np.ndarray, np.ndarray, np.ndarray]: ...

    def similar_in_sequence(self, state: SessionState, item: int, top: int = 2,
                            context: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None) -> list[dict]: ...


class SemanticSpace(ItemVectors, Retriever, Protocol):
    """The semantic index as a turn uses it: item vectors (masking) and candidate search (construction)."""


@runtime_checkable
class TurnSpace(ItemSpace, PseudoItemSource, SignalSource, SequenceView, AttributeMasks, Protocol):
    """What one turn reads (tools.turn): masking's and construction's interfaces, the score signals, the
    constraint bitmaps, the collaborative neighbours of a named film, the rows that stand for no film, the
    SRS window and the default turn config."""

    catalog: Catalog
    config: TurnConfig
    window: int | None
    never_shown: frozenset[int]  # placeholder rows and second copies of a film listed twice
    copy_of: dict[int, int]  # second copy -> the copy shown
    neighbours: ItemNeighbours

    @property
    def semantic(self) -> SemanticSpace: ...


@runtime_checkable
class ItemFacts(Protocol):
    """Item lookups (tools.catalog.item_details / find_item): the catalogue, id checks, one item's facts."""

    catalog: Catalog
    never_shown: frozenset[int]

    def check_item(self, item: object) -> int: ...

    def item_info(self, item: int, similarity: float | None = None) -> ItemInfo: ...


class TextSearch(Protocol):
    """Search over item texts by words or a query vector (tools.semantic.SemanticIndex.search)."""

    def search(self, query: str | np.ndarray, where: dict | None = None, k: int = 10,
               exclude: set[int] | list[int] | None = None) -> list[tuple[int, float]]: ...


@runtime_checkable
class CatalogSpace(ItemFacts, Protocol):
    """What catalogue search reads (tools.catalog.search_catalog): item facts, the vocabulary filters are
    checked against, and the text search."""

    vocabulary: FeedbackVocabulary

    @property
    def semantic(self) -> TextSearch: ...


@runtime_checkable
class ExplainSpace(ItemFacts, SignalSource, SequenceView, Protocol):
    """What an explanation reads (tools.catalog.explain_recommendation): item facts, the turn's scores under
    the default config and the sequence items closest to the recommendation."""

    config: TurnConfig
