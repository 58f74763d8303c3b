"""Section 二 of real 2019/2020 reports: a subject label spanning local sub-rows (行政检查, 行政确认 under
其他对外管理服务事项), and headers from a PDF's text layer whose words wrap over lines (probe
tests/test_probe_real_t2019.py)."""

from __future__ import annotations

import pytest

from pipelines.facts_table import facts_from_grids
from pipelines.records import Grid
from pipelines.tables import grids_from_text


def table_facts(grids: list[Grid]) -> dict[str, tuple[float | None, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in facts_from_grids(grids, "t2019")[0]}


def text_facts(lines: list[str]) -> dict[str, tuple[float | None, str | None]]:
    return table_facts(grids_from_text("\n".join(lines)))


# --- a subject label spanning local sub-rows ----------------------------------------------------------------------

S2_5_HEAD = ["第二十条第(五)项 |", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |"]


def other_service_keys(facts: dict) -> list[str]:
    return [k for k in facts if k.startswith("active.other_service.")]


def test_a_label_only_row_over_local_sub_rows_gives_no_zeros() -> None:
    # one cell per line: the spanning label prints no cell of its own, so its values are unknown (not blank)
    facts = text_facts([*S2_5_HEAD, "行政许可 |", "0 |", "0 |", "0 |", "其他对外管理服务事项 |", "行政检查 |", "6 |", "0 |",
                        "13 |", "行政确认 |", "2 |", "1 |", "9 |", "第二十条第(六)项 |", *S2_5_HEAD[1:], "行政处罚 |", "4 |",
                        "0 |", "2 |"])
    assert other_service_keys(facts) == []
    assert facts["active.permit.decisions"] == (0, None) and facts["active.penalty.items_prev"] == (4, None)


def test_a_label_only_row_over_a_row_of_the_form_still_reads_blank() -> None:
    facts = text_facts([*S2_5_HEAD, "行政许可 |", "其他对外管理服务事项 |", "6 |", "0 |", "13 |", "行政处罚 |", "4 |", "0 |",
                        "2 |"])
    assert facts["active.permit.items_prev"] == (0, "blank") and facts["active.other_service.decisions"] == (13, None)


HTML_SPAN = [["信息内容", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
             ["行政许可", "行政许可", "0", "0", "0"],
             ["其他对外管理服务事项", "行政检查", "6", "0", "13"],
             ["其他对外管理服务事项", "行政确认", "2", "1", "9"],
             ["行政处罚", "行政处罚", "4", "0", "2"]]


def test_html_sub_rows_under_a_spanning_subject_are_not_the_subjects() -> None:
    facts = table_facts([HTML_SPAN])
    assert other_service_keys(facts) == []
    assert facts["active.permit.items_prev"] == (0, None) and facts["active.penalty.decisions"] == (2, None)


def test_a_subject_row_of_its_own_above_its_spanned_sub_rows_is_read() -> None:
    grid = [*HTML_SPAN[:2], ["其他对外管理服务事项", "其他对外管理服务事项", "8", "1", "22"], *HTML_SPAN[2:]]
    facts = table_facts([grid])
    assert {k: facts[k] for k in other_service_keys(facts)} == {
        "active.other_service.items_prev": (8, None), "active.other_service.items_delta": (1, None),
        "active.other_service.decisions": (22, None)}


@pytest.mark.parametrize("rows", [
    ["其他对外管理服务事项 | 行政检查 | 6 | 0 | 13 |", "行政确认 | 2 | 1 | 9 |"],  # the span printed on its first row
    ["其他对外管理服务事项 行政检查 6 0 13", "行政确认 2 1 9"],  # in one cell with the sub-row's label
    ["行政检查 6 0 13", "其他对外管理服务事项", "行政确认 2 1 9"],  # centred between them
])
def test_text_sub_rows_under_a_subject_printed_once_are_not_the_subjects(rows: list[str]) -> None:
    facts = text_facts(["第二十条第(五)项", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", "行政许可 | 0 | 0 | 0 |",
                        *rows, "行政处罚 | 4 | 0 | 2 |"])
    assert other_service_keys(facts) == []
    assert facts["active.penalty.items_prev"] == (4, None)


def test_a_parenthesis_after_the_subject_explains_it() -> None:
    facts = text_facts(["第二十条第(一)项", "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
                        "规范性文件 | (行政机关制定发布的决定) | 3 | 3 | 17 |", "其他 | 1 | 1 | 1 |"])
    assert facts["active.normative.public_total"] == (17, None)


# --- section 二 headers wrapped over the lines of a PDF's text layer -----------------------------------------------

S2_1_ROWS = ["规章 0 0 0", "规范性文件 3 3 17"]
S2_5_ROWS = ["行政许可 12 +3 208", "其他对外管理服务事项 5 0 46"]
S2_1_EXPECT = {"active.regulation.issued": (0, None), "active.normative.issued": (3, None),
               "active.normative.published_new": (3, None), "active.normative.public_total": (17, None)}
S2_5_EXPECT = {"active.permit.items_prev": (12, None), "active.permit.items_delta": (3, None),
               "active.permit.decisions": (208, None), "active.other_service.decisions": (46, None)}


@pytest.mark.parametrize(("h1", "h5"), [
    pytest.param(["信息内容 本年新 本年新 对外公开总数量", "制作数量 公开数量"],
                 ["信息内容 上一年项目数量 本年增/减 处理决定数量"], id="one-header-wrapped"),
    pytest.param(["信息内容 本年新 本年新 对外公开", "制作数量 公开数量 总数量"],
                 ["信息内容 上一年项 本年 处理决定", "目数量 增/减 数量"], id="all-wrapped"),
    pytest.param(["本年新 本年新 对外公开", "信息内容", "制作数量 公开数量 总数量"],
                 ["上一年项 本年 处理决定", "信息内容", "目数量 增/减 数量"], id="corner-centred"),
    pytest.param(["信息内容 本年新 本年新 对外公", "制作 公开 开总", "数量 数量 数量"],
                 ["信息内容 上一年 本年 处理", "项目数量 增/减 决定数量"], id="three-lines"),
])
def test_wrapped_header_lines_name_the_forms_columns(h1: list[str], h5: list[str]) -> None:
    facts = text_facts(["第二十条第(一)项", *h1, *S2_1_ROWS, "第二十条第(五)项", *h5, *S2_5_ROWS])
    assert {k: facts.get(k) for k in S2_1_EXPECT} == S2_1_EXPECT
    assert {k: facts.get(k) for k in S2_5_EXPECT} == S2_5_EXPECT


@pytest.mark.parametrize("h1", [
    ["信息内容 本年新 本年新 对外公开", "公开数量 制作数量 总数量"],  # the lower words out of the columns' order
    ["信息内容 本年新 本年新 对外公开", "制作数量 公开数量 总数量 合计"],  # a word that continues no column
    ["本年新 本年新 对外公开", "第二十条", "信息内容", "制作数量 公开数量 总数量"],  # the top line is not next to the corner
])
def test_wrapped_header_lines_that_do_not_read_as_the_form_place_nothing(h1: list[str]) -> None:
    facts = text_facts(["第二十条第(一)项", *h1, *S2_1_ROWS])
    assert not [k for k in facts if k.endswith((".issued", ".published_new"))]


def test_a_label_only_row_that_ends_its_table_reads_blank() -> None:
    # "行政许可 | |||" under the one column of (五), then the caption of (六): its only cell was blank (spec 2.7: 0)
    grids = grids_from_text("\n".join([
        "第二十条第(五)项 |", "信息内容 | 本年处理决定数量 |", "行政许可 | |||", "第二十条第(六)项 |",
        "信息内容 | 本年处理决定数量 |", "行政处罚 | 126 |", "行政强制 | 3 |"]))
    facts = {f.key: (f.value, f.value_flag) for f in facts_from_grids(grids, "t2021")[0]}
    assert facts["active.permit.decisions"] == (0, "blank")
    assert facts["active.penalty.decisions"] == (126, None) and facts["active.coercion.decisions"] == (3, None)
