import pytest
from sqlite_utils.utils import sqlite3

from pipelines.records import Candidate, Check, Fact, Report, Section
from pipelines.store import Store, report_id_for


def make_report(url="http://www.example.gov.cn/xxgknb/2021.html", **kw):
    return Report(
        url=url,
        title="漳河新区2021年政府信息公开工作年度报告",
        agency="漳河新区",
        year=2021,
        template="t2021",
        body="一、总体情况 全年主动公开政府信息4578条",
        sections=[Section("一", "总体情况", 0)],
        facts=[
            Fact("apply.received_new.total", 0, "件", "一、本年新收政府信息公开申请数量", "0"),
            Fact("active.items_total", 4578, "条", "全年主动公开政府信息", "4578条", source="text"),
        ],
        checks=[Check("R1.total", True, "0 + 0 = 0 + 0")],
        part_urls=[url],
        capture_ids=["<urn:uuid:1>"],
        **kw,
    )


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "x.db")
    yield s
    s.close()


def test_save_report_writes_every_child_table(store):
    rid = store.save_report(make_report(), portal_id=None, crawl_id=None)
    assert rid == report_id_for("http://www.example.gov.cn/xxgknb/2021.html")
    row = store.db["reports"].get(rid)
    assert row["n_facts"] == 2 and row["n_checks_failed"] == 0
    assert store.db["facts"].count == 2
    assert store.db["checks"].count == 1
    assert store.db["sections"].count == 1
    assert store.db["report_parts"].count == 1


def test_resaving_is_idempotent(store):
    store.save_report(make_report())
    before = [list(store.db[t].rows) for t in ("reports", "facts", "checks", "sections", "report_parts")]
    store.save_report(make_report())
    after = [list(store.db[t].rows) for t in ("reports", "facts", "checks", "sections", "report_parts")]
    assert before == after


def test_fts_finds_three_and_fewer_characters(store):
    rid = store.save_report(make_report())
    hits = [r["rowid"] for r in store.db.query("select rowid from reports_fts where reports_fts match ?", ['"漳河新区"'])]
    assert len(hits) == 1
    # SQLite >= 3.44 (pysqlite3) answers LIKE with 1-2 characters through the trigram index
    short = list(store.db.query("select rowid from reports_fts where body like ?", ["%公开%"]))
    assert len(short) == 1
    assert store.db["reports"].get(rid)["title"].startswith("漳河新区")


def test_a_failed_write_leaves_no_half_report(store):
    broken = make_report(url="http://www.example.gov.cn/xxgknb/broken.html")
    broken.facts.append(Fact("x.y", 1, source="not-a-source"))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_report(broken)
    rid = report_id_for("http://www.example.gov.cn/xxgknb/broken.html")
    assert store.db["reports"].count_where("id = ?", [rid]) == 0
    assert store.db["facts"].count_where("report_id = ?", [rid]) == 0


def test_report_history_across_crawls(store):
    first = store.start_crawl("seeds/demo.csv")
    rid = store.save_report(make_report(), crawl_id=first)
    store.finish_crawl(first, "finished", {"pages": 3, "reports": 1})
    second = store.start_crawl("seeds/demo.csv")
    again = make_report()
    again.capture_ids = ["<urn:uuid:2>"]
    store.save_report(again, crawl_id=second)
    row = store.db["reports"].get(rid)
    assert (row["first_seen_crawl"], row["last_seen_crawl"]) == (first, second)
    assert store.db["report_captures"].count_where("report_id = ?", [rid]) == 2
    assert store.db["crawls"].get(first)["status"] == "finished"


def test_candidates_failures_problems(store):
    crawl = store.start_crawl("s.csv")
    store.add_candidates([Candidate("http://a/1", "2019年政务公开工作要点", "report", "skip", "plan")], "p", crawl)
    store.add_failure("http://a/404", "http_404", "404 Not Found", "p", crawl)
    store.add_problem("http://a/x.pdf", "attachment", "encrypted PDF")
    assert store.db["candidates"].get(("http://a/1", crawl))["reason"] == "plan"
    assert store.db["failures"].count == 1
    assert store.db["problems"].count == 1


def test_latest_capture(store):
    store.add_capture({"id": "<a>", "url": "http://a/", "status": 200, "record_type": "response",
                       "fetched_at": "2026-01-01T00:00:00Z", "etag": '"1"'})
    store.add_capture({"id": "<b>", "url": "http://a/", "status": 200, "record_type": "revisit",
                       "fetched_at": "2026-02-01T00:00:00Z", "etag": '"1"'})
    assert store.latest_capture("http://a/")["id"] == "<b>"
    assert store.latest_capture("http://b/") is None
