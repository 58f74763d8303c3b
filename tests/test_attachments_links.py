"""find_attachment_links: every way portals point at report attachments."""

from __future__ import annotations

from pipelines.attachment_links import file_name_of, find_attachment_links

BASE = "http://www.example.gov.cn/xxgk/nb/202203/t20220301_1.html"


def links(html: str) -> list[tuple[str, str]]:
    return find_attachment_links(f"<html><body>{html}</body></html>", BASE)


def test_plain_hrefs_any_case_relative_and_absolute():
    assert links('<a href="P020220301.PDF">2021年年度报告</a><a href="/up/a.Docx">附件</a>'
                 '<a href="http://other.gov.cn/b.xls?v=2">统计表</a><a href="c.et">表格</a>') == [
        ("http://www.example.gov.cn/xxgk/nb/202203/P020220301.PDF", "2021年年度报告"),
        ("http://www.example.gov.cn/up/a.Docx", "a.Docx"),  # generic text → the file name
        ("http://other.gov.cn/b.xls?v=2", "统计表"),
        ("http://www.example.gov.cn/xxgk/nb/202203/c.et", "表格"),
    ]


def test_ordinary_pages_and_images_are_not_attachments():
    assert links('<a href="t20220301_2.html">报告.pdf 解读</a><a href="/img/a.jpg">图</a>'
                 '<a href="mailto:x@y.cn">x.pdf</a><a href="#top">top</a>') == []


def test_query_string_downloads_with_utf8_and_gbk_names():
    found = links('<a href="/downfile.jsp?filename=%E5%B9%B4%E6%8A%A5.pdf">下载</a>'
                  '<a href="/servlet/down?id=3&fileName=%C4%EA%B1%A8%B1%ED.xlsx">点击下载</a>'
                  '<a href="/attach/download.do?id=77">二道区2017年报告.doc</a>')
    assert found == [
        ("http://www.example.gov.cn/downfile.jsp?filename=%E5%B9%B4%E6%8A%A5.pdf", "年报.pdf"),
        ("http://www.example.gov.cn/servlet/down?id=3&fileName=%C4%EA%B1%A8%B1%ED.xlsx", "年报表.xlsx"),
        ("http://www.example.gov.cn/attach/download.do?id=77", "二道区2017年报告.doc"),
    ]


def test_pdfjs_viewers_iframes_embeds_objects():
    found = links('<iframe src="/pdfjs/web/viewer.html?file=%2Fup%2F%B1%A8%B8%E6.pdf"></iframe>'
                  '<a href="/static/viewer.html?file=http%3A%2F%2Fcdn.gov.cn%2Fr.pdf">在线预览</a>'
                  '<embed src="e.pdf#page=1" type="application/pdf"><a href="e.pdf">e</a><object data="/o/f.PDF"></object>'
                  '<iframe src="/ad/banner.html"></iframe>')
    assert found == [
        ("http://www.example.gov.cn/up/%B1%A8%B8%E6.pdf", "报告.pdf"),  # GBK bytes kept exactly
        ("http://cdn.gov.cn/r.pdf", "r.pdf"),
        ("http://www.example.gov.cn/xxgk/nb/202203/e.pdf", "e"),  # #page=1 dropped; the link's text wins
        ("http://www.example.gov.cn/o/f.PDF", "f.PDF"),
    ]


def test_javascript_handlers_and_data_attributes():
    found = links('<a href="javascript:void(0)" onclick="window.open(\'/up/d.docx\')">年度报告</a>'
                  '<span onclick="download(\'/up/e.wps\',\'e\')">下载</span>'
                  '<a href="javascript:downloadFile(\'/up/f.xlsx\')">统计表</a>'
                  '<button onclick="location.href=\'g.pdf\'">查看</button>'
                  '<a data-url="/up/h.ofd">OFD版</a>')
    assert found == [
        ("http://www.example.gov.cn/up/d.docx", "年度报告"),
        ("http://www.example.gov.cn/up/e.wps", "e.wps"),
        ("http://www.example.gov.cn/up/f.xlsx", "统计表"),
        ("http://www.example.gov.cn/xxgk/nb/202203/g.pdf", "g.pdf"),
        ("http://www.example.gov.cn/up/h.ofd", "OFD版"),
    ]


def test_duplicates_keep_the_first_meaningful_text_and_base_href_is_honoured():
    html = ('<html><head><base href="http://files.example.gov.cn/2022/"></head><body>'
            '<a href="r.pdf">下载</a><a href="r.pdf">2021年报告全文</a><a href="r.pdf">别的说法</a></body></html>')
    assert find_attachment_links(html, BASE) == [("http://files.example.gov.cn/2022/r.pdf", "2021年报告全文")]
    assert find_attachment_links("", BASE) == []
    assert file_name_of("http://a/b/%E6%8A%A5%E5%91%8A.pdf") == "报告.pdf"
