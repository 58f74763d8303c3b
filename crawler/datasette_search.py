"""Chinese full-text search in Datasette: ?_search= terms of one or two characters.

An FTS5 trigram index cannot MATCH a term shorter than three characters (教育, 税). Such terms become LIKE
conditions on the table the index reads from; longer terms still use the index. This works on SQLite 3.40
(where LIKE on the FTS table itself misses CJK text) as on 3.51. Datasette's own search filter handles every
request without short terms, and raw search mode (?_searchmode=raw) is left to it.

Datasette registers its default filters as the plugin module `datasette.filters`; `install` swaps that module
for this one, which re-exports the other two default filters unchanged.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from datasette import filters as datasette_filters
from datasette import hookimpl
from datasette.filters import FilterArguments, through_filters, where_filters
from datasette.utils import escape_fts, escape_sqlite
from datasette.utils.asgi import BadRequest

TRIGRAM = 3  # shortest term an FTS5 trigram index can match
_CONTENT_OPTION = re.compile(r"content\s*=\s*['\"\[]?(\w+)", re.I)
DEFAULT_FILTERS = (where_filters, through_filters)  # re-registered with this module


def _search_args(request: Any) -> dict[str, str]:
    return {k: request.args[k] for k in request.args if k.startswith("_search") and k != "_searchmode"}


def _needs_short_search(request: Any, table_metadata: dict[str, Any]) -> bool:
    raw = request.args.get("_searchmode", table_metadata.get("searchmode")) == "raw"
    return not raw and any(len(term) < TRIGRAM for text in _search_args(request).values() for term in text.split())


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


async def _indexed_table(db: Any, fts_table: str) -> str:
    """The table an external-content FTS index reads from (the FTS table itself otherwise)."""
    sql = (await db.execute("select sql from sqlite_master where name = ?", [fts_table])).first()
    found = _CONTENT_OPTION.search(sql[0] or "") if sql else None
    return found.group(1) if found else fts_table


@hookimpl(specname="filters_from_request")
def search_filters(request: Any, database: str, table: str, datasette: Any) -> Any:
    """Datasette's ?_search= / ?_search_col=, with terms under three characters matched by LIKE."""
    if not _needs_short_search(request, datasette.table_metadata(database, table)):
        return datasette_filters.search_filters(request, database, table, datasette)

    async def inner() -> FilterArguments:
        db = datasette.get_database(database)
        table_metadata = datasette.table_metadata(database, table)
        fts_table = request.args.get("_fts_table") or table_metadata.get("fts_table") or await db.fts_table(table)
        if not fts_table:
            return FilterArguments([], extra_context={"supports_search": False})
        fts_pk = request.args.get("_fts_pk", table_metadata.get("fts_pk", "rowid"))
        indexed = await _indexed_table(db, fts_table)
        # FTS5 tables also report their hidden columns (the table's own name, rank)
        columns = [c for c in await db.table_columns(fts_table) if c not in (fts_table, "rank")]
        where, params, described = [], {}, []
        for i, (arg, text) in enumerate(_search_args(request).items()):
            column = arg.split("_search_", 1)[1] if arg.startswith("_search_") else None
            if column is not None and column not in columns:
                raise BadRequest("Cannot search by that column")
            for j, term in enumerate(text.split()):
                name = f"xxgk_search_{i}_{j}"
                if len(term) >= TRIGRAM:
                    target = escape_sqlite(column or fts_table)
                    where.append(f"{escape_sqlite(fts_pk)} in (select rowid from {escape_sqlite(fts_table)} "
                                 f"where {target} match :{name})")
                    params[name] = escape_fts(term)
                else:
                    searched = [column] if column else columns
                    likes = " or ".join(f"{escape_sqlite(c)} like :{name} escape '\\'" for c in searched)
                    where.append(f"{escape_sqlite(fts_pk)} in (select rowid from {escape_sqlite(indexed)} "
                                 f"where {likes})")
                    params[name] = _like_pattern(term)
            described.append(f'search {"column " + repr(column) + " " if column else ""}matches "{text}"')
        return FilterArguments(where, params, described,
                               {"supports_search": True, "search": " ".join(_search_args(request).values())})

    return inner


def install(plugin_manager: Any) -> None:
    """Replace Datasette's default filters module by this one (idempotent)."""
    if plugin_manager.get_plugin("datasette.filters") is not None:
        plugin_manager.unregister(name="datasette.filters")
    if plugin_manager.get_plugin(__name__) is None:
        plugin_manager.register(sys.modules[__name__], name=__name__)
