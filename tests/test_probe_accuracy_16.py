"""Sixteenth independent accuracy probe of `parse_report`: body extraction on CMS families and page shapes not tried before.

Built from the spec (report body = the report's own text without navigation, footers, share buttons or aggregator
noise; sections 一…六 with （一）… sub-sections (1(c), 2); article metadata blocks 3.1; CMS containers 3.4; encodings
3.6) and from how 南威/Linewell, 天翼云 政务云, 易点/SiteFactory (ASP.NET), Vue/React SPA, JCMS 5/6, PageAdmin and 金盘/ZWGK
catalogue portals lay out an article page. Each case builds page bytes with the chrome those portals carry and asserts:
no chrome line in `body`, every report paragraph present in order and once, title, published date and sections.
"""

from __future__ import annotations

import pytest
from test_probe_accuracy import facts, parse, t2021_body
from test_probe_accuracy_4 import (
    ATTACH,
    CHROME_LINES,
    FOOTER,
    HEADS,
    INTRO,
    NAV,
    QR,
    SEC_TEXT,
    SHARE,
    SIGN,
    SUB_TEXT,
    SUBS,
    TITLE,
    TOOLS,
    URL,
    missing_or_out_of_order,
    report_html,
    report_paragraphs,
    squash,
    sub_sections,
    top_sections,
)

from pipelines.records import Report

SITE = "某某区人民政府"
EXTRA_CHROME = [  # chrome peculiar to the shells of this file
    "我要纠错", "意见反馈", "关怀版", "Cookie", "我们使用", "同意并继续", "__VIEWSTATE", "data-v-", "加载中",
    "Copyright", "返回顶部", "在线客服", "索引号", "主题分类", "信息公开目录", "栏目菜单项", "热点专题", "智能问答",
    "Powered", "阅读模式", "sidebar", "微信公众号", "政务微博",
]
ALL_CHROME = CHROME_LINES + EXTRA_CHROME


def all_chrome(body: str) -> list[str]:
    flat = squash(body)
    return [c for c in ALL_CHROME if squash(c) in flat]


def dup_paragraphs(body: str) -> list[str]:
    flat = squash(body)
    return [p for p in report_paragraphs() if flat.count(squash(p)) != 1 and len(p) > 8]


def check(r: Report, *, sections: bool = True, title: str = TITLE, published: str = "2022-01-20") -> None:
    assert r.title == title, r.title
    assert r.published == published, r.published
    assert all_chrome(r.body) == [], (all_chrome(r.body), r.body[:2000])
    assert missing_or_out_of_order(r.body, report_paragraphs()) == [], r.body[:3000]
    assert dup_paragraphs(r.body) == [], dup_paragraphs(r.body)
    if sections:
        assert top_sections(r) == HEADS, [(s.number, s.title) for s in r.sections]
        assert sub_sections(r) == SUBS, [(s.number, s.title) for s in r.sections]


def one(body: bytes, url: str = URL) -> Report:
    return parse((url, body))


# ---------------------------------------------------------------------------------------------------------------
# shared chrome of these shells
# ---------------------------------------------------------------------------------------------------------------

WZA = ('<script id="cniil_wza" src="https://www.cniil.com/api/jsdk/wza.js?sid=1234" charset="utf-8"></script>'
       '<div class="wza-toolbar" id="wzaToolbar" style="display:block"><ul><li><a>无障碍浏览</a></li><li><a>长者模式</a></li>'
       '<li><a>关怀版</a></li><li><a>适老化</a></li><li><a>阅读模式</a></li><li><a>放大</a></li><li><a>缩小</a></li></ul></div>')
FLOAT = ('<div class="float-right" style="position:fixed;right:10px;top:300px"><div class="f-qr"><img src="/qr.png" '
         'alt="微信公众号"><p>微信公众号</p></div><div class="f-wb"><p>政务微博</p></div><a class="jc" href="/jiucuo/">我要纠错</a>'
         '<a class="fk" href="/hdjl/yjzj/">意见反馈</a><a class="kf">在线客服</a><a class="znwd">智能问答</a>'
         '<a href="#top" class="gotop">返回顶部</a></div>')
COOKIE = ('<div id="cookie-consent" class="cookie-banner"><p>我们使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。'
          '</p><button id="cookie-accept">同意并继续</button></div>')
SIDEBAR = ('<div class="sidebar"><h3>热点专题</h3><ul>' + "".join(
    f'<li><a href="/ztzl/{i}.html">热点专题第{i}项：某某区深化“放管服”改革优化营商环境专项行动第{i}阶段工作进展情况通报</a>'
    f'<span>2022-01-{(i % 28) + 1:02d}</span></li>' for i in range(80)) + '</ul><p class="tip">sidebar</p></div>')
LEFTMENU = "".join(f'<tr><td class="menu"><a href="/list.aspx?cid={i}">栏目菜单项{i}</a></td></tr>' for i in range(40))
BOTTOM = ('<div class="bottom"><p>Copyright © 2022 某某区人民政府 版权所有</p><p>网站标识码：3301100001 浙ICP备05001234号-1 '
          '浙公网安备 33011002000123号（公安备案）</p><p>Powered by 某某科技</p><p><a>政府网站找错</a></p></div>')


def head(title: str = f"{TITLE}_{SITE}", extra: str = "", charset: str = "utf-8") -> str:
    return (f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{title}</title>'
            f'<meta name="SiteName" content="{SITE}"><meta name="ColumnName" content="政府信息公开年报">{extra}'
            '<script>var _hmt = _hmt || []; var ucapTitle="x";</script></head>')


def wrap(inner: str, *, headx: str = "", before: str = "", after: str = "") -> bytes:
    return (f'<!DOCTYPE html><html>{head(extra=headx)}<body>{WZA}<div class="header"><ul class="nav">{NAV}</ul></div>'
            f'{before}{inner}{after}{FLOAT}{BOTTOM}{FOOTER}</body></html>').encode()


# ---------------------------------------------------------------------------------------------------------------
# the shells
# ---------------------------------------------------------------------------------------------------------------

def linewell_page(content: str) -> bytes:
    """南威/Linewell 政务云: .detail-main with an 索引号 grid (xxgk-info), then .TRS-like .article-content."""
    meta = ('<div class="xxgk-info"><table><tr><th>索引号</th><td>11330110002XXXXX/2022-00012</td><th>主题分类</th>'
            '<td>政务公开</td></tr><tr><th>发布机构</th><td>某某区人民政府办公室</td><th>成文日期</th><td>2022-01-18</td></tr>'
            f'<tr><th>标题</th><td colspan="3">{TITLE}</td></tr><tr><th>发文字号</th><td></td><th>发布日期</th>'
            '<td>2022-01-20</td></tr></table></div>')
    inner = (f'<div class="detail-main"><div class="crumb">当前位置：<a>首页</a>&gt;<a>信息公开目录</a></div>{meta}'
             f'<h1 class="detail-title">{TITLE}</h1><div class="detail-info"><span>发布日期：2022-01-20</span>'
             '<span>来源：某某区人民政府办公室</span><span class="zh">字号：<a>大</a><a>中</a><a>小</a></span></div>'
             f'<div class="detail-content article-content" id="detailContent">{content}</div>'
             f'<div class="detail-tools">{TOOLS}{SHARE}</div></div>')
    return wrap(inner)


def ctyun_page(content: str) -> bytes:
    """中国电信 天翼云 政务云 portal: .news_detail > .news_content with a hidden 'loading' and view counter."""
    inner = (f'<div class="main w1200"><div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a></div>'
             f'<div class="news_detail"><div class="news_title"><h2>{TITLE}</h2></div><div class="news_info">'
             '<span>发布时间：2022-01-20 09:30:00</span><span>来源：某某区人民政府办公室</span><span>浏览次数：'
             '<em id="viewCount">加载中</em></span></div><div class="news_content" id="newsContent">'
             f'{content}</div>{SHARE}{QR}</div></div>')
    return wrap(inner)


def sitefactory_page(content: str) -> bytes:
    """易点/SiteFactory ASP.NET: a <form> around the whole page with __VIEWSTATE, content in a server-side div."""
    vs = "/wEPDwUKMTY1NDU2MTA1MmRkAbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/=" * 4
    inner = ('<form name="aspnetForm" method="post" action="./Show.aspx?ID=1234" id="aspnetForm">'
             f'<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>'
             '<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKx" /></div>'
             '<div id="ctl00_divNav" class="nav">当前位置：<a>首页</a> &gt;&gt; <a>政府信息公开年报</a></div>'
             f'<div class="showtitle"><span id="ctl00_ContentPlaceHolder1_lblTitle">{TITLE}</span></div>'
             '<div class="showinfo">发布时间：<span id="ctl00_ContentPlaceHolder1_lblTime">2022/1/20 10:32:11</span> '
             '点击数：<span id="ctl00_ContentPlaceHolder1_lblHits">321</span></div>'
             f'<div id="ctl00_ContentPlaceHolder1_divContent" class="showcontent">{content}</div>'
             f'<div class="showtools">{TOOLS}</div>'
             '<input type="submit" name="ctl00$btnSearch" value="搜索" id="ctl00_btnSearch" /></form>')
    return wrap(inner)


def vue_page(content: str) -> bytes:
    """政务云 SPA rendered HTML: everything inside <div id="app" data-v-app>, scoped data-v- attributes."""
    v = 'data-v-7ba5bd90=""'
    c = content.replace("<p>", f"<p {v}>")
    inner = (f'<div id="app" data-v-app=""><div {v} class="layout"><header {v} class="el-header"><nav {v}>'
             f'<a {v}>首页</a><a {v}>导航栏目7号</a></nav></header><main {v} class="el-main"><div {v} class="bread">'
             f'当前位置：<span {v}>首页</span> / <span {v}>政务公开</span></div><div {v} class="article-detail">'
             f'<h1 {v} class="article-title">{TITLE}</h1><div {v} class="article-meta"><span {v}>发布时间：2022-01-20</span>'
             f'<span {v}>来源：某某区人民政府办公室</span></div><div {v} class="article-body ql-editor">{c}</div>'
             f'<div {v} class="share">{SHARE}</div></div></main></div></div>'
             '<script src="/static/js/chunk-vendors.8f3a.js"></script><script src="/static/js/app.1c2d.js"></script>')
    return wrap(inner)


def react_page(content: str) -> bytes:
    """React SSR: <div id="root"> with CSS-module class names and a JSON state blob in a script."""
    inner = (f'<div id="root"><div class="App_wrap__3xYz"><div class="Crumb_box__1a">当前位置：首页 &gt; 政务公开</div>'
             f'<article class="Detail_article__2bQ"><h1 class="Detail_title__9k">{TITLE}</h1>'
             '<div class="Detail_meta__7p"><span>发布日期：2022年01月20日</span><span>来源：某某区人民政府办公室</span></div>'
             f'<div class="Detail_content__4Rt">{content}</div></article></div></div>'
             '<script id="__NEXT_DATA__" type="application/json">{"props":{"title":"x","content":"var y"}}</script>')
    return wrap(inner)


def jcms_page(content: str) -> bytes:
    """Hanweb JCMS 5/6: ZJEG_RSS markers and <meta name="ContentStart"> inside #zoom, ArticleTitle/PubDate metas."""
    metas = (f'<meta name="ArticleTitle" content="{TITLE}"><meta name="PubDate" content="2022-01-20 10:32">'
             '<meta name="ContentSource" content="某某区人民政府办公室">')
    inner = ('<table width="1000" align="center" class="main"><tr><td><div class="bt-position">您当前的位置：'
             '<a>首页</a> &gt; <a>政府信息公开年报</a></div></td></tr><tr><td>'
             f'<div class="title">{TITLE}</div><div class="fbxx">发布日期：2022-01-20 来源：某某区人民政府办公室 '
             '浏览次数：<span id="c">0</span> 字号：[<a>大</a> <a>中</a> <a>小</a>]</div>'
             '<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
             f'{content}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div></td></tr>'
             f'<tr><td>{TOOLS}{SHARE}</td></tr></table>')
    return wrap(inner, headx=metas)


def pageadmin_page(content: str) -> bytes:
    """PageAdmin CMS: .pa_content inside a side-by-side layout with a left column nav."""
    inner = ('<div class="pa_main"><div class="pa_left"><div class="pa_subnav"><ul>' + "".join(
        f'<li><a href="/zwgk/{i}/">栏目菜单项{i}</a></li>' for i in range(25)) + '</ul></div></div>'
        '<div class="pa_right"><div class="pa_location">当前位置：<a>首页</a> &gt; <a>政务公开</a></div>'
        f'<div class="pa_article"><h1 class="pa_title">{TITLE}</h1><div class="pa_info">发布时间：2022-01-20 '
        '作者：区政府办 点击：<span id="pa_clicks">12</span></div><div class="pa_content" id="pa_content">'
        f'{content}</div><div class="pa_prenext">上一篇：<a>某某区2020年政府信息公开工作年度报告</a> 下一篇：没有了</div>'
        '</div></div></div>')
    return wrap(inner)


def jinpan_page(content: str) -> bytes:
    """金盘/ZWGK 公开目录 article: left catalogue tree, 索引号 grid, then the text in a zwgk content div."""
    tree = '<div class="gkml-tree"><h3>信息公开目录</h3><ul>' + "".join(
        f"<li><a>栏目菜单项{i}</a></li>" for i in range(30)) + "</ul></div>"
    grid = ('<table class="xxgk_table" width="100%" border="1"><tr><td>索引号：</td><td>014416330/2022-00056</td>'
            '<td>主题分类：</td><td>综合政务/政务公开</td></tr><tr><td>发布机构：</td><td>某某区人民政府办公室</td>'
            '<td>发文日期：</td><td>2022-01-20</td></tr><tr><td>名 称：</td>'
            f'<td colspan="3">{TITLE}</td></tr><tr><td>文 号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>')
    inner = (f'<div class="gkml-wrap">{tree}<div class="gkml-right"><div class="lm">信息公开目录 &gt; 政府信息公开年报</div>'
             f'{grid}<div class="zwgk_title"><h2>{TITLE}</h2></div><div class="zwgk_content" id="zwgkContent">{content}'
             f'</div>{TOOLS}</div></div>')
    return wrap(inner)


def double_trs_page(content: str) -> bytes:
    """Body split over two TRS_Editor divs (text part, then an appended part) inside one .view."""
    cut = content.rfind("<p", 0, content.index("四、政府信息公开行政复议"))
    a, b = content[:cut], content[cut:]
    inner = (f'<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2022-01-20 来源：某某区人民政府办公室</div>'
             f'<div class="view"><div class="TRS_Editor"><style>.TRS_Editor P{{font-family:宋体;}}</style>{a}</div>'
             f'<div class="TRS_Editor"><style>.TRS_Editor P{{font-family:宋体;}}</style>{b}</div></div>{TOOLS}{SHARE}</div>')
    return wrap(inner)


def onecell_page(content: str) -> bytes:
    """Layout table: left menu column, right column with a one-cell table holding the article (gb2312)."""
    page = (f'<html>{head(title=TITLE, charset="gb2312")}<body><table width="1000" align="center"><tr><td colspan="2">'
            f'<img src="/top.jpg"></td></tr><tr><td width="200" valign="top"><table>{LEFTMENU}</table></td>'
            '<td width="800" valign="top"><table width="100%"><tr><td>您现在的位置：首页 &gt;&gt; 政务公开</td></tr></table>'
            f'<table width="100%" border="0"><tr><td align="center" class="bt">{TITLE}</td></tr>'
            '<tr><td align="center">发布日期：2022年1月20日 &nbsp; 来源：某某区人民政府办公室</td></tr></table>'
            f'<table width="96%" align="center" class="nr"><tr><td class="content">{content}</td></tr></table>'
            f'<table width="100%"><tr><td align="right">{TOOLS}</td></tr></table></td></tr>'
            f'<tr><td colspan="2">{BOTTOM}</td></tr></table></body></html>')
    return page.encode("gb18030")  # served as gb2312-labelled GBK bytes; © needs GB18030


def longside_page(content: str) -> bytes:
    """Article column next to a sidebar much longer (in text) than the report itself."""
    inner = (f'<div class="container"><div class="col-main"><div class="article"><h1>{TITLE}</h1>'
             '<div class="meta">发布时间：2022-01-20 来源：某某区人民政府办公室</div>'
             f'<div class="article-text">{content}</div>{TOOLS}</div></div><div class="col-side">{SIDEBAR}{SIDEBAR}</div></div>')
    return wrap(inner)


def a11y_page(content: str) -> bytes:
    """关怀版/长者模式 injected markup: a second toolbar inserted inside the article, aria labels, a speech button."""
    care = ('<div class="care-mode" role="toolbar" aria-label="关怀版工具条"><button>关怀版</button><button>长者模式</button>'
            '<button>适老化</button><button>阅读模式</button><span class="speak">语音朗读</span></div>')
    inner = (f'<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2022-01-20</div>{care}'
             f'<div class="article-con" id="zoom">{content}</div>{care}</div>'
             '<script>window.aria && aria.start({toolbar:"无障碍浏览"});</script>')
    return wrap(inner)


def cookie_page(content: str) -> bytes:
    """Consent banner before and a floating widget after the article."""
    inner = (f'<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2022-01-20</div>'
             f'<div class="article-content">{content}</div>{TOOLS}</div>')
    return wrap(inner, before=COOKIE, after=COOKIE)


def printdup_page(content: str) -> bytes:
    """A print-only copy of the article (class print-only, hidden on screen by the CSS in <head>) before the visible one."""
    css = '<style>.print-only{display:none}@media print{.print-only{display:block}.screen{display:none}}</style>'
    inner = (f'<div class="print-only" style="display:none"><h1>{TITLE}</h1>{content}</div>'
             f'<div class="article screen"><h1>{TITLE}</h1><div class="info">发布时间：2022-01-20</div>'
             f'<div class="article-content">{content}</div>{TOOLS}</div>')
    return wrap(inner, headx=css)


SHELLS = {"linewell": linewell_page, "ctyun": ctyun_page, "sitefactory": sitefactory_page, "vue": vue_page,
          "react": react_page, "jcms": jcms_page, "pageadmin": pageadmin_page, "jinpan": jinpan_page,
          "double_trs": double_trs_page, "onecell": onecell_page, "longside": longside_page, "a11y": a11y_page,
          "cookie": cookie_page, "printdup": printdup_page}


# ---------------------------------------------------------------------------------------------------------------
# 1. every shell: body, order, once, title, date, sections (spec 2 / 3.4: report text without chrome)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_shell_body_and_sections(shell: str) -> None:
    check(one(SHELLS[shell](report_html())))


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_shell_body_starts_with_intro_ends_with_signature(shell: str) -> None:
    r = one(SHELLS[shell](report_html()))
    assert squash(r.body).startswith(squash(INTRO[:20])), r.body[:300]
    assert squash(r.body).endswith(squash(SIGN[1])), r.body[-300:]


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_shell_span_paragraphs_bold_headings(shell: str) -> None:
    """Editors' output: <p><span style=仿宋> paragraphs, <strong> headings (spec 1(c) section heads)."""
    check(one(SHELLS[shell](report_html("strong", para="span"))))


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_shell_section_offsets_point_at_headings(shell: str) -> None:
    """Section.start is an offset in body: body at start begins with the heading's title text."""
    r = one(SHELLS[shell](report_html()))
    tops = [s for s in r.sections if s.number in [n for n, _ in HEADS]]
    assert len(tops) == 6
    for s in tops:
        window = squash(r.body[s.start:s.start + 40])
        assert squash(s.title)[:4] in window, (s.number, s.title, r.body[s.start:s.start + 40])
    assert [s.start for s in tops] == sorted(s.start for s in tops)


@pytest.mark.parametrize("shell", ["linewell", "ctyun", "sitefactory", "vue", "jcms", "pageadmin", "jinpan",
                                   "double_trs", "onecell", "longside"])
def test_shell_t2021_tables(shell: str) -> None:
    """A t2021 report with its tables in each shell: facts read, sections found, no chrome (spec 1(c), 2)."""
    r = one(SHELLS[shell](t2021_body("某某区")))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and f.get("active.normative.in_force") == 25, f
    assert all_chrome(r.body) == []
    assert [n for n, _ in top_sections(r)][:6] == ["一", "二", "三", "四", "五", "六"]


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_shell_year(shell: str) -> None:
    """Year from the 统计期限 sentence / title (spec 2.6, 3.2)."""
    r = one(SHELLS[shell](report_html()))
    assert r.year == 2021


# ---------------------------------------------------------------------------------------------------------------
# 2. shape-specific cases
# ---------------------------------------------------------------------------------------------------------------

def test_double_trs_editor_both_halves_in_order() -> None:
    r = one(double_trs_page(report_html()))
    assert missing_or_out_of_order(r.body, [SEC_TEXT["三"], SEC_TEXT["四"], SEC_TEXT["五"], SEC_TEXT["六"]]) == []


def test_double_trs_editor_style_block_not_in_body() -> None:
    r = one(double_trs_page(report_html()))
    assert "font-family" not in r.body and "TRS_Editor" not in r.body


def test_sitefactory_viewstate_not_in_body() -> None:
    r = one(sitefactory_page(report_html()))
    assert "wEPDw" not in r.body and "搜索" not in r.body


def test_sitefactory_slash_date_with_time() -> None:
    """发布时间 printed as 2022/1/20 10:32:11 -> ISO date."""
    r = one(sitefactory_page(report_html()))
    assert r.published == "2022-01-20"


def test_react_chinese_date() -> None:
    r = one(react_page(report_html()))
    assert r.published == "2022-01-20"


def test_react_json_state_not_in_body() -> None:
    r = one(react_page(report_html()))
    assert "__NEXT_DATA__" not in r.body and '"props"' not in r.body


def test_vue_chunk_scripts_and_data_v_not_in_body() -> None:
    r = one(vue_page(report_html()))
    assert "chunk-vendors" not in r.body and "data-v" not in r.body


def test_jcms_content_markers_not_in_body() -> None:
    r = one(jcms_page(report_html()))
    assert "ZJEG_RSS" not in r.body and "ContentStart" not in r.body


def test_jinpan_grid_date_and_title() -> None:
    """Catalogue page: the 索引号 grid gives 发文日期 and 名称 (spec 3.1 metadata blocks)."""
    r = one(jinpan_page(report_html()))
    assert r.title == TITLE and r.published == "2022-01-20"
    assert "014416330/2022-00056" not in r.body


def test_linewell_grid_index_number_not_in_body() -> None:
    r = one(linewell_page(report_html()))
    assert "11330110002XXXXX" not in r.body and "发文字号" not in r.body


def test_onecell_gbk_body_decoded() -> None:
    """gb2312-labelled page decoded (spec 3.6), article from the one-cell table, not the left menu."""
    r = one(onecell_page(report_html()))
    check(r)
    assert "栏目菜单项" not in r.body


def test_onecell_rare_char_in_gb18030() -> None:
    """A name with a character outside GB2312 (镕) in a gb2312-labelled page: decode as GB18030 (spec 3.6)."""
    html = report_html().replace("开展业务培训2次", "开展业务培训2次，邀请王镕同志授课")
    r = one(onecell_page(html))
    assert "王镕同志" in r.body


def test_long_sidebar_not_chosen_as_body() -> None:
    r = one(longside_page(report_html()))
    assert "热点专题" not in r.body and "放管服" not in r.body
    assert len(r.body) < 3000


def test_long_sidebar_left_of_article() -> None:
    """Sidebar placed before the article in source order."""
    html = report_html()
    inner = (f'<div class="container"><div class="col-side">{SIDEBAR}{SIDEBAR}</div><div class="col-main">'
             f'<div class="article"><h1>{TITLE}</h1><div class="meta">发布时间：2022-01-20</div>'
             f'<div class="article-text">{html}</div>{TOOLS}</div></div></div>')
    check(one(wrap(inner)))


def test_a11y_toolbar_inside_article_not_in_body() -> None:
    r = one(a11y_page(report_html()))
    assert "语音朗读" not in r.body and "关怀版" not in r.body


def test_cookie_banner_twice_not_in_body() -> None:
    r = one(cookie_page(report_html()))
    assert "Cookie" not in r.body and "同意" not in r.body


def test_print_duplicate_counted_once() -> None:
    r = one(printdup_page(report_html()))
    assert squash(r.body).count(squash(SUB_TEXT["监督保障"])) == 1
    assert squash(r.body).count(squash(INTRO)) == 1


def test_print_duplicate_via_class_only() -> None:
    """Print-only copy hidden by a class rule alone (no inline style): still one copy of the text."""
    css = '<style>.print-only{display:none}</style>'
    html = report_html()
    inner = (f'<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2022-01-20</div>'
             f'<div class="article-content">{html}</div>{TOOLS}</div><div class="print-only" hidden>{html}</div>')
    r = one(wrap(inner, headx=css))
    assert squash(r.body).count(squash(SEC_TEXT["五"])) == 1


def test_floating_widget_inside_content_container() -> None:
    """A floating 纠错/反馈 widget injected at the end of the content div."""
    r = one(ctyun_page(report_html() + FLOAT))
    check(r)


def test_attachment_line_in_pageadmin() -> None:
    r = one(pageadmin_page(report_html()))
    assert squash(ATTACH) in squash(r.body)


def test_pageadmin_prevnext_title_not_used() -> None:
    page = pageadmin_page(report_html()).replace(f"<title>{TITLE}_{SITE}</title>".encode(), f"<title>{SITE}</title>".encode())
    r = one(page)
    assert r.title == TITLE and r.year == 2021


def test_vue_title_tag_is_app_name() -> None:
    """SPA <title> carries the app name only; the h1 gives the title."""
    page = vue_page(report_html()).replace(f"<title>{TITLE}_{SITE}</title>".encode(), "<title>政务服务网</title>".encode())
    assert one(page).title == TITLE


def test_jcms_meta_title_when_h1_missing() -> None:
    """JCMS ArticleTitle meta gives the title when the page title is generic."""
    page = jcms_page(report_html()).replace(f"<title>{TITLE}_{SITE}</title>".encode(), f"<title>{SITE}</title>".encode())
    assert one(page).title == TITLE


def test_linewell_sub_heading_run_in_bold() -> None:
    """<p><strong>（一）主动公开。</strong>text</p> in a Linewell page (spec 1(c) sub-sections)."""
    html = report_html()
    for snum, stitle in SUBS:
        html = html.replace(f"<p>（{snum}）{stitle}</p><p>{SUB_TEXT[stitle]}</p>",
                            f"<p><strong>（{snum}）{stitle}。</strong>{SUB_TEXT[stitle]}</p>")
    r = one(linewell_page(html))
    assert top_sections(r) == HEADS
    assert [n for n, _ in sub_sections(r)] == [n for n, _ in SUBS]


# ---------------------------------------------------------------------------------------------------------------
# 3. harder variants of the same shapes
# ---------------------------------------------------------------------------------------------------------------

def test_double_trs_editor_with_attachment_block_between() -> None:
    """TRS page where the second TRS_Editor follows a 附件 block (editor appended the tables later)."""
    html = report_html()
    cut = html.rfind("<p", 0, html.index("四、政府信息公开行政复议"))
    inner = (f'<div class="article"><h1>{TITLE}</h1><div class="info">发布时间：2022-01-20</div>'
             f'<div class="TRS_Editor">{html[:cut]}</div><div class="fj"><span>相关附件：</span></div>'
             f'<div class="TRS_Editor">{html[cut:]}</div>{TOOLS}</div>')
    r = one(wrap(inner))
    assert missing_or_out_of_order(r.body, report_paragraphs()) == [], r.body[-500:]


def test_sitefactory_br_separated_gbk() -> None:
    """Old ASP.NET SiteFactory: the text in a <span id=..lblContent> with <br> line breaks, GBK bytes (spec 3.6)."""
    lines = report_paragraphs()
    content = '<span id="ctl00_ContentPlaceHolder1_lblContent">' + "<br />".join(
        "&nbsp;&nbsp;&nbsp;&nbsp;" + x for x in lines) + "</span>"
    page = sitefactory_page(content).decode().replace('charset=utf-8', 'charset=gb2312').encode("gb18030")
    r = one(page)
    check(r)


def test_vue_noscript_copy_not_doubled() -> None:
    """SPA with a <noscript> server fallback repeating the article: one copy in body."""
    html = report_html()
    page = vue_page(html).replace(b"</body>", f"<noscript><div>{html}</div></noscript></body>".encode())
    r = one(page)
    assert squash(r.body).count(squash(SEC_TEXT["五"])) == 1


def test_sidebar_of_paragraph_summaries_longer_than_article() -> None:
    """A sidebar of news summaries in <p> (not links) with more text than the report."""
    side = '<div class="col-side"><h3>热点专题</h3>' + "".join(
        f"<p>某某区召开第{i}次常务会议，研究部署优化营商环境、安全生产和民生实事项目推进工作，会议要求各部门强化责任担当。</p>"
        for i in range(60)) + "</div>"
    inner = (f'<div class="container"><div class="col-main"><div class="article"><h1>{TITLE}</h1>'
             f'<div class="meta">发布时间：2022-01-20</div><div class="article-text">{report_html()}</div></div></div>'
             f'{side}</div>')
    r = one(wrap(inner))
    check(r)
    assert "常务会议" not in r.body


def test_feedback_form_inside_content_not_in_body() -> None:
    """A 意见反馈 form injected at the end of the content container."""
    form = ('<div class="feedback"><h4>意见反馈</h4><form action="/fk.do"><textarea name="c" placeholder="请输入您的意见">'
            '</textarea><input type="text" placeholder="验证码"><button>提交</button></form></div>')
    r = one(linewell_page(report_html() + form))
    check(r)
    assert "验证码" not in r.body and "提交" not in r.body


def test_onecell_with_wordy_left_menu() -> None:
    """Left menu items carry long descriptions: still the one-cell article wins."""
    menu = "".join(f"<tr><td><a>栏目菜单项{i}</a><br>本栏目发布某某区各部门政策文件、规划计划、财政预决算及重点领域信息。</td></tr>"
                   for i in range(50))
    page = onecell_page(report_html()).decode("gb18030").replace(LEFTMENU, menu).encode("gb18030")
    r = one(page)
    check(r)
    assert "财政预决算" not in r.body


def test_jcms_related_attachments_after_content_end() -> None:
    """JCMS: 相关附件 list after <meta name="ContentEnd"> inside #zoom is chrome, the report's 附件 line is kept."""
    html = report_html() + ('<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><div class="xgfj">相关文件：'
                            '<a>某某区2020年政府信息公开工作年度报告</a></div>')
    r = one(jcms_page(html))
    assert squash(ATTACH) in squash(r.body)
    assert "相关文件" not in r.body


def test_a11y_aria_hidden_tooltips_not_in_body() -> None:
    """无障碍 scripts add aria tooltips/speech spans inside paragraphs' parent: not report text."""
    tip = '<div id="ariaTipText" role="tooltip" aria-hidden="true" style="display:none">无障碍浏览 提示：按Alt+Shift+A打开长者模式</div>'
    r = one(a11y_page(tip + report_html() + tip))
    check(r)
    assert "Alt+Shift" not in r.body


def test_pageadmin_bom_beats_gbk_header() -> None:
    """UTF-8 BOM with an HTTP header saying gbk: BOM wins (spec 3.6 decode priority)."""
    page = b"\xef\xbb\xbf" + pageadmin_page(report_html())
    r = parse((URL, page), headers={"content-type": "text/html; charset=gbk"})
    check(r)


def test_ctyun_chinese_date_with_time() -> None:
    """发布时间：2022年01月20日 09:30 on a 天翼云 portal -> 2022-01-20."""
    page = ctyun_page(report_html()).replace("发布时间：2022-01-20 09:30:00".encode(), "发布时间：2022年01月20日 09:30".encode())
    r = one(page)
    assert r.published == "2022-01-20"
    check(r)
