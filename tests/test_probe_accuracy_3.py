"""Third independent accuracy probe of `parse_report`: the t2019/t2021 statistics tables as real reports print them.

Built from the spec (sections 1(b)-1(d), 2.1-2.7) and from how portals export the tables (Word/WPS HTML, CMS editors,
page-broken PDFs turned into HTML), not from the code. Each case builds the bytes of a page, parses it and asserts what a
careful human reading the page would record. Focus: section 三 in every printed shape, section 二 rows of both templates,
section 四 blanks and dashes, the checks R1-R6/R9/R10 (exactly on injected faults, silent otherwise), derived keys (2.6)
and extreme values. Helpers from the first probe (tests/test_probe_accuracy.py) are reused.
"""

from __future__ import annotations

import copy
import re

import pytest
from test_probe_accuracy import (
    BASE3,
    BASE4,
    COLS,
    SEC3_2021,
    chrome_page,
    fact,
    facts,
    failing,
    failing_families,
    one,
    p,
    parse,
    sec2_2019,
    sec2_2021,
    sec3_2021,
    sec4,
    t2021_body,
    t2021_page,
    table,
    td,
)

from pipelines.records import Report

URL = "http://www.example.gov.cn/art/2022/1/20/art_1.html"
URL19 = "http://www.example.gov.cn/art/2020/1/20/art_1.html"
TITLE = "某某区2021年政府信息公开工作年度报告"
TITLE19 = "某某县人民政府2019年政府信息公开工作年度报告"
ORG = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")

# ---------------------------------------------------------------------------------------------------------------
# a full, consistent data set: every row of spec 2.2 carries numbers in all 7 columns
# ---------------------------------------------------------------------------------------------------------------

OUTCOME21 = [k for k, *_ in SEC3_2021 if k != "apply.outcome.total"]
OUTCOME19 = [k for k in OUTCOME21 if not k.startswith("apply.outcome.other.")] + ["apply.outcome.other"]


def full_data(outcome_keys: list[str]) -> dict[str, list[int]]:
    """Distinct small numbers in every cell, with R1, R2, R3 holding in every column."""
    data: dict[str, list[int]] = {}
    for i, key in enumerate(outcome_keys):
        six = [(i * 7 + j * 3) % 5 + (1 if j == 0 else 0) for j in range(6)]
        data[key] = [*six, sum(six)]
    total6 = [sum(data[k][j] for k in outcome_keys) for j in range(6)]
    carried_in6 = [2, 1, 0, 1, 0, 0]
    carried_out6 = [3, 0, 1, 0, 0, 2]
    received6 = [total6[j] + carried_out6[j] - carried_in6[j] for j in range(6)]
    for key, six in (("apply.outcome.total", total6), ("apply.carried_in", carried_in6),
                     ("apply.carried_out", carried_out6), ("apply.received_new", received6)):
        data[key] = [*six, sum(six)]
    return data


FULL21 = full_data(OUTCOME21)
FULL19 = full_data(OUTCOME19)


def rows21() -> list[tuple[str, str | None, str | None, str | None]]:
    return list(SEC3_2021)


def rows19() -> list[tuple[str, str | None, str | None, str | None]]:
    rows = [r for r in SEC3_2021 if not r[0].startswith("apply.outcome.other")]
    rows.insert(-1, ("apply.outcome.other", "（六）其他处理", None, None))
    return rows


STD_HEAD = "std"


def header_rows(kind: str, org: tuple[str, ...] = ORG, np_label: str = "自然人", tot_label: str = "总计",
                org_label: str = "法人或其他组织") -> list[str]:
    """Header variants (each returns rows of HTML cells, label block 3 columns wide)."""
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    subs = "".join(td(x) for x in org)
    if kind == "std":  # 3 header rows
        return [td(corner, 3, 3) + td("申请人情况", 1, 7),
                td(np_label, 2) + td(org_label, 1, 5) + td(tot_label, 2), subs]
    if kind == "no_applicant_row":  # 2 header rows: the 申请人情况 row is not printed
        return [td(corner, 2, 3) + td(np_label, 2) + td(org_label, 1, 5) + td(tot_label, 2), subs]
    if kind == "four_rows":  # 法人或其他组织 spans two header rows, the sub-labels are on a 4th row
        return [td(corner, 4, 3) + td("申请人情况", 1, 7),
                td(np_label, 3) + td(org_label, 2, 5) + td(tot_label, 3), "", subs]
    if kind == "org_split_label":  # "法人或其他组织" itself printed over two stacked cells
        return [td(corner, 4, 3) + td("申请人情况", 1, 7),
                td(np_label, 3) + td("法人或", 1, 5) + td(tot_label, 3),
                td("其他组织", 1, 5), subs]
    raise ValueError(kind)


def grid3(data: dict[str, list[object]], rows: list[tuple[str, str | None, str | None, str | None]], *,
          head: str = STD_HEAD, head_rows: list[str] | None = None, label=lambda s: s, blank: str = "0",
          perm: list[int] | None = None, extra_col=None) -> str:
    """Section 三 grid: head variant, label rewriting, column permutation (perm[i] = data column shown at i)."""
    perm = perm or list(range(7))
    cat_span = {"withheld": 8, "unavailable": 3, "not_processed": 5, "other": 3}

    def vals(key: str) -> str:
        row = data.get(key)
        cells = [blank] * 7 if row is None else [str(v) for v in row]
        shown = [cells[i] for i in perm]
        if extra_col is not None:
            shown = extra_col(shown, key)
        return "".join(td(c) for c in shown)

    head_html = head_rows if head_rows is not None else header_rows(head)
    body = [td(label("一、本年新收政府信息公开申请数量"), colspan=3) + vals("apply.received_new"),
            td(label("二、上年结转政府信息公开申请数量"), colspan=3) + vals("apply.carried_in")]
    for i, (key, l2, l3, cat) in enumerate(rows):
        cells = td(label("三、本年度办理结果"), rowspan=len(rows)) if i == 0 else ""
        if l3 is None:
            cells += td(label(l2), colspan=2)
        else:
            if l2 is not None:
                cells += td(label(l2), rowspan=cat_span[cat])
            cells += td(label(l3))
        body.append(cells + vals(key))
    body.append(td(label("四、结转下年度继续办理"), colspan=3) + vals("apply.carried_out"))
    return '<table border="1"><tbody>' + "".join(f"<tr>{r}</tr>" for r in head_html + body) + "</tbody></table>"


def t2019_doc(*, s2: str | None = None, s3: str | None = None, s4: str | None = None, overview: str = "") -> str:
    return "".join([
        p("本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"),
        p("一、总体情况"), p(overview or "2019年，我县认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"),
        p("二、主动公开政府信息情况"), s2 if s2 is not None else sec2_2019(),
        p("三、收到和处理政府信息公开申请情况"), s3 if s3 is not None else grid3(FULL19, rows19()),
        p("四、政府信息公开行政复议、行政诉讼情况"), s4 if s4 is not None else sec4([0] * 15),
        p("五、存在的主要问题及改进情况"), p("主动公开的深度和广度有待加强。"),
        p("六、其他需要报告的事项"), p("无其他需要报告的事项。"),
    ])


def r21(s3: str | None = None, **kw) -> Report:
    return one(URL, t2021_page(TITLE, s3=s3 if s3 is not None else grid3(FULL21, rows21()), **kw))


def r19(**kw) -> Report:
    return one(URL19, chrome_page(TITLE19, t2019_doc(**kw), date="2020-01-20"))


def table_values(report: Report, data: dict[str, list[int]]) -> dict[str, object]:
    f = facts(report, "table")
    return {f"{row}.{c}": f.get(f"{row}.{c}") for row in data for c in COLS}


def expected_values(data: dict[str, list[int]]) -> dict[str, object]:
    return {f"{row}.{c}": vals[j] for row, vals in data.items() for j, c in enumerate(COLS)}


def sec3_cells(report: Report) -> set[str]:
    return {f.key for f in report.facts if f.source == "table" and f.key.startswith("apply.")
            and f.key.split(".")[-1] in COLS}


# ---------------------------------------------------------------------------------------------------------------
# 1. section 三: every row, every column, both templates
# ---------------------------------------------------------------------------------------------------------------

def test_t2021_every_cell_of_all_25_rows() -> None:
    r = r21()
    assert r.template == "t2021"
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert len(sec3_cells(r)) == 175
    assert failing(r) == set()


def test_t2019_every_cell_of_all_23_rows() -> None:
    r = r19()
    assert r.template == "t2019"
    assert table_values(r, FULL19) == expected_values(FULL19)
    assert len(sec3_cells(r)) == 161
    assert not any(k.startswith(("apply.outcome.other.no_correction", "apply.outcome.other.fee_unpaid",
                                 "apply.outcome.other.misc")) for k in facts(r))
    assert failing(r) == set()


def test_t2021_other_subrows_present_and_derived_other_sum() -> None:
    r = r21()
    exp = [sum(FULL21[k][j] for k in OUTCOME21 if k.startswith("apply.outcome.other.")) for j in range(7)]
    d = facts(r, "derived")
    assert [d.get(f"apply.outcome.other.{c}") for c in COLS] == exp
    assert "apply.outcome.other.total" not in facts(r, "table")


@pytest.mark.parametrize("kind", ["no_applicant_row", "four_rows", "org_split_label"])
def test_header_variants(kind: str) -> None:
    r = r21(grid3(FULL21, rows21(), head=kind))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


@pytest.mark.parametrize("org", [
    ("商业<br>企业", "科研<br/>机构", "社会公<br>益组织", "法律服<br>务机构", "其他"),
    ("<p>商业</p><p>企业</p>", "<p>科研</p><p>机构</p>", "<p>社会公益</p><p>组织</p>", "<p>法律服务</p><p>机构</p>",
     "<p>其他</p>"),
    ("商 业 企 业", "科 研 机 构", "社 会 公 益 组 织", "法 律 服 务 机 构", "其 他"),
    ("商业\n企业", "科研\n机构", "社会公益\n组织", "法律服务\n机构", "其他"),
], ids=["br", "paragraphs", "spaced", "newline"])
def test_org_labels_broken_inside_cells(org: tuple[str, ...]) -> None:
    r = r21(grid3(FULL21, rows21(), head_rows=header_rows("std", org=org, np_label="自<br>然<br>人",
                                                           tot_label="总<br>计")))
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_org_columns_in_a_different_order() -> None:
    # some editors print 科研机构 and 社会公益组织 before 商业企业: the header decides, not the position
    org = ("科研机构", "社会公益组织", "商业企业", "法律服务机构", "其他")
    perm = [0, 2, 3, 1, 4, 5, 6]
    r = r21(grid3(FULL21, rows21(), head_rows=header_rows("std", org=org), perm=perm))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_total_column_first() -> None:
    # 合计 first, then 自然人 and the organisations
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    head = [td(corner, 3, 3) + td("申请人情况", 1, 7),
            td("合计", 2) + td("自然人", 2) + td("法人或其他组织", 1, 5), "".join(td(x) for x in ORG)]
    r = r21(grid3(FULL21, rows21(), head_rows=head, perm=[6, 0, 1, 2, 3, 4, 5]))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_subtotal_column_between_org_and_total_with_blank_subtotals() -> None:
    # a 小计 column printed but left blank by the editor: it must be skipped, not shifted into 总计
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    head = [td(corner, 3, 3) + td("申请人情况", 1, 8),
            td("自然人", 2) + td("法人或其他组织", 1, 6) + td("总计", 2), "".join(td(x) for x in (*ORG, "小计"))]
    r = r21(grid3(FULL21, rows21(), head_rows=head, extra_col=lambda s, _k: [*s[:6], "", s[6]]))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_subtotal_column_legal_entity_subtotal_named() -> None:
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    head = [td(corner, 3, 3) + td("申请人情况", 1, 8),
            td("自然人", 2) + td("法人或其他组织", 1, 6) + td("总计", 2),
            "".join(td(x) for x in (*ORG, "法人或其他组织小计"))]
    r = r21(grid3(FULL21, rows21(), head_rows=head,
                  extra_col=lambda s, _k: [*s[:6], str(sum(int(x) for x in s[1:6])), s[6]]))
    assert table_values(r, FULL21) == expected_values(FULL21)
    le = facts(r).get("apply.received_new.legal_entity")
    assert le == sum(FULL21["apply.received_new"][1:6])
    assert failing(r) == set()


# --- numbering variants and label typos (spec 2.7) ------------------------------------------------------------

def _halfwidth_parens(s: str) -> str:
    return s.replace("（", "(").replace("）", ")")


def _dun_level2(s: str) -> str:  # （一）予以公开 → 一、予以公开 ... only for level-2 markers
    return re.sub(r"^（([一二三四五六七])）", r"\1、", s)


def _arabic_level3(s: str) -> str:  # 1.属于… → 1、属于…
    return re.sub(r"^(\d)\.", r"\1、", s)


def _circled_level3(s: str) -> str:
    return re.sub(r"^(\d)\.", lambda m: "①②③④⑤⑥⑦⑧"[int(m.group(1)) - 1], s)


def _paren_arabic_level3(s: str) -> str:
    return re.sub(r"^(\d)\.", r"（\1）", s)


def _level1_arabic(s: str) -> str:  # 一、本年新收 → 1.本年新收 (level 1 as arabic, some WPS templates)
    return re.sub(r"^([一二三四])、", lambda m: f"{'一二三四'.index(m.group(1)) + 1}.", s)


@pytest.mark.parametrize("fn", [_halfwidth_parens, _dun_level2, _arabic_level3, _circled_level3, _paren_arabic_level3],
                         ids=["(一)", "一、", "1、", "①", "（1）"])
def test_numbering_variants(fn) -> None:
    r = r21(grid3(FULL21, rows21(), label=fn))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_level1_numbering_arabic() -> None:
    # level-1 rows numbered 1./2./3./4. while level-3 children also start with 1.: row identity comes from the text
    r = r21(grid3(FULL21, rows21(), label=_level1_arabic))
    assert table_values(r, FULL21) == expected_values(FULL21)


TYPO_LABELS = {
    "3.危及“三安全一稳定”": '3.危及"三安全一稳定"',
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二）部分公开",
    "5.要求行政机关确认或重新出具已获取信息": "5.要求行政机关确认或重新出具已获取的信息",
    "（三）不予公开": "(三) 不予公开",
    "二、上年结转政府信息公开申请数量": "二、上年结转政府信息公开申请数",
    "（七）总计": "（七）合计",
    "1.本机关不掌握相关政府信息": "1.本机关不掌握相关政府 信息",
    "4.无正当理由大量反复申请": "4.无正当理由大量、反复申请",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
}


def test_label_typos_and_abbreviations() -> None:
    r = r21(grid3(FULL21, rows21(), label=lambda s: TYPO_LABELS.get(s, s)))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_abbreviated_row_labels() -> None:
    short = {"一、本年新收政府信息公开申请数量": "一、本年新收申请数量", "二、上年结转政府信息公开申请数量": "二、上年结转申请数量",
             "四、结转下年度继续办理": "四、结转下年度办理", "3.危及“三安全一稳定”": "3.危及三安全一稳定"}
    r = r21(grid3(FULL21, rows21(), label=lambda s: short.get(s, s)))
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_traditional_script_section3() -> None:
    trad = {"一、本年新收政府信息公开申请数量": "一、本年新收政府信息公開申請數量",
            "二、上年结转政府信息公开申请数量": "二、上年結轉政府信息公開申請數量",
            "（一）予以公开": "（一）予以公開", "四、结转下年度继续办理": "四、結轉下年度繼續辦理",
            "（七）总计": "（七）總計"}
    r = r21(grid3(FULL21, rows21(), label=lambda s: trad.get(s, s),
                  head_rows=header_rows("std", org=("商業企業", "科研機構", "社會公益組織", "法律服務機構", "其他"),
                                        np_label="自然人", tot_label="總計", org_label="法人或其他組織")))
    assert table_values(r, FULL21) == expected_values(FULL21)


# --- tables cut by a page break --------------------------------------------------------------------------------

def _split_with_repeated_header(html_: str, at_label: str, head_kind: str = "std") -> str:
    cut = html_.index(f"<tr><td>{at_label}") if f"<tr><td>{at_label}" in html_ else html_.index(at_label)
    cut = html_.rindex("<tr>", 0, cut + 1)
    head = "".join(f"<tr>{r}</tr>" for r in header_rows(head_kind))
    return html_[:cut] + "</tbody></table><p style='page-break-before:always'></p>" \
        + '<table border="1"><tbody>' + head + html_[cut:]


def test_table_cut_by_page_break_header_repeated() -> None:
    s3 = _split_with_repeated_header(grid3(FULL21, rows21()), "4.无正当理由大量反复申请")
    # the second part's rows are level-3 rows whose level-1/2 label cells were on the first page
    r = r21(s3)
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_table_cut_at_category_start_header_repeated() -> None:
    # cut before （四）无法提供: the 2nd part starts with a category row; the level-1 cell is missing in part two
    html_ = grid3(FULL21, rows21())
    cut = html_.index("<tr><td rowspan=\"3\">（四）无法提供")
    head = "".join(f"<tr>{r}</tr>" for r in header_rows("std"))
    s3 = html_[:cut] + "</tbody></table>" + '<table border="1"><tbody>' + head + html_[cut:]
    r = r21(s3)
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_table_cut_across_two_fetched_pages_header_repeated() -> None:
    html_ = grid3(FULL21, rows21())
    cut = html_.index("<tr><td rowspan=\"5\">（五）不予处理")
    head = "".join(f"<tr>{r}</tr>" for r in header_rows("std"))
    part1 = html_[:cut] + "</tbody></table>"
    part2 = '<table border="1"><tbody>' + head + html_[cut:]
    body = t2021_body("某某区", s3="@@S3@@")
    b1, b2 = body.split("@@S3@@")
    pager1 = '<div class="page"><a href="?page=2">下一页</a> 共2页</div>'
    r = parse((URL, chrome_page(TITLE, b1 + part1 + pager1)),
              (URL + "?page=2", chrome_page(TITLE, part2 + b2 + '<div class="page"><a href="?page=1">上一页</a></div>')))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# 2. section 二
# ---------------------------------------------------------------------------------------------------------------

def sec2_21(rows: dict[str, list[str]] | None = None, fee: str = "12.35") -> str:
    v = {"规章": ["2", "1", "30"], "行政规范性文件": ["7", "3", "64"], "行政许可": ["2318"], "行政处罚": ["417"],
         "行政强制": ["12"]} | (rows or {})
    return "".join([
        table([[td("第二十条第（一）项", colspan=4)],
               [td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")],
               [td("规章"), *(td(x) for x in v["规章"])], [td("行政规范性文件"), *(td(x) for x in v["行政规范性文件"])]]),
        table([[td("第二十条第（五）项", colspan=2)], [td("信息内容"), td("本年处理决定数量")],
               [td("行政许可"), td(v["行政许可"][0])]]),
        table([[td("第二十条第（六）项", colspan=2)], [td("信息内容"), td("本年处理决定数量")],
               [td("行政处罚"), td(v["行政处罚"][0])], [td("行政强制"), td(v["行政强制"][0])]]),
        table([[td("第二十条第（八）项", colspan=2)], [td("信息内容"), td("本年收费金额（单位：万元）")],
               [td("行政事业性收费"), td(fee)]]),
    ])


SEC2_21_EXPECTED = {
    "active.regulation.issued": 2, "active.regulation.repealed": 1, "active.regulation.in_force": 30,
    "active.normative.issued": 7, "active.normative.repealed": 3, "active.normative.in_force": 64,
    "active.permit.decisions": 2318, "active.penalty.decisions": 417, "active.coercion.decisions": 12,
    "active.admin_fee.amount": 12.35,
}


def test_sec2_t2021_all_rows() -> None:
    r = one(URL, t2021_page(TITLE, s2=sec2_21()))
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_21_EXPECTED} == pytest.approx(SEC2_21_EXPECTED)
    assert fact(r, "active.admin_fee.amount", "table").unit == "万元"
    # 2021 has no 2019 columns
    assert not any(k.endswith((".items_prev", ".items_delta", ".published_new", ".public_total")) for k in f)


@pytest.mark.parametrize(("fee", "value"), [("0.35", 0.35), ("1,234.56", 1234.56), ("0.0000", 0.0), ("12.5万元", 12.5),
                                            ("3.2万", 3.2)])
def test_sec2_fee_in_wan_with_decimals(fee: str, value: float) -> None:
    r = one(URL, t2021_page(TITLE, s2=sec2_21(fee=fee)))
    f = fact(r, "active.admin_fee.amount", "table")
    assert f is not None and f.value == pytest.approx(value)
    assert f.unit == "万元"


def sec2_2019_vals(d: dict[str, list[str]]) -> str:
    return "".join([
        table([[td("第二十条第（一）项", colspan=4)],
               [td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")],
               [td("规章"), *(td(x) for x in d["规章"])], [td("规范性文件"), *(td(x) for x in d["规范性文件"])]]),
        table([[td("第二十条第（五）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               [td("行政许可"), *(td(x) for x in d["行政许可"])],
               [td("其他对外管理服务事项"), *(td(x) for x in d["其他对外管理服务事项"])]]),
        table([[td("第二十条第（六）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               [td("行政处罚"), *(td(x) for x in d["行政处罚"])], [td("行政强制"), *(td(x) for x in d["行政强制"])]]),
        table([[td("第二十条第（八）项", colspan=3)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减")],
               [td("行政事业性收费"), *(td(x) for x in d["行政事业性收费"])]]),
    ])


SEC2_19 = {"规章": ["1", "1", "9"], "规范性文件": ["6", "6", "88"], "行政许可": ["233", "-12", "4,512"],
           "其他对外管理服务事项": ["41", "3", "377"], "行政处罚": ["512", "－5", "1 208"], "行政强制": ["18", "0", "7"],
           "行政事业性收费": ["9", "-2"]}
SEC2_19_EXPECTED = {
    "active.regulation.issued": 1, "active.regulation.published_new": 1, "active.regulation.public_total": 9,
    "active.normative.issued": 6, "active.normative.published_new": 6, "active.normative.public_total": 88,
    "active.permit.items_prev": 233, "active.permit.items_delta": -12, "active.permit.decisions": 4512,
    "active.other_service.items_prev": 41, "active.other_service.items_delta": 3, "active.other_service.decisions": 377,
    "active.penalty.items_prev": 512, "active.penalty.items_delta": -5, "active.penalty.decisions": 1208,
    "active.coercion.items_prev": 18, "active.coercion.items_delta": 0, "active.coercion.decisions": 7,
    "active.admin_fee.items_prev": 9, "active.admin_fee.items_delta": -2,
}


def test_sec2_t2019_four_separate_tables_without_procurement() -> None:
    # many 2019 reports print only (一)(五)(六)(八): no (九) 政府集中采购 table; minus signs of three kinds
    r = r19(s2=sec2_2019_vals(SEC2_19))
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_19_EXPECTED} == SEC2_19_EXPECTED
    assert not any(k.startswith("active.procurement") for k in f)
    assert "active.admin_fee.amount" not in f and "active.normative.in_force" not in f
    assert r.template == "t2019"


@pytest.mark.parametrize("minus", ["\u2212", "\u2013"], ids=["U+2212", "en-dash"])
def test_sec2_t2019_minus_sign_variants(minus: str) -> None:
    # PDF-to-HTML and Word autoformat print the minus of 本年增/减 as U+2212 or an en dash
    r = r19(s2=sec2_2019_vals(SEC2_19 | {"行政事业性收费": ["9", f"{minus}2"]}))
    f = facts(r, "table")
    assert (f.get("active.admin_fee.items_prev"), f.get("active.admin_fee.items_delta")) == (9, -2)


def test_sec2_t2019_one_table_three_column_groups() -> None:
    # the 2019 layout as one 4-column table: every caption row spans, each block repeats its own column header
    d = SEC2_19
    rows = [
        [td("第二十条第（一）项", colspan=4)],
        [td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")],
        [td("规章"), *(td(x) for x in d["规章"])], [td("规范性文件"), *(td(x) for x in d["规范性文件"])],
        [td("第二十条第（五）项", colspan=4)],
        [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
        [td("行政许可"), *(td(x) for x in d["行政许可"])],
        [td("其他对外管理服务事项"), *(td(x) for x in d["其他对外管理服务事项"])],
        [td("第二十条第（六）项", colspan=4)],
        [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
        [td("行政处罚"), *(td(x) for x in d["行政处罚"])], [td("行政强制"), *(td(x) for x in d["行政强制"])],
        [td("第二十条第（八）项", colspan=4)],
        [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("")],
        [td("行政事业性收费"), *(td(x) for x in d["行政事业性收费"]), td("")],
        [td("第二十条第（九）项", colspan=4)],
        [td("信息内容"), td("采购项目数量"), td("采购总金额", colspan=2)],
        [td("政府集中采购"), td("15"), td("1,026.5", colspan=2)],
    ]
    r = r19(s2=table(rows))
    f = facts(r, "table")
    exp = SEC2_19_EXPECTED | {"active.procurement.projects": 15, "active.procurement.amount": 1026.5}
    assert {k: f.get(k) for k in exp} == exp


def test_sec2_t2019_column_groups_side_by_side() -> None:
    # (五) and (六) side by side: 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量, twice per row
    rows = [
        [td("第二十条第（五）项", colspan=4), td("第二十条第（六）项", colspan=4)],
        [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")] * 2,
        [td("行政许可"), td("233"), td("-12"), td("4512"), td("行政处罚"), td("512"), td("-5"), td("1208")],
        [td("其他对外管理服务事项"), td("41"), td("3"), td("377"), td("行政强制"), td("18"), td("0"), td("7")],
    ]
    # keep (一) and (八) as separate tables, replace (五)+(六) by the side-by-side table
    parts = sec2_2019_vals(SEC2_19).split("</table>")
    s2_side = parts[0] + "</table>" + table(rows) + parts[3] + "</table>"
    r = r19(s2=s2_side)
    f = facts(r, "table")
    keys = [k for k in SEC2_19_EXPECTED if k.split(".")[1] in ("permit", "other_service", "penalty", "coercion")]
    assert {k: f.get(k) for k in keys} == {k: SEC2_19_EXPECTED[k] for k in keys}


def test_sec2_t2019_hubei_signed_header_explanations() -> None:
    d = SEC2_19 | {"行政许可": ["233", "+15", "4512"]}
    s2 = sec2_2019_vals(d).replace("<td>本年增/减</td>", "<td>本年增/减(指2019年增加或减少的事项数，减用负值表示，如-8)</td>")
    s2 = s2.replace("<td>处理决定数量</td>", "<td>处理决定数量(指2019年办件量)</td>")
    r = r19(s2=s2)
    f = facts(r, "table")
    assert (f.get("active.permit.items_delta"), f.get("active.penalty.items_delta"),
            f.get("active.permit.decisions"), f.get("active.admin_fee.items_delta")) == (15, -5, 4512, -2)


def test_sec2_1234_wan_decisions() -> None:
    # "1.234万" in a count column means 12340 (and is an approximation of the exact count)
    r = one(URL, t2021_page(TITLE, s2=sec2_21(rows={"行政许可": ["1.234万"]})))
    f = fact(r, "active.permit.decisions", "table")
    assert f is not None and f.value == 12340


@pytest.mark.parametrize(("raw", "value"), [("1,234", 1234), ("1 234", 1234), ("1，234", 1234), ("1\u00a0234", 1234)])
def test_sec2_thousands_separators(raw: str, value: int) -> None:
    r = one(URL, t2021_page(TITLE, s2=sec2_21(rows={"行政处罚": [raw]})))
    assert facts(r, "table").get("active.penalty.decisions") == value


# ---------------------------------------------------------------------------------------------------------------
# 3. section 四
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "flag"), [("", "blank"), ("—", "dash"), ("-", "dash"), ("无", "wu"), ("/", "slash")])
def test_sec4_zero_spellings(cell: str, flag: str) -> None:
    vals: list[object] = [cell if v == 0 else v for v in BASE4]
    r = r21(s4=sec4(vals))
    f = facts(r, "table")
    assert [f.get(k) for k in ("review.upheld", "review.corrected", "review.pending", "review.total",
                               "litigation.direct.corrected", "litigation.after_review.total")] == [1, 0, 1, 2, 0, 1]
    assert fact(r, "review.corrected", "table").value_flag == flag
    assert failing(r) == set()


def test_sec4_zero_printed_as_chinese_ling() -> None:
    vals: list[object] = ["〇" if v == 0 else v for v in BASE4]
    r = r21(s4=sec4(vals))
    f = facts(r, "table")
    assert [f.get(k) for k in ("review.corrected", "review.total", "litigation.direct.other")] == [0, 2, 0]
    assert failing(r) == set()


def test_sec4_zero_printed_as_ling_character() -> None:
    vals: list[object] = ["零" if v == 0 else v for v in BASE4]
    r = r21(s4=sec4(vals))
    assert facts(r, "table").get("review.corrected") == 0
    assert failing(r) == set()


def test_sec4_without_total_columns() -> None:
    # 12 columns: the editor dropped the three 总计 columns; the parts are still read, no false R6
    heads4 = ["结果维持", "结果纠正", "其他结果", "尚未审结"]
    vals = [1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0]
    s4 = table([
        [td("行政复议", 1, 4), td("行政诉讼", 1, 8)],
        [*(td(w, 2) for w in heads4), td("未经复议直接起诉", 1, 4), td("复议后起诉", 1, 4)],
        [*(td(w) for w in heads4 * 2)],
        [*(td(v) for v in vals)],
    ])
    r = r21(s4=s4)
    f = facts(r, "table")
    assert [f.get(k) for k in ("review.upheld", "review.pending", "litigation.direct.upheld",
                               "litigation.after_review.upheld")] == [1, 1, 1, 1]
    assert not any(c.rule.startswith("R6") and not c.passed for c in r.checks)


def test_sec4_total_cells_blank_parts_filled() -> None:
    # totals left blank while results are filled: blank reads 0 (flag blank), so R6 must report it
    vals: list[object] = list(BASE4)
    vals[4] = ""
    r = r21(s4=sec4(vals))
    assert fact(r, "review.total", "table").value_flag == "blank"
    assert failing_families(r) == {"R6"}


def test_sec4_all_blank_no_facts() -> None:
    r = r21(s4=sec4([""] * 15))
    assert not any(k.startswith(("review.", "litigation.")) for k in facts(r, "table"))
    assert "litigation.total" not in facts(r, "derived")


# ---------------------------------------------------------------------------------------------------------------
# 4. checks: exact firing
# ---------------------------------------------------------------------------------------------------------------

def test_full_tables_checks_present_and_silent() -> None:
    r = r21()
    fams = {c.rule.split(".")[0] for c in r.checks}
    assert {"R1", "R2", "R3", "R6"} <= fams
    assert failing(r) == set()


def test_r1_only_in_business_column() -> None:
    data = copy.deepcopy(FULL21)
    data["apply.carried_out"] = list(data["apply.carried_out"])
    data["apply.carried_out"][1] += 2
    data["apply.carried_out"][6] += 2  # row still sums: R3 quiet
    r = r21(grid3(data, rows21()))
    assert failing(r) == {"R1.business", "R1.total"}


def test_r2_t2019_single_other_row() -> None:
    data = copy.deepcopy(FULL19)
    data["apply.outcome.other"] = [x + (1 if j in (0, 6) else 0) for j, x in enumerate(data["apply.outcome.other"])]
    data["apply.received_new"] = [x + (1 if j in (0, 6) else 0) for j, x in enumerate(data["apply.received_new"])]
    # outcome.total not updated: R2 fails for np and total; R1 also holds? received+1 vs total unchanged → R1 fails too
    r = r19(s3=grid3(data, rows19()))
    assert failing_families(r) == {"R1", "R2"}
    assert {c for c in failing(r) if c.startswith("R2")} == {"R2.natural_person", "R2.total"}


def test_r2_t2021_counts_other_subrows() -> None:
    # raise 3.其他 and the total consistently: R2 must include the 2021 sub-rows, so nothing fires
    data = copy.deepcopy(FULL21)
    for key in ("apply.outcome.other.misc", "apply.outcome.total", "apply.received_new"):
        data[key] = [x + (2 if j in (3, 6) else 0) for j, x in enumerate(data[key])]
    r = r21(grid3(data, rows21()))
    assert failing(r) == set()


def test_r3_only_on_received_row() -> None:
    data = copy.deepcopy(FULL21)
    data["apply.received_new"] = list(data["apply.received_new"])
    data["apply.received_new"][6] += 1  # total column off by one; R1.total fails too
    r = r21(grid3(data, rows21()))
    assert failing_families(r) == {"R1", "R3"}
    assert {c for c in failing(r) if c.startswith("R1")} == {"R1.total"}


def test_r4_subtotal_on_not_processed_header_row() -> None:
    # the （五）不予处理 header row carries numbers; consistent → quiet, off by one → R4
    def with_sub(delta: int) -> str:
        data = FULL21
        kids = [k for k in OUTCOME21 if k.startswith("apply.outcome.not_processed.")]
        sub = [sum(data[k][j] for k in kids) + (delta if j in (0, 6) else 0) for j in range(7)]
        html_ = grid3(data, rows21())
        old = '<td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>'
        assert old in html_
        return html_.replace(old, '<td colspan="2">（五）不予处理</td>' + "".join(td(v) for v in sub)
                             + '</tr><tr><td rowspan="5">小计以下</td><td>1.信访举报投诉类申请</td>')

    ok = r21(with_sub(0))
    assert failing(ok) == set()
    kids_total = sum(FULL21[k][6] for k in OUTCOME21 if k.startswith("apply.outcome.not_processed."))
    assert fact(ok, "apply.outcome.not_processed.total", "table").value == kids_total
    bad = r21(with_sub(1))
    assert failing_families(bad) == {"R4"}


def test_r5_fraction_in_section3() -> None:
    data = copy.deepcopy(FULL21)
    data["apply.carried_in"] = list(data["apply.carried_in"])
    s3 = grid3(data, rows21()).replace("".join(td(v) for v in data["apply.carried_in"]),
                                        "".join(td(v) for v in ["2", "0.5", "0", "1", "0", "0.5", "4"]), 1)
    r = r21(s3)
    assert "R5" in failing_families(r)


def test_r6_litigation_direct_block_only() -> None:
    vals = list(BASE4)
    vals[9] = 5  # direct: 1+0+0+0 != 5
    r = r21(s4=sec4(vals))
    assert failing_families(r) == {"R6"}
    assert [c.rule for c in r.checks if not c.passed and "direct" in c.rule]
    assert not [c.rule for c in r.checks if not c.passed and ("review" in c.rule or "after" in c.rule)]


def test_r6_t2019() -> None:
    r = r19(s4=sec4([2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))
    assert failing_families(r) == {"R6"}


@pytest.mark.parametrize(("fee", "fires"), [("12,345", True), ("1,234.5", False), ("1.2345万", False)])
def test_r9_with_thousands_separator(fee: str, fires: bool) -> None:
    r = one(URL, t2021_page("某某县交通运输局2021年政府信息公开工作年度报告", "某某县交通运输局", s2=sec2_21(fee=fee)))
    assert ("R9" in failing_families(r)) is fires
    assert failing_families(r) <= {"R9"}


def test_r9_not_applied_to_t2019_procurement_amount() -> None:
    # 采购总金额 (unit not printed) is not the 万元 fee column: a large value is not an R9 violation
    s2 = sec2_2019().replace("<td>356.8</td>", "<td>356800</td>")
    r = r19(s2=s2)
    assert facts(r, "table").get("active.procurement.amount") == 356800
    assert "R9" not in failing_families(r)


@pytest.mark.parametrize(("overview", "fires"), [
    ("本年度共收到政府信息公开申请{n}件。", False),
    ("本年度新收政府信息公开申请{m}件。", True),
    ("本年度共收到政府信息公开申请{n}件，结转下年度继续办理{co}件。", False),
    ("本年度共收到政府信息公开申请{n}件，结转下年度继续办理{cox}件。", True),
])
def test_r10_full_table(overview: str, fires: bool) -> None:
    n = FULL21["apply.received_new"][6]
    co = FULL21["apply.carried_out"][6]
    text = overview.format(n=n, m=n + 3, co=co, cox=co + 1)
    r = r21(overview=text)
    assert failing_families(r) == ({"R10"} if fires else set())


def test_r10_t2019() -> None:
    n = FULL19["apply.received_new"][6]
    ok = r19(overview=f"2019年共收到政府信息公开申请{n}件，全部按时答复。")
    bad = r19(overview=f"2019年共收到政府信息公开申请{n + 1}件，全部按时答复。")
    assert failing(ok) == set()
    assert failing_families(bad) == {"R10"}


# ---------------------------------------------------------------------------------------------------------------
# 5. placed values (text-only tables) and checks on them
# ---------------------------------------------------------------------------------------------------------------

PIPE_HEAD = [
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
    "自然人 | 法人或其他组织 | 总计 | |||||||",
    "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
]


def pipe_report(rows: list[str]) -> Report:
    text = "\n".join([
        "某某县人民政府2021年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
        "一、总体情况", "2021年，我县扎实推进政务公开。",
        "三、收到和处理政府信息公开申请情况", *PIPE_HEAD, *rows,
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议 | 行政诉讼 |",
        "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
        " | ".join(["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 2),
        " | ".join(["0"] * 15),
        "五、存在的主要问题及改进情况", "无。",
    ])
    return parse(("http://www.example.gov.cn/nb/2021.txt", text.encode()),
                 headers={"content-type": "text/plain; charset=utf-8"})


def _pipe_row(label: str, vals: list[object]) -> str:
    return label + " | " + " | ".join(str(v) for v in vals) + " |"


def test_placed_values_in_flattened_text_and_checks() -> None:
    rows = [
        "一、本年新收政府信息公开申请数量 | 5 | 2 | 7 |",  # 5+2=7 fits np+biz, np+res, biz+res ...: ambiguous
        _pipe_row("二、上年结转政府信息公开申请数量", [0] * 7),
        "三、本年度办理结果 | (一)予以公开 | 0 |",  # only zeros fit: placed
        _pipe_row("(七)总计", [5, 2, 0, 0, 0, 0, 7]),
        _pipe_row("四、结转下年度继续办理", [0] * 7),
    ]
    r = pipe_report(rows)
    granted = [f for f in r.facts if f.key.startswith("apply.outcome.granted.") and f.source == "table"]
    assert granted and {f.value_flag for f in granted} == {"placed"} and all(f.confidence < 1 for f in granted)
    assert not any(f.key.startswith("apply.received_new.") and f.source == "table" and f.key.endswith(".business")
                   for f in r.facts)  # ambiguous placement is not guessed
    assert not any(c.rule.startswith("R3") and not c.passed for c in r.checks)


def test_lost_cells_ambiguous_row_not_guessed_checks_quiet() -> None:
    # "3 | 3": any one of the six columns plus the total fits R3, so nothing is placed and no check misfires
    rows = [_pipe_row("一、本年新收政府信息公开申请数量", [3, 0, 0, 0, 0, 0, 3]),
            _pipe_row("二、上年结转政府信息公开申请数量", [0] * 7),
            "三、本年度办理结果 | (一)予以公开 | 3 | 3 |",
            _pipe_row("(七)总计", [3, 0, 0, 0, 0, 0, 3]),
            _pipe_row("四、结转下年度继续办理", [0] * 7)]
    r = pipe_report(rows)
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 3 and f.get("apply.outcome.total.natural_person") == 3
    assert "apply.outcome.granted.business" not in f
    assert not any(c.rule.startswith(("R1", "R3")) and not c.passed for c in r.checks)


# ---------------------------------------------------------------------------------------------------------------
# 6. derived keys (spec 2.6) and extreme values
# ---------------------------------------------------------------------------------------------------------------

def test_derived_keys_full_t2021() -> None:
    r = r21()
    d = facts(r, "derived")
    assert d.get("apply.received.total") == FULL21["apply.received_new"][6]
    for cat in ("withheld", "unavailable", "not_processed"):
        exp = sum(FULL21[k][6] for k in OUTCOME21 if k.startswith(f"apply.outcome.{cat}."))
        assert d.get(f"apply.outcome.{cat}.total") == exp, cat
    for row in ("apply.received_new", "apply.outcome.total", "apply.outcome.withheld.admin_query"):
        assert d.get(f"{row}.legal_entity", facts(r).get(f"{row}.legal_entity")) == sum(FULL21[row][1:6]), row
    assert d.get("litigation.total") == BASE4[9] + BASE4[14]
    flags = {f.value_flag for f in r.facts if f.source == "derived"}
    assert flags <= {"derived"}


def test_derived_keys_t2019_no_2021_other_sum() -> None:
    r = r19()
    d = facts(r, "derived")
    assert d.get("apply.received.total") == FULL19["apply.received_new"][6]
    assert facts(r, "table").get("apply.outcome.other.total") == FULL19["apply.outcome.other"][6]
    assert d.get("litigation.total") == 0


def test_derived_received_total_not_emitted_when_table_blank() -> None:
    blank = grid3({}, rows21(), blank="")
    r = r21(blank)
    assert "apply.received.total" not in facts(r, "derived")


def test_section3_all_blank_no_facts() -> None:
    r = r21(grid3({}, rows21(), blank=""))
    assert not sec3_cells(r)
    assert not any(c.rule.startswith(("R1", "R2", "R3")) and not c.passed for c in r.checks)


def test_section3_all_dashes_no_facts() -> None:
    r = r21(grid3({}, rows21(), blank="—"))
    assert not sec3_cells(r)


def test_section3_all_zero_is_reported() -> None:
    # printed zeros are a report of zero requests (unlike blanks)
    r = r21(grid3({}, rows21(), blank="0"))
    assert len(sec3_cells(r)) == 175
    assert facts(r, "table").get("apply.received_new.total") == 0
    assert failing(r) == set()


@pytest.mark.parametrize(("raw", "value"), [("1,234", 1234), ("1 234", 1234), ("１２３４", 1234)])
def test_section3_large_counts(raw: str, value: int) -> None:
    data = copy.deepcopy(BASE3)
    data["apply.outcome.granted"] = [5 + 1227, 1, 0, 0, 1, 0, 7 + 1227]
    data["apply.outcome.total"] = [10 + 1227, 2, 0, 0, 1, 0, 13 + 1227]
    data["apply.received_new"] = [10 + 1227, 3, 0, 0, 1, 0, 14 + 1227]
    s3 = sec3_2021(data)
    s3 = s3.replace(td(1234), td(raw))  # outcome.total.total = 1240; granted.total = 1234
    r = r21(s3)
    assert facts(r, "table").get("apply.outcome.granted.total") == value
    assert failing(r) == set()


def test_t2019_negative_delta_not_flagged_by_r5() -> None:
    # negative 本年增/减 is legitimate in section 二 of t2019; R5 is a section-三 rule
    r = r19(s2=sec2_2019_vals(SEC2_19))
    assert facts(r, "table").get("active.permit.items_delta") == -12
    assert "R5" not in failing_families(r)
    assert failing(r) == set()


def test_sec2_dash_cells_t2021() -> None:
    r = one(URL, t2021_page(TITLE, s2=sec2_21(rows={"规章": ["—", "—", "—"], "行政强制": ["/"]}, fee="—")))
    f = fact(r, "active.regulation.in_force", "table")
    assert f is not None and f.value == 0 and f.value_flag == "dash"
    assert fact(r, "active.coercion.decisions", "table").value_flag == "slash"
    assert failing(r) == set()


def test_sec2_all_blank_no_facts() -> None:
    blank = {k: ["", "", ""] for k in ("规章", "行政规范性文件")} | {k: [""] for k in ("行政许可", "行政处罚", "行政强制")}
    r = one(URL, t2021_page(TITLE, s2=sec2_21(rows=blank, fee="")))
    assert not any(k.startswith("active.") and k.split(".")[1] in ("regulation", "normative", "permit", "penalty",
                                                                 "coercion", "admin_fee") for k in facts(r, "table"))


def test_sec2_2021_fee_as_yuan_in_header() -> None:
    # header says 单位：元 instead of 万元: the value is stored in 万元 (spec 2.1 key unit) or flagged by R9 - not both wrong
    s2 = sec2_21(fee="35600").replace("本年收费金额（单位：万元）", "本年收费金额（单位：元）")
    r = one(URL, t2021_page("某某县交通运输局2021年政府信息公开工作年度报告", "某某县交通运输局", s2=s2))
    f = fact(r, "active.admin_fee.amount", "table")
    assert f is not None
    assert (f.unit == "元" and f.value == 35600) or (f.unit == "万元" and f.value == pytest.approx(3.56))
    assert "R9" not in failing_families(r)


def test_sec2_default_helper_still_parses() -> None:
    # sanity: the first probe's section 二 builder and this file's builder agree on shared rows
    r = one(URL, t2021_page(TITLE, s2=sec2_2021(fee="7.522")))
    assert facts(r, "table").get("active.permit.decisions") == 1260


# ---------------------------------------------------------------------------------------------------------------
# 7. more printed shapes
# ---------------------------------------------------------------------------------------------------------------

def test_section3_single_ling_cell_keeps_row() -> None:
    # one zero typed as "〇" (common when typists enter Chinese zero) must read 0, not drop the row
    s3 = grid3(FULL21, rows21()).replace(td(0), td("〇"), 1)
    r = r21(s3)
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_sec4_single_ling_cell() -> None:
    vals: list[object] = list(BASE4)
    vals[1] = "〇"
    r = r21(s4=sec4(vals))
    assert facts(r, "table").get("review.corrected") == 0
    assert facts(r, "table").get("review.total") == 2


def test_t2021_report_printed_with_2019_single_other_row() -> None:
    # a 2021 report that reused the old grid (（六）其他处理 without sub-rows): read the single row, no false R2
    data = full_data(OUTCOME19)
    r = r21(grid3(data, rows19()))
    f = facts(r)
    assert f.get("apply.outcome.other.total") == data["apply.outcome.other"][6]
    assert f.get("apply.outcome.total.total") == data["apply.outcome.total"][6]
    assert not any(c.rule.startswith("R2") and not c.passed for c in r.checks)


def test_individual_blank_cells_read_zero_with_flag() -> None:
    data = copy.deepcopy(FULL21)
    html_ = grid3(data, rows21())
    row = "".join(td(v) for v in data["apply.outcome.withheld.admin_query"])
    z = [v if v else "" for v in data["apply.outcome.withheld.admin_query"]]
    assert 0 in data["apply.outcome.withheld.admin_query"]
    at = html_.index("8.属于行政查询事项")
    r = r21(html_[:at] + html_[at:].replace(row, "".join(td(v) for v in z), 1))
    assert table_values(r, FULL21) == expected_values(FULL21)
    zero_col = COLS[data["apply.outcome.withheld.admin_query"].index(0)]
    assert fact(r, f"apply.outcome.withheld.admin_query.{zero_col}", "table").value_flag == "blank"
    assert failing(r) == set()


def test_header_without_corner_note_project_label() -> None:
    head = [td("项目", 3, 3) + td("申请人情况", 1, 7),
            td("自然人", 2) + td("法人或者其他组织", 1, 5) + td("总计", 2), "".join(td(x) for x in ORG)]
    r = r21(grid3(FULL21, rows21(), head_rows=head))
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_r10_approximate_prose_is_not_a_mismatch() -> None:
    n = FULL21["apply.received_new"][6]
    r = r21(overview=f"全年共收到政府信息公开申请{n - 2}余件，均已按时答复。")
    assert "R10" not in failing_families(r)


def test_sec2_spaced_labels_and_headers() -> None:
    s2 = sec2_21().replace("<td>行政规范性文件</td>", "<td>行政规范性 文件</td>").replace(
        "<td>本年制发件数</td>", "<td>本年制发<br>件数</td>").replace("<td>现行有效件数</td>", "<td>现行有效 件数</td>").replace(
        "<td>行政事业性收费</td>", "<td>行政事业性<br/>收费</td>").replace("<td>行政许可</td>", "<td>行 政 许 可</td>")
    r = one(URL, t2021_page(TITLE, s2=s2))
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_21_EXPECTED} == pytest.approx(SEC2_21_EXPECTED)


def test_sec4_headers_with_line_breaks() -> None:
    heads5 = ["结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "总计"]
    s4 = table([
        [td("行政复议", 1, 5), td("行政诉讼", 1, 10)],
        [*(td(w, 2) for w in heads5), td("未经复议<br>直接起诉", 1, 5), td("复议后<br>起诉", 1, 5)],
        [*(td(w) for w in heads5 * 2)],
        [*(td(v) for v in BASE4)],
    ])
    r = r21(s4=s4)
    f = facts(r, "table")
    assert [f.get(k) for k in ("review.upheld", "review.pending", "review.total", "litigation.direct.total",
                               "litigation.after_review.pending", "litigation.after_review.total")] == [1, 1, 2, 1, 0, 1]
    assert failing(r) == set()


def test_sec2_t2019_values_with_units_and_spaces() -> None:
    d = SEC2_19 | {"行政许可": ["233项", "-12项", "4512件"], "行政处罚": [" 512 ", "-5", "1208 件"]}
    r = r19(s2=sec2_2019_vals(d))
    f = facts(r, "table")
    assert (f.get("active.permit.items_prev"), f.get("active.permit.items_delta"), f.get("active.permit.decisions"),
            f.get("active.penalty.items_prev"), f.get("active.penalty.decisions")) == (233, -12, 4512, 512, 1208)


def test_r1_fires_on_placed_values() -> None:
    # the carried-in row lost its blanks ("| 0 |": zeros placed); R1 must still be checked with the placed zeros
    rows = [_pipe_row("一、本年新收政府信息公开申请数量", [5, 2, 0, 0, 0, 0, 7]),
            "二、上年结转政府信息公开申请数量 | 0 |",
            _pipe_row("三、本年度办理结果 | (一)予以公开", [5, 2, 0, 0, 0, 0, 7]),
            _pipe_row("(七)总计", [5, 2, 0, 0, 0, 0, 7]),
            _pipe_row("四、结转下年度继续办理", [1, 0, 0, 0, 0, 0, 1])]
    r = pipe_report(rows)
    assert fact(r, "apply.carried_in.total", "table").value_flag == "placed"
    assert {c for c in failing(r) if c.startswith("R1")} == {"R1.natural_person", "R1.total"}


def test_sec2_ling_cells() -> None:
    r = one(URL, t2021_page(TITLE, s2=sec2_21(rows={"规章": ["〇", "〇", "〇"]})))
    f = facts(r, "table")
    assert (f.get("active.regulation.issued"), f.get("active.regulation.in_force"),
            f.get("active.normative.in_force")) == (0, 0, 64)


def test_category_and_first_child_in_one_cell() -> None:
    # single label column; the category and its first child share one cell, split by a line break
    rows = [[td("项目"), *(td(x) for x in ("自然人", *ORG, "总计"))]]

    def vals(key: str) -> list[str]:
        return [td(v) for v in FULL21[key]]

    rows.append([td("一、本年新收政府信息公开申请数量"), *vals("apply.received_new")])
    rows.append([td("二、上年结转政府信息公开申请数量"), *vals("apply.carried_in")])
    for key, l2, l3, _cat in SEC3_2021:
        label = l2 if l3 is None else (f"{l2}<br>{l3}" if l2 else l3)
        rows.append([td(label), *vals(key)])
    rows.append([td("四、结转下年度继续办理"), *vals("apply.carried_out")])
    r = r21(table(rows))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_leading_empty_sliver_column() -> None:
    # Word exports sometimes add an empty 1-pixel column on the left of every row
    html_ = grid3(FULL21, rows21()).replace("<tr>", "<tr><td></td>")
    r = r21(html_)
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_t2020_report_is_t2019_with_full_grid() -> None:
    body = t2019_doc().replace("2019年", "2020年")
    r = one("http://www.example.gov.cn/art/2021/1/20/art_1.html",
            chrome_page("某某县人民政府2020年政府信息公开工作年度报告", body, date="2021-01-20"))
    assert (r.year, r.template) == (2020, "t2019")
    assert table_values(r, FULL19) == expected_values(FULL19)


def test_section3_without_total_row_checks_quiet() -> None:
    # a truncated grid without （七）总计: nothing to check R1/R2 against, so neither may fire
    html_ = grid3(FULL21, [r for r in rows21() if r[0] != "apply.outcome.total"])
    r = r21(html_)
    f = facts(r, "table")
    assert "apply.outcome.total.total" not in f
    assert f.get("apply.outcome.granted.total") == FULL21["apply.outcome.granted"][6]
    assert not any(c.rule.startswith(("R1", "R2")) and not c.passed for c in r.checks)


def test_sec4_printed_zeros_give_zero_litigation_total() -> None:
    r = r21(s4=sec4([0] * 15))
    assert facts(r, "table").get("review.total") == 0
    assert facts(r, "derived").get("litigation.total") == 0
    assert failing(r) == set()


def test_header_repeated_inside_one_table() -> None:
    # PDF-to-HTML converters keep one <table> (no rowspans) and repeat the 3 header rows where the page broke
    r = r21(flat_grid3(FULL21, repeat_header_before="4.保护第三方合法权益"))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def flat_grid3(data: dict[str, list[int]], *, repeat_header_before: str | None = None) -> str:
    """Section 三 without any rowspan (editors that cannot merge cells, PDF converters): 三、本年度办理结果 and the
    category are printed on every row; optionally the header rows are repeated before the row with this label."""
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    head = [td(corner, 1, 3) + td("申请人情况", 1, 7),
            td("", 1, 3) + td("自然人") + td("法人或其他组织", 1, 5) + td("总计"),
            td("", 1, 3) + td("") + "".join(td(x) for x in ORG) + td("")]

    def vals(key: str) -> str:
        return "".join(td(v) for v in data[key])

    body = [td("一、本年新收政府信息公开申请数量", colspan=3) + vals("apply.received_new"),
            td("二、上年结转政府信息公开申请数量", colspan=3) + vals("apply.carried_in")]
    cat_label = ""
    for key, l2, l3, _cat in SEC3_2021:
        if l3 == repeat_header_before:
            body.extend(head)
        if l3 is None:
            body.append(td("三、本年度办理结果") + td(l2, colspan=2) + vals(key))
            continue
        cat_label = l2 or cat_label
        body.append(td("三、本年度办理结果") + td(cat_label) + td(l3) + vals(key))
    body.append(td("四、结转下年度继续办理", colspan=3) + vals("apply.carried_out"))
    return '<table border="1">' + "".join(f"<tr>{x}</tr>" for x in head + body) + "</table>"


def test_level_labels_repeated_on_every_row() -> None:
    r = r21(flat_grid3(FULL21))
    assert table_values(r, FULL21) == expected_values(FULL21)
    assert failing(r) == set()


def test_all_category_subtotal_rows_printed_2021() -> None:
    # every category, （六）其他处理 included, printed with its own subtotal row above its children
    html_ = grid3(FULL21, rows21())
    for cat, word, n, first in (("withheld", "（三）不予公开", 8, "1.属于国家秘密"),
                                ("unavailable", "（四）无法提供", 3, "1.本机关不掌握相关政府信息"),
                                ("not_processed", "（五）不予处理", 5, "1.信访举报投诉类申请"),
                                ("other", "（六）其他处理", 3,
                                 "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")):
        kids = [k for k in OUTCOME21 if k.startswith(f"apply.outcome.{cat}.")]
        sub = "".join(td(sum(FULL21[k][j] for k in kids)) for j in range(7))
        old = f'<td rowspan="{n}">{word}</td><td>{first}</td>'
        assert old in html_
        html_ = html_.replace(old, f'<td rowspan="{n + 1}">{word}</td><td>小计</td>{sub}</tr><tr><td>{first}</td>')
    html_ = html_.replace('<td rowspan="22">三、本年度办理结果</td>', '<td rowspan="26">三、本年度办理结果</td>')
    r = r21(html_)
    assert table_values(r, FULL21) == expected_values(FULL21)
    t = facts(r, "table")
    assert t.get("apply.outcome.other.total") == sum(FULL21[k][6] for k in OUTCOME21 if ".other." in k)
    assert failing(r) == set()


def test_t2021_report_with_2019_section2_columns() -> None:
    # a 2021 report that kept the 2019 section-二 table: keys follow the printed columns, nothing folded into 2021 keys
    r = one(URL, t2021_page(TITLE, s2=sec2_2019_vals(SEC2_19)))
    f = facts(r, "table")
    assert (f.get("active.normative.public_total"), f.get("active.permit.items_delta"),
            f.get("active.admin_fee.items_prev")) == (88, -12, 9)
    assert "active.normative.in_force" not in f and "active.admin_fee.amount" not in f


def test_sec2_t2019_shared_header_for_five_six_eight() -> None:
    # compact 2019 layout: (五)(六)(八) in one table under one header 上一年项目数量 | 本年增/减 | 处理决定数量
    d = SEC2_19
    s2 = "".join([
        sec2_2019_vals(d).split("</table>")[0] + "</table>",
        table([[td("第二十条第（五）（六）（八）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               [td("行政许可"), *(td(x) for x in d["行政许可"])],
               [td("其他对外管理服务事项"), *(td(x) for x in d["其他对外管理服务事项"])],
               [td("行政处罚"), *(td(x) for x in d["行政处罚"])], [td("行政强制"), *(td(x) for x in d["行政强制"])],
               [td("行政事业性收费"), *(td(x) for x in d["行政事业性收费"]), td("—")]]),
    ])
    r = r19(s2=s2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_19_EXPECTED} == SEC2_19_EXPECTED
    assert "active.admin_fee.decisions" not in f


def test_sec2_t2019_captions_as_paragraphs() -> None:
    # captions printed as paragraphs above four caption-less tables
    tables = sec2_2019_vals(SEC2_19).split("</table>")[:4]
    caps = ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"]
    s2 = ""
    for cap, t in zip(caps, tables, strict=True):
        t = re.sub(r"<tr><td colspan=\"\d\">第二十条第（.）项</td></tr>", "", t)
        s2 += p(cap) + t + "</table>"
    assert "<td colspan" not in s2
    r = r19(s2=s2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_19_EXPECTED} == SEC2_19_EXPECTED


@pytest.mark.parametrize(("cell", "flag"), [("0", None), ("无", "wu")])
def test_row_printed_as_one_merged_cell(cell: str, flag: str | None) -> None:
    # 二、上年结转 with one cell spanning the 7 value columns ("0" or "无"): seven zeros
    data = copy.deepcopy(FULL21)
    data["apply.carried_in"] = [0] * 7
    data["apply.received_new"] = [x + y for x, y in zip(FULL21["apply.received_new"], FULL21["apply.carried_in"],
                                                         strict=True)]
    html_ = grid3(data, rows21())
    row = td("二、上年结转政府信息公开申请数量", colspan=3) + "".join(td(0) for _ in range(7))
    assert row in html_
    r = r21(html_.replace(row, td("二、上年结转政府信息公开申请数量", colspan=3) + td(cell, colspan=7)))
    assert table_values(r, data) == expected_values(data)
    assert fact(r, "apply.carried_in.total", "table").value_flag == flag
    assert failing(r) == set()
