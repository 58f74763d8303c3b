"""Look-alikes and reports (spec 3.3, 3.2, section 0): notices and news about the reports, reports under other rules,
numbered headings on copy sites, and English editions' years."""

from __future__ import annotations

import pytest

from pipelines.metadata import reporting_year
from pipelines.parse import parse_report
from pipelines.records import Fetched, Report
from pipelines.titles import OTHER_RULES, about_a_report, body_lookalike, parse_title


def _parse(title: str, paras: list[str], url: str = "http://www.example.gov.cn/zwgk/202103/t20210331_1.html") -> Report:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='art-info'>发布时间：2021-03-31</div><div id='zoom'>{body}</div></body></html>")
    return parse_report([Fetched(url, html.encode(), {"content-type": "text/html; charset=utf-8"})])


def _is_lookalike(report: Report) -> bool:
    return any("look-alike document" in e for e in report.errors)


@pytest.mark.parametrize(("title", "is_report"), [
    ("某市人民医院2022年政府信息公开工作年度报告", True),  # under the Regulation, whoever publishes it
    ("某市第一人民医院2021年度信息公开工作年度报告", False),  # under the health sector's own rules
    ("某市水务集团有限公司2021年度信息公开工作报告", False),
    ("某大学2021年信息公开年度报告", False),
    ("某市医院管理局2020年政府信息公开工作年度报告", True),  # a department whose name holds 医院
    ("某市中小企业服务中心2020年信息公开工作年度报告", True),
])
def test_reports_under_other_rules(title: str, is_report: bool) -> None:
    info = parse_title(title)
    assert info.is_report is is_report
    assert info.lookalike == (None if is_report else OTHER_RULES)


def test_social_organisation_filings_are_lookalikes() -> None:
    assert parse_title("某市社会组织2021年度年报情况公示").lookalike == OTHER_RULES


@pytest.mark.parametrize(("title", "about"), [
    ("某市人民政府关于发布2020年政府信息公开工作年度报告的公告", True),
    ("某县人民政府办公室关于印发某县2020年政府信息公开工作年度报告的通知", True),
    ("2015年度政府信息公开优秀年度报告出炉", True),
    ("市政府机关党组研究部署2022年政务公开工作", True),
    ("某县2020年政府信息公开工作年度报告", False),
    ("某局政府信息公开工作年度报告(2020年)(图片版)", False),
    ("某局2020年政府信息公开工作告年度报", False),  # the report words transposed by a CMS
    ("Annual Report on Government Information Disclosure (2019)", False),
])
def test_titles_about_a_report(title: str, about: bool) -> None:
    assert about_a_report(title) is about


def test_short_publication_notice_is_a_lookalike() -> None:
    r = _parse("某市人民政府关于发布2020年政府信息公开工作年度报告的公告",
               ["现将《某市2020年政府信息公开工作年度报告》予以发布，全文请到年报栏目查阅。", "特此公告。"])
    assert _is_lookalike(r) and r.template is None


def test_notice_carrying_the_report_is_the_report() -> None:
    r = _parse("某市人民政府办公室关于公布某市2020年政府信息公开工作年度报告的通知",
               ["现将报告公布如下。", "一、总体情况", "2020年，全市主动公开政府信息4870条。", "二、主动公开政府信息情况"])
    assert not _is_lookalike(r) and r.year == 2020


def test_notice_naming_the_report_file_is_the_report() -> None:
    r = _parse("关于公开2021年度政府信息公开工作年度报告的公告",
               ["我局2021年度政府信息公开工作年度报告已编制完成，现予公开。", "附件：某局2021年度政府信息公开工作年度报告.pdf"])
    assert not _is_lookalike(r)


def test_news_about_disclosure_work_is_a_lookalike() -> None:
    r = _parse("市政府机关党组研究部署2022年政务公开工作", ["市政府机关党组召开会议，研究部署今年的政务公开工作。"])
    assert _is_lookalike(r)


def test_numbered_heading_is_no_document_title() -> None:
    assert body_lookalike("一、总体情况\n(一)2021年国家、省、市政务公开工作要点贯彻落实情况\n街道对照年度要点梳理。") is None
    assert body_lookalike("2021年政务公开工作要点\n一、总体要求") is not None


def test_english_edition_year() -> None:
    body = "The statistics cover the period from January 1 to December 31, 2019."
    assert reporting_year(body, None, "2021-06-10") == (2019, "period")
    assert reporting_year("", "Annual Report on Government Information Disclosure of X (2019)", "2021-06-10") == (
        2019, "title")


def test_a_notice_publishing_a_report_that_names_no_agency_is_no_compile_notice() -> None:
    info = parse_title("某开发区管委会关于公布2009年政府信息公开工作年度报告的通知")
    assert (info.lookalike, info.year, info.agency) == (None, 2009, None)  # the agency is the page's to say
