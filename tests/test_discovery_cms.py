"""Discovery on a second, independently built portal (not the demo): Hanweb xxgkAnnualReport.jsp enumeration, a
gkmlpt JSON API called directly (browser off), a report paged by ?page=N, an oversized attachment, a 503 that
succeeds on retry, entries reachable only through the seed's start_urls (one a 下一页 chain longer than the depth limit), and an
out-of-scope link; a column link that is really a report and a report link that is really a list."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

AREA = "11370684004265946U"
ANNUAL_JSP = "/module/xxgk/xxgkAnnualReport.jsp"
REPORT_BODY = "<p>一、总体情况</p><p>本年度主动公开政府信息120条。</p>" * 5


def page(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>{body}</body></html>").encode()


def item(path: str, title: str) -> str:
    return f"<li><a href='{path}'>{title}</a><span>2021-01-05</span></li>"


# path (with query) → body; the ground truth is EXPECTED.
PAGES = {
    "/": page("蓬莱区人民政府", "<a href='/zwgk/'>政务公开</a> <a href='/bsfw/'>办事服务</a>"),
    "/zwgk/": page("政务公开", f"<a href='{ANNUAL_JSP}?area={AREA}&fbtime=2023'>政府信息公开年报</a>"
                              "<a href='/gkmlpt/index'>政府信息公开目录（集约化）</a>"
                              "<a href='/latest.html'>政府信息公开年度报告</a>"
                              "<a href='/nb2019.html'>2019年政府信息公开工作年度报告</a>"),
    # A "column" link that leads straight to a report, and a report-like title that leads to a list of reports.
    "/latest.html": page("2023年政府信息公开工作年度报告", "<h1>2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>"
                                                    "<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p>"
                                                    "<p>四、政府信息公开行政复议、行政诉讼情况</p>"),
    "/nb2019.html": page("2019年年报", item("/bm/jy2019.html", "蓬莱区教育局2019年政府信息公开工作年度报告")
                         + item("/bm/wj2019.html", "蓬莱区卫生健康局2019年政府信息公开工作年度报告")),
    "/bm/jy2019.html": page("蓬莱区教育局2019年政府信息公开工作年度报告", REPORT_BODY),
    "/bm/wj2019.html": page("蓬莱区卫生健康局2019年政府信息公开工作年度报告", REPORT_BODY),
    "/gkmlpt/index": page("政府信息公开目录", "<div id='app'></div><script>window._CONFIG = {SID: 'pl01', catid: 77};"
                                            "$.ajax({url: '/gkmlpt/api/all/' + _CONFIG.catid});</script>"),
    f"{ANNUAL_JSP}?area={AREA}&fbtime=2019": page("年报", item("/content.jsp?id=7", "蓬莱区2019年政府信息公开工作年度报告")),
    f"{ANNUAL_JSP}?area={AREA}&fbtime=2020": page("年报", item("/content.jsp?id=8", "蓬莱区2020年政府信息公开工作年度报告")
                                                  + item("/content.jsp?id=9", "蓬莱区2020年政务公开工作要点")
                                                  + item("http://www.elsewhere.gov.cn/a.html",
                                                         "别处2020年政府信息公开工作年度报告")),
    "/content.jsp?id=7": page("蓬莱区2019年政府信息公开工作年度报告", REPORT_BODY + "<a href='/content.jsp?id=7&page=2'>下一页</a>"),
    "/content.jsp?id=7&page=2": page("蓬莱区2019年政府信息公开工作年度报告", REPORT_BODY + "<p>第2页</p>"),
    "/content.jsp?id=8": page("蓬莱区2020年政府信息公开工作年度报告", REPORT_BODY + "<a href='/files/nb2020.pdf'>附件下载</a>"),
    "/content.jsp?id=9": page("蓬莱区2020年政务公开工作要点", "<p>要点</p>"),
    "/gkmlpt/api/all/77?page=1&sid=pl01": json.dumps({"articles": [
        {"title": "蓬莱区民政局2021年政府信息公开工作年度报告", "url": "/gkmlpt/content/post_31.html"}]},
        ensure_ascii=False).encode(),
    "/gkmlpt/content/post_31.html": page("蓬莱区民政局2021年政府信息公开工作年度报告", REPORT_BODY),
    "/flaky/": page("年报", item("/flaky/post_41.html", "蓬莱区财政局2018年政府信息公开工作年度报告")),
    "/flaky/post_41.html": page("蓬莱区财政局2018年政府信息公开工作年度报告", REPORT_BODY),
}
# A list paged only by 下一页, longer than the discovery depth limit, with its one report on the last page.
CHAIN = 12
PAGES.update({f"/chain/list_{n}.html": page("年报", f"<a href='list_{n + 1}.html'>下一页</a>") for n in range(1, CHAIN)})
PAGES[f"/chain/list_{CHAIN}.html"] = page("年报", item("/chain/t2017.html", "蓬莱区水务局2017年政府信息公开工作年度报告"))
PAGES["/chain/t2017.html"] = page("蓬莱区水务局2017年政府信息公开工作年度报告", REPORT_BODY)
BIG_ATTACHMENT = b"%PDF-1.4\n" + b"0" * 400_000
EXPECTED = {"/content.jsp?id=7", "/content.jsp?id=8", "/gkmlpt/content/post_31.html", "/flaky/post_41.html",
            "/chain/t2017.html", "/latest.html", "/bm/jy2019.html", "/bm/wj2019.html"}


class Portal(ThreadingHTTPServer):
    daemon_threads = True
    hits: list[str]


class Handler(BaseHTTPRequestHandler):
    server: Portal

    def log_message(self, *args: object) -> None:
        return

    def do_GET(self) -> None:  # noqa: N802
        self.server.hits.append(self.path)
        path = self.path
        if urlsplit(path).path == ANNUAL_JSP:  # the module answers every year, most of them with an empty list
            query = parse_qs(urlsplit(path).query)
            path = f"{ANNUAL_JSP}?area={query['area'][0]}&fbtime={query['fbtime'][0]}"
            PAGES.setdefault(path, page("年报", "<ul></ul>"))
        if path == "/flaky/post_41.html" and self.server.hits.count(path) == 1:
            return self.reply(503, b"busy", "text/plain")
        if path == "/files/nb2020.pdf":
            return self.reply(200, BIG_ATTACHMENT, "application/pdf")
        if path == "/robots.txt":
            return self.reply(200, b"User-agent: *\nAllow: /\n", "text/plain")
        body = PAGES.get(path)
        if body is None:
            return self.reply(404, b"not found", "text/plain")
        self.reply(200, body, "application/json" if path.startswith("/gkmlpt/api") else "text/html; charset=utf-8")

    def reply(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    out = tmp_path_factory.mktemp("cms")
    server = Portal(("127.0.0.1", 0), Handler)
    server.hits = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    seeds = out / "seeds.csv"
    seeds.write_text("portal_id,name,region_code,level,homepage,start_urls\n"
                     f"penglai,蓬莱区,370684,county,{base}/,{base}/flaky/ {base}/chain/list_1.html\n", encoding="utf-8")
    try:
        result = subprocess.run(
            [str(Path(sys.executable).with_name("xxgk")), "crawl", "--seeds", str(seeds), "--archive",
             str(out / "archive"), "--db", str(out / "x.db"), "-s", "DOWNLOAD_DELAY=0", "-s",
             "AUTOTHROTTLE_ENABLED=False", "-s", "XXGK_BROWSER=False", "-s", "XXGK_ATTACHMENT_MAXSIZE=100000",
             "-s", "DOWNLOAD_WARNSIZE=0"],
            capture_output=True, text=True, timeout=240)
    finally:
        server.shutdown()
        server.server_close()
    db = sqlite3.connect(out / "x.db")
    yield {"result": result, "db": db, "hits": server.hits, "base": base}
    db.close()


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_every_report_found(crawl):
    assert crawl["result"].returncode == 0, crawl["result"].stderr[-3000:]
    firsts = {local(r[0]) for r in crawl["db"].execute("select url from reports")}
    assert firsts == EXPECTED


def test_page_parameter_report_joined(crawl):
    parts = [local(r[0]) for r in crawl["db"].execute(
        "select p.url from report_parts p join reports r on r.id = p.report_id where r.url like '%id=7' "
        "order by p.seq")]
    assert parts == ["/content.jsp?id=7", "/content.jsp?id=7&page=2"]


def test_annual_report_module_enumerated_over_years(crawl):
    years = {parse_qs(urlsplit(h).query)["fbtime"][0] for h in crawl["hits"] if h.startswith(ANNUAL_JSP)}
    assert {"2008", "2019", "2020", "2023"} <= years


def test_oversized_attachment_skipped_with_reason(crawl):
    reason = crawl["db"].execute("select decision, reason from candidates where url like '%nb2020.pdf'").fetchone()
    assert reason == ("skip", "attachment larger than 100000 bytes")


def test_lookalike_and_out_of_scope_not_taken(crawl):
    rows = dict(crawl["db"].execute("select url, reason from candidates where decision = 'skip'").fetchall())
    assert rows[f"{crawl['base']}/content.jsp?id=9"].startswith("look-alike")
    assert rows["http://www.elsewhere.gov.cn/a.html"].startswith("out of scope")
    assert "/content.jsp?id=9" not in crawl["hits"]


def test_retry_after_503(crawl):
    assert crawl["hits"].count("/flaky/post_41.html") == 2
