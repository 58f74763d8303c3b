"""WARC/1.1 records: building them from exact bytes, and reading them back. Pure: no Scrapy, no network.

Writing (used by crawler/extensions/warcwriter.py): the `*_record` functions return `WarcRecord`s whose block is
the exact bytes seen on the wire (warcio's writer would re-serialise parsed HTTP headers); `encode_record` turns
one into a gzip member with its digests (one member per record, so every record can be read alone by offset).

Reading (used by crawler/middlewares and pipelines/reparse.py):
    iter_records(path, on_error=None) -> Iterator[ArchivedRecord]
    read_record_at(path, offset) -> ArchivedRecord
    fetched_from(record) -> Fetched
`ArchivedRecord.payload` is the HTTP body de-chunked and content-decoded exactly as Scrapy's downloader does it
(Twisted de-chunks, HttpCompressionMiddleware decodes gzip/x-gzip/deflate/br/zstd), so a `Fetched` built from an
archive equals the one the live crawl built. HTTP header values are decoded as latin-1, which round-trips the
bytes (a GBK Content-Disposition is `value.encode("latin-1").decode("gbk")`).

gzip framing is checked member by member with zlib (FastWARC and warcio both stop silently on a truncated last
member, warcio#138), so a truncated or corrupt record gives a `WarcReadError` naming the file and offset, and
iteration resumes at the next gzip member. Uncompressed `.warc` files are read with warcio.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from gzip import GzipFile
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from .records import Fetched

WARC_VERSION = "WARC/1.1"
PROFILE_IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
PROFILE_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
RENDERED_DOM_TYPE = "text/html; profile=rendered-dom"
HTTP_RESPONSE_TYPE = "application/http; msgtype=response"
HTTP_REQUEST_TYPE = "application/http; msgtype=request"
GZIP_MAGIC = b"\x1f\x8b\x08"
# Records that describe a page rather than its HTTP exchange get their own URI space, so replay tools (pywb)
# never serve them in place of the page (Heritrix uses metadata://, Browsertrix urn:pageinfo:).
# ArchivedRecord.url gives the page URL back for them; warc_headers keep the stored WARC-Target-URI.
METADATA_URI_PREFIX = "urn:metadata:"
RENDERED_DOM_URI_PREFIX = "urn:rendered-dom:"
_READ_CHUNK = 1 << 16  # one read per typical record; 1 MiB made every small member read cost 1 MiB (5x slower)
GZIP_LEVEL = 3


class WarcReadError(Exception):
    """A record that cannot be read: names the file and the byte offset of its gzip member."""

    def __init__(self, path: str | Path, offset: int, reason: str):
        super().__init__(f"{path} @ offset {offset}: {reason}")
        self.path, self.offset, self.reason = str(path), offset, reason


@dataclass(slots=True)
class ArchivedRecord:
    type: str
    url: str
    record_id: str
    offset: int
    length: int  # bytes of the gzip member in the file (0 for uncompressed files read by warcio)
    http_headers: dict[str, str] = field(default_factory=dict)  # lower-case names, duplicates joined by ", "
    status: int | None = None
    payload: bytes = b""  # de-chunked and content-decoded HTTP body; the raw block for non-HTTP records
    warc_headers: dict[str, str] = field(default_factory=dict)
    concurrent_to: str | None = None
    warc_file: str = ""
    http_head: bytes = b""  # the HTTP status/request line and headers exactly as stored

    @property
    def date(self) -> str:
        return self.warc_headers.get("WARC-Date", "")

    @property
    def payload_digest(self) -> str | None:
        return self.warc_headers.get("WARC-Payload-Digest")


# -- building -----------------------------------------------------------------------------------------


def warc_date(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sha1_digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def split_http_head(raw: bytes) -> tuple[bytes, bytes]:
    """Split an HTTP message into (head including the blank line, body as transmitted)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(sep)
        if end >= 0:
            return raw[: end + len(sep)], raw[end + len(sep):]
    return raw, b""


def http_payload_digest(raw_response: bytes) -> str:
    """WARC-Payload-Digest as warcio computes and checks it: sha1 of the body bytes as transmitted."""
    return sha1_digest(split_http_head(raw_response)[1])


@dataclass(slots=True)
class WarcRecord:
    """A record to write: WARC headers (without digests and Content-Length, added on encoding) and its block."""

    type: str
    headers: dict[str, str]
    block: bytes
    content_type: str
    payload_start: int | None = None  # where the payload starts in the block, when it has a payload digest

    @property
    def record_id(self) -> str:
        return self.headers["WARC-Record-ID"]


def _record(record_type: str, uri: str, date: str, content_type: str, block: bytes, payload_start: int | None,
            **extra: str | None) -> WarcRecord:
    headers = {"WARC-Type": record_type, "WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>", "WARC-Date": date}
    if uri:
        headers["WARC-Target-URI"] = uri
    headers.update({k.replace("_", "-"): v for k, v in extra.items() if v})
    return WarcRecord(record_type, headers, block, content_type, payload_start)


def response_record(url: str, raw_response: bytes, date: str, ip: str | None = None) -> WarcRecord:
    """`response` record holding the exact bytes received (status line, headers, body with chunking intact)."""
    head, _ = split_http_head(raw_response)
    return _record("response", url, date, HTTP_RESPONSE_TYPE, raw_response, len(head), WARC_IP_Address=ip)


def request_record(url: str, raw_request: bytes, date: str, concurrent_to: str, ip: str | None = None
                   ) -> WarcRecord:
    """`request` record holding the exact bytes sent (request line, headers and body)."""
    head, body = split_http_head(raw_request)
    payload_start = len(head) if body else None  # no payload digest for a body-less GET
    return _record("request", url, date, HTTP_REQUEST_TYPE, raw_request, payload_start, WARC_IP_Address=ip,
                   WARC_Concurrent_To=concurrent_to)


def revisit_record(url: str, profile: str, payload_digest: str, refers_to: str, refers_to_url: str,
                   refers_to_date: str, raw_head: bytes, date: str, ip: str | None = None) -> WarcRecord:
    """`revisit` record: an HTTP head, no payload, pointing at the original. For identical-payload-digest the head
    is the one just received; for server-not-modified callers pass the original's head (see rawcapture.py)."""
    head, _ = split_http_head(raw_head)
    return _record("revisit", url, date, HTTP_RESPONSE_TYPE, head, None, WARC_IP_Address=ip, WARC_Profile=profile,
                   WARC_Refers_To=refers_to, WARC_Refers_To_Target_URI=refers_to_url,
                   WARC_Refers_To_Date=refers_to_date, WARC_Payload_Digest=payload_digest, WARC_Truncated="length")


def metadata_bytes(payload: dict[str, Any]) -> bytes:
    """The canonical JSON of a metadata record (its sha1_digest tells whether metadata changed)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")


def metadata_record(url: str, concurrent_to: str | None, payload: dict[str, Any], date: str) -> WarcRecord:
    return _record("metadata", METADATA_URI_PREFIX + url, date, "application/json", metadata_bytes(payload), None,
                   WARC_Concurrent_To=concurrent_to)


def resource_record(url: str, content_type: str, data: bytes, date: str, concurrent_to: str | None = None
                    ) -> WarcRecord:
    """A document derived from a page (the rendered DOM): typed by content_type, addressed under its own URI."""
    uri = RENDERED_DOM_URI_PREFIX + url if content_type == RENDERED_DOM_TYPE else url
    return _record("resource", uri, date, content_type, data, 0, WARC_Concurrent_To=concurrent_to)


def warcinfo_record(filename: str, info: dict[str, str]) -> WarcRecord:
    block = "".join(f"{key}: {value}\r\n" for key, value in info.items()).encode("utf-8")
    return _record("warcinfo", "", warc_date(), "application/warc-fields", block, None, WARC_Filename=filename)


def record_id(record: WarcRecord) -> str:
    return record.record_id


def encode_record(record: WarcRecord) -> bytes:
    """One record as one gzip member, digests included. Serialised here rather than by warcio (whose record
    building cost more than the compression). gzip level 3, not warcio's 9: on the crawl benchmark level 6 cost
    ~25% more capture CPU than 3 for ~12% fewer bytes, and 9 more again. `warcio check` verifies every test WARC."""
    headers = dict(record.headers)
    headers["WARC-Block-Digest"] = sha1_digest(record.block)
    if record.payload_start is not None:
        headers["WARC-Payload-Digest"] = sha1_digest(record.block[record.payload_start:])
    headers["Content-Type"] = record.content_type
    headers["Content-Length"] = str(len(record.block))
    head = WARC_VERSION + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return b"".join((compressor.compress(head.encode("utf-8")), compressor.compress(record.block),
                     compressor.compress(b"\r\n\r\n"), compressor.flush()))


# -- payload decoding (Scrapy's semantics) -----------------------------------------------------------


def dechunk(body: bytes) -> bytes:
    """Remove chunked transfer coding; lenient about a missing final chunk, like a truncated live read."""
    out, pos = bytearray(), 0
    while pos < len(body):
        line_end = body.find(b"\n", pos)
        if line_end < 0:
            break
        size_text = body[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            break
        if size == 0:
            break
        start = line_end + 1
        out += body[start:start + size]
        pos = start + size
        pos += 2 if body[pos:pos + 2] == b"\r\n" else 1 if body[pos:pos + 1] == b"\n" else 0
    return bytes(out)


def _gunzip(data: bytes) -> bytes:
    # As scrapy.utils.gz.gunzip: keep what was decoded when the stream is damaged (bad CRC, truncation).
    reader, out = GzipFile(fileobj=io.BytesIO(data)), bytearray()
    while True:
        try:
            chunk = reader.read1(65536)
        except (OSError, EOFError, ValueError):
            if out:
                break
            raise
        if not chunk:
            return bytes(out)
        out += chunk
    return bytes(out)


def _inflate(data: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(data)
    except zlib.error:
        return zlib.decompressobj(wbits=-15).decompress(data)


def _unbrotli(data: bytes) -> bytes:
    import brotli

    return brotli.decompress(data)


def _unzstd(data: bytes) -> bytes:
    try:
        from compression import zstd  # type: ignore[import-not-found]
    except ImportError:
        from backports import zstd  # type: ignore[import-not-found,no-redef]
    return zstd.decompress(data)


_DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": _gunzip, "x-gzip": _gunzip, "deflate": _inflate, "br": _unbrotli, "zstd": _unzstd}


def content_decode(body: bytes, content_encoding: str) -> tuple[bytes, str]:
    """Undo Content-Encoding from the last coding applied backwards; stop at an unknown one (as Scrapy).
    Returns the body and the codings left (empty when fully decoded)."""
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    while codings and codings[-1] in _DECODERS:
        body = _DECODERS[codings.pop()](body)
    return body, ", ".join(codings)


def http_payload(headers: dict[str, str], body: bytes) -> bytes:
    """The body Scrapy hands to the spider for these headers and transmitted body bytes."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = dechunk(body)
    if headers.get("content-encoding"):
        try:
            body, _ = content_decode(body, headers["content-encoding"])
        except (OSError, EOFError, ValueError, zlib.error, ImportError):
            pass  # Scrapy would have failed this response; keep the bytes rather than lose them
    return body


def parse_http_head(head: bytes) -> tuple[str, dict[str, str]]:
    """(start line, headers with lower-case names); values decoded as latin-1 so no byte is lost."""
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if b":" not in line:
            continue
        name, value = line.split(b":", 1)
        key = name.strip().decode("latin-1").lower()
        text = value.strip().decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return lines[0].decode("latin-1"), headers


def _status_of(start_line: str) -> int | None:
    parts = start_line.split(" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


# -- reading ------------------------------------------------------------------------------------------


def _parse_record(data: bytes, path: str | Path, offset: int, length: int) -> ArchivedRecord:
    head_end = data.find(b"\r\n\r\n")
    if not data.startswith(b"WARC/") or head_end < 0:
        raise WarcReadError(path, offset, "not a WARC record (no WARC/ version line or header end)")
    warc_headers: dict[str, str] = {}
    for line in data[:head_end].decode("utf-8", "replace").split("\r\n")[1:]:
        name, _, value = line.partition(":")
        warc_headers[name.strip()] = value.strip()
    try:
        block_length = int(warc_headers["Content-Length"])
    except (KeyError, ValueError):
        raise WarcReadError(path, offset, "missing or bad Content-Length") from None
    block = data[head_end + 4: head_end + 4 + block_length]
    if len(block) < block_length:
        raise WarcReadError(path, offset, f"truncated block: {len(block)} of {block_length} bytes")
    return _record_from_block(warc_headers, block, path, offset, length)


def page_url(target_uri: str) -> str:
    for prefix in (METADATA_URI_PREFIX, RENDERED_DOM_URI_PREFIX):
        if target_uri.startswith(prefix):
            return target_uri.removeprefix(prefix)
    return target_uri


def _record_from_block(warc_headers: dict[str, str], block: bytes, path: str | Path, offset: int,
                       length: int) -> ArchivedRecord:
    record = ArchivedRecord(
        type=warc_headers.get("WARC-Type", ""), url=page_url(warc_headers.get("WARC-Target-URI", "")),
        record_id=warc_headers.get("WARC-Record-ID", ""), offset=offset, length=length,
        warc_headers=warc_headers, concurrent_to=warc_headers.get("WARC-Concurrent-To"), warc_file=str(path))
    if warc_headers.get("Content-Type", "").startswith("application/http") and record.type != "request":
        head, body = split_http_head(block)
        record.http_head = head
        start, record.http_headers = parse_http_head(head)
        record.status = _status_of(start)
        record.payload = http_payload(record.http_headers, body) if record.type == "response" else b""
    elif record.type == "request":
        head, body = split_http_head(block)
        record.http_head = head
        _, record.http_headers = parse_http_head(head)
        record.payload = body
    else:
        record.payload = block
    return record


def _inflate_member(fh: BinaryIO, offset: int, path: str | Path) -> tuple[bytes, int]:
    """Decompress the gzip member starting at `offset`: (data, compressed length)."""
    fh.seek(offset)
    inflater, out, consumed = zlib.decompressobj(wbits=31), [], 0
    while not inflater.eof:
        chunk = fh.read(_READ_CHUNK)
        if not chunk:
            raise WarcReadError(path, offset, "truncated gzip member (file ends inside the record)")
        try:
            out.append(inflater.decompress(chunk))
        except zlib.error as exc:
            raise WarcReadError(path, offset, f"corrupt gzip member: {exc}") from None
        consumed += len(chunk)
    return b"".join(out), consumed - len(inflater.unused_data)


def _next_member(fh: BinaryIO, start: int) -> int | None:
    """Offset of the next gzip magic at or after `start` (to resume after a bad member)."""
    fh.seek(start)
    base, tail = start, b""
    while chunk := fh.read(_READ_CHUNK):
        window = tail + chunk
        found = window.find(GZIP_MAGIC)
        if found >= 0:
            return base - len(tail) + found
        tail, base = window[-2:], base + len(chunk)
    return None


def _is_gzip(path: str | Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(3) == GZIP_MAGIC


def iter_records(path: str | Path, on_error: Callable[[WarcReadError], None] | None = None
                 ) -> Iterator[ArchivedRecord]:
    """Every record of a WARC file in order. A bad record raises WarcReadError, or, with `on_error`, is
    reported to it and skipped so that iteration continues with the next record."""
    if not _is_gzip(path):
        yield from _iter_uncompressed(path)
        return
    size = Path(path).stat().st_size
    with open(path, "rb") as fh:
        offset: int | None = 0
        while offset is not None and offset < size:
            try:
                data, length = _inflate_member(fh, offset, path)
                record = _parse_record(data, path, offset, length)
            except WarcReadError as error:
                if on_error is None:
                    raise
                on_error(error)
                offset = _next_member(fh, offset + 1)
                continue
            yield record
            offset += length


def _iter_uncompressed(path: str | Path) -> Iterator[ArchivedRecord]:
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh, no_record_parse=True)
        for rec in iterator:
            offset = iterator.get_record_offset()
            headers = dict(rec.rec_headers.headers)
            block = rec.raw_stream.read()
            yield _record_from_block(headers, block, path, offset, 0)


def read_record_at(path: str | Path, offset: int) -> ArchivedRecord:
    """The record whose gzip member starts at `offset`. A file still being written (`.open`) is found too."""
    path = Path(path)
    if not path.exists() and path.with_name(path.name + ".open").exists():
        path = path.with_name(path.name + ".open")
    if not _is_gzip(path):
        for record in _iter_uncompressed(path):
            if record.offset == offset:
                return record
        raise WarcReadError(path, offset, "no record starts at this offset")
    with open(path, "rb") as fh:
        data, length = _inflate_member(fh, offset, path)
    return _parse_record(data, path, offset, length)


def valid_prefix_length(path: str | Path) -> int:
    """Bytes of `path` made of complete, parseable records: where a file cut by a crash must be truncated."""
    end = 0
    with open(path, "rb") as fh:
        size = fh.seek(0, io.SEEK_END)
        while end < size:
            try:
                data, length = _inflate_member(fh, end, path)
                _parse_record(data, path, end, length)
            except WarcReadError:
                break
            end += length
    return end


def fetched_from(record: ArchivedRecord) -> Fetched:
    return Fetched(url=record.url, body=record.payload, headers=dict(record.http_headers),
                   status=record.status or 200, capture_id=record.record_id)

