"""Tables that reached us as text and were cut by a page break: the page number printed between the parts, and
parts of one line (a header, a row, section 四's values) reach the fact mapper, which joins them back."""

from __future__ import annotations

import pytest

from pipelines.facts_table import facts_from_grids
from pipelines.tables import grids_from_text

# A 2019-form report pasted as text: one line per table row, its non-empty cells joined by " | "
SECTION_2 = ["二、主动公开政府信息情况", "第二十条第（一）项 |", "信息内容 | 本年新 制作数量 | 本年新公开数量 | 对外公开总数量 |",
             "规章 | / | / | 38 |", "规范性文件 | / | / | ４１ |", "第二十条第（五）项 |",
             "信息内容 | 上一年项目 数量 | 本年增/减 | 处理决定 数量 |", "行政许可 | 12 | / | １，０３６ |",
             "其他对外管理服务事项 | 230 | +15 | １，０３６ |", "第二十条第（六）项 |",
             "信息内容 | 上一年项目 数量 | 本年增/减 | 处理决定 数量 |", "行政处罚 | 12 | 3 | 12，650 |", "行政强制 | １２ | / | ８８ |"]
SECTION_3 = ["三、收到和处理政府信息公开申请情况",
             "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
             "自然人 | 法人或其他组织 | 合计 |", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
             "一、本年新收政府信息公开申请数量 | 13 | / | / | 11 | / | / | ２４ |",
             "二、上年结转政府信息公开申请数量 | / | / | / | 1 | / | / | １ |",
             "三、本年度办理结果 | （一）予以公开 | 5 | / | / | ７ | / | / | 12 |",
             "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | １ | / | / | 1 | / | / | 2 |",
             "（七）总计 | 13 | / | / | １２ | / | / | ２５ |", "四、结转下年度继续办理 | / | / | / | / | / | / | / |"]
SECTION_4 = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 | 行政诉讼 |",
             "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
             "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 |",
             "1 | / | 1 | 2 | 4 | / | 2 | / | / | ２ | ２ | 2 | / | ２ | 6 |"]
REPORT = [*SECTION_2, *SECTION_3, *SECTION_4, "五、存在的主要问题及改进情况", "一是公开内容的全面性有待加强。"]
PAGE_NUMBERS = ["- 3 -", "— 3 —", "－３－", "第 3 页", "第3页 共5页", "第 3 页 / 共 5 页", "3/5", "3 / 5"]
RUNNING_HEAD = "喜德县人民政府2020年政府信息公开工作年度报告"  # printed atop every page: no page number


def table_facts(lines: list[str]) -> dict[str, float | None]:
    return {f.key: f.value for f in facts_from_grids(grids_from_text("\n".join(lines)), "t2019")[0]}


def cut(lines: list[str], before: str, *break_lines: str) -> list[str]:
    i = lines.index(before)
    return [*lines[:i], *break_lines, *lines[i:]]


WHOLE = table_facts(REPORT)


def test_the_uncut_report_reads_every_table() -> None:
    assert WHOLE["active.permit.decisions"] == 1036 and WHOLE["active.coercion.decisions"] == 88
    assert WHOLE["apply.received_new.total"] == 24 and WHOLE["apply.outcome.total.total"] == 25
    assert WHOLE["review.total"] == 4 and WHOLE["litigation.after_review.total"] == 6


@pytest.mark.parametrize("page_number", PAGE_NUMBERS)
@pytest.mark.parametrize("before", [SECTION_2[-1], SECTION_3[4], SECTION_3[-1], SECTION_4[-1], SECTION_4[2]])
def test_a_page_number_between_the_parts_of_a_table_loses_nothing(page_number: str, before: str) -> None:
    assert table_facts(cut(REPORT, before, page_number)) == WHOLE


@pytest.mark.parametrize("page_number", ["- 3 - |", "第 3 页 | 共 5 页 |"])
def test_a_page_number_inside_a_pdf_page_text_is_no_row(page_number: str) -> None:
    """PDF text read without rules: a one-cell line between table lines gets a trailing bar (piped_lines)."""
    rows = [*SECTION_3[1:5], page_number, *SECTION_3[5:]]
    grids = grids_from_text("\n".join(rows))
    assert len(grids) == 1 and not any("页" in cell or cell == "- 3 -" for row in grids[0] for cell in row)


@pytest.mark.parametrize("page_number", PAGE_NUMBERS)
def test_a_page_number_between_spaced_rows_is_no_label(page_number: str) -> None:
    rows = ["（一）收到申请数 件 37", "1.当面申请数 件 14", page_number, "2.传真申请数 件 1", "3.网络申请数 件 22"]
    assert grids_from_text("\n".join(rows)) == [[["（一）收到申请数", "件", "37"], ["1.当面申请数", "件", "14"],
                                                 ["2.传真申请数", "件", "1"], ["3.网络申请数", "件", "22"]]]


@pytest.mark.parametrize("page_number", PAGE_NUMBERS)
def test_a_page_number_between_one_value_per_line_rows_is_no_label(page_number: str) -> None:
    rows = ["（一）收到申请数", "件", "37", page_number, "1.当面申请数", "件", "14", "2.传真申请数", "件", "1"]
    assert grids_from_text("\n".join(rows)) == [[["（一）收到申请数", "件", "37"], ["1.当面申请数", "件", "14"],
                                                 ["2.传真申请数", "件", "1"]]]


def test_a_bare_number_is_a_value_not_a_page_number() -> None:
    rows = ["1.当面申请数", "3", "2.传真申请数", "1", "3.网络申请数", "22"]
    assert grids_from_text("\n".join(rows)) == [[["1.当面申请数", "3"], ["2.传真申请数", "1"], ["3.网络申请数", "22"]]]


# --- parts of one line: the page break came with a running head, not just a page number ---------------------------

def test_section_4_values_alone_after_the_break_are_kept() -> None:
    values = SECTION_4[-1]
    assert [[cell.strip() for cell in values.split("|") if cell.strip()]] in grids_from_text(
        "\n".join(cut(REPORT, values, RUNNING_HEAD)))
    assert table_facts(cut(REPORT, values, "- 3 -", RUNNING_HEAD)) == WHOLE


def test_a_last_section_2_row_alone_before_the_next_caption_is_kept() -> None:
    lines = cut(REPORT, SECTION_2[-1], RUNNING_HEAD)
    assert [["行政强制", "１２", "/", "８８"]] in grids_from_text("\n".join(lines))
    assert table_facts(lines)["active.coercion.decisions"] == 88


def test_a_header_alone_before_the_break_heads_the_rows_after_it() -> None:
    """The article caption printed above the table, not as its first row: the header line is the whole part."""
    lines = cut(REPORT, "行政处罚 | 12 | 3 | 12，650 |", RUNNING_HEAD)
    lines[lines.index("第二十条第（六）项 |")] = "第二十条第（六）项"
    assert [["信息内容", "上一年项目 数量", "本年增/减", "处理决定 数量"]] in grids_from_text("\n".join(lines))
    got = table_facts(lines)
    assert got["active.penalty.decisions"] == 12650 and got["active.coercion.decisions"] == 88


def test_a_one_cell_line_alone_is_no_table() -> None:
    assert grids_from_text("第二十条第（一）项 |\n本年度未收取信息处理费。") == []


# --- section 四's values printed apart by spaces ------------------------------------------------------------------

def spaced(lines: list[str]) -> list[str]:
    """The report with its cells apart by spaces instead of bars (a table pasted from a PDF viewer)."""
    return [" ".join(cell.strip() for cell in line.split("|") if cell.strip()) for line in lines]


@pytest.mark.parametrize("break_lines", [(), ("第 3 页",), (RUNNING_HEAD,)])
def test_section_4_values_apart_by_spaces_under_their_header(break_lines: tuple[str, ...]) -> None:
    got = table_facts(spaced(cut(REPORT, SECTION_4[-1], *break_lines)))
    assert {k: v for k, v in got.items() if k.startswith(("review.", "litigation."))} == {
        k: v for k, v in WHOLE.items() if k.startswith(("review.", "litigation."))}


def test_a_values_line_is_one_cell_per_value() -> None:
    grids = grids_from_text("\n".join(["行政复议", "结果维持 结果纠正 其他结果 尚未审结 总计", "1 0 1 2 4"]))
    assert grids == [[["行政复议"], ["结果维持 结果纠正 其他结果 尚未审结 总计", "1", "0", "1", "2", "4"]]]


def test_a_few_numbers_apart_by_spaces_are_no_values_row() -> None:
    assert grids_from_text("联系电话\n0431 8917 7997") == []
