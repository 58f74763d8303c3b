"""Black-box probe: real 2021-2024 reports (t2021 template) whose tables reached the page as text.

Written from the spec (sections 1(c), 1(d), 2.1-2.3, 2.7) and from how real county, city, department and township
portals of many provinces publish their 2021-2024 reports, not from the parser's code. The shapes reproduced here
were all seen in real reports (pages corpus): rows flattened with pipes (leading and trailing, or one cell per line
ending in " |"), one cell per paragraph with no separator at all, PDF text with space-separated numbers, headers
wrapped over lines ("商业 | 科研 |" then "企业 | 机构 |"), spaced header words, 15 section-四 numbers on one line,
blank cells kept as empty pipes, and blank cells lost altogether. Every document is written in my own words with
my own numbers; only the template's fixed labels are the official ones.

Rule followed for lost cells (spec 2.7): when the text lost blank cells so that a number's column cannot be known,
a careful reader leaves the number out (or, where the row sum decides it, places it with confidence < 1); a
number must never be recorded with full confidence in a column it may not belong to.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

# ---------------------------------------------------------------------------------------------------------------
# page chrome
# ---------------------------------------------------------------------------------------------------------------


def portal_page(title: str, paragraphs: list[str], *, agency: str, date: str = "2023-01-16",
                index_no: str = "", charset: str = "utf-8", container: str = "p") -> bytes:
    """A county/department article page: header, nav, breadcrumb, 索引号 block, article body, footer."""
    if container == "p":
        body = "".join(f"<p>{html.escape(x)}</p>" for x in paragraphs)
    else:  # one <div> with <br/> line breaks, as some TRS editors save pasted tables
        body = "<div>" + "<br/>".join(html.escape(x) for x in paragraphs) + "</div>"
    nav = "".join(f'<li><a href="/col/col{3100 + i}/index.html">{n}</a></li>' for i, n in enumerate(
        ["首页", "政务动态", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏"]))
    meta = ""
    if index_no:
        meta = (f"<table class='xxgk_table'><tr><td>索引号：</td><td>{index_no}</td><td>主题分类：</td>"
                f"<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{agency}</td><td>发布日期：</td>"
                f"<td>{date}</td></tr></table>")
    doc = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}</title></head><body>
<div class="top"><span>无障碍浏览</span> <span>长者模式</span></div>
<div class="head"><div class="logo">{html.escape(agency)}门户网站</div><ul class="menu">{nav}</ul></div>
<div class="position">您当前的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
{meta}
<div class="content"><h2 class="tit">{html.escape(title)}</h2>
<div class="source">发布时间：{date} 来源：{html.escape(agency)} 浏览次数： 字号：【大 中 小】</div>
<div class="TRS_Editor" id="zoom">{body}</div></div>
<div class="print">【打印本页】【关闭窗口】</div>
<div class="foot"><p>主办单位：{html.escape(agency)} 版权所有</p><p>网站标识码：4309220001 ICP备案号：湘ICP备12001234号</p>
<p>公安备案号 43092202000123号</p></div></body></html>"""
    return doc.encode(charset)


def parse(url: str, title: str, paragraphs: list[str], **kw) -> Report:
    agency = kw.pop("agency", "某县人民政府")
    return parse_report([Fetched(url, portal_page(title, paragraphs, agency=agency, **kw),
                                 {"content-type": "text/html"})])


def table_facts(report: Report) -> dict[str, object]:
    return {f.key: f for f in report.facts if f.source == "table"}


def values(report: Report, source: str = "table") -> dict[str, float | None]:
    return {f.key: f.value for f in report.facts if f.source == source}


def check_state(report: Report, prefix: str) -> set[bool]:
    return {c.passed for c in report.checks if c.rule == prefix or c.rule.startswith(prefix + ".")}


def intro(year: int, agency: str) -> list[str]:
    return [
        f"根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室关于印发年度报告格式的通知要求，"
        f"编制{agency}{year}年政府信息公开工作年度报告。本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。",
        "一、总体情况",
        f"{year}年，{agency}坚持以公开为常态、不公开为例外，持续完善政务公开工作机制，各项工作有序推进。",
    ]


# ---------------------------------------------------------------------------------------------------------------
# section 二 (t2021)
# ---------------------------------------------------------------------------------------------------------------

SEC2_VALUES = {  # my own numbers
    "active.regulation.issued": 0, "active.regulation.repealed": 0, "active.regulation.in_force": 0,
    "active.normative.issued": 4, "active.normative.repealed": 1, "active.normative.in_force": 37,
    "active.permit.decisions": 215, "active.penalty.decisions": 126, "active.coercion.decisions": 3,
    "active.admin_fee.amount": 3.65,
}


def sec2_rows(v: dict[str, object] | None = None, *, reg_label: str = "规章", norm_label: str = "行政规范性文件",
              in_force_label: str = "现行有效件数", cap_gap: str = "") -> list[list[str]]:
    """Section 二 as rows of cells, first cell the label; caption rows have one cell."""
    d = {**SEC2_VALUES, **(v or {})}

    def s(k: str) -> str:
        return str(d[k])

    return [
        [f"第二十条{cap_gap}第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", in_force_label],
        [reg_label, s("active.regulation.issued"), s("active.regulation.repealed"), s("active.regulation.in_force")],
        [norm_label, s("active.normative.issued"), s("active.normative.repealed"), s("active.normative.in_force")],
        [f"第二十条{cap_gap}第（五）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", s("active.permit.decisions")],
        [f"第二十条{cap_gap}第（六）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政处罚", s("active.penalty.decisions")],
        ["行政强制", s("active.coercion.decisions")],
        [f"第二十条{cap_gap}第（八）项"],
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收费", s("active.admin_fee.amount")],
    ]


# ---------------------------------------------------------------------------------------------------------------
# section 三 (t2021)
# ---------------------------------------------------------------------------------------------------------------

SEC3_ROWS: list[tuple[str, list[str]]] = [
    ("apply.received_new", ["一、本年新收政府信息公开申请数量"]),
    ("apply.carried_in", ["二、上年结转政府信息公开申请数量"]),
    ("apply.outcome.granted", ["三、本年度办理结果", "（一）予以公开"]),
    ("apply.outcome.partial", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("apply.outcome.withheld.state_secret", ["（三）不予公开", "1.属于国家秘密"]),
    ("apply.outcome.withheld.law_prohibited", ["2.其他法律行政法规禁止公开"]),
    ("apply.outcome.withheld.security_stability", ["3.危及“三安全一稳定”"]),
    ("apply.outcome.withheld.third_party", ["4.保护第三方合法权益"]),
    ("apply.outcome.withheld.internal_affairs", ["5.属于三类内部事务信息"]),
    ("apply.outcome.withheld.process_info", ["6.属于四类过程性信息"]),
    ("apply.outcome.withheld.enforcement_file", ["7.属于行政执法案卷"]),
    ("apply.outcome.withheld.admin_query", ["8.属于行政查询事项"]),
    ("apply.outcome.unavailable.not_held", ["（四）无法提供", "1.本机关不掌握相关政府信息"]),
    ("apply.outcome.unavailable.needs_creation", ["2.没有现成信息需要另行制作"]),
    ("apply.outcome.unavailable.unclear", ["3.补正后申请内容仍不明确"]),
    ("apply.outcome.not_processed.petition", ["（五）不予处理", "1.信访举报投诉类申请"]),
    ("apply.outcome.not_processed.duplicate", ["2.重复申请"]),
    ("apply.outcome.not_processed.publication", ["3.要求提供公开出版物"]),
    ("apply.outcome.not_processed.mass_repeat", ["4.无正当理由大量反复申请"]),
    ("apply.outcome.not_processed.confirm_reissue", ["5.要求行政机关确认或重新出具已获取信息"]),
    ("apply.outcome.other.no_correction",
     ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    ("apply.outcome.other.fee_unpaid", ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    ("apply.outcome.other.misc", ["3.其他"]),
    ("apply.outcome.total", ["（七）总计"]),
    ("apply.carried_out", ["四、结转下年度继续办理"]),
]

# A consistent grid (R1, R2, R3 hold in every column): natural persons, two companies, one law firm.
SEC3_DATA: dict[str, list[int]] = {
    "apply.received_new": [10, 2, 0, 0, 1, 0, 13],
    "apply.carried_in": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.granted": [4, 1, 0, 0, 0, 0, 5],
    "apply.outcome.partial": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.withheld.process_info": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.not_held": [2, 1, 0, 0, 0, 0, 3],
    "apply.outcome.not_processed.duplicate": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.other.no_correction": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.other.misc": [0, 0, 0, 0, 1, 0, 1],
    "apply.outcome.total": [10, 2, 0, 0, 1, 0, 13],
    "apply.carried_out": [1, 0, 0, 0, 0, 0, 1],
}

SEC3_HEADER = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
    ["自然人", "法人或其他组织", "总计"],
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
]


def sec3_rows(data: dict[str, list[int]] | None = None, *, header: list[list[str]] | None = None,
              blank_zero: bool = False) -> list[list[str]]:
    data = SEC3_DATA if data is None else data
    rows = [list(r) for r in (header or SEC3_HEADER)]
    for key, labels in SEC3_ROWS:
        vals = data.get(key, [0] * 7)
        cells = ["" if (blank_zero and v == 0 and i < 6) else str(v) for i, v in enumerate(vals)]
        rows.append(list(labels) + cells)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# section 四
# ---------------------------------------------------------------------------------------------------------------

SEC4_KEYS = [f"review.{c}" for c in ("upheld", "corrected", "other", "pending", "total")] + [
    f"litigation.{b}.{c}" for b in ("direct", "after_review") for c in ("upheld", "corrected", "other", "pending", "total")]
SEC4_VALUES = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1]

SEC4_HEADER = [
    ["行政复议", "行政诉讼"],
    ["未经复议直接起诉", "复议后起诉"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
]


def sec4_rows(vals: list[object] | None = None) -> list[list[str]]:
    return [list(r) for r in SEC4_HEADER] + [[str(v) for v in (SEC4_VALUES if vals is None else vals)]]


# ---------------------------------------------------------------------------------------------------------------
# renderers: how the tables reached the page as text
# ---------------------------------------------------------------------------------------------------------------


def render(rows: list[list[str]], style: str) -> list[str]:
    """Lines (one <p> each) for a grid flattened in one of the real styles."""
    out: list[str] = []
    for r in rows:
        if style == "pipe":  # "规章 | 0 | 0 | 0 |" (one row per line, trailing pipe)
            out.append(" | ".join(r) + " |")
        elif style == "pipe_lead":  # "| 规章 | 0 | 0 | 0 |"
            out.append("| " + " | ".join(r) + " |")
        elif style == "cell_pipe":  # one cell per line, each ending " |"; a blank cell is a bare "|"
            out.extend((c + " |") if c else "|" for c in r)
        elif style == "cells":  # one cell per paragraph, no separator (blank cells vanish)
            out.extend(c for c in r if c)
        elif style == "spaces":  # PDF text: cells joined by spaces (blank cells vanish)
            out.append(" ".join(c for c in r if c))
        else:
            raise ValueError(style)
    return out


def t2021_doc(year: int, agency: str, *, s2: list[str] | None = None, s3: list[str] | None = None,
              s4: list[str] | None = None, pre3: list[str] | None = None) -> list[str]:
    lines = intro(year, agency)
    lines.append("二、主动公开政府信息情况")
    lines += s2 if s2 is not None else render(sec2_rows(), "pipe")
    lines.append("三、收到和处理政府信息公开申请情况")
    lines += pre3 or []
    lines += s3 if s3 is not None else render(sec3_rows(), "pipe")
    lines.append("四、政府信息公开行政复议、行政诉讼情况")
    lines += s4 if s4 is not None else render(sec4_rows(), "pipe")
    lines += ["五、存在的主要问题及改进情况", "一是公开内容还不够丰富；二是解读形式较为单一。下一步将加强培训，提升公开质量。",
              "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    return lines


def expected_sec3(data: dict[str, list[int]] | None = None) -> dict[str, float]:
    data = SEC3_DATA if data is None else data
    exp: dict[str, float] = {}
    for key, _ in SEC3_ROWS:
        for col, v in zip(COLS, data.get(key, [0] * 7), strict=True):
            exp[f"{key}.{col}"] = v
    return exp


def assert_facts(report: Report, expected: dict[str, float]) -> None:
    got = values(report)
    missing = sorted(k for k in expected if k not in got)
    wrong = sorted((k, got[k], v) for k, v in expected.items() if k in got and got[k] != pytest.approx(v))
    assert not missing and not wrong, f"missing={missing[:8]} wrong={wrong[:8]}"


# ---------------------------------------------------------------------------------------------------------------
# 1. full reports in each flattened style: every section-二/三/四 key exactly
# ---------------------------------------------------------------------------------------------------------------

STYLES = [
    pytest.param("pipe", id="style-pipe-trailing"),
    pytest.param("pipe_lead", id="style-pipe-leading"),
    pytest.param("cell_pipe", id="style-one-cell-per-line-pipe"),
]


@pytest.mark.parametrize("style", STYLES)
def test_full_report_flattened_all_keys(style: str) -> None:
    lines = t2021_doc(2022, "某县市场监督管理局", s2=render(sec2_rows(), style), s3=render(sec3_rows(), style),
                      s4=render(sec4_rows(), style))
    r = parse("http://www.example-xian.gov.cn/zwgk/xxgknb/202301/t20230116_1021.html",
              "某县市场监督管理局2022年政府信息公开工作年度报告", lines, agency="某县市场监督管理局")
    assert r.template == "t2021"
    assert r.year == 2022
    exp = dict(SEC2_VALUES)
    exp.update(expected_sec3())
    exp.update(dict(zip(SEC4_KEYS, SEC4_VALUES, strict=True)))
    assert_facts(r, exp)
    tf = table_facts(r)
    assert tf["active.admin_fee.amount"].unit == "万元"
    assert check_state(r, "R1") == {True}
    assert check_state(r, "R2") == {True}
    assert check_state(r, "R3") == {True}
    assert check_state(r, "R6") == {True}


@pytest.mark.parametrize("style", [pytest.param("cells", id="style-one-cell-per-paragraph"),
                                   pytest.param("spaces", id="style-pdf-spaces")])
def test_full_report_unseparated_no_blanks(style: str) -> None:
    """No separator at all, but every cell printed (zeros, no blanks): positions are still known."""
    lines = t2021_doc(2023, "某某镇人民政府", s2=render(sec2_rows(), style), s3=render(sec3_rows(), style),
                      s4=render(sec4_rows(), style))
    r = parse("http://www.example-zhen.gov.cn/xxgk/gknb/2024/0118/8842.html",
              "某某镇人民政府2023年政府信息公开工作年度报告", lines, agency="某某镇人民政府")
    assert r.template == "t2021"
    assert r.year == 2023
    exp = dict(SEC2_VALUES)
    exp.update(expected_sec3())
    exp.update(dict(zip(SEC4_KEYS, SEC4_VALUES, strict=True)))
    assert_facts(r, exp)


@pytest.mark.parametrize("container", [pytest.param("p", id="paragraphs"), pytest.param("br", id="br-lines")])
def test_full_report_br_or_p_container(container: str) -> None:
    lines = t2021_doc(2024, "某区民政局")
    r = parse("https://www.example-qu.gov.cn/art/2025/1/20/art_1229_77001.html",
              "某区民政局2024年政府信息公开工作年度报告", lines, agency="某区民政局", container=container)
    assert r.year == 2024 and r.template == "t2021"
    exp = dict(SEC2_VALUES)
    exp.update(expected_sec3())
    assert_facts(r, exp)


# ---------------------------------------------------------------------------------------------------------------
# 2. section 二 variants seen in real reports
# ---------------------------------------------------------------------------------------------------------------

SEC2_CASES = [
    pytest.param(dict(in_force_label="现行有效件数（历史累计）"), "pipe", {}, id="s2-in-force-header-with-note"),
    pytest.param(dict(reg_label="规章（县级无此项）"), "pipe", {}, id="s2-regulation-label-with-note"),
    pytest.param(dict(norm_label="规范性文件"), "cell_pipe", {}, id="s2-2019-row-label-in-2021-table"),
    pytest.param(dict(cap_gap="  "), "pipe_lead", {}, id="s2-caption-with-double-space"),
    pytest.param({}, "cells", {}, id="s2-one-cell-per-paragraph"),
    pytest.param({}, "spaces", {}, id="s2-pdf-spaces"),
    pytest.param(dict(v={"active.admin_fee.amount": "20.3"}), "cell_pipe", {"active.admin_fee.amount": 20.3},
                 id="s2-fee-decimal-wan-yuan"),
    pytest.param(dict(v={"active.normative.in_force": "1,024"}), "pipe", {"active.normative.in_force": 1024},
                 id="s2-thousands-comma"),
    pytest.param(dict(v={"active.penalty.decisions": "１２６"}), "pipe", {}, id="s2-fullwidth-digits"),
]


@pytest.mark.parametrize(("kw", "style", "override"), SEC2_CASES)
def test_section2_variants(kw: dict, style: str, override: dict) -> None:
    lines = t2021_doc(2022, "某市自然资源和规划局", s2=render(sec2_rows(**kw), style))
    r = parse("http://zrzy.example-shi.gov.cn/zwgk/ndbg/content/post_5566778.html",
              "某市自然资源和规划局2022年政府信息公开工作年度报告", lines, agency="某市自然资源和规划局")
    exp = {**SEC2_VALUES, **override}
    assert_facts(r, exp)
    # the 2019 keys must not be used for a 2021 table
    assert not any(k.endswith((".published_new", ".public_total", ".items_prev", ".items_delta")) for k in values(r))


def test_section2_slash_cells_are_zero_with_flag() -> None:
    rows = sec2_rows(v={"active.regulation.issued": "/", "active.regulation.repealed": "/",
                        "active.regulation.in_force": "/"})
    r = parse("http://www.example-qu.gov.cn/zfxxgk/zfxxgknb/bmxxgknb/1906985018100000001.html",
              "某区统计局2023年政府信息公开工作年度报告", t2021_doc(2023, "某区统计局", s2=render(rows, "cell_pipe")),
              agency="某区统计局")
    tf = table_facts(r)
    for k in ("active.regulation.issued", "active.regulation.repealed", "active.regulation.in_force"):
        assert tf[k].value == 0 and tf[k].value_flag == "slash", k
    assert tf["active.normative.in_force"].value == 37


def test_section2_blank_in_force_kept_by_bare_pipe() -> None:
    """One cell per line; the empty 现行有效件数 cell of 规章 is a bare '|': 0 with flag blank, nothing shifted."""
    rows = sec2_rows(v={"active.regulation.in_force": ""})
    r = parse("https://www.example-qu.gov.cn/bmxxgk/zfxxgkndbg/202301/t20230119_2136000.shtml",
              "某区人民政府办公室2022年政府信息公开工作年度报告",
              t2021_doc(2022, "某区人民政府办公室", s2=render(rows, "cell_pipe")), agency="某区人民政府办公室")
    tf = table_facts(r)
    assert tf["active.regulation.in_force"].value == 0
    assert tf["active.regulation.in_force"].value_flag == "blank"
    assert tf["active.normative.issued"].value == 4
    assert tf["active.normative.in_force"].value == 37


def test_section2_blank_single_column_permit_row() -> None:
    """'行政许可 | |||' : the only value column of (五) is empty -> 0 with flag blank (template table)."""
    lines = render(sec2_rows(), "pipe")
    lines = [("行政许可 | |||" if x.startswith("行政许可") else x) for x in lines]
    r = parse("http://www.example-xian.gov.cn/xxgk/xxgknb/nbzl/bm_33093/202202/t20220218_2719000.shtml",
              "某县农业农村局2021年政府信息公开工作年度报告", t2021_doc(2021, "某县农业农村局", s2=lines),
              agency="某县农业农村局")
    tf = table_facts(r)
    assert "active.permit.decisions" in tf
    assert tf["active.permit.decisions"].value == 0
    assert tf["active.permit.decisions"].value_flag == "blank"
    assert tf["active.penalty.decisions"].value == 126


def test_section2_lost_blank_in_three_column_row_is_not_guessed() -> None:
    """PDF text '规章 0 5' under 制发/废止/现行有效: one blank vanished, the columns of 0 and 5 cannot be known."""
    lines = render(sec2_rows(), "spaces")
    lines = [("规章 0 5" if x.startswith("规章 ") else x) for x in lines]
    r = parse("http://www.example-shi.gov.cn/zwgk/gknb/2023/0130/1234.html",
              "某市司法局2022年政府信息公开工作年度报告", t2021_doc(2022, "某市司法局", s2=lines), agency="某市司法局")
    tf = table_facts(r)
    for k in ("active.regulation.issued", "active.regulation.repealed", "active.regulation.in_force"):
        assert k not in tf or tf[k].confidence < 1, (k, tf[k].value)
    assert tf["active.normative.in_force"].value == 37


# ---------------------------------------------------------------------------------------------------------------
# 3. section 三 variants
# ---------------------------------------------------------------------------------------------------------------

HEADER_VARIANTS = [
    pytest.param([["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
                  ["自然人", "法人或其他组织", "总计"],
                  ["商业", "科研", "社会公益组织", "法律服务机构", "其他"],
                  ["企业", "机构"]], id="s3-header-wrapped-over-two-lines"),
    pytest.param([["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
                  ["自 然 人", "法人或其他组织", "总 计"],
                  ["商 业 企 业", "科 研 机 构", "社 会 公 益 组 织", "法 律 服 务 机 构", "其 他"]],
                 id="s3-header-spaced-letters"),
    pytest.param([["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
                  ["自然人", "法人或其他组织", "总计"],
                  ["商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"]], id="s3-header-split-words"),
    pytest.param([["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况"],
                  ["自然人", "法人或其他组织", "总计"],
                  ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]], id="s3-header-ascii-punctuation"),
]


@pytest.mark.parametrize("header", HEADER_VARIANTS)
@pytest.mark.parametrize("style", ["pipe", "cell_pipe"])
def test_section3_header_variants(header: list[list[str]], style: str) -> None:
    lines = t2021_doc(2022, "某县卫生健康局", s3=render(sec3_rows(header=header), style))
    r = parse("http://www.example-xian.gov.cn/zfxxgk/zjsxwsjkj/content/post_1865000.html",
              "某县卫生健康局2022年政府信息公开工作年度报告", lines, agency="某县卫生健康局")
    assert_facts(r, expected_sec3())


def test_section3_blank_cells_kept_as_empty_pipes() -> None:
    """'一、本年新收… | 10 | 2 |  |  | 1 |  | 13 |' : empty pipes keep positions; blanks are 0 with flag blank."""
    lines = render(sec3_rows(blank_zero=True), "pipe")
    r = parse("http://www.example-xian.gov.cn/zfxxgk/sfj/content/post_1865610.html",
              "某县司法局2022年政府信息公开工作年度报告", t2021_doc(2022, "某县司法局", s3=lines), agency="某县司法局")
    assert_facts(r, expected_sec3())
    tf = table_facts(r)
    assert tf["apply.received_new.research"].value_flag == "blank"
    assert tf["apply.received_new.legal_service"].value == 1
    assert tf["apply.received_new.legal_service"].value_flag is None
    assert tf["apply.outcome.other.misc.legal_service"].value == 1


def test_section3_blank_cells_kept_as_bare_pipes_one_per_line() -> None:
    lines = render(sec3_rows(blank_zero=True), "cell_pipe")
    r = parse("http://61.150.65.235/zfxxgk/zfxxgknb/bmxxgknb/1906985018100000002.html",
              "某区教育局2023年政府信息公开工作年度报告", t2021_doc(2023, "某区教育局", s3=lines), agency="某区教育局")
    assert_facts(r, expected_sec3())
    assert table_facts(r)["apply.outcome.granted.nonprofit"].value_flag == "blank"


def test_section3_other_processing_subrows() -> None:
    """The three 2021 （六）其他处理 sub-rows get their own keys; the 2019 single-row key is only derived."""
    r = parse("http://www.example-shi.gov.cn/xxgk/gknb/202401/t20240125_2349000.shtml",
              "某市住房和城乡建设局2023年政府信息公开工作年度报告", t2021_doc(2023, "某市住房和城乡建设局"),
              agency="某市住房和城乡建设局")
    tf = table_facts(r)
    assert tf["apply.outcome.other.no_correction.natural_person"].value == 1
    assert tf["apply.outcome.other.fee_unpaid.total"].value == 0
    assert tf["apply.outcome.other.misc.legal_service"].value == 1
    assert "apply.outcome.other.total" not in tf  # not a printed row in 2021
    derived = {f.key: f.value for f in r.facts if f.source == "derived"}
    assert derived.get("apply.outcome.other.total") == 2


def test_section3_other_processing_label_wrapped_over_lines() -> None:
    """One cell per paragraph, the long 其他处理 labels broken over two paragraphs, as narrow table cells print."""
    rows = sec3_rows()
    lines: list[str] = []
    for row in rows:
        for c in row:
            if c.startswith(("1.申请人无正当理由", "2.申请人逾期未按")):
                cut = c.index("、")
                lines += [c[:cut + 1] + " |", c[cut + 1:] + " |"]
            else:
                lines.append(c + " |")
    r = parse("http://www.example-xian.gov.cn/zwgk/zfxxgknb/2022/gzj/63d48a80f8fd1c4c213ab900.html",
              "某县交通运输局2022年政府信息公开工作年度报告", t2021_doc(2022, "某县交通运输局", s3=lines),
              agency="某县交通运输局")
    assert_facts(r, expected_sec3())


def test_section3_quote_variants_of_security_row() -> None:
    data = dict(SEC3_DATA)
    data["apply.outcome.withheld.security_stability"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.withheld.process_info"] = [0] * 7
    rows = sec3_rows(data)
    rows = [[('3.危及"三安全一稳定"' if c == "3.危及“三安全一稳定”" else c) for c in r] for r in rows]
    r = parse("http://www.example-shi.gov.cn/zwgk/ndbg/202401/t20240115_3271000.html",
              "某市公安局2023年政府信息公开工作年度报告", t2021_doc(2023, "某市公安局", s3=render(rows, "pipe")),
              agency="某市公安局")
    assert_facts(r, expected_sec3(data))


def test_section3_truncated_partial_label() -> None:
    rows = sec3_rows()
    rows = [[("（二）部分公开" if c.startswith("（二）部分公开") else c) for c in r] for r in rows]
    r = parse("http://www.example-shi.gov.cn/zwgk/ndbg/202401/t20240115_3271001.html",
              "某市人力资源和社会保障局2023年政府信息公开工作年度报告",
              t2021_doc(2023, "某市人力资源和社会保障局", s3=render(rows, "pipe")), agency="某市人力资源和社会保障局")
    assert_facts(r, expected_sec3())


def test_section3_category_rows_with_printed_subtotals() -> None:
    """Some reports print subtotals on the （三）（四） header rows (own row, before their children)."""
    rows = sec3_rows()
    out: list[list[str]] = []
    for row in rows:
        if row[0] == "（四）无法提供":
            out.append(["（四）无法提供", "2", "1", "0", "0", "0", "0", "3"])
            out.append(row[1:])
        else:
            out.append(row)
    r = parse("http://www.example-shi.gov.cn/zwgk/ndbg/202401/t20240115_3271002.html",
              "某市生态环境局2023年政府信息公开工作年度报告",
              t2021_doc(2023, "某市生态环境局", s3=render(out, "pipe")), agency="某市生态环境局")
    assert_facts(r, expected_sec3())
    tf = table_facts(r)
    assert tf["apply.outcome.unavailable.total"].value == 3
    assert check_state(r, "R4") <= {True}


def test_section3_lost_blanks_single_value_not_placed_with_confidence() -> None:
    """Traditional-script mirror layout: '一、本年新收… | 4 | ||||||||' - the 4's column is unknown (spec 2.7)."""
    lines = render(sec3_rows(), "pipe")
    lines = [("一、本年新收政府信息公开申请数量 | 4 | ||||||||" if x.startswith("一、本年新收") else x) for x in lines]
    r = parse("http://www.example-xian.gov.cn/html/zwgk/ndbg/zb/120000.html",
              "某县某某镇人民政府2021年政府信息公开工作年度报告", t2021_doc(2021, "某县某某镇人民政府", s3=lines),
              agency="某县某某镇人民政府")
    for f in r.facts:
        if f.source == "table" and f.key.startswith("apply.received_new."):
            assert f.confidence < 1 and f.value_flag == "placed", (f.key, f.value, f.value_flag, f.confidence)
    # the rest of the grid is unaffected
    assert values(r)["apply.carried_in.natural_person"] == 1


def test_section3_lost_blanks_two_values_not_placed_with_confidence() -> None:
    """PDF text '一、本年新收政府信息公开申请数量 3 3': natural person or company? Only the total is sure."""
    data = {k: [0] * 7 for k, _ in SEC3_ROWS}
    data["apply.received_new"] = [3, 0, 0, 0, 0, 0, 3]
    data["apply.outcome.granted"] = [3, 0, 0, 0, 0, 0, 3]
    data["apply.outcome.total"] = [3, 0, 0, 0, 0, 0, 3]
    lines = render(sec3_rows(data, blank_zero=True), "spaces")
    r = parse("http://www.example-qu.gov.cn/29509/29510/55038/content_1649000.html",
              "某区发展和改革局2022年政府信息公开工作年度报告", t2021_doc(2022, "某区发展和改革局", s3=lines),
              agency="某区发展和改革局")
    for f in r.facts:
        if f.source != "table" or not f.key.startswith("apply.") or f.key.endswith(".total"):
            continue
        if f.value:  # a non-zero number put in a named applicant column must be flagged as placed
            assert f.confidence < 1 and f.value_flag == "placed", (f.key, f.value)
    got = values(r)
    assert got.get("apply.received_new.total", 3) == 3
    assert got.get("apply.outcome.total.total", 3) == 3


def test_section3_r10_text_disagrees_with_table() -> None:
    """Prose says 2 requests were received, the table says 3: R10 must report it, the table value stays."""
    lines = t2021_doc(2023, "某区体育局")
    lines.insert(3, "（二）依申请公开情况。本年度，共受理政府信息公开申请12件，均在法定期限内予以答复。")
    r = parse("http://js.example-shi.gov.cn/zcbm/tyj/ndbg/202401/t20240115_3271106.html",
              "某区体育局2023年政府信息公开工作年度报告", lines, agency="某区体育局")
    assert values(r)["apply.received_new.total"] == 13
    assert check_state(r, "R10") == {False}


def test_section3_r10_text_agrees_with_table() -> None:
    lines = t2021_doc(2023, "某区体育局")
    lines.insert(3, "（二）依申请公开情况。本年度共收到政府信息公开申请13件，已全部按期答复。")
    r = parse("http://js.example-shi.gov.cn/zcbm/tyj/ndbg/202401/t20240115_3271107.html",
              "某区体育局2023年政府信息公开工作年度报告", lines, agency="某区体育局")
    assert False not in check_state(r, "R10")


def test_section3_inconsistent_row_sum_reported_not_fixed() -> None:
    data = dict(SEC3_DATA)
    data["apply.outcome.granted"] = [4, 1, 0, 0, 0, 0, 6]  # printed total 6 but the row sums to 5
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2023/0201/9001.html",
              "某县水利局2022年政府信息公开工作年度报告",
              t2021_doc(2022, "某县水利局", s3=render(sec3_rows(data), "pipe")), agency="某县水利局")
    assert values(r)["apply.outcome.granted.total"] == 6
    assert False in check_state(r, "R3")


# ---------------------------------------------------------------------------------------------------------------
# 4. section 四 variants
# ---------------------------------------------------------------------------------------------------------------

def sec4_pdf_vertical() -> list[str]:
    """A PDF page rendered to text: the narrow header cells print one character per line."""
    return ["行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
            "结 结 其 尚", "结 结 其 尚 结 结 其 尚", "果 果 他 未", "总计 果 果 他 未 总 果 果 他 未 总",
            "维 纠 结 审", "维 纠 结 审 计 维 纠 结 审 计", "持 正 果 结", "持 正 果 结 持 正 果 结",
            " ".join(str(v) for v in SEC4_VALUES)]


def sec4_pdf_two_char() -> list[str]:
    return ["行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", "结果 结果 其他 尚未 总",
            "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
            "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计", " ".join(str(v) for v in SEC4_VALUES)]


SEC4_CASES = [
    pytest.param(render(sec4_rows(), "pipe"), id="s4-pipe-row-of-15"),
    pytest.param(render(sec4_rows(), "cell_pipe"), id="s4-one-number-per-line"),
    pytest.param(render(sec4_rows(), "cells"), id="s4-one-cell-per-paragraph"),
    pytest.param(sec4_pdf_vertical(), id="s4-pdf-vertical-header"),
    pytest.param(sec4_pdf_two_char(), id="s4-pdf-two-char-header"),
    pytest.param(render([["行政复议", "行政诉讼"], ["未经复议直接起诉", "复议后起诉"],
                         ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 3,
                         [str(v) for v in SEC4_VALUES]], "pipe"), id="s4-spaced-header-words"),
]


@pytest.mark.parametrize("s4", SEC4_CASES)
def test_section4_variants(s4: list[str]) -> None:
    r = parse("http://www.example-qu.gov.cn/book/2023dzs/xinfang/files/basic-html/page8.html",
              "某区信访局2023年政府信息公开工作年度报告", t2021_doc(2023, "某区信访局", s4=s4), agency="某区信访局")
    assert_facts(r, dict(zip(SEC4_KEYS, SEC4_VALUES, strict=True)))
    derived = {f.key: f.value for f in r.facts if f.source == "derived"}
    assert derived.get("litigation.total") == 3
    assert check_state(r, "R6") == {True}


def test_section4_dash_cells() -> None:
    vals: list[object] = ["—"] * 15
    vals[0], vals[4] = "1", "1"
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2024/0120/5512.html",
              "某县城市管理局2023年政府信息公开工作年度报告",
              t2021_doc(2023, "某县城市管理局", s4=render(sec4_rows(vals), "pipe")), agency="某县城市管理局")
    tf = table_facts(r)
    assert tf["review.upheld"].value == 1 and tf["review.total"].value == 1
    assert tf["litigation.direct.total"].value == 0 and tf["litigation.direct.total"].value_flag == "dash"
    assert tf["review.corrected"].value_flag == "dash"


def test_section4_r6_violation_is_reported() -> None:
    vals = list(SEC4_VALUES)
    vals[4] = 5  # review total printed 5, parts sum to 4
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2024/0120/5513.html",
              "某县自然资源局2023年政府信息公开工作年度报告",
              t2021_doc(2023, "某县自然资源局", s4=render(sec4_rows(vals), "pipe")), agency="某县自然资源局")
    assert values(r)["review.total"] == 5
    assert False in check_state(r, "R6")


def test_section4_lost_blank_fourteen_numbers_not_guessed() -> None:
    """PDF text with one blank cell vanished: 14 numbers for 15 columns; no cell can be placed for sure."""
    nums = "1 1 0 0 0 0 0 0 0 0 0 0 0 0"
    s4 = sec4_pdf_two_char()[:-1] + [nums]
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2024/0120/5514.html",
              "某县退役军人事务局2023年政府信息公开工作年度报告", t2021_doc(2023, "某县退役军人事务局", s4=s4),
              agency="某县退役军人事务局")
    for f in r.facts:
        if f.source == "table" and f.key.startswith(("review.", "litigation.")) and f.value:
            assert f.confidence < 1, (f.key, f.value)


# ---------------------------------------------------------------------------------------------------------------
# 5. report-level facts around the tables
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "agency", "title"), [
    pytest.param(2021, "某县人民政府", "某县人民政府2021年政府信息公开工作年度报告", id="meta-2021-county"),
    pytest.param(2022, "某某街道办事处", "某区某某街道办事处2022年政府信息公开工作年度报告", id="meta-2022-street"),
    pytest.param(2023, "某市经济和信息化局", "某市经济和信息化局2023年度政府信息公开工作年度报告", id="meta-2023-dept"),
    pytest.param(2024, "某某乡人民政府", "2024年某某乡人民政府政府信息公开工作年度报告", id="meta-2024-township-year-first"),
])
def test_year_and_template(year: int, agency: str, title: str) -> None:
    r = parse(f"http://www.example.gov.cn/zwgk/xxgknb/{year + 1}01/t{year + 1}0120_1.html", title,
              t2021_doc(year, agency), agency=agency, date=f"{year + 1}-01-20")
    assert r.year == year
    assert r.template == "t2021"
    assert r.tables_missing is False


def test_traditional_mirror_table_keys() -> None:
    """A traditional-character copy of a township report: same keys as the simplified original."""
    lines = t2021_doc(2021, "某縣某某鎮人民政府")
    conv = str.maketrans({"发": "發", "废": "廢", "数": "數", "现": "現", "处": "處", "请": "請", "结": "結",
                          "计": "計", "况": "況", "业": "業", "机": "機", "构": "構", "织": "織", "务": "務",
                          "规": "規", "范": "範", "许": "許", "罚": "罰", "强": "強", "费": "費", "额": "額",
                          "单": "單", "万": "萬", "开": "開", "论": "論", "诉": "訴", "讼": "訟", "议": "議",
                          "复": "複", "维": "維", "纠": "糾", "审": "審", "总": "總", "转": "轉", "办": "辦",
                          "年": "年", "报": "報", "关": "關", "为": "為", "项": "項", "与": "與", "对": "對"})
    lines = [x.translate(conv) for x in lines]
    r = parse("http://mirror-example.cn/html//zwgk/ndbg/zb/120011.html",
              "某縣某某鎮人民政府2021年政府信息公開工作年度報告", lines, agency="某縣某某鎮人民政府")
    assert r.template == "t2021"
    assert r.year == 2021
    exp = dict(SEC2_VALUES)
    exp.update(expected_sec3())
    exp.update(dict(zip(SEC4_KEYS, SEC4_VALUES, strict=True)))
    assert_facts(r, exp)


def test_gbk_page_pipe_tables() -> None:
    body = portal_page("某县财政局2022年政府信息公开工作年度报告", t2021_doc(2022, "某县财政局"),
                       agency="某县财政局", charset="gbk")
    r = parse_report([Fetched("http://www.example-xian.gov.cn/czj/xxgknb/202301/t20230110_88.html", body,
                              {"content-type": "text/html; charset=GBK"})])
    assert r.year == 2022
    exp = dict(SEC2_VALUES)
    exp.update(expected_sec3())
    assert_facts(r, exp)


def test_prose_counts_beside_tables_are_text_facts() -> None:
    """总体情况 prose: '共受理…申请13件' and '行政复议…4件' are text facts that agree with the tables."""
    lines = t2021_doc(2022, "某区人民政府办公室")
    lines.insert(3, "（二）依申请公开。全年共受理政府信息公开申请13件，因政府信息公开引起行政复议4件、行政诉讼3件。")
    r = parse("http://www.example-qu.gov.cn/zwgk_159/zfxxgknb/202303/t20230327_13086000.html",
              "某区人民政府办公室2022年政府信息公开工作年度报告", lines, agency="某区人民政府办公室")
    text = values(r, "text")
    assert text.get("apply.received.total") == 13
    assert text.get("review.total") == 4
    assert text.get("litigation.total") == 3
    assert False not in check_state(r, "R10")


def test_section2_prose_numbers_not_read_as_table_keys() -> None:
    """'处罚强制类9条' in the prose is a count of published items, not 行政处罚 decisions."""
    lines = t2021_doc(2022, "某某镇人民政府")
    lines.insert(3, "（一）主动公开情况。全年主动公开政府信息32条，其中机构职能类2条、处罚强制类9条、财政预决算类3条。")
    r = parse("http://jw.example-xian.gov.cn/25074/25162/37354/39633/index.htm",
              "某县某某镇人民政府2022年政府信息公开工作年度报告", lines, agency="某某镇人民政府")
    assert values(r)["active.penalty.decisions"] == 126
    assert "active.penalty.decisions" not in values(r, "text")
    assert values(r, "text").get("active.items_total") == 32


# ---------------------------------------------------------------------------------------------------------------
# 6. PDF-text layouts of section 三 (labels wrapped after the numbers, category labels centred in their block)
# ---------------------------------------------------------------------------------------------------------------

def test_section3_pdf_wrapped_label_after_numbers() -> None:
    """PDF text: a long label wraps and its tail lands on the next line, after the row's numbers."""
    lines = render(sec3_rows(), "spaces")
    out: list[str] = []
    for x in lines:
        if x.startswith("（二）部分公开"):
            out += ["（二）部分公开（区分处理的，只 " + " ".join(str(v) for v in SEC3_DATA["apply.outcome.partial"]),
                    "计这一情形，不计其他情形）"]
        elif x.startswith("1.申请人无正当理由"):
            out += ["1.申请人无正当理由逾期不补正、 " + " ".join(str(v) for v in SEC3_DATA["apply.outcome.other.no_correction"]),
                    "行政机关不再处理其政府信息公开申请"]
        else:
            out.append(x)
    r = parse("http://www.example-shi.gov.cn/book/dzs/shenji/files/basic-html/page7.html",
              "某市审计局2022年政府信息公开工作年度报告", t2021_doc(2022, "某市审计局", s3=out), agency="某市审计局")
    assert_facts(r, expected_sec3())


def test_section3_pdf_category_label_centred_in_block() -> None:
    """PDF text: the rowspan label （三）不予公开 prints beside its 4th child, 三、本年度办理结果 beside a middle row."""
    rows = sec3_rows()
    out: list[str] = []
    for row in rows:
        cells = [c for c in row if c not in ("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理",
                                             "（六）其他处理")]
        text = " ".join(cells)
        if cells[0].startswith("4.保护第三方"):
            text = "（三）不予公开 " + text
        elif cells[0].startswith("2.没有现成信息"):
            text = "（四）无法提供 " + text
        elif cells[0].startswith("3.要求提供公开出版物"):
            text = "三、本年度办理结果 （五）不予处理 " + text
        elif cells[0].startswith("2.申请人逾期未按"):
            text = "（六）其他处理 " + text
        out.append(text)
    r = parse("http://www.example-shi.gov.cn/book/dzs/shenji/files/basic-html/page8.html",
              "某市统计局2022年政府信息公开工作年度报告", t2021_doc(2022, "某市统计局", s3=out), agency="某市统计局")
    assert_facts(r, expected_sec3())


def test_section3_leading_empty_cells_from_rowspans() -> None:
    """Rowspan leftovers flattened as leading empty cells: '| | 2.其他法律行政法规禁止公开 | 1 | | … | 1 |'."""
    data = dict(SEC3_DATA)
    data["apply.outcome.withheld.law_prohibited"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.withheld.process_info"] = [0] * 7
    out: list[str] = []
    for row in sec3_rows(data, blank_zero=True):
        if row[0] in ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "三、本年度办理结果"):
            out.append("| " + " | ".join(row) + " |")
        elif row[0][:2] in ("2.", "3.", "4.", "5.", "6.", "7.", "8.") or row[0].startswith("（二）"):
            out.append("| | " + " | ".join(row) + " |")
        else:
            out.append(" | ".join(row) + " |")
    r = parse("http://www.example-xian.gov.cn/zfxxgk/zjsxwxsfj/content/post_1865611.html",
              "某县司法局2023年政府信息公开工作年度报告", t2021_doc(2023, "某县司法局", s3=out), agency="某县司法局")
    assert_facts(r, expected_sec3(data))


# ---------------------------------------------------------------------------------------------------------------
# 7. template/columns mismatches and value rules
# ---------------------------------------------------------------------------------------------------------------

def test_2022_report_citing_2019_notice_but_2021_table() -> None:
    """The intro cites 国办公开办函〔2019〕60号 (common copy-paste), the tables are the 2021 ones: t2021 keys."""
    lines = t2021_doc(2022, "某市人民政府办公室")
    lines[0] = ("本年度报告根据《中华人民共和国政府信息公开条例》和《关于政府信息公开工作年度报告有关事项的通知》"
                "（国办公开办函〔2019〕60号）的要求编制。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。")
    r = parse("http://xxgk.example-shi.gov.cn/gzbm/zfbgs/zfxxgknb/202301/t20230118_1734000.shtml",
              "某市人民政府办公室2022年政府信息公开工作年度报告", lines, agency="某市人民政府办公室")
    assert r.year == 2022
    assert r.template == "t2021"
    assert values(r)["active.normative.in_force"] == 37
    assert values(r)["apply.outcome.other.no_correction.total"] == 1


def test_2022_report_with_2019_columns_keeps_2019_meaning() -> None:
    """A township kept the 2019 form in its 2022 report: 对外公开总数量 must not become 现行有效件数."""
    s2 = render([["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                 ["规章", "0", "0", "0"], ["规范性文件", "2", "2", "15"],
                 ["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                 ["行政许可", "6", "-4", "2"], ["其他对外管理服务事项", "0", "0", "0"],
                 ["第二十条第（六）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                 ["行政处罚", "2", "0", "2"], ["行政强制", "0", "0", "0"],
                 ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", "3", "0"]],
                "cell_pipe")
    r = parse("http://www.example-xian.gov.cn/zwgk/zfxxgkzl/xtjdbnb/ct/49000.htm",
              "2022年度某镇政府信息公开工作年度报告", t2021_doc(2022, "某镇", s2=s2), agency="某镇人民政府")
    got = values(r)
    assert got.get("active.normative.public_total") == 15
    assert got.get("active.normative.issued") == 2
    assert "active.normative.in_force" not in got
    assert "active.admin_fee.amount" not in got  # 3 is a count of fee items, not money
    assert got.get("active.permit.items_delta") == -4
    assert got.get("active.permit.decisions") == 2


def test_fee_amount_in_yuan_flagged_by_r9() -> None:
    """A county department wrote 12800 (yuan) in the 万元 column: kept as printed, R9 fails."""
    rows = sec2_rows(v={"active.admin_fee.amount": "12800"})
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2023/0131/7001.html",
              "某县林业局2022年政府信息公开工作年度报告", t2021_doc(2022, "某县林业局", s2=render(rows, "pipe")),
              agency="某县林业局")
    tf = table_facts(r)
    assert tf["active.admin_fee.amount"].value == 12800
    assert tf["active.admin_fee.amount"].unit == "万元"
    assert False in check_state(r, "R9")


def test_fee_amount_zero_with_decimals() -> None:
    rows = sec2_rows(v={"active.admin_fee.amount": "0.00"})
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2023/0131/7002.html",
              "某县档案馆2022年政府信息公开工作年度报告", t2021_doc(2022, "某县档案馆", s2=render(rows, "cell_pipe")),
              agency="某县档案馆")
    assert values(r)["active.admin_fee.amount"] == 0
    assert False not in check_state(r, "R9")


def test_title_split_over_two_lines_with_year_suffix_du() -> None:
    lines = ["某县人民政府2021年度", "信息公开年度报告", "（2022年1月）"] + t2021_doc(2021, "某县人民政府")
    r = parse("https://example-xian.gov.cn/zgx/c101879/202202/17d4e797c6774d5cbb645e53e84cd000.shtml",
              "某县人民政府2021年度信息公开年度报告", lines, agency="某县人民政府")
    assert r.year == 2021
    assert r.template == "t2021"
    assert values(r)["active.normative.issued"] == 4


# ---------------------------------------------------------------------------------------------------------------
# 8. more text shapes seen in real 2021-2024 pages
# ---------------------------------------------------------------------------------------------------------------

def test_section3_cells_with_split_header_and_category_labels() -> None:
    """One cell per paragraph (blank paragraphs between), '商业' / '企业' and '（三）' / '不予公开' split in two."""
    out: list[str] = []
    for row in sec3_rows():
        for c in row:
            if c in ("商业企业", "科研机构"):
                out += [c[:2], "", c[2:], ""]
            elif c in ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"):
                out += [c[:3], "", c[3:], ""]
            else:
                out += [c, ""]
    r = parse("http://www.example-xinqu.gov.cn/xwzx/ztzl/zfxxgknb/2022/gzj/tpz/63d48a80f8fd1c4c213ab000.html",
              "某某镇人民政府2022年政府信息公开工作年度报告", t2021_doc(2022, "某某镇人民政府", s3=out),
              agency="某某镇人民政府")
    assert_facts(r, expected_sec3())


def test_section3_pdf_numbers_on_line_below_label() -> None:
    """PDF text: each label on its own line, the seven numbers on the next line."""
    out: list[str] = []
    for row in sec3_rows():
        labels = [c for c in row if not c.isdigit()]
        nums = [c for c in row if c.isdigit()]
        out.append(" ".join(labels))
        if nums:
            out.append(" ".join(nums))
    r = parse("http://www.example-shi.gov.cn/book/dzs/sjj/files/basic-html/page7.html",
              "某市商务局2023年政府信息公开工作年度报告", t2021_doc(2023, "某市商务局", s3=out), agency="某市商务局")
    assert_facts(r, expected_sec3())


def test_section3_ideographic_spaces_between_numbers() -> None:
    out = ["\u3000".join(row) for row in sec3_rows()]
    r = parse("http://www.example-shi.gov.cn/xxgk/gknb/2023/0115/6001.html",
              "某市文化广电旅游局2022年政府信息公开工作年度报告", t2021_doc(2022, "某市文化广电旅游局", s3=out),
              agency="某市文化广电旅游局")
    assert_facts(r, expected_sec3())


def test_section4_tab_separated_numbers() -> None:
    s4 = sec4_pdf_two_char()[:-1] + ["\t".join(str(v) for v in SEC4_VALUES)]
    r = parse("http://www.example-qu.gov.cn/book/2023dzs/xinfang/files/basic-html/page10.html",
              "某区医疗保障局2023年政府信息公开工作年度报告", t2021_doc(2023, "某区医疗保障局", s4=s4),
              agency="某区医疗保障局")
    assert_facts(r, dict(zip(SEC4_KEYS, SEC4_VALUES, strict=True)))


def test_section2_fee_dash_cell() -> None:
    rows = sec2_rows(v={"active.admin_fee.amount": "—", "active.permit.decisions": "-"})
    r = parse("http://www.example-xian.gov.cn/xxgk/gknb/2023/0131/7003.html",
              "某县气象局2022年政府信息公开工作年度报告", t2021_doc(2022, "某县气象局", s2=render(rows, "pipe")),
              agency="某县气象局")
    tf = table_facts(r)
    assert tf["active.admin_fee.amount"].value == 0 and tf["active.admin_fee.amount"].value_flag == "dash"
    assert tf["active.permit.decisions"].value == 0 and tf["active.permit.decisions"].value_flag == "dash"


def test_section3_rows_with_trailing_empty_pipe_runs() -> None:
    """Row opened by a bare '|' line, one cell per line, the last cell followed by a run of empty pipes."""
    out: list[str] = []
    for row in sec3_rows():
        out.append("|")
        out += [c + " |" for c in row[:-1]]
        out.append(row[-1] + " | " + "|" * (16 - len(row)))
    r = parse("https://www.example-qu.gov.cn/bmxxgk/zfgzjg/zfxxgkndbg/202301/t20230119_2136695.shtml",
              "某区人民政府办公室2022年政府信息公开工作年度报告", t2021_doc(2022, "某区人民政府办公室", s3=out),
              agency="某区人民政府办公室")
    assert_facts(r, expected_sec3())
    assert check_state(r, "R3") == {True}


def test_section3_pipe_rows_with_trailing_double_pipe() -> None:
    out = [" | ".join(row) + " | ||" for row in sec3_rows()]
    r = parse("http://js.example-shi.gov.cn/zcbm/gxj/ndbg/202401/t20240115_3271200.html",
              "某区工业和信息化局2023年政府信息公开工作年度报告", t2021_doc(2023, "某区工业和信息化局", s3=out),
              agency="某区工业和信息化局")
    assert_facts(r, expected_sec3())


def test_section2_pipe_rows_padded_like_colspans() -> None:
    """Caption rows 'X | |||' and single-value rows '行政许可 | 215 | ||' (colspan leftovers), as pasted."""
    out: list[str] = []
    for row in sec2_rows():
        if len(row) == 1:
            out.append(row[0] + " | |||")
        elif len(row) == 2:
            out.append(" | ".join(row) + " | ||")
        else:
            out.append(" | ".join(row) + " |")
    r = parse("https://www.example-shi.gov.cn/zwgk/gknb/bmnb/1619593655548706000.html",
              "某示范区审计局2022年政府信息公开工作年度报告", t2021_doc(2022, "某示范区审计局", s2=out),
              agency="某示范区审计局")
    assert_facts(r, SEC2_VALUES)


def test_section3_extra_legal_entity_subtotal_column() -> None:
    """A report adds a 小计 column after the five organisation columns: total stays the last column."""
    header = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
              ["自然人", "法人或其他组织", "总计"],
              ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计"]]
    rows = [list(r) for r in header]
    for key, labels in SEC3_ROWS:
        v = SEC3_DATA.get(key, [0] * 7)
        rows.append(list(labels) + [str(x) for x in v[:6]] + [str(sum(v[1:6])), str(v[6])])
    r = parse("http://www.example-shi.gov.cn/xxgk/gknb/2023/0115/6002.html",
              "某市教育局2022年政府信息公开工作年度报告", t2021_doc(2022, "某市教育局", s3=render(rows, "pipe")),
              agency="某市教育局")
    assert_facts(r, expected_sec3())
