"""Deterministic generator of realistic report pages with their ground truth.

`generate(count, seed)` returns `Case`s: the exact bytes a portal would serve (TRS .TRS_Editor pages, sometimes
paged in two, Hanweb #zoom pages, or old layout-table pages; with their 索引号/发布机构/发文日期 block,
navigation, related-links box and footer; UTF-8 or GBK declared in a <meta>; now and then a traditional-script
mirror copy) for t2021, t2019 and e2014 reports and prose-only e2008 reports of random agencies, and what a
parser must read from them: title, agency, year, template, every table fact (key → value), the prose
statistics, and the consistency rules that must fail when one violation was injected on purpose.
Everything follows from random.Random(seed): the same seed gives the same bytes.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field, fields
from functools import lru_cache
from html import escape
from pathlib import Path

from pipelines.records import Fetched

from . import figures as fig
from . import markup, prose
from .markup import Style, Table

DIVISIONS = Path(__file__).parents[2] / "pipelines" / "data" / "division_codes.csv"
ERAS = ("t2021", "t2019", "e2014", "t2021", "t2019", "e2014", "e2008")  # cycled: e2008 is the rarer kind
ERA_YEARS = {"e2008": (2008, 2013), "e2014": (2014, 2018), "t2019": (2019, 2020), "t2021": (2021, 2024)}
_DEPARTMENTS = ("教育局", "财政局", "民政局", "市场监督管理局", "自然资源和规划局", "交通运输局", "住房和城乡建设局",
                "生态环境局", "卫生健康局", "应急管理局", "司法局", "人力资源和社会保障局")
_STREETS = ("城关", "东城", "新华", "人民路", "北关", "长安", "滨江", "南湖", "西街", "建设路")
_ZONES = ("经济技术开发区", "高新技术产业开发区", "工业园区", "经济开发区")
_VIOLATION_SHARE = 0.3
_MIRROR_SHARE = 0.08


@dataclass(slots=True)
class Truth:
    template: str
    title: str
    agency: str
    year: int
    table_facts: dict[str, float] = field(default_factory=dict)
    text_facts: dict[str, float] = field(default_factory=dict)  # what the prose states (informative)
    failing: frozenset[str] = frozenset()  # check rules that must fail (an injected violation)
    variants: tuple[str, ...] = ()  # the markup/label variants this page uses, for diagnosis
    period_stated: bool = True  # the prose states the 统计期限 (else the year comes from the title)


@dataclass(slots=True)
class Case:
    name: str
    pages: list[Fetched]  # the report's pages in order (TRS splits long reports over several)
    truth: Truth

    @property
    def url(self) -> str:
        return self.pages[0].url


@lru_cache(maxsize=1)
def _divisions() -> tuple[tuple[str, str, str], ...]:
    """(code, prefecture name or '', name) of every division in use at county or prefecture level."""
    with DIVISIONS.open(encoding="utf-8-sig") as f:
        rows = [r for r in csv.DictReader(f) if r["状态"] == "在用" and r["级别"] in ("县级", "地级")]
    return tuple((r["代码"], "" if r["二级行政区"] in ("", "直辖") else r["二级行政区"], r["名称"]) for r in rows)


def agency_name(rng: random.Random) -> tuple[str, str, str]:
    """(agency, division code, place name): a government, its office, a department, a sub-district or a zone
    committee of a county- or prefecture-level division."""
    code, prefecture, name = rng.choice(_divisions())
    place = f"{prefecture}{name}" if prefecture and prefecture != name and rng.random() < 0.4 else name
    kind = rng.choice(("gov", "gov", "office", "department", "department", "street", "zone"))
    agency = {
        "gov": f"{place}人民政府",
        "office": f"{place}人民政府办公室",
        "department": f"{place}{rng.choice(_DEPARTMENTS)}",
        "street": f"{place}{rng.choice(_STREETS)}街道办事处",
        "zone": f"{place}{rng.choice(_ZONES)}管委会",
    }[kind]
    return agency, code, place


def report_title(rng: random.Random, agency: str, year: int) -> str:
    """Title forms of spec 3.2; some name no agency (the 发布机构 field then tells who published it)."""
    return rng.choice((
        f"{agency}{year}年政府信息公开工作年度报告",
        f"{agency}{year}年度政府信息公开工作年度报告",
        f"{agency}{year}年度政府信息公开工作报告",
        f"{year}年{agency}政府信息公开工作年度报告",
        f"{year}年{agency.removesuffix('政府')}政府信息公开工作年度报告",  # "X区人民政府信息公开…"
        f"{year}年度政府信息公开工作年度报告",
    ))


def page_style(rng: random.Random) -> Style:
    chance = rng.random
    style = Style(
        rng=rng,
        header_tag=rng.choice(("td", "th")),
        wrap=rng.choice(("none", "none", "p", "word")),
        br_headers=chance() < 0.2,
        spaced=chance() < 0.3,
        space=rng.choice((" ", " ", "\xa0", "\u3000")),
        total_word=rng.choice(("总计", "总计", "合计")),
        quotes=rng.choice(("“”", '""', "")),
        truncated_partial=chance() < 0.25,
        half_width_parens=chance() < 0.2,
        full_width=rng.choice((0.0, 0.0, 0.3)),
        zero_forms=rng.choice((("0",), ("0",), ("",), ("0", "—", ""), ("-", "0"), ("/",), ("无",), ("\xa0",))),
        thousands=rng.choice(("", ",", ",", "，")),
        subtotal_column=chance() < 0.2,
        subtotal_rows=rng.choice(("none", "none", "printed", "blank")),
        split_s3=rng.choice(("none", "none", "none", "header", "middle", "repeat_header")),
        s4_transposed=chance() < 0.2,
        s2_single_table=chance() < 0.6,
        s3_label_columns=rng.choice((3, 3, 3, 2)),
        s4_flat_header=chance() < 0.25,
        s3_applicant_row=chance() < 0.8,
        ghost_column=chance() < 0.15,
        e2014_units=chance() < 0.8,
        s2_local=chance() < 0.25,
    )
    if style.s3_label_columns == 2 and style.subtotal_rows == "none":
        style.subtotal_rows = rng.choice(("printed", "blank"))  # one label column: categories are rows
    return style


def _variants(style: Style) -> tuple[str, ...]:
    return tuple(f"{f.name}={getattr(style, f.name)!r}" for f in fields(style) if f.name != "rng")


def _paragraphs(lines: list[str], traditional: bool) -> str:
    return "\n".join(f'<p style="text-indent:2em;">{escape(prose.traditional(t) if traditional else t)}</p>'
                     for t in lines)


def _heading(text: str, traditional: bool) -> str:
    return f"<p><strong>{escape(prose.traditional(text) if traditional else text)}</strong></p>"


def _facts_of(sections: list[list[Table]]) -> dict[str, float]:
    """Table facts a reader must find: every cell of a section whose tables print at least one number (a blank
    table is "not reported" only when its whole section is: a section 二 split into one table per item may print
    one of them with dashes only)."""
    facts: dict[str, float] = {}
    for tables in sections:
        if any(ch.isdigit() for table in tables for _, text in table.cells.values() for ch in text):
            facts.update({key: value for table in tables for key, (value, _) in table.cells.items()})
    return facts


def _t20xx_body(rng: random.Random, style: Style, truth: Truth, inject: bool, traditional: bool) -> list[str]:
    template, year = truth.template, truth.year
    figures = {**fig.section2(rng, template), **fig.section3(rng, template), **fig.section4(rng)}
    if inject:
        truth.failing = fig.inject_violation(rng, figures, template)
    text = truth.text_facts
    s2 = markup.section2(style, figures, template, year)
    s3 = markup.section3(style, figures, template)
    s4 = markup.section4(style, figures)
    truth.table_facts = _facts_of([s2, [s3], [s4]])
    problems, others = prose.t20xx_closing(year, template, text)
    parts = [
        _paragraphs(prose.opening(truth.agency, year, truth.period_stated), traditional),
        _heading("一、总体情况", traditional), _paragraphs(prose.t20xx_overview(rng, year, figures, text), traditional),
        _heading("二、主动公开政府信息情况", traditional), *(t.html for t in s2),
        _heading("三、收到和处理政府信息公开申请情况", traditional), s3.html,
        _heading("四、政府信息公开行政复议、行政诉讼情况", traditional), s4.html,
        _heading("五、存在的主要问题及改进情况", traditional), _paragraphs(problems, traditional),
        _heading("六、其他需要报告的事项", traditional), _paragraphs(others, traditional),
    ]
    return parts


def _e2014_body(rng: random.Random, style: Style, truth: Truth, inject: bool, traditional: bool) -> list[str]:
    local = rng.random() < 0.25  # a local form with three value columns
    columns = fig.local_columns(rng, 3) if local else [fig.e2014(rng)]
    sum_word = rng.choice((None, "合计", "总计")) if local else None
    if inject:  # in the first column: the sum column (computed from the columns) then carries it too
        truth.failing = fig.inject_violation(rng, columns[0], "e2014")
    table = markup.e2014_table(style, columns, sum_word, truth.agency)
    if local:
        truth.variants += (f"e2014 local columns, sum column {sum_word}",)
    truth.table_facts = _facts_of([[table]])
    figures = {key: value for key, (value, _) in table.cells.items()}
    parts = [_paragraphs(prose.opening(truth.agency, truth.year, truth.period_stated), traditional)]
    for heading, lines in prose.e2014_prose(figures, truth.text_facts).items():
        parts += [_heading(heading, traditional), _paragraphs(lines, traditional)]
    parts += [_heading(rng.choice(("附表：政府信息公开情况统计表", "七、附表", "附件：")), traditional), table.html]
    return parts


def _e2008_body(rng: random.Random, truth: Truth, traditional: bool) -> list[str]:
    parts = [_paragraphs(prose.opening(truth.agency, truth.year, truth.period_stated), traditional)]
    for heading, lines in prose.e2008_prose(rng, truth.text_facts).items():
        parts += [_heading(heading, traditional), _paragraphs(lines, traditional)]
    return parts


def _chinese_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def _related(rng: random.Random, agency: str, year: int) -> str:
    """A side box listing the same agency's other reports: titles with other years (a title/year trap)."""
    items = "".join(f'<li><a href="../t{y}0301_{rng.randint(1000, 9999)}.html">{escape(agency)}{y}年政府信息公开工作年度报告</a>'
                    f"<span>{y + 1}-03-{rng.randint(10, 28)}</span></li>" for y in (year - 1, year - 2))
    return f'<div class="xgwz"><h3>相关文章</h3><ul>{items}</ul></div>'


def _trs_page(title: str, agency: str, index_no: str, published: str, body: str, site: str, code: str,
              related: str) -> str:
    return f"""<div class="header"><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="./">政府信息公开年报</a></div>
<table class="xxgk_table" width="100%"><tr><td>索引号：</td><td>{index_no}</td><td>主题分类：</td><td>其他</td></tr>
<tr><td>发布机构：</td><td>{escape(agency)}</td><td>发文日期：</td><td>{published}</td></tr>
<tr><td>名称：</td><td colspan="3">{escape(title)}</td></tr></table>
<div class="article"><h1 class="title">{escape(title)}</h1>
<div class="TRS_Editor">{body}</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div><div class="print">【打印本页】【关闭窗口】</div></div>
{related}
<div class="footer"><p>主办单位：{escape(site)}　网站标识码：{code}0001</p><p>版权所有　备案号：ICP备05000000号</p></div>"""


def _hanweb_page(title: str, agency: str, index_no: str, published: str, body: str, site: str, code: str,
                 related: str) -> str:
    return f"""<div id="top"><div class="menu"><a href="/">网站首页</a> | <a href="/col/col1/index.html">政务公开</a> |
<a href="/col/col2/index.html">政务服务</a></div></div>
<div class="xxgk_info"><table><tr><th>索引号</th><td>{index_no}</td><th>发布机构</th><td>{escape(agency)}</td></tr>
<tr><th>发文日期</th><td>{published}</td><th>公开方式</th><td>主动公开</td></tr></table></div>
<div class="main"><div class="tit">{escape(title)}</div>
<div class="info">发布日期：{published}　来源：{escape(agency)}　浏览次数：<span>1024</span>　字号：〖大 中 小〗</div>
<div id="zoom">{body}</div></div>
{related}
<div id="footer">{escape(site)} 版权所有　网站标识码：{code}0001　<a href="/sitemap.html">网站地图</a></div>"""


def _layout_page(title: str, agency: str, index_no: str, published: str, body: str, site: str, code: str,
                 related: str) -> str:
    """An older custom site: everything inside layout tables, no known body container, no <h1>."""
    return f"""<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td height="30">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a></td></tr></table>
<table width="100%" border="0"><tr><td align="center" class="biaoti"><b>{escape(title)}</b></td></tr>
<tr><td align="center">发布时间：{published}　　来源：{escape(agency)}　　点击数：356</td></tr>
<tr><td class="hui14">{body}</td></tr></table>
</td><td width="220" valign="top">{related}</td></tr></table>
<table width="1002" align="center"><tr><td align="center">{escape(site)}主办　网站标识码：{code}0001　索引号：{index_no}</td></tr></table>"""


_RENDERERS = {"trs": _trs_page, "hanweb": _hanweb_page, "layout": _layout_page}


def _split_at_heading(rng: random.Random, parts: list[str]) -> list[list[str]]:
    """A long TRS report paged in two (…_1.html): cut before one of the later section headings."""
    headings = [i for i, part in enumerate(parts) if i >= 3 and part.startswith("<p><strong>")]
    if not headings:
        return [parts]
    cut = rng.choice(headings)
    return [parts[:cut], parts[cut:]]


def _pages(rng: random.Random, truth: Truth, parts: list[str], code: str, site: str,
           encoding: str) -> list[tuple[str, str]]:
    """(URL, HTML) of each page of the report, in a TRS, Hanweb or layout-table wrapper."""
    year = truth.year
    month, day = rng.randint(1, 3), rng.randint(1, 28)
    published = f"{year + 1}-{month:02d}-{day:02d}"
    signature = (f'<p style="text-align:right">{escape(truth.agency)}</p>'
                 f'<p style="text-align:right">{_chinese_date(published)}</p>')
    index_no = f"{code}/{year + 1}-{rng.randint(10000, 99999)}"
    related = _related(rng, truth.agency, year) if rng.random() < 0.5 else ""
    cms = rng.choice(("trs", "trs", "hanweb", "hanweb", "layout"))
    chunks = _split_at_heading(rng, parts) if cms == "trs" and rng.random() < 0.25 else [parts]
    chunks[-1] = [*chunks[-1], signature]
    host = f"http://www.x{code}.gov.cn"
    if cms == "trs":
        first = f"{host}/zwgk/xxgknb/{year + 1}{month:02d}/t{year + 1}{month:02d}{day:02d}_{rng.randint(100000, 999999)}"
        urls = [f"{first}.html", *(f"{first}_{i}.html" for i in range(1, len(chunks)))]
    elif cms == "hanweb":
        urls = [f"{host}/art/{year + 1}/{month}/{day}/art_{rng.randint(1000, 9999)}_{rng.randint(10000, 99999)}.html"]
    else:
        urls = [f"{host}/xxgk/show.asp?id={rng.randint(1000, 99999)}"]
    charset = "utf-8" if encoding == "utf-8" else rng.choice(("gbk", "gb2312"))
    meta = (f'<meta charset="{charset}">' if rng.random() < 0.5
            else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    pages = []
    for number, (url, chunk) in enumerate(zip(urls, chunks, strict=True)):
        pager = ("" if len(chunks) == 1 else '<div class="page">' + " ".join(
            f'<a href="{u.rsplit("/", 1)[1]}">{i + 1}</a>' for i, u in enumerate(urls)) + "</div>")
        content = _RENDERERS[cms](truth.title, truth.agency, index_no, published, "\n".join(chunk) + pager, site,
                                  code, related if number == 0 else "")
        pages.append((url, f"""<!DOCTYPE html>
<html><head>{meta}<title>{escape(truth.title)}_{escape(site)}</title>
<meta name="ArticleTitle" content="{escape(truth.title)}"><meta name="PubDate" content="{published} 09:30">
</head><body>{content}</body></html>"""))
    truth.variants += (f"cms={cms}", f"pages={len(pages)}")
    return pages


def generate_case(rng: random.Random, index: int) -> Case:
    era = ERAS[index % len(ERAS)]
    year = rng.randint(*ERA_YEARS[era])
    agency, code, place = agency_name(rng)
    period_stated = rng.random() < 0.7
    # titles sometimes carry the wrong year (spec 0): the 统计期限 sentence then decides
    title_year = year + rng.choice((-1, 1)) if period_stated and rng.random() < 0.1 else year
    truth = Truth(template=era, title=report_title(rng, agency, title_year), agency=agency, year=year,
                  period_stated=period_stated)
    if title_year != year:
        truth.variants += (f"title says {title_year}",)
    style = page_style(rng)
    inject = era != "e2008" and rng.random() < _VIOLATION_SHARE
    traditional = rng.random() < (0.3 if era in ("e2008", "e2014") else 0.1)
    if era in ("t2019", "t2021"):
        parts = _t20xx_body(rng, style, truth, inject, traditional)
        truth.variants += _variants(style)
    elif era == "e2014":
        parts = _e2014_body(rng, style, truth, inject, traditional)
        truth.variants += _variants(style)
    else:
        parts = _e2008_body(rng, truth, traditional)
    if traditional:
        truth.variants += ("traditional prose",)
    encoding = rng.choice(("utf-8", "utf-8", "gbk"))
    header = "text/html" if rng.random() < 0.6 or encoding != "utf-8" else "text/html; charset=utf-8"
    pages = _pages(rng, truth, parts, code, f"{place}人民政府网", encoding)
    if rng.random() < _MIRROR_SHARE:  # a mirror copy: the whole page in traditional script on a non-gov host
        pages = [(_mirror_url(rng, url), prose.traditional(html)) for url, html in pages]
        truth.variants += ("traditional mirror",)
    fetched = [Fetched(url=url, body=html.encode("utf-8" if encoding == "utf-8" else "gb18030",
                                                 errors="xmlcharrefreplace"), headers={"content-type": header})
               for url, html in pages]
    return Case(f"{index:03d}-{era}-{encoding}", fetched, truth)


def _mirror_url(rng: random.Random, url: str) -> str:
    host = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7))
    return f"http://www.{host}.com/{url.split('/', 3)[3]}"


def generate(count: int, seed: int = 0) -> list[Case]:
    """`count` cases, eras cycled (t2021, t2019, e2014 twice as often as e2008), deterministic in `seed`."""
    rng = random.Random(seed)
    return [generate_case(rng, i) for i in range(count)]
