"""Statistics tables (`Grid`s) → table facts with canonical keys (spec 2.1–2.4), and the template they show.

Grids come from HTML (cell positions known, blank cells are "") or from text (non-empty cells in reading
order, but for a pipe row's blank cells kept between bars). Each section mapper first tries positions (header column ↔ value column) and falls back to
reading order; values whose position was lost are placed only when R3 makes the placement unique.
Matching runs on normalize_label() copies; raw labels and values are kept as printed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from operator import or_
from typing import NamedTuple

from .keys import APPLICANT_COLUMNS, KEY_VOCABULARY, REVIEW_BLOCKS, REVIEW_COLUMNS, is_known_key
from .normalize import normalize_label, split_list_marker
from .numbers import UNITS, Value, parse_cell, unit_of
from .records import Fact, Grid

PLACED_CONFIDENCE = 0.6
# (15 digits at most: a float holds no longer integer as printed, and no count or amount of a report has one)
_COUNT_UNIT = r"(?:人次|万元|万|件|条|个|人|次|项|篇|元)"
# A value cell: a number (a change may be written 减少3) with its unit and a footnote mark (12*, 12(注)), a blank
# mark, a zero typed as a Chinese numeral, or a Chinese numeral (二十三; one character only with a unit: a lone 三
# is a row number)
_VALUE = re.compile(rf"(?:减少|减|下降|增加|增)?[+\-]?\d{{1,15}}(?:[,，]\d{{3}})*(?:\.\d+)?{_COUNT_UNIT}?(?:\*+|\(注\d*\))?"
                    rf"|[—–\-－/／\\]+|无|空|無|[〇零○]"
                    rf"|[零〇○一二两三四五六七八九十百千]{{2,}}{_COUNT_UNIT}?|[一二两三四五六七八九十]{_COUNT_UNIT}")
_PAREN_TAIL = re.compile(r"\(.*$")
# Bracketed notes of a section-二 label: closed ones, after which the word goes on (本年(2023)制发件数), and the
# rest of the text after a bracket left open
_S2_NOTES = re.compile(r"\([^()]*\)|\(.*$")
_UNIT_CELLS = frozenset(UNITS)


# Cell texts repeat across rows, tables and reports: the per-text answers below are cached (pure functions).
@lru_cache(maxsize=65536)
def _is_value_label(norm: str) -> bool:
    return not norm or bool(_VALUE.fullmatch(norm))


@dataclass(slots=True)
class _Cell:
    raw: str
    norm: str  # normalize_label(raw)
    # Read many times by every section mapper, so computed once (cells are shared through _cell's cache):
    is_value: bool = field(init=False)  # a number or a blank/dash/slash/无 cell (not a label such as '3.其他')
    text: str = field(init=False)  # normalised label without its list marker
    # parse_cell(raw) of a value cell, only read, so sharing it is safe; None for a label cell, which never gives
    # a fact (parse_cell would read 1 from '1e400')
    value: Value | None = field(init=False)
    bits: int = field(init=False)  # the table words it prints (see _TABLE_WORDS)

    def __post_init__(self) -> None:
        self.is_value = _is_value_label(self.norm)
        self.text = split_list_marker(self.norm)[1]
        self.value = parse_cell(self.raw) if self.is_value else None
        self.bits = 0 if self.is_value else _text_bits(self.norm)  # (numbers, dashes, 无: no table word)


_BLANK_CELL = _Cell("", "")


class _Row(list[_Cell]):
    """The cells of one grid row (never changed) and their label/value split, computed on first use (e2014 forms
    and tables that no section mapper reads never need it)."""

    # a class default, not a slot: testing an unset slot raises, which costs more than the split itself
    _labels_values: tuple[_Labels, list[_Cell]] | None = None

    @property
    def split(self) -> tuple[_Labels, list[_Cell]]:
        split = self._labels_values
        if split is None:
            split = self._labels_values = _split(self)
        return split

    @property
    def own_s3_key(self) -> str | None:
        """The row's section-三 key read without the rows above it."""
        return _s3_step(self.split[0].norms, None)[0]


class _Cells(dict[str | None, _Cell]):
    """Cell text → its _Cell. Cell texts repeat across rows, tables and reports, and no mapper changes a cell: memoised
    in a dict, whose lookup (one per cell of every grid) costs less than an lru_cache's, emptied when full."""

    def __missing__(self, raw: str | None) -> _Cell:
        if len(self) >= 65536:
            self.clear()
        text = raw or ""  # None from extractors
        cell = self[raw] = _Cell(text, normalize_label(text))
        return cell


_cell = _Cells().__getitem__


@dataclass(slots=True)
class _Table:
    rows: list[_Row]
    bits: int  # the table words its cells print (see _TABLE_WORDS)


def _table(grid: Grid) -> _Table:
    rows = [_Row(map(_cell, row)) for row in grid]
    # (most cells print no table word: OR-ing the few distinct bit sets is cheaper than OR-ing every cell's)
    return _Table(rows, reduce(or_, {c.bits for row in rows for c in row}, 0))


class _Labels(NamedTuple):
    """The label cells of a row: its non-empty cells before the trailing value cells, span repeats dropped."""

    cells: tuple[_Cell, ...]
    norms: tuple[str, ...]  # their normalised texts, the key of the cached label-path lookups
    printed: str  # as printed


@lru_cache(maxsize=65536)  # label paths repeat across rows and reports
def _labels(raws: tuple[str, ...]) -> _Labels:
    cells: list[_Cell] = []
    for cell in map(_cell, raws):
        if cell.norm and (not cells or cells[-1].raw != cell.raw):  # spans repeat a label
            cells.append(cell)
    return _Labels(tuple(cells), _norms(cells), _printed(cells))


def _split(row: list[_Cell]) -> tuple[_Labels, list[_Cell]]:
    """(labels, trailing value cells): the longest run of value cells at the end of the row."""
    i = len(row)
    while i > 0 and row[i - 1].is_value:
        i -= 1
    return _labels(tuple([c.raw for c in row[:i]])), row[i:]


def _norms(cells: Iterable[_Cell]) -> tuple[str, ...]:
    return tuple(c.norm for c in cells)


def _printed(labels: Iterable[_Cell]) -> str:
    return " | ".join([c.raw for c in labels])


def _is_number(cell: _Cell) -> bool:
    """A printed number, not a blank/dash/slash/无 cell nor a label cell."""
    value = cell.value
    return value is not None and value.value is not None and value.flag is None


def _has_number(cells: Iterable[_Cell]) -> bool:
    return any(map(_is_number, cells))


def _strays_after_numbers(cells: Iterable[_Cell]) -> bool:
    """Whether each label cell among the cells of a row's value columns (in printed order) follows a printed number
    there: a stray in a row of values (a note, '不详', 'NaN') that gives no fact, not a label, as labels come first."""
    number_seen = False
    for cell in cells:
        if not cell.is_value:
            if not number_seen:
                return False
        elif not number_seen:
            number_seen = _is_number(cell)
    return True


def _split_at(row: _Row, first: int) -> tuple[_Labels, list[_Cell]]:
    """row.split of a row whose value columns start at `first` > 0 (its header tells) but whose trailing value cells
    are fewer: strays in the value columns (_strays_after_numbers) stay values that give no fact instead of making
    labels of the values before them, when a label cell precedes the value columns."""
    if row[first - 1].is_value or not _strays_after_numbers(row[first:]):
        return row.split
    return _labels(tuple([c.raw for c in row[:first]])), row[first:]


_BLANK_FLAGS = frozenset({"blank", "dash", "slash", "wu"})


def _reported(facts: list[Fact]) -> bool:
    """False when no cell carries a printed number (all blank, dash or slash)."""
    return any(f.value_flag not in _BLANK_FLAGS and f.raw_value for f in facts)


_KEY_UNITS = {key: info.unit for key, info in KEY_VOCABULARY.items()}


def _fact(key: str, cell: _Cell | None, raw_label: str, unit: str | None = None, placed: bool = False) -> Fact | None:
    """The fact of a value cell; None for no cell (a column not printed), a label cell (a stray among values) or
    a cell without a number."""
    if cell is None or (value := cell.value) is None or value.value is None:
        return None
    unit = value.unit or unit or _KEY_UNITS.get(key)
    if unit == "万元" and value.unit is None and "万" in cell.raw:  # "3.2万" in a 万元 column: 3.2 万元, not 32000
        value = parse_cell(cell.raw.replace("万", ""))
    return Fact(key, value.value, unit, raw_label, cell.raw, "table", "placed" if placed else value.flag,
                PLACED_CONFIDENCE if placed else 1.0)


# ---------------------------------------------------------------- template detection

_TEMPLATE_MARKERS: dict[str, tuple[str, ...]] = {
    "t2021": ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正",
              "缴纳费用"),
    "t2019": ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购", "采购项目数量"),
    "e2014": ("统计指标", "统计数", "收到申请数", "申请办结数", "申请答复数", "行政复议数量", "主动公开政府信息数",
              "举报投诉数量"),
}


def detect_template(grids: list[Grid], hint: str | None = None) -> str | None:
    """'t2021' | 't2019' | 'e2014' from the labels in the grids; the hint breaks ties; None when unknown."""
    return _template_of(reduce(or_, (_table(grid).bits for grid in grids), 0), hint)


def _template_of(bits: int, hint: str | None) -> str | None:
    """detect_template from the table words (_TABLE_WORDS) the grids print."""
    scores = {t: (bits & markers).bit_count() for t, markers in _TEMPLATE_BITS.items()}
    if bits & _BIT["本年新收"] and bits & _BIT["结转下"] and not bits & (_BIT["逾期不补正"] | _BIT["缴纳费用"]):
        scores["t2019"] += 1  # （六）其他处理 printed without its three 2021 sub-rows (in a table not cut before them)
    best = max(scores.values())
    if best == 0:  # section 四 alone is the same in both formats: only the hint can tell them apart
        has_section4 = bits & _BIT["尚未审结"]
        return hint if has_section4 and hint in ("t2019", "t2021") else None
    tied = [t for t, s in scores.items() if s == best]
    return hint if hint in tied else tied[0]


# ---------------------------------------------------------------- section 二 (spec 2.1)

_S2_SUBJECTS = (("other_doc", "其他主动公开文件"), ("regulation", "规章"), ("normative", "规范性文件"),
                ("other_service", "对外管理服务"), ("permit", "行政许可"), ("penalty", "行政处罚"),
                ("coercion", "行政强制"), ("admin_fee", "行政事业性收费"), ("procurement", "集中采购"))
_S2_COLUMNS = (("repealed", "废止"), ("in_force", "现行有效"), ("issued", "制发"), ("issued", "新制作"),
               ("published_new", "新公开"), ("public_total", "对外公开总"), ("items_prev", "上一年项目"),
               ("items_delta", "增/减"), ("items_delta", "增减"), ("decisions", "处理决定"),
               ("projects", "采购项目"), ("amount", "金额"))


@lru_cache(maxsize=65536)
def _s2_column(norm: str) -> str | None:
    return _s2_word(norm, _S2_COLUMNS)


# The column words of each section-二 table of the forms, in their fixed order (spec 1(b), 1(c)), normalised
_S2_FORMS = tuple(tuple(map(normalize_label, form)) for form in (
    ("本年新制作数量", "本年新公开数量", "对外公开总数量"), ("上一年项目数量", "本年增/减", "处理决定数量"),
    ("上一年项目数量", "本年增/减"), ("采购项目数量", "采购总金额"),  # 2019
    ("本年制发件数", "本年废止件数", "现行有效件数"), ("本年处理决定数量",), ("本年收费金额",)))  # 2021


def _is_cut(norm: str, word: str) -> bool:
    """Whether a header cell prints the column word, or its start cut short ("本年新" of 本年新制作数量)."""
    return (len(norm) > 1 and word.startswith(norm)) or _s2_column(norm) == _s2_column(word)


def _cut_form_columns(row: _Row) -> list[tuple[int | None, str, _Cell]] | None:
    """The columns of a section-二 header row whose words are cut short ("信息内容 | 本年新 | 本年新 | 对外公开总数量"
    on real 2019 pages): when its last cells follow one form's fixed column order, each the start of the word of
    the column at its place, and no cell before them does, each cell is that column; None otherwise."""
    cells = [(j, c) for j, c in enumerate(row) if c.norm]
    if sum(1 for _, c in cells if not _s2_column(c.norm)) < 2:  # the corner cell (信息内容) alone names no column
        return None
    matches = [
        [(j, name, c) for (j, c), word in zip(cells[-len(form):], form, strict=True) if (name := _s2_column(word))]
        for form in _S2_FORMS
        if len(cells) >= len(form)
        and all(_is_cut(c.norm, word) for (_, c), word in zip(cells[-len(form):], form, strict=True))
        and not any(_s2_column(c.norm) or _is_cut(c.norm, word) for _, c in cells[:-len(form)] for word in form)]
    return matches[0] if len(matches) == 1 else None


_CORNER = "信息内容"  # the header cell over the row labels


def _wrapped_form_columns(pieces: list[_Cell]) -> list[tuple[int | None, str, _Cell]] | None:
    """The columns of a section-二 header printed one line a piece, whose words wrap inside their cells ("本年新" /
    "制作数量") or lost their end ("本年增/" of 本年增/减): when the pieces after the corner cell (信息内容) read, in
    order, as exactly one form's column words, each whole or its start; None otherwise. Only the order is known."""
    corner = next((i for i in range(len(pieces) - 1, -1, -1) if pieces[i].text == _CORNER), None)
    if corner is None or corner == len(pieces) - 1:
        return None
    norms = [c.norm for c in pieces[corner + 1:]]
    reads = [words for form in _S2_FORMS if (words := _form_words(norms, form))]
    if len(reads) != 1:
        return None
    return [(None, name, _cell(printed)) for printed, word in reads[0] if (name := _s2_column(word))]


def _line_wrapped_form_columns(pieces: list[_Cell]) -> list[tuple[int | None, str, _Cell]] | None:
    """The columns of a section-二 header from a PDF's text layer, one line a row of its cells' words apart by
    spaces, the words wrapping inside their cells ("信息内容 本年新 本年新 对外公开总数量" / "制作数量 公开数量"; the
    corner 信息内容 maybe centred on a line of its own): when the top line's words start exactly one form's column
    words in order and each word of the lines below continues, in order, one of them; None otherwise. The top is
    the corner's line or the one above it. Only the order is known."""
    last = pieces[-1]
    if " " not in last.raw and last.text != _CORNER:  # (a wrapped line prints spaces; a centred corner is alone)
        return None
    corner = next((i for i in range(len(pieces) - 1, -1, -1) if _CORNER in pieces[i].norm), None)
    if corner is None:
        return None
    for top in range(corner, max(corner - 2, -1), -1):
        lines = [words for c in pieces[top:] if (words := [n for w in c.raw.split() if (n := _cell(w).norm) != _CORNER])]
        reads = [(form, texts) for form in _S2_FORMS if lines and (texts := _line_wrapped_words(lines, form))]
        if len(reads) == 1:
            form, texts = reads[0]
            return [(None, name, _cell(text)) for text, word in zip(texts, form, strict=True)
                    if (name := _s2_column(word))]
        if reads:
            return None
    return None


def _line_wrapped_words(lines: list[list[str]], form: tuple[str, ...]) -> list[str] | None:
    """The form's column words as the header lines print them: the top line's words start them, in order, and each
    further line's words continue some of them, in order; None when the lines do not read so."""
    top = lines[0]
    if len(top) != len(form) or not all(map(_is_cut, top, form)):
        return None
    texts = list(top)
    for line in lines[1:]:
        j = 0
        for word in line:
            while j < len(form) and not form[j].startswith(texts[j] + word):
                j += 1
            if j == len(form):
                return None
            texts[j] += word
            j += 1
    return texts


def _form_words(norms: list[str], form: tuple[str, ...]) -> list[tuple[str, str]] | None:
    """(printed, form word) of each column when the header pieces, joined, read as the form's words in order."""
    words: list[tuple[str, str]] = []
    i = 0
    for word in form:
        text = ""
        while i < len(norms) and word.startswith(text + norms[i]):
            text += norms[i]
            i += 1
        if not _is_cut(text, word):
            return None
        words.append((text, word))
    return words if i == len(norms) else None


@lru_cache(maxsize=65536)
def _s2_subject(text: str) -> str | None:
    return _s2_word(text, _S2_SUBJECTS)


def _s2_word(text: str, names: tuple[tuple[str, str], ...]) -> str | None:
    """Name of the first (name, word) whose word is in the text without its bracketed notes."""
    text = _S2_NOTES.sub("", text)
    return next((name for name, word in names if word in text), None)


@lru_cache(maxsize=4096)
def _spaced_s2_columns(raw: str) -> tuple[tuple[int | None, str, _Cell], ...] | None:
    """The section-二 columns of a header line printed as one cell, its words apart by spaces ('信息内容 本年制发件数
    本年废止件数 现行有效件数' from tab-separated text), in order; None unless two or more words name a column and
    every word after the first of them does (a word cut by spaces, '本年新 制作数量', would lose a column)."""
    words = raw.split()
    first = next((i for i, word in enumerate(words) if _s2_column(_cell(word).norm)), len(words))
    columns = tuple((None, name, cell) for word in words[first:] if (name := _s2_column((cell := _cell(word)).norm)))
    return columns if 1 < len(columns) == len(words) - first else None


_BRACKETED_MONEY = re.compile(r"[(（](万元|元)[)）]")


@lru_cache(maxsize=4096)
def _money_unit(header: str) -> str | None:
    """'本年收费金额（单位：万元）' or '采购总金额（万元）' → 万元; None when the header prints no unit."""
    bracketed = _BRACKETED_MONEY.search(header)
    return unit_of(header) or (bracketed.group(1) if bracketed else None)


_PUBLISHED_TOTAL_WORD = "发布总数量"  # Jilin 2020 line "…政府信息公开发布总数量(非新闻类、消息类):0"
_TRAILING_NUMBER = re.compile(r"[:：]\s*([+\-]?\d[\d,，.]*)\s*$")


def _published_total(labels: _Labels, values: list[_Cell]) -> Fact | None:
    label = next((c for c in labels.cells if _PUBLISHED_TOTAL_WORD in c.norm), None)
    if label is None:
        return None
    m = _TRAILING_NUMBER.search(label.raw)
    cell = next((c for c in values if c.norm), None) or (_Cell(m.group(1), m.group(1)) if m else None)
    return _fact("active.items_published_total", cell, label.raw) if cell else None


def _section2(table: _Table) -> list[Fact]:
    published_total_printed = bool(table.bits & _BIT[_PUBLISHED_TOTAL_WORD])
    starts = _column_groups(table.rows)
    if len(starts) == 1:
        return _section2_rows(table.rows, published_total_printed)
    # groups printed side by side (（五） | （六）): each group read as a table of its own
    return [fact for start, end in zip(starts, [*starts[1:], None], strict=True)
            for fact in _section2_rows([_Row(row[start:end]) for row in table.rows], published_total_printed)]


def _column_groups(rows: list[_Row]) -> list[int]:
    """Where the column groups of a section-二 table start: 0, and each further 信息内容 of a header row."""
    for row in rows:
        starts = [j for j, c in enumerate(row) if c.text == _CORNER and (j == 0 or row[j - 1].text != _CORNER)]
        if len(starts) > 1:
            return [0, *starts[1:]]
    return [0]


def _section2_rows(rows: list[_Row], published_total_printed: bool) -> list[Fact]:
    facts: list[Fact] = []
    header: list[tuple[int | None, str, _Cell]] = []  # (position, field, header cell)
    values_start = 0  # the position of the header's first column, when positions are known
    header_row_before = False
    pieces: list[_Cell] = []  # the cells of the one-cell label rows since the last other row
    for i, row in enumerate(rows):
        if published_total_printed and (published_total := _published_total(*row.split)):
            facts.append(published_total)
            continue
        printed = [c for c in row if c.norm]
        if len(printed) == 1 and not printed[0].is_value:  # a header piece on its own line, or a caption
            pieces.append(printed[0])
            if wrapped := _wrapped_form_columns(pieces) or _line_wrapped_form_columns(pieces):
                header, header_row_before, values_start = wrapped, True, 0
                continue
        else:
            pieces = []
        # (an empty cell is a value cell)
        columns = [(j, name, c) for j, c in enumerate(row) if not c.is_value and (name := _s2_column(c.norm))]
        if not columns and not header:  # neither a header row nor a row under one
            header_row_before = False
            continue
        labels, values = row.split
        if values_start and len(values) < len(row) - values_start:
            labels, values = _split_at(row, values_start)
        subject = next((s for c in labels.cells if (s := _s2_subject(c.text))), None)
        if columns and not subject and not _has_number(values):
            spaced = _spaced_s2_columns(row[0].raw) if len(row) == 1 else None  # a text table's header line
            if spaced:
                found = list(spaced)
            else:
                first = {name: (j, name, c) for j, name, c in reversed(columns)}  # colspan repeats a column
                found = _cut_form_columns(row) or sorted(first.values(), key=lambda h: h[0])
            if header_row_before:  # header words printed one per line: only their order is known
                found = [(None, name, c) for _, name, c in header + found]
            header, header_row_before = found, True
            values_start = found[0][0] or 0
            continue
        header_row_before = False
        if not header or not subject or _under_spanning_label(
                labels, len(values), rows[max(0, i - 1):i] + rows[i + 1:i + 2]):
            continue
        by_position = [(row[j] if j is not None and j < len(row) else None, name, c) for j, name, c in header]
        if not all(cell is not None and cell.is_value for cell, _, _ in by_position):
            if len(values) < len(header) and _zeros_with_lost_blanks(values, rows[i + 1:i + 2], len(header)):
                values = [*values, *[_BLANK_CELL] * (len(header) - len(values))]
            if len(values) != len(header):
                continue  # cells were lost and section 二 has no sum rule to place them
            by_position = [(cell, name, c) for cell, (_, name, c) in zip(values, header, strict=True)]
        row_label = labels.printed
        for cell, name, head in by_position:
            key = f"active.{subject}.{name}"
            if is_known_key(key) and cell is not None:
                unit = _money_unit(head.raw) if name == "amount" else None
                fact = _fact(key, cell, f"{row_label} × {head.raw}", unit)
                if fact:
                    facts.append(fact)
    return facts


def _under_spanning_label(labels: _Labels, width: int, neighbours: list[_Row]) -> bool:
    """Whether a section-二 row of `width` value cells is a local sub-row (行政检查) under its subject's label spanning
    several rows: the subject has no cells of its own, so none of the sub-rows' values is the subject's (their sum
    would be a guess). A neighbouring sub-row repeats the subject's label over another sub-row label (an HTML span),
    or a text grid printed the label once (maybe in one cell with the sub-row's label, apart by a space) and the
    neighbour prints only a sub-row label and as many values."""
    cells = list(labels.cells)
    if " " in cells[-1].raw:
        cells[-1:] = map(_cell, cells[-1].raw.split())
    at = next((k + 1 for k, c in enumerate(cells) if _s2_subject(c.text)), len(cells))
    if at == len(cells) or cells[at].norm.startswith("("):  # (the usual row: its subject is its last label)
        return False
    norms = _norms(cells)
    for row in neighbours:
        other, values = row.split
        if other.norms[:at] == norms[:at] and other.norms[at:] != norms[at:]:
            return True
        if (len(other.norms) == len(norms) - at and len(values) == width
                and not any(_s2_subject(c.text) for c in other.cells)):
            return True
    return False


def _zeros_with_lost_blanks(values: list[_Cell], next_rows: list[_Row], width: int) -> bool:
    """Whether a section-二 row that lost cells (a text grid drops blank cells, "规章 | 0 | 0 | |") reads 0 in every
    column whatever their positions: each printed value reads 0 and the lost cells were blank (spec 2.7: 0), not
    moved to a next row of values without a label (a row wrapped in the text). A row that printed no value lost
    only blanks when the next row is a row of the form of its own (no local sub-row such as 行政检查 under a label
    spanning it, whose row has no cells of its own) and prints all `width` values (none of them this row's), or is
    the next table's caption or header: the row ends its table ("行政许可 | |||" above 第二十条第（六）项)."""
    if not values:
        if not next_rows:
            return False
        next_labels, next_values = next_rows[0].split
        if not next_values:
            return any(_CORNER in c.norm or c.norm.startswith("第二十条") for c in next_labels.cells)
        return len(next_values) == width and any(_s2_subject(c.text) for c in next_labels.cells)
    if not all(c.value is not None and c.value.value == 0 for c in values):
        return False
    return not next_rows or not next_rows[0].split[1] or bool(next_rows[0].split[0].cells)


# ---------------------------------------------------------------- section 三 (spec 2.2)

_COLUMN_ORDER = tuple(c for c in APPLICANT_COLUMNS if c != "legal_entity")
_COLUMN_WORDS = {"自然人": "natural_person", "商业企业": "business", "企业": "business", "科研机构": "research",
                 "社会公益组织": "nonprofit", "公益组织": "nonprofit", "法律服务机构": "legal_service",
                 "其他": "other_org", "其他组织": "other_org", "总计": "total", "合计": "total"}
_CHILDREN: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "withheld": (("state_secret", ("国家秘密",)), ("law_prohibited", ("禁止公开", "其他法律")),
                 ("security_stability", ("三安全", "一稳定", "危及")), ("third_party", ("第三方",)),
                 ("internal_affairs", ("内部事务",)), ("process_info", ("过程性",)),
                 ("enforcement_file", ("执法案卷",)), ("admin_query", ("查询",))),
    "unavailable": (("not_held", ("不掌握",)), ("needs_creation", ("另行制作", "现成信息")),
                    ("unclear", ("不明确",))),
    "not_processed": (("petition", ("信访", "举报", "投诉")), ("duplicate", ("重复申请",)),
                      ("publication", ("出版物",)), ("mass_repeat", ("大量", "反复")),
                      ("confirm_reissue", ("确认", "重新出具"))),
    "other": (("no_correction", ("补正",)), ("fee_unpaid", ("缴纳", "收费")), ("misc", ("其他",))),
}
_CATEGORIES = (("withheld", "不予公开"), ("unavailable", "无法提供"), ("not_processed", "不予处理"),
               ("other", "其他处理"))


@lru_cache(maxsize=65536)
def _column_of(norm: str) -> str | None:
    """The applicant column a normalised header text names (or 'subtotal')."""
    text = _PAREN_TAIL.sub("", norm)
    if "小计" in text:
        return "subtotal"
    return _COLUMN_WORDS.get(text)


@lru_cache(maxsize=16384)  # label paths repeat across rows and reports
def _s3_step(norms: tuple[str, ...], category: str | None) -> tuple[str | None, bool, str | None, bool]:
    """(row key, is a category subtotal, category in force after the row, 结转下年度 seen: the rows after it
    belong to other tables) from a row's normalised label path read with `category` in force."""
    key: str | None = None
    subtotal = done = False
    for norm in norms:
        marker, text = split_list_marker(norm)
        if "办理结果" in text:  # level 1 of every outcome row, maybe printed in one cell with the row's own label
            marker, text = split_list_marker(text[text.index("办理结果") + len("办理结果"):])
            if not text:  # a category printed as its own row goes on
                key, subtotal = None, False
                continue
        if "新收" in text:
            key, category = "apply.received_new", None
        elif "上年结转" in text or "上年度结转" in text:
            key, category = "apply.carried_in", None
        elif "结转下" in text:
            key, category, done = "apply.carried_out", None, True
        elif "部分公开" in text:
            key, category = "apply.outcome.partial", None
        elif "予以公开" in text and "不予" not in text:
            key, category = "apply.outcome.granted", None
        elif text.startswith(("总计", "合计")):
            key, category = "apply.outcome.total", None
        elif found := next(((c, word) for c, word in _CATEGORIES if word in text), None):
            category, word = found
            # one cell may print the category and its first child ("（三）不予公开 1.属于国家秘密")
            child_marker, child_text = split_list_marker(text[text.index(word) + len(word):])
            if child_text and (child := _s3_child(category, child_text, child_marker)):
                category, key = child[0], f"apply.outcome.{child[0]}.{child[1]}"
            else:
                key, subtotal = f"apply.outcome.{category}", True
                continue
        elif child := _s3_child(category, text, marker):
            category, key = child[0], f"apply.outcome.{child[0]}.{child[1]}"
        elif not category:
            continue
        subtotal = False
    return key, subtotal, category, done


def _s3_child(category: str | None, text: str, marker: str) -> tuple[str, str] | None:
    """(category, child) that a child row's label names: by its words, those of the category in force first, then
    those of the one other category whose child of that item number they name (a category cell printed centred in
    its block leaves the rows above it under the category before: 1.本机关不掌握相关政府信息 is 无法提供 whatever is
    in force; spec 2.2: the label decides, never the number alone); else by its number (a truncated label)."""
    if category and (child := _child_by_word(category, text)):
        return category, child
    number = int(digits) if (digits := re.sub(r"\D", "", marker)) else 0
    if number:
        named = [(other, child) for other, children in _CHILDREN.items() if other != category
                 and (child := _child_by_word(other, text, generic=False))
                 and number <= len(children) and children[number - 1][0] == child]
        if len(named) == 1:
            return named[0]
    if category and 0 < number <= len(_CHILDREN[category]):  # truncated or garbled label: its number
        return category, _CHILDREN[category][number - 1][0]
    return None


def _child_by_word(category: str, text: str, generic: bool = True) -> str | None:
    """The child of the category whose words the label prints; `generic` False skips 其他, which many labels print."""
    return next((name for name, words in _CHILDREN[category]
                 if any(w in text and (generic or w != "其他") for w in words)), None)


def _s3_positions(header_rows: list[_Row]) -> list[int | None] | None:
    """Positions of the 7 columns (in _COLUMN_ORDER) from HTML-like header rows (lowest header wins), in any
    order (some forms print 合计 first); None unless each column is named at most once. A column the header does
    not name is None: a table split by columns (自然人…社会公益组织 | 法律服务机构, 其他, 总计) prints a part of them,
    taken only from an HTML grid (rows as wide, spans expanded) whose value columns, after its label column, are
    all named (a header naming 6 of 7 columns lost a word instead)."""
    names: dict[int, str] = {}
    for row in header_rows:
        for j, cell in enumerate(row):
            name = _column_of(cell.norm)
            if name:
                names[j] = name
    positions: dict[str, list[int]] = {}
    for j, name in names.items():
        positions.setdefault(name, []).append(j)
    if not names or any(len(positions.get(c, ())) > 1 for c in _COLUMN_ORDER):
        return None
    if all(c in positions for c in _COLUMN_ORDER):
        return [positions[c][0] for c in _COLUMN_ORDER]
    width = len(header_rows[0])
    if ("subtotal" in positions or any(len(r) != width for r in header_rows)
            or sorted(names) != list(range(width - len(names), width)) or len(names) == width):
        return None
    return [positions[c][0] if c in positions else None for c in _COLUMN_ORDER]


def _subtotal_index(header_rows: list[_Row]) -> int | None:
    """Reading-order index of a 法人或其他组织小计 column among the 8 value columns, if one is printed.

    It follows the five organisation columns (index 6) unless its header row prints it before 商业企业.
    """
    for row in header_rows:
        names = [n for c in row if (n := _column_of(c.norm))]
        if "subtotal" in names:
            before_business = "business" in names and names.index("subtotal") < names.index("business")
            return 1 if before_business else 6
    return None


def _place(values: list[_Cell], width: int, holds: Callable[[list[float]], bool]) -> list[_Cell] | None:
    """Put k < width values into `width` columns (order kept, the rest blank) when exactly one placement
    satisfies the table's sum rule `holds`; None when the values do not pin the placement down."""
    numbers = [c.value.value for c in values]
    if not values or len(values) >= width or any(n is None for n in numbers):
        return None
    if not any(numbers):  # all zeros: every placement gives the zero vector, the first one is kept
        return [*values, *[_BLANK_CELL] * (width - len(values))] if holds([0.0] * width) else None
    results: dict[tuple[float, ...], tuple[int, ...]] = {}
    for slots in itertools.combinations(range(width), len(values)):
        vector = [0.0] * width
        for slot, number in zip(slots, numbers, strict=True):
            vector[slot] = number  # type: ignore[assignment]
        if holds(vector):
            results.setdefault(tuple(vector), slots)
            if len(results) > 1:
                return None
    if len(results) != 1:
        return None
    placed = [_BLANK_CELL] * width
    for slot, cell in zip(next(iter(results.values())), values, strict=True):
        placed[slot] = cell
    return placed


def _r3_holds(vector: list[float]) -> bool:
    """R3: the total column (last) is the sum of the six others."""
    return abs(sum(vector[:6]) - vector[6]) < 1e-9


def _place_by_r3(values: list[_Cell]) -> list[_Cell | None] | None:
    """_place(values, 7, _r3_holds, partial=True) without trying every placement. Unless all are zeros, a placement
    satisfies R3 only with the last value in the total column and the others summing to it; those others keep their
    order in the six columns before it, so column j can only hold one of them from a window of indexes, or a blank:
    it is certain when every value of its window is 0."""
    numbers = [c.value.value for c in values]
    if not values or len(values) >= 7 or any(n is None for n in numbers):
        return None
    if not any(numbers):
        return [*values, *[_BLANK_CELL] * (7 - len(values))]
    others = len(values) - 1
    if abs(sum(numbers[:-1]) - numbers[-1]) >= 1e-9:
        return None
    placed: list[_Cell | None] = [None] * 6 + [values[-1]]
    for j in range(6):
        if not any(numbers[max(0, j - (6 - others)):min(j, others - 1) + 1]):
            placed[j] = values[j] if j < others else _BLANK_CELL  # (what the first placement puts there)
    return placed


class _S3Columns(NamedTuple):
    """The columns of a section-三 grid, read once from its header rows (its data rows are read against them)."""

    positions: list[int | None] | None  # see _s3_positions
    printed: list[int]  # the positions that are not None
    first: int  # the first of them (0 when there is none)
    width: int  # of the widest header row
    subtotal: int | None  # see _subtotal_index


def _s3_columns(header_rows: list[_Row]) -> _S3Columns:
    positions = _s3_positions(header_rows)
    printed = [p for p in positions if p is not None] if positions else []
    return _S3Columns(positions, printed, min(printed, default=0), max(map(len, header_rows), default=0),
                      _subtotal_index(header_rows))


def _s3_values(row: _Row, values: list[_Cell], columns: _S3Columns) -> tuple[list[_Cell | None], bool] | None:
    """The 7 cells of a data row in column order (`columns.positions`: their header positions; None for a column
    the table does not print), and whether they were placed by R3."""
    positions, printed, first, width, subtotal = columns
    # header positions hold for rows as wide as the header whose labels end where the values begin (a part
    # cut from the table may lack a label column and sit shifted left in a grid joined from PDF pages)
    if positions and len(row) == width and first > 0 and not row[first - 1].is_value:
        cells = [None if p is None else row[p] for p in positions]
        # (positions within the trailing value cells are value cells: the usual row needs no test)
        if first >= width - len(values) or all(c.is_value for c in cells if c is not None):
            return cells, False
    part = positions is not None and len(printed) < 7  # a table split by columns, or a header that lost a word
    if part and len(printed) == len(values):  # the printed columns, in the order of their positions
        cells = [None] * 7
        in_order = sorted((p, column) for column, p in enumerate(positions) if p is not None)
        for (_, column), cell in zip(in_order, values, strict=True):
            cells[column] = cell
        return cells, False
    expected = 7 if subtotal is None else 8
    while len(values) > expected and not values[-1].norm:
        values = values[:-1]
    while len(values) > expected and not values[0].norm:
        values = values[1:]
    if len(values) == expected:
        return [c for i, c in enumerate(values) if i != subtotal], False
    filled = [c for c in values if c.norm]
    if subtotal is None and not part and 0 < len(filled) < 7:  # (R3 cannot tell lost cells from another table's)
        placed = _place_by_r3(filled)
        return (placed, True) if placed else None
    return None


@lru_cache(maxsize=1024)
def _s3_keys(key: str) -> tuple[str, ...]:
    """The fact keys of the seven columns of a section-三 row key, in _COLUMN_ORDER."""
    return tuple(f"{key}.{column}" for column in _COLUMN_ORDER)


@lru_cache(maxsize=16384)
def _s3_labels(row_label: str) -> tuple[str, ...]:
    """The raw labels of the seven columns of a section-三 row, in _COLUMN_ORDER."""
    return tuple(f"{row_label} × {APPLICANT_COLUMNS[column][0]}" for column in _COLUMN_ORDER)


_S3_FIRST_KEYS = ("apply.received_new", "apply.carried_in")


def _section3(table: _Table, template: str | None) -> list[Fact]:
    """Each section-三 grid of the table: usually one; two when the columns were split in two halves stacked in one
    table, each with its header and the full block of row labels."""
    rows = table.rows
    facts: list[Fact] = []
    begin = 0
    while (start := next((i for i in range(begin, len(rows)) if rows[i].own_s3_key in _S3_FIRST_KEYS), None)) is not None:
        found, begin = _section3_grid(rows, _s3_header_top(rows, begin, start), start, table.bits, template)
        facts.extend(found)
    return facts


def _s3_header_top(rows: list[_Row], begin: int, start: int) -> int:
    """The first header row of the grid whose data rows start at `start`: its 自然人 or 申请人情况 row, else the
    top of the header rows right above the data (a short header: 项目 | 法人或其他组织 | 总计)."""
    top = next((i for i in range(begin, start) if any(c.norm in ("自然人", "申请人情况") for c in rows[i])), None)
    if top is None:
        top = start
        while top > begin and _is_s3_header_row(rows[top - 1]):
            top -= 1
    return top


def _section3_grid(rows: list[_Row], header_top: int, start: int, bits: int,
                   template: str | None) -> tuple[list[Fact], int]:
    """The facts of the grid with these header and first data rows, and the index of the row after it."""
    columns = _s3_columns(rows[header_top:start])
    width, values_start = columns.width, columns.first
    category: str | None = None
    facts: list[Fact] = []
    review_printed = bits & _BIT["行政复议"]  # section 四 follows in the same table
    wrapped: tuple[str, str] | None = None  # (key, printed label) of a label-only row above
    for i in range(start, len(rows)):
        row = rows[i]
        if i > start and review_printed and any("行政复议" in c.norm for c in row):
            return facts, i
        labels, values = row.split
        if len(values) < width - values_start and values_start and len(row) == width:
            labels, values = _split_at(row, values_start)
        key, is_subtotal, category, done = _s3_step(labels.norms, category)
        printed = labels.printed
        if key is None and wrapped and labels.cells and not split_list_marker(labels.norms[0])[0]:
            # a long label wrapped in a PDF's text: its values came with its last line, which names no row
            key, printed = wrapped[0], wrapped[1] + printed
        # a row's label alone (no value cells), to be continued on the next line
        wrapped = (key, printed) if key and not is_subtotal and not values else None
        if key and (read := _s3_values(row, values, columns)):
            cells, placed = read
            leaf_other = key == "apply.outcome.other" and template != "t2021"
            if not is_subtotal or leaf_other or _has_number(c for c in cells if c is not None):
                # (a category header row without printed subtotals is skipped)
                facts.extend(filter(None, map(_fact, _s3_keys(key), cells, _s3_labels(printed),
                                              itertools.repeat("件"), itertools.repeat(placed))))
        if done:
            return facts, i + 1
    return facts, len(rows)


# ---------------------------------------------------------------- section 四 (spec 2.3)

_REVIEW_WORDS = (("upheld", "维持"), ("corrected", "纠正"), ("other", "其他"), ("pending", "审结"),
                 ("total", "总计"), ("total", "合计"))


@lru_cache(maxsize=16384)  # header paths repeat across tables and reports
def _s4_key(texts: tuple[str, ...]) -> str | None:
    """The section-四 key of a column (or a transposed row) from the normalised texts of its header cells."""
    if any("复议后起诉" in t for t in texts):
        block = "litigation.after_review"
    elif any("直接起诉" in t for t in texts):
        block = "litigation.direct"
    elif any("行政复议" in t for t in texts):
        block = "review"
    else:
        return None
    column = next((name for t in reversed(texts) for name, word in _REVIEW_WORDS if word in t), None)
    return f"{block}.{column}" if column else None


@lru_cache(maxsize=1024)  # headers repeat across reports
def _s4_column_keys(header: tuple[tuple[str, ...], ...], width: int) -> tuple[str | None, ...]:
    """The key of each of `width` columns under header rows of these normalised texts."""
    return tuple(_s4_key(tuple(r[j] for r in header if j < len(r))) for j in range(width))


_S4_KEYS = tuple(f"{b}.{c}" for b in REVIEW_BLOCKS for c in REVIEW_COLUMNS)
_S4_BLOCK_WORDS = ("行政复议", "直接起诉", "复议后起诉")
_S4_KEY_SET = frozenset(_S4_KEYS)
_S4_RESULT_KEYS = frozenset(k for k in _S4_KEYS if not k.endswith(".total"))


def _r6_holds(vector: list[float]) -> bool:
    """R6 in each block of five: the total (last) is the sum of the four results."""
    return all(abs(sum(vector[i:i + 4]) - vector[i + 4]) < 1e-9 for i in range(0, len(vector), 5))


def _s4_facts(cells: list[tuple[str, _Cell]], placed: bool = False) -> list[Fact]:
    facts = [_fact(key, cell, KEY_VOCABULARY[key].label_zh, "件", placed) for key, cell in cells]
    return [f for f in facts if f]


def _s4_in_order(row: _Row, values: list[_Cell]) -> list[Fact]:
    """The value row (its trailing `values`) read in order when header positions are unknown; lost cells placed by
    R6 if unique."""
    if len(values) == 15:
        return _s4_facts(list(zip(_S4_KEYS, values, strict=True)))
    filled = [c for c in values if c.norm]
    if len(filled) == 15:
        return _s4_facts(list(zip(_S4_KEYS, filled, strict=True)))
    printed = [c for c in row if c.norm][-15:]  # (with fewer than 15 filled values, a label cell among them)
    if len(filled) < 15 == len(printed) and _strays_after_numbers(printed):  # strays in a text grid's value row
        return _s4_facts(list(zip(_S4_KEYS, printed, strict=True)))
    placed = _place(filled, 15, _r6_holds)  # (whole: a row of another layout may satisfy R6 in part)
    return _s4_facts(list(zip(_S4_KEYS, placed, strict=True)), placed=True) if placed else []


def _section4_transposed(rows: list[_Row]) -> list[Fact]:
    """Section 四 printed as 15 rows of one value each (block label cells, result label, value)."""
    found: dict[str, _Cell] = {}
    block: tuple[str, ...] = ()  # the block labels in force (text grids print them once, spans repeat them)
    for row in rows:
        labels, values = row.split
        while len(values) > 1 and not values[-1].norm:
            values = values[:-1]  # empty trailing cells (Word exports add an empty sliver column)
        if len(values) != 1 or not labels.cells:
            continue
        if any(w in n for n in labels.norms for w in _S4_BLOCK_WORDS):
            block = labels.norms
        key = _s4_key(block + labels.norms)
        if key:
            found.setdefault(key, values[0])
    return _s4_facts([(k, found[k]) for k in _S4_KEYS]) if set(found) == set(_S4_KEYS) else []


def _section4(table: _Table) -> list[Fact]:
    rows = table.rows
    top = next((i for i, row in enumerate(rows) if any("行政复议" in c.norm for c in row)
                and any("行政诉讼" in c.norm or "起诉" in c.norm for r in rows[i:i + 3] for c in r)), None)
    if top is None:  # all 15 keys, so the words of the three blocks, are needed
        return _section4_transposed(rows) if table.bits & _S4_BLOCKS == _S4_BLOCKS else []
    for v in range(top + 1, len(rows)):
        row = rows[v]
        values = row.split[1]
        if len(values) < 5 and sum(1 for c in values if c.norm) < 2 and sum(map(_is_number, row)) < 2:
            # a header row (a text grid's value row may have lost cells: at least two remain; a stray in the last
            # column leaves it no trailing value cells, but its numbers)
            continue
        if not any(c.norm for c in row):
            continue  # an empty spacer row between the header and the values
        header = tuple(tuple([c.norm for c in r]) for r in rows[top:v])
        if any(_s2_subject(c.text) for c in row.split[0].cells):
            break  # a row of section 二 (规章 | 0 | 0 | 0): the words above were prose, not section 四's header
        keyed = [(k, c) for k, c in zip(_s4_column_keys(header, len(row)), row, strict=True) if k]
        by_position = [(k, c) for k, c in keyed if c.is_value]
        if _s4_complete({k for k, _ in by_position}, len(by_position)) or (
                len(by_position) < len(keyed) and _s4_complete({k for k, _ in keyed}, len(keyed))
                and _strays_after_numbers([c for _, c in keyed])):
            return _s4_facts(by_position)
        return _s4_in_order(row, values)
    return _section4_transposed(rows) if table.bits & _S4_BLOCKS == _S4_BLOCKS else []


def _section4_by_blocks(rows: list[_Row]) -> list[Fact]:
    """Section 四 read row by row over one or more tables, for layouts the one-table readers miss: the three
    blocks printed as separate tables (行政复议, then 行政诉讼), as rows (行政复议 / 直接起诉 / 复议后起诉 × the
    five results) or as columns (the five results × 行政复议 / 直接起诉 / 复议后起诉). A value cell's key comes
    from the header rows above its run of value rows, at its column, and from its own row's labels. Taken only
    when it gives each of the 15 keys exactly once."""
    found: dict[str, _Cell] = {}
    header: list[tuple[str, ...]] = []
    after_values = False
    width = 0  # the value cells of the last value row
    for row in rows:
        labels, values = row.split
        # blocks as columns print three values a row; a row left blank goes on a run of value rows as wide
        if len(values) < 5 and not _has_number(values) and not (after_values and len(values) == width):
            if after_values:
                header, after_values = [], False
            header.append(tuple(c.norm for c in row))
            continue
        after_values, width = True, len(values)
        start = len(row) - len(values)
        for j, cell in enumerate(values, start):
            key = _s4_key(tuple(r[j] for r in header if j < len(r)) + labels.norms)
            if key and cell.is_value:
                if key in found:
                    return []  # a key met twice: not one of these layouts
                found[key] = cell
    return _s4_facts([(k, found[k]) for k in _S4_KEYS if k in found]) if _s4_complete(set(found), len(found)) else []


def _s4_complete(keys: set[str], cells: int) -> bool:
    """Each key once, and either all 15 or the 12 results of a table printed without its 总计 columns."""
    return cells == len(keys) and (keys == _S4_KEY_SET or keys == _S4_RESULT_KEYS)


# ---------------------------------------------------------------- e2014 统计表 (spec 2.4)

# (words that must all occur, key); first match wins, so specific patterns come first. "{b}" is the
# current block (review or litigation) for the shared child rows.
_E2014_ROWS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("全文电子化",), "active.items_fulltext_e"),
    (("新增的行政规范性文件",), "active.normative.new"),
    (("提供服务类信息",), "active.service_info"),
    (("页面访问量",), "portal.column_pv"),
    (("现场接待",), "consult.onsite"),
    (("网上咨询",), "consult.online"),
    (("咨询电话",), "consult.phone"),
    (("信息目录",), "apply.catalog_items"),
    (("主动公开规范性文件",), "active.normative.published"),
    (("制发规范性文件",), "active.normative.issued_total"),
    (("主动公开政府信息数",), "active.items_total"),
    (("主动公开信息数",), "active.items_total"),
    (("提案办理结果",), "proposal.results_published"),
    (("政府公报",), "active.channel.gazette"),
    (("政府网站公开",), "active.channel.website"),
    (("政务微博",), "active.channel.weibo"),
    (("政务微信",), "active.channel.wechat"),
    (("其他方式公开",), "active.channel.other"),
    (("热点",), "response.hot_topics"),
    (("负责同志", "新闻发布会"), "response.press_conf_by_head"),
    (("新闻发布会",), "response.press_conf"),
    (("负责同志", "访谈"), "response.online_interviews_by_head"),
    (("访谈",), "response.online_interviews"),
    (("政策解读",), "response.interpretations"),
    (("微博微信回应",), "response.weibo_wechat_events"),
    (("其他方式回应",), "response.other_events"),
    (("收到申请",), "apply.received.total"),
    (("申请总数",), "apply.received.total"),
    (("其他形式",), "apply.channel.other"),
    (("电话申请",), "apply.channel.phone"),  # a local extra channel (O1 counts it)
    (("当面",), "apply.channel.in_person"),
    (("传真",), "apply.channel.fax"),
    (("网上填表",), "apply.channel.online"),  # Anhui "网上填表及电子邮件" is the online channel
    (("电子邮件",), "apply.channel.email"),
    (("网络申请",), "apply.channel.online"),
    (("网上",), "apply.channel.online"),
    (("信函",), "apply.channel.letter"),
    (("公开申请数",), "apply.received.total"),  # Anhui 信息公开申请数 (after the channels: 网上…公开申请数 is one)
    (("申请办结",), "apply.closed.total"),
    (("按时办结",), "apply.closed.on_time"),
    (("延期办结",), "apply.closed.extended"),
    (("申请答复",), "apply.answer.total"),
    (("已主动公开",), "apply.answer.already_public"),
    (("同意部分公开",), "apply.answer.partial"),
    (("不同意公开",), "apply.answer.denied"),
    (("不予公开",), "apply.answer.denied"),  # 不予公开答复数; Anhui 不予公开
    (("否决公开",), "apply.answer.denied"),
    (("同意公开",), "apply.answer.granted"),
    (("答复总数",), "apply.answer.total"),  # after the kinds of answer (否决公开答复总数, 同意公开答复数 …)
    (("答复数",), "apply.answer.total"),  # Anhui 对申请的答复数
    (("国家秘密",), "apply.answer.denied.state_secret"),
    (("商业秘密",), "apply.answer.denied.commercial_secret"),
    (("个人隐私",), "apply.answer.denied.privacy"),
    (("国家安全",), "apply.answer.denied.security_stability"),
    (("所指政府信息",), "apply.answer.denied.not_gov_info"),
    (("法律法规规定的其他情形",), "apply.answer.denied.law_other"),
    (("不属于本行政机关",), "apply.answer.not_this_agency"),
    (("非本部门",), "apply.answer.not_this_agency"),
    (("信息不存在",), "apply.answer.not_exist"),
    (("更改补充",), "apply.answer.ask_correction"),
    (("其他途径",), "apply.answer.other_channel"),
    (("申请内容不明确",), "apply.answer.unclear"),
    *(((f"免予公开范围{n}",), f"apply.answer.exempt_{n}") for n in range(1, 7)),
    (("其他原因",), "apply.answer.other_reason"),  # 其它原因 (labels are read with 其它 as 其他)
    (("首次处理不满意",), "appeal.first_handling_unsatisfied"),
    (("行政申诉",), "appeal.total"),
    (("行政复议",), "review.total"),
    (("行政诉讼",), "litigation.total"),
    (("维持",), "{b}.upheld"),
    (("纠错",), "{b}.corrected"),
    (("其他情形",), "{b}.other"),
    (("投诉",), "complaint.total"),  # 举报投诉数量; Anhui 投诉数
    (("收取的费用",), "fee.request_fees"),
    (("专门机构",), "org.dedicated_units"),
    (("查阅点",), "org.reading_points"),
    (("工作人员数",), "org.staff_total"),
    (("专职",), "org.staff_fulltime"),
    (("兼职",), "org.staff_parttime"),
    (("专项经费",), "org.budget"),
    (("会议数",), "training.meetings"),
    (("培训班",), "training.courses"),
    (("接受培训",), "training.trainees"),
    # the shortest wordings last, after the rows whose labels also print them (政府网站在线访谈)
    (("政府网站",), "active.channel.website"),  # Fujian 2009 其中：1.政府网站
    (("受理", "依申请"), "apply.received.total"),  # Fujian 2009 受理依申请公开信息总数
)


@lru_cache(maxsize=16384)
def _e2014_row(label: str) -> str | None:
    """The key (or "{b}." key pattern) of the first _E2014_ROWS entry whose words are all in the label."""
    text = _PAREN_TAIL.sub("", split_list_marker(label)[1]) or label
    return next((key for words, key in _E2014_ROWS if all(w in text for w in words)), None)


# Header words of the statistics forms. Label columns: 统计指标 / 单位 (2014 national form), 指标名称 / 计量单位
# (Shanghai style). Value columns: 统计数; 代码 / 本期实际 / 本年累计 (Shanghai style, the annual figure is 本年累计);
# local forms print several (区政府 / 区直单位 / 乡镇街道, sometimes 合计). Read 合计/总计 when printed, else the
# preferred annual column, else the first value column.
_E2014_HEADER_WORDS = frozenset(("统计指标", "指标名称", "计量单位", "代码", "统计数", "本年累计", "本期实际"))
_E2014_LABEL_COLUMNS = frozenset(("序号", "统计指标", "指标名称", "指标", "项目", "单位", "计量单位"))
_E2014_PREFERRED = ("合计", "总计", "本年累计", "统计数", "本期实际")


@lru_cache(maxsize=1024)
def _e2014_columns(header: tuple[str, ...]) -> tuple[tuple[str, ...], str, int] | None:
    """(the value columns, the one to read, its position in the header) of a form with several value
    columns; None for one."""
    columns = tuple(dict.fromkeys(n for n in header if n not in _E2014_LABEL_COLUMNS))  # spans repeat a name
    if len(columns) < 2:
        return None
    wanted = next((n for n in _E2014_PREFERRED if n in columns), columns[0])
    return columns, wanted, header.index(wanted)


def _e2014_value(row: _Row, values: list[_Cell], header: tuple[str, ...],
                 layout: tuple[tuple[str, ...], str, int] | None, one_part: bool) -> tuple[_Cell | None, str | None]:
    """The annual value of a row and, when the form has several value columns (layout: _e2014_columns(header)),
    the one it was read from; (None, column) when blank cells were lost and the column's value cannot be told.
    `one_part`: the reporter filled one of the form's part columns (see _fills_one_part)."""
    if layout is None:
        return values[0], None
    columns, wanted, position = layout
    if one_part:  # the row's one printed value is the reporter's figure, whatever its column (the others blank)
        filled = next((c for c in values if c.norm), _BLANK_CELL)
        return filled, header[row.index(filled)] if filled.norm and len(row) == len(header) else None
    if len(row) == len(header) and row[position].is_value:
        return row[position], wanted
    if len(values) == len(columns):
        return values[columns.index(wanted)], wanted
    # Blank cells vanished (a table that reached us as text). The row code (代码) is always printed; after it,
    # the last printed value is the last column's unless that one is blank too (then all are: Σ or 累计 = 0).
    printed = values[1:] if columns[0] == "代码" else values
    if wanted != columns[-1]:
        return None, wanted
    return (printed[-1] if printed else _BLANK_CELL), wanted


_PERIOD_COLUMN_WORDS = ("累计", "本期", "年度", "代码")


def _fills_one_part(rows: list[_Row], layout: tuple[tuple[str, ...], str, int] | None) -> bool:
    """Whether the form's value columns split the figure by who reports it (区政府 / 区直单位 / 乡镇街道: no total
    column, no column of another period such as 本年累计 or 历年累计, no row code) and every row prints one value
    at most: a township fills its own column only, its figures are that column's."""
    if layout is None or any(c in _E2014_PREFERRED or any(w in c for w in _PERIOD_COLUMN_WORDS) for c in layout[0]):
        return False
    return all(sum(1 for c in row.split[1] if c.norm) <= 1 for row in rows)


_E2014_VALUE_HEADERS = frozenset(("统计数", "本年累计", "本期实际", "数量", "合计"))


def _unfold(rows: list[_Row]) -> list[_Row]:
    """A form folded in two to fit the page (统计指标 / 单位 / 统计数 twice in the header row) → the left block's
    rows, then the right block's, as one form."""
    for row in rows[:3]:
        starts = [i for i, c in enumerate(row) if c.norm in ("统计指标", "指标名称")]
        blocks = list(zip(starts, [*starts[1:], len(row)], strict=False))
        # each block has its own value column (a 统计指标 header spanning two label columns is not a fold)
        if len(blocks) >= 2 and all(any(c.norm in _E2014_VALUE_HEADERS for c in row[a:b]) for a, b in blocks):
            return [_Row(r[a:b]) for a, b in blocks for r in rows]
    return rows


class _E2014Row(NamedTuple):
    """What a statistics-form row says apart from its values: see _e2014_row_plan."""

    header: bool  # a header row (统计指标 / 统计数 …)
    key: str | None  # the indicator's _E2014_ROWS key or "{b}." pattern; None for headings and unknown rows
    values: tuple[int, ...]  # positions of the value cells after the indicator
    printed: str  # the label cells as printed
    unit: str | None  # the unit cell, else the unit printed in the indicator


@lru_cache(maxsize=16384)  # rows repeat across reports with other values (a form's label cells are fixed)
def _e2014_row_plan(texts: tuple[str | None, ...]) -> _E2014Row | None:
    """The row with these cell texts (None for each value cell); None when it has no label cell."""
    cells = [None if raw is None else _cell(raw) for raw in texts]
    labels = [c for c in cells if c is not None and c.norm not in _UNIT_CELLS]
    if not labels:
        return None
    norms = _norms(labels)
    if not _E2014_HEADER_WORDS.isdisjoint(norms):  # (header words are labels)
        return _E2014Row(True, None, (), "", None)
    own = norms[-1]  # the indicator itself: a category cell (一、主动公开情况, rowspan) may precede it
    if _PAREN_TAIL.sub("", own).endswith("情况"):
        return _E2014Row(False, None, (), "", None)  # a heading such as 九、政府信息公开会议和培训情况
    label = own if len(norms) > 1 and _e2014_row(own) else "".join(dict.fromkeys(norms))
    after = texts.index(labels[-1].raw) + 1
    values = tuple(j for j in range(after, len(texts)) if texts[j] is None)
    unit = next((c.raw.strip() for c in cells if c is not None and c.norm in _UNIT_CELLS), None)
    return _E2014Row(False, _e2014_row(label), values, _printed(labels), unit if unit is not None else unit_of(label))


_E2014_BLOCK_TOTALS = frozenset(("review.total", "litigation.total"))
_REMARKS = frozenset(("备注", "说明", "备考"))


def _e2014(rows: list[_Row]) -> list[Fact]:
    rows = _unfold(rows)
    block: str | None = None  # review or litigation: the block of the shared "{b}." rows that follow
    seen: set[str] = set()
    facts: list[Fact] = []
    header: tuple[str, ...] = ()
    layout = _e2014_columns(header)
    one_part = False
    continues_header = False  # one-value-per-line text prints each header word on its own row
    remarks: int | None = None  # the position of a 备注 (remarks) column: its notes are neither labels nor values
    for row in rows:
        if remarks is not None and len(row) > remarks:
            row = _Row([*row[:remarks], *row[remarks + 1:]])
        plan = _e2014_row_plan(tuple([None if c.is_value else c.raw for c in row]))  # (an empty cell is a value)
        if plan is None:
            continue
        if plan.header:
            found = next((j for j, c in enumerate(row) if c.text in _REMARKS), None) if remarks is None else None
            if found is not None:
                remarks, row = found, _Row([*row[:found], *row[found + 1:]])
            header = (*(header if continues_header else ()), *(c.norm for c in row))
            layout = _e2014_columns(header)
            one_part = _fills_one_part(rows, layout)
            continues_header = True
            continue
        continues_header = False
        key = plan.key
        if key is None:
            continue
        if key in _E2014_BLOCK_TOTALS:
            block = key.split(".")[0]
        elif "{b}" in key:
            if block is None:
                continue
            key = key.format(b=block)
        if key in seen or not _unit_fits(key, plan.unit):
            continue
        values = [row[j] for j in plan.values]
        if not values:
            continue
        cell, column = _e2014_value(row, values, header, layout, one_part)
        if cell is None:
            continue
        fact = _fact(key, cell, f"{plan.printed} × {column}" if column else plan.printed, plan.unit)
        if fact:
            seen.add(key)
            facts.append(fact)
    return facts if len(facts) >= 3 else []  # a stray match is not a statistics table


_MONEY_UNITS = frozenset(("万元", "元"))


def _unit_fits(key: str, unit: str | None) -> bool:
    """Whether the unit a row prints fits its key's: an amount of money is no count (a local row "…“三公”经费信息 |
    条" counts published items; it is not the 专项经费 row in 万元, spec 2.4)."""
    key_unit = _KEY_UNITS.get(key)
    if unit is None or key_unit is None or unit not in _UNIT_CELLS:
        return True
    return (unit in _MONEY_UNITS) == (key_unit in _MONEY_UNITS)


def _e2014_plans(rows: list[_Row]) -> Iterator[_E2014Row]:
    """The plans of the rows that have a label cell."""
    for row in rows:
        plan = _e2014_row_plan(tuple([None if c.is_value else c.raw for c in row]))
        if plan is not None:
            yield plan


def _e2014_is_form(rows: list[_Row]) -> bool:
    """The rows print a statistics form: its header row, or at least three of its indicators."""
    keyed = 0
    for plan in _e2014_plans(rows):
        keyed += plan.key is not None
        if plan.header or keyed >= 3:
            return True
    return False


def _e2014_goes_on(rows: list[_Row]) -> bool:
    """The table continues a form cut by a page break: one of its first three labelled rows is the form's header
    (printed again) or one of its indicators."""
    return any(plan.header or plan.key is not None for plan in itertools.islice(_e2014_plans(rows), 3))


def _e2014_forms(tables: list[_Table]) -> dict[int, list[_Row]]:
    """The rows of each statistics form, by the index of its first table: a form cut into several tables is read
    as one (the rows after the break keep the heading above it, and a short part is not a stray match)."""
    forms: dict[int, list[_Row]] = {}
    first: int | None = None
    for i, table in enumerate(tables):
        if first is not None and _e2014_goes_on(table.rows) and _e2014_is_form(forms[first]):
            forms[first] = forms[first] + table.rows
        else:
            first, forms[i] = i, table.rows
    return forms


# ---------------------------------------------------------------- entry point


# Words of section-三 data rows, to recognise the continuation of a cut table.
_S3_WORDS = ("予以公开", "部分公开", "结转下", "办理结果", *(word for _, word in _CATEGORIES),
             *(w for children in _CHILDREN.values() for _, words in children for w in words if w != "其他"))


# The table words: those that tell the template the grids show, and the words a section mapper needs to find
# anything in a table (tables printing none are skipped): section 二 its published-total line or a header row,
# section 三 its first data row, section 四 the header's top row or a transposed table's review block. Each cell
# text is tested once (_Cell.bits); a table keeps the union of its cells' bits.
_TABLE_WORDS = tuple(dict.fromkeys((*(m for markers in _TEMPLATE_MARKERS.values() for m in markers), "本年新收",
                                    "尚未审结", _PUBLISHED_TOTAL_WORD, "新收", "上年结转", "结转下", *_S4_BLOCK_WORDS,
                                    "行政诉讼")))
_BIT = {word: 1 << i for i, word in enumerate(_TABLE_WORDS)}
_S2_HEADER_BIT = 1 << len(_TABLE_WORDS)  # a section-二 column header printing no subject: a header row's cell
_S3_HEADER_BIT = _S2_HEADER_BIT << 1  # a 自然人 or 申请人情况 cell
_S2_NEEDED = _BIT[_PUBLISHED_TOTAL_WORD] | _S2_HEADER_BIT
_S3_NEEDED = _BIT["新收"] | _BIT["上年结转"]
_S3_ROW_KEYS = _S3_NEEDED | _BIT["结转下"]  # the words of the row keys _s3_state looks for
_S4_NEEDED = _BIT["行政复议"]
_S4_BLOCKS = _S4_NEEDED | _BIT["直接起诉"] | _BIT["复议后起诉"]
_S4_WORDS = _S4_BLOCKS | _BIT["行政诉讼"]
_S4_2019_WORDS = _BIT["尚未审结"] | _BIT["直接起诉"] | _BIT["复议后起诉"]  # cells no older form prints  # the tables of a section 四 printed in parts
_TEMPLATE_BITS = {t: sum(_BIT[m] for m in markers) for t, markers in _TEMPLATE_MARKERS.items()}


# Most label texts print none of the words _text_bits looks for: one search tells
_ANY_TABLE_WORD = re.compile("|".join(map(re.escape, (*_TABLE_WORDS, *(w for _, w in _S2_COLUMNS), "自然人", "申请人情况"))))


def _text_bits(norm: str) -> int:
    """The bits of the table words a normalised label text prints."""
    if not _ANY_TABLE_WORD.search(norm):
        return 0
    bits = sum(bit for word, bit in _BIT.items() if word in norm)
    if _s2_column(norm) is not None and _s2_subject(split_list_marker(norm)[1]) is None:
        bits |= _S2_HEADER_BIT
    if norm in ("自然人", "申请人情况"):
        bits |= _S3_HEADER_BIT
    return bits


def _s3_state(table: _Table) -> tuple[bool, bool, bool]:
    """(has the section-三 header, has its first data row, has its last data row) in this table."""
    header = bool(table.bits & _S3_HEADER_BIT)
    if not table.bits & _S3_ROW_KEYS:
        return header, False, False
    rows = table.rows
    start = any(row.own_s3_key in ("apply.received_new", "apply.carried_in") for row in rows)
    return header, start, any(row.own_s3_key == "apply.carried_out" for row in reversed(rows))  # the last row


def _is_s3_header_row(row: _Row) -> bool:
    """A row of the section-三 header: the 勾稽关系 note, 申请人情况, or the applicant column words."""
    return any(_is_s3_header_cell(c.norm) for c in row)


@lru_cache(maxsize=65536)
def _is_s3_header_cell(norm: str) -> bool:
    return "勾稽关系" in norm or norm in ("申请人情况", "法人或其他组织") or _column_of(norm) is not None


def _join_continued(tables: list[_Table]) -> list[_Table]:
    """Join a table cut into several tables (header apart, page breaks) back into one: section 三 with or without
    its header printed again, and section-二 or section-四 rows going on without their caption or header."""
    joined: list[_Table] = []
    state = (False, False, False)
    for table in tables:
        header, start, end = state
        next_state = _s3_state(table)
        body: list[_Row] | None = None
        if joined and (header or start) and not end and not (start and next_state[1]):
            rows = table.rows
            s3_body = rows[next((i for i, row in enumerate(rows) if not _is_s3_header_row(row)), len(rows)):]
            first_labels = "\n".join(c.norm for row in s3_body[:3] for c in row)  # (no whitespace in a c.norm)
            if next_state[1] or any(w in first_labels for w in _S3_WORDS):  # the table goes on
                # a header printed again after the page break is dropped (its words stay: they only gate mappers)
                body = s3_body
        if body is None and joined and _goes_on_bare(joined[-1], table):
            body = table.rows
        if body is not None:
            last = joined[-1]
            joined[-1] = _Table(last.rows + body, last.bits | table.bits)
            state = (header or next_state[0], start or next_state[1], next_state[2])
            continue
        joined.append(table)
        state = next_state
    return joined


def _goes_on_bare(above: _Table, table: _Table) -> bool:
    """Whether `table` goes on with the section-二 or section-四 table above, cut by a page break without its caption
    and header printed again: section-二 rows open it after section-二 rows, or section 四's value row (maybe under
    the rest of a header whose merged cells were cut) follows its header."""
    if not above.bits & (_S2_HEADER_BIT | _S4_NEEDED):
        return False
    last = next((row for row in reversed(above.rows) if any(c.norm for c in row)), None)
    if last is None:
        return False
    if above.bits & _S4_NEEDED and not table.bits & _S4_NEEDED and not _has_number(last):
        v = next((i for i, row in enumerate(table.rows) if _has_number(row)), None)
        if v is None or not all(map(_is_s4_header_row, table.rows[:v])):
            return False
        labels, values = table.rows[v].split  # (15 values, or 12 without the 总计 columns; text grids lose blanks)
        return not labels.cells and len(values) >= 5
    first = next((row for row in table.rows if any(c.norm for c in row)), None)
    if first is None or not above.bits & _S2_HEADER_BIT or not _is_s2_row(last):
        return False
    labels, values = first.split
    return (_has_number(values) and any(_s2_subject(c.text) for c in labels.cells)
            and not any(_s2_column(c.norm) for c in labels.cells))


def _is_s4_header_row(row: _Row) -> bool:
    """A row of section 四's header printing only its result words (blank cells where merged ones were cut)."""
    return all(not c.norm or any(word in c.norm for _, word in _REVIEW_WORDS) for c in row)


def _is_s2_row(row: _Row) -> bool:
    """A section-二 header row or subject row."""
    return any(not c.is_value and (_s2_column(c.norm) or _s2_subject(c.text)) for c in row)


def facts_from_grids(grids: list[Grid], template: str | None = None) -> tuple[list[Fact], str | None]:
    """Table facts (source='table') from all grids of a report, and the template the grids show."""
    tables = [_table(grid) for grid in grids]
    detected = _template_of(reduce(or_, (t.bits for t in tables), 0), template)
    facts: dict[str, Fact] = {}
    joined = _join_continued(tables)
    forms = _e2014_forms(joined) if detected in (None, "e2014") else {}
    # an all-blank table was not filled in (no zeros), unless another table of its section was: a section 二 printed
    # as one table per 第二十条 item may print a row of dashes ("—" fees) among tables of numbers
    blank_parts: list[list[Fact]] = [[], [], [], []]
    reported = [False] * 4
    for i, table in enumerate(joined):
        # an older statistics form prints 行政复议数 and 行政诉讼数 rows but none of the 2019 section-四 cells: the
        # form's mapper reads them (the section-四 mapper would place its few numbers in the 15 cells)
        older_form = i in forms and not table.bits & _S4_2019_WORDS
        sections = [_section2(table) if table.bits & _S2_NEEDED else [],
                    _section3(table, detected or template) if table.bits & _S3_NEEDED else [],
                    _section4(table) if table.bits & _S4_NEEDED and not older_form else []]
        if i in forms:
            sections.append(_e2014(forms[i]))
        for s, found in enumerate(sections):
            if not _reported(found):
                blank_parts[s] += found
                continue
            reported[s] = True
            for fact in found:
                facts.setdefault(fact.key, fact)  # the first table wins over repeats further down
    for section_reported, blank in zip(reported, blank_parts, strict=True):
        for fact in blank if section_reported else []:
            facts.setdefault(fact.key, fact)  # (after every printed number)
    if (detected or template) in ("t2019", "t2021") and "review.total" not in facts:  # (a table of these forms)
        s4_tables = [t for t in tables if t.bits & _S4_WORDS]
        # the 15 keys name the three blocks: unless cells print all three, no layout gives them (and its rows are
        # not read)
        if reduce(or_, (t.bits for t in s4_tables), 0) & _S4_BLOCKS == _S4_BLOCKS:
            by_blocks = _section4_by_blocks([row for t in s4_tables for row in t.rows])
            for fact in by_blocks if _reported(by_blocks) else []:
                facts.setdefault(fact.key, fact)
    return list(facts.values()), detected
