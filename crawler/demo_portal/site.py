"""The demo portal's pages and its ground truth. One host, several sub-sites in the CMS styles of spec 3.4:

/                      homepage → 政府信息公开 (/xxgk/index.html)
/xxgk/xxgknb/          TRS: createPageHTML(3, n, "index", "html") over index_N.html; GBK pages; a 3-page report;
                       a DOCX attachment and a DOCX-only report; look-alikes, a 404, a soft-404 and an endless calendar
/xxgk/bmxxgknb/        department sub-catalogues: 教育局 (plain list + 下一页 + a year sub-column), 财政局 (list in an iframe)
/hw/col/col101/        Hanweb: <script type="text/xml"> datastore + dataproxy.jsp for the other records; a nb/nb/nb trap;
                       the seed reports (H2's fragments) with H6's twins attached (downfile.jsp DOCX/XLSX, PDF) and a
                       scanned-PDF-only 图片版 edition
/js/nb/                list built by JavaScript from /js/api/nblist.json (needs the browser; it shows page 1 of 2)
/private/              disallowed by robots.txt (and linked from the disclosure page)
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from .chrome import CITY, wrap
from .content import report_sections, report_text

FILES_DIR = Path(__file__).parent / "files"
DISALLOWED_PREFIX = "/private/"


@dataclass(frozen=True)
class DemoReport:
    path: str  # the first page (or the attachment, for attachment-only reports)
    title: str
    agency: str
    year: int
    published: str
    seed: str | None = None
    parts: int = 1  # pages of a report split over several pages
    attachments: tuple[str, ...] = ()  # paths of files attached to the page


@dataclass(frozen=True)
class LookAlike:
    path: str
    title: str
    published: str


@dataclass
class Site:
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # path → (content type, body)
    reports: list[DemoReport] = field(default_factory=list)
    lookalikes: list[LookAlike] = field(default_factory=list)
    hanweb_records: list[str] = field(default_factory=list)
    api_rows: list[dict[str, str]] = field(default_factory=list)  # the JavaScript site's list, served by json_api


def _page(title: str, body: str, *, charset: str = "utf-8", crumb: str = "") -> bytes:
    """A page as the portal serves it: the content block inside the site's furniture (chrome.py)."""
    return wrap(title, body, crumb, charset).encode("gb18030" if charset == "gbk" else "utf-8")


def _li(path: str, title: str, date: str) -> str:
    return f'<li><a href="{path}" title="{escape(title)}" target="_blank">{escape(title)}</a><span>{date}</span></li>'


def _trs_path(serial: int, published: str) -> str:
    stamp = published.replace("-", "")
    return f"/xxgk/xxgknb/{stamp[:6]}/t{stamp}_{serial}.html"


# Every TRS article carries this sidebar: a file that is not part of any report (never to be fetched as one).
GUIDE_PATH = "/xxgk/files/guide.pdf"
SIDEBAR = f'<div class="side"><a href="{GUIDE_PATH}">{CITY}政府信息公开指南.pdf</a></div>'


def _report_page(report: DemoReport, column: str, charset: str) -> dict[str, bytes]:
    """The report's page(s): TRS in-article pager (createPageHTML + 下一页) when split, attachments listed below."""
    blocks = report_sections(report.agency, report.year, report.seed)
    stem = report.path.rsplit(".", 1)[0]
    per_part = max(1, -(-len(blocks) // report.parts))
    pages = {}
    for part in range(report.parts):
        chunk = "".join(blocks[part * per_part:(part + 1) * per_part])
        pager = ""
        if report.parts > 1:
            pager = (f'<div class="page"><script>createPageHTML({report.parts}, {part}, '
                     f'"{stem.rsplit("/", 1)[1]}", "html");</script>')
            if part + 1 < report.parts:
                pager += f'<a href="{stem.rsplit("/", 1)[1]}_{part + 1}.html">下一页</a>'
            pager += "</div>"
        attachment = ""
        if report.attachments and part == 0:
            attachment = '<div class="fj">附件：' + "".join(
                f'<p><a href="{escape(path)}">{escape(file_name(path))}</a></p>' for path in report.attachments) + "</div>"
        body = (f'<h1>{escape(report.title)}</h1><div class="info">发布日期：{report.published} 来源：{escape(report.agency)}'
                f'</div><div class="TRS_Editor">{chunk}</div>{pager}{attachment}{SIDEBAR}')
        path = report.path if part == 0 else f"{stem}_{part}.html"
        pages[path] = _page(report.title, body, charset=charset, crumb=column)
    return pages


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_TYPES = {"pdf": "application/pdf", "docx": DOCX, "doc": "application/msword", "xls": "application/vnd.ms-excel",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def file_name(path: str) -> str:
    """The file a demo attachment path names: the last segment, or Hanweb downfile.jsp's filename parameter."""
    query = dict(parse_qsl(urlsplit(path).query))
    return query.get("filename") or urlsplit(path).path.rsplit("/", 1)[1]


def bundled_file(name: str) -> tuple[str, bytes] | None:
    """A twin of a seed report that engineer H6 generated into files/ (PDF, scan, DOCX, DOC, XLS/XLSX)."""
    path = FILES_DIR / name
    if not path.is_file():
        return None
    return MIME_TYPES.get(name.rsplit(".", 1)[1].lower(), "application/octet-stream"), path.read_bytes()


def _generated_docx(report: DemoReport) -> tuple[str, bytes]:
    """A DOCX edition of a generated report (its own text, so page and attachment agree)."""
    import docx

    document = docx.Document()
    document.add_heading(report.title, level=1)
    for line in report_text(report.agency, report.year).splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return DOCX, buffer.getvalue()


def _present(*names: str) -> tuple[str, ...]:
    return tuple(name for name in names if bundled_file(name) is not None)


def _trs_site(site: Site) -> None:
    gov = f"{CITY}人民政府"
    items: list[tuple[str, str, str]] = []
    reports: list[DemoReport] = []
    for serial, year in enumerate(range(2023, 2007, -1), start=1000):
        published = f"{year + 1}-01-{10 + year % 15:02d}"
        path = _trs_path(serial, published)
        title = f"{gov}{year}年政府信息公开工作年度报告"
        if year == 2019:  # published only as an attachment, linked straight from the list
            path = f"/xxgk/xxgknb/{published.replace('-', '')[:6]}/P0{published.replace('-', '')}{serial}.docx"
            report = DemoReport(path, title, gov, year, published)
        elif year == 2021:
            report = DemoReport(path, title, gov, year, published, parts=3)
        elif year == 2022:
            report = DemoReport(path, title, gov, year, published,
                                attachments=(f"/xxgk/xxgknb/files/P0{published.replace('-', '')}_{serial}.docx",))
        else:
            report = DemoReport(path, title, gov, year, published)
        reports.append(report)
        items.append((path, title, published))
    for serial, (title, published) in enumerate([
        (f"{CITY}2023年政务公开工作要点", "2023-03-01"), (f"{CITY}2022年政务公开工作总结", "2023-01-05"),
        ("关于做好2021年政府信息公开工作年度报告编制发布工作的通知", "2021-12-20"),
        (f"{CITY}2021年国民经济和社会发展统计公报", "2022-03-15"), (f"{CITY}2022年法治政府建设年度报告", "2023-02-10"),
        (f"{CITY}财政局2020年部门决算", "2021-08-30")], start=2000):
        path = _trs_path(serial, published)
        site.lookalikes.append(LookAlike(path, title, published))
        items.insert(1 + 3 * (serial - 2000), (path, title, published))
    items.insert(5, ("/xxgk/xxgknb/200802/t20080210_999.html", f"{gov}2007年政府信息公开工作年度报告", "2008-02-10"))
    items.insert(9, ("/xxgk/xxgknb/gone.html", f"{gov}2008年政府信息公开工作年度报告（旧版）", "2009-01-20"))
    per_page = -(-len(items) // 3)
    for page in range(3):
        lis = "".join(_li(p, t, d) for p, t, d in items[page * per_page:(page + 1) * per_page])
        calendar = '<div class="rili"><a href="index.html?month=2023-02">2023年02月</a></div>'
        body = (f'<h2>政府信息公开年报</h2><ul class="list">{lis}</ul>{calendar}'
                f'<div class="page"><script>var countPage = 3; createPageHTML(countPage, {page}, "index", "html");'
                f"</script></div>")
        name = "index.html" if page == 0 else f"index_{page}.html"
        site.pages[f"/xxgk/xxgknb/{name}"] = ("text/html; charset=GBK",
                                              _page("政府信息公开年报", body, charset="gbk", crumb="政府信息公开年报"))
    site.pages["/xxgk/xxgknb/"] = site.pages["/xxgk/xxgknb/index.html"]
    site.reports += reports
    for report in reports:
        if report.path.endswith(".docx"):
            site.pages[report.path] = _generated_docx(report)
            continue
        for path, body in _report_page(report, "政府信息公开年报", "gbk").items():
            site.pages[path] = ("text/html; charset=GBK", body)
        for path in report.attachments:
            site.pages[path] = _generated_docx(report)
    for item in site.lookalikes:
        body = f'<h1>{escape(item.title)}</h1><div class="TRS_Editor"><p>{escape(item.title)}全文。</p></div>'
        site.pages[item.path] = ("text/html; charset=GBK", _page(item.title, body, charset="gbk"))
    site.pages["/xxgk/xxgknb/gone.html"] = ("text/html; charset=utf-8", _page(
        "页面不存在", '<div class="err"><h1>404</h1><p>对不起，您访问的页面不存在或已被删除！</p></div>'))


def _department_sites(site: Site) -> None:
    jyj, czj = f"{CITY}教育局", f"{CITY}财政局"
    body = ('<h2>部门信息公开年报</h2><ul><li><a href="jyj/index.html">教育局</a></li>'
            '<li><a href="czj/index.html">财政局</a></li></ul>')
    site.pages["/xxgk/bmxxgknb/index.html"] = ("text/html; charset=utf-8", _page("部门信息公开年报", body))

    def report(agency: str, year: int, folder: str, serial: int) -> DemoReport:
        published = f"{year + 1}-02-{1 + year % 20:02d}"
        path = f"/xxgk/bmxxgknb/{folder}/{published.replace('-', '')[:6]}/t{published.replace('-', '')}_{serial}.html"
        return DemoReport(path, f"{agency}{year}年政府信息公开工作年度报告", agency, year, published)

    jyj_reports = [report(jyj, y, "jyj", 3000 + y) for y in (2023, 2022, 2021, 2020, 2019, 2016)]
    summary = LookAlike("/xxgk/bmxxgknb/jyj/202301/t20230110_3999.html", f"{jyj}2022年工作总结", "2023-01-10")
    first = "".join(_li(r.path, r.title, r.published) for r in jyj_reports[:3]) + _li(summary.path, summary.title,
                                                                                      summary.published)
    site.pages["/xxgk/bmxxgknb/jyj/index.html"] = ("text/html; charset=utf-8", _page("教育局", (
        f'<ul>{first}<li><a href="2016nb/index.html">2016年信息公开年报</a></li></ul>'
        '<div class="page"><a href="list_2.html">下一页</a> <a href="list_2.html">尾页</a></div>')))
    second = "".join(_li(r.path, r.title, r.published) for r in jyj_reports[3:5])
    site.pages["/xxgk/bmxxgknb/jyj/list_2.html"] = ("text/html; charset=utf-8", _page("教育局", (
        f'<ul>{second}</ul><div class="page"><a href="index.html">上一页</a></div>')))
    site.pages["/xxgk/bmxxgknb/jyj/2016nb/index.html"] = ("text/html; charset=utf-8", _page("2016年信息公开年报", (
        f"<ul>{_li(jyj_reports[5].path, jyj_reports[5].title, jyj_reports[5].published)}</ul>")))
    czj_reports = [report(czj, y, "czj", 4000 + y) for y in range(2022, 2017, -1)]
    budget = LookAlike("/xxgk/bmxxgknb/czj/202203/t20220301_4999.html", f"{czj}2022年部门预算", "2022-03-01")
    lis = "".join(_li(r.path, r.title, r.published) for r in czj_reports) + _li(budget.path, budget.title,
                                                                               budget.published)
    site.pages["/xxgk/bmxxgknb/czj/index.html"] = ("text/html; charset=utf-8", _page(
        "财政局", '<iframe src="frame.html" width="100%" height="600" frameborder="0"></iframe>'))
    site.pages["/xxgk/bmxxgknb/czj/frame.html"] = ("text/html; charset=utf-8", _page("财政局", f"<ul>{lis}</ul>"))
    for item in (summary, budget):
        site.lookalikes.append(item)
        site.pages[item.path] = ("text/html; charset=utf-8", _page(item.title, f"<h1>{escape(item.title)}</h1>"))
    for item in jyj_reports + czj_reports:
        site.reports.append(item)
        for path, body in _report_page(item, "部门信息公开年报", "utf-8").items():
            site.pages[path] = ("text/html; charset=utf-8", body)


def _hanweb_site(site: Site) -> None:
    entries = [("二道区人民政府", 2017, "seed002"), ("漳河新区", 2021, "seed003"), ("莲都区", 2020, "seed004"),
               ("富阳区", 2018, "seed000"), (f"{CITY}东城镇人民政府", 2010, None), (f"{CITY}东城镇人民政府", 2012, None),
               (f"{CITY}东城镇人民政府", 2014, None)]
    # H6's twins of the seed reports, attached the ways Hanweb sites do (downfile.jsp, plain file links).
    attached = {"seed002": tuple(f"/module/download/downfile.jsp?classid=0&filename={name}"
                                 for name in _present("erdao-2017.docx", "erdao-2017-table.xlsx")),
                "seed003": tuple(f"/hw/files/{name}" for name in _present("zhanghe-2021.pdf"))}
    records = []
    for serial, (agency, year, seed) in enumerate(entries, start=5001):
        month = 1 + serial % 3
        path = f"/hw/art/{year + 1}/{month}/{serial % 28 + 1}/art_101_{serial}.html"
        title = (f"{year}年富陽區信息公開工作年度報告" if seed == "seed000" else
                 f"{agency}{year}年度政府信息公开工作报告" if seed == "seed002" else
                 f"{agency}{year}年政府信息公开工作年度报告")
        published = f"{year + 1}-{month:02d}-{serial % 28 + 1:02d}"
        report = DemoReport(path, title, agency, year, published, seed=seed, attachments=attached.get(seed, ()))
        site.reports.append(report)
        records.append(f"<li><a href='{path}' title='{escape(title)}'>{escape(title)}</a><span>{published}</span></li>")
        meta = (f'<table class="xxgk_meta"><tr><td>索引号：</td><td>999000/{year + 1}-{serial:05d}</td>'
                f"<td>发布机构：</td><td>{escape(agency)}</td></tr><tr><td>发文日期：</td><td>{published}</td></tr></table>")
        files = "".join(f"<p>附件：<a href='{escape(p)}'>{escape(file_name(p))}</a></p>" for p in report.attachments)
        body = (f"{meta}<h1>{escape(title)}</h1><div id='zoom'>{''.join(report_sections(agency, year, seed))}</div>"
                f"{files}")
        site.pages[path] = ("text/html; charset=utf-8", _page(title, body))
        site.pages.update({p: bundled_file(file_name(p)) for p in report.attachments if p.startswith("/hw/")})
    for name in _present("zhanghe-2021.scan.pdf"):  # the image edition, published only as a file
        scan = DemoReport(f"/hw/files/{name}", "漳河新区2021年政府信息公开工作年度报告（图片版）", "漳河新区", 2021,
                          "2022-03-01")
        site.reports.append(scan)
        site.pages[scan.path] = bundled_file(name)
        records.append(f"<li><a href='{scan.path}'>{escape(scan.title)}</a><span>{scan.published}</span></li>")
    plan = LookAlike("/hw/art/2023/2/1/art_101_5999.html", f"{CITY}东城镇2023年政务公开工作要点", "2023-02-01")
    site.lookalikes.append(plan)
    site.pages[plan.path] = ("text/html; charset=utf-8", _page(plan.title, f"<h1>{escape(plan.title)}</h1>"))
    records.insert(2, f"<li><a href='{plan.path}'>{escape(plan.title)}</a><span>{plan.published}</span></li>")
    site.hanweb_records = records
    datastore = "".join(f"<record><![CDATA[{r}]]></record>" for r in records[:3])
    nextgroup = ('<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/&columnid=101&unitid=201'
                 '&webname=示范市&permissiontype=0"></a>')
    body = (f'<h2>区县信息公开年报</h2><div id="201"><script type="text/xml"><datastore><nextgroup><![CDATA['
            f'{nextgroup}]]></nextgroup><recordset>{datastore}</recordset></datastore></script></div>'
            '<div class="sub"><a href="nb/">信息公开年报</a></div>')
    site.pages["/hw/col/col101/index.html"] = ("text/html; charset=utf-8", _page("区县信息公开年报", body))


def hanweb_dataproxy(site: Site, start: int, end: int) -> bytes:
    """Hanweb dataproxy.jsp: the records start..end (1-based, inclusive) as an XML datastore."""
    chosen = site.hanweb_records[max(start, 1) - 1:max(end, 0)]
    records = "".join(f"<record><![CDATA[{r}]]></record>" for r in chosen)
    return (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(site.hanweb_records)}</totalrecord>'
            f"<recordset>{records}</recordset></datastore>").encode()


API_PAGE_SIZE = 3


def json_api(site: Site, page: int) -> bytes:
    """/js/api/nblist.json?page=N: the JavaScript site's list, three rows a page (the page itself shows page 1)."""
    rows = site.api_rows[(page - 1) * API_PAGE_SIZE:page * API_PAGE_SIZE]
    return json.dumps({"code": 0, "data": {"total": len(site.api_rows), "pageSize": API_PAGE_SIZE, "page": page,
                                           "list": rows}}, ensure_ascii=False).encode()


def _js_site(site: Site) -> None:
    agency = f"{CITY}卫生健康委员会"
    rows = []
    for serial, year in enumerate(range(2023, 2019, -1), start=7001):
        published = f"{year + 1}-01-{serial % 28 + 1:02d}"
        path = f"/js/content/post_{serial}.html"
        report = DemoReport(path, f"{agency}{year}年政府信息公开工作年度报告", agency, year, published)
        site.reports.append(report)
        rows.append({"title": report.title, "url": path, "publishDate": published})
        body = (f'<h1>{escape(report.title)}</h1><div class="article-content">'
                f"{''.join(report_sections(agency, year))}</div>")
        site.pages[path] = ("text/html; charset=utf-8", _page(report.title, body))
    bulletin = LookAlike("/js/content/post_7999.html", f"{CITY}2023年卫生健康统计公报", "2024-04-01")
    site.lookalikes.append(bulletin)
    site.pages[bulletin.path] = ("text/html; charset=utf-8", _page(bulletin.title, f"<h1>{bulletin.title}</h1>"))
    rows.insert(1, {"title": bulletin.title, "url": bulletin.path, "publishDate": bulletin.published})
    site.api_rows = rows
    # Drawn after a delay, as many portals do: the fetch starts only once the page has gone quiet.
    script = ("<script>setTimeout(function () { fetch('/js/api/nblist.json?page=1').then(function (r) { return r.json(); })"
              ".then(function (d) { var ul = document.getElementById('list'); d.data.list.forEach(function (row) {"
              "var li = document.createElement('li'); var a = document.createElement('a'); a.href = row.url;"
              "a.textContent = row.title; li.appendChild(a); ul.appendChild(li); }); }); }, 900);</script>")
    site.pages["/js/nb/index.html"] = ("text/html; charset=utf-8", _page(
        "政务公开年报", f'<h2>政务公开年报</h2><ul id="list"></ul>{script}'))


def _navigation(site: Site) -> None:
    home = ('<div class="banner"><a href="/xxgk/index.html">政府信息公开</a> <a href="/hdjl/index.html">互动交流</a>'
            ' <a href="/calendar/2023-01-01.html">活动日历</a></div><ul class="news">'
            '<li><a href="/news/202301/t20230101_1.html">我市召开新春团拜会</a></li></ul>')
    site.pages["/"] = ("text/html; charset=utf-8", _page(f"{CITY}人民政府", home))
    site.pages["/index.html"] = site.pages["/"]
    links = [("/xxgk/zn/index.html", "政府信息公开指南"), ("/xxgk/xxgknb/index.html", "政府信息公开年报"),
             ("/xxgk/bmxxgknb/index.html", "部门信息公开年报"), ("/hw/col/col101/index.html", "区县信息公开年报"),
             ("/js/nb/index.html", "政务公开年报（新平台）"), ("/xxgk/fzzf/index.html", "法治政府建设年度报告"),
             ("/private/xxgknb/index.html", "内部信息公开年报"), ("/xxgk/tjxx/index.html", "统计信息")]
    body = "<ul class='nav'>" + "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in links) + "</ul>"
    site.pages["/xxgk/index.html"] = ("text/html; charset=utf-8", _page("政府信息公开", body))
    secret = DemoReport("/private/xxgknb/t20230101_1.html", f"{CITY}内部2022年政府信息公开工作年度报告", CITY, 2022,
                        "2023-01-01")
    site.pages["/private/xxgknb/index.html"] = ("text/html; charset=utf-8", _page(
        "内部信息公开年报", f"<ul>{_li(secret.path, secret.title, secret.published)}</ul>"))
    site.pages["/robots.txt"] = ("text/plain", f"User-agent: *\nDisallow: {DISALLOWED_PREFIX}\n".encode())


def make_site() -> Site:
    """A new copy of the site (tests change one between two crawls); build_site() is the shared one."""
    site = Site()
    _navigation(site)
    _trs_site(site)
    _department_sites(site)
    _hanweb_site(site)
    _js_site(site)
    return site


def publish_report(site: Site, list_path: str, report: DemoReport, column: str) -> None:
    """Publish one more report: its page(s), and its row at the top of the list page at list_path (UTF-8 lists)."""
    site.reports.append(report)
    for path, body in _report_page(report, column, "utf-8").items():
        site.pages[path] = ("text/html; charset=utf-8", body)
    content_type, listing = site.pages[list_path]
    marker = b'<div class="content"><ul>'
    row = _li(report.path, report.title, report.published).encode()
    site.pages[list_path] = (content_type, listing.replace(marker, marker + row, 1))


@cache
def build_site() -> Site:
    return make_site()


def expected_report_paths() -> list[str]:
    """Ground truth: the first page (or file) of every report the crawl must find."""
    return [r.path for r in build_site().reports]


def lookalike_paths() -> list[str]:
    return [item.path for item in build_site().lookalikes]
