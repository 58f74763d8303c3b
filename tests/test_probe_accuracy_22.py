"""Independent probe 22: generated old-era (e2008 / e2014) annual reports under the 2007 Regulation.

A small deterministic generator (own code, fixed seed) writes reports in the 2007-Regulation section order
(概述, 主动公开, 依申请公开, 收费及减免, 复议诉讼, 存在的问题 …) with prose statistics phrased in the ways real
reports phrase them (Chinese numerals, 两, 万, 余/多/约/近/逾, full-width digits, percentages as noise, look-alike
numbers such as 行政服务中心受理…件), and for some e2014 reports the national 政府信息公开情况统计表 as an HTML table,
as pipe-flattened text (seed 003 style) or one value per line (seed 002 style). Pages are rendered the way old
portals served them: TRS 公开目录 (GB2312), Hanweb (UTF-8) and ASP table-layout pages (GBK).

Expectations come from the spec (shared/spec/report-formats.md sections 0, 1(a), 1(d), 2.4, 2.5, 2.6, 2.7), not from
the parser: template and reporting year, every prose statistic written (source 'text', value, unit, value_flag),
every 统计表 cell (source 'table'), the headline keys of 2.6, and the O-rules: consistent documents raise no failing
check; documents with one injected inconsistency make exactly the matching O-rule fail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest
from eval.markup import E2014_ROWS

from pipelines.parse import parse_report
from pipelines.records import Fetched

SEED = 220022

# --------------------------------------------------------------------------------------------- numbers

CN_DIGITS = "零一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def cn_numeral(n: int) -> str:
    """0..9999 in Chinese numerals (十二, 二十六, 一百零五, 一千零五)."""
    if n == 0:
        return "零"
    out = ""
    pending_zero = False
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十")):
        d, n = divmod(n, unit)
        if d:
            if pending_zero:
                out += "零"
                pending_zero = False
            out += ("" if (unit == 10 and d == 1 and not out) else CN_DIGITS[d]) + ch
        elif out:
            pending_zero = True
    if n:
        if pending_zero:
            out += "零"
        out += CN_DIGITS[n]
    return out


@dataclass
class Exp:
    key: str
    value: float
    unit: str | None
    flag: str | None
    sources: tuple[str, ...] = ("text",)
    alt_keys: tuple[str, ...] = ()
    check_flag: bool = True


@dataclass
class Doc:
    id: str
    url: str
    body: bytes
    headers: dict[str, str]
    title: str
    year: int
    template: str
    year_source: str
    published: str
    headings: list[tuple[str, str]]
    expected: list[Exp] = field(default_factory=list)
    bad_rule: str | None = None
    has_table: bool = False


class Writer:
    """Renders numbers into prose and records what a careful reader would write down."""

    def __init__(self, rng: random.Random, exact_only: bool = False):
        self.rng = rng
        self.exp: list[Exp] = []
        self.exact_only = exact_only

    def n(self, key: str, value: int, unit: str, styles: tuple[str, ...] = ("ar",), record: bool = True) -> str:
        style = self.rng.choice(styles)
        if style == "cn" and (value > 9999 or value == 0):
            style = "ar"
        if style == "comma" and value < 1000:
            style = "ar"
        if style == "ar":
            txt = str(value)
        elif style == "comma":
            txt = f"{value:,}"
        elif style == "fw":
            txt = str(value).translate(FW)
        elif style == "cn":
            txt = "两" if value == 2 and unit in ("件", "个", "人", "宗", "期") else cn_numeral(value)
        else:
            raise ValueError(style)
        if record:
            self.exp.append(Exp(key, value, unit, None))
        return f"{txt}{unit}"

    def approx(self, key: str, value: int, unit: str) -> tuple[str, int]:
        """An approximate statement; returns the text and the value as written."""
        style = self.rng.choice(("yu", "duo", "yue", "jin", "yu_wan", "yi"))
        if style == "yu_wan" and value < 12000:
            style = "yu"
        if style == "yu_wan":
            tenth = value // 1000  # 1.2万 = 12 thousands
            shown = tenth * 1000
            txt = f"{tenth / 10:.1f}万余{unit}"
        else:
            base = 100 if value >= 1000 else 10
            shown = value // base * base if style in ("yu", "duo", "yi") else (value + base - 1) // base * base
            if shown == 0:
                shown = base
            txt = {"yu": f"{shown}余{unit}", "duo": f"{shown}多{unit}", "yue": f"约{shown}{unit}",
                   "jin": f"近{shown}{unit}", "yi": f"逾{shown}{unit}"}[style]
        self.exp.append(Exp(key, shown, unit, "approx"))
        return txt, shown


def split_total(rng: random.Random, total: int, parts: int, allow_zero: bool = False) -> list[int]:
    if parts == 1:
        return [total]
    if not allow_zero and total >= parts:
        cuts = sorted(rng.sample(range(1, total), parts - 1))
    else:
        cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    bounds = [0, *cuts, total]
    return [bounds[i + 1] - bounds[i] for i in range(parts)]


# --------------------------------------------------------------------------------------------- agencies

AGENCIES = [
    # name, self-reference, host, 6-digit code, short place
    ("德清县人民政府", "我县", "www.deqing.gov.cn", "330521", "德清县"),
    ("安吉县人民政府", "我县", "www.anji.gov.cn", "330523", "安吉县"),
    ("桐庐县人民政府", "我县", "www.tonglu.gov.cn", "330122", "桐庐县"),
    ("宁海县人民政府", "我县", "www.ninghai.gov.cn", "330226", "宁海县"),
    ("郎溪县人民政府", "我县", "www.ahlx.gov.cn", "341821", "郎溪县"),
    ("雄县人民政府", "我县", "www.xiongxian.gov.cn", "130638", "雄县"),
    ("余杭区人民政府", "我区", "www.yuhang.gov.cn", "330110", "余杭区"),
    ("晋安区人民政府", "我区", "www.fzja.gov.cn", "350111", "晋安区"),
    ("榕城区人民政府", "我区", "www.jyrongcheng.gov.cn", "445202", "榕城区"),
    ("莲湖区人民政府", "我区", "www.lianhu.gov.cn", "610104", "莲湖区"),
    ("南岳区人民政府", "我区", "www.nanyue.gov.cn", "430412", "南岳区"),
    ("赤壁市人民政府", "我市", "www.chibi.gov.cn", "421281", "赤壁市"),
    ("南平市国土资源局", "我局", "www.np.gov.cn", "350700", "南平市"),
    ("宿迁市环境保护局", "我局", "www.suqian.gov.cn", "321300", "宿迁市"),
    ("泰州市交通运输局", "我局", "www.taizhou.gov.cn", "321200", "泰州市"),
    ("铜川市教育局", "我局", "www.tongchuan.gov.cn", "610200", "铜川市"),
    ("舒兰市民政局", "我局", "www.shulan.gov.cn", "220283", "舒兰市"),
    ("蓬莱市统计局", "我局", "www.penglai.gov.cn", "370684", "蓬莱市"),
]

NOISE_INTRO = [
    "{we}认真贯彻落实《中华人民共和国政府信息公开条例》（国务院令第492号），坚持“以公开为原则、不公开为例外”，"
    "进一步健全工作机制，规范公开程序，政府信息公开工作取得了新的进展。",
    "{year}年，{we}以深化政务公开为抓手，把政府信息公开工作列入年度目标责任制考核，明确分管领导和具体工作人员，"
    "做到有人管事、有人干事。",
    "{we}及时修订了《政府信息公开指南》和《政府信息公开目录》，规范了依申请公开的受理、审查、答复流程，"
    "建立健全了保密审查、发布协调和责任追究等制度。",
]

TRAPS = [
    "{place}行政服务中心全年共受理各类行政审批和服务事项{big}件，办结{big2}件，按时办结率100%。",
    "{place}政务服务大厅全年受理群众来电来访{big}件，已办结{big2}件。",
]


# --------------------------------------------------------------------------------------------- e2014 统计表

# the national form's rows (国办发〔2014〕32号, spec 2.4): label, unit, key
E14_ROWS = [(label, unit or "", key) for label, unit, key in E2014_ROWS]

LABEL_VARIANTS = {
    "3.网络申请数": "3.网上申请数",
    "4.不同意公开答复数": "4.不予公开答复数",
}


def e14_stats(rng: random.Random, year: int) -> dict[str, float]:
    s: dict[str, float] = {}
    items = rng.randint(300, 9000)
    s["active.items_total"] = items
    s["active.normative.published"] = rng.randint(0, 30)
    if year >= 2016:
        s["active.normative.issued_total"] = rng.randint(0, 20)
        s["proposal.results_published"] = rng.randint(0, 40)
    s["active.channel.gazette"] = rng.choice([0, 0, rng.randint(5, 60)])
    s["active.channel.website"] = rng.randint(items // 2, items)
    s["active.channel.weibo"] = rng.randint(0, items // 3)
    s["active.channel.wechat"] = rng.randint(0, items // 3)
    s["active.channel.other"] = rng.choice([0, rng.randint(0, 50)])
    s["response.hot_topics"] = rng.randint(0, 20)
    pc = rng.randint(0, 8)
    s["response.press_conf"] = pc
    s["response.press_conf_by_head"] = rng.randint(0, pc)
    oi = rng.randint(0, 12)
    s["response.online_interviews"] = oi
    s["response.online_interviews_by_head"] = rng.randint(0, oi)
    s["response.interpretations"] = rng.randint(0, 40)
    s["response.weibo_wechat_events"] = rng.randint(0, 300)
    s["response.other_events"] = rng.choice([0, rng.randint(0, 10)])
    rec = rng.randint(4, 60)
    s["apply.received.total"] = rec
    inp, fax, onl, let = split_total(rng, rec, 4, allow_zero=True)
    s["apply.channel.in_person"], s["apply.channel.fax"] = inp, fax
    s["apply.channel.online"], s["apply.channel.letter"] = onl, let
    pend = rng.choice([0, 0, 1, 2])
    closed = rec - pend
    s["apply.closed.total"] = closed
    ext = rng.choice([0, 0, 1])
    s["apply.closed.on_time"], s["apply.closed.extended"] = closed - ext, ext
    s["apply.answer.total"] = closed
    parts = split_total(rng, closed, 8, allow_zero=True)
    for k, v in zip(("already_public", "granted", "partial", "denied", "not_this_agency", "not_exist",
                     "ask_correction", "other_channel"), parts, strict=True):
        s[f"apply.answer.{k}"] = v
    reasons = split_total(rng, int(s["apply.answer.denied"]), 6, allow_zero=True)
    for k, v in zip(("state_secret", "commercial_secret", "privacy", "security_stability", "not_gov_info",
                     "law_other"), reasons, strict=True):
        s[f"apply.answer.denied.{k}"] = v
    rv = rng.choice([0, 0, 1, 2, 3])
    s["review.total"] = rv
    s["review.upheld"], s["review.corrected"], s["review.other"] = split_total(rng, rv, 3, allow_zero=True)
    lt = rng.choice([0, 0, 1, 2])
    s["litigation.total"] = lt
    s["litigation.upheld"], s["litigation.corrected"], s["litigation.other"] = split_total(rng, lt, 3, True)
    s["complaint.total"] = rng.choice([0, 0, 1])
    s["fee.request_fees"] = 0
    s["org.dedicated_units"] = 1
    s["org.reading_points"] = rng.randint(1, 30)
    ft = rng.randint(1, 4)
    pt = rng.randint(0, 6)
    s["org.staff_total"], s["org.staff_fulltime"], s["org.staff_parttime"] = ft + pt, ft, pt
    s["org.budget"] = rng.choice([0, 1, 2, 3.5, 5])
    s["training.meetings"] = rng.randint(0, 4)
    s["training.courses"] = rng.randint(0, 4)
    s["training.trainees"] = rng.randint(0, 200)
    return s


def fmt_cell(v: float) -> str:
    if float(v).is_integer():
        return str(int(v))
    return f"{v:g}"


BLANK_FORMS = {"": "blank", "&nbsp;": "blank", "—": "dash", "-": "dash", "/": "slash", "无": "wu"}


def render_e14_table(rng: random.Random, s: dict[str, float], year: int, filler: str, form: str,
                     exp: list[Exp]) -> str:
    """The national form as html | pipe | lines. Records the table facts in `exp`."""
    rows = [r for r in E14_ROWS if r[2] is None or r[2] in s]
    variant_labels = rng.random() < 0.4
    blank_keys: dict[str, str] = {}
    if form == "html":
        zero_keys = [k for (_, _, k) in rows if k and s[k] == 0 and not k.startswith("apply.received")]
        for k in rng.sample(zero_keys, min(3, len(zero_keys))):
            blank_keys[k] = rng.choice(list(BLANK_FORMS))
    head = [
        "政府信息公开情况统计表",
        f"（{year}年度）",
        f"填报单位（盖章）：{filler}",
    ]
    tail = [
        f"单位负责人：王建国　审核人：李明　填报人：张丽　联系电话：0571-8{rng.randint(1000000, 9999999)}",
        f"填表日期：{year + 1}年1月{rng.randint(5, 28)}日",
    ]
    lines: list[str] = []
    for label, unit, key in rows:
        if variant_labels:
            label = LABEL_VARIANTS.get(label, label)
        if key is None:
            lines.append((label, "", ""))
            continue
        cell = fmt_cell(s[key])
        flag = None
        if key in blank_keys:
            cell = blank_keys[key]
            flag = BLANK_FORMS[cell]
        exp.append(Exp(key, s[key], unit, flag, sources=("table",)))
        lines.append((label, unit, cell))
    if form == "html":
        trs = ['<tr style="height:28px"><td width="70%" align="center"><b>统 计 指 标</b></td>'
               '<td width="12%" align="center"><b>单位</b></td><td align="center"><b>统计数</b></td></tr>']
        for label, unit, cell in lines:
            lab = label if rng.random() < 0.7 else f'<p class="MsoNormal"><span style="font-size:10.5pt">{label}</span></p>'
            trs.append(f'<tr><td style="padding-left:4px">{lab}</td><td align="center">{unit}</td>'
                       f'<td align="center">{cell}</td></tr>')
        return ("".join(f'<p align="center"><b>{h}</b></p>' if i == 0 else f"<p>{h}</p>" for i, h in enumerate(head))
                + '<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">'
                + "".join(trs) + "</table>" + "".join(f"<p>{t}</p>" for t in tail))
    if form == "pipe":
        out = [*head, "统计指标 | 单位 | 统计数"]
        for label, unit, cell in lines:
            out.append(f"{label} | {unit} | {cell}" if unit else f"{label} | |")
        out += tail
        return "".join(f"<p>{x}</p>" for x in out)
    # seed 002 style: one cell per line, the long parenthetical of two labels on its own line
    out = [*head, "统 计 指 标", "单位", "统计数"]
    for label, unit, cell in lines:
        if "（不同渠道" in label:
            a, b = label.split("（不同渠道", 1)
            out += [a, "（不同渠道" + b]
        else:
            out.append(label)
        out += [unit or "&nbsp;", cell or "&nbsp;"]
    out += tail
    return "".join(f"<p>&nbsp;&nbsp;{x}</p>" for x in out)


# --------------------------------------------------------------------------------------------- page chrome


def page_trs(title: str, agency: str, host: str, code: str, pub: str, content: str, rng: random.Random) -> tuple:
    y, m, d = pub.split("-")
    doc_id = rng.randint(100000, 999999)
    url = f"http://xxgk.{host.removeprefix('www.')}/xxgk/xxgknb/{y}{m}/t{y}{m}{d}_{doc_id}.htm"
    idx = f"{rng.randint(100000000, 999999999)}/{y}-{rng.randint(1, 999):05d}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<link href="/images/xxgk_style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head><body>
<div class="top"><img src="/images/xxgk_banner.jpg" alt="{agency}政府信息公开目录" /></div>
<div class="nav"><a href="/">首页</a> | <a href="/xxgk/xxgkzn/">政府信息公开指南</a> | <a href="/xxgk/xxgkzd/">政府信息公开制度</a> |
<a href="/xxgk/xxgkml/">政府信息公开目录</a> | <a href="/xxgk/xxgknb/">政府信息公开年报</a> | <a href="/xxgk/ysqgk/">依申请公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/xxgknb/">政府信息公开年报</a></div>
<table class="xxgk_table" width="100%" border="0" cellspacing="1" cellpadding="3">
<tr><td class="bt">索 引 号：</td><td>{idx}</td><td class="bt">分　　类：</td><td>综合政务\\政府信息公开年报</td></tr>
<tr><td class="bt">发布机构：</td><td>{agency}</td><td class="bt">发布日期：</td><td>{pub}</td></tr>
<tr><td class="bt">名　　称：</td><td colspan="3">{title}</td></tr>
<tr><td class="bt">文　　号：</td><td></td><td class="bt">主 题 词：</td><td>政府信息公开 年度报告</td></tr>
</table>
<div class="content_title">{title}</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{content}
</div></div>
<div class="btn"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">主办：{agency}办公室　承办：{agency}信息中心<br/>网站标识码：{code}0001　浙ICP备0501{rng.randint(1000, 9999)}号</div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body></html>"""
    return url, html.encode("gbk"), {"content-type": "text/html"}


def page_hanweb(title: str, agency: str, host: str, code: str, pub: str, content: str, rng: random.Random) -> tuple:
    y, m, d = pub.split("-")
    col = rng.randint(1229000000, 1229999999)
    art = rng.randint(1000000, 9999999)
    url = f"http://{host}/art/{y}/{int(m)}/{int(d)}/art_{col}_{art}.html"
    idx = f"{code}/{y}-{rng.randint(1, 9999):05d}"
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="SiteName" content="{agency}">
<meta name="ArticleTitle" content="{title}">
<title>{title}-{agency}</title>
<link rel="stylesheet" href="/images/2014/css/common.css">
<script src="/module/jslib/jquery/jquery.js"></script>
</head><body>
<div class="header"><div class="logo"><a href="/">{agency}</a></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/col/col1229000001/index.html">政务公开</a></li>
<li><a href="/col/col1229000002/index.html">政务服务</a></li><li><a href="/col/col1229000003/index.html">政民互动</a></li></ul></div>
<div class="bread">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1229000001/index.html">政务公开</a> &gt;
<a href="/col/col{col}/index.html">政府信息公开年报</a></div>
<table class="xxgk_table" width="100%">
<tr><td>索引号：</td><td>{idx}</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>{agency}</td><td>发布日期：</td><td>{pub}</td></tr>
<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr>
</table>
<div class="art_title"><h1>{title}</h1></div>
<div class="art_info">发布时间：{pub}　来源：{agency}　浏览次数：<span id="hits">{rng.randint(50, 3000)}</span></div>
<div id="zoom">
<!--<$[信息内容]>begin-->{content}<!--<$[信息内容]>end-->
</div>
<div class="art_foot"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
<div class="footer"><p>主办单位：{agency}办公室　地址：人民路1号</p><p>网站标识码：{code}0002　ICP备案号：浙ICP备1200{rng.randint(1000, 9999)}号</p></div>
</body></html>"""
    return url, html.encode("utf-8"), {"content-type": "text/html; charset=UTF-8"}


def page_asp(title: str, agency: str, host: str, code: str, pub: str, content: str, rng: random.Random) -> tuple:
    y, m, d = pub.split("-")
    nid = rng.randint(1000, 30000)
    url = f"http://{host}/news_view.asp?newsid={nid}"
    shown = f"{int(y)}-{int(m)}-{int(d)} {rng.randint(8, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{agency}--{title}</title>
<link href="css.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" bgcolor="#FFFFFF">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="images/top_bg.jpg"><img src="images/logo.gif" width="420" height="90"></td></tr>
  <tr><td height="32" class="nav"><a href="index.asp">网站首页</a> | <a href="news_list.asp?lm=1">政务动态</a> |
  <a href="news_list.asp?lm=2">政务公开</a> | <a href="news_list.asp?lm=8">信息公开年报</a> | <a href="gbook.asp">留言板</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" bgcolor="#F2F7FB">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="lm">政务公开</td></tr>
        <tr><td height="24"><a href="news_list.asp?lm=2&lm2=11">政府信息公开指南</a></td></tr>
        <tr><td height="24"><a href="news_list.asp?lm=2&lm2=12">政府信息公开目录</a></td></tr>
        <tr><td height="24"><a href="news_list.asp?lm=8">政府信息公开年报</a></td></tr>
      </table>
    </td>
    <td width="760" valign="top">
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="30">您现在的位置：<a href="index.asp">首页</a> &gt;&gt; <a href="news_list.asp?lm=8">信息公开年报</a></td></tr>
        <tr><td height="50" align="center"><font color="#CC0000" style="font-size:18px"><b>{title}</b></font></td></tr>
        <tr><td height="26" align="center" bgcolor="#EEEEEE">发布时间：{shown}&nbsp;&nbsp;点击数：{rng.randint(30, 2000)}&nbsp;&nbsp;来源：{agency}办公室</td></tr>
        <tr><td class="content" style="line-height:180%;font-size:14px">
{content}
        </td></tr>
        <tr><td align="right"><a href="javascript:window.close()">【关闭窗口】</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="60" align="center" bgcolor="#1D5C9A"><font color="#FFFFFF">版权所有：{agency}　技术支持：某某网络公司　备案号：ICP备0800{rng.randint(1000, 9999)}号</font></td></tr>
</table>
</body>
</html>"""
    return url, html.encode("gbk"), {"content-type": "text/html; charset=gb2312"}


PAGES = {"trs": page_trs, "hanweb": page_hanweb, "asp": page_asp}


# --------------------------------------------------------------------------------------------- the generator


def para(text: str, style: str) -> str:
    if style == "asp":
        return f"&nbsp;&nbsp;&nbsp;&nbsp;{text}<br>"
    return f'<p style="text-indent:2em">{text}</p>'


def heading(num: str, title: str, style: str, rng: random.Random) -> str:
    txt = f"{num}、{title}"
    if style == "asp":
        return f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{txt}</b><br>"
    return rng.choice([f'<p style="text-indent:2em"><strong>{txt}</strong></p>',
                       f"<p><b>{txt}</b></p>", f'<p style="text-indent:2em">{txt}</p>'])


def make_doc(i: int, rng: random.Random, era: str, table_form: str | None, bad: str | None) -> Doc:
    agency, we, host, code, place = AGENCIES[rng.randrange(len(AGENCIES))]
    year = rng.randint(2008, 2013) if era == "e2008" else rng.randint(2014, 2018)
    cms = rng.choice(list(PAGES))
    style = "asp" if cms == "asp" else "p"
    pub = f"{year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    title = rng.choice([
        f"{agency}{year}年政府信息公开工作年度报告",
        f"{year}年{agency}政府信息公开工作年度报告",
        f"{agency}{year}年度政府信息公开工作报告",
    ])
    shanghai = era == "e2008" and rng.random() < 0.35
    has_table = table_form is not None
    w = Writer(rng)
    digit_styles = ("ar", "ar", "cn", "fw") if cms == "trs" else ("ar", "ar", "cn")
    big_styles = ("ar", "comma") if cms != "trs" else ("ar", "comma", "fw")

    stats = e14_stats(rng, year) if has_table else None
    table_exp: list[Exp] = []

    # the injected inconsistency (table documents carry it in the table; prose documents in the text)
    if stats is not None and bad:
        if bad == "O1":
            stats["apply.channel.letter"] += 1
        elif bad == "O2":
            stats["apply.closed.on_time"] += 1
        elif bad == "O3":
            stats["apply.answer.not_exist"] += 1
            stats["apply.answer.total"] = stats["apply.closed.total"]
        elif bad == "O4":
            stats["apply.answer.denied.privacy"] += 1
        elif bad == "O5":
            stats["review.total"] = stats["review.upheld"] + stats["review.corrected"] + stats["review.other"] + 1
        elif bad == "O6":
            stats["org.staff_total"] += 1

    headings: list[tuple[str, str]] = []
    body: list[str] = []

    # 导语 + 统计期限
    intro = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布"
             f"{agency}{year}年度政府信息公开工作年度报告。")
    period_written = rng.random() < 0.6
    if period_written:
        start = "5月1日" if year == 2008 else "1月1日"
        intro += f"本报告所列数据的统计期限自{year}年{start}起至{year}年12月31日止。"
    intro += (f"本报告电子版可在“{place}人民政府门户网站”（http://{host}）下载。如对本报告有疑问，"
              f"请与{agency}办公室联系（电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）。")
    body.append(para(intro, style))

    # 一、概述
    sec_titles = []
    sec_titles.append(rng.choice(["概述", "基本情况", "总体情况", "主要工作概述"]))
    n = 1
    cn_nums = "一二三四五六七八九"

    def add_heading(t: str) -> None:
        nonlocal n
        num = cn_nums[n - 1]
        headings.append((num, t))
        body.append(heading(num, t, style, rng))
        n += 1

    add_heading(sec_titles[0])
    for t in rng.sample(NOISE_INTRO, 2):
        body.append(para(t.format(we=we, year=year), style))
    org_bits = []
    if stats is not None:
        if rng.random() < 0.6:
            org_bits.append("现有政府信息公开工作人员" + w.n("org.staff_total", int(stats["org.staff_total"]), "人"))
        if rng.random() < 0.5:
            org_bits.append("设立政府信息公开查阅点" + w.n("org.reading_points", int(stats["org.reading_points"]), "个"))
    else:
        if rng.random() < 0.5:
            org_bits.append("现有政府信息公开工作人员" + w.n("org.staff_total", rng.randint(1, 12), "人", digit_styles))
        if rng.random() < 0.5:
            org_bits.append(rng.choice(["设立政府信息公开查阅点", "在行政服务中心等处设立便民查阅点"])
                            + w.n("org.reading_points", rng.randint(1, 25), "个", digit_styles))
    if org_bits:
        body.append(para(f"{we}" + "，".join(org_bits) + "，保障了政府信息公开工作的顺利开展。", style))
    if rng.random() < 0.3:
        big = rng.randint(8000, 90000)
        body.append(para(rng.choice(TRAPS).format(place=place, big=big, big2=big - rng.randint(1, 50)), style))

    # 二、主动公开
    add_heading(rng.choice(["主动公开政府信息情况", "主动公开政府信息的情况"]))
    if stats is not None:
        items = int(stats["active.items_total"])
        s_items = w.n("active.items_total", items, "条", ("ar", "comma"))
        parts = [f"通过政府门户网站公开{w.n('active.channel.website', int(stats['active.channel.website']), '条')}"]
        if stats["active.channel.weibo"]:
            parts.append(f"通过政务微博发布{w.n('active.channel.weibo', int(stats['active.channel.weibo']), '条')}")
        if stats["active.channel.wechat"]:
            parts.append(f"政务微信发布{w.n('active.channel.wechat', int(stats['active.channel.wechat']), '条')}")
        body.append(para(f"{year}年，{we}共主动公开政府信息{s_items}，其中" + "，".join(parts) + "。", style))
        if stats["response.interpretations"] and rng.random() < 0.6:
            body.append(para("围绕重要政策文件，发布政策解读稿件"
                             + w.n("response.interpretations", int(stats["response.interpretations"]), "篇")
                             + "，及时回应社会关切。", style))
    else:
        items = rng.randint(150, 60000)
        if rng.random() < 0.4:
            s_items, shown = w.approx("active.items_total", items, "条")
        else:
            s_items, shown = w.n("active.items_total", items, "条", big_styles), items
        lead = rng.choice([f"{year}年，{we}共主动公开政府信息{s_items}",
                           f"全年主动公开各类政府信息{s_items}",
                           f"{year}年，{we}新增主动公开政府信息{s_items}"])
        parts = []
        web = rng.randint(shown // 3, shown)
        parts.append(rng.choice(["其中通过政府门户网站公开", "其中通过政府网站发布信息"])
                     + w.n("active.channel.website", web, "条", big_styles))
        if year >= 2011 and rng.random() < 0.6:
            parts.append("通过政务微博发布" + w.n("active.channel.weibo", rng.randint(10, max(11, shown // 5)), "条"))
        if year >= 2013 and rng.random() < 0.5:
            parts.append("政务微信发布" + w.n("active.channel.wechat", rng.randint(10, max(11, shown // 6)), "条"))
        if rng.random() < 0.4:
            parts.append(f"编印《{place}政府公报》" + w.n("active.channel.gazette", rng.randint(4, 24), "期",
                                                        ("ar", "cn")))
        body.append(para(lead + "，" + "，".join(parts) + "。", style))
        if rng.random() < 0.5:
            body.append(para("从公开内容看，主要包括机构职能类、政策法规类、规划计划类、业务工作类、人事信息类等，"
                             f"其中业务工作类信息占{rng.randint(30, 70)}%。", style))
        if era == "e2014" and year >= 2015 and rng.random() < 0.4:
            body.append(para("发布政策解读稿件" + w.n("response.interpretations", rng.randint(3, 40), "篇", digit_styles)
                             + "。", style))

    # 三、依申请公开
    add_heading(rng.choice(["依申请公开政府信息办理情况", "依申请公开政府信息和不予公开政府信息的情况"]))
    if stats is not None:
        rec = int(stats["apply.received.total"])
        chan = {k: int(stats[f"apply.channel.{k}"]) for k in ("in_person", "fax", "online", "letter")}
        unit = "件"
        ar_styles: tuple[str, ...] = ("ar", "cn")
    else:
        rec = rng.randint(3, 180)
        names = ["in_person", "online", "letter"] + (["fax"] if rng.random() < 0.3 else []) \
            + (["email"] if shanghai and rng.random() < 0.6 else [])
        vals = split_total(rng, rec, len(names), allow_zero=False)
        chan = dict(zip(names, vals, strict=True))
        if bad == "O1":
            chan["letter"] += 1
        unit = rng.choice(["件", "件", "件", "宗"])
        ar_styles = digit_styles
    label = {"in_person": "当面申请", "online": rng.choice(["网上申请", "网络申请"]), "letter": "信函申请",
             "fax": "传真申请", "email": "电子邮件申请"}
    order = list(chan)
    rng.shuffle(order)
    if stats is not None:
        order = [k for k in order if chan[k] or rng.random() < 0.3]
        if sum(chan[k] for k in order) != rec:  # keep the prose channel list complete (a partial list is not a sum)
            order = [k for k in chan]
    with_pct = rng.random() < 0.3
    chan_txt = []
    for k in order:
        t = label[k] + w.n(f"apply.channel.{k}", chan[k], unit, ar_styles)
        if with_pct and rec:
            t += f"，占{round(chan[k] * 100 / rec)}%"
        chan_txt.append(t)
    lead = rng.choice([f"{year}年，{we}共受理政府信息公开申请{{r}}",
                       "全年共收到政府信息公开申请{r}",
                       f"本年度{we}接到公民、法人和其他组织提出的政府信息公开申请{{r}}"])
    r_txt = w.n("apply.received.total", rec, unit, ar_styles)
    sep = "；" if with_pct else "，"
    body.append(para(lead.format(r=r_txt) + "。从申请方式看，" + sep.join(chan_txt) + "。", style))

    # outcomes
    if stats is not None:
        closed = int(stats["apply.closed.total"])
        pend = rec - closed
        ans = {k: int(stats[f"apply.answer.{k}"]) for k in ("already_public", "granted", "partial", "denied",
                                                             "not_this_agency", "not_exist", "ask_correction",
                                                             "other_channel")}
        answered = int(stats["apply.answer.total"])
        ext = int(stats["apply.closed.extended"])
        den_reasons = {k: int(stats[f"apply.answer.denied.{k}"]) for k in ("state_secret", "commercial_secret",
                                                                           "privacy", "security_stability",
                                                                           "not_gov_info", "law_other")}
    else:
        pend = rng.choice([0, 0, 0, 1, 2]) if rec > 4 else 0
        closed = rec - pend
        names = ["granted", "partial", "denied", "not_exist", "not_this_agency"]
        if rng.random() < 0.4:
            names.append("already_public")
        if era == "e2014" and rng.random() < 0.4:
            names += ["ask_correction", "other_channel"]
        vals = split_total(rng, closed, len(names), allow_zero=closed < len(names))
        ans = dict(zip(names, vals, strict=True))
        answered = closed
        if bad == "O3":
            answered += 1  # the stated total no longer matches the listed outcomes
        ext = rng.choice([0, 0, 1]) if closed > 2 else 0
        den_reasons = {}
        if ans.get("denied", 0) >= 2 and rng.random() < 0.5:
            a, b = split_total(rng, ans["denied"], 2, allow_zero=False)
            den_reasons = {"commercial_secret": a, "privacy": b}
    s_closed = ""
    mode = rng.choice(["closed", "answered", "both"])
    if bad == "O3" and stats is None:
        mode = "answered"
    if mode in ("closed", "both"):
        s_closed = "已办结" + w.n("apply.closed.total", closed, unit, ar_styles)
        if rng.random() < 0.5:
            on_time = int(stats["apply.closed.on_time"]) if stats is not None else closed - ext
            s_closed += ("，其中按规定时限回复" + w.n("apply.closed.on_time", on_time, unit, ar_styles)
                         + "，延迟回复" + w.n("apply.closed.extended", ext, unit, ar_styles))
        if pend:
            s_closed += "，正在办理" + w.n("apply.pending", pend, unit, ar_styles)
        body.append(para(f"截至{year}年12月31日，" + s_closed + "。", style))
    ans_label = {
        "already_public": ["属于已主动公开范围的"],
        "granted": ["同意公开", "同意公开的"],
        "partial": ["同意部分公开", "部分公开"],
        "denied": ["不予公开", "不同意公开的"],
        "not_this_agency": ["不属于本行政机关公开的", "非本机关政府信息", "属于非本机关职责范围的"],
        "not_exist": ["申请信息不存在的", "政府信息不存在"],
        "ask_correction": ["告知作出更改补充的"],
        "other_channel": ["告知通过其他途径办理的"],
    }
    ans_order = [k for k in ("already_public", "granted", "partial", "denied", "not_this_agency", "not_exist",
                             "ask_correction", "other_channel") if k in ans and (ans[k] or rng.random() < 0.25)]
    ans_txt = "，".join(rng.choice(ans_label[k]) + w.n(f"apply.answer.{k}", ans[k], unit, ar_styles)
                       for k in ans_order)
    if mode == "closed":
        body.append(para("从办理结果看，" + ans_txt + "。", style))
    else:
        a_txt = w.n("apply.answer.total", answered, unit, ar_styles)
        body.append(para(rng.choice([f"在已答复的{a_txt}申请中，", f"全年已答复{a_txt}，其中"]) + ans_txt + "。", style))
    if ans.get("denied") and den_reasons and stats is None:
        reason_lab = {"commercial_secret": "涉及商业秘密的", "privacy": "涉及个人隐私的"}
        body.append(para(f"不予公开的{cn_numeral(ans['denied']) if ans['denied'] < 100 else ans['denied']}{unit}申请中，"
                         + "，".join(reason_lab[k] + w.n(f"apply.answer.denied.{k}", v, unit) for k, v in den_reasons.items())
                         + "。", style))
    body.append(para("申请内容主要涉及征地拆迁、规划建设、社会保障、财政资金使用等方面。", style))

    if shanghai:
        add_heading("咨询处理情况")
        body.append(para(f"全年共接受公众现场咨询{rng.randint(50, 900)}人次，网上咨询{rng.randint(10, 300)}人次，"
                         f"电话咨询{rng.randint(50, 900)}人次。", style))

    # 收费及减免
    add_heading(rng.choice(["政府信息公开的收费及减免情况", "政府信息公开收费及减免情况"]))
    paid = stats is None and rng.random() < 0.25 or (stats is not None and rng.random() < 0.25)
    if paid:
        yuan = rng.choice([20, 35, 60, 120, 200, 450])
        if stats is not None:
            stats["fee.request_fees"] = yuan / 10000
        body.append(para(f"{year}年，{we}依申请公开政府信息共收取检索、复制、邮寄等费用{w.n('fee.request_fees', yuan, '元')}，"
                         "收费标准严格按照国家有关规定执行。", style))
    else:
        phrase = rng.choice([f"{year}年，{we}在依申请公开政府信息工作中未收取任何费用。",
                             "本年度未收取任何费用。", f"{year}年{we}受理的信息公开申请，未对申请人进行收费。",
                             "依申请提供政府信息，全部予以免费办理。"])
        w.exp.append(Exp("fee.request_fees", 0, None, "wu", alt_keys=("fee.none",)))
        body.append(para(phrase, style))

    # 复议、诉讼(、申诉)
    if shanghai:
        add_heading("因政府信息公开申请行政复议、提起行政诉讼和申诉的情况")
    else:
        add_heading(rng.choice(["因政府信息公开申请行政复议、提起行政诉讼的情况", "行政复议和行政诉讼情况"]))
    if stats is not None:
        rv, up, co = int(stats["review.total"]), int(stats["review.upheld"]), int(stats["review.corrected"])
        ot = int(stats["review.other"])
        lt = int(stats["litigation.total"])
        lt_all_upheld = lt > 0 and stats["litigation.upheld"] == lt
    else:
        rv = rng.choice([0, 0, 1, 2, 3])
        up, co, ot = (*split_total(rng, rv, 2, allow_zero=True), 0)
        lt = rng.choice([0, 0, 1, 2])
        lt_all_upheld = lt > 0
    sentence = f"{year}年，{we}因政府信息公开申请被申请行政复议" + w.n("review.total", rv, "件", ("ar", "cn"))
    if rv:
        sentence += "，其中维持" + w.n("review.upheld", up, "件")
        if co:
            sentence += "，被依法纠错" + w.n("review.corrected", co, "件")
        if ot:
            sentence += "，其他情形" + w.n("review.other", ot, "件")
    sentence += "；被提起行政诉讼" + w.n("litigation.total", lt, "件", ("ar", "cn"))
    if lt and lt_all_upheld:
        sentence += "，法院均维持原具体行政行为"
        w.exp.append(Exp("litigation.upheld", lt, None, None, sources=("text", "derived"), check_flag=False))
    if shanghai:
        sentence += "；申诉" + w.n("appeal.total", rng.choice([0, 0, 1]), "件")
    body.append(para(sentence + "。", style))

    # 存在的问题
    add_heading(rng.choice(["政府信息公开工作存在的主要问题及改进情况", "存在的问题和改进措施"]))
    body.append(para("一是部分单位对政府信息公开工作认识不够到位，公开内容不够全面；二是信息更新不够及时。"
                     f"下一步，{we}将进一步完善制度，加强培训，提高政府信息公开工作水平。", style))

    if has_table:
        add_heading(rng.choice(["附表", "其他需要报告的事项"]))
        if headings[-1][1] == "其他需要报告的事项":
            body.append(para("附件：政府信息公开情况统计表", style))
        tbl = render_e14_table(rng, stats, year, agency + "办公室", table_form, table_exp)
        body.append(tbl)
    else:
        if rng.random() < 0.4:
            add_heading("其他需要报告的事项")
            body.append(para("无。", style))

    content = "\n".join(body)
    url, raw, headers = PAGES[cms](title, agency, host, code, pub, content, rng)
    d = Doc(id="", url=url, body=raw, headers=headers, title=title, year=year, template=era,
            year_source="period" if period_written else "title", published=pub, headings=headings,
            expected=w.exp + table_exp, bad_rule=bad, has_table=has_table)
    d.id = f"{i:02d}-{era}-{year}-{cms}-{table_form or ('shanghai' if shanghai else 'prose')}" + (f"-bad{bad}" if bad else "")
    return d


def build_docs() -> list[Doc]:
    rng = random.Random(SEED)
    plan: list[tuple[str, str | None, str | None]] = []
    plan += [("e2008", None, None)] * 26
    plan += [("e2014", None, None)] * 14
    plan += [("e2014", f, None) for f in ("html", "pipe", "lines") for _ in range(6)]
    plan += [("e2008", None, "O1"), ("e2014", None, "O3"), ("e2014", "html", "O2"), ("e2014", "pipe", "O4"),
             ("e2014", "lines", "O5"), ("e2014", "html", "O6"), ("e2014", "pipe", "O1")]
    return [make_doc(i, rng, era, form, bad) for i, (era, form, bad) in enumerate(plan)]


DOCS = build_docs()


# --------------------------------------------------------------------------------------------- the tests


def _fmt(f) -> str:
    return f"{f.key}={f.value!r} unit={f.unit} flag={f.value_flag} src={f.source} raw={f.raw_value!r}"


@pytest.mark.parametrize("doc", [pytest.param(d, id=d.id) for d in DOCS])
def test_old_era_report(doc: Doc) -> None:
    r = parse_report([Fetched(doc.url, doc.body, doc.headers)])
    problems: list[str] = []

    if r.template != doc.template:
        problems.append(f"template {r.template!r} != {doc.template!r}")
    if r.year != doc.year:
        problems.append(f"year {r.year!r} != {doc.year!r}")
    if r.year_source != doc.year_source:
        problems.append(f"year_source {r.year_source!r} != {doc.year_source!r}")
    if r.published != doc.published:
        problems.append(f"published {r.published!r} != {doc.published!r}")
    if r.title != doc.title:
        problems.append(f"title {r.title!r} != {doc.title!r}")

    # the 2007-Regulation section headings, in order (other sections may be interleaved)
    got = [(s.number, "".join(s.title.split())) for s in r.sections]
    pos = 0
    for h in doc.headings:
        try:
            pos = got.index(h, pos) + 1
        except ValueError:
            problems.append(f"section {h} missing or out of order; got {got}")
            break

    for e in doc.expected:
        keys = (e.key, *e.alt_keys)
        hits = [f for f in r.facts if f.key in keys and f.source in e.sources]
        if len(hits) != 1:
            near = [_fmt(f) for f in r.facts if f.key in keys]
            problems.append(f"{e.key} [{'/'.join(e.sources)}]: expected one fact = {e.value} ({e.flag}), got {near}")
            continue
        f = hits[0]
        if f.value is None or abs(f.value - e.value) > 1e-9:
            problems.append(f"{e.key} [{f.source}]: value {f.value!r} != {e.value!r}  ({_fmt(f)})")
        if e.check_flag and f.value_flag != e.flag:
            problems.append(f"{e.key} [{f.source}]: value_flag {f.value_flag!r} != {e.flag!r}  ({_fmt(f)})")
        if e.unit is not None and f.unit != e.unit:
            problems.append(f"{e.key} [{f.source}]: unit {f.unit!r} != {e.unit!r}")

    # 2.6 headline keys: every headline figure written is findable under its era-independent key
    written = {e.key: e.value for e in doc.expected}
    for k in ("active.items_total", "apply.received.total", "review.total", "litigation.total"):
        if k in written and not any(f.key == k and f.value == written[k] for f in r.facts):
            problems.append(f"headline {k}={written[k]} not found")

    failing = [c for c in r.checks if not c.passed]
    if doc.bad_rule is None:
        if failing:
            problems.append("false alarm: " + "; ".join(f"{c.rule}: {c.detail}" for c in failing))
        if doc.has_table:
            families = {c.rule.split(".")[0] for c in r.checks if c.passed}
            for fam in ("O1", "O2", "O3", "O4", "O5", "O6"):
                if fam not in families:
                    problems.append(f"table check {fam} not run (or not passed)")
    else:
        fams = {c.rule.split(".")[0] for c in failing}
        if doc.bad_rule not in fams:
            problems.append(f"injected {doc.bad_rule} inconsistency not reported; checks: "
                            + "; ".join(f"{c.rule}={c.passed}" for c in r.checks))
        extra = fams - {doc.bad_rule}
        if extra:
            problems.append("unexpected failing checks: " + "; ".join(f"{c.rule}: {c.detail}" for c in failing
                                                                        if c.rule.split('.')[0] in extra))

    assert not problems, f"{doc.url}\n" + "\n".join(problems)


def test_generator_is_deterministic_and_sized() -> None:
    again = build_docs()
    assert [d.body for d in again] == [d.body for d in DOCS]
    assert len(DOCS) >= 60
    assert sum(1 for d in DOCS if d.bad_rule) >= 6
