"""Writes evals/data/requests.jsonl: the hand-judged request benchmark of issue 21 (see README.md here).

The requests and their relevance judgments are written by hand in `request_cases_first.py` (first requests)
and `request_cases_context.py` (requests with context: a list already shown, follow-ups), each a
`CASES: list[dict]` with keys kind, text, relevant {catalogue label: grade 1|2}, shown (labels or None) and
note. Labels are resolved to ml-100k internal ids exactly (the label the catalogue prints, "Heat (1995)");
a label the catalogue lacks is an error naming it, so every id in the output exists. Run:

    python -m cesrec.evals.data.write_requests
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests.jsonl"
SOURCES = ("first", "context")  # request_cases_<source>.py, in this order
CASE_KEYS = {"kind", "text", "relevant", "shown", "note"}


class CaseError(ValueError):
    """A hand-written case that cannot go into the benchmark (message names the case and what is wrong)."""


def record_id(kind: str, text: str, shown: list[str] | None) -> str:
    """kind + the first 8 hex digits of sha1(text + the shown labels), stable when cases are added."""
    key = text if not shown else text + "\n" + "\n".join(shown)
    return f"{kind}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


def split_of(rec_id: str) -> str:
    """'dev' or 'heldout' by sha256("split:" + id) mod 2 (the utterance benchmark's rule)."""
    return "dev" if int(hashlib.sha256(("split:" + rec_id).encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def label_index(catalog) -> dict[str, list[int]]:
    """Catalogue label -> internal ids. ml-100k lists a few films twice under one label (Chasing Amy (1997),
    Sliding Doors (1998), ...): a judged film is every copy of it, or a system that finds the other copy
    would be punished; a shown film is its first copy (positions in the shown list stay as the judge saw them)."""
    out: dict[str, list[int]] = {}
    for i in range(1, catalog.num_items + 1):
        out.setdefault(catalog.label(i), []).append(i)
    return out


def _check(case: object, where: str) -> dict:
    if not isinstance(case, dict):
        raise CaseError(f"{where}: a case must be a dict, got {type(case).__name__}")
    missing, extra = CASE_KEYS - set(case), set(case) - CASE_KEYS
    if missing or extra:
        raise CaseError(f"{where}: keys must be {sorted(CASE_KEYS)} (missing {sorted(missing)}, unknown {sorted(extra)})")
    if not isinstance(case["kind"], str) or not case["kind"].strip() or "-" in case["kind"]:
        raise CaseError(f"{where}: kind must be a non-empty word without '-', got {case['kind']!r}")
    if not isinstance(case["text"], str) or not case["text"].strip():
        raise CaseError(f"{where}: text must be a non-empty string")
    rel = case["relevant"]
    if not isinstance(rel, dict) or not rel:
        raise CaseError(f"{where}: relevant must be a non-empty dict label -> grade")
    bad = {k: g for k, g in rel.items() if g not in (1, 2) or isinstance(g, bool)}
    if bad:
        raise CaseError(f"{where}: grades must be 1 or 2, got {bad}")
    shown = case["shown"]
    if shown is not None and (not isinstance(shown, list) or not shown or not all(isinstance(s, str) for s in shown)):
        raise CaseError(f"{where}: shown must be None or a non-empty list of labels")
    if not isinstance(case["note"], str):
        raise CaseError(f"{where}: note must be a string")
    return case


def build(cases_by_source: dict[str, list[dict]], catalog) -> list[dict]:
    """Records with labels resolved to catalogue ids; raises CaseError on an unknown label, a duplicate
    text (case and spacing aside, whatever was shown), a malformed case or a relevant film that was shown."""
    ids = label_index(catalog)

    def copies(label: str, where: str) -> list[int]:
        if label not in ids:
            raise CaseError(f"{where}: label {label!r} is not a catalogue label")
        return ids[label]

    out: list[dict] = []
    seen: dict[str, str] = {}
    for source, cases in cases_by_source.items():
        for n, raw in enumerate(cases):
            where = f"request_cases_{source}.py case {n} ({str(raw.get('text', ''))[:40]!r})" \
                if isinstance(raw, dict) else f"request_cases_{source}.py case {n}"
            case = _check(raw, where)
            text, shown_labels = case["text"].strip(), case["shown"]
            key = " ".join(text.lower().split())
            if key in seen:
                raise CaseError(f"{where}: duplicate text {text!r} (also {seen[key]})")
            seen[key] = where
            shown = [copies(s, where)[0] for s in shown_labels] if shown_labels else None
            relevant = [{"item": i, "title": lab, "grade": int(g)}
                        for lab, g in case["relevant"].items() for i in copies(lab, where)]
            if len({r["item"] for r in relevant}) != len(relevant):
                raise CaseError(f"{where}: a relevant film is listed twice")
            both = [r["title"] for r in relevant if shown and r["item"] in shown]
            if both:
                raise CaseError(f"{where}: relevant film(s) {both} were shown; judged films exclude what was shown")
            rid = record_id(case["kind"], text, shown_labels)
            out.append({
                "id": rid,
                "split": split_of(rid),
                "source": source,
                "kind": case["kind"],
                "text": text,
                "shown": shown,
                "shown_titles": list(shown_labels) if shown_labels else None,
                "relevant": relevant,
                "note": case["note"],
            })
    return out


def load_cases(sources: tuple[str, ...] = SOURCES) -> dict[str, list[dict]]:
    """CASES of each request_cases_<source>.py; a missing file or CASES is an error naming it."""
    out: dict[str, list[dict]] = {}
    for s in sources:
        name = f"cesrec.evals.data.request_cases_{s}"
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            raise CaseError(f"evals/data/request_cases_{s}.py not found") from None
        cases = getattr(mod, "CASES", None)
        if not isinstance(cases, list):
            raise CaseError(f"evals/data/request_cases_{s}.py defines no CASES list")
        out[s] = cases
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build evals/data/requests.jsonl from the hand-judged case files.")
    ap.add_argument("--sources", default=",".join(SOURCES), help="comma list of case files (first,context)")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    from cesrec.recmodel.prepare import prepare_dataset
    from cesrec.recmodel.sources import shared_ml100k_dir

    shared = shared_ml100k_dir()
    if shared is None:
        print("write_requests: ml-100k not found: set CESREC_SHARED_DATA to the folder with ml-100k.item",
              file=sys.stderr)
        return 2
    catalog = prepare_dataset("ml-100k", shared, item_extra=shared / "ml-100k.item_extra.jsonl").catalog
    try:
        recs = build(load_cases(tuple(s.strip() for s in a.sources.split(",") if s.strip())), catalog)
    except CaseError as e:
        print(f"write_requests: {e}", file=sys.stderr)
        return 2
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    counts: dict[str, int] = {}
    for r in recs:
        counts[f"{r['split']}"] = counts.get(r["split"], 0) + 1
    kinds = sorted({r["kind"] for r in recs})
    print(f"wrote {len(recs)} requests to {a.out} ({counts}; kinds {kinds})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
