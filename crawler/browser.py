"""Browser rendering: which Chromium to launch, and archiving what the browser fetched.

launch_options() -> dict
    for PLAYWRIGHT_LAUNCH_OPTIONS: XXGK_CHROMIUM_PATH when set (an explicit choice wins), else Playwright's own
    browser when it is installed, else /usr/lib/chromium/chromium (the real binary, no wrapper script) or
    /usr/bin/chromium; with the flags tested in notes/toolchain.md §2.
BrowserCapture(request, on_capture)
    archives the browser's NETWORK responses (document, xhr, fetch) of one rendered request as `response` +
    `request` pairs with render_mode "browser" (not page.content(), which RawCaptureMiddleware stores separately as
    a typed rendered-DOM `resource`). Installed by RawCaptureMiddleware on requests with meta["playwright"] = True;
    the last page method it adds waits until every capture is written, before the page is closed.
The browser gives decoded bodies and parsed headers, not wire bytes, so the archived HTTP head is rebuilt: the
original Content-Encoding / Transfer-Encoding / Content-Length are kept under `X-Archive-Orig-…` names (as Common
Crawl does) and a Content-Length matching the stored body is added, which keeps the record truthful and valid.
"""

from __future__ import annotations

import asyncio
import glob
import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)
CAPTURED_RESOURCE_TYPES = {"document", "xhr", "fetch"}
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-extensions", "--no-first-run", "--disable-sync", "--disable-component-update"]
SYSTEM_CHROMIUMS = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
_REBUILT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def _playwright_browser_installed() -> bool:
    root = os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or str(Path.home() / ".cache" / "ms-playwright")
    patterns = ("chromium_headless_shell-*/*/chrome-headless-shell", "chromium-*/*/chrome")
    return any(glob.glob(os.path.join(root, pattern)) for pattern in patterns)


def launch_options() -> dict[str, Any]:
    options: dict[str, Any] = {"headless": True, "timeout": 30000, "args": list(BROWSER_ARGS)}
    override = os.environ.get("XXGK_CHROMIUM_PATH")
    if override:
        options["executable_path"] = override
    elif not _playwright_browser_installed():
        found = next((p for p in SYSTEM_CHROMIUMS if os.access(p, os.X_OK)), None)
        if found:
            options["executable_path"] = found
    return options


def http_head(first_line: str, headers: list[dict[str, str]], body_length: int) -> bytes:
    """An HTTP/1.1 head from browser-reported headers, describing the decoded body that is stored."""
    lines = [first_line]
    for header in headers:
        name, value = header["name"], header["value"]
        if name.lower() in _REBUILT_HEADERS:
            name = f"X-Archive-Orig-{name}"
        for part in value.split("\n"):  # Playwright joins repeated headers (Set-Cookie) with newlines
            lines.append(f"{name}: {part}")
    lines.append(f"Content-Length: {body_length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


class BrowserCapture:
    """Archives the network responses of one browser-rendered Scrapy request."""

    def __init__(self, request: Any, on_capture: Any):
        self.request, self.on_capture = request, on_capture
        self.pending: set[asyncio.Task[Any]] = set()
        self.record_ids: dict[str, str] = {}  # URL → response record id

    def attach(self) -> None:
        from scrapy_playwright.page import PageMethod

        meta = self.request.meta
        handlers = dict(meta.get("playwright_page_event_handlers") or {})
        handlers["requestfinished"] = self.on_request_finished
        meta["playwright_page_event_handlers"] = handlers
        meta["playwright_page_methods"] = [*meta.get("playwright_page_methods", []), PageMethod(self.settle)]
        meta["xxgk_browser_capture"] = self

    def on_request_finished(self, pw_request: Any) -> None:
        if pw_request.resource_type in CAPTURED_RESOURCE_TYPES:
            task = asyncio.ensure_future(self._capture(pw_request))
            self.pending.add(task)
            task.add_done_callback(self.pending.discard)

    async def settle(self, page: Any) -> None:
        """Last page method: wait for the captures still being written."""
        while self.pending:
            await asyncio.gather(*list(self.pending), return_exceptions=True)

    async def _capture(self, pw_request: Any) -> None:
        try:
            response = await pw_request.response()
            if response is None:
                return
            body, headers, sent_headers, server = await asyncio.gather(  # one browser round trip, not four
                response.body(), response.headers_array(), pw_request.headers_array(), response.server_addr())
        except Exception as exc:  # the page may be gone; the capture is then lost, not the crawl
            logger.debug("browser capture of %s failed: %s", pw_request.url, exc)
            return
        parts = urlsplit(pw_request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_head = [f"{pw_request.method} {target} HTTP/1.1"] + [f"{h['name']}: {h['value']}" for h in sent_headers]
        raw_request = ("\r\n".join(request_head) + "\r\n\r\n").encode("utf-8") + (pw_request.post_data_buffer or b"")
        raw_response = http_head(f"HTTP/1.1 {response.status} {response.status_text}", headers, len(body)) + body
        ip = server["ipAddress"] if server else None
        self.record_ids[pw_request.url] = self.on_capture(self.request, pw_request.url, raw_request, raw_response,
                                                          response.status, ip)
