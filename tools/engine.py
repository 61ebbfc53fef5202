"""CESRecEngine: everything one conversation turn needs, loaded once (the turn itself: tools/turn.py;
catalogue search and explanations: tools/catalog.py; building and caching the artefacts:
tools/engine_build.py). `load_engine` is THE way every layer gets the product's engine.

The engine holds the prepared dataset and catalogue, the trained SRS (recmodel), the semantic index
(sentence-transformers + chromadb), the dual-alignment adapter and the hybrid embeddings, plus
precomputed lookups (unit-normalised embedding matrices, one boolean bitmap per attribute value) so a turn
is numpy work plus three small SRS forward passes (construction re-scoring, history, history + pseudo).

The turn and the catalogue tools read it through the narrow interfaces of tools/item_space.py and import
nothing from here.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from cesrec.recmodel.data import Catalog, DataError, SequenceDataset, cesrec_home
from cesrec.tools.alignment import Adapter, collaborative_confidence, hybrid_embeddings
from cesrec.tools.engine_build import DEFAULT_CONFIDENCE_P0, build_parts
from cesrec.tools.feedback import FeedbackError
from cesrec.tools.lexical import LexicalIndex, lexical_index_for
from cesrec.tools.lexicon import vocabulary_for
from cesrec.tools.neighbours import ItemNeighbours, build_item_neighbours
from cesrec.tools.ranking import constraint_tiers, disliked_mask, zscore
from cesrec.tools.semantic import SemanticIndex, where_clause
from cesrec.tools.state import Feedback, ItemInfo, Preferences, SessionState
from cesrec.tools.turn_config import TurnConfig

_PHRASE = {
    "genre": "Genres: {}.",
    "decade": "A film from the {}.",
    "director": "Directed by {}.",
    "actor": "Starring {}.",
    "writer": "Written by {}.",
}


def duplicate_copies(catalog: Catalog, popularity: np.ndarray) -> dict[int, int]:
    """Items whose label (title and year) another item has too -> the copy kept: the one with more training
    interactions (the recommender knows it better), the lower id on a tie."""
    groups: dict[str, list[int]] = {}
    for i in range(1, catalog.num_items + 1):
        if not catalog.is_placeholder(i):
            groups.setdefault(" ".join(catalog.label(i).lower().split()), []).append(i)
    out: dict[int, int] = {}
    for ids in groups.values():
        if len(ids) > 1:
            keep = max(ids, key=lambda i: (int(popularity[i]), -i))
            out.update({i: keep for i in ids if i != keep})
    return out


class CESRecEngine:
    def __init__(
        self,
        dataset: SequenceDataset,
        model,
        semantic: SemanticIndex,
        adapted: np.ndarray,
        alignment_report: dict,
        backbone: str,
        directory: Path,
        config: TurnConfig | None = None,
        alpha: float = 0.5,
        collaborative: np.ndarray | None = None,
        confidence_p0: float = 0.0,
        neighbours: ItemNeighbours | None = None,
    ) -> None:
        self.dataset = dataset
        self.catalog: Catalog = dataset.catalog
        self.model = model
        self.semantic = semantic
        self.backbone = backbone
        self.directory = Path(directory)
        self.config = config or TurnConfig()
        self.alignment_report = alignment_report
        self.alpha = alpha
        n = self.catalog.num_items
        self.num_items = n
        self.popularity = dataset.item_popularity("train")
        self.trained = self.popularity > 0
        self.collab = (model.item_embeddings() if collaborative is None else collaborative).astype(np.float32)
        if self.collab.shape[0] != n + 1:
            raise DataError(f"model has {self.collab.shape[0] - 1} item embeddings, catalogue has {n} items")
        self.adapted = adapted.astype(np.float32)
        self.confidence_p0 = confidence_p0
        conf = collaborative_confidence(self.popularity, confidence_p0)
        self.hybrid_unit = hybrid_embeddings(self.adapted, self.collab, alpha, trained=self.trained, confidence=conf)
        a = (1.0 - (1.0 - alpha) * conf).astype(np.float32)[:, None]
        self.hybrid_raw = (a * self.adapted + (1 - a) * self.collab).astype(np.float32)  # unnormalised
        self.hybrid_raw[0] = 0.0
        # centred variant: remove the mean trained-item vector from each half (anisotropy / popularity axis)
        tr = self.trained.copy()
        tr[0] = False
        mean_a = self.adapted[tr].mean(0) if tr.any() else 0.0
        mean_c = self.collab[tr].mean(0) if tr.any() else 0.0
        self.hybrid_centered = hybrid_embeddings(self.adapted - mean_a, self.collab - mean_c, alpha,
                                                 trained=self.trained, confidence=conf)
        norms = np.linalg.norm(self.collab, axis=1, keepdims=True)
        self.collab_unit = (self.collab / np.maximum(norms, 1e-12)).astype(np.float32)
        self.collab_unit[0] = 0.0
        self.window = int(getattr(model, "max_len", 0) or 0) or None
        self.vocabulary = vocabulary_for(self.catalog)
        # rows that stand for no film (ml-100k's "unkonwn") and the second copy of a film the catalogue lists
        # twice (ml-100k has 18, e.g. "Money Talks (1997)" under two ids): never recommended, shown or
        # retrieved, so no list shows a film twice; a film seen under either id counts as seen (copy_of)
        self.placeholders = frozenset(self.catalog.placeholder_items())
        self.copy_of = duplicate_copies(self.catalog, self.popularity)
        self.never_shown = self.placeholders | frozenset(self.copy_of)
        self._attr_masks: dict[tuple[str, str], np.ndarray] = {}
        for kind in ("genre", "decade", "rated"):
            for v in self.vocabulary.vocab.get(kind, []):
                self.attribute_mask(kind, v)
        self._log_pop = np.log1p(self.popularity.astype(np.float64)).astype(np.float32)
        self._log_pop[0] = -np.inf
        self._phrase_cache: dict[tuple[str, str], np.ndarray] = {}
        self._load_phrases()
        self.neighbours = neighbours if neighbours is not None else build_item_neighbours(dataset)
        if self.neighbours.num_items != n:
            raise DataError(f"item neighbours cover {self.neighbours.num_items} items, catalogue has {n}")
        years = np.array([y or 0 for y in self.catalog.years], dtype=np.int32)
        self._years = years

    def _load_phrases(self) -> None:
        """Query vectors of every genre/decade phrase, cached on disk next to the item embeddings, so a
        turn never waits for the sentence encoder (names and free text are encoded lazily, then cached)."""
        path = self.directory / f"phrases-{self.semantic.key}.npz"
        kinds = ("genre", "decade")
        wanted = [(k, v) for k in kinds for v in self.vocabulary.vocab.get(k, [])]
        if path.exists():
            z = np.load(path)
            for k, v in wanted:
                name = f"{k}::{v}"
                if name in z.files:
                    self._phrase_cache[(k, v)] = z[name]
        missing = [(k, v) for k, v in wanted if (k, v) not in self._phrase_cache]
        if missing:
            for k, v in missing:
                self.phrase_vector(k, v)
            self.directory.mkdir(parents=True, exist_ok=True)
            np.savez(path, **{f"{k}::{v}": self._phrase_cache[(k, v)] for k, v in wanted})

    # ----------------------------------------------------------------------------------------------------
    # Building / loading
    # ----------------------------------------------------------------------------------------------------
    @classmethod
    def build(cls, dataset_name: str = "ml-100k", backbone: str = "sasrec", config: TurnConfig | None = None,
              alpha: float = 0.5, confidence_p0: float | None = None, **artefacts) -> CESRecEngine:
        """Prepare the data, train (or load) the SRS, embed the catalogue, fill chromadb, fit (or load) the
        alignment adapter: `artefacts` are tools.engine_build.build_parts's arguments (source, item_extra,
        home, epochs, embedding_model, alignment, train, progress, SRS training overrides). Everything is
        cached under `home` (default CESREC_HOME). `train=False` raises EngineNotBuiltError (a
        FileNotFoundError) instead of training when no run exists. `config`: the turn's default knobs;
        `alpha`, `confidence_p0`: the hybrid embedding's semantic share and its shift for rarely seen items."""
        p = build_parts(dataset_name, backbone, **artefacts)
        return cls(p.dataset, p.model, p.semantic, p.adapted, p.alignment_report, p.backbone, p.directory,
                   config=config, alpha=alpha, collaborative=p.collaborative,
                   confidence_p0=DEFAULT_CONFIDENCE_P0 if confidence_p0 is None else confidence_p0,
                   neighbours=p.neighbours)

    @classmethod
    def load(cls, dataset_name: str = "ml-100k", backbone: str = "sasrec", **kwargs) -> CESRecEngine:
        """Like build, but never trains the SRS (EngineNotBuiltError when it was not built before)."""
        return cls.build(dataset_name, backbone, train=False, **kwargs)

    def load_adapter(self) -> Adapter:
        """The chosen adapter module (for inspection; the engine only needs the adapted vectors)."""
        files = sorted(self.directory.glob("adapter-*.pt"))
        if not files:
            raise FileNotFoundError(f"{self.directory}: no adapter-*.pt")
        state = torch.load(files[-1], map_location="cpu", weights_only=True)
        ad = Adapter(self.semantic.dim, self.collab.shape[1], self.alignment_report["config"]["hidden"])
        ad.load_state_dict(state)
        return ad.eval()

    # ----------------------------------------------------------------------------------------------------
    # Lookups
    # ----------------------------------------------------------------------------------------------------
    def attribute_mask(self, kind: str, value: str) -> np.ndarray:
        """Boolean vector (N+1) of items having `value` for attribute `kind` (cached)."""
        key = (kind, value)
        hit = self._attr_masks.get(key)
        if hit is None:
            lists = {
                "genre": self.catalog.genres,
                "director": self.catalog.directors,
                "actor": self.catalog.actors,
                "writer": self.catalog.writers,
            }
            n = self.num_items + 1
            if kind in lists:
                src = lists[kind]
                hit = np.fromiter((value in src[i] for i in range(n)), dtype=bool, count=n)
            elif kind == "decade":
                hit = np.fromiter((self.catalog.decade(i) == value for i in range(n)), dtype=bool, count=n)
            elif kind == "rated":
                hit = np.fromiter((self.catalog.rated[i] == value for i in range(n)), dtype=bool, count=n)
            else:
                raise FeedbackError(f"unknown attribute kind {kind!r}")
            hit[0] = False
            self._attr_masks[key] = hit
        return hit

    def check_item(self, item: object) -> int:
        """A valid internal item id, or DataError naming the bad value."""
        if isinstance(item, bool) or not isinstance(item, int | np.integer):
            raise DataError(f"item {item!r} is not an item id (expected an integer 1..{self.num_items})")
        return self.catalog.check_item(int(item))

    def new_session(self, user_id: str | int, history: list[int] | None = None) -> SessionState:
        """A fresh session. Default history: the dataset's test input for that user (everything but the
        held-out last item). A given history is validated (unknown ids -> DataError); an empty history is
        allowed (new user): the SRS part then falls back to popularity."""
        if history is None:
            u = self.dataset.user_index(user_id)
            hist, _ = self.dataset.test_input(u)
            history = [int(i) for i in hist]
        else:
            history = [self.check_item(i) for i in history]
        return SessionState(user_id=str(user_id), history=history)

    # ----------------------------------------------------------------------------------------------------
    # Scoring pieces
    # ----------------------------------------------------------------------------------------------------
    def srs_scores(self, state: SessionState) -> np.ndarray:
        """SRS logits (N+1) for the state's masked+pseudo sequence; log-popularity when nothing is visible."""
        seq, flags = state.model_sequence()
        if len(seq) == 0 or flags.all():
            return self._log_pop.copy()
        return self.model.score([seq], [flags])[0].numpy()

    def phrase_vector(self, kind: str, value: str) -> np.ndarray | None:
        tmpl = _PHRASE.get(kind)
        if tmpl is None:
            return None
        key = (kind, value)
        if key not in self._phrase_cache:
            self._phrase_cache[key] = self.semantic.encode(tmpl.format(value))
        return self._phrase_cache[key]

    def query_vector(self, feedback: Feedback, state: SessionState) -> np.ndarray | None:
        """Semantic query for a turn's retrieved pseudo items: this turn's positive attribute values and
        description; else its free text when nothing structured was said; else (no referenced film this
        turn) the accumulated liked values, else the centre of the visible sequence. None when the turn
        points at films and says nothing else: those films themselves enter the sequence."""
        parts: list[np.ndarray] = []
        for kind, vals in feedback.liked_attributes.items():
            parts += [v for v in (self.phrase_vector(kind, x) for x in vals) if v is not None]
        if feedback.description.strip():
            parts.append(self.semantic.encode(feedback.description.strip()))
        if not parts and feedback.free_text.strip() and not feedback.has_structure():
            parts.append(self.semantic.encode(feedback.free_text.strip()))
        if not parts and feedback.liked_items:
            return None
        if not parts:
            for kind, vals in state.preferences.liked.items():
                parts += [v for v in (self.phrase_vector(kind, x) for x in vals) if v is not None]
        if not parts:
            seq, flags = state.model_sequence()
            vis = seq[~flags][-(self.window or 50):]
            if len(vis):
                parts.append(self.semantic.embeddings[vis].mean(0))
        if not parts:
            return np.zeros(self.semantic.dim, dtype=np.float32)
        q = np.mean(parts, axis=0)
        return (q / max(float(np.linalg.norm(q)), 1e-12)).astype(np.float32)

    @property
    def lexical(self) -> LexicalIndex:
        """BM25 over the item texts (tools/lexical.py), built on first use (~0.2 s for ml-100k)."""
        return lexical_index_for(self.catalog)

    def request_scores(self, descriptions: list[str], decay: float = 0.5, lexical_weight: float = 1.0
                       ) -> np.ndarray | None:
        """How well each item answers what the user said about the content, (N+1,): the sentence encoder's
        similarity to the descriptions plus `lexical_weight` x BM25 on their words, each z-scored. The latest
        description counts most (an earlier one `decay` times less per turn): the user refines. None when
        there is no description."""
        descs = [d for d in descriptions if d and d.strip()]
        if not descs:
            return None
        w = np.array([decay ** (len(descs) - 1 - j) for j in range(len(descs))], dtype=np.float64)
        emb = self.semantic.embeddings
        q = (w[:, None] * np.stack([self.semantic.encode(d) for d in descs])).sum(0)
        out = zscore((emb @ (q / max(float(np.linalg.norm(q)), 1e-12))).astype(np.float64))
        if lexical_weight:
            lex = sum(wj * self.lexical.scores(d)[1:] for wj, d in zip(w, descs, strict=True))
            if float(np.std(lex)) > 0:
                out[1:] += lexical_weight * (lex - lex.mean()) / lex.std()
        out[0] = -np.inf
        return out

    def evidence(self, prefs: Preferences, decay: float = 1.0, description_decay: float = 0.5,
                 lexical_weight: float = 1.0) -> dict[str, np.ndarray]:
        """Open-feedback signals over the catalogue (N+1,) from the accumulated preferences: 'knn'
        (collaborative neighbours of the referenced films), 'text' (semantic similarity to them) and
        'description' (what the user said about the content: `request_scores`). Absent ones are left out."""
        out: dict[str, np.ndarray] = {}
        refs = [int(i) for i in prefs.liked_items]
        emb = self.semantic.embeddings
        if refs:
            out["knn"] = self.neighbours.scores(refs, decay)
            q = emb[refs].mean(0)
            out["text"] = emb @ (q / max(float(np.linalg.norm(q)), 1e-12))
        desc = self.request_scores(list(prefs.descriptions), description_decay, lexical_weight)
        if desc is not None:
            out["description"] = desc
        for v in out.values():
            v[0] = -np.inf
        return out

    def year_mask(self, year_min: int | None, year_max: int | None) -> np.ndarray:
        """Items released within [year_min, year_max] (either bound optional; unknown years never match)."""
        y = self._years
        m = y > 0
        if year_min is not None:
            m &= y >= year_min
        if year_max is not None:
            m &= y <= year_max
        m[0] = False
        return m

    def disliked_mask(self, prefs: Preferences) -> np.ndarray:
        return disliked_mask(self, prefs)

    def constraint_tiers(self, prefs: Preferences) -> tuple[np.ndarray, list[tuple[str, np.ndarray]]]:
        return constraint_tiers(self, prefs)

    def constraint_mask(self, prefs: Preferences, exclude: set[int] | None = None, k: int = 1
                        ) -> tuple[np.ndarray, int]:
        """Admissible items for pseudo construction: not disliked, not excluded, and in the best tier of
        satisfied liked groups that still holds >= k items. Returns (mask, tier used)."""
        ok = ~self.disliked_mask(prefs)
        ok[0] = False
        if self.never_shown:
            ok[list(self.never_shown)] = False
        if exclude:
            ex = np.fromiter(exclude, dtype=np.int64)
            ok[ex[(ex > 0) & (ex <= self.num_items)]] = False
        tiers, groups = self.constraint_tiers(prefs)
        for t in range(len(groups), 0, -1):
            m = ok & (tiers >= t)
            if int(m.sum()) >= k:
                return m, t
        return ok, 0

    def where_for(self, prefs: Preferences) -> dict | None:
        """chromadb `where` equivalent of the genre/decade part of the constraints."""
        yr = None
        if prefs.year_min is not None or prefs.year_max is not None:
            yr = (prefs.year_min or 0, prefs.year_max or 9999)
        return where_clause(
            genres_all=prefs.liked.get("genre", []),
            genres_none=prefs.disliked.get("genre", []),
            decades=prefs.liked.get("decade", []),
            decades_none=prefs.disliked.get("decade", []),
            year_range=yr,
        )

    def sequence_context(self, state: SessionState) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(items, is_pseudo, hybrid vectors) of the visible sequence the SRS sees (last window + 10)."""
        seq, flags = state.model_sequence()
        idx = np.flatnonzero(~flags)
        if self.window:
            idx = idx[-(self.window + 10):]
        items = seq[idx]
        return items, idx >= len(state.history), self.hybrid_unit[items]

    def similar_in_sequence(self, state: SessionState, item: int, top: int = 2,
                            context: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None) -> list[dict]:
        """Visible sequence items closest to `item` in the hybrid space (`context`: a precomputed
        sequence_context, to share across the items of one list)."""
        items, is_pseudo, vecs = context if context is not None else self.sequence_context(state)
        if len(items) == 0:
            return []
        sims = vecs @ self.hybrid_unit[item]
        order = np.argsort(-sims, kind="stable")
        out, seen = [], set()
        for j in order:
            it = int(items[j])
            if it == item or it in seen:
                continue
            seen.add(it)
            out.append({
                "item": it,
                "title": self.catalog.label(it),
                "role": "pseudo" if is_pseudo[j] else "history",
                "similarity": round(float(sims[j]), 3),
            })
            if len(out) == top:
                break
        return out

    def item_info(self, item: int, similarity: float | None = None) -> ItemInfo:
        c = self.catalog
        return ItemInfo(
            item=item, title=c.titles[item], year=c.years[item], genres=list(c.genres[item]),
            directors=list(c.directors[item]), actors=list(c.actors[item])[:6], writers=list(c.writers[item])[:4],
            rated=c.rated[item] or "", plot=c.plots[item] or "",
            similarity=None if similarity is None else round(float(similarity), 4),
        )


def load_engine(*, dataset: str = "ml-100k", backbone: str = "sasrec", train: bool = True, progress: bool = True,
                epochs: int | None = None) -> CESRecEngine:
    """The product's CESRec engine on `dataset` (recmodel.datasets.open_dataset: a registered name, or the
    built-in ml-100k with its item metadata when ../shared has it), the SRS `backbone`; `epochs` picks a
    variant trained that long (tests). Built and cached on first use when `train`, else EngineNotBuiltError
    (a FileNotFoundError) when it was never built."""
    kw = {} if epochs is None else {"epochs": epochs}
    try:
        return CESRecEngine.load(dataset, backbone, **kw)
    except FileNotFoundError:
        if not train:
            raise
        return CESRecEngine.build(dataset, backbone, progress=progress, **kw)


def engine_home() -> Path:
    """Where engines live (CESREC_HOME/engines)."""
    return cesrec_home() / "engines"


__all__ = ["CESRecEngine", "load_engine", "engine_home"]
