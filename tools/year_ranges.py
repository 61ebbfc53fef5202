"""Year ranges in feedback: "nothing before 1990", "after 2000", "since 1985", "the late seventies",
"between 1985 and 1995", in English, French, German and Spanish (accent-folded)."""

from __future__ import annotations

import re

from cesrec.tools.lexicon import _DECADE_PAT, _DECADE_WORDS, FeedbackVocabulary
from cesrec.tools.polarity import blanked, negation_pairs

# year ranges: "nothing before 1990", "after 2000", "since 1985", "late seventies", "between 1985 and 1995"
_DECADE_WORD_ALT = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
_YEAR_TOKEN = (r"(?:the\s+|den\s+|los\s+|les\s+annees\s+|annees\s+)?(1[89]\d\d|20\d\d|'?\d0s|(?:1[89]|20)\d0s|"
               r"\d0ern?|" + _DECADE_WORD_ALT + r")\b")
_NEG_WORDS = r"(?:nothing|no|not|none|never|avoid|don'?t want|do not want|rien|nichts|nada|keine?|pas)"
_GAP = r"(?:(?!\d{4})[^.!?;,]){0,25}?"
_BEFORE_W = r"(?:before|older than|earlier than|prior to|pre|avant|vor|antes de|antes del)"
_AFTER_W = r"(?:after|newer than|later than|more recent than|past|apres|nach|despues de|despues del)"
_QUALIFIED = re.compile(r"\b(early|mid|late|the last years of|the end of|the beginning of|the start of)"
                        r"[- ]?(?:the\s+)?" + _YEAR_TOKEN)
_SPANS: tuple[re.Pattern, ...] = (
    re.compile(r"\bbetween\s+" + _YEAR_TOKEN + r"\s+and\s+" + _YEAR_TOKEN),
    re.compile(r"\b(?:from\s+)?" + _YEAR_TOKEN + r"\s*(?:up\s+)?(?:to|until|till|through|thru|-|–)\s*"
               + _YEAR_TOKEN),
)
_RANGE_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\b" + _NEG_WORDS + r"\b" + _GAP + r"\b" + _BEFORE_W + r"[- ]?\s*" + _YEAR_TOKEN), "min_at"),
    (re.compile(r"\b" + _NEG_WORDS + r"\b" + _GAP + r"\b" + _AFTER_W + r"\s+" + _YEAR_TOKEN), "max_end"),
    (re.compile(r"\b(?:from|since)\s+" + _YEAR_TOKEN + r"\s*(?:on|onwards?|or later|and later|forward|or newer|"
                r"or after|and up)\b"), "min_at"),
    (re.compile(r"\b" + _YEAR_TOKEN + r"\s*(?:onwards?|or later|and later|or newer|or after|and up|\+)"), "min_at"),
    (re.compile(r"\b(?:after|newer than|later than|more recent than|post|apres|nach|despues de)[- ]?\s*"
                + _YEAR_TOKEN), "min_after"),
    (re.compile(r"\b(?:since|seit|desde|depuis)\s+" + _YEAR_TOKEN), "min_at"),
    (re.compile(r"\b(?:up to|until|till|through|no later than|at the latest|jusqu'?en|bis)\s+" + _YEAR_TOKEN),
     "max_end"),
    (re.compile(r"\b" + _YEAR_TOKEN + r"\s*(?:or earlier|or before|or older|and earlier|and before)"), "max_end"),
    (re.compile(r"\b" + _BEFORE_W + r"[- ]?\s*" + _YEAR_TOKEN), "max_before"),
)


def _year_of(token: str, voc: FeedbackVocabulary) -> tuple[int, int] | None:
    """(first, last) year a token means: '1990' -> (1990, 1990); '80s' / '1980s' / 'eighties' / '80er'
    -> (1980, 1989)."""
    t = token.strip("'")
    if t.isdigit():
        return int(t), int(t)
    for w, d in _DECADE_WORDS.items():
        if t == w:
            return 1900 + d, 1909 + d
    g = re.fullmatch(r"(\d)0ern?", t)
    if g:
        t = f"{g.group(1)}0s"
    m = _DECADE_PAT.match(t)
    d = voc.decade_from_match(m) if m else None
    if not d:
        return None
    start = int(d[:4])
    return start, start + 9


_PART = {"early": (0, 4), "the beginning of": (0, 4), "the start of": (0, 4), "mid": (3, 7), "late": (5, 9),
         "the last years of": (5, 9), "the end of": (5, 9)}


def _year_range(text: str, voc: FeedbackVocabulary) -> tuple[int | None, int | None, list[tuple[int, int]]]:
    """Year bounds the user states, and the spans that stated them. Periods ("late seventies", "between 1985
    and 1995") join into one span of years; bounds ("nothing before 1990", "up to 1965") narrow it."""
    spans: list[tuple[int, int]] = []
    periods: list[tuple[int, int]] = []
    los: list[int] = []
    his: list[int] = []

    def used(m: re.Match) -> bool:
        return any(a <= m.start(g) < b for g in range(1, (m.lastindex or 0) + 1) if m.start(g) >= 0
                   for a, b in spans)

    for m in _QUALIFIED.finditer(text):
        got = _year_of(m.group(2), voc)
        if got and got[1] - got[0] == 9:
            a, b = _PART[m.group(1)]
            periods.append((got[0] + a, got[0] + b))
            spans.append(m.span())
    for pat in _SPANS:
        for m in pat.finditer(text):
            if used(m):
                continue
            first, last = _year_of(m.group(1), voc), _year_of(m.group(2), voc)
            if first and last and first[0] <= last[1]:
                periods.append((first[0], last[1]))
                spans.append(m.span())
    # a negator that cancels a negative predicate is no bound's negation: "I'd never say no to anything before
    # 1970" is up to 1969, as "anything before 1970" is
    plain = blanked(text, negation_pairs(text)[0])
    for pat, how in _RANGE_PATTERNS:
        for m in pat.finditer(plain):
            if used(m):
                continue
            got = _year_of(m.group(1), voc)
            if got is None:
                continue
            first, last = got
            if how == "min_at":
                los.append(first)
            elif how == "min_after":
                los.append(last + 1)
            elif how == "max_end":
                his.append(last)
            elif how == "max_before":
                his.append(first - 1)
            spans.append(m.span())
    lo = min(p[0] for p in periods) if periods else None
    hi = max(p[1] for p in periods) if periods else None
    if los:
        lo = max(los + ([lo] if lo is not None else []))
    if his:
        hi = min(his + ([hi] if hi is not None else []))
    return lo, hi, spans
