"""The bundled offline demo portal: a threaded stdlib HTTP server serving crawler.demo_portal.site, with a hit log
(every request's method and path) so tests can prove robots.txt was obeyed and traps stayed bounded.

    python -m crawler.demo_portal.server --port 8765
"""

from __future__ import annotations

import argparse
import hashlib
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

from .site import Site, build_site, bundled_file, hanweb_dataproxy, json_api

_HANWEB_TRAP = re.compile(r"^/hw/col/col101/(?:nb/)+$")
_CALENDAR = re.compile(r"^/calendar/(\d{4})-(\d{2})-(\d{2})\.html$")


class DemoPortal(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], site: Site):
        super().__init__(address, DemoHandler)
        self.site = site
        self.hits: list[tuple[str, str]] = []  # (method, path with query)
        self.hits_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def hit_paths(self) -> list[str]:
        with self.hits_lock:
            return [path for _, path in self.hits]


class DemoHandler(BaseHTTPRequestHandler):
    server: DemoPortal
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet: the hit log is the record
        return

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        # An ETag per body, and 304 to a matching If-None-Match, as web servers answer a repeat crawl's
        # conditional requests (Last-Modified is the same for every page: only the ETag tells a change).
        etag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT")
        self.send_header("ETag", etag)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _route(self, form: dict[str, str]) -> tuple[int, str, bytes]:
        site = self.server.site
        parts = urlsplit(self.path)
        path = parts.path
        if path in site.pages:
            content_type, body = site.pages[path]
            return 200, content_type, body
        if path == "/module/download/downfile.jsp":
            found = bundled_file(dict(parse_qsl(parts.query)).get("filename", ""))
            if found:
                return 200, *found
        if path == "/js/api/nblist.json":
            page = dict(parse_qsl(parts.query)).get("page", "1")
            return 200, "application/json; charset=utf-8", json_api(site, int(page) if page.isdigit() else 1)
        if path == "/module/web/jpage/dataproxy.jsp":
            params = {**dict(parse_qsl(parts.query)), **form}
            start, end = int(params.get("startrecord", 1)), int(params.get("endrecord", 15))
            return 200, "text/xml; charset=utf-8", hanweb_dataproxy(site, start, end)
        if _HANWEB_TRAP.match(path):
            return 200, *site.pages["/hw/col/col101/index.html"]
        calendar = _CALENDAR.match(path)
        if calendar:
            year, month, day = map(int, calendar.groups())
            following = f"{year}-{month:02d}-{day % 28 + 1:02d}" if day < 28 else f"{year}-{month % 12 + 1:02d}-01"
            body = f'<html><body><a href="/calendar/{following}.html">下一天</a></body></html>'
            return 200, "text/html; charset=utf-8", body.encode()
        return 404, "text/html; charset=utf-8", b"<html><body><h1>404 Not Found</h1></body></html>"

    def _handle(self, form: dict[str, str]) -> None:
        with self.server.hits_lock:
            self.server.hits.append((self.command, self.path))
        self._send(*self._route(form))

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle({})

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle({})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        self._handle(dict(parse_qsl(body, keep_blank_values=True)))


def serve(host: str = "127.0.0.1", port: int = 0, site: Site | None = None) -> DemoPortal:
    """Start the demo portal (by default the shared build_site()) in a background thread (port 0 = a free port);
    stop it with .shutdown()."""
    server = DemoPortal((host, port), site or build_site())
    threading.Thread(target=server.serve_forever, name="demo-portal", daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = serve(args.host, args.port)
    print(f"demo portal on {server.base_url}/ (Ctrl-C stops it)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
