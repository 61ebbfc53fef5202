"""The shared part of the fresh held-out `idiom` batches (write_utterances_fresh.py, write_utterances_fresh2.py,
write_utterances_fresh3.py; see README.md here): each writer holds its hand-written records in a FreshBatch, which

- records them through write_utterances.R (class idiom), with a topic per record where the batch has topics;
- fails on a sentence already in utterances.jsonl or an earlier batch's file (case and spacing aside), or twice in
  the batch (the only sentence ever printed is the offending one of the batch being written);
- resolves them through write_utterances.build / main (the same label and vocabulary checks), checks them again
  with check() (every gold and also_ok value and year bound exists in the catalogue, every record names a value)
  and stamps each with "batch".
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cesrec.evals.data import write_utterances as base

HERE = Path(__file__).resolve().parent
CLS = "idiom"


# the topics of fresh #6, kept by #7 and #8 (written for round 7) so the three batches compare topic by topic
ROUND6_TOPICS = {
    "negative_words": "enthusiasm in words that look negative (menace, sickness, addiction, wreck)",
    "fatigue": "satiety and fatigue idioms that are refusals",
    "understatement": "litotes and understatement (mostly a mild yes, some understated refusals)",
    "double_neg": "double negation (most resolve to a yes, some to a no)",
    "only_but": "nothing but X / anything but X / everything except X / X or nothing",
    "comparison": "comparisons: X beats Y, X over Y, X wipes the floor with Y (the loser is refused)",
    "polite": "polite refusals in kind words",
    "dismissal": "dismissals and slang refusals (British, American, internet)",
    "praise": "plain figurative praise without irony",
    "mixed": "two clauses, one value liked and one refused",
    "question": "questions answered in the next words (rhetorical or explicit)",
    "era": "era stances: decades and year bounds",
    "people": "actors / directors liked or refused idiomatically",
    "titles": "catalogue films liked or refused idiomatically",
    "rambling": "long rambling messages with the stance inside the story",
    "plain": "plain controls: simple likes and refusals, some with negation",
}


def earlier_files(fresh: int, training: int = 0) -> tuple[Path, ...]:
    """The utterance files a new batch must not repeat a sentence of: utterances.jsonl, the fresh batches #1 ..
    #`fresh` and the stance model's training batches w1 .. w`training`."""
    return (HERE / "utterances.jsonl", HERE / "utterances_fresh.jsonl",
            *(HERE / f"utterances_fresh{n}.jsonl" for n in range(2, fresh + 1)),
            *(HERE / f"stance_train_w{n}.jsonl" for n in range(1, training + 1)))


def kind_of(rec: dict) -> str:
    """'like', 'refuse' or 'mixed' from a built record's gold: a liked value or film is the liking side, a
    refused value or film or a year bound (every bound in these batches shuts out a period) the refusing side;
    'none' when the gold holds neither."""
    g = rec["gold"]
    pos = bool(g["liked"] or g["liked_items"])
    neg = bool(g["disliked"] or g["disliked_items"] or g["year_min"] is not None or g["year_max"] is not None)
    return "mixed" if pos and neg else "like" if pos else "refuse" if neg else "none"


def sides(rec: dict) -> tuple[int, int]:
    """(liked, refused) counts of the values and films a record's gold names (a year bound is one refusal)."""
    g = rec["gold"]
    neg = len(g["disliked"]) + len(g["disliked_items"]) + (g["year_min"] is not None) + (g["year_max"] is not None)
    return len(g["liked"]) + len(g["liked_items"]), neg


def norm(text: str) -> str:
    """A sentence compared case and spacing aside."""
    return " ".join(text.lower().split())


def check(catalog, recs: list[dict], people: bool = True) -> None:
    """Every gold and also_ok value is a catalogue value (genre, decade, rating, a director / actor / writer; people
    only when `people`: the hand-written fallback metadata used without ../shared has 97 films' people only),
    every year bound lies in 1900-2000 with min <= max, and every record names at least one value."""
    vocab = catalog.vocabulary()
    for r in recs:
        g = r["gold"]
        values = g["liked"] + g["disliked"] + [o[1:] for o in g["also_ok"] if not o[1:].startswith("item:")]
        if any(o[0] not in "+-" for o in g["also_ok"]):
            raise SystemExit(f"{r['id']}: also_ok entry without + or -")
        for v in values:
            kind, value = v.split(":", 1)
            kinds = ("director", "actor", "writer") if kind == "person" else (kind,)
            if kind == "person" and not people:
                continue
            if kind not in ("genre", "decade", "rated", "person") or not any(value in vocab.get(k, [])
                                                                            for k in kinds):
                raise SystemExit(f"{r['id']}: value {v!r} is not in the catalogue vocabulary")
        lo, hi = g["year_min"], g["year_max"]
        for b in (lo, hi):
            if b is not None and not 1900 <= b <= 2000:
                raise SystemExit(f"{r['id']}: year bound {b} outside 1900-2000")
        if lo is not None and hi is not None and lo > hi:
            raise SystemExit(f"{r['id']}: year_min > year_max")
        if kind_of(r) == "none":
            raise SystemExit(f"{r['id']}: the gold names no value")


@contextmanager
def _as_base(**attrs) -> Iterator[None]:
    """Runs write_utterances' build / main on a batch (its functions read its module globals)."""
    saved = {k: getattr(base, k) for k in attrs}
    for k, v in attrs.items():
        setattr(base, k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(base, k, v)


class FreshBatch:
    """One fresh batch: its records, their topics (none when `topics` is None), the file it is written to and the
    earlier utterance files whose sentences it must not repeat (utterances.jsonl's records are always checked,
    from write_utterances itself)."""

    def __init__(self, out: Path, batch: str, topics: dict[str, str] | None = None,
                 earlier: tuple[Path, ...] = ()) -> None:
        self.out, self.batch, self.topics, self.earlier = out, batch, topics, earlier
        self.records: list[dict] = []
        self.topic_of_text: dict[str, str] = {}

    def add(self, text: str, topic: str | None = None, **kwargs) -> None:
        """write_utterances.R (class idiom) for this batch, the record going to self.records."""
        if (topic is None) != (self.topics is None) or (topic is not None and topic not in self.topics):
            raise SystemExit(f"unknown topic {topic!r}")
        base.R(CLS, text, **kwargs)
        self.records.append(base.RECORDS.pop())
        if topic is not None:
            self.topic_of_text[text] = topic

    def R(self, topic: str, text: str, **kwargs) -> None:  # noqa: N802  (write_utterances.R's name)
        """`add` with the topic first: the writers' record lines read `R(T, "...", like=[...])`."""
        self.add(text, topic, **kwargs)

    def topic_of(self, rec: dict) -> str:
        return self.topic_of_text[rec["text"]]

    def check_fresh(self) -> None:
        """Fails on a sentence already in utterances.jsonl or an earlier batch, or twice in this one."""
        taken = {norm(r["text"]) for r in base.RECORDS}
        for path in self.earlier:
            if path.exists():
                taken |= {norm(json.loads(line)["text"]) for line in path.read_text().splitlines() if line.strip()}
        seen: set[str] = set()
        for r in self.records:
            t = norm(r["text"])
            if t in taken:
                raise SystemExit(f"utterance {r['text']!r} is already in utterances.jsonl or an earlier batch")
            if t in seen:
                raise SystemExit(f"duplicate utterance {r['text']!r}")
            seen.add(t)

    def _stamp(self, recs: list[dict]) -> list[dict]:
        for r in recs:
            r["batch"] = self.batch
        return recs

    def build(self, catalog) -> list[dict]:
        """The records, resolved exactly as write_utterances.build does (raises on a label the catalogue lacks),
        checked by check() (people only with ../shared's metadata), each with "batch"."""
        self.check_fresh()
        from cesrec.recmodel.sources import shared_ml100k_dir

        with _as_base(RECORDS=self.records):
            recs = self._stamp(base.build(catalog))
        check(catalog, recs, people=shared_ml100k_dir() is not None)
        return recs

    def main(self) -> None:
        """Writes self.out through write_utterances.main (its catalogue, label and vocabulary checks) and check()."""
        from cesrec.evals.bench.understanding import load_catalog

        self.check_fresh()
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / self.out.name
            with _as_base(RECORDS=self.records, OUT=out):
                base.main()
            recs = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
        self._stamp(recs)
        check(load_catalog(), recs)
        self.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
        kinds: dict[str, int] = {}
        topics: dict[str, int] = {}
        liked = refused = 0
        for r in recs:
            kinds[kind_of(r)] = kinds.get(kind_of(r), 0) + 1
            if self.topics is not None:
                topics[self.topic_of(r)] = topics.get(self.topic_of(r), 0) + 1
            pos, neg = sides(r)
            liked, refused = liked + pos, refused + neg
        print(f"wrote {len(recs)} utterances (batch {self.batch}) to {self.out}: {kinds}; topics {topics or '-'}; "
              f"values liked {liked}, refused {refused}", file=sys.stderr)
