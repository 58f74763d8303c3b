"""pywb replay of the archive: `id_` bodies equal the archived payloads, revisits included (none orphaned)."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from test_archive_site import FixtureSite, run_crawl, warc_files

from crawler.replay import prepare_collection, wayback_command
from pipelines import warc


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            body = response.read()
            if response.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            return response.status, body
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def wayback(tmp_path_factory):
    site = FixtureSite(reports=4).start()
    out = tmp_path_factory.mktemp("replay")
    try:
        for _ in range(2):  # the second crawl writes revisits
            run_crawl(site.url + "/", out / "archive", out / "x.db")
    finally:
        site.stop()
    root = prepare_collection(out / "archive")
    port = _free_port()
    server = subprocess.Popen(wayback_command(port), cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/xxgk"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    yield base, out, root
    server.terminate()
    server.wait(10)


def test_collection_holds_every_completed_warc(wayback):
    _, out, root = wayback
    stored = sorted(p.name for p in (root / "collections" / "xxgk" / "archive").glob("*.warc.gz"))
    assert stored == [p.name for p in warc_files(out / "archive")] and len(stored) == 2
    assert prepare_collection(out / "archive") == root  # refreshing is idempotent


def test_id_replay_bodies_match_the_archive_for_originals_and_revisits(wayback):
    base, out, _ = wayback
    records = [r for path in warc_files(out / "archive") for r in warc.iter_records(path)]
    originals = {r.record_id: r for r in records if r.type == "response"}
    checked = {"response": 0, "revisit": 0}
    for record in records:
        if record.type not in checked or record.status != 200:
            continue
        original = originals[record.warc_headers.get("WARC-Refers-To", record.record_id)]
        stamp = record.date[:19].replace("-", "").replace(":", "").replace("T", "")
        status, body = _get(f"{base}/{stamp}id_/{record.url}")
        assert status == 200, record.url
        assert body == original.payload, (record.type, record.url)
        checked[record.type] += 1
    assert checked["response"] >= 8 and checked["revisit"] >= 8


def test_cdx_lists_both_crawls_and_redirect_replays(wayback):
    base, out, _ = wayback
    any_response = next(r for p in warc_files(out / "archive") for r in warc.iter_records(p)
                        if r.type == "response" and r.url.endswith("/report/1.html"))
    status, body = _get(f"{base}/cdx?url={any_response.url}&output=json")
    lines = [json.loads(line) for line in body.decode().splitlines()]
    assert status == 200 and {row["mime"] for row in lines} >= {"text/html", "warc/revisit"}
    redirect = any_response.url.replace("/report/1.html", "/redirect")
    request = urllib.request.Request(f"{base}/id_/{redirect}")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.build_opener(NoRedirect).open(request, timeout=20)
    assert raised.value.code == 302 and raised.value.headers["Location"].endswith("/report/1.html")
