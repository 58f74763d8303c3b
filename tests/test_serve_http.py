"""`xxgk serve` over HTTP: search (1, 2 and 3+ characters), facets, canned queries, metadata, provenance and
read-only behaviour, against a running server on 127.0.0.1."""

import asyncio
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
import sqlite_utils
from serve_archive import (
    HOSTILE,
    HOSTILE_MARKER,
    O5_FAILS,
    PORTALS,
    R1_FAILS,
    REPO,
    WARC_NAME,
    YEARS,
    build_archive,
    running_server,
)
from warcio.archiveiterator import ArchiveIterator

from crawler.datasette_metadata import QUERIES, undescribed_columns
from crawler.serve import build_datasette, prepare_database
from pipelines.store import Store

DB = "xxgk"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    built = build_archive(tmp_path_factory.mktemp("serve"))
    store = Store(built.db_path)  # a capture whose WARC path tries to leave the archive directory
    store.add_capture({"id": "<urn:uuid:outside>", "url": "http://x.gov.cn/", "record_type": "response",
                       "warc_file": "../xxgk.db", "warc_offset": 0, "warc_length": 100, "status": 200})
    store.close()
    return built


@pytest.fixture(scope="module")
def server(archive):
    with running_server(archive) as base:
        yield base


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str):
    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get_json(server: str, path: str, **params):
    query = urllib.parse.urlencode({**params, "_shape": "objects"})
    status, _, body = fetch(f"{server}{path}.json?{query}")
    assert status == 200, body[:300]
    return json.loads(body)


def titles_found(server: str, table: str, query: str) -> set[str]:
    data = get_json(server, f"/{DB}/{table}", _search=query, _size="max", _col="title")
    assert data["filtered_table_rows_count"] == len(data["rows"])
    return {row["title"] for row in data["rows"]}


def bodies(archive) -> dict[str, str]:
    db = sqlite_utils.Database(archive.db_path)
    found = {row["title"]: row["body"] for row in db.query("select title, body from reports")}
    db.close()
    return found


@pytest.mark.parametrize("query", ["桥", "教育", "税务", "政务公开", "认真贯彻", "教育 认真贯彻", "住房 重点"])
def test_search_finds_chinese_terms_of_every_length(archive, server, query):
    expected = {title for title, body in bodies(archive).items()
                if all(term in title + body for term in query.split())}
    assert expected, "the fixture must contain the query"
    assert titles_found(server, "reports", query) == expected
    assert titles_found(server, "report_overview", query) == expected


def test_search_by_column_and_without_matches(server):
    assert titles_found(server, "reports", "不存在的词") == set()
    data = get_json(server, f"/{DB}/reports", _search_title="海", _col="title")
    assert {r["title"] for r in data["rows"]} == {f"上海市人民政府{y}年政府信息公开工作年度报告" for y in YEARS["shanghai"]}


def test_facets_on_province_year_template_and_failing_checks(archive, server):
    data = get_json(server, f"/{DB}/report_overview", _size="0")
    facets = {name: {item["value"]: item["count"] for item in result["results"]}
              for name, result in data["facet_results"].items()}
    by_province: dict[str, int] = {}
    for portal in PORTALS:
        by_province[portal["province"]] = by_province.get(portal["province"], 0) + len(YEARS[portal["portal_id"]])
    assert facets["province"] == by_province
    assert facets["failing_checks"] == {"R1": len(R1_FAILS), "O5": len(O5_FAILS)}
    assert sum(facets["template"].values()) == len(archive.reports)
    assert facets["level"]["prefecture"] == len(YEARS["jingmen"])
    zhejiang = get_json(server, f"/{DB}/report_overview", province="浙江省", _search="教育", _col="title")
    assert {r["title"] for r in zhejiang["rows"]} == {r.title for r in archive.reports if r.portal_id == "fuyang"}


def canned(server: str, name: str, **params):
    return get_json(server, f"/{DB}/{name}", **params)["rows"]


def test_applications_over_time_sums_the_headline_key_per_year(archive, server):
    rows = canned(server, "applications_over_time")
    expected: dict[int, float] = {}
    for report in archive.reports:
        values = {f.key: f.value for f in report.facts}
        value = values.get("apply.received.total", values.get("apply.received_new.total"))
        expected[report.year] = expected.get(report.year, 0) + value
    assert {r["year"]: r["applications_received"] for r in rows} == expected
    jilin = canned(server, "applications_over_time", province="吉林省")
    assert [r["year"] for r in jilin] == YEARS["erdao"]


def test_coverage_and_missing_portal_queries_find_the_gaps(archive, server):
    rows = canned(server, "reports_per_region_year", from_year="2008", to_year="2023")
    assert len(rows) == len(PORTALS) * 16
    have = {(r.portal_id, r.year) for r in archive.reports}
    code_to_portal = {p["region_code"]: p["portal_id"] for p in PORTALS}
    gaps = {(code_to_portal[r["region_code"]], r["year"]) for r in rows if r["reports"] == 0}
    assert gaps == {(p["portal_id"], y) for p in PORTALS for y in range(2008, 2024)} - have
    missing_2017 = {r["portal_id"] for r in canned(server, "portals_missing_year", year="2017")}
    assert missing_2017 == {p["portal_id"] for p in PORTALS if 2017 not in YEARS[p["portal_id"]]}


def test_outcomes_mix_and_failing_checks(archive, server):
    mix = {r["year"]: r for r in canned(server, "outcomes_mix")}
    assert set(mix) == {r.year for r in archive.reports if r.year >= 2019}
    for row in mix.values():
        parts = ("granted", "partial", "withheld", "unavailable", "not_processed", "other")
        assert sum(row[p] for p in parts) == row["total"]
    failing = canned(server, "failing_checks")
    by_report = {(r["title"], r["rule"].split(".")[0]) for r in failing}
    expected = {(archive.report(*k).title, rule) for rule, keys in (("R1", R1_FAILS), ("O5", O5_FAILS)) for k in keys}
    assert by_report == expected
    assert {r["rule"] for r in canned(server, "failing_checks", rule="O5")} == {"O5.review"}


def test_metadata_describes_every_table_and_column(archive, server):
    assert undescribed_columns(prepare_database(archive.db_path)) == []
    metadata = json.loads(fetch(f"{server}/-/metadata.json")[2])
    assert "年度报告" in metadata["title"] and metadata["license"] and metadata["source"]
    database = metadata["databases"][DB]
    assert set(database["queries"]) == set(QUERIES)
    assert "自然人" in database["tables"]["section3_grid"]["columns"]["natural_person"]
    vocabulary = get_json(server, f"/{DB}/key_vocabulary", key="apply.outcome.withheld.state_secret.total")
    assert vocabulary["rows"][0]["label_zh"] == "属于国家秘密 × 总计"


def test_report_cells_link_to_the_capture_with_warc_file_and_offset(archive, server):
    report = archive.report("erdao", 2013)
    status, _, page = fetch(f"{server}/{DB}/reports/{report.report_id}")
    html = page.decode("utf-8")
    link = "/-/capture/" + urllib.parse.quote(report.capture_id, safe="")
    assert status == 200 and f'href="{link}"' in html and f'href="{link}/warc"' in html
    db = sqlite_utils.Database(archive.db_path)
    offset = db["captures"].get(report.capture_id)["warc_offset"]
    db.close()
    assert f"{WARC_NAME} @ {offset}" in html
    overview = fetch(f"{server}/{DB}/report_overview?id={report.report_id}")[2].decode("utf-8")
    assert f'href="/{DB}/reports/{report.report_id}"' in overview and f'href="{link}"' in overview


def archived_payload(archive, record_id: str) -> bytes:
    with (archive.archive_dir / WARC_NAME).open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                return record.content_stream().read()
    raise AssertionError(record_id)


def test_capture_route_serves_the_archived_payload_sandboxed(archive, server):
    report = archive.report(*HOSTILE)
    status, headers, body = fetch(f"{server}/-/capture/{urllib.parse.quote(report.capture_id, safe='')}")
    assert status == 200
    assert body == archived_payload(archive, report.capture_id)
    assert HOSTILE_MARKER in body.decode("gbk") and b"<script>" in body
    headers = {k.lower(): v for k, v in headers.items()}
    assert headers["content-security-policy"].startswith("sandbox")
    assert "allow-scripts" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-type"] == "text/html; charset=gbk"
    assert headers["content-disposition"].startswith("inline")
    download = fetch(f"{server}/-/capture/{urllib.parse.quote(report.capture_id, safe='')}?download=1")
    assert download[2] == body
    assert {k.lower(): v for k, v in download[1].items()}["content-disposition"] == (
        f'attachment; filename="{report.url.rsplit("/", 1)[-1]}"')


def test_revisit_capture_serves_the_original_payload(archive, server):
    db = sqlite_utils.Database(archive.db_path)
    revisit = next(db.query("select id, refers_to from captures where record_type = 'revisit'"))
    db.close()
    status, headers, body = fetch(f"{server}/-/capture/{urllib.parse.quote(revisit['id'], safe='')}")
    assert status == 200 and body == archived_payload(archive, revisit["refers_to"])
    assert {k.lower(): v for k, v in headers.items()}["x-xxgk-warc-record-id"] == revisit["refers_to"]


def test_raw_warc_download_and_pywb_redirect(archive, server):
    report = archive.report("shanghai", 2015)
    base = f"{server}/-/capture/{urllib.parse.quote(report.capture_id, safe='')}"
    status, headers, body = fetch(base + "/warc")
    assert status == 200 and "attachment" in {k.lower(): v for k, v in headers.items()}["content-disposition"]
    records = list(ArchiveIterator(io.BytesIO(body)))
    assert [r.rec_headers.get_header("WARC-Record-ID") for r in records] == [report.capture_id]
    status, headers, _ = fetch(base + "/replay")
    assert status == 302
    assert {k.lower(): v for k, v in headers.items()}["location"] == f"http://127.0.0.1:8080/xxgk/20160301080000/{report.url}"


def test_capture_route_refuses_unknown_ids_and_paths_outside_the_archive(server):
    assert fetch(f"{server}/-/capture/{urllib.parse.quote('<urn:uuid:nope>', safe='')}")[0] == 404
    status, _, body = fetch(f"{server}/-/capture/{urllib.parse.quote('<urn:uuid:outside>', safe='')}")
    assert status == 404 and b"outside the archive" in body
    assert fetch(f"{server}/-/capture/{urllib.parse.quote('<urn:uuid:outside>', safe='')}/warc")[0] == 404


def test_archived_script_text_is_escaped_in_datasette_pages(archive, server):
    report = archive.report(*HOSTILE)
    html = fetch(f"{server}/{DB}/reports/{report.report_id}")[2].decode("utf-8")
    assert HOSTILE_MARKER in html
    assert "<script>document.title" not in html and "&lt;script&gt;document.title" in html


def test_no_writes_through_the_web_interface(archive, server):
    before = hashlib.sha1(archive.db_path.read_bytes()).hexdigest()
    for sql in ("update portals set name = 'x'", "delete from reports", "drop table facts"):
        status, _, body = fetch(f"{server}/{DB}.json?" + urllib.parse.urlencode({"sql": sql}))
        assert status == 400, body
    status, _, _ = fetch(f"{server}/{DB}/failing_checks")
    assert status == 200
    assert hashlib.sha1(archive.db_path.read_bytes()).hexdigest() == before


def test_connections_are_query_only(archive):
    datasette = build_datasette(archive.db_path, archive.archive_dir)

    async def attempt_write() -> str:
        await datasette.invoke_startup()
        try:
            await datasette.get_database(DB).execute_write("delete from portals")
        except Exception as error:  # the sqlite3 module of Datasette (pysqlite3 here) raises its own class
            return str(error)
        return "written"

    assert "readonly" in asyncio.run(attempt_write()).replace(" ", "")


def test_cli_get_prints_one_path(archive):
    run = subprocess.run([sys.executable, "-c", "from crawler.cli import main; main()", "serve", "--db",
                          str(archive.db_path), "--archive", str(archive.archive_dir), "--get",
                          f"/{DB}/portals.json?_shape=array"], cwd=REPO, capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert {p["portal_id"] for p in json.loads(run.stdout)} == {p["portal_id"] for p in PORTALS}
    missing = subprocess.run([sys.executable, "-c", "from crawler.cli import main; main()", "serve", "--db",
                              str(archive.db_path.with_name("none.db")), "--get", "/"], cwd=REPO,
                             capture_output=True, timeout=60)
    assert missing.returncode == 1 and b"no database" in missing.stderr
    not_sqlite = archive.db_path.with_name("notes.txt")
    not_sqlite.write_text("这不是数据库\n" * 200, encoding="utf-8")
    wrong = subprocess.run([sys.executable, "-c", "from crawler.cli import main; main()", "serve", "--db",
                            str(not_sqlite), "--get", "/"], cwd=REPO, capture_output=True, timeout=60)
    assert wrong.returncode == 1 and b"not an SQLite database" in wrong.stderr


def test_short_search_also_works_on_the_system_sqlite(archive):
    """Without pysqlite3 Datasette runs on the stdlib SQLite (3.40 here), where LIKE on the FTS table misses CJK."""
    without_pysqlite3 = ("import sys; sys.modules['pysqlite3'] = sys.modules['pysqlite3.dbapi2'] = None; "
                         "from crawler.cli import main; main()")

    def get(path: str) -> dict:
        run = subprocess.run([sys.executable, "-c", without_pysqlite3, "serve", "--db", str(archive.db_path),
                              "--archive", str(archive.archive_dir), "--get", path], cwd=REPO, capture_output=True,
                             timeout=60)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    assert get("/-/versions.json")["sqlite"]["version"] == sqlite3.sqlite_version
    for query in ("桥", "教育", "政务公开"):
        expected = {title for title, body in bodies(archive).items() if query in title + body}
        found = get(f"/{DB}/reports.json?" + urllib.parse.urlencode(
            {"_search": query, "_shape": "objects", "_col": "title", "_size": "max"}))
        assert {r["title"] for r in found["rows"]} == expected
