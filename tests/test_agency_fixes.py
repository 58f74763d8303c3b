"""Agency typing, cover-letter titles and shared division names (spec 3.2, 3.3, 5)."""

from __future__ import annotations

import pytest

from pipelines.metadata import agency_type
from pipelines.regions import code_from_names, region_code_for
from pipelines.titles import parse_title


@pytest.mark.parametrize("name,expected", [
    ("城口县人民政府机关", "gov_self"),  # the government's own 机关 is the government
    ("某县财政局机关", "department"),
    ("广州市花都汽车城管理委员会", "zone"),  # a planned town's 管理委员会 (the full form of 管委会)
    ("中新天津生态城管理委员会", "zone"),
    ("某市城市管理委员会", "department"),  # a field's committee stays a department
    ("某市国有资产监督管理委员会", "department"),
    ("某市机关事务管理局", "department"),
])
def test_agency_type(name: str, expected: str) -> None:
    assert agency_type(name) == expected


def test_cover_letter_names_its_sender_as_agency() -> None:
    info = parse_title("四川省发展和改革委员会关于报送《2020年政府信息公开工作年度报告》的函（川发改函〔2021〕6号）")
    assert (info.agency, info.year, info.is_report, info.lookalike) == ("四川省发展和改革委员会", 2020, True, None)


def test_cover_letter_keeps_the_agency_the_report_names() -> None:
    info = parse_title("某市人民政府办公室关于报送某县人民政府2020年政府信息公开工作年度报告的函")
    assert (info.agency, info.is_report) == ("某县人民政府", True)


def test_a_notice_without_agency_does_not_take_its_sender() -> None:
    assert parse_title("某县人民政府办公室关于公布2009年度政府信息公开工作年度报告的通知").agency is None


def test_document_number_after_a_report_title_is_dropped() -> None:
    info = parse_title("某县人民政府2020年政府信息公开工作年度报告（某政发〔2021〕3号）")
    assert (info.agency, info.year, info.edition, info.is_report) == ("某县人民政府", 2020, None, True)


def test_shared_district_name_decided_by_enclosing_identifier() -> None:
    assert code_from_names(["鼓楼区人民政府"], 2008) is None  # 南京, 福州, 开封, 徐州 each have one
    assert code_from_names(["鼓楼区人民政府"], 2008, within="320100") == "320106"
    assert region_code_for(["网站标识码：3201000001", "鼓楼区人民政府"], "http://www.nj.gov.cn/x.html", 2008) == "320106"


def test_shared_district_name_outside_the_identifier_keeps_the_identifier() -> None:
    assert region_code_for(["网站标识码：3205000001", "鼓楼区人民政府"], "http://www.suzhou.gov.cn/x.html", 2008) == "320500"
