"""Bad attachments come back as a clear error (or warning), never as an exception."""

from __future__ import annotations

import io
import zipfile

import attachment_factory as factory
import pytest

from pipelines.attachments import extract_attachment
from pipelines.attachments.safety import check_zip
from pipelines.attachments.sniff import sniff
from pipelines.records import Fetched


def extract(name: str, body: bytes, content_type: str | None = None, **options):
    headers = {"content-type": content_type} if content_type else {}
    return extract_attachment(Fetched(f"http://127.0.0.1/up/{name}", body, headers), **options)


def zip_bomb_docx(inflated_mib: int = 16) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(inflated_mib):
                member.write(b"\0" * 2**20)
    return buffer.getvalue()


def test_encrypted_pdf_needing_a_password_is_a_clear_error():
    content = extract("report.pdf", factory.encrypted_pdf("secret"))
    assert content.kind == "pdf"
    assert content.error == "encrypted PDF: a password is needed to open it"
    assert content.grids == [] and content.text == ""


def test_pdf_encrypted_with_an_empty_user_password_is_read_with_a_warning():
    content = extract("report.pdf", factory.encrypted_pdf("", text="二道区政府信息公开工作年度报告"))
    assert content.error is None
    assert "二道区政府信息公开工作年度报告" in content.text
    assert content.warnings == ["encrypted PDF opened with the empty user password"]


def test_pdf_whose_text_layer_is_private_use_codes_is_left_for_ocr():
    """Fonts without a Unicode map extract as codes: not text, not tables; the pages go to OCR."""
    content = extract("report.pdf", factory.encrypted_pdf("", text="".join(map(chr, range(0xE010, 0xE040)))))
    assert content.error is None and content.text == "" and content.grids == []
    assert content.scanned_pages == [0]
    assert content.tables_missing_reason.startswith("PDF text without a character map")


def test_truncated_pdf_is_reported_as_truncated():
    body = factory.e2014_pdf()
    content = extract("report.pdf", body[: len(body) // 2])
    assert content.error.startswith("truncated PDF (no end-of-file marker)")


def test_a_pdf_url_that_serves_an_html_page():
    page = "<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>".encode()
    content = extract("report.pdf", page, "text/html; charset=utf-8")
    assert content.kind == "html"
    assert content.error == "not pdf: the server sent an HTML page (error or login page?)"
    assert content.warnings == ["bytes are html but extension says pdf"]


def test_zip_bomb_docx_is_refused_before_it_is_opened():
    body = zip_bomb_docx()
    assert len(body) < 2**20
    content = extract("report.docx", body)
    assert content.kind == "docx"
    assert content.error.startswith("zip bomb suspected: word/document.xml inflates")
    assert check_zip(body, max_total=8 * 2**20) == (
        f"zip bomb suspected: {16 * 2**20 + len('<Types/>')} bytes uncompressed > limit {8 * 2**20}")


def test_empty_file():
    content = extract("report.docx", b"")
    assert content.kind == "empty" and content.error == "empty file (0 bytes)"


def test_size_limit_gives_a_skip_reason():
    body = factory.e2014_pdf()
    content = extract("report.pdf", body, max_bytes=1000)
    assert content.error == f"too large: {len(body)} bytes > limit 1000"
    assert content.grids == []


@pytest.mark.parametrize("name,body,expected", [
    ("report.docx", b"PK\x03\x04not really a zip", "broken zip container"),
    ("report.xlsx", factory.e2014_docx()[:3000], "broken zip container"),
    ("report.pdf", b"%PDF-1.7\n1 0 obj garbage\n%%EOF", "unreadable PDF"),
    ("report.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "unreadable xls"),
])
def test_damaged_files_give_an_error_string(name, body, expected):
    content = extract(name, body)
    assert content.error is not None and content.error.startswith(expected), content.error


def test_sniff_trusts_bytes_and_reports_disagreement():
    docx = factory.e2014_docx()
    named_doc = sniff(docx, "application/msword", "http://a/b/report.doc")
    assert named_doc.kind == "docx"
    assert named_doc.mismatch == "bytes are docx but Content-Type says doc, extension says doc"
    octet = sniff(factory.e2014_pdf(), "application/octet-stream", "http://a/downfile.jsp?filename=%C4%EA%B1%A8.pdf")
    assert (octet.kind, octet.by_extension, octet.mismatch) == ("pdf", "pdf", None)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le")
    assert sniff(ole, None, "http://a/report.wps").kind == "wps"
    assert sniff(ole, None, "http://a/report.doc").kind == "doc"
    assert sniff(b"just text", None, "http://a/file").kind == "unknown"
    assert extract("file.bin", b"just text").error == "unknown file type (expected an attachment): bytes start b'just text'"
