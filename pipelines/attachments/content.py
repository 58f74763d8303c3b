"""The result of reading one attachment, whatever its format."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Grid


@dataclass(slots=True)
class AttachmentContent:
    kind: str  # pdf|docx|xlsx|xls|doc|wps|et|rtf|ofd|image|html|mht|empty|… (sniff.Sniffed.kind)
    text: str = ""  # the document's text in reading order (tables included, one row per line)
    grids: list[Grid] = field(default_factory=list)  # expanded tables, continued tables already joined
    images: list[bytes | str] = field(default_factory=list)  # image files (or page renders for OCR)
    pages: int = 0  # PDF pages, sheets, or 1
    error: str | None = None  # why nothing (or not everything) could be read; never raised
    origin: str = ""  # Fact.origin for facts from this content: the kind, or "ocr" when OCR produced it
    tables_missing_reason: str | None = None  # set when the statistics are images (scans, 图片版)
    warnings: list[str] = field(default_factory=list)  # non-fatal notes: type mismatch, pages skipped …
    scanned_pages: list[int] = field(default_factory=list)  # PDF pages (0-based) that are images without text

    def __post_init__(self) -> None:
        self.origin = self.origin or self.kind
