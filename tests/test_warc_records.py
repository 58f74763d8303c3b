"""pipelines/warc.py and the WarcWriter file lifecycle, without a crawl."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest
from test_archive_site import GBK_NAME, _chunked, check_warc, report_html

from crawler.extensions.warcwriter import WarcWriter, repair_open_file
from pipelines import warc

HTML = report_html(3, rows=30)
GZ_CHUNKED = (b"HTTP/1.1 200 Fine\r\ncontent-TYPE:   text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
              b"Transfer-Encoding: chunked\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n"
              b'Content-Disposition: attachment; filename="' + GBK_NAME + b'"\r\n\r\n'
              + _chunked(gzip.compress(HTML, mtime=0)))
REQUEST = b"GET /r?x=1&y=%E4 HTTP/1.1\r\nHost: example.org\r\nAccept-Encoding: gzip\r\n\r\n"


def _writer(tmp_path, **kwargs) -> WarcWriter:
    return WarcWriter(tmp_path / "warc", prefix="t", info={"operator": "test"}, fsync=False, **kwargs)


def test_exchange_roundtrip_keeps_exact_bytes_and_decodes_payload(tmp_path):
    writer = _writer(tmp_path)
    written = writer.write_exchange("http://example.org/r?x=1&y=%E4", REQUEST, GZ_CHUNKED, ip="127.0.0.1")
    writer.close()
    path = writer.path_of(written.warc_file)
    check_warc(path)
    records = list(warc.iter_records(path))
    assert [r.type for r in records] == ["warcinfo", "response", "request"]
    response, request = records[1], records[2]
    assert response.record_id == written.record_id and response.offset == written.offset
    assert response.length == written.length
    assert request.concurrent_to == response.record_id
    assert response.warc_headers["WARC-IP-Address"] == "127.0.0.1"
    # the block is the exact bytes received; the payload is what Scrapy hands to the spider
    with gzip.open(path) as fh:
        assert GZ_CHUNKED in fh.read()
    assert response.payload == HTML
    assert response.status == 200
    assert response.http_headers["content-type"] == "text/html; charset=utf-8"
    assert response.http_headers["set-cookie"] == "a=1, b=2"
    disposition = response.http_headers["content-disposition"].encode("latin-1")
    assert "年度报告".encode("gbk") in disposition
    assert response.payload_digest == warc.http_payload_digest(GZ_CHUNKED)
    assert request.payload == b"" and request.http_headers["host"] == "example.org"
    fetched = warc.fetched_from(warc.read_record_at(path, written.offset))
    assert fetched.body == HTML and fetched.capture_id == written.record_id and fetched.url.endswith("y=%E4")


def test_revisit_metadata_and_resource_records(tmp_path):
    writer = _writer(tmp_path)
    original = writer.write_exchange("http://e.org/a", REQUEST, GZ_CHUNKED)
    head = b'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n'
    digest = warc.http_payload_digest(GZ_CHUNKED)
    revisit = writer.write_revisit("http://e.org/a", warc.PROFILE_NOT_MODIFIED, digest, original.record_id,
                                   "http://e.org/a", "2026-01-01T00:00:00Z", head, REQUEST)
    meta = writer.write_metadata("http://e.org/a", revisit.record_id, {"role": "report", "outlinks": ["x"]})
    dom = writer.write_resource("http://e.org/a", warc.RENDERED_DOM_TYPE, b"<html>dom</html>", original.record_id)
    writer.close()
    path = writer.path_of(meta.warc_file)
    check_warc(path)
    by_id = {r.record_id: r for r in warc.iter_records(path)}
    rv = by_id[revisit.record_id]
    assert rv.type == "revisit" and rv.status == 304 and rv.payload == b""
    assert rv.warc_headers["WARC-Profile"] == warc.PROFILE_NOT_MODIFIED
    assert rv.warc_headers["WARC-Refers-To"] == original.record_id
    assert rv.warc_headers["WARC-Payload-Digest"] == digest
    assert json.loads(by_id[meta.record_id].payload) == {"outlinks": ["x"], "role": "report"}
    assert by_id[meta.record_id].concurrent_to == revisit.record_id
    assert by_id[dom.record_id].warc_headers["Content-Type"] == warc.RENDERED_DOM_TYPE


def test_truncated_and_corrupt_records_name_file_and_offset(tmp_path):
    writer = _writer(tmp_path)
    first = writer.write_exchange("http://e.org/1", REQUEST, GZ_CHUNKED)
    second = writer.write_exchange("http://e.org/2", REQUEST, GZ_CHUNKED)
    writer.close()
    path = writer.path_of(first.warc_file)
    data = bytearray(path.read_bytes())
    data[first.offset + 40: first.offset + 60] = b"\x00" * 20  # damage the first response member
    path.write_bytes(bytes(data[: second.offset + second.length // 2]))  # and cut the second one
    with pytest.raises(warc.WarcReadError) as raised:
        list(warc.iter_records(path))
    assert raised.value.offset == first.offset and str(path) in str(raised.value)
    errors: list[warc.WarcReadError] = []
    records = list(warc.iter_records(path, on_error=errors.append))
    assert [e.offset for e in errors] == [first.offset, second.offset]
    assert "truncated" in errors[-1].reason
    assert [r.type for r in records] == ["warcinfo", "request"]  # iteration went on after the damage


def test_open_file_repair_cuts_at_last_complete_record(tmp_path):
    writer = _writer(tmp_path)
    writer.write_exchange("http://e.org/1", REQUEST, GZ_CHUNKED)
    last = writer.write_exchange("http://e.org/2", REQUEST, GZ_CHUNKED)
    open_path = writer.directory / (last.warc_file + ".open")
    assert open_path.exists()  # still being written
    complete_size = open_path.stat().st_size
    with open(open_path, "ab") as fh:
        fh.write(warc.encode_record(warc.metadata_record("http://e.org/3", None, {"a": 1}, warc.warc_date()))[:50])
    fixed = repair_open_file(open_path)
    assert fixed is not None and fixed.name == last.warc_file and not open_path.exists()
    check_warc(fixed)
    assert fixed.stat().st_size == complete_size
    assert [r.url for r in warc.iter_records(fixed) if r.type == "response"] == ["http://e.org/1", "http://e.org/2"]


def test_writer_repairs_leftovers_on_start_and_continues_serials(tmp_path):
    writer = _writer(tmp_path)
    writer.write_exchange("http://e.org/1", REQUEST, GZ_CHUNKED)
    name = writer._name  # simulate a SIGKILL: the file is never closed
    restarted = _writer(tmp_path)
    assert [p.name for p in restarted.repaired] == [name]
    again = restarted.write_exchange("http://e.org/2", REQUEST, GZ_CHUNKED)
    restarted.close()
    assert again.warc_file.endswith("-00001.warc.gz") and name.endswith("-00000.warc.gz")
    assert not list(restarted.directory.glob("*.open"))


def test_rollover_makes_several_files_each_with_warcinfo(tmp_path):
    writer = _writer(tmp_path, rollover_bytes=6000)
    for n in range(12):
        writer.write_exchange(f"http://e.org/{n}", REQUEST, GZ_CHUNKED)
    writer.close()
    files = sorted(writer.directory.glob("t-*.warc.gz"))
    assert len(files) >= 3
    urls = []
    for path in files:
        check_warc(path)
        records = list(warc.iter_records(path))
        assert records[0].type == "warcinfo" and sum(r.type == "warcinfo" for r in records) == 1
        assert b"operator: test" in records[0].payload and b"WARC-Filename" not in records[0].payload
        assert records[0].warc_headers["WARC-Filename"] == path.name
        urls += [r.url for r in records if r.type == "response"]
        assert path.stat().st_size < 6000 + 2 * len(GZ_CHUNKED)
    assert urls == [f"http://e.org/{n}" for n in range(12)]  # no exchange split or lost


def test_payload_decoding_matches_scrapy():
    import brotli
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
    from scrapy.http import Request, Response
    from scrapy.utils.test import get_crawler

    body = report_html(1, rows=10)
    middleware = HttpCompressionMiddleware.from_crawler(get_crawler())
    for coding, encoded in (("gzip", gzip.compress(body)), ("br", brotli.compress(body)),
                            ("deflate", __import__("zlib").compress(body)), ("gzip, br",
                                                                            brotli.compress(gzip.compress(body)))):
        response = Response("http://e.org/", body=encoded, headers={"Content-Encoding": coding})
        scrapy_body = middleware.process_response(Request("http://e.org/"), response).body
        ours = warc.http_payload({"content-encoding": coding}, encoded)
        assert hashlib.sha1(ours).digest() == hashlib.sha1(scrapy_body).digest() == hashlib.sha1(body).digest()
