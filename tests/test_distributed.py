"""Scale-out on a real redis-server: two `xxgk crawl --redis` workers share one frontier over the demo portal.
Every URL is fetched once (as often as one worker alone fetches it), the merged shards equal a single-worker
crawl, and the frontier keys are gone afterwards. Plus the scheduled-run wrapper's failure behaviour."""

from __future__ import annotations

import fcntl
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import redis
from reparse_archive import CRAWL_COLUMNS, db_content
from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from crawler.demo_portal.server import serve
from crawler.distributed import SharedScheduler, frontier_keys, redis_settings, shard_db_path

ROOT = Path(__file__).resolve().parents[1]
XXGK = str(Path(sys.executable).with_name("xxgk"))
# A worker pulls up to CONCURRENT_REQUESTS requests from the shared queue into its own downloader: with one portal,
# a low value leaves work in the queue for the other worker (which polls it every 5 s while idle).
POLITE = ["-s", "DOWNLOAD_DELAY=0.1", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=2",
          "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "RETRY_TIMES=1"]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        "-s", "RETRY_TIMES=1"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url() -> str:
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: run scripts/install.sh")
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)


def hits_per_path(portal) -> Counter[str]:
    with portal.hits_lock:
        hits = [path for _, path in portal.hits]  # path with query: downfile.jsp?filename=… names different files
        portal.hits.clear()
    return Counter(hits)


def test_settings_name_worker_files_and_shards() -> None:
    settings = redis_settings("redis://127.0.0.1:6379/0", "w1")
    assert settings["SCHEDULER_PERSIST"] is True
    assert settings["XXGK_WARC_PREFIX"] == "xxgk-w1" and settings["XXGK_WORKER"] == "w1"
    assert settings["SCHEDULER"] == "crawler.distributed.SharedScheduler"
    assert shard_db_path("data/xxgk.db", "w1") == "data/xxgk-w1.db"
    assert shard_db_path("data/xxgk-w1.db", "w1") == "data/xxgk-w1.db"
    unnamed = redis_settings("redis://127.0.0.1:6379/0", None)["XXGK_WORKER"]
    assert unnamed == f"{socket.gethostname()}-{__import__('os').getpid()}"


def open_scheduler(redis_url: str, worker: str) -> SharedScheduler:
    crawler = get_crawler(Spider, {**redis_settings(redis_url, worker), "XXGK_REDIS_IDLE_CLOSE": 0.5})
    scheduler = SharedScheduler.from_crawler(crawler)
    scheduler.open(Spider.from_crawler(crawler, name="portals"))
    return scheduler


def chain_start(url: str, **meta: object) -> Request:
    state = {"report": url, "pages": [], "attachments": [], "todo": [], "done": [url]}
    return Request(url, dont_filter=True, meta={"xxgk_report": state, "xxgk_part": 0, "xxgk_role": "report", **meta})


def test_shared_scheduler_dedupes_reports_waits_for_others_and_cleans_up(redis_url: str) -> None:
    one, two = open_scheduler(redis_url, "w1"), open_scheduler(redis_url, "w2")
    url = "http://demo.test/xxgk/nb/2023.html"
    assert one.enqueue_request(chain_start(url)) is True
    assert two.enqueue_request(chain_start(url)) is False  # the other worker took this report already
    assert two.enqueue_request(chain_start(url, retry_times=1)) is True  # a retry is not a duplicate
    for scheduler, report_page in ((one, "report A"), (two, "report B")):  # one attachment linked by two reports
        in_chain = chain_start("http://demo.test/files/a.pdf", xxgk_role="attachment")
        in_chain.meta["xxgk_report"]["pages"].append(report_page)
        assert scheduler.enqueue_request(in_chain) is True
    assert one.next_request() and one.next_request() and one.next_request() and one.next_request()
    assert one.next_request() is None

    # Empty queue: a worker stays while the other was active within XXGK_REDIS_IDLE_CLOSE, then may close.
    two.mark_active()
    assert one.has_pending_requests() is True
    time.sleep(0.6)
    assert one.has_pending_requests() is False
    client = redis.Redis.from_url(redis_url)
    one.close("finished")
    assert client.exists(*frontier_keys()) > 0, "w2 is still registered: the frontier stays"
    two.close("finished")
    assert client.exists(*frontier_keys()) == 0
    client.close()


def test_two_workers_share_one_frontier(redis_url: str, tmp_path: Path) -> None:
    portal = serve("127.0.0.1", 0)
    seeds = tmp_path / "seeds.csv"
    seeds.write_text("portal_id,name,region_code,level,homepage,start_urls\n"
                     f"demo,示范市,,city,{portal.base_url}/,\n", encoding="utf-8")
    try:
        single = subprocess.run([XXGK, "crawl", "--seeds", str(seeds), "--archive", str(tmp_path / "single"),
                                 "--db", str(tmp_path / "single.db"), *FAST], capture_output=True, text=True,
                                timeout=240)
        assert single.returncode == 0, single.stderr[-3000:]
        alone = hits_per_path(portal)

        workers = [subprocess.Popen(
            [XXGK, "crawl", "--seeds", str(seeds), "--archive", str(tmp_path / "shared"),
             "--db", str(tmp_path / "x.db"), "--redis", redis_url, "--worker", name, *POLITE,
             "-s", "XXGK_REDIS_IDLE_CLOSE=3", "--log-file", str(tmp_path / f"{name}.log")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("w1", "w2")]
        for worker in workers:
            _, err = worker.communicate(timeout=240)
            assert worker.returncode == 0, err[-3000:]
        shared = hits_per_path(portal)
    finally:
        portal.shutdown()
        portal.server_close()

    # robots.txt: each worker reads it for itself; every other URL exactly as often as one worker alone fetches it
    # (once; a list page built by JavaScript is fetched again by the browser, by design).
    assert shared.pop("/robots.txt") == 2 and alone.pop("/robots.txt") == 1
    assert shared == alone
    assert sum(alone.values()) > 30 and max(alone.values()) <= 2

    shards = [tmp_path / "x-w1.db", tmp_path / "x-w2.db"]
    pages = [sqlite3.connect(s).execute("select count(*) from captures where record_type = 'response'"
                                        ).fetchone()[0] for s in shards]
    assert all(pages), f"both workers must have fetched pages: {pages}"
    warcs = sorted(p.name.split("-")[1] for p in (tmp_path / "shared").glob("*.warc.gz"))
    assert set(warcs) == {"w1", "w2"}

    merged = subprocess.run([XXGK, "merge", *map(str, shards), "--db", str(tmp_path / "merged.db")],
                            capture_output=True, text=True, timeout=120)
    assert merged.returncode == 0, merged.stderr
    # Two crawls archive the same pages under different WARC record ids: compare everything but those.
    ignore = CRAWL_COLUMNS | {"capture_id"}
    expected = db_content(tmp_path / "single.db", ignore=ignore)
    assert db_content(tmp_path / "merged.db", ignore=ignore) == expected and expected["reports"]
    db = sqlite3.connect(tmp_path / "merged.db")
    assert sorted(w for (w,) in db.execute("select worker from crawls")) == ["w1", "w2"]
    assert db.execute("select count(*) from report_parts p left join captures c on c.id = p.capture_id "
                      "where p.capture_id is not null and c.id is null").fetchone()[0] == 0
    db.close()

    client = redis.Redis.from_url(redis_url)
    assert client.exists(*frontier_keys()) == 0, "the last worker out clears the shared frontier"
    client.close()


def run_wrapper(tmp_path: Path, seeds: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "XXGK_HOME": str(ROOT), "XXGK_BIN": XXGK, "XXGK_SEEDS": str(seeds),
           "XXGK_ARCHIVE": str(tmp_path / "archive"), "XXGK_DB": str(tmp_path / "x.db"),
           "XXGK_STATE": str(tmp_path / "state")}
    return subprocess.run([str(ROOT / "deploy" / "xxgk-scheduled.sh")], env=env, capture_output=True, text=True,
                          timeout=120)


def test_scheduled_wrapper_logs_failures_keeps_the_job_and_never_overlaps(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.csv"
    seeds.write_text("portal_id,name,region_code,level,homepage,start_urls\n", encoding="utf-8")  # no usable row
    failed = run_wrapper(tmp_path, seeds)
    assert failed.returncode == 1
    state = tmp_path / "state"
    status = (state / "last-status").read_text()
    assert status.split()[1] == "1" and "did not finish" in status
    log = (state / "logs" / "latest.log").read_text()
    assert "no usable seed rows" in log and "exit 1" in log

    with open(state / "lock", "w") as lock:  # a run still going holds the lock
        fcntl.flock(lock, fcntl.LOCK_EX)
        skipped = run_wrapper(tmp_path, seeds)
    assert skipped.returncode == 75 and "still running" in skipped.stderr
    assert (state / "last-status").read_text().split()[1] == "75"
