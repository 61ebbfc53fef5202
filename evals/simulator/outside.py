"""Clues from outside the systems (issue 22): what the simulated person says is not made from a signal a system ranks
with.

- Descriptions come from `evals/data/film_descriptions_{a,b}.py`, written by people from memory of the films, never
  from the indexed item texts. A target without a hand-written description gets no description clue (the policy picks
  another kind of feedback that turn); the indexed plot is never cut into a description.
- References ("I loved X") come from relations no system ranks by similarity:
  - `people`: a film sharing the target's director or one of its three leading actors (catalogue metadata;
    the item text the encoder and BM25 index lists the same names, so the oracle overlap is measured and reported);
  - `genre_era`: a film with the same genre set (Jaccard >= 0.5) released within five years of the target;
  - `own_history`: a film from the user's own recent history (the last 30 items), drawn at random: no similarity to
    the target at all.
  Among the candidates the person names a film many people know (at least `min_known` training interactions: a
  popularity floor, not a similarity), drawn at random with the session's generator.
- Critiques point at the shown film closest to the target by genre overlap, then release year -- catalogue
  facts, not the systems' similarity.
- A misleading mention (noise) is a known film sharing no genre with the target.
- Near duplicates: a title near-duplicate (sequel numerals, shared title words), a film of the same hand-listed
  franchise (`evals/data/franchises.py`), or one sharing a leading actor *and* a title word is never a clue for the
  target ("I loved Star Wars" is never said for Return of the Jedi).

`oracle_overlap` measures, for (reference, target) pairs, how often a system signal already puts the target in the
reference's top 10 -- a variant where one signal does so for more than a third of the pairs is an oracle for that
signal and is reported apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import numpy as np
from cesrec.evals.simulator.budget import OUTSIDE_VARIANTS
from cesrec.evals.simulator.text import _STOP, _norm, near_duplicate, title_variants
from cesrec.recmodel.data import Catalog

__all__ = ["OUTSIDE_VARIANTS", "ORACLE_SHARE", "OutsideClues", "franchise_of", "hand_descriptions",
           "near_duplicate_items", "oracle_overlap", "title_word_overlap"]
ORACLE_SHARE = 1 / 3  # a variant where one system signal holds the target in X's top 10 this often is an oracle


@lru_cache(maxsize=1)
def _hand_by_label() -> dict[str, str]:
    from cesrec.evals.data.film_descriptions_a import DESCRIPTIONS as A
    from cesrec.evals.data.film_descriptions_b import DESCRIPTIONS as B

    return {**A, **B}


@lru_cache(maxsize=1)
def _franchise_by_label() -> dict[str, str]:
    from cesrec.evals.data.franchises import FRANCHISES

    return {m: name for name, members in FRANCHISES.items() for m in members}


def hand_descriptions(catalog: Catalog) -> dict[int, str]:
    """item -> its hand-written description (items of the catalogue that have one; every copy of a label)."""
    key = id(catalog)
    hit = _HAND_CACHE.get(key)
    if hit is None or hit[0] is not catalog:
        by_label = _hand_by_label()
        hit = (catalog, {i: by_label[catalog.label(i)] for i in range(1, catalog.num_items + 1)
                         if catalog.label(i) in by_label})
        _HAND_CACHE[key] = hit
    return hit[1]


_HAND_CACHE: dict[int, tuple[Catalog, dict[int, str]]] = {}


def franchise_of(catalog: Catalog, item: int) -> str | None:
    return _franchise_by_label().get(catalog.label(int(item)))


def _title_words(title: str) -> set[str]:
    return {w for v in title_variants(title) for w in v.split() if len(w) >= 4 and w not in _STOP}


def near_duplicate_items(catalog: Catalog, a: int, b: int) -> bool:
    """Sequel, remake, series sibling or same-story film: titles (text.near_duplicate), the franchise list, or a
    shared leading actor together with a shared title word."""
    a, b = int(a), int(b)
    if a == b or near_duplicate(catalog.titles[a], catalog.titles[b]):
        return True
    fa = franchise_of(catalog, a)
    if fa is not None and fa == franchise_of(catalog, b):
        return True
    lead_a, lead_b = set(catalog.actors[a][:2]), set(catalog.actors[b][:2])
    return bool(lead_a & lead_b) and bool(_title_words(catalog.titles[a]) & _title_words(catalog.titles[b]))


class OutsideClues:
    """Candidate references and critique orders from catalogue facts (people, genres, years), never from a
    similarity a system ranks with. `popularity` (training interactions per item) only decides which films a person
    would know to name."""

    def __init__(self, catalog: Catalog, popularity: np.ndarray | None = None, min_known: int = 20) -> None:
        self.catalog = catalog
        n = catalog.num_items + 1
        pop = np.zeros(n) if popularity is None else np.asarray(popularity, dtype=np.float64)[:n]
        self.known = pop >= min_known if popularity is not None else np.ones(n, dtype=bool)
        self.known[0] = False
        for i in range(1, n):
            if catalog.is_placeholder(i):
                self.known[i] = False
        self._people: dict[str, set[int]] = {}
        self._era: dict[tuple, list[int]] = {}
        for i in range(1, n):
            for name in catalog.directors[i]:
                self._people.setdefault("d:" + name, set()).add(i)
            for name in catalog.actors[i][:3]:
                self._people.setdefault("a:" + name, set()).add(i)

    def people(self, target: int) -> list[int]:
        """Known films sharing the target's director or one of its three leading actors (sorted ids)."""
        cat = self.catalog
        keys = ["d:" + n for n in cat.directors[target]] + ["a:" + n for n in cat.actors[target][:3]]
        out: set[int] = set()
        for k in keys:
            out |= self._people.get(k, set())
        return sorted(i for i in out if i != target and self.known[i])

    def genre_era(self, target: int, max_years: int = 5, min_jaccard: float = 0.5) -> list[int]:
        key = (int(target), max_years, min_jaccard)
        if key not in self._era:
            self._era[key] = self._genre_era(int(target), max_years, min_jaccard)
        return self._era[key]

    def _genre_era(self, target: int, max_years: int, min_jaccard: float) -> list[int]:
        cat = self.catalog
        g, y = set(cat.genres[target]), cat.years[target]
        if not g or not y:
            return []
        out = []
        for i in range(1, cat.num_items + 1):
            if i == target or not self.known[i] or not cat.years[i] or abs(cat.years[i] - y) > max_years:
                continue
            h = set(cat.genres[i])
            if h and len(g & h) / len(g | h) >= min_jaccard:
                out.append(i)
        return out

    @staticmethod
    def own_history(history: Sequence[int], last: int = 30) -> list[int]:
        return list(dict.fromkeys(int(i) for i in list(history)[-last:]))

    def candidates(self, variant: str, targets: Sequence[int], history: Sequence[int]) -> list[int]:
        if variant == "own_history":
            return self.own_history(history)
        pick = self.people if variant == "people" else self.genre_era
        out: list[int] = []
        for t in targets:
            out += [i for i in pick(int(t)) if i not in out]
        return out

    def closeness(self, targets: Sequence[int], item: int) -> tuple[float, float]:
        """(genre Jaccard with the closest target, minus the year gap): larger is closer."""
        cat = self.catalog
        best = (-1.0, -1e9)
        h = set(cat.genres[item])
        for t in targets:
            g = set(cat.genres[t])
            jac = len(g & h) / len(g | h) if g | h else 0.0
            gap = abs((cat.years[t] or 0) - (cat.years[item] or 0)) if cat.years[t] and cat.years[item] else 50
            best = max(best, (jac, -float(gap)))
        return best

    def unrelated(self, targets: Sequence[int], rng: np.random.Generator) -> list[int]:
        """Known films sharing no genre with any target, in a random order."""
        cat = self.catalog
        want = {g for t in targets for g in cat.genres[t]}
        far = [i for i in range(1, cat.num_items + 1) if self.known[i] and cat.genres[i]
               and not want & set(cat.genres[i])]
        return [far[j] for j in rng.permutation(len(far))]


def oracle_overlap(pairs: Iterable[tuple[int, int]], signals: dict[str, Callable[[int], np.ndarray]],
                   k: int = 10) -> dict[str, float | int]:
    """For (reference X, target) pairs: the share where each signal's top-k neighbours of X (X itself and the
    padding excluded) hold the target; 'any' = the share where at least one signal does. Each signal maps an item
    to a score vector over the catalogue (index 0 = padding)."""
    pairs = [(int(x), int(t)) for x, t in pairs]
    hits = {name: 0 for name in signals}
    any_hit = 0
    for x, t in pairs:
        got = False
        for name, fn in signals.items():
            s = np.asarray(fn(x), dtype=np.float64).copy()
            s[0] = -np.inf
            s[x] = -np.inf
            s[~np.isfinite(s)] = -np.inf
            # ties count against the target (a sparse neighbour list scores most items 0)
            rank = int((s >= s[t]).sum()) if np.isfinite(s[t]) else len(s)
            if rank <= k:
                hits[name] += 1
                got = True
        any_hit += int(got)
    n = max(len(pairs), 1)
    out: dict[str, float | int] = {"pairs": len(pairs), **{n_: round(h / n, 4) for n_, h in hits.items()},
                                   "any": round(any_hit / n, 4)}
    out["oracle"] = bool(pairs) and max(hits.values(), default=0) / n > ORACLE_SHARE
    return out


def title_word_overlap(description: str, catalog: Catalog, item: int) -> set[str]:
    """Title words (4+ letters) of `item` that a description says (should be empty)."""
    return _title_words(catalog.titles[item]) & set(re.findall(r"[a-z']+", _norm(description)))
