"""The stance a feedback utterance takes towards what it mentions: clause scope, negation cues ("not",
"no more", "instead of", "thrillers are not my thing"), negations that cancel a negative predicate and so affirm
("I don't mind", "can't get enough of", "never gets old": tools.polarity, compositional, not a phrase list),
complaints about the list just shown ("these are all romances"), pronouns that restate an earlier mention
("I used to hate westerns but now I love them"), and critiques of a shown film ("like number 3, but newer").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cesrec.tools.lexicon import _fold
from cesrec.tools.polarity import GENRE_WORDS as _GENRE_WORDS
from cesrec.tools.polarity import aversion_around, blanked, negation_pairs, refusal_left, verdict_refuses

if TYPE_CHECKING:
    from cesrec.tools.state import SessionState


_NEG_CUES = re.compile(
    r"\b(?:not|no|never|without|avoid|avoiding|hate|hated|dislike|disliked|don't|dont|didn't|didnt|do not|"
    r"doesn't|isn't|aren't|wasn't|weren't|won't|tired of|sick of|enough|less|fewer|stop|skip|except|"
    r"instead of|rather than|other than|apart from|too|nor|neither|boring|bored|meh|nothing|none|forget|"
    r"can't|cant|cannot|can not|couldn't|no more|done with|fed up with|over with|"
    r"had enough of|no longer|anything but|everything but|all but|"
    # French, German, Spanish (accent-folded)
    r"pas|sans|aucun|aucune|rien|jamais|plus de|kein|keine|keinen|nicht|nichts|ohne|nada|sin|ni|ningun|ninguna)\b"
)
# negation that follows the mention within its clause: "thrillers are not my thing", "drama? no thanks"
_POST_NEG = re.compile(
    r"^\W{0,3}(?:(?:movies?|films?|ones?|stuff)\s+)?(?:(?:is|are|was|were)\s*(?:n't|not)\b|"
    r"(?:is|are)\s+(?:boring|overrated)\b|"
    # a verdict on what was named: "Braveheart was too long", "dramas bore me", "westerns suck"
    r"(?:is|are|was|were|'s|'re|felt|feels?|seemed|seems?)\s+(?:(?:way|far|much|a bit|kind of|kinda|just|so)\s+)?"
    r"(?:too\s+[a-z]+|boring|dull|awful|terrible|dreadful|bad|horrible|overrated|unwatchable|the worst|a snooze)\b|"
    r"(?:bores?|bored|bore me|annoys?|annoyed|sucks?|sucked|puts? me to sleep|gets? on my nerves|drives? me crazy)\b|"
    r"(?:not|no)\s+(?:my thing|for me|thanks|thank you|interested|please|again|more)\b|"
    # "Liebesfilme mag ich nicht", "les westerns, je n'aime pas"
    r"(?:[a-z']+\s+){1,3}(?:nicht|pas)\b)"
)
# ... or opens the next clause on its own: "drama? no thanks", "horror, nope"
_NEXT_NEG = re.compile(r"\W*(?:no thanks|no thank you|nope|not for me|not again|please no|no way|"
                       r"(?:ugh|meh|yawn|yuck|eww?|bleh|blah|pass|hard pass)(?:\W+(?:ugh|meh|yawn|yuck|eww?|bleh|blah|pass))*)\W*")
# an interjection of aversion as a clause of its own right before the value's: "ugh, musicals"
_INTERJECTION = re.compile(r"\W*(?:ugh|meh|yawn|yuck|eww?|bleh|blah)\W*")
_VERDICT = re.compile(r"\W*(?:not|never|no|nope|nah|nothing|none)\b")
# a bare verdict on the value just named, as in a tally: "comedy yes, horror no", "westerns: no", "musicals -
# definitely not", "action? nah" (a verdict asking back, "no?", is a question, not a refusal)
_BARE_VERDICT = re.compile(
    r"[\s\-:=>]*(?:(?:oh|hell|god|heck|definitely|absolutely|certainly|totally|def|really|honestly|just|big|"
    r"strong|a|an)\s+)*"
    r"(?:no+|nope|nah+|not|never|no way|no thanks|no thank you|not a chance|no chance|not for me|not today|"
    r"not tonight|not now|not this time|no go|veto(?:ed)?|thumbs down)"
    r"(?:\s+(?:please|thanks|thank you|thx|ty|sorry|lol|haha|ever|again|from me|for me))*[\s.!,;:]*")

# a bare list between two mentions: "musicals and westerns", "horror, sci-fi or fantasy"
_COORDINATED = re.compile(r"(?=.*(?:,|/|&|\band\b|\bor\b|\bnor\b))(?:\s|,|/|&|\band\b|\bor\b|\bnor\b|\bthe\b|"
                          r"\bmovies?\b|\bfilms?\b)*")
# a clause ends at punctuation or a contrast/conjunction word; "instead of X" starts a new clause
_BOUNDARY = re.compile(
    r"[.;!?,:()]|(?<!anything )(?<!everything )(?<!all )(?<!nothing )(?<!none )(?<!no one )(?<!nobody )\b(?:but|however|though|although|yet|and|whereas|while|plus|"
    r"also|so(?!\s+(?:over|tired|sick|done|bored|fed|weary|burnt|burned)\b))\b"
    r"|(?=\binstead of\b)|(?=\brather than\b)|(?<!nothing )(?<!none )(?<!no one )(?<!nobody )(?=\bother than\b)|(?=\bapart from\b)"
)
# a complaint about the list just shown: "these are all romances", "so many dramas", "nothing but westerns"
_COMPLAINT = re.compile(
    r"\b(?:these|those|they|them|all of (?:these|them|those)|every(?:one| one| single one)(?: of (?:these|them|those))?|"
    r"each (?:one|of (?:these|them|those))|this list|the list|your list|that list|your picks|the picks|"
    r"your suggestions|everything (?:here|you))\b(?:\s*'\s*re|\s*'\s*s)?[^.!?;]*?\b(?:are|is|were|was|re|all|seem|look|"
    r"feel|show|suggest)\b"
    r"|\b(?:so|too|way too|far too|way so) many\b|\bnothing but\b|\bfull of\b|\bonly (?:show|shows|showing|give|"
    r"giving|suggest|suggesting|recommend|recommending)\b|\byou keep (?:showing|giving|suggesting|recommending)\b"
    r"|\benough (?:with|of)\b|\bwhy (?:so many|all (?:these|the)|only|always)\b|\bagain with\b"
    r"|\b(?:so|too|way too|far too) much\b|^\W*(?:ok\W+|okay\W+|ugh\W+)?enough\b|\benough\b[^.!?;]*\balready\b"
    r"|\bwhy is (?:everything|it all|it always|every one)\b|\bit'?s all\b|\beverything(?: here)? is\b"
    r"|\b(?:this|that)(?: is|'s) (?:all|just|only|nothing but)\b|\bit'?s (?:just|only|nothing but)\b"
    r"|\bwhy (?:is|are) (?:every|all|each|these|those|they)\b"
    r"|\b(?:every|each|all (?:the|your|of the)) (?:single )?(?:picks?|ones?|films?|movies?|suggestions?|titles?|"
    r"recommendations?)\b[^.!?;]*?\b(?:is|are|was|were|seem|look)\b"
)
_NOTHING_BUT = re.compile(r"\b(?:nothing|none) (?:else )?but\b(?=[^.!?;]*$)")
_LIST_SUBJECT = re.compile(r"\b(?:it|this|that|these|those|they|you|list|picks|suggestions)\b(?:'s|'re|'ve)?[^.!?;]*$")
_HERE = re.compile(r"\W*(?:[a-z']+\s+){0,2}?(?:here|in here|in there|again|on (?:the|this|that|your) list|among (?:them|these|those))\b")
# a complaint's object ends before a purpose or company: "way too scary for movie night with the kids"
_COMPLAINT_END = re.compile(r"\b(?:for|with the|to watch)\b")
# ... and before a new request in a later clause: "it's all space movies, I'd rather have a western"
_NEW_REQUEST = re.compile(r"[,;:]\s*(?:but\s+|so\s+|now\s+)?(?:i'?d (?:rather|prefer|like|love)|i (?:want|prefer|would)|"
                          r"give me|show me|how about|what about|rather|instead|let'?s|can (?:i|we|you)|could (?:i|we|you))\b")
# "a lot of crime in there": a quantity of something found in the list shown is a complaint about it
_LOT_OF = re.compile(r"\b(?:a lot of|lots of|loads of|plenty of|a bunch of|heaps of)\s+$")
_IN_LIST = re.compile(r"^\W*(?:[a-z']+\s+){0,2}?(?:in there|in here|on (?:the|this|that|your) list|in (?:the|this|that|your) "
                      r"list|among (?:them|these|those))\b")
# a cue that labels a list: "dislike: romance", '"avoid": ["westerns"]'
_LABEL_CUE = re.compile(r"(?:" + _NEG_CUES.pattern + r")\W{0,3}:\W*$")
# a later stance on a pronoun restates the nearest film or value named before it: "I used to hate westerns but
# now I love them", "saw Titanic and hated it"
_ANAPHOR = re.compile(r"\b(?:(?P<neg>not|don'?t|do not|no longer|never|can'?t|cannot)\s+(?:really\s+|even\s+)?)?"
                      r"(?P<verb>love|loved|like|liked|enjoy|enjoyed|adore|adored|dig|hate|hated|dislike|disliked|"
                      r"can'?t stand|couldn'?t stand|(?:am|'m) (?:sick|tired|bored) of|sick of|tired of|"
                      r"(?:am|'m) done with|done with|stand)\s+(?:all of\s+)?(?:them|it|those|that one|that genre)\b")
_PRONOUN = re.compile(r"\b(?:them|it|those|that one|that genre)\b")
_ANAPHOR_NEG_VERBS = re.compile(r"hate|dislike|stand|sick|tired|bored|done")
# "these are great comedies" praises the list: no complaint
_PRAISE = re.compile(r"\b(?:great|good|nice|perfect|fine|close|lovely|amazing|awesome|fun|cool|interesting)\b")
# a critique of a shown film: "like number 3, but newer", "the second one but not a comedy"
_POSITION = re.compile(
    r"\b(?:(?:number|no\.?|#)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:the\s+)?(first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\s+(?:one|film|"
    r"movie|pick|suggestion|title)|the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|"
    r"2nd|3rd|4th|5th|6th|7th|8th|9th|10th)(?=\s*(?:[,.!?;]|but\b|$|please\b|and\b)))\b|#(\d{1,2})\b"
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
                  "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
_CRITIQUE_CUE = re.compile(r"\b(?:but|only|except|just|though|like|similar to|closer to|more like|along the lines of)\b")
_NEWER = re.compile(r"\b(?:more recent|newer|less old|not as old|recent(?:er)?|modern|later)\b")
_OLDER = re.compile(r"\b(?:older|less recent|not as (?:new|recent)|earlier|classic)\b")


def _bare_verdict(clause: str) -> bool:
    """`clause` (what follows a value up to the next clause) is a bare refusal of it; a head noun may come between
    ("kiddie stuff no"). A verdict asked back ("no?") is a question."""
    return bool(clause.strip()) and not clause.rstrip().endswith("?") and bool(_BARE_VERDICT.fullmatch(
        re.sub(r"^\s*(?:movies?|films?|flicks?|ones?|stuff|fare|shows?|stories)\b", "", clause)))


def _clause_starts(text: str) -> list[int]:
    return [0] + [m.end() if m.group(0) else m.start() for m in _BOUNDARY.finditer(text)]


def _polarity(text: str, starts: list[int], pos: int, end: int) -> int:
    clause_start = max((s for s in starts if s <= pos), default=0)
    # a negator and the negative predicate it cancels ("can't get enough of", "never gets old") read as a like;
    # the cues left over are read as before
    raw_before = text[clause_start:pos]
    spans, unpaired = negation_pairs(raw_before, "before")
    before = blanked(raw_before, spans)
    cues = list(_NEG_CUES.finditer(before))
    if clause_start > 0 and _LABEL_CUE.search(text[max(0, clause_start - 30):clause_start]) and not before.strip(" \"'[{"):
        return -1  # the clause is the list a refusal labels
    if _LOT_OF.search(before) and _IN_LIST.search(text[end:]):
        return -1
    # "too scary for a night in with the kids": "too" says what is wrong, not who it is for
    if cues and not all(c.group(0) == "too" and _COMPLAINT_END.search(before[c.end():]) for c in cues):
        return -1
    # a negator over a plain predicate or the value itself ("I wouldn't watch a western"); a refusal no negator
    # cancelled ("I'll pass on musicals")
    if unpaired or refusal_left(raw_before, spans):
        return -1
    if aversion_around(text[clause_start:min((s for s in starts if s >= end), default=len(text))],
                       pos - clause_start, end - clause_start) and not spans:
        return -1  # "keep the musicals away from me"
    if clause_start > 0 and not before.strip() and _INTERJECTION.fullmatch(
            text[max((s for s in starts if s < clause_start), default=0):clause_start]):
        return -1
    # a complaint about the shown list ("these are all romances") is a dislike; look back to the sentence
    # start, since "all" and "these" may sit in a clause of their own ("ugh, these: all romances"). The
    # complaint nearest the mention counts ("these are nice but they're all pretty old").
    sentence_start = max((m.end() for m in re.finditer(r"[.!?;]", text[:pos])), default=0)
    raw_lead = text[sentence_start:pos]
    lead = blanked(raw_lead, negation_pairs(raw_lead, "before")[0])
    complaints = list(_COMPLAINT.finditer(lead))
    # "nothing but X" restricts a wish ("nothing but thrillers tonight") unless it describes the list ("nothing
    # but horror here", "it's nothing but westerns")
    only = _NOTHING_BUT.search(raw_lead)
    if only and (_LIST_SUBJECT.search(raw_lead[:only.start()]) or _HERE.match(text[end:])):
        complaints.append(only)
    if complaints:
        last = max(complaints, key=lambda c: c.start())
        after = lead[last.start():]
        if not _PRAISE.search(after) and not _COMPLAINT_END.search(lead[last.end():]) and not \
                _NEW_REQUEST.search(lead[last.end():]):
            return -1
    clause_end = min((s for s in starts if s >= end), default=len(text))
    post = text[end:clause_end]
    post_spans, _ = negation_pairs(post, "after")
    if post_spans:
        return 1  # "westerns never get old", "comedies aren't boring"
    if _POST_NEG.search(post) or refusal_left(post, post_spans, governing=False) or verdict_refuses(post):  # "... is the last thing I need"
        return -1
    if _bare_verdict(post) or (post.strip() in (":", ",", "?") and _bare_verdict(
            text[clause_end:min((s for s in starts if s > clause_end), default=len(text))])):
        return -1  # "comedy yes, horror no", "kiddie stuff no", "horror: no, comedy: yes", "horror? hell no"
    # the next sentence is nothing but an answer to the mention: "drama? no thanks" (not "comedy, no thanks
    # to horror" nor "comedy. nope, not horror")
    sentence = re.match(r"[^.!?;]*[.!?;]?", text[clause_end:]).group(0)
    # ... also when the question named more than the value: "thrillers with Mel Gibson? pass"
    if (re.fullmatch(r"\W*", post) or post.rstrip().endswith("?")) and _NEXT_NEG.fullmatch(sentence):
        return -1
    # ... or a short verdict led by a negator that names nothing else: "westerns? not my cup of tea", "musicals.
    # never again" (a comma keeps it a qualifier: "horror, nothing too gory")
    if re.fullmatch(r"\s*[.!?]+\W*", post + text[clause_end:clause_end + 1]) and _VERDICT.match(sentence):
        words = re.findall(r"[a-z]+", sentence)
        spans, unpaired = negation_pairs(sentence)
        if len(words) <= 7 and unpaired and not _GENRE_WORDS & set(words):
            return -1
    return 1


def _anaphors(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(position, polarity) of each stance taken on a pronoun ("now I love them", "and hated it", "but I don't
    like them any more"); a negation in the same clause before the verb turns it round."""
    out = []
    for a in _ANAPHOR.finditer(text):
        if a.group("verb") == "stand":  # "can't stand them"; "stand them" alone says nothing
            if a.group("neg"):
                out.append((a.start(), -1))
            continue
        pol = -1 if _ANAPHOR_NEG_VERBS.search(a.group("verb")) else 1
        clause_start = max((s for s in starts if s <= a.start()), default=0)
        if a.group("neg") or _NEG_CUES.search(text[clause_start:a.start()]):
            pol = -pol
        out.append((a.start(), pol))
    # a pronoun right after a negator and the negative predicate it cancels: "now I can't get enough of them"
    for p in _PRONOUN.finditer(text):
        clause_start = max((s for s in starts if s <= p.start()), default=0)
        spans, _ = negation_pairs(text[clause_start:p.start()])
        if spans and p.start() - (clause_start + spans[-1][1]) <= 12 and not any(
                clause_start <= x <= p.start() for x, _ in out):
            out.append((clause_start + spans[-1][0], 1))
    return sorted(out)


def _own_name(said: str, values: list[str]) -> bool:
    """The words name the value itself ("horror", "comedies", "westerns"), not a kind of it ("slashers",
    "gangsters", "cartoons")."""
    said = _fold(said)
    return any(said.startswith(_fold(v)[: min(5, len(v))]) for v in values)


def _outranked(before: tuple[int, bool] | None, pol: int, own: bool) -> bool:
    """A value named twice with opposite polarity: its own name outranks a narrower word for it ("horror and
    sci-fi, but not slashers" keeps Horror liked; "no horror, not even the funny slashers" keeps it refused);
    between equals the later mention wins."""
    return before is not None and before[0] != pol and before[1] and not own


def _critique(text: str, state: SessionState | None) -> tuple[list[int], list[int], str | None, tuple[int, int]]:
    """Shown films the user points at by position ("like number 3, but newer", "not the last one", "more like
    number 5 and less like number 1"): (liked, disliked, 'newer'|'older'|None, span of the direction words).
    Only with a list to point into, and a cue that it is a critique or a refusal."""
    none: tuple[list[int], list[int], str | None, tuple[int, int]] = ([], [], None, (0, 0))
    if state is None or not state.last_recommendations:
        return none
    shown = state.last_recommendations
    liked: list[int] = []
    disliked: list[int] = []
    last_end = 0
    for m in _POSITION.finditer(text):
        word = m.group(2) or m.group(3)
        if word == "last":
            pos = len(shown)
        elif word:
            pos = _ORDINAL_WORDS[word]
        else:
            num = m.group(1) or m.group(4)
            pos = _NUMBER_WORDS[num] if num in _NUMBER_WORDS else int(num)
        if not 1 <= pos <= len(shown):
            continue
        lead = text[max(0, m.start() - 25):m.start()]
        lead = lead[max((x.end() for x in re.finditer(r"[.;!?,]|\band\b", lead)), default=0):]
        negative = bool(re.search(r"\b(?:not|no|less like|hated?|skip|never|seen|without)\b", lead) or
                        re.match(r"\W*(?:is|was)\s+(?:bad|awful|terrible|boring)\b", text[m.end():]))
        if not negative and not _CRITIQUE_CUE.search(text) and not re.search(
                r"\b(?:great|perfect|close|good|love|liked?|more)\b", text):
            continue
        item = shown[pos - 1].item
        (disliked if negative else liked).append(item)
        last_end = m.end()
    if not liked and not disliked:
        return none
    rest = text[last_end:]
    for name, pat in (("newer", _NEWER), ("older", _OLDER)):
        d = pat.search(rest)
        if d and liked:
            return liked, disliked, name, (last_end + d.start(), last_end + d.end())
    return liked, disliked, None, (0, 0)
