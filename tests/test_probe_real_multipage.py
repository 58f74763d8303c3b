"""Black-box probe: reports that reach the parser in more than one piece, as real portals publish them.

Shapes studied in stored real pages (pages corpus): TRS article pagination (t{date}_{id}.html, _1.html, _2.html with a
pager "上一页 1 2 3 下一页" and createPageHTML under every page), Hanweb/gkmlpt-style "?page=N", the title and the
metadata block (索引号/发布机构/发文日期) repeated on every page, a paragraph cut by the editor's page break, the
section-三 table continued on the next page with or without its header, short link pages whose report is a PDF/DOCX/XLSX
attachment, "全文" (whole-text) and print versions of a paginated page. All texts below are written for this file
(same phrase shapes and key words as the real reports, other names and numbers).
"""

from __future__ import annotations

import html
import re

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report
from tests.attachment_factory import (
    T2021Data,
    c,
    docx_file,
    e2014_spec,
    html_table,
    t2021_active_spec,
    t2021_apply_body,
    t2021_apply_header,
    t2021_apply_spec,
    t2021_pdf,
    t2021_review_spec,
    xlsx_file,
)

# ------------------------------------------------------------------------------------------------ data (t2021)
COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
ROW_KEYS = [
    "apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.partial",
    *(f"apply.outcome.withheld.{k}" for k in ("state_secret", "law_prohibited", "security_stability", "third_party",
                                               "internal_affairs", "process_info", "enforcement_file",
                                               "admin_query")),
    *(f"apply.outcome.unavailable.{k}" for k in ("not_held", "needs_creation", "unclear")),
    *(f"apply.outcome.not_processed.{k}" for k in ("petition", "duplicate", "publication", "mass_repeat",
                                                    "confirm_reissue")),
    "apply.outcome.other.no_correction", "apply.outcome.other.fee_unpaid", "apply.outcome.other.misc",
    "apply.outcome.total", "apply.carried_out",
]
# consistent grid (R1, R2, R3 hold): {row index: (np, biz, res, npo, law, oth)}
_NONZERO = {0: (14, 4, 0, 0, 2, 0), 1: (2, 0, 0, 0, 0, 0), 2: (6, 2, 0, 0, 1, 0), 3: (1, 0, 0, 0, 1, 0),
            7: (1, 0, 0, 0, 0, 0), 12: (3, 1, 0, 0, 0, 0), 16: (1, 0, 0, 0, 0, 0), 20: (1, 0, 0, 0, 0, 0),
            22: (0, 1, 0, 0, 0, 0), 23: (13, 4, 0, 0, 2, 0), 24: (3, 0, 0, 0, 0, 0)}
APPLY = [[*(row := _NONZERO.get(i, (0,) * 6)), sum(row)] for i in range(25)]
REVIEW = [1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]
REVIEW_KEYS = [f"{b}.{k}" for b in ("review", "litigation.direct", "litigation.after_review")
               for k in ("upheld", "corrected", "other", "pending", "total")]
ACTIVE = {"active.regulation.issued": 0, "active.regulation.repealed": 0, "active.regulation.in_force": 0,
          "active.normative.issued": 3, "active.normative.repealed": 1, "active.normative.in_force": 27,
          "active.permit.decisions": 1520, "active.penalty.decisions": 87, "active.coercion.decisions": 2,
          "active.admin_fee.amount": 12.5}

T21_TITLE = "青山县自然资源局2021年政府信息公开工作年度报告"
T21_AGENCY = "青山县自然资源局"
T21_PROSE = [
    "根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"
    "要求，编制本报告。本报告中所列数据统计期限自2021年1月1日起至2021年12月31日止。如对本报告有疑问，"
    "请与青山县自然资源局办公室联系。",
    "一、总体情况",
    "（一）主动公开情况。坚持以公开为常态、不公开为例外，围绕国土空间规划、用地审批、矿产资源管理等重点领域，"
    "及时准确发布政府信息。",
    "（二）依申请公开情况。明确专人办理依申请公开事项，严格按照法定时限答复申请人。",
    "（三）政府信息管理情况。落实信息发布前保密审查制度，定期清理过时失效信息。",
    "（四）平台建设情况。常态化检查门户网站政府信息公开专栏，及时整改错链断链。",
    "（五）监督保障情况。将政务公开纳入年度目标考核，明确分管领导和专职人员。",
]
T21_TAIL = [
    "五、存在的主要问题及改进情况",
    "一是部分业务信息更新不够及时；二是政策解读形式较为单一。下一步将健全信息发布协调机制，丰富解读方式。",
    "六、其他需要报告的事项",
    "本年度未收取政府信息公开信息处理费。",
]


def t21_data() -> T2021Data:
    active = {"规章": ["0", "0", "0"], "行政规范性文件": ["3", "1", "27"], "行政许可": ["1520"],
              "行政处罚": ["87"], "行政强制": ["2"], "行政事业性收费": ["12.5"]}
    return T2021Data(active=active, apply=[[str(v) for v in row] for row in APPLY], review=[str(v) for v in REVIEW],
                     prose=list(T21_PROSE))


# ------------------------------------------------------------------------------------------------ portal pages
def _blocks_html(blocks: list) -> str:
    out = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block if block.startswith("<") else f"<p>{html.escape(block)}</p>")
        else:
            out.append(html_table(block))
    return "\n".join(out)


def trs_pager(base: str, current: int, total: int) -> str:
    """TRS article pager: 上一页 1 2 3 下一页 with createPageHTML, page 1 = base.html, page n = base_{n-1}.html."""
    def href(n: int) -> str:
        return f"{base}.html" if n == 1 else f"{base}_{n - 1}.html"

    links = []
    links.append(f'<a href="{href(current - 1)}">上一页</a>' if current > 1 else "<span>上一页</span>")
    for n in range(1, total + 1):
        links.append(f'<span class="current">{n}</span>' if n == current else f'<a href="{href(n)}">{n}</a>')
    links.append(f'<a href="{href(current + 1)}">下一页</a>' if current < total else "<span>下一页</span>")
    return (f'<div class="page_nav" id="pagenav">{" ".join(links)} <span>共{total}页</span></div>'
            f'<script>var currentPage = {current - 1}; var countPage = {total};'
            f'createPageHTML({total}, {current - 1}, "{base}", "html");</script>')


def query_pager(path: str, current: int, total: int) -> str:
    def href(n: int) -> str:
        return path if n == 1 else f"{path}?page={n}"

    parts = [f'<a href="{href(max(1, current - 1))}">上一页</a>']
    parts += [f'<b>{n}</b>' if n == current else f'<a href="{href(n)}">{n}</a>' for n in range(1, total + 1)]
    parts.append(f'<a href="{href(min(total, current + 1))}">下一页</a>')
    return f'<div class="pagination">{" ".join(parts)}</div>'


def portal_page(title: str, content: str, *, agency_meta: str, date: str, index_no: str, pager: str = "",
                site: str = "青山县人民政府", code: str = "4307260001", charset: str = "utf-8",
                extra_links: str = "") -> bytes:
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_政府信息公开年报_{site}</title>
<script src="/common/js/createPageHTML.js"></script></head>
<body>
<div class="header"><div class="logo">{site}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqs/">走进{site[:3]}</a></li></ul>
<div class="tools"><a href="javascript:;">无障碍</a> | <a href="javascript:;">繁體版</a> | <a href="/search/">搜索</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="../">政府信息公开年报</a></div>
<table class="xxgk_table">
<tr><td>索引号：</td><td>{index_no}</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{agency_meta}</td><td>发文日期：</td><td>{date}</td></tr>
<tr><td>名称：</td><td colspan="3">{html.escape(title)}</td></tr>
<tr><td>文号：</td><td></td><td>主题词：</td><td>年报</td></tr></table>
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date} 来源：{agency_meta} 浏览次数：<span id="hits">386</span>
【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="TRS_Editor">
{content}
</div>
{pager}
{extra_links}
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer"><p>主办：{site}办公室 承办：{site}信息中心</p>
<p>网站标识码：{code} 湘ICP备05001234号 湘公网安备43072602000123号</p>
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p></div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else "utf-8")


def fetched(url: str, body: bytes, charset: str = "utf-8", status: int = 200) -> Fetched:
    return Fetched(url=url, body=body, headers={"content-type": f"text/html; charset={charset}"}, status=status)


T21_BASE = "t20220125_3321456"
T21_DIR = "http://www.qingshan.gov.cn/zwgk/bmxxgk/zrzyj/xxgknb/202201/"
T21_META = dict(agency_meta="青山县自然资源局", date="2022-01-25", index_no="11430726MB1730456K/2022-00031")


def t21_url(n: int) -> str:
    return f"{T21_DIR}{T21_BASE}.html" if n == 1 else f"{T21_DIR}{T21_BASE}_{n - 1}.html"


def t21_pages(split_row: int, header_again: bool, *, charset: str = "utf-8") -> list[Fetched]:
    """Page 1: prose and section 二; page 2: section 三 up to `split_row`; page 3: the rest of 三 (its header
    repeated or not), section 四 and the closing prose."""
    data = t21_data()
    p1 = [*T21_PROSE, "二、主动公开政府信息情况", t2021_active_spec(data)]
    p2 = ["三、收到和处理政府信息公开申请情况", t2021_apply_header() + t2021_apply_body(data, 0, split_row)]
    rest = t2021_apply_body(data, split_row)
    p3 = [(t2021_apply_header() + rest) if header_again else rest,
          "四、政府信息公开行政复议、行政诉讼情况", t2021_review_spec(data), *T21_TAIL]
    pages = []
    for n, blocks in enumerate((p1, p2, p3), start=1):
        body = portal_page(T21_TITLE, _blocks_html(blocks), pager=trs_pager(T21_BASE, n, 3), charset=charset,
                           **T21_META)
        pages.append(fetched(t21_url(n), body, charset))
    return pages


def t21_single_html() -> str:
    data = t21_data()
    return _blocks_html([*T21_PROSE, "二、主动公开政府信息情况", t2021_active_spec(data),
                         "三、收到和处理政府信息公开申请情况", t2021_apply_spec(data),
                         "四、政府信息公开行政复议、行政诉讼情况", t2021_review_spec(data), *T21_TAIL])


# ------------------------------------------------------------------------------------------------ e2014 prose report
E14_TITLE = "云溪区人民政府2016年政府信息公开工作年度报告"
E14_DIR = "http://www.yunxi.gov.cn/xxgk/zfxxgknb/201703/"
E14_BASE = "t20170317_1186402"
E14_META = dict(agency_meta="云溪区人民政府办公室", date="2017-03-17", index_no="006973512/2017-00214",
                site="云溪区人民政府", code="4306030002")
# the report's paragraphs; "|" marks where the editor's page breaks fall (inside a paragraph)
E14_TEXT = [
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由云溪区人民政府办公室编制。全文包括概述、"
    "主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼"
    "的情况、存在的主要问题及改进措施。本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
    "一、概述",
    "2016年，我区认真贯彻落实《条例》和上级关于政务公开工作的部署，健全工作机制，完善公开目录，政府信息公开工作稳步推进。",
    "二、主动公开政府信息情况",
    "2016年，全区共主动公开政府信息3862条，其中通过区政府门户网站公开政府信息2915条，通过政务微博发布信息418条。",
    "三、依申请公开政府信息情况",
    "全年共受理政府信息公开申请|47件，其中当面申请12件，网络申请30件，信函申请5件。已办结45件，未办结2件。",
    "在已答复的申请中，同意公开31件，同意部分公开4件，不予公开3件。",
    "四、政府信息公开的收费及减免情况",
    "2016年，我区在依申请公开工作中未向申请人收取任何费用。",
    "五、因政府信息公开申请行政复议和提起行政诉讼的情况",
    "全年因政府信息公开申请引起行政复议2件，行政诉讼1件。",
    "六、存在的主要问题及改进措施",
    "一是部分单位对政府信息公开工作重视不够；二是公开内容的深度和广度有待拓展。下一步，我区将加强业务培训，强化监督考核。",
]
E14_FACTS = {"active.items_total": 3862, "active.channel.website": 2915, "apply.received.total": 47,
             "apply.channel.in_person": 12, "apply.channel.online": 30, "apply.channel.letter": 5,
             "apply.closed.total": 45, "review.total": 2, "litigation.total": 1}


def e14_url(n: int) -> str:
    return f"{E14_DIR}{E14_BASE}.html" if n == 1 else f"{E14_DIR}{E14_BASE}_{n - 1}.html"


def split_paragraphs(paragraphs: list[str], cuts: list[tuple[int, int | None]]) -> list[list[str]]:
    """Cut the paragraph list into pages. A cut (i, None) is a break before paragraph i; (i, k) cuts paragraph i
    at its k-th "|" (page break inside the paragraph)."""
    text = [p.replace("|", "") for p in paragraphs]
    pages: list[list[str]] = [[]]
    marks = dict(cuts)
    for i, para in enumerate(paragraphs):
        if i in marks and marks[i] is None:
            pages.append([])
            pages[-1].append(text[i])
            continue
        if i in marks:
            head, tail = para.replace("|", "", marks[i]).split("|", 1)
            pages[-1].append(head.replace("|", ""))
            pages.append([tail.replace("|", "")])
            continue
        pages[-1].append(text[i])
    return pages


def e14_pages(cuts: list[tuple[int, int | None]], *, charset: str = "utf-8", style: str = "trs") -> list[Fetched]:
    pages = split_paragraphs(E14_TEXT, cuts)
    total = len(pages)
    out = []
    for n, paras in enumerate(pages, start=1):
        if style == "trs":
            url, pager = e14_url(n), trs_pager(E14_BASE, n, total)
        else:
            path = "http://www.yunxi.gov.cn/art/2017/3/17/art_3356_117302.html"
            url = path if n == 1 else f"{path}?page={n}"
            pager = query_pager(path, n, total)
        out.append(fetched(url, portal_page(E14_TITLE, _blocks_html(paras), pager=pager, charset=charset,
                                            **E14_META), charset))
    return out


# ------------------------------------------------------------------------------------------------ assertions
def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def value_of(report: Report, key: str, source: str | None = None) -> float | None:
    facts = [f for f in report.facts if f.key == key and (source is None or f.source == source)]
    assert facts, f"no fact {key} (source={source})"
    values = {f.value for f in facts}
    assert len(values) == 1, f"{key}: several values {values}"
    return facts[0].value


def assert_t21_tables(report: Report) -> None:
    # (lead) each document of the report (the page, its PDF edition) gives the table's values: every one is checked
    got = {}
    for f in report.facts:
        if f.source == "table":
            got.setdefault(f.key, []).append(f.value)
    wrong = []
    for r, row_key in enumerate(ROW_KEYS):
        for col, suffix in enumerate(COLS):
            key = f"{row_key}.{suffix}"
            if set(got.get(key, [])) != {APPLY[r][col]}:
                wrong.append(f"{key}: want {APPLY[r][col]} got {got.get(key)}")
    for key, want in zip(REVIEW_KEYS, REVIEW, strict=True):
        if set(got.get(key, [])) != {want}:
            wrong.append(f"{key}: want {want} got {got.get(key)}")
    for key, want in ACTIVE.items():
        if set(got.get(key, [])) != {want}:
            wrong.append(f"{key}: want {want} got {got.get(key)}")
    assert not wrong, f"{len(wrong)} wrong table facts: " + "; ".join(wrong[:12])


def assert_clean_body(report: Report, title: str) -> None:
    body = report.body
    for noise in ("索引号", "发布机构", "上一页", "下一页", "网站标识码", "当前位置", "浏览次数", "打印本页",
                  "createPageHTML", "共3页", "共2页", "共4页"):
        assert noise not in body, f"chrome/pager text {noise!r} in body"
    assert squash(body).count(squash(title)) <= 1, "title repeated in the joined body"


def assert_r_checks_pass(report: Report) -> None:
    r_checks = [k for k in report.checks if re.match(r"R[1-6]\b|R[1-6]\.", k.rule)]
    assert r_checks, "no R1-R6 checks"
    failed = [(k.rule, k.detail) for k in r_checks if not k.passed]
    assert not failed, failed


def assert_no_duplicate_facts(report: Report) -> None:
    # (lead) one fact per key, source and origin: docs/schema.md keys facts by (report, key, source, origin), so a
    # page and its PDF edition each give theirs
    seen: dict[tuple[str, str, str], int] = {}
    for f in report.facts:
        seen[(f.key, f.source, f.origin)] = seen.get((f.key, f.source, f.origin), 0) + 1
    dup = {k: n for k, n in seen.items() if n > 1}
    assert not dup, f"duplicated facts: {list(dup)[:8]}"


def assert_t21_meta(report: Report, first_url: str = "") -> None:
    assert report.year == 2021
    assert report.year_source == "period"
    assert report.template == "t2021"
    assert report.agency == T21_AGENCY
    assert report.published == "2022-01-25"
    assert report.title == T21_TITLE
    assert report.url == (first_url or t21_url(1))


# ================================================================================================ 1. t2021 table split
SPLITS = [
    pytest.param(2, True, id="t21-split-after-carried-in-header-again"),
    pytest.param(4, False, id="t21-split-before-withheld-no-header"),
    pytest.param(6, True, id="t21-split-inside-withheld-header-again"),
    pytest.param(8, False, id="t21-split-inside-withheld-no-header"),
    pytest.param(12, True, id="t21-split-before-unavailable-header-again"),
    pytest.param(13, False, id="t21-split-inside-unavailable-no-header"),
    pytest.param(17, False, id="t21-split-inside-not-processed-no-header"),
    pytest.param(21, True, id="t21-split-inside-other-header-again"),
    pytest.param(23, False, id="t21-split-before-total-no-header"),
    pytest.param(24, False, id="t21-split-before-carried-out-no-header"),
]


@pytest.mark.parametrize(("split_row", "header_again"), SPLITS)
def test_t2021_table_continues_on_next_page(split_row: int, header_again: bool) -> None:
    report = parse_report(t21_pages(split_row, header_again))
    assert report.part_urls == [t21_url(1), t21_url(2), t21_url(3)]
    assert not report.errors, report.errors
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_r_checks_pass(report)
    assert_clean_body(report, T21_TITLE)
    assert not report.tables_missing


def test_t2021_split_pages_equal_single_page() -> None:
    """The joined report reads like the same report published on one page."""
    single = parse_report([fetched(t21_url(1), portal_page(T21_TITLE, t21_single_html(), **T21_META))])
    split = parse_report(t21_pages(12, False))
    key = lambda r: sorted((f.key, f.source, f.value) for f in r.facts)  # noqa: E731
    assert key(split) == key(single)
    assert squash(split.body) == squash(single.body)
    assert [(s.number, s.title) for s in split.sections] == [(s.number, s.title) for s in single.sections]


def test_repeated_table_header_not_in_body() -> None:
    """Page 3 repeats section 三's three header rows (as Word/CMS do): the cells are read once, under the header.
    (lead: spec 3.5 asks repeated header rows to be dropped from PDFs; an HTML page's body keeps what it prints)"""
    report = parse_report(t21_pages(12, True))
    assert_t21_tables(report)
    assert_no_duplicate_facts(report)


def test_t2021_four_pages() -> None:
    """Prose on page 1, section 二 on page 2, section 三 over pages 3-4 (no header on 4), 四 and tail on 4."""
    data = t21_data()
    blocks = [T21_PROSE, ["二、主动公开政府信息情况", t2021_active_spec(data)],
              ["三、收到和处理政府信息公开申请情况", t2021_apply_header() + t2021_apply_body(data, 0, 15)],
              [t2021_apply_body(data, 15), "四、政府信息公开行政复议、行政诉讼情况", t2021_review_spec(data), *T21_TAIL]]
    pages = [fetched(t21_url(n), portal_page(T21_TITLE, _blocks_html(b), pager=trs_pager(T21_BASE, n, 4),
                                             **T21_META)) for n, b in enumerate(blocks, start=1)]
    report = parse_report(pages)
    assert report.part_urls == [t21_url(n) for n in range(1, 5)]
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_r_checks_pass(report)
    assert_clean_body(report, T21_TITLE)


def test_t2021_gbk_pages_joined() -> None:
    report = parse_report(t21_pages(8, False, charset="gbk"))
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_clean_body(report, T21_TITLE)


def test_t2021_sections_once_in_order() -> None:
    report = parse_report(t21_pages(12, True))
    numbers = [s.number for s in report.sections if s.number in "一二三四五六" and s.number]
    assert numbers == ["一", "二", "三", "四", "五", "六"]
    starts = [s.start for s in report.sections]
    assert starts == sorted(starts)


def test_t2021_review_header_on_one_page_values_on_next() -> None:
    """Section 四's three header rows close page 2; its single value row opens page 3 with no header."""
    data = t21_data()
    review = t2021_review_spec(data)
    p1 = [*T21_PROSE, "二、主动公开政府信息情况", t2021_active_spec(data), "三、收到和处理政府信息公开申请情况",
          t2021_apply_spec(data)]
    p2 = ["四、政府信息公开行政复议、行政诉讼情况", review[:3]]
    p3 = [review[3:], *T21_TAIL]
    pages = [fetched(t21_url(n), portal_page(T21_TITLE, _blocks_html(b), pager=trs_pager(T21_BASE, n, 3),
                                             **T21_META)) for n, b in enumerate((p1, p2, p3), start=1)]
    report = parse_report(pages)
    assert_t21_tables(report)
    assert_r_checks_pass(report)


# ================================================================================================ 2. prose joined
PROSE_CUTS = [
    pytest.param([(6, 0)], "utf-8", "trs", id="e14-2pages-cut-before-number"),
    pytest.param([(4, None), (6, 0)], "utf-8", "trs", id="e14-3pages-cut-between-and-inside"),
    pytest.param([(6, 0), (10, None)], "gbk", "trs", id="e14-3pages-gbk-cut-inside"),
    pytest.param([(3, None), (7, None), (11, None)], "utf-8", "trs", id="e14-4pages-between-paragraphs"),
    pytest.param([(6, 0), (11, None)], "utf-8", "query", id="e14-3pages-query-page-param"),
]


@pytest.mark.parametrize(("cuts", "charset", "style"), PROSE_CUTS)
def test_e2014_prose_joined_across_pages(cuts, charset: str, style: str) -> None:
    pages = e14_pages(cuts, charset=charset, style=style)
    report = parse_report(pages)
    assert report.part_urls == [p.url for p in pages]
    assert not report.errors, report.errors
    assert report.year == 2016
    assert report.year_source == "period"
    assert report.template == "e2014"
    assert report.agency == "云溪区人民政府"
    assert report.published == "2017-03-17"
    assert_clean_body(report, E14_TITLE)
    body = squash(report.body)
    for para in E14_TEXT:  # nothing lost at the page break, nothing doubled
        assert body.count(squash(para.replace("|", ""))) == 1, para[:30]
    for key, want in E14_FACTS.items():
        assert value_of(report, key, "text") == want, key
    assert_no_duplicate_facts(report)


def test_e2014_cut_paragraph_sentence_is_one_fact() -> None:
    """"受理政府信息公开申请" ends page 1, "47件" opens page 2: the statistic is read, not lost or misread."""
    report = parse_report(e14_pages([(6, 0)]))
    facts = [f for f in report.facts if f.key == "apply.received.total"]
    assert [(f.value, f.source) for f in facts] == [(47, "text")]
    assert "47" in (facts[0].raw_value or "")
    assert "受理政府信息公开申请47件" in squash(report.body)


def test_e2014_sections_across_pages() -> None:
    report = parse_report(e14_pages([(4, None), (6, 0), (10, None)]))
    numbers = [s.number for s in report.sections if s.number in "一二三四五六" and s.number]
    assert numbers == ["一", "二", "三", "四", "五", "六"]
    body = report.body
    for s in report.sections:
        assert squash(body[s.start:]).startswith(squash(s.title)[:4]) or s.title[:2] in body[s.start:s.start + 40]


E14_TABLE_ROWS = [
    ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "3862"),
    ("其中：主动公开规范性文件数", "条", "9"), ("（二）通过不同渠道和方式公开政府信息的情况", "", ""),
    ("1.政府公报公开政府信息数", "条", "0"), ("2.政府网站公开政府信息数", "条", "2915"),
    ("3.政务微博公开政府信息数", "条", "418"), ("4.政务微信公开政府信息数", "条", "506"),
    ("5.其他方式公开政府信息数", "条", "23"), ("三、依申请公开情况", "", ""), ("（一）收到申请数", "件", "47"),
    ("1.当面申请数", "件", "12"), ("2.传真申请数", "件", "0"), ("3.网络申请数", "件", "30"), ("4.信函申请数", "件", "5"),
    ("（二）申请办结数", "件", "45"), ("1.按时办结数", "件", "44"), ("2.延期办结数", "件", "1"),
    ("四、行政复议数量", "件", "2"), ("（一）维持具体行政行为数", "件", "1"), ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "1"), ("五、行政诉讼数量", "件", "1"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "1"), ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "0"),
]
E14_TABLE_FACTS = {"active.items_total": 3862, "active.normative.published": 9, "active.channel.website": 2915,
                   "active.channel.weibo": 418, "active.channel.wechat": 506, "apply.received.total": 47,
                   "apply.channel.fax": 0, "apply.channel.letter": 5, "apply.closed.total": 45,
                   "apply.closed.extended": 1, "review.total": 2, "review.upheld": 1, "review.other": 1,
                   "litigation.total": 1, "litigation.upheld": 1, "litigation.corrected": 0}


@pytest.mark.parametrize(("split", "header_again"), [
    pytest.param(9, False, id="e14-table-split-before-apply-no-header"),
    pytest.param(14, True, id="e14-table-split-inside-channels-header-again"),
    pytest.param(20, False, id="e14-table-split-inside-review-no-header"),
])
def test_e2014_statistics_table_over_two_pages(split: int, header_again: bool) -> None:
    full = e2014_spec(E14_TABLE_ROWS)  # caption row, header row, data rows
    first = full[:2 + split]
    rest = full[2 + split:]
    second = ([full[1]] + rest) if header_again else rest
    p1 = [*[p.replace("|", "") for p in E14_TEXT], "附表：政府信息公开情况统计表", first]
    p2 = [second, "单位负责人：王某某 审核人：李某某 填报人：赵某某 联系电话：0730-8123456"]
    pages = [fetched(e14_url(n), portal_page(E14_TITLE, _blocks_html(b), pager=trs_pager(E14_BASE, n, 2), **E14_META))
             for n, b in enumerate((p1, p2), start=1)]
    report = parse_report(pages)
    assert report.part_urls == [e14_url(1), e14_url(2)]
    assert report.template == "e2014"
    assert report.year == 2016
    for key, want in E14_TABLE_FACTS.items():
        assert value_of(report, key, "table") == want, key
    failed = [(k.rule, k.detail) for k in report.checks if k.rule.startswith(("O1", "O2", "O5")) and not k.passed]
    assert not failed, failed
    assert_clean_body(report, E14_TITLE)


SHORT_HEAD = ["本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。", "一、总体情况",
              "（二）依申请公开情况。2021年度，县自然资源局共受理政府信息公开申请"]


@pytest.mark.parametrize(("tail", "received"), [
    pytest.param(["15件。"], 15, id="short-last-page-number-only"),
    pytest.param(["15件，均在法定期限内答复。"], 15, id="short-last-page-one-sentence"),
    pytest.param(["15件。", "特此报告。"], 15, id="short-last-page-number-and-closing"),
])
def test_short_last_page_keeps_its_text(tail: list[str], received: int) -> None:
    """Real pagers can leave only the end of a paragraph on the last page (seen on a 2021 city-office report whose
    '共受理政府信息依申请公开7件' sentence, when cut before the number, loses its tail)."""
    pages = [fetched(t21_url(n), portal_page(T21_TITLE, _blocks_html(b), pager=trs_pager(T21_BASE, n, 2), **T21_META))
             for n, b in enumerate((SHORT_HEAD, tail), start=1)]
    report = parse_report(pages)
    assert_clean_body(report, T21_TITLE)
    assert f"共受理政府信息公开申请{received}件" in squash(report.body)
    assert value_of(report, "apply.received.total", "text") == received
    assert report.part_urls == [t21_url(1), t21_url(2)]


def test_short_first_page_heading_only() -> None:
    """The editor's page break falls right after the first heading: page 1 carries only "一、总体情况"."""
    pages = [fetched(t21_url(n), portal_page(T21_TITLE, _blocks_html(b), pager=trs_pager(T21_BASE, n, 2), **T21_META))
             for n, b in enumerate((["一、总体情况"], [*SHORT_HEAD[2:], "15件，均在法定期限内答复。",
                                                          SHORT_HEAD[0]]), start=1)]
    report = parse_report(pages)
    assert_clean_body(report, T21_TITLE)
    assert squash(report.body).startswith("一、总体情况")
    assert value_of(report, "apply.received.total", "text") == 15


# ================================================================================================ 3. order and repeats
ORDERS = [
    pytest.param([2, 0, 1], id="order-last-first-second"),
    pytest.param([1, 0, 2], id="order-second-first-third"),
    pytest.param([2, 1, 0], id="order-reversed"),
    pytest.param([0, 1, 1, 2], id="twice-same-page-2"),
    pytest.param([0, 1, 2, 0], id="twice-pager-1-link-is-first-page"),
    pytest.param([1, 0, 2, 1, 0], id="shuffled-and-repeated"),
]


@pytest.mark.parametrize("order", ORDERS)
def test_t2021_pages_out_of_order_or_twice(order: list[int]) -> None:
    pages = t21_pages(8, False)
    report = parse_report([pages[i] for i in order])
    assert_t21_tables(report)
    assert_no_duplicate_facts(report)
    assert_clean_body(report, T21_TITLE)
    assert squash(report.body).count("五、存在的主要问题及改进情况") == 1
    assert_t21_meta(report)  # report.url = the first page
    assert report.part_urls == list(dict.fromkeys(pages[i].url for i in order))  # (lead) as fetched: part_urls keeps the capture order (test_parse pins it; capture_ids align with it)


@pytest.mark.parametrize("order", [pytest.param([2, 0, 1], id="e14-order-3-1-2"),
                                   pytest.param([1, 2, 0], id="e14-order-2-3-1"),
                                   pytest.param([0, 2, 1, 2], id="e14-order-1-3-2-repeat")])
def test_e2014_pages_out_of_order(order: list[int]) -> None:
    pages = e14_pages([(4, None), (6, 0)])
    report = parse_report([pages[i] for i in order])
    body = squash(report.body)
    assert "受理政府信息公开申请47件" in body
    assert body.index("一、概述") < body.index("二、主动公开政府信息情况") < body.index("三、依申请公开政府信息情况")
    for key, want in E14_FACTS.items():
        assert value_of(report, key, "text") == want, key
    assert_no_duplicate_facts(report)
    assert report.url == e14_url(1)
    assert report.part_urls == list(dict.fromkeys(pages[i].url for i in order))  # (lead) as fetched: part_urls keeps the capture order (test_parse pins it; capture_ids align with it)


def test_query_pages_out_of_order() -> None:
    pages = e14_pages([(6, 0), (11, None)], style="query")
    report = parse_report([pages[2], pages[1], pages[0]])
    assert "受理政府信息公开申请47件" in squash(report.body)
    assert value_of(report, "apply.received.total", "text") == 47
    assert report.url == pages[0].url
    assert report.part_urls == [pages[2].url, pages[1].url, pages[0].url]  # (lead) as fetched: part_urls keeps the capture order (test_parse pins it; capture_ids align with it)


def test_first_page_also_fetched_as_page_1_url() -> None:
    """The pager's "1" on ?page=N sites points to ?page=1: the same first page under a second URL."""
    pages = e14_pages([(6, 0), (11, None)], style="query")
    alias = Fetched(url=pages[0].url + "?page=1", body=pages[0].body, headers=pages[0].headers)
    report = parse_report([pages[0], pages[1], alias, pages[2]])
    assert report.url == pages[0].url
    body = squash(report.body)
    assert body.count(squash(E14_TEXT[2])) == 1
    assert value_of(report, "active.items_total", "text") == 3862
    assert_no_duplicate_facts(report)


# ================================================================================================ 4. attachments
LINK_TITLE = T21_TITLE
PDF_URL = T21_DIR + "P020220125598765432101.pdf"


def link_page(links: list[tuple[str, str]], note: str = "", charset: str = "utf-8") -> Fetched:
    content = (f"<p>{html.escape(note)}</p>" if note else "") + "".join(
        f'<p>附件：<a href="{html.escape(href)}">{html.escape(text)}</a></p>' for href, text in links)
    return fetched(t21_url(1), portal_page(LINK_TITLE, content, charset=charset, **T21_META), charset)


def attachment(url: str, body: bytes, mime: str) -> Fetched:
    return Fetched(url=url, body=body, headers={"content-type": mime})


def _t21_doc_blocks() -> list:
    data = t21_data()
    return [*T21_PROSE, "二、主动公开政府信息情况", t2021_active_spec(data), "三、收到和处理政府信息公开申请情况",
            t2021_apply_spec(data), "四、政府信息公开行政复议、行政诉讼情况", t2021_review_spec(data), *T21_TAIL]


def test_link_page_with_pdf_report() -> None:
    pdf = t2021_pdf(t21_data(), title=T21_TITLE)
    page = link_page([("./P020220125598765432101.pdf", "青山县自然资源局2021年政府信息公开工作年度报告.pdf")])
    report = parse_report([page], [attachment(PDF_URL, pdf, "application/pdf")])
    assert report.part_urls == [t21_url(1)]
    assert report.attachment_urls == [PDF_URL]
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_r_checks_pass(report)
    assert {f.origin for f in report.facts if f.source == "table"} == {"pdf"}


def test_link_page_with_docx_report() -> None:
    url = T21_DIR + "W020220125598765432102.docx"
    body = docx_file(T21_TITLE, _t21_doc_blocks())
    page = link_page([("./W020220125598765432102.docx", "年度报告全文.docx")], note="详见附件。")
    report = parse_report([page], [attachment(
        url, body, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    assert report.attachment_urls == [url]
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert {f.origin for f in report.facts if f.source == "table"} == {"docx"}


def test_paginated_prose_plus_xlsx_tables() -> None:
    """Prose paginated over two pages; the three tables only in an XLSX attachment."""
    data = t21_data()
    url = T21_DIR + "P020220125598765432103.xlsx"
    xlsx = xlsx_file({"主动公开": [t2021_active_spec(data)], "依申请": [t2021_apply_spec(data)],
                      "复议诉讼": [t2021_review_spec(data)]})
    p1 = [*T21_PROSE, "二、主动公开政府信息情况", "（详见附件表格）"]
    p2 = ["三、收到和处理政府信息公开申请情况", "（详见附件表格）", "四、政府信息公开行政复议、行政诉讼情况",
          "（详见附件表格）", *T21_TAIL, '<p>附件：<a href="./P020220125598765432103.xlsx">统计表.xlsx</a></p>']
    pages = [fetched(t21_url(n), portal_page(T21_TITLE, _blocks_html(b), pager=trs_pager(T21_BASE, n, 2),
                                             **T21_META)) for n, b in enumerate((p1, p2), start=1)]
    report = parse_report(pages, [attachment(url, xlsx,
                                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    assert report.part_urls == [t21_url(1), t21_url(2)]
    assert report.attachment_urls == [url]
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_clean_body(report, T21_TITLE)


def test_link_page_pdf_gbk_page() -> None:
    pdf = t2021_pdf(t21_data(), title=T21_TITLE)
    page = link_page([("./P020220125598765432101.pdf", "点击下载")], note="年度报告全文请见附件。", charset="gbk")
    report = parse_report([page], [attachment(PDF_URL, pdf, "application/octet-stream")])
    assert_t21_meta(report)
    assert_t21_tables(report)


def test_e2014_prose_pages_plus_table_xlsx() -> None:
    """An e2014 report: prose over two pages, the 统计表 as an XLSX attachment; text and table facts both kept."""
    rows = [("一、主动公开情况", "", ""), ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "3862"),
            ("三、依申请公开情况", "", ""), ("（一）收到申请数", "件", "47"), ("1.当面申请数", "件", "12"),
            ("2.传真申请数", "件", "0"), ("3.网络申请数", "件", "30"), ("4.信函申请数", "件", "5"),
            ("四、行政复议数量", "件", "2"), ("五、行政诉讼数量", "件", "1")]
    url = E14_DIR + "P020170317512345678901.xlsx"
    xlsx = xlsx_file({"统计表": [e2014_spec(rows)]})
    pages = e14_pages([(6, 0)])
    report = parse_report(pages, [attachment(url, xlsx,
                                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    assert report.year == 2016
    assert report.template == "e2014"
    assert value_of(report, "apply.received.total", "table") == 47
    assert value_of(report, "apply.channel.fax", "table") == 0
    assert value_of(report, "active.items_total", "table") == 3862
    assert value_of(report, "apply.received.total", "text") == 47
    assert report.attachment_urls == [url]
    assert report.part_urls == [e14_url(1), e14_url(2)]


def test_full_html_page_and_its_pdf_edition() -> None:
    """The page carries the whole report and links its PDF edition: one set of facts, not two."""
    pdf = t2021_pdf(t21_data(), title=T21_TITLE)
    html_body = t21_single_html() + '<p>附件：<a href="./P020220125598765432101.pdf">年度报告.pdf</a></p>'
    page = fetched(t21_url(1), portal_page(T21_TITLE, html_body, **T21_META))
    report = parse_report([page], [attachment(PDF_URL, pdf, "application/pdf")])
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_no_duplicate_facts(report)
    assert report.attachment_urls == [PDF_URL]
    assert report.part_urls == [t21_url(1)]


def test_link_page_report_pdf_and_unrelated_form() -> None:
    """The link page also offers the blank application form (申请表.docx): it adds no facts and no noise."""
    form_url = T21_DIR + "W020220125598765432109.docx"
    form = docx_file("政府信息公开申请表", ["申请人信息", [[c("姓名"), c(""), c("证件号码"), c("")],
                                                     [c("联系电话"), c(""), c("邮政编码"), c("")]],
                                          "所需信息的内容描述", "（本表复印有效）"])
    pdf = t2021_pdf(t21_data(), title=T21_TITLE)
    page = link_page([("./P020220125598765432101.pdf", "2021年政府信息公开工作年度报告.pdf"),
                      ("./W020220125598765432109.docx", "政府信息公开申请表.docx")])
    report = parse_report([page], [attachment(PDF_URL, pdf, "application/pdf"), attachment(
        form_url, form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    assert_t21_meta(report)
    assert_t21_tables(report)
    assert_no_duplicate_facts(report)
    assert "证件号码" not in report.body


def test_pdf_link_page_and_pdf_as_page() -> None:
    """The crawler followed the list link straight to the PDF: the 'page' is the document itself."""
    pdf = t2021_pdf(t21_data(), title=T21_TITLE)
    report = parse_report([attachment(PDF_URL, pdf, "application/pdf")], link_title=T21_TITLE)
    assert report.year == 2021
    assert report.template == "t2021"
    assert_t21_tables(report)


# ================================================================================================ 5. 全文 and print
FULL_URL = f"{T21_DIR}{T21_BASE}_all.html"
PRINT_URL = "http://www.qingshan.gov.cn/was5/web/print.jsp?docid=3321456&channelid=18843"


def print_page(content: str) -> Fetched:
    page = (f'<html><head><meta charset="utf-8"><title>{T21_TITLE}</title></head><body onload="window.print()">'
            f'<div class="print"><h2>{T21_TITLE}</h2><p>发布日期：2022-01-25</p>{content}'
            f'<p><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></p>'
            f"</div></body></html>")
    return fetched(PRINT_URL, page.encode("utf-8"))


def full_page() -> Fetched:
    return fetched(FULL_URL, portal_page(T21_TITLE, t21_single_html(), **T21_META))


WHOLE = [
    pytest.param("pages+full", id="pages-plus-quanwen-version"),
    pytest.param("full+pages", id="quanwen-version-first"),
    pytest.param("pages+print", id="pages-plus-print-version"),
    pytest.param("page+print", id="single-page-plus-print"),
    pytest.param("pages+full+print", id="pages-quanwen-and-print"),
]


@pytest.mark.parametrize("combo", WHOLE)
def test_whole_text_and_print_versions_not_doubled(combo: str) -> None:
    pages = t21_pages(12, True)
    for p in pages:  # the 全文 link under every paginated page
        p.body = p.body.replace(b'<div class="share">', f'<p><a href="{FULL_URL}">全文</a></p><div class="share">'
                                .encode())
    printed = print_page(t21_single_html())
    single = fetched(t21_url(1), portal_page(T21_TITLE, t21_single_html(), **T21_META))
    parts = {"pages+full": [*pages, full_page()], "full+pages": [full_page(), *pages],
             "pages+print": [*pages, printed], "page+print": [single, printed],
             "pages+full+print": [*pages, full_page(), printed]}[combo]
    report = parse_report(parts)
    assert_t21_tables(report)
    assert_no_duplicate_facts(report)
    if combo == "full+pages":  # which URL names the report is not fixed by the spec here
        assert report.year == 2021 and report.template == "t2021" and report.agency == T21_AGENCY
    else:
        assert_t21_meta(report, first_url=parts[0].url)
    body = squash(report.body)
    for marker in ("一、总体情况", "五、存在的主要问题及改进情况", "本年度未收取政府信息公开信息处理费"):
        assert body.count(marker) == 1, marker
    assert_clean_body(report, T21_TITLE)


# ================================================================================================ 6. broken pieces
def test_page_two_http_404() -> None:
    pages = e14_pages([(4, None), (11, None)])
    pages[1].status = 404
    pages[1].body = b"<html><body><h1>404 Not Found</h1></body></html>"
    report = parse_report(pages)
    assert any(e14_url(2) in e for e in report.errors), report.errors
    assert e14_url(2) not in report.part_urls
    assert not [f for f in report.facts if f.key == "active.items_total"]  # its page is lost
    assert value_of(report, "review.total", "text") == 2
    assert report.year == 2016


def test_page_two_soft_404() -> None:
    pages = e14_pages([(4, None), (11, None)])
    pages[1].body = portal_page("页面不存在", "<p>对不起，您访问的页面不存在或已被删除！</p><p>5秒后返回首页</p>",
                                **E14_META)
    report = parse_report(pages)
    assert any(e14_url(2) in e for e in report.errors), report.errors
    assert "页面不存在" not in report.body
    assert value_of(report, "review.total", "text") == 2
    assert report.title == E14_TITLE


def test_missing_middle_page_keeps_order() -> None:
    """Only pages 1 and 3 were captured: both joined in order, nothing invented."""
    pages = e14_pages([(4, None), (8, None)])
    report = parse_report([pages[2], pages[0]])
    body = squash(report.body)
    assert body.index("一、概述") < body.index("四、政府信息公开的收费及减免情况")
    assert value_of(report, "review.total", "text") == 2
    assert not [f for f in report.facts if f.key == "active.items_total"]
    assert report.part_urls == [e14_url(3), e14_url(1)]  # (lead) as fetched: part_urls keeps the capture order (test_parse pins it; capture_ids align with it)


# ================================================================================================ 7. t2019 over pages
T19_TITLE = "青山县教育局2020年政府信息公开工作年度报告"


def test_t2019_two_pages_single_other_row() -> None:
    rows19 = [("一、本年新收政府信息公开申请数量", "", ""), ("二、上年结转政府信息公开申请数量", "", ""),
              ("三、本年度办理结果", "（一）予以公开", ""), ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""),
              *[("三、本年度办理结果", "（三）不予公开", x) for x in (
                  "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")],
              *[("三、本年度办理结果", "（四）无法提供", x) for x in (
                  "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")],
              *[("三、本年度办理结果", "（五）不予处理", x) for x in (
                  "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                  "5.要求行政机关确认或重新出具已获取信息")],
              ("三、本年度办理结果", "（六）其他处理", ""), ("三、本年度办理结果", "（七）总计", ""),
              ("四、结转下年度继续办理", "", "")]
    vals = {0: 5, 2: 3, 13: 1, 20: 1, 21: 5}  # received 5, granted 3, needs_creation 1, other 1, total 5

    def body(start: int, stop: int) -> list:
        spec = []
        for i in range(start, stop):
            l1, l2, l3 = rows19[i]
            v = vals.get(i, 0)
            values = [c(v), c(0), c(0), c(0), c(0), c(0), c(v)]
            if not l2:
                spec.append([c(l1, 1, 3), *values])
            elif l3:
                spec.append([c(l1 if i == start else ""), c(l2), c(l3), *values])
            else:
                spec.append([c(l1 if i == start else ""), c(l2, 1, 2), *values])
        return spec

    header = t2021_apply_header()
    intro = ["本报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。", "一、总体情况",
             "2020年，我局全面落实政府信息公开各项要求。", "三、收到和处理政府信息公开申请情况"]
    p1 = [*intro, header + body(0, 10)]
    p2 = [body(10, 23), "四、政府信息公开行政复议、行政诉讼情况",
          [[c("行政复议", 1, 5), c("行政诉讼", 1, 10)],
           [*[c(x, 2) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")], c("未经复议直接起诉", 1, 5),
            c("复议后起诉", 1, 5)],
           [*[c(x) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")] * 2], [c(0)] * 15]]
    base = "t20210120_2210987"
    meta = dict(agency_meta="青山县教育局", date="2021-01-20", index_no="11430726006783219P/2021-00007")
    urls = [f"{T21_DIR}{base}.html", f"{T21_DIR}{base}_1.html"]
    pages = [fetched(urls[n - 1], portal_page(T19_TITLE, _blocks_html(b), pager=trs_pager(base, n, 2), **meta))
             for n, b in enumerate((p1, p2), start=1)]
    report = parse_report(pages)
    assert report.year == 2020
    assert report.template == "t2019"
    assert report.part_urls == urls
    assert value_of(report, "apply.received_new.total", "table") == 5
    assert value_of(report, "apply.outcome.granted.total", "table") == 3
    assert value_of(report, "apply.outcome.unavailable.needs_creation.natural_person", "table") == 1
    assert value_of(report, "apply.outcome.other.total", "table") == 1
    assert value_of(report, "apply.outcome.total.total", "table") == 5
    assert value_of(report, "apply.carried_out.total", "table") == 0
    assert not [f for f in report.facts if f.key.startswith("apply.outcome.other.misc")]
    assert_r_checks_pass(report)
