"""Tables on the command line: rich tables on a terminal, plain Markdown when stdout/stderr is piped.

A rich table printed to a file or pipe is laid out for a fixed width (80, or `COLUMNS`) and cuts or folds
what does not fit; a Markdown table is never cut and reads the same in a file, a CI log or a README.

    from cesrec.tables import print_table
    print_table(table, console)        # rich on a terminal, Markdown otherwise

`COLUMNS` still sets the width of a rich table on a terminal (rich reads it); `CESREC_TABLES=rich|markdown`
forces one form (tests, or a pager that understands box drawing).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def plain(cell: Any) -> str:
    """A cell as plain text: rich markup stripped, `Text` unwrapped, newlines folded into spaces."""
    if isinstance(cell, Text):
        s = cell.plain
    elif isinstance(cell, str):
        try:
            s = Text.from_markup(cell).plain
        except Exception:  # not valid markup (a stray "[/"): the string as it is
            s = cell
    elif cell is None:
        s = ""
    else:
        s = str(cell)
    return " ".join(s.split())


def _md_cell(cell: Any) -> str:
    return plain(cell).replace("|", "\\|")


def markdown_table(headers: Sequence[Any], rows: Iterable[Sequence[Any]], title: str | None = None) -> str:
    """A GitHub-flavoured Markdown table (with `title` in bold above it when given); cells may hold markup."""
    lines = [f"**{plain(title)}**", ""] if title else []
    lines.append("| " + " | ".join(_md_cell(h) for h in headers) + " |")
    lines.append("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        cells = list(row) + [""] * (len(headers) - len(row))
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def table_markdown(table: Table) -> str:
    """A rich `Table` (its title, headers and cells) as a Markdown table."""
    headers = [c.header for c in table.columns]
    columns = [list(c.cells) for c in table.columns]
    n = max((len(c) for c in columns), default=0)
    rows = [[col[i] if i < len(col) else "" for col in columns] for i in range(n)]
    title = table.title if isinstance(table.title, str | Text) else None
    return markdown_table(headers, rows, plain(title) if title else None)


def markdown_wanted(console: Console) -> bool:
    """Markdown unless the console writes to a terminal (`CESREC_TABLES` overrides)."""
    forced = os.environ.get("CESREC_TABLES", "").strip().lower()
    if forced in ("rich", "markdown"):
        return forced == "markdown"
    return not console.is_terminal


def print_table(table: Table, console: Console | None = None) -> None:
    """Print `table` on `console` (default: stdout): as it is on a terminal, as Markdown otherwise."""
    console = console or Console()
    if markdown_wanted(console):
        console.print(table_markdown(table), markup=False, highlight=False, soft_wrap=True)
        console.print()
    else:
        console.print(table)


def print_text(console: Console, text: str, **kw: Any) -> None:
    """A line of (markup) text that is never wrapped or cut when piped (`soft_wrap`)."""
    console.print(text, soft_wrap=markdown_wanted(console), highlight=False, **kw)


__all__ = ["markdown_table", "markdown_wanted", "plain", "print_table", "print_text", "table_markdown"]
