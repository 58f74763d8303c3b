import pytest

from pipelines.titles import PLACEHOLDER, body_lookalike, lookalike_reason, parse_title


@pytest.mark.parametrize(
    "title, agency, year, edition",
    [
        ("泰州市人民政府2017年政府信息公开工作年度报告", "泰州市人民政府", 2017, None),
        ("宿迁市政府办公室2014年政府信息公开年度报告", "宿迁市政府办公室", 2014, None),
        ("超山风景名胜区管委会2018年度政府信息公开工作报告", "超山风景名胜区管委会", 2018, None),
        ("舒兰市市场监督管理局2016年政务信息公开年度报告", "舒兰市市场监督管理局", 2016, None),
        ("2018年富陽區信息公開工作年度報告", "富阳区", 2018, None),
        ("2017年四方台区政府信息公开工作年度报告", "四方台区", 2017, None),
        ("二道区人民政府2017年度政府信息公开工作报告", "二道区人民政府", 2017, None),
        ("宿州市人民政府2019年政府信息公开工作年度报告（图片版）", "宿州市人民政府", 2019, "图片版"),
        ("上海市黄浦区人民政府2022年政府信息公开工作年度报告（超链版）", "上海市黄浦区人民政府", 2022, "超链版"),
        ("下湾乡人民政府2019年度政府信息公开年度工作报告", "下湾乡人民政府", 2019, None),
        ("某市2022年政府信息公开工作情况报告", "某市", 2022, None),
        ("东关街道办事处政府信息公开工作2017年度报告", "东关街道办事处", 2017, None),
        ("【2021年】河源县政府信息公开工作年度报告", "河源县", 2021, None),
        ("武华县2017年政务公开工作年度报告", "武华县", 2017, None),
        ("营口县人民政府2021年度政府信息公开工作年度报告（全县）", "营口县人民政府", 2021, None),
    ],
)
def test_report_titles(title, agency, year, edition):
    info = parse_title(title)
    assert info.is_report
    assert (info.agency, info.year, info.edition) == (agency, year, edition)


def test_column_title_has_no_agency():
    info = parse_title("2020年信息公开年报")
    assert info.is_column and not info.is_report and info.year == 2020


@pytest.mark.parametrize(
    "title",
    [
        "2019年政务公开工作要点",
        "蚌埠市2019年政务公开工作总结",
        "关于做好2020年政府信息公开工作年度报告编制发布工作的通知",
        "某市2020年法治政府建设年度报告",
        "某市2020年国民经济和社会发展统计公报",
        "某局2021年部门决算",
        "某市政府网站工作年度报表（2021年）",
    ],
)
def test_lookalikes_are_named(title):
    assert lookalike_reason(title)
    assert not parse_title(title).is_report


@pytest.mark.parametrize(("title", "lookalike"), [
    ("某某县审计局2012年政府信息公开工作年度报告", None),  # the word is the agency's own name
    ("某某市统计局2021年政府信息公开工作年度报告", None),
    ("某某县2012年审计工作报告", "audit report"),
    ("某某大学2021年信息公开工作年度报告", "annual report under other rules"),  # a university's name stands
])
def test_a_lookalike_word_in_the_agency_name_alone_is_no_lookalike(title, lookalike):
    assert parse_title(title).lookalike == lookalike
    assert parse_title(title).is_report == (lookalike is None)


@pytest.mark.parametrize(("title", "agency"), [
    ("某县环保局年度信息公开工作报告", "某县环保局"),
    ("某某区统计局政府信息公开工作年度报告", "某某区统计局"),  # no year: not a report title, but it names the agency
    ("某区人民政府信息公开工作年度报告", "某区人民政府"),
    ("本溪市政府信息公开工作年度报告", "本溪市"),
    ("政府信息公开年度报告", None),  # column titles name no agency
    ("市政府信息公开年报", None),
    ("本机关政府信息公开工作年度报告", None),
])
def test_a_title_without_a_year_still_names_its_agency(title, agency):
    info = parse_title(title)
    assert (info.agency, info.year, info.is_report) == (agency, None, False)


def test_a_notice_that_publishes_the_report_is_the_report() -> None:
    info = parse_title("梧州市人民政府办公室关于公布梧州市2009年度政府信息公开工作年度报告的通知")
    assert (info.agency, info.year, info.is_report, info.lookalike) == ("梧州市", 2009, True, None)
    assert parse_title("关于做好2021年政府信息公开工作年度报告编制发布工作的通知").lookalike


@pytest.mark.parametrize("title", ["晋江市2023年政府信息公开工作年度报告公布情况",
                                   "【工作推进】五河县召开2023年度政府信息公开工作年报编制和发布部署会"])
def test_news_about_the_reports_is_a_lookalike(title: str) -> None:
    assert parse_title(title).lookalike == "news or status about the reports, not a report"


def test_a_scope_in_brackets_is_no_edition_but_a_consolidated_report() -> None:
    assert parse_title("营口县人民政府2021年度政府信息公开工作年度报告（全县）").consolidated
    assert not parse_title("营口县人民政府2021年度政府信息公开工作年度报告（图片版）").consolidated


@pytest.mark.parametrize("title", ["某县人民政府政府信息公开指南（2023年修订）", "县人社局关于2021年度依申请公开办理情况的报告",
                                   "关于2020年度政府信息公开工作年度报告检查情况的通报"])
def test_guides_request_reports_and_circulars_are_lookalikes(title: str) -> None:
    assert parse_title(title).lookalike


def test_a_cover_note_title_without_an_agency_still_gives_its_year() -> None:
    info = parse_title("关于2022年度政府信息公开情况的报告")
    assert (info.agency, info.year) == (None, 2022)


def test_the_agency_of_a_cover_note_title_loses_its_guanyu():
    assert parse_title("赤壁市发展和改革局关于2021年政府信息公开工作年度报告").agency == "赤壁市发展和改革局"
    assert parse_title("关于赤壁市发展和改革局2021年政府信息公开工作年度报告").agency == "赤壁市发展和改革局"


@pytest.mark.parametrize("title", [
    "2021年三季度政务公开工作自查报告", "中华人民共和国政府信息公开条例", "某局机关信息公开管理办法(试行)",
    "某大学公布信息公开年度报告范本",
])
def test_more_lookalike_titles(title: str) -> None:
    assert parse_title(title).lookalike is not None
    assert not parse_title(title).is_report


def test_placeholder_agency_is_a_template() -> None:
    info = parse_title("XX局2023年政府信息公开工作年度报告")
    assert info.lookalike == PLACEHOLDER and not info.is_report
    assert parse_title("某县民政局2023年政府信息公开工作年度报告").is_report  # 某 names a real, anonymised one


@pytest.mark.parametrize(("body", "found"), [
    ("下面是小编为大家整理的年度报告，供大家参考。\n一、总体情况", True),
    ("摘要：本文分析年度报告的实施情况。\n关键词：政府信息公开", True),
    ("格式:doc\n某市人民政府办公室关于印发《进一步规范政府信息公开工作的意见》的通知\n各县区：", True),
    ("XX局2023年政府信息公开工作年度报告\n一、总体情况", True),
    ("某县民政局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开政府信息215条。", False),
    ("根据《条例》要求，现将本局2022年度报告予以公布。\n一、总体情况", False),
])
def test_body_lookalike(body: str, found: bool) -> None:
    assert (body_lookalike(body) is not None) is found
