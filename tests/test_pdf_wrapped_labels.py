"""Section 三 tables printed in a PDF without ruling lines (columns kept apart by white space only) whose row labels
wrap onto two or three lines (spec 1(b)/1(c), keys 2.2). Whether the label's extra lines sit below the line with the
values (cells aligned to the top), around it (vertically centred) or above it (aligned to the bottom), and whether a
merged label cell (三、本年度办理结果, （三）不予公开 …) is printed beside the middle of its rows, every value must
land on its own row: all 7 columns of every row, nothing recorded that the table does not print."""

from __future__ import annotations

import html
import io
import re

import attachment_factory as factory
import pytest
import realistic_pdfs
import test_probe_accuracy_10 as p10

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

PAGE_URL = "http://www.example.gov.cn/art/2022/3/9/art_1229_60012.html"
PDF_URL = "http://www.example.gov.cn/module/download/downfile.jsp?filename=P020220309.pdf"
# label columns narrow enough that "2.其他法律行政法规禁止公开" wraps ("2.其他法律行政法规禁止" + "公开")
_S3_LABEL_WIDTHS = {9: [62, 112], 10: [62, 74, 112]}  # by the table's column count (t2019 / t2021 layouts)
_VALUE_WIDTH = 36
_CATEGORY = re.compile("（[三四五六]）")  # a category row without values of its own: left blank


def _unruled_table(spec: factory.Spec, valign: str):
    """A reportlab table without any rule, its cells aligned vertically as asked; blank section 三 value cells
    printed as 0 (a blank cell without rules cannot be told from a missing one), category rows left blank."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell_style, _ = factory._styles(9)
    grid = factory.expand(spec)
    width = len(grid[0])
    s3 = width in _S3_LABEL_WIDTHS and "自然人" in str(spec)
    labels = _S3_LABEL_WIDTHS[width] if s3 else []
    widths = labels + [_VALUE_WIDTH] * (width - len(labels)) if s3 else [480 / width] * width
    matrix = [["" for _ in grid[0]] for _ in grid]
    style = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for r, col, rs, cs, text in factory.placements(spec):
        if s3 and not text and col >= len(labels) and r >= 2 and not _CATEGORY.match(grid[r][len(labels) - 1]):
            text = "0"
        matrix[r][col] = Paragraph(html.escape(text), cell_style)
        if rs > 1 or cs > 1:
            style.append(("SPAN", (col, r), (col + cs - 1, r + rs - 1)))
    table = Table(matrix, colWidths=widths)
    table.setStyle(TableStyle(style))
    return table


def report_pdf(title: str, blocks: list, valign: str) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    buffer = io.BytesIO()
    doc = factory._document(buffer)
    _, body = factory._styles()
    story = [Paragraph(html.escape(title), body), Spacer(1, 8)]
    for block in blocks:
        story.append(Paragraph(html.escape(block), body) if isinstance(block, str) else _unruled_table(block, valign))
    doc.build(story)
    return buffer.getvalue()


def parse(title: str, pdf: bytes) -> Report:
    page = p10.hanweb_page(title, p10.para(f"现将《{title}》予以公布。") +
                           f'<p>附件：<a href="{PDF_URL}">{html.escape(title)}.pdf</a></p>')
    return parse_report([Fetched(PAGE_URL, page, {"content-type": "text/html"})],
                        attachments=(Fetched(PDF_URL, pdf, {"content-type": "application/pdf"}),))


def s3_facts(report: Report) -> dict[str, float | None]:
    return {f.key: f.value for f in report.facts if f.source == "table" and f.key.startswith("apply.")}


ALIGNMENTS = ("TOP", "MIDDLE", "BOTTOM")


@pytest.mark.parametrize("valign", ALIGNMENTS)
@pytest.mark.parametrize("name", ["t2021", "t2019"])
def test_realistic_report_wrapped_labels(name: str, valign: str) -> None:
    # spec 1(b)/1(c), 2.2: the level-1 label 三、本年度办理结果 is one cell beside rows (一)…(七); long labels wrap
    doc = realistic_pdfs.document(name)
    report = parse(doc.title, report_pdf(doc.title, doc.blocks, valign))
    expected = {k: v for k, v in doc.truth.table_facts.items() if k.startswith("apply.")}
    assert report.template == doc.truth.template
    assert s3_facts(report) == expected


def _factory_blocks(data: factory.T2021Data) -> list:
    """Section 三 of the 2021 template with its category labels （三）…（六） merged over their rows."""
    return [*data.prose, p10.HEADINGS[1], factory.t2021_active_spec(data), p10.HEADINGS[2],
            factory.t2021_apply_spec(data), p10.HEADINGS[3], factory.t2021_review_spec(data)]


@pytest.mark.parametrize("valign", ALIGNMENTS)
def test_merged_category_labels_wrapped(valign: str) -> None:
    # spec 2.2: （三）不予公开 covers its eight rows; printed beside their middle it must still head all of them
    report = parse(p10.TITLE, report_pdf(p10.TITLE, _factory_blocks(p10.DATA), valign))
    expected = {k: v for k, v in p10.expected_tables(p10.DATA).items() if k.startswith("apply.")}
    assert s3_facts(report) == expected
    assert p10.failing(report) == set()

