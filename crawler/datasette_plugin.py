"""The xxgk Datasette plugin (registered by crawler.serve, not through entry points).

* Search: crawler.datasette_search (terms of one or two characters).
* Provenance: `/-/capture/{record_id}` reads the WARC record by offset (captures table) and serves the archived
  payload under `Content-Security-Policy: sandbox`, so no script of an archived page runs in this origin;
  `/-/capture/{record_id}/warc` downloads the raw record and `/-/capture/{record_id}/replay` opens pywb.
  Every capture_id cell links there and shows the WARC file, offset and record id.
* Read-only: every connection to the archive runs with `PRAGMA query_only`.
* Charts: canned queries with a chart open with their datasette-vega settings in the URL fragment.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from pipelines.warc import WarcReadError, read_record_at

from . import datasette_search

PLUGIN = "xxgk"
# Archived pages are shown as documents in a unique opaque origin: no scripts, no plugins, no forms, no network.
SANDBOX_HEADERS = {
    "content-security-policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
}
INLINE_TYPES = ("text/", "image/", "application/xhtml+xml", "application/xml", "application/json")


def install(plugin_manager: Any) -> None:
    """Register this plugin and the short-term search filter (idempotent)."""
    datasette_search.install(plugin_manager)
    if plugin_manager.get_plugin(PLUGIN) is None:
        plugin_manager.register(sys.modules[__name__], name=PLUGIN)


# -- read-only ------------------------------------------------------------------------------------------


@hookimpl
def prepare_connection(conn: Any, database: str, datasette: Any) -> None:
    if database == _config(datasette).get("database"):
        conn.execute("pragma query_only = 1")


# -- provenance -----------------------------------------------------------------------------------------


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


def capture_path(record_id: str) -> str:
    return "/-/capture/" + quote(record_id, safe="")


async def _capture(datasette: Any, record_id: str) -> dict[str, Any] | None:
    db = datasette.get_database(_config(datasette)["database"])
    rows = await db.execute("select * from captures where id = ?", [record_id])
    first = rows.first()
    return dict(first) if first else None


def _warc_path(datasette: Any, warc_file: str) -> Path | None:
    """The WARC file inside the archive directory (never outside it, whatever the database says)."""
    root = Path(_config(datasette)["archive_dir"]).resolve()
    path = (root / warc_file).resolve()
    return path if path.is_relative_to(root) else None


def _text(status: int, message: str) -> Response:
    return Response.text(message, status=status, headers={"x-content-type-options": "nosniff"})


async def _resolved_capture(datasette: Any, record_id: str) -> tuple[dict[str, Any] | None, str]:
    """The capture holding the payload (revisits point at an earlier record), or None and why not."""
    seen: set[str] = set()
    while record_id not in seen:
        seen.add(record_id)
        capture = await _capture(datasette, record_id)
        if capture is None:
            return None, f"no capture {record_id} in the database"
        if capture["record_type"] != "revisit" or not capture["refers_to"]:
            return capture, ""
        record_id = capture["refers_to"]
    return None, f"revisit loop at {record_id}"


async def capture_payload(request: Any, datasette: Any) -> Response:
    capture, why = await _resolved_capture(datasette, unquote(request.url_vars["record_id"]))
    if capture is None:
        return _text(404, why)
    path = _warc_path(datasette, capture["warc_file"] or "")
    if path is None:
        return _text(404, f"WARC file outside the archive: {capture['warc_file']}")
    try:
        record = read_record_at(path, capture["warc_offset"])
    except (OSError, WarcReadError) as error:
        return _text(404, f"cannot read {capture['warc_file']} @ {capture['warc_offset']}: {error}")
    content_type = (record.http_headers.get("content-type") or record.warc_headers.get("Content-Type")
                    or capture["mime"] or "application/octet-stream")
    # Documents a sandbox can show (pages, images, text) open inline; PDF, Office files … download (?download=1
    # downloads anything).
    inline = content_type.lower().startswith(INLINE_TYPES) and "download" not in request.args
    name = re.sub(r"[^A-Za-z0-9._-]", "_", capture["url"].rstrip("/").rsplit("/", 1)[-1])[-100:] or "capture"
    return Response(record.payload, status=200, content_type=content_type,
                    headers={**SANDBOX_HEADERS, "x-xxgk-warc-record-id": capture["id"],
                             "content-disposition": f'{"inline" if inline else "attachment"}; filename="{name}"'})


async def capture_warc(request: Any, datasette: Any) -> Response:
    record_id = unquote(request.url_vars["record_id"])
    capture = await _capture(datasette, record_id)
    if capture is None:
        return _text(404, f"no capture {record_id} in the database")
    path = _warc_path(datasette, capture["warc_file"] or "")
    if path is not None and not path.exists() and path.with_name(path.name + ".open").exists():
        path = path.with_name(path.name + ".open")  # the crawl is still writing this file
    if path is None or not path.exists():
        return _text(404, f"WARC file missing: {capture['warc_file']}")
    with path.open("rb") as fh:
        fh.seek(capture["warc_offset"])
        data = fh.read(capture["warc_length"])
    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{Path(capture['warc_file']).name}-{capture['warc_offset']}")
    suffix = ".warc.gz" if data[:2] == b"\x1f\x8b" else ".warc"
    return Response(data, content_type="application/warc",
                    headers={"content-disposition": f'attachment; filename="{name}{suffix}"',
                             "x-content-type-options": "nosniff"})


def replay_link(replay_url: str, url: str, fetched_at: str | None) -> str:
    """pywb URL of a capture: collection URL + 14-digit timestamp + original URL."""
    timestamp = re.sub(r"\D", "", fetched_at or "")[:14]
    return f"{replay_url.rstrip('/')}/{timestamp}/{url}"


async def capture_replay(request: Any, datasette: Any) -> Response:
    capture = await _capture(datasette, unquote(request.url_vars["record_id"]))
    if capture is None:
        return _text(404, "no such capture")
    return Response.redirect(replay_link(_config(datasette)["replay_url"], capture["url"], capture["fetched_at"]))


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    return [
        (r"^/-/capture/(?P<record_id>[^/]+)/warc$", capture_warc),
        (r"^/-/capture/(?P<record_id>[^/]+)/replay$", capture_replay),
        (r"^/-/capture/(?P<record_id>[^/]+)$", capture_payload),
    ]


REPORT_TABLES = {"report_parts", "report_captures", "sections", "facts", "checks"}


def _is_capture_cell(column: str, table: str | None, value: Any) -> bool:
    return isinstance(value, str) and bool(value) and (
        column == "capture_id" or (table == "captures" and column in ("id", "refers_to")))


def _is_report_cell(column: str, table: str | None, value: Any) -> bool:
    """Report ids in views and query results (tables link them through their foreign keys already)."""
    return isinstance(value, str) and bool(value) and (
        (column == "report_id" and table not in REPORT_TABLES) or (column == "id" and table == "report_overview"))


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if database != _config(datasette).get("database"):
        return None
    if _is_report_cell(column, table, value):
        return Markup('<a href="/{db}/reports/{id}">{id}</a>').format(db=quote(database), id=value)
    if not _is_capture_cell(column, table, value):
        return None

    async def inner() -> Markup:
        capture = await _capture(datasette, value)
        base = capture_path(value)
        where = (f"{capture['warc_file']} @ {capture['warc_offset']}" if capture else "not in captures")
        return Markup(
            '<a href="{base}" class="xxgk-capture" rel="nofollow">存档页面 archived page</a> · '
            '<a href="{base}/warc" rel="nofollow">WARC</a> · <a href="{base}/replay" rel="nofollow">pywb</a>'
            '<br><small>{where}<br><code>{record}</code></small>'
        ).format(base=base, where=where, record=value)

    return inner()


# -- charts ---------------------------------------------------------------------------------------------


@hookimpl
def extra_body_script(template: str, database: str | None, table: str | None, columns: Any, view_name: str,
                      request: Any, datasette: Any) -> str | None:
    """Open a canned query with its chart drawn: datasette-vega reads its settings from the URL fragment."""
    if request is None or not database:
        return None
    for query, fragment in _config(datasette).get("charts", {}).items():
        if request.path == f"/{database}/{query}":
            return f"if (!location.hash) {{ history.replaceState(null, '', '#' + {json.dumps(fragment)}); }}"
    return None

