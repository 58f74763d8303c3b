"""GB/T 2260 lookups: identifiers, names in hints, successors (spec 3.1, 5)."""

from __future__ import annotations

import time

import pytest

from pipelines.regions import (
    code_from_names,
    current_code,
    division,
    level_of,
    province_of,
    region_code_for,
    region_name,
)


@pytest.mark.parametrize(("hints", "url", "year", "code"), [
    (["网站标识码：3301000019"], "", None, "330100"),  # 10 digits = division code + serial
    (["网站标识码3300000038 浙ICP备"], "", 2020, "330000"),
    (["索引号：330523/2019-04682"], "", 2019, "330523"),  # 安吉县: division-code 索引号
    (["索引号:014416330/2018-04736", "泰州市人民政府"], "", 2018, "321200"),  # organisation code: use the name
    (["蓬莱市统计局"], "http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=11370684004265946U",
     2010, "370684"),
    (["统计局"], "http://www.lishui.gov.cn/jsp?area=113325000026455663", None, "332500"),  # legacy 丽水地区 code
    (["统一社会信用代码：11330110002498989Q"], "", None, "330110"),
    (["索引号：113301000024896201/2020-00123"], "", 2020, "330100"),  # credit-code 索引号
])
def test_identifiers(hints, url, year, code):
    assert region_code_for(hints, url, year) == code


def test_identifier_wins_over_names():
    assert region_code_for(["锦州市", "网站标识码：3301000019"], "", None) == "330100"
    # names inside the identifier's city are the report's own division (a county's report on its city's portal)
    assert region_code_for(["杭州市富阳区", "网站标识码：3301000019"], "", None) == "330111"


def test_identifier_of_an_unknown_code_is_ignored():
    assert region_code_for(["网站标识码：9999990001", "锦州市"], "", 2016) == "210700"


@pytest.mark.parametrize(("hints", "year", "code"), [
    (["2018年富陽區信息公開工作年度報告"], 2018, "330111"),  # traditional script
    (["莲都区2020年政府信息公开工作年度报告"], 2020, "331102"),
    (["二道区人民政府2017年度政府信息公开工作报告"], 2017, "220105"),
    (["荆门市漳河新区2021年政府信息公开工作年度报告"], 2021, "420800"),  # zone: no code of its own
    (["南京市鼓楼区人民政府"], 2020, "320106"),
    (["福州市鼓楼区"], None, "350102"),
    (["鼓楼区人民政府办公室"], 2020, None),  # 鼓楼区 exists in several cities
    (["鼓楼区人民政府办公室", "江苏省徐州市"], 2020, "320302"),  # resolved by a city named in another hint
    (["北京市朝阳区"], None, "110105"),
    (["铜陵市郊区"], None, "340711"),  # not 铜陵 + 市郊区
    (["河源市高新区"], None, "441600"),  # 新区 (a retired Hebei county) does not fit 河源市
    (["漳河新区"], 2021, None),  # a zone name ending in 新区 is not 唐山's retired county 新区 (→ 130208)
    (["漳河新区"], None, None),
    (["某某经济开发区管委会"], 2020, None),
    (["唐山市新区"], 1990, "130206"),  # … which still counts when its city is named
    (["济南市市中区"], 2020, "370103"),
    (["市中区人民政府"], 2020, None),  # 市中区 alone names no city
    (["吉林省吉林市"], None, "220200"),
    (["浙江省"], None, "330000"),
    (["关于做好信息公开工作的通知"], None, None),
    (["“杭州·富阳”政府门户网站"], 2018, "330111"),  # short county name inside a named city
    (["上海·浦东"], 2020, "310115"),  # … or inside a municipality
    (["杭州市人民政府"], 2018, "330100"),
])
def test_names(hints, year, code):
    assert region_code_for(hints, "", year) == code


def test_names_in_use_in_the_year_are_preferred():
    assert code_from_names(["荆门市"]) == "420800"  # not the 1981–1983 county-level 荆门市 (422401)
    assert code_from_names(["丽水市"]) == "331100"  # not the old county-level 丽水市 (332501)
    assert code_from_names(["蓬莱市统计局"], 2010) == "370684"


def test_old_names_in_later_reports_map_to_the_successor():
    assert region_code_for(["杭州市江干区"], "", 2019) == "330104"
    assert region_code_for(["杭州市江干区"], "", 2022) == "330102"
    assert region_code_for(["蓬莱市"], "", 2022) == "370614"


def test_current_code_follows_successors():
    assert current_code("330104") == "330102"  # 江干 → 上城
    assert current_code("330104", 2020) == "330104"
    assert current_code("370684") == "370614"  # 蓬莱市 → 蓬莱区
    assert current_code("330183") == "330111"  # 富阳市 → 富阳区
    assert current_code("330123") == "330111"  # 富阳县 → 富阳市 → 富阳区
    assert current_code("330102") == "330102"
    assert current_code("422401", 1982) == "422401"  # reused code: 荆门市 then, 仙桃市 later
    assert current_code("123456") == "123456"


def test_names_and_provinces():
    assert region_name("330104") == "江干区"
    assert region_name("330111") == "富阳区"
    assert region_name("999999") is None
    assert province_of("220105") == "吉林省"
    assert province_of("999999") is None
    assert level_of("331100") == "prefecture" and level_of("110000") == "province" and level_of("331102") == "county"
    assert division("422401", 1990).name == "仙桃市" and division("422401", 1982).name == "荆门市"


def test_lookups_are_fast():
    region_code_for(["预热"], "", None)
    started = time.perf_counter()
    for _ in range(200):
        region_code_for(["2018年杭州市富阳区人民政府信息公开工作年度报告", "杭州市富阳区人民政府办公室"], "", 2018)
    assert time.perf_counter() - started < 2.0
