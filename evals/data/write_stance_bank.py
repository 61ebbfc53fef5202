"""Write agent/stance_bank.jsonl: the stance judge's bank of labelled development sentences (issue 21, item 4).

`python -m cesrec.evals.data.write_stance_bank [--check]`

The judge (agent.stance_llm) shows the model the bank's sentences most similar to the user's message, each with
its values in the user's own words and the gold answer per value ("yes" liked, "no" refused), in the judge's own
answer format. Only DEVELOPMENT data goes in: evals/data/stance_dev.py DEV_CASES and TRAIN_CASES (batch
"devcases" / "train"), fresh batches #1, #2, #3 (evals/data/utterances_fresh*.jsonl, "fresh1" / "fresh2" /
"fresh3"). Never a sentence of evals/data/utterances.jsonl (any half) or of a held-out batch
(tests/agent/test_stance_bank.py checks it by exact text). A value is the words a catalogue mention covers
(tools.stance_values' mention finder, as the judge labels it); a mention that is not a gold value is left out,
and so is a sentence with no gold value among its mentions. `--check` compares with the committed file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
BANK = ROOT.parent / "agent" / "stance_bank.jsonl"
FRESH = {"fresh1": "utterances_fresh.jsonl", "fresh2": "utterances_fresh2.jsonl", "fresh3": "utterances_fresh3.jsonl"}


def _records() -> list[tuple[str, dict]]:
    from cesrec.evals.data.stance_dev import DEV_CASES, TRAIN_CASES

    def value(v: str) -> str:
        return v if ":" in v else "genre:" + v

    out = []
    for batch, cases in (("devcases", DEV_CASES), ("train", TRAIN_CASES)):
        for text, liked, disliked in cases:
            out.append((batch, {"text": text, "shown": [], "gold": {
                "liked": [value(v) for v in liked], "disliked": [value(v) for v in disliked],
                "liked_items": [], "disliked_items": []}}))
    for batch, name in FRESH.items():
        for line in (ROOT / "data" / name).read_text().splitlines():
            if line.strip():
                out.append((batch, json.loads(line)))
    return out


def bank_lines(catalog) -> list[str]:
    from cesrec.evals.bench.understanding_score import shown_state
    from cesrec.tools.stance_values import _mention_labels

    lines, seen = [], set()
    for batch, rec in _records():
        text = " ".join(rec["text"].split())
        if text in seen:
            continue
        g = rec["gold"]
        side = {}
        for sign, vals in (("yes", g["liked"]), ("no", g["disliked"])):
            for v in vals:
                kind, _, val = v.partition(":")
                side[(kind, val)] = sign
        for sign, items in (("yes", g.get("liked_items") or []), ("no", g.get("disliked_items") or [])):
            for i in items:
                side[("item", str(int(i)))] = sign
        labels, answers = [], []
        found = _mention_labels(rec["text"], catalog, shown_state(rec, catalog))
        for key, (words, _span) in sorted(found.items(), key=lambda kv: kv[1][1]):
            lab = " ".join(words.split())[:60]
            if key in side and lab and lab not in labels:
                labels.append(lab)
                answers.append(side[key])
        if labels:
            seen.add(text)
            lines.append(json.dumps({"batch": batch, "text": text, "labels": labels, "answers": answers},
                                    ensure_ascii=False))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed file")
    a = ap.parse_args(argv)
    from cesrec.evals.bench.understanding import load_catalog

    text = "\n".join(bank_lines(load_catalog())) + "\n"
    if a.check:
        ok = BANK.is_file() and BANK.read_text() == text
        print("in sync" if ok else f"{BANK} is out of date: run python -m cesrec.evals.data.write_stance_bank")
        return 0 if ok else 1
    BANK.write_text(text)
    print(f"wrote {BANK} ({text.count(chr(10))} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
