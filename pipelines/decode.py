"""Bytes → text for HTML pages (spec 3.6, toolchain notes §8).

Priority: BOM > HTTP header charset > <meta> charset > statistical detection. gb2312/gbk are decoded as
GB18030 (a superset: rare characters in names break strict gb2312). A declared charset is dropped when it is
implausible: bytes that fail to decode, a high share of U+FFFD, or a single-byte label on CJK bytes.
Never raises on bad bytes.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass

import charset_normalizer

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "hz-gb-2312": "gb18030",
              "big5": "big5hkscs", "ascii": "utf-8", "iso8859-1": "cp1252"}
# Labels that decode any byte string without error, so a wrong one never shows itself by failing.
_SINGLE_BYTE = {"cp1252", "iso8859-1", "iso8859-15", "mac-roman", "cp437", "koi8-r", "cp1251"}
_CHARSET_IN_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_MAX_REPLACED = 0.002  # share of U+FFFD above which a declared charset is not trusted
_META_SCAN_BYTES = 4096


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    source: str  # bom|header|meta|detected|fallback
    replaced_ratio: float  # share of characters that are U+FFFD after decoding


def canonical_encoding(label: str | None) -> str | None:
    """Python codec name for a charset label, widened to its superset (gb2312 → gb18030); None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def header_charset(headers: Mapping[str, str]) -> str | None:
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "") or ""
    m = _CHARSET_IN_HEADER.search(content_type)
    return m.group(1) if m else None


def meta_charset(body: bytes) -> str | None:
    m = _META_CHARSET.search(body[:_META_SCAN_BYTES])
    return m.group(1).decode("ascii", "replace") if m else None


def _replaced_ratio(text: str) -> float:
    return text.count("\ufffd") / len(text) if text else 0.0


def _plausible(body: bytes, encoding: str) -> str | None:
    """The text when `encoding` reads `body` cleanly and is not a single-byte label on non-ASCII bytes."""
    if encoding in _SINGLE_BYTE and not body.isascii():
        return None
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _replaced_ratio(text) <= _MAX_REPLACED else None


def _detect(body: bytes) -> str | None:
    best = charset_normalizer.from_bytes(body).best()
    return canonical_encoding(best.encoding) if best else None


def decode_html(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode an HTML payload by BOM > header > meta > detection, re-deciding when a declaration is wrong."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            text = body[len(bom):].decode(encoding, "replace")
            return Decoded(text, encoding, "bom", _replaced_ratio(text))
    if body.isascii():
        return Decoded(body.decode("ascii"), "utf-8", "detected", 0.0)
    is_utf8 = _is_utf8(body)
    declared = ((header_charset(headers or {}), "header"), (meta_charset(body), "meta"))
    tried: set[str] = set()
    for label, source in declared:
        encoding = canonical_encoding(label)
        if encoding is None or encoding in tried:
            continue
        if is_utf8 and encoding != "utf-8":
            # Multi-byte CJK text that is valid UTF-8 is UTF-8: GB18030 would read it as mojibake without error.
            return Decoded(body.decode("utf-8"), "utf-8", "detected", 0.0)
        tried.add(encoding)
        text = _plausible(body, encoding)
        if text is not None:
            return Decoded(text, encoding, source, 0.0 if "\ufffd" not in text else _replaced_ratio(text))
    if is_utf8:
        return Decoded(body.decode("utf-8"), "utf-8", "detected", 0.0)
    detected = _detect(body)
    if detected:
        text = body.decode(detected, "replace")
        ratio = _replaced_ratio(text)
        if ratio <= _MAX_REPLACED:
            return Decoded(text, detected, "detected", ratio)
    # Nothing reads it cleanly: GB18030 with replacement is the best guess for Chinese government pages.
    text = body.decode("gb18030", "replace")
    return Decoded(text, "gb18030", "fallback", _replaced_ratio(text))


def _is_utf8(body: bytes) -> bool:
    """Valid UTF-8 with non-ASCII bytes is almost never anything else (and skips the slower detector)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
