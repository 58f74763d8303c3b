import pytest

from crawler.rules import (
    Budget,
    canonicalize_url,
    in_scope,
    is_report_part,
    is_soft_404,
    part_number,
    registered_domain,
    trap_reason,
)


@pytest.mark.parametrize("url, canonical", [
    ("HTTP://WWW.Jingmen.GOV.cn:80/art/2022/x.html#top", "http://www.jingmen.gov.cn/art/2022/x.html"),
    ("http://a.gov.cn/list.jsp?b=2&utm_source=wx&a=1&spm=x", "http://a.gov.cn/list.jsp?a=1&b=2"),
    ("https://a.gov.cn:443/x;jsessionid=ABC123?id=5", "https://a.gov.cn/x?id=5"),
    ("http://a.gov.cn:8080", "http://a.gov.cn:8080/"),
])
def test_canonicalize_url(url, canonical):
    assert canonicalize_url(url) == canonical


def test_scope_is_the_registered_domain():
    assert registered_domain("http://xxgk.jingmen.gov.cn/col/col1/index.html") == "jingmen.gov.cn"
    assert registered_domain("http://www.hzsc.gov.cn/") == "hzsc.gov.cn"
    assert registered_domain("http://127.0.0.1:8000/") == "127.0.0.1"
    assert registered_domain("http://xxgk.portal.test/") == registered_domain("http://www.portal.test/")
    scope = {"jingmen.gov.cn"}
    assert in_scope("https://zwgk.jingmen.gov.cn/a.html", scope)
    assert not in_scope("http://www.hubei.gov.cn/a.html", scope)
    assert not in_scope("mailto:x@jingmen.gov.cn", scope)


@pytest.mark.parametrize("url, fragment", [
    ("http://a/hw/col/nb/nb/nb/", "repeated path segment"),
    ("http://a/xxgknb/index.html?month=2023-02", "calendar"),
    ("http://a/list.html?d=2023-02-01", "calendar"),
    ("http://a/calendar/2023-01-01.html", "calendar"),
    ("http://a/" + "x/" * 14 + "y.html", "deeper"),
    ("http://a/" + "q" * 500, "longer"),
])
def test_trap_reason(url, fragment):
    assert fragment in trap_reason(url)


@pytest.mark.parametrize("url", [
    "http://a/xxgk/xxgknb/202201/t20220121_1002_1.html",
    "http://a/module/xxgk/xxgkAnnualReport.jsp?area=1&fbtime=2019",
    "http://a/nb/2021nb/index.html?year=2021",
])
def test_ordinary_urls_are_not_traps(url):
    assert trap_reason(url) is None


def test_report_parts():
    first = "http://a/xxgknb/202201/t20220121_1002.html"
    assert is_report_part(first, "http://a/xxgknb/202201/t20220121_1002_2.html")
    assert not is_report_part(first, "http://a/xxgknb/202201/t20220121_1003.html")
    assert not is_report_part(first, "http://b/xxgknb/202201/t20220121_1002_2.html")
    assert is_report_part("http://a/content.jsp?id=7", "http://a/content.jsp?id=7&page=3")
    assert not is_report_part("http://a/content.jsp?id=7", "http://a/content.jsp?id=8&page=3")
    assert [part_number(u) for u in ("http://a/t1.html", "http://a/t1_2.html", "http://a/c.jsp?id=7&page=3")] == [0, 2, 3]


def test_soft_404():
    assert is_soft_404("<html><body><p>对不起，您访问的页面不存在或已被删除！</p></body></html>")
    assert is_soft_404("<html><head><title>404 Not Found</title></head><body>" + "<p>导航</p>" * 800 + "</body></html>")
    assert not is_soft_404("<html><body><h1>2020年政府信息公开工作年度报告</h1>" + "<p>正文</p>" * 10 + "</body></html>")
    report = "<p>（三）不予公开：该信息不存在的情况共3件，申请人称找不到页面的咨询2件。</p>" * 60
    assert not is_soft_404(f"<html><head><title>某局2020年政府信息公开工作年度报告</title></head><body>{report}</body></html>")


def test_budget_counts_per_host():
    budget = Budget(per_host=2)
    assert budget.take("http://a/1") and budget.take("http://a/2") and budget.take("http://a/1")
    assert not budget.take("http://a/3")
    assert budget.take("http://b/1")


def test_canonical_urls_are_percent_encoded_like_scrapy_sends_them():
    from scrapy import Request

    for url in ("http://a.gov.cn/年报/2020年 报告.pdf?b=1&名=值", "http://a.gov.cn/a%20b.html?x=%20y"):
        canonical = canonicalize_url(url)
        assert canonical.isascii() and Request(canonical).url == canonical
        assert canonicalize_url(canonical) == canonical
