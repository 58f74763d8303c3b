"""`xxgk demo`: serve the bundled offline demo portal on a free 127.0.0.1 port, crawl it with the same code path as
`xxgk crawl`, and print what was found and where it is. Needs no internet."""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import sqlite_utils

from .demo_portal.server import serve
from .run import EXIT_ERROR, run_crawl

# Fast but still through robots.txt, the archive and the browser: the demo server is local and ours.
DEMO_OVERRIDES = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
                  "XXGK_PROGRESS_INTERVAL": "5", "LOG_LEVEL": "WARNING"}


def write_demo_seeds(path: Path, base_url: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["portal_id", "name", "region_code", "level", "homepage"])
        writer.writerow(["demo", "示范市人民政府（离线演示门户）", "", "city", f"{base_url}/"])
    return path


def summary_lines(db_path: Path, archive_dir: Path) -> list[str]:
    db = sqlite_utils.Database(db_path)

    def one(sql: str) -> int:
        return next(iter(db.execute(sql).fetchone()), 0) or 0

    pages = one("select count(*) from captures where record_type in ('response', 'revisit')")
    skipped = one("select count(*) from candidates where decision = 'skip'")
    lines = [f"pages archived: {pages}"]
    xxgk = _command_name()
    for portal, reports, facts in db.execute(
            "select portal_id, count(*), sum(n_facts) from reports group by portal_id order by portal_id").fetchall():
        lines.append(f"portal {portal}: {reports} reports, {facts or 0} facts")
    lines += [
        "reports by year: " + ", ".join(f"{year}: {n}" for year, n in db.execute(
            "select year, count(*) from reports group by year order by year").fetchall()),
        f"failed consistency checks: {one('select count(*) from checks where passed = 0')}",
        f"look-alikes and other links skipped: {skipped}",
        f"fetch failures recorded (404, soft-404, robots …): {one('select count(*) from failures')}",
        "",
        f"WARC files:  {archive_dir.resolve()}",
        f"database:    {db_path.resolve()}",
        "",
        "next:",
        f"  {xxgk} serve --db {db_path} --archive {archive_dir}     # browse reports, facts and checks in Datasette",
        f"  {xxgk} replay --archive {archive_dir}                  # replay the archived pages in pywb",
    ]
    return lines


def run_demo(out_dir: Path) -> int:
    out_dir = Path(out_dir)
    archive_dir, db_path = out_dir / "archive", out_dir / "xxgk.db"
    server = serve("127.0.0.1", 0)
    try:
        print(f"demo portal serving on {server.base_url}/")
        seeds = write_demo_seeds(out_dir / "seeds.csv", server.base_url)
        status = run_crawl(seeds, archive_dir, db_path, overrides=dict(DEMO_OVERRIDES),
                           log_file=str(out_dir / "crawl.log"))
    finally:
        server.shutdown()
    if status == EXIT_ERROR or not db_path.exists():
        print(f"the demo crawl failed; see {out_dir / 'crawl.log'}")
        return status or EXIT_ERROR
    print("\n".join(summary_lines(db_path, archive_dir)))
    return status


def _command_name() -> str:
    """How to call xxgk again: the venv's script when it is not on PATH (as after `make demo`)."""
    script = Path(sys.argv[0])
    on_path = shutil.which("xxgk")
    if script.name == "xxgk" and (on_path is None or Path(on_path).resolve() != script.resolve()):
        return str(script)
    return "xxgk"
