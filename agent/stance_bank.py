"""Retrieved demonstrations for the stance judge (issue 21, item 4; evals/notes/stance_judge.md, fourth round).

The judge's fixed instructions and examples (agent.stance_llm.SYSTEM) stay the cached prefix of its prompt; after
them, in the user turn, the judge is shown the `k` labelled sentences of the bank (agent/stance_bank.jsonl) most
similar to the user's message (cosine of the all-MiniLM-L6-v2 sentence embeddings the product already ships,
tools.semantic.resolve_model, of the sentences with the values' words masked, so that the phrasing and not the
topic decides: "war movies wreck me and I keep coming back" finds other enthusiasm told as harm, not other
sentences about war films), each with its values and gold answers in the judge's own answer format, the most
similar last. The bank holds development sentences only (written by evals/data/write_stance_bank.py).

`EXCLUDE` (batch names) leaves batches out of the bank: leave-one-batch-out measurement
(evals/bench/understanding_dev.py --bank-k). A bank sentence identical to the message is never shown.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path
from typing import Any

BANK_PATH = Path(__file__).with_name("stance_bank.jsonl")
EXCLUDE: frozenset[str] = frozenset()

_state: dict[str, Any] = {}
_lock = threading.Lock()


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def masked(text: str, labels: list[str]) -> str:
    """`text` with each value's words replaced by "X" (case-insensitive; longest first)."""
    out = " ".join(text.split())
    for lab in sorted(labels, key=len, reverse=True):
        if lab.strip():
            out = re.sub(re.escape(lab), "X", out, flags=re.IGNORECASE)
    return out


def load_bank(path: Path = BANK_PATH) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _encoder() -> Any:
    if "encoder" not in _state:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from cesrec.tools.semantic import resolve_model
        from sentence_transformers import SentenceTransformer

        _state["encoder"] = SentenceTransformer(resolve_model(None)[0], device="cpu")
    return _state["encoder"]


def _encode(texts: list[str]) -> Any:
    return _encoder().encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                             show_progress_bar=False)


def _index() -> tuple[list[dict], Any]:
    with _lock:
        if "bank" not in _state:
            bank = load_bank()
            _state["vecs"] = _encode([masked(r["text"], r["labels"]) for r in bank]) if bank else None
            _state["bank"] = bank
        return _state["bank"], _state["vecs"]


def warm_up() -> None:
    """Load the encoder and embed the bank (a few seconds; agent.stance_llm.warm_up_judge calls it)."""
    _index()


def nearest(text: str, labels: list[str], k: int, exclude: frozenset[str] | None = None,
            min_sim: float = 0.0, balanced: bool = False) -> list[dict]:
    """The `k` bank records most similar to `text` whose values' words are `labels` (most similar first), none
    of a batch in `exclude` (default EXCLUDE), none with the same text, none less similar than `min_sim`
    (cosine of the masked sentences). `balanced`: k/2 whose answers are all "yes" and k/2 all "no" (a
    contrast: copying the nearest answer is no use)."""
    if k <= 0:
        return []
    bank, vecs = _index()
    if not bank:
        return []
    exclude = EXCLUDE if exclude is None else exclude
    sims = vecs @ _encode([masked(text, labels)])[0]
    own = _norm(text)
    out = []
    quota = {"yes": k // 2, "no": k - k // 2} if balanced else None
    for i in sims.argsort()[::-1]:
        r = bank[int(i)]
        if sims[i] < min_sim:
            break
        if r["batch"] in exclude or _norm(r["text"]) == own:
            continue
        if quota is not None:
            side = set(r["answers"])
            if len(side) != 1 or not quota.get(next(iter(side))):
                continue
            quota[next(iter(side))] -= 1
        out.append(r)
        if len(out) == k:
            break
    return out
