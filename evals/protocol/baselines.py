"""The non-LLM baselines of protocol 1: the SRS alone (`srs_only`), the SRS without re-showing items
(`srs_paging`), and the same accumulated feedback applied to the original SRS ranking (`attribute_filter`,
`attribute_filter_hard`, `attribute_boost`). The CESRec systems live in evals.protocol.cesrec_systems, the
evidence baselines in evals.protocol.open_baselines; evals.protocol.systems names them all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from cesrec.evals.protocol.types import EvalContext, ProtocolError, StructuredFeedback, System


class SRSOnly(System):
    """The sequential recommender alone, no feedback: the list never changes."""

    name = "srs_only"
    uses_feedback = False

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        return self.ctx.base_scores[list(rows)]


class SRSPaging(System):
    """The SRS ranking unchanged, but items already shown are not shown again: how much of any gain is
    just 'next page', without using what the user said."""

    name = "srs_paging"

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        return self.ctx.base_scores[list(rows)]


class AttributeBaseline(System):
    """The same accumulated feedback applied to the *original* SRS ranking -- no sequence rewrite, no
    masking: "constraints alone", the strong non-LLM baseline.

    mode 'filter' (the headline `attribute_filter`): ranked by `cesrec.tools.ranking.constrained_scores`, the very
    function the product ranks with: items are ranked first by how many liked constraint groups they
    satisfy (each liked genre is a group; each other kind and the year range is one group), then by SRS
    score; disliked values are hard exclusions. With >= k items satisfying everything this is exactly a
    hard filter. A referenced film ("I loved Heat") becomes its genres and decade as liked constraints --
    the strongest reading a filter can make of it; a description it cannot read.
    mode 'hard' (`attribute_filter_hard`): an item must match one liked value of *every* liked kind and
    no disliked value; the oldest liked constraints are dropped while fewer than k candidates survive.
    mode 'boost' (`attribute_boost`): SRS score +/- beta * the user's score std per matched liked/disliked
    value.
    """

    NAMES = {"filter": "attribute_filter", "hard": "attribute_filter_hard", "boost": "attribute_boost"}

    def __init__(self, ctx: EvalContext, mode: str = "filter", beta: float = 1.0) -> None:
        super().__init__(ctx)
        if mode not in self.NAMES:
            raise ProtocolError(f"attribute baseline mode must be one of {list(self.NAMES)}, not {mode!r}")
        self.mode = mode
        self.beta = beta
        self.name = self.NAMES[mode]
        self.liked: dict[int, list[tuple[str, str]]] = {}
        self.disliked: dict[int, list[tuple[str, str]]] = {}
        self.disliked_items: dict[int, list[int]] = {}
        self.years: dict[int, tuple[int | None, int | None]] = {}
        self.seen: dict[int, set[int]] = {}

    def describe_state(self, row: int) -> dict:
        return {"liked": [list(x) for x in self.liked[row]], "disliked": [list(x) for x in self.disliked[row]]}

    def start(self, rows: Sequence[int]) -> None:
        for r in rows:
            self.liked[r], self.disliked[r], self.disliked_items[r] = [], [], []
            self.years[r] = (None, None)
            self.seen[r] = set(self.ctx.histories[r].tolist())

    def preferences(self, row: int) -> Any:
        from cesrec.tools.state import Preferences

        liked: dict[str, list[str]] = {}
        disliked: dict[str, list[str]] = {}
        for kind, v in self.liked[row]:
            liked.setdefault(kind, []).append(v)
        for kind, v in self.disliked[row]:
            disliked.setdefault(kind, []).append(v)
        lo, hi = self.years[row]
        return Preferences(liked=liked, disliked=disliked, disliked_items=self.disliked_items[row],
                           year_min=lo, year_max=hi)

    def update(self, row: int, fb: StructuredFeedback, shown: Sequence[int], turn: int) -> dict:
        self.seen[row].update(int(i) for i in shown)
        liked = {k: list(v) for k, v in fb.liked.items()}
        cat = self.ctx.catalog
        for item in fb.liked_items:  # a referenced film -> its genres and decade
            for g in cat.genres[item]:
                if g not in fb.disliked.get("genre", []) and g not in liked.setdefault("genre", []):
                    liked["genre"].append(g)
            dec = cat.decade(item)
            if dec and dec not in fb.disliked.get("decade", []) and dec not in liked.setdefault("decade", []):
                liked["decade"].append(dec)
        self.disliked_items[row] += [int(i) for i in fb.disliked_items if int(i) not in self.disliked_items[row]]
        if fb.year_min is not None or fb.year_max is not None:
            lo, hi = self.years[row]
            self.years[row] = (fb.year_min if fb.year_min is not None else lo,
                               fb.year_max if fb.year_max is not None else hi)
        for kind, vals in liked.items():
            for v in vals:
                if (kind, v) not in self.liked[row]:
                    self.liked[row].append((kind, v))
                if (kind, v) in self.disliked[row]:
                    self.disliked[row].remove((kind, v))  # the newest statement wins
        for kind, vals in fb.disliked.items():
            for v in vals:
                if (kind, v) not in self.disliked[row]:
                    self.disliked[row].append((kind, v))
                if (kind, v) in self.liked[row]:
                    self.liked[row].remove((kind, v))
        return {}

    def _disliked_mask(self, row: int) -> np.ndarray:
        ai = self.ctx.attr_index
        neg = np.zeros(ai.n, dtype=bool)
        for kind, v in self.disliked[row]:
            neg |= ai.has(kind, v)
        return neg

    def _hard_allowed(self, row: int, drop: int = 0) -> np.ndarray:
        ai = self.ctx.attr_index
        allowed = np.ones(ai.n, dtype=bool)
        by_kind: dict[str, np.ndarray] = {}
        for kind, v in self.liked[row][drop:]:
            by_kind[kind] = by_kind.get(kind, np.zeros(ai.n, dtype=bool)) | ai.has(kind, v)
        for vec in by_kind.values():
            allowed &= vec
        return allowed & ~self._disliked_mask(row)

    def scores(self, rows: Sequence[int]) -> torch.Tensor:
        base = self.ctx.base_scores[list(rows)].clone()
        ai = self.ctx.attr_index
        from cesrec.tools.ranking import constrained_scores

        for b, r in enumerate(rows):
            if not self.liked[r] and not self.disliked[r] and self.years[r] == (None, None) \
                    and not self.disliked_items[r]:
                continue
            row = base[b]
            if self.mode == "filter":
                out, _ = constrained_scores(row.double().numpy(), self.preferences(r), ai, "filter")
                base[b] = torch.from_numpy(out.astype(np.float32))
            elif self.mode == "hard":
                seen = np.zeros(ai.n, dtype=bool)
                seen[list(self.seen[r])] = True
                for drop in range(len(self.liked[r]) + 1):  # relax the oldest liked constraints first
                    allowed = self._hard_allowed(r, drop)
                    if int((allowed & ~seen).sum()) >= self.ctx.k:
                        break
                else:
                    allowed = np.ones(ai.n, dtype=bool)
                row[torch.from_numpy(~allowed)] = float("-inf")
            else:
                finite = torch.isfinite(row)
                step = float(row[finite].std()) * self.beta
                bonus = np.zeros(ai.n, dtype=np.float32)
                for kind, v in self.liked[r]:
                    bonus += ai.has(kind, v)
                for kind, v in self.disliked[r]:
                    bonus -= ai.has(kind, v)
                base[b] = row + step * torch.from_numpy(bonus)
        return base
