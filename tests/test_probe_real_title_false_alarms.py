"""Probe (pr_fam): no false look-alike alarms on real reports with unusual titles.

Black-box: each case is a portal page an agency really could serve (title shapes, publishers and openings seen on
real portals: "…工作情况", "…年度报告发布", "…年度报告（2020年）", 政务公开工作年度报告, 的通知/的公告 publishing notices,
cover letters, 暨/和 titles, hospital-authority / SME-centre / state-asset publishers, old e2008 prose without numbered
headings, picture editions with a short text). Texts are written for this file; only the shapes come from real pages.
Every page is ONE annual report (spec 3.2) and none is a look-alike of spec 3.3.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

SKIP = object()  # "the spec does not determine this field for this case"


def _template(year: int) -> str:
    if year <= 2013:
        return "e2008"
    if year <= 2018:
        return "e2014"
    if year <= 2020:
        return "t2019"
    return "t2021"


def _body_modern(year: int, who: str) -> list[str]:
    y = year
    return [
        f"本报告根据《中华人民共和国政府信息公开条例》要求编制，由{who}负责编写。全文包括总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
        f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
        "一、总体情况",
        f"{y}年，{who}坚持以公开为常态、不公开为例外，围绕中心工作做好政府信息公开。全年通过门户网站主动公开信息218条。",
        "二、主动公开政府信息情况",
        "本年度未制发规范性文件，行政许可和行政处罚信息按规定在信用平台公开。",
        "三、收到和处理政府信息公开申请情况",
        f"{y}年共收到政府信息公开申请3件，均在法定期限内答复。",
        "四、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生因政府信息公开引起的行政复议和行政诉讼。",
        "五、存在的主要问题及改进情况",
        "信息更新的及时性仍需加强，下一步将强化审核和培训。",
        "六、其他需要报告的事项",
        "无其他需要报告的事项。",
    ]


def _body_e2014(year: int, who: str) -> list[str]:
    y = year
    return [
        f"根据《中华人民共和国政府信息公开条例》规定，现公布{who}{y}年度政府信息公开工作情况。"
        f"本报告中所列数据的统计期限为{y}年1月1日至{y}年12月31日。",
        "一、概述",
        f"{y}年，我单位健全工作机制，明确专人负责政府信息公开工作。",
        "二、主动公开政府信息情况",
        "全年主动公开政府信息156条，其中规范性文件4条。",
        "三、依申请公开政府信息情况",
        "全年受理政府信息公开申请2件，均已按时答复。",
        "四、政府信息公开的收费及减免情况",
        "本年度未收取任何费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "本年度未发生相关行政复议和行政诉讼。",
        "六、存在的主要问题和改进措施",
        "公开内容的深度还不够，今后将进一步细化公开目录。",
    ]


def _body_e2008_prose(year: int, who: str) -> list[str]:
    y = year
    return [
        f"{y}年，{who}按照《中华人民共和国政府信息公开条例》的要求，认真做好政府信息公开工作，现将有关情况报告如下。",
        "全年通过政府门户网站和政务公开栏主动公开政府信息37条，内容涉及机构职能、规划计划和工作动态。",
        "本年度没有收到公民、法人和其他组织的政府信息公开申请，也没有收取任何费用。",
        "全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "工作中仍存在公开内容不够全面、更新不够及时的问题，今后将加强人员培训，提高公开质量。",
    ]


def _body_picture(year: int, who: str) -> list[str]:
    return [f"{who}{year}年政府信息公开工作年度报告全文见下图。"]


def _cover_prose(year: int, who: str) -> list[str]:
    return ["县政府办公室：", f"现将我局{year}年度政府信息公开工作年度报告报送给你们，请审阅。"] + _body_e2008_prose(year, "我局")


def _notice_modern(year: int, who: str) -> list[str]:
    return ["各有关单位：", f"现将《{who}{year}年政府信息公开工作年度报告》予以公布。"] + _body_modern(year, who)


def _notice_e2014(year: int, who: str) -> list[str]:
    return ["各乡镇人民政府，县政府各部门：", f"《{year}年政府信息公开工作年度报告》已经县政府同意，现印发给你们。"] + \
        _body_e2014(year, who)


def _opening_60hao(year: int, who: str) -> list[str]:
    first = (f"根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号要求，编制本机关{year}年度政府信息公开"
             "工作年度报告。")
    return [first] + _body_modern(year, who)[1:]


def _opening_e2014(year: int, who: str) -> list[str]:
    return [f"现将本局{year}年度政府信息公开工作情况报告如下。"] + _body_e2014(year, "我局")[1:]


BODIES = {"modern": _body_modern, "e2014": _body_e2014, "prose": _body_e2008_prose, "picture": _body_picture,
          "cover_prose": _cover_prose, "notice_modern": _notice_modern, "notice_e2014": _notice_e2014,
          "opening_60hao": _opening_60hao, "opening_e2014": _opening_e2014}


def _page(title: str, publisher: str, date: str, paras: list[str], *, pictures: int = 0, lead: str = "") -> str:
    ps = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    imgs = "\n".join(f'<p style="text-align:center"><img src="/uploadfiles/{date[:4]}/nb_{i}.jpg" '
                     f'width="800"/></p>' for i in range(1, pictures + 1))
    lead_html = f"<p>{html.escape(lead)}</p>" if lead else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="ArticleTitle" content="{html.escape(title)}"><meta name="ContentSource" content="{html.escape(publisher)}">
</head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>11330100002495781K/{date[:4]}-00417</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{html.escape(publisher)}</td><td>发布日期：</td><td>{date}</td></tr></table>
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date} 来源：{html.escape(publisher)} 字号：[大 中 小]</div>
<div class="content">
{lead_html}
{ps}
{imgs}
</div></div>
<div class="footer"><p>主办单位：{html.escape(publisher)} 网站标识码：3301000019 ICP备案号：浙ICP备05012345号</p>
<p><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></p></div>
</body></html>"""


def C(cid, title, agency, atype, year, kind="modern", *, url=None, publisher=None, date=None, pictures=0,
      lead="", exp_title=None, who=None):
    publisher = publisher or (agency if isinstance(agency, str) else "办公室")
    who = who or (agency if isinstance(agency, str) else publisher)
    date = date or f"{year + 1}-01-2{year % 10}"
    return pytest.param(dict(title=title, agency=agency, atype=atype, year=year, kind=kind,
                             url=url or f"http://www.example-{len(cid)}.gov.cn/zwgk/xxgknb/{year}/{cid}.html",
                             publisher=publisher, date=date, pictures=pictures, lead=lead,
                             exp_title=title if exp_title is None else exp_title,
                             who=who or (agency if isinstance(agency, str) else publisher)), id=cid)


CASES = [
    # --- "…工作情况" titles (no 报告 at the end) -------------------------------------------------------------
    C("work-situation-bureau-2020", "开平市农业农村局2020年政府信息公开工作情况", "开平市农业农村局", "department", 2020),
    C("work-situation-bureau-2021", "嵩明县林业和草原局2021年度政府信息公开工作情况", "嵩明县林业和草原局", "department", 2021),
    C("work-situation-town-2019", "张义镇2019年政府信息公开工作情况", "张义镇", "township", 2019),
    C("work-situation-e2014", "金乡县水务局2016年政府信息公开工作情况", "金乡县水务局", "department", 2016, "e2014"),
    C("work-situation-summary-word", "汤浦镇2009年政府信息公开工作年报", "汤浦镇", "township", 2009, "prose"),
    # --- "…年度报告发布" / publication phrasing -------------------------------------------------------------
    C("report-fabu-no-agency", "2020年度政府信息公开工作年度报告发布", "铜陵市城市管理行政执法局", "department", 2020),
    C("report-fabu-with-agency", "海城市卫生健康局2022年政府信息公开工作年度报告发布", "海城市卫生健康局", "department",
      2022),
    C("report-gongbu", "公布大涌镇人民政府办公室2009年政府信息公开工作年度报告", "大涌镇人民政府办公室", SKIP, 2009,
      "prose"),
    # --- year in brackets at the end ---------------------------------------------------------------------------
    C("year-bracket-city", "亳州市政府信息公开年度报告（2020年）", ("亳州市", "亳州市人民政府"), SKIP, 2020,
      publisher="亳州市人民政府"),
    C("year-bracket-county-niandu", "涡阳县政府信息公开工作年度报告（2019年度）", ("涡阳县", "涡阳县人民政府"), SKIP,
      2019,
      publisher="涡阳县人民政府"),
    C("year-bracket-bureau", "武威市统计局政府信息公开工作年度报告（2021年）", "武威市统计局", "department", 2021),
    C("year-bracket-halfwidth", "清水县交通运输局政府信息公开工作年度报告(2022年度)", "清水县交通运输局", "department",
      2022),
    C("year-bracket-e2014", "义乌市义亭镇政府信息公开工作年度报告（2015年）", "义乌市义亭镇", "township", 2015, "e2014"),
    # --- 政务公开 instead of 政府信息公开 ------------------------------------------------------------------------
    C("zhengwu-annual-no-year", "政务公开工作年度报告", "城口县发展和改革委员会", "department", 2020),
    C("zhengwu-annual-year", "随县经济开发区2019年政务公开工作年度报告", "随县经济开发区", "zone", 2019),
    C("zhengwu-xinxi-2016", "舒兰市市场监督管理局2016年政务信息公开年度报告", "舒兰市市场监督管理局", "department",
      2016, "e2014"),
    C("zhengwu-annual-town-2021", "下管镇2021年政务公开工作年度报告", "下管镇", "township", 2021),
    # --- standard shapes that must stay quiet (controls) ------------------------------------------------------
    C("std-gov-self-2020", "清水县人民政府2020年政府信息公开工作年度报告", "清水县人民政府", "gov_self", 2020),
    C("std-office-2021", "亳州市人民政府办公室2021年政府信息公开工作年度报告", "亳州市人民政府办公室", "gov_office",
      2021),
    C("std-year-first", "2021年武汉市东湖生态旅游风景区管理委员会政府信息公开工作年度报告",
      "武汉市东湖生态旅游风景区管理委员会", "zone", 2021),
    C("std-no-niandu", "二道区人民政府2017年度政府信息公开工作报告", "二道区人民政府", "gov_self", 2017, "e2014"),
    C("std-street-2023", "崇川区和平桥街道办事处2023年政府信息公开工作年度报告", "崇川区和平桥街道办事处", "township",
      2023),
    C("std-village-township-2022", "五常市民意乡2022年政府信息公开工作年度报告", "五常市民意乡", "township", 2022),
    C("std-hightech-zone", "河源市高新区2021年政府信息公开工作年度报告", "河源市高新区", "zone", 2021),
    C("std-scenic-zone-2018", "超山风景名胜区管委会2018年度政府信息公开工作报告", "超山风景名胜区管委会", "zone",
      2018, "e2014"),
    C("std-disabled-federation", "莲湖区残疾人联合会2020年政府信息公开工作年度报告", "莲湖区残疾人联合会", "other",
      2020),
    # --- publishing notices and cover letters -------------------------------------------------------------------
    C("notice-gongbu-bureau", "宿迁市统计局关于公布2020年政府信息公开工作年度报告的通知", "宿迁市统计局",
      "department", 2020, exp_title=SKIP),
    C("notice-fabu-town", "汤浦镇人民政府关于发布2021年度政府信息公开工作年度报告的公告", "汤浦镇人民政府",
      "township", 2021, exp_title=SKIP),
    C("notice-yinfa-bureau", "凉州区教育局关于印发2019年政府信息公开工作年度报告的通知", "凉州区教育局", "department",
      2019, exp_title=SKIP),
    C("notice-gonggao-plain", "金乡县审计局2022年政府信息公开工作年度报告的公告", "金乡县审计局", "department", 2022,
      exp_title=SKIP),
    C("cover-letter-town", "下管镇人民政府关于报送2020年度政府信息公开工作年度报告的函", "下管镇人民政府", "township",
      2020, exp_title=SKIP),
    C("cover-letter-bureau", "义乌市水务局关于报送2021年政府信息公开工作年度报告的函", "义乌市水务局", "department",
      2021, exp_title=SKIP),
    C("notice-gongbu-2014era", "海城市民政局关于公布2017年度政府信息公开工作年度报告的通知", "海城市民政局",
      "department", 2017, "e2014", exp_title=SKIP),
    # --- 暨 / 和 joining two reports --------------------------------------------------------------------------
    C("ji-zhengwu-report", "余杭区卫生健康局2021年政府信息公开工作年度报告暨政务公开工作情况报告",
      "余杭区卫生健康局", "department", 2021),
    C("ji-two-years-plan", "嵩明县2020年政府信息公开工作年度报告暨2021年工作打算", ("嵩明县", "嵩明县人民政府"), SKIP,
      2020,
      publisher="嵩明县人民政府"),
    C("he-gov-and-office", "城口县人民政府和县政府办公室2020年政府信息公开工作年度报告", SKIP, SKIP, 2020,
      publisher="城口县人民政府办公室"),
    C("he-two-bureaus", "无极县文化广电和旅游局2022年政府信息公开工作年度报告", "无极县文化广电和旅游局",
      "department", 2022),
    C("ji-open-gov-2013", "大涌镇2013年政府信息公开工作年度报告暨依申请公开情况说明", "大涌镇", "township", 2013,
      "prose"),
    # --- unusual publishers (government bodies whose names look like hospitals / companies) -------------------------
    C("hospital-authority", "北京市医院管理局2020年政府信息公开工作年度报告", "北京市医院管理局", SKIP, 2020),
    C("hospital-authority-2015", "深圳市医院管理中心2015年政府信息公开工作年度报告", "深圳市医院管理中心", SKIP, 2015,
      "e2014"),
    C("sme-service-centre", "广州市中小企业服务中心2021年政府信息公开工作年度报告", "广州市中小企业服务中心", SKIP,
      2021),
    C("state-assets-commission", "铜陵市人民政府国有资产监督管理委员会2020年政府信息公开工作年度报告",
      "铜陵市人民政府国有资产监督管理委员会", "department", 2020),
    C("state-assets-bureau-2014", "亳州市国有资产管理局2014年政府信息公开工作年度报告", "亳州市国有资产管理局",
      "department", 2014, "e2014"),
    C("housing-fund-centre", "抚顺市住房公积金管理中心2020年政府信息公开工作年度报告", "抚顺市住房公积金管理中心",
      SKIP, 2020),
    C("hospital-titled-gov-disclosure", "淮北市人民医院2022年政府信息公开工作年度报告", "淮北市人民医院", "other",
      2022),
    C("health-commission-hospitals", "嵩明县卫生健康局2025年政府信息公开工作年度报告", "嵩明县卫生健康局",
      "department", 2025),
    C("enterprise-bureau", "张家港市工业和信息化局（中小企业局）2021年政府信息公开工作年度报告",
      ("张家港市工业和信息化局（中小企业局）", "张家港市工业和信息化局(中小企业局)"), "department", 2021),
    # --- old e2008 prose, no numbered headings ---------------------------------------------------------------
    C("e2008-prose-town-2009", "下管镇2009年度政府信息公开年度报告", "下管镇", "township", 2009, "prose"),
    C("e2008-prose-year-first", "2009年度义亭镇政府信息公开年度报告", "义亭镇", "township", 2009, "prose"),
    C("e2008-prose-bureau-2010", "金乡县水务局2010年政府信息公开工作年度报告", "金乡县水务局", "department", 2010,
      "prose"),
    C("e2008-prose-gov-2008", "凉州区人民政府2008年政府信息公开工作年度报告", "凉州区人民政府", "gov_self", 2008,
      "prose"),
    C("e2008-prose-office-2012", "中山市人民政府办公室2012年政府信息公开工作年度报告", "中山市人民政府办公室",
      "gov_office", 2012, "prose"),
    # --- picture editions ------------------------------------------------------------------------------------
    C("picture-edition-bracket", "宿州市人民政府2019年政府信息公开工作年度报告（图片版）", "宿州市人民政府", "gov_self",
      2019, "picture", pictures=6),
    C("picture-no-marker", "海城市交通运输局2021年政府信息公开工作年度报告", "海城市交通运输局", "department", 2021,
      "picture", pictures=4),
    C("picture-town", "义亭镇2020年政府信息公开工作年度报告", "义亭镇", "township", 2020, "picture", pictures=3),
    C("picture-zone", "随县经济开发区2022年政府信息公开工作年度报告", "随县经济开发区", "zone", 2022, "picture",
      pictures=5),
    # --- year only in the opening sentence ------------------------------------------------------------------
    C("opening-year-no-title-year", "县统计局政府信息公开工作年度报告", ("清水县统计局", "县统计局"), "department",
      2021, publisher="清水县统计局"),
    C("opening-year-wrong-title-year", "金乡县水务局2020年政府信息公开工作年度报告", "金乡县水务局", "department", 2019,
      date="2020-01-15", lead=""),
    # --- prose reports (no numbered headings) under titles that do not end in 报告 ------------------------------
    C("prose-work-situation-2011", "金乡县商务局2011年政府信息公开工作情况", "金乡县商务局", "department", 2011,
      "prose", url="http://www.jinxiang.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2011"),
    C("prose-work-situation-2016", "凉州区林业局2016年政府信息公开工作情况", "凉州区林业局", "department", 2016,
      "prose"),
    C("prose-work-situation-2020", "开平市水利局2020年政府信息公开工作情况", "开平市水利局", "department", 2020, "prose"),
    C("prose-state-assets-situation", "金乡县国有资产监督管理局2011年政府信息公开工作情况", "金乡县国有资产监督管理局",
      "department", 2011, "prose"),
    C("prose-town-situation-2013", "大涌镇2013年政府信息公开工作情况", "大涌镇", "township", 2013, "prose"),
    C("prose-report-fabu", "义亭镇2020年度政府信息公开工作年度报告发布", "义亭镇", "township", 2020, "prose"),
    C("picture-work-situation", "海城市民政局2020年政府信息公开工作情况", "海城市民政局", "department", 2020,
      "picture", pictures=3),
    C("picture-year-bracket", "海城市司法局政府信息公开工作年度报告（2021年）", "海城市司法局", "department", 2021,
      "picture", pictures=4),
    # --- notices / cover letters whose page starts with the covering lines ------------------------------------------
    C("cover-letter-prose-2012", "金乡县商务局关于报送2012年度政府信息公开工作年度报告的函", "金乡县商务局",
      "department", 2012, "cover_prose", exp_title=SKIP),
    C("notice-lead-lines-2021", "关于公布铜陵市司法局2021年政府信息公开工作年度报告的通知", "铜陵市司法局",
      "department", 2021, "notice_modern", exp_title=SKIP),
    C("notice-yinfa-county-2013", "金乡县人民政府办公室关于印发金乡县2013年政府信息公开工作年度报告的通知",
      ("金乡县", "金乡县人民政府"), SKIP, 2013, "notice_e2014", exp_title=SKIP, who="全县",
      publisher="金乡县人民政府办公室"),
    # --- 暨 joining the work summary and the statutory report -------------------------------------------------------
    C("ji-summary-and-report", "金乡县2021年政务公开工作总结暨政府信息公开工作年度报告", ("金乡县", "金乡县人民政府"),
      SKIP, 2021, publisher="金乡县人民政府"),
    # --- year only in the opening sentence -----------------------------------------------------------------------
    C("opening-year-60hao-cited", "政府信息公开工作年度报告", "涡阳县商务局", "department", 2020, "opening_60hao"),
    C("opening-year-zhengwu-e2014", "政务公开工作年度报告", "涡阳县司法局", "department", 2018, "opening_e2014",
      date="2019-01-12"),
]


def _run(case: dict):
    kind = case["kind"]
    paras = BODIES[kind](case["year"], case["who"])
    body = _page(case["title"], case["publisher"], case["date"], paras, pictures=case["pictures"], lead=case["lead"])
    return parse_report([Fetched(case["url"], body.encode("utf-8"), {"content-type": "text/html; charset=utf-8"})])


@pytest.mark.parametrize("case", CASES)
def test_real_title_is_one_report(case):
    r = _run(case)
    alarms = [e for e in r.errors if "look-alike" in e or "look alike" in e or "not an annual report" in e]
    assert alarms == [], alarms
    assert r.year == case["year"]
    if case["exp_title"] is not SKIP:
        assert r.title == case["exp_title"]
    if isinstance(case["agency"], tuple):
        assert r.agency in case["agency"]
    elif case["agency"] is not SKIP:
        assert r.agency == case["agency"]
    if case["atype"] is not SKIP:
        assert r.agency_type == case["atype"]
    if case["kind"] != "picture":
        assert r.template == _template(case["year"])
