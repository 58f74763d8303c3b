"""Black-box probe: sections 三 (收到和处理政府信息公开申请情况) and 四 (行政复议、行政诉讼) of t2019 / t2021 reports.

Built from the shapes real portals serve (studied in stored public pages; numbers, names and sentences are our own):
Word-exported HTML grids with rowspan/colspan and <p><span> wrapping, pipe-flattened rows inside <p>, one-cell-per-line
dumps, a 2019 grid whose blank cells vanish ("3 | 3 |"), flip-book PDF text of section 四 with split header words,
spaced labels ("商 业 企 业"), traditional-character mirror copies, GBK pages, an 8-column grid with 法人或其他组织小计.
Expectations come from spec sections 1(b)-1(d), 2.0, 2.2, 2.3, 2.6, 2.7 only.
"""

from __future__ import annotations

import functools

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org")
ALL_COLS = COLS + ("total",)
ORG_COLS = COLS[1:]

# ---------------------------------------------------------------------------------------------------------------
# Page chrome (a typical county CMS: header, nav, breadcrumb, metadata block, footer)
# ---------------------------------------------------------------------------------------------------------------


def portal_page(title: str, content: str, *, publisher: str, date: str, index_no: str, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{publisher}</title>
<link rel="stylesheet" href="/css/xxgk.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{publisher}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
<table class="xxgk-meta" width="100%">
<tr><td>索引号：</td><td>{index_no}</td><td>主题分类：</td><td>政务公开</td></tr>
<tr><td>发布机构：</td><td>{publisher}</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>名称：</td><td colspan="3">{title}</td></tr>
</table>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布时间：{date} 来源：{publisher} 浏览次数：<span id="hits">128</span></div>
<div class="TRS_Editor" id="zoom">
{content}
</div></div>
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="footer"><p>主办：{publisher} 网站标识码：3301830001 <a href="https://beian.miit.gov.cn">浙ICP备05012345号</a></p>
<p>地址：人民路1号 联系电话：0571-12345678</p></div>
</body></html>"""


def p(text: str) -> str:
    return f'<p style="text-indent:2em;">{text}</p>'


def wp(text: object, *, bold: bool = False) -> str:
    """A Word-exported cell paragraph."""
    s = f'<span style="font-family:宋体;font-size:10.5pt">{text}</span>'
    if bold:
        s = f"<b>{s}</b>"
    return f'<p class="MsoNormal" align="center" style="text-align:center">{s}</p>'


def wtd(text: object, rowspan: int = 1, colspan: int = 1, width: int = 60) -> str:
    attrs = f' width="{width}" valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    return f"<td{attrs}>{wp(text)}</td>"


def wtable(rows: list[str]) -> str:
    body = "".join(f'<tr style="height:20.0pt">{r}</tr>\n' for r in rows)
    return ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none"><tbody>\n' + body + "</tbody></table>")


# ---------------------------------------------------------------------------------------------------------------
# Section 三 data (a consistent grid). Row key -> six applicant columns; the printed 总计 column is the row sum.
# ---------------------------------------------------------------------------------------------------------------

W = "apply.outcome.withheld."
U = "apply.outcome.unavailable."
N = "apply.outcome.not_processed."
OT = "apply.outcome.other."

GRID_2021: dict[str, list[int]] = {
    "apply.received_new": [41, 6, 0, 1, 2, 0],
    "apply.carried_in": [3, 1, 0, 0, 0, 0],
    "apply.outcome.granted": [12, 2, 0, 0, 1, 0],
    "apply.outcome.partial": [5, 1, 0, 0, 0, 0],
    W + "state_secret": [0, 0, 0, 0, 0, 0],
    W + "law_prohibited": [1, 0, 0, 0, 0, 0],
    W + "security_stability": [0, 0, 0, 0, 0, 0],
    W + "third_party": [2, 0, 0, 0, 0, 0],
    W + "internal_affairs": [1, 0, 0, 0, 0, 0],
    W + "process_info": [0, 1, 0, 0, 0, 0],
    W + "enforcement_file": [0, 0, 0, 0, 0, 0],
    W + "admin_query": [1, 0, 0, 0, 0, 0],
    U + "not_held": [9, 1, 0, 0, 0, 0],
    U + "needs_creation": [2, 0, 0, 0, 0, 0],
    U + "unclear": [1, 0, 0, 0, 0, 0],
    N + "petition": [3, 0, 0, 0, 0, 0],
    N + "duplicate": [2, 0, 0, 0, 1, 0],
    N + "publication": [0, 0, 0, 0, 0, 0],
    N + "mass_repeat": [1, 0, 0, 0, 0, 0],
    N + "confirm_reissue": [1, 0, 0, 0, 0, 0],
    OT + "no_correction": [2, 0, 0, 0, 0, 0],
    OT + "fee_unpaid": [0, 0, 0, 0, 0, 0],
    OT + "misc": [1, 1, 0, 1, 0, 0],
    "apply.outcome.total": [44, 6, 0, 1, 2, 0],
    "apply.carried_out": [0, 1, 0, 0, 0, 0],
}

# 2019 grid: 其他处理 is one row. Different numbers, still consistent.
GRID_2019: dict[str, list[int]] = {
    "apply.received_new": [17, 3, 0, 0, 1, 0],
    "apply.carried_in": [0, 0, 0, 0, 0, 0],
    "apply.outcome.granted": [8, 2, 0, 0, 0, 0],
    "apply.outcome.partial": [1, 0, 0, 0, 0, 0],
    W + "state_secret": [0, 0, 0, 0, 0, 0],
    W + "law_prohibited": [0, 0, 0, 0, 0, 0],
    W + "security_stability": [0, 0, 0, 0, 0, 0],
    W + "third_party": [1, 0, 0, 0, 0, 0],
    W + "internal_affairs": [0, 0, 0, 0, 0, 0],
    W + "process_info": [1, 0, 0, 0, 0, 0],
    W + "enforcement_file": [0, 0, 0, 0, 0, 0],
    W + "admin_query": [0, 0, 0, 0, 0, 0],
    U + "not_held": [3, 1, 0, 0, 1, 0],
    U + "needs_creation": [0, 0, 0, 0, 0, 0],
    U + "unclear": [0, 0, 0, 0, 0, 0],
    N + "petition": [1, 0, 0, 0, 0, 0],
    N + "duplicate": [0, 0, 0, 0, 0, 0],
    N + "publication": [0, 0, 0, 0, 0, 0],
    N + "mass_repeat": [0, 0, 0, 0, 0, 0],
    N + "confirm_reissue": [0, 0, 0, 0, 0, 0],
    "apply.outcome.other": [1, 0, 0, 0, 0, 0],
    "apply.outcome.total": [16, 3, 0, 0, 1, 0],
    "apply.carried_out": [1, 0, 0, 0, 0, 0],
}

LABELS = {
    "apply.received_new": "一、本年新收政府信息公开申请数量",
    "apply.carried_in": "二、上年结转政府信息公开申请数量",
    "apply.outcome.granted": "（一）予以公开",
    "apply.outcome.partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    W + "state_secret": "1.属于国家秘密",
    W + "law_prohibited": "2.其他法律行政法规禁止公开",
    W + "security_stability": "3.危及“三安全一稳定”",
    W + "third_party": "4.保护第三方合法权益",
    W + "internal_affairs": "5.属于三类内部事务信息",
    W + "process_info": "6.属于四类过程性信息",
    W + "enforcement_file": "7.属于行政执法案卷",
    W + "admin_query": "8.属于行政查询事项",
    U + "not_held": "1.本机关不掌握相关政府信息",
    U + "needs_creation": "2.没有现成信息需要另行制作",
    U + "unclear": "3.补正后申请内容仍不明确",
    N + "petition": "1.信访举报投诉类申请",
    N + "duplicate": "2.重复申请",
    N + "publication": "3.要求提供公开出版物",
    N + "mass_repeat": "4.无正当理由大量反复申请",
    N + "confirm_reissue": "5.要求行政机关确认或重新出具已获取信息",
    OT + "no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    OT + "fee_unpaid": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    OT + "misc": "3.其他",
    "apply.outcome.other": "（六）其他处理",
    "apply.outcome.total": "（七）总计",
    "apply.carried_out": "四、结转下年度继续办理",
}

CATEGORY = {"withheld": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理",
            "other": "（六）其他处理"}

COL_HEADS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def row_vals(grid: dict[str, list[int]], key: str, total_override: dict[str, int] | None = None) -> list[str]:
    v = grid[key]
    tot = sum(v)
    if total_override and key in total_override:
        tot = total_override[key]
    return [str(x) for x in v] + [str(tot)]


def s3_html(grid: dict[str, list[int]], *, t2021: bool = True, col_heads: list[str] | None = None,
            np_head: str = "自然人", tot_head: str = "总计", cell=None, total_override: dict[str, int] | None = None,
            subtotal_col: bool = False) -> str:
    """Word-exported section-三 grid (3 header rows, label split over up to 3 cells)."""
    heads = col_heads or COL_HEADS
    cell = cell or (lambda key, i, s: s)
    ncols = 8 if subtotal_col else 7

    def data(key: str) -> str:
        vals = row_vals(grid, key, total_override)
        if subtotal_col:
            vals = vals[:6] + [str(sum(grid[key][1:]))] + vals[6:]
        return "".join(wtd(cell(key, i, s)) for i, s in enumerate(vals))

    rows = [
        wtd("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3, width=250)
        + wtd("申请人情况", colspan=ncols),
        wtd(np_head, rowspan=2) + wtd("法人或其他组织", colspan=6 if subtotal_col else 5) + wtd(tot_head, rowspan=2),
        "".join(wtd(h) for h in heads) + (wtd("小计") if subtotal_col else ""),
        wtd(LABELS["apply.received_new"], colspan=3) + data("apply.received_new"),
        wtd(LABELS["apply.carried_in"], colspan=3) + data("apply.carried_in"),
    ]
    other_keys = [OT + "no_correction", OT + "fee_unpaid", OT + "misc"] if t2021 else ["apply.outcome.other"]
    blocks: list[tuple[str | None, list[str]]] = [
        (None, ["apply.outcome.granted"]),
        (None, ["apply.outcome.partial"]),
        ("withheld", [k for k in grid if k.startswith(W)]),
        ("unavailable", [k for k in grid if k.startswith(U)]),
        ("not_processed", [k for k in grid if k.startswith(N)]),
        ("other" if t2021 else None, other_keys),
        (None, ["apply.outcome.total"]),
    ]
    n_outcome = sum(len(ks) for _, ks in blocks)
    first = True
    for cat, keys in blocks:
        for j, key in enumerate(keys):
            r = wtd("三、本年度办理结果", rowspan=n_outcome, width=40) if first else ""
            first = False
            if cat is None:
                r += wtd(LABELS[key], colspan=2, width=200)
            else:
                if j == 0:
                    r += wtd(CATEGORY[cat], rowspan=len(keys), width=60)
                r += wtd(LABELS[key], width=140)
            r += data(key)
            rows.append(r)
    rows.append(wtd(LABELS["apply.carried_out"], colspan=3) + data("apply.carried_out"))
    return wtable(rows)


def s3_flat_rows(grid: dict[str, list[int]], *, t2021: bool = True, sep: str = " | ") -> list[str]:
    """The same grid as pipe-flattened text rows (how many CMS 'text only' views and mirrors show tables)."""
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + sep + "申请人情况" + sep,
             "自然人" + sep + "法人或其他组织" + sep + "总计" + sep,
             sep.join(["商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"]) + sep]
    cats_seen: set[str] = set()
    for key in grid:
        label = LABELS[key]
        if key == "apply.outcome.granted":
            label = "三、本年度办理结果" + sep + label
        for cat, prefix in (("withheld", W), ("unavailable", U), ("not_processed", N), ("other", OT)):
            if t2021 and key.startswith(prefix) and cat not in cats_seen:
                cats_seen.add(cat)
                label = CATEGORY[cat] + sep + label
            elif not t2021 and cat != "other" and key.startswith(prefix) and cat not in cats_seen:
                cats_seen.add(cat)
                label = CATEGORY[cat] + sep + label
        lines.append(label + sep + sep.join(row_vals(grid, key)) + sep)
    return lines


# ---------------------------------------------------------------------------------------------------------------
# Section 四
# ---------------------------------------------------------------------------------------------------------------

S4_KEYS = [f"{blk}.{c}" for blk in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]
S4_VALUES = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1]


def s4_html(values: list[int] | None = None) -> str:
    vals = values or S4_VALUES
    heads5 = ["结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "总计"]
    rows = [
        wtd("行政复议", colspan=5) + wtd("行政诉讼", colspan=10),
        "".join(wtd(h, rowspan=2) for h in heads5) + wtd("未经复议直接起诉", colspan=5) + wtd("复议后起诉", colspan=5),
        "".join(wtd(h) for h in heads5) * 2,
        "".join(wtd(v) for v in vals),
    ]
    return wtable(rows)


# ---------------------------------------------------------------------------------------------------------------
# Whole reports
# ---------------------------------------------------------------------------------------------------------------


def t_body(year: int, agency: str, s3: str, s4: str, *, traditional: bool = False) -> str:
    parts = [
        p(f"本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
          f"如对本报告有疑问，请与{agency}办公室联系。"),
        p("一、总体情况"),
        p(f"{year}年，{agency}坚持以公开为常态、不公开为例外，稳步推进政务公开各项工作，"
          "进一步规范依申请公开办理流程，严格落实答复审核制度。"),
        p("二、主动公开政府信息情况"),
        p("本年度主动公开情况详见上级门户网站政府信息公开专栏。"),
        p("三、收到和处理政府信息公开申请情况"),
        s3,
        p("四、政府信息公开行政复议、行政诉讼情况"),
        s4,
        p("五、存在的主要问题及改进情况"),
        p("依申请公开答复的规范性仍有提升空间，下一步将加强业务培训。"),
        p("六、其他需要报告的事项"),
        p("本年度未收取信息处理费。"),
    ]
    return "\n".join(parts)


def fetch(url: str, html: str, *, encoding: str = "utf-8", ctype_charset: bool = True) -> Report:
    body = html.encode(encoding)
    ctype = f"text/html; charset={encoding}" if ctype_charset else "text/html"
    return parse_report([Fetched(url, body, {"content-type": ctype})])


def facts_of(report: Report, source: str | None = None) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in report.facts:
        if source is None or f.source == source:
            out.setdefault(f.key, f)
    return out


def value(report: Report, key: str, source: str | None = None) -> float | None:
    f = facts_of(report, source).get(key)
    return None if f is None else f.value


def checks_by_family(report: Report, family: str) -> list:
    return [c for c in report.checks if c.rule.split(".")[0] == family]


@functools.cache
def report_2021_html() -> Report:
    agency = "临安区农业农村局"
    title = f"{agency}2021年政府信息公开工作年度报告"
    html = portal_page(title, t_body(2021, agency, s3_html(GRID_2021), s4_html()), publisher=agency,
                       date="2022-01-18", index_no="002505741/2022-00031")
    return fetch("http://www.linan.gov.cn/art/2022/1/18/art_1229287145_4021871.html", html)


@functools.cache
def report_2019_html() -> Report:
    agency = "南湖区住房和城乡建设局"
    title = f"{agency}2019年政府信息公开工作年度报告"
    html = portal_page(title, t_body(2019, agency, s3_html(GRID_2019, t2021=False), s4_html([0] * 15)),
                       publisher=agency, date="2020-01-21", index_no="11430602MB1H12345X/2020-00012")
    return fetch("http://www.nanhu.gov.cn/zwgk/xxgknb/202001/t20200121_556677.html", html)


@functools.cache
def report_2021_flat() -> Report:
    agency = "龙岗区文化广电旅游体育局"
    title = f"{agency}2023年政府信息公开工作年度报告"
    s3 = "\n".join(p(line) for line in s3_flat_rows(GRID_2021))
    s4 = "\n".join(p(x) for x in [
        "行政复议 | 行政诉讼 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
        " | ".join(str(v) for v in S4_VALUES) + " |",
    ])
    html = portal_page(title, t_body(2023, agency, s3, s4), publisher=agency, date="2024-01-25",
                       index_no="11440307MB2C05566K/2024-00102")
    return fetch("https://www.lg.gov.cn/xxgk/xxgknb/qzfgzbm/content/post_12000031.html", html)


def cell_fact_cases(grid: dict[str, list[int]], keys: list[str]) -> list:
    out = []
    for key in keys:
        vals = grid[key]
        for i, col in enumerate(ALL_COLS):
            v = vals[i] if i < 6 else sum(vals)
            out.append((f"{key}.{col}", float(v)))
    return out


# ---------------------------------------------------------------------------------------------------------------
# 1. Word-exported 2021 grid: every row × a spread of columns
# ---------------------------------------------------------------------------------------------------------------

_2021_CELLS = [
    ("apply.received_new.natural_person", 41), ("apply.received_new.business", 6),
    ("apply.received_new.legal_service", 2), ("apply.received_new.total", 50), ("apply.carried_in.total", 4),
    ("apply.outcome.granted.total", 15), ("apply.outcome.partial.natural_person", 5),
    ("apply.outcome.withheld.security_stability.total", 0), ("apply.outcome.withheld.process_info.business", 1),
    ("apply.outcome.withheld.admin_query.total", 1), ("apply.outcome.unavailable.needs_creation.total", 2),
    ("apply.outcome.not_processed.confirm_reissue.total", 1), ("apply.outcome.other.fee_unpaid.total", 0),
    ("apply.outcome.other.misc.nonprofit", 1), ("apply.outcome.total.total", 53), ("apply.carried_out.business", 1),
]


@pytest.mark.parametrize("key,expected", [pytest.param(k, v, id=f"w2021-{k.removeprefix('apply.')}")
                                          for k, v in _2021_CELLS])
def test_word_2021_grid_cell(key: str, expected: int) -> None:
    r = report_2021_html()
    f = facts_of(r, "table").get(key)
    assert f is not None, f"missing table fact {key}"
    assert f.value == expected


def test_word_2021_meta_and_cell_count() -> None:
    r = report_2021_html()
    assert r.template == "t2021"
    assert r.year == 2021
    keys = {f.key for f in r.facts if f.source == "table" and f.key.startswith("apply.")
            and f.key.rsplit(".", 1)[-1] in ALL_COLS}
    # spec 2.2: t2021 has 25 data rows × 7 = 175 cells
    assert len(keys) == 175


@pytest.mark.parametrize("i,key", [pytest.param(i, S4_KEYS[i], id=f"s4-{S4_KEYS[i]}") for i in (0, 4, 14)])
def test_word_section4_cell(i: int, key: str) -> None:
    r = report_2021_html()
    assert value(r, key, "table") == S4_VALUES[i]


def test_derived_headlines() -> None:
    r = report_2021_html()
    # spec 2.6: apply.received.total derived copy, litigation.total derived sum
    assert value(r, "apply.received.total", "derived") == 50
    assert value(r, "litigation.total", "derived") == 2 + 1
    # spec 2.0: legal_entity = sum of the five organisation columns (derived)
    assert value(r, "apply.received_new.legal_entity") == 9
    # spec 2.2: 2021 apply.outcome.other is the derived sum of the three rows
    assert value(r, "apply.outcome.other.total") == 5


@pytest.mark.parametrize("family", ["R1", "R2", "R3", "R5", "R6"])
def test_consistent_2021_checks_pass(family: str) -> None:
    r = report_2021_html()
    fam = checks_by_family(r, family)
    assert fam, f"no {family} checks emitted"
    assert all(c.passed for c in fam), [(c.rule, c.detail) for c in fam if not c.passed]


# ---------------------------------------------------------------------------------------------------------------
# 2. Word-exported 2019 grid (其他处理 single row)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key,expected", [
    pytest.param("apply.received_new.total", 21, id="w2019-received_new.total"),
    pytest.param("apply.received_new.legal_service", 1, id="w2019-received_new.legal_service"),
    pytest.param("apply.outcome.other.natural_person", 1, id="w2019-other-single-row"),
    pytest.param("apply.outcome.unavailable.not_held.legal_service", 1, id="w2019-not_held.legal_service"),
    pytest.param("apply.outcome.total.total", 20, id="w2019-outcome.total"),
    pytest.param("apply.carried_out.total", 1, id="w2019-carried_out.total"),
])
def test_word_2019_grid_cell(key: str, expected: int) -> None:
    r = report_2019_html()
    assert value(r, key, "table") == expected


def test_word_2019_meta_and_checks() -> None:
    r = report_2019_html()
    assert r.template == "t2019"
    assert r.year == 2019
    # spec 2.2: 2019 has no 其他处理 sub-rows
    assert "apply.outcome.other.no_correction.total" not in facts_of(r, "table")
    keys = {f.key for f in r.facts if f.source == "table" and f.key.startswith("apply.")
            and f.key.rsplit(".", 1)[-1] in ALL_COLS}
    assert len(keys) == 161
    for fam in ("R1", "R2", "R3", "R6"):
        got = checks_by_family(r, fam)
        assert got and all(c.passed for c in got), (fam, [(c.rule, c.detail) for c in got])


# ---------------------------------------------------------------------------------------------------------------
# 3. Pipe-flattened text rows (2021 grid as <p> lines, lg.gov.cn-style) and section 四 on one row
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key,expected", [
    pytest.param("apply.received_new.total", 50, id="flat-received_new.total"),
    pytest.param("apply.outcome.unavailable.not_held.total", 10, id="flat-not_held"),
    pytest.param("apply.outcome.not_processed.duplicate.legal_service", 1, id="flat-duplicate.law"),
    pytest.param("apply.outcome.total.total", 53, id="flat-outcome.total"),
    pytest.param("apply.carried_out.total", 1, id="flat-carried_out"),
    pytest.param("review.total", 4, id="flat-s4-review.total"),
    pytest.param("litigation.direct.total", 2, id="flat-s4-direct.total"),
])
def test_pipe_flattened_2021(key: str, expected: int) -> None:
    r = report_2021_flat()
    assert r.template == "t2021"
    assert r.year == 2023
    assert value(r, key) == expected


# ---------------------------------------------------------------------------------------------------------------
# 4. Real inconsistencies: checks must fail (and values stay as printed)
# ---------------------------------------------------------------------------------------------------------------

def test_inconsistent_total_column_fails_r1_r3() -> None:
    # a real pattern: 结转下年度 total printed 0 although the business column carries 1 (row sum 1)
    agency = "某县市场监督管理局"
    html = portal_page(f"{agency}2021年政府信息公开工作年度报告",
                       t_body(2021, agency, s3_html(GRID_2021, total_override={"apply.carried_out": 0}), s4_html()),
                       publisher=agency, date="2022-01-27", index_no="113300000025/2022-01234")
    r = fetch("http://www.example-county.gov.cn/art/2022/1/27/art_1001_2002.html", html)
    assert value(r, "apply.carried_out.total", "table") == 0  # recorded as printed, not "fixed"
    r3 = [c for c in checks_by_family(r, "R3") if not c.passed]
    assert r3, "R3 must fail on the 结转下年度 row"
    r1 = [c for c in checks_by_family(r, "R1") if not c.passed]
    assert any(c.rule.endswith("total") for c in r1), [(c.rule, c.passed) for c in checks_by_family(r, "R1")]


def test_inconsistent_outcome_total_fails_r2() -> None:
    # （七）总计 for 自然人 printed one too high (45 instead of 44): R2 fails for that column; R1 too
    bad = dict(GRID_2021)
    bad["apply.outcome.total"] = [45, 6, 0, 1, 2, 0]
    agency = "某市生态环境局"
    html = portal_page(f"{agency}2022年政府信息公开工作年度报告", t_body(2022, agency, s3_html(bad), s4_html()),
                       publisher=agency, date="2023-01-16", index_no="11330100MB0000001/2023-00007")
    r = fetch("http://sthjj.example.gov.cn/art/2023/1/16/art_1229_5566.html", html)
    r2 = checks_by_family(r, "R2")
    failed = {c.rule for c in r2 if not c.passed}
    assert any("natural_person" in rule for rule in failed), failed
    assert not any("business" in rule for rule in failed), failed


def test_inconsistent_section4_fails_r6() -> None:
    # 行政复议 总计 3 but 1+1+0+0 = 2 (the kind of slip seen in real reports)
    vals = list(S4_VALUES)
    vals[0:5] = [1, 1, 0, 0, 3]
    agency = "某区人力资源和社会保障局"
    html = portal_page(f"{agency}2021年政府信息公开工作年度报告", t_body(2021, agency, s3_html(GRID_2021), s4_html(vals)),
                       publisher=agency, date="2022-01-28", index_no="0025/2022-0009")
    r = fetch("http://www.example-district.gov.cn/zwgk/nb/202201/t20220128_9001.html", html)
    r6 = checks_by_family(r, "R6")
    assert any(not c.passed and "review" in c.rule for c in r6), [(c.rule, c.passed) for c in r6]
    assert all(c.passed for c in r6 if "litigation" in c.rule)


def test_category_subtotal_row_checked_r4() -> None:
    # local variant: the (三)不予公开 header cell carries a subtotal in its own row; a wrong one fails R4
    def with_subtotal(grid: dict[str, list[int]], vals: list[int]) -> str:
        html = s3_html(grid)
        head = wtd(CATEGORY["withheld"], rowspan=8, width=60)
        sub_row = (wtd(CATEGORY["withheld"], colspan=2, width=200)
                   + "".join(wtd(v) for v in vals + [sum(vals)]))
        # turn the rowspan header into a label-only cell and insert the subtotal row before the first reason
        first_reason = wtd(LABELS[W + "state_secret"], width=140)
        html = html.replace(head + first_reason, wtd("", width=60) + first_reason)
        marker = '<tr style="height:20.0pt">' + wtd("", width=60) + first_reason
        return html.replace(marker, f'<tr style="height:20.0pt">{sub_row}</tr>\n' + marker)

    agency = "某县教育局"
    good = [5, 1, 0, 0, 0, 0]
    r_ok = fetch("http://jyj.example.gov.cn/nb/2022/0120/a1.html",
                 portal_page(f"{agency}2021年政府信息公开工作年度报告",
                             t_body(2021, agency, with_subtotal(GRID_2021, good), s4_html()),
                             publisher=agency, date="2022-01-20", index_no="0001/2022-0001"))
    assert value(r_ok, "apply.outcome.withheld.natural_person", "table") == 5
    assert value(r_ok, "apply.outcome.withheld.third_party.total", "table") == 2
    assert all(c.passed for c in checks_by_family(r_ok, "R4"))
    r_bad = fetch("http://jyj.example.gov.cn/nb/2022/0120/a2.html",
                  portal_page(f"{agency}2021年政府信息公开工作年度报告",
                              t_body(2021, agency, with_subtotal(GRID_2021, [6, 1, 0, 0, 0, 0]), s4_html()),
                              publisher=agency, date="2022-01-20", index_no="0001/2022-0002"))
    assert any(not c.passed for c in checks_by_family(r_bad, "R4"))


# ---------------------------------------------------------------------------------------------------------------
# 5. Label and cell variants seen on real pages
# ---------------------------------------------------------------------------------------------------------------

def test_spaced_header_labels() -> None:
    # chibi-style: "商 业 企 业", "自 然 人", "总 计" with spaces between every character
    agency = "赤壁市水利和湖泊局"
    s3 = s3_html(GRID_2019, t2021=False, col_heads=["商 业 企 业", "科 研 机 构", "社 会 公 益 组 织", "法 律 服 务 机 构", "其 他"],
                 np_head="自 然 人", tot_head="总 计")
    r = fetch("http://chibi.gov.cn/xxgk/xxgknb/xzbm/2020nb/202101/t20210115_2252100.shtml",
              portal_page(f"{agency}2020年政府信息公开工作年度报告", t_body(2020, agency, s3, s4_html([0] * 15)),
                          publisher=agency, date="2021-01-15", index_no="011108/2021-00045"))
    assert r.template == "t2019"
    assert value(r, "apply.received_new.business", "table") == 3
    assert value(r, "apply.received_new.legal_service", "table") == 1
    assert value(r, "apply.received_new.total", "table") == 21


@pytest.mark.parametrize("mark,flag", [
    pytest.param("", "blank", id="cell-blank"),
    pytest.param("—", "dash", id="cell-emdash"),
    pytest.param("/", "slash", id="cell-slash"),
    pytest.param("无", "wu", id="cell-wu"),
])
def test_zero_markers_in_grid(mark: str, flag: str) -> None:
    def cell(key: str, i: int, s: str) -> str:
        return mark if s == "0" else s

    agency = "某镇人民政府"
    r = fetch("http://www.example-town.gov.cn/zwgk/nb/2022/t20220121_1.html",
              portal_page(f"{agency}2021年政府信息公开工作年度报告",
                          t_body(2021, agency, s3_html(GRID_2021, cell=cell), s4_html()),
                          publisher=agency, date="2022-01-21", index_no="0100/2022-0003"))
    f = facts_of(r, "table").get("apply.received_new.research")
    assert f is not None and f.value == 0 and f.value_flag == flag
    assert value(r, "apply.received_new.total", "table") == 50


def test_subtotal_column_variant() -> None:
    # 8 numeric columns: a local 法人或其他组织小计 column before 总计 must not shift 总计
    agency = "某市交通运输局"
    r = fetch("http://jtj.example.gov.cn/xxgk/nb/2022/0125/88.html",
              portal_page(f"{agency}2021年政府信息公开工作年度报告",
                          t_body(2021, agency, s3_html(GRID_2021, subtotal_col=True), s4_html()),
                          publisher=agency, date="2022-01-25", index_no="0200/2022-0005"))
    assert value(r, "apply.received_new.total", "table") == 50
    assert value(r, "apply.received_new.other_org", "table") == 0
    assert value(r, "apply.outcome.total.total", "table") == 53
    assert value(r, "apply.received_new.legal_entity") == 9


def test_traditional_mirror_copy() -> None:
    # newton/jendow-style traditional-character copy of a 2020 report: same keys, script traditional
    import opencc  # noqa: F401  (only to make sure the conversion library the project uses is importable)

    agency = "武漢市生態環境局"
    conv = opencc.OpenCC("s2t")
    body = conv.convert(t_body(2020, "武汉市生态环境局", s3_html(GRID_2019, t2021=False), s4_html(S4_VALUES)))
    html = portal_page(f"{agency}2020年政府信息公開工作年度報告", body, publisher="牛頓百科",
                       date="2021-03-02", index_no="63726300")
    r = fetch("https://newton.com.tw/wiki/武漢市生態環境局2020年政府信息公開工作年度報告/63726300", html)
    assert r.script == "traditional"
    assert r.template == "t2019"
    assert value(r, "apply.received_new.total", "table") == 21
    assert value(r, "apply.outcome.withheld.third_party.natural_person", "table") == 1
    assert value(r, "review.total", "table") == 4


def test_gbk_page_without_charset_header() -> None:
    agency = "某县卫生健康局"
    html = portal_page(f"{agency}2022年政府信息公开工作年度报告", t_body(2022, agency, s3_html(GRID_2021), s4_html()),
                       publisher=agency, date="2023-01-30", index_no="0300/2023-0001", charset="gbk")
    r = fetch("http://wjj.example.gov.cn/xxgk/nb/2023/0130/12.html", html.replace("“", '"').replace("”", '"'),
              encoding="gbk", ctype_charset=False)
    assert r.year == 2022 and r.template == "t2021"
    assert value(r, "apply.outcome.withheld.security_stability.total", "table") == 0
    assert value(r, "apply.received_new.total", "table") == 50


# ---------------------------------------------------------------------------------------------------------------
# 6. Text shapes where cell positions are lost
# ---------------------------------------------------------------------------------------------------------------

def test_blank_cells_vanish_2019_placed_by_total() -> None:
    # yueyang-style 2019 dump: blank cells disappear, "3 | 3 |" then empty pipes. Spec 2.7: use R3 to place the
    # values, flag them and lower confidence. Only the 总计 position is determined (the other number's column is not).
    agency = "南湖新区城市管理和综合执法局"
    lines = [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |",
        "申请人情况 |",
        "||||||||",
        "自然人 |", "法人或其他组织 |", "总计 |",
        "|||||||",
        "商业企业 |", "科研机构 |", "社会公益组织 |", "法律服务机构 |", "其他 |",
        "|||||",
    ]
    printed = {"apply.received_new": 4, "apply.outcome.granted": 3, "apply.outcome.unavailable.not_held": 1,
               "apply.outcome.total": 4}
    for key in GRID_2019:
        if key == "apply.outcome.granted":
            lines.append("三、本年度办理结果 |")
        lines.append(LABELS[key] + " |")
        if key in printed:  # only the 自然人 and 总计 cells are filled; blank cells leave bare pipes
            lines.extend([f"{printed[key]} |", f"{printed[key]} |"])
        lines.append("|||||||")
    s3 = "\n".join(p(x) for x in lines)
    r = fetch("https://yynanhu.yueyang.gov.cn/29509/29510/55038/55040/55223/55306/content_1650011.html",
              portal_page(f"{agency}2019年政府信息公开工作年度报告", t_body(2019, agency, s3, ""),
                          publisher=agency, date="2020-01-17", index_no="430602/2020-00077"))
    assert r.template == "t2019"
    f_tot = facts_of(r).get("apply.received_new.total")
    assert f_tot is not None and f_tot.value == 4
    assert f_tot.value_flag == "placed" and f_tot.confidence < 1
    assert value(r, "apply.outcome.granted.total") == 3
    assert value(r, "apply.outcome.unavailable.not_held.total") == 1
    assert value(r, "apply.outcome.total.total") == 4


def test_flipbook_section4_split_headers() -> None:
    # a flip-book (PDF-to-HTML) page: header words split over two lines, 15 numbers on one line
    agency = "文登区信访局"
    s4 = "\n".join(p(x) for x in [
        "行政复议 行政诉讼",
        "未经复议直接起诉 复议后起诉",
        "结果 结果 其他 尚未 总",
        "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
        "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计",
        "1 0 0 0 1 0 1 0 0 1 0 0 0 0 0",
    ])
    r = fetch("http://180.76.149.248:88/book/2023dzs/xinfang/files/basic-html/page9.html",
              portal_page(f"威海市{agency}2022年政府信息公开工作年度报告", t_body(2022, agency, s3_html(GRID_2021), s4),
                          publisher=agency, date="2023-01-20", index_no="371003/2023-0011"))
    assert value(r, "review.upheld") == 1
    assert value(r, "review.total") == 1
    assert value(r, "litigation.direct.corrected") == 1
    assert value(r, "litigation.direct.total") == 1
    assert value(r, "litigation.after_review.total") == 0
    assert all(c.passed for c in checks_by_family(r, "R6"))


def test_one_cell_per_line_2019_all_zero() -> None:
    # xiongxian-style dump: every cell on its own line; an agency with no requests prints 0 everywhere
    agency = "某乡人民政府"
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计",
             *COL_HEADS]
    for key in GRID_2019:
        if key == "apply.outcome.granted":
            lines.append("三、本年度办理结果")
        if key == W + "state_secret":
            lines.append("（三）不予公开")
        if key == U + "not_held":
            lines.append("（四）无法提供")
        if key == N + "petition":
            lines.append("（五）不予处理")
        lines.append(LABELS[key])
        lines.extend(["0"] * 7)
    s3 = "\n".join(p(x) for x in lines)
    r = fetch("http://www.xiongxian.gov.cn/zwgkcontent-888888040-56999.html",
              portal_page(f"{agency}2019年政府信息公开工作年度报告", t_body(2019, agency, s3, s4_html([0] * 15)),
                          publisher=agency, date="2020-01-31", index_no="130638/2020-0003"))
    assert value(r, "apply.received_new.total") == 0
    assert value(r, "apply.outcome.total.total") == 0
    assert value(r, "apply.carried_out.natural_person") == 0
    assert not r.tables_missing


def test_prose_summary_not_mistaken_for_grid() -> None:
    # shpt-style prose in 总体情况: "共收到…申请N件…上年结转M件" is a text fact; it must not overwrite the grid
    agency = "某区政府办公室"
    body = t_body(2022, agency, s3_html(GRID_2021), s4_html()).replace(
        "严格落实答复审核制度。",
        "严格落实答复审核制度。全年共收到政府信息公开申请50件，上年结转4件，其中予以公开15件，部分公开6件。")
    r = fetch("http://www.example-qu.gov.cn/zwgk/nb/2023/0131/7.html",
              portal_page(f"{agency}2022年政府信息公开工作年度报告", body, publisher=agency, date="2023-01-31",
                          index_no="0400/2023-0002"))
    assert value(r, "apply.received_new.total", "table") == 50
    assert value(r, "apply.outcome.granted.total", "table") == 15
    # spec 2.5 key for "收到…申请X件" prose
    assert value(r, "apply.received.total", "text") == 50
    r10 = checks_by_family(r, "R10")
    assert all(c.passed for c in r10), [(c.rule, c.detail) for c in r10]


def test_flipbook_section3_space_separated_rows() -> None:
    # PDF-to-HTML flip-book text: each grid row on one line, numbers separated by spaces; 四 headers split one
    # character per line (vertical text in narrow cells)
    agency = "某区审计局"
    rows = []
    for key in GRID_2021:
        label = LABELS[key]
        if key == "apply.outcome.granted":
            label = "三、本年度办理结果 " + label
        rows.append(label + " " + " ".join(row_vals(GRID_2021, key)))
    s3 = "\n".join(p(x) for x in [
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
        "自然人 法人或其他组织 总计",
        "商业 科研 社会公益 法律服务 其他",
        "企业 机构 组织 机构",
        *rows,
    ])
    s4 = "\n".join(p(x) for x in [
        "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
        "结 结 其 尚", "结 结 其 尚 结 结 其 尚", "果 果 他 未",
        "总计 果 果 他 未 总 果 果 他 未 总", "维 纠 结 审", "维 纠 结 审 计 维 纠 结 审 计", "持 正 果 结",
        "持 正 果 结 持 正 果 结",
        " ".join(str(v) for v in S4_VALUES),
    ])
    r = fetch("http://180.76.149.248:88/book/dzs/shenji2021/files/basic-html/page8.html",
              portal_page(f"{agency}2021年政府信息公开工作年度报告", t_body(2021, agency, s3, s4),
                          publisher=agency, date="2022-01-26", index_no="371003/2022-0021"))
    assert value(r, "apply.received_new.natural_person") == 41
    assert value(r, "apply.received_new.total") == 50
    assert value(r, "apply.outcome.not_processed.duplicate.legal_service") == 1
    assert value(r, "apply.carried_out.total") == 1
    assert value(r, "review.total") == 4
    assert value(r, "litigation.direct.total") == 2


@pytest.mark.parametrize("stated,ok", [pytest.param(50, True, id="r10-prose-matches"),
                                       pytest.param(52, False, id="r10-prose-contradicts")])
def test_prose_new_received_against_table(stated: int, ok: bool) -> None:
    # huai'an-style 总体情况 sentence listing the grid in prose: 新收…数量N件，上年结转…M件。其中，予以公开…结转下年度继续办理K件
    agency = "某市自然资源和规划局"
    sentence = (f"全年新收政府信息公开申请数量{stated}件，上年结转政府信息公开申请数量4件。其中，予以公开15件，部分公开6件，"
                "不予公开6件，本机关无法提供13件，不予处理8件，其他处理5件，结转下年度继续办理1件。")
    body = t_body(2021, agency, s3_html(GRID_2021), s4_html()).replace("严格落实答复审核制度。", "严格落实答复审核制度。" + sentence)
    r = fetch(f"http://zrzyj.example.gov.cn/col/1365/art/2022/{stated}.html",
              portal_page(f"{agency}2021年政府信息公开工作年度报告", body, publisher=agency, date="2022-01-28",
                          index_no="0500/2022-0004"))
    assert value(r, "apply.received_new.total", "table") == 50  # the grid wins; prose never overwrites it
    text = facts_of(r, "text")
    got = [text[k].value for k in ("apply.received_new.total", "apply.received.total") if k in text]
    assert stated in got, sorted(text)
    r10 = checks_by_family(r, "R10")
    assert r10, "no R10 check emitted"
    assert all(c.passed for c in r10) is ok, [(c.rule, c.passed, c.detail) for c in r10]


def test_one_cell_per_line_traditional_mirror_2021() -> None:
    # pjmajestic-style traditional mirror of a 2021 report: the grid reaches the page one cell per line, each cell
    # text followed by " |" (labels, category headers and the seven numbers of each row in order)
    import opencc

    sfx = " |"
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + sfx, "申请人情况" + sfx, "自然人" + sfx,
             "法人或其他组织" + sfx, "总计" + sfx, "商业 企业" + sfx, "科研 机构" + sfx, "社会公益组织" + sfx,
             "法律服务机构" + sfx, "其他" + sfx]
    firsts = {W + "state_secret": "withheld", U + "not_held": "unavailable", N + "petition": "not_processed",
              OT + "no_correction": "other"}
    for key in GRID_2021:
        if key == "apply.outcome.granted":
            lines.append("三、本年度办理结果" + sfx)
        if key in firsts:
            lines.append(CATEGORY[firsts[key]] + sfx)
        lines.append(LABELS[key] + sfx)
        lines.extend(v + sfx for v in row_vals(GRID_2021, key))
    s3 = "\n".join(p(x) for x in lines)
    body = opencc.OpenCC("s2t").convert(t_body(2021, "盘锦市某区民政局", s3, s4_html()))
    r = fetch("http://m.pjmajestic.com/xxgk/zfxxgknb/2021/202201/t20220113_2996400.shtml",
              portal_page("盤錦市某區民政局2021年政府信息公開工作年度報告", body, publisher="盤錦市某區民政局",
                          date="2022-01-13", index_no="210000/2022-00088"))
    assert r.script == "traditional" and r.template == "t2021"
    assert value(r, "apply.received_new.natural_person") == 41
    assert value(r, "apply.received_new.total") == 50
    assert value(r, "apply.outcome.withheld.process_info.business") == 1
    assert value(r, "apply.outcome.total.total") == 53
    assert value(r, "apply.carried_out.total") == 1
