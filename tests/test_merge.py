"""`merge`: worker shards → one database; crawls renumbered, idempotent, order-independent, newest report wins."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reparse_archive import db_content, report_html, seed_texts

from pipelines.merge import merge
from pipelines.parse import parse_report
from pipelines.records import Candidate, Fetched
from pipelines.store import Store

TABLES = ("reports", "facts", "checks", "sections", "report_parts")


def page(url: str, text: str, capture_id: str) -> Fetched:
    lines = text.splitlines()
    return Fetched(url=url, body=report_html(lines[0], lines), headers={"content-type": "text/html; charset=utf-8"},
                   capture_id=capture_id)


def write_shard(path: Path, worker: str, started: str, reports: dict[str, tuple[str, str, str]]) -> None:
    """A worker's database: one crawl, a capture and a candidate per report, the parsed reports."""
    store = Store(path)
    store.upsert_portals([{"portal_id": "demo", "name": "演示门户"}])
    crawl = store.start_crawl("seeds/demo.csv", worker=worker)
    store.db.execute("update crawls set started = ? where id = ?", [started, crawl])
    for url, (text, capture_id, fetched_at) in reports.items():
        store.add_capture({"id": capture_id, "crawl_id": crawl, "portal_id": "demo", "url": url, "status": 200,
                           "record_type": "response", "warc_file": f"{worker}-1-00000.warc.gz", "warc_offset": 0,
                           "fetched_at": fetched_at})
        store.add_candidates([Candidate(url=url, text="年度报告", kind="report", decision="take", reason="title")],
                             "demo", crawl)
        store.save_report(parse_report([page(url, text, capture_id)]), portal_id="demo", crawl_id=crawl)
    store.finish_crawl(crawl, "finished", {"pages": len(reports), "reports": len(reports)})
    store.close()


def shards(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two worker shards and the single database holding all their reports."""
    texts = seed_texts()
    one = {f"http://demo.test/r/{i}.html": (texts[i], f"<urn:uuid:a{i}>", f"2026-11-24T10:0{i}:00Z")
           for i in range(3)}
    two = {f"http://demo.test/r/{i}.html": (texts[i], f"<urn:uuid:b{i}>", f"2026-11-24T10:0{i}:30Z")
           for i in range(3, 5)}
    write_shard(tmp_path / "w1.db", "w1", "2026-11-24T10:00:00Z", one)
    write_shard(tmp_path / "w2.db", "w2", "2026-11-24T10:00:01Z", two)
    write_shard(tmp_path / "single.db", "solo", "2026-11-24T10:00:00Z", {**one, **two})
    return tmp_path / "w1.db", tmp_path / "w2.db", tmp_path / "single.db"


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_merged_shards_equal_a_single_database(tmp_path: Path) -> None:
    w1, w2, single = shards(tmp_path)
    assert merge([w1, w2], str(tmp_path / "merged.db")) == 0
    merged = tmp_path / "merged.db"
    assert db_content(merged, TABLES) == db_content(single, TABLES)
    assert rows(merged, "select id, worker from crawls order by id") == [(1, "w1"), (2, "w2")]
    assert rows(merged, "select c.crawl_id, count(*) from captures c group by c.crawl_id") == [(1, 3), (2, 2)]
    assert rows(merged, "select crawl_id, count(*) from candidates group by crawl_id") == [(1, 3), (2, 2)]
    assert rows(merged, "select first_seen_crawl, last_seen_crawl from reports where url like '%/4.html'") == [(2, 2)]
    assert rows(merged, "select count(*) from reports_fts where reports_fts match '信息公开'") == \
        rows(single, "select count(*) from reports_fts where reports_fts match '信息公开'")


def test_merge_is_idempotent_and_order_independent(tmp_path: Path) -> None:
    w1, w2, _ = shards(tmp_path)
    assert merge([w2, w1], str(tmp_path / "a.db")) == 0
    assert merge([w1, w2], str(tmp_path / "b.db")) == 0
    assert merge([w1], str(tmp_path / "b.db")) == 0  # again, into a database that already holds it
    everything = (*TABLES, "crawls", "captures", "candidates", "report_captures", "portals")
    assert db_content(tmp_path / "a.db", everything) == db_content(tmp_path / "b.db", everything)
    assert rows(tmp_path / "b.db", "select count(*) from crawls") == [(2,)]


def test_report_in_two_shards_newest_capture_wins_history_kept(tmp_path: Path) -> None:
    texts = seed_texts()
    url = "http://demo.test/r/same.html"
    write_shard(tmp_path / "old.db", "w1", "2026-11-01T00:00:00Z", {url: (texts[0], "<urn:uuid:old>",
                                                                           "2026-11-01T00:00:05Z")})
    write_shard(tmp_path / "new.db", "w2", "2026-11-08T00:00:00Z", {url: (texts[1], "<urn:uuid:new>",
                                                                           "2026-11-08T00:00:05Z")})
    for order in ([tmp_path / "old.db", tmp_path / "new.db"], [tmp_path / "new.db", tmp_path / "old.db"]):
        target = tmp_path / f"merged-{order[0].stem}.db"
        assert merge(order, str(target)) == 0
        assert db_content(target, TABLES) == db_content(tmp_path / "new.db", TABLES)
        assert rows(target, "select capture_id, crawl_id from report_captures order by crawl_id") == [
            ("<urn:uuid:old>", 1), ("<urn:uuid:new>", 2)]
        assert rows(target, "select first_seen_crawl, last_seen_crawl from reports") == [(1, 2)]
        assert rows(target, "select count(*) from reports_fts where reports_fts match '富陽區'") == [(0,)]


def test_merge_refuses_a_file_that_is_not_a_shard(tmp_path: Path) -> None:
    w1, _, _ = shards(tmp_path)
    junk = tmp_path / "notes.db"
    junk.write_text("not sqlite")
    assert merge([w1, junk], str(tmp_path / "merged.db")) == 1
    assert not (tmp_path / "merged.db").exists()
