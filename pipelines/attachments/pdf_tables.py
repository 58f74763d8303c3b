"""Ruled PDF tables → expanded grids; continued tables joined; unruled tables kept apart by their gaps.

Each detected cell is placed on the table's grid of distinct x and y edges, so a merged cell covers
several grid positions and its text is repeated in all of them, exactly like an HTML rowspan/colspan
expansion. A table that runs off the bottom of a page and continues at the top of the next one is
joined, its repeated header rows dropped, and a merged label cell that the page break cut in two is
carried into the continuation. Pages without ruling lines are turned into ' | '-separated text lines
(wide gaps and columns seen on other rows are cell boundaries) for the text-table reader, the lines of
wrapped labels put with their row and labels merged over rows put on the first row they cover.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
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
    return piped_lines(_unruled_rows(page))


@dataclass(slots=True)
class _Piece:
    """Characters of one text line without a wide gap between them: a cell, or one line of a wrapped cell."""

    chars: list[dict]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def text(self) -> str:
        return "".join(ch["text"] for ch in self.chars).strip()

    def overlaps(self, other: _Piece) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1


@dataclass(slots=True)
class _Line:
    """A text line of an unruled page: its label pieces and the value cells that end it (a table row), with the
    pieces of wrapped or merged labels printed on lines of their own added to it."""

    labels: list[_Piece]
    values: list[_Piece]
    top: float
    bottom: float


def _unruled_rows(page: pdfplumber.page.Page) -> list[list[str]]:
    """Cells per text line. In a table body a label line without values is a wrapped label's other line, put
    with the row beside it, or a label merged over several rows (printed beside their middle), put on the
    first of them."""
    lines = [_cut_line(line["chars"]) for line in page.extract_text_lines(x_tolerance=1.5, return_chars=True)
             if line["chars"]]
    _split_glued_cells(lines)
    for rows, merged in _table_bodies(lines):
        _place_merged_labels(rows, merged, lines)
    return [[join_wrapped_lines(texts) for texts in _label_columns(line.labels)] + [p.text for p in line.values]
            for line in sorted(lines, key=lambda line: line.top) if line.labels or line.values]


def _cut_line(chars: list[dict]) -> _Line:
    """A line cut at its wide gaps; the value cells at its end (numbers, units) are its values."""
    chars = sorted(chars, key=lambda ch: ch["x0"])
    size = sorted(ch["x1"] - ch["x0"] for ch in chars)[len(chars) // 2] or 1.0
    top, bottom = min(ch["top"] for ch in chars), max(ch["bottom"] for ch in chars)
    groups = [[chars[0]]]
    for previous, char in zip(chars, chars[1:], strict=False):
        if char["x0"] - previous["x1"] > _COLUMN_GAP * size:
            groups.append([])
        groups[-1].append(char)
    pieces = [_Piece(group, top, bottom) for group in groups if "".join(ch["text"] for ch in group).strip()]
    first_value = len(pieces)
    while first_value > 0 and _is_value_cell(pieces[first_value - 1].text):
        first_value -= 1
    return _Line(pieces[:first_value], pieces[first_value:], top, bottom)


def _is_value_cell(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text)) or text in UNITS


def _split_glued_cells(lines: list[_Line]) -> None:
    """A long label printed up to its column's edge leaves less than the column gap before the next cell: where
    a label piece reaches a column seen on other rows (a value column, the start of a label column) it is two
    cells. Digits (or a dash, a slash) at its end standing in a value column are a value."""
    value_columns = [(p.x0, p.x1) for line in lines if len(line.values) >= 2 for p in line.values]
    starts = Counter(round(p.x0) for line in lines if line.values for p in line.labels)
    label_starts = {x for x, n in starts.items() if n >= 2}
    for line in lines:
        line.labels = [part for piece in line.labels for part in _cut_at_columns(piece, label_starts)]
        if not line.labels or not value_columns:
            continue
        last = line.labels[-1]
        cut = len(last.chars)
        while cut > 1 and _NUMERIC.fullmatch(last.chars[cut - 1]["text"]):
            cut -= 1
        if cut == len(last.chars) or not last.chars[cut:][-1]["text"].strip():
            continue
        label_end, x0, x1 = last.chars[cut - 1]["x1"], last.chars[cut]["x0"], last.chars[-1]["x1"]
        if any(left < x1 and x0 < right and left >= label_end - 1 for left, right in value_columns):
            line.labels[-1] = _Piece(last.chars[:cut], last.top, last.bottom)
            line.values.insert(0, _Piece(last.chars[cut:], last.top, last.bottom))


def _cut_at_columns(piece: _Piece, starts: set[int]) -> list[_Piece]:
    """The piece cut before each character that opens a label column after a gap of half a character or more."""
    parts = [[piece.chars[0]]]
    for previous, char in zip(piece.chars, piece.chars[1:], strict=False):
        gap = char["x0"] - previous["x1"]
        if gap > (char["x1"] - char["x0"]) / 2 and any(abs(char["x0"] - x) <= 1 for x in starts):
            parts.append([])
        parts[-1].append(char)
    return [piece] if len(parts) == 1 else [_Piece(part, piece.top, piece.bottom) for part in parts]


def _table_bodies(lines: list[_Line]) -> list[tuple[list[_Line], list[_Piece]]]:
    """Runs of table rows with nothing between them but label pieces left of the values (the lines are changed):
    each loose piece that continues the innermost label of the row above or begins the one below is moved
    there. Per run: its rows, and its pieces of merged labels (the loose pieces left, and on rows labelled in
    several columns the pieces left of the innermost one)."""
    bodies: list[tuple[list[_Line], list[_Piece]]] = []
    rows = [i for i, line in enumerate(lines) if line.values]
    innermost = {i: lines[i].labels[-1] if lines[i].labels else None for i in rows}
    previous: int | None = None
    for i in rows:
        loose = lines[previous + 1:i] if previous is not None else []
        if previous is None or any(line.labels[-1].x1 > min(lines[i].values[0].x0, lines[previous].values[0].x0)
                                   for line in loose):
            bodies.append(([], []))  # a header, a caption or prose between two tables
        else:
            begins: list[_Piece] = []  # the lines of the label below that are printed above its values
            for line in loose:
                for piece in line.labels:
                    target = _label_row(piece, lines[previous], innermost[previous], lines[i], innermost[i])
                    if target is lines[i]:
                        begins.append(piece)
                    else:
                        (target.labels if target else bodies[-1][1]).append(piece)
                line.labels = []
            # a label has one first line: pieces above the last one that begins an item are labels of their own
            first = max((k for k, piece in enumerate(begins) if _starts_row(piece.text)), default=0)
            bodies[-1][1].extend(begins[:first])
            lines[i].labels.extend(begins[first:])
        bodies[-1][0].append(lines[i])
        previous = i
    for rows_, merged in bodies:  # labels left of a row's innermost column: merged over rows, maybe
        for row in rows_:
            inner = max(row.labels, key=lambda p: p.x0, default=None)
            merged.extend(p for p in row.labels if inner is not None and not p.overlaps(inner))
    return bodies


def _label_row(piece: _Piece, above: _Line, above_label: _Piece | None, below: _Line,
               below_label: _Piece | None) -> _Line | None:
    """The row whose label the piece is a line of: one whose innermost label is in the piece's column, or left of
    it (the row's label in that column is the piece). A piece beginning an item ("2.", "（三）") cannot end the
    label above, and cannot begin a label below that begins an item itself; otherwise the nearer row."""
    starts = _starts_row(piece.text)
    fits_above = not starts and (above_label is None or piece.overlaps(above_label) or piece.x0 >= above_label.x1)
    fits_below = below_label is None or piece.x0 >= below_label.x1 or (
        piece.overlaps(below_label) and not _starts_row(below_label.text))
    if fits_above and fits_below:
        return above if piece.top - above.bottom <= below.top - piece.bottom else below
    return above if fits_above else below if fits_below else None


def _merged_columns(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Merged label cells (their lines joined) by column, each column's top to bottom."""
    pieces = sorted(pieces, key=lambda p: p.top)
    columns: list[list[list[_Piece]]] = []
    for piece in pieces:
        column = next((c for c in columns if piece.overlaps(c[0][0])), None)
        if column is None:
            columns.append([[piece]])
        elif piece.top - column[-1][-1].bottom < piece.bottom - piece.top:  # the next line of the same cell
            column[-1].append(piece)
        else:
            column.append([piece])
    return [[_joined(cell) for cell in column] for column in columns]


def _joined(lines: list[_Piece]) -> _Piece:
    piece = _Piece([ch for line in lines for ch in line.chars], lines[0].top, lines[-1].bottom)
    piece.chars.sort(key=lambda ch: (round(ch["top"]), ch["x0"]))
    return piece


def _place_merged_labels(rows: list[_Line], pieces: list[_Piece], lines: list[_Line]) -> None:
    """Each label merged over rows (rows without a label of their own in its column) is put on the first row it
    covers, so that it heads them all in reading order. Several merged labels of one column over one run of
    rows divide it as their printed positions say (top-, centre- or bottom-aligned cells). A label over no such
    row is a line of its own (added to `lines`)."""
    for column in _merged_columns(pieces):
        placed = {id(ch) for cell in column for ch in cell.chars}
        for row in rows:  # taken off the rows: put back where they belong below
            row.labels = [p for p in row.labels if id(p.chars[0]) not in placed]
        covered = [not any(p.overlaps(column[0]) for p in row.labels)
                   and (not row.labels or max(p.x0 for p in row.labels) > column[0].x0) for row in rows]
        homeless = list(column)
        for start, stop in _runs(covered):
            run = rows[start:stop]
            cells = [c for c in column if run[0].top - c.bottom < c.bottom - c.top
                     and c.top - run[-1].bottom < c.bottom - c.top]
            for cell, first in zip(cells, _divide(run, cells), strict=True):
                run[first].labels.append(cell)
                homeless.remove(cell)
        for cell in homeless:  # over no row lacking a label of its own: kept where printed
            middle = (cell.top + cell.bottom) / 2
            row = next((row for row in rows if row.top <= middle <= row.bottom), None)
            if row:
                row.labels.append(cell)
            else:
                lines.append(_Line([cell], [], cell.top, cell.bottom))


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i, flag in enumerate(flags):
        if flag and runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        elif flag:
            runs.append((i, i + 1))
    return runs


def _divide(run: list[_Line], cells: list[_Piece]) -> list[int]:
    """The first row of each merged cell's rows: the division of the run whose cells' positions fit best, as
    top-aligned (each at its first row), bottom-aligned (each at its last) or centred over their rows."""
    if len(cells) <= 1:
        return [0] * len(cells)
    candidates = [_centred(run, cells)]
    if abs(cells[0].top - run[0].top) < cells[0].bottom - cells[0].top:
        candidates.append(([_nearest(run, c.top, "top") for c in cells], "top"))
    if abs(cells[-1].bottom - run[-1].bottom) < cells[-1].bottom - cells[-1].top:
        ends = [_nearest(run, c.bottom, "bottom") for c in cells]
        candidates.append(([0, *(e + 1 for e in ends[:-1])], "bottom"))
    best = min(candidates, key=lambda firsts: _misfit(run, cells, *firsts))
    return best[0]


def _centred(run: list[_Line], cells: list[_Piece]) -> tuple[list[int], str]:
    firsts, first = [], 0
    for k, cell in enumerate(cells):
        firsts.append(first)
        if k < len(cells) - 1:
            middle = (cell.top + cell.bottom) / 2
            last = min(range(first, len(run) - (len(cells) - 1 - k)),
                       key=lambda e: abs((run[first].top + run[e].bottom) / 2 - middle))
            first = last + 1
    return firsts, "centre"


def _nearest(run: list[_Line], y: float, edge: str) -> int:
    return min(range(len(run)), key=lambda i: abs(getattr(run[i], edge) - y))


def _misfit(run: list[_Line], cells: list[_Piece], firsts: list[int], alignment: str) -> float:
    """How far the cells are printed from where the division puts them (a division that is not one: infinite)."""
    if firsts[0] != 0 or any(b <= a for a, b in zip(firsts, firsts[1:], strict=False)):
        return float("inf")
    lasts = [*(f - 1 for f in firsts[1:]), len(run) - 1]
    if alignment == "top":
        return sum(abs(c.top - run[f].top) for c, f in zip(cells, firsts, strict=True))
    if alignment == "bottom":
        return sum(abs(c.bottom - run[e].bottom) for c, e in zip(cells, lasts, strict=True))
    return sum(abs((c.top + c.bottom) / 2 - (run[f].top + run[e].bottom) / 2)
               for c, f, e in zip(cells, firsts, lasts, strict=True))


def _label_columns(labels: list[_Piece]) -> list[list[str]]:
    """A row's label pieces by column, left to right, each column's lines top to bottom."""
    columns: list[list[_Piece]] = []
    for piece in sorted(labels, key=lambda p: p.x0):
        column = next((c for c in columns if piece.overlaps(c[0])), None)
        if column is None:
            columns.append([piece])
        else:
            column.append(piece)
    return [[p.text for p in sorted(column, key=lambda p: p.top)] for column in columns]


def _starts_row(text: str) -> bool:
    return bool(split_list_marker(text)[0]) or text.startswith(("其中", "合计", "总计"))
