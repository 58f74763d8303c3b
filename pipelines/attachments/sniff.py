"""What kind of file an attachment really is: magic bytes first, then Content-Type, then the extension.

Portals often serve a PDF as application/octet-stream, name a DOCX ".doc", or answer a missing file with
an HTML error page under a ".pdf" URL; the bytes decide, and a disagreement is reported.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import parse_qsl, unquote, urlsplit

from .safety import OLE_MAGIC

# OLE2 compound files (DOC, XLS, WPS, ET) are told apart by the names of their streams (UTF-16LE).
_OLE_STREAMS = (("WordDocument".encode("utf-16-le"), "doc"), ("Workbook".encode("utf-16-le"), "xls"),
                ("Book".encode("utf-16-le"), "xls"))
_IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF87a", "gif"), (b"GIF89a", "gif"),
                (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"), (b"BM", "bmp"))
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<meta", b"<title", b"<!--", b"<?xml")

_BY_EXTENSION = {
    "pdf": "pdf", "docx": "docx", "docm": "docx", "doc": "doc", "wps": "wps", "rtf": "rtf", "xlsx": "xlsx",
    "xlsm": "xlsx", "xls": "xls", "et": "et", "ofd": "ofd", "png": "image", "jpg": "image", "jpeg": "image",
    "gif": "image", "bmp": "image", "tif": "image", "tiff": "image", "htm": "html", "html": "html",
    "shtml": "html", "jsp": "html", "mht": "mht", "mhtml": "mht",
}
_BY_MIME = {
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/msword": "doc", "application/vnd.ms-works": "wps", "application/kswps": "wps",
    "application/wps-office.wps": "wps", "application/rtf": "rtf", "text/rtf": "rtf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel": "xls", "application/kset": "et", "application/ofd": "ofd",
    "text/html": "html", "application/xhtml+xml": "html",
}
# Kinds whose magic is shared: the extension or Content-Type may refine them (an OLE file named .wps is WPS).
_REFINES = {"doc": {"wps"}, "xls": {"et"}, "ole": {"doc", "xls", "wps", "et"}, "zip": {"docx", "xlsx", "ofd"}}


@dataclass(slots=True)
class Sniffed:
    kind: str  # pdf|docx|xlsx|doc|wps|xls|et|rtf|ofd|image|html|mht|zip|ole|empty|unknown
    by_magic: str | None
    by_mime: str | None
    by_extension: str | None
    mismatch: str | None  # human-readable disagreement between the three, or None


def kind_from_magic(body: bytes) -> str | None:
    if not body:
        return "empty"
    head = body[:16]
    if body[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in body[:1024]:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return _ole_kind(body)
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(body)
    if body[:64].lower().lstrip().startswith((b"mime-version:", b"from:", b"content-type: multipart")):
        return "mht"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"RIFF") and body[8:12] == b"WEBP":
        return "image"
    if any(head.startswith(magic) for magic, _ in _IMAGE_MAGIC):
        return "image"
    text_head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text_head.startswith(_HTML_STARTS):
        return "html"
    return None


def _ole_kind(body: bytes) -> str:
    for name, kind in _OLE_STREAMS:
        if name in body:
            return kind
    return "ole"  # no stream name found (damaged directory): the extension or Content-Type decides


def _zip_kind(body: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(body)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return "zip"  # a truncated OOXML file still starts like a zip; the reader reports the damage
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"


def kind_from_mime(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return _BY_MIME.get(content_type.split(";")[0].strip().lower())


def extension_of(url: str) -> str | None:
    """Extension of the file a URL names: the path, or a file-name query parameter (downfile.jsp?filename=a.pdf)."""
    parts = urlsplit(url)
    candidates = [unquote(parts.path)] + [unquote(v) for _, v in parse_qsl(parts.query)]
    for candidate in candidates:
        suffix = PurePosixPath(candidate.strip()).suffix.lower().lstrip(".")
        if suffix in _BY_EXTENSION and _BY_EXTENSION[suffix] != "html":
            return suffix
    suffix = PurePosixPath(unquote(parts.path)).suffix.lower().lstrip(".")
    return suffix or None


def kind_from_extension(url: str) -> str | None:
    ext = extension_of(url)
    return _BY_EXTENSION.get(ext) if ext else None


def sniff(body: bytes, content_type: str | None, url: str) -> Sniffed:
    by_magic = kind_from_magic(body)
    by_mime = kind_from_mime(content_type)
    by_ext = kind_from_extension(url)
    kind = by_magic or by_mime or by_ext or "unknown"
    # magic cannot tell DOC from WPS or XLS from ET (nor a damaged OLE or zip file's kind): a declared
    # kind that fits the container wins
    for declared in (by_ext, by_mime):
        if by_magic and declared in _REFINES.get(by_magic, ()):
            kind = declared
            break
    claims = {name: value for name, value in (("Content-Type", by_mime), ("extension", by_ext)) if value}
    disagree = [f"{name} says {value}" for name, value in claims.items() if not _compatible(kind, value)]
    mismatch = f"bytes are {kind} but " + ", ".join(disagree) if disagree and by_magic else None
    return Sniffed(kind, by_magic, by_mime, by_ext, mismatch)


def _compatible(kind: str, claimed: str) -> bool:
    """A claim agrees when it names the same kind or one that shares its container (DOC/WPS, XLS/ET)."""
    return claimed == kind or claimed in _REFINES.get(kind, ()) or kind in _REFINES.get(claimed, ())
