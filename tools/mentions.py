"""Spotting catalogue values in feedback text: genres, decades, ratings, director and actor names (exact,
surname, fuzzy), and titles of catalogue films, each as a `_Mention` with its span; overlapping spans keep
the longer one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cesrec.tools.lexicon import (
    _DECADE_PAT,
    _DECADE_WORDS,
    _RATED_PAT,
    _STOP,
    _TOKEN,
    FeedbackVocabulary,
    _decade_label,
    _norm_phrase,
)
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.state import SessionState


# words that make what follows a film the user points at ("loved heat", "something like fargo")
_REF_CUE = re.compile(
    r"\b(?:like|liked|love|loved|enjoyed|adored?|hated?|watched|saw|seen|than|favou?rite(?: is| was)?|similar to|"
    r"vein of|spirit of|fan of|rewatched|another|adore|adoré|encanto|wie|comme)\s+(?:the\s+|a\s+|an\s+)?$"
)
_NAME_CUES = {"by", "with", "starring", "stars", "director", "directed", "actor", "actress", "featuring", "from"}


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # attribute kind, or "item"
    values: list
    fixed_polarity: int | None = None  # +1 / -1 when the phrase carries its own polarity ("too old")


def _find_mentions(raw: str, text: str, voc: FeedbackVocabulary, state: SessionState | None,
                   catalog: Catalog) -> list[_Mention]:
    """Every catalogue value and film the words name, with its span: genres, decades (explicit and relative),
    ratings, people and titles (exact, then misspelt); overlapping spans keep the longer one."""
    found = _genre_mentions(text, voc) + _decade_mentions(text, voc, state) + _rated_mentions(text, voc)
    toks = [(t.group(0), t.start(), t.end()) for t in _TOKEN.finditer(text)]
    raw_caps = {t.start(): t.group(0)[:1].isupper() for t in _TOKEN.finditer(raw)}
    found += _name_and_title_mentions(raw, text, voc, toks, raw_caps)
    found += _misspelt_mentions(text, voc, toks, raw_caps, [(m.start, m.end) for m in found])
    return _resolved(found, voc)


def _genre_mentions(text: str, voc: FeedbackVocabulary) -> list[_Mention]:
    found: list[_Mention] = []
    for m in voc.genre_pattern.finditer(text):
        if re.search(r"\blive[- ]$", text[:m.start()]):  # "live action" is not the Action genre
            continue
        if m.group(0) == "family" and not _for_the_family(text, m.start(), m.end()):
            continue  # "a mafia family saga", "a family drama": what the film is about, not who watches it
        g = voc.genre_of_match[m.lastgroup]
        found.append(_Mention(m.start(), m.end(), "genre", g.split("+")))
    return found


def _decade_mentions(text: str, voc: FeedbackVocabulary, state: SessionState | None) -> list[_Mention]:
    """Explicit decades and years ("90s", "1995", "aus den 80ern") and relative ones ("too old", "recent")."""
    found: list[_Mention] = []
    for m in _DECADE_PAT.finditer(text):
        d = voc.decade_from_match(m)
        if d:
            found.append(_Mention(m.start(), m.end(), "decade", [d]))
    for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", text):
        d = _decade_label(int(m.group(1)) // 10 * 10)
        if d in voc.decades:
            found.append(_Mention(m.start(), m.end(), "decade", [d]))
    # "aus den 80ern", "des annees 90", "de los 70"
    for m in re.finditer(r"\b(\d)0er(?:n|jahre|jahren)?\b|\b(?:annees|anos|los)\s+'?(\d)0\b", text):
        d = _decade_label(1900 + 10 * int(m.group(1) or m.group(2)))
        if d in voc.decades:
            found.append(_Mention(m.start(), m.end(), "decade", [d]))
    for w, dd in _DECADE_WORDS.items():
        for m in re.finditer(rf"\b{w}\b", text):
            d = _decade_label(1900 + dd)
            if d in voc.decades:
                found.append(_Mention(m.start(), m.end(), "decade", [d]))
    # relative decades
    newest = voc.recent_decades()
    for m in re.finditer(r"\b(?:too|so|very|way too)\s+(old|dated|outdated|ancient)\b", text):
        if not _about_the_film(text, m.start(1), m.end(1)):
            continue
        too_old = set(voc.old_decades())
        if state is not None and state.last_recommendations and voc.newest_decade is not None:
            # what was just shown and is older than the newest decade counts as "too old" too
            for r in state.last_recommendations:
                if r.year and r.year // 10 * 10 < voc.newest_decade:
                    too_old.add(_decade_label(r.year // 10 * 10))
        vals = sorted(too_old & set(voc.decades))
        if vals:
            found.append(_Mention(m.start(), m.end(), "decade", vals, fixed_polarity=-1))
    for m in re.finditer(r"\b(?:too|so|very)\s+(recent|new|modern)\b", text):
        if newest:
            found.append(_Mention(m.start(), m.end(), "decade", newest, fixed_polarity=-1))
    for m in re.finditer(r"\b(older|old(?:er)? ones|old(?:[- ]school)?|classics?|classic|vintage|golden age)\b", text):
        if m.group(1) in ("old", "old-school", "old school") and not _about_the_film(text, m.start(), m.end()):
            continue
        if voc.old_decades():
            found.append(_Mention(m.start(), m.end(), "decade", voc.old_decades()))
    for m in re.finditer(r"\b(recent|newer|modern|latest|contemporary|new releases?)\b", text):
        if newest:
            found.append(_Mention(m.start(), m.end(), "decade", newest))
    return found


def _rated_mentions(text: str, voc: FeedbackVocabulary) -> list[_Mention]:
    found: list[_Mention] = []
    for m in _RATED_PAT.finditer(text):
        v = next(x for x in m.groups() if x).upper()
        if v in voc.vocab.get("rated", []):
            found.append(_Mention(m.start(), m.end(), "rated", [v]))
    return found


def _name_and_title_mentions(raw: str, text: str, voc: FeedbackVocabulary, toks: list[tuple[str, int, int]],
                             raw_caps: dict[int, bool]) -> list[_Mention]:
    """People and titles over token n-grams, longest first: exact names, titles (everyday-word titles need a
    capital or a reference cue), misspelt names, unique director surnames."""
    found: list[_Mention] = []
    n = len(toks)
    for size in range(min(voc.max_title_tokens, n), 0, -1):
        for a in range(0, n - size + 1):
            words = [w for w, _, _ in toks[a : a + size]]
            phrase = " ".join(words)
            s, e = toks[a][1], toks[a + size - 1][2]
            caps = [raw_caps.get(toks[j][1], False) for j in range(a, a + size)]
            prev = toks[a - 1][0] if a else ""
            at_sentence_start = a == 0 or bool(re.search(r"[.!?]\s*$", raw[: s]))
            # names: exact full name
            if size >= 2 and phrase in voc.names:
                kinds = voc.names[phrase]
                found.append(_Mention(s, e, _pick_name_kind(kinds, prev, voc), [phrase]))
                continue
            # titles: a title of everyday words ("Heat", "The Game") needs a capital or a reference cue
            # ("loved heat"); one with a word that is mostly a title word ("goodfellas") stands alone
            if phrase in voc.titles and not voc.genre_pattern.fullmatch(phrase) and (size > 1 or words[0] not in _STOP):
                rare = [w for w in words if w not in voc.common and not w.isdigit()]
                cued = bool(_REF_CUE.search(text[:s]))
                if size > 1:
                    ok = bool(rare) or cued or any(caps[1:]) or (caps[0] and not at_sentence_start) or (
                        all(caps) and size >= 2)
                else:
                    ok = len(words[0]) >= 4 and (
                        (caps[0] and (not at_sentence_start or bool(rare) or cued))
                        or (bool(rare) and (cued or len(words[0]) >= 7)) or cued)
                if ok:
                    found.append(_Mention(s, e, "item", list(voc.titles[phrase])))
                    continue
            # fuzzy names (typos): 2-3 tokens, capitalised or after a name cue, not plain words
            if 2 <= size <= 3 and (any(caps) or prev in _NAME_CUES) and not any(w in _STOP for w in words):
                bucket = sorted(set(voc.name_buckets.get(words[0][:1], [])) | set(voc.name_buckets.get(words[-1][:1], [])))
                hit = process.extractOne(phrase, bucket, scorer=fuzz.ratio, score_cutoff=82) if bucket else None
                if hit and _surname_typo(words[-1], hit[0].split()[-1]):
                    found.append(_Mention(s, e, _pick_name_kind(voc.names[hit[0]], prev, voc), [hit[0]]))
                    continue
            # unique director surnames ("something by Spielberg")
            if size == 1 and phrase in voc.surnames and (prev in _NAME_CUES or (caps[0] and not at_sentence_start)
                                                           or phrase not in voc.common) and not (
                    a + 1 < n and raw_caps.get(toks[a + 1][1], False)):  # "Christopher Nolan": a first name
                kind, canon = voc.surnames[phrase]
                found.append(_Mention(s, e, kind, [_norm_phrase(canon)]))
    return found


def _misspelt_mentions(text: str, voc: FeedbackVocabulary, toks: list[tuple[str, int, int]],
                       raw_caps: dict[int, bool], taken: list[tuple[int, int]]) -> list[_Mention]:
    """Misspelt genre words and titles, where no exact mention stands (`taken`: the spans already found)."""
    found: list[_Mention] = []
    n = len(toks)

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def longer(a: int, b: int) -> bool:  # overlaps only shorter mentions ("Jurrasic Park" vs the surname "Park")
        return all(b <= x or a >= y or (y - x) < (b - a) for x, y in taken)

    # misspelt genre words ("thriler", "comdies", "documentry"): one unknown word close to a genre word
    for w, s, e in toks:
        if len(w) >= 5 and w not in voc.common and w not in voc.genre_words and free(s, e):
            hit = process.extractOne(w, list(voc.genre_words), scorer=fuzz.ratio, score_cutoff=84)
            if hit and hit[0][0] == w[0]:
                found.append(_Mention(s, e, "genre", [voc.genre_words[hit[0]]]))
                taken.append((s, e))
    # misspelt titles ("Forest Gump", "Jurasic Park", "Trainspoting"): 1-4 words with an unknown word,
    # close to one catalogue title. Same normalisation and exact table as tools.titles (the resolver for a
    # title given on its own); this pass is its own because it must match a span's word count inside text.
    for size in range(min(4, n), 0, -1):
        for a in range(0, n - size + 1):
            words = [w for w, _, _ in toks[a : a + size]]
            s, e = toks[a][1], toks[a + size - 1][2]
            phrase = " ".join(words)
            if not longer(s, e) or len(phrase) < 6 or words[0] in _STOP or words[-1] in _STOP:
                continue
            if not any(w not in voc.common and w not in voc.genre_words and not w.isdigit() for w in words):
                continue
            hit = process.extractOne(phrase, voc.title_keys, scorer=fuzz.ratio,
                                     score_cutoff=90 if len(phrase) < 9 else 86)
            cap_or_cue = any(raw_caps.get(toks[j][1], False) for j in range(a, a + size)) or bool(
                _REF_CUE.search(text[:s]))
            if hit and len(hit[0].split()) == size and hit[0][0] == phrase[0] and (size > 1 or cap_or_cue):
                found.append(_Mention(s, e, "item", list(voc.titles[hit[0]])))
                taken.append((s, e))
    return found


def _resolved(found: list[_Mention], voc: FeedbackVocabulary) -> list[_Mention]:
    # resolve overlaps: longer spans win; on equal spans attributes beat titles
    found.sort(key=lambda x: (-(x.end - x.start), x.kind == "item", x.start))
    kept: list[_Mention] = []
    for mnt in found:
        if all(mnt.end <= k.start or mnt.start >= k.end for k in kept):
            kept.append(mnt)
    kept.sort(key=lambda x: x.start)
    # name mentions carry the folded phrase: map to canonical catalogue spelling
    for mnt in kept:
        if mnt.kind in ("director", "actor"):
            phrase = mnt.values[0]
            entries = voc.names.get(phrase) or [(mnt.kind, phrase)]
            canon = next((v for k, v in entries if k == mnt.kind), entries[0][1])
            mnt.values = [canon]
    return kept


# time words are a period only when they are about the film ("old movies", "something old"), not in idioms
# ("never gets old", "an old favourite", "my old man", "I'm too old for cartoons")
_BECOMING = re.compile(r"\b(?:get|gets|got|getting|grow|grows|grew|growing|go|goes|going|gone|become|becomes|became|"
                       r"feel|feels|felt|seem|seems)\s+(?:(?:so|too|very|that|this)\s+)?$")
_PERSON = re.compile(r"\b(?:i'?m|i am|we'?re|we are|you'?re|he'?s|she'?s|my|our|your|his|her|their)\s+(?:(?:too|so|"
                     r"very|getting|a bit|kind of|kinda)\s+)?$")
# what an old thing that is a film's period can be: a film noun, a period noun, a genre word
_PERIOD_HEADS = re.compile(r"(?:movies?|films?|flicks?|pictures?|cinema|ones?|stuff|classics?|titles?|releases?|days|"
                           r"times|timey|fashioned|school|hollywood|black|silent|b|westerns?|musicals?|comed(?:y|ies)|"
                           r"dramas?|horror|thrillers?|cartoons?|war|noir|romances?|myster(?:y|ies)|sci|fantasy|"
                           r"adventures?|documentar(?:y|ies)|crime|action|kids|family)")
# an age, not a period: "a 5-year-old", "ten years old", "for 8 year olds"
_AGE = re.compile(r"\byears?[- ]$")
_LINK = {"like", "by", "with", "who", "that", "from", "for", "of", "to", "and", "or", "is", "was", "would", "i", "you",
         "please", "tonight", "today", "now", "again", "maybe", "but", "than"}


def _about_the_film(text: str, start: int, end: int) -> bool:
    """An "old" that speaks of the film's time: not after a verb of becoming ("never gets old") nor about a
    person ("I'm too old", "my old man"); followed by nothing, a link word, or (within three words) a film or
    genre noun, not by another noun ("an old favourite like Casablanca"); nor an age ("for a 5-year-old")."""
    if _BECOMING.search(text[:start]) or _PERSON.search(text[:start]) or _AGE.search(text[:start]):
        return False
    words = re.findall(r"[a-z]+|[^\sa-z]", text[end:])[:3]
    for k, w in enumerate(words):
        if _PERIOD_HEADS.fullmatch(w):
            return True
        if not w.isalpha() or w in _LINK:
            return k == 0  # "something old, please", not "an old favourite like ..."
    return not words


# "family" names the Children's genre when it speaks of the audience: "a family movie", "family night", "for
# the whole family", "something the family can watch"; not when it is the film's subject ("a mafia family")
_AUDIENCE_NOUN = re.compile(r"[- ]?(?:movies?|films?|flicks?|night|fun|comed(?:y|ies)|adventures?|classics?|"
                            r"favou?rites?|viewing|entertainment|pictures?|cartoons?)\b")
_AUDIENCE_BEFORE = re.compile(r"\b(?:for|with)\s+(?:the|my|our|your|a)?\s*(?:whole|entire)?\s*$|^\s*(?:the\s+)?$")
_AUDIENCE_VERB = re.compile(r"\s+(?:can|could|will|would|to)\s+(?:watch|enjoy|see)\b")


def _for_the_family(text: str, start: int, end: int) -> bool:
    after = text[end:]
    return bool(_AUDIENCE_NOUN.match(after) or _AUDIENCE_VERB.match(after) or _AUDIENCE_BEFORE.search(text[:start]))


def _surname_typo(typed: str, known: str) -> bool:
    """A typed surname is a misspelling of a catalogue one: at most two edits (a swap counts one) and at most
    40% of the name ("Hanx" -> Hanks, "Speilberg" -> Spielberg), not another name ("James Bond" is no
    James Brown: three edits)."""
    d = DamerauLevenshtein.distance(typed, known)
    return d <= 2 and d <= 0.4 * max(len(known), 1)


def _pick_name_kind(entries: list[tuple[str, str]], prev: str, voc: FeedbackVocabulary) -> str:
    kinds = {k for k, _ in entries}
    if len(kinds) == 1:
        return next(iter(kinds))
    if prev in {"by", "director", "directed"}:
        return "director"
    if prev in {"with", "starring", "stars", "actor", "actress", "featuring"}:
        return "actor"
    # ambiguous (both directs and acts): the role with more catalogue items
    return max(entries, key=lambda kv: voc.name_counts.get(kv, 0))[0]
