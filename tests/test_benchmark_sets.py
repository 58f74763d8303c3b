"""benchmarks/extract.py measures any archive or directory of saved pages, not only its built-in sets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reparse_archive import ArchiveWriter, seed_texts, write_report

ROOT = Path(__file__).resolve().parents[1]
CORPUS_PAGE = ROOT / "tests" / "corpus" / "pages" / "s003_gkmlpt.html"


def run_benchmark(*args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract.py"), "--seconds", "0.05", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_archive_set_reads_the_html_reports_of_a_crawl_archive(tmp_path: Path) -> None:
    writer = ArchiveWriter(tmp_path / "archive", prefix="bench")
    text = seed_texts()[2]
    write_report(writer, "http://bench.test/a", "某县2012年政府信息公开工作年度报告", text, pages=2)
    write_report(writer, "http://bench.test/b", "某县2013年政府信息公开工作年度报告", text)
    writer.close()
    out = run_benchmark("--archive", str(tmp_path / "archive"))
    assert "[archive] 2 reports, 3 pages" in out
    assert "ratio: parse_report at" in out and "[corpus]" not in out


def test_pages_set_takes_every_saved_html_page_of_a_directory(tmp_path: Path) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "report.html").write_bytes(CORPUS_PAGE.read_bytes())
    (tmp_path / "notes.txt").write_text("not a page")
    out = run_benchmark("--pages", str(tmp_path))
    assert "[pages] 1 reports, 1 pages" in out and "ratio: parse_report at" in out


def test_an_empty_set_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract.py"), "--pages", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 1 and "pages: no HTML report found" in done.stderr
