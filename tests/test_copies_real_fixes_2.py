"""Copies of reports on non-government hosts (spec 3.3, 3.8): file-name titles, converted-page marks, spam brand
words in the agency, short pasted reports on aggregator pages."""

from __future__ import annotations

import pytest

from pipelines.extract import choose_title, is_noise_line
from pipelines.metadata import agency_from, without_spam
from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

TITLE = "清河县农业局2016年政府信息公开工作年度报告"


@pytest.mark.parametrize("candidate", [f"{TITLE}.doc", f"{TITLE}.docx", f"{TITLE}.PDF", f"{TITLE}.docx-原创力文档"])
def test_title_without_the_file_extension(candidate: str) -> None:
    assert choose_title([candidate]) == TITLE


@pytest.mark.parametrize(("line", "noise"), [
    ("2 / 6", True), ("1/3", True), ("6 / 6", True),
    ("7 / 6", False),  # beyond the total: not a page mark
    ("0 / 6", False),
    ("2021/6", False),  # a year and a month
    ("申请数 | 2 / 6", False),  # a table row
    ("全年主动公开政府信息 2 / 6", False),
])
def test_page_of_total_mark_alone_on_a_line(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


@pytest.mark.parametrize(("printed", "clean"), [
    ("皇冠体育投注平台交通运输局", "交通运输局"),
    ("网易体育直播市人民政府办公室", "市人民政府办公室"),
    ("某市体育局", "某市体育局"),  # a real bureau
    ("某县体育彩票管理中心", "某县体育彩票管理中心"),
])
def test_spam_brand_words_never_stay_in_the_agency(printed: str, clean: str) -> None:
    assert without_spam(printed) == clean
    assert agency_from(f"{printed}2022年政府信息公开工作年度报告", {}) == clean


def _parse(url: str, paras: list[str], title: str) -> Report:
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='content'>{''.join(f'<p>{p}</p>' for p in paras)}</div></body></html>")
    return parse_report([Fetched(url, html.encode(), {"content-type": "text/html; charset=utf-8"})])


def test_short_pasted_reports_each_restarting_at_one_are_cut() -> None:
    paras = ["一、概述", "本报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。", "全年主动公开政府信息41条。",
             "一、概述", "本报告所列数据的统计期限自2010年1月1日起至2010年12月31日止。", "全年主动公开政府信息35条。"]
    r = _parse("https://m.example-baike.com/baike/123", paras, "2013年度政府信息公开工作报告")
    assert "2010年" not in r.body
    assert any(e.startswith("aggregator page") for e in r.errors)
    assert {f.key: f.value for f in r.facts}.get("active.items_total") == 41.0


def test_short_copy_with_an_earlier_year_paragraph_is_not_cut() -> None:
    paras = ["一、概述", "本报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。",
             "2011年以来，我局坚持把政府信息公开作为重点工作。", "全年主动公开政府信息41条。"]
    r = _parse("https://m.example-baike.com/baike/124", paras, "某县农业局2013年政府信息公开工作年度报告")
    assert "2011年以来" in r.body
    assert not any(e.startswith("aggregator page") for e in r.errors)
