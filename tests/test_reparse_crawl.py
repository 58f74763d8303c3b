"""The real thing: three scheduled runs (deploy/xxgk-scheduled.sh → `xxgk crawl`) of the demo portal into one
archive and database (the second is incremental: unchanged lists become revisit records and the reports they list
are answered from the archive; the third, with XXGK_RECHECK_DAYS=0, re-checks every report: revisits), then
`xxgk reparse` of the WARC files. The re-parsed database holds the same reports, facts, checks and capture history."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reparse_archive import db_content

from crawler.demo_portal.server import serve

ROOT = Path(__file__).resolve().parents[1]
XXGK = str(Path(sys.executable).with_name("xxgk"))
FAST = "-s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=False -s CONCURRENT_REQUESTS_PER_DOMAIN=8 -s RETRY_TIMES=1"
TABLES = ("reports", "facts", "checks", "sections", "report_parts", "report_captures")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[int]]:
    """(archive, database, exit codes) after three scheduled runs over the demo portal."""
    out = tmp_path_factory.mktemp("demo")
    server = serve("127.0.0.1", 0)
    seeds = out / "seeds.csv"
    seeds.write_text("portal_id,name,region_code,level,homepage,start_urls\n"
                     f"demo,示范市,,city,{server.base_url}/,\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "XXGK_HOME": str(ROOT), "XXGK_BIN": XXGK, "XXGK_SEEDS": str(seeds),
           "XXGK_ARCHIVE": str(out / "archive"), "XXGK_DB": str(out / "crawl.db"), "XXGK_STATE": str(out / "state"),
           "XXGK_CRAWL_ARGS": FAST}
    try:
        codes = [subprocess.run([str(ROOT / "deploy" / "xxgk-scheduled.sh")],
                                env={**env, "XXGK_CRAWL_ARGS": f"{FAST} {extra}"}, timeout=240).returncode
                 for extra in ("", "", "-s XXGK_RECHECK_DAYS=0")]
    finally:
        server.shutdown()
        server.server_close()
    return out / "archive", out / "crawl.db", codes


def test_scheduled_runs_are_incremental_and_keep_history(crawled: tuple[Path, Path, list[int]]) -> None:
    archive, crawl_db, codes = crawled
    assert codes == [0, 0, 0]
    state = crawl_db.parent / "state"
    assert not (state / "job").exists(), "a finished run's job directory is removed"
    assert len(list((state / "logs").glob("crawl-*.log"))) == 3
    db = sqlite3.connect(crawl_db)
    crawls = db.execute("select id, status, started, finished, seeds, pages, reports from crawls").fetchall()
    assert [(i, status) for i, status, *_ in crawls] == [(1, "finished"), (2, "finished"), (3, "finished")]
    assert all(started and finished and seeds and pages and reports for _, _, started, finished, seeds, pages, reports
               in crawls)
    assert db.execute("select count(*) from captures where record_type = 'revisit' and crawl_id = 2").fetchone()[0]
    # crawl 2 answered the reports from the archive (no new captures); crawl 3 re-checked them (revisits)
    assert [r[0] for r in db.execute("select distinct crawl_id from report_captures order by 1")] == [1, 3]
    assert db.execute("select min(first_seen_crawl), min(last_seen_crawl) from reports").fetchone() == (1, 3)
    assert len(list(archive.glob("*.warc.gz"))) >= 2


def test_reparse_of_the_crawl_archive_equals_the_crawl_database(crawled: tuple[Path, Path, list[int]],
                                                                tmp_path: Path) -> None:
    archive, crawl_db, _ = crawled
    result = subprocess.run([XXGK, "reparse", str(archive), "--db", str(tmp_path / "re.db"), "--jobs", "2"],
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "report/s" in result.stderr and "parse: 100%" in result.stderr  # the progress bar: rate and ETA
    expected, got = db_content(crawl_db, TABLES), db_content(tmp_path / "re.db", TABLES)
    assert len(got["reports"]) >= 10 and got["facts"] and got["checks"]
    for table in expected:
        assert got[table] == expected[table], table


def test_reparse_into_the_crawl_database_keeps_it_and_its_crawl_history(crawled: tuple[Path, Path, list[int]],
                                                                        tmp_path: Path) -> None:
    archive, crawl_db, _ = crawled
    copy = tmp_path / "copy.db"
    source = sqlite3.connect(crawl_db)
    source.backup(target := sqlite3.connect(copy))
    source.close()
    target.close()
    before = db_content(copy, ("reports", "facts", "checks", "report_captures", "captures"))
    crawl_columns = sqlite3.connect(copy).execute(
        "select id, first_seen_crawl, last_seen_crawl from reports order by id").fetchall()
    assert all((first, last) == (1, 3) for _, first, last in crawl_columns)
    assert subprocess.run([XXGK, "reparse", str(archive), "--db", str(copy), "--no-progress"],
                          timeout=240).returncode == 0
    assert db_content(copy, ("reports", "facts", "checks", "report_captures", "captures")) == before
    assert sqlite3.connect(copy).execute(
        "select id, first_seen_crawl, last_seen_crawl from reports order by id").fetchall() == crawl_columns
