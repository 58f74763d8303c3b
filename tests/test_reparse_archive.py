"""Re-parse of a generated archive equals the database a crawl writes from the same captures."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reparse_archive import (
    ArchiveWriter,
    db_content,
    expected_db,
    report_html,
    seed_texts,
    write_report,
    write_report_with_attachment,
)

from pipelines.reparse import reparse
from pipelines.warc import iter_records


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[ArchiveWriter, Path]:
    """Two crawls: the first rolls files every 3 exchanges (so a 3-page report spans files), the second
    revisits one page (304) and re-fetches another report, now one page instead of two."""
    root = tmp_path_factory.mktemp("archive")
    texts = seed_texts()
    first = ArchiveWriter(root, prefix="demo", per_file=3)
    first.exchange("http://demo.test/list.html", b"<html><body>list</body></html>", {"role": "listing"})
    write_report(first, "http://demo.test/r/a", "2018年富阳区信息公开工作年度报告", texts[0], pages=3)
    write_report(first, "http://demo.test/r/b", texts[1].splitlines()[0], texts[1])
    write_report(first, "http://demo.test/r/c", texts[2].splitlines()[0], texts[2], pages=2)
    write_report_with_attachment(first, "http://demo.test/r/d", texts[3].splitlines()[0], texts[3])
    first.exchange("http://demo.test/r/e.html", first_page(texts[4]), {"role": "report",
                                                                      "report": "http://demo.test/r/e.html"},
                   gzip_body=True)
    first.close()
    b_page = first.captured["http://demo.test/r/b.html"][(0, 0, "http://demo.test/r/b.html")]
    second = ArchiveWriter(root, prefix="demo", start=datetime(2026, 11, 8, tzinfo=UTC))
    second.captured = first.captured
    second.revisit(b_page.url, b_page.capture_id, "2026-11-01T00:00:05Z",
                   {"role": "report", "report": b_page.url})
    write_report(second, "http://demo.test/r/c", "更新后的报告", texts[2], pages=1)  # was two pages
    second.close()
    return second, root


def first_page(text: str) -> bytes:
    return report_html(text.splitlines()[0], text.splitlines())


def test_reparse_equals_the_crawl_database(archive: tuple[ArchiveWriter, Path], tmp_path: Path) -> None:
    writer, root = archive
    expected_db(writer, tmp_path / "crawl.db")
    assert reparse([root], str(tmp_path / "reparse.db"), progress=False) == 0
    expected, got = db_content(tmp_path / "crawl.db"), db_content(tmp_path / "reparse.db")
    assert len(got["reports"]) == 5
    assert got["facts"], "the seed reports hold statistics"
    for table in expected:
        assert got[table] == expected[table], table


def test_report_spanning_files_is_joined_in_part_order(archive: tuple[ArchiveWriter, Path], tmp_path: Path) -> None:
    _, root = archive
    reparse([root], str(tmp_path / "x.db"), progress=False)
    conn = sqlite3.connect(tmp_path / "x.db")
    parts = conn.execute("select p.url, c.warc_file from report_parts p join reports r on r.id = p.report_id "
                         "join captures c on c.id = p.capture_id where r.url = ? order by p.seq",
                         ["http://demo.test/r/a.html"]).fetchall()
    assert [u for u, _ in parts] == ["http://demo.test/r/a.html", "http://demo.test/r/a_1.html",
                                     "http://demo.test/r/a_2.html"]
    assert len({f for _, f in parts}) > 1, "the fixture must put this report in more than one file"
    body = conn.execute("select body from reports where url = ?", ["http://demo.test/r/a.html"]).fetchone()[0]
    assert body.index("2018年,富陽區") < body.index("杭州市富陽區人民政府")  # first page … last page


def test_history_of_captures_and_newest_capture_wins(archive: tuple[ArchiveWriter, Path], tmp_path: Path) -> None:
    writer, root = archive
    reparse([root], str(tmp_path / "x.db"), progress=False)
    conn = sqlite3.connect(tmp_path / "x.db")
    c_url = "http://demo.test/r/c.html"
    capture = conn.execute("select capture_id from reports where url = ?", [c_url]).fetchone()[0]
    assert capture == writer.captured[c_url][(0, 0, c_url)].capture_id  # the second crawl's capture
    parts = conn.execute("select p.url from report_parts p join reports r on r.id = p.report_id where r.url = ?",
                         ["http://demo.test/r/c.html"]).fetchall()
    assert parts == [("http://demo.test/r/c.html",)]  # the page the second visit no longer found is left out
    for url, captures in (("http://demo.test/r/c.html", 3), ("http://demo.test/r/b.html", 2)):
        n = conn.execute("select count(*) from report_captures rc join reports r on r.id = rc.report_id "
                         "where r.url = ?", [url]).fetchone()[0]
        assert n == captures
    kinds = dict(conn.execute("select record_type, count(*) from captures group by record_type").fetchall())
    archived = [r for f in sorted(root.glob("*.warc.gz")) for r in iter_records(f)]
    assert kinds == {"response": sum(r.type == "response" for r in archived), "revisit": 1}
    row = conn.execute("select warc_file, warc_offset, warc_length from captures where record_type = 'revisit'"
                       ).fetchone()
    assert (root / row[0]).exists() and row[1] > 0 and row[2] > 0


def test_parallel_reparse_writes_identical_rows(archive: tuple[ArchiveWriter, Path], tmp_path: Path) -> None:
    _, root = archive
    assert reparse([root], str(tmp_path / "one.db"), jobs=1, progress=False) == 0
    assert reparse([root], str(tmp_path / "two.db"), jobs=2, progress=False) == 0
    tables = ("reports", "facts", "checks", "sections", "report_parts", "report_captures", "captures")
    assert db_content(tmp_path / "one.db", tables) == db_content(tmp_path / "two.db", tables)
