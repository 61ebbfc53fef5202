"""A small trained stance model: the value read in its sentence (issue 21, item 4; evals/notes/stance_judge.md,
fifth and seventh rounds).

A cross-encoder-style classifier over the packaged all-MiniLM-L6-v2 transformer (tools.semantic.resolve_model,
no download): the message with the value's words marked by brackets ("I can't get enough of [westerns]") is
encoded by the whole transformer, fine-tuned; the mean of all tokens and the mean of the marked tokens go to a
3-way head: want / avoid / neither. Trained on (message, value words, gold side) pairs of development data only:
the development batches and the training batches written for it by several people, each in their own voice
(TRAIN_BATCHES below; evals/data/README.md).

- `StanceModel.train(examples, seed=...)`: deterministic (fixed seeds, one thread, deterministic algorithms).
- `StanceModel.predict(pairs)` -> one {"want", "avoid", "neither"} probability dict per (text, span) pair.
- `combine(...)`: with the judge's reading (agent.stance_llm.judge_feedback): a value the model puts on the other
  side (p >= VETO_P, 0.5 since round 10) goes to neither side (agent.clarify asks it back); a value the judge
  abstained on takes the side the model is sure of (p >= FILL_P); a value the model is sure was named without a
  stance of the user (p >= NEITHER_P) goes to neither side. Chosen on held-out predictions of the development
  batches.
- The product's model: `python -m cesrec.evals.tuning.stance_model` (scripts/setup.sh) trains it on all the
  development and training batches (deterministic; ~17 min on 2 cores) and caches it in CESREC_STANCE_MODEL_DIR
  (default ~/.cache/cesrec/stance_model, ~180 MB, keyed by a fingerprint of its data and settings);
  `product_model()` raises StanceModelMissing, saying that command, when it is not there. No download: the base
  is the packaged all-MiniLM-L6-v2 (tools.semantic.resolve_model).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

LABELS = ("want", "avoid", "neither")
MAX_LEN = 64


@dataclass(frozen=True)
class Example:
    text: str
    span: tuple[int, int]
    y: str  # one of LABELS
    batch: str = ""


def marked(text: str, span: tuple[int, int]) -> str:
    s, e = span
    return f"{text[:s]}[{text[s:e]}]{text[e:]}"


def veto(side: int, ps: dict[str, float], threshold: float) -> int:
    """The side of a value (+1 liked, -1 refused, 0 neither) once the model has read it: a value the model puts
    on the other side with probability >= `threshold` goes to neither side (asked back); otherwise it stays."""
    other = "avoid" if side > 0 else "want" if side < 0 else None
    if other is not None and ps.get(other, 0.0) >= threshold:
        return 0
    return side


class StanceModel:
    def __init__(self, model_path: str | None = None):
        import torch
        from cesrec.tools.semantic import resolve_model
        from transformers import AutoModel, AutoTokenizer

        path = model_path or resolve_model(None)[0]
        self.tok = AutoTokenizer.from_pretrained(path)
        torch.manual_seed(0)
        self.enc = AutoModel.from_pretrained(path)
        dim = self.enc.config.hidden_size
        self.head = torch.nn.Linear(2 * dim, len(LABELS))

    def _batch(self, texts: Sequence[str], spans: Sequence[tuple[int, int]]):
        import torch

        mt = [marked(t, s) for t, s in zip(texts, spans, strict=True)]
        b = self.tok(mt, padding=True, truncation=True, max_length=MAX_LEN, return_offsets_mapping=True,
                     return_tensors="pt")
        off = b.pop("offset_mapping")
        span_mask = torch.zeros_like(b["attention_mask"], dtype=torch.float32)
        for i, (s, e) in enumerate(spans):
            a, z = s, e + 2  # the brackets included
            for j, (os_, oe) in enumerate(off[i].tolist()):
                if oe > os_ and os_ >= a and oe <= z:
                    span_mask[i, j] = 1.0
        return b, span_mask

    def _logits(self, b, span_mask):
        import torch

        h = self.enc(**b).last_hidden_state
        m = b["attention_mask"].unsqueeze(-1).float()
        mean = (h * m).sum(1) / m.sum(1).clamp(min=1)
        sm = span_mask.unsqueeze(-1)
        smean = (h * sm).sum(1) / sm.sum(1).clamp(min=1)
        return self.head(torch.cat([mean, smean], -1))

    def train(self, examples: Sequence[Example], seed: int = 0, epochs: int = 3, batch_size: int = 16,
              lr: float = 4e-5, head_lr: float = 1e-3) -> StanceModel:
        import numpy as np
        import torch

        torch.manual_seed(seed)
        random.seed(seed)
        np.random.seed(seed)
        was = torch.are_deterministic_algorithms_enabled()
        torch.use_deterministic_algorithms(True)  # for this training only (restored after)
        try:
            self._fit(examples, seed, epochs, batch_size, lr, head_lr)
        finally:
            torch.use_deterministic_algorithms(was)
        self.enc.eval()
        return self

    def _fit(self, examples, seed, epochs, batch_size, lr, head_lr) -> None:
        import torch

        self.enc.train()
        opt = torch.optim.AdamW([{"params": self.enc.parameters(), "lr": lr},
                                 {"params": self.head.parameters(), "lr": head_lr}], weight_decay=0.01)
        order = list(range(len(examples)))
        rng = random.Random(seed)
        steps = epochs * ((len(order) + batch_size - 1) // batch_size)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: max(0.0, 1 - k / max(1, steps)))
        loss_fn = torch.nn.CrossEntropyLoss()
        for _ in range(epochs):
            rng.shuffle(order)
            for k in range(0, len(order), batch_size):
                ex = [examples[i] for i in order[k:k + batch_size]]
                b, sm = self._batch([e.text for e in ex], [e.span for e in ex])
                y = torch.tensor([LABELS.index(e.y) for e in ex])
                loss = loss_fn(self._logits(b, sm), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()

    def predict(self, pairs: Sequence[tuple[str, tuple[int, int]]], batch_size: int = 32) -> list[dict[str, float]]:
        import torch

        self.enc.eval()
        out: list[dict[str, float]] = []
        with torch.no_grad():
            for k in range(0, len(pairs), batch_size):
                chunk = pairs[k:k + batch_size]
                b, sm = self._batch([t for t, _ in chunk], [s for _, s in chunk])
                p = torch.softmax(self._logits(b, sm), -1).tolist()
                out += [dict(zip(LABELS, row, strict=True)) for row in p]
        return out


def side_of(feedback, key) -> int:
    """+1 when `feedback` has the value `key` among its likes, -1 among its dislikes, 0 on neither side."""
    from cesrec.tools.stance_values import key_of

    for sign, attrs in ((1, feedback.liked_attributes), (-1, feedback.disliked_attributes)):
        for kind, vals in attrs.items():
            if any(key_of(kind, v) == key for v in vals):
                return sign
    if key[0] == "item":
        if any(str(int(i)) == key[1] for i in feedback.liked_items):
            return 1
        if any(str(int(i)) == key[1] for i in feedback.disliked_items):
            return -1
    return 0


def combine(out, targets, preds: dict, veto_p: float | None, fill_p: float | None, abstained=(), fixed=(),
            neither_p: float | None = None, move_p: float | None = None, seconds: dict | None = None,
            doubt_p: float | None = None):
    """The judge step's reading `out` with the model's reading of each value: `targets` (tools.stance_values
    Target, with spans), `preds` {target key: the model's probabilities}.

    - veto (`veto_p`, None: off): a value on one side that the model puts on the other with p >= veto_p goes to
      neither side (agent.clarify asks it back);
    - fill (`fill_p`, None: off): a value the judge abstained on (`abstained`: its labels) takes the model's side
      when the model is at least that sure of want or avoid;
    - no side (`neither_p`, None: off): a value on one side that the model reads as named without a stance of the
      user ("my wife loves westerns") with p >= neither_p goes to neither side, and is not asked back;
    - move (`move_p`, None: off; read before the veto): a value on one side that the model puts on the other with
      p >= move_p goes to the model's side (people excepted, as for the fill: they are vetoed); with `seconds`
      ({target key: +1 / -1 / 0}, another reader's sides: the rule reading) only where that reader has the value
      on the model's side too (two readers against the judge), else it is vetoed;
    - doubt (`doubt_p`, None: off; read after the others): a value on one side to which the model gives less than
      doubt_p goes to neither side and is asked back ("doubted"), wherever the model's remaining probability lies
      (the veto reads only the other side's: want 0.38 / avoid 0.01 / neither 0.61 for a refusal passes it).
    Values a construction of the grammar fixed (`fixed`: labels) are left alone. -> (Feedback, {label: change})."""
    from cesrec.tools.stance_values import without_values

    drop, move, moved, changes = set(), {}, {}, {}
    for t in targets:
        ps = preds.get(t.key)
        lab = " ".join(t.label.split())[:60]
        if ps is None or lab in fixed:
            continue
        side = side_of(out, t.key)
        other = "avoid" if side > 0 else "want"  # read only for a value on a side
        seconded = seconds is None or seconds.get(t.key, 0) == (1 if other == "want" else -1)
        if side != 0 and move_p is not None and t.key[0] != "person" and ps[other] >= move_p and seconded:
            moved[t.key] = other
            changes[lab] = f"moved: {other}"
        elif side != 0 and veto_p is not None and veto(side, ps, veto_p) == 0:
            drop.add(t.key)
            changes[lab] = "vetoed"
        elif side != 0 and neither_p is not None and ps.get("neither", 0.0) >= neither_p:
            drop.add(t.key)
            changes[lab] = "no side"
        elif side != 0 and doubt_p is not None and ps["want" if side > 0 else "avoid"] < doubt_p:
            drop.add(t.key)
            changes[lab] = "doubted"
        elif side == 0 and fill_p is not None and lab in abstained and t.key[0] != "person":
            best = "want" if ps["want"] >= ps["avoid"] else "avoid"
            if ps[best] >= fill_p:
                move[t.key] = best
                changes[lab] = best
    if moved:  # off its side first, then onto the model's
        out = without_values(out, set(moved))
    if move or moved:  # a filled value is on no side of `out`
        out = _with_sides(out, {**move, **moved})
    return without_values(out, drop), changes


def _with_sides(feedback, sides: dict):
    liked = {k: list(v) for k, v in feedback.liked_attributes.items()}
    disliked = {k: list(v) for k, v in feedback.disliked_attributes.items()}
    li, di = list(feedback.liked_items), list(feedback.disliked_items)
    for (kind, val), s in sides.items():
        if kind == "item":
            (li if s == "want" else di).append(int(val))
        else:
            (liked if s == "want" else disliked).setdefault(kind, []).append(val)
    return feedback.model_copy(update={"liked_attributes": liked, "disliked_attributes": disliked,
                                       "liked_items": li, "disliked_items": di})


# --------------------------------------------------------------------------------------------------------
# The product's model: trained once on all the development data, cached outside the repository
# --------------------------------------------------------------------------------------------------------

# The combination with the judge (agent.stance_llm.judge_feedback), chosen on the development batches from
# held-out predictions (evals/notes/stance_judge.md). Round 5 (veto 0.93, fill 0.8, trained on the development
# batches of then) held on the held-out fresh #5; round 6 (one more batch, veto 0.97, a "move") was rejected on
# fresh #6. Round 7: five people wrote 1,463 training sentences in five voices (evals/data/stance_train_w*.jsonl);
# with them, 2-fold cross-validation over the eight development batches chose these thresholds (cost 379 against
# 452 for the development batches alone and 522 without the model; evals/results/stance_model_choice_{w,base}.json).
# Round 8: five more training batches in five new voices (w6-w10) and fresh #7 / #8 as development batches, the
# thresholds kept (no time for a second choice; evals/notes/stance_judge.md, eighth round). Round 9: five more
# (w11-w15) and fresh #9 / #10, thresholds kept: rejected on fresh #11 / #12 (genre F1 0.892 -> 0.891 on the two
# together, flips 18 -> 17), so the model is round 8's (evals/notes/stance_judge.md, ninth round). Round 10: the
# thresholds chosen again, on 2-fold predictions of round 8's data over a grid reaching down to veto 0.5 (round
# 7's started at 0.9): cost 371 (37 flips) against 433 (74) for 0.9 / 0.9 / 0.9 on the development batches
# (evals/results/stance_model_choice_r10.json): a value the model reads as more likely the other side is asked back.
# Round 11: the thresholds kept, the model trained on every development batch (fresh #9-#14 added to round 8's data)
# together with the rule reader's constructions of that round (evals/notes/stance_judge.md, eleventh round).
# Round 13: the thresholds kept, fresh #15-#18 added to the data (evals/notes/stance_judge.md, thirteenth round).
# Round 14: the thresholds chosen again with the move, on 2-fold predictions of round 13's data: cost 594 (90 flips)
# against 652 (64) for round 13's (evals/results/stance_model_choice_r14.json): fill 0.8, move 0.95. Its held-out
# batches kept it (fresh #21 / #22: F1 0.944 -> 0.963, flips 3 -> 3), the utterance benchmark, run once after, put 7
# more values on the wrong side (4 -> 11), as the development figures had (64 -> 90): a value on the wrong side is
# worse than one asked back, so the move is off and the thresholds are round 13's (stance_judge.md, round 14).
# Round 15: the move only where the rule reading seconds the model (MOVE_SECONDED) still raised the development flips
# (64 -> 76 at 0.95; evals/results/stance_model_choice_r15.json), so the thresholds stayed; its model (fresh #19-#22
# added) and rule changes were kept by fresh #23 / #24, then reverted: the utterance benchmark's flips went 4 -> 5.
VETO_P = 0.5
FILL_P = 0.9
NEITHER_P: float | None = 0.8  # a value the model reads as named without a stance: on neither side, not asked
MOVE_P: float | None = None  # a value the model is this sure is on the other side goes there (off: vetoed)
# a value on one side that the model gives less than this probability is asked back (None: off). Round 21: 0.1,
# chosen on fresh #19-#34 (never trained on) by least cost (2 per flip + genre fp + fn) among 0.1-0.5 with no more
# flips than off: flips 19 -> 18, genre fp 57 -> 54, fn 231 -> 231 (evals/notes/stance_judge.md, round 21)
DOUBT_P: float | None = 0.1
MOVE_SECONDED = False  # the move only where the rule reading has the value on the model's side too
# two models trained alike but for the seed, their probabilities averaged: with one seed the dev half's 0.970 / 0
# held for seed 0 and not for seed 1 (0.960 / 0: two right likes vetoed); the average of the two held it
# (evals/notes/stance_judge.md, fifth round)
SEEDS = (0, 1)
EPOCHS = 3
VERSION = "2"  # bump when the model, its input or its training changes
# every batch the model may train on and its file in evals/data (evals/bench/stance_model_lobo.py reads them from
# here): DEV_CASES and TRAIN_CASES, the fresh batches measured once as held out and development data since, the dev
# half of utterances.jsonl, and the training batches written for the model (rounds 7-9)
BATCH_FILES = {"devcases": "stance_dev.py", "train": "stance_dev.py", "devhalf": "utterances.jsonl",
               "fresh1": "utterances_fresh.jsonl", **{f"fresh{n}": f"utterances_fresh{n}.jsonl" for n in range(2, 39)},
               **{f"w{n}": f"stance_train_w{n}.jsonl" for n in range(1, 16)}}
# the fresh batches, #1 first: each measured once as held out, development data since
FRESH_BATCHES = tuple(b for b in BATCH_FILES if b.startswith("fresh"))
# round 9's data (fresh #9 / #10 and w11-w15 added) was rejected on its held-out batches; round 11 trains on round
# 8's data and every fresh batch measured since (#9-#14: the same topics and way of writing as the held-out ones);
# round 13 adds fresh #15-#18, measured as held out in rounds 11 and 12; round 15 added fresh #19-#22 and was
# reverted (the utterance benchmark's flips 4 -> 5), and so was round 20 (fresh #19-#32 added: the benchmark's
# flips 3 -> 4, the request benchmark's held-out product figures down), so the data is round 13's
TRAIN_BATCHES = ("devcases", "train", *(f"fresh{n}" for n in range(1, 19)), "devhalf", *(f"w{n}" for n in range(1, 11)))
# training reads the development data of evals/, so it lives there (agent never imports evals)
TRAIN_COMMAND = "python -m cesrec.evals.tuning.stance_model"


class StanceModelMissing(RuntimeError):
    """The trained stance model is not in its cache; the message says how to make it."""


def model_dir() -> Path:
    """CESREC_STANCE_MODEL_DIR, default ~/.cache/cesrec/stance_model (not under CESREC_HOME: the tests point that
    at a temporary folder, and the model is the same for every home)."""
    return Path(os.environ.get("CESREC_STANCE_MODEL_DIR") or Path.home() / ".cache" / "cesrec" / "stance_model")


def _data_files() -> list[Path]:
    """The files of TRAIN_BATCHES, each once (stance_dev.py and utterances.jsonl first: the order the fingerprint has
    always hashed them in)."""
    root = Path(__file__).parents[1] / "evals" / "data"
    return [root / f for f in dict.fromkeys(BATCH_FILES[b] for b in ("devcases", "devhalf", *TRAIN_BATCHES))]


def fingerprint() -> str:
    """Of everything the model is made from: the training data files, the settings, this file's VERSION, and
    whether ../shared's item metadata is there (without it fewer messages' people resolve, so fewer pairs)."""
    from cesrec.recmodel.sources import shared_ml100k_dir

    meta = shared_ml100k_dir() is not None
    h = hashlib.sha256(f"{VERSION}|{SEEDS}|{EPOCHS}|{MAX_LEN}|{','.join(TRAIN_BATCHES)}|metadata={meta}".encode())
    for p in _data_files():
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def model_path() -> Path:
    return model_dir() / f"stance-model-{fingerprint()}.pt"


class Ensemble:
    """Models whose probabilities are averaged (SEEDS)."""

    def __init__(self, models: Sequence[StanceModel]):
        self.models = list(models)

    def predict(self, pairs: Sequence[tuple[str, tuple[int, int]]]) -> list[dict[str, float]]:
        runs = [m.predict(pairs) for m in self.models]
        return [{k: sum(r[i][k] for r in runs) / len(runs) for k in LABELS} for i in range(len(pairs))]


_PRODUCT: dict[str, Ensemble] = {}
_LOCK = threading.Lock()


def product_model() -> Ensemble:
    """The cached product model (loaded once per process); StanceModelMissing when it was never trained."""
    import torch

    path = model_path()
    with _LOCK:
        if str(path) not in _PRODUCT:
            if not path.is_file():
                raise StanceModelMissing(f"the trained stance model is missing ({path}): run `{TRAIN_COMMAND}` "
                                         "(scripts/setup.sh does; about 17 min on 2 cores)")
            state = torch.load(path, map_location="cpu", weights_only=True)
            models = []
            for part in state["models"]:
                m = StanceModel()
                m.enc.load_state_dict(part["enc"])
                m.head.load_state_dict(part["head"])
                m.enc.eval()
                models.append(m)
            _PRODUCT[str(path)] = Ensemble(models)
        return _PRODUCT[str(path)]


def product_reader():
    """The model as the judge step calls it: [(text, span)] -> [probabilities]."""
    return product_model().predict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="the trained stance model (agent/stance_model.py); training: "
                                 f"`{TRAIN_COMMAND}`")
    ap.add_argument("action", choices=("path",))
    ap.parse_args(argv)
    print(model_path())
    return 0


if __name__ == "__main__":
    sys.exit(main())
