"""Lexical retrieval over the catalogue's item texts: BM25 (the `bm25s` library) with English stemming.

Why a lexical index beside the sentence encoder: a request names concrete things ("vampires", "submarine",
"World War II", "Hitchcock") that a 384-d sentence embedding blurs into their neighbourhood, while BM25 rewards
exactly the words said, weighted by how rare they are. The two fail differently, so the product fuses them
(tools/turn.py, the "description" signal) and the request benchmark measures each alone as a baseline.

`lexical_index_for(catalog)` builds one index per catalogue (cached by object identity, like the title resolver);
`.scores(query)` is a dense (N+1,) vector with column 0 = -inf, the shape every ranking signal has.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS
from cesrec.recmodel.data import Catalog

# k1 / b: bm25s' defaults (1.5 / 0.75) were kept after the dev-split check of the request benchmark
# (evals/bench/requests.py tunes the baseline's pair on dev; the product uses the same index).
DEFAULT_K1 = 1.5
DEFAULT_B = 0.75


# Words every request and every item text carries ("a good movie to watch tonight"): they name no content, and
# left in they pull up items with "Movie" in the title (The Transformers: The Movie for "a submarine movie").
DOMAIN_STOPWORDS = (
    "movie", "movies", "film", "films", "flick", "flicks", "picture", "something", "anything", "recommend",
    "recommendation", "recommendations", "watch", "watching", "want", "wanna", "please", "pls", "show", "give",
    "good", "great", "nice", "tonight", "looking", "kind", "sort", "type", "maybe", "really", "genres", "directed",
    "starring",
)
STOPWORDS = tuple(sorted(set(STOPWORDS_EN_PLUS) | set(DOMAIN_STOPWORDS)))


@dataclass(frozen=True)
class LexicalConfig:
    k1: float = DEFAULT_K1
    b: float = DEFAULT_B


class LexicalIndex:
    """BM25 over `texts[1:]` (index 0 is the padding item and never scores)."""

    def __init__(self, texts: list[str], config: LexicalConfig | None = None) -> None:
        self.config = config or LexicalConfig()
        self._stemmer = Stemmer.Stemmer("english")
        self.num_items = len(texts) - 1
        corpus = [t or "" for t in texts[1:]]
        tokens = bm25s.tokenize(corpus, stopwords=list(STOPWORDS), stemmer=self._stemmer, show_progress=False)
        self._bm25 = bm25s.BM25(k1=self.config.k1, b=self.config.b)
        self._bm25.index(tokens, show_progress=False)
        self._vocab = set(tokens.vocab)

    def query_tokens(self, query: str) -> list[str]:
        """The query's stemmed, stop-word-free tokens that occur in the catalogue's texts."""
        toks = bm25s.tokenize([query], stopwords=list(STOPWORDS), stemmer=self._stemmer, return_ids=False,
                              show_progress=False)[0]
        return [t for t in toks if t in self._vocab]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every item for `query` (N+1,), float64, column 0 = -inf; all zeros when no query word
        occurs in the catalogue."""
        out = np.zeros(self.num_items + 1, dtype=np.float64)
        toks = self.query_tokens(query)
        if toks:
            out[1:] = self._bm25.get_scores(toks)
        out[0] = -np.inf
        return out


# (id(catalogue), config) -> (weak reference to the catalogue, index): the cache never keeps a catalogue alive
_CACHE: dict[tuple[int, LexicalConfig], tuple[weakref.ref, LexicalIndex]] = {}
_LOCK = threading.Lock()


def lexical_index_for(catalog: Catalog, config: LexicalConfig | None = None) -> LexicalIndex:
    """The catalogue's BM25 index over `catalog.text(i)`, built once per catalogue object and config."""
    key = (id(catalog), config or LexicalConfig())
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0]() is catalog:
            return hit[1]
        texts = [""] + [catalog.text(i) for i in range(1, catalog.num_items + 1)]
        idx = LexicalIndex(texts, key[1])
        _CACHE[key] = (weakref.ref(catalog, lambda _r: _CACHE.pop(key, None)), idx)
        return idx


__all__ = ["LexicalConfig", "LexicalIndex", "lexical_index_for", "DEFAULT_K1", "DEFAULT_B"]
