"""Report metadata: agency typing, reporting year, eras and templates, editions, mirrors, body hash."""

from __future__ import annotations

import pytest

from pipelines.extract import Extracted
from pipelines.metadata import (
    agency_from,
    agency_type,
    body_hash,
    choose_template,
    edition_of,
    era_for_year,
    is_gov_host,
    mirror_reasons,
    report_metadata,
    reporting_year,
    template_from_text,
    without_spam,
)


@pytest.mark.parametrize(("agency", "expected"), [
    ("泰州市人民政府", "gov_self"), ("二道区人民政府", "gov_self"), ("市本级", "gov_self"),
    ("宿迁市政府办公室", "gov_office"), ("浙江省人民政府办公厅", "gov_office"),
    ("莲湖区残疾人联合会", "other"), ("国网某供电公司", "other"),
    ("商务局", "department"), ("舒兰市市场监督管理局", "department"), ("威海火炬高新区建设局", "department"),
    ("长春市卫生健康委员会", "department"), ("中华人民共和国杭州海关", "department"),
    ("淄博高新技术产业开发区管理委员会办公室", "gov_office"), ("武江区东华街", "township"), ("宜兴埠街", "township"), ("某区高科园", "zone"),
    ("县府办", "gov_office"), ("河北镇人民政府河北镇党委", "township"),
    ("五常市民意乡", "township"), ("八道壕镇人民政府", "township"), ("西湖街道办事处", "township"),
    ("蒲纺工业园区", "zone"), ("超山风景名胜区管委会", "zone"), ("河源市高新区", "zone"), ("漳河新区", "zone"),
    ("莲都区", "gov_region"), ("富陽區", "gov_region"), ("锦州市", "gov_region"), ("全市", "gov_region"),
    ("浦东新区人民政府", "gov_self"), ("上海市浦东新区人民政府", "gov_self"), ("漳河新区管委会", "zone"), ("上海市浦东新区", "gov_region"), (None, None),
])
def test_agency_typing(agency: str | None, expected: str | None) -> None:
    assert agency_type(agency) == expected


def test_reporting_year_prefers_the_period_sentence() -> None:
    body = "本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。"
    assert reporting_year(body, "某区2018年政府信息公开工作年度报告", "2018-03-01") == (2017, "period")
    assert reporting_year("统计期限为２０２０年１月１日至１２月３１日", None, None) == (2020, "period")
    assert reporting_year("正文", "蓬莱市统计局2010年政府信息公开工作年度报告", "2010-01-27") == (2010, "title")
    assert reporting_year("正文", "年度报告", "2021-02-05") == (2020, "page_date")
    assert reporting_year("正文", None, None) == (None, None)


@pytest.mark.parametrize("body", ["本报告中所列数据的统计期限自2015年1月1日起，至2015年12月31日止。",
                                  "本年报中所列数据的统计期限自2015年1月1日，至2015年12月31日止。"])
def test_period_with_a_comma_before_zhi_beats_a_wrong_title_year(body: str) -> None:
    assert reporting_year(body, "某县2016年政府信息公开工作年度报告", "2016-03-10") == (2015, "period")


@pytest.mark.parametrize(("year", "era"), [(2007, None), (2008, "e2008"), (2013, "e2008"), (2014, "e2014"),
                                           (2018, "e2014"), (2019, "t2019"), (2020, "t2019"), (2021, "t2021"),
                                           (2025, "t2021"), (None, None)])
def test_eras(year: int | None, era: str | None) -> None:
    assert era_for_year(year) == era


def test_template_from_phrases_and_detected_tables() -> None:
    assert template_from_text("信息内容 | 本年制发件数 | 本年废止件数", 2021) == "t2021"
    assert template_from_text("信息内容 本年新 制作数量 本年新公开数量", None) == "t2019"
    assert template_from_text("附表：政府信息公开情况统计表", 2016) == "e2014"
    assert template_from_text("附表：政府信息公开情况统计表", 2010) is None  # no national table before 2014
    assert template_from_text("正文", 2020) is None
    assert choose_template(2020, "t2021", "t2019") == "t2021"
    assert choose_template(2020, None, "t2019") == "t2019"
    assert choose_template(2016, None, None) == "e2014"


def test_editions_and_agency_from_the_metadata_block() -> None:
    assert edition_of("宿州市人民政府2019年政府信息公开工作年度报告（图片版）") == "图片版"
    assert edition_of("上海市黄浦区人民政府2022年政府信息公开工作年度报告(超链版)") == "超链版"
    assert edition_of("某县2020年政府信息公开工作年度报告") is None
    assert agency_from("2018年富陽區信息公開工作年度報告", {}) == "富阳区"
    assert agency_from("年度报告", {"发布机构": "莲都区人民政府办公室"}) == "莲都区人民政府办公室"
    assert agency_from(None, {}) is None


def test_official_hosts() -> None:
    assert is_gov_host("www.liandu.gov.cn") and is_gov_host("122.137.242.24") and is_gov_host("localhost")
    assert not is_gov_host("www.zwinkt.com") and not is_gov_host("gov.cn.example.com")


def test_mirror_signals() -> None:
    clean = mirror_reasons("http://www.anji.gov.cn/art/1.html", "安吉县2018年政府信息公开工作年度报告",
                           "本报告电子版可在安吉县人民政府门户网站（http://www.anji.gov.cn）下载。", {}, "simplified")
    assert clean == []
    assert mirror_reasons("http://www.x.gov.cn/a.html", "某县文化市场综合执法局2019年政府信息公开工作年度报告",
                          "开展扫黄打非，查处淫秽色情和网络赌博案件3起。", {}, "simplified") == []
    assert mirror_reasons("http://www.x.gov.cn/a.html", "某县2019年政府信息公开工作年度报告_棋牌娱乐平台", "正文", {},
                          "simplified") == ["gambling/porn keyword '棋牌'"]
    spam = mirror_reasons("http://www.zwinkt.com/zwgk/art/1.html", "泰州市人民政府2017年政府信息公开工作年度报告",
                          "报(bào)告(gao)正文。电子版可在 http://www.zwinkt.com 下载。", {"来源": "澳门金沙城中心"},
                          "traditional")
    assert [r.split(" ")[0] for r in spam] == ["non-gov", "gambling/porn", "pinyin", "traditional", "report"]


def test_body_hash_ignores_script_and_whitespace() -> None:
    assert body_hash("政务公开 工作\n年度报告") == body_hash("政務公開工作年度報告")
    assert body_hash("政务公开") != body_hash("政务公示")


def test_report_metadata_of_an_extracted_page() -> None:
    page = Extracted("报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n二、主动公开政府信息情况",
                     "莲都区2020年政府信息公开工作年度报告", published="2021-02-05",
                     meta_block={"索引号": "002603475/2021-59083", "网站标识码": "3311020001"})
    meta = report_metadata(page, "http://www.liandu.gov.cn/art/2021/2/5/art_1_2.html")
    assert (meta.agency, meta.agency_type, meta.year, meta.year_source, meta.template) == \
        ("莲都区", "gov_region", 2020, "period", "t2019")
    assert (meta.script, meta.is_mirror, meta.mirror_reason, meta.region_code) == ("simplified", False, None, "331102")
    assert meta.body_hash == body_hash(page.body)


@pytest.mark.parametrize(("agency", "kind"), [
    ("某某市人民政府国有资产监督管理委员会", "department"),  # 管理委员会 alone is a commission, not a zone
    ("北京市城市管理委员会", "department"),
    ("超山风景名胜区管理委员会", "zone"),
    ("咸宁高新技术产业开发区管理委员会", "zone"),
    ("陆水湖旅游度假区管委会", "zone"),
    ("某某区财政局（区国资办）", "department"),  # the office's second name in brackets
    ("某某县人民政府办公室（县政务公开办公室）", "gov_office"),
    ("阿克苏地区行政公署", "gov_self"),  # the government of a 地区 or 盟
    ("阿拉善盟行政公署办公室", "gov_office"),
])
def test_agency_typing_of_commissions_and_second_names(agency, kind):
    assert agency_type(agency) == kind


@pytest.mark.parametrize(("sentence", "year"), [
    ("本报告中所列数据的统计期限为2020年度。", 2020),
    ("统计时间为2019年。", 2019),
    ("统计期限自2008年5月1日起至2008年12月31日止。", 2008),  # the 2007 Regulation took effect on 1 May 2008
    ("本报告统计期限为2020年1月1日至2020年6月30日。", None),  # half a year is no reporting period
])
def test_a_period_named_as_a_whole_year(sentence, year):
    found, source = reporting_year(sentence, None, None)
    assert (found, source) == ((year, "period") if year else (None, None))


@pytest.mark.parametrize(("title", "agency"), [
    ("新葡京博彩官网区人民政府东山街道办事处2020年政府信息公开工作年度报告", "区人民政府东山街道办事处"),
    ("中国体育彩票市审计局2019年政府信息公开工作年度报告", "市审计局"),
    ("澳门特区赌场,澳门博彩业网址水利局2022年政府信息公开工作年度报告", "水利局"),
    ("某市体育彩票管理中心2021年政府信息公开工作年度报告", "某市体育彩票管理中心"),  # a real publisher
])
def test_agency_without_injected_spam_words(title: str, agency: str) -> None:
    assert agency_from(title, {}) == agency


def test_without_spam_keeps_the_report_words() -> None:
    assert without_spam("认真贯彻落实《中华人民共和国澳門賭場推薦条例》") == "认真贯彻落实《中华人民共和国条例》"
    assert without_spam("亚洲精品国产一区二区_欧美日韩在线观看免费视频") == ""
    assert without_spam("安排体育彩票公益金，开展打击赌博专项行动。") == "安排体育彩票公益金，开展打击赌博专项行动。"


def test_year_of_a_title_whose_report_words_were_replaced() -> None:
    assert reporting_year("我局全年发布信息612条。", "2025年澳門賭場推薦工作年度报告", None) == (2025, "title")
    assert reporting_year("", "关于做好信息公开工作的通知", None) == (None, None)


def test_traditional_gambling_words_in_the_title_make_a_mirror() -> None:
    reasons = mirror_reasons("http://kjj.example.gov.cn/a.html", "2025年澳門賭場推薦工作年度报告", "", {}, "simplified")
    assert any("賭場" in r for r in reasons)


def test_reporting_year_reads_a_period_whose_year_runs_into_the_month() -> None:
    body = "本报告中所列数据的统计期限自20231月1日起至202312月31日止。"
    assert reporting_year(body, "上坊乡2024年政府信息公开工作年度报告", "2024-01-12") == (2023, "period")
    # a number that only looks like one (a phone or file number before 1月1日) is no period
    assert reporting_year("编号120231月1日至202312月31日", None, "2024-01-12") == (2023, "page_date")
