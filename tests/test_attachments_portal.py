"""End to end over real HTTP on 127.0.0.1: a report page links its attachments (pdf.js viewer, onclick,
GBK-encoded download servlet, plain href to a LibreOffice-made DOC); every attachment found is fetched,
read, and yields the same facts as the HTML tables of the page itself."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

import attachment_factory as factory
import pytest
from static_site import fetch, serve_site

from pipelines.attachment_links import find_attachment_links
from pipelines.attachments import extract_attachment
from pipelines.facts_table import facts_from_grids
from pipelines.tables import grids_from_html

DEMO_FILES = Path(__file__).resolve().parent.parent / "crawler" / "demo_portal" / "files"
GBK_NAME = "二道区统计表.xlsx"


def build_site() -> dict[str, tuple[bytes, str]]:
    data = factory.numbered_t2021()
    t2021_page = factory.t2021_html(data).replace("</body>", (
        '<iframe src="/pdfjs/web/viewer.html?file=%2Ffiles%2Fzhanghe-2021.pdf"></iframe>'
        '<a href="javascript:;" onclick="window.open(\'/files/zhanghe-2021.docx\')">附件下载</a>'
        '<a href="/files/zhanghe-2021.XLSX">统计表</a></body>'))
    gbk = "".join(f"%{b:02X}" for b in GBK_NAME.encode("gbk"))
    e2014_page = factory.e2014_html().replace("</body>", (
        f'<a href="/downfile.jsp?filename={gbk}">点击下载</a>'
        '<a href="/files/erdao-2017.doc">二道区2017年报告（Word版）</a></body>'))
    octet = "application/octet-stream"
    return {
        "/report/2021.html": (t2021_page.encode(), "text/html; charset=utf-8"),
        "/report/2017.html": (e2014_page.encode("gbk"), "text/html; charset=gbk"),
        "/files/zhanghe-2021.pdf": (factory.t2021_pdf(data), "application/pdf"),
        "/files/zhanghe-2021.docx": (factory.t2021_docx(data), octet),
        "/files/zhanghe-2021.XLSX": (factory.t2021_xlsx(data), octet),
        "/files/erdao-2017.doc": ((DEMO_FILES / "erdao-2017.doc").read_bytes(), "application/msword"),
        f"/download/{GBK_NAME}": (factory.e2014_xlsx(), octet),
    }


def resolve(path: str, query: str) -> str:
    if path == "/downfile.jsp":  # a download servlet taking a GBK-encoded file name
        return f"/download/{parse_qs(query, encoding='gbk')['filename'][0]}"
    return path


@pytest.fixture(scope="module")
def portal():
    with serve_site(build_site(), resolve) as base_url:
        yield base_url


def key_values(facts) -> list[tuple[str, float | None]]:
    return sorted((fact.key, fact.value) for fact in facts)


def test_t2021_page_attachments_are_found_fetched_and_match_the_html_facts(portal):
    page = fetch(f"{portal}/report/2021.html")
    html = page.body.decode("utf-8")
    found = find_attachment_links(html, page.url)
    assert found == [(f"{portal}/files/zhanghe-2021.pdf", "zhanghe-2021.pdf"),
                     (f"{portal}/files/zhanghe-2021.docx", "zhanghe-2021.docx"),
                     (f"{portal}/files/zhanghe-2021.XLSX", "统计表")]
    html_facts = key_values(facts_from_grids(grids_from_html(html))[0])
    assert len(html_facts) >= 190
    for url, _ in found:
        content = extract_attachment(fetch(url))
        assert content.error is None, url
        assert key_values(facts_from_grids(content.grids)[0]) == html_facts, url
    too_small_limit = extract_attachment(fetch(found[0][0]), max_bytes=10_000)
    assert too_small_limit.error.startswith("too large:") and too_small_limit.grids == []


def test_e2014_page_gbk_download_and_libreoffice_doc_match_the_html_facts(portal):
    page = fetch(f"{portal}/report/2017.html")
    html = page.body.decode("gb18030")
    found = find_attachment_links(html, page.url)
    assert [text for _, text in found] == [GBK_NAME, "二道区2017年报告（Word版）"]
    html_facts = key_values(facts_from_grids(grids_from_html(html))[0])
    assert dict(html_facts)["apply.received.total"] == 23
    contents = [extract_attachment(fetch(url)) for url, _ in found]
    assert [c.kind for c in contents] == ["xlsx", "doc"]  # the DOC goes through LibreOffice (one conversion)
    for content in contents:
        assert content.error is None
        assert key_values(facts_from_grids(content.grids)[0]) == html_facts
    assert "本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。" in contents[1].text
