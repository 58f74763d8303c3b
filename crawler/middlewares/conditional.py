"""Incremental re-crawls: conditional requests for URLs archived by an earlier crawl, and revisit records.

process_request: when `captures` holds a response (or revisit) of this URL from another crawl, send
If-None-Match / If-Modified-Since with its validators (a POST gets none) and put the original capture in
request.meta["xxgk_previous"] = {url, status, payload_digest, original_id, original_date, warc_file, warc_offset}.
RawCaptureMiddleware then writes a `revisit` record instead of a full copy: profile server-not-modified for a 304,
identical-payload-digest for a 200 with the same payload digest.
process_response: a 304 to our conditional request is turned back into the archived response (body read from the
original WARC record through pipelines.warc), so discovery and parsing run exactly as on the first crawl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipelines import warc

from ..extensions import shared_store
from .archived import response_from_record


def previous_capture(store: Any, url: str, crawl_id: int | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(latest capture of url from another crawl, the response record it stands for)."""
    latest = next(store.db.query(
        "select * from captures where url = ? and record_type in ('response', 'revisit') and status < 400 "
        "and crawl_id is not ? order by fetched_at desc, rowid desc limit 1", [url, crawl_id]), None)
    if latest is None:
        return None
    if latest["record_type"] == "response":
        return latest, latest
    original = next(store.db.query("select * from captures where id = ?", [latest["refers_to"]]), None)
    return (latest, original) if original else None


class ConditionalMiddleware:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.warc_dir = Path(crawler.settings.get("XXGK_WARC_DIR", "archive"))
        self._has_history: bool | None = None  # does any other crawl have captures? (a first crawl skips lookups)

    def _history(self, store: Any) -> bool:
        if self._has_history is None:
            self._has_history = bool(store.db.execute(
                "select 1 from captures where crawl_id is not ? limit 1",
                [getattr(self.crawler, "xxgk_crawl_id", None)]).fetchone())
        return self._has_history

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> None:
        store = shared_store(self.crawler)
        if store is None or request.meta.get("playwright") or not self._history(store):
            return None
        found = previous_capture(store, request.url, getattr(self.crawler, "xxgk_crawl_id", None))
        if found is None:
            return None
        latest, original = found
        request.meta["xxgk_previous"] = {
            "url": original["url"], "status": original["status"], "payload_digest": original["payload_digest"],
            "original_id": original["id"], "original_date": original["fetched_at"],
            "warc_file": original["warc_file"], "warc_offset": original["warc_offset"]}
        if request.method != "GET":  # a form POST (Hanweb dataproxy): no validators, a revisit if the payload is the same
            return None
        etag = latest["etag"] or original["etag"]
        last_modified = latest["last_modified"] or original["last_modified"]
        if etag and original["status"] == 200:
            request.headers.setdefault("If-None-Match", etag.encode("latin-1"))
        if last_modified and original["status"] == 200:
            request.headers.setdefault("If-Modified-Since", last_modified.encode("latin-1"))
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        previous = request.meta.get("xxgk_previous")
        if response.status != 304 or not previous or request.meta.get("xxgk_from_archive"):
            return response
        record = warc.read_record_at(self.warc_dir / previous["warc_file"], previous["warc_offset"])
        self.crawler.stats.inc_value("xxgk/not_modified")
        return response_from_record(request, record, "not-modified")
