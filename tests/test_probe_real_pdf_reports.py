"""Black-box probe: annual reports published as PDF attachments, the way agencies export them from Word/WPS.

Every document is written in our own words after the patterns of real reports seen on portals (t2019/t2021
grids with ruled cells, header words wrapped in narrow columns, section 三 cut by a page break with or without
its header repeated, section 四 on a landscape page, running headers and page numbers on every page, a two-column
cover block, e2014 statistics forms, prose-only early reports). Each PDF is read twice: as the attachment of a
short link page (`parse_report([page], [pdf])`) and fetched directly as the page (`parse_report([pdf])`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache

import pytest
from attachment_factory import (
    CJK_FONT,
    REVIEW_COLUMNS,
    T2021_APPLY_ROWS,
    Spec,
    _register_font,
    _styles,
    c,
    html_page,
    pdf_table,
)

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
WITHHELD = ("state_secret", "law_prohibited", "security_stability", "third_party", "internal_affairs",
            "process_info", "enforcement_file", "admin_query")
UNAVAILABLE = ("not_held", "needs_creation", "unclear")
NOT_PROCESSED = ("petition", "duplicate", "publication", "mass_repeat", "confirm_reissue")
OTHER21 = ("no_correction", "fee_unpaid", "misc")
KEYS21 = (["apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.partial"]
          + [f"apply.outcome.withheld.{k}" for k in WITHHELD]
          + [f"apply.outcome.unavailable.{k}" for k in UNAVAILABLE]
          + [f"apply.outcome.not_processed.{k}" for k in NOT_PROCESSED]
          + [f"apply.outcome.other.{k}" for k in OTHER21]
          + ["apply.outcome.total", "apply.carried_out"])
ROWS19 = [*T2021_APPLY_ROWS[:20], ("三、本年度办理结果", "（六）其他处理", ""), *T2021_APPLY_ROWS[23:]]
KEYS19 = [*KEYS21[:20], "apply.outcome.other", *KEYS21[23:]]
REVIEW_KEYS = [f"{block}.{k}" for block in ("review", "litigation.direct", "litigation.after_review")
               for k in ("upheld", "corrected", "other", "pending", "total")]
PDF_HEADERS = {"content-type": "application/pdf"}


# --------------------------------------------------------------------------------------------- data
def apply_grid(keys: list[str], given: dict[str, list[int]]) -> list[list[int]]:
    """Section 三 values: rows not given are zero; 总计 row and 结转下年度 row computed so R1–R3 hold."""
    rows = [list(given.get(k, [0] * 6)) for k in keys]
    total_row = keys.index("apply.outcome.total")
    for col in range(6):
        rows[total_row][col] = sum(rows[i][col] for i in range(2, total_row))
        rows[total_row + 1][col] = rows[0][col] + rows[1][col] - rows[total_row][col]
        assert rows[total_row + 1][col] >= 0
    return [r + [sum(r)] for r in rows]


def review_values(*blocks: tuple[int, int, int, int]) -> list[int]:
    out: list[int] = []
    for block in blocks:
        out += [*block, sum(block)]
    return out


@dataclass
class Doc:
    agency: str
    year: int
    title: str
    template: str
    prose: list[str]
    active: Spec
    apply_rows: list[tuple[str, str, str]] = field(default_factory=list)
    apply: list[list[int]] = field(default_factory=list)
    review: list[int] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → printed text override
    review_cells: dict[int, str] = field(default_factory=dict)
    org_subtotal: bool = False


# --------------------------------------------------------------------------------------------- tables
def active21(rows: dict[str, list[str]], in_force_head: str = "现行有效件数", normative: str = "行政规范性文件") -> Spec:
    return [
        [c("第二十条第（一）项", 1, 4)],
        [c("信息内容"), c("本年制发件数"), c("本年废止件数"), c(in_force_head)],
        [c("规章"), *map(c, rows["规章"])],
        [c(normative), *map(c, rows["规范性"])],
        [c("第二十条第（五）项", 1, 4)],
        [c("信息内容"), c("本年处理决定数量", 1, 3)],
        [c("行政许可"), c(rows["许可"][0], 1, 3)],
        [c("第二十条第（六）项", 1, 4)],
        [c("信息内容"), c("本年处理决定数量", 1, 3)],
        [c("行政处罚"), c(rows["处罚"][0], 1, 3)],
        [c("行政强制"), c(rows["强制"][0], 1, 3)],
        [c("第二十条第（八）项", 1, 4)],
        [c("信息内容"), c("本年收费金额（单位：万元）", 1, 3)],
        [c("行政事业性收费"), c(rows["收费"][0], 1, 3)],
    ]


def active19(rows: dict[str, list[str]], heads: dict[str, str] | None = None, extra_row: list[str] | None = None
             ) -> Spec:
    h = {"new": "本年新制作数量", "pub": "本年新公开数量", "tot": "对外公开总数量", "prev": "上一年项目数量",
         "delta": "本年增/减", "dec": "处理决定数量", "proc_n": "采购项目数量", "proc_a": "采购总金额",
         "normative": "规范性文件"}
    h.update(heads or {})
    spec: Spec = [
        [c("第二十条第（一）项", 1, 4)],
        [c("信息内容"), c(h["new"]), c(h["pub"]), c(h["tot"])],
        [c("规章"), *map(c, rows["规章"])],
        [c(h["normative"]), *map(c, rows["规范性"])],
    ]
    if extra_row:
        spec.append([c("其他主动公开文件"), *map(c, extra_row)])
    spec += [
        [c("第二十条第（五）项", 1, 4)],
        [c("信息内容"), c(h["prev"]), c(h["delta"]), c(h["dec"])],
        [c("行政许可"), *map(c, rows["许可"])],
        [c("其他对外管理服务事项"), *map(c, rows["其他服务"])],
        [c("第二十条第（六）项", 1, 4)],
        [c("信息内容"), c(h["prev"]), c(h["delta"]), c(h["dec"])],
        [c("行政处罚"), *map(c, rows["处罚"])],
        [c("行政强制"), *map(c, rows["强制"])],
        [c("第二十条第（八）项", 1, 4)],
        [c("信息内容"), c(h["prev"]), c(h["delta"], 1, 2)],
        [c("行政事业性收费"), c(rows["收费"][0]), c(rows["收费"][1], 1, 2)],
        [c("第二十条第（九）项", 1, 4)],
        [c("信息内容"), c(h["proc_n"]), c(h["proc_a"], 1, 2)],
        [c("政府集中采购"), c(rows["采购"][0]), c(rows["采购"][1], 1, 2)],
    ]
    return spec


def apply_header(org_subtotal: bool = False) -> Spec:
    if org_subtotal:
        return [
            [c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, 8)],
            [c("自然人", 2), c("法人或其他组织", 1, 6), c("总计", 2)],
            [c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他"), c("小计")],
        ]
    return [
        [c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, 7)],
        [c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)],
        [c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他")],
    ]


def apply_body(doc: Doc, start: int = 0, stop: int | None = None) -> Spec:
    """Rows [start, stop); a merged label cut by the page break is left blank on the next page, as Word prints it."""
    rows = doc.apply_rows
    stop = len(rows) if stop is None else stop
    spec: Spec = []
    for index in range(start, stop):
        level1, level2, level3 = rows[index]
        values = [c(doc.cells.get((index, j), str(v))) for j, v in enumerate(doc.apply[index])]
        if doc.org_subtotal:  # a local 8-column grid: 法人或其他组织小计 printed after 其他
            values.insert(6, c(str(sum(doc.apply[index][1:6]))))
        if not level2 and not level3:
            spec.append([c(level1, 1, 3), *values])
            continue
        cells = []
        for depth in (0, 1) if level3 else (0,):
            label = rows[index][depth]
            continues = index > 0 and rows[index - 1][depth] == label
            if index == start or not continues:
                span = 1
                while index + span < stop and rows[index + span][depth] == label:
                    span += 1
                cells.append(c("" if continues else label, span))
        cells.append(c(level3) if level3 else c(level2, 1, 2))
        spec.append(cells + values)
    return spec


def review_spec(doc: Doc) -> Spec:
    values = [doc.review_cells.get(i, str(v)) for i, v in enumerate(doc.review)]
    return [
        [c("行政复议", 1, 5), c("行政诉讼", 1, 10)],
        [*[c(x, 2) for x in REVIEW_COLUMNS], c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)],
        [*map(c, REVIEW_COLUMNS), *map(c, REVIEW_COLUMNS)],
        [*map(c, values)],
    ]


# --------------------------------------------------------------------------------------------- PDF
@dataclass
class Layout:
    split: int | None = 12  # section 三 data rows on the first page (None: no page break inside)
    repeat_header: bool = True
    landscape_review: bool = True
    landscape_all: bool = False
    running_header: str = ""  # printed at the top of every page
    bare_page_number: bool = False  # footer is just the digit, right under the last table row
    footnote: str = ""  # printed under the first part of a split section-三 table
    cover: tuple[str, str] | None = None  # two-column block under the title: (left, right)
    apply_widths: tuple[float, ...] = (52, 78, 140, 35, 35, 35, 35, 35, 35, 35)
    ruled: bool = True


def build_pdf(doc: Doc, layout: Layout) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
    )

    _register_font()
    _, body = _styles()

    def decorate(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(CJK_FONT, 8)
        width, height = canvas._pagesize
        if layout.running_header:
            canvas.drawString(40, height - 30, layout.running_header)
            canvas.line(40, height - 34, width - 40, height - 34)
        if layout.bare_page_number:
            canvas.drawRightString(width - 40, 38, str(pdf.page))
        else:
            canvas.drawCentredString(width / 2, 20, f"— {pdf.page} —")
        canvas.restoreState()

    buffer = io.BytesIO()
    first = landscape(A4) if layout.landscape_all else A4
    pdf = BaseDocTemplate(buffer, pagesize=first, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50)
    wide = landscape(A4)
    pdf.addPageTemplates([
        PageTemplate("portrait", [Frame(40, 50, first[0] - 80, first[1] - 100)], onPage=decorate, pagesize=first),
        PageTemplate("landscape", [Frame(40, 50, wide[0] - 80, wide[1] - 100)], onPage=decorate, pagesize=wide)])
    story = [Paragraph(doc.title, body), Spacer(1, 6)]
    if layout.cover:
        cover = Table([[Paragraph(layout.cover[0], body), Paragraph(layout.cover[1], body)]], colWidths=[250, 250])
        story += [cover, Spacer(1, 6)]
    story += [Paragraph(p, body) for p in doc.prose]
    story += [Paragraph("二、主动公开政府信息情况", body),
              pdf_table(doc.active, [150, 110, 110, 110], ruled=layout.ruled)]
    if doc.apply_rows:
        story.append(Paragraph("三、收到和处理政府信息公开申请情况", body))
        widths = list(layout.apply_widths)
        if doc.org_subtotal:
            widths = [*widths[:9], 33, widths[9]]
        split = layout.split
        if split is None:
            story.append(pdf_table(apply_header(doc.org_subtotal) + apply_body(doc), widths, ruled=layout.ruled))
        else:
            story.append(pdf_table(apply_header(doc.org_subtotal) + apply_body(doc, 0, split), widths,
                                   ruled=layout.ruled))
            if layout.footnote:
                story.append(Paragraph(layout.footnote, body))
            story.append(PageBreak())
            head = apply_header(doc.org_subtotal) if layout.repeat_header else []
            story.append(pdf_table(head + apply_body(doc, split), widths, ruled=layout.ruled))
    if doc.review:
        if layout.landscape_review and not layout.landscape_all:
            story += [NextPageTemplate("landscape"), PageBreak()]
        story += [Paragraph("四、政府信息公开行政复议、行政诉讼情况", body),
                  pdf_table(review_spec(doc), [48] * 15, size=8, ruled=layout.ruled)]
        if layout.landscape_review and not layout.landscape_all:
            story += [NextPageTemplate("portrait"), PageBreak()]
    story += [Paragraph(p, body) for p in doc.closing]
    pdf.build(story)
    return buffer.getvalue()


def prose_pdf(title: str, paragraphs: list[str], running_header: str = "") -> bytes:
    doc = Doc("", 0, title, "", paragraphs, [])
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    _register_font()
    _, body = _styles()

    def decorate(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(CJK_FONT, 8)
        if running_header:
            canvas.drawString(40, A4[1] - 30, running_header)
        canvas.drawCentredString(A4[0] / 2, 20, f"第{pdf.page}页 共2页")
        canvas.restoreState()

    buffer = io.BytesIO()
    pdf = BaseDocTemplate(buffer, pagesize=A4)
    pdf.addPageTemplates([PageTemplate("p", [Frame(40, 50, A4[0] - 80, A4[1] - 100)], onPage=decorate)])
    pdf.build([Paragraph(doc.title, body), *[Paragraph(p, body) for p in paragraphs]])
    return buffer.getvalue()


def form_pdf(title: str, prose: list[str], year: int, rows: list[tuple[str, str, str]], ruled: bool = True,
             repeat: bool = True) -> bytes:
    """An e2014 statistics form after the prose, long enough to run over a page break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    _register_font()
    _, body = _styles()
    spec = [[c(f"政府信息公开情况统计表（{year}年度）", 1, 3)], [c("统计指标"), c("单位"), c("统计数")],
            *[[c(label), c(unit), c(value)] for label, unit, value in rows]]
    table = pdf_table(spec, [330, 60, 80], size=9, ruled=ruled)
    if repeat:
        table.repeatRows = 2

    def decorate(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(CJK_FONT, 8)
        canvas.drawCentredString(A4[0] / 2, 20, f"- {pdf.page} -")
        canvas.restoreState()

    buffer = io.BytesIO()
    pdf = BaseDocTemplate(buffer, pagesize=A4)
    pdf.addPageTemplates([PageTemplate("p", [Frame(40, 50, A4[0] - 80, A4[1] - 100)], onPage=decorate)])
    pdf.build([Paragraph(title, body), *[Paragraph(p, body) for p in prose], table])
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------- portal
def link_page(title: str, agency: str, published: str, pdf_name: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{agency}</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>11330100MB1234567X/2022-00031</td><td>发布机构：</td><td>{agency}</td></tr>
<tr><td>发布日期：</td><td>{published}</td><td>主题分类：</td><td>政府信息公开年报</td></tr></table>
<div class="article"><h1>{title}</h1>
<p>附件：<a href="/attach/{pdf_name}">{title}.pdf</a></p></div>
<div class="foot">主办单位：{agency} 网站标识码：3301000001 ICP备案号：浙ICP备05000000号</div>
</body></html>""".encode()


def parse_both(mode: str, title: str, agency: str, published: str, pdf: bytes) -> Report:
    pdf_url = "https://www.example-county.gov.cn/attach/nb2022.pdf"
    if mode == "direct":
        return parse_report([Fetched(pdf_url, pdf, PDF_HEADERS)])
    page = Fetched("https://www.example-county.gov.cn/art/2022/1/21/art_1229_5501.html",
                   link_page(title, agency, published, "nb2022.pdf"), {"content-type": "text/html; charset=utf-8"})
    return parse_report([page], [Fetched(pdf_url, pdf, PDF_HEADERS)])


def table_facts(report: Report) -> dict[str, tuple[float | None, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in report.facts if f.source == "table"}


def values(report: Report, source: str) -> dict[str, float | None]:
    return {f.key: f.value for f in report.facts if f.source == source}


def failed(report: Report) -> list[str]:
    return sorted(check.rule for check in report.checks if not check.passed)


def assert_grid(report: Report, keys: list[str], grid: list[list[int]]) -> None:
    got = table_facts(report)
    expected = {f"{key}.{col}": float(grid[r][j]) for r, key in enumerate(keys) for j, col in enumerate(COLS)}
    wrong = {k: (v, got.get(k, (None,))[0]) for k, v in expected.items() if got.get(k, (None,))[0] != v}
    assert not wrong, f"{len(wrong)} cells wrong (expected, got): {dict(list(wrong.items())[:8])}"


def assert_review(report: Report, review: list[int]) -> None:
    got = table_facts(report)
    wrong = {k: (v, got.get(k, (None,))[0]) for k, v in zip(REVIEW_KEYS, review, strict=True)
             if got.get(k, (None,))[0] != v}
    assert not wrong, wrong


MODES = ("link", "direct")


# --------------------------------------------------------------------------------------------- documents
def traffic_2021() -> Doc:
    """A county department, 2021: a few requests, one litigation, consistent everywhere."""
    grid = apply_grid(KEYS21, {
        "apply.received_new": [6, 2, 0, 0, 1, 0],
        "apply.carried_in": [1, 0, 0, 0, 0, 0],
        "apply.outcome.granted": [3, 1, 0, 0, 1, 0],
        "apply.outcome.partial": [1, 0, 0, 0, 0, 0],
        "apply.outcome.withheld.third_party": [0, 1, 0, 0, 0, 0],
        "apply.outcome.unavailable.not_held": [2, 0, 0, 0, 0, 0],
        "apply.outcome.not_processed.duplicate": [1, 0, 0, 0, 0, 0],
    })
    return Doc("云和县交通运输局", 2021, "云和县交通运输局2021年政府信息公开工作年度报告", "t2021",
               ["本报告所列数据的统计期限为2021年1月1日至2021年12月31日。",
                "一、总体情况",
                "（一）主动公开。2021年，我局通过县政府门户网站主动公开各类政府信息286条，其中政策文件9条，"
                "通知公告41条，工作动态173条。",
                "（二）依申请公开。全年共收到政府信息公开申请9件，上年结转1件，均已按期答复。"],
               active21({"规章": ["0", "0", "0"], "规范性": ["2", "1", "7"], "许可": ["1517"], "处罚": ["40"],
                         "强制": ["1"], "收费": ["0"]}),
               T2021_APPLY_ROWS, grid, review_values((1, 0, 0, 0), (0, 0, 1, 0), (0, 0, 0, 0)),
               ["五、存在的主要问题及改进情况", "一是公开内容不够全面；二是政策解读形式较为单一。",
                "六、其他需要报告的事项", "本年度未收取信息处理费。"])


def township_2023() -> Doc:
    """A township, 2023: no requests at all (all-zero grids), 30 penalty decisions, prose says 0 requests."""
    return Doc("七星岗镇人民政府", 2023, "七星岗镇人民政府2023年政府信息公开工作年度报告", "t2021",
               ["一、总体情况",
                "2023年，我镇依托区政府门户网站、镇政务公开栏等渠道，全年主动公开政府信息112条。",
                "2023年，我镇未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼案件。"],
               active21({"规章": ["0", "0", "0"], "规范性": ["0", "0", "0"], "许可": ["0"], "处罚": ["30"],
                         "强制": ["0"], "收费": ["0"]}, in_force_head="现行有效件"),
               T2021_APPLY_ROWS, apply_grid(KEYS21, {}), [0] * 15,
               ["五、存在的主要问题及改进情况", "公开栏目更新不够及时，下一步将明确专人负责。"])


def service_2022() -> Doc:
    """A district office, 2022: four requests from one person and three 'other' organisations (real pattern)."""
    grid = apply_grid(KEYS21, {
        "apply.received_new": [1, 0, 0, 0, 0, 3],
        "apply.outcome.granted": [1, 0, 0, 0, 0, 3],
    })
    return Doc("河西区政务服务办公室", 2022, "河西区政务服务办公室2022年度政府信息公开工作年度报告", "t2021",
               ["本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", "一、总体情况",
                "全年办理政务服务事项1517件，主动公开政府信息205条。"],
               active21({"规章": ["0", "0", "0"], "规范性": ["0", "0", "0"], "许可": ["1517"], "处罚": ["0"],
                         "强制": ["0"], "收费": ["0.35"]}),
               T2021_APPLY_ROWS, grid, [0] * 15,
               ["五、存在的主要问题及改进情况", "个别信息发布不够及时。"])


def court_dash_2021() -> Doc:
    """Zeros printed as dashes and slashes in sections 二 and 四 (the clerk's habit)."""
    doc = traffic_2021()
    doc.agency, doc.title = "松阳县自然资源和规划局", "松阳县自然资源和规划局2021年政府信息公开工作年度报告"
    doc.prose = ["本报告所列数据的统计期限为2021年1月1日至2021年12月31日。", "一、总体情况",
                 "2021年，我局主动公开政府信息173条。"]
    doc.active = active21({"规章": ["—", "—", "—"], "规范性": ["3", "0", "12"], "许可": ["858"], "处罚": ["/"],
                           "强制": ["/"], "收费": ["—"]})
    doc.review = review_values((1, 0, 0, 0), (0, 0, 1, 0), (0, 0, 0, 0))
    doc.review_cells = {i: "—" for i, v in enumerate(doc.review) if v == 0}
    return doc


def town_normative_2023() -> Doc:
    """2021 grid whose row reads 规范性文件 (old name kept by a township) and 现行有效件 header cut short."""
    doc = township_2023()
    doc.agency, doc.title = "万松镇人民政府", "万松镇人民政府2023年政府信息公开工作年度报告"
    doc.active = active21({"规章": ["0", "0", "0"], "规范性": ["4", "0", "32"], "许可": ["0"], "处罚": ["0"],
                           "强制": ["0"], "收费": ["0"]}, in_force_head="现行有效件", normative="规范性文件")
    return doc


def ecology_2020() -> Doc:
    """t2019 (reporting year 2020): section 二 with signed 本年增/减, procurement; single 其他处理 row."""
    grid = apply_grid(KEYS19, {
        "apply.received_new": [12, 3, 0, 0, 2, 1],
        "apply.carried_in": [2, 0, 0, 0, 0, 0],
        "apply.outcome.granted": [6, 2, 0, 0, 1, 1],
        "apply.outcome.partial": [1, 0, 0, 0, 0, 0],
        "apply.outcome.withheld.process_info": [1, 0, 0, 0, 0, 0],
        "apply.outcome.unavailable.not_held": [3, 1, 0, 0, 0, 0],
        "apply.outcome.not_processed.petition": [1, 0, 0, 0, 0, 0],
        "apply.outcome.other": [1, 0, 0, 0, 1, 0],
    })
    return Doc("乌达区工业和信息化局", 2020, "乌达区工业和信息化局2020年政府信息公开工作年度报告", "t2019",
               ["本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。", "一、总体情况",
                "2020年度我局主动公开政府信息总数1942条，其中通过门户网站公开52条。"],
               active19({"规章": ["0", "0", "0"], "规范性": ["2", "2", "19"], "许可": ["8", "+5", "93"],
                         "其他服务": ["117", "0", "165"], "处罚": ["25", "-1", "22"], "强制": ["4", "0", "0"],
                         "收费": ["3", "0"], "采购": ["6", "45.6"]}),
               ROWS19, grid, review_values((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 0, 0)),
               ["五、存在的主要问题及改进情况", "依申请公开答复文书的规范性有待提高。"])


def wuhan_style_2020() -> Doc:
    """t2019 with long explanatory header words (Hubei 2020) and the extra row 其他主动公开文件."""
    doc = ecology_2020()
    doc.agency, doc.title = "江夏区生态环境分局", "江夏区生态环境分局2020年政府信息公开工作年度报告"
    doc.active = active19(
        {"规章": ["0", "0", "0"], "规范性": ["1", "1", "9"], "许可": ["8", "5", "93"],
         "其他服务": ["117", "0", "165"], "处罚": ["90", "0", "22"], "强制": ["4", "4", "-"],
         "收费": ["0", "0"], "采购": ["2", "18.2"]},
        heads={"prev": "上一年项目数量（指2019年事项数）",
               "delta": "本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）",
               "dec": "处理决定数量（指2020年办件量）",
               "normative": "规范性文件（行政机关制定发布的决定、公告、通告、意见、通知等）"},
        extra_row=["186", "86", "255"])
    return doc


def landscape_2022() -> Doc:
    doc = traffic_2021()
    doc.agency, doc.year = "景宁畲族自治县民政局", 2022
    doc.title = "景宁畲族自治县民政局2022年政府信息公开工作年度报告"
    doc.prose = ["本报告所列数据的统计期限为2022年1月1日至2022年12月31日。", "一、总体情况",
                 "2022年，我局主动公开政府信息416条。"]
    return doc


def broken_r1_2021() -> Doc:
    """A printed grid that does not balance: 结转下年度 one too many (natural person and total)."""
    doc = traffic_2021()
    doc.agency, doc.title = "龙泉市水利局", "龙泉市水利局2021年政府信息公开工作年度报告"
    doc.prose = ["一、总体情况", "2021年，我局主动公开政府信息92条。"]
    doc.apply = [row[:] for row in doc.apply]
    doc.apply[-1][0] += 1
    doc.apply[-1][6] += 1
    return doc


T21_GRID_DOCS = {
    "t2021-dept": traffic_2021,
    "t2021-township-zero": township_2023,
    "t2021-other-org": service_2022,
    "t2021-dash-cells": court_dash_2021,
    "t2021-town-oldname": town_normative_2023,
    "t2021-landscape-year2022": landscape_2022,
}
LAYOUTS = {
    "split-repeat": Layout(),
    "split-no-repeat": Layout(repeat_header=False),
    "one-page-narrow-wrapped": Layout(split=None, apply_widths=(40, 60, 110, 22, 22, 22, 22, 22, 22, 22)),
    "header-footer": Layout(running_header="云和县人民政府信息公开 · 年度报告", split=9),
    "two-col-cover": Layout(cover=("发布单位：云和县交通运输局", "发布日期：2022年1月20日")),
    "all-landscape": Layout(landscape_all=True, split=None),
}


# --------------------------------------------------------------------------------------------- t2021 cases
CASES21 = [
    pytest.param("t2021-dept", "split-repeat", mode, id=f"t2021-dept-split-repeat-{mode}") for mode in MODES
] + [
    pytest.param("t2021-dept", "split-no-repeat", mode, id=f"t2021-dept-split-no-repeat-{mode}") for mode in MODES
] + [
    pytest.param("t2021-dept", "one-page-narrow-wrapped", mode, id=f"t2021-dept-wrapped-headers-{mode}")
    for mode in ["direct"]
] + [
    pytest.param("t2021-dept", "header-footer", mode, id=f"t2021-dept-running-header-{mode}") for mode in ["direct"]
] + [
    pytest.param("t2021-dept", "two-col-cover", mode, id=f"t2021-dept-two-col-cover-{mode}") for mode in ["direct"]
] + [
    pytest.param("t2021-township-zero", "split-repeat", mode, id=f"t2021-township-zero-{mode}") for mode in MODES
] + [
    pytest.param("t2021-other-org", "split-no-repeat", mode, id=f"t2021-other-org-fee-decimal-{mode}")
    for mode in ["direct"]
] + [
    pytest.param("t2021-dash-cells", "split-repeat", mode, id=f"t2021-dash-slash-cells-{mode}") for mode in ["direct"]
] + [
    pytest.param("t2021-town-oldname", "header-footer", mode, id=f"t2021-town-old-row-name-{mode}") for mode in ["direct"]
] + [
    pytest.param("t2021-landscape-year2022", "all-landscape", mode, id=f"t2021-all-landscape-{mode}")
    for mode in MODES
]


@pytest.mark.parametrize(("name", "layout", "mode"), CASES21)
def test_t2021_pdf_grid(name: str, layout: str, mode: str) -> None:
    doc = T21_GRID_DOCS[name]()
    report = parse_both(mode, doc.title, doc.agency, f"{doc.year + 1}-01-20", build_pdf(doc, LAYOUTS[layout]))
    assert report.year == doc.year
    assert report.template == "t2021"
    assert report.agency == doc.agency
    assert report.tables_missing is False
    assert_grid(report, KEYS21, doc.apply)
    assert_review(report, doc.review)
    assert failed(report) == []


@pytest.mark.parametrize("mode", ["link"])
def test_t2021_section_two_values(mode: str) -> None:
    doc = traffic_2021()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    got = table_facts(report)
    expected = {"active.regulation.issued": 0, "active.regulation.repealed": 0, "active.regulation.in_force": 0,
                "active.normative.issued": 2, "active.normative.repealed": 1, "active.normative.in_force": 7,
                "active.permit.decisions": 1517, "active.penalty.decisions": 40, "active.coercion.decisions": 1,
                "active.admin_fee.amount": 0}
    assert {k: got.get(k, (None,))[0] for k in expected} == expected
    assert not any(k.startswith("active.") and k.endswith(("published_new", "public_total", "items_prev"))
                   for k in got)


@pytest.mark.parametrize("mode", ["direct"])
def test_t2021_fee_decimal_and_permit(mode: str) -> None:
    doc = service_2022()
    report = parse_both(mode, doc.title, doc.agency, "2023-01-16", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert got["active.admin_fee.amount"][0] == pytest.approx(0.35)
    assert got["active.permit.decisions"][0] == 1517
    assert report.year == 2022


@pytest.mark.parametrize("mode", ["link"])
def test_t2021_dash_flags(mode: str) -> None:
    doc = court_dash_2021()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert got["active.regulation.issued"] == (0, "dash")
    assert got["active.penalty.decisions"] == (0, "slash")
    assert got["active.admin_fee.amount"] == (0, "dash")
    assert got["review.corrected"] == (0, "dash")
    assert got["review.upheld"] == (1, None)
    assert got["active.permit.decisions"] == (858, None)


@pytest.mark.parametrize("mode", ["direct"])
def test_t2021_old_row_name_keys(mode: str) -> None:
    doc = town_normative_2023()
    report = parse_both(mode, doc.title, doc.agency, "2024-01-16", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert (got["active.normative.issued"][0], got["active.normative.repealed"][0],
            got["active.normative.in_force"][0]) == (4, 0, 32)
    assert "active.normative.public_total" not in got


@pytest.mark.parametrize("mode", ["link"])
def test_t2021_derived_headlines(mode: str) -> None:
    doc = traffic_2021()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    derived = values(report, "derived")
    assert derived.get("apply.received.total") == 9
    assert derived.get("litigation.total") == 1


@pytest.mark.parametrize("mode", MODES)
def test_t2021_unbalanced_grid_reported(mode: str) -> None:
    doc = broken_r1_2021()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    assert_grid(report, KEYS21, doc.apply)
    bad = failed(report)
    assert "R1.natural_person" in bad and "R1.total" in bad
    assert not [rule for rule in bad if rule.startswith(("R2", "R3", "R6"))]


@pytest.mark.parametrize("mode", MODES)
def test_t2021_zero_requests_prose_agrees(mode: str) -> None:
    doc = township_2023()
    report = parse_both(mode, doc.title, doc.agency, "2024-01-31", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert got["active.penalty.decisions"][0] == 30
    assert got["apply.received_new.total"][0] == 0
    assert not [check.rule for check in report.checks if check.rule.startswith("R10") and not check.passed]


# --------------------------------------------------------------------------------------------- t2019 cases
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("layout", ["split-repeat", "split-no-repeat"])
def test_t2019_pdf_grid(layout: str, mode: str) -> None:
    doc = ecology_2020()
    report = parse_both(mode, doc.title, doc.agency, "2021-01-25", build_pdf(doc, LAYOUTS[layout]))
    assert report.year == 2020
    assert report.template == "t2019"
    assert report.agency == doc.agency
    assert_grid(report, KEYS19, doc.apply)
    assert_review(report, doc.review)
    got = table_facts(report)
    assert not any(k.startswith(tuple(f"apply.outcome.other.{x}." for x in OTHER21)) for k in got)
    assert failed(report) == []


@pytest.mark.parametrize("mode", MODES)
def test_t2019_section_two_keys(mode: str) -> None:
    doc = ecology_2020()
    report = parse_both(mode, doc.title, doc.agency, "2021-01-25", build_pdf(doc, Layout()))
    got = {k: v for k, (v, _) in table_facts(report).items() if k.startswith("active.")}
    expected = {
        "active.regulation.issued": 0, "active.regulation.published_new": 0, "active.regulation.public_total": 0,
        "active.normative.issued": 2, "active.normative.published_new": 2, "active.normative.public_total": 19,
        "active.permit.items_prev": 8, "active.permit.items_delta": 5, "active.permit.decisions": 93,
        "active.other_service.items_prev": 117, "active.other_service.items_delta": 0,
        "active.other_service.decisions": 165,
        "active.penalty.items_prev": 25, "active.penalty.items_delta": -1, "active.penalty.decisions": 22,
        "active.coercion.items_prev": 4, "active.coercion.items_delta": 0, "active.coercion.decisions": 0,
        "active.admin_fee.items_prev": 3, "active.admin_fee.items_delta": 0,
        "active.procurement.projects": 6, "active.procurement.amount": 45.6,
    }
    assert {k: got.get(k) for k in expected} == expected
    assert "active.normative.in_force" not in got and "active.admin_fee.amount" not in got


@pytest.mark.parametrize("mode", MODES)
def test_t2019_hubei_long_headers(mode: str) -> None:
    doc = wuhan_style_2020()
    report = parse_both(mode, doc.title, doc.agency, "2021-01-25", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert report.template == "t2019"
    assert got["active.permit.items_prev"][0] == 8
    assert got["active.permit.items_delta"][0] == 5
    assert got["active.permit.decisions"][0] == 93
    assert got["active.normative.public_total"][0] == 9
    assert got["active.other_doc.issued"][0] == 186
    assert got["active.other_doc.public_total"][0] == 255
    assert got["active.coercion.decisions"] == (0, "dash")
    assert got["active.procurement.amount"][0] == pytest.approx(18.2)


# --------------------------------------------------------------------------------------------- e2014 forms
FORM_ROWS_2016 = [
    ("一、主动公开情况", "", ""),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "2536"),
    ("其中：主动公开规范性文件数", "条", "14"),
    ("制发规范性文件总数", "件", "16"),
    ("人大代表建议和政协提案办理结果公开数", "件", "37"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "", ""),
    ("1.政府公报公开政府信息数", "条", "12"),
    ("2.政府网站公开政府信息数", "条", "2210"),
    ("3.政务微博公开政府信息数", "条", "640"),
    ("4.政务微信公开政府信息数", "条", "905"),
    ("5.其他方式公开政府信息数", "条", "0"),
    ("二、回应解读情况", "", ""),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "8"),
    ("（二）通过不同渠道和方式回应解读的情况", "", ""),
    ("1.参加或举办新闻发布会总次数", "次", "5"),
    ("其中：主要负责同志参加新闻发布会次数", "次", "2"),
    ("2.政府网站在线访谈次数", "次", "6"),
    ("其中：主要负责同志参加政府网站在线访谈次数", "次", "3"),
    ("3.政策解读稿件发布数", "篇", "27"),
    ("4.微博微信回应事件数", "次", "44"),
    ("5.其他方式回应事件数", "次", "0"),
    ("三、依申请公开情况", "", ""),
    ("（一）收到申请数", "件", "31"),
    ("1.当面申请数", "件", "9"),
    ("2.传真申请数", "件", "0"),
    ("3.网络申请数", "件", "17"),
    ("4.信函申请数", "件", "5"),
    ("（二）申请办结数", "件", "30"),
    ("1.按时办结数", "件", "29"),
    ("2.延期办结数", "件", "1"),
    ("（三）申请答复数", "件", "30"),
    ("1.属于已主动公开范围数", "件", "6"),
    ("2.同意公开答复数", "件", "12"),
    ("3.同意部分公开答复数", "件", "2"),
    ("4.不同意公开答复数", "件", "3"),
    ("其中：涉及国家秘密", "件", "0"),
    ("涉及商业秘密", "件", "1"),
    ("涉及个人隐私", "件", "1"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "0"),
    ("不是《条例》所指政府信息", "件", "1"),
    ("法律法规规定的其他情形", "件", "0"),
    ("5.不属于本行政机关公开数", "件", "4"),
    ("6.申请信息不存在数", "件", "2"),
    ("7.告知作出更改补充数", "件", "1"),
    ("8.告知通过其他途径办理数", "件", "0"),
    ("四、行政复议数量", "件", "2"),
    ("（一）维持具体行政行为数", "件", "1"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "1"),
    ("五、行政诉讼数量", "件", "1"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "1"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "0"),
    ("六、举报投诉数量", "件", "0"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("八、机构建设和保障经费情况", "", ""),
    ("（一）政府信息公开工作专门机构数", "个", "1"),
    ("（二）设置政府信息公开查阅点数", "个", "3"),
    ("（三）从事政府信息公开工作人员数", "人", "5"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "2"),
    ("2.兼职人员数", "人", "3"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "6.5"),
    ("九、政府信息公开会议和培训情况", "", ""),
    ("（一）召开政府信息公开工作会议或专题会议数", "次", "2"),
    ("（二）举办各类培训班数", "次", "1"),
    ("（三）接受培训人员数", "人次", "85"),
]
FORM_EXPECTED = {
    "active.items_total": 2536, "active.normative.published": 14, "active.normative.issued_total": 16,
    "proposal.results_published": 37, "active.channel.gazette": 12, "active.channel.website": 2210,
    "active.channel.weibo": 640, "active.channel.wechat": 905, "response.hot_topics": 8, "response.press_conf": 5,
    "response.press_conf_by_head": 2, "response.online_interviews": 6, "response.online_interviews_by_head": 3,
    "response.interpretations": 27, "response.weibo_wechat_events": 44, "apply.received.total": 31,
    "apply.channel.in_person": 9, "apply.channel.fax": 0, "apply.channel.online": 17, "apply.channel.letter": 5,
    "apply.closed.total": 30, "apply.closed.on_time": 29, "apply.closed.extended": 1, "apply.answer.total": 30,
    "apply.answer.already_public": 6, "apply.answer.granted": 12, "apply.answer.partial": 2,
    "apply.answer.denied": 3, "apply.answer.denied.commercial_secret": 1, "apply.answer.denied.privacy": 1,
    "apply.answer.denied.not_gov_info": 1, "apply.answer.not_this_agency": 4, "apply.answer.not_exist": 2,
    "apply.answer.ask_correction": 1, "apply.answer.other_channel": 0, "review.total": 2, "review.upheld": 1,
    "review.corrected": 0, "review.other": 1, "litigation.total": 1, "litigation.upheld": 1, "complaint.total": 0,
    "fee.request_fees": 0, "org.dedicated_units": 1, "org.reading_points": 3, "org.staff_total": 5,
    "org.staff_fulltime": 2, "org.staff_parttime": 3, "org.budget": 6.5, "training.meetings": 2,
    "training.courses": 1, "training.trainees": 85,
}
FORM_PROSE = ["本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。", "一、概述",
              "2016年，我局认真贯彻《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。",
              "二、主动公开政府信息情况", "全年主动公开政府信息2536条。",
              "三、依申请公开政府信息情况", "全年共收到政府信息公开申请31件，办结30件。",
              "四、附表：政府信息公开情况统计表"]


@pytest.mark.parametrize(("ruled", "repeat", "mode"), [pytest.param(True, True, "link", id="ruled-repeat-link"),
                                                        pytest.param(False, True, "direct", id="unruled-direct"),
                                                        pytest.param(True, False, "link", id="ruled-no-repeat-link")])
def test_e2014_form_pdf(ruled: bool, repeat: bool, mode: str) -> None:
    title = "晋安区人力资源和社会保障局2016年政府信息公开工作年度报告"
    pdf = form_pdf(title, FORM_PROSE, 2016, FORM_ROWS_2016, ruled=ruled, repeat=repeat)
    report = parse_both(mode, title, "晋安区人力资源和社会保障局", "2017-01-12", pdf)
    assert report.year == 2016
    assert report.template == "e2014"
    assert report.agency == "晋安区人力资源和社会保障局"
    got = {k: v for k, (v, _) in table_facts(report).items()}
    assert {k: got.get(k) for k in FORM_EXPECTED} == FORM_EXPECTED
    assert failed(report) == []


# --------------------------------------------------------------------------------------------- prose-only
PROSE_2012 = [
    "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2012年1月1日至2012年12月31日。",
    "一、概述",
    "2012年，我市继续完善政府信息公开工作机制，组织培训3次。",
    "二、主动公开政府信息情况",
    "全年主动公开政府信息3468条，其中通过政府门户网站公开政府信息2917条。",
    "三、依申请公开政府信息情况",
    "全年共受理政府信息公开申请56件，其中当面申请20件，网络申请30件，信函申请6件。",
    "已办结55件，其中同意公开46件，不属于本行政机关公开5件，申请信息不存在4件。",
    "四、政府信息公开的收费及减免情况",
    "本年度未收取任何费用。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
    "全年发生因政府信息公开引起的行政复议1件，无行政诉讼案件。",
    "六、存在的主要问题和改进措施",
    "部分单位公开内容不够及时，下一步将加强督查。",
]


@pytest.mark.parametrize("mode", MODES)
def test_prose_only_2012(mode: str) -> None:
    title = "南平市延平区人民政府2012年政府信息公开工作年度报告"
    pdf = prose_pdf(title, PROSE_2012, running_header="延平区人民政府办公室")
    report = parse_both(mode, title, "南平市延平区人民政府", "2013-01-25", pdf)
    assert report.year == 2012
    assert report.template == "e2008"
    assert report.agency == "南平市延平区人民政府"
    text = values(report, "text")
    expected = {"active.items_total": 3468, "active.channel.website": 2917, "apply.received.total": 56,
                "apply.channel.in_person": 20, "apply.channel.online": 30, "apply.channel.letter": 6,
                "apply.closed.total": 55, "review.total": 1}
    assert {k: text.get(k) for k in expected} == expected
    assert failed(report) == []
    assert not table_facts(report)


@pytest.mark.parametrize("mode", MODES)
def test_tables_missing_when_grid_absent(mode: str) -> None:
    """A 2021 PDF whose section 二/三/四 tables were pasted as pictures: only headings survive."""
    title = "庆元县财政局2021年政府信息公开工作年度报告"
    paragraphs = ["本报告所列数据的统计期限为2021年1月1日至2021年12月31日。", "一、总体情况",
                  "2021年，我局主动公开政府信息158条。", "二、主动公开政府信息情况", "（见下图）",
                  "三、收到和处理政府信息公开申请情况", "（见下图）",
                  "四、政府信息公开行政复议、行政诉讼情况", "（见下图）",
                  "五、存在的主要问题及改进情况", "信息公开的及时性有待提高。", "六、其他需要报告的事项", "无。"]
    report = parse_both(mode, title, "庆元县财政局", "2022-01-18", prose_pdf(title, paragraphs))
    assert report.year == 2021
    assert report.template == "t2021"
    assert report.tables_missing is True
    assert not table_facts(report)


# --------------------------------------------------------------------------------------------- more layouts
def blocks_of(doc: Doc) -> list[str | Spec]:
    blocks: list[str | Spec] = [*doc.prose, "二、主动公开政府信息情况", doc.active]
    if doc.apply_rows:
        blocks += ["三、收到和处理政府信息公开申请情况", apply_header(doc.org_subtotal) + apply_body(doc)]
    if doc.review:
        blocks += ["四、政府信息公开行政复议、行政诉讼情况", review_spec(doc)]
    return blocks + doc.closing


@cache
def exported_pdf(name: str, kind: str) -> bytes:
    """The same report exported from Word (python-docx → LibreOffice) or printed by Chromium."""
    import tempfile
    from pathlib import Path

    from realistic_pdfs import Document, browser_pdf, word_pdf

    doc = {"t2021": traffic_2021, "t2019": ecology_2020}[name]()
    blocks = blocks_of(doc)
    document = Document(None, doc.title, blocks, html_page(doc.title, blocks))  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="probe-pdf-") as tmp:
        if kind == "word":
            return word_pdf(document, Path(tmp))
        return browser_pdf(document, Path(tmp), kind)


@pytest.mark.parametrize(("name", "kind", "mode"), [
    pytest.param("t2021", "word", "link", id="t2021-word-export-link"),
    pytest.param("t2021", "word", "direct", id="t2021-word-export-direct"),
    pytest.param("t2019", "word", "direct", id="t2019-word-export-direct"),
    pytest.param("t2021", "landscape", "link", id="t2021-browser-landscape-link"),
    pytest.param("t2021", "portrait", "direct", id="t2021-browser-portrait-direct"),
])
def test_exported_pdf(name: str, kind: str, mode: str) -> None:
    doc = {"t2021": traffic_2021, "t2019": ecology_2020}[name]()
    report = parse_both(mode, doc.title, doc.agency, f"{doc.year + 1}-01-20", exported_pdf(name, kind))
    assert (report.year, report.template, report.agency) == (doc.year, doc.template, doc.agency)
    assert_grid(report, KEYS21 if name == "t2021" else KEYS19, doc.apply)
    assert_review(report, doc.review)
    assert failed(report) == []


@pytest.mark.parametrize("mode", ["direct"])
def test_t2021_unruled_tables(mode: str) -> None:
    """Tables printed without lines (WPS 'no border' style): columns kept apart only by white space."""
    doc = traffic_2021()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout(ruled=False, split=None)))
    assert report.template == "t2021"
    assert_grid(report, KEYS21, doc.apply)
    assert_review(report, doc.review)
    assert failed(report) == []


@pytest.mark.parametrize("mode", ["link"])
def test_t2021_org_subtotal_column(mode: str) -> None:
    """A local grid with a printed 法人或其他组织小计 column (8 numeric columns)."""
    doc = traffic_2021()
    doc.org_subtotal = True
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    assert_grid(report, KEYS21, doc.apply)
    assert failed(report) == []


@pytest.mark.parametrize("mode", ["direct"])
def test_long_title_and_dated_running_header(mode: str) -> None:
    """A long agency name wraps the title over two lines; every page header carries the issue month of the next
    year. The reporting year stays the one of the statistics period."""
    doc = traffic_2021()
    doc.agency = "景宁畲族自治县人力资源和社会保障局"
    doc.title = f"{doc.agency}2021年政府信息公开工作年度报告"
    doc.prose = ["本报告所列数据的统计期限为2021年1月1日至2021年12月31日。", "一、总体情况",
                 "全年共收到政府信息公开申请9件，上年结转1件，均已按期答复。"]
    pdf = build_pdf(doc, Layout(running_header="景宁畲族自治县人力资源和社会保障局 2022年1月印发"))
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", pdf)
    assert report.year == 2021
    assert report.agency == doc.agency
    assert report.template == "t2021"
    assert_grid(report, KEYS21, doc.apply)
    assert failed(report) == []


@pytest.mark.parametrize("mode", ["direct"])
def test_thousands_separator_in_section_two(mode: str) -> None:
    doc = traffic_2021()
    doc.active = active21({"规章": ["0", "0", "0"], "规范性": ["2", "1", "7"], "许可": ["12,386"], "处罚": ["1,040"],
                           "强制": ["1"], "收费": ["0"]})
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert got["active.permit.decisions"][0] == 12386
    assert got["active.penalty.decisions"][0] == 1040


@pytest.mark.parametrize("mode", ["link"])
def test_t2019_blank_fee_row(mode: str) -> None:
    """Hubei 2020: the 行政事业性收费 row printed with empty cells: 0 with flag blank."""
    doc = ecology_2020()
    doc.active = active19({"规章": ["0", "0", "0"], "规范性": ["2", "2", "19"], "许可": ["8", "+5", "93"],
                           "其他服务": ["117", "0", "165"], "处罚": ["25", "-1", "22"], "强制": ["4", "0", "0"],
                           "收费": ["", ""], "采购": ["6", "45.6"]})
    report = parse_both(mode, doc.title, doc.agency, "2021-01-25", build_pdf(doc, Layout()))
    got = table_facts(report)
    assert got["active.admin_fee.items_prev"] == (0, "blank")
    assert got["active.admin_fee.items_delta"] == (0, "blank")
    assert got["active.procurement.projects"][0] == 6


def withheld_subtotal_doc() -> Doc:
    """（三）不予公开 printed with its own subtotal numbers on the category row, children under a blank label."""
    doc = traffic_2021()
    doc.agency, doc.title = "遂昌县市场监督管理局", "遂昌县市场监督管理局2021年政府信息公开工作年度报告"
    doc.prose = ["一、总体情况", "2021年，我局主动公开政府信息522条。"]
    rows = list(T2021_APPLY_ROWS)
    apply = [row[:] for row in doc.apply]
    withheld = [sum(apply[i][j] for i in range(4, 12)) for j in range(7)]
    rows = [*rows[:4], ("三、本年度办理结果", "（三）不予公开", ""),
            *[("三、本年度办理结果", "", r[2]) for r in rows[4:12]], *rows[12:]]
    doc.apply_rows, doc.apply = rows, [*apply[:4], withheld, *apply[4:]]
    return doc


@pytest.mark.parametrize("mode", MODES)
def test_t2021_printed_category_subtotal(mode: str) -> None:
    doc = withheld_subtotal_doc()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout(split=14)))
    original = traffic_2021().apply
    assert_grid(report, KEYS21, original)
    got = table_facts(report)
    assert got["apply.outcome.withheld.total"][0] == 1
    assert got["apply.outcome.withheld.business"][0] == 1
    assert failed(report) == []


@pytest.mark.parametrize(("layout", "mode"), [
    pytest.param(Layout(footnote="注：本表数据统计截至2021年12月31日，单位为件。"), "link", id="footnote-under-part-one-link"),
    pytest.param(Layout(footnote="注：本表数据统计截至2021年12月31日，单位为件。"), "direct",
                 id="footnote-under-part-one-direct"),
    pytest.param(Layout(bare_page_number=True, split=None), "direct", id="bare-page-number-under-table-direct"),
    pytest.param(Layout(split=0), "link", id="header-orphaned-on-page-one-link"),
])
def test_t2021_split_details(layout: Layout, mode: str) -> None:
    doc = traffic_2021()
    report = parse_both(mode, doc.title, doc.agency, "2022-01-20", build_pdf(doc, layout))
    assert report.template == "t2021"
    assert_grid(report, KEYS21, doc.apply)
    assert_review(report, doc.review)
    assert failed(report) == []


PROSE_VARIANTS = {
    # "较上年/较2020年" comparisons after the statistic must not be read as statistics
    "compare-prev": (["一、总体情况", "2021年，我局通过门户网站主动公开政府信息286条，较2020年增加35条。",
                      "2021年，我局收到申请公开政府信息的要求9件，较上年减少3件，均完成答复。"],
                     {"active.items_total": 286, "apply.received.total": 9}, []),
    # 新受理…上年转结…全年办结…转下一年办理 (township pattern), agreeing with the grid
    "receipt-chain-agrees": (["一、总体情况", "（二）依申请公开情况。2021年，新受理政府信息公开申请9件，"
                              "上年转结政府信息公开申请1件，全年办结10件，转下一年办理0件。"
                              "共受理因政府信息公开提起的行政复议申请1件，行政诉讼1件。"],
                             {"apply.received.total": 9, "apply.carried_in.total": 1, "review.total": 1,
                              "litigation.total": 1}, []),
    # the same chain disagreeing with the grid (a real township wrote 办结0件 after 新受理10件): R10 must say so
    "receipt-chain-disagrees": (["一、总体情况", "（二）依申请公开情况。2021年，新受理政府信息公开申请9件，"
                                 "上年转结政府信息公开申请1件，全年办结9件，转下一年办理1件。"],
                                {"apply.received.total": 9}, ["R10.apply.carried_out.total",
                                                               "R10.apply.closed.total"]),
}


@pytest.mark.parametrize("variant", list(PROSE_VARIANTS))
def test_t2021_prose_against_grid(variant: str) -> None:
    paragraphs, expected, bad = PROSE_VARIANTS[variant]
    doc = traffic_2021()
    doc.prose = paragraphs
    report = parse_both("direct", doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    text = values(report, "text")
    assert {k: text.get(k) for k in expected} == expected
    assert failed(report) == bad


def test_year_first_title_pdf() -> None:
    doc = traffic_2021()
    doc.title = "2021年云和县交通运输局政府信息公开工作年度报告"
    report = parse_both("link", doc.title, doc.agency, "2022-01-20", build_pdf(doc, Layout()))
    assert (report.year, report.agency, report.template) == (2021, "云和县交通运输局", "t2021")


def _flowable():
    from reportlab.platypus import Flowable

    return Flowable


class Sideways(_flowable()):
    """A wide table drawn turned by 90° on a portrait page."""

    def __init__(self, inner, width: float, height: float) -> None:
        super().__init__()
        self.inner = inner
        self.inner_width, self.inner_height = inner.wrap(height, width)

    def wrap(self, available_width, available_height):
        return self.inner_height, self.inner_width

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.inner_height, 0)
        self.canv.rotate(90)
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def sideways_pdf(doc: Doc, declared: bool) -> bytes:
    """Section 四 on a portrait page, table turned; `declared` sets /Rotate 90 so viewers show it upright."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
    )

    _register_font()
    _, body = _styles()

    def turned(canvas, pdf) -> None:
        if declared:
            canvas.setPageRotation(90)

    frame = (40, 50, A4[0] - 80, A4[1] - 100)
    buffer = io.BytesIO()
    pdf = BaseDocTemplate(buffer, pagesize=A4)
    pdf.addPageTemplates([PageTemplate("portrait", [Frame(*frame)]),
                          PageTemplate("turned", [Frame(*frame)], onPage=turned)])
    review = pdf_table([[c("四、政府信息公开行政复议、行政诉讼情况", 1, 15)], *review_spec(doc)], [48] * 15, size=8)
    story = [Paragraph(doc.title, body), *[Paragraph(p, body) for p in doc.prose],
             Paragraph("二、主动公开政府信息情况", body), pdf_table(doc.active, [150, 110, 110, 110]), PageBreak(),
             Paragraph("三、收到和处理政府信息公开申请情况", body),
             pdf_table(apply_header() + apply_body(doc), list(Layout().apply_widths)),
             NextPageTemplate("turned"), PageBreak(), Sideways(review, A4[0] - 80, A4[1] - 100),
             NextPageTemplate("portrait"), PageBreak(), *[Paragraph(p, body) for p in doc.closing]]
    pdf.build(story)
    return buffer.getvalue()


@pytest.mark.parametrize("declared", [pytest.param(True, id="section-four-page-rotate-90"),
                                      pytest.param(False, id="section-four-printed-sideways")])
def test_section_four_turned_page(declared: bool) -> None:
    doc = traffic_2021()
    report = parse_both("direct", doc.title, doc.agency, "2022-01-20", sideways_pdf(doc, declared))
    assert report.template == "t2021"
    assert_grid(report, KEYS21, doc.apply)
    assert_review(report, doc.review)
    assert failed(report) == []
