"""`xxgk demo` end to end: serves the bundled portal, crawls it through `xxgk crawl`'s code path, prints a summary."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler.demo_portal.site import build_site


def test_xxgk_demo(tmp_path):
    out = tmp_path / "demo"
    result = subprocess.run([str(Path(sys.executable).with_name("xxgk")), "demo", "--out", str(out)],
                            capture_output=True, text=True, timeout=240)
    log = out / "crawl.log"
    assert result.returncode == 0, result.stdout + result.stderr + (log.read_text()[-4000:] if log.exists() else "")
    text = result.stdout
    reports = len(build_site().reports)
    assert f"portal demo: {reports} reports" in text
    assert "failed consistency checks:" in text and "facts" in text
    assert str((out / "archive").resolve()) in text and str((out / "xxgk.db").resolve()) in text
    assert f"xxgk serve --db {out / 'xxgk.db'}" in text and f"xxgk replay --archive {out / 'archive'}" in text
    assert list((out / "archive").glob("*.warc.gz"))
    db = sqlite3.connect(out / "xxgk.db")
    assert db.execute("select count(*) from reports").fetchone()[0] == reports
    assert db.execute("select count(*) from facts").fetchone()[0] > 0
