"""Twentieth independent accuracy probe of `parse_report`: joining the pages and captures of one report.

Built from the spec (3.1 metadata blocks, 3.4 pagination, 3.6 encodings; keys of section 2) and from how portals
publish: every page of a paginated article repeats the title, the 索引号 metadata block and the breadcrumb; page 2 may
repeat page 1's last paragraph; pages are numbered index_2.htm, ?pageNo=2, &cur_page=2, /2.html, _p2; the crawl may
also hand over the 全文显示 single-page version, a print.jsp version, a page in another encoding, a soft-404 page and a
second capture of the same page after a CMS redesign. A careful reader records each paragraph once, in order.
"""

from __future__ import annotations

import functools

import pytest
import test_probe_accuracy_10 as p10

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

HEADINGS = p10.HEADINGS
TITLE = p10.TITLE
AGENCY = p10.AGENCY
TOP = ["一", "二", "三", "四", "五", "六"]
NOISE = ("索引号", "当前位置", "您当前的位置", "网站标识码", "下一页", "上一页", "打印本页", "页面不存在", "ICP备")


def blocks() -> list[str]:
    return p10.report_blocks()


def cut_at(b: list[str], where: str) -> int:
    if where == "sec2":
        return p10.block_index(b, HEADINGS[1])
    if where == "sec4":
        return p10.block_index(b, HEADINGS[3])
    if where == "sec6":
        return p10.block_index(b, HEADINGS[5])
    if where == "sec3":
        return p10.block_index(b, HEADINGS[2])
    raise KeyError(where)


def pager(cur: int, total: int, urls: list[str]) -> str:
    prev = f'<a href="{urls[cur - 1]}">上一页</a>' if cur else "上一页"
    nxt = f'<a href="{urls[cur + 1]}">下一页</a>' if cur + 1 < total else "下一页"
    nums = " ".join(f'<a href="{u}">{i + 1}</a>' for i, u in enumerate(urls))
    return f'<div class="page-nav">{prev} {nums} {nxt} 第{cur + 1}页/共{total}页</div>'


def custom_page(title: str, content: str, *, date: str = "2022-01-28", charset: str = "utf-8") -> bytes:
    """A custom-CMS (PHP/JSP) article page with its own breadcrumb and 索引号 block."""
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}_奉化区政府</title></head>
<body><div id="nav">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<table class="gk-meta" width="100%"><tr><td>索引号：</td><td>330283/2022-00417</td><td>主题分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{AGENCY}</td><td>发文日期：</td><td>{date}</td></tr><tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>
<h1 class="detail-title">{title}</h1><div class="detail-info">时间：{date} 来源：{AGENCY} 点击数：<span>371</span></div>
<div class="detail-content" id="zoom">{content}</div>
<div class="share">分享到：微信 微博 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭</a></div>
<div class="foot">主办：宁波市奉化区人民政府办公室 网站标识码：3302130001 浙ICP备12015522号-1</div></body></html>"""
    enc = "gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset
    return doc.encode(enc)


def page_bytes(chrome: str, content: str, charset: str = "utf-8") -> bytes:
    if chrome == "trs":
        return p10.trs_page(TITLE, content, charset=charset)
    if chrome == "custom":
        return custom_page(TITLE, content, charset=charset)
    return p10.CHROME[chrome](TITLE, content)


# page-number URL schemes seen on portals (spec 3.4: index_N for TRS; query parameters and path segments elsewhere)
SCHEMES = {
    "index_htm": ["http://www.fh.gov.cn/zwgk/xxgknb/202201/t20220125_4471290.htm",
                  "http://www.fh.gov.cn/zwgk/xxgknb/202201/t20220125_4471290/index_2.htm",
                  "http://www.fh.gov.cn/zwgk/xxgknb/202201/t20220125_4471290/index_3.htm"],
    "pageNo": ["http://www.fh.gov.cn/jsp/article.jsp?id=58812",
               "http://www.fh.gov.cn/jsp/article.jsp?id=58812&pageNo=2",
               "http://www.fh.gov.cn/jsp/article.jsp?id=58812&pageNo=3"],
    "cur_page": ["http://www.fh.gov.cn/read_gkml.php?brow=4412",
                 "http://www.fh.gov.cn/read_gkml.php?brow=4412&cur_page=2",
                 "http://www.fh.gov.cn/read_gkml.php?brow=4412&cur_page=3"],
    "path_num": ["http://www.fh.gov.cn/zwgk/show/5f2c9a0e1b7d4c3aa8e1f0b2c3d4e5f6.html",
                 "http://www.fh.gov.cn/zwgk/show/5f2c9a0e1b7d4c3aa8e1f0b2c3d4e5f6/2.html",
                 "http://www.fh.gov.cn/zwgk/show/5f2c9a0e1b7d4c3aa8e1f0b2c3d4e5f6/3.html"],
    "p_suffix": ["http://www.fh.gov.cn/cms/html/fhq/2022-01-25/9921.html",
                 "http://www.fh.gov.cn/cms/html/fhq/2022-01-25/9921_p2.html",
                 "http://www.fh.gov.cn/cms/html/fhq/2022-01-25/9921_p3.html"],
}
CHROMES = ["trs", "hanweb", "gkmlpt", "custom"]


def serve(parts: list[str], urls: list[str], chrome: str, charsets: list[str] | None = None,
          header_charset: bool = True) -> list[Fetched]:
    out = []
    for i, (u, part) in enumerate(zip(urls, parts, strict=True)):
        cs = (charsets or ["utf-8"] * len(parts))[i]
        body = page_bytes(chrome, part + pager(i, len(parts), urls), charset=cs)
        hdr = {"content-type": f"text/html; charset={cs}"} if header_charset else {"content-type": "text/html"}
        out.append(Fetched(u, body, hdr))
    return out


def split(b: list[str], cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(b)]
    return ["".join(b[x:y]) for x, y in zip(bounds, bounds[1:], strict=False)]


def top_sections(r: Report) -> list[str]:
    return [s.number for s in r.sections if s.number in TOP]


def assert_clean_body(r: Report) -> None:
    p10.assert_body_in_order_once(r)
    assert r.body.count(p10.OVERVIEW) == 1, r.body.count(p10.OVERVIEW)
    assert r.body.count(p10.PROBLEMS) == 1, r.body.count(p10.PROBLEMS)
    assert r.body.count(TITLE) <= 1, r.body.count(TITLE)
    for noise in NOISE:
        assert noise not in r.body, noise


# ---------------------------------------------------------------------------------------------------------------
# A. page-number URL schemes × CMS chrome (spec 3.4): each page repeats title, metadata block, breadcrumb
# ---------------------------------------------------------------------------------------------------------------

@functools.cache
def paged(scheme: str, chrome: str, n: int) -> tuple[Report, tuple[str, ...]]:
    b = blocks()
    cuts = [cut_at(b, "sec4")] if n == 2 else [cut_at(b, "sec2"), cut_at(b, "sec4")]
    urls = SCHEMES[scheme][:n]
    pages = serve(split(b, cuts), urls, chrome)
    return parse_report(pages), tuple(urls)


CASES_A = [(s, c, n) for s in SCHEMES for c, n in (("trs", 2), ("hanweb", 3), ("gkmlpt", 2), ("custom", 3))]


@pytest.mark.parametrize("scheme,chrome,n", CASES_A)
def test_scheme_part_urls_in_order(scheme: str, chrome: str, n: int) -> None:
    # spec 3.4: every page of the paginated article is a part of one report, first page first
    r, urls = paged(scheme, chrome, n)
    assert r.part_urls == list(urls)


@pytest.mark.parametrize("scheme,chrome,n", CASES_A)
def test_scheme_body_once_no_repeated_chrome(scheme: str, chrome: str, n: int) -> None:
    # spec 3.1 (metadata block is page context, not report text) + 3.4: title/索引号/breadcrumb repeated on each page
    # do not enter the body; each heading and paragraph once, in order; sections 一..六 once each
    r, _ = paged(scheme, chrome, n)
    assert_clean_body(r)
    assert top_sections(r) == TOP


@pytest.mark.parametrize("scheme,chrome,n", [c for c in CASES_A if c[1] in ("hanweb", "custom")])
def test_scheme_facts_and_metadata(scheme: str, chrome: str, n: int) -> None:
    # spec 2.1–2.3: all table facts once joined; 3.1: title, year and template as on page 1
    r, _ = paged(scheme, chrome, n)
    assert p10.mismatches(r) == {}
    assert (r.title, r.year, r.template) == (TITLE, 2021, "t2021")


# ---------------------------------------------------------------------------------------------------------------
# B. page 2 repeats the last paragraph of page 1 (overlap)
# ---------------------------------------------------------------------------------------------------------------

OVERLAPS = [("sec6", "trs"), ("sec6", "custom"), ("sec2", "hanweb"), ("sec2", "gkmlpt"), ("sec6", "gkmlpt"),
            ("sec2", "custom")]


@functools.cache
def overlapped(where: str, chrome: str) -> tuple[Report, str]:
    b = blocks()
    cut = cut_at(b, where)
    repeated = b[cut - 1]  # the paragraph ending page 1 (PROBLEMS before 六; OVERVIEW-part prose before 二)
    parts = ["".join(b[:cut]), repeated + "".join(b[cut:])]
    r = parse_report(serve(parts, SCHEMES["p_suffix"][:2], chrome))
    text = repeated.split(">", 1)[1].rsplit("<", 1)[0]
    return r, text


@pytest.mark.parametrize("where,chrome", OVERLAPS)
def test_overlap_paragraph_once(where: str, chrome: str) -> None:
    # spec 3.4 pagination: a reader who sees the last paragraph of page 1 again on top of page 2 records it once
    r, text = overlapped(where, chrome)
    assert r.body.count(text) == 1, (text, r.body.count(text))
    assert_clean_body(r)


@pytest.mark.parametrize("where,chrome", OVERLAPS[:3])
def test_overlap_facts_and_sections(where: str, chrome: str) -> None:
    # spec 2.1–2.3 + sections: the overlap changes nothing a reader records
    r, _ = overlapped(where, chrome)
    assert p10.mismatches(r) == {}
    assert top_sections(r) == TOP
    assert r.part_urls == SCHEMES["p_suffix"][:2]


# ---------------------------------------------------------------------------------------------------------------
# C. 全文显示 / 阅读全文 single-page version captured together with the paged version
# ---------------------------------------------------------------------------------------------------------------

FULL_URLS = {"trs": "http://www.fh.gov.cn/zwgk/xxgknb/202201/t20220125_4471290.htm?showall=1",
             "custom": "http://www.fh.gov.cn/jsp/article.jsp?id=58812&pageNo=all",
             "hanweb": "http://www.fh.gov.cn/cms/html/fhq/2022-01-25/9921_all.html"}


@functools.cache
def with_full(chrome: str, order: str) -> Report:
    b = blocks()
    urls = {"trs": SCHEMES["index_htm"], "custom": SCHEMES["pageNo"], "hanweb": SCHEMES["p_suffix"]}[chrome][:2]
    parts = split(b, [cut_at(b, "sec3")])
    paged_pages = serve(parts, urls, chrome)
    # the paged version offers a 全文显示 link; the single page holds everything without a pager
    paged_pages[0] = Fetched(urls[0], page_bytes(chrome, parts[0] + f'<a href="{FULL_URLS[chrome]}">全文显示</a>'
                                                 + pager(0, 2, urls)), {"content-type": "text/html"})
    full = Fetched(FULL_URLS[chrome], page_bytes(chrome, "".join(b) + '<a href="javascript:history.back()">分页显示</a>'),
                   {"content-type": "text/html"})
    pages = [*paged_pages, full] if order == "after" else [full, *paged_pages]
    return parse_report(pages)


FULL_CASES = [(c, o) for c in ("trs", "custom", "hanweb") for o in ("after", "before")]


@pytest.mark.parametrize("chrome,order", FULL_CASES)
def test_full_text_version_body_once(chrome: str, order: str) -> None:
    # spec 3.4: the 全文显示 page is the same article as its pages; its text must not be added a second time
    r = with_full(chrome, order)
    assert_clean_body(r)
    assert "全文显示" not in r.body and "分页显示" not in r.body


@pytest.mark.parametrize("chrome,order", FULL_CASES)
def test_full_text_version_facts_sections(chrome: str, order: str) -> None:
    # spec 2.1–2.3: one set of table facts (no doubled rows); sections 一..六 once
    r = with_full(chrome, order)
    assert p10.mismatches(r) == {}
    assert top_sections(r) == TOP
    assert len([f for f in r.facts if f.key == "apply.received_new.total" and f.source == "table"]) == 1


# ---------------------------------------------------------------------------------------------------------------
# D. a printer-friendly version (print.jsp) captured alongside
# ---------------------------------------------------------------------------------------------------------------

def print_page(content: str) -> bytes:
    doc = f"""<html><head><meta charset="utf-8"><title>打印页面</title><style>body{{font-size:14px}}</style></head>
<body onload="window.print()"><div class="print-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<h2 align="center">{TITLE}</h2><div align="center">发布日期：2022-01-25</div><div id="printContent">{content}</div></body></html>"""
    return doc.encode("utf-8")


PRINT_URLS = ["http://www.fh.gov.cn/module/print/print.jsp?id=58812&columnid=1229031578",
              "http://www.fh.gov.cn/zwgk/print.jsp?docid=4471290"]


@functools.cache
def with_print(which: int, paged_n: int, order: str) -> Report:
    b = blocks()
    urls = SCHEMES["path_num"][:paged_n]
    parts = split(b, [cut_at(b, "sec4")]) if paged_n == 2 else ["".join(b)]
    pages = serve(parts, urls, "hanweb") if paged_n == 2 else [
        Fetched(urls[0], page_bytes("hanweb", parts[0]), {"content-type": "text/html"})]
    pr = Fetched(PRINT_URLS[which], print_page("".join(b)), {"content-type": "text/html; charset=utf-8"})
    return parse_report([*pages, pr] if order == "after" else [pr, *pages])


PRINT_CASES = [(0, 2, "after"), (1, 2, "after"), (0, 1, "after"), (1, 1, "before"), (0, 2, "before")]


@pytest.mark.parametrize("which,paged_n,order", PRINT_CASES)
def test_print_version_body_once(which: int, paged_n: int, order: str) -> None:
    # spec 3.4: the print view is the same article; body holds each paragraph once, no print tools
    r = with_print(which, paged_n, order)
    assert_clean_body(r)
    assert "关闭窗口" not in r.body


@pytest.mark.parametrize("which,paged_n,order", PRINT_CASES[:3])
def test_print_version_facts_title(which: int, paged_n: int, order: str) -> None:
    # spec 2.1–2.3 + 3.2: facts once; the title is the report's, not the print page's <title> 打印页面
    r = with_print(which, paged_n, order)
    assert p10.mismatches(r) == {}
    assert r.title == TITLE
    assert top_sections(r) == TOP


# ---------------------------------------------------------------------------------------------------------------
# E. pages served in different encodings (spec 3.6)
# ---------------------------------------------------------------------------------------------------------------

ENC_CASES = [(["utf-8", "gbk"], True, "trs"), (["utf-8", "gbk"], False, "trs"), (["utf-8", "gb2312"], True, "custom"),
             (["utf-8", "gbk"], False, "custom"), (["gbk", "utf-8"], True, "trs"), (["utf-8", "gbk", "utf-8"], False, "custom")]


@functools.cache
def mixed(charsets: tuple[str, ...], header: bool, chrome: str) -> tuple[Report, list[str]]:
    b = blocks()
    cuts = [cut_at(b, "sec4")] if len(charsets) == 2 else [cut_at(b, "sec2"), cut_at(b, "sec4")]
    urls = SCHEMES["cur_page"][:len(charsets)]
    pages = serve(split(b, cuts), urls, chrome, list(charsets), header_charset=header)
    return parse_report(pages), urls


@pytest.mark.parametrize("charsets,header,chrome", ENC_CASES)
def test_mixed_encodings_body(charsets: list[str], header: bool, chrome: str) -> None:
    # spec 3.6: each page decoded by its own BOM/header/meta charset; no mojibake, no U+FFFD, headings once in order
    r, urls = mixed(tuple(charsets), header, chrome)
    assert "\ufffd" not in r.body
    assert_clean_body(r)
    assert r.part_urls == urls


@pytest.mark.parametrize("charsets,header,chrome", ENC_CASES[:4])
def test_mixed_encodings_facts(charsets: list[str], header: bool, chrome: str) -> None:
    # spec 2.3 + 3.6: section 四's table is on the GBK page; its 15 cells read as printed
    r, _ = mixed(tuple(charsets), header, chrome)
    assert p10.mismatches(r) == {}
    assert top_sections(r) == TOP


def test_bom_overrides_wrong_meta_on_page_two() -> None:
    # spec 3.6: a UTF-8 BOM wins over a meta that says gb2312
    b = blocks()
    parts = split(b, [cut_at(b, "sec4")])
    urls = SCHEMES["index_htm"][:2]
    p1 = Fetched(urls[0], page_bytes("trs", parts[0] + pager(0, 2, urls)), {"content-type": "text/html"})
    raw2 = page_bytes("trs", parts[1] + pager(1, 2, urls)).replace(b"charset=utf-8", b"charset=gb2312")
    p2 = Fetched(urls[1], b"\xef\xbb\xbf" + raw2, {"content-type": "text/html"})
    r = parse_report([p1, p2])
    assert "\ufffd" not in r.body
    assert_clean_body(r)
    assert p10.mismatches(r) == {}


# ---------------------------------------------------------------------------------------------------------------
# F. a page 3 that is a soft-404 page captured by mistake
# ---------------------------------------------------------------------------------------------------------------

def soft404(kind: str) -> bytes:
    if kind == "plain":
        doc = ("<html><head><meta charset='utf-8'><title>页面不存在</title></head><body><div class='err'>"
               "<img src='/images/404.png'><p>抱歉，您访问的页面不存在或已被删除！</p><p><a href='/'>返回首页</a></p>"
               "</div></body></html>")
    elif kind == "chrome":  # the portal's own chrome around the error
        doc = page_bytes("custom", "<p>页面不存在</p><p>您要访问的页面不存在，可能已被删除或更改了名称。</p>").decode()
        doc = doc.replace(TITLE, "404 页面不存在")
    else:  # countdown redirect variant
        doc = ("<html><head><meta charset='utf-8'><title>404</title><meta http-equiv='refresh' content='5;url=/'></head>"
               "<body><h3>页面不存在</h3><p>系统将在<span id='t'>5</span>秒后自动跳转到首页</p></body></html>")
    return doc.encode("utf-8")


SOFT_CASES = [("plain", "pageNo", "custom"), ("chrome", "pageNo", "custom"), ("redirect", "index_htm", "trs"),
              ("plain", "p_suffix", "hanweb")]


@functools.cache
def with_soft404(kind: str, scheme: str, chrome: str) -> tuple[Report, list[str]]:
    b = blocks()
    urls = SCHEMES[scheme]
    parts = split(b, [cut_at(b, "sec4")])
    pages = serve(parts, urls[:2], chrome)
    pages.append(Fetched(urls[2], soft404(kind), {"content-type": "text/html; charset=utf-8"}, status=200))
    return parse_report(pages), urls


@pytest.mark.parametrize("kind,scheme,chrome", SOFT_CASES)
def test_soft404_not_in_body(kind: str, scheme: str, chrome: str) -> None:
    # spec 3.7 / schema fetch kinds (soft_404): the error page is not report text
    r, _ = with_soft404(kind, scheme, chrome)
    assert_clean_body(r)
    for junk in ("抱歉", "返回首页", "自动跳转", "已被删除"):
        assert junk not in r.body, junk


@pytest.mark.parametrize("kind,scheme,chrome", SOFT_CASES)
def test_soft404_not_a_part_and_reported(kind: str, scheme: str, chrome: str) -> None:
    # schema: part_urls = pages joined into the report (the 404 page is not one); errors = non-fatal problems met
    # while parsing, and what the parser did about the page
    r, urls = with_soft404(kind, scheme, chrome)
    assert r.part_urls == urls[:2]
    assert r.errors, "a bad capture should be reported in errors"
    assert any(urls[2] in e or "404" in e or "不存在" in e for e in r.errors), r.errors


@pytest.mark.parametrize("kind,scheme,chrome", SOFT_CASES[:2])
def test_soft404_facts_intact(kind: str, scheme: str, chrome: str) -> None:
    # spec 2.1–2.3: the facts of the real pages stay complete
    r, _ = with_soft404(kind, scheme, chrome)
    assert p10.mismatches(r) == {}
    assert top_sections(r) == TOP


def test_hard_404_page_three() -> None:
    # schema: a capture with HTTP 404 is not a part; the report keeps the two real pages
    b = blocks()
    urls = SCHEMES["path_num"]
    pages = serve(split(b, [cut_at(b, "sec4")]), urls[:2], "gkmlpt")
    pages.append(Fetched(urls[2], soft404("plain"), {"content-type": "text/html"}, status=404))
    r = parse_report(pages)
    assert r.part_urls == urls[:2]
    assert_clean_body(r)
    assert r.errors


# ---------------------------------------------------------------------------------------------------------------
# G. a second capture of the same page after a CMS update (different chrome, same text)
# ---------------------------------------------------------------------------------------------------------------

REDESIGNS = [("trs", "hanweb"), ("hanweb", "gkmlpt"), ("custom", "trs"), ("gkmlpt", "custom")]


@functools.cache
def redesigned(old: str, new: str, same_url: bool) -> Report:
    b = blocks()
    text = "".join(b)
    u = SCHEMES["p_suffix"][0]
    u2 = u if same_url else u.replace("/cms/html/fhq/", "/fhq/art/")
    pages = [Fetched(u, page_bytes(old, text), {"content-type": "text/html"}),
             Fetched(u2, page_bytes(new, text), {"content-type": "text/html; charset=utf-8"})]
    return parse_report(pages)


@pytest.mark.parametrize("old,new", REDESIGNS)
@pytest.mark.parametrize("same_url", [True, False])
def test_redesign_body_once(old: str, new: str, same_url: bool) -> None:
    # spec 3.4: the same article captured before and after a portal redesign is one text; body holds it once
    r = redesigned(old, new, same_url)
    assert_clean_body(r)


@pytest.mark.parametrize("old,new", REDESIGNS)
def test_redesign_facts_sections(old: str, new: str) -> None:
    # spec 2.1–2.3: one set of facts, sections once
    r = redesigned(old, new, True)
    assert p10.mismatches(r) == {}
    assert top_sections(r) == TOP
    assert sum(1 for f in r.facts if f.key == "review.total" and f.source == "table") == 1


def test_redesign_same_url_single_part() -> None:
    # schema part_urls: pages joined, in order — the same URL twice is one part
    r = redesigned("trs", "hanweb", True)
    assert r.part_urls.count(SCHEMES["p_suffix"][0]) == 1
