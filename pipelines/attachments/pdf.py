"""PDF → text in reading order and expanded table grids (pdfplumber; page renders through pypdfium2).

Pages are read one at a time; a page that is a picture (scan) or whose text layer is font codes without
a Unicode map is listed for OCR instead of being guessed at. Tables: see `pdf_tables`.
"""

from __future__ import annotations

import io
import re
import statistics

import pdfplumber

from ..tables import grids_from_text
from .content import AttachmentContent
from .pdf_tables import gap_separated_text, join_continued_tables, page_tables
from .safety import declares_encryption

MAX_PAGES = 300
_SCANNED_MAX_CHARS = 10  # a page with fewer text characters than this and a large image is a scan
_SCANNED_IMAGE_SHARE = 0.05  # of the page area: a text-less page with only a small logo is not a scan
_GARBLED_SHARE = 0.3
_HEADING_SCALE = 1.2  # a title is set at least this much larger than the page's median text
_MAX_TITLE_LINES = 3
_MIN_REPEATED_HEADER = 2  # lines: one line printed again at a page's top may be a heading of its own
_UNMAPPED = re.compile("[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]")


def read_pdf(body: bytes) -> AttachmentContent:
    """Text and grids of a PDF. Scanned pages and pages whose text layer is codes are listed in
    `scanned_pages` (for OCR) and reported, never guessed at."""
    try:
        pdf = pdfplumber.open(io.BytesIO(body))
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        return AttachmentContent("pdf", error=_open_error(body, exc))
    with pdf:
        try:
            n_pages = len(pdf.pages)
        except Exception as exc:
            return AttachmentContent("pdf", error=_open_error(body, exc))
        content = AttachmentContent("pdf", pages=n_pages)
        if declares_encryption(body):
            content.warnings.append("encrypted PDF opened with the empty user password")
        if n_pages > MAX_PAGES:
            content.warnings.append(f"only the first {MAX_PAGES} of {n_pages} pages were read")
        texts: list[str] = []
        tables = []
        unruled: dict[int, str] = {}  # pages without ruled tables, their column gaps shown as " | "
        garbled: list[int] = []
        failures = 0
        for number, original in enumerate(pdf.pages[:MAX_PAGES]):
            turned = None
            try:
                if _is_sideways(original):  # a landscape table printed across a portrait page
                    turned = _turned_page(body, number)
                page = (turned.pages[0] if turned else original).dedupe_chars()  # fake bold: glyphs drawn twice
                codes_only = _is_garbled(page)
                if codes_only:
                    garbled.append(number)
                if codes_only or _is_scanned(page):
                    content.scanned_pages.append(number)  # its text is pictures or codes: only OCR can read it
                    continue
                texts.append(_page_text(page))
                found = page_tables(page, number, content.warnings)
                tables.extend(found)
                if not found:
                    unruled[number] = gap_separated_text(page)
            except Exception as exc:  # one broken page (bad stream, truncated object) must not lose the rest
                failures += 1
                content.warnings.append(f"page {number + 1} unreadable: {_describe(exc)}")
            finally:
                original.close()
                if turned:
                    turned.close()
        if failures and failures == min(n_pages, MAX_PAGES):
            content.error = "no page could be read: " + content.warnings[-1]
        content.text = "\n".join(t for t in texts if t)
        content.grids = [t.grid for t in join_continued_tables(tables)]
        content.grids += grids_from_text("\n".join(_without_repeated_headers(unruled)))
        content.tables_missing_reason = _missing_reason(content.scanned_pages, garbled, n_pages)
    return content


def _without_repeated_headers(pages: dict[int, str]) -> list[str]:
    """Unruled pages' texts; a table continued from the page before prints its header rows again at the top
    (two lines or more that page printed too): they are dropped, so the rows read on as one table."""
    texts = []
    for number, text in pages.items():
        lines = text.split("\n")
        before = set(pages.get(number - 1, "").split("\n"))
        repeated = 0
        while repeated < len(lines) and lines[repeated] and lines[repeated] in before:
            repeated += 1
        texts.append("\n".join(lines[repeated:] if repeated >= _MIN_REPEATED_HEADER else lines))
    return texts


def _page_text(page: pdfplumber.page.Page) -> str:
    """The page's text lines; a title set in the page's largest type and wrapped (a long report title) is given
    back as one line, as it was written."""
    lines = [line for line in page.extract_text_lines(return_chars=True) if line["chars"]]
    if not lines:
        return ""
    sizes = [round(statistics.median(c["size"] for c in line["chars"]), 1) for line in lines]
    largest = max(sizes)
    title_lines = [i for i, size in enumerate(sizes) if size == largest]
    is_title = (largest >= statistics.median(c["size"] for c in page.chars) * _HEADING_SCALE
                and len(title_lines) <= _MAX_TITLE_LINES)  # else the largest type is the body text's
    texts = [lines[0]["text"]]
    for i in range(1, len(lines)):
        if is_title and i in title_lines and i - 1 in title_lines and lines[i]["top"] - lines[i - 1]["bottom"] < largest:
            texts[-1] += lines[i]["text"]
        else:
            texts.append(lines[i]["text"])
    return "\n".join(texts)


def _missing_reason(unreadable: list[int], garbled: list[int], n_pages: int) -> str | None:
    if not unreadable:
        return None
    if garbled:
        return (f"PDF text without a character map (cid codes, control or private-use characters) on "
                f"{len(garbled)} of {n_pages} pages" + (f"; {len(unreadable) - len(garbled)} scanned" if
                                                          len(unreadable) > len(garbled) else ""))
    if len(unreadable) * 2 >= n_pages:
        return f"scanned PDF: {len(unreadable)} of {n_pages} pages are images without text"
    return f"image-only pages: {', '.join(str(p + 1) for p in unreadable)}"


def _is_garbled(page: pdfplumber.page.Page) -> bool:
    """Fonts without a ToUnicode map come out as '(cid:123)', control characters or private-use code points."""
    chars = page.chars
    if len(chars) < _SCANNED_MAX_CHARS * 2:
        return False
    bad = sum(1 for c in chars if c["text"].startswith("(cid:") or _UNMAPPED.match(c["text"]))
    return bad / len(chars) > _GARBLED_SHARE


def _is_sideways(page: pdfplumber.page.Page) -> bool:
    chars = page.chars
    return len(chars) >= _SCANNED_MAX_CHARS * 2 and sum(1 for c in chars if not c["upright"]) > 0.6 * len(chars)


def _turned_page(body: bytes, number: int) -> pdfplumber.PDF:
    """Page `number` alone, given the quarter turn (/Rotate) that makes most of its characters upright."""
    import pypdfium2

    best: pdfplumber.PDF | None = None
    best_upright = -1
    source = pypdfium2.PdfDocument(body)
    try:
        for turn in (90, 270):
            single = pypdfium2.PdfDocument.new()
            single.import_pages(source, [number])
            single[0].set_rotation((single[0].get_rotation() + turn) % 360)
            buffer = io.BytesIO()
            single.save(buffer)
            single.close()
            candidate = pdfplumber.open(io.BytesIO(buffer.getvalue()))
            upright = sum(1 for c in candidate.pages[0].chars if c["upright"])
            if upright > best_upright:
                if best:
                    best.close()
                best, best_upright = candidate, upright
            else:
                candidate.close()
    finally:
        source.close()
    return best


def render_pages(body: bytes, page_indices: list[int], dpi: int = 300) -> list[bytes]:
    """PNG renders of some pages (for OCR)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(body)
    try:
        renders = []
        for index in page_indices:
            image = document[index].render(scale=dpi / 72).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            renders.append(buffer.getvalue())
        return renders
    finally:
        document.close()


def _open_error(body: bytes, exc: Exception) -> str:
    if declares_encryption(body):  # it opened with the empty password otherwise
        return "encrypted PDF: a password is needed to open it"
    if b"%%EOF" not in body[-2048:]:
        return f"truncated PDF (no end-of-file marker): {_describe(exc)}"
    return f"unreadable PDF: {_describe(exc)}"


def _describe(exc: BaseException) -> str:
    """pdfplumber wraps pdfminer's errors, often with an empty message: name the innermost one."""
    while not str(exc) and (exc.__cause__ or exc.__context__):
        exc = exc.__cause__ or exc.__context__
    return f"{type(exc).__name__}: {exc}".rstrip(": ")


def _is_scanned(page: pdfplumber.page.Page) -> bool:
    if len(page.chars) >= _SCANNED_MAX_CHARS:
        return False
    area = float(page.width * page.height) or 1.0
    covered = sum(abs((img["x1"] - img["x0"]) * (img["bottom"] - img["top"])) for img in page.images)
    return covered / area >= _SCANNED_IMAGE_SHARE
