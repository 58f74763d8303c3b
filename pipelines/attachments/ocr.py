"""Optional OCR of image-only tables with Tesseract (chi_sim), off unless the caller asks for it.

Ruled tables defeat Tesseract's layout analysis, so the ruling lines are found first (long runs of dark
pixels), erased, and used as the table grid: every recognised word is placed in the cell its centre
falls in, and cells with no rule between them are one merged cell whose text fills every position it
covers (the same expansion as HTML and PDF tables).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from dataclasses import dataclass, field

from ..records import Grid

DEFAULT_TIMEOUT = 180.0
_DARK = 140  # grey level below which a pixel is ink
_JOIN = 4  # pixels: rule segments this close are one rule
_EDGE_NOISE = "|｜ ,，"
_MIN_ROW = 8  # pixels: rule positions closer than this are the same (thick) rule


class OcrError(Exception):
    """Tesseract is missing, failed or timed out."""


@dataclass(slots=True)
class OcrResult:
    text: str
    grid: Grid = field(default_factory=list)


@dataclass(slots=True)
class _Word:
    x0: int
    y0: int
    x1: int
    y1: int
    text: str
    line: tuple[int, int, int]


Rule = tuple[float, int, int, int]  # position across the rule, start, end (along the rule), thickness


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def ocr_image(image: bytes, *, lang: str = "chi_sim", timeout: float = DEFAULT_TIMEOUT) -> OcrResult:
    import numpy as np
    from PIL import Image

    if not tesseract_path():
        raise OcrError("tesseract is not installed; run scripts/install.sh (tesseract-ocr-chi-sim)")
    pixels = np.asarray(Image.open(io.BytesIO(image)).convert("L")).copy()
    dark = pixels < _DARK
    # Full rules (a sixth of the width) give the row height; characters are smaller than a row, so
    # shorter rules are accepted only when longer than any character stroke could be.
    rows = _positions(_rules(dark, min_length=max(40, dark.shape[1] // 6)))
    horizontal: list[Rule] = []
    vertical: list[Rule] = []
    if len(rows) >= 2:
        band = min(b - a for a, b in zip(rows, rows[1:], strict=False))
        horizontal = _rules(dark, min_length=max(40, int(band * 1.5)))
        vertical = _rules(dark.T, min_length=max(10, int(band * 0.75)))
    for position, start, end, thickness in horizontal:  # erased with the grey fringe of a scanned line
        reach = thickness // 2 + 3
        pixels[max(0, int(position) - reach): int(position) + reach + 1, start:end] = 255
    for position, start, end, thickness in vertical:
        reach = thickness // 2 + 3
        pixels[start:end, max(0, int(position) - reach): int(position) + reach + 1] = 255
    clean = Image.fromarray(pixels)
    words = _tesseract_words(clean, lang, timeout)
    text = "\n".join(_join_words([w.text for w in line]) for line in _by_line(words))
    ys, xs = _positions(horizontal), _positions(vertical)
    if len(ys) < 2 or len(xs) < 2:
        return OcrResult(text, _column_grid(words))
    owners = _merged_cells(ys, xs, horizontal, vertical)
    return OcrResult(text, _read_cells(clean, ys, xs, owners, lang, timeout))


def _rules(dark, min_length: int) -> list[Rule]:
    """Runs of ink at least min_length long in each row of `dark`, merged across neighbouring rows."""
    import numpy as np

    found: list[list[float]] = []  # [position sum, count, start, end, last row]
    for index in range(dark.shape[0]):
        row = dark[index]
        if row.sum() < min_length:
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
        for start, end in zip(edges[::2], edges[1::2], strict=False):
            if end - start < min_length:
                continue
            for rule in found:  # same rule, next pixel row of its thickness
                if index - rule[4] <= 1 and start < rule[3] + _JOIN and end > rule[2] - _JOIN:
                    rule[0] += index
                    rule[1] += 1
                    rule[2], rule[3], rule[4] = min(rule[2], start), max(rule[3], end), index
                    break
            else:
                found.append([index, 1, start, end, index])
    return [(total / count, int(start), int(end), int(count)) for total, count, start, end, _ in found]


def _positions(rules: list[Rule]) -> list[float]:
    positions: list[float] = []
    for position in sorted(rule[0] for rule in rules):
        if not positions or position - positions[-1] > _MIN_ROW:
            positions.append(position)
    return positions


def _covers(rules: list[Rule], position: float, along: float) -> bool:
    return any(abs(p - position) <= _MIN_ROW and start - _JOIN <= along <= end + _JOIN for p, start, end, _ in rules)


def _merged_cells(ys: list[float], xs: list[float], horizontal: list[Rule],
                  vertical: list[Rule]) -> dict[tuple[int, int], tuple[int, int]]:
    """Grid position → the top-left position of the cell covering it (no rule between two
    neighbouring positions means one merged cell)."""
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(n_rows) for c in range(n_cols)}

    def root(cell: tuple[int, int]) -> tuple[int, int]:
        while parent[cell] != cell:
            cell = parent[cell]
        return cell

    for r in range(n_rows):
        middle_y = (ys[r] + ys[r + 1]) / 2
        for c in range(n_cols):
            middle_x = (xs[c] + xs[c + 1]) / 2
            if c + 1 < n_cols and not _covers(vertical, xs[c + 1], middle_y):
                a, b = root((r, c)), root((r, c + 1))
                parent[max(a, b)] = min(a, b)
            if r + 1 < n_rows and not _covers(horizontal, ys[r + 1], middle_x):
                a, b = root((r, c)), root((r + 1, c))
                parent[max(a, b)] = min(a, b)
    return {position: root(position) for position in parent}


def _read_cells(image, ys: list[float], xs: list[float], owners: dict[tuple[int, int], tuple[int, int]],
                lang: str, timeout: float) -> Grid:
    """Each cell's picture, cut out and stacked one below the other with wide gaps, read by one Tesseract
    run: a clean column of one-cell lines reads far better than the ruled table."""
    from PIL import Image

    boxes: dict[tuple[int, int], list[float]] = {}
    for (r, c), owner in owners.items():
        box = boxes.setdefault(owner, [xs[c], ys[r], xs[c + 1], ys[r + 1]])
        box[:] = [min(box[0], xs[c]), min(box[1], ys[r]), max(box[2], xs[c + 1]), max(box[3], ys[r + 1])]
    crops = []
    for owner, (x0, y0, x1, y1) in sorted(boxes.items()):
        crop = image.crop((int(x0) + 4, int(y0) + 4, int(x1) - 3, int(y1) - 3))
        if crop.width > 4 and crop.height > 4 and crop.getextrema()[0] < _DARK:
            crops.append((owner, crop))
    if not crops:
        return []
    gap = 30
    stack = Image.new("L", (max(c.width for _, c in crops) + 2 * gap, sum(c.height + gap for _, c in crops) + gap), 255)
    spans: list[tuple[int, int, tuple[int, int]]] = []
    top = gap
    for owner, crop in crops:
        stack.paste(crop, (gap, top))
        spans.append((top, top + crop.height, owner))
        top += crop.height + gap
    found: dict[tuple[int, int], list[_Word]] = {}
    for word in _tesseract_words(stack, lang, timeout):
        middle = (word.y0 + word.y1) / 2
        owner = next((o for start, end, o in spans if start - gap / 2 <= middle <= end + gap / 2), None)
        if owner is not None:
            found.setdefault(owner, []).append(word)
    texts = {owner: _strip_noise("".join(_join_words([w.text for w in line]) for line in _by_line(words)))
             for owner, words in found.items()}
    grid = [[texts.get(owners[(r, c)], "") for c in range(len(xs) - 1)] for r in range(len(ys) - 1)]
    return [row for row in grid if any(row)]


def _column_grid(words: list[_Word]) -> Grid:
    """No rules found: one row per text line, cells placed by clustering their centres into columns."""
    lines = []
    for line in _by_line(words):
        cells: list[list] = []  # [x0, x1, texts]
        height = sorted(w.y1 - w.y0 for w in line)[len(line) // 2]
        for word in line:
            if cells and word.x0 - cells[-1][1] <= height * 1.2:
                cells[-1][1] = word.x1
                cells[-1][2].append(word.text)
            else:
                cells.append([word.x0, word.x1, [word.text]])
        lines.append([((x0 + x1) / 2, _join_words(parts)) for x0, x1, parts in cells])
    centres = sorted(centre for cells in lines for centre, _ in cells)
    if not centres:
        return []
    spread = max(12.0, (centres[-1] - centres[0]) / 40)
    columns: list[list[float]] = []
    for centre in centres:
        if columns and centre - columns[-1][-1] <= spread:
            columns[-1].append(centre)
        else:
            columns.append([centre])
    middles = [sum(c) / len(c) for c in columns]
    grid = []
    for cells in lines:
        row = [""] * len(middles)
        for centre, text in cells:
            index = min(range(len(middles)), key=lambda i, centre=centre: abs(middles[i] - centre))
            row[index] = f"{row[index]} {text}".strip()
        grid.append(row)
    return grid


def _tesseract_words(image, lang: str, timeout: float) -> list[_Word]:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    try:
        done = subprocess.run([tesseract_path() or "tesseract", "stdin", "stdout", "-l", lang, "--psm", "6", "tsv"],
                              input=buffer.getvalue(), capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise OcrError(f"tesseract timed out after {timeout:.0f} s") from None
    if done.returncode != 0:
        raise OcrError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace').strip()[-300:]}")
    words = []
    for row in csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t",
                              quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") == "5" and text:
            x0, y0 = int(row["left"]), int(row["top"])
            words.append(_Word(x0, y0, x0 + int(row["width"]), y0 + int(row["height"]), text,
                               (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


def _strip_noise(text: str) -> str:
    """Quote marks, bars and commas Tesseract reads off the remains of an erased rule at a cell's edge."""
    return text.strip(_EDGE_NOISE)


def _by_line(words: list[_Word]) -> list[list[_Word]]:
    lines: dict[tuple[int, int, int], list[_Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [sorted(line, key=lambda w: w.x0) for _, line in sorted(lines.items())]


def _join_words(parts: list[str]) -> str:
    """Tesseract separates CJK characters by spaces; only ASCII words keep the space between them."""
    text = ""
    for part in parts:
        text += (" " if text and text[-1].isascii() and part[0].isascii() else "") + part
    return text
