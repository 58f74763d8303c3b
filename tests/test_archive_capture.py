"""A real crawl of a local site with odd bytes: every exchange archived exactly, linked, indexed and re-readable."""

from __future__ import annotations

import hashlib
import json
import socket
import ssl
import subprocess
import zlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlite_utils
from test_archive_site import GBK_NAME, FixtureSite, check_warc, run_crawl, warc_files

from pipelines import warc


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    site = FixtureSite().start()
    out = tmp_path_factory.mktemp("capture")
    try:
        run_crawl(site.url + "/", out / "warc", out / "x.db", bodies=str(out / "bodies.jsonl"))
    finally:
        site.stop()
    return site, out


def raw_block(path: Path, offset: int) -> bytes:
    """The record block exactly as stored (HTTP head and body as received)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        data = zlib.decompressobj(wbits=31).decompress(fh.read())
    head, rest = data.split(b"\r\n\r\n", 1)
    length = int(next(line.split(b":", 1)[1] for line in head.split(b"\r\n") if line.startswith(b"Content-Length")))
    return rest[:length]


def raw_get(base_url: str, path: str) -> bytes:
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def all_records(directory: Path) -> list[warc.ArchivedRecord]:
    return [r for path in warc_files(directory) for r in warc.iter_records(path)]


def test_files_are_valid_and_closed(crawled):
    _, out = crawled
    files = warc_files(out / "warc")
    assert files and not list((out / "warc").glob("*.open"))
    for path in files:
        check_warc(path)


def test_response_blocks_equal_raw_socket_bytes(crawled):
    site, out = crawled
    site.start()  # same content, new port: compare bytes path by path
    try:
        responses = [r for r in all_records(out / "warc") if r.type == "response"]
        paths = {"/robots.txt", "/odd", "/chunked", "/redirect", "/attach.doc", "/report/2.html"}
        seen = set()
        for record in responses:
            path = "/" + record.url.split("/", 3)[3]
            if path in paths:
                assert raw_block(Path(record.warc_file), record.offset) == raw_get(site.url, path), path
                seen.add(path)
        assert seen == paths
    finally:
        site.stop()


def test_records_are_linked_and_requests_exact(crawled):
    site, out = crawled
    records = all_records(out / "warc")
    by_id = {r.record_id: r for r in records}
    responses = [r for r in records if r.type == "response"]
    requests = [r for r in records if r.type == "request"]
    assert {r.concurrent_to for r in requests} == {r.record_id for r in responses}
    for record in responses:
        assert record.warc_headers["WARC-IP-Address"] == "127.0.0.1"
        assert record.warc_headers["WARC-Payload-Digest"].startswith("sha1:")
    # the request block is the exact head the server parsed
    sent = {h.split(b"\r\n", 1)[0] for h in site.request_heads}
    for record in requests:
        head = raw_block(Path(record.warc_file), record.offset)
        assert head.split(b"\r\n", 1)[0] in sent
        assert head.endswith(b"\r\n\r\n") and b"\nUser-Agent: xxgk-archive" in head
    metadata = [r for r in records if r.type == "metadata"]
    assert metadata and all(by_id[m.concurrent_to].type == "response" for m in metadata)
    home = next(json.loads(m.payload) for m in metadata if urlsplit(m.url).path == "/")
    assert home["portal_id"] == "fixture" and any(u.endswith("/odd") for u in home["outlinks"])


def test_odd_headers_redirect_robots_and_gbk_are_kept(crawled):
    _, out = crawled
    responses = {r.url.split("/", 3)[3]: r for r in all_records(out / "warc") if r.type == "response"}
    odd = raw_block(Path(responses["odd"].warc_file), responses["odd"].offset)
    assert odd.startswith(b"HTTP/1.1 200 Very OK Indeed\r\n")
    assert b"x-ODD-case:   spaced\r\n" in odd and odd.count(b"Set-Cookie:") == 2
    assert responses["redirect"].status == 302 and responses["redirect"].http_headers["location"] == "/report/1.html"
    assert responses["robots.txt"].payload.startswith(b"User-agent: *")
    assert GBK_NAME in responses["attach.doc"].http_headers["content-disposition"].encode("latin-1")
    assert "private/secret.html" not in responses  # robots.txt obeyed


def test_captures_rows_point_at_records(crawled):
    _, out = crawled
    db = sqlite_utils.Database(out / "x.db")
    rows = list(db.query("select * from captures where record_type = 'response'"))
    crawl = next(db.query("select * from crawls"))
    assert crawl["status"] == "finished" and crawl["pages"] == len(rows) and crawl["warc_bytes"] > 0
    assert {r["portal_id"] for r in rows} == {"fixture"}  # robots.txt too
    for row in rows:
        record = warc.read_record_at(out / "warc" / row["warc_file"], row["warc_offset"])
        assert record.record_id == row["id"] and record.url == row["url"] and record.status == row["status"]
        assert row["payload_digest"] == record.payload_digest and row["crawl_id"] == crawl["id"]
        assert row["render_mode"] == "http" and row["ip"] == "127.0.0.1" and row["warc_length"] > 0
    odd = next(r for r in rows if r["url"].endswith("/odd"))
    assert odd["etag"] == '"odd-v1"' and odd["mime"] == "text/html; charset=utf-8"
    assert db["captures"].count_where("record_type = 'metadata'") == db["captures"].count_where(
        "record_type = 'response' and url not like '%robots.txt' and status = 200")


def test_archive_payload_equals_what_the_spider_saw(crawled):
    _, out = crawled
    seen = {json.loads(line)["url"]: json.loads(line)["sha1"] for line in (out / "bodies.jsonl").open()}
    fetched = {r.url: warc.fetched_from(r) for r in all_records(out / "warc") if r.type == "response"}
    assert len(seen) >= 10
    for url, sha1 in seen.items():
        assert hashlib.sha1(fetched[url].body).hexdigest() == sha1, url


def test_https_exchanges_are_captured_as_decrypted_exact_bytes(tmp_path):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(tmp_path / "key.pem"),
                    "-out", str(tmp_path / "cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    site = FixtureSite(reports=2).start()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    site.server.socket = context.wrap_socket(site.server.socket, server_side=True)
    base = site.url.replace("http://", "https://")
    try:
        run_crawl(base + "/", tmp_path / "warc", tmp_path / "x.db")
    finally:
        site.stop()
    responses = {}
    for path in warc_files(tmp_path / "warc"):
        check_warc(path)
        responses.update({r.url: r for r in warc.iter_records(path) if r.type == "response"})
    assert base + "/chunked" in responses and base + "/robots.txt" in responses
    for url, record in responses.items():
        path = "/" + url.split("/", 3)[3]
        assert raw_block(Path(record.warc_file), record.offset) == site.respond(path, {}), url
