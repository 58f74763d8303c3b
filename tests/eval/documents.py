"""The PDF edition of a generated report: the page becomes a short "详见附件" page linking a PDF that holds the
same prose and tables (reportlab, through tests/attachment_factory), so the attachment path of parse_report
is measured against the same ground truth."""

from __future__ import annotations

import io
import re
from html import escape

from attachment_factory import Spec, _document, _styles, c, expand, pdf_table
from lxml import etree

from pipelines.decode import decode_html
from pipelines.records import Fetched

from .generate import Case

_CONTAINER = etree.XPath("//*[contains(concat(' ', @class, ' '), ' TRS_Editor ') or @id='zoom']")
_VALUE = re.compile(r"^[\s\d,，.+\-—/／无\u3000\xa0０-９]*$")
_PORTRAIT_WIDTH, _LANDSCAPE_WIDTH = 515.0, 762.0
_WIDE_TABLE = 12  # columns: section 四 goes on a landscape page
_LONG_TABLE = 12  # rows: section 三 starts a new page


def _spec(table: etree._Element) -> Spec:
    """Cells as (text, rowspan, colspan); a rowspan running past the table's last row is cut (browsers do)."""
    rows = list(table.iter("tr"))
    return [[c(" ".join("".join(cell.itertext()).split()), min(int(cell.get("rowspan", 1)), len(rows) - r),
               int(cell.get("colspan", 1))) for cell in tr if cell.tag in ("td", "th")] for r, tr in enumerate(rows)]


def _widths(spec: Spec, total: float) -> list[float]:
    """Label columns twice as wide as value columns (a value column holds only numbers in the last row)."""
    last = expand(spec)[-1]
    weights = [1.0 if _VALUE.match(text) else 2.2 for text in last]
    unit = total / sum(weights)
    return [w * unit for w in weights]


def pdf_bytes(case: Case) -> bytes | None:
    """The report body of a TRS or Hanweb case as a PDF; None for other page kinds and tables too tall to lay out."""
    html = decode_html(case.pages[0].body, case.pages[0].headers).text
    root = etree.fromstring(html, etree.HTMLParser())
    containers = _CONTAINER(root)
    if not containers or len(case.pages) > 1:
        return None
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph
    from reportlab.platypus.doctemplate import LayoutError

    _, body = _styles()
    story = [Paragraph(escape(case.truth.title), body)]
    specs = [_spec(el) for el in containers[0] if el.tag == "table"]
    headers = [not any(t.strip() and _VALUE.match(t) for t in expand(s)[-1]) for s in specs]
    # a header printed as its own table lines up with the table below it (the same ruled grid, cut in two)
    shapes = [specs[i + 1] if header and i + 1 < len(specs) else s
              for i, (s, header) in enumerate(zip(specs, headers, strict=True))]
    tables = iter(zip(specs, shapes, headers, strict=True))
    after_header = False
    for el in containers[0]:
        if el.tag == "table":
            spec, shape, header = next(tables)
            wide = len(expand(spec)[0]) >= _WIDE_TABLE
            table = pdf_table(spec, _widths(shape, _LANDSCAPE_WIDTH if wide else _PORTRAIT_WIDTH), size=7)
            if wide:
                story += [NextPageTemplate("landscape"), PageBreak(), table, NextPageTemplate("portrait"), PageBreak()]
            else:  # long tables start a page, as exporters lay them out (reportlab cannot split merged labels)
                long = header or (len(spec) > _LONG_TABLE and not after_header)
                story += [PageBreak(), table] if long else [table]
            after_header = header
        elif text := " ".join("".join(el.itertext()).split()):
            story.append(Paragraph(escape(text), body))
    buffer = io.BytesIO()
    try:
        _document(buffer).build(story)
    except LayoutError:  # a spanned block taller than a page: reportlab cannot split it, portals' PDFs can
        return None
    return buffer.getvalue()


def pdf_case(case: Case) -> tuple[list[Fetched], list[Fetched]] | None:
    """(pages, attachments): a link page naming the report and its PDF, as portals publish 附件-only reports."""
    pdf = pdf_bytes(case)
    if pdf is None:
        return None
    url = case.url
    pdf_url = url.rsplit("/", 1)[0] + "/P020250101000001.pdf"
    page = f"""<html><head><meta charset="utf-8"><title>{escape(case.truth.title)}</title></head><body>
<div class="info">发布机构：{escape(case.truth.agency)}</div>
<div class="TRS_Editor"><p>{escape(case.truth.title)}详见附件。</p>
<p>附件：<a href="./P020250101000001.pdf">{escape(case.truth.title)}.pdf</a></p></div></body></html>"""
    return ([Fetched(url=url, body=page.encode("utf-8"), headers={"content-type": "text/html; charset=utf-8"})],
            [Fetched(url=pdf_url, body=pdf, headers={"content-type": "application/pdf"})])


def flattened_case(case: Case) -> tuple[list[Fetched], list[Fetched]] | None:
    """A copy whose tables were pasted as text (mirrors, editors that drop table markup): one line per row, the
    non-empty cells joined by " | ". Blank cells vanish, so positions are lost (spec 2.7): facts may go missing,
    but none may be wrong."""
    if len(case.pages) > 1:
        return None
    html = decode_html(case.pages[0].body, case.pages[0].headers).text
    root = etree.fromstring(html, etree.HTMLParser())
    containers = _CONTAINER(root)
    if not containers:
        return None
    for table in list(containers[0].iter("table")):
        lines = []
        for tr in table.iter("tr"):
            cells = [text for cell in tr if cell.tag in ("td", "th") and (text := " ".join("".join(cell.itertext()).split()))]
            if cells:
                lines.append(" | ".join(cells) + " |")
        replacement = etree.fromstring("<div>" + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</div>",
                                       etree.HTMLParser()).find(".//div")
        table.getparent().replace(table, replacement)
    body = etree.tostring(root, encoding="unicode", method="html").encode("utf-8")
    return ([Fetched(url=case.url, body=body, headers={"content-type": "text/html; charset=utf-8"})], [])
