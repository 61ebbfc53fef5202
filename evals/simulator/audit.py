"""The leakage audit: an utterance that names a profile item's title, an out-of-budget attribute or an
in-budget value the policy did not choose is a leak."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cesrec.evals.simulator.budget import IDENTIFYING_KINDS, InformationBudget, Profile
from cesrec.evals.simulator.decision import Decision
from cesrec.evals.simulator.templates import DECADE_WORDS, GENRE_WORDS
from cesrec.evals.simulator.text import _has_words, _norm, title_variants
from cesrec.recmodel.data import Catalog
from rapidfuzz import fuzz


@dataclass
class AuditResult:
    leaked: bool
    reasons: list[str]
    title_score: float


class LeakageAudit:
    """Flags an utterance that (a) fuzzily contains a profile item's title (rapidfuzz partial_ratio >= 60),
    (b) names a profile item's attribute outside the budget (director, actor, writer, exact year), or
    (c) reveals an in-budget attribute of the profile beyond what the decision chose.

    Titles of fewer than `min_fuzzy_chars` characters ('M', 'Ran', 'Heat') cannot be fuzzily audited --
    partial_ratio of a 3-letter title against any sentence sharing two letters is 67 -- so for them a
    whole-word match is the leak. Documented, and covered by tests.
    """

    def __init__(self, catalog: Catalog, budget: InformationBudget, title_threshold: float = 60.0,
                 min_fuzzy_chars: int = 6) -> None:
        self.catalog = catalog
        self.budget = budget
        self.title_threshold = title_threshold
        self.min_fuzzy_chars = min_fuzzy_chars
        self._variants: dict[int, list[str]] = {}

    def title_score(self, utterance: str, item: int) -> float:
        u = _norm(utterance)
        best = 0.0
        variants = self._variants.get(item)
        if variants is None:
            variants = self._variants[item] = title_variants(self.catalog.titles[item])
        for v in variants:
            if len(v.replace(" ", "")) < self.min_fuzzy_chars:
                hit = _has_words(u, v)
                best = max(best, 100.0 if hit else 0.0)
            else:
                best = max(best, fuzz.partial_ratio(v, u))
        return best

    @staticmethod
    def _mentions_name(u: str, name: str) -> bool:
        n = _norm(name)
        if not n:
            return False
        if _has_words(u, n):
            return True
        last = n.split()[-1]
        return len(n.split()) > 1 and len(last) >= 4 and _has_words(u, last)

    @staticmethod
    def _mentions_value(u: str, kind: str, value: str, raw: str = "") -> bool:
        if kind == "genre":
            forms = {_norm(value), _norm(GENRE_WORDS.get(value, value))}
            if value == "Sci-Fi":
                forms.add("science fiction")
            if value == "Film-Noir":
                forms.add("noir")
            return any(_has_words(u, f) for f in forms if f)
        if kind == "decade":
            d = value[:4]
            forms = {d + "s", d[2:] + "s", DECADE_WORDS.get(value, "")}
            return any(_has_words(u, f) for f in forms if f)
        if kind == "rated":  # on the raw text: 'PG' must not match inside 'PG-13'
            v = re.escape(value.lower())
            pat = rf"(?<![a-z0-9-]){v}(?=[- ]rated)" if len(value) == 1 else rf"(?<![a-z0-9-]){v}(?![a-z0-9-])"
            return re.search(pat, raw) is not None
        return False

    def check(self, utterance: str, profile: Profile, decision: Decision | None = None,
              previously_revealed: set[tuple[str, str]] | None = None, ignore_values: bool = False) -> AuditResult:
        """ignore_values: check titles, names and years only (probing a candidate reference or description)."""
        u = _norm(utterance)
        reasons: list[str] = []
        best = 0.0
        allowed = set(previously_revealed or set())
        if decision is not None:
            allowed |= set(decision.revealed())
            # values the decision itself says it does not want (a complaint, a critique's 'not X') are its content,
            # not a value the verbalizer added: they can be a wanted item's value only when the person talks about
            # another film first (the drifting long conversations of issue 22)
            allowed |= {(k, v) for k, vs in decision.disliked.items() for v in vs}
            if decision.critique is not None and decision.critique.change == "not_genre":
                allowed.add(("genre", decision.critique.value))
        said_names = {v for k, v in allowed if k in IDENTIFYING_KINDS}  # a director who also wrote it
        for item in profile.items:
            s = self.title_score(utterance, item)
            best = max(best, s)
            if s >= self.title_threshold:
                reasons.append(f"title: {self.catalog.titles[item]!r} (score {s:.0f})")
            attrs = self.catalog.attributes(item)
            for kind in IDENTIFYING_KINDS:
                if kind in self.budget.kinds:
                    continue
                for name in attrs.get(kind, []):
                    if name not in said_names and self._mentions_name(u, name):
                        reasons.append(f"out-of-budget {kind}: {name!r}")
            year = self.catalog.years[item]
            if year and _has_words(u, str(year)):
                reasons.append(f"exact year {year} (only the decade is in budget)")
        # In-budget values of the profile said without the policy choosing them. A description from the plot
        # or a referenced title may contain a genre word ("a war hero"); that is the content, not a request.
        uv, raw = u, utterance.lower()
        if decision is not None:
            for said in (decision.description, decision.reference_title):
                if said:
                    uv = uv.replace(_norm(said), " ")
                    raw = raw.replace(said.lower(), " ")
        for kind in () if ignore_values else self.budget.kinds:
            if kind in IDENTIFYING_KINDS:
                continue
            for value, w in profile.weights.get(kind, {}).items():
                if w > 0 and (kind, value) not in allowed and self._mentions_value(uv, kind, value, raw):
                    reasons.append(f"unrequested {kind}: {value!r}")
        return AuditResult(bool(reasons), sorted(set(reasons)), best)
