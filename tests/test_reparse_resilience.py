"""Re-parse survives damaged archives (reported as file:offset, everything else loads) and resumes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reparse_archive import ArchiveWriter, db_content, expected_db, seed_texts, write_report

from pipelines.reparse import reparse
from pipelines.warc import iter_records

XXGK = str(Path(sys.executable).with_name("xxgk"))


def build(root: Path, reports: int, per_file: int) -> ArchiveWriter:
    texts = seed_texts()
    writer = ArchiveWriter(root, per_file=per_file)
    for i in range(reports):
        text = texts[i % len(texts)]
        write_report(writer, f"http://demo.test/r/{i:04d}", f"{i} {text.splitlines()[0]}", text)
    writer.close()
    return writer


def records_of(path: Path) -> list:
    return list(iter_records(path))


def test_corrupt_records_are_reported_and_the_rest_loads(tmp_path: Path, capfd: pytest.CaptureFixture) -> None:
    root = tmp_path / "archive"
    writer = build(root, reports=6, per_file=2)
    files = writer.files
    assert len(files) == 3
    # file 0: bytes inside the gzip member of report 0's response are overwritten
    damaged = next(r for r in records_of(files[0]) if r.type == "response")
    data = bytearray(files[0].read_bytes())
    data[damaged.offset + damaged.length // 2:damaged.offset + damaged.length // 2 + 16] = b"\x00" * 16
    files[0].write_bytes(bytes(data))
    # file 1: the crawl died while writing the last record (report 3's metadata)
    last = records_of(files[1])[-1]
    with open(files[1], "r+b") as f:
        f.truncate(last.offset + last.length // 2)
    # file 2: junk between two records (before report 4's response)
    response = next(r for r in records_of(files[2]) if r.type == "response")
    data = files[2].read_bytes()
    files[2].write_bytes(data[:response.offset] + b"junk bytes, not a record" * 4 + data[response.offset:])

    assert reparse([root], str(tmp_path / "reparse.db"), progress=False) == 2
    stderr = capfd.readouterr().err
    conn = sqlite3.connect(tmp_path / "reparse.db")
    problems = [r[0] for r in conn.execute("select url from problems where stage = 'warc' order by url")]
    expected_places = [f"{files[0].resolve()}#{damaged.offset}", f"{files[1].resolve()}#{last.offset}",
                       f"{files[2].resolve()}#{response.offset}"]
    assert problems == expected_places
    for place in expected_places:
        assert place.replace("#", ":") in stderr
    assert conn.execute("select sum(errors) from reparse_files").fetchone()[0] == 3

    kept = {f"http://demo.test/r/{i:04d}.html" for i in (1, 2, 4, 5)}
    writer.captured = {url: captures for url, captures in writer.captured.items() if url in kept}
    expected_db(writer, tmp_path / "expected.db")
    assert db_content(tmp_path / "reparse.db") == db_content(tmp_path / "expected.db")


def test_rerun_skips_finished_files_and_takes_new_ones(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    build(root, reports=4, per_file=2)
    db = str(tmp_path / "x.db")
    assert reparse([root], db, progress=False) == 0
    conn = sqlite3.connect(db)
    before = conn.execute("select path, finished from reparse_files order by path").fetchall()
    assert len(before) == 2 and all(finished for _, finished in before)
    conn.execute("update reports set title = 'edited'")  # a skipped file's reports must stay untouched
    conn.commit()
    time.sleep(1.1)  # finished timestamps have one-second resolution
    extra = ArchiveWriter(root, prefix="later", per_file=2)
    write_report(extra, "http://demo.test/r/new", "新报告", seed_texts()[0])
    extra.close()
    assert reparse([root], db, progress=False) == 0
    after = dict(conn.execute("select path, finished from reparse_files").fetchall())
    assert all(after[path] == finished for path, finished in before)
    assert after[str(extra.files[0].resolve())] > before[0][1]
    titles = dict(conn.execute("select url, title from reports").fetchall())
    assert titles.pop("http://demo.test/r/new.html") != "edited"  # parsed now
    assert set(titles.values()) == {"edited"}


def test_killed_reparse_resumes_to_the_same_database(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    build(root, reports=150, per_file=10)
    db = tmp_path / "killed.db"
    process = subprocess.Popen([XXGK, "reparse", str(root), "--db", str(db), "--no-progress"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _count(db, "reports") < 30:
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the re-parse must still be running when it is killed"
    done = _count(db, "reports")
    assert 30 <= done < 150
    finished_before = _count(db, "reparse_files where finished is not null")

    resumed = subprocess.run([XXGK, "reparse", str(root), "--db", str(db), "--no-progress"],
                             capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert _count(db, "reparse_files where finished is not null") == 15 > finished_before
    assert reparse([root], str(tmp_path / "clean.db"), progress=False) == 0
    assert db_content(db) == db_content(tmp_path / "clean.db")


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=5)
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        conn.close()
