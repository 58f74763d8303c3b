"""Metadata fixes for real pages (probes of ministries, flip-books and regions): an agency's own field before
信息公开, a 公告 announcing the report, 教育部's info block, a flip-book page's book name, autonomous counties by
their short name, the signature's place, a county report on its city's portal, retired codes and generic names."""

from __future__ import annotations

import pytest

from pipelines.extract import parse_meta_block
from pipelines.metadata import signature
from pipelines.regions import code_from_names, region_code_for
from pipelines.titles import parse_title


def test_agency_field_word_before_xinxi_gongkai() -> None:
    info = parse_title("海关总署2010年海关信息公开工作年度报告")
    assert (info.agency, info.year, info.is_report, info.lookalike) == ("海关总署", 2010, True, None)
    # the word must be the agency's own: before another topic's 信息公开 no agency is read
    assert parse_title("某市人民政府2010年海关信息公开工作年度报告").agency is None
    # a look-alike word stays one (环境信息 under the other rules)
    assert parse_title("某市环境保护局2010年环境信息公开工作年度报告").lookalike


def test_gonggao_announcing_the_report() -> None:
    info = parse_title("教育部办公厅关于2018年教育部政府信息公开工作年度报告的公告")
    assert (info.agency, info.year, info.is_report) == ("教育部", 2018, True)
    # a 通知 without 公布/印发/发布 is about the reports, not the report
    assert not parse_title("某局关于报送2020年政府信息公开工作年度报告的通知").is_report


def test_moe_info_block_labels() -> None:
    block = parse_meta_block("信息名称：某报告\n信息索引：360A01-99-2019-0003-1 生成日期：2019-03-29 发文机构：教育部办公厅")
    assert block == {"名称": "某报告", "索引号": "360A01-99-2019-0003-1", "生成日期": "2019-03-29",
                     "发文机关": "教育部办公厅"}


@pytest.mark.parametrize(("title", "agency", "year"), [
    ("Page 9 - 2020年报_审计局", "审计局", 2020),
    ("Page 3 - 审计局_2020年度报告", "审计局", 2020),
    ("Page 12 - 2019年报_某区教育局", "某区教育局", 2019),
])
def test_flipbook_page_of_a_year_report(title: str, agency: str, year: int) -> None:
    info = parse_title(title)
    assert (info.agency, info.year, info.is_report, info.lookalike) == (agency, year, True, None)


@pytest.mark.parametrize("title", [
    "Page 9 - 2020年审计工作报告_审计局",
    "Page 9 - 2020年报_审计结果公告",
    "2020年报_审计局",  # not a flip-book page: "_审计局" may be the rest of the name
])
def test_audit_lookalikes_stay(title: str) -> None:
    assert parse_title(title).lookalike == "audit report"


@pytest.mark.parametrize(("texts", "year", "code"), [
    (["木里县人民政府"], 2014, "513422"),  # 木里藏族自治县
    (["天祝县", "天祝藏族自治县人民政府"], 2020, "620623"),
    (["青龙县人民政府"], 2020, "130321"),  # not the 青龙县 of 1983, retired when it became autonomous
])
def test_autonomous_county_by_short_name(texts: list[str], year: int, code: str) -> None:
    assert code_from_names(texts, year) == code


def test_generic_district_name_needs_its_city() -> None:
    assert code_from_names(["河北雄安新区管理委员会"], 2021) == "130000"  # not 唐山's 新区 (now 丰润区)


def test_retired_code_is_never_given_after_its_end() -> None:
    # 永川 is only the short name of 永川地区, whose successor 重庆市 510200 (四川) ended in 1997
    assert region_code_for(["永川高新技术产业开发区管理委员会"], "", 2020) is None


def test_report_division_inside_the_site_identifier() -> None:
    hints = ["网站标识码：4105000001", "内黄县", "安阳市人民政府"]
    assert region_code_for(hints, "", 2018) == "410527"
    # a division outside the identifier's city does not replace it
    assert region_code_for(["网站标识码：4105000001", "锦州市"], "", 2018) == "410500"


def test_signature_names_the_agency_with_its_place() -> None:
    body = "六、其他需要报告的事项\n无。\n遂溪县建新镇人民政府\n2019年1月18日"
    assert signature(body, "建新镇") == "遂溪县建新镇人民政府"
    assert signature(body, "某县教育局") is None
    assert signature("……本镇今年公开信息12条，遂溪县建新镇人民政府将继续。", "建新镇") is None
