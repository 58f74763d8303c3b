"""Independent probe of cell and phrase VALUES (spec 2.0 conventions, 2.5 prose numbers, 2.7 value rules).

Each case builds the full page of a t2021 (or t2019) annual report as a county portal serves it (header, nav,
breadcrumb, 索引号/发布机构 block, article, footer) in which only one table cell or one sentence varies, parses it
with `parse_report` and asserts the fact a careful reader records for that cell or sentence: key, value, unit,
value_flag and, where the spec fixes it, raw_value (the cell as printed, original script).
Expectations come from the spec and docs/schema.md, not from the parser.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
SITE = "安吉县人民政府"
AGENCY = "安吉县市场监督管理局"

# ---------------------------------------------------------------------------------------------------------------
# page chrome
# ---------------------------------------------------------------------------------------------------------------


def page(title: str, content: str, *, date: str = "2022-01-25", charset: str = "utf-8") -> bytes:
    nav = "".join(f'<li><a href="/col/col{1229000 + i}/index.html">{name}</a></li>'
                  for i, name in enumerate(["首页", "走进安吉", "政务公开", "政民互动", "办事服务", "专题专栏"]))
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{SITE}</title>
<meta name="SiteName" content="{SITE}"><meta name="ColumnName" content="政府信息公开年报">
</head>
<body>
<div class="top"><span>今天是：2022年1月25日</span><a href="/jfyz">简体</a>|<a href="/fanti">繁體</a>|<a>无障碍</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{SITE}"></div><ul class="nav">{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229002/index.html">政务公开</a> &gt;
<a href="/col/col1229518625/index.html">政府信息公开年报</a></div>
<div class="xxgk_table"><table class="xxgk-meta" width="100%">
<tr><td>索引号：</td><td>11330523002601234X/2022-00012</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{AGENCY}</td><td>发文日期：</td><td>{date}</td></tr>
<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr>
</table></div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布日期：{date} 来源：县市场监管局 浏览次数：<span id="hits">123</span> 字号：[大 中 小]</div>
<div class="TRS_Editor" id="zoom">{content}</div>
<div class="bottom"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer"><p>主办单位：{SITE}办公室 承办单位：安吉县大数据发展管理局</p>
<p>网站标识码：3305230001 浙ICP备05012345号 浙公网安备 33052302000123号</p>
<p>联系电话：0572-5122345 地址：安吉县递铺街道昌硕东路1号</p></div>
</body></html>"""
    return doc.encode(charset)


def td(text: object, rowspan: int = 1, colspan: int = 1) -> str:
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f'<td{attrs} style="border:1px solid #000;text-align:center">{text}</td>'


def tr(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def table(rows: list[str]) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">'
            "<tbody>" + "".join(rows) + "</tbody></table>")


# ---------------------------------------------------------------------------------------------------------------
# section 二
# ---------------------------------------------------------------------------------------------------------------

S2_2021 = {
    "active.regulation.issued": "0", "active.regulation.repealed": "0", "active.regulation.in_force": "0",
    "active.normative.issued": "3", "active.normative.repealed": "1", "active.normative.in_force": "25",
    "active.permit.decisions": "156", "active.penalty.decisions": "42", "active.coercion.decisions": "5",
    "active.admin_fee.amount": "7.522",
}


def sec2_2021(cells: dict[str, str], fee_header: str = "本年收费金额（单位：万元）") -> str:
    v = {**S2_2021, **cells}
    rows = [
        tr(td("第二十条第（一）项", colspan=4)),
        tr(td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")),
        tr(td("规章"), td(v["active.regulation.issued"]), td(v["active.regulation.repealed"]),
           td(v["active.regulation.in_force"])),
        tr(td("行政规范性文件"), td(v["active.normative.issued"]), td(v["active.normative.repealed"]),
           td(v["active.normative.in_force"])),
        tr(td("第二十条第（五）项", colspan=4)),
        tr(td("信息内容"), td("本年处理决定数量", colspan=3)),
        tr(td("行政许可"), td(v["active.permit.decisions"], colspan=3)),
        tr(td("第二十条第（六）项", colspan=4)),
        tr(td("信息内容"), td("本年处理决定数量", colspan=3)),
        tr(td("行政处罚"), td(v["active.penalty.decisions"], colspan=3)),
        tr(td("行政强制"), td(v["active.coercion.decisions"], colspan=3)),
        tr(td("第二十条第（八）项", colspan=4)),
        tr(td("信息内容"), td(fee_header, colspan=3)),
        tr(td("行政事业性收费"), td(v["active.admin_fee.amount"], colspan=3)),
    ]
    return table(rows)


S2_2019 = {
    "active.regulation.issued": "0", "active.regulation.published_new": "0", "active.regulation.public_total": "0",
    "active.normative.issued": "2", "active.normative.published_new": "2", "active.normative.public_total": "31",
    "active.permit.items_prev": "120", "active.permit.items_delta": "-8", "active.permit.decisions": "1036",
    "active.other_service.items_prev": "15", "active.other_service.items_delta": "0",
    "active.other_service.decisions": "88",
    "active.penalty.items_prev": "210", "active.penalty.items_delta": "3", "active.penalty.decisions": "47",
    "active.coercion.items_prev": "12", "active.coercion.items_delta": "0", "active.coercion.decisions": "4",
    "active.admin_fee.items_prev": "6", "active.admin_fee.items_delta": "0",
    "active.procurement.projects": "9", "active.procurement.amount": "125.6",
}


def sec2_2019(cells: dict[str, str]) -> str:
    v = {**S2_2019, **cells}

    def block3(caption: str, rows: list[tuple[str, str]]) -> list[str]:
        out = [tr(td(caption, colspan=4)),
               tr(td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量"))]
        for label, key in rows:
            out.append(tr(td(label), td(v[f"{key}.items_prev"]), td(v[f"{key}.items_delta"]),
                          td(v[f"{key}.decisions"])))
        return out

    rows = [
        tr(td("第二十条第（一）项", colspan=4)),
        tr(td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")),
        tr(td("规章"), td(v["active.regulation.issued"]), td(v["active.regulation.published_new"]),
           td(v["active.regulation.public_total"])),
        tr(td("规范性文件"), td(v["active.normative.issued"]), td(v["active.normative.published_new"]),
           td(v["active.normative.public_total"])),
        *block3("第二十条第（五）项", [("行政许可", "active.permit"), ("其他对外管理服务事项", "active.other_service")]),
        *block3("第二十条第（六）项", [("行政处罚", "active.penalty"), ("行政强制", "active.coercion")]),
        tr(td("第二十条第（八）项", colspan=4)),
        tr(td("信息内容"), td("上一年项目数量"), td("本年增/减", colspan=2)),
        tr(td("行政事业性收费"), td(v["active.admin_fee.items_prev"]), td(v["active.admin_fee.items_delta"], colspan=2)),
        tr(td("第二十条第（九）项", colspan=4)),
        tr(td("信息内容"), td("采购项目数量"), td("采购总金额", colspan=2)),
        tr(td("政府集中采购"), td(v["active.procurement.projects"]), td(v["active.procurement.amount"], colspan=2)),
    ]
    return table(rows)


# ---------------------------------------------------------------------------------------------------------------
# section 三
# ---------------------------------------------------------------------------------------------------------------

WITHHELD = [("state_secret", "1.属于国家秘密"), ("law_prohibited", "2.其他法律行政法规禁止公开"),
            ("security_stability", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
            ("enforcement_file", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项")]
UNAVAILABLE = [("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
               ("unclear", "3.补正后申请内容仍不明确")]
NOT_PROCESSED = [("petition", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"),
                 ("publication", "3.要求提供公开出版物"), ("mass_repeat", "4.无正当理由大量反复申请"),
                 ("confirm_reissue", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_2021 = [("no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
              ("misc", "3.其他")]

BASE3 = {
    "apply.received_new": [5, 1, 0, 0, 0, 0, 6],
    "apply.carried_in": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.granted": [3, 0, 0, 0, 0, 0, 3],
    "apply.outcome.partial": [0, 1, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.not_held": [2, 0, 0, 0, 0, 0, 2],
    "apply.outcome.total": [5, 1, 0, 0, 0, 0, 6],
    "apply.carried_out": [1, 0, 0, 0, 0, 0, 1],
}


def sec3_row_keys(year: int) -> list[str]:
    keys = ["apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.partial"]
    keys += [f"apply.outcome.withheld.{k}" for k, _ in WITHHELD]
    keys += [f"apply.outcome.unavailable.{k}" for k, _ in UNAVAILABLE]
    keys += [f"apply.outcome.not_processed.{k}" for k, _ in NOT_PROCESSED]
    keys += [f"apply.outcome.other.{k}" for k, _ in OTHER_2021] if year >= 2021 else ["apply.outcome.other"]
    keys += ["apply.outcome.total", "apply.carried_out"]
    return keys


def sec3(cells: dict[str, str], year: int = 2021) -> str:
    def vals(row: str) -> list[str]:
        base = [str(x) for x in BASE3.get(row, [0] * 7)]
        for i, col in enumerate(COLS):
            if f"{row}.{col}" in cells:
                base[i] = cells[f"{row}.{col}"]
        return [td(x) for x in base]

    n_other = 3 if year >= 2021 else 1
    n_outcome = 1 + 1 + 8 + 3 + 5 + n_other + 1
    rows = [
        tr(td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3),
           td("申请人情况", colspan=7)),
        tr(td("自然人", rowspan=2), td("法人或其他组织", colspan=5), td("总计", rowspan=2)),
        tr(td("商业企业"), td("科研机构"), td("社会公益组织"), td("法律服务机构"), td("其他")),
        tr(td("一、本年新收政府信息公开申请数量", colspan=3), *vals("apply.received_new")),
        tr(td("二、上年结转政府信息公开申请数量", colspan=3), *vals("apply.carried_in")),
        tr(td("三、本年度办理结果", rowspan=n_outcome), td("（一）予以公开", colspan=2), *vals("apply.outcome.granted")),
        tr(td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2), *vals("apply.outcome.partial")),
    ]

    def group(title: str, prefix: str, items: list[tuple[str, str]]) -> None:
        for i, (k, label) in enumerate(items):
            head = td(title, rowspan=len(items)) if i == 0 else ""
            rows.append(tr(head, td(label), *vals(f"{prefix}.{k}")))

    group("（三）不予公开", "apply.outcome.withheld", WITHHELD)
    group("（四）无法提供", "apply.outcome.unavailable", UNAVAILABLE)
    group("（五）不予处理", "apply.outcome.not_processed", NOT_PROCESSED)
    if year >= 2021:
        group("（六）其他处理", "apply.outcome.other", OTHER_2021)
    else:
        rows.append(tr(td("（六）其他处理", colspan=2), *vals("apply.outcome.other")))
    rows.append(tr(td("（七）总计", colspan=2), *vals("apply.outcome.total")))
    rows.append(tr(td("四、结转下年度继续办理", colspan=3), *vals("apply.carried_out")))
    return table(rows)


# ---------------------------------------------------------------------------------------------------------------
# section 四
# ---------------------------------------------------------------------------------------------------------------

S4_KEYS = [f"review.{c}" for c in ("upheld", "corrected", "other", "pending", "total")] + [
    f"litigation.{b}.{c}" for b in ("direct", "after_review") for c in ("upheld", "corrected", "other", "pending", "total")]
BASE4 = dict.fromkeys(S4_KEYS, "0") | {"review.upheld": "1", "review.total": "1"}


def sec4(cells: dict[str, str]) -> str:
    v = {**BASE4, **cells}
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        tr(td("行政复议", colspan=5), td("行政诉讼", colspan=10)),
        tr(*[td(h, rowspan=2) for h in heads], td("未经复议直接起诉", colspan=5), td("复议后起诉", colspan=5)),
        tr(*[td(h) for h in heads * 2]),
        tr(*[td(v[k]) for k in S4_KEYS]),
    ]
    return table(rows)


# ---------------------------------------------------------------------------------------------------------------
# whole reports
# ---------------------------------------------------------------------------------------------------------------

DEFAULT_ACTIVE = "全年主动公开政府信息86条，其中通过政府门户网站公开政策文件、工作动态等信息。"
DEFAULT_OTHER = "本机关2021年度未收取信息处理费。"


def p(text: str) -> str:
    return f'<p style="text-indent:2em;line-height:1.8">{text}</p>'


def report_html(year: int = 2021, *, s2: dict[str, str] | None = None, s3: dict[str, str] | None = None,
                s4: dict[str, str] | None = None, active: str = DEFAULT_ACTIVE, other: str | None = None,
                fee_header: str = "本年收费金额（单位：万元）") -> str:
    other = other if other is not None else DEFAULT_OTHER.replace("2021", str(year))
    s2_table = sec2_2021(s2 or {}, fee_header) if year >= 2021 else sec2_2019(s2 or {})
    parts = [
        p(f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
          f"要求编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在安吉县人民政府门户网站"
          "（http://www.anji.gov.cn）查阅或下载。如对本报告有疑问，请与安吉县市场监督管理局办公室联系。"),
        p("<strong>一、总体情况</strong>"),
        p(f"{year}年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，扎实推进政府信息公开工作。"),
        p("（一）主动公开"),
        p(active),
        p("（二）依申请公开"),
        p("严格按照《条例》规定的程序和时限办理政府信息公开申请，做到依法依规答复。"),
        p("（三）政府信息管理"),
        p("建立健全政府信息公开审查机制，严格落实“三审三校”制度。"),
        p("（四）平台建设"),
        p("进一步优化政府信息公开专栏，及时更新栏目内容。"),
        p("（五）监督保障"),
        p("将政府信息公开工作纳入年度工作考核，加强业务培训。"),
        p("<strong>二、主动公开政府信息情况</strong>"),
        s2_table,
        p("<strong>三、收到和处理政府信息公开申请情况</strong>"),
        sec3(s3 or {}, year),
        p("<strong>四、政府信息公开行政复议、行政诉讼情况</strong>"),
        sec4(s4 or {}),
        p("<strong>五、存在的主要问题及改进情况</strong>"),
        p("一是公开内容还不够全面；二是政策解读形式较为单一。下一步，我局将进一步加强政策解读，提升公开质量。"),
        p("<strong>六、其他需要报告的事项</strong>"),
        p(other),
        f'<p style="text-align:right">{AGENCY}</p>',
        f'<p style="text-align:right">{year + 1}年1月20日</p>',
    ]
    return "\n".join(parts)


def parse_html(year: int = 2021, charset: str = "utf-8", **kw) -> Report:
    title = f"{AGENCY}{year}年政府信息公开工作年度报告"
    body = page(title, report_html(year, **kw), date=f"{year + 1}-01-25", charset=charset)
    url = f"http://www.anji.gov.cn/art/{year + 1}/1/25/art_1229518625_{3758000 + year}.html"
    ctype = f"text/html; charset={charset}" if charset != "utf-8" else "text/html"
    return parse_report([Fetched(url, body, {"content-type": ctype})])


def the(report: Report, key: str, source: str) -> Fact:
    found = [f for f in report.facts if f.key == key and f.source == source]
    assert len(found) == 1, f"{key}/{source}: {[(f.value, f.raw_value, f.value_flag) for f in found]}; " \
        f"keys={sorted({f.key for f in report.facts if f.source == source})[:40]}"
    return found[0]


def check_fact(f: Fact, exp: dict) -> None:
    got = {k: getattr(f, k) for k in exp if k != "flag_in"}
    want = {k: v for k, v in exp.items() if k != "flag_in"}
    if "value" in want:
        assert got["value"] is not None and abs(got["value"] - want["value"]) < 1e-9, (got, want, f)
        got.pop("value")
        want.pop("value")
    assert got == want, f
    if "flag_in" in exp:
        assert f.value_flag in exp["flag_in"], f


def table_keys(year: int) -> set[str]:
    keys = set(S2_2021 if year >= 2021 else S2_2019) | set(S4_KEYS)
    keys |= {f"{r}.{c}" for r in sec3_row_keys(year) for c in COLS}
    return keys


# ---------------------------------------------------------------------------------------------------------------
# table cells (t2021 section 二, 三, 四)
# ---------------------------------------------------------------------------------------------------------------

N = "active.normative.issued"
F = "active.admin_fee.amount"
IF = "active.normative.in_force"
PD = "active.permit.decisions"

CELL_CASES = [
    # placeholders read as 0 with a flag (spec 2.7)
    pytest.param("s2", N, "", dict(value=0, value_flag="blank"), id="blank-cell"),
    pytest.param("s2", N, "&nbsp;", dict(value=0, value_flag="blank"), id="nbsp-only-cell"),
    pytest.param("s2", N, "\u200b", dict(value=0, value_flag="blank"), id="zero-width-only-cell"),
    pytest.param("s2", N, "<p>&nbsp;</p>", dict(value=0, value_flag="blank"), id="word-empty-paragraph"),
    pytest.param("s2", N, "0", dict(value=0, value_flag=None, raw_value="0"), id="plain-zero"),
    pytest.param("s2", N, "-", dict(value=0, value_flag="dash", raw_value="-"), id="ascii-hyphen"),
    pytest.param("s2", N, "—", dict(value=0, value_flag="dash", raw_value="—"), id="em-dash"),
    pytest.param("s2", N, "——", dict(value=0, value_flag="dash", raw_value="——"), id="double-em-dash"),
    pytest.param("s2", N, "－", dict(value=0, value_flag="dash"), id="fullwidth-hyphen"),
    pytest.param("s2", N, "/", dict(value=0, value_flag="slash", raw_value="/"), id="slash"),
    pytest.param("s2", N, "／", dict(value=0, value_flag="slash", raw_value="／"), id="fullwidth-slash"),
    pytest.param("s2", N, "＼", dict(value=0, flag_in=("slash", "dash")), id="fullwidth-backslash"),
    pytest.param("s2", N, "无", dict(value=0, value_flag="wu", raw_value="无"), id="wu"),
    pytest.param("s2", N, "空", dict(value=0, value_flag="wu"), id="kong"),
    pytest.param("s2", N, "零", dict(value=0, value_flag=None), id="chinese-zero-ling"),
    pytest.param("s2", N, "〇", dict(value=0, value_flag=None), id="chinese-zero-circle"),
    # digits as printed
    pytest.param("s2", N, "１２", dict(value=12, value_flag=None, raw_value="１２"), id="fullwidth-digits"),
    pytest.param("s2", N, "12件", dict(value=12, unit="件", value_flag=None, raw_value="12件"), id="unit-jian-in-cell"),
    pytest.param("s2", N, "二十三", dict(value=23, value_flag=None), id="chinese-numeral-cell"),
    pytest.param("s2", N, "&nbsp;12&nbsp;", dict(value=12, value_flag=None), id="nbsp-around"),
    pytest.param("s2", N, "\u200b12\u200b", dict(value=12, value_flag=None), id="zero-width-around"),
    pytest.param("s2", N, "\u3000１２\u3000", dict(value=12, value_flag=None), id="ideographic-space-around"),
    pytest.param("s2", N, "\n\t\t\t12\n\t\t", dict(value=12, value_flag=None), id="newlines-tabs-around"),
    pytest.param("s2", N, "<span>1</span><span>2</span>", dict(value=12, value_flag=None), id="digits-split-spans"),
    pytest.param("s2", N, '<p class="MsoNormal"><span lang="EN-US" style="font-size:12pt">12</span></p>',
                 dict(value=12, value_flag=None), id="word-export-span"),
    pytest.param("s2", N, "12<br/>", dict(value=12, value_flag=None), id="trailing-br"),
    pytest.param("s2", N, "<br>12", dict(value=12, value_flag=None), id="leading-br"),
    # footnote marks after the number
    pytest.param("s2", N, "12*", dict(value=12, value_flag=None), id="footnote-asterisk"),
    pytest.param("s2", N, "12①", dict(value=12, value_flag=None), id="footnote-circled-one"),
    pytest.param("s2", N, "12（注）", dict(value=12, value_flag=None), id="footnote-zhu"),
    pytest.param("s2", N, "12<sup>1</sup>", dict(value=12, value_flag=None), id="footnote-sup"),
    # thousands separators
    pytest.param("s2", IF, "1,234", dict(value=1234, value_flag=None, raw_value="1,234"), id="comma-thousands"),
    pytest.param("s2", IF, "1，234", dict(value=1234, value_flag=None), id="fullwidth-comma-thousands"),
    pytest.param("s2", IF, "１，２３４", dict(value=1234, value_flag=None), id="fullwidth-digits-and-comma"),
    pytest.param("s2", IF, "1 234", dict(value=1234, value_flag=None), id="space-thousands"),
    pytest.param("s2", IF, "12,345件", dict(value=12345, unit="件", value_flag=None), id="comma-with-unit"),
    pytest.param("s2", PD, "1.2万", dict(value=12000, value_flag="approx"), id="wan-multiplier-cell"),
    # fee cell: money kept in the printed unit
    pytest.param("s2", F, "7.522", dict(value=7.522, unit="万元", value_flag=None), id="fee-wan-from-header"),
    pytest.param("s2", F, "0.35万元", dict(value=0.35, unit="万元", value_flag=None), id="fee-wanyuan-in-cell"),
    pytest.param("s2", F, "3500元", dict(value=3500, unit="元", value_flag=None, raw_value="3500元"),
                 id="fee-yuan-in-wan-column"),
    pytest.param("s2", F, "0.00", dict(value=0, unit="万元", value_flag=None), id="fee-zero-decimals"),
    pytest.param("s2", F, "7．5", dict(value=7.5, unit="万元", value_flag=None), id="fee-fullwidth-point"),
    pytest.param("s2", F, "—", dict(value=0, value_flag="dash"), id="fee-dash"),
    # section 三 cells
    pytest.param("s3", "apply.outcome.withheld.state_secret.business", "", dict(value=0, value_flag="blank"),
                 id="s3-blank"),
    pytest.param("s3", "apply.outcome.withheld.state_secret.business", "—", dict(value=0, value_flag="dash"),
                 id="s3-em-dash"),
    pytest.param("s3", "apply.outcome.not_processed.duplicate.research", "/", dict(value=0, value_flag="slash"),
                 id="s3-slash"),
    pytest.param("s3", "apply.outcome.other.misc.nonprofit", "无", dict(value=0, value_flag="wu"), id="s3-wu"),
    pytest.param("s3", "apply.received_new.total", "６", dict(value=6, value_flag=None, raw_value="６"),
                 id="s3-fullwidth-total"),
    pytest.param("s3", "apply.received_new.natural_person", "&nbsp;5&nbsp;", dict(value=5, value_flag=None),
                 id="s3-nbsp"),
    pytest.param("s3", "apply.carried_out.total", "1*", dict(value=1, value_flag=None), id="s3-footnote"),
    # section 四 cells
    pytest.param("s4", "review.total", "１", dict(value=1, value_flag=None), id="s4-fullwidth"),
    pytest.param("s4", "litigation.direct.total", "——", dict(value=0, value_flag="dash"), id="s4-double-dash"),
    pytest.param("s4", "litigation.after_review.pending", "／", dict(value=0, value_flag="slash"), id="s4-slash"),
    pytest.param("s4", "litigation.direct.upheld", "", dict(value=0, value_flag="blank"), id="s4-blank"),
]


@pytest.mark.parametrize(("where", "key", "cell", "exp"), CELL_CASES)
def test_t2021_cell_value(where: str, key: str, cell: str, exp: dict) -> None:
    r = parse_html(2021, **{where: {key: cell}})
    assert r.template == "t2021"
    check_fact(the(r, key, "table"), exp)


@pytest.mark.parametrize("charset", [pytest.param("gbk", id="gbk"), pytest.param("gb18030", id="gb18030")])
def test_gbk_page_fullwidth_and_dash_cells(charset: str) -> None:
    r = parse_html(2021, charset=charset, s2={N: "１２", IF: "1，234", F: "—"})
    check_fact(the(r, N, "table"), dict(value=12, value_flag=None, raw_value="１２"))
    check_fact(the(r, IF, "table"), dict(value=1234, value_flag=None))
    check_fact(the(r, F, "table"), dict(value=0, value_flag="dash"))


@pytest.mark.parametrize(("header", "cell", "exp"), [
    pytest.param("本年收费金额（单位：元）", "3500", dict(value=3500, unit="元"), id="header-yuan"),
    pytest.param("本年收费金额（单位：元）", "0.35万元", dict(value=0.35, unit="万元"), id="header-yuan-cell-wan"),
    pytest.param("本年收费金额（万元）", "1.2", dict(value=1.2, unit="万元"), id="header-wan-short"),
])
def test_fee_unit_as_printed(header: str, cell: str, exp: dict) -> None:
    r = parse_html(2021, s2={F: cell}, fee_header=header)
    check_fact(the(r, F, "table"), exp)


@pytest.mark.parametrize(("s2", "s3", "s4"), [
    pytest.param({}, {}, {}, id="plain"),
    pytest.param({N: "", IF: "—", F: "/"}, {"apply.outcome.other.misc.total": ""}, {"review.other": "无"},
                 id="placeholders"),
    pytest.param({N: "<span>1</span><span>2</span>", F: "3500元"}, {"apply.received_new.total": "６"},
                 {"review.total": "１"}, id="spans-units-fullwidth"),
])
def test_no_invented_table_facts(s2: dict, s3: dict, s4: dict) -> None:
    """Exactly the template's cells become table facts: 10 (二) + 175 (三) + 15 (四), nothing from captions,
    headers, the 索引号 block or the page's hit counter."""
    r = parse_html(2021, s2=s2, s3=s3, s4=s4)
    got = {f.key for f in r.facts if f.source == "table"}
    assert got == table_keys(2021), (sorted(got - table_keys(2021)), sorted(table_keys(2021) - got))
    assert len([f for f in r.facts if f.source == "table"]) == len(got)


# ---------------------------------------------------------------------------------------------------------------
# t2019 signed deltas and procurement amounts
# ---------------------------------------------------------------------------------------------------------------

D = "active.permit.items_delta"


@pytest.mark.parametrize(("key", "cell", "exp"), [
    pytest.param(D, "-8", dict(value=-8, value_flag=None, raw_value="-8"), id="delta-minus"),
    pytest.param(D, "－3", dict(value=-3, value_flag=None), id="delta-fullwidth-minus"),
    pytest.param(D, "−3", dict(value=-3, value_flag=None), id="delta-unicode-minus"),
    pytest.param(D, "+5", dict(value=5, value_flag=None, raw_value="+5"), id="delta-plus"),
    pytest.param(D, "＋5", dict(value=5, value_flag=None), id="delta-fullwidth-plus"),
    pytest.param(D, "+1,036", dict(value=1036, value_flag=None), id="delta-plus-thousands"),
    pytest.param(D, "减少3", dict(value=-3, value_flag=None), id="delta-jianshao"),
    pytest.param(D, "增加5", dict(value=5, value_flag=None), id="delta-zengjia"),
    pytest.param(D, "—", dict(value=0, value_flag="dash"), id="delta-dash"),
    pytest.param("active.procurement.amount", "125.6万元", dict(value=125.6, unit="万元"), id="procurement-wan"),
    pytest.param("active.procurement.amount", "1256000元", dict(value=1256000, unit="元"), id="procurement-yuan"),
])
def test_t2019_cell_value(key: str, cell: str, exp: dict) -> None:
    r = parse_html(2019, s2={key: cell})
    assert r.template == "t2019"
    check_fact(the(r, key, "table"), exp)


# ---------------------------------------------------------------------------------------------------------------
# prose numbers (spec 2.5)
# ---------------------------------------------------------------------------------------------------------------

A = "active.items_total"

PROSE_CASES = [
    pytest.param("全年主动公开政府信息86条。", A, dict(value=86, unit="条", value_flag=None), id="prose-plain"),
    pytest.param("全年主动公开政府信息二十三条。", A, dict(value=23, unit="条", value_flag=None), id="prose-cn-23"),
    pytest.param("全年主动公开政府信息一百零五条。", A, dict(value=105, unit="条", value_flag=None), id="prose-cn-105"),
    pytest.param("全年主动公开政府信息两千条。", A, dict(value=2000, unit="条", value_flag=None), id="prose-cn-2000"),
    pytest.param("全年主动公开政府信息１２３条。", A, dict(value=123, unit="条", value_flag=None), id="prose-fullwidth"),
    pytest.param("全年主动公开政府信息1,234条。", A, dict(value=1234, unit="条", value_flag=None), id="prose-comma"),
    pytest.param("全年主动公开政府信息1，234条。", A, dict(value=1234, unit="条", value_flag=None),
                 id="prose-fullwidth-comma"),
    pytest.param("全年主动公开政府信息&nbsp;123&nbsp;条。", A, dict(value=123, unit="条", value_flag=None),
                 id="prose-nbsp-around"),
    pytest.param("全年主动公开政府信息 123 条。", A, dict(value=123, unit="条", value_flag=None), id="prose-spaces"),
    pytest.param("全年主动公开政府信息1.2万条。", A, dict(value=12000, unit="条", value_flag="approx"), id="prose-wan"),
    pytest.param("全年主动公开政府信息1.5万余条。", A, dict(value=15000, unit="条", value_flag="approx"),
                 id="prose-wan-yu"),
    pytest.param("全年主动公开政府信息300余条。", A, dict(value=300, unit="条", value_flag="approx"), id="prose-yu"),
    pytest.param("全年主动公开政府信息三百余条。", A, dict(value=300, unit="条", value_flag="approx"), id="prose-cn-yu"),
    pytest.param("全年主动公开政府信息1000多条。", A, dict(value=1000, unit="条", value_flag="approx"), id="prose-duo"),
    pytest.param("全年主动公开政府信息755多条。", A, dict(value=755, unit="条", value_flag="approx"), id="prose-755-duo"),
    pytest.param("全年主动公开政府信息约200条。", A, dict(value=200, unit="条", value_flag="approx"), id="prose-yue"),
    pytest.param("全年主动公开政府信息近百条。", A, dict(value=100, unit="条", value_flag="approx"), id="prose-jin-bai"),
    pytest.param("全年主动公开政府信息逾500条。", A, dict(value=500, unit="条", value_flag="approx"), id="prose-yu-over"),
    pytest.param("全年通过政府门户网站公开信息1,234条。", "active.channel.website",
                 dict(value=1234, unit="条", value_flag=None), id="prose-website-channel"),
]


@pytest.mark.parametrize(("sentence", "key", "exp"), PROSE_CASES)
def test_prose_number(sentence: str, key: str, exp: dict) -> None:
    r = parse_html(2021, active=sentence)
    check_fact(the(r, key, "text"), exp)


@pytest.mark.parametrize("sentence", [
    pytest.param("全年主动公开政府信息86条，其中政策文件占36%，工作动态占比52.5%。", id="ratios-not-facts"),
    pytest.param("全年主动公开政府信息86条，同比增长12.5%，较上年增加9条。", id="growth-not-facts"),
])
def test_prose_percentages_not_facts(sentence: str) -> None:
    """Ratios are stored only as checks, never as primary facts (spec 2.5)."""
    r = parse_html(2021, active=sentence)
    values = {f.value for f in r.facts if f.source == "text"}
    assert not values & {36.0, 52.5, 12.5}, [(f.key, f.value, f.raw_value) for f in r.facts if f.source == "text"]


@pytest.mark.parametrize(("sentence", "exp"), [
    pytest.param("本机关2021年度共收取信息处理费0.35万元。", dict(value=0.35, unit="万元"), id="info-fee-wan"),
    pytest.param("本机关2021年度共收取信息处理费350元。", dict(value=350, unit="元"), id="info-fee-yuan"),
    pytest.param("本机关2021年度未收取信息处理费。", dict(value=0), id="info-fee-none"),
    pytest.param("本机关2021年度没有产生信息处理费。", dict(value=0), id="info-fee-not-produced"),
])
def test_info_processing_fee_prose(sentence: str, exp: dict) -> None:
    r = parse_html(2021, other=sentence)
    check_fact(the(r, "fee.info_processing", "text"), exp)


def test_dates_and_document_numbers_not_facts() -> None:
    """The period sentence, the 索引号, the signature date and the page's hit counter are not statistics."""
    r = parse_html(2021)
    bad = {2021.0, 2022.0, 31.0, 12.0, 20.0, 123.0, 3305230001.0}
    text = [(f.key, f.value, f.raw_value) for f in r.facts if f.source == "text" and f.value in bad]
    assert not text, text
