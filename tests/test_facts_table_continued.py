"""Section-二 and section-四 tables cut into two tables (a page break, or two adjacent <table>s) without their caption
or header printed again: the rows of the second table are read under the table above (spec 3.5, keys 2.1/2.3),
and tables that do not go on are not joined."""

import pytest

from pipelines.facts_table import facts_from_grids
from pipelines.tables import grids_from_html

RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
S2_T2021 = [
    [("第二十条第（一）项", 4)], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "1", "0", "12"], ["行政规范性文件", "7", "3", "64"],
    [("第二十条第（五）项", 4)], ["信息内容", ("本年处理决定数量", 3)], ["行政许可", ("2816", 3)],
    [("第二十条第（六）项", 4)], ["信息内容", ("本年处理决定数量", 3)], ["行政处罚", ("433", 3)], ["行政强制", ("17", 3)],
    [("第二十条第（八）项", 4)], ["信息内容", ("本年收费金额（单位：万元）", 3)], ["行政事业性收费", ("12.35", 3)],
]
S2_T2019 = [
    [("第二十条第（一）项", 4)], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", "0", "0", "2"], ["规范性文件", "6", "5", "41"],
    [("第二十条第（五）项", 4)], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可", "57", "-8", "1204"], ["其他对外管理服务事项", "9", "+3", "66"],
    [("第二十条第（九）项", 4)], ["信息内容", "采购项目数量", ("采购总金额", 2)], ["政府集中采购", "11", ("283.6", 2)],
]
REVIEW_VALUES = ["4", "1", "2", "1", "8", "2", "1", "0", "3", "6", "1", "0", "2", "1", "4"]
S4 = [
    [("行政复议", 5), ("行政诉讼", 10)],
    [*((x, 1, 2) for x in RESULTS), ("未经复议直接起诉", 5), ("复议后起诉", 5)],
    [*RESULTS, *RESULTS],
    REVIEW_VALUES,
]


def _td(cell: str | tuple) -> str:
    text, colspan, rowspan = (*cell, 1, 1)[:3] if isinstance(cell, tuple) else (cell, 1, 1)
    return f'<td colspan="{colspan}" rowspan="{rowspan}">{text}</td>'


def _table(rows: list[list]) -> str:
    return "<table>" + "".join("<tr>" + "".join(map(_td, row)) + "</tr>" for row in rows) + "</table>"


def _facts(html: str, template: str) -> dict[str, float | None]:
    facts, _ = facts_from_grids(grids_from_html(html), template)
    return {f.key: f.value for f in facts}


@pytest.mark.parametrize("spec,template", [(S2_T2021, "t2021"), (S2_T2019, "t2019")])
def test_section2_cut_anywhere_reads_as_one_table(spec: list[list], template: str) -> None:
    whole = _facts(_table(spec), template)
    assert len(whole) >= 10
    for cut in range(1, len(spec)):
        assert _facts(_table(spec[:cut]) + "<p>- 1 -</p>" + _table(spec[cut:]), template) == whole, cut


def test_section4_cut_anywhere_reads_as_one_table() -> None:
    whole = _facts(_table(S4), "t2021")
    assert list(whole.values()) == [float(v) for v in REVIEW_VALUES]
    # the page break after the second header row leaves its merged cells' lower half blank on the next page
    cut_in_merged = ([S4[0], [*RESULTS, *S4[1][5:]]], [["", "", "", "", "", *RESULTS, *RESULTS], REVIEW_VALUES])
    for first, second in [(S4[:1], S4[1:]), (S4[:3], S4[3:]), cut_in_merged]:
        assert _facts(_table(first) + _table(second), "t2021") == whole


def test_unrelated_tables_are_not_joined() -> None:
    # values after a section 四 that has its own value row; subject rows after a table that is not section 二
    after_s4 = _facts(_table(S4) + _table([["9"] * 15]), "t2021")
    assert after_s4["review.total"] == 8 and len(after_s4) == 15
    other = _table([["序号", "事项"], ["1", "培训"]]) + _table([["行政许可", "5", "6", "7"]])
    assert _facts(other, "t2021") == {}
    # a section-二 table opening with its own caption and header reads alone
    assert _facts(_table(S2_T2021[:4]) + _table(S2_T2021[4:]), "t2021") == _facts(_table(S2_T2021), "t2021")
