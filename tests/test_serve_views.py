"""pipelines.views: the pivoted grids, the overview and the reference tables, read with plain SQLite."""

import json
import sqlite3

import pytest
import sqlite_utils
from serve_archive import O5_FAILS, PORTALS, R1_FAILS, build_archive, received_for

from pipelines.keys import APPLICANT_COLUMNS, APPLY_ROWS, KEY_VOCABULARY, REVIEW_BLOCKS, REVIEW_COLUMNS
from pipelines.records import Fact, Report
from pipelines.store import Store
from pipelines.views import VIEWS, ensure_views


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    built = build_archive(tmp_path_factory.mktemp("views"))
    db = sqlite_utils.Database(built.db_path)
    ensure_views(db)
    db.close()
    return built


@pytest.fixture
def db(archive):
    database = sqlite_utils.Database(archive.db_path)
    yield database
    database.close()


def test_section3_grid_pivots_one_row_per_report_and_row_key(archive, db):
    report = archive.report("fuyang", 2022)
    rows = list(db.query("select * from section3_grid where report_id = ? order by row_seq", [report.report_id]))
    printed = {f.key.rsplit(".", 1)[0] for f in report.facts if f.key.rsplit(".", 1)[0] in APPLY_ROWS}
    assert [r["row_key"] for r in rows] == [k for k in APPLY_ROWS if k in printed]
    assert list(rows[0])[-8:] == list(APPLICANT_COLUMNS)
    received = rows[0]
    n = received_for("fuyang", 2022)
    assert (received["row_key"], received["label_zh"]) == ("apply.received_new", "本年新收政府信息公开申请数量")
    assert (received["natural_person"], received["business"], received["total"]) == (n, 2, n + 2)
    assert received["legal_entity"] == 2  # not printed: the sum of the five organisation columns
    assert received["year"] == 2022 and received["template"] == "t2021"


def test_section3_grid_keeps_the_2019_single_other_row(archive, db):
    report = archive.report("erdao", 2019)
    keys = [r["row_key"] for r in db.query("select row_key from section3_grid where report_id = ?",
                                           [report.report_id])]
    assert "apply.outcome.other" in keys and "apply.outcome.other.misc" not in keys


def test_section4_row_has_the_fifteen_cells(archive, db):
    report = archive.report("jingmen", 2021)
    row = next(db.query("select * from section4_row where report_id = ?", [report.report_id]))
    cells = {f"{b.replace('.', '_')}_{c}" for b in REVIEW_BLOCKS for c in REVIEW_COLUMNS}
    assert cells <= set(row) and len(cells) == 15
    expected = {f.key.replace(".", "_"): f.value for f in report.facts if f.key.replace(".", "_") in cells}
    assert {k: row[k] for k in cells} == expected
    # e2014 reports also carry review.* keys, but they have no section 四 grid
    e2014 = archive.report("erdao", 2017)
    assert db["section4_row"].count_where("report_id = ?", [e2014.report_id]) == 0


def test_report_overview_names_places_and_failing_check_families(archive, db):
    rows = {(r["portal_id"], r["year"]): r for r in db.query("select * from report_overview")}
    assert len(rows) == len(archive.reports)
    fuyang = rows[("fuyang", 2021)]
    assert (fuyang["province"], fuyang["prefecture"], fuyang["region_name"]) == ("浙江省", "杭州市", "富阳区")
    assert fuyang["level"] == "county" and fuyang["portal_name"] == "杭州市富阳区人民政府"
    failing = {key: json.loads(r["failing_checks"]) for key, r in rows.items() if json.loads(r["failing_checks"])}
    assert failing == {**{k: ["R1"] for k in R1_FAILS}, **{k: ["O5"] for k in O5_FAILS}}
    shanghai = rows[("shanghai", 2010)]
    assert (shanghai["province"], shanghai["region_name"], shanghai["prefecture"]) == ("上海市", "上海市", None)
    rowids = dict(db.execute("select id, rowid from reports").fetchall())
    assert all(r["report_rowid"] == rowids[r["id"]] for r in rows.values())


def test_facts_preferred_takes_the_table_cell_over_derived_and_text(tmp_path):
    store = Store(tmp_path / "p.db")
    facts = [Fact("apply.received.total", 12, "件", source="text"),
             Fact("apply.received.total", 11, "件", source="derived"),
             Fact("active.items_total", 90, "条", source="text"),
             Fact("active.items_total", 95, "条", source="table", confidence=0.5),
             Fact("active.items_total", 96, "条", source="table", origin="pdf")]
    rid = store.save_report(Report(url="http://a.gov.cn/1.html", year=2016, template="e2014", facts=facts))
    ensure_views(store.db)
    picked = dict(store.db.execute("select key, value from facts_preferred where report_id = ?", [rid]).fetchall())
    assert picked == {"apply.received.total": 11, "active.items_total": 96}
    store.close()


def test_fact_sources_link_each_fact_to_its_capture_and_labels(archive, db):
    report = archive.report("liandu", 2014)
    rows = list(db.query("select * from fact_sources where report_id = ?", [report.report_id]))
    assert len(rows) == len(report.facts)
    assert {r["capture_id"] for r in rows} == {report.capture_id}
    labels = {r["key"]: r["label_zh"] for r in rows}
    assert labels["apply.received.total"] == KEY_VOCABULARY["apply.received.total"].label_zh


def test_reference_tables_follow_the_vocabulary_and_new_regions(archive, tmp_path):
    store = Store(tmp_path / "r.db")
    ensure_views(store.db)
    assert store.db["key_vocabulary"].count == len(KEY_VOCABULARY)
    assert store.db["regions"].count == 0
    store.upsert_portals(PORTALS[:1])
    store.save_report(Report(url="http://b.gov.cn/2.html", region_code="220105", year=2020, template="t2019"),
                      portal_id="fuyang")
    ensure_views(store.db)
    names = dict(store.db.execute("select code, name from regions").fetchall())
    assert names == {"330111": "富阳区", "220105": "二道区"}
    store.close()


def test_ensure_views_is_idempotent_and_repairs_a_changed_view(archive, db):
    ensure_views(db)
    db.execute("drop view report_overview")
    db.execute("create view report_overview as select 1 as stale")
    db.execute("update _meta set value = 'old' where key = 'views_digest'")
    ensure_views(db)
    assert "province" in db["report_overview"].columns_dict
    assert set(VIEWS) <= set(db.view_names())


def test_views_work_in_the_system_sqlite(archive):
    """The views are plain SQL: the stdlib sqlite3 (SQLite 3.40 here) reads them without Datasette."""
    conn = sqlite3.connect(archive.db_path)
    for name in VIEWS:
        conn.execute(f"select * from [{name}] limit 5").fetchall()
    total = conn.execute("select sum(total) from section3_grid where row_key = 'apply.received_new'").fetchone()[0]
    expected = sum(r.received + 2 for r in archive.reports if r.year >= 2019)
    assert total == expected
    conn.close()
