"""Independent probe 26: derived headline keys, the cross-era crosswalk and which consistency rules run.

Built from spec 2.0-2.6 and 1(d) and docs/schema.md, not from the code. Each scenario is a complete report page as a
portal would serve it (CMS chrome, metadata block, the report's prose and, depending on the era, the statistics
tables); each case asserts one point a careful reader of spec 2.6 expects:

* t2019/t2021: `apply.received.total` is a `source='derived'` copy of `apply.received_new.total`; `litigation.total`
  / `.upheld` / `.corrected` are derived sums of the two litigation blocks (2.3); the 2021 `apply.outcome.other` and
  the unprinted category subtotals (`withheld` / `unavailable` / `not_processed`) are derived sums (2.2); the
  `legal_entity` column is the derived sum of the five organisation columns (2.0). Derived facts carry
  `value_flag='derived'`, never the flag of a prose approximation.
* No derived fact is emitted when its inputs are missing (tables pasted as images): absence means "not reported".
* e2008/e2014 keep their own keys (`apply.answer.*`, `apply.received.total` native) and get no new-era keys.
* Checks: R1-R3, R5 on section 三, R4 only when a category row prints a number, R6 per section-四 block, R9 on the
  2021 fee amount, R10 text against table, O1-O7 on the e2014 statistics (table or prose).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import pytest
from eval.markup import E2014_ROWS

from pipelines.parse import parse_report
from pipelines.records import Check, Fact, Fetched, Report
from pipelines.store import Store

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
ORG = COLS[1:6]

# ---------------------------------------------------------------------------------------------------------------
# page chrome
# ---------------------------------------------------------------------------------------------------------------


def portal_page(title: str, content: str, *, site: str, index_no: str, publisher: str, date: str,
                charset: str = "utf-8", site_code: str = "") -> bytes:
    nav = "".join(f'<li><a href="/col/col{1229000 + i}/index.html">{name}</a></li>' for i, name in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏", "政府信息公开指南", "政府信息公开制度",
         "法定主动公开内容", "政府信息公开年报"]))
    code = f"<span>网站标识码：{site_code}</span>" if site_code else ""
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:30">
<title>{title}</title>
<link rel="stylesheet" href="/images/common.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="top"><div class="wrap"><span>欢迎访问{site}</span><a href="#">无障碍</a> <a href="#">长者模式</a>
<a href="#">繁體版</a></div></div>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<form action="/jrobot/search.do"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">{nav}</ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229001/index.html">政务公开</a> &gt;
<a href="/col/col1229009/index.html">政府信息公开年报</a></div>
<div class="xxgk_table"><table class="xxgk_info">
<tr><th>索引号：</th><td>{index_no}</td><th>分类：</th><td>政府信息公开年报</td></tr>
<tr><th>发布机构：</th><td>{publisher}</td><th>发布日期：</th><td>{date}</td></tr>
<tr><th>名称：</th><td colspan="3">{title}</td></tr>
<tr><th>文号：</th><td></td><th>有效性：</th><td>有效</td></tr></table></div>
<div class="article"><h1 class="art_title">{title}</h1>
<div class="art_info"><span>发布时间：{date}</span><span>来源：{publisher}</span><span>浏览次数：<b>312</b></span>
<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="art_con" id="zoom">
{content}
</div>
<div class="art_btn"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：{site}办公室　承办单位：{site}大数据发展管理局</p>
<p>ICP备案号：浙ICP备12008512号-1　浙公网安备 33010202000123号　{code}</p>
<p>建议使用1280×768分辨率 IE9.0以上版本浏览器</p></div>
</body></html>"""
    return html.encode(charset)


def fetched(url: str, body: bytes, charset: str = "utf-8") -> list[Fetched]:
    return [Fetched(url=url, body=body, headers={"content-type": f"text/html; charset={charset}"})]


IMAGE = '<p style="text-align:center"><img src="/picture/0/2203151030123{n}.png" width="640" alt=""></p>'


def heading(text: str) -> str:
    return f'<p style="text-indent:2em"><strong>{text}</strong></p>'


def para(text: str) -> str:
    return f'<p style="text-indent:2em">{text}</p>'


# ---------------------------------------------------------------------------------------------------------------
# t2019 / t2021 tables
# ---------------------------------------------------------------------------------------------------------------

W = ["withheld." + k for k in ("state_secret", "law_prohibited", "security_stability", "third_party",
                               "internal_affairs", "process_info", "enforcement_file", "admin_query")]
U = ["unavailable." + k for k in ("not_held", "needs_creation", "unclear")]
N = ["not_processed." + k for k in ("petition", "duplicate", "publication", "mass_repeat", "confirm_reissue")]
O21 = ["other." + k for k in ("no_correction", "fee_unpaid", "misc")]

LABEL = {
    "withheld.state_secret": "1.属于国家秘密", "withheld.law_prohibited": "2.其他法律行政法规禁止公开",
    "withheld.security_stability": "3.危及“三安全一稳定”", "withheld.third_party": "4.保护第三方合法权益",
    "withheld.internal_affairs": "5.属于三类内部事务信息", "withheld.process_info": "6.属于四类过程性信息",
    "withheld.enforcement_file": "7.属于行政执法案卷", "withheld.admin_query": "8.属于行政查询事项",
    "unavailable.not_held": "1.本机关不掌握相关政府信息", "unavailable.needs_creation": "2.没有现成信息需要另行制作",
    "unavailable.unclear": "3.补正后申请内容仍不明确",
    "not_processed.petition": "1.信访举报投诉类申请", "not_processed.duplicate": "2.重复申请",
    "not_processed.publication": "3.要求提供公开出版物", "not_processed.mass_repeat": "4.无正当理由大量反复申请",
    "not_processed.confirm_reissue": "5.要求行政机关确认或重新出具已获取信息",
    "other.no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other.fee_unpaid": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other.misc": "3.其他",
}

# six applicant columns (natural person + five organisation columns); the total column is the row sum
BASE3: dict[str, list[int]] = {
    "received_new": [12, 4, 0, 1, 1, 0],
    "carried_in": [1, 1, 0, 0, 0, 0],
    "granted": [4, 1, 0, 0, 0, 0],
    "partial": [1, 0, 0, 0, 0, 0],
    "withheld.security_stability": [1, 0, 0, 0, 0, 0],
    "withheld.third_party": [0, 1, 0, 0, 0, 0],
    "withheld.process_info": [1, 0, 0, 0, 0, 0],
    "unavailable.not_held": [2, 1, 0, 0, 1, 0],
    "unavailable.needs_creation": [1, 0, 0, 0, 0, 0],
    "not_processed.petition": [1, 0, 0, 0, 0, 0],
    "not_processed.duplicate": [0, 0, 0, 1, 0, 0],
    "other.no_correction": [1, 0, 0, 0, 0, 0],
    "other.misc": [0, 1, 0, 0, 0, 0],
}
# outcome rows np 12, biz 4, npo 1, law 1 = 18; received 18 + carried 2 = 20 = 18 + carried_out 2


def grid_values(year: int, data: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """Full row -> 7 values (total appended) for the given data, with outcome.total and carried_out computed."""
    data = {k: list(v) for k, v in (BASE3 if data is None else data).items()}
    rows: dict[str, list[int]] = {}
    outcome_rows = ["granted", "partial", *W, *U, *N, *(O21 if year >= 2021 else ["other"])]
    if year < 2021 and "other" not in data:
        data["other"] = [sum(x) for x in zip(*(data.get(k, [0] * 6) for k in O21), strict=True)]
    for key in ["received_new", "carried_in", *outcome_rows]:
        six = data.get(key, [0] * 6)
        rows[key] = [*six, sum(six)]
    rows["total"] = [sum(rows[k][i] for k in outcome_rows) for i in range(7)]
    rows["carried_out"] = [rows["received_new"][i] + rows["carried_in"][i] - rows["total"][i] for i in range(7)]
    return rows


def table3(year: int, rows: dict[str, list[int]], *, override: dict[tuple[str, int], str] | None = None,
           subtotal: dict[str, list[int]] | None = None, org_subtotal: bool = False) -> str:
    """Section 三 as the template prints it (3 header rows, label cells with rowspan/colspan)."""
    override = override or {}
    subtotal = subtotal or {}

    def cells(key: str) -> str:
        vals = [str(v) for v in rows[key]]
        for (k, i), text in override.items():
            if k == key:
                vals[i] = text
        if org_subtotal:
            vals.insert(6, str(sum(rows[key][1:6])))
        return "".join(f'<td style="text-align:center">{v}</td>' for v in vals)

    def sub_cells(key: str) -> str:
        six = subtotal[key]
        vals = [*six, sum(six)]
        if org_subtotal:
            vals.insert(6, sum(six[1:6]))
        return "".join(f"<td>{v}</td>" for v in vals)

    width = 8 if org_subtotal else 7
    org_head = '<td colspan="6">法人或其他组织</td>' if org_subtotal else '<td colspan="5">法人或其他组织</td>'
    sub_head = "<td>小计</td>" if org_subtotal else ""
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">',
           f'<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
           f'<td colspan="{width}">申请人情况</td></tr>',
           f'<tr><td rowspan="2">自然人</td>{org_head}<td rowspan="2">总计</td></tr>',
           f"<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td>{sub_head}</tr>",
           f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{cells("received_new")}</tr>',
           f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{cells("carried_in")}</tr>']
    groups = [("（三）不予公开", "withheld", W), ("（四）无法提供", "unavailable", U), ("（五）不予处理", "not_processed", N)]
    if year >= 2021:
        groups.append(("（六）其他处理", "other", O21))
    n_rows = 2 + sum(len(g[2]) + (1 if g[1] in subtotal else 0) for g in groups) + (0 if year >= 2021 else 1) + 1
    out.append(f'<tr><td rowspan="{n_rows}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>{cells("granted")}</tr>')
    out.append(f'<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>{cells("partial")}</tr>')
    for label, name, keys in groups:
        span = len(keys) + (1 if name in subtotal else 0)
        first = True
        if name in subtotal:
            out.append(f'<tr><td rowspan="{span}">{label}</td><td></td>{sub_cells(name)}</tr>')
            first = False
        for k in keys:
            lead = f'<td rowspan="{span}">{label}</td>' if first else ""
            first = False
            out.append(f"<tr>{lead}<td>{LABEL[k]}</td>{cells(k)}</tr>")
    if year < 2021:
        out.append(f'<tr><td colspan="2">（六）其他处理</td>{cells("other")}</tr>')
    out.append(f'<tr><td colspan="2">（七）总计</td>{cells("total")}</tr>')
    out.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{cells("carried_out")}</tr>')
    out.append("</table>")
    return "\n".join(out)


def split_table3(html: str, repeat_header: bool = True) -> str:
    """The grid broken at a page break before （四）无法提供, as Word-to-HTML exports do: the second table repeats the
    three header rows and restarts the 三、本年度办理结果 cell."""
    lines = html.split("\n")
    cut = next(i for i, line in enumerate(lines) if "（四）无法提供" in line)
    span = re.search(r'rowspan="(\d+)">三、本年度办理结果', html)
    assert span
    total = int(span.group(1))
    first = [line.replace(f'rowspan="{total}">三、', 'rowspan="10">三、') for line in lines[:cut]]
    second = lines[cut:]
    second[0] = second[0].replace("<tr>", f'<tr><td rowspan="{total - 10}">三、本年度办理结果</td>', 1)
    return "\n".join([*first, "</table>", '<p style="page-break-before:always">&nbsp;</p>', *lines[:4 if repeat_header else 1], *second])


BASE4 = {"review": [2, 1, 0, 1, 4], "direct": [1, 0, 1, 0, 2], "after_review": [1, 1, 0, 0, 2]}


def table4(blocks: dict[str, list[int | str]] | None = None) -> str:
    b = blocks or BASE4
    heads = "".join(f"<td>{h}</td>" for h in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) * 2
    vals = [*b["review"], *b["direct"], *b["after_review"]]
    return ('<table border="1" cellspacing="0" width="100%">'
            '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            '<tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br>纠正</td><td rowspan="2">其他<br>结果</td>'
            '<td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td>'
            '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
            f"<tr>{heads}</tr>"
            "<tr>" + "".join(f'<td style="text-align:center">{v}</td>' for v in vals) + "</tr></table>")


def table2_2021(fee: str = "7.522") -> str:
    return f"""<table border="1" cellspacing="0" width="100%">
<tr><td colspan="4" style="text-align:center">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>
<tr><td colspan="4" style="text-align:center">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1056</td></tr>
<tr><td colspan="4" style="text-align:center">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">87</td></tr>
<tr><td>行政强制</td><td colspan="3">5</td></tr>
<tr><td colspan="4" style="text-align:center">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{fee}</td></tr>
</table>"""


def table2_2019() -> str:
    return """<table border="1" cellspacing="0" width="100%">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>4</td><td>4</td><td>37</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>45</td><td>-2</td><td>830</td></tr>
<tr><td>其他对外管理服务事项</td><td>12</td><td>0</td><td>64</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>310</td><td>+6</td><td>52</td></tr>
<tr><td>行政强制</td><td>18</td><td>0</td><td>3</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>9</td><td colspan="2">-1</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>14</td><td colspan="2">326.5</td></tr>
</table>"""


def new_format_report(year: int, *, apply_text: str | None = None, active_text: str = "",
                      review_text: str = "", t2: str | None = "std", t3: str | None = "std",
                      t4: str | None = "std") -> list[Fetched]:
    """A t2019/t2021 report of 杭州市西湖区市场监督管理局 (or a 2019 one of 赤壁市发改局). `t2/t3/t4`: 'std' for the
    standard table, None for an image in its place, or the HTML of the table."""
    if t2 == "std":
        t2 = table2_2021() if year >= 2021 else table2_2019()
    if t3 == "std":
        t3 = table3(year, grid_values(year))
    if t4 == "std":
        t4 = table4()
    if apply_text is None:
        apply_text = "本机关依法依规办理政府信息公开申请，严格执行登记、审核、办理、答复、归档等工作流程。"
    agency = "杭州市西湖区市场监督管理局" if year >= 2021 else "赤壁市发展和改革局"
    parts = [
        para(f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。全文包括总体情况、主动公开政府信息情况、"
             f"收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
             f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        heading("一、总体情况"),
        para("（一）主动公开。" + (active_text or "围绕市场监管重点工作，及时在政府门户网站公开行政许可、行政处罚等信息。")),
        para("（二）依申请公开。" + apply_text),
        para("（三）政府信息管理。严格落实信息公开保密审查制度，对拟公开信息逐条审核。"),
        para("（四）平台建设。持续优化政府信息公开专栏，完善栏目设置。"),
        para("（五）监督保障。" + (review_text or "将政务公开工作纳入年度目标考核，未发生责任追究情况。")),
        heading("二、主动公开政府信息情况"), t2 if t2 is not None else IMAGE.format(n=2),
        heading("三、收到和处理政府信息公开申请情况"), t3 if t3 is not None else IMAGE.format(n=3),
        heading("四、政府信息公开行政复议、行政诉讼情况"), t4 if t4 is not None else IMAGE.format(n=4),
        heading("五、存在的主要问题及改进情况"),
        para("一是公开内容的全面性有待加强；二是政策解读形式较为单一。下一步，我局将进一步加强业务培训，提升公开质量。"),
        heading("六、其他需要报告的事项"), para("无其他需要报告的事项。"),
        f'<p style="text-align:right">{agency}</p><p style="text-align:right">{year + 1}年1月20日</p>',
    ]
    title = f"{agency}{year}年政府信息公开工作年度报告"
    if year >= 2021:
        body = portal_page(title, "\n".join(parts), site="杭州市西湖区人民政府", index_no=f"002489637/{year + 1}-00031",
                           publisher=agency, date=f"{year + 1}-01-20", site_code="3301060001")
        return fetched(f"http://www.hzxh.gov.cn/art/{year + 1}/1/20/art_1229261234_5901{year}.html", body)
    body = portal_page(title, "\n".join(parts), site="赤壁市人民政府", index_no=f"011201456/{year + 1}-00012",
                       publisher=agency, date=f"{year + 1}-01-25", site_code="4212810001")
    return fetched(f"http://www.chibi.gov.cn/xxgk/xxgknb/bmxxgknb/{year + 1}01/t{year + 1}0125_2252{year}.shtml", body)


# ---------------------------------------------------------------------------------------------------------------
# e2014 statistics table and prose
# ---------------------------------------------------------------------------------------------------------------

# the national form's rows (国办发〔2014〕32号, spec 2.4): label, unit, key
E14_ROWS = [(label, unit or "—", key) for label, unit, key in E2014_ROWS]

E14_BASE: dict[str, int | float] = {
    "active.items_total": 356, "active.normative.published": 5, "active.normative.issued_total": 6,
    "proposal.results_published": 12, "active.channel.gazette": 10, "active.channel.website": 300,
    "active.channel.weibo": 120, "active.channel.wechat": 80, "active.channel.other": 20,
    "response.hot_topics": 3, "response.press_conf": 4, "response.press_conf_by_head": 2,
    "response.online_interviews": 2, "response.online_interviews_by_head": 1, "response.interpretations": 6,
    "response.weibo_wechat_events": 5, "response.other_events": 1,
    "apply.received.total": 23, "apply.channel.in_person": 19, "apply.channel.fax": 0, "apply.channel.online": 3,
    "apply.channel.letter": 1, "apply.closed.total": 22, "apply.closed.on_time": 21, "apply.closed.extended": 1,
    "apply.answer.total": 22, "apply.answer.already_public": 0, "apply.answer.granted": 10,
    "apply.answer.partial": 0, "apply.answer.denied": 2, "apply.answer.denied.state_secret": 0,
    "apply.answer.denied.commercial_secret": 0, "apply.answer.denied.privacy": 2,
    "apply.answer.denied.security_stability": 0, "apply.answer.denied.not_gov_info": 0,
    "apply.answer.denied.law_other": 0, "apply.answer.not_this_agency": 5, "apply.answer.not_exist": 4,
    "apply.answer.ask_correction": 1, "apply.answer.other_channel": 0,
    "review.total": 3, "review.upheld": 2, "review.corrected": 0, "review.other": 1,
    "litigation.total": 1, "litigation.upheld": 1, "litigation.corrected": 0, "litigation.other": 0,
    "complaint.total": 0, "fee.request_fees": 0, "org.dedicated_units": 1, "org.reading_points": 3,
    "org.staff_total": 3, "org.staff_fulltime": 2, "org.staff_parttime": 1, "org.budget": 2.5,
    "training.meetings": 2, "training.courses": 1, "training.trainees": 40,
}


def e2014_table(values: dict[str, int | float], extra: dict[str, tuple[str, str, int]] | None = None) -> str:
    """`extra`: key after which a local row (label, unit, value) is inserted."""
    extra = extra or {}
    rows = ['<table border="1" cellspacing="0" cellpadding="2" width="90%" align="center">',
            '<tr><td colspan="3" align="center"><b>政府信息公开情况统计表</b><br>（2017年度）</td></tr>',
            '<tr><td colspan="3">填报单位（盖章）：长春市二道区人民政府办公室</td></tr>',
            '<tr><td align="center">统计指标</td><td align="center">单位</td><td align="center">统计数</td></tr>']
    for label, unit, key in E14_ROWS:
        value = "—" if key is None else f"{values[key]:g}"
        rows.append(f"<tr><td>{label}</td><td align=\"center\">{unit}</td><td align=\"center\">{value}</td></tr>")
        if key in extra:
            x_label, x_unit, x_value = extra[key]
            rows.append(f"<tr><td>{x_label}</td><td align=\"center\">{x_unit}</td><td align=\"center\">{x_value}</td></tr>")
    rows.append('<tr><td colspan="3">单位负责人：王某某　审核人：李某某　填报人：张某　联系电话：0431-84612345　'
                "填表日期：2018年3月20日</td></tr></table>")
    return "\n".join(rows)


def e2014_report(*, overview: str = "", active: str = "", apply: str = "", review: str = "",
                 table: dict[str, int | float] | None = None, year: int = 2017, charset: str = "utf-8",
                 agency: str = "长春市二道区人民政府", extra: dict[str, tuple[str, str, int]] | None = None,
                 ) -> list[Fetched]:
    """An e2014 report: prose sections 一-六, then (when `table` is given) the 统计表 as 附表."""
    parts = [
        para(f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，特向社会公布{year}年度本区政府信息公开工作年度报告。"
             f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有任何疑问，请与区政府办公室联系。"),
        heading("一、总体情况"),
        para("区政府高度重视政府信息公开工作，调整了政府信息公开工作领导小组，明确了分管领导和具体工作人员。" + overview),
        heading("二、主动公开政府信息情况"),
        para(active or "按照《条例》要求，及时公开机构职能、政策文件、财政预决算等信息。"),
        heading("三、依申请公开政府信息办理情况"),
        para(apply or "严格按照规定程序受理和答复政府信息公开申请。"),
        heading("四、政府信息公开的收费及减免情况"),
        para("本年度未收取任何费用。"),
        heading("五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
        para(review or "相关案件均依法办理。"),
        heading("六、政府信息公开工作存在的主要问题及改进情况"),
        para("存在的问题：信息公开的及时性有待提高。改进措施：加强培训，完善制度。"),
    ]
    if table is not None:
        parts += [heading("七、附表"), e2014_table(table, extra)]
    parts.append(f'<p align="right">{agency}办公室</p><p align="right">{year + 1}年3月28日</p>')
    title = f"{agency}{year}年度政府信息公开工作报告"
    body = portal_page(title, "\n".join(parts), site="长春市二道区人民政府", index_no=f"220105/{year + 1}-00211",
                       publisher=f"{agency}办公室", date=f"{year + 1}-03-28", charset=charset,
                       site_code="2201050001")
    return fetched(f"http://www.ccerdao.gov.cn/read_gkml.php?brow={year}0328{len(parts)}", body, charset)


def e2008_report() -> list[Fetched]:
    """A 2010 e2008 report, prose only, served in GBK by an older TRS site."""
    parts = [
        para("根据《中华人民共和国政府信息公开条例》和《浙江省政府信息公开暂行办法》要求，现公布2010年度本市政府信息公开工作年度报告。"
             "本报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。"),
        heading("一、概述"),
        para("2010年，市政府进一步完善政府信息公开工作机制，修订了政府信息公开指南和目录。"),
        heading("二、主动公开政府信息情况"),
        para("2010年，全市共主动公开政府信息1.5万余条，其中通过政府门户网站公开信息1.2万余条，全文电子化率为99.8%。"),
        heading("三、依申请公开政府信息和不予公开政府信息的情况"),
        para("2010年，市政府各部门共受理政府信息公开申请32件，其中当面申请20件，网上申请12件。"
             "已办结32件，其中同意公开25件，不属于本行政机关公开5件，申请信息不存在2件。"),
        heading("四、政府信息公开的收费及减免情况"),
        para("2010年，未收取任何费用。"),
        heading("五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
        para("2010年，全市发生政府信息公开行政复议1件，行政诉讼2件。"),
        heading("六、政府信息公开工作存在的主要问题及改进情况"),
        para("主要问题是部分单位对政府信息公开工作重视不够。下一步将加强督促检查。"),
        '<p align="right">丽水市人民政府办公室</p><p align="right">二〇一一年三月三十日</p>',
    ]
    title = "丽水市人民政府2010年政府信息公开工作年度报告"
    body = portal_page(title, "\n".join(parts), site="丽水市人民政府", index_no="002656540/2011-00078",
                       publisher="丽水市人民政府办公室", date="2011-03-30", charset="gbk", site_code="3311000001")
    return fetched("http://www.lishui.gov.cn/art/2011/3/30/art_1229218389_5203.html", body, "gbk")


SH_ROWS = [
    ("一、主动公开情况", "", ""), ("（一）主动公开信息数", "条", "1520"),
    ("其中：全文电子化的主动公开信息数", "条", "1518"), ("新增的行政规范性文件数", "件", "12"),
    ("（二）提供服务类信息数", "条", "86"), ("二、依申请公开情况", "", ""),
    ("（一）依申请公开信息目录数", "条", "30"), ("（二）申请总数", "件", "14"),
    ("其中：1.当面申请数", "件", "6"), ("2.传真申请数", "件", "0"), ("3.电子邮件申请数", "件", "3"),
    ("4.网上申请数", "件", "4"), ("5.信函申请数", "件", "1"), ("6.其他形式申请数", "件", "0"),
    ("（三）对申请的答复总数", "件", "14"), ("其中：1.同意公开答复数", "件", "10"),
    ("2.同意部分公开答复数", "件", "1"), ("3.否决公开答复总数", "件", "3"),
    ("三、咨询处理情况", "", ""), ("（一）现场接待人数", "人次", "120"), ("（二）咨询电话接听数", "次", "300"),
    ("（三）网上咨询数", "次", "45"), ("四、行政复议数", "件", "1"), ("五、行政诉讼数", "件", "0"),
    ("六、行政申诉数", "件", "0"),
]


def e2008_table_report() -> list[Fetched]:
    """A 2011 Shanghai-style report (prose plus a local 附表), GBK."""
    table = ['<table border="1" cellspacing="0" width="95%" align="center">',
             "<tr><td>指标名称</td><td>计量单位</td><td>数量</td></tr>"]
    table += [f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in SH_ROWS]
    table.append("</table>")
    parts = [
        para("本报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求编制。报告中所列数据的统计期限"
             "自2011年1月1日起至2011年12月31日止。"),
        heading("一、概述"), para("2011年，区府办认真贯彻落实《条例》，进一步深化政府信息公开工作。"),
        heading("二、主动公开政府信息情况"), para("全年主动公开政府信息1520条，其中全文电子化率达99.9%。"),
        heading("三、依申请公开政府信息情况"), para("全年共受理政府信息公开申请14件，均在规定期限内答复。"),
        heading("四、咨询处理情况"), para("全年接受公众现场咨询120人次，电话咨询300次，网上咨询45次。"),
        heading("五、行政复议、行政诉讼和行政申诉情况"), para("发生行政复议1件，未发生行政诉讼和行政申诉。"),
        heading("六、存在的主要问题和改进措施"), para("部分信息公开不够及时，将进一步完善工作机制。"),
        heading("附表：政府信息公开情况统计表（2011年度）"), "\n".join(table),
    ]
    title = "上海市黄浦区人民政府办公室2011年政府信息公开工作年度报告"
    body = portal_page(title, "\n".join(parts), site="上海市黄浦区人民政府", index_no="SY0012011021",
                       publisher="上海市黄浦区人民政府办公室", date="2012-03-26", charset="gbk", site_code="3101010001")
    return fetched("http://www.shhuangpu.gov.cn/zw/009002/009002004/20120326/a1b2c3d4.html", body, "gbk")


# ---------------------------------------------------------------------------------------------------------------
# scenarios
# ---------------------------------------------------------------------------------------------------------------

APPLY_AGREE = "本年度共收到政府信息公开申请18件，上年结转政府信息公开申请2件，结转下年度继续办理2件。"
REVIEW_AGREE = "全年发生政府信息公开行政复议4件，行政诉讼4件。"


def _variant3(year: int, change: Callable[[dict[str, list[int]]], None] | None = None, **kw) -> str:
    rows = grid_values(year)
    if change:
        change(rows)
    return table3(year, rows, **kw)


def _mut_r2(rows: dict[str, list[int]]) -> None:
    rows["other.misc"] = [0, 2, 0, 0, 0, 0, 2]  # outcome.total left as printed: R2 fails for business and total


def _mut_r3(rows: dict[str, list[int]]) -> None:
    rows["received_new"][6] = 19  # printed total 19, row sums to 18


def _mut_r1(rows: dict[str, list[int]]) -> None:
    rows["carried_out"][6] = 3  # 18 + 2 != 18 + 3 in the total column; the row itself no longer sums (R3)


def _zero(year: int) -> str:
    rows = grid_values(year, {})
    return table3(year, rows)


def _dashes_received() -> str:
    rows = grid_values(2021, {"carried_in": [1, 1, 0, 0, 0, 0], "granted": [1, 1, 0, 0, 0, 0]})
    dash = {(k, i): "—" for k in ("received_new", "carried_out") for i in range(7)}
    return table3(2021, rows, override=dash)


WITHHELD_SUB_OK = {"withheld": [2, 1, 0, 0, 0, 0]}
WITHHELD_SUB_BAD = {"withheld": [3, 1, 0, 0, 0, 0]}

SCENARIOS: dict[str, Callable[[], list[Fetched]]] = {
    "t21-full": lambda: new_format_report(2021, apply_text=APPLY_AGREE, review_text=REVIEW_AGREE),
    "t21-tables-only": lambda: new_format_report(2021),
    "t21-prose-received-disagree": lambda: new_format_report(
        2021, apply_text="本年度共收到政府信息公开申请20件，均在法定期限内予以答复。"),
    "t21-prose-review-disagree": lambda: new_format_report(2021, review_text="全年发生政府信息公开行政复议5件。"),
    "t21-prose-approx": lambda: new_format_report(
        2021, active_text="全年主动公开政府信息2300余条。",
        apply_text="本年度共收到政府信息公开申请约18件。"),
    "t21-s3-only": lambda: new_format_report(2021, apply_text=APPLY_AGREE, t2=None, t4=None),
    "t21-s4-only": lambda: new_format_report(2021, t2=None, t3=None),
    "t21-s2-missing": lambda: new_format_report(2021, t2=None),
    "t21-no-tables": lambda: new_format_report(2021, apply_text="本年度共收到政府信息公开申请18件。",
                                               t2=None, t3=None, t4=None),
    "t21-fee-yuan": lambda: new_format_report(2021, t2=table2_2021("12000")),
    "t21-r6-direct-fail": lambda: new_format_report(
        2021, t4=table4({"review": [2, 1, 0, 1, 4], "direct": [1, 0, 1, 0, 3], "after_review": [1, 1, 0, 0, 2]})),
    "t21-r1-fail": lambda: new_format_report(2021, t3=_variant3(2021, _mut_r1)),
    "t21-r2-fail": lambda: new_format_report(2021, t3=_variant3(2021, _mut_r2)),
    "t21-r3-fail": lambda: new_format_report(2021, t3=_variant3(2021, _mut_r3)),
    "t21-r4-ok": lambda: new_format_report(2021, t3=_variant3(2021, subtotal=WITHHELD_SUB_OK)),
    "t21-r4-bad": lambda: new_format_report(2021, t3=_variant3(2021, subtotal=WITHHELD_SUB_BAD)),
    "t21-all-zero": lambda: new_format_report(2021, t3=_zero(2021), t4=table4(
        {"review": [0] * 5, "direct": [0] * 5, "after_review": [0] * 5})),
    "t21-after-review-dashes": lambda: new_format_report(
        2021, t4=table4({"review": [2, 1, 0, 1, 4], "direct": [1, 0, 1, 0, 2], "after_review": ["—"] * 5})),
    "t21-org-subtotal": lambda: new_format_report(2021, t3=_variant3(2021, org_subtotal=True)),
    "t19-full": lambda: new_format_report(2019, apply_text=APPLY_AGREE, review_text=REVIEW_AGREE),
    "t19-no-tables": lambda: new_format_report(2019, apply_text="本年度共收到政府信息公开申请18件。",
                                               t2=None, t3=None, t4=None),
    "t19-s3-only": lambda: new_format_report(2019, t2=None, t4=None),
    "t19-prose-disagree": lambda: new_format_report(2019, apply_text="本年度共收到政府信息公开申请21件。"),
    "t19-r6-after-fail": lambda: new_format_report(
        2019, t4=table4({"review": [2, 1, 0, 1, 4], "direct": [1, 0, 1, 0, 2], "after_review": [1, 1, 0, 0, 1]})),
    "e14-table": lambda: e2014_report(table=E14_BASE),
    "e14-seed002-review": lambda: e2014_report(table={**E14_BASE, "review.total": 22, "review.upheld": 15,
                                                      "review.corrected": 0, "review.other": 6}),
    "e14-o1-fail": lambda: e2014_report(table={**E14_BASE, "apply.received.total": 24}),
    "e14-o2-fail": lambda: e2014_report(table={**E14_BASE, "apply.closed.on_time": 20}),
    "e14-o4-fail": lambda: e2014_report(table={**E14_BASE, "apply.answer.denied.commercial_secret": 1}),
    "e14-o6-head": lambda: e2014_report(table={**E14_BASE, "response.press_conf_by_head": 5}),
    "e14-o6-staff": lambda: e2014_report(table={**E14_BASE, "org.staff_total": 4}),
    "e14-o7-channel": lambda: e2014_report(table={**E14_BASE, "active.channel.website": 400}),
    "e14-prose-only": lambda: e2014_report(
        year=2018, agency="杭州市富阳区人民政府", charset="gb18030",
        active="2018年，共主动公开政府信息755多条，其中通过政府门户网站公开信息612条。",
        apply="2018年，共受理政府信息公开申请26件，其中网络申请11件，信函申请16件。",
        review="2018年，共发生政府信息公开行政复议2件，行政诉讼1件。"),
    "e14-prose-table-agree": lambda: e2014_report(
        overview="全年共收到政府信息公开申请23件，发生行政复议3件、行政诉讼1件。", table=E14_BASE),
    "e14-prose-table-disagree": lambda: e2014_report(
        overview="全年共收到政府信息公开申请25件，发生行政复议3件、行政诉讼1件。", table=E14_BASE),
    "e08-prose": e2008_report,
    "t21-prose-litigation-disagree": lambda: new_format_report(
        2021, review_text="全年发生政府信息公开行政复议4件，行政诉讼3件。"),
    "t21-prose-chinese-numerals": lambda: new_format_report(
        2021, apply_text="本年度共收到政府信息公开申请十八件，上年结转政府信息公开申请二件。"),
    "t21-s3-only-review-prose": lambda: new_format_report(2021, apply_text=APPLY_AGREE, review_text=REVIEW_AGREE,
                                                          t4=None),
    "t21-received-dashes": lambda: new_format_report(2021, t3=_dashes_received()),
    "t21-r4-other-printed": lambda: new_format_report(2021, t3=_variant3(2021, subtotal={"other": [1, 1, 0, 0, 0, 0]})),
    "t20-full": lambda: new_format_report(2020, apply_text=APPLY_AGREE),
    "t22-full": lambda: new_format_report(2022, apply_text=APPLY_AGREE),
    "e08-table": e2008_table_report,
    "t21-s3-split": lambda: new_format_report(2021, apply_text=APPLY_AGREE, t3=split_table3(table3(2021, grid_values(2021)))),
    "t21-s3-split-nohead": lambda: new_format_report(
        2021, t3=split_table3(table3(2021, grid_values(2021)), repeat_header=False)),
    "t21-prose-comparative": lambda: new_format_report(
        2021, apply_text="本年度共收到政府信息公开申请18件，较上年增加5件，同比增长38.5%；上年结转政府信息公开申请2件。"),
    "t19-s3-split": lambda: new_format_report(2019, t3=split_table3(table3(2019, grid_values(2019)))),
    "t21-prose-xinshou": lambda: new_format_report(2021, apply_text="本年度新收政府信息公开申请18件，上年结转2件。"),
    "e14-extra-channel": lambda: e2014_report(table={**E14_BASE, "apply.received.total": 25},
                                              extra={"apply.channel.letter": ("5.电子邮件申请数", "件", 2)}),
}


@functools.cache
def parsed(name: str) -> Report:
    return parse_report(SCENARIOS[name]())


# ---------------------------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------------------------


def facts(rep: Report, key: str, source: str | None = None) -> list[Fact]:
    return [f for f in rep.facts if f.key == key and (source is None or f.source == source)]


def derived(rep: Report, key: str) -> Fact:
    got = facts(rep, key, "derived")
    assert len(got) == 1, f"{key}: derived facts {got}; all: {facts(rep, key)}"
    return got[0]


def assert_derived(rep: Report, key: str, value: float) -> None:
    f = derived(rep, key)
    assert f.value == pytest.approx(value), f"{key}: {f}"
    assert f.value_flag == "derived", f"{key}: {f}"


def rule_checks(rep: Report, family: str) -> list[Check]:
    """Checks of one rule family: 'R1' matches R1, R1.total, R1_total … but not R10."""
    pat = re.compile(rf"^{family}(?![0-9])")
    return [c for c in rep.checks if pat.match(c.rule)]


def failed(rep: Report, family: str) -> list[Check]:
    return [c for c in rule_checks(rep, family) if not c.passed]


def no_derived(rep: Report, *keys: str) -> None:
    for key in keys:
        assert not facts(rep, key, "derived"), f"invented derived {key}: {facts(rep, key, 'derived')}"


def table_value(rep: Report, key: str) -> float | None:
    got = facts(rep, key, "table")
    assert len(got) == 1, f"{key}: table facts {got}"
    return got[0].value


def text_values(rep: Report, *keys: str) -> list[float | None]:
    return [f.value for k in keys for f in facts(rep, k, "text")]


NEW_ERA_ONLY = ("apply.received_new.", "apply.carried_in.", "apply.outcome.", "apply.carried_out.",
                "litigation.direct.", "litigation.after_review.")

# ---------------------------------------------------------------------------------------------------------------
# case functions
# ---------------------------------------------------------------------------------------------------------------


def c_template(name: str, era: str) -> Callable[[], None]:
    def run() -> None:
        assert parsed(name).template == era
    return run


def c_derived(name: str, expected: dict[str, float]) -> Callable[[], None]:
    def run() -> None:
        rep = parsed(name)
        for key, value in expected.items():
            assert_derived(rep, key, value)
    return run


def c_no_derived(name: str, *keys: str) -> Callable[[], None]:
    def run() -> None:
        no_derived(parsed(name), *keys)
    return run


def c_r1_all(name: str, passed: bool = True) -> Callable[[], None]:
    def run() -> None:
        rep = parsed(name)
        checks = rule_checks(rep, "R1")
        for col in COLS:
            assert any(col in c.rule for c in checks), f"no R1 check for {col}: {[c.rule for c in checks]}"
        assert all(c.passed == passed for c in checks), checks
    return run


def c_families_pass(name: str, *families: str) -> Callable[[], None]:
    def run() -> None:
        rep = parsed(name)
        for fam in families:
            assert rule_checks(rep, fam), f"no {fam} check: {[c.rule for c in rep.checks]}"
            assert not failed(rep, fam), failed(rep, fam)
    return run


def c_families_absent(name: str, *families: str) -> Callable[[], None]:
    def run() -> None:
        rep = parsed(name)
        for fam in families:
            assert not rule_checks(rep, fam), f"{fam} should not run: {rule_checks(rep, fam)}"
    return run


def c_families_fail(name: str, *families: str) -> Callable[[], None]:
    def run() -> None:
        rep = parsed(name)
        for fam in families:
            assert failed(rep, fam), f"{fam} should fail: {rule_checks(rep, fam)}"
    return run


def c_r6(name: str, failing: str | None) -> Callable[[], None]:
    def block(rule: str) -> str:
        if "after" in rule:
            return "after_review"
        if "direct" in rule:
            return "direct"
        return "review"

    def run() -> None:
        checks = rule_checks(parsed(name), "R6")
        assert sorted(block(c.rule) for c in checks) == ["after_review", "direct", "review"], checks
        for c in checks:
            assert c.passed == (block(c.rule) != failing), c
    return run


def c_no_keys_with_prefix(name: str, prefixes: tuple[str, ...]) -> Callable[[], None]:
    def run() -> None:
        bad = [f for f in parsed(name).facts if f.key.startswith(prefixes)]
        assert not bad, bad
    return run


def c_no_table_or_derived(name: str) -> Callable[[], None]:
    def run() -> None:
        rep = parsed(name)
        assert rep.tables_missing
        bad = [f for f in rep.facts if f.source in ("table", "derived")]
        assert not bad, bad
    return run


def c_custom(fn: Callable[[Report], None], name: str) -> Callable[[], None]:
    def run() -> None:
        fn(parsed(name))
    return run


# --- custom assertions ------------------------------------------------------------------------------------------


def _received_table_wins(rep: Report) -> None:
    assert_derived(rep, "apply.received.total", 18)
    assert table_value(rep, "apply.received_new.total") == 18
    assert 20 in text_values(rep, "apply.received.total", "apply.received_new.total")


def _approx_not_carried(rep: Report) -> None:
    assert_derived(rep, "apply.received.total", 18)
    items = facts(rep, "active.items_total")
    assert [(f.value, f.source, f.value_flag) for f in items] == [(2300, "text", "approx")], items


def _s3_only(rep: Report) -> None:
    assert_derived(rep, "apply.received.total", 18)
    no_derived(rep, "litigation.total", "litigation.upheld", "litigation.corrected")
    assert not [f for f in rep.facts if f.key.startswith(("review.", "litigation."))], "no section 四 facts"
    assert not rule_checks(rep, "R6")


def _s4_only(rep: Report) -> None:
    assert_derived(rep, "litigation.total", 4)
    no_derived(rep, "apply.received.total", "apply.outcome.other.total", "apply.outcome.withheld.total")
    assert not [f for f in rep.facts if f.key.startswith(("apply.received_new", "apply.outcome"))]
    for fam in ("R1", "R2", "R3"):
        assert not rule_checks(rep, fam), rule_checks(rep, fam)


def _s2_missing(rep: Report) -> None:
    assert_derived(rep, "apply.received.total", 18)
    assert_derived(rep, "litigation.total", 4)
    assert not [f for f in rep.facts if f.source == "table" and f.key.startswith("active.")]
    assert not rule_checks(rep, "R9")


def _no_tables_t21(rep: Report) -> None:
    assert rep.tables_missing
    assert not [f for f in rep.facts if f.source in ("table", "derived")]
    assert 18 in text_values(rep, "apply.received.total", "apply.received_new.total")
    for fam in ("R1", "R2", "R3", "R4", "R5", "R6", "R10"):
        assert not rule_checks(rep, fam), rule_checks(rep, fam)


def _r9_fail(rep: Report) -> None:
    assert table_value(rep, "active.admin_fee.amount") == 12000
    assert failed(rep, "R9")


def _r9_pass(rep: Report) -> None:
    assert table_value(rep, "active.admin_fee.amount") == pytest.approx(7.522)
    assert rule_checks(rep, "R9") and not failed(rep, "R9")


def _r6_direct_derived(rep: Report) -> None:
    assert_derived(rep, "litigation.total", 5)  # printed block totals 3 + 2, not the recomputed 2 + 2


def _r1_fail(rep: Report) -> None:
    checks = rule_checks(rep, "R1")
    bad = [c for c in checks if not c.passed]
    assert len(bad) == 1 and bad[0].rule.endswith("total"), checks
    assert_derived(rep, "apply.received.total", 18)


def _r2_fail(rep: Report) -> None:
    checks = rule_checks(rep, "R2")
    bad = sorted(c.rule for c in checks if not c.passed)
    assert len(bad) == 2 and any("business" in r for r in bad) and any(r.endswith("total") for r in bad), checks
    assert not failed(rep, "R1")
    assert_derived(rep, "apply.outcome.other.total", 3)  # 1 + 0 + 2: derived from the printed rows
    assert_derived(rep, "apply.outcome.other.business", 2)


def _r3_fail(rep: Report) -> None:
    assert failed(rep, "R3")
    assert_derived(rep, "apply.received.total", 19)  # a copy of the printed total, not the row sum


def _r4_ok(rep: Report) -> None:
    assert table_value(rep, "apply.outcome.withheld.total") == 3
    assert rule_checks(rep, "R4") and not failed(rep, "R4")
    assert table_value(rep, "apply.outcome.withheld.state_secret.total") == 0
    assert table_value(rep, "apply.outcome.withheld.process_info.total") == 1
    assert not failed(rep, "R2")


def _r4_bad(rep: Report) -> None:
    assert table_value(rep, "apply.outcome.withheld.total") == 4  # kept as printed
    assert failed(rep, "R4")


def _all_zero(rep: Report) -> None:
    assert_derived(rep, "apply.received.total", 0)
    assert_derived(rep, "litigation.total", 0)
    assert not rep.tables_missing
    assert not failed(rep, "R1") and not failed(rep, "R6")


def _after_dashes(rep: Report) -> None:
    assert_derived(rep, "litigation.total", 2)
    f = facts(rep, "litigation.after_review.total", "table")
    assert len(f) == 1 and f[0].value == 0 and f[0].value_flag == "dash", f


def _org_subtotal(rep: Report) -> None:
    assert table_value(rep, "apply.received_new.total") == 18
    assert table_value(rep, "apply.received_new.other_org") == 0
    assert_derived(rep, "apply.received.total", 18)
    le = facts(rep, "apply.received_new.legal_entity")
    assert le and all(f.value == 6 for f in le), le
    assert not failed(rep, "R1") and not failed(rep, "R3")


def _t19_other_single(rep: Report) -> None:
    assert table_value(rep, "apply.outcome.other.total") == 2
    assert not [f for f in rep.facts if f.key.startswith(("apply.outcome.other.no_correction",
                                                          "apply.outcome.other.fee_unpaid",
                                                          "apply.outcome.other.misc"))]
    assert not failed(rep, "R2")


def _t19_section2(rep: Report) -> None:
    assert table_value(rep, "active.permit.items_prev") == 45
    assert table_value(rep, "active.admin_fee.items_prev") == 9
    assert not facts(rep, "active.admin_fee.amount")
    assert not rule_checks(rep, "R9")


def _t19_no_tables(rep: Report) -> None:
    assert rep.tables_missing
    assert not [f for f in rep.facts if f.source in ("table", "derived")]
    assert not rule_checks(rep, "R1") and not rule_checks(rep, "R6")


def _t19_disagree(rep: Report) -> None:
    assert failed(rep, "R10")
    assert_derived(rep, "apply.received.total", 18)
    assert 21 in text_values(rep, "apply.received.total", "apply.received_new.total")


def _e14_table_native(rep: Report) -> None:
    assert table_value(rep, "apply.received.total") == 23
    assert table_value(rep, "litigation.total") == 1
    assert table_value(rep, "review.total") == 3
    no_derived(rep, "apply.received.total", "litigation.total", "litigation.upheld", "review.total",
               "active.items_total")


def _e14_o5_seed(rep: Report) -> None:
    checks = rule_checks(rep, "O5")
    bad = [c for c in checks if not c.passed]
    assert len(bad) == 1 and "litigation" not in bad[0].rule, checks
    assert any(c.passed for c in checks), "litigation.total = 1 + 0 + 0 passes"
    assert table_value(rep, "review.total") == 22  # reported, not fixed
    for fam in ("O1", "O2", "O3", "O4", "O6"):
        assert not failed(rep, fam), failed(rep, fam)


def _e14_prose_only(rep: Report) -> None:
    assert text_values(rep, "apply.received.total") == [26]
    assert text_values(rep, "apply.channel.online") == [11]
    assert text_values(rep, "apply.channel.letter") == [16]
    assert failed(rep, "O1")  # seed 000: 11 + 16 = 27 != 26
    items = facts(rep, "active.items_total")
    assert [(f.value, f.source, f.value_flag) for f in items] == [(755, "text", "approx")], items
    assert not [f for f in rep.facts if f.source == "derived"]


def _e14_prose_agree(rep: Report) -> None:
    assert table_value(rep, "apply.received.total") == 23
    assert 23 in text_values(rep, "apply.received.total")
    assert rule_checks(rep, "R10") and not failed(rep, "R10")


def _e14_prose_disagree(rep: Report) -> None:
    assert table_value(rep, "apply.received.total") == 23
    assert 25 in text_values(rep, "apply.received.total")
    assert failed(rep, "R10")
    no_derived(rep, "apply.received.total")


def _e08(rep: Report) -> None:
    items = facts(rep, "active.items_total")
    assert [(f.value, f.source, f.value_flag) for f in items] == [(15000, "text", "approx")], items
    assert text_values(rep, "apply.received.total") == [32]
    assert text_values(rep, "review.total") == [1]
    assert text_values(rep, "litigation.total") == [2]


def _e08_nothing_derived(rep: Report) -> None:
    assert not [f for f in rep.facts if f.source in ("derived", "table")]
    assert not [c for c in rep.checks if re.match(r"^R[1-6](?![0-9])", c.rule)], rep.checks


def _r10_litigation(rep: Report) -> None:
    checks = rule_checks(rep, "R10")
    bad = [c for c in checks if not c.passed]
    assert len(bad) == 1 and "litigation" in bad[0].rule, checks
    assert any(c.passed and "review" in c.rule for c in checks), checks
    assert_derived(rep, "litigation.total", 4)


def _r10_review(rep: Report) -> None:
    checks = rule_checks(rep, "R10")
    bad = [c for c in checks if not c.passed]
    assert len(bad) == 1 and "review" in bad[0].rule, checks
    assert table_value(rep, "review.total") == 4


def _chinese_numerals(rep: Report) -> None:
    assert 18 in text_values(rep, "apply.received.total", "apply.received_new.total")
    assert rule_checks(rep, "R10") and not failed(rep, "R10")


def _s3_review_prose(rep: Report) -> None:
    assert 4 in text_values(rep, "review.total")
    no_derived(rep, "litigation.total")
    checks = rule_checks(rep, "R10")
    assert not [c for c in checks if "review" in c.rule or "litigation" in c.rule], checks
    assert any("received" in c.rule and c.passed for c in checks), checks


def _received_dashes(rep: Report) -> None:
    f = facts(rep, "apply.received_new.total", "table")
    assert len(f) == 1 and f[0].value == 0 and f[0].value_flag == "dash", f
    assert_derived(rep, "apply.received.total", 0)
    assert not failed(rep, "R1")


def _r4_other_printed(rep: Report) -> None:
    assert table_value(rep, "apply.outcome.other.total") == 2
    assert rule_checks(rep, "R4") and not failed(rep, "R4")
    assert not failed(rep, "R2"), "a printed subtotal is not counted twice"
    assert all(f.value == 2 for f in facts(rep, "apply.outcome.other.total"))


def _e14_extra_channel(rep: Report) -> None:
    assert table_value(rep, "apply.received.total") == 25
    assert table_value(rep, "apply.channel.email") == 2
    assert rule_checks(rep, "O1") and not failed(rep, "O1")


def _e08_table(rep: Report) -> None:
    assert rep.template == "e2008"
    assert table_value(rep, "active.items_total") == 1520
    assert table_value(rep, "apply.received.total") == 14
    assert table_value(rep, "review.total") == 1
    assert table_value(rep, "litigation.total") == 0
    assert not [f for f in rep.facts if f.source == "derived"]
    assert not [f for f in rep.facts if f.key.startswith(NEW_ERA_ONLY)]


def stored(name: str, tmp_path) -> tuple[Store, str]:
    st = Store(tmp_path / "xxgk.db")
    rid = st.save_report(parsed(name))
    return st, rid


def c_preferred(name: str, key: str, value: float, source: str) -> Callable[..., None]:
    def run(tmp_path) -> None:
        st, rid = stored(name, tmp_path)
        try:
            got = list(st.db.query("select value, source from facts_preferred where report_id = ? and key = ?",
                                   [rid, key]))
            assert [(r["value"], r["source"]) for r in got] == [(value, source)], got
        finally:
            st.close()
    return run


def c_stored_derived(name: str) -> Callable[..., None]:
    def run(tmp_path) -> None:
        st, rid = stored(name, tmp_path)
        try:
            got = list(st.db.query("select source, value_flag, value from facts where report_id = ? and "
                                   "key = 'apply.received.total' order by source", [rid]))
            assert [(r["source"], r["value_flag"], r["value"]) for r in got] == [("derived", "derived", 18)], got
            n_failed = list(st.db.query("select count(*) as n from checks where report_id = ? and passed = 0", [rid]))
            assert n_failed[0]["n"] == 0
        finally:
            st.close()
    return run


# ---------------------------------------------------------------------------------------------------------------
# the cases
# ---------------------------------------------------------------------------------------------------------------

CATEGORY_TOTALS = {"apply.outcome.withheld.total": 3, "apply.outcome.unavailable.total": 5,
                   "apply.outcome.not_processed.total": 2}

CASES = [
    # --- t2021, complete report -------------------------------------------------------------------------------
    pytest.param(c_template("t21-full", "t2021"), id="t21-full-template"),
    pytest.param(c_derived("t21-full", {"apply.received.total": 18}), id="t21-full-derived-received"),
    pytest.param(c_derived("t21-full", {"litigation.total": 4, "litigation.upheld": 2, "litigation.corrected": 1}),
                 id="t21-full-derived-litigation"),
    pytest.param(c_derived("t21-full", {"apply.outcome.other.total": 2, "apply.outcome.other.natural_person": 1,
                                        "apply.outcome.other.business": 1}), id="t21-full-derived-other-sum"),
    pytest.param(c_derived("t21-full", CATEGORY_TOTALS), id="t21-full-derived-category-subtotals"),
    pytest.param(c_derived("t21-full", {"apply.outcome.withheld.natural_person": 2,
                                        "apply.outcome.unavailable.legal_service": 1}),
                 id="t21-full-derived-category-per-column"),
    pytest.param(c_derived("t21-full", {"apply.received_new.legal_entity": 6}), id="t21-full-derived-legal-entity"),
    pytest.param(c_no_derived("t21-full", "apply.received_new.total", "apply.carried_in.total", "review.total",
                              "apply.outcome.total"), id="t21-full-printed-keys-not-derived"),
    pytest.param(c_r1_all("t21-full"), id="t21-full-R1-every-column"),
    pytest.param(c_families_pass("t21-full", "R2", "R3", "R5"), id="t21-full-R2-R3-R5-pass"),
    pytest.param(c_r6("t21-full", None), id="t21-full-R6-three-blocks"),
    pytest.param(c_custom(_r9_pass, "t21-full"), id="t21-full-R9-small-fee-passes"),
    pytest.param(c_families_pass("t21-full", "R10"), id="t21-full-R10-prose-agrees"),
    pytest.param(c_families_absent("t21-full", "R4", "O1", "O2", "O3", "O4", "O5", "O6", "O7"),
                 id="t21-full-no-R4-no-O-rules"),
    pytest.param(c_no_keys_with_prefix("t21-full", ("apply.answer.", "apply.closed.", "apply.channel.")),
                 id="t21-full-no-e2014-keys"),
    # --- t2021 variants ---------------------------------------------------------------------------------------
    pytest.param(c_families_absent("t21-tables-only", "R10"), id="t21-tables-only-no-R10"),
    pytest.param(c_derived("t21-tables-only", {"apply.received.total": 18, "litigation.total": 4}),
                 id="t21-tables-only-derived"),
    pytest.param(c_custom(_received_table_wins, "t21-prose-received-disagree"), id="t21-prose-disagree-table-wins"),
    pytest.param(c_families_fail("t21-prose-received-disagree", "R10"), id="t21-prose-disagree-R10-fails"),
    pytest.param(c_families_fail("t21-prose-review-disagree", "R10"), id="t21-prose-review-disagree-R10-fails"),
    pytest.param(c_custom(_approx_not_carried, "t21-prose-approx"), id="t21-approx-prose-derived-from-table"),
    pytest.param(c_custom(_s3_only, "t21-s3-only"), id="t21-s3-only-no-litigation-derived"),
    pytest.param(c_custom(_s4_only, "t21-s4-only"), id="t21-s4-only-no-received-derived"),
    pytest.param(c_custom(_s2_missing, "t21-s2-missing"), id="t21-s2-missing-derived-and-no-R9"),
    pytest.param(c_custom(_no_tables_t21, "t21-no-tables"), id="t21-no-tables-nothing-derived"),
    pytest.param(c_custom(_r9_fail, "t21-fee-yuan"), id="t21-R9-fee-in-yuan-flagged"),
    pytest.param(c_r6("t21-r6-direct-fail", "direct"), id="t21-R6-direct-fails"),
    pytest.param(c_custom(_r6_direct_derived, "t21-r6-direct-fail"), id="t21-R6-fail-derived-uses-printed"),
    pytest.param(c_custom(_r1_fail, "t21-r1-fail"), id="t21-R1-total-fails"),
    pytest.param(c_custom(_r2_fail, "t21-r2-fail"), id="t21-R2-fails-other-derived"),
    pytest.param(c_custom(_r3_fail, "t21-r3-fail"), id="t21-R3-fails-derived-copies-printed"),
    pytest.param(c_custom(_r4_ok, "t21-r4-ok"), id="t21-R4-printed-subtotal-agrees"),
    pytest.param(c_custom(_r4_bad, "t21-r4-bad"), id="t21-R4-printed-subtotal-disagrees"),
    pytest.param(c_custom(_all_zero, "t21-all-zero"), id="t21-all-zero-grid-derived-zero"),
    pytest.param(c_custom(_after_dashes, "t21-after-review-dashes"), id="t21-dashes-read-as-zero-in-sum"),
    pytest.param(c_custom(_org_subtotal, "t21-org-subtotal"), id="t21-printed-legal-entity-column"),
    # --- t2019 ------------------------------------------------------------------------------------------------
    pytest.param(c_template("t19-full", "t2019"), id="t19-full-template"),
    pytest.param(c_derived("t19-full", {"apply.received.total": 18, "litigation.total": 4, "litigation.upheld": 2,
                                        "litigation.corrected": 1}), id="t19-full-derived-headline"),
    pytest.param(c_derived("t19-full", CATEGORY_TOTALS), id="t19-full-derived-category-subtotals"),
    pytest.param(c_custom(_t19_other_single, "t19-full"), id="t19-other-single-row-printed"),
    pytest.param(c_custom(_t19_section2, "t19-full"), id="t19-section2-items-no-R9"),
    pytest.param(c_r1_all("t19-full"), id="t19-full-R1-every-column"),
    pytest.param(c_families_pass("t19-full", "R2", "R3", "R5", "R10"), id="t19-full-R2-R3-R5-R10-pass"),
    pytest.param(c_r6("t19-full", None), id="t19-full-R6-three-blocks"),
    pytest.param(c_custom(_t19_no_tables, "t19-no-tables"), id="t19-no-tables-nothing-derived"),
    pytest.param(c_custom(_s3_only, "t19-s3-only"), id="t19-s3-only-no-litigation-derived"),
    pytest.param(c_custom(_t19_disagree, "t19-prose-disagree"), id="t19-prose-disagree-R10-table-wins"),
    pytest.param(c_r6("t19-r6-after-fail", "after_review"), id="t19-R6-after-review-fails"),
    # --- e2014 ------------------------------------------------------------------------------------------------
    pytest.param(c_template("e14-table", "e2014"), id="e14-table-template"),
    pytest.param(c_custom(_e14_table_native, "e14-table"), id="e14-table-native-headline-not-derived"),
    pytest.param(c_no_keys_with_prefix("e14-table", NEW_ERA_ONLY), id="e14-table-no-new-era-keys"),
    pytest.param(c_families_pass("e14-table", "O1", "O2", "O3", "O4", "O5", "O6", "O7"), id="e14-table-O-rules-pass"),
    pytest.param(c_families_absent("e14-table", "R1", "R2", "R3", "R4", "R6", "R9", "R10"),
                 id="e14-table-no-R-rules"),
    pytest.param(c_custom(_e14_o5_seed, "e14-seed002-review"), id="e14-seed002-O5-review-fails"),
    pytest.param(c_families_fail("e14-o1-fail", "O1"), id="e14-O1-channels-fail"),
    pytest.param(c_families_fail("e14-o2-fail", "O2"), id="e14-O2-closed-fails"),
    pytest.param(c_families_fail("e14-o4-fail", "O4"), id="e14-O4-denied-reasons-fail"),
    pytest.param(c_families_fail("e14-o6-head", "O6"), id="e14-O6-head-exceeds-press-conf"),
    pytest.param(c_families_fail("e14-o6-staff", "O6"), id="e14-O6-staff-sum-fails"),
    pytest.param(c_families_fail("e14-o7-channel", "O7"), id="e14-O7-channel-exceeds-total"),
    pytest.param(c_families_pass("e14-o7-channel", "O1", "O2", "O3", "O4", "O5", "O6"),
                 id="e14-O7-fail-leaves-others"),
    pytest.param(c_custom(_e14_prose_only, "e14-prose-only"), id="e14-prose-only-seed000-O1"),
    pytest.param(c_no_keys_with_prefix("e14-prose-only", NEW_ERA_ONLY), id="e14-prose-only-no-new-era-keys"),
    pytest.param(c_custom(_e14_prose_agree, "e14-prose-table-agree"), id="e14-prose-table-agree-R10"),
    pytest.param(c_custom(_e14_prose_disagree, "e14-prose-table-disagree"), id="e14-prose-table-disagree-R10"),
    # --- e2008 ------------------------------------------------------------------------------------------------
    pytest.param(c_template("e08-prose", "e2008"), id="e08-template"),
    pytest.param(c_custom(_e08, "e08-prose"), id="e08-prose-facts-approx"),
    pytest.param(c_custom(_e08_nothing_derived, "e08-prose"), id="e08-nothing-derived-no-R-rules"),
    pytest.param(c_no_keys_with_prefix("e08-prose", NEW_ERA_ONLY), id="e08-no-new-era-keys"),
    # --- more t2019/t2021 -------------------------------------------------------------------------------------
    pytest.param(c_custom(_r10_litigation, "t21-prose-litigation-disagree"), id="t21-R10-against-derived-litigation"),
    pytest.param(c_custom(_r10_review, "t21-prose-review-disagree"), id="t21-R10-review-only-fails"),
    pytest.param(c_custom(_chinese_numerals, "t21-prose-chinese-numerals"), id="t21-R10-chinese-numerals"),
    pytest.param(c_custom(_s3_review_prose, "t21-s3-only-review-prose"), id="t21-s4-image-no-R10-for-review"),
    pytest.param(c_custom(_received_dashes, "t21-received-dashes"), id="t21-dash-received-derived-zero"),
    pytest.param(c_custom(_r4_other_printed, "t21-r4-other-printed"), id="t21-R4-printed-other-subtotal"),
    pytest.param(c_template("t20-full", "t2019"), id="t20-template"),
    pytest.param(c_derived("t20-full", {"apply.received.total": 18, "litigation.total": 4}), id="t20-derived"),
    pytest.param(c_template("t22-full", "t2021"), id="t22-template"),
    pytest.param(c_derived("t22-full", {"apply.received.total": 18, "apply.outcome.other.total": 2}),
                 id="t22-derived"),
    pytest.param(c_derived("t21-s3-split", {"apply.received.total": 18, "apply.outcome.other.total": 2,
                                            **CATEGORY_TOTALS}), id="t21-split-grid-derived"),
    pytest.param(c_families_pass("t21-s3-split", "R1", "R2", "R3", "R10"), id="t21-split-grid-checks-pass"),
    pytest.param(c_derived("t21-s3-split-nohead", {"apply.received.total": 18, "apply.outcome.other.total": 2,
                                                   **CATEGORY_TOTALS}), id="t21-split-no-header-derived"),
    pytest.param(c_custom(_chinese_numerals, "t21-prose-comparative"), id="t21-R10-prose-with-comparison"),
    pytest.param(c_derived("t19-s3-split", {"apply.received.total": 18, **CATEGORY_TOTALS}),
                 id="t19-split-grid-derived"),
    pytest.param(c_custom(_e08_table, "e08-table"), id="e08-shanghai-table-headline-keys-native"),
    pytest.param(c_families_pass("t21-prose-xinshou", "R10"), id="t21-R10-xinshou-wording"),
    pytest.param(c_derived("t19-full", {"apply.received_new.legal_entity": 6, "apply.outcome.unavailable.total": 5}),
                 id="t19-derived-legal-entity"),
    pytest.param(c_custom(_e14_extra_channel, "e14-extra-channel"), id="e14-O1-extra-local-channel"),
]

STORE_CASES = [
    pytest.param(c_preferred("t21-prose-received-disagree", "apply.received.total", 18, "derived"),
                 id="store-t21-preferred-derived-over-text"),
    pytest.param(c_preferred("e14-prose-table-disagree", "apply.received.total", 23, "table"),
                 id="store-e14-preferred-table-over-text"),
    pytest.param(c_preferred("t21-no-tables", "apply.received.total", 18, "text"),
                 id="store-t21-no-tables-preferred-text"),
    pytest.param(c_preferred("t21-full", "litigation.total", 4, "derived"), id="store-t21-preferred-litigation"),
    pytest.param(c_stored_derived("t21-tables-only"), id="store-t21-derived-row"),
]


@pytest.mark.parametrize("case", CASES)
def test_probe_26(case: Callable[[], None]) -> None:
    case()


@pytest.mark.parametrize("case", STORE_CASES)
def test_probe_26_store(case: Callable[..., None], tmp_path) -> None:
    case(tmp_path)
