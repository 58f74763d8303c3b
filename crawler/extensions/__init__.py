"""Archive components (WARC lifecycle, crawl row) and the shared handles they hang on the Scrapy crawler.

Merge ARCHIVE_COMPONENTS into the crawl settings (crawler/run.py does):
    for name, entries in ARCHIVE_COMPONENTS.items(): settings[name] = {**settings.get(name, {}), **entries}

Handles other components use (all set up lazily, one per crawler):
    shared_store(crawler) -> Store | None        the SQLite store at setting XXGK_DB (None when unset)
    crawler.xxgk_warc                            the WarcWriter (extensions/warcwriter.py)
    crawler.xxgk_crawl_id                        id of the `crawls` row (extensions/crawlstate.py)
    crawler.xxgk_resumed                         True when this run continues a crawl from its JOBDIR
    await in_thread(function, *args)             blocking archive work off the reactor thread

Request meta the spider sets or reads: xxgk_portal (portal id, set it), xxgk_capture_id (record id of the page's
response/revisit, read it for items), and response.flags "not-modified" / "archived" when the body came from the
archive (304 on a re-crawl, a page already archived before a resumed crawl stopped, or a published document not
re-checked because its list page was unchanged). request.meta["xxgk_unchanged"] is True when the page is known to
be unchanged since the last crawl (a revisit, or a document answered from the archive); the spider passes it on as
request.meta["xxgk_via_unchanged"] to the documents the page lists (middlewares/recheck.py).
"""

from __future__ import annotations

from typing import Any

from pipelines.store import Store

ARCHIVE_COMPONENTS: dict[str, dict[str, int]] = {
    "EXTENSIONS": {
        "crawler.extensions.crawlstate.CrawlState": 100,
        "crawler.extensions.warcwriter.WarcWriter": 110,
    },
    "DOWNLOADER_MIDDLEWARES": {
        # lower numbers see requests first and responses last
        "crawler.middlewares.rawcapture.PortalMiddleware": 50,
        "crawler.middlewares.failures.FailureMiddleware": 80,
        "crawler.middlewares.conditional.ConditionalMiddleware": 930,
        "crawler.middlewares.resume.ResumeMiddleware": 940,
        "crawler.middlewares.recheck.RecheckMiddleware": 945,
        "crawler.middlewares.rawcapture.RawCaptureMiddleware": 950,
    },
    "ITEM_PIPELINES": {
        "crawler.itempipelines.ArchivePipeline": 300,
    },
}


def shared_store(crawler: Any) -> Store | None:
    """The one Store of this crawl (setting XXGK_DB), opened on first use and closed when the engine stops."""
    if not hasattr(crawler, "xxgk_store"):
        path = crawler.settings.get("XXGK_DB")
        crawler.xxgk_store = Store(path) if path else None
        if crawler.xxgk_store is not None:
            from scrapy import signals

            # WAL + NORMAL survives a killed process (only a power loss can drop the last commits) and avoids an
            # fsync per capture row; captures are looked up by refers_to (revisits, metadata)
            crawler.xxgk_store.db.execute("PRAGMA synchronous = NORMAL")
            crawler.xxgk_store.db["captures"].create_index(["refers_to"], if_not_exists=True)
            crawler.signals.connect(crawler.xxgk_store.close, signal=signals.engine_stopped, weak=False)
    return crawler.xxgk_store


async def in_thread(function: Any, *args: Any) -> Any:
    """Run blocking work (WARC compression, writes, fsync) in Twisted's thread pool and wait for it."""
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet.threads import deferToThread

    return await maybe_deferred_to_future(deferToThread(function, *args))
