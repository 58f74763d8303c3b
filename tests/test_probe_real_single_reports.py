"""Black-box probe (pr_one): ordinary single real-style reports must not trip the newer page-cutting logic.

Each case is one ordinary annual report, written in our own words but following phrasing patterns seen in
real published reports of every era (2008-2025), level (government, office, department, township, street,
zone) and style: prefaces before 一、, other years at paragraph starts, quotes of last year's report, the title
restated in the text or printed twice, 一、 lists inside sections, a 目录, a 解读 link line, 关于…的通知/公告 page
titles, tables printed as text rows beside HTML tables. Each is served as a realistic portal page and must be kept
whole as ONE report: no aggregator cut, no look-alike verdict, no interpretation removed, the last section kept,
year / template / agency right, and no number read from a sentence that is not a statistic.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

ERA = {
    y: ("e2008" if y <= 2013 else "e2014" if y <= 2018 else "t2019" if y <= 2020 else "t2021")
    for y in range(2008, 2026)
}

T2021_TAB2 = (
    "<table border='1'><tr><td colspan='4'>第二十条第（一）项</td></tr>"
    "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
    "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
    "<tr><td>行政规范性文件</td><td>{issued}</td><td>{repealed}</td><td>{in_force}</td></tr>"
    "<tr><td colspan='4'>第二十条第（五）项</td></tr>"
    "<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
    "<tr><td>行政许可</td><td colspan='3'>{permit}</td></tr>"
    "</table>"
)
T2019_TAB2 = (
    "<table border='1'><tr><td colspan='4'>第二十条第（一）项</td></tr>"
    "<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>"
    "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
    "<tr><td>规范性文件</td><td>{issued}</td><td>{issued}</td><td>{in_force}</td></tr>"
    "<tr><td colspan='4'>第二十条第（五）项</td></tr>"
    "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
    "<tr><td>行政许可</td><td>5</td><td>0</td><td>{permit}</td></tr>"
    "</table>"
)
T2019_TAB2_TEXT = [
    "第二十条第（一）项 | | | |",
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
    "规章 | 0 | 0 | 0 |",
    "规范性文件 | {issued} | {issued} | {in_force} |",
    "第二十条第（五）项 | | | |",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
    "行政许可 | 5 | 0 | {permit} |",
]
T2021_TAB2_TEXT = [
    "第二十条第（一）项 | | | |",
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
    "规章 | 0 | 0 | 0 |",
    "行政规范性文件 | {issued} | {repealed} | {in_force} |",
    "第二十条第（五）项 | | | |",
    "信息内容 | 本年处理决定数量 | | |",
    "行政许可 | {permit} | | |",
]
TAB4 = (
    "<table border='1'><tr><td colspan='5'>行政复议</td><td colspan='10'>行政诉讼</td></tr>"
    "<tr><td rowspan='2'>结果维持</td><td rowspan='2'>结果纠正</td><td rowspan='2'>其他结果</td>"
    "<td rowspan='2'>尚未审结</td><td rowspan='2'>总计</td><td colspan='5'>未经复议直接起诉</td>"
    "<td colspan='5'>复议后起诉</td></tr>"
    "<tr>"
    + "".join(f"<td>{h}</td>" for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)
    + "</tr>"
    "<tr>{cells}</tr></table>"
)


def tab4(review: tuple[int, int, int, int, int], direct=(0, 0, 0, 0, 0), after=(0, 0, 0, 0, 0)) -> str:
    return TAB4.format(cells="".join(f"<td>{v}</td>" for v in (*review, *direct, *after)))


def page(
    url: str,
    title: str,
    publisher: str,
    date: str,
    blocks: list[str],
    *,
    h1: str | None = None,
    before: list[str] = (),
    after: list[str] = (),
    doc_title: str | None = None,
) -> str:
    """A portal article page: header, breadcrumb, metadata block, title, content, footer."""
    content = "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    pre = "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in before)
    post = "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in after)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{doc_title or title}_{publisher}</title></head>
<body>
<div class="header"><div class="logo">{publisher}门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zwfw/">政务服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>11000000X/{date[:4]}-00{len(title) % 97:02d}</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>{publisher}</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>名　　称：</td><td colspan="3">{title}</td></tr></table>
<div class="article"><h1 class="title">{h1 or title}</h1>
<div class="info">发布时间：{date} 10:30 来源：{publisher} 浏览次数：128 【字体：大 中 小】</div>
<div class="TRS_Editor" id="zoom">
{pre}
{content}
</div>
{post}
<div class="share">【打印本页】【关闭窗口】</div></div>
<div class="footer"><p>主办：{publisher} 承办：政务公开办公室</p><p>网站标识码：1100000001 备案号：京ICP备05000000号-1</p>
<p>联系电话：010-66001234</p></div>
</body></html>"""


def preface(
    agency: str, year: int, parts: int = 6, phone: str = "0451-55841302", zipc: str = "150207"
) -> str:
    return (
        f"根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）规定，特向社会公布{agency}{year}年度"
        f"政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况等{parts}个部分组成。本报告中所列数据的统计期限自"
        f"{year}年1月1日起至{year}年12月31日止。本报告电子版可在本单位门户网站下载。如对本报告有任何疑问，请与{agency}"
        f"办公室联系（地址：人民路51号；邮编：{zipc}；电话：{phone}）。"
    )


def old_preface(agency: str, year: int) -> str:
    return (
        f"本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）要求，由{agency}编制。全文包括概述、主动公开"
        f"政府信息情况、依申请公开政府信息情况、复议诉讼情况、存在的主要问题和改进措施五个部分。本报告中所列数据的统计期限"
        f"自{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请致电0571-86012345（邮编311200）。"
    )


def old_body(agency: str, year: int, items: int, apps: int, last: str) -> list[str]:
    return [
        "一、概述",
        f"{year}年，{agency}认真贯彻落实《条例》，调整了政府信息公开工作领导小组，由主要负责同志任组长，全年召开专题会议4次，"
        "组织业务培训2期。",
        "二、主动公开政府信息情况",
        f"（一）公开数量。{year}年共主动公开政府信息{items}条，其中工作动态类信息{items - 10}条，规划计划类信息10条。",
        "（二）公开形式。主要通过政府门户网站、政务公开栏和档案馆查阅点公开。",
        "三、依申请公开政府信息情况",
        f"{year}年共受理政府信息公开申请{apps}件，均已按期答复。",
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
        f"{year}年未发生针对本机关政府信息公开事务的行政复议和行政诉讼。",
        "五、存在的主要问题和改进措施",
        f"{last}。下一步将进一步规范公开流程，提高信息发布的及时性。",
    ]


def new_body(
    agency: str,
    year: int,
    items: int,
    last: str,
    *,
    tab2: str = "html",
    issued: int = 3,
    in_force: int = 17,
    review=(1, 0, 0, 0, 1),
) -> list[str]:
    vals = dict(issued=issued, repealed=0, in_force=in_force, permit=0)
    old = year <= 2020
    if tab2 == "html":
        t2 = [(T2019_TAB2 if old else T2021_TAB2).format(**vals)]
    else:
        t2 = [r.format(**vals) for r in (T2019_TAB2_TEXT if old else T2021_TAB2_TEXT)]
    return [
        "一、总体情况",
        f"{year}年，{agency}坚持以人民为中心，严格落实《条例》要求，全年召开政务公开专题会议3次，开展业务培训2次。",
        f"（一）主动公开。全年主动公开政府信息{items}条，及时发布工作动态和通知公告。",
        "（二）依申请公开。规范受理、审查、答复流程，均在法定期限内答复。",
        "（三）政府信息管理。严格落实“三审三校”制度，做到先审后发。",
        "（四）政府信息公开平台建设。持续优化门户网站栏目，完善政务新媒体管理。",
        "（五）监督保障。将政务公开纳入年度绩效考核，明确专人负责。",
        "二、主动公开政府信息情况",
        *t2,
        "三、收到和处理政府信息公开申请情况",
        "本年度收到和处理政府信息公开申请情况详见下表。",
        "四、政府信息公开行政复议、行政诉讼情况",
        tab4(review),
        "五、存在的主要问题及改进情况",
        "信息公开的及时性还需提升，下一步将加强培训，提高工作人员业务水平。",
        "六、其他需要报告的事项",
        f"{last}。",
    ]


AGENCIES = [
    ("青川县统计局", "department"),
    ("五里乡人民政府", "township"),
    ("河西区桃园街道办事处", "township"),
    ("临安市人民政府办公室", "gov_office"),
    ("高新技术产业开发区管理委员会", "zone"),
    ("宁远县人民政府", "gov_self"),
    ("望江县住房和城乡建设局", "department"),
    ("白马镇人民政府", "township"),
]
HOST = [
    "www.qcx.gov.cn",
    "www.wlx.gov.cn",
    "hxq.gov.cn",
    "www.linan.gov.cn",
    "gxq.gov.cn",
    "www.nyx.gov.cn",
    "www.wjx.gov.cn",
    "bmz.gov.cn",
]
FORBID = {711.0, 492.0, 51.0, 150207.0, 311200.0, 55841302.0, 86012345.0, 66001234.0}


def make(cid: str, feature: str, year: int, k: int):
    """Build one case: (id, url, html, expect) with the given style feature."""
    agency, _atype = AGENCIES[k % len(AGENCIES)]
    url = f"http://{HOST[k % len(HOST)]}/zwgk/xxgknb/{year + 1}03/t{year + 1}0315_{1000 + k}.html"
    title = f"{agency}{year}年政府信息公开工作年度报告"
    date = f"{year + 1}-03-{10 + k % 18:02d}"
    last_marker = f"本年度无其他需要报告的事项第{k}号"
    era_new = year >= 2019
    items = 120 + k
    apps = 3 + k % 5
    expect_facts: dict[str, float] = {"active.items_total": float(items)}
    forbid = set(FORBID)
    if era_new:
        blocks = [preface(agency, year)] + new_body(agency, year, items, last_marker)
        expect_facts["active.normative.issued"] = 3.0
        expect_facts["review.total"] = 1.0
    else:
        blocks = [old_preface(agency, year)] + old_body(agency, year, items, apps, last_marker)
        expect_facts["apply.received.total"] = float(apps)
    kw: dict = {}
    expect_agency: str | None = agency
    prev = year - 1
    if feature == "plain":
        pass
    elif feature == "other-year-paragraph-starts":
        # paragraphs opening with other years: the previous year's reorganisation, the next year's plans
        i = blocks.index("二、主动公开政府信息情况")
        blocks[i:i] = [
            f"{prev}年底，根据机构改革方案，{agency}调整了内设机构，政务公开工作由办公室统一负责。",
            f"{year + 1}年，我们将继续深化重点领域信息公开，扩大公开范围。",
        ]
        blocks.insert(-1, f"{prev}年度报告中指出的栏目更新不及时问题，已于{year}年上半年完成整改。")
    elif feature == "quotes-last-years-report":
        blocks.insert(
            2,
            f"与{prev}年相比，主动公开信息数量有所增加。{prev}年政府信息公开工作年度报告中提出的"
            f"改进措施已全部落实。",
        )
    elif feature == "title-restated-in-text":
        blocks.insert(0, f"现将《{title}》全文公布如下。")
        blocks.insert(
            -1, f"本单位已按时编制并公开了{prev}年政府信息公开工作年度报告，并在网站年报专栏长期保留。"
        )
    elif feature == "title-printed-twice":
        blocks[0:0] = [
            f"<p style='text-align:center'><strong>{agency}</strong></p>",
            f"<p style='text-align:center'><strong>{year}年政府信息公开工作年度报告</strong></p>",
        ]
    elif feature == "title-twice-full":
        blocks[0:0] = [
            f"<p style='text-align:center'><strong>{title}</strong></p>",
            f"<p style='text-align:center'>（{year + 1}年1月{10 + k % 15}日）</p>",
        ]
    elif feature == "numbered-list-inside-section":
        j = len(blocks) - 3 if era_new else len(blocks) - 1
        blocks[j:j] = [
            "下一步，我们将重点做好以下工作：",
            "一、加强组织领导，压实工作责任。",
            "二、丰富公开形式，提升公开实效。",
            "三、强化监督考核，确保工作落实。",
        ]
    elif feature == "list-restart-in-overview":
        blocks.insert(3, "主要做法如下：一、健全机制。明确分管领导和具体经办人员。")
        blocks.insert(4, "二、规范流程。信息发布前履行保密审查程序。")
    elif feature == "jiedu-link-line":
        kw["after"] = [
            f"<div class='related'>相关解读：<a href='/zwgk/jd/{k}.html'>图解：{title}</a></div>",
            f"<div class='related'>附件：<a href='/files/{k}.pdf'>{title}.pdf</a></div>",
        ]
    elif feature == "jiedu-word-in-last-section":
        blocks[-1] = f"全年发布政策解读材料12篇，其中制作一图读懂5期、图文解读7篇；{last_marker}。"
    elif feature == "long-preface":
        blocks[0:0] = [
            f"为贯彻落实《中华人民共和国政府信息公开条例》和上级关于做好{year}年政府信息公开工作年度报告"
            f"编制发布工作的通知要求，{agency}在总结{year}年政府信息公开工作的基础上，编制本报告。",
            f"本报告依据《{year}年政务公开工作要点》和《关于印发中华人民共和国政府信息公开工作年度报告格式"
            f"的通知》（国办公开办函〔2021〕30号）编制。",
        ]
        forbid.add(30.0)
    elif feature == "notice-title":
        kw["doc_title"] = kw["h1"] = f"关于公布{title}的公告"
        blocks.insert(0, f"现将《{title}》予以公布，请社会各界监督。")
        expect_agency = None
    elif feature == "notify-title":
        kw["doc_title"] = kw["h1"] = (
            f"关于印发《{title}》的通知"
            if k % 2
            else f"{agency}关于公布{year}年政府信息公开工作年度报告的通知"
        )
        blocks.insert(0, f"各有关单位：现将{agency}{year}年政府信息公开工作年度报告予以公布。")
    elif feature == "toc":
        toc = [
            "目　录",
            "一、总体情况" if era_new else "一、概述",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况" if era_new else "三、依申请公开政府信息情况",
            "四、政府信息公开行政复议、行政诉讼情况" if era_new else "四、复议诉讼情况",
            "五、存在的主要问题及改进情况",
            *(["六、其他需要报告的事项"] if era_new else []),
        ]
        blocks[1:1] = toc
    elif feature == "tables-as-text":
        blocks = [preface(agency, year)] + new_body(
            agency, year, items, last_marker, tab2="text", issued=6, in_force=40
        )
        expect_facts["active.normative.issued"] = 6.0
        expect_facts["active.normative.public_total" if year <= 2020 else "active.normative.in_force"] = 40.0
    elif feature == "year-heading":
        blocks[1] = f"一、{year}年政务公开总体情况" if era_new else f"一、{year}年度概述"
    elif feature == "attachments-and-date-line":
        kw["after"] = [
            f"<p>{agency}</p>",
            f"<p>{year + 1}年2月{8 + k % 20}日</p>",
            f"<div class='fj'>附件下载：<a href='/f/{k}.docx'>{agency}{year}年政府信息公开工作年度报告.docx</a>"
            f"</div>",
        ]
    elif feature == "gbk-page":
        kw["encoding"] = "gb18030"
    else:  # pragma: no cover
        raise ValueError(feature)
    enc = kw.pop("encoding", "utf-8")
    html = page(url, title, agency if feature != "notice-title" else f"{agency}办公室", date, blocks, **kw)
    if enc != "utf-8":
        html = html.replace('charset="utf-8"', 'charset="gb2312"')
    body = html.encode(enc)
    headers = {"content-type": f"text/html; charset={'gb2312' if enc != 'utf-8' else 'utf-8'}"}
    expect = dict(
        year=year,
        template=ERA[year],
        agency=expect_agency,
        last=last_marker,
        facts=expect_facts,
        forbid=forbid - set(expect_facts.values()),
    )
    return pytest.param(url, body, headers, expect, id=cid)


FEATURES = [
    "plain",
    "other-year-paragraph-starts",
    "quotes-last-years-report",
    "title-restated-in-text",
    "title-printed-twice",
    "title-twice-full",
    "numbered-list-inside-section",
    "list-restart-in-overview",
    "jiedu-link-line",
    "jiedu-word-in-last-section",
    "long-preface",
    "notice-title",
    "notify-title",
    "toc",
    "year-heading",
    "attachments-and-date-line",
    "gbk-page",
]
YEARS = [2009, 2012, 2015, 2017, 2019, 2020, 2021, 2023, 2024]

CASES = []
_k = 0
for _f in FEATURES:
    for _y in (YEARS[_k % 9], YEARS[(_k + 4) % 9], YEARS[(_k + 7) % 9]):
        CASES.append(make(f"{_f}-{_y}-{AGENCIES[_k % 8][1]}", _f, _y, _k))
        _k += 1
for _y in (2019, 2022, 2024):
    CASES.append(make(f"tables-as-text-{_y}-{AGENCIES[_k % 8][1]}", "tables-as-text", _y, _k))
    _k += 1


# ---- hand-written cases, one real phrasing pattern each -------------------------------------------------------


def _case(
    cid, url, title, publisher, date, blocks, *, year, agency, last, facts=None, forbid=(), enc="utf-8", **kw
):
    html = page(url, title, publisher, date, blocks, **kw)
    if enc != "utf-8":
        html = html.replace('charset="utf-8"', 'charset="gb2312"')
    headers = {"content-type": f"text/html; charset={'gb2312' if enc != 'utf-8' else 'utf-8'}"}
    expect = dict(
        year=year, template=ERA[year], agency=agency, last=last, facts=facts or {}, forbid=set(forbid)
    )
    return pytest.param(url, html.encode(enc), headers, expect, id=cid)


HAND = [
    # opening sentence of 一、 starts with the previous year (an agency created at the end of that year)
    _case(
        "opening-sentence-prev-year-2019-dept",
        "http://www.sy.gov.cn/zwgk/ndbg/2019n/202003/t20200302_1.html",
        "沈北市机关事务服务中心2019年政府信息公开工作年度报告",
        "沈北市机关事务服务中心",
        "2020-03-02",
        [
            "根据《条例》和市政务公开办的要求，现将本中心2019年政府信息公开工作报告如下：",
            "一、总体情况",
            "2018年12月，按照机构改革安排，本中心由党委序列调整为政府序列，首次纳入政府信息公开工作范围。",
            "全年通过市政府门户网站主动公开政府信息37条。",
            "二、主动公开政府信息情况",
            T2019_TAB2.format(issued=0, in_force=0, permit=0),
            "三、收到和处理政府信息公开申请情况",
            "本年度未收到政府信息公开申请。",
            "四、政府信息公开行政复议、行政诉讼情况",
            tab4((0, 0, 0, 0, 0)),
            "五、存在的主要问题及改进情况",
            "本中心网站尚在试运行，下一步将尽快上线并完善栏目设置。",
        ],
        year=2019,
        agency="沈北市机关事务服务中心",
        last="尽快上线并完善栏目设置",
        facts={"active.items_total": 37.0},
        forbid={12.0},
    ),
    # a 2023 report whose (三) paragraph begins with a wrong year (typo carried over from the previous report)
    _case(
        "typo-prev-year-in-subsection-2023-town",
        "http://www.hsx.gov.cn/xxgk/nb/202401/t20240116_77.html",
        "东柳镇人民政府2023年政府信息公开工作年度报告",
        "东柳镇人民政府",
        "2024-01-16",
        [
            preface("东柳镇人民政府", 2023),
            "一、总体情况",
            "（一）主动公开政府信息情况：利用电子屏、公告栏等主动更新政府信息31次。",
            "（二）依申请公开情况。2023年受理依申请公开0件。",
            "（三）政府信息管理情况。2022年，东柳镇人民政府共制定规范性文件0件。",
            "（四）政府信息平台建设。微信公众号发布信息152条。",
            "（五）监督保障。成立政务公开工作领导小组。",
            "二、主动公开政府信息情况",
            *[r.format(issued=2, repealed=0, in_force=19, permit=0) for r in T2021_TAB2_TEXT],
            "三、收到和处理政府信息公开申请情况",
            "见下表。",
            "四、政府信息公开行政复议、行政诉讼情况",
            tab4((0, 0, 0, 0, 0)),
            "五、存在的主要问题及改进情况",
            "公开内容不够全面。",
            "六、其他需要报告的事项",
            "东柳镇本年度无其他需要报告的事项。",
        ],
        year=2023,
        agency="东柳镇人民政府",
        last="东柳镇本年度无其他需要报告的事项",
        facts={"active.normative.issued": 2.0, "active.normative.in_force": 19.0},
        forbid={711.0, 150207.0},
    ),
    # title on two lines with the agency apart, a date line, and an 编制说明 preface (Hunan style)
    _case(
        "split-title-date-line-2019-commission",
        "http://www.hy.gov.cn/xxgk/ndbg/20200120/i4270.html",
        "2019年度政府信息公开年度报告",
        "衡南市国资委",
        "2020-01-19",
        [
            "<p style='text-align:center'>衡南市国资委</p>",
            "<p style='text-align:center'>2019年度政府信息公开年度报告</p>",
            "<p style='text-align:center'>（2020年1月19日）</p>",
            "编制说明：本年度报告根据国家、省、市政府信息公开相关法律、法规的规定编制，内容包括总体情况等六项内容。"
            "本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
            "一、总体情况",
            "2019年，我委政府信息公开工作取得新进展，全年主动公开政府信息86条。",
            "二、主动公开政府信息情况",
            T2019_TAB2.format(issued=1, in_force=9, permit=0),
            "三、收到和处理政府信息公开申请情况",
            "本年度未收到申请。",
            "四、政府信息公开行政复议、行政诉讼情况",
            tab4((0, 0, 0, 0, 0)),
            "五、存在的主要问题及改进情况",
            "信息更新频率不高。",
            "六、其他需要报告的事项",
            "我委无其他需要报告的事项。",
        ],
        year=2019,
        agency=None,
        last="我委无其他需要报告的事项",
        facts={"active.items_total": 86.0},
        forbid={6.0},
    ),
    # preface names the provincial notice 关于做好2012年政府信息公开工作年度报告有关事项的通知 (Fujian style), rank sentence
    _case(
        "preface-names-compiling-notice-2012-city",
        "https://www.nps.gov.cn/cms/html/zf/2013-01-25/177910.html",
        "南坪市2012年政府信息公开工作年度报告",
        "南坪市人民政府",
        "2013-01-25",
        [
            "本报告由南坪市人民政府信息公开工作领导小组办公室根据《条例》以及《福建省人民政府办公厅关于做好2012年政府"
            "信息公开工作年度报告有关事项的通知》（闽政办函〔2012〕157号）要求编制。统计时限自2012年1月1日至2012年12月31日。",
            "一、概述",
            "2012年，全市政府信息公开工作有序推进。市政府网站在第十一届（2012）政府网站绩效评估中位居地级城市"
            "第四名，较2011年又前进了三名。",
            "二、主动公开政府信息情况",
            "全年全市主动公开政府信息15230条。",
            "三、依申请公开政府信息情况",
            "全市共受理政府信息公开申请214件。",
            "四、政府信息公开的收费及减免情况",
            "全年未收取任何费用。",
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
            "全市未发生相关行政复议和行政诉讼。",
            "六、存在的主要问题和改进措施",
            "部分单位更新不及时，明年将加强督查。",
        ],
        year=2012,
        agency="南坪市",
        last="明年将加强督查",
        facts={"active.items_total": 15230.0, "apply.received.total": 214.0},
        forbid={157.0, 11.0},
    ),
    # title split across lines with the issuing office and month printed under it, preface quoting 皖政办秘 notice
    _case(
        "cover-block-and-notice-ref-2016-city",
        "http://www.szs.gov.cn/xxgk/ndbg/201703/t20170320_55.html",
        "宿北市人民政府2016年政府信息公开工作年度报告",
        "宿北市人民政府办公室",
        "2017-03-20",
        [
            "<p style='text-align:center'>宿北市人民政府2016年</p>",
            "<p style='text-align:center'>政府信息公开工作年度报告</p>",
            "<p style='text-align:center'>宿北市人民政府办公室</p>",
            "<p style='text-align:center'>2017年3月</p>",
            "本报告是依据《中华人民共和国政府信息公开条例》,遵照《安徽省政务公开办公室关于做好2016年度政府信息公开年度报告"
            "编制公布和统计数据报送工作的通知》(皖政办秘〔2016〕18号)的要求,汇总各县、区人民政府及市政府各部门、各直属机构"
            "的政府信息公开工作年度报告和统计数据编写而成。全文由概述,主动公开情况,依申请公开情况,行政复议、行政诉讼情况,"
            "收费及减免情况,存在的主要问题和改进措施组成。本年度报告所用数据的统计期限为2016年1月1日至12月31日。本年度报告"
            "电子版可在宿北市人民政府信息公开网站下载。如对本报告有疑问,请与宿北市政务公开办公室联系。(地址:宿北市淮河路"
            "218号市政务中心A座205室,电话(传真):0557-3021234,邮编:234100)。",
            "一、概述",
            "2016年,全市政府信息公开工作在省政务公开办的指导下,认真实施《条例》和《安徽省政府信息公开办法》,"
            "落实《安徽省人民政府办公厅关于印发2016年全省政务公开政务服务工作要点的通知》(皖政办秘〔2016〕57号),"
            "全市政务公开工作取得新进步。",
            "(一)理顺职责分工,完善工作机制。",
            "为加强统筹,2016年6月,政务公开工作由市政务服务中心移交至市政府办公室,并配齐了工作人员。",
            "二、主动公开政府信息情况",
            "全年主动公开政府信息41256条。",
            "三、依申请公开情况",
            "全年受理政府信息公开申请389件。",
            "四、行政复议、行政诉讼情况",
            "全年因政府信息公开引发行政复议12件、行政诉讼5件。",
            "五、存在的主要问题和改进措施",
            "基层公开质量仍需提高。",
        ],
        year=2016,
        agency="宿北市人民政府",
        last="基层公开质量仍需提高",
        facts={"active.items_total": 41256.0, "apply.received.total": 389.0},
        forbid={18.0, 57.0, 3.0, 6.0, 218.0, 205.0, 234100.0},
    ),
    # statistics bureau defining “2016年度数”/“历年累计数”, dates in the preface only
    _case(
        "defines-year-and-cumulative-2016-dept",
        "http://pub.jam.gov.cn/bmgkxx/tjj/gzdt/201703/t20170310_986.html",
        "吉安市统计局2016年度政府信息公开工作年度报告",
        "吉安市统计局",
        "2017-03-10",
        [
            "本报告所列的统计数据仅为市统计局本级的信息公开数，其中“2016年度数”是指2016年1月1日至2016年12月31日"
            "发布的信息数量，“历年累计数”是指截至2016年12月31日累计发布的信息数量。",
            "一、概述",
            "2016年，我局认真贯彻落实《条例》。",
            "二、主动公开政府信息的情况",
            "2016年度主动公开政府信息268条，历年累计主动公开政府信息2310条。",
            "三、政府信息依申请公开办理情况",
            "2016年度未收到政府信息公开申请。",
            "四、政府信息公开的收费及减免情况",
            "未收取任何费用。",
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
            "无。",
            "六、政府信息公开工作存在的主要问题及改进措施",
            "统计信息解读仍需加强。",
        ],
        year=2016,
        agency="吉安市统计局",
        last="统计信息解读仍需加强",
        facts={"active.items_total": 268.0},
    ),
    # township report printed in traditional characters on a mirror-like CMS, year-only title 2010年度…
    _case(
        "traditional-2010-bureau",
        "https://www.dzj.gov.cn/gongkai/zfxxgknb/2010nb/202009/t20200921_2075.html",
        "青溪市地震局2010年度政府信息公開年度報告",
        "青溪市地震局",
        "2011-03-01",
        [
            "一、概述",
            "根據《條例》要求，2010年，我局繼續開展政府信息公開工作，截至2010年底運行正常。",
            "二、政府信息主動公開情況",
            "我局2010年共主動公開政府信息175條，全文電子化率達100%。",
            "三、政府信息依申請公開情況",
            "我局2010年度未收到政府信息公開申請。",
            "四、人員和收支情況",
            "本機關從事政府信息公開工作的全職人員1人。",
            "五、諮詢情況",
            "全年接受政府信息公開方面的諮詢2070人次。",
            "六、行政複議和行政訴訟情況",
            "未產生相關行政複議與行政訴訟。",
            "七、主要問題和改進措施",
            "我局主動公開的文件類信息數量較少，將繼續改進。",
        ],
        year=2010,
        agency="青溪市地震局",
        last="將繼續改進",
        facts={"active.items_total": 175.0},
    ),
    # attachments printed at the body end, and the column name as the last line (Shandong module page)
    _case(
        "attachment-names-at-end-2010-town",
        "http://www.zc.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=1137",
        "唐庄镇2010年政府信息公开工作年度报告",
        "唐庄镇人民政府",
        "2011-03-14",
        [
            "汇总全镇政府信息公开工作情况编制本年度报告。数据统计期限为2010年1月1日至12月31日止。",
            "一、概述",
            "2010年我镇成立了政府信息公开工作领导小组，年初、年中两次举办培训。",
            "二、政府信息公开情况",
            "2010年，我镇通过门户网站公开各类信息46条，其中工作动态类36条。",
            "三、政府信息依申请公开办理情况",
            "2010年度我镇没有接到公开政府信息的申请。",
            "四、依申请信息公开收费情况",
            "2010年度，我镇政府信息公开没有收费。",
            "五、复议、诉讼和申诉情况",
            "我镇2010年度未发生相关行政复议案、行政诉讼案。",
            "<p><a href='/f/1.pdf'>唐庄镇2010年政府信息公开工作年度报告.pdf</a></p>",
            "<p><a href='/f/1.docx'>唐庄镇2010年政府信息公开工作年度报告.docx</a></p>",
            "政府信息公开年报",
        ],
        year=2010,
        agency="唐庄镇",
        last="未发生相关行政复议案、行政诉讼案",
        facts={"active.channel.website": 46.0},
    ),
    # agency line + year-only title printed twice before the preface (Heilongjiang township)
    _case(
        "year-only-title-twice-2021-township",
        "http://wcs.hrb.gov.cn/art/2022/1/20/art_12596_101.html",
        "五常市民安乡2021年政府信息公开工作年度报告",
        "五常市民安乡人民政府",
        "2022-01-20",
        [
            "五常市民安乡",
            "2021年政府信息公开工作年度报告",
            "2021年政府信息公开工作年度报告",
            "依据《条例》（国务院令第711号）和国办公开办函〔2021〕30号编制此报告。报告所列数据统计期限为2021年1月1日起至"
            "2021年12月31日止。如有疑问，请联系民安乡政府，邮编：150209，电话：0451-55843017。",
            "一、总体情况",
            "（一）主动公开方面。全年在政府网站公开政府信息22条。",
            "（二）依申请公开方面。未收到申请，零报告。",
            "二、主动公开政府信息的情况",
            *[r.format(issued=0, repealed=0, in_force=0, permit=0) for r in T2021_TAB2_TEXT],
            "三、收到和处理政府信息公开申请情况",
            "本年度未收到政府信息公开申请。",
            "四、政府信息公开行政复议、行政诉讼情况",
            tab4((0, 0, 0, 0, 0)),
            "五、存在的主要问题及改进情况",
            "专人较少，信息公开不够及时，下一年度将完善工作机制。",
            "六、其他需要报告的事项",
            "本乡未收取信息处理费，无其他需要报告的事项。",
        ],
        year=2021,
        agency=None,
        last="无其他需要报告的事项",
        facts={"active.channel.website": 22.0},
        forbid={711.0, 30.0, 150209.0, 55843017.0},
    ),
    # report with an explicit 目录 as one comma list line (Shanghai 2012 style), traditional mirror off
    _case(
        "toc-comma-line-2012-province",
        "https://www.shanghai-sim.gov.cn/nw2/2013/0331/xxgknb.html",
        "2012年上海市政府信息公开工作年度报告",
        "上海市人民政府办公厅",
        "2013-03-31",
        [
            "一、概述，（一）注重重点推进，二、主动公开政府信息情况，三、依申请公开政府信息情况，四、复议、诉讼情况，"
            "五、咨询处理情况，六、主要问题和改进措施",
            "一、概述",
            "2012年度报告由市政府办公厅综合各区县和市级机关的年度报告编制而成，统计期限从2012年1月1日到12月31日止。",
            "（一）注重重点推进，深化公开内容。根据国办发〔2012〕26号文件，制发本市工作要点。",
            "二、主动公开政府信息情况",
            "全年新增主动公开政府信息187220条。",
            "三、依申请公开政府信息情况",
            "全年共受理政府信息公开申请31540件。",
            "四、复议、诉讼情况",
            "全年发生政府信息公开类行政复议案件620件。",
            "五、咨询处理情况",
            "全年共接受咨询43万人次。",
            "六、主要问题和改进措施",
            "主动公开的深度和广度仍需拓展。",
        ],
        year=2012,
        agency=None,
        last="主动公开的深度和广度仍需拓展",
        facts={"active.items_total": 187220.0, "apply.received.total": 31540.0},
        forbid={26.0},
    ),
    # 关于印发…的通知 page carrying the full 2022 report, with a document number line
    _case(
        "yinfa-notice-carrying-report-2022-county",
        "http://www.xyx.gov.cn/zwgk/tzgg/202303/t20230320_3301.html",
        "西原县人民政府办公室关于印发西原县2022年政府信息公开工作年度报告的通知",
        "西原县人民政府办公室",
        "2023-03-20",
        [
            "西政办发〔2023〕9号",
            "各乡镇人民政府，县政府各部门：",
            "现将《西原县2022年政府信息公开工作年度报告》印发给你们，请认真抓好落实。",
            "西原县人民政府办公室",
            "2023年3月18日",
            "西原县2022年政府信息公开工作年度报告",
            *new_body("西原县人民政府", 2022, 4520, "西原县无其他需要报告的事项"),
        ],
        year=2022,
        agency=None,
        last="西原县无其他需要报告的事项",
        facts={"active.items_total": 4520.0},
        forbid={9.0, 18.0},
    ),
    # 2024 report, preface cites 2024 工作要点 and next-year plan paragraph at the end of section 五
    _case(
        "next-year-plans-2024-zone",
        "http://gxq.hyq.gov.cn/zwgk/ndbg/202501/t20250115_88.html",
        "河源湾高新区管委会2024年政府信息公开工作年度报告",
        "河源湾高新区管委会",
        "2025-01-15",
        [
            preface("河源湾高新区管委会", 2024),
            *new_body("河源湾高新区管委会", 2024, 356, "本区2024年无其他需要报告的事项")[:-3],
            "2025年，我们将聚焦企业关切，进一步拓展政策解读形式，计划制作一图读懂10期。",
            "六、其他需要报告的事项",
            "本区2024年无其他需要报告的事项。",
        ],
        year=2024,
        agency="河源湾高新区管委会",
        last="本区2024年无其他需要报告的事项",
        facts={"active.items_total": 356.0},
        forbid={10.0, 711.0},
    ),
]
CASES.extend(HAND)

# many forms of one channel list, then the website's own share (Gansu county style)
CASES.append(
    _case(
        "channel-list-then-website-share-2019-county",
        "http://www.qsx.gov.cn/info/1082/16404.htm",
        "清河县人民政府2019年政府信息公开工作年度报告",
        "清河县人民政府",
        "2020-01-20",
        [
            preface("清河县人民政府", 2019),
            "一、总体情况",
            "（一）主动公开政府信息情况。2019年，通过政府门户网站、政务公开栏、档案查询点、广播、电视、新媒体平台等形式主动公开"
            "政府信息6345条。其中，通过县政府门户网站发布政府信息4120条，通过新闻媒体公开信息1500余条。截至2019年底，累计主动"
            "公开政府信息52310条。",
            *new_body("清河县人民政府", 2019, 6345, "清河县无其他需要报告的事项")[7:],
        ],
        year=2019,
        agency="清河县人民政府",
        last="清河县无其他需要报告的事项",
        facts={"active.items_total": 6345.0, "active.channel.website": 4120.0},
        forbid={52310.0},
    )
)

# ---- the same ordinary pages copied verbatim by non-gov mirror hosts (spec 3.8: copies kept, is_mirror) ----------
MIRROR_HOSTS = [
    "lfrdys.com",
    "www.beivbo.com",
    "gygjtlg.cn",
    "whentby.com",
    "m.tibetthsy.com",
    "shengbaoju.com",
    "www.zwinkt.com",
    "ls-art.com",
    "hayleyrahl.com",
    "m.c3e5.com",
    "tpsnm.com",
    "szdsmf.com",
    "cncdsbwlw.com",
]
MIRRORED = [
    "plain-2009-department",
    "plain-2023-township",
    "other-year-paragraph-starts-2017-gov_office",
    "quotes-last-years-report-2012-township",
    "title-restated-in-text-2023-gov_office",
    "title-twice-full-2021-township",
    "long-preface-2017-department",
    "notice-title-2019-gov_office",
    "toc-2012-township",
    "toc-2023-department",
    "cover-block-and-notice-ref-2016-city",
    "attachment-names-at-end-2010-town",
    "traditional-2010-bureau",
]
_by_id = {c.id: c for c in CASES}
for _i, _cid in enumerate(MIRRORED):
    _url, _body, _headers, _expect = _by_id[_cid].values
    _murl = "http://" + MIRROR_HOSTS[_i] + "/" + _url.split("/", 3)[3]
    CASES.append(pytest.param(_murl, _body, _headers, dict(_expect, mirror=True), id=f"mirror-{_cid}"))


def _one(result) -> Report:
    if isinstance(result, Report):
        return result
    assert isinstance(result, list) and len(result) == 1, f"expected one report, got {result!r}"
    return result[0]


@pytest.mark.parametrize("url, body, headers, expect", CASES)
def test_single_ordinary_report_kept_whole(url, body, headers, expect):
    rep = _one(parse_report([Fetched(url, body, headers)]))
    errs = " | ".join(rep.errors)
    assert "aggregator" not in errs.lower(), errs
    assert "look-alike" not in errs.lower(), errs
    assert not ("interpretation" in errs.lower() and "removed" in errs.lower()), errs
    assert expect["last"] in rep.body, f"last section lost: body ends {rep.body[-200:]!r}"
    assert rep.year == expect["year"]
    assert rep.template == expect["template"]
    if expect["agency"]:
        assert rep.agency == expect["agency"]
    got = {f.key: f.value for f in rep.facts}
    for key, value in expect["facts"].items():
        assert got.get(key) == value, f"{key}: {got.get(key)} (facts {sorted(got.items())})"
    bad = [
        (f.key, f.value, f.raw_value) for f in rep.facts if f.source == "text" and f.value in expect["forbid"]
    ]
    assert not bad, bad
    if expect.get("mirror"):
        assert rep.is_mirror is True
