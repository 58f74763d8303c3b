"""The `crawls` row, progress logging, resume bookkeeping and the exit status.

Counters are Scrapy stats the other archive components increment (per portal under `…/<portal_id>`):
    xxgk/pages, xxgk/reports, xxgk/failures, xxgk/failed_portals, xxgk/revisits, xxgk/from_archive
Progress is logged every XXGK_PROGRESS_INTERVAL seconds (default 30).

Resume: with JOBDIR, `xxgk-crawl.json` in the job directory holds the crawl id and whether the last run closed
cleanly. A restart reuses the crawl id (crawler.xxgk_resumed = True). After an unclean stop (SIGKILL, crash) Scrapy's
own queue and seen-set in JOBDIR are not trustworthy (they are only synced on a clean close, and requests in flight
are lost), so they are discarded: the crawl restarts from its seeds and ResumeMiddleware answers every URL already
archived by this crawl from the WARC files, so no completed page is fetched twice and nothing in flight is lost.
Records that reached the WARC but whose captures row was not yet committed at the kill are indexed on restart
(`index_orphan_records`), so they count as completed too.

exit_status(crawler) -> int: 0 all portals crawled, 1 the crawl did not finish, 3 finished with failures.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

from pipelines import warc

from . import shared_store

logger = logging.getLogger(__name__)
STATE_FILE = "xxgk-crawl.json"
_COUNTERS = ("pages", "reports", "failures", "revisits")


def read_job_state(jobdir: str | None) -> dict[str, Any] | None:
    path = Path(jobdir, STATE_FILE) if jobdir else None
    if path is None or not path.is_file():
        return None
    return json.loads(path.read_text())


def _write_job_state(jobdir: str, state: dict[str, Any]) -> None:
    path = Path(jobdir, STATE_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state))
    tmp.replace(path)  # atomic: a kill never leaves a half-written state file


def discard_scheduler_state(jobdir: str) -> None:
    """Drop Scrapy's disk queue and seen-set after an unclean stop (see module docstring)."""
    shutil.rmtree(Path(jobdir, "requests.queue"), ignore_errors=True)
    Path(jobdir, "requests.seen").unlink(missing_ok=True)


def index_orphan_records(store: Any, paths: list[Path], crawl_id: int) -> int:
    """Add captures rows for response/revisit records of `paths` that have none (written just before a kill)."""
    added = 0
    for path in paths:
        for record in warc.iter_records(path, on_error=lambda e: logger.warning("unreadable record: %s", e)):
            if record.type not in ("response", "revisit") or store.db["captures"].count_where(
                    "id = ?", [record.record_id]):
                continue
            host_prefix = "/".join(record.url.split("/", 3)[:3]) + "/%"
            portal = next(store.db.query("select portal_id from captures where url like ? and portal_id is not null "
                                         "limit 1", [host_prefix]), {}).get("portal_id")
            headers = record.http_headers
            store.add_capture({
                "id": record.record_id, "crawl_id": crawl_id, "portal_id": portal, "url": record.url,
                "method": "GET", "status": record.status, "mime": headers.get("content-type"),
                "record_type": record.type, "warc_file": path.name, "warc_offset": record.offset,
                "warc_length": record.length, "payload_digest": record.payload_digest,
                "refers_to": record.warc_headers.get("WARC-Refers-To"), "etag": headers.get("etag"),
                "last_modified": headers.get("last-modified"), "ip": record.warc_headers.get("WARC-IP-Address"),
                "render_mode": "http", "fetched_at": record.date[:19] + "Z"})
            added += 1
    return added


def exit_status(crawler: Any) -> int:
    reason = crawler.stats.get_value("finish_reason")
    if reason != "finished":
        return 1
    return 3 if crawler.stats.get_value("xxgk/failed_portals", 0) else 0


class CrawlState:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.stats = crawler.stats
        self.jobdir: str | None = crawler.settings.get("JOBDIR")
        self.interval = crawler.settings.getfloat("XXGK_PROGRESS_INTERVAL", 30.0)
        self._progress_task: Any = None
        previous = read_job_state(self.jobdir)
        resumable = previous is not None and previous.get("status") != "finished"
        crawler.xxgk_resumed = resumable
        crawler.xxgk_crawl_id = previous["crawl_id"] if resumable else None
        if resumable and not previous.get("clean"):
            logger.info("JOBDIR %s was not closed cleanly: rebuilding the frontier from seeds and the archive",
                        self.jobdir)
            discard_scheduler_state(str(self.jobdir))

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlState:
        from scrapy import signals

        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        store = shared_store(self.crawler)
        s = self.crawler.settings
        if store is not None and self.crawler.xxgk_crawl_id is None:
            settings = {k: s.get(k) for k in ("XXGK_WARC_DIR", "XXGK_WARC_PREFIX", "JOBDIR", "DOWNLOAD_DELAY",
                                              "CONCURRENT_REQUESTS_PER_DOMAIN", "ROBOTSTXT_OBEY")}
            self.crawler.xxgk_crawl_id = store.start_crawl(s.get("XXGK_SEEDS_FILE", ""), settings,
                                                           s.get("XXGK_WORKER"))
        elif store is not None:
            store.db["crawls"].update(self.crawler.xxgk_crawl_id, {"status": "running"})
            writer = getattr(self.crawler, "xxgk_warc", None)
            if writer is not None and writer.repaired:
                added = index_orphan_records(store, writer.repaired, self.crawler.xxgk_crawl_id)
                logger.info("indexed %d records written just before the previous run stopped", added)
        if self.jobdir:
            _write_job_state(self.jobdir, {"crawl_id": self.crawler.xxgk_crawl_id, "clean": False,
                                           "status": "running"})
        if self.interval > 0:
            from twisted.internet.task import LoopingCall

            self._progress_task = LoopingCall(self.log_progress)
            self._progress_task.start(self.interval, now=False)

    def counts(self) -> dict[str, int]:
        counts = {name: int(self.stats.get_value(f"xxgk/{name}", 0)) for name in _COUNTERS}
        warc = getattr(self.crawler, "xxgk_warc", None)
        counts["warc_bytes"] = warc.bytes_written if warc is not None else 0
        return counts

    def log_progress(self) -> None:
        per_portal: dict[str, int] = {}
        for key, value in self.stats.get_stats().items():
            if key.startswith("xxgk/pages/"):
                per_portal[key.removeprefix("xxgk/pages/")] = value
        top = ", ".join(f"{p}={n}" for p, n in sorted(per_portal.items(), key=lambda kv: -kv[1])[:10])
        logger.info("progress: %s; pages per portal: %s", self.counts(), top or "-")

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._progress_task is not None and self._progress_task.running:
            self._progress_task.stop()
        counts = self.counts()
        failed = self.stats.get_value("xxgk/failed_portals", 0)
        status = {"finished": "finished_with_failures" if failed else "finished",
                  "shutdown": "paused"}.get(reason, reason)
        store = shared_store(self.crawler)
        if store is not None and self.crawler.xxgk_crawl_id is not None:
            store.finish_crawl(self.crawler.xxgk_crawl_id, status, counts)
        if self.jobdir:
            _write_job_state(self.jobdir, {"crawl_id": self.crawler.xxgk_crawl_id, "clean": True,
                                           "status": "finished" if reason == "finished" else status})
        logger.info("crawl %s %s: %s", self.crawler.xxgk_crawl_id, status, counts)
