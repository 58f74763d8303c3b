"""Tenth independent accuracy probe of `parse_report`: one report spread over several captures.

Built from the spec (3.1, 3.4, 3.5; keys of section 2; checks of 1(d)) and from how portals publish, not from the
code: TRS/Hanweb/gkmlpt articles paginated with `_N.html`, `?page=N` and 下一页 links with a statistics table cut by
the page break (header repeated or not, merged label cells cut); an HTML page that only says 详见附件 with the report
as a PDF/DOCX/XLSX/WPS attachment; an HTML summary plus the full PDF; a 图片版 report whose statistics come as an
XLSX; prose in HTML with the tables attached; 附件1/附件2 linked in another order; and bodies held in iframes,
frames, <embed> and <object>. The crawl hands the pages first page first and the attachments as fetched.
"""

from __future__ import annotations

import functools
import html as htmllib
from pathlib import Path
from urllib.parse import quote

import attachment_factory as factory
import pytest
import test_probe_accuracy as p1
from attachment_factory import T2021Data

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
ROW_KEYS = [  # the 25 data rows of the t2021 section-三 grid, in factory.T2021_APPLY_ROWS order (spec 2.2)
    "apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.partial",
    *(f"apply.outcome.withheld.{k}" for k in ("state_secret", "law_prohibited", "security_stability", "third_party",
                                               "internal_affairs", "process_info", "enforcement_file", "admin_query")),
    *(f"apply.outcome.unavailable.{k}" for k in ("not_held", "needs_creation", "unclear")),
    *(f"apply.outcome.not_processed.{k}" for k in ("petition", "duplicate", "publication", "mass_repeat",
                                                    "confirm_reissue")),
    *(f"apply.outcome.other.{k}" for k in ("no_correction", "fee_unpaid", "misc")),
    "apply.outcome.total", "apply.carried_out",
]
assert len(ROW_KEYS) == len(factory.T2021_APPLY_ROWS)
REVIEW_KEYS = [f"{block}.{k}" for block in ("review", "litigation.direct", "litigation.after_review")
               for k in ("upheld", "corrected", "other", "pending", "total")]

AGENCY = "奉化区自然资源和规划局"
TITLE = f"{AGENCY}2021年政府信息公开工作年度报告"
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
OVERVIEW = "2021年，我局坚持以公开为常态、不公开为例外，围绕自然资源管理重点工作，全面推进政务公开。"
PROBLEMS = "一是政策解读形式较为单一；二是依申请公开答复规范性有待提高。下一步将加强业务培训。"


def consistent_t2021() -> T2021Data:
    """A t2021 data set in which R1, R2, R3 and R6 hold in every column and most cells differ."""
    apply: list[list[int]] = [[0] * 6 for _ in ROW_KEYS]
    for j in range(6):
        for i in range(20):  # outcome rows 2..21
            apply[2 + i][j] = (i * 5 + j * 3 + 1) % 7
        apply[23][j] = sum(apply[2 + i][j] for i in range(20))
        apply[1][j] = j % 3
        apply[24][j] = (j + 1) % 4
        apply[0][j] = apply[23][j] + apply[24][j] - apply[1][j]
    rows = [[str(v) for v in row] + [str(sum(row))] for row in apply]
    review = []
    for vals in ([4, 1, 2, 1], [2, 1, 0, 3], [1, 0, 2, 1]):
        review += [str(v) for v in vals] + [str(sum(vals))]
    return T2021Data(
        active={"规章": ["1", "0", "12"], "行政规范性文件": ["7", "3", "64"], "行政许可": ["2816"],
                "行政处罚": ["433"], "行政强制": ["17"], "行政事业性收费": ["12.35"]},
        apply=rows, review=review,
        prose=["本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
               "一、总体情况", OVERVIEW, "（一）主动公开", "全年主动公开政府信息1873条。"])


DATA = consistent_t2021()


def expected_tables(data: T2021Data = DATA) -> dict[str, float]:
    """Every table fact of sections 二/三/四 a reader records from the data (spec 2.1–2.3)."""
    a = data.active
    exp = {"active.regulation.issued": a["规章"][0], "active.regulation.repealed": a["规章"][1],
           "active.regulation.in_force": a["规章"][2], "active.normative.issued": a["行政规范性文件"][0],
           "active.normative.repealed": a["行政规范性文件"][1], "active.normative.in_force": a["行政规范性文件"][2],
           "active.permit.decisions": a["行政许可"][0], "active.penalty.decisions": a["行政处罚"][0],
           "active.coercion.decisions": a["行政强制"][0], "active.admin_fee.amount": a["行政事业性收费"][0]}
    for key, row in zip(ROW_KEYS, data.apply, strict=False):
        for col, v in zip(COLS, row, strict=False):
            exp[f"{key}.{col}"] = v
    exp.update(zip(REVIEW_KEYS, data.review, strict=False))
    return {k: float(v) for k, v in exp.items()}


EXPECTED = expected_tables()


def table_facts(r: Report) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for f in r.facts:
        if f.source == "table":
            out.setdefault(f.key, f.value)
    return out


def mismatches(r: Report, expected: dict[str, float] = EXPECTED) -> dict[str, tuple[float, float | None]]:
    got = table_facts(r)
    return {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != pytest.approx(v)}


def failing(r: Report) -> set[str]:
    return {x.rule for x in r.checks if not x.passed}


def families(r: Report) -> set[str]:
    return {x.rule.split(".")[0] for x in r.checks if not x.passed}


def assert_body_in_order_once(r: Report, headings: list[str] = HEADINGS) -> None:
    for h in headings:
        assert r.body.count(h) == 1, (h, r.body.count(h))
    positions = [r.body.index(h) for h in headings]
    assert positions == sorted(positions)


# ---------------------------------------------------------------------------------------------------------------
# HTML fragments of the report (the same data the attachments carry)
# ---------------------------------------------------------------------------------------------------------------

def para(text: str) -> str:
    return f'<p style="text-indent:2em;line-height:1.75;">{htmllib.escape(text)}</p>'


def tbl(spec: factory.Spec) -> str:
    return factory.html_table(spec).replace(
        '<table border="1">', '<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                              'style="border-collapse:collapse;">')


def apply_table(data: T2021Data, start: int = 0, stop: int | None = None, header: bool = True) -> str:
    return tbl((factory.t2021_apply_header() if header else []) + factory.t2021_apply_body(data, start, stop))


def report_blocks(data: T2021Data = DATA, cut_row: int | None = None, repeat_header: bool = True) -> list[str]:
    """The report as a list of HTML blocks; with cut_row, section 三 is two tables (the page break falls there)."""
    blocks = [para(t) for t in data.prose]
    blocks += [para(HEADINGS[1]), tbl(factory.t2021_active_spec(data)), para(HEADINGS[2])]
    if cut_row is None:
        blocks.append(apply_table(data))
    else:
        blocks += [apply_table(data, 0, cut_row), apply_table(data, cut_row, None, header=repeat_header)]
    blocks += [para(HEADINGS[3]), tbl(factory.t2021_review_spec(data)),
               para(HEADINGS[4]), para(PROBLEMS), para(HEADINGS[5]), para("本年度未收取信息处理费。")]
    return blocks


def block_index(blocks: list[str], needle: str, nth: int = 0) -> int:
    hits = [i for i, b in enumerate(blocks) if needle in b]
    return hits[nth]


# ---------------------------------------------------------------------------------------------------------------
# portal chrome (three CMS families, spec 3.4)
# ---------------------------------------------------------------------------------------------------------------

def trs_page(title: str, content: str, *, charset: str = "utf-8", date: str = "2022-01-25",
             meta: bool = True) -> bytes:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    metatable = (f'<table class="xxgk_table"><tr><td>索引号：</td><td>002971283/2022-00031</td><td>分类：</td>'
                 f'<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{AGENCY}</td><td>成文日期：</td>'
                 f'<td>{date}</td></tr><tr><td>名称：</td><td colspan="3">{title}</td></tr></table>') if meta else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>{head}<title>{title}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:30">
<meta name="ContentSource" content="{AGENCY}"><link href="/images/common.css" rel="stylesheet"></head>
<body><div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | 无障碍浏览</div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="../">政府信息公开年报</a></div>
{metatable}
<div class="article"><h2 class="art-title">{title}</h2>
<div class="art-info">发布时间：{date} &nbsp; 信息来源：{AGENCY} &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{content}</div></div></div>
<div class="bottom-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer">主办单位：宁波市奉化区人民政府办公室 网站标识码：3302130001 浙ICP备12015522号-1 浙公网安备 33028302000123号</div>
</body></html>"""
    return doc.encode("gb18030" if charset.lower() in ("gbk", "gb2312") else charset)


def hanweb_page(title: str, content: str, *, date: str = "2022-01-26") -> bytes:
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - 宁波市奉化区人民政府</title>
<meta name="SiteName" content="宁波市奉化区人民政府"><meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 10:12">
<script type="text/javascript" src="/script/0/1809071126093849.js"></script></head><body>
<div id="header"><ul class="menu"><li><a href="/col/col1229031571/index.html">首页</a></li>
<li><a href="/col/col1229031572/index.html">新闻中心</a></li><li><a href="/col/col1229031573/index.html">政务公开</a></li>
<li><a href="/col/col1229031574/index.html">政务服务</a></li><li><a href="/col/col1229031575/index.html">互动交流</a></li></ul></div>
<div class="bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229031573/index.html">政务公开</a> &gt; 年度报告</div>
<table class="xxgk-info"><tr><th>索引号</th><td>11330283002972038X/2022-03112</td><th>发布机构</th><td>{AGENCY}</td></tr>
<tr><th>公开方式</th><td>主动公开</td><th>发布日期</th><td>{date}</td></tr></table>
<div class="main-txt"><div class="title">{title}</div><div class="sub">日期：{date} 来源：{AGENCY} 字号：[ 大 中 小 ]</div>
<div id="zoom">{content}</div></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/art/2021/1/28/art_1229031578_58912.html">{AGENCY}2020年政府信息公开工作年度报告</a></li></ul></div>
<div id="footer">版权所有：宁波市奉化区人民政府 网站标识码：3302130001 技术支持：大汉网络</div></body></html>"""
    return doc.encode("utf-8")


def gkmlpt_page(title: str, content: str, *, date: str = "2022-01-27") -> bytes:
    doc = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{title}</title>
<meta name="keywords" content="政府信息公开年报"><script>var _CONFIG_ = {{SID: '755573', CATID: 2934}};</script></head><body>
<div class="header"><div class="logo">奉化区人民政府门户网站</div><div class="nav"><a href="/">首页</a><a href="/gkmlpt/index">政府信息公开</a></div></div>
<div class="content-box"><div class="classify"><table>
<tr><td>索引号：</td><td>11330283MB1234567X/2022-00018</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{AGENCY}</td><td>成文日期：</td><td>{date}</td></tr>
<tr><td>名称：</td><td colspan="3">{title}</td></tr></table></div>
<div class="article-content"><h1>{title}</h1><div class="date-row">发布日期：{date} 浏览次数：<span id="hits">88</span></div>
<div class="article-content">{content}</div></div></div>
<div class="footer"><p>网站标识码：3302130001</p><p>扫一扫在手机打开当前页</p></div></body></html>"""
    return doc.encode("utf-8")


CHROME = {"trs": trs_page, "hanweb": hanweb_page, "gkmlpt": gkmlpt_page}

# URL schemes of paginated articles (spec 3.4): TRS t…_1.html, Hanweb/gkmlpt _2.html, ?page=2 on custom CMSs
URLS = {
    "trs": ["http://www.fh.gov.cn/art/xxgknb/202201/t20220125_4471289.html"]
    + [f"http://www.fh.gov.cn/art/xxgknb/202201/t20220125_4471289_{i}.html" for i in (1, 2, 3)],
    "under": ["http://www.fh.gov.cn/art/2022/1/26/art_1229031578_59871.html"]
    + [f"http://www.fh.gov.cn/art/2022/1/26/art_1229031578_59871_{i}.html" for i in (2, 3, 4)],
    "query": ["http://www.fh.gov.cn/gkmlpt/content/4/4471/post_4471289.html"]
    + [f"http://www.fh.gov.cn/gkmlpt/content/4/4471/post_4471289.html?page={i}" for i in (2, 3, 4)],
}


def pager(style: str, cur: int, total: int, urls: list[str]) -> str:
    """The pager a CMS prints under each part (cur is 0-based)."""
    if style == "trs":
        links = " ".join(f'<a href="{u.rsplit("/", 1)[1]}">{i + 1}</a>' for i, u in enumerate(urls[:total]))
        nxt = f'<a href="{urls[cur + 1].rsplit("/", 1)[1]}">下一页</a>' if cur + 1 < total else "下一页"
        return (f'<div class="page"><script language="JavaScript">var currentPage = {cur};var countPage = {total};'
                f'createPageHTML({total}, {cur}, "t20220125_4471289", "html");</script>'
                f"共{total}页 {links} {nxt} 尾页</div>")
    if style == "under":
        prev = f'<a href="{urls[cur - 1]}">上一页</a>' if cur else ""
        nxt = f'<a href="{urls[cur + 1]}">下一页</a>' if cur + 1 < total else ""
        return f'<div class="pagination">{prev} 第{cur + 1}页/共{total}页 {nxt}</div>'
    prev = f'<a href="?page={cur}">&lt;上一页</a>' if cur else ""
    nxt = f'<a href="?page={cur + 2}">下一页&gt;</a>' if cur + 1 < total else ""
    return f'<div class="pages" style="text-align:center">{prev} {nxt} 共{total}页</div>'


def paginate(blocks: list[str], cuts: list[int], *, style: str, chrome: str = "trs",
             charset: str = "utf-8") -> list[Fetched]:
    """Split the blocks before each index in cuts and serve every part as its own article page."""
    bounds = [0, *cuts, len(blocks)]
    parts = ["".join(blocks[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    urls = URLS[style][:len(parts)]
    out = []
    for i, (url, part) in enumerate(zip(urls, parts, strict=False)):
        content = part + pager(style, i, len(parts), urls)
        if chrome == "trs":
            body = trs_page(TITLE, content, charset=charset)
            headers = {"content-type": f"text/html; charset={charset}"} if charset != "utf-8" else {
                "content-type": "text/html"}
        else:
            body = CHROME[chrome](TITLE, content)
            headers = {"content-type": "text/html; charset=utf-8"}
        out.append(Fetched(url, body, headers))
    return out


# ---------------------------------------------------------------------------------------------------------------
# A. multi-page HTML articles with the tables split across pages (spec 3.4 pagination, 3.5 cross-page splits)
# ---------------------------------------------------------------------------------------------------------------

def layout_cuts(layout: str) -> tuple[list[str], list[int]]:
    """(blocks, cut indexes) for the named page layout."""
    if layout == "before_sec2":
        b = report_blocks()
        return b, [block_index(b, HEADINGS[1])]
    if layout == "between_3_and_4":
        b = report_blocks()
        return b, [block_index(b, HEADINGS[3])]
    if layout == "sec2_table_on_page_2":  # heading 二 ends page 1, its tables start page 2
        b = report_blocks()
        return b, [block_index(b, HEADINGS[1]) + 1]
    if layout == "sec4_table_on_page_2":  # heading 四 ends page 1, its table starts page 2
        b = report_blocks()
        return b, [block_index(b, HEADINGS[3]) + 1]
    if layout == "mid3_header_repeated":
        b = report_blocks(cut_row=12)
        return b, [block_index(b, "申请人情况", 1)]
    if layout == "mid3_no_header_inside_withheld":
        b = report_blocks(cut_row=7)
        return b, [block_index(b, "<table", 2)]
    if layout == "mid3_no_header_before_total":
        b = report_blocks(cut_row=23)
        return b, [block_index(b, "<table", 2)]
    if layout == "three_pages_mid3":
        b = report_blocks(cut_row=15, repeat_header=False)
        return b, [block_index(b, HEADINGS[1]), block_index(b, "<table", 2)]
    if layout == "four_pages":
        b = report_blocks(cut_row=4)
        return b, [block_index(b, HEADINGS[1]), block_index(b, "<table", 2), block_index(b, HEADINGS[3])]
    raise KeyError(layout)


LAYOUTS = ["before_sec2", "between_3_and_4", "sec2_table_on_page_2", "sec4_table_on_page_2", "mid3_header_repeated",
           "mid3_no_header_inside_withheld", "mid3_no_header_before_total", "three_pages_mid3", "four_pages"]
STYLES = [("trs", "trs"), ("under", "hanweb"), ("query", "gkmlpt")]


@functools.cache
def multipage(layout: str, style: str, chrome: str) -> tuple[Report, tuple[str, ...]]:
    blocks, cuts = layout_cuts(layout)
    pages = paginate(blocks, cuts, style=style, chrome=chrome)
    return parse_report(pages), tuple(x.url for x in pages)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("style,chrome", STYLES)
def test_multipage_every_table_fact(layout: str, style: str, chrome: str) -> None:
    # spec 3.5 (cross-page splits; repeated header rows dropped) + 2.1–2.3: all 185 table cells of 二/三/四 joined
    r, _ = multipage(layout, style, chrome)
    assert mismatches(r) == {}


@pytest.mark.parametrize("layout", ["before_sec2", "mid3_header_repeated", "three_pages_mid3", "four_pages"])
@pytest.mark.parametrize("style,chrome", STYLES)
def test_multipage_metadata_parts_checks(layout: str, style: str, chrome: str) -> None:
    # spec 3.4: every page of a paginated article is a part of one report, in order; 1(d): consistent data → no
    # failing check; the template is t2021 and nothing is missing
    r, urls = multipage(layout, style, chrome)
    assert r.part_urls == list(urls)
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert r.title == TITLE
    assert failing(r) == set()


PUBLISHED = {"trs": "2022-01-25", "hanweb": "2022-01-26", "gkmlpt": "2022-01-27"}


@pytest.mark.parametrize("style,chrome", STYLES)
def test_multipage_agency_and_date_from_first_page(style: str, chrome: str) -> None:
    # schema reports: agency from the title / 发布机构 (a 局: department), published = the date shown on the page
    r, _ = multipage("three_pages_mid3", style, chrome)
    assert (r.agency, r.agency_type, r.published) == (AGENCY, "department", PUBLISHED[chrome])


@pytest.mark.parametrize("layout", ["between_3_and_4", "mid3_no_header_inside_withheld", "four_pages"])
@pytest.mark.parametrize("style,chrome", STYLES)
def test_multipage_body_in_order_without_chrome(layout: str, style: str, chrome: str) -> None:
    # schema: body = the report's own text, navigation and noise removed, pages joined (each heading once, in order;
    # the chrome every page repeats and the pager are not report text)
    r, _ = multipage(layout, style, chrome)
    assert_body_in_order_once(r)
    assert r.body.count(OVERVIEW) == 1 and r.body.count(PROBLEMS) == 1
    for noise in ("下一页", "上一页", "尾页", "网站标识码", "ICP备", "当前位置", "打印本页", "相关链接", "扫一扫"):
        assert noise not in r.body, noise


def test_multipage_gbk_trs_query_pages_split_inside_table() -> None:
    # spec 3.6 + 3.5: an old GBK TRS site, the table cut after 1.信访举报投诉类申请 and no header on page 2
    b = report_blocks(cut_row=16, repeat_header=False)
    pages = paginate(b, [block_index(b, "<table", 2)], style="trs", chrome="trs", charset="gbk")
    r = parse_report(pages)
    assert "\ufffd" not in r.body
    assert mismatches(r) == {}
    assert r.part_urls == [x.url for x in pages]


def test_multipage_split_equals_single_page() -> None:
    # spec 3.5: a reader of the split article records the same facts and sections as a reader of the whole one
    b = report_blocks()
    single = parse_report([Fetched(URLS["trs"][0], trs_page(TITLE, "".join(b)), {"content-type": "text/html"})])
    r, _ = multipage("three_pages_mid3", "trs", "trs")
    assert table_facts(r) == pytest.approx(table_facts(single))
    assert [(s.number, s.title) for s in r.sections] == [(s.number, s.title) for s in single.sections]


def test_multipage_injected_error_on_page_two_is_reported() -> None:
    # 1(d) R1/R3: the 结转下年度 total on page 2 is printed as 9 more than it should be; the checks report it,
    # the value is kept as printed
    data = consistent_t2021()
    data.apply[24][6] = str(int(data.apply[24][6]) + 9)
    b = report_blocks(data, cut_row=12)
    r = parse_report(paginate(b, [block_index(b, "申请人情况", 1)], style="under", chrome="hanweb"))
    assert table_facts(r)["apply.carried_out.total"] == float(data.apply[24][6])
    assert families(r) == {"R1", "R3"}


def test_multipage_e2014_table_over_three_pages() -> None:
    # spec 1(a) e2014 统计表 + 3.5: prose on page 1, the 统计表 broken over pages 2 and 3 with its column header
    # repeated; seed 002's numbers, so only O5 (复议 22 ≠ 15+0+6) fails
    spec = factory.e2014_spec()
    half = 2 + 30
    t1, t2 = tbl(spec[:half]), tbl(spec[1:2] + spec[half:])
    prose = [para(t) for t in factory.E2014_PROSE[1:]]
    pages = paginate([*prose, t1, t2], [len(prose), len(prose) + 1], style="query", chrome="gkmlpt")
    r = parse_report(pages)
    assert (r.year, r.template, r.tables_missing) == (2017, "e2014", False)
    truth = {"active.items_total": 4156, "proposal.results_published": 15, "active.channel.website": 2841,
             "response.online_interviews_by_head": 11, "apply.received.total": 23, "apply.channel.in_person": 19,
             "apply.answer.denied.commercial_secret": 2, "apply.answer.not_exist": 4, "review.total": 22,
             "review.other": 6, "litigation.corrected": 1, "org.reading_points": 44, "org.budget": 2,
             "training.trainees": 70}
    got = table_facts(r)
    assert {k: got.get(k) for k in truth} == {k: float(v) for k, v in truth.items()}
    assert families(r) == {"O5"}
    assert r.part_urls == [x.url for x in pages]


def test_multipage_t2019_split_inside_section3() -> None:
    # spec 1(b) t2019 + 3.4: the 2019 report paginated with ?page=N; section 三 cut between its tables' rows
    body = p1.t2019_body("某某县市场监督管理局")
    cut = body.index('<tr><td rowspan="3">（四）无法提供')
    head = body[:cut] + "</tbody></table>"
    tail = '<table border="1"><tbody>' + body[cut:]
    urls = URLS["query"][:2]
    pages = [Fetched(urls[0], gkmlpt_page("某某县市场监督管理局2019年政府信息公开工作年度报告",
                                          head + pager("query", 0, 2, urls)), {"content-type": "text/html"}),
             Fetched(urls[1], gkmlpt_page("某某县市场监督管理局2019年政府信息公开工作年度报告",
                                          tail + pager("query", 1, 2, urls)), {"content-type": "text/html"})]
    assert "（四）无法提供" in pages[1].body.decode()
    r = parse_report(pages)
    assert (r.year, r.template) == (2019, "t2019")
    got = table_facts(r)
    want = {"active.normative.public_total": 37.0, "active.permit.items_delta": -8.0,
            "active.procurement.amount": 356.8, "apply.received_new.total": 7.0,
            "apply.outcome.granted.business": 1.0, "apply.outcome.unavailable.not_held.natural_person": 1.0,
            "apply.outcome.other.total": 1.0, "apply.outcome.total.total": 6.0, "apply.carried_out.total": 1.0,
            "review.total": 0.0}
    assert {k: got.get(k) for k in want} == want
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# B. the HTML page only says 详见附件; the report is the attachment (spec 3.5)
# ---------------------------------------------------------------------------------------------------------------

@functools.cache
def attachment_bytes(fmt: str) -> bytes:
    if fmt == "pdf":
        return factory.t2021_pdf(DATA, title=TITLE)
    if fmt == "docx":
        return factory.docx_file(TITLE, report_docx_blocks())
    if fmt == "xlsx":
        return factory.t2021_xlsx(DATA)
    if fmt == "wps":  # WPS 文字 saves the binary Word format under a .wps name
        docx = attachment_bytes("docx")
        return factory.soffice_convert(factory.soffice_convert(docx, "docx", "odt"), "odt", "doc")
    raise KeyError(fmt)


def report_docx_blocks(data: T2021Data = DATA) -> list:
    return [*data.prose, HEADINGS[1], factory.t2021_active_spec(data), HEADINGS[2], factory.t2021_apply_spec(data),
            HEADINGS[3], factory.t2021_review_spec(data), HEADINGS[4], PROBLEMS, HEADINGS[5], "本年度未收取信息处理费。"]


MIME = {"pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "wps": "application/kswps"}
ORIGIN = {"pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "wps": "doc"}


def link_for(fmt: str, style: str) -> tuple[str, str, str, dict[str, str]]:
    """(href on the page, absolute URL fetched, link text, response headers) for one attachment link style."""
    name = f"{TITLE}.{fmt}"
    if style == "hanweb_downfile":
        href = f"/module/download/downfile.jsp?classid=0&filename=2201261012345{fmt[:1]}.{fmt}"
        return (href, "http://www.fh.gov.cn" + href, name,
                {"content-type": "application/octet-stream",
                 "content-disposition": f"attachment; filename*=UTF-8''{quote(name)}"})
    if style == "trs_relative":
        href = f"./P020220125384528471923.{fmt}"
        return (href, f"http://www.fh.gov.cn/art/xxgknb/202201/P020220125384528471923.{fmt}", name,
                {"content-type": MIME[fmt]})
    href = "/uploadfiles/2022/01/" + quote(name.encode("gbk"))  # GBK percent-encoded Chinese file name
    return href, "http://www.fh.gov.cn" + href, f"附件：{name}", {"content-type": MIME[fmt]}


ATT_FORMATS = ["pdf", "docx", "xlsx", "wps"]
LINK_STYLES = ["hanweb_downfile", "trs_relative", "gbk_percent"]


@functools.cache
def see_attachment(fmt: str, style: str) -> tuple[Report, str]:
    href, url, text, headers = link_for(fmt, style)
    content = (para(f"现将《{TITLE}》予以公布，详见附件。") +
               f'<p>附件：<a href="{htmllib.escape(href)}" target="_blank" title="{htmllib.escape(text)}">'
               f"{htmllib.escape(text)}</a></p>")
    page = trs_page(TITLE, content, date="2022-01-25")
    att = Fetched(url, attachment_bytes(fmt), headers)
    return parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})], attachments=(att,)), url


CASES_B = [(f, s) for f in ATT_FORMATS for s in LINK_STYLES if f != "wps" or s == "hanweb_downfile"]


@pytest.mark.parametrize("fmt,style", CASES_B)
def test_see_attachment_every_table_fact(fmt: str, style: str) -> None:
    # spec 3.5: the report may be a linked PDF/DOCX/WPS/XLSX; a reader opens it and records every cell
    r, _ = see_attachment(fmt, style)
    assert mismatches(r) == {}


@pytest.mark.parametrize("fmt,style", CASES_B)
def test_see_attachment_report_fields(fmt: str, style: str) -> None:
    # spec 3.5 + schema: attachment_urls lists the file, the facts say which document they came from (origin),
    # the tables exist (tables_missing=0), the page is the only part, the year is 2021 and data are consistent
    r, url = see_attachment(fmt, style)
    assert r.attachment_urls == [url]
    assert r.part_urls == [URLS["trs"][0]]
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    origins = {f.origin for f in r.facts if f.source == "table"}
    assert origins == ({"doc", "wps"} & origins or {"doc"} if fmt == "wps" else {ORIGIN[fmt]})
    assert failing(r) == set()


def test_wps_attachment_origin_in_schema_vocabulary() -> None:
    # docs/schema.md facts.origin: the attachment's detected format, one of the documented values (a .wps file
    # served as application/kswps is a WPS document: wps)
    r, _ = see_attachment("wps", "hanweb_downfile")
    assert {f.origin for f in r.facts if f.source == "table"} == {"wps"}


# ---------------------------------------------------------------------------------------------------------------
# C. HTML summary (prose, headline numbers) plus the full PDF
# ---------------------------------------------------------------------------------------------------------------

SUMMARY = ["本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
           "一、总体情况", OVERVIEW, "全年主动公开政府信息1873条，收到政府信息公开申请{n}件。",
           "（报告全文及统计表详见附件PDF。）"]


@pytest.mark.parametrize("chrome", ["trs", "hanweb", "gkmlpt"])
def test_html_summary_plus_full_pdf(chrome: str) -> None:
    # spec 3.5 "both": the summary page's prose is report text; the statistics come from the PDF (origin pdf)
    n = EXPECTED["apply.received_new.total"]
    summary = "".join(para(t.format(n=int(n))) for t in SUMMARY)
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021.pdf"
    page = CHROME[chrome](TITLE, summary + f'<p><a href="{url}">{TITLE}（全文）.pdf</a></p>')
    r = parse_report([Fetched(URLS["under"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes("pdf"), {"content-type": "application/pdf"}),))
    assert mismatches(r) == {}
    assert {f.origin for f in r.facts if f.source == "table"} == {"pdf"}
    assert OVERVIEW in r.body
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert r.attachment_urls == [url]
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# D. picture-only report (图片版) with the statistics in an attached XLSX
# ---------------------------------------------------------------------------------------------------------------

def picture_content(n: int = 6) -> str:
    return "".join(f'<p style="text-align:center"><img src="/picture/0/2201251{i:02d}.jpg" width="720" border="0" '
                   f'alt="{TITLE}（图片版）第{i}页"></p>' for i in range(1, n + 1))


@pytest.mark.parametrize("with_xlsx", [True, False])
def test_picture_only_with_or_without_xlsx(with_xlsx: bool) -> None:
    # spec 3.5 + 2.7: pictures carry no cells; the attached 统计表.xlsx does. Without it, tables_missing and no
    # table facts (no zeros invented)
    title = TITLE.replace("报告", "报告（图片版）")
    content = picture_content() + ('<p>附件：<a href="/module/download/downfile.jsp?filename=tjb2021.xlsx">'
                                   "政府信息公开情况统计表.xlsx</a></p>" if with_xlsx else "")
    url = "http://www.fh.gov.cn/module/download/downfile.jsp?filename=tjb2021.xlsx"
    atts = (Fetched(url, attachment_bytes("xlsx"), {"content-type": MIME["xlsx"]}),) if with_xlsx else ()
    r = parse_report([Fetched(URLS["under"][0], hanweb_page(title, content), {"content-type": "text/html"})],
                     attachments=atts)
    assert r.year == 2021
    assert r.edition == "图片版"
    if with_xlsx:
        assert r.tables_missing is False
        assert mismatches(r) == {}
        assert {f.origin for f in r.facts if f.source == "table"} == {"xlsx"}
        assert r.attachment_urls == [url]
        assert failing(r) == set()
    else:
        assert r.tables_missing is True
        assert table_facts(r) == {}


def test_picture_pages_over_two_captures_with_xlsx() -> None:
    # spec 3.4 + 3.5: the 图片版 article is itself paginated (pictures 1–3 on page 1, 4–6 on page 2); the XLSX is
    # linked from the last page
    url = "http://www.fh.gov.cn/art/xxgknb/202201/P020220125999.xlsx"
    imgs = picture_content()
    cut = imgs.index('<p style="text-align:center"><img src="/picture/0/220125104')
    urls = URLS["trs"][:2]
    pages = [Fetched(urls[0], trs_page(TITLE, imgs[:cut] + pager("trs", 0, 2, urls)), {"content-type": "text/html"}),
             Fetched(urls[1], trs_page(TITLE, imgs[cut:] + '<p>附件：<a href="./P020220125999.xlsx">统计表.xlsx</a></p>'
                                       + pager("trs", 1, 2, urls)), {"content-type": "text/html"})]
    r = parse_report(pages, attachments=(Fetched(url, attachment_bytes("xlsx"), {"content-type": MIME["xlsx"]}),))
    assert r.part_urls == urls and r.attachment_urls == [url]
    assert (r.year, r.tables_missing) == (2021, False)
    assert mismatches(r) == {}


# ---------------------------------------------------------------------------------------------------------------
# E. prose in HTML, the tables as an attachment
# ---------------------------------------------------------------------------------------------------------------

def prose_page_with_table_links(links: str) -> bytes:
    blocks = [para(t) for t in DATA.prose] + [
        para(HEADINGS[1]), para("本年度主动公开情况详见附表1。"), para(HEADINGS[2]), para("依申请公开情况详见附表2。"),
        para(HEADINGS[3]), para("详见附表3。"), para(HEADINGS[4]), para(PROBLEMS), para(HEADINGS[5]),
        para("本年度未收取信息处理费。"), links]
    return trs_page(TITLE, "".join(blocks))


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_prose_html_tables_attached(fmt: str) -> None:
    # spec 3.5: the page is the report's prose (its sections 一–六 in order, once each); the tables are in the file
    url = f"http://www.fh.gov.cn/art/xxgknb/202201/P020220125_tables.{fmt}"
    if fmt == "xlsx":
        body = attachment_bytes("xlsx")
    else:
        body = factory.docx_file("附表", ["附表1", factory.t2021_active_spec(DATA), "附表2",
                                        factory.t2021_apply_spec(DATA), "附表3", factory.t2021_review_spec(DATA)])
    page = prose_page_with_table_links(f'<p>附件：<a href="./P020220125_tables.{fmt}">附表1-3.{fmt}</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, body, {"content-type": MIME[fmt]}),))
    assert mismatches(r) == {}
    assert {f.origin for f in r.facts if f.source == "table"} == {fmt}
    assert_body_in_order_once(r)
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert r.attachment_urls == [url]
    assert failing(r) == set()


def test_prose_html_tables_in_two_xlsx_sheets_order() -> None:
    # spec 3.5 XLS(X): one workbook, sections 二 and 三/四 on different sheets in the wrong order
    xlsx = factory.xlsx_file({"表3 复议诉讼": [factory.t2021_review_spec(DATA)],
                              "表2 依申请": [factory.t2021_apply_spec(DATA)],
                              "表1 主动公开": [factory.t2021_active_spec(DATA)]})
    url = "http://www.fh.gov.cn/art/xxgknb/202201/P020220125_tjb.xlsx"
    page = prose_page_with_table_links('<p><a href="./P020220125_tjb.xlsx">统计表.xlsx</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, xlsx, {"content-type": MIME["xlsx"]}),))
    assert mismatches(r) == {}
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# F. 附件1 / 附件2 linked (and fetched) in an order different from their numbers
# ---------------------------------------------------------------------------------------------------------------

_DOCX_CACHE: dict[str, bytes] = {}


def docx_cached(title: str, blocks: list) -> bytes:
    key = repr((title, blocks))
    if key not in _DOCX_CACHE:
        _DOCX_CACHE[key] = factory.docx_file(title, blocks)
    return _DOCX_CACHE[key]


@functools.cache
def split_attachments(kind: str) -> tuple[tuple[str, bytes, str], tuple[str, bytes, str]]:
    """附件1 = the report text with section 二; 附件2 = the statistics table of 三 and 四."""
    blocks1 = [*DATA.prose, HEADINGS[1], factory.t2021_active_spec(DATA), HEADINGS[2], "详见附件2。",
               HEADINGS[3], "详见附件2。", HEADINGS[4], PROBLEMS, HEADINGS[5], "本年度未收取信息处理费。"]
    a1 = ("http://www.fh.gov.cn/uploadfiles/2022/01/fj1_nb2021.docx", docx_cached(TITLE, blocks1), "docx")
    if kind == "xlsx":
        a2 = ("http://www.fh.gov.cn/uploadfiles/2022/01/fj2_tjb2021.xlsx",
              factory.xlsx_file({"统计表": [factory.t2021_apply_spec(DATA), factory.t2021_review_spec(DATA)]}), "xlsx")
    else:
        a2 = ("http://www.fh.gov.cn/uploadfiles/2022/01/fj2_tjb2021.docx",
              factory.docx_file("附件2 政府信息公开工作统计表", ["三、收到和处理政府信息公开申请情况",
                                                       factory.t2021_apply_spec(DATA), "四、政府信息公开行政复议、行政诉讼情况",
                                                       factory.t2021_review_spec(DATA)]), "docx")
    return a1, a2


@pytest.mark.parametrize("kind,fetch_order", [("xlsx", "link_order"), ("xlsx", "number_order"),
                                              ("docx", "link_order")])
def test_attachments_numbered_out_of_link_order(kind: str, fetch_order: str) -> None:
    # spec 3.5: two attachments; the page links 附件2 before 附件1. Every table fact of both files is recorded
    # and both files are listed as attachments
    a1, a2 = split_attachments(kind)
    links = (f'<p>附件2：<a href="{a2[0]}">政府信息公开工作统计表.{a2[2]}</a></p>'
             f'<p>附件1：<a href="{a1[0]}">{TITLE}.docx</a></p>')
    page = hanweb_page(TITLE, para(f"现将《{TITLE}》予以公布。") + links)
    fetched = [Fetched(u, b, {"content-type": MIME[k]}) for u, b, k in (a2, a1)]
    if fetch_order == "number_order":
        fetched.reverse()
    r = parse_report([Fetched(URLS["under"][0], page, {"content-type": "text/html"})], attachments=tuple(fetched))
    assert mismatches(r) == {}
    assert sorted(r.attachment_urls) == sorted([a1[0], a2[0]])
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# G. bodies in iframes / frames / embed / object (the framed document is the next capture)
# ---------------------------------------------------------------------------------------------------------------

INNER_URL = "http://www.fh.gov.cn/xxgk/nbfile/2022/nb2021.html"


def inner_doc(content: str, charset: str = "utf-8") -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{TITLE}</title></head><body style=\"font-family:仿宋_GB2312\">{content}</body></html>"
            ).encode("gb18030" if charset == "gbk" else charset)


@pytest.mark.parametrize("wrapper", ["iframe", "frameset", "iframe_gbk_outer"])
def test_body_in_framed_document(wrapper: str) -> None:
    # spec 3.5 (<iframe>): the outer page carries title and metadata; the framed document is the report
    inner = inner_doc("".join(report_blocks()))
    if wrapper == "frameset":
        outer = (f'<html><head><meta charset="gbk"><title>{TITLE}</title></head><frameset rows="120,*">'
                 f'<frame src="/top.html" name="top"><frame src="/xxgk/nbfile/2022/nb2021.html" name="main">'
                 f"</frameset></html>").encode("gbk")
    else:
        charset = "gbk" if wrapper == "iframe_gbk_outer" else "utf-8"
        outer = trs_page(TITLE, '<iframe id="contentFrame" src="/xxgk/nbfile/2022/nb2021.html" width="100%" '
                                'height="3000" frameborder="0" scrolling="no"></iframe>', charset=charset)
    r = parse_report([Fetched(URLS["trs"][0], outer, {"content-type": "text/html"}),
                      Fetched(INNER_URL, inner, {"content-type": "text/html"})])
    assert mismatches(r) == {}
    assert r.title == TITLE and r.year == 2021
    assert r.part_urls == [URLS["trs"][0], INNER_URL]
    assert_body_in_order_once(r)
    assert failing(r) == set()


def test_iframe_document_itself_paginated() -> None:
    # spec 3.4 + 3.5: the framed document is split in two (nb2021.html, nb2021_2.html), table cut mid-section 三
    b = report_blocks(cut_row=10)
    cut = block_index(b, "<table", 2)
    urls = [INNER_URL, INNER_URL.replace(".html", "_2.html")]
    inner1 = inner_doc("".join(b[:cut]) + '<div class="page"><a href="nb2021_2.html">下一页</a></div>')
    inner2 = inner_doc("".join(b[cut:]) + '<div class="page"><a href="nb2021.html">上一页</a></div>')
    outer = hanweb_page(TITLE, '<iframe src="/xxgk/nbfile/2022/nb2021.html" width="100%" height="2600"></iframe>')
    pages = [Fetched(URLS["under"][0], outer, {"content-type": "text/html"}),
             Fetched(urls[0], inner1, {"content-type": "text/html"}),
             Fetched(urls[1], inner2, {"content-type": "text/html"})]
    r = parse_report(pages)
    assert mismatches(r) == {}
    assert r.part_urls == [x.url for x in pages]
    assert_body_in_order_once(r)
    assert "下一页" not in r.body
    assert failing(r) == set()


@pytest.mark.parametrize("tag", ["embed", "object", "pdfjs_iframe"])
def test_pdf_shown_through_embed_object_viewer(tag: str) -> None:
    # spec 3.5: PDFs embedded through pdf.js viewers or <iframe>/<embed>; the crawl fetched the PDF as attachment
    pdf_url = "http://www.fh.gov.cn/uploadfiles/2022/01/20220125093012345.pdf"
    path = "/uploadfiles/2022/01/20220125093012345.pdf"
    html = {"embed": f'<embed src="{path}" type="application/pdf" width="100%" height="900">',
            "object": f'<object data="{path}" type="application/pdf" width="100%" height="900">'
                      f'<a href="{path}">下载PDF</a></object>',
            "pdfjs_iframe": f'<iframe src="/static/pdfjs/web/viewer.html?file={quote(path, safe="")}" '
                            f'width="100%" height="900"></iframe>'}[tag]
    page = gkmlpt_page(TITLE, para("（详见附件）") + html)
    r = parse_report([Fetched(URLS["query"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(pdf_url, attachment_bytes("pdf"), {"content-type": "application/pdf"}),))
    assert mismatches(r) == {}
    assert r.attachment_urls == [pdf_url]
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)


# ---------------------------------------------------------------------------------------------------------------
# H. tables_missing only when no table exists anywhere
# ---------------------------------------------------------------------------------------------------------------

def test_tables_on_page_two_only_not_missing() -> None:
    # spec 2.7: page 1 is prose with headings only; the tables are on page 2 → the report has its tables
    b = report_blocks()
    pages = paginate(b, [block_index(b, HEADINGS[1])], style="trs", chrome="trs")
    r = parse_report(pages)
    assert r.tables_missing is False
    assert table_facts(r)["apply.outcome.total.total"] == EXPECTED["apply.outcome.total.total"]


def test_headings_without_tables_over_two_pages_missing() -> None:
    # spec 2.7 / seed 004: headings 二/三/四 with nothing under them on either page → tables_missing, no zeros
    b = [para(t) for t in DATA.prose] + [para(h) for h in HEADINGS[1:4]] + [
        f'<p><img src="/picture/0/tab{i}.png"></p>' for i in range(3)] + [para(HEADINGS[4]), para(PROBLEMS),
                                                                         para(HEADINGS[5]), para("无。")]
    pages = paginate(b, [block_index(b, HEADINGS[3])], style="under", chrome="hanweb")
    r = parse_report(pages)
    assert r.tables_missing is True
    assert table_facts(r) == {}
    assert r.part_urls == [x.url for x in pages]


def test_attachment_link_not_fetched_but_tables_on_page() -> None:
    # spec 3.5: the page has the full report and also links a PDF copy that was not fetched → not missing
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb.pdf"
    page = trs_page(TITLE, "".join(report_blocks()) + f'<p>附件：<a href="{url}">{TITLE}.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})])
    assert r.tables_missing is False
    assert mismatches(r) == {}



# ---------------------------------------------------------------------------------------------------------------
# I. more splits: section 二 and 四 cut by the page break; e2014 label context carried over the break
# ---------------------------------------------------------------------------------------------------------------

def duplicates(r: Report) -> list[tuple[str, str, str]]:
    """(key, source, origin) recorded more than once: one document cannot state one cell twice (spec 2.0 keys one
    fact per report, key and source; two documents of one report may each give their copy, so origin is kept apart)."""
    seen: dict[tuple[str, str, str], int] = {}
    for f in r.facts:
        seen[(f.key, f.source, f.origin)] = seen.get((f.key, f.source, f.origin), 0) + 1
    return sorted(k for k, n in seen.items() if n > 1)


@pytest.mark.parametrize("layout", ["mid3_header_repeated", "four_pages", "three_pages_mid3"])
def test_multipage_no_duplicate_facts(layout: str) -> None:
    # spec 2.0 / 3.5: a repeated header or a continued table yields each cell once
    r, _ = multipage(layout, "trs", "trs")
    assert duplicates(r) == []


@pytest.mark.parametrize("cut_row", [3, 4, 7, 10, 11, 13])
def test_section2_table_cut_by_page_break(cut_row: int) -> None:
    # spec 3.5: the 第二十条 table continues on page 2 without its caption row (cut before （五）/（六）/（八）)
    data = DATA
    spec = factory.t2021_active_spec(data)
    blocks = [para(t) for t in data.prose] + [para(HEADINGS[1]), tbl(spec[:cut_row]), tbl(spec[cut_row:]),
                                              *report_blocks()[block_index(report_blocks(), HEADINGS[2]):]]
    pages = paginate(blocks, [block_index(blocks, "<table", 1)], style="under", chrome="hanweb")
    r = parse_report(pages)
    assert mismatches(r) == {}
    assert duplicates(r) == []


@pytest.mark.parametrize("repeat_header", [True, False])
def test_section4_value_row_alone_on_next_page(repeat_header: bool) -> None:
    # spec 3.5: section 四's three header rows end page 1; its single value row starts page 2 (with or without
    # the header printed again)
    spec = factory.t2021_review_spec(DATA)
    b = report_blocks()
    i = block_index(b, "行政复议</td>")
    b[i:i + 1] = [tbl(spec[:3]), tbl((spec[:3] if repeat_header else []) + spec[3:])]
    pages = paginate(b, [i + 1], style="query", chrome="gkmlpt")
    r = parse_report(pages)
    assert mismatches(r) == {}
    assert duplicates(r) == []
    assert failing(r) == set()


E2014_CUTS = {"after_review_total": "四、行政复议数量", "after_review_upheld": "（一）维持具体行政行为数",
              "after_litigation_total": "五、行政诉讼数量", "after_denied": "4.不同意公开答复数",
              "after_staff": "（三）从事政府信息公开工作人员数", "after_litigation_upheld": "（一）维持具体行政行为或者驳回原告诉讼请求数",
              "after_press_conf": "1.参加或举办新闻发布会总次数"}


@pytest.mark.parametrize("cut", list(E2014_CUTS))
def test_e2014_table_cut_inside_a_block(cut: str) -> None:
    # spec 2.4: "（二）被依法纠错数" and "（三）其他情形数" exist under both 复议 and 诉讼; which one a row is depends on the
    # block above it, even when the block's first row was on the previous page
    spec = factory.e2014_spec()
    labels = [row[0][0] for row in spec]
    k = labels.index(E2014_CUTS[cut]) + 1
    prose = [para(t) for t in factory.E2014_PROSE[1:]]
    blocks = [*prose, tbl(spec[:k]), tbl(spec[k:])]
    r = parse_report(paginate(blocks, [len(prose) + 1], style="trs", chrome="trs"))
    truth = {"review.total": 22, "review.upheld": 15, "review.corrected": 0, "review.other": 6,
             "litigation.total": 3, "litigation.upheld": 0, "litigation.corrected": 1, "litigation.other": 2,
             "apply.answer.denied": 2, "apply.answer.denied.commercial_secret": 2, "apply.answer.not_this_agency": 5,
             "org.staff_total": 2, "org.staff_fulltime": 2, "org.staff_parttime": 0, "complaint.total": 0,
             "response.press_conf": 0, "response.press_conf_by_head": 0, "response.online_interviews_by_head": 11}
    got = table_facts(r)
    assert {k_: got.get(k_) for k_ in truth} == {k_: float(v) for k_, v in truth.items()}
    assert families(r) == {"O5"}


# ---------------------------------------------------------------------------------------------------------------
# J. HTML and attachment together
# ---------------------------------------------------------------------------------------------------------------

def test_summary_headline_contradicts_attached_table() -> None:
    # spec 1(d) R10: the summary page says 收到申请 n+5 件 but the attached PDF's table says n → a failing R10 check;
    # the table value is kept
    n = int(EXPECTED["apply.received_new.total"])
    summary = "".join(para(t.format(n=n + 5)) for t in SUMMARY)
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021.pdf"
    page = trs_page(TITLE, summary + f'<p><a href="{url}">全文.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes("pdf"), {"content-type": "application/pdf"}),))
    assert table_facts(r)["apply.received_new.total"] == n
    assert "R10" in families(r)


def test_wrong_title_year_period_in_attachment() -> None:
    # spec 0: the year comes from the 统计期限 sentence (inside the attached DOCX) before the page title's year
    title = TITLE.replace("2021年", "2022年")
    href, url, text, headers = link_for("docx", "trs_relative")
    page = trs_page(title, para("详见附件。") + f'<p><a href="{href}">{text}</a></p>', date="2022-01-25")
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes("docx"), headers),))
    assert (r.year, r.year_source) == (2021, "period")


def test_same_report_as_pdf_and_docx_not_doubled() -> None:
    # spec 3.5 + 2.0: 附件1 年报.pdf and 附件2 年报.docx are the same report; each table key is recorded once per source
    a_pdf = Fetched("http://www.fh.gov.cn/uploadfiles/nb2021.pdf", attachment_bytes("pdf"), {"content-type": MIME["pdf"]})
    a_doc = Fetched("http://www.fh.gov.cn/uploadfiles/nb2021.docx", attachment_bytes("docx"),
                    {"content-type": MIME["docx"]})
    page = trs_page(TITLE, para("详见附件。") + f'<p>附件1：<a href="{a_pdf.url}">年报.pdf</a></p>'
                    f'<p>附件2：<a href="{a_doc.url}">年报.docx</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})], attachments=(a_pdf, a_doc))
    assert mismatches(r) == {}
    assert duplicates(r) == []
    assert sorted(r.attachment_urls) == sorted([a_pdf.url, a_doc.url])
    assert failing(r) == set()


def test_full_html_plus_pdf_copy_not_doubled() -> None:
    # spec 3.5 "both": the page has the whole report and links its PDF; one value per key, checks pass
    url = "http://www.fh.gov.cn/uploadfiles/nb2021.pdf"
    page = trs_page(TITLE, "".join(report_blocks()) + f'<p>附件：<a href="{url}">{TITLE}.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes("pdf"), {"content-type": MIME["pdf"]}),))
    assert mismatches(r) == {}
    assert duplicates(r) == []
    assert failing(r) == set()
    assert r.attachment_urls == [url]


def test_section2_in_html_sections3_4_in_xlsx() -> None:
    # spec 3.5: the page prints section 二's tables and says 三、四 详见附件 (统计表.xlsx)
    xlsx = factory.xlsx_file({"统计表": [factory.t2021_apply_spec(DATA), factory.t2021_review_spec(DATA)]})
    url = "http://www.fh.gov.cn/art/xxgknb/202201/P020220125_s34.xlsx"
    blocks = [para(t) for t in DATA.prose] + [para(HEADINGS[1]), tbl(factory.t2021_active_spec(DATA)),
                                              para(HEADINGS[2]), para("详见附件统计表。"), para(HEADINGS[3]),
                                              para("详见附件统计表。"), para(HEADINGS[4]), para(PROBLEMS),
                                              '<p><a href="./P020220125_s34.xlsx">统计表.xlsx</a></p>']
    r = parse_report([Fetched(URLS["trs"][0], trs_page(TITLE, "".join(blocks)), {"content-type": "text/html"})],
                     attachments=(Fetched(url, xlsx, {"content-type": MIME["xlsx"]}),))
    assert mismatches(r) == {}
    origin = {f.key: f.origin for f in r.facts if f.source == "table"}
    assert origin["active.permit.decisions"] == "html" and origin["review.total"] == "xlsx"
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# K. page breaks inside attachments; statistics workbooks as clerks fill them; files served without a name
# ---------------------------------------------------------------------------------------------------------------

@functools.cache
def pdf_split_section3(cut_row: int, repeat_header: bool) -> bytes:
    """A PDF whose section-三 table breaks after cut_row data rows; page 2 repeats the header or not."""
    import io

    from reportlab.platypus import PageBreak, Paragraph
    buffer = io.BytesIO()
    doc = factory._document(buffer)
    _, body = factory._styles()
    story = [Paragraph(TITLE, body), *[Paragraph(t, body) for t in DATA.prose], Paragraph(HEADINGS[1], body),
             factory.pdf_table(factory.t2021_active_spec(DATA), [150, 110, 110, 110]), Paragraph(HEADINGS[2], body),
             factory.pdf_table(factory.t2021_apply_header() + factory.t2021_apply_body(DATA, 0, cut_row),
                               factory.APPLY_WIDTHS), PageBreak(),
             factory.pdf_table((factory.t2021_apply_header() if repeat_header else [])
                               + factory.t2021_apply_body(DATA, cut_row), factory.APPLY_WIDTHS),
             Paragraph(HEADINGS[3], body), factory.pdf_table(factory.t2021_review_spec(DATA), [33] * 15, size=6),
             Paragraph(HEADINGS[4], body), Paragraph(PROBLEMS, body)]
    doc.build(story)
    return buffer.getvalue()


@pytest.mark.parametrize("cut_row,repeat_header", [(5, False), (14, False), (20, True), (23, False)])
def test_pdf_section3_broken_over_pages(cut_row: int, repeat_header: bool) -> None:
    # spec 3.5: cross-page splits of section 三 in PDFs; the merged label cells are cut by the break, the header
    # is repeated only by some exporters; a reader joins the two halves
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021_split.pdf"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">{TITLE}.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, pdf_split_section3(cut_row, repeat_header),
                                          {"content-type": MIME["pdf"]}),))
    assert mismatches(r) == {}
    assert failing(r) == set()


def clerk_sheet(caption: str, spec: factory.Spec, width: int) -> factory.Spec:
    return [[c_(caption, 1, width)], [c_(f"填报单位（盖章）：{AGENCY}", 1, width)], *spec,
            [c_("单位负责人：王某某    审核人：李某    填报人：张某    联系电话：0574-88951234    填表日期：2022年1月20日", 1, width)]]


def c_(text: str, rowspan: int = 1, colspan: int = 1) -> factory.Cell:
    return factory.c(text, rowspan, colspan)


def test_xlsx_statistics_with_captions_and_signature_rows() -> None:
    # spec 1(a) (填报单位 above, 单位负责人/填表日期 below) + 3.5 XLSX: the 统计表 workbook a clerk fills in
    xlsx = factory.xlsx_file({
        "附表1": [clerk_sheet("附表1  主动公开政府信息情况", factory.t2021_active_spec(DATA), 4)],
        "附表2": [clerk_sheet("附表2  收到和处理政府信息公开申请情况", factory.t2021_apply_spec(DATA), 10)],
        "附表3": [clerk_sheet("附表3  政府信息公开行政复议、行政诉讼情况", factory.t2021_review_spec(DATA), 15)]})
    url = "http://www.fh.gov.cn/module/download/downfile.jsp?classid=0&filename=fb2021.xlsx"
    page = hanweb_page(TITLE, picture_content(4) + f'<p>附件：<a href="{url}">附表1-3.xlsx</a></p>')
    r = parse_report([Fetched(URLS["under"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, xlsx, {"content-type": MIME["xlsx"]}),))
    assert mismatches(r) == {}
    assert r.tables_missing is False
    assert failing(r) == set()


def test_picture_report_e2014_statistics_xlsx() -> None:
    # spec 1(a) + 3.5: a 2017 图片版 report; the e2014 统计表 is the attached workbook (seed 002's numbers)
    title = "二道区人民政府2017年度政府信息公开工作报告（图片版）"
    url = "http://www.ccerdao.gov.cn/uploadfile/2018/0125/tjb2017.xlsx"
    page = trs_page(title, picture_content(5) + f'<p>附件：<a href="{url}">政府信息公开情况统计表.xlsx</a></p>',
                    date="2018-01-25")
    r = parse_report([Fetched("http://www.ccerdao.gov.cn/read_gkml.php?brow=81234", page,
                              {"content-type": "text/html"})],
                     attachments=(Fetched(url, factory.e2014_xlsx(), {"content-type": MIME["xlsx"]}),))
    assert (r.year, r.template, r.tables_missing, r.edition) == (2017, "e2014", False, "图片版")
    got = table_facts(r)
    truth = {"active.items_total": 4156, "active.channel.wechat": 751, "response.interpretations": 11,
             "apply.closed.on_time": 21, "apply.answer.granted": 10, "review.upheld": 15, "org.staff_total": 2,
             "training.meetings": 1}
    assert {k: got.get(k) for k in truth} == {k: float(v) for k, v in truth.items()}
    assert families(r) == {"O5"}


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_attachment_served_without_name_or_type(fmt: str) -> None:
    # spec 3.5: downfile.jsp?fileid=… with application/octet-stream and a GBK file name in the header (read as
    # latin-1 by the HTTP library); the file's own bytes say what it is
    url = "http://www.fh.gov.cn/module/download/downfile.jsp?classid=0&fileid=8823451"
    raw_name = f"{AGENCY}2021年年报.{fmt}".encode("gbk").decode("latin-1")
    headers = {"content-type": "application/octet-stream", "content-disposition": f'attachment;filename="{raw_name}"'}
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">点击下载</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes(fmt), headers),))
    assert mismatches(r) == {}
    assert r.attachment_urls == [url]
    assert {f.origin for f in r.facts if f.source == "table"} == {fmt}


def test_pdf_served_as_text_html() -> None:
    # spec 3.5 / 3.7: a misconfigured server labels the PDF text/html; the %PDF- bytes decide
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021.pdf"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">{TITLE}.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes("pdf"), {"content-type": "text/html; charset=utf-8"}),))
    assert mismatches(r) == {}
    assert (r.year, r.tables_missing) == (2021, False)


@pytest.mark.parametrize("relabel", [True, False])
def test_section3_page_two_labels_printed_again(relabel: bool) -> None:
    # spec 3.5: on page 2 the continued grid prints its level-1/level-2 label cells again (relabel) or leaves the
    # merged cells empty; either way the rows are what they were
    head = factory.t2021_apply_header()
    body2 = factory.t2021_apply_body(DATA, 9)
    if relabel:
        body2[0] = [c_("三、本年度办理结果", 15), c_("（三）不予公开", 3), *body2[0][2:]]
    b = report_blocks()
    i = block_index(b, "申请人情况")
    b[i:i + 1] = [tbl(head + factory.t2021_apply_body(DATA, 0, 9)), tbl(body2)]
    r = parse_report(paginate(b, [i + 1], style="trs", chrome="trs"))
    assert mismatches(r) == {}
    assert failing(r) == set()


def test_xls_statistics_attachment_e2014() -> None:
    # spec 3.5 XLS: the 2017 统计表 as a binary Excel 97 workbook linked from the prose page
    demo = Path(__file__).resolve().parents[1] / "crawler" / "demo_portal" / "files" / "erdao-2017-table.xls"
    # the demo portal's copy is factory.e2014_xlsx() converted by LibreOffice; convert afresh when it is absent
    xls = demo.read_bytes() if demo.exists() else factory.soffice_convert(factory.e2014_xlsx(), "xlsx", "xls")
    url = "http://www.ccerdao.gov.cn/uploadfile/2018/0125/tjb2017.xls"
    content = "".join(para(t) for t in factory.E2014_PROSE[1:]) + f'<p>附件：<a href="{url}">统计表.xls</a></p>'
    page = trs_page("二道区人民政府2017年度政府信息公开工作报告", content, date="2018-01-25")
    r = parse_report([Fetched("http://www.ccerdao.gov.cn/read_gkml.php?brow=81235", page,
                              {"content-type": "text/html"})],
                     attachments=(Fetched(url, xls, {"content-type": "application/vnd.ms-excel"}),))
    assert (r.year, r.template, r.tables_missing) == (2017, "e2014", False)
    got = table_facts(r)
    truth = {"active.channel.weibo": 564, "apply.channel.online": 3, "apply.answer.ask_correction": 1,
             "litigation.other": 2, "org.dedicated_units": 1, "training.courses": 1}
    assert {k: got.get(k) for k in truth} == {k: float(v) for k, v in truth.items()}
    assert {f.origin for f in r.facts if f.source == "table"} == {"xls"}


def test_ofd_attachment_e2014_table() -> None:
    # spec 3.5 (OFD on newer platforms): the 统计表 as an OFD file, one text line per row (label, unit, value)
    lines: list = ["政府信息公开情况统计表（2017年度）", ("统计指标", "单位", "统计数")]
    lines += [(label, unit, value) if unit else label for label, unit, value in factory.E2014_ROWS]
    url = "http://www.ccerdao.gov.cn/uploadfile/2018/0125/tjb2017.ofd"
    content = "".join(para(t) for t in factory.E2014_PROSE[1:]) + f'<p>附件：<a href="{url}">统计表.ofd</a></p>'
    page = trs_page("二道区人民政府2017年度政府信息公开工作报告", content, date="2018-01-25")
    r = parse_report([Fetched("http://www.ccerdao.gov.cn/read_gkml.php?brow=81236", page,
                              {"content-type": "text/html"})],
                     attachments=(Fetched(url, factory.ofd_file(lines), {"content-type": "application/ofd"}),))
    assert (r.year, r.template) == (2017, "e2014")
    got = table_facts(r)
    truth = {"active.items_total": 4156, "apply.received.total": 23, "apply.answer.not_exist": 4,
             "review.total": 22, "org.reading_points": 44, "training.trainees": 70}
    assert {k: got.get(k) for k in truth} == {k: float(v) for k, v in truth.items()}


def test_first_page_captured_twice_via_page_1_link() -> None:
    # spec 3.4 (TRS/others: the pager's "1" link is ?page=1, the same article as the bare URL): the report text
    # is recorded once, not twice
    b = report_blocks(cut_row=12)
    pages = paginate(b, [block_index(b, "申请人情况", 1)], style="query", chrome="gkmlpt")
    dup = Fetched(pages[0].url + "?page=1", pages[0].body, pages[0].headers)
    r = parse_report([pages[0], dup, pages[1]])
    assert_body_in_order_once(r)
    assert mismatches(r) == {}
    assert duplicates(r) == []


def test_two_pdf_attachments_report_and_statistics() -> None:
    # spec 3.5: 附件1 the report text (PDF, says 详见附件2), 附件2 the statistics (PDF); linked and fetched 2 then 1
    import io

    from reportlab.platypus import Paragraph

    def pdf(story_fn) -> bytes:
        buffer = io.BytesIO()
        doc = factory._document(buffer)
        _, body = factory._styles()
        doc.build(story_fn(body))
        return buffer.getvalue()

    text_pdf = pdf(lambda body: [Paragraph(TITLE, body), *[Paragraph(t, body) for t in DATA.prose],
                                 Paragraph(HEADINGS[1], body), Paragraph("详见附件2。", body),
                                 Paragraph(HEADINGS[4], body), Paragraph(PROBLEMS, body)])
    stats_pdf = pdf(lambda body: [Paragraph("附件2", body), Paragraph(HEADINGS[1], body),
                                  factory.pdf_table(factory.t2021_active_spec(DATA), [150, 110, 110, 110]),
                                  Paragraph(HEADINGS[2], body),
                                  factory.pdf_table(factory.t2021_apply_spec(DATA), factory.APPLY_WIDTHS),
                                  Paragraph(HEADINGS[3], body),
                                  factory.pdf_table(factory.t2021_review_spec(DATA), [33] * 15, size=6)])
    u1, u2 = ("http://www.fh.gov.cn/uploadfiles/2022/01/fj1.pdf", "http://www.fh.gov.cn/uploadfiles/2022/01/fj2.pdf")
    page = hanweb_page(TITLE, para("现予公布。") + f'<p><a href="{u2}">附件2：统计表.pdf</a></p>'
                       f'<p><a href="{u1}">附件1：{TITLE}.pdf</a></p>')
    r = parse_report([Fetched(URLS["under"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(u2, stats_pdf, {"content-type": MIME["pdf"]}),
                                  Fetched(u1, text_pdf, {"content-type": MIME["pdf"]})))
    assert mismatches(r) == {}
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert sorted(r.attachment_urls) == sorted([u1, u2])
    assert failing(r) == set()


@functools.cache
def pdf_with_breaks(where: str) -> bytes:
    """The report as a PDF with a page break inside section 二's table (after 规章) or between section 四's
    header rows and its value row."""
    import io

    from reportlab.platypus import PageBreak, Paragraph

    buffer = io.BytesIO()
    doc = factory._document(buffer)
    _, body = factory._styles()
    active, review = factory.t2021_active_spec(DATA), factory.t2021_review_spec(DATA)
    w2, w4 = [150, 110, 110, 110], [33] * 15
    story = [Paragraph(TITLE, body), *[Paragraph(t, body) for t in DATA.prose], Paragraph(HEADINGS[1], body)]
    if where == "sec2":
        story += [factory.pdf_table(active[:3], w2), PageBreak(), factory.pdf_table(active[3:], w2)]
    else:
        story.append(factory.pdf_table(active, w2))
    story += [Paragraph(HEADINGS[2], body), factory.pdf_table(factory.t2021_apply_spec(DATA), factory.APPLY_WIDTHS),
              Paragraph(HEADINGS[3], body)]
    if where == "sec4":
        story += [factory.pdf_table(review[:3], w4, size=6), PageBreak(), factory.pdf_table(review[3:], w4, size=6)]
    else:
        story.append(factory.pdf_table(review, w4, size=6))
    story += [Paragraph(HEADINGS[4], body), Paragraph(PROBLEMS, body)]
    doc.build(story)
    return buffer.getvalue()


@pytest.mark.parametrize("where", ["sec2", "sec4"])
def test_pdf_page_break_inside_section2_or_section4(where: str) -> None:
    # spec 3.5: cross-page splits in PDFs; the continued rows belong to the table above the break
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021_b.pdf"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">{TITLE}.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, pdf_with_breaks(where), {"content-type": MIME["pdf"]}),))
    assert mismatches(r) == {}


@pytest.mark.parametrize("cut_row,repeat_header", [(17, False)])
def test_docx_section3_as_two_tables(cut_row: int, repeat_header: bool) -> None:
    # spec 3.5: in the Word file the section-三 grid was broken into two tables at a page break
    blocks = [*DATA.prose, HEADINGS[1], factory.t2021_active_spec(DATA), HEADINGS[2],
              factory.t2021_apply_header() + factory.t2021_apply_body(DATA, 0, cut_row), "",
              (factory.t2021_apply_header() if repeat_header else []) + factory.t2021_apply_body(DATA, cut_row),
              HEADINGS[3], factory.t2021_review_spec(DATA), HEADINGS[4], PROBLEMS]
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021.docx"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">{TITLE}.docx</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, factory.docx_file(TITLE, blocks), {"content-type": MIME["docx"]}),))
    assert mismatches(r) == {}
    assert failing(r) == set()


# --- t2019 statistics as the attachment of a 图片版 page ------------------------------------------------------

T19_ACTIVE = [
    [c_("第二十条第（一）项", 1, 4)], [c_("信息内容"), c_("本年新制作数量"), c_("本年新公开数量"), c_("对外公开总数量")],
    [c_("规章"), c_("0"), c_("0"), c_("2")], [c_("规范性文件"), c_("6"), c_("5"), c_("41")],
    [c_("第二十条第（五）项", 1, 4)], [c_("信息内容"), c_("上一年项目数量"), c_("本年增/减"), c_("处理决定数量")],
    [c_("行政许可"), c_("57"), c_("-8"), c_("1204")], [c_("其他对外管理服务事项"), c_("9"), c_("+3"), c_("66")],
    [c_("第二十条第（六）项", 1, 4)], [c_("信息内容"), c_("上一年项目数量"), c_("本年增/减"), c_("处理决定数量")],
    [c_("行政处罚"), c_("212"), c_("0"), c_("38")], [c_("行政强制"), c_("14"), c_("2"), c_("5")],
    [c_("第二十条第（八）项", 1, 4)], [c_("信息内容"), c_("上一年项目数量"), c_("本年增/减", 1, 2)],
    [c_("行政事业性收费"), c_("7"), c_("-1", 1, 2)],
    [c_("第二十条第（九）项", 1, 4)], [c_("信息内容"), c_("采购项目数量"), c_("采购总金额", 1, 2)],
    [c_("政府集中采购"), c_("11"), c_("283.6", 1, 2)],
]
T19_EXPECT = {"active.regulation.public_total": 2, "active.normative.issued": 6, "active.normative.published_new": 5,
              "active.normative.public_total": 41, "active.permit.items_prev": 57, "active.permit.items_delta": -8,
              "active.permit.decisions": 1204, "active.other_service.items_delta": 3,
              "active.other_service.decisions": 66, "active.penalty.items_prev": 212, "active.coercion.decisions": 5,
              "active.admin_fee.items_prev": 7, "active.admin_fee.items_delta": -1,
              "active.procurement.projects": 11, "active.procurement.amount": 283.6}


def t19_apply_spec() -> tuple[factory.Spec, dict[str, float]]:
    rows = [r for r in factory.T2021_APPLY_ROWS if r[1] != "（六）其他处理"]
    rows.insert(-2, ("三、本年度办理结果", "（六）其他处理", ""))
    keys = [k for k in ROW_KEYS if not k.startswith("apply.outcome.other.")]
    keys.insert(-2, "apply.outcome.other")
    values = {k: [0] * 6 for k in keys}
    values["apply.outcome.granted"] = [3, 1, 0, 0, 0, 0]
    values["apply.outcome.unavailable.not_held"] = [2, 0, 1, 0, 0, 0]
    values["apply.outcome.other"] = [1, 0, 0, 0, 0, 1]
    values["apply.outcome.total"] = [6, 1, 1, 0, 0, 1]
    values["apply.carried_in"] = [1, 0, 0, 0, 0, 0]
    values["apply.carried_out"] = [0, 1, 0, 0, 0, 0]
    values["apply.received_new"] = [5, 2, 1, 0, 0, 1]
    spec = factory.t2021_apply_header()
    for i, (l1, l2, l3) in enumerate(rows):
        vals = [c_(str(v)) for v in values[keys[i]]] + [c_(str(sum(values[keys[i]])))]
        if not l2:
            spec.append([c_(l1, 1, 3), *vals])
            continue
        cells = []
        if i == 2:
            cells.append(c_(l1, len(rows) - 3))
        if l3:
            if l3.startswith("1."):
                cells.append(c_(l2, sum(1 for r in rows if r[1] == l2)))
            cells.append(c_(l3))
        else:
            cells.append(c_(l2, 1, 2))
        spec.append(cells + vals)
    exp = {}
    for k in keys:
        for col, v in zip(COLS, values[k] + [sum(values[k])], strict=False):
            exp[f"{k}.{col}"] = float(v)
    return spec, exp


def test_picture_report_t2019_statistics_xlsx() -> None:
    # spec 1(b) t2019 + 2.1/2.2 + 3.5: a 2019 图片版 page with the three 2019 tables in an XLSX (signed 本年增/减,
    # 第二十条第（九）项 采购, the single （六）其他处理 row)
    s3, exp3 = t19_apply_spec()
    review = [["0"] * 5, ["1", "0", "0", "0", "1"], ["0"] * 5]
    r4 = [[c_("行政复议", 1, 5), c_("行政诉讼", 1, 10)],
          [*[c_(x, 2) for x in factory.REVIEW_COLUMNS], c_("未经复议直接起诉", 1, 5), c_("复议后起诉", 1, 5)],
          [*map(c_, factory.REVIEW_COLUMNS), *map(c_, factory.REVIEW_COLUMNS)],
          [c_(v) for block in review for v in block]]
    xlsx = factory.xlsx_file({"二": [T19_ACTIVE], "三": [s3], "四": [r4]})
    title = "奉化区市场监督管理局2019年政府信息公开工作年度报告（图片版）"
    url = "http://www.fh.gov.cn/module/download/downfile.jsp?classid=0&filename=tjb2019.xlsx"
    page = hanweb_page(title, picture_content(5) + f'<p>附件：<a href="{url}">统计表.xlsx</a></p>', date="2020-01-21")
    r = parse_report([Fetched("http://www.fh.gov.cn/art/2020/1/21/art_1229031578_41234.html", page,
                              {"content-type": "text/html"})],
                     attachments=(Fetched(url, xlsx, {"content-type": MIME["xlsx"]}),))
    assert (r.year, r.template, r.tables_missing) == (2019, "t2019", False)
    want = {k: float(v) for k, v in T19_EXPECT.items()}
    want.update(exp3)
    want.update({"litigation.direct.upheld": 1.0, "litigation.direct.total": 1.0, "review.total": 0.0})
    got = table_facts(r)
    assert {k: got.get(k) for k in want if got.get(k) != want[k]} == {}
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# L. more capture shapes
# ---------------------------------------------------------------------------------------------------------------

def test_section3_orphan_header_at_page_end() -> None:
    # spec 3.5: page 1 ends with section 三's three header rows only; page 2 starts with its data rows, no header
    b = report_blocks()
    i = block_index(b, "申请人情况")
    b[i:i + 1] = [tbl(factory.t2021_apply_header()), tbl(factory.t2021_apply_body(DATA))]
    r = parse_report(paginate(b, [i + 1], style="under", chrome="hanweb"))
    assert mismatches(r) == {}
    assert failing(r) == set()


def test_outer_prose_with_one_iframe_per_table() -> None:
    # spec 3.5 (<iframe>): the article prints the prose and frames each statistics table (an Excel-exported HTML
    # page per table); the captures come outer page first, then the framed tables in page order
    inner = {"t2": tbl(factory.t2021_active_spec(DATA)), "t3": tbl(factory.t2021_apply_spec(DATA)),
             "t4": tbl(factory.t2021_review_spec(DATA))}
    frame = '<iframe src="/xxgk/nbfile/2022/{n}.html" width="100%" height="{h}" frameborder="0"></iframe>'
    blocks = [para(t) for t in DATA.prose] + [para(HEADINGS[1]), frame.format(n="t2", h=300), para(HEADINGS[2]),
                                              frame.format(n="t3", h=900), para(HEADINGS[3]),
                                              frame.format(n="t4", h=200), para(HEADINGS[4]), para(PROBLEMS)]
    pages = [Fetched(URLS["trs"][0], trs_page(TITLE, "".join(blocks)), {"content-type": "text/html"})]
    for n, t in inner.items():
        xl = (f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv=Content-Type '
              f'content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Excel 15"></head>'
              f"<body>{t}</body></html>")
        pages.append(Fetched(f"http://www.fh.gov.cn/xxgk/nbfile/2022/{n}.html", xl.encode("gbk"),
                             {"content-type": "text/html"}))
    r = parse_report(pages)
    assert mismatches(r) == {}
    assert r.part_urls == [x.url for x in pages]
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert failing(r) == set()


def test_capture_ids_follow_the_pages() -> None:
    # schema report_parts / records.Report.capture_ids: the page captures are kept, first page first
    b = report_blocks(cut_row=12)
    pages = paginate(b, [block_index(b, HEADINGS[1]), block_index(b, "申请人情况", 1)], style="trs", chrome="trs")
    ids = [f"<urn:uuid:6f1c2a4e-0000-4000-8000-00000000000{i}>" for i in range(len(pages))]
    for page, cid in zip(pages, ids, strict=False):
        page.capture_id = cid
    r = parse_report(pages)
    assert r.capture_ids[:len(ids)] == ids
    assert r.part_urls == [x.url for x in pages]


def test_later_pages_titled_differently() -> None:
    # spec 3.4: page 2's <title> and heading carry a 第2页 suffix; the report title is the article's own title
    b = report_blocks()
    cut = block_index(b, HEADINGS[2])
    urls = URLS["under"][:2]
    p1_ = hanweb_page(TITLE, "".join(b[:cut]) + pager("under", 0, 2, urls))
    p2_ = hanweb_page(TITLE + "（第2页）", "".join(b[cut:]) + pager("under", 1, 2, urls))
    r = parse_report([Fetched(urls[0], p1_, {"content-type": "text/html"}),
                      Fetched(urls[1], p2_, {"content-type": "text/html"})])
    assert r.title == TITLE
    assert mismatches(r) == {}
    assert "第2页" not in r.body


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_iframe_target_is_bare_fragment_without_charset(charset: str) -> None:
    # spec 3.5 + 3.6: the framed document is a content fragment (no <html>, no <meta>), served as plain text/html;
    # its encoding must be detected from the bytes
    fragment = ('<div class="TRS_Editor"><style>.TRS_Editor P{line-height:2;font-family:宋体;}</style>'
                + "".join(report_blocks()) + "</div>").encode("gb18030" if charset == "gbk" else "utf-8")
    outer = trs_page(TITLE, '<iframe src="/xxgk/nbfile/2022/nb2021.html" width="100%" height="3000"></iframe>')
    r = parse_report([Fetched(URLS["trs"][0], outer, {"content-type": "text/html"}),
                      Fetched(INNER_URL, fragment, {"content-type": "text/html"})])
    assert "\ufffd" not in r.body
    assert mismatches(r) == {}
    assert_body_in_order_once(r)


def test_docx_tables_in_content_controls_attachment() -> None:
    # spec 3.5 DOCX: a report written in the official Word template, whose tables sit in content controls
    docx = factory.in_content_controls(attachment_bytes("docx"))
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021_template.docx"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">{TITLE}.docx</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, docx, {"content-type": MIME["docx"]}),))
    assert mismatches(r) == {}
    assert failing(r) == set()


def test_xlsx_with_instructions_sheet_first() -> None:
    # spec 1(c)/3.5: the official workbook opens on a 填报说明 sheet (instructions with numbers in them) before
    # the three statistics sheets; the instructions are not statistics
    notes = [[c_("填报说明")], [c_("1.本表统计期限为2021年1月1日至2021年12月31日。")],
             [c_("2.“本年增/减”减少的用负值表示，如-8。")], [c_("3.第三项本年度办理结果中的（七）总计等于（一）至（六）之和。")],
             [c_("4.收费金额单位为万元，保留两位小数，如0.35。")]]
    xlsx = factory.xlsx_file({"填报说明": [notes], "表一": [factory.t2021_active_spec(DATA)],
                              "表二": [factory.t2021_apply_spec(DATA)], "表三": [factory.t2021_review_spec(DATA)]})
    url = "http://www.fh.gov.cn/module/download/downfile.jsp?classid=0&filename=tjb.xlsx"
    page = hanweb_page(TITLE, para("详见附件。") + f'<p><a href="{url}">统计表.xlsx</a></p>')
    r = parse_report([Fetched(URLS["under"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, xlsx, {"content-type": MIME["xlsx"]}),))
    assert mismatches(r) == {}
    assert (r.year, r.template) == (2021, "t2021")
    assert failing(r) == set()


def test_xlsx_only_title_year_in_brackets() -> None:
    # spec 3.2 ("titles that fail the pattern still need a second look") + 0: the only year on the page is in
    # "（2021年度）" after the title; the attachment is a bare statistics workbook
    title = f"{AGENCY}政府信息公开工作年度报告（2021年度）"
    url = "http://www.fh.gov.cn/module/download/downfile.jsp?classid=0&filename=tjb21.xlsx"
    page = trs_page(title, para("详见附件。") + f'<p><a href="{url}">统计表.xlsx</a></p>', date="2022-01-25")
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, attachment_bytes("xlsx"), {"content-type": MIME["xlsx"]}),))
    assert r.year == 2021
    assert r.template == "t2021"
    assert mismatches(r) == {}


@pytest.mark.parametrize("cut_row", [6, 13, 18, 21])
def test_section3_continuation_rows_without_spanned_cells(cut_row: int) -> None:
    # spec 3.5: the CMS cut the grid between two rows of a rowspan block; on page 2 the continuing rows simply
    # lack the spanned level-1/level-2 cells (label + 7 values), no header
    rows = factory.t2021_apply_body(DATA, cut_row)
    cont = [[cell for cell in row if cell[0] != ""] for row in rows]
    b = report_blocks()
    i = block_index(b, "申请人情况")
    b[i:i + 1] = [apply_table(DATA, 0, cut_row), factory.html_table(cont)]
    r = parse_report(paginate(b, [i + 1], style="trs", chrome="trs"))
    assert mismatches(r) == {}
    assert failing(r) == set()


@pytest.mark.parametrize("style,chrome", STYLES)
def test_multipage_top_level_sections(style: str, chrome: str) -> None:
    # schema sections: the top-level sections 一…六 of the joined body, in order, with their titles
    r, _ = multipage("four_pages", style, chrome)
    top = [(s.number, s.title) for s in r.sections if s.number in "一二三四五六" and len(s.number) == 1]
    assert top == [(h[0], h[2:]) for h in HEADINGS]
    starts = [s.start for s in r.sections]
    assert starts == sorted(starts)


# ---------------------------------------------------------------------------------------------------------------
# M. how clerks fill the attached tables: blanks for zero, thousands separators; scanned attachments
# ---------------------------------------------------------------------------------------------------------------

def blanked(data: T2021Data) -> T2021Data:
    """The same report with every 0 in sections 三/四 left blank, as many clerks print it."""
    return T2021Data(active=dict(data.active), apply=[["" if v == "0" else v for v in row] for row in data.apply],
                     review=["" if v == "0" else v for v in data.review], prose=list(data.prose))


BLANK_KEYS = [f"{k}.{col}" for k, row in zip(ROW_KEYS, DATA.apply, strict=False) for col, v in zip(COLS, row, strict=False) if v == "0"] + [
    k for k, v in zip(REVIEW_KEYS, DATA.review, strict=False) if v == "0"]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "html"])
def test_blank_cells_read_as_zero_with_flag(fmt: str) -> None:
    # spec 2.7 + schema (zero versus null): in template tables a blank cell is 0 with value_flag "blank"; the other
    # cells keep their positions (PDF: from coordinates, spec 2.7)
    data = blanked(DATA)
    assert BLANK_KEYS
    url = f"http://www.fh.gov.cn/uploadfiles/2022/01/nb2021_blank.{fmt}"
    if fmt == "html":
        pages = paginate(report_blocks(data, cut_row=12), [], style="trs", chrome="trs")
        atts: tuple[Fetched, ...] = ()
    else:
        body = factory.t2021_xlsx(data) if fmt == "xlsx" else factory.t2021_pdf(data, title=TITLE)
        pages = [Fetched(URLS["trs"][0], trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">附件</a></p>'),
                         {"content-type": "text/html"})]
        atts = (Fetched(url, body, {"content-type": MIME[fmt]}),)
    r = parse_report(pages, attachments=atts)
    assert mismatches(r) == {}
    flags = {f.key: f.value_flag for f in r.facts if f.source == "table"}
    assert {k: flags.get(k) for k in BLANK_KEYS if flags.get(k) != "blank"} == {}
    assert failing(r) == set()


def test_xlsx_values_with_thousands_separator_text() -> None:
    # spec 2.7 numbers "1,234": the clerk typed 2,816 and 1,204 as text cells in the workbook
    data = consistent_t2021()
    data.active["行政许可"] = ["2,816"]
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/tjb_sep.xlsx"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">统计表.xlsx</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, factory.t2021_xlsx(data), {"content-type": MIME["xlsx"]}),))
    assert table_facts(r)["active.permit.decisions"] == 2816
    assert mismatches(r) == {}


def test_scanned_pdf_attachment_never_invents_values() -> None:
    # spec 3.5 + 2.7: the attachment is a scan (pictures of the three tables, no text layer). Either the tables are
    # recorded as missing with no table facts, or (after OCR) every value read is the printed one
    pdf = factory.scanned_pdf([factory.table_image(factory.t2021_active_spec(DATA)),
                               factory.table_image(factory.t2021_review_spec(DATA))])
    url = "http://www.fh.gov.cn/uploadfiles/2022/01/nb2021_scan.pdf"
    page = trs_page(TITLE.replace("报告", "报告（图片版）"), para("详见附件。") + f'<p><a href="{url}">扫描件.pdf</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, pdf, {"content-type": MIME["pdf"]}),))
    got = table_facts(r)
    wrong = {k: (EXPECTED.get(k), v) for k, v in got.items() if k in EXPECTED and EXPECTED[k] != pytest.approx(v)}
    assert wrong == {}
    assert not [k for k in got if k.startswith("apply.")]  # section 三 was not in the scan
    if not got:
        assert r.tables_missing is True


@pytest.mark.parametrize("inner_title", ["无标题文档", "Untitled Document", "2021年年报.doc"])
def test_iframe_inner_document_default_title(inner_title: str) -> None:
    # spec 3.5 (<iframe>): the framed page has an editor's default <title>; the report's title, agency and date are
    # those of the article page around it
    inner = (f'<html><head><meta charset="utf-8"><title>{inner_title}</title></head><body>'
             + "".join(report_blocks()) + "</body></html>").encode()
    outer = gkmlpt_page(TITLE, '<iframe src="/xxgk/nbfile/2022/nb2021.html" width="100%" height="3000"></iframe>')
    r = parse_report([Fetched(URLS["query"][0], outer, {"content-type": "text/html"}),
                      Fetched(INNER_URL, inner, {"content-type": "text/html"})])
    assert (r.title, r.agency, r.year, r.published) == (TITLE, AGENCY, 2021, "2022-01-27")
    assert mismatches(r) == {}


@pytest.mark.parametrize("same_page", [False, True])
def test_section4_printed_as_review_and_litigation_tables(same_page: bool) -> None:
    # spec 1(c)/2.3 + 3.5: section 四 printed in two parts, the 行政复议 block (5 columns) and below it (or on the
    # next page) the 行政诉讼 block (10 columns), each with its own header
    d = DATA.review
    review = [[c_("行政复议", 1, 5)], [*map(c_, factory.REVIEW_COLUMNS)], [*map(c_, d[:5])]]
    litig = [[c_("行政诉讼", 1, 10)], [c_("未经复议直接起诉", 1, 5), c_("复议后起诉", 1, 5)],
             [*map(c_, factory.REVIEW_COLUMNS), *map(c_, factory.REVIEW_COLUMNS)], [*map(c_, d[5:])]]
    b = report_blocks()
    i = block_index(b, "行政复议</td>")
    b[i:i + 1] = [tbl(review), tbl(litig)]
    pages = paginate(b, [] if same_page else [i + 1], style="under", chrome="hanweb")
    r = parse_report(pages)
    assert mismatches(r) == {}
    assert failing(r) == set()


def test_t2019_section2_rows_continue_on_next_page() -> None:
    # spec 1(b) + 3.5: the 2019 第二十条第（五）项 table is cut after 行政许可; 其他对外管理服务事项 (with its signed
    # 本年增/减) opens page 2 without the caption and column header
    title = "奉化区市场监督管理局2019年政府信息公开工作年度报告"
    s2 = tbl(T19_ACTIVE[:7]), tbl(T19_ACTIVE[7:])
    s3, exp3 = t19_apply_spec()
    blocks = [para("本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"), para(HEADINGS[0]),
              para("2019年，我局认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"), para(HEADINGS[1]), *s2,
              para(HEADINGS[2]), tbl(s3), para(HEADINGS[3]), tbl(factory.t2021_review_spec(DATA))]
    urls = URLS["trs"][:2]
    cut = 5
    pages = [Fetched(urls[0], trs_page(title, "".join(blocks[:cut]) + pager("trs", 0, 2, urls), date="2020-01-20"),
                     {"content-type": "text/html"}),
             Fetched(urls[1], trs_page(title, "".join(blocks[cut:]) + pager("trs", 1, 2, urls), date="2020-01-20"),
                     {"content-type": "text/html"})]
    r = parse_report(pages)
    assert (r.year, r.template) == (2019, "t2019")
    got = table_facts(r)
    want = {k: float(v) for k, v in T19_EXPECT.items()}
    want.update(exp3)
    assert {k: (v, got.get(k)) for k, v in want.items() if got.get(k) != v} == {}


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_injected_errors_in_attachment_are_reported(fmt: str) -> None:
    # spec 1(d): R6 (复议 total ≠ upheld+corrected+other+pending) and R3/R2 (予以公开 total one too many) fire on the
    # attachment's numbers; the printed values are kept
    data = consistent_t2021()
    data.review[4] = str(int(data.review[4]) + 2)
    data.apply[2][6] = str(int(data.apply[2][6]) + 1)
    body = factory.t2021_pdf(data, title=TITLE) if fmt == "pdf" else factory.t2021_xlsx(data)
    url = f"http://www.fh.gov.cn/uploadfiles/2022/01/nb2021_err.{fmt}"
    page = trs_page(TITLE, para("详见附件。") + f'<p><a href="{url}">附件</a></p>')
    r = parse_report([Fetched(URLS["trs"][0], page, {"content-type": "text/html"})],
                     attachments=(Fetched(url, body, {"content-type": MIME[fmt]}),))
    got = table_facts(r)
    assert got["review.total"] == float(data.review[4])
    assert got["apply.outcome.granted.total"] == float(data.apply[2][6])
    assert families(r) == {"R2", "R3", "R6"}


@pytest.mark.parametrize("section,repeat_header", [("三", True), ("三", False), ("四", True)])
def test_continued_table_under_xu_biao_caption(section: str, repeat_header: bool) -> None:
    # spec 3.5: the continuation on the next page is captioned "（续表）" (the usual Chinese marker of a table
    # continued from the previous page)
    b = report_blocks()
    if section == "三":
        i = block_index(b, "申请人情况")
        b[i:i + 1] = [apply_table(DATA, 0, 11), para("（续表）"), apply_table(DATA, 11, None, header=repeat_header)]
    else:
        spec = factory.t2021_review_spec(DATA)
        i = block_index(b, "行政复议</td>")
        b[i:i + 1] = [tbl(spec[:3]), para("续表"), tbl(spec)]
        b[i] = tbl(spec[:3])
        b[i + 2] = tbl(spec[:3] + spec[3:])
    r = parse_report(paginate(b, [i + 1], style="trs", chrome="trs"))
    assert mismatches(r) == {}
    assert duplicates(r) == []
    assert failing(r) == set()
