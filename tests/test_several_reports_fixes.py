"""A page holding several reports on a government host, and a report followed by its interpretation (spec 3.3)."""

from __future__ import annotations

from pipelines.extract import interpretation_start, is_whole_report, report_pieces, report_title_of
from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

_GOV_URL = "http://www.example.gov.cn/art/2021/1/20/art_1229_1001.html"


def _parse(title: str, paras: list[str], url: str = _GOV_URL) -> Report:
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='content'>{body}</div></body></html>")
    return parse_report([Fetched(url, page.encode(), {"content-type": "text/html; charset=utf-8"})])


def _report(agency: str, year: int, active: int) -> list[str]:
    return [f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。", "一、总体情况",
            f"{year}年，{agency}坚持以公开为常态、不公开为例外，各项工作有序推进，政务公开水平不断提升。" * 2,
            "（一）主动公开", f"全年主动公开政府信息{active}条。", "二、存在的主要问题及改进情况",
            "公开内容的深度还需加强，下一步将完善审核机制。"]


def _title(agency: str, year: int) -> str:
    return f"{agency}{year}年政府信息公开工作年度报告"


def _active(report: Report) -> set[float | None]:
    return {f.value for f in report.facts if f.key == "active.items_total"}


def test_report_pieces_keep_every_line() -> None:
    body = "\n".join([*_report("某县人民政府", 2019, 11), _title("某县人民政府", 2020), *_report("某县人民政府", 2020, 22)])
    pieces = report_pieces(body)
    assert "\n".join(pieces) == body
    assert [p.split("\n", 1)[0] for p in pieces][1:] == [_title("某县人民政府", 2020)]


def test_short_piece_with_sections_is_a_whole_report() -> None:
    assert is_whole_report("一、总体情况\n全年主动公开政府信息3条。\n二、存在的主要问题\n无。")
    assert not is_whole_report("某县人民政府2019年政府信息公开工作年度报告\n全年主动公开政府信息3条。")


def test_gov_page_with_two_years_keeps_the_titled_one() -> None:
    t19, t20 = _title("某县人民政府", 2019), _title("某县人民政府", 2020)
    r = _parse(t20, [t19, *_report("某县人民政府", 2019, 11), t20, *_report("某县人民政府", 2020, 22)])
    assert (r.year, _active(r)) == (2020, {22})
    assert "aggregator page: 2 reports on one page, kept 2020 某县人民政府; cut 2019 某县人民政府" in r.errors


def test_gov_page_with_a_department_report_under_it_keeps_the_government_one() -> None:
    gov, dept = "某县人民政府", "某县教育局"
    r = _parse(_title(gov, 2021), [*_report(gov, 2021, 33), _title(dept, 2021), *_report(dept, 2021, 44)])
    assert _active(r) == {33}
    assert any(e.startswith("aggregator page") and "cut 2021 某县教育局" in e for e in r.errors)


def test_gov_report_printing_its_title_again_is_not_cut() -> None:
    title = _title("某县人民政府", 2020)
    r = _parse(title, [*_report("某县人民政府", 2020, 22)[:3], title, *_report("某县人民政府", 2020, 22)[3:]])
    assert not any(e.startswith("aggregator page") for e in r.errors)
    assert _active(r) == {22}


def test_gov_report_naming_other_years_and_restarting_is_not_cut() -> None:
    preface = ("2019年以来，某县人民政府持续推进政务公开。" * 6) + "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
    paras = [preface, "一、总体情况", "2018年，我县出台了政务公开工作制度。", "二、主动公开", "全年主动公开政府信息22条。",
             "一、总体情况", "2019年，全县政府信息公开工作稳步推进。" + "各部门按要求及时公开政府信息。" * 15,
             "二、存在的主要问题及改进情况", "公开内容的深度还需加强。"]
    r = _parse(_title("某县人民政府", 2020), paras)
    assert not any(e.startswith("aggregator page") for e in r.errors)
    assert "2019年，全县政府信息公开工作稳步推进。" in r.body


def test_interpretation_after_the_report_is_not_the_report() -> None:
    title = _title("某区人民政府", 2021)
    r = _parse(title, [*_report("某区人民政府", 2021, 55), f"一图读懂｜{title}", "政务微信公众号推送信息1684条。"])
    assert "1684" not in r.body
    assert _active(r) == {55}
    assert any(e.startswith("interpretation printed after the report removed") for e in r.errors)


def test_interpretation_line_at_the_top_is_no_cut() -> None:
    assert interpretation_start("一图读懂｜某区2021年政府信息公开工作年度报告\n全年主动公开政府信息5条。") is None


def test_interpretation_page_keeps_its_text() -> None:
    title = "一图读懂｜某区人民政府2021年政府信息公开工作年度报告"
    r = _parse(title, [*_report("某区人民政府", 2021, 55), title, "政务微信公众号推送信息1684条。"])
    assert "1684" in r.body


def test_a_sentence_naming_last_years_report_is_no_report_start() -> None:
    assert report_title_of("与2020年相比，2020年政府信息公开工作年度报告中提出的改进措施已全部落实") is None
    assert report_title_of("某县2020年政府信息公开工作年度报告") is not None


def test_a_copy_of_one_report_with_a_preface_is_kept_whole() -> None:
    body = ("现将《某县人民政府办公室2023年政府信息公开工作年度报告》予以公布。本报告由概述、主动公开、依申请公开等部分组成，"
            "所列数据的统计期限自2023年1月1日起至2023年12月31日止。" * 3 + "\n一、总体情况\n2023年，本办公室加强政务公开。\n"
            "2022年底，本县调整机构。\n2024年，我们将继续推进公开。\n二、主动公开政府信息情况\n主动公开政府信息120条。")
    page = "<html><head><title>某县人民政府办公室2023年政府信息公开工作年度报告</title></head><body><div id='zoom'>" \
           + "".join(f"<p>{line}</p>" for line in body.split("\n")) + "</div></body></html>"
    report = parse_report([Fetched("https://copy.example.com/a/1.html", page.encode())])
    assert not any("aggregator" in e for e in report.errors)
    assert "二、主动公开政府信息情况" in report.body and report.body.startswith("现将")
