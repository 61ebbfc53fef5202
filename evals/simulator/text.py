"""Title and plot wording shared by the policy, the verbalizers and the audit: normalised title forms,
how a person says a title, sequels and remakes, a plot phrase that names nothing, a stable hash."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from cesrec.recmodel.data import Catalog
from rapidfuzz import fuzz


def _norm(s: str) -> str:
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9']+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _has_words(u: str, phrase: str) -> bool:
    """Whole-word containment on normalised text (plain substring test: no per-name regex to compile)."""
    return f" {phrase} " in f" {u} "


def title_variants(title: str) -> list[str]:
    """Normalised title forms to audit: the display title and any '(alt title)', each without a leading
    article (an utterance that contains 'The Omen' contains 'omen'; keeping 'the' would only add chance
    matches against every 'the ...' in a sentence)."""
    out: list[str] = []
    alts = re.findall(r"\(([^)]*)\)", title)
    main = re.sub(r"\s*\([^)]*\)\s*", " ", title)
    for t in [main, *alts]:
        n = re.sub(r"^(the|a|an|la|le|les|il|el|das|der|die) ", "", _norm(t))
        if n and n not in out:
            out.append(n)
    return out


_ARTICLE_TAIL = re.compile(r"^(.*), (The|A|An|La|Le|Les|L'|Il|El|Das|Der|Die)$")
_STOP = frozenset(
    "a an the of and or in on at to for with from by as is are was were be been his her their its they them "
    "he she it who whom whose that this these those which what when where while after before into about "
    "over under up down out off than then but not no so if one two all own has have had do does did".split()
)


def spoken_title(title: str) -> str:
    """How a person says a catalogue title: 'Usual Suspects, The (1995)' -> 'The Usual Suspects'."""
    main = re.sub(r"\s*\([^)]*\)", "", title).strip() or title.strip()
    m = _ARTICLE_TAIL.match(main)
    return f"{m.group(2)} {m.group(1)}".replace("' ", "'") if m else main


def near_duplicate(a: str, b: str, threshold: float = 80.0) -> bool:
    """Sequels, remakes and re-releases: 'Die Hard 2' vs 'Die Hard', 'Star Trek III' vs 'Star Trek IV'."""
    va, vb = title_variants(a), title_variants(b)
    series_a = {_series(t) for t in [a, *va]} - {""}
    if series_a & ({_series(t) for t in [b, *vb]} - {""}):
        return True
    for x in va:
        for y in vb:
            if x == y or fuzz.token_set_ratio(x, y) >= threshold:
                return True
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 4 and _has_words(long_, short):
                return True
    return False


_NUMERAL = re.compile(r"\s+(?:part\s+)?(?:[ivx]+|\d+)$")


def _series(title: str) -> str:
    """A franchise key: the part before ':' without a trailing numeral ('Star Trek III: The Search for Spock'
    -> 'star trek'), or the title without its trailing numeral ('Lethal Weapon 3' -> 'lethal weapon')."""
    main = re.sub(r"\s*\([^)]*\)", "", title)
    head = main.split(":")[0] if ":" in main else main
    key = _NUMERAL.sub("", _norm(head)).strip()
    key = re.sub(r"^(the|a|an) ", "", key)
    return key if len(key.replace(" ", "")) >= 4 and (":" in main or key != _norm(head)) else ""


def describe_plot(catalog: Catalog, item: int, chunk: int = 0, max_words: int = 14,
                  banned_items: Sequence[int] = ()) -> str:
    """'something about ...': a phrase from the film's plot with every title word, every named person, every
    other proper noun (characters, places) and every number removed. chunk picks a later sentence, so a
    second description says something new. '' when too little is left to say."""
    plot = catalog.plots[item]
    if not plot:
        return ""
    banned: set[str] = set()
    for i in {int(item), *[int(b) for b in banned_items]}:
        for v in title_variants(catalog.titles[i]):
            banned |= {w for w in v.split() if w not in _STOP}
        for kind in ("director", "actor", "writer"):
            for name in catalog.attributes(i).get(kind, []):
                banned |= set(_norm(name).split())
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", plot.strip()) if x]
    if chunk >= len(sentences):
        return ""
    words: list[str] = []
    for sent in sentences[chunk:]:
        for j, tok in enumerate(sent.split()):
            w = _norm(tok)
            if not w or any(ch.isdigit() for ch in w) or w in banned or _stem_banned(w, banned):
                continue
            core = tok.strip("\"'()[],.;:!?")
            if j > 0 and core[:1].isupper():  # a proper noun mid-sentence: a character or a place
                continue
            if j == 0 and w not in _STOP and _looks_like_name(core, sent):
                continue
            words.extend(w.split())
        if sum(w not in _STOP for w in words) >= 4:
            break
    words = words[:max_words]
    while words and words[-1] in _STOP:
        words.pop()
    if sum(w not in _STOP for w in words) < 3:
        return ""
    return " ".join(words)


def _stem_banned(word: str, banned: set[str]) -> bool:
    """'toys' for the title 'Toy Story', 'suspect' for 'The Usual Suspects': plurals and inflections."""
    for b in banned:
        if len(b) >= 3 and len(word) >= 3 and abs(len(word) - len(b)) <= 3 \
                and (word.startswith(b) or b.startswith(word)):
            return True
    return False


def _looks_like_name(word: str, sentence: str) -> bool:
    """A capitalised sentence-initial word followed by another capitalised word ('Neil McCauley leads'), or
    that the plot capitalises again later, or a possessive, is a proper noun."""
    toks = [t.strip("\"'()[],.;:!?") for t in sentence.split()]
    if not word[:1].isupper():
        return False
    nxt = toks[1] if len(toks) > 1 else ""
    return nxt[:1].isupper() or word in toks[1:] or word.endswith("'s")


def _mix(*parts: object) -> int:
    """Stable 64-bit hash (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(repr(parts).encode(), digest_size=8).digest(), "little")
