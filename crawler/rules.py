"""Crawl rules (pure, no Scrapy): scope, URL canonicalisation, trap detection, budgets, soft-404.

Everything here is a function of a URL (or a page text) so the spider, the scheduler and the tests agree.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import tldextract
from w3lib.url import safe_url_string

# The bundled public-suffix snapshot only: crawling must never fetch the suffix list from the internet.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# Query parameters that only track the visitor; dropping them merges duplicate URLs.
TRACKING_PARAMS = frozenset({
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "spm", "from", "share", "isappinstalled",
    "jsessionid", "sessionid", "phpsessid", "sid_for_share", "_t", "t", "timestamp", "random", "r", "fbclid", "gclid",
})
# Calendar widgets generate a link for every day/month forever.
_CALENDAR_PARAMS = frozenset({"date", "day", "month", "ym", "calendar", "cal", "riqi", "rq"})
_CALENDAR_VALUE = re.compile(r"^(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?$")
_CALENDAR_PATH = re.compile(r"/(?:calendar|rili|riqi)(?:/|\.|$)|/\d{4}-\d{2}-\d{2}(?:/|\.|$)", re.I)
_SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*", re.I)

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
SOFT_404_MARKERS = ("页面不存在", "找不到页面", "找不到该页面", "页面未找到", "您访问的页面", "404NotFound", "页面已删除",
                    "信息已删除", "文章不存在", "PageNotFound", "栏目不存在", "该信息不存在", "页面走丢")


def canonicalize_url(url: str) -> str:
    """Lower-case scheme/host, drop default ports, fragments, session ids and tracking parameters; sort the query.
    Non-ASCII characters are percent-encoded (UTF-8) as Scrapy sends them, so one page has one spelling."""
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = _SESSION_IN_PATH.sub("", parts.path) or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in TRACKING_PARAMS)
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote), ""))


def registered_domain(url_or_host: str) -> str:
    """The scope unit: the registrable domain (jingmen.gov.cn), or the bare host for IPs and localhost."""
    host = urlsplit(url_or_host).hostname if "//" in url_or_host else url_or_host.split(":")[0]
    host = (host or "").lower()
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    ext = _EXTRACT(host)
    if ext.suffix:
        return ext.top_domain_under_public_suffix or host
    return ".".join(host.split(".")[-2:])  # unknown suffix (test or intranet names): the last two labels


def in_scope(url: str, scope: set[str]) -> bool:
    return urlsplit(url).scheme in ("http", "https") and registered_domain(url) in scope


def trap_reason(url: str, *, max_repeats: int = 2, max_segments: int = 12, max_length: int = 400) -> str | None:
    """Why a URL looks like a crawler trap (repeated path segments, calendars, endless paths), or None."""
    parts = urlsplit(url)
    if len(url) > max_length:
        return f"URL longer than {max_length} characters"
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) > max_segments:
        return f"path deeper than {max_segments} segments"
    repeated = [s for s, n in Counter(segments).items() if n > max_repeats]
    if repeated:
        return f"repeated path segment {repeated[0]!r}"
    if _CALENDAR_PATH.search(parts.path):
        return "calendar path"
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(k.lower() in _CALENDAR_PARAMS or _CALENDAR_VALUE.match(v) for k, v in query):
        return "calendar query parameter"
    return None


_PAGE_PARAMS = ("page", "pageno", "pagenum", "curpage", "p", "pageindex")


def _page_param(query: str) -> tuple[list[tuple[str, str]], int | None]:
    """The query without its page parameter, and the page number."""
    rest, page = [], None
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.lower() in _PAGE_PARAMS and value.isdigit():
            page = int(value)
        else:
            rest.append((key, value))
    return sorted(rest), page


def is_report_part(report_url: str, url: str) -> bool:
    """Another page of the same article: `{stem}_N.{ext}` (TRS, most CMSs) or the same URL with a page parameter."""
    report, other = urlsplit(report_url), urlsplit(url)
    if report.netloc != other.netloc:
        return False
    stem, dot, ext = report.path.rpartition(".")
    if not dot or "/" in ext:
        stem, ext = report.path, ""
    suffix = rf"_\d+(?:\.{re.escape(ext)})?" if ext else r"_\d+"
    if re.fullmatch(re.escape(stem) + suffix, other.path):
        return True
    rest, page = _page_param(other.query)
    return other.path == report.path and page is not None and rest == _page_param(report.query)[0]


def part_number(url: str) -> int:
    """Order of a report page: N of `_N.html` or of a page parameter (the first page is 0)."""
    parts = urlsplit(url)
    match = re.search(r"_(\d+)(?:\.\w+)?$", parts.path)
    if match:
        return int(match.group(1))
    return _page_param(parts.query)[1] or 0


def is_soft_404(html: str) -> bool:
    """A 200 page that says the page does not exist: a not-found marker in its <title>, or in its visible text when
    that text is short (a report that mentions 找不到 in passing is long)."""
    title = _TITLE.search(html[:20000])
    if title and any(marker in re.sub(r"\s+", "", title.group(1)) for marker in SOFT_404_MARKERS):
        return True
    text = re.sub(r"\s+", "", _TAG.sub(" ", _SCRIPT.sub(" ", html[:200000])))
    return len(text) < 1500 and any(marker in text for marker in SOFT_404_MARKERS)


@dataclass
class Budget:
    """Per-host budget of distinct URLs: bounds what any one host (or a trap no rule recognises) can cost. A URL
    asked for again (every list page names all its siblings) is not counted twice."""

    per_host: int = 2000
    used: Counter[str] = field(default_factory=Counter)
    seen: set[str] = field(default_factory=set)

    def take(self, url: str) -> bool:
        if url in self.seen:
            return True
        host = urlsplit(url).netloc
        if self.used[host] >= self.per_host:
            return False
        self.used[host] += 1
        self.seen.add(url)
        return True
