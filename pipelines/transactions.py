"""Write transactions that wait for other writers instead of failing.

sqlite-utils' atomic() opens a deferred transaction (BEGIN): one that reads before it writes gets "database is
locked" at once, busy_timeout notwithstanding, when another process committed in between (two crawl workers, a
crawl and a re-parse on one database). BEGIN IMMEDIATE takes the write lock first and waits for it.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import sqlite_utils
from sqlite_utils.utils import sqlite3  # the sqlite3 module sqlite-utils runs on (pysqlite3 when installed)

T = TypeVar("T")
_SCHEMA_ATTEMPTS = 5
_RACED = re.compile("already exists|database is locked")


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One transaction that holds the write lock from its start (a savepoint inside an open transaction)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")


def create_once(create: Callable[[], T]) -> T:
    """Run a check-then-create schema step (or the switch of a new file to WAL) that another process may be running
    at the same moment: a table it created between our check and our create, or its lock on the new file, is no
    error: the step is run again (and finds its tables)."""
    for attempt in range(_SCHEMA_ATTEMPTS):
        try:
            return create()
        except sqlite3.OperationalError as error:
            if not _RACED.search(str(error)) or attempt == _SCHEMA_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")
