"""Region codes the accuracy probe 7 found wrong (spec 3.1, 5, 6.5): a city is not the county of the same stem,
the report's own name beats its site's, retired 地区 codes and today's site codes map to the code of the reporting
year; a page naming no place has no code (its portal's code is in the portals table)."""

from __future__ import annotations

import pytest

from pipelines.regions import code_from_names, current_code, region_code_for


@pytest.mark.parametrize(("texts", "code"), [
    (["长沙市人民政府办公厅"], "430100"),  # not 长沙县 430121
    (["吉安市教育局"], "360800"),  # not 吉安县 360821
    (["荆州市人民政府"], "421000"),  # not 荆州区 421003
    (["恩施土家族苗族自治州人民政府办公室"], "422800"),  # not 恩施市 422801
    (["阿克苏地区行政公署"], "652900"),  # not 阿克苏市 652901
    (["长沙市长沙县人民政府"], "430121"),  # the county named in full still wins
    (["“杭州·富阳”政府门户网站"], "330111"),  # a short county name outside the city's name still counts
])
def test_city_name_does_not_name_its_same_stem_county(texts: list[str], code: str) -> None:
    assert code_from_names(texts, 2021) == code


def test_report_name_beats_site_name_on_a_tie() -> None:
    # both districts existed in 2019; the old 江干 page now sits on 上城's site
    assert code_from_names(["杭州市江干区人民政府", "杭州市上城区人民政府"], 2019) == "330104"
    # 东乡县 (Jiangxi, retired) in 发布机构 does not cancel 东乡族自治县 in the title
    assert code_from_names(["东乡族自治县人民政府", "东乡县人民政府办公室"], 2021) == "622926"


def test_retired_prefecture_follows_the_prefecture_its_counties_joined() -> None:
    assert current_code("332500", 2021) == "331100"  # 丽水地区 → 丽水市 (2000)
    assert current_code("332500", 1999) == "332500"
    assert current_code("142500") == "142500"  # 晋东南地区 split into 长治 and 晋城: no single successor
    assert region_code_for(["丽水市人民政府"], "http://www.lishui.gov.cn/jsp?area=113325000026455663", 2021) == "331100"


@pytest.mark.parametrize(("hints", "year", "code"), [
    (["网站标识码：3706140001", "蓬莱市人民政府"], 2012, "370684"),  # 蓬莱区 replaced 蓬莱市 and 长岛县 in 2020
    (["网站标识码：3706140001", "长岛县人民政府"], 2012, "370634"),
    (["网站标识码：3706140001"], 2012, "370614"),  # two predecessors and no name: keep the site's code
    (["网站标识码：3706140001", "蓬莱市人民政府"], 2021, "370614"),
    (["网站标识码：3301120001"], 2015, "330185"),  # 临安区 (2017) had one predecessor, 临安市
])
def test_site_code_newer_than_the_report_maps_back(hints: list[str], year: int, code: str) -> None:
    assert region_code_for(hints, "", year) == code


def test_the_report_names_its_region_not_its_host() -> None:
    assert region_code_for(["县统计局"], "http://www.anji.gov.cn/art/2022/1/21/art_1_2.html", 2021) is None
    # the old 江干 page on 上城's portal keeps 江干
    assert region_code_for(["杭州市江干区人民政府"], "http://www.hzsc.gov.cn/art/1.html", 2019) == "330104"
    assert region_code_for(["市民政局"], "http://www.example.gov.cn/1.html", 2021) is None


@pytest.mark.parametrize(("year", "code"), [(2019, "330104"), (2022, "330102")])
def test_an_older_report_of_a_division_merged_into_the_sites_own(year: int, code: str) -> None:
    # 江干区 went to 上城区 in 2021: 上城's site (its 网站标识码) keeps 江干's 2019 report; from 2021 it is 上城
    hints = ["网站标识码：3301020001", "杭州市江干区人民政府"]
    assert region_code_for(hints, "http://www.hzsc.gov.cn/art/1.html", year) == code


def test_the_site_code_still_beats_a_name_it_did_not_take_in() -> None:
    assert region_code_for(["网站标识码：3301020001", "杭州市西湖区人民政府"], "", 2019) == "330102"
