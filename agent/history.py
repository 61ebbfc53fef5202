"""A session's starting history when the caller brings it: new users (not in the dataset) and assistant
products that know what their user watched.

Every door (Python, HTTP, MCP, `cesrec chat`) hands its `history` to `resolve_history`: a list of catalogue
item ids (integers, the ids `item_details`, `recommend` and like/dislike use) and titles (text, resolved by
the one title resolver, tools.titles), mixed freely, oldest first. Anything that is not a catalogue item is
refused in ONE error naming every bad entry, so a caller fixes them all at once.
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from typing import Any

from cesrec.recmodel.data import DataError
from cesrec.tools.titles import resolver_for

# SASRec reads the last 50 items; 200 leaves room for masking and other backbones, and keeps an HTTP body
# of titles well under the server's 16 KiB limit.
MAX_HISTORY_ITEMS = 200
_MAX_SHOWN_CHARS = 60  # a very long bad title is shortened in the error line

HistoryEntry = int | str


class HistoryError(DataError):
    """A caller-given history that cannot be used (one line, every bad entry named), or a second, different
    history for a session that already has one."""


def _shown(entry: Any) -> str:
    if isinstance(entry, str):
        text = entry if len(entry) <= _MAX_SHOWN_CHARS else entry[: _MAX_SHOWN_CHARS - 1] + "…"
        return repr(text)
    return repr(entry)


def resolve_history(catalog: Any, entries: Sequence[HistoryEntry] | None) -> list[int] | None:
    """Catalogue ids for `entries` (None stays None: "no history given"). Integers are item ids, strings
    titles; booleans and other types are refused. Raises HistoryError naming every unknown entry, e.g.
    `history: unknown items: 99999, 'Not A Film'`."""
    if entries is None:
        return None
    if isinstance(entries, str | bytes) or not isinstance(entries, Sequence):
        raise HistoryError("history: must be a list of item ids and/or titles")
    if len(entries) > MAX_HISTORY_ITEMS:
        raise HistoryError(f"history: at most {MAX_HISTORY_ITEMS} items (got {len(entries)})")
    resolver = resolver_for(catalog)
    ids: list[int] = []
    unknown: list[str] = []
    invalid: list[str] = []
    for e in entries:
        if isinstance(e, bool) or not isinstance(e, numbers.Integral | str):
            invalid.append(_shown(e))
        elif isinstance(e, numbers.Integral):
            if 1 <= int(e) <= catalog.num_items:
                ids.append(int(e))
            else:
                unknown.append(str(int(e)))
        else:
            item = resolver.resolve(e.strip()) if e.strip() else None
            if item is None:
                unknown.append(_shown(e))
            else:
                ids.append(item)
    problems = []
    if unknown:
        problems.append("unknown items: " + ", ".join(unknown))
    if invalid:
        problems.append("not item ids or titles: " + ", ".join(invalid))
    if problems:
        raise HistoryError("history: " + "; ".join(problems))
    return ids


def parse_history_text(text: str) -> list[HistoryEntry]:
    """The command line's `--history "50, Heat (1995), 181"`: comma-separated entries, an all-digit entry is
    an item id, anything else a title (write a numeric title with its year: "1941 (1979)")."""
    out: list[HistoryEntry] = []
    for part in text.split(","):
        part = part.strip()
        if part:
            out.append(int(part) if part.isascii() and part.isdigit() else part)  # "²", "١": titles
    return out


def history_origin(engine: Any, state: Any) -> dict[str, Any]:
    """How the session started, derived from what it records (its user id and original history):
    `new_user` (the dataset does not know the user id), `history_source`: "none" (empty: the conversation
    builds the whole sequence), "dataset" (the user's dataset history) or "caller" (given at creation)."""
    try:
        u = engine.dataset.user_index(state.user_id)
    except (DataError, KeyError, ValueError):
        u = None
    if not state.history:
        source = "none"
    elif u is not None and [int(i) for i in engine.dataset.test_input(u)[0]] == list(state.history):
        source = "dataset"
    else:
        source = "caller"
    return {"new_user": u is None, "history_source": source}
