"""Mood and content words -> catalogue genres through the semantic index (issue 12), not through word lists.

"a tearjerker", "that's too childish", "way too violent", "spooky": the rule parser knows no such word, and
a longer synonym list would only move the problem. Here a phrase the rule parser left over (the content
words of a clause that names no genre) is embedded with the engine's own sentence-transformers model
(tools.semantic.SemanticIndex) and compared with each catalogue genre in two independent ways:

- the genre's phrase vector ("a horror movie", embedded by the same model);
- the genre's centroid over the catalogue's item texts (plot, genres, people), i.e. the item descriptions.

A genre is read only when both agree on the nearest genre and it leads the runner-up by `margin` in both
(the small MiniLM model is unsure about many mood words; agreeing evidence keeps the reading precise — on
the benchmark's dev half, see evals/bench/understanding.py, lower margins added wrong genres: "space opera" is
nearest to Musical by the phrase vector). The polarity is the rule parser's for the words' span (negation scope,
"too", a complaint about the list): "too childish" -> -Children's, "it's all space movies" -> a dislike. The words themselves still reach the item descriptions
as the turn's description (tools.construct's semantic query) when they are a wish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from cesrec.tools.lexicon import _SOFT, _STOP, _TOKEN, _fold, vocabulary_for
from cesrec.tools.mentions import _find_mentions
from cesrec.tools.stance import _NEG_CUES, _clause_starts, _polarity
from cesrec.tools.state import Feedback

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.semantic import SemanticIndex

# in a message with a stance cue (a negation, an aversion, an exception, a rated negative word: tools.stance_values.
# stance_cue) the mood reader adds refusals only: the clause polarity it borrows misses the constructions around the
# cue ("throw anything at me except the song-and-dance numbers", "zombie movies? been there, done that": both read
# as liked), while a refusal it reads there is the cue's own ("nothing spooky please"); round 17
# (evals/notes/stance_judge.md)
CUED_REFUSALS_ONLY = True
MARGIN = 0.03  # chosen on the dev half of evals/data/utterances.jsonl (0.00 / 0.01 / 0.02 / 0.03 tried)
# intensifiers and hedges around a mood word carry no content
_HEDGES = {"way", "far", "bit", "kinda", "quite", "rather", "pretty", "super", "totally", "somewhat", "tonight",
           "for", "today", "need", "feel", "feeling", "mood", "want", "wanna", "gonna", "got"}


@dataclass
class MoodReading:
    phrase: str
    polarity: int
    genre: str | None
    by_phrase: list[tuple[str, float]]
    by_items: list[tuple[str, float]]


class MoodReader:
    """Phrase -> nearest catalogue genre, by the genre's phrase vector and its item-description centroid."""

    def __init__(self, index: SemanticIndex, catalog: Catalog, margin: float = MARGIN) -> None:
        self.index = index
        self.catalog = catalog
        self.margin = margin
        self.genres = list(catalog.vocabulary().get("genre", []))
        emb = np.asarray(index.embeddings, dtype=np.float32)
        self.phrase_vecs = np.stack([index.encode(f"a {g.lower()} movie") for g in self.genres])
        cents = []
        for g in self.genres:
            rows = [i for i in range(1, catalog.num_items + 1) if g in catalog.attributes(i).get("genre", [])]
            c = emb[rows].mean(axis=0) if rows else np.zeros(emb.shape[1], np.float32)
            cents.append(c / (np.linalg.norm(c) or 1.0))
        self.centroids = np.stack(cents)

    def nearest(self, phrase: str) -> tuple[str | None, list[tuple[str, float]], list[tuple[str, float]]]:
        q = self.index.encode(f"a {phrase} movie")
        a = self.phrase_vecs @ q
        b = self.centroids @ q
        ra, rb = np.argsort(-a), np.argsort(-b)
        top_a = [(self.genres[i], round(float(a[i]), 4)) for i in ra[:3]]
        top_b = [(self.genres[i], round(float(b[i]), 4)) for i in rb[:3]]
        if len(self.genres) < 2 or ra[0] != rb[0]:
            return None, top_a, top_b
        if a[ra[0]] - a[ra[1]] < self.margin or b[rb[0]] - b[rb[1]] < self.margin:
            return None, top_a, top_b
        return self.genres[ra[0]], top_a, top_b

    def phrases(self, text: str) -> list[tuple[str, int]]:
        """(content words, polarity) of each clause that names no genre and has words the parser left over."""
        voc = vocabulary_for(self.catalog)
        raw = text.replace("\u2019", "'").replace("\u2018", "'")
        folded = _fold(raw)
        if len(folded) != len(raw):
            folded = raw.lower()
        mentions = _find_mentions(raw, folded, voc, None, self.catalog)
        # a capitalised word inside a sentence names something (a film, a person), it is no mood
        names = {m.start() for m in _TOKEN.finditer(raw) if m.group(0)[:1].isupper() and m.start() > 0
                 and not re.search(r"[.!?]\s*$", raw[:m.start()])}
        starts = _clause_starts(folded) + [len(folded)]
        out = []
        for a, b in zip(starts, starts[1:], strict=False):
            clause = folded[a:b]
            # a clause that names a catalogue value, film or person is read by the rule parser
            if not clause.strip() or voc.genre_pattern.search(clause) or any(a <= m.start < b for m in mentions):
                continue
            if any(a <= p < b for p in names):
                continue
            words = [(m.group(0), m.start()) for m in _TOKEN.finditer(clause)]
            content = [(w, s) for w, s in words if len(w) > 2 and not w.isdigit() and w not in _STOP
                       and w not in _SOFT and w not in _HEDGES and not _NEG_CUES.fullmatch(w)]
            if not content:
                continue
            # the rule parser's own polarity for the words' span: negation, "too", a complaint about the list
            first, last = content[0], content[-1]
            pol = _polarity(folded, starts[:-1], a + first[1], a + last[1] + len(last[0]))
            phrase = " ".join(w for w, _ in content)
            if out and out[-1][1] == pol and out[-1][2] == a:
                # "galaxies, starships and laser battles": a list read together, as one wish
                out[-1] = (out[-1][0] + " " + phrase, pol, b)
            else:
                out.append((phrase, pol, b))
        return [(p, pol) for p, pol, _ in out]

    def named_genres(self, text: str) -> set[str]:
        """The genres the message names by the lexicon's words (a combo word names each of its genres)."""
        voc = vocabulary_for(self.catalog)
        folded = _fold(text.replace("\u2019", "'").replace("\u2018", "'"))
        return {g for m in voc.genre_pattern.finditer(folded) for g in voc.genre_of_match[m.lastgroup].split("+")}

    def read(self, text: str, feedback: Feedback) -> tuple[Feedback, list[MoodReading]]:
        """`feedback` with the genres the mood phrases point to added (never one the words already placed, nor one
        the words name: a named genre the readers left on neither side, vetoed or asked back, stays there)."""
        from cesrec.tools.stance_values import stance_cue

        cued = CUED_REFUSALS_ONLY and stance_cue(text)
        readings = []
        said = set(feedback.liked_attributes.get("genre", [])) | set(feedback.disliked_attributes.get("genre", []))
        said |= self.named_genres(text)
        liked = {k: list(v) for k, v in feedback.liked_attributes.items()}
        disliked = {k: list(v) for k, v in feedback.disliked_attributes.items()}
        notes = list(feedback.notes)
        for phrase, pol in self.phrases(text):
            genre, ta, tb = self.nearest(phrase)
            readings.append(MoodReading(phrase, pol, genre, ta, tb))
            if genre is None or genre in said or (cued and pol > 0):
                continue
            said.add(genre)
            (liked if pol > 0 else disliked).setdefault("genre", []).append(genre)
            notes.append(f'"{phrase}" -> {"+" if pol > 0 else "-"}{genre} (semantic index)')
        if not any(r.genre for r in readings):
            return feedback, readings
        return feedback.model_copy(update={"liked_attributes": liked, "disliked_attributes": disliked,
                                           "notes": notes}), readings
