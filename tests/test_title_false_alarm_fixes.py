"""Real reports under unusual titles are no look-alikes (spec 3.2, 3.3): a leading publishing verb, an agency whose
name holds a look-alike word in a 的公告 title, 暨 titles, "…信息公开工作情况" titles, prose reports without
numbered headings and picture editions under titles that do not end in 报告."""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report
from pipelines.titles import about_a_report, parse_title

_PROSE = ["2011年，我局认真贯彻《中华人民共和国政府信息公开条例》，现将有关情况报告如下。",
          "全年主动公开政府信息37条。", "本年度未收到政府信息公开申请，未收取任何费用。",
          "全年未发生因政府信息公开引起的行政复议和行政诉讼。"]


def _parse(title: str, paras: list[str], images: int = 0) -> Report:
    body = "".join(f"<p>{p}</p>" for p in paras) + "".join(f'<p><img src="/u/p{i}.jpg"/></p>' for i in range(images))
    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='art-info'>发布时间：2021-03-31</div><div id='zoom'>{body}</div></body></html>")
    url = "http://www.example.gov.cn/zwgk/202103/t20210331_1.html"
    return parse_report([Fetched(url, html.encode(), {"content-type": "text/html; charset=utf-8"})])


def _is_lookalike(report: Report) -> bool:
    return any("look-alike document" in e for e in report.errors)


@pytest.mark.parametrize(("title", "agency", "year"), [
    ("公布某镇人民政府办公室2009年政府信息公开工作年度报告", "某镇人民政府办公室", 2009),  # the verb is no agency
    ("某县审计局2022年政府信息公开工作年度报告的公告", "某县审计局", 2022),  # 审计 only in the agency's name
    ("某县2021年政务公开工作总结暨政府信息公开工作年度报告", "某县", 2021),  # 暨 the statutory report
    ("某县商务局2011年政府信息公开工作情况", "某县商务局", 2011),
])
def test_report_titles(title: str, agency: str, year: int) -> None:
    info = parse_title(title)
    assert (info.is_report, info.lookalike, info.agency, info.year) == (True, None, agency, year)


@pytest.mark.parametrize("title", ["某县2021年政务公开工作总结", "某县审计局2021年度审计工作报告的公告",
                                   "某县2021年政务公开工作总结暨2022年工作打算"])
def test_lookalikes_stay(title: str) -> None:
    assert not parse_title(title).is_report


def test_work_situation_title_is_a_report_title() -> None:
    assert not about_a_report("某县商务局2011年政府信息公开工作情况")
    assert about_a_report("某县商务局2011年政府信息公开工作年度报告发布")


def test_prose_report_on_the_reports_topics_is_the_report() -> None:
    r = _parse("某镇2011年度政府信息公开工作年度报告发布", _PROSE)
    assert not _is_lookalike(r) and r.year == 2011 and r.year_source == "title"


def test_short_news_on_disclosure_work_stays_a_lookalike() -> None:
    r = _parse("某镇2011年度政府信息公开工作年度报告发布", ["近日，我镇发布了2011年度政府信息公开工作年度报告，"
                                                          "全文请到年报栏目查阅。"])
    assert _is_lookalike(r)


def test_picture_edition_is_the_report() -> None:
    r = _parse("某县民政局2020年度政府信息公开工作年度报告发布", ["全文见下图。"], images=3)
    assert not _is_lookalike(r)
    assert _is_lookalike(_parse("2020年度政府信息公开工作年度报告发布", ["全文见下图。"], images=3))
