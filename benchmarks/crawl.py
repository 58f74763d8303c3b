"""Crawl benchmark: one local fixture site crawled with WARC capture off and on, in one run.

    .venv/bin/python benchmarks/crawl.py [--pages 300] [--rounds 2] [--browser-every 100]

"Capture off" runs the same crawl with every other archive component (crawl row, failure recording, item
pipeline) but without the WARC writer and the capture middlewares. A threaded HTTP server on 127.0.0.1 serves an index, listing pages and `--pages` report pages (~40 KB each); every
`--browser-every`-th report must be rendered by Chromium (its links are inserted by a script). Each crawl runs in its
own process (a Twisted reactor cannot restart); the best of `--rounds` is kept per mode. Crawl time runs from the
first to the last response reaching the spider (the one-off setup, e.g. creating the database schema, is reported
separately in the whole-run time). Prints pages/s per mode, the capture overhead as a ratio of crawl times
(target <= 15 %), the same for CPU time (all threads), and the browser pages' share of pages and of download time.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PER_LISTING = 25
# What "capture off" leaves out; the crawl row, failure recording and the item pipeline (candidates) run in both.
CAPTURE_COMPONENTS = {"crawler.extensions.warcwriter.WarcWriter", "crawler.middlewares.rawcapture.RawCaptureMiddleware",
                      "crawler.middlewares.conditional.ConditionalMiddleware",
                      "crawler.middlewares.resume.ResumeMiddleware"}


def _report(n: int, browser: bool) -> bytes:
    rng = random.Random(n)
    rows = "".join(f"<tr><td>第{i}项</td><td>{rng.randint(0, 99999)}</td><td>{rng.random():.6f}</td></tr>"
                   for i in range(900))
    script = ("<div id='more'></div><script>document.getElementById('more').innerHTML = "
              f"\"<a href='/report/{n}-annex.html'>附件</a>\";</script>") if browser else ""
    return (f"<html><head><meta charset='utf-8'><title>{2000 + n % 25}年政府信息公开工作年度报告 {n}</title></head>"
            f"<body><h1>年度报告 {n}</h1><table>{rows}</table>{script}</body></html>").encode()


class Site:
    def __init__(self, pages: int, browser_every: int):
        self.pages, self.browser_every = pages, browser_every

    def needs_browser(self, n: int) -> bool:
        return bool(self.browser_every) and n % self.browser_every == 0

    def body(self, path: str) -> bytes | None:
        listings = (self.pages + PER_LISTING - 1) // PER_LISTING
        if path == "/":
            return "".join(f"<a href='/list/{i}.html'>列表{i}</a>" for i in range(listings)).encode()
        if path.startswith("/list/"):
            i = int(path[6:-5])
            return "".join(f"<a href='/report/{n}.html'>报告{n}</a>"
                           for n in range(i * PER_LISTING, min(self.pages, (i + 1) * PER_LISTING))).encode()
        if path.startswith("/report/") and path.endswith("-annex.html"):
            return b"<html><body>annex</body></html>"
        if path.startswith("/report/"):
            n = int(path[8:-5])
            return _report(n, self.needs_browser(n)) if n < self.pages else None
        if path == "/robots.txt":
            return b"User-agent: *\nAllow: /\n"
        return None

    def serve(self) -> ThreadingHTTPServer:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                body = site.body(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                try:
                    self.wfile.write(body or b"")
                except (BrokenPipeError, ConnectionResetError):  # the crawler closed a connection it no longer needs
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def _crawl(opts: dict[str, Any]) -> dict[str, Any]:
    """The child process: crawl once and print its figures as JSON."""
    sys.path.insert(0, str(ROOT))
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler.browser import launch_options
    from crawler.extensions import ARCHIVE_COMPONENTS

    browser_every = opts["browser_every"]
    timings: dict[str, float] = {"browser": 0.0, "http": 0.0}
    seen: list[tuple[float, float]] = []  # (wall, process CPU of all threads) when each response reached the spider
    counts = {"browser": 0, "http": 0}

    class BenchSpider(scrapy.Spider):
        name = "bench"

        async def start(self) -> Any:
            yield scrapy.Request(opts["url"] + "/", meta={"xxgk_portal": "bench"})

        def parse(self, response: Any) -> Any:
            seen.append((time.monotonic(), time.process_time()))
            mode = "browser" if response.meta.get("playwright") else "http"
            counts[mode] += 1
            timings[mode] += response.meta.get("download_latency", 0.0)
            links = response.css("a::attr(href)").getall()
            yield {"type": "page", "url": response.url, "capture_id": response.meta.get("xxgk_capture_id"),
                   "meta": {"portal_id": "bench", "render_mode": mode, "role": "other", "outlinks": links},
                   "candidates": []}
            for href in links:
                n = href.removeprefix("/report/").removesuffix(".html")
                browser = bool(browser_every) and n.isdigit() and int(n) % browser_every == 0
                yield response.follow(href, meta={"xxgk_portal": "bench", "playwright": browser})

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, entries in ARCHIVE_COMPONENTS.items():
        kept = {path: order for path, order in entries.items() if opts["capture"] or path not in CAPTURE_COMPONENTS}
        settings.set(name, {**settings.getdict(name), **kept}, priority="project")
    settings.setdict({"SPIDER_MODULES": [], "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                      "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "LOG_LEVEL": "WARNING",
                      "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(), "XXGK_WARC_DIR": opts["out"] + "/warc",
                      "XXGK_DB": opts["out"] + "/bench.db", "XXGK_PROGRESS_INTERVAL": 0}, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BenchSpider)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    warc_bytes = sum(p.stat().st_size for p in Path(opts["out"], "warc").glob("*.warc.gz"))
    return {"seconds": seen[-1][0] - seen[0][0], "cpu_seconds": seen[-1][1] - seen[0][1], "total_seconds": stats["elapsed_time_seconds"], "pages": counts["http"] + counts["browser"],
            "browser_pages": counts["browser"], "browser_latency": timings["browser"],
            "http_latency": timings["http"], "warc_bytes": warc_bytes}


def run_mode(url: str, capture: bool, browser_every: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="xxgk-bench-") as out:
        opts = {"url": url, "capture": capture, "browser_every": browser_every, "out": out}
        done = subprocess.run([sys.executable, __file__, "--child", json.dumps(opts)], cwd=ROOT,
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--browser-every", type=int, default=100,
                        help="every N-th report needs a browser (0: none)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_crawl(json.loads(args.child))))
        return 0
    server = Site(args.pages, args.browser_every).serve()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    best: dict[bool, dict[str, Any]] = {}
    for _ in range(args.rounds):
        for capture in (False, True):
            result = run_mode(url, capture, args.browser_every)
            if capture not in best or result["seconds"] < best[capture]["seconds"]:
                best[capture] = result
    server.shutdown()
    off, on = best[False], best[True]
    for label, r in (("capture off", off), ("capture on", on)):
        print(f"{label:12s}: {r['pages']} pages in {r['seconds']:.2f} s = {r['pages'] / r['seconds']:.1f} pages/s"
              f" (CPU {r['cpu_seconds']:.2f} s; whole run {r['total_seconds']:.2f} s; WARC {r['warc_bytes'] / 1e6:.1f} MB)")
    overhead = on["seconds"] / off["seconds"] - 1
    print(f"capture overhead: {overhead:+.1%} of crawl time (target <= 15%); whole run incl. one-off setup "
          f"(database schema, WARC file): {on['total_seconds'] / off['total_seconds'] - 1:+.1%}; CPU time: "
          f"{on['cpu_seconds'] / off['cpu_seconds'] - 1:+.1%} (steadier than wall time on a busy machine)")
    if on["browser_pages"]:
        latency = on["browser_latency"] + on["http_latency"]
        print(f"browser pages: {on['browser_pages']} of {on['pages']} ({on['browser_pages'] / on['pages']:.1%} of pages),"
              f" {on['browser_latency'] / latency:.1%} of download time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
