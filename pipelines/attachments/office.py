"""DOCX (python-docx), XLSX (openpyxl) and XLS (xlrd) → text and expanded grids.

Merged cells are expanded the HTML way: the merged text is repeated in every grid position it covers
(python-docx already repeats gridSpan and vMerge cells; spreadsheets list their merged ranges).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

from ..records import Grid
from .content import AttachmentContent
from .text import grid_lines, join_wrapped_lines, split_on_blank_rows

_ALTERNATE_CONTENT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def read_docx(body: bytes, kind: str = "docx") -> AttachmentContent:
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(body))
    lines: list[str] = []
    grids: list[Grid] = []
    for block in _blocks(document.element.body, document._body):
        if isinstance(block, Table):
            for grid in _docx_grids(block):
                grids.append(grid)
                lines.extend(grid_lines(grid))
        else:
            lines.append(block.text.strip())
    return AttachmentContent(kind, text="\n".join(line for line in lines if line), grids=grids, pages=1)


def _blocks(element, parent) -> Iterator:
    """Paragraphs and tables in document order, including those wrapped in content controls (w:sdt) and, after
    the paragraph that anchors it, the content of a text box (python-docx's paragraph text leaves it out)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
            if child.find(".//" + qn("w:txbxContent")) is not None:
                for box in _text_boxes(child):
                    yield from _blocks(box, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
            yield from _blocks(child, parent)


def _text_boxes(element) -> Iterator:
    """The outermost text-box contents (w:txbxContent) inside a paragraph, in order. A DrawingML box (mc:Choice)
    and its VML fallback (mc:Fallback) hold the same text: only the first alternative holding a box is read."""
    from docx.oxml.ns import qn

    for child in element.iterchildren():
        if child.tag == qn("w:txbxContent"):
            yield child
        elif child.tag == _ALTERNATE_CONTENT:
            choice = next((c for c in child.iterchildren() if c.find(".//" + qn("w:txbxContent")) is not None), None)
            if choice is not None:
                yield from _text_boxes(choice)
        else:
            yield from _text_boxes(child)


def _docx_grids(table) -> list[Grid]:
    """The table's grid, then the grids of tables nested inside its cells."""
    width = len(table._tbl.tblGrid.gridCol_lst) or max(len(row.cells) for row in table.rows)
    grid: Grid = []
    nested: list[Grid] = []
    for row in table.rows:
        cells = [join_wrapped_lines(cell.text.split("\n")) for cell in row.cells]
        grid.append([""] * row.grid_cols_before + cells + [""] * max(0, width - row.grid_cols_before - len(cells)))
        for cell in dict.fromkeys(row.cells):  # a merged cell is listed once per position it covers
            for inner in cell.tables:
                nested.extend(_docx_grids(inner))
    rows = [row for row in grid if any(row)]
    return ([rows] if rows else []) + nested


def _cell_string(value: object) -> str:
    """A spreadsheet value as printed: integers without '.0', floats without binary noise, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(round(value, 9), "f").rstrip("0").rstrip(".")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10] if isinstance(value, dt.datetime) and not value.time() else value.isoformat()
    return join_wrapped_lines(str(value).split("\n"))


def read_xlsx(body: bytes, kind: str = "xlsx") -> AttachmentContent:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(body), data_only=True)
    try:
        sheets = []
        for sheet in workbook.worksheets:
            rows = [[_cell_string(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            merged = [(r.min_row - 1, r.max_row, r.min_col - 1, r.max_col) for r in sheet.merged_cells.ranges]
            sheets.append((sheet.title, _fill_merged(rows, merged)))
    finally:
        workbook.close()
    return _sheets_content(kind, sheets)


def read_xls(body: bytes, kind: str = "xls") -> AttachmentContent:
    import xlrd

    book = xlrd.open_workbook(file_contents=body, formatting_info=True, on_demand=True)
    try:
        sheets = []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = [[_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)] for r in range(sheet.nrows)]
            sheets.append((sheet.name, _fill_merged(rows, list(sheet.merged_cells))))
    finally:
        book.release_resources()
    return _sheets_content(kind, sheets)


def _xls_value(cell, datemode: int) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return _cell_string(xlrd.xldate_as_datetime(cell.value, datemode))
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return _cell_string(cell.value)


def _fill_merged(rows: Grid, ranges: list[tuple[int, int, int, int]]) -> Grid:
    """Repeat each merged range's top-left text in every cell it covers (ranges: row0, row1, col0, col1, ends exclusive)."""
    for row0, row1, col0, col1 in ranges:
        if row0 >= len(rows):
            continue
        top_left = rows[row0][col0] if col0 < len(rows[row0]) else ""
        for r in range(row0, min(row1, len(rows))):
            row = rows[r]
            row.extend([""] * (col1 - len(row)))
            for c in range(col0, col1):
                row[c] = top_left
    return rows


def _sheets_content(kind: str, sheets: list[tuple[str, Grid]]) -> AttachmentContent:
    lines: list[str] = []
    grids: list[Grid] = []
    for title, rows in sheets:
        sheet_grids = split_on_blank_rows(rows)
        if sheet_grids:
            lines.append(title)
        for grid in sheet_grids:
            grids.append(grid)
            lines.extend(grid_lines(grid))
    return AttachmentContent(kind, text="\n".join(lines), grids=grids, pages=len(sheets))
