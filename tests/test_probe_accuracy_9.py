"""Ninth independent accuracy probe of `parse_report`: encodings, scripts and copies.

Spec 3.6 (charset priority BOM > HTTP header (CJK) > meta > detection; gb2312/gbk read as GB18030; re-decode an
implausible declaration), 3.8 (mirrors, spam copies, traditional-script pages: is_mirror, script, body kept in the
original script, one body_hash for a report and its copies) and 2.7 (matching on a normalised copy: OpenCC t2s with
the over-conversion repairs, NFKC full-width digits/brackets, whitespace and quote removal inside labels).

Pages are built as real portals (TRS/Hanweb/old layout sites, spam mirrors, big5 gateways) serve them. Built from the
spec and from how portals publish, not from the parser's code.
"""

from __future__ import annotations

import re

import pytest
import test_probe_accuracy as p1
from opencc import OpenCC
from test_probe_accuracy import BASE3, facts, p, sec2_2019, sec3_2021, sec4

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

S2T = OpenCC("s2t")
S2TW = OpenCC("s2tw")
S2HK = OpenCC("s2hk")

GOV_URL = "http://www.qiaokou.gov.cn/xxgk/xxgknb/202201/t20220125_1918233.shtml"
MIRROR_URL = "http://www.js0769-sports.com/xxgk/show/20220125_1918233.html"


# ---------------------------------------------------------------------------------------------------------------
# page builders
# ---------------------------------------------------------------------------------------------------------------

def trs_page(title: str, content: str, *, decl: str = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
             site: str = "武汉市硚口区人民政府", date: str = "2022-01-25", head_extra: str = "", prolog: str = "",
             chrome_extra: str = "") -> str:
    """A TRS WCM article page as an older district portal serves it (returns text; the caller encodes it)."""
    nav = "".join(f'<li><a href="../../{c}/">{n}</a></li>' for c, n in [
        ("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("zjqk", "走进硚口"), ("ztzl", "专题专栏")])
    return f"""{prolog}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>{decl}
<title>{title}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:30">
{head_extra}
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../js/jquery-1.8.3.min.js"></script></head>
<body><div class="top"><div class="logo"><img src="../../images/logo.png" alt="{site}"/></div>
<div class="toplink"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">手机版</a></div>
<ul class="nav">{nav}</ul></div>{chrome_extra}
<div class="position">您当前的位置：<a href="../../">首页</a> &gt; <a href="../">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="xxgk_table"><table><tr><td>索 引 号：</td><td>011043187/2022-00021</td><td>主题分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{site}</td><td>成文日期：</td><td>{date}</td></tr><tr><td>名　　称：</td><td colspan="3">{title}</td></tr></table></div>
<div class="article"><h2 class="title">{title}</h2>
<div class="source">发布时间：{date}　　来源：{site}　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{content}</div></div></div>
<div class="fx">分享到：<a href="#">微信</a> <a href="#">微博</a> 【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="footer"><p>主办：{site}办公室　承办：{site}大数据中心</p>
<p>鄂ICP备05003347号　网站标识码：4201040001　鄂公网安备 42010402000123号</p></div></body></html>"""


def mirror_html(title: str, content: str, *, banner: str = "澳门金沙城中心_欧洲杯足球网_真人娱乐平台",
                decl: str = '<meta charset="utf-8">') -> str:
    """A spam mirror (spec 3.8): gambling words in title/keywords/banner/friend links, gov text in the middle."""
    return f"""<!doctype html><html><head>{decl}<title>{title}_{banner}</title>
<meta name="keywords" content="{banner},皇冠体育,bet365,澳门赌场"><meta name="description" content="{title}">
</head><body><div class="hd"><a href="/">{banner}</a><span>手机版 | 加入收藏</span></div>
<div class="wrap"><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 正文</div>
<h1 class="arc-title">{title}</h1><div class="arc-info">时间：2022-01-25 09:30 来源：“{banner}”政府门户网站 浏览次数：</div>
<div class="arc-body">{content}</div></div>
<div class="flink">友情链接：<a href="http://a.example.com">威尼斯人娱乐</a> <a href="http://b.example.com">新葡京娱乐场</a>
<a href="http://c.example.com">银河娱乐</a></div><div class="ft">Copyright &copy; 2022 All Rights Reserved</div></body></html>"""


def fetch(url: str, body: bytes, content_type: str | None = "text/html") -> Fetched:
    return Fetched(url=url, body=body, headers={"content-type": content_type} if content_type else {})


def parse1(url: str, body: bytes, content_type: str | None = "text/html") -> Report:
    return parse_report([fetch(url, body, content_type)])


def tfacts(r: Report) -> dict[str, float | None]:
    return facts(r, "table")


def tvals(r: Report, keys: list[str] | tuple[str, ...]) -> dict[str, float | None]:
    f = tfacts(r)
    return {k: f.get(k) for k in keys}


def title21(agency: str) -> str:
    return f"{agency}2021年政府信息公开工作年度报告"


# the t2021 data set of probe 1 (BASE3 / BASE4 / sec2_2021): a few absolute values to pin the reading
EXP21 = {"apply.received_new.total": 14, "apply.received_new.natural_person": 10, "apply.received_new.business": 3,
         "apply.outcome.total.total": 13, "apply.carried_out.total": 3, "apply.outcome.unavailable.not_held.total": 3,
         "review.total": 2, "litigation.direct.total": 1, "active.normative.in_force": 25,
         "active.permit.decisions": 1260, "active.penalty.decisions": 56}


def utf8_control(agency: str = "武汉市硚口区人民政府", **kw) -> Report:
    """The same report as a clean UTF-8 gov page: the reference every copy is compared with."""
    body = kw.pop("body", None) or p1.t2021_body(agency)
    html = trs_page(kw.pop("title", None) or title21(agency), body, decl='<meta charset="utf-8">', **kw)
    return parse1(GOV_URL, html.encode("utf-8"), "text/html; charset=utf-8")


# ---------------------------------------------------------------------------------------------------------------
# A. rare characters outside GB2312 in names, under gb2312/gbk/gb18030 declarations (spec 3.6)
# ---------------------------------------------------------------------------------------------------------------

M_GB2312 = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
RARE_CASES = [
    # id, agency, <head> declaration, HTTP content-type, codec that wrote the bytes
    ("qiaokou-meta-gb2312", "武汉市硚口区人民政府", M_GB2312, "text/html", "gbk"),
    ("huyi-html5-GBK", "西安市鄠邑区人民政府", '<meta charset="GBK">', "text/html", "gbk"),
    ("yongqiao-header-GB2312-only", "宿州市埇桥区人民政府", "", "text/html; Charset=GB2312", "gb18030"),
    ("shihe-header-gbk-meta-gb2312", "信阳市浉河区人民政府", M_GB2312, "text/html; charset=gbk", "gbk"),
    ("yan-extA-meta-gb2312", "某某县䶮城街道办事处", M_GB2312, "text/html", "gb18030"),
    ("ji-extB-meta-gbk", "某某县𠮷田镇人民政府", '<meta http-equiv="Content-Type" content="text/html; charset=GBK">',
     "text/html", "gb18030"),
    ("ji-extB-header-gb18030", "某某县𠮷田镇人民政府", "", "text/html; charset=GB18030", "gb18030"),
    ("kun-meta-attr-reversed", "某某县堃山乡人民政府",
     '<meta content="text/html; charset=gb2312" http-equiv="Content-Type">', "text/html", "gbk"),
    ("zhe-meta-trailing-semicolon", "某某县喆桥镇人民政府",
     '<meta http-equiv="Content-Type" content="text/html; charset=gb2312;">', "text/html", "gbk"),
    ("langdong-xml-prolog-only", "南宁市青秀区埌东街道办事处", "XML", "text/html", "gbk"),
    ("jun-header-quoted-gbk", "某某市珺山区人民政府", "", 'text/html; charset="gbk"', "gbk"),
    ("yan-ji-header-gb2312-meta-gb2312", "某某县䶮𠮷社区居民委员会", M_GB2312, "text/html; charset=gb2312", "gb18030"),
]


@pytest.mark.parametrize(("agency", "decl", "ctype", "codec"), [c[1:] for c in RARE_CASES],
                         ids=[c[0] for c in RARE_CASES])
def test_rare_name_characters_survive_gb_family_declarations(agency: str, decl: str, ctype: str, codec: str) -> None:
    # spec 3.6: anything labelled gb2312/gbk is decoded as GB18030, because names carry characters outside GB2312
    # (硚口, 鄠邑, 埇桥, 浉河 are real districts; 䶮 and 𠮷 need GB18030's four-byte sequences)
    prolog = '<?xml version="1.0" encoding="gb2312"?>\n' if decl == "XML" else ""
    decl = "" if decl == "XML" else decl
    html = trs_page(title21(agency), p1.t2021_body(agency), decl=decl, site=agency, prolog=prolog)
    r = parse1(GOV_URL, html.encode(codec), ctype)
    assert r.title == title21(agency)
    assert r.agency == agency
    assert "\ufffd" not in r.body and agency in r.body
    assert tvals(r, EXP21) == EXP21


def test_ncr_escaped_rare_characters_in_gb2312_page() -> None:
    # a gb2312 CMS stores characters it cannot encode as numeric character references (&#19886; for 䶮)
    agency = "某某县䶮城街道办事处"
    html = trs_page(title21(agency), p1.t2021_body(agency), site=agency)
    raw = html.encode("gb2312", "xmlcharrefreplace")
    assert b"&#19886;" in raw
    r = parse1(GOV_URL, raw)
    assert r.title == title21(agency) and r.agency == agency
    assert tvals(r, EXP21) == EXP21


def test_rare_name_region_code_survives_gb2312_declaration() -> None:
    # spec 3.1: 网站标识码 4201040001 → 420104 (硚口区); a strict gb2312 decoder would break on 硚 long before
    agency = "武汉市硚口区人民政府"
    r = parse1(GOV_URL, trs_page(title21(agency), p1.t2021_body(agency)).encode("gbk"))
    assert r.region_code == "420104"
    assert r.agency == agency


# ---------------------------------------------------------------------------------------------------------------
# B. declarations that are missing, wrong or in conflict; BOMs (spec 3.6 priority and re-decoding)
# ---------------------------------------------------------------------------------------------------------------

AG = "武汉市硚口区人民政府"
M_UTF8 = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
LONG_SCRIPT = ("<script type=\"text/javascript\">\n// 统计代码：站点访问量统计，请勿删除\n"
               + "".join(f"var _hm{i} = _hm{i} || []; // 第{i}段埋点\n" for i in range(120)) + "</script>")


def _bom_utf8(html: str) -> bytes:
    return b"\xef\xbb\xbf" + html.encode("utf-8")


def _utf16le(html: str) -> bytes:
    return b"\xff\xfe" + html.encode("utf-16-le")


def _utf16be(html: str) -> bytes:
    return b"\xfe\xff" + html.encode("utf-16-be")


CONFLICT_CASES = [
    # id, <head> declaration, HTTP content-type (None: no header at all), bytes writer
    ("header-gbk-beats-meta-utf8", M_UTF8, "text/html; charset=gbk", lambda h: h.encode("gbk")),
    ("header-utf8-implausible-for-gbk-bytes", M_GB2312, "text/html; charset=utf-8", lambda h: h.encode("gbk")),
    ("header-gb2312-implausible-for-utf8-bytes", M_UTF8, "text/html; charset=gb2312", lambda h: h.encode("utf-8")),
    ("meta-utf8-wrong-gbk-bytes", M_UTF8, "text/html", lambda h: h.encode("gbk")),
    ("meta-gb2312-wrong-utf8-bytes", M_GB2312, "text/html", lambda h: h.encode("utf-8")),
    ("no-declaration-gbk", "", "text/html", lambda h: h.encode("gbk")),
    ("no-declaration-utf8", "", "text/html", lambda h: h.encode("utf-8")),
    ("no-header-at-all-meta-gbk", '<meta charset="gbk">', None, lambda h: h.encode("gbk")),
    ("header-latin1-no-meta-gbk", "", "text/html; charset=ISO-8859-1", lambda h: h.encode("gbk")),
    ("header-utf8-nodash-label", "", "text/html;charset=UTF8", lambda h: h.encode("utf-8")),
    ("bom-utf8-beats-header-gbk", M_GB2312, "text/html; charset=gbk", _bom_utf8),
    ("bom-utf16le-word-unicode", '<meta http-equiv="Content-Type" content="text/html; charset=unicode">',
     "text/html", _utf16le),
    ("bom-utf16be", '<meta http-equiv="Content-Type" content="text/html; charset=utf-16">', "text/html", _utf16be),
    ("meta-after-long-script-gbk", LONG_SCRIPT + M_GB2312, "text/html", lambda h: h.encode("gbk")),
    ("header-application-xhtml-gbk", "", "application/xhtml+xml; charset=GBK", lambda h: h.encode("gbk")),
    ("commented-out-meta-utf8-then-gb2312", '<!-- <meta charset="utf-8"> 旧模板 -->' + M_GB2312, "text/html",
     lambda h: h.encode("gbk")),
    ("header-and-meta-utf8-both-wrong-gbk-bytes", M_UTF8, "text/html; charset=UTF-8", lambda h: h.encode("gbk")),
    ("meta-big5-wrong-gbk-bytes", '<meta http-equiv="Content-Type" content="text/html; charset=big5">', "text/html",
     lambda h: h.encode("gbk")),
]


@pytest.mark.parametrize(("decl", "ctype", "writer"), [c[1:] for c in CONFLICT_CASES],
                         ids=[c[0] for c in CONFLICT_CASES])
def test_charset_priority_and_redecoding(decl: str, ctype: str | None, writer) -> None:
    # spec 3.6: BOM > HTTP header (if it names a CJK charset) > meta > detection; re-decode when the declared
    # charset gives an implausible text (mojibake / U+FFFD); the page must read as a human sees it in a browser
    html = trs_page(title21(AG), p1.t2021_body(AG), decl=decl)
    r = parse1(GOV_URL, writer(html), ctype)
    assert r.title == title21(AG)
    assert r.agency == AG and r.year == 2021 and r.template == "t2021"
    assert "\ufffd" not in r.body
    assert tvals(r, EXP21) == EXP21


def test_xml_prolog_declares_gb2312_xhtml_page() -> None:
    # old TRS XHTML templates declare the encoding only in the XML prolog
    html = trs_page(title21(AG), p1.t2021_body(AG), decl="", prolog='<?xml version="1.0" encoding="gb2312"?>\n')
    r = parse1(GOV_URL, html.encode("gbk"), "text/html")
    assert r.title == title21(AG)
    assert tvals(r, EXP21) == EXP21


def test_one_broken_byte_does_not_flip_the_charset() -> None:
    # a CMS cut a multi-byte character in half in the description meta: one bad byte, the page is still GBK
    html = trs_page(title21(AG), p1.t2021_body(AG), head_extra='<meta name="description" content="@@CUT@@">')
    raw = html.encode("gbk").replace(b"@@CUT@@", "硚口区政府信息公开".encode("gbk") + "年".encode("gbk")[:1])
    r = parse1(GOV_URL, raw)
    assert r.title == title21(AG)
    assert "\ufffd" not in r.body
    assert tvals(r, EXP21) == EXP21


def test_same_report_in_gbk_and_utf8_same_hash() -> None:
    # the raw bytes differ, the report is the same: one body, one body_hash (spec 3.8 rule 4)
    html = trs_page(title21(AG), p1.t2021_body(AG))
    a = parse1(GOV_URL, html.encode("gbk"))
    b = utf8_control(AG)
    assert a.body == b.body
    assert a.body_hash == b.body_hash and a.body_hash


# ---------------------------------------------------------------------------------------------------------------
# C. traditional-script copies, mirrors on non-gov hosts, spam (spec 3.8, 2.7)
# ---------------------------------------------------------------------------------------------------------------

ZQ = "某某区人民政府"
ZQ_TITLE = title21(ZQ)


def gov_original(agency: str = ZQ, body: str | None = None, title: str | None = None) -> Report:
    return utf8_control(agency, body=body or p1.t2021_body(agency), title=title or title21(agency))


@pytest.mark.parametrize("conv", ["s2t", "s2tw", "s2hk"])
def test_traditional_variants_mirror_same_facts_and_hash(conv: str) -> None:
    # spec 3.8: mirrors convert to traditional (mainland, Taiwan or Hong Kong character standards); facts and the
    # duplicate hash are those of the simplified original
    cc = {"s2t": S2T, "s2tw": S2TW, "s2hk": S2HK}[conv]
    orig = gov_original()
    r = parse1(MIRROR_URL, mirror_html(cc.convert(ZQ_TITLE), cc.convert(p1.t2021_body(ZQ))).encode("utf-8"))
    assert r.script == "traditional" and r.is_mirror and r.mirror_reason
    assert tfacts(r) == tfacts(orig) and tvals(r, EXP21) == EXP21
    assert r.body_hash == orig.body_hash


def test_traditional_mirror_t2019_report() -> None:
    # a 2019 report copied in traditional script: t2019 keys (signed 本年增/减) read exactly as in the original
    agency = "某某县人民政府"
    title = f"{agency}2019年政府信息公开工作年度报告"
    orig = gov_original(agency, body=p1.t2019_body(agency), title=title)
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(title), S2T.convert(p1.t2019_body(agency))).encode("utf-8"))
    assert (r.template, r.year, r.script, r.is_mirror) == ("t2019", 2019, "traditional", True)
    f = tfacts(r)
    assert (f.get("active.permit.items_delta"), f.get("active.admin_fee.items_delta"),
            f.get("active.procurement.amount")) == (-8, -1, 356.8)
    assert f == tfacts(orig)
    assert r.body_hash == orig.body_hash


def test_traditional_mirror_keeps_original_script_in_title_and_body() -> None:
    # schema: title "as published (original script)", body "the report's own text (original script)"
    trad_title = S2T.convert(ZQ_TITLE)
    r = parse1(MIRROR_URL, mirror_html(trad_title, S2T.convert(p1.t2021_body(ZQ))).encode("utf-8"))
    assert r.title == trad_title
    assert "政府信息公開" in r.body and "收到和處理政府信息公開申請情況" in r.body
    assert "政府信息公开" not in r.body and "收到和处理" not in r.body


OVER = [("体制机制", "體製機製"), ("全面", "全麵"), ("方面", "方麵"), ("系列", "係列"), ("联系", "聯係"),
        ("编制", "編製"), ("制度", "製度"), ("范文", "範文")]
OVER_PROSE = [
    "本报告根据《中华人民共和国政府信息公开条例》要求，由某某县人民政府办公室编制。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
    "一、概述",
    "2016年，我县全面推进政务公开，完善体制机制，出台系列制度，加强与群众的联系，各方面工作取得新进展。",
    "二、主动公开政府信息情况",
    "全年主动公开政府信息3261条，其中通过政府网站公开政府信息2980条，政务微博发布信息410条。",
    "三、依申请公开政府信息办理情况",
    "全年共受理政府信息公开申请18件，其中当面申请5件，网上申请11件，信函申请2件。已办结18件。",
    "四、政府信息公开的收费及减免情况", "未收取任何费用。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "全年发生行政复议1件，行政诉讼0件。",
    "六、政府信息公开工作存在的主要问题及改进情况", "公开内容的全面性、规范性有待提升，将以范文为参照规范编制工作。",
]
OVER_TITLE = "某某县人民政府2016年政府信息公开工作年度报告"


def over_converted(text: str) -> str:
    trad = S2T.convert(text)
    for simp, bad in OVER:
        trad = trad.replace(S2T.convert(simp), bad)
    return trad


def test_seed000_style_over_converted_mirror_prose_facts_and_hash() -> None:
    # spec 2.7 step 1 / seed 000: 全麵, 體製機製, 係列, 編製, 製度; repaired before matching and before hashing
    body = "".join(p(x) for x in OVER_PROSE)
    orig = gov_original("某某县人民政府", body=body, title=OVER_TITLE)
    bad = over_converted(body)
    assert "體製機製" in bad and "全麵" in bad and "係列" in bad
    r = parse1(MIRROR_URL, mirror_html(over_converted(OVER_TITLE), bad).encode("utf-8"))
    assert r.script == "traditional" and r.is_mirror
    assert r.year == 2016
    f = facts(r, "text")
    expected = {"active.items_total": 3261, "active.channel.website": 2980, "apply.received.total": 18,
                "apply.channel.in_person": 5, "apply.channel.online": 11, "apply.channel.letter": 2}
    assert {k: f.get(k) for k in expected} == expected
    assert facts(r, "text") == facts(orig, "text")
    assert r.body_hash == orig.body_hash
    assert "體製機製" in r.body  # stored text keeps what was published


SEED000 = [
    "2018年,富陽區深入貫徹落實黨的十九大精神,緊緊圍繞全區經濟社會發展和人民群眾關注關切,堅持以公開為常態、不公開為例外原則,"
    "以社會需求為導向,全麵推進政務公開工作。現將工作情況總結報告如下:",
    "一、工作完成情況及成效", "(一)體製機製建設情況",
    "編製和修訂了《2018年杭州市富陽區政府信息公開工作要點》、《杭州市富陽區政府信息公開指南》等文件,完善了政務公開的體製機製、"
    "職責分工和管理辦法。",
    "(二)主動公開政府信息情況",
    "2.強化引領,推進主動公開。2018年,全區通過不同渠道和方式主動公開各類政府信息35906條,其中,政府網站發布政府信息17681條,"
    "政務微博發布政府信息4020條,政務微信發布政府信息1635條。",
    "(三)依申請公開政府信息和不予公開政府信息情況",
    "2018年區政府受理政府信息公開申請26件內容主要涉及土地征收、房屋拆遷、規劃許可等相關信息。按申請方式看,網絡申請11件,"
    "信函申請16件。從辦結情況看,已辦結25件。",
    "(四)政府信息公開的收費及減免情況", "2018年區政府受理的信息公開申請,未對申請人進行收費。",
    "(五)因政府信息公開申請行政複議、提起行政訴訟的情況",
    "2018年區政府和各部門、各鄉鎮街道因信息公開發生行政複議案件12件,在結案的11件中7件維持,4件被糾錯。因信息公開涉訴2件,"
    "均維持原具體行政行為。",
    "二、政府信息公開工作存在的主要問題", "(一)政務公開機構不健全。內容包括依申請公開、主動公開等方麵。",
]


def test_seed000_shape_spam_mirror_traditional_prose() -> None:
    # seed 000: 富陽 2018, traditional with over-conversion, site name replaced by "manbetxbrf com", no 统计期限
    title = "2018年富陽區信息公開工作年度報告"
    html = mirror_html(title, "".join(p(x) for x in SEED000), banner="manbetxbrf com")
    r = parse1("http://www.manbetxbrf.com/fuyang/xxgk/2019-03-05/1514.html", html.encode("utf-8"))
    assert (r.script, r.is_mirror, r.year, r.template) == ("traditional", True, 2018, "e2014")
    assert r.title == title
    f = facts(r, "text")
    expected = {"active.items_total": 35906, "active.channel.website": 17681, "active.channel.weibo": 4020,
                "active.channel.wechat": 1635, "apply.received.total": 26, "apply.channel.online": 11,
                "apply.channel.letter": 16, "apply.closed.total": 25, "review.total": 12, "litigation.total": 2}
    assert {k: f.get(k) for k in expected} == expected


SPAM_P = [
    "<p>【澳门金沙城中心】欧洲杯足球网 注册即送58元彩金 www.js0769.com</p>",
    '<div style="display:none"><a href="http://x.example.com">澳门新葡京</a><a href="http://y.example.com">皇冠体育</a>'
    '<a href="http://z.example.com">真人百家乐</a></div>',
    "<p>推荐阅读：<a href='http://bet.example.com'>bet365体育在线投注官网</a></p>",
]


def inject_spam(body: str) -> str:
    parts = body.split("<p>二、主动公开政府信息情况</p>")
    parts2 = parts[1].split("<p>五、存在的主要问题及改进情况</p>")
    return (parts[0] + SPAM_P[0] + "<p>二、主动公开政府信息情况</p>" + parts2[0] + SPAM_P[1]
            + "<p>五、存在的主要问题及改进情况</p>" + parts2[1] + SPAM_P[2])


def test_spam_injected_inside_article_removed_same_hash() -> None:
    # spec 3.8: spam mirrors inject gambling lines into the copied text; the body is the report's own text
    orig = gov_original()
    r = parse1(MIRROR_URL, mirror_html(ZQ_TITLE, inject_spam(p1.t2021_body(ZQ))).encode("utf-8"))
    assert r.is_mirror and r.mirror_reason
    for word in ("澳门", "彩金", "新葡京", "百家乐", "bet365", "欧洲杯"):
        assert word not in r.body, word
    assert r.body_hash == orig.body_hash
    assert tfacts(r) == tfacts(orig)


def test_traditional_spam_mirror_with_injected_lines_same_hash() -> None:
    orig = gov_original()
    body = S2T.convert(inject_spam(p1.t2021_body(ZQ)))
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(ZQ_TITLE), body, banner="澳門金沙城中心_歐洲杯足球網").encode("utf-8"))
    assert r.is_mirror and r.script == "traditional"
    assert "澳門" not in r.body and "百家樂" not in r.body
    assert r.body_hash == orig.body_hash
    assert tvals(r, EXP21) == EXP21


def test_indentation_whitespace_does_not_change_hash() -> None:
    # gov pages indent paragraphs with "　　" and &nbsp;; copies drop them; body_hash is whitespace-free
    plain = p1.t2021_body(ZQ)
    indented = plain.replace("<p>", "<p>\u3000\u3000").replace("。", "。&nbsp; ")
    a = gov_original(body=plain)
    b = parse1(MIRROR_URL, mirror_html(S2T.convert(ZQ_TITLE), S2T.convert(indented)).encode("utf-8"))
    assert b.body_hash == a.body_hash


def test_different_reports_different_hash() -> None:
    # guard: the hash distinguishes reports (a copy of report A is not a duplicate of report B)
    a = gov_original("某某区人民政府")
    b = parse1(MIRROR_URL, mirror_html(S2T.convert(title21("某某区商务局")),
                                       S2T.convert(p1.t2021_body("某某区商务局", overview="2021年，区商务局推进公开。")))
               .encode("utf-8"))
    assert a.body_hash and b.body_hash and a.body_hash != b.body_hash


@pytest.mark.parametrize("url", [
    "http://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634538.html",
    "https://inapptrack.com/art/2021/2/5/art_1229486934_59083071.html",
    "https://moonvisionstudio.com/gzgov/zfxxgknb/sbj/content/post_4437612.html",
    "http://www.hongxingpaper.com/n2588035/n2588300/c13587052/content.html",
    "http://cache.example-mirror.net/www.qiaokou.gov.cn/xxgk/xxgknb/202201/t20220125_1918233.shtml",
], ids=["zwinkt-taizhou", "inapptrack-hanweb-path", "moonvision-gkmlpt-path", "hongxingpaper", "gov-host-in-path"])
def test_clean_copy_on_non_gov_host_is_mirror(url: str) -> None:
    # spec 3.8 rule 2: a non-gov host holds a copy (stored with is_mirror=1) even without spam or script change
    orig = gov_original()
    html = trs_page(ZQ_TITLE, p1.t2021_body(ZQ), decl='<meta charset="utf-8">', site=ZQ)
    r = parse1(url, html.encode("utf-8"))
    assert r.is_mirror and r.mirror_reason
    assert r.script == "simplified"
    assert r.body_hash == orig.body_hash


@pytest.mark.parametrize("url", [
    "http://big5.www.gov.cn/gate/big5/www.gov.cn/xxgk/xxgknb/202201/t20220125_1918233.htm",
    "http://www.gd.gov.cn/gate/big5/www.gd.gov.cn/zwgk/zfxxgkml/ndbg/content/post_3801234.html",
], ids=["big5-www-gov-cn", "gd-gate-big5"])
def test_gov_big5_gateway_is_traditional_not_mirror(url: str) -> None:
    # spec 3.8: legitimate traditional versions (繁體版) exist on gov hosts: script=traditional, not a mirror
    orig = gov_original()
    html = S2T.convert(trs_page(ZQ_TITLE, p1.t2021_body(ZQ), decl='<meta charset="utf-8">', site=ZQ))
    r = parse1(url, html.encode("utf-8"))
    assert r.script == "traditional"
    assert not r.is_mirror, r.mirror_reason
    assert r.body_hash == orig.body_hash


def test_big5_encoded_gateway_page_header_only() -> None:
    # gateway serves Big5 bytes with the charset only in the HTTP header; the copied meta still says utf-8
    orig = gov_original()
    html = S2T.convert(trs_page(ZQ_TITLE, p1.t2021_body(ZQ), decl="", site=ZQ))
    r = parse1("http://www.gd.gov.cn/gate/big5/www.gd.gov.cn/zwgk/ndbg/content/post_3801234.html",
               html.encode("big5", "xmlcharrefreplace"), "text/html; charset=big5")
    assert r.script == "traditional" and r.title == S2T.convert(ZQ_TITLE)
    assert tfacts(r) == tfacts(orig)


def test_traditional_text_in_gbk_bytes_gb2312_meta() -> None:
    # mainland spam mirrors serve traditional text as GBK bytes under a gb2312 meta (seed 000's source): traditional
    # characters are outside GB2312, so a strict gb2312 decoder fails; GB18030 reads it
    agency = "某某县人民政府"
    title = f"{agency}2016年政府信息公开工作年度报告"
    orig = gov_original(agency, body=p1.e2014_body(agency), title=title)
    html = mirror_html(over_converted(title), over_converted(p1.e2014_body(agency)), decl=M_GB2312)
    r = parse1(MIRROR_URL, html.encode("gbk"))
    assert r.script == "traditional" and r.is_mirror and r.year == 2016
    assert r.title == over_converted(title)
    f = tfacts(r)
    assert (f.get("active.items_total"), f.get("apply.received.total"), f.get("org.staff_total")) == (860, 20, 6)
    assert f == tfacts(orig)


def test_simplified_page_with_traditional_version_link_stays_simplified() -> None:
    # KIROGOVCOMPARE lists 繁體版 as page noise: a link in the chrome does not make the report traditional
    chrome = ('<div class="lang"><a href="http://big5.qiaokou.gov.cn/gate/big5/www.qiaokou.gov.cn/">繁體版</a> | '
              '<a href="/english/">English</a> | <a href="#">無障礙瀏覽</a></div>')
    html = trs_page(title21(AG), p1.t2021_body(AG), decl='<meta charset="utf-8">', chrome_extra=chrome)
    r = parse1(GOV_URL, html.encode("utf-8"))
    assert r.script == "simplified" and not r.is_mirror
    assert "繁體版" not in r.body


T2S_TRAPS = [  # real simplified names that OpenCC t2s rewrites when applied to already-simplified text
    ("qianxian", "乾县人民政府", "http://www.qianxian.gov.cn/zwgk/zfxxgknb/202201/t20220120_880001.html"),
    ("qianan", "乾安县人民政府", "http://www.qianan.gov.cn/xxgk/xxgknb/202201/t20220120_12001.html"),
    ("yuqian", "杭州市临安区於潜镇人民政府", "http://www.linan.gov.cn/art/2022/1/20/art_1229290118_59001.html"),
    ("shengping", "某某县昇平镇人民政府", "http://www.example.gov.cn/art/2022/1/20/art_1229_88.html"),
]


def t2s_trap_body(agency: str) -> str:
    place = agency[:-4]
    return p1.t2021_body(agency, overview=f"2021年，{place}著力推进政务公开，公开质量显著提升，“{place}瞭望”政务新媒体开设专栏。")


@pytest.mark.parametrize(("agency", "url"), [c[1:] for c in T2S_TRAPS], ids=[c[0] for c in T2S_TRAPS])
def test_simplified_name_not_rewritten_by_t2s(agency: str, url: str) -> None:
    # issue text / schema: matching works on a t2s copy, stored text keeps what was published. 乾县 (610424),
    # 乾安县 (220723), 於潜镇 and 昇 are ordinary simplified text; t2s would turn them into 干县, 干安县, 于潜镇, 升
    html = trs_page(title21(agency), t2s_trap_body(agency), decl='<meta charset="utf-8">', site=agency)
    r = parse1(url, html.encode("utf-8"))
    assert r.script == "simplified" and not r.is_mirror
    assert r.title == title21(agency)
    assert agency[:-4] + "著力推进" in r.body and "瞭望" in r.body
    assert r.agency == agency


# (not 昇: in traditional text it is also the traditional form of 升, so a mirror's 昇平鎮 reads as 升平镇)
@pytest.mark.parametrize(("agency", "url"), [c[1:] for c in T2S_TRAPS[:3]], ids=[c[0] for c in T2S_TRAPS[:3]])
def test_simplified_name_and_traditional_mirror_same_hash(agency: str, url: str) -> None:
    # spec 3.8 rule 4: t2s(乾縣) is 乾县 while t2s(乾县) is 干县: a hash that converts the already-simplified original
    # too would split a report from its traditional copy (the "reverse" repairs of 2.7)
    orig = parse1(url, trs_page(title21(agency), t2s_trap_body(agency), decl='<meta charset="utf-8">', site=agency)
                  .encode("utf-8"))
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(title21(agency)), S2T.convert(t2s_trap_body(agency))).encode("utf-8"))
    assert r.script == "traditional" and r.is_mirror
    assert r.body_hash == orig.body_hash


SS = "apply.outcome.withheld.security_stability"
SS_DATA = {**BASE3, SS: [1, 0, 0, 0, 0, 0, 1], "apply.outcome.withheld.third_party": [0] * 7}


def test_traditional_mirror_corner_bracket_quotes_in_label() -> None:
    # traditional copies print 危及「三安全一穩定」; quotes are removed from labels before matching (2.7 step 4)
    body = S2T.convert(p1.t2021_body(ZQ, s3=sec3_2021(SS_DATA))).replace("“三安全一穩定”", "「三安全一穩定」")
    assert "「三安全一穩定」" in body
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(ZQ_TITLE), body).encode("utf-8"))
    f = tfacts(r)
    assert (f.get(f"{SS}.natural_person"), f.get(f"{SS}.total")) == (1, 1)
    assert f.get("apply.outcome.withheld.third_party.total") == 0


# ---------------------------------------------------------------------------------------------------------------
# D. full-width digits and brackets, spaces and quotes inside labels and numbers (spec 2.7)
# ---------------------------------------------------------------------------------------------------------------

def spaced(label: str, sep: str) -> str:
    """Insert `sep` between the characters of a label's text (after any list marker), as spaced headers print."""
    m = re.match(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)?(.*)$", label)
    marker, rest = m.group(1) or "", m.group(2)
    return marker + sep.join(rest)


HEADER_WORDS = ["自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计", "申请人情况"]
ROW_LABELS = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（七）总计",
              "四、结转下年度继续办理", "1.本机关不掌握相关政府信息", "2.重复申请"]


@pytest.mark.parametrize("sep", ["\u3000", "&nbsp;", "&#12288;", "\u200b", "<br>", "\ufeff", " \u3000"],
                         ids=["ideographic", "nbsp", "ncr-ideographic", "zwsp", "br", "inner-bom", "mixed"])
def test_whitespace_inside_section3_labels(sep: str) -> None:
    # spec 2.7 step 3: every whitespace (ASCII, \u3000, \xa0, zero-width, line breaks in cells) is deleted in labels
    html = sec3_2021()
    for w in HEADER_WORDS + ROW_LABELS:
        html = html.replace(f">{w}<", f">{spaced(w, sep)}<")
    assert html != sec3_2021()
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s3=html), decl='<meta charset="utf-8">').encode())
    assert tvals(r, EXP21) == EXP21
    assert {k: v for k, v in tfacts(r).items() if k.startswith("apply.")} == \
        {k: v for k, v in tfacts(utf8_control()).items() if k.startswith("apply.")}


@pytest.mark.parametrize("sep", ["\u3000", "&nbsp;", " "], ids=["ideographic", "nbsp", "space"])
def test_whitespace_inside_section4_and_section2_headers(sep: str) -> None:
    # seed 003 prints "结果 纠正", "尚未 审结"; chibi/lianhu print "本年新 制作数量", "处理决定 数量"
    s4 = sec4()
    for w in ["结果维持", "结果纠正", "其他结果", "尚未审结", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]:
        s4 = s4.replace(f">{w}<", f">{w[:2]}{sep}{w[2:]}<")
    s2 = p1.sec2_2021()
    for w in ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "行政规范性文件"]:
        s2 = s2.replace(f">{w}<", f">{w[:3]}{sep}{w[3:]}<")
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s2=s2, s4=s4), decl='<meta charset="utf-8">').encode())
    f = tfacts(r)
    assert (f.get("review.upheld"), f.get("review.pending"), f.get("review.total")) == (1, 1, 2)
    assert (f.get("litigation.direct.total"), f.get("litigation.after_review.corrected")) == (1, 1)
    assert (f.get("active.normative.issued"), f.get("active.normative.repealed"), f.get("active.normative.in_force")) \
        == (3, 1, 25)


QUOTES = ['危及"三安全一稳定"', "危及＂三安全一稳定＂", "危及「三安全一稳定」", "危及‘三安全一稳定’", "危及三安全一稳定",
          "危及『三安全一稳定』"]


@pytest.mark.parametrize("label", QUOTES, ids=["ascii", "fullwidth", "corner", "single-curly", "none", "white-corner"])
def test_quote_variants_in_security_stability_label(label: str) -> None:
    # spec 2.7 step 4: quote characters “ ” ‘ ’ " ' ＂ 「 」 are deleted before matching
    html = sec3_2021(SS_DATA).replace("危及“三安全一稳定”", label)
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s3=html), decl='<meta charset="utf-8">').encode())
    f = tfacts(r)
    assert (f.get(f"{SS}.natural_person"), f.get(f"{SS}.total")) == (1, 1)
    assert f.get("apply.outcome.withheld.third_party.total") == 0


SECRET = "apply.outcome.withheld.state_secret"
SECRET_DATA = {**BASE3, SECRET: [1, 0, 0, 0, 0, 0, 1], "apply.outcome.withheld.third_party": [0] * 7,
               "apply.outcome.not_processed.mass_repeat": [0, 0, 0, 0, 0, 0, 0]}
MARKER_VARIANTS = {
    "ascii-parens": {"（一）予以公开": "(一)予以公开", "（三）不予公开": "(三) 不予公开", "（七）总计": "(七)总计",
                     "（四）无法提供": "(四)无法提供"},
    "fullwidth-digit-markers": {"1.属于国家秘密": "１．属于国家秘密", "4.保护第三方合法权益": "４．保护第三方合法权益",
                                "1.本机关不掌握相关政府信息": "１．本机关不掌握相关政府信息", "2.重复申请": "２．重复申请"},
    "ideographic-comma-markers": {"1.属于国家秘密": "1、属于国家秘密", "1.本机关不掌握相关政府信息": "1、本机关不掌握相关政府信息",
                                  "2.重复申请": "2、重复申请", "4.保护第三方合法权益": "4、保护第三方合法权益"},
    "circled-markers": {"1.属于国家秘密": "①属于国家秘密", "1.本机关不掌握相关政府信息": "①本机关不掌握相关政府信息",
                        "2.重复申请": "②重复申请", "4.保护第三方合法权益": "④保护第三方合法权益"},
}


@pytest.mark.parametrize("variant", list(MARKER_VARIANTS))
def test_list_marker_and_bracket_variants(variant: str) -> None:
    # spec 2.7 steps 2 and 5: NFKC full-width digits/brackets; list markers 一、 （一） (一) 1. 1、 ① stripped
    html = sec3_2021(SECRET_DATA)
    for a, b in MARKER_VARIANTS[variant].items():
        assert a in html, a
        html = html.replace(f">{a}<", f">{b}<")
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s3=html), decl='<meta charset="utf-8">').encode())
    f = tfacts(r)
    assert (f.get(f"{SECRET}.natural_person"), f.get(f"{SECRET}.total")) == (1, 1)
    assert f.get("apply.outcome.unavailable.not_held.total") == 3
    assert f.get("apply.outcome.not_processed.duplicate.total") == 1
    assert (f.get("apply.outcome.granted.total"), f.get("apply.outcome.total.total")) == (7, 13)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def test_fullwidth_digits_in_title_and_period_sentence() -> None:
    # NFKC for matching: ２０２１年 is 2021; the stored title keeps the full-width digits as published
    agency = "某某县商务局"
    title = f"{agency}２０２１年政府信息公开工作年度报告"
    body = p1.t2021_body(agency).replace("统计期限自2021年1月1日起至2021年12月31日止",
                                         "统计期限自２０２１年１月１日起至２０２１年１２月３１日止")
    assert "２０２１年１２月３１日" in body
    html = trs_page(title, body, decl='<meta charset="utf-8">', site=agency, date="2022-01-15")
    r = parse1(GOV_URL, html.encode("utf-8"))
    assert (r.year, r.year_source) == (2021, "period")
    assert r.title == title and r.agency == agency


def test_fullwidth_year_in_title_only() -> None:
    agency = "某某县民政局"
    title = f"{agency}２０１２年政府信息公开工作年度报告"
    body = "".join(p(x) for x in ["一、概述", "２０１２年，我局认真贯彻落实《条例》。", "二、主动公开政府信息的情况",
                                  "全年主动公开政府信息２１５条。"])
    r = parse1(GOV_URL, trs_page(title, body, decl='<meta charset="utf-8">', site=agency, date="2013-03-20").encode())
    assert (r.year, r.year_source) == (2012, "title")
    assert facts(r, "text").get("active.items_total") == 215


PROSE_FW = [
    ("全年共受理政府信息公开申请２６件。", "apply.received.total", 26),
    ("全年共受理政府信息公开申请 26 件。", "apply.received.total", 26),
    ("全年共受理政府信息公开申请26\u00a0件。", "apply.received.total", 26),
    ("全年共受理政府信息公开申请\u3000２６\u3000件。", "apply.received.total", 26),
    ("全年共受理政府信息公开申请&nbsp;26&nbsp;件。", "apply.received.total", 26),
    ("全年主动公开政府信息1，234条。", "active.items_total", 1234),
    ("全年主动公开政府信息１，２３４条。", "active.items_total", 1234),
    ("全年主动公开政府信息１２３４条，其中通过政府网站公开政府信息９８７条。", "active.channel.website", 987),
    ("全年发生政府信息公开行政复议案件２件。", "review.total", 2),
    ("全年共受理政府信息公開申請２６件。", "apply.received.total", 26),
]


@pytest.mark.parametrize(("sentence", "key", "value"), PROSE_FW,
                         ids=["fw-digits", "ascii-spaces", "nbsp-char", "ideographic-spaces", "nbsp-entity",
                              "fw-comma-thousands", "fw-digits-and-comma", "fw-website", "fw-review", "trad-fw"])
def test_prose_numbers_fullwidth_and_spaces(sentence: str, key: str, value: float) -> None:
    # spec 2.7 (NFKC, whitespace) and the number rules: 1，234 accepted with exactly three digits after the comma
    body = "".join(p(x) for x in [
        "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。", "一、概述", "2012年，我局进一步健全工作机制。",
        "二、主动公开政府信息的情况", sentence if key.startswith("active") else "全年主动公开政府信息215条。",
        "三、依申请公开政府信息和不予公开政府信息的情况", sentence if not key.startswith("active") else "全年未收到申请。",
        "四、政府信息公开的收费及减免情况", "未收取任何费用。"])
    agency = "某某县民政局"
    r = parse1(GOV_URL, trs_page(f"{agency}2012年政府信息公开工作年度报告", body, decl='<meta charset="utf-8">',
                                 site=agency, date="2013-03-20").encode())
    assert facts(r, "text").get(key) == value


def test_fullwidth_signed_deltas_t2019() -> None:
    # 本年增/减 is signed (spec 1(b)); "－８" is NFKC "-8", not a dash placeholder; "－" alone stays a dash (0)
    s2 = sec2_2019(delta="－８").replace("<td>+2</td>", "<td>＋２</td>").replace("<td>-1</td>", "<td>－１</td>")
    s2 = s2.replace("<td>120</td>", "<td>１２０</td>")
    s2 = s2.replace("<td>行政处罚</td><td>300</td><td>0</td>", "<td>行政处罚</td><td>300</td><td>－</td>")
    assert "－８" in s2 and "<td>－</td>" in s2
    agency = "某某县人民政府"
    body = p1.t2019_body(agency).replace(sec2_2019(), s2)
    assert s2 in body
    r = parse1(GOV_URL, trs_page(f"{agency}2019年政府信息公开工作年度报告", body, decl='<meta charset="utf-8">',
                                 site=agency, date="2020-01-20").encode())
    f = tfacts(r)
    assert (f.get("active.permit.items_prev"), f.get("active.permit.items_delta")) == (120, -8)
    assert f.get("active.other_service.items_delta") == 2
    assert f.get("active.admin_fee.items_delta") == -1
    pen = next(x for x in r.facts if x.key == "active.penalty.items_delta" and x.source == "table")
    assert pen.value == 0 and pen.value_flag == "dash"


def test_fullwidth_digits_with_ideographic_padding_in_cells() -> None:
    data = {k: [f"\u3000{str(v).translate(FW)}\u3000" for v in row] for k, row in BASE3.items()}
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s3=sec3_2021(data)), decl='<meta charset="utf-8">')
               .encode())
    assert tvals(r, EXP21) == EXP21
    f = next(x for x in r.facts if x.key == "apply.received_new.total" and x.source == "table")
    assert "１４" in (f.raw_value or "")


def test_e2014_table_fullwidth_values_and_labels() -> None:
    # e2014 统计表 typed with a Chinese IME: full-width digits in values and in "计１条", "1.当面申请数" → "１．当面申请数"
    agency = "某某县人民政府"
    body = p1.e2014_body(agency)
    fw_body = re.sub(r"<td>(\d+)</td>", lambda m: f"<td>{m.group(1).translate(FW)}</td>", body)
    fw_body = re.sub(r"<td>(\d)\.", lambda m: f"<td>{m.group(1).translate(FW)}．", fw_body)
    fw_body = fw_body.replace("计1条", "计１条").replace("计1次", "计１次")
    assert fw_body != body and "<td>８６０</td>" in fw_body and "１．当面申请数" in fw_body
    title = f"{agency}2016年政府信息公开工作年度报告"
    r = parse1(GOV_URL, trs_page(title, fw_body, decl='<meta charset="utf-8">', site=agency, date="2017-03-20").encode())
    orig = gov_original(agency, body=body, title=title)
    f = tfacts(r)
    assert (f.get("active.items_total"), f.get("apply.channel.in_person"), f.get("apply.channel.online")) == (860, 5, 12)
    assert f == tfacts(orig)


def test_traditional_section4_headers_with_ideographic_spaces() -> None:
    # a traditional copy of the seed-003 shape: "結果　維持", "尚未　審結" in section 四
    s4 = sec4()
    for w in ["结果维持", "结果纠正", "其他结果", "尚未审结"]:
        s4 = s4.replace(f">{w}<", f">{w[:2]}\u3000{w[2:]}<")
    body = S2T.convert(p1.t2021_body(ZQ, s4=s4))
    assert "結果\u3000維持" in body
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(ZQ_TITLE), body).encode("utf-8"))
    f = tfacts(r)
    assert (f.get("review.upheld"), f.get("review.pending"), f.get("review.total")) == (1, 1, 2)
    assert (f.get("litigation.after_review.corrected"), f.get("litigation.after_review.total")) == (1, 1)


def test_traditional_row_labels_with_spaced_and_fullwidth_markers() -> None:
    # traditional mirror + full-width list markers + spaced header words, all at once
    html = sec3_2021(SECRET_DATA)
    for a, b in MARKER_VARIANTS["fullwidth-digit-markers"].items():
        html = html.replace(f">{a}<", f">{b}<")
    for w in HEADER_WORDS:
        html = html.replace(f">{w}<", f">{spaced(w, chr(0x3000))}<")
    body = S2T.convert(p1.t2021_body(ZQ, s3=html))
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(ZQ_TITLE), body).encode("utf-8"))
    f = tfacts(r)
    assert (f.get(f"{SECRET}.total"), f.get("apply.received_new.business"), f.get("apply.received_new.total")) == (1, 3, 14)
    assert f.get("apply.outcome.not_processed.duplicate.natural_person") == 1


def test_pinyin_glossed_title_year_and_agency() -> None:
    # spec 3.8: "報(bào)告" glosses also hit the title; the year and the agency are read through them
    title = "某某區人民政府2021年政府信息公(gōng)開工作年度報(bào)告"
    r = parse1(MIRROR_URL, mirror_html(title, S2T.convert(p1.t2021_body(ZQ))).encode("utf-8"))
    assert r.year == 2021 and r.is_mirror and r.script == "traditional"
    assert r.agency in ("某某區人民政府", "某某区人民政府")


def test_table_cells_with_enclosed_alphanumerics_are_not_numbers() -> None:
    # guard on NFKC: the circled marker ① in a label must not become a value "1" in the row
    html = sec3_2021(SECRET_DATA).replace(">1.属于国家秘密<", ">①属于国家秘密<")
    assert "①属于国家秘密" in html
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s3=html), decl='<meta charset="utf-8">').encode())
    f = tfacts(r)
    assert [f.get(f"{SECRET}.{c}") for c in ("natural_person", "business", "total")] == [1, 0, 1]


@pytest.mark.parametrize(("agency", "sentence"), [
    ("某某市体育局", "全年公开体育彩票公益金使用情况4批次，发布全民健身、校园足球赛事信息86条。"),
    ("某某市民政局", "全年公开福利彩票公益金使用情况3批次，福彩公益金资助项目信息全部按时公开。"),
], ids=["sports-lottery", "welfare-lottery"])
def test_gov_report_mentioning_lotteries_is_not_spam(agency: str, sentence: str) -> None:
    # spec 3.8 rule 3 detects gambling words on copies; a gov.cn report of a 体育局/民政局 legitimately reports its
    # 体育彩票/福利彩票 公益金: not a mirror, and the line is the report's own text (not an advertisement)
    body = p1.t2021_body(agency, overview=f"2021年，{agency}坚持以公开为常态。{sentence}")
    r = parse1(GOV_URL, trs_page(title21(agency), body, decl='<meta charset="utf-8">', site=agency).encode("utf-8"))
    assert not r.is_mirror, r.mirror_reason
    assert sentence in r.body


def test_fullwidth_decimal_point_in_fee_amount() -> None:
    # NFKC: "７．５２２" (万元, seed 003 prints 7.522) typed with a Chinese IME is 7.522
    r = parse1(GOV_URL, trs_page(title21(AG), p1.t2021_body(AG, s2=p1.sec2_2021(fee="７．５２２")),
                                 decl='<meta charset="utf-8">').encode())
    f = next(x for x in r.facts if x.key == "active.admin_fee.amount")
    assert f.value == pytest.approx(7.522)
    assert f.unit == "万元"


def test_two_page_gbk_report_second_page_without_meta() -> None:
    # TRS paginated article (t…_1.shtml): page 2's fragment template lost the meta; both pages are GBK bytes
    body = p1.t2021_body(AG)
    cut = body.index("<p>三、收到和处理政府信息公开申请情况</p>")
    base = "http://www.qiaokou.gov.cn/xxgk/xxgknb/202201/t20220125_1918233"
    pg1 = trs_page(title21(AG), body[:cut] + '<div class="page">共2页 <a href="t20220125_1918233_1.shtml">下一页</a></div>')
    pg2 = trs_page(title21(AG), body[cut:], decl="")
    r = parse_report([fetch(base + ".shtml", pg1.encode("gbk")), fetch(base + "_1.shtml", pg2.encode("gbk"))])
    assert r.title == title21(AG) and "\ufffd" not in r.body
    assert tvals(r, EXP21) == EXP21


def test_gbk_outer_page_utf8_iframe_body() -> None:
    # an old GBK portal page that frames the report body served by a newer UTF-8 document service
    outer = trs_page(title21(AG), '<iframe src="/nbfile/2022/nb2021.html" width="100%" height="3000"></iframe>')
    inner = f"<html><head><title>{title21(AG)}</title></head><body>{p1.t2021_body(AG)}</body></html>"
    r = parse_report([fetch(GOV_URL, outer.encode("gbk")),
                      fetch("http://www.qiaokou.gov.cn/nbfile/2022/nb2021.html", inner.encode("utf-8"),
                            "text/html; charset=utf-8")])
    assert r.title == title21(AG) and r.agency == AG
    assert "\ufffd" not in r.body
    assert tvals(r, EXP21) == EXP21


def test_traditional_chrome_simplified_report_is_simplified() -> None:
    # a Hong Kong news site reposts the report verbatim (simplified) inside its traditional-script chrome:
    # the report's script is that of its body; the host is not gov, so it is a copy
    html = f"""<html><head><meta charset="utf-8"><title>{ZQ_TITLE} - 香港商報網</title></head><body>
<div class="nav"><a href="/">首頁</a> | <a href="/news">新聞</a> | <a href="/finance">財經</a> | <a href="/china">內地</a>
| <a href="/about">關於我們</a> | <a href="/contact">聯絡我們</a> | 繁體 | 简体</div>
<div class="art"><h1>{ZQ_TITLE}</h1><div class="meta">發佈時間：2022-01-25　來源：網絡轉載</div>
<div class="content">{p1.t2021_body(ZQ)}</div></div>
<div class="foot">版權所有 不得轉載 香港商報網絡有限公司 聯絡電話：(852) 2564 0788</div></body></html>"""
    r = parse1("https://www.hkcd.com.hk/content/2022/01/25/content_1318181.html", html.encode("utf-8"))
    assert r.script == "simplified"
    assert r.is_mirror
    assert r.body_hash == gov_original().body_hash


def test_traditional_period_sentence_beats_wrong_title_year() -> None:
    # spec 0: the year comes from the 统计期限 sentence first; in a traditional copy it reads 統計期限
    body = S2T.convert(p1.t2021_body(ZQ))
    assert "統計期限自2021年1月1日起至2021年12月31日止" in body
    r = parse1(MIRROR_URL, mirror_html("某某區人民政府2022年政府信息公開工作年度報告", body).encode("utf-8"))
    assert (r.year, r.year_source) == (2021, "period")


def test_traditional_e2014_table_labels_with_ideographic_spaces() -> None:
    # e2014 統計表 in a traditional copy whose label cells were padded with 　 by the typist
    agency = "某某县人民政府"
    body = p1.e2014_body(agency)
    for lab in ["（一）收到申请数", "1.当面申请数", "3.网络申请数", "四、行政复议数量", "（三）从事政府信息公开工作人员数"]:
        assert f"<td>{lab}</td>" in body, lab
        body = body.replace(f"<td>{lab}</td>", f"<td>{lab[:-3]}\u3000{lab[-3:]}</td>")
    title = f"{agency}2016年政府信息公开工作年度报告"
    r = parse1(MIRROR_URL, mirror_html(S2T.convert(title), S2T.convert(body)).encode("utf-8"))
    f = tfacts(r)
    assert (f.get("apply.received.total"), f.get("apply.channel.in_person"), f.get("apply.channel.online"),
            f.get("review.total"), f.get("org.staff_total")) == (20, 5, 12, 2, 6)


def test_utf8_page_with_gbk_footer_include_stays_utf8() -> None:
    # server-side include of an old GBK footer into a UTF-8 page: a few invalid bytes at the end must not flip the
    # whole page to GBK (spec 3.6 re-decodes only when the share of bad characters is high)
    html = trs_page(title21(AG), p1.t2021_body(AG), decl=M_UTF8)
    head, foot = html.split('<div class="footer">')
    raw = head.encode("utf-8") + ('<div class="footer">' + foot).encode("gbk")
    r = parse1(GOV_URL, raw, "text/html; charset=utf-8")
    assert r.title == title21(AG) and r.agency == AG
    assert "\ufffd" not in r.body
    assert tvals(r, EXP21) == EXP21


def test_gbk_page_with_utf8_footer_include_stays_gbk() -> None:
    html = trs_page(title21(AG), p1.t2021_body(AG))
    head, foot = html.split('<div class="footer">')
    raw = head.encode("gbk") + ('<div class="footer">' + foot).encode("utf-8")
    r = parse1(GOV_URL, raw, "text/html")
    assert r.title == title21(AG) and r.agency == AG
    assert "\ufffd" not in r.body
    assert tvals(r, EXP21) == EXP21


def test_spam_suffix_in_title_element_only() -> None:
    # the mirror has no <h1>: the report title is read from <title> without the injected gambling suffix
    html = mirror_html(ZQ_TITLE, p1.t2021_body(ZQ)).replace(f'<h1 class="arc-title">{ZQ_TITLE}</h1>', "")
    r = parse1(MIRROR_URL, html.encode("utf-8"))
    assert r.title == ZQ_TITLE
    assert (r.year, r.is_mirror) == (2021, True)


def test_spam_name_replacing_agency_in_title() -> None:
    # spec 3.8: "澳门金沙城中心_欧洲杯足球网" replaces a county name in the copied title; the copy is still the report
    spam = "澳门金沙城中心_欧洲杯足球网"
    orig = gov_original()
    html = mirror_html(f"{spam}2021年政府信息公开工作年度报告", p1.t2021_body(ZQ), banner=spam)
    r = parse1(MIRROR_URL, html.encode("utf-8"))
    assert r.is_mirror and r.mirror_reason
    assert r.year == 2021 and r.template == "t2021"
    assert tfacts(r) == tfacts(orig)
    assert r.body_hash == orig.body_hash
