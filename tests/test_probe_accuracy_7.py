"""Independent accuracy probe 7: report metadata across China (spec 0, 3.1, 3.2, 5 and shared/data/).

Each case builds the bytes of an article page the way a real portal CMS serves it (Hanweb, TRS, Guangdong gkmlpt,
Anhui Lonsun, old GB2312 custom sites) on a real portal host (shared/data/local_websites.csv or spec section 5),
parses it with `parse_report` and asserts what a careful human reader would record: agency, agency_type, region_code
(GB/T 2260, as of the reporting year, shared/data/division_codes.csv), year and year_source, published, edition.

Only points the spec settles are asserted. Where the spec leaves a choice open (e.g. whether a development zone
without a GB/T 2260 code gets its parent's code) the case accepts every defensible answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from test_probe_accuracy import e2014_body, p, t2019_body, t2021_body

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# report bodies
# ---------------------------------------------------------------------------------------------------------------


def e2008_body(agency: str, year: int, *, period: bool = True) -> str:
    """A prose report under the 2007 Regulation (spec 1(a)): six items, no statistics table."""
    intro = (f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布{year}年度{agency}"
             "政府信息公开工作年度报告。")
    if period:
        intro += f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    return "".join([
        p(intro),
        p("一、概述"), p(f"{year}年，{agency}认真贯彻落实《条例》，进一步健全政府信息公开工作机制。"),
        p("二、主动公开政府信息的情况"), p("全年共主动公开政府信息412条，其中通过政府门户网站公开信息390条。"),
        p("三、依申请公开政府信息和不予公开政府信息的情况"), p("全年共受理政府信息公开申请9件，均已按时答复。"),
        p("四、政府信息公开的收费及减免情况"), p("未收取任何费用。"),
        p("五、因政府信息公开申请行政复议、提起行政诉讼的情况"), p("未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"),
        p("六、政府信息公开工作存在的主要问题及改进情况"), p("信息公开的及时性和完整性有待进一步提高。"),
    ])


def body_for(agency: str, year: int, *, period: bool = True) -> str:
    """The body an agency of that year would publish, in the template of its era (spec 0)."""
    if year >= 2021:
        return t2021_body(agency, year=year)
    if year >= 2019:
        return t2019_body(agency, year=year)
    if year >= 2014:
        return e2014_body(agency, year=year)
    return e2008_body(agency, year, period=period)


# ---------------------------------------------------------------------------------------------------------------
# portal page shells (spec 3.4), each with its own chrome, metadata block and footer
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Page:
    url: str
    title: str
    agency: str  # who the body says wrote it ("我局" style texts use the agency's name here)
    year: int  # the reporting year the body covers
    date: str = ""  # publication date shown on the page (ISO); "" = none shown
    shell: str = "hanweb"
    site: str = "人民政府门户网站"
    footer_code: str = ""  # 网站标识码 in the footer
    meta_code: str = ""  # <meta name="SiteIDCode"> only
    index_no: str = ""  # 索引号
    publisher: str = ""  # 发布机构
    date_shown: str = ""  # how the date is printed, when not ISO
    footer_extra: str = ""
    period: bool = True
    body: str | None = None
    charset: str = "utf-8"

    def shown(self) -> str:
        return self.date_shown or self.date

    def content(self) -> str:
        return self.body if self.body is not None else body_for(self.agency, self.year, period=self.period)


def _footer(pg: Page) -> str:
    code = f"<span>网站标识码：{pg.footer_code}</span>" if pg.footer_code else ""
    return (f'<div class="footer"><p>主办：{pg.site}办公室　承办：{pg.site}大数据中心</p>'
            f"<p>{code}<span>ICP备案号：ICP备05012345号-1</span>{pg.footer_extra}</p>"
            '<p><a href="/col/col1229000001/index.html">网站地图</a> | <a>联系我们</a> | <a>政府网站找错</a></p></div>')


def hanweb(pg: Page) -> bytes:
    """Hanweb jcms article (/art/Y/M/D/art_C_A.html) with the national-standard <meta> set."""
    head_meta = (f'<meta name="SiteName" content="{pg.site}"><meta name="ColumnName" content="政府信息公开年报">'
                 f'<meta name="ArticleTitle" content="{pg.title}">')
    if pg.meta_code:
        head_meta += f'<meta name="SiteIDCode" content="{pg.meta_code}">'
    meta = ""
    if pg.index_no or pg.publisher:
        meta = ("<table class='xxgk_table'>"
                f"<tr><th>索引号</th><td>{pg.index_no}</td><th>分类</th><td>政府信息公开年报</td></tr>"
                f"<tr><th>发布机构</th><td>{pg.publisher}</td><th>发布日期</th><td>{pg.shown()}</td></tr>"
                f"<tr><th>文号</th><td></td><th>有效性</th><td>有效</td></tr></table>")
    info = f"发布日期：{pg.shown()}" if pg.shown() else ""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={pg.charset}">
{head_meta}<title>{pg.title}</title>
<link rel="stylesheet" href="/module/jslib/bootstrap/css/bootstrap.min.css"></head><body>
<div class="top"><a href="/">首页</a><a href="/col/col1229000101/index.html">政务公开</a><a>互动交流</a><a>办事服务</a>
<a href="javascript:void(0)" id="cniil_wza">无障碍</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; <a>政府信息公开年报</a></div>
{meta}
<div class="main-txt"><div class="title">{pg.title}</div>
<div class="source"><span>{info}</span> <span>信息来源：{pg.publisher or pg.site}</span> <span>浏览次数：<script>document.write(1023)</script></span>
<span>字体：[ <a>大</a> <a>中</a> <a>小</a> ]</span></div>
<div id="zoom">{pg.content()}</div></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{_footer(pg)}</body></html>""".encode(pg.charset)


def trs(pg: Page) -> bytes:
    """TRS WCM article (…/YYYYMM/tYYYYMMDD_id.html) of a 信息公开目录 with the 索引号 grid; GBK by default."""
    grid = ("<table class='xxgk-table' cellspacing='0'>"
            f"<tr><td class='lab'>索 引 号：</td><td>{pg.index_no}</td><td class='lab'>主题分类：</td><td>政务公开</td></tr>"
            f"<tr><td class='lab'>发布机构：</td><td>{pg.publisher}</td><td class='lab'>发布日期：</td><td>{pg.shown()}</td></tr>"
            f"<tr><td class='lab'>名　　称：</td><td colspan='3'>{pg.title}</td></tr>"
            "<tr><td class='lab'>文　　号：</td><td></td><td class='lab'>主 题 词：</td><td></td></tr></table>")
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={pg.charset}">
<title>{pg.title}-{pg.site}</title><script src="/images/public.js"></script></head><body>
<table width="1000" align="center"><tr><td class="logo"><img src="/images/logo.jpg" alt="{pg.site}"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a>政民互动</a></td></tr></table>
<div class="dqwz">当前位置：<a href="../../">信息公开目录</a> &gt; <a href="../">政府信息公开年报</a></div>
{grid}
<div class="content"><h2>{pg.title}</h2>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{pg.content()}</div></div></div>
<div class="bq"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>
{_footer(pg)}</body></html>""".encode(pg.charset, errors="strict")


def gkmlpt(pg: Page) -> bytes:
    """Guangdong 集约化 gkmlpt article (…/content/post_N.html): classify table, SID marker, ArticleTitle/PubDate."""
    pub = f'<meta name="PubDate" content="{pg.date} 10:12">' if pg.date else ""
    cls = ("<div class='classify'><table>"
           f"<tr><td class='td-label'>索引号：</td><td class='td-value'>{pg.index_no}</td>"
           "<td class='td-label'>分类：</td><td class='td-value'>政府信息公开年报</td></tr>"
           f"<tr><td class='td-label'>发布机构：</td><td class='td-value'>{pg.publisher}</td>"
           f"<td class='td-label'>发布日期：</td><td class='td-value'>{pg.shown()}</td></tr>"
           f"<tr><td class='td-label'>名称：</td><td class='td-value' colspan='3'>{pg.title}</td></tr></table></div>")
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{pg.title}">{pub}<meta name="ContentSource" content="{pg.publisher}">
<title>{pg.title} - {pg.site}</title><script>var SID = '0101';</script></head><body>
<div class="header"><a href="/gkmlpt/index">政府信息公开</a><a href="/gkmlpt/index#2345">政府信息公开年报</a></div>
{cls}
<div class="article"><h1 class="content-title">{pg.title}</h1><div class="article-content">{pg.content()}</div></div>
{_footer(pg)}</body></html>""".encode()


def lonsun(pg: Page) -> bytes:
    """Anhui Lonsun 信息公开 article (/public/{site}/{id}.html) with its 索引号 table."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{pg.title}_{pg.site}</title></head><body>
<div class="gkheader"><a href="/public/column/6596?type=4&action=list">信息公开</a> <a>政府信息公开年报</a></div>
<table class="table_suoyin" cellspacing="0"><tbody>
<tr><th>索引号：</th><td>{pg.index_no}</td><th>信息分类：</th><td>政府信息公开年报</td></tr>
<tr><th>发布机构：</th><td>{pg.publisher}</td><th>生成日期：</th><td>{pg.shown()}</td></tr>
<tr><th>文　　号：</th><td></td><th>关键词：</th><td>年报</td></tr>
<tr><th>信息名称：</th><td colspan="3">{pg.title}</td></tr></tbody></table>
<div class="wzcon"><h1 class="newstitle">{pg.title}</h1>
<div class="newsinfo">发布时间：{pg.shown()} 09:30 来源：{pg.publisher} 浏览次数：<span id="hits">321</span></div>
<div class="j-fontContent minh500">{pg.content()}</div></div>
{_footer(pg)}</body></html>""".encode()


def legacy(pg: Page) -> bytes:
    """A 2010-era custom/ASP site: layout tables, gb2312, a 发布时间 line and a 版权所有 footer."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{pg.site}--{pg.title}</title></head><body topmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td><img src="images/top.jpg"></td></tr>
<tr><td background="images/navbg.gif"><a href="index.asp">首 页</a>　<a href="list.asp?id=12">政务公开</a>　<a>招商引资</a></td></tr></table>
<table width="980" align="center"><tr><td width="220" valign="top"><b>信息公开目录</b><br><a>机构概况</a><br><a>政策法规</a><br>
<a>规划计划</a><br><a>公开年报</a></td><td valign="top">
<div align="center"><font size="4"><b>{pg.title}</b></font></div>
<div align="center">发布时间：{pg.shown()}　　点击数：<font color="red">1265</font>　【<a href="javascript:window.close()">关闭</a>】</div>
<div class="nr">{pg.content()}</div></td></tr></table>
<table width="980" align="center"><tr><td align="center">版权所有：{pg.site}　技术支持：某某网络科技有限公司<br>
{f"网站标识码：{pg.footer_code}" if pg.footer_code else ""}{pg.footer_extra}</td></tr></table></body></html>""".encode("gb18030")


SHELLS = {"hanweb": hanweb, "trs": trs, "gkmlpt": gkmlpt, "lonsun": lonsun, "legacy": legacy}


def run(pg: Page) -> Report:
    body = SHELLS[pg.shell](pg)
    ctype = "text/html" if pg.shell in ("trs", "legacy") else "text/html; charset=utf-8"
    return parse_report([Fetched(url=pg.url, body=body, headers={"content-type": ctype})])


@dataclass
class Case:
    id: str
    page: Page
    expect: dict[str, object] = field(default_factory=dict)  # field → value, or a frozenset of acceptable values
    why: str = ""




def check(r: Report, expect: dict[str, object]) -> None:
    bad = {}
    for k, v in expect.items():
        if k == "not_lookalike":  # a page holding the report itself is not flagged as a look-alike (3.3)
            flagged = [e for e in r.errors if "look-alike" in e]
            if flagged:
                bad[k] = ("no look-alike error", flagged)
            continue
        got = {k: getattr(r, k)}
        if isinstance(v, frozenset):
            if got[k] not in v:
                bad[k] = (sorted(map(str, v)), got[k])
        elif got[k] != v:
            bad[k] = (v, got[k])
    assert not bad, f"expected vs got: {bad}"


def one_of(*values: object) -> frozenset:
    return frozenset(values)


# ---------------------------------------------------------------------------------------------------------------
# 1. governments, their offices and departments (spec 3.2 agency typing; region from names / footers, spec 3.1, 5)
# ---------------------------------------------------------------------------------------------------------------

GOV_CASES = [
    Case("zj-province-self", Page(
        "https://www.zj.gov.cn/art/2022/1/28/art_1229019365_2392137.html",
        "浙江省人民政府2021年政府信息公开工作年度报告", "浙江省人民政府", 2021, "2022-01-28",
        site="浙江省人民政府", footer_code="3300000038"),
        {"agency": "浙江省人民政府", "agency_type": "gov_self", "region_code": "330000", "year": 2021,
         "published": "2022-01-28", "template": "t2021"}, "3.2 X人民政府 = gov_self; 标识码 330000"),
    Case("zj-province-region", Page(
        "https://www.zj.gov.cn/art/2022/3/25/art_1229019365_2393001.html",
        "2021年浙江省政府信息公开工作年度报告", "浙江省", 2021, "2022-03-25", site="浙江省人民政府"),
        {"agency": "浙江省", "agency_type": "gov_region", "region_code": "330000", "year": 2021},
        "3.2 year-first title, consolidated 全省 report = gov_region"),
    Case("hunan-office-trs", Page(
        "http://www.hunan.gov.cn/hnszf/xxgk/zfxxgknb/202201/t20220125_22474411.html",
        "湖南省人民政府办公厅2021年政府信息公开工作年度报告", "湖南省人民政府办公厅", 2021, "2022-01-25",
        shell="trs", site="湖南省人民政府", index_no="000014349/2022-00031", publisher="湖南省人民政府办公厅"),
        {"agency": "湖南省人民政府办公厅", "agency_type": "gov_office", "region_code": "430000"},
        "3.2 办公厅 = gov_office; 索引号 is an org code (3.1), region from the name"),
    Case("hefei-self-lonsun-credit-index", Page(
        "https://www.hefei.gov.cn/public/1741/107553211.html",
        "合肥市人民政府2020年政府信息公开工作年度报告", "合肥市人民政府", 2020, "2021-03-22",
        shell="lonsun", site="合肥市人民政府", index_no="11340100003199785X/202103-00012", publisher="合肥市人民政府办公室"),
        {"agency": "合肥市人民政府", "agency_type": "gov_self", "region_code": "340100", "year": 2020,
         "published": "2021-03-22", "template": "t2019"}, "3.1 credit-code 索引号 11+340100; 3.2 gov_self"),
    Case("jinan-office", Page(
        "http://www.jinan.gov.cn/art/2022/1/29/art_1861_4912345.html",
        "济南市人民政府办公厅2021年政府信息公开工作年度报告", "济南市人民政府办公厅", 2021, "2022-01-29",
        site="济南市人民政府", footer_code="3701000016"),
        {"agency": "济南市人民政府办公厅", "agency_type": "gov_office", "region_code": "370100"}, "3.2 gov_office"),
    Case("changsha-county-self", Page(
        "http://www.csx.gov.cn/zwgk/zfxxgknb/202201/t20220126_10421234.html",
        "长沙县人民政府2021年政府信息公开工作年度报告", "长沙县人民政府", 2021, "2022-01-26", shell="trs",
        site="长沙县人民政府", publisher="长沙县人民政府办公室", index_no="000014349/2022-00411"),
        {"agency": "长沙县人民政府", "agency_type": "gov_self", "region_code": "430121"},
        "5: 长沙县 (430121) is not 长沙市 (430100)"),
    Case("changsha-city-office", Page(
        "http://www.changsha.gov.cn/zfxxgk/zfxxgknb/szfbgt/202201/t20220120_10437788.html",
        "长沙市人民政府办公厅2021年政府信息公开工作年度报告", "长沙市人民政府办公厅", 2021, "2022-01-20", shell="trs",
        site="长沙市人民政府", publisher="长沙市人民政府办公厅", index_no="000014349/2022-00012"),
        {"agency_type": "gov_office", "region_code": "430100"}, "3.2 gov_office; division name"),
    Case("tonglu-county-office-2019", Page(
        "http://www.tonglu.gov.cn/art/2020/1/21/art_1229313911_3621312.html",
        "桐庐县人民政府办公室2019年政府信息公开工作年度报告", "桐庐县人民政府办公室", 2019, "2020-01-21",
        site="桐庐县人民政府", footer_code="3301220002"),
        {"agency": "桐庐县人民政府办公室", "agency_type": "gov_office", "region_code": "330122", "year": 2019,
         "template": "t2019"}, "3.2 办公室 = gov_office; 2019 format"),
    Case("xian-city-region", Page(
        "http://www.xa.gov.cn/gk/zfxxgknb/sjnb/623b0d2ef8fd1c0bdc7a1234.html",
        "西安市2021年政府信息公开工作年度报告", "西安市", 2021, "2022-03-30", site="西安市人民政府"),
        {"agency": "西安市", "agency_type": "gov_region", "region_code": "610100"}, "3.2 X市 without 人民政府 = gov_region"),
    Case("dalian-2018-region-e2014", Page(
        "https://www.dl.gov.cn/art/2019/3/29/art_855_123456.html",
        "2018年大连市政府信息公开工作年度报告", "大连市", 2018, "2019-03-29", site="大连市人民政府"),
        {"agency": "大连市", "agency_type": "gov_region", "region_code": "210200", "year": 2018,
         "template": "e2014"}, "3.2 year-first title; e2014 era (0)"),
    Case("pudong-new-area-is-district", Page(
        "https://www.pudong.gov.cn/zwgk/zfxxgknb/2022/28/301234.html",
        "上海市浦东新区人民政府2021年政府信息公开工作年度报告", "上海市浦东新区人民政府", 2021, "2022-01-28",
        site="上海市浦东新区人民政府"),
        {"agency_type": "gov_self", "region_code": "310115"},
        "data: 浦东新区 is a county-level district (310115), not a 新区 zone (3.2)"),
    Case("binhai-new-area-is-district", Page(
        "https://www.tjbh.gov.cn/contents/3853/512345.html",
        "天津市滨海新区人民政府2021年政府信息公开工作年度报告", "天津市滨海新区人民政府", 2021, "2022-01-26",
        site="天津市滨海新区人民政府", footer_code="1201160001"),
        {"agency_type": "gov_self", "region_code": "120116"}, "data: 滨海新区 = district 120116"),
    Case("pudong-office", Page(
        "https://www.pudong.gov.cn/zwgk/zfxxgknb/2022/28/301235.html",
        "上海市浦东新区人民政府办公室2021年政府信息公开工作年度报告", "上海市浦东新区人民政府办公室", 2021, "2022-01-28",
        site="上海市浦东新区人民政府"),
        {"agency_type": "gov_office", "region_code": "310115"}, "3.2 gov_office of a 新区 district"),
    Case("sichuan-dept-ting", Page(
        "https://jtt.sc.gov.cn/jtt/c101463/2022/1/27/9a1f0c3e5b0d4a6e8d1e.shtml",
        "四川省交通运输厅2021年政府信息公开工作年度报告", "四川省交通运输厅", 2021, "2022-01-27",
        shell="trs", site="四川省交通运输厅", publisher="四川省交通运输厅", index_no="008385911/2022-00023"),
        {"agency": "四川省交通运输厅", "agency_type": "department", "region_code": "510000"}, "3.2 厅 = department"),
    Case("chongqing-dept-weiyuanhui", Page(
        "http://fzggw.cq.gov.cn/zwgk/zfxxgkml/zfxxgknb/202201/t20220126_10350123.html",
        "重庆市发展和改革委员会2021年政府信息公开工作年度报告", "重庆市发展和改革委员会", 2021, "2022-01-26",
        shell="trs", site="重庆市发展和改革委员会", publisher="重庆市发展和改革委员会", index_no="11500000MB1524466F/2022-00009"),
        {"agency_type": "department", "region_code": "500000"}, "3.2 委员会 = department; credit code 11+500000"),
    Case("tianjin-dept-health-commission", Page(
        "https://wsjk.tj.gov.cn/ZWGK6002/ZFXXGK8438/zfxxgknb/202201/t20220125_5789012.html",
        "天津市卫生健康委员会2021年政府信息公开工作年度报告", "天津市卫生健康委员会", 2021, "2022-01-25",
        shell="trs", site="天津市卫生健康委员会", publisher="天津市卫生健康委员会", index_no="000125278/2022-00015"),
        {"agency_type": "department", "region_code": "120000"}, "3.2 department; 天津市 → 120000"),
    Case("kunming-dept-ju", Page(
        "https://www.km.gov.cn/c/2022-01-28/4212345.shtml",
        "昆明市公安局2021年政府信息公开工作年度报告", "昆明市公安局", 2021, "2022-01-28", site="昆明市人民政府",
        footer_code="5301000039"),
        {"agency": "昆明市公安局", "agency_type": "department", "region_code": "530100"}, "3.2 局 = department"),
    Case("xiangyang-dept-host-footer", Page(
        "http://www.xiangyang.gov.cn/zxzx/xxgknb/bmxxgknb/202201/t20220121_2712345.shtml",
        "市统计局2021年政府信息公开工作年度报告", "市统计局", 2021, "2022-01-21", shell="trs",
        site="襄阳市人民政府", publisher="市统计局", index_no="011099123/2022-00044", footer_code="4206000014"),
        {"agency_type": "department", "region_code": "420600"}, "3.1 网站标识码 → 420600; department without city name"),
    Case("foshan-nanhai-dept-gkmlpt", Page(
        "http://www.nanhai.gov.cn/fsnhq/bmdh/zfbm/qjyj/gkmlpt/content/5/5123/post_5123456.html",
        "佛山市南海区教育局2021年政府信息公开工作年度报告", "佛山市南海区教育局", 2021, "2022-01-25", shell="gkmlpt",
        site="佛山市南海区人民政府", publisher="佛山市南海区教育局", index_no="11440605007012345K/2022-00003"),
        {"agency_type": "department", "region_code": "440605", "published": "2022-01-25"},
        "3.4 gkmlpt page; credit code 11+440605"),
    Case("foreign-affairs-office-is-department", Page(
        "https://www.gz.gov.cn/zwgk/zfxxgknb/bmnb/content/post_8051234.html",
        "广州市人民政府外事办公室2021年政府信息公开工作年度报告", "广州市人民政府外事办公室", 2021, "2022-01-24",
        shell="gkmlpt", site="广州市人民政府", publisher="广州市人民政府外事办公室", index_no="007482345/2022-00001"),
        {"agency_type": "department", "region_code": "440100"},
        "3.2 gov_office means the government's general office; 外事办公室 is a working department"),
    Case("zhuzhou-dept-host-only", Page(
        "http://www.zhuzhou.gov.cn/c17923/20220126/i1923456.html",
        "市司法局2021年政府信息公开工作年度报告", "市司法局", 2021, "2022-01-26", site="株洲市人民政府",
        footer_code="4302000007"),
        {"agency_type": "department", "region_code": "430200"}, "3.1 网站标识码 on www.zhuzhou.gov.cn (data)"),
    Case("lishui-region-credit-legacy-332500", Page(
        "http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2021&area=113325000026455663",
        "丽水市人民政府2021年政府信息公开工作年度报告", "丽水市人民政府", 2021, "2022-01-29", site="丽水市人民政府"),
        {"agency_type": "gov_self", "region_code": "331100"},
        "3.1/5: area credit code carries the legacy 332500, 丽水市 is 331100 today"),
]

# ---------------------------------------------------------------------------------------------------------------
# 2. townships and streets (3.2 township) and development zones (3.2 zone; 5: zones have no code)
# ---------------------------------------------------------------------------------------------------------------

LOCAL_CASES = [
    Case("tonglu-fenshui-town", Page(
        "http://www.tonglu.gov.cn/art/2022/1/18/art_1229314005_3981234.html",
        "桐庐县分水镇人民政府2021年政府信息公开工作年度报告", "桐庐县分水镇人民政府", 2021, "2022-01-18",
        site="桐庐县人民政府", footer_code="3301220002"),
        {"agency": "桐庐县分水镇人民政府", "agency_type": "township", "region_code": "330122"}, "3.2 镇 = township"),
    Case("yuelu-street-office", Page(
        "http://www.yuelu.gov.cn/zwgk/zfxxgknb/jdxz/202201/t20220119_10412345.html",
        "长沙市岳麓区岳麓街道办事处2021年政府信息公开工作年度报告", "长沙市岳麓区岳麓街道办事处", 2021, "2022-01-19",
        shell="trs", site="长沙市岳麓区人民政府", publisher="岳麓街道办事处", index_no="000014349/2022-01234"),
        {"agency_type": "township", "region_code": "430104"}, "3.2 街道办事处 = township"),
    Case("yanji-yilan-town-trap", Page(
        "http://www.yanji.gov.cn/xxgk/zfxxgknb/202101/t20210125_312345.html",
        "延吉市依兰镇人民政府2020年政府信息公开工作年度报告", "延吉市依兰镇人民政府", 2020, "2021-01-25", shell="trs",
        site="延吉市人民政府", publisher="依兰镇人民政府", index_no="011234567/2021-00021"),
        {"agency_type": "township", "region_code": "222401", "year": 2020},
        "3.2 township; data: 延吉市 222401 (not 依兰县 230123 of 哈尔滨)"),
    Case("enshi-township-xiang", Page(
        "http://www.enshi.gov.cn/xxgk/gknb/xzbm/202201/t20220124_1234567.shtml",
        "恩施市盛家坝乡人民政府2021年政府信息公开工作年度报告", "恩施市盛家坝乡人民政府", 2021, "2022-01-24",
        shell="trs", site="恩施市人民政府", publisher="盛家坝乡人民政府", index_no="011234999/2022-00101"),
        {"agency_type": "township", "region_code": "422801"}, "3.2 乡 = township; 恩施市 422801 (not the 自治州)"),
    Case("ebian-town-in-autonomous-county", Page(
        "http://www.eb.gov.cn/ebxrmzf/c104311/202201/c1a2b3c4.shtml",
        "峨边彝族自治县黑竹沟镇人民政府2021年政府信息公开工作年度报告", "峨边彝族自治县黑竹沟镇人民政府", 2021,
        "2022-01-20", site="峨边彝族自治县人民政府"),
        {"agency_type": "township", "region_code": "511132"}, "3.2 a 镇 inside a 自治县 is still a township"),
    Case("lujiazui-street-in-new-area", Page(
        "https://www.pudong.gov.cn/zwgk/zfxxgknb/jz/2022/20/301111.html",
        "上海市浦东新区陆家嘴街道办事处2021年政府信息公开工作年度报告", "上海市浦东新区陆家嘴街道办事处", 2021,
        "2022-01-20", site="上海市浦东新区人民政府"),
        {"agency_type": "township", "region_code": "310115"}, "3.2 街道 wins over the 新区 in the district name"),
    Case("otog-banner-town", Page(
        "http://www.etkq.gov.cn/xxgk/gknb/202201/t20220117_3012345.html",
        "鄂托克旗乌兰镇人民政府2021年政府信息公开工作年度报告", "鄂托克旗乌兰镇人民政府", 2021, "2022-01-17",
        shell="trs", site="鄂托克旗人民政府", publisher="乌兰镇人民政府", index_no="011520123/2022-00009"),
        {"agency_type": "township", "region_code": "150624"}, "3.2 township in a 旗; data 鄂托克旗 150624"),
    Case("changsha-etdz-zone", Page(
        "http://www.cetz.gov.cn/zwgk/zfxxgknb/202201/t20220125_10433456.html",
        "长沙经济技术开发区管理委员会2021年政府信息公开工作年度报告", "长沙经济技术开发区管理委员会", 2021,
        "2022-01-25", shell="trs", site="长沙经济技术开发区", publisher="长沙经济技术开发区管理委员会",
        index_no="000014349/2022-00077"),
        {"agency": "长沙经济技术开发区管理委员会", "agency_type": "zone",
         "region_code": one_of(None, "430100", "430121")}, "3.2 开发区 管委会 = zone; 5: no own code"),
    Case("guian-new-area-zone", Page(
        "http://www.gaxq.gov.cn/xxgk/xxgknb/202201/t20220128_72345678.html",
        "贵安新区管理委员会2021年政府信息公开工作年度报告", "贵安新区管理委员会", 2021, "2022-01-28", shell="trs",
        site="贵安新区", publisher="贵安新区管理委员会", index_no="MB1A12345/2022-00012"),
        {"agency_type": "zone", "region_code": one_of(None, "520000")}, "3.2 新区 管委会 = zone"),
    Case("suzhou-sip-zone", Page(
        "https://www.sipac.gov.cn/szgyyq/zfxxgknb/202201/8a1b2c3d4e5f.shtml",
        "苏州工业园区管理委员会2021年政府信息公开工作年度报告", "苏州工业园区管理委员会", 2021, "2022-01-27",
        site="苏州工业园区"),
        {"agency_type": "zone", "region_code": one_of(None, "320500")}, "3.2 园区 = zone"),
    Case("wuhan-east-lake-zone", Page(
        "http://www.wehdz.gov.cn/zwgk/zfxxgknb/202201/t20220126_1923456.shtml",
        "武汉东湖新技术开发区管理委员会2021年政府信息公开工作年度报告", "武汉东湖新技术开发区管理委员会", 2021,
        "2022-01-26", shell="trs", site="武汉东湖新技术开发区", publisher="东湖高新区管委会", index_no="MB1234567/2022-00001"),
        {"agency_type": "zone", "region_code": one_of(None, "420100")}, "3.2 开发区 = zone"),
    Case("liangjiang-new-area-zone", Page(
        "http://ljxq.cq.gov.cn/zwgk_199/zfxxgkml/zfxxgknb/202201/t20220125_10341234.html",
        "重庆两江新区管理委员会2021年政府信息公开工作年度报告", "重庆两江新区管理委员会", 2021, "2022-01-25",
        shell="trs", site="重庆两江新区", publisher="两江新区管委会", index_no="11500000MB1G12345X/2022-00002"),
        {"agency_type": "zone", "region_code": one_of(None, "500000")}, "3.2 新区 管委会 = zone"),
    Case("hefei-hitech-zone-lonsun", Page(
        "https://www.hefei.gov.cn/public/6171/107561234.html",
        "合肥高新技术产业开发区管委会2021年政府信息公开工作年度报告", "合肥高新技术产业开发区管委会", 2021, "2022-01-26",
        shell="lonsun", site="合肥市人民政府", publisher="合肥高新区管委会", index_no="11340100MB0123456A/202201-00003"),
        {"agency_type": "zone", "region_code": one_of(None, "340100")}, "3.2 高新区 管委会 = zone"),
    Case("xixian-new-area-zone", Page(
        "http://www.xixianxinqu.gov.cn/zwgk/zfxxgknb/623c1234abcd.html",
        "陕西省西咸新区开发建设管理委员会2021年政府信息公开工作年度报告", "陕西省西咸新区开发建设管理委员会", 2021,
        "2022-01-30", site="西咸新区"),
        {"agency_type": "zone", "region_code": one_of(None, "610000")}, "3.2 新区 管委会 = zone"),
]

# ---------------------------------------------------------------------------------------------------------------
# 3. autonomous prefectures / counties, banners (旗) and leagues (盟) (data; 3.2)
# ---------------------------------------------------------------------------------------------------------------

AUTONOMOUS_CASES = [
    Case("yanbian-prefecture-self", Page(
        "http://www.yanbian.gov.cn/zw/zfxxgknb/202201/t20220128_412345.html",
        "延边朝鲜族自治州人民政府2021年政府信息公开工作年度报告", "延边朝鲜族自治州人民政府", 2021, "2022-01-28",
        shell="trs", site="延边朝鲜族自治州人民政府", publisher="延边州人民政府办公室", index_no="011234111/2022-00005"),
        {"agency": "延边朝鲜族自治州人民政府", "agency_type": "gov_self", "region_code": "222400"}, "data 222400"),
    Case("enshi-prefecture-office", Page(
        "http://www.enshi.gov.cn/zc/gknb/202201/t20220127_1234999.shtml",
        "恩施土家族苗族自治州人民政府办公室2021年政府信息公开工作年度报告", "恩施土家族苗族自治州人民政府办公室", 2021,
        "2022-01-27", shell="trs", site="恩施州人民政府", publisher="恩施州人民政府办公室", index_no="011234222/2022-00011"),
        {"agency_type": "gov_office", "region_code": "422800"}, "3.2 gov_office; data 422800 (not 恩施市 422801)"),
    Case("liangshan-prefecture-region-2019", Page(
        "http://www.lsz.gov.cn/xxgk/zfxxgknb/202003/t20200320_1512345.html",
        "凉山彝族自治州2019年政府信息公开工作年度报告", "凉山彝族自治州", 2019, "2020-03-20", shell="trs",
        site="凉山彝族自治州人民政府", publisher="凉山州人民政府办公室", index_no="011234333/2020-00042"),
        {"agency": "凉山彝族自治州", "agency_type": "gov_region", "region_code": "513400", "year": 2019,
         "template": "t2019"}, "3.2 gov_region; data 513400"),
    Case("changyang-autonomous-county", Page(
        "http://www.changyang.gov.cn/content-72-1234567-1.html",
        "长阳土家族自治县人民政府2021年政府信息公开工作年度报告", "长阳土家族自治县人民政府", 2021, "2022-01-25",
        site="长阳土家族自治县人民政府", footer_code="4205280008"),
        {"agency_type": "gov_self", "region_code": "420528"}, "data 420528"),
    Case("shizhu-autonomous-county", Page(
        "http://www.cqsz.gov.cn/zwgk_221/zfxxgkml/zfxxgknb/202201/t20220120_10312345.html",
        "石柱土家族自治县人民政府2021年政府信息公开工作年度报告", "石柱土家族自治县人民政府", 2021, "2022-01-20",
        shell="trs", site="石柱土家族自治县人民政府", publisher="石柱县政府办公室", index_no="11500240009012345A/2022-00003"),
        {"agency_type": "gov_self", "region_code": "500240"}, "data 500240 (Chongqing since 1997)"),
    Case("dongxiang-autonomous-county-gansu", Page(
        "http://www.dxzzzx.gov.cn/zfxxgk/fdzdgknr/zfxxgknb/202201/t20220124_123456.html",
        "东乡族自治县人民政府2021年政府信息公开工作年度报告", "东乡族自治县人民政府", 2021, "2022-01-24", shell="trs",
        site="东乡族自治县人民政府", publisher="东乡县人民政府办公室", index_no="011200111/2022-00002"),
        {"agency_type": "gov_self", "region_code": "622926"}, "data: 东乡族自治县 622926, not 江西 东乡区/县"),
    Case("otog-banner-self", Page(
        "http://www.etkq.gov.cn/xxgk/gknb/202201/t20220127_3012399.html",
        "鄂托克旗人民政府2021年政府信息公开工作年度报告", "鄂托克旗人民政府", 2021, "2022-01-27", shell="trs",
        site="鄂托克旗人民政府", publisher="鄂托克旗人民政府办公室", index_no="011520124/2022-00011"),
        {"agency": "鄂托克旗人民政府", "agency_type": "gov_self", "region_code": "150624"}, "旗 = county level; data"),
    Case("abag-banner-office", Page(
        "http://www.abg.gov.cn/abgq/xxgk/gknb/202201/t20220125_2812345.html",
        "阿巴嘎旗人民政府办公室2021年政府信息公开工作年度报告", "阿巴嘎旗人民政府办公室", 2021, "2022-01-25",
        shell="trs", site="阿巴嘎旗人民政府", publisher="阿巴嘎旗人民政府办公室", index_no="011520125/2022-00004"),
        {"agency_type": "gov_office", "region_code": "152522"}, "3.2 gov_office; data 152522"),
    Case("darhan-muminggan-2012-recoded", Page(
        "http://www.dmqzf.gov.cn/xxgk/gknb/201303/t20130328_12345.html",
        "达尔罕茂明安联合旗人民政府2012年政府信息公开工作年度报告", "达尔罕茂明安联合旗人民政府", 2012, "2013-03-28",
        shell="legacy", site="达尔罕茂明安联合旗人民政府", date_shown="2013-3-28"),
        {"agency_type": "gov_self", "region_code": "150223", "year": 2012, "published": "2013-03-28",
         "template": "e2008"}, "data: 152633 retired 1996 → 150223"),
    Case("xilingol-league-office-code", Page(
        "http://www.xlgl.gov.cn/xxgk/zfxxgknb/202201/t20220128_2912345.html",
        "锡林郭勒盟行政公署2021年政府信息公开工作年度报告", "锡林郭勒盟行政公署", 2021, "2022-01-28", shell="trs",
        site="锡林郭勒盟行政公署", publisher="锡林郭勒盟行政公署办公厅", index_no="011520126/2022-00001"),
        {"agency": "锡林郭勒盟行政公署", "region_code": "152500", "agency_type": one_of("gov_self", "gov_region")},
        "data: 盟 152500; a 行政公署 is the league's own government (3.2 本级), not a 局/委/厅 department"),
    Case("alxa-league-office", Page(
        "http://www.als.gov.cn/art/2022/1/26/art_2612_412345.html",
        "阿拉善盟行政公署办公室2021年政府信息公开工作年度报告", "阿拉善盟行政公署办公室", 2021, "2022-01-26",
        site="阿拉善盟行政公署", footer_code="1529000006"),
        {"agency_type": "gov_office", "region_code": "152900"}, "3.2 办公室 = gov_office; data 152900"),
]

# ---------------------------------------------------------------------------------------------------------------
# 4. divisions renamed / re-coded: the code valid in the reporting year (spec 6.5, 5 row 10; division_codes.csv)
# ---------------------------------------------------------------------------------------------------------------

RECODE_CASES = [
    Case("fuyang-city-2012", Page(
        "http://www.fuyang.gov.cn/art/2013/3/26/art_1229274456_123456.html",
        "富阳市人民政府2012年政府信息公开工作年度报告", "富阳市人民政府", 2012, "2013-03-26", site="富阳市人民政府"),
        {"agency_type": "gov_self", "region_code": "330183", "year": 2012, "year_source": "period",
         "template": "e2008"}, "data: 富阳市 330183 (1994–2014)"),
    Case("fuyang-district-2021", Page(
        "http://www.fuyang.gov.cn/art/2022/1/24/art_1229274456_3981299.html",
        "杭州市富阳区人民政府2021年政府信息公开工作年度报告", "杭州市富阳区人民政府", 2021, "2022-01-24",
        site="杭州市富阳区人民政府", footer_code="3301110010"),
        {"region_code": "330111"}, "data: 富阳区 330111"),
    Case("linan-city-2016-e2014", Page(
        "http://www.linan.gov.cn/art/2017/3/24/art_1229311122_212345.html",
        "临安市人民政府2016年政府信息公开工作年度报告", "临安市人民政府", 2016, "2017-03-24", site="临安市人民政府"),
        {"region_code": "330185", "year": 2016, "template": "e2014"}, "data: 临安市 330185 until 2017"),
    Case("linan-district-2019", Page(
        "http://www.linan.gov.cn/art/2020/1/20/art_1229311122_3612345.html",
        "杭州市临安区人民政府2019年政府信息公开工作年度报告", "杭州市临安区人民政府", 2019, "2020-01-20",
        site="杭州市临安区人民政府"),
        {"region_code": "330112", "year": 2019}, "data: 临安区 330112 from 2017"),
    Case("changle-city-2013", Page(
        "http://www.fzcl.gov.cn/xxgk/gknb/201403/t20140325_512345.htm",
        "长乐市人民政府2013年政府信息公开工作年度报告", "长乐市人民政府", 2013, "2014-03-25", shell="trs",
        site="长乐市人民政府", publisher="长乐市人民政府办公室", index_no="003610123/2014-00005", charset="gbk"),
        {"region_code": "350182", "year": 2013, "published": "2014-03-25"}, "data: 长乐市 350182 until 2017 (GBK page, 3.6)"),
    Case("chaohu-prefecture-2010", Page(
        "http://www.chaohu.gov.cn/content/detail/4d9a1234.html",
        "巢湖市人民政府2010年政府信息公开工作年度报告", "巢湖市人民政府", 2010, "2011-03-30", shell="legacy",
        site="巢湖市人民政府", date_shown="2011-3-30"),
        {"region_code": "341400", "year": 2010}, "data: 巢湖市 prefecture 341400 (1999–2011)"),
    Case("chaohu-county-city-2015", Page(
        "https://www.chaohu.gov.cn/public/21751/101234567.html",
        "巢湖市人民政府2015年政府信息公开工作年度报告", "巢湖市人民政府", 2015, "2016-03-28", shell="lonsun",
        site="巢湖市人民政府", publisher="巢湖市人民政府办公室", index_no="003198765/201603-00031"),
        {"region_code": "340181", "year": 2015}, "data: same name, county-level 340181 under 合肥 since 2011"),
    Case("laiwu-prefecture-2017", Page(
        "http://www.laiwu.gov.cn/art/2018/3/29/art_1234_567890.html",
        "莱芜市人民政府2017年政府信息公开工作年度报告", "莱芜市人民政府", 2017, "2018-03-29", site="莱芜市人民政府"),
        {"region_code": "371200", "year": 2017, "template": "e2014"}, "data: 莱芜市 371200 until 2018/19"),
    Case("laiwu-district-2020", Page(
        "http://www.laiwu.gov.cn/art/2021/1/28/art_1234_4567890.html",
        "济南市莱芜区人民政府2020年政府信息公开工作年度报告", "济南市莱芜区人民政府", 2020, "2021-01-28",
        site="济南市莱芜区人民政府"),
        {"region_code": "370116", "year": 2020}, "data: 莱芜区 370116"),
    Case("chongwen-district-2009", Page(
        "http://www.bjchw.gov.cn/xxgk/gknb/201003/t20100325_1234.htm",
        "北京市崇文区人民政府2009年政府信息公开工作年度报告", "北京市崇文区人民政府", 2009, "2010-03-25",
        shell="legacy", site="北京市崇文区人民政府", date_shown="2010年3月25日"),
        {"region_code": "110103", "year": 2009, "published": "2010-03-25"}, "data: 崇文区 110103 retired 2010"),
    Case("xuanwu-district-2008", Page(
        "http://www.bjxw.gov.cn/xxgk/gknb/200903/t20090327_2345.htm",
        "北京市宣武区人民政府2008年政府信息公开工作年度报告", "北京市宣武区人民政府", 2008, "2009-03-27",
        shell="legacy", site="北京市宣武区人民政府"),
        {"region_code": "110104", "year": 2008}, "data: 宣武区 110104 retired 2010"),
    Case("xiangfan-renamed-2009", Page(
        "http://www.xf.gov.cn/xxgk/gknb/201003/t20100330_112233.shtml",
        "襄樊市人民政府2009年政府信息公开工作年度报告", "襄樊市人民政府", 2009, "2010-03-30", shell="trs",
        site="襄樊市人民政府", publisher="襄樊市人民政府办公室", index_no="011099000/2010-00088"),
        {"agency_type": "gov_self", "region_code": "420600", "year": 2009}, "data: 襄樊市 renamed 襄阳市 2010, same code"),
    Case("tongling-county-2013-on-yian-host", Page(
        "https://www.ahtlyaq.gov.cn/openness/OpennessAnnualReport/show/1234.html",
        "铜陵县人民政府2013年政府信息公开工作年度报告", "铜陵县人民政府", 2013, "2014-03-20", shell="lonsun",
        site="铜陵市义安区人民政府", publisher="铜陵县人民政府办公室", index_no="003156789/201403-00002"),
        {"region_code": "340721", "year": 2013}, "data: 铜陵县 340721 until 2015 (now 义安区 340706)"),
    Case("jianggan-2019-on-shangcheng-host", Page(
        "http://www.hzsc.gov.cn/art/2020/1/22/art_1229490123_3612399.html",
        "杭州市江干区人民政府2019年政府信息公开工作年度报告", "杭州市江干区人民政府", 2019, "2020-01-22",
        site="杭州市上城区人民政府"),
        {"region_code": "330104", "year": 2019}, "5 row 13 / 6.5: 江干 330104 until 2021, page now on 上城's host"),
    Case("tongzhou-city-nantong-2008", Page(
        "http://www.tongzhou.gov.cn/xxgk/gknb/200903/t20090320_8899.htm",
        "通州市人民政府2008年政府信息公开工作年度报告", "通州市人民政府", 2008, "2009-03-20", shell="legacy",
        site="通州市人民政府"),
        {"region_code": "320683", "year": 2008}, "data: 通州市 (南通) 320683 until 2009"),
    Case("tongzhou-district-nantong-2010", Page(
        "http://www.tongzhou.gov.cn/tzqrmzf/gknb/201103/t20110325_9988.html",
        "南通市通州区人民政府2010年政府信息公开工作年度报告", "南通市通州区人民政府", 2010, "2011-03-25", shell="trs",
        site="南通市通州区人民政府", publisher="通州区人民政府办公室", index_no="014050123/2011-00012"),
        {"region_code": "320612", "year": 2010}, "data: 南通 通州区 320612, not 北京 通州区 110112"),
    Case("wujiang-city-2011", Page(
        "http://www.wujiang.gov.cn/xxgk/gknb/201203/t20120328_77665.html",
        "吴江市人民政府2011年政府信息公开工作年度报告", "吴江市人民政府", 2011, "2012-03-28", shell="trs",
        site="吴江市人民政府", publisher="吴江市人民政府办公室", index_no="014160123/2012-00021"),
        {"region_code": "320584", "year": 2011}, "data: 吴江市 320584 until 2012"),
    Case("jiaonan-city-2011", Page(
        "http://www.jiaonan.gov.cn/xxgk/gknb/201203/t20120330_66554.html",
        "胶南市人民政府2011年政府信息公开工作年度报告", "胶南市人民政府", 2011, "2012-03-30", shell="legacy",
        site="胶南市人民政府", date_shown="2012-03-30"),
        {"region_code": "370284", "year": 2011}, "data: 胶南市 370284 until 2012 (merged into 黄岛区)"),
    Case("dongxiang-county-jiangxi-2014", Page(
        "http://www.jxdx.gov.cn/xxgk/gknb/201503/t20150326_55443.html",
        "东乡县人民政府2014年政府信息公开工作年度报告", "东乡县人民政府", 2014, "2015-03-26", shell="trs",
        site="东乡县人民政府", publisher="东乡县人民政府办公室", index_no="014123456/2015-00007"),
        {"region_code": "361029", "year": 2014, "template": "e2014"},
        "data: 江西 东乡县 361029 in 2014 (the 1981–2000 code 362531 is not valid then)"),
    Case("penglai-city-2012-current-site-code", Page(
        "http://www.penglai.gov.cn/art/2013/3/25/art_12345_678901.html",
        "蓬莱市人民政府2012年政府信息公开工作年度报告", "蓬莱市人民政府", 2012, "2013-03-25",
        site="烟台市蓬莱区人民政府", footer_code="3706140001"),
        {"region_code": "370684", "year": 2012},
        "6.5 as-of-year mapping: a 2012 report of 蓬莱市 is 370684 even under today's 蓬莱区 site code"),
    Case("penglai-district-2021", Page(
        "http://www.penglai.gov.cn/art/2022/1/26/art_12345_4412345.html",
        "烟台市蓬莱区人民政府2021年政府信息公开工作年度报告", "烟台市蓬莱区人民政府", 2021, "2022-01-26",
        site="烟台市蓬莱区人民政府", footer_code="3706140001"),
        {"region_code": "370614"}, "5 row 10: now 370614"),
]

# ---------------------------------------------------------------------------------------------------------------
# 5. same-name districts in different places: the prefecture/province in the name, the host or the site code
# ---------------------------------------------------------------------------------------------------------------

SAME_NAME_CASES = [
    Case("gulou-nanjing", Page(
        "https://www.gulou.gov.cn/glqrmzf/202201/t20220125_3281234.html", "南京市鼓楼区人民政府2021年政府信息公开工作年度报告",
        "南京市鼓楼区人民政府", 2021, "2022-01-25", shell="trs", site="南京市鼓楼区人民政府", publisher="鼓楼区人民政府办公室",
        index_no="11320106MB1234567A/2022-00012"), {"region_code": "320106"}, "prefecture in name"),
    Case("gulou-xuzhou", Page(
        "http://www.xzgl.gov.cn/xxgk/gknb/202201/t20220120_612345.html", "徐州市鼓楼区人民政府2021年政府信息公开工作年度报告",
        "徐州市鼓楼区人民政府", 2021, "2022-01-20", site="徐州市鼓楼区人民政府"), {"region_code": "320302"}, "prefecture in name"),
    Case("gulou-fuzhou", Page(
        "http://www.gl.gov.cn/xxgk/zfxxgkzl/gknb/202201/t20220126_4312345.htm", "福州市鼓楼区人民政府2021年政府信息公开工作年度报告",
        "福州市鼓楼区人民政府", 2021, "2022-01-26", shell="trs", site="福州市鼓楼区人民政府", publisher="鼓楼区人民政府办公室",
        index_no="FZ00105-0200-2022-00003"), {"region_code": "350102"}, "prefecture in name"),
    Case("gulou-kaifeng", Page(
        "http://www.kfgl.gov.cn/xxgk/gknb/202201/t20220128_1234.html", "开封市鼓楼区人民政府2021年政府信息公开工作年度报告",
        "开封市鼓楼区人民政府", 2021, "2022-01-28", site="开封市鼓楼区人民政府"), {"region_code": "410204"}, "prefecture in name"),
    Case("putuo-shanghai-by-host", Page(
        "https://www.shpt.gov.cn/shpt/zfxxgknb/20220128/812345.html", "普陀区人民政府2021年政府信息公开工作年度报告",
        "普陀区人民政府", 2021, "2022-01-28", site="上海市普陀区人民政府"),
        {"region_code": "310107"}, "host www.shpt.gov.cn (data local_websites: Shanghai Putuo)"),
    Case("putuo-zhoushan-by-name", Page(
        "http://www.putuo.gov.cn/art/2022/1/25/art_1229340123_3812345.html", "舟山市普陀区人民政府2021年政府信息公开工作年度报告",
        "舟山市普陀区人民政府", 2021, "2022-01-25", site="舟山市普陀区人民政府"), {"region_code": "330903"}, "prefecture in name"),
    Case("jiangbei-chongqing-by-host", Page(
        "http://www.cqjb.gov.cn/zwgk_205/zfxxgkml/zfxxgknb/202201/t20220124_10312399.html",
        "江北区人民政府2021年政府信息公开工作年度报告", "江北区人民政府", 2021, "2022-01-24", shell="trs",
        site="重庆市江北区人民政府", publisher="江北区政府办公室", index_no="11500105009012399B/2022-00004"),
        {"region_code": "500105"}, "host cqjb + credit code 11+500105"),
    Case("jiangbei-ningbo-by-host-footer", Page(
        "http://www.nbjb.gov.cn/art/2022/1/21/art_1229214400_3981400.html", "江北区人民政府2021年政府信息公开工作年度报告",
        "江北区人民政府", 2021, "2022-01-21", site="宁波市江北区人民政府", footer_code="3302050016"),
        {"region_code": "330205"}, "5 row 14 host nbjb + 标识码 330205"),
    Case("hebei-district-tianjin-not-province", Page(
        "http://www.tjhb.gov.cn/zwgk/zfxxgknb/202201/t20220127_5781234.html", "河北区人民政府2021年政府信息公开工作年度报告",
        "河北区人民政府", 2021, "2022-01-27", shell="trs", site="天津市河北区人民政府", publisher="河北区人民政府办公室",
        index_no="000125901/2022-00006", footer_code="1201050001"),
        {"agency_type": "gov_self", "region_code": "120105"}, "data: 天津 河北区 120105, not 河北省 130000"),
    Case("heping-tianjin-by-host", Page(
        "https://www.tjhp.gov.cn/zwgk/zfxxgknb/202201/t20220126_5780001.html", "和平区人民政府2021年政府信息公开工作年度报告",
        "和平区人民政府", 2021, "2022-01-26", shell="trs", site="天津市和平区人民政府", publisher="和平区人民政府办公室",
        index_no="000125902/2022-00003", footer_code="1201010002"),
        {"region_code": "120101"}, "host tjhp + 标识码 120101"),
    Case("heping-shenyang-by-name", Page(
        "http://www.shenhe.gov.cn/hpq/zwgk/gknb/202201/t20220125_4012345.html", "沈阳市和平区人民政府2021年政府信息公开工作年度报告",
        "沈阳市和平区人民政府", 2021, "2022-01-25", site="沈阳市和平区人民政府"), {"region_code": "210102"}, "prefecture in name"),
    Case("baoshan-shanghai-by-host", Page(
        "https://www.shbsq.gov.cn/shbs/zfxxgknb/20220128/612345.html", "宝山区人民政府2021年政府信息公开工作年度报告",
        "宝山区人民政府", 2021, "2022-01-28", site="上海市宝山区人民政府", footer_code="3101130002"),
        {"region_code": "310113"}, "host shbsq + 标识码"),
    Case("baoshan-shuangyashan-by-name", Page(
        "http://www.sysbsq.gov.cn/xxgk/gknb/202201/t20220125_123456.html", "双鸭山市宝山区人民政府2021年政府信息公开工作年度报告",
        "双鸭山市宝山区人民政府", 2021, "2022-01-25", site="双鸭山市宝山区人民政府"), {"region_code": "230506"}, "name"),
    Case("xihu-nanchang-by-name", Page(
        "http://www.ncxh.gov.cn/xxgk/gknb/202201/t20220124_4312345.htm", "南昌市西湖区人民政府2021年政府信息公开工作年度报告",
        "南昌市西湖区人民政府", 2021, "2022-01-24", site="南昌市西湖区人民政府"), {"region_code": "360103"}, "name"),
    Case("xihu-hangzhou-by-site-code", Page(
        "http://www.hzxh.gov.cn/art/2022/1/20/art_1229345678_3981500.html", "西湖区人民政府2021年政府信息公开工作年度报告",
        "西湖区人民政府", 2021, "2022-01-20", site="杭州市西湖区人民政府", footer_code="3301060008"),
        {"region_code": "330106"}, "3.1 网站标识码 decides"),
    Case("chengguan-lanzhou-by-site-code", Page(
        "http://www.lzcgq.gov.cn/art/2022/1/27/art_1234_1098765.html", "城关区人民政府2021年政府信息公开工作年度报告",
        "城关区人民政府", 2021, "2022-01-27", site="兰州市城关区人民政府", footer_code="6201020001"),
        {"region_code": "620102"}, "3.1 网站标识码 decides"),
    Case("chengguan-lhasa-by-name", Page(
        "http://www.cgq.gov.cn/xxgk/gknb/202201/t20220130_312345.html", "拉萨市城关区人民政府2021年政府信息公开工作年度报告",
        "拉萨市城关区人民政府", 2021, "2022-01-30", site="拉萨市城关区人民政府"), {"region_code": "540102"}, "name"),
    Case("jiaoqu-tongling-by-name", Page(
        "http://tljq.gov.cn/openness/OpennessAnnualReport/show/2960.html", "铜陵市郊区人民政府2021年政府信息公开工作年度报告",
        "铜陵市郊区人民政府", 2021, "2022-01-25", shell="lonsun", site="铜陵市郊区人民政府",
        publisher="郊区人民政府办公室", index_no="11340711003156000K/202201-00001"),
        {"region_code": "340711"}, "5 row 27; name and credit code"),
    Case("jiaoqu-jiamusi-by-name", Page(
        "http://www.jmsjq.gov.cn/xxgk/gknb/202201/t20220126_512345.html", "佳木斯市郊区人民政府2021年政府信息公开工作年度报告",
        "佳木斯市郊区人民政府", 2021, "2022-01-26", site="佳木斯市郊区人民政府"), {"region_code": "230811"}, "name"),
    Case("baiyun-guiyang-by-name", Page(
        "http://www.gybaiyun.gov.cn/zwgk/xxgkml/zfxxgknb/202201/t20220125_72345612.html",
        "贵阳市白云区人民政府2021年政府信息公开工作年度报告", "贵阳市白云区人民政府", 2021, "2022-01-25", shell="trs",
        site="贵阳市白云区人民政府", publisher="白云区人民政府办公室", index_no="000014349/2022-00315"),
        {"region_code": "520113"}, "name"),
    Case("baiyun-guangzhou-gkmlpt", Page(
        "http://www.by.gov.cn/gkmlpt/content/8/8012/post_8012345.html", "广州市白云区人民政府2021年政府信息公开工作年度报告",
        "广州市白云区人民政府", 2021, "2022-01-28", shell="gkmlpt", site="广州市白云区人民政府",
        publisher="广州市白云区人民政府办公室", index_no="11440111007502345Y/2022-00021"),
        {"region_code": "440111", "published": "2022-01-28"}, "name + credit code"),
    Case("qingshan-wuhan-by-host-footer", Page(
        "https://www.qingshan.gov.cn/zwgk/zfxxgknb/202201/t20220126_1923400.shtml", "青山区人民政府2021年政府信息公开工作年度报告",
        "青山区人民政府", 2021, "2022-01-26", shell="trs", site="武汉市青山区人民政府", publisher="青山区人民政府办公室",
        index_no="011099001/2022-00009", footer_code="4201070003"), {"region_code": "420107"}, "标识码"),
    Case("qingshan-baotou-by-name", Page(
        "http://www.qsq.gov.cn/xxgk/gknb/202201/t20220125_312399.html", "包头市青山区人民政府2021年政府信息公开工作年度报告",
        "包头市青山区人民政府", 2021, "2022-01-25", site="包头市青山区人民政府"), {"region_code": "150204"}, "name"),
    Case("tongzhou-beijing-by-host", Page(
        "http://www.bjtzh.gov.cn/bjtz/xxgk/gknb/202201/1512345.shtml", "通州区人民政府2021年政府信息公开工作年度报告",
        "通州区人民政府", 2021, "2022-01-28", site="北京市通州区人民政府", footer_code="1101120001"),
        {"region_code": "110112"}, "host bjtzh (data) + 标识码"),
    Case("chaoyang-beijing-by-host", Page(
        "http://www.bjchy.gov.cn/affair/gknb/8a24fe1234.html", "朝阳区人民政府2021年政府信息公开工作年度报告",
        "朝阳区人民政府", 2021, "2022-01-27", shell="trs", site="北京市朝阳区人民政府", publisher="朝阳区人民政府办公室",
        index_no="11110105000012345J/2022-00017"), {"region_code": "110105"}, "host bjchy (data) + credit code 110105"),
]

# ---------------------------------------------------------------------------------------------------------------
# 6. region code sources and traps (3.1): SiteIDCode meta, 公网安备, org-code 索引号, central bm codes
# ---------------------------------------------------------------------------------------------------------------

SOURCE_CASES = [
    Case("siteidcode-meta-only", Page(
        "https://www.wenzhou.gov.cn/art/2022/1/25/art_1229116916_4012345.html", "市民政局2021年政府信息公开工作年度报告",
        "市民政局", 2021, "2022-01-25", site="温州市人民政府", meta_code="3303000013"),
        {"agency_type": "department", "region_code": "330300"}, "3.1 网站标识码 (as the standard SiteIDCode meta)"),
    Case("site-code-beats-police-record", Page(
        "https://www.hangzhou.gov.cn/art/2022/1/21/art_1229063391_1812345.html", "市统计局2021年政府信息公开工作年度报告",
        "市统计局", 2021, "2022-01-21", site="杭州市人民政府", footer_code="3301000019",
        footer_extra="<span>浙公网安备 33010202000166号</span>"),
        {"region_code": "330100"}, "3.1 标识码 3301000019 → 330100; the 公网安备 number (330102…) is the police registrar"),
    Case("org-code-index-host-luan", Page(
        "https://www.luan.gov.cn/public/6596/109512345.html", "市人力资源和社会保障局2021年政府信息公开工作年度报告",
        "市人力资源和社会保障局", 2021, "2022-01-28", shell="lonsun", site="六安市人民政府",
        publisher="市人力资源和社会保障局", index_no="003112233/202201-00019", footer_code="3415000012"),
        {"agency_type": "department", "region_code": "341500"}, "3.1 org-code 索引号 is no division; 标识码 341500"),
    Case("recognition-code-variant-label", Page(
        "http://www.yangzhou.gov.cn/zwgk/zfxxgknb/202201/1a2b3c4d5e6f.shtml", "市财政局2021年政府信息公开工作年度报告",
        "市财政局", 2021, "2022-01-25", shell="trs", site="扬州市人民政府", publisher="市财政局",
        index_no="014221122/2022-00031", footer_extra="<span>网站识别码：3210000018</span>"),
        {"region_code": "321000"}, "3.1 网站标识码 printed as 网站识别码"),
    Case("division-index-number-hanweb", Page(
        "http://www.anji.gov.cn/art/2022/1/19/art_1229211111_3981777.html", "县教育局2021年政府信息公开工作年度报告",
        "县教育局", 2021, "2022-01-19", site="安吉县人民政府", index_no="330523/2022-01777", publisher="安吉县教育局"),
        {"agency_type": "department", "region_code": "330523"}, "3.1 索引号 330523/2022-… (division code)"),
    Case("central-bm-site-code-not-a-division", Page(
        "https://www.stats.gov.cn/xxgk/xxgkndbg/202201/t20220129_1826789.html", "国家统计局2021年政府信息公开工作年度报告",
        "国家统计局", 2021, "2022-01-29", shell="trs", site="国家统计局", publisher="国家统计局",
        index_no="000014349/2022-00002", footer_code="bm36000002"),
        {"agency_type": "department", "region_code": one_of(None, "100000")}, "3.1 bm… 标识码 is a central body, not a division"),
    Case("credit-code-in-hanweb-area-2016", Page(
        "http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2016&area=11370684004265946U",
        "市统计局2016年政府信息公开工作年度报告", "市统计局", 2016, "2017-03-20", site="蓬莱市人民政府"),
        {"region_code": "370684", "year": 2016}, "3.1 area= credit code 11+370684; 2016 → 蓬莱市"),
]

# ---------------------------------------------------------------------------------------------------------------
# 7. reporting year vs publication date (spec 0) and published date formats
# ---------------------------------------------------------------------------------------------------------------

YEAR_CASES = [
    Case("penglai-2010-impossible-page-date", Page(
        "http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=11370684004265946U",
        "蓬莱市统计局2010年政府信息公开工作年度报告", "蓬莱市统计局", 2010, "2010-01-27", period=False,
        site="蓬莱市人民政府"),
        {"agency": "蓬莱市统计局", "agency_type": "department", "year": 2010, "year_source": "title",
         "published": "2010-01-27", "region_code": "370684"},
        "0: the spec's own example; title beats the impossible page date, published stays as shown"),
    Case("title-niandu-no-period", Page(
        "http://www.jiujiang.gov.cn/zwgk/zfxxgknb/202003/t20200315_4123456.html",
        "九江市水利局2019年度政府信息公开工作年度报告", "九江市水利局", 2019, "2020-03-15", shell="trs",
        site="九江市人民政府", publisher="九江市水利局", index_no="014512345/2020-00009",
        body="".join([p("一、总体情况"), p("本局认真贯彻落实新修订的《中华人民共和国政府信息公开条例》，全年主动公开政府信息215条。"),
                      p("二、主动公开政府信息情况"), p("略。")])),
        {"year": 2019, "year_source": "title", "published": "2020-03-15", "region_code": "360400"},
        "0: no 统计期限 → title year (2019年度)"),
    Case("no-year-anywhere-but-page-date", Page(
        "http://www.tianshui.gov.cn/info/1234/56789.htm", "天水市档案局政府信息公开工作年度报告", "天水市档案局", 2013,
        "2014-03-28", shell="legacy", site="天水市人民政府", date_shown="2014-03-28", period=False,
        body="".join([p("一、概述"), p("我局认真贯彻落实《条例》，及时主动公开政府信息。"),
                      p("二、主动公开政府信息的情况"), p("全年主动公开政府信息86条。")])),
        {"year": 2013, "year_source": "page_date", "published": "2014-03-28", "region_code": "620500"},
        "0: only the page date → year before publication"),
    Case("republished-old-report-new-site", Page(
        "https://www.changde.gov.cn/zwgk/zfxxgknb/content_712345.html", "常德市人民政府2014年政府信息公开工作年度报告",
        "常德市人民政府", 2014, "2021-06-15", site="常德市人民政府", period=False,
        body="".join([p("一、概述"), p("常德市人民政府认真贯彻落实政府信息公开工作要求。"),
                      p("二、主动公开政府信息情况"), p("全年主动公开政府信息3012条。")])),
        {"year": 2014, "year_source": "title", "published": "2021-06-15", "region_code": "430700"},
        "0: a site migration re-dated the page; the title year stands"),
    Case("period-beats-wrong-title-year-e2008", Page(
        "http://www.yichang.gov.cn/content-62-412345-1.html", "宜昌市人民政府2013年政府信息公开工作年度报告",
        "宜昌市人民政府", 2012, "2013-03-29", shell="legacy", site="宜昌市人民政府", date_shown="2013-3-29"),
        {"year": 2012, "year_source": "period", "region_code": "420500"}, "0: 统计期限 2012 beats the title's 2013"),
    Case("period-with-next-year-plans", Page(
        "http://www.xinyu.gov.cn/xinyu/zfxxgknb/201903/1a2b3c.shtml", "新余市人民政府2018年政府信息公开工作年度报告",
        "新余市人民政府", 2018, "2019-03-22", site="新余市人民政府",
        body=e2014_body("新余市人民政府", year=2018) + p("七、2019年工作打算") + p("2019年，我市将进一步深化政务公开。")),
        {"year": 2018, "year_source": "period", "template": "e2014"}, "0: 2019 in the plan section is not the period"),
    Case("chinese-numeral-period-2020", Page(
        "http://www.zg.gov.cn/zfxxgknb/202101/t20210129_1234567.html", "自贡市人民政府政府信息公开工作年度报告",
        "自贡市人民政府", 2020, "2021-01-29", shell="trs", site="自贡市人民政府", publisher="自贡市人民政府办公室",
        index_no="008512345/2021-00011",
        body=t2019_body("自贡市人民政府", year=2020).replace(
            "本年度报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
            "本报告所列数据统计期限为二〇二〇年一月一日至二〇二〇年十二月三十一日。")),
        {"year": 2020, "year_source": "period", "region_code": "510300"}, "0: 统计期限 in Chinese numerals"),
    Case("period-2019-published-january", Page(
        "http://www.huangshi.gov.cn/xxgk/gknb/202001/t20200120_612345.html", "黄石市教育局2019年政府信息公开工作年度报告",
        "黄石市教育局", 2019, "2020-01-20", shell="trs", site="黄石市人民政府", publisher="黄石市教育局",
        index_no="011123456/2020-00003"),
        {"year": 2019, "year_source": "period", "published": "2020-01-20", "template": "t2019",
         "region_code": "420200"}, "0: department deadline 31 January; period sentence"),
]

DATE_CASES = [
    Case("date-with-seconds", Page(
        "https://www.hefei.gov.cn/art/2022/1/20/art_1_1.html", "合肥市财政局2021年政府信息公开工作年度报告",
        "合肥市财政局", 2021, "2022-01-20", date_shown="2022-01-20 09:30:15", site="合肥市人民政府"),
        {"published": "2022-01-20"}, "3.1 metadata date with time"),
    Case("date-chinese-zero-padded", Page(
        "http://www.nanyang.gov.cn/zfxxgk/gknb/202201/t20220121_123456.html", "南阳市财政局2021年政府信息公开工作年度报告",
        "南阳市财政局", 2021, "2022-01-21", shell="trs", date_shown="2022年01月21日", site="南阳市人民政府",
        publisher="南阳市财政局", index_no="011234555/2022-00001"),
        {"published": "2022-01-21", "region_code": "411300"}, "3.1 Chinese date"),
    Case("date-chinese-unpadded", Page(
        "http://www.anyang.gov.cn/2022/01-26/2312345.html", "安阳市财政局2021年政府信息公开工作年度报告",
        "安阳市财政局", 2021, "2022-01-26", shell="legacy", date_shown="2022年1月26日", site="安阳市人民政府"),
        {"published": "2022-01-26"}, "3.1 Chinese date, unpadded"),
    Case("date-slash", Page(
        "http://www.xinxiang.gov.cn/sitesources/xxsrmzf/page_pc/zwgk/gknb/article1a2b3c.html", "新乡市财政局2021年政府信息公开工作年度报告",
        "新乡市财政局", 2021, "2022-01-24", date_shown="2022/01/24", site="新乡市人民政府"),
        {"published": "2022-01-24"}, "date with slashes"),
    Case("date-dotted", Page(
        "http://www.jiaozuo.gov.cn/sitesources/jzsrmzf/page_pc/zwgk/gknb/articleabc.html", "焦作市财政局2021年政府信息公开工作年度报告",
        "焦作市财政局", 2021, "2022-01-27", shell="legacy", date_shown="2022.01.27", site="焦作市人民政府"),
        {"published": "2022-01-27"}, "date with dots"),
    Case("date-unpadded-dash", Page(
        "https://www.xinyang.gov.cn/2022/0119/123456.html", "信阳市财政局2021年政府信息公开工作年度报告",
        "信阳市财政局", 2021, "2022-01-19", shell="legacy", date_shown="2022-1-19", site="信阳市人民政府"),
        {"published": "2022-01-19"}, "unpadded ISO-like date"),
    Case("date-gkmlpt-meta-and-table", Page(
        "http://www.shantou.gov.cn/cnst/gkmlpt/content/2/2012/post_2012345.html", "汕头市财政局2021年政府信息公开工作年度报告",
        "汕头市财政局", 2021, "2022-01-29", shell="gkmlpt", site="汕头市人民政府", publisher="汕头市财政局",
        index_no="007001234/2022-00012"),
        {"published": "2022-01-29", "region_code": "440500"}, "3.4 gkmlpt PubDate meta + classify table"),
    Case("date-lonsun-generated", Page(
        "https://www.bozhou.gov.cn/public/6596802/1123456.html", "亳州市财政局2021年政府信息公开工作年度报告",
        "亳州市财政局", 2021, "2022-01-18", shell="lonsun", site="亳州市人民政府", publisher="亳州市财政局",
        index_no="11341600003300001X/202201-00021"),
        {"published": "2022-01-18", "region_code": "341600"}, "3.4 Lonsun 生成日期 / 发布时间"),
]

# ---------------------------------------------------------------------------------------------------------------
# 8. editions (3.2: the marker in brackets after 报告/年报; one report, several editions)
# ---------------------------------------------------------------------------------------------------------------

EDITION_CASES = [
    Case("bozhou-picture-edition", Page(
        "https://www.bozhou.gov.cn/public/6596802/1123499.html", "亳州市人民政府2021年政府信息公开工作年度报告（图片版）",
        "亳州市人民政府", 2021, "2022-03-28", shell="lonsun", site="亳州市人民政府", publisher="亳州市人民政府办公室",
        index_no="11341600003300002X/202203-00005"),
        {"edition": "图片版", "agency": "亳州市人民政府", "agency_type": "gov_self", "year": 2021, "region_code": "341600"},
        "3.2 （图片版）"),
    Case("huangpu-hyperlink-edition-2022", Page(
        "https://www.shhuangpu.gov.cn/zw/009002/009002017/20230130/1a2b3c4d.html",
        "上海市黄浦区人民政府2022年政府信息公开工作年度报告（超链版）", "上海市黄浦区人民政府", 2022, "2023-01-30",
        site="上海市黄浦区人民政府"),
        {"edition": "超链版", "agency": "上海市黄浦区人民政府", "year": 2022, "region_code": "310101", "template": "t2021",
         "not_lookalike": True},
        "3.2 the spec's 超链版 title"),
    Case("interpretation-edition", Page(
        "http://www.jingzhou.gov.cn/zwgk/gknb/202201/t20220128_712345.shtml", "荆州市人民政府2021年政府信息公开工作年度报告（解读版）",
        "荆州市人民政府", 2021, "2022-01-28", shell="trs", site="荆州市人民政府", publisher="荆州市人民政府办公室",
        index_no="011098765/2022-00033"),
        {"edition": "解读版", "agency": "荆州市人民政府", "year": 2021, "region_code": "421000", "not_lookalike": True}, "3.2 edition marker"),
    Case("text-edition-halfwidth", Page(
        "http://www.shiyan.gov.cn/xxgk/gknb/202201/t20220127_3412345.shtml", "十堰市人民政府2021年政府信息公开工作年度报告(文字版)",
        "十堰市人民政府", 2021, "2022-01-27", shell="trs", site="十堰市人民政府", publisher="十堰市人民政府办公室",
        index_no="011098766/2022-00012"),
        {"edition": "文字版", "agency": "十堰市人民政府", "year": 2021, "region_code": "420300", "not_lookalike": True}, "3.2 half-width brackets"),
    Case("graphic-edition-nianbao", Page(
        "http://www.xiaogan.gov.cn/xxgk/gknb/202201/t20220129_2812345.shtml", "孝感市2021年政府信息公开年报（图解版）",
        "孝感市", 2021, "2022-01-29", shell="trs", site="孝感市人民政府", publisher="孝感市人民政府办公室",
        index_no="011098767/2022-00004"),
        {"edition": "图解版", "agency": "孝感市", "agency_type": "gov_region", "year": 2021, "not_lookalike": True}, "3.2 年报 + edition"),
    Case("pdf-edition", Page(
        "https://www.yibin.gov.cn/xxgk/zfxxgknb/202201/t20220126_1812345.html", "宜宾市人民政府2021年政府信息公开工作年度报告（PDF版）",
        "宜宾市人民政府", 2021, "2022-01-26", shell="trs", site="宜宾市人民政府", publisher="宜宾市人民政府办公室",
        index_no="008512399/2022-00007"),
        {"edition": "PDF版", "agency": "宜宾市人民政府", "year": 2021, "region_code": "511500"}, "3.2 edition marker"),
    Case("department-picture-edition-2019", Page(
        "http://www.linyi.gov.cn/info/1234/345678.htm", "临沂市自然资源和规划局2019年政府信息公开工作年度报告（图片版）",
        "临沂市自然资源和规划局", 2019, "2020-01-21", site="临沂市人民政府", footer_code="3713000035"),
        {"edition": "图片版", "agency": "临沂市自然资源和规划局", "agency_type": "department", "year": 2019,
         "region_code": "371300"}, "3.2 edition on a department report"),
    Case("no-edition-marker", Page(
        "http://www.weifang.gov.cn/xxgk/gknb/202201/t20220125_6012345.htm", "潍坊市人民政府2021年政府信息公开工作年度报告",
        "潍坊市人民政府", 2021, "2022-01-25", shell="trs", site="潍坊市人民政府", publisher="潍坊市人民政府办公室",
        index_no="004312345/2022-00016"),
        {"edition": None, "agency": "潍坊市人民政府", "region_code": "370700"}, "3.2 no bracket → no edition"),
]


# ---------------------------------------------------------------------------------------------------------------
# 9. more division shapes: autonomous regions, municipalities, county-level cities, 地区, city vs same-stem county,
#    agency only in 发布机构, host-only pages (3.1, 3.2, 5, data)
# ---------------------------------------------------------------------------------------------------------------

MORE_CASES = [
    Case("guangxi-region-office", Page(
        "http://www.gxzf.gov.cn/zfxxgk/zfxxgknb/t11234567.shtml", "广西壮族自治区人民政府办公厅2021年政府信息公开工作年度报告",
        "广西壮族自治区人民政府办公厅", 2021, "2022-01-28", shell="trs", site="广西壮族自治区人民政府",
        publisher="广西壮族自治区人民政府办公厅", index_no="000014349/2022-00088"),
        {"agency_type": "gov_office", "region_code": "450000"}, "自治区 (province level) 办公厅"),
    Case("inner-mongolia-self", Page(
        "https://www.nmg.gov.cn/zwgk/zfxxgk/zfxxgknb/202201/t20220128_1998765.html", "内蒙古自治区人民政府2021年政府信息公开工作年度报告",
        "内蒙古自治区人民政府", 2021, "2022-01-28", shell="trs", site="内蒙古自治区人民政府",
        publisher="内蒙古自治区人民政府办公厅", index_no="11150000011512345A/2022-00012"),
        {"agency_type": "gov_self", "region_code": "150000"}, "自治区 government = gov_self"),
    Case("ningxia-region-consolidated", Page(
        "https://www.nx.gov.cn/zwgk/zfxxgkndbg/202203/t20220330_3412345.html", "2021年宁夏回族自治区政府信息公开工作年度报告",
        "宁夏回族自治区", 2021, "2022-03-30", shell="trs", site="宁夏回族自治区人民政府",
        publisher="宁夏回族自治区人民政府办公厅", index_no="000014349/2022-00099"),
        {"agency": "宁夏回族自治区", "agency_type": "gov_region", "region_code": "640000"}, "3.2 gov_region"),
    Case("xinjiang-department", Page(
        "https://xjdrc.xinjiang.gov.cn/xjfgw/c108381/202201/a1b2c3d4.shtml", "新疆维吾尔自治区发展和改革委员会2021年政府信息公开工作年度报告",
        "新疆维吾尔自治区发展和改革委员会", 2021, "2022-01-25", site="新疆维吾尔自治区发展和改革委员会"),
        {"agency_type": "department", "region_code": "650000"}, "3.2 委员会 = department"),
    Case("beijing-municipality-self", Page(
        "https://www.beijing.gov.cn/gongkai/xxgk/gknb/202203/t20220331_2612345.html", "北京市人民政府2021年政府信息公开工作年度报告",
        "北京市人民政府", 2021, "2022-03-31", shell="trs", site="北京市人民政府", publisher="北京市人民政府办公厅",
        index_no="000014349/2022-00101"),
        {"agency_type": "gov_self", "region_code": "110000"}, "直辖市 government"),
    Case("haidian-education-commission", Page(
        "https://www.bjhd.gov.cn/zfxxgk/auto4512_51791/zfxxgknb/202201/t20220120_4512345.shtml",
        "北京市海淀区教育委员会2021年政府信息公开工作年度报告", "北京市海淀区教育委员会", 2021, "2022-01-20", shell="trs",
        site="北京市海淀区人民政府", publisher="海淀区教委", index_no="11110108000012345K/2022-00031"),
        {"agency_type": "department", "region_code": "110108"}, "5 row 40; 委员会 of a district = department"),
    Case("yiwu-county-city", Page(
        "http://www.yw.gov.cn/art/2022/1/26/art_1229187600_3981234.html", "义乌市人民政府2021年政府信息公开工作年度报告",
        "义乌市人民政府", 2021, "2022-01-26", site="义乌市人民政府", index_no="330782/2022-01020"),
        {"agency_type": "gov_self", "region_code": "330782"}, "county-level city; 索引号 330782/…"),
    Case("kunshan-county-city", Page(
        "http://www.ks.gov.cn/kss/zfxxgknb/202201/e1f2a3b4c5d6.shtml", "昆山市人民政府2021年政府信息公开工作年度报告",
        "昆山市人民政府", 2021, "2022-01-27", site="昆山市人民政府"),
        {"agency_type": "gov_self", "region_code": "320583"}, "county-level city"),
    Case("chibi-office", Page(
        "http://www.chibi.gov.cn/xxgk/xxgknb/bj/202201/t20220124_2712345.shtml", "赤壁市人民政府办公室2021年政府信息公开工作年度报告",
        "赤壁市人民政府办公室", 2021, "2022-01-24", shell="trs", site="赤壁市人民政府", publisher="赤壁市人民政府办公室",
        index_no="011099222/2022-00003"),
        {"agency_type": "gov_office", "region_code": "421281"}, "5 row 34; gov_office"),
    Case("aksu-prefecture-not-city", Page(
        "http://www.aksu.gov.cn/xxgk/zfxxgknb/202201/t20220128_123456.html", "阿克苏地区行政公署2021年政府信息公开工作年度报告",
        "阿克苏地区行政公署", 2021, "2022-01-28", shell="trs", site="阿克苏地区行政公署", publisher="阿克苏地区行政公署办公室",
        index_no="011650222/2022-00008"),
        {"region_code": "652900", "agency_type": one_of("gov_self", "gov_region")},
        "data: 阿克苏地区 652900, not 阿克苏市 652901; 行政公署 = the prefecture's own government"),
    Case("daxinganling-prefecture", Page(
        "http://www.dxal.gov.cn/xxgk/zfxxgknb/202201/t20220126_223344.html", "大兴安岭地区行政公署2021年政府信息公开工作年度报告",
        "大兴安岭地区行政公署", 2021, "2022-01-26", site="大兴安岭地区行政公署"),
        {"region_code": "232700"}, "data: 地区 232700"),
    Case("nanchang-city-not-county", Page(
        "http://www.nc.gov.cn/ncszf/zfxxgknb/202201/1a2b3c4d.shtml", "南昌市人民政府2021年政府信息公开工作年度报告",
        "南昌市人民政府", 2021, "2022-01-27", site="南昌市人民政府"),
        {"agency_type": "gov_self", "region_code": "360100"}, "data: 南昌市 360100 (南昌县 is 360121)"),
    Case("nanchang-county-not-city", Page(
        "http://www.ncx.gov.cn/zwgk/zfxxgknb/202201/t20220125_4312345.html", "南昌县人民政府2021年政府信息公开工作年度报告",
        "南昌县人民政府", 2021, "2022-01-25", shell="trs", site="南昌县人民政府", publisher="南昌县人民政府办公室",
        index_no="014412345/2022-00002"),
        {"agency_type": "gov_self", "region_code": "360121"}, "data: 南昌县 360121"),
    Case("hengyang-city-office", Page(
        "http://www.hengyang.gov.cn/xxgk/zfxxgknb/202201/t20220124_10412399.html", "衡阳市人民政府办公室2021年政府信息公开工作年度报告",
        "衡阳市人民政府办公室", 2021, "2022-01-24", shell="trs", site="衡阳市人民政府", publisher="衡阳市人民政府办公室",
        index_no="000014349/2022-00131"),
        {"agency_type": "gov_office", "region_code": "430400"}, "data: 衡阳市 430400 (衡阳县 430421)"),
    Case("yueyang-city-self", Page(
        "https://www.yueyang.gov.cn/yyszf/zfxxgknb/202201/t20220126_10434567.html", "岳阳市人民政府2021年政府信息公开工作年度报告",
        "岳阳市人民政府", 2021, "2022-01-26", shell="trs", site="岳阳市人民政府", publisher="岳阳市人民政府办公室",
        index_no="000014349/2022-00140"),
        {"agency_type": "gov_self", "region_code": "430600"}, "5 row 22: 岳阳市 430600 (岳阳县 430621)"),
    Case("jian-city-department", Page(
        "http://www.jian.gov.cn/xxgk/zfxxgknb/202201/t20220120_5123456.htm", "吉安市教育局2021年政府信息公开工作年度报告",
        "吉安市教育局", 2021, "2022-01-20", shell="trs", site="吉安市人民政府", publisher="吉安市教育局",
        index_no="014451234/2022-00021"),
        {"agency_type": "department", "region_code": "360800"}, "data: 吉安市 360800 (吉安县 360821)"),
    Case("anyang-city-department", Page(
        "https://www.anyang.gov.cn/2022/01-24/2312399.html", "安阳市生态环境局2021年政府信息公开工作年度报告",
        "安阳市生态环境局", 2021, "2022-01-24", site="安阳市人民政府"),
        {"agency_type": "department", "region_code": "410500"}, "data: 安阳市 410500 (安阳县 410522)"),
    Case("dali-prefecture-not-city", Page(
        "http://www.dali.gov.cn/dlzwz/5116655995924070400/202201/t20220128_1234567.html",
        "大理白族自治州人民政府2021年政府信息公开工作年度报告", "大理白族自治州人民政府", 2021, "2022-01-28", shell="trs",
        site="大理白族自治州人民政府", publisher="大理州人民政府办公室", index_no="015194321/2022-00005"),
        {"agency_type": "gov_self", "region_code": "532900"}, "data: 大理州 532900, not 大理市 532901"),
    Case("linxia-city-not-prefecture", Page(
        "http://www.lxs.gov.cn/art/2022/1/25/art_1234_998877.html", "临夏市人民政府2021年政府信息公开工作年度报告",
        "临夏市人民政府", 2021, "2022-01-25", site="临夏市人民政府"),
        {"agency_type": "gov_self", "region_code": "622901"}, "data: 临夏市 622901 (the 自治州 is 622900)"),
    Case("shizhong-jinan", Page(
        "http://www.jnszq.gov.cn/art/2022/1/24/art_1234_4712345.html", "济南市市中区人民政府2021年政府信息公开工作年度报告",
        "济南市市中区人民政府", 2021, "2022-01-24", site="济南市市中区人民政府"),
        {"agency_type": "gov_self", "region_code": "370103"}, "data: 市中区 of 济南 370103 (枣庄 has one too)"),
    Case("shizhong-zaozhuang", Page(
        "http://www.szq.gov.cn/art/2022/1/25/art_1234_4712399.html", "枣庄市市中区人民政府2021年政府信息公开工作年度报告",
        "枣庄市市中区人民政府", 2021, "2022-01-25", site="枣庄市市中区人民政府"),
        {"region_code": "370402"}, "data: 枣庄 市中区 370402"),
    Case("xincheng-xian", Page(
        "http://www.xincheng.gov.cn/xxgk/zfxxgknb/202201/t20220126_1234.html", "西安市新城区人民政府2021年政府信息公开工作年度报告",
        "西安市新城区人民政府", 2021, "2022-01-26", site="西安市新城区人民政府"),
        {"region_code": "610102"}, "data: same-name 新城区"),
    Case("xincheng-hohhot", Page(
        "http://www.xinchengqu.gov.cn/xxgk/gknb/202201/t20220127_4321.html", "呼和浩特市新城区人民政府2021年政府信息公开工作年度报告",
        "呼和浩特市新城区人民政府", 2021, "2022-01-27", site="呼和浩特市新城区人民政府"),
        {"region_code": "150102"}, "data: same-name 新城区"),
    Case("minxian-chengguan-town-not-district", Page(
        "http://www.minxian.gov.cn/art/2022/1/20/art_1234_556677.html", "岷县城关镇人民政府2021年政府信息公开工作年度报告",
        "岷县城关镇人民政府", 2021, "2022-01-20", site="岷县人民政府", footer_code="6211260001"),
        {"agency_type": "township", "region_code": "621126"}, "3.2 township; 城关镇 is no 城关区"),
    Case("yanbian-abbrev-department", Page(
        "http://www.yanbian.gov.cn/zw/bmxxgknb/202201/t20220125_412399.html", "延边州财政局2021年政府信息公开工作年度报告",
        "延边州财政局", 2021, "2022-01-25", site="延边朝鲜族自治州人民政府", footer_code="2224000004"),
        {"agency_type": "department", "region_code": "222400"}, "州 abbreviation + 标识码 222400"),
    Case("publisher-only-autonomous-county-dept", Page(
        "http://www.changyang.gov.cn/content-74-1239876-1.html", "2021年政府信息公开工作年度报告",
        "长阳土家族自治县交通运输局", 2021, "2022-01-21", site="长阳土家族自治县人民政府",
        index_no="11420528011012345X/2022-00004", publisher="长阳土家族自治县交通运输局"),
        {"agency": "长阳土家族自治县交通运输局", "agency_type": "department", "region_code": "420528"},
        "3.1 metadata block gives the agency when the title has none"),
    Case("publisher-only-banner-dept-trs", Page(
        "http://www.etkq.gov.cn/xxgk/gknb/202101/t20210120_3012000.html", "2020年度政府信息公开工作年度报告",
        "鄂托克旗教育体育局", 2020, "2021-01-20", shell="trs", site="鄂托克旗人民政府",
        publisher="鄂托克旗教育体育局", index_no="011520777/2021-00001"),
        {"agency": "鄂托克旗教育体育局", "agency_type": "department", "region_code": "150624", "year": 2020},
        "3.1 发布机构 in the TRS grid"),
]

# ---------------------------------------------------------------------------------------------------------------
# 10. more year shapes (0)
# ---------------------------------------------------------------------------------------------------------------

MORE_YEAR_CASES = [
    Case("first-year-2008-from-may", Page(
        "http://www.huzhou.gov.cn/art/2009/3/30/art_1229213484_123456.html", "湖州市人民政府2008年政府信息公开工作年度报告",
        "湖州市人民政府", 2008, "2009-03-30", site="湖州市人民政府",
        body=e2008_body("湖州市人民政府", 2008).replace("统计期限自2008年1月1日起", "统计期限自2008年5月1日起")),
        {"year": 2008, "year_source": "period", "region_code": "330500", "template": "e2008"},
        "0: the 2007 Regulation came into force 2008-05-01; first period starts then"),
    Case("title-year-with-space", Page(
        "http://www.quanzhou.gov.cn/zfb/xxgk/zfxxgkzl/gknb/202201/t20220124_2698765.htm", "泉州市人民政府2021 年政府信息公开工作年度报告",
        "泉州市人民政府", 2021, "2022-01-24", shell="trs", site="泉州市人民政府", publisher="泉州市人民政府办公室",
        index_no="003591234/2022-00017", period=False,
        body="".join([p("一、总体情况"), p("泉州市人民政府认真贯彻落实《条例》。"), p("二、主动公开政府信息情况"), p("略。")])),
        {"title": one_of("泉州市人民政府2021 年政府信息公开工作年度报告", "泉州市人民政府2021年政府信息公开工作年度报告"),
         "agency": "泉州市人民政府", "year": 2021, "year_source": "title", "region_code": "350500"},
        "3.2 regex after whitespace removal"),
    Case("period-beats-page-date-next-next-year", Page(
        "http://www.longyan.gov.cn/zwgk/zfxxgknb/202302/t20230210_1998765.htm", "龙岩市人民政府政府信息公开工作年度报告",
        "龙岩市人民政府", 2021, "2023-02-10", shell="trs", site="龙岩市人民政府", publisher="龙岩市人民政府办公室",
        index_no="003601234/2023-00003"),
        {"year": 2021, "year_source": "period", "published": "2023-02-10", "region_code": "350800"},
        "0: 统计期限 first, never the page date"),
]


ALL = [(g, c) for g, cases in (
    ("gov", GOV_CASES), ("local", LOCAL_CASES), ("auto", AUTONOMOUS_CASES), ("recode", RECODE_CASES),
    ("samename", SAME_NAME_CASES), ("source", SOURCE_CASES), ("year", YEAR_CASES), ("date", DATE_CASES),
    ("edition", EDITION_CASES), ("more", MORE_CASES), ("year2", MORE_YEAR_CASES)) for c in cases]


@pytest.mark.parametrize("case", [c for _, c in ALL], ids=[f"{g}-{c.id}" for g, c in ALL])
def test_report_metadata(case: Case) -> None:
    r = run(case.page)
    check(r, {"title": case.page.title, **case.expect})  # the title as published (3.2)
