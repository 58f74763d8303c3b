"""Office files that are web pages: Word/Excel "save as web page" output published as .doc/.xls, plain
HTML or single-file MHT (MIME). They are real reports, so their tables are read like any HTML page."""

from __future__ import annotations

import email
import email.policy
import re

import lxml.html

from ..decode import decode_html
from ..tables import grids_from_html
from .content import AttachmentContent
from .text import grid_lines

_OFFICE_MARKERS = (b"urn:schemas-microsoft-com:office", b"<table", b"<TABLE")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def looks_like_office_page(body: bytes) -> bool:
    """An HTML body that an office program wrote (or that at least holds a table), not an error page."""
    head = body[:200_000]
    return any(marker in head for marker in _OFFICE_MARKERS)


def read_office_page(body: bytes, kind: str, headers: dict[str, str], is_mht: bool) -> AttachmentContent:
    html = _mht_html(body) if is_mht else decode_html(body, headers).text
    if html is None:
        return AttachmentContent(kind, error="MHT file without an HTML part")
    grids = grids_from_html(html)
    root = lxml.html.fromstring(html)
    for junk in root.xpath("//script|//style"):
        junk.drop_tree()
    text = _BLANK_LINES.sub("\n", root.text_content()).strip()
    content = AttachmentContent(kind, text=text or "\n".join(line for g in grids for line in grid_lines(g)),
                                grids=grids, pages=1)
    content.warnings.append(f"{kind} file is an office web page ({'MHT' if is_mht else 'HTML'}), read as HTML")
    return content


def _mht_html(body: bytes) -> str | None:
    message = email.message_from_bytes(body, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            return decode_html(payload, {"content-type": f"text/html; charset={charset}"} if charset else {}).text
    return None
