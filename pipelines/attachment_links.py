"""Attachment links on report and list pages: PDF/Word/Excel/WPS/OFD files however the page points at them.

Covers plain hrefs (any case, file names in the query string such as downfile.jsp?filename=…), pdf.js
viewers (viewer.html?file=<encoded url>), <iframe>/<embed>/<object> sources, and JavaScript handlers
(onclick="window.open('…')", download('…'), location.href=…). The link text falls back to the file name,
percent-decoded as UTF-8 or, failing that, GBK.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import quote, unquote_to_bytes, urldefrag, urljoin, urlsplit

import lxml.html

ATTACHMENT_EXTENSIONS = ("pdf", "doc", "docx", "wps", "rtf", "xls", "xlsx", "et", "ofd")
_EXT = "|".join(ATTACHMENT_EXTENSIONS)
_FILE_NAME = re.compile(rf"[^\s'\"<>|]+\.(?:{_EXT})(?![a-z0-9])", re.IGNORECASE)
_JS_STRING = re.compile(r"""['"]([^'"]+)['"]""")
_VIEWER_PARAMS = ("file", "url", "src")
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
_GENERIC_TEXT = {"", "下载", "点击下载", "附件", "附件下载", "点击查看", "查看", "预览", "在线预览", "download", "打开"}
_JS_ATTRIBUTES = ("onclick", "ondblclick", "onmousedown")
_DATA_ATTRIBUTES = ("data-url", "data-href", "data-file", "data-src", "data-download")
_SOURCE_TAGS = {"iframe": "src", "embed": "src", "object": "data", "frame": "src"}


def find_attachment_links(html: str, base_url: str) -> list[tuple[str, str]]:
    """(absolute url, link text) of every attachment the page points at, in page order, without repeats."""
    if not html.strip():
        return []
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    base = _document_base(root, base_url)
    found: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for raw, text in _element_targets(element):
            url = _attachment_url(raw, base)
            if url is None and _FILE_NAME.search(text):
                url = _download_url(raw, base)  # <a href="download.do?id=7">年报.pdf</a>
            if url and (url not in found or not found[url]):
                found[url] = text if _meaningful(text) else ""
    return [(url, text or file_name_of(url)) for url, text in found.items()]


def _document_base(root, base_url: str) -> str:
    href = root.xpath("string(//base/@href)").strip()
    return urljoin(base_url, href) if href else base_url


def _element_targets(element) -> list[tuple[str, str]]:
    """Candidate URLs an element points at, with the text a reader sees for them."""
    tag = element.tag.lower()
    text = " ".join(element.text_content().split()) if tag == "a" else ""
    text = text or (element.get("title") or element.get("alt") or "").strip()
    targets = []
    if tag == "a" or tag == "area":
        href = (element.get("href") or "").strip()
        if href.lower().startswith("javascript:"):
            targets += [(s, text) for s in _js_strings(href)]
        elif href and not href.startswith(("#", "mailto:", "tel:")):
            targets.append((href, text))
    if tag in _SOURCE_TAGS and element.get(_SOURCE_TAGS[tag]):
        targets.append((element.get(_SOURCE_TAGS[tag]).strip(), text))
    if tag == "param" and (element.get("name") or "").lower() in ("src", "movie", "filename", "url"):
        targets.append(((element.get("value") or "").strip(), text))
    for attribute in _DATA_ATTRIBUTES:
        if element.get(attribute):
            targets.append((element.get(attribute).strip(), text))
    for attribute in _JS_ATTRIBUTES:
        if element.get(attribute):
            targets += [(s, text) for s in _js_strings(element.get(attribute))]
    return targets


def _js_strings(code: str) -> list[str]:
    """Quoted strings in a JavaScript handler that look like paths or URLs."""
    return [s for s in _JS_STRING.findall(code) if "/" in s or "." in s]


def _attachment_url(raw: str, base: str) -> str | None:
    """Absolute URL of the attachment `raw` points at (unwrapping pdf.js viewers), or None."""
    if not raw or raw.lower().startswith(("javascript:", "data:", "mailto:")):
        return None
    url = urljoin(base, raw)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    viewer_file = _viewer_target(parts)
    if viewer_file:
        return urldefrag(urljoin(url, viewer_file)).url  # pdf.js resolves ?file= against the viewer's URL
    return urldefrag(url).url if _names_attachment(parts) else None  # x.pdf#page=2 is x.pdf


def _download_url(raw: str, base: str) -> str | None:
    """A download link whose text, not its URL, names the file: accepted unless it is an ordinary page."""
    if not raw or raw.lower().startswith(("javascript:", "data:", "mailto:", "#")):
        return None
    url = urljoin(base, raw)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.path.lower().endswith(_PAGE_SUFFIXES):
        return None
    return url


def _viewer_target(parts) -> str | None:
    """The file behind a pdf.js-style viewer: viewer.html?file=…, …#file=…, pdfjs/web/viewer?file=….

    The parameter is decoded once to bytes and re-quoted, so a GBK-encoded file name keeps its exact bytes.
    """
    if "viewer" not in parts.path.lower() and "pdfjs" not in parts.path.lower():
        return None
    for query in (parts.query, parts.fragment):
        for piece in query.split("&"):
            name, _, value = piece.partition("=")
            if name.lower() in _VIEWER_PARAMS and value:
                return quote(unquote_to_bytes(value), safe="/:?&=#%+@;,~!$*()'[]")
    return None


def _names_attachment(parts) -> bool:
    if _has_extension(_decode(parts.path)):
        return True
    return any(_has_extension(value) for _, value in _query_pairs(parts.query))


def _query_pairs(query: str) -> list[tuple[str, str]]:
    pairs = []
    for piece in query.split("&"):
        name, _, value = piece.partition("=")
        pairs.append((name.lower(), _decode(value)))
    return pairs


def _has_extension(name: str) -> bool:
    suffix = PurePosixPath(name.strip().split("?")[0]).suffix.lower().lstrip(".")
    return suffix in ATTACHMENT_EXTENSIONS


def _decode(value: str) -> str:
    """Percent-decoding that tries UTF-8 first, then GBK (GB18030), as Chinese servers use both."""
    raw = unquote_to_bytes(value.replace("+", " "))
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def file_name_of(url: str) -> str:
    """Human-readable file name of an attachment URL (query-string name first, else the last path segment)."""
    parts = urlsplit(url)
    for _, value in _query_pairs(parts.query):
        if _has_extension(value):
            return PurePosixPath(value).name
    return PurePosixPath(_decode(parts.path)).name


def _meaningful(text: str) -> bool:
    return text.strip().lower() not in _GENERIC_TEXT
