"""Discovery on independent simulated portals (tests/independent_portals.py, written from spec 3.1–3.5 without the
demo portal): one real `xxgk crawl` over all of them, checked against each portal's ground truth and hit log."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from independent_portals import PORTALS, Portal, serve

from pipelines.classify import LinkContext, classify_link
from pipelines.listing import parse_json_listing, parse_listing

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "RETRY_TIMES=0"]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    out = tmp_path_factory.mktemp("independent")
    portals = {name: build() for name, build in PORTALS.items()}
    servers = [serve(p) for p in portals.values()]
    seeds = out / "seeds.csv"
    seeds.write_text("portal_id,name,region_code,level,homepage,start_urls\n" + "".join(
        f"{name},{p.name},,county,{p.base_url}/,\n" for name, p in portals.items()), encoding="utf-8")
    try:
        result = subprocess.run(
            [str(Path(sys.executable).with_name("xxgk")), "crawl", "--seeds", str(seeds), "--archive",
             str(out / "archive"), "--db", str(out / "x.db"), *FAST, "--log-file", str(out / "crawl.log")],
            capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[1])
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    db = sqlite3.connect(out / "x.db")
    yield {"result": result, "db": db, "portals": portals, "out": out}
    db.close()


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def taken(db: sqlite3.Connection, portal_id: str) -> set[str]:
    """Every URL the crawl treated as (part of) a report of this portal."""
    rows = db.execute("select p.url from report_parts p join reports r on r.id = p.report_id where r.portal_id = ? "
                      "union select url from reports where portal_id = ? "
                      "union select url from candidates where portal_id = ? and decision = 'take'",
                      (portal_id, portal_id, portal_id)).fetchall()
    return {local(r[0]) for r in rows}


def test_crawl_finished(crawl):
    assert crawl["result"].returncode == 0, crawl["result"].stderr[-3000:]


@pytest.mark.parametrize("portal_id", list(PORTALS))
def test_every_report_found(crawl, portal_id):
    portal: Portal = crawl["portals"][portal_id]
    missing = set(portal.reports) - taken(crawl["db"], portal_id)
    assert not missing, f"{portal_id}: reports not found {sorted(missing)}"


@pytest.mark.parametrize("portal_id", list(PORTALS))
def test_later_pages_and_attachments_joined(crawl, portal_id):
    portal: Portal = crawl["portals"][portal_id]
    rows = crawl["db"].execute("select p.url from report_parts p join reports r on r.id = p.report_id "
                               "where r.portal_id = ?", (portal_id,)).fetchall()
    missing = set(portal.parts) - {local(r[0]) for r in rows}
    assert not missing, f"{portal_id}: parts not joined to their report {sorted(missing)}"
    assert crawl["db"].execute("select count(*) from reports where portal_id = ?", (portal_id,)).fetchone()[0] \
        == len(portal.reports)


@pytest.mark.parametrize("portal_id", list(PORTALS))
def test_no_lookalike_taken(crawl, portal_id):
    portal: Portal = crawl["portals"][portal_id]
    wrong = set(portal.lookalikes) & taken(crawl["db"], portal_id)
    assert not wrong, f"{portal_id}: look-alikes taken {sorted(wrong)}"


@pytest.mark.parametrize("portal_id", list(PORTALS))
def test_robots_respected_and_traps_bounded(crawl, portal_id):
    portal: Portal = crawl["portals"][portal_id]
    hits = [urlsplit(h).path for h in portal.hits]
    assert "/robots.txt" in hits
    assert not set(portal.disallowed) & set(hits)
    assert sum(h.startswith(("/calendar/", "/zwgk/hdrl/")) for h in hits) <= 2 * 15 + 10


# The general rules the portals above exposed, pinned on their own (pure functions, no crawl).
ANNUAL = LinkContext("annual", "政府信息公开年报", "")


@pytest.mark.parametrize(("url", "text", "row", "kind", "decision"), [
    ("http://x/public/column/6602?catId=7702&year=2021", "2021年", "", "listing", "take"),  # year sub-column
    ("http://x/show/4008.html", "铜陵县2018年政府信息公开工作年度报告编制说明会召开", "", "report", "skip"),  # news
    ("http://x/jyj/t1.html", "查看", "富春县教育局2021年度政府信息公开工作年度报告 2022-02-10 查看", "report", "take"),
    ("http://x/p/1.html", "一图读懂榕江区人民政府2020年政府信息公开工作年度报告", "", "report", "skip"),
    ("http://x/p/2.html", "榕江区审计局2020年政府信息公开工作年度报告", "", "report", "take"),
    ("http://x/p/3.html", "榕江区2021年度社会信用体系建设年度报告", "", "other", "skip"),  # another topic's report
    ("http://x/p/4.html", "2020年度报告", "", "report", "take"),  # a bare row in an annual-report column
])
def test_link_rules(url, text, row, kind, decision):
    candidate = classify_link(url, text, LinkContext("annual", "信息公开年报", row))
    assert (candidate.kind, candidate.decision) == (kind, decision), candidate.reason


def test_root_json_api_and_gkmlpt_catalogue_entries_are_found():
    listing = parse_listing('<script>fetch("/api/article/list?channelId=88&pageNo="+n)</script>', "http://x/gknb/")
    assert listing.json_apis == ["http://x/api/article/list?channelId=88&pageNo="]
    catalogue = parse_listing('<script>var SID = "755031";</script><a href="/gkmlpt/index#2620">政府信息公开年报</a>',
                              "http://x/gkmlpt/index")
    assert catalogue.links[0][:2] == ("http://x/gkmlpt/api/all/2620?page=1&sid=755031", "政府信息公开年报")
    assert classify_link(catalogue.links[0][0], "政府信息公开年报", ANNUAL).decision == "take"


@pytest.mark.parametrize("text", ["[下一页]", "下一页&gt;&gt;", "【下一页】", "尾 页", "&gt;&gt;"])
def test_decorated_pager_links_are_next_pages(text):
    listing = parse_listing(f'<a href="list_2.html">{text}</a>', "http://x/nb/list.html")
    assert listing.next_pages == ["http://x/nb/list_2.html"] and not listing.links


def test_json_list_fields_named_by_suffix():
    text = '{"data": {"records": [{"DOCTITLE": "安平县2021年政府信息公开工作年度报告", "coverImgUrl": "/c.png", ' \
           '"DOCPUBURL": "/gknb/202201/t20220120_1.shtml", "DOCRELTIME": "2022-01-20"}]}}'
    assert [link[:2] for link in parse_json_listing(text, "http://x/api/list")] == [
        ("http://x/gknb/202201/t20220120_1.shtml", "安平县2021年政府信息公开工作年度报告")]
