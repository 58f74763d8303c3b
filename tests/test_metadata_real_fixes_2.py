"""Metadata fixes for real township, street and department pages: 工作的报告 titles, report words transposed by a
CMS, a label or spam brand before the title's agency, a date glued before 来源, labels glued to the value before."""

from __future__ import annotations

import pytest

from pipelines.extract import extract_body, parse_meta_block
from pipelines.metadata import agency_from, agency_type
from pipelines.titles import parse_title


def test_gongzuo_de_baogao_title() -> None:
    info = parse_title("某潭县卫生健康局 2022年度政府信息公开工作的报告")
    assert (info.agency, info.year, info.is_report) == ("某潭县卫生健康局", 2022, True)


@pytest.mark.parametrize("title", ["某图县七家堡镇2023年政府信息公开 工作告年度报", "某镇2023年政府信息公开告报"])
def test_transposed_report_words(title: str) -> None:
    info = parse_title(title)
    assert info.is_report and info.year == 2023 and agency_type(info.agency) == "township"


@pytest.mark.parametrize("title", [
    "某镇2023年政府信息公开工作要点",  # other words, not the report's characters: a plan stays a look-alike
    "某镇2023年政府信息公开工作年度报",  # one character missing
    "某镇2023年政府信息公开",
])
def test_other_words_after_gongkai_are_no_report(title: str) -> None:
    assert not parse_title(title).is_report


@pytest.mark.parametrize(("title", "agency"), [
    ("uedbet体育_uedbet官网@：西河镇人民政府2023年政府信息公开工作年度报告", "西河镇人民政府"),
    ("uedbet官网西河镇人民政府2023年政府信息公开工作年度报告", "西河镇人民政府"),
    ("标题：某县教育局2023年政府信息公开工作年度报告", "某县教育局"),
    ("某县教育局：2023年政府信息公开工作年度报告", "某县教育局"),
])
def test_brand_or_label_before_the_agency(title: str, agency: str) -> None:
    assert agency_from(title, {}) == agency


def test_labels_glued_to_the_value_before() -> None:
    block = parse_meta_block("发布机构：某和县教育局发布日期：2024-01-25")
    assert block == {"发布机构": "某和县教育局", "发布日期": "2024-01-25"}
    assert "时间" not in parse_meta_block("办理时间：工作日")  # a label inside a word, with no pair before, is none


@pytest.mark.parametrize(("line", "date"), [
    ("2024年01月26日来源：某洪区教育局", "2024年01月26日"),
    ("2024-01-26 10:30 来源：某洪区教育局 浏览次数：", "2024-01-26 10:30"),
])
def test_date_opening_a_metadata_line(line: str, date: str) -> None:
    block = parse_meta_block(line)
    assert block["日期"] == date and block["来源"] == "某洪区教育局"


def test_text_before_the_labels_is_no_date() -> None:
    assert "日期" not in parse_meta_block("2024年01月26日发布 来源：某局")
    assert "日期" not in parse_meta_block("2008-2024 来源：某局")


def test_published_from_date_glued_to_laiyuan() -> None:
    page = ("<html><body><div class='date'>2024年01月26日来源：某洪区教育局</div>"
            "<h1>某洪区教育局2023年政府信息公开工作年度报告</h1><div class='content'><p>"
            + "本报告由某洪区教育局编制。" * 10 + "</p></div></body></html>")
    assert extract_body(page, "http://www.example.gov.cn/a.html").published == "2024-01-26"
