"""Attachments (PDF, DOCX, DOC/WPS/RTF, XLS/XLSX/ET, OFD, office web pages, images) → text and grids.

`extract_attachment` is the one entry point: it sniffs what the bytes really are, applies the safety
guards, dispatches to the reader for that kind, and turns every failure into `AttachmentContent.error`
(a clear sentence), never an exception, so one bad file never stops a crawl or a re-parse.
"""

from __future__ import annotations

from ..records import Fetched
from .content import AttachmentContent
from .convert import ConversionError, convert_with_soffice
from .ocr import OcrError, ocr_image
from .ofd import read_ofd
from .office import read_docx, read_xls, read_xlsx
from .pdf import read_pdf, render_pages
from .safety import DEFAULT_MAX_BYTES, check_ole, check_size, check_zip
from .sniff import Sniffed, sniff
from .webpage import looks_like_office_page, read_office_page

__all__ = ["AttachmentContent", "extract_attachment", "sniff", "Sniffed"]

_OFFICE_KINDS = ("doc", "docx", "wps", "xls", "xlsx", "et")
_SOFFICE_OLE_KINDS = ("doc", "wps", "et")  # OLE files LibreOffice reads: it takes a corrupt one for plain text
MAX_OCR_PAGES = 30  # OCR costs seconds per page; report scans are a few pages, not books


def extract_attachment(fetched: Fetched, *, ocr: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> AttachmentContent:
    """Text, grids and images of one fetched attachment; failures come back in `.error`."""
    sniffed = sniff(fetched.body, fetched.headers.get("content-type"), fetched.url)
    too_large = check_size(fetched.body, max_bytes)
    if too_large:
        content = AttachmentContent(sniffed.kind, error=too_large)
    else:
        try:
            content = _read(sniffed, fetched, ocr)
        except ConversionError as exc:
            content = AttachmentContent(sniffed.kind, error=str(exc))
        except Exception as exc:  # any reader failure on hostile bytes is a data problem, not a crash
            content = AttachmentContent(sniffed.kind, error=f"unreadable {sniffed.kind}: {type(exc).__name__}: {exc}")
    if sniffed.mismatch:
        content.warnings.insert(0, sniffed.mismatch)
    return content


def _read(sniffed: Sniffed, fetched: Fetched, ocr: bool) -> AttachmentContent:
    kind, body = sniffed.kind, fetched.body
    # an office file saved as a web page, or a page of the report's tables (a frame's): read like any HTML page;
    # an HTML answer for a PDF or an image is an error page
    if kind == "mht" or (kind == "html" and sniffed.by_extension in (*_OFFICE_KINDS, "html", None)
                         and looks_like_office_page(body)):
        return read_office_page(body, sniffed.by_extension or kind, fetched.headers, is_mht=kind == "mht")
    if kind == "pdf":
        content = read_pdf(body)
        if ocr and content.scanned_pages and not content.error:
            _ocr_into(content, render_pages(body, content.scanned_pages[:MAX_OCR_PAGES]))
        return content
    if kind in _SOFFICE_OLE_KINDS and (corrupt := check_ole(body)):
        return AttachmentContent(kind, error=corrupt)
    if kind in ("docx", "xlsx"):
        if bomb := check_zip(body):
            return AttachmentContent(kind, error=bomb)
        return read_docx(body) if kind == "docx" else read_xlsx(body)
    if kind in ("doc", "wps", "rtf"):
        converted = convert_with_soffice(body, kind, "docx")
        if bomb := check_zip(converted):
            return AttachmentContent(kind, error=bomb)
        return read_docx(converted, kind)
    if kind == "xls":
        return read_xls(body)
    if kind == "et":
        try:
            return read_xls(body, kind)
        except Exception:  # WPS spreadsheets that are not BIFF-compatible: LibreOffice reads them
            return read_xlsx(convert_with_soffice(body, kind, "xlsx"), kind)
    if kind == "ofd":
        return read_ofd(body)
    if kind == "image":
        content = AttachmentContent("image", images=[body], pages=1,
                                    tables_missing_reason="image-only attachment (图片版): tables are pictures")
        if ocr:
            _ocr_into(content, [body])
        return content
    return AttachmentContent(kind, error=_unsupported(sniffed, body[:16]))


def _unsupported(sniffed: Sniffed, head: bytes) -> str:
    claimed = sniffed.by_extension or sniffed.by_mime or "an attachment"
    reasons = {
        "empty": "empty file (0 bytes)",
        "html": f"not {claimed}: the server sent an HTML page (error or login page?)",
        "zip": "zip archive: not opened",
        "ole": "OLE compound file of unknown kind (DOC? XLS?): not opened",
    }
    return reasons.get(sniffed.kind, f"unknown file type (expected {claimed}): bytes start {head!r}")


def _ocr_into(content: AttachmentContent, images: list[bytes]) -> None:
    """Replace missing tables by what Tesseract reads; the images stay with the content as evidence.
    An OCR failure is a warning: what was read without OCR stands."""
    texts = []
    for image in images:
        try:
            result = ocr_image(image)
        except OcrError as exc:
            content.warnings.append(f"OCR failed: {exc}")
            return
        texts.append(result.text)
        if result.grid:
            content.grids.append(result.grid)
    if content.kind != "image":
        content.images.extend(images)
    content.text = "\n".join(filter(None, [content.text, *texts]))
    content.origin = "ocr"
    if content.grids:
        content.warnings.append(f"tables read by OCR ({content.tables_missing_reason}); check the values")
        content.tables_missing_reason = None
