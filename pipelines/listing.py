"""List pages → links with their context, further pages, and CMS-specific paging (spec 3.4). Pure: text + URL in.

Handles plain links and 下一页, TRS `createPageHTML(total, current, "index", "html")` / `countPage`, Hanweb
`<script type="text/xml">` datastores (CDATA records, `nextgroup` → one dataproxy call with a large endrecord),
Hanweb `xxgkAnnualReport.jsp?fbtime=` enumeration, gkmlpt JSON APIs, iframes, and lists built by JavaScript.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import lxml.html

Link = tuple[str, str, str]  # (absolute url, link text, context: the text of the row/item around the link)

NEXT_TEXTS = ("下一页", "下页", "后页", "下一頁", "尾页", "末页", "上一页", "上页", "next", "Next", ">", "›", "»", "<", "«")
# Numbered pager links ("2", "3" …) count as pages only when their URL looks like a list page.
_PAGE_URL = re.compile(r"(?:index|list|default|more)?_\d+\.\w+$|[?&](?:page|pageno|pagenum|curpage|p|pageindex)=\d+",
                       re.I)
_PAGER_DECORATION = re.compile(r"[\s\[\]【】<>«»‹›＜＞《》〈〉]+")
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#", "data:")
_TRS_PAGER = re.compile(r"createPageHTML\(\s*(?:['\"][\w-]*['\"]\s*,\s*)?(\w+)\s*,\s*(\w+)\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]")
_COUNT_PAGE = re.compile(r"\b(?:var\s+)?countPage\s*=\s*['\"]?(\d+)")
_CDATA_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
_TOTAL_RECORDS = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>|\btotalRecord\s*[=:]\s*['\"]?(\d+)", re.I)
_NEXTGROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[(.*?)\]\]>\s*</nextgroup>", re.S)
_HREF = re.compile(r"""href\s*=\s*['"]([^'"]+)['"]""")
_ANNUAL_JSP = re.compile(r"""['"(]?([\w/.-]*xxgkAnnualReport\.jsp)(\?[^'"\s)<>]*)?""")
_AJAX_CALL = re.compile(r"\bfetch\s*\(|XMLHttpRequest|\$\.(?:ajax|get|getJSON|post)\s*\(|axios\.|new\s+Vue|createApp\(")
# …/list.json, …/x.do, …/api/… — and root APIs ("/api/article/list?…") whose path starts with the /api/ itself.
_API_URL = re.compile(r"""['"]((?:(?:https?://[^'"\s]+|/?[\w./-]+)(?:\.json|/api/[^'"\s]*|\.do|\.action)|/api/[^'"\s]*)"""
                      r"""(?:\?[^'"\s]*)?)['"]""")
_GKMLPT_SID = re.compile(r"""\bSID\s*[:=]\s*['"]?(\w+)""")
_GKMLPT_CAT = re.compile(r"/gkmlpt/(?:index|policy)?#?(\d+)|catid\s*[:=]\s*['\"]?(\d+)")
_GKMLPT_CATEGORY_LINK = re.compile(r"/gkmlpt/(?:index|policy)?#(\d+)$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_YEAR_IN_TITLE = re.compile(r"(?:19|20)\d{2}\s*年")
_CONTEXT_TAGS = ("li", "tr", "dd", "dt", "p", "td")
MAX_CONTEXT = 200


@dataclass(slots=True)
class Listing:
    links: list[Link] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)
    dataproxy: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)  # (url, method, formdata)
    json_apis: list[str] = field(default_factory=list)
    iframes: list[str] = field(default_factory=list)
    needs_browser: bool = False
    page_title: str = ""
    record_count: int = 0  # Hanweb CDATA records on this page (a dataproxy answer's size)
    total_records: int | None = None  # Hanweb <totalrecord>: how many the column holds


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u3000", " ")).strip()


def _usable(href: str | None) -> bool:
    return bool(href) and not href.strip().lower().startswith(_SKIP_SCHEMES)


def _context_of(anchor: lxml.html.HtmlElement) -> str:
    """The row around a link (li/tr/dd/p, or a small div/span such as <div class="item"><a/><span>date</span>)."""
    context = ""
    for parent in anchor.iterancestors():
        if parent.tag in _CONTEXT_TAGS:
            return _clean(parent.text_content())[:MAX_CONTEXT]
        if parent.tag not in ("div", "span", "h3", "h4", "em", "strong") or len(parent.findall(".//a")) > 1:
            break
        text = _clean(parent.text_content())
        if len(text) > MAX_CONTEXT:
            break
        context = text  # a small wrapper around this link only: keep climbing while the row stays one link
    return context


def _anchor_text(anchor: lxml.html.HtmlElement) -> str:
    # Truncated list titles keep the full title in the title attribute.
    title = _clean(anchor.get("title") or "")
    text = _clean(anchor.text_content()) or " ".join(_clean(i.get("alt") or "") for i in anchor.iter("img")).strip()
    return title if len(title) > len(text) else text


def _links_from_tree(tree: lxml.html.HtmlElement, base: str) -> tuple[list[Link], list[str]]:
    links: list[Link] = []
    next_pages: list[str] = []
    for anchor in tree.iter("a"):
        href = anchor.get("href")
        if not _usable(href):
            continue
        url = urljoin(base, href.strip())
        text = _anchor_text(anchor)
        numbered = text.isdigit() and len(text) <= 3 and _PAGE_URL.search(url)
        bare = _PAGER_DECORATION.sub("", text)  # "[下一页]", "下一页>>", "尾 页", ">>"
        pager = text in NEXT_TEXTS or bare in NEXT_TEXTS or (text and not bare)
        if pager or numbered or "next" in (anchor.get("class") or "").lower():
            next_pages.append(url)
            continue
        links.append((url, text, _context_of(anchor)))
    return links, next_pages


def _fragment_tree(html: str) -> lxml.html.HtmlElement | None:
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    try:
        return lxml.html.fromstring(html) if html.strip() else None
    except (lxml.etree.ParserError, ValueError):
        return None


def _trs_pages(html: str, url: str) -> list[str]:
    """TRS: `createPageHTML(total, current, "index", "html")` → index.html, index_1.html … index_{total-1}.html."""
    match = _TRS_PAGER.search(html)
    if not match:
        return []
    total_token, _, stem, ext = match.groups()
    if total_token.isdigit():
        total = int(total_token)
    else:
        count = _COUNT_PAGE.search(html)
        total = int(count.group(1)) if count else 0
    return [urljoin(url, f"{stem}.{ext}" if n == 0 else f"{stem}_{n}.{ext}") for n in range(min(total, 500))]


def _hanweb(html: str, url: str) -> tuple[list[Link], list[tuple[str, str, dict[str, str]]]]:
    """Hanweb datastore: CDATA records (invisible to an HTML parser) and the nextgroup dataproxy call."""
    links: list[Link] = []
    for record in _CDATA_RECORD.findall(html):
        tree = _fragment_tree(record)
        if tree is not None:
            found, _ = _links_from_tree(tree, url)
            context = _clean(tree.text_content())[:MAX_CONTEXT]
            links += [(u, t, c or context) for u, t, c in found]
    calls = []
    for group in _NEXTGROUP.findall(html):
        href = _HREF.search(group)
        if not href:
            continue
        target = urljoin(url, href.group(1).replace("&amp;", "&"))
        parts = urlsplit(target)
        form = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if k not in ("page", "startrecord", "endrecord", "perpage")}
        form.setdefault("col", "1")
        proxy = f"{parts.scheme}://{parts.netloc}{parts.path}?startrecord=1&endrecord=5000&perpage=5000"
        calls.append((proxy, "POST", form))
    return links, calls


def _annual_report_jsp(html: str, url: str, last_year: int) -> list[str]:
    """Hanweb disclosure module: enumerate xxgkAnnualReport.jsp?fbtime=<year> over every year since 2008."""
    match = _ANNUAL_JSP.search(html)
    if not match:
        return []
    params = dict(parse_qsl((match.group(2) or "?")[1:].replace("&amp;", "&"), keep_blank_values=True))
    base = urljoin(url, match.group(1))
    pages = []
    for year in range(2008, last_year + 1):
        query = "&".join(f"{k}={v}" for k, v in sorted({**params, "fbtime": str(year)}.items()))
        pages.append(f"{base}?{query}")
    return pages


def _scripts(tree: lxml.html.HtmlElement) -> str:
    return "\n".join(s.text or "" for s in tree.iter("script") if (s.get("type") or "").lower() != "text/xml")


def _json_apis(scripts: str, html: str, url: str) -> list[str]:
    apis = [urljoin(url, u) for u in _API_URL.findall(scripts)]
    if "gkmlpt" in url or "gkmlpt" in html:
        sid, cat = _GKMLPT_SID.search(html), _GKMLPT_CAT.search(url) or _GKMLPT_CAT.search(html)
        if sid and cat:
            apis.append(urljoin(url, f"/gkmlpt/api/all/{cat.group(1) or cat.group(2)}?page=1&sid={sid.group(1)}"))
    return list(dict.fromkeys(apis))


def _gkmlpt_categories(links: list[Link], html: str, url: str) -> list[Link]:
    """gkmlpt catalogue entries (`/gkmlpt/index#2620` 政府信息公开年报) are drawn by JavaScript from the JSON list
    API: link each to its API page, so the entry's own text decides whether it is followed."""
    sid = _GKMLPT_SID.search(html) if "gkmlpt" in html else None
    if sid is None:
        return links
    rewritten = []
    for link_url, text, context in links:
        category = _GKMLPT_CATEGORY_LINK.search(link_url)
        if category:
            link_url = urljoin(url, f"/gkmlpt/api/all/{category.group(1)}?page=1&sid={sid.group(1)}")
        rewritten.append((link_url, text, context))
    return rewritten


def _unique_links(links: list[Link]) -> list[Link]:
    """One entry per (url, text): a Hanweb record can be seen both as markup and as CDATA."""
    unique: dict[tuple[str, str], Link] = {}
    for link in links:
        unique.setdefault(link[:2], link)
    return list(unique.values())


def _has_dated_links(links: list[Link]) -> bool:
    """A server-rendered list shows dated titles; a list built by JavaScript has none in the raw HTML."""
    return sum(1 for _, text, _ in links if _YEAR_IN_TITLE.search(text)) >= 2


def parse_listing(html: str, url: str, *, last_year: int | None = None) -> Listing:
    """Everything a list page offers the crawler. `last_year` bounds the fbtime enumeration (default: this year)."""
    tree = _fragment_tree(html)
    if tree is None:
        return Listing()
    base = url
    for element in tree.iter("base"):
        base = urljoin(url, element.get("href") or url)
        break
    links, next_pages = _links_from_tree(tree, base)
    links = _gkmlpt_categories(links, html, base)
    next_pages += _trs_pages(html, base)
    record_links, dataproxy = _hanweb(html, base)
    links += record_links
    next_pages += _annual_report_jsp(html, base, last_year or date.today().year)
    scripts = _scripts(tree)
    iframes = [urljoin(base, f.get("src")) for f in tree.iter("iframe", "frame") if _usable(f.get("src"))]
    apis = _json_apis(scripts, html, base) if _AJAX_CALL.search(scripts) or "gkmlpt" in html else []
    titles = [_clean(t.text_content()) for t in tree.iter("title")]
    total = _TOTAL_RECORDS.search(html)
    return Listing(
        links=_unique_links(links), next_pages=list(dict.fromkeys(next_pages)), dataproxy=dataproxy,
        json_apis=apis, iframes=list(dict.fromkeys(iframes)),
        needs_browser=bool(_AJAX_CALL.search(scripts)) and not record_links and not _has_dated_links(links),
        page_title=titles[0] if titles else "", record_count=len(_CDATA_RECORD.findall(html)),
        total_records=int(total.group(1) or total.group(2)) if total else None)


def next_dataproxy_url(url: str, returned: int, total: int | None) -> str | None:
    """The dataproxy call for the records after this answer, when the server capped the range it returned."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    start = int(query.get("startrecord", "1") or 1)
    if not total or returned <= 0 or start + returned > total:
        return None
    # Both paging dialects: record ranges (jpage) and page numbers of the answer's size (older dataproxy.jsp?page=N).
    query.update(startrecord=str(start + returned), endrecord=str(start + returned + 4999),
                 page=str((start - 1 + returned) // returned + 1))
    return parts._replace(query=urlencode(query)).geturl()


def dataproxy_as_get(url: str, form: dict[str, str]) -> str:
    """The same dataproxy call with the form fields in the query string (servers that refuse POST)."""
    parts = urlsplit(url)
    return parts._replace(query=urlencode({**dict(parse_qsl(parts.query)), **form})).geturl()


_PAGE_PARAMS = ("page", "pageno", "pagenum", "pageindex", "curpage", "currentpage", "p")
_PAGE_COUNT_KEYS = ("totalpage", "totalpages", "pagecount", "pages", "pagetotal", "totalpagenum")
_TOTAL_KEYS = ("total", "totalcount", "totalrecord", "totalrecords", "count", "recordcount")
_SIZE_KEYS = ("pagesize", "size", "rows", "limit", "perpage", "per_page")


def _find_number(data: object, keys: tuple[str, ...]) -> int | None:
    """The first integer under one of `keys` (case-insensitive), searched breadth-first through dicts."""
    queue = [data]
    while queue:
        node = queue.pop(0)
        if isinstance(node, dict):
            lower = {str(k).lower(): v for k, v in node.items()}
            for key in keys:
                value = lower.get(key)
                if isinstance(value, int | str) and str(value).isdigit():
                    return int(value)
            queue.extend(v for v in node.values() if isinstance(v, dict))
    return None


def json_next_pages(text: str, url: str, max_pages: int = 500) -> list[str]:
    """The other pages of a paginated JSON list API (page count, or total ÷ page size), same URL with page=N."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    pages = _find_number(data, _PAGE_COUNT_KEYS)
    if pages is None:
        total, size = _find_number(data, _TOTAL_KEYS), _find_number(data, _SIZE_KEYS)
        items = next((len(v) for v in _lists_in(data) if v), 0)
        size = size or items
        pages = -(-total // size) if total and size else None
    if not pages or pages <= 1:
        return []
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    name = next((k for k in query if k.lower() in _PAGE_PARAMS), "page")
    current = int(query[name]) if query.get(name, "").isdigit() else 1
    return [parts._replace(query=urlencode({**query, name: str(n)})).geturl()
            for n in range(1, min(pages, max_pages) + 1) if n != current]


def _lists_in(data: object) -> list[list[object]]:
    if isinstance(data, list):
        return [data]
    if isinstance(data, dict):
        return [found for value in data.values() for found in _lists_in(value)]
    return []


_URL_KEYS = ("url", "link", "href", "path", "pageurl", "docurl", "linkurl")
_URL_SUFFIXES = ("url", "link", "href")
_IMAGE_KEY = re.compile(r"img|pic|cover|thumb|icon|logo|avatar|image")
_TITLE_KEYS = ("title", "name", "text", "doctitle", "subject")
_DATE_KEYS = ("date", "time", "pubdate", "publishdate", "fbtime", "docreltime", "created", "first_publish_time")


def parse_json_listing(text: str, url: str) -> list[Link]:
    """Links from a JSON list API: every object with a URL-like and a title-like field, at any depth."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    links: list[Link] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            lower = {str(k).lower(): v for k, v in node.items()}
            # Named fields first, then any *url / *link / *title field (TRS DOCPUBURL, detailUrl, mainTitle …).
            link = next((lower[k] for k in (*_URL_KEYS, *sorted(k for k in lower if k.endswith(_URL_SUFFIXES)
                                                          and not _IMAGE_KEY.search(k)))
                         if isinstance(lower.get(k), str) and lower[k]), None)
            title = next((lower[k] for k in (*_TITLE_KEYS, *sorted(k for k in lower if k.endswith("title")))
                          if isinstance(lower.get(k), str)), "")
            if link and _usable(link):
                when = next((str(lower[k]) for k in _DATE_KEYS if lower.get(k)), "")
                links.append((urljoin(url, link), _clean(title), _clean(f"{title} {when}")))
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
    return links
