"""Sixth independent accuracy probe of `parse_report`: the old eras e2008 (2008–2013) and e2014 (2014–2018).

Built from the spec (sections 0, 1(a), 1(d) O1–O7/R10, 2.4, 2.5, 2.6, 2.7, 3.2) and from how portals of those years
published the reports (TRS 公开目录 pages in GB2312, Hanweb jcms articles, old ASP table-layout pages, traditional-script
mirrors), not from the code. Each case builds page bytes, parses them and asserts what a careful human reader records:
prose statistics in their many phrasings, the national 政府信息公开情况统计表 (国办发〔2014〕32号) printed as an HTML
grid with merged cells, as one value per line (seed 002), pipe-flattened or space-separated text, reporting year and
template at era boundaries, the cross-era headline keys (2.6) and the e2014 consistency rules.
"""

from __future__ import annotations

import pytest
from test_probe_accuracy import sec2_2019, sec3_2019, sec4

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page chrome of the 2008–2019 portals
# ---------------------------------------------------------------------------------------------------------------


def P(text: str) -> str:
    return f"<p>{text}</p>"


def indent(text: str) -> str:
    """A paragraph as the TRS editor saved it: 2em indent with ideographic spaces inside a styled span."""
    return f'<p style="text-indent:2em;line-height:180%"><span style="font-size:16px;font-family:仿宋_GB2312">{text}</span></p>'


def trs_gkml_page(title: str, content: str, *, date: str, index_no: str = "", publisher: str = "",
                  site: str = "某某区人民政府", code: str = "") -> bytes:
    """A TRS WCM 公开目录 article (2014–2018): GB2312, metadata grid, TRS_Editor div, print/close footer."""
    foot = f"网站标识码：{code}　" if code else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<link href="../../../images/gkml.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="../../../images/jquery-1.7.2.min.js"></script>
</head><body>
<div class="gkml_top"><img src="../../../images/gkml_banner.jpg" /><span>{site}信息公开目录</span></div>
<div class="gkml_nav"><a href="../../../">首页</a> | <a href="../../../xxgkzn/">信息公开指南</a> | <a href="../../../xxgkzd/">信息公开制度</a> |
<a href="../../../xxgkml/">信息公开目录</a> | <a href="../../../xxgknb/">信息公开年报</a> | <a href="../../../ysqgk/">依申请公开</a></div>
<div class="gkml_wz">您当前所在位置：<a href="../../../">首页</a> &gt; <a href="../../">信息公开年报</a></div>
<table class="gkml_xx" width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#c7d9ec">
<tr><td class="td_l">索 引 号：</td><td class="td_r">{index_no}</td><td class="td_l">主题分类：</td><td class="td_r">综合政务/其他</td></tr>
<tr><td class="td_l">发布机构：</td><td class="td_r">{publisher}</td><td class="td_l">生成日期：</td><td class="td_r">{date}</td></tr>
<tr><td class="td_l">名　　称：</td><td class="td_r" colspan="3">{title}</td></tr>
<tr><td class="td_l">文　　号：</td><td class="td_r"></td><td class="td_l">主 题 词：</td><td class="td_r">信息公开 年报</td></tr>
</table>
<div class="gkml_content"><div class="gkml_bt">{title}</div>
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}
.TRS_Editor TD,.TRS_Editor TH{{font-size:10.5pt;}}</style>
{content}
</div></div>
<div class="gkml_tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="gkml_foot">主办单位：{site}办公室　{foot}ICP备案号：吉ICP备05002345号<br />地址：某某路16号　联系电话：0431-89177997</div>
</body></html>"""
    return doc.encode("gb18030")


def hanweb_page(title: str, content: str, *, date: str, site: str = "某某县人民政府", source: str = "县政府办") -> bytes:
    """A Hanweb jcms article (2015–2019), UTF-8, 信息内容 begin/end markers, zoom div, counter script."""
    nav = "".join(f'<li><a href="/col/col{2900 + i}/index.html" target="_blank">{n}</a></li>'
                  for i, n in enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进本县", "专题专栏"]))
    doc = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="政府信息公开年报">
<title>{title}</title><script type="text/javascript" src="/script/jquery.js"></script></head><body>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div><ul class="nav">{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2901/index.html">政务公开</a> &gt; <a href="/col/col2931/index.html">政府信息公开年报</a></div>
<div class="main"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center"><!--<$[标题名称]>begin-->{title}<!--<$[标题名称]>end--></td></tr>
<tr><td align="center" class="info">发布日期：<!--<$[发布日期]>begin-->{date}<!--<$[发布日期]>end-->　信息来源：{source}　浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=2931&artid=1534"></script></td></tr>
<tr><td id="zoom" class="bt_content"><!--<$[信息内容]>begin-->{content}<!--<$[信息内容]>end--></td></tr>
<tr><td align="right">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】</td></tr>
</table></div>
<div class="footer">主办：{site}办公室　承办：{site}信息中心<br>政府网站标识码：3305230001　浙ICP备05012345号</div>
</body></html>"""
    return doc.encode("utf-8")


def asp_page(title: str, lines: list[str], *, date: str, site: str = "某某市人民政府") -> bytes:
    """A 2009–2013 ASP portal: table layout, <font>, lines separated by <br>, GB2312 only in the meta tag."""
    body = "<br>\r\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + t for t in lines)
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{site}--{title}</title><link href="/style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="960" height="150"></td></tr>
<tr><td bgcolor="#0A5CA8" height="32"><a href="/"><font color="#FFFFFF">网站首页</font></a>　<a href="/zwgk/"><font color="#FFFFFF">政务公开</font></a>　<a href="/bsfw/"><font color="#FFFFFF">办事服务</font></a>　<a href="/hdjl/"><font color="#FFFFFF">互动交流</font></a></td></tr>
<tr><td height="28">&nbsp;您的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 政府信息公开年度报告</td></tr>
<tr><td align="center" height="50"><font style="font-size:18px" color="#B50000"><strong>{title}</strong></font></td></tr>
<tr><td align="center" bgcolor="#F2F2F2">作者：　来源：{site}办公室　发布时间：{date}　阅读：<font color="red">1356</font>次</td></tr>
<tr><td class="content" style="font-size:14px;line-height:26px"><font face="宋体">{body}</font></td></tr>
<tr><td align="center"><a href="javascript:window.close()">[关闭窗口]</a></td></tr>
<tr><td align="center" bgcolor="#0A5CA8"><font color="#FFFFFF">版权所有：{site}　技术支持：某某信息技术有限公司</font></td></tr>
</table></body></html>"""
    return doc.encode("gb18030")


GKML_URL = "http://xxgk.example.gov.cn/xxgk/xxgknb/201702/t20170215_1349921.html"
HANWEB_URL = "http://www.example.gov.cn/art/2016/3/1/art_2931_1534.html"
ASP_URL = "http://www.example.gov.cn/zwgk/ShowArticle.asp?ArticleID=3517"
GBK = {"content-type": "text/html"}


def parse(url: str, body: bytes, headers: dict[str, str] | None = None) -> Report:
    return parse_report([Fetched(url=url, body=body, headers=headers or GBK)])


def facts(r: Report, source: str | None = None) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for f in r.facts:
        if source is None or f.source == source:
            out.setdefault(f.key, f.value)
    return out


def fact(r: Report, key: str, source: str | None = None) -> Fact | None:
    return next((f for f in r.facts if f.key == key and (source is None or f.source == source)), None)


def failing(r: Report) -> set[str]:
    return {c.rule for c in r.checks if not c.passed}


def failing_families(r: Report) -> set[str]:
    return {c.rule.split(".")[0] for c in r.checks if not c.passed}


def dump(r: Report) -> list[tuple[str, float | None, str]]:
    return [(f.key, f.value, f.source) for f in r.facts]


# ---------------------------------------------------------------------------------------------------------------
# the national e2014 统计表 (spec 1(a), keys 2.4), one consistent data set (O1–O7 all hold)
# ---------------------------------------------------------------------------------------------------------------

H = None  # heading row: no unit, no value
E14: list[tuple[str | None, str, str, object]] = [
    (H, "一、主动公开情况", "", ""),
    ("active.items_total", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 3218),
    ("active.normative.published", "其中：主动公开规范性文件数", "条", 9),
    ("active.normative.issued_total", "制发规范性文件总数", "件", 4),
    ("proposal.results_published", "人大代表建议和政协提案办理结果公开数", "件", 27),
    (H, "（二）通过不同渠道和方式公开政府信息的情况", "", ""),
    ("active.channel.gazette", "1.政府公报公开政府信息数", "条", 12),
    ("active.channel.website", "2.政府网站公开政府信息数", "条", 2960),
    ("active.channel.weibo", "3.政务微博公开政府信息数", "条", 845),
    ("active.channel.wechat", "4.政务微信公开政府信息数", "条", 1032),
    ("active.channel.other", "5.其他方式公开政府信息数", "条", 58),
    (H, "二、回应解读情况", "", ""),
    ("response.hot_topics", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", 6),
    (H, "（二）通过不同渠道和方式回应解读的情况", "", ""),
    ("response.press_conf", "1.参加或举办新闻发布会总次数", "次", 5),
    ("response.press_conf_by_head", "其中：主要负责同志参加新闻发布会次数", "次", 3),
    ("response.online_interviews", "2.政府网站在线访谈次数", "次", 8),
    ("response.online_interviews_by_head", "其中：主要负责同志参加政府网站在线访谈次数", "次", 4),
    ("response.interpretations", "3.政策解读稿件发布数", "篇", 17),
    ("response.weibo_wechat_events", "4.微博微信回应事件数", "次", 96),
    ("response.other_events", "5.其他方式回应事件数", "次", 2),
    (H, "三、依申请公开情况", "", ""),
    ("apply.received.total", "（一）收到申请数", "件", 37),
    ("apply.channel.in_person", "1.当面申请数", "件", 14),
    ("apply.channel.fax", "2.传真申请数", "件", 1),
    ("apply.channel.online", "3.网络申请数", "件", 19),
    ("apply.channel.letter", "4.信函申请数", "件", 3),
    ("apply.closed.total", "（二）申请办结数", "件", 35),
    ("apply.closed.on_time", "1.按时办结数", "件", 33),
    ("apply.closed.extended", "2.延期办结数", "件", 2),
    ("apply.answer.total", "（三）申请答复数", "件", 35),
    ("apply.answer.already_public", "1.属于已主动公开范围数", "件", 6),
    ("apply.answer.granted", "2.同意公开答复数", "件", 15),
    ("apply.answer.partial", "3.同意部分公开答复数", "件", 2),
    ("apply.answer.denied", "4.不同意公开答复数", "件", 3),
    ("apply.answer.denied.state_secret", "其中：涉及国家秘密", "件", 0),
    ("apply.answer.denied.commercial_secret", "涉及商业秘密", "件", 1),
    ("apply.answer.denied.privacy", "涉及个人隐私", "件", 1),
    ("apply.answer.denied.security_stability", "危及国家安全、公共安全、经济安全和社会稳定", "件", 0),
    ("apply.answer.denied.not_gov_info", "不是《条例》所指政府信息", "件", 1),
    ("apply.answer.denied.law_other", "法律法规规定的其他情形", "件", 0),
    ("apply.answer.not_this_agency", "5.不属于本行政机关公开数", "件", 4),
    ("apply.answer.not_exist", "6.申请信息不存在数", "件", 3),
    ("apply.answer.ask_correction", "7.告知作出更改补充数", "件", 1),
    ("apply.answer.other_channel", "8.告知通过其他途径办理数", "件", 1),
    ("review.total", "四、行政复议数量", "件", 4),
    ("review.upheld", "（一）维持具体行政行为数", "件", 3),
    ("review.corrected", "（二）被依法纠错数", "件", 1),
    ("review.other", "（三）其他情形数", "件", 0),
    ("litigation.total", "五、行政诉讼数量", "件", 2),
    ("litigation.upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件", 1),
    ("litigation.corrected", "（二）被依法纠错数", "件", 0),
    ("litigation.other", "（三）其他情形数", "件", 1),
    ("complaint.total", "六、举报投诉数量", "件", 1),
    ("fee.request_fees", "七、依申请公开信息收取的费用", "万元", 0),
    (H, "八、机构建设和保障经费情况", "", ""),
    ("org.dedicated_units", "（一）政府信息公开工作专门机构数", "个", 1),
    ("org.reading_points", "（二）设置政府信息公开查阅点数", "个", 12),
    ("org.staff_total", "（三）从事政府信息公开工作人员数", "人", 5),
    ("org.staff_fulltime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", 2),
    ("org.staff_parttime", "2.兼职人员数", "人", 3),
    ("org.budget", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", 4.5),
    (H, "九、政府信息公开会议和培训情况", "", ""),
    ("training.meetings", "（一）召开政府信息公开工作会议或专题会议数", "次", 3),
    ("training.courses", "（二）举办各类培训班数", "次", 2),
    ("training.trainees", "（三）接受培训人员数", "人次", 140),
]
E14_EXPECTED = {k: float(v) for k, _, _, v in E14 if k is not None}
E14_UNITS = {k: u for k, _, u, _ in E14 if k is not None}


def e14_rows(over: dict[str, object] | None = None) -> list[tuple[str | None, str, str, str]]:
    over = over or {}
    return [(k, label, unit, str(over.get(k, v)) if k else "") for k, label, unit, v in E14]


def td(text: object, rs: int = 1, cs: int = 1, tag: str = "td", attrs: str = "") -> str:
    span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<{tag}{span}{attrs}>{text}</{tag}>"


def tr(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


SIGN = "单位负责人：金某某　审核人：李某某　填报人：刘某　联系电话：0431-89197997　填表日期：{y}年1月10日"


# --- renderings -------------------------------------------------------------------------------------------------

def grid_merged(over: dict[str, object] | None = None, year: int = 2016) -> str:
    """Word table pasted into the CMS: caption rows merged over all columns, header 统计指标 | 单位 | 统计数,
    heading rows merged over the three columns, signature row merged at the end."""
    rows = [tr(td("政府信息公开情况统计表", cs=3, attrs=' align="center"')),
            tr(td(f"（{year}年度）", cs=3, attrs=' align="center"')),
            tr(td("填报单位（盖章）：某某区人民政府办公室", cs=2), td("")),
            tr(td("统 计 指 标", attrs=' align="center"'), td("单位"), td("统计数"))]
    for k, label, unit, value in e14_rows(over):
        if k is None:
            rows.append(tr(td(f"<strong>{label}</strong>", cs=3)))
        else:
            rows.append(tr(td(label), td(unit, attrs=' align="center"'), td(value, attrs=' align="center"')))
    rows.append(tr(td(SIGN.format(y=year + 1), cs=3)))
    return '<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">' + "".join(
        rows) + "</table>"


def grid_two_label_columns(over: dict[str, object] | None = None) -> str:
    """Header 统计指标 spans two label columns; the part heading (一、… 九、) is a rowspan cell on the left,
    the item labels sit in the second column (a Jiangxi/Hunan-style layout)."""
    groups: list[tuple[str, list[tuple[str | None, str, str, str]]]] = []
    for row in e14_rows(over):
        k, label = row[0], row[1]
        if k is None and label[0] in "一二三四五六七八九" and "、" in label[:2]:
            groups.append((label, []))
        elif k is not None and label[0] in "四五六七" and "、" in label[:2]:
            groups.append((label, [row]))  # single-row parts: value on the part row itself
        else:
            groups[-1][1].append(row)
    out = [tr(td("统计指标", cs=2, tag="th"), td("单位", tag="th"), td("统计数", tag="th"))]
    for head, items in groups:
        if len(items) == 1 and items[0][1] == head:
            out.append(tr(td(head, cs=2), td(items[0][2]), td(items[0][3])))
            continue
        for i, (k, label, unit, value) in enumerate(items):
            left = td(head, rs=len(items)) if i == 0 else ""
            if k is None:
                out.append(tr(left, td(label), td(""), td("")))
            else:
                out.append(tr(left, td(label), td(unit), td(value)))
    return '<table border="1" cellspacing="0">' + "".join(out) + "</table>"


def per_line(over: dict[str, object] | None = None, year: int = 2017) -> str:
    """Seed 002: the table flattened to one cell per paragraph (label, unit, value), empty cells as &nbsp;
    paragraphs, the long labels wrapped before their parenthetical note."""
    out = [P("政府信息公开情况统计表"), P(f"（{year}年度）"), P("&nbsp;"), P("填报单位（盖章）：某某区人民政府政务公开办公室"),
           P("统 计 指 标"), P("单位"), P("统计数")]
    for k, label, unit, value in e14_rows(over):
        if k is None:
            out += [P(label), P("&nbsp;"), P("&nbsp;")]
            continue
        if "（不同" in label:
            head, note = label.split("（不同", 1)
            out += [P(head.replace("）", "） ", 1)), P("（不同" + note)]
        else:
            out.append(P(label))
        out += [P(unit), P(value)]
    out.append(P(SIGN.format(y=year)))
    return "".join(out)


def piped(over: dict[str, object] | None = None) -> str:
    """A PDF/Word text dump: one row per line, cells joined by ' | '."""
    out = [P("政府信息公开情况统计表"), P("统计指标 | 单位 | 统计数")]
    for k, label, unit, value in e14_rows(over):
        out.append(P(f"{label} | | " if k is None else f"{label} | {unit} | {value}"))
    return "".join(out)


def spaced(over: dict[str, object] | None = None) -> str:
    """A text dump that separated the cells by runs of ideographic spaces (lines joined by <br>)."""
    lines = ["统计指标　　　　单位　　统计数"]
    for k, label, unit, value in e14_rows(over):
        lines.append(label if k is None else f"{label}　　　　{unit}　　{value}")
    return "<p>" + "<br>".join(lines) + "</p>"


def grid_value_before_unit(over: dict[str, object] | None = None) -> str:
    """Columns in the order 统计指标 | 统计数 | 单位 (some county forms)."""
    rows = [tr(td("统计指标"), td("统计数"), td("单位"))]
    for _k, label, unit, value in e14_rows(over):
        rows.append(tr(td(label), td(value or "—"), td(unit or "—")))
    return '<table border="1">' + "".join(rows) + "</table>"


def grid_thead_word(over: dict[str, object] | None = None) -> str:
    """Word 'save as web page': MsoNormalTable, thead with th, every cell text inside p/span with mso styles."""
    def w(text: str) -> str:
        return (f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt;'
                f'font-family:宋体;mso-bidi-font-family:宋体">{text}<span lang="EN-US"><o:p></o:p></span></span></p>')
    head = ('<thead><tr><th width="360" style="border:solid windowtext 1.0pt">' + w("统计指标") + "</th>"
            '<th width="80">' + w("单位") + '</th><th width="100">' + w("统计数") + "</th></tr></thead>")
    body = []
    for _k, label, unit, value in e14_rows(over):
        body.append(tr(td(w(label), attrs=' width="360" valign="top"'), td(w(unit or "&nbsp;")),
                       td(w(value or "&nbsp;"))))
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
            'mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">' + head + "<tbody>" + "".join(body)
            + "</tbody></table>")


def grid_alt_header(over: dict[str, object] | None = None) -> str:
    """Header words of a county form: 项目 | 计量单位 | 数量, with the heading rows left with empty cells."""
    rows = [tr(td("项　目", tag="th"), td("计量单位", tag="th"), td("数　量", tag="th"))]
    for _k, label, unit, value in e14_rows(over):
        rows.append(tr(td(label), td(unit or "&nbsp;"), td(value or "&nbsp;")))
    return '<table width="100%" border="1" cellpadding="2">' + "".join(rows) + "</table>"


def per_line_compact(over: dict[str, object] | None = None) -> str:
    """A text dump that dropped the empty cells: heading rows are followed directly by the next label."""
    out = [P("政府信息公开情况统计表"), P("统计指标"), P("单位"), P("统计数")]
    for k, label, unit, value in e14_rows(over):
        out += [P(label)] if k is None else [P(label), P(unit), P(value)]
    return "".join(out)


def label_units(over: dict[str, object] | None = None) -> str:
    """No unit column: the unit is printed in brackets at the end of each label, 统计指标 | 统计数."""
    rows = [tr(td("统计指标"), td("统计数"))]
    for k, label, unit, value in e14_rows(over):
        rows.append(tr(td(label if k is None else f"{label}（{unit}）"), td(value)))
    return '<table border="1">' + "".join(rows) + "</table>"


RENDER = {"grid_merged": grid_merged, "per_line_compact": per_line_compact, "label_units": label_units, "grid_alt_header": grid_alt_header, "two_label_columns": grid_two_label_columns, "per_line": per_line,
          "piped": piped, "spaced": spaced, "value_before_unit": grid_value_before_unit, "word_thead": grid_thead_word}


def e2014_prose(year: int, agency: str, *, received: int = 37, items: int = 3218, review: int = 4,
                litigation: int = 2, extra: str = "") -> str:
    return "".join([
        indent(f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布{agency}{year}年度政府信息公开"
               f"工作年度报告。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        indent("本报告的电子版可在政府门户网站下载。如对本报告有疑问，请与政务公开办公室联系（电话：0431-89177997）。"),
        indent("一、概述"),
        indent(f"{year}年，{agency}以《中办国办关于全面推进政务公开工作的意见》为指导，积极稳妥推进政府信息公开工作。{extra}"),
        indent("二、主动公开政府信息的情况"),
        indent(f"{year}年，新增主动公开政府信息{items}条。"),
        indent("三、依申请公开政府信息情况"),
        indent(f"{year}年，共收到政府信息公开申请{received}件。"),
        indent("四、政府信息公开的收费及减免情况"),
        indent("未收取任何费用。"),
        indent("五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
        indent(f"{year}年，因政府信息公开申请行政复议{review}件，提起行政诉讼{litigation}件。"),
        indent("六、政府信息公开工作存在的主要问题及改进情况"),
        indent("部分单位工作人员变动频繁，业务培训有待加强。"),
        indent("七、其他需要报告的事项：无"),
        indent("八、附表："),
    ])


def e2014_report(variant: str = "grid_merged", over: dict[str, object] | None = None, *, year: int = 2016,
                 agency: str = "某某区人民政府", **prose_kw) -> Report:
    table_html = RENDER[variant](over)
    title = f"{agency}{year}年政府信息公开工作年度报告"
    page = trs_gkml_page(title, e2014_prose(year, agency, **prose_kw) + table_html, date=f"{year + 1}-02-15",
                         index_no=f"11220105013900000X/{year + 1}-00012", publisher="某某区人民政府办公室")
    return parse(GKML_URL, page)


# ---------------------------------------------------------------------------------------------------------------
# 1. the e2014 table in every printed shape: every key, unit and check (spec 1(a), 2.4, 1(d) O1–O7)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", list(RENDER))
def test_e2014_every_rendering_keys_and_checks(variant: str) -> None:
    # spec 2.4: every row of the national form maps to its key, with the same value whatever the layout;
    # spec 1(d): the data set satisfies O1–O6, every channel ≤ total (O7), and the prose matches (R10)
    r = e2014_report(variant)
    got = facts(r, "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED, dump(r)
    assert r.template == "e2014" and r.year == 2016
    assert failing(r) == set(), [c for c in r.checks if not c.passed]
    assert {c.rule.split(".")[0] for c in r.checks} >= {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}


@pytest.mark.parametrize("variant", ["grid_merged", "per_line", "piped"])
def test_e2014_units_as_printed(variant: str) -> None:
    # spec 2.4 units column: 条 / 件 / 次 / 篇 / 个 / 人 / 人次 / 万元 kept as printed
    r = e2014_report(variant)
    for key in ("active.items_total", "apply.received.total", "response.interpretations", "org.reading_points",
                "org.staff_total", "training.trainees", "org.budget", "fee.request_fees", "response.press_conf"):
        f = fact(r, key, "table")
        assert f is not None and f.unit == E14_UNITS[key], (key, f)


@pytest.mark.parametrize("variant", ["grid_merged", "per_line", "piped", "two_label_columns"])
def test_e2014_same_sublabels_under_review_and_litigation(variant: str) -> None:
    # spec 2.4: （二）被依法纠错数 / （三）其他情形数 appear under both 四 and 五; the part decides the key
    r = e2014_report(variant, {"review.corrected": 7, "review.other": 0, "review.total": 10, "review.upheld": 3,
                               "litigation.corrected": 0, "litigation.other": 5, "litigation.total": 6,
                               "litigation.upheld": 1}, review=10, litigation=6)
    f = facts(r, "table")
    assert (f.get("review.corrected"), f.get("review.other"), f.get("litigation.corrected"),
            f.get("litigation.other")) == (7, 0, 0, 5)
    assert failing(r) == set()


def test_e2014_heading_rows_carry_no_facts() -> None:
    # spec 1(a): the part headings (一、主动公开情况 …) and （二）通过不同渠道… have no unit and no number
    r = e2014_report("grid_merged")
    labels = {f.raw_label for f in r.facts if f.source == "table"}
    assert not any(ln and ("通过不同渠道和方式" in ln or ln.endswith("主动公开情况") or "机构建设" in ln) for ln in labels)
    assert not any(f.source == "table" and f.raw_label and "填报" in f.raw_label for f in r.facts)


def test_e2014_signature_and_date_not_read_as_statistics() -> None:
    # spec 1(a): 单位负责人 / 联系电话 / 填表日期 under the table are not rows of the form
    r = e2014_report("per_line")
    assert all(f.value not in (89197997, 431) for f in r.facts if f.source == "table")
    assert facts(r, "table").get("training.trainees") == 140


# --- seed-002 quirks in the one-value-per-line dump -------------------------------------------------------------

def test_per_line_seed002_broken_parentheses_under_review() -> None:
    # seed 002 prints "一)维持具体行政行为数" (the opening parenthesis lost) under 四 and 五
    html = per_line().replace(P("（一）维持具体行政行为数"), P("一)维持具体行政行为数")).replace(
        P("（二）被依法纠错数"), P("二)被依法纠错数")).replace(P("（三）其他情形数"), P("三)其他情形数")).replace(
        P("（一）维持具体行政行为或者驳回原告诉讼请求数"), P("一)维持具体行政行为或者驳回原告诉讼请求数"))
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2017年度政府信息公开工作报告",
                                      e2014_prose(2017, "某某区人民政府") + html, date="2018-01-30"))
    f = facts(r, "table")
    assert (f.get("review.total"), f.get("review.upheld"), f.get("review.corrected"), f.get("review.other")) == (4, 3, 1, 0)
    assert (f.get("litigation.upheld"), f.get("litigation.other")) == (1, 1)


def test_per_line_seed002_review_total_mismatch_reported() -> None:
    # spec 1(d) "real violations": seed 002 prints 行政复议 22 with 15 + 0 + 6; O5 fails, the other families pass
    r = e2014_report("per_line", {"review.total": 22, "review.upheld": 15, "review.corrected": 0, "review.other": 6},
                     review=22)
    assert failing_families(r) == {"O5"}
    assert fact(r, "review.total", "table").value == 22  # reported, never "fixed"


# --- cell values -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "flag"), [("", "blank"), ("—", "dash"), ("/", "slash"), ("无", "wu"), ("－", "dash")],
                         ids=["blank", "emdash", "slash", "wu", "fullwidth-minus"])
def test_e2014_empty_cell_spellings_read_zero(cell: str, flag: str) -> None:
    # spec 2.7 and docs/schema.md: in the 2014 template table blank/—/－///无 is 0 with a value_flag
    r = e2014_report("grid_merged", {"complaint.total": cell})
    f = fact(r, "complaint.total", "table")
    assert f is not None and (f.value, f.value_flag) == (0, flag)


@pytest.mark.parametrize(("raw", "value"), [("3,218", 3218), ("３２１８", 3218), ("3218条", 3218), (" 3218 ", 3218)],
                         ids=["thousands", "fullwidth", "with-unit", "padded"])
def test_e2014_number_spellings(raw: str, value: int) -> None:
    # spec 2.7 numbers: thousands separators, full-width digits (NFKC), a unit typed into the cell, padding
    r = e2014_report("grid_merged", {"active.items_total": raw})
    f = fact(r, "active.items_total", "table")
    assert f is not None and f.value == value
    assert f.raw_value is not None and f.raw_value.strip() == raw.strip()  # spec 2.7: keep the raw text


@pytest.mark.parametrize(("raw", "value"), [("0.35", 0.35), ("0.00", 0.0), ("1.2", 1.2)])
def test_e2014_fee_in_wanyuan_decimals(raw: str, value: float) -> None:
    # spec 2.4: 七、依申请公开信息收取的费用 is in 万元; decimals kept
    r = e2014_report("grid_merged", {"fee.request_fees": raw})
    f = fact(r, "fee.request_fees", "table")
    assert f is not None and f.value == pytest.approx(value) and f.unit == "万元"


def test_e2014_traditional_mirror_table() -> None:
    # spec 2.7 step 1 and 3.8: a traditional-script copy gives the same keys and values
    from test_probe_accuracy_2 import to_traditional
    body = to_traditional(e2014_prose(2016, "某某區人民政府") + grid_merged())
    page = trs_gkml_page(to_traditional("某某区人民政府2016年政府信息公开工作年度报告"), body, date="2017-02-15")
    r = parse("http://www.mirror-example.com/zwgk/2017/0215/123.html", page)
    f = facts(r, "table")
    assert (r.script, r.year, r.year_source, r.template) == ("traditional", 2016, "period", "e2014")
    assert {k: f.get(k) for k in ("apply.received.total", "apply.answer.denied.privacy", "org.staff_parttime",
                                  "review.total", "training.trainees")} == {
        "apply.received.total": 37, "apply.answer.denied.privacy": 1, "org.staff_parttime": 3, "review.total": 4,
        "training.trainees": 140}


def test_e2014_labels_without_numbering_and_with_spaces() -> None:
    # spec 2.7 steps 3 and 5: whitespace inside labels and list markers are not part of the label
    html = grid_merged().replace("<td>（一）收到申请数</td>", "<td>收 到 申 请 数</td>").replace(
        "<td>1.当面申请数</td>", "<td>当面申请数</td>").replace(
        "<td>3.网络申请数</td>", "<td>3、网络申请数</td>").replace(
        "<td>（二）申请办结数</td>", "<td>(二)申请办结数</td>").replace(
        "<td>6.申请信息不存在数</td>", "<td>6．申请信息不存在数</td>")
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    f = facts(r, "table")
    assert (f.get("apply.received.total"), f.get("apply.channel.in_person"), f.get("apply.channel.online"),
            f.get("apply.closed.total"), f.get("apply.answer.not_exist")) == (37, 14, 19, 35, 3)


def test_e2014_label_parenthetical_wrapped_by_br_in_cell() -> None:
    # seed 002 label wrap, here inside one cell: "（一）主动公开政府信息数<br>（不同渠道和方式公开相同信息计1条）"
    html = grid_merged().replace("（一）主动公开政府信息数（不同", "（一）主动公开政府信息数<br/>（不同").replace(
        "（一）回应公众关注热点或重大舆情数（不同", "（一）回应公众关注热点或重大舆情数<br>\n（不同")
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    f = facts(r, "table")
    assert (f.get("active.items_total"), f.get("response.hot_topics")) == (3218, 6)


def test_e2014_local_extra_rows_do_not_shift_keys() -> None:
    # spec 1(a): local forms add rows (机构领导信息, 行政执法信息, 财务预决算, "三公"经费); they must not move others
    extra = "".join(tr(td(lab), td("条"), td(v)) for lab, v in [
        ("其中：主动公开机构领导信息数", "31"), ("主动公开行政执法信息数", "412"), ("主动公开财务预决算信息数", "6"),
        ("主动公开“三公”经费信息数", "2")])
    html = grid_merged().replace(tr(td("制发规范性文件总数"), td("件", attrs=' align="center"'),
                                    td("4", attrs=' align="center"')),
                                 extra + tr(td("制发规范性文件总数"), td("件", attrs=' align="center"'),
                                            td("4", attrs=' align="center"')))
    assert extra in html
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    got = facts(r, "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED
    assert failing(r) == set()


def test_e2014_phone_channel_row_counted_in_o1() -> None:
    # spec 1(d) O1: received = in_person + fax + online + letter, plus extra local channels (email, phone, other)
    html = grid_merged({"apply.received.total": 39}).replace(
        tr(td("（二）申请办结数"), td("件", attrs=' align="center"'), td("35", attrs=' align="center"')),
        tr(td("5.电话申请数"), td("件"), td("2"))
        + tr(td("（二）申请办结数"), td("件", attrs=' align="center"'), td("35", attrs=' align="center"')))
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府", received=39) + html, date="2017-02-15"))
    assert facts(r, "table").get("apply.received.total") == 39
    assert "O1" not in failing_families(r)


def test_e2014_table_split_in_two_without_repeated_header() -> None:
    # spec 1(a): a page break in the Word file leaves two HTML tables; 四、… 九、 continue the same form
    whole = grid_merged()
    cut = whole.index("<tr><td>四、行政复议数量</td>")
    html = whole[:cut] + "</table>" + P("&nbsp;") + '<table border="1" cellspacing="0">' + whole[cut:]
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    got = facts(r, "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED


def test_e2014_table_with_total_row_spelled_zongshu() -> None:
    # spec 2.7 variants: 网上申请数 / 不予公开答复数 and 收到申请总数 are the same rows
    html = grid_merged().replace("（一）收到申请数", "（一）收到申请总数").replace("3.网络申请数", "3.网上申请数").replace(
        "4.不同意公开答复数", "4.不予公开答复数")
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    f = facts(r, "table")
    assert (f.get("apply.received.total"), f.get("apply.channel.online"), f.get("apply.answer.denied")) == (37, 19, 3)


# ---------------------------------------------------------------------------------------------------------------
# 2. e2014 consistency rules fire exactly on injected faults (spec 1(d) O1–O7, R10), on the flattened renderings
# ---------------------------------------------------------------------------------------------------------------

FAULTS = [
    ("piped", {"apply.channel.letter": 5}, None, "O1"),  # 14+1+19+5 = 39 ≠ 37
    ("per_line", {"apply.closed.extended": 0}, None, "O2"),  # 33+0 ≠ 35
    ("grid_alt_header", {"apply.answer.not_exist": 5}, None, "O3"),  # answers sum 37 ≠ 35
    ("two_label_columns", {"apply.answer.denied.law_other": 2}, None, "O4"),  # reasons 5 ≠ 3
    ("piped", {"litigation.total": 3}, {"litigation": 3}, "O5"),  # 1+0+1 ≠ 3
    ("per_line", {"org.staff_fulltime": 4}, None, "O6"),  # 4+3 ≠ 5
    ("word_thead", {"response.online_interviews_by_head": 9}, None, "O6"),  # by_head 9 > interviews 8
    ("value_before_unit", {"active.channel.website": 3300}, None, "O7"),  # one channel above the total
]


@pytest.mark.parametrize(("variant", "over", "prose", "family"), FAULTS,
                         ids=[f"{f[3]}-{f[0]}-{next(iter(f[1]))}" for f in FAULTS])
def test_e2014_check_fires_exactly(variant: str, over: dict[str, object], prose: dict | None, family: str) -> None:
    r = e2014_report(variant, over, **(prose or {}))
    assert failing_families(r) == {family}, [c for c in r.checks if not c.passed]


def test_o7_channels_summing_above_total_is_not_a_fault() -> None:
    # spec 1(d) O7: the same item on several channels counts once in the total; only each channel ≤ total
    r = e2014_report("grid_merged", {"active.channel.weibo": 3000, "active.channel.wechat": 3100})
    assert "O7" not in failing_families(r)


@pytest.mark.parametrize(("prose", "rule"), [({"received": 35}, "R10.apply.received.total"),
                                             ({"items": 3128}, "R10.active.items_total"),
                                             ({"review": 3}, "R10.review.total")])
def test_e2014_r10_prose_against_table(prose: dict, rule: str) -> None:
    # spec 1(d) R10 (all eras): a number stated in the prose must match the statistics table
    r = e2014_report("grid_merged", **prose)
    assert failing(r) == {rule}


def test_e2014_has_no_t20xx_checks() -> None:
    # spec 1(d): R1–R9 belong to the 2019/2021 grids; an e2014 report is checked with O1–O7 (and R10)
    r = e2014_report("piped")
    assert not {c.rule.split(".")[0] for c in r.checks} & {f"R{i}" for i in range(1, 10)}


# ---------------------------------------------------------------------------------------------------------------
# 3. prose statistics in their phrasings (spec 2.5), e2008 on an ASP page and e2014 on a Hanweb page
# ---------------------------------------------------------------------------------------------------------------

def e2008_lines(year: int, section2: str = "", section3: str = "", section4: str = "", section5: str = "",
                overview: str = "") -> list[str]:
    return [
        f"根据《中华人民共和国政府信息公开条例》（国务院令第492号）要求，现公布我局{year}年度政府信息公开工作年度报告。"
        f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
        "一、概述",
        overview or f"{year}年，我局成立了政府信息公开工作领导小组，由局长任组长，办公室具体负责日常工作。",
        "二、主动公开政府信息的情况",
        section2 or "我局按照《政府信息公开目录》及时公开机构职能、政策法规、规划计划等信息。",
        "三、依申请公开政府信息和不予公开政府信息的情况",
        section3 or "我局在办公室设立了依申请公开受理点。",
        "四、政府信息公开的收费及减免情况",
        section4 or "我局严格执行国家有关规定。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        section5 or "本年度我局信息公开工作运行平稳。",
        "六、政府信息公开工作存在的主要问题及改进情况",
        "信息公开的及时性、全面性还有待提高，下一步将加强业务培训。",
    ]


def e2008_report(year: int = 2011, title: str | None = None, **kw) -> Report:
    title = title or f"某某市国土资源局{year}年政府信息公开工作年度报告"
    return parse(ASP_URL, asp_page(title, e2008_lines(year, **kw), date=f"{year + 1}-3-25"))


def e2014_prose_report(year: int = 2015, **kw) -> Report:
    lines = e2008_lines(year, **kw)
    content = "".join(P(ln) for ln in lines)
    return parse(HANWEB_URL, hanweb_page(f"某某县林业局{year}年政府信息公开工作年度报告", content, date=f"{year + 1}-03-10"))


PROSE = [  # (section, sentence, {key: (value, unit or None)})
    ("section2", "全年共主动公开各类政府信息2356条，其中规范性文件11件。",
     {"active.items_total": (2356, '条')}),
    ("section2", "2012年，新增主动公开信息达4156条。",
     {"active.items_total": (4156, '条')}),
    ("section2", "全区通过不同渠道和方式主动公开各类政府信息35906条，其中，政府网站发布政府信息17681条。",
     {"active.items_total": (35906, '条'), "active.channel.website": (17681, '条')}),
    ("section2", "主动公开政府信息共计1,208条。",
     {"active.items_total": (1208, '条')}),
    ("section2", "全年在市政府门户网站公开政府信息1860条，占主动公开信息总数的92%。",
     {"active.channel.website": (1860, '条')}),
    ("section2", "通过“某某发布”政务微博发布政府信息4020条，政务微信发布政府信息1635条。",
     {"active.channel.weibo": (4020, '条'), "active.channel.wechat": (1635, '条')}),
    ("section2", "全年共主动公开政府信息８６７条。",
     {"active.items_total": (867, '条')}),
    ("section3", "全年共受理依申请公开政府信息37件。",
     {"apply.received.total": (37, '件')}),
    ("section3", "2012年，我局接到依申请政府信息23件，按规定时限回复21件，延迟回复1件，未办结1件。",
     {"apply.received.total": (23, '件'), "apply.closed.on_time": (21, '件'), "apply.closed.extended": (1, '件'), "apply.pending": (1, '件')}),
    ("section3", "全年共收到政府信息公开申请18件，其中传真申请2件，电子邮件申请7件，当面申请9件。",
     {"apply.channel.fax": (2, '件'), "apply.channel.email": (7, '件'), "apply.channel.in_person": (9, '件')}),
    ("section3", "受理申请12件，已办结10件，正在办理2件。",
     {"apply.pending": (2, '件')}),
    ("section3", "在已答复的申请中，同意公开15件，同意部分公开2件，不予公开3件。",
     {"apply.answer.granted": (15, '件'), "apply.answer.partial": (2, '件'), "apply.answer.denied": (3, '件')}),
    ("section3", "答复情况：属于已主动公开的6件，不同意公开的1件，非本机关政府信息4件。",
     {"apply.answer.already_public": (6, '件'), "apply.answer.denied": (1, '件'), "apply.answer.not_this_agency": (4, '件')}),
    ("section3", "不属于本行政机关公开的1件，申请信息不存在的8件，告知作出更改补充的1件，告知通过其他途径办理2件。",
     {"apply.answer.not_this_agency": (1, '件'), "apply.answer.not_exist": (8, '件'), "apply.answer.ask_correction": (1, '件'), "apply.answer.other_channel": (2, '件')}),
    ("section3", "其中政府信息不存在3件。",
     {"apply.answer.not_exist": (3, '件')}),
    ("section4", "全年依申请提供政府信息收取检索、复制、邮寄费用共计120元。",
     {"fee.request_fees": (120, '元')}),
    ("section4", "全年收取费用0.02万元。",
     {"fee.request_fees": (0.02, '万元')}),
    ("section5", "全年因政府信息公开申请行政复议案件3件。",
     {"review.total": (3, '件')}),
    ("section5", "因信息公开发生行政复议案件12件，其中维持的有7件，被纠错的有4件。",
     {"review.upheld": (7, '件'), "review.corrected": (4, '件')}),
    ("section5", "全年被提起行政诉讼0件。",
     {"litigation.total": (0, '件')}),
    ("section5", "行政诉讼案件2件，均维持原具体行政行为。",
     {"litigation.upheld": (2, None)}),
    ("section5", "全年发生因政府信息公开引起的行政申诉1件。",
     {"appeal.total": (1, '件')}),
    ("section3", "申请人通过网络提出申请19件，通过信函提出申请3件。",
     {"apply.channel.online": (19, '件'), "apply.channel.letter": (3, '件')}),
    ("section4", "依申请提供信息共收取复印费15.5元。",
     {"fee.request_fees": (15.5, '元')}),
]


@pytest.mark.parametrize(("section", "sentence", "expected"), PROSE,
                         ids=[f"{next(iter(c[2]))}-{i}" for i, c in enumerate(PROSE)])
def test_e2008_prose_phrasings(section: str, sentence: str, expected: dict[str, tuple[float, str | None]]) -> None:
    # spec 2.5: prose statistics with the canonical keys, source='text', unit as printed
    r = e2008_report(**{section: sentence})
    got = {}
    for key, (_value, unit) in expected.items():
        f = fact(r, key, "text")
        got[key] = None if f is None else (round(f.value, 4), f.unit if unit is not None else None)
    assert got == {k: (round(v, 4), u) for k, (v, u) in expected.items()}, dump(r)


@pytest.mark.parametrize("sentence", ["全部予以免费办理。", "未对申请人进行收费。"])
def test_prose_no_fee_wordings(sentence: str) -> None:
    # spec 2.5: 未对申请人进行收费 / 全部予以免费办理 → 0 with flag wu
    r = e2014_prose_report(section4="2015年受理的信息公开申请，" + sentence)
    f = fact(r, "fee.none", "text") or fact(r, "fee.request_fees", "text")
    assert f is not None and f.value == 0 and f.value_flag == "wu"


def test_prose_litigation_all_upheld_equals_total() -> None:
    # spec 2.5: "均维持原具体行政行为" → litigation.upheld = litigation.total
    r = e2014_prose_report(section5="全年因信息公开涉诉3件，均维持原具体行政行为。")
    f = facts(r, "text")
    assert (f.get("litigation.total"), f.get("litigation.upheld")) == (3, 3)


def test_prose_service_centre_counts_are_not_requests() -> None:
    # seed 000: the 行政服务中心 "累计受理1275741件" is not an information-disclosure request count
    r = e2014_prose_report(
        year=2018,
        section2="通过行政服务中心办事大厅公开审批信息。2018年，区行政服务中心累计受理1275741件，办件1274053件，办结率99.87%。",
        section3="2018年区政府受理政府信息公开申请26件，内容主要涉及土地征收、房屋拆迁等相关信息。")
    assert facts(r, "text").get("apply.received.total") == 26


def test_prose_penalty_results_are_not_active_total() -> None:
    # seed 000: 行政处罚结果信息 "一般程序5289条" is not the active-disclosure total
    r = e2014_prose_report(
        year=2018,
        section2="2018年，全区通过不同渠道和方式主动公开各类政府信息35906条。通过浙江政务服务网公开行政处罚结果信息，"
                 "其中一般程序5289条、简易程序6条，公布结果5295条。")
    assert facts(r, "text").get("active.items_total") == 35906


def test_prose_comparison_with_last_year_not_the_count() -> None:
    # spec 2.5 (a careful reader): "比上年增加12件" is a difference, not the number of requests
    r = e2008_report(section3="全年共受理政府信息公开申请37件，比上年增加12件，增长48%。")
    assert facts(r, "text").get("apply.received.total") == 37


def test_prose_ratio_not_a_fact() -> None:
    # spec 2.5: ratios ("占36%") are checks, never primary facts
    r = e2008_report(section3="受理申请25件，其中同意公开9件，占36%；申请信息不存在的8件，占32%。")
    f = facts(r, "text")
    assert (f.get("apply.answer.granted"), f.get("apply.answer.not_exist")) == (9, 8)
    assert 36 not in f.values() and 32 not in f.values()


def test_prose_deadline_dates_not_counts() -> None:
    # seed 002: "于2017年3月31日之前…公布" in 概述 contains no statistic
    r = e2014_prose_report(year=2017, overview="依法按时完成2016年政府信息公开年度报告，并于2017年3月31日之前统一在政府网站"
                                                "向社会公布。全年设立便民查阅点44个。")
    f = facts(r, "text")
    assert f.get("org.reading_points") == 44
    assert not any(x.source == "text" and x.value in (31.0, 2016.0) for x in r.facts)


def test_prose_o1_violation_reported_like_seed000() -> None:
    # spec 1(d) real violations: seed 000 "受理…申请26件" but 网络申请11件 + 信函申请16件 = 27 → O1 fails (reported)
    r = e2014_prose_report(year=2018, section3="2018年区政府受理政府信息公开申请26件。按申请方式看，网络申请11件，信函申请16件。"
                                                "从办结情况看，已办结25件。")
    f = facts(r, "text")
    assert (f.get("apply.received.total"), f.get("apply.channel.online"), f.get("apply.channel.letter")) == (26, 11, 16)
    assert "O1" in failing_families(r)


def test_prose_o1_consistent_is_silent() -> None:
    # spec 1(d) O1 on prose figures that add up
    r = e2008_report(section3="全年共受理政府信息公开申请20件，其中当面申请6件，网上申请11件，信函申请3件。")
    assert "O1" not in failing_families(r)


def test_traditional_seed000_style_prose_report() -> None:
    # seed 000: a 2018 report in traditional script on a mirror; prose facts after t2s, year 2018, era e2014
    lines = ["2018年，富陽區深入貫徹落實黨的十九大精神，全麵推進政務公開工作。現將工作情況總結報告如下：",
             "一、工作完成情況及成效", "（二）主動公開政府信息情況",
             "2018年，全區通過不同渠道和方式主動公開各類政府信息35906條，其中，政府網站發布政府信息17681條，"
             "政務微博發布政府信息4020條，政務微信發布政府信息1635條。",
             "（三）依申請公開政府信息和不予公開政府信息情況",
             "2018年區政府受理政府信息公開申請26件，內容主要涉及土地征收、房屋拆遷、規劃許可等相關信息。",
             "（四）政府信息公開的收費及減免情況", "2018年區政府受理的信息公開申請，未對申請人進行收費。",
             "（五）因政府信息公開申請行政複議、提起行政訴訟的情況",
             "2018年區政府和各部門因信息公開發生行政複議案件12件，在結案的11件中7件維持，4件被糾錯。"]
    r = parse("http://www.manbetx-example.com/xxgk/2019/0305/6621.html",
              asp_page("2018年富陽區信息公開工作年度報告", lines, date="2019-03-05", site="富陽區人民政府"))
    f = facts(r, "text")
    assert (r.script, r.year, r.template) == ("traditional", 2018, "e2014")
    assert (f.get("active.items_total"), f.get("active.channel.weibo"), f.get("apply.received.total"),
            f.get("review.total")) == (35906, 4020, 26, 12)


# ---------------------------------------------------------------------------------------------------------------
# 4. reporting year and template at the era boundaries (spec 0 era table, 3.2 titles)
# ---------------------------------------------------------------------------------------------------------------

def test_2013_prose_report_published_2014_is_e2008() -> None:
    # spec 0: e2008 covers reporting years 2008–2013; the 2014 publication date does not move it
    r = e2008_report(2013, section2="全年主动公开政府信息1207条。")
    assert (r.year, r.year_source, r.template, r.published) == (2013, "period", "e2008", "2014-03-25")


def test_2014_report_with_national_table_is_e2014() -> None:
    # spec 0: the 国办发〔2014〕32号 table starts with reporting year 2014
    r = e2014_report("grid_merged", year=2014)
    assert (r.year, r.template) == (2014, "e2014")


def test_2014_prose_only_report_is_e2014() -> None:
    # spec 0: the era is the reporting year, tables or not
    r = e2014_prose_report(2014, section2="全年主动公开政府信息980条。")
    assert (r.year, r.template) == (2014, "e2014")
    assert facts(r, "text").get("active.items_total") == 980


def test_2018_report_old_format_published_2019_is_e2014() -> None:
    # spec 0: a 2018 report, published January 2019 with the 32号 table, is e2014 (not t2019)
    r = e2014_report("per_line", year=2018)
    assert (r.year, r.template, r.published) == (2018, "e2014", "2019-02-15")


def test_2019_report_is_t2019_with_derived_headline_keys() -> None:
    # spec 0 + 2.6: a 2019 report uses the 2019 format; apply.received.total is a derived copy of received_new
    body = "".join([P("本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"), P("一、总体情况"),
                    P("2019年，我局认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"),
                    P("二、主动公开政府信息情况"), sec2_2019(), P("三、收到和处理政府信息公开申请情况"), sec3_2019(),
                    P("四、政府信息公开行政复议、行政诉讼情况"), sec4([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]),
                    P("五、存在的主要问题及改进情况"), P("略。"), P("六、其他需要报告的事项"), P("无。")])
    r = parse(HANWEB_URL, hanweb_page("某某县林业局2019年政府信息公开工作年度报告", body, date="2020-01-20"))
    d = facts(r, "derived")
    assert (r.year, r.template) == (2019, "t2019")
    assert d.get("apply.received.total") == 7 and d.get("litigation.total") == 1


def test_wrong_title_year_period_wins_2013() -> None:
    # spec 0: the title carries the publication year 2014, 统计期限 says 2013 → year 2013, e2008
    r = e2008_report(2013, title="某某市国土资源局2014年政府信息公开工作年度报告")
    assert (r.year, r.year_source, r.template) == (2013, "period", "e2008")


def test_title_2019_period_2018_stays_e2014() -> None:
    # spec 0: period first; a 2018 report titled with the 2019 publication year keeps its old table
    html = grid_merged(year=2018)
    page = trs_gkml_page("某某区人民政府2019年政府信息公开工作年度报告", e2014_prose(2018, "某某区人民政府") + html,
                         date="2019-01-25")
    r = parse(GKML_URL, page)
    assert (r.year, r.year_source, r.template) == (2018, "period", "e2014")


def test_year_from_title_when_no_period_sentence() -> None:
    # spec 0: no 统计期限 sentence → the title year ("2015年度"), e2014 era
    lines = [ln for ln in e2008_lines(2015) if "统计期限" not in ln]
    r = parse(ASP_URL, asp_page("某某县水利局2015年度政府信息公开工作报告", lines, date="2016-3-20"))
    assert (r.year, r.year_source, r.template) == (2015, "title", "e2014")


def test_year_from_page_date_at_era_boundary() -> None:
    # spec 0: no period, no title year → publication date 2014-03-28 means reporting year 2013 (e2008)
    lines = [ln for ln in e2008_lines(2013) if "统计期限" not in ln]
    lines[1:3] = ["一、概述", "本年度，我局进一步健全政府信息公开工作机制。"]
    r = parse(ASP_URL, asp_page("某某县档案局政府信息公开工作年度报告", lines, date="2014-3-28"))
    assert (r.year, r.year_source, r.template) == (2013, "page_date", "e2008")


def test_penglai_title_year_beats_impossible_page_date() -> None:
    # spec 0: "蓬莱市统计局2010年…" shown with 发布时间 2010-01-27; without a period the title year 2010 is used
    lines = [ln for ln in e2008_lines(2010) if "统计期限" not in ln]
    r = parse("http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=11370684004265946U",
              asp_page("蓬莱市统计局2010年政府信息公开工作年度报告", lines, date="2010-01-27"))
    assert (r.year, r.year_source, r.template) == (2010, "title", "e2008")


def test_previous_report_mentioned_in_body_does_not_change_year() -> None:
    # seed 002: the 概述 mentions the 2016 report and 2018 plans; the title says 2017 (no period sentence)
    lines = [ln for ln in e2008_lines(2017, overview="依法按时完成2016年政府信息公开年度报告，并于2017年3月31日之前向社会公布；"
                                                   "2018年将进一步加强培训。") if "统计期限" not in ln]
    r = parse(ASP_URL, asp_page("二道区人民政府2017年度政府信息公开工作报告", lines, date="2018-1-30"))
    assert (r.year, r.year_source, r.template) == (2017, "title", "e2014")


@pytest.mark.parametrize("period", [
    "本报告统计时限为2016年1月1日至2016年12月31日。",
    "本年报所列数据统计时间为2016年1月1日—2016年12月31日。",
    "本报告中所列数据的统计期限自2016年1月1日起至12月31日止。",
    "本报告所列数据统计期限为2016年1月1日到2016年12月31日。",
])
def test_period_sentence_variants_e2014(period: str) -> None:
    # spec 0: the 统计期限 sentence in its wordings gives the reporting year (title has none)
    lines = [period if "统计期限" in ln else ln for ln in e2008_lines(2016)]
    r = parse(ASP_URL, asp_page("某某县交通运输局政府信息公开工作年度报告", lines, date="2017-3-1"))
    assert (r.year, r.year_source, r.template) == (2016, "period", "e2014")


@pytest.mark.parametrize(("title", "year", "agency", "atype"), [
    ("二道区人民政府2017年度政府信息公开工作报告", 2017, "二道区人民政府", "gov_self"),
    ("舒兰市市场监督管理局2016年政务信息公开年度报告", 2016, "舒兰市市场监督管理局", "department"),
    ("超山风景名胜区管委会2018年度政府信息公开工作报告", 2018, "超山风景名胜区管委会", "zone"),
    ("宿迁市政府办公室2014年政府信息公开年度报告", 2014, "宿迁市政府办公室", "gov_office"),
    ("泰州市人民政府2017年政府信息公开工作年度报告", 2017, "泰州市人民政府", "gov_self"),
])
def test_old_era_titles_agency_and_year(title: str, year: int, agency: str, atype: str) -> None:
    # spec 3.2 real titles of the e2014 era (no 年度 before 报告, 政务信息公开, 年度报告 variants)
    lines = [ln for ln in e2008_lines(year) if "统计期限" not in ln]
    r = parse(ASP_URL, asp_page(title, lines, date=f"{year + 1}-2-20"))
    assert (r.year, r.agency, r.agency_type, r.template) == (year, agency, atype, "e2014")


@pytest.mark.parametrize(("title", "year", "template"), [
    ("2009上海市政府信息公开工作年度报告", 2009, "e2008"),
    ("2017年四方台区政府信息公开工作年度报告", 2017, "e2014"),
    ("2012年度某某县人民政府信息公开工作年度报告", 2012, "e2008"),
])
def test_year_first_titles(title: str, year: int, template: str) -> None:
    # spec 3.2: the year may come first ("2009上海市…" without 年)
    lines = [ln for ln in e2008_lines(year) if "统计期限" not in ln]
    r = parse(ASP_URL, asp_page(title, lines, date=f"{year + 1}-3-20"))
    assert (r.year, r.template) == (year, template)


# ---------------------------------------------------------------------------------------------------------------
# 5. headline keys across eras (spec 2.6) and tables in old reports
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("era", ["e2008", "e2014", "t2019"])
def test_headline_received_total_in_every_era(era: str) -> None:
    # spec 2.6: apply.received.total answers one query for every era (text, table or derived)
    if era == "e2008":
        r = e2008_report(2012, section3="全年共受理政府信息公开申请7件。")
        src = "text"
    elif era == "e2014":
        r = e2014_report("piped", {"apply.received.total": 7, "apply.channel.online": 0, "apply.channel.fax": 0,
                                   "apply.channel.letter": 0, "apply.channel.in_person": 7}, received=7)
        src = "table"
    else:
        body = "".join([P("本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"), P("一、总体情况"), P("略。"),
                        P("三、收到和处理政府信息公开申请情况"), sec3_2019(),
                        P("四、政府信息公开行政复议、行政诉讼情况"), sec4([0] * 15)])
        r = parse(HANWEB_URL, hanweb_page("某某县林业局2019年政府信息公开工作年度报告", body, date="2020-01-20"))
        src = "derived"
    assert (r.template, facts(r, src).get("apply.received.total")) == (era, 7)


def test_e2014_table_keys_are_not_new_grid_keys() -> None:
    # spec 2.0/2.6: keys are shared only when meaning is the same; the old answers are not table facts of the
    # 2019/2021 grid (apply.outcome.*, apply.received_new.*)
    r = e2014_report("grid_merged")
    assert not [f.key for f in r.facts if f.source == "table" and
                (f.key.startswith("apply.outcome.") or f.key.startswith("apply.received_new"))]


def test_e2014_review_and_litigation_headlines_from_table() -> None:
    # spec 2.6: review.total and litigation.total keep their meaning; in e2014 they come from rows 四 and 五
    r = e2014_report("word_thead")
    f = facts(r, "table")
    assert (f.get("review.total"), f.get("litigation.total")) == (4, 2)
    assert (fact(r, "review.total", "table").unit, fact(r, "litigation.total", "table").unit) == ("件", "件")


def test_e2008_prose_report_not_tables_missing() -> None:
    # spec 0: e2008 statistics are "mostly prose"; a prose report is complete, not a report whose tables vanished
    r = e2008_report(2010, section2="全年主动公开政府信息356条。")
    assert r.tables_missing is False
    assert not [f for f in r.facts if f.source == "table"]


def test_e2014_annex_table_as_image_marks_missing() -> None:
    # spec 2.7 (seed 004 rule): the 附表 is a picture → tables_missing, no zero table facts; prose facts stay
    content = e2014_prose(2016, "某某区人民政府") + P("政府信息公开情况统计表") + \
        '<p style="text-align:center"><img src="/xxgk/xxgknb/201702/W020170215349921.jpg" width="600" alt=""></p>'
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告", content, date="2017-02-15"))
    assert r.tables_missing is True
    assert not [f for f in r.facts if f.source == "table"]
    assert facts(r, "text").get("apply.received.total") == 37


def test_shanghai_style_2012_table_rows() -> None:
    # spec 1(a) pre-2014 Shanghai-style form + 2.4 extras: 申请总数 channels, 否决公开 reasons, 行政申诉数
    rows = [("主动公开信息数", "条", "1520"), ("其中：全文电子化的主动公开信息数", "条", "1520"),
            ("新增的行政规范性文件数", "件", "8"), ("依申请公开信息目录数", "条", "320"),
            ("申请总数", "件", "14"), ("其中：1.当面申请数", "件", "5"), ("2.传真申请数", "件", "0"),
            ("3.电子邮件申请数", "件", "6"), ("4.网上申请数", "件", "2"), ("5.信函申请数", "件", "1"),
            ("6.其他形式申请数", "件", "0"), ("行政复议数", "件", "1"), ("行政诉讼数", "件", "0"),
            ("行政申诉数", "件", "2")]
    head = tr(td("指标名称"), td("计量单位"), td("代码"), td("本期实际"), td("本年累计"))
    grid = '<table border="1">' + head + "".join(
        tr(td(lab), td(u), td(f"{i:02d}"), td(v), td(v)) for i, (lab, u, v) in enumerate(rows, 1)) + "</table>"
    lines = e2008_lines(2012)
    r = parse(ASP_URL, asp_page("某某市人民政府2012年政府信息公开工作年度报告", lines + ["附表：政府信息公开情况统计表"],
                                date="2013-3-20").replace(b"</font></td></tr>\n<tr><td align=\"center\"><a href",
                                                          ("</font>" + grid + "</td></tr>\n<tr><td align=\"center\"><a href").encode("gb18030"), 1))
    f = facts(r, "table")
    assert r.template == "e2008"
    assert (f.get("active.items_total"), f.get("active.items_fulltext_e"), f.get("apply.catalog_items"),
            f.get("apply.received.total"), f.get("apply.channel.email"), f.get("review.total"),
            f.get("appeal.total")) == (1520, 1520, 320, 14, 6, 1, 2)


# ---------------------------------------------------------------------------------------------------------------
# 6. more era-specific shapes: agencies whose names look like look-alike words, first 2008 reports, prose of
#    2014–2018 reports on Hanweb pages, prose checks, a 附表 on the second page
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("agency", ["某某县审计局", "某某县统计局", "某某市城市管理行政执法局", "某某县财政局"],
                         ids=["audit", "statistics", "enforcement", "finance"])
def test_agency_names_with_lookalike_words_are_reports(agency: str) -> None:
    # spec 3.3 lists 审计工作报告 / 统计公报 / 行政执法年报 / 部门决算 as look-alikes; an audit, statistics,
    # enforcement or finance bureau's own 政府信息公开工作年度报告 (spec 3.2 title) is still an annual report
    r = parse(ASP_URL, asp_page(f"{agency}2012年政府信息公开工作年度报告", e2008_lines(2012), date="2013-3-20"))
    assert (r.year, r.template, r.agency_type) == (2012, "e2008", "department")
    assert not [e for e in r.errors if e.startswith("look-alike")]


def test_audit_bureau_e2014_report_with_table_not_flagged() -> None:
    # spec 3.2/3.3: "某某县审计局2016年政府信息公开工作年度报告" with the 32号 table is a report, not 审计工作报告
    r = e2014_report("grid_merged", agency="某某县审计局")
    assert r.template == "e2014" and facts(r, "table").get("apply.received.total") == 37
    assert not [e for e in r.errors if e.startswith("look-alike")]


def test_first_2008_report_period_from_may() -> None:
    # spec 0: the 2007 Regulation took effect 2008-05-01; the first reports count from 2008年5月1日
    lines = e2008_lines(2008)
    lines[0] = "本报告中所列数据的统计期限自2008年5月1日起至2008年12月31日止。"
    r = parse(ASP_URL, asp_page("某某市人民政府2008年政府信息公开工作年度报告", lines, date="2009-3-31"))
    assert (r.year, r.year_source, r.template) == (2008, "period", "e2008")


PROSE_2014 = [  # Hanweb pages of 2015–2018 reports (spec 2.5)
    ("section2", "全年共发布政策解读信息42条，解读文件8件。", "response.interpretations", None, None),
    ("section2", "在各乡镇便民服务中心设立政府信息公开查阅点15个。", "org.reading_points", 15, "个"),
    ("section2", "全年主动公开政府信息4580条，其中通过县政府门户网站公开4210条。", "active.channel.website", 4210, "条"),
    ("section2", "全年主动公开政府信息4580条，其中通过县政府门户网站公开4210条。", "active.items_total", 4580, "条"),
    ("section3", "全年共受理各类信息公开申请共计45件，其中网上申请30件。", "apply.received.total", 45, "件"),
    ("section3", "全年共受理各类信息公开申请共计45件，其中网上申请30件。", "apply.channel.online", 30, "件"),
    ("section3", "本年度共收到申请12件，已全部办结。其中同意公开的9件，部分公开的2件，信息不存在的1件。",
     "apply.answer.partial", 2, "件"),
    ("section4", "依申请公开政府信息收取费用为0元。", "fee.request_fees", 0, "元"),
    ("section5", "本年度因政府信息公开申请提起行政复议1件，提起行政诉讼1件。", "review.total", 1, "件"),
    ("section5", "本年度因政府信息公开申请提起行政复议1件，提起行政诉讼1件。", "litigation.total", 1, "件"),
]


@pytest.mark.parametrize(("section", "sentence", "key", "value", "unit"), PROSE_2014,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(PROSE_2014)])
def test_e2014_prose_phrasings_hanweb(section: str, sentence: str, key: str, value: float | None,
                                      unit: str | None) -> None:
    # spec 2.5 on a 2016 prose report (Hanweb chrome); value None: at least one of the stated numbers (42 or 8)
    r = e2014_prose_report(2016, **{section: sentence})
    f = fact(r, key, "text")
    assert f is not None, dump(r)
    assert r.template == "e2014"
    if value is None:
        assert f.value in (42, 8)
    else:
        assert f.value == pytest.approx(value)
    assert unit is None or f.unit == unit


def test_prose_o2_violation_reported() -> None:
    # spec 1(d) O2 on prose: 已办结20件 but 按规定时限回复18件 + 延迟回复1件 = 19
    r = e2014_prose_report(2016, section3="全年共收到政府信息公开申请20件，已办结20件，其中按规定时限回复18件，延迟回复1件。")
    f = facts(r, "text")
    assert (f.get("apply.closed.total"), f.get("apply.closed.on_time"), f.get("apply.closed.extended")) == (20, 18, 1)
    assert "O2" in failing_families(r)


def test_prose_o2_consistent_silent() -> None:
    r = e2014_prose_report(2016, section3="全年共收到政府信息公开申请20件，已办结20件，其中按规定时限回复19件，延迟回复1件。")
    assert failing(r) == set()


def test_e2014_annex_on_second_page() -> None:
    # spec 1(a) 附表 + multi-page articles (3.4): the 统计表 is on page 2 (_1 suffix) of the same article
    first = trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                          e2014_prose(2016, "某某区人民政府") + '<div class="page">1 <a href="t20170215_1349921_1.html">2</a> '
                          '<a href="t20170215_1349921_1.html">下一页</a></div>', date="2017-02-15")
    second = trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告", grid_merged() +
                           '<div class="page"><a href="t20170215_1349921.html">上一页</a> <a href="t20170215_1349921.html">1</a> 2</div>',
                           date="2017-02-15")
    r = parse_report([Fetched(url=GKML_URL, body=first, headers=GBK),
                      Fetched(url=GKML_URL.replace(".html", "_1.html"), body=second, headers=GBK)])
    got = facts(r, "table")
    assert r.template == "e2014"
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED
    assert failing(r) == set()


def test_e2014_label_units_kept() -> None:
    # spec 2.4/2.7: a unit printed in the label ("（一）收到申请数（件）") is the row's unit
    r = e2014_report("label_units")
    assert (fact(r, "apply.received.total", "table").unit, fact(r, "org.budget", "table").unit,
            fact(r, "training.trainees", "table").unit) == ("件", "万元", "人次")


def test_e2014_reasons_under_merged_qizhong_cell() -> None:
    # spec 1(a) row 31–36 "其中：…": printed forms merge a 其中 cell over the six reasons (rowspan=6)
    reasons = [("涉及国家秘密", "0"), ("涉及商业秘密", "1"), ("涉及个人隐私", "1"),
               ("危及国家安全、公共安全、经济安全和社会稳定", "0"), ("不是《条例》所指政府信息", "1"), ("法律法规规定的其他情形", "0")]
    rows = [tr(td("统计指标", cs=2), td("单位"), td("统计数")),
            tr(td("（三）申请答复数", cs=2), td("件"), td("35")),
            tr(td("1.属于已主动公开范围数", cs=2), td("件"), td("6")),
            tr(td("2.同意公开答复数", cs=2), td("件"), td("15")),
            tr(td("3.同意部分公开答复数", cs=2), td("件"), td("2")),
            tr(td("4.不同意公开答复数", cs=2), td("件"), td("3"))]
    for i, (label, v) in enumerate(reasons):
        rows.append(tr(td("其中", rs=6) if i == 0 else "", td(label), td("件"), td(v)))
    rows += [tr(td("5.不属于本行政机关公开数", cs=2), td("件"), td("4")),
             tr(td("6.申请信息不存在数", cs=2), td("件"), td("3")),
             tr(td("7.告知作出更改补充数", cs=2), td("件"), td("1")),
             tr(td("8.告知通过其他途径办理数", cs=2), td("件"), td("1"))]
    html = '<table border="1">' + "".join(rows) + "</table>"
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    f = facts(r, "table")
    assert (f.get("apply.answer.denied"), f.get("apply.answer.denied.commercial_secret"),
            f.get("apply.answer.denied.privacy"), f.get("apply.answer.denied.not_gov_info"),
            f.get("apply.answer.not_this_agency")) == (3, 1, 1, 1, 4)
    assert not failing_families(r) & {"O3", "O4"}


def test_e2014_partial_table_without_total_rows_checks_quiet() -> None:
    # spec 1(d): a check needs both sides; a pasted table lacking （三）申请答复数 and 四、行政复议数量 rows
    # must not report O3/O5 failures
    html = grid_merged()
    for label in ("（三）申请答复数", "四、行政复议数量"):
        start = html.index(f"<tr><td>{label}</td>")
        html = html[:start] + html[html.index("</tr>", start) + 5:]
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                      e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))
    f = facts(r, "table")
    assert f.get("apply.answer.granted") == 15 and "apply.answer.total" not in f
    assert not failing_families(r) & {"O3", "O5"}


@pytest.mark.parametrize(("sentence", "key", "value"), [
    ("其中，网上申请6件、当面申请2件、信函申请1件。", "apply.channel.online", 6),
    ("全年共接待现场咨询1200人次。", "consult.onsite", 1200),
], ids=["online-dunhao", "consult-onsite"])
def test_e2008_prose_shanghai_style_extras(sentence: str, key: str, value: float) -> None:
    # spec 1(a) Shanghai-style reports (咨询处理情况) and 2.5 channel phrases with 、 separators
    r = e2008_report(2011, section3="全年共受理政府信息公开申请9件。" + sentence)
    f = fact(r, key, "text")
    assert f is not None and f.value == value, dump(r)


def test_anhui_style_2010_table_rows() -> None:
    # spec 1(a) Anhui-style 2009 统计制度 form (categories of active items, 网上填表及电子邮件, 同意/部分/不予);
    # spec 2.7: 网上填表及电子邮件 is the 网络申请 row. The category rows are parts of 主动公开信息数, not other keys.
    rows = [("主动公开信息数", "条", "856"), ("其中：机构领导、设置及人事类", "条", "45"), ("政策法规、规范性文件类", "条", "120"),
            ("业务公开类", "条", "410"), ("规划计划、统计类", "条", "38"), ("财务预决算类", "条", "12"),
            ("招标采购类", "条", "21"), ("部门动态、公告、新闻类", "条", "210"), ("依申请公开信息目录数", "条", "60"),
            ("信息公开申请数", "件", "11"), ("其中：当面申请", "件", "3"), ("网上填表及电子邮件申请", "件", "7"),
            ("信函及传真申请", "件", "1"), ("对申请的答复数", "件", "11"), ("其中：同意公开", "件", "8"),
            ("同意部分公开", "件", "1"), ("不予公开", "件", "1"), ("其他", "件", "1"), ("投诉数", "件", "0"),
            ("行政复议数", "件", "1")]
    grid = ('<table border="1" cellspacing="0"><tr><td colspan="3">政府信息公开情况统计表（2010年度）</td></tr>'
            + tr(td("指标名称"), td("单位"), td("数量")) + "".join(tr(td(lab), td(u), td(v)) for lab, u, v in rows) + "</table>")
    content = "".join(P(ln) for ln in e2008_lines(2010)) + P("附件：") + grid
    r = parse(HANWEB_URL, hanweb_page("郎溪县某某局2010年政府信息公开工作年度报告", content, date="2011-03-15"))
    f = facts(r, "table")
    assert r.template == "e2008"
    assert {k: f.get(k) for k in ("active.items_total", "apply.received.total", "apply.channel.in_person",
                                  "apply.channel.online", "apply.answer.granted", "apply.answer.partial",
                                  "apply.answer.denied", "apply.answer.total", "complaint.total", "review.total")} == {
        "active.items_total": 856, "apply.received.total": 11, "apply.channel.in_person": 3,
        "apply.channel.online": 7, "apply.answer.granted": 8, "apply.answer.partial": 1, "apply.answer.denied": 1,
        "apply.answer.total": 11, "complaint.total": 0, "review.total": 1}


def test_seed000_text_reports_only_its_o1_violation() -> None:
    # spec 1(d) "real violations": seed 000's only inconsistency is O1 (26 received, 11 + 16 = 27 by channel);
    # 12 reviews of which 11 closed (7 upheld, 4 corrected) and the outcomes summing to 已办结25件 are consistent
    lines = ["2018年，富陽區深入貫徹落實黨的十九大精神，全麵推進政務公開工作。", "一、工作完成情況及成效",
             "（三）依申請公開政府信息和不予公開政府信息情況",
             "2018年區政府受理政府信息公開申請26件內容主要涉及土地征收、房屋拆遷、規劃許可等相關信息。按申請方式看，"
             "網絡申請11件，信函申請16件。從辦結情況看，已辦結25件，其中屬於主動公開、同意公開和部分公開的9件，占36%；"
             "不同意公開的1件，占4%；不屬於本行政機關公開的1件，占4%；申請信息不存在的8件，占32%；告知作出更改補充的1件，"
             "占4%；告知通過其他途徑辦理數1件，占4%；申請人撤回申請4件，占16%。",
             "（四）政府信息公開的收費及減免情況", "2018年區政府受理的信息公開申請，未對申請人進行收費。",
             "（五）因政府信息公開申請行政複議、提起行政訴訟的情況",
             "2018年區政府和各部門、各鄉鎮街道因信息公開發生行政複議案件12件，在結案的11件中7件維持，4件被糾錯。"
             "因信息公開涉訴2件，均維持原具體行政行為。",
             "二、政府信息公開工作存在的主要問題", "（一）政務公開機構不健全。"]
    r = parse("http://www.manbetx-example.com/xxgk/2019/0305/6621.html",
              asp_page("2018年富陽區信息公開工作年度報告", lines, date="2019-03-05", site="富陽區人民政府"))
    f = facts(r, "text")
    assert (f.get("apply.received.total"), f.get("apply.closed.total"), f.get("apply.answer.not_exist"),
            f.get("apply.answer.withdrawn"), f.get("review.total"), f.get("litigation.upheld")) == (26, 25, 8, 4, 12, 2)
    assert failing_families(r) == {"O1"}


def test_per_line_all_long_labels_wrapped() -> None:
    # seed 002 wraps long labels before their parenthetical; here also the staff and budget rows
    html = per_line().replace(P("1.专职人员数（不包括政府公报及政府网站工作人员数）"),
                              P("1.专职人员数") + P("（不包括政府公报及政府网站工作人员数）")).replace(
        P("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）"),
        P("（四）政府信息公开专项经费") + P("（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）"))
    r = parse(GKML_URL, trs_gkml_page("某某区人民政府2017年度政府信息公开工作报告",
                                      e2014_prose(2017, "某某区人民政府") + html, date="2018-01-30"))
    f = facts(r, "table")
    assert (f.get("org.staff_fulltime"), f.get("org.staff_parttime"), f.get("org.budget"),
            f.get("training.meetings")) == (2, 3, 4.5, 3)


def shanghai_2012_report(prose_received: int) -> Report:
    rows = [("主动公开信息数", "条", "1520"), ("申请总数", "件", "14"), ("其中：1.当面申请数", "件", "5"),
            ("2.传真申请数", "件", "0"), ("3.电子邮件申请数", "件", "6"), ("4.网上申请数", "件", "2"),
            ("5.信函申请数", "件", "1"), ("6.其他形式申请数", "件", "0"), ("行政复议数", "件", "1"), ("行政诉讼数", "件", "0")]
    grid = '<table border="1">' + tr(td("指标名称"), td("计量单位"), td("代码"), td("本期实际"), td("本年累计")) + "".join(
        tr(td(lab), td(u), td(f"{i:02d}"), td(v), td(v)) for i, (lab, u, v) in enumerate(rows, 1)) + "</table>"
    content = "".join(P(ln) for ln in e2008_lines(2012, section2="全年主动公开政府信息1520条。",
                                                 section3=f"全年共受理政府信息公开申请{prose_received}件。"))
    return parse(HANWEB_URL, hanweb_page("某某区人民政府2012年政府信息公开工作年度报告",
                                         content + P("附表：政府信息公开情况统计表") + grid, date="2013-03-20"))


def test_r10_in_e2008_prose_vs_local_table_silent() -> None:
    # spec 1(d) R10 applies to all eras: the prose 14 matches the Shanghai-style 申请总数 14
    r = shanghai_2012_report(14)
    assert r.template == "e2008" and facts(r, "table").get("apply.received.total") == 14
    assert not failing(r)


def test_r10_in_e2008_prose_vs_local_table_fires() -> None:
    # spec 1(d) R10: the prose says 15 requests, the 2012 table 14
    r = shanghai_2012_report(15)
    assert "R10.apply.received.total" in failing(r)


def test_per_line_traditional_mirror_all_keys() -> None:
    # seed 002 layout copied by a traditional-script mirror (spec 3.8, 2.7 step 1): unit lines read 條 / 個 / 萬元
    from test_probe_accuracy_2 import to_traditional
    body = to_traditional(e2014_prose(2017, "某某區人民政府") + per_line())
    assert "<p>條</p>" in body and "<p>萬元</p>" in body
    r = parse("http://www.mirror-example.com/zwgk/2018/0130/77.html",
              trs_gkml_page(to_traditional("某某区人民政府2017年度政府信息公开工作报告"), body, date="2018-01-30"))
    got = facts(r, "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED


def e2014_text_table_report(html: str) -> Report:
    return parse(GKML_URL, trs_gkml_page("某某区人民政府2016年政府信息公开工作年度报告",
                                         e2014_prose(2016, "某某区人民政府") + html, date="2017-02-15"))


def test_piped_with_fullwidth_bars() -> None:
    # spec 2.7 step 2 (NFKC turns full-width punctuation into ASCII): "｜" is the same separator as "|"
    r = e2014_text_table_report(piped().replace(" | ", "｜"))
    got = facts(r, "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED


def test_tab_separated_text_dump_in_pre() -> None:
    # a spreadsheet pasted as text: one row per line, cells separated by tabs, inside <pre>
    lines = ["统计指标\t单位\t统计数"] + [lab if k is None else f"{lab}\t{u}\t{v}" for k, lab, u, v in e14_rows()]
    r = e2014_text_table_report("<pre>" + "\n".join(lines) + "</pre>")
    got = facts(r, "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED


def test_piped_without_unit_column() -> None:
    # spec 1(a): some dumps drop the 单位 column ("统计指标 | 统计数"); keys and values stay the same
    out = [P("统计指标 | 统计数")] + [P(f"{lab} | " if k is None else f"{lab} | {v}") for k, lab, _u, v in e14_rows()]
    got = facts(e2014_text_table_report("".join(out)), "table")
    assert {k: got.get(k) for k in E14_EXPECTED} == E14_EXPECTED
