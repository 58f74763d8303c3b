"""A realistic small archive for the Datasette tests: one gzipped WARC written with warcio and a database written
with pipelines.store.Store (several portals in several provinces, reports 2008–2023 across the four templates,
section-三 grids, section-四 rows, failing checks, and captures pointing at the WARC records by offset).

One archived page is hostile: it carries scripts that must never run in the Datasette origin."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipelines.keys import APPLY_ROWS
from pipelines.records import Check, Fact, Report, Section
from pipelines.store import Store, report_id_for

REPO = Path(__file__).resolve().parent.parent
WARC_NAME = "xxgk-20240301000000-00000.warc.gz"
HOSTILE_MARKER = "恶意脚本测试页"
# The hostile page tries three things a script in the Datasette origin could do.
HOSTILE_SCRIPT = """<script>
document.title = "PWNED";
window.parent.postMessage("pwned", "*");
fetch("/-/versions.json").then(function () { document.body.setAttribute("data-pwned", "1"); });
</script>"""

PORTALS = [
    {"portal_id": "fuyang", "name": "杭州市富阳区人民政府", "region_code": "330111", "province": "浙江省",
     "level": "county", "homepage": "http://www.fuyang.gov.cn/", "start_urls": ""},
    {"portal_id": "liandu", "name": "丽水市莲都区人民政府", "region_code": "331102", "province": "浙江省",
     "level": "county", "homepage": "http://www.liandu.gov.cn/", "start_urls": ""},
    {"portal_id": "erdao", "name": "长春市二道区人民政府", "region_code": "220105", "province": "吉林省",
     "level": "county", "homepage": "http://www.ccerdao.gov.cn/", "start_urls": ""},
    {"portal_id": "jingmen", "name": "荆门市人民政府", "region_code": "420800", "province": "湖北省",
     "level": "prefecture", "homepage": "http://www.jingmen.gov.cn/", "start_urls": ""},
    {"portal_id": "shanghai", "name": "上海市人民政府", "region_code": "310000", "province": "上海市",
     "level": "province", "homepage": "https://www.shanghai.gov.cn/", "start_urls": ""},
]
YEARS = {  # gaps on purpose: the coverage queries must find them
    "fuyang": [2009, 2012, 2015, 2016, 2018, 2019, 2020, 2021, 2022, 2023],
    "liandu": [2008, 2010, 2014, 2017, 2020, 2021],
    "erdao": [2011, 2013, 2017, 2019, 2022],
    "jingmen": [2008, 2016, 2019, 2021, 2023],
    "shanghai": [2008, 2009, 2010, 2015, 2020, 2021, 2022],
}
TOPICS = {"fuyang": "教育", "liandu": "税务", "erdao": "住房", "jingmen": "水利", "shanghai": "交通"}
# Only the Liandu 2017 report mentions a bridge: the one-character search test looks for 桥.
BRIDGE = ("liandu", 2017)
# Reports whose section-三 figures do not add up (R1 fails), and one e2014 report failing O5 like seed 002.
R1_FAILS = {("fuyang", 2021), ("jingmen", 2019)}
O5_FAILS = {("erdao", 2017)}
HOSTILE = ("jingmen", 2016)
# A 2021-format report whose parser wrote no derived apply.received.total: queries fall back to the grid cell.
NO_DERIVED = ("shanghai", 2022)


def template_for(year: int) -> str:
    return "e2008" if year <= 2013 else "e2014" if year <= 2018 else "t2019" if year <= 2020 else "t2021"


def received_for(portal_id: str, year: int) -> int:
    return 10 + (year - 2000) * 3 + len(portal_id)


@dataclass
class ArchivedReport:
    portal_id: str
    year: int
    report_id: str
    url: str
    title: str
    capture_id: str
    received: int
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Archive:
    db_path: Path
    archive_dir: Path
    reports: list[ArchivedReport]

    def report(self, portal_id: str, year: int) -> ArchivedReport:
        return next(r for r in self.reports if (r.portal_id, r.year) == (portal_id, year))


def _section3_facts(n: int, year: int, broken: bool, derived: bool) -> list[Fact]:
    """A full grid for n requests from natural persons and 2 from businesses (blank cells read as 0)."""
    template = template_for(year)
    rows = [row for row, (_zh, _en, templates) in APPLY_ROWS.items() if template in templates
            and row not in {"apply.outcome.withheld", "apply.outcome.unavailable", "apply.outcome.not_processed"}
            and not (template == "t2021" and row == "apply.outcome.other")]
    values = {"apply.received_new": (n, 2), "apply.carried_in": (1, 0), "apply.outcome.granted": (n - 2, 2),
              "apply.outcome.partial": (1, 0), "apply.outcome.withheld.third_party": (1, 0),
              "apply.outcome.unavailable.not_held": (1, 0), "apply.outcome.total": (n + 1, 2),
              "apply.carried_out": (1 if broken else 0, 0)}
    facts = []
    for row in rows:
        person, business = values.get(row, (0, 0))
        cells = {"natural_person": person, "business": business, "research": 0, "nonprofit": 0,
                 "legal_service": 0, "other_org": 0, "total": person + business}
        for column, value in cells.items():
            flag = "blank" if value == 0 and column != "total" else None
            facts.append(Fact(f"{row}.{column}", value, "件", APPLY_ROWS[row][0], "" if flag else str(value),
                              value_flag=flag))
    if derived:
        facts.append(Fact("apply.received.total", n + 2, "件", "本年新收政府信息公开申请数量", str(n + 2),
                          source="derived", value_flag="derived"))
    for block, total in (("review", 2), ("litigation.direct", 1), ("litigation.after_review", 0)):
        for column, value in (("upheld", total), ("corrected", 0), ("other", 0), ("pending", 0), ("total", total)):
            facts.append(Fact(f"{block}.{column}", value, "件", f"{block} {column}", str(value)))
    return facts


def _facts_for(portal_id: str, year: int) -> tuple[list[Fact], list[Check]]:
    n = received_for(portal_id, year)
    template = template_for(year)
    if template in ("t2019", "t2021"):
        broken = (portal_id, year) in R1_FAILS
        checks = [Check("R1.natural_person", not broken, f"{n} + 1 = {n + 1} + {int(broken)}"),
                  Check("R1.total", not broken, f"{n + 2} + 1 = {n + 3} + {int(broken)}"),
                  Check("R3.received_new", True, f"{n + 2} = {n} + 2"), Check("R6.review", True, "2 = 2 + 0 + 0 + 0")]
        return _section3_facts(n, year, broken, (portal_id, year) != NO_DERIVED), checks
    if template == "e2014":
        broken = (portal_id, year) in O5_FAILS
        facts = [Fact("apply.received.total", n, "件", "（一）收到申请数", str(n)),
                 Fact("review.total", 22 if broken else 21, "件", "四、行政复议数量", "22" if broken else "21"),
                 Fact("review.upheld", 15, "件", "维持具体行政行为数", "15"),
                 Fact("review.corrected", 0, "件", "被依法纠错数", "0"),
                 Fact("review.other", 6, "件", "其他情形数", "6"),
                 Fact("active.items_total", 1000 + n, "条", "（一）主动公开政府信息数", str(1000 + n))]
        return facts, [Check("O5.review", not broken, f"{22 if broken else 21} = 15 + 0 + 6")]
    return [Fact("apply.received.total", n, "件", "收到政府信息公开申请", f"{n}件", source="text"),
            Fact("active.items_total", 500 + n, "条", "主动公开政府信息", f"{500 + n}条余", source="text",
                 value_flag="approx")], []


def _title(portal: dict, year: int) -> str:
    return f"{portal['name']}{year}年政府信息公开工作年度报告"


def _body(portal_id: str, portal: dict, year: int) -> str:
    n = received_for(portal_id, year)
    extra = "完成城区桥梁信息公开专项检查。" if (portal_id, year) == BRIDGE else ""
    hostile = f"{HOSTILE_MARKER}：<script>document.title='PWNED'</script>" if (portal_id, year) == HOSTILE else ""
    return (f"一、总体情况 {year}年，{portal['name']}认真贯彻《中华人民共和国政府信息公开条例》，"
            f"围绕{TOPICS[portal_id]}等重点领域推进政务公开工作。{extra}{hostile}"
            f"二、依申请公开情况 全年共收到政府信息公开申请{n}件。"
            "三、存在的主要问题及改进情况 公开内容的规范性有待提高。")


def _page(title: str, body: str, hostile: bool) -> str:
    script = HOSTILE_SCRIPT if hostile else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>{title}</title>{script}</head>"
            f"<body><h1>{title}</h1><p>{body}</p><img src=\"/logo.png\"></body></html>")


def _write_response(writer: WARCWriter, url: str, payload: bytes, date: str) -> tuple[str, int, int]:
    """Write one response record; return its record id, offset and length in the file."""
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk"),
                                          ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    offset = writer.out.tell()
    writer.write_record(record)
    return record.rec_headers.get_header("WARC-Record-ID"), offset, writer.out.tell() - offset


def _write_revisit(writer: WARCWriter, url: str, original_id: str, digest: str, date: str) -> tuple[str, int, int]:
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")], protocol="HTTP/1.1")
    record = writer.create_revisit_record(url, digest, url, "2024-03-01T00:00:00Z", http_headers=headers)
    record.rec_headers.replace_header("WARC-Date", date)
    record.rec_headers.add_header("WARC-Refers-To", original_id)
    offset = writer.out.tell()
    writer.write_record(record)
    return record.rec_headers.get_header("WARC-Record-ID"), offset, writer.out.tell() - offset


def build_archive(root: Path) -> Archive:
    archive_dir = root / "archive"
    archive_dir.mkdir(parents=True)
    db_path = root / "xxgk.db"
    store = Store(db_path)
    store.upsert_portals(PORTALS)
    crawl_id = store.start_crawl("seeds/test.csv")
    reports: list[ArchivedReport] = []
    with (archive_dir / WARC_NAME).open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.1")
        for portal in PORTALS:
            pid = portal["portal_id"]
            for year in YEARS[pid]:
                url = f"{portal['homepage']}xxgk/nb/{year}/t{year}0301_{len(reports)}.html"
                title = _title(portal, year)
                body = _body(pid, portal, year)
                payload = _page(title, body.replace("<script>document.title='PWNED'</script>", ""),
                                (pid, year) == HOSTILE).encode("gbk")
                record_id, offset, length = _write_response(writer, url, payload, f"{year + 1}-03-01T08:00:00Z")
                store.add_capture({"id": record_id, "crawl_id": crawl_id, "portal_id": pid, "url": url,
                                   "method": "GET", "status": 200, "mime": "text/html", "record_type": "response",
                                   "warc_file": WARC_NAME, "warc_offset": offset, "warc_length": length,
                                   "render_mode": "http", "fetched_at": f"{year + 1}-03-01T08:00:00Z"})
                facts, checks = _facts_for(pid, year)
                report = Report(url=url, title=title, agency=portal["name"], agency_type="gov_self",
                                region_code=portal["region_code"], year=year, year_source="period",
                                published=f"{year + 1}-03-01", template=template_for(year), body=body,
                                sections=[Section("一", "总体情况", 0)], facts=facts, checks=checks,
                                part_urls=[url], capture_ids=[record_id])
                rid = store.save_report(report, portal_id=pid, crawl_id=crawl_id)
                reports.append(ArchivedReport(pid, year, rid, url, title, record_id, received_for(pid, year), facts))
        # A later crawl saw the Fuyang 2023 page unchanged: a revisit record that points at the original.
        first = next(r for r in reports if (r.portal_id, r.year) == ("fuyang", 2023))
        revisit_id, offset, length = _write_revisit(writer, first.url, first.capture_id, "sha1:AAAA",
                                                    "2025-03-01T08:00:00Z")
        store.add_capture({"id": revisit_id, "crawl_id": crawl_id, "portal_id": "fuyang", "url": first.url,
                           "method": "GET", "status": 200, "mime": "text/html", "record_type": "revisit",
                           "warc_file": WARC_NAME, "warc_offset": offset, "warc_length": length,
                           "refers_to": first.capture_id, "render_mode": "http",
                           "fetched_at": "2025-03-01T08:00:00Z"})
    store.finish_crawl(crawl_id, "finished", {"pages": len(reports), "reports": len(reports), "failures": 0})
    store.close()
    assert all(r.report_id == report_id_for(r.url) for r in reports)
    return Archive(db_path, archive_dir, reports)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(archive: Archive, replay_url: str = "http://127.0.0.1:8080/xxgk") -> Iterator[str]:
    """`xxgk serve` in a child process on a free port; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-c", "from crawler.cli import main; main()", "serve", "--db", str(archive.db_path),
               "--archive", str(archive.archive_dir), "--port", str(port)]
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, "XXGK_REPLAY_URL": replay_url},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
                    raise RuntimeError(f"xxgk serve did not start: {output}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
