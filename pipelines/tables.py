"""Tables as `Grid`s: HTML tables expanded over rowspan/colspan, and tables that reached us as text.

HTML grids keep cell positions (a spanned cell's text is repeated in every position it covers, a blank
cell is ""). Text grids cannot know positions: their rows hold the non-empty cells in reading order
(label cells first, then value cells), and the fact mapper reads them in order; only a pipe row's empty cell
printed between two bars keeps its place ("").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from .normalize import split_list_marker, to_simplified
from .numbers import UNITS
from .records import Grid

_MAX_SPAN = 64  # a colspan beyond this is garbage markup, not a real table
_BREAKERS = ("br", "p", "div", "li")  # a line inside a cell
# Tables drawn with characters: box-drawing separators read as |, border lines (┌─┬─┐, +-----+) skipped
_BOX_DRAWING = re.compile("[│┃║┌┐└┘├┤┬┴┼]")
_BOX_SEPARATORS = str.maketrans(dict.fromkeys("│┃║", "|"))
_BORDER_LINE = re.compile(r"^[\s┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╞╡╪]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╞╡╪+][\s┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╞╡╪+\-=|]*$"
                          r"|^\s*\+[-=+]+\+?\s*$"
                          r"|^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")  # markdown's |---|:--:| under the head
# Word's "mso-cell-special:placeholder" cells (in its MsoNormalTable / MsoTableGrid tables) are drawing artefacts,
# not columns: they would shift a row's values
_PLACEHOLDER_CELLS = etree.XPath("descendant::td[contains(@style, 'placeholder')]")
_SPAN_DIGITS = re.compile(r"\s*\+?(\d+)")  # HTML's non-negative integer: '-3' is an error, read as 1
_DASH_CHARACTERS = "—–-－/／"  # an empty cell
_DASHES = re.escape(_DASH_CHARACTERS)  # (a character class's body)
_VALUE = rf"[+\-]?\d+(?:[,，]\d{{3}})*(?:\.\d+)?|[{_DASHES}]+|[无無]|[〇零○]"
_VALUE_LINE = re.compile(_VALUE)
# a number printed with its unit in the cell ("318.52万元": 采购总金额)
_AMOUNT_LINE = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")")
# An empty cell of a table flattened one cell per line that printed it as a bar of its own between two values
# ("7 |", "|", "52 |"): written as this line, it keeps its column.
_BLANK_CELL_LINE = "\u2400"
_UNIT_LINES = frozenset(UNITS)
_MAX_UNIT_LENGTH = max(map(len, UNITS))
# A table row printed on one line, its cells apart by spaces, tabs or ideographic spaces (one space in the body):
# a label that ends in neither a digit nor a dash ("- 3 -" is a page number), maybe a unit (checked by _is_unit: it
# may be printed in traditional script), one or more values. (\d is any decimal digit: full-width digits too.)
_SPACED_ROW = re.compile(rf"(?P<label>.*?[^\d {_DASHES}])(?: (?!(?:{_VALUE}) )(?P<unit>[^\d ]{{1,{_MAX_UNIT_LENGTH}}}))?"
                         rf" (?P<values>(?:{_VALUE})(?: (?:{_VALUE}))*)")
_BLANK_WORDS = frozenset("无無")
_VALUE_ENDS = frozenset(f"{_DASH_CHARACTERS}无無〇零○")  # with the digits: the characters a value can end in
_UNIT_ENDS = frozenset(unit[-1] for unit in UNITS)  # …and an amount printed with its unit
# A printed page number between the parts of a table cut by a page break: "- 3 -", "第 3 页", "第3页 共5页", "3/5";
# spaces, and the bars of a PDF text line, anywhere in it. Longer lines are never one.
_PAGE_GAP = r"[\s|]*"
_PAGE_NUMBER = re.compile(_PAGE_GAP + "(?:" + "|".join(_PAGE_GAP.join(tokens) for tokens in (
    (f"[{_DASHES}]", r"\d{1,4}", f"[{_DASHES}]"), ("第", r"\d{1,4}", "页"),
    ("第", r"\d{1,4}", "页", "[,，/／]?", "共", r"\d{1,4}", "页"), ("共", r"\d{1,4}", "页", "[,，/／]?", "第", r"\d{1,4}", "页"),
    (r"\d{1,4}", "[/／]", r"\d{1,4}"))) + ")" + _PAGE_GAP)
_MAX_PAGE_NUMBER_LENGTH = 24
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")  # lxml refuses str input that declares an encoding
# Plain elements: lxml.html's element classes cost a Python lookup for every element of every table.
_HTML_PARSER = etree.HTMLParser()


def _span(value: str | None) -> int:
    """colspan/rowspan as an int ≥ 1, as browsers read it: '0', '', '-3' and 'abc' read as 1, '2;' as 2."""
    if not value:  # most cells carry no span attribute
        return 1
    m = _SPAN_DIGITS.match(value)
    return max(int(m.group(1)), 1) if m else 1


def _cell_text(cell: etree._Element) -> str:
    if not len(cell):  # most cells hold their text alone: .text is ~6× cheaper than a serialiser
        return cell.text or ""
    # libxml2's text serialiser: the same text as XPath string(), at half the cost per cell
    return etree.tostring(cell, method="text", encoding="unicode", with_tail=False)


@dataclass(slots=True)
class TableText:
    """One HTML table read once: its expanded grid and its rows as body text lines."""

    grid: Grid
    lines: list[str]  # per row with a non-empty cell: its non-empty cells as in the grid, joined by " | "


def read_table(table: etree._Element) -> TableText:
    """Grid (rowspan/colspan expanded, HTML table model) and text lines of a table, each cell's text read once.

    A cell's text is one line, whitespace collapsed; its lines (<br>, <p> …) are kept apart by a space, added
    behind each break, and superscripts (footnote marks: 12<sup>1</sup> is 12) are dropped (the caller's tree is
    changed)."""
    has_sup = False
    for el in table.iter(*_BREAKERS, "input", "sup"):  # one walk in libxml2 (an XPath union costs 3× more)
        if el.tag == "sup":
            has_sup = True
        elif el.tag != "input":
            el.tail = " " + (el.tail or "")
        elif (value := el.get("value")) is not None:  # a form-like page prints its values as <input value="12">
            el.tail = f" {value} {el.tail or ''}"
    if has_sup:  # (a break or an input inside one goes with it)
        etree.strip_elements(table, "sup", with_tail=False)
    placeholders = set(_PLACEHOLDER_CELLS(table)) if "Mso" in (table.get("class") or "") else ()
    grid: Grid = []
    lines: list[str] = []
    pending: dict[tuple[int, int], str] = {}  # (row, col) filled by a rowspan from above
    rows = list(table.iter("tr"))
    for r, tr in enumerate(rows):
        row: list[str] = []
        printed: list[str] = []
        col = 0
        for cell in tr.iterchildren("td", "th"):
            if placeholders and cell in placeholders:
                continue
            if pending:
                while (r, col) in pending:
                    row.append(pending.pop((r, col)))
                    col += 1
            text = " ".join(_cell_text(cell).split())
            if text:
                printed.append(text)
            colspan, rowspan = cell.get("colspan"), cell.get("rowspan")
            if colspan is None and rowspan is None:  # most cells: one position, nothing below
                row.append(text)
                col += 1
                continue
            colspan = _span(colspan)
            colspan = colspan if colspan <= _MAX_SPAN else 1
            rowspan = min(_span(rowspan), len(rows) - r)  # Word exports overshoot the table
            for c in range(col, col + colspan):
                row.append(text)
                for below in range(r + 1, r + rowspan):
                    pending[(below, c)] = text
            col += colspan
        if pending:
            for c in sorted(c for (below, c) in pending if below == r):  # rowspans that end the row
                row.extend([""] * (c - len(row)))
                row.append(pending.pop((r, c)))
        grid.append(row)
        if printed:
            lines.append(" | ".join(printed))
    return TableText(grid, lines)


def grids_from_html(html: str) -> list[Grid]:
    """Every data <table> of a page as an expanded grid, innermost tables only, in document order."""
    if not html or "<t" not in html.lower():
        return []
    try:
        root = etree.fromstring(_XML_DECLARATION.sub("", html), _HTML_PARSER)
    except (etree.ParserError, ValueError):
        return []
    if root is None:  # nothing but whitespace or comments
        return []
    etree.strip_elements(root, "script", "style", etree.Comment, with_tail=False)
    return grids_from_elements(root.iter("table"))


def grids_from_elements(tables: Iterable[etree._Element]) -> list[Grid]:
    """grids_from_html for <table> elements of an already parsed page (no serialising and re-parsing).

    The tables are read with read_table: the caller's tree may be changed."""
    return grids_of(read_table(table) for table in list(tables)
                    # a layout table wrapping other tables: the inner ones carry the data
                    if not any(inner is not table for inner in table.iter("table")))


def grids_of(tables: Iterable[TableText]) -> list[Grid]:
    """The grids of the tables that hold something: more than one cell, not all of them blank; without the
    columns blank in every row at their right (an Excel export's unused cells: they would read as blank values)."""
    grids: list[Grid] = []
    for table in tables:
        cells = [c for row in table.grid for c in row]
        if len(cells) > 1 and any(cells):
            grids.append(_without_blank_right_columns(table.grid))
    return grids


def _without_blank_right_columns(grid: Grid) -> Grid:
    """The grid without the columns blank in every row at its right, when it has rows above its values (one row's
    blank is a value) and its rows are all as long: a shorter row (a rowspan that ended early) is read aligned to the
    right end of the others, which cutting them would move."""
    if len(grid) < 2 or any(row[-1] for row in grid if row) or len({len(row) for row in grid}) > 1:  # (most tables)
        return grid
    width = max((i + 1 for row in grid for i, cell in enumerate(row) if cell), default=0)
    return [row[:width] for row in grid]


def _pipe_cells(line: str) -> list[str]:
    """The cells of a pipe row: the text before its first bar and after its last one only when not empty (a bar
    that opens or ends the row), an empty cell between two bars kept as "" ("a | | 3 |": a blank value keeps its
    column); none when every cell is empty. Empty cells at the end of the row are kept after a unit (the row's
    value is blank) or after a value when the row keeps a blank between two cells too (its blanks are in place);
    otherwise they are dropped: the columns a caption or header spans ("第二十条第（一）项 | |||"), or blanks
    moved to the end of the row ("3 | 3 |" and a run of empty cells: spec 2.7, the 3s' columns are lost)."""
    cells = [" ".join(c.split()) for c in line.split("|")]
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    if not end:
        return []
    last = cells[end - 1]
    if end < len(cells) - 1 and (_is_unit(last) or (_is_value_line(last) and "" in cells[1:end])):
        end = len(cells) - 1
    return cells[not cells[0]:end]


def _filled_count(line: str) -> int:
    return sum(1 for c in line.split("|") if c.strip())


def _pipe_grids(lines: list[str]) -> list[Grid]:
    """Runs of consecutive lines containing '|' → one grid each (non-empty cells in order); a run of one line
    when it holds more than one cell."""
    grids: list[Grid] = []
    current: Grid = []
    for line in lines:
        if "|" in line:
            cells = _pipe_cells(line)
            if cells:
                current.append(cells)
        elif line.strip():
            if current:
                grids.append(current)
            current = []
    if current:
        grids.append(current)
    # a part of a table cut by a page break may be one line: a header, a row, section 四's values (the fact mapper
    # joins the parts)
    return [g for g in grids if len(g) > 1 or sum(map(bool, g[0])) > 1]


def _unpipe_cell_per_line(lines: list[str]) -> list[str]:
    """The lines with each run of pipe lines that holds one cell a line at most (a table flattened one cell per
    line, "规章 |", "0 |", and bare "|||" lines between its rows) written as plain lines, its cells' texts: such a
    run reads as a one-value-per-line table, not as pipe rows of one cell each. Blank lines do not end a run. A bar
    alone on its line before a value, after the row's label or a value, is an empty cell (_BLANK_CELL_LINE)."""
    out = list(lines)
    run: list[int] = []  # indexes of the current run's pipe lines
    for i, line in enumerate([*lines, "end"]):  # (a sentinel line closes the last run)
        if "|" in line:
            run.append(i)
        elif line.strip():
            if run and all(_filled_count(lines[j]) <= 1 for j in run):
                texts = ["".join(_pipe_cells(lines[j])) for j in run]
                for k, j in enumerate(run):
                    out[j] = _BLANK_CELL_LINE if _is_blank_cell(lines[j], texts[:k], texts[k + 1:]) else texts[k]
            run = []
    return out


def _is_blank_cell(line: str, before: list[str], after: list[str]) -> bool:
    """A lone bar among a run's cells (`before`, `after`: the texts of the run's other lines) whose row goes on
    with a value: the cell before it holds text, and the next cell with text is a value."""
    if line.strip() != "|":
        return False
    previous = next((text for text in reversed(before) if text), None)
    following = next((text for text in after if text), None)
    return previous is not None and following is not None and _is_value_line(following)


def _join_wrapped_pipe_labels(lines: list[str]) -> list[str]:
    """The lines with a label cell's first line, printed without bars between two pipe rows, joined to the pipe row
    below when that row's first cell goes on with it (a bracketed note wrapped with the row's unit and value:
    "（一）主动公开政府信息数" / "（不同渠道…计1条） | 条 | 486 |"); the joined line leaves a blank line."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if "|" in line or not line.strip() or "|" not in lines[i - 1] or "|" not in below:
            continue
        first = below.lstrip().removeprefix("|")
        last = next((cell for cell in reversed(_pipe_cells(below)) if cell), "")  # a data row: its value or unit
        if _continues(line.strip(), first.lstrip()) and (_is_value_line(last) or _is_unit(last)):
            out[i], out[i + 1] = "", line.strip() + first.lstrip()
    return out


def _is_page_number(line: str) -> bool:
    return len(line) <= _MAX_PAGE_NUMBER_LENGTH and bool(_PAGE_NUMBER.fullmatch(line))


def _is_value_line(line: str) -> bool:
    if "。" in line:  # prose (most lines of a body): no value prints a full stop, nor does NFKC make one
        return False
    # a value ends in a digit, a dash, 无 or 〇, an amount in its unit: its last character tells (label lines)
    end = unicodedata.normalize("NFKC", line[-1:])[-1:]
    if not (end.isdigit() or end in _VALUE_ENDS or end in _UNIT_ENDS) and line != _BLANK_CELL_LINE:
        return False
    value = unicodedata.normalize("NFKC", line).replace(" ", "")
    return bool(_VALUE_LINE.fullmatch(value) or _AMOUNT_LINE.fullmatch(value)) or line == _BLANK_CELL_LINE


def _is_unit(cell: str) -> bool:
    """条, or 條 on a traditional-script mirror."""
    return cell in _UNIT_LINES or (len(cell) <= _MAX_UNIT_LENGTH and to_simplified(cell) in _UNIT_LINES)


def _may_hold_values(line: str) -> bool:
    """Cells apart by spaces, the last a value: the cheap test before the row readers' patterns."""
    return " " in line and (line[-1].isdigit() or line[-1] in _VALUE_ENDS)


def _spaced_row(line: str) -> list[str] | None:
    """[label, unit, values…] or [label, values…] of a row printed on one line; None for any other line."""
    if not _may_hold_values(line):  # most lines: prose
        return None
    m = _SPACED_ROW.fullmatch(line)
    if not m:
        return None
    label, unit = m.group("label"), m.group("unit")
    if unit and not _is_unit(unit):  # a word of the label ("涉及 商业 0")
        label, unit = f"{label} {unit}", None
    return [label, *([unit] if unit else []), *m.group("values").split(" ")]


def is_cells_line(line: str) -> bool:
    """A line that holds only cells of a table pasted as text, not prose: a row printed on one line with a unit, two
    values or more, or one blank value ("结果纠正 无", "（七）总计 无 无 2 1 1 无 4", "件 无", "条 4156"), or a lone 无.
    (A prose line may end with one number: "…受理申请 3", wrapped before its 件.)"""
    if line in _BLANK_WORDS:
        return True
    row = _spaced_row(line)
    if row is None:
        return False
    values = row[1:]
    if _is_unit(row[0]) or _is_unit(values[0]):  # "条 4156" under its label, "收到 件 3"
        return True
    return len(values) >= 2 or values[0] in _BLANK_WORDS or values[0].strip(_DASH_CHARACTERS) == ""


def _values_row(line: str) -> list[str] | None:
    """The values of a line of five or more values apart by spaces (section 四's, printed under its header)."""
    if not _may_hold_values(line):
        return None
    cells = line.split(" ")
    return cells if len(cells) >= 5 and all(map(_VALUE_LINE.fullmatch, cells)) else None


def _continues(previous: str, line: str) -> bool:
    """A wrapped label: the line opens a parenthetical note, or the previous line left a bracket open."""
    unclosed = previous.count("(") + previous.count("（") > previous.count(")") + previous.count("）")
    return unclosed or (line.startswith(("(", "（")) and not split_list_marker(line)[0])


def _is_sentence(line: str) -> bool:
    """A line of prose: it holds a full stop, which no table cell prints."""
    return "。" in line


def _label_groups(lines: list[str]) -> list[str]:
    """Label lines between two values → labels, joining the lines of a wrapped label."""
    groups: list[str] = []
    for line in lines:
        if groups and _continues(groups[-1], line):
            groups[-1] += line
        else:
            groups.append(line)
    return groups


def _is_table(rows: Grid) -> bool:
    """Three rows with values, or one row of five or more (section 四): a lone number in prose is not."""
    return sum(1 for row in rows if len(row) > 1) >= 3 or any(len(row) > 5 for row in rows)


# The corner cell over a section-二 table's row labels: a part printing it above its values has its own header
_HEADER_CORNER = "信息内容"


def _is_small_table(rows: Grid) -> bool:
    """Two rows with values, one of them three or more (a section-二 table whose other rows were blank): prose
    prints no run of three numbers one a line. Or rows with values under a header line printing the corner cell of
    section 二's forms (its (五) table printed alone, 行政许可 | 12): its column words tell where the values go."""
    valued = [i for i, row in enumerate(rows) if len(row) > 1]
    if len(valued) == 2 and max(len(rows[i]) for i in valued) > 3:
        return True
    return bool(valued) and any(len(row) == 1 and _HEADER_CORNER in row[0] for row in rows[:valued[0]])


def _line_grids(lines: list[str], max_gap: int = 4, max_header: int = 24) -> list[Grid]:
    """One-value-per-line tables: label line(s), optional unit line, one or more value lines; or a row on one line,
    its cells apart by spaces (label, optional unit, values); or a line of five or more values under its label line.

    A table is a run of such rows separated by at most `max_gap` label-only lines; those become
    label-only rows (headings such as 一、主动公开情况). A longer run of label lines starts a new table
    whose first rows are the last `max_header` of them (header words printed one per line), unless the rows
    on either side are too few for a table of their own: then the run is a header inside the table.
    """
    stripped = [" ".join(line.split()) for line in lines]
    stripped = [s for s in stripped if s and "|" not in s]
    grids: list[Grid] = []
    current: Grid = []
    labels: list[str] = []
    gap = 0  # label lines since the last row with values
    adjacent = False  # whether the current rows follow the last table within `max_header` label lines
    i = 0
    while i < len(stripped):
        line = stripped[i]
        if _is_sentence(line):  # prose between tables: no cell, and no table goes on across it
            labels, gap, i = [], max_header + 1, i + 1
            continue
        if values := _values_row(line):  # the row's label, if any, is the label line above
            cells, j = values, i + 1
        elif spaced := _spaced_row(line):
            if _is_unit(spaced[0]):  # "条 3218": the unit and value of the label above
                cells = spaced
            else:  # the whole row on one line: label lines before it are rows of their own
                labels, cells = [*labels, spaced[0]], spaced[1:]
            j = i + 1
        else:
            unit = line if _is_unit(line) else None
            start = i + 1 if unit else i
            j = start
            while j < len(stripped) and _is_value_line(stripped[j]):
                j += 1
            printed = [value if value != _BLANK_CELL_LINE else "" for value in stripped[start:j]]
            cells = [*([unit] if unit else []), *(printed or [""])] if j > start or unit else []
        if cells and (labels or values):  # a row: labels, [unit], values ("" when the value was lost)
            # a part of fewer rows than a table goes on with the part before or after it when at most `max_header`
            # label lines part them: they are a long header (section 二's 信息内容 | 上一年项目数量 | 本年增/减 |
            # 处理决定数量 one per line, between its row groups)
            if gap > max_gap and (gap > max_header or _is_table(current)):
                _close_table(grids, current, adjacent)
                adjacent, current = gap <= max_header, []
            groups = _label_groups(labels)
            current.extend([g] for g in groups[:-1])
            current.append([*groups[-1:], *cells])
            labels, gap, i = [], 0, j
            continue
        labels = [*labels[-(max_header - 1):], line] if gap > max_gap else [*labels, line]
        gap += 1
        i += 1
    _close_table(grids, current, adjacent)
    return grids


def _close_table(grids: list[Grid], rows: Grid, adjacent: bool) -> None:
    """Add the rows read since the last table break: a table of their own, the last part of the table before them
    (`adjacent`: a long header parts them), a small table of their own, or nothing (a lone number in prose)."""
    if _is_table(rows):
        grids.append(rows)
    elif adjacent and grids:
        grids[-1].extend(rows)
    elif _is_small_table(rows):
        grids.append(rows)


def grids_from_text(text: str) -> list[Grid]:
    """Tables that reached us as text: pipe-flattened rows (| or full-width ｜), one-value-per-line tables (also with
    a bar after each cell) and rows whose cells are apart by spaces. Page numbers are skipped: a table cut by a page break reads on."""
    if not text:
        return []
    if _BOX_DRAWING.search(text):  # a table drawn with box characters in a <pre>: │ separates cells
        text = text.translate(_BOX_SEPARATORS)
    text = text.replace("｜", "|")
    lines = [line for line in text.splitlines() if not _is_page_number(line) and not _BORDER_LINE.match(line)]
    if "|" in text:
        lines = _join_wrapped_pipe_labels(_unpipe_cell_per_line(lines))
    return _pipe_grids(lines) + _line_grids(lines)
