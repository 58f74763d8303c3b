"""WARC file lifecycle: naming, `.open` while writing, size rollover, one `warcinfo` per file, crash repair.

Files are `{XXGK_WARC_PREFIX}-{YYYYmmddHHMMSS}-{serial:05d}.warc.gz` in XXGK_WARC_DIR, written as `….warc.gz.open`
and renamed when complete (rollover at XXGK_WARC_ROLLOVER_BYTES, default 1 GB, or spider close). Each record is one
gzip member, flushed to the OS before its position is returned, so a SIGKILL leaves a valid prefix; a background
thread fsyncs the open file every XXGK_WARC_FSYNC_INTERVAL seconds (default 0.5) and every file is fsynced before
it is renamed, so a power cut loses at most that last interval (XXGK_WARC_FSYNC=False: no fsync at all). An fsync
per record costs ~2 ms here and made capture slow the crawl by half. On start, `.open` files of this prefix left
by a killed run are cut at the last complete record and renamed. Writes are serialised by a lock: the middlewares call the write methods from Twisted's thread pool (so
compression never blocks the crawl) and browser captures arrive from asyncio callbacks.

Interface (the extension is `crawler.xxgk_warc`); every method returns WrittenRecord(record_id, warc_file, offset,
length) with warc_file the final file name (no directory, no `.open`):
    write_exchange(url, raw_request, raw_response, ip=None) -> WrittenRecord   (of the response record)
    write_revisit(url, profile, payload_digest, refers_to, refers_to_url, refers_to_date, raw_head, raw_request,
                  ip=None) -> WrittenRecord
    write_metadata(url, concurrent_to, payload: dict) -> WrittenRecord
    write_resource(url, content_type, data, concurrent_to=None) -> WrittenRecord
    path_of(warc_file) -> Path
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import socket
import threading
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from pipelines import warc

DEFAULT_ROLLOVER_BYTES = 1_000_000_000
_INFO_SETTINGS = ("USER_AGENT", "ROBOTSTXT_OBEY", "DOWNLOAD_DELAY", "AUTOTHROTTLE_ENABLED",
                  "CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "DEPTH_LIMIT", "JOBDIR")


class WrittenRecord(NamedTuple):
    record_id: str
    warc_file: str
    offset: int
    length: int


def _versions() -> str:
    parts = []
    for package in ("xxgk-archive", "scrapy", "scrapy-playwright", "twisted", "warcio"):
        try:
            parts.append(f"{package}/{version(package)}")
        except PackageNotFoundError:
            continue
    return " ".join(parts + [f"python/{platform.python_version()}"])


def _seed_description(seeds_file: str | None) -> str:
    if not seeds_file or not Path(seeds_file).is_file():
        return seeds_file or ""
    return f"{seeds_file} sha1:{hashlib.sha1(Path(seeds_file).read_bytes()).hexdigest()}"


def repair_open_file(path: Path) -> Path | None:
    """Cut a `.open` file left by a killed writer at its last complete record and give it its final name."""
    keep = warc.valid_prefix_length(path)
    if keep == 0:
        path.unlink()
        return None
    with open(path, "r+b") as fh:
        fh.truncate(keep)
        os.fsync(fh.fileno())
    final = path.with_name(path.name.removesuffix(".open"))
    path.rename(final)
    return final


class WarcWriter:
    def __init__(self, directory: str | Path, prefix: str = "xxgk", rollover_bytes: int = DEFAULT_ROLLOVER_BYTES,
                 info: dict[str, str] | None = None, fsync: bool = True, fsync_interval: float = 0.5):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.rollover_bytes = rollover_bytes
        self.info = info or {}
        self.fsync, self.fsync_interval = fsync, fsync_interval
        self.bytes_written = 0
        self._lock = threading.Lock()
        self._dirty = False
        self._stop = threading.Event()
        if fsync and fsync_interval > 0:
            threading.Thread(target=self._sync_loop, name="warc-fsync", daemon=True).start()
        self._fh: BinaryIO | None = None
        self._name = ""
        self.repaired = [p for p in map(repair_open_file, sorted(self.directory.glob(f"{prefix}-*.warc.gz.open"))) if p]
        self._serial = self._last_serial()

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcWriter:
        from scrapy import signals

        s = crawler.settings
        info = {"software": _versions(), "format": "WARC File Format 1.1",
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
                "hostname": socket.gethostname(), "operator": s.get("XXGK_OPERATOR", ""),
                "description": s.get("XXGK_DESCRIPTION", "xxgk-archive crawl of government disclosure annual reports"),
                "seeds": _seed_description(s.get("XXGK_SEEDS_FILE")),
                "settings": " ".join(f"{k}={s.get(k)}" for k in _INFO_SETTINGS)}
        writer = cls(s.get("XXGK_WARC_DIR", "archive"), s.get("XXGK_WARC_PREFIX", "xxgk"),
                     s.getint("XXGK_WARC_ROLLOVER_BYTES", DEFAULT_ROLLOVER_BYTES),
                     {k: v for k, v in info.items() if v}, s.getbool("XXGK_WARC_FSYNC", True),
                     s.getfloat("XXGK_WARC_FSYNC_INTERVAL", 0.5))
        crawler.xxgk_warc = writer
        crawler.signals.connect(writer.close, signal=signals.spider_closed)
        return writer

    # -- files ----------------------------------------------------------------------------------------
    def _last_serial(self) -> int:
        pattern = re.compile(rf"^{re.escape(self.prefix)}-\d{{14}}-(\d{{5}})\.warc\.gz(\.open)?$")
        serials = [int(m.group(1)) for p in self.directory.iterdir() if (m := pattern.match(p.name))]
        return max(serials, default=-1)

    def _open_next(self) -> None:
        self._serial += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._name = f"{self.prefix}-{stamp}-{self._serial:05d}.warc.gz"
        self._fh = open(self.directory / (self._name + ".open"), "xb")
        self._write([warc.warcinfo_record(self._name, self.info)])

    def _finish_file(self) -> None:
        if self._fh is None:
            return
        if self.fsync:
            os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
        (self.directory / (self._name + ".open")).rename(self.directory / self._name)

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            self._finish_file()

    def path_of(self, warc_file: str) -> Path:
        return self.directory / warc_file

    # -- records --------------------------------------------------------------------------------------
    def _write(self, records: list[Any], members: list[bytes] | None = None) -> list[WrittenRecord]:
        """Append records as one flushed unit (caller holds the lock and has an open file)."""
        assert self._fh is not None
        members = members or [warc.encode_record(record) for record in records]
        written = []
        offset = self._fh.tell()
        for record, member in zip(records, members, strict=True):
            written.append(WrittenRecord(warc.record_id(record), self._name, offset, len(member)))
            offset += len(member)
        self._fh.write(b"".join(members))
        self._fh.flush()  # in the OS from here on: a killed process cannot lose it
        self.bytes_written += sum(w.length for w in written)
        return written

    def _sync_loop(self) -> None:
        """Background fsync of the open file every `fsync_interval` seconds while there is something new."""
        while not self._stop.wait(self.fsync_interval):
            with self._lock:
                fh, dirty, self._dirty = self._fh, self._dirty, False
                if fh is None or not dirty:
                    continue
                fd = os.dup(fh.fileno())  # fsync outside the lock, safe even if the file is closed meanwhile
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def write_records(self, records: list[Any]) -> list[WrittenRecord]:
        """Write records together in one file (an exchange is never split by a rollover) and return once they are
        flushed. Compression happens before taking the lock, so callers in several threads compress in parallel."""
        members = [warc.encode_record(record) for record in records]
        with self._lock:
            if self._fh is None:
                self._open_next()
            assert self._fh is not None
            written = self._write(records, members)
            self._dirty = True
            if self._fh.tell() >= self.rollover_bytes:
                self._finish_file()
        return written

    def write_exchange(self, url: str, raw_request: bytes, raw_response: bytes, ip: str | None = None
                       ) -> WrittenRecord:
        date = warc.warc_date()
        response = warc.response_record(url, raw_response, date, ip)
        request = warc.request_record(url, raw_request, date, warc.record_id(response), ip)
        return self.write_records([response, request])[0]

    def write_revisit(self, url: str, profile: str, payload_digest: str, refers_to: str, refers_to_url: str,
                      refers_to_date: str, raw_head: bytes, raw_request: bytes, ip: str | None = None
                      ) -> WrittenRecord:
        date = warc.warc_date()
        revisit = warc.revisit_record(url, profile, payload_digest, refers_to, refers_to_url, refers_to_date,
                                      raw_head, date, ip)
        request = warc.request_record(url, raw_request, date, warc.record_id(revisit), ip)
        return self.write_records([revisit, request])[0]

    def write_metadata(self, url: str, concurrent_to: str | None, payload: dict[str, Any]) -> WrittenRecord:
        return self.write_records([warc.metadata_record(url, concurrent_to, payload, warc.warc_date())])[0]

    def write_resource(self, url: str, content_type: str, data: bytes, concurrent_to: str | None = None
                       ) -> WrittenRecord:
        return self.write_records([warc.resource_record(url, content_type, data, warc.warc_date(),
                                                        concurrent_to)])[0]
