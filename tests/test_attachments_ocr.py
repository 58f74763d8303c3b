"""Image-only tables: kept and marked tables_missing by default; read by Tesseract only when asked."""

from __future__ import annotations

import attachment_factory as factory

from pipelines.attachments import extract_attachment
from pipelines.attachments.ocr import ocr_image
from pipelines.facts_table import facts_from_grids
from pipelines.records import Fetched
from pipelines.tables import grids_from_html


def test_scanned_pdf_is_marked_tables_missing_without_ocr():
    image = factory.table_image(factory.t2021_review_spec(factory.numbered_t2021()))
    content = extract_attachment(Fetched("http://127.0.0.1/up/scan.pdf", factory.scanned_pdf([image, image])))
    assert content.error is None and content.kind == "pdf"
    assert content.tables_missing_reason == "scanned PDF: 2 of 2 pages are images without text"
    assert content.scanned_pages == [0, 1] and content.grids == [] and content.origin == "pdf"


def test_image_attachment_is_kept_as_evidence():
    image = factory.table_image(factory.t2021_active_spec(factory.seed_t2021()))
    content = extract_attachment(Fetched("http://127.0.0.1/up/table.png", image, {"content-type": "image/png"}))
    assert content.images == [image]
    assert content.tables_missing_reason == "image-only attachment (图片版): tables are pictures"
    assert content.grids == []


def test_ocr_reads_the_numbers_and_the_cell_layout_of_a_table_image():
    data = factory.numbered_t2021()
    spec = factory.t2021_review_spec(data)
    result = ocr_image(factory.table_image(spec))
    assert len(result.grid) == 4 and len(result.grid[0]) == 15
    assert result.grid[-1] == data.review  # all fifteen numbers, each in its own column
    assert result.grid[0][:5] == ["行政复议"] * 5  # the merged header cell is expanded like HTML
    assert "未经复议直接起诉" in result.grid[1]
    html_facts, _ = facts_from_grids(grids_from_html(factory.html_table(spec)))
    ocr_facts, _ = facts_from_grids([result.grid])
    assert sorted((f.key, f.value) for f in ocr_facts) == sorted((f.key, f.value) for f in html_facts)
    assert len(ocr_facts) >= 15


def test_ocr_switched_on_for_a_scanned_pdf_gives_grids_marked_as_ocr():
    spec = factory.t2021_active_spec(factory.seed_t2021())
    content = extract_attachment(Fetched("http://127.0.0.1/up/scan.pdf", factory.scanned_pdf([factory.table_image(spec)])),
                                 ocr=True)
    assert content.origin == "ocr" and content.tables_missing_reason is None
    assert len(content.images) == 1 and content.images[0].startswith(b"\x89PNG")
    rows = {row[0]: row[1:] for row in content.grids[0]}
    assert rows["规章"] == ["0", "0", "0"]
    assert rows["行政规范性文件"] == ["5", "23", "55"]
    assert ["3949"] * 3 in rows.values() and ["0"] * 3 in rows.values()
    assert any(w.startswith("tables read by OCR") for w in content.warnings)
