"""The one generic spider: seeds → homepage → disclosure section → annual-report columns (and department / year
sub-catalogues, every list page) → reports (all their pages and attachments) → one report item each.

Roles (request.meta["xxgk_role"]): homepage | column (disclosure section) | listing (annual-report list pages) |
report | report_part | attachment. Every fetched page yields a "page" item (metadata + the candidates looked at);
a report yields a "report" item once all its pages and attachments are in. All state a request needs travels in its
meta (plain data), so JOBDIR persistence and the scrapy-redis scheduler work unchanged.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.http import FormRequest, Request, Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from pipelines.attachment_links import find_attachment_links
from pipelines.attachments.safety import DEFAULT_MAX_BYTES
from pipelines.classify import (
    LinkContext,
    classify_link,
    column_kind,
    foreign_attachment_reason,
    is_attachment_url,
    looks_like_report_page,
)
from pipelines.listing import (
    Listing,
    dataproxy_as_get,
    json_next_pages,
    next_dataproxy_url,
    parse_json_listing,
    parse_listing,
)
from pipelines.records import Candidate, Fetched

from ..browser import launch_options
from ..extensions import ARCHIVE_COMPONENTS, shared_store
from ..middlewares.failures import failure_kind, soft_404
from ..rules import (
    Budget,
    canonicalize_url,
    in_scope,
    is_report_part,
    part_number,
    registered_domain,
    trap_reason,
)
from ..seeds import Seed, read_seeds

ITEM = dict[str, Any]
# Pages in a row that a pager may lead through without any new link (empty pages of a long 下一页 chain are
# real; past this many it is a calendar widget or a server ignoring its page parameter).
MAX_IDLE_LIST_PAGES = 15


_DATED_LINK_JS = "() => Array.from(document.links).some(a => /(19|20)\\d{2}\\s*年/.test(a.textContent))"


async def settle(page: Any, timeout_ms: int = 8000, late_list_ms: int = 3000) -> None:
    """Let a page's scripts finish drawing the list; a page that never goes quiet (polling, tickers) is taken as is.
    A list fetched after a delay (setTimeout, then fetch) starts after the network went idle: wait for dated links."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    for wait in (lambda: page.wait_for_load_state("networkidle", timeout=timeout_ms),
                 lambda: page.wait_for_function(_DATED_LINK_JS, timeout=late_list_ms)):
        try:  # (each on its own: a slow machine that misses the quiet network still waits for the dated links)
            await wait()
        except PlaywrightTimeout:
            pass


def headers_of(response: Response) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v[0].decode("latin-1") for k, v in response.headers.items() if v}


class PortalsSpider(scrapy.Spider):
    name = "portals"

    def __init__(self, seeds: str | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.seeds_path = seeds

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # The archive's components (WARC capture, crawl row, item pipeline) and our failure middleware, for both
        # `xxgk crawl` and `scrapy crawl portals`.
        for name, components in ARCHIVE_COMPONENTS.items():
            current = settings.getdict(name)
            settings.set(name, {**components, **current}, priority="spider")
        if not settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"):
            settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch_options(), priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.seeds_path = spider.seeds_path or s.get("XXGK_SEEDS_FILE")
        spider.max_depth = s.getint("XXGK_MAX_DEPTH", 8)
        spider.max_column_hops = s.getint("XXGK_MAX_COLUMN_HOPS", 4)
        spider.max_list_pages = s.getint("XXGK_MAX_LIST_PAGES", 1000)
        spider.budget = Budget(per_host=s.getint("XXGK_HOST_BUDGET", 3000))
        spider.browser = s.getbool("XXGK_BROWSER", True)
        spider.attachment_maxsize = s.getint("XXGK_ATTACHMENT_MAXSIZE", DEFAULT_MAX_BYTES)
        spider.seeds, spider.seed_errors = read_seeds(spider.seeds_path) if spider.seeds_path else ([], [])
        spider.scopes = {seed.portal_id: spider.scope_of(seed) for seed in spider.seeds}
        spider.seen_reports: set[str] = set()
        spider.taken: set[str] = set()
        spider.site_chrome: dict[str, set[str]] = {}  # per portal: the homepage's links (navigation, not content)
        return spider

    @staticmethod
    def scope_of(seed: Seed) -> set[str]:
        return {registered_domain(u) for u in (seed.homepage, *seed.start_urls)}

    # -- start --------------------------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        for error in self.seed_errors:
            self.logger.error("bad seed row skipped: %s", error)
        store = shared_store(self.crawler)
        if store is not None:  # reports refer to their portal row
            store.upsert_portals(seed.as_row() for seed in self.seeds)
        for seed in self.seeds:
            self.logger.info("[%s] start %s (%s)", seed.portal_id, seed.homepage, seed.name)
            yield self.page_request(canonicalize_url(seed.homepage), seed.portal_id, "homepage", via=None, depth=0)
            for url in seed.start_urls:
                yield self.page_request(canonicalize_url(url), seed.portal_id, "listing", via=None, depth=0,
                                        column=("annual", "start URL"))

    # -- request building ---------------------------------------------------------------------------------------
    def refuse_reason(self, url: str, portal: str, depth: int) -> str | None:
        if not in_scope(url, self.scopes.get(portal, set())):
            return "out of scope (other registered domain)"
        trap = trap_reason(url)
        if trap:
            return f"trap: {trap}"
        if depth > self.max_depth:
            return f"deeper than {self.max_depth} hops"
        if not self.budget.take(url):
            return f"per-host budget of {self.budget.per_host} pages spent"
        return None

    def page_request(self, url: str, portal: str, role: str, *, via: str | None, depth: int,
                     column: tuple[str, str] = ("other", ""), hops: int = 0, render: bool = False,
                     method: str = "GET", formdata: dict[str, str] | None = None) -> Request:
        meta = {"xxgk_portal": portal, "xxgk_role": role, "xxgk_via": via, "xxgk_depth": depth,
                "xxgk_column": list(column), "xxgk_hops": hops}
        if render:
            from scrapy_playwright.page import PageMethod

            meta.update(playwright=True, xxgk_rendered=True, playwright_page_methods=[PageMethod(settle)])
        if formdata is not None:  # a Hanweb dataproxy call: POST the form, or GET with the form in the query
            meta["xxgk_form"] = formdata
            if method == "POST":
                return FormRequest(url, formdata=formdata, method=method, meta=meta, callback=self.parse_page,
                                   errback=self.page_failed)
            url = dataproxy_as_get(url, formdata)
        return Request(url, meta=meta, callback=self.parse_page, errback=self.page_failed, dont_filter=render)

    def follow(self, url: str, response: Response, role: str, candidate: Candidate | None = None, *,
               paging: bool = False, **kwargs: Any) -> Request | None:
        """A request for a discovered link, or None (and the candidate marked skip) when rules refuse it.

        More pages of the same list (`paging`) keep the list's depth, so a long 下一页 chain is not cut off by the
        depth limit; XXGK_MAX_LIST_PAGES bounds such chains instead."""
        meta = response.meta
        depth = meta["xxgk_depth"] + (0 if paging else 1)
        list_pages = meta.get("xxgk_list_pages", 0) + 1 if paging else 0
        refused = self.refuse_reason(url, meta["xxgk_portal"], depth)
        if list_pages > self.max_list_pages:
            refused = f"more than {self.max_list_pages} pages in one list"
        if refused:
            if candidate is not None:
                candidate.decision, candidate.reason = "skip", f"{refused}; was: {candidate.reason}"
            return None
        request = self.page_request(url, meta["xxgk_portal"], role, via=response.url, depth=depth, **kwargs)
        request.meta["xxgk_list_pages"] = list_pages
        # a document listed by a page that is unchanged since the last crawl may be answered from the archive
        request.meta["xxgk_via_unchanged"] = bool(meta.get("xxgk_unchanged"))
        return request

    # -- items --------------------------------------------------------------------------------------------------
    def page_item(self, response: Response, role: str, candidates: list[Candidate], *, decision: str = "take",
                  reason: str = "", report: str | None = None, part: int = 0,
                  outlinks: list[str] | None = None, link_title: str | None = None) -> ITEM:
        meta = response.meta
        portal = meta["xxgk_portal"]
        return {"type": "page", "url": response.url, "capture_id": meta.get("xxgk_capture_id"),
                "meta": {"portal_id": portal, "via": meta.get("xxgk_via"), "depth": meta.get("xxgk_depth", 0),
                         "render_mode": "browser" if meta.get("playwright") else "http", "role": role,
                         "report": report, "part": part, "decision": decision, "reason": reason,
                         "outlinks": outlinks or [], **({"link_title": link_title} if link_title else {})},
                "candidates": candidates}

    # -- discovery pages ----------------------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterator[ITEM | Request]:
        meta = response.meta
        role = meta["xxgk_role"]
        if not isinstance(response, TextResponse):
            yield self.page_item(response, "other", [], decision="skip", reason="not a text page")
            return
        if soft_404(response):  # recorded as a failure by FailureMiddleware
            yield self.page_item(response, "other", [], decision="skip", reason="soft-404 page")
            return
        if role == "homepage":  # a portal that moved (集约化) redirects its homepage: its new domain is in scope
            self.scopes.setdefault(meta["xxgk_portal"], set()).add(registered_domain(response.url))
        listing = self.listing_of(response)
        if role == "listing" and self.needs_rendering(response, listing):
            yield from self.render_instead(response, [])
            # The list's API too, directly: the browser draws what the page shows (often page 1 of a paginated
            # API); asked directly, the API names its other pages.
            yield from self.json_api_requests(response, listing)
            return
        candidates: list[Candidate] = []
        requests: list[Request] = []
        column_kind_here, column_title = meta["xxgk_column"]
        for url, text, context in listing.links:
            url = canonicalize_url(url)
            where = LinkContext(column_kind_here, column_title or listing.page_title, context)
            candidate = classify_link(url, text, where, via=response.url)
            trap = trap_reason(url)
            if trap and candidate.decision == "take":
                candidate.decision, candidate.reason = "skip", f"trap: {trap}; was: {candidate.reason}"
            if role == "homepage":
                self.site_chrome.setdefault(meta["xxgk_portal"], set()).add(url)
            request = self.request_for(candidate, response, role)
            if request is not None:
                requests.append(request)
            if candidate.decision == "take":
                self.taken.add(url)
            # Keep the table's one row per URL meaningful: a later page's skip must not hide an earlier take.
            if (role == "listing" or candidate.kind != "other") and (candidate.decision == "take"
                                                                   or url not in self.taken):
                candidates.append(candidate)
        if not any(c.decision == "take" for c in candidates):
            if self.needs_rendering(response, listing):
                yield from self.render_instead(response, candidates)  # a homepage or section drawn by JavaScript
                return
            if role in ("listing", "column") and response.url not in self.seen_reports \
                    and looks_like_report_page(response.text):
                yield from self.report_instead(response)  # the "column" link led straight to a report
                return
        if role in ("listing", "column") and not self.adds_nothing(response, listing):
            requests += self.paging_requests(response, listing, role)
        yield self.page_item(response, role, candidates, outlinks=[r.url for r in requests])
        yield from requests

    def report_instead(self, response: TextResponse) -> Iterator[ITEM | Request]:
        self.seen_reports.add(response.url)
        response.meta.update(xxgk_role="report", xxgk_part=0, xxgk_report=self.new_report_state(response.url))
        yield from self.parse_report_page(response)

    def listing_instead(self, response: TextResponse) -> Iterator[ITEM | Request]:
        response.meta.update(xxgk_role="listing", xxgk_column=["annual", parse_listing(response.text,
                                                                                       response.url).page_title])
        yield from self.parse_page(response)

    def needs_rendering(self, response: Response, listing: Listing) -> bool:
        return listing.needs_browser and self.browser and not response.meta.get("xxgk_rendered")

    def render_instead(self, response: Response, candidates: list[Candidate]) -> Iterator[ITEM | Request]:
        meta = response.meta
        yield self.page_item(response, meta["xxgk_role"], candidates,
                             reason="page built by JavaScript: rendering it in the browser")
        yield self.page_request(response.url, meta["xxgk_portal"], meta["xxgk_role"], via=meta.get("xxgk_via"),
                                depth=meta["xxgk_depth"], column=tuple(meta["xxgk_column"]), hops=meta["xxgk_hops"],
                                render=True)

    def listing_of(self, response: TextResponse) -> Listing:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if "json" in content_type or response.text.lstrip()[:1] in ("{", "["):
            return Listing(links=parse_json_listing(response.text, response.url),
                           next_pages=json_next_pages(response.text, response.url))
        return parse_listing(response.text, response.url)

    def request_for(self, candidate: Candidate, response: Response, role: str) -> Request | None:
        if candidate.decision != "take":
            return None
        hops = response.meta["xxgk_hops"]
        if candidate.kind in ("report", "attachment"):
            return self.report_request(candidate, response)
        if candidate.kind in ("listing", "column") and role != "homepage" \
                and candidate.url in self.site_chrome.get(response.meta["xxgk_portal"], ()):
            candidate.decision, candidate.reason = "skip", f"site navigation link, not a sub-catalogue: {candidate.text}"
            return None
        if candidate.kind == "listing":
            return self.follow(candidate.url, response, "listing", candidate, column=("annual", candidate.text))
        kind, _, _ = column_kind(candidate.url, candidate.text)
        if kind == "annual":
            return self.follow(candidate.url, response, "listing", candidate, column=("annual", candidate.text))
        if role in ("homepage", "column") and hops < self.max_column_hops:
            return self.follow(candidate.url, response, "column", candidate, column=("disclosure", candidate.text),
                               hops=hops + 1)
        candidate.decision, candidate.reason = "skip", f"disclosure link not followed from a {role} page"
        return None

    @staticmethod
    def content_links(response: Response, listing: Listing) -> set[str]:
        """The page's links other than its pager (and itself)."""
        pager = {canonicalize_url(u) for u in listing.next_pages} | {canonicalize_url(response.url)}
        return {canonicalize_url(u) for u, _, _ in listing.links} - pager

    def idle_pages(self, response: Response, listing: Listing) -> int:
        """How many pages in a row, up to this one, were reached by paging and linked nothing their predecessor did
        not: a calendar widget's next month, a server ignoring the page parameter, an empty page of a chain."""
        before = response.meta.get("xxgk_prev_links")
        if before is None or not self.content_links(response, listing) <= set(before):
            return 0
        return response.meta.get("xxgk_idle_pages", 0) + 1

    def adds_nothing(self, response: Response, listing: Listing) -> bool:
        """Too many idle pages in a row: following this page's pager would only lead on into a trap."""
        return self.idle_pages(response, listing) > MAX_IDLE_LIST_PAGES

    def paging_requests(self, response: Response, listing: Listing, role: str) -> list[Request]:
        column = tuple(response.meta["xxgk_column"])
        hops = response.meta["xxgk_hops"]
        requests = [self.follow(canonicalize_url(u), response, role, column=column, hops=hops, paging=True)
                    for u in listing.next_pages]
        # A pager's pages remember what this one listed (with this page's own address, often "首页" on page 2).
        # Not API, dataproxy or iframe calls: those may well repeat the records the page shows.
        seen = sorted(self.content_links(response, listing) | {canonicalize_url(response.url)})
        idle = self.idle_pages(response, listing)
        for request in requests:
            if request is not None:
                request.meta.update(xxgk_prev_links=seen, xxgk_idle_pages=idle)
        requests += [self.follow(canonicalize_url(u), response, role, column=column, hops=hops, paging=True)
                     for u in listing.iframes]
        requests += [self.follow(u, response, role, column=column, hops=hops, method=m, formdata=f, paging=True)
                     for u, m, f in listing.dataproxy]
        requests += self.dataproxy_followups(response, listing)
        if not response.meta.get("xxgk_rendered"):  # a rendered page's APIs were asked before it was rendered
            requests += self.json_api_requests(response, listing)
        return [r for r in requests if r is not None]

    def json_api_requests(self, response: Response, listing: Listing) -> list[Request]:
        meta = response.meta
        requests = [self.follow(canonicalize_url(u), response, "listing", column=tuple(meta["xxgk_column"]),
                                hops=meta["xxgk_hops"], paging=True) for u in listing.json_apis]
        return [r for r in requests if r is not None]

    def dataproxy_followups(self, response: Response, listing: Listing) -> list[Request]:
        """Hanweb dataproxy answers: ask for the records after a capped range; retry an empty POST as a GET."""
        form = response.meta.get("xxgk_form")
        if form is None:
            return []
        column, hops = tuple(response.meta["xxgk_column"]), response.meta["xxgk_hops"]
        method = response.request.method
        if listing.record_count == 0 and method == "POST":
            return [self.page_request(response.url, response.meta["xxgk_portal"], "listing",
                                      via=response.meta.get("xxgk_via"), depth=response.meta["xxgk_depth"],
                                      column=column, hops=hops, method="GET", formdata=form)]
        following = next_dataproxy_url(response.url, listing.record_count, listing.total_records)
        if following is None:
            return []
        request = self.follow(following, response, "listing", column=column, hops=hops, method=method, formdata=form,
                              paging=True)
        return [request] if request is not None else []

    def page_failed(self, failure: Failure) -> Iterator[Request]:
        # FailureMiddleware has recorded it (failures table, failed-portal count); say so in the log too.
        request = failure.request
        form = request.meta.get("xxgk_form")
        if form is not None and request.method == "POST":  # a dataproxy that refuses POST may answer a GET
            yield self.page_request(request.url, request.meta["xxgk_portal"], "listing",
                                    via=request.meta.get("xxgk_via"), depth=request.meta["xxgk_depth"],
                                    column=tuple(request.meta["xxgk_column"]), hops=request.meta["xxgk_hops"],
                                    method="GET", formdata=form)
        kind = failure_kind(failure.value)
        self.logger.warning("[%s] %s failed (%s): %s", request.meta.get("xxgk_portal"), request.url, kind,
                            failure.getErrorMessage())

    # -- reports --------------------------------------------------------------------------------------------------
    def report_request(self, candidate: Candidate, response: Response) -> Request | None:
        url = candidate.url
        if url in self.seen_reports:
            candidate.reason = f"{candidate.reason} (already taken)"
            return None
        role = "attachment" if is_attachment_url(url) else "report"
        request = self.follow(url, response, role, candidate)
        if request is None:
            return None
        self.seen_reports.add(url)
        state = self.new_report_state(url)
        state["link_title"] = candidate.text or None
        return self.chain_request(request, state, role, 0)

    @staticmethod
    def new_report_state(url: str) -> dict[str, Any]:
        # unchanged: every page of the report so far is unchanged since the last crawl (parts need no re-check)
        return {"report": url, "pages": [], "attachments": [], "todo": [], "done": [url], "unchanged": True}

    def chain_request(self, request: Request, state: dict[str, Any], role: str, part: int) -> Request:
        meta = {**request.meta, "xxgk_role": role, "xxgk_report": state, "xxgk_part": part}
        if role == "attachment":
            meta["download_maxsize"] = self.attachment_maxsize
        # The first page goes through the (possibly shared) duplicate filter, so one worker owns each report; the
        # rest of its chain must never be dropped, or the report item would never be yielded.
        return request.replace(meta=meta, callback=self.parse_report_page, errback=self.report_part_failed,
                               dont_filter=request.url != state["report"])

    def parse_report_page(self, response: Response) -> Iterator[ITEM | Request]:
        meta = response.meta
        state, role, part = meta["xxgk_report"], meta["xxgk_role"], meta["xxgk_part"]
        state["unchanged"] = state.get("unchanged", True) and bool(meta.get("xxgk_unchanged"))
        fetched = Fetched(url=response.url, body=response.body, headers=headers_of(response),
                          status=response.status, capture_id=meta.get("xxgk_capture_id"))
        candidates: list[Candidate] = []
        decision = "take"
        if role == "attachment":
            state["attachments"].append(fetched)
        elif isinstance(response, TextResponse) and not soft_404(response):
            if part == 0 and self.is_list_page(response):
                yield from self.listing_instead(response)  # a title-only link led to a list of reports
                return
            state["pages"].append(fetched)
            candidates = self.queue_parts_and_attachments(response, state)
        else:
            decision = "skip"  # in the metadata record too, so the offline re-parse leaves the page out as well
            candidates.append(Candidate(url=response.url, text="", kind="report", decision="skip",
                                        reason="report page is a soft-404", via=meta.get("xxgk_via")))
        yield self.page_item(response, role, candidates, decision=decision, report=state["report"], part=part,
                             outlinks=[u for u, _ in state["todo"]],
                             link_title=state.get("link_title") if response.url == state["report"] else None)
        yield from self.next_in_chain(response, state)

    def is_list_page(self, response: TextResponse) -> bool:
        """A page taken for a report that is really a list: several report links, no report text, no attachment."""
        if looks_like_report_page(response.text) or find_attachment_links(response.text, response.url):
            return False
        where = LinkContext("annual", "", "")
        verdicts = [classify_link(u, t, where) for u, t, _ in parse_listing(response.text, response.url).links
                    if u != response.url]
        return len({c.url for c in verdicts if c.kind == "report" and c.decision == "take"}) >= 2

    def queue_parts_and_attachments(self, response: TextResponse, state: dict[str, Any]) -> list[Candidate]:
        """In-article pagination (下一页, _2.html, createPageHTML) and attachments of one report page."""
        listing = parse_listing(response.text, response.url)
        report = state["report"]
        links = [(canonicalize_url(u), t) for u, t, _ in listing.links]
        links += [(canonicalize_url(u), "next page") for u in listing.next_pages]
        found = [(u, "report_part", t) for u, t in links if is_report_part(report, u)]
        found += [(canonicalize_url(u), "attachment", t) for u, t in find_attachment_links(response.text, response.url)]
        # Report text framed in from another page (not a PDF viewer: its file is among the attachments).
        found += [(canonicalize_url(u), "report_part", "iframe") for u in listing.iframes
                  if not is_attachment_url(u) and "file=" not in u and "viewer" not in u.lower()]
        candidates = []
        portal = response.meta["xxgk_portal"]
        for url, role, text in sorted(found, key=lambda f: (f[1] == "attachment", part_number(f[0]))):
            if url in state["done"]:
                continue
            state["done"].append(url)
            trap = trap_reason(url)
            refused = ("out of scope" if not in_scope(url, self.scopes.get(portal, set()))
                       else f"trap: {trap}" if trap
                       else foreign_attachment_reason(text, listing.page_title) if role == "attachment" else None)
            kind = "attachment" if role == "attachment" else "report"
            reason = refused or ("attachment of the report" if role == "attachment" else "next page of the report")
            candidates.append(Candidate(url=url, text=text, kind=kind, decision="skip" if refused else "take",
                                        reason=reason, via=response.url))
            if not refused:
                state["todo"].append([url, role])
        return candidates

    def next_in_chain(self, response: Response, state: dict[str, Any]) -> Iterator[ITEM | Request]:
        meta = response.meta
        if state["todo"]:
            url, role = state["todo"].pop(0)
            part = len(state["pages"]) if role == "report_part" else len(state["attachments"])
            request = self.page_request(url, meta["xxgk_portal"], role, via=state["report"], depth=meta["xxgk_depth"])
            request.meta["xxgk_via_unchanged"] = state.get("unchanged", False)
            yield self.chain_request(request, state, role, part)
            return
        if state["pages"] or state["attachments"]:
            portal = meta["xxgk_portal"]
            self.logger.info("[%s] report %s (%d pages, %d attachments)", portal, state["report"],
                             len(state["pages"]), len(state["attachments"]))
            yield {"type": "report", "portal_id": portal, "pages": state["pages"], "attachments": state["attachments"],
                   "link_title": state.get("link_title")}

    def report_part_failed(self, failure: Failure) -> Iterator[ITEM | Request]:
        request = failure.request
        state = request.meta["xxgk_report"]
        state["unchanged"] = False
        kind = failure_kind(failure.value)
        self.logger.warning("[%s] %s of report %s failed (%s): %s", request.meta.get("xxgk_portal"), request.url,
                            state["report"], kind, failure.getErrorMessage())
        if kind == "size":
            candidate = Candidate(url=request.url, text="", kind="attachment", decision="skip",
                                  reason=f"attachment larger than {self.attachment_maxsize} bytes", via=state["report"])
            yield {"type": "page", "url": request.url, "capture_id": None,
                   "meta": {"portal_id": request.meta["xxgk_portal"], "via": state["report"],
                            "depth": request.meta.get("xxgk_depth", 0), "render_mode": "http", "role": "attachment",
                            "report": state["report"], "part": request.meta["xxgk_part"], "decision": "skip",
                            "reason": candidate.reason, "outlinks": []},
                   "candidates": [candidate]}
        yield from self.next_in_chain(_FailedResponse(request), state)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        summary = {seed.portal_id: {"pages": stats.get_value(f"xxgk/pages/{seed.portal_id}", 0),
                                    "reports": stats.get_value(f"xxgk/reports/{seed.portal_id}", 0)}
                   for seed in self.seeds}
        self.logger.info("discovery finished (%s): %s", reason, json.dumps(summary, ensure_ascii=False))
        summary_path = self.crawler.settings.get("XXGK_SUMMARY_FILE")
        if summary_path:
            content = {"portals": summary, "failed_portals": stats.get_value("xxgk/failed_portals", 0),
                       "failures": stats.get_value("xxgk/failures", 0), "seed_errors": self.seed_errors}
            Path(summary_path).write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")


class _FailedResponse:
    """Stands in for the response of a failed chain request: next_in_chain only reads its meta."""

    def __init__(self, request: Request):
        self.meta = request.meta

