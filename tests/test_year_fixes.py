"""Year from a report's opening sentence naming itself, and copy-site lines that count printed yearbooks (found by
tests/test_probe_real_years.py on real pages)."""

from __future__ import annotations

import pytest

from pipelines.metadata import reporting_year
from pipelines.titles import body_lookalike


@pytest.mark.parametrize("body,year", [
    ("现将2020年政府信息公开工作报告如下：\n一、总体情况", 2020),
    ("现公布区统计局2023年政府信息公开工作年度报告。\n一、总体情况", 2023),
    ("现将本局2021年度政府信息公开工作情况报告如下。", 2021),
])
def test_opening_sentence_names_the_year(body: str, year: int) -> None:
    assert reporting_year(body, "区审计局政府信息公开工作年度报告", "2025-04-02") == (year, "title")


@pytest.mark.parametrize("body", [
    "现将2020年政务工作总结如下。",  # no disclosure report named
    "2020年，我局于2021年1月印发通知，现将有关情况报告如下。",  # no report's title in the sentence
])
def test_other_opening_sentences_leave_the_page_date(body: str) -> None:
    assert reporting_year(body, "区审计局政府信息公开工作年度报告", "2025-04-02") == (2024, "page_date")


def test_a_counted_yearbook_is_no_document_title() -> None:
    assert body_lookalike("2013年，本局依规推进政府信息公开工作。\n编印2012年全市统计年鉴80本") is None
    assert body_lookalike("2012年全市统计年鉴") is not None  # the yearbook's own title line
