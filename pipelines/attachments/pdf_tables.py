"""Ruled PDF tables → expanded grids; continued tables joined; unruled tables kept apart by their gaps.

Each detected cell is placed on the table's grid of distinct x and y edges, so a merged cell covers
several grid positions and its text is repeated in all of them, exactly like an HTML rowspan/colspan
expansion. A table that runs off the bottom of a page and continues at the top of the next one is
joined, its repeated header rows dropped, and a merged label cell that the page break cut in two is
carried into the continuation. Pages without ruling lines are turned into ' | '-separated text lines
(wide gaps are column boundaries) for the text-table reader.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

import pdfplumber
from pdfplumber.utils import extract_text as chars_to_text

from ..normalize import split_list_marker
from ..numbers import UNITS, parse_cell
from ..records import Grid
from .text import join_wrapped_lines, piped_lines

_MAX_DRAWN_OBJECTS = 20000
_EDGE_TOLERANCE = 5.0  # points: cell edges closer than this are one grid line (no text fits between)
_MARGIN_SHARE = 0.1  # page headers/footers (page numbers) live in the outer 10% of the page
_MAX_HEADER_ROWS = 6
_COLUMN_GAP = 2.0  # a gap wider than two characters separates two columns of an unruled table
_NUMERIC = re.compile(r"[\d\s,，.+\-%—/]+")
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                   "join_tolerance": 3, "intersection_tolerance": 3}


@dataclass(slots=True)
class _Cell:
    row: int
    col: int
    row_end: int  # exclusive
    col_end: int
    text: str


@dataclass(slots=True)
class _Table:
    page: int
    top: float
    bottom: float
    cells: list[_Cell]
    grid: Grid
    xs: list[float]  # the column edges that cells' col/col_end index
    closes_page: bool = False  # nothing but footer below it
    opens_page: bool = False  # nothing but header above it


def page_tables(page: pdfplumber.page.Page, number: int, warnings: list[str]) -> list[_Table]:
    drawn = len(page.lines) + len(page.rects) + len(page.curves)
    if drawn > _MAX_DRAWN_OBJECTS:  # a map or chart: the table finder would take minutes
        warnings.append(f"page {number + 1}: {drawn} drawn objects, not searched for tables")
        return []
    found = page.find_tables({**_TABLE_SETTINGS, "explicit_horizontal_lines": _open_row_edges(page)})
    tables = []
    for table in sorted(found, key=lambda t: (t.bbox[1], t.bbox[0])):
        built = _build_table(page, table.cells, number)
        if built and len(built.grid) * len(built.grid[0]) >= 2:
            tables.append(built)
    _mark_page_edges(page, tables)
    return tables


def _open_row_edges(page: pdfplumber.page.Page) -> list[float]:
    """Heights where two or more column rules end with no row rule across them. Browsers print a table cut by
    a page break without the rule at the cut (collapsed borders belong to the row above), so the first row of
    the continuation would not be a cell; the rule is drawn back in."""
    rules: dict[int, list[tuple[float, float]]] = {}
    for edge in page.horizontal_edges:
        if edge["x1"] - edge["x0"] > _EDGE_TOLERANCE:  # not the end cap of a thin rectangle
            rules.setdefault(round(edge["top"]), []).append((edge["x0"], edge["x1"]))
    ends: dict[int, int] = {}
    for x, top, bottom in _column_rules(page):
        for y in {round(top), round(bottom)}:
            spans = [span for near in range(y - 3, y + 4) for span in rules.get(near, [])]
            if not any(x0 - 3 <= x <= x1 + 3 for x0, x1 in spans):
                ends[y] = ends.get(y, 0) + 1
    return [float(y) for y, count in ends.items() if count >= 2]


def _column_rules(page: pdfplumber.page.Page) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of the vertical rules, a rule drawn in one piece per row joined into one line."""
    pieces = sorted((round(e["x0"]), e["top"], e["bottom"]) for e in page.vertical_edges)
    rules: list[list[float]] = []
    for x, top, bottom in pieces:
        if rules and rules[-1][0] == x and top <= rules[-1][2] + 3:
            rules[-1][2] = max(rules[-1][2], bottom)
        else:
            rules.append([x, top, bottom])
    return [(x, top, bottom) for x, top, bottom in rules]


def _snap(values: list[float]) -> list[float]:
    """Distinct edge positions, merging those closer than the tolerance."""
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > _EDGE_TOLERANCE:
            edges.append(value)
    return edges


def _index(edges: list[float], value: float) -> int:
    i = bisect.bisect_left(edges, value - _EDGE_TOLERANCE)
    return min(i, len(edges) - 1)


def _build_table(page: pdfplumber.page.Page, bboxes: list[tuple[float, float, float, float]],
                 number: int) -> _Table | None:
    if not bboxes:
        return None
    xs = _snap([b[0] for b in bboxes] + [b[2] for b in bboxes])
    ys = _snap([b[1] for b in bboxes] + [b[3] for b in bboxes])
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < 1 or n_cols < 1:
        return None
    cells: list[_Cell] = []
    owner: dict[tuple[int, int], int] = {}  # grid position → index in cells
    for x0, top, x1, bottom in bboxes:
        cell = _Cell(_index(ys, top), _index(xs, x0), _index(ys, bottom), _index(xs, x1), "")
        if cell.row_end <= cell.row or cell.col_end <= cell.col:
            continue
        for r in range(cell.row, cell.row_end):
            for c in range(cell.col, cell.col_end):
                owner.setdefault((r, c), len(cells))
        cells.append(cell)
    left, top, right, bottom = xs[0], ys[0], xs[-1], ys[-1]
    chars_by_cell: dict[int, list[dict]] = {}
    for char in page.chars:
        cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        if not (left <= cx <= right and top <= cy <= bottom):
            continue
        key = owner.get((min(bisect.bisect_right(ys, cy) - 1, n_rows - 1), min(bisect.bisect_right(xs, cx) - 1, n_cols - 1)))
        if key is not None:
            chars_by_cell.setdefault(key, []).append(char)
    for i, cell in enumerate(cells):
        cell.text = _cell_text(chars_by_cell.get(i, []))
    grid = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    for (r, c), i in owner.items():
        grid[r][c] = cells[i].text
    keep = [r for r, row in enumerate(grid) if any(row)]
    if not keep:
        return None
    remap = {old: new for new, old in enumerate(keep)}
    for cell in cells:  # row indices follow the dropped empty rows
        rows = [remap[r] for r in range(cell.row, cell.row_end) if r in remap]
        cell.row, cell.row_end = (rows[0], rows[-1] + 1) if rows else (-1, -1)
    return _Table(number, top, bottom, [c for c in cells if c.row >= 0],
                  [grid[r] for r in keep], xs)


def _cell_text(chars: list[dict]) -> str:
    if not chars:
        return ""
    return join_wrapped_lines(chars_to_text(chars, x_tolerance=1.5, y_tolerance=3).split("\n"))


def _mark_page_edges(page: pdfplumber.page.Page, tables: list[_Table]) -> None:
    """Whether the first table opens the page and the last closes it (only margins outside them)."""
    if not tables:
        return
    height = float(page.height)
    header, footer = height * _MARGIN_SHARE, height * (1 - _MARGIN_SHARE)
    first, last = tables[0], tables[-1]
    # (middle height, is a section heading) per line: a heading printed in the margin (browsers print with narrow
    # margins, Word's top margin is under 10% of the page) is content, not a running head
    lines = [((line["top"] + line["bottom"]) / 2, _is_heading(line["text"]))
             for line in page.extract_text_lines(x_tolerance=1.5)]
    first.opens_page = not any((header < y or heading) and y < first.top for y, heading in lines)
    last.closes_page = not any((y < footer or heading) and y > last.bottom for y, heading in lines)


def _is_heading(text: str) -> bool:
    return bool(split_list_marker(text.strip())[0])


def _norm(row: list[str]) -> list[str]:
    return [re.sub(r"\s+", "", cell) for cell in row]


def join_continued_tables(tables: list[_Table]) -> list[_Table]:
    """Join tables continued on the next page: same columns, nothing between them but page margins (or
    a footnote, when the next page's table starts without a header of its own: it cannot be a new table)."""
    joined: list[_Table] = []
    for table in tables:
        previous = joined[-1] if joined else None
        if (previous is not None and table.opens_page and table.page == previous.page + 1
                and _same_frame(previous, table) and (previous.closes_page or not _header_rows(table.grid))):
            joined[-1] = _append(*_common_columns(previous, table))
        else:
            joined.append(table)
    return joined


def _header_rows(grid: Grid) -> Grid:
    """The rows above the first row holding a number (at most six): what a repeated header can repeat."""
    header = []
    for row in grid[:_MAX_HEADER_ROWS]:
        if any(cell and _NUMERIC.fullmatch(cell) for cell in row):
            break
        header.append(row)
    return header


def _same_frame(head: _Table, tail: _Table) -> bool:
    """Same columns, or at least the same outer edges (a continuation may lack an inner column edge)."""
    if len(head.xs) == len(tail.xs):
        return True
    return abs(head.xs[0] - tail.xs[0]) <= _EDGE_TOLERANCE and abs(head.xs[-1] - tail.xs[-1]) <= _EDGE_TOLERANCE


def _common_columns(head: _Table, tail: _Table) -> tuple[_Table, _Table]:
    """Both tables re-expanded over the union of their column edges, so their rows line up."""
    if len(head.xs) == len(tail.xs):
        return head, tail
    union = _snap(head.xs + tail.xs)
    return _on_columns(head, union), _on_columns(tail, union)


def _on_columns(table: _Table, xs: list[float]) -> _Table:
    cells = [_Cell(c.row, _index(xs, table.xs[c.col]), c.row_end, _index(xs, table.xs[c.col_end]), c.text)
             for c in table.cells]
    grid = [["" for _ in range(len(xs) - 1)] for _ in table.grid]
    for cell in cells:
        for r in range(cell.row, cell.row_end):
            for c in range(cell.col, cell.col_end):
                grid[r][c] = cell.text
    return _Table(table.page, table.top, table.bottom, cells, grid, xs,
                  closes_page=table.closes_page, opens_page=table.opens_page)


def _append(head: _Table, tail: _Table) -> _Table:
    header = {tuple(_norm(row)) for row in _header_rows(head.grid)}
    repeated = 0  # header rows (all or some of them) printed again at the top of the continuation
    while repeated < len(tail.grid) - 1 and tuple(_norm(tail.grid[repeated])) in header:
        repeated += 1
    body = [list(row) for row in tail.grid[repeated:]]
    cells = [_Cell(c.row - repeated, c.col, c.row_end - repeated, c.col_end, c.text)
             for c in tail.cells if c.row >= repeated]
    if len(body) > 1 and _continues_row(head.grid[-1], body[0]):
        head = replace(head, cells=[replace(c) for c in head.cells], grid=[list(row) for row in head.grid])
        joined = _join_split_row(head.cells, head.grid, body.pop(0))
        cells = [_Cell(max(c.row - 1, 0), c.col, c.row_end - 1, c.col_end,
                       joined.get((c.col, c.col_end), c.text) if c.row == 0 else c.text)
                 for c in cells if c.row_end > 1]  # a merged cell going on below the broken row: its whole text
        for cell in cells:
            for r in range(cell.row, cell.row_end):
                body[r][cell.col:cell.col_end] = [cell.text] * (cell.col_end - cell.col)
    _carry_cut_labels(head, body, cells)
    offset = len(head.grid)
    merged_cells = head.cells + [_Cell(c.row + offset, c.col, c.row_end + offset, c.col_end, c.text) for c in cells]
    return _Table(tail.page, head.top, tail.bottom, merged_cells, head.grid + body, head.xs,
                  closes_page=tail.closes_page, opens_page=head.opens_page)


def _continues_row(last: list[str], first: list[str]) -> bool:
    """Word lets a row break across pages: the continuation's first row then holds the rest of wrapped labels
    (not new items) and, besides them, only cells that are empty in the row before the break. A row of its own
    has values, units or a repeated word ('无', '件') where the row above has text too."""
    continued = [(above, below) for above, below in zip(last, first, strict=True) if above and below]
    if len(set(continued)) > len({above for above, _ in continued}):
        return False  # different texts under one merged cell: the cells of a new row
    return bool(continued) and not any(_is_value(above) or _is_value(below) or below in UNITS or below == above
                                       or _starts_row(below) for above, below in continued)


def _is_value(text: str) -> bool:
    """A number, or a word printed for zero (无, —, /)."""
    return bool(_NUMERIC.fullmatch(text)) or parse_cell(text).flag is not None


def _join_split_row(cells: list[_Cell], grid: Grid, fragment: list[str]) -> dict[tuple[int, int], str]:
    """Append the text of the broken row's continuation to the cells of the row before the break; the joined
    texts by (first column, end column)."""
    last = len(grid) - 1
    joined = {}
    for cell in cells:
        if cell.row_end - 1 != last:
            continue
        addition = next((text for text in fragment[cell.col:cell.col_end] if text), "")
        if not addition or addition == cell.text:
            continue
        cell.text += addition
        joined[(cell.col, cell.col_end)] = cell.text
        for r in range(cell.row, cell.row_end):
            for c in range(cell.col, cell.col_end):
                grid[r][c] = cell.text
    return joined


def _carry_cut_labels(head: _Table, body: Grid, cells: list[_Cell]) -> None:
    """A merged label cell split by the page break prints its text only before the break: repeat it after."""
    last_row = len(head.grid) - 1
    for cell in cells:
        if cell.row != 0 or cell.text:
            continue
        above = next((c for c in head.cells if c.row_end - 1 == last_row and c.col == cell.col
                      and c.col_end == cell.col_end), None)
        if above is None or not above.text or _NUMERIC.fullmatch(above.text):
            continue
        if above.row_end - above.row < 2 and cell.row_end - cell.row < 2:
            continue  # neither side is a merged cell: a genuinely empty label
        cell.text = above.text
        for r in range(cell.row, cell.row_end):
            for c in range(cell.col, cell.col_end):
                body[r][c] = above.text

def gap_separated_text(page: pdfplumber.page.Page) -> str:
    """The page's lines with wide horizontal gaps turned into ' | ': a table printed without rules keeps its
    columns apart (the text grid reader then sees label and value cells)."""
    return piped_lines([cells for _, cells in _unruled_rows(page)])


def _unruled_rows(page: pdfplumber.page.Page) -> list[tuple[float, list[str]]]:
    """(x of the first cell, cells) per text line. A label wrapped over two lines with its values printed
    between them (vertically centred cells) is put back together as one row."""
    rows: list[tuple[float, list[str]]] = []
    wrapped = False  # the last row is a label whose values came on the next line: it may continue
    for line in page.extract_text_lines(x_tolerance=1.5, return_chars=True):
        chars = sorted(line["chars"], key=lambda ch: ch["x0"])
        if not chars:
            continue
        size = sorted(ch["x1"] - ch["x0"] for ch in chars)[len(chars) // 2] or 1.0
        groups = [[chars[0]]]
        for previous, char in zip(chars, chars[1:], strict=False):
            if char["x0"] - previous["x1"] > _COLUMN_GAP * size:
                groups.append([])
            groups[-1].append(char)
        cells = ["".join(ch["text"] for ch in group).strip() for group in groups]
        x0 = chars[0]["x0"]
        values_only = all(_NUMERIC.fullmatch(cell) or cell in UNITS for cell in cells)
        if values_only and rows and len(rows[-1][1]) == 1:
            rows[-1][1].extend(cells)
            wrapped = True
            continue
        if wrapped and len(cells) == 1 and abs(x0 - rows[-1][0]) <= size and not _starts_row(cells[0]):
            rows[-1][1][0] += cells[0]
            continue
        wrapped = False
        rows.append((x0, cells))
    return rows


def _starts_row(text: str) -> bool:
    return bool(split_list_marker(text)[0]) or text.startswith(("其中", "合计", "总计"))
