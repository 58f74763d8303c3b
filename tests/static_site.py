"""A static site on 127.0.0.1 for tests that fetch real HTTP responses: path → (body, Content-Type)."""

from __future__ import annotations

import threading
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote_to_bytes, urlsplit

from pipelines.records import Fetched

Routes = dict[str, tuple[bytes, str]]


@contextmanager
def serve_site(routes: Routes, resolve: Callable[[str, str], str] | None = None) -> Iterator[str]:
    """Serve `routes` on a free port and yield the base URL. `resolve(path, query)` may map a request to a route
    (a download servlet, say); paths are percent-decoded as UTF-8 first. Unknown paths answer 404."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            parts = urlsplit(self.path)
            path = unquote_to_bytes(parts.path).decode("utf-8")
            if resolve is not None:
                path = resolve(path, parts.query)
            elif parts.query:
                path = f"{path}?{parts.query}"
            if path not in routes:
                self.send_error(404)
                return
            body, content_type = routes[path]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> Fetched:
    """GET a URL into a Fetched record (lower-case header names), as the crawl hands pages to the parser."""
    with urllib.request.urlopen(url, timeout=30) as response:
        headers = {name.lower(): value for name, value in response.headers.items()}
        return Fetched(url, response.read(), headers, response.status)
