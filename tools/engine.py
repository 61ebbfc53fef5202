"""CESRecEngine: everything one conversation turn needs, loaded once; and the turn operations.

The engine holds the prepared dataset and catalogue, the trained SRS (recmodel), the semantic index
(sentence-transformers + chromadb), the dual-alignment adapter and the hybrid embeddings, plus
precomputed lookups (unit-normalised embedding matrices, one boolean bitmap per attribute value) so a turn
is numpy work plus three small SRS forward passes (construction re-scoring, history, history + pseudo).

A turn: `apply_feedback` (validate + accumulate preferences, queue the feedback) then
`recommend_with_feedback`: mask disliked + outlier history items -> construct pseudo interactions from the
queued feedback -> SRS scores on the masked+pseudo sequence, blended with the masked history's scores
(`turn_scores`, TurnConfig.pseudo_weight) -> accumulated constraints act on the ranking -> exclude
consumed/shown/rejected (never pseudo) items -> top-k with a one-line "why" each.

Constraints (`TurnConfig.constraint_mode`):
- "filter": items are ranked first by how many liked constraint groups they satisfy (each liked genre is a
  group; decade, director, actor, writer and rating are one group each), then by SRS score. With at least k
  items satisfying everything this is exactly a hard filter; with fewer it relaxes gracefully instead of
  returning an empty list. Disliked values and items are always hard exclusions.
- "boost": SRS score + gamma * std(SRS scores) * (groups satisfied) — a calibrated soft version.
- "off": no constraint on the ranking (the paper as published).
What was applied is recorded in `state.constraints`.

Artefacts: CESREC_HOME/runs/<dataset>-<backbone>-<key> (SRS, by recmodel.runs.train_or_load) and
CESREC_HOME/engines/<same name>/ (semantic embeddings + chroma, alignment adapter and report); the key
(recmodel.runs.resolve_run) hashes the prepared data's content and the settings.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from cesrec.recmodel.data import Catalog, DataError, SequenceDataset, cesrec_home, content_key
from cesrec.recmodel.datasets import open_dataset
from cesrec.tools.alignment import (
    Adapter,
    AlignmentConfig,
    collaborative_confidence,
    fit_alignment,
    hybrid_embeddings,
)
from cesrec.tools.construct import construct_pseudo_interactions
from cesrec.tools.feedback import Feedback, FeedbackError, parse_feedback_rules, validate_feedback
from cesrec.tools.lexicon import _norm_phrase, vocabulary_for
from cesrec.tools.masking import mask_disliked, mask_outliers
from cesrec.tools.neighbours import ItemNeighbours, build_item_neighbours
from cesrec.tools.ranking import constrained_scores, constraint_tiers, disliked_mask, top_k, zscore
from cesrec.tools.semantic import SemanticIndex, where_clause
from cesrec.tools.state import AppliedConstraints, Preferences, Recommendation, SessionState
from pydantic import BaseModel, Field
from threadpoolctl import ThreadpoolController

ENGINE_VERSION = 1
SIGNALS = ("history", "rewrite", "knn", "text", "description")
# Evidence contexts: which kinds of open feedback the session holds. "base" (attributes only) keeps the
# attribute-feedback blend (1 - pseudo_weight, pseudo_weight) of history and rewrite.
FUSION_CONTEXTS = ("refs", "desc", "refs+desc")
DEFAULT_FUSION: dict[str, dict[str, float]] = {
    "refs": {"history": 1.0, "rewrite": 0.34, "knn": 0.177, "text": 0.716},
    "desc": {"history": 1.0, "rewrite": 0.049, "description": 0.858},
    "refs+desc": {"history": 0.956, "rewrite": 0.17, "knn": 0.183, "text": 0.571, "description": 1.0},
}
# Mixture of experts on top of the weighted sum, per evidence context: {expert: [share, sharpness]} where an
# expert is "fused" (the weighted sum above) or one signal. A user does not say which notion of "like X"
# they mean (watched by the same people? similar story?), so a mixture -- "one of these notions is right"
# -- keeps each signal's confident picks, where a weighted sum lets two signals that disagree cancel out.
# Empty = the weighted sum alone. Chosen on validation users (evals/tune_fusion.py).
DEFAULT_MIXTURE: dict[str, dict[str, list[float]]] = {
    "refs": {"fused": [0.9742, 1.4128], "history": [0.0013, 6.4239], "rewrite": [0.001, 2.3291], "knn": [0.004, 1.0156], "text": [0.0195, 2.3245]},
    "desc": {"fused": [0.9612, 2.2114], "history": [0.0139, 7.1995], "rewrite": [0.0072, 1.6147], "description": [0.0177, 1.9671]},
    "refs+desc": {"fused": [0.986, 1.8217], "text": [0.0123, 2.5838]},
}
DEFAULT_CONFIDENCE_P0 = 0.0  # hybrid weight shift towards the semantic side for rarely seen items (0 = off)


@dataclass
class TurnConfig:
    """Knobs of one turn. Defaults chosen on the VALIDATION split with the trained SASRec (one feedback turn
    revealing one genre + the decade; evals/bench_turn.py "traps_valid"): the accumulated constraints do
    most of the work (HR@10 0.25 -> 0.68); appending pseudo items and letting the SRS rank from the
    rewritten sequence alone (pseudo_weight=1, the paper) cost up to 0.13, so the rewrite only nudges
    (pseudo_weight=0.25) and pseudo items are picked by SRS score among the semantically retrieved,
    constraint-satisfying candidates (pseudo_beta=0). Masking was neutral within noise; robust (masks only
    what stands out, capped) is the default."""

    mask_method: str | None = "robust"  # "k_lowest" (paper) | "robust" | None (no outlier masking)
    # also set aside history items that carry a disliked attribute value. Off: on validation users it cost
    # 0.1-0.9 HR@10 points under every budget and backbone (evals/results/masking_valid.json)
    mask_disliked_history: bool = False
    mask_k: int = 1
    similarity: str = "cosine"
    max_mask_fraction: float = 0.2
    pseudo_m: int = 2  # pseudo items appended per feedback turn (0 = none)
    pseudo_candidates: int = 50
    pseudo_beta: float = 0.0  # weight of semantic similarity vs SRS score when re-scoring candidates
    pseudo_weight: float = 0.25  # final: (1-w) z(SRS(history)) + w z(SRS(history + pseudo)); 1 = paper
    retrieval: str = "exact"  # "exact" (numpy over the cached vectors) | "chroma"
    constraint_mode: str = "filter"  # "filter" | "boost" | "off"
    boost_gamma: float = 1.0
    # referenced films ("I loved Heat") are appended to the rewritten sequence themselves
    append_references: bool = True
    # open feedback (references, descriptions) adds collaborative and semantic evidence to the SRS scores;
    # False = rank by the SRS on the (rewritten) sequence alone (the paper as published)
    use_evidence: bool = True
    # how much each signal counts, per evidence context (see turn_scores); chosen on validation users
    fusion: dict = dataclasses.field(default_factory=lambda: {k: dict(v) for k, v in DEFAULT_FUSION.items()})
    knn_decay: float = 1.0  # weight of an earlier reference relative to the next one
    mixture: dict = dataclasses.field(default_factory=lambda: {
        c: {e: list(v) for e, v in m.items()} for c, m in DEFAULT_MIXTURE.items()})

    def __post_init__(self) -> None:
        if self.mask_method not in (None, "k_lowest", "robust"):
            raise ValueError(f"mask_method must be 'k_lowest', 'robust' or None, got {self.mask_method!r}")
        if self.constraint_mode not in ("filter", "boost", "off"):
            raise ValueError(f"constraint_mode must be 'filter', 'boost' or 'off', got {self.constraint_mode!r}")
        if not 0.0 <= self.pseudo_weight <= 1.0:
            raise ValueError(f"pseudo_weight must be in [0, 1], got {self.pseudo_weight}")
        if self.retrieval not in ("exact", "chroma"):
            raise ValueError(f"retrieval must be 'exact' or 'chroma', got {self.retrieval!r}")
        bad = sorted(set(self.fusion) - set(FUSION_CONTEXTS))
        bad += sorted(f"{c}.{k}" for c, ws in self.fusion.items() for k in ws if k not in SIGNALS)
        bad += sorted(f"mixture.{c}" for c in self.mixture if c not in FUSION_CONTEXTS)
        bad += sorted(f"mixture.{c}.{e}" for c, m in self.mixture.items() for e, v in m.items()
                      if (e != "fused" and e not in SIGNALS) or len(v) != 2 or v[0] < 0 or v[1] <= 0)
        if bad:
            raise ValueError(f"fusion: unknown context(s)/signal(s) {bad}; contexts {FUSION_CONTEXTS}, "
                             f"signals {SIGNALS}")


class ItemInfo(BaseModel):
    item: int
    title: str
    year: int | None = None
    genres: list[str] = Field(default_factory=list)
    directors: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    writers: list[str] = Field(default_factory=list)
    rated: str = ""
    plot: str = ""
    similarity: float | None = None


class Explanation(BaseModel):
    """Grounded explanation: the sequence items closest to the recommendation in the hybrid space, the
    preference values it matches or violates, and where the SRS ranks it."""

    item: int
    title: str
    srs_rank: int
    because: list[dict] = Field(default_factory=list)  # {item, title, role: history|pseudo, similarity}
    matched: dict[str, list[str]] = Field(default_factory=dict)
    conflicts: dict[str, list[str]] = Field(default_factory=dict)
    text: str


_PHRASE = {
    "genre": "Genres: {}.",
    "decade": "A film from the {}.",
    "director": "Directed by {}.",
    "actor": "Starring {}.",
    "writer": "Written by {}.",
}


_THREADS = ThreadpoolController()
_THREADS_LOCK = threading.Lock()
_THREADS_DEPTH = 0


@contextmanager
def single_threaded():
    """Run a turn's small matmuls on one BLAS and one torch thread.

    A turn is a handful of tiny matrix-vector products; a multi-threaded BLAS/OpenMP pool has to wake its
    sleeping workers for each of them, which on a loaded machine costs tens of milliseconds (measured: a
    1,683 x 384 matvec took 40 ms after an idle gap with 2 OpenBLAS threads, 0.14 ms with 1). Re-entrant;
    restores the previous settings on exit."""
    global _THREADS_DEPTH
    with _THREADS_LOCK:
        _THREADS_DEPTH += 1
        outer = _THREADS_DEPTH == 1
    if not outer:  # thread limits are process-wide: the outermost holder sets and restores them
        try:
            yield
        finally:
            with _THREADS_LOCK:
                _THREADS_DEPTH -= 1
        return
    torch_threads = torch.get_num_threads()
    try:
        with _THREADS.limit(limits=1, user_api="blas"):
            if torch_threads != 1:
                torch.set_num_threads(1)
            yield
    finally:
        if torch_threads != 1:
            torch.set_num_threads(torch_threads)
        with _THREADS_LOCK:
            _THREADS_DEPTH -= 1


def _hash_array(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a, dtype=np.float32).tobytes()).hexdigest()[:16]


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
    def build(
        cls,
        dataset_name: str = "ml-100k",
        backbone: str = "sasrec",
        source: str | Path | None = None,
        item_extra: str | Path | None = None,
        home: str | Path | None = None,
        epochs: int | None = None,
        config: TurnConfig | None = None,
        embedding_model: str | None = None,
        alignment: AlignmentConfig | None = None,
        alpha: float = 0.5,
        confidence_p0: float | None = None,
        train: bool = True,
        progress: bool = False,
        **train_overrides,
    ) -> CESRecEngine:
        """Prepare the data, train (or load) the SRS via recmodel.runs.train_or_load, embed the catalogue,
        fill chromadb, fit (or load) the alignment adapter. Everything is cached under `home`
        (default CESREC_HOME). `train=False` raises instead of training when no run exists."""
        from cesrec.recmodel.runs import resolve_run, train_or_load

        home_dir = Path(home).expanduser() if home else cesrec_home()
        ds = open_dataset(dataset_name, source, item_extra=item_extra, cache_dir=home_dir / "prepared")
        overrides = dict(train_overrides)
        if epochs is not None:
            overrides["epochs"] = int(epochs)
        overrides.setdefault("progress", progress)
        # one naming for the run and the engine built on it: data content + every setting
        run_dir, _ = resolve_run(ds, backbone, home=home_dir, **overrides)
        if not train and not (run_dir / "run.json").exists():
            raise FileNotFoundError(f"{run_dir}: no trained {backbone} run; build the engine with train=True")
        model = train_or_load(ds, backbone, out_dir=run_dir, **overrides)
        eng_dir = home_dir / "engines" / run_dir.name
        if not (eng_dir / "engine.json").exists():  # what `cesrec data list` attributes the engine by
            eng_dir.mkdir(parents=True, exist_ok=True)
            (eng_dir / "engine.json").write_text(json.dumps(
                {"dataset": ds.name, "content_key": content_key(ds), "backbone": backbone, "run": str(run_dir)}))
        semantic = SemanticIndex(ds.catalog, eng_dir / "semantic", model=embedding_model, name=ds.name,
                                 progress=progress)
        semantic.build()
        collab = model.item_embeddings().astype(np.float32)  # computed once (EASE derives it by SVD)
        adapted, report = cls._alignment(ds, collab, semantic, eng_dir, alignment or AlignmentConfig())
        return cls(ds, model, semantic, adapted, report, backbone, eng_dir, config=config, alpha=alpha,
                   collaborative=collab,
                   confidence_p0=DEFAULT_CONFIDENCE_P0 if confidence_p0 is None else confidence_p0,
                   neighbours=cls._neighbours(ds, eng_dir))

    @staticmethod
    def _neighbours(ds: SequenceDataset, eng_dir: Path) -> ItemNeighbours:
        key = hashlib.sha256(json.dumps([content_key(ds), ds.catalog.num_items, ENGINE_VERSION]).encode()
                             ).hexdigest()[:16]
        path = eng_dir / f"neighbours-{key}.npz"
        if path.exists():
            return ItemNeighbours.load(path)
        nb = build_item_neighbours(ds)
        eng_dir.mkdir(parents=True, exist_ok=True)
        nb.save(path)
        return nb

    @classmethod
    def load(cls, dataset_name: str = "ml-100k", backbone: str = "sasrec", **kwargs) -> CESRecEngine:
        """Like build, but never trains the SRS (FileNotFoundError when it was not built before)."""
        return cls.build(dataset_name, backbone, train=False, **kwargs)

    @staticmethod
    def _alignment(ds: SequenceDataset, collab: np.ndarray, semantic: SemanticIndex, eng_dir: Path,
                   cfg: AlignmentConfig) -> tuple[np.ndarray, dict]:
        key_src = json.dumps([_hash_array(collab), semantic.key, dataclasses.asdict(cfg), ENGINE_VERSION])
        key = hashlib.sha256(key_src.encode()).hexdigest()[:16]
        eng_dir.mkdir(parents=True, exist_ok=True)
        npy, rep = eng_dir / f"adapted-{key}.npy", eng_dir / f"alignment-{key}.json"
        if npy.exists() and rep.exists():
            return np.load(npy), json.loads(rep.read_text())
        sem_in = semantic.embeddings
        eligible = np.flatnonzero(ds.item_popularity("train") > 0)
        eligible = eligible[eligible > 0]
        res = fit_alignment(sem_in, collab, eligible, cfg)
        torch.save(res.adapter.state_dict(), eng_dir / f"adapter-{key}.pt")
        np.save(npy, res.adapted)
        rep.write_text(json.dumps(res.report, indent=2))
        return res.adapted, res.report

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

    def evidence(self, prefs: Preferences, decay: float = 1.0) -> dict[str, np.ndarray]:
        """Open-feedback signals over the catalogue (N+1,) from the accumulated preferences: 'knn'
        (collaborative neighbours of the referenced films), 'text' (semantic similarity to them) and
        'description' (semantic similarity to what the user said about the content). Absent ones are
        left out."""
        out: dict[str, np.ndarray] = {}
        refs = [int(i) for i in prefs.liked_items]
        emb = self.semantic.embeddings
        if refs:
            out["knn"] = self.neighbours.scores(refs, decay)
            q = emb[refs].mean(0)
            out["text"] = emb @ (q / max(float(np.linalg.norm(q)), 1e-12))
        if prefs.descriptions:
            q = np.mean([self.semantic.encode(d) for d in prefs.descriptions], axis=0)
            out["description"] = emb @ (q / max(float(np.linalg.norm(q)), 1e-12))
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


# --------------------------------------------------------------------------------------------------------
# Turn operations (pure: state in, new state out)
# --------------------------------------------------------------------------------------------------------


def _merge(into: dict[str, list[str]], add: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {k: list(v) for k, v in into.items()}
    for kind, vals in add.items():
        bucket = out.setdefault(kind, [])
        bucket += [v for v in vals if v not in bucket]
    return {k: v for k, v in out.items() if v}


def _remove(frm: dict[str, list[str]], rm: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {k: [v for v in vals if v not in rm.get(k, [])] for k, vals in frm.items()}
    return {k: v for k, v in out.items() if v}


def apply_feedback(engine: CESRecEngine, state: SessionState, feedback: Feedback | str) -> SessionState:
    """Validate `feedback` (text goes through the rule parser) against the catalogue, fold it into the
    accumulated preferences, queue it for pseudo construction and advance the turn.

    Empty feedback is a documented no-op (the same state comes back). Unknown attribute values or item
    ids raise FeedbackError naming the field and value. A value said positively now overrides an earlier
    negative one and vice versa; disliked items join `rejected`. Pseudo items the user now rejects (the item
    itself or a disliked attribute of it) leave the pseudo sequence: it must not keep steering the SRS
    towards what was just refused. A new year bound replaces the old one; descriptions accumulate (last 5)."""
    if isinstance(feedback, str):
        feedback = parse_feedback_rules(feedback, engine.catalog, state)
    elif not isinstance(feedback, Feedback):
        raise FeedbackError(f"feedback must be a Feedback or a string, got {type(feedback).__name__}")
    fb = validate_feedback(feedback, engine.catalog, strict=True)
    if fb.is_empty():
        return state
    p = state.preferences
    liked = _merge(_remove(p.liked, fb.disliked_attributes), fb.liked_attributes)
    disliked = _merge(_remove(p.disliked, fb.liked_attributes), fb.disliked_attributes)
    liked_items = [i for i in p.liked_items if i not in fb.disliked_items and i not in fb.liked_items]
    liked_items += list(fb.liked_items)  # a film named again becomes the most recent reference
    disliked_items = [i for i in p.disliked_items if i not in fb.liked_items]
    disliked_items += [i for i in fb.disliked_items if i not in disliked_items]
    wishes = list(p.wishes)
    if fb.free_text.strip():
        wishes = (wishes + [fb.free_text.strip()[:500]])[-10:]
    descriptions = list(p.descriptions)
    if fb.description.strip():
        descriptions = (descriptions + [fb.description.strip()])[-5:]
    year_min = fb.year_min if fb.year_min is not None else p.year_min
    year_max = fb.year_max if fb.year_max is not None else p.year_max
    if year_min is not None and year_max is not None and year_min > year_max:
        # the newer statement wins over a contradicting old bound
        year_min, year_max = (fb.year_min, None) if fb.year_min is not None else (None, fb.year_max)
    prefs = Preferences(liked=liked, disliked=disliked, liked_items=liked_items[-20:],
                        disliked_items=disliked_items, year_min=year_min, year_max=year_max,
                        descriptions=descriptions, wishes=wishes)
    rejected = list(state.rejected) + [i for i in fb.disliked_items if i not in state.rejected]
    pseudo = list(state.pseudo)
    if pseudo and (fb.disliked_items or any(fb.disliked_attributes.values())):
        refused = engine.disliked_mask(prefs)
        pseudo = [q for q in pseudo if not refused[q.item]]
    return state.model_copy(update={
        "preferences": prefs,
        "rejected": rejected,
        "pseudo": pseudo,
        "turn": state.turn + 1,
        "pending_feedback": fb,
    })


def _why(engine: CESRecEngine, state: SessionState, item: int, groups: list[tuple[str, np.ndarray]],
         context: tuple | None = None) -> str:
    matched = [d for d, m in groups if m[item]]
    bits = []
    if matched:
        bits.append("matches " + ", ".join(matched))
    # the collaborative reason first: people who loved a film the user named also watched this one
    fans = [r for r in reversed(state.preferences.liked_items) if item in engine.neighbours.ids[r][:50]]
    if fans:
        bits.append(f"often watched by people who loved {engine.catalog.label(fans[0])}")
        return "; ".join(bits)
    near = engine.similar_in_sequence(state, item, top=1, context=context)
    if near:
        if near[0]["item"] in state.preferences.liked_items:
            role = "which you loved"
        else:
            role = "a pseudo item from your feedback" if near[0]["role"] == "pseudo" else "your history"
        bits.append(f"close to {near[0]['title']} ({role})")
    if not bits:
        bits.append("ranked high by the sequential model for your recent history")
    return "; ".join(bits)


def evidence_context(prefs: Preferences) -> str | None:
    """Which open-feedback evidence the session holds: 'refs', 'desc', 'refs+desc' or None (attributes)."""
    refs, desc = bool(prefs.liked_items), bool(prefs.descriptions)
    if refs and desc:
        return "refs+desc"
    return "refs" if refs else ("desc" if desc else None)


def turn_scores(engine: CESRecEngine, state: SessionState, config: TurnConfig) -> np.ndarray:
    """The score vector a turn ranks by (before constraints and exclusions).

    Attribute feedback only: (1 - w) * z(SRS(masked history)) + w * z(SRS(masked history + pseudo items)),
    w = pseudo_weight -- the rewritten sequence nudges the ranking instead of replacing the user's own
    signal (z-scores make logit vectors comparable); w = 1 is the paper (the rewritten sequence alone).

    Once the user has pointed at films or described what they want, what they just said outweighs an
    old history: the turn is a weighted sum of z-scored signals -- the SRS on the history, the SRS on the
    rewritten sequence (referenced films and retrieved pseudo items appended), the collaborative
    neighbours of the referenced films, their semantic neighbours and the description's -- with weights
    per evidence context (`config.fusion`, chosen on validation users; see evals/tune_fusion.py)."""
    ctx = evidence_context(state.preferences) if config.use_evidence else None
    if ctx is None:
        w = config.pseudo_weight
        if not state.pseudo or w >= 1.0:
            return engine.srs_scores(state).astype(np.float64)
        base = engine.srs_scores(state.model_copy(update={"pseudo": []})).astype(np.float64)
        if w == 0.0:
            return base
        return (1.0 - w) * zscore(base) + w * zscore(engine.srs_scores(state).astype(np.float64))
    weights = config.fusion.get(ctx, {})
    mix = config.mixture.get(ctx) or {}
    wanted = {n for n, w in weights.items() if w} | {e for e in mix if e != "fused"}
    signals: dict[str, np.ndarray] = {}
    if wanted & {"history", "rewrite"}:
        signals["history"] = engine.srs_scores(state.model_copy(update={"pseudo": []}))
    if "rewrite" in wanted:
        signals["rewrite"] = engine.srs_scores(state) if state.pseudo else signals["history"]
    signals.update(engine.evidence(state.preferences, config.knn_decay))
    z = {name: zscore(v) for name, v in signals.items()}
    total = np.zeros(engine.num_items + 1, dtype=np.float64)
    for name, w in weights.items():
        if w and name in z:
            total += w * z[name]
    total[0] = -np.inf
    if mix:
        total = mixture_scores(total, z, mix)
    return total


def mixture_scores(fused: np.ndarray, z: dict[str, np.ndarray], mix: dict[str, list[float]]) -> np.ndarray:
    """log sum_e share_e * softmax(sharpness_e * x_e): x_e is the fused score or one z-scored signal."""
    parts = []
    for e, (share, sharp) in mix.items():
        x = fused if e == "fused" else z.get(e)
        if x is None or share <= 0:
            continue
        x = np.where(np.isfinite(x), x, -np.inf)
        x[0] = -np.inf
        logits = sharp * x
        m = logits[1:].max()
        logp = logits - (m + np.log(np.exp(logits[1:] - m).sum()))
        parts.append(np.log(share) + logp)
    if not parts:
        return fused
    out = np.logaddexp.reduce(np.stack(parts), axis=0)
    out[0] = -np.inf
    return out


def rank_items(engine: CESRecEngine, state: SessionState, k: int, config: TurnConfig
               ) -> tuple[list[tuple[int, float]], AppliedConstraints, list[tuple[str, np.ndarray]]]:
    """Top-k (item, score) for the state's current sequence with constraints applied (no state change)."""
    scores = turn_scores(engine, state, config)
    prefs = state.preferences
    excluded = state.seen_items() | set(prefs.liked_items)
    eff, groups = constrained_scores(scores, prefs, engine, config.constraint_mode, excluded, config.boost_gamma)
    mode = config.constraint_mode
    top = [(i, float(scores[i])) for i, _ in top_k(eff, k)]
    full = _count_full(eff, groups) if groups else int(np.isfinite(eff).sum())
    relaxed = [d for d, m in groups if any(not m[i] for i, _ in top)]
    applied = AppliedConstraints(mode=mode, required=prefs.liked if mode != "off" else {},
                                 excluded=prefs.disliked if mode != "off" else {}, relaxed=relaxed,
                                 candidates=full)
    return top, applied, groups


def _count_full(eff: np.ndarray, groups: list[tuple[str, np.ndarray]]) -> int:
    """Admissible items that satisfy every liked constraint group."""
    ok = np.isfinite(eff)
    for _, m in groups:
        ok &= m
    return int(ok.sum())


def prepare_sequence(engine: CESRecEngine, state: SessionState, config: TurnConfig | None = None) -> SessionState:
    """The rewrite part of a turn: mask disliked + outliers, then construct pseudo items from the queued
    feedback. Before any feedback (turn 0) the history is left as it is."""
    cfg = config or engine.config
    if state.turn >= 1:
        if cfg.mask_disliked_history:
            state = mask_disliked(engine, state)
        if cfg.mask_method:
            state = mask_outliers(engine, state, method=cfg.mask_method, k=cfg.mask_k, similarity=cfg.similarity,
                                  max_fraction=cfg.max_mask_fraction, window=engine.window)
    if state.pending_feedback is not None:
        state = construct_pseudo_interactions(engine, state, m=cfg.pseudo_m, candidates=cfg.pseudo_candidates,
                                              beta=cfg.pseudo_beta, retrieval=cfg.retrieval,
                                              append_references=cfg.append_references)
    return state


def recommend_with_feedback(engine: CESRecEngine, state: SessionState, k: int = 10,
                            config: TurnConfig | None = None) -> tuple[SessionState, list[Recommendation]]:
    """mask -> construct -> scores (see turn_scores) -> constraints -> exclude consumed/shown/rejected and
    the films the user named (retrieved pseudo items stay eligible) -> top-k with a one-line why. The returned state records the
    shown items, the recommendations and the applied constraints."""
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    cfg = config or engine.config
    with single_threaded():
        state = prepare_sequence(engine, state, cfg)
        top, applied, groups = rank_items(engine, state, k, cfg)
        c = engine.catalog
        ctx = engine.sequence_context(state)
        recs = [
            Recommendation(item=i, title=c.titles[i], year=c.years[i], genres=list(c.genres[i]),
                           score=round(s, 4), why=_why(engine, state, i, groups, ctx))
            for i, s in top
        ]
    shown = list(state.shown) + [r.item for r in recs if r.item not in state.shown]
    new = state.model_copy(update={"shown": shown, "last_recommendations": recs, "constraints": applied})
    return new, recs


def search_catalog(engine: CESRecEngine, query: str, filters: dict | None = None, k: int = 10,
                   exclude: list[int] | None = None) -> list[ItemInfo]:
    """Semantic search over the catalogue through chromadb. `filters` (all optional): genres (all required),
    any_genres, exclude_genres, decades, year_min, year_max — values are validated against the catalogue
    ("sci-fi", "90s" accepted). Unknown filter keys or values raise FeedbackError."""
    if not isinstance(query, str) or not query.strip():
        raise ValueError("search_catalog: query must be a non-empty string")
    if k < 1:
        raise ValueError(f"search_catalog: k must be >= 1, got {k}")
    filters = dict(filters or {})
    known = {"genres", "any_genres", "exclude_genres", "decades", "year_min", "year_max"}
    unknown = sorted(set(filters) - known)
    if unknown:
        raise FeedbackError(f"search_catalog: unknown filter(s) {unknown}; known: {sorted(known)}")
    voc = engine.vocabulary

    def canon(kind: str, key: str) -> list[str]:
        vals = filters.get(key) or []
        vals = [vals] if isinstance(vals, str) else list(vals)
        out = []
        for v in vals:
            got = voc.canonical_value(kind, v)
            if not got:
                raise FeedbackError(f"search_catalog: filters[{key!r}]: {v!r} is not a {kind} in the catalogue"
                                    f"{voc.suggest(kind, str(v))}")
            out += got
        return out

    yr = None
    if filters.get("year_min") is not None or filters.get("year_max") is not None:
        try:
            yr = (int(filters.get("year_min") or 0), int(filters.get("year_max") or 9999))
        except (TypeError, ValueError):
            raise FeedbackError("search_catalog: year_min/year_max must be integers") from None
    where = where_clause(genres_all=canon("genre", "genres"), genres_any=canon("genre", "any_genres"),
                         genres_none=canon("genre", "exclude_genres"), decades=canon("decade", "decades"),
                         year_range=yr)
    hits = engine.semantic.search(query, where=where, k=k, exclude=exclude)
    return [engine.item_info(i, s) for i, s in hits]


def item_details(engine: CESRecEngine, item: int | str) -> ItemInfo:
    """Catalogue facts of one item: by internal id, or by title (exact, then fuzzy; DataError if none)."""
    if isinstance(item, str) and not item.strip().lstrip("-").isdigit():
        return engine.item_info(find_item(engine, item))
    if isinstance(item, str):
        item = int(item)
    return engine.item_info(engine.check_item(item))


def _title_key(text: str) -> str:
    """Normalised title without a trailing '(year)' or English articles ('Godfather, The' == 'the godfather')."""
    words = _norm_phrase(re.sub(r"\(\d{4}\)\s*$", "", text)).split()
    return " ".join(w for w in words if w not in ("the", "a", "an"))


def find_item(engine: CESRecEngine, title: str) -> int:
    """Internal id of the item whose title best matches `title` (DataError when nothing is close).

    Exact (normalised) titles first, then whole-title similarity; partial matches ('the', 'war') are not
    accepted, since a wrong movie is worse than a clear 'not found'."""
    from rapidfuzz import fuzz, process

    if not isinstance(title, str):
        raise DataError(f"a title must be text, got {type(title).__name__}")
    voc = engine.vocabulary
    norm = _norm_phrase(" ".join(title.lower().split()))
    if norm in voc.titles:
        return voc.titles[norm][0]
    key = _title_key(title)
    if len(key) < 3:
        raise DataError(f"no catalogue item matches the title {title!r}")
    keys = engine.__dict__.get("_title_keys")
    if keys is None:  # built once per engine
        keys = engine.__dict__["_title_keys"] = [_title_key(engine.catalog.titles[i])
                                                 for i in range(1, engine.num_items + 1)]
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=85)
    if not hit:
        hit = process.extractOne(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=90)
    if not hit:
        raise DataError(f"no catalogue item matches the title {title!r}")
    return int(hit[2]) + 1


def explain_recommendation(engine: CESRecEngine, state: SessionState, item: int) -> Explanation:
    """Why `item` is (or would be) recommended, grounded in the session: the closest visible history and
    pseudo items in the hybrid space, the liked/disliked values it matches or violates, and its rank under
    the SRS for the current sequence (1 = top, consumed items excluded)."""
    item = engine.check_item(item)
    prefs = state.preferences
    attrs = engine.catalog.attributes(item)
    matched = {k: [v for v in vals if v in attrs.get(k, [])] for k, vals in prefs.liked.items()}
    matched = {k: v for k, v in matched.items() if v}
    conflicts = {k: [v for v in vals if v in attrs.get(k, [])] for k, vals in prefs.disliked.items()}
    conflicts = {k: v for k, v in conflicts.items() if v}
    with single_threaded():
        scores = turn_scores(engine, state, engine.config)
        because = engine.similar_in_sequence(state, item, top=3)
    seen = state.seen_items()
    ok = np.isfinite(scores)
    if seen:
        ok[np.fromiter(seen, dtype=np.int64)] = False
    rank = int((scores[ok] > scores[item]).sum()) + 1
    label = engine.catalog.label(item)
    bits = [f"the sequential model ranks {label} #{rank} for your current sequence"]
    if because:
        bits.append("it is closest to " + ", ".join(f"{b['title']} ({b['role']})" for b in because))
    if matched:
        bits.append("it matches " + ", ".join(f"{k} {'/'.join(v)}" for k, v in matched.items()))
    if conflicts:
        bits.append("but it has " + ", ".join(f"{k} {'/'.join(v)}" for k, v in conflicts.items())
                    + ", which you said you don't want")
    if item in set(state.history) | set(state.rejected):
        bits.append("(you have already seen or dismissed it)")
    return Explanation(item=item, title=label, srs_rank=rank, because=because, matched=matched,
                       conflicts=conflicts, text="; ".join(bits) + ".")


def engine_home() -> Path:
    """Where engines live (CESREC_HOME/engines)."""
    return cesrec_home() / "engines"


__all__ = [
    "CESRecEngine", "TurnConfig", "ItemInfo", "Explanation", "apply_feedback", "recommend_with_feedback",
    "prepare_sequence", "rank_items", "turn_scores", "search_catalog", "item_details", "find_item", "explain_recommendation",
    "engine_home", "single_threaded",
]
