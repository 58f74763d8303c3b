"""Exact-byte capture of every HTTP exchange into the WARC, with a `captures` row for each record.

`install()` patches twisted.web._newclient (private API: re-test after a Twisted upgrade, see
notes/toolchain.md §3) so that the bytes sent (request head) and received (status line, headers, body with
chunking and compression intact) are kept for each response. It is idempotent and is called by the middleware.

RawCaptureMiddleware (DOWNLOADER_MIDDLEWARES priority 950: it sees redirects, robots.txt and still-compressed
bodies) writes a `response` + `request` pair, or a `revisit` when the request carries a previous capture
(request.meta["xxgk_previous"], set by ConditionalMiddleware) and the server answered 304 or sent the same payload
digest. An identical-payload-digest revisit keeps the HTTP head just received. A server-not-modified revisit holds
the original response's head instead (HTTP cache semantics: a 304 revalidates the stored response), because pywb
replays a revisit with its own head and would otherwise serve an empty 304 for the page; the conditional request is
in the paired `request` record and the captures row keeps status 304. It sets request.meta["xxgk_capture_id"] to the response/revisit record id and adds the captures row
(portal from request.meta["xxgk_portal"]; PortalMiddleware gives robots.txt the portal of its host). Requests with
meta["playwright"] are captured from the browser's network events instead (crawler/browser.py).
"""

from __future__ import annotations

import weakref
from typing import Any
from urllib.parse import urlsplit

from pipelines import warc
from pipelines.store import now_iso

from ..browser import BrowserCapture
from ..extensions import in_thread, shared_store
from .conditional import previous_capture

RAW: weakref.WeakKeyDictionary[Any, tuple[bytes, bytes]] = weakref.WeakKeyDictionary()
_installed = False


def install() -> None:
    """Keep raw request heads and raw response bytes on Twisted's objects; expose them per Scrapy Response."""
    global _installed
    if _installed:
        return
    from scrapy.core.downloader.handlers import http11
    from twisted.web import _newclient as nc

    parser, request_cls = nc.HTTPClientParser, nc.Request
    data_received, status_received, finished = parser.dataReceived, parser.statusReceived, parser._finished
    write_headers = request_cls._writeHeaders
    body_done = http11._ScrapyAgent._cb_bodydone

    def dataReceived(self: Any, data: bytes) -> Any:  # noqa: N802 (Twisted's name)
        self.__dict__.setdefault("_warc_buf", bytearray()).extend(data)
        return data_received(self, data)

    def statusReceived(self: Any, status: bytes) -> Any:  # noqa: N802
        status_received(self, status)
        self.response._warc_buf = self._warc_buf  # shared: later body bytes land in the same buffer

    def _finished(self: Any, rest: bytes) -> Any:
        if rest:  # bytes after this response belong to the next one on the connection
            del self._warc_buf[len(self._warc_buf) - len(rest):]
        return finished(self, rest)

    class _Recorder:
        def __init__(self, transport: Any):
            self._transport, self.parts = transport, []

        def write(self, data: bytes) -> None:
            self.parts.append(data)
            self._transport.write(data)

        def writeSequence(self, seq: Any) -> None:  # noqa: N802
            seq = list(seq)
            self.parts.extend(seq)
            self._transport.writeSequence(seq)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._transport, name)

    def _writeHeaders(self: Any, transport: Any, te_or_cl: Any) -> Any:  # noqa: N802
        recorder = _Recorder(transport)
        result = write_headers(self, recorder, te_or_cl)
        self._warc_head = b"".join(recorder.parts)
        return result

    def _cb_bodydone(self: Any, result: Any, url: str) -> Any:
        response = body_done(self, result, url)
        tx = result["txresponse"]
        sent = getattr(tx.request, "original", tx.request)  # tx.request is a _ClientRequestProxy
        raw = bytes(getattr(tx, "_warc_buf", b""))
        if raw:
            RAW[response] = (getattr(sent, "_warc_head", b""), raw)
        return response

    parser.dataReceived, parser.statusReceived, parser._finished = dataReceived, statusReceived, _finished
    request_cls._writeHeaders = _writeHeaders
    http11._ScrapyAgent._cb_bodydone = _cb_bodydone
    _installed = True


class PortalMiddleware:
    """Tags requests made by Scrapy itself (robots.txt) with the portal of their host, learnt from the spider's
    requests. Priority below RobotsTxtMiddleware (100), so the host is known before robots.txt is requested."""

    def __init__(self) -> None:
        self.portals_by_host: dict[str, str] = {}

    def process_request(self, request: Any, spider: Any = None) -> None:
        host = urlsplit(request.url).netloc
        portal = request.meta.get("xxgk_portal")
        if portal:
            self.portals_by_host.setdefault(host, portal)
        elif host in self.portals_by_host:
            request.meta["xxgk_portal"] = self.portals_by_host[host]


def capture_row(crawler: Any, request: Any, written: Any, **fields: Any) -> dict[str, Any]:
    return {"id": written.record_id, "crawl_id": getattr(crawler, "xxgk_crawl_id", None),
            "portal_id": request.meta.get("xxgk_portal"), "url": request.url, "method": request.method,
            "warc_file": written.warc_file, "warc_offset": written.offset, "warc_length": written.length,
            "fetched_at": now_iso(), **fields}


def count_page(crawler: Any, request: Any, capture_id: str) -> None:
    """Remember the page's record id for the spider and the item pipeline, and count it."""
    request.meta["xxgk_capture_id"] = capture_id
    crawler.stats.inc_value("xxgk/pages")
    if request.meta.get("xxgk_portal"):
        crawler.stats.inc_value(f"xxgk/pages/{request.meta['xxgk_portal']}")


def add_row(crawler: Any, row: dict[str, Any]) -> None:
    store = shared_store(crawler)
    if store is not None:
        store.add_capture(row)


class RawCaptureMiddleware:
    def __init__(self, crawler: Any):
        install()
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> RawCaptureMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> None:
        if request.meta.get("playwright") and "xxgk_browser_capture" not in request.meta:
            BrowserCapture(request, self.capture_browser_exchange).attach()

    def capture_browser_exchange(self, request: Any, url: str, raw_request: bytes, raw_response: bytes,
                                 status: int, ip: str | None) -> str:
        """One network response seen by the browser while rendering `request` (BrowserCapture callback). The
        browser sends no conditional requests, so a payload identical to the last crawl's becomes an
        identical-payload-digest revisit here."""
        writer = self.crawler.xxgk_warc
        digest = warc.http_payload_digest(raw_response)
        head = warc.split_http_head(raw_response)[0]
        original = self._identical_earlier_capture(url, status, digest)
        if original is None:
            written, record_type, refers_to = writer.write_exchange(url, raw_request, raw_response, ip), "response", None
        else:
            written = writer.write_revisit(url, warc.PROFILE_IDENTICAL, digest, original["id"], original["url"],
                                           original["fetched_at"], head, raw_request, ip)
            record_type, refers_to = "revisit", original["id"]
            self.crawler.stats.inc_value("xxgk/revisits")
        _, headers = warc.parse_http_head(head)
        add_row(self.crawler, capture_row(
            self.crawler, request, written, url=url, status=status, record_type=record_type,
            mime=headers.get("content-type"), payload_digest=digest, refers_to=refers_to,
            etag=headers.get("etag"), last_modified=headers.get("last-modified"), ip=ip, render_mode="browser"))
        return written.record_id

    def _identical_earlier_capture(self, url: str, status: int, digest: str) -> dict[str, Any] | None:
        """The response record an earlier crawl archived for url with this same 200 payload, if any."""
        store = shared_store(self.crawler)
        if store is None or status != 200:
            return None
        found = previous_capture(store, url, getattr(self.crawler, "xxgk_crawl_id", None))
        if found is None or found[1]["status"] != 200 or found[1]["payload_digest"] != digest:
            return None
        return found[1]

    async def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if request.meta.get("xxgk_from_archive"):
            return response
        capture = request.meta.get("xxgk_browser_capture")
        if capture is not None:
            return await self._finish_browser_capture(request, response, capture)
        head, raw = RAW.pop(response, (b"", b""))
        if not raw:
            return response
        ip = str(response.ip_address) if response.ip_address else None
        # in a worker thread: zlib and sha1 release the GIL, so compression runs beside the crawl
        written, record_type, digest, refers_to = await in_thread(
            self._archive, request.url, head + (request.body or b""), raw, response.status, ip,
            request.meta.get("xxgk_previous"))
        if record_type == "revisit":
            request.meta["xxgk_unchanged"] = True  # the documents this page lists need no re-check (recheck.py)
            self.crawler.stats.inc_value("xxgk/revisits")
        headers = response.headers
        count_page(self.crawler, request, written.record_id)
        add_row(self.crawler, capture_row(
            self.crawler, request, written, status=response.status, record_type=record_type,
            mime=_header(headers, b"Content-Type"), payload_digest=digest, refers_to=refers_to,
            etag=_header(headers, b"ETag"), last_modified=_header(headers, b"Last-Modified"), ip=ip,
            render_mode="http"))
        return response

    def _archive(self, url: str, raw_request: bytes, raw: bytes, status: int, ip: str | None,
                 previous: dict[str, Any] | None) -> tuple[Any, str, str, str | None]:
        """Write a revisit or a full exchange (in a worker thread): (written, record type, digest, refers_to)."""
        writer = self.crawler.xxgk_warc
        digest = warc.http_payload_digest(raw)
        if previous and status == 304:
            original = warc.read_record_at(writer.path_of(previous["warc_file"]), previous["warc_offset"])
            profile, http_head = warc.PROFILE_NOT_MODIFIED, original.http_head
        elif previous and status == previous["status"] and digest == previous["payload_digest"]:
            profile, http_head = warc.PROFILE_IDENTICAL, warc.split_http_head(raw)[0]
        else:
            return writer.write_exchange(url, raw_request, raw, ip), "response", digest, None
        written = writer.write_revisit(url, profile, previous["payload_digest"], previous["original_id"],
                                       previous["url"], previous["original_date"], http_head, raw_request, ip)
        return written, "revisit", previous["payload_digest"], previous["original_id"]

    async def _finish_browser_capture(self, request: Any, response: Any, capture: BrowserCapture) -> Any:
        """The rendered DOM as a clearly typed `resource` record next to the document's network response."""
        document_id = capture.record_ids.get(response.url) or capture.record_ids.get(request.url)
        digest = warc.sha1_digest(response.body)
        if self._same_dom_archived(response.url, digest):  # a repeat crawl of an unchanged page: nothing new
            count_page(self.crawler, request, document_id)
            return response
        written = await in_thread(self.crawler.xxgk_warc.write_resource, response.url, warc.RENDERED_DOM_TYPE,
                                  response.body, document_id)
        add_row(self.crawler, capture_row(self.crawler, request, written, url=response.url, status=response.status,
                                          record_type="resource", mime=warc.RENDERED_DOM_TYPE, payload_digest=digest,
                                          refers_to=document_id, render_mode="browser"))
        count_page(self.crawler, request, document_id or written.record_id)
        return response

    def _same_dom_archived(self, url: str, digest: str) -> bool:
        """An earlier crawl's latest rendered DOM of url is byte-identical (its record stays the one to replay)."""
        store = shared_store(self.crawler)
        if store is None:
            return False
        latest = next(store.db.query(
            "select payload_digest from captures where url = ? and record_type = 'resource' and crawl_id is not ? "
            "order by fetched_at desc, rowid desc limit 1", [url, getattr(self.crawler, "xxgk_crawl_id", None)]), None)
        return latest is not None and latest["payload_digest"] == digest


def _header(headers: Any, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None
