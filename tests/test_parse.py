"""parse_report, the single entry point: pages fetched from a real local HTTP server, paging, attachments,
determinism and stage failures recorded instead of raised."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from attachment_factory import seed_t2021, t2021_pdf
from static_site import fetch, serve_site

from pipelines.extract import find_sections
from pipelines.parse import empty_table_sections, parse_report
from pipelines.records import Fetched

ROOT = Path(__file__).parents[1]
PAGES = Path(__file__).parent / "corpus" / "pages"
FRAGMENT_002 = (Path(__file__).parents[1] / "crawler" / "demo_portal" / "reports" / "seed002.html").read_text("utf-8")


def trs_part(fragment: str, part: int, total: int) -> bytes:
    """One page of a TRS report split over several pages (title and metadata repeated on each)."""
    pager = " ".join(f'<a href="t20180328_1234{"" if i == 0 else f"_{i}"}.html">{i + 1}</a>' for i in range(total))
    return f"""<html><head><meta charset="gbk"><title>二道区人民政府2017年度政府信息公开工作报告</title></head><body>
    <div class="position">当前位置：首页 &gt; 政府信息公开年报</div>
    <h1>二道区人民政府2017年度政府信息公开工作报告</h1><div class="info">发布时间：2018-03-28</div>
    <div class="TRS_Editor"><p>二道区人民政府2017年度政府信息公开工作报告</p>{fragment}</div>
    <div class="page">{pager}</div></body></html>""".encode("gbk")


def split_fragment(fragment: str) -> tuple[str, str]:
    cut = fragment.index("<p><strong>五、")
    return fragment[:cut], fragment[cut:]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    first, second = split_fragment(FRAGMENT_002)
    routes: dict[str, tuple[bytes, str]] = {
        f"/pages/{p.name}": (p.read_bytes(), "text/html") for p in PAGES.glob("*.html")}
    routes["/pages/s004_hanweb_gbk_header.html"] = (routes["/pages/s004_hanweb_gbk_header.html"][0],
                                                     "text/html; charset=GBK")
    routes["/trs/t20180328_1234.html"] = (trs_part(first, 0, 2), "text/html")
    routes["/trs/t20180328_1234_1.html"] = (trs_part(second, 1, 2), "text/html")
    routes["/files/report.pdf"] = (t2021_pdf(seed_t2021()), "application/pdf")
    routes["/files/broken.pdf"] = (b"%PDF-1.4\n%broken", "application/pdf")
    routes["/link.html"] = ("""<html><head><meta charset="utf-8"><title>漳河新区2021年政府信息公开工作年度报告</title></head>
        <body><div class="TRS_Editor"><p>漳河新区2021年政府信息公开工作年度报告详见附件。</p>
        <p>附件：<a href="/files/report.pdf">漳河新区2021年政府信息公开工作年度报告.pdf</a></p></div></body></html>"""
                            .encode(), "text/html; charset=utf-8")

    with serve_site(routes) as base_url:
        yield base_url


def test_a_served_t2021_page_gives_table_facts_text_facts_and_checks(server: str) -> None:
    report = parse_report([fetch(f"{server}/pages/s003_hanweb_bom.html")])
    assert report.errors == []
    assert (report.template, report.year, report.agency_type, report.tables_missing) == ("t2021", 2021, "zone", False)
    facts = {(f.key, f.source): f for f in report.facts}
    assert facts[("active.normative.in_force", "table")].value == 55
    assert facts[("active.admin_fee.amount", "table")].value == 7.522
    assert facts[("active.items_total", "text")].value == 4578
    assert all(f.origin == "html" for f in report.facts)
    assert report.checks and all(c.passed for c in report.checks)
    assert [s.number for s in report.sections if not s.number.startswith("(")] == ["一", "二", "三", "四", "五", "六"]


def test_images_in_place_of_tables_mean_tables_missing_and_no_zeros(server: str) -> None:
    report = parse_report([fetch(f"{server}/pages/s004_hanweb_gbk_header.html")])
    assert report.tables_missing is True
    assert "images" in report.tables_missing_reason
    assert not [f for f in report.facts if f.source == "table"]


def test_pages_of_a_split_report_are_joined_in_order(server: str) -> None:
    urls = [f"{server}/trs/t20180328_1234.html", f"{server}/trs/t20180328_1234_1.html"]
    report = parse_report([fetch(u) for u in urls])
    assert report.part_urls == urls
    assert report.errors == []
    assert report.body.count("二道区人民政府2017年度政府信息公开工作报告") == 0
    assert report.body.index("四、政府信息公开的收费及减免情况") < report.body.index("五、因政府信息公开申请")
    assert (report.year, report.published, report.template, report.tables_missing) == (2017, "2018-03-28", "e2014", False)
    facts = {(f.key, f.source): f.value for f in report.facts}
    assert facts[("active.items_total", "table")] == 4156


def test_a_report_published_as_a_pdf_attachment(server: str) -> None:
    report = parse_report([fetch(f"{server}/link.html")], [fetch(f"{server}/files/report.pdf")])
    assert report.attachment_urls == [f"{server}/files/report.pdf"]
    assert (report.template, report.year, report.tables_missing) == ("t2021", 2021, False)
    table = [f for f in report.facts if f.source == "table"]
    assert table and {f.origin for f in table} == {"pdf"}
    assert "二、主动公开政府信息情况" in report.body  # the page only links the document: its text is used


def test_a_report_page_that_is_itself_a_pdf(server: str) -> None:
    report = parse_report([fetch(f"{server}/files/report.pdf")])
    assert report.part_urls == [f"{server}/files/report.pdf"]
    assert (report.title, report.agency, report.agency_type) == (
        "漳河新区2021年政府信息公开工作年度报告", "漳河新区", "zone")
    assert (report.template, report.year, report.tables_missing) == ("t2021", 2021, False)
    assert {f.origin for f in report.facts if f.source == "table"} == {"pdf"}


def test_a_broken_attachment_is_an_error_entry_not_a_crash(server: str) -> None:
    report = parse_report([fetch(f"{server}/pages/s003_gkmlpt.html")], [fetch(f"{server}/files/broken.pdf")])
    assert report.title == "漳河新区2021年政府信息公开工作年度报告"
    assert any(e.startswith("attachment pdf") for e in report.errors)
    assert any(f.origin == "html" for f in report.facts)


def test_output_is_deterministic(server: str) -> None:
    page = fetch(f"{server}/pages/s002_trs_wrongmeta.html")
    first, second = parse_report([page]), parse_report([Fetched(page.url, page.body, dict(page.headers))])
    assert asdict(first) == asdict(second)
    keys = [(f.key, f.source, f.origin) for f in first.facts]
    assert keys == sorted(keys)


def test_nothing_to_parse_still_gives_a_report() -> None:
    report = parse_report([Fetched("http://www.x.gov.cn/a.html", b"")])
    assert (report.body, report.title, report.tables_missing, report.template, report.facts) == ("", None, False, None, [])
    assert [e.split(":")[0] for e in report.errors] == ["no report on this page"]
    assert parse_report([]).url == ""


def test_empty_table_sections() -> None:
    body = "一、总体情况\n正文\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、行政复议\n五、问题\n正文"
    assert empty_table_sections(body, find_sections(body)) == ["二", "三", "四"]


def test_a_failing_stage_becomes_an_error_entry() -> None:
    good = Fetched("http://www.x.gov.cn/b.html", (PAGES / "s003_gkmlpt.html").read_bytes())
    corrupt = Fetched("http://www.x.gov.cn/a.html", None)  # type: ignore[arg-type] - a damaged capture record
    report = parse_report([corrupt, good])
    assert len(report.errors) == 1 and report.errors[0].startswith("extract http://www.x.gov.cn/a.html: ")
    assert report.year == 2021 and report.facts  # the other page still parsed


def test_a_scanned_report_takes_its_title_from_the_link_and_says_its_tables_are_missing():
    scan = (ROOT / "crawler" / "demo_portal" / "files" / "zhanghe-2021.scan.pdf").read_bytes()
    page = Fetched(url="http://www.example.gov.cn/files/P020220110.pdf", body=scan,
                   headers={"content-type": "application/pdf"})
    report = parse_report([page], link_title="漳河新区2021年政府信息公开工作年度报告（图片版）")
    assert (report.agency, report.year, report.edition) == ("漳河新区", 2021, "图片版")
    assert report.tables_missing and "scanned" in report.tables_missing_reason
    assert not [f for f in report.facts if f.source == "table"]


def test_a_document_file_name_is_a_title_of_last_resort():
    scan = (ROOT / "crawler" / "demo_portal" / "files" / "zhanghe-2021.scan.pdf").read_bytes()
    disposition = "attachment; filename*=UTF-8''%E8%8E%B2%E9%83%BD%E5%8C%BA2020%E5%B9%B4%E6%94%BF%E5%BA%9C" \
                  "%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf"
    page = Fetched(url="http://www.example.gov.cn/module/download/downfile.jsp?id=9", body=scan,
                   headers={"content-type": "application/pdf", "content-disposition": disposition})
    report = parse_report([page])
    assert (report.title, report.year) == ("莲都区2020年政府信息公开工作年度报告", 2020)


def test_a_one_cell_table_row_is_a_table_fact_not_a_statement_in_the_text() -> None:
    line = "2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):356"
    html = (f"<html><head><title>某区2020年政府信息公开工作年度报告</title></head><body><div id='zoom'>"
            f"<p>二、主动公开政府信息情况</p><table border='1'><tr><td colspan='4'>{line}</td></tr>"
            "<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>"
            "<tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr></table></div></body></html>")
    report = parse_report([Fetched("http://www.x.gov.cn/art/2021/1/1/art_1.html", html.encode(),
                                   {"content-type": "text/html; charset=utf-8"})])
    published = [f for f in report.facts if f.key == "active.items_published_total"]
    assert [(f.source, f.value) for f in published] == [("table", 356)]
    assert line in report.body


def test_pages_fetched_out_of_order_are_joined_by_their_page_numbers() -> None:
    def page(text: str) -> bytes:
        return (f"<html><head><title>某区2021年政府信息公开工作年度报告</title></head><body><div id='zoom'><p>{text}</p>"
                "</div></body></html>").encode()

    base = "http://www.x.gov.cn/art/2022/1/20/t20220120_55"
    parts = [Fetched(f"{base}_2.html", page("三、收到和处理政府信息公开申请情况。本年新收申请14件。")),
             Fetched(f"{base}.html", page("一、总体情况。全年主动公开政府信息1520条。")),
             Fetched(f"{base}_1.html", page("二、主动公开政府信息情况。现行有效规范性文件25件。"))]
    report = parse_report(parts)
    assert [s.number for s in report.sections] == ["一", "二", "三"]
    assert report.part_urls == [p.url for p in parts]  # as fetched: the capture order stays on record


def test_a_page_captured_twice_is_joined_once() -> None:
    first = ("<html><body><div id='zoom'><p>一、总体情况。全年主动公开政府信息1520条。</p></div></body></html>").encode()
    second = ("<html><body><div id='zoom'><p>二、主动公开政府信息情况。现行有效规范性文件25件。</p></div></body></html>"
              ).encode()
    base = "http://www.x.gov.cn/gkmlpt/content/1/2/post_3.html"
    report = parse_report([Fetched(base, first), Fetched(f"{base}?page=1", first), Fetched(f"{base}?page=2", second)])
    assert report.body.count("全年主动公开政府信息1520条") == 1
    assert [s.number for s in report.sections] == ["一", "二"]


def _mirror(body_lines: list[str], title: str = "青山县民政局2022年政府信息公开工作年度报告") -> Fetched:
    paras = "".join(f"<p>{line}</p>" for line in body_lines)
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>{paras}</div></body></html>"
    return Fetched("http://www.copy-site.com/a/1.html", page.encode("utf-8"), {"content-type": "text/html; charset=utf-8"})


def test_mirror_injected_words_removed_ad_lines_dropped_chrome_gone() -> None:
    report = parse_report([_mirror([
        "亚洲精品国产一区二区_欧美日韩在线观看免费视频",
        "一、概述,(一)加强领导,(二)完善制度,二、主动公开政府信息情况,",
        "一、总体情况",
        "2022年，新葡京博彩官网县民政局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息215条。",
        "二、主动公开政府信息情况", "本年度未制发规范性文件。", "相关词条", "某县民政局2021年政府信息公开工作年度报告"])])
    assert report.body.split("\n") == [
        "一、总体情况", "2022年，县民政局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息215条。",
        "二、主动公开政府信息情况", "本年度未制发规范性文件。"]
    assert {f.key: f.value for f in report.facts}["active.items_total"] == 215


def test_mirror_long_opening_paragraph_is_the_reports_start() -> None:
    opening = ("根据《中华人民共和国政府信息公开条例》要求，现将青山县民政局2022年政府信息公开工作年度报告予以公布。"
               "本报告所列数据的统计期限为2022年1月1日至2022年12月31日。如对本报告有任何疑问，请与青山县民政局联系"
               "（地址：青山县人民路8号；邮编：600000；联系电话：0800-1234567）。全文包括总体情况、主动公开政府信息情况、"
               "收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况等内容。")
    report = parse_report([_mirror([opening, "一、总体情况", "2022年，我局全年主动公开政府信息215条。"])])
    assert report.body.startswith(opening) and report.body.endswith("215条。")
    assert not any(e.startswith("aggregator page") for e in report.errors)
