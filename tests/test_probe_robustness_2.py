"""Black-box robustness probe: hostile or broken pages must never hang the crawl.

Each case builds the bytes a (broken) portal could serve: a normal 2021-format annual report wrapped in
pathological furniture, or adversarial text aimed at the prose patterns, or odd charsets. The test checks that
`parse_report` finishes well within a generous bound (only a hang or catastrophic backtracking breaks it),
returns a Report, keeps a non-empty body, and still reads the embedded report's table facts.

Timings of the parse call are printed as "TIMING <id> <seconds>" (run with -s to see them).
"""

from __future__ import annotations

import time

import opencc
import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# Generous: the machine is shared (2 cores, several engineers). Only a hang or catastrophic backtracking
# should break this.
TIME_BOUND = 20.0

URL = "http://www.example-county.gov.cn/art/2022/1/20/art_1229000001_59000001.html"
HTML_HEADERS = {"content-type": "text/html; charset=utf-8"}
TITLE = "某某县人民政府2021年政府信息公开工作年度报告"
AGENCY = "某某县人民政府办公室"

# ---------------------------------------------------------------------------------------------------------
# the normal report (t2021) that is embedded in every hostile page
# ---------------------------------------------------------------------------------------------------------

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

# row label cells (html) and the 7 values; consistent: R1, R2, R3 hold.
S3_ROWS: list[tuple[str, tuple]] = [
    ('<td colspan="3">一、本年新收政府信息公开申请数量</td>', (10, 2, 0, 0, 0, 0, 12)),
    ('<td colspan="3">二、上年结转政府信息公开申请数量</td>', (1, 0, 0, 0, 0, 0, 1)),
    ('<td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>', (5, 1, 0, 0, 0, 0, 6)),
    ('<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>', (2, 0, 0, 0, 0, 0, 2)),
    ('<td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>', (0,) * 7),
    ("<td>2.其他法律行政法规禁止公开</td>", (0,) * 7),
    ("<td>3.危及“三安全一稳定”</td>", (0,) * 7),
    ("<td>4.保护第三方合法权益</td>", (0,) * 7),
    ("<td>5.属于三类内部事务信息</td>", (0,) * 7),
    ("<td>6.属于四类过程性信息</td>", (0,) * 7),
    ("<td>7.属于行政执法案卷</td>", (0,) * 7),
    ("<td>8.属于行政查询事项</td>", (0,) * 7),
    ('<td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>', (3, 0, 0, 0, 0, 0, 3)),
    ("<td>2.没有现成信息需要另行制作</td>", (0,) * 7),
    ("<td>3.补正后申请内容仍不明确</td>", (0,) * 7),
    ('<td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>', (0,) * 7),
    ("<td>2.重复申请</td>", (0, 1, 0, 0, 0, 0, 1)),
    ("<td>3.要求提供公开出版物</td>", (0,) * 7),
    ("<td>4.无正当理由大量反复申请</td>", (0,) * 7),
    ("<td>5.要求行政机关确认或重新出具已获取信息</td>", (0,) * 7),
    ('<td rowspan="3">（六）其他处理</td>'
     "<td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>", (0,) * 7),
    ("<td>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td>", (0,) * 7),
    ("<td>3.其他</td>", (0,) * 7),
    ('<td colspan="2">（七）总计</td>', (10, 2, 0, 0, 0, 0, 12)),
    ('<td colspan="3">四、结转下年度继续办理</td>', (1, 0, 0, 0, 0, 0, 1)),
]

# facts a careful reader records from the embedded report
EXPECTED = {
    "apply.received_new.total": 12.0,
    "apply.received_new.natural_person": 10.0,
    "apply.received_new.business": 2.0,
    "apply.carried_in.total": 1.0,
    "apply.outcome.granted.total": 6.0,
    "apply.outcome.partial.total": 2.0,
    "apply.outcome.unavailable.not_held.total": 3.0,
    "apply.outcome.not_processed.duplicate.business": 1.0,
    "apply.outcome.total.total": 12.0,
    "apply.carried_out.total": 1.0,
    "review.upheld": 2.0,
    "review.corrected": 1.0,
    "review.total": 3.0,
    "litigation.direct.upheld": 1.0,
    "litigation.direct.total": 1.0,
    "active.normative.issued": 3.0,
    "active.normative.repealed": 1.0,
    "active.normative.in_force": 20.0,
    "active.permit.decisions": 150.0,
    "active.penalty.decisions": 40.0,
    "active.coercion.decisions": 5.0,
    "active.admin_fee.amount": 12.5,
}
# sentence facts from section 一 (spec 2.5): "主动公开政府信息3256条", "共收到政府信息公开申请12件"
TEXT_EXPECTED = {"active.items_total": 3256.0, "apply.received.total": 12.0}
# a smaller set for cases where the report sits in a hostile page and only "what it can" is required
CORE = ("apply.received_new.total", "apply.outcome.total.total", "apply.carried_out.total", "review.total")

BODY_PHRASE = "本报告由某某县人民政府办公室根据"


def section3_table() -> str:
    head = (
        '<table border="1" cellspacing="0" cellpadding="0" class="MsoNormalTable">'
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>'
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
    )
    rows = "".join(
        "<tr>" + label + "".join(f"<td>{v}</td>" for v in vals) + "</tr>" for label, vals in S3_ROWS
    )
    return head + rows + "</table>"


def section2_tables() -> str:
    def cap(text: str, span: int) -> str:
        return f'<tr><td colspan="{span}" style="background:#ddd">{text}</td></tr>'

    t1 = (
        '<table border="1">' + cap("第二十条第（一）项", 4)
        + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
        + "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
        + "<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>20</td></tr></table>"
    )
    t5 = (
        '<table border="1">' + cap("第二十条第（五）项", 2)
        + "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
        + "<tr><td>行政许可</td><td>150</td></tr></table>"
    )
    t6 = (
        '<table border="1">' + cap("第二十条第（六）项", 2)
        + "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
        + "<tr><td>行政处罚</td><td>40</td></tr><tr><td>行政强制</td><td>5</td></tr></table>"
    )
    t8 = (
        '<table border="1">' + cap("第二十条第（八）项", 2)
        + "<tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr>"
        + "<tr><td>行政事业性收费</td><td>12.5</td></tr></table>"
    )
    return t1 + t5 + t6 + t8


def section4_table() -> str:
    words = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    vals = (2, 1, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
    return (
        '<table border="1">'
        '<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>'
        '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
        "<tr>" + "".join(f"<td>{w}</td>" for w in words * 3) + "</tr>"
        "<tr>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr></table>"
    )


def report_body(*, s3: str | None = None, extra_prose: str = "") -> str:
    """The report's own content (the TRS_Editor div content)."""
    return (
        f"<p>{BODY_PHRASE}《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告统计期限为2021年1月1日至"
        "2021年12月31日。</p>"
        "<p><strong>一、总体情况</strong></p>"
        "<p>2021年，我县全面贯彻落实《条例》，主动公开政府信息3256条。全年共收到政府信息公开申请12件，"
        "上年结转1件，已办结12件，结转下年度继续办理1件。</p>"
        f"{extra_prose}"
        "<p><strong>二、主动公开政府信息情况</strong></p>" + section2_tables()
        + "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + (s3 if s3 is not None else section3_table())
        + "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>" + section4_table()
        + "<p><strong>五、存在的主要问题及改进情况</strong></p><p>一是公开内容不够全面；二是解读形式较为单一。</p>"
        "<p><strong>六、其他需要报告的事项</strong></p><p>本年度未收取信息处理费。</p>"
    )


def page(
    content: str,
    *,
    pre: str = "",
    post: str = "",
    charset: str = "utf-8",
    title: str = TITLE,
    head_extra: str = "",
) -> str:
    """A TRS-style article page: header, nav, breadcrumb, metadata block, body, related links, footer."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{title}_某某县人民政府</title>\n"
        '<meta name="ArticleTitle" content="' + title + '">\n'
        '<meta name="PubDate" content="2022-01-20 09:30">\n'
        f"{head_extra}"
        '<link rel="stylesheet" href="/images/css/style.css">\n</head>\n<body>\n'
        '<div class="header"><a href="/">某某县人民政府</a><span>今天是：<script>document.write(new Date())</script>'
        '</span><a href="/wza/">无障碍</a><a href="/fanti/">繁體版</a></div>\n'
        '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
        '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>\n'
        f"{pre}"
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
        '<a href="/zwgk/xxgknb/">政府信息公开年报</a></div>\n'
        '<table class="xxgk-meta"><tr><td>索引号：</td><td>113300000000000000/2022-00012</td>'
        "<td>分类：</td><td>政府信息公开年报</td></tr>"
        f"<tr><td>发布机构：</td><td>{AGENCY}</td><td>发布日期：</td><td>2022-01-20</td></tr>"
        f"<tr><td>名称：</td><td colspan=\"3\">{title}</td></tr></table>\n"
        f'<div class="article"><h1>{title}</h1>\n'
        '<div class="info">发布时间：2022-01-20 09:30 来源：县政府办 浏览次数：<span id="hits">1024</span></div>\n'
        f'<div class="TRS_Editor" id="zoom">{content}</div>\n</div>\n'
        '<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/xxgknb/2021.html">'
        "某某县人民政府2020年政府信息公开工作年度报告</a></li></ul></div>\n"
        f"{post}"
        '<div class="footer"><p>主办：某某县人民政府办公室 地址：某某县人民路1号</p>'
        '<p>网站标识码：3301230001 <a href="https://beian.miit.gov.cn/">浙ICP备05000001号</a></p></div>\n'
        "</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------------------------
# furniture generators
# ---------------------------------------------------------------------------------------------------------

def furniture(n_bytes: int) -> str:
    """Realistic portal chrome: mega-menus, news lists, inline scripts and styles, 'related' link lists."""
    blocks = [
        '<div class="mega-menu"><ul>'
        + "".join(f'<li><a href="/col/col12290{i:05d}/index.html">部门栏目{i}</a></li>' for i in range(40))
        + "</ul></div>\n",
        '<ul class="news-list">'
        + "".join(
            f'<li><a href="/art/2021/{1 + i % 12}/{1 + i % 28}/art_1229_{i}.html" title="关于做好春季防火工作的通知">'
            f"关于做好2021年第{i}批次春季森林防火工作的通知</a><span>2021-{1 + i % 12:02d}-{1 + i % 28:02d}</span></li>"
            for i in range(30)
        )
        + "</ul>\n",
        "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
        "hm.src='https://hm.baidu.com/hm.js?abcdef';var s=document.getElementsByTagName('script')[0];"
        "s.parentNode.insertBefore(hm,s);})();var cfg={a:1,b:[1,2,3,4,5,6,7,8,9],c:'收到申请12件'};</script>\n",
        "<style>.news-list li{line-height:30px;border-bottom:1px dashed #ccc}.nav ul li a{color:#fff}</style>\n",
        '<div class="friend-links"><select onchange="window.open(this.value)"><option>政府网站</option>'
        + "".join(f'<option value="http://www.x{i}.gov.cn">某某市第{i}人民政府网站</option>' for i in range(25))
        + "</select></div>\n",
    ]
    unit = "".join(blocks)
    reps = max(1, n_bytes // len(unit.encode("utf-8")))
    return unit * reps


def big_prose_text(n: int) -> str:
    base = "为进一步推进政务公开工作，全县各部门高度重视，认真落实各项工作要求，持续加强信息发布、政策解读和回应关切"
    return (base * (n // len(base) + 1))[:n]


# ---------------------------------------------------------------------------------------------------------
# case builders: each returns (body bytes, headers, expectations)
# expectations: "facts" -> dict of key -> value that must be present; "body" -> True when body must be non-empty
# ---------------------------------------------------------------------------------------------------------

def utf8(html: str) -> bytes:
    return html.encode("utf-8")


def case_furniture(mb: float):
    def build():
        half = furniture(int(mb * 1_000_000 / 2))
        return utf8(page(report_body(), pre=half, post=half)), HTML_HEADERS, {"facts": EXPECTED, "body": True}
    return build


def case_rows_20000():
    # a 主动公开目录 appendix pasted into the page after the report: 20,000 rows of catalogue entries
    rows = "".join(
        f"<tr><td>{i}</td><td>330123-{i:06d}</td><td>关于第{i}号事项的公告</td><td>县政府办</td><td>2021-03-01</td></tr>"
        for i in range(20000)
    )
    big = ('<table border="1"><tr><td>序号</td><td>索引号</td><td>名称</td><td>发布机构</td><td>日期</td></tr>'
           + rows + "</table>")

    def build():
        return utf8(page(report_body(), post=big)), HTML_HEADERS, {"facts": EXPECTED, "body": True}
    return build


def case_rows_20000_inside():
    # the same giant table inside the report body (attached as 附表 after section 六)
    rows = "".join(f"<tr><td>{i}</td><td>第{i}项行政许可事项</td><td>{i % 7}</td></tr>" for i in range(20000))
    big = '<p>附表：行政许可事项清单</p><table border="1"><tr><td>序号</td><td>事项</td><td>件数</td></tr>' + rows + "</table>"

    def build():
        return utf8(page(report_body() + big)), HTML_HEADERS, {"facts": EXPECTED, "body": True}
    return build


def case_cols_300():
    header = "<tr>" + "".join(f"<td>第{i}列指标</td>" for i in range(300)) + "</tr>"
    data = "".join("<tr>" + "".join(f"<td>{(r * i) % 97}</td>" for i in range(300)) + "</tr>" for r in range(40))
    wide = '<table border="1">' + header + data + "</table>"

    def build():
        return (utf8(page(report_body(extra_prose="<p>附：各乡镇统计明细</p>" + wide))), HTML_HEADERS,
                {"facts": EXPECTED, "body": True})
    return build


def case_nested_divs(closed: bool, report_inside: bool):
    def build():
        opening = '<div class="wrap">' * 5000
        closing = "</div>" * 5000 if closed else ""
        if report_inside:
            html = page(opening + report_body() + closing)
        else:
            html = page(report_body(), pre=opening + "<span>栏目导航</span>" + closing)
        return utf8(html), HTML_HEADERS, {"facts": {k: EXPECTED[k] for k in CORE}, "body": True}
    return build


def case_single_line_3mb(with_tags: bool):
    line = big_prose_text(1_000_000)  # ~3 MB in UTF-8, no tags, no line break

    def build():
        if with_tags:
            html = page(report_body(), post=f'<div class="hidden-seo">{line}</div>')
            return utf8(html), HTML_HEADERS, {"facts": {k: EXPECTED[k] for k in CORE}, "body": True}
        # a page that is nothing but one 3 MB line of text (a broken export): no tags at all
        return utf8(TITLE + line), HTML_HEADERS, {"facts": {}, "body": True}
    return build


def case_br_100k():
    def build():
        html = page(report_body(extra_prose="<p>" + "<br>" * 100_000 + "</p>"))
        return utf8(html), HTML_HEADERS, {"facts": EXPECTED, "body": True}
    return build


def case_prose(run: str, *, inside: bool = True, facts: bool = True):
    """Adversarial run placed in the report's prose (section 一), where the sentence patterns look."""
    def build():
        para = f"<p>{run}</p>"
        html = page(report_body(extra_prose=para)) if inside else page(report_body(), post=para)
        exp = {k: EXPECTED[k] for k in CORE} if facts else {}
        return utf8(html), HTML_HEADERS, {"facts": exp, "body": True}
    return build


def case_tiny_tables():
    tiny = "".join(f'<table class="lay"><tr><td>·</td><td><a href="/x/{i}.html">信息{i}</a></td></tr></table>'
                   for i in range(5000))

    def build():
        return utf8(page(report_body(), pre=tiny)), HTML_HEADERS, {"facts": EXPECTED, "body": True}
    return build


def case_s3_repeated():
    def build():
        s3 = section3_table() * 500
        html = page(report_body(s3=s3))
        return utf8(html), HTML_HEADERS, {"facts": {}, "body": True, "same_values": True}
    return build


def case_nested_tables(report_inside: bool):
    def wrap(inner: str) -> str:
        for _ in range(50):
            inner = '<table width="100%" border="0"><tr><td valign="top">' + inner + "</td></tr></table>"
        return inner

    def build():
        if report_inside:
            html = page(wrap(report_body()))
            exp = {k: EXPECTED[k] for k in CORE}
        else:
            html = page(report_body(), pre=wrap("<a href='/'>首页</a>"))
            exp = EXPECTED
        return utf8(html), HTML_HEADERS, {"facts": exp, "body": True}
    return build


_S2T = opencc.OpenCC("s2t")


def case_charset(kind: str):
    def build():
        exp = {"facts": EXPECTED, "body": True}
        if kind == "utf-8-bom":
            return b"\xef\xbb\xbf" + utf8(page(report_body())), {"content-type": "text/html"}, exp
        if kind == "gbk-header":
            return page(report_body(), charset="gbk").encode("gbk"), {"content-type": "text/html; charset=GBK"}, exp
        if kind == "gb2312-meta-gbk-chars":
            # declared gb2312 but the agency name uses a character outside GB2312 (镕, GBK only)
            html = page(report_body(extra_prose="<p>联系人：朱镕、王喆。</p>"), charset="gb2312")
            return html.encode("gb18030"), {"content-type": "text/html"}, exp
        if kind == "gb18030-4byte":
            html = page(report_body(extra_prose="<p>联系人：䶮瑀𠮷先生。</p>"), charset="gb18030")
            return html.encode("gb18030"), {"content-type": "text/html; charset=gb18030"}, exp
        if kind == "big5-mirror":
            html = _S2T.convert(page(report_body(), charset="big5"))
            return (html.encode("big5", errors="xmlcharrefreplace"), {"content-type": "text/html; charset=big5"},
                    {"facts": EXPECTED, "body": True, "phrase": _S2T.convert(BODY_PHRASE)})
        if kind == "utf-16-bom":
            html = page(report_body(), charset="utf-16")
            return html.encode("utf-16"), {"content-type": "text/html"}, exp
        if kind == "header-utf8-meta-gbk":
            html = page(report_body(), charset="gbk")
            return html.encode("gbk"), {"content-type": "text/html; charset=utf-8"}, exp
        if kind == "no-declaration-gbk":
            html = page(report_body(), charset="gbk").replace(
                '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n', "")
            return html.encode("gbk"), {"content-type": "text/html"}, exp
        raise AssertionError(kind)
    return build


def case_charset_mixed():
    """One page stitched from templates saved in eight charsets (a CMS include gone wrong)."""
    def build():
        parts = [
            ("<div>页头：某某县人民政府门户网站</div>", "utf-8"),
            ("<div>导航：首页 政务公开 政务服务</div>", "gbk"),
            ("<div>友情链接：国务院 省政府</div>", "big5"),
            ("<div>通知公告：关于春节放假的通知</div>", "gb18030"),
            ("<div>热点专题：优化营商环境</div>", "utf-16-le"),
            ("<div>无障碍阅读</div>", "euc-jp"),
            ("<div>english menu</div>", "latin-1"),
            ("<div>版权所有</div>", "gb2312"),
        ]
        html = page(report_body(), charset="gbk")
        head, _, tail = html.partition('<div class="crumb">')
        body = head.encode("gbk")
        for text, enc in parts:
            body += text.encode(enc, errors="ignore")
        body += ('<div class="crumb">' + tail).encode("gbk")
        return body, {"content-type": "text/html"}, {"facts": EXPECTED, "body": True}
    return build


# ---------------------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------------------

CASES = [
    # huge pages
    pytest.param(case_furniture(2), id="furniture-2mb"),
    pytest.param(case_furniture(5), id="furniture-5mb"),
    pytest.param(case_rows_20000(), id="table-20000-rows-after-report"),
    pytest.param(case_rows_20000_inside(), id="table-20000-rows-inside-report"),
    pytest.param(case_cols_300(), id="table-300-columns"),
    pytest.param(case_nested_divs(closed=True, report_inside=False), id="div-5000-nested-furniture"),
    pytest.param(case_nested_divs(closed=False, report_inside=True), id="div-5000-unclosed-around-report"),
    pytest.param(case_single_line_3mb(with_tags=True), id="line-3mb-after-report"),
    pytest.param(case_single_line_3mb(with_tags=False), id="line-3mb-no-tags"),
    pytest.param(case_br_100k(), id="br-100k"),
    # adversarial runs for the prose patterns
    pytest.param(case_prose("申请" * 100_000 + "12件"), id="re-shenqing-100k"),
    pytest.param(case_prose("受理" * 100_000), id="re-shouli-100k"),
    pytest.param(case_prose("行政复议" * 100_000 + "3件"), id="re-xingzhengfuyi-100k"),
    pytest.param(case_prose("行政诉讼" * 100_000 + "1件"), id="re-xingzhengsusong-100k"),
    pytest.param(case_prose("本机关未发生因政府信息公开引起的行政复议、行政诉讼。" * 10_000),
                 id="re-fuyi-susong-sentence-x10k"),
    pytest.param(case_prose("收到政府信息公开申请" + "1," * 100_000 + "件"), id="re-comma-ones-100k"),
    pytest.param(case_prose("共收到申请" + "一二三四五六七八九十百千万" * 10_000 + "件"), id="re-cn-numerals-130k"),
    pytest.param(case_prose("（一）" * 50_000), id="re-paren-yi-50k"),
    pytest.param(case_prose("第二十条第（一）项" * 10_000), id="re-article20-10k"),
    pytest.param(case_prose("|" * 50_000), id="re-pipes-50k"),
    pytest.param(case_prose("本年新收政府信息公开申请数量" + " " * 100_000 + "上年结转政府信息公开申请数量"),
                 id="re-spaces-100k-between-labels"),
    pytest.param(case_prose("全年共收到政府信息公开申请" + "１２３４５６７８９０" * 10_000 + "件"),
                 id="re-fullwidth-digits-100k"),
    pytest.param(case_prose("2021年" * 20_000 + "政府信息公开工作年度报告"), id="re-year-run-20k"),
    pytest.param(case_prose("收到政府信息公开申请" + "1" * 100_000 + "件"), id="re-100k-digit-number"),
    pytest.param(case_prose("行政复议" + "\u3000" * 50_000 + "件，行政诉讼" + "&nbsp;" * 50_000 + "件"),
                 id="re-ideographic-and-nbsp-runs"),
    # many tables
    pytest.param(case_tiny_tables(), id="tables-5000-two-cell"),
    pytest.param(case_s3_repeated(), id="section3-table-x500"),
    pytest.param(case_nested_tables(report_inside=True), id="tables-nested-50-around-report"),
    pytest.param(case_nested_tables(report_inside=False), id="tables-nested-50-in-furniture"),
    # charsets
    pytest.param(case_charset("utf-8-bom"), id="cs-utf8-bom"),
    pytest.param(case_charset("gbk-header"), id="cs-gbk-header"),
    pytest.param(case_charset("gb2312-meta-gbk-chars"), id="cs-gb2312-declared-gbk-chars"),
    pytest.param(case_charset("gb18030-4byte"), id="cs-gb18030-4byte"),
    pytest.param(case_charset("big5-mirror"), id="cs-big5-traditional"),
    pytest.param(case_charset("utf-16-bom"), id="cs-utf16-bom"),
    pytest.param(case_charset("header-utf8-meta-gbk"), id="cs-header-utf8-body-gbk"),
    pytest.param(case_charset("no-declaration-gbk"), id="cs-undeclared-gbk"),
    pytest.param(case_charset_mixed(), id="cs-eight-charsets-stitched"),
]


@pytest.mark.timeout(240)
@pytest.mark.parametrize("build", CASES)
def test_hostile_page_parses_in_bounded_time(build, request):
    body, headers, exp = build()
    t0 = time.perf_counter()
    report = parse_report([Fetched(URL, body, headers)])
    elapsed = time.perf_counter() - t0
    print(f"\nTIMING {request.node.callspec.id} {elapsed:.3f}s ({len(body) / 1e6:.2f} MB)")

    assert isinstance(report, Report)
    assert elapsed < TIME_BOUND, f"parse took {elapsed:.1f}s on {len(body) / 1e6:.2f} MB"
    if exp.get("body"):
        assert report.body.strip(), "body is empty although the page has text"
    phrase = exp.get("phrase", BODY_PHRASE)
    if exp.get("facts"):
        assert phrase in report.body
        got = {}
        for f in report.facts:
            if f.source == "table":
                got.setdefault(f.key, f.value)
        missing = {k: v for k, v in exp["facts"].items() if got.get(k) != v}
        assert not missing, f"table facts lost or wrong: {[(k, v, got.get(k)) for k, v in missing.items()]}"
        assert not report.tables_missing
        text = {}
        for f in report.facts:
            if f.source == "text":
                text.setdefault(f.key, f.value)
        lost = {k: (v, text.get(k)) for k, v in TEXT_EXPECTED.items() if text.get(k) != v}
        assert not lost, f"sentence facts lost or wrong: {lost}"
    if exp.get("same_values"):
        # the same grid printed 500 times: whatever is kept must carry the grid's values
        vals = {f.value for f in report.facts if f.key == "apply.received_new.total"}
        assert vals == {12.0}, vals
