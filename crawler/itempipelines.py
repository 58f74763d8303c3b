"""Scrapy item adapters: items are plain dicts with a "type".

    {"type": "page", "url": str, "capture_id": str | None, "meta": {metadata JSON of docs/architecture.md},
     "candidates": [Candidate]}
        → a `metadata` record (WARC-Concurrent-To the capture) with its captures row (payload_digest = sha1 of
          the JSON, refers_to = the capture), and store.add_candidates. Written once per capture: a resumed crawl
          that sees the page again does not repeat it. For a `revisit` capture whose metadata equals the metadata
          of the capture it refers to, no new record is written (repeat crawls stay small): readers follow
          revisit → refers_to → that capture's metadata.
    {"type": "report", "portal_id": str | None, "pages": [Fetched], "attachments": [Fetched], "link_title": str | None}
        → pipelines.parse.parse_report (in a worker thread) → Store.save_report in the reactor thread. A report that
          fails to parse or save is recorded with Store.add_problem and never stops the crawl.
The Store is the crawl's shared one (setting XXGK_DB); without it, items pass through after the WARC write.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any

from pipelines import warc
from pipelines.records import Fetched, Report

from .extensions import in_thread, shared_store
from .middlewares.rawcapture import capture_row

logger = logging.getLogger(__name__)
_SAVE_ATTEMPTS = 3


class _MetaRequest:
    """What capture_row needs of a request, for a metadata record (no request exists for it)."""

    method = "GET"

    def __init__(self, url: str, portal_id: str | None):
        self.url, self.meta = url, {"xxgk_portal": portal_id}


def _parse(pages: list[Fetched], attachments: list[Fetched], link_title: str | None) -> Report:
    from pipelines.parse import parse_report

    return parse_report(pages, attachments, link_title=link_title)


class ArchivePipeline:
    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArchivePipeline:
        return cls(crawler)

    @property
    def crawl_id(self) -> int | None:
        return getattr(self.crawler, "xxgk_crawl_id", None)

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "page":
            await self.save_page(item)
        elif kind == "report":
            await self.save_report(item)
        return item

    async def save_page(self, item: dict[str, Any]) -> None:
        store = shared_store(self.crawler)
        meta = item.get("meta") or {}
        capture_id = item.get("capture_id")
        digest = warc.sha1_digest(warc.metadata_bytes(meta))
        writer = getattr(self.crawler, "xxgk_warc", None)
        if writer is not None and not (store is not None and capture_id and self._already_described(
                store, capture_id, digest)):
            written = writer.write_metadata(item["url"], capture_id, meta)  # small: a thread hop costs more
            if store is not None:
                store.add_capture(capture_row(
                    self.crawler, _MetaRequest(item["url"], meta.get("portal_id")), written,
                    record_type="metadata", mime="application/json", refers_to=capture_id, payload_digest=digest,
                    render_mode=meta.get("render_mode")))
        if store is not None and item.get("candidates"):
            store.add_candidates(item["candidates"], meta.get("portal_id"), self.crawl_id)

    @staticmethod
    def _already_described(store: Any, capture_id: str, digest: str) -> bool:
        """This capture has its metadata record, or is a revisit of a capture with the same metadata."""
        if store.db["captures"].count_where("refers_to = ? and record_type = 'metadata'", [capture_id]):
            return True
        capture = next(store.db.query("select record_type, refers_to from captures where id = ?", [capture_id]), None)
        return bool(capture and capture["record_type"] == "revisit" and store.db["captures"].count_where(
            "refers_to = ? and record_type = 'metadata' and payload_digest = ?", [capture["refers_to"], digest]))

    async def save_report(self, item: dict[str, Any]) -> None:
        pages, attachments = item.get("pages") or [], item.get("attachments") or []
        url = pages[0].url if pages else "?"
        capture_id = pages[0].capture_id if pages else None
        store = shared_store(self.crawler)
        try:
            report = await in_thread(_parse, pages, attachments, item.get("link_title"))
        except Exception as exc:  # a bad document is recorded, never fatal
            logger.warning("parse failed for %s: %s", url, exc)
            if store is not None:
                store.add_problem(url, "parse", type(exc).__name__, traceback.format_exc(limit=5), capture_id)
            return
        if store is None:
            return
        for attempt in range(1, _SAVE_ATTEMPTS + 1):
            try:
                store.save_report(report, item.get("portal_id"), self.crawl_id)
                break
            except Exception as exc:
                if "locked" in str(exc) and attempt < _SAVE_ATTEMPTS:  # another writer holds the database
                    time.sleep(0.2 * attempt)
                    continue
                store.add_problem(url, "save", type(exc).__name__, traceback.format_exc(limit=5), capture_id)
                return
        self.crawler.stats.inc_value("xxgk/reports")
        if item.get("portal_id"):
            self.crawler.stats.inc_value(f"xxgk/reports/{item['portal_id']}")
