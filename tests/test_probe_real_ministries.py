"""Black-box probe: reports of central ministries/commissions and of provincial-level departments (pr_min).

Every case is a short document written for this file that reproduces a phrasing pattern seen in real reports of
国务院部门 (教育部, 财政部, 海关总署, 商务部, 自然资源部 …) and of 省/自治区/直辖市 委办厅局 (公安厅, 人社厅, 教育厅,
发展改革委 …), 2009-2025. The pages are built the way those portals serve them: CMS chrome, a 索引号/发布机构/发布日期
block, utf-8 or GBK. Expectations come from the domain spec (sections 1-3), not from the parser.
"""

from __future__ import annotations

import html
import re

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page builders


def _paras(text: str) -> str:
    out = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if line:
            out.append(f"<p style=\"text-indent:2em\">{html.escape(line)}</p>")
    return "\n".join(out)


def _page(title: str, body_html: str, *, publisher: str | None, date: str, index_no: str, site: str,
          charset: str = "utf-8") -> bytes:
    meta = ""
    if publisher is not None:
        meta = f"""<table class="xxgk_meta">
<tr><td>索引号：</td><td>{html.escape(index_no)}</td><td>主题分类：</td><td>综合政务/政务公开</td></tr>
<tr><td>发布机构：</td><td>{html.escape(publisher)}</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>名称：</td><td colspan="3">{html.escape(title)}</td></tr>
</table>"""
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_{html.escape(site)}</title>
<link rel="stylesheet" href="/static/css/common.css"></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a>
<span class="search"><input type="text" placeholder="请输入关键字"><a href="/search/">搜索</a></span></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
{meta}
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date} 【字体：大 中 小】 【打印】 【关闭】</div>
<div class="TRS_Editor">
{body_html}
</div></div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办单位：{html.escape(site)} 版权所有</p><p>网站标识码：bm00000001 京ICP备05000001号</p>
<p>地址：北京市 邮编：100000 联系电话：010-00000000</p></div>
</body></html>"""
    codec = "gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else "utf-8"
    return doc.encode(codec)


def _parse(url: str, title: str, body_html: str, *, publisher: str | None = "", date: str = "2020-01-20",
           index_no: str = "000014349/2020-00001", site: str = "门户网站", charset: str = "utf-8") -> Report:
    if publisher == "":
        publisher = re.split(r"(?:19|20)\d\d", title)[0] or "办公室"
    body = _page(title, body_html, publisher=publisher, date=date, index_no=index_no, site=site,
                 charset=charset)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


def _text_facts(r: Report) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in r.facts:
        out.setdefault(f.key, []).append(f)
    return out


def _values(r: Report, key: str, source: str | None = None) -> list[float | None]:
    return [f.value for f in r.facts if f.key == key and (source is None or f.source == source)]


# ---------------------------------------------------------------------------------------------------------------
# 1. metadata: agency, agency_type, year, template, region_code, title

META_CASES = [
    pytest.param(
        "https://xxgk.mot.gov.cn/2020/jigou/bgt/202401/t20240125_3999001.html",
        "交通运输部2023年政府信息公开工作年度报告",
        "依据《中华人民共和国政府信息公开条例》第五十条，编制本报告。本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n2023年，交通运输部深入推进政务公开，全年通过部政府网站主动公开各类文件311件。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况",
        {"agency": "交通运输部", "agency_type": "department", "year": 2023, "template": "t2021", "region_code": None},
        "utf-8", "交通运输部办公厅", id="ministry-t2021-period",
    ),
    pytest.param(
        "http://www.chinatax.gov.cn/n810214/n810641/c1181211/content.html",
        "国家税务总局2011年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。本报告电子版可在国家税务总局网站下载。\n"
        "一、概述\n2011年，国家税务总局继续推进税务系统政府信息公开工作。\n二、主动公开政府信息情况\n"
        "三、依申请公开政府信息情况和不予公开政府信息的情况\n四、政府信息公开的收费及减免情况",
        {"agency": "国家税务总局", "agency_type": "department", "year": 2011, "template": "e2008"},
        "utf-8", "国家税务总局办公厅", id="state-admin-zongju-e2008",
    ),
    pytest.param(
        "http://www.cbirc.gov.cn/cn/view/pages/ItemDetail.html?docId=201903291001",
        "中国银行保险监督管理委员会2018年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限为2018年1月1日至2018年12月31日。\n一、概述\n2018年，银保监会推进监管信息公开。\n"
        "二、主动公开政府信息情况\n三、依申请公开政府信息情况",
        {"agency": "中国银行保险监督管理委员会", "agency_type": "department", "year": 2018, "template": "e2014"},
        "utf-8", "中国银行保险监督管理委员会", id="commission-weiyuanhui-e2014",
    ),
    pytest.param(
        "http://www.sasac.gov.cn/n2588020/n2588072/c13901201/content.html",
        "国务院国有资产监督管理委员会2019年政府信息公开工作年度报告",
        "本报告中所列数据统计期限为2019年1月1日至2019年12月31日。\n一、总体情况\n2019年，国资委认真贯彻新修订的条例。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况",
        {"agency": "国务院国有资产监督管理委员会", "agency_type": "department", "year": 2019, "template": "t2019"},
        "utf-8", "国务院国有资产监督管理委员会办公厅", id="guowuyuan-prefixed-commission-is-department",
    ),
    pytest.param(
        "http://gzw.nanjing.gov.cn/zfxxgk/ndbg/201703/t20170320_1001.html",
        "南京市人民政府国有资产监督管理委员会2016年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n一、概述\n2016年，市国资委推进信息公开。",
        {"agency": "南京市人民政府国有资产监督管理委员会", "agency_type": "department", "year": 2016,
         "template": "e2014", "region_code": "320100"},
        "utf-8", "南京市国资委", id="renminzhengfu-prefixed-commission-is-department",
    ),
    pytest.param(
        "http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgknb/t20200120_1001.html",
        "广西壮族自治区生态环境厅2019年政府信息公开工作年度报告",
        "本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n2019年，自治区生态环境厅推进政务公开。\n"
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况",
        {"agency": "广西壮族自治区生态环境厅", "agency_type": "department", "year": 2019, "template": "t2019",
         "region_code": "450000"},
        "utf-8", "自治区生态环境厅", id="autonomous-region-ting",
    ),
    pytest.param(
        "http://fgw.beijing.gov.cn/gzdt/ndbg/202101/t20210128_1001.html",
        "北京市发展和改革委员会2020年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n2020年，市发展改革委推进政务公开。",
        {"agency": "北京市发展和改革委员会", "agency_type": "department", "year": 2020, "template": "t2019",
         "region_code": "110000"},
        "utf-8", "北京市发展和改革委员会", id="municipality-fagaiwei",
    ),
    pytest.param(
        "http://www.gov.cn/zhengce/xxgknb/202001/t20200131_1001.html",
        "国务院办公厅2019年政府信息公开工作年度报告",
        "本报告中所列数据统计期限为2019年1月1日至2019年12月31日。\n一、总体情况\n2019年，国务院办公厅推进政务公开。",
        {"agency": "国务院办公厅", "agency_type": "gov_office", "year": 2019, "template": "t2019"},
        "utf-8", "国务院办公厅", id="guobanting-gov-office",
    ),
    pytest.param(
        "http://gkml.customs.gov.cn/tabid/1034/ctl/InfoDetail/InfoID/30001/mid/2290/Default.aspx",
        "海关总署2010年海关信息公开工作年度报告",
        "本年报根据《中华人民共和国政府信息公开条例》、《中华人民共和国海关关务公开办法》编制。"
        "本年报中所列数据的统计期限自2010年1月1日起至2010年12月31日止。\n一、主要工作概述\n2010年，海关信息公开工作稳步推进。\n"
        "二、主动公开情况\n三、依申请公开情况\n四、行政复议、诉讼情况",
        {"agency": "海关总署", "agency_type": "department", "year": 2010, "template": "e2008"},
        "gbk", None, id="customs-haiguan-xinxi-gongkai-title",
    ),
    pytest.param(
        "http://www.moe.gov.cn/srcsite/A01/s7048/201903/t20190329_1001.html",
        "教育部办公厅关于2018年教育部政府信息公开工作年度报告的公告",
        "教办厅〔2019〕1号\n本年度报告根据《中华人民共和国政府信息公开条例》要求，由中华人民共和国教育部编制。"
        "全文包括概述、政府信息主动公开情况、政府信息依申请公开情况、政府信息公开收费情况等部分。\n"
        "一、概述\n2018年，教育部在国务院办公厅指导下深入推进信息公开。",
        {"agency": ("教育部", "教育部办公厅"), "year": 2018, "template": "e2014"},
        "utf-8", "教育部办公厅", id="moe-gonggao-title-with-fabu-jigou",
    ),
    pytest.param(
        "http://www.mof.gov.cn/gkml/zfxxgkbg2016/202501/t20250127_1001.htm",
        "2024年财政部政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》要求，特向社会公布2024年财政部政府信息公开工作年度报告。\n"
        "一、总体情况\n（一）主动公开情况。2024年，财政部通过门户网站发布政策类信息402条。",
        {"agency": "财政部", "agency_type": "department", "year": 2024, "template": "t2021"},
        "utf-8", "财政部办公厅", id="year-first-ministry-title",
    ),
    pytest.param(
        "http://gat.fujian.gov.cn/zwgk/ndbg/202101/t20210115_1001.htm",
        "福建省公安厅2020年政府信息公开工作年度报告",
        "福建省公安厅关于报送2020年政府信息公开工作年度报告的函\n省政府办公厅：\n"
        "根据省政府办公厅关于政务公开工作的部署要求，我厅按照年度报告格式（试行）编制了年度报告，现报送贵厅。"
        "报告所列数据的统计时限为2020年1月1日至12月31日。\n福建省公安厅\n2021年1月12日\n（此件主动公开）\n"
        "福建省公安厅2020年政府信息公开工作年度报告\n一、总体情况\n2020年，省公安厅健全政务公开机制。",
        {"agency": "福建省公安厅", "agency_type": "department", "year": 2020, "template": "t2019",
         "region_code": "350000"},
        "utf-8", "福建省公安厅", id="cover-letter-then-report",
    ),
    pytest.param(
        "http://rst.hunan.gov.cn/rst/xxgk/zfxxgknb/202501/t20250121_1001.html",
        "湖南省人力资源和社会保障厅2024年度政府信息公开工作年度报告",
        "湖南省人力资源和社会保障厅\n2025年1月20日\n本报告所列统计数据的期限自2024年1月1日至2024年12月31日。\n"
        "一、总体情况\n2024年，省人力资源社会保障厅持续深化政府信息公开。",
        {"agency": "湖南省人力资源和社会保障厅", "agency_type": "department", "year": 2024, "template": "t2021",
         "region_code": "430000"},
        "utf-8", "湖南省人力资源和社会保障厅", id="provincial-ting-niandu-title",
    ),
    pytest.param(
        "http://gat.xinjiang.gov.cn/gat/ndbg/201503/t20150320_1001.html",
        "新疆维吾尔自治区公安厅2014年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n2014年，自治区公安厅推进警务公开。",
        {"agency": "新疆维吾尔自治区公安厅", "agency_type": "department", "year": 2014, "template": "e2014",
         "region_code": "650000"},
        "gbk", "自治区公安厅", id="gbk-autonomous-region-e2014",
    ),
    pytest.param(
        "http://jw.cq.gov.cn/zwgk/ndbg/201303/t20130328_1001.html",
        "重庆市教育委员会2012年政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n一、概述\n2012年，市教委推进教育信息公开。",
        {"agency": "重庆市教育委员会", "agency_type": "department", "year": 2012, "template": "e2008",
         "region_code": "500000"},
        "gb2312", "市教委", id="gb2312-municipal-jiaowei-e2008",
    ),
    pytest.param(
        "http://www.shanghai.gov.cn/nw12344/20210129/1001.html",
        "2020年上海市人民政府办公厅政府信息公开工作年度报告",
        "本年度报告中所列数据统计期限从2020年1月1日到12月31日止。\n一、总体情况\n2020年，市政府办公厅推进政务公开。",
        {"agency": "上海市人民政府办公厅", "agency_type": "gov_office", "year": 2020, "template": "t2019",
         "region_code": "310000"},
        "utf-8", "上海市人民政府办公厅", id="provincial-bangongting-year-first",
    ),
]


@pytest.mark.parametrize("url,title,text,expected,charset,publisher", META_CASES)
def test_metadata(url, title, text, expected, charset, publisher):
    r = _parse(url, title, _paras(text), charset=charset, publisher=publisher)
    assert r.title == title
    for field, want in expected.items():
        got = getattr(r, field)
        if isinstance(want, tuple):
            assert got in want, f"{field}: expected one of {want}, got {got!r}"
        else:
            assert got == want, f"{field}: expected {want!r}, got {got!r}"


def test_moe_style_info_block_gonggao_title():
    """教育部 pages carry 信息名称/信息索引/生成日期/发文机构 (not 发布机构) and a 公告 title wrapping the report."""
    title = "教育部办公厅关于2018年教育部政府信息公开工作年度报告的公告"
    block = (
        "<table class=\"moe-detail-box\">"
        f"<tr><td>信息名称：</td><td colspan=\"3\">{title}</td></tr>"
        "<tr><td>信息索引：</td><td>360A01-99-2019-0003-1</td><td>生成日期：</td><td>2019-03-29</td>"
        "<td>发文机构：</td><td>教育部办公厅</td></tr>"
        "<tr><td>发文字号：</td><td>教办厅〔2019〕1号</td><td>信息类别：</td><td>其他</td></tr>"
        "<tr><td>内容概述：</td><td colspan=\"3\">教育部办公厅发布2018年教育部政府信息公开工作年度报告的公告。</td></tr>"
        "</table>"
    )
    text = ("教办厅〔2019〕1号\n本年度报告根据《中华人民共和国政府信息公开条例》要求，由中华人民共和国教育部编制。\n"
            "一、概述\n2018年，教育部在国务院办公厅指导下深入推进信息公开。")
    r = _parse("http://www.moe.gov.cn/srcsite/A01/s7048/201903/t20190329_1002.html", title, block + _paras(text),
               publisher=None, site="中华人民共和国教育部")
    assert r.title == title
    assert r.year == 2018
    assert r.agency in ("教育部", "教育部办公厅")
    assert r.agency_type in ("department", "gov_office")


def test_traditional_mirror_of_provincial_department():
    title = "福建省公安廳2021年政府信息公開工作年度報告"
    text = ("2021年，省公安廳認真貫徹落實《中華人民共和國政府信息公開條例》。\n"
            "（一）主動公開政府信息。2021年，省公安廳新增主動公開的政府信息47件（歷年累計4190件），全文電子化率100%。\n"
            "（二）依申請公開政府信息。2021年共接受群眾申請政府信息公開27件，其中網上申請22件、信函申請5件。")
    r = _parse("https://newton.com.tw/wiki/fj-gat-2021/6300001", title, _paras(text))
    assert r.script == "traditional"
    assert r.year == 2021
    assert r.agency_type == "department"
    assert r.template == "t2021"
    assert r.is_mirror
    facts = _text_facts(r)
    assert [f.value for f in facts["active.items_total"]] == [47]
    assert [f.value for f in facts["apply.received.total"]] == [27]
    assert [f.value for f in facts["apply.channel.online"]] == [22]
    assert [f.value for f in facts["apply.channel.letter"]] == [5]


# ---------------------------------------------------------------------------------------------------------------
# 2. narrative statistics in the house style of ministries and provincial departments
#
# expect: key -> value, or key -> (value, value_flag); a tuple key means "one of these keys" (spec leaves the
# choice between an old-style and a new-style key open). absent: keys that must not come out of the sentence.

PROSE_CASES = [
    pytest.param(
        "2024年某部政府信息公开工作年度报告",
        "（二）收到和处理政府信息公开申请情况。\n"
        "2024年共收到公民、法人和其他组织提出的政府信息公开申请共412件，上年结转9件，办结398件，均依法作出答复。",
        {"apply.received.total": 412, "apply.carried_in.total": 9, "apply.closed.total": 398}, [],
        id="closed-bare-banjie-after-carried-in",
    ),
    pytest.param(
        "某市卫生健康委员会2023年度政府信息公开工作年度报告",
        "（二）依申请公开\n2023年，我委收到政府信息公开申请53件（其中：网上申请50件，邮寄3件），上年度结转0件，"
        "本年度办结48件。",
        {"apply.received.total": 53, "apply.channel.online": 50, "apply.carried_in.total": 0,
         "apply.closed.total": 48}, [],
        id="closed-benniandu-banjie",
    ),
    pytest.param(
        "某县住房和城乡建设局2024年政府信息公开工作年度报告",
        "（二）依申请公开：2024年因政府信息公开问题被申请行政复议有4件，其中1件被复议机关撤销部分答复内容，"
        "3件尚未审结。行政诉讼有2件，目前正在法院审理中。",
        {"review.total": 4, "litigation.total": 2}, [],
        id="review-litigation-you-n-jian",
    ),
    pytest.param(
        "江西省公安厅2023年政府信息公开工作年度报告",
        "（二）依申请公开情况。规范办理流程，共接到社会公众依申请公开215件，上年结转办理2件，均依法规范答复。"
        "年内共办结210件，结转下年度继续办理7件。\n"
        "（三）行政复议、行政诉讼情况。2023年，我厅政府信息公开共发生行政复议48件，行政诉讼19件。",
        {"apply.received.total": 215, "apply.carried_in.total": 2, "apply.closed.total": 210,
         "apply.carried_out.total": 7, "review.total": 48, "litigation.total": 19}, [],
        id="ting-received-closed-carried-review-litigation",
    ),
    pytest.param(
        "2016年某部政府信息公开工作年度报告",
        # (the real sentence names the website with the mobile app: a count shared by two media is neither's, so
        # the website alone is named here, to test the 万余 reading)
        "一、积极主动公开政府信息\n全年通过部门户网站公开信息16万余条，通过政务微信发布信息1800余条，"
        "编印部文告12期。",
        {"active.channel.website": (160000, "approx"), "active.channel.wechat": (1800, "approx")}, [],
        id="wan-yu-multiplier-ministry-website",
    ),
    pytest.param(
        "2016年某部政府信息公开工作年度报告",
        "一、积极主动公开政府信息\n全年通过门户网站公开信息2.3万条。",
        {"active.channel.website": (23000, "approx")}, [],
        id="wan-multiplier-decimal",
    ),
    pytest.param(
        "某市人力资源和社会保障局2022年政府信息公开工作年度报告",
        "一、总体情况\n（一）主动公开情况。2022年，我局通过政府信息公开平台公开政府信息共计845条，"
        "其中门户网站发布512条、微信服务号发布333条。",
        {"active.items_total": 845}, [],
        id="items-total-gongji-via-platform",
    ),
    pytest.param(
        "某省公安厅2023年政府信息公开工作年度报告",
        "一、总体情况\n（一）主动公开方面\n1.规范法定主动公开内容。对照本厅政府信息公开基本目录，"
        "公开发布规范性文件等信息19条，财政预决算信息9条，招录招聘信息31条。",
        {}, ["active.items_total"],
        id="category-count-not-items-total",
    ),
    pytest.param(
        "某区卫生健康局2020年政府信息公开工作年度报告",
        "（六）回应社会关切方面\n通过政务信息公开积极回应关切，公开人大代表建议、政协委员提案办理情况14条。",
        {"proposal.results_published": 14}, ["proposal.cppcc_published", "proposal.npc_published"],
        id="combined-proposals-results-published",
    ),
    pytest.param(
        "某市卫生健康委员会2020年政府信息公开工作年度报告",
        "（二）依申请公开\n2020年本委收到政府信息公开申请9件，其中予以公开5件，部分公开2件，不予公开2件，均已按要求答复。",
        {"apply.received.total": 9,
         ("apply.answer.granted", "apply.outcome.granted.total"): 5,
         ("apply.answer.partial", "apply.outcome.partial.total"): 2}, [],
        id="prose-outcomes-yuyi-gongkai",
    ),
    pytest.param(
        "某省人力资源和社会保障厅2023年政府信息公开工作年度报告",
        "（二）依申请公开方面\n对复杂疑难的申请，通过会商机制办理。2023年，我厅收到政府信息公开申请97件，"
        "其中经沟通后申请人主动撤回41件。",
        {"apply.received.total": 97, "apply.answer.withdrawn": 41}, [],
        id="withdrawn-after-communication",
    ),
    pytest.param(
        "某省人力资源和社会保障厅2023年政府信息公开工作年度报告",
        "（二）依申请公开方面\n2023年，我厅收到政府信息公开申请97件；"
        "我厅未发生因信息公开引起的行政复议被改变或行政诉讼败诉情形。",
        {"apply.received.total": 97}, ["review.total", "litigation.total"],
        id="no-reversal-is-not-zero-cases",
    ),
    pytest.param(
        "2015年某部政府信息公开工作年度报告",
        "三、依申请公开政府信息情况\n2015年共收到政府信息公开申请1,465件，同比增长12.4%。"
        "其中，当面申请9件，占0.6%；网络申请1,188件，占81.1%；信函申请268件，占18.3%。",
        {"apply.received.total": 1465, "apply.channel.in_person": 9, "apply.channel.online": 1188,
         "apply.channel.letter": 268}, [],
        id="ministry-channels-with-percent",
    ),
    pytest.param(
        "2015年某部政府信息公开工作年度报告",
        "三、依申请公开政府信息情况\n已答复1,402件，其中同意公开377件，同意部分公开104件，不予公开131件，"
        "信息不存在452件，非本部门掌握241件，告知通过其他途径办理97件。",
        {"apply.answer.total": 1402, "apply.answer.granted": 377, "apply.answer.partial": 104,
         "apply.answer.denied": 131, "apply.answer.not_exist": 452, "apply.answer.not_this_agency": 241,
         "apply.answer.other_channel": 97}, [],
        id="ministry-answer-breakdown",
    ),
    pytest.param(
        "2015年某部政府信息公开工作年度报告",
        "三、依申请公开政府信息情况\n2015年共收到政府信息公开申请1,465件，已答复1,402件，尚有63件正在办理中。",
        {"apply.received.total": 1465, "apply.answer.total": 1402, "apply.pending": 63}, [],
        id="pending-zhengzai-banli",
    ),
    pytest.param(
        "2015年某部政府信息公开工作年度报告",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
        "2015年，因政府信息公开被申请行政复议41件，其中维持原答复33件，责令重新答复6件，其他2件。",
        {"review.total": 41, "review.upheld": 33}, [],
        id="review-upheld-weichi-yuan-dafu",
    ),
    pytest.param(
        "2015年某部政府信息公开工作年度报告",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
        "被提起行政诉讼15件，其中法院判决驳回原告诉讼请求11件，原告撤诉1件，尚在审理中3件。",
        {"litigation.total": 15, "litigation.upheld": 11}, [],
        id="litigation-bohui-is-upheld",
    ),
    pytest.param(
        "2013年某总局政府信息公开工作年度报告",
        "四、政府信息公开的收费及减免情况\n本年度未收取任何费用。",
        {("fee.none", "fee.request_fees"): (0, "wu")}, [],
        id="fee-none-wu",
    ),
    pytest.param(
        "某市卫生健康委员会2020年政府信息公开工作年度报告",
        "一、总体情况\n2020年，我委配备了2名兼职工作人员开展政府信息公开工作，设立1个信息申请受理点，"
        "在委办公室开辟1个公共查阅点。",
        {"org.staff_parttime": 2, "org.reading_points": 1}, [],
        id="staff-parttime-reading-point",
    ),
    pytest.param(
        "某州公安局2023年度政府信息公开工作年度报告",
        "（一）主动公开\n2023年，州公安局通过政府网站公开政府信息812条，通过政务新媒体公开政府信息3106条，"
        "通过其他方式公开政府信息61条。",
        {"active.channel.website": 812, "active.channel.newmedia": 3106, "active.channel.other": 61}, [],
        id="channels-website-newmedia-other",
    ),
    pytest.param(
        "某市人力资源和社会保障局2022年政府信息公开工作年度报告",
        "（一）主动公开情况。全年局网站发布信息1650条，召开新闻发布会5场，新闻通气会2场。",
        {"active.channel.website": 1650, "response.press_conf": 5}, [],
        id="press-conf-chang",
    ),
    pytest.param(
        "海南省公安厅2020年度政府信息公开工作报告",
        "（二）依申请公开办理情况。收到依申请公开事项9次，均按时限受理和答复。",
        {"apply.received.total": 9}, [],
        id="received-ci-unit",
    ),
    pytest.param(
        "某省公安厅2020年政府信息公开工作年度报告",
        "（一）主动公开政府信息。1.公开数量及类别。2020年，省公安厅新增主动公开的政府信息64件（历年累计3980件），"
        "全文电子化率100%。",
        {"active.items_total": 64, "active.items_fulltext_e_pct": 100}, [],
        id="new-items-not-cumulative",
    ),
    pytest.param(
        "某省公安厅2021年政府信息公开工作年度报告",
        "（二）依申请公开政府信息。2021年共接受群众申请政府信息公开31件，同比上升10.7%，其中网上申请26件、信函申请5件。",
        {"apply.received.total": 31, "apply.channel.online": 26, "apply.channel.letter": 5}, [],
        id="received-online-letter-yoy",
    ),
    pytest.param(
        "某省人力资源和社会保障厅2024年政府信息公开工作年度报告",
        "（一）主动公开。主动公开《关于印发职称评审管理办法的通知》等28件规范性文件，公开部门预算、决算信息。",
        {}, ["active.items_total"],
        id="normative-docs-not-items-total",
    ),
    pytest.param(
        "某县卫生健康委员会2020年政府信息公开工作年度报告",
        "（二）依申请公开情况。2020年县卫生健康委未收到公民、法人或者其他组织申请除本机关主动公开以外的其他政府信息。",
        {"apply.received.total": (0, "wu")}, [],
        id="no-application-wu",
    ),
    pytest.param(
        "某市招商中心2021年政府信息公开工作年度报告",
        "（二）依申请公开情况。本年度涉及政府信息公开的行政复议、行政诉讼案件为0件。",
        {"review.total": 0, "litigation.total": 0}, [],
        id="review-litigation-zero-jian",
    ),
]


def _year_of(title: str) -> int:
    return int(re.search(r"(20\d\d)", title).group(1))


@pytest.mark.parametrize("title,text,expect,absent", PROSE_CASES)
def test_prose_statistics(title, text, expect, absent):
    y = _year_of(title)
    body = _paras(f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。\n一、总体情况\n{text}")
    r = _parse(f"http://www.example-dept.gov.cn/xxgk/ndbg/{y + 1}01/t{y + 1}0120_5001.html", title, body,
               date=f"{y + 1}-01-20")
    facts = _text_facts(r)
    for key, want in expect.items():
        keys = key if isinstance(key, tuple) else (key,)
        value, flag = want if isinstance(want, tuple) else (want, None)
        found = [f for k in keys for f in facts.get(k, [])]
        assert found, f"{keys} missing; got {sorted(facts)}"
        assert any(f.value == value for f in found), f"{keys}: want {value}, got {[f.value for f in found]}"
        hit = [f for f in found if f.value == value]
        assert all(f.source == "text" for f in hit)
        if flag is not None:
            assert any(f.value_flag == flag for f in hit), f"{keys}: flag {[f.value_flag for f in hit]}"
    for key in absent:
        assert key not in facts, f"{key} should not be read: {[(f.value, f.raw_label) for f in facts[key]]}"


# ---------------------------------------------------------------------------------------------------------------
# 3. statistics tables of a ministry (t2021) and a provincial department (t2019), as HTML tables

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

ROWS_2021 = [
    # (key, level1, level2, level3) ; values: six applicant columns (total computed)
    ("apply.received_new", "一、本年新收政府信息公开申请数量", "", "", (1200, 80, 3, 2, 15, 10)),
    ("apply.carried_in", "二、上年结转政府信息公开申请数量", "", "", (40, 2, 0, 0, 1, 0)),
    ("apply.outcome.granted", "三、本年度办理结果", "（一）予以公开", "", (400, 30, 2, 1, 5, 4)),
    ("apply.outcome.partial", "三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "",
     (150, 10, 0, 1, 3, 0)),
    ("apply.outcome.withheld.state_secret", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", (5, 0, 0, 0, 0, 0)),
    ("apply.outcome.withheld.law_prohibited", "三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开",
     (3, 0, 0, 0, 0, 0)),
    ("apply.outcome.withheld.security_stability", "三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”",
     (2, 0, 0, 0, 0, 0)),
    ("apply.outcome.withheld.third_party", "三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益",
     (20, 4, 0, 0, 1, 0)),
    ("apply.outcome.withheld.internal_affairs", "三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息",
     (30, 0, 0, 0, 0, 0)),
    ("apply.outcome.withheld.process_info", "三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息",
     (25, 1, 0, 0, 0, 0)),
    ("apply.outcome.withheld.enforcement_file", "三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷",
     (10, 0, 0, 0, 0, 0)),
    ("apply.outcome.withheld.admin_query", "三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项",
     (15, 0, 0, 0, 0, 0)),
    ("apply.outcome.unavailable.not_held", "三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息",
     (350, 20, 1, 0, 5, 3)),
    ("apply.outcome.unavailable.needs_creation", "三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作",
     (40, 2, 0, 0, 0, 0)),
    ("apply.outcome.unavailable.unclear", "三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确",
     (20, 1, 0, 0, 0, 0)),
    ("apply.outcome.not_processed.petition", "三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请",
     (60, 5, 0, 0, 0, 2)),
    ("apply.outcome.not_processed.duplicate", "三、本年度办理结果", "（五）不予处理", "2.重复申请", (30, 3, 0, 0, 2, 0)),
    ("apply.outcome.not_processed.publication", "三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物",
     (5, 0, 0, 0, 0, 0)),
    ("apply.outcome.not_processed.mass_repeat", "三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请",
     (10, 0, 0, 0, 0, 0)),
    ("apply.outcome.not_processed.confirm_reissue", "三、本年度办理结果", "（五）不予处理",
     "5.要求行政机关确认或重新出具已获取信息", (5, 0, 0, 0, 0, 0)),
    ("apply.outcome.other.no_correction", "三、本年度办理结果", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", (5, 1, 0, 0, 0, 0)),
    ("apply.outcome.other.fee_unpaid", "三、本年度办理结果", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", (0, 0, 0, 0, 0, 0)),
    ("apply.outcome.other.misc", "三、本年度办理结果", "（六）其他处理", "3.其他", (5, 2, 0, 0, 0, 0)),
    ("apply.outcome.total", "三、本年度办理结果", "（七）总计", "", (1190, 79, 3, 2, 16, 9)),
    ("apply.carried_out", "四、结转下年度继续办理", "", "", (50, 3, 0, 0, 0, 1)),
]


def _grid_html(rows) -> str:
    """Section 三 as the portals print it: 3 header rows, label cells merged with rowspan/colspan."""
    head = (
        "<tr><td rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        "<td colspan=\"7\">申请人情况</td></tr>"
        "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
    )
    out = [head]
    n_level1 = {}
    n_level2 = {}
    for _, l1, l2, _l3, _ in rows:
        n_level1[l1] = n_level1.get(l1, 0) + 1
        if l2:
            n_level2[(l1, l2)] = n_level2.get((l1, l2), 0) + 1
    seen1, seen2 = set(), set()
    for _, l1, l2, l3, vals in rows:
        cells = []
        if not l2:
            cells.append(f"<td colspan=\"3\">{l1}</td>")
        else:
            if l1 not in seen1:
                cells.append(f"<td rowspan=\"{n_level1[l1]}\">{l1}</td>")
                seen1.add(l1)
            if not l3:
                cells.append(f"<td colspan=\"2\">{l2}</td>")
            else:
                if (l1, l2) not in seen2:
                    cells.append(f"<td rowspan=\"{n_level2[(l1, l2)]}\">{l2}</td>")
                    seen2.add((l1, l2))
                cells.append(f"<td>{l3}</td>")
        nums = list(vals) + [sum(vals)]
        cells.extend(f"<td>{v}</td>" for v in nums)
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "<table border=\"1\" class=\"MsoNormalTable\">" + "".join(out) + "</table>"


def _section4_html(review, direct, after) -> str:
    words = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    h1 = "<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
    h2 = ("<tr>" + "".join(f"<td rowspan=\"2\">{w}</td>" for w in words)
          + "<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>")
    h3 = "<tr>" + "".join(f"<td>{w}</td>" for w in words * 2) + "</tr>"
    data = "<tr>" + "".join(f"<td>{v}</td>" for v in (*review, *direct, *after)) + "</tr>"
    return f"<table border=\"1\">{h1}{h2}{h3}{data}</table>"


def _small_table(caption: str, header: list[str], rows: list[list[str]]) -> str:
    n = len(header)
    out = [f"<tr><td colspan=\"{n}\">{caption}</td></tr>", "<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    return "<table border=\"1\">" + "".join(out) + "</table>"


def _ministry_2021_report() -> Report:
    sec2 = "".join([
        _small_table("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                     [["规章", "2", "1", "40"], ["行政规范性文件", "15", "4", "120"]]),
        _small_table("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [["行政许可", "3560"]]),
        _small_table("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [["行政处罚", "120"], ["行政强制", "0"]]),
        _small_table("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [["行政事业性收费", "2350.5"]]),
    ])
    body = (
        _paras("依据《中华人民共和国政府信息公开条例》第五十条，制作本报告。报告中所列数据统计期限为自2023年1月1日至2023年12月31日。\n"
               "一、总体情况\n2023年，本部全年通过门户网站主动公开各类文件389件，发布政策解读信息47篇。")
        + "<p><strong>二、主动公开政府信息情况</strong></p>" + sec2
        + "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + _grid_html(ROWS_2021)
        + "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>"
        + _section4_html((40, 6, 3, 5, 54), (20, 2, 1, 7, 30), (8, 1, 0, 2, 11))
        + _paras("五、存在的主要问题及改进情况\n政策解读的针对性仍需加强。\n六、其他需要报告的事项\n本年度未收取信息处理费。")
    )
    return _parse("http://www.mee.gov.cn/zfxxgk/gkndbg/202401/t20240126_1001.shtml",
                  "生态环境部2023年政府信息公开工作年度报告", body, publisher="生态环境部办公厅", date="2024-01-26",
                  index_no="000014672/2024-00101", site="中华人民共和国生态环境部")


@pytest.fixture(scope="module")
def ministry_2021() -> Report:
    return _ministry_2021_report()


@pytest.mark.parametrize(
    "key,value",
    [
        pytest.param("active.regulation.issued", 2, id="t2021-regulation-issued"),
        pytest.param("active.regulation.in_force", 40, id="t2021-regulation-in-force"),
        pytest.param("active.normative.repealed", 4, id="t2021-normative-repealed"),
        pytest.param("active.permit.decisions", 3560, id="t2021-permit-decisions"),
        pytest.param("active.penalty.decisions", 120, id="t2021-penalty-decisions"),
        pytest.param("active.admin_fee.amount", 2350.5, id="t2021-fee-amount-wanyuan"),
        pytest.param("apply.received_new.total", 1310, id="t2021-received-new-total"),
        pytest.param("apply.received_new.legal_service", 15, id="t2021-received-legal-service"),
        pytest.param("apply.carried_in.total", 43, id="t2021-carried-in"),
        pytest.param("apply.outcome.unavailable.not_held.natural_person", 350, id="t2021-not-held-np"),
        pytest.param("apply.outcome.other.misc.business", 2, id="t2021-other-misc-biz"),
        pytest.param("apply.outcome.total.total", 1299, id="t2021-outcome-total"),
        pytest.param("apply.carried_out.total", 54, id="t2021-carried-out"),
        pytest.param("review.total", 54, id="t2021-review-total"),
        pytest.param("litigation.direct.pending", 7, id="t2021-direct-pending"),
        pytest.param("litigation.after_review.total", 11, id="t2021-after-review-total"),
    ],
)
def test_ministry_t2021_table_cells(ministry_2021, key, value):
    assert _values(ministry_2021, key, "table") == [value]


def test_ministry_t2021_metadata_and_checks(ministry_2021):
    r = ministry_2021
    assert r.agency == "生态环境部"
    assert r.agency_type == "department"
    assert r.year == 2023
    assert r.year_source == "period"
    assert r.template == "t2021"
    assert not r.tables_missing
    # spec 2.6: derived headline keys for t20xx reports
    assert _values(r, "apply.received.total", "derived") == [1310]
    assert _values(r, "litigation.total", "derived") == [41]
    fam = {c.rule.split(".")[0] for c in r.checks}
    assert {"R1", "R2", "R3", "R6"} <= fam
    failing = [(c.rule, c.detail) for c in r.checks if not c.passed]
    assert failing == []


def _department_2019_report() -> Report:
    sec2 = "".join([
        _small_table("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                     [["规章", "0", "0", "0"], ["规范性文件", "6", "6", "58"]]),
        _small_table("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                     [["行政许可", "21", "-2", "1290"], ["其他对外管理服务事项", "7", "0", "35"]]),
        _small_table("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                     [["行政处罚", "96", "+4", "57"], ["行政强制", "5", "0", "2"]]),
        _small_table("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], [["行政事业性收费", "3", "+1"]]),
        _small_table("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], [["政府集中采购", "8", "160.5964万元"]]),
    ])
    rows = [r for r in ROWS_2021 if not r[0].startswith("apply.outcome.other.")]
    idx = [r[0] for r in rows].index("apply.outcome.total")
    rows.insert(idx, ("apply.outcome.other", "三、本年度办理结果", "（六）其他处理", "", (3, 1, 0, 0, 0, 0)))
    rows = [
        (k, a, b, c, (1190, 79, 3, 2, 16, 9)) if k == "apply.outcome.total" else (k, a, b, c, v)
        for k, a, b, c, v in rows
    ]
    # keep R2 true: 2019 has one 其他处理 row; move the difference into 予以公开
    base = {k: v for k, _, _, _, v in rows}
    s = [0] * 6
    for k, v in base.items():
        if k.startswith("apply.outcome.") and k != "apply.outcome.total":
            s = [a + b for a, b in zip(s, v, strict=True)]
    fix = [t - x for t, x in zip(base["apply.outcome.total"], s, strict=True)]
    rows = [
        (k, a, b, c, tuple(x + y for x, y in zip(v, fix, strict=True))) if k == "apply.outcome.granted" else (k, a, b, c, v)
        for k, a, b, c, v in rows
    ]
    body = (
        _paras("本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
               "一、总体情况\n2019年，省生态环境厅认真贯彻新修订的《条例》，全年主动公开政府信息2210条。")
        + "<p>二、主动公开政府信息情况</p>" + sec2
        + "<p>三、收到和处理政府信息公开申请情况</p>" + _grid_html(rows)
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p>"
        + _section4_html((3, 1, 0, 0, 4), (1, 0, 0, 1, 2), (0, 0, 0, 0, 0))
        + _paras("五、存在的主要问题及改进情况\n公开的及时性有待提高。\n六、其他需要报告的事项\n无。")
    )
    return _parse("http://sthjt.hubei.gov.cn/fbjd/xxgkml/gkndbg/202001/t20200120_1001.shtml",
                  "湖北省生态环境厅2019年政府信息公开工作年度报告", body, publisher="湖北省生态环境厅",
                  date="2020-01-20", index_no="011043112/2020-00012", site="湖北省生态环境厅")


@pytest.fixture(scope="module")
def department_2019() -> Report:
    return _department_2019_report()


@pytest.mark.parametrize(
    "key,value",
    [
        pytest.param("active.normative.issued", 6, id="t2019-normative-new-made"),
        pytest.param("active.normative.public_total", 58, id="t2019-normative-public-total"),
        pytest.param("active.permit.items_delta", -2, id="t2019-permit-delta-negative"),
        pytest.param("active.other_service.decisions", 35, id="t2019-other-service-decisions"),
        pytest.param("active.penalty.items_delta", 4, id="t2019-penalty-delta-plus-sign"),
        pytest.param("active.admin_fee.items_prev", 3, id="t2019-fee-items-prev"),
        pytest.param("active.procurement.projects", 8, id="t2019-procurement-projects"),
        pytest.param("active.procurement.amount", 160.5964, id="t2019-procurement-amount-with-unit-in-cell"),
        pytest.param("apply.outcome.other.total", 4, id="t2019-single-other-row"),
        pytest.param("review.upheld", 3, id="t2019-review-upheld"),
        pytest.param("litigation.direct.total", 2, id="t2019-direct-total"),
    ],
)
def test_department_t2019_table_cells(department_2019, key, value):
    assert _values(department_2019, key, "table") == [value]


def test_department_t2019_metadata_and_checks(department_2019):
    r = department_2019
    assert r.agency == "湖北省生态环境厅"
    assert r.agency_type == "department"
    assert r.region_code == "420000"
    assert r.year == 2019
    assert r.template == "t2019"
    assert "apply.outcome.other.no_correction.total" not in {f.key for f in r.facts}
    assert [f.unit for f in r.facts if f.key == "active.procurement.amount"] in ([], ["万元"])
    failing = [(c.rule, c.detail) for c in r.checks if not c.passed]
    assert failing == []


# ---------------------------------------------------------------------------------------------------------------
# 4. e2014 附表 of a provincial department (统计指标 | 单位 | 统计数), GBK page

E2014_ROWS = [
    ("一、主动公开情况", "", ""),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1862"),
    ("其中：主动公开规范性文件数", "条", "14"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "", ""),
    ("1.政府公报公开政府信息数", "条", "0"),
    ("2.政府网站公开政府信息数", "条", "1862"),
    ("3.政务微博公开政府信息数", "条", "935"),
    ("4.政务微信公开政府信息数", "条", "1210"),
    ("5.其他方式公开政府信息数", "条", "—"),
    ("三、依申请公开情况", "", ""),
    ("（一）收到申请数", "件", "46"),
    ("1.当面申请数", "件", "3"),
    ("2.传真申请数", "件", "0"),
    ("3.网络申请数", "件", "35"),
    ("4.信函申请数", "件", "8"),
    ("（二）申请办结数", "件", "44"),
    ("1.按时办结数", "件", "44"),
    ("2.延期办结数", "件", "0"),
    ("四、行政复议数量", "件", "5"),
    ("（一）维持具体行政行为数", "件", "3"),
    ("（二）被依法纠错数", "件", "1"),
    ("（三）其他情形数", "件", "1"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("（三）从事政府信息公开工作人员数", "人", "6"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "2"),
    ("2.兼职人员数", "人", "4"),
]


@pytest.fixture(scope="module")
def department_2014() -> Report:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in E2014_ROWS)
    table = ("<p>附表</p><p>政府信息公开情况统计表（2016年度）</p><p>填报单位（盖章）：陕西省教育厅</p>"
             f"<table border=\"1\"><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>{rows}</table>"
             "<p>单位负责人：王某 审核人：李某 填报人：张某 联系电话：029-00000000 填表日期：2017年3月10日</p>")
    body = _paras("本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n一、概述\n"
                  "2016年，省教育厅扎实推进政务公开。\n二、主动公开政府信息情况\n全年主动公开政府信息1862条。") + table
    return _parse("http://jyt.shaanxi.gov.cn/xxgk/ndbg/201703/t20170315_1001.html",
                  "陕西省教育厅2016年政府信息公开工作年度报告", body, publisher="陕西省教育厅", date="2017-03-15",
                  index_no="016000133/2017-00021", site="陕西省教育厅", charset="gbk")


@pytest.mark.parametrize(
    "key,value,flag",
    [
        pytest.param("active.items_total", 1862, None, id="e2014-items-total"),
        pytest.param("active.normative.published", 14, None, id="e2014-normative-published"),
        pytest.param("active.channel.wechat", 1210, None, id="e2014-wechat"),
        pytest.param("active.channel.other", 0, "dash", id="e2014-dash-cell"),
        pytest.param("apply.received.total", 46, None, id="e2014-received"),
        pytest.param("apply.channel.online", 35, None, id="e2014-online"),
        pytest.param("apply.closed.on_time", 44, None, id="e2014-on-time"),
        pytest.param("review.corrected", 1, None, id="e2014-review-corrected"),
        pytest.param("fee.request_fees", 0, None, id="e2014-fees-wanyuan"),
        pytest.param("org.staff_parttime", 4, None, id="e2014-staff-parttime"),
    ],
)
def test_department_e2014_table(department_2014, key, value, flag):
    got = [f for f in department_2014.facts if f.key == key and f.source == "table"]
    assert [f.value for f in got] == [value]
    if flag is not None:
        assert got[0].value_flag == flag


def test_department_e2014_metadata_and_checks(department_2014):
    r = department_2014
    assert r.agency == "陕西省教育厅"
    assert r.agency_type == "department"
    assert r.region_code == "610000"
    assert r.year == 2016
    assert r.template == "e2014"
    by_family = {}
    for c in r.checks:
        by_family.setdefault(c.rule.split(".")[0], []).append(c.passed)
    for fam in ("O1", "O2", "O5", "O6"):
        assert by_family.get(fam) and all(by_family[fam]), (fam, by_family.get(fam))
