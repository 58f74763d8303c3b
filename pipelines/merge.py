"""Merge per-worker database shards (`xxgk crawl --redis … --worker N`) into one database.

Each shard numbers its own crawls from 1, so crawl rows are matched by what they are (worker, start, seeds)
and renumbered in start order across all shards; every crawl_id column follows. Everything else is keyed on
stable ids (report id = hash of its URL, capture id = WARC-Record-ID) and upserted, so merging again, or
merging into a database that already holds some shards, changes nothing. When two shards hold the same
report, the one parsed from the newer capture wins, with its parts, sections, facts and checks; the capture
history of both is kept.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from .store import Store

CRAWL_KEY = ("started", "worker", "seeds")  # what identifies a crawl row across shards, in numbering order
REPORT_CHILDREN = ("report_parts", "sections", "facts", "checks")
CRAWL_KEYED = ("captures", "candidates", "failures", "report_captures")  # copied with crawl_id renumbered
# Handled explicitly, or bookkeeping of the shard itself (its own schema version, its re-parse progress).
SKIPPED = {"_meta", "reparse_files", "crawls", "reports", *REPORT_CHILDREN, *CRAWL_KEYED}


def merge(shards: list[Path], db_path: str) -> int:
    """Combine shards into `db_path`. Returns 0, or 1 when a shard is not an xxgk database (nothing merged)."""
    bad = [s for s in shards if not _is_xxgk_db(s)]
    if bad:
        print(f"merge: not an xxgk database: {', '.join(map(str, bad))}", file=sys.stderr)
        return 1
    store = Store(db_path)  # creates the schema in a new target
    conn = store.db.conn
    try:
        crawl_ids = _merge_crawls(conn, shards)
        for shard in sorted(shards, key=str):
            conn.execute("attach database ? as shard", [str(shard)])
            try:
                with conn:
                    _renumber(conn, crawl_ids[str(shard)])
                    _copy_plain_tables(conn, ["portals"])
                    for table in ("captures", "candidates", "failures"):
                        _copy_renumbered(conn, table)
                    _merge_reports(conn, crawl_ids[str(shard)])
                    _copy_plain_tables(conn, _other_tables(conn))
            finally:
                conn.execute("detach database shard")
        counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("crawls", "reports", "facts")}
        print(f"merge: {len(shards)} shards → {db_path}: " + ", ".join(f"{n} {t}" for t, n in counts.items()),
              file=sys.stderr)
        return 0
    finally:
        store.close()


def _is_xxgk_db(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return {"crawls", "reports", "captures"} <= names


def _merge_crawls(conn: sqlite3.Connection, shards: list[Path]) -> dict[str, dict[int, int]]:
    """Insert the shards' crawl rows not yet in the target, in start order; shard path → old id → new id."""
    rows = []
    for shard in shards:
        source = sqlite3.connect(f"file:{shard}?mode=ro", uri=True)
        source.row_factory = sqlite3.Row
        rows += [(str(shard), dict(r)) for r in source.execute("select * from crawls")]
        source.close()
    columns = [r[1] for r in conn.execute("pragma table_info(crawls)") if r[1] != "id"]
    mapping: dict[str, dict[int, int]] = {str(s): {} for s in shards}
    with conn:
        for shard, row in sorted(rows, key=lambda item: tuple(str(item[1].get(k) or "") for k in CRAWL_KEY)):
            key = [row.get(k) for k in CRAWL_KEY]
            found = conn.execute("select id from crawls where started is ? and worker is ? and seeds is ?",
                                 key).fetchone()
            if found is None:
                present = [c for c in columns if c in row]
                cursor = conn.execute(
                    f"insert into crawls ({', '.join(present)}) values ({', '.join('?' * len(present))})",
                    [row[c] for c in present])
                found = (cursor.lastrowid,)
            mapping[shard][row["id"]] = found[0]
    return mapping


def _shared_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    main = [r[1] for r in conn.execute(f"pragma main.table_info([{table}])")]
    theirs = {r[1] for r in conn.execute(f"pragma shard.table_info([{table}])")}
    return [c for c in main if c in theirs]


def _copy_plain_tables(conn: sqlite3.Connection, tables: list[str]) -> None:
    """Tables without crawl ids (portals, problems, tables other modules add): rows not yet present are added."""
    for table in tables:
        if not conn.execute("select 1 from main.sqlite_master where type = 'table' and name = ?",
                            [table]).fetchone():
            sql = conn.execute("select sql from shard.sqlite_master where type = 'table' and name = ?",
                               [table]).fetchone()[0]
            conn.execute(sql)  # a table the target has not seen yet: same definition
        columns = ", ".join(f"[{c}]" for c in _shared_columns(conn, table))
        conn.execute(f"insert or ignore into main.[{table}] ({columns}) select {columns} from shard.[{table}]")


def _other_tables(conn: sqlite3.Connection) -> list[str]:
    """The shard's tables not handled explicitly, without virtual (FTS) tables and their shadow tables."""
    rows = conn.execute("select name, sql from shard.sqlite_master where type = 'table' order by name").fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    return [name for name, _ in rows if name not in SKIPPED and name != "portals" and not name.startswith("sqlite_")
            and not any(name == v or name.startswith(v + "_") for v in virtual)]


def _renumber(conn: sqlite3.Connection, crawl_ids: dict[int, int]) -> None:
    conn.execute("create temp table if not exists crawl_map (old integer primary key, new integer)")
    conn.execute("delete from crawl_map")
    conn.executemany("insert into crawl_map values (?, ?)", sorted(crawl_ids.items()))


def _copy_renumbered(conn: sqlite3.Connection, table: str, verb: str = "insert or replace") -> None:
    """Copy a table whose crawl_id is renumbered through crawl_map."""
    columns = _shared_columns(conn, table)
    select = ", ".join("(select new from crawl_map where old = s.crawl_id)" if c == "crawl_id" else f"s.[{c}]"
                       for c in columns)
    conn.execute(f"{verb} into main.[{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                 f"select {select} from shard.[{table}] s")


def _merge_reports(conn: sqlite3.Connection, crawl_ids: dict[int, int]) -> None:
    """Reports from the shard: new ones copied, shared ones replaced when the shard's capture is newer."""
    columns = [c for c in _shared_columns(conn, "reports") if c not in ("first_seen_crawl", "last_seen_crawl")]
    rows = conn.execute(
        "select s.id, s.first_seen_crawl, s.last_seen_crawl, m.id is not null, "
        "coalesce((select fetched_at from shard.captures where id = s.capture_id), ''), "
        "coalesce((select fetched_at from main.captures where id = m.capture_id), '') "
        "from shard.reports s left join main.reports m on m.id = s.id order by s.id").fetchall()
    names = ", ".join(f"[{c}]" for c in columns)
    for report_id, first, last, known, theirs, ours in rows:
        if not known:
            conn.execute(f"insert into main.reports ({names}) select {names} from shard.reports where id = ?",
                         [report_id])
        elif theirs > ours:
            # UPDATE, not REPLACE: keeps the FTS triggers and the rows that reference the report valid
            conn.execute(f"update main.reports set ({names}) = (select {names} from shard.reports where id = ?) "
                         "where id = ?", [report_id, report_id])
            for child in REPORT_CHILDREN:
                conn.execute(f"delete from main.[{child}] where report_id = ?", [report_id])
        if not known or theirs > ours:
            for child in REPORT_CHILDREN:
                child_columns = ", ".join(f"[{c}]" for c in _shared_columns(conn, child))
                conn.execute(f"insert into main.[{child}] ({child_columns}) select {child_columns} "
                             f"from shard.[{child}] where report_id = ?", [report_id])
        first, last = crawl_ids.get(first), crawl_ids.get(last)
        conn.execute("update main.reports set first_seen_crawl = coalesce(min(first_seen_crawl, ?), ?, "
                     "first_seen_crawl), last_seen_crawl = coalesce(max(last_seen_crawl, ?), ?, last_seen_crawl) "
                     "where id = ?", [first, first, last, last, report_id])
    _copy_renumbered(conn, "report_captures", "insert or ignore")
