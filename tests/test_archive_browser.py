"""Browser-rendered pages: the browser's network responses are archived (not page.content()), plus a typed DOM."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from test_archive_site import FixtureSite, check_warc, run_crawl, warc_files

from crawler.browser import launch_options
from pipelines import warc

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

JS_PAGE = (b"<html><head><meta charset='utf-8'></head><body><ul id='list'></ul><script>"
           b"fetch('/api/list.json').then(r => r.json()).then(items => { for (const it of items) {"
           b" const a = document.createElement('a'); a.href = it.url; a.textContent = it.title;"
           b" document.getElementById('list').appendChild(a); } });</script></body></html>")
API = json.dumps([{"url": "/report/1.html", "title": "2023年年度报告"}], ensure_ascii=False).encode()


def _raw(body: bytes, ctype: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s" % (ctype, len(body), body)


def test_launch_options_point_at_an_executable_browser():
    options = launch_options()
    assert options["headless"] and "--no-sandbox" in options["args"]
    if "executable_path" in options:
        import os

        assert os.access(options["executable_path"], os.X_OK)


def test_rendered_page_archives_network_responses(tmp_path):
    site = FixtureSite(reports=2, extra={"/js.html": _raw(JS_PAGE, b"text/html; charset=utf-8"),
                                         "/api/list.json": _raw(API, b"application/json")}).start()
    try:
        run_crawl(site.url + "/js.html", tmp_path / "warc", tmp_path / "x.db", playwright=True)
    finally:
        site.stop()
    assert site.hits["/report/1.html"] == 1  # the spider followed a link that only the script inserted
    for path in warc_files(tmp_path / "warc"):
        check_warc(path)
    records = [r for path in warc_files(tmp_path / "warc") for r in warc.iter_records(path)]
    responses = {r.url.removeprefix(site.url): r for r in records if r.type == "response"}
    assert responses["/js.html"].payload == JS_PAGE  # the document as served, not the rendered DOM
    assert responses["/api/list.json"].payload == API  # the XHR/fetch response too
    requests = [r for r in records if r.type == "request"]
    assert {r.concurrent_to for r in requests} >= {responses["/js.html"].record_id,
                                                   responses["/api/list.json"].record_id}
    dom = next(r for r in records if r.type == "resource")
    assert dom.warc_headers["Content-Type"] == warc.RENDERED_DOM_TYPE and dom.url == site.url + "/js.html"
    assert dom.concurrent_to == responses["/js.html"].record_id and b"2023" in dom.payload
    db = sqlite_utils.Database(tmp_path / "x.db")
    modes = {r["url"].removeprefix(site.url): r["render_mode"] for r in db.query(
        "select url, render_mode from captures where record_type = 'response'")}
    assert modes["/js.html"] == modes["/api/list.json"] == "browser" and modes["/report/1.html"] == "http"
    metadata = next(r for r in records if r.type == "metadata" and r.url == site.url + "/js.html")
    assert metadata.concurrent_to == responses["/js.html"].record_id
