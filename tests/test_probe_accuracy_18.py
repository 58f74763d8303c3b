"""Eighteenth independent accuracy probe of `parse_report`: statistics read from attachments (spec 3.5).

Built from the spec (3.5 attachments and formats, 1(d) checks, section 2 keys) and from how real portals publish
files: a PDF whose section 三 table breaks over two pages (header repeated or not, at several rows), a PDF whose
tables have no ruling lines, a landscape section 三 page, DOCX tables with Word's gridSpan/vMerge merges and a
DOCX whose statistics sit in a nested (layout) table, XLSX with merged title/header cells, hidden rows/columns,
numbers stored as text, 千分位 and 0.00 number formats and SUM formulas with cached values, an old binary XLS and
a WPS 表格 (.et) file, and 附件1 = cover note / 附件2 = the report. Facts must carry the attachment's origin and
never be counted twice when the HTML page and the file carry the same table.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import zipfile
from collections import Counter

import attachment_factory as factory
import pytest
import test_probe_accuracy_10 as p10
from attachment_factory import T2021Data

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

TITLE = p10.TITLE
HEADINGS = p10.HEADINGS
PAGE_URL = "http://www.fh.gov.cn/art/2022/1/26/art_1229031578_60012.html"
MIME = {**p10.MIME, "xls": "application/vnd.ms-excel", "et": "application/octet-stream",
        "html": "text/html"}


def big_data() -> T2021Data:
    """p10's consistent data set scaled so totals run into the thousands (千分位 matters); sums still hold."""
    d = copy.deepcopy(p10.DATA)
    d.apply = [[str(int(v) * 137) for v in row] for row in d.apply]
    d.review = [str(int(v) * 3) for v in d.review]
    d.active = {"规章": ["1", "0", "12"], "行政规范性文件": ["7", "3", "64"], "行政许可": ["12816"],
                "行政处罚": ["1433"], "行政强制": ["17"], "行政事业性收费": ["1234.5"]}
    return d


DATA = p10.DATA
BIG = big_data()
EXP = p10.expected_tables(DATA)
EXP_BIG = p10.expected_tables(BIG)
SECTIONS = {"active": "active.", "apply": "apply.", "review": ("review.", "litigation.")}


def section_of(expected: dict[str, float], section: str) -> dict[str, float]:
    return {k: v for k, v in expected.items() if k.startswith(SECTIONS[section])}


def table_facts(r: Report) -> dict[str, float | None]:
    return p10.table_facts(r)


def wrong(r: Report, expected: dict[str, float]) -> dict[str, tuple[float, float | None]]:
    got = table_facts(r)
    return {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != pytest.approx(v)}


def duplicated_keys(r: Report) -> dict[str, int]:
    counts = Counter(f.key for f in r.facts if f.source == "table")
    return {k: n for k, n in counts.items() if n > 1}


def origins(r: Report, section: str | None = None) -> set[str]:
    pre = SECTIONS[section] if section else ""
    return {f.origin for f in r.facts if f.source == "table" and f.key.startswith(pre)}


def html_page(content: str) -> bytes:
    return p10.hanweb_page(TITLE, content)


def link(url: str, text: str) -> str:
    return f'<p>附件：<a href="{url}" target="_blank">{text}</a></p>'


def see_file(url: str, body: bytes, kind: str, text: str | None = None, extra: str = "") -> Report:
    content = p10.para(f"现将《{TITLE}》予以公布，详见附件。") + extra + link(url, text or f"{TITLE}.{kind}")
    return parse_report([Fetched(PAGE_URL, html_page(content), {"content-type": "text/html"})],
                        attachments=(Fetched(url, body, {"content-type": MIME[kind]}),))


# ---------------------------------------------------------------------------------------------------------------
# PDF builders
# ---------------------------------------------------------------------------------------------------------------

def pdf_report(data: T2021Data, *, split: int | None = None, repeat: bool = True, ruled: bool = True,
               landscape3: bool = False) -> bytes:
    """Prose + section 二 on page 1; section 三 on page 2 (landscape if asked), broken before data row `split`
    onto the next page (header rows printed again if `repeat`); section 四 then prose."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer

    buffer = io.BytesIO()
    doc = factory._document(buffer)
    _, body = factory._styles()
    widths = [60, 90, 170] + [44] * 7 if landscape3 else factory.APPLY_WIDTHS
    story = [Paragraph(TITLE, body), Spacer(1, 8), *[Paragraph(p, body) for p in data.prose],
             Paragraph(HEADINGS[1], body),
             factory.pdf_table(factory.t2021_active_spec(data), [150, 110, 110, 110], ruled=ruled)]
    story += [NextPageTemplate("landscape")] if landscape3 else []
    story += [PageBreak(), Paragraph(HEADINGS[2], body)]
    head = factory.t2021_apply_header()
    if split is None:
        story.append(factory.pdf_table(head + factory.t2021_apply_body(data), widths, ruled=ruled))
    else:
        story.append(factory.pdf_table(head + factory.t2021_apply_body(data, 0, split), widths, ruled=ruled))
        story.append(PageBreak())
        rest = (head if repeat else []) + factory.t2021_apply_body(data, split)
        story.append(factory.pdf_table(rest, widths, ruled=ruled))
    story += [NextPageTemplate("portrait")] if landscape3 else []
    story += [PageBreak(), Paragraph(HEADINGS[3], body),
              factory.pdf_table(factory.t2021_review_spec(data), [32] * 15, size=7, ruled=ruled),
              Paragraph(HEADINGS[4], body), Paragraph(p10.PROBLEMS, body), Paragraph(HEADINGS[5], body),
              Paragraph("本年度未收取信息处理费。", body)]
    doc.build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# DOCX builders
# ---------------------------------------------------------------------------------------------------------------

def _fill(table, spec: factory.Spec) -> None:
    for r, col, rs, cs, text in factory.placements(spec):
        cell = table.cell(r, col)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, col + cs - 1))  # Word's gridSpan / vMerge
        cell.text = text


def docx_nested(data: T2021Data, *, heading_row: bool) -> bytes:
    """Each statistics table inside a one-cell layout table (a frame the clerk drew around it), optionally with
    the section title in the frame's first row."""
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for p in data.prose:
        document.add_paragraph(p)
    for heading, spec in ((HEADINGS[1], factory.t2021_active_spec(data)), (HEADINGS[2], factory.t2021_apply_spec(data)),
                          (HEADINGS[3], factory.t2021_review_spec(data))):
        if not heading_row:
            document.add_paragraph(heading)
        outer = document.add_table(rows=2 if heading_row else 1, cols=1)
        outer.style = "Table Grid"
        holder = outer.cell(1 if heading_row else 0, 0)
        if heading_row:
            outer.cell(0, 0).text = heading
        grid = factory.expand(spec)
        inner = holder.add_table(rows=len(grid), cols=len(grid[0]))
        inner.style = "Table Grid"
        _fill(inner, spec)
        holder.add_paragraph("")  # Word keeps a paragraph after a nested table
    document.add_paragraph(HEADINGS[4])
    document.add_paragraph(p10.PROBLEMS)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@functools.cache
def docx_full(which: str = "data") -> bytes:
    data = BIG if which == "big" else DATA
    return factory.docx_file(TITLE, p10.report_docx_blocks(data))


def docx_repeat_header_row() -> bytes:
    """Word marks the section 三 header rows as 'repeat as header row on each page' (w:tblHeader): one copy in the
    file, shown again on every printed page."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(docx_full()))
    table = document.tables[1]
    for row in table.rows[:3]:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:tblHeader"))
        assert tr_pr.find(qn("w:tblHeader")) is not None
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def cover_note_docx() -> bytes:
    return factory.docx_file("关于公布2021年政府信息公开工作年度报告的说明", [
        "根据《中华人民共和国政府信息公开条例》规定，现将我局2021年政府信息公开工作年度报告予以公布（见附件2）。",
        "如对本报告有任何疑问，请与奉化区自然资源和规划局办公室联系（地址：奉化区南山路1号，邮编：315500，电话：0574-88581234）。",
        "奉化区自然资源和规划局", "2022年1月20日"])


# ---------------------------------------------------------------------------------------------------------------
# XLSX builders (openpyxl, with the cell types and formats clerks use)
# ---------------------------------------------------------------------------------------------------------------

def _is_number(text: str) -> bool:
    return re.fullmatch(r"\d+(\.\d+)?", text) is not None


def xlsx_custom(data: T2021Data, mode: str) -> bytes:
    """Sheets 主动公开 / 依申请 / 复议诉讼; `mode` changes how numbers are stored or what surrounds the tables."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cached: dict[tuple[str, str], str] = {}
    for name, title, spec in (("主动公开", "二、主动公开政府信息情况", factory.t2021_active_spec(data)),
                              ("依申请", "三、收到和处理政府信息公开申请情况", factory.t2021_apply_spec(data)),
                              ("复议诉讼", "四、政府信息公开行政复议、行政诉讼情况", factory.t2021_review_spec(data))):
        ws = wb.create_sheet(name)
        width = len(factory.expand(spec)[0])
        top = 1
        shift = 0
        if mode in ("title_row", "hidden_col", "hidden_row", "formula"):
            ws.cell(1, 1, title)  # merged title row over the whole table
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            top = 2
        grid_rows = len(factory.expand(spec))
        for r, col, rs, cs, text in factory.placements(spec):
            c = col + 1
            if mode == "hidden_col" and name == "依申请" and col >= 3:
                c += 1  # an empty helper column D, hidden, between the labels and the figures
                shift = 1
            row = top + r
            if mode == "hidden_row" and name == "依申请" and r >= 10:
                row += 1  # an empty row hidden inside the body (a deleted sub-item the clerk only hid)
            value: object = text
            cell = ws.cell(row, c)
            if text == "0" and name == "依申请" and mode in ("blank_zero", "dash_zero"):
                cell.value = None if mode == "blank_zero" else "—"  # spec 2.7: blank / dash read as 0
            elif _is_number(text):
                if mode == "text":
                    value = text  # stored as text (the green triangle)
                elif mode == "text_thousands":
                    value = f"{int(text):,}" if "." not in text else text
                else:
                    value = float(text) if "." in text else int(text)
                    if mode == "thousands":
                        cell.number_format = "#,##0"
                    if mode == "fixed2":
                        cell.number_format = "0.00"
            if (mode == "formula" and name == "依申请" and r >= 3 and col == width - 1):
                first, last = get_column_letter(4), get_column_letter(width - 1)
                value = f"=SUM({first}{row}:{last}{row})"
                cached[(name, f"{get_column_letter(c)}{row}")] = text
            if not (text == "0" and name == "依申请" and mode in ("blank_zero", "dash_zero")):
                cell.value = value
            if rs > 1 or cs > 1:
                grow = 1 if mode == "hidden_row" and name == "依申请" and r < 10 <= r + rs - 1 else 0
                ws.merge_cells(start_row=row, start_column=c, end_row=row + rs - 1 + grow, end_column=c + cs - 1 + (
                    shift if mode == "hidden_col" and name == "依申请" and col < 3 <= col + cs - 1 else 0))
        if mode == "hidden_col" and name == "依申请":
            ws.column_dimensions["D"].hidden = True
        if mode == "hidden_row" and name == "依申请":
            ws.row_dimensions[top + 10].hidden = True
        if mode == "notes":
            ws.cell(top + grid_rows + 1, 1, "注：本表数据截至2021年12月31日。填表人：王某 联系电话：0574-88581234")
    buffer = io.BytesIO()
    wb.save(buffer)
    body = buffer.getvalue()
    return _with_cached_values(body, wb.sheetnames, cached) if cached else body


def _with_cached_values(body: bytes, names: list[str], cached: dict[tuple[str, str], str]) -> bytes:
    """Write the cached results Excel stores next to each formula (openpyxl leaves <v></v> empty)."""
    src = zipfile.ZipFile(io.BytesIO(body))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m:
                name = names[int(m.group(1)) - 1]
                text = data.decode("utf-8")
                for (sheet, ref), value in cached.items():
                    if sheet == name:
                        text = re.sub(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?', rf"\g<1><v>{value}</v>", text)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()


@functools.cache
def xls_bytes() -> bytes:
    return factory.soffice_convert(xlsx_custom(DATA, "formula"), "xlsx", "xls")


# ---------------------------------------------------------------------------------------------------------------
# the reports (each built and parsed once)
# ---------------------------------------------------------------------------------------------------------------

ATT = "http://www.fh.gov.cn/module/download/downfile.jsp?classid=0&filename=2201261012345"


@functools.cache
def case(name: str) -> tuple[Report, dict[str, float], str]:
    """(report, expected table facts, origin the statistics must carry)."""
    if name.startswith("pdf_split_"):
        _, _, row, rep = name.split("_")
        body = pdf_report(DATA, split=int(row), repeat=rep == "rep")
        return see_file(ATT + "a.pdf", body, "pdf"), EXP, "pdf"
    if name == "pdf_unruled":
        return see_file(ATT + "b.pdf", pdf_report(DATA, ruled=False), "pdf"), EXP, "pdf"
    if name == "pdf_unruled_split":
        return see_file(ATT + "b.pdf", pdf_report(DATA, ruled=False, split=12), "pdf"), EXP, "pdf"
    if name == "pdf_landscape3":
        return see_file(ATT + "c.pdf", pdf_report(DATA, landscape3=True), "pdf"), EXP, "pdf"
    if name == "pdf_landscape3_split":
        return see_file(ATT + "c.pdf", pdf_report(BIG, landscape3=True, split=9), "pdf"), EXP_BIG, "pdf"
    if name == "pdf_big_split":
        return see_file(ATT + "d.pdf", pdf_report(BIG, split=16), "pdf"), EXP_BIG, "pdf"
    if name == "docx_merged":
        return see_file(ATT + "e.docx", docx_full(), "docx"), EXP, "docx"
    if name == "docx_merged_big":
        return see_file(ATT + "e.docx", docx_full("big"), "docx"), EXP_BIG, "docx"
    if name == "docx_tblheader":
        return see_file(ATT + "f.docx", docx_repeat_header_row(), "docx"), EXP, "docx"
    if name == "docx_nested":
        return see_file(ATT + "g.docx", docx_nested(DATA, heading_row=False), "docx"), EXP, "docx"
    if name == "docx_nested_heading_row":
        return see_file(ATT + "h.docx", docx_nested(DATA, heading_row=True), "docx"), EXP, "docx"
    if name.startswith("xlsx_"):
        mode = name[5:]
        data = BIG if mode in ("thousands", "text_thousands", "fixed2", "int", "text") else DATA
        exp = EXP_BIG if data is BIG else EXP
        return see_file(ATT + "i.xlsx", xlsx_custom(data, mode), "xlsx", "政府信息公开情况统计表.xlsx",
                        extra=_prose_html()), exp, "xlsx"
    if name == "xls_binary":
        return see_file(ATT + "j.xls", xls_bytes(), "xls", "政府信息公开情况统计表.xls", extra=_prose_html()), EXP, "xls"
    if name == "et_wps_sheet":
        return see_file(ATT + "k.et", xls_bytes(), "et", "政府信息公开情况统计表.et", extra=_prose_html()), EXP, "et"
    if name == "docx_thousands":
        data = copy.deepcopy(BIG)
        data.apply = [[f"{int(v):,}" for v in row] for row in data.apply]
        data.active = {**data.active, "行政许可": ["12,816"], "行政处罚": ["1,433"]}
        body = factory.docx_file(TITLE, p10.report_docx_blocks(data))
        return see_file(ATT + "m.docx", body, "docx"), EXP_BIG, "docx"
    if name.startswith("annex2_"):
        kind = name.split("_")[1]
        return annex2(kind), EXP, kind
    raise KeyError(name)


def _prose_html() -> str:
    """The page carries the report's prose; the tables are only in the attached workbook."""
    return "".join(p10.para(t) for t in DATA.prose) + p10.para(HEADINGS[1]) + p10.para("详见附表。") + \
        p10.para(HEADINGS[2]) + p10.para("详见附表。") + p10.para(HEADINGS[3]) + p10.para("详见附表。")


def annex2(kind: str) -> Report:
    """附件1 is a cover note (DOCX, no tables); 附件2 holds the whole report with its tables."""
    u1 = "http://www.fh.gov.cn/uploadfiles/2022/01/fj1_sm.docx"
    u2 = f"http://www.fh.gov.cn/uploadfiles/2022/01/fj2_nb2021.{kind}"
    body2 = {"pdf": lambda: pdf_report(DATA, split=12), "docx": docx_full,
             "xlsx": lambda: xlsx_custom(DATA, "int")}[kind]()
    content = (p10.para(f"现将《{TITLE}》予以公布。") + link(u1, "附件1：关于公布年度报告的说明.docx")
               + link(u2, f"附件2：{TITLE}.{kind}"))
    return parse_report([Fetched(PAGE_URL, html_page(content), {"content-type": "text/html"})],
                        attachments=(Fetched(u1, cover_note_docx(), {"content-type": MIME["docx"]}),
                                     Fetched(u2, body2, {"content-type": MIME[kind]})))


SPLITS = [f"pdf_split_{row}_{rep}" for row in (3, 8, 12, 19) for rep in ("rep", "norep")]
# unruled: section 三 without ruling lines, its labels wrapped and merged (alone, and over a page break)
CASES = [*SPLITS, "pdf_unruled", "pdf_unruled_split", "pdf_landscape3", "pdf_landscape3_split", "pdf_big_split",
         "docx_merged", "docx_merged_big", "docx_tblheader", "docx_nested", "docx_nested_heading_row",
         "xlsx_int", "xlsx_text", "xlsx_thousands", "xlsx_text_thousands", "xlsx_fixed2", "xlsx_formula",
         "xlsx_title_row", "xlsx_blank_zero", "xlsx_dash_zero", "docx_thousands", "xlsx_hidden_col", "xlsx_hidden_row", "xlsx_notes", "xls_binary", "et_wps_sheet",
         "annex2_pdf", "annex2_docx", "annex2_xlsx"]
SECTION_CASES = [(n, s) for n in CASES for s in ("apply", "active", "review")
                 if not (n.startswith("pdf_split") and s != "apply")]


@pytest.mark.parametrize("name,section", SECTION_CASES)
def test_attachment_section_values(name: str, section: str) -> None:
    # spec 3.5 (+ 2.1–2.3 keys): a reader opens the attachment and records every cell of the section exactly;
    # page breaks with repeated headers (3.5), missing rules, landscape pages, merged/nested/hidden cells and
    # number formats change nothing of what is printed
    r, exp, _ = case(name)
    assert wrong(r, section_of(exp, section)) == {}


@pytest.mark.parametrize("name", CASES)
def test_attachment_origin_template_no_double_count(name: str) -> None:
    # spec 3.5 + docs/schema.md facts.origin: every table fact comes from the attachment's format, the template is
    # t2021 (2021 columns), the reporting year 2021, no table key recorded twice, tables present
    r, _, origin = case(name)
    got = origins(r)
    if origin == "et":  # a WPS 表格 file holding the binary Excel format: either name is the detected format
        assert got in ({"et"}, {"xls"})
    else:
        assert got == {origin}
    assert (r.template, r.year, r.tables_missing) == ("t2021", 2021, False)
    assert duplicated_keys(r) == {}


@pytest.mark.parametrize("name", [n for n in CASES if not n.startswith("annex2")])
def test_attachment_checks_pass(name: str) -> None:
    # spec 1(d): the data are consistent (R1–R3, R6 hold), so no check may fail once the cells are read right
    r, _, _ = case(name)
    assert p10.failing(r) == set()


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx"])
def test_annex1_cover_note_annex2_report(kind: str) -> None:
    # spec 3.5: 附件1 is only a cover note (its phone number, postcode and date are not statistics); the tables
    # are in 附件2. Both files are listed as attachments; no table fact comes from the note (docx only for kind docx)
    r = annex2(kind)
    assert sorted(r.attachment_urls) == sorted(["http://www.fh.gov.cn/uploadfiles/2022/01/fj1_sm.docx",
                                                f"http://www.fh.gov.cn/uploadfiles/2022/01/fj2_nb2021.{kind}"])
    assert wrong(r, EXP) == {}
    assert origins(r) == {kind}
    assert p10.failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# HTML page and attachment both carry tables: no double counting (spec 3.5 "both")
# ---------------------------------------------------------------------------------------------------------------

@functools.cache
def html_plus_twin(kind: str) -> Report:
    """The full report on the page (tables included) and the same report attached as a file."""
    content = "".join(p10.report_blocks(DATA))
    url = ATT + f"z.{kind}"
    body = {"pdf": lambda: pdf_report(DATA, split=12), "docx": docx_full,
            "xlsx": lambda: xlsx_custom(DATA, "int")}[kind]()
    return parse_report([Fetched(PAGE_URL, html_page(content + link(url, f"{TITLE}.{kind}")),
                                 {"content-type": "text/html"})],
                        attachments=(Fetched(url, body, {"content-type": MIME[kind]}),))


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx"])
def test_html_tables_and_attached_twin_counted_once(kind: str) -> None:
    # spec 3.5 ("both"): page and file are two documents of one report; docs/schema.md keeps each document's facts
    # (facts.origin) and the facts_preferred view gives one per key: each key once per document, values agreeing
    r = html_plus_twin(kind)
    per_document = Counter((f.key, f.origin) for f in r.facts if f.source == "table")
    assert {k: n for k, n in per_document.items() if n > 1} == {}
    assert {f.origin for f in r.facts if f.source == "table"} == {"html", kind}
    assert {f.key for f in r.facts if f.origin == "html" and f.source == "table"} == \
        {f.key for f in r.facts if f.origin == kind and f.source == "table"}
    assert wrong(r, EXP) == {}
    assert p10.failing(r) == set()


@functools.cache
def html_sec2_xlsx_sec34() -> Report:
    """Section 二's table on the page; sections 三/四 only in the attached workbook."""
    blocks = [p10.para(t) for t in DATA.prose] + [p10.para(HEADINGS[1]), p10.tbl(factory.t2021_active_spec(DATA)),
                                                   p10.para(HEADINGS[2]), p10.para("详见附件。"),
                                                   p10.para(HEADINGS[3]), p10.para("详见附件。")]
    url = ATT + "y.xlsx"
    xlsx = factory.xlsx_file({"依申请": [factory.t2021_apply_spec(DATA)], "复议诉讼": [factory.t2021_review_spec(DATA)]})
    return parse_report([Fetched(PAGE_URL, html_page("".join(blocks) + link(url, "附表：统计表.xlsx")),
                                 {"content-type": "text/html"})],
                        attachments=(Fetched(url, xlsx, {"content-type": MIME["xlsx"]}),))


@pytest.mark.parametrize("section,origin", [("active", "html"), ("apply", "xlsx"), ("review", "xlsx")])
def test_page_section2_attachment_sections34_origins(section: str, origin: str) -> None:
    # spec 3.5 + schema facts.origin: each section's facts name the document they were read from
    r = html_sec2_xlsx_sec34()
    assert wrong(r, section_of(EXP, section)) == {}
    assert origins(r, section) == {origin}
    assert duplicated_keys(r) == {}


@functools.cache
def rotated_apply_pdf_with_html_rest() -> Report:
    """Sections 二 and 四 on the page; section 三 as a PDF whose landscape page is a portrait page turned by
    /Rotate 90 (how scanners and exporters save it)."""
    body = factory.rotated_page_pdf(factory.t2021_apply_spec(DATA), [60, 90, 170] + [44] * 7)
    blocks = [p10.para(t) for t in DATA.prose] + [
        p10.para(HEADINGS[1]), p10.tbl(factory.t2021_active_spec(DATA)), p10.para(HEADINGS[2]),
        p10.para("详见附件。"), p10.para(HEADINGS[3]), p10.tbl(factory.t2021_review_spec(DATA))]
    url = ATT + "x.pdf"
    return parse_report([Fetched(PAGE_URL, html_page("".join(blocks) + link(url, "附件：依申请公开情况统计表.pdf")),
                                 {"content-type": "text/html"})],
                        attachments=(Fetched(url, body, {"content-type": MIME["pdf"]}),))


@pytest.mark.parametrize("section,origin", [("active", "html"), ("apply", "pdf"), ("review", "html")])
def test_rotated_landscape_pdf_section3_with_html_rest(section: str, origin: str) -> None:
    # spec 3.5 landscape pages: the rotated page's table reads like any other; origins by document
    r = rotated_apply_pdf_with_html_rest()
    assert wrong(r, section_of(EXP, section)) == {}
    assert origins(r, section) == {origin}
    assert duplicated_keys(r) == {}


@pytest.mark.parametrize("mode,flag", [("blank_zero", "blank"), ("dash_zero", "dash")])
def test_xlsx_blank_and_dash_cells_are_zero_with_flag(mode: str, flag: str) -> None:
    # spec 2.7 (blank, —: read as 0 and set value_flag): the clerk left zero cells of section 三 empty / typed —
    r, _, _ = case(f"xlsx_{mode}")
    zero_keys = {k for k, v in section_of(EXP, "apply").items() if v == 0}
    flags = {f.key: f.value_flag for f in r.facts if f.source == "table" and f.key in zero_keys}
    assert zero_keys and set(flags) == zero_keys
    assert set(flags.values()) == {flag}
