"""SQLite storage through sqlite-utils. The schema is public: docs/schema.md documents every column.

Writes of one report (its row, parts, sections, facts and checks) happen in one transaction, so a crash
never leaves a half-written report. Every write is an upsert keyed on stable ids: the same input gives
the same rows, and re-running is idempotent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from .records import Candidate, Report
from .transactions import create_once, write_transaction
from .views import ensure_views

SCHEMA_VERSION = 1
PARSER_VERSION = "1"


def report_id_for(url: str) -> str:
    """Stable report id: derived from the canonical URL of the report's first page."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA busy_timeout = 10000")  # first: switching to WAL waits for other openers too
            # (…but not always: two processes opening a new file can each hold a lock the other needs, and SQLite
            # answers one "locked" at once: the switch is tried again)
            create_once(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
            # WAL with synchronous=NORMAL cannot corrupt the database; a power cut may lose the last commits only
            self.db.execute("PRAGMA synchronous = NORMAL")
        create_once(lambda: ensure_schema(self.db))

    def close(self) -> None:
        self.db.close()

    # -- portals and crawls -------------------------------------------------------------------
    def upsert_portals(self, portals: Iterable[dict[str, Any]]) -> None:
        with write_transaction(self.db):
            self.db["portals"].upsert_all(list(portals), pk="portal_id")

    def start_crawl(self, seeds: str, settings: dict[str, Any] | None = None, worker: str | None = None) -> int:
        with write_transaction(self.db):
            table = self.db["crawls"]
            table.insert({"started": now_iso(), "seeds": seeds, "status": "running", "worker": worker,
                          "settings": json.dumps(settings or {}, ensure_ascii=False, sort_keys=True)})
            return int(table.last_pk)

    def finish_crawl(self, crawl_id: int, status: str, counts: dict[str, int]) -> None:
        with write_transaction(self.db):
            self.db["crawls"].update(crawl_id, {"finished": now_iso(), "status": status, **counts})

    # -- captures -----------------------------------------------------------------------------
    def add_capture(self, capture: dict[str, Any]) -> None:
        """One archived record (response, revisit, resource or metadata) with its place in the WARC."""
        with write_transaction(self.db):
            self._write("captures", [capture], verb="insert or replace")

    def latest_capture(self, url: str) -> dict[str, Any] | None:
        """Most recent response capture of a URL (for conditional requests and revisits)."""
        rows = list(self.db.query(
            "select * from captures where url = ? and record_type in ('response', 'revisit') "
            "and status between 200 and 399 order by fetched_at desc limit 1", [url]))
        return rows[0] if rows else None

    # -- discovery ----------------------------------------------------------------------------
    def add_candidates(self, candidates: Iterable[Candidate], portal_id: str | None, crawl_id: int | None) -> None:
        rows = [{**asdict(c), "portal_id": portal_id, "crawl_id": crawl_id} for c in candidates]
        if rows:
            with write_transaction(self.db):
                self.db["candidates"].upsert_all(rows, pk=("url", "crawl_id"))

    def add_failure(self, url: str, kind: str, detail: str, portal_id: str | None, crawl_id: int | None) -> None:
        with write_transaction(self.db):
            self.db["failures"].upsert({"url": url, "kind": kind, "detail": detail, "portal_id": portal_id,
                                        "crawl_id": crawl_id, "at": now_iso()}, pk=("url", "crawl_id"))

    def add_problem(self, url: str, stage: str, error: str, detail: str = "", capture_id: str | None = None) -> None:
        """A bad input met while parsing (broken file, wrong charset …): recorded, never fatal."""
        with write_transaction(self.db):
            self.db["problems"].upsert({"url": url, "stage": stage, "error": error, "detail": detail,
                                        "capture_id": capture_id}, pk=("url", "stage"))

    # -- reports ------------------------------------------------------------------------------
    def save_report(self, report: Report, portal_id: str | None = None, crawl_id: int | None = None) -> str:
        """Write a report with its parts, sections, facts and checks in one transaction. Returns its id."""
        rid = report_id_for(report.part_urls[0] if report.part_urls else report.url)
        row = {
            "id": rid, "url": report.url, "portal_id": portal_id, "title": report.title, "agency": report.agency,
            "agency_type": report.agency_type, "region_code": report.region_code, "year": report.year,
            "year_source": report.year_source, "published": report.published, "template": report.template,
            "edition": report.edition, "script": report.script, "is_mirror": int(report.is_mirror),
            "mirror_reason": report.mirror_reason, "body": report.body, "tables_missing": int(report.tables_missing),
            "tables_missing_reason": report.tables_missing_reason, "body_hash": report.body_hash,
            "capture_id": report.capture_ids[0] if report.capture_ids else None,
            "parser_version": PARSER_VERSION, "n_facts": len(report.facts),
            "n_checks_failed": sum(1 for c in report.checks if not c.passed),
            "errors": "\n".join(report.errors) or None,
        }
        with write_transaction(self.db):
            existing = self.db["reports"].count_where("id = ?", [rid])
            if existing:
                seen = next(self.db.query("select first_seen_crawl, last_seen_crawl from reports where id = ?", [rid]))
                row["first_seen_crawl"] = seen["first_seen_crawl"]
                # a re-parse of older captures never moves "last seen" back
                row["last_seen_crawl"] = max((c for c in (crawl_id, seen["last_seen_crawl"]) if c is not None),
                                             default=None)
            else:
                row["first_seen_crawl"] = row["last_seen_crawl"] = crawl_id
            self._write("reports", [row], upsert_on="id")
            for child in ("report_parts", "sections", "facts", "checks"):
                self.db.execute(f"delete from {child} where report_id = ?", [rid])
            parts = [{"report_id": rid, "seq": i, "url": u, "kind": "page",
                      "capture_id": report.capture_ids[i] if i < len(report.capture_ids) else None}
                     for i, u in enumerate(report.part_urls or [report.url])]
            parts += [{"report_id": rid, "seq": len(parts) + i, "url": u, "kind": "attachment", "capture_id": None}
                      for i, u in enumerate(report.attachment_urls)]
            self._write("report_parts", parts)
            self._write("sections",
                [{"report_id": rid, "seq": i, "number": s.number, "title": s.title, "start": s.start}
                 for i, s in enumerate(report.sections)])
            facts = {}
            for f in report.facts:  # last write wins for a duplicated (key, source, origin)
                facts[(f.key, f.source, f.origin)] = {
                    "report_id": rid, "key": f.key, "value": f.value, "unit": f.unit, "template": report.template,
                    "raw_label": f.raw_label, "raw_value": f.raw_value, "source": f.source,
                    "value_flag": f.value_flag, "confidence": f.confidence, "origin": f.origin}
            self._write("facts", [facts[k] for k in sorted(facts)])
            checks = {c.rule: c for c in report.checks}
            self._write("checks",
                [{"report_id": rid, "rule": r, "passed": int(c.passed), "detail": c.detail}
                 for r, c in sorted(checks.items())])
            # the crawl that made each capture: a document answered from the archive keeps its older capture's crawl
            self._write("report_captures",
                        [{"report_id": rid, "capture_id": cid, "crawl_id": crawl_id} for cid in report.capture_ids],
                        verb="insert or ignore")
        return rid

    def _write(self, table: str, rows: list[dict[str, Any]], *, verb: str = "insert",
               upsert_on: str | None = None) -> None:
        """Plain executemany: sqlite-utils' insert_all/upsert inspect the table on every call, which made
        writing a report cost as much as parsing it."""
        if not rows:
            return
        columns = list(rows[0])
        sql = f"{verb} into [{table}] ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
        if upsert_on:
            sql += f" on conflict({upsert_on}) do update set " + ", ".join(
                f"{c} = excluded.{c}" for c in columns if c != upsert_on)
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table and index if missing (schema version recorded in `_meta`)."""
    t = db.table
    if "portals" not in db.table_names():
        t("portals").create({"portal_id": str, "name": str, "region_code": str, "province": str, "level": str,
                             "homepage": str, "start_urls": str}, pk="portal_id")
    if "crawls" not in db.table_names():
        t("crawls").create({"id": int, "started": str, "finished": str, "seeds": str, "status": str,
                            "worker": str, "settings": str, "pages": int, "reports": int, "failures": int,
                            "warc_bytes": int, "revisits": int}, pk="id")
    if "captures" not in db.table_names():
        t("captures").create({
            "id": str, "crawl_id": int, "portal_id": str, "url": str, "method": str, "status": int,
            "mime": str, "record_type": str, "warc_file": str, "warc_offset": int, "warc_length": int,
            "payload_digest": str, "refers_to": str, "etag": str, "last_modified": str, "ip": str,
            "render_mode": str, "fetched_at": str,
        }, pk="id", foreign_keys=[("crawl_id", "crawls", "id")])
        t("captures").create_index(["url", "fetched_at"])
        t("captures").create_index(["payload_digest"])
    if "reports" not in db.table_names():
        t("reports").create({
            "id": str, "url": str, "portal_id": str, "title": str, "agency": str, "agency_type": str,
            "region_code": str, "year": int, "year_source": str, "published": str, "template": str,
            "edition": str, "script": str, "is_mirror": int, "mirror_reason": str, "body": str,
            "tables_missing": int, "tables_missing_reason": str, "body_hash": str, "capture_id": str,
            "parser_version": str, "n_facts": int, "n_checks_failed": int, "errors": str,
            "first_seen_crawl": int, "last_seen_crawl": int,
        }, pk="id", foreign_keys=[("portal_id", "portals", "portal_id")])
        for cols in (["portal_id", "year"], ["region_code", "year"], ["year"], ["template"], ["body_hash"]):
            t("reports").create_index(cols)
        t("reports").enable_fts(["title", "body"], fts_version="FTS5", tokenize="trigram", create_triggers=True)
    if "report_parts" not in db.table_names():
        t("report_parts").create({"report_id": str, "seq": int, "url": str, "kind": str, "capture_id": str},
                                 pk=("report_id", "seq"), foreign_keys=[("report_id", "reports", "id")])
    if "report_captures" not in db.table_names():
        t("report_captures").create({"report_id": str, "capture_id": str, "crawl_id": int},
                                    pk=("report_id", "capture_id"), foreign_keys=[("report_id", "reports", "id")])
    if "sections" not in db.table_names():
        t("sections").create({"report_id": str, "seq": int, "number": str, "title": str, "start": int},
                             pk=("report_id", "seq"), foreign_keys=[("report_id", "reports", "id")])
    if "facts" not in db.table_names():
        # Raw SQL for the CHECK constraints of the public schema (spec 2.0).
        db.execute("""
            create table facts (
                report_id text not null references reports(id),
                key text not null,
                value real,
                unit text,
                template text check (template in ('e2008', 'e2014', 't2019', 't2021')),
                raw_label text,
                raw_value text,
                source text not null check (source in ('table', 'text', 'derived')),
                value_flag text check (value_flag in ('blank', 'dash', 'slash', 'wu', 'approx', 'derived', 'placed')),
                confidence real,
                origin text not null,
                primary key (report_id, key, source, origin)
            )""")
        t("facts").create_index(["key"])
    if "checks" not in db.table_names():
        t("checks").create({"report_id": str, "rule": str, "passed": int, "detail": str},
                           pk=("report_id", "rule"), foreign_keys=[("report_id", "reports", "id")])
        t("checks").create_index(["rule", "passed"])
    if "candidates" not in db.table_names():
        t("candidates").create({"url": str, "crawl_id": int, "portal_id": str, "text": str, "kind": str,
                                "decision": str, "reason": str, "score": float, "year": int, "via": str},
                               pk=("url", "crawl_id"))
    if "failures" not in db.table_names():
        t("failures").create({"url": str, "crawl_id": int, "portal_id": str, "kind": str, "detail": str, "at": str},
                             pk=("url", "crawl_id"))
    if "problems" not in db.table_names():
        t("problems").create({"url": str, "stage": str, "error": str, "detail": str, "capture_id": str},
                             pk=("url", "stage"))
    if "_meta" not in db.table_names():
        # (ignore: another process opening the new file at the same moment may have written it in between)
        t("_meta").insert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key", ignore=True)
    ensure_views(db)
