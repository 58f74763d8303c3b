"""Probe 19: statistics tables that are NOT <table> grids (spec 1(b), 1(c), 2.1–2.4, 2.7; issue: "flattened or pipe
tables (seed 003) and one-value-per-line tables (seed 002) are handled too").

Each case publishes the t2021 / t2019 sections 二/三/四 in one non-table layout seen on real portals or produced by
editors: CSS div grids, <ul>/<li> rows of <span> cells, <pre> with box-drawing or ASCII borders, markdown pipe tables
(|---| separator), tab-separated <pre>, one cell per <p> (seed 002 style), and a <table> whose cells are <input value>.
Rows are written as seed 003 flattens them: merged label cells appear once, on the first row they cover.
"""

from __future__ import annotations

import functools

import pytest
from test_probe_accuracy import chrome_page, facts, meta_block

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

# ---------------------------------------------------------------------------------------------------------------
# logical tables (spans dropped, as seed 003 shows them)
# ---------------------------------------------------------------------------------------------------------------

S2_2021 = [
    ["第二十条第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "2", "1", "17"],
    ["行政规范性文件", "9", "4", "63"],
    ["第二十条第（五）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政许可", "3949"],
    ["第二十条第（六）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政处罚", "895"],
    ["行政强制", "12"],
    ["第二十条第（八）项"],
    ["信息内容", "本年收费金额（单位：万元）"],
    ["行政事业性收费", "7.522"],
]
S2_2021_EXP = {
    "active.regulation.issued": 2, "active.regulation.repealed": 1, "active.regulation.in_force": 17,
    "active.normative.issued": 9, "active.normative.repealed": 4, "active.normative.in_force": 63,
    "active.permit.decisions": 3949, "active.penalty.decisions": 895, "active.coercion.decisions": 12,
    "active.admin_fee.amount": 7.522,
}

S2_2019 = [
    ["第二十条第（一）项"],
    ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", "1", "1", "8"],
    ["规范性文件", "6", "5", "41"],
    ["第二十条第（五）项"],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可", "132", "-8", "2210"],
    ["其他对外管理服务事项", "27", "+3", "64"],
    ["第二十条第（六）项"],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政处罚", "512", "6", "317"],
    ["行政强制", "23", "0", "9"],
    ["第二十条第（八）项"],
    ["信息内容", "上一年项目数量", "本年增/减"],
    ["行政事业性收费", "11", "-2"],
    ["第二十条第（九）项"],
    ["信息内容", "采购项目数量", "采购总金额"],
    ["政府集中采购", "14", "386.5"],
]
S2_2019_EXP = {
    "active.regulation.issued": 1, "active.regulation.published_new": 1, "active.regulation.public_total": 8,
    "active.normative.issued": 6, "active.normative.published_new": 5, "active.normative.public_total": 41,
    "active.permit.items_prev": 132, "active.permit.items_delta": -8, "active.permit.decisions": 2210,
    "active.other_service.items_prev": 27, "active.other_service.items_delta": 3, "active.other_service.decisions": 64,
    "active.penalty.items_prev": 512, "active.penalty.items_delta": 6, "active.penalty.decisions": 317,
    "active.coercion.items_prev": 23, "active.coercion.items_delta": 0, "active.coercion.decisions": 9,
    "active.admin_fee.items_prev": 11, "active.admin_fee.items_delta": -2,
    "active.procurement.projects": 14, "active.procurement.amount": 386.5,
}

SEC3_ROWS_2021 = [  # (key, label cells as flattened)
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
    ("apply.outcome.other.no_correction", ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
    ("apply.outcome.other.fee_unpaid", ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
    ("apply.outcome.other.misc", ["3.其他"]),
    ("apply.outcome.total", ["（七）总计"]),
    ("apply.carried_out", ["四、结转下年度继续办理"]),
]
SEC3_ROWS_2019 = [r for r in SEC3_ROWS_2021 if not r[0].startswith("apply.outcome.other")]
SEC3_ROWS_2019.insert(-2, ("apply.outcome.other", ["（六）其他处理"]))

# consistent data (R1/R2/R3 hold); every row not listed is all zero
DATA3_2021 = {
    "apply.received_new": [31, 6, 1, 0, 2, 1, 41],
    "apply.carried_in": [3, 1, 0, 0, 0, 0, 4],
    "apply.outcome.granted": [12, 3, 1, 0, 1, 0, 17],
    "apply.outcome.partial": [4, 0, 0, 0, 0, 0, 4],
    "apply.outcome.withheld.third_party": [2, 0, 0, 0, 0, 0, 2],
    "apply.outcome.withheld.process_info": [1, 1, 0, 0, 0, 0, 2],
    "apply.outcome.unavailable.not_held": [7, 2, 0, 0, 1, 0, 10],
    "apply.outcome.not_processed.duplicate": [2, 0, 0, 0, 0, 0, 2],
    "apply.outcome.other.no_correction": [1, 0, 0, 0, 0, 1, 2],
    "apply.outcome.total": [29, 6, 1, 0, 2, 1, 39],
    "apply.carried_out": [5, 1, 0, 0, 0, 0, 6],
}
DATA3_2019 = {
    "apply.received_new": [18, 2, 0, 1, 0, 0, 21],
    "apply.carried_in": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.granted": [9, 1, 0, 1, 0, 0, 11],
    "apply.outcome.withheld.state_secret": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.needs_creation": [3, 0, 0, 0, 0, 0, 3],
    "apply.outcome.other": [2, 1, 0, 0, 0, 0, 3],
    "apply.outcome.total": [15, 2, 0, 1, 0, 0, 18],
    "apply.carried_out": [4, 0, 0, 0, 0, 0, 4],
}
SEC3_HEAD = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
    ["自然人", "法人或其他组织", "总计"],
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
]


def sec3_rows(rows, data, fmt=str):
    out = [list(r) for r in SEC3_HEAD]
    for key, labels in rows:
        out.append(labels + [fmt(v) for v in data.get(key, [0] * 7)])
    return out


def sec3_exp(rows, data):
    return {f"{key}.{c}": float(v) for key, _ in rows for c, v in zip(COLS, data.get(key, [0] * 7), strict=False)}


S4_VALUES = [3, 1, 0, 1, 5, 2, 1, 0, 1, 4, 1, 0, 1, 0, 2]
H5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
S4_ROWS = [["行政复议", "行政诉讼"], ["未经复议直接起诉", "复议后起诉"], H5 * 3, [str(v) for v in S4_VALUES]]
S4_KEYS = ([f"review.{k}" for k in ("upheld", "corrected", "other", "pending", "total")]
           + [f"litigation.direct.{k}" for k in ("upheld", "corrected", "other", "pending", "total")]
           + [f"litigation.after_review.{k}" for k in ("upheld", "corrected", "other", "pending", "total")])
S4_EXP = {k: float(v) for k, v in zip(S4_KEYS, S4_VALUES, strict=False)}

# ---------------------------------------------------------------------------------------------------------------
# renderers: how the logical rows reach the page
# ---------------------------------------------------------------------------------------------------------------


def r_divgrid(rows):
    """Vue/CSS portals (e.g. 政务公开 新平台) draw tables with display:table divs."""
    return ('<div class="table" style="display:table;width:100%;border:1px solid #ccc">'
            + "".join('<div class="tr" style="display:table-row">'
                      + "".join(f'<div class="td" style="display:table-cell;border:1px solid #ccc">{c}</div>' for c in r)
                      + "</div>" for r in rows) + "</div>")


def r_ulli(rows):
    """A list-styled table: each <li> a row, each <span> a cell."""
    return '<ul class="tab-list">' + "".join(
        "<li>" + "".join(f'<span class="c{i}">{c}</span>' for i, c in enumerate(r)) + "</li>" for r in rows) + "</ul>"


def _pad(c, w=6):
    return c + "　" * max(0, w - len(c))


def r_box(rows):
    """<pre> drawn with box-drawing characters (text exported from a Word/WPS table)."""
    lines = []
    for i, r in enumerate(rows):
        seg = ["──────" for _ in r]
        lines.append(("┌" + "┬".join(seg) + "┐") if i == 0 else ("├" + "┼".join(seg) + "┤"))
        lines.append("│" + "│".join(_pad(c) for c in r) + "│")
    lines.append("└" + "┴".join("──────" for _ in rows[-1]) + "┘")
    return "<pre>" + "\n".join(lines) + "</pre>"


def r_ascii(rows):
    """<pre> drawn with ASCII borders (+---+ |)."""
    lines = []
    for r in rows:
        lines.append("+" + "+".join("------" for _ in r) + "+")
        lines.append("| " + " | ".join(r) + " |")
    lines.append("+" + "+".join("------" for _ in rows[-1]) + "+")
    return "<pre>" + "\n".join(lines) + "</pre>"


def r_markdown(rows):
    """A markdown pipe table pasted into the editor: one <p> per line, |---| after the first row."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]  # markdown needs equal column counts: pad with blanks
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "".join(f"<p>{ln}</p>" for ln in lines)


def r_tsv(rows):
    """Tab-separated text inside <pre> (copied from Excel)."""
    return "<pre>" + "\n".join("\t".join(r) for r in rows) + "</pre>"


def r_lines(rows):
    """A table pasted as consecutive <p> lines, one cell per line (seed 002 style)."""
    return "".join(f"<p>{c}</p>" for r in rows for c in r)


def r_input(rows):
    """A form-like page: a <table> whose cells are read-only <input value="…">."""
    return '<table class="form-tb" border="1"><tbody>' + "".join(
        "<tr>" + "".join(f'<td><input type="text" class="ipt" readonly="readonly" value="{c}"></td>' for c in r)
        + "</tr>" for r in rows) + "</tbody></table>"


RENDER = {"divgrid": r_divgrid, "ulli": r_ulli, "box": r_box, "ascii": r_ascii, "markdown": r_markdown,
          "tsv": r_tsv, "lines": r_lines, "input": r_input}
FORMATS = list(RENDER)


def p(t: str) -> str:
    return f"<p>{t}</p>"


def body_2021(s2: str, s3: str, s4: str, agency: str = "某某区人民政府") -> str:
    return "".join([
        p(f"本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。本报告中所列数据的统计期限自2021年1月1日起"
          "至2021年12月31日止。"),
        p("一、总体情况"), p(f"2021年，{agency}坚持以公开为常态、不公开为例外。"),
        p("二、主动公开政府信息情况"), s2,
        p("三、收到和处理政府信息公开申请情况"), s3,
        p("四、政府信息公开行政复议、行政诉讼情况"), s4,
        p("五、存在的主要问题及改进情况"), p("一是公开内容不够全面；二是解读形式单一。"),
        p("六、其他需要报告的事项"), p("本年度未收取信息处理费。"),
    ])


def body_2019(s2: str, s3: str, s4: str, agency: str = "某某县人民政府") -> str:
    return "".join([
        p("本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"),
        p("一、总体情况"), p(f"2019年，{agency}认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"),
        p("二、主动公开政府信息情况"), s2,
        p("三、收到和处理政府信息公开申请情况"), s3,
        p("四、政府信息公开行政复议、行政诉讼情况"), s4,
        p("五、存在的主要问题及改进情况"), p("主动公开的深度和广度有待加强。"),
        p("六、其他需要报告的事项"), p("无其他需要报告的事项。"),
    ])


def parse_page(title: str, content: str, *, charset: str = "utf-8", date: str = "2022-01-20") -> Report:
    body = chrome_page(title, content, charset=charset, date=date,
                       meta=meta_block("11330100002541234X/2022-00012", "某某区人民政府办公室", date))
    url = "http://www.example.gov.cn/art/2022/1/20/art_1229_5901.html"
    return parse_report([Fetched(url=url, body=body, headers={"content-type": "text/html"})])


@functools.cache
def report_2021(fmt: str) -> Report:
    R = RENDER[fmt]
    content = body_2021(R(S2_2021), R(sec3_rows(SEC3_ROWS_2021, DATA3_2021)), R(S4_ROWS))
    return parse_page("某某区人民政府2021年政府信息公开工作年度报告", content)


@functools.cache
def report_2019(fmt: str) -> Report:
    R = RENDER[fmt]
    content = body_2019(R(S2_2019), R(sec3_rows(SEC3_ROWS_2019, DATA3_2019)), R(S4_ROWS))
    return parse_page("某某县人民政府2019年政府信息公开工作年度报告", content, charset="gb18030", date="2020-01-31")


def got(report: Report, expected: dict) -> dict:
    f = facts(report, "table")
    return {k: f.get(k) for k in expected}


# ---------------------------------------------------------------------------------------------------------------
# t2021, sections 二/三/四 in each layout (spec 1(c), 2.1, 2.2, 2.3)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_2021_template_detected(fmt: str) -> None:
    # spec 1(c): 2021 captions/rows (制发件数, 其他处理 sub-rows) identify t2021 whatever the layout
    r = report_2021(fmt)
    assert (r.template, r.year) == ("t2021", 2021)


@pytest.mark.parametrize("fmt", FORMATS)
def test_2021_section2(fmt: str) -> None:
    # spec 2.1: 规章/行政规范性文件 × 制发/废止/现行有效, 许可/处罚/强制 decisions, fee 万元 (seed 003 values)
    assert got(report_2021(fmt), S2_2021_EXP) == {k: float(v) for k, v in S2_2021_EXP.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_2021_section3_all_175_cells(fmt: str) -> None:
    # spec 2.2: 25 data rows × 7 columns, labels as seed 003 flattens them (category label on its first row)
    exp = sec3_exp(SEC3_ROWS_2021, DATA3_2021)
    assert len(exp) == 175
    assert got(report_2021(fmt), exp) == exp


@pytest.mark.parametrize("fmt", FORMATS)
def test_2021_section4(fmt: str) -> None:
    # spec 2.3: 15 cells in the order 复议 / 直接起诉 / 复议后起诉 × 维持 纠正 其他 尚未审结 总计
    assert got(report_2021(fmt), S4_EXP) == S4_EXP


# ---------------------------------------------------------------------------------------------------------------
# t2019 (GB18030 page), sections 二/三/四 (spec 1(b), 2.1 2019 columns, 2.2 single （六）其他处理 row)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_2019_template_detected(fmt: str) -> None:
    # spec 1(b): 新制作/新公开/对外公开总数量 and （九）政府集中采购 identify t2019
    r = report_2019(fmt)
    assert (r.template, r.year) == ("t2019", 2019)


@pytest.mark.parametrize("fmt", FORMATS)
def test_2019_section2(fmt: str) -> None:
    # spec 2.1: 2019 keys (published_new, public_total, items_prev, signed items_delta, procurement)
    assert got(report_2019(fmt), S2_2019_EXP) == {k: float(v) for k, v in S2_2019_EXP.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_2019_section3(fmt: str) -> None:
    # spec 2.2: 23 rows × 7 = 161 cells; （六）其他处理 is one row → apply.outcome.other.*
    exp = sec3_exp(SEC3_ROWS_2019, DATA3_2019)
    assert len(exp) == 161
    assert got(report_2019(fmt), exp) == exp


@pytest.mark.parametrize("fmt", FORMATS)
def test_2019_no_2021_only_keys(fmt: str) -> None:
    # spec 2.1/2.2: a 2019 report has no 废止/现行有效 keys and no 其他处理 sub-row keys
    f = facts(report_2019(fmt), "table")
    bad = [k for k in f if k.startswith(("active.regulation.repealed", "active.regulation.in_force", "apply.outcome.other.no_correction",
                                         "active.normative.in_force", "apply.outcome.other.fee_unpaid", "apply.outcome.other.misc",
                                         "active.admin_fee.amount"))]
    assert bad == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_2019_section4(fmt: str) -> None:
    # spec 1(b): section 四 identical to 2021
    assert got(report_2019(fmt), S4_EXP) == S4_EXP


# ---------------------------------------------------------------------------------------------------------------
# variants: missing tables, placeholder cells, full-width digits, spaced header words (spec 2.7)
# ---------------------------------------------------------------------------------------------------------------

IMG4 = '<p style="text-align:center"><img src="/picture/0/2201201530123.png" alt="" width="600"></p>'
TEXT_FMTS = ["divgrid", "markdown", "lines", "tsv", "ascii", "box", "ulli", "input"]


@pytest.mark.parametrize("fmt", TEXT_FMTS)
def test_2021_section4_as_image_no_invented_zeros(fmt: str) -> None:
    # spec 2.7 (seed 004): a table published as an image gives no facts; 二/三 in text layout still read
    R = RENDER[fmt]
    r = parse_page("某某区人民政府2021年政府信息公开工作年度报告",
                   body_2021(R(S2_2021), R(sec3_rows(SEC3_ROWS_2021, DATA3_2021)), IMG4))
    f = facts(r, "table")
    assert [k for k in f if k.startswith(("review.", "litigation."))] == []
    assert (f.get("apply.received_new.total"), f.get("active.permit.decisions")) == (41.0, 3949.0)


S4_PLACEHOLDER = ["2", "—", "/", "无", "2", "1", "-", "—", "1", "2", "／", "－", "—", "1", "1"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_2021_section4_placeholders_read_as_zero(fmt: str) -> None:
    # spec 2.7 cell values: — - － / ／ 无 in template tables read as 0 (with a value_flag)
    R = RENDER[fmt]
    rows = S4_ROWS[:3] + [S4_PLACEHOLDER]
    r = parse_page("某某区人民政府2021年政府信息公开工作年度报告",
                   body_2021(R(S2_2021), R(sec3_rows(SEC3_ROWS_2021, DATA3_2021)), R(rows)))
    exp = {k: float(v) if v.isdigit() else 0.0 for k, v in zip(S4_KEYS, S4_PLACEHOLDER, strict=False)}
    assert got(r, exp) == exp
    flagged = {f.key: f.value_flag for f in r.facts if f.key in ("review.corrected", "review.other", "review.pending")}
    assert flagged == {"review.corrected": "dash", "review.other": "slash", "review.pending": "wu"}


FW = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("fmt", ["divgrid", "lines", "markdown"])
def test_2021_fullwidth_digits(fmt: str) -> None:
    # spec 2.7 step 2: NFKC full-width digits (Word/WPS full-width input) in section 三 values
    R = RENDER[fmt]
    s3 = sec3_rows(SEC3_ROWS_2021, DATA3_2021, fmt=lambda v: str(v).translate(FW))
    r = parse_page("某某区人民政府2021年政府信息公开工作年度报告", body_2021(R(S2_2021), R(s3), R(S4_ROWS)))
    exp = sec3_exp(SEC3_ROWS_2021, DATA3_2021)
    assert got(r, exp) == exp


@pytest.mark.parametrize("fmt", ["divgrid", "lines", "markdown", "tsv"])
def test_2021_spaced_header_words(fmt: str) -> None:
    # spec 2.7 variants: "自 然 人" "商 业 企 业" "科研 机构" "社 会 公 益 组 织" "法 律 服 务 机 构" "总 计" (chibi, seed 003)
    R = RENDER[fmt]
    s3 = sec3_rows(SEC3_ROWS_2021, DATA3_2021)
    s3[1] = ["自 然 人", "法人或其他组织", "总 计"]
    s3[2] = ["商 业 企 业", "科研 机构", "社 会 公 益 组 织", "法 律 服 务 机 构", "其他"]
    r = parse_page("某某区人民政府2021年政府信息公开工作年度报告", body_2021(R(S2_2021), R(s3), R(S4_ROWS)))
    exp = {f"apply.received_new.{c}": float(v) for c, v in zip(COLS, DATA3_2021["apply.received_new"], strict=False)}
    exp.update({f"apply.outcome.total.{c}": float(v) for c, v in zip(COLS, DATA3_2021["apply.outcome.total"], strict=False)})
    assert got(r, exp) == exp


def r_excel_tsv(rows):
    """Excel copy of the merged grid: merged areas leave empty cells, so every row has 10 tab-separated cells."""
    out = []
    for r in rows:
        labels = [c for c in r if not c.isdigit()]
        vals = [c for c in r if c.isdigit()]
        if vals:
            lab = (labels + ["", "", ""])[:3] if len(labels) > 1 else labels + ["", ""]
            if len(labels) == 1 and r[0].startswith(("（", "(")):
                lab = ["", labels[0], ""]
            elif len(labels) == 1 and r[0][:1].isdigit():
                lab = ["", "", labels[0]]
            elif len(labels) == 2 and labels[0].startswith("三"):
                lab = [labels[0], labels[1], ""]
            elif len(labels) == 2:
                lab = ["", labels[0], labels[1]]
            out.append(lab + vals)
        else:
            out.append(r)
    return "<pre>" + "\n".join("\t".join(r) for r in out) + "</pre>"


