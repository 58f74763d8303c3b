"""Resume after SIGKILL: a killed crawl restarted with the same JOBDIR completes without refetching."""

from __future__ import annotations

import signal
import subprocess
import time

import sqlite_utils
from test_archive_site import ROOT, FixtureSite, check_warc, crawl_command, run_crawl, warc_files

from pipelines import warc


def _captured_urls(db_path) -> set[str]:
    if not db_path.exists():
        return set()
    try:
        db = sqlite_utils.Database(db_path)
        return {r["url"] for r in db.query("select url from captures where record_type = 'response'")}
    except Exception:  # schema not created yet
        return set()


def test_sigkill_then_resume(tmp_path):
    site = FixtureSite(reports=40, delay=0.15).start()
    opts = {"start_url": site.url + "/", "warc_dir": str(tmp_path / "warc"), "db": str(tmp_path / "x.db"),
            "jobdir": str(tmp_path / "job"), "settings": {"CONCURRENT_REQUESTS_PER_DOMAIN": 2}}
    try:
        proc = subprocess.Popen(crawl_command(opts), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while len(_captured_urls(tmp_path / "x.db")) < 15 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        time.sleep(0.3)  # let the server finish counting requests that arrived just before the kill
        done_before_kill = _captured_urls(tmp_path / "x.db")
        assert 15 <= len(done_before_kill) < 45, "the kill must land mid-crawl"
        assert list((tmp_path / "warc").glob("*.warc.gz.open")), "a killed writer leaves its file open"
        hits_before = sum(site.hits.values())

        run_crawl(site.url + "/", tmp_path / "warc", tmp_path / "x.db", jobdir=str(tmp_path / "job"),
                  settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 2})
    finally:
        site.stop()

    assert not list((tmp_path / "warc").glob("*.open"))
    files = warc_files(tmp_path / "warc")
    for path in files:
        check_warc(path)
    archived = {r.url for path in files for r in warc.iter_records(path) if r.type == "response"}
    assert len(site.hits) > 60 and {site.url + path for path in site.hits} <= archived  # every page archived
    for url in done_before_kill:  # no completed page fetched twice
        assert site.hits[url.removeprefix(site.url)] == 1, url
    refetched = [path for path, n in site.hits.items() if n > 1]
    # only what was in flight at the kill is fetched again: 2 downloads per host plus responses still waiting for
    # their WARC write in the thread pool (more of those when the machine is loaded)
    assert len(refetched) <= 12 and not {site.url + path for path in refetched} & done_before_kill
    # after the restart every page not completed before the kill is fetched once at most (records written just
    # before the kill are indexed from the WARC instead of fetched again)
    assert sum(site.hits.values()) - hits_before <= len(site.hits) - len(done_before_kill)
    assert max(site.hits.values()) <= 2
    db = sqlite_utils.Database(tmp_path / "x.db")
    crawls = list(db.query("select * from crawls"))
    assert len(crawls) == 1 and crawls[0]["status"] == "finished"  # the same crawl, resumed
    duplicates = list(db.query("select url, count(*) n from captures where record_type = 'response' "
                               "group by url having n > 1"))
    assert all(row["url"] not in done_before_kill for row in duplicates)


def test_records_written_just_before_a_kill_are_indexed_on_resume(tmp_path):
    from crawler.extensions.crawlstate import index_orphan_records
    from crawler.extensions.warcwriter import WarcWriter
    from pipelines.store import Store

    store = Store(tmp_path / "x.db")
    crawl_id = store.start_crawl("seeds.csv")
    writer = WarcWriter(tmp_path / "warc", fsync=False)
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nETag: \"e\"\r\nContent-Length: 2\r\n\r\nhi"
    indexed = writer.write_exchange("http://a.gov.cn/1", b"GET /1 HTTP/1.1\r\n\r\n", raw, "127.0.0.1")
    store.add_capture({"id": indexed.record_id, "crawl_id": crawl_id, "portal_id": "a", "url": "http://a.gov.cn/1",
                       "record_type": "response", "status": 200, "warc_file": indexed.warc_file})
    orphan = writer.write_exchange("http://a.gov.cn/2", b"GET /2 HTTP/1.1\r\n\r\n", raw, "127.0.0.1")
    restarted = WarcWriter(tmp_path / "warc", fsync=False)  # the first writer was "killed": its file is repaired
    assert index_orphan_records(store, restarted.repaired, crawl_id) == 1
    row = next(store.db.query("select * from captures where id = ?", [orphan.record_id]))
    assert (row["url"], row["portal_id"], row["warc_offset"], row["etag"], row["crawl_id"]) == (
        "http://a.gov.cn/2", "a", orphan.offset, '"e"', crawl_id)
    assert index_orphan_records(store, restarted.repaired, crawl_id) == 0
