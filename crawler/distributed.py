"""Scale-out: several `xxgk crawl --redis URL` workers (processes or machines) share one frontier and one
duplicate filter through scrapy-redis. Each worker writes its own WARC files (prefix `xxgk-<worker>`) and its
own database shard (`xxgk.db` → `xxgk-<worker>.db`); `xxgk merge` combines the shards afterwards.

Pitfalls handled here (notes/toolchain.md §7):
* SCHEDULER_PERSIST=True: otherwise the first worker to finish flushes the queue and dupefilter of the others.
* Idle close: a worker whose queue is empty stays while any other worker was active within
  XXGK_REDIS_IDLE_CLOSE seconds (default 30), since that worker may still push new links; then it closes.
* Keys left behind: the last worker to close deletes the queue, dupefilter and worker registry when the queue
  is empty (unless XXGK_REDIS_KEEP_FRONTIER), so the next crawl does not see yesterday's URLs as duplicates.
  By hand: `python -m crawler.distributed clear redis://host:6379/0`.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy_redis.scheduler import Scheduler

KEY_PREFIX = "xxgk"
SPIDER = "portals"
QUEUE_KEY = KEY_PREFIX + ":%(spider)s:requests"
DUPEFILTER_KEY = KEY_PREFIX + ":%(spider)s:dupefilter"
WORKERS_KEY = KEY_PREFIX + ":%(spider)s:workers"  # sorted set: worker → last time it received a response
DEFAULT_IDLE_CLOSE = 30.0
# A registered worker silent for this many idle periods is taken as dead (killed) when deciding cleanup.
DEAD_AFTER_IDLE_PERIODS = 10


def worker_name(worker: str | None) -> str:
    """The worker's name: as given, else host and process id (unique on a machine and across machines)."""
    return worker or f"{socket.gethostname()}-{os.getpid()}"


def shard_db_path(db_path: str | Path, worker: str) -> str:
    """This worker's database shard: `xxgk.db` → `xxgk-w1.db` (already-named shards are left alone)."""
    path = Path(db_path)
    if path.stem.endswith(f"-{worker}"):
        return str(path)
    return str(path.with_name(f"{path.stem}-{worker}{path.suffix}"))


def redis_settings(redis_url: str, worker: str | None) -> dict[str, Any]:
    """Scrapy settings that make this crawl one worker of a shared scrapy-redis frontier."""
    name = worker_name(worker)
    return {
        "SCHEDULER": "crawler.distributed.SharedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,  # a blocking pop would stall the reactor
        "SCHEDULER_QUEUE_KEY": QUEUE_KEY,
        "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
        "REDIS_URL": redis_url,
        "XXGK_WORKER": name,
        "XXGK_WARC_PREFIX": f"xxgk-{name}",
    }


def frontier_keys(spider: str = SPIDER) -> list[str]:
    return [key % {"spider": spider} for key in (QUEUE_KEY, DUPEFILTER_KEY, WORKERS_KEY)]


def clear_frontier(redis_url: str, spider: str = SPIDER) -> int:
    """Delete the shared queue, dupefilter and worker registry once the whole crawl is done. Returns keys deleted."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.delete(*frontier_keys(spider)))
    finally:
        client.close()


def is_report_start(request: Any) -> bool:
    """The first request of a report chain (crawler/spiders/portals.py), not a retry or a browser re-render."""
    meta = request.meta
    chain = meta.get("xxgk_report")
    return (request.dont_filter and isinstance(chain, dict) and not chain.get("pages") and not chain.get("attachments")
            and meta.get("xxgk_part") == 0 and meta.get("xxgk_role") in ("report", "attachment")
            and not meta.get("retry_times") and not meta.get("playwright") and not meta.get("redirect_urls"))


class SharedScheduler(Scheduler):
    """scrapy-redis Scheduler that knows about the other workers (idle close and cleanup, see module docs)."""

    worker = ""
    idle_close = DEFAULT_IDLE_CLOSE
    keep_frontier = False
    last_active = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedScheduler:
        scheduler = super().from_crawler(crawler)
        settings = crawler.settings
        scheduler.worker = worker_name(settings.get("XXGK_WORKER") or None)
        scheduler.idle_close = settings.getfloat("XXGK_REDIS_IDLE_CLOSE", DEFAULT_IDLE_CLOSE)
        scheduler.keep_frontier = settings.getbool("XXGK_REDIS_KEEP_FRONTIER", False)
        crawler.signals.connect(scheduler.mark_active, signal=signals.response_received)
        return scheduler

    def open(self, spider: Any) -> Any:
        result = super().open(spider)
        self.workers_key = WORKERS_KEY % {"spider": spider.name}
        self.mark_active()
        return result

    def mark_active(self, *args: Any, **kwargs: Any) -> None:
        self.last_active = time.time()
        self.server.zadd(self.workers_key, {self.worker: self.last_active})

    def enqueue_request(self, request: Any) -> bool:
        """Also drop the first request of a report another worker already took: the spider chains a report's
        pages with dont_filter=True and remembers taken reports only in its own process (seen_reports)."""
        if is_report_start(request) and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        return super().enqueue_request(request)

    def has_pending_requests(self) -> bool:
        """True while the shared queue has requests, or this or another worker was active within the grace."""
        if super().has_pending_requests():
            return True
        since = time.time() - self.idle_close
        if self.last_active >= since:
            return True
        return any(name.decode() != self.worker
                   for name in self.server.zrangebyscore(self.workers_key, since, "+inf"))

    def close(self, reason: str) -> None:
        super().close(reason)  # SCHEDULER_PERSIST: keeps the queue and dupefilter for the other workers
        self.server.zrem(self.workers_key, self.worker)
        alive_since = time.time() - self.idle_close * DEAD_AFTER_IDLE_PERIODS
        last_out = self.server.zcount(self.workers_key, alive_since, "+inf") == 0
        if last_out and not self.keep_frontier and len(self.queue) == 0:
            self.server.delete(*frontier_keys(self.spider.name))


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] != "clear":
        print("usage: python -m crawler.distributed clear REDIS_URL", file=sys.stderr)
        return 2
    print(f"deleted {clear_frontier(argv[2])} keys", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
