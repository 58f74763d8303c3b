"""Black-box probe: reports whose statistics tables are NOT in the page text (pr_mis).

Spec: docs/schema.md (Zero versus null; tables_missing, tables_missing_reason), spec 2.7 (seed 004 "has no table
cells at all … record tables_missing=1 and do not emit zeros"), 3.5 (tables pasted as images, PDFs in iframe/embed,
attachments) and the era table of section 0 (e2008/e2014 reports need not carry a statistics table).

Shapes seen on real portals: t2019/t2021 reports whose sections 二/三/四 are pictures (with and without alt text,
lazy-loaded, wrapped in links, inside one-cell layout tables), tables shown through an iframe or an <object>/<embed>
PDF, "详见附件" with a link to an .xls/.pdf that was not fetched, the headings of 二/三/四 printed with nothing under
them, layout tables that flatten to runs of "|" (seed 004), e2014 reports whose 附表 统计表 is an image; and the
counter-cases that must not be flagged: prose-only e2008/e2014 reports, t2021 tables printed as text, tables in a
linked attachment that was fetched. Every document here is written for this file (no copied report text).
"""

from __future__ import annotations

import base64
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

sys.path.insert(0, str(Path(__file__).parent))
from attachment_factory import (  # noqa: E402
    T2021Data,
    e2014_spec,
    e2014_xlsx,
    html_table,
    numbered_t2021,
    placements,
    scanned_pdf,
    t2021_active_spec,
    t2021_apply_header,
    t2021_apply_spec,
    t2021_docx,
    t2021_pdf,
    t2021_review_spec,
    t2021_xlsx,
    table_image,
)

HTML_HEADERS = {"content-type": "text/html; charset=utf-8"}
SECTION_HEADS_2021 = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")
# Fact-key prefixes that can only come from the t2019/t2021 grids of sections 二/三/四.
GRID_PREFIXES = ("active.regulation.", "active.normative.", "active.permit.", "active.penalty.", "active.coercion.",
                 "active.admin_fee.", "active.procurement.", "active.other_service.", "apply.received_new",
                 "apply.carried_in", "apply.carried_out", "apply.outcome.", "review.", "litigation.direct.",
                 "litigation.after_review.")
E2014_TABLE_ONLY = ("response.press_conf_by_head", "response.online_interviews_by_head", "org.dedicated_units",
                    "training.courses", "training.trainees", "apply.answer.denied.state_secret",
                    "apply.answer.denied.commercial_secret", "complaint.total")
TINY_PNG = base64.b64encode(table_image([[("二、主动公开政府信息情况", 1, 1)]], row_height=20, font_size=12)).decode()


# ------------------------------------------------------------------------------------------------ page builders
def portal_page(title: str, content: str, *, agency: str, date: str, index_no: str, site: str,
                charset: str = "utf-8", extra_head: str = "") -> bytes:
    """A CMS article page: header, nav, breadcrumb, 索引号 block, article, footer (logo/QR images in chrome)."""
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_{html.escape(site)}</title>{extra_head}
<link rel="stylesheet" href="/images/2019/css/main.css"></head>
<body>
<div class="header"><img src="/images/2019/logo.png" alt="{html.escape(site)}"><div class="search">
<input type="text" name="searchWord" value="请输入关键字"></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1/index.html">政务公开</a></li>
<li><a href="/col/col2/index.html">政务服务</a></li><li><a href="/col/col3/index.html">互动交流</a></li></ul></div>
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1/index.html">政府信息公开</a> &gt;
<a href="/col/col9/index.html">政府信息公开年报</a></div>
<table class="xxgk_table"><tr><td>索引号：</td><td>{index_no}</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{html.escape(agency)}</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date} 来源：{html.escape(agency)} 字号：[ 大 中 小 ]</div>
<div id="zoom" class="TRS_Editor">
{content}
</div>
<div class="share">分享到：<img src="/images/2019/wx.png" alt="微信"><img src="/images/2019/wb.png" alt="微博"></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办单位：{html.escape(site)}办公室 网站标识码：3311020001</p>
<p>浙ICP备05012345号 <img src="/images/2019/jiucuo.png" alt="政府网站找错"> <img src="/images/2019/ewm.jpg" alt="二维码"></p>
</div></body></html>"""
    return page.encode(charset if charset != "gb2312" else "gb18030")


def p(text: str) -> str:
    return f"<p style=\"text-indent:2em\">{html.escape(text)}</p>"


@dataclass
class Doc:
    """One report as a human would read it: which prose facts it states, whether its tables can be read."""
    year: int
    agency: str
    site: str
    url: str
    prose_facts: dict[str, float]  # key -> value stated in the prose (source='text')
    title: str = ""
    date: str = "2022-01-20"
    index_no: str = "113311020026551234/2022-00031"
    charset: str = "utf-8"

    def __post_init__(self) -> None:
        self.title = self.title or f"{self.agency}{self.year}年政府信息公开工作年度报告"


def intro(doc: Doc, parts: str = "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议"
          "和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项") -> str:
    return p(f"本报告根据《中华人民共和国政府信息公开条例》要求，由{doc.agency}编制。报告包括{parts}。"
             f"报告中所列数据的统计期限自{doc.year}年1月1日起至{doc.year}年12月31日止。"
             f"本报告电子版可在{doc.site}门户网站下载。如对本报告有疑问，请与{doc.agency}联系（电话：0578-2131234）。")


def overview_t20xx(doc: Doc, items: int, website: int) -> str:
    return "".join([
        "<p><strong>一、总体情况</strong></p>",
        p(f"{doc.year}年，我单位坚持以公开为常态、不公开为例外，围绕中心工作扎实推进政务公开，"
          "公开质量和实效稳步提升。"),
        p("（一）主动公开。"
          f"全年主动公开政府信息{items}条，其中通过政府门户网站公开信息{website}条，"
          "及时发布惠企政策、重大项目和民生实事进展情况。"),
        p("（二）依申请公开。进一步规范申请登记、审核、答复流程，严格在法定期限内答复，答复文书规范统一。"),
        p("（三）政府信息管理。严格落实信息发布保密审查制度，对规范性文件实行动态清理。"),
        p("（四）平台建设。优化政府信息公开专栏，对栏目进行梳理归并，方便公众查阅。"),
        p("（五）监督保障。将政务公开纳入年度考核，组织业务培训两期，进一步提升工作人员业务能力。"),
    ])


def closing_t20xx(doc: Doc, fee_line: str = "") -> str:
    return "".join([
        "<p><strong>五、存在的主要问题及改进情况</strong></p>",
        p("工作中仍存在政策解读形式较为单一、基层公开标准化程度不高等问题。下一步将丰富解读形式，"
          "加强业务指导，推动公开工作提质增效。"),
        "<p><strong>六、其他需要报告的事项</strong></p>",
        p(fee_line or "本年度无其他需要报告的事项。"),
    ])


def t20xx_page(doc: Doc, blocks: list[str], items: int, website: int, fee_line: str = "",
               heads: tuple[str, str, str] = SECTION_HEADS_2021, extra_tail: str = "") -> bytes:
    """Sections 一, then each of 二/三/四 heading followed by its block ('' prints the heading alone), 五, 六."""
    parts = [intro(doc), overview_t20xx(doc, items, website)]
    for head, block in zip(heads, blocks, strict=True):
        if head:
            parts.append(f"<p><strong>{html.escape(head)}</strong></p>")
        parts.append(block)
    parts.append(closing_t20xx(doc, fee_line))
    parts.append(extra_tail)
    return portal_page(doc.title, "\n".join(parts), agency=doc.agency, date=doc.date, index_no=doc.index_no,
                       site=doc.site, charset=doc.charset)


def img(src: str, alt: str | None = None, extra: str = "") -> str:
    alt_attr = "" if alt is None else f' alt="{html.escape(alt)}"'
    return f'<p style="text-align:center"><img src="{src}"{alt_attr} width="640" border="0"{extra}></p>'


# ------------------------------------------------------------------------------------------------ documents
DOC21 = dict(year=2021, agency="丽水市莲都区农业农村局", site="丽水市莲都区人民政府",
             url="http://www.liandu.gov.cn/art/2022/1/20/art_1229486934_59120011.html")
DOC20 = dict(year=2020, agency="仙居县横溪镇人民政府", site="仙居县人民政府", date="2021-03-12",
             index_no="002651374/2021-00115", url="http://www.zjxj.gov.cn/art/2021/3/12/art_1229378741_58870321.html")
DOC19 = dict(year=2019, agency="赤壁市自然资源和规划局", site="赤壁市人民政府", date="2020-01-17",
             index_no="011043012/2020-00021", url="http://www.chibi.gov.cn/xxgk/xxgknb/bm/2019nb/202001/t20200117_1958211.shtml")
DOC22 = dict(year=2022, agency="宿迁市宿城区民政局", site="宿迁市宿城区人民政府", date="2023-01-18",
             index_no="014320144/2023-00009", url="https://www.sqsc.gov.cn/scqmzj/gknb/202301/3f2b9a17c0d14e6b8a1f5d6c7e8a9b10.shtml")


def doc(base: dict, items: int, website: int, **kw) -> Doc:
    data = {**base, **kw}
    return Doc(prose_facts={"active.items_total": items, "active.channel.website": website}, **data)


def build(d: Doc, blocks: list[str], **kw) -> list[Fetched]:
    items = int(d.prose_facts["active.items_total"])
    website = int(d.prose_facts["active.channel.website"])
    return [Fetched(d.url, t20xx_page(d, blocks, items, website, **kw),
                    {"content-type": f"text/html; charset={d.charset}"})]


@dataclass
class Case:
    pages: list[Fetched]
    prose: dict[str, float]  # text facts a reader records
    missing: bool | None  # expected tables_missing; None = not determined by the spec (not asserted)
    attachments: list[Fetched] = field(default_factory=list)
    expect_table: dict[str, float] = field(default_factory=dict)  # table facts that must be read
    forbid_prefixes: tuple[str, ...] = GRID_PREFIXES  # table-fact keys that must NOT appear
    template: str | None = None
    year: int | None = None
    extra_text: dict[str, float] = field(default_factory=dict)
    forbid_rules: str = r"R([1-9]|10)\b"  # checks that must not be reported (rules on tables that are absent)


# --- block shapes for sections 二/三/四 whose table is not in the text
def imgs_alt(stem: str) -> list[str]:
    return [img(f"/picture/0/{stem}_{i}.png", alt=f"{head}表") for i, head in enumerate(SECTION_HEADS_2021, 1)]


def imgs_noalt(stem: str) -> list[str]:
    return [img(f"/picture/0/{stem}{i}.jpg") for i in range(1, 4)]


def imgs_filename_alt(stem: str) -> list[str]:
    return [img(f"/uploadfiles/{stem}{i}.png", alt=f"{stem}{i}.png") for i in range(1, 4)]


def imgs_lazy(stem: str) -> list[str]:
    return [f'<p align="center"><img class="lazy" src="/static/images/loading.gif" data-src="/upload/{stem}{i}.png" '
            f'data-original="/upload/{stem}{i}.png" style="width:100%"></p>' for i in range(1, 4)]


def imgs_linked(stem: str) -> list[str]:
    return [f'<p align="center"><a href="/picture/big/{stem}{i}.jpg" target="_blank">'
            f'<img src="/picture/small/{stem}{i}.jpg" title="点击查看大图" border="0"></a></p>' for i in range(1, 4)]


def imgs_datauri(_: str) -> list[str]:
    return [f'<p><img src="data:image/png;base64,{TINY_PNG}" width="600"></p>' for _ in range(3)]


def imgs_in_layout_table(stem: str) -> list[str]:
    return [f'<table width="100%" border="0" cellspacing="0"><tbody><tr><td align="center">'
            f'<img src="/upload/{stem}{i}.png" width="620"></td></tr></tbody></table>' for i in range(1, 4)]


def imgs_with_note(stem: str) -> list[str]:
    return [p("（见下图）") + img(f"/upload/{stem}{i}.png") for i in range(1, 4)]


def imgs_with_caption(stem: str) -> list[str]:
    captions = ("表1 主动公开政府信息情况", "表2 收到和处理政府信息公开申请情况", "表3 行政复议、行政诉讼情况")
    return [img(f"/upload/{stem}{i}.png") + f'<p style="text-align:center">{c}</p>' for i, c in enumerate(captions, 1)]


def iframes(stem: str) -> list[str]:
    return [f'<iframe src="/tables/{stem}/t{i}.html" width="100%" height="600" frameborder="0" scrolling="auto">'
            "</iframe>" for i in range(1, 4)]


def one_pdfjs_iframe(stem: str) -> list[str]:
    return [f'<iframe src="/pdfjs/web/viewer.html?file=/uploadfiles/{stem}.pdf" width="100%" height="900"></iframe>',
            "", ""]


def one_object_pdf(stem: str) -> list[str]:
    return [f'<object data="/uploadfiles/{stem}.pdf" type="application/pdf" width="100%" height="900">'
            "<p>您的浏览器不支持在线预览PDF，请下载后查看。</p></object>", "", ""]


def embeds(stem: str) -> list[str]:
    return [f'<embed src="/uploadfiles/{stem}_{i}.pdf" type="application/pdf" width="100%" height="700">'
            for i in range(1, 4)]


def see_attachment(stem: str, ext: str) -> list[str]:
    return [p("详见附件。"), p("详见附件。"), p("详见附件。")]


def headings_only(_: str) -> list[str]:
    return ["", "", ""]


def empty_paragraphs(_: str) -> list[str]:
    return ["<p>&nbsp;</p><p>&nbsp;</p>", "<p>&nbsp;</p>", "<div class=\"table-wrap\"></div><p><br></p>"]


def placeholder(_: str) -> list[str]:
    return [p("（表格略）"), p("（表略）"), p("（表格略）")]


def layout_pipes(_: str) -> list[str]:
    """Seed 004: the tables were dropped and only the empty layout cells remain, flattening to runs of '|'."""
    empty = "<tr>" + "<td>&nbsp;</td>" * 40 + "</tr>"
    return [f'<table width="100%" border="0">{empty * 3}</table>' for _ in range(3)]


def text_pipes(_: str) -> list[str]:
    return [f"<p>{'|' * 180}</p>", f"<p>{'|' * 240}</p>", f"<p>{'| ' * 60}</p>"]


def att_link(href: str, text: str) -> str:
    return f'<p>附件：<a href="{href}" target="_blank">{html.escape(text)}</a></p>'


# --- block shapes for sections whose table IS readable
def printed_rows(spec) -> list[list[str]]:
    """Each printed cell once, on the row where it starts (a merged cell is not repeated in flattened text)."""
    rows: list[list[str]] = [[] for _ in spec]
    for r, _, _, _, text in sorted(placements(spec), key=lambda x: (x[0], x[1])):
        rows[r].append(text)
    return rows


def grid_pipe_text(spec) -> str:
    return "".join(f"<p>{html.escape(' | '.join(row))} |</p>" for row in printed_rows(spec))


def grid_cell_per_line(spec) -> str:
    return "".join(f"<p>{html.escape(cell)}</p>" for row in printed_rows(spec) for cell in row)


def grid_cell_per_line_pipes(spec) -> str:
    """One cell per line, each followed by ' |', and a line of pipes closing each row (CMS text export)."""
    return "".join("".join(f"<p>{html.escape(cell)} |</p>" for cell in row) + "<p>|||</p>"
                   for row in printed_rows(spec))


def grid_spaced(spec) -> str:
    return "".join(f"<p>{html.escape('  '.join(row))}</p>" for row in printed_rows(spec))


def t2021_blocks_html(data: T2021Data) -> list[str]:
    return [html_table(t2021_active_spec(data)), html_table(t2021_apply_spec(data)),
            html_table(t2021_review_spec(data))]


NUM = numbered_t2021()
NUM_TABLE = {  # what a reader records from the numbered grids
    "apply.received_new.total": float(NUM.apply[0][6]),
    "apply.received_new.natural_person": float(NUM.apply[0][0]),
    "apply.outcome.total.total": float(NUM.apply[23][6]),
    "review.total": float(NUM.review[4]),
    "litigation.direct.total": float(NUM.review[9]),
    "active.normative.issued": 5.0,
    "active.permit.decisions": 3949.0,
}


# ------------------------------------------------------------------------------------------------ cases
def missing_t20xx(base: dict, shape, stem: str, items: int, website: int, **kw) -> Case:
    d = doc(base, items, website, **kw)
    return Case(build(d, shape(stem)), d.prose_facts, True, template="t2021" if d.year >= 2021 else "t2019",
                year=d.year)


def case_attachment_unfetched(base: dict, ext: str, items: int, website: int) -> Case:
    d = doc(base, items, website)
    href = f"/module/download/downfile.jsp?classid=0&filename=2201201530{ext}.{ext}"
    tail = att_link(href, f"{d.year}年政府信息公开工作年度报告统计表.{ext}")
    return Case([Fetched(d.url, t20xx_page(d, see_attachment("a", ext), items, website, extra_tail=tail),
                         HTML_HEADERS)], d.prose_facts, True, template="t2021" if d.year >= 2021 else "t2019",
                year=d.year)


def case_images_fetched_no_ocr() -> Case:
    """The table pictures were archived too (as attachments), but without OCR nothing can be read from them."""
    d = doc(DOC21, 2207, 1630)
    blocks = [img(f"/picture/0/tab{i}.png", alt=f"表{i}") for i in range(1, 4)]
    pngs = [table_image(t2021_active_spec(NUM)), table_image(t2021_review_spec(NUM))]
    atts = [Fetched(urljoin(d.url, f"/picture/0/tab{i}.png"), png, {"content-type": "image/png"}) for i, png in
            zip((1, 3), pngs, strict=True)]
    return Case(build(d, blocks), d.prose_facts, True, attachments=atts, template="t2021", year=2021)


def case_no_section_heads() -> Case:
    """The CMS dropped the tables together with their headings: 一 jumps to 五."""
    d = doc(DOC21, 1845, 1377)
    return Case(build(d, ["", "", ""], heads=("", "", "")), d.prose_facts, True, template="t2021", year=2021)


def case_fee_zero_in_prose() -> Case:
    """A zero stated in prose (信息处理费) is a real text fact even when the tables are pictures."""
    d = doc(DOC21, 966, 702)
    c = Case(build(d, imgs_noalt("xx"), fee_line="本年度未收取政府信息公开信息处理费。"), d.prose_facts, True,
             template="t2021", year=2021)
    c.extra_text = {"fee.info_processing": 0.0}
    return c


def case_gbk_images() -> Case:
    d = doc(DOC19, 1532, 1188, charset="gbk")
    return Case(build(d, imgs_alt("gbk")), d.prose_facts, True, template="t2019", year=2019)


def case_only_active_table(shape) -> Case:
    """Section 二 is an HTML table; 三/四 are pictures or dropped: no zeros for 三/四 (flag not asserted)."""
    d = doc(DOC21, 2630, 1904)
    blocks = [html_table(t2021_active_spec(NUM)), *shape("part")[1:]]
    return Case(build(d, blocks), d.prose_facts, None, template="t2021", year=2021, forbid_rules=r"R([1-6]|10)\b",
                expect_table={"active.normative.issued": 5.0, "active.normative.in_force": 55.0,
                              "active.permit.decisions": 3949.0},
                forbid_prefixes=("apply.received_new", "apply.carried_in", "apply.carried_out", "apply.outcome.",
                                 "review.", "litigation.direct.", "litigation.after_review."))


def case_only_active_and_apply() -> Case:
    """二 and 三 are tables, 四 is a picture: no invented zeros for the 15 cells of 四."""
    d = doc(DOC21, 2630, 1904)
    blocks = [html_table(t2021_active_spec(NUM)), html_table(t2021_apply_spec(NUM)), img("/picture/0/s4.png")]
    return Case(build(d, blocks), d.prose_facts, None, template="t2021", year=2021, forbid_rules=r"R6\b",
                expect_table={"apply.received_new.total": NUM_TABLE["apply.received_new.total"]},
                forbid_prefixes=("review.", "litigation.direct.", "litigation.after_review."))


# e2014 / e2008 -------------------------------------------------------------------------------------------------
def e2014_page(year: int, agency: str, site: str, url: str, tail: str, with_annex_mention: bool = True,
               charset: str = "utf-8") -> tuple[list[Fetched], dict[str, float]]:
    parts = "概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和" \
            "提起行政诉讼的情况、存在的主要问题及改进措施" + ("以及附表" if with_annex_mention else "")
    d = Doc(year=year, agency=agency, site=site, url=url, prose_facts={}, date=f"{year + 1}-03-20",
            index_no=f"014416330/{year + 1}-00412", charset=charset)
    body = [
        intro(d, parts),
        "<p><strong>一、概述</strong></p>",
        p(f"{year}年，我局认真贯彻落实《条例》和政务公开工作要点，健全工作机制，完善公开目录，政府信息公开工作有序推进。"),
        "<p><strong>二、主动公开政府信息情况</strong></p>",
        p(f"{year}年，我局主动公开政府信息2315条，其中通过政府网站公开政府信息1870条，政务微博发布信息312条。"),
        "<p><strong>三、依申请公开政府信息情况</strong></p>",
        p(f"{year}年，我局共受理政府信息公开申请15件，其中网上申请9件，当面申请6件，均在规定期限内答复。"),
        "<p><strong>四、政府信息公开的收费及减免情况</strong></p>",
        p("本年度未收取任何费用。"),
        "<p><strong>五、因政府信息公开申请行政复议、提起行政诉讼的情况</strong></p>",
        p("本年度未发生因政府信息公开申请提起行政复议和行政诉讼的情况。"),
        "<p><strong>六、存在的主要问题及改进措施</strong></p>",
        p("公开内容的深度和广度有待拓展。下一步我们将进一步加强培训，提高公开质量。"),
        tail,
    ]
    page = portal_page(f"{agency}{year}年政府信息公开工作年度报告", "\n".join(body), agency=agency,
                       date=f"{year + 1}-03-20", index_no=d.index_no, site=site, charset=charset)
    prose = {"active.items_total": 2315.0, "active.channel.website": 1870.0, "apply.received.total": 15.0,
             "apply.channel.online": 9.0, "apply.channel.in_person": 6.0}
    return [Fetched(url, page, {"content-type": f"text/html; charset={charset}"})], prose


def e2014_case(tail: str, missing: bool | None, year: int = 2016, mention: bool = True, charset: str = "utf-8",
               expect_table: dict[str, float] | None = None) -> Case:
    pages, prose = e2014_page(year, "舒兰市市场监督管理局", "舒兰市人民政府",
                              f"http://www.shulan.gov.cn/zwgk/xxgknb/{year + 1}03/t{year + 1}0320_2571{year % 100}.html",
                              tail, mention, charset)
    return Case(pages, prose, missing, template="e2014" if year >= 2014 else "e2008", year=year,
                forbid_prefixes=() if expect_table else E2014_TABLE_ONLY, expect_table=expect_table or {})


E2014_IMG = "<p><strong>七、附表</strong></p>" + p("政府信息公开情况统计表") + img("/picture/2017/tjb2016.jpg")
E2014_IMG_ALT = ("<p><strong>附表：政府信息公开情况统计表</strong></p>"
                 + img("/picture/2017/0320a.png", alt="政府信息公开情况统计表"))
E2014_XLS = "<p><strong>七、附表</strong></p>" + p("政府信息公开情况统计表（详见附件）") + att_link(
    "/zwgk/xxgknb/201703/P020170320392857301145.xls", "2016年政府信息公开情况统计表.xls")
E2014_IMG_TWO = ("<p><strong>附表</strong></p>" + img("/upload/2017/03/tjb_p1.png", alt="统计表第一页")
                 + img("/upload/2017/03/tjb_p2.png", alt="统计表第二页"))
E2014_HTML = "<p><strong>七、附表</strong></p>" + html_table(e2014_spec())


def e2008_case() -> Case:
    pages, prose = e2014_page(2011, "南平市建阳区住房和城乡建设局", "南平市建阳区人民政府",
                              "http://www.jianyang.gov.cn/cms/html/jyqrmzf/2012-03-15/1102345678.html", "",
                              with_annex_mention=False)
    return Case(pages, prose, False, template="e2008", year=2011, forbid_prefixes=E2014_TABLE_ONLY)


def counter_t2021(blocks: list[str], atts: list[Fetched] | None = None, tail: str = "",
                  expect: dict[str, float] | None = None) -> Case:
    d = doc(DOC21, 3120, 2418)
    pages = [Fetched(d.url, t20xx_page(d, blocks, 3120, 2418, extra_tail=tail), HTML_HEADERS)]
    return Case(pages, d.prose_facts, False, attachments=atts or [], template="t2021", year=2021,
                expect_table=expect if expect is not None else {"apply.received_new.total":
                                                                 NUM_TABLE["apply.received_new.total"]},
                forbid_prefixes=())


def counter_attachment(kind: str) -> Case:
    d = doc(DOC21, 3120, 2418)
    href = f"/module/download/downfile.jsp?classid=0&filename=nb2021.{kind}"
    absolute = urljoin(d.url, href)
    body = t2021_xlsx(NUM) if kind == "xlsx" else t2021_pdf(NUM)
    ctype = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" if kind == "xlsx"
             else "application/pdf")
    att = Fetched(absolute, body, {"content-type": ctype,
                                   "content-disposition": f'attachment; filename="nb2021.{kind}"'})
    tail = att_link(href, f"2021年政府信息公开工作年度报告统计表.{kind}")
    return counter_t2021(see_attachment("a", kind), [att], tail,
                         expect={"apply.received_new.total": NUM_TABLE["apply.received_new.total"],
                                 "review.total": NUM_TABLE["review.total"]})


def t2019_zero_tables() -> Case:
    """An agency with no requests prints all-zero grids: zeros are real here (table present)."""
    data = numbered_t2021()
    data.apply = [["0"] * 7 for _ in data.apply]
    data.review = ["0"] * 15
    return counter_t2021(t2021_blocks_html(data), expect={"apply.received_new.total": 0.0, "review.total": 0.0})


# --- more shapes (second round) ---------------------------------------------------------------------------------
WORD_VML = ('<p class="MsoNormal" align="center"><!--[if gte vml 1]><v:shape id="_x0000_i10{n}" type="#_x0000_t75" '
            'style="width:415pt;height:500pt"><v:imagedata src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/'
            'msohtmlclip1/01/clip_image00{n}.png" o:title=""/></v:shape><![endif]--><![if !vml]>'
            '<img width="553" height="667" src="/upload/2022/01/clip_image00{n}.jpg" v:shapes="_x0000_i10{n}">'
            '<![endif]></p>')


def word_vml(_: str) -> list[str]:
    return [WORD_VML.format(n=i) for i in range(1, 4)]


def unit_line_then_image(stem: str) -> list[str]:
    return [p("单位：件") + img(f"/upload/{stem}{i}.png") for i in range(1, 4)]


def captions_then_images(stem: str) -> list[str]:
    return [p("第二十条第（一）项") + img(f"/upload/{stem}1.png") + p("第二十条第（五）项") + img(f"/upload/{stem}2.png")
            + p("第二十条第（六）项") + img(f"/upload/{stem}3.png") + p("第二十条第（八）项") + img(f"/upload/{stem}4.png"),
            img(f"/upload/{stem}5.png"), img(f"/upload/{stem}6.png")]


def header_skeletons(stem: str) -> list[str]:
    """二 is a picture; the tables of 三/四 kept only their header rows (the CMS cut the data rows)."""
    return [img(f"/upload/{stem}.png"), html_table(t2021_apply_header()), html_table(t2021_review_spec(NUM)[:3])]


def case_attachment_bad_fetch(kind: str) -> Case:
    """The attachment WAS fetched, but what came back holds no readable table (a scan, or a soft-404 page)."""
    d = doc(DOC21, 1475, 1103)
    href = f"/uploadfiles/2022/01/nbtj.{kind}"
    if kind == "pdf":
        att = Fetched(urljoin(d.url, href), scanned_pdf([table_image(t2021_apply_spec(NUM))]),
                      {"content-type": "application/pdf"})
    else:
        att = Fetched(urljoin(d.url, href), "<html><head><meta charset=\"utf-8\"><title>404</title></head><body>"
                      "<h1>页面不存在</h1><p>您访问的页面不存在或已被删除。</p></body></html>".encode(),
                      {"content-type": "text/html; charset=utf-8"})
    tail = att_link(href, f"2021年政府信息公开工作年度报告统计表.{kind}")
    pages = [Fetched(d.url, t20xx_page(d, see_attachment("a", kind), 1475, 1103, extra_tail=tail), HTML_HEADERS)]
    return Case(pages, d.prose_facts, True, attachments=[att], template="t2021", year=2021)


def case_prose_states_requests() -> Case:
    """Prose repeats request and review numbers; the tables are pictures. The text facts are real, but no
    text-against-table check (R10) and no grid rule can run, and no table fact may appear."""
    d = doc(DOC21, 2290, 1750)
    fee = ("本年度共收到政府信息公开申请12件，上年结转2件，均已按期答复。"
           "本年度发生政府信息公开行政复议1件，结果维持。")
    c = Case(build(d, imgs_noalt("pa"), fee_line=fee), d.prose_facts, True, template="t2021", year=2021)
    c.extra_text = {"apply.received.total": 12.0, "review.total": 1.0}
    return c


def case_multipage_images() -> Case:
    """A report split over two pages (分页): 二 on page 1, 三/四 on page 2, all three tables are pictures."""
    d = doc(DOC20, 1622, 1280)
    page1 = "\n".join([intro(d), overview_t20xx(d, 1622, 1280), f"<p><strong>{SECTION_HEADS_2021[0]}</strong></p>",
                       img("/picture/0/mp1.png"), '<div class="page">1 <a href="art_1229378741_58870321_2.html">'
                       '2</a> <a href="art_1229378741_58870321_2.html">下一页</a></div>'])
    page2 = "\n".join([f"<p><strong>{SECTION_HEADS_2021[1]}</strong></p>", img("/picture/0/mp2.png"),
                       f"<p><strong>{SECTION_HEADS_2021[2]}</strong></p>", img("/picture/0/mp3.png"),
                       closing_t20xx(d), '<div class="page"><a href="art_1229378741_58870321.html">上一页</a> '
                       '1 2</div>'])
    url2 = d.url.replace(".html", "_2.html")
    pages = [Fetched(u, portal_page(d.title, body, agency=d.agency, date=d.date, index_no=d.index_no, site=d.site),
                     HTML_HEADERS) for u, body in ((d.url, page1), (url2, page2))]
    return Case(pages, d.prose_facts, True, template="t2019", year=2020)


def case_traditional_mirror() -> Case:
    """A spam mirror re-serves an image-table report in traditional characters."""
    import opencc

    d = doc(DOC21, 1286, 934, url="https://www.zwinkt-mirror.com/art/2022/1/20/art_1229486934_59120011.html")
    page = t20xx_page(d, imgs_alt("tw"), 1286, 934).decode("utf-8")
    page = opencc.OpenCC("s2t").convert(page)
    return Case([Fetched(d.url, page.encode("utf-8"), HTML_HEADERS)], d.prose_facts, True, template="t2021",
                year=2021)


def counter_embedded_fetched(shape, stem: str, path: str) -> Case:
    """The PDF shown in a pdf.js iframe / <object> was archived too: its tables are read, nothing is missing."""
    d = doc(DOC21, 3120, 2418)
    att = Fetched(urljoin(d.url, path), PDF_NUM, {"content-type": "application/pdf"})
    pages = [Fetched(d.url, t20xx_page(d, shape(stem), 3120, 2418), HTML_HEADERS)]
    return Case(pages, d.prose_facts, False, attachments=[att], template="t2021", year=2021, forbid_prefixes=(),
                expect_table={"apply.received_new.total": NUM_TABLE["apply.received_new.total"],
                              "review.total": NUM_TABLE["review.total"]})


def counter_iframe_docs_fetched() -> Case:
    """The three framed table documents were archived with the page (as its attachments): tables are readable."""
    d = doc(DOC21, 3120, 2418)
    atts = [Fetched(urljoin(d.url, f"/tables/2021nb/t{i}.html"),
                    ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>表格</title></head><body>"
                     f"{block}</body></html>").encode(), HTML_HEADERS)
            for i, block in enumerate(t2021_blocks_html(NUM), 1)]
    pages = [Fetched(d.url, t20xx_page(d, iframes("2021nb"), 3120, 2418), HTML_HEADERS)]
    return Case(pages, d.prose_facts, False, attachments=atts, template="t2021", year=2021, forbid_prefixes=(),
                expect_table={"apply.received_new.total": NUM_TABLE["apply.received_new.total"],
                              "review.total": NUM_TABLE["review.total"]})


def counter_e2014_xlsx_fetched() -> Case:
    pages, prose = e2014_page(2016, "舒兰市市场监督管理局", "舒兰市人民政府",
                              "http://www.shulan.gov.cn/zwgk/xxgknb/201703/t20170320_257116.html",
                              "<p><strong>七、附表</strong></p>" + p("政府信息公开情况统计表（详见附件）")
                              + att_link("/zwgk/xxgknb/201703/P020170320392857301145.xlsx", "统计表.xlsx"))
    att = Fetched(urljoin(pages[0].url, "/zwgk/xxgknb/201703/P020170320392857301145.xlsx"), e2014_xlsx(),
                  {"content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    return Case(pages, prose, False, attachments=[att], template="e2014", year=2016, forbid_prefixes=(),
                expect_table={"active.items_total": 4156.0, "review.total": 22.0, "org.staff_total": 2.0})


def case_section_blank(which: str) -> Case:
    """Grids whose every cell is blank: spec 2.7 says treat an all-blank table as "not reported" (no zeros)."""
    d = doc(DOC21, 1190, 866)
    blank = numbered_t2021()
    blank.apply = [[""] * 7 for _ in blank.apply]
    blank.review = [""] * 15
    if which == "all":
        blank.active = {k: [""] * len(v) for k, v in blank.active.items()}
        blocks = t2021_blocks_html(blank)
        return Case(build(d, blocks), d.prose_facts, None, template="t2021", year=2021)
    blocks = [html_table(t2021_active_spec(NUM)), html_table(t2021_apply_spec(blank)),
              html_table(t2021_review_spec(blank))]
    return Case(build(d, blocks), d.prose_facts, None, template="t2021", year=2021, forbid_rules=r"R([1-6]|10)\b",
                expect_table={"active.normative.issued": 5.0},
                forbid_prefixes=("apply.received_new", "apply.carried_in", "apply.carried_out", "apply.outcome.",
                                 "review.", "litigation.direct.", "litigation.after_review."))


def case_sec2_image_only() -> Case:
    """二 is a picture, 三/四 are HTML tables: no active.* grid facts, 三/四 read."""
    d = doc(DOC21, 2630, 1904)
    blocks = [img("/picture/0/s2.png"), html_table(t2021_apply_spec(NUM)), html_table(t2021_review_spec(NUM))]
    return Case(build(d, blocks), d.prose_facts, None, template="t2021", year=2021, forbid_rules=r"R[789]\b",
                expect_table={"apply.received_new.total": NUM_TABLE["apply.received_new.total"],
                              "review.total": NUM_TABLE["review.total"]},
                forbid_prefixes=("active.regulation.", "active.normative.", "active.permit.", "active.penalty.",
                                 "active.coercion.", "active.admin_fee."))


def zero_data() -> T2021Data:
    z = numbered_t2021()
    z.active = {k: ["0"] * len(v) for k, v in z.active.items()}
    z.apply = [["0"] * 7 for _ in z.apply]
    z.review = ["0"] * 15
    return z


def counter_pipe_per_line_zero() -> Case:
    """A department with nothing to report prints every grid cell as 0, one cell per line with pipes."""
    z = zero_data()
    return counter_t2021([grid_cell_per_line_pipes(t2021_active_spec(z)), grid_cell_per_line_pipes(t2021_apply_spec(z)),
                          grid_cell_per_line_pipes(t2021_review_spec(z))],
                         expect={"apply.received_new.total": 0.0, "review.total": 0.0,
                                 "active.regulation.in_force": 0.0})


SKELETON_2 = ["第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "规范性文件",
              "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "其他对外管理服务事项",
              "第二十条第（六）项", "行政处罚", "行政强制", "第二十条第（八）项", "行政事业性收费", "第二十条第（九）项",
              "采购项目数量", "采购总金额", "政府集中采购"]


def case_label_skeleton() -> Case:
    """The labels of the t2019 grids were kept as text, every number was lost (values were images or blank)."""
    d = doc(DOC20, 1333, 1020)
    labels3 = [cell for row in printed_rows(t2021_apply_header()) for cell in row]
    for row in printed_rows(t2021_apply_spec(NUM))[3:]:
        labels3 += [cell for cell in row if not cell.isdigit()]
    labels4 = [cell for row in printed_rows(t2021_review_spec(NUM))[:3] for cell in row]
    blocks = ["".join(f"<p>{html.escape(x)}</p>" for x in block) for block in (SKELETON_2, labels3, labels4)]
    return Case(build(d, blocks), d.prose_facts, None, template="t2019", year=2020)


LAYOUT_OPEN = ('<div id="zoom" class="TRS_Editor"><table width="100%" border="0" cellpadding="0"><tr>'
               '<td class="bt_content">')
LAYOUT_CLOSE = '</td></tr><tr><td>&nbsp;</td></tr></table></div>\n<div class="share">'


def in_layout_table(pages: list[Fetched]) -> list[Fetched]:
    """Older CMS templates put the whole article inside a one-cell layout table."""
    body = pages[0].body.decode("utf-8").replace('<div id="zoom" class="TRS_Editor">', LAYOUT_OPEN)
    body = body.replace('</div>\n<div class="share">', LAYOUT_CLOSE)
    return [Fetched(pages[0].url, body.encode("utf-8"), pages[0].headers)]


def case_layout_wrapped(tables: bool) -> Case:
    if tables:
        c = counter_t2021(t2021_blocks_html(NUM))
        c.pages = in_layout_table(c.pages)
        return c
    d = doc(DOC20, 1744, 1321)
    return Case(in_layout_table(build(d, imgs_noalt("lw"))), d.prose_facts, True, template="t2019", year=2020)


def case_photos_and_tables() -> Case:
    """Meeting photos in 一 are not table pictures: the HTML tables are there, nothing is missing."""
    c = counter_t2021(t2021_blocks_html(NUM))
    body = c.pages[0].body.decode("utf-8").replace(
        "<p><strong>一、总体情况</strong></p>", "<p><strong>一、总体情况</strong></p>"
        + img("/picture/0/hy0112.jpg", alt="召开政务公开工作推进会") + img("/picture/0/px0325.jpg"))
    c.pages = [Fetched(c.pages[0].url, body.encode("utf-8"), HTML_HEADERS)]
    return c


def case_images_and_small_table() -> Case:
    """The grids are pictures; a small fee table in 六 is not a statistics grid and must not be read as one."""
    d = doc(DOC21, 1358, 1011)
    tail = ('<table border="1" cellspacing="0"><tr><td>收费项目</td><td>收费金额（元）</td></tr>'
            "<tr><td>信息处理费</td><td>0</td></tr></table>")
    return Case(build(d, imgs_noalt("st"), extra_tail=tail), d.prose_facts, True, template="t2021", year=2021)


def counter_docx_fetched() -> Case:
    d = doc(DOC21, 3120, 2418)
    href = "/uploadfiles/2022/01/nb2021.docx"
    att = Fetched(urljoin(d.url, href), t2021_docx(NUM),
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    return counter_t2021(see_attachment("a", "docx"), [att], att_link(href, "2021年政府信息公开工作年度报告.docx"),
                         expect={"apply.received_new.total": NUM_TABLE["apply.received_new.total"],
                                 "review.total": NUM_TABLE["review.total"]})


def e2008_annex_case(tail: str) -> Case:
    """A pre-2014 report that says it carries a 附表 统计表, and the 附表 is a picture / an unfetched file."""
    pages, prose = e2014_page(2010, "南平市建阳区住房和城乡建设局", "南平市建阳区人民政府",
                              "http://www.jianyang.gov.cn/cms/html/jyqrmzf/2011-03-15/1102345678.html", tail)
    return Case(pages, prose, True, template="e2008", year=2010, forbid_prefixes=E2014_TABLE_ONLY)


E2008_IMG = "<p><strong>七、附表</strong></p>" + p("政府信息公开情况统计表") + img("/upload/2011/03/fb2010.jpg")
E2008_XLS = "<p><strong>七、附表</strong></p>" + p("政府信息公开情况统计表（见附件）") + att_link(
    "/upload/2011/03/fb2010.xls", "2010年度政府信息公开情况统计表.xls")


PDF_NUM = t2021_pdf(NUM)


CASES = [
    # --- t2019 / t2021: tables published as pictures
    pytest.param(missing_t20xx(DOC21, imgs_alt, "2201201015", 1286, 934), id="t2021-images-with-alt"),
    pytest.param(missing_t20xx(DOC21, imgs_noalt, "W0202201", 4033, 2871), id="t2021-images-no-alt"),
    pytest.param(missing_t20xx(DOC20, imgs_alt, "2103121040", 3567, 2841), id="t2020-images-with-alt"),
    pytest.param(missing_t20xx(DOC20, imgs_noalt, "P0210312", 758, 512), id="t2020-images-no-alt"),
    pytest.param(missing_t20xx(DOC19, imgs_alt, "2001171130", 1532, 1188), id="t2019-images-with-alt"),
    pytest.param(missing_t20xx(DOC19, imgs_noalt, "nb2019_", 2904, 2230), id="t2019-images-no-alt"),
    pytest.param(missing_t20xx(DOC21, imgs_filename_alt, "image00", 1777, 1235), id="t2021-images-filename-alt"),
    pytest.param(missing_t20xx(DOC21, imgs_lazy, "nb2021_", 845, 611), id="t2021-images-lazy-loaded"),
    pytest.param(missing_t20xx(DOC22, imgs_linked, "nb2022_", 1390, 1002), id="t2022-images-linked-thumbnails"),
    pytest.param(missing_t20xx(DOC21, imgs_datauri, "", 1102, 877), id="t2021-images-data-uri"),
    pytest.param(missing_t20xx(DOC20, imgs_in_layout_table, "tab", 2468, 1920), id="t2020-images-in-layout-table"),
    pytest.param(missing_t20xx(DOC21, imgs_with_note, "xt", 3305, 2760), id="t2021-images-see-below-note"),
    pytest.param(missing_t20xx(DOC22, imgs_with_caption, "biao", 1650, 1211), id="t2022-images-with-captions"),
    pytest.param(case_gbk_images(), id="t2019-gbk-page-images"),
    pytest.param(case_images_fetched_no_ocr(), id="t2021-table-pngs-archived-no-ocr"),
    # --- tables shown through frames / embedded PDFs
    pytest.param(missing_t20xx(DOC21, iframes, "2021nb", 1940, 1501), id="t2021-tables-in-iframes"),
    pytest.param(missing_t20xx(DOC20, one_pdfjs_iframe, "2020nbtj", 2210, 1730), id="t2020-pdfjs-viewer-iframe"),
    pytest.param(missing_t20xx(DOC21, one_object_pdf, "2021nbbg", 1388, 1010), id="t2021-object-pdf-embed"),
    pytest.param(missing_t20xx(DOC22, embeds, "nbtj", 906, 655), id="t2022-embed-pdf-per-section"),
    # --- attachments that were not fetched
    pytest.param(case_attachment_unfetched(DOC21, "xls", 1570, 1320), id="t2021-see-attachment-xls-unfetched"),
    pytest.param(case_attachment_unfetched(DOC20, "pdf", 2675, 2080), id="t2020-see-attachment-pdf-unfetched"),
    pytest.param(case_attachment_unfetched(DOC22, "xlsx", 812, 640), id="t2022-see-attachment-xlsx-unfetched"),
    # --- the CMS dropped the tables
    pytest.param(missing_t20xx(DOC20, headings_only, "", 1495, 1177), id="t2020-headings-only-seed004-shape"),
    pytest.param(missing_t20xx(DOC21, headings_only, "", 2041, 1610), id="t2021-headings-only"),
    pytest.param(missing_t20xx(DOC19, headings_only, "", 688, 530), id="t2019-headings-only"),
    pytest.param(missing_t20xx(DOC21, empty_paragraphs, "", 1262, 998), id="t2021-headings-then-empty-paras"),
    pytest.param(missing_t20xx(DOC20, layout_pipes, "", 1870, 1433), id="t2020-empty-layout-tables-pipes"),
    pytest.param(missing_t20xx(DOC20, text_pipes, "", 1509, 1200), id="t2020-runs-of-pipes-seed004"),
    pytest.param(missing_t20xx(DOC21, placeholder, "", 930, 701), id="t2021-table-omitted-placeholder"),
    pytest.param(case_no_section_heads(), id="t2021-sections-2-3-4-dropped-entirely"),
    pytest.param(case_fee_zero_in_prose(), id="t2021-images-prose-zero-fee-kept"),
    # --- partly missing: only section 二 (or 二+三) present
    pytest.param(case_only_active_table(imgs_noalt), id="t2021-only-sec2-table-rest-images"),
    pytest.param(case_only_active_table(headings_only), id="t2021-only-sec2-table-rest-dropped"),
    pytest.param(case_only_active_and_apply(), id="t2021-sec4-image-only"),
    # --- e2014: 统计表 as picture / unfetched attachment
    pytest.param(e2014_case(E2014_IMG, True), id="e2014-annex-table-image"),
    pytest.param(e2014_case(E2014_IMG_ALT, True, year=2017), id="e2014-annex-table-image-alt"),
    pytest.param(e2014_case(E2014_IMG_TWO, True, year=2018, charset="gbk"), id="e2014-gbk-annex-two-images"),
    pytest.param(e2014_case(E2014_XLS, True), id="e2014-annex-xls-unfetched"),
    # --- counter-cases: must NOT be flagged
    pytest.param(e2014_case("", False, mention=False), id="e2014-prose-only-no-table-not-flagged"),
    pytest.param(e2014_case("", False, year=2015, mention=False, charset="gbk"), id="e2015-gbk-prose-only"),
    pytest.param(e2008_case(), id="e2008-prose-only-not-flagged"),
    pytest.param(e2014_case(E2014_HTML, False, year=2017,
                            expect_table={"active.items_total": 4156.0, "review.total": 22.0}),
                 id="e2014-html-table-not-flagged"),
    pytest.param(counter_t2021(t2021_blocks_html(NUM)), id="t2021-html-tables-not-flagged"),
    pytest.param(counter_t2021([grid_pipe_text(t2021_active_spec(NUM)), grid_pipe_text(t2021_apply_spec(NUM)),
                                grid_pipe_text(t2021_review_spec(NUM))]), id="t2021-pipe-text-tables"),
    pytest.param(counter_t2021([grid_cell_per_line(t2021_active_spec(NUM)),
                                grid_cell_per_line(t2021_apply_spec(NUM)),
                                grid_cell_per_line(t2021_review_spec(NUM))], expect={}),
                 id="t2021-one-cell-per-line-tables"),
    pytest.param(counter_t2021([grid_spaced(t2021_active_spec(NUM)), grid_spaced(t2021_apply_spec(NUM)),
                                grid_spaced(t2021_review_spec(NUM))], expect={}), id="t2021-spaced-row-tables"),
    pytest.param(counter_t2021([img("/picture/0/a.png") + html_table(t2021_active_spec(NUM)),
                                img("/picture/0/b.png") + html_table(t2021_apply_spec(NUM)),
                                img("/picture/0/c.png") + html_table(t2021_review_spec(NUM))]),
                 id="t2021-image-and-html-table-both"),
    pytest.param(counter_attachment("xlsx"), id="t2021-see-attachment-xlsx-fetched"),
    pytest.param(counter_attachment("pdf"), id="t2021-see-attachment-pdf-fetched"),
    pytest.param(t2019_zero_tables(), id="t2021-all-zero-tables-present"),
    # --- second round
    pytest.param(missing_t20xx(DOC22, word_vml, "", 1733, 1299), id="t2022-word-vml-pictures"),
    pytest.param(missing_t20xx(DOC21, unit_line_then_image, "u", 1020, 804), id="t2021-unit-line-then-image"),
    pytest.param(missing_t20xx(DOC19, captions_then_images, "c", 2380, 1906), id="t2019-captions-text-grids-images"),
    pytest.param(missing_t20xx(DOC21, header_skeletons, "h", 1401, 1050), id="t2021-header-rows-only-skeleton"),
    pytest.param(case_attachment_bad_fetch("pdf"), id="t2021-attachment-fetched-scanned-pdf"),
    pytest.param(case_attachment_bad_fetch("xls"), id="t2021-attachment-fetched-soft-404"),
    pytest.param(case_prose_states_requests(), id="t2021-images-prose-repeats-requests"),
    pytest.param(case_multipage_images(), id="t2020-two-pages-images"),
    pytest.param(case_traditional_mirror(), id="t2021-traditional-mirror-images"),
    pytest.param(case_section_blank("34"), id="t2021-sec3-sec4-all-blank-cells"),
    pytest.param(case_section_blank("all"), id="t2021-all-grids-blank-cells"),
    pytest.param(case_sec2_image_only(), id="t2021-sec2-image-only"),
    pytest.param(counter_embedded_fetched(one_pdfjs_iframe, "2021nbtj", "/uploadfiles/2021nbtj.pdf"),
                 id="t2021-pdfjs-viewer-pdf-fetched"),
    pytest.param(counter_embedded_fetched(one_object_pdf, "2021nbbg", "/uploadfiles/2021nbbg.pdf"),
                 id="t2021-object-pdf-fetched"),
    pytest.param(counter_iframe_docs_fetched(), id="t2021-iframe-table-docs-fetched"),
    pytest.param(counter_e2014_xlsx_fetched(), id="e2014-annex-xlsx-fetched"),
    pytest.param(counter_pipe_per_line_zero(), id="t2021-pipe-per-line-zero-tables"),
    pytest.param(case_label_skeleton(), id="t2020-grid-labels-only-no-numbers"),
    pytest.param(case_layout_wrapped(False), id="t2020-article-in-layout-table-images"),
    pytest.param(case_layout_wrapped(True), id="t2021-article-in-layout-table-tables"),
    pytest.param(case_photos_and_tables(), id="t2021-meeting-photos-and-tables"),
    pytest.param(case_images_and_small_table(), id="t2021-images-plus-small-fee-table"),
    pytest.param(counter_docx_fetched(), id="t2021-see-attachment-docx-fetched"),
    pytest.param(e2008_annex_case(E2008_IMG), id="e2008-annex-table-image"),
    pytest.param(e2008_annex_case(E2008_XLS), id="e2008-annex-xls-unfetched"),
]


# ------------------------------------------------------------------------------------------------ assertions
_PARSED: dict[int, Report] = {}


def parse(case: Case) -> Report:
    if id(case) not in _PARSED:
        _PARSED[id(case)] = parse_report(case.pages, case.attachments)
    return _PARSED[id(case)]


@pytest.mark.parametrize("case", CASES)
def test_tables_missing_flag(case: Case) -> None:
    report = parse(case)
    if case.year is not None:
        assert report.year == case.year
    if case.template is not None:
        assert report.template == case.template
    if case.missing is True:
        assert report.tables_missing is True
        assert report.tables_missing_reason and report.tables_missing_reason.strip()
    elif case.missing is False:
        assert report.tables_missing is False, report.tables_missing_reason


@pytest.mark.parametrize("case", CASES)
def test_no_invented_table_facts(case: Case) -> None:
    report = parse(case)
    if case.missing is True:
        table = [(f.key, f.value, f.raw_value) for f in report.facts if f.source == "table"]
        assert table == []
    bad = [(f.key, f.value, f.source) for f in report.facts  # prose may state such numbers (source='text')
           if case.forbid_prefixes and f.key.startswith(case.forbid_prefixes) and f.source != "text"]
    assert bad == []
    if case.missing is True:  # absence means "not reported": no zeros with a blank/dash/slash/wu reading of a cell
        flagged = [(f.key, f.value_flag) for f in report.facts if f.value_flag in ("blank", "dash", "slash")]
        assert flagged == []


@pytest.mark.parametrize("case", CASES)
def test_prose_facts_still_extracted(case: Case) -> None:
    report = parse(case)
    text = {f.key: f.value for f in report.facts if f.source == "text"}
    for key, value in {**case.prose, **case.extra_text}.items():
        assert text.get(key) == value, (key, value, sorted(text.items()))


@pytest.mark.parametrize("case", CASES)
def test_table_facts_and_checks(case: Case) -> None:
    report = parse(case)
    if case.missing is not False:
        assert [c.rule for c in report.checks if re.match(case.forbid_rules, c.rule)] == []
    if case.missing is True:
        assert [c.rule for c in report.checks if not c.passed] == []  # the prose of these cases is consistent
    got = {f.key: f.value for f in report.facts if f.source == "table"}
    for key, value in case.expect_table.items():
        assert got.get(key) == value, (key, value, got.get(key))
    if case.expect_table and case.template in ("t2019", "t2021") and "apply.received_new.total" in case.expect_table:
        assert any(re.match(r"R1\b", c.rule) for c in report.checks)
