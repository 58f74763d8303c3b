"""Real report files for tests and the demo portal: PDF (reportlab), DOCX (python-docx), XLSX (openpyxl),
DOC (LibreOffice), scanned PDF, and the HTML twin of every table — all from one table description.

A table is described HTML-style: rows of cells, each cell (text, rowspan, colspan) listed where it starts.
`expand` gives the grid every format must read back. The data are seed 003 (漳河新区 2021, t2021) and
seed 002 (长春二道 2017, e2014); `numbered_t2021` fills the same tables with distinct values (totals
consistent) so a value read into the wrong cell cannot go unnoticed.

Run `python tests/attachment_factory.py crawler/demo_portal/files` to (re)write the demo files.
"""

from __future__ import annotations

import html
import io
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

CJK_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
CJK_FONT = "WenQuanYiMicroHei"

Cell = tuple[str, int, int]  # text, rowspan, colspan
Spec = list[list[Cell]]


def c(text: object, rowspan: int = 1, colspan: int = 1) -> Cell:
    return (str(text), rowspan, colspan)


def expand(spec: Spec) -> list[list[str]]:
    """The HTML table model: every cell's text repeated over the positions it spans."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(spec):
        col = 0
        for text, rowspan, colspan in row:
            while (r, col) in grid:
                col += 1
            for rr in range(r, r + rowspan):
                for cc in range(col, col + colspan):
                    grid[(rr, cc)] = text
            col += colspan
    n_rows = max(r for r, _ in grid) + 1
    n_cols = max(cc for _, cc in grid) + 1
    return [[grid.get((r, cc), "") for cc in range(n_cols)] for r in range(n_rows)]


def placements(spec: Spec) -> list[tuple[int, int, int, int, str]]:
    """(row, col, rowspan, colspan, text) of every cell, with columns resolved."""
    taken: set[tuple[int, int]] = set()
    cells = []
    for r, row in enumerate(spec):
        col = 0
        for text, rowspan, colspan in row:
            while (r, col) in taken:
                col += 1
            taken.update((rr, cc) for rr in range(r, r + rowspan) for cc in range(col, col + colspan))
            cells.append((r, col, rowspan, colspan, text))
            col += colspan
    return cells


# --------------------------------------------------------------------------------------------- data
T2021_APPLY_ROWS = [  # (level-1, level-2, level-3) labels of the section-三 data rows, template wording
    ("一、本年新收政府信息公开申请数量", "", ""),
    ("二、上年结转政府信息公开申请数量", "", ""),
    ("三、本年度办理结果", "（一）予以公开", ""),
    ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
    *[("三、本年度办理结果", "（三）不予公开", x) for x in (
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")],
    *[("三、本年度办理结果", "（四）无法提供", x) for x in (
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")],
    *[("三、本年度办理结果", "（五）不予处理", x) for x in (
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息")],
    *[("三、本年度办理结果", "（六）其他处理", x) for x in (
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")],
    ("三、本年度办理结果", "（七）总计", ""),
    ("四、结转下年度继续办理", "", ""),
]
APPLICANT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
REVIEW_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


@dataclass
class T2021Data:
    active: dict[str, list[str]]  # 规章/行政规范性文件: 3 values; 行政许可, 行政处罚, 行政强制, 行政事业性收费: 1
    apply: list[list[str]]  # 25 rows × 7 values
    review: list[str]  # 15 values
    prose: list[str] = field(default_factory=list)


def seed_t2021() -> T2021Data:
    """Seed 003: 荆门漳河新区 2021 (no requests, so sections 三/四 are all zero)."""
    return T2021Data(
        active={"规章": ["0", "0", "0"], "行政规范性文件": ["5", "23", "55"], "行政许可": ["3949"],
                "行政处罚": ["895"], "行政强制": ["0"], "行政事业性收费": ["7.522"]},
        apply=[["0"] * 7 for _ in T2021_APPLY_ROWS],
        review=["0"] * 15,
        prose=["一、总体情况",
               "2021年以来，漳河新区认真贯彻落实《省政府办公厅关于印发2021年政务公开工作考评方案的通知》文件精神，"
               "紧紧围绕年度政务公开工作要点，加大信息公开力度。",
               "（一）政府信息主动公开情况",
               "全年主动公开政府信息4578条，其中发布新闻1269条，其他主动公开政府信息1966条。",
               "（二）政府信息依申请公开情况",
               "截止2021年底，新区未收到政府信息依申请公开事项。"],
    )


def numbered_t2021() -> T2021Data:
    """The seed-003 layout with distinct values: each row's 总计 is the sum of its six applicant columns."""
    data = seed_t2021()
    data.apply = []
    for i in range(len(T2021_APPLY_ROWS)):
        values = [(i * 7 + j * 3) % 13 + j for j in range(6)]
        data.apply.append([str(v) for v in values] + [str(sum(values))])
    review = []
    for block in range(3):
        values = [block * 4 + k + 1 for k in range(4)]
        review += [str(v) for v in values] + [str(sum(values))]
    data.review = review
    return data


def t2021_active_spec(data: T2021Data) -> Spec:
    a = data.active
    return [
        [c("第二十条第（一）项", 1, 4)],
        [c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数")],
        [c("规章"), *map(c, a["规章"])],
        [c("行政规范性文件"), *map(c, a["行政规范性文件"])],
        [c("第二十条第（五）项", 1, 4)],
        [c("信息内容"), c("本年处理决定数量", 1, 3)],
        [c("行政许可"), c(a["行政许可"][0], 1, 3)],
        [c("第二十条第（六）项", 1, 4)],
        [c("信息内容"), c("本年处理决定数量", 1, 3)],
        [c("行政处罚"), c(a["行政处罚"][0], 1, 3)],
        [c("行政强制"), c(a["行政强制"][0], 1, 3)],
        [c("第二十条第（八）项", 1, 4)],
        [c("信息内容"), c("本年收费金额（单位：万元）", 1, 3)],
        [c("行政事业性收费"), c(a["行政事业性收费"][0], 1, 3)],
    ]


def t2021_apply_header() -> Spec:
    return [
        [c("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), c("申请人情况", 1, 7)],
        [c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)],
        [c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他")],
    ]


def t2021_apply_body(data: T2021Data, start: int = 0, stop: int | None = None) -> Spec:
    """Data rows [start, stop) with their label cells. A label merged over rows before `start` is cut
    there and left blank after the cut, as Word prints a merged cell split by a page break."""
    stop = len(T2021_APPLY_ROWS) if stop is None else stop
    spec: Spec = []
    for index in range(start, stop):
        level1, level2, level3 = T2021_APPLY_ROWS[index]
        values = [c(v) for v in data.apply[index]]
        if not level2:
            spec.append([c(level1, 1, 3), *values])
            continue
        cells: list[Cell] = []
        for depth in (0, 1) if level3 else (0,):
            label = T2021_APPLY_ROWS[index][depth]
            continues = index > 0 and T2021_APPLY_ROWS[index - 1][depth] == label
            if index == start or not continues:
                span = 1
                while index + span < stop and T2021_APPLY_ROWS[index + span][depth] == label:
                    span += 1
                cells.append(c("" if continues else label, span))
        cells.append(c(level3) if level3 else c(level2, 1, 2))
        spec.append(cells + values)
    return spec


def t2021_apply_spec(data: T2021Data) -> Spec:
    return t2021_apply_header() + t2021_apply_body(data)


def t2021_review_spec(data: T2021Data) -> Spec:
    return [
        [c("行政复议", 1, 5), c("行政诉讼", 1, 10)],
        [*[c(x, 2) for x in REVIEW_COLUMNS], c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)],
        [*map(c, REVIEW_COLUMNS), *map(c, REVIEW_COLUMNS)],
        [*map(c, data.review)],
    ]


E2014_ROWS: list[tuple[str, str, str]] = [  # seed 002 (长春二道 2017): label, unit, value ("" on category rows)
    ("一、主动公开情况", "", ""),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "4156"),
    ("其中：主动公开规范性文件数", "条", "11"),
    ("制发规范性文件总数", "件", "0"),
    ("人大代表建议和政协提案办理结果公开数", "件", "15"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "", ""),
    ("1.政府公报公开政府信息数", "条", "0"),
    ("2.政府网站公开政府信息数", "条", "2841"),
    ("3.政务微博公开政府信息数", "条", "564"),
    ("4.政务微信公开政府信息数", "条", "751"),
    ("5.其他方式公开政府信息数", "条", "0"),
    ("二、回应解读情况", "", ""),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "0"),
    ("（二）通过不同渠道和方式回应解读的情况", "", ""),
    ("1.参加或举办新闻发布会总次数", "次", "0"),
    ("其中：主要负责同志参加新闻发布会次数", "次", "0"),
    ("2.政府网站在线访谈次数", "次", "12"),
    ("其中：主要负责同志参加政府网站在线访谈次数", "次", "11"),
    ("3.政策解读稿件发布数", "篇", "11"),
    ("4.微博微信回应事件数", "次", "311"),
    ("5.其他方式回应事件数", "次", "0"),
    ("三、依申请公开情况", "", ""),
    ("（一）收到申请数", "件", "23"),
    ("1.当面申请数", "件", "19"),
    ("2.传真申请数", "件", "0"),
    ("3.网络申请数", "件", "3"),
    ("4.信函申请数", "件", "1"),
    ("（二）申请办结数", "件", "22"),
    ("1.按时办结数", "件", "21"),
    ("2.延期办结数", "件", "1"),
    ("（三）申请答复数", "件", "22"),
    ("1.属于已主动公开范围数", "件", "0"),
    ("2.同意公开答复数", "件", "10"),
    ("3.同意部分公开答复数", "件", "0"),
    ("4.不同意公开答复数", "件", "2"),
    ("其中：涉及国家秘密", "件", "0"),
    ("涉及商业秘密", "件", "2"),
    ("涉及个人隐私", "件", "0"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "0"),
    ("不是《条例》所指政府信息", "件", "0"),
    ("法律法规规定的其他情形", "件", "0"),
    ("5.不属于本行政机关公开数", "件", "5"),
    ("6.申请信息不存在数", "件", "4"),
    ("7.告知作出更改补充数", "件", "1"),
    ("8.告知通过其他途径办理数", "件", "0"),
    ("四、行政复议数量", "件", "22"),
    ("（一）维持具体行政行为数", "件", "15"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "6"),
    ("五、行政诉讼数量", "件", "3"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "0"),
    ("（二）被依法纠错数", "件", "1"),
    ("（三）其他情形数", "件", "2"),
    ("六、举报投诉数量", "件", "0"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("八、机构建设和保障经费情况", "", ""),
    ("（一）政府信息公开工作专门机构数", "个", "1"),
    ("（二）设置政府信息公开查阅点数", "个", "44"),
    ("（三）从事政府信息公开工作人员数", "人", "2"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "2"),
    ("2.兼职人员数", "人", "0"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "2"),
    ("九、政府信息公开会议和培训情况", "", ""),
    ("（一）召开政府信息公开工作会议或专题会议数", "次", "1"),
    ("（二）举办各类培训班数", "次", "1"),
    ("（三）接受培训人员数", "人次", "70"),
]
E2014_PROSE = [
    "二道区人民政府2017年度政府信息公开工作报告",
    "本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。",
    "一、概述",
    "2017年，二道区人民政府信息公开工作依据《中华人民共和国政府信息公开条例》积极、有序、稳妥推进。",
    "二、主动公开政府信息的情况",
    "2017年，新增主动公开信息达4156条。2017年全区共设立44个便民查阅点。",
    "三、依申请公开政府信息情况",
    "2017年，我区接到依申请政府信息23件，按规定时限回复21件，延迟回复1件，未办结1件。",
    "八、附表：政府信息公开情况统计表",
]


def e2014_spec(rows: list[tuple[str, str, str]] = E2014_ROWS) -> Spec:
    return [[c("政府信息公开情况统计表（2017年度）", 1, 3)], [c("统计指标"), c("单位"), c("统计数")],
            *[[c(label), c(unit), c(value)] for label, unit, value in rows]]


# --------------------------------------------------------------------------------------------- HTML
def html_table(spec: Spec) -> str:
    rows = []
    for row in spec:
        cells = "".join(
            f"<td{f' rowspan={rs}' if rs > 1 else ''}{f' colspan={cs}' if cs > 1 else ''}>{html.escape(t)}</td>"
            for t, rs, cs in row)
        rows.append(f"<tr>{cells}</tr>")
    return "<table border=\"1\">" + "".join(rows) + "</table>"


def html_page(title: str, blocks: list[str | Spec], links: list[tuple[str, str]] = ()) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for block in blocks:
        parts.append(f"<p>{html.escape(block)}</p>" if isinstance(block, str) else html_table(block))
    parts += [f'<p>附件：<a href="{html.escape(href)}">{html.escape(text)}</a></p>' for href, text in links]
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body>{''.join(parts)}</body></html>")


def t2021_html(data: T2021Data, title: str = "漳河新区2021年政府信息公开工作年度报告") -> str:
    return html_page(title, [*data.prose, "二、主动公开政府信息情况", t2021_active_spec(data),
                             "三、收到和处理政府信息公开申请情况", t2021_apply_spec(data),
                             "四、政府信息公开行政复议、行政诉讼情况", t2021_review_spec(data)])


def e2014_html(rows: list[tuple[str, str, str]] = E2014_ROWS) -> str:
    return html_page(E2014_PROSE[0], [*E2014_PROSE[1:], e2014_spec(rows)])


def word_web_page(title: str, blocks: list[str | Spec], encoding: str = "gbk") -> bytes:
    """What Word's "save as web page" writes, published under a .doc name (office namespaces, GBK)."""
    page = html_page(title, blocks).replace("<html>", '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                                            'xmlns:w="urn:schemas-microsoft-com:office:word">')
    return page.replace('charset="utf-8"', f'charset="{encoding}"').encode(encoding)


def mht_file(html_text: str) -> bytes:
    """A single-file web page (MHT): the HTML as a quoted-printable part of a MIME message."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["MIME-Version"] = "1.0"
    message.set_content(html_text, subtype="html", charset="utf-8", cte="quoted-printable")
    multipart = EmailMessage()
    multipart["MIME-Version"] = "1.0"
    multipart.make_mixed()
    multipart.attach(message)
    return multipart.as_bytes()


# --------------------------------------------------------------------------------------------- PDF
def _register_font() -> None:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1  # no timestamps or random ids: the same data give the same bytes
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, CJK_FONT_PATH, subfontIndex=0))


def _styles(size: float = 7.5):
    from reportlab.lib.styles import ParagraphStyle

    _register_font()
    cell = ParagraphStyle("cell", fontName=CJK_FONT, fontSize=size, leading=size * 1.3, wordWrap="CJK")
    body = ParagraphStyle("body", fontName=CJK_FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    return cell, body


def pdf_table(spec: Spec, widths: list[float], size: float = 7.5, ruled: bool = True):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell_style, _ = _styles(size)
    grid = expand(spec)
    matrix = [["" for _ in grid[0]] for _ in grid]
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    for r, col, rs, cs, text in placements(spec):
        matrix[r][col] = Paragraph(html.escape(text), cell_style)
        if rs > 1 or cs > 1:
            style.append(("SPAN", (col, r), (col + cs - 1, r + rs - 1)))
    table = Table(matrix, colWidths=widths)
    table.setStyle(TableStyle(style))
    return table


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(CJK_FONT, 8)
    canvas.drawCentredString(canvas._pagesize[0] / 2, 20, f"第 {doc.page} 页")
    canvas.restoreState()


def _document(buffer: io.BytesIO):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    _register_font()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50)
    portrait = Frame(40, 50, A4[0] - 80, A4[1] - 100, id="portrait")
    wide = landscape(A4)
    sideways = Frame(40, 50, wide[0] - 80, wide[1] - 100, id="landscape")
    doc.addPageTemplates([PageTemplate("portrait", [portrait], onPage=_footer, pagesize=A4),
                          PageTemplate("landscape", [sideways], onPage=_footer, pagesize=wide)])
    return doc


APPLY_WIDTHS = [52, 78, 140] + [35] * 7
APPLY_SPLIT_ROW = 12  # section 三 breaks across pages after this many data rows (inside merged labels)


def t2021_pdf(data: T2021Data, title: str = "漳河新区2021年政府信息公开工作年度报告") -> bytes:
    """Prose and section 二 on page 1; section 三 split over pages 2–3 with its header repeated and the
    merged label cells cut by the break; section 四 on a landscape page 4; then prose again."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer

    buffer = io.BytesIO()
    doc = _document(buffer)
    _, body = _styles()
    story = [Paragraph(title, body), Spacer(1, 8), *[Paragraph(p, body) for p in data.prose],
             Paragraph("二、主动公开政府信息情况", body), pdf_table(t2021_active_spec(data), [150, 110, 110, 110]),
             PageBreak(), Paragraph("三、收到和处理政府信息公开申请情况", body)]
    story.append(pdf_table(t2021_apply_header() + t2021_apply_body(data, 0, APPLY_SPLIT_ROW), APPLY_WIDTHS))
    story.append(PageBreak())
    story.append(pdf_table(t2021_apply_header() + t2021_apply_body(data, APPLY_SPLIT_ROW), APPLY_WIDTHS))
    story += [NextPageTemplate("landscape"), PageBreak(), Paragraph("四、政府信息公开行政复议、行政诉讼情况", body),
              pdf_table(t2021_review_spec(data), [48] * 15, size=8), NextPageTemplate("portrait"), PageBreak(),
              Paragraph("五、存在的主要问题及改进情况", body), Paragraph("一是政府信息公开工作不主动。", body)]
    doc.build(story)
    return buffer.getvalue()


def split_table_pdf(spec: Spec, widths: list[float], split_row: int, repeat: slice = slice(0),
                    footnote: str = "") -> bytes:
    """One table broken over two pages before `split_row` (no span may cross it), the header rows
    `spec[repeat]` printed again on the second page, a footnote under the first part if given."""
    from reportlab.platypus import PageBreak, Paragraph

    buffer = io.BytesIO()
    doc = _document(buffer)
    note = [Paragraph(footnote, _styles()[1])] if footnote else []
    doc.build([pdf_table(spec[:split_row], widths), *note, PageBreak(),
               pdf_table(spec[repeat] + spec[split_row:], widths)])
    return buffer.getvalue()


def rotated_page_pdf(spec: Spec, widths: list[float], declared: bool = True) -> bytes:
    """A landscape table on a portrait page turned by /Rotate 90 (how scanners and some exporters do it);
    not `declared`, the page stays portrait and the table is printed sideways across it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    if declared:
        page.setPageRotation(90)
    table = pdf_table(spec, widths, size=8)
    _, height = table.wrap(A4[1] - 40, A4[0] - 40)
    page.translate(A4[0], 0)
    page.rotate(90)  # content drawn turned back, so the displayed page reads upright
    table.drawOn(page, 20, A4[0] - 20 - height)
    page.showPage()
    page.save()
    return buffer.getvalue()


def e2014_pdf(rows: list[tuple[str, str, str]] = E2014_ROWS, ruled: bool = True) -> bytes:
    """The e2014 report; its one table runs over several pages (reportlab splits it, header repeated).
    Unruled, it is a table printed without lines (columns only kept apart by white space)."""
    from reportlab.platypus import Paragraph, Spacer

    buffer = io.BytesIO()
    doc = _document(buffer)
    _, body = _styles()
    table = pdf_table(e2014_spec(rows), [330, 60, 80], size=9, ruled=ruled)
    table.repeatRows = 2
    doc.build([*[Paragraph(p, body) for p in E2014_PROSE], Spacer(1, 6), table])
    return buffer.getvalue()


def table_image(spec: Spec, row_height: int = 56, font_size: int = 30) -> bytes:
    """A PNG picture of a table (what 图片版 reports publish): ruled cells, text drawn in the CJK font."""
    from PIL import Image, ImageDraw, ImageFont

    grid = expand(spec)
    font = ImageFont.truetype(CJK_FONT_PATH, font_size, index=0)
    widths = [0] * len(grid[0])
    for _, col, _, cs, text in placements(spec):  # each column as wide as its widest unmerged text
        if cs == 1:
            widths[col] = max(widths[col], int(font.getlength(text)) + font_size)
    lefts = [20]
    for width in widths:
        lefts.append(lefts[-1] + width)
    image = Image.new("L", (lefts[-1] + 20, row_height * len(grid) + 40), 255)
    draw = ImageDraw.Draw(image)
    for r, col, rs, cs, text in placements(spec):
        box = (lefts[col], 20 + r * row_height, lefts[col + cs], 20 + (r + rs) * row_height)
        draw.rectangle(box, outline=0, width=2)
        draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), text, font=font, fill=0, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def encrypted_pdf(user_password: str, text: str = "政府信息公开工作年度报告") -> bytes:
    """A PDF protected with a user password ("" gives an owner-password-only file anyone can open)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    _register_font()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt=StandardEncryption(user_password, ownerPassword="owner-secret"))
    page.setFont(CJK_FONT, 12)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def scanned_pdf(images: list[bytes]) -> bytes:
    """A PDF whose pages are only pictures (no text layer), like a scanned 图片版 report."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for image in images:
        reader = ImageReader(io.BytesIO(image))
        w, h = reader.getSize()
        scale = min((A4[0] - 40) / w, (A4[1] - 40) / h)
        page.drawImage(reader, 20, A4[1] - 20 - h * scale, w * scale, h * scale)
        page.showPage()
    page.save()
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------- DOCX / XLSX / DOC
def docx_file(title: str, blocks: list[str | Spec]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        grid = expand(block)
        table = document.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        for r, col, rs, cs, text in placements(block):
            cell = table.cell(r, col)
            if rs > 1 or cs > 1:
                cell = cell.merge(table.cell(r + rs - 1, col + cs - 1))
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def in_content_controls(docx_bytes: bytes) -> bytes:
    """The same DOCX with every top-level table wrapped in a content control (w:sdt), as templates do."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(docx_bytes))
    for table in document.element.body.findall(qn("w:tbl")):
        control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        control.append(content)
        table.addprevious(control)
        content.append(table)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_file(sheets: dict[str, list[Spec]]) -> bytes:
    """One sheet per entry; the tables of a sheet are stacked with one empty row between them."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, specs in sheets.items():
        sheet = workbook.create_sheet(name)
        top = 1
        for spec in specs:
            for r, col, rs, cs, text in placements(spec):
                sheet.cell(top + r, col + 1, _typed(text))
                if rs > 1 or cs > 1:
                    sheet.merge_cells(start_row=top + r, start_column=col + 1, end_row=top + r + rs - 1,
                                      end_column=col + cs)
            top += len(expand(spec)) + 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _typed(text: str) -> object:
    """Numbers go into spreadsheets as numbers, as a clerk would type them."""
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def e2014_docx(rows: list[tuple[str, str, str]] = E2014_ROWS) -> bytes:
    return docx_file(E2014_PROSE[0], [*E2014_PROSE[1:], e2014_spec(rows)])


def t2021_docx(data: T2021Data) -> bytes:
    return docx_file("漳河新区2021年政府信息公开工作年度报告",
                     [*data.prose, "二、主动公开政府信息情况", t2021_active_spec(data),
                      "三、收到和处理政府信息公开申请情况", t2021_apply_spec(data),
                      "四、政府信息公开行政复议、行政诉讼情况", t2021_review_spec(data)])


def e2014_xlsx(rows: list[tuple[str, str, str]] = E2014_ROWS) -> bytes:
    return xlsx_file({"统计表": [e2014_spec(rows)]})


def t2021_xlsx(data: T2021Data) -> bytes:
    return xlsx_file({"主动公开": [t2021_active_spec(data)], "依申请": [t2021_apply_spec(data)],
                      "复议诉讼": [t2021_review_spec(data)]})


def soffice_convert(body: bytes, source_ext: str, target_ext: str) -> bytes:
    """Another format through LibreOffice (private profile, temp dir), e.g. DOCX → DOC."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"in.{source_ext}"
        source.write_bytes(body)
        subprocess.run(["soffice", f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}", "--headless",
                        "--convert-to", target_ext, "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=180)
        return (Path(tmp) / f"in.{target_ext}").read_bytes()


def ofd_file(lines: list[str | tuple[str, ...]]) -> bytes:
    """A minimal OFD package: one page, each line a row of text objects (a tuple: table cells in columns)."""
    objects = []
    for number, line in enumerate(lines):
        cells = (line,) if isinstance(line, str) else line
        for column, text in enumerate(cells):
            x = 20 if len(cells) == 1 else (20, 225, 250)[column]
            objects.append(f'<ofd:TextObject ID="{len(objects) + 10}" Boundary="{x} {20 + number * 6} '
                           f'{len(text) * 3.5} 5" Font="1" Size="3.5"><ofd:TextCode X="0" Y="3.5">'
                           f"{html.escape(text)}</ofd:TextCode></ofd:TextObject>")
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    files = {
        "OFD.xml": f"<ofd:OFD {ns} Version=\"1.0\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                   "</ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
                              "</ofd:Pages></ofd:Document>",
        "Doc_0/Pages/Page_0/Content.xml": f"<ofd:Page {ns}><ofd:Content><ofd:Layer ID=\"2\">{''.join(objects)}"
                                          "</ofd:Layer></ofd:Content></ofd:Page>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in files.items():
            package.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------- demo files
def write_demo_files(directory: Path) -> list[Path]:
    """The attachment twins of the seed reports served by the demo portal."""
    directory.mkdir(parents=True, exist_ok=True)
    erdao_docx = e2014_docx()
    erdao_xlsx = e2014_xlsx()
    files = {
        "zhanghe-2021.pdf": t2021_pdf(seed_t2021()),
        "erdao-2017.docx": erdao_docx,
        "erdao-2017-table.xlsx": erdao_xlsx,
        "erdao-2017-table.xls": soffice_convert(erdao_xlsx, "xlsx", "xls"),
        # LibreOffice 7.4 drops python-docx tables going straight DOCX → DOC; through ODT they survive
        "erdao-2017.doc": soffice_convert(soffice_convert(erdao_docx, "docx", "odt"), "odt", "doc"),
        "zhanghe-2021.scan.pdf": scanned_pdf([table_image(t2021_active_spec(seed_t2021()))]),
    }
    written = []
    for name, body in files.items():
        path = directory / name
        path.write_bytes(body)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_demo_files(Path(sys.argv[1] if len(sys.argv) > 1 else "crawler/demo_portal/files")):
        print(path, path.stat().st_size)
