"""Re-check policy for published documents: in a repeat crawl, a report page, report part or attachment that the
archive already holds is not fetched again while the page that listed it is unchanged.

Published reports are immutable in practice (a correction is published as a new document, or its list page changes
with it), so an archivist re-checks them only when there is a reason to. A request with role report | report_part |
attachment whose listing page was unchanged in this crawl (request.meta["xxgk_via_unchanged"], set by the spider from
the listing's meta["xxgk_unchanged"]) is answered from its latest capture (a 200 response, or a revisit of one) when
that capture is younger than XXGK_RECHECK_DAYS days (default 30; 0 re-checks always). The response is flagged
"archived", request.meta["xxgk_from_archive"] = True and request.meta["xxgk_capture_id"] = that capture's id: no new
WARC record is written, but the spider still parses the report, so its item is stored and last_seen_crawl advances.
Everything else goes on to ConditionalMiddleware's conditional request (a revisit when unchanged, a full record when
changed).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..extensions import shared_store
from .archived import load_original, response_from_record
from .conditional import previous_capture

DOCUMENT_ROLES = ("report", "report_part", "attachment")
DEFAULT_RECHECK_DAYS = 30


class RecheckMiddleware:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.warc_dir = Path(crawler.settings.get("XXGK_WARC_DIR", "archive"))
        self.recheck_days = crawler.settings.getfloat("XXGK_RECHECK_DAYS", DEFAULT_RECHECK_DAYS)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecheckMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> Any:
        meta = request.meta
        if (self.recheck_days <= 0 or meta.get("xxgk_role") not in DOCUMENT_ROLES
                or not meta.get("xxgk_via_unchanged") or meta.get("xxgk_from_archive")
                or request.method != "GET" or meta.get("playwright")):
            return None
        store = shared_store(self.crawler)
        if store is None:
            return None
        found = previous_capture(store, request.url, getattr(self.crawler, "xxgk_crawl_id", None))
        if found is None:
            return None
        latest, original = found
        if original["status"] != 200 or not self._recent(latest["fetched_at"]):
            return None
        meta.update(xxgk_from_archive=True, xxgk_capture_id=latest["id"], xxgk_unchanged=True)
        stats = self.crawler.stats
        stats.inc_value("xxgk/recheck_skipped")
        stats.inc_value("xxgk/pages")
        return response_from_record(request, load_original(store, self.warc_dir, latest), "archived")

    def _recent(self, fetched_at: str | None) -> bool:
        if not fetched_at:
            return False
        when = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return datetime.now(UTC) - when < timedelta(days=self.recheck_days)
