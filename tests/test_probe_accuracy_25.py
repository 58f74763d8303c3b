"""Independent probe: reports published as ATTACHMENTS (spec 3.5).

A portal article page says 详见附件 and links the report file; the file is a second capture. Each case generates a
complete, internally consistent t2021 or t2019 report from a seed (sections 一 to 六, the section 二/三/四 tables
obeying the rules of spec 1(d)), renders it as a PDF with ruled tables (reportlab: portrait, landscape, mixed
orientation, a section-三 table split over two pages with its header repeated), a DOCX (python-docx: merged header
cells, Word table styles, landscape sections) or an XLSX (openpyxl: one sheet or one sheet per section, merged
cells), and parses `parse_report([page], [file])`. A careful reader records every printed cell under the keys of
spec section 2 with source 'table' and origin = the file format (docs/schema.md), the template and reporting year,
and no failing consistency check on a clean document. A few cases carry the prose on the HTML page and only the
tables in the attached file. Further variants: zero cells typed blank/—///无 (value 0 with the flag), split tables
without a repeated header, downfile.jsp URLs with percent-encoded names served as octet-stream, Word/Excel files
exported by LibreOffice (PDF, .doc, .xls), =SUM() totals, full-width digits, thousands separators, titles carrying
the publication year, pdf.js iframe viewers. Expectations come from the spec and docs/schema.md, not from the parser.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote

import pytest
from test_probe_accuracy_21 import NOT_PROCESSED, OTHER_2021, UNAVAILABLE, WITHHELD

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FONT = "WQYMicroHei25"

APPLICANTS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org")
COLS = APPLICANTS + ("total",)

BLOCKS = ("review", "litigation.direct", "litigation.after_review")
RESULTS = ("upheld", "corrected", "other", "pending")

AGENCIES = (
    ("杭州市余杭区人民政府办公室", "www.yuhang.gov.cn", "余杭区人民政府", "330110"),
    ("赤壁市自然资源和规划局", "chibi.gov.cn", "赤壁市人民政府", "421281"),
    ("安吉县市场监督管理局", "www.anji.gov.cn", "安吉县人民政府", "330523"),
    ("宿迁市生态环境局", "www.suqian.gov.cn", "宿迁市人民政府", "321300"),
    ("雄县人力资源和社会保障局", "www.xiongxian.gov.cn", "雄县人民政府", "130638"),
    ("南岳区住房和城乡建设局", "www.nanyue.gov.cn", "衡阳市南岳区人民政府", "430412"),
    ("铜陵市义安区人民政府", "www.ahtlyaq.gov.cn", "铜陵市义安区人民政府", "340706"),
    ("西安市莲湖区教育局", "www.lianhu.gov.cn", "西安市莲湖区人民政府", "610104"),
    ("南平市交通运输局", "www.np.gov.cn", "南平市人民政府", "350700"),
    ("宁波市江北区卫生健康局", "www.nbjb.gov.cn", "宁波市江北区人民政府", "330205"),
    ("榕城区民政局", "www.jyrongcheng.gov.cn", "揭阳市榕城区人民政府", "445202"),
    ("淮安市财政局", "www.huaian.gov.cn", "淮安市人民政府", "320800"),
)

MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
}

# ---------------------------------------------------------------------------------------------------------------
# seeded report generator
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Data:
    template: str
    year: int
    agency: str
    host: str
    site: str
    code: str
    active: dict[str, float]
    apply: dict[str, list[int]]  # row key -> 7 values (six applicant columns + total)
    review: dict[str, dict[str, int]]
    items_total: int
    facts: dict[str, float] = field(default_factory=dict)
    title_year: int = 0  # the year printed in titles; 0 = the reporting year


def _small(rng: random.Random, p_zero: float, hi: int) -> int:
    return 0 if rng.random() < p_zero else rng.randint(1, hi)


def apply_rows(template: str) -> list[str]:
    rows = ["received_new", "carried_in", "outcome.granted", "outcome.partial"]
    rows += [f"outcome.withheld.{k}" for k, _ in WITHHELD]
    rows += [f"outcome.unavailable.{k}" for k, _ in UNAVAILABLE]
    rows += [f"outcome.not_processed.{k}" for k, _ in NOT_PROCESSED]
    rows += [f"outcome.other.{k}" for k, _ in OTHER_2021] if template == "t2021" else ["outcome.other"]
    return rows + ["outcome.total", "carried_out"]


def generate(seed: int, template: str) -> Data:
    rng = random.Random(seed * 7919 + (21 if template == "t2021" else 19))
    year = rng.choice((2021, 2022, 2023, 2024)) if template == "t2021" else rng.choice((2019, 2020))
    agency, host, site, code = AGENCIES[seed % len(AGENCIES)]
    rows = apply_rows(template)
    outcome_leaves = [r for r in rows if r.startswith("outcome.") and r != "outcome.total"]
    apply: dict[str, list[int]] = {r: [0] * 7 for r in rows}
    for c, col in enumerate(APPLICANTS):
        busy = col == "natural_person" or rng.random() < 0.45
        if not busy:
            continue
        scale = 40 if col == "natural_person" else 6
        for r in outcome_leaves:
            if r == "outcome.granted":
                apply[r][c] = rng.randint(0, scale)
            else:
                apply[r][c] = _small(rng, 0.65, max(2, scale // 6))
        total = sum(apply[r][c] for r in outcome_leaves)
        apply["outcome.total"][c] = total
        apply["carried_in"][c] = rng.randint(0, min(total, 3))
        apply["carried_out"][c] = _small(rng, 0.6, 3)
        apply["received_new"][c] = total + apply["carried_out"][c] - apply["carried_in"][c]
    for r in rows:
        apply[r][6] = sum(apply[r][:6])
    review: dict[str, dict[str, int]] = {}
    for b in BLOCKS:
        cells = {k: _small(rng, 0.55, 4) for k in RESULTS}
        cells["total"] = sum(cells.values())
        review[b] = cells
    if template == "t2021":
        active: dict[str, float] = {}
        for row in ("regulation", "normative"):
            issued = _small(rng, 0.5 if row == "regulation" else 0.2, 3 if row == "regulation" else 25)
            repealed = _small(rng, 0.6, 5)
            active[f"active.{row}.issued"] = issued
            active[f"active.{row}.repealed"] = repealed
            active[f"active.{row}.in_force"] = issued + rng.randint(repealed, repealed + 60)
        active["active.permit.decisions"] = rng.randint(0, 9000)
        active["active.penalty.decisions"] = rng.randint(0, 800)
        active["active.coercion.decisions"] = _small(rng, 0.4, 60)
        active["active.admin_fee.amount"] = rng.choice((0, round(rng.uniform(0.5, 900), 2)))
    else:
        active = {}
        for row in ("regulation", "normative"):
            issued = _small(rng, 0.5 if row == "regulation" else 0.2, 3 if row == "regulation" else 25)
            active[f"active.{row}.issued"] = issued
            active[f"active.{row}.published_new"] = issued
            active[f"active.{row}.public_total"] = issued + rng.randint(0, 120)
        for row in ("permit", "other_service", "penalty", "coercion"):
            active[f"active.{row}.items_prev"] = rng.randint(0, 300)
            active[f"active.{row}.items_delta"] = rng.choice((0, 0, rng.randint(1, 20), -rng.randint(1, 8)))
            active[f"active.{row}.decisions"] = rng.randint(0, 5000)
        active["active.admin_fee.items_prev"] = rng.randint(0, 30)
        active["active.admin_fee.items_delta"] = rng.choice((0, -rng.randint(1, 3), rng.randint(1, 2)))
        active["active.procurement.projects"] = rng.randint(0, 60)
        active["active.procurement.amount"] = round(rng.uniform(10, 3000), 2)
    data = Data(template, year, agency, host, site, code, active, apply, review, rng.randint(120, 4000))
    facts: dict[str, float] = dict(active)
    for r, values in apply.items():
        for col, v in zip(COLS, values, strict=True):
            facts[f"apply.{r}.{col}"] = v
    for b, cells in review.items():
        for k, v in cells.items():
            facts[f"{b}.{k}"] = v
    data.facts = facts
    return data


# ---------------------------------------------------------------------------------------------------------------
# table model: a full grid, '' under merged cells, spans (r0, c0, r1, c1) inclusive
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Table:
    rows: list[list[str]]
    spans: list[tuple[int, int, int, int]]
    header_rows: int
    widths: list[float]  # relative widths


def _fmt(v: float) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.2f}"
    return str(int(v))


def _signed(v: float) -> str:
    return f"+{int(v)}" if v > 0 else str(int(v))


def table_active(d: Data) -> Table:
    a = d.active
    rows: list[list[str]] = []
    spans: list[tuple[int, int, int, int]] = []

    def caption(text: str) -> None:
        spans.append((len(rows), 0, len(rows), 3))
        rows.append([text, "", "", ""])

    def line(cells: list[str], merge_from: int | None = None) -> None:
        if merge_from is not None:
            spans.append((len(rows), merge_from, len(rows), 3))
            cells = cells[:merge_from + 1] + [""] * (3 - merge_from)
        rows.append(cells)

    if d.template == "t2021":
        caption("第二十条第（一）项")
        line(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        for row, label in (("regulation", "规章"), ("normative", "行政规范性文件")):
            line([label] + [_fmt(a[f"active.{row}.{k}"]) for k in ("issued", "repealed", "in_force")])
        caption("第二十条第（五）项")
        line(["信息内容", "本年处理决定数量"], 1)
        line(["行政许可", _fmt(a["active.permit.decisions"])], 1)
        caption("第二十条第（六）项")
        line(["信息内容", "本年处理决定数量"], 1)
        line(["行政处罚", _fmt(a["active.penalty.decisions"])], 1)
        line(["行政强制", _fmt(a["active.coercion.decisions"])], 1)
        caption("第二十条第（八）项")
        line(["信息内容", "本年收费金额（单位：万元）"], 1)
        line(["行政事业性收费", _fmt(a["active.admin_fee.amount"])], 1)
    else:
        caption("第二十条第（一）项")
        line(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"])
        for row, label in (("regulation", "规章"), ("normative", "规范性文件")):
            line([label] + [_fmt(a[f"active.{row}.{k}"]) for k in ("issued", "published_new", "public_total")])
        for item, pairs in (("第二十条第（五）项", (("permit", "行政许可"), ("other_service", "其他对外管理服务事项"))),
                            ("第二十条第（六）项", (("penalty", "行政处罚"), ("coercion", "行政强制")))):
            caption(item)
            line(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
            for row, label in pairs:
                line([label, _fmt(a[f"active.{row}.items_prev"]), _signed(a[f"active.{row}.items_delta"]),
                      _fmt(a[f"active.{row}.decisions"])])
        caption("第二十条第（八）项")
        line(["信息内容", "上一年项目数量", "本年增/减"], 2)
        line(["行政事业性收费", _fmt(a["active.admin_fee.items_prev"]), _signed(a["active.admin_fee.items_delta"])], 2)
        caption("第二十条第（九）项")
        line(["信息内容", "采购项目数量", "采购总金额"], 2)
        line(["政府集中采购", _fmt(a["active.procurement.projects"]), _fmt(a["active.procurement.amount"])], 2)
    return Table(rows, spans, 0, [2.2, 1.6, 1.6, 1.6])


def table_apply(d: Data) -> Table:
    rows: list[list[str]] = []
    spans: list[tuple[int, int, int, int]] = [(0, 0, 2, 2), (0, 3, 0, 9), (1, 3, 2, 3), (1, 4, 1, 8), (1, 9, 2, 9)]
    rows.append(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"] + [""] * 6)
    rows.append(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"])
    rows.append(["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""])

    def nums(key: str) -> list[str]:
        return [str(v) for v in d.apply[key]]

    def whole(label: str, key: str) -> None:
        spans.append((len(rows), 0, len(rows), 2))
        rows.append([label, "", ""] + nums(key))

    whole("一、本年新收政府信息公开申请数量", "received_new")
    whole("二、上年结转政府信息公开申请数量", "carried_in")
    first = len(rows)

    def level2(label: str, key: str) -> None:
        spans.append((len(rows), 1, len(rows), 2))
        rows.append(["三、本年度办理结果" if len(rows) == first else "", label, ""] + nums(key))

    def group(label: str, prefix: str, items: tuple[tuple[str, str], ...]) -> None:
        spans.append((len(rows), 1, len(rows) + len(items) - 1, 1))
        for i, (k, text) in enumerate(items):
            rows.append(["三、本年度办理结果" if len(rows) == first else "", label if i == 0 else "", text]
                        + nums(f"{prefix}.{k}"))

    level2("（一）予以公开", "outcome.granted")
    level2("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "outcome.partial")
    group("（三）不予公开", "outcome.withheld", WITHHELD)
    group("（四）无法提供", "outcome.unavailable", UNAVAILABLE)
    group("（五）不予处理", "outcome.not_processed", NOT_PROCESSED)
    if d.template == "t2021":
        group("（六）其他处理", "outcome.other", OTHER_2021)
    else:
        level2("（六）其他处理", "outcome.other")
    level2("（七）总计", "outcome.total")
    spans.append((first, 0, len(rows) - 1, 0))
    whole("四、结转下年度继续办理", "carried_out")
    return Table(rows, spans, 3, [1.1, 1.5, 3.0] + [0.85] * 7)


def table_review(d: Data) -> Table:
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        ["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
        heads + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        [""] * 5 + heads + heads,
    ]
    spans = [(0, 0, 0, 4), (0, 5, 0, 14), (1, 5, 1, 9), (1, 10, 1, 14)] + [(1, c, 2, c) for c in range(5)]
    values: list[str] = []
    for b in BLOCKS:
        values += [str(d.review[b][k]) for k in RESULTS + ("total",)]
    rows.append(values)
    return Table(rows, spans, 3, [1.0] * 15)


# ---------------------------------------------------------------------------------------------------------------
# the report as blocks: ("title", text) ("para", text) ("heading", text) ("table", Table)
# ---------------------------------------------------------------------------------------------------------------

SECTION_TITLES = {
    "二": "二、主动公开政府信息情况",
    "三": "三、收到和处理政府信息公开申请情况",
    "四": "四、政府信息公开行政复议、行政诉讼情况",
}


def title_of(d: Data) -> str:
    return f"{d.agency}{d.title_year or d.year}年政府信息公开工作年度报告"


def intro(d: Data) -> str:
    notice = "国办公开办函〔2021〕30号" if d.template == "t2021" else "国办公开办函〔2019〕60号"
    return (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}文件要求编制。全文包括总体情况、"
            "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
            f"其他需要报告的事项。本报告中所列数据的统计期限自{d.year}年1月1日起至{d.year}年12月31日止。本报告电子版可在"
            f"“{d.site}”门户网站（http://{d.host}）查阅或下载。如对本报告有任何疑问，请与{d.agency}办公室联系"
            "（电话：0571-88123456）。")


def overview(d: Data) -> list[tuple[str, str]]:
    a = d.apply
    rv = d.review["review"]["total"]
    lit = d.review["litigation.direct"]["total"] + d.review["litigation.after_review"]["total"]
    lit_text = (f"全年发生政府信息公开行政复议{rv}件，行政诉讼{lit}件。" if rv or lit
                else "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。")
    return [
        ("heading", "一、总体情况"),
        ("para", f"{d.year}年，{d.agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，"
                 "围绕中心工作，不断深化政务公开，切实保障人民群众的知情权、参与权、表达权和监督权。"),
        ("para", f"（一）主动公开。全年通过门户网站主动公开政府信息{d.items_total}条，及时发布政策文件、"
                 "财政预决算、重点项目、行政执法等信息，同步做好政策解读工作。"),
        ("para", f"（二）依申请公开。全年共新收政府信息公开申请{a['received_new'][6]}件，上年结转"
                 f"{a['carried_in'][6]}件，结转下年度继续办理{a['carried_out'][6]}件，所有申请均在法定期限内答复。"
                 + lit_text),
        ("para", "（三）政府信息管理。严格落实信息发布“三审三校”制度，动态更新政府信息公开指南和目录。"),
        ("para", "（四）政府信息公开平台建设。持续优化政府信息公开专栏，规范设置法定主动公开内容栏目。"),
        ("para", "（五）监督保障。将政务公开工作纳入年度考核，开展业务培训，本年度未发生责任追究情况。"),
    ]


def closing(d: Data) -> list[tuple[str, str]]:
    fee = ("本年度未收取政府信息公开信息处理费。" if d.template == "t2021"
           else "本年度未收取政府信息公开相关费用。")
    return [
        ("heading", "五、存在的主要问题及改进情况"),
        ("para", "一是公开内容的全面性还有待提高；二是政策解读形式较为单一。下一步，我们将进一步完善信息发布机制，"
                 "丰富解读形式，提升政务公开质效。"),
        ("heading", "六、其他需要报告的事项"),
        ("para", fee + "人大代表建议和政协委员提案办理结果均已按要求公开。"),
        ("para", f"{d.agency}"),
        ("para", f"{d.year + 1}年1月{15 + d.year % 10}日"),
    ]


def full_blocks(d: Data) -> list[tuple[str, object]]:
    return ([("title", title_of(d)), ("para", intro(d))] + overview(d)
            + [("heading", SECTION_TITLES["二"]), ("table", table_active(d)),
               ("heading", SECTION_TITLES["三"]), ("table", table_apply(d)),
               ("heading", SECTION_TITLES["四"]), ("table", table_review(d))]
            + closing(d))


def tables_only_blocks(d: Data) -> list[tuple[str, object]]:
    return [("title", f"{d.agency}{d.title_year or d.year}年政府信息公开工作年度报告统计表"),
            ("heading", SECTION_TITLES["二"]), ("table", table_active(d)),
            ("heading", SECTION_TITLES["三"]), ("table", table_apply(d)),
            ("heading", SECTION_TITLES["四"]), ("table", table_review(d))]


# ---------------------------------------------------------------------------------------------------------------
# PDF (reportlab)
# ---------------------------------------------------------------------------------------------------------------


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_PATH, subfontIndex=0))


def _pdf_table(t: Table, width: float, size: float, rows: range | None = None, header: bool = False):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, TableStyle
    from reportlab.platypus import Table as RLTable

    style = ParagraphStyle("c25", fontName=FONT, fontSize=size, leading=size * 1.25, wordWrap="CJK", alignment=1)
    keep = list(range(t.header_rows)) if header else []
    keep += list(rows if rows is not None else range(len(t.rows)))
    index = {r: i for i, r in enumerate(keep)}
    data = [[Paragraph(text.replace("\n", "<br/>"), style) if text else "" for text in t.rows[r]] for r in keep]
    commands = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r0, c0, r1, c1 in t.spans:
        inside = [index[r] for r in range(r0, r1 + 1) if r in index]
        if not inside or (len(inside) == 1 and c0 == c1):
            continue
        first, last = min(inside), max(inside)
        commands.append(("SPAN", (c0, first), (c1, last)))  # a label continued on the next page stays empty
    total = sum(t.widths)
    table = RLTable(data, colWidths=[width * w / total for w in t.widths])
    table.setStyle(TableStyle(commands))
    return table


def make_pdf(blocks: list[tuple[str, object]], layout: str, split_at: int = 14, repeat: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    _register_font()
    buffer = io.BytesIO()
    portrait_size = landscape(A4) if layout == "landscape" else A4
    doc = BaseDocTemplate(buffer, pagesize=portrait_size, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        w, _h = canvas._pagesize
        canvas.drawCentredString(w / 2, 10 * mm, f"— {document.page} —")
        canvas.restoreState()

    def template(name: str, size) -> PageTemplate:
        w, h = size
        frame = Frame(20 * mm, 20 * mm, w - 40 * mm, h - 42 * mm, id=f"f{name}")
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=footer)

    doc.addPageTemplates([template("main", portrait_size), template("wide", landscape(A4))])
    title_style = ParagraphStyle("t25", fontName=FONT, fontSize=16, leading=24, alignment=1, spaceAfter=10)
    head_style = ParagraphStyle("h25", fontName=FONT, fontSize=12, leading=20, spaceBefore=6, spaceAfter=4)
    body_style = ParagraphStyle("b25", fontName=FONT, fontSize=10.5, leading=17, firstLineIndent=21,
                                wordWrap="CJK")
    width = portrait_size[0] - 40 * mm
    story: list = []
    pending_heading = None
    table_no = 0
    for kind, value in blocks:
        if kind == "title":
            story.append(Paragraph(str(value), title_style))
        elif kind == "para":
            story.append(Paragraph(str(value), body_style))
        elif kind == "heading":
            pending_heading = Paragraph(str(value), head_style)
            if not (layout == "mixed" and str(value).startswith(("三", "四"))):
                story.append(pending_heading)
                pending_heading = None
            elif str(value).startswith("三"):
                story += [NextPageTemplate("wide"), PageBreak(), pending_heading]
                pending_heading = None
            else:
                story.append(pending_heading)
                pending_heading = None
        elif kind == "table":
            assert isinstance(value, Table)
            table_no += 1
            w = landscape(A4)[0] - 40 * mm if layout == "mixed" and table_no >= 2 else width
            size = 7.5 if len(value.widths) > 4 else 9.5
            if layout == "split" and table_no == 2:
                # section 三 runs over a page break; the three header rows are printed again on the next page
                story.append(_pdf_table(value, w, size, range(value.header_rows, split_at), header=True))
                story.append(PageBreak())
                story.append(_pdf_table(value, w, size, range(split_at, len(value.rows)), header=repeat))
            else:
                story.append(KeepTogether([_pdf_table(value, w, size), Spacer(1, 6)]))
            if layout == "mixed" and table_no == 3:
                story += [NextPageTemplate("main"), PageBreak()]
    doc.build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# DOCX (python-docx)
# ---------------------------------------------------------------------------------------------------------------


def _east_asian(run, size: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = "宋体"
    run.font.size = Pt(size)
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")


def make_docx(blocks: list[tuple[str, object]], style: str, landscape_tables: bool = False,
              heading_style: bool = False) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    doc = Document()
    table_no = 0
    for kind, value in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _east_asian(p.add_run(str(value)), 18, bold=True)
        elif kind == "heading":
            text = str(value)
            if landscape_tables and text.startswith("三"):
                section = doc.add_section(WD_SECTION.NEW_PAGE)
                section.orientation = WD_ORIENT.LANDSCAPE
                section.page_width, section.page_height = section.page_height, section.page_width
            if landscape_tables and text.startswith("五"):
                section = doc.add_section(WD_SECTION.NEW_PAGE)
                section.orientation = WD_ORIENT.PORTRAIT
                section.page_width, section.page_height = section.page_height, section.page_width
            if heading_style:
                p = doc.add_heading(level=2)
                _east_asian(p.add_run(text), 14)
            else:
                p = doc.add_paragraph()
                _east_asian(p.add_run(text), 14, bold=True)
        elif kind == "para":
            p = doc.add_paragraph()
            _east_asian(p.add_run(str(value)), 12)
        elif kind == "table":
            assert isinstance(value, Table)
            table_no += 1
            t = value
            table = doc.add_table(rows=len(t.rows), cols=len(t.rows[0]))
            table.style = doc.styles[style]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r0, c0, r1, c1 in t.spans:
                table.cell(r0, c0).merge(table.cell(r1, c1))
            for r in range(t.header_rows):  # Word: 标题行重复 (repeat as header row at the top of each page)
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                tr_pr.append(OxmlElement("w:tblHeader"))
            covered = {(r, c) for r0, c0, r1, c1 in t.spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
                       if (r, c) != (r0, c0)}
            for r, row in enumerate(t.rows):
                for c, text in enumerate(row):
                    if (r, c) in covered or not text:
                        continue
                    cell = table.cell(r, c)
                    p = cell.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _east_asian(p.add_run(text), 9 if len(row) > 4 else 10.5)
            doc.add_paragraph()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# XLSX (openpyxl)
# ---------------------------------------------------------------------------------------------------------------


def _cell_value(text: str, text_numbers: bool = False) -> object:
    plain = text.isascii() and not text.startswith("+") and text.lstrip("-").replace(".", "", 1).isdigit()
    if plain and not text_numbers:
        return float(text) if "." in text else int(text)
    return text


def _write_table(ws, top: int, t: Table, text_numbers: bool = False, formulas: bool = False) -> int:
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r, row in enumerate(t.rows):
        for c, text in enumerate(row):
            cell = ws.cell(row=top + r, column=1 + c)
            if text:
                cell.value = _cell_value(text, text_numbers)
                if formulas and t.header_rows == 3 and len(row) == 10 and r >= 3 and c == 9:
                    cell.value = f"=SUM(D{top + r}:I{top + r})"  # 总计 column typed as a row sum
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r0, c0, r1, c1 in t.spans:
        ws.merge_cells(start_row=top + r0, start_column=1 + c0, end_row=top + r1, end_column=1 + c1)
    return top + len(t.rows)


def make_xlsx(blocks: list[tuple[str, object]], per_sheet: bool, text_numbers: bool = False,
              formulas: bool = False) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "年度报告统计表" if not per_sheet else "说明"
    row = 1
    title = ""
    for kind, value in blocks:
        if kind == "title":
            title = str(value)
            ws.cell(row=row, column=1, value=title).font = Font(size=16, bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            row += 2
        elif kind in ("heading", "para"):
            text = str(value)
            if per_sheet and kind == "heading" and text[:1] in "二三四":
                ws = wb.create_sheet(text[2:][:28])
                row = 1
                ws.cell(row=row, column=1, value=title).font = Font(size=12)
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
                row += 1
            ws.cell(row=row, column=1, value=text).font = Font(size=12, bold=kind == "heading")
            row += 1
        elif kind == "table":
            assert isinstance(value, Table)
            row = _write_table(ws, row, value, text_numbers, formulas) + 1
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# the portal page
# ---------------------------------------------------------------------------------------------------------------


def portal_page(d: Data, file_url: str, file_name: str, body_html: str, charset: str, viewer: bool = False) -> bytes:
    published = f"{d.year + 1}-01-{15 + d.year % 10:02d}"
    path = file_url.split("/", 3)[3]
    attachment = (f'<iframe src="/pdfjs/web/viewer.html?file=/{escape(path)}" width="100%" height="900" '
                  'frameborder="0"></iframe>' if viewer
                  else f'<p>附件：<a href="{escape(file_url)}" target="_blank">{file_name}</a></p>')
    nav = "".join(f'<li><a href="/col/col{1229000 + i}/index.html">{n}</a></li>'
                  for i, n in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进本地"]))
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title_of(d)}_{d.site}</title>
<meta name="ArticleTitle" content="{title_of(d)}"><meta name="ColumnName" content="政府信息公开年报">
<link rel="stylesheet" href="/css/xxgk.css"></head>
<body>
<div class="topbar">欢迎访问{d.site}门户网站 <a href="/jtgb">简体版</a> | <a href="/ftb">繁體版</a> | <a href="/wza">无障碍浏览</a></div>
<div class="header"><img src="/images/logo.png" alt="{d.site}"><ul class="nav">{nav}</ul>
<form action="/jrobot/search.do"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
<a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<div class="xxgk-meta"><table>
<tr><th>索引号：</th><td>{d.code}/{d.year + 1}-000{37 + d.year % 7}</td><th>信息分类：</th><td>政府信息公开年报</td></tr>
<tr><th>发布机构：</th><td>{d.agency}</td><th>发布日期：</th><td>{published}</td></tr>
<tr><th>文　　号：</th><td></td><th>有 效 性：</th><td>有效</td></tr>
<tr><th>名　　称：</th><td colspan="3">{title_of(d)}</td></tr>
</table></div>
<div class="article">
<h1 class="art-title">{title_of(d)}</h1>
<div class="art-info">发布时间：{published} 来源：{d.agency} 浏览次数：<span id="hits">213</span>
字号：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div class="TRS_Editor" id="zoom">
{body_html}
{attachment}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/xxgknb/{d.year}/art_1.html">{d.agency}{d.year - 1}年政府信息公开工作年度报告</a></li>
<li><a href="/zwgk/xxgkzn/index.html">政府信息公开指南</a></li></ul></div>
<div class="footer"><p>主办单位：{d.site}办公室　承办：{d.site}大数据中心</p>
<p>网站标识码：{d.code}0001　<a href="https://beian.miit.gov.cn">浙ICP备05012345号</a>　公安机关备案号 33011002000123</p>
<p>联系电话：0571-88123456　建议使用1366×768分辨率浏览</p></div>
</body></html>"""
    return html.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else "utf-8")


def announce(d: Data, file_ext: str) -> str:
    return (f"<p>　　根据《中华人民共和国政府信息公开条例》规定，现将{title_of(d)}予以公布，详见附件。</p>"
            f"<p>　　本报告电子版（{file_ext.upper()}格式）可在本网站下载。</p>")


def prose_html(d: Data) -> str:
    parts = [f"<p style='text-align:center'><strong>{title_of(d)}</strong></p>", f"<p>　　{intro(d)}</p>"]
    for kind, value in overview(d):
        parts.append(f"<p><strong>{value}</strong></p>" if kind == "heading" else f"<p>　　{value}</p>")
    for number in ("二", "三", "四"):
        parts.append(f"<p><strong>{SECTION_TITLES[number]}</strong></p><p>　　（详见附件）</p>")
    for kind, value in closing(d):
        parts.append(f"<p><strong>{value}</strong></p>" if kind == "heading" else f"<p>　　{value}</p>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    seed: int
    template: str
    fmt: str  # pdf | docx | xlsx
    variant: str  # pdf: portrait|landscape|mixed|split ; docx: a table style ; xlsx: one|sheets
    prose_on_page: bool = False
    charset: str = "utf-8"
    option: str = ""  # comma-separated tokens, see build() and transform()


ZERO_TEXT = {"blank": "", "dash": "—", "slash": "/", "wu": "无"}
HEADER_BREAKS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "商业企业", "科研机构", "社会公益组织", "法律服务机构")


def soffice_convert(body: bytes, source_ext: str, target: str) -> bytes:
    """Export with LibreOffice headless, as clerks save a Word/Excel file as PDF (or as a legacy .doc/.xls)."""
    import subprocess
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="probe25-") as tmp:
        src = Path(tmp) / f"report.{source_ext}"
        src.write_bytes(body)
        filters = {"pdf": "pdf", "doc": "doc:MS Word 97", "xls": "xls:MS Excel 97",
                   "xlsx": "xlsx:Calc MS Excel 2007 XML"}
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        filters[target], "--outdir", f"{tmp}/out", str(src)], check=True, capture_output=True,
                       timeout=180)
        return (Path(tmp) / "out" / f"report.{target}").read_bytes()


def _options(case: Case) -> set[str]:
    return {token for token in case.option.split(",") if token}


def _zeros_as(t: Table, text: str) -> None:
    """Section 三 as many clerks type it: zero cells left empty or filled with a dash/slash/无."""
    for r in range(t.header_rows, len(t.rows)):
        for c in range(3, 10):
            if t.rows[r][c] == "0":
                t.rows[r][c] = text


def _hubei_headers(t: Table) -> None:
    """Hubei 2020 prints explanations inside the 2019 column headers (spec 1(b))."""
    for row in t.rows:
        for c, text in enumerate(row):
            if text == "本年增/减":
                row[c] = "本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)"
            elif text == "处理决定数量":
                row[c] = "处理决定数量(指2020年办件量)"


def _break_headers(t: Table) -> None:
    """Header words broken over two lines inside the cell, as typed in Word/Excel."""
    for r in range(t.header_rows):
        for c, text in enumerate(t.rows[r]):
            if text in HEADER_BREAKS:
                t.rows[r][c] = text[:2] + "\n" + text[2:]


def _split_captions(t: Table) -> list[Table]:
    """Section 二 as one small table per 第二十条 item (spec 1(b): five small tables, each with a caption row)."""
    starts = [r for r, row in enumerate(t.rows) if row[0].startswith("第二十条")] + [len(t.rows)]
    parts = []
    for a, b in zip(starts, starts[1:], strict=False):
        spans = [(r0 - a, c0, r1 - a, c1) for r0, c0, r1, c1 in t.spans if a <= r0 < b]
        parts.append(Table([list(row) for row in t.rows[a:b]], spans, 0, list(t.widths)))
    return parts


FULLWIDTH = str.maketrans("0123456789+-.", "０１２３４５６７８９＋－．")


def _restyle_numbers(t: Table, fullwidth: bool, thousands: bool) -> None:
    """Numbers typed with the full-width input method, or with thousands separators."""
    for row in t.rows:
        for c, text in enumerate(row):
            if not text or not text.isascii() or not text.lstrip("+-").replace(".", "", 1).isdigit():
                continue
            if thousands and abs(float(text)) >= 1000:
                text = f"{float(text):,.2f}" if "." in text else f"{int(text):,}"
            if fullwidth:
                text = text.translate(FULLWIDTH)
            row[c] = text


def transform(blocks: list[tuple[str, object]], options: set[str]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for kind, value in blocks:
        if kind != "table":
            out.append((kind, value))
            continue
        assert isinstance(value, Table)
        is_apply = len(value.widths) == 10
        is_review = len(value.widths) == 15
        for flag, text in ZERO_TEXT.items():
            if flag in options and is_apply:
                _zeros_as(value, text)
        if options & {"fullwidth", "thousands"}:
            _restyle_numbers(value, "fullwidth" in options, "thousands" in options)
        if "hubei" in options and not (is_apply or is_review):
            _hubei_headers(value)
        if "breaks" in options and (is_apply or is_review):
            _break_headers(value)
        if "captions" in options and not (is_apply or is_review):
            out += [("table", part) for part in _split_captions(value)]
        else:
            out.append((kind, value))
    return out


def expected_flags(d: Data, options: set[str]) -> dict[str, str]:
    flags = {}
    for flag in ZERO_TEXT:
        if flag in options:
            flags = {f"apply.{r}.{col}": flag for r, values in d.apply.items()
                     for col, v in zip(COLS, values, strict=True) if v == 0}
    return flags


def build(case: Case) -> tuple[Data, Report, bytes, str]:
    d = generate(case.seed, case.template)
    options = _options(case)
    if "wrongtitle" in options:  # titles carry the publication year; only 统计期限 gives the reporting year
        d.title_year = d.year + 1
    blocks = tables_only_blocks(d) if case.prose_on_page or case.fmt == "xlsx" else full_blocks(d)
    blocks = transform(blocks, options)
    if case.fmt == "pdf":
        split = next((int(o) for o in options if o.isdigit()), 14)
        body = make_pdf(blocks, case.variant, split, repeat="norepeat" not in options)
    elif case.fmt == "docx":
        body = make_docx(blocks, case.variant, landscape_tables="landscape" in options,
                         heading_style="heading" in options)
    else:
        body = make_xlsx(blocks, per_sheet=case.variant == "sheets", text_numbers="textnum" in options,
                         formulas="formulas" in options)
    for target in ("pdf", "doc", "xls"):  # the file the portal serves is an export of the DOCX/XLSX
        if f"to-{target}" in options:
            body = soffice_convert(body, case.fmt, target)
    if "formulas" in options:  # re-saved by Calc, which computes and caches the formula results as Excel does
        body = soffice_convert(body, "xlsx", "xlsx")
    file_ext = next((t for t in ("pdf", "doc", "xls") if f"to-{t}" in options), case.fmt)
    stamp = f"{d.year + 1}01{15 + d.year % 10:02d}"
    page_url = f"http://{d.host}/zwgk/xxgknb/{d.year + 1}01/t{stamp}_{4800000 + case.seed * 37}.html"
    file_name = (f"{d.agency}{d.title_year or d.year}年政府信息公开工作年度报告统计表.{file_ext}" if case.prose_on_page
                 else f"{title_of(d)}.{file_ext}")
    file_url = f"http://{d.host}/zwgk/xxgknb/{d.year + 1}01/P0{stamp}{390000000 + case.seed * 7919}.{file_ext}"
    if "download" in options or "download-gbk" in options:  # Hanweb downfile.jsp with a percent-encoded name
        raw = file_name.encode("gbk" if "download-gbk" in options else "utf-8")
        file_url = (f"http://{d.host}/module/download/downfile.jsp?classid=0&filename={quote(raw)}"
                    f"&fileid={3000000 + case.seed}")
    body_html = prose_html(d) if case.prose_on_page else announce(d, file_ext)
    page_bytes = portal_page(d, file_url, file_name, body_html, case.charset, viewer="viewer" in options)
    octet = bool(options & {"octet", "download", "download-gbk"})
    mime = "application/octet-stream" if octet else MIME[file_ext]
    file_headers = {"content-type": mime}
    if octet:  # served as a download: the real name travels in Content-Disposition
        file_headers["content-disposition"] = f"attachment; filename*=UTF-8''{quote(file_name)}"
    page = Fetched(page_url, page_bytes, {"content-type": f"text/html; charset={case.charset}"})
    report = parse_report([page], [Fetched(file_url, body, file_headers)])
    return d, report, body, file_url


CASES = [
    # PDF, portrait A4, ruled tables
    pytest.param(Case(1, "t2021", "pdf", "portrait"), id="pdf-portrait-t2021-a"),
    pytest.param(Case(2, "t2021", "pdf", "portrait"), id="pdf-portrait-t2021-b"),
    pytest.param(Case(3, "t2021", "pdf", "portrait", charset="gbk"), id="pdf-portrait-t2021-gbk-page"),
    pytest.param(Case(4, "t2021", "pdf", "portrait", option="octet"), id="pdf-portrait-t2021-octet-stream"),
    pytest.param(Case(5, "t2019", "pdf", "portrait"), id="pdf-portrait-t2019-a"),
    pytest.param(Case(6, "t2019", "pdf", "portrait"), id="pdf-portrait-t2019-b"),
    pytest.param(Case(7, "t2019", "pdf", "portrait", charset="gbk"), id="pdf-portrait-t2019-gbk-page"),
    # PDF, every page landscape
    pytest.param(Case(8, "t2021", "pdf", "landscape"), id="pdf-landscape-t2021-a"),
    pytest.param(Case(9, "t2021", "pdf", "landscape"), id="pdf-landscape-t2021-b"),
    pytest.param(Case(10, "t2019", "pdf", "landscape"), id="pdf-landscape-t2019-a"),
    pytest.param(Case(11, "t2019", "pdf", "landscape"), id="pdf-landscape-t2019-b"),
    # PDF, portrait text with landscape pages for sections 三/四
    pytest.param(Case(12, "t2021", "pdf", "mixed"), id="pdf-mixed-orientation-t2021-a"),
    pytest.param(Case(13, "t2021", "pdf", "mixed"), id="pdf-mixed-orientation-t2021-b"),
    pytest.param(Case(14, "t2019", "pdf", "mixed"), id="pdf-mixed-orientation-t2019"),
    # PDF, section 三 split over two pages with its header rows printed again
    pytest.param(Case(15, "t2021", "pdf", "split", option="5"), id="pdf-split-after-carried-in-t2021"),
    pytest.param(Case(16, "t2021", "pdf", "split", option="9"), id="pdf-split-inside-withheld-t2021"),
    pytest.param(Case(17, "t2021", "pdf", "split", option="20"), id="pdf-split-inside-not-processed-t2021"),
    pytest.param(Case(18, "t2019", "pdf", "split", option="12"), id="pdf-split-inside-withheld-t2019"),
    pytest.param(Case(19, "t2019", "pdf", "split", option="24"), id="pdf-split-before-other-t2019"),
    # DOCX, Word table styles, merged header cells
    pytest.param(Case(20, "t2021", "docx", "Table Grid"), id="docx-table-grid-t2021-a"),
    pytest.param(Case(21, "t2021", "docx", "Table Grid", option="heading"), id="docx-table-grid-headings-t2021"),
    pytest.param(Case(22, "t2021", "docx", "Light Grid Accent 1"), id="docx-light-grid-t2021"),
    pytest.param(Case(23, "t2021", "docx", "Medium Grid 1 Accent 1", option="landscape"),
                 id="docx-medium-grid-landscape-section-t2021"),
    pytest.param(Case(24, "t2021", "docx", "Table Grid", option="landscape"), id="docx-landscape-section-t2021"),
    pytest.param(Case(25, "t2019", "docx", "Table Grid"), id="docx-table-grid-t2019-a"),
    pytest.param(Case(26, "t2019", "docx", "Light List Accent 1"), id="docx-light-list-t2019"),
    pytest.param(Case(27, "t2019", "docx", "Medium Shading 1 Accent 1", option="heading"),
                 id="docx-medium-shading-headings-t2019"),
    pytest.param(Case(28, "t2019", "docx", "Table Grid", option="landscape", charset="gbk"),
                 id="docx-landscape-section-t2019-gbk-page"),
    pytest.param(Case(29, "t2021", "docx", "Light Shading Accent 1", option="octet"),
                 id="docx-light-shading-octet-stream-t2021"),
    # XLSX, all sections in one sheet / one sheet per section, merged cells
    pytest.param(Case(30, "t2021", "xlsx", "one"), id="xlsx-one-sheet-t2021-a"),
    pytest.param(Case(31, "t2021", "xlsx", "one"), id="xlsx-one-sheet-t2021-b"),
    pytest.param(Case(32, "t2019", "xlsx", "one"), id="xlsx-one-sheet-t2019"),
    pytest.param(Case(33, "t2021", "xlsx", "sheets"), id="xlsx-sheet-per-section-t2021-a"),
    pytest.param(Case(34, "t2021", "xlsx", "sheets", charset="gbk"), id="xlsx-sheet-per-section-t2021-gbk-page"),
    pytest.param(Case(35, "t2019", "xlsx", "sheets"), id="xlsx-sheet-per-section-t2019-a"),
    pytest.param(Case(36, "t2019", "xlsx", "sheets", option="octet"), id="xlsx-sheet-per-section-t2019-octet"),
    # more seeds
    pytest.param(Case(37, "t2021", "pdf", "portrait"), id="pdf-portrait-t2021-c"),
    pytest.param(Case(38, "t2019", "docx", "Light Grid Accent 1"), id="docx-light-grid-t2019"),
    pytest.param(Case(39, "t2021", "docx", "Table Grid"), id="docx-table-grid-t2021-b"),
    pytest.param(Case(40, "t2019", "xlsx", "one"), id="xlsx-one-sheet-t2019-b"),
    # the HTML page carries the prose, the attached file only the tables
    pytest.param(Case(41, "t2021", "xlsx", "sheets", prose_on_page=True), id="prose-on-page-xlsx-sheets-t2021"),
    pytest.param(Case(42, "t2019", "xlsx", "one", prose_on_page=True), id="prose-on-page-xlsx-one-t2019"),
    pytest.param(Case(43, "t2021", "docx", "Table Grid", prose_on_page=True), id="prose-on-page-docx-t2021"),
    pytest.param(Case(44, "t2019", "docx", "Table Grid", prose_on_page=True, charset="gbk"),
                 id="prose-on-page-docx-t2019-gbk"),
    pytest.param(Case(45, "t2021", "pdf", "portrait", prose_on_page=True), id="prose-on-page-pdf-t2021"),
    # zero cells typed as blank / dash / slash / 无 in section 三 (read as 0 with the flag, docs/schema.md)
    pytest.param(Case(46, "t2021", "docx", "Table Grid", option="blank"), id="docx-blank-zeros-t2021"),
    pytest.param(Case(47, "t2019", "xlsx", "one", option="blank"), id="xlsx-blank-zeros-t2019"),
    pytest.param(Case(48, "t2021", "pdf", "portrait", option="blank"), id="pdf-blank-zeros-t2021"),
    pytest.param(Case(49, "t2019", "docx", "Table Grid", option="dash"), id="docx-dash-zeros-t2019"),
    pytest.param(Case(50, "t2021", "xlsx", "sheets", option="slash"), id="xlsx-slash-zeros-t2021"),
    pytest.param(Case(51, "t2021", "docx", "Light Grid Accent 1", option="wu"), id="docx-wu-zeros-t2021"),
    # section 三 continued on the next PDF page WITHOUT its header rows
    pytest.param(Case(52, "t2021", "pdf", "split", option="12,norepeat"), id="pdf-split-no-repeat-t2021"),
    pytest.param(Case(53, "t2019", "pdf", "split", option="8,norepeat"), id="pdf-split-no-repeat-t2019"),
    # attachment served by downfile.jsp with a percent-encoded Chinese name, as octet-stream
    pytest.param(Case(54, "t2021", "pdf", "portrait", option="download"), id="pdf-downfile-utf8-name-t2021"),
    pytest.param(Case(55, "t2019", "docx", "Table Grid", option="download-gbk"), id="docx-downfile-gbk-name-t2019"),
    pytest.param(Case(56, "t2021", "xlsx", "one", option="download"), id="xlsx-downfile-utf8-name-t2021"),
    # numbers typed as text in Excel; Hubei 2020 header explanations; one small table per 第二十条 item;
    # header words broken over two lines inside the cell
    pytest.param(Case(57, "t2021", "xlsx", "one", option="textnum"), id="xlsx-numbers-as-text-t2021"),
    pytest.param(Case(59, "t2019", "docx", "Table Grid", option="hubei"), id="docx-hubei-2020-headers-t2019"),
    pytest.param(Case(61, "t2019", "xlsx", "sheets", option="hubei"), id="xlsx-hubei-2020-headers-t2019"),
    pytest.param(Case(62, "t2021", "docx", "Table Grid", option="captions"), id="docx-section2-small-tables-t2021"),
    pytest.param(Case(63, "t2019", "docx", "Light Grid Accent 1", option="captions,breaks"),
                 id="docx-section2-small-tables-broken-headers-t2019"),
    pytest.param(Case(64, "t2021", "xlsx", "one", option="breaks"), id="xlsx-broken-header-words-t2021"),
    pytest.param(Case(65, "t2019", "pdf", "landscape", option="breaks,blank"), id="pdf-broken-headers-blank-t2019"),
    pytest.param(Case(66, "t2021", "xlsx", "sheets", prose_on_page=True, option="download,blank"),
                 id="prose-on-page-xlsx-downfile-blank-t2021"),
    # Word/Excel exported by LibreOffice: a PDF saved from the DOCX, legacy .doc/.xls files
    pytest.param(Case(67, "t2021", "docx", "Table Grid", option="to-pdf"), id="word-export-pdf-t2021"),
    pytest.param(Case(68, "t2019", "docx", "Table Grid", option="to-pdf,landscape"),
                 id="word-export-pdf-landscape-t2019"),
    pytest.param(Case(69, "t2021", "docx", "Table Grid", option="to-pdf,blank"), id="word-export-pdf-blank-zeros-t2021"),
    pytest.param(Case(70, "t2021", "docx", "Table Grid", option="to-doc"), id="legacy-doc-t2021"),
    pytest.param(Case(71, "t2019", "xlsx", "one", option="to-xls"), id="legacy-xls-t2019"),
    # Excel: the 总计 column typed as =SUM() formulas (saved with cached results, as Excel/Calc do)
    pytest.param(Case(72, "t2021", "xlsx", "one", option="formulas"), id="xlsx-sum-formulas-t2021"),
    pytest.param(Case(73, "t2019", "xlsx", "sheets", option="formulas"), id="xlsx-sum-formulas-t2019"),
    # titles carry the publication year (spec 0: take the year from 统计期限 first); 2021 in a t2019 report's title
    pytest.param(Case(74, "t2021", "pdf", "portrait", option="wrongtitle"), id="pdf-title-has-publication-year-t2021"),
    pytest.param(Case(75, "t2019", "docx", "Table Grid", option="wrongtitle"),
                 id="docx-title-has-publication-year-t2019"),
    # numbers typed full-width, or with thousands separators (spec 2.7)
    pytest.param(Case(76, "t2021", "docx", "Table Grid", option="fullwidth"), id="docx-fullwidth-digits-t2021"),
    pytest.param(Case(77, "t2019", "xlsx", "one", option="fullwidth"), id="xlsx-fullwidth-digits-as-text-t2019"),
    pytest.param(Case(78, "t2021", "pdf", "portrait", option="thousands"), id="pdf-thousands-separators-t2021"),
    pytest.param(Case(79, "t2019", "docx", "Light Grid Accent 1", option="thousands"),
                 id="docx-thousands-separators-t2019"),
    # section 三's header rows alone at the foot of a page, printed again above the body on the next page
    pytest.param(Case(80, "t2021", "pdf", "split", option="3"), id="pdf-split-orphan-header-t2021"),
    # the PDF shown through a pdf.js viewer in an iframe instead of a link (spec 3.5)
    pytest.param(Case(81, "t2021", "pdf", "portrait", option="viewer"), id="pdf-iframe-viewer-t2021"),
    pytest.param(Case(82, "t2019", "pdf", "mixed", option="viewer"), id="pdf-iframe-viewer-mixed-t2019"),
]


def _rule_family(rule: str) -> str:
    return rule.split(".")[0]


@pytest.mark.parametrize("case", CASES)
def test_attachment_report(case: Case) -> None:
    d, report, body, file_url = build(case)
    if case.variant == "split":  # generator sanity: the header really is printed on both pages
        import pdfplumber

        with pdfplumber.open(io.BytesIO(body)) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
        assert sum("自然人" in t for t in texts) == (1 if "norepeat" in case.option else 2)

    assert report.template == d.template
    assert report.year == d.year
    if "wrongtitle" in case.option:
        assert report.year_source == "period"
    assert not report.tables_missing
    assert report.attachment_urls == [file_url]

    table_facts: dict[str, list] = {}
    for f in report.facts:
        if f.source == "table":
            table_facts.setdefault(f.key, []).append(f)
    missing = sorted(set(d.facts) - set(table_facts))
    extra = sorted(set(table_facts) - set(d.facts))
    assert not missing and not extra, f"missing {missing[:12]} ({len(missing)}), extra {extra[:12]} ({len(extra)})"
    wrong = {k: ([f.value for f in fs], d.facts[k]) for k, fs in table_facts.items()
             if len(fs) != 1 or fs[0].value is None or abs(fs[0].value - d.facts[k]) > 1e-6}
    assert not wrong, f"wrong values (got, expected): {dict(list(wrong.items())[:12])} ({len(wrong)})"
    origins = {f.origin for fs in table_facts.values() for f in fs}
    assert origins == {next((t for t in ("pdf", "doc", "xls") if f"to-{t}" in case.option), case.fmt)}
    flags = expected_flags(d, _options(case))
    flagged = {k: fs[0].value_flag for k, fs in table_facts.items() if fs[0].value_flag != flags.get(k)}
    assert not flagged, f"value_flag (got) differs from the printed cell: {dict(list(flagged.items())[:12])}"
    if d.template == "t2021":
        assert table_facts["active.admin_fee.amount"][0].unit == "万元"

    failed = [(c.rule, c.detail) for c in report.checks if not c.passed]
    assert not failed, f"failed checks on a clean report: {failed[:8]}"
    families = {_rule_family(c.rule) for c in report.checks}
    assert {"R1", "R2", "R3", "R6"} <= families, f"checks run: {sorted(families)}"
