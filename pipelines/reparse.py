"""Offline re-parse: WARC files → the same report, fact and check rows the crawl wrote.

Two passes. Pass 1 streams every file (one process task per file) and indexes its records without keeping
payloads: captures (response/revisit/resource) and the crawl's metadata records, which say each capture's
role, report and part. The parent groups report captures by report across all files, so a report whose
pages landed in different files is still joined. Pass 2 reads each report's payloads by offset and calls
`parse_report` exactly as the crawl did; the parent writes every report in its own transaction.

Resumable: `reparse_files` records each finished file with its size and mtime; a rerun skips unchanged
finished files. Tolerant: a corrupt or truncated record is reported as file:offset and skipped, the scan
resynchronises at the next record boundary, and the exit code is 2 instead of 0.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .records import Fetched, Report
from .store import Store, now_iso
from .warc import ArchivedRecord, WarcReadError, fetched_from, iter_records, read_record_at

WARC_SUFFIXES = (".warc.gz", ".warc", ".warc.gz.open", ".warc.open")
REPORT_ROLES = {"report": 0, "report_part": 0, "attachment": 1}  # role → 0 page, 1 attachment
CAPTURE_TYPES = {"response", "revisit", "resource"}
TASK_SIZE = 32  # reports per parse task: small enough to balance two cores, large enough to amortise pickling


@dataclass(slots=True)
class Capture:
    """One response/revisit/resource record: where it is and what the captures table needs."""

    record_id: str
    url: str
    record_type: str
    file: str
    offset: int
    length: int
    date: str
    status: int | None
    mime: str | None
    payload_digest: str | None
    refers_to: str | None
    etag: str | None
    last_modified: str | None
    ip: str | None


@dataclass(slots=True)
class Meta:
    """The crawl's metadata record for one capture (WARC-Concurrent-To → the capture's record id)."""

    capture_id: str
    role: str
    report: str | None
    part: int
    portal_id: str | None
    render_mode: str | None
    link_title: str | None = None  # text of the link the crawl followed to the report (first page only)


@dataclass(slots=True)
class FileIndex:
    path: str
    size: int
    mtime: float
    records: int = 0
    captures: list[Capture] = field(default_factory=list)
    metas: list[Meta] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (offset, what went wrong)
    seconds: float = 0.0


@dataclass(slots=True)
class ReportJob:
    """Everything pass 2 needs to rebuild one report: its captures in parse order."""

    report_url: str
    portal_id: str | None
    pages: list[tuple[Capture, Capture]]  # (the capture, the record holding its payload: itself or a revisit's original)
    attachments: list[tuple[Capture, Capture]]
    history: list[str]  # every capture id archived for this report, across crawls (report_captures)
    link_title: str | None = None

    @property
    def files(self) -> set[str]:
        return {c.file for pair in self.pages + self.attachments for c in pair}


# -- pass 1: index ---------------------------------------------------------------------------------
def warc_files(paths: list[Path]) -> list[Path]:
    """The WARC files named or found (recursively) under the given paths, sorted, each once."""
    found: set[Path] = set()
    for p in paths:
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and f.name.endswith(WARC_SUFFIXES))
        else:
            found.add(p)
    return sorted(f.resolve() for f in found)


def index_file(path: str) -> FileIndex:
    """Stream one WARC file and index its captures and metadata; corrupt records become errors."""
    started = time.perf_counter()
    stat = os.stat(path)
    index = FileIndex(path=path, size=stat.st_size, mtime=stat.st_mtime)

    def corrupt(error: WarcReadError) -> None:
        index.errors.append((error.offset, error.reason))

    for record in iter_records(path, on_error=corrupt):
        index.records += 1
        try:
            _index_record(index, record)
        except (ValueError, TypeError, AttributeError) as exc:  # metadata whose JSON does not parse
            index.errors.append((record.offset, f"{record.type} record: {type(exc).__name__}: {exc}"))
    index.seconds = time.perf_counter() - started
    return index


def _index_record(index: FileIndex, record: ArchivedRecord) -> None:
    if record.type == "metadata":
        meta = json.loads(record.payload)
        role = meta.get("role")
        # "skip": the crawl fetched it for the report but left it out (a soft-404 page), so the re-parse does too
        if role in REPORT_ROLES and record.concurrent_to and meta.get("decision", "take") == "take":
            index.metas.append(Meta(capture_id=record.concurrent_to, role=role, report=meta.get("report"),
                                    part=int(meta.get("part") or 0), portal_id=meta.get("portal_id"),
                                    render_mode=meta.get("render_mode"), link_title=meta.get("link_title")))
    elif record.type in CAPTURE_TYPES:
        http = record.http_headers
        mime = http.get("content-type") or record.warc_headers.get("Content-Type") or ""
        index.captures.append(Capture(
            record_id=record.record_id, url=record.url, record_type=record.type, file=index.path,
            offset=record.offset, length=record.length, date=record.date,
            status=record.status if record.type != "resource" else 200, mime=mime.split(";")[0].strip() or None,
            payload_digest=record.payload_digest, refers_to=record.warc_headers.get("WARC-Refers-To"),
            etag=http.get("etag"), last_modified=http.get("last-modified"),
            ip=record.warc_headers.get("WARC-IP-Address")))


# -- grouping --------------------------------------------------------------------------------------
def group_reports(indexes: list[FileIndex]) -> list[ReportJob]:
    """Report jobs from all files, joined across files, in report-URL order (deterministic).

    A report captured by several crawls keeps, for each (page or attachment, part, URL), its newest capture;
    every older capture id stays in the job's history. Revisit records are resolved to the response that
    holds their payload.
    """
    captures = {c.record_id: c for ix in indexes for c in ix.captures}
    groups: dict[str, dict[tuple[int, int, str], list[Capture]]] = defaultdict(lambda: defaultdict(list))
    portals: dict[str, str | None] = {}
    link_titles: dict[str, tuple[str, str]] = {}  # report → (capture date, link text): the newest crawl's wins
    for meta in sorted(_metas_with_revisits(indexes, captures), key=lambda m: m.capture_id):
        capture = captures.get(meta.capture_id)
        if capture is None:  # its response record was corrupt: reported already
            continue
        report = meta.report or capture.url
        groups[report][(REPORT_ROLES[meta.role], meta.part, capture.url)].append(capture)
        if portals.get(report) is None:
            portals[report] = meta.portal_id
        if meta.link_title and (capture.date, meta.link_title) > link_titles.get(report, ("", "")):
            link_titles[report] = (capture.date, meta.link_title)
    originals = _payload_sources(captures)
    jobs = []
    for report in sorted(groups):
        chosen = {key: _newest_readable(caps, originals) for key, caps in sorted(_last_visit(groups[report]))}
        jobs.append(ReportJob(
            report_url=report, portal_id=portals[report],
            pages=[pair for key, pair in chosen.items() if pair and key[0] == 0],
            attachments=[pair for key, pair in chosen.items() if pair and key[0] == 1],
            history=sorted({c.record_id for caps in groups[report].values() for c in caps}),
            link_title=link_titles.get(report, (None, None))[1]))
    return [job for job in jobs if job.pages or job.attachments]


def _last_visit(keys: dict[tuple[int, int, str], list[Capture]]
                ) -> list[tuple[tuple[int, int, str], list[Capture]]]:
    """The parts of the newest visit of a report: a crawl fetches the first page, then the other parts, so a part
    with no capture since the newest capture of the first page was not found again and is left out."""
    first_kind = min(kind for kind, _, _ in keys)  # the first page, or the attachment a report consists of
    since = max((c.date for (kind, part, _), caps in keys.items() if (kind, part) == (first_kind, 0) for c in caps),
                default="")
    kept = [(key, [c for c in caps if c.date >= since]) for key, caps in keys.items()]
    return [(key, caps) for key, caps in kept if caps]


def _newest_readable(captures: list[Capture], originals: dict[str, Capture]) -> tuple[Capture, Capture] | None:
    """(newest capture, record holding its payload); a revisit whose original is missing is passed over."""
    for capture in sorted(captures, key=lambda c: (c.date, c.file, c.offset), reverse=True):
        if capture.record_type != "revisit":
            return capture, capture
        if capture.record_id in originals:
            return capture, originals[capture.record_id]
    return None


def _metas_with_revisits(indexes: list[FileIndex], captures: dict[str, Capture]) -> list[Meta]:
    """Every capture's metadata. The crawl writes none for a revisit whose metadata would equal that of the
    capture it refers to: such a revisit inherits it (docs/architecture.md, crawler/itempipelines.py)."""
    metas = {m.capture_id: m for ix in indexes for m in ix.metas}
    for capture in sorted(captures.values(), key=lambda c: (c.date, c.file, c.offset)):  # originals come first
        if capture.record_type == "revisit" and capture.record_id not in metas and capture.refers_to in metas:
            inherited = metas[capture.refers_to]
            metas[capture.record_id] = Meta(capture.record_id, inherited.role, inherited.report, inherited.part,
                                            inherited.portal_id, inherited.render_mode, inherited.link_title)
    return list(metas.values())


def _payload_sources(captures: dict[str, Capture]) -> dict[str, Capture]:
    """revisit record id → the response record holding its payload (by WARC-Refers-To, else by digest)."""
    by_digest = {}
    for c in sorted(captures.values(), key=lambda c: (c.date, c.file, c.offset)):
        if c.record_type == "response" and c.payload_digest:
            by_digest[(c.url, c.payload_digest)] = c
    sources = {}
    for c in captures.values():
        original = c
        for _ in range(8):  # a revisit may refer to another revisit; bounded in case of a loop
            if original.record_type != "revisit":
                break
            found = captures.get(original.refers_to or "") or by_digest.get((original.url, original.payload_digest))
            if found is None or found is original:
                break
            original = found
        if c.record_type == "revisit" and original.record_type != "revisit":
            sources[c.record_id] = original
    return sources


# -- pass 2: parse ---------------------------------------------------------------------------------
@dataclass(slots=True)
class TaskResult:
    results: list[tuple[ReportJob, Report | None, str | None]]  # (job, report or None, why it failed)
    read_seconds: float  # reading payload records (the benchmark's share of reading)
    work_seconds: float = 0.0  # the whole task


def parse_jobs(jobs: list[ReportJob]) -> TaskResult:
    """Worker task: read each job's payloads by offset and parse the report (or say why it failed)."""
    from .parse import parse_report

    task_started = time.perf_counter()
    done = TaskResult([], 0.0)
    for job in jobs:
        try:
            started = time.perf_counter()
            pages, attachments = job_fetched(job)
            done.read_seconds += time.perf_counter() - started
            done.results.append((job, parse_report(pages, attachments, link_title=job.link_title), None))
        except Exception as exc:  # noqa: BLE001 - one bad report must not stop the others
            done.results.append((job, None, f"{type(exc).__name__}: {exc}"))
    done.work_seconds = time.perf_counter() - task_started
    return done


def job_fetched(job: ReportJob) -> tuple[list[Fetched], list[Fetched]]:
    """The job's pages and attachments as the crawl saw them, read from the archive by offset."""
    return ([_fetched(capture, source) for capture, source in job.pages],
            [_fetched(capture, source) for capture, source in job.attachments])


def _fetched(capture: Capture, source: Capture) -> Fetched:
    """The Fetched the crawl saw: the payload record's body under the capture's own id. A revisit of an identical
    payload (status 200) keeps the headers it was served with; after a 304 the crawl used the original's."""
    fetched = fetched_from(read_record_at(source.file, source.offset))
    fetched.capture_id = capture.record_id
    if capture is not source and capture.status and capture.status != 304:
        revisit = read_record_at(capture.file, capture.offset)
        fetched.headers, fetched.status = dict(revisit.http_headers), capture.status
    return fetched


# -- orchestration ---------------------------------------------------------------------------------
@dataclass(slots=True)
class ReparseStats:
    files: int = 0
    skipped_files: int = 0  # finished and unchanged since an earlier run
    reports: int = 0
    failed_reports: int = 0
    corrupt_records: int = 0  # in all the files given, including those finished by an earlier run
    seconds: float = 0.0
    read_seconds: float = 0.0  # indexing pass plus payload reads, summed over processes
    work_seconds: float = 0.0  # read_seconds plus parsing and writing, summed over processes


def reparse(paths: list[Path], db_path: str, *, jobs: int = 1, progress: bool = True) -> int:
    """Rebuild reports, facts and checks from WARC files into `db_path`.

    Exit code 0; 2 when corrupt records were skipped or reports could not be parsed (each reported).
    """
    stats = run_reparse(paths, db_path, jobs=jobs, progress=progress)
    print(f"reparse: {stats.reports} reports written from {stats.files - stats.skipped_files} WARC files "
          f"({stats.skipped_files} unchanged since an earlier run) in {stats.seconds:.1f} s; "
          f"{stats.failed_reports} failed to parse; {stats.corrupt_records} corrupt records", file=sys.stderr)
    return 2 if stats.corrupt_records or stats.failed_reports else 0


def run_reparse(paths: list[Path], db_path: str, *, jobs: int = 1, progress: bool = True) -> ReparseStats:
    started = time.perf_counter()
    files = [str(p) for p in warc_files(paths)]
    stats = ReparseStats(files=len(files))
    store = Store(db_path)
    # WAL + NORMAL: a crash can lose the last commits but never corrupts; the re-parse resumes. Saves an fsync
    # per report.
    store.db.execute("PRAGMA synchronous = NORMAL")
    try:
        _ensure_reparse_table(store)
        pending = {f for f in files if not _finished_unchanged(store, f)}
        stats.skipped_files = len(files) - len(pending)
        if pending:
            _reparse_pending(store, files, pending, jobs, progress, stats)
        stats.corrupt_records = _corrupt_records(store, files)
    finally:
        store.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _reparse_pending(store: Store, files: list[str], pending: set[str], jobs: int, progress: bool,
                     stats: ReparseStats) -> None:
    """Index every file (reports may span finished ones), then parse the reports touching pending files."""
    with _pool(jobs) as run:
        indexes = list(_progress(run(index_file, files), progress, len(files), "index", "file"))
        stats.read_seconds = stats.work_seconds = sum(ix.seconds for ix in indexes)
        by_path = {ix.path: ix for ix in indexes}
        _write_captures(store, [by_path[p] for p in sorted(pending)])
        for path in sorted(pending):
            _report_errors(store, by_path[path])
        report_jobs = [job for job in group_reports(indexes) if job.files & pending]
        remaining = _remaining_per_file(report_jobs, pending)
        for path in sorted(p for p, n in remaining.items() if n == 0):
            _mark_finished(store, by_path[path])
        tasks = run(parse_jobs, _tasks(report_jobs))
        for task in _progress(tasks, progress, len(report_jobs), "parse", "report", per_item=_task_size):
            saving = time.perf_counter()
            for job, report, error in task.results:
                _save(store, job, report, error)
                stats.reports += report is not None
                stats.failed_reports += report is None
                for path in sorted(job.files & remaining.keys()):
                    remaining[path] -= 1
                    if remaining[path] == 0:
                        _mark_finished(store, by_path[path])
            stats.read_seconds += task.read_seconds
            stats.work_seconds += task.work_seconds + time.perf_counter() - saving


def _task_size(task: TaskResult) -> int:
    return len(task.results)


def _tasks(jobs: list[ReportJob]) -> list[list[ReportJob]]:
    """Parse tasks: jobs grouped by the file of their first capture (mostly one file per task), chunked."""
    by_file: dict[str, list[ReportJob]] = defaultdict(list)
    for job in jobs:
        first = (job.pages or job.attachments)[0][1]
        by_file[first.file].append(job)
    return [chunk for path in sorted(by_file) for chunk in _chunks(by_file[path], TASK_SIZE)]


def _chunks(items: list[ReportJob], size: int) -> list[list[ReportJob]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


class _pool:  # noqa: N801 - used like a function: `with _pool(jobs) as run`
    """`run(fn, items)` → results in item order: in this process for one job, else in spawned processes."""

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self.pool: Any = None

    def __enter__(self) -> Any:
        if self.jobs == 1:
            return map
        self.pool = multiprocessing.get_context("spawn").Pool(self.jobs)
        return lambda fn, items: self.pool.imap(fn, items)

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate() if exc[0] else self.pool.close()
            self.pool.join()


def _progress(results: Iterator[Any], shown: bool, total: int, what: str, unit: str,
              per_item: Any = None) -> Iterator[Any]:
    """Yield results while a tqdm bar (rate and ETA) on stderr counts them."""
    from tqdm import tqdm

    with tqdm(total=total, desc=what, unit=unit, disable=not shown, file=sys.stderr, dynamic_ncols=True) as bar:
        for result in results:
            yield result
            bar.update(per_item(result) if per_item else 1)


# -- writes (parent process only) ------------------------------------------------------------------
def _ensure_reparse_table(store: Store) -> None:
    if "reparse_files" not in store.db.table_names():
        store.db["reparse_files"].create({"path": str, "size": int, "mtime": float, "records": int, "errors": int,
                                          "finished": str}, pk="path")


def _finished_unchanged(store: Store, path: str) -> bool:
    rows = list(store.db.query("select size, mtime, finished from reparse_files where path = ?", [path]))
    if not rows or not rows[0]["finished"]:
        return False
    stat = os.stat(path)
    return rows[0]["size"] == stat.st_size and rows[0]["mtime"] == stat.st_mtime


def _mark_finished(store: Store, index: FileIndex) -> None:
    with store.db.conn:
        store.db["reparse_files"].upsert({"path": index.path, "size": index.size, "mtime": index.mtime,
                                          "records": index.records, "errors": len(index.errors),
                                          "finished": now_iso()}, pk="path")


def _remaining_per_file(jobs: list[ReportJob], pending: list[str]) -> dict[str, int]:
    remaining = dict.fromkeys(pending, 0)
    for job in jobs:
        for path in job.files & remaining.keys():
            remaining[path] += 1
    return remaining


def _write_captures(store: Store, indexes: list[FileIndex]) -> None:
    """Captures rows for the files being re-parsed; rows the crawl already wrote (with crawl ids) are kept."""
    portal_of = {m.capture_id: m for ix in indexes for m in ix.metas}
    for ix in indexes:
        rows = []
        for c in ix.captures:
            meta = portal_of.get(c.record_id)
            rows.append({"id": c.record_id, "crawl_id": None, "portal_id": meta.portal_id if meta else None,
                         "url": c.url, "method": None, "status": c.status, "mime": c.mime,
                         "record_type": c.record_type, "warc_file": _archive_name(c.file),
                         "warc_offset": c.offset, "warc_length": c.length, "payload_digest": c.payload_digest,
                         "refers_to": c.refers_to, "etag": c.etag, "last_modified": c.last_modified, "ip": c.ip,
                         "render_mode": meta.render_mode if meta else None,
                         "fetched_at": c.date[:19] + "Z" if len(c.date) >= 19 else c.date})  # as the crawl: seconds
        _ensure_portals(store, {r["portal_id"] for r in rows})
        with store.db.conn:
            store.db["captures"].insert_all(rows, pk="id", ignore=True)


def _archive_name(path: str) -> str:
    """The file name the finished WARC has (an `.open` file is renamed when the crawl closes it)."""
    name = Path(path).name
    return name.removesuffix(".open")


def _ensure_portals(store: Store, portal_ids: set[str | None]) -> None:
    """Reports and captures reference portals; a fresh database learns the ids from the metadata records."""
    rows = [{"portal_id": p} for p in sorted(p for p in portal_ids if p)]
    if rows:
        with store.db.conn:
            store.db["portals"].insert_all(rows, pk="portal_id", ignore=True)


def _report_errors(store: Store, index: FileIndex) -> None:
    for offset, error in index.errors:
        print(f"reparse: corrupt record skipped: {index.path}:{offset}: {error}", file=sys.stderr)
        store.add_problem(f"{index.path}#{offset}", "warc", "corrupt record", error)


def _save(store: Store, job: ReportJob, report: Report | None, error: str | None) -> None:
    """One report in its own transaction, attributed to the crawl that captured it when that is known."""
    if report is None:
        print(f"reparse: could not parse {job.report_url}: {error}", file=sys.stderr)
        store.add_problem(job.report_url, "reparse", "parse failed", error or "")
        return
    crawl_of = _crawl_ids(store, job.history)
    current = [crawl_of[c.record_id] for c, _ in job.pages + job.attachments if crawl_of.get(c.record_id)]
    _ensure_portals(store, {job.portal_id})
    report_id = store.save_report(report, portal_id=job.portal_id, crawl_id=max(current) if current else None)
    history = [{"report_id": report_id, "capture_id": cid, "crawl_id": crawl_of.get(cid)} for cid in job.history]
    with store.db.conn:
        store.db["report_captures"].insert_all(history, pk=("report_id", "capture_id"), ignore=True)


def _crawl_ids(store: Store, capture_ids: list[str]) -> dict[str, int | None]:
    marks = ",".join("?" * len(capture_ids))
    return {r["id"]: r["crawl_id"] for r in store.db.query(
        f"select id, crawl_id from captures where id in ({marks})", capture_ids)}


def _corrupt_records(store: Store, files: list[str]) -> int:
    marks = ",".join("?" * len(files))
    return next(store.db.query(
        f"select coalesce(sum(errors), 0) as n from reparse_files where path in ({marks})", files))["n"]
