"""`xxgk crawl`: check the seeds, run the portals spider (it registers the portals and adds the archive
components) with our settings, and turn the outcome into an exit code (0 all portals crawled, 1 the crawl could
not run, 3 some portals or seed rows failed — recorded in `failures`, partial results kept)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .seeds import read_seeds

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 3


def crawl_settings(seeds_path: str | Path, archive_dir: str | Path, db_path: str | Path, *, jobdir: str | None = None,
                   redis_url: str | None = None, worker: str | None = None,
                   overrides: dict[str, str] | None = None, log_file: str | None = None) -> Any:
    """The Scrapy settings of one crawl: project settings, our paths, the browser, distribution, then overrides."""
    from scrapy.utils.project import get_project_settings

    from . import settings as project_settings

    settings = get_project_settings()
    settings.setmodule(project_settings, priority="project")
    settings.update({
        "XXGK_SEEDS_FILE": str(seeds_path), "XXGK_WARC_DIR": str(archive_dir), "XXGK_DB": str(db_path),
        "XXGK_WORKER": worker or "", "XXGK_WARC_PREFIX": f"xxgk-{worker}" if worker else "xxgk",
    }, priority="cmdline")
    if jobdir:
        settings.set("JOBDIR", jobdir, priority="cmdline")
    if redis_url:
        from .distributed import redis_settings, shard_db_path

        settings.update(redis_settings(redis_url, worker), priority="cmdline")
        settings.set("XXGK_DB", shard_db_path(db_path, settings["XXGK_WORKER"]), priority="cmdline")
    if log_file:
        settings.set("LOG_FILE", log_file, priority="cmdline")
        settings.set("LOG_FILE_APPEND", True, priority="cmdline")
    settings.update(dict(overrides or {}), priority="cmdline")
    return settings


def run_crawl(seeds_path: str | Path, archive_dir: str | Path, db_path: str | Path, *, jobdir: str | None = None,
              redis_url: str | None = None, worker: str | None = None, overrides: dict[str, str] | None = None,
              log_file: str | None = None) -> int:
    """Crawl every portal of the seed file into WARCs under `archive_dir` and rows in `db_path`. Returns an exit code."""
    seeds, seed_errors = read_seeds(seeds_path)
    for error in seed_errors:
        print(f"seed error: {error}", file=sys.stderr)
    if not seeds:
        print(f"no usable seed rows in {seeds_path}", file=sys.stderr)
        return EXIT_ERROR
    Path(archive_dir).mkdir(parents=True, exist_ok=True)

    from scrapy.crawler import CrawlerProcess

    from .extensions.crawlstate import exit_status
    from .spiders.portals import PortalsSpider

    settings = crawl_settings(seeds_path, archive_dir, db_path, jobdir=jobdir, redis_url=redis_url, worker=worker,
                              overrides=overrides, log_file=log_file)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(PortalsSpider)
    process.crawl(crawler, seeds=str(seeds_path))
    process.start()
    status = exit_status(crawler)
    if status == EXIT_ERROR:
        print(f"crawl ended early: {crawler.stats.get_value('finish_reason')}", file=sys.stderr)
    elif status == EXIT_PARTIAL:
        print(f"{crawler.stats.get_value('xxgk/failed_portals')} portal(s) failed (see the failures table)",
              file=sys.stderr)
    return EXIT_PARTIAL if status == EXIT_OK and seed_errors else status
