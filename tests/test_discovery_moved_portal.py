"""A portal that moved (集约化): its old homepage redirects to a new host, where a Hanweb column's dataproxy refuses
POST and caps every answer at two records, a department list pages with numbered links, and one report's text is
framed in by an <iframe>; department catalogues under the disclosure section have their own 年报 columns."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

RECORDS = [f"<li><a href='/art/2022/1/{n}/art_88_{n}.html'>新区{2012 + n}年政府信息公开工作年度报告</a></li>" for n in range(1, 6)]
DEPARTMENT_PAGES = {1: [2016, 2017], 2: [2018], 3: [2019]}
EXPECTED = {f"/art/2022/1/{n}/art_88_{n}.html" for n in range(1, 6)} | {
    f"/bm/sj/t{year}.html" for years in DEPARTMENT_PAGES.values() for year in years} | {
    "/bm/framed.html", "/bmgk/czj/nb/t2021.html", "/bmgk/sw/gknb/t2022.html"}


def html(title: str, body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>".encode()


def pages() -> dict[str, bytes]:
    datastore = "".join(f"<record><![CDATA[{r}]]></record>" for r in RECORDS[:2])
    nextgroup = "<a href='/module/web/jpage/dataproxy.jsp?page=1&webid=3&columnid=88&unitid=9'></a>"
    site = {
        "/": html("新区", "<a href='/zwgk/'>政务公开</a>"),
        "/zwgk/": html("政务公开", "<a href='/col/col88/index.html'>信息公开年报</a><a href='/bm/'>部门信息公开年报</a>"
                                  "<a href='/bmgk/'>部门信息公开</a>"),
        # Department catalogues under the disclosure section, each with its own 年报 column.
        "/bmgk/": html("部门信息公开", "<ul><li><a href='czj/'>财政局</a></li><li><a href='sw/'>商务局</a></li></ul>"),
        "/bmgk/czj/": html("财政局", "<a href='jgzn/'>机构职能</a><a href='nb/'>政府信息公开年报</a>"),
        "/bmgk/czj/nb/": html("年报", "<ul><li><a href='t2021.html'>财政局2021年政府信息公开工作年度报告</a></li></ul>"),
        "/bmgk/sw/": html("商务局", "<a href='gknb/'>年报</a>"),
        "/bmgk/sw/gknb/": html("年报", "<ul><li><a href='t2022.html'>商务局2022年政府信息公开工作年度报告</a></li></ul>"),
        "/bmgk/czj/nb/t2021.html": html("财政局2021年", "<p>一、总体情况</p>"),
        "/bmgk/sw/gknb/t2022.html": html("商务局2022年", "<p>一、总体情况</p>"),
        "/col/col88/index.html": html("年报", f"<script type='text/xml'><datastore><nextgroup><![CDATA[{nextgroup}]]>"
                                            f"</nextgroup><recordset>{datastore}</recordset></datastore></script>"),
        "/bm/": html("部门", "<ul><li><a href='sj/index.html'>审计局</a></li></ul>"),
        "/bm/framed.html": html("审计局2020年政府信息公开工作年度报告",
                                "<h1>审计局2020年政府信息公开工作年度报告</h1><iframe src='framed_body.html'></iframe>"),
        "/bm/framed_body.html": html("正文", "<p>一、总体情况</p><p>全年主动公开政府信息88条。</p>"),
    }
    for page, years in DEPARTMENT_PAGES.items():
        items = "".join(f"<li><a href='t{y}.html'>审计局{y}年政府信息公开工作年度报告</a></li>" for y in years)
        if page == 1:
            items += "<li><a href='../framed.html'>审计局2020年政府信息公开工作年度报告</a></li>"
        pager = "".join(f"<a href='index_{n}.html'>{n}</a>" for n in DEPARTMENT_PAGES)
        site["/bm/sj/index.html" if page == 1 else f"/bm/sj/index_{page}.html"] = html("审计局", f"<ul>{items}</ul>{pager}")
        site.update({f"/bm/sj/t{y}.html": html(f"审计局{y}年", "<p>一、概述</p>") for y in years})
    return site


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        return

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802
        self.server.hits.append(("POST", self.path))
        self.reply(405, b"method not allowed")

    def do_GET(self) -> None:  # noqa: N802
        self.server.hits.append(("GET", self.path))
        parts = urlsplit(self.path)
        if self.server.moved_to:  # the old host: everything now lives elsewhere
            return self.reply(302, headers={"Location": self.server.moved_to + self.path})
        if parts.path == "/module/web/jpage/dataproxy.jsp":
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            if query.get("columnid") != "88":
                return self.reply(400, b"missing form fields")
            start = int(query.get("startrecord", 1))
            chosen = RECORDS[start - 1:start + 1]  # capped at two records whatever endrecord says
            body = (f"<datastore><totalrecord>{len(RECORDS)}</totalrecord><recordset>"
                    + "".join(f"<record><![CDATA[{r}]]></record>" for r in chosen) + "</recordset></datastore>")
            return self.reply(200, body.encode(), {"Content-Type": "text/xml; charset=utf-8"})
        if parts.path == "/robots.txt":
            return self.reply(200, b"User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if parts.path.startswith("/art/"):
            return self.reply(200, html("年报", "<div id='zoom'><p>一、总体情况</p></div>"))
        body = self.server.site.get(parts.path)
        self.reply(200, body) if body else self.reply(404, b"no")


def start_server(host: str, moved_to: str | None) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    server.hits, server.moved_to, server.site = [], moved_to, pages()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    out = tmp_path_factory.mktemp("moved")
    new = start_server("127.0.0.2", None)
    old = start_server("127.0.0.1", f"http://127.0.0.2:{new.server_address[1]}")
    seeds = out / "seeds.csv"
    seeds.write_text(f"portal_id,name,region_code,level,homepage\nxinqu,新区,,zone,http://127.0.0.1:{old.server_address[1]}/\n",
                     encoding="utf-8")
    try:
        result = subprocess.run(
            [str(Path(sys.executable).with_name("xxgk")), "crawl", "--seeds", str(seeds), "--archive",
             str(out / "archive"), "--db", str(out / "x.db"), "-s", "DOWNLOAD_DELAY=0", "-s",
             "AUTOTHROTTLE_ENABLED=False", "-s", "XXGK_BROWSER=False"],
            capture_output=True, text=True, timeout=240)
    finally:
        for server in (old, new):
            server.shutdown()
            server.server_close()
    db = sqlite3.connect(out / "x.db")
    yield {"result": result, "db": db, "hits": new.hits}
    db.close()


def test_every_report_on_the_new_host_found(crawl):
    assert crawl["result"].returncode == 0, crawl["result"].stderr[-3000:]
    firsts = {urlsplit(r[0]).path for r in crawl["db"].execute("select url from reports")}
    assert firsts == EXPECTED


def test_dataproxy_fell_back_to_get_and_followed_the_capped_ranges(crawl):
    calls = [(m, parse_qs(urlsplit(p).query).get("startrecord", ["?"])[0]) for m, p in crawl["hits"]
             if "dataproxy" in p]
    assert calls[0] == ("POST", "1")
    assert [s for m, s in calls if m == "GET"] == ["1", "3", "5"]


def test_framed_report_text_joined_as_a_part(crawl):
    parts = [urlsplit(r[0]).path for r in crawl["db"].execute(
        "select p.url from report_parts p join reports r on r.id = p.report_id where r.url like '%framed.html' "
        "order by p.seq")]
    assert parts == ["/bm/framed.html", "/bm/framed_body.html"]
