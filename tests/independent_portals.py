"""Independent simulated government portals for discovery tests, written from spec section 3 alone (not from the
bundled demo portal). Each `Portal` is a small site with one CMS style: TRS (GBK, createPageHTML paging), Hanweb
(datastore script + dataproxy.jsp, xxgkAnnualReport.jsp), Guangdong gkmlpt (JSON list API), Lonsun
(OpennessAnnualReport, 下一页 lists, department sub-catalogues, multi-page and iframe reports). Each exposes its
ground truth: `reports` (first-page URL paths of real annual reports), `lookalikes` (paths that must not be taken)
and `disallowed` (robots.txt paths that must never be fetched). `serve(portal)` starts it on 127.0.0.1:<free port>."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FILES = Path(__file__).resolve().parent.parent / "crawler" / "demo_portal" / "files"

Page = tuple[str, bytes]  # (content type, body)


@dataclass
class Portal:
    name: str
    pages: dict[str, Page] = field(default_factory=dict)
    dynamic: dict[str, Callable[[dict[str, list[str]]], Page]] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    disallowed: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # later pages and attachments that must join their report
    hits: list[str] = field(default_factory=list)
    base_url: str = ""

    def page(self, path: str) -> Page | None:
        """The static page at `path`, whatever the order of its query parameters (as on a real server)."""
        wanted = same_query(path)
        return next((page for key, page in self.pages.items() if same_query(key) == wanted), None)

    def html(self, path: str, body: str, encoding: str = "utf-8", title: str = "") -> None:
        charset = "gb2312" if encoding == "gbk" else encoding
        doc = (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title or self.name}</title></head>'
               f'<body><div class="header"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> '
               f'<a href="/hdjl/">互动交流</a></div>{body}'
               f'<div class="footer">网站标识码：3301000019 主办单位：{self.name}</div></body></html>')
        self.pages[path] = (f"text/html; charset={charset}", doc.encode(encoding))

    def serve_file(self, path: str, source: str) -> None:
        kinds = {".pdf": "application/pdf",
                 ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
        self.pages[path] = (kinds[Path(source).suffix], (FILES / source).read_bytes())


def same_query(path: str) -> tuple[str, list[tuple[str, list[str]]]]:
    parts = urlsplit(path)
    return parts.path, sorted(parse_qs(parts.query).items())


def year_in(title: str) -> int:
    return int(re.search(r"(?:19|20)\d{2}", title).group(0))


def report_body(agency: str, year: int, seed: int) -> str:
    """A short but well-formed 2021-format report body (sections 一 … 六)."""
    return (f'<div class="TRS_Editor"><p>本报告由{agency}根据《中华人民共和国政府信息公开条例》编制。'
            f'本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。</p>'
            f'<p>一、总体情况</p><p>{year}年，{agency}主动公开政府信息{1200 + seed}条。</p>'
            f'<p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年制发件数</td></tr>'
            f'<tr><td>规章</td><td>{seed % 7}</td></tr></table>'
            f'<p>三、收到和处理政府信息公开申请情况</p><p>本年新收政府信息公开申请{30 + seed}件。</p>'
            f'<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议0件。</p>'
            f'<p>五、存在的主要问题及改进情况</p><p>公开质量有待提升。</p>'
            f'<p>六、其他需要报告的事项</p><p>无。</p></div>')


def article(portal: Portal, path: str, title: str, body: str, encoding: str = "utf-8") -> None:
    portal.html(path, f'<div class="article"><h1>{title}</h1><div class="info">发布日期：2021-03-05 '
                      f'来源：{portal.name}</div>{body}</div>', encoding, title)


def lookalike_body(title: str) -> str:
    return f"<p>{title}。各乡镇、各部门：现将有关事项通知如下。</p>"


# -- 1. TRS WCM, GBK, createPageHTML paging, robots.txt, calendar trap ---------------------------------------
def trs_portal() -> Portal:
    p = Portal("富春县人民政府")
    enc = "gbk"
    p.html("/", '<ul class="nav"><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>'
                '<li><a href="/calendar/2021-03-05.html">活动日历</a></li></ul>', enc)
    p.html("/zwgk/", '<ul><li><a href="./zcwj/">政策文件</a></li>'
                     '<li><a href="./zfxxgk/xxgknb/">政府信息公开年报</a></li>'
                     '<li><a href="./bmxxgk/">部门信息公开</a></li>'
                     '<li><a href="./zfxxgk/xxgkzn/">政府信息公开指南</a></li></ul>', enc)
    p.html("/zwgk/zcwj/", '<ul><li><a href="./202101/t20210110_9001.html">关于印发富春县2021年政务公开工作要点的通知</a>'
                          '</li></ul>', enc)
    base = "/zwgk/zfxxgk/xxgknb"
    items = [  # (path, title, is report)
        (f"{base}/202201/t20220120_4401.html", "富春县人民政府2021年政府信息公开工作年度报告", True),
        (f"{base}/202201/t20220115_4399.html", "关于做好2021年度政府信息公开工作年度报告编制发布工作的通知", False),
        (f"{base}/202101/t20210128_3301.html", "2020年富春县政府信息公开工作年度报告", True),
        (f"{base}/202101/t20210112_3290.html", "富春县2020年政务公开工作总结", False),
        (f"{base}/202001/t20200130_2201.html", "富春县人民政府办公室2019年度政府信息公开工作报告", True),
        (f"{base}/202001/t20200109_2190.html", "富春县2019年法治政府建设年度报告", False),
        (f"{base}/201901/t20190125_1101.html", "富春县2018年政府信息公开年报", True),
        (f"{base}/201901/t20190105_1090.html", "富春县2018年国民经济和社会发展统计公报", False),
        # GBK-only characters on a page declared gb2312 (decoded as GB18030, spec 3.6)
        (f"{base}/201902/t20190220_1120.html", "富春县玥堃镇2018年政府信息公开工作年度报告", True),
    ]
    per_page = 3
    chunks = [items[i:i + per_page] for i in range(0, len(items), per_page)]
    for n, chunk in enumerate(chunks):
        rows = "".join(f'<li><a href=".{path[len(base):]}" target="_blank">{title}</a>'
                       f'<span>{path.split("/t")[1][:8]}</span></li>' for path, title, _ in chunk)
        script = (f'<script type="text/javascript">var countPage = {len(chunks)};'
                  f'createPageHTML({len(chunks)}, {n}, "index", "html");</script>')
        p.html(f"{base}/" if n == 0 else f"{base}/index_{n}.html",
               f'<ul class="list">{rows}</ul>{script}{calendar_widget(2021, 3)}', enc)
    for seed, (path, title, is_report) in enumerate(items):
        body = report_body("富春县人民政府", year_in(title), seed) if is_report else lookalike_body(title)
        article(p, path, title, body, enc)
        (p.reports if is_report else p.lookalikes).append(path)
    p.lookalikes.append("/zwgk/zcwj/202101/t20210110_9001.html")
    article(p, "/zwgk/zcwj/202101/t20210110_9001.html", "关于印发富春县2021年政务公开工作要点的通知",
            lookalike_body("政务公开工作要点"), enc)
    # A report-looking page behind robots.txt, linked from the list column.
    p.pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /zwgk/nbbak/\n")
    p.html("/zwgk/zfxxgk/xxgkzn/", '<p>政府信息公开指南正文。</p><a href="/zwgk/nbbak/t2021_1.html">'
                                   '富春县2021年政府信息公开工作年度报告（备份）</a>', enc)
    article(p, "/zwgk/nbbak/t2021_1.html", "富春县2021年政府信息公开工作年度报告", report_body("富春县", 2021, 1), enc)
    p.disallowed.append("/zwgk/nbbak/t2021_1.html")

    def calendar(_: dict[str, list[str]], day: list[int] = [0]) -> Page:  # noqa: B006 - endless day pages
        day[0] += 1
        return ("text/html; charset=utf-8",
                f'<html><body><a href="/calendar/2021-03-{day[0] + 5:02d}-{day[0]}.html">下一天</a>'
                f'<a href="/calendar/2021-04-{day[0]:02d}-{day[0]}.html">下个月</a></body></html>'.encode())
    p.dynamic["/calendar/"] = calendar

    def month_page(query: dict[str, list[str]]) -> Page:  # the widget's months never end
        year, month = int(query["y"][0]), int(query["m"][0])
        return ("text/html; charset=utf-8",
                f"<html><body><h3>活动日历</h3>{calendar_widget(year, month)}</body></html>".encode())
    p.dynamic["/zwgk/hdrl/"] = month_page
    # Department catalogues inside the disclosure section, each with its own 年报 node; one list shows truncated
    # titles (full title in the title attribute), one "查看" links, one page is GBK declared only in the header.
    p.html("/zwgk/bmxxgk/", '<ul><li><a href="./jyj/">县教育局</a></li><li><a href="./wjw/">县卫生健康局</a></li></ul>',
           enc)
    for slug, dname in (("jyj", "县教育局"), ("wjw", "县卫生健康局")):
        p.html(f"/zwgk/bmxxgk/{slug}/", '<ul><li><a href="./jgzn/">机构职能</a></li>'
                                       '<li><a href="./xxgknb/">信息公开年报</a></li></ul>', enc)
        path = f"/zwgk/bmxxgk/{slug}/xxgknb/202202/t20220210_{len(slug)}{ord(slug[0])}.html"
        title = f"富春{dname}2021年度政府信息公开工作年度报告"
        if slug == "jyj":
            row = f'<li><a href="./{path.split("xxgknb/")[1]}" title="{title}">{title[:14]}...</a></li>'
        else:
            row = f'<li><span>{title}</span><span>2022-02-10</span><a href="./{path.split("xxgknb/")[1]}">查看</a></li>'
        p.html(f"/zwgk/bmxxgk/{slug}/xxgknb/", f"<ul>{row}</ul>", enc)
        article(p, path, title, report_body(f"富春{dname}", 2021, len(slug)), enc)
        p.pages[path] = ("text/html; charset=GBK", p.pages[path][1].replace(b' charset="gb2312"', b""))
        p.reports.append(path)
    return p


def calendar_widget(year: int, month: int) -> str:
    before, after = divmod(year * 12 + month - 2, 12), divmod(year * 12 + month, 12)
    return (f'<table class="calendar"><tr><td><a href="/zwgk/hdrl/?y={before[0]}&m={before[1] + 1}">&lt;</a></td>'
            f'<td>{year}年{month}月</td><td><a href="/zwgk/hdrl/?y={after[0]}&m={after[1] + 1}">&gt;</a></td></tr>'
            + "".join(f"<td>{d}</td>" for d in range(1, 29)) + "</table>")


# -- 2. Hanweb jcms: datastore script list + dataproxy.jsp; attachment-only report ----------------------------
HANWEB_RECORD = "<li><a href='{path}' target='_blank' title='{title}'>{title}</a><span>{date}</span></li>"


def hanweb_portal() -> Portal:
    p = Portal("青川市人民政府")
    p.html("/", '<div class="nav"><a href="/col/col1001/index.html">信息公开</a>'
                '<a href="/col/col1002/index.html">新闻动态</a></div>')
    p.html("/col/col1002/index.html", '<a href="/art/2022/1/3/art_1002_70.html">青川市召开2021年工作总结会</a>')
    article(p, "/art/2022/1/3/art_1002_70.html", "青川市召开2021年工作总结会", "<p>会议召开。</p>")
    p.html("/col/col1001/index.html", '<div class="tree"><a href="/col/col1010/index.html">法定主动公开内容</a>'
                                      '<a href="/col/col1123/index.html">政府信息公开年度报告</a>'
                                      '<a href="/col/col1124/index.html">政府网站年度报表</a></div>')
    p.html("/col/col1010/index.html", "<p>栏目建设中</p>")
    items = [
        ("/art/2022/1/28/art_1123_5501.html", "青川市人民政府2021年政府信息公开工作年度报告", "report"),
        ("/art/2022/1/20/art_1123_5490.html", "青川市2021年政府网站工作年度报表", "look"),
        ("/art/2021/1/29/art_1123_4401.html", "2020年度青川市政府信息公开工作年度报告", "attach"),
        ("/art/2021/1/15/art_1123_4390.html", "青川市2020年部门决算公开", "look"),
        ("/art/2020/1/31/art_1123_3301.html", "青川市人民政府2019年政府信息公开工作年度报告（图片版）", "report"),
        ("/art/2020/1/10/art_1123_3290.html", "青川市2020年政府信息公开工作要点", "look"),
        ("/art/2019/3/20/art_1123_2201.html", "青川市交通运输局2018年政府信息公开年报", "report"),
        ("/art/2019/2/1/art_1123_2190.html", "关于做好2018年政府信息公开工作年度报告编制工作的通知", "look"),
    ]
    records = [HANWEB_RECORD.format(path=path, title=title, date="-".join(path.split("/")[2:5]))
               for path, title, _ in items]

    def datastore(recs: list[str]) -> str:
        inner = "".join(f"<record><![CDATA[{r}]]></record>" for r in recs)
        return (f"<datastore><nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3"
                f"&path=/&columnid=1123&unitid=8801&webname=青川市&permissiontype=0\"></a>]]></nextgroup>"
                f"<recordset>{inner}</recordset></datastore>")
    p.html("/col/col1123/index.html", f'<div id="8801"><script type="text/xml">{datastore([])}</script>'
                                      f'<script language="javascript" src="/module/web/jpage/jpage.js"></script>'
                                      f'</div>')
    p.html("/col/col1124/index.html", '<a href="/art/2022/1/20/art_1123_5490.html">青川市2021年政府网站工作年度报表</a>')

    def dataproxy(query: dict[str, list[str]]) -> Page:
        start = int(query.get("startrecord", ["1"])[0])
        end = min(int(query.get("endrecord", [str(start + 2)])[0]), start + 2)  # capped at perpage=3
        if "page" in query and "startrecord" not in query:
            start, end = 1 + 3 * (int(query["page"][0]) - 1), 3 * int(query["page"][0])
        chosen = records[start - 1:end]
        body = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(records)}</totalrecord>'
                f'<totalpage>{(len(records) + 2) // 3}</totalpage><recordset>'
                + "".join(f"<record><![CDATA[{r}]]></record>" for r in chosen) + "</recordset></datastore>")
        return ("text/xml; charset=utf-8", body.encode())
    p.dynamic["/module/web/jpage/dataproxy.jsp"] = dataproxy
    for seed, (path, title, kind) in enumerate(items):
        if kind == "attach":
            article(p, path, title, '<p>附件：<a href="/module/download/downfile.jsp?classid=0&filename='
                                    '2101291530.pdf">2020年度青川市政府信息公开工作年度报告.pdf</a></p>')
            p.serve_file("/module/download/downfile.jsp", "zhanghe-2021.pdf")
            p.parts.append("/module/download/downfile.jsp?classid=0&filename=2101291530.pdf")
        elif kind == "report":
            article(p, path, title, report_body("青川市人民政府", year_in(title), seed))
        else:
            article(p, path, title, lookalike_body(title))
        (p.lookalikes if kind == "look" else p.reports).append(path)
    return p


# -- 3. Hanweb xxgk module: xxgkAnnualReport.jsp per year, department catalogue --------------------------------
def hanweb_annual_portal() -> Portal:
    p = Portal("丽江县人民政府")
    area = "113325000026455663"
    p.html("/", '<a href="/col/col2001/index.html">政府信息公开专栏</a><a href="/col/col2002/index.html">网上办事</a>')
    p.html("/col/col2002/index.html", "<p>办事指南</p>")
    p.html("/col/col2001/index.html",
           f'<ul><li><a href="/module/xxgk/tree.jsp?area={area}">信息公开目录</a></li>'
           f'<li><a href="/module/xxgk/xxgkAnnualReport.jsp?area={area}">年度报告</a></li>'
           f'<li><a href="/module/xxgk/xxgkGuide.jsp?area={area}">公开指南</a></li></ul>')
    p.pages["/module/xxgk/tree.jsp"] = ("text/html; charset=utf-8", "<html><body>目录树</body></html>".encode())
    p.pages["/module/xxgk/xxgkGuide.jsp"] = ("text/html; charset=utf-8", "<html><body>公开指南</body></html>".encode())
    by_year = {
        2021: [("/art/2022/1/25/art_2101_801.html", "丽江县2021年政府信息公开工作年度报告", True),
               ("/art/2022/1/26/art_2101_802.html", "丽江县教育局2021年政府信息公开工作年度报告", True),
               ("/art/2022/1/10/art_2101_790.html", "丽江县2021年行政执法数据年度报告", False)],
        2020: [("/art/2021/1/22/art_2101_601.html", "2020年丽江县政府信息公开年度报告", True),
               ("/art/2021/1/23/art_2101_602.html", "丽江县财政局2020年度信息公开工作年度报告", True),
               ("/art/2021/1/5/art_2101_590.html", "丽江县2020年度部门预算", False),
               ("/uploads/2021/01/wjj2020nb.docx", "丽江县卫生健康局2020年政府信息公开工作年度报告.docx", True)],
    }

    def annual(query: dict[str, list[str]]) -> Page:
        year = int(query.get("fbtime", ["2021"])[0])
        rows = "".join(f'<tr><td><a href="{path}">{title}</a></td><td>{year + 1}-01-2x</td></tr>'
                       for path, title, _ in by_year.get(year, []))
        doc = f'<html><body><select id="fbtime"></select><table class="list">{rows}</table></body></html>'
        return ("text/html; charset=utf-8", doc.encode())
    p.dynamic["/module/xxgk/xxgkAnnualReport.jsp"] = annual
    for year, items in by_year.items():
        for seed, (path, title, is_report) in enumerate(items):
            if path.endswith(".docx"):  # listed as the file itself, no article page
                p.serve_file(path, "erdao-2017.docx")
            elif path == "/art/2022/1/25/art_2101_801.html":  # the article shows its text in an iframe
                article(p, path, title, '<iframe src="/art/2022/1/25/content_801.html" width="100%"></iframe>')
                p.html("/art/2022/1/25/content_801.html", report_body("丽江县", year, seed))
                p.parts.append("/art/2022/1/25/content_801.html")
            else:
                article(p, path, title, report_body(title[:6], year, seed) if is_report else lookalike_body(title))
            (p.reports if is_report else p.lookalikes).append(path)
    return p


# -- 4. Guangdong gkmlpt: list built by JavaScript from the JSON API -------------------------------------------
def gkmlpt_portal(annual_page: bool = True) -> Portal:
    """With `annual_page` the catalogue links a /gkmlpt/annualreport page; without, only its `#catid` entry."""
    p = Portal("榕江区人民政府")
    sid = "755031"
    p.html("/", '<a href="/gkmlpt/index">政府信息公开</a><a href="/zwdt/">政务动态</a>')
    p.html("/zwdt/", "<p>动态</p>")
    annual_href = "/gkmlpt/annualreport" if annual_page else "/gkmlpt/index#2620"
    p.html("/gkmlpt/index", f'<script>var SID = "{sid}"; // SID:{sid}\n</script><div id="app">'
                            '<ul class="catalog"><li><a href="/gkmlpt/index#2601">机构职能</a></li>'
                            f'<li><a href="{annual_href}">政府信息公开年报</a></li></ul></div>'
                            '<script src="/gkmlpt/static/js/app.js"></script>')
    p.html("/gkmlpt/annualreport", f'<div id="list"></div><script>var SID="{sid}";\n'
                                   f'$.getJSON("/gkmlpt/api/all/2620?page=1&sid={sid}", function(d) {{'
                                   f'render(d.articles); }});</script>')
    articles = [
        ("/gkmlpt/content/3/3121/post_3121901.html", "榕江区人民政府2021年政府信息公开工作年度报告", True),
        ("/gkmlpt/content/3/3121/post_3121855.html", "榕江区2021年国民经济和社会发展统计公报", False),
        ("/gkmlpt/content/3/3121/post_3121860.html", "榕江区2021年度社会信用体系建设年度报告", False),
        ("/gkmlpt/content/3/3121/post_3121840.html", "榕江区卫生健康局2021年政府信息公开工作年度报告", True),
        ("/gkmlpt/content/2/2911/post_2911702.html", "榕江区人民政府2020年政府信息公开工作年度报告", True),
        ("/gkmlpt/content/2/2911/post_2911650.html", "榕江区2020年政务公开工作总结", False),
        ("/gkmlpt/content/2/2911/post_2911655.html", "一图读懂榕江区人民政府2020年政府信息公开工作年度报告", False),
        ("/gkmlpt/content/2/2911/post_2911601.html", "2020年榕江区横沥镇政府信息公开工作年度报告", True),
    ]

    def api(query: dict[str, list[str]]) -> Page:
        page = int(query.get("page", ["1"])[0])
        chunk = articles[(page - 1) * 4:page * 4]
        data = {"total": len(articles), "page": page, "articles": [
            {"id": int(path.rsplit("_", 1)[1][:-5]), "title": title, "url": p.base_url + path,
             "first_publish_time": 1642000000} for path, title, _ in chunk]}
        return ("application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode())
    p.dynamic["/gkmlpt/api/all/2620"] = api
    for seed, (path, title, is_report) in enumerate(articles):
        article(p, path, title, report_body("榕江区人民政府", year_in(title), seed) if is_report
                else lookalike_body(title))
        (p.reports if is_report else p.lookalikes).append(path)
    return p


# -- 5. Lonsun: OpennessAnnualReport, 下一页 paging, per-year + department catalogues, multi-page, iframe ------
def lonsun_portal() -> Portal:
    p = Portal("铜陵县人民政府")
    p.html("/", '<a href="/public/column/6601?type=4">信息公开</a><a href="/news/">要闻</a>')
    p.html("/news/", "<p>要闻</p>")
    p.html("/public/column/6601?type=4",
           '<ul class="xxgk-menu"><li><a href="/public/column/6601?type=4&action=guide">信息公开指南</a></li>'
           '<li><a href="/openness/OpennessAnnualReport/6601.html">信息公开年报</a></li>'
           '<li><a href="/public/column/6601?type=4&catId=7701">部门信息公开年报</a></li></ul>')
    p.html("/public/column/6601?type=4&action=guide", "<p>指南</p>")
    report_base = "/openness/OpennessAnnualReport/show"
    main = [(f"{report_base}/{4000 + i}.html", t, r) for i, (t, r) in enumerate([
        ("铜陵县2021年政府信息公开工作年度报告", True), ("铜陵县2021年政务公开工作要点", False),
        ("2021年度铜陵县钟鸣镇政府信息公开工作年度报告", True), ("铜陵县2020年政府信息公开工作年度报告", True),
        ("铜陵县2020年企业年报公示工作情况", False), ("铜陵县人民政府2019年政府信息公开工作年度报告", True),
        ("2018年銅陵縣信息公開工作年度報告", True), ("铜陵县市场监督管理局2018年政务信息公开年度报告", True),
        ("铜陵县2018年政府信息公开工作年度报告编制说明会召开", False)])]
    pages = [main[:3], main[3:6], main[6:]]
    for n, chunk in enumerate(pages):
        rows = "".join(f'<li><a href="{path}" title="{t}">{t}</a></li>' for path, t, _ in chunk)
        nav = (f'<a href="/openness/OpennessAnnualReport/6601.html?pageIndex={n + 2}">[下一页&gt;&gt;]</a>'
               if n + 1 < len(pages) else "")
        p.html("/openness/OpennessAnnualReport/6601.html" + ("" if n == 0 else f"?pageIndex={n + 1}"),
               f'<ul>{rows}</ul><div class="page">共{len(pages)}页 {nav}</div>')
    for seed, (path, title, is_report) in enumerate(main):
        if seed == 0:  # a report split over two pages
            first = report_body("铜陵县", 2021, 0)
            cut = first.index("<p>三、")
            article(p, path, title, first[:cut] + '</div><div class="pages"><a href="'
                    f'{report_base}/4000_2.html">下一页</a></div>')
            article(p, f"{report_base}/4000_2.html", title, '<div class="TRS_Editor">' + first[cut:])
            p.parts.append(f"{report_base}/4000_2.html")
        elif seed == 3:  # the report is a PDF shown in a viewer iframe
            article(p, path, title, '<iframe src="/static/pdfjs/web/viewer.html?file=/uploads/2021/tl2020.pdf" '
                                    'width="100%" height="800"></iframe>')
            p.serve_file("/uploads/2021/tl2020.pdf", "zhanghe-2021.pdf")
            p.parts.append("/uploads/2021/tl2020.pdf")
        else:
            article(p, path, title, report_body("铜陵县", year_in(title), seed) if is_report
                    else lookalike_body(title))
        (p.reports if is_report else p.lookalikes).append(path)
    # Department sub-catalogue: 部门信息公开年报 › 教育局 › 2021年 / 2020年 ; the 2020 one is a DOCX attachment.
    p.html("/public/column/6601?type=4&catId=7701", '<ul><li><a href="/public/column/6602?type=4&catId=7702">教育局'
                                                   '</a></li><li><a href="/public/column/6603?type=4&catId=7703">'
                                                   '财政局</a></li></ul>')
    dept = {"6602": ("教育局", 7702), "6603": ("财政局", 7703)}
    for site, (dname, cat) in dept.items():
        years = "".join(f'<li><a href="/public/column/{site}?type=4&catId={cat}&year={y}">{y}年</a></li>'
                        for y in (2021, 2020))
        p.html(f"/public/column/{site}?type=4&catId={cat}", f"<ul>{years}</ul>")
        for y in (2021, 2020):
            path = f"/public/{site}/{y}{cat}1.html"
            title = f"铜陵县{dname}{y}年度政府信息公开工作年度报告"
            # 教育局 2021 lists its report by the bare statutory name; the row's date gives the year.
            shown = "政府信息公开工作年度报告" if (site, y) == ("6602", 2021) else title
            p.html(f"/public/column/{site}?type=4&catId={cat}&year={y}",
                   f'<ul><li><a href="{path}">{shown}</a><span>{y + 1}-01-15</span></li><li>'
                   f'<a href="/public/{site}/{y}{cat}9.html">铜陵县{dname}{y}年部门决算</a></li></ul>')
            if site == "6603" and y == 2020:
                article(p, path, title, f'<p>详见附件：<a href="/uploads/{site}/{y}nb.docx">{title}.docx</a></p>')
                p.serve_file(f"/uploads/{site}/{y}nb.docx", "erdao-2017.docx")
                p.parts.append(f"/uploads/{site}/{y}nb.docx")
            else:
                article(p, path, title, report_body(f"铜陵县{dname}", y, cat % 10 + y % 10))
            article(p, f"/public/{site}/{y}{cat}9.html", f"铜陵县{dname}{y}年部门决算", lookalike_body("部门决算"))
            p.reports.append(path)
            p.lookalikes.append(f"/public/{site}/{y}{cat}9.html")
    return p


# -- 6. Custom CMS: the list is an iframe whose page draws it from a JSON API; a year-named sub-column; an
#       article paged with createPageHTML; look-alikes from other rules (高校, 制度) -----------------------------
def custom_portal() -> Portal:
    p = Portal("安平县人民政府")
    p.html("/", '<a href="/zfxxgk/index.shtml"><img src="/images/zfxxgk.png" alt="政府信息公开"></a>'
                '<a href="/hdjl/">互动</a>')
    p.html("/hdjl/", "<p>互动</p>")
    p.html("/zfxxgk/index.shtml", '<div class="left"><a href="/zfxxgk/gkzd/index.shtml">政府信息公开制度</a>'
                                  '<a href="/zfxxgk/gknb/index.shtml">政府信息公开年报</a></div>')
    p.html("/zfxxgk/gkzd/index.shtml", '<a href="/zfxxgk/gkzd/202001/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml">'
                                       '安平县政府信息公开工作年度报告制度</a>')
    article(p, "/zfxxgk/gkzd/202001/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml", "安平县政府信息公开工作年度报告制度",
            lookalike_body("年度报告制度"))
    p.lookalikes.append("/zfxxgk/gkzd/202001/0a1b2c3d4e5f60718293a4b5c6d7e8f9.shtml")
    p.html("/zfxxgk/gknb/index.shtml", '<h2>政府信息公开年报</h2><iframe src="/zfxxgk/gknb/list.shtml" '
                                       'frameborder="0" width="100%"></iframe>'
                                       '<a href="/zfxxgk/gknb/2019nb/index.shtml">2019年信息公开年报</a>')
    p.html("/zfxxgk/gknb/list.shtml", '<ul id="list"></ul><div id="pager"></div><script>\n'
                                      'function load(n){fetch("/api/article/list?channelId=88&pageNo="+n+'
                                      '"&pageSize=3").then(r=>r.json()).then(d=>{d.data.records.forEach(a=>{'
                                      'document.getElementById("list").innerHTML+="<li><a href=\'"+a.DOCPUBURL+'
                                      '"\'>"+a.DOCTITLE+"</a></li>";});});}\nload(1);</script>')
    items = [
        ("/zfxxgk/gknb/202201/5e8a3c1d9b7f4e2a8c6d0b1f3a5e7c9d.shtml", "安平县2021年政府信息公开工作年度报告", "paged"),
        ("/zfxxgk/gknb/202201/7c2e4a6b8d0f1e3a5c7b9d1f3e5a7c9b.shtml", "安平县职业技术学院2021年信息公开工作年度报告",
         "look"),
        ("/zfxxgk/gknb/202201/9d1f3e5a7c9b2e4a6b8d0f1e3a5c7b9d.shtml", "安平县人民政府办公室2021年政府信息公开工作年度报告",
         "report"),
        ("/zfxxgk/gknb/202101/1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b.shtml", "2020年安平县政府信息公开工作年度报告", "report"),
        ("/zfxxgk/gknb/202101/3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b1a.shtml", "安平县2020年政府信息公开统计报表", "look"),
    ]

    def api(query: dict[str, list[str]]) -> Page:
        page, size = int(query.get("pageNo", ["1"])[0]), int(query.get("pageSize", ["3"])[0])
        chunk = items[(page - 1) * size:page * size]
        data = {"code": 200, "data": {"total": len(items), "pages": -(-len(items) // size), "current": page,
                                      "records": [{"DOCTITLE": t, "DOCPUBURL": u, "DOCRELTIME": "2022-01-20",
                                                   "coverImgUrl": "/images/cover.png"}
                                                  for u, t, _ in chunk]}}
        return ("application/json;charset=UTF-8", json.dumps(data, ensure_ascii=False).encode())
    p.dynamic["/api/article/list"] = api
    for seed, (path, title, kind) in enumerate(items):
        if kind == "paged":  # TRS-style in-article paging: …_1.shtml, …_2.shtml via createPageHTML
            body = report_body("安平县", 2021, seed)
            cuts = [0, body.index("<p>三、"), body.index("<p>五、"), len(body)]
            stem = path[:-6]
            for n in range(3):
                chunk_html = body[cuts[n]:cuts[n + 1]]
                article(p, path if n == 0 else f"{stem}_{n}.shtml", title,
                        f'<div class="TRS_Editor">{chunk_html}</div><script>createPageHTML(3, {n}, '
                        f'"{stem.rsplit("/", 1)[1]}", "shtml");</script>')
            p.parts += [f"{stem}_1.shtml", f"{stem}_2.shtml"]
        else:
            article(p, path, title, report_body("安平县", year_in(title), seed) if kind == "report"
                    else lookalike_body(title))
        (p.lookalikes if kind == "look" else p.reports).append(path)
    old = "/zfxxgk/gknb/2019nb/201912/t20200120_1901.shtml"
    p.html("/zfxxgk/gknb/2019nb/index.shtml", f'<ul><li><a href="{old}">安平县2019年政府信息公开工作年度报告</a>'
                                              '<span>2020-01-20</span></li></ul>')
    article(p, old, "安平县2019年政府信息公开工作年度报告", report_body("安平县", 2019, 9))
    p.reports.append(old)
    return p


PORTALS: dict[str, Callable[[], Portal]] = {
    "trs": trs_portal, "hanweb": hanweb_portal, "hanweb_annual": hanweb_annual_portal,
    "gkmlpt": gkmlpt_portal, "gkmlpt_catalogue": lambda: gkmlpt_portal(annual_page=False), "lonsun": lonsun_portal, "custom": custom_portal,
}


def serve(portal: Portal) -> ThreadingHTTPServer:
    """Start `portal` on 127.0.0.1:<free port> in a daemon thread; sets `portal.base_url`."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            self.answer()

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            self.answer(self.rfile.read(length).decode("utf-8", "replace"))

        def answer(self, form: str = "") -> None:
            portal.hits.append(self.path)
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            query.update(parse_qs(form))
            page = portal.page(self.path) or portal.pages.get(parts.path)
            if page is None:
                handler = next((h for prefix, h in portal.dynamic.items() if parts.path.startswith(prefix)), None)
                page = handler(query) if handler else None
            if page is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", page[0])
            self.send_header("Content-Length", str(len(page[1])))
            self.end_headers()
            self.wfile.write(page[1])

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    portal.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
