"""SQL views (and their two small reference tables) that make the database readable without code.

The views are plain SQLite, so they work in any client, not only in Datasette:

* `facts_preferred`: one fact per (report, key), preferring a table cell over a derived value over prose.
* `section3_grid`: the section-三 grid, one row per report × row key with the 7 applicant columns + legal_entity.
* `section4_row`: the 15 section-四 cells of a report on one row.
* `report_overview`: a report with its province, region name, portal level and failing check families.
* `fact_sources`: every fact with its labels, its report and the capture it came from (provenance).

Reference tables: `key_vocabulary` (pipelines.keys.KEY_VOCABULARY) and `regions` (names of the division codes
that portals and reports use). `ensure_views` is idempotent and cheap when nothing changed.
"""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from .keys import APPLICANT_COLUMNS, APPLY_ROWS, KEY_VOCABULARY, REVIEW_BLOCKS, REVIEW_COLUMNS
from .regions import division
from .transactions import write_transaction

_ORG_COLUMNS = ("business", "research", "nonprofit", "legal_service", "other_org")


# Preference when one key has several facts: a printed cell beats a computed value beats a sentence, then the
# higher confidence, then the origin name (html before pdf …) so the choice is deterministic.
def _preference(alias: str) -> str:
    return (f"(case {alias}.source when 'table' then 0 when 'derived' then 1 else 2 end, "
            f"-coalesce({alias}.confidence, 1), {alias}.origin)")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _facts_preferred() -> str:
    # A filter (no aggregate, no window) so that conditions on report_id or key reach the facts indexes.
    return f"""
select f.report_id, f.key, f.value, f.unit, f.template, f.raw_label, f.raw_value, f.source, f.value_flag,
  f.confidence, f.origin
from facts f
where not exists (
  select 1 from facts b where b.report_id = f.report_id and b.key = f.key and {_preference("b")} < {_preference("f")}
)"""


def _section3_grid() -> str:
    rows = ",\n    ".join(
        f"({_quote(key)}, {seq}, {_quote(zh)}, {_quote(en)})"
        for seq, (key, (zh, en, _templates)) in enumerate(APPLY_ROWS.items(), start=1))
    columns = ", ".join(f"({_quote(c)})" for c in APPLICANT_COLUMNS)

    def cell(column: str) -> str:
        return f"max(case when m.col = {_quote(column)} then p.value end)"

    printed = ",\n  ".join(f"{cell(c)} as {c}" for c in APPLICANT_COLUMNS if c != "legal_entity")
    org_any = " or ".join(f"{cell(c)} is not null" for c in _ORG_COLUMNS)
    org_sum = " + ".join(f"coalesce({cell(c)}, 0)" for c in _ORG_COLUMNS)
    # One flat aggregate (no nested pivot), so a filter on report_id reaches the facts primary key.
    return f"""
with grid_rows(row_key, row_seq, label_zh, label_en) as (values
    {rows}),
grid_columns(col) as (values {columns}),
cell_map as (select g.*, c.col, g.row_key || '.' || c.col as key from grid_rows g, grid_columns c)
select p.report_id, r.year, r.template, r.agency, m.row_seq, m.row_key, m.label_zh, m.label_en,
  {printed},
  coalesce({cell("legal_entity")}, case when {org_any} then {org_sum} end) as legal_entity
from facts_preferred p join cell_map m on m.key = p.key join reports r on r.id = p.report_id
group by p.report_id, m.row_key
order by p.report_id, m.row_seq"""


def _section4_row() -> str:
    cells = [(f"{block}.{col}", f"{block.replace('.', '_')}_{col}") for block in REVIEW_BLOCKS for col in REVIEW_COLUMNS]
    pivots = ",\n  ".join(f"max(case when p.key = {_quote(key)} then p.value end) as {name}" for key, name in cells)
    keys = ", ".join(_quote(key) for key, _name in cells)
    return f"""
select p.report_id, r.year, r.template, r.agency,
  {pivots}
from facts_preferred p join reports r on r.id = p.report_id
where p.key in ({keys}) and r.template in ('t2019', 't2021')
group by p.report_id"""


def _report_overview() -> str:
    # Failing checks are listed by rule family (R1, O5 …) as a JSON array, so Datasette can facet on them.
    return """
select r.rowid as report_rowid, r.id, r.title, r.agency, r.agency_type, r.year, r.template, r.edition,
  coalesce(r.region_code, p.region_code) as region_code,
  coalesce(g.province, p.province) as province, g.prefecture, g.name as region_name, p.level, r.portal_id, p.name as portal_name,
  r.published, r.is_mirror, r.tables_missing, r.n_facts, r.n_checks_failed,
  (select json_group_array(family) from (
     select distinct substr(c.rule, 1, instr(c.rule || '.', '.') - 1) as family
     from checks c where c.report_id = r.id and not c.passed order by family)) as failing_checks,
  r.capture_id, r.url
from reports r
left join portals p on p.portal_id = r.portal_id
left join regions g on g.code = coalesce(r.region_code, p.region_code)"""


def _fact_sources() -> str:
    return """
select f.report_id, r.title, r.year, r.template, f.key, k.label_zh, k.label_en, f.value, f.unit, f.source,
  f.value_flag, f.confidence, f.raw_label, f.raw_value, f.origin,
  coalesce(
    (select rp.capture_id from report_parts rp
     where rp.report_id = f.report_id and rp.capture_id is not null
       and ((f.origin = 'html' and rp.kind = 'page') or (f.origin != 'html' and rp.kind = 'attachment'))
     order by rp.seq limit 1),
    r.capture_id) as capture_id,
  r.url
from facts f
join reports r on r.id = f.report_id
left join key_vocabulary k on k.key = f.key"""


VIEWS: dict[str, str] = {
    "facts_preferred": _facts_preferred(),
    "section3_grid": _section3_grid(),
    "section4_row": _section4_row(),
    "report_overview": _report_overview(),
    "fact_sources": _fact_sources(),
}


def _vocabulary_rows() -> list[dict[str, str | None]]:
    return [{"key": k.key, "label_zh": k.label_zh, "label_en": k.label_en, "unit": k.unit, "section": k.section,
             "templates": " ".join(k.templates), "description": k.description}
            for k in KEY_VOCABULARY.values()]


def _definitions_digest() -> str:
    payload = json.dumps([VIEWS, _vocabulary_rows()], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _refresh_definitions(db: sqlite_utils.Database, digest: str) -> None:
    for name in VIEWS:
        db.execute(f"drop view if exists [{name}]")
    db["key_vocabulary"].drop(ignore=True)
    db["key_vocabulary"].insert_all(_vocabulary_rows(), pk="key")
    if "regions" not in db.table_names():
        db["regions"].create({"code": str, "name": str, "province": str, "prefecture": str, "level": str}, pk="code")
    for name, sql in VIEWS.items():
        db.execute(f"create view [{name}] as {sql}")
    db["_meta"].upsert({"key": "views_digest", "value": digest}, pk="key")


def _add_missing_regions(db: sqlite_utils.Database) -> None:
    """Name every division code that portals or reports use (codes appear as crawls add reports)."""
    missing = [row["code"] for row in db.query(
        "select distinct code from (select region_code as code from reports union select region_code from portals) "
        "where code is not null and code not in (select code from regions)")]
    rows = []
    for code in missing:
        div = division(code)
        rows.append({"code": code, "name": div and div.name, "province": div and div.province,
                     # districts of the four municipalities have no prefecture (printed 直辖)
                     "prefecture": div and (div.province if div.prefecture == "直辖" else div.prefecture or None),
                     "level": div and div.level})
    db["regions"].insert_all(rows, pk="code", replace=True)


def ensure_views(db: sqlite_utils.Database) -> None:
    """Create or update the views and reference tables. Needs the tables of pipelines.store.ensure_schema."""
    digest = _definitions_digest()
    with write_transaction(db):
        current = db.execute("select value from _meta where key = 'views_digest'").fetchone()
        if current is None or current[0] != digest:
            _refresh_definitions(db, digest)
        _add_missing_regions(db)
