"""Scheduled re-crawls: conditional requests, both WARC/1.1 revisit profiles, and a small repeat footprint."""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from test_archive_site import FixtureSite, check_warc, run_crawl, warc_files

from pipelines import warc


def _bodies(path) -> dict[str, str]:
    return {row["url"]: row["sha1"] for row in map(json.loads, path.open())}


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory):
    # realistic sizes: report pages of ~60 KB (20,000 characters of text), a PDF of 150 KB for every third report
    site = FixtureSite(reports=30, report_rows=60, prose_chars=20000, pdf_bytes=150_000).start()
    out = tmp_path_factory.mktemp("revisit")
    runs = []
    try:
        for n in (1, 2, 3):
            if n == 3:
                site.version.update({2: 2, 3: 2})  # one page without validators, one with an ETag, both changed
            before = set(warc_files(out / "warc")) if n > 1 else set()
            heads_before = len(site.request_heads)
            run_crawl(site.url + "/", out / "warc", out / "x.db", bodies=str(out / f"bodies{n}.jsonl"))
            runs.append({"files": [p for p in warc_files(out / "warc") if p not in before],
                         "heads": site.request_heads[heads_before:], "bodies": _bodies(out / f"bodies{n}.jsonl")})
    finally:
        site.stop()
    return site, out, runs


def _records(files) -> list[warc.ArchivedRecord]:
    return [r for path in files for r in warc.iter_records(path)]


def test_repeat_crawl_writes_at_most_5_percent(recrawled):
    _, _, runs = recrawled
    first = sum(p.stat().st_size for p in runs[0]["files"])
    second = sum(p.stat().st_size for p in runs[1]["files"])
    assert first > 1_000_000
    assert second <= 0.05 * first, f"repeat crawl wrote {second} bytes, {second / first:.1%} of {first}"
    for path in runs[1]["files"] + runs[2]["files"]:
        check_warc(path)


def test_both_revisit_profiles_and_conditional_headers(recrawled):
    site, _, runs = recrawled
    records = _records(runs[1]["files"])
    revisits = [r for r in records if r.type == "revisit"]
    assert not [r.url for r in records if r.type == "response"]  # nothing changed, nothing copied
    profiles = {r.url.split("/", 3)[3]: r.warc_headers["WARC-Profile"] for r in revisits}
    assert profiles["report/1.html"] == warc.PROFILE_NOT_MODIFIED  # ETag → 304
    assert profiles["list.html"] == warc.PROFILE_NOT_MODIFIED  # Last-Modified → 304
    assert profiles["report/2.html"] == warc.PROFILE_IDENTICAL  # no validators, same digest
    assert profiles["chunked"] == warc.PROFILE_IDENTICAL
    first_ids = {r.url: r for r in _records(runs[0]["files"]) if r.type == "response"}
    for record in revisits:
        original = first_ids[record.url]
        assert record.warc_headers["WARC-Refers-To"] == original.record_id
        assert record.warc_headers["WARC-Refers-To-Target-URI"] == original.url
        assert record.payload_digest == original.payload_digest
        assert record.http_headers  # the HTTP headers are kept (both profiles)
        if record.warc_headers["WARC-Profile"] == warc.PROFILE_NOT_MODIFIED:  # the 304 revalidated the original
            assert record.http_head == original.http_head and record.status == 200
    identical = next(r for r in revisits if r.url.endswith("/report/2.html"))
    assert identical.status == 200 and identical.http_headers["content-type"].startswith("text/html")
    heads = b"\n".join(runs[1]["heads"])
    assert b'If-None-Match: "r1-v1"' in heads and b"If-Modified-Since: Mon, 02 Jan 2023 03:04:05 GMT" in heads


def test_spider_gets_the_same_bodies_offline_equivalently(recrawled):
    site, _, runs = recrawled
    assert runs[1]["bodies"] == runs[0]["bodies"]  # 304s were answered with the archived body
    assert all(count == 3 for path, count in site.hits.items() if path != "/private/secret.html")


def test_changed_pages_are_copied_again_and_revisits_point_at_the_original(recrawled):
    _, out, runs = recrawled
    records = _records(runs[2]["files"])
    responses = {r.url.split("/", 3)[3] for r in records if r.type == "response"}
    assert responses == {"report/2.html", "report/3.html"}
    changed = {u: s for u, s in runs[2]["bodies"].items() if runs[0]["bodies"].get(u) != s}
    assert {u.split("/", 3)[3] for u in changed} == responses
    db = sqlite_utils.Database(out / "x.db")
    crawls = [row["id"] for row in db.query("select id from crawls order by id")]
    assert len(crawls) == 3
    first_ids = {row["id"] for row in db.query("select id from captures where crawl_id = ?", [crawls[0]])}
    refers = [row["refers_to"] for row in db.query(
        "select refers_to from captures where crawl_id = ? and record_type = 'revisit'", [crawls[2]])]
    assert refers and set(refers) <= first_ids  # never a revisit of a revisit
    stats = next(db.query("select revisits, pages from crawls where id = ?", [crawls[1]]))
    assert stats["revisits"] == stats["pages"]
