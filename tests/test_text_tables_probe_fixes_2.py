"""Section-二 headers whose column words carry a bracketed note, section-二 tables printed one cell per line under
their own header with fewer rows than a table, and one-cell-per-line section 三 / split section-四 headers read as
text (probes tests/test_probe_real_2022_2025.py and tests/test_probe_real_section3.py)."""

from __future__ import annotations

import pytest

from pipelines.facts_table import facts_from_grids
from pipelines.tables import grids_from_text


def _facts(text: str, template: str = "t2021") -> dict[str, float | None]:
    facts, _ = facts_from_grids(grids_from_text(text), template)
    return {f.key: f.value for f in facts}


# --- a bracketed note inside a section-二 column word -----------------------------------------------------------

def test_a_year_in_brackets_inside_the_column_words_keeps_the_columns() -> None:
    text = "\n".join(["第二十条第(一)项 | |||", "信息内容 | 本年(2023)制发件数 | 本年（2023）废止件数 | 现行有效件数 |",
                      "规章 | 0 | 0 | 0 |", "行政规范性文件 | 2 | 1 | 7 |", "第二十条第(五)项 | |||",
                      "信息内容 | 本年(2023)处理决定数量 |", "行政许可 | 12 |"])
    facts = _facts(text)
    assert (facts["active.normative.issued"], facts["active.normative.repealed"],
            facts["active.normative.in_force"]) == (2, 1, 7)
    assert facts["active.permit.decisions"] == 12


def test_a_note_left_open_still_ends_the_column_word() -> None:
    text = "\n".join(["信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数（历史累计", "规章 | 0 | 0 | 3 |",
                      "行政规范性文件 | 2 | 1 | 7 |"])
    assert _facts(text)["active.regulation.in_force"] == 3


# --- one cell a line, fewer rows than a table ---------------------------------------------------------------------

S2_HEAD = ["二、主动公开政府信息情况", "第二十条第(五)项", "信息内容", "本年处理决定数量"]
AFTER = ["三、收到和处理政府信息公开申请情况", "本年度共收到政府信息公开申请3件。"]


@pytest.mark.parametrize("bar", ["", " |"])
def test_a_one_row_section_2_table_under_its_own_header_is_read(bar: str) -> None:
    lines = [*S2_HEAD, "行政许可", "12"]
    assert _facts("\n".join([*(line + bar for line in lines), *AFTER])) == {"active.permit.decisions": 12}


def test_two_one_value_rows_under_their_header_are_read() -> None:
    lines = ["第二十条第(六)项", "信息内容", "本年处理决定数量", "行政处罚", "3", "行政强制", "0"]
    assert _facts("\n".join([*lines, *AFTER])) == {"active.penalty.decisions": 3, "active.coercion.decisions": 0}


def test_a_row_that_lost_its_blanks_above_a_full_row_reads_blank() -> None:
    lines = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件", "2", "1", "7"]
    facts = _facts("\n".join([*lines, *AFTER]))
    assert (facts["active.normative.issued"], facts["active.normative.in_force"]) == (2, 7)
    assert facts["active.regulation.issued"] == 0


def test_a_label_and_a_lone_number_without_a_header_are_no_table() -> None:
    assert grids_from_text("\n".join(["行政许可", "12", *AFTER])) == []
    assert grids_from_text("\n".join(["本年处理决定数量", "行政许可", "12", *AFTER])) == []


# --- section 三 one cell a line, section 四 with split header words --------------------------------------------

S3_ROWS = {"一、本年新收政府信息公开申请数量": [41, 6, 0, 1, 2, 0], "二、上年结转政府信息公开申请数量": [3, 1, 0, 0, 0, 0],
           "三、本年度办理结果": None, "（一）予以公开": [12, 2, 0, 0, 1, 0], "（二）部分公开": [5, 1, 0, 0, 0, 0],
           "（三）不予公开": None, "1.属于国家秘密": [0, 0, 0, 0, 0, 0], "（七）总计": [44, 6, 0, 1, 2, 0],
           "四、结转下年度继续办理": [0, 1, 0, 0, 0, 0]}


def _s3_one_cell_per_line(bar: str) -> list[str]:
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计",
             "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    for label, values in S3_ROWS.items():
        lines.append(label)
        lines += [str(v) for v in [*values, sum(values)]] if values else []
    return [line + bar for line in lines]


@pytest.mark.parametrize("bar", ["", " |"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_section_3_one_cell_per_line(bar: str, script: str) -> None:
    text = "\n".join(["三、收到和处理政府信息公开申请情况", *_s3_one_cell_per_line(bar), "五、存在的主要问题及改进情况"])
    if script == "traditional":
        text = text.translate(str.maketrans("开请数结转办处总计组织业务机构种类关将", "開請數結轉辦處總計組織業務機構種類關將"))
    facts = _facts(text)
    assert facts["apply.received_new.total"] == 50
    assert facts["apply.outcome.granted.legal_service"] == 1
    assert facts["apply.outcome.total.total"] == 53
    assert facts["apply.carried_out.total"] == 1


def test_section_4_header_words_split_over_two_lines() -> None:
    text = "\n".join(["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
                      "结果 结果 其他 尚未 总", "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
                      "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计", "1 0 0 0 1 0 1 0 0 1 0 0 0 0 0"])
    facts = _facts(text)
    assert (facts["review.upheld"], facts["review.total"]) == (1, 1)
    assert (facts["litigation.direct.corrected"], facts["litigation.direct.total"]) == (1, 1)
    assert facts["litigation.after_review.total"] == 0
