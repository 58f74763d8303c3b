"""Failure recording (owned by the discovery engineer, H5): every URL that could not be fetched — DNS, TLS, timeout,
refused connection, HTTP 4xx/5xx after retries, soft-404 (200 saying 页面不存在), robots.txt refusal — becomes a row of
the `failures` table instead of vanishing. ARCHIVE_COMPONENTS places `FailureMiddleware` at 80, below Retry (550)
and Redirect (600), so it sees final outcomes only.

A failed homepage (role homepage, or a depth-0 request) counts as a failed portal (stat xxgk/failed_portals), which
makes the crawl exit with status 3.
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Response, TextResponse
from twisted.internet import error as net
from twisted.web._newclient import ResponseNeverReceived

from ..extensions import shared_store
from ..rules import is_soft_404

_KINDS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((net.DNSLookupError,), "dns"),
    ((net.TimeoutError, net.TCPTimedOutError, DownloadTimeoutError), "timeout"),
    ((DownloadCancelledError,), "size"),  # DOWNLOAD_MAXSIZE cancels the download
    ((net.ConnectionRefusedError, net.ConnectError, net.ConnectionLost, ResponseNeverReceived,
      DownloadConnectionRefusedError), "connection"),
)


def failure_kind(exc: BaseException) -> str:
    """A short, stable name for a download exception (dns|tls|timeout|connection|robots|size|error)."""
    response = getattr(exc, "response", None)  # HttpError from HttpErrorMiddleware
    if response is not None:
        return f"http_{response.status}"
    text = f"{type(exc).__name__} {exc}"
    if isinstance(exc, IgnoreRequest) and "robots" in text.lower():
        return "robots"
    if "SSL" in text or "TLS" in text or "certificate" in text.lower():
        return "tls"
    for types, kind in _KINDS:
        if isinstance(exc, types) or isinstance(exc.__cause__, types):  # Scrapy wraps Twisted's errors
            return kind
    return "error"


def soft_404(response: Response) -> bool:
    return response.status == 200 and isinstance(response, TextResponse) and is_soft_404(response.text)


def is_portal_entry(meta: dict[str, Any]) -> bool:
    return meta.get("xxgk_role") == "homepage" or (meta.get("depth", 0) == 0 and "xxgk_portal" in meta)


class FailureMiddleware:
    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> FailureMiddleware:
        return cls(crawler)

    def record(self, request: Any, kind: str, detail: str) -> None:
        stats = self.crawler.stats
        stats.inc_value("xxgk/failures")
        stats.inc_value(f"xxgk/failures/{kind}")
        if is_portal_entry(request.meta):
            stats.inc_value("xxgk/failed_portals")
        store = shared_store(self.crawler)
        if store is not None:
            via = request.meta.get("xxgk_via")
            store.add_failure(request.url, kind, f"{detail} (linked from {via})" if via else detail,
                              request.meta.get("xxgk_portal"), getattr(self.crawler, "xxgk_crawl_id", None))

    def process_response(self, request: Any, response: Response, spider: Any = None) -> Response:
        if request.url.endswith("/robots.txt"):
            return response
        if response.status >= 400:
            self.record(request, f"http_{response.status}", f"HTTP {response.status}")
        elif soft_404(response):
            self.record(request, "soft404", "HTTP 200 page saying it does not exist")
        return response

    def process_exception(self, request: Any, exception: Exception, spider: Any = None) -> None:
        if not request.url.endswith("/robots.txt"):
            self.record(request, failure_kind(exception), f"{type(exception).__name__}: {str(exception)[:400]}")
