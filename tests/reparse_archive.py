"""Builds WARC archives in the documented layout (warcinfo; per exchange response + request + JSON metadata)
for the re-parse tests and benchmark: real files written with warcio, real report texts from the seeds."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.parse import parse_report
from pipelines.records import Fetched
from pipelines.store import Store

SEEDS = Path("/work/shared/seeds")


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def report_html(title: str, paragraphs: list[str], next_url: str | None = None) -> bytes:
    """A plain government page holding report text; `next_url` adds the 下一页 link of a paged report."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
    more = f'<div class="page"><a href="{next_url}">下一页</a></div>' if next_url else ""
    return (f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            f"<div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div><h1>{title}</h1>"
            f"<div class=\"content\">{body}</div>{more}<div class=\"footer\">主办单位</div></body></html>").encode()


@dataclass
class ArchiveWriter:
    """Writes `{prefix}-{timestamp}-{serial:05d}.warc.gz` files, rolling over after `per_file` exchanges."""

    directory: Path
    prefix: str = "demo"
    per_file: int = 10**9
    start: datetime = field(default_factory=lambda: datetime(2026, 11, 1, tzinfo=UTC))
    files: list[Path] = field(default_factory=list)
    _exchanges: int = 0
    _out: object = None
    _writer: WARCWriter | None = None
    _clock: int = 0
    # report URL → {(0 page | 1 attachment, part, url): Fetched}: what a crawl would have parsed (newest wins)
    captured: dict[str, dict[tuple[int, int, str], Fetched]] = field(default_factory=dict)

    def _roll(self) -> WARCWriter:
        if self._writer is None or self._exchanges >= self.per_file:
            self.close()
            stamp = self.start.strftime("%Y%m%d%H%M%S")
            path = self.directory / f"{self.prefix}-{stamp}-{len(self.files):05d}.warc.gz"
            self.directory.mkdir(parents=True, exist_ok=True)
            self._out = open(path, "wb")  # noqa: SIM115 - kept open across exchanges, closed in close()
            self._writer = WARCWriter(self._out, gzip=True, warc_version="WARC/1.1")
            self._writer.write_record(self._writer.create_warcinfo_record(path.name, {"software": "tests"}))
            self.files.append(path)
            self._exchanges = 0
        self._exchanges += 1
        return self._writer

    def _date(self) -> str:
        self._clock += 1
        return (self.start + timedelta(seconds=self._clock)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def exchange(self, url: str, body: bytes, meta: dict, *, content_type: str = "text/html; charset=utf-8",
                 gzip_body: bool = False) -> str:
        """Archive one GET with its metadata record; returns the response record id."""
        writer = self._roll()
        date = self._date()
        headers = [("Content-Type", content_type), ("ETag", f'"{hashlib.sha1(body).hexdigest()[:12]}"')]
        payload = body
        if gzip_body:
            payload = gzip.compress(body, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Content-Length", str(len(payload))))
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        response = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                             warc_headers_dict={"WARC-Date": date})
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), warc_headers_dict={
            "WARC-Date": date}, http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "demo")],
                                                              is_http_request=True))
        writer.write_request_response_pair(request, response)
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        self._metadata(writer, url, record_id, date, meta)
        if meta.get("role") in ("report", "report_part", "attachment"):
            kind = 1 if meta["role"] == "attachment" else 0
            fetched = Fetched(url=url, body=body, headers={k.lower(): v for k, v in headers}, capture_id=record_id)
            self.captured.setdefault(meta["report"], {})[(kind, meta.get("part", 0), url)] = fetched
        return record_id

    def revisit(self, url: str, original_id: str, original_date: str, meta: dict) -> str:
        """A 304 answered by an earlier capture: a revisit record pointing at it, plus its metadata."""
        writer = self._roll()
        date = self._date()
        http = StatusAndHeaders("304 Not Modified", [("ETag", '"same"')], protocol="HTTP/1.1")
        record = writer.create_revisit_record(url, digest="sha1:UNUSED", refers_to_uri=url,
                                              refers_to_date=original_date, http_headers=http)
        record.rec_headers.replace_header("WARC-Date", date)
        record.rec_headers.add_header("WARC-Refers-To", original_id)
        writer.write_record(record)
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        self._metadata(writer, url, record_id, date, meta)
        for captures in self.captured.values():  # the crawl parses the original payload under the revisit's id
            for key, fetched in list(captures.items()):
                if fetched.capture_id == original_id:
                    captures[key] = Fetched(fetched.url, fetched.body, dict(fetched.headers), capture_id=record_id)
        return record_id

    def _metadata(self, writer: WARCWriter, url: str, record_id: str, date: str, meta: dict) -> None:
        data = json.dumps({"portal_id": "demo", "via": None, "depth": 2, "render_mode": "http", "part": 0,
                           "decision": "take", "reason": "test", "outlinks": [], **meta}, ensure_ascii=False)
        record = writer.create_warc_record(url, "metadata", payload=io.BytesIO(data.encode()),
                                           warc_content_type="application/json",
                                           warc_headers_dict={"WARC-Concurrent-To": record_id, "WARC-Date": date})
        writer.write_record(record)

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None


def write_report(archive: ArchiveWriter, base: str, title: str, text: str, pages: int = 1) -> list[str]:
    """A report of `pages` pages (the text split evenly) archived with roles report/report_part."""
    paragraphs = [p for p in text.splitlines() if p.strip()]
    size = -(-len(paragraphs) // pages)
    urls = [f"{base}.html" if i == 0 else f"{base}_{i}.html" for i in range(pages)]
    archive.captured.pop(urls[0], None)  # a new visit of the report replaces what the last one found
    ids = []
    for i, url in enumerate(urls):
        html = report_html(title, paragraphs[i * size:(i + 1) * size], urls[i + 1] if i + 1 < pages else None)
        ids.append(archive.exchange(url, html, {"role": "report" if i == 0 else "report_part",
                                                "report": urls[0], "part": i}))
    return ids


def expected_db(archive: ArchiveWriter, db_path: Path, portal_id: str = "demo") -> None:
    """The database a crawl writes for what `archive` holds: parse_report on the archived inputs, saved."""
    store = Store(db_path)
    store.upsert_portals([{"portal_id": portal_id}])
    for report_url in sorted(archive.captured):
        items = sorted(archive.captured[report_url].items())
        pages = [f for (kind, _, _), f in items if kind == 0]
        attachments = [f for (kind, _, _), f in items if kind == 1]
        store.save_report(parse_report(pages, attachments), portal_id=portal_id)
    store.close()


# Columns that belong to one crawl run rather than to the report's content.
CRAWL_COLUMNS = {"first_seen_crawl", "last_seen_crawl", "crawl_id"}
CONTENT_TABLES = ("reports", "facts", "checks", "sections", "report_parts")


def db_content(db_path: Path | str, tables: tuple[str, ...] = CONTENT_TABLES,
               ignore: set[str] = CRAWL_COLUMNS) -> dict[str, list[tuple]]:
    """Sorted rows of the content tables without crawl-specific columns, for equality between databases."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    content = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] not in ignore]
        rows = conn.execute(f"select {', '.join(columns)} from {table}").fetchall()
        content[table] = sorted(rows, key=repr)
    conn.close()
    return content


def docx_bytes(paragraphs: list[str]) -> bytes:
    """A real .docx holding the paragraphs (the attachment of a report page that only links to it)."""
    from docx import Document

    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_report_with_attachment(archive: ArchiveWriter, base: str, title: str, text: str) -> None:
    """A short page that links to a .docx holding the whole report text."""
    page_url, doc_url = f"{base}.html", f"{base}.docx"
    html = report_html(title, [f'<a href="{doc_url}">{title}.docx</a>'])
    archive.exchange(page_url, html, {"role": "report", "report": page_url, "part": 0})
    archive.exchange(doc_url, docx_bytes([p for p in text.splitlines() if p.strip()]),
                     {"role": "attachment", "report": page_url, "part": 0},
                     content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
