"""`xxgk serve`: the archive database in Datasette, read-only, with metadata, canned queries, charts, Chinese
full-text search and provenance links to the archived captures (crawler.datasette_plugin)."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import sqlite_utils
from datasette.app import Datasette
from datasette.plugins import pm
from sqlite_utils.utils import sqlite3

from pipelines.views import ensure_views

from . import datasette_plugin
from .datasette_metadata import build_metadata

# Where `xxgk replay` serves the archive (pywb collection URL); XXGK_REPLAY_URL overrides it.
DEFAULT_REPLAY_URL = "http://127.0.0.1:8080/xxgk"
SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "truncate_cells_html": 300,  # report bodies are long; the row page shows them whole
    "suggest_facets": False,  # suggestions run extra queries on every table page; the useful ones are set
}


class ServeError(Exception):
    pass


def prepare_database(db_path: Path) -> dict[str, list[str]]:
    """Bring the views up to date (the only write, made before serving) and fold the WAL into the file.
    Returns the columns of every table and view, for the metadata."""
    if not db_path.is_file():
        raise ServeError(f"no database at {db_path}")
    db = sqlite_utils.Database(db_path)
    try:
        try:
            tables = db.table_names()
        except sqlite3.DatabaseError as error:
            raise ServeError(f"{db_path} is not an SQLite database ({error})") from None
        if "reports" not in tables:
            raise ServeError(f"{db_path} is not an xxgk archive database (no reports table)")
        if os.access(db_path, os.W_OK):
            db.execute("pragma busy_timeout = 10000")  # a crawl may be writing at the same time
            try:
                ensure_views(db)
                db.execute("pragma wal_checkpoint(passive)")
            except sqlite3.OperationalError as error:  # e.g. a read-only directory: serve what is there
                print(f"xxgk serve: views not updated ({error})", file=sys.stderr)
        names = db.table_names() + db.view_names()
        return {name: [column.name for column in db[name].columns] for name in names}
    finally:
        db.close()


def build_datasette(db_path: str | Path, archive_dir: str | Path = "archive",
                    replay_url: str | None = None) -> Datasette:
    """A Datasette for one archive database, opened read-only, with the xxgk plugin and metadata."""
    db_path = Path(db_path)
    columns = prepare_database(db_path)
    metadata = build_metadata(db_path.stem, replay_url or os.environ.get("XXGK_REPLAY_URL", DEFAULT_REPLAY_URL),
                              columns)
    metadata["plugins"][datasette_plugin.PLUGIN].update(
        {"database": db_path.stem, "archive_dir": str(Path(archive_dir).resolve())})
    datasette_plugin.install(pm)
    return Datasette(files=[str(db_path)], metadata=metadata, settings=SETTINGS)


async def _get(datasette: Datasette, path: str) -> int:
    await datasette.invoke_startup()
    response = await datasette.client.get(path)
    sys.stdout.write(response.text)
    return 0 if response.status_code == 200 else 1


def serve(db_path: str, *, host: str = "127.0.0.1", port: int = 8001, archive_dir: str = "archive",
          get_path: str | None = None) -> int:
    try:
        datasette = build_datasette(db_path, archive_dir)
    except ServeError as error:
        print(f"xxgk serve: {error}", file=sys.stderr)
        return 1
    if get_path is not None:
        return asyncio.run(_get(datasette, get_path))
    import uvicorn

    print(f"Serving {db_path} read-only at http://{host}:{port}/ (archive: {archive_dir})", flush=True)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
    return 0
