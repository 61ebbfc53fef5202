"""The hand-written data for issue 22's simulator (film descriptions from outside the systems, the franchise list
for the near-duplicate audit): every label is a catalogue label, and a description never gives the title away."""

from __future__ import annotations

import re

import pytest
from cesrec.evals.data.film_descriptions_a import DESCRIPTIONS as DESC_A
from cesrec.evals.data.film_descriptions_b import DESCRIPTIONS as DESC_B
from cesrec.evals.data.franchises import FRANCHISES


@pytest.fixture(scope="module")
def labels(ml100k) -> set[str]:
    cat = ml100k.catalog
    return {cat.label(i) for i in range(1, cat.num_items + 1)}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def test_descriptions_name_catalogue_films_and_never_their_titles(labels):
    assert not set(DESC_A) & set(DESC_B)  # the two writers described different films
    desc = {**DESC_A, **DESC_B}
    assert len(desc) >= 300
    assert set(desc) <= labels
    for label, text in desc.items():
        assert 12 <= len(text.split()) <= 35, label
        title, year = re.match(r"(.*) \((\d{4})\)$", label).groups()
        assert year not in text, label
        said = set(_words(text))
        assert not {w for w in _words(title) if len(w) >= 4} & said, label


def test_franchises_are_groups_of_catalogue_films(labels):
    seen: dict[str, str] = {}
    for name, members in FRANCHISES.items():
        assert len(members) >= 2 and set(members) <= labels, name
        for m in members:
            assert m not in seen, f"{m} is in {seen.get(m)} and {name}"
            seen[m] = name
    # the pairs issue 22 found slipping through a title-only audit
    for pair in (("Jean de Florette (1986)", "Manon of the Spring (Manon des sources) (1986)"),
                 ("Star Wars (1977)", "Return of the Jedi (1983)")):
        present = [p for p in pair if p in labels]
        if len(present) == 2:
            assert seen.get(pair[0]) is not None and seen.get(pair[0]) == seen.get(pair[1]), pair


def test_target_rank_counts_ties_against_the_target():
    import numpy as np
    from cesrec.evals.bench.description_difficulty import summary, target_rank

    s = np.array([-np.inf, 0.5, 0.9, 0.5, 0.1])
    assert target_rank(s, 2) == 1 and target_rank(s, 1) == 3 and target_rank(s, 4) == 4
    assert summary([1, 3, 20]) == {"n": 3, "median_rank": 3.0, "top1": 0.3333, "top10": 0.6667, "top100": 1.0}
