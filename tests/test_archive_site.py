"""Shared fixtures of the archive tests: a local HTTP/1.1 site that writes exact bytes, a tiny spider, and a crawl
runner (each crawl runs in its own Python process, because a Twisted reactor cannot be restarted).

Run as a script it performs one crawl: `python tests/test_archive_site.py '<json options>'`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GBK_NAME = "2023年政府信息公开工作年度报告.doc".encode("gbk")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


WORDS = ("政府信息公开", "主动公开", "依申请公开", "行政复议", "行政诉讼", "年度报告", "统计数据", "办理结果",
         "公开平台", "政务服务", "规范性文件", "财政预决算", "重点领域", "政策解读", "新闻发布会", "网站建设",
         "收到申请", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "维持", "纠正", "其他结果")


def prose(seed: int, chars: int) -> str:
    """Deterministic Chinese prose that compresses like real report text (about 3:1), not like a repeated row."""
    rng, out, size = random.Random(seed), [], 0
    while size < chars:
        sentence = "".join(rng.choice(WORDS) + str(rng.randint(1, 9999)) for _ in range(rng.randint(3, 8))) + "。"
        out.append(sentence)
        size += len(sentence)
    return "".join(out)


def report_html(n: int, version: int = 1, rows: int = 120, prose_chars: int = 0) -> bytes:
    """A report page: a statistics table, plus `prose_chars` of report text for realistic page sizes."""
    text = f"<div class='content'>{prose(n * 1000 + version, prose_chars)}</div>" if prose_chars else ""
    if n % 3 == 0:
        text += f"<a href='/report/{n}.pdf'>附件：年度报告（PDF）</a>"
    cells = "".join(
        f"<tr><td>{i}</td><td>第{i}项 主动公开政府信息情况 规章制定数量</td><td>{(n * 37 + i * 11 + version) % 997}</td>"
        f"<td>{(n * 13 + i * 7) % 101}</td><td>行政许可 行政处罚 行政强制 其他对外管理服务事项</td></tr>"
        for i in range(rows))
    body = (f"<html><head><meta charset='utf-8'><title>某市{2010 + n}年政府信息公开工作年度报告</title></head>"
            f"<body><h1>某市{2010 + n}年政府信息公开工作年度报告</h1><p>本报告由某市人民政府办公室编制，版本{version}。"
            f"</p>{text}<table>{cells}</table><a href='/index.html'>首页</a></body></html>")
    return body.encode("utf-8")


def _chunked(data: bytes, pieces: int = 3) -> bytes:
    step = max(1, len(data) // pieces)
    parts = [data[i:i + step] for i in range(0, len(data), step)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


class FixtureSite:
    """Routes are path → function(request headers) → raw response bytes. Counts hits per path."""

    def __init__(self, reports: int = 6, delay: float = 0.0, report_rows: int = 120, prose_chars: int = 0,
                 pdf_bytes: int = 2000, extra: dict[str, bytes] | None = None):
        self.reports, self.delay, self.report_rows, self.prose_chars = reports, delay, report_rows, prose_chars
        self.pdf_bytes = pdf_bytes
        self.extra = extra or {}  # path → raw response bytes
        self.version: dict[int, int] = {}  # report number → content version (bump to "change" a page)
        self.hits: Counter[str] = Counter()
        self.request_heads: list[bytes] = []
        self._lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    # -- pages ----------------------------------------------------------------------------------------
    def links(self) -> list[str]:
        return ["/list.html", "/odd", "/chunked", "/redirect", "/attach.doc", "/private/secret.html",
                *[f"/report/{n}.html" for n in range(1, self.reports + 1)]]

    def respond(self, path: str, headers: dict[str, str]) -> bytes:
        if path in self.extra:
            return self.extra[path]
        if path == "/robots.txt":
            return b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s" % (
                len(ROBOTS), ROBOTS)
        if path in ("/", "/index.html"):
            body = ("<html><body>" + "".join(f"<a href='{u}'>{u}</a>" for u in self.links())
                    + "</body></html>").encode()
            return self._ok(body, b"text/html; charset=utf-8", etag=b'"home-v1"', headers=headers)
        if path == "/list.html":
            body = ("<html><body><ul>" + "".join(f"<li><a href='/report/{n}.html'>报告{n}</a></li>"
                                                 for n in range(1, self.reports + 1)) + "</ul></body></html>")
            return self._ok(body.encode(), b"text/html; charset=utf-8", last_modified=True, headers=headers)
        if path == "/odd":
            body = "<html><body><p>奇怪的头</p><a href='/report/1.html'>r</a></body></html>".encode()
            head = (b"HTTP/1.1 200 Very OK Indeed\r\ncontent-type: text/html; charset=utf-8\r\n"
                    b"x-ODD-case:   spaced\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: b=2; Path=/\r\n"
                    b'ETag: "odd-v1"\r\nContent-Length: %d\r\n\r\n' % len(body))
            if headers.get("if-none-match") == '"odd-v1"':
                return b'HTTP/1.1 304 Not Modified\r\nETag: "odd-v1"\r\n\r\n'
            return head + body
        if path == "/chunked":
            body = gzip.compress(report_html(99, rows=40), mtime=0)
            return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                    b"Transfer-Encoding: chunked\r\n\r\n" + _chunked(body))
        if path == "/redirect":
            return b"HTTP/1.1 302 Found\r\nLocation: /report/1.html\r\nContent-Length: 0\r\n\r\n"
        if path == "/attach.doc":
            body = b"\xd0\xcf\x11\xe0 not really a doc " * 20
            return (b"HTTP/1.1 200 OK\r\nContent-Type: application/msword\r\n"
                    b'Content-Disposition: attachment; filename="' + GBK_NAME + b'"\r\n'
                    b"Content-Length: %d\r\n\r\n" % len(body) + body)
        if path.startswith("/report/") and path.endswith(".pdf"):
            n = int(path.removeprefix("/report/").removesuffix(".pdf"))
            body = b"%PDF-1.4\n" + random.Random(n).randbytes(self.pdf_bytes)  # compressed streams: no redundancy
            return self._ok(body, b"application/pdf", etag=b'"pdf%d"' % n, headers=headers)
        if path.startswith("/report/") and path.endswith(".html"):
            n = int(path.removeprefix("/report/").removesuffix(".html"))
            if 1 <= n <= self.reports:
                body = report_html(n, self.version.get(n, 1), self.report_rows, self.prose_chars)
                # odd reports carry validators (304 on a repeat), even ones do not (identical-digest revisit)
                etag = b'"r%d-v%d"' % (n, self.version.get(n, 1)) if n % 2 else None
                return self._ok(body, b"text/html; charset=utf-8", etag=etag, headers=headers)
        body = b"<html><body>not found</body></html>"
        return b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

    @staticmethod
    def _ok(body: bytes, ctype: bytes, headers: dict[str, str], etag: bytes | None = None,
            last_modified: bool = False) -> bytes:
        validators = b""
        if etag:
            if headers.get("if-none-match") == etag.decode():
                return b"HTTP/1.1 304 Not Modified\r\nETag: %s\r\n\r\n" % etag
            validators += b"ETag: %s\r\n" % etag
        if last_modified:
            stamp = b"Mon, 02 Jan 2023 03:04:05 GMT"
            if headers.get("if-modified-since") == stamp.decode():
                return b"HTTP/1.1 304 Not Modified\r\nLast-Modified: %s\r\n\r\n" % stamp
            validators += b"Last-Modified: %s\r\n" % stamp
        return (b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n" % (ctype, validators, len(body))
                + body)

    # -- server ---------------------------------------------------------------------------------------
    def start(self) -> FixtureSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                with site._lock:
                    site.hits[self.path] += 1
                    site.request_heads.append(self.requestline.encode() + b"\r\n" + bytes(self.headers))
                if site.delay:
                    time.sleep(site.delay)
                raw = site.respond(self.path, {k.lower(): v for k, v in self.headers.items()})
                self.wfile.write(raw)
                self.wfile.flush()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def crawl_command(options: dict[str, Any]) -> list[str]:
    return [PYTHON, str(Path(__file__).resolve()), json.dumps(options)]


def run_crawl(start_url: str, warc_dir: Path, db: Path, timeout: float = 120, **options: Any
              ) -> subprocess.CompletedProcess[str]:
    """Crawl start_url in a fresh process; options: jobdir, settings (dict), bodies (path of a JSONL log)."""
    opts = {"start_url": start_url, "warc_dir": str(warc_dir), "db": str(db), **options}
    result = subprocess.run(crawl_command(opts), cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-4000:]
    return result


def warc_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.warc.gz"))


def check_warc(path: Path) -> None:
    """`warcio check -v` and `gzip -t` must both pass."""
    checked = subprocess.run([str(ROOT / ".venv" / "bin" / "warcio"), "check", "-v", str(path)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "digest fail" not in checked.stdout
    assert subprocess.run(["gzip", "-t", str(path)]).returncode == 0


# -- the crawl process --------------------------------------------------------------------------------


def _spider_class() -> type:
    import scrapy
    from scrapy.http import TextResponse

    class ArchiveTestSpider(scrapy.Spider):
        name = "archive_test"

        def __init__(self, start_url: str, bodies: str | None = None, playwright: bool = False, **kwargs: Any):
            super().__init__(**kwargs)
            self.start_url, self.bodies, self.playwright = start_url, bodies, playwright

        async def start(self) -> Any:
            yield scrapy.Request(self.start_url, meta=self._meta(), callback=self.parse)

        def _meta(self) -> dict[str, Any]:
            return {"xxgk_portal": "fixture", "playwright": self.playwright} if self.playwright else {
                "xxgk_portal": "fixture"}

        def parse(self, response: Any) -> Any:
            if self.bodies:
                with open(self.bodies, "a") as fh:
                    fh.write(json.dumps({"url": response.url, "status": response.status, "flags": response.flags,
                                         "sha1": hashlib.sha1(response.body).hexdigest()}) + "\n")
            links = response.css("a::attr(href)").getall() if isinstance(response, TextResponse) else []
            outlinks = [response.urljoin(u) for u in links]
            yield {"type": "page", "url": response.url, "capture_id": response.meta.get("xxgk_capture_id"),
                   "meta": {"portal_id": "fixture", "via": response.request.headers.get("Referer", b"").decode(),
                            "depth": response.meta.get("depth", 0), "render_mode": "http", "role": "other",
                            "decision": "take", "reason": "test spider", "outlinks": outlinks},
                   "candidates": []}
            for url in outlinks:
                yield scrapy.Request(url, meta={"xxgk_portal": "fixture"}, callback=self.parse)

    return ArchiveTestSpider


def crawl_settings(opts: dict[str, Any]) -> Any:
    from scrapy.settings import Settings

    from crawler.browser import launch_options
    from crawler.extensions import ARCHIVE_COMPONENTS

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, entries in ARCHIVE_COMPONENTS.items():
        settings.set(name, {**settings.getdict(name), **entries}, priority="project")
    settings.setdict({"SPIDER_MODULES": [], "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                      "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "LOG_LEVEL": "INFO", "RETRY_ENABLED": False,
                      "PLAYWRIGHT_LAUNCH_OPTIONS": launch_options(), "XXGK_WARC_DIR": opts["warc_dir"],
                      "XXGK_DB": opts["db"], "XXGK_PROGRESS_INTERVAL": 1, **opts.get("settings", {})},
                     priority="cmdline")
    if opts.get("jobdir"):
        settings.set("JOBDIR", opts["jobdir"], priority="cmdline")
    return settings


def _main(opts: dict[str, Any]) -> int:
    sys.path.insert(0, str(ROOT))
    from scrapy.crawler import CrawlerProcess

    from crawler.extensions.crawlstate import exit_status

    process = CrawlerProcess(crawl_settings(opts), install_root_handler=True)
    crawler = process.create_crawler(_spider_class())
    process.crawl(crawler, start_url=opts["start_url"], bodies=opts.get("bodies"),
                  playwright=opts.get("playwright", False))
    process.start()
    status = exit_status(crawler)
    return 0 if status in (0, 3) else status


if __name__ == "__main__":
    sys.exit(_main(json.loads(sys.argv[1])))
