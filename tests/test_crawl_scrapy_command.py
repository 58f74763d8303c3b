"""`scrapy crawl portals -a seeds=FILE` runs the same spider with the same archive components as `xxgk crawl`."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from crawler.demo_portal.site import build_site

ROOT = Path(__file__).parents[1]


def test_scrapy_crawl_portals(demo_portal, tmp_path):
    seeds = tmp_path / "seeds.csv"
    seeds.write_text(f"portal_id,name,region_code,level,homepage\ndemo,示范市,,city,{demo_portal.base_url}/\n",
                     encoding="utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).with_name("scrapy")), "crawl", "portals", "-a", f"seeds={seeds}",
         "-s", f"XXGK_DB={tmp_path / 'x.db'}", "-s", f"XXGK_WARC_DIR={tmp_path / 'archive'}", "-s", "DOWNLOAD_DELAY=0",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"],
        capture_output=True, text=True, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite3.connect(tmp_path / "x.db")
    assert db.execute("select count(*) from reports").fetchone()[0] == len(build_site().reports)
    assert list((tmp_path / "archive").glob("*.warc.gz"))
