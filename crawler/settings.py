"""Project-wide Scrapy settings. Component-specific defaults live with each component (read in from_crawler);
XXGK_* settings are documented in docs/settings.md."""

from pipelines.attachments.safety import DEFAULT_MAX_BYTES

BOT_NAME = "xxgk"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "xxgk-archive/0.1 (+https://github.com/xxgk-archive; research archive of disclosure reports)"
ROBOTSTXT_OBEY = True

# Politeness: AutoThrottle on top of a per-host delay; one or two requests per host at a time.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_ENABLED = True
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024

# Scrapy 2.19 traps (notes/toolchain.md): no remote-code console, no telnet.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Browser rendering only for requests that ask for it (meta["playwright"] = True); plain HTTP otherwise.
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30000
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
# PLAYWRIGHT_LAUNCH_OPTIONS is filled in by crawler.browser.launch_options() at crawl start: it uses the
# system Chromium when Playwright's own browser is not installed (XXGK_CHROMIUM_PATH overrides).

# Discovery (crawler/spiders/portals.py). Depth is counted by the spider over discovery hops only (a report's own
# pages and attachments do not add depth), so Scrapy's DEPTH_LIMIT is off.
DEPTH_LIMIT = 0
XXGK_DB = "xxgk.db"  # `scrapy crawl portals -a seeds=FILE` writes here; `xxgk crawl --db` overrides
XXGK_WARC_DIR = "archive"
XXGK_MAX_DEPTH = 8  # discovery hops from the homepage
XXGK_MAX_COLUMN_HOPS = 4  # disclosure-section pages (and department catalogues) before an annual-report column
XXGK_HOST_BUDGET = 3000  # pages per host: bounds traps no rule recognises
XXGK_BROWSER = True  # render list pages built by JavaScript in Chromium (scrapy-playwright)
XXGK_ATTACHMENT_MAXSIZE = DEFAULT_MAX_BYTES  # larger attachments are skipped with a reason; the parser reads up to this too
XXGK_MAX_LIST_PAGES = 1000  # pages of one list (下一页 chains, index_N, dataproxy ranges) before it counts as a trap
XXGK_RECHECK_DAYS = 30  # repeat crawls: archived reports listed by an unchanged page are not re-fetched (0 = always)
