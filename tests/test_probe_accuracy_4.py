"""Fourth independent accuracy probe of `parse_report`: body text and sections on real CMS article pages.

Built from the spec (report body "without navigation, footers, share buttons or aggregator noise", sections 一…六 and
（一）… sub-sections, CMS containers 3.4) and from how TRS, Hanweb, 开普云/UCAP, gkmlpt, Lonsun, DedeCMS, WordPress-like
and old ASP portals lay out an article page, not from the code. Each case builds page bytes with the chrome those
portals really carry and asserts: no chrome line in `body`, every report paragraph present and in order, sections with
the right numbers and titles, title and published date.
"""

from __future__ import annotations

import re

import pytest
from test_probe_accuracy import facts, failing, parse, t2021_body

from pipelines.records import Report

TITLE = "某某区2021年政府信息公开工作年度报告"
URL = "http://www.example.gov.cn/art/2022/1/20/art_1_123.html"

# ---------------------------------------------------------------------------------------------------------------
# the report itself: paragraphs, headings, sub-headings, attachment line and signature
# ---------------------------------------------------------------------------------------------------------------

HEADS = [("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
         ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"), ("六", "其他需要报告的事项")]
SUBS = [("一", "主动公开"), ("二", "依申请公开"), ("三", "政府信息管理"), ("四", "平台建设"), ("五", "监督保障")]

INTRO = "本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
SUB_TEXT = {
    "主动公开": "全年通过区政府门户网站主动公开政府信息1520条，其中政策文件86条。",
    "依申请公开": "全年共受理政府信息公开申请14件，均在法定期限内答复。",
    "政府信息管理": "严格落实信息发布审查制度，动态更新政府信息公开指南。",
    "平台建设": "优化政府门户网站信息公开专栏，完成适老化和无障碍改造。",
    "监督保障": "将政务公开工作纳入年度绩效考核，开展业务培训2次。",
}
SEC_TEXT = {
    "二": "本年度制发规章0件，现行有效规范性文件25件，详见下表。",
    "三": "本年度新收政府信息公开申请14件，上年结转2件，详见下表。",
    "四": "本年度发生政府信息公开行政复议2件、行政诉讼1件。",
    "五": "一是公开内容的全面性有待提高；二是政策解读形式较为单一。下一步，将加强业务培训，丰富解读形式。",
    "六": "本年度未收取信息处理费。本机关无其他需要报告的事项。",
}
ATTACH = "附件：某某区2021年政府信息公开工作年度报告.pdf"
SIGN = ("某某区人民政府办公室", "2022年1月20日")


def report_paragraphs() -> list[str]:
    """The report's own lines in reading order (headings included), as a reader copies them."""
    out = [INTRO]
    for num, title in HEADS:
        out.append(f"{num}、{title}")
        if num == "一":
            for snum, stitle in SUBS:
                out.append(f"（{snum}）{stitle}")
                out.append(SUB_TEXT[stitle])
        else:
            out.append(SEC_TEXT[num])
    return [*out, ATTACH, *SIGN]


def heading(text: str, style: str) -> str:
    """A section heading in one of the ways CMS editors produce it."""
    if style == "p":
        return f"<p>{text}</p>"
    if style == "strong":
        return f'<p style="text-indent:2em;"><strong>{text}</strong></p>'
    if style == "bspan":
        return f'<p style="text-indent:2em;"><span style="font-weight:bold;font-family:黑体">{text}</span></p>'
    if style == "h3":
        return f"<h3>{text}</h3>"
    if style == "font":
        return f'<p><font face="黑体" size="3"><b>{text}</b></font></p>'
    raise ValueError(style)


def report_html(style: str = "p", sub_style: str | None = None, *, attach_href: str = "/module/download/downfile.jsp?"
                "classid=0&filename=nb2021.pdf", para: str = "p") -> str:
    sub_style = sub_style or style
    ptag = (lambda t: f'<p style="text-indent:2em;"><span style="font-size:16px;font-family:仿宋_GB2312">{t}</span></p>') \
        if para == "span" else (lambda t: f"<p>{t}</p>")
    parts = [ptag(INTRO)]
    for num, title in HEADS:
        parts.append(heading(f"{num}、{title}", style))
        if num == "一":
            for snum, stitle in SUBS:
                parts.append(heading(f"（{snum}）{stitle}", sub_style))
                parts.append(ptag(SUB_TEXT[stitle]))
        else:
            parts.append(ptag(SEC_TEXT[num]))
    parts.append(f'<p>附件：<a href="{attach_href}">某某区2021年政府信息公开工作年度报告.pdf</a></p>')
    parts.append(f'<p style="text-align:right">{SIGN[0]}</p><p style="text-align:right">{SIGN[1]}</p>')
    return "".join(parts)


# ---------------------------------------------------------------------------------------------------------------
# portal chrome as the platforms carry it
# ---------------------------------------------------------------------------------------------------------------

NAV = "".join(f'<li><a href="/col/col{1000 + i}/index.html">导航栏目{i}号</a></li>' for i in range(120))
CHROME_LINES = [  # text that must never reach `body`
    "导航栏目7号", "当前位置", "字号", "打印本页", "关闭窗口", "扫一扫在手机打开当前页", "分享到", "QQ空间",
    "上一篇", "下一篇", "相关链接", "无障碍浏览", "长者模式", "网站标识码", "ICP备", "公安备案", "版权所有",
    "document.write", "浏览次数", "政府网站找错", "TRS_Editor", "font-family", "var ", "相关文件", "责任编辑",
]
TOPBAR = ('<div class="topbar"><a href="javascript:void(0)" id="wza">无障碍浏览</a> <a id="zzms">长者模式</a> '
          '<a href="/">繁體版</a> <a href="/wap/">手机版</a></div>')
HEADER = f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="某某区人民政府"></div><ul class="nav">{NAV}</ul></div>'
CRUMB = '<div class="position">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开年报</a></div>'
FONTSIZE = ('<div class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a></div>')
TOOLS = ('<div class="tools"><a href="javascript:window.print()">【打印本页】</a> '
         '<a href="javascript:window.close()">【关闭窗口】</a></div>')
QR = ('<div class="qrcode"><img src="/images/qrcode.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>')
SHARE = ('<div class="bshare-custom">分享到：<a class="bshare-weixin">微信</a><a class="bshare-sinaminiblog">微博</a>'
         '<a class="bshare-qzone">QQ空间</a></div>')
PREVNEXT = ('<div class="prevnext"><p>上一篇：<a href="/art/2021/1/20/art_1_100.html">某某区2020年政府信息公开工作年度报告</a></p>'
            '<p>下一篇：<a href="/art/2023/1/20/art_1_200.html">某某区2022年政府信息公开工作年度报告</a></p></div>')
RELATED = ('<div class="related"><h4>相关链接</h4><ul>' + "".join(
    f'<li><a href="/art/2021/3/{i}/art_1_{i}.html">某某区第{i}批政务公开重点工作任务分工方案</a></li>' for i in range(1, 9))
    + "</ul></div>")
FOOTER = ('<div class="footer"><p>主办单位：某某区人民政府办公室 版权所有 承办：某某区大数据中心</p>'
          '<p>网站标识码：3301100001 <a href="https://beian.miit.gov.cn">浙ICP备05001234号-1</a> '
          '<img src="/images/ga.png">浙公网安备 33011002000123号（公安备案）</p><p>政府网站找错</p>'
          '<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script></div>')
SCRIPT = '<script>var ucapTitle="x"; document.write("<span>访问量</span>");</script>'


def full_page(inner: str, *, title: str = TITLE, site: str = "某某区人民政府") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title>{SCRIPT}</head>'
            f"<body>{TOPBAR}{HEADER}{CRUMB}{inner}{RELATED}{FOOTER}</body></html>").encode()


def trs_page(content: str) -> bytes:
    """TRS WCM: div.view > div.TRS_Editor with the editor's own <style> block inside."""
    inner = (f'<div class="article"><h1>{TITLE}</h1><div class="info"><span>发布时间：2022-01-20 10:32</span>'
             f'<span>来源：某某区人民政府办公室</span><span>浏览次数：<script>document.write(123)</script></span>{FONTSIZE}</div>'
             '<div class="view TRS_UEDITOR trs_paper_default trs_web"><div class="TRS_Editor">'
             '<style type="text/css">.TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:1.5;font-family:宋体;'
             'font-size:12pt;}.TRS_Editor DIV{font-family:宋体;}</style>'
             f'<div class=Custom_UnionStyle>{content}</div></div></div>{TOOLS}{SHARE}{QR}{PREVNEXT}</div>')
    return full_page(inner)


def hanweb_page(content: str) -> bytes:
    """Hanweb jcms: table-based article page, #zoom inside a td, <!--<$[信息内容]>begin--> markers."""
    inner = (f'<table width="1000" align="center"><tr><td class="title" align="center">{TITLE}</td></tr>'
             '<tr><td align="center">发布日期：2022-01-20 &nbsp; 信息来源：某某区人民政府办公室 &nbsp; 浏览次数：'
             f'<script language="javascript">document.write(456);</script> {FONTSIZE}</td></tr>'
             '<tr><td><div id="zoom"><!--<$[信息内容]>begin-->'
             f'{content}<!--<$[信息内容]>end--></div></td></tr>'
             f'<tr><td>{TOOLS}{QR}</td></tr><tr><td>{SHARE}</td></tr></table>')
    return full_page(inner)


def ucap_page(content: str) -> bytes:
    """开普云/UCAP: #UCAP-CONTENT inside .article, ucap assets."""
    inner = ('<script src="/ucap/source/js/ucap.js"></script><div class="article"><div class="article-title">'
             f'<h1>{TITLE}</h1></div><div class="article-info">发布时间：2022-01-20 来源：某某区人民政府办公室 {FONTSIZE}</div>'
             f'<div class="article-content" id="UCAP-CONTENT">{content}</div>{SHARE}{TOOLS}{QR}{PREVNEXT}</div>')
    return full_page(inner)


def gkmlpt_page(content: str) -> bytes:
    """Guangdong gkmlpt: a 索引号 metadata table above .article-content."""
    meta = ('<div class="introduce"><table><tr><td>索引号：</td><td>11441900007XXXXX/2022-00012</td><td>分类：</td>'
            '<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>某某区人民政府办公室</td><td>成文日期：</td>'
            '<td>2022-01-18</td></tr><tr><td>名称：</td>'
            f'<td colspan="3">{TITLE}</td></tr><tr><td>文号：</td><td></td><td>发布日期：</td><td>2022-01-20</td></tr></table></div>')
    inner = (f'<div class="content"><script>var SID = "0001";</script>{meta}<div class="article">'
             f'<h1 class="title">{TITLE}</h1><div class="article-content">{content}</div>'
             f'<div class="article-tools">{TOOLS}{SHARE}</div></div></div>')
    return full_page(inner)


def lonsun_page(content: str) -> bytes:
    """Anhui 龙讯 (Lonsun): .j-fontContent#zoom, 相关文件 and 扫一扫 inside the article block."""
    inner = ('<div class="wzy_box"><div class="wzy_tit"><h1 class="newstitle">' + TITLE + '</h1></div>'
             '<div class="newsinfo">发布时间：2022-01-20 10:00 信息来源：某某区人民政府办公室 阅读次数：<span id="hits">88</span>'
             f' {FONTSIZE}</div><div class="wzy_con"><div id="zoom" class="j-fontContent newscontnet minh500">{content}</div>'
             '<div class="xgwj"><h4>相关文件</h4><ul><li><a href="/public/1/2.html">某某区政务公开工作要点</a></li></ul></div>'
             f'</div>{QR}{SHARE}{TOOLS}</div>')
    return full_page(inner)


def dede_page(content: str) -> bytes:
    """DedeCMS: .content with 上一篇/下一篇 (div.context) and 责任编辑 inside the same article block."""
    inner = (f'<div class="viewbox"><div class="title"><h2>{TITLE}</h2></div><div class="info"><small>时间:</small>2022-01-20 '
             '<small>来源:</small>某某区人民政府办公室 <small>点击:</small><script src="/plus/count.php?aid=12"></script>次</div>'
             f'<div class="content"><table width="100%"><tr><td>{content}</td></tr></table></div>'
             '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
             '<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/1.html">某某区2020年度报告</a></li>'
             '<li>下一篇：没有了</li></ul></div><div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php">收藏</a></li>'
             '<li id="act-err"><a href="/plus/erraddsave.php">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php">推荐</a></li>'
             '<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>'
             '<div class="editor">（责任编辑：admin）</div></div>')
    return full_page(inner)


def wp_page(content: str) -> bytes:
    """WordPress-like custom site: article.post > .entry-content with a share plugin block inside entry-content."""
    inner = (f'<main><article class="post"><header class="entry-header"><h1 class="entry-title">{TITLE}</h1>'
             '<div class="entry-meta"><span class="posted-on">发布于 <time datetime="2022-01-20T09:00:00+08:00">2022年1月20日'
             '</time></span> <span class="byline">作者：区政府办</span></div></header><div class="entry-content">'
             f'{content}<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">分享到：</h3><ul><li>微信</li>'
             '<li>微博</li><li>QQ空间</li></ul></div></div><footer class="entry-footer">分类：<a>政务公开</a> 标签：<a>年报</a>'
             f'</footer></article><nav class="post-navigation">{PREVNEXT}</nav></main>')
    return full_page(inner)


def asp_page(content: str) -> bytes:
    """Old ASP site: nested layout tables, font tags, content in a td, 【打印本页】【关闭窗口】 right under it."""
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{TITLE}</title></head>'
            '<body><table width="778" align="center"><tr><td>' + TOPBAR + HEADER + '</td></tr>'
            '<tr><td><table width="100%"><tr><td width="180" valign="top"><table>' + "".join(
                f"<tr><td><a href='/list.asp?id={i}'>栏目导航第{i}项</a></td></tr>" for i in range(30)) + '</table></td>'
            '<td valign="top"><table width="100%"><tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; 政务公开 &gt;&gt; 年报</td></tr>'
            f'<tr><td align="center"><font size="4"><b>{TITLE}</b></font></td></tr>'
            '<tr><td align="center">作者：区政府办 &nbsp; 来源：本站原创 &nbsp; 点击数：<script src="/count.asp?id=9"></script> '
            '&nbsp; 更新时间：2022-1-20</td></tr>'
            f'<tr><td class="content"><font style="font-size:14px">{content}</font></td></tr>'
            '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】'
            '</td></tr><tr><td>上一篇：<a href="/show.asp?id=8">某某区2020年度报告</a><br>下一篇：没有了</td></tr></table>'
            '</td></tr></table></td></tr><tr><td align="center">版权所有：某某区人民政府 备案号：浙ICP备05001234号 '
            '技术支持：某某网络</td></tr></table></body></html>')
    return page.encode("gbk")


SHELLS = {"trs": trs_page, "hanweb": hanweb_page, "ucap": ucap_page, "gkmlpt": gkmlpt_page, "lonsun": lonsun_page,
          "dede": dede_page, "wp": wp_page, "asp": asp_page}

# ---------------------------------------------------------------------------------------------------------------
# helpers on the result
# ---------------------------------------------------------------------------------------------------------------


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u3000", "").replace("\xa0", ""))


def chrome_in(body: str) -> list[str]:
    flat = squash(body)
    return [c for c in CHROME_LINES if squash(c) in flat]


def missing_or_out_of_order(body: str, paras: list[str]) -> list[str]:
    """Paragraphs not found in body after the previous one (whitespace-insensitive)."""
    flat, pos, bad = squash(body), 0, []
    for para in paras:
        i = flat.find(squash(para), pos)
        if i < 0:
            bad.append(para)
        else:
            pos = i + len(squash(para))
    return bad


def num(section_number: str) -> str:
    return section_number.strip("（）() 、.")


def top_sections(r: Report) -> list[tuple[str, str]]:
    return [(s.number, s.title) for s in r.sections if num(s.number) == s.number.strip("、. ")
            and not re.match(r"[（(]", s.number)]


def sub_sections(r: Report) -> list[tuple[str, str]]:
    return [(num(s.number), s.title) for s in r.sections if re.match(r"[（(]", s.number)]


def check_report(r: Report, *, sections: bool = True) -> None:
    assert r.title == TITLE
    assert r.published == "2022-01-20"
    assert chrome_in(r.body) == [], r.body[:3000]
    assert missing_or_out_of_order(r.body, report_paragraphs()) == [], r.body[:3000]
    if sections:
        assert top_sections(r) == HEADS, [(s.number, s.title) for s in r.sections]
        assert sub_sections(r) == SUBS, [(s.number, s.title) for s in r.sections]


def one(body: bytes, url: str = URL) -> Report:
    return parse((url, body))


# ---------------------------------------------------------------------------------------------------------------
# 1. every platform, plain <p> headings
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_platform_body_and_sections(shell: str) -> None:
    check_report(one(SHELLS[shell](report_html())))


@pytest.mark.parametrize("shell", sorted(SHELLS))
def test_platform_body_starts_with_report_and_ends_with_signature(shell: str) -> None:
    r = one(SHELLS[shell](report_html()))
    assert squash(r.body).startswith(squash(INTRO[:20])), r.body[:300]
    assert squash(r.body).endswith(squash(SIGN[1])), r.body[-300:]


# ---------------------------------------------------------------------------------------------------------------
# 2. heading styles
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("style", ["strong", "bspan", "h3", "font"])
@pytest.mark.parametrize("shell", ["trs", "hanweb", "ucap"])
def test_heading_styles(shell: str, style: str) -> None:
    check_report(one(SHELLS[shell](report_html(style, para="span"))))


def test_bold_top_headings_plain_sub_headings() -> None:
    check_report(one(trs_page(report_html("strong", "p"))))


def test_heading_and_text_in_same_paragraph_strong_run_in() -> None:
    """<p><strong>（一）主动公开。</strong>全年通过…</p>: the sub-heading is the bold run-in, not the whole sentence."""
    html = report_html()
    for stitle, text in SUB_TEXT.items():
        snum = next(n for n, t in SUBS if t == stitle)
        html = html.replace(f"<p>（{snum}）{stitle}</p><p>{text}</p>", f"<p><strong>（{snum}）{stitle}。</strong>{text}</p>")
    r = one(trs_page(html))
    assert top_sections(r) == HEADS
    subs = sub_sections(r)
    assert [n for n, _ in subs] == [n for n, _ in SUBS]
    assert all(t.rstrip("。") == e for (_, t), (_, e) in zip(subs, SUBS, strict=True)), subs


def test_headings_with_nbsp_and_ideographic_indent() -> None:
    html = report_html()
    for n, t in HEADS:
        html = html.replace(f"<p>{n}、{t}</p>", f"<p>&nbsp;&nbsp;\u3000\u3000{n}、{t}&nbsp;</p>")
    r = one(hanweb_page(html))
    assert top_sections(r) == HEADS


def test_seven_section_report() -> None:
    """Some reports add a 七 (e.g. 七、其他需要报告的事项 after splitting 五)."""
    html = report_html().replace("<p>六、其他需要报告的事项</p>", "<p>六、年度工作要点落实情况</p><p>全面落实年度要点。</p>"
                                 "<p>七、其他需要报告的事项</p>")
    r = one(trs_page(html))
    assert [n for n, _ in top_sections(r)] == ["一", "二", "三", "四", "五", "六", "七"]
    assert top_sections(r)[-1] == ("七", "其他需要报告的事项")


def test_numbered_list_items_in_section_five_are_not_sections() -> None:
    """'一是…；二是…' and '1.' items inside 五 are not headings."""
    html = report_html().replace(f"<p>{SEC_TEXT['五']}</p>",
                                 "<p>一是公开内容的全面性有待提高。</p><p>二是政策解读形式较为单一。</p>"
                                 "<p>1.加强业务培训。</p><p>2.丰富解读形式。</p>")
    r = one(trs_page(html))
    assert top_sections(r) == HEADS


# ---------------------------------------------------------------------------------------------------------------
# 3. chrome inside the content container
# ---------------------------------------------------------------------------------------------------------------

def test_tools_and_share_inside_zoom_not_in_body() -> None:
    html = report_html() + FONTSIZE + TOOLS + SHARE + QR
    r = one(hanweb_page(html))
    check_report(r)


def test_hidden_print_area_not_duplicated() -> None:
    """A display:none print copy of the article must not double the body."""
    html = report_html()
    page = trs_page(html).replace(b"</body>", f'<div id="printArea" style="display:none">{html}</div></body>'.encode())
    r = one(page)
    check_report(r)
    assert squash(r.body).count(squash(SUB_TEXT["监督保障"])) == 1


def test_attachment_line_kept_with_link_text() -> None:
    r = one(ucap_page(report_html()))
    assert "附件" in r.body and "某某区2021年政府信息公开工作年度报告.pdf" in r.body


def test_qr_image_alt_not_in_body() -> None:
    html = report_html() + '<p><img src="/qr.png" alt="二维码"></p>'
    r = one(trs_page(html))
    assert "二维码" not in r.body


def test_inline_script_inside_content_not_in_body() -> None:
    html = report_html() + '<script type="text/javascript">var ff = "document.write"; $(function(){ zoom(); });</script>'
    r = one(ucap_page(html))
    check_report(r)
    assert "zoom()" not in r.body


def test_signature_block_kept_in_order() -> None:
    r = one(lonsun_page(report_html()))
    flat = squash(r.body)
    assert flat.index(squash(SIGN[0])) < flat.index(squash(SIGN[1]))
    assert flat.index(squash(SEC_TEXT["六"])) < flat.index(squash(SIGN[0]))


# ---------------------------------------------------------------------------------------------------------------
# 4. report with the t2021 tables inside real shells
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("shell", ["trs", "hanweb", "ucap", "gkmlpt", "lonsun", "dede", "wp"])
def test_t2021_tables_in_shell(shell: str) -> None:
    r = one(SHELLS[shell](t2021_body("某某区")))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and f.get("active.normative.in_force") == 25
    assert failing(r) == set()
    assert chrome_in(r.body) == []
    assert [n for n, _ in top_sections(r)] == ["一", "二", "三", "四", "五", "六"]


# ---------------------------------------------------------------------------------------------------------------
# 5. paged reports with chrome on every page
# ---------------------------------------------------------------------------------------------------------------

def split_html(parts: int) -> list[str]:
    html = report_html()
    cuts = [html.index("<p>三、"), html.index("<p>五、")][: parts - 1]
    bounds = [0, *cuts, len(html)]
    return [html[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def pager(cur: int, total: int, link) -> str:
    links = "".join(f'<a href="{link(i)}">{i + 1}</a> ' for i in range(total))
    return (f'<div class="pagination">共{total}页 当前第{cur + 1}页 <a href="{link(max(cur - 1, 0))}">上一页</a> {links}'
            f'<a href="{link(min(cur + 1, total - 1))}">下一页</a></div>')


@pytest.mark.parametrize("shell", ["trs", "hanweb",
                                   "ucap"])
def test_paged_query_param(shell: str) -> None:
    parts = split_html(3)
    base = URL

    def link(i: int) -> str:
        return base if i == 0 else f"{base}?page={i + 1}"

    pages = [(link(i), SHELLS[shell](part + pager(i, 3, link))) for i, part in enumerate(parts)]
    r = parse(*pages)
    check_report(r)
    assert "共3页" not in r.body and "当前第" not in r.body
    assert squash(r.body).count(squash(INTRO)) == 1


def test_paged_underscore_trs() -> None:
    parts = split_html(3)
    base = "http://www.example.gov.cn/zwgk/xxgknb/202201/t20220120_5512"

    def link(i: int) -> str:
        return f"{base}.html" if i == 0 else f"{base}_{i}.html"

    r = parse(*[(link(i), trs_page(part + pager(i, 3, link))) for i, part in enumerate(parts)])
    check_report(r)


# ---------------------------------------------------------------------------------------------------------------
# 6. title and date shapes
# ---------------------------------------------------------------------------------------------------------------

def test_title_from_h1_not_site_suffixed_title_tag() -> None:
    r = one(ucap_page(report_html()))
    assert r.title == TITLE


def test_title_when_page_title_is_site_name_only() -> None:
    page = lonsun_page(report_html()).replace(f"<title>{TITLE}_某某区人民政府</title>".encode(),
                                              "<title>某某区人民政府</title>".encode())
    r = one(page)
    assert r.title == TITLE


def test_title_not_taken_from_prevnext_link() -> None:
    """The 上一篇 link names another year's report; the page's own title must win."""
    page = dede_page(report_html()).replace(f"<title>{TITLE}_某某区人民政府</title>".encode(), b"<title></title>")
    r = one(page)
    assert r.title == TITLE and r.year == 2021


def test_published_from_hanweb_info_row() -> None:
    r = one(hanweb_page(report_html()))
    assert r.published == "2022-01-20"


def test_published_not_from_prevnext_or_related() -> None:
    page = dede_page(report_html()).replace("<small>时间:</small>2022-01-20".encode(), b"")
    page = page.replace(b"</body>", "<div>最新更新：2023-06-30</div></body>".encode())
    r = one(page)
    assert r.published in (None, "2022-01-20")


# ---------------------------------------------------------------------------------------------------------------
# 7. more chrome shapes inside the container
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "【字体：大 中 小】【打印本页】【关闭窗口】",
    "打印本页 | 关闭窗口",
    "[ 打印 ] [ 关闭 ]",
    "【我要纠错】【打印】【关闭】",
    "扫一扫 在手机打开当前页",
])
@pytest.mark.parametrize("shell", ["trs", "hanweb"])
def test_toolbar_line_variants_inside_container(shell: str, line: str) -> None:
    r = one(SHELLS[shell](report_html() + f"<p>{line}</p>"))
    assert squash(r.body).endswith(squash(SIGN[1])), r.body[-200:]


def test_share_widget_items_on_own_lines_inside_hanweb_td() -> None:
    share = ('<div class="share"><span>分享到：</span><p><a>微信</a></p><p><a>微博</a></p><p><a>QQ空间</a></p></div>')
    r = one(hanweb_page(report_html() + share))
    assert chrome_in(r.body) == [], r.body[-200:]
    assert "微博" not in r.body


def test_share_widget_items_on_own_lines_in_div_layout() -> None:
    share = ('<div class="share"><span>分享到：</span><p><a>微信</a></p><p><a>微博</a></p><p><a>QQ空间</a></p></div>')
    r = one(trs_page(report_html() + share))
    assert "微博" not in r.body and "QQ空间" not in r.body


def test_info_line_inside_container_top() -> None:
    """TRS editors sometimes paste the date/source line as the first paragraph of the article."""
    html = "<p>发布时间：2022-01-20 来源：某某区人民政府办公室 浏览次数：123</p>" + report_html()
    r = one(trs_page(html))
    assert squash(r.body).startswith(squash(INTRO[:20])), r.body[:200]


def test_title_typed_as_first_line_of_content() -> None:
    html = f'<p style="text-align:center"><strong>{TITLE}</strong></p>' + report_html()
    page = trs_page(html).replace(f"<h1>{TITLE}</h1>".encode(), b"").replace(
        f"<title>{TITLE}_某某区人民政府</title>".encode(), "<title>某某区人民政府</title>".encode())
    r = one(page)
    assert r.title == TITLE
    assert squash(r.body).startswith(squash(INTRO[:20])), r.body[:200]


def test_report_sentence_starting_with_sao_yi_sao_kept() -> None:
    """A report sentence about the new-media channel is report text, even if it begins with 扫一扫."""
    sentence = "扫一扫二维码即可关注“某某发布”政务微信。"
    html = report_html().replace(f"<p>{SUB_TEXT['平台建设']}</p>", f"<p>{SUB_TEXT['平台建设']}</p><p>{sentence}</p>")
    r = one(trs_page(html))
    assert squash(sentence) in squash(r.body)


def test_table_of_contents_does_not_double_sections() -> None:
    toc = "<p>目录</p>" + "".join(f'<p><a href="#s{i}">{n}、{t}</a></p>' for i, (n, t) in enumerate(HEADS))
    r = one(trs_page(toc + report_html()))
    assert top_sections(r) == HEADS, [(s.number, s.title) for s in r.sections]


def test_half_width_parenthesised_sub_sections() -> None:
    html = report_html()
    for n, t in SUBS:
        html = html.replace(f"<p>（{n}）{t}</p>", f"<p>({n}){t}</p>")
    r = one(ucap_page(html))
    assert top_sections(r) == HEADS
    assert sub_sections(r) == SUBS, [(s.number, s.title) for s in r.sections]


def test_heading_split_over_two_inline_runs() -> None:
    """Word pastes '一、' and '总体情况' as two bold runs."""
    html = report_html()
    for n, t in HEADS:
        html = html.replace(f"<p>{n}、{t}</p>", f'<p><strong><span>{n}、</span></strong><strong><span>{t}</span></strong></p>')
    r = one(trs_page(html))
    assert top_sections(r) == HEADS


def test_heading_with_br_then_text_in_same_paragraph() -> None:
    html = report_html()
    for num_, t in HEADS[1:]:
        html = html.replace(f"<p>{num_}、{t}</p><p>{SEC_TEXT[num_]}</p>", f"<p><b>{num_}、{t}</b><br>{SEC_TEXT[num_]}</p>")
    r = one(hanweb_page(html))
    check_report(r)


def test_section_start_offsets_point_at_headings() -> None:
    r = one(gkmlpt_page(report_html()))
    for s in r.sections:
        assert squash(r.body[s.start:s.start + 40]).find(squash(s.title)) >= 0, (s.number, s.title, r.body[s.start:s.start + 40])


def test_gkmlpt_metadata_table_not_in_body() -> None:
    r = one(gkmlpt_page(report_html()))
    assert "索引号" not in r.body and "11441900007XXXXX" not in r.body and "成文日期" not in r.body


def test_paged_hanweb_underscore_pager_with_current_page_word() -> None:
    parts = split_html(2)
    base = "http://www.example.gov.cn/art/2022/1/20/art_1_123"

    def link(i: int) -> str:
        return f"{base}.html" if i == 0 else f"{base}_{i + 1}.html"

    r = parse(*[(link(i), ucap_page(part + pager(i, 2, link))) for i, part in enumerate(parts)])
    check_report(r)
    assert "当前第" not in r.body


# ---------------------------------------------------------------------------------------------------------------
# 8. further page and heading shapes
# ---------------------------------------------------------------------------------------------------------------

def test_run_in_top_heading_with_text() -> None:
    """'<p><strong>一、总体情况。</strong>2021年，…</p>': the top heading is the bold run-in."""
    html = report_html().replace("<p>一、总体情况</p>", "<p><strong>一、总体情况。</strong>2021年，本区坚持以公开为常态。</p>")
    r = one(trs_page(html))
    assert [n for n, _ in top_sections(r)] == [n for n, _ in HEADS]
    assert top_sections(r)[0][1].rstrip("。") == "总体情况", top_sections(r)


def test_heading_with_trailing_colon() -> None:
    html = report_html()
    for n, t in HEADS:
        html = html.replace(f"<p>{n}、{t}</p>", f"<p>{n}、{t}：</p>")
    r = one(trs_page(html))
    assert [(n, t.rstrip("：:")) for n, t in top_sections(r)] == HEADS


def test_old_asp_br_lines_and_bold_headings() -> None:
    lines = []
    for para in report_paragraphs():
        if re.match(r"^[一二三四五六]、", para):
            lines.append(f"<b>{para}</b><br>")
        else:
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{para}<br>")
    r = one(asp_page("".join(lines)))
    check_report(r)


def test_custom_site_without_known_container_long_footer() -> None:
    """A custom site: content in div.detail_con, a long 'bottom' block (not named footer) with contacts."""
    bottom = ('<div class="bottom"><p>主办单位：某某区人民政府办公室 版权所有 地址：某某区人民路1号 邮编：310000 '
              '联系电话：0571-88888888 传真：0571-88888889 网站标识码：3301100001 浙ICP备05001234号-1 '
              '浙公网安备 33011002000123号（公安备案） 建议使用1920×1080分辨率、IE9以上浏览器浏览本站。'
              + "为了更好地服务公众，本网站持续进行适老化与无障碍改造，欢迎社会各界提出宝贵意见和建议。" * 3
              + "</p></div>")
    page = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{TOPBAR}'
            f'<div class="top"><ul>{NAV}</ul></div><div class="wz">当前位置：首页 &gt; 政务公开 &gt; 年报</div>'
            f'<div class="detail"><div class="detail_tit">{TITLE}</div><div class="detail_info">发布时间：2022-01-20 '
            f'来源：某某区人民政府办公室</div><div class="detail_con">{report_html()}</div></div>{bottom}</body></html>')
    check_report(one(page.encode()))


def test_editor_line_inside_container_end() -> None:
    html = report_html() + '<p style="text-align:right">【责任编辑：张三】</p>'
    r = one(trs_page(html))
    assert "责任编辑" not in r.body
    assert squash(r.body).endswith(squash(SIGN[1]))


def test_custom_union_style_only_container() -> None:
    page = trs_page(report_html()).replace(b'<div class="TRS_Editor">', b"<div>")
    check_report(one(page))


def test_paged_each_page_repeats_title_line_in_container() -> None:
    parts = split_html(3)
    base = "http://www.example.gov.cn/zwgk/xxgknb/202201/t20220120_5512"

    def link(i: int) -> str:
        return f"{base}.html" if i == 0 else f"{base}_{i}.html"

    head = f'<p style="text-align:center"><strong>{TITLE}</strong></p>'
    r = parse(*[(link(i), trs_page(head + part + pager(i, 3, link))) for i, part in enumerate(parts)])
    check_report(r)
    assert [line for line in r.body.split("\n") if squash(line) == squash(TITLE)] == []


def test_sections_not_found_in_chrome_lists() -> None:
    """A sidebar 'latest reports' list whose items start with 一、 must not add sections."""
    side = '<div class="right"><ul>' + "".join(
        f'<li><a href="/x{i}.html">{n}、关于印发第{i}批重点工作的通知</a></li>' for i, n in enumerate("一二三四五六七八")) + "</ul></div>"
    page = ucap_page(report_html()).replace(b'<div class="article">', side.encode() + b'<div class="article">')
    r = one(page)
    assert top_sections(r) == HEADS


@pytest.mark.parametrize("sep", ["．", ".", " 、", "、&nbsp;",
                                 "\u3000"])
def test_heading_number_separators(sep: str) -> None:
    html = report_html()
    for n, t in HEADS:
        html = html.replace(f"<p>{n}、{t}</p>", f"<p>{n}{sep}{t}</p>")
    r = one(trs_page(html))
    assert [(num(n), t) for n, t in top_sections(r)] == HEADS, [(s.number, s.title) for s in r.sections]


def test_ueditor_div_paragraphs() -> None:
    """UEditor/TinyMCE pages: one <div> per paragraph, no <p>."""
    html = report_html().replace("<p", "<div").replace("</p>", "</div>")
    check_report(one(ucap_page(html)))


def test_wechat_style_section_paragraphs() -> None:
    """Articles imported from a WeChat editor: nested <section> blocks with styled spans."""
    html = report_html().replace("<p", '<section style="margin:0"><section><p').replace("</p>", "</p></section></section>")
    check_report(one(trs_page(html)))


def test_section_heading_as_table_caption() -> None:
    body = t2021_body("某某区").replace("<p>三、收到和处理政府信息公开申请情况</p><table border=\"1\">",
                                         "<table border=\"1\"><caption>三、收到和处理政府信息公开申请情况</caption>")
    assert "<caption>" in body
    r = one(trs_page(body))
    assert [n for n, _ in top_sections(r)] == ["一", "二", "三", "四", "五", "六"], [(s.number, s.title) for s in r.sections]
    assert "三、收到和处理政府信息公开申请情况" in r.body
    assert facts(r, "table").get("apply.received_new.total") == 14


@pytest.mark.parametrize("signed", ["2022年1月20日", "二〇二二年一月二十日"])
def test_published_from_signature_when_page_shows_no_date(signed: str) -> None:
    page = asp_page(report_html()).replace("更新时间：2022-1-20".encode("gbk"), b"")
    page = page.replace(SIGN[1].encode("gbk"), signed.encode("gbk"))
    r = one(page, "http://www.example.gov.cn/show.asp?id=9")
    assert r.published == "2022-01-20"


def test_missing_heading_does_not_hide_later_sections() -> None:
    """Section 三 printed only as a picture (its heading inside the image): 四, 五, 六 are still headings."""
    html = report_html().replace(f"<p>三、收到和处理政府信息公开申请情况</p><p>{SEC_TEXT['三']}</p>",
                                 '<p><img src="/u/sec3.png"></p>')
    r = one(trs_page(html))
    assert [n for n, _ in top_sections(r)] == ["一", "二", "四", "五", "六"], [(s.number, s.title) for s in r.sections]


def test_mistyped_duplicate_heading_number() -> None:
    """Real reports mistype numbering ('一 二 二 四 五 六'); the later headings are still sections."""
    html = report_html().replace("<p>三、收到和处理政府信息公开申请情况</p>", "<p>二、收到和处理政府信息公开申请情况</p>")
    r = one(trs_page(html))
    titles = [t for _, t in top_sections(r)]
    assert titles[-3:] == ["政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"], titles


def test_hidden_print_copy_inside_container() -> None:
    html = report_html()
    r = one(trs_page(html + f'<div id="printContent" style="display: none;">{html}</div>'))
    check_report(r)
    assert squash(r.body).count(squash(SUB_TEXT["平台建设"])) == 1


def test_anti_copy_hidden_spans_inside_paragraphs() -> None:
    """Some portals sprinkle invisible characters (<span style='display:none'>) into the text against copying."""
    text = SUB_TEXT["主动公开"]
    spiced = "".join(ch + ('<span style="display:none">x9</span>' if i % 7 == 3 else "") for i, ch in enumerate(text))
    r = one(trs_page(report_html().replace(f"<p>{text}</p>", f"<p>{spiced}</p>")))
    assert squash(text) in squash(r.body)


def test_related_list_with_timestamps_inside_container() -> None:
    rel = ('<div class="xgyd"><h4>相关阅读</h4><ul>' + "".join(
        f'<li><a href="/a/{i}.html">年报解读{i}</a><span>2021-0{i}-1{i} 10:3{i}:15</span></li>' for i in range(1, 7))
        + "</ul></div>")
    r = one(ucap_page(report_html() + rel))
    assert "年报解读" not in r.body and "相关阅读" not in r.body
    assert squash(r.body).endswith(squash(SIGN[1]))


@pytest.mark.parametrize("crumb", [
    "当前位置：首页 > 政务公开 > 年报", "您现在的位置：首页 > 政务公开 > 年报", "您所在的位置：首页 > 政务公开 > 年报",
    "当前所在位置：首页 > 政务公开", "位置：首页 > 信息公开 > 年度报告"])
def test_breadcrumb_variants_in_generic_container(crumb: str) -> None:
    page = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><div class="main">'
            f'<div class="wz">{crumb}</div><h2>{TITLE}</h2><div class="sj">发布时间：2022-01-20</div>'
            f'{report_html()}</div></body></html>')
    r = one(page.encode())
    assert "位置" not in r.body, r.body[:200]
    check_report(r)


def test_lonsun_j_font_content_without_zoom_id() -> None:
    page = lonsun_page(report_html()).replace(b'<div id="zoom" class="j-fontContent newscontnet minh500">',
                                               b'<div class="j-fontContent newscontnet minh500">')
    check_report(one(page))


def test_html5_article_with_aside() -> None:
    aside = '<aside class="widget"><h3>热门文章</h3><ul>' + "".join(
        f'<li><a href="/p/{i}">关于第{i}批项目的公示</a></li>' for i in range(20)) + "</ul></aside>"
    page = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{TOPBAR}<header><nav>{NAV}</nav></header>'
            f'<main><article><h1>{TITLE}</h1><p class="meta">发布时间：2022-01-20</p>{report_html()}</article>{aside}</main>'
            f'<footer>{FOOTER}</footer></body></html>')
    check_report(one(page.encode()))


def test_sub_sections_under_section_five() -> None:
    html = report_html().replace(f"<p>{SEC_TEXT['五']}</p>", "<p>（一）存在的问题</p><p>公开内容不够全面。</p>"
                                 "<p>（二）改进措施</p><p>加强业务培训。</p>")
    r = one(trs_page(html))
    numbers = [s.number for s in r.sections]
    i = numbers.index("五")
    assert [(num(s.number), s.title) for s in r.sections[i + 1:i + 3]] == [("一", "存在的问题"), ("二", "改进措施")]


def test_word_wrapped_heading_source_line() -> None:
    """Word's HTML export wraps source lines, so a heading can hold a newline between two runs."""
    html = report_html().replace("<p>三、收到和处理政府信息公开申请情况</p>",
                                 "<p><span>三、收到和处理</span>\n<span>政府信息公开申请情况</span></p>")
    r = one(trs_page(html))
    assert [(n, squash(t)) for n, t in top_sections(r)] == HEADS, [(s.number, s.title) for s in r.sections]


def test_abstract_editor_block_before_article() -> None:
    """A TRS template with a short 摘要 block (also .TRS_Editor) above the article body."""
    abstract = '<div class="zy"><div class="TRS_Editor"><p>摘要：本文为某某区2021年度报告。</p></div></div>'
    page = trs_page(report_html()).replace(b'<div class="article">', abstract.encode() + b'<div class="article">')
    r = one(page)
    assert missing_or_out_of_order(r.body, report_paragraphs()) == []
    assert top_sections(r) == HEADS


def test_pdf_converted_page_footers_inside_content() -> None:
    """HTML made from a PDF keeps '第1页 共3页' / '- 2 -' page footers between paragraphs."""
    html = report_html().replace("<p>三、", "<p>第 1 页 共 3 页</p><p>- 2 -</p><p>三、", 1)
    r = one(ucap_page(html))
    assert "共 3 页" not in r.body and "共3页" not in r.body
    assert "- 2 -" not in r.body
    check_report(r)
