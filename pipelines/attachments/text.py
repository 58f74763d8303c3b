"""Small text helpers shared by the readers."""

from __future__ import annotations

import re

from ..records import Grid

_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def join_wrapped_lines(lines: list[str]) -> str:
    """Lines wrapped inside one cell or paragraph, joined; no space is put next to a CJK character."""
    text = ""
    for line in (part.strip() for part in lines):
        if not line:
            continue
        glue = "" if not text or _CJK.match(text[-1]) or _CJK.match(line[0]) else " "
        text += glue + line
    return text


def grid_lines(grid: Grid) -> list[str]:
    """A grid as text lines, one row per line; a merged cell repeated along a row is printed once."""
    lines = []
    for row in grid:
        cells = [cell for i, cell in enumerate(row) if i == 0 or cell != row[i - 1]]
        lines.append(" | ".join(cells))
    return lines


def trim_grid(grid: Grid) -> Grid:
    """Drops empty rows and the empty columns at the left and right edge."""
    rows = [row for row in grid if any(cell.strip() for cell in row)]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    used = [c for c in range(width) if any(row[c] for row in rows)]
    return [row[used[0]: used[-1] + 1] for row in rows]


def split_on_blank_rows(rows: Grid) -> list[Grid]:
    """A sheet holding several tables one below the other (separated by empty rows) → one grid per table."""
    blocks: list[Grid] = [[]]
    for row in rows:
        if any(cell.strip() for cell in row):
            blocks[-1].append(row)
        elif blocks[-1]:
            blocks.append([])
    return [trimmed for block in blocks if (trimmed := trim_grid(block))]


def piped_lines(rows: list[list[str]], reach: int = 3) -> str:
    """Text lines whose cells are joined by ' | '. A one-cell line with multi-cell lines at most `reach`
    lines above and below (a category row, a wrapped label inside a table) gets a trailing ' |' so the
    text-table reader keeps it inside the table."""
    multi = [i for i, cells in enumerate(rows) if len(cells) > 1]
    lines = []
    for i, cells in enumerate(rows):
        inside = len(cells) == 1 and any(i - reach <= m < i for m in multi) and any(i < m <= i + reach for m in multi)
        lines.append(" | ".join(cells) + (" |" if inside else ""))
    return "\n".join(lines)
