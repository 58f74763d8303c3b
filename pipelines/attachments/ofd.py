"""OFD (GB/T 33190, the Chinese fixed-layout format) → text in reading order.

Text objects are placed by their boundary and glyph origin, grouped into lines, and wide gaps between
objects on one line become ' | ' so tables (drawn as paths, not read here) reach the text-table reader
with their columns apart.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from ..tables import grids_from_text
from .content import AttachmentContent
from .text import piped_lines

_NS = {"ofd": "http://www.ofdspec.org/2016"}
_COLUMN_GAP = 2.0  # gaps wider than two font sizes separate table columns


def read_ofd(body: bytes) -> AttachmentContent:
    package = zipfile.ZipFile(io.BytesIO(body))
    names = set(package.namelist())
    root = etree.fromstring(package.read("OFD.xml"))
    rows: list[list[str]] = []
    n_pages = 0
    for doc_root in root.iterfind(".//ofd:DocRoot", _NS):
        document_path = _resolve("", (doc_root.text or "").strip())
        document = etree.fromstring(package.read(document_path))
        for page in document.iterfind(".//ofd:Pages/ofd:Page", _NS):
            page_path = _resolve(posixpath.dirname(document_path), page.get("BaseLoc", ""))
            if page_path in names:
                n_pages += 1
                rows.extend(_page_rows(etree.fromstring(package.read(page_path))))
    text = "\n".join(" ".join(cells) for cells in rows)
    return AttachmentContent("ofd", text=text, grids=grids_from_text(piped_lines(rows)), pages=n_pages)


def _resolve(base: str, location: str) -> str:
    """OFD locations are relative to the referring file's folder, or absolute from the package root."""
    return posixpath.normpath(location.lstrip("/") if location.startswith("/") else posixpath.join(base, location))


def _page_rows(page: etree._Element) -> list[list[str]]:
    """The page's text lines, each split into cells at wide gaps."""
    runs: list[tuple[float, float, float, float, str]] = []  # y, x0, x1, size, text
    for text_object in page.iterfind(".//ofd:TextObject", _NS):
        x, y, width, _ = (float(v) for v in text_object.get("Boundary", "0 0 0 0").split()[:4])
        size = float(text_object.get("Size", "3.5"))
        for code in text_object.iterfind("ofd:TextCode", _NS):
            if code.text and code.text.strip():
                left = x + float(code.get("X", "0"))
                runs.append((y + float(code.get("Y", "0")), left, max(x + width, left), size, code.text.strip()))
    runs.sort()
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for run in runs:
        if lines and abs(run[0] - lines[-1][0][0]) <= run[3] / 2:
            lines[-1].append(run)
        else:
            lines.append([run])
    rows = []
    for line in lines:
        line.sort(key=lambda r: r[1])
        cells = [line[0][4]]
        for previous, run in zip(line, line[1:], strict=False):
            if run[1] - previous[2] > _COLUMN_GAP * run[3]:
                cells.append(run[4])
            else:
                cells[-1] += run[4]
        rows.append(cells)
    return rows
