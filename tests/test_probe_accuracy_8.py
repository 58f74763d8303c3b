"""Eighth independent accuracy probe of `parse_report`: the t2019/t2021 tables in shapes the earlier probes did not
try, and the consistency rules of spec 1(d) (R1-R6, R9, R10, O1-O7) firing exactly when a human sees the fault.

Built from the spec (1(b), 1(c), 1(d), 2.1-2.3, 2.6, 2.7) and from how portals serve the tables, not from the code:
section 三 split into two tables (columns 1-4 and 5-7), a 三 table continued on the next fetched page, header rows
repeated after a page break (same tbody, new tbody, page-number rows), section headings numbered with Arabic numerals
or printed without numbers, tables wrapped in extra <div>s/<tbody>s/layout tables, Word <p><span> cells, spacer rows
and columns, thousands separators and trailing 件, all-zero reports, very large values; section 四 split in two or
transposed; e2014 统计表 with a 序号 column, thousands separators and a page break for O1-O7.
Helpers of the first probe (tests/test_probe_accuracy.py) are reused.
"""

from __future__ import annotations

import copy

import pytest
from test_probe_accuracy import (
    CAT_SPAN,
    COLS,
    E2014_HEADINGS,
    E2014_ROWS,
    SEC3_2021,
    chrome_page,
    fact,
    facts,
    failing,
    failing_families,
    one,
    p,
    parse,
    sec2_2021,
    sec4,
    table,
    td,
)
from test_probe_accuracy_3 import expected_values as want
from test_probe_accuracy_3 import table_values as got

from pipelines.records import Report

URL = "http://www.example.gov.cn/art/2022/1/25/art_9931_5520.html"
URL19 = "http://www.example.gov.cn/art/2020/1/21/art_9931_4410.html"
TRS = "http://www.example.gov.cn/zwgk/xxgknb/202201/t20220125_4471"
TITLE21 = "某某县人民政府2021年政府信息公开工作年度报告"
AG21 = "某某县人民政府"
TITLE19 = "某某市生态环境局2019年政府信息公开工作年度报告"
AG19 = "某某市生态环境局"
ORG = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# ---------------------------------------------------------------------------------------------------------------
# data sets (spec 2.2 rows); every set satisfies R1, R2, R3 in every column
# ---------------------------------------------------------------------------------------------------------------

OUT21 = [k for k, *_ in SEC3_2021 if k != "apply.outcome.total"]
OUT19 = [k for k in OUT21 if not k.startswith("apply.outcome.other.")] + ["apply.outcome.other"]
ROWS21 = list(SEC3_2021)
ROWS19 = [r for r in SEC3_2021 if not r[0].startswith("apply.outcome.other")]
ROWS19.insert(-1, ("apply.outcome.other", "（六）其他处理", None, None))


def dataset(outcomes: dict[str, list[int]], ci: list[int], co: list[int], keys: list[str]) -> dict[str, list[int]]:
    data: dict[str, list[int]] = {}
    for k in keys:
        six = list(outcomes.get(k, [0] * 6))
        data[k] = [*six, sum(six)]
    tot6 = [sum(data[k][j] for k in keys) for j in range(6)]
    rec6 = [tot6[j] + co[j] - ci[j] for j in range(6)]
    assert min(rec6) >= 0
    for k, six in (("apply.received_new", rec6), ("apply.carried_in", ci), ("apply.outcome.total", tot6),
                   ("apply.carried_out", co)):
        data[k] = [*six, sum(six)]
    return data


OUTS = {
    "apply.outcome.granted": [12, 3, 1, 0, 2, 1],
    "apply.outcome.partial": [2, 1, 0, 0, 0, 0],
    "apply.outcome.withheld.third_party": [1, 0, 0, 0, 0, 0],
    "apply.outcome.withheld.process_info": [0, 1, 0, 0, 0, 0],
    "apply.outcome.unavailable.not_held": [5, 2, 0, 1, 0, 0],
    "apply.outcome.unavailable.unclear": [1, 0, 0, 0, 0, 0],
    "apply.outcome.not_processed.petition": [2, 0, 0, 0, 0, 0],
    "apply.outcome.not_processed.duplicate": [1, 0, 0, 0, 0, 1],
}
D21 = dataset(OUTS | {"apply.outcome.other.no_correction": [1, 0, 0, 0, 0, 0],
                      "apply.outcome.other.misc": [0, 0, 0, 0, 1, 0]}, [3, 1, 0, 0, 0, 0], [4, 0, 0, 0, 1, 0], OUT21)
D19 = dataset(OUTS | {"apply.outcome.other": [1, 0, 0, 0, 1, 0]}, [3, 1, 0, 0, 0, 0], [4, 0, 0, 0, 1, 0], OUT19)
BIG = dataset({
    "apply.outcome.granted": [12345, 2310, 87, 456, 1203, 998],
    "apply.outcome.partial": [1520, 33, 2, 0, 11, 9],
    "apply.outcome.withheld.third_party": [230, 4, 0, 0, 1, 0],
    "apply.outcome.unavailable.not_held": [3021, 120, 5, 9, 44, 17],
    "apply.outcome.not_processed.duplicate": [410, 2, 0, 0, 0, 1],
    "apply.outcome.other.misc": [77, 0, 0, 0, 0, 3],
}, [1088, 20, 0, 1, 5, 2], [1502, 31, 1, 0, 7, 4], OUT21)
ZERO21 = dataset({}, [0] * 6, [0] * 6, OUT21)
ZERO19 = dataset({}, [0] * 6, [0] * 6, OUT19)

S4 = [3, 1, 0, 1, 5, 2, 0, 1, 0, 3, 1, 1, 0, 0, 2]  # review 5, direct 3, after_review 2: R6 holds
S4_KEYS = [f"{b}.{c}" for b in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]


def mutate(data: dict[str, list[int]], key: str, deltas: dict[int, int]) -> dict[str, list[int]]:
    out = copy.deepcopy(data)
    out[key] = [v + deltas.get(j, 0) for j, v in enumerate(out[key])]
    return out


# ---------------------------------------------------------------------------------------------------------------
# section 三 builders
# ---------------------------------------------------------------------------------------------------------------

def label_rows(rows, *, restart_at: str | None = None, restart_label: str = "",
               cell=td) -> list[tuple[str, list[str]]]:
    """(row key, label cells) for every data row, Word layout (3 label columns, rowspans). With restart_at the
    level-1 cell 三、本年度办理结果 ends before that row and a new one (restart_label) spans the rest, as a PDF
    converter prints a table cut by a page break."""
    keys = [r[0] for r in rows]
    cut = keys.index(restart_at) if restart_at else None
    out = [("apply.received_new", [cell("一、本年新收政府信息公开申请数量", colspan=3)]),
           ("apply.carried_in", [cell("二、上年结转政府信息公开申请数量", colspan=3)])]
    for i, (key, l2, l3, cat) in enumerate(rows):
        cells = []
        if i == 0:
            cells.append(cell("三、本年度办理结果", rowspan=cut if cut else len(rows)))
        elif cut is not None and i == cut:
            cells.append(cell(restart_label, rowspan=len(rows) - cut))
        if l3 is None:
            cells.append(cell(l2, colspan=2))
        else:
            if l2 is not None:
                cells.append(cell(l2, rowspan=CAT_SPAN[cat]))
            cells.append(cell(l3))
        out.append((key, cells))
    out.append(("apply.carried_out", [cell("四、结转下年度继续办理", colspan=3)]))
    return out


def head_rows(cols=tuple(range(7)), *, cont: bool = False, spacer: bool = False, tag: str = "td") -> list[str]:
    orgs = [c for c in cols if 1 <= c <= 5]
    r1 = td(CORNER, 3, 3, tag) + (td("", 3, 1, tag) if spacer else "") \
        + td("申请人情况" + ("（续表）" if cont else ""), 1, len(cols), tag)
    r2 = (td("自然人", 2, 1, tag) if 0 in cols else "") + (td("法人或其他组织", 1, len(orgs), tag) if orgs else "") \
        + (td("总计", 2, 1, tag) if 6 in cols else "")
    r3 = "".join(td(ORG[c - 1], tag=tag) for c in orgs)
    return [r1, r2, r3]


def body_rows(data, rows=ROWS21, *, cols=tuple(range(7)), fmt=str, spacer: bool = False, value_cell=None,
              **lr) -> list[tuple[str, str]]:
    value_cell = value_cell or (lambda v: td(fmt(v)))
    out = []
    for key, cells in label_rows(rows, **lr):
        vals = data.get(key, [0] * 7)
        out.append((key, "".join(cells) + (td("") if spacer else "") + "".join(value_cell(vals[c]) for c in cols)))
    return out


def trs(rows: list[str]) -> str:
    return "".join(f"<tr>{r}</tr>" for r in rows)


def grid(data, rows=ROWS21, *, fmt=str, attrs: str = 'border="1" cellspacing="0" cellpadding="0"') -> str:
    return f"<table {attrs}><tbody>" + trs(head_rows() + [r for _, r in body_rows(data, rows, fmt=fmt)]) \
        + "</tbody></table>"


def split_cols(data, rows=ROWS21, *, second_head: str = "full") -> str:
    """Section 三 printed as two tables on a portrait page: columns 自然人…社会公益组织, then 法律服务机构/其他/总计."""
    a = head_rows((0, 1, 2, 3)) + [r for _, r in body_rows(data, rows, cols=(0, 1, 2, 3))]
    if second_head == "full":
        hb = head_rows((4, 5, 6), cont=True)
    else:  # a 2-row header without the corner note
        hb = [td("项目", 2, 3) + td("法人或其他组织", 1, 2) + td("总计", 2), td("法律服务机构") + td("其他")]
    b = hb + [r for _, r in body_rows(data, rows, cols=(4, 5, 6))]
    return (f'<table border="1"><tbody>{trs(a)}</tbody></table>' + p("（续表）")
            + f'<table border="1"><tbody>{trs(b)}</tbody></table>')


def with_repeat(data, rows=ROWS21, *, at: str, mode: str) -> str:
    """One table cut by a page break before row `at` (a category start)."""
    body = body_rows(data, rows, restart_at=at, restart_label="" if mode != "label" else "三、本年度办理结果")
    cut = [k for k, _ in body].index(at)
    first, second = [r for _, r in body[:cut]], [r for _, r in body[cut:]]
    if mode in ("same_tbody", "label"):
        return '<table border="1"><tbody>' + trs(head_rows() + first + head_rows() + second) + "</tbody></table>"
    if mode == "new_tbody":
        return ('<table border="1"><thead>' + trs(head_rows(tag="th")) + "</thead><tbody>" + trs(first)
                + "</tbody><tbody>" + trs(head_rows(tag="th") + second) + "</tbody></table>")
    if mode == "page_number":
        pn = td("— 7 —", colspan=10)
        return '<table border="1"><tbody>' + trs(head_rows() + first + [pn] + second) + "</tbody></table>"
    raise ValueError(mode)


def word_cell(text: object, rowspan: int = 1, colspan: int = 1, tag: str = "td") -> str:
    span = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return (f'<{tag} width="48" valign="center" style="width:36.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
            f'{span}><p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US" '
            f'style="font-size:10.5pt;font-family:仿宋_GB2312">{text}<o:p></o:p></span></p></{tag}>')


def layout(data, rows, kind: str) -> str:
    if kind == "split_cols":
        return split_cols(data, rows)
    if kind == "split_cols_short_head":
        return split_cols(data, rows, second_head="short")
    if kind == "split_cols_one_table":  # both halves stacked in one <table> (PDF converter output)
        a = head_rows((0, 1, 2, 3)) + [r for _, r in body_rows(data, rows, cols=(0, 1, 2, 3))]
        b = head_rows((4, 5, 6), cont=True) + [r for _, r in body_rows(data, rows, cols=(4, 5, 6))]
        return '<table border="1"><tbody>' + trs(a + [td("&nbsp;", colspan=7)] + b) + "</tbody></table>"
    if kind == "spacer_col":
        return '<table border="1"><tbody>' + trs(head_rows(spacer=True) + [r for _, r in body_rows(
            data, rows, spacer=True)]) + "</tbody></table>"
    if kind == "spacer_rows":
        body = [r for _, r in body_rows(data, rows)]
        blank = "".join(td("&nbsp;") for _ in range(10))
        body = [td("&nbsp;", colspan=10)] + body[:2] + [blank] + body[2:-1] + [blank] + body[-1:]
        return '<table border="1"><tbody>' + trs(head_rows() + body) + "</tbody></table>"
    if kind == "wrapped":
        cg = "<colgroup>" + '<col width="60">' * 3 + '<col width="40">' * 7 + "</colgroup>"
        body = [r for _, r in body_rows(data, rows)]
        return ('<div class="table-responsive"><div class="tbl-wrap" style="overflow-x:auto"><div align="center">'
                f'<table class="MsoNormalTable" border="1" width="100%">{cg}<tbody>{trs(head_rows())}</tbody>'
                f"<tbody>{trs(body[:2])}</tbody><tbody>{trs(body[2:-1])}</tbody><tbody>{trs(body[-1:])}</tbody>"
                "</table></div></div></div>")
    if kind == "word_cells":
        body = [r for _, r in body_rows(data, rows, cell=word_cell, value_cell=lambda v: word_cell(v))]
        head = [h.replace("<td", "<td style='border:solid 1pt'") for h in head_rows()]
        return '<div class="WordSection1"><table class="MsoNormalTable" border="0" cellspacing="0">' \
            + trs(head + body) + "</table></div>"
    if kind == "nested_layout":
        return ('<table width="100%" border="0"><tr><td align="center" valign="top">'
                + grid(data, rows) + "</td></tr></table>")
    if kind == "font_nbsp":
        body = [r for _, r in body_rows(data, rows, value_cell=lambda v: f'<td><font face="仿宋">&nbsp;{v}&nbsp;</font></td>')]
        return '<table border="1"><tbody>' + trs(head_rows() + body) + "</tbody></table>"
    if kind == "spacer_col_in_values":  # an empty, unlabelled column between 自然人 and 商业企业
        head = [td(CORNER, 3, 3) + td("申请人情况", 1, 8),
                td("自然人", 2) + td("", 2) + td("法人或其他组织", 1, 5) + td("总计", 2), "".join(td(x) for x in ORG)]
        body = ["".join(cells) + td(data[k][0]) + td("") + "".join(td(x) for x in data[k][1:])
                for k, cells in label_rows(rows)]
        return '<table border="1"><tbody>' + trs(head + body) + "</tbody></table>"
    if kind == "xubiao":  # the page break is marked by a 续表 row and the repeated header
        body = body_rows(data, rows, restart_at="apply.outcome.unavailable.not_held")
        cut = [k for k, _ in body].index("apply.outcome.unavailable.not_held")
        return '<table border="1"><tbody>' + trs(head_rows() + [x for _, x in body[:cut]] + [td("续表", colspan=10)]
                                                 + head_rows() + [x for _, x in body[cut:]]) + "</tbody></table>"
    if kind in ("same_tbody", "new_tbody", "page_number", "label"):
        at = "apply.outcome.unavailable.not_held"
        return with_repeat(data, rows, at=at, mode=kind)
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------------------------------------------

TITLES = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
          "存在的主要问题及改进情况", "其他需要报告的事项"]
CN = "一二三四五六"


def heading(i: int, style: str) -> str:
    t = TITLES[i]
    return {"cn": f"{CN[i]}、{t}", "arabic": f"{i + 1}.{t}", "arabic_dun": f"{i + 1}、{t}", "none": t,
            "part": f"第{CN[i]}部分 {t}", "bold_arabic": f"<strong>{i + 1}. {t}</strong>"}[style]


def sec2_19(vals: dict[str, list[str]] | None = None) -> str:
    d = {"规章": ["0", "0", "0"], "规范性文件": ["4", "4", "37"], "行政许可": ["120", "-8", "980"],
         "其他对外管理服务事项": ["15", "+2", "60"], "行政处罚": ["300", "0", "45"], "行政强制": ["20", "1", "3"],
         "行政事业性收费": ["6", "-1"], "政府集中采购": ["12", "356.8"]} | (vals or {})

    def row(name: str) -> list[str]:
        return [td(name), *(td(x) for x in d[name])]

    return "".join([
        table([[td("第二十条第（一）项", colspan=4)],
               [td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")],
               row("规章"), row("规范性文件")]),
        table([[td("第二十条第（五）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               row("行政许可"), row("其他对外管理服务事项")]),
        table([[td("第二十条第（六）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               row("行政处罚"), row("行政强制")]),
        table([[td("第二十条第（八）项", colspan=3)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减")], row("行政事业性收费")]),
        table([[td("第二十条第（九）项", colspan=3)],
               [td("信息内容"), td("采购项目数量"), td("采购总金额")], row("政府集中采购")]),
    ])


def doc(year: int, *, s2: str, s3: str, s4: str, overview: str = "", style: str = "cn", agency: str = AG21) -> str:
    h = [p(heading(i, style)) for i in range(6)]
    return "".join([
        p(f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{agency}编制。本报告中所列数据的"
          f"统计期限自{year}年1月1日起至{year}年12月31日止。"),
        h[0], p(overview or f"{year}年，{agency}坚持以公开为常态、不公开为例外，扎实推进政务公开工作。"),
        h[1], s2, h[2], s3, h[3], s4,
        h[4], p("一是公开内容不够全面；二是解读形式较为单一。下一步将加强业务培训。"),
        h[5], p("本年度未收取信息处理费。"),
    ])


def r21(s3: str | None = None, *, s2: str | None = None, s4: str | None = None, overview: str = "",
        style: str = "cn", title: str = TITLE21, agency: str = AG21, charset: str = "utf-8") -> Report:
    body = doc(2021, s2=s2 if s2 is not None else sec2_2021("3.5"), s3=s3 if s3 is not None else grid(D21),
               s4=s4 if s4 is not None else sec4(S4), overview=overview, style=style, agency=agency)
    return one(URL, chrome_page(title, body, charset=charset))


def r19(s3: str | None = None, *, s2: str | None = None, s4: str | None = None, overview: str = "",
        style: str = "cn") -> Report:
    body = doc(2019, s2=s2 if s2 is not None else sec2_19(), s3=s3 if s3 is not None else grid(D19, ROWS19),
               s4=s4 if s4 is not None else sec4(S4), overview=overview, style=style, agency=AG19)
    return one(URL19, chrome_page(TITLE19, body, date="2020-01-21"))


def sec4_got(report: Report) -> list[object]:
    f = facts(report, "table")
    return [f.get(k) for k in S4_KEYS]


def fails(report: Report, family: str) -> set[str]:
    return {c.rule for c in report.checks if not c.passed and c.rule.split(".")[0] == family}


# ---------------------------------------------------------------------------------------------------------------
# 1. section 三 printed shapes (spec 1(c) grid, 2.2 keys; every cell read, no check fires on a consistent table)
# ---------------------------------------------------------------------------------------------------------------

LAYOUTS = ["split_cols", "split_cols_short_head", "split_cols_one_table", "spacer_col", "spacer_rows", "wrapped", "word_cells",
           "nested_layout", "font_nbsp", "same_tbody", "new_tbody", "page_number", "label", "spacer_col_in_values",
           "xubiao"]


@pytest.mark.parametrize("kind", LAYOUTS)
def test_t2021_section3_layouts(kind: str) -> None:
    # spec 1(c)/2.2: the grid's cells keep their (row, column) meaning whatever the wrapping/splitting; 3.5 (page
    # breaks: repeated header rows dropped); 1(d): consistent data → no failing check
    r = r21(layout(D21, ROWS21, kind))
    assert r.template == "t2021"
    assert got(r, D21) == want(D21)
    assert failing(r) == set()


@pytest.mark.parametrize("kind", ["split_cols", "spacer_col", "same_tbody"])
def test_t2019_section3_layouts(kind: str) -> None:
    # spec 1(b): 2019 grid (（六）其他处理 one row, 23 rows × 7) in the same printed shapes
    r = r19(layout(D19, ROWS19, kind))
    assert r.template == "t2019"
    assert got(r, D19) == want(D19)
    assert failing(r) == set()


def test_split_cols_derived_keys() -> None:
    # spec 2.0/2.6: legal_entity = the five organisation columns, even when they sit in two different tables;
    # apply.received.total headline from the total column; 2021 other = sum of its three rows
    r = r21(split_cols(D21))
    f = facts(r)
    assert f.get("apply.received_new.legal_entity") == sum(D21["apply.received_new"][1:6])
    assert f.get("apply.outcome.granted.legal_entity") == sum(D21["apply.outcome.granted"][1:6])
    d = facts(r, "derived")
    assert d.get("apply.received.total") == D21["apply.received_new"][6]
    assert d.get("apply.outcome.other.total") == D21["apply.outcome.other.no_correction"][6] + \
        D21["apply.outcome.other.misc"][6]


# --- continued on the next fetched page (spec 3.5 cross-page splits; multi-page reports) ----------------------

def pager(cur: int, total: int) -> str:
    links = " ".join(f'<a href="t20220125_4471{"" if i == 0 else f"_{i}"}.html">{i + 1}</a>' for i in range(total))
    return (f'<div class="page"><script>createPageHTML({total}, {cur}, "t20220125_4471", "html");</script>'
            f"共{total}页 {links} 下一页 尾页</div>")


def split_pages(html_: str, cuts: list[str]) -> list[str]:
    parts, rest = [], html_
    for c in cuts:
        i = rest.index(c)
        parts.append(rest[:i])
        rest = rest[i:]
    return [*parts, rest]


def test_section3_continued_on_second_page_mid_category_no_header() -> None:
    # the table stops after 4.保护第三方合法权益 on page 1; page 2 continues with 5.属于三类内部事务信息 (no header, no
    # level-1/level-2 label cells: they were on page 1). A reader joins the two halves.
    body = body_rows(D21, ROWS21)
    cut = [k for k, _ in body].index("apply.outcome.withheld.internal_affairs")
    t1 = '<table border="1"><tbody>' + trs(head_rows() + [r for _, r in body[:cut]]) + "</tbody></table>"
    t2 = '<table border="1"><tbody>' + trs([r for _, r in body[cut:]]) + "</tbody></table>"
    full = doc(2021, s2=sec2_2021("3.5"), s3=t1 + "@@CUT@@" + t2, s4=sec4(S4))
    a, b = full.split("@@CUT@@")
    r = parse((TRS + ".html", chrome_page(TITLE21, a + pager(0, 2))),
              (TRS + "_1.html", chrome_page(TITLE21, b + pager(1, 2))))
    assert got(r, D21) == want(D21)
    assert failing(r) == set()
    assert r.part_urls == [TRS + ".html", TRS + "_1.html"]


def test_t2019_three_pages_header_repeated_on_page_two() -> None:
    # page 1: 一, 二 and the top of 三; page 2: repeated header + rest of 三 + 四; page 3: 五, 六
    body = body_rows(D19, ROWS19, restart_at="apply.outcome.withheld.state_secret", restart_label="")
    cut = [k for k, _ in body].index("apply.outcome.withheld.state_secret")
    t1 = '<table border="1"><tbody>' + trs(head_rows() + [r for _, r in body[:cut]]) + "</tbody></table>"
    t2 = '<table border="1"><tbody>' + trs(head_rows() + [r for _, r in body[cut:]]) + "</tbody></table>"
    full = doc(2019, s2=sec2_19(), s3=t1 + "@@CUT@@" + t2, s4=sec4(S4), agency=AG19)
    a, b = full.split("@@CUT@@")
    b, c = split_pages(b, [p(heading(4, "cn"))])
    r = parse(*[(TRS + ("" if i == 0 else f"_{i}") + ".html", chrome_page(TITLE19, x + pager(i, 3), date="2020-01-21"))
                for i, x in enumerate((a, b, c))])
    assert r.template == "t2019" and r.year == 2019
    assert got(r, D19) == want(D19)
    assert sec4_got(r) == S4
    assert failing(r) == set()


# --- section headings without Chinese numerals (spec 1(b)/1(c) six sections; numbering varies in the wild) ----

@pytest.mark.parametrize("style", ["arabic", "arabic_dun", "none", "part", "bold_arabic"])
def test_t2021_headings_numbering_styles(style: str) -> None:
    r = r21(style=style)
    assert r.template == "t2021"
    assert got(r, D21) == want(D21)
    assert sec4_got(r) == S4
    assert facts(r, "table").get("active.permit.decisions") == 1260
    assert failing(r) == set()


def test_t2019_headings_without_numbers() -> None:
    r = r19(style="none")
    assert r.template == "t2019"
    assert got(r, D19) == want(D19)
    assert facts(r, "table").get("active.permit.items_delta") == -8
    assert failing(r) == set()


# --- numbers: thousands separators, trailing 件, very large values (spec 2.7 Numbers / Units) ------------------

@pytest.mark.parametrize("fmt", [
    lambda v: f"{v:,}",
    lambda v: f"{v:,}件",
    lambda v: f"{v} 件",
    lambda v: f"{v:,}".replace(",", "，"),
], ids=["comma", "comma_jian", "space_jian", "fullwidth_comma"])
def test_section3_large_values_separators(fmt) -> None:
    r = r21(grid(BIG, fmt=fmt))
    assert got(r, BIG) == want(BIG)
    assert BIG["apply.received_new"][6] > 10000
    assert failing(r) == set()


def test_section3_large_values_derived_and_raw() -> None:
    # spec 2.0 keeps the printed cell in raw_value; 2.6 headline derived from the total column
    r = r21(grid(BIG, fmt=lambda v: f"{v:,}"))
    f = fact(r, "apply.outcome.granted.natural_person", "table")
    assert f is not None and f.value == 12345 and f.raw_value == "12,345"
    assert facts(r, "derived").get("apply.received.total") == BIG["apply.received_new"][6]
    assert facts(r).get("apply.outcome.granted.legal_entity") == sum(BIG["apply.outcome.granted"][1:6])


def test_section4_large_values_with_separators() -> None:
    vals = [1203, 15, 7, 88, 1313, 2041, 3, 0, 112, 2156, 17, 1, 0, 2, 20]
    r = r21(s4=sec4([f"{v:,}" for v in vals]))
    f = facts(r, "table")
    assert [f.get(k) for k in S4_KEYS] == vals
    assert facts(r, "derived").get("litigation.total") == 2156 + 20
    assert failing(r) == set()


def test_section2_large_values_separators_and_units() -> None:
    # spec 2.1 keys, 2.7 numbers; a fee under 10 000 万元 is not an R9 case
    s2 = sec2_2021("9,999.99").replace("<td>1260</td>", "<td>1,234,567</td>").replace(
        "<td>56</td>", "<td>23,456件</td>").replace("<td>25</td>", "<td>1,025</td>")
    r = r21(s2=s2)
    f = facts(r, "table")
    assert (f.get("active.permit.decisions"), f.get("active.penalty.decisions"), f.get("active.normative.in_force"),
            f.get("active.admin_fee.amount")) == (1234567, 23456, 1025, pytest.approx(9999.99))
    assert "R9" not in failing_families(r)


# --- all-zero reports (spec 2.7: printed zeros are a report of zero, not "missing") ----------------------------

def test_t2021_all_zero_report() -> None:
    s2 = sec2_2021("0.00").replace("<td>1260</td>", "<td>0</td>").replace("<td>56</td>", "<td>0</td>").replace(
        "<td>4</td>", "<td>0</td>").replace("<td>3</td>", "<td>0</td>").replace("<td>1</td>", "<td>0</td>").replace(
        "<td>25</td>", "<td>0</td>")
    r = r21(grid(ZERO21), s2=s2, s4=sec4([0] * 15),
            overview="2021年，本机关未收到政府信息公开申请，未发生政府信息公开行政复议、行政诉讼案件。")
    assert not r.tables_missing
    assert got(r, ZERO21) == want(ZERO21)
    f = facts(r, "table")
    assert f.get("active.admin_fee.amount") == 0 and f.get("active.permit.decisions") == 0
    assert sec4_got(r) == [0] * 15
    assert facts(r, "derived").get("litigation.total") == 0
    fams = {c.rule.split(".")[0] for c in r.checks}
    assert {"R1", "R2", "R3", "R6"} <= fams
    assert failing(r) == set()


def test_t2019_all_zero_report_with_jian() -> None:
    r = r19(grid(ZERO19, ROWS19, fmt=lambda v: f"{v}件"), s4=sec4(["0件"] * 15))
    assert not r.tables_missing
    assert got(r, ZERO19) == want(ZERO19)
    assert len([k for k in facts(r, "table") if k.startswith("apply.") and k.split(".")[-1] in COLS]) == 161
    assert failing(r) == set()


# ---------------------------------------------------------------------------------------------------------------
# 2. section 二 shapes (spec 2.1)
# ---------------------------------------------------------------------------------------------------------------

def test_t2021_section2_one_merged_table() -> None:
    # all four captions in one 4-column table, each block with its own 信息内容 header row
    s2 = table([
        [td("第二十条第（一）项", colspan=4)],
        [td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")],
        [td("规章"), td("1"), td("0"), td("12")], [td("行政规范性文件"), td("9"), td("4"), td("133")],
        [td("第二十条第（五）项", colspan=4)],
        [td("信息内容"), td("本年处理决定数量", colspan=3)], [td("行政许可"), td("5,318", colspan=3)],
        [td("第二十条第（六）项", colspan=4)],
        [td("信息内容"), td("本年处理决定数量", colspan=3)], [td("行政处罚"), td("764", colspan=3)],
        [td("行政强制"), td("21", colspan=3)],
        [td("第二十条第（八）项", colspan=4)],
        [td("信息内容"), td("本年收费金额（单位：万元）", colspan=3)], [td("行政事业性收费"), td("128.06", colspan=3)],
    ])
    r = r21(s2=s2)
    f = facts(r, "table")
    exp = {"active.regulation.issued": 1, "active.regulation.in_force": 12, "active.normative.issued": 9,
           "active.normative.repealed": 4, "active.normative.in_force": 133, "active.permit.decisions": 5318,
           "active.penalty.decisions": 764, "active.coercion.decisions": 21, "active.admin_fee.amount": 128.06}
    assert {k: f.get(k) for k in exp} == pytest.approx(exp)
    assert fact(r, "active.admin_fee.amount", "table").unit == "万元"
    assert failing(r) == set()


def test_t2021_section2_wrapped_with_spacer_rows() -> None:
    s2 = sec2_2021("3.5").replace("<table", '<div class="tb"><div style="overflow:auto"><table').replace(
        "</table>", "</table></div></div>").replace("<tbody>", '<tbody><tr><td colspan="4">&nbsp;</td></tr>')
    r = r21(s2=s2)
    f = facts(r, "table")
    assert (f.get("active.normative.issued"), f.get("active.normative.in_force"), f.get("active.permit.decisions"),
            f.get("active.coercion.decisions"), f.get("active.admin_fee.amount")) == (3, 25, 1260, 4, 3.5)


def test_t2019_procurement_amount_with_unit_in_cell() -> None:
    # spec 2.1: 采购总金额 keeps the printed unit (the template prints none; here the cell says 万元)
    r = r19(s2=sec2_19({"政府集中采购": ["12个", "356.8万元"]}))
    f = fact(r, "active.procurement.amount", "table")
    assert f is not None and f.value == pytest.approx(356.8) and f.unit == "万元"
    assert facts(r, "table").get("active.procurement.projects") == 12
    assert "R9" not in failing_families(r)


# ---------------------------------------------------------------------------------------------------------------
# 3. section 四 shapes (spec 2.3, R6)
# ---------------------------------------------------------------------------------------------------------------

def sec4_split(v: list[object]) -> str:
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return (table([[td("行政复议", 1, 5)], [td(w) for w in heads5], [td(x) for x in v[:5]]])
            + table([[td("行政诉讼", 1, 10)], [td("未经复议直接起诉", 1, 5), td("复议后起诉", 1, 5)],
                     [td(w) for w in heads5 * 2], [td(x) for x in v[5:]]]))


def sec4_transposed(v: list[object]) -> str:
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [[td("项目", 2), td("行政复议", 2), td("行政诉讼", 1, 2)], [td("未经复议直接起诉"), td("复议后起诉")]]
    rows += [[td(w), td(v[i]), td(v[5 + i]), td(v[10 + i])] for i, w in enumerate(heads5)]
    return table(rows)


S4_SHAPES = {"standard": sec4, "split": sec4_split, "transposed": sec4_transposed}


@pytest.mark.parametrize("shape", list(S4_SHAPES))
def test_section4_shapes_values_and_r6_quiet(shape: str) -> None:
    r = r21(s4=S4_SHAPES[shape](list(S4)))
    assert sec4_got(r) == S4
    assert facts(r, "derived").get("litigation.total") == 5
    assert {c.rule for c in r.checks if c.rule.startswith("R6")} == {
        "R6.review", "R6.litigation.direct", "R6.litigation.after_review"}
    assert failing(r) == set()


@pytest.mark.parametrize(("shape", "idx", "rule"), [
    ("standard", 3, "R6.review"),  # review pending 1 → 2: 3+1+0+2 ≠ 5
    ("split", 7, "R6.litigation.direct"),  # direct other 1 → 3
    ("transposed", 11, "R6.litigation.after_review"),  # after-review corrected 1 → 4
])
def test_section4_r6_fires_on_one_block(shape: str, idx: int, rule: str) -> None:
    v = list(S4)
    v[idx] += 2 if idx != 11 else 3
    r = r21(s4=S4_SHAPES[shape](v))
    assert failing(r) == {rule}


def test_r6_t2019_pending_only() -> None:
    # 2019 section 四 identical (1(b)); a review still pending counts in the total
    v = [0, 0, 0, 2, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    assert sec4_got(r19(s4=sec4(v))) == v
    assert failing(r19(s4=sec4(v))) == set()
    v[4] = 1
    assert failing(r19(s4=sec4(v))) == {"R6.review"}


# ---------------------------------------------------------------------------------------------------------------
# 4. checks R1-R5 on section 三 (spec 1(d)): fire exactly on the injected fault, in unusual shapes
# ---------------------------------------------------------------------------------------------------------------

def test_r1_research_column_across_split_tables() -> None:
    # carried_out research +1 (and its total +1, so R3 holds): only R1 in research and total
    data = mutate(D21, "apply.carried_out", {2: 1, 6: 1})
    r = r21(split_cols(data))
    assert failing(r) == {"R1.research", "R1.total"}


def test_r1_t2019_other_org_column_spacer_layout() -> None:
    data = mutate(D19, "apply.carried_in", {5: 2, 6: 2})
    r = r19(layout(data, ROWS19, "spacer_col"))
    assert failing(r) == {"R1.other_org", "R1.total"}


def test_r2_natural_person_child_raised() -> None:
    # granted np +1 (row total +1): the children no longer add up to （七）总计 in np and total; R1 untouched
    data = mutate(D21, "apply.outcome.granted", {0: 1, 6: 1})
    r = r21(layout(data, ROWS21, "same_tbody"))
    assert failing(r) == {"R2.natural_person", "R2.total"}


def test_r2_counts_2021_fee_unpaid_row() -> None:
    # a value only in 2.申请人逾期未按收费通知要求缴纳费用… (nonprofit) not carried into the total: R2 nonprofit/total
    data = mutate(D21, "apply.outcome.other.fee_unpaid", {3: 1, 6: 1})
    r = r21(grid(data))
    assert failing(r) == {"R2.nonprofit", "R2.total"}


def test_r3_one_child_row_total_wrong() -> None:
    # 2.没有现成信息需要另行制作: total 1 while every applicant column is 0 → R3 on that row; the printed (七)总计
    # total then differs from the sum of the outcome totals → R2.total; nothing else
    data = mutate(D21, "apply.outcome.unavailable.needs_creation", {6: 1})
    r = r21(grid(data))
    assert failing_families(r) == {"R2", "R3"}
    r3 = fails(r, "R3")
    assert len(r3) == 1 and "needs_creation" in next(iter(r3))
    assert fails(r, "R2") == {"R2.total"}


def test_r3_and_r1_on_large_carried_out_total() -> None:
    data = mutate(BIG, "apply.carried_out", {6: 10})
    r = r21(grid(data, fmt=lambda v: f"{v:,}"))
    assert failing_families(r) == {"R1", "R3"}
    assert fails(r, "R1") == {"R1.total"}
    assert len(fails(r, "R3")) == 1 and "carried_out" in next(iter(fails(r, "R3")))


def flat_single_label(data, *, sub_delta: dict[int, int] | None = None, rows=None, outcomes=None,
                      skewed: str = "withheld") -> str:
    """One label column, no rowspans; every category row （三）…（六） carries its subtotal (spec 1(c): accept, check
    against the children: R4). `sub_delta` skews the `skewed` category's subtotal per column; `rows`/`outcomes`
    default to the 2021 grid (SEC3_2021, OUT21)."""
    head = [td("项目", 2) + td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2), "".join(td(x) for x in ORG)]

    def vals(v: list[int]) -> str:
        return "".join(td(x) for x in v)

    body = [td("一、本年新收政府信息公开申请数量") + vals(data["apply.received_new"]),
            td("二、上年结转政府信息公开申请数量") + vals(data["apply.carried_in"]),
            td("三、本年度办理结果", colspan=8)]
    for key, l2, l3, cat in rows or SEC3_2021:
        if l2 is not None and l3 is not None:
            kids = [k for k in outcomes or OUT21 if k.startswith(f"apply.outcome.{cat}.")]
            sub = [sum(data[k][j] for k in kids) for j in range(7)]
            if cat == skewed and sub_delta:
                sub = [x + sub_delta.get(j, 0) for j, x in enumerate(sub)]
            body.append(td(l2) + vals(sub))
        body.append(td(l3 or l2) + vals(data[key]))
    body.append(td("四、结转下年度继续办理") + vals(data["apply.carried_out"]))
    return '<table border="1"><tbody>' + trs(head + body) + "</tbody></table>"


def test_r4_category_rows_consistent_quiet() -> None:
    r = r21(flat_single_label(D21))
    assert got(r, D21) == want(D21)
    t = facts(r, "table")
    assert t.get("apply.outcome.unavailable.total") == sum(D21[k][6] for k in OUT21 if ".unavailable." in k)
    assert "R4" in {c.rule.split(".")[0] for c in r.checks}
    assert failing(r) == set()


def test_r4_withheld_subtotal_off_in_business() -> None:
    # （三）不予公开 printed 1 too many in 商业企业 and in 总计 (row sum still holds): R4 only; R2 adds the 8 children
    r = r21(flat_single_label(D21, sub_delta={1: 1, 6: 1}))
    assert failing_families(r) == {"R4"}


def test_r5_negative_cell_compensated() -> None:
    # 1.属于国家秘密 printed "1 | -1 | … | 0": every sum still holds, only R5 (integers ≥ 0) sees it
    data = mutate(D21, "apply.outcome.withheld.state_secret", {0: 1, 1: -1})
    data = mutate(data, "apply.outcome.granted", {0: -1, 1: 1})
    r = r21(grid(data))
    assert facts(r, "table").get("apply.outcome.withheld.state_secret.business") == -1
    assert failing_families(r) == {"R5"}


def test_r5_negative_cell_t2019() -> None:
    data = mutate(D19, "apply.outcome.other", {2: -1, 0: 1})
    data = mutate(data, "apply.outcome.partial", {2: 1, 0: -1})
    r = r19(grid(data, ROWS19))
    assert failing_families(r) == {"R5"}


# ---------------------------------------------------------------------------------------------------------------
# 5. R9 (2021 fee in 万元) and R10 (prose vs table)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("fee", "fires"), [("10000", True), ("10,000.00", True), ("25000万元", True),
                                            ("9999.99", False), ("0.00", False)])
def test_r9_fee_threshold(fee: str, fires: bool) -> None:
    r = r21(s2=sec2_2021(fee), title="某某县农业农村局2021年政府信息公开工作年度报告", agency="某某县农业农村局")
    assert ("R9" in failing_families(r)) is fires
    assert failing_families(r) <= {"R9"}


def test_r9_never_on_t2019_fee_items() -> None:
    # 2019 (八) counts fee items, not money: a big item count is not an R9 case
    r = r19(s2=sec2_19({"行政事业性收费": ["12000", "-30"]}))
    assert facts(r, "table").get("active.admin_fee.items_prev") == 12000
    assert "R9" not in failing_families(r)


N = D21["apply.received_new"][6]
CI = D21["apply.carried_in"][6]
CO = D21["apply.carried_out"][6]


@pytest.mark.parametrize(("overview", "fires"), [
    (f"本年度新收政府信息公开申请{N}件，上年结转政府信息公开申请{CI}件，结转下年度继续办理{CO}件。", False),
    (f"本年度新收政府信息公开申请{N + 2}件，均已依法答复。", True),
    (f"全年共收到政府信息公开申请{N}件，上年结转{CI + 1}件。", True),
    (f"全年共收到政府信息公开申请{N}件，结转下年度继续办理{CO - 1}件。", True),
    ("全年发生政府信息公开行政复议5件、行政诉讼5件。", False),
    ("全年发生政府信息公开行政复议6件。", True),
    ("全年因政府信息公开被提起行政诉讼7件。", True),
], ids=["all_match", "received_off", "carried_in_off", "carried_out_off", "review_lit_match", "review_off",
        "litigation_off"])
def test_r10_overview_against_table(overview: str, fires: bool) -> None:
    r = r21(overview=overview)
    assert failing_families(r) == ({"R10"} if fires else set())


def test_r10_large_number_with_separator_matches() -> None:
    n = BIG["apply.received_new"][6]
    ok = r21(grid(BIG, fmt=lambda v: f"{v:,}"), overview=f"全年共收到政府信息公开申请{n:,}件，同比增长12%。")
    bad = r21(grid(BIG, fmt=lambda v: f"{v:,}"), overview=f"全年共收到政府信息公开申请{n + 100:,}件，同比增长12%。")
    assert failing(ok) == set()
    assert failing_families(bad) == {"R10"}


def test_r10_t2019_carried_out_mismatch() -> None:
    co = D19["apply.carried_out"][6]
    r = r19(overview=f"2019年共收到政府信息公开申请{D19['apply.received_new'][6]}件，结转下年度继续办理{co + 3}件。")
    assert failing_families(r) == {"R10"}


def test_r10_prose_in_arabic_numbered_overview() -> None:
    # the 总体情况 section headed "1.总体情况": its numbers still checked against the table
    r = r21(style="arabic", overview=f"全年共收到政府信息公开申请{N + 1}件。")
    assert failing_families(r) == {"R10"}


# ---------------------------------------------------------------------------------------------------------------
# 6. e2014 统计表 (spec 1(a), 2.4) and O1-O7 (spec 1(d))
# ---------------------------------------------------------------------------------------------------------------

SCALE = 37
E14 = {k: v * SCALE for k, _l, _u, v in E2014_ROWS}


def e2014_rows(vals: dict[str, int], *, fmt=lambda v: f"{v:,}", extra: list[tuple[str, str, str, int]] = ()):
    """[(seq, label, unit, value)] with the heading rows of the form; `extra` rows inserted after their anchor key."""
    rows, n = [], 0
    for key, label, unit, _v in E2014_ROWS:
        if key in E2014_HEADINGS:
            rows.append(("", E2014_HEADINGS[key], "—", "—"))
        n += 1
        rows.append((str(n), label, unit, fmt(vals[key])))
        for anchor, xl, xu, xv in extra:
            if anchor == key:
                n += 1
                rows.append((str(n), xl, xu, fmt(xv)))
    return rows


def e2014_table(rows, *, cut_before: str | None = None) -> str:
    head = [td("序号"), td("统计指标"), td("单位"), td("统计数")]
    out, tables = [head], []
    for seq, label, unit, val in rows:
        if cut_before and label == cut_before and not tables:  # first occurrence only
            tables.append(out)
            out = [head]
        out.append([td(seq), td(label), td(unit), td(val)])
    tables.append(out)
    return [p("附件") + p("政府信息公开情况统计表") + p("（2016年度）") + p("填报单位（盖章）：某某县人民政府办公室")
            + table(t) if i == 0 else table(t) for i, t in enumerate(tables)]


def e2014_doc(prose: str = "") -> str:
    return "".join([
        p("本报告是根据《中华人民共和国政府信息公开条例》要求，由某某县人民政府办公室编制。本报告中所列数据的统计期限自"
          "2016年1月1日起至2016年12月31日止。"),
        p("一、概述"), p(prose or "2016年，我县认真贯彻落实国务院办公厅关于全面推进政务公开工作的意见。"),
        p("二、主动公开政府信息情况"), p("我县通过政府网站、政务微博、政务微信等渠道主动公开政府信息。"),
        p("三、依申请公开政府信息办理情况"), p("对收到的申请均在法定期限内予以答复。"),
        p("四、政府信息公开的收费及减免情况"), p("未收取任何费用。"),
        p("五、因政府信息公开申请行政复议、提起行政诉讼的情况"), p("详见附表。"),
        p("六、政府信息公开工作存在的主要问题及改进情况"), p("工作机制有待完善。"),
    ])


def e2014_report(vals: dict[str, int], *, prose: str = "", extra=(), cut_before: str | None = None,
                 pages: int = 1) -> Report:
    intro = e2014_doc(prose)
    tabs = e2014_table(e2014_rows(vals, extra=list(extra)), cut_before=cut_before)
    sign = p("单位负责人：张三 审核人：李四 填报人：王五 联系电话：0571-12345678 填表日期：2017年1月10日")
    title = "某某县人民政府办公室2016年政府信息公开工作年度报告"
    url = "http://www.example.gov.cn/art/2017/3/20/art_1229_3310.html"
    if pages == 1:
        return one(url, chrome_page(title, intro + "".join(tabs) + sign, date="2017-03-20"))
    assert len(tabs) == 2
    return parse((url, chrome_page(title, intro + tabs[0] + '<div class="page">共2页 <a href="?page=2">下一页</a></div>',
                                   date="2017-03-20")),
                 (url + "?page=2", chrome_page(title, tabs[1] + sign, date="2017-03-20")))


def test_e2014_seq_column_separators_consistent() -> None:
    # spec 1(a) form with a 序号 column, every count ×37 printed with thousands separators; O1-O7 all hold
    r = e2014_report(E14)
    assert r.template == "e2014"
    f = facts(r, "table")
    assert {k: f.get(k) for k in E14} == E14
    fams = {c.rule.split(".")[0] for c in r.checks}
    assert {"O1", "O2", "O3", "O4", "O5", "O6", "O7"} <= fams
    assert failing(r) == set()


def test_e2014_table_continued_on_second_page() -> None:
    # the form breaks before 四、行政复议数量; page 2 repeats the 序号/统计指标/单位/统计数 header
    r = e2014_report(E14, cut_before="四、行政复议数量", pages=2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in E14} == E14
    assert failing(r) == set()


E2014_FAULTS = [
    ({"apply.channel.fax": E14["apply.channel.fax"] + 1}, "O1"),
    ({"apply.closed.extended": E14["apply.closed.extended"] + 2}, "O2"),
    ({"apply.answer.not_exist": E14["apply.answer.not_exist"] + 1}, "O3"),
    ({"apply.answer.denied.commercial_secret": 3}, "O4"),
    ({"review.other": 1}, "O5"),
    ({"litigation.corrected": 4}, "O5"),
    ({"org.staff_fulltime": E14["org.staff_fulltime"] + 1}, "O6"),
    ({"response.online_interviews_by_head": E14["response.online_interviews"] + 1}, "O6"),
    ({"active.channel.weibo": E14["active.items_total"] + 1}, "O7"),
]


@pytest.mark.parametrize(("change", "family"), E2014_FAULTS,
                         ids=["O1_fax", "O2_extended", "O3_not_exist", "O4_commercial", "O5_review_other",
                              "O5_litigation_corrected", "O6_staff", "O6_interviews_by_head", "O7_weibo"])
def test_e2014_o_rules_fire_exactly(change: dict[str, int], family: str) -> None:
    r = e2014_report(E14 | change)
    assert failing_families(r) == {family}


def test_e2014_o1_extra_email_channel() -> None:
    # spec O1: received = in_person + fax + online + letter + any extra local channel (电子邮件申请数)
    vals = E14 | {"apply.received.total": E14["apply.received.total"] + 5,
                  "apply.closed.total": E14["apply.closed.total"] + 5,
                  "apply.closed.on_time": E14["apply.closed.on_time"] + 5,
                  "apply.answer.total": E14["apply.answer.total"] + 5,
                  "apply.answer.granted": E14["apply.answer.granted"] + 5}
    r = e2014_report(vals, extra=[("apply.channel.letter", "5.电子邮件申请数", "件", 5)])
    assert facts(r, "table").get("apply.received.total") == vals["apply.received.total"]
    assert failing(r) == set()


def test_e2014_o7_each_channel_le_total_sum_may_exceed() -> None:
    # website equal to the total and the sum of channels far above it: O7 is "each channel ≤ total" only
    vals = E14 | {"active.channel.website": E14["active.items_total"]}
    r = e2014_report(vals)
    assert sum(vals[f"active.channel.{c}"] for c in ("gazette", "website", "weibo", "wechat", "other")) > \
        vals["active.items_total"]
    assert failing(r) == set()


def test_e2014_r10_prose_with_separator() -> None:
    items = E14["active.items_total"]
    ok = e2014_report(E14, prose=f"全年主动公开政府信息{items:,}条，全年共收到政府信息公开申请{E14['apply.received.total']}件。")
    bad = e2014_report(E14, prose=f"全年主动公开政府信息{items + 500:,}条。")
    assert failing(ok) == set()
    assert failing_families(bad) == {"R10"}


# ---------------------------------------------------------------------------------------------------------------
# 7. more printed shapes and check edge cases
# ---------------------------------------------------------------------------------------------------------------

def with_leading_rows(data, rows, extra: list[str]) -> str:
    return '<table border="1"><tbody>' + trs(extra + head_rows() + [r for _, r in body_rows(data, rows)]) \
        + "</tbody></table>"


@pytest.mark.parametrize("extra", [
    [td("三、收到和处理政府信息公开申请情况", colspan=10)],
    [td("单位：件", colspan=10)],
    [td("表3", colspan=10), td("&nbsp;", colspan=10)],
], ids=["section_title_row", "unit_row", "table_number_and_blank_row"])
def test_section3_rows_above_header_inside_table(extra: list[str]) -> None:
    # spec 1(c): the grid is the same when the editor put the section title / 单位：件 / 表3 inside the table
    r = r21(with_leading_rows(D21, ROWS21, extra))
    assert got(r, D21) == want(D21)
    assert failing(r) == set()


def test_section3_two_label_columns_level1_as_own_row() -> None:
    # 三、本年度办理结果 printed as a full-width row; below it two label columns (category | item)
    head = [td(CORNER, 3, 2) + td("申请人情况", 1, 7), td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2),
            "".join(td(x) for x in ORG)]

    def vals(k: str) -> str:
        return "".join(td(v) for v in D21[k])

    body = [td("一、本年新收政府信息公开申请数量", colspan=2) + vals("apply.received_new"),
            td("二、上年结转政府信息公开申请数量", colspan=2) + vals("apply.carried_in"),
            td("三、本年度办理结果", colspan=9)]
    for key, l2, l3, cat in ROWS21:
        if l3 is None:
            body.append(td(l2, colspan=2) + vals(key))
        else:
            body.append((td(l2, rowspan=CAT_SPAN[cat]) if l2 else "") + td(l3) + vals(key))
    body.append(td("四、结转下年度继续办理", colspan=2) + vals("apply.carried_out"))
    r = r21('<table border="1"><tbody>' + trs(head + body) + "</tbody></table>")
    assert got(r, D21) == want(D21)
    assert failing(r) == set()


@pytest.mark.parametrize(("delta", "fams"), [(0, set()), (-1, {"R4"})])
def test_r4_t2019_category_subtotals(delta: int, fams: set[str]) -> None:
    # t2019 flat layout with （三）（四）（五） subtotals; （四）无法提供 printed one short in 自然人 and 总计
    r = r19(flat_single_label(D19, sub_delta={0: delta, 6: delta}, rows=ROWS19, outcomes=OUT19, skewed="unavailable"))
    assert got(r, D19) == want(D19)
    assert failing_families(r) == fams


def test_r1_with_blank_carried_in_row() -> None:
    # 二、上年结转 left blank (nothing carried in): blank reads 0 (flag blank) and R1 still holds in every column
    data = dataset(OUTS | {"apply.outcome.other.misc": [0, 0, 0, 0, 1, 0]}, [0] * 6, [4, 0, 0, 0, 1, 0], OUT21)
    html_ = grid(data)
    row = "".join(td(0) for _ in range(7))
    at = html_.index("二、上年结转政府信息公开申请数量")
    html_ = html_[:at] + html_[at:].replace(row, "".join(td("") for _ in range(7)), 1)
    r = r21(html_)
    assert got(r, data) == want(data)
    assert fact(r, "apply.carried_in.total", "table").value_flag == "blank"
    assert {c.rule for c in r.checks if c.rule.startswith("R1")} == {f"R1.{c}" for c in COLS}
    assert failing(r) == set()


def test_r1_fires_when_blank_carried_out_hides_pending() -> None:
    # 四、结转下年度 left blank although 4+1 requests are still open: blank = 0, so R1 must fail (np, legal_service,
    # total) — a human sees 一+二 ≠ 三+四
    html_ = grid(D21)
    row = "".join(td(v) for v in D21["apply.carried_out"])
    html_ = html_.replace(row, "".join(td("") for _ in range(7)), 1)
    r = r21(html_)
    assert fails(r, "R1") == {"R1.natural_person", "R1.legal_service", "R1.total"}
    assert failing_families(r) == {"R1"}


HEADS5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def sec4_variant(kind: str, v: list[object]) -> str:
    label = kind in ("label_col", "label_col_spacer_row")
    rows = [[*([td("项目", 3)] if label else []), td("行政复议", 1, 5), td("行政诉讼", 1, 10)],
            [*(td(w, 2) for w in HEADS5), td("未经复议直接起诉", 1, 5), td("复议后起诉", 1, 5)],
            [*(td(w) for w in HEADS5 * 2)]]
    if kind in ("spacer_row", "label_col_spacer_row"):
        rows.append([td("&nbsp;", colspan=16 if label else 15)])
    if kind == "empty_cells_row":
        rows.append([td("") for _ in range(15)])
    if kind == "spacer_col":
        rows[0].insert(1, td("", 3))
        rows.append([*(td(x) for x in v[:5]), td(""), *(td(x) for x in v[5:])])
        return table(rows)
    rows.append([*([td("件数")] if label else []), *(td(x) for x in v)])
    return table(rows)


@pytest.mark.parametrize("kind", ["label_col", "spacer_col", "spacer_row", "empty_cells_row", "label_col_spacer_row"])
def test_sec4_label_column_spacer_rows_and_columns(kind: str) -> None:
    # spec 1(c)/2.3: a label column (项目 / 件数), an empty spacer column between 复议 and 诉讼, or an empty spacer row
    # between the header and the values: the 15 cells keep their meaning
    r = r21(s4=sec4_variant(kind, list(S4)))
    assert sec4_got(r) == S4
    assert failing(r) == set()


def test_sec4_spacer_row_r6_still_fires() -> None:
    v = list(S4)
    v[4] = 9
    r = r21(s4=sec4_variant("spacer_row", v))
    assert failing(r) == {"R6.review"}


def test_sec4_blank_pending_cells_r6_holds() -> None:
    # 尚未审结 left blank in all three blocks: read 0 (blank) and the totals still add up
    v: list[object] = [4, 0, 1, "", 5, 1, 1, 0, "", 2, 0, 0, 0, "", 0]
    r = r21(s4=sec4(v))
    assert fact(r, "review.pending", "table").value_flag == "blank"
    assert sec4_got(r) == [4, 0, 1, 0, 5, 1, 1, 0, 0, 2, 0, 0, 0, 0, 0]
    assert failing(r) == set()


def test_e2014_dash_cell_flag() -> None:
    rows = e2014_rows(E14)
    rows = [(s, lab, u, "—" if lab == "2.传真申请数" else v) for s, lab, u, v in rows]
    intro = e2014_doc()
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1229_3310.html",
            chrome_page("某某县人民政府办公室2016年政府信息公开工作年度报告", intro + "".join(e2014_table(rows)),
                        date="2017-03-20"))
    f = fact(r, "apply.channel.fax", "table")
    assert f is not None and f.value == 0 and f.value_flag == "dash"
    assert failing(r) == set()


@pytest.mark.parametrize(("overview", "fires"), [
    (f"其中，本年新收政府信息公开申请{N}件，上年度结转{CI}件。", False),
    (f"全年受理政府信息公开申请{N}件，较上年增长15%，结转下年度继续办理的{CO + 2}件。", True),
], ids=["shangniandu_match", "carried_out_de_off"])
def test_r10_phrase_variants(overview: str, fires: bool) -> None:
    r = r21(overview=overview)
    assert failing_families(r) == ({"R10"} if fires else set())


def test_r10_not_fired_by_prose_outside_overview_percentages() -> None:
    # a percentage and a year-on-year count in 总体情况 are not table numbers
    r = r21(overview=f"全年共收到政府信息公开申请{N}件，同比增长20%，比上年增加5件，按时答复率100%。")
    assert failing(r) == set()


def test_section3_seven_digit_values() -> None:
    # spec 2.7 numbers: "1,234,567" (two separators) in a provincial-level table
    data = dataset({"apply.outcome.granted": [1234567, 20001, 0, 3, 45, 9],
                    "apply.outcome.unavailable.not_held": [1000000, 0, 0, 0, 0, 1]}, [0] * 6, [2, 0, 0, 0, 0, 0], OUT21)
    r = r21(grid(data, fmt=lambda v: f"{v:,}"))
    assert got(r, data) == want(data)
    assert facts(r, "table").get("apply.outcome.total.total") == 2254626
    assert failing(r) == set()


def test_all_zero_report_r10_zero_sentence() -> None:
    # "收到政府信息公开申请0件" against an all-zero table: consistent
    r = r21(grid(ZERO21), s4=sec4([0] * 15), overview="2021年，本机关共收到政府信息公开申请0件，行政复议0件，行政诉讼0件。")
    assert got(r, ZERO21) == want(ZERO21)
    assert failing(r) == set()


def test_r10_t2019_review_mismatch() -> None:
    r = r19(overview="2019年，我局发生政府信息公开行政复议案件4件。")
    assert failing_families(r) == {"R10"}


def test_section3_header_alone_on_first_page() -> None:
    # page 1 ends with the three header rows only; page 2 starts with the data rows (no header)
    body = body_rows(D21, ROWS21)
    t1 = '<table border="1"><tbody>' + trs(head_rows()) + "</tbody></table>"
    t2 = '<table border="1"><tbody>' + trs([x for _, x in body]) + "</tbody></table>"
    a, b = doc(2021, s2=sec2_2021("3.5"), s3=t1 + "@@CUT@@" + t2, s4=sec4(S4)).split("@@CUT@@")
    r = parse((TRS + ".html", chrome_page(TITLE21, a + pager(0, 2))),
              (TRS + "_1.html", chrome_page(TITLE21, b + pager(1, 2))))
    assert got(r, D21) == want(D21)
    assert failing(r) == set()


def test_section3_excel_decimal_zeros() -> None:
    # cells exported from Excel as "12.00": integer counts (R5 holds)
    r = r21(grid(D21, fmt=lambda v: f"{v}.00"))
    assert got(r, D21) == want(D21)
    assert failing(r) == set()


def test_r3_blank_total_cell_in_granted_row() -> None:
    # （一）予以公开 with its 总计 cell left blank: blank = 0 ≠ row sum (R3), and the outcome totals no longer add
    # up to the printed （七）总计 in the total column (R2.total)
    html_ = grid(D21)
    row = "".join(td(v) for v in D21["apply.outcome.granted"])
    html_ = html_.replace(row, "".join(td(v) for v in D21["apply.outcome.granted"][:6]) + td(""), 1)
    r = r21(html_)
    assert failing_families(r) == {"R2", "R3"}
    assert fails(r, "R2") == {"R2.total"}
    assert len(fails(r, "R3")) == 1 and "granted" in next(iter(fails(r, "R3")))


@pytest.mark.parametrize("pages", [1, 2], ids=["two_tables_one_page", "two_fetched_pages"])
def test_e2014_o5_across_table_break(pages: int) -> None:
    # 四、行政复议数量 at the bottom of the first part, its three parts （一）（二）（三） in the continuation (header
    # repeated): a reader still sees 74 ≠ 74 + 0 + 1, so O5.review fires
    r = e2014_report(E14 | {"review.other": 1}, cut_before="（一）维持具体行政行为数", pages=pages)
    assert facts(r, "table").get("review.other") == 1
    assert failing(r) == {"O5.review"}


@pytest.mark.parametrize("cut", [
    "1.当面申请数", "六、举报投诉数量", "其中：主动公开规范性文件数", "（一）维持具体行政行为或者驳回原告诉讼请求数",
    "（二）被依法纠错数", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "2.兼职人员数",
], ids=["before_in_person", "before_complaint", "before_normative", "before_lit_upheld", "before_review_corrected",
        "before_fulltime", "before_parttime"])
def test_e2014_form_continued_on_next_page(cut: str) -> None:
    # spec 1(a) form, 3.5 cross-page tables: the form continues on page 2 (header row repeated) at various rows;
    # every value keeps its key (the continuation's （一）（二）（三） rows belong to the heading above the break)
    r = e2014_report(E14, cut_before=cut, pages=2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in E14} == E14
    assert failing(r) == set()
