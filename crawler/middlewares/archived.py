"""Scrapy responses rebuilt from archived records, so the spider sees the body it would have downloaded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from pipelines import warc

# The archived payload is already de-chunked and decoded: these headers no longer describe it.
_TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def load_original(store: Any, warc_dir: Path, row: dict[str, Any]) -> warc.ArchivedRecord:
    """The response record behind a captures row (following a revisit to the record it refers to)."""
    if row["record_type"] == "revisit" and row.get("refers_to"):
        original = next(store.db.query("select * from captures where id = ?", [row["refers_to"]]), None)
        if original is None:
            raise LookupError(f"revisit {row['id']} refers to {row['refers_to']}, which is not in captures")
        row = original
    return warc.read_record_at(warc_dir / row["warc_file"], row["warc_offset"])


def response_from_record(request: Any, record: warc.ArchivedRecord, flag: str) -> Any:
    headers = Headers([(k, v.encode("latin-1")) for k, v in record.http_headers.items()
                       if k not in _TRANSPORT_HEADERS])
    cls = responsetypes.from_args(headers=headers, url=request.url, body=record.payload)
    return cls(url=request.url, status=record.status or 200, headers=headers, body=record.payload,
               flags=[flag], request=request)
