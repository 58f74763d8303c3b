"""Report PDFs made the way portals make them, with their exact ground truth.

The content (prose, tables, every table fact) comes from generated report pages (tests/eval, whose `Truth`
lists every key → value). Two editions of a report are produced:

* `word_pdf`: a DOCX written with python-docx (real merged cells, a CJK East-Asian font, numbers right-aligned,
  header rows marked "repeat as header row", section 四 on a landscape section), exported to PDF by
  LibreOffice headless, as clerks export from Word/WPS: glyph-run text, subset-embedded fonts, section 三
  running over a page break with its header repeated and labels wrapped over lines;
* `browser_pdf`: the report page itself printed by headless Chromium ("print to PDF"), landscape by CSS.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from attachment_factory import Spec, expand, placements
from eval.documents import _CONTAINER, _VALUE, _spec
from eval.generate import Case, Truth, generate
from lxml import etree

from pipelines.attachments.convert import soffice_path
from pipelines.decode import decode_html
from pipelines.numbers import parse_cell

CHROMIUM = "/usr/bin/chromium"
CJK_FONT_NAME = "WenQuanYi Micro Hei"
SEED = 11
# name → case index in generate(40, SEED): one plain case of each era whose HTML page reads back exactly (the
# t2019 one's Word export breaks the row "2.其他法律行政法规禁止公开" across the page break)
CASES = {"t2021": 38, "t2019": 11, "e2014": 19}
_WIDE_TABLE = 12  # columns: section 四 is printed on a landscape page
_TIMEOUT = 120


@dataclass(slots=True)
class Document:
    truth: Truth
    title: str
    blocks: list[str | Spec]  # paragraphs and tables in reading order
    html: str  # the decoded report page


@cache
def _cases() -> list[Case]:
    return generate(max(CASES.values()) + 1, SEED)


def document(name: str) -> Document:
    case = _cases()[CASES[name]]
    html = decode_html(case.pages[0].body, case.pages[0].headers).text
    root = etree.fromstring(html, etree.HTMLParser())
    blocks: list[str | Spec] = []
    for element in _CONTAINER(root)[0]:
        if element.tag == "table":
            blocks.append(_spec(element))
        elif text := " ".join("".join(element.itertext()).split()):
            blocks.append(text)
    return Document(case.truth, case.truth.title, blocks, html)


# --------------------------------------------------------------------------------------------- Word → PDF
def _is_value(text: str) -> bool:
    """A number or a word printed for zero (无, 無, —, /)."""
    return bool(text.strip()) and (bool(_VALUE.match(text)) or parse_cell(text).flag is not None)


def _header_row_count(spec: Spec) -> int:
    """Rows above the first one holding a value: what Word repeats on every page the table runs over."""
    for index, row in enumerate(expand(spec)):
        if any(_is_value(text) for text in row):
            return index
    return 0


def _east_asian_font(run, size: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = CJK_FONT_NAME
    run.font.size = Pt(size)
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), CJK_FONT_NAME)


def _write(paragraph, text: str, size: float, align=None) -> None:
    paragraph.paragraph_format.space_after = 0
    if align is not None:
        paragraph.alignment = align
    _east_asian_font(paragraph.add_run(text), size)


def _add_table(document, spec: Spec, width_cm: float) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    grid = expand(spec)
    n_cols = len(grid[0])
    table = document.add_table(rows=len(grid), cols=n_cols)
    table.style = "Table Grid"
    table.autofit = False
    last = grid[-1]
    weights = [1.0 if not text.strip() or _is_value(text) else 2.4 for text in last]
    unit = width_cm / sum(weights)
    for column, weight in zip(table.columns, weights, strict=True):
        for cell in column.cells:
            cell.width = Cm(weight * unit)
    for index in range(_header_row_count(spec)):  # "repeat as header row at the top of each page"
        properties = table.rows[index]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        properties.append(header)
    size = 8 if n_cols >= _WIDE_TABLE else 9
    for r, col, rowspan, colspan, text in placements(spec):
        cell = table.cell(r, col)
        if rowspan > 1 or colspan > 1:
            cell = cell.merge(table.cell(r + rowspan - 1, col + colspan - 1))
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _write(cell.paragraphs[0], text, size, WD_ALIGN_PARAGRAPH.RIGHT if _is_value(text) else None)


def docx_bytes(doc: Document) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    _write(word.add_paragraph(), doc.title, 16, WD_ALIGN_PARAGRAPH.CENTER)
    for block in doc.blocks:
        if isinstance(block, str):
            _write(word.add_paragraph(), block, 11)
            continue
        wide = len(expand(block)[0]) >= _WIDE_TABLE
        if wide:  # section 四: a landscape section of its own, then back to portrait
            turned = word.add_section(WD_SECTION.NEW_PAGE)
            turned.orientation = WD_ORIENT.LANDSCAPE
            turned.page_width, turned.page_height = Cm(29.7), Cm(21)
        _add_table(word, block, 25.0 if wide else 16.6)
        word.add_paragraph()  # Word keeps a paragraph mark between tables (else they would be one table)
        if wide:
            upright = word.add_section(WD_SECTION.NEW_PAGE)
            upright.orientation = WD_ORIENT.PORTRAIT
            upright.page_width, upright.page_height = Cm(21), Cm(29.7)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _run(command: list[str], home: str) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=_TIMEOUT, env={**os.environ, "HOME": home})


def word_pdf(doc: Document, workdir: Path) -> bytes:
    """The DOCX exported to PDF by LibreOffice headless (private profile, as pipelines/attachments/convert.py)."""
    source = workdir / "report.docx"
    source.write_bytes(docx_bytes(doc))
    _run([soffice_path() or "soffice", f"-env:UserInstallation={(workdir / 'profile').as_uri()}", "--headless",
          "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", str(workdir), str(source)], str(workdir))
    return (workdir / "report.pdf").read_bytes()


# --------------------------------------------------------------------------------------------- browser → PDF
_DECLARED_CHARSET = re.compile(r"<meta[^>]*charset[^>]*>", re.IGNORECASE)
_PRINT_CSS = """<style>
@page { size: A4 ORIENTATION; margin: 12mm; }
body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td, th { border: 0.75pt solid #000; padding: 2pt 3pt; font-size: 9pt; }
</style>"""


def browser_pdf(doc: Document, workdir: Path, orientation: str = "landscape") -> bytes:
    """The report page printed to PDF by headless Chromium (the page's own markup, A4 by CSS @page)."""
    page = workdir / "report.html"
    html = _DECLARED_CHARSET.sub("", doc.html)  # the text is decoded already: it is written as UTF-8
    style = '<meta charset="utf-8">' + _PRINT_CSS.replace("ORIENTATION", orientation)
    page.write_text(html.replace("</head>", style + "</head>", 1), encoding="utf-8")
    out = workdir / "report.pdf"
    _run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
          f"--user-data-dir={workdir / 'chromium'}", f"--print-to-pdf={out}", page.as_uri()], str(workdir))
    return out.read_bytes()


KINDS = ("word", "browser-landscape", "browser-portrait")


def make(name: str, kind: str, workdir: Path | None = None) -> bytes:
    """One realistic PDF of case `name`; kind is one of KINDS: "word" (DOCX → LibreOffice) or "browser-<orientation>"
    (Chromium print)."""
    with tempfile.TemporaryDirectory(prefix="xxgk-realistic-") as tmp:
        work = workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if kind == "word":
            return word_pdf(document(name), work)
        return browser_pdf(document(name), work, kind.removeprefix("browser-"))
