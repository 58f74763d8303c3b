"""Repeat crawls of the demo portal (pages of 35–50 KB in real portal furniture) into one archive and database:
an unchanged site costs at most 5% of the first crawl's WARC bytes (list pages become revisits, the reports they list
are answered from the archive, not fetched), no report is lost, and a report added or changed (with its list) is
found and parsed. XXGK_RECHECK_DAYS=0 re-checks every document with a conditional request."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.demo_portal.server import serve
from crawler.demo_portal.site import DemoReport, make_site, publish_report

XXGK = str(Path(sys.executable).with_name("xxgk"))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
LISTS = ("/xxgk/xxgknb/index.html", "/xxgk/xxgknb/index_1.html", "/xxgk/bmxxgknb/jyj/index.html",
         "/xxgk/bmxxgknb/czj/frame.html")
NEW = DemoReport("/xxgk/bmxxgknb/jyj/202502/t20250203_3024.html", "示范市教育局2024年政府信息公开工作年度报告",
                 "示范市教育局", 2024, "2025-02-03")
CHANGED = "/xxgk/bmxxgknb/czj/202302/t20230203_6022.html"
SIBLING = "/xxgk/bmxxgknb/czj/202202/t20220202_6021.html"  # same list as CHANGED, itself unchanged
CORRECTION = "（更正：本年度补充公开了政策解读材料）"


def _crawl(out: Path, seeds: Path, *settings: str) -> int:
    """One `xxgk crawl` into out/archive and out/x.db; returns the bytes of the WARC files it wrote."""
    before = {p: p.stat().st_size for p in (out / "archive").glob("*.warc.gz")}
    result = subprocess.run([XXGK, "crawl", "--seeds", str(seeds), "--archive", str(out / "archive"), "--db",
                             str(out / "x.db"), *FAST, *settings], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    return sum(p.stat().st_size for p in (out / "archive").glob("*.warc.gz") if p not in before)


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("recheck")
    site = make_site()
    portal = serve("127.0.0.1", 0, site)
    seeds = out / "seeds.csv"
    seeds.write_text(f"portal_id,name,region_code,level,homepage,start_urls\ndemo,示范市,,city,{portal.base_url}/,\n",
                     encoding="utf-8")
    runs: dict = {"out": out, "site": site, "hits": []}
    try:
        for n in (1, 2, 3, 4):
            if n == 3:  # a new report in one list; another report corrected, its list entry marked as updated
                publish_report(site, "/xxgk/bmxxgknb/jyj/index.html", NEW, "部门信息公开年报")
                content_type, page = site.pages[CHANGED]
                site.pages[CHANGED] = (content_type, page.replace("下一步将丰富解读方式。".encode(),
                                                                  f"下一步将丰富解读方式。{CORRECTION}".encode()))
                content_type, frame = site.pages["/xxgk/bmxxgknb/czj/frame.html"]
                site.pages["/xxgk/bmxxgknb/czj/frame.html"] = (content_type, frame.replace(
                    b"<span>2023-02-03</span>", "<span>2023-02-03（已更新）</span>".encode()))
            hits_before = len(portal.hits)
            runs[n] = _crawl(out, seeds, *(("-s", "XXGK_RECHECK_DAYS=0") if n == 4 else ()))
            runs["hits"].append(portal.hit_paths()[hits_before:])
    finally:
        portal.shutdown()
        portal.server_close()
    return runs


def _db(runs: dict) -> sqlite3.Connection:
    return sqlite3.connect(runs["out"] / "x.db")


def test_demo_pages_are_portal_sized():
    site = make_site()
    sizes = sorted(len(body) for content_type, body in site.pages.values() if "html" in content_type)
    assert 25_000 <= sizes[len(sizes) // 2] <= 60_000
    links = site.pages["/"][1].decode().count("<a ")
    assert links >= 100


def test_unchanged_site_costs_at_most_5_percent(crawls):
    first, second = crawls[1], crawls[2]
    assert first > 500_000
    assert second <= 0.05 * first, f"repeat crawl wrote {second} bytes, {second / first:.1%} of {first}"


def test_unchanged_reports_are_answered_from_the_archive_and_kept(crawls):
    db = _db(crawls)
    site = crawls["site"]
    html_reports = [r.path for r in site.reports if r.path.endswith(".html") and r.path != NEW.path]
    second_hits = set(crawls["hits"][1])
    assert not [p for p in html_reports if p in second_hits], "an unchanged report was fetched again"
    # every report is still in the database, seen by the repeat crawl, with the capture history of the first
    rows = db.execute("select url, first_seen_crawl, last_seen_crawl from reports where url not like ?",
                      [f"%{NEW.path}"]).fetchall()
    assert len(rows) >= 30
    assert {(first, last) for _, first, last in rows} == {(1, 4)}
    # reports answered from the archive keep the captures (and crawl) of the first crawl
    trs = dict(db.execute("select c.crawl_id, count(*) from report_captures c join reports r on r.id = c.report_id "
                          "where r.url like '%/xxgk/xxgknb/%' group by c.crawl_id").fetchall())
    assert trs[1] >= 15 and 2 not in trs and 3 not in trs  # (crawl 4 re-checked them: XXGK_RECHECK_DAYS=0)


def test_listing_pages_are_revisits_in_the_repeat_crawl(crawls):
    db = _db(crawls)
    for path in LISTS:
        kinds = {r[0] for r in db.execute("select record_type from captures where crawl_id = 2 and url like ?",
                                          [f"%{path}"])}
        assert kinds == {"revisit"}, (path, kinds)


def test_new_and_changed_reports_are_found_and_parsed(crawls):
    db = _db(crawls)
    new = db.execute("select first_seen_crawl, title, n_facts from reports where url like ?",
                     [f"%{NEW.path}"]).fetchone()
    assert new is not None and new[0] == 3 and "2024" in new[1] and new[2] > 0
    body, last = db.execute("select body, last_seen_crawl from reports where url like ?", [f"%{CHANGED}"]).fetchone()
    assert CORRECTION.strip("（）") in body and last == 4
    fresh = db.execute("select count(*) from captures where crawl_id = 3 and record_type = 'response' and url like ?",
                       [f"%{CHANGED}"]).fetchone()[0]
    assert fresh == 1, "the changed report is archived again in full"
    assert CHANGED in crawls["hits"][2] and NEW.path in crawls["hits"][2]
    # the changed list's other reports are re-checked (a conditional request: a revisit); unchanged lists' are not
    sibling = db.execute("select record_type from captures where crawl_id = 3 and url like ?", [f"%{SIBLING}"])
    assert [r[0] for r in sibling] == ["revisit"]
    unchanged_trs = [r.path for r in crawls["site"].reports if r.path.startswith("/xxgk/xxgknb/2")]
    assert unchanged_trs and not set(unchanged_trs) & set(crawls["hits"][2])


def test_recheck_days_0_sends_conditional_requests(crawls):
    db = _db(crawls)
    fourth_hits = set(crawls["hits"][3])
    html_reports = [r.path for r in crawls["site"].reports if r.path.endswith(".html")]
    assert set(html_reports) <= fourth_hits
    revisited = {url.split("/", 3)[3] for (url,) in db.execute(
        "select url from captures where crawl_id = 4 and record_type = 'revisit'")}
    assert {p.lstrip("/") for p in html_reports} <= revisited
    assert db.execute("select count(*) from captures where crawl_id = 4 and record_type = 'response' "
                      "and url like '%.html' and status = 200").fetchone()[0] == 0  # nothing changed: no copies
