"""Tables printed as text with their cells apart by spaces, tabs or full-width bars, traditional-script unit lines,
and the prose phrasings of appeals, channels, copy fees and consultations (probe tests/test_probe_accuracy_6.py)."""

from __future__ import annotations

import random

import pytest

from pipelines import facts_text
from pipelines.facts_table import facts_from_grids
from pipelines.facts_text import facts_from_text
from pipelines.tables import grids_from_text

# --- tables printed as text ---------------------------------------------------------------------------------------

SPACED_ROWS = ["统计指标 单位 统计数", "一、主动公开情况", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） 条 3218",
               "三、依申请公开情况", "（一）收到申请数 件 37", "1.当面申请数 件 14", "七、依申请公开信息收取的费用 万元 0.5"]


@pytest.mark.parametrize("separator", [" ", "\t", "\u3000\u3000\u3000"])
def test_rows_with_cells_apart_by_whitespace(separator: str) -> None:
    grids = grids_from_text("\n".join(row.replace(" ", separator) for row in SPACED_ROWS))
    assert grids == [[["统计指标 单位 统计数"], ["一、主动公开情况"],
                      ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "3218"], ["三、依申请公开情况"],
                      ["（一）收到申请数", "件", "37"], ["1.当面申请数", "件", "14"],
                      ["七、依申请公开信息收取的费用", "万元", "0.5"]]]


def test_spaced_rows_without_unit_with_several_values_and_dashes() -> None:
    rows = grids_from_text("\n".join(["一、本年新收政府信息公开申请数量 12 0 0 0 0 0 12", "二、上年结转政府信息公开申请数量 — — 0 0 0 0 ０",
                                      "四、结转下年度继续办理 1 0 0 0 0 0 1"]))[0]
    assert rows[0] == ["一、本年新收政府信息公开申请数量", "12", "0", "0", "0", "0", "0", "12"]
    assert rows[1] == ["二、上年结转政府信息公开申请数量", "—", "—", "0", "0", "0", "0", "０"]


def test_a_label_word_that_is_no_unit_stays_in_the_label() -> None:
    rows = grids_from_text("\n".join(["其中：涉及 商业 0", "涉及 个人隐私 件 1", "法律法规 规定的 其他 2"]))[0]
    assert rows == [["其中：涉及 商业", "0"], ["涉及 个人隐私", "件", "1"], ["法律法规 规定的 其他", "2"]]


def test_fullwidth_bars_separate_cells_like_ascii_bars() -> None:
    grids = grids_from_text("统计指标｜单位｜统计数\n（一）收到申请数｜件｜37\n1.当面申请数｜件｜14")
    assert grids == [[["统计指标", "单位", "统计数"], ["（一）收到申请数", "件", "37"], ["1.当面申请数", "件", "14"]]]


def test_traditional_unit_lines_of_a_one_value_per_line_table() -> None:
    lines = ["統計指標", "單位", "統計數", "（一）主動公開政府信息數", "條", "3218", "（一）政府信息公開工作專門機構數", "個", "1",
             "（四）政府信息公開專項經費", "萬元", "4.5"]
    rows = grids_from_text("\n".join(lines))[0]
    assert ["（一）主動公開政府信息數", "條", "3218"] in rows
    assert ["（一）政府信息公開工作專門機構數", "個", "1"] in rows
    assert ["（四）政府信息公開專項經費", "萬元", "4.5"] in rows


def test_unit_and_value_on_one_line_under_their_label() -> None:
    rows = grids_from_text("\n".join(["（一）收到申请数", "件 37", "1.当面申请数", "件 14", "2.传真申请数", "件 1"]))[0]
    assert rows == [["（一）收到申请数", "件", "37"], ["1.当面申请数", "件", "14"], ["2.传真申请数", "件", "1"]]


def test_prose_page_numbers_and_phone_numbers_are_no_rows() -> None:
    text = "\n".join(["- 3 -", "联系电话： 0431-89177997", "全年共受理申请 37 件。", "第 3 页 共 10 页", "- 4 -"])
    assert grids_from_text(text) == []


# --- prose phrasings ----------------------------------------------------------------------------------------------

def text_facts(text: str, template: str | None = "e2008") -> dict[str, tuple[float | None, str | None]]:
    return {f.key: (f.value, f.unit) for f in facts_from_text(text, template)}


def test_appeal_total_and_review_kept_apart() -> None:
    got = text_facts("全年因政府信息公开申请行政复议2件，维持2件；发生因政府信息公开引起的行政申诉1件，维持1件。")
    assert got["appeal.total"] == (1, "件")
    assert (got["review.total"], got["review.upheld"]) == ((2, "件"), (2, "件"))
    assert not any(key.startswith("appeal.") and key != "appeal.total" for key in got)


def test_appeal_does_not_take_review_numbers() -> None:
    got = text_facts("全年行政复议3件，行政申诉情况另行报告。")
    assert got["review.total"] == (3, "件") and "appeal.total" not in got


def test_zero_statement_names_review_litigation_and_appeal() -> None:
    got = text_facts("本年度未发生因政府信息公开引起的行政复议、行政诉讼和行政申诉。")
    assert (got["review.total"][0], got["litigation.total"][0], got["appeal.total"][0]) == (0, 0, 0)


def test_zero_statements_around_anchors_are_those_of_the_whole_text() -> None:
    rng = random.Random(3)
    words = ["未发生", "没有收到过", "未出现", "无", "因", "行政复议", "行政诉讼", "行政申诉", "涉诉", "案件", "，", "。", "和", "、",
             "的", "申请", "情况", "政府信息公开"]
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randrange(1, 30)))
        assert ([m.span() for m in facts_text._case_zero_statements(text)]
                == [m.span() for m in facts_text._CASE_ZERO.finditer(text)]), text


@pytest.mark.parametrize(("sentence", "key", "value"), [
    ("申请人通过信函提出申请3件。", "apply.channel.letter", 3),
    ("以传真方式提交申请2件。", "apply.channel.fax", 2),
    ("通过电子邮件提出申请7件。", "apply.channel.email", 7),
    ("当面提出申请9件。", "apply.channel.in_person", 9),
    ("以信函形式申请4件。", "apply.channel.letter", 4),
])
def test_request_channels_with_verbs(sentence: str, key: str, value: int) -> None:
    assert text_facts(sentence)[key] == (value, "件")


def test_copy_fee() -> None:
    assert text_facts("依申请提供信息共收取复印费15.5元。")["fee.request_fees"] == (15.5, "元")


@pytest.mark.parametrize(("sentence", "key", "expected"), [
    ("全年共接待现场咨询1200人次。", "consult.onsite", (1200, "人次")),
    ("现场接待群众咨询35人次。", "consult.onsite", (35, "人次")),
    ("网上咨询共85次。", "consult.online", (85, "次")),
    ("接听咨询电话300次。", "consult.phone", (300, "次")),
])
def test_shanghai_style_consultations(sentence: str, key: str, expected: tuple[int, str]) -> None:
    assert text_facts(sentence)[key] == expected


def test_consultations_are_old_form_statistics() -> None:
    # t2019/t2021 reports have no consultation statistic: 现场咨询 there is the service hall's
    assert not {k for k in text_facts("政务服务中心全年接待现场咨询1200人次。", "t2021") if k.startswith("consult.")}


def test_phone_numbers_are_no_consultation_counts() -> None:
    assert "consult.phone" not in text_facts("咨询电话0571-12345678，网上咨询请登录门户网站。")


def test_consultation_scans_find_exactly_the_matches_of_the_full_patterns() -> None:
    phrases = [p for p in facts_text.PHRASES if p.keys[0].startswith("consult.")]
    rng = random.Random(5)
    words = ["接听", "咨询", "电话", "现场", "当面", "接待", "群众", "网上", "在线", "共", "12", "300人次", "85次", "，", "6通"]
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randrange(1, 20)))
        for phrase in phrases:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, (phrase.keys, text)
            matched += len(expected)
    assert matched > 50


# --- text layouts of the 2019/2021 tables (probe tests/test_probe_accuracy_19.py) ------------------------------------

def table_facts(grids: list) -> dict[str, tuple[float | None, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in facts_from_grids(grids)[0]}


S2_2019_ONE_PER_LINE = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
                        "规章", "1", "1", "8", "规范性文件", "6", "5", "41",
                        "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "132", "-8", "2210",
                        "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "11", "-2"]


def test_long_column_headers_between_row_groups_keep_one_table() -> None:
    # five label lines (caption and four header words) between the groups: each group alone has too few rows
    grids = grids_from_text("\n".join(S2_2019_ONE_PER_LINE))
    assert len(grids) == 1
    assert [r for r in grids[0] if len(r) > 1] == [["规章", "1", "1", "8"], ["规范性文件", "6", "5", "41"],
                                                   ["行政许可", "132", "-8", "2210"], ["行政事业性收费", "11", "-2"]]
    got = table_facts(grids)
    assert (got["active.regulation.public_total"], got["active.permit.items_delta"]) == ((8, None), (-8, None))
    assert got["active.admin_fee.items_delta"] == (-2, None)


def test_a_lone_value_far_above_a_table_stays_apart() -> None:
    prose = [f"第{i}段文字，说明工作情况。" for i in range(30)]
    grids = grids_from_text("\n".join(["全年办件总数", "12", *prose, *S2_2019_ONE_PER_LINE]))
    assert len(grids) == 1 and ["全年办件总数", "12"] not in grids[0]


def test_markdown_delimiter_row_is_no_row_of_dashes() -> None:
    text = "\n".join(["| 行政复议 | 行政诉讼 |", "|---|:---:|", "| 结果维持 | 结果纠正 |", "| - | — |"])
    assert grids_from_text(text) == [[["行政复议", "行政诉讼"], ["结果维持", "结果纠正"], ["-", "—"]]]


S4_MARKDOWN = ["| 行政复议 | 行政诉讼 |", "|---|---|", "| 未经复议直接起诉 | 复议后起诉 |",
               "| " + " | ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + " |",
               "| 3 | 1 | 0 | 1 | 5 | 2 | — | 0 | 1 | 3 | 1 | 0 | 1 | 0 | 2 |"]


def test_section4_markdown_table_under_its_three_header_rows() -> None:
    got = table_facts(grids_from_text("\n".join(S4_MARKDOWN)))
    assert (got["review.total"], got["litigation.direct.corrected"]) == ((5, None), (0, "dash"))
    assert got["litigation.after_review.total"] == (2, None)


TSV_S2_2021 = ["第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t2\t1\t17",
               "行政规范性文件\t9\t4\t63", "第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t3949",
               "第二十条第（八）项", "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t7.522"]


def test_section2_header_line_of_tab_separated_text() -> None:
    got = table_facts(grids_from_text("\n".join(TSV_S2_2021)))
    assert [got[f"active.regulation.{c}"] for c in ("issued", "repealed", "in_force")] == [(2, None), (1, None), (17, None)]
    assert got["active.normative.in_force"] == (63, None) and got["active.permit.decisions"] == (3949, None)
    assert got["active.admin_fee.amount"] == (7.522, None)


def test_section2_header_words_cut_by_spaces_are_not_split_into_wrong_columns() -> None:
    # "本年新 制作数量" names no column once cut: no header of two columns over rows of three values
    lines = ["信息内容 本年新 制作数量 本年新公开数量 对外公开总数量", "规章 1 1 8", "规范性文件 6 5 41", "行政许可 3 2 1"]
    assert not [k for k in table_facts(grids_from_text("\n".join(lines))) if k.startswith("active.regulation.")]


def test_outcome_caption_and_first_row_in_one_cell() -> None:
    head = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况", "自然人\t法人或其他组织\t总计",
            "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    rows = ["一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4", "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
            "三、本年度办理结果\t（一）予以公开\t2\t1\t0\t0\t0\t0\t3", "（二）部分公开\t1\t0\t0\t0\t0\t0\t1"]
    got = table_facts(grids_from_text("\n".join(head + rows)))
    assert got["apply.outcome.granted.total"] == (3, None) and got["apply.outcome.granted.business"] == (1, None)
    assert got["apply.outcome.partial.natural_person"] == (1, None)


S2_GRIDS = [[["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "2", "1", "17"]],
            [["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", "3949"]]]
FEE_GRID = [["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "—"]]


def test_dash_fee_table_among_section2_tables_reads_zero() -> None:
    # spec 2.7: a dash in a template table is 0 with its flag; the section was filled in, only its fee table is blank
    got = table_facts([*S2_GRIDS, FEE_GRID])
    assert got["active.admin_fee.amount"] == (0, "dash") and got["active.permit.decisions"] == (3949, None)
    assert table_facts([FEE_GRID, *S2_GRIDS])["active.admin_fee.amount"] == (0, "dash")


def test_section2_of_blank_tables_only_was_not_filled_in() -> None:
    blank = [[[c if not c.isdigit() else "—" for c in row] for row in grid] for grid in S2_GRIDS]
    assert table_facts([*blank, FEE_GRID]) == {}


def test_a_printed_number_beats_a_blank_repeat_of_its_cell() -> None:
    blank_permit = [["信息内容", "本年处理决定数量"], ["行政许可", "—"]]
    assert table_facts([blank_permit, *S2_GRIDS])["active.permit.decisions"] == (3949, None)


# --- tables flattened one cell per line, each cell closed by a bar (probe tests/test_probe_real_new.py) -------------

def cell_per_line(lines: list[str], bar: str = " |") -> list[str]:
    """The lines of S2_2019_ONE_PER_LINE as such pages print them: the cell, a bar; a bare bar line before each row."""
    out = [lines[0]]
    for line in lines[1:]:
        if not line[0].isdigit() and line[0] != "-":
            out.append(bar.strip())
        out.append(line + bar)
    return out


@pytest.mark.parametrize("variant", ["trailing", "spaced", "full-width", "blank lines", "last cell bare"])
def test_cell_per_line_pipes_read_like_one_value_per_line(variant: str) -> None:
    lines = cell_per_line(S2_2019_ONE_PER_LINE, {"spaced": "  |  ", "full-width": "｜"}.get(variant, " |"))
    if variant == "blank lines":
        lines = [part for line in lines for part in (line, "")]
    if variant == "last cell bare":  # the row's last value printed without its bar
        lines = [line[:-2] if line in ("8 |", "41 |", "2210 |") else line for line in lines]
    assert grids_from_text("\n".join(lines)) == grids_from_text("\n".join(S2_2019_ONE_PER_LINE))
    facts = table_facts(grids_from_text("\n".join(lines)))
    assert facts["active.normative.public_total"] == (41, None)
    assert facts["active.permit.items_delta"] == (-8, None)
    assert facts["active.admin_fee.items_prev"] == (11, None)


def test_one_cell_lines_inside_a_pipe_table_stay_pipe_rows() -> None:
    # a caption line of one cell among rows of several: the run is a pipe table, read as pipe rows
    text = "\n".join(["第二十条第(一)项 | |||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
                      "规章 | 0 | 0 | 0 |", "行政规范性文件 | 3 | 1 | 17 |"])
    assert grids_from_text(text) == [[["第二十条第(一)项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                                      ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "17"]]]


S2_2021_HEADER = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |"


def test_zero_row_that_lost_a_blank_cell_reads_zero_in_every_column() -> None:
    facts = table_facts(grids_from_text("\n".join([S2_2021_HEADER, "规章 | 0 | 0 | |", "行政规范性文件 | 4 | 9 | 23 |"])))
    assert facts["active.regulation.issued"] == (0, None)
    assert facts["active.regulation.repealed"] == (0, None)
    assert facts["active.regulation.in_force"] == (0, "blank")
    assert facts["active.normative.in_force"] == (23, None)


def test_row_of_numbers_that_lost_a_cell_is_not_placed() -> None:
    # the blank cell vanished with its bars: which column it was is unknown and section 二 has no sum rule
    facts = table_facts(grids_from_text("\n".join([S2_2021_HEADER, "规章 | 0 | 5 |", "行政规范性文件 | 4 | 9 | 23 |"])))
    assert not [key for key in facts if key.startswith("active.regulation.")]


# --- empty cells of pipe rows, wrapped labels, R3 totals (probe tests/test_probe_real_tables.py) ---------------------

@pytest.mark.parametrize(("line", "cells"), [
    ("a | | 3 |", ["a", "", "3"]),  # an empty cell between two bars keeps its column
    ("规范性文件 | 2 | | 2 | |", ["规范性文件", "2", "", "2", ""]),  # the last one too when the row keeps its blanks
    ("规范性文件 | 2 | 2 | |", ["规范性文件", "2", "2"]),  # else blanks at the end may be moved there (spec 2.7)
    ("| 2.传真申请数 | 件 | |", ["2.传真申请数", "件", ""]),  # after a unit
    ("规章 | 0 | 5 |", ["规章", "0", "5"]),
    ("第二十条第（一）项 | |||", ["第二十条第（一）项"]),  # the columns a caption spans are no blank values
    ("自然人 | 法人或其他组织 | 总计 | |||||", ["自然人", "法人或其他组织", "总计"]),
])
def test_pipe_row_cells_keep_the_position_of_empty_cells(line: str, cells: list[str]) -> None:
    assert grids_from_text("\n".join(["信息内容 | 甲 | 乙 |", line])) == [[["信息内容", "甲", "乙"], cells]]


def test_a_blank_cell_kept_between_bars_reads_blank_in_its_column() -> None:
    facts = table_facts(grids_from_text("\n".join([S2_2021_HEADER, "规章 | | 5 | |", "行政规范性文件 | | 9 | 23 |"])))
    assert [facts[f"active.regulation.{c}"] for c in ("issued", "repealed", "in_force")] == [(0, "blank"), (5, None),
                                                                                             (0, "blank")]
    assert [facts[f"active.normative.{c}"] for c in ("issued", "repealed", "in_force")] == [(0, "blank"), (9, None),
                                                                                            (23, None)]


E2014_PIPE_HEAD = ["统计指标 | 单位 | 统计数 |", "一、主动公开情况 | — | |"]


def test_a_label_wrapped_before_its_pipe_row_joins_it() -> None:
    rows = grids_from_text("\n".join([*E2014_PIPE_HEAD, "（一）主动公开政府信息数", "（不同渠道和方式公开相同信息计1条） | 条 | 486 |",
                                       "其中：主动公开规范性文件数 | 条 | 9 |"]))
    assert rows == [[["统计指标", "单位", "统计数"], ["一、主动公开情况", "—"],
                     ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "486"], ["其中：主动公开规范性文件数", "条", "9"]]]


def test_a_line_between_pipe_tables_does_not_join_a_header_row() -> None:
    # "（续表）" above a header whose first cell is a bracketed note: the row below prints no value
    text = "\n".join(["自然人 | 总计 |", "一、本年新收政府信息公开申请数量 | 1 | 1 |", "（续表）", "(本列数据的勾稽关系为…) | 申请人情况 |",
                      "二、上年结转政府信息公开申请数量 | 0 | 0 |"])
    assert ["(本列数据的勾稽关系为…)", "申请人情况"] in [row for grid in grids_from_text(text) for row in grid]


S3_HEAD_2019 = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |", "自然人 | 法人或其他组织 | 总计 |",
                "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"]


def test_r3_places_only_the_total_when_the_other_columns_stay_unknown() -> None:
    facts = {f.key: f for f in facts_from_grids(grids_from_text("\n".join([
        *S3_HEAD_2019, "一、本年新收政府信息公开申请数量 | 5 | 5 |", "二、上年结转政府信息公开申请数量 | 2 | 1 | 3 |",
        "三、本年度办理结果 | （一）予以公开 | 4 | 1 | 5 |"])), "t2019")[0]}
    for key, total in (("apply.received_new", 5), ("apply.carried_in", 3), ("apply.outcome.granted", 5)):
        assert (facts[f"{key}.total"].value, facts[f"{key}.total"].value_flag) == (total, "placed")
        assert facts[f"{key}.total"].confidence < 1
        assert not [k for k in facts if k.startswith(f"{key}.") and not k.endswith(".total")]


def test_r6_placement_of_section4_is_taken_whole_or_not_at_all() -> None:
    # R6 pins the three totals of "1 1 1 1 2 2" but not which results the 1s are: the row gives nothing
    head = ["行政复议 | 行政诉讼 |", "未经复议直接起诉 | 复议后起诉 |",
            " | ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + " |"]
    facts, _ = facts_from_grids(grids_from_text("\n".join([*head, "1 | 1 | 1 | 1 | 2 | 2 |"])), "t2021")
    assert not [f for f in facts if f.key.startswith(("review.", "litigation."))]


def test_section3_label_wrapped_with_its_values_on_its_last_line() -> None:
    rows = ["自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1",
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不",
            "再处理其政府信息公开申请 2 0 0 0 0 0 2", "2.申请人逾期未按收费通知要求缴纳费用、", "行政机关不再处理其政府信息公开申请 0 0 0 0 1 0 1",
            "3.其他 0 0 0 0 0 0 0", "四、结转下年度继续办理 0 0 0 0 0 0 0"]
    facts = {f.key: f for f in facts_from_grids(grids_from_text("\n".join(rows)), "t2021")[0]}
    assert facts["apply.outcome.other.no_correction.total"].value == 2
    assert facts["apply.outcome.other.no_correction.total"].raw_label.startswith("（六）其他处理 1.申请人无正当理由")
    assert facts["apply.outcome.other.fee_unpaid.legal_service"].value == 1
    assert facts["apply.outcome.other.misc.total"].value == 0


def test_zero_row_wrapped_onto_a_line_of_values_is_not_filled() -> None:
    # the lost cell went on the next line (a value, not a blank): reading it as a blank 0 would be wrong
    facts = table_facts(grids_from_text("\n".join([S2_2021_HEADER, "规章 | 0 | 0 |", "5 |",
                                                   "行政规范性文件 | 4 | 9 | 23 |"])))
    assert "active.regulation.in_force" not in facts
    assert facts["active.normative.in_force"] == (23, None)


# --- prose sentences, rows left all blank and cut column words (probe tests/test_probe_real_new_2.py) ----------------

S2_2021_CELL_PER_LINE = ["二、主动公开政府信息情况", "第二十条第(一)项 |", "信息内容 |", "本年制发件数 |", "本年废止件数 |",
                         "现行有效件数 |"]


def test_a_sentence_is_no_cell_of_a_text_grid() -> None:
    prose = ["一、总体情况", "(三)未发生因信息公开申请行政复议、提起行政诉讼事件。", "(四)政府信息管理情况。2023年未印发规范性文件。"]
    rows = ["规章 |", "0 |", "0 |", "0 |", "行政规范性文件 |", "1 |", "0 |", "4 |", "第二十条第(五)项 |", "信息内容 |",
            "本年处理决定数量 |", "行政许可 |", "57 |"]
    grids = grids_from_text("\n".join([*prose, *S2_2021_CELL_PER_LINE, *rows]))
    assert len(grids) == 1 and not [r for r in grids[0] if "。" in r[0]]
    assert grids[0][0] == ["二、主动公开政府信息情况"]
    facts = table_facts(grids)
    assert not [k for k in facts if k.startswith(("review.", "litigation."))]
    assert facts["active.normative.in_force"] == (4, None) and facts["active.permit.decisions"] == (57, None)


def test_section2_rows_under_prose_words_of_section4_are_no_section4_values() -> None:
    # a heading without its full stop still names 行政复议 and 行政诉讼: the 规章 row under it is section 二's
    grid = [["(三)未发生因信息公开申请行政复议、提起行政诉讼事件"], ["信息内容"], ["本年制发件数"], ["本年废止件数"],
            ["现行有效件数"], ["规章", "0", "0", "0"], ["行政规范性文件", "1", "0", "4"], ["行政许可", "57"]]
    facts = table_facts([grid])
    assert not [k for k in facts if k.startswith(("review.", "litigation."))]
    assert facts["active.regulation.issued"] == (0, None)


def test_a_row_printed_without_values_under_a_full_row_reads_blank() -> None:
    # the bare "|" lines of its blank cells were dropped: 规章 printed no value, the next row all three of its own
    rows = ["规章 |", "行政规范性文件 |", "2 |", "0 |", "5 |", "第二十条第(五)项 |", "信息内容 |", "本年处理决定数量 |",
            "行政许可 |", "13 |"]
    grids = grids_from_text("\n".join([*S2_2021_CELL_PER_LINE, *rows]))
    assert len(grids) == 1
    facts = table_facts(grids)
    assert {k: facts[f"active.regulation.{k}"] for k in ("issued", "repealed", "in_force")} == dict.fromkeys(
        ("issued", "repealed", "in_force"), (0, "blank"))
    assert facts["active.normative.issued"] == (2, None) and facts["active.permit.decisions"] == (13, None)


def test_a_row_without_values_above_a_row_that_lost_cells_is_not_filled() -> None:
    # the next row prints two values of three: 规章's cells may be among the lost ones, nothing is known of them
    rows = ["规章 |", "行政规范性文件 |", "2 |", "5 |", "行政许可 |", "13 |", "行政处罚 |", "6 |"]
    facts = table_facts(grids_from_text("\n".join([*S2_2021_CELL_PER_LINE, *rows])))
    assert not [k for k in facts if k.startswith(("active.regulation.", "active.normative."))]


def test_two_rows_of_one_value_a_line_are_no_table() -> None:
    assert grids_from_text("\n".join(["全年办件总数", "12", "其中网上办件", "10", "五、存在的主要问题"])) == []


S2_2019_CUT = ["第二十条第(一)项 | ||||", "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |", "规章 | 0 | 0 | 0 | |",
               "规范性文件 | 2 | 1 | 9 | |"]


def test_cut_2019_column_words_take_the_forms_column_order() -> None:
    facts = table_facts(grids_from_text("\n".join(S2_2019_CUT)))
    assert (facts["active.normative.issued"], facts["active.normative.published_new"],
            facts["active.normative.public_total"]) == ((2, None), (1, None), (9, None))
    assert facts["active.regulation.published_new"] == (0, None)


@pytest.mark.parametrize("header", [
    "信息内容 | 对外公开总数量 | 本年新 | 本年新 |",  # not the form's order
    "信息内容 | 本年新 | 本年新 | 现行有效件数 |",  # no form's words
    "信息内容 | 本 | 本 | 对外公开总数量 |",  # a cut word of one character tells nothing
])
def test_cut_column_words_out_of_any_forms_order_are_not_placed(header: str) -> None:
    facts = table_facts(grids_from_text("\n".join([S2_2019_CUT[0], header, *S2_2019_CUT[2:]])))
    assert not [k for k in facts if k.endswith((".issued", ".published_new"))]


def test_a_cut_word_two_one_column_forms_start_with_is_not_placed() -> None:
    facts = table_facts(grids_from_text("\n".join(["第二十条第(五)项 | |", "信息内容 | 本年 |", "行政许可 | 13 |",
                                                   "行政处罚 | 4 |", "行政强制 | 0 |"])))
    assert not [k for k in facts if k.startswith("active.")]


# --- section 二 header pieces, section 三 centred categories, local e2014 forms (tests/test_probe_real_tables_2.py) --

@pytest.mark.parametrize("pieces", [
    ["本年新", "制作数量", "本年新", "公开数量", "对外公开总数量"],  # each header cell wrapped in two lines
    ["本年新制作", "数量", "本年新公开数量", "对外公开", "总数量"],
])
def test_header_words_wrapped_one_piece_a_line_take_the_forms_columns(pieces: list[str]) -> None:
    facts = table_facts(grids_from_text("\n".join(["第二十条第(一)项", "信息内容", *pieces, "规章", "0", "0", "0",
                                                   "规范性文件", "3", "2", "9"])))
    assert (facts["active.normative.issued"], facts["active.normative.published_new"],
            facts["active.normative.public_total"]) == ((3, None), (2, None), (9, None))


def test_a_header_word_that_lost_its_end_takes_the_forms_column() -> None:
    facts = table_facts(grids_from_text("\n".join(["第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
                                                   "行政处罚", "4", "1", "9", "行政强制", "0", "0", "0"])))
    assert (facts["active.penalty.items_prev"], facts["active.penalty.items_delta"],
            facts["active.penalty.decisions"]) == ((4, None), (1, None), (9, None))


@pytest.mark.parametrize("pieces", [
    ["本年新", "公开数量", "本年新", "制作数量", "对外公开总数量"],  # not the form's order
    ["本年新", "制作数量", "对外公开总数量"],  # a column missing
    ["本年新", "制作数量", "合计", "本年新", "公开数量", "对外公开总数量"],  # a word among the form's
])
def test_header_pieces_out_of_the_forms_words_place_nothing(pieces: list[str]) -> None:
    facts = table_facts(grids_from_text("\n".join(["第二十条第(一)项", "信息内容", *pieces, "规章", "0", "0", "0",
                                                   "规范性文件", "3", "2", "9"])))
    assert not [k for k in facts if k.endswith((".issued", ".published_new"))]


S3_HEAD = ["三、收到和处理政府信息公开申请情况 | 申请人情况 |", "自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"]


def _s3_rows(*rows: str) -> dict[str, tuple[float | None, str | None]]:
    return table_facts(grids_from_text("\n".join([*S3_HEAD, "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                                                  *rows])))


def test_a_child_label_names_its_category_when_the_category_cell_is_printed_lower() -> None:
    zeros = " | 0" * 7 + " |"
    facts = _s3_rows(f"1.属于国家秘密{zeros}", f"（三）不予公开 | 2.其他法律行政法规禁止公开{zeros}",
                     "1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |",
                     f"（四）无法提供 | 2.没有现成信息需要另行制作{zeros}")
    assert facts["apply.outcome.withheld.state_secret.total"] == (0, None)
    assert facts["apply.outcome.withheld.law_prohibited.total"] == (0, None)
    assert facts["apply.outcome.unavailable.not_held.total"] == (2, None)
    assert facts["apply.outcome.unavailable.not_held.natural_person"] == (1, None)


def test_a_truncated_child_label_keeps_the_category_in_force_by_its_number() -> None:
    zeros = " | 0" * 7 + " |"
    facts = _s3_rows(f"（四）无法提供 | 1.本机关不掌握…{zeros}", "3.补正后… | 2 | 0 | 0 | 0 | 0 | 0 | 2 |")
    assert facts["apply.outcome.unavailable.unclear.total"] == (2, None)
    assert not [k for k in facts if k.startswith("apply.outcome.other.")]


LOCAL_FORM = ["| 序号 | 统计指标 | 单位 | 区政府统计数 | 区直单位统计数 | 乡镇街道统计数 |",
              "| 1 | （一）主动公开政府信息数 | 条 | {0} |", "| 2 | 其中：主动公开规范性文件数 | 条 | {1} |",
              "| 3 | 主动公开财务预决算、财政专项经费管理使用和“三公”经费信息 | 条 | {2} |",
              "| 4 | 四、行政复议数量 | 件 | {3} |", "| 5 | 五、行政诉讼数量 | 件 | {3} |",
              "| 6 | （四）政府信息公开专项经费 | 万元 | {4} |"]


@pytest.mark.parametrize("column", [0, 2])
def test_a_local_form_filled_in_one_part_column_reads_that_column(column: int) -> None:
    def cells(value: str) -> str:
        return " | ".join(value if j == column else "" for j in range(3))
    facts = table_facts(grids_from_text("\n".join(
        line.format(*map(cells, ("173", "2", "4", "0", "1.2"))) for line in LOCAL_FORM)))
    assert facts["active.items_total"] == (173, None)  # not the row number
    assert facts["active.normative.published"] == (2, None)
    assert facts["org.budget"] == (1.2, None)  # the 万元 row, not the items counted in 条
    assert facts["review.total"] == (0, None)
    assert not [k for k in facts if k.startswith(("review.", "litigation.")) and not k.endswith(".total")]


def test_a_local_form_with_several_parts_filled_reads_the_first_column() -> None:
    facts = table_facts(grids_from_text("\n".join(
        line.format(*[f"{v} | 5 | 7" for v in ("173", "2", "4", "0", "1.2")]) for line in LOCAL_FORM)))
    assert facts["active.items_total"] == (173, None)
    assert facts["org.budget"] == (1.2, None)


def test_a_yearly_and_cumulative_form_reads_its_rows_and_invents_no_section_4() -> None:
    rows = [("主动公开信息数", "条", 318, 1204), ("其中:1.政府网站", "条", 290, 1052), ("受理依申请公开信息总数", "件", 5, 17),
            ("其中:1.当面申请数", "件", 3, 9), ("行政复议数", "件", 0, 1), ("行政诉讼数", "件", 0, 0)]
    facts = table_facts(grids_from_text("\n".join(["指标名称 | 计量单位 | 2009年度 | 历年累计 |",
                                                   *(f"{a} | {b} | {c} | {d} |" for a, b, c, d in rows)])))
    assert facts["active.channel.website"] == (290, None)
    assert facts["apply.received.total"] == (5, None)
    assert facts["review.total"] == (0, None)
    assert not [k for k in facts if k.startswith(("review.", "litigation.")) and not k.endswith(".total")]
