"""End to end: `xxgk crawl` (a real Scrapy process, real Chromium for the JavaScript list) over the bundled demo
portal plus a dead port, an unresolvable host and a bad seed row. Checked against the portal's own ground truth and
its hit log."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.demo_portal.server import serve
from crawler.demo_portal.site import DISALLOWED_PREFIX, GUIDE_PATH, build_site

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "RETRY_TIMES=1"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl")
    server = serve("127.0.0.1", 0)
    seeds = out / "seeds.csv"
    seeds.write_text(
        "portal_id,name,region_code,level,homepage,start_urls\n"
        f"demo,示范市,,city,{server.base_url}/,\n"
        f"deadport,关闭的端口,,county,http://127.0.0.1:{closed_port()}/,\n"
        "nodns,不存在的域名,,county,http://portal.invalid/,\n"
        "broken,坏行,12345,county,ftp://example.org/,\n", encoding="utf-8")
    try:
        result = subprocess.run(
            [str(Path(sys.executable).with_name("xxgk")), "crawl", "--seeds", str(seeds), "--archive", str(out / "archive"),
             "--db", str(out / "x.db"), *FAST, "--log-file", str(out / "crawl.log")],
            capture_output=True, text=True, timeout=240, cwd=Path(__file__).parents[1])
    finally:
        server.shutdown()
        server.server_close()
    db = sqlite3.connect(out / "x.db")
    db.row_factory = sqlite3.Row
    yield {"result": result, "db": db, "hits": server.hit_paths(), "base": server.base_url, "out": out}
    db.close()


def paths(rows) -> set[str]:
    return {urlsplit(r[0]).path for r in rows}


def test_exit_code_and_bad_seed_row_named(crawl):
    result = crawl["result"]
    assert result.returncode == 3, result.stderr[-2000:]
    assert "row 5 (broken)" in result.stderr and "region_code '12345'" in result.stderr


def test_every_report_found(crawl):
    expected = {r.path for r in build_site().reports}
    found = paths(crawl["db"].execute("select url from report_parts"))
    assert expected <= found
    assert crawl["db"].execute("select count(*) from reports where portal_id = 'demo'").fetchone()[0] == len(expected)


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_multi_page_report_joined_and_attachments_kept(crawl):
    site = build_site()
    split = next(r for r in site.reports if r.parts == 3)
    rows = crawl["db"].execute(
        "select p.url, p.kind from report_parts p join reports r on r.id = p.report_id where r.url like ? "
        "order by p.seq", [f"%{split.path}"]).fetchall()
    assert [urlsplit(u).path for u, _ in rows] == [split.path, split.path.replace(".html", "_1.html"),
                                                   split.path.replace(".html", "_2.html")]
    attached = [r for r in site.reports if r.attachments]
    assert attached
    for report in attached:
        kinds = crawl["db"].execute(
            "select p.url, p.kind from report_parts p join reports r on r.id = p.report_id where r.url like ?",
            [f"%{report.path}"]).fetchall()
        assert {local(u) for u, k in kinds if k == "attachment"} == set(report.attachments), report.title


def test_no_lookalike_taken(crawl):
    db = crawl["db"]
    for item in build_site().lookalikes:
        row = db.execute("select decision, reason from candidates where url like ?", [f"%{item.path}"]).fetchone()
        assert row is not None, item.title
        assert row["decision"] == "skip" and row["reason"].startswith("look-alike"), (item.title, tuple(row))
    taken = paths(db.execute("select url from report_parts"))
    assert not taken & {item.path for item in build_site().lookalikes}
    # The guide in every article's sidebar is not an attachment of the report.
    assert GUIDE_PATH not in crawl["hits"]
    assert db.execute("select reason from candidates where url like ?", [f"%{GUIDE_PATH}"]).fetchone()[0].startswith(
        "look-alike attachment")


def test_robots_obeyed_and_traps_bounded(crawl):
    hits = crawl["hits"]
    assert "/robots.txt" in hits
    assert not [h for h in hits if h.startswith(DISALLOWED_PREFIX)]
    assert not [h for h in hits if "month=" in h or h.startswith("/calendar/")]
    assert not [h for h in hits if h.count("nb/") > 2]
    # Fetched once each; the JavaScript list page twice (plain HTTP, then the browser), and its API's first page
    # twice (by the browser, and directly to learn the page count).
    assert {h for h in hits if hits.count(h) > 1} == {"/js/nb/index.html", "/js/api/nblist.json?page=1"}
    reasons = [r[0] for r in crawl["db"].execute("select reason from candidates where decision = 'skip'")]
    assert any("repeated path segment" in r for r in reasons)
    assert any("calendar" in r for r in reasons)


def test_failures_recorded(crawl):
    rows = {(urlsplit(r["url"]).path, r["kind"]) for r in crawl["db"].execute("select url, kind from failures")}
    assert ("/xxgk/xxgknb/gone.html", "soft404") in rows
    assert ("/xxgk/xxgknb/200802/t20080210_999.html", "http_404") in rows
    assert (f"{DISALLOWED_PREFIX}xxgknb/index.html", "robots") in rows
    kinds = {r["portal_id"]: r["kind"] for r in crawl["db"].execute("select portal_id, kind from failures")}
    assert kinds["deadport"] == "connection" and kinds["nodns"] == "dns"


def test_browser_rendered_the_javascript_list(crawl):
    expected = {r.path for r in build_site().reports if r.path.startswith("/js/")}
    assert expected and expected <= paths(crawl["db"].execute("select url from report_parts"))
    modes = {r[0] for r in crawl["db"].execute("select render_mode from captures where url like '%/js/nb/index.html'")}
    assert "browser" in modes


def test_progress_and_portal_rows(crawl):
    db = crawl["db"]
    assert {r[0] for r in db.execute("select portal_id from portals")} == {"demo", "deadport", "nodns"}
    crawl_row = db.execute("select status, pages, reports from crawls").fetchone()
    assert crawl_row["reports"] == len(build_site().reports) and crawl_row["pages"] > crawl_row["reports"]
