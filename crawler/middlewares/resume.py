"""Resume without re-fetching: on a restarted crawl (crawler.xxgk_resumed, see extensions/crawlstate.py), a URL this
crawl already archived is answered from its WARC record instead of the network (a browser-rendered request from its
rendered-DOM record). The spider still gets the page, so
the frontier rebuilds itself from the archive; the response is flagged "archived" and is not captured again
(request.meta["xxgk_from_archive"] = True, request.meta["xxgk_capture_id"] = the existing record id)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from pipelines import warc

from ..extensions import shared_store
from .archived import load_original, response_from_record


class ResumeMiddleware:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.warc_dir = Path(crawler.settings.get("XXGK_WARC_DIR", "archive"))

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResumeMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> Any:
        store = shared_store(self.crawler)
        crawl_id = getattr(self.crawler, "xxgk_crawl_id", None)
        if store is None or not getattr(self.crawler, "xxgk_resumed", False) or crawl_id is None:
            return None
        # a rendered page is answered with its rendered DOM, as the browser gave it to the spider
        wanted = "record_type = 'resource'" if request.meta.get("playwright") else "record_type in ('response', 'revisit')"
        row = next(store.db.query(
            f"select * from captures where url = ? and crawl_id = ? and method = ? and {wanted} "
            "order by fetched_at desc, rowid desc limit 1", [request.url, crawl_id, request.method]), None)
        if row is None:
            return None
        request.meta["xxgk_from_archive"] = True
        request.meta["xxgk_unchanged"] = row["record_type"] == "revisit"
        request.meta["xxgk_capture_id"] = row["refers_to"] if row["record_type"] == "resource" else row["id"]
        stats = self.crawler.stats
        stats.inc_value("xxgk/from_archive")
        stats.inc_value("xxgk/pages")
        if row["record_type"] == "resource":
            dom = warc.read_record_at(self.warc_dir / row["warc_file"], row["warc_offset"])
            return HtmlResponse(request.url, status=row["status"] or 200, body=dom.payload, encoding="utf-8",
                                flags=["archived"], request=request)
        return response_from_record(request, load_original(store, self.warc_dir, row), "archived")
