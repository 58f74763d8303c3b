"""The demo portal itself: ground truth, CMS endpoints and the hit log that the crawl tests rely on."""

import urllib.error
import urllib.request

import pytest

from crawler.demo_portal.site import build_site, expected_report_paths, lookalike_paths
from pipelines.classify import LinkContext, classify_link
from pipelines.listing import parse_listing


def fetch(url, data=None):
    with urllib.request.urlopen(url, data=data, timeout=10) as response:
        return response.status, response.headers.get("Content-Type"), response.read()


def test_ground_truth_covers_every_era_and_style():
    site = build_site()
    years = {r.year for r in site.reports}
    assert set(range(2008, 2024)) <= years
    prefixes = {p.split("/")[1] for p in expected_report_paths()}
    assert prefixes == {"xxgk", "hw", "js"}
    assert any(r.parts > 1 for r in site.reports) and any(r.attachments for r in site.reports)
    assert len(lookalike_paths()) >= 8
    assert not set(lookalike_paths()) & set(expected_report_paths())


def test_every_ground_truth_title_classifies_as_a_report_and_every_lookalike_does_not():
    site = build_site()
    where = LinkContext("annual", "政府信息公开年报", "")
    for report in site.reports:
        assert classify_link("http://x" + report.path, report.title, where).decision == "take", report.title
    for item in site.lookalikes:
        assert classify_link("http://x" + item.path, item.title, where).decision == "skip", item.title


def test_pages_endpoints_and_hit_log(demo_portal):
    base = demo_portal.base_url
    status, content_type, body = fetch(base + "/xxgk/xxgknb/index.html")
    assert status == 200 and "GBK" in content_type and "createPageHTML" in body.decode("gb18030")
    status, _, body = fetch(base + "/robots.txt")
    assert b"Disallow: /private/" in body
    _, content_type, body = fetch(base + "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=500",
                                  data=b"col=1&columnid=101")
    listing = parse_listing(body.decode("utf-8"), base + "/module/web/jpage/dataproxy.jsp")
    assert "xml" in content_type and len(listing.links) == len(build_site().hanweb_records)
    _, _, body = fetch(base + "/xxgk/xxgknb/gone.html")
    assert "页面不存在".encode() in body
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(base + "/no/such/page.html")
    assert missing.value.code == 404
    assert demo_portal.hit_paths() == ["/xxgk/xxgknb/index.html", "/robots.txt",
                                       "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=500",
                                       "/xxgk/xxgknb/gone.html", "/no/such/page.html"]
