"""The `xxgk` command line. Each command parses options and hands off to one function; heavy imports
(Scrapy, Datasette) happen inside the command that needs them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

DEFAULT_DB = "xxgk.db"
DEFAULT_ARCHIVE = "archive"

db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite database file.")


@click.group()
@click.version_option(package_name="xxgk-archive")
def cli() -> None:
    """Crawl, archive and analyse Chinese government information disclosure annual reports.

    \b
    Example:
        xxgk crawl --seeds seeds/demo.csv --archive archive --db xxgk.db
        xxgk serve --db xxgk.db
    """


@cli.command()
@click.option("--seeds", "seeds_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Seed CSV: portal_id,name,region_code,level,homepage[,start_urls].")
@click.option("--archive", "archive_dir", default=DEFAULT_ARCHIVE, show_default=True, type=click.Path(file_okay=False),
              help="Directory for WARC files.")
@db_option
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Scrapy JOBDIR: a killed crawl restarted with the same JOBDIR resumes.")
@click.option("--redis", "redis_url", default=None, help="Share the frontier through scrapy-redis (redis://host:port/db).")
@click.option("--worker", default=None, help="Worker name (WARC prefix and crawl row) when several share one frontier.")
@click.option("--set", "-s", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy/XXGK setting.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None, help="Write the crawl log here too.")
def crawl(seeds_path: str, archive_dir: str, db_path: str, jobdir: str | None, redis_url: str | None,
          worker: str | None, overrides: tuple[str, ...], log_file: str | None) -> None:
    """Crawl the portals of a seed file into WARC files and the database.

    \b
    Exit codes: 0 all portals crawled; 1 the crawl could not run; 3 finished with failed portals
    (recorded in the `failures` table; partial results are kept).
    """
    from .run import run_crawl

    sys.exit(run_crawl(seeds_path, archive_dir, db_path, jobdir=jobdir, redis_url=redis_url, worker=worker,
                       overrides=dict(o.split("=", 1) for o in overrides), log_file=log_file))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes (one WARC file each at a time).")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar with rate and ETA.")
def reparse(paths: tuple[str, ...], db_path: str, jobs: int, progress: bool) -> None:
    """Rebuild reports, facts and checks from archived WARC files, offline."""
    from pipelines.reparse import reparse as run

    sys.exit(run([Path(p) for p in paths], db_path, jobs=jobs, progress=progress))


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--archive", "archive_dir", default=DEFAULT_ARCHIVE, show_default=True, type=click.Path(file_okay=False),
              help="WARC directory, for the provenance links.")
@click.option("--get", "get_path", default=None, help="Fetch one path through the app, print it and exit.")
def serve(db_path: str, host: str, port: int, archive_dir: str, get_path: str | None) -> None:
    """Browse the database in Datasette (read-only), with search, facets, charts and provenance."""
    from .serve import serve as run

    sys.exit(run(db_path, host=host, port=port, archive_dir=archive_dir, get_path=get_path))


@cli.command()
@click.option("--archive", "archive_dir", default=DEFAULT_ARCHIVE, show_default=True, type=click.Path(file_okay=False))
@click.option("--port", default=8080, show_default=True)
@click.option("--collection", default="xxgk", show_default=True)
def replay(archive_dir: str, port: int, collection: str) -> None:
    """Replay the archive in a local pywb (installed in .venv-pywb by the setup)."""
    from .replay import replay as run

    sys.exit(run(archive_dir, port=port, collection=collection))


@cli.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@db_option
def merge(shards: tuple[str, ...], db_path: str) -> None:
    """Merge per-worker database shards into one database."""
    from pipelines.merge import merge as run

    sys.exit(run([Path(s) for s in shards], db_path))


@cli.command()
@click.option("--out", "out_dir", default="demo-output", show_default=True, type=click.Path(file_okay=False))
def demo(out_dir: str) -> None:
    """Serve the bundled offline demo portal on 127.0.0.1, crawl it, and say where everything is."""
    from .demo import run_demo

    sys.exit(run_demo(Path(out_dir)))


def main() -> None:
    cli()
