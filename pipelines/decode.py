"""Bytes → text for HTML pages (spec 3.6, toolchain notes §8).

Priority: BOM > HTTP header charset > <meta> charset > statistical detection. gb2312/gbk are decoded as
GB18030 (a superset: rare characters in names break strict gb2312). A declared charset is dropped when it is
implausible: bytes that fail to decode, a high share of U+FFFD or of letters no Chinese page is written in (Big5
read as GBK), or a single-byte label on CJK bytes.
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
# Letters no Chinese page is written in: Greek, Cyrillic, kana, bopomofo, hangul, private use. Big5 bytes read as
# GBK turn into them by the hundred without one decoding error (Big5's common lead bytes are GBK's kana, Greek and
# Cyrillic rows and its user-defined area); a real page holds a few at most (a language menu, a 造字 name).
_FOREIGN_LETTERS = re.compile("[\u0370-\u04ff\u3040-\u30ff\u3100-\u312f\u3130-\u318f\uac00-\ud7af\ue000-\uf8ff]")
_MAX_FOREIGN = 0.2  # share of the non-ASCII characters (Big5 read as GBK: ~half)
_MIN_FOREIGN = 10
_FOREIGN_WINDOWS, _FOREIGN_WINDOW = 4, 1024
_META_SCAN_BYTES = 8192
_UTF8_WINDOW = 2048
_ALIASES = {"x-gbk": "gbk", "gb_2312": "gb2312", "gb_2312-80": "gb2312", "x-euc-cn": "gb2312", "unicode": "utf-8",
            "utf8mb4": "utf-8", "x-gb18030": "gb18030"}


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
    label = label.strip().lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name
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
    # (finding one character is ~10× cheaper than counting it, and most texts hold none)
    return text.count("\ufffd") / len(text) if text and "\ufffd" in text else 0.0


def _plausible(body: bytes, encoding: str) -> tuple[str, float] | None:
    """The text and its share of U+FFFD when `encoding` reads `body` with at most a few bad bytes and is not a
    single-byte label (those never fail, so they cannot be checked; the caller only gets here with non-ASCII
    bytes)."""
    if encoding in _SINGLE_BYTE:
        return None
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = body.decode(encoding, "replace")
    ratio = _replaced_ratio(text)
    return (text, ratio) if ratio <= _MAX_REPLACED and not _mostly_foreign(text) else None


def _mostly_foreign(text: str) -> bool:
    """A reading whose non-ASCII characters are foreign letters (_FOREIGN_LETTERS) by more than a few. Windows
    spread over the page are read, not all of it: a wrong charset garbles every part of a page alike."""
    step = max(len(text) // _FOREIGN_WINDOWS, _FOREIGN_WINDOW)
    sample = "".join([text[start:start + _FOREIGN_WINDOW] for start in range(0, len(text), step)])
    if not _FOREIGN_LETTERS.search(sample):  # (most pages: one scan, no count)
        return False
    foreign = len(_FOREIGN_LETTERS.findall(sample))
    return foreign >= _MIN_FOREIGN and foreign > _MAX_FOREIGN * (len(sample) - len(sample.encode("ascii", "ignore")))


def _detect(body: bytes) -> str | None:
    best = charset_normalizer.from_bytes(body).best()
    return canonical_encoding(best.encoding) if best else None


def decode_html(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode an HTML payload by BOM > header > meta > detection, re-deciding when a declaration is wrong."""
    page = _without_trailing_junk(body)
    decoded = _decode_page(page, headers)
    if len(page) < len(body):  # what follows the page is kept, read in the page's charset
        text = decoded.text + body[len(page):].decode(decoded.encoding, "replace")
        decoded = Decoded(text, decoded.encoding, decoded.source, _replaced_ratio(text))
    return decoded


def _without_trailing_junk(body: bytes) -> bytes:
    """The bytes up to the page's last </html>: what a server appends after it (a gzip tail, padding) is not the
    page and must not decide its charset."""
    end = body.rfind(b"</html>")
    if end < 0:
        end = body.rfind(b"</HTML>")
    return body[:end + len(b"</html>")] if end >= 0 else body


def _decode_page(body: bytes, headers: Mapping[str, str] | None) -> Decoded:
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            text = body[len(bom):].decode(encoding, "replace")
            return Decoded(text, encoding, "bom", _replaced_ratio(text))
    if body.isascii():
        return Decoded(body.decode("ascii"), "utf-8", "detected", 0.0)
    utf8 = _mostly_utf8(body)
    tried: list[str] = []
    # (the <meta> is looked for only when the header names no charset that reads the body)
    for source, declared in (("header", lambda: header_charset(headers or {})), ("meta", lambda: meta_charset(body))):
        encoding = canonical_encoding(declared())
        if encoding is None or encoding in tried:
            continue
        if utf8 is not None:
            # CJK text that reads as UTF-8 is UTF-8: GB18030 would read it as mojibake without an error.
            return Decoded(utf8[0], "utf-8", source if encoding == "utf-8" else "detected", utf8[1])
        tried.append(encoding)
        if reading := _plausible(body, encoding):
            return Decoded(reading[0], encoding, source, reading[1])
    if utf8 is not None:
        return Decoded(utf8[0], "utf-8", "detected", utf8[1])
    detected = _detect(body)
    if detected:
        text = body.decode(detected, "replace")
        ratio = _replaced_ratio(text)
        if ratio <= _MAX_REPLACED:
            return Decoded(text, detected, "detected", ratio)
    # Nothing reads it cleanly (a page pieced together from includes in two charsets, damaged bytes): the reading
    # with the fewest broken characters, a declared charset first on a tie, else GB18030 (Chinese government pages).
    candidates = dict.fromkeys([*tried, *([detected] if detected else []), "gb18030", "utf-8"])
    readings = {encoding: body.decode(encoding, "replace") for encoding in candidates if encoding not in _SINGLE_BYTE}
    encoding = min(readings, key=lambda candidate: _replaced_ratio(readings[candidate]))
    return Decoded(readings[encoding], encoding, "fallback", _replaced_ratio(readings[encoding]))


def _mostly_utf8(body: bytes) -> tuple[str, float] | None:
    """The UTF-8 reading and its share of U+FFFD when at most a few bytes are broken (a cut-off character, one bad
    paste); GBK bytes read as UTF-8 break on nearly every character, so this never mistakes them."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        # read on from the first broken byte a window at a time, and stop once more characters are broken than
        # the whole text may have (GBK breaks on every Chinese character): most of such a page is never decoded
        budget = _MAX_REPLACED * len(body)  # (the text has no more characters than the bytes)
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        parts = [body[:error.start].decode("utf-8")]
        broken = parts[0].count("\ufffd")
        for start in range(error.start, len(body), _UTF8_WINDOW):
            parts.append(decoder.decode(body[start:start + _UTF8_WINDOW], final=start + _UTF8_WINDOW >= len(body)))
            broken += parts[-1].count("\ufffd")
            if broken > budget:
                return None
        text = "".join(parts)
        ratio = broken / len(text)
        return (text, ratio) if ratio <= _MAX_REPLACED else None
    return text, _replaced_ratio(text)
