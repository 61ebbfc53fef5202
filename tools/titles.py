"""THE title resolver: a title someone typed -> one catalogue item id, or "not found".

Used by every door (the agent's tools and LLM-value resolution, tools.catalog.item_details / find_item, the
MCP server through tools.lc_tools), so a misspelt title resolves to the same film everywhere. Built once per
catalogue (`resolver_for`). The rules, strictest first, because a wrong film is worse than "not found":

1. exact normalised title, with or without a trailing "(1995)", or one of the vocabulary's unambiguous
   aliases ("Seven (Se7en)" -> "seven"); a given year picks among same-title films;
2. exact key: lower-cased, accents folded, English articles and the year dropped, so
   "Godfather, The" == "the godfather" == "Godfather (1972)";
3. whole-key similarity (rapidfuzz ratio >= 85: "shawshank redemtion"), then word-order-insensitive
   similarity (token_sort_ratio >= 90), for keys of 5+ characters. No partial-match scorer (WRatio /
   partial_ratio): they let "war" or "the" match a longer title. A key that is one everyday word ("war"
   for "The War") only matches a film by its exact title.

Titles found inside free text (tools.mentions) use the same normalisation and exact table (`_norm_phrase`,
the vocabulary's `titles`) but their own span-aware fuzzy pass.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

from cesrec.recmodel.data import DataError
from cesrec.tools.lexicon import _norm_phrase, vocabulary_for
from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog

_YEAR_SUFFIX = re.compile(r"\(\s*(\d{4})\s*\)\s*$")
_ARTICLES = frozenset({"the", "a", "an"})
RATIO_CUTOFF = 85
TOKEN_SORT_CUTOFF = 90


def title_key(text: str) -> str:
    """Normalised title without a trailing '(year)' or English articles ('Godfather, The' == 'the godfather')."""
    words = _norm_phrase(_YEAR_SUFFIX.sub("", text)).split()
    return " ".join(w for w in words if w not in _ARTICLES)


def split_year(text: str) -> tuple[str, int | None]:
    """'Heat (1995)' -> ('Heat', 1995); text without a trailing '(year)' comes back whole, with None."""
    m = _YEAR_SUFFIX.search(text)
    return (text[: m.start()].strip(), int(m.group(1))) if m else (text, None)


class TitleResolver:
    """Title -> item id over one catalogue; the lookup tables are built once, in the constructor."""

    def __init__(self, catalog: Catalog) -> None:
        self._years = catalog.years  # not the catalogue itself: the cache below must not keep it alive
        voc = vocabulary_for(catalog)
        self._exact = voc.titles  # normalised title or unique alias -> ids
        self._common = voc.common  # everyday words (from the catalogue's plots)
        self._keys = [title_key(catalog.titles[i]) for i in range(1, catalog.num_items + 1)]
        self._by_key: dict[str, list[int]] = {}
        for i, k in enumerate(self._keys, start=1):
            if k:
                self._by_key.setdefault(k, []).append(i)

    def resolve(self, title: object) -> int | None:
        """The item `title` names, or None when no title is close enough (or `title` is not text)."""
        if not isinstance(title, str):
            return None
        bare, year = split_year(title)
        for norm in (_norm_phrase(title), _norm_phrase(bare)):
            if norm in self._exact:
                return self._pick(self._exact[norm], year)
        key = title_key(title)
        if len(key) < 3 or key in self._common:  # "the", "war": an everyday word is not a title on its own
            return None
        if key in self._by_key:
            return self._pick(self._by_key[key], year)
        if len(key) < 5:  # one typo in a 4-letter word is another word ("shin" is not "Shine")
            return None
        hit = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=RATIO_CUTOFF)
        if not hit:
            hit = process.extractOne(key, self._keys, scorer=fuzz.token_sort_ratio, score_cutoff=TOKEN_SORT_CUTOFF)
        return int(hit[2]) + 1 if hit else None

    def _pick(self, ids: list[int], year: int | None) -> int:
        """Among same-title films, the one from the year given ("Hamlet (1996)"), else the first."""
        return next((i for i in ids if year is not None and self._years[i] == year), ids[0])

    def require(self, title: object) -> int:
        """`resolve`, raising DataError (one line) when nothing matches."""
        if not isinstance(title, str):
            raise DataError(f"a title must be text, got {type(title).__name__}")
        item = self.resolve(title)
        if item is None:
            raise DataError(f"no catalogue item matches the title {title!r}")
        return item


# one resolver per catalogue object; a weak reference, so the cache does not keep a catalogue alive
_RESOLVERS: dict[int, tuple[weakref.ref, TitleResolver]] = {}


def resolver_for(catalog: Catalog) -> TitleResolver:
    """The TitleResolver of `catalog`, built on first use and kept while the catalogue lives."""
    hit = _RESOLVERS.get(id(catalog))
    if hit is not None and hit[0]() is catalog:
        return hit[1]
    res = TitleResolver(catalog)
    key = id(catalog)
    _RESOLVERS[key] = (weakref.ref(catalog, lambda _r: _RESOLVERS.pop(key, None)), res)
    return res


__all__ = ["TitleResolver", "resolver_for", "split_year", "title_key"]
