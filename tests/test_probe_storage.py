"""Independent probe of the SQLite storage of parsed reports (docs/schema.md, spec section 2 keys).

Every case stores real `parse_report` output of realistic portal pages (builders reused from
tests/test_probe_accuracy.py) through the public `Store` API and checks the database as a researcher would
query it: documented columns and their types, foreign-key integrity, FTS5 (trigram) search and its sync,
idempotent re-saves, transactional writes (no half-written report), concurrent writers, edge reports
(traditional script, empty body, no facts, many facts) and the zero-versus-null semantics of docs/schema.md.
"""

from __future__ import annotations

import copy
import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils.utils import sqlite3

from pipelines.records import Fact, Report
from pipelines.store import Store, report_id_for
from tests.test_probe_accuracy import (
    BASE3,
    chrome_page,
    e2008_report,
    e2014_body,
    meta_block,
    one,
    p,
    parse,
    sec3_2021,
    t2019_body,
    t2021_page,
)

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------------------------------------
# realistic parsed reports (cached: parsing is deterministic and the tests copy before mutating)
# ---------------------------------------------------------------------------------------------------------------

URL21 = "http://www.yuhang.gov.cn/art/2022/1/20/art_1229_59012345.html"
URL19 = "http://www.anji.gov.cn/art/2020/1/15/art_1229_4412.html"
URL14 = "http://www.xxx.gov.cn/xxgk/nb/201703/t20170320_1234.html"
URL_TRAD = "https://www.gov.mo/zh-hant/news/2021-report.html"
_CACHE: dict[str, Report] = {}


def _t2021() -> Report:
    return one(URL21, t2021_page("杭州市余杭区人民政府2021年政府信息公开工作年度报告", agency="杭州市余杭区人民政府",
                                 footer_code="3301100001",
                                 meta=meta_block("002504538/2022-01234", "余杭区人民政府办公室", "2022-01-20")))


def _t2021_blank() -> Report:
    # blank cells in the section-三 grid: read as 0 with value_flag blank (docs "Zero versus null")
    return one(URL21.replace("59012345", "59012346"),
               t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(blank="")))


def _t2021_dash() -> Report:
    return one(URL21.replace("59012345", "59012347"),
               t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(blank="—")))


def _t2021_images() -> Report:
    # statistics tables pasted as images: tables_missing = 1 and no table facts (docs "Zero versus null")
    imgs = "".join(f'<p style="text-align:center"><img src="/picture/0/2201{i}.png" width="600"/></p>' for i in range(3))
    return one(URL21.replace("59012345", "59012348"),
               t2021_page("某某镇2021年政府信息公开工作年度报告", s2=imgs[:80], s3=imgs[80:160], s4=imgs[160:]))


def _t2019() -> Report:
    return one(URL19, chrome_page("安吉县2019年政府信息公开工作年度报告", t2019_body("安吉县"), date="2020-01-15"))


def _e2014() -> Report:
    return one(URL14, chrome_page("某某县2016年政府信息公开工作年度报告", e2014_body("某某县"), date="2017-03-20"))


def _e2008() -> Report:
    body = "".join([
        p("本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。"),
        p("一、概述"), p("2009年，我市政府信息公开工作稳步推进。"),
        p("二、主动公开政府信息的情况"), p("全年共主动公开政府信息1234条，其中规范性文件56条。"),
        p("三、依申请公开政府信息的情况"), p("全年共受理政府信息公开申请38件，均已按时答复。"),
        p("四、政府信息公开的收费及减免情况"), p("本年度未收取任何费用。"),
        p("五、因政府信息公开申请行政复议、提起行政诉讼的情况"), p("全年未发生行政复议和行政诉讼案件。"),
    ])
    return e2008_report(body, "某某市2009年政府信息公开工作年度报告")


def _traditional() -> Report:
    body = "".join([
        p("本報告根據《中華人民共和國政府信息公開條例》要求，由某某縣人民政府辦公室編制。本報告中所列數據的統計期限自2021年"
          "1月1日起至2021年12月31日止。"),
        p("一、總體情況"), p("2021年，某某縣堅持以公開為常態、不公開為例外，全面推進政務公開工作。"),
        p("二、主動公開政府資訊情況"), p("全年主動公開政府資訊1520條。"),
        p("三、收到和處理政府資訊公開申請情況"), p("全年新收政府資訊公開申請12件。"),
        p("四、存在的主要問題及改進情況"), p("公開內容不夠全面。"),
    ])
    return one(URL_TRAD, chrome_page("某某縣2021年政府資訊公開工作年度報告", body, site="某某縣人民政府"))


def _multipage() -> Report:
    full = t2021_page("某某区2021年政府信息公开工作年度报告").decode("utf-8")
    cut = full.index("<p>三、收到和处理政府信息公开申请情况</p>")
    end = full.index('</div></div>\n<div class="share">')
    page1 = full[:cut] + '<div class="page">1 <a href="art_9_1_2.html">2</a> <a href="art_9_1_2.html">下一页</a></div>' \
        + full[end:]
    start = full.index('<div id="zoom" class="TRS_Editor">') + len('<div id="zoom" class="TRS_Editor">')
    page2 = full[:start] + full[cut:end] + '<div class="page"><a href="art_9_1.html">上一页</a> 1 2</div>' + full[end:]
    return parse(("http://www.mm.gov.cn/art/2022/1/20/art_9_1.html", page1.encode()),
                 ("http://www.mm.gov.cn/art/2022/1/20/art_9_1_2.html", page2.encode()))


BUILDERS = {"t2021": _t2021, "t2021_blank": _t2021_blank, "t2021_dash": _t2021_dash, "t2021_images": _t2021_images,
            "t2019": _t2019, "e2014": _e2014, "e2008": _e2008, "traditional": _traditional, "multipage": _multipage}


def rep(name: str) -> Report:
    if name not in _CACHE:
        _CACHE[name] = BUILDERS[name]()
    return copy.deepcopy(_CACHE[name])


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "xxgk.db")
    yield s
    s.close()


def rows(store: Store, sql: str, params=()) -> list[dict]:
    return list(store.db.query(sql, list(params)))


def dump(store: Store, tables=("reports", "report_parts", "sections", "facts", "checks", "report_captures")) -> dict:
    return {t: sorted(tuple(r.values()) for r in store.db[t].rows) for t in tables}


def fts(store: Store, term: str) -> list[str]:
    return [r["id"] for r in rows(store, "select reports.id from reports_fts join reports on reports.rowid = "
                                          "reports_fts.rowid where reports_fts match ? order by reports.id",
                                  [f'"{term}"'])]


def fts_like(store: Store, term: str) -> list[str]:
    return [r["id"] for r in rows(store, "select reports.id from reports_fts join reports on reports.rowid = "
                                          "reports_fts.rowid where reports_fts.body like ? or reports_fts.title like ? "
                                          "order by reports.id", [f"%{term}%", f"%{term}%"])]


def fts_ok(store: Store) -> None:
    """FTS5 integrity-check against the external content table: raises when the index is out of sync."""
    store.db.execute("insert into reports_fts(reports_fts) values ('integrity-check')")


ALL = list(BUILDERS)

# ---------------------------------------------------------------------------------------------------------------
# 1. documented columns and their types (docs/schema.md)
# ---------------------------------------------------------------------------------------------------------------

DOC_COLUMNS = {
    "portals": ["portal_id", "name", "region_code", "province", "level", "homepage", "start_urls"],
    "crawls": ["id", "started", "finished", "seeds", "status", "worker", "settings", "pages", "reports", "failures",
               "warc_bytes", "revisits"],
    "captures": ["id", "crawl_id", "portal_id", "url", "method", "status", "mime", "record_type", "warc_file",
                 "warc_offset", "warc_length", "payload_digest", "refers_to", "etag", "last_modified", "ip",
                 "render_mode", "fetched_at"],
    "reports": ["id", "url", "portal_id", "title", "agency", "agency_type", "region_code", "year", "year_source",
                "published", "template", "edition", "script", "is_mirror", "mirror_reason", "body", "tables_missing",
                "tables_missing_reason", "body_hash", "capture_id", "parser_version", "n_facts", "n_checks_failed",
                "errors", "first_seen_crawl", "last_seen_crawl"],
    "report_parts": ["report_id", "seq", "url", "kind", "capture_id"],
    "report_captures": ["report_id", "capture_id", "crawl_id"],
    "sections": ["report_id", "seq", "number", "title", "start"],
    "facts": ["report_id", "key", "value", "unit", "template", "raw_label", "raw_value", "source", "value_flag",
              "confidence", "origin"],
    "checks": ["report_id", "rule", "passed", "detail"],
    "candidates": ["url", "crawl_id", "portal_id", "text", "kind", "decision", "reason", "score", "year", "via"],
    "failures": ["url", "crawl_id", "portal_id", "kind", "detail", "at"],
    "problems": ["url", "stage", "error", "detail", "capture_id"],
}


@pytest.mark.parametrize("table", sorted(DOC_COLUMNS))
def test_documented_columns_present(store, table):
    # docs/schema.md: "Table and column names are stable" — every documented column exists
    cols = {r["name"] for r in rows(store, f"pragma table_info([{table}])")}
    assert set(DOC_COLUMNS[table]) <= cols


@pytest.mark.parametrize(("table", "column", "decl"), [
    # docs/schema.md: facts.value is a number (REAL); counts, flags and years are integers
    ("facts", "value", "REAL"), ("facts", "confidence", "REAL"), ("reports", "year", "INTEGER"),
    ("reports", "is_mirror", "INTEGER"), ("reports", "tables_missing", "INTEGER"), ("reports", "n_facts", "INTEGER"),
    ("reports", "n_checks_failed", "INTEGER"), ("checks", "passed", "INTEGER"), ("sections", "start", "INTEGER"),
    ("reports", "region_code", "TEXT"), ("reports", "id", "TEXT"), ("captures", "warc_offset", "INTEGER"),
])
def test_declared_column_types(store, table, column, decl):
    types = {r["name"]: r["type"].upper() for r in rows(store, f"pragma table_info([{table}])")}
    assert types[column] == decl


@pytest.mark.parametrize("name", ["reports_fts", "key_vocabulary", "regions", "facts_preferred", "section3_grid",
                                  "section4_row", "report_overview", "fact_sources", "_meta"])
def test_reference_tables_and_views_exist_and_query(store, name):
    # docs/schema.md "Reference tables and views": each one is queryable after saving a report
    store.save_report(rep("t2021"))
    assert rows(store, f"select count(*) as n from [{name}]")[0]["n"] >= 0


def test_schema_version_recorded(store):
    # docs/schema.md "_meta": schema_version is recorded
    assert rows(store, "select value from _meta where key = 'schema_version'")[0]["value"]


@pytest.mark.parametrize("name", ALL)
def test_stored_report_row_types(store, name):
    # docs/schema.md reports: year integer, is_mirror/tables_missing 0/1, region_code a six-digit text code
    r = rep(name)
    rid = store.save_report(r)
    row = rows(store, "select typeof(year) ty, typeof(is_mirror) tm, is_mirror, typeof(tables_missing) tt, "
                      "tables_missing, typeof(region_code) tr, region_code, n_facts, n_checks_failed, parser_version, "
                      "template, script from reports where id = ?", [rid])[0]
    assert row["ty"] == ("integer" if r.year is not None else "null")
    assert row["tm"] == "integer" and row["is_mirror"] in (0, 1)
    assert row["tt"] == "integer" and row["tables_missing"] in (0, 1)
    assert row["tr"] in ("text", "null")
    if row["region_code"] is not None:
        assert len(row["region_code"]) == 6 and row["region_code"].isdigit()
    assert row["parser_version"]
    assert row["template"] == r.template and row["script"] == r.script


@pytest.mark.parametrize("name", ALL)
def test_fact_value_types(store, name):
    # docs/schema.md facts: value is a number (REAL) or NULL; never text
    rid = store.save_report(rep(name))
    bad = rows(store, "select key, typeof(value) t from facts where report_id = ? and typeof(value) not in "
                      "('real', 'null')", [rid])
    assert bad == []


@pytest.mark.parametrize("name", ALL)
def test_counts_match_child_rows(store, name):
    # docs/schema.md reports: n_facts and n_checks_failed are the counts of facts and failing checks
    rid = store.save_report(rep(name))
    row = store.db["reports"].get(rid)
    assert row["n_facts"] == store.db["facts"].count_where("report_id = ?", [rid])
    assert row["n_checks_failed"] == store.db["checks"].count_where("report_id = ? and passed = 0", [rid])


@pytest.mark.parametrize("name", ALL)
def test_checks_passed_is_zero_or_one(store, name):
    # docs/schema.md checks: passed (0/1)
    rid = store.save_report(rep(name))
    assert {r["passed"] for r in rows(store, "select passed from checks where report_id = ?", [rid])} <= {0, 1}


@pytest.mark.parametrize("name", ALL)
def test_facts_carry_report_template(store, name):
    # docs/schema.md facts.template: "template era of the report"
    r = rep(name)
    rid = store.save_report(r)
    assert {x["template"] for x in rows(store, "select distinct template from facts where report_id = ?", [rid])} \
        <= {r.template}


def test_report_id_is_sha1_prefix_of_first_page_url(store):
    # docs/schema.md reports.id: first 16 hex digits of sha1(URL of the report's first page)
    rid = store.save_report(rep("multipage"))
    assert rid == hashlib.sha1(b"http://www.mm.gov.cn/art/2022/1/20/art_9_1.html").hexdigest()[:16]
    assert store.db["reports"].get(rid)["url"] == "http://www.mm.gov.cn/art/2022/1/20/art_9_1.html"


def test_multipage_parts_in_order(store):
    # docs/schema.md report_parts: pages of a report, in order
    rid = store.save_report(rep("multipage"))
    parts = rows(store, "select seq, url, kind from report_parts where report_id = ? order by seq", [rid])
    assert [(x["url"], x["kind"]) for x in parts] == [
        ("http://www.mm.gov.cn/art/2022/1/20/art_9_1.html", "page"),
        ("http://www.mm.gov.cn/art/2022/1/20/art_9_1_2.html", "page")]


def test_capture_id_is_first_page_capture(store):
    # docs/schema.md reports.capture_id: WARC-Record-ID of the first page's capture
    pages = [("http://www.cc.gov.cn/a/1.html", t2021_page("某某区2021年政府信息公开工作年度报告"))]
    from pipelines.parse import parse_report
    from pipelines.records import Fetched
    r = parse_report([Fetched(url=u, body=b, headers={"content-type": "text/html"},
                              capture_id="<urn:uuid:11111111-2222-3333-4444-555555555555>") for u, b in pages])
    rid = store.save_report(r)
    assert store.db["reports"].get(rid)["capture_id"] == "<urn:uuid:11111111-2222-3333-4444-555555555555>"
    assert rows(store, "select capture_id from report_parts where report_id = ?", [rid])[0]["capture_id"] == \
        "<urn:uuid:11111111-2222-3333-4444-555555555555>"


def test_published_and_metadata_stored_as_parsed(store):
    # docs/schema.md reports: published date, region_code from 网站标识码, template, year
    rid = store.save_report(rep("t2021"))
    row = store.db["reports"].get(rid)
    assert (row["year"], row["template"], row["published"], row["region_code"]) == (2021, "t2021", "2022-01-20", "330110")
    assert row["title"] == "杭州市余杭区人民政府2021年政府信息公开工作年度报告"


def test_money_value_kept_as_printed_decimal(store):
    # docs/schema.md facts.value: money in the printed unit (t2019 采购总金额 356.8 万元)
    rid = store.save_report(rep("t2019"))
    vals = [x["value"] for x in rows(store, "select value from facts where report_id = ? and raw_value = '356.8'", [rid])]
    assert vals and all(v == pytest.approx(356.8) for v in vals)


# ---------------------------------------------------------------------------------------------------------------
# 2. foreign keys and indexes
# ---------------------------------------------------------------------------------------------------------------

def test_foreign_key_check_clean_after_many_saves(store):
    # issue: "Foreign keys" — PRAGMA foreign_key_check finds nothing after saving every kind of report
    store.upsert_portals([{"portal_id": "yuhang", "name": "杭州市余杭区人民政府", "region_code": "330110",
                           "province": "浙江省", "level": "county", "homepage": "http://www.yuhang.gov.cn/"}])
    crawl = store.start_crawl("seeds/zj.csv")
    for name in ALL:
        store.save_report(rep(name), portal_id="yuhang", crawl_id=crawl)
    assert rows(store, "pragma foreign_key_check") == []
    assert rows(store, "pragma integrity_check")[0]["integrity_check"] == "ok"


@pytest.mark.parametrize("child", ["facts", "checks", "sections", "report_parts"])
def test_child_tables_reference_reports(store, child):
    # issue: facts/checks/... reference reports(id)
    fks = rows(store, f"pragma foreign_key_list([{child}])")
    assert any(f["table"] == "reports" and f["from"] == "report_id" for f in fks)


def test_orphan_fact_rejected(store):
    # foreign keys are enforced by the store's connection: a fact of an unknown report is refused
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("insert into facts (report_id, key, value, source, origin) values "
                         "('0000000000000000', 'apply.received_new.total', 1, 'table', 'html')")


@pytest.mark.parametrize(("table", "column"), [("facts", "key"), ("reports", "year"), ("reports", "region_code"),
                                               ("reports", "body_hash"), ("checks", "rule")])
def test_indexes_exist(store, table, column):
    # issue: "Foreign keys and indexes" — the columns researchers filter on are indexed
    idx_cols = set()
    for idx in rows(store, f"pragma index_list([{table}])"):
        for c in rows(store, f"pragma index_info([{idx['name']}])"):
            if c["seqno"] == 0:
                idx_cols.add(c["name"])
    assert column in idx_cols


# ---------------------------------------------------------------------------------------------------------------
# 3. FTS5 trigram search, kept in sync
# ---------------------------------------------------------------------------------------------------------------

def test_fts_uses_trigram_tokenizer(store):
    # docs/schema.md: reports_fts is an FTS5 index (trigram tokenizer) over title and body
    sql = rows(store, "select sql from sqlite_master where name = 'reports_fts'")[0]["sql"].lower()
    assert "fts5" in sql and "trigram" in sql and "title" in sql and "body" in sql


@pytest.mark.parametrize(("name", "term"), [
    ("t2021", "余杭区人民政府"),      # title and body
    ("t2021", "不公开为例外"),        # body phrase of 6 characters
    ("t2021", "公开为"),             # exactly 3 characters (trigram minimum)
    ("t2019", "新修订的"),           # body, 4 characters
    ("e2014", "工作机制有待完善"),
    ("e2008", "稳步推进"),
    ("traditional", "政府資訊公開"),  # traditional script searched in its original script
    ("traditional", "以公開為常態"),
])
def test_fts_match_chinese_substrings(store, name, term):
    # issue: FTS5 trigram on title and body: Chinese substrings of 3+ characters match
    rid = store.save_report(rep(name))
    other = store.save_report(rep("t2021_images")) if name != "t2021_images" else None
    assert rid in fts(store, term)
    assert other not in fts(store, term) or term in (rep("t2021_images").body + (rep("t2021_images").title or ""))


def test_fts_title_only_term(store):
    # title is indexed as well as body: search scoped to the title column
    rid = store.save_report(rep("t2019"))
    hits = [r["id"] for r in rows(store, "select reports.id from reports_fts join reports on reports.rowid = "
                                          "reports_fts.rowid where reports_fts match ?", ['title:"安吉县2019"'])]
    assert hits == [rid]


@pytest.mark.parametrize(("name", "term"), [("t2021", "公开"), ("e2008", "概述"), ("traditional", "資訊")])
def test_fts_two_character_terms_via_like(store, name, term):
    # trigram FTS5: 1–2 character terms are answered with LIKE on the FTS table (SQLite ≥ 3.44)
    rid = store.save_report(rep(name))
    assert rid in fts_like(store, term)


def test_fts_no_false_hits(store):
    store.save_report(rep("t2021"))
    store.save_report(rep("e2008"))
    assert fts(store, "国家税务总局") == []


def test_fts_in_sync_after_resave_with_changed_body(store):
    # issue: FTS kept in sync — a re-saved report with a new body is found by the new text, not the old
    r = rep("t2021")
    rid = store.save_report(r)
    assert rid in fts(store, "不公开为例外")
    r.body = r.body.replace("不公开为例外", "群众满意为标准")
    store.save_report(r)
    assert fts(store, "不公开为例外") == []
    assert fts(store, "群众满意为标准") == [rid]
    fts_ok(store)
    assert rows(store, "select count(*) n from reports_fts")[0]["n"] == 1


def test_fts_in_sync_after_title_change(store):
    r = rep("e2008")
    rid = store.save_report(r)
    r.title = "某某市人民政府2009年度政府信息公开工作报告（修订版）"
    store.save_report(r)
    assert fts(store, "修订版") == [rid]
    fts_ok(store)


def test_fts_in_sync_after_deleting_a_report(store):
    # "kept in sync by triggers": deleting a report row (with its children) removes it from the index
    keep = store.save_report(rep("t2019"))
    gone = store.save_report(rep("t2021"))
    with store.db.atomic():
        for t in ("facts", "checks", "sections", "report_parts", "report_captures"):
            store.db.execute(f"delete from {t} where report_id = ?", [gone])
        store.db.execute("delete from reports where id = ?", [gone])
    assert fts(store, "余杭区人民政府") == []
    assert keep in fts(store, "新修订的")
    fts_ok(store)


def test_fts_integrity_after_many_resaves(store):
    for _ in range(3):
        for name in ALL:
            store.save_report(rep(name))
    fts_ok(store)
    assert rows(store, "select count(*) n from reports_fts")[0]["n"] == store.db["reports"].count == len(
        {report_id_for((rep(n).part_urls or [rep(n).url])[0]) for n in ALL})


# ---------------------------------------------------------------------------------------------------------------
# 4. idempotence and determinism
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL)
def test_saving_twice_gives_identical_rows(store, name):
    # issue: re-running on the same archive is idempotent (no duplicate rows, same values)
    store.save_report(rep(name))
    before = dump(store)
    store.save_report(rep(name))
    assert dump(store) == before


@pytest.mark.parametrize("name", ["t2021", "e2014", "multipage", "traditional"])
def test_same_input_same_rows_in_fresh_databases(tmp_path, name):
    # issue: "The same input always gives the same rows" — parse the bytes afresh and store in two databases
    dumps = []
    for i in range(2):
        s = Store(tmp_path / f"db{i}.db")
        s.save_report(BUILDERS[name]())
        dumps.append(dump(s))
        s.close()
    assert dumps[0] == dumps[1]


def test_resave_with_fewer_facts_leaves_no_stale_rows(store):
    # a re-parse that finds fewer facts/checks replaces the old ones (no leftovers)
    r = rep("t2021")
    rid = store.save_report(r)
    r.facts = r.facts[:5]
    r.checks = r.checks[:1]
    store.save_report(r)
    assert store.db["facts"].count_where("report_id = ?", [rid]) == 5
    assert store.db["checks"].count_where("report_id = ?", [rid]) == 1
    assert store.db["reports"].get(rid)["n_facts"] == 5


def test_resave_in_later_crawl_keeps_first_seen(store):
    # docs/schema.md first_seen_crawl / last_seen_crawl
    c1 = store.start_crawl("seeds/a.csv")
    rid = store.save_report(rep("t2019"), crawl_id=c1)
    c2 = store.start_crawl("seeds/a.csv")
    store.save_report(rep("t2019"), crawl_id=c2)
    row = store.db["reports"].get(rid)
    assert (row["first_seen_crawl"], row["last_seen_crawl"]) == (c1, c2)
    assert store.db["reports"].count == 1


def test_distinct_urls_distinct_reports(store):
    a = store.save_report(rep("t2021"))
    b = store.save_report(rep("t2021_blank"))
    assert a != b and store.db["reports"].count == 2


def test_no_duplicate_fact_rows_for_real_reports(store):
    # facts have one row per (report, key, source, origin)
    for name in ALL:
        store.save_report(rep(name))
    assert rows(store, "select report_id, key, source, origin, count(*) n from facts group by 1,2,3,4 having n > 1") == []


# ---------------------------------------------------------------------------------------------------------------
# 5. transactional writes: a failure in the middle leaves no half-written report
# ---------------------------------------------------------------------------------------------------------------

def _fail_on(store: Store, monkeypatch, table: str) -> None:
    original = store._write

    def boom(t, rows_, **kw):
        if t == table:
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return original(t, rows_, **kw)
    monkeypatch.setattr(store, "_write", boom)


@pytest.mark.parametrize("table", ["report_parts", "sections", "facts", "checks", "report_captures"])
def test_crash_after_report_row_leaves_nothing(store, monkeypatch, table):
    # issue: "a crash never leaves a half-written report" — failing after the report row was written
    r = rep("t2021")
    _fail_on(store, monkeypatch, table)
    with pytest.raises(sqlite3.OperationalError):
        store.save_report(r)
    rid = report_id_for(r.url)
    for t in ("reports", "facts", "checks", "sections", "report_parts", "report_captures"):
        key = "id" if t == "reports" else "report_id"
        assert store.db[t].count_where(f"{key} = ?", [rid]) == 0, t
    assert rows(store, "select count(*) n from reports_fts")[0]["n"] == 0


@pytest.mark.parametrize("table", ["facts", "checks"])
def test_crash_during_resave_keeps_previous_version(store, monkeypatch, table):
    # a failed re-save leaves the earlier complete version intact (children deleted inside the transaction)
    r = rep("t2021")
    rid = store.save_report(r)
    before = dump(store)
    r.body = r.body.replace("不公开为例外", "群众满意为标准")
    _fail_on(store, monkeypatch, table)
    with pytest.raises(sqlite3.OperationalError):
        store.save_report(r)
    assert dump(store) == before
    assert fts(store, "不公开为例外") == [rid] and fts(store, "群众满意为标准") == []
    fts_ok(store)


@pytest.mark.parametrize("bad", [
    {"source": "ocr-table"},          # source outside table|text|derived (CHECK constraint)
    {"value_flag": "zero"},           # value_flag outside the documented flags
    {"value": {"n": 3}},              # a value that SQLite cannot store
])
def test_unstorable_fact_leaves_no_partial_report(store, bad):
    r = rep("e2014")
    f = Fact("apply.received.total", 20, "件", "（一）收到申请数", "20")
    for k, v in bad.items():
        setattr(f, k, v)
    r.facts.append(f)
    with pytest.raises((sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError)):
        store.save_report(r)
    rid = report_id_for(r.url)
    assert store.db["reports"].count_where("id = ?", [rid]) == 0
    assert store.db["facts"].count_where("report_id = ?", [rid]) == 0
    assert store.db["sections"].count_where("report_id = ?", [rid]) == 0


def test_store_usable_after_failed_save(store):
    r = rep("e2014")
    r.facts.append(Fact("x.bad", 1, source="nonsense"))
    with pytest.raises(sqlite3.IntegrityError):
        store.save_report(r)
    rid = store.save_report(rep("t2019"))
    assert store.db["reports"].count == 1 and store.db["reports"].get(rid)["year"] == 2019


def test_failed_save_persists_nothing_on_reopen(tmp_path):
    # the rollback is real: a new connection sees nothing of the failed report
    path = tmp_path / "x.db"
    s = Store(path)
    r = rep("t2019")
    r.facts.append(Fact("x.bad", 1, value_flag="nope"))
    with pytest.raises(sqlite3.IntegrityError):
        s.save_report(r)
    s.close()
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from reports").fetchone()[0] == 0
    assert con.execute("select count(*) from facts").fetchone()[0] == 0
    con.close()


# ---------------------------------------------------------------------------------------------------------------
# 6. concurrent writers (two processes)
# ---------------------------------------------------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from tests.test_probe_accuracy import one, t2021_page
    from pipelines.store import Store
    tag = sys.argv[1]
    s = Store(sys.argv[2])
    r = one("http://www.w.gov.cn/base.html", t2021_page("某某区2021年政府信息公开工作年度报告"))
    base = r.body
    same = len(sys.argv) > 3
    for i in range(25):
        r.url = f"http://www.w.gov.cn/art/{{i}}.html" if same else f"http://www.w{{tag}}.gov.cn/art/{{i}}.html"
        r.part_urls = [r.url]
        r.body = base + f"写入者{{tag}}第{{i}}篇"
        s.save_report(r)
    s.close()
""")


def test_two_processes_write_concurrently(tmp_path):
    # issue: concurrent writers (two processes) do not corrupt the database
    db = tmp_path / "shared.db"
    Store(db).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)), encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, str(script), tag, str(db)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for tag in ("A", "B")]
    for pr in procs:
        out, err = pr.communicate(timeout=60)
        assert pr.returncode == 0, err.decode()[-2000:]
    s = Store(db)
    try:
        assert rows(s, "pragma integrity_check")[0]["integrity_check"] == "ok"
        assert rows(s, "pragma foreign_key_check") == []
        assert s.db["reports"].count == 50
        n = rows(s, "select n_facts from reports limit 1")[0]["n_facts"]
        assert s.db["facts"].count == 50 * n
        fts_ok(s)
        assert len(fts(s, "写入者A第24篇")) == 1 and len(fts(s, "写入者B第0篇")) == 1
    finally:
        s.close()


def _run_writers(script: Path, db: Path, *extra: str) -> None:
    procs = [subprocess.Popen([sys.executable, str(script), tag, str(db), *extra], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for tag in ("A", "B")]
    for pr in procs:
        out, err = pr.communicate(timeout=60)
        assert pr.returncode == 0, err.decode()[-2000:]


def test_two_processes_open_a_fresh_database(tmp_path):
    # two crawl workers start at once on a database that does not exist yet: both create the schema and write
    db = tmp_path / "fresh.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)), encoding="utf-8")
    _run_writers(script, db)
    s = Store(db)
    try:
        assert s.db["reports"].count == 50
        assert rows(s, "pragma integrity_check")[0]["integrity_check"] == "ok"
        fts_ok(s)
    finally:
        s.close()


def test_two_processes_write_the_same_reports(tmp_path):
    # two workers re-parsing the same archive save the same report ids: one row each, no duplicated children
    db = tmp_path / "same.db"
    Store(db).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)), encoding="utf-8")
    _run_writers(script, db, "same")
    s = Store(db)
    try:
        assert s.db["reports"].count == 25
        n = rows(s, "select n_facts from reports limit 1")[0]["n_facts"]
        assert s.db["facts"].count == 25 * n
        assert rows(s, "pragma foreign_key_check") == []
        fts_ok(s)
        assert rows(s, "select count(*) n from reports_fts")[0]["n"] == 25
    finally:
        s.close()


# ---------------------------------------------------------------------------------------------------------------
# 7. edge reports: traditional script, empty body, no facts, 500 facts
# ---------------------------------------------------------------------------------------------------------------

def test_traditional_report_stored_in_original_script(store):
    # docs/schema.md: title and body in the original script; script = traditional
    r = rep("traditional")
    rid = store.save_report(r)
    row = store.db["reports"].get(rid)
    assert row["script"] == "traditional"
    assert row["title"] == "某某縣2021年政府資訊公開工作年度報告"
    assert "以公開為常態" in row["body"]


def test_empty_body_report(store):
    # a scanned report without text: body_hash NULL (docs/schema.md reports.body_hash); stores and FTS stays valid
    r = Report(url="http://www.scan.gov.cn/art/2022/1/1/art_1.html", title="某某乡2021年政府信息公开工作年度报告",
               year=2021, template="t2021", body="", tables_missing=True, tables_missing_reason="scanned images",
               part_urls=["http://www.scan.gov.cn/art/2022/1/1/art_1.html"])
    rid = store.save_report(r)
    row = store.db["reports"].get(rid)
    assert row["body_hash"] is None and row["tables_missing"] == 1 and row["n_facts"] == 0
    assert fts(store, "某某乡2021") == [rid]
    fts_ok(store)


def test_report_without_facts(store):
    r = rep("e2008")
    r.facts, r.checks = [], []
    rid = store.save_report(r)
    assert store.db["reports"].get(rid)["n_facts"] == 0
    assert store.db["facts"].count_where("report_id = ?", [rid]) == 0
    assert store.db["checks"].count_where("report_id = ?", [rid]) == 0


def test_five_hundred_facts(store):
    r = rep("t2021")
    extra = [Fact(f"probe.k{i:03d}", float(i), "件", f"标签{i}", str(i), source="table") for i in range(500 - len(r.facts))]
    r.facts = r.facts + extra
    assert len(r.facts) == 500
    rid = store.save_report(r)
    assert store.db["facts"].count_where("report_id = ?", [rid]) == 500
    assert store.db["reports"].get(rid)["n_facts"] == 500
    assert rows(store, "select value from facts where report_id = ? and key = 'probe.k010'", [rid])[0]["value"] == 10.0


# ---------------------------------------------------------------------------------------------------------------
# 8. zero versus null (docs/schema.md "Zero versus null")
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "flag"), [("t2021_blank", "blank"), ("t2021_dash", "dash")])
def test_blank_or_dash_cells_stored_as_zero_with_flag(store, name, flag):
    # a blank or dash cell of a statistics table is 0 (REAL) with value_flag saying what was printed
    rid = store.save_report(rep(name))
    got = rows(store, "select value, typeof(value) t, value_flag from facts where report_id = ? and source = 'table' "
                      "and key = 'apply.outcome.withheld.state_secret.total'", [rid])
    assert got == [{"value": 0.0, "t": "real", "value_flag": flag}]


def test_printed_zero_has_no_flag(store):
    # a printed 0 is 0 without a flag (value_flag NULL, not an empty string)
    rid = store.save_report(rep("t2021"))
    got = rows(store, "select value, value_flag from facts where report_id = ? and source = 'table' "
                      "and key = 'apply.outcome.withheld.state_secret.total'", [rid])
    assert got == [{"value": 0.0, "value_flag": None}]


def test_ordinary_values_have_null_flag_not_empty(store):
    rid = store.save_report(rep("t2021"))
    assert store.db["facts"].count_where("report_id = ? and value_flag = ''", [rid]) == 0
    got = rows(store, "select value, value_flag from facts where report_id = ? and source = 'table' and "
                      "key = 'apply.received_new.total'", [rid])
    assert got == [{"value": float(BASE3["apply.received_new"][6]), "value_flag": None}]


def test_tables_missing_has_no_table_facts(store):
    # tables pasted as images: tables_missing = 1 and NO table facts (absence means not reported, never zero)
    rid = store.save_report(rep("t2021_images"))
    assert store.db["reports"].get(rid)["tables_missing"] == 1
    assert store.db["facts"].count_where("report_id = ? and source = 'table'", [rid]) == 0
    assert store.db["facts"].count_where("report_id = ? and key like 'apply.outcome.%' and value = 0", [rid]) == 0


def test_null_value_stays_null(store):
    # a fact without a number is NULL, never coerced to 0
    r = rep("e2008")
    r.facts = [Fact("active.items_total", None, "条", "主动公开政府信息", "若干", source="text")]
    rid = store.save_report(r)
    got = rows(store, "select value, typeof(value) t from facts where report_id = ?", [rid])
    assert got == [{"value": None, "t": "null"}]


def test_e2008_no_fee_is_zero_with_wu(store):
    # spec: prose "未收取任何费用" → fee 0 with value_flag wu; stored as REAL 0, flag 'wu'
    rid = store.save_report(rep("e2008"))
    got = rows(store, "select value, value_flag from facts where report_id = ? and value_flag = 'wu'", [rid])
    assert got and all(g["value"] == 0.0 for g in got)


def test_derived_facts_flagged_derived(store):
    # docs/schema.md: source derived ⇔ value_flag derived for computed values (spec 2.6)
    rid = store.save_report(rep("t2021"))
    got = rows(store, "select distinct value_flag from facts where report_id = ? and source = 'derived'", [rid])
    assert got == [{"value_flag": "derived"}]


# ---------------------------------------------------------------------------------------------------------------
# 9. documented views over stored reports (docs/schema.md "Reference tables and views")
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["t2021", "t2019", "e2014", "e2008"])
def test_facts_preferred_one_fact_per_key(store, name):
    # facts_preferred: one fact per (report, key)
    rid = store.save_report(rep(name))
    n_keys = rows(store, "select count(distinct key) n from facts where report_id = ?", [rid])[0]["n"]
    got = rows(store, "select key, count(*) n from facts_preferred where report_id = ? group by key", [rid])
    assert len(got) == n_keys and all(g["n"] == 1 for g in got)


def test_facts_preferred_prefers_table_over_text(store):
    # facts_preferred: a table cell before a derived value before a sentence
    r = rep("t2021")
    r.facts.append(Fact("apply.received_new.total", 99, "件", "全年新收政府信息公开申请", "99件", source="text"))
    rid = store.save_report(r)
    got = rows(store, "select value from facts_preferred where report_id = ? and key = 'apply.received_new.total'", [rid])
    assert got == [{"value": float(BASE3["apply.received_new"][6])}]


def test_report_overview_one_row_per_report(store):
    # report_overview: a report with its province, region name, portal level
    ids = {store.save_report(rep(n)) for n in ALL}
    got = rows(store, "select id from report_overview")
    assert sorted(g["id"] for g in got) == sorted(ids)


def test_section4_row_one_row_for_t2021(store):
    # section4_row: the 15 section-四 cells of a report on one row
    rid = store.save_report(rep("t2021"))
    assert len(rows(store, "select * from section4_row where report_id = ?", [rid])) == 1
